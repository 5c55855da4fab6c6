"""Check parsed rule files and resolve them into a :class:`Program`.

The checker reads one or more :class:`~senrules.model.RuleFile` that form a
ruleset and finds, in one pass, every problem it can: a missing or duplicated
header, duplicate ids, undefined facts or parameters (with a "did you mean"),
type errors (comparing a date with a percentage), outcomes that are not on the
ruleset's scale, clauses after ``otherwise``, a criterion with no outcome, a
standard with no grading, cycles between aggregations, and tests that name
things that do not exist.  Problems are returned as
:class:`~senrules.errors.Diagnostic` values, never raised one at a time.

The :class:`Program` it builds is what the compiler needs: every node
(criterion, standard, section, overall) in evaluation order with its clauses,
and the type and resolution of every expression.  Because a named grading is
shared by several standards, resolutions of ``count(criteria ...)`` are keyed
by the owning node as well as the expression.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from senrules import model as m
from senrules.errors import Diagnostic, Span
from senrules.logic import MAX_YEARS_BACK, YEAR_FUNCTIONS
from senrules.program import BOOLEAN, ERROR, NUMERIC, Node, Program, Type

DEFAULT_OUTCOMES = ("met", "partly_met", "not_met")
DEFAULT_GRADES = ("outstanding", "good", "satisfactory", "inadequate")
"""The scales a ruleset gets when its header names none.  A ruleset declares
its own with ``outcomes a > b > c`` or ``outcomes <declared scale>``."""
SIMPLE_TYPES = ("boolean", "integer", "number", "percentage", "date", "text", "duration")
BUILTINS = {"evaluation_date": "date", "evaluation_year": "integer"}
MAX_LABEL = 80
"""The longest `label` of a fact or parameter, in characters."""
RESERVED = frozenset(
    "and or not is in within of before where when otherwise true false criteria standards sections overall".split()
)
"""Words the grammar reads as keywords inside conditions, so they cannot name
a fact, parameter, field, criterion, standard, section or level."""
RESERVED_LEVELS = RESERVED | frozenset("day days week weeks month months year years known unknown at least most".split())
"""Outcome and grade names also cannot be units of time (a clause such as
`days otherwise` after a condition ending in a number would read as `3 days`)
nor words that follow `is` (`S1 is known`, `S1 is at least good`)."""

# name -> (min args, max args, description) for plain calls
FUNCTIONS = {
    "improving": (2, 2, "improving(value, years): strictly rising over the last `years` years"),
    "declining": (2, 2, "declining(value, years): strictly falling over the last `years` years"),
    "previous": (1, 2, "previous(value[, years]): the value one (or `years`) years earlier"),
    "change": (2, 2, "change(value, years): this year's value minus the value `years` years earlier"),
    "mean": (1, 2, "mean(list.field) over records, or mean(value, years) over years"),
    "lowest": (2, 2, "lowest(value, years): the lowest value over the last `years` years, this year included"),
    "highest": (2, 2, "highest(value, years): the highest value over the last `years` years, this year included"),
    "min": (1, 8, "min(list.field) or min(a, b, ...)"),
    "max": (1, 8, "max(list.field) or max(a, b, ...)"),
    "sum": (1, 1, "sum(list.field)"),
    "count": (1, 1, "count(list), count(list where condition) or count(criteria is met)"),
    "share": (1, 1, "share(list where condition) or share(criteria is met), a percentage"),
    "abs": (1, 1, "abs(number)"),
    "round": (1, 2, "round(number[, digits])"),
    "days_between": (2, 2, "days_between(from_date, to_date)"),
    "months_between": (2, 2, "months_between(from_date, to_date), whole calendar months"),
    "years_between": (2, 2, "years_between(from_date, to_date), whole years"),
}
WHERE_FUNCTIONS = ("count", "share", "sum", "mean", "min", "max")


# --------------------------------------------------------------------- types


def type_of_fact_type(ft: m.FactType, label: str = "") -> Type:
    if ft.kind == "choice":
        return Type("text", choices=ft.choices, label=label)
    if ft.kind == "list":
        return Type("list", fields=ft.fields, label=label)
    return Type(ft.kind, label=label)


# --------------------------------------------------------------------- program


# --------------------------------------------------------------------- checker


class _Scope:
    """Where an expression is being typed: its owner node, and record fields
    in scope inside ``where``."""

    def __init__(self, owner: Node, fields: dict[str, m.FactType] | None = None, list_name: str | None = None):
        self.owner = owner
        self.fields = fields or {}
        self.list_name = list_name


class Checker:
    """Collects diagnostics while building a :class:`Program`."""

    def __init__(self, files: Iterable[m.RuleFile]):
        self.files = tuple(files)
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[tuple] = set()

    # ------------------------------------------------------------ reporting
    def error(self, code: str, message: str, span: Span | None, hint: str | None = None):
        self._report("error", code, message, span, hint)

    def warning(self, code: str, message: str, span: Span | None, hint: str | None = None):
        self._report("warning", code, message, span, hint)

    def _report(self, severity, code, message, span, hint):
        if span is not None and span.line == 0:
            span = None
        key = (severity, code, message, span)
        if key in self._seen:
            return
        self._seen.add(key)
        self.diagnostics.append(Diagnostic(severity, code, message, span, hint))

    @staticmethod
    def _suggest(name: str, candidates: Iterable[str]) -> str | None:
        close = difflib.get_close_matches(name, list(candidates), n=1, cutoff=0.6)
        return f"did you mean `{close[0]}`?" if close else None

    # ------------------------------------------------------------ entry point
    def check(self) -> Program | None:
        items = [item for f in self.files for item in f.items]
        header = self._header(items)
        self.header = header
        self._declarations(items)
        outcomes = self._header_scale(header, "outcomes") or DEFAULT_OUTCOMES
        grades = self._header_scale(header, "grades") or DEFAULT_GRADES
        self.outcomes, self.grades = outcomes, grades
        for scale, what in ((outcomes, "outcomes"), (grades, "grades")):
            for lvl in scale:
                if lvl in RESERVED_LEVELS:
                    self.error("reserved-name", f"`{lvl}` is a reserved word and cannot name a level", header.span if header else None, "choose another name")
            if len(set(scale)) != len(scale):
                self.error("duplicate-level", f"the {what} scale names a level twice", header.span if header else None)
        clash = set(outcomes) & set(grades)
        if clash:
            self.error(
                "scale-clash", f"{', '.join(sorted(clash))} is both an outcome and a grade",
                header.span if header else None, "give criterion outcomes and grades different names",
            )

        self.parameters: dict[str, m.Parameter] = {}
        self.facts: dict[str, m.Fact] = {}
        self.gradings: dict[str, m.Grading] = {}
        self.nodes: list[Node] = []
        self.by_id: dict[str, int] = {}
        self.tests: list[m.RuleTest] = []
        self.types: dict = {}
        self.refs: dict = {}
        self.selects: dict = {}
        names: dict[str, tuple[str, Span]] = {}

        def claim(name: str, what: str, span: Span) -> bool:
            if name in RESERVED:
                self.error("reserved-name", f"`{name}` is a reserved word and cannot name a {what}", span, "choose another name")
                return False
            if name in BUILTINS:
                self.error("reserved-name", f"`{name}` is a built-in name and cannot be declared as a {what}", span)
                return False
            if name in names:
                other_what, other_span = names[name]
                where = f" (first declared at {other_span})" if other_span.line else ""
                kinds = f"as a {other_what} and as a {what}" if other_what != what else f"as a {what}"
                self.error(
                    "duplicate-id", f"`{name}` is declared twice, {kinds}{where}",
                    span, "every fact, parameter, criterion, standard and section needs its own id",
                )
                return False
            names[name] = (what, span)
            return True

        overall_decl = None
        for item in items:
            if isinstance(item, m.Parameter):
                if claim(item.name, "parameter", item.span):
                    self.parameters[item.name] = item
                    self._check_parameter(item)
            elif isinstance(item, m.Fact):
                if claim(item.name, "fact", item.span):
                    self.facts[item.name] = item
                    self._check_fact(item)
            elif isinstance(item, m.Grading):
                if item.name in self.gradings:
                    self.error("duplicate-id", f"the grading `{item.name}` is declared twice", item.span)
                else:
                    self.gradings[item.name] = item
            elif isinstance(item, m.Overall):
                if overall_decl is not None:
                    self.error("duplicate-overall", "the overall judgement is declared twice", item.span)
                else:
                    overall_decl = item
            elif isinstance(item, m.RuleTest):
                self.tests.append(item)

        # Nodes: sections, standards, criteria (ids claimed in source order).
        for item in items:
            if not isinstance(item, m.Section):
                continue
            sec = self._add_node("section", item, grades, claim)
            for std in item.standards:
                snode = self._add_node("standard", std, grades, claim, parent=sec)
                for crit in std.criteria:
                    self._add_node("criterion", crit, outcomes, claim, parent=snode)
                if not std.criteria:
                    self.warning("empty-standard", f"standard {std.id} has no criteria", std.span)
            if not item.standards:
                self.warning("empty-section", f"section {item.id} has no standards", item.span)
        if overall_decl is not None:
            node = Node(len(self.nodes), "overall", "overall", overall_decl, grades)
            node.children = [n.index for n in self.nodes if n.kind == "section"]
            self.nodes.append(node)
            self.by_id["overall"] = node.index

        # Clauses: criteria have their own; the others come from a grading.
        for node in self.nodes:
            if node.kind == "criterion":
                node.clauses = node.decl.clauses
                if not node.clauses:
                    self.error(
                        "no-outcome", f"criterion {node.id} has no outcomes",
                        node.decl.span, "add at least `met when <condition>` and `not_met otherwise`",
                    )
            else:
                self._attach_grading(node)
            self._check_clauses(node)

        for node in self.nodes:
            for clause in node.clauses:
                if clause.condition is not None:
                    t = self.expr(clause.condition, _Scope(node))
                    self._expect_boolean(t, clause.condition, "a condition")
            if node.kind != "criterion":
                node.deps.update(node.children)

        order = self._order()
        self._check_evidence_categories()
        for test in self.tests:
            self._check_test(test)

        if header is None or any(d.severity == "error" for d in self.diagnostics):
            return None
        return Program(
            header=header, files=self.files, parameters=self.parameters, facts=self.facts,
            gradings=self.gradings, nodes=self.nodes, order=order, by_id=self.by_id,
            tests=self.tests, outcomes=outcomes, grades=grades, types=self.types,
            refs=self.refs, selects=self.selects, scales=self.scales, categories=self.categories,
        )

    # ------------------------------------------------------------ declared scales and categories
    def _declarations(self, items):
        """The scales and evidence categories the ruleset declares."""
        self.scales: dict[str, m.Scale] = {}
        self.categories: m.EvidenceCategories | None = None
        for item in items:
            if isinstance(item, m.Scale):
                if item.name in self.scales:
                    self.error("duplicate-scale", f"the scale `{item.name}` is declared twice", item.span)
                    continue
                self.scales[item.name] = item
                names = item.level_names
                if not names:
                    self.error("empty-scale", f"the scale `{item.name}` has no levels", item.span, 'list its levels best first: `<level> "<what it means>"`')
                for i, level in enumerate(item.levels):
                    if level.name in names[:i]:
                        self.error("duplicate-level", f"the scale `{item.name}` names the level `{level.name}` twice", level.span)
            elif isinstance(item, m.EvidenceCategories):
                if self.categories is not None:
                    self.error("duplicate-categories", "the evidence categories are declared twice", item.span, "declare them once, in one `categories` block")
                    continue
                self.categories = item
                names = item.names
                for i, cat in enumerate(item.categories):
                    if cat.name in names[:i]:
                        self.error("duplicate-category", f"the evidence category `{cat.name}` is declared twice", cat.span)
                    if cat.name in RESERVED:
                        self.error("reserved-name", f"`{cat.name}` is a reserved word and cannot name an evidence category", cat.span)

    def _header_scale(self, header: m.Header | None, what: str) -> tuple[str, ...] | None:
        """The header's outcomes or grades: listed inline, or a declared scale."""
        if header is None:
            return None
        named = getattr(header, f"{what}_scale")
        if named is None:
            return getattr(header, what) or None
        scale = self.scales.get(named)
        if scale is None:
            self.error(
                "undefined-scale", f"the {what} are the scale `{named}`, which is not declared", header.span,
                self._suggest(named, self.scales) or f'declare it: `scale {named} "<title>" {{ <level> "<meaning>" ... }}`',
            )
            return None
        for level in scale.levels:
            if not level.name.isidentifier():
                self.error(
                    "bad-level-name", f"`{level.name}` cannot be one of the {what}: a verdict is a name (letters, digits, _)",
                    level.span, f"only a scale whose levels are names can be the ruleset's {what}",
                )
        return scale.level_names

    def _category_names(self) -> tuple[str, ...]:
        return self.categories.names if self.categories is not None else ()

    def _check_category(self, cat: str, span, what: str):
        names = self._category_names()
        if self.categories is None:
            return  # a ruleset that declares no categories has its category names unchecked (as in language 1.x)
        elif cat not in names:
            self.error(
                "bad-category", f"`{cat}` is not an evidence category", span,
                self._suggest(cat, names) or f"the categories declared are {', '.join(names)} ({self.categories.title})",
            )

    def _check_ratings(self, crit: m.Criterion):
        seen = set()
        for r in crit.ratings:
            scale = self.scales.get(r.scale)
            if scale is None:
                self.error(
                    "undefined-scale", f"criterion {crit.id} is rated on the scale `{r.scale}`, which is not declared", r.span,
                    self._suggest(r.scale, self.scales) or f'declare it: `scale {r.scale} "<title>" {{ {r.level} "<meaning>" ... }}`',
                )
            elif r.level not in scale.level_names:
                self.error(
                    "unknown-level", f"`{r.level}` is not a level of the scale `{r.scale}` ({', '.join(scale.level_names)})", r.span,
                    self._suggest(r.level, scale.level_names),
                )
            if r.scale in seen:
                self.error("duplicate-rating", f"criterion {crit.id} is rated twice on the scale `{r.scale}`", r.span)
            seen.add(r.scale)

    # ------------------------------------------------------------ declarations
    def _header(self, items) -> m.Header | None:
        headers = [i for i in items if isinstance(i, m.Header)]
        if not headers:
            where = Span(self.files[0].path, 1, 1, 1, 2) if self.files else None
            self.error(
                "no-header", "the ruleset has no `ruleset` header", where,
                'start the file with `ruleset my-rules { title "..." version "1.0" }`',
            )
            return None
        for extra in headers[1:]:
            self.error("duplicate-header", f"a second `ruleset` header ({extra.id}); a ruleset has one", extra.span)
        h = headers[0]
        if h.effective_from and h.effective_to and h.effective_to < h.effective_from:
            self.error("bad-dates", "the ruleset stops being effective before it starts", h.span)
        return h

    def _check_type(self, ft: m.FactType, where: str, nested: bool = False):
        if ft.kind == "choice":
            if len(set(ft.choices)) != len(ft.choices):
                self.error("duplicate-choice", f"{where} lists a choice twice", ft.span)
        elif ft.kind == "list":
            if nested:
                self.error("nested-list", f"{where}: a list cannot hold lists", ft.span)
            seen = set()
            for name, sub in ft.fields:
                if name in RESERVED:
                    self.error("reserved-name", f"`{name}` is a reserved word and cannot name a field of {where}", sub.span, "choose another name")
                if name in seen:
                    self.error("duplicate-field", f"{where} declares the field `{name}` twice", sub.span)
                seen.add(name)
                self._check_type(sub, f"field `{name}` of {where}", nested=True)
        elif ft.kind not in SIMPLE_TYPES:
            self.error(
                "unknown-type", f"`{ft.kind}` is not a type", ft.span,
                self._suggest(ft.kind, SIMPLE_TYPES) or "types are " + ", ".join(SIMPLE_TYPES) + ", choice(...) and list of {...}",
            )

    def _check_parameter(self, p: m.Parameter):
        self._check_type(p.type, f"parameter `{p.name}`")
        if p.type.kind == "list":
            self.error("bad-parameter-type", f"parameter `{p.name}` cannot be a list", p.type.span)
            return
        problem = literal_problem(p.default, p.type)
        if problem:
            self.error("bad-default", f"the default of parameter `{p.name}` {problem}", p.default.span)
        elif p.range is not None and isinstance(p.default.value, (int, float)) and not isinstance(p.default.value, bool):
            if not (p.range.low <= p.default.value <= p.range.high):
                self.error(
                    "out-of-range", f"the default of `{p.name}`, {p.default.value}, is outside its range {_fmt(p.range.low)} .. {_fmt(p.range.high)}",
                    p.default.span,
                )
        self._check_range(p.range, p.type, f"parameter `{p.name}`")
        if p.dated:
            self._check_dated(p)
        self._check_label(p.label, f"parameter `{p.name}`", p.span)
        if not p.doc:
            self.warning(
                "undocumented-parameter", f"parameter `{p.name}` has no `doc` saying why its default was chosen",
                p.span, "every interpretation threshold needs a documented reason",
            )

    def _check_dated(self, p: m.Parameter):
        """A parameter's dated values (``from DATE = VALUE``): each fits the
        type and range, the dates are in order with none twice, each lies in
        the ruleset's ``effective`` window, and every value is written in the
        same unit (a duration in weeks throughout, a percentage with `%`
        throughout), so that reports compare like with like."""
        h = getattr(self, "header", None)
        before: m.DatedValue | None = None
        unit_seen = _unit_of(p.default)
        for dv in p.dated:
            where = f"the value of parameter `{p.name}` from {dv.start}"
            problem = literal_problem(dv.value, p.type)
            if problem:
                self.error("bad-default", f"{where} {problem}", dv.value.span)
            elif p.range is not None and isinstance(dv.value.value, (int, float)) and not isinstance(dv.value.value, bool) \
                    and not (p.range.low <= dv.value.value <= p.range.high):
                self.error(
                    "out-of-range", f"{where}, {_fmt(dv.value.value)}, is outside its range {_fmt(p.range.low)} .. {_fmt(p.range.high)}",
                    dv.value.span,
                )
            elif p.type.kind in ("duration", "percentage") and _unit_of(dv.value)[0] != unit_seen[0]:
                self.error(
                    "mixed-units",
                    f"{where} is written as {_literal_text(dv.value)}, but its value after `=` as {unit_seen[1]}",
                    dv.value.span,
                    f"write every value of `{p.name}` the same way ({_unit_words(unit_seen)}), so that the values can be compared",
                )
            if before is not None and dv.start == before.start:
                self.error(
                    "overlapping-dates", f"parameter `{p.name}` has two values from {dv.start}", dv.span,
                    "a date starts one value: remove one of them, or correct its date",
                )
            elif before is not None and dv.start < before.start:
                self.error(
                    "unsorted-dates", f"parameter `{p.name}` has a value from {dv.start} after the one from {before.start}", dv.span,
                    "write the dated values earliest first",
                )
            if h is not None and h.effective_from is not None and dv.start < h.effective_from:
                self.error(
                    "date-outside-effective",
                    f"parameter `{p.name}` has a value from {dv.start}, before the ruleset takes effect ({h.effective_from})", dv.span,
                    "the value after `=` is the one in force when the ruleset takes effect; a dated value changes it later",
                )
            elif h is not None and h.effective_to is not None and dv.start > h.effective_to:
                self.error(
                    "date-outside-effective",
                    f"parameter `{p.name}` has a value from {dv.start}, after the ruleset stops being effective ({h.effective_to})", dv.span,
                    "a value for a later period belongs to the ruleset's next edition (docs/language.md, section 5)",
                )
            before = dv if before is None or dv.start > before.start else before

    def _check_label(self, label: str | None, where: str, span):
        """A label is a few words shown to people in place of the name."""
        if label is None:
            return
        if not label.strip():
            self.error("bad-label", f"the label of {where} is empty", span, "write a few words, or leave the label out")
        elif len(label) > MAX_LABEL:
            self.error(
                "bad-label", f"the label of {where} is {len(label)} characters long; a label is at most {MAX_LABEL}", span,
                "keep it to a few words; the longer explanation belongs in `doc` or `help`",
            )

    def _check_range(self, r: m.Range | None, ft: m.FactType, where: str):
        if r is None:
            return
        if ft.kind not in NUMERIC:
            self.error("bad-range", f"{where} is {ft.kind}; only numbers can have a range", r.span)
        if r.low > r.high:
            self.error("bad-range", f"the range of {where} runs backwards ({_fmt(r.low)} .. {_fmt(r.high)})", r.span)
        if ft.kind == "percentage" and (r.low < 0 or r.high > 100):
            self.error("bad-range", f"the range of {where} goes outside 0 .. 100, but it is a percentage", r.span)

    def _check_fact(self, f: m.Fact):
        self._check_type(f.type, f"fact `{f.name}`")
        if f.per_year and f.type.kind == "list":
            self.error(
                "per-year-list", f"fact `{f.name}` is a list, which cannot be given per year", f.span,
                "add a `year` field to the records instead",
            )
        self._check_range(f.range, f.type, f"fact `{f.name}`")
        self._check_label(f.label, f"fact `{f.name}`", f.span)
        if f.category is not None:
            self._check_category(f.category, f.span, f"fact `{f.name}`")
        if f.linked is not None:
            if f.type.kind not in ("choice", "text") or f.per_year:
                self.error(
                    "bad-link", f"fact `{f.name}` takes another ruleset's verdict, so it must be a choice of its levels (not per year)",
                    f.linked.span, 'e.g. `fact s5: choice("outstanding", "good", "satisfactory", "inadequate") { from "dcsf-2008" "S5" }`',
                )
            return  # its value comes from the other ruleset: nobody is asked for it
        if not f.question:
            self.warning("no-question", f"fact `{f.name}` has no `question` for the assistant to ask", f.span)
        if f.screen is not None and f.group is None:
            self.warning("screen-without-group", f"fact `{f.name}` has a `screen` question but no `group` for it to screen",
                         f.span, "add `group NAME` to it and to the facts asked with it")

    def _add_node(self, kind, decl, scale, claim, parent: Node | None = None) -> Node:
        node = Node(len(self.nodes), kind, decl.id, decl, scale, parent=parent.index if parent else None)
        if claim(decl.id, kind, decl.span):
            self.by_id[decl.id] = node.index
        self.nodes.append(node)
        if parent is not None:
            parent.children.append(node.index)
        if kind == "criterion":
            for cat in decl.evidence:
                self._check_category(cat, decl.span, f"criterion {decl.id}")
            self._check_ratings(decl)
        return node

    def _attach_grading(self, node: Node):
        spec = node.decl.grade
        if spec is None:
            self.error(
                "no-grading", f"{node.kind} {node.id} has no grading",
                node.decl.span, "add `grade by <grading name>` or a `grade { ... }` block",
            )
            return
        if isinstance(spec, m.GradeBy):
            grading = self.gradings.get(spec.name)
            if grading is None:
                self.error(
                    "undefined-grading", f"there is no grading called `{spec.name}`", spec.span,
                    self._suggest(spec.name, self.gradings),
                )
                return
            node.grading = spec.name
            node.clauses = grading.clauses
        else:
            node.clauses = spec.clauses

    def _check_clauses(self, node: Node):
        scale = node.scale
        what = "outcome" if node.kind == "criterion" else "grade"
        seen_otherwise = None
        for clause in node.clauses:
            if clause.outcome not in scale:
                self.error(
                    "unknown-level", f"`{clause.outcome}` is not {'an' if what == 'outcome' else 'a'} {what} ({', '.join(scale)})",
                    clause.span, self._suggest(clause.outcome, scale),
                )
            if seen_otherwise is not None:
                self.error(
                    "after-otherwise", f"the `{clause.outcome}` outcome comes after `otherwise` and can never apply",
                    clause.span, "`otherwise` must be the last outcome",
                )
            if clause.condition is None:
                seen_otherwise = clause

    def _check_evidence_categories(self):
        anywhere = {c.name for c in self.categories.categories if c.anywhere} if self.categories else set()
        for node in self.nodes:
            if node.kind != "criterion" or not node.decl.evidence:
                continue
            for name in node.facts:
                cat = self.facts[name].category
                if cat and cat not in anywhere and cat not in node.decl.evidence:
                    self.warning(
                        "evidence-category",
                        f"criterion {node.id} accepts {', '.join(node.decl.evidence)} evidence but reads `{name}`, which is {cat} evidence",
                        node.decl.span,
                    )

    # ------------------------------------------------------------ ordering
    def _order(self) -> list[int]:
        order, state = [], {}
        for start in range(len(self.nodes)):
            if start in state:
                continue
            stack = [(start, iter(sorted(self.nodes[start].deps)))]
            state[start] = 1
            path = [start]
            while stack:
                idx, it = stack[-1]
                nxt = next(it, None)
                if nxt is None:
                    stack.pop()
                    path.pop()
                    state[idx] = 2
                    order.append(idx)
                    continue
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt):] + [nxt]
                    names = " -> ".join(self.nodes[i].id for i in cycle)
                    self.error(
                        "cycle", f"these verdicts depend on each other in a cycle: {names}",
                        self.nodes[nxt].decl.span, "a verdict cannot depend, even indirectly, on itself",
                    )
                    continue
                if nxt not in state:
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append((nxt, iter(sorted(self.nodes[nxt].deps))))
        return order

    # ------------------------------------------------------------ tests
    def _check_test(self, test: m.RuleTest):
        if test.on is None and any(a.name in self.facts and self.facts[a.name].per_year for a in test.given):
            self.warning(
                "test-without-date", f"test \"{test.name}\" gives per-year facts but no `on` date, so its result depends on today's date",
                test.span, "add `on YYYY-MM-DD`",
            )
        for a in test.given:
            fact = self.facts.get(a.name)
            if fact is None:
                self.error(
                    "undefined-name", f"test \"{test.name}\" gives `{a.name}`, which is not a fact", a.span,
                    self._suggest(a.name, self.facts),
                )
                continue
            problem = fact_value_problem(a.value, fact)
            if problem:
                self.error("bad-value", f"test \"{test.name}\": `{a.name}` {problem}", a.value.span)
        for a in test.parameters:
            param = self.parameters.get(a.name)
            if param is None:
                self.error(
                    "undefined-name", f"test \"{test.name}\" sets `{a.name}`, which is not a parameter", a.span,
                    self._suggest(a.name, self.parameters),
                )
                continue
            problem = literal_problem(a.value, param.type)
            if problem:
                self.error("bad-value", f"test \"{test.name}\": `{a.name}` {problem}", a.value.span)
        if not test.expectations:
            self.warning("no-expectation", f"test \"{test.name}\" expects nothing", test.span)
        for e in test.expectations:
            idx = self.by_id.get(e.target)
            if idx is None:
                self.error(
                    "undefined-name", f"test \"{test.name}\" expects a verdict for `{e.target}`, which is not a criterion, standard or section",
                    e.span, self._suggest(e.target, self.by_id),
                )
                continue
            node = self.nodes[idx]
            if e.level is not None and e.level not in node.scale:
                self.error(
                    "unknown-level", f"`{e.level}` is not a verdict {node.id} can have ({', '.join(node.scale)} or unknown)",
                    e.span, self._suggest(e.level, node.scale),
                )

    # ------------------------------------------------------------ expressions
    def _expect_boolean(self, t: Type, expr, what: str):
        if t.kind not in ("boolean", "error"):
            self.error(
                "type", f"{what} must be true or false, but this is {t.describe()}", expr.span,
                "compare it with something, e.g. `x >= 50` or `S1 is met`",
            )

    def _record(self, scope: _Scope, expr, t: Type) -> Type:
        self.types[(scope.owner.index, id(expr))] = t
        return t

    def expr(self, e, scope: _Scope) -> Type:
        method = getattr(self, "_t_" + type(e).__name__)
        return self._record(scope, e, method(e, scope))

    def _t_Literal(self, e: m.Literal, scope) -> Type:
        kind = {"number": "integer" if isinstance(e.value, int) else "number", "percent": "percentage",
                "string": "text", "boolean": "boolean", "date": "date", "duration": "duration"}.get(e.kind)
        if kind is None:
            self.error("type", "a list or record cannot be used in a condition", e.span)
            return ERROR
        return Type(kind)

    def _t_Ref(self, e: m.Ref, scope: _Scope) -> Type:
        key = (scope.owner.index, id(e))
        name = e.name
        if name in scope.fields:
            self.refs[key] = ("field", name)
            return type_of_fact_type(scope.fields[name], f"field {name}")
        if name in self.parameters:
            self.refs[key] = ("param", name)
            _add_once(scope.owner.parameters, name)
            return type_of_fact_type(self.parameters[name].type, f"parameter {name}")
        if name in self.facts:
            self.refs[key] = ("fact", name)
            _add_once(scope.owner.facts, name)
            return type_of_fact_type(self.facts[name].type, f"fact {name}")
        if name in BUILTINS:
            self.refs[key] = ("builtin", name)
            return Type(BUILTINS[name])
        if name in self.by_id:
            idx = self.by_id[name]
            self.refs[key] = ("node", idx)
            scope.owner.deps.add(idx)
            node = self.nodes[idx]
            return Type("node", scale=node.scale, label=f"{node.kind} {node.id}")
        if "." in name:
            base, _, field = name.partition(".")
            fact = self.facts.get(base)
            if fact is not None and fact.type.kind == "list":
                fields = dict(fact.type.fields)
                if field not in fields:
                    self.error(
                        "undefined-field", f"the records of `{base}` have no field `{field}`", e.span,
                        self._suggest(field, fields) or "fields are " + ", ".join(fields),
                    )
                    return ERROR
                self.refs[key] = ("listfield", base, field)
                _add_once(scope.owner.facts, base)
                return Type("list", fields=((field, fields[field]),), label=f"{base}.{field}")
        if name in ("criteria", "standards", "sections"):
            self.error(
                "misplaced-selector", f"`{name}` can only be counted", e.span,
                f"write `count({name} is ...)` or `share({name} is ...)`",
            )
            return ERROR
        candidates = list(self.facts) + list(self.parameters) + list(self.by_id) + list(BUILTINS) + list(scope.fields)
        self.error(
            "undefined-name", f"`{name}` is not a fact, parameter, criterion, standard or section", e.span,
            self._suggest(name, candidates) or "declare it with `fact` or `parameter`",
        )
        return ERROR

    def _t_Not(self, e: m.Not, scope) -> Type:
        self._expect_boolean(self.expr(e.operand, scope), e.operand, "the operand of `not`")
        return BOOLEAN

    def _t_And(self, e, scope) -> Type:
        self._expect_boolean(self.expr(e.left, scope), e.left, "each side of `and`")
        self._expect_boolean(self.expr(e.right, scope), e.right, "each side of `and`")
        return BOOLEAN


    def _t_Or(self, e, scope) -> Type:
        self._expect_boolean(self.expr(e.left, scope), e.left, "each side of `or`")
        self._expect_boolean(self.expr(e.right, scope), e.right, "each side of `or`")
        return BOOLEAN

    def _node_value_misuse(self, t: Type, expr) -> bool:
        if t.kind == "node":
            self.error(
                "type", f"{t.label} is a verdict, not a value", expr.span,
                f"test it with `is`, e.g. `{getattr(expr, 'name', 'S1')} is at least {t.scale[1] if len(t.scale) > 1 else t.scale[0]}`",
            )
            return True
        return False

    def _t_Compare(self, e: m.Compare, scope) -> Type:
        lt, rt = self.expr(e.left, scope), self.expr(e.right, scope)
        if "error" in (lt.kind, rt.kind) or self._node_value_misuse(lt, e.left) or self._node_value_misuse(rt, e.right):
            return BOOLEAN
        if lt.numeric and rt.numeric:
            return Type("boolean", interval=lt.interval or rt.interval)
        if lt.kind == rt.kind and lt.kind in ("date", "duration"):
            return BOOLEAN
        if lt.kind == rt.kind and lt.kind in ("text", "boolean"):
            if e.op not in ("==", "!="):
                self.error("type", f"{lt.describe()} can only be compared with == or !=", e.span)
            for a, b in ((lt, e.right), (rt, e.left)):
                if a.choices and isinstance(b, m.Literal) and b.kind == "string" and b.value not in a.choices:
                    self.error(
                        "not-a-choice", f'"{b.value}" is not one of the choices of {a.label}',
                        b.span, self._suggest(b.value, a.choices) or "choices are " + ", ".join(f'"{c}"' for c in a.choices),
                    )
            return BOOLEAN
        self.error(
            "type", f"cannot compare {lt.describe()} with {rt.describe()}", e.span,
            _mismatch_hint(lt, rt),
        )
        return BOOLEAN

    def _t_Arith(self, e: m.Arith, scope) -> Type:
        lt, rt = self.expr(e.left, scope), self.expr(e.right, scope)
        if "error" in (lt.kind, rt.kind) or self._node_value_misuse(lt, e.left) or self._node_value_misuse(rt, e.right):
            return ERROR
        interval = lt.interval or rt.interval
        if lt.numeric and rt.numeric:
            if e.op in "+-" and lt.kind == rt.kind == "percentage":
                return Type("percentage", interval=interval)
            if e.op != "/" and lt.kind == rt.kind == "integer":
                return Type("integer", interval=interval)
            return Type("number", interval=interval)
        if e.op in "+-" and lt.kind == "date" and rt.kind == "duration":
            return Type("date")
        if e.op == "+" and lt.kind == "duration" and rt.kind == "date":
            return Type("date")
        if e.op in "+-" and lt.kind == rt.kind == "duration":
            return Type("duration")
        if e.op == "*" and {lt.kind, rt.kind} <= {"duration", "integer"} and "duration" in (lt.kind, rt.kind) and lt.kind != rt.kind:
            return Type("duration")
        hint = None
        if lt.kind == rt.kind == "date" and e.op == "-":
            hint = "use days_between(a, b) or months_between(a, b)"
        self.error("type", f"cannot apply `{e.op}` to {lt.describe()} and {rt.describe()}", e.span, hint)
        return ERROR

    def _t_Neg(self, e: m.Neg, scope) -> Type:
        t = self.expr(e.operand, scope)
        if t.kind == "error":
            return ERROR
        if not t.numeric:
            self.error("type", f"cannot negate {t.describe()}", e.span)
            return ERROR
        return Type("number" if t.kind == "percentage" else t.kind, interval=t.interval)

    def _t_IsLevel(self, e: m.IsLevel, scope) -> Type:
        t = self.expr(e.operand, scope)
        if t.kind == "error":
            return BOOLEAN
        if t.kind != "node":
            self.error(
                "type", f"only a criterion, standard or section has a verdict to test with `is`; this is {t.describe()}",
                e.span, "to compare values use ==, <, >= ...",
            )
            return BOOLEAN
        if e.test.level not in t.scale:
            self.error(
                "unknown-level", f"`{e.test.level}` is not a verdict of {t.label} ({', '.join(t.scale)})",
                e.test.span, self._suggest(e.test.level, t.scale),
            )
        return BOOLEAN

    def _t_IsKnown(self, e: m.IsKnown, scope) -> Type:
        self.expr(e.operand, scope)
        return BOOLEAN

    def _t_Member(self, e: m.Member, scope) -> Type:
        t = self.expr(e.operand, scope)
        if t.kind == "error" or self._node_value_misuse(t, e.operand):
            return BOOLEAN
        for opt in e.options:
            ot = self._t_Literal(opt, scope)
            if ot.kind == "error":
                continue
            same = (ot.kind == t.kind) or (ot.numeric and t.numeric)
            if not same:
                self.error("type", f"{t.describe()} cannot be one of a list holding {ot.describe()}", opt.span)
            elif t.choices and opt.value not in t.choices:
                self.error(
                    "not-a-choice", f'"{opt.value}" is not one of the choices of {t.label}', opt.span,
                    self._suggest(opt.value, t.choices) or "choices are " + ", ".join(f'"{c}"' for c in t.choices),
                )
        return BOOLEAN

    def _t_Within(self, e: m.Within, scope) -> Type:
        ot, dt, at = (self.expr(x, scope) for x in (e.operand, e.duration, e.anchor))
        for t, x, want in ((ot, e.operand, "date"), (dt, e.duration, "duration"), (at, e.anchor, "date")):
            if t.kind not in (want, "error"):
                self.error(
                    "type", f"`within` needs a date, a duration and a date; this is {t.describe()}", x.span,
                    "e.g. `plan_reviewed_on within 12 months before evaluation_date`",
                )
        return BOOLEAN

    def _t_Select(self, e: m.Select, scope: _Scope) -> Type:
        owner = scope.owner
        if e.func not in ("count", "share"):
            self.error("type", f"`{e.func}` cannot count {e.kind}; use count(...) or share(...)", e.span)
            return ERROR
        if e.of_id is not None:
            idx = self.by_id.get(e.of_id)
            base = self.nodes[idx] if idx is not None else None
            if base is None or base.kind not in ("section", "standard", "overall"):
                self.error(
                    "undefined-name", f"`{e.of_id}` is not a section or standard", e.span,
                    self._suggest(e.of_id, [n.id for n in self.nodes if n.kind in ("section", "standard")]),
                )
                return ERROR
        elif owner.kind == "criterion":
            self.error(
                "misplaced-selector", f"a criterion has no {e.kind} of its own", e.span,
                f"name them: `{e.func}({e.kind} of S1 is ...)`",
            )
            return ERROR
        else:
            base = owner
        members = self._members(base, e.kind)
        if members is None:
            self.error(
                "misplaced-selector", f"{base.kind} {base.id} has no {e.kind}", e.span,
                "a standard has criteria; a section has standards and criteria",
            )
            return ERROR
        if not members:
            self.warning("empty-selection", f"there are no {e.kind} here to count", e.span)
        self.selects[(owner.index, id(e))] = tuple(members)
        owner.deps.update(members)
        if e.test is not None:
            scale = self.outcomes if e.kind == "criteria" else self.grades
            if e.test.level not in scale:
                self.error(
                    "unknown-level", f"`{e.test.level}` is not a verdict of {e.kind} ({', '.join(scale)})",
                    e.test.span, self._suggest(e.test.level, scale),
                )
        interval = e.test is not None or e.func == "share"
        return Type("integer" if e.func == "count" else "percentage", interval=interval and e.known is None)

    def _members(self, base: Node, kind: str) -> list[int] | None:
        def descend(idx, want):
            node = self.nodes[idx]
            if node.kind == want:
                return [idx]
            return [i for c in node.children for i in descend(c, want)]

        target = {"criteria": "criterion", "standards": "standard", "sections": "section"}[kind]
        rank = {"criterion": 0, "standard": 1, "section": 2, "overall": 3}
        if rank[target] >= rank[base.kind]:
            return None
        return [i for c in base.children for i in descend(c, target)]

    def _t_Where(self, e: m.Where, scope: _Scope) -> Type:
        base, _, field = e.collection.partition(".")
        fact = self.facts.get(base)
        if fact is None or fact.type.kind != "list":
            lists = [n for n, f in self.facts.items() if f.type.kind == "list"]
            self.error(
                "type", f"`{base}` is not a list fact, so `where` cannot filter it", e.span,
                self._suggest(base, lists),
            )
            return ERROR
        _add_once(scope.owner.facts, base)
        fields = dict(fact.type.fields)
        inner = _Scope(scope.owner, fields, base)
        ct = self.expr(e.condition, inner)
        self._expect_boolean(ct, e.condition, "the condition after `where`")
        if e.func not in WHERE_FUNCTIONS:
            self.error("type", f"`{e.func}` cannot take `where`", e.span, "use count, share, sum, mean, min or max")
            return ERROR
        if e.func in ("count", "share"):
            if field:
                self.error("type", f"{e.func}(...) counts records, so name the list without a field", e.span, f"write `{e.func}({base} where ...)`")
            return Type("integer" if e.func == "count" else "percentage", interval=True)
        if not field:
            self.error("type", f"{e.func}(...) needs a field to add up", e.span, f"write `{e.func}({base}.<field> where ...)`")
            return ERROR
        if field not in fields:
            self.error("undefined-field", f"the records of `{base}` have no field `{field}`", e.span, self._suggest(field, fields))
            return ERROR
        if fields[field].kind not in NUMERIC:
            self.error("type", f"`{base}.{field}` is {type_of_fact_type(fields[field]).describe()}, not a number", e.span)
            return ERROR
        return Type("number")

    def _within_the_year_bound(self, f: str, years) -> bool:
        """A number of years written as a number may not reach further back
        than :data:`senrules.logic.MAX_YEARS_BACK`."""
        n = years.value if isinstance(years, m.Literal) else None
        if isinstance(n, (int, float)) and not isinstance(n, bool) and n > MAX_YEARS_BACK:
            self.error(
                "out-of-range", f"`{f}` can look back at most {MAX_YEARS_BACK} years, not {_fmt(n)}", years.span,
                "a window that long has no data; anything past it would be unknown",
            )
            return False
        return True

    def _at_least_one_year(self, f: str, years, scope: _Scope, usage: str) -> bool:
        """A number of years written as a number, or as a parameter, must be
        at least 1: a parameter's default and the low end of its range.  (A
        parameter without a range, or any other expression, is not known
        until the rules run; below 1 year the function gives unknown.)"""
        if isinstance(years, m.Literal) or (isinstance(years, m.Neg) and isinstance(years.operand, m.Literal)):
            n = years.value if isinstance(years, m.Literal) else -years.operand.value
            if isinstance(n, (int, float)) and n < 1:
                self.error(
                    "out-of-range", f"`{f}` needs at least 1 year, not {_fmt(n)}", years.span,
                    f"the years include this one: `{f}(value, 1)` is this year's value alone",
                )
                return False
            return True
        res = self.refs.get((scope.owner.index, id(years)), ("",))
        if isinstance(years, m.Ref) and res[0] == "param":
            p = self.parameters[res[1]]
            lows = [v for v in (p.default.value, *(dv.value.value for dv in p.dated), p.range.low if p.range is not None else None)
                    if isinstance(v, (int, float))]
            if lows and min(lows) < 1:
                self.error(
                    "out-of-range", f"`{f}` needs at least 1 year, but parameter `{p.name}` can be {_fmt(min(lows))}",
                    years.span, f"give `{p.name}` a default of at least 1 and a range that starts at 1, such as `range 1 .. 5`",
                )
                return False
        return True

    def _t_Call(self, e: m.Call, scope: _Scope) -> Type:
        spec = FUNCTIONS.get(e.func)
        if spec is None:
            self.error("undefined-function", f"there is no function `{e.func}`", e.span, self._suggest(e.func, FUNCTIONS))
            for a in e.args:
                self.expr(a, scope)
            return ERROR
        lo, hi, usage = spec
        if not lo <= len(e.args) <= hi:
            self.error("arity", f"`{e.func}` takes {lo if lo == hi else f'{lo} to {hi}'} argument{'s' if hi > 1 else ''}", e.span, usage)
            for a in e.args:
                self.expr(a, scope)
            return ERROR
        types = [self.expr(a, scope) for a in e.args]
        if any(t.kind == "error" for t in types):
            return ERROR
        for t, a in zip(types, e.args):
            if self._node_value_misuse(t, a):
                return ERROR
        f = e.func

        def need(i, kinds, what):
            if types[i].kind not in kinds:
                self.error("type", f"argument {i + 1} of `{f}` must be {what}, not {types[i].describe()}", e.args[i].span, usage)
                return False
            return True

        if types[0].kind == "list" and f in ("count", "sum", "mean", "min", "max"):
            if len(e.args) != 1:
                self.error("arity", f"`{f}` over a list takes one argument", e.span, usage)
                return ERROR
            is_field = self.refs.get((scope.owner.index, id(e.args[0])), ("",))[0] == "listfield"
            if f == "count":
                if is_field:
                    self.error("type", "count(...) counts records, so name the list without a field", e.span)
                    return ERROR
                return Type("integer")
            if not is_field:
                self.error("type", f"{f}(...) needs a field of the list", e.span, f"write `{f}(list.field)`")
                return ERROR
            ftype = types[0].fields[0][1]
            if ftype.kind not in NUMERIC:
                self.error("type", f"`{e.args[0].name}` is not a number", e.args[0].span)
                return ERROR
            return Type("number")
        if f in ("count", "share", "sum"):
            self.error("type", f"`{f}` needs a list, criteria, standards or sections", e.span, usage)
            return ERROR
        if f in YEAR_FUNCTIONS and len(e.args) == 2 and not self._within_the_year_bound(f, e.args[1]):
            return ERROR
        if f in ("improving", "declining", "change") or (f == "mean" and len(e.args) == 2):
            ok = need(0, NUMERIC, "a number") & need(1, ("integer",), "a whole number of years")
            if not ok:
                return ERROR
            if types[0].interval:
                # trends over counted verdicts are fine: they use the interval bounds
                pass
            return BOOLEAN if f in ("improving", "declining") else Type("number", interval=types[0].interval)
        if f in ("lowest", "highest"):
            if not need(0, NUMERIC, "a number") & need(1, ("integer",), "a whole number of years"):
                return ERROR
            if not self._at_least_one_year(f, e.args[1], scope, usage):
                return ERROR
            return Type(types[0].kind, interval=types[0].interval)
        if f == "previous":
            if len(e.args) == 2 and not need(1, ("integer",), "a whole number of years"):
                return ERROR
            return types[0]
        if f == "mean" and len(e.args) == 1:
            self.error(
                "arity", "mean of a single value needs the number of years, or a list field", e.span,
                "write `mean(value, 3)` for a three-year mean, or `mean(list.field)`",
            )
            return ERROR
        if f in ("min", "max", "abs", "round", "mean"):
            for i in range(len(e.args)):
                if f == "round" and i == 1:
                    if not need(1, ("integer",), "a whole number of digits"):
                        return ERROR
                elif not need(i, NUMERIC, "a number"):
                    return ERROR
            if any(t.interval for t in types):
                self.error("type", f"`{f}` cannot take a count of verdicts that may be unknown", e.span)
                return ERROR
            kinds = {t.kind for t in types}
            if f in ("abs", "min", "max") and len(kinds) == 1:
                return Type(kinds.pop())
            return Type("number")
        if f in ("days_between", "months_between", "years_between"):
            if need(0, ("date",), "a date") & need(1, ("date",), "a date"):
                return Type("integer")
            return ERROR
        raise AssertionError(f)  # pragma: no cover - every FUNCTIONS entry is handled


