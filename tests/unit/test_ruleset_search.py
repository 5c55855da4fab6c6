"""Finding a ruleset by id: a path first, then a shipped id, then the ids
that ``search`` names (the command line's are the plugins' rulesets)."""

from __future__ import annotations

import pytest

from senrules import RuleLoadError, load_ruleset
from senrules.ruleset import rule_files, ruleset_path, shipped_rulesets

OTHER = """
ruleset other { title "Another ruleset" }
fact x: boolean { question "x?" }
section s "S" {
  standard S1 "One" {
    criterion C1 "x holds" { met when x  not_met otherwise }
    grade { good when C1 is met  inadequate otherwise }
  }
  grade { good when S1 is good  inadequate otherwise }
}
"""

READS_OTHER = """
ruleset reader { title "Reads another's verdicts" }
fact s1: choice("good", "inadequate") { from "other" "S1" }
section r "R" {
  standard R1 "One" {
    criterion R1.1 "S1 is good" { met when s1 == "good"  not_met otherwise }
    grade { good when R1.1 is met  inadequate otherwise }
  }
  grade { good when R1 is good  inadequate otherwise }
}
"""


@pytest.fixture
def other(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "other.rules").write_text(OTHER, encoding="utf-8")
    return folder


def never():
    raise AssertionError("search was consulted for a path or a shipped id")


def test_search_is_consulted_only_for_an_id_that_is_neither_a_path_nor_shipped(other):
    assert load_ruleset("example", search=never).id == "example"
    assert load_ruleset(other, search=never).id == "other"
    assert rule_files("example", search=never) == sorted(shipped_rulesets()["example"].glob("*.rules"))
    asked = []
    rs = load_ruleset("la-other", search=lambda: asked.append(1) or {"la-other": other})
    assert (rs.id, asked) == ("other", [1])
    assert load_ruleset("la-other", search={"la-other": str(other)}).id == "other"


def test_a_shipped_id_always_wins(other):
    assert ruleset_path("example", {"example": other}) == shipped_rulesets()["example"]


def test_an_unknown_id_suggests_and_lists_the_searched_ids_too(other, tmp_path):
    with pytest.raises(RuleLoadError, match=r"called `la-othr`; did you mean `la-other`\? \(shipped rulesets: .*; from plugins: la-other\)$"):
        load_ruleset("la-othr", search={"la-other": other})
    with pytest.raises(RuleLoadError, match=r"^ruleset `gone` is said to be at .*gone, which does not exist$"):
        load_ruleset("gone", search={"gone": tmp_path / "gone"})


def test_a_linked_ruleset_is_found_the_same_way(other, tmp_path):
    (tmp_path / "reader.rules").write_text(READS_OTHER, encoding="utf-8")
    rs = load_ruleset(tmp_path / "reader.rules", search={"other": other})
    assert rs.evaluate({"x": True}, evaluation_date="2024-09-01").verdict("R1.1") == "met"
