"""The JSON forms of the command line's reports, shared by ``--format json``
and ``senrules serve``; each has a published schema (see
:mod:`senrules.schema`): ``check``, ``test``, ``rulesets``, and the
``evidence_problems`` added to a result.
"""

from __future__ import annotations

from typing import Any

from senrules.schema import FIXED, facts_schema_id


def diagnostic_dict(d) -> dict:
    span = d.span
    return {
        "severity": d.severity, "code": d.code, "message": d.message, "hint": d.hint,
        "file": span.file if span else None, "line": span.line if span else None,
        "column": span.column if span else None, "end_line": span.end_line if span else None,
        "end_column": span.end_column if span else None,
    }


def check_report(entries: list[tuple[str, list]]) -> dict:
    """``[(target, diagnostics)]`` -> the ``check`` JSON report."""
    rulesets = [{"target": t, "findings": [diagnostic_dict(d) for d in ds]} for t, ds in entries]
    return {"$schema": FIXED["check"], "rulesets": rulesets, "findings": sum(len(r["findings"]) for r in rulesets)}


def test_entry(rs, report, coverage: bool) -> dict:
    entry: dict[str, Any] = {
        "id": rs.id,
        "passed": list(report.passed),
        "failures": [{"test": f.test, "location": f.location, "message": f.message} for f in report.failures],
        "coverage": None,
    }
    if coverage:
        from senrules.ruletests import coverage_gaps

        gaps = coverage_gaps(rs, report)
        nodes = len(rs.program.nodes)
        entry["coverage"] = {
            "verdicts": nodes,
            "expected": nodes - sum(1 for g in gaps if "no test expects a verdict" in g),
            "gaps": gaps,
        }
    return entry


def test_report(entries: list[dict]) -> dict:
    return {
        "$schema": FIXED["test"],
        "rulesets": entries,
        "passed": sum(len(e["passed"]) for e in entries),
        "failed": sum(len(e["failures"]) for e in entries),
    }


def ruleset_entry(ident: str, rs, origin: str, error: str | None = None, path: str | None = None) -> dict:
    h = rs.header if rs is not None else None
    entry: dict[str, Any] = {
        "id": ident,
        "title": h.title if h else None,
        "version": h.version if h else None,
        "source": h.source if h else None,
        "effective_from": h.effective_from.isoformat() if h and h.effective_from else None,
        "effective_to": h.effective_to.isoformat() if h and h.effective_to else None,
        "hash": rs.hash if rs is not None else None,
        "origin": origin,
        "facts_schema": facts_schema_id(rs) if rs is not None else None,
        "error": error,
    }
    if rs is not None and getattr(rs, "edition", None) is not None:
        import datetime as _dt

        edition = rs.editions.named(rs.header.version)
        entry["edition"] = rs.edition
        entry["in_force_until"] = edition.until.isoformat() if edition.until else None
        entry["in_force_today"] = rs.editions.in_force(_dt.date.today()) == edition
    if path is not None:
        entry["path"] = path
    return entry


def rulesets_report(entries: list[dict]) -> dict:
    return {"$schema": FIXED["rulesets"], "rulesets": entries}


def problem_dict(p) -> dict:
    """A gathering problem (:class:`senrules.gather.Problem`) as JSON."""
    return {
        "severity": p.severity, "message": p.message, "plugin": p.plugin, "file": p.file,
        "sheet": p.sheet, "row": p.row, "column": p.column, "facts": list(p.facts),
    }


def result_with_problems(result, problems) -> dict:
    """A result's JSON with ``evidence_problems``: what the plugins rejected
    or doubted while gathering the evidence (see docs/result-schema.md)."""
    d = result.to_dict()
    d["evidence_problems"] = [problem_dict(p) for p in problems]
    return d
