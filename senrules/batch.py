"""Evaluate a ruleset over many services or cases at once, column by column.

The per-service path (:meth:`Ruleset.verdicts`, :func:`senrules.engine.verdicts_each`)
runs the compiled Python function once per service.  This module evaluates
each condition **once per batch**, over arrays of facts (numpy): a fact
becomes a column (its values, and a mask of where it is known), a condition
becomes two boolean masks (where it is certainly true, where certainly
false; unknown is neither), and a verdict becomes a column of verdict masks
(:mod:`senrules.logic`: one bit per level still possible).  Kleene logic is
mask algebra::

    p and q:  true = Tp & Tq    false = Fp | Fq
    p or q:   true = Tp | Tq    false = Fp & Fq
    not p:    true = Fp         false = Tp

and a criterion's clauses are read in order exactly as in
``docs/logic.md`` section 5, row by row, with masks.  The answers are the
per-service path's, bit for bit (``tests/unit/test_batch.py`` and the
differential tests against the hand-written reference check it).

The facts are checked once per batch, fact by fact
(:func:`senrules.facts.check_columns`).  The model is read directly (names
resolved against the ruleset's facts, parameters and nodes), so nothing is
compiled to Python and nothing from a rule file is ever executed.

Use::

    result = rules.evaluate_batch(list_of_facts, evaluation_date="2024-09-01",
                                  progress=lambda done, total: ...)
    result.masks["S1"]      # numpy array of verdict masks, one per service
    result.column("S1")     # ["good", None, ...]: the level, None when unknown
    result.rows()           # like verdicts_many: one dict per service

Items may be ``(facts, evaluation_date)`` pairs: each service is judged on
its own date (and reads its own years).  Facts may also be given as columns
(``columns=``: numpy arrays or lists, per-year facts as ``{year: column}``).
:meth:`Ruleset.verdicts_many` uses this path for 64 services or more when
numpy is installed.  Long runs are cut into chunks (``chunk_size``), and ``progress(done, total)``
is called after each.  A ruleset that reads another ruleset's verdicts
(linked facts), or a construct this path does not cover, is evaluated on the
per-service path instead, with the same result (``result.path`` says which).

Beyond one machine, :func:`evaluate_partition` is the function to map over
partitions (Dask ``map_partitions``, Spark ``mapPartitions``, or a
``concurrent.futures`` executor through :func:`map_partitions`): it takes a
ruleset id or path (cheap to ship: each worker loads and caches the ruleset
once) and a list of facts mappings, and returns plain lists, so partitions
need no numpy on the driver.  See ``docs/batch.md``.

numpy is an optional dependency: ``pip install 'senrules[batch]'``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence

from senrules import logic
from senrules import model as m
from senrules.errors import InputError, SenrulesError
from senrules.headroom import with_headroom
from senrules.invariance import select_members as _select_members
from senrules.invariance import year_invariant as _year_invariant

try:  # numpy is optional: only this module needs it
    import numpy as np
except ImportError:  # pragma: no cover - exercised only without numpy
    np = None

__all__ = ["BatchResult", "evaluate_batch", "evaluate_partition", "map_partitions", "possible"]

DEFAULT_CHUNK = 50_000
"""Services evaluated together: enough to amortise numpy's per-call cost,
few enough that a chunk's columns stay in memory (about 1.5 KB a service
for dcsf-2008)."""


def _numpy():
    if np is None:
        raise SenrulesError(
            "the columnar batch path needs numpy: install it with `pip install 'senrules[batch]'` "
            "(or use verdicts_many, which needs nothing more)"
        )
    return np


class _Unsupported(Exception):
    """A construct the columnar path does not cover: use the per-service path."""


# ------------------------------------------------------------------ column values
#
# Columns are broadcastable: a parameter or a literal is a numpy scalar (or a
# Python value), a fact is an array with one value per service.


class B:
    """A three-valued condition: where it is certainly true, certainly false."""

    __slots__ = ("t", "f")

    def __init__(self, t, f):
        self.t, self.f = t, f


class N:
    """A number (or a date, as a day ordinal): values, where known; an
    interval when ``hi`` is given (``v`` is then the low end)."""

    __slots__ = ("v", "k", "hi", "date")

    def __init__(self, v, k, hi=None, date=False):
        self.v, self.k, self.hi, self.date = v, k, hi, date


class S:
    """Text or a choice: an object array (or a str), where known."""

    __slots__ = ("v", "k")

    def __init__(self, v, k):
        self.v, self.k = v, k


class Dur:
    """A duration: the same for every service (a parameter or a literal)."""

    __slots__ = ("d",)

    def __init__(self, d):
        self.d = d


class V:
    """Verdict masks of a node."""

    __slots__ = ("mask",)

    def __init__(self, mask):
        self.mask = mask


class L:
    """A list fact: every service's records, one after another.  ``rows`` is
    the service each record belongs to, ``size`` the number of records of each
    service, ``k`` where the list is given, ``fields`` the records' field
    columns (as Python lists) and the field types."""

    __slots__ = ("rows", "size", "k", "records", "types", "_cols")

    def __init__(self, rows, size, k, records, types):
        self.rows, self.size, self.k, self.records, self.types = rows, size, k, records, types
        self._cols = {}

    def field(self, name: str):
        col = self._cols.get(name)
        if col is None:
            col = self._cols[name] = _typed([r.get(name) for r in self.records], self.types[name], len(self.records))
        return col


def _typed(values, ft: m.FactType, n: int):
    """A column from a fact's checked values (a list with None where
    unknown, a numpy array, or None when no service gives the fact)."""
    kind = ft.kind
    if values is None:
        nowhere = np.zeros(n, bool)
        if kind == "boolean":
            return B(nowhere, nowhere)
        if kind in ("text", "choice"):
            return S(np.full(n, None, dtype=object), nowhere)
        return N(np.zeros(n), nowhere, date=kind == "date")
    if isinstance(values, np.ndarray) and values.dtype != object:
        return _typed_array(values, kind)
    return _typed_iter(values, kind, n)


_NAN = float("nan")
_BOOL_CODE = {True: 1.0, False: 0.0}


def _typed_iter(values: Iterable, kind: str, n: int):
    """A column from an iterable of checked values (None where unknown), in
    one pass: checked values are never NaN, so NaN marks the unknown."""
    if kind == "boolean":
        code = np.fromiter((_BOOL_CODE.get(v, _NAN) for v in values), float, n)
        return B(code == 1.0, code == 0.0)
    if kind in ("integer", "number", "percentage"):
        v = np.fromiter((_NAN if x is None else x for x in values), float, n)
        known = ~np.isnan(v)
        return N(np.where(known, v, 0.0), known)
    if kind == "date":
        v = np.fromiter((_NAN if x is None else x.toordinal() for x in values), float, n)
        known = ~np.isnan(v)
        return N(np.where(known, v, 0).astype(np.int64), known, date=True)
    if kind in ("text", "choice"):
        arr = np.empty(n, dtype=object)
        arr[:] = list(values)
        return S(arr, np.not_equal(arr, None))
    raise _Unsupported(f"a {kind} fact")


_EPOCH = 719163  # date(1970, 1, 1).toordinal()


def _typed_array(arr, kind: str):
    """A column from a numpy array given as a column of facts: NaN (or NaT)
    marks a missing value."""
    if kind == "boolean":
        if arr.dtype.kind == "b":
            return B(arr, ~arr)
        values = arr.astype(float)  # 1 and 0, NaN where unknown
        return B(values == 1, values == 0)
    if kind == "date":
        days = arr.astype("datetime64[D]")
        known = ~np.isnat(days)
        return N(np.where(known, days.astype(np.int64), 0) + _EPOCH, known, date=True)
    values = arr.astype(float)
    known = ~np.isnan(values)
    return N(np.where(known, values, 0.0), known)


def _scalar(value):
    """A parameter's or a literal's value as a column (numpy scalars, so
    that ``~`` is logical negation on them as on arrays)."""
    if isinstance(value, bool):
        return B(np.bool_(value), np.bool_(not value))
    if isinstance(value, (int, float)):
        return N(np.float64(value), np.True_)
    if isinstance(value, _dt.date):
        return N(np.int64(value.toordinal()), np.True_, date=True)
    if isinstance(value, str):
        return S(value, np.True_)
    if isinstance(value, m.Duration):
        return Dur(value)
    if isinstance(value, m.Percent):
        return N(np.float64(value.value), np.True_)
    raise _Unsupported(f"the value {value!r}")


# ------------------------------------------------------------------ mask helpers


def _exact(x: N):
    """Where an interval is one number (so counted as known)."""
    return True if x.hi is None else x.v == x.hi


def _bounds(x: N):
    return x.v, (x.v if x.hi is None else x.hi)


_CMP = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


def _compare(a, b, op: str) -> B:
    if isinstance(a, Dur) and isinstance(b, Dur):
        r = logic.compare_durations(a.d, b.d, logic.OPS.index(op))
        return B(np.bool_(r is True), np.bool_(r is False))
    if isinstance(a, B) or isinstance(b, B):
        a, b = _as_value(a), _as_value(b)
    if isinstance(a, (Dur, V, L)) or isinstance(b, (Dur, V, L)):
        raise _Unsupported("this comparison")
    k = a.k & b.k
    if isinstance(a, S) or isinstance(b, S) or (a.hi is None and b.hi is None):
        holds = np.asarray(_CMP[op](a.v, b.v), dtype=bool)
        return B(k & holds, k & ~holds)
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if op == "<":
        t, f = ahi < blo, alo >= bhi
    elif op == "<=":
        t, f = ahi <= blo, alo > bhi
    elif op == ">":
        t, f = alo > bhi, ahi <= blo
    elif op == ">=":
        t, f = alo >= bhi, ahi < blo
    else:
        same = (alo == ahi) & (ahi == blo) & (blo == bhi)
        apart = (ahi < blo) | (bhi < alo)
        t, f = (same, apart) if op == "==" else (apart, same)
    return B(k & t, k & f)


def _as_value(x):
    """A condition compared with `==`: true as 1, false as 0."""
    if isinstance(x, B):
        return N(np.where(x.t, 1.0, 0.0), x.t | x.f)
    return x


def _arith(a: N, b: N, op: str) -> N:
    k = a.k & b.k
    if a.hi is None and b.hi is None:
        if op == "+":
            return N(a.v + b.v, k)
        if op == "-":
            return N(a.v - b.v, k)
        if op == "*":
            return N(a.v * b.v, k)
        nonzero = b.v != 0
        with np.errstate(divide="ignore", invalid="ignore"):
            return N(np.where(nonzero, a.v / np.where(nonzero, b.v, 1), 0.0), k & nonzero)
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if op == "+":
        return N(alo + blo, k, ahi + bhi)
    if op == "-":
        return N(alo - bhi, k, ahi - blo)
    if op == "/":
        ok = ~((blo <= 0) & (0 <= bhi))
        blo, bhi = np.where(ok, blo, 1), np.where(ok, bhi, 1)
        c = (alo / blo, alo / bhi, ahi / blo, ahi / bhi)
        k = k & ok
    else:
        c = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
    lo = np.minimum(np.minimum(c[0], c[1]), np.minimum(c[2], c[3]))
    hi = np.maximum(np.maximum(c[0], c[1]), np.maximum(c[2], c[3]))
    return N(lo, k, hi)


# ------------------------------------------------------------------ dates over arrays


def _shift_dates(d: N, dur: m.Duration, sign: int) -> N:
    """``d ± dur`` for a column of day ordinals, as :func:`logic.shift`."""
    if dur is None:
        raise _Unsupported("a duration of months and days")
    if np.ndim(d.v) == 0:
        if not d.k:
            return d
        return N(np.int64(logic.shift(_dt.date.fromordinal(int(d.v)), dur, sign).toordinal()), np.True_, date=True)
    amount = dur.amount * sign
    if dur.unit in ("days", "weeks"):
        days = amount * (7 if dur.unit == "weeks" else 1)
        if days != int(days):
            raise _Unsupported("a fractional number of days")
        return N(np.where(d.k, d.v + int(days), 0), d.k, date=True)
    months = amount * (12 if dur.unit == "years" else 1)
    whole = int(np.floor(months))
    ordinal = np.where(d.k, d.v, 719163)  # (1970-01-01 where unknown)
    day64 = (ordinal - 719163).astype("datetime64[D]")
    month = day64.astype("datetime64[M]")
    dom = (day64 - month.astype("datetime64[D]")).astype(np.int64)
    target = month + whole
    last = ((target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")).astype(np.int64) - 1
    out = target.astype("datetime64[D]").astype(np.int64) + np.minimum(dom, last) + 719163
    if months != whole:
        out = out + round((months - whole) * 30.4375)
    return N(out, d.k, date=True)


def _ymd(d: N):
    day64 = (np.where(d.k, d.v, 719163) - 719163).astype("datetime64[D]")
    year = day64.astype("datetime64[Y]").astype(np.int64) + 1970
    month = day64.astype("datetime64[M]").astype(np.int64) % 12 + 1
    dom = (day64 - day64.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    return year, month, dom


def _months_between(a: N, b: N) -> N:
    (ay, am, ad), (by, bm, bd) = _ymd(a), _ymd(b)
    months = (by - ay) * 12 + (bm - am)
    months = np.where((months > 0) & (bd < ad), months - 1, np.where((months < 0) & (bd > ad), months + 1, months))
    return N(months.astype(float), a.k & b.k)


# ------------------------------------------------------------------ the evaluator


class _Year:
    """A year's evaluation context: how many years back from each service's
    evaluation year, the evaluation date there (per service), the facts
    read for it, and the verdicts of its nodes (computed on demand)."""

    __slots__ = ("back", "year", "date", "masks", "facts")

    def __init__(self, back: int, year, date: N):
        self.back, self.year, self.date = back, year, date
        self.masks: dict[int, object] = {}
        self.facts: dict[str, object] = {}


def _years_back(date: N, back: int) -> N:
    return date if back == 0 else _shift_dates(date, m.Duration(12 * back, "months"), -1)


class _Chunk:
    """Evaluates every node of a program over one chunk of services."""

    def __init__(self, rs, source, n: int, P: Mapping, dates, years):
        self.rs, self.program = rs, rs.program
        self.source, self.n, self.P = source, n, P
        self.base = N(dates, np.True_, date=True)
        self.base_year = years  # each service's evaluation year (an int when all share one)
        self.years: dict[int, _Year] = {}
        self.static: dict[str, object] = {}  # the columns of facts not given per year
        self.members: dict[tuple, tuple[int, ...]] = {}
        self.chains: dict[tuple, tuple] = {}
        self.invariant = _year_invariant(rs)
        self.scalars = {name: _scalar(v) for name, v in P.items()}

    def year(self, back: int) -> _Year:
        """The context ``back`` years before each service's evaluation
        year, its date the evaluation date moved back that many years."""
        found = self.years.get(back)
        if found is None:
            year = self.base_year - back
            if np.min(year) < 1:
                raise _Unsupported("a year before year 1")
            found = self.years[back] = _Year(back, year, _years_back(self.base, back))
        return found

    # -------------------------------------------------------------- facts
    def fact(self, name: str, ctx: _Year):
        decl = self.program.facts[name]
        cache = ctx.facts if decl.per_year else self.static
        col = cache.get(name)
        if col is not None:
            return col
        values = self.source.values(name, decl.per_year, ctx.year)
        if decl.type.kind == "list":
            col = self._list([None] * self.n if values is None else list(values), decl.type)
        else:
            col = _typed(values, decl.type, self.n)
        cache[name] = col
        return col

    def _list(self, values, ft: m.FactType) -> L:
        size = np.fromiter((0 if v is None else len(v) for v in values), np.int64, len(values))
        k = np.fromiter((v is not None for v in values), bool, len(values))
        rows = np.repeat(np.arange(len(values)), size)
        records = [r for v in values if v is not None for r in v]
        return L(rows, size, k, records, dict(ft.fields))

    # -------------------------------------------------------------- nodes
    def node(self, idx: int, ctx: _Year):
        """A node's verdicts in the year of ``ctx``: always judged on that
        year's own evaluation date (the base date moved back), as the
        per-service path does, even when ``ctx`` was reached through a chain
        of year functions."""
        canon = self.year(0 if idx in self.invariant else ctx.back)
        mask = canon.masks.get(idx)
        if mask is None:  # (the nodes it reads are computed as it reads them)
            mask = canon.masks[idx] = self._read_clauses(self.program.nodes[idx], canon)
        return mask

    def _read_clauses(self, node, ctx: _Year):
        """The clauses read in order: a true condition decides, an unknown
        one leaves its outcome possible and reading goes on, a false one is
        skipped; reaching the end leaves "no outcome" possible."""
        bit = {lvl: 1 << i for i, lvl in enumerate(node.scale)}
        n = self.n
        possible = np.zeros(n, np.int64)
        result = np.zeros(n, np.int64)
        open_ = np.ones(n, bool)  # not decided yet
        for clause in node.clauses:
            b = bit.get(clause.outcome, 0)
            if clause.condition is None:
                return np.where(open_, possible | b, result)
            c = self.expr(clause.condition, node, ctx, None)
            t = c.t if np.ndim(c.t) else np.full(n, bool(c.t))
            unknown = ~(t | c.f)
            decided = open_ & t
            result = np.where(decided, possible | b, result)
            possible = np.where(open_ & unknown, possible | b, possible)
            open_ = open_ & ~t
            if not open_.any():
                return result
        return np.where(open_, possible | logic.NONE, result)

    # -------------------------------------------------------------- expressions
    def expr(self, e, owner, ctx: _Year, rec: L | None):
        return getattr(self, "_e_" + type(e).__name__)(e, owner, ctx, rec)

    def _e_Literal(self, e, owner, ctx, rec):
        return _scalar(e.value)

    def _e_Ref(self, e, owner, ctx, rec):
        name = e.name
        if rec is not None and name in rec.types:
            return rec.field(name)
        if name in self.scalars:
            col = self.scalars[name]
        elif name in self.program.facts:
            col = self.fact(name, ctx)
        elif name == "evaluation_date":
            col = ctx.date
        elif name == "evaluation_year":
            col = N(np.asarray(ctx.year, dtype=float), np.True_)
        elif name in self.program.by_id:
            col = V(self.node(self.program.by_id[name], ctx))
        else:
            raise _Unsupported(f"the name {name}")
        if rec is not None and _varies(col):
            return _gather(col, rec.rows)
        return col

    def _e_Not(self, e, owner, ctx, rec):
        c = self.expr(e.operand, owner, ctx, rec)
        return B(c.f, c.t)

    def _e_And(self, e, owner, ctx, rec):
        a, b = self.expr(e.left, owner, ctx, rec), self.expr(e.right, owner, ctx, rec)
        return B(a.t & b.t, a.f | b.f)

    def _e_Or(self, e, owner, ctx, rec):
        a, b = self.expr(e.left, owner, ctx, rec), self.expr(e.right, owner, ctx, rec)
        return B(a.t | b.t, a.f & b.f)

    def _e_Compare(self, e, owner, ctx, rec):
        return _compare(self.expr(e.left, owner, ctx, rec), self.expr(e.right, owner, ctx, rec), e.op)

    def _e_Arith(self, e, owner, ctx, rec):
        a, b = self.expr(e.left, owner, ctx, rec), self.expr(e.right, owner, ctx, rec)
        if isinstance(a, Dur) and isinstance(b, N) and b.date:
            a, b = b, a
        if isinstance(a, N) and a.date and isinstance(b, Dur):
            return _shift_dates(a, b.d, 1 if e.op == "+" else -1)
        if isinstance(a, Dur) and isinstance(b, Dur):
            if e.op == "*":
                raise _Unsupported("a duration times a duration")
            return Dur(logic.add_durations(a.d, b.d, 1 if e.op == "+" else -1))
        if isinstance(a, Dur) or isinstance(b, Dur):
            if e.op == "*":
                d, k = (a, b) if isinstance(a, Dur) else (b, a)
                if np.ndim(k.v) == 0 and k.k:
                    return Dur(logic.scale_duration(d.d, k.v if not float(k.v).is_integer() else int(k.v)))
            raise _Unsupported("arithmetic on durations")
        if not isinstance(a, N) or not isinstance(b, N) or a.date or b.date:
            raise _Unsupported("this arithmetic")
        return _arith(a, b, e.op)

    def _e_Neg(self, e, owner, ctx, rec):
        a = self.expr(e.operand, owner, ctx, rec)
        if not isinstance(a, N):
            raise _Unsupported("negating this")
        if a.hi is None:
            return N(-a.v, a.k)
        return N(-a.hi, a.k, -a.v)

    def _e_IsLevel(self, e, owner, ctx, rec):
        from senrules.compiler import level_bits

        mask = self._operand_mask(e.operand, ctx)
        node = self.program.nodes[self.program.by_id[e.operand.name]]
        bits = level_bits(node.scale, e.test)
        some = mask != 0
        return B(some & ((mask & ~bits) == 0), some & ((mask & bits) == 0))

    def _operand_mask(self, operand, ctx):
        if not isinstance(operand, m.Ref) or operand.name not in self.program.by_id:
            raise _Unsupported("a level test of this")
        return self.node(self.program.by_id[operand.name], ctx)

    def _e_IsKnown(self, e, owner, ctx, rec):
        c = self.expr(e.operand, owner, ctx, rec)
        if isinstance(c, V):
            known = _mask_known(c.mask)
        elif isinstance(c, B):
            known = c.t | c.f
        elif isinstance(c, N):
            known = c.k & _exact(c)
        elif isinstance(c, S):
            known = c.k
        elif isinstance(c, Dur):
            known = c.d is not None
        elif isinstance(c, L):
            known = c.k
        else:  # pragma: no cover
            raise _Unsupported("is known of this")
        known = np.asarray(known, dtype=bool)
        if not e.known:  # `is unknown`
            known = ~known
        return B(known, ~known)

    def _e_Member(self, e, owner, ctx, rec):
        c = self.expr(e.operand, owner, ctx, rec)
        if not isinstance(c, (N, S)) or (isinstance(c, N) and (c.hi is not None or c.date)):
            raise _Unsupported("this membership test")
        options = [o.value for o in e.options]
        if isinstance(c, N):
            if not all(isinstance(o, (int, float)) and not isinstance(o, bool) for o in options):
                raise _Unsupported("this membership test")
            options = [float(o) for o in options]
        elif not all(isinstance(o, str) for o in options):
            raise _Unsupported("this membership test")
        inside = np.isin(c.v, options) if np.ndim(c.v) else np.bool_(c.v in options)
        if e.negate:
            inside = ~inside
        return B(c.k & inside, c.k & ~inside)

    def _e_Within(self, e, owner, ctx, rec):
        x = self.expr(e.operand, owner, ctx, rec)
        dur = self.expr(e.duration, owner, ctx, rec)
        anchor = self.expr(e.anchor, owner, ctx, rec)
        if not isinstance(dur, Dur) or not isinstance(x, N) or not isinstance(anchor, N):
            raise _Unsupported("this within")
        start = _shift_dates(anchor, dur.d, -1)
        end = anchor if e.mode == "before" else _shift_dates(anchor, dur.d, 1)
        k = x.k & start.k
        holds = (start.v <= x.v) & (x.v <= end.v)
        return B(k & holds, k & ~holds)

    def _e_Select(self, e, owner, ctx, rec):
        members = self._members(e, owner)
        if e.known is not None:
            if not members:
                return N(np.float64(0), np.True_) if e.func == "count" else N(np.float64(0), np.False_)
            stack = np.stack([self.node(i, ctx) for i in members])
            count = (_mask_known(stack) == e.known).sum(0).astype(float)
            return N(count, np.True_) if e.func == "count" else N(count * 100 / len(members), np.True_)
        if e.test is None:
            if e.func == "count":
                return N(np.float64(len(members)), np.True_)
            return N(np.float64(100), np.True_) if members else N(np.float64(0), np.False_)
        from senrules.compiler import level_bits

        if not members:
            return N(np.float64(0), np.True_) if e.func == "count" else N(np.float64(0), np.False_)
        bits = level_bits(self.program.nodes[members[0]].scale, e.test)
        stack = np.stack([self.node(i, ctx) for i in members])
        some = (stack & bits) != 0
        hi = some.sum(0).astype(float)
        lo = (some & ((stack & ~bits) == 0)).sum(0).astype(float)
        if e.func == "share":
            size = len(members)
            lo, hi = lo * 100 / size, hi * 100 / size
        return N(lo, np.True_, hi)

    def _members(self, e, owner) -> tuple[int, ...]:
        key = (owner.index, e.kind, e.of_id)
        found = self.members.get(key)
        if found is None:
            found = self.members[key] = _select_members(self.program, e, owner)
        return found

    # -------------------------------------------------------------- lists
    def _list_of(self, name: str, ctx) -> L:
        decl = self.program.facts.get(name)
        if decl is None or decl.type.kind != "list":
            raise _Unsupported(f"the list {name}")
        return self.fact(name, ctx)

    def _e_Where(self, e, owner, ctx, rec):
        if rec is not None:
            raise _Unsupported("a list inside a list")
        base, _, field = e.collection.partition(".")
        lst = self._list_of(base, ctx)
        cond = self.expr(e.condition, owner, ctx, lst)
        t = np.broadcast_to(cond.t, lst.rows.shape)
        f = np.broadcast_to(cond.f, lst.rows.shape)
        if e.func in ("count", "share"):
            lo = np.bincount(lst.rows, weights=t, minlength=self.n)
            hi = np.bincount(lst.rows, weights=~f, minlength=self.n)
            if e.func == "count":
                return N(lo, lst.k, hi)
            nonempty = lst.size > 0
            size = np.where(nonempty, lst.size, 1)
            return N(lo * 100 / size, lst.k & nonempty, hi * 100 / size)
        return self._aggregate(lst, field, e.func, t, f)

    def _aggregate(self, lst: L, field: str, func: str, t, f):
        """sum/mean/min/max of a field over the records that match: unknown
        when a record that might match has an unknown match or field."""
        col = lst.field(field)
        if not isinstance(col, N) or col.date:
            raise _Unsupported(f"{func} of this field")
        maybe = ~f
        bad = (maybe & ~t) | (maybe & ~col.k)
        k = lst.k & (np.bincount(lst.rows, weights=bad, minlength=self.n) == 0)
        take = t & col.k
        count = np.bincount(lst.rows, weights=take, minlength=self.n)
        if func == "sum":
            return N(np.bincount(lst.rows, weights=np.where(take, col.v, 0.0), minlength=self.n), k)
        if func == "mean":
            total = np.bincount(lst.rows, weights=np.where(take, col.v, 0.0), minlength=self.n)
            return N(total / np.where(count > 0, count, 1), k & (count > 0))
        out = np.full(self.n, np.inf if func == "min" else -np.inf)
        (np.minimum if func == "min" else np.maximum).at(out, lst.rows[take], col.v[take])
        return N(np.where(count > 0, out, 0.0), k & (count > 0))

    # -------------------------------------------------------------- functions
    def _e_Call(self, e, owner, ctx, rec):
        f = e.func
        first = e.args[0] if e.args else None
        if isinstance(first, m.Ref) and rec is None:
            base = first.name.partition(".")[0]
            decl = self.program.facts.get(base)
            if decl is not None and decl.type.kind == "list":
                lst = self._list_of(base, ctx)
                if f == "count":
                    return N(lst.size.astype(float), lst.k)
                ones = np.ones(lst.rows.shape, bool)
                return self._aggregate(lst, first.name.partition(".")[2], f, ones, ~ones)
        if f in ("improving", "declining", "previous", "change", "lowest", "highest") or (f == "mean" and len(e.args) == 2):
            return self._over_years(e, owner, ctx, rec)
        args = [self.expr(a, owner, ctx, rec) for a in e.args]
        if f in ("min", "max"):
            if any(not isinstance(a, N) or a.hi is not None for a in args):
                raise _Unsupported(f"{f} of this")
            pick = np.minimum if f == "min" else np.maximum
            v, k = args[0].v, args[0].k
            for a in args[1:]:
                v, k = pick(v, a.v), k & a.k
            return N(v, k, date=args[0].date)
        if f == "abs":
            return N(np.abs(args[0].v), args[0].k)
        if f == "round":
            digits = args[1] if len(args) > 1 else N(np.float64(0), np.True_)
            if np.ndim(digits.v):
                raise _Unsupported("round to a varying number of digits")
            return N(np.round(args[0].v, int(digits.v)), args[0].k & digits.k)
        if f == "days_between":
            a, b = args
            return N((b.v - a.v).astype(float) if np.ndim(b.v - a.v) else float(b.v - a.v), a.k & b.k)
        if f == "months_between":
            return _months_between(*args)
        if f == "years_between":
            months = _months_between(*args)
            return N(np.trunc(months.v / 12), months.k)
        raise _Unsupported(f"the function {f}")

    def _years(self, e, owner, ctx, rec) -> int | None:
        if len(e.args) < 2:
            return 1
        y = self.expr(e.args[1], owner, ctx, rec)
        if not isinstance(y, N) or np.ndim(y.v) or y.hi is not None:
            raise _Unsupported("a number of years that differs between services")
        return int(y.v) if y.k else None

    def _value_at(self, e, owner, ctx, rec, back: int):
        """``e`` as of ``back`` years before the year of ``ctx``, on that
        year's evaluation date moved back by ``back`` years from ctx's."""
        if back == 0:
            return self.expr(e, owner, ctx, rec)
        if back > logic.MAX_YEARS_BACK or back < 0:
            raise _Unsupported("a year after the evaluation year, or too far back")
        key = (id(ctx), back)
        there = self.chains.get(key)
        if there is None:
            canon = self.year(ctx.back + back)
            there = _Year(canon.back, canon.year, _years_back(ctx.date, back))
            there.facts = canon.facts  # (the same year's facts)
            self.chains[key] = (there, ctx)  # (ctx kept alive, so its id stays its own)
        else:
            there = there[0]
        return self.expr(e, owner, there, rec)

    def _over_years(self, e, owner, ctx, rec):
        f, inner = e.func, e.args[0]
        years = self._years(e, owner, ctx, rec)
        unknown = N(np.float64(0), np.False_)
        if years is None:
            return B(np.False_, np.False_) if f in ("improving", "declining") else unknown
        if f == "previous":
            return self._value_at(inner, owner, ctx, rec, years)
        if f == "change":
            a, b = self._value_at(inner, owner, ctx, rec, 0), self._value_at(inner, owner, ctx, rec, years)
            return _arith(a, b, "-")
        n = years
        if f in ("improving", "declining"):
            if n < 2 or n > logic.MAX_YEARS_BACK:
                return B(np.False_, np.False_)
            later = self._value_at(inner, owner, ctx, rec, 0)
            t, fa = np.True_, np.False_
            for back in range(1, n):
                earlier = self._value_at(inner, owner, ctx, rec, back)
                step = _compare(earlier, later, "<" if f == "improving" else ">")
                t, fa = t & step.t, fa | step.f
                later = earlier
            return B(t, fa)
        if n < 1 or n > logic.MAX_YEARS_BACK:
            return unknown
        values = [self._value_at(inner, owner, ctx, rec, back) for back in range(n)]
        if any(not isinstance(v, N) for v in values):
            raise _Unsupported(f"{f} of this")
        if f == "mean":
            total, k = values[0].v, values[0].k & _exact(values[0])
            for v in values[1:]:
                total, k = total + v.v, k & v.k & _exact(v)
            return N(total / len(values), k)
        # lowest / highest: every year known; intervals by their bounds
        pick = np.maximum if f == "highest" else np.minimum
        lo, hi = _bounds(values[0])
        k = values[0].k
        interval = values[0].hi is not None
        for v in values[1:]:
            vlo, vhi = _bounds(v)
            lo, hi, k = pick(lo, vlo), pick(hi, vhi), k & v.k
            interval = interval or v.hi is not None
        return N(lo, k, hi if interval else None, date=values[0].date)


def _varies(col) -> bool:
    """Whether a column differs between services (so is read per record)."""
    if isinstance(col, B):
        return np.ndim(col.t) > 0 or np.ndim(col.f) > 0
    if isinstance(col, (N, S)):
        return np.ndim(col.v) > 0 or np.ndim(col.k) > 0
    return isinstance(col, V)


def _mask_known(mask):
    return (mask != 0) & (mask != logic.NONE) & ((mask & (mask - 1)) == 0)


def _gather(col, rows):
    """A service's column read for each of its records."""
    if isinstance(col, B):
        return B(col.t[rows] if np.ndim(col.t) else col.t, col.f[rows] if np.ndim(col.f) else col.f)
    if isinstance(col, N):
        return N(col.v[rows], col.k[rows] if np.ndim(col.k) else col.k, None if col.hi is None else col.hi[rows], col.date)
    if isinstance(col, S):
        return S(col.v[rows], col.k[rows] if np.ndim(col.k) else col.k)
    if isinstance(col, V):
        return V(col.mask[rows])
    raise _Unsupported("this inside a list")


