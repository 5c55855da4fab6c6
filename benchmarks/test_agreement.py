"""Every engine gives the baseline's verdicts, or its speed means nothing.

Run alone with ``pytest benchmarks -k agreement``; they also run (and are not
skipped) under ``--benchmark-only``, see conftest.py.

The peers encode the full semantics (unknowns, first-match with unknown
clauses, intervals for counts over unknown verdicts, calendar-month windows,
the per-year trend), so they are held to agree on every verdict of every case;
no subset had to be carved out.  senrules is held to the same standard once
its API exists.  The semantics probes at the end pin down the decisions listed
in README.md.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import baseline
import engines
import workload

pytestmark = pytest.mark.agreement

RULESET_DIR = Path(engines.RULESET)
DEFAULT_TEST_DATE = date(2024, 9, 1)
"""For the ruleset's own tests that give no `on` date (none of them depends on it)."""

OTHER_PARAMETERS = {"majority_of_cyp": 60, "most_areas": 66, "some_areas": 40, "trend_years": 4}
"""Overrides that move thresholds and ask for a year of data the workload
does not carry (so trends turn unknown)."""


def _describe(mismatches: list[tuple[str, dict, dict]], limit: int = 8) -> str:
    per_id = Counter(vid for _, want, got in mismatches for vid in want.keys() | got.keys() if want.get(vid) != got.get(vid))
    lines = [f"{len(mismatches)} case(s) differ; by verdict id: {dict(per_id)}"]
    for label, want, got in mismatches[:limit]:
        diff = {vid: (want.get(vid), got.get(vid)) for vid in sorted(want.keys() | got.keys()) if want.get(vid) != got.get(vid)}
        lines.append(f"  {label}: (baseline, engine) = {diff}")
    return "\n".join(lines)


def _run_batch(engine, batch: list[workload.Case], parameters=None) -> list[dict]:
    answers: list[dict] = []
    for evaluation_date, many in workload.by_evaluation_date(batch).items():
        answers += [engines.plain(v) for v in engine.verdicts_many(many, evaluation_date=evaluation_date, parameters=parameters)]
    return answers


# ---------------------------------------------------------------- the ruleset's own tests


def _python_value(literal):
    if literal.kind == "list":
        return [_python_value(item) for item in literal.value]
    if literal.kind == "record":
        return {key: _python_value(value) for key, value in literal.value}
    return literal.value


def _ruleset_tests():
    from senrules.model import RuleTest
    from senrules.parser import parse_file

    cases = []
    for path in sorted(RULESET_DIR.glob("*.rules")):
        cases += parse_file(path).of_type(RuleTest)
    return cases


@pytest.mark.parametrize("engine_name", engines.ENGINES, ids=lambda e: f"engine={e}")
@pytest.mark.parametrize("case", _ruleset_tests(), ids=lambda t: t.name)
def test_engine_passes_the_example_rulesets_own_tests(engine_name, case):
    engine = engines.make(engine_name)
    facts = {a.name: _python_value(a.value) for a in case.given}
    parameters = {a.name: _python_value(a.value) for a in case.parameters} or None
    got = engine.verdicts(facts, evaluation_date=case.on or DEFAULT_TEST_DATE, parameters=parameters)
    for expectation in case.expectations:
        assert got[expectation.target] == expectation.level, (
            f"Test {case.name!r}: expected {expectation.target} is {expectation.level or 'unknown'}, "
            f"got {got[expectation.target] or 'unknown'}"
        )


# ---------------------------------------------------------------- the benchmark workloads


@pytest.mark.parametrize("engine_name", [e for e in engines.ENGINES if e != "baseline"], ids=lambda e: f"engine={e}")
def test_engine_agrees_with_baseline_on_one_service(engine_name, service, expected_service):
    engine = engines.make(engine_name)
    assert engines.plain(engine.verdicts(service, evaluation_date=workload.ONE_SERVICE_DATE)) == expected_service


@pytest.mark.parametrize("engine_name", [e for e in engines.ENGINES if e != "baseline"], ids=lambda e: f"engine={e}")
def test_engine_agrees_with_baseline_on_national_batch(engine_name, batch, expected_batch):
    engine = engines.make(engine_name)
    got = _run_batch(engine, batch)
    assert len(got) == len(batch)
    mismatches = [
        (f"{case.la_code} {case.year}", want, have)
        for case, want, have in zip(batch, expected_batch, got)
        if want != have
    ]
    assert not mismatches, _describe(mismatches)


