"""Analyse the clauses of every criterion and grading: gaps, unreachable
clauses, grades that fall when an input improves, and inputs that never matter.

A node's clauses are read in order and the first true one decides.  This
module enumerates every combination of a node's *inputs* and reads its clauses
for each one, as the engine would:

* for a grading (a standard, section or the overall judgement), the inputs are
  the verdicts of the nodes it reads: the children counted by selectors such as
  ``count(criteria is met)`` and the nodes named in tests such as
  ``outcomes is at least good``, each ranging over the known levels of its
  scale;
* every other maximal yes/no part of a condition that does not depend on those
  verdicts (a fact comparison, ``improving(...)``, ``x is known``, a yes/no
  fact) is an independent *atom* that ranges over true and false.

Atoms are identified structurally (model nodes compare equal without their
spans), so ``met when a and b`` / ``partly_met when a`` shares ``a``.  Several
comparisons of the same value with constants (``x >= 90%``, ``x >= 50``) are
one input ranging over the regions the thresholds cut the number line into,
and comparisons of a choice fact range over its choices, so
``met when x >= 50`` / ``not_met when x < 50`` is correctly seen to leave no
gap.

Children that are read only through the same selectors are interchangeable,
so the enumeration goes over how many of them are at each level (multisets)
rather than over every tuple: a section of ten standards with four grades has
286 combinations, not 1,048,576.  Past :data:`MAX_COMBINATIONS` a node is
checked on a deterministic sample instead, and a warning says so.

Parameters take the values written after ``=``, then, for a node that reads a
parameter with dated values (``from DATE = VALUE``), each value in force from
its date in turn, so a gap that opens only when a threshold changes is found.
The analysis is local to each node: it
does not know that a standard's grade and its criteria's verdicts are related,
nor that two different facts are; "unreachable" and "dead input" findings are
therefore sound (they hold whatever the facts are), while a gap or a fall in
grade is shown with an example the rules allow even if the data may not.

:func:`analyse` returns :class:`~senrules.errors.Diagnostic` warnings with the
codes ``gap``, ``unreachable``, ``not-monotone``, ``dead-input`` and
``analysis-sampled``.  See ``docs/analysis.md``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import operator
import random
import zlib

import attrs

from senrules import model as m
from senrules.checker import Node, Program
from senrules.errors import Diagnostic, Span
from senrules.wording import and_list

__all__ = ["MAX_COMBINATIONS", "SAMPLE_SIZE", "NodeReport", "analyse", "asks_known", "explore"]

MAX_COMBINATIONS = 200_000
SAMPLE_SIZE = 20_000
LIST_MEMBERS = 6  # a larger class of inputs is described by counts, not by name

_CMP = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_FLIP = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_BUILTINS = {"evaluation_date": "date", "evaluation_year": "integer"}
_TRENDS = ("improving", "declining", "previous", "change", "lowest", "highest")
_INTEGER_CALLS = ("days_between", "months_between", "years_between")


class _Unsupported(Exception):
    """An expression the analysis cannot evaluate from verdicts and constants."""


class _Other:
    """A text value other than every text the rules name."""

    def __repr__(self) -> str:  # pragma: no cover - for debugging
        return "<other>"


_OTHER = _Other()


# --------------------------------------------------------------------- text


def _expr_text(e) -> str:
    try:
        from senrules.formatter import format_expr

        return format_expr(e)
    except Exception:  # noqa: BLE001 - a message must never fail
        return repr(e)


def _clause_text(c: m.Clause) -> str:
    if c.condition is None:
        return f"{c.outcome} otherwise"
    return f"{c.outcome} when {_expr_text(c.condition)}"


def _num(x) -> str:
    if isinstance(x, float):
        if x.is_integer():
            return str(int(x))
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


def _value_text(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, m.Duration):
        return str(v)
    if isinstance(v, _dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return f'"{v}"'
    if isinstance(v, (int, float)):
        return _num(v)
    return str(v)


def _literal_text(lit: m.Literal) -> str:
    if lit.kind == "percent":
        return _num(lit.value) + "%"
    return _value_text(lit.value)


def _param_text(param: m.Parameter, value: m.Literal | None = None) -> str:
    text = _literal_text(param.default if value is None else value)
    if param.type.kind == "percentage" and not text.endswith("%"):
        text += "%"
    return text


def _span(span: Span | None) -> Span | None:
    return None if span is None or not span.line else span


# --------------------------------------------------------------------- inputs


@attrs.define
class _Subject:
    """An input that is not a verdict: a yes/no atom, or a value (a number, a
    date, a text) compared with constants, ranging over representative values."""

    kind: str  # bool | number | date | text | relation (of two values: -1, 0, 1)
    expr: object  # the value (for a relation, the pair of values compared)
    integer: bool = False
    percent: bool = False
    low: float | None = None
    high: float | None = None
    choices: tuple = ()
    points: list = attrs.Factory(list)  # thresholds or named texts
    tests: list = attrs.Factory(list)  # value -> bool, one per atom on this subject
    domain: list = attrs.Factory(list)
    offset: int = 0

    def describe(self, value) -> str:
        if self.kind == "relation":
            left, right = (_expr_text(x) for x in self.expr)
            how = {-1: "less than", 0: "equal to", 1: "greater than"}[value]
            return f"`{left}` is {how} `{right}`"
        text = _expr_text(self.expr)
        if self.kind == "bool":
            return f"`{text}` is {'true' if value else 'false'}"
        if value is _OTHER:
            named = ", ".join(_value_text(p) for p in self.points)
            return f"`{text}` is something other than {named}"
        shown = _value_text(value) + ("%" if self.percent and self.kind == "number" else "")
        return f"`{text}` is {shown}"


@attrs.define
class _Atom:
    subject: int
    test: object  # value -> bool
    table: tuple = ()


@attrs.define
class _Class:
    """Interchangeable verdict inputs: the children read through the same
    selectors, or one node named in a condition."""

    members: tuple[int, ...]
    scale: tuple[str, ...]
    named: bool
    offset: int = 0


@attrs.frozen
class _Finding:
    code: str
    key: tuple  # findings with the same key (one grading clause) are merged
    span: Span | None
    node: str
    text: str  # the message after "<where>: "
    hint: str
    grading: str | None
    prefix: bool = True  # start the message with the grading or criterion concerned


# --------------------------------------------------------------------- one node


class NodeAnalysis:
    """Enumerate one node's inputs and read its clauses for each combination."""

    def __init__(
        self, program: Program, node: Node, max_combinations: int, sample_size: int, on: _dt.date | None = None,
    ):
        self.p = program
        self.node = node
        self.on = on  # the date whose parameter values are read (None: the values after `=`)
        self.max_combinations = max_combinations
        self.sample_size = sample_size
        self.subjects: list[_Subject] = []
        self.subject_index: dict[tuple, int] = {}
        self.atoms: list[_Atom] = []
        self.leaf: dict[int, tuple] = {}  # id(expr) -> ("atom", i) | ("const", v) | ("verdict",)
        self.selector_sets: list[tuple[int, ...]] = []
        self.named: list[int] = []
        self.seen: set[int] = set()  # every node index the clauses mention
        self.params: list[str] = []
        self.clause_refs: dict[int, list[int]] = {}  # clause index -> input node indexes it reads
        self._deps_memo: dict[int, tuple[bool, bool]] = {}
        self._current_clause = 0

    # ------------------------------------------------------------ names
    def resolve(self, name: str) -> tuple:
        if name in self.p.parameters:
            return ("param", name)
        if name in self.p.facts:
            return ("fact", name)
        if name in _BUILTINS:
            return ("builtin", name)
        if name in self.p.by_id:
            return ("node", self.p.by_id[name])
        base = name.partition(".")[0]
        if base in self.p.facts:
            return ("listfield", base)
        return ("unknown", name)

    def members(self, s: m.Select) -> tuple[int, ...]:
        selects = getattr(self.p, "selects", None) or {}
        found = selects.get((self.node.index, id(s)))
        if found is not None:
            return tuple(found)
        base = self.node if s.of_id is None else self.p.node(s.of_id)
        target = {"criteria": "criterion", "standards": "standard", "sections": "section"}[s.kind]

        def descend(idx):
            n = self.p.nodes[idx]
            if n.kind == target:
                return [idx]
            return [i for c in n.children for i in descend(c)]

        return tuple(i for c in base.children for i in descend(c))

    def param(self, name: str):
        if name not in self.params:
            self.params.append(name)
        return self.param_literal(name).value

    def param_literal(self, name: str) -> m.Literal:
        param = self.p.parameters[name]
        return param.default if self.on is None else param.value_on(self.on)[0]

    def dated_params(self) -> list[str]:
        """The parameters this node reads that change value on a date."""
        return [n for n in self.params if self.p.parameters[n].dated]

    # ------------------------------------------------------------ dependencies
    def deps(self, e) -> tuple[bool, bool]:
        """(reads verdicts now, reads facts or other years) for ``e``; records
        the nodes it mentions in ``seen``."""
        key = id(e)
        if key in self._deps_memo:
            return self._deps_memo[key]
        out = self._deps(e)
        self._deps_memo[key] = out
        return out

    def _deps(self, e) -> tuple[bool, bool]:
        if isinstance(e, m.Literal):
            return (False, False)
        if isinstance(e, m.Ref):
            kind, value = self.resolve(e.name)
            if kind == "param":
                self.param(e.name)
                return (False, False)
            if kind == "node":
                self.seen.add(value)
                return (True, False)
            return (False, True)
        if isinstance(e, m.Select):
            self.seen.update(self.members(e))
            return (True, False)
        if isinstance(e, m.Where):
            self._mention(e.condition)
            return (False, True)
        if isinstance(e, m.Call) and (e.func in _TRENDS or (e.func == "mean" and len(e.args) == 2)):
            for a in e.args:
                self._mention(a)
            return (False, True)  # other years' values: an independent input
        verdict = fact = False
        for child in _children(e):
            v, f = self.deps(child)
            verdict, fact = verdict or v, fact or f
        return (verdict, fact)

    def _mention(self, e):
        """Record the nodes and parameters ``e`` mentions, without making them inputs."""
        for sub in walk_expression(e):
            if isinstance(sub, m.Ref):
                kind, value = self.resolve(sub.name)
                if kind == "node":
                    self.seen.add(value)
                elif kind == "param":
                    self.param(sub.name)
            elif isinstance(sub, m.Select):
                self.seen.update(self.members(sub))

    # ------------------------------------------------------------ constants
    def const(self, e):
        """The value of an expression of literals and parameters."""
        if isinstance(e, m.Literal):
            if e.kind in ("list", "record"):
                raise _Unsupported
            return e.value
        if isinstance(e, m.Ref):
            kind, _ = self.resolve(e.name)
            if kind != "param":
                raise _Unsupported
            return self.param(e.name)
        if isinstance(e, m.Neg):
            v = self.const(e.operand)
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise _Unsupported
            return -v
        if isinstance(e, m.Arith):
            a, b = self.const(e.left), self.const(e.right)
            return _arith(e.op, a, b)
        if isinstance(e, m.Call) and e.func in ("min", "max", "abs", "round"):
            args = [self.const(a) for a in e.args]
            if not all(isinstance(a, (int, float)) and not isinstance(a, bool) for a in args):
                raise _Unsupported
            if e.func == "min":
                return min(args)
            if e.func == "max":
                return max(args)
            if e.func == "abs":
                return abs(args[0])
            return round(args[0], int(args[1]) if len(args) > 1 else 0)
        raise _Unsupported

    def try_const(self, e):
        try:
            return True, self.const(e)
        except (_Unsupported, TypeError, ZeroDivisionError):
            return False, None

    # ------------------------------------------------------------ scanning
    def scan(self):
        for ci, clause in enumerate(self.node.clauses):
            self._current_clause = ci
            self.clause_refs[ci] = []
            if clause.condition is not None:
                self._scan_bool(clause.condition)

    def _scan_bool(self, e):
        if isinstance(e, (m.And, m.Or)):
            self._scan_bool(e.left)
            self._scan_bool(e.right)
            return
        if isinstance(e, m.Not):
            self._scan_bool(e.operand)
            return
        verdict, fact = self.deps(e)
        if verdict and not fact and self._verdict_ok(e):
            self._register_inputs(e)
            self.leaf[id(e)] = ("verdict",)
            return
        if not verdict and not fact:
            ok, value = self.try_const(e)
            if ok and isinstance(value, bool):
                self.leaf[id(e)] = ("const", value)
                return
        if verdict:
            self._mention(e)  # mixed with facts: an independent atom
        self.leaf[id(e)] = ("atom", self._register_atom(e))

    def _verdict_ok(self, e) -> bool:
        if isinstance(e, m.IsLevel):
            return isinstance(e.operand, m.Ref) and self.resolve(e.operand.name)[0] == "node"
        if isinstance(e, m.IsKnown):
            return True
        if isinstance(e, m.Compare):
            return self._numeric_ok(e.left) and self._numeric_ok(e.right)
        if isinstance(e, m.Member):
            return self._numeric_ok(e.operand) and all(o.kind in ("number", "percent") for o in e.options)
        return False

    def _numeric_ok(self, e) -> bool:
        if isinstance(e, m.Select):
            return True
        if isinstance(e, (m.Arith, m.Neg)):
            return all(self._numeric_ok(c) for c in _children(e))
        ok, value = self.try_const(e)
        return ok and isinstance(value, (int, float)) and not isinstance(value, bool)

    def _register_inputs(self, e):
        refs = self.clause_refs[self._current_clause]
        for sub in walk_expression(e):
            if isinstance(sub, m.IsLevel):
                idx = self.resolve(sub.operand.name)[1]
                if idx not in self.named:
                    self.named.append(idx)
                refs.append(idx)
            elif isinstance(sub, m.Select) and sub.test is not None and sub.known is None:
                members = self.members(sub)
                if members not in self.selector_sets:
                    self.selector_sets.append(members)
                refs.extend(members)

    def _subject(self, key: tuple, kind: str, expr) -> int | None:
        idx = self.subject_index.get(key)
        if idx is not None:
            return idx if self.subjects[idx].kind == kind else None
        subject = _Subject(kind, expr)
        if kind == "number":
            self._number_info(subject, expr)
        elif kind == "text" and isinstance(expr, m.Ref):
            fact = self.p.facts.get(expr.name)
            if fact is not None and fact.type.kind == "choice":
                subject.choices = tuple(fact.type.choices)
        self.subjects.append(subject)
        self.subject_index[key] = len(self.subjects) - 1
        return len(self.subjects) - 1

    def _number_info(self, s: _Subject, e):
        if isinstance(e, m.Ref):
            kind, name = self.resolve(e.name)
            if kind == "fact":
                fact = self.p.facts[name]
                s.integer = fact.type.kind == "integer"
                s.percent = fact.type.kind == "percentage"
                if s.percent:
                    s.low, s.high = 0.0, 100.0
                if fact.range is not None:
                    s.low = fact.range.low if s.low is None else max(s.low, fact.range.low)
                    s.high = fact.range.high if s.high is None else min(s.high, fact.range.high)
            elif kind == "builtin":
                s.integer = True
        elif isinstance(e, m.Where):
            if e.func == "count":
                s.integer, s.low = True, 0
            elif e.func == "share":
                s.percent, s.low, s.high = True, 0.0, 100.0
        elif isinstance(e, m.Call):
            if e.func in ("lowest", "highest"):
                self._number_info(s, e.args[0])  # one of the years' values, so in its range
            elif e.func in _INTEGER_CALLS:
                s.integer = True
            elif e.func == "count":
                s.integer, s.low = True, 0

    def _atom(self, subject: int, test) -> int:
        self.subjects[subject].tests.append(test)
        self.atoms.append(_Atom(subject, test))
        return len(self.atoms) - 1

    def _register_atom(self, e) -> int:
        if isinstance(e, m.IsKnown):
            idx = self._subject(("known", e.operand), "bool", m.IsKnown(e.operand, True))
            return self._atom(idx, (lambda v: v) if e.known else (lambda v: not v))
        if isinstance(e, m.Ref) and self._fact_kind(e) == "boolean":
            idx = self._subject(("value", e), "bool", e)
            return self._atom(idx, lambda v: v)
        if isinstance(e, m.Compare):
            for subject_expr, other, op in ((e.left, e.right, e.op), (e.right, e.left, _FLIP[e.op])):
                ok, c = self.try_const(other)
                if not ok or self.try_const(subject_expr)[0]:
                    continue
                found = self._compare_atom(subject_expr, op, c)
                if found is not None:
                    return found
        if isinstance(e, m.Compare) and not self.try_const(e.left)[0] and not self.try_const(e.right)[0]:
            # two values compared with each other: one input, the order between them
            flipped = ("relation", e.right, e.left)
            if flipped in self.subject_index:
                idx, op = self.subject_index[flipped], _FLIP[e.op]
            else:
                idx, op = self._subject(("relation", e.left, e.right), "relation", (e.left, e.right)), e.op
            if idx is not None:
                fn = _CMP[op]
                return self._atom(idx, lambda v: fn(v, 0))
        if isinstance(e, m.Member) and not self.try_const(e.operand)[0]:
            values = []
            for o in e.options:
                ok, v = self.try_const(o)
                if not ok:
                    break
                values.append(v)
            else:
                found = self._member_atom(e.operand, frozenset(values), e.negate)
                if found is not None:
                    return found
        idx = self._subject(("bool", e), "bool", e)
        return self._atom(idx, lambda v: v)

    def _fact_kind(self, e) -> str | None:
        if isinstance(e, m.Ref):
            kind, name = self.resolve(e.name)
            if kind == "fact":
                return self.p.facts[name].type.kind
            if kind == "builtin":
                return _BUILTINS[name]
        return None

    def _compare_atom(self, subject_expr, op: str, c) -> int | None:
        fn = _CMP[op]
        if isinstance(c, bool):
            if self._fact_kind(subject_expr) != "boolean" or op not in ("==", "!="):
                return None
            idx = self._subject(("value", subject_expr), "bool", subject_expr)
            return None if idx is None else self._atom(idx, lambda v: fn(v, c))
        if isinstance(c, (int, float)):
            kind = "number"
        elif isinstance(c, _dt.date):
            kind = "date"
        elif isinstance(c, str):
            if op not in ("==", "!="):
                return None
            kind = "text"
        else:
            return None
        idx = self._subject(("value", subject_expr), kind, subject_expr)
        if idx is None:
            return None
        subject = self.subjects[idx]
        if c not in subject.points:
            subject.points.append(c)
        if kind == "text":
            return self._atom(idx, lambda v: fn(v, c) if v is not _OTHER else op == "!=")
        return self._atom(idx, lambda v: fn(v, c))

    def _member_atom(self, subject_expr, values: frozenset, negate: bool) -> int | None:
        if not values:
            return None
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            kind = "number"
        elif all(isinstance(v, str) for v in values):
            kind = "text"
        elif all(isinstance(v, _dt.date) for v in values):
            kind = "date"
        else:
            return None
        idx = self._subject(("value", subject_expr), kind, subject_expr)
        if idx is None:
            return None
        subject = self.subjects[idx]
        for v in sorted(values, key=repr):
            if v not in subject.points:
                subject.points.append(v)
        return self._atom(idx, lambda v: (v in values) != negate)

    # ------------------------------------------------------------ layout
    def layout(self):
        """Group verdict inputs into classes, give every input its place in a
        combination key, and compute each atom's truth table."""
        inputs = sorted(set(self.named).union(*self.selector_sets) if self.selector_sets else set(self.named))
        groups: dict[tuple, list[int]] = {}
        for idx in inputs:
            if idx in self.named:
                sig = ("named", idx)
            else:
                sig = ("sets", frozenset(k for k, s in enumerate(self.selector_sets) if idx in s))
            groups.setdefault(sig, []).append(idx)
        self.classes: list[_Class] = []
        self.class_of: dict[int, int] = {}
        offset = 0
        for sig, members in groups.items():
            cls = _Class(tuple(members), self.p.nodes[members[0]].scale, sig[0] == "named", offset)
            for i in members:
                self.class_of[i] = len(self.classes)
            self.classes.append(cls)
            offset += len(cls.scale)
        for s in self.subjects:
            s.offset = offset
            offset += 1
            s.domain = _domain(s)
        for a in self.atoms:
            a.table = tuple(bool(a.test(v)) for v in self.subjects[a.subject].domain)

    # ------------------------------------------------------------ compiling
    def compile(self):
        self.fns = []
        for clause in self.node.clauses:
            self.fns.append(None if clause.condition is None else self._bool(clause.condition))

    def _bool(self, e):
        if isinstance(e, m.And):
            a, b = self._bool(e.left), self._bool(e.right)

            def f_and(x):
                va = a(x)
                if va is False:
                    return False
                vb = b(x)
                if vb is False:
                    return False
                return True if va is True and vb is True else None

            return f_and
        if isinstance(e, m.Or):
            a, b = self._bool(e.left), self._bool(e.right)

            def f_or(x):
                va = a(x)
                if va is True:
                    return True
                vb = b(x)
                if vb is True:
                    return True
                return False if va is False and vb is False else None

            return f_or
        if isinstance(e, m.Not):
            a = self._bool(e.operand)
            return lambda x: None if (v := a(x)) is None else not v
        leaf = self.leaf[id(e)]
        if leaf[0] == "const":
            value = leaf[1]
            return lambda x: value
        if leaf[0] == "atom":
            atom = self.atoms[leaf[1]]
            table, pos = atom.table, self.subjects[atom.subject].offset
            return lambda x: table[x[pos]]
        return self._verdict(e)

    def _verdict(self, e):
        if isinstance(e, m.IsLevel):
            idx = self.resolve(e.operand.name)[1]
            cls = self.classes[self.class_of[idx]]
            from senrules.compiler import level_bits

            bits = level_bits(cls.scale, e.test)
            positions = tuple(cls.offset + j for j in range(len(cls.scale)) if bits >> j & 1)
            return lambda x: any(x[p] for p in positions)
        if isinstance(e, m.IsKnown):
            return lambda x: e.known  # every verdict is known in an enumeration
        if isinstance(e, m.Compare):
            a, b, fn = self._number(e.left), self._number(e.right), _CMP[e.op]
            return lambda x: None if (va := a(x)) is None or (vb := b(x)) is None else fn(va, vb)
        if isinstance(e, m.Member):
            a = self._number(e.operand)
            values = frozenset(o.value for o in e.options)
            return lambda x: None if (v := a(x)) is None else (v in values) != e.negate
        raise AssertionError(e)  # pragma: no cover - _verdict_ok guards this

    def _number(self, e):
        if isinstance(e, m.Select):
            return self._select(e)
        if isinstance(e, m.Arith):
            a, b, op = self._number(e.left), self._number(e.right), e.op

            def f_arith(x):
                va, vb = a(x), b(x)
                if va is None or vb is None:
                    return None
                try:
                    return _arith(op, va, vb)
                except ZeroDivisionError:
                    return None

            return f_arith
        if isinstance(e, m.Neg):
            a = self._number(e.operand)
            return lambda x: None if (v := a(x)) is None else -v
        value = self.const(e)
        return lambda x: value

    def _select(self, s: m.Select):
        members = self.members(s)
        n = len(members)
        if s.known is not None:
            count = n if s.known else 0
            value = count if s.func == "count" else (count * 100 / n if n else None)
            return lambda x: value
        if s.test is None:
            value = n if s.func == "count" else (100.0 if n else None)
            return lambda x: value
        from senrules.compiler import level_bits

        positions = []
        for k in sorted({self.class_of[i] for i in members}):
            cls = self.classes[k]
            bits = level_bits(cls.scale, s.test)
            positions.extend(cls.offset + j for j in range(len(cls.scale)) if bits >> j & 1)
        if not positions:
            count = lambda x: 0  # noqa: E731
        elif len(positions) == 1:
            only = positions[0]
            count = lambda x: x[only]  # noqa: E731
        else:
            getter = operator.itemgetter(*positions)
            count = lambda x: sum(getter(x))  # noqa: E731
        if s.func == "count":
            return count
        if not n:
            return lambda x: None
        return lambda x: count(x) * 100 / n

    # ------------------------------------------------------------ running
    def winner(self, key) -> int:
        for ci, fn in enumerate(self.fns):
            if fn is None or fn(key) is True:
                return ci
        return -1

    def segments(self) -> list[list[tuple]]:
        segs = [list(_compositions(len(c.members), len(c.scale))) for c in self.classes]
        segs += [[(i,) for i in range(len(s.domain))] for s in self.subjects]
        return segs

    def run(self):
        self.scan()
        self.layout()
        self.compile()
        segs = self.segments()
        self.total = math.prod(len(s) for s in segs)
        self.sampled = self.total > self.max_combinations
        self.results: dict[tuple, int] = {}
        if not self.sampled:
            for combo in itertools.product(*segs):
                key = tuple(itertools.chain.from_iterable(combo))
                self.results[key] = self.winner(key)
        else:
            rng = random.Random(zlib.crc32(f"{self.node.kind}:{self.node.id}".encode()))
            for _ in range(self.sample_size):
                parts = [_random_composition(rng, len(c.members), len(c.scale)) for c in self.classes]
                parts += [(rng.randrange(len(s.domain)),) for s in self.subjects]
                key = tuple(itertools.chain.from_iterable(parts))
                if key not in self.results:
                    self.results[key] = self.winner(key)
        self.keys = list(self.results)
        self._neighbours()

    def result(self, key) -> int:
        r = self.results.get(key)
        if r is None:
            r = self.results[key] = self.winner(key)
        return r

    def outcome(self, r: int) -> int | None:
        return None if r < 0 else self.node.scale.index(self.node.clauses[r].outcome)

    def _neighbours(self):
        """Raise one input by one level in every combination: find a fall in
        grade, and the classes whose changes never change the result (a change
        of several levels is a chain of one-level changes, so these suffice)."""
        self.live = [False] * len(self.classes)
        self.fall = None  # (key before, class, level index before, raised key)
        if not self.classes:
            return
        for key in self.keys:
            if self.fall is not None and all(self.live):
                break
            r0 = self.results[key]
            o0 = self.outcome(r0)
            for k, cls in enumerate(self.classes):
                if self.fall is not None and self.live[k]:
                    continue
                off = cls.offset
                for j in range(1, len(cls.scale)):
                    if not key[off + j]:
                        continue
                    raised = list(key)
                    raised[off + j] -= 1
                    raised[off + j - 1] += 1
                    raised = tuple(raised)
                    o1 = self.outcome(self.result(raised))
                    if o1 != o0:
                        self.live[k] = True
                        if self.fall is None and o0 is not None and o1 is not None and o1 > o0:
                            self.fall = (key, k, j, raised)
                            break

    # ------------------------------------------------------------ words
    def assignment(self, key) -> dict[int, int]:
        """A concrete level for every verdict input: members in order, best first."""
        levels = {}
        for cls in self.classes:
            counts = key[cls.offset: cls.offset + len(cls.scale)]
            order = [j for j, c in enumerate(counts) for _ in range(c)]
            levels.update(zip(cls.members, order))
        return levels

    def describe(self, key, levels: dict[int, int] | None = None) -> str:
        levels = self.assignment(key) if levels is None else levels
        parts = []
        for cls in self.classes:
            if len(cls.members) > LIST_MEMBERS:
                counts = key[cls.offset: cls.offset + len(cls.scale)]
                shown = [(c, cls.scale[j]) for j, c in enumerate(counts) if c]
                head = f"{shown[0][0]} of {self.class_label(cls)} {'is' if shown[0][0] == 1 else 'are'} {shown[0][1]}"
                parts.append(and_list([head] + [f"{c} {lvl}" for c, lvl in shown[1:]]))
                continue
            by_level: dict[int, list[str]] = {}
            for i in cls.members:
                by_level.setdefault(levels[i], []).append(self.p.nodes[i].id)
            for j in sorted(by_level):
                ids = by_level[j]
                verb = "is" if len(ids) == 1 else "are"
                parts.append(f"{and_list(ids)} {verb} {cls.scale[j]}")
        for s in self.subjects:
            parts.append(s.describe(s.domain[key[s.offset]]))
        return and_list(parts) if parts else "always"

    def class_label(self, cls: _Class) -> str:
        """``the 12 criteria of S1`` or ``the 30 standards S1 to S16``."""
        nodes = [self.p.nodes[i] for i in cls.members]
        kind = _plural(nodes[0].kind)
        parents = {n.parent for n in nodes}
        if len(parents) == 1 and None not in parents:
            return f"the {len(nodes)} {kind} of {self.p.nodes[parents.pop()].id}"
        return f"the {len(nodes)} {kind} {nodes[0].id} to {nodes[-1].id}"

    def params_text(self) -> str:
        if not self.params:
            return ""
        shown = [f"{n} = {_param_text(self.p.parameters[n], self.param_literal(n))}" for n in self.params]
        if self.on is None:
            return f" with the default parameters ({', '.join(shown)})"
        return f" with the parameters in force from {self.on.isoformat()} ({', '.join(shown)})"


