"""Evaluate a compiled ruleset on facts, and explain every verdict.

:func:`verdicts` runs the fused compiled function and names the verdicts: the
fast path for batches.  :func:`evaluate` does the same and then builds a
:class:`~senrules.result.Result`: for every node the clauses as read (true,
false or unknown), the facts used with their values and provenance, the facts
or verdicts still missing, what would change the verdict, and the citations.

Facts for earlier years (for ``improving(...)``, ``previous(...)``) are
evaluated lazily, node by node, only when a trend asks for them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

import attrs

from typing import TYPE_CHECKING

from senrules import logic
from senrules import model as m
from senrules.errors import EvaluationError, InputError
from senrules.facts import coerce_value, prepare_facts
from senrules.headroom import with_headroom
from senrules.links import resolve_links

if TYPE_CHECKING:  # the explained result's classes, imported by the functions that make one (see below)
    from senrules.result import Judgement, JudgementWords, ParameterUse, Result

NO_OUTCOME = "no outcome"
UNKNOWN = "unknown"
"""senrules.result.UNKNOWN.  The explained result's module (its attrs
classes) and the wording are imported only by the functions that explain
(:func:`evaluate` and what it calls), so that :func:`verdicts` in a new
process does not pay for them (about 4 ms)."""


class OtherYears:
    """Verdicts of years other than the one evaluated, computed on demand."""

    __slots__ = ("rs", "F", "P", "D", "Y", "_years")

    def __init__(self, rs, F, P, D, Y):
        self.rs, self.F, self.P, self.D, self.Y = rs, F, P, D, Y
        self._years: dict[int, _YearVerdicts] = {}

    def at(self, year: int) -> _YearVerdicts:
        found = self._years.get(year)
        if found is None:
            date = logic.years_back(self.D, self.Y - year) if year != self.Y else self.D
            found = self._years[year] = _YearVerdicts(self, year, date)
        return found


class _YearVerdicts:
    __slots__ = ("years", "year", "date", "memo")

    def __init__(self, years: OtherYears, year: int, date: _dt.date):
        self.years, self.year, self.date = years, year, date
        self.memo: dict[int, int] = {}

    def __getitem__(self, k: int) -> int:
        mask = self.memo.get(k)
        if mask is None:
            y = self.years
            mask = self.memo[k] = y.rs.compiled.node_fns[k](y.F, y.P, self, self.year, self.date, y.at)
        return mask


# ------------------------------------------------------------------ parameters


def parameter_default(p: m.Parameter):
    """A parameter's default value, as written in the rule file."""
    return p.default.value


