"""Evaluating the example ruleset (the frozen copy in ruleset/): senrules
against the baseline and the peers.

Two groups, one per workload (see workload.py):

- "one service": one facts dict, one evaluation;
- "national batch": 153 LAs x 3 evaluation dates = 459 evaluations, through
  each engine's batch API where it has one (one call per evaluation date).

Engines: the hand-written baseline, rule-engine, zen-engine, senrules'
fast path (``verdicts`` / ``verdicts_many``) and senrules' full result with
explanations (``evaluate``).  Loading and compiling happen outside the timed
part.  Every timed call's answer is checked against the baseline's (except
``evaluate``, whose result is a richer structure), so a fast wrong engine
cannot win.  The senrules cases skip, with the reason, until
``senrules.load_ruleset`` exists.
"""

from __future__ import annotations

import pytest

import engines
import workload

ALL = ("baseline", "rule-engine", "zen-engine", "senrules-verdicts", "senrules-evaluate")


def _ids(name: str) -> str:
    return f"engine={name}"


@pytest.mark.benchmark(group="one service")
@pytest.mark.parametrize("engine_name", ALL, ids=_ids)
def test_one_service(benchmark, engine_name, service, expected_service):
    if engine_name == "senrules-evaluate":
        ruleset = engines.load_senrules()
        result = benchmark(ruleset.evaluate, service, evaluation_date=workload.ONE_SERVICE_DATE)
        assert result is not None
        return
    engine = engines.make(engine_name)
    got = benchmark(engine.verdicts, service, evaluation_date=workload.ONE_SERVICE_DATE)
    assert engines.plain(got) == expected_service


@pytest.mark.benchmark(group="national batch", min_rounds=3)
@pytest.mark.parametrize("engine_name", ALL, ids=_ids)
def test_national_batch(benchmark, engine_name, batch, batch_by_date, expected_batch):
    if engine_name == "senrules-evaluate":
        ruleset = engines.load_senrules()

        def evaluate_all():
            return [ruleset.evaluate(case.facts, evaluation_date=case.evaluation_date) for case in batch]

        results = benchmark(evaluate_all)
        assert len(results) == len(batch)
        return
    engine = engines.make(engine_name)

    def run():
        answers = []
        for evaluation_date, many in batch_by_date.items():
            answers += engine.verdicts_many(many, evaluation_date=evaluation_date)
        return answers

    got = benchmark(run)
    assert [engines.plain(v) for v in got] == expected_batch