@pytest.mark.parametrize("engine_name", [e for e in engines.ENGINES if e != "baseline"], ids=lambda e: f"engine={e}")
def test_engine_agrees_with_baseline_with_other_parameters(engine_name, batch):
    engine = engines.make(engine_name)
    cases = [case for case in batch if case.year == 2024]
    want = [baseline.verdicts(case.facts, case.evaluation_date, OTHER_PARAMETERS) for case in cases]
    got = _run_batch(engine, cases, OTHER_PARAMETERS)
    mismatches = [(f"{c.la_code} {c.year}", w, g) for c, w, g in zip(cases, want, got) if w != g]
    assert not mismatches, _describe(mismatches)


def test_peers_agree_with_a_shorter_review_interval(batch):
    """``review_interval`` is a duration; the peers and the baseline take it
    in months.  (senrules' representation of a duration parameter is its own,
    so it is left out here.)"""
    cases = [case for case in batch if case.year == 2023]
    parameters = {"review_interval": 6}
    want = [baseline.verdicts(case.facts, case.evaluation_date, parameters) for case in cases]
    for name in engines.PEERS:
        got = _run_batch(engines.make(name), cases, parameters)
        mismatches = [(f"{c.la_code} {c.year}", w, g) for c, w, g in zip(cases, want, got) if w != g]
        assert not mismatches, f"{name}: " + _describe(mismatches)


# ---------------------------------------------------------------- the workload itself


def test_workload_is_deterministic():
    assert workload.national_batch() == workload.national_batch()
    assert workload.one_service() == workload.one_service()


def test_workload_shape(batch):
    assert len(batch) == workload.N_LAS * len(workload.EVALUATION_YEARS) == 459
    assert {case.evaluation_date for case in batch} == {date(y, 9, 1) for y in (2022, 2023, 2024)}
    missing = sum(len(workload.FACT_IDS) - 1 - len(set(case.facts) - {"anecdotes"}) for case in batch)
    assert 0.07 < missing / (len(batch) * (len(workload.FACT_IDS) - 1)) < 0.13  # ~10% of facts missing
    for case in batch:
        assert set(case.facts) <= set(workload.FACT_IDS)
        if "interventions" in case.facts:
            assert 3 <= len(case.facts["interventions"]) <= 12
        if "cyp_progress_rate" in case.facts:
            assert set(case.facts["cyp_progress_rate"]) <= {case.year - 2, case.year - 1, case.year}


def test_workload_exercises_every_kind_of_verdict(expected_batch):
    """Each verdict is sometimes unknown and takes at least two known values."""
    for vid in baseline.VERDICT_IDS:
        seen = Counter(v[vid] for v in expected_batch)
        assert seen[None] > 0, f"{vid} is never unknown"
        assert len(seen) - 1 >= 2, f"{vid} takes only {set(seen) - {None}}"


# ---------------------------------------------------------------- semantics probes
#
# Small hand-made cases aimed at the places where the semantics had to be
# decided (see README.md, "Semantics decisions").  Each states what the
# baseline answers for the ids it is about, and every engine must give the
# baseline's answer for every id.

_D = date(2024, 9, 1)
_NOT_MET_REST = {  # S1.2, S1.3, S1.4 all not_met
    "views_acted_on": "never",
    "cyp_progress_rate": {2022: 30, 2023: 31, 2024: 32},
    "interventions": [{"name": "a", "pupils": 3, "met_target": False, "exit_date": date(2024, 7, 1)}],
}


def _records(*flags, pupils=3):
    return [
        {"name": f"i{i}", "pupils": pupils, "exit_date": date(2024, 7, 1)} | ({} if f is None else {"met_target": f})
        for i, f in enumerate(flags)
    ]