def resolve_parameters(rs, overrides: Mapping | None, on: _dt.date | None = None) -> dict:
    """The parameter values for an evaluation on ``on``: the rules' values
    in force that day (:meth:`Ruleset.defaults_on`; without ``on``, the
    values after `=`), with the caller's overrides, each checked.  An
    override may itself be dated, ``{"2014-09-01": value, ...}``: the value
    from the latest date on or before ``on`` is used, and before its first
    date the rules' value.  (The compiled rules only read the dictionary
    returned.)"""
    defaults = rs.defaults_on(on) if on is not None else rs.default_parameters
    if not overrides:
        return defaults
    values = dict(defaults)
    for name, value in (overrides or {}).items():
        p = rs.parameters.get(name)
        if p is None:
            import difflib  # only for the hint of a message

            close = difflib.get_close_matches(name, list(rs.parameters), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise InputError(f"`{name}` is not a parameter of ruleset {rs.id}{hint}")
        if isinstance(value, Mapping):
            chosen = dated_override(p, value, on)
            if chosen is None:
                continue  # before the override's first date: the rules' value
            values[name] = chosen[1]
            continue
        if value is None:
            raise InputError(f"parameter `{name}` cannot be unknown: give a value, or leave it out to use the default")
        values[name] = coerce_value(p.type, value, f"parameter `{name}`", p.range)
    return values


def dated_override(p: m.Parameter, values: Mapping, on: _dt.date | None) -> tuple[_dt.date, object] | None:
    """A dated override ``{date: value}`` of parameter ``p``, every entry
    checked: the (date, value) in force on ``on`` (the latest date on or
    before it), or None before the first date.  Without ``on``, None."""
    what = f"parameter `{p.name}`"
    if not values:
        raise InputError(f"{what} is given as an empty set of dated values: give a value, or leave it out to use the default")
    entries = []
    for key, value in values.items():
        try:
            start = None if key is None else key if type(key) is _dt.date else _dt.date.fromisoformat(str(key))
        except ValueError:
            raise InputError(
                f"{what}: `{key}` is not a date (YYYY-MM-DD); a value that changes on a date is given as "
                '{"2014-09-01": value, ...}'
            ) from None
        where = f"{what} from {start}" if start is not None else what
        if value is None:
            raise InputError(f"{where} cannot be unknown: give a value")
        if isinstance(value, Mapping):
            raise InputError(f"{where}: expected one value, not another set of values")
        entries.append((start, coerce_value(p.type, value, where, p.range)))
    # (a None key, from merging sources in senrules.gather, is the value before every date)
    entries.sort(key=lambda e: (e[0] is not None, e[0] or _EARLIEST))
    for (a, _), (b, _) in zip(entries, entries[1:]):
        if a == b:
            raise InputError(f"{what} has two values from {a}")
    chosen = None
    if on is not None:
        for start, value in entries:
            if start is None or start <= on:
                chosen = (start, value)
    return chosen


def edition_notes(rs, on: _dt.date) -> list[str]:
    """A note when the ruleset is an edition that is not the one in force on
    ``on`` (it was asked for by name: ``ID@VERSION``)."""
    note = rs.edition_note(on) if rs.edition is not None else None
    return [note] if note else []


def parameter_uses(rs, P: dict, overrides: Mapping | None, on: _dt.date) -> tuple[ParameterUse, ...]:
    """The parameters as an explained result states them: the value used,
    the rules' value in force on ``on``, the date each applies from when it
    is one of several dated values, and what set it: the rules (their
    default, or their value from a date), the source named in
    ``overrides.sources`` (a :class:`senrules.gather.ParameterValues`), or
    else :data:`GIVEN`."""
    from senrules.result import ParameterUse

    defaults = rs.defaults_on(on)
    sources = getattr(overrides, "sources", None) or {}  # a senrules.gather.ParameterValues says what set each
    out = []
    for p in rs.program.parameters.values():
        default = defaults[p.name]
        start = p.value_on(on)[1]
        given = overrides.get(p.name) if overrides else None
        source = f"the ruleset's value from {start}" if start is not None else "the ruleset's default"
        if isinstance(given, Mapping):
            chosen = dated_override(p, given, on)
            if chosen is not None:
                start = chosen[0]
                source = sources.get(p.name, GIVEN)
        elif given is not None:
            start = None
            source = sources.get(p.name, GIVEN)
        dated = ((None, p.default.value), *((dv.start, dv.value.value) for dv in p.dated)) if p.dated else ()
        out.append(ParameterUse(
            name=p.name, value=P[p.name], default=default, overridden=P[p.name] != default,
            unit=p.unit or ("%" if p.type.kind == "percentage" else None), doc=p.doc, citations=_citations(p),
            start=start, dated=dated, source=source,
        ))
    return tuple(out)


#: What set a parameter value given with an evaluation without saying where
#: (``evaluate(parameters={...})``, a batch line's or a request's ``parameters``).
GIVEN = "given with the evaluation"


_EARLIEST, _LATEST = _dt.date(1900, 1, 1), _dt.date(2199, 12, 31)  # senrules.facts.EARLIEST_DATE, LATEST_DATE


def parse_evaluation_date(evaluation_date) -> _dt.date:
    """An evaluation date from a date, a datetime or `YYYY-MM-DD` text; today when None.
    Raises :class:`InputError` for anything else."""
    if evaluation_date is None:
        return _dt.date.today()
    if isinstance(evaluation_date, _dt.datetime):
        evaluation_date = evaluation_date.date()
    if type(evaluation_date) is _dt.date and _EARLIEST <= evaluation_date <= _LATEST:
        return evaluation_date
    if not isinstance(evaluation_date, _dt.date):
        try:
            evaluation_date = _dt.date.fromisoformat(str(evaluation_date))
        except ValueError:
            from senrules.facts import date_hint

            raise InputError(f"evaluation date `{evaluation_date}` is not a date (YYYY-MM-DD)"
                             f"{date_hint(evaluation_date)}") from None
    from senrules.facts import check_date

    return check_date(evaluation_date, "evaluation date")


def node_masks(rs, F, P, D, Y):
    other = OtherYears(rs, F, P, D, Y)
    return rs.compiled.evaluate_all(F, P, Y, D, other.at), other


@with_headroom
def verdicts(rs, facts, *, evaluation_date=None, parameters=None, year=None) -> dict[str, str | None]:
    """id -> level name, or None when the evidence does not decide it."""
    D = parse_evaluation_date(evaluation_date)
    facts = resolve_links(rs, facts, evaluation_date=D, year=year)
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, parameters, D)
    masks, _ = node_masks(rs, F, P, D, year or D.year)
    return {ident: table.get(mask) for (ident, table), mask in zip(rs.level_names, masks)}


