"""The shipped ``dcsf-2008`` ruleset (75 criteria, 16 standards, 2 sections)
against its hand-written reference (``dcsf_reference.py``), in one run.

Groups (each row beside its baseline, ratios in ``extra_info``):

- ``dcsf one service``: one service's facts: the reference (baseline),
  ``Ruleset.verdicts`` and ``Ruleset.evaluate`` (the full explained result);
- ``dcsf national batch``: 153 LAs x 3 evaluation dates (459 services, about
  10% of facts missing, three years of per-year data, strong and weak
  services): the reference (baseline), the per-service path
  (``engine.verdicts_each``, facts checked once per batch), ``verdicts_many``
  (which takes the columnar path from the mappings for a batch this size),
  and the columnar path from columns (numpy arrays, as a warehouse or a CSV
  reader hands them over);
- ``dcsf 10,000 cases`` and ``dcsf 100,000 cases``: the columnar path from
  columns, beside the per-service path (10,000 only: it takes seconds);
- ``dcsf rule tests``: ``senrules test`` as a whole process (dcsf-2008's 411
  tests, and all shipped rulesets), beside the reference judging the same
  411 fact sets in process;
- ``dcsf assistant``: ``senrules assess --demo --plain`` (the dcsf-2008 demo
  service) from launch until the first question, as a whole process, beside
  a minimal Textual app (one label, headless) and a bare ``import senrules``.

Every timed answer is checked against the reference or the per-service path.
Loading (cold and cached) and the proposal check are measured in
``bench_parse.py`` and the proposals benchmarks.

Run: ``pytest benchmarks/bench_dcsf.py --benchmark-only --benchmark-group-by=group``.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest

import dcsf_reference as ref
import dcsf_workload as wl
from textual_baseline import MINIMAL_TEXTUAL

senrules = pytest.importorskip("senrules")
np = pytest.importorskip("numpy", reason="the columnar path needs numpy (pip install 'senrules[batch]')")
from senrules.headroom import with_headroom  # noqa: E402

# The baseline runs as the engine's entry points do, from a frame that starts
# a frame-stack chunk of its own (see senrules/headroom.py): otherwise where
# pytest's stack happens to stand could make the hand-written reference up
# to 11 times slower (bench_frame_stack.py), and every ratio with it.
REF_VERDICTS = with_headroom(ref.verdicts)


@pytest.fixture(scope="module")
def rs():
    return senrules.load_ruleset("dcsf-2008")


@pytest.fixture(scope="module")
def national(rs):
    return wl.national_batch(rs.facts, ref.DEFAULT_PARAMETERS)


@pytest.fixture(scope="module")
def by_date(national):
    groups: dict = {}
    for case in national:
        groups.setdefault(case.evaluation_date, []).append(case.facts)
    return groups


@pytest.fixture(scope="module")
def expected_national(national):
    return [ref.verdicts(c.facts, c.evaluation_date) for c in national]


def _ratio(benchmark, baseline_name: str, store: dict):
    """Record this row's time and, once the baseline ran, the ratio."""
    mean = benchmark.stats.stats.min if benchmark.stats else None
    store[benchmark.name] = mean
    base = store.get(baseline_name)
    if mean and base:
        benchmark.extra_info["x baseline (min)"] = round(mean / base, 3)


TIMES: dict = {}


# ------------------------------------------------------------------ one service


@pytest.mark.benchmark(group="dcsf one service")
@pytest.mark.parametrize("engine", ["reference", "verdicts", "evaluate"])
def test_one_service(benchmark, rs, national, engine):
    case = national[-1]
    expected = ref.verdicts(case.facts, case.evaluation_date)
    if engine == "reference":
        got = benchmark(REF_VERDICTS, case.facts, case.evaluation_date)
    elif engine == "verdicts":
        got = benchmark(rs.verdicts, case.facts, evaluation_date=case.evaluation_date)
    else:
        result = benchmark(rs.evaluate, case.facts, evaluation_date=case.evaluation_date)
        got = {j.id: (j.verdict if j.verdict != "unknown" else None) for j in result.judgements}
    assert got == expected
    _ratio(benchmark, "test_one_service[reference]", TIMES)


