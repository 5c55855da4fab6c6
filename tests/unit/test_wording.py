"""Plain words for people who do not read rule files: reasons, needs, gaps,
the action plan and the report say what was found against what was asked,
with what each vague word was taken to mean, and never show rule syntax or a
fact's name.  Golden file: tests/unit/golden/dcsf-2008-demo.words.txt (set
SENRULES_UPDATE_GOLDEN=1 to rewrite it after a deliberate change, and read
the diff)."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules
from senrules import actionplan, document, trends

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from varied_facts import varied_facts  # noqa: E402

GOLDEN = Path(__file__).parent / "golden" / "dcsf-2008-demo.words.txt"
DEMO = Path(senrules.__file__).parent / "rules" / "dcsf-2008" / "demo.json"
DATE = "2024-09-01"
SYNTAX = re.compile(r">=|<=|==|!=|\bshare\(|\bcount\(|\bimproving\(|\blowest\(|\bmean\(|\bpartly_met\b|\bnot_met\b"
                    r"|\b(met|good|satisfactory|outstanding|inadequate) (when|otherwise)\b")


def _demo():
    rs = senrules.load_ruleset("dcsf-2008")
    facts = json.loads(DEMO.read_text(encoding="utf-8"))
    return rs, rs.evaluate(facts.get("facts", facts), evaluation_date=DATE)


def _words(rs, result) -> list[str]:
    """Everything the words say about one result, one item a line."""
    lines = []
    for j in result.judgements:
        w = result.words(j)
        lines.append(f"{j.id}: {w.reason or 'not yet decided; needs ' + '; '.join(w.missing)}")
        for c, text in zip(j.clauses, w.clauses):
            if c.holds is False and text and c.outcome != j.verdict:
                lines.append(f"  not {c.outcome.replace('_', ' ')}: {text}")
    for g in result.gaps:
        lines.append(f"gap {g.node}: {document.gap_text(result, g)}")
    for row in actionplan.propose(rs, result):
        lines.append(f"plan {row['source']}: {row['action']} | {row['success']} | {row['evaluation']}")
    return lines


def _without_names(text: str) -> str:
    """Text a person reads, less the two places a name is shown on purpose:
    a parameter named after what its word was taken to mean, and where a
    value came from (a file's record)."""
    return re.sub(r"\(parameter \w+\)|\(from [^)]*\)|\[[^\]]*record [^\]]*\]", "", text)


def _fact_names(rs) -> set[str]:
    return {n for n in rs.facts if "_" in n}


def test_the_demo_in_words_matches_the_golden_file():
    rs, result = _demo()
    text = "\n".join(_words(rs, result)) + "\n"
    if os.environ.get("SENRULES_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_a_condition_says_the_value_the_threshold_and_what_the_word_was_taken_to_mean():
    rs, result = _demo()
    assert result.words("S2.5").reason == (
        "partly met: the share of targets that are SMART is 86%, above 50%; "
        "'the majority' is taken as more than 50% (parameter majority_share)"
    )
    assert result.words("S2.5").clauses[0] == (
        "the share of targets that are SMART is 86%, below 90%; 'all' is taken as 90% or more (parameter all_share)"
    )
    # a grade's reason: how many criteria, and the reading of 'most areas'
    assert result.words("S1").reason == (
        "good: the share of criteria met (a partly met one counting as half) is 87.5%, at least 75%; "
        "'most areas' is taken as 75% or more (parameter most_areas)"
    )
    assert result.words("S5").reason == "outstanding: all 5 of its criteria are met"
    # the outstanding clause S1 falls short of, as English (not "3 of 4 criteria met; every one must be met")
    assert result.words("S1").clauses[0] == "only 3 of its 4 criteria are met, and every one must be"
    # what the clause asks for, without the values (an action plan's success measure), with its verb
    assert result.requirement(result.judgement("S1"), "outstanding") == "every one of its criteria is met"


def test_the_demo_report_has_no_rule_syntax_and_no_fact_names(tmp_path):
    rs, result = _demo()
    facts = json.loads(DEMO.read_text(encoding="utf-8"))
    values = trends.facts_of(rs, facts.get("facts", facts))
    blocks = document.build(document.ReportInput(result=result, rs=rs, values=values, evidence="the demo"))
    md = document.to_markdown(blocks)
    people = _without_names(md.split("## How the vague words were read")[0])
    assert not SYNTAX.search(people), SYNTAX.search(people)
    named = [n for n in _fact_names(rs) if re.search(rf"\b{n}\b", people)]
    assert not named
    html = document.to_html(blocks)
    assert html.count("<svg") == html.count("<figure>") == len(trends.series(rs, values, result.year))  # one chart each
    assert "pi08_ks4_maths_progress" not in html and "expected progress in mathematics KS2-KS4 (OB PI 8)" in html


@pytest.fixture(scope="module")
def shipped():
    return {name: senrules.load_ruleset(name) for name in ("dcsf-2008", "hmi-2005", "example")}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), name=st.sampled_from(["dcsf-2008", "hmi-2005", "example"]),
       missing=st.sampled_from([0.0, 0.15, 0.5]))
def test_words_never_show_rule_syntax_or_fact_names(shipped, seed, name, missing):
    rs = shipped[name]
    result = rs.evaluate(varied_facts(rs, seed, missing=missing), evaluation_date=DATE)
    text = _without_names("\n".join(_words(rs, result)))
    assert not SYNTAX.search(text), SYNTAX.search(text)
    named = [n for n in _fact_names(rs) if re.search(rf"\b{n}\b", text)]
    assert not named, named



def test_a_total_over_a_field_of_records_is_named_by_the_field_and_the_records():
    rs = senrules.load_ruleset("example")
    demo = json.loads((DEMO.parent.parent / "example" / "demo.json").read_text(encoding="utf-8"))
    reason = rs.evaluate(demo.get("facts", demo), evaluation_date=DATE).words("S1.4").reason
    assert "the total pupils across the interventions on the provision map is 18, above 0" in reason
    assert "a calculated value" not in reason


def test_a_difference_of_two_percentages_is_in_percentage_points():
    rs, result = _demo()
    reason = result.words(result.judgement("outcomes")).reason
    # 66% met their targets against a benchmark of 63%: 3 points above it, not "3%" (which reads as 3% of 63%)
    assert "above the benchmark for similar services is 3 percentage points, at least 0 percentage points" in reason
    assert "is 3%, at least" not in reason