# ------------------------------------------------------------------ the result


class BatchResult:
    """The verdicts of a batch, as columns: one numpy array of verdict masks
    per criterion, standard, section and the overall judgement, in the
    batch's order."""

    def __init__(self, rs, masks: dict[str, object], path: str):
        self._rs = rs
        self.masks = masks
        self.path = path  # "columnar" or "per-service"
        self._names = {ident: table for ident, table in rs.level_names}

    def __len__(self) -> int:
        return len(next(iter(self.masks.values()))) if self.masks else 0

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.masks)

    def column(self, ident: str) -> list[str | None]:
        """The verdict on ``ident`` for every service: its level, or None
        when the evidence does not decide it."""
        masks = self.masks[ident]
        table = self._names[ident]
        values, where = np.unique(masks, return_inverse=True)
        names = np.empty(len(values), dtype=object)
        names[:] = [table.get(int(v)) for v in values]
        return names[where.reshape(-1)].tolist()

    def columns(self) -> dict[str, list[str | None]]:
        return {ident: self.column(ident) for ident in self.masks}

    def rows(self) -> list[dict[str, str | None]]:
        """One dict per service, as :meth:`Ruleset.verdicts_many` gives."""
        cols = self.columns()
        ids = list(cols)
        return [dict(zip(ids, values)) for values in zip(*cols.values())]

    def possible(self) -> list[dict[str, frozenset]]:
        """For every service, the levels still possible for each id ("no
        outcome" as ``None``)."""
        scales = {n.id: n.scale for n in self._rs.program.nodes}
        out = [{} for _ in range(len(self))]
        for ident, masks in self.masks.items():
            scale = scales[ident]
            sets = {}
            for value in np.unique(masks).tolist():
                levels = {lvl for i, lvl in enumerate(scale) if value & (1 << i)}
                if value & logic.NONE:
                    levels.add(None)
                sets[value] = frozenset(levels)
            for row, value in zip(out, masks.tolist()):
                row[ident] = sets[value]
        return out