def check(files: Iterable[m.RuleFile]) -> tuple[Program | None, list[Diagnostic]]:
    """Check rule files that form one ruleset.  Returns the program (None if
    there were errors) and every diagnostic, errors and warnings, in source
    order."""
    checker = Checker(files)
    program = checker.check()
    diags = sorted(
        checker.diagnostics,
        key=lambda d: (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0),
    )
    return program, diags


# --------------------------------------------------------------------- values


def literal_problem(lit: m.Literal, ft: m.FactType) -> str | None:
    """Why a literal does not fit a type, or None if it does."""
    kind, v = lit.kind, lit.value
    t = ft.kind
    if t == "boolean":
        return None if kind == "boolean" else "must be true or false"
    if t in NUMERIC:
        if kind not in ("number", "percent"):
            return f"must be {'a whole number' if t == 'integer' else 'a number'}"
        if t == "integer" and not isinstance(v, int):
            return "must be a whole number"
        if t == "percentage" and not (0 <= v <= 100):
            return f"is {_fmt(v)}%, but a percentage is between 0 and 100"
        return None
    if t == "date":
        return None if kind == "date" else "must be a date (YYYY-MM-DD)"
    if t == "duration":
        return None if kind == "duration" else "must be a duration such as `12 months`"
    if t == "text":
        return None if kind == "string" else 'must be quoted text "..."'
    if t == "choice":
        if kind != "string":
            return "must be one of " + ", ".join(f'"{c}"' for c in ft.choices)
        return None if v in ft.choices else f'"{v}" is not one of ' + ", ".join(f'"{c}"' for c in ft.choices)
    if t == "list":
        if kind != "list":
            return "must be a list of records [{...}, ...]"
        fields = dict(ft.fields)
        for i, rec in enumerate(v, 1):
            if rec.kind != "record":
                return f"item {i} must be a record {{field: value, ...}}"
            for key, val in rec.value:
                if key not in fields:
                    return f"item {i} has a field `{key}` the list does not declare"
                problem = literal_problem(val, fields[key])
                if problem:
                    return f"item {i}, field `{key}`, {problem}"
        return None
    return None