# ------------------------------------------------------------------ national batch


@pytest.mark.benchmark(group="dcsf national batch", min_rounds=5)
@pytest.mark.parametrize("engine", ["reference", "per-service", "verdicts_many", "columnar-columns"])
def test_national_batch(benchmark, rs, national, by_date, expected_national, engine):
    if engine == "reference":
        @with_headroom
        def run():
            return [v for day, batch in by_date.items() for v in ref.verdicts_many(batch, day)]
        got = benchmark(run)
        expected = [v for day, batch in by_date.items() for v in (ref.verdicts(f, day) for f in batch)]
    elif engine == "per-service":
        from senrules.engine import verdicts_each

        items = [(c.facts, c.evaluation_date) for c in national]
        got = benchmark(verdicts_each, rs, items)
        expected = expected_national
    elif engine == "verdicts_many":  # (columnar from the mappings, numpy being installed)
        items = [(c.facts, c.evaluation_date) for c in national]
        got = benchmark(rs.verdicts_many, items)
        expected = expected_national
    else:
        # the same 459 services as columns (numpy arrays), each with its own evaluation date
        columns = wl.as_columns(rs.facts, [c.facts for c in national])
        days = [c.evaluation_date for c in national]
        result = benchmark(lambda: rs.evaluate_batch(columns=columns, evaluation_date=days))
        got = result.rows()
        expected = expected_national
    assert got == expected
    _ratio(benchmark, "test_national_batch[reference]", TIMES)
    if engine in ("verdicts_many", "columnar-columns"):
        per_service = TIMES.get("test_national_batch[per-service]")
        if per_service:
            benchmark.extra_info["x per-service (min)"] = round(TIMES[benchmark.name] / per_service, 3)


# ------------------------------------------------------------------ larger batches


@pytest.fixture(scope="module")
def cases_10k(rs):
    return wl.cases(rs.facts, ref.DEFAULT_PARAMETERS, 10_000)


@pytest.mark.benchmark(group="dcsf 10,000 cases", min_rounds=2)
@pytest.mark.parametrize("engine", ["per-service", "columnar-columns"])
def test_ten_thousand(benchmark, rs, cases_10k, engine):
    from senrules.engine import verdicts_each

    day = wl.EVALUATION_DATES[-1]
    if engine == "per-service":
        got = benchmark.pedantic(verdicts_each, args=(rs, cases_10k), kwargs={"evaluation_date": day}, rounds=2, iterations=1)
        TIMES["10k-per-service"] = got
    else:
        columns = wl.as_columns(rs.facts, cases_10k)
        result = benchmark.pedantic(lambda: rs.evaluate_batch(columns=columns, evaluation_date=day), rounds=5, iterations=1)
        assert result.path == "columnar"
        per_service = TIMES.get("10k-per-service") or verdicts_each(rs, cases_10k, evaluation_date=day)
        assert result.rows() == per_service
    _ratio(benchmark, "test_ten_thousand[per-service]", TIMES)


@pytest.mark.benchmark(group="dcsf 100,000 cases", min_rounds=1)
def test_hundred_thousand(benchmark, rs):
    day = wl.EVALUATION_DATES[-1]
    cases = wl.cases(rs.facts, ref.DEFAULT_PARAMETERS, 100_000)
    columns = wl.as_columns(rs.facts, cases)
    seen = []
    result = benchmark.pedantic(
        lambda: rs.evaluate_batch(columns=columns, evaluation_date=day, progress=lambda d, t: seen.append(d)),
        rounds=2, iterations=1,
    )
    assert len(result) == 100_000 and seen[-1] == 100_000
    # the template repeats every 500 cases: check the first 500 against the per-service path
    from senrules.batch import BatchResult

    from senrules.engine import verdicts_each

    first = BatchResult(rs, {k: v[:500] for k, v in result.masks.items()}, result.path)
    assert first.rows() == verdicts_each(rs, cases[:500], evaluation_date=day)