COLUMNAR_FROM = 64
"""From this many services, :func:`verdicts_many` evaluates them column by
column (:mod:`senrules.batch`) when numpy is installed: the same verdicts,
several times faster; below it the fixed cost of building columns does not
pay."""


@with_headroom
def verdicts_many(rs, batch, *, evaluation_date=None, parameters=None) -> list[dict[str, str | None]]:
    """Verdicts for many fact sets.  Each item is a facts mapping, or a pair
    ``(facts, evaluation_date)`` to give each its own date.

    A batch of :data:`COLUMNAR_FROM` services or more is evaluated column by
    column when numpy is installed (:func:`senrules.batch.evaluate_batch`,
    which gives exactly these verdicts); otherwise each service goes through
    the compiled rules in turn (:func:`verdicts_each`)."""
    batch = batch if isinstance(batch, list) else list(batch)
    if len(batch) >= COLUMNAR_FROM and _numpy_installed() and all(
        isinstance(item[0] if isinstance(item, tuple) else item, Mapping) for item in batch
    ):
        from senrules.batch import evaluate_batch

        return evaluate_batch(rs, batch, evaluation_date=evaluation_date, parameters=parameters).rows()
    return verdicts_each(rs, batch, evaluation_date=evaluation_date, parameters=parameters)


def _numpy_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("numpy") is not None


@with_headroom
def verdicts_each(rs, batch, *, evaluation_date=None, parameters=None) -> list[dict[str, str | None]]:
    """:func:`verdicts_many` service by service through the compiled rules.

    The facts are checked once for the whole batch, fact by fact
    (:func:`senrules.facts.check_batch`), not once per service; parameters
    are resolved once.  For a ruleset that reads another ruleset's verdicts
    (linked facts), or facts given as evidence, each item goes through the
    per-service path."""
    from senrules.facts import check_batch
    from senrules.links import links

    names = rs.level_names
    default_date = parse_evaluation_date(evaluation_date)
    P = resolve_parameters(rs, parameters, default_date)
    by_date: dict = {default_date: P}  # dated parameters: the values in force on each date, found once per date
    items = [item[0] if isinstance(item, tuple) else item for item in batch]
    dates = [parse_evaluation_date(item[1]) if isinstance(item, tuple) else default_date for item in batch]
    if links(rs) or not all(isinstance(f, Mapping) for f in items):
        rows = [
            prepare_facts(rs.facts, resolve_links(rs, f, evaluation_date=D), with_provenance=False)[0]
            for f, D in zip(items, dates)
        ]
    else:
        rows = check_batch(rs.facts, items)
    evaluate_all = rs.compiled.evaluate_all
    out = []
    dated = bool(rs.dated_parameters) or any(isinstance(v, Mapping) for v in (parameters or {}).values())
    for F, D in zip(rows, dates):
        if dated:
            P = by_date.get(D)
            if P is None:
                P = by_date[D] = resolve_parameters(rs, parameters, D)
        masks = evaluate_all(F, P, D.year, D, OtherYears(rs, F, P, D, D.year).at)
        out.append({ident: table.get(mask) for (ident, table), mask in zip(names, masks)})
    return out


# ------------------------------------------------------------------ explanation


def verdict_name(node, mask: int) -> tuple[str, tuple[str, ...]]:
    possible = tuple(lvl for i, lvl in enumerate(node.scale) if mask & (1 << i))
    if mask & logic.NONE:
        if not possible:
            return NO_OUTCOME, ()
        return UNKNOWN, possible + (NO_OUTCOME,)
    if len(possible) == 1:
        return possible[0], possible
    return UNKNOWN, possible


