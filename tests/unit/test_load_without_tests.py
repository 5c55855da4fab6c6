"""Loading for evaluation leaves the rule tests out; they load when asked for.

A ruleset loaded for evaluation must be the same ruleset, item for item and
position for position, as one parsed whole, less its tests; the tests come
back, checked, through ``Ruleset.tests`` (``senrules test`` and ``check``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import senrules
from senrules import RuleCheckError, RuleSyntaxError
from senrules.model import RuleTest
from senrules.parser import parse, without_tests
from senrules.ruletests import run_tests

RULES_DIR = Path(senrules.__file__).resolve().parent / "rules"
SHIPPED_FILES = sorted(RULES_DIR.rglob("*.rules"))
HEADER = 'ruleset t { title "T" }\n'
RULES = HEADER + """fact x: boolean { question "x?" }
section s "S" { standard S1 "One" { cite "test" "S1"
  criterion S1.1 "c" { met when x  not_met otherwise }
  grade { good when S1.1 is met  inadequate otherwise } }
  grade { good when S1 is good  inadequate otherwise } }
"""
TEST = 'test "x makes it met" { given x = true  expect S1.1 is met }\n'


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.relative_to(RULES_DIR).as_posix())
def test_every_shipped_file_reads_the_same_without_its_tests(path):
    text = path.read_text(encoding="utf-8")
    whole = parse(text, str(path))
    assert parse(text, str(path), tests=False).items == tuple(i for i in whole.items if not isinstance(i, RuleTest))


def test_blanking_keeps_every_line_and_column():
    text = 'fact a: boolean { question "{" }\ntest "t" { given a = true\n  expect A is met }  fact b: boolean { }\n'
    blanked = without_tests(text)
    assert blanked.splitlines()[0] == text.splitlines()[0]
    assert blanked.splitlines()[1].strip() == ""
    assert blanked.splitlines()[2].index("fact b") == text.splitlines()[2].index("fact b")


@pytest.mark.parametrize(
    "text",
    ['test "t" { given a = { b: 1 } expect x is met }', 'test "a } b" { # a } in a comment\n expect x is met }'],
    ids=["a record inside", "a brace in a string and a comment"],
)
def test_braces_inside_a_test_do_not_end_it(text):
    assert without_tests(text).strip() == ""


def test_unbalanced_braces_are_left_to_the_parser():
    assert without_tests('test "t" { expect x is met') is None


def test_a_section_called_test_still_loads(rules):
    rs = rules(RULES.replace('section s "S"', 'section test "S"') + TEST, header=False)
    assert [n.id for n in rs.program.nodes if n.kind == "section"] == ["test"]
    assert len(rs.tests) == 1 and run_tests(rs).ok


def test_loading_for_evaluation_does_not_read_the_tests(tmp_path):
    """A test that names something that does not exist does not stop the
    rules being used; `Ruleset.tests` (``senrules test``) reports it."""
    path = tmp_path / "t.rules"
    path.write_text(RULES + TEST.replace("S1.1", "S9.9"), encoding="utf-8")
    rs = senrules.load_ruleset(path)
    assert rs.verdicts({"x": True}, evaluation_date="2024-09-01")["S1.1"] == "met"
    with pytest.raises(RuleCheckError) as caught:
        rs.tests
    assert "S9.9" in caught.value.diagnostics[0].message


def test_an_error_after_a_test_is_placed_as_a_whole_parse_places_it():
    text = RULES + TEST + "fact y: boolean { question }\n"
    with pytest.raises(RuleSyntaxError) as whole:
        parse(text, "t.rules")
    with pytest.raises(RuleSyntaxError) as without:
        parse(text, "t.rules", tests=False)
    assert without.value.diagnostics[0].span == whole.value.diagnostics[0].span
    assert without.value.diagnostics[0].message == whole.value.diagnostics[0].message


@pytest.mark.parametrize("cache", [False, True], ids=["cold", "cached"])
def test_the_tests_come_back_when_asked_for(cache):
    written = sum(
        isinstance(item, RuleTest) for path in (RULES_DIR / "example").glob("*.rules") for item in parse(path.read_text(), str(path)).items
    )
    for _ in range(2):  # the second time, from the cache if there is one
        rs = senrules.load_ruleset("example", cache=cache)
        assert not rs.tests_loaded and rs.program.tests == []
        assert len(rs.tests) == written > 0 and run_tests(rs).ok


PIECES = [
    'fact x: boolean { question "x? {" }',
    'fact test: boolean { question "a fact called test" }',
    'section test "S" { standard T1 "t" { cite "c" "T1" criterion T1.1 "c" { met when x  not_met otherwise } '
    "grade { good when T1.1 is met  inadequate otherwise } } grade { good when T1 is good  inadequate otherwise } }",
    'test "one" { given x = true  expect T1.1 is met }',
    'test "two { } \\" test" { # } a brace in a comment\n given x = false expect T1.1 is not_met }',
    "# test \"not a test\" {",
    "",
]


def test_any_arrangement_of_tests_and_rules_reads_the_same_without_the_tests():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from(PIECES), max_size=8), st.lists(st.sampled_from(["\n", " ", "\n\n", "  \t"]), min_size=8, max_size=8))
    def check(pieces, gaps):
        text = HEADER + "".join(p + g for p, g in zip(pieces, gaps))
        try:
            whole = parse(text, "t.rules")
        except RuleSyntaxError as err:
            with pytest.raises(RuleSyntaxError) as without:
                parse(text, "t.rules", tests=False)
            assert without.value.diagnostics[0].span == err.diagnostics[0].span
            return
        assert parse(text, "t.rules", tests=False).items == tuple(i for i in whole.items if not isinstance(i, RuleTest))

    check()
