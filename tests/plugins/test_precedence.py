"""Evidence from several sources: the documented precedence (a person's
answer, then the most recent data, dated before undated, then the one given
later), conflicts shown in explanations, and stale evidence marked."""

from __future__ import annotations

import datetime as dt

import pytest

from senrules import Evidence, Provenance
from senrules.facts import preferred, why_preferred

DATE = dt.date(2024, 9, 30)
ANSWER = Provenance("answers", file="answers.sqlite", record="answer 3", as_of=dt.date(2024, 9, 12))
NEW = Provenance("tabular", file="figures.csv", row=4, as_of=dt.date(2024, 8, 31))
OLD = Provenance("crm", file="crm.csv", row=9, as_of=dt.date(2023, 8, 31))
UNDATED = Provenance("caller")


@pytest.mark.parametrize(("winner", "loser", "why"), [
    (ANSWER, NEW, "a person's answer comes first"),
    (NEW, OLD, "the more recent data comes first"),
    (OLD, UNDATED, "dated data comes before undated"),
])
def test_the_order_of_precedence(winner, loser, why):
    assert preferred(winner, loser) and not preferred(loser, winner)
    assert why_preferred(winner, loser) == why


def test_between_equals_the_later_given_wins():
    assert preferred(UNDATED, Provenance("other"))
    assert why_preferred(UNDATED, Provenance("other")) == "given later"


@pytest.mark.parametrize("order", [(ANSWER, NEW, OLD), (OLD, ANSWER, NEW), (NEW, OLD, ANSWER)])
def test_a_conflict_is_decided_the_same_in_any_order_and_shown(ruleset, order):
    values = {ANSWER: 186, NEW: 184, OLD: 179}
    evidence = [Evidence("cyp_supported", values[p], p) for p in order]
    result = ruleset.evaluate(evidence, evaluation_date=DATE)
    use = result.judgement("C1").facts[0]
    assert use.value == 186
    (shown,) = use.provenance
    assert shown.startswith("answers, answers.sqlite, record answer 3")
    assert "184 from tabular, figures.csv, row 4, as of 2024-08-31 (a person's answer comes first)" in shown
    assert "179 from crm, crm.csv, row 9, as of 2023-08-31 (a person's answer comes first)" in shown
    assert any(n.startswith("conflicting evidence for `cyp_supported`: used the value from answers") for n in result.notes)


def test_agreeing_sources_are_no_conflict(ruleset):
    result = ruleset.evaluate([Evidence("cyp_supported", 184, OLD), Evidence("cyp_supported", 184, NEW)], evaluation_date=DATE)
    (shown,) = result.judgement("C1").facts[0].provenance
    assert shown == str(NEW) and result.notes == ()


def test_conflicts_are_per_year(ruleset):
    evidence = [
        Evidence("cyp_progress_rate", 61, OLD, 2024), Evidence("cyp_progress_rate", 63, NEW, 2024),
        Evidence("cyp_progress_rate", 59, OLD, 2023),
    ]
    result = ruleset.evaluate(evidence, evaluation_date=DATE)
    assert any("`cyp_progress_rate` for 2024" in n for n in result.notes)
    assert not any("for 2023" in n for n in result.notes)


def test_stale_evidence_is_marked_by_the_ruleset_parameter(ruleset):
    old_survey = Provenance("surveys", file="s2023.csv", as_of=dt.date(2023, 5, 30))
    result = ruleset.evaluate([Evidence("parents_positive", 71, old_survey)], evaluation_date=DATE)
    (shown,) = result.judgement("C2").facts[0].provenance
    assert shown.endswith("[stale: older than 12 months (perception_max_age)]")
    assert result.verdict("C2") == "met"  # stale evidence is shown as such, not discarded
    assert "stale evidence: `parents_positive` is as of 2023-05-30, older than 12 months (perception_max_age) before 2024-09-30" in result.notes


def test_the_stale_limit_is_a_parameter_an_la_can_change(ruleset):
    old_survey = Provenance("surveys", file="s2023.csv", as_of=dt.date(2023, 5, 30))
    result = ruleset.evaluate([Evidence("parents_positive", 71, old_survey)], evaluation_date=DATE,
                              parameters={"perception_max_age": "24 months"})
    assert "stale" not in result.judgement("C2").facts[0].provenance[0]


def test_earlier_years_of_a_series_are_not_stale(ruleset):
    prov = {y: Provenance("surveys", as_of=dt.date(y, 5, 30)) for y in (2022, 2023, 2024)}
    evidence = [Evidence("schools_positive", 70 + y - 2022, prov[y], y) for y in prov]
    result = ruleset.evaluate(evidence, evaluation_date=DATE)
    assert not any("stale" in n for n in result.notes)


def test_facts_without_a_limit_are_never_stale(ruleset):
    ancient = Provenance("crm", as_of=dt.date(2001, 1, 1))
    result = ruleset.evaluate([Evidence("cyp_supported", 5, ancient)], evaluation_date=DATE)
    assert result.notes == ()
