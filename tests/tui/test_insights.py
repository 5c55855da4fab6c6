"""Three-year trends, benchmark comparisons and the proposed action plan."""

from __future__ import annotations

import senrules
from senrules_tui import insights, plan

RULES = """
ruleset t { title "Trend test" version "0.0.1" outcomes met > not_met grades good > inadequate }
fact progress: percentage per year { question "What share made progress?" }
fact progress_benchmark: percentage per year { question "National share?" }
fact exclusion_rate: percentage per year { question "Share excluded?" }
fact exclusion_rate_benchmark: percentage per year { question "National share excluded?" }
fact monitored: boolean { question "Monitored?" }
section s "S" {
  standard S1 "Progress" {
    criterion S1.1 "Progress is good." { met when progress >= 60  not_met otherwise }
    criterion S1.2 "Programmes are monitored." { met when monitored  not_met otherwise }
    grade { good when count(criteria is not_met) == 0  inadequate otherwise }
  }
  grade { good when count(standards is inadequate) == 0  inadequate otherwise }
}
"""

VALUES = {
    "progress": {2022: 52, 2023: 57, 2024: 61},
    "progress_benchmark": {2022: 55, 2023: 56, 2024: 58},
    "exclusion_rate": {2022: 5.2, 2023: 4.6, 2024: 3.9},
    "exclusion_rate_benchmark": {2023: 4.7, 2024: 4.5},
    "monitored": False,
}


def _ruleset(rules):
    return rules(RULES, header=False)


def test_series_and_directions(rules):
    rs = _ruleset(rules)
    found = {s.fact: s for s in insights.series(rs, VALUES, 2024)}
    assert set(found) == {"progress", "exclusion_rate"}  # benchmarks go beside their indicator
    assert found["progress"].direction == "improving" and found["progress"].change == 9
    assert found["exclusion_rate"].lower_is_better and found["exclusion_rate"].direction == "improving"
    chart = insights.trend_chart(found["progress"])
    assert chart[1].startswith("  2022  ") and chart[1].endswith("52%  (benchmark 55%)")
    assert chart[-1] == "  \u2191 improving: +9 points from 2022 to 2024"
    svg = insights.trend_svg(found["progress"])
    assert svg.startswith("<svg") and "stroke-dasharray" in svg and svg.endswith("</svg>")


def test_benchmark_comparison(rules):
    rs = _ruleset(rules)
    rows = {c.fact: c for c in insights.benchmarks(rs, VALUES, 2024)}
    assert rows["progress"].verdict == "better than the benchmark" and rows["progress"].difference == 3
    assert rows["exclusion_rate"].verdict == "better than the benchmark"  # lower is better
    table = insights.benchmark_table(list(rows.values()))
    assert table.splitlines()[0].split() == ["indicator", "year", "value", "benchmark", "difference"]


def test_the_action_plan_is_proposed_from_the_gaps(rules):
    rs = _ruleset(rules)
    result = rs.evaluate(VALUES, evaluation_date="2024-09-30")
    assert result.verdict("S1") == "inadequate"
    rows = plan.propose(rs, result)
    assert [r["source"] for r in rows] == ["gap:S1:S1.2"]
    row = rows[0]
    assert row["area"] == "Programmes are monitored (S1.2), for \u201cProgress\u201d (S1)"
    assert row["success"] == "\u201cProgrammes are monitored\u201d (S1.2) is met if monitored. \u201cProgress\u201d (S1) then reaches good."
    # no command and no fact name (the criterion's own words aside)
    evaluation = row["evaluation"].replace("\u201cProgrammes are monitored\u201d (S1.2)", "")
    assert "senrules" not in evaluation and "monitored" not in evaluation
    assert row["by_when"] == "30 March 2025"
    assert set(plan.FIELDS) <= set(row)


def test_a_standard_the_evidence_cannot_decide_gets_an_evidence_action(rules):
    rs = _ruleset(rules)
    result = rs.evaluate({"progress": {2024: 70}}, evaluation_date="2024-09-30")
    rows = plan.propose(rs, result)
    assert rows[0]["source"] == "unknown:S1"
    assert "monitored" in rows[0]["action"]


def test_the_session_reports_trends_and_benchmarks(session_factory):
    s = session_factory(ruleset="example", data=None)
    s.opening()
    assert "No yearly indicator" in s.trends_reply().text
    assert "No indicator has a benchmark" in s.benchmarks_reply().text
    assert senrules  # the library stays importable beside the assistant
