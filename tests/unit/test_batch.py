"""Many services at once: ``verdicts_many`` (facts checked once per batch)
and the columnar path (:mod:`senrules.batch`) give exactly the per-service
answers, and refuse bad values with the same messages, naming the service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import senrules
from senrules.errors import InputError

DEMO = json.loads((Path(senrules.__file__).parent / "rules" / "dcsf-2008" / "demo.json").read_text())


@pytest.fixture(scope="module")
def dcsf():
    return senrules.load_ruleset("dcsf-2008")


def test_verdicts_many_converts_what_the_per_service_path_converts(dcsf):
    """JSON-style facts (years as text, dates as text, yes/no) are
    converted exactly as one service's facts are."""
    raw = DEMO["facts"]  # years as "2023", dates as "2024-03-01"
    plain = dict(raw, service_intervened="yes", smart_targets="92%")
    batch = [raw, plain, {}, {"smart_targets": 95}]
    expected = [dcsf.verdicts(f, evaluation_date="2024-09-01") for f in batch]
    assert dcsf.verdicts_many(batch, evaluation_date="2024-09-01") == expected
    assert expected[0]["overall"] == "good"


def test_verdicts_many_names_the_service_with_a_bad_value(dcsf):
    batch = [{"smart_targets": 50}, {"smart_targets": 50}, {"smart_targets": 140}]
    with pytest.raises(InputError) as err:
        dcsf.verdicts_many(batch, evaluation_date="2024-09-01")
    assert err.value.message == "service 3: fact `smart_targets`: 140 is outside 0-100, but it is a percentage"
    with pytest.raises(InputError, match=r"service 2: fact `cyp_targets_met` for 2024: 101 is outside 0-100"):
        dcsf.verdicts_many([{}, {"cyp_targets_met": {2023: 50, 2024: 101}}], evaluation_date="2024-09-01")
    with pytest.raises(InputError, match=r"`smart_target` is not a fact of this ruleset \(did you mean `smart_targets`\?\)"):
        dcsf.verdicts_many([{}, {"smart_target": 1}], evaluation_date="2024-09-01")


def test_verdicts_many_keeps_nan_and_wrong_types_out(dcsf):
    with pytest.raises(InputError, match="service 1: fact `smart_targets`: NaN is not a percentage"):
        dcsf.verdicts_many([{"smart_targets": float("nan")}], evaluation_date="2024-09-01")
    with pytest.raises(InputError, match="service 2: fact `purpose_statement`: 1 is not true or false"):
        dcsf.verdicts_many([{}, {"purpose_statement": 1}], evaluation_date="2024-09-01")
