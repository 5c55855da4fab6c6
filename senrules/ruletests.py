"""Run the tests written inside rule files, and measure what they cover.

A rule test (``test "..." { on ...; given ...; with ...; expect ... }``) gives
facts and parameter values, evaluates the ruleset, and compares verdicts with
what it expects, as OPA's and OpenFisca's tests do.  A failure names the file,
line and test and says what was expected, what came out and why.

Coverage: an outcome of a criterion (or a grade of a standard, section or the
overall) is covered when some test expects that node at that level; the
report lists the nodes no test mentions and the outcomes no test expects.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from senrules import model as m
from senrules.errors import InputError
from senrules.ruleset import Ruleset


@attrs.frozen
class TestFailure:
    test: str
    location: str
    message: str


@attrs.frozen
class TestReport:
    ruleset: str
    passed: tuple[str, ...]
    failures: tuple[TestFailure, ...]
    covered: frozenset  # (node id, level or "unknown")

    @property
    def ok(self) -> bool:
        return not self.failures


def literal_value(lit: m.Literal):
    """The run-time value of a literal written in a test."""
    if lit.kind == "list":
        return [literal_value(x) for x in lit.value]
    if lit.kind == "record":
        return {k: literal_value(v) for k, v in lit.value}
    return lit.value


def _verdicts(rs: Ruleset, facts: dict, evaluation_date, params: dict) -> dict[str, str]:
    """Every node's verdict as a test names it (a level, "unknown" or "no
    outcome"), from the compiled fast path: no explanation is built, so a
    passing test costs one evaluation."""
    from senrules.engine import node_masks, verdict_name, parse_evaluation_date, resolve_parameters
    from senrules.facts import prepare_facts
    from senrules.links import resolve_links

    D = parse_evaluation_date(evaluation_date)
    P = resolve_parameters(rs, params, D)
    F = prepare_facts(rs.facts, resolve_links(rs, facts, evaluation_date=D), with_provenance=False)[0]
    masks, _ = node_masks(rs, F, P, D, D.year)
    return {node.id: verdict_name(node, mask)[0] for node, mask in zip(rs.program.nodes, masks)}


def run_test(rs: Ruleset, test: m.RuleTest) -> tuple[TestFailure | None, set]:
    """Run one rule test: a failure (or None) and the (node, level) pairs it
    expected.  Only a failing test is evaluated in full, to say why."""
    where = f"{test.span.file}:{test.span.line}" if test.span.line else rs.id
    facts = {a.name: literal_value(a.value) for a in test.given}
    params = {a.name: literal_value(a.value) for a in test.parameters}
    on = test.on or _dt.date.today()
    covered: set = {(e.target, e.level or "unknown") for e in test.expectations}
    try:
        verdicts = _verdicts(rs, facts, on, params)
    except InputError as err:
        return TestFailure(test.name, where, f"cannot evaluate: {err.message}"), set()
    if all(verdicts.get(e.target) == (e.level or "unknown") for e in test.expectations):
        return None, covered
    result = rs.evaluate(facts, evaluation_date=on, parameters=params)
    problems = []
    for e in test.expectations:
        j = result.judgement(e.target)
        want = e.level or "unknown"
        if j.verdict != want:
            why = f" (decided by `{j.decided_by}`)" if j.decided_by else ""
            if j.verdict == "unknown" and j.missing:
                why = f" (missing: {', '.join(j.missing_described())})"
            line = f" (line {e.span.line})" if e.span.line else ""
            problems.append(f"expected {e.target} to be {want}, got {j.verdict}{why}{line}")
    if problems:
        return TestFailure(test.name, where, "; ".join(problems)), covered
    return None, covered


def run_tests(rs: Ruleset) -> TestReport:
    """Run every test of a ruleset."""
    passed, failures, covered = [], [], set()
    for test in rs.tests:
        failure, seen = run_test(rs, test)
        covered |= seen
        if failure is None:
            passed.append(test.name)
        else:
            failures.append(failure)
    return TestReport(rs.id, tuple(passed), tuple(failures), frozenset(covered))


def coverage_gaps(rs: Ruleset, report: TestReport) -> list[str]:
    """Lines naming nodes and outcomes that no test expects."""
    lines = []
    expected_nodes = {node for node, _ in report.covered}
    for node in rs.program.nodes:
        if node.id not in expected_nodes:
            lines.append(f"{node.kind} {node.id}: no test expects a verdict")
            continue
        outcomes = [c.outcome for c in node.clauses]
        missing = [o for o in dict.fromkeys(outcomes) if (node.id, o) not in report.covered]
        if (node.id, "unknown") not in report.covered:
            missing.append("unknown")
        if missing:
            lines.append(f"{node.kind} {node.id}: no test expects {', '.join(missing)}")
    return lines
