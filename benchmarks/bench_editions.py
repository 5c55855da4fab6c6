"""Dated parameter values cost nothing per clause (issue 15): the shipped
``dcsf-2008`` against a copy whose ``majority_of_cyp`` has dated values, in
one run, on the national batch's services.

The value in force is chosen once per evaluation (once per date in a batch:
:meth:`senrules.ruleset.Ruleset.defaults_on`), never per clause, so the
dated copy should take the time the shipped rules take.  Rows (each group's
baseline is the shipped ruleset, ratios in ``extra_info``):

- ``dated one service``: ``verdicts`` and ``evaluate`` on one service;
- ``dated national batch``: ``verdicts_many`` (columnar from the mappings)
  and the per-service path over the 459 services of three evaluation dates,
  with a dated value that changes between them (2023-06-01), so the batch is
  split by the values in force: every answer is checked against the
  hand-written reference given the value of each date.

Run: ``pytest benchmarks/bench_editions.py --benchmark-only --benchmark-group-by=group
--benchmark-timer=time.process_time``.
"""

from __future__ import annotations

import datetime
import shutil

import pytest

import dcsf_reference as ref
import dcsf_workload as wl

senrules = pytest.importorskip("senrules")
pytest.importorskip("numpy", reason="the columnar path needs numpy (pip install 'senrules[batch]')")

CHANGE = datetime.date(2023, 6, 1)  # between the workload's 2022-09-01 and 2023-09-01
DATED = f'  cite "DCSF 2008" "para 11"\n  from {CHANGE} = 60\n}}'


@pytest.fixture(scope="module")
def shipped():
    return senrules.load_ruleset("dcsf-2008")


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    from senrules.ruleset import shipped_rulesets

    folder = tmp_path_factory.mktemp("dated") / "dcsf-2008"
    shutil.copytree(shipped_rulesets()["dcsf-2008"], folder)
    framework = folder / "framework.rules"
    text = framework.read_text(encoding="utf-8")
    start = text.index("parameter majority_of_cyp:")
    end = text.index("\n}", start) + 2
    block = text[start:end]
    assert block.endswith('  cite "DCSF 2008" "para 11"\n}')
    framework.write_text(text[:start] + block[: -len('  cite "DCSF 2008" "para 11"\n}')] + DATED + text[end:], encoding="utf-8")
    rs = senrules.load_ruleset(folder)
    assert [dv.start for dv in rs.parameters["majority_of_cyp"].dated] == [CHANGE]
    return rs


@pytest.fixture(scope="module")
def national(shipped):
    return wl.national_batch(shipped.facts, ref.DEFAULT_PARAMETERS)


def _reference(case) -> dict:
    params = {"majority_of_cyp": 60} if case.evaluation_date >= CHANGE else None
    return ref.verdicts(case.facts, case.evaluation_date, params)


TIMES: dict = {}


def _ratio(benchmark, baseline: str) -> None:
    TIMES[benchmark.name] = benchmark.stats.stats.min if benchmark.stats else None
    if TIMES.get(baseline) and TIMES[benchmark.name]:
        benchmark.extra_info["x shipped (min)"] = round(TIMES[benchmark.name] / TIMES[baseline], 3)


@pytest.mark.benchmark(group="dated one service")
@pytest.mark.parametrize("rules", ["shipped", "dated"])
@pytest.mark.parametrize("how", ["verdicts", "evaluate"])
def test_one_service(benchmark, shipped, dated, national, rules, how):
    case = national[-1]  # evaluated on 2024-09-01: the dated value (60) is in force
    rs = shipped if rules == "shipped" else dated
    expected = ref.verdicts(case.facts, case.evaluation_date) if rules == "shipped" else _reference(case)
    if how == "verdicts":
        got = benchmark(rs.verdicts, case.facts, evaluation_date=case.evaluation_date)
    else:
        result = benchmark(rs.evaluate, case.facts, evaluation_date=case.evaluation_date)
        got = {j.id: (j.verdict if j.verdict != "unknown" else None) for j in result.judgements}
        assert rules == "shipped" or result.parameters[0].start == CHANGE
    assert got == expected
    _ratio(benchmark, f"test_one_service[{how}-shipped]")


@pytest.mark.benchmark(group="dated national batch", min_rounds=5)
@pytest.mark.parametrize("rules", ["shipped", "dated"])
@pytest.mark.parametrize("how", ["verdicts_many", "per-service"])
def test_national_batch(benchmark, shipped, dated, national, rules, how):
    from senrules.engine import verdicts_each

    rs = shipped if rules == "shipped" else dated
    items = [(c.facts, c.evaluation_date) for c in national]
    got = benchmark(rs.verdicts_many if how == "verdicts_many" else lambda batch: verdicts_each(rs, batch), items)
    if rules == "shipped":
        assert got == [ref.verdicts(c.facts, c.evaluation_date) for c in national]
    else:
        assert got == [_reference(c) for c in national]
    _ratio(benchmark, f"test_national_batch[{how}-shipped]")