# ------------------------------------------------------------------ where the facts come from


class _RowSource:
    """Facts given service by service (mappings), checked column by column."""

    def __init__(self, columns: Mapping[str, list]):
        self.columns = columns

    def values(self, name: str, per_year: bool, year):
        col = self.columns.get(name)
        if col is None or not per_year:
            return col
        if np.ndim(year) == 0:
            y = int(year)
            return (None if s is None else s.get(y) for s in col)
        return (None if s is None else s.get(y) for s, y in zip(col, year.tolist()))


class _ColumnSource:
    """Facts given as columns: fact -> one value per service (a list, with
    None where unknown, or a numpy array, NaN/NaT where unknown); a per-year
    fact -> {year: column}."""

    def __init__(self, columns: Mapping, n: int):
        self.columns, self.n = columns, n

    def values(self, name: str, per_year: bool, year):
        col = self.columns.get(name)
        if col is None or not per_year:
            return col
        if np.ndim(year) == 0:
            return col.get(int(year))
        given = [col.get(y) for y in np.unique(year).tolist()]
        if all(isinstance(c, np.ndarray) and c.dtype.kind in "fM" for c in given if c is not None):
            # each service's year from that year's array (NaN / NaT where no year is given)
            kinds = {c.dtype.kind for c in given if c is not None}
            if len(kinds) <= 1:
                dtype = next((c.dtype for c in given if c is not None), np.dtype(float))
                out = np.full(self.n, np.nan if dtype.kind == "f" else np.datetime64("NaT"), dtype=dtype)
                for y in np.unique(year).tolist():
                    c = col.get(y)
                    if c is not None:
                        chosen = year == y
                        out[chosen] = c[chosen]
                return out
        out = [None] * self.n
        for i, y in enumerate(year.tolist()):
            given = col.get(y)
            if given is not None:
                value = given[i]
                out[i] = None if isinstance(value, float) and value != value else value
        return out


