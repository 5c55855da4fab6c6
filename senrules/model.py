"""The rule model: frozen attrs values that a parsed rule file becomes.

The parser (``parser.py``) and transformer (``transform.py``) build these nodes
from source text; the checker (``checker.py``) validates them; the compiler
(``compiler.py``) turns them into Python code objects; the formatter
(``formatter.py``) prints them back as canonical source.  Nothing here runs
rules or knows about lark.

Every node carries a :class:`~senrules.errors.Span` so that any message about it
can point at ``file:line:column``.  Spans are excluded from equality so that a
model parsed from a file equals the model parsed from its formatted text.
"""

from __future__ import annotations

import datetime as _dt
from typing import Union

import attrs

from senrules.errors import Span

NO_SPAN = Span("<unknown>", 0, 0, 0, 0)


def _span_field():
    return attrs.field(default=NO_SPAN, eq=False, repr=False)


def _tuple(items) -> tuple:
    """The converter of every tuple field: ``tuple(items)``.  A Python
    function rather than the builtin ``tuple`` because attrs reads each
    converter's signature when it makes a class, and a builtin's signature
    is parsed from text with :mod:`tokenize`, whose first use compiles a
    large regular expression: about 20 ms of every process's start."""
    return tuple(items)


# --------------------------------------------------------------------- values


@attrs.frozen
class Duration:
    """A length of time written in a rule file: ``12 months``, ``6 weeks``."""

    amount: float
    unit: str  # "days" | "weeks" | "months" | "years"

    def __str__(self) -> str:
        amount = int(self.amount) if float(self.amount).is_integer() else self.amount
        unit = self.unit if amount != 1 else self.unit[:-1]
        return f"{amount} {unit}"


@attrs.frozen
class Percent:
    """A percentage literal such as ``90%`` (stored as the number 90)."""

    value: float


# --------------------------------------------------------------------- expressions


@attrs.frozen
class Literal:
    """A constant. ``kind`` is one of number, percent, string, date, boolean,
    duration, list, record."""

    value: object
    kind: str
    span: Span = _span_field()


@attrs.frozen
class Ref:
    """A name: a fact, a parameter, a built-in (``evaluation_date``,
    ``evaluation_year``), a criterion, standard or section id, or
    ``list_fact.field`` inside a list aggregate."""

    name: str
    span: Span = _span_field()


@attrs.frozen
class Not:
    operand: Expr
    span: Span = _span_field()


@attrs.frozen
class And:
    left: Expr
    right: Expr
    span: Span = _span_field()


@attrs.frozen
class Or:
    left: Expr
    right: Expr
    span: Span = _span_field()


@attrs.frozen
class Compare:
    op: str  # == != < <= > >=
    left: Expr
    right: Expr
    span: Span = _span_field()


@attrs.frozen
class Arith:
    op: str  # + - * /
    left: Expr
    right: Expr
    span: Span = _span_field()


@attrs.frozen
class Neg:
    operand: Expr
    span: Span = _span_field()


@attrs.frozen
class LevelTest:
    """``is met``, ``is not met``, ``is at least good``, ``is at most good``."""

    mode: str  # "is" | "is_not" | "at_least" | "at_most"
    level: str
    span: Span = _span_field()


@attrs.frozen
class IsLevel:
    """``S1 is at least good``: a test of a criterion's, standard's or
    section's verdict."""

    operand: Expr
    test: LevelTest
    span: Span = _span_field()


@attrs.frozen
class IsKnown:
    """``x is known`` / ``x is unknown``: never itself unknown."""

    operand: Expr
    known: bool
    span: Span = _span_field()


@attrs.frozen
class Member:
    """``x in ["a", "b"]`` and ``x not in [...]``."""

    operand: Expr
    options: tuple[Literal, ...] = attrs.field(converter=_tuple)
    negate: bool = False
    span: Span = _span_field()


@attrs.frozen
class Within:
    """``d within 12 months of e`` (either side) or ``before e`` (on or
    before e, and no earlier than e minus the duration)."""

    operand: Expr
    duration: Expr
    anchor: Expr
    mode: str  # "of" | "before"
    span: Span = _span_field()