# --------------------------------------------------------------------- helpers


def _children(e):
    if isinstance(e, (m.Not, m.Neg)):
        return (e.operand,)
    if isinstance(e, (m.And, m.Or, m.Compare, m.Arith)):
        return (e.left, e.right)
    if isinstance(e, (m.IsLevel, m.IsKnown)):
        return (e.operand,)
    if isinstance(e, m.Member):
        return (e.operand, *e.options)
    if isinstance(e, m.Within):
        return (e.operand, e.duration, e.anchor)
    if isinstance(e, m.Call):
        return tuple(e.args)
    if isinstance(e, m.Where):
        return (e.condition,)
    return ()


def walk_expression(e):
    yield e
    for c in _children(e):
        yield from walk_expression(c)


def asks_known(program, condition) -> bool:
    """Whether ``condition`` asks whether a verdict is known (``S1.1 is
    unknown``, ``count(criteria is known)``), which an enumeration, reading
    every verdict as known, cannot answer; any ``... is known`` that is not
    of a plain fact is counted as one."""
    for e in walk_expression(condition):
        if isinstance(e, m.Select) and e.known is not None:
            return True
        if isinstance(e, m.IsKnown) and not (isinstance(e.operand, m.Ref) and e.operand.name not in program.by_id):
            return True
    return False