def _provenance(fact: m.Fact, prov: dict, Y: int, marks: dict | None = None, yearly: dict | None = None) -> tuple[str, ...]:
    """Where a fact's value came from; for a per-year fact, the years that
    share a source are listed together.  ``marks`` maps a key to what is said
    after its source (stale, or a conflicting value set aside); ``yearly``,
    when given, is :func:`_yearly_keys` of ``prov`` (found once per evaluation)."""
    marks = marks or {}
    if not fact.per_year:
        p = prov.get(fact.name)
        return (str(p) + marks.get(fact.name, ""),) if p is not None else ()
    if yearly is None:
        yearly = _yearly_keys(prov)
    by_source: dict[str, list[int]] = {}
    for key in yearly.get(fact.name, ()):
        p = prov[key]
        if p is not None:
            by_source.setdefault(str(p) + marks.get(key, ""), []).append(key[1])
    single = prov.get(fact.name)
    from senrules.result import years_text

    out = [f"{years_text(sorted(years))}: {source}" for source, years in by_source.items()]
    if single is not None:
        out.append(str(single) + marks.get(fact.name, ""))
    return tuple(out)


def _yearly_keys(prov: dict) -> dict[str, list]:
    """The per-year keys ``(fact, year)`` of a provenance map, by fact."""
    out: dict[str, list] = {}
    for key in prov:
        if isinstance(key, tuple):
            out.setdefault(key[0], []).append(key)
    return out


def _max_age(fact: m.Fact, P: dict):
    """The parameter saying how old this fact's evidence may be:
    ``<fact>_max_age``, ``<category>_max_age`` or ``evidence_max_age``."""
    for name in (f"{fact.name}_max_age", f"{fact.category}_max_age", "evidence_max_age"):
        value = P.get(name)
        if isinstance(value, m.Duration):
            return name, value
    return None


def _evidence_marks(program, prov: dict, conflicts: dict, P: dict, D, Y) -> tuple[dict, list[str]]:
    """Stale evidence (its as-of date older than the ruleset allows) and
    conflicting values set aside: the text to show after each source, and
    the notes for the result."""
    from senrules.facts import why_preferred

    marks: dict = {}
    notes: list[str] = []
    for key, p in prov.items():
        name = key[0] if isinstance(key, tuple) else key
        fact = program.facts.get(name)
        if p is None or p.as_of is None or fact is None or (isinstance(key, tuple) and key[1] != Y):
            continue
        limit = _max_age(fact, P)
        if limit is not None and p.as_of < logic.shift(D, limit[1], -1):
            marks[key] = f" [stale: older than {limit[1]} ({limit[0]})]"
            notes.append(f"stale evidence: `{name}` is as of {p.as_of}, older than {limit[1]} ({limit[0]}) before {D}")
    for key, lost in conflicts.items():
        name = key[0] if isinstance(key, tuple) else key
        year = f" for {key[1]}" if isinstance(key, tuple) else ""
        kept = prov.get(key)
        parts = [f"{_shown(v)} from {p} ({why_preferred(kept, p)})" for v, p in lost]
        marks[key] = marks.get(key, "") + " [set aside: " + "; ".join(parts) + "]"
        notes.append(f"conflicting evidence for `{name}`{year}: used the value from {kept}; set aside " + "; ".join(parts))
    return marks, notes


def _shown(value) -> str:
    if isinstance(value, list):
        return f"{len(value)} records"
    return str(value)


# ------------------------------------------------------------------ the years a node reads

_ONE_YEAR = m.Literal(1, "number")  # the years of `previous(x)`


