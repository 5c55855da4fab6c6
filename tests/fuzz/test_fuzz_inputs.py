"""No internal error from any input: hypothesis drives every kind of input
through the real ``senrules`` command (in this process) and fails on an
internal error, a traceback, an exit code other than 0, 1 or 2, or
``--format json`` output that is not JSON (see fuzz/fuzz_targets.py).

This is the short run CI does (``SENRULES_FUZZ_EXAMPLES`` examples per kind,
default 12: well under a minute of CPU in all).  Longer runs: set
``SENRULES_FUZZ_EXAMPLES=2000``, or use the atheris entry point
``fuzz/fuzz_inputs.py``; see docs/fuzzing.md.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

import fuzz_targets as targets
from fuzz_strategies import (
    csv_inputs, facts_inputs, manifest_inputs, parameters_inputs, proposal_inputs, rule_inputs, session_inputs,
    xlsx_inputs,
)

EXAMPLES = int(os.environ.get("SENRULES_FUZZ_EXAMPLES", "12"))

fuzz = settings(
    max_examples=EXAMPLES, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


@pytest.fixture(autouse=True, scope="module")
def _short_plugin_timeout():
    """A plugin that hangs on fuzzed input is found in seconds, not a minute."""
    old = os.environ.get("SENRULES_PLUGIN_TIMEOUT")
    os.environ["SENRULES_PLUGIN_TIMEOUT"] = "20"
    yield
    if old is None:
        os.environ.pop("SENRULES_PLUGIN_TIMEOUT", None)
    else:
        os.environ["SENRULES_PLUGIN_TIMEOUT"] = old


@fuzz
@given(rule_inputs)
def test_rule_files_never_give_an_internal_error(data):
    targets.rules(data)


@fuzz
@given(facts_inputs)
def test_facts_files_never_give_an_internal_error(case):
    ruleset, toml, data = case
    targets.facts(data, toml=toml, ruleset=ruleset)


@fuzz
@given(parameters_inputs)
def test_parameter_files_never_give_an_internal_error(case):
    ruleset, toml, data = case
    targets.parameters(data, toml=toml, ruleset=ruleset)


@fuzz
@given(manifest_inputs)
def test_manifests_never_give_an_internal_error(data):
    targets.manifest(data)


@fuzz
@given(csv_inputs)
def test_csv_tables_never_give_an_internal_error(case):
    kind, data = case
    targets.csv(data, kind=kind)


@fuzz
@given(xlsx_inputs)
def test_xlsx_workbooks_never_give_an_internal_error(case):
    kind, data = case
    targets.xlsx(data, kind=kind)


@fuzz
@given(proposal_inputs)
def test_proposals_never_give_an_internal_error(case):
    suffix, data = case
    targets.proposal(data, suffix=suffix)


@fuzz
@given(session_inputs)
def test_damaged_session_files_are_resumed_or_refused_by_name(data):
    targets.session(data)


def test_the_targets_do_catch_an_internal_error(monkeypatch):
    """The property can fail: an internal error in the command is a finding."""
    from senrules import ruleset

    def broken(*_a, **_k):
        raise ZeroDivisionError("planted")

    monkeypatch.setattr(ruleset, "compile_texts", broken)
    with pytest.raises(targets.Finding, match="internal error: ZeroDivisionError: planted"):
        targets.rules(b'ruleset x { title "t" }\n')
