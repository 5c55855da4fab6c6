"""The checked and compiled form of a ruleset, without the machinery that makes it.

The checker (:mod:`senrules.checker`) builds a :class:`Program` of
:class:`Node` values typed with :class:`Type`; the compiler
(:mod:`senrules.compiler`) turns it into code, and :func:`load_functions`
makes the :class:`CompiledRules` from that code.  These values live here,
apart from the parser, checker and compiler, because they are what the cache
of compiled rulesets stores: a ruleset loaded from the cache imports this
module and :mod:`senrules.logic`, not lark or the checker, which keeps the
start of the command line and the assistant quick.
"""

from __future__ import annotations

import types

import attrs

from senrules import logic
from senrules import model as m

NUMERIC = ("integer", "number", "percentage")


@attrs.frozen
class Type:
    """The static type of an expression.

    ``kind``: boolean, integer, number, percentage, date, duration, text,
    list, node (a criterion/standard/section/overall verdict), or error.
    ``interval``: the value may be an interval [low, high] because it counts
    verdicts some of which are unknown.
    """

    kind: str
    interval: bool = False
    choices: tuple[str, ...] = ()
    fields: tuple[tuple[str, m.FactType], ...] = ()
    scale: tuple[str, ...] = ()
    label: str = ""  # e.g. "fact views_acted_on", for messages

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC

    def describe(self) -> str:
        words = {
            "boolean": "a yes/no value",
            "integer": "a whole number",
            "number": "a number",
            "percentage": "a percentage",
            "date": "a date",
            "duration": "a duration",
            "text": "text",
            "list": "a list of records",
            "node": "a verdict",
        }
        return words.get(self.kind, self.kind)


ERROR = Type("error")
BOOLEAN = Type("boolean")


@attrs.define
class Node:
    """A criterion, standard, section or the overall judgement, resolved."""

    index: int
    kind: str  # criterion | standard | section | overall
    id: str
    decl: object  # the model node (Criterion, Standard, Section, Overall)
    scale: tuple[str, ...]
    clauses: tuple[m.Clause, ...] = ()
    grading: str | None = None  # the named grading used, if any
    parent: int | None = None
    children: list[int] = attrs.Factory(list)
    deps: set[int] = attrs.Factory(set)
    facts: list[str] = attrs.Factory(list)  # facts its clauses read, in order
    parameters: list[str] = attrs.Factory(list)

    @property
    def title(self) -> str:
        return getattr(self.decl, "text", None) or getattr(self.decl, "title", None) or "Overall judgement"

    @property
    def citations(self) -> tuple[m.Citation, ...]:
        own = tuple(getattr(self.decl, "citations", ()))
        return own


@attrs.define
class Program:
    """A checked ruleset: declarations, nodes in evaluation order, and the
    type/resolution of every expression."""

    header: m.Header
    files: tuple[m.RuleFile, ...]
    parameters: dict[str, m.Parameter]
    facts: dict[str, m.Fact]
    gradings: dict[str, m.Grading]
    nodes: list[Node]
    order: list[int]  # node indexes in evaluation order
    by_id: dict[str, int]
    tests: list[m.RuleTest]
    outcomes: tuple[str, ...]
    grades: tuple[str, ...]
    types: dict[tuple[int, int], Type]  # (owner, id(expr)) -> type
    refs: dict[tuple[int, int], tuple]  # (owner, id(Ref)) -> ("fact"|"param"|"builtin"|"node"|"field"|"listfield", ...)
    selects: dict[tuple[int, int], tuple[int, ...]]  # (owner, id(Select)) -> node indexes
    scales: dict[str, m.Scale] = attrs.Factory(dict)  # the rating scales the ruleset declares
    categories: m.EvidenceCategories | None = None  # its evidence categories, if it declares them

    def node(self, ident: str) -> Node:
        return self.nodes[self.by_id[ident]]


@attrs.frozen
class CompiledRules:
    """The functions compiled from one program."""

    evaluate_all: types.FunctionType
    node_fns: tuple
    clause_fns: tuple
    code: types.CodeType  # the module code object, kept for caching


RUNTIME = {
    "_compare": logic.compare, "_compare_durations": logic.compare_durations, "_arith": logic.arith, "_negate": logic.negate, "_known": logic.known,
    "_level": logic.level, "_mask_known": logic.mask_known,
    "_count_masks": logic.count_masks, "_share_masks": logic.share_masks,
    "_count_known": logic.count_known, "_share_known": logic.share_known,
    "_list_count": logic.list_count, "_where_count": logic.where_count, "_where_share": logic.where_share,
    "_list_aggregate": logic.list_aggregate, "_min_max": logic.min_max, "_abs": logic.absolute,
    "_round": logic.rounded, "_shift": logic.shift, "_add_durations": logic.add_durations,
    "_scale_duration": logic.scale_duration, "_within_before": logic.within_before, "_within_of": logic.within_of,
    "_days_between": logic.days_between, "_months_between": logic.months_between,
    "_years_between": logic.years_between, "_monotone": logic.monotone, "_previous": logic.previous,
    "_change": logic.change, "_mean_over_years": logic.mean_over_years,
    "_extreme_over_years": logic.extreme_over_years, "_yearly": logic.yearly,
}


def load_functions(program: Program, code: types.CodeType, consts: dict[str, object]) -> CompiledRules:
    """Make functions from a module code object without executing the module:
    each top-level function's code object becomes a function directly."""
    namespace = dict(RUNTIME)
    namespace.update(consts)
    namespace["__builtins__"] = {}
    fns = {c.co_name: types.FunctionType(c, namespace) for c in code.co_consts if isinstance(c, types.CodeType)}
    node_fns = tuple(fns[f"node_{n.index}"] for n in program.nodes)
    clause_fns = tuple(
        tuple(fns.get(f"clause_{n.index}_{i}") for i in range(len(n.clauses))) for n in program.nodes
    )
    return CompiledRules(fns["evaluate_all"], node_fns, clause_fns, code)
