"""``senrules check`` on the shipped dcsf-2008 ruleset, step by step.

Group "check dcsf-2008", in one process, the rules' text already read:

- ``compile_texts``: parse and check the rule files, tests included, as
  ``senrules check`` does first (the baseline: every check does it);
- ``analyse``: the exhaustive analysis of every criterion and grading
  (``senrules.analysis.analyse``), which ``--no-analysis`` skips;
- ``review``: what a reviewer would query (``senrules.review.review``):
  citations, and the levels of the outcomes and grades no rule can give,
  found by running the analysis node by node in evaluation order;
- ``review_no_analysis``: the same as ``--no-analysis`` runs it (citations
  and the levels no clause names).

Each row records ``x_compile`` in its ``extra_info``: its median over the
median of ``compile_texts``.  Run with ``--benchmark-timer=time.process_time``
on a shared machine:

    pytest benchmarks/bench_check.py --benchmark-only --benchmark-timer=time.process_time
"""

from __future__ import annotations

from pathlib import Path

import pytest

from senrules.analysis import analyse
from senrules.review import review
from senrules.ruleset import compile_texts

RULES = Path(__file__).resolve().parent.parent / "senrules" / "rules" / "dcsf-2008"
MEDIANS: dict[str, float] = {}


@pytest.fixture(scope="module")
def named():
    return [(str(p), p.read_text(encoding="utf-8")) for p in sorted(RULES.glob("*.rules"))]


@pytest.fixture(scope="module")
def program(named):
    program, _ = compile_texts(named)
    return program


def _note(benchmark, name):
    MEDIANS[name] = benchmark.stats.stats.median
    if name != "compile_texts" and "compile_texts" in MEDIANS:
        benchmark.extra_info["x_compile"] = round(MEDIANS[name] / MEDIANS["compile_texts"], 4)


@pytest.mark.benchmark(group="check dcsf-2008")
def test_compile_texts(benchmark, named):
    program, _ = benchmark(compile_texts, named)
    assert len(program.nodes) == 94  # 75 criteria, 16 standards, 2 sections, the overall judgement
    _note(benchmark, "compile_texts")


@pytest.mark.benchmark(group="check dcsf-2008")
def test_analyse(benchmark, program):
    assert benchmark(analyse, program) == []
    _note(benchmark, "analyse")


@pytest.mark.benchmark(group="check dcsf-2008")
def test_review(benchmark, program):
    assert benchmark(review, program) == []
    _note(benchmark, "review")


@pytest.mark.benchmark(group="check dcsf-2008")
def test_review_no_analysis(benchmark, program):
    assert benchmark(review, program, analysis=False) == []
    _note(benchmark, "review_no_analysis")