def year_reads(program, node) -> dict[str, frozenset]:
    """Per-year fact -> how the node's clauses read it: a set of chains of
    year-function windows ``((func, years expression), ...)``, outermost
    first; ``()`` is a read of the year evaluated itself.  Found once from the
    clauses as written (a ruleset loaded from the cache has no resolution
    tables, so names are looked up in the program's facts)."""
    out: dict[str, set] = {}

    def walk(e, chain):
        if isinstance(e, m.Ref):
            fact = program.facts.get(e.name)
            if fact is not None and fact.per_year:
                out.setdefault(e.name, set()).add(chain)
        elif isinstance(e, m.Call) and e.func in logic.YEAR_FUNCTIONS and e.args and not (e.func == "mean" and len(e.args) == 1):
            years = e.args[1] if len(e.args) > 1 else _ONE_YEAR
            walk(e.args[0], chain + ((e.func, years),))
            for a in e.args[1:]:
                walk(a, chain)
        elif isinstance(e, m.Where):
            return  # a list's fields: never per year
        elif attrs.has(type(e)):
            for a in attrs.fields(type(e)):
                v = getattr(e, a.name)
                for x in v if isinstance(v, tuple) else (v,):
                    if attrs.has(type(x)) and not isinstance(x, m.Span):
                        walk(x, chain)

    for clause in node.clauses:
        if clause.condition is not None:
            walk(clause.condition, ())
    return {name: frozenset(chains) for name, chains in out.items()}


def _window_backs(func: str, years, P) -> range | tuple | None:
    """How many years back one year function reads its value, with
    ``years`` resolved (a number, or a parameter's value); None when
    ``years`` is anything else.  A window the function cannot read at all
    (past :data:`logic.MAX_YEARS_BACK`, or too short) reads nothing."""
    if isinstance(years, m.Literal):
        n = years.value
    elif isinstance(years, m.Neg) and isinstance(years.operand, m.Literal):
        n = years.operand.value
        n = -n if isinstance(n, (int, float)) else None
    elif isinstance(years, m.Ref) and years.name in P:
        n = P[years.name]
    else:
        return None
    if not isinstance(n, (int, float)) or isinstance(n, bool):
        return None
    n = int(n)
    if func in ("previous", "change"):
        if n > logic.MAX_YEARS_BACK:
            return ()
        return (n,) if func == "previous" else (0, n)
    shortest = 2 if func in ("improving", "declining") else 1
    if n < shortest or n > logic.MAX_YEARS_BACK:
        return ()
    return range(n)


def years_needed(chains, P, Y: int) -> set[int]:
    """The years a per-year fact is read for, from its chains of windows.  A
    window whose years cannot be resolved here counts as the year evaluated
    alone (what the explanation said before it knew about windows)."""
    needed: set[int] = set()
    for chain in chains:
        backs = {0}
        for func, years in chain:
            window = _window_backs(func, years, P)
            if window is None:
                backs = {0}
                break
            backs = {b + w for b in backs for w in window}
        needed.update(Y - b for b in backs if Y - b >= 1)
    return needed


def _citations(decl) -> tuple[str, ...]:
    return tuple(str(c) for c in getattr(decl, "citations", ()))