def _check_given_columns(rs, columns: Mapping, n: int) -> dict:
    """Columns of facts checked as :func:`senrules.facts.check_columns`
    checks services' facts: numpy arrays with whole-array operations, lists
    with a few C-level passes, and anything else value by value."""
    from senrules.facts import column_ok, records_ok, unknown_fact, coerce_value

    out = {}
    for name, given in columns.items():
        fact = rs.facts.get(name)
        if fact is None:
            unknown_fact(name, rs.facts)
        if fact.per_year and not isinstance(given, Mapping):
            raise InputError(f"fact `{name}` is given per year: give {{year: column}}")
        parts = given.items() if fact.per_year else [(None, given)]
        checked = {}
        for year, col in parts:
            where = f"fact `{name}`" + (f" for {year}" if year is not None else "")
            if not isinstance(year, (int, type(None))) or isinstance(year, bool):
                raise InputError(f"{where}: `{year}` is not a year")
            if len(col) != n:
                raise InputError(f"{where}: {len(col)} values, but other columns have {n} (one value per service)")
            if isinstance(col, np.ndarray) and col.dtype != object:
                _check_array(fact, col, where)
            elif not (records_ok(fact.type, list(col)) if fact.type.kind == "list" else column_ok(fact.type, list(col), fact.range)):
                col = list(col)
                for i, value in enumerate(col):
                    try:
                        col[i] = coerce_value(fact.type, value, where, fact.range)
                    except InputError as err:
                        raise InputError(f"service {i + 1}: {err.message}") from None
            checked[year] = col
        out[name] = checked if fact.per_year else checked[None]
    return out


