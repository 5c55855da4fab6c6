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
    with pytest.raises(InputError, match="^fact `smart_targets`: NaN is not a percentage"):
        dcsf.verdicts_many([{"smart_targets": float("nan")}], evaluation_date="2024-09-01")
    with pytest.raises(InputError, match="service 2: fact `purpose_statement`: 1 is not true or false"):
        dcsf.verdicts_many([{}, {"purpose_statement": 1}], evaluation_date="2024-09-01")


# ------------------------------------------------------------------ the columnar path

import concurrent.futures  # noqa: E402
import datetime as dt  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402

np = pytest.importorskip("numpy", reason="the columnar batch path needs numpy (pip install 'senrules[batch]')")

from senrules import batch as columnar  # noqa: E402
from senrules.engine import verdicts_each  # noqa: E402  (the per-service path)

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


def _defaults(rs) -> dict:
    """The ruleset's parameters, in the form the workload uses to place
    values on edges (dcsf-2008's names fill in for another ruleset)."""
    out = dict(ref.DEFAULT_PARAMETERS)
    for name, value in rs.default_parameters.items():
        out[name] = (value.amount, value.unit) if hasattr(value, "unit") else value
    return out


def _services(rs, n: int, seed: str, dates=(dt.date(2024, 2, 29), dt.date(2023, 9, 1), dt.date(2024, 3, 31))):
    rng = random.Random(seed)
    own = {k: f for k, f in rs.facts.items() if f.linked is None}
    out = []
    for i in range(n):
        day = dates[i % len(dates)]
        out.append((workload.random_facts(rng, own, day, _defaults(rs), rng.choice((0.0, 0.2, 0.5))), day))
    return out


@pytest.mark.parametrize("ruleset", ["dcsf-2008", "example", "sen-improvement-test-2007"])
def test_columnar_verdicts_are_the_per_service_verdicts(ruleset):
    """Every verdict of every service, with the services' own evaluation
    dates (29 February and month ends among them), facts missing at
    random: the columnar path gives what verdicts_many gives, and the
    same sets of possible levels as the per-service path."""
    rs = senrules.load_ruleset(ruleset)
    items = _services(rs, 300, f"columnar-{ruleset}")
    result = rs.evaluate_batch(items)
    assert result.path == "columnar"
    assert result.rows() == verdicts_each(rs, items)
    from senrules.engine import node_masks, resolve_parameters
    from senrules.facts import prepare_facts

    P = resolve_parameters(rs, None)
    for (facts, day), got in zip(items[:60], result.possible()):
        masks, _ = node_masks(rs, prepare_facts(rs.facts, facts, with_provenance=False)[0], P, day, day.year)
        for node, mask in zip(rs.program.nodes, masks):
            expected = {lvl for i, lvl in enumerate(node.scale) if mask & (1 << i)} | ({None} if mask & (1 << 30) else set())
            assert got[node.id] == expected, (node.id, facts)


def test_columnar_verdicts_with_parameters_varied(dcsf):
    rng = random.Random("columnar-parameters")
    for _ in range(4):
        params = ref.parameters_with(workload.random_parameters(rng, dcsf.program.parameters))
        day = dt.date(2024, 9, 1)
        items = [workload.random_facts(rng, dcsf.facts, day, params, 0.1) for _ in range(100)]
        got = dcsf.evaluate_batch(items, evaluation_date=day, parameters=workload.engine_parameters(params))
        assert got.rows() == verdicts_each(dcsf, items, evaluation_date=day, parameters=workload.engine_parameters(params))
        assert [{i: p for i, p in row.items()} for row in got.possible()] == [ref.judge(f, day, params) for f in items]


def test_columns_given_as_arrays_give_the_same_verdicts(dcsf):
    items = [facts for facts, _ in _services(dcsf, 200, "arrays", dates=(dt.date(2024, 9, 1),))]
    arrays = workload.as_columns(dcsf.facts, items)
    assert isinstance(arrays["smart_targets"], np.ndarray)
    from_columns = dcsf.evaluate_batch(columns=arrays, evaluation_date="2024-09-01")
    assert from_columns.rows() == verdicts_each(dcsf, items, evaluation_date="2024-09-01")
    assert from_columns.column("overall") == [v["overall"] for v in verdicts_each(dcsf, items, evaluation_date="2024-09-01")]


def test_bad_columns_are_refused_naming_the_service(dcsf):
    with pytest.raises(InputError, match=r"service 2: fact `smart_targets`: 140 is outside 0-100, but it is a percentage"):
        dcsf.evaluate_batch(columns={"smart_targets": np.array([50.0, 140.0])}, evaluation_date="2024-09-01")
    with pytest.raises(InputError, match=r"service 3: fact `cyp_targets_met` for 2024: 101 is outside 0-100"):
        dcsf.evaluate_batch(columns={"cyp_targets_met": {2024: [50, 60, 101]}}, evaluation_date="2024-09-01")
    with pytest.raises(InputError, match=r"fact `purpose_statement`: 2 values, but other columns have 3 \(one value per service\)"):
        dcsf.evaluate_batch(columns={"purpose_statement": [True, False], "smart_targets": [1, 2, 3]}, evaluation_date="2024-09-01")
    with pytest.raises(InputError, match=r"`smart_target` is not a fact of this ruleset"):
        dcsf.evaluate_batch(columns={"smart_target": [1]}, evaluation_date="2024-09-01")
    with pytest.raises(InputError, match=r"service 2: fact `purpose_statement`: 2 is not true or false"):
        dcsf.evaluate_batch(columns={"purpose_statement": np.array([1.0, 2.0])}, evaluation_date="2024-09-01")


