"""Where on the frame stack the evaluation runs, and what
:func:`senrules.headroom.with_headroom` does about it (issue 13).

On CPython 3.11-3.13 a call made exactly at the end of a 16 KB frame-stack
chunk maps and unmaps a chunk every time (``frame_stack_repro.py`` shows it
with nothing of senrules).  This file finds, in this very process, the
stack position at which the per-service path over the national batch is
slowest and the one at which it is fastest, with the engine's entry point
unwrapped (``verdicts_each.__wrapped__``, the code before the fix), then
times, in group ``dcsf frame-stack position`` (459 services, every answer
checked against the hand-written reference):

- unwrapped, at its fastest position (the baseline);
- unwrapped, at its slowest position (what pytest used to measure);
- the shipped ``verdicts_each`` (with headroom) at both positions.

Run: ``pytest benchmarks/bench_frame_stack.py --benchmark-only
--benchmark-group-by=group --benchmark-timer=time.process_time
--benchmark-disable-gc``.
"""

from __future__ import annotations

import time

import pytest

import dcsf_reference as ref
import dcsf_workload as wl
from frame_stack_repro import padded

senrules = pytest.importorskip("senrules")
from senrules import engine  # noqa: E402
from senrules.headroom import NEEDED  # noqa: E402

pytestmark = pytest.mark.skipif(
    not NEEDED, reason="this Python keeps a frame-stack chunk for reuse (CPython 3.14+): nothing to measure"
)

STEP = 4
"""Positions tried, in value-stack slots (8 bytes each): every 32 bytes of a 16 KB chunk."""


@pytest.fixture(scope="module")
def rs():
    return senrules.load_ruleset("dcsf-2008")


@pytest.fixture(scope="module")
def items(rs):
    return [(c.facts, c.evaluation_date) for c in wl.national_batch(rs.facts, ref.DEFAULT_PARAMETERS)]


@pytest.fixture(scope="module")
def positions(rs, items):
    """(fastest, slowest) padding for the unwrapped per-service path, timed
    on the first 20 services at every position of a chunk."""
    unwrapped = engine.verdicts_each.__wrapped__
    sample = items[:20]

    def timed():
        start = time.process_time()
        unwrapped(rs, sample)
        return time.process_time() - start

    found = []
    for slots in range(0, 2048 + STEP, STEP):
        fn = padded(slots)
        found.append((min(fn(timed) for _ in range(2)), slots))
    found.sort()
    return found[0][1], found[-1][1]


TIMES: dict = {}


@pytest.mark.benchmark(group="dcsf frame-stack position", min_rounds=5)
@pytest.mark.parametrize(
    "where, wrapped",
    [("fastest", False), ("slowest", False), ("slowest", True), ("fastest", True)],
    ids=["unwrapped-fastest", "unwrapped-slowest", "headroom-slowest", "headroom-fastest"],
)
def test_position(benchmark, rs, items, positions, where, wrapped):
    slots = positions[0] if where == "fastest" else positions[1]
    fn = engine.verdicts_each if wrapped else engine.verdicts_each.__wrapped__
    at = padded(slots)
    got = benchmark(at, fn, rs, items)
    assert got == [ref.verdicts(f, d) for f, d in items]
    benchmark.extra_info["padding (slots)"] = slots
    TIMES[benchmark.name] = benchmark.stats.stats.min
    base = TIMES.get("test_position[unwrapped-fastest]")
    if base:
        benchmark.extra_info["x unwrapped at its fastest (min)"] = round(TIMES[benchmark.name] / base, 3)
