"""The result of an evaluation: verdicts, reasons, evidence, and its stamp.

A :class:`Result` holds one :class:`Judgement` per criterion, standard,
section and the overall judgement, in framework order, and is stamped with the
ruleset id, version, effective dates, the parameter values used and a hash of
the rule files, so that a judgement can be reproduced later.

:meth:`Result.to_dict` gives the JSON form, whose shape is versioned by
:data:`SCHEMA` and described in ``docs/result-schema.md`` and
``senrules/schema/result-1.schema.json``.
"""

from __future__ import annotations

import datetime as _dt
import json

import attrs

SCHEMA = "https://senrules.example/schema/result/1"
SCHEMA_VERSION = 1
UNKNOWN = "unknown"


@attrs.frozen
class FactUse:
    """A fact a verdict read: its value (None if unknown) and provenance."""

    fact: str
    value: object
    known: bool
    question: str | None = None
    category: str | None = None
    provenance: tuple[str, ...] = ()


@attrs.frozen
class ClauseReading:
    """One outcome clause as read: ``holds`` is True, False or None (unknown);
    ``condition`` None means ``otherwise``."""

    outcome: str
    condition: str | None
    holds: bool | None
    line: int | None = None


@attrs.frozen
class Judgement:
    """The verdict on one criterion, standard, section or the overall."""

    id: str
    kind: str
    title: str
    verdict: str  # a level, "unknown", or "no outcome"
    possible: tuple[str, ...]
    decided_by: str | None
    clauses: tuple[ClauseReading, ...]
    facts: tuple[FactUse, ...]
    missing: tuple[str, ...]
    children: tuple[str, ...]
    citations: tuple[str, ...]
    would_change: tuple[str, ...]
    grading: str | None = None
    parameters: tuple[str, ...] = ()
    ob: str | None = None  # the rating on a declared scale named `ob` (result schema 1)
    ob_comment: str | None = None
    evidence_categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # for each per-year fact in ``missing``: the years it lacks that the
    # clauses read, this year and the earlier years the year functions read
    missing_years: tuple[tuple[str, tuple[int, ...]], ...] = ()
    # the criterion's ratings on the scales its ruleset declares: (scale, scale title, level, comment)
    ratings: tuple[tuple[str, str, str, str | None], ...] = ()

    @property
    def known(self) -> bool:
        return self.verdict not in (UNKNOWN, "no outcome")

    def missing_described(self) -> tuple[str, ...]:
        """``missing`` with the years each per-year fact lacks:
        ``("cyp_targets_met (2023)", "S1.2")``."""
        return describe_missing(self.missing, self.missing_years)


def describe_missing(missing, missing_years) -> tuple[str, ...]:
    """Missing names, each per-year fact with the years it lacks:
    ``("cyp_targets_met (2023)", "S1.2")``."""
    years = dict(missing_years)
    return tuple(f"{name} ({years_text(years[name])})" if name in years else name for name in missing)


def years_text(years) -> str:
    """Years as the reports write them: ``2023``, ``2021, 2023``, ``2020-2023``."""
    years = list(years)
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


@attrs.frozen
class JudgementWords:
    """A judgement in plain words, with the values read (senrules.wording):
    ``reason`` ("good: ..."; None when undecided), each clause's condition as
    read (None for ``otherwise``), and what an undecided verdict still needs
    (facts by their labels with the years lacking, parts by number)."""

    reason: str | None
    clauses: tuple[str | None, ...]
    missing: tuple[str, ...]


@attrs.frozen
class ParameterUse:
    """A parameter as an evaluation used it.  ``default`` is the rules' value
    in force on the evaluation date; ``start`` the date the value used
    applies from, when it is one of several dated values (the rules' ``from
    DATE = VALUE``, or a dated override), else None; ``dated`` the rules'
    values over time, ``(start, value)`` earliest first (the first start
    None: the value after ``=``), empty when the parameter has one value;
    ``source`` what set the value used (see :func:`senrules.engine.parameter_uses`)."""

    name: str
    value: object
    default: object
    overridden: bool
    unit: str | None
    doc: str | None
    citations: tuple[str, ...]
    start: _dt.date | None = None
    dated: tuple[tuple[_dt.date | None, object], ...] = ()
    source: str | None = None  # what set the value: "the ruleset's default", "the parameter set northshire", ...


@attrs.frozen
class RulesetStamp:
    id: str
    title: str | None
    version: str | None
    source: str | None
    effective_from: _dt.date | None
    effective_to: _dt.date | None
    hash: str
    edition: str | None = None  # "id@version" when the ruleset is one of several editions of its id