def _arith(op: str, a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        raise _Unsupported
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        return a / b
    from senrules import logic

    if isinstance(a, _dt.date) and isinstance(b, m.Duration) and op in "+-":
        return logic.shift(a, b, 1 if op == "+" else -1)
    if isinstance(a, m.Duration) and isinstance(b, m.Duration) and op in "+-":
        out = logic.add_durations(a, b, 1 if op == "+" else -1)
        if out is None:
            raise _Unsupported
        return out
    raise _Unsupported


def _compositions(n: int, k: int):
    """Every way of putting n interchangeable inputs on k levels (best first)."""
    if k == 1:
        yield (n,)
        return
    for first in range(n, -1, -1):
        for rest in _compositions(n - first, k - 1):
            yield (first, *rest)


def _random_composition(rng: random.Random, n: int, k: int) -> tuple:
    """A composition of n into k parts, each equally likely (stars and bars)."""
    bars = sorted(rng.sample(range(n + k - 1), k - 1))
    parts, last = [], -1
    for b in bars:
        parts.append(b - last - 1)
        last = b
    parts.append(n + k - 1 - last - 1)
    return tuple(parts)


def _domain(s: _Subject) -> list:
    """Representative values: one per region the atoms can tell apart."""
    if s.kind == "bool":
        return [True, False]
    if s.kind == "relation":
        values = [-1, 0, 1]
    elif s.kind == "text":
        values = list(s.choices) if s.choices else [*s.points, _OTHER]
    elif s.kind == "date":
        one = _dt.timedelta(days=1)
        values = sorted({d + delta for d in s.points for delta in (-one, 0 * one, one)})
    else:
        ts = sorted(set(s.points))
        if s.integer:
            cand = set()
            for t in ts:
                lo, hi = math.floor(t), math.ceil(t)
                cand.update((lo - 1, lo, hi, hi + 1))
        else:
            cand = set(ts) | {ts[0] - 1, ts[-1] + 1}
            cand.update((a + b) / 2 for a, b in zip(ts, ts[1:]))
        inside = [v for v in sorted(cand) if (s.low is None or v >= s.low) and (s.high is None or v <= s.high)]
        if not inside:
            inside = [v for v in (s.low, s.high) if v is not None][:1]
        values = inside
    seen, out = set(), []
    for v in values:
        sig = tuple(bool(t(v)) for t in s.tests)
        if sig not in seen:
            seen.add(sig)
            out.append(v)
    return out


# --------------------------------------------------------------------- findings


def _node_findings(a: NodeAnalysis) -> list[_Finding]:
    node, p = a.node, a.p
    out: list[_Finding] = []
    grading = node.grading
    block_span = _grading_span(p, node)
    what = "outcome" if node.kind == "criterion" else "grade"
    params = a.params_text()
    sampled = f" in {len(a.keys):,} sampled combinations" if a.sampled else ""

    def add(code, key, span, text, hint):
        out.append(_Finding(code, (code, grading or node.id, *key), _span(span), node.id, text, hint, grading))

    if a.sampled:
        add(
            "analysis-sampled", (), block_span,
            f"its inputs have {a.total:,} combinations, more than the {a.max_combinations:,} the analysis checks "
            f"one by one, so it checked a deterministic sample of {len(a.keys):,}: a gap or a fall in grade may be "
            f"missed, and the unreachable clauses and unused inputs it reports are those of the sample",
            "split the grading into smaller parts, or read it carefully by hand",
        )

    gaps = [k for k in a.keys if a.results[k] < 0]
    if gaps:
        last = node.scale[-1]
        add(
            "gap", (), block_span,
            f"gives no {what} when {a.describe(gaps[0])}{params}; "
            f"{len(gaps):,} of the {len(a.keys):,}{' sampled' if a.sampled else ''} combinations of its inputs "
            f"{'has' if len(gaps) == 1 else 'have'} none",
            f"add a last clause `{last} otherwise`, or widen the conditions so that every combination is covered",
        )

    won = set(a.results.values())
    # from the first clause that asks whether a verdict is known, the enumeration (every verdict known) cannot
    # say whether a clause applies: it would call `unclear when S1.1 is unknown` never true
    knownness = next((ci for ci, c in enumerate(node.clauses) if c.condition is not None and asks_known(p, c.condition)),
                     len(node.clauses))
    for ci, clause in enumerate(node.clauses):
        if ci in won or ci >= knownness:
            continue
        fn = a.fns[ci]
        if fn is None:
            add(
                "unreachable", (ci,), clause.span,
                f"`{_clause_text(clause)}` never applies{params}{sampled}: the clauses before it already cover every combination",
                "remove it, or change the earlier conditions if this outcome should be possible",
            )
            continue
        shadows = sorted({a.results[k] for k in a.keys if fn(k) is True})
        if not shadows:
            add(
                "unreachable", (ci,), clause.span,
                f"`{_clause_text(clause)}` never applies{params}{sampled}: its condition is never true",
                "check the condition: its parts contradict each other, or a threshold is out of reach",
            )
        else:
            earlier = "; ".join(f"`{_clause_text(node.clauses[i])}`" for i in shadows if i >= 0)
            add(
                "unreachable", (ci,), clause.span,
                f"`{_clause_text(clause)}` never applies{params}{sampled}: whenever its condition is true, "
                f"an earlier clause has already applied ({earlier})",
                "put the more demanding clause first, or change one of the conditions",
            )

    if a.fall is not None:
        key, k, j, raised = a.fall
        cls = a.classes[k]
        levels = a.assignment(key)
        member = next(i for i in cls.members if levels[i] == j)
        mid = p.nodes[member].id if len(cls.members) <= LIST_MEMBERS else f"one of {a.class_label(cls)}"
        before, after = a.outcome(a.results[key]), a.outcome(a.results[raised])
        clause = node.clauses[a.results[key]]
        add(
            "not-monotone", (a.results[key],), clause.span,
            f"a better verdict gives a worse {what}{params}: when {a.describe(key, levels)}, "
            f"the {what} is {node.scale[before]} (by `{_clause_text(clause)}`), but raising {mid} from "
            f"{cls.scale[j]} to {cls.scale[j - 1]} lowers it to {node.scale[after]}",
            "a condition that counts lower verdicts exactly (`== 1`, `is not_met`) stops holding when one "
            "improves; use `<=`, `at most` or `at least` so that better inputs never lower the grade",
        )

    for k, cls in enumerate(a.classes):
        if a.live[k]:
            continue
        ids = [p.nodes[i].id for i in cls.members]
        refs = [ci for ci, r in a.clause_refs.items() if set(r) & set(cls.members)]
        span = node.clauses[refs[0]].span if refs else block_span
        if len(ids) == 1:
            subject = f"the verdict of {ids[0]} never changes the {what}"
        elif len(ids) > LIST_MEMBERS:
            subject = f"the verdicts of {a.class_label(cls)} never change the {what}"
        else:
            subject = f"the verdicts of {and_list(ids)} never change the {what}"
        add(
            "dead-input", ("class", ids[0] if cls.named else "counted", refs[0] if refs else None), span,
            f"{subject}{params}{sampled}: whatever {'it is' if len(ids) == 1 else 'they are'}, the {what} is the same",
            "check the conditions that read it: they may test a level that makes no difference, or be shadowed",
        )

    if node.kind != "criterion":
        for child in node.children:
            if _sees(p, child, a.seen):
                continue
            c = p.nodes[child]
            out.append(_Finding(
                "dead-input", ("unseen", child), _span(c.decl.span), node.id,
                f"{c.kind} {c.id} is never read by the {_grading_name(node)}, so its verdict cannot change "
                f"the grade of {node.id}",
                f"count it (e.g. `count({_plural(c.kind)} is {_example_test(c.scale)})`) or name it in a condition",
                None, prefix=False,
            ))
    return out


def _example_test(scale: tuple[str, ...]) -> str:
    return f"at least {scale[1]}" if len(scale) > 3 else scale[0]


def _plural(kind: str) -> str:
    return {"criterion": "criteria", "standard": "standards", "section": "sections"}.get(kind, kind)


def _sees(p: Program, idx: int, seen: set[int]) -> bool:
    if idx in seen:
        return True
    return any(_sees(p, c, seen) for c in p.nodes[idx].children)


def _grading_span(p: Program, node: Node) -> Span | None:
    if node.grading is not None:
        return p.gradings[node.grading].span
    decl = node.decl
    grade = getattr(decl, "grade", None)
    if isinstance(grade, m.GradeBlock) and grade.span.line:
        return grade.span
    return decl.span


def _grading_name(node: Node) -> str:
    if node.grading is not None:
        return f"grading `{node.grading}`"
    if node.kind == "overall":
        return "overall grading"
    return f"grading of {node.id}"


def _where(p: Program, finding: _Finding, nodes: list[str]) -> str:
    if finding.grading is not None:
        users = [n.id for n in p.nodes if n.grading == finding.grading]
        share = "one" if len(nodes) == 1 else str(len(nodes))
        of = "" if len(nodes) == len(users) else f", {share} of the {len(users)} that use it"
        return f"grading `{finding.grading}` (for {and_list(nodes)}{of})"
    node = p.nodes[p.by_id[finding.node]]
    if node.kind == "criterion":
        return f"criterion {node.id}"
    if node.kind == "overall":
        return "the overall grading"
    return f"the grading of {node.kind} {node.id}"


@attrs.frozen
class NodeReport:
    """What the enumeration of one node's inputs found, for tools and tests.

    ``combinations``: how many combinations its inputs have (multisets of
    interchangeable verdicts times the representative values of the atoms);
    ``checked``: how many were evaluated (all of them unless ``sampled``);
    ``outcomes``: the outcomes some combination gives, best first;
    ``gaps``: how many of the checked combinations give none."""

    node: str
    combinations: int
    checked: int
    sampled: bool
    outcomes: tuple[str, ...]
    gaps: int


def explore(
    program: Program, node_id: str, *, max_combinations: int = MAX_COMBINATIONS, sample_size: int = SAMPLE_SIZE,
) -> NodeReport:
    """Enumerate the inputs of one node (a criterion id, a standard or
    section id, or ``overall``) and summarise what its clauses give."""
    node = program.node(node_id)
    a = NodeAnalysis(program, node, max_combinations, sample_size)
    if node.clauses:
        a.run()
        won = {a.outcome(r) for r in a.results.values()} - {None}
        gaps = sum(1 for k in a.keys if a.results[k] < 0)
        return NodeReport(node.id, a.total, len(a.keys), a.sampled, tuple(node.scale[i] for i in sorted(won)), gaps)
    return NodeReport(node.id, 0, 0, False, (), 0)


def analyse(
    program: Program, *, max_combinations: int = MAX_COMBINATIONS, sample_size: int = SAMPLE_SIZE,
) -> list[Diagnostic]:
    """Analyse every criterion and grading of a checked program.

    Returns warnings (``gap``, ``unreachable``, ``not-monotone``,
    ``dead-input``, ``analysis-sampled``), each pointing at the clause,
    criterion or grading concerned, in source order.  A finding about a named
    grading shared by several nodes is reported once, naming the nodes it
    affects.  Works on the program from
    :func:`senrules.ruleset.compile_texts` and on a loaded ruleset's program.
    """
    findings: list[_Finding] = []
    for node in program.nodes:
        if not node.clauses:
            continue
        a = NodeAnalysis(program, node, max_combinations, sample_size)
        a.run()
        findings.extend(_node_findings(a))
        # A parameter with dated values (`from DATE = VALUE`) is analysed with
        # each value it takes, not only the one after `=`: a gap may open only
        # once a threshold changes.
        starts = sorted({dv.start for n in a.dated_params() for dv in program.parameters[n].dated})
        for start in starts:
            dated = NodeAnalysis(program, node, max_combinations, sample_size, on=start)
            dated.run()
            findings.extend(f for f in _node_findings(dated) if f.code != "analysis-sampled")

    merged: dict[tuple, list[_Finding]] = {}
    for f in findings:
        merged.setdefault(f.key if f.grading else (*f.key, f.node), []).append(f)
    diagnostics = []
    for group in merged.values():
        first = group[0]
        nodes = list(dict.fromkeys(f.node for f in group))
        text = first.text
        if first.grading is not None and len(nodes) > 1 and first.code != "analysis-sampled":
            text += f" (example from {first.node})"
        if first.prefix:
            text = f"{_where(program, first, nodes)}: {text}"
        diagnostics.append(Diagnostic("warning", first.code, text, first.span, first.hint))
    diagnostics.sort(key=lambda d: (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0))
    return diagnostics
