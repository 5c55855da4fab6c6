"""Incremental evaluation: an answer judges again only what depends on it,
and the verdicts are always those of a full evaluation."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
import sys
from pathlib import Path

import pytest

import senrules
from senrules.errors import InputError
from senrules.incremental import Incremental

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _bench(name: str):
    found = sys.modules.get(name)
    if found is None:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        found = importlib.util.module_from_spec(spec)
        sys.modules[name] = found
        spec.loader.exec_module(found)
    return found


workload = _bench("dcsf_workload")
ref = _bench("dcsf_reference")
DAY = dt.date(2024, 9, 1)


@pytest.fixture(scope="module")
def dcsf():
    return senrules.load_ruleset("dcsf-2008")


def test_an_answer_judges_again_only_what_reads_it(dcsf):
    live = Incremental(dcsf, {}, evaluation_date=DAY)
    assert live.last_judged == len(dcsf.program.nodes)
    changed = live.set("smart_targets", 95)
    # S2.5 reads it; S2 reads S2.5; the outcomes section reads S2; overall reads outcomes
    assert set(changed) <= {"S2.5", "S2", "outcomes", "overall"}
    assert changed["S2.5"] == "met"
    assert live.last_judged <= 4
    assert live.verdicts() == dcsf.verdicts({"smart_targets": 95}, evaluation_date=DAY)


def _everything_shown(rs) -> dict:
    """Facts that meet every criterion in every year from 2020 to 2024."""
    facts = {}
    for name, fact in rs.facts.items():
        kind = fact.type.kind
        if kind == "boolean":
            value = True
        elif kind in ("percentage", "integer", "number"):
            value = fact.range.high if fact.range else 100
            value = 10 if kind == "integer" and value > 10 else value
        elif kind == "date":
            value = DAY
        elif kind == "choice":
            value = fact.type.choices[0]
        elif name == "external_activities":
            value = [{"activity": "network", "kind": "network", "shared_practice": True}] * 5
        elif name == "practice_changes":
            value = [{"change": "x", "suggested_by": "parents", "recorded_on": DAY}] * 3
        else:
            value = []
        facts[name] = {y: value for y in range(2020, 2025)} if fact.per_year else value
    for pi in ("pi13_fixed_term_exclusion", "pi14_permanent_exclusion"):
        facts[pi] = {y: 2024 - y for y in range(2020, 2025)}  # falling
        facts[pi + "_benchmark"] = {y: 10 for y in range(2020, 2025)}
    return facts


def test_a_change_in_an_earlier_year_reaches_the_trend(dcsf):
    """The SMD grade reads the share of criteria met in earlier years: a
    fact that changes a criterion only in an earlier year reaches it, though
    no verdict of this year changes."""
    facts = _everything_shown(dcsf)
    live = Incremental(dcsf, facts, evaluation_date=DAY)
    assert live.verdict("smd") == "outstanding"
    series = {**facts["staff_share_values"], 2023: 0}
    changed = live.set("staff_share_values", series)
    assert changed["smd"] == "good" and set(changed) <= {"smd", "overall"}
    assert live.verdicts() == dcsf.verdicts(dict(facts, staff_share_values=series), evaluation_date=DAY)


def test_random_sequences_of_answers_give_the_full_verdicts(dcsf):
    rng = random.Random("incremental")
    params = ref.DEFAULT_PARAMETERS
    names = list(dcsf.facts)
    for _ in range(6):
        facts = workload.random_facts(rng, dcsf.facts, DAY, params, 0.6)
        live = Incremental(dcsf, facts, evaluation_date=DAY)
        current = dict(facts)
        for _ in range(40):
            name = rng.choice(names)
            value = workload.random_facts(rng, {name: dcsf.facts[name]}, DAY, params, 0.3).get(name)
            live.set(name, value)
            if value is None:
                current.pop(name, None)
            else:
                current[name] = value
            assert live.verdicts() == dcsf.verdicts(current, evaluation_date=DAY), name


def test_a_bad_answer_changes_nothing(dcsf):
    live = Incremental(dcsf, {"smart_targets": 95}, evaluation_date=DAY)
    before = live.verdicts()
    with pytest.raises(InputError, match="fact `smart_targets`: 140 is outside 0-100"):
        live.set("smart_targets", 140)
    with pytest.raises(InputError, match="`smart_target` is not a fact"):
        live.set("smart_target", 1)
    assert live.verdicts() == before


def test_a_linked_ruleset_is_judged_in_full_with_the_same_api():
    hmi = senrules.load_ruleset("hmi-2005")
    live = Incremental(hmi, {}, evaluation_date=DAY)
    live.set("smart_targets", 95)
    assert live.verdicts() == hmi.verdicts({"smart_targets": 95}, evaluation_date=DAY)