def _check_array(fact: m.Fact, arr, where: str) -> None:
    kind = fact.type.kind
    ok = {"boolean": "bf", "date": "M", "integer": "iuf", "number": "iuf", "percentage": "iuf"}.get(kind)
    if ok is None or arr.dtype.kind not in ok:
        raise InputError(f"{where}: a numpy array of {arr.dtype} cannot hold {kind} values; give a list")
    if kind == "boolean" and arr.dtype.kind == "f":
        values = arr[~np.isnan(arr)]
        if not np.all((values == 0) | (values == 1)):
            bad = int(np.flatnonzero(~np.isnan(arr) & (arr != 0) & (arr != 1))[0])
            raise InputError(f"service {bad + 1}: {where}: {arr[bad]:g} is not true or false (1 or 0)")
    if kind in ("integer", "number", "percentage"):
        values = arr.astype(float)
        known = values[~np.isnan(values)]
        if kind == "integer" and not np.all(known == np.round(known)):
            bad = int(np.flatnonzero(~np.isnan(values) & (values != np.round(values)))[0])
            raise InputError(f"service {bad + 1}: {where}: {arr[bad]} is not a whole number")
        low, high = (0, 100) if kind == "percentage" else (-np.inf, np.inf)
        if fact.range is not None:
            low, high = max(low, fact.range.low), min(high, fact.range.high)
        outside = ~np.isnan(values) & ((values < low) | (values > high))
        if outside.any():
            bad = int(np.flatnonzero(outside)[0])
            what = "is outside 0-100, but it is a percentage" if kind == "percentage" and not 0 <= values[bad] <= 100 else f"is outside the allowed range {fact.range.low:g} to {fact.range.high:g}"
            raise InputError(f"service {bad + 1}: {where}: {arr[bad]:g} {what}")