PROBES = [
    pytest.param(
        {"programmes_monitored": True, **_NOT_MET_REST}, _D, None,
        {"S1.1": None, "S1": "satisfactory"},
        id="an unknown criterion that is at least partly_met either way counts as definitely partly_met",
    ),
    pytest.param(
        {"interventions": _records(True, True, None, False)}, _D, None,
        {"S1.4": "met"},
        id="a share that is an interval [50, 75] is >= 50 for the whole interval",
    ),
    pytest.param(
        {"interventions": _records(True, None, False, False)}, _D, None,
        {"S1.4": None},
        id="a share interval [25, 50] straddles 50: unknown, and met or partly_met",
    ),
    pytest.param(
        {"interventions": []}, _D, None,
        {"S1.4": "not_met"},
        id="an empty provision map: share unknown but the sum is 0, so met is false; count is 0",
    ),
    pytest.param(
        {"interventions": [{"name": "a", "met_target": True, "exit_date": date(2024, 7, 1)}]}, _D, None,
        {"S1.4": None},
        id="a record without pupils makes the sum unknown",
    ),
    pytest.param({"plan_reviewed_on": date(2023, 9, 1)}, _D, None, {"S11.5": "met"}, id="review exactly 12 months before"),
    pytest.param({"plan_reviewed_on": date(2023, 8, 31)}, _D, None, {"S11.5": "partly_met"}, id="review 12 months and a day before"),
    pytest.param({"plan_reviewed_on": date(2023, 3, 1)}, _D, None, {"S11.5": "partly_met"}, id="review exactly 18 months before"),
    pytest.param({"plan_reviewed_on": date(2023, 2, 28)}, _D, None, {"S11.5": "not_met"}, id="review 18 months and a day before"),
    pytest.param({"plan_reviewed_on": date(2024, 9, 2)}, _D, None, {"S11.5": "not_met"}, id="review after the evaluation date"),
    pytest.param(
        {"plan_reviewed_on": date(2023, 2, 28)}, date(2024, 2, 29), None, {"S11.5": "met"},
        id="29 February minus 12 months is 28 February",
    ),
    pytest.param(
        {"cyp_progress_rate": {2022: 52, 2024: 64}}, _D, None, {"S1.3": None},
        id="a missing middle year makes the trend unknown",
    ),
    pytest.param(
        {"cyp_progress_rate": {2022: 60, 2023: 55, 2024: 70}}, _D, None, {"S1.3": "partly_met"},
        id="one known pair that does not increase makes the trend false",
    ),
    pytest.param(
        {"cyp_progress_rate": {2023: 60, 2024: 70}}, _D, {"trend_years": 2}, {"S1.3": "met"},
        id="trend_years = 2 looks at two years",
    ),
    pytest.param(
        {
            "programmes_monitored": True, "monitoring_interval": 6, "views_acted_on": "always",
            "cyp_progress_rate": {2022: 52, 2023: 58, 2024: 64}, "interventions": _records(True, True),
            "plan_based_on_benchmarking": True, "staff_understand_plan": 95, "plan_reviewed_on": date(2024, 3, 1),
        },
        _D, None,
        {"S1": "outstanding", "S11": "outstanding", "outcomes": "outstanding", "smd": "outstanding", "overall": "good"},
        id="all met, but the smd share cannot rise every year when only the date moves: good overall",
    ),
    pytest.param(
        {
            "programmes_monitored": True, "monitoring_interval": 6, "views_acted_on": "always",
            "cyp_progress_rate": {2022: 52, 2023: 58, 2024: 64}, "interventions": _records(True, True),
            "staff_understand_plan": 95, "plan_reviewed_on": date(2024, 3, 1),
        },
        _D, None,
        {"S11.1": None, "S11": None, "smd": None, "overall": None},
        id="one unknown smd criterion leaves smd and overall open",
    ),
]


@pytest.mark.parametrize("engine_name", engines.ENGINES, ids=lambda e: f"engine={e}")
@pytest.mark.parametrize("facts, evaluation_date, parameters, expected", PROBES)
def test_semantics_probe(engine_name, facts, evaluation_date, parameters, expected):
    want = baseline.verdicts(facts, evaluation_date, parameters)
    assert {vid: want[vid] for vid in expected} == expected, "the baseline itself"
    got = engines.plain(engines.make(engine_name).verdicts(facts, evaluation_date=evaluation_date, parameters=parameters))
    assert got == want