def test_progress_is_reported_chunk_by_chunk(dcsf):
    items = [facts for facts, _ in _services(dcsf, 250, "progress")]
    seen = []
    chunked = dcsf.evaluate_batch(items, evaluation_date="2024-09-01", chunk_size=100, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(100, 250), (200, 250), (250, 250)]
    assert chunked.rows() == dcsf.evaluate_batch(items, evaluation_date="2024-09-01").rows()


def test_a_ruleset_reading_linked_verdicts_takes_the_per_service_path():
    hmi = senrules.load_ruleset("hmi-2005")
    items = [{"smart_targets": 95, "purpose_statement": True}, {}]
    result = hmi.evaluate_batch(items, evaluation_date="2024-09-01")
    assert result.path == "per-service"
    assert result.rows() == verdicts_each(hmi, items, evaluation_date="2024-09-01")


def test_without_numpy_the_message_says_what_to_install(dcsf, monkeypatch):
    monkeypatch.setattr(columnar, "np", None)
    with pytest.raises(senrules.errors.SenrulesError, match=r"pip install 'senrules\[batch\]'"):
        dcsf.evaluate_batch([{}], evaluation_date="2024-09-01")


# ------------------------------------------------------------------ partitions, as on a distributed engine


def _partitions(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_partitions_mapped_by_an_executor_give_the_whole_batch(dcsf):
    items = _services(dcsf, 120, "partitions")
    whole = dcsf.evaluate_batch(items).columns()
    seen = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        joined = columnar.map_partitions("dcsf-2008", _partitions(items, 25), executor=pool, progress=lambda d, t: seen.append(d))
    assert joined == whole
    assert seen == [25, 50, 75, 100, 120]


def test_partitions_in_other_processes_give_the_whole_batch(dcsf):
    """What a distributed engine does: ship the ruleset's id and a
    partition of facts to another process, get plain columns back."""
    items = [facts for facts, _ in _services(dcsf, 60, "processes", dates=(dt.date(2024, 9, 1),))]
    import multiprocessing

    # (spawn: a fresh interpreter, as a worker on another machine would be;
    # fork from a process with threads is deprecated)
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        joined = columnar.map_partitions("dcsf-2008", _partitions(items, 30), executor=pool, evaluation_date="2024-09-01")
    assert joined == dcsf.evaluate_batch(items, evaluation_date="2024-09-01").columns()


def test_partitions_on_dask_local_scheduler(dcsf):
    bag = pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'senrules[dask]')")
    items = [facts for facts, _ in _services(dcsf, 90, "dask", dates=(dt.date(2024, 9, 1),))]

    def partition(facts):
        cols = columnar.evaluate_partition("dcsf-2008", facts, evaluation_date="2024-09-01")
        return [dict(zip(cols, row)) for row in zip(*cols.values())]

    rows = bag.from_sequence(items, npartitions=3).map_partitions(partition).compute(scheduler="synchronous")
    assert rows == verdicts_each(dcsf, items, evaluation_date="2024-09-01")


def test_columns_with_a_date_per_service(dcsf):
    """Columns whose services have their own evaluation dates: each reads
    its own years of the per-year columns."""
    items = _services(dcsf, 150, "arrays-dated")
    arrays = workload.as_columns(dcsf.facts, [f for f, _ in items])
    got = dcsf.evaluate_batch(columns=arrays, evaluation_date=[d for _, d in items])
    assert got.rows() == verdicts_each(dcsf, items)



def test_verdicts_many_takes_the_columnar_path_for_a_large_batch(dcsf, monkeypatch):
    """From COLUMNAR_FROM services on, verdicts_many evaluates column by
    column (the same answers); below it, service by service."""
    from senrules import engine

    items = _services(dcsf, engine.COLUMNAR_FROM, "dispatch")
    calls = []
    real = columnar.evaluate_batch
    monkeypatch.setattr(columnar, "evaluate_batch", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert dcsf.verdicts_many(items) == verdicts_each(dcsf, items)
    assert calls == [1]
    assert dcsf.verdicts_many(items[:3]) == verdicts_each(dcsf, items[:3])
    assert calls == [1]


# ------------------------------------------------------------------ checking a batch = checking each service

import functools  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 150), st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.sampled_from(["yes", "no", "92%", "2024-03-01", "2024-02-30", "some", "all four", "12", "x"]),
    st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
    st.dictionaries(st.sampled_from([2022, 2023, 2024, "2024", "x"]), st.one_of(st.integers(-5, 120), st.floats(0, 100), st.none()), max_size=3),
)
_FACTS = ["smart_targets", "purpose_statement", "plan_reviewed_on", "cyp_targets_met", "expectations_statement", "funding_strategy_years"]


@functools.cache
def _dcsf():
    return senrules.load_ruleset("dcsf-2008")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(_FACTS), _VALUES, max_size=4), min_size=1, max_size=5))
def test_a_batch_is_checked_as_each_service_is(batch):
    """Whatever the values (text to convert, years as text, NaN, out of
    range, wrong types), checking a batch accepts what checking each
    service accepts, with the same values, and refuses what it refuses."""
    from senrules.facts import check_batch, prepare_facts

    rs = _dcsf()
    one_by_one = []
    for facts in batch:
        try:
            one_by_one.append(prepare_facts(rs.facts, facts, with_provenance=False)[0])
        except InputError:
            one_by_one = None
            break
    if one_by_one is None:
        with pytest.raises(InputError, match=r"^(service \d+: )?fact `"):
            check_batch(rs.facts, batch)
    else:
        assert check_batch(rs.facts, batch) == one_by_one