# ------------------------------------------------------------------ entry points


def _evaluate_chunk(rs, source, n: int, P, dates, years) -> dict[int, object]:
    chunk = _Chunk(rs, source, n, P, dates, years)
    ctx = chunk.year(0)
    for idx in rs.program.order:
        chunk.node(idx, ctx)
    return ctx.masks


def _per_service_path(rs, facts: list, P, days: list) -> dict[int, object]:
    from senrules.engine import OtherYears
    from senrules.facts import check_batch, prepare_facts
    from senrules.links import links, resolve_links

    if links(rs):
        rows = [prepare_facts(rs.facts, resolve_links(rs, f, evaluation_date=D), with_provenance=False)[0] for f, D in zip(facts, days)]
    else:
        rows = check_batch(rs.facts, facts)
    table = [rs.compiled.evaluate_all(F, P, D.year, D, OtherYears(rs, F, P, D, D.year).at) for F, D in zip(rows, days)]
    return {i: np.array([t[i] for t in table], dtype=np.int64) for i in range(len(rs.program.nodes))}


def _dates(days: list[_dt.date]):
    """Day ordinals and years of the services' evaluation dates: scalars
    when they share one date (the usual case), arrays otherwise."""
    first = days[0]
    if all(d == first for d in days):
        return np.int64(first.toordinal()), first.year
    return np.array([d.toordinal() for d in days], np.int64), np.array([d.year for d in days], np.int64)


