"""Plugin dispatch: what calling evidence plugins through senrules costs.

Group "plugin-dispatch":

- ``direct``: calling N hook functions by hand and collecting their
  evidence, the floor;
- ``pluggy``: ``pm.hook.senrules_gather_evidence(...)``, pluggy's own loop
  (which stops at the first plugin that raises);
- ``facade``: ``Plugins.gather_evidence``, which calls each plugin on its own
  (so a crash is reported, not fatal) and checks every value against the
  ruleset: the path an evaluation takes.

Each plugin supplies 10 values.  Group "plugin-demo": gathering the demo
service's files with the built-in plugins (the reading and checking of real
CSV and .xlsx files, for scale).
"""

from __future__ import annotations

import datetime as dt
import types
from pathlib import Path

import pytest

import senrules
from senrules import Evidence, Provenance, hookimpl
from senrules.gather import EvaluationContext, context_for
from senrules.plugins import Plugins, get_plugin_manager

DATE = dt.date(2024, 9, 30)
FACTS = ("cyp_supported", "monitoring_interval", "cyp_survey_responses", "parents_positive", "monitoring_interval")
DEMO = Path(__file__).resolve().parent.parent / "senrules" / "demo" / "northshire"


def _plugin(i):
    evidence = [Evidence(FACTS[k % len(FACTS)], 10 + k, Provenance(f"p{i}", file="f.csv", row=k + 2)) for k in range(10)]

    def senrules_gather_evidence(ruleset, context):
        return evidence

    return types.SimpleNamespace(senrules_gather_evidence=hookimpl(senrules_gather_evidence))


@pytest.fixture(scope="module")
def ruleset():
    return senrules.load_ruleset("example", cache=False)


@pytest.mark.benchmark(group="plugin-dispatch")
@pytest.mark.parametrize("n", [1, 10, 50], ids=lambda n: f"plugins={n}")
@pytest.mark.parametrize("how", ["direct", "pluggy", "facade"])
def test_dispatch(benchmark, ruleset, n, how):
    pm = get_plugin_manager(load_entrypoints=False)
    pm.set_blocked("facts_file")
    plugins = [_plugin(i) for i in range(n)]
    for i, p in enumerate(plugins):
        pm.register(p, name=f"p{i}")
    context = EvaluationContext(evaluation_date=DATE, ruleset="example")
    if how == "direct":
        def run():
            out = []
            for p in plugins:
                out.extend(p.senrules_gather_evidence(ruleset, context))
            return out
    elif how == "pluggy":
        def run():
            return [e for result in pm.hook.senrules_gather_evidence(ruleset=ruleset, context=context) for e in result]
    else:
        facade = Plugins(pm)

        def run():
            return facade.gather_evidence(ruleset, context).evidence
    assert len(run()) == 10 * n
    benchmark(run)


@pytest.mark.benchmark(group="plugin-demo")
def test_gather_the_demo_service(benchmark, ruleset):
    plugins = Plugins()
    context = context_for(DEMO, ruleset="example")
    gathered = benchmark(plugins.gather_evidence, ruleset, context)
    assert gathered.problems == ()