@with_headroom
def evaluate(rs, facts, *, evaluation_date=None, parameters=None, year=None) -> Result:
    """Evaluate and explain every verdict."""
    from senrules.result import ClauseReading, FactUse, Judgement, Result, RulesetStamp, describe_missing

    D = parse_evaluation_date(evaluation_date)
    Y = year or D.year
    facts = resolve_links(rs, facts, evaluation_date=D, year=year)
    conflicts: dict = {}
    F, prov = prepare_facts(rs.facts, facts, conflicts=conflicts)
    P = resolve_parameters(rs, parameters, D)
    marks, evidence_notes = _evidence_marks(rs.program, prov, conflicts, P, D, Y)
    masks, other = node_masks(rs, F, P, D, Y)
    program = rs.program
    nodes = program.nodes
    yearly = _yearly_keys(prov)

    judgements = []
    for node in framework_order(program):
        mask = masks[node.index]
        verdict, possible = verdict_name(node, mask)
        readings, decided_by, would_change = [], None, []
        texts = _clause_texts(rs, node)
        for i, clause in enumerate(node.clauses):
            text = texts[i]
            if clause.condition is None:
                holds = True
            else:
                holds = rs.compiled.clause_fns[node.index][i](F, P, masks, Y, D, other.at)
            readings.append(ClauseReading(clause.outcome, text, holds, clause.span.line or None))
            if holds is True:
                decided_by = f"{clause.outcome} when {text}" if text else f"{clause.outcome} otherwise"
                break
        if verdict in (UNKNOWN, NO_OUTCOME):
            decided_by = None  # an earlier clause is unknown, so nothing decided it
        else:
            for r in readings:
                if r.holds is False and r.condition and r.outcome != verdict:
                    would_change.append(f"{r.outcome} if {r.condition}")
        uses, missing, missing_years = [], [], []
        reads = None
        for name in node.facts:
            fact = program.facts[name]
            value = F.get(name)  # for a per-year fact, the whole series
            known = value is not None and (not fact.per_year or Y in value)
            uses.append(FactUse(name, value, known, fact.question, fact.category, _provenance(fact, prov, Y, marks, yearly)))
            if fact.per_year and verdict == UNKNOWN:
                # the years its clauses read, earlier ones through the year functions
                if reads is None:
                    reads = node_year_reads(rs, node)
                chains = reads.get(name)
                needed = years_needed(chains, P, Y) if chains else {Y}
                lacking = tuple(sorted(y for y in needed if value is None or y not in value))
                if lacking:
                    missing.append(name)
                    missing_years.append((name, lacking))
            elif not known:
                missing.append(name)
        children = tuple(nodes[c].id for c in node.children)
        if node.kind != "criterion" and verdict == UNKNOWN:
            undecided = [nodes[c].id for c in node.children if not logic.mask_known(masks[c])]
            missing.extend(undecided)
        if verdict != UNKNOWN:
            missing = []  # decided: nothing further is needed
        if verdict == UNKNOWN and missing:
            would_change.append("evidence for: " + ", ".join(describe_missing(missing, missing_years)))
        decl = node.decl
        ratings = tuple(
            (r.scale, program.scales[r.scale].title if r.scale in program.scales else r.scale, r.level, r.comment)
            for r in getattr(decl, "ratings", ())
        )
        ob = next((r for r in getattr(decl, "ratings", ()) if r.scale == "ob"), None)  # result schema 1's `ob` field
        judgements.append(
            Judgement(
                id=node.id, kind=node.kind, title=node.title, verdict=verdict, possible=possible,
                decided_by=decided_by, clauses=tuple(readings), facts=tuple(uses), missing=tuple(missing),
                children=children, citations=_citations(decl) or _grading_citations(program, node),
                would_change=tuple(would_change), grading=node.grading, parameters=tuple(node.parameters),
                ob=ob.level if ob else None, ob_comment=ob.comment if ob else None, ratings=ratings,
                evidence_categories=tuple(getattr(decl, "evidence", ())), tags=tuple(getattr(decl, "tags", ())),
                missing_years=tuple(missing_years),
            )
        )

    header = program.header
    notes = []
    if header.effective_from and D < header.effective_from:
        notes.append(f"the evaluation date {D} is before the ruleset takes effect ({header.effective_from})")
    if header.effective_to and D > header.effective_to:
        notes.append(f"the evaluation date {D} is after the ruleset stops being effective ({header.effective_to})")
    notes.extend(evidence_notes)
    params = parameter_uses(rs, P, parameters, D)
    notes.extend(edition_notes(rs, D))
    stamp = RulesetStamp(
        header.id, header.title, header.version, header.source, header.effective_from, header.effective_to, rs.hash,
        rs.edition,
    )
    from senrules.gaps import gaps_from_masks

    gaps = tuple(gaps_from_masks(rs, masks, F, P, D, Y, other.at).values())
    return Result(stamp, D, Y, params, tuple(judgements), tuple(notes), gaps, _Explainer(rs, F, P, masks, Y, D, other.at))