@with_headroom
def evaluate_batch(
    rs, batch: Sequence | None = None, *, columns: Mapping | None = None, evaluation_date=None, parameters=None,
    progress: Callable[[int, int], None] | None = None, chunk_size: int = DEFAULT_CHUNK,
) -> BatchResult:
    """Evaluate many services or cases column by column; see the module
    docstring.  Give ``batch``, a sequence of facts mappings (or ``(facts,
    date)`` pairs), or ``columns``, fact -> one value per service (per-year
    facts: {year: column}; numpy arrays with NaN/NaT for unknown, or lists
    with None), with ``evaluation_date`` one date or a date per service."""
    from senrules.engine import parse_evaluation_date, resolve_parameters
    from senrules.facts import check_columns
    from senrules.links import links

    _numpy()
    if (batch is None) == (columns is None):
        raise InputError("give either a batch of facts mappings or columns of facts, not both")
    if columns is not None:
        n = max((len(c) if not isinstance(c, Mapping) else max((len(v) for v in c.values()), default=0)) for c in columns.values()) if columns else 0
        if isinstance(evaluation_date, (list, tuple, np.ndarray)):
            days = [parse_evaluation_date(d) for d in evaluation_date]
            n = n or len(days)
        else:
            days = [parse_evaluation_date(evaluation_date)] * n
        items = None
    else:
        default_date = parse_evaluation_date(evaluation_date)
        items, days = [], []
        for i, item in enumerate(batch):
            facts, day = (item[0], parse_evaluation_date(item[1])) if isinstance(item, tuple) else (item, default_date)
            if not isinstance(facts, Mapping):
                raise InputError(f"service {i + 1}: expected a mapping of fact names to values")
            items.append(facts)
            days.append(day)
        n = len(items)
    P = resolve_parameters(rs, parameters, days[0] if days else parse_evaluation_date(evaluation_date))
    if days and (rs.dated_parameters or any(isinstance(v, Mapping) for v in (parameters or {}).values())):
        groups: dict = {}  # the parameter values in force -> the services evaluated with them
        by_date: dict = {}
        for i, day in enumerate(days):
            values = by_date.get(day)
            if values is None:
                values = by_date[day] = resolve_parameters(rs, parameters, day)
            groups.setdefault(tuple(sorted((k, repr(v)) for k, v in values.items())), []).append(i)
        if len(groups) > 1:
            if columns is not None:
                raise SenrulesError(
                    f"a parameter of ruleset {rs.id} changes on a date between these evaluation dates: "
                    "give a batch of facts mappings, or one call per period"
                )
            return _dated_groups(rs, items, days, groups, parameters, progress, chunk_size)
    nodes = rs.program.nodes
    out = {node.id: np.zeros(n, np.int64) for node in nodes}
    path = "per-service" if links(rs) else "columnar"
    if columns is not None:
        if path != "columnar":
            raise SenrulesError(f"ruleset {rs.id} reads other rulesets' verdicts: give a batch of facts mappings")
        checked = _check_given_columns(rs, columns, n)
    done = 0
    for start in range(0, n, max(1, chunk_size)):
        stop = min(n, start + chunk_size)
        part_days = days[start:stop]
        masks = None
        if path == "columnar":
            try:
                if columns is not None:
                    source = _ColumnSource({k: _slice(v, start, stop) for k, v in checked.items()}, stop - start)
                else:
                    source = _RowSource(check_columns(rs.facts, items[start:stop]))
                masks = _evaluate_chunk(rs, source, stop - start, P, *_dates(part_days))
            except _Unsupported:
                if columns is not None:
                    raise SenrulesError(f"ruleset {rs.id} uses a construct the columnar path does not cover: give a batch of facts mappings") from None
                path = "per-service"
        if masks is None:
            masks = _per_service_path(rs, items[start:stop], P, part_days)
        for node in nodes:
            out[node.id][start:stop] = np.broadcast_to(masks[node.index], (stop - start,))
        done = stop
        if progress is not None:
            progress(done, n)
    return BatchResult(rs, out, path)


