"""Every test written inside the shipped rule files, one pytest item each
(OpenFisca style): a failure names the rule file, line and test."""

from __future__ import annotations

import pytest

import senrules
from senrules.ruletests import run_tests


def _cases():
    for ident in senrules.shipped_rulesets():
        rs = senrules.load_ruleset(ident)
        for test in rs.tests:
            yield pytest.param(ident, test.name, id=f"{ident}: {test.name}")


@pytest.mark.parametrize("ident,name", list(_cases()))
def test_rule_file_test(ident, name):
    rs = senrules.load_ruleset(ident)
    rs.program.tests = [t for t in rs.tests if t.name == name]
    report = run_tests(rs)
    assert report.ok, "\n".join(f"{f.location}: Test '{f.test}': {f.message}" for f in report.failures)


@pytest.mark.parametrize("ident", list(senrules.shipped_rulesets()))
def test_shipped_rulesets_load_without_warnings_and_cite_every_rule(ident):
    rs = senrules.load_ruleset(ident, cache=False)
    assert rs.diagnostics == ()
    for node in rs.program.nodes:
        if node.kind in ("criterion", "standard", "section"):
            assert node.decl.citations, f"{node.kind} {node.id} has no citation"
    for p in rs.parameters.values():
        assert p.doc and p.citations, f"parameter {p.name} needs a doc and a citation"
