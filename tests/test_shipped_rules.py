"""Every test written inside the shipped rule files, one pytest item each
(OpenFisca style): a failure names the rule file, line and test."""

from __future__ import annotations

import functools

import pytest

import senrules
from senrules.ruletests import run_test


@functools.cache
def _loaded(ident: str) -> senrules.Ruleset:
    return senrules.load_ruleset(ident, cache=False)


def _cases():
    for ident in senrules.shipped_rulesets():
        for index, test in enumerate(_loaded(ident).tests):
            yield pytest.param(ident, index, id=f"{ident}: {test.name}")


@pytest.mark.parametrize("ident,index", list(_cases()))
def test_rule_file_test(ident, index):
    rs = _loaded(ident)
    failure, _ = run_test(rs, rs.tests[index])
    assert failure is None, f"{failure.location}: Test '{failure.test}': {failure.message}"


@pytest.mark.parametrize("ident", list(senrules.shipped_rulesets()))
def test_shipped_rulesets_load_without_warnings_and_cite_every_rule(ident):
    rs = _loaded(ident)
    assert rs.diagnostics == ()
    for node in rs.program.nodes:
        if node.kind in ("criterion", "standard", "section"):
            assert node.decl.citations, f"{node.kind} {node.id} has no citation"
    for p in rs.parameters.values():
        assert p.doc and p.citations, f"parameter {p.name} needs a doc and a citation"
