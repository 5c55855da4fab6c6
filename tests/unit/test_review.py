"""``senrules check`` warns of what a reviewer would query (senrules.review):
a criterion, standard or section without a citation (``no-citation``), and
a level of the outcomes or grades no rule can ever give (``never-given``).

Golden messages: ``tests/checker/review/<case>.rules`` beside
``<case>.expected``, the whole output of ``senrules check`` and its exit
code.  Set SENRULES_UPDATE_GOLDEN=1 to rewrite the ``.expected`` files after
a deliberate change, and review the diff."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

import senrules
from senrules import cli
from senrules.review import review
from senrules.ruleset import compile_texts, shipped_rulesets

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "checker" / "review"


def check(*args) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = cli.main(["check", *map(str, args)])
    return code, out.getvalue()


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.rules")))
def test_golden_review_messages(case, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out = check(f"tests/checker/review/{case}.rules")
    actual = f"{out}exit code {code}\n"
    expected = CASES / f"{case}.expected"
    if os.environ.get("SENRULES_UPDATE_GOLDEN"):
        expected.write_text(actual, encoding="utf-8")
    assert actual == expected.read_text(encoding="utf-8")


def program_of(path: Path):
    program, _ = compile_texts([(str(path), path.read_text(encoding="utf-8"))])
    return program


def test_the_shipped_rulesets_raise_nothing():
    """The shipped rulesets cite every criterion, standard and section and
    give every level of their scales (hmi-2005, whose gradings never give
    outstanding because HMI's summary grades no further, declares the grades
    it gives: the review found that it did not)."""
    found = {}
    for ident in shipped_rulesets():
        for d in review(senrules.load_ruleset(ident).program):
            found.setdefault(ident, []).append((d.code, d.message))
    assert found == {}


def test_a_warning_is_a_finding_as_every_warning_of_check_is(monkeypatch):
    """The existing convention (docs/cli.md): any warning makes exit code 1."""
    monkeypatch.chdir(ROOT)
    assert check("tests/checker/review/uncited.rules")[0] == 1
    code, out = check("example")
    assert (code, out) == (0, "senrules check: no findings in 1 ruleset\n")


def test_no_analysis_keeps_the_citations_and_the_levels_no_clause_names(monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out = check("tests/checker/review/never-named.rules", "--no-analysis")
    assert code == 1
    assert [line for line in out.splitlines() if line.startswith("warning")] == [
        "warning: the outcome partly_met can never be given: no criterion gives it",
        "warning: the grades outstanding and satisfactory can never be given: no grading gives them",
    ]
    code, out = check("tests/checker/review/never-reached.rules", "--no-analysis")  # needs the analysis
    assert (code, out) == (0, "senrules check: no findings in 1 ruleset\n")


def test_the_json_report_carries_the_same_findings(monkeypatch):
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["check", "tests/checker/review/uncited.rules", "--format", "json"])
    report = json.loads(out.getvalue())
    assert code == 1
    found = [(d["code"], d["message"]) for entry in report["rulesets"] for d in entry["findings"]]
    assert found == [
        ("no-citation", "section smd has no citation"),
        ("no-citation", "standard S11 has no citation"),
        ("no-citation", "criterion S11.5 has no citation"),
    ]


def test_a_level_given_only_with_a_dated_parameter_value_is_not_reported():
    """never-first.rules: good needs 3 criteria met of 2 with the value
    after `=`, 1 from 2020-09-01: each dated value is tried."""
    found = [d.message for d in review(program_of(CASES / "never-first.rules"))]
    assert not any("good" in m for m in found)
    assert any(m.startswith("the grade fair can never be given") for m in found)


def test_a_grading_that_asks_whether_verdicts_are_known_is_not_judged():
    """never-reached.rules: S2 gives satisfactory only when a verdict is
    unknown, which the analysis (every verdict known) cannot tell: no claim
    is made about satisfactory."""
    found = [d.message for d in review(program_of(CASES / "never-reached.rules"))]
    assert not any("satisfactory can never" in m for m in found)


def test_fixing_the_rules_clears_the_warnings(tmp_path):
    text = (CASES / "never-reached.rules").read_text(encoding="utf-8")
    fixed = text.replace('"1.1 b"\n      partly_met when b', '"1.1 b"\n      met when a and b\n      partly_met when b')
    assert fixed != text
    path = tmp_path / "fixed.rules"
    path.write_text(fixed, encoding="utf-8")
    assert [d.code for d in review(program_of(path))] == []


def test_a_node_too_large_to_enumerate_is_taken_to_give_every_level_it_names(tmp_path, monkeypatch):
    """Past the analysis's limit a node is sampled; a sample proves nothing
    unreachable, so nothing is claimed."""
    import senrules.analysis

    criteria = "\n".join(
        f'    criterion C{i} "c{i}" {{ cite "A" "{i}"  met when f{i % 3}  partly_met when f{(i + 1) % 3}  not_met otherwise }}'
        for i in range(14))
    text = (
        'ruleset big { title "big" }\n'
        + "".join(f'fact f{i}: boolean {{ question "f{i}?" }}\n' for i in range(3))
        + 'fact x: integer { question "x?" }\n'
        + 'section s "s" {\n  cite "A" "s"\n  standard S "S" {\n    cite "A" "S"\n' + criteria + "\n"
        + "    grade {\n"
        + "      outstanding when count(criteria is met) == 7 and x == 1 and x == 2\n"
        + "      good when count(criteria is met) >= 7\n      satisfactory when count(criteria is met) >= 1\n"
        + "      inadequate otherwise\n    }\n  }\n"
        + "  grade { outstanding when S is outstanding  good when S is good  satisfactory when S is satisfactory"
        + "  inadequate otherwise }\n}\n")
    path = tmp_path / "big.rules"
    path.write_text(text, encoding="utf-8")
    program = program_of(path)
    # enumerated: outstanding is found impossible (x cannot be both 1 and 2)
    assert [d.message.split(":")[0] for d in review(program)] == ["the grade outstanding can never be given"]
    monkeypatch.setattr(senrules.analysis, "MAX_COMBINATIONS", 50)  # as a node too large to enumerate is
    assert review(program) == []


def test_a_node_that_never_gives_a_verdict_does_not_make_its_parents_levels_impossible(tmp_path):
    """S1.2 never gives anything (its only clause never applies): it is
    always unknown, and S1 can still be good or better on S1.1 alone."""
    path = tmp_path / "silent.rules"
    path.write_text(
        'ruleset silent { title "A criterion that never decides" outcomes met > not_met grades good > inadequate }\n'
        'fact a: boolean { question "A?" }\n'
        'section s "s" {\n  cite "A" "s"\n  standard S1 "S1" {\n    cite "A" "S1"\n'
        '    criterion S1.1 "a" { cite "A" "1"  met when a  not_met otherwise }\n'
        '    criterion S1.2 "never" { cite "A" "2"  met when a and not a }\n'
        '    grade { good when count(criteria is met) >= 1  inadequate otherwise }\n  }\n'
        '  grade { good when S1 is good  inadequate otherwise }\n}\n', encoding="utf-8")
    program = program_of(path)
    assert [d.message for d in review(program)] == []
    rs = senrules.load_ruleset(path, cache=False)
    assert rs.evaluate({"a": True}, evaluation_date="2024-09-01").verdict("S1") == "good"