@attrs.frozen
class Call:
    """A built-in function: ``improving(x, 3)``, ``previous(x)``,
    ``months_between(a, b)``, ``sum(list.field)``, ``min(a, b)``..."""

    func: str
    args: tuple[Expr, ...] = attrs.field(converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Select:
    """``count(criteria of S1 is met)``, ``share(standards is at least good)``:
    counting over the verdicts of nodes.  ``of_id`` None means the node whose
    grading this is (or everything, in ``overall``); ``test`` None means every
    node; ``known`` True/False counts the nodes whose verdict is/is not known."""

    func: str  # count | share
    kind: str  # criteria | standards | sections
    of_id: str | None = None
    test: LevelTest | None = None
    known: bool | None = None
    span: Span = _span_field()


@attrs.frozen
class Where:
    """``count(interventions where met_target)``,
    ``sum(interventions.pupils where met_target)``: an aggregate over the
    records of a list fact, filtered by a condition on their fields."""

    func: str
    collection: str  # "list_fact" or "list_fact.field"
    condition: Expr
    span: Span = _span_field()


Expr = Union[
    Literal, Ref, Not, And, Or, Compare, Arith, Neg, IsLevel, IsKnown, Member,
    Within, Call, Select, Where,
]


# --------------------------------------------------------------------- declarations


@attrs.frozen
class Citation:
    """Where a rule comes from: a document and a place in it."""

    document: str
    place: str | None = None
    span: Span = _span_field()

    def __str__(self) -> str:
        return f"{self.document}, {self.place}" if self.place else self.document


@attrs.frozen
class FactType:
    """The type of a fact or parameter.

    ``kind`` is boolean, integer, number, percentage, date, text, duration,
    choice (with ``choices``) or list (with ``fields``)."""

    kind: str
    choices: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    fields: tuple[tuple[str, FactType], ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()

    def __str__(self) -> str:
        if self.kind == "choice":
            return "choice(" + ", ".join(_quote(c) for c in self.choices) + ")"
        if self.kind == "list":
            inner = ", ".join(f"{n}: {t}" for n, t in self.fields)
            return "list of { " + inner + " }"
        return self.kind


@attrs.frozen
class Range:
    low: float
    high: float
    span: Span = _span_field()


@attrs.frozen
class Header:
    """The ``ruleset`` block: identity, version, source and validity."""

    id: str
    title: str | None = None
    version: str | None = None
    source: str | None = None
    effective_from: _dt.date | None = None
    effective_to: _dt.date | None = None
    outcomes: tuple[str, ...] | None = None
    grades: tuple[str, ...] | None = None
    outcomes_scale: str | None = None  # `outcomes best_fit`: the levels of a declared scale
    grades_scale: str | None = None
    span: Span = _span_field()


@attrs.frozen
class DatedValue:
    """``from 2014-09-01 = 20 weeks { cite "..." }``: a parameter's value
    from a date on (until the parameter's next dated value), as OpenFisca's
    dated parameters."""

    start: _dt.date
    value: Literal
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Parameter:
    """A named interpretation threshold with a default, overridable at
    evaluation time.  ``default`` is the value written after ``=``; ``dated``
    the values that replace it from a date on, earliest first (see
    :meth:`value_on`)."""

    name: str
    type: FactType
    default: Literal
    unit: str | None = None
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    range: Range | None = None
    label: str | None = None  # a few words for people: "the share of CYP who met their targets"
    dated: tuple[DatedValue, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()

    def value_on(self, date: _dt.date) -> tuple[Literal, _dt.date | None]:
        """The value in force on ``date`` and the date it applies from (None
        for the value after ``=``, which applies before every dated value)."""
        chosen, start = self.default, None
        for dv in self.dated:
            if dv.start <= date:
                chosen, start = dv.value, dv.start
        return chosen, start


@attrs.frozen
class Fact:
    """A piece of evidence the rules need, and how to ask a person for it."""

    name: str
    type: FactType
    per_year: bool = False
    unit: str | None = None
    range: Range | None = None
    question: str | None = None
    help: str | None = None
    category: str | None = None
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    linked: Link | None = None
    label: str | None = None  # a few words for people: "the share of CYP who met their targets"
    group: Group | None = None  # asked on one card with the other facts of its group
    screen: str | None = None  # the group's screening question
    span: Span = _span_field()


@attrs.frozen
class Group:
    """``group staff_survey "the staff survey"``: the assistant asks the facts
    of one group together, on one card (the title is given once)."""

    name: str
    title: str | None = None


@attrs.frozen
class Link:
    """``from "dcsf-2008" "S5"``: the fact is the verdict of a node of another
    ruleset, evaluated on the same evidence, so nothing is asked twice."""

    ruleset: str
    node: str
    span: Span = _span_field()


@attrs.frozen
class Clause:
    """``met when <condition>`` or ``not_met otherwise`` (condition None)."""

    outcome: str
    condition: Expr | None
    span: Span = _span_field()


@attrs.frozen
class ScaleLevel:
    """One level of a declared scale, with the source's words for it."""

    name: str
    meaning: str
    span: Span = _span_field()


@attrs.frozen
class Scale:
    """``scale ob "NatSIP OB contribution rating" { D* "..." D "..." }``: a
    rating scale a ruleset declares, best level first.  Criteria are rated
    on it (:class:`Rating`), or it is the ruleset's outcomes or grades."""

    name: str
    title: str
    levels: tuple[ScaleLevel, ...] = attrs.field(default=(), converter=_tuple)
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()

    @property
    def level_names(self) -> tuple[str, ...]:
        return tuple(lv.name for lv in self.levels)

    def meaning(self, level: str) -> str | None:
        return next((lv.meaning for lv in self.levels if lv.name == level), None)


@attrs.frozen
class CategoryDef:
    """One declared evidence category: ``performance "Performance measures ..."``."""

    name: str
    meaning: str
    anywhere: bool = False  # may support any criterion, whatever its `evidence` line says
    span: Span = _span_field()


@attrs.frozen
class EvidenceCategories:
    """``categories "..." { ... }``: the evidence categories a ruleset's facts
    (``category``) and criteria (``evidence``) may name."""

    title: str
    categories: tuple[CategoryDef, ...] = attrs.field(default=(), converter=_tuple)
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.categories)


@attrs.frozen
class Rating:
    """A criterion's rating on a declared scale: ``ob D* "comment"`` rates it
    D* on the scale ``ob`` (NatSIP's OB contribution, in dcsf-2008)."""

    scale: str
    level: str
    comment: str | None = None
    span: Span = _span_field()

    @property
    def rating(self) -> str:
        """The level (the name the 1.x model used)."""
        return self.level


ObRating = Rating
"""The 1.x name of :class:`Rating`, kept for code written against it."""


@attrs.frozen
class GradeBy:
    """``grade by standard_grade``: use a named grading."""

    name: str
    span: Span = _span_field()


@attrs.frozen
class GradeBlock:
    """An inline ``grade { ... }`` block."""

    clauses: tuple[Clause, ...] = attrs.field(converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Criterion:
    """A supporting-evidence criterion with the conditions for each outcome."""

    id: str
    text: str
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    ratings: tuple[Rating, ...] = attrs.field(default=(), converter=_tuple)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    clauses: tuple[Clause, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()

    def rating(self, scale: str) -> Rating | None:
        """The criterion's rating on the declared scale *scale*, if any."""
        return next((r for r in self.ratings if r.scale == scale), None)

    @property
    def ob(self) -> Rating | None:
        """The rating on the scale named ``ob`` (dcsf-2008's NatSIP OB
        contribution), for code written against the 1.x model."""
        return self.rating("ob")


@attrs.frozen
class Standard:
    id: str
    title: str
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    criteria: tuple[Criterion, ...] = attrs.field(default=(), converter=_tuple)
    grade: GradeBy | GradeBlock | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Section:
    id: str
    title: str
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    standards: tuple[Standard, ...] = attrs.field(default=(), converter=_tuple)
    grade: GradeBy | GradeBlock | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Grading:
    """A named aggregation: a grade from the verdicts of a node's children."""

    name: str
    doc: str | None = None
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    clauses: tuple[Clause, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Overall:
    """The overall judgement, from sections and standards."""

    grade: GradeBy | GradeBlock
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


@attrs.frozen
class Assignment:
    """``name = value`` in a test's ``given`` (a fact) or ``with`` (a parameter)."""

    name: str
    value: Literal
    span: Span = _span_field()


@attrs.frozen
class Expectation:
    """``expect S1 is good``; ``level`` None means ``is unknown``."""

    target: str
    level: str | None
    span: Span = _span_field()


@attrs.frozen
class RuleTest:
    """A test inside a rule file: given facts (and parameters), expect verdicts."""

    name: str
    on: _dt.date | None = None
    given: tuple[Assignment, ...] = attrs.field(default=(), converter=_tuple)
    parameters: tuple[Assignment, ...] = attrs.field(default=(), converter=_tuple)
    expectations: tuple[Expectation, ...] = attrs.field(default=(), converter=_tuple)
    span: Span = _span_field()


Item = Union[Header, Parameter, Fact, Section, Grading, Overall, RuleTest, Scale, EvidenceCategories]


@attrs.frozen
class RuleFile:
    """One parsed ``.rules`` file: its items in source order."""

    path: str
    items: tuple[Item, ...] = attrs.field(converter=_tuple)

    def of_type(self, cls):
        return tuple(i for i in self.items if isinstance(i, cls))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------- pickling


def _unpickled_by_init(cls: type) -> None:
    """Pickle ``cls`` as a call of its class with its fields in order, so
    that unpickling a cached ruleset (5,000 of these values) runs attrs'
    generated ``__init__`` once per value instead of the slower generic
    ``__setstate__`` attrs gives slotted classes: the same values, about
    half the time.  Only for classes whose every field is an ordinary
    positional ``__init__`` argument."""
    fields = attrs.fields(cls)
    if any(not f.init or f.kw_only or f.alias != f.name for f in fields):
        raise TypeError(f"{cls.__name__} cannot be pickled by its __init__")
    names = tuple(f.name for f in fields)

    def __reduce__(self):
        return cls, tuple([getattr(self, name) for name in names])

    cls.__reduce__ = __reduce__


for _cls in [v for v in list(globals().values()) if isinstance(v, type) and v.__module__ == __name__ and attrs.has(v)]:
    _unpickled_by_init(_cls)
del _cls