class _Explainer:
    """The plain words of a result's judgements, made when first asked for
    (most callers of :func:`evaluate` never show them all): see
    :meth:`Result.words`."""

    def __init__(self, rs, F, P, masks, Y, D, at):
        self.args = (F, P, masks, Y, D, at)
        self.rs = rs
        self.cache: dict[str, JudgementWords] = {}

    def __call__(self, j: Judgement) -> JudgementWords:
        found = self.cache.get(j.id)
        if found is None:
            from senrules import wording as _wording
            from senrules.result import JudgementWords

            rs, program = self.rs, self.rs.program
            node = program.node(j.id)
            clauses = tuple(
                _wording.clause_words(rs, node, i, r.holds, *self.args) if r.condition else None
                for i, r in enumerate(j.clauses)
            )
            reason = None
            if j.known:
                reason = _wording.reason_words(rs, node, j.verdict, [(i, r.holds) for i, r in enumerate(j.clauses)], *self.args)
            found = self.cache[j.id] = JudgementWords(reason, clauses, _missing_words(program, j.missing, j.missing_years))
        return found

    def _clause_for(self, j: Judgement, outcome: str):
        node = self.rs.program.node(j.id)
        index = next((i for i, c in enumerate(node.clauses) if c.outcome == outcome and c.condition is not None), None)
        return node, index

    def requirement(self, j: Judgement, outcome: str) -> str | None:
        """What the clause giving ``outcome`` asks for, in words, without the
        values found and without parameter names (for action plans)."""
        from senrules import wording as _wording

        node, index = self._clause_for(j, outcome)
        if index is None:
            return None
        return _wording.requirement_words(self.rs, node, index, *self.args)

    def parts(self, j: Judgement, index: int):
        """Clause ``index`` of ``j`` part by part (see :func:`senrules.wording.clause_parts`)."""
        from senrules import wording as _wording

        return _wording.clause_parts(self.rs, self.rs.program.node(j.id), index, *self.args)

    def shortfall(self, j: Judgement, outcome: str) -> str | None:
        """Why the clause giving ``outcome`` does not hold, in words with the
        values found, without parameter names (for action plans)."""
        node, index = self._clause_for(j, outcome)
        if index is None:
            return None
        holds = j.clauses[index].holds if index < len(j.clauses) else None
        from senrules import wording as _wording

        return _wording.clause_words(self.rs, node, index, holds, *self.args, name_parameters=False)


def _missing_words(program, missing, missing_years) -> tuple[str, ...]:
    """What an undecided verdict still needs, in words: each fact by its
    label (with the years a per-year fact lacks), each criterion or standard
    by its words with its number after them (:func:`senrules.wording.node_words`),
    each section by its title."""
    from senrules import wording as _wording
    from senrules.result import years_text

    years = dict(missing_years)
    out = []
    for name in missing:
        fact = program.facts.get(name)
        if fact is not None:
            text = _wording.fact_label(fact)
            if name in years:
                text += f" ({years_text(years[name])})"
        elif name in program.by_id:
            text = _wording.node_words(program.node(name))
        else:
            text = _wording.humanise(name)
        out.append(text)
    return tuple(out)


def _clause_texts(rs, node) -> tuple[str | None, ...]:
    """The rule text of each clause's condition (None for ``otherwise``),
    found once per loaded ruleset (kept beside the year reads)."""
    key = ("clause texts", node.index)
    found = rs.year_reads.get(key)
    if found is None:
        found = rs.year_reads[key] = tuple(
            rs.source_of(c.condition.span) if c.condition is not None else None for c in node.clauses
        )
    return found


def node_year_reads(rs, node) -> dict[str, frozenset]:
    """:func:`year_reads` of a node, found once per loaded ruleset."""
    found = rs.year_reads.get(node.index)
    if found is None:
        found = rs.year_reads[node.index] = year_reads(rs.program, node)
    return found


def _grading_citations(program, node) -> tuple[str, ...]:
    if node.grading:
        return _citations(program.gradings[node.grading])
    return ()


def framework_order(program):
    """Sections, each followed by its standards and their criteria, then overall."""
    nodes = program.nodes
    out = []

    def walk(idx):
        out.append(nodes[idx])
        for c in nodes[idx].children:
            if nodes[c].kind != "section" or nodes[idx].kind != "overall":
                walk(c)

    for n in nodes:
        if n.kind == "section":
            walk(n.index)
    out.extend(n for n in nodes if n.kind == "overall")
    return out


def explain(rs, ident: str, facts, **kw) -> tuple[Judgement, Result]:
    """The judgement on one id, with the full result it belongs to."""
    if ident not in rs.program.by_id:
        import difflib  # only for the hint of a message

        ids = list(rs.program.by_id)
        close = [i for i in ids if i.lower() == ident.lower()] or difflib.get_close_matches(ident, ids, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        raise EvaluationError(f"`{ident}` is not a criterion, standard or section of {rs.id}{hint}")
    result = evaluate(rs, facts, **kw)
    return result.judgement(ident), result
