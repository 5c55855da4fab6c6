"""Which questions are still worth asking, in what order.

An assistant should never ask for a fact the evidence already gave, nor one
whose answer cannot change any verdict still open.  :func:`open_questions`
evaluates the facts so far and returns the unknown facts that an open
(unknown) verdict reads, each only if some answer to it would change some
verdict, ordered by how much they can still decide.

How "some answer would change some verdict" is found: every possible
answer is tried for a yes/no or choice fact; a number, a percentage or a
date is tried at its extremes, at every threshold the rules compare with
(each parameter's value and each number written in the rules, and a step
either side) and on a grid between, so a figure that no longer matters (a
criterion that is already as high as it can be, or can no longer be met
whatever the figure) is not asked.  The trials evaluate only the verdicts
that read the fact, in every year they are evaluated in (a trend of
verdicts reads earlier years): if none of them changes, no verdict can.
A question's weight is the open verdicts it can change: those readers and
their open ancestors.

Per-year facts are asked for the years the open verdicts read (the year
evaluated, and the earlier years a trend, an average or a "previous" reads)
that the evidence lacks, at most the last :data:`YEARS_ASKED` years.  Years
answered "don't know" (``unavailable``) are not asked again and not tried:
when the latest year is not known, earlier years that only mattered with it
are no longer asked.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from senrules import logic
from senrules import model as m
from senrules.engine import (
    OtherYears, framework_order, node_masks, node_year_reads, years_needed, parse_evaluation_date, resolve_parameters,
)
from senrules.facts import prepare_facts
from senrules.headroom import with_headroom

YEARS_ASKED = 3


@attrs.frozen
class Question:
    """A fact to ask for, and why."""

    fact: str
    question: str
    help: str | None
    type: str  # e.g. "boolean", "percentage", 'choice("a", "b")'
    category: str | None
    criteria: tuple[str, ...]  # the open criteria that read it
    standard: str | None  # the standard of the first of them
    years: tuple[int, ...] = ()  # for a per-year fact: the years still missing, oldest first
    decides: tuple[str, ...] = ()  # the open verdicts (ids) some answer would change
    headline: bool = False  # read by a grading itself (a standard's, a section's or the overall), not only by criteria


@with_headroom
def open_questions(rs, facts, *, evaluation_date=None, parameters=None, year=None,
                   unavailable=frozenset()) -> list[Question]:
    """The questions whose answers could still change an open verdict, the
    ones that can decide the most first (ties in framework order).

    ``unavailable``: ``(fact, year)`` keys (year None for a fact that is not
    per year) that are not to be asked: answered "don't know", or skipped."""
    D = parse_evaluation_date(evaluation_date)
    Y = year or D.year
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, parameters, D)
    masks, _ = node_masks(rs, F, P, D, Y)
    program = rs.program
    nodes = program.nodes
    unavailable = set(unavailable)
    trial = _Trials(rs, F, P, D, Y, masks)

    readers: dict[str, list] = {}
    for node in framework_order(program):
        if logic.mask_known(masks[node.index]):
            continue
        for name in node.facts:
            fact = program.facts[name]
            if fact.linked is not None or fact.type.kind == "list":
                continue
            readers.setdefault(name, []).append(node)

    out = []
    for name, open_readers in readers.items():
        fact = program.facts[name]
        value = F.get(name)
        if fact.per_year:
            needed: set[int] = set()
            for node in open_readers:
                chains = node_year_reads(rs, node).get(name)
                for y in trial.node_years(node.index):
                    needed |= years_needed(chains, P, y) if chains else {y}
            lowest = Y - YEARS_ASKED + 1
            years = tuple(sorted(y for y in needed if lowest <= y <= Y and (value is None or y not in value)
                                 and (name, y) not in unavailable))
            if not years:
                continue
        else:
            if value is not None or (name, None) in unavailable:
                continue
            years = ()
        decides = trial.decides(name, fact, years, open_readers)
        if not decides:
            continue
        criteria = tuple(n.id for n in open_readers if n.kind == "criterion")
        first = next((n for n in open_readers if n.kind == "criterion"), None)
        standard = nodes[first.parent].id if first is not None and first.parent is not None else None
        out.append(Question(
            fact=name, question=fact.question or f"What is {name.replace('_', ' ')}?", help=fact.help,
            type=str(fact.type), category=fact.category, criteria=criteria, standard=standard, years=years,
            decides=tuple(nodes[i].id for i in sorted(decides)),
            headline=any(n.kind != "criterion" for n in open_readers),
        ))
    position = {q.fact: i for i, q in enumerate(out)}
    out.sort(key=lambda q: (-len(q.decides), position[q.fact]))
    return out


class _Trials:
    """Tries answers to a fact against the verdicts of the facts so far."""

    def __init__(self, rs, F, P, D, Y, masks):
        self.rs, self.F, self.P, self.D, self.Y, self.masks = rs, F, P, D, Y, masks
        self._thresholds: list[float] | None = None
        self._years: dict[int, list[int]] | None = None
        self._base = None

    def node_years(self, index: int) -> tuple[int, ...]:
        """The years a verdict is evaluated in: the year itself, and the
        earlier years another verdict reads it for (a trend of verdicts)."""
        if self._years is None:
            self._base = OtherYears(self.rs, self.F, self.P, self.D, self.Y)
            self.rs.compiled.evaluate_all(self.F, self.P, self.Y, self.D, self._base.at)
            self._years = {}
            for y, verdicts in self._base._years.items():
                if y != self.Y and y > self.Y - YEARS_ASKED:
                    for k in verdicts.memo:
                        self._years.setdefault(k, []).append(y)
        return (self.Y, *sorted(self._years.get(index, ())))

    # ------------------------------------------------------------ candidates
    def thresholds(self) -> list[float]:
        """Every number the rules compare with: parameter values and numbers
        written in the rules (a figure compared with another figure is
        found by the grid between the extremes)."""
        if self._thresholds is None:
            found = set(_program_literals(self.rs.program))
            for v in self.P.values():
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    found.add(float(v))
            self._thresholds = sorted(found)
        return self._thresholds

    def candidates(self, fact) -> list:
        kind = fact.type.kind
        if kind == "boolean":
            return [True, False]
        if kind == "choice":
            return list(fact.type.choices)
        if kind in ("percentage", "integer", "number"):
            low, high = (0.0, 100.0) if kind == "percentage" else (-1000.0, 1000.0)
            if fact.range is not None:
                low, high = float(fact.range.low), float(fact.range.high)
            if kind == "integer" and fact.range is None:
                low = 0.0
            values = [low, high]
            for t in self.thresholds():
                values += [t - 0.5, t, t + 0.5]
            span = high - low
            steps = 20 if span <= 200 else 100
            values += [low + span * i / steps for i in range(steps + 1)]
            out = sorted({v for v in values if low <= v <= high})
            if kind == "integer":
                out = sorted({int(round(v)) for v in out})
            out = [out[0], out[-1]] + out[1:-1]  # the extremes first: they usually show at once that it matters
            return out
        if kind == "date":
            out = [self.D + _dt.timedelta(days=1)]
            for months in range(0, 12 * 6, 2):
                d = _months_back(self.D, months)
                out += [d, d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)]
            return sorted(set(out))
        return []  # text, duration: always worth asking

    # ------------------------------------------------------------ trials
    def decides(self, name, fact, years, open_readers) -> set[int]:
        """The open verdicts (node indexes) some answer would change: each
        verdict that reads the fact and changes for some answer, with its open
        ancestors.  Empty: the fact is not worth asking."""
        candidates = self.candidates(fact)
        nodes = self.rs.program.nodes
        if not candidates:
            changed = {n.index for n in open_readers}
        else:
            fns = self.rs.compiled.node_fns
            trend = fact.per_year and any(chain for n in open_readers for chain in node_year_reads(self.rs, n).get(name, ()))
            values = [value for v in candidates for value in self._values(name, fact, years, v, trend)]
            changed = set()
            for node in open_readers:
                k = node.index
                earlier = self.node_years(k)[1:]
                for value in values:
                    F = {**self.F, name: value}
                    other = OtherYears(self.rs, F, self.P, self.D, self.Y)
                    if fns[k](F, self.P, self.masks, self.Y, self.D, other.at) != self.masks[k] or any(
                        other.at(y)[k] != self._base.at(y)[k] for y in earlier
                    ):
                        changed.add(k)
                        break
        out = set()
        for k in changed:
            while k is not None and not logic.mask_known(self.masks[k]):
                out.add(k)
                k = nodes[k].parent
        if out:
            out |= {n.index for n in nodes if n.kind == "overall" and not logic.mask_known(self.masks[n.index])}
        return out

    def _values(self, name, fact, years, v, trend) -> list:
        if not fact.per_year:
            return [v]
        known = dict(self.F.get(name) or {})
        out = [{**known, **{y: v for y in years}}]
        if trend and len(years) > 1 and isinstance(v, (int, float)) and not isinstance(v, bool):
            for step in (10, -10):  # rising and falling series, for trends
                out.append({**known, **{y: v - step * (self.Y - y) for y in years}})
        return out


def _months_back(d: _dt.date, months: int) -> _dt.date:
    import calendar

    y, mo = divmod(d.year * 12 + d.month - 1 - months, 12)
    return _dt.date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


_PROGRAM_LITERALS: dict[int, tuple[object, frozenset[float]]] = {}


def _program_literals(program) -> frozenset[float]:
    """The numbers written in a program's conditions, found once per loaded
    program (every answer chooses the questions again)."""
    held = _PROGRAM_LITERALS.get(id(program))
    if held is None or held[0] is not program:
        found: set[float] = set()
        for node in program.nodes:
            for clause in node.clauses:
                if clause.condition is not None:
                    _literals(clause.condition, found)
        if len(_PROGRAM_LITERALS) >= 8:  # a process rarely holds more than a few rulesets
            _PROGRAM_LITERALS.clear()
        held = _PROGRAM_LITERALS[id(program)] = (program, frozenset(found))
    return held[1]


def _literals(e, found: set) -> None:
    """The numbers written in an expression."""
    if isinstance(e, m.Literal):
        if isinstance(e.value, (int, float)) and not isinstance(e.value, bool):
            found.add(float(e.value))
        return
    if attrs.has(type(e)):
        for a in attrs.fields(type(e)):
            v = getattr(e, a.name)
            for x in v if isinstance(v, tuple) else (v,):
                if attrs.has(type(x)) and not isinstance(x, m.Span):
                    _literals(x, found)
