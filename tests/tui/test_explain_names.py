"""/explain in the assistant names things in the person's words: a section
by its title (never its id), each part of a standard or section by its
words with its number after them, what is still needed without a bare
number, each value with its unit, and each parameter by its vague word
before its id.  Each test fails if a code comes back where words are wanted."""

from __future__ import annotations

import re

import pytest


@pytest.fixture
def northshire(session_factory):
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    s.opening()
    return s


def _explain(session, ident: str) -> list[str]:
    return session.handle(f"/explain {ident}")[0].text.splitlines()


def test_a_section_is_named_by_its_title_and_its_parts_in_words(northshire):
    lines = _explain(northshire, "smd")
    assert lines[0] == "Service management and delivery: still open"
    assert "smd" not in "\n".join(lines)
    assert "- “Leaders have a clear vision, develop the aims and objectives…” (S7): still open" in lines
    assert "- “Staff resources are planned, managed and improved” (S13): still open" in lines
    # what it still needs: not the ten numbers over again
    assert lines[-1] == "Needs: a verdict on the 10 parts above not yet decided."


def test_a_standard_lists_its_criteria_in_words_and_needs_no_bare_number(northshire):
    text = "\n".join(_explain(northshire, "S1"))
    assert "- “Intervention strategies are modified to take account…” (S1.2): partly met" in text
    assert re.search(r"(From|Needs):.*\bS1\.\d\b(?! *\))", text) is None
    assert re.search(r"^Needs: (?:.*[;,] )?S\d", text, re.M) is None


def test_the_overall_is_named_overall(northshire):
    lines = _explain(northshire, "overall")
    assert lines[0] == "Overall: still open"
    assert "- Outcomes: still open" in lines and "- Service management and delivery: still open" in lines


def test_a_criterion_shows_values_with_their_units_and_parameters_by_their_words(northshire):
    text = "\n".join(_explain(northshire, "S1.2"))
    assert "- the share of CYP who say their views change what happens: 2023: 73.7%, 2024: 71.7% [" in text
    assert "'the majority' is taken as more than 50% (parameter majority_share)" in text
    assert "'most' is taken as 75% or more (parameter most_share)" in text
    assert re.search(r"\(parameter [a-z_]+\)", text.replace("'most' is taken as 75% or more (parameter most_share)", "")
                     .replace("'the majority' is taken as more than 50% (parameter majority_share)", "")) is None


def test_the_opening_says_which_standards_are_open_in_words(northshire):
    judgements = [j for j in northshire.result.judgements if j.kind == "standard"]
    # none decided yet: a count, not sixteen numbers
    assert northshire._standards_words([], judgements) == ["Still open: all 16 standards."]
    # many decided, a few open: the decided by count and grade, the open by their words
    decided = [j for j in judgements if j.id not in ("S7", "S15")]
    said = northshire._standards_words(decided, [j for j in judgements if j.id in ("S7", "S15")])
    assert said[0].startswith(f"Already decided by the evidence: {len(decided)} standards (")
    assert said[1] == ("Still open: “Leaders have a clear vision, develop the aims…” (S7); "
                       "“There is collaboration with other service…” (S15).")


def test_a_standard_or_criterion_is_named_in_its_words_first_its_number_after(northshire):
    """/explain S1 and /findings lead with the words, the number in brackets
    after them (as /why and the card's heading), never the bare code first."""
    assert _explain(northshire, "S1")[0].startswith(
        "\u201cProgress towards outcomes is systematically recorded and monitored\u201d (S1): ")
    findings = northshire.handle("/findings")[0].text
    items = [line for line in findings.splitlines() if line.startswith("- ")]
    assert items and all(line.startswith("- \u201c") for line in items), items[:3]
    assert not re.search(r"^- S\d", findings, flags=re.M)