def fact_value_problem(lit: m.Literal, fact: m.Fact) -> str | None:
    """Like :func:`literal_problem`, accepting a year map for per-year facts."""
    if fact.per_year and lit.kind == "record":
        for key, val in lit.value:
            if not isinstance(key, int) or not 1900 <= key <= 2200:
                return f"has `{key}`, but a per-year fact is given as {{2023: value, 2024: value}}"
            problem = literal_problem(val, fact.type)
            if problem:
                return f"for {key} {problem}"
        return None
    problem = literal_problem(lit, fact.type)
    if problem is None and fact.range is not None and lit.kind in ("number", "percent"):
        if not fact.range.low <= lit.value <= fact.range.high:
            return f"is {_fmt(lit.value)}, outside its range {_fmt(fact.range.low)} .. {_fmt(fact.range.high)}"
    return problem


def _unit_of(lit: m.Literal) -> tuple[str, str]:
    """How a parameter's value is written, for `mixed-units`: a duration's
    unit, or whether a percentage has its `%`; and the value as written."""
    if lit.kind == "duration" and isinstance(lit.value, m.Duration):
        return lit.value.unit, _literal_text(lit)
    return lit.kind, _literal_text(lit)


def _unit_words(unit: tuple[str, str]) -> str:
    if unit[0] == "percent":
        return "with `%`"
    if unit[0] == "number":
        return "without `%`"
    return f"in {unit[0]}"


def _literal_text(lit: m.Literal) -> str:
    if lit.kind == "percent":
        return f"{_fmt(lit.value)}%"
    if lit.kind == "string":
        return f'"{lit.value}"'
    return _fmt(lit.value) if isinstance(lit.value, float) else str(lit.value)


def _fmt(x) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)


def _add_once(items: list, name: str):
    if name not in items:
        items.append(name)


def _mismatch_hint(a: Type, b: Type) -> str | None:
    kinds = {a.kind, b.kind}
    if "date" in kinds and kinds & set(NUMERIC):
        return "to compare a date with a time span use `d within 12 months before evaluation_date`"
    if "boolean" in kinds:
        return "a yes/no fact is a condition on its own: write `x` or `not x`"
    return None