# ------------------------------------------------------------------ rule tests


@pytest.mark.benchmark(group="dcsf rule tests", min_rounds=3)
@pytest.mark.parametrize("engine", ["reference, in process", "senrules test dcsf-2008", "senrules test (all shipped)"])
def test_rule_tests(benchmark, rs, engine):
    """``senrules test`` as a whole process (its aim: under 2 s for the
    shipped rulesets), beside the reference judging the same 411 fact sets."""
    from senrules.facts import prepare_facts
    from senrules.ruletests import literal_value

    if engine.startswith("senrules test"):
        args = [sys.executable, "-m", "senrules.cli", "test"] + (["dcsf-2008"] if "dcsf" in engine else [])
        start = len(CHILD_CPU)
        out = _whole_processes(benchmark, args)
        _child_cpu(benchmark, start)
        assert "0 failed" in out and "411 passed" in out
    else:
        cases = []
        for t in rs.tests:
            facts = prepare_facts(rs.facts, {a.name: literal_value(a.value) for a in t.given}, with_provenance=False)[0]
            params = {a.name: literal_value(a.value) for a in t.parameters}
            params = {k: (v.amount, v.unit) if hasattr(v, "unit") else v for k, v in params.items()}
            cases.append((facts, t.on or datetime.date.today(), params))
        benchmark(lambda: [ref.judge(f, on, p) for f, on, p in cases])
    _ratio(benchmark, "test_rule_tests[reference, in process]", TIMES)


# ------------------------------------------------------------------ the assistant's first question


CHILD_CPU: list[float] = []
"""CPU time (user + system) of each process run, in seconds: on a shared
machine the wall time mostly measures the other users."""


def _process(args, stdin=""):
    import resource

    env = dict(os.environ, NO_COLOR="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CHILD_CPU.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


PROCESS_ROUNDS = 7


def _whole_processes(benchmark, args):
    """Time ``PROCESS_ROUNDS`` runs of a whole process (after one untimed
    run), however the benchmark is timed: calibrating rounds by the timer
    would, under ``--benchmark-timer=time.process_time`` (which sees only
    this process, not the child), run the child hundreds of times and pass
    the test run's time limit.  The figure that matters is the child's CPU
    time, recorded by :func:`_child_cpu`."""
    return benchmark.pedantic(_process, args=(args,), rounds=PROCESS_ROUNDS, iterations=1, warmup_rounds=1)


def _child_cpu(benchmark, start: int) -> None:
    runs = CHILD_CPU[start:]
    if runs:
        benchmark.extra_info["process CPU min (ms)"] = round(min(runs) * 1000, 1)
        benchmark.extra_info["process CPU median (ms)"] = round(sorted(runs)[len(runs) // 2] * 1000, 1)


@pytest.mark.benchmark(group="dcsf assistant", min_rounds=5)
@pytest.mark.parametrize("what", ["import senrules", "minimal Textual app", "assess --demo --plain"])
def test_first_question(benchmark, what, tmp_path):
    start = len(CHILD_CPU)
    if what == "import senrules":
        _whole_processes(benchmark, [sys.executable, "-c", "import senrules"])
    elif what == "minimal Textual app":
        pytest.importorskip("textual")
        _whole_processes(benchmark, [sys.executable, "-c", MINIMAL_TEXTUAL])
    else:
        args = [sys.executable, "-m", "senrules.cli", "assess", "--demo", "--plain", "--date", "2024-09-30",
                "--db", str(tmp_path / "session.sqlite")]
        out = _whole_processes(benchmark, args)
        assert "Question 1 of" in out or "Questions 1-" in out  # one question, or a card of several
    _child_cpu(benchmark, start)
    _ratio(benchmark, "test_first_question[minimal Textual app]", TIMES)