def _dated_groups(rs, items, days, groups, parameters, progress, chunk_size) -> BatchResult:
    """A batch whose services see different values of a dated parameter
    (their evaluation dates fall either side of a change): each group of
    services with the same values is evaluated on its own, and the verdict
    columns put back in the batch's order."""
    n = len(items)
    out = {node.id: np.zeros(n, np.int64) for node in rs.program.nodes}
    path = "columnar"
    done = 0
    for indices in groups.values():
        part = evaluate_batch(rs, [(items[i], days[i]) for i in indices], parameters=parameters, chunk_size=chunk_size)
        where = np.array(indices, np.int64)
        for ident, column in part.masks.items():
            out[ident][where] = column
        path = part.path if part.path != "columnar" else path
        done += len(indices)
        if progress is not None:
            progress(done, n)
    return BatchResult(rs, out, path)


def _slice(col, start, stop):
    if isinstance(col, Mapping):
        return {y: c[start:stop] for y, c in col.items()}
    return col[start:stop]


def possible(rs, batch, *, evaluation_date=None, parameters=None) -> list[dict[str, frozenset]]:
    """For every service, the levels still possible for each id."""
    return evaluate_batch(rs, batch, evaluation_date=evaluation_date, parameters=parameters).possible()


# ------------------------------------------------------------------ partitions (Dask, Spark, executors)


@functools.cache
def _load(rules: str):
    from senrules.ruleset import load_ruleset

    return load_ruleset(rules)


def evaluate_partition(rules, partition: Iterable[Mapping], evaluation_date=None, parameters=None) -> dict[str, list]:
    """Evaluate one partition of a large batch: the function to map over
    partitions on a distributed engine.  ``rules`` is a ruleset id or path
    (loaded once per worker process) or a loaded ruleset; ``partition`` an
    iterable of facts mappings (or ``(facts, date)`` pairs).  Returns plain,
    picklable columns: id -> list of levels (None when unknown)."""
    rs = _load(str(rules)) if isinstance(rules, (str, bytes)) or hasattr(rules, "__fspath__") else rules
    return evaluate_batch(rs, list(partition), evaluation_date=evaluation_date, parameters=parameters).columns()


def map_partitions(rules, partitions: Iterable[Sequence[Mapping]], *, evaluation_date=None, parameters=None,
                   executor=None, progress: Callable[[int, int], None] | None = None) -> dict[str, list]:
    """Evaluate partitions with ``executor.map`` (a ``concurrent.futures``
    executor; in this process when None) and join their columns in order.
    The same :func:`evaluate_partition` maps over Dask or Spark partitions."""
    parts = list(partitions)
    total = sum(len(p) for p in parts)
    run = functools.partial(evaluate_partition, rules, evaluation_date=evaluation_date, parameters=parameters)
    mapped = executor.map(run, parts) if executor is not None else map(run, parts)
    joined: dict[str, list] = {}
    done = 0
    for part, cols in zip(parts, mapped):
        for ident, values in cols.items():
            joined.setdefault(ident, []).extend(values)
        done += len(part)
        if progress is not None:
            progress(done, total)
    return joined
