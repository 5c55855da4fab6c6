"""The checker: every problem in a ruleset is reported in one run, as golden
messages (``tests/checker/bad/<case>.rules`` beside ``<case>.expected``).

Set SENRULES_UPDATE_GOLDEN=1 to rewrite the ``.expected`` files after a
deliberate change of wording; review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from senrules.checker import check
from senrules.errors import render
from senrules.parser import parse

CASES = Path(__file__).resolve().parent.parent / "checker" / "bad"


def _report(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    rel = f"tests/checker/bad/{path.name}"
    program, diagnostics = check([parse(text, rel)])
    return "\n\n".join(render(d, text) for d in diagnostics) + "\n"


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.rules")))
def test_golden_check_messages(case):
    path = CASES / f"{case}.rules"
    expected = path.with_suffix(".expected")
    actual = _report(path)
    if os.environ.get("SENRULES_UPDATE_GOLDEN") == "1":
        expected.write_text(actual, encoding="utf-8")
    assert actual == expected.read_text(encoding="utf-8")


def test_every_problem_is_reported_in_one_run():
    text = (CASES / "type-errors.rules").read_text()
    program, diagnostics = check([parse(text, "x.rules")])
    assert program is None
    errors = [d for d in diagnostics if d.severity == "error"]
    assert len(errors) >= 6
    assert len({d.span.line for d in errors}) >= 5


def test_the_example_ruleset_is_clean():
    from senrules.ruleset import rule_files

    files = [parse(p.read_text(), str(p)) for p in rule_files("example")]
    program, diagnostics = check(files)
    assert program is not None
    assert diagnostics == []


def test_a_ruleset_without_a_header_is_refused():
    program, diagnostics = check([parse('fact x: boolean { question "x?" }', "h.rules")])
    assert program is None
    assert [d.code for d in diagnostics] == ["no-header"]