@attrs.frozen
class Result:
    """Everything an evaluation found, serialisable to JSON."""

    ruleset: RulesetStamp
    evaluation_date: _dt.date
    year: int
    parameters: tuple[ParameterUse, ...]
    judgements: tuple[Judgement, ...]
    notes: tuple[str, ...] = ()
    gaps: tuple = ()  # senrules.gaps.GapToNextGrade values, one per standard/section/overall below the best grade
    explainer: object = attrs.field(default=None, eq=False, repr=False)  # Judgement -> JudgementWords, made on demand

    def words(self, j: Judgement | str) -> JudgementWords:
        """The judgement ``j`` (or its id) in plain words, with the values
        read; made the first time it is asked for."""
        if isinstance(j, str):
            j = self.judgement(j)
        if self.explainer is None:
            return JudgementWords(None, tuple(None for _ in j.clauses), describe_missing(j.missing, j.missing_years))
        return self.explainer(j)

    def requirement(self, j: Judgement | str, outcome: str) -> str | None:
        """What ``j`` needs to be ``outcome``, in plain words (no values, no
        parameter names): for success measures.  None when no clause gives it."""
        if isinstance(j, str):
            j = self.judgement(j)
        return self.explainer.requirement(j, outcome) if self.explainer is not None else None

    def shortfall(self, j: Judgement | str, outcome: str) -> str | None:
        """Why ``j`` is not ``outcome``, in plain words with the values found
        (no parameter names): for actions.  None when no clause gives it."""
        if isinstance(j, str):
            j = self.judgement(j)
        return self.explainer.shortfall(j, outcome) if self.explainer is not None else None

    def clause_parts(self, j: Judgement | str, index: int):
        """Clause ``index`` of ``j`` part by part, each part in words with
        its own verdict: ``(join, parts, meanings)`` as
        :func:`senrules.wording.clause_parts` gives them; ``("one", (), ())``
        when the result carries no explainer."""
        if isinstance(j, str):
            j = self.judgement(j)
        return self.explainer.parts(j, index) if self.explainer is not None else ("one", (), ())

    def judgement(self, ident: str) -> Judgement:
        for j in self.judgements:
            if j.id == ident:
                return j
        raise KeyError(ident)

    def verdict(self, ident: str) -> str:
        """The verdict on ``ident`` ("unknown" when the evidence does not
        decide it)."""
        return self.judgement(ident).verdict

    @property
    def overall(self) -> str | None:
        for j in self.judgements:
            if j.kind == "overall":
                return j.verdict
        return None

    def to_dict(self) -> dict:
        return _to_jsonable(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def jsonable_value(v):
    """A fact or parameter value as JSON can hold it (dates as ISO text)."""
    if isinstance(v, (_dt.date,)):
        return v.isoformat()
    if isinstance(v, dict):
        return {str(k): jsonable_value(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [jsonable_value(x) for x in v]
    if attrs.has(type(v)):
        return str(v)
    return v


def _to_jsonable(result: Result) -> dict:
    def judgement(j: Judgement) -> dict:
        words = result.words(j)
        return {
            "id": j.id,
            "kind": j.kind,
            "title": j.title,
            "verdict": j.verdict,
            "possible": list(j.possible),
            "decided_by": j.decided_by,
            "reason": words.reason,
            "clauses": [
                {"outcome": c.outcome, "condition": c.condition, "holds": c.holds, "line": c.line, "words": w}
                for c, w in zip(j.clauses, words.clauses)
            ],
            "facts": [
                {
                    "fact": f.fact, "value": jsonable_value(f.value), "known": f.known,
                    "category": f.category, "provenance": list(f.provenance),
                }
                for f in j.facts
            ],
            "missing": list(j.missing),
            "needs": list(words.missing),
            "missing_years": {name: list(years) for name, years in j.missing_years},
            "children": list(j.children),
            "citations": list(j.citations),
            "would_change": list(j.would_change),
            "grading": j.grading,
            "parameters": list(j.parameters),
            "ob": j.ob,
            "ob_comment": j.ob_comment,
            "evidence_categories": list(j.evidence_categories),
            "tags": list(j.tags),
            "ratings": {scale: {"title": title, "level": level, "comment": comment} for scale, title, level, comment in j.ratings},
        }

    rs = result.ruleset
    return {
        "$schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "ruleset": {
            "id": rs.id, "title": rs.title, "version": rs.version, "source": rs.source,
            "effective_from": jsonable_value(rs.effective_from),
            "effective_to": jsonable_value(rs.effective_to), "hash": rs.hash,
            "edition": rs.edition,
        },
        "evaluation_date": result.evaluation_date.isoformat(),
        "year": result.year,
        "parameters": {
            p.name: {
                "value": jsonable_value(p.value), "default": jsonable_value(p.default),
                "overridden": p.overridden, "unit": p.unit, "doc": p.doc, "citations": list(p.citations),
                "from": jsonable_value(p.start),
                "dated_values": [{"from": jsonable_value(start), "value": jsonable_value(v)} for start, v in p.dated],
                "source": p.source,
            }
            for p in result.parameters
        },
        "overall": result.overall,
        "verdicts": {j.id: j.verdict for j in result.judgements},
        "judgements": [judgement(j) for j in result.judgements],
        "gaps": {
            g.node: {
                "grade": g.grade, "target": g.target,
                "options": [
                    {
                        "raise": list(o.children), "picks": [{"count": p.count, "among": list(p.among)} for p in o.picks],
                        "to": o.level, "reaches": o.reaches,
                    }
                    for o in g.options
                ],
                "complete": g.complete,
            }
            for g in result.gaps
        },
        "notes": list(result.notes),
        "senrules_version": _senrules_version(),
    }


def _senrules_version() -> str:
    from senrules import __version__

    return __version__
