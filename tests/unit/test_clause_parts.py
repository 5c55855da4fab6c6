"""A rule part by part (:meth:`senrules.result.Result.clause_parts`, what
the assistant's /why shows): each part of a clause in words with its own
verdict, which together give the clause's verdict in three-valued logic,
and the facts each part reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules
from senrules import logic

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from varied_facts import varied_facts  # noqa: E402

DATE = "2024-09-01"


@pytest.fixture(scope="module")
def dcsf():
    return senrules.load_ruleset("dcsf-2008")


def test_a_clause_part_by_part_on_the_example():
    rs = senrules.load_ruleset("example")
    result = rs.evaluate({"programmes_monitored": True}, evaluation_date=DATE)
    join, parts, meanings = result.clause_parts("S1.1", 0)  # met when programmes_monitored and monitoring_interval <= 13
    assert join == "all"
    assert [(p.words, p.holds, set(p.facts)) for p in parts] == [
        ("programmes and interventions are monitored: yes", True, {"programmes_monitored"}),
        ("how often interventions are reviewed is not known (it needs to be at most 13 weeks)", None,
         {"monitoring_interval"}),
    ]
    assert meanings == ()
    assert result.clause_parts("S1.1", 2) == ("one", (), ())  # `not_met otherwise`: no condition


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), missing=st.sampled_from([0.0, 0.3, 0.7]))
def test_the_parts_verdicts_make_the_clauses_verdict(dcsf, seed, missing):
    result = dcsf.evaluate(varied_facts(dcsf, seed, missing=missing), evaluation_date=DATE)
    for j in result.judgements:
        if j.kind != "criterion":
            continue
        for i, clause in enumerate(j.clauses):
            if not clause.condition:
                continue
            join, parts, _ = result.clause_parts(j, i)
            assert parts and all(p.words for p in parts)
            values = [p.holds for p in parts]
            combined = values[0]
            for v in values[1:]:
                combined = logic.k_and(combined, v) if join == "all" else logic.k_or(combined, v)
            assert combined == clause.holds, (j.id, i, values, clause.holds)
