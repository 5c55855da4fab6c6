"""Print a :class:`~senrules.model.RuleFile` back as canonical rule source.

This module has one job: turn the model into text that parses back to an
equal model (``parse(format_rulefile(m)) == m``, spans aside) and that does
not change when formatted again (formatting is idempotent).

The canonical form:

- items in source order, separated by one blank line; the file ends with one
  newline;
- two-space indentation, one declaration field per line, in a fixed order
  inside each block (whatever order the source used):

  - ``ruleset``: title, version, source, effective, outcomes, grades;
  - ``parameter``: doc, unit, range, cite;
  - ``fact``: doc, unit, range, question, help, category, cite;
  - ``section`` and ``standard``: cite, tags, then each child block, then the
    grade, with a blank line between these groups;
  - ``criterion``: cite, evidence, ob, tags, then its outcome clauses;
  - ``grading``: doc, cite, clauses; ``overall``: cite, clauses;
  - ``test``: on, given, with, then one ``expect`` per line;

- a block with nothing in it is written ``{}``; repeated ``evidence``,
  ``tags``, ``given`` and ``with`` lines are merged into one line each;
- strings in double quotes, with ``"``, ``\\`` and control characters escaped
  (JSON escapes, which is what the parser decodes);
- expressions with the fewest parentheses that keep the tree, by the
  grammar's precedence (loosest first): ``or``, ``and``, ``not``, the
  comparisons (``==``, ``is``, ``in``, ``within``...), ``+ -``, ``* /``,
  unary minus, atoms.  ``or``, ``and`` and the arithmetic operators are
  left-associative, so a right operand of the same precedence is
  parenthesised; comparisons do not chain, so a comparison inside another is
  always parenthesised;
- numbers keep their type: an int prints as ``3``, a float as ``3.5`` or
  ``3.0`` (never in exponent notation, which the grammar does not read);
  percentages as ``90%``, durations as ``12 months`` / ``1 month``, dates as
  ISO ``2024-09-01``, lists as ``[1, 2]``, records as ``{name: "x", pupils: 3}``
  and year maps as ``{2022: 40}``.

Comments are not part of the model, so they are lost: the formatter prints
the model, not the file.  (For that reason ``senrules fmt`` refuses to
overwrite a file that contains comments unless given ``--force``; the command
line lives elsewhere.)

A model that no rule text could produce (for example ``Neg`` around a numeric
literal, which the parser always folds into a negative literal, or a
``Select`` with both a level test and ``known``) cannot be printed faithfully;
the formatter raises :class:`FormatError` for it rather than write text that
would parse to something else.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from decimal import Decimal

from senrules import model as m

__all__ = ["FormatError", "format_expr", "format_rulefile", "format_text"]

INDENT = "  "

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+")
_SLUG = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)+")

_COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_DURATION_UNITS = frozenset({"days", "weeks", "months", "years"})
_OB_RATINGS = frozenset({"D*", "D", "I", "N/A"})
_NODE_KINDS = frozenset({"criteria", "standards", "sections"})

# Precedence levels, loosest first: a node is printed bare where the grammar
# wants a level at or below its own, and in parentheses otherwise.
OR, AND, NOT, COMPARISON, SUM, PRODUCT, UNARY, ATOM = range(8)

_ARITH_LEVEL = {"+": SUM, "-": SUM, "*": PRODUCT, "/": PRODUCT}


class FormatError(ValueError):
    """The model cannot be written as rule text that would parse back to it."""


# --------------------------------------------------------------------- public API


def format_rulefile(rule_file: m.RuleFile) -> str:
    """The canonical source text of ``rule_file`` (see the module docstring)."""
    blocks = ["\n".join(_item(item)) for item in rule_file.items]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def format_text(text: str, filename: str = "<string>") -> str:
    """Parse rule text and print it in canonical form (comments are lost).

    Raises :class:`~senrules.errors.RuleSyntaxError` if ``text`` does not parse.
    """
    from senrules.parser import parse

    return format_rulefile(parse(text, filename))


# --------------------------------------------------------------------- layout helpers


def _block(head: str, groups: list[list[str]]) -> list[str]:
    """``head {``, the non-empty groups of lines indented and separated by a
    blank line, then ``}``; or ``head {}`` when there is nothing inside."""
    groups = [g for g in groups if g]
    if not groups:
        return [head + " {}"]
    lines = [head + " {"]
    for index, group in enumerate(groups):
        if index:
            lines.append("")
        lines.extend(INDENT + line if line else "" for line in group)
    lines.append("}")
    return lines


def _quote(text: str) -> str:
    """A double-quoted string literal with JSON escapes (the parser decodes
    STRING tokens with :func:`json.loads`)."""
    if not isinstance(text, str):
        raise FormatError(f"expected text, got {text!r}")
    return json.dumps(text, ensure_ascii=False)


def _name(text: str, what: str = "name") -> str:
    if not isinstance(text, str) or not _NAME.fullmatch(text):
        raise FormatError(f"{text!r} is not a valid {what}")
    return text


def _id(text: str, what: str = "id") -> str:
    """A NAME or a DOTTED id such as ``S1.2``."""
    if not isinstance(text, str) or not (_NAME.fullmatch(text) or _DOTTED.fullmatch(text)):
        raise FormatError(f"{text!r} is not a valid {what}")
    return text


def _number(value: object) -> str:
    """An int as ``3``, a float as ``3.5`` or ``3.0`` (never ``1e+20``),
    negative values with a leading ``-``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FormatError(f"{value!r} is not a number")
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise FormatError(f"{value!r} cannot be written in a rule file")
    digits = repr(abs(value))
    if "e" in digits or "E" in digits:
        digits = format(Decimal(digits), "f")
    if "." not in digits:
        digits += ".0"
    return ("-" if math.copysign(1.0, value) < 0 else "") + digits


def _unsigned(value: object, what: str) -> str:
    """A number where the grammar wants a bare NUMBER token (no sign)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise FormatError(f"{what} must be a number that is not negative, got {value!r}")
    return _number(abs(value))  # abs: -0.0 is written 0.0 (and is equal to it)


def _date(value: object) -> str:
    if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
        raise FormatError(f"{value!r} is not a date")
    return value.isoformat()


# --------------------------------------------------------------------- items


def _item(item: object) -> list[str]:
    if isinstance(item, m.Header):
        return _header(item)
    if isinstance(item, m.Parameter):
        return _parameter(item)
    if isinstance(item, m.Fact):
        return _fact(item)
    if isinstance(item, m.Section):
        return _section(item)
    if isinstance(item, m.Grading):
        return _grading(item)
    if isinstance(item, m.Overall):
        return _overall(item)
    if isinstance(item, m.RuleTest):
        return _test(item)
    raise FormatError(f"not a rule-file item: {item!r}")


def _header(h: m.Header) -> list[str]:
    if not (_NAME.fullmatch(h.id) or _SLUG.fullmatch(h.id)):
        raise FormatError(f"{h.id!r} is not a valid ruleset id")
    lines = []
    if h.title is not None:
        lines.append(f"title {_quote(h.title)}")
    if h.version is not None:
        lines.append(f"version {_quote(h.version)}")
    if h.source is not None:
        lines.append(f"source {_quote(h.source)}")
    if h.effective_from is not None:
        to = f" to {_date(h.effective_to)}" if h.effective_to is not None else ""
        lines.append(f"effective {_date(h.effective_from)}{to}")
    elif h.effective_to is not None:
        raise FormatError("a ruleset cannot have an `effective ... to` date without a start date")
    if h.outcomes is not None:
        lines.append(f"outcomes {_scale(h.outcomes)}")
    if h.grades is not None:
        lines.append(f"grades {_scale(h.grades)}")
    return _block(f"ruleset {h.id}", [lines])


def _scale(names: tuple[str, ...]) -> str:
    if len(names) < 2:
        raise FormatError(f"a scale needs at least two levels, got {names!r}")
    return " > ".join(_name(n, "level name") for n in names)


def _type(t: m.FactType) -> str:
    if t.kind == "choice":
        if not t.choices:
            raise FormatError("a choice type needs at least one choice")
        return "choice(" + ", ".join(_quote(c) for c in t.choices) + ")"
    if t.kind == "list":
        if not t.fields:
            raise FormatError("a list type needs at least one field")
        inner = ", ".join(f"{_name(n, 'field name')}: {_type(ft)}" for n, ft in t.fields)
        return "list of { " + inner + " }"
    return _name(t.kind, "type name")


def _range(r: m.Range | None) -> list[str]:
    return [] if r is None else [f"range {_number(r.low)} .. {_number(r.high)}"]


def _cites(citations: tuple[m.Citation, ...]) -> list[str]:
    lines = []
    for c in citations:
        place = f" {_quote(c.place)}" if c.place is not None else ""
        lines.append(f"cite {_quote(c.document)}{place}")
    return lines


def _optional(keyword: str, text: str | None) -> list[str]:
    return [] if text is None else [f"{keyword} {_quote(text)}"]


def _parameter(p: m.Parameter) -> list[str]:
    head = f"parameter {_name(p.name)}: {_type(p.type)} = {_literal(p.default)}"
    lines = [
        *_optional("doc", p.doc),
        *_optional("unit", p.unit),
        *_range(p.range),
        *_cites(p.citations),
    ]
    return _block(head, [lines])


def _fact(f: m.Fact) -> list[str]:
    per_year = " per year" if f.per_year else ""
    head = f"fact {_name(f.name)}: {_type(f.type)}{per_year}"
    lines = [
        *_optional("doc", f.doc),
        *_optional("unit", f.unit),
        *_range(f.range),
        *_optional("question", f.question),
        *_optional("help", f.help),
        *([f"category {_name(f.category, 'category')}"] if f.category is not None else []),
        *([f"from {_quote(f.linked.ruleset)} {_quote(f.linked.node)}"] if f.linked is not None else []),
        *_cites(f.citations),
    ]
    return _block(head, [lines])


def _tags(tags: tuple[str, ...]) -> list[str]:
    return [f"tags {', '.join(_name(t, 'tag') for t in tags)}"] if tags else []


def _grade(grade: m.GradeBy | m.GradeBlock | None) -> list[str]:
    if grade is None:
        return []
    if isinstance(grade, m.GradeBy):
        return [f"grade by {_name(grade.name, 'grading name')}"]
    return _block("grade", [_clauses(grade.clauses)])


def _section(s: m.Section) -> list[str]:
    head = f"section {_name(s.id, 'section id')} {_quote(s.title)}"
    groups = [_cites(s.citations) + _tags(s.tags)]
    groups += [_standard(st) for st in s.standards]
    groups.append(_grade(s.grade))
    return _block(head, groups)


def _standard(s: m.Standard) -> list[str]:
    head = f"standard {_id(s.id, 'standard id')} {_quote(s.title)}"
    groups = [_cites(s.citations) + _tags(s.tags)]
    groups += [_criterion(c) for c in s.criteria]
    groups.append(_grade(s.grade))
    return _block(head, groups)


def _criterion(c: m.Criterion) -> list[str]:
    head = f"criterion {_id(c.id, 'criterion id')} {_quote(c.text)}"
    lines = _cites(c.citations)
    if c.evidence:
        lines.append(f"evidence {', '.join(_name(e, 'evidence category') for e in c.evidence)}")
    if c.ob is not None:
        if c.ob.rating not in _OB_RATINGS:
            raise FormatError(f"{c.ob.rating!r} is not an OB rating (D*, D, I or N/A)")
        comment = f" {_quote(c.ob.comment)}" if c.ob.comment is not None else ""
        lines.append(f"ob {c.ob.rating}{comment}")
    lines += _tags(c.tags)
    lines += _clauses(c.clauses)
    return _block(head, [lines])


def _clauses(clauses: tuple[m.Clause, ...]) -> list[str]:
    lines = []
    for clause in clauses:
        outcome = _name(clause.outcome, "outcome name")
        if clause.condition is None:
            lines.append(f"{outcome} otherwise")
        else:
            lines.append(f"{outcome} when {format_expr(clause.condition)}")
    return lines


def _grading(g: m.Grading) -> list[str]:
    lines = [*_optional("doc", g.doc), *_cites(g.citations), *_clauses(g.clauses)]
    return _block(f"grading {_name(g.name, 'grading name')}", [lines])


def _overall(o: m.Overall) -> list[str]:
    if isinstance(o.grade, m.GradeBy):
        if o.citations:
            raise FormatError("`overall by <grading>` cannot carry citations")
        return [f"overall by {_name(o.grade.name, 'grading name')}"]
    if not isinstance(o.grade, m.GradeBlock):
        raise FormatError(f"overall needs a grade block or a grading, got {o.grade!r}")
    return _block("overall", [_cites(o.citations) + _clauses(o.grade.clauses)])


def _assignments(keyword: str, assignments: tuple[m.Assignment, ...]) -> list[str]:
    if not assignments:
        return []
    parts = (f"{_name(a.name)} = {_literal(a.value)}" for a in assignments)
    return [f"{keyword} {', '.join(parts)}"]


def _test(t: m.RuleTest) -> list[str]:
    lines = [f"on {_date(t.on)}"] if t.on is not None else []
    lines += _assignments("given", t.given)
    lines += _assignments("with", t.parameters)
    for e in t.expectations:
        target = _id(e.target, "test target")
        level = "unknown" if e.level is None else _name(e.level, "level name")
        lines.append(f"expect {target} is {level}")
    return _block(f"test {_quote(t.name)}", [lines])


# --------------------------------------------------------------------- literals


def _duration(d: object) -> str:
    if not isinstance(d, m.Duration) or d.unit not in _DURATION_UNITS:
        raise FormatError(f"{d!r} is not a duration")
    unit = d.unit[:-1] if d.amount == 1 else d.unit
    return f"{_unsigned(d.amount, 'a duration')} {unit}"


def _scalar(lit: m.Literal) -> str | None:
    """The text of a literal that may appear in an expression, or None for a
    list or record (which may only appear where the grammar wants a value)."""
    kind, value = lit.kind, lit.value
    if kind == "number":
        return _number(value)
    if kind == "percent":
        return _number(value) + "%"
    if kind == "string":
        return _quote(value)
    if kind == "date":
        return _date(value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise FormatError(f"{value!r} is not a boolean")
        return "true" if value else "false"
    if kind == "duration":
        return _duration(value)
    if kind in ("list", "record"):
        return None
    raise FormatError(f"unknown literal kind {kind!r}")


def _literal(lit: m.Literal) -> str:
    """A literal in a value position: a parameter default, a test's
    ``given``/``with``, a ``[...]`` option, a list item or a record value."""
    if not isinstance(lit, m.Literal):
        raise FormatError(f"expected a literal value, got {lit!r}")
    if lit.kind == "list":
        return "[" + ", ".join(_literal(x) for x in lit.value) + "]"
    if lit.kind == "record":
        entries = []
        for key, value in lit.value:
            if isinstance(key, str):
                key_text = _name(key, "record key")
            else:
                key_text = _unsigned(key, "a record key")
            entries.append(f"{key_text}: {_literal(value)}")
        return "{" + ", ".join(entries) + "}"
    if lit.kind == "percent":
        # The grammar's value positions read `-` NUMBER, never `-` PERCENT.
        return _unsigned(lit.value, "a percentage outside an expression") + "%"
    return _scalar(lit)


# --------------------------------------------------------------------- expressions


def format_expr(expr: m.Expr) -> str:
    """An expression in canonical form, with the fewest parentheses."""
    return _expr(expr)[0]


def _operand(expr: m.Expr, level: int) -> str:
    """``expr`` where the grammar wants at least ``level``: in parentheses if
    it binds more loosely."""
    text, own = _expr(expr)
    return f"({text})" if own < level else text


def _level_test(test: m.LevelTest) -> str:
    level = _name(test.level, "level name")
    if test.mode == "is":
        return level
    if test.mode == "is_not":
        return f"not {level}"
    if test.mode == "at_least":
        return f"at least {level}"
    if test.mode == "at_most":
        return f"at most {level}"
    raise FormatError(f"unknown level test mode {test.mode!r}")


def _expr(e: m.Expr) -> tuple[str, int]:
    """The text of ``e`` and the precedence level it binds at."""
    if isinstance(e, m.Or):
        return f"{_operand(e.left, OR)} or {_operand(e.right, AND)}", OR
    if isinstance(e, m.And):
        return f"{_operand(e.left, AND)} and {_operand(e.right, NOT)}", AND
    if isinstance(e, m.Not):
        return f"not {_operand(e.operand, NOT)}", NOT
    if isinstance(e, m.Compare):
        if e.op not in _COMPARISONS:
            raise FormatError(f"unknown comparison {e.op!r}")
        return f"{_operand(e.left, SUM)} {e.op} {_operand(e.right, SUM)}", COMPARISON
    if isinstance(e, m.IsLevel):
        return f"{_operand(e.operand, SUM)} is {_level_test(e.test)}", COMPARISON
    if isinstance(e, m.IsKnown):
        return f"{_operand(e.operand, SUM)} is {'known' if e.known else 'unknown'}", COMPARISON
    if isinstance(e, m.Member):
        if not e.options:
            raise FormatError("`in [...]` needs at least one option")
        options = ", ".join(_literal(o) for o in e.options)
        keyword = "not in" if e.negate else "in"
        return f"{_operand(e.operand, SUM)} {keyword} [{options}]", COMPARISON
    if isinstance(e, m.Within):
        if e.mode not in ("of", "before"):
            raise FormatError(f"unknown `within` mode {e.mode!r}")
        text = (
            f"{_operand(e.operand, SUM)} within {_operand(e.duration, SUM)}"
            f" {e.mode} {_operand(e.anchor, SUM)}"
        )
        return text, COMPARISON
    if isinstance(e, m.Arith):
        if e.op not in _ARITH_LEVEL:
            raise FormatError(f"unknown arithmetic operator {e.op!r}")
        level = _ARITH_LEVEL[e.op]
        return f"{_operand(e.left, level)} {e.op} {_operand(e.right, level + 1)}", level
    if isinstance(e, m.Neg):
        if isinstance(e.operand, m.Literal) and e.operand.kind in ("number", "percent"):
            raise FormatError(
                "minus in front of a number is read as a negative number, not a negation; "
                "use a negative Literal instead"
            )
        return f"-{_operand(e.operand, UNARY)}", UNARY
    if isinstance(e, m.Literal):
        text = _scalar(e)
        if text is None:
            raise FormatError(f"a {e.kind} literal can only be a value, not part of an expression")
        return text, UNARY if text.startswith("-") else ATOM
    if isinstance(e, m.Ref):
        return _id(e.name, "reference"), ATOM
    if isinstance(e, m.Call):
        return f"{_name(e.func, 'function name')}({', '.join(format_expr(a) for a in e.args)})", ATOM
    if isinstance(e, m.Select):
        return _select(e), ATOM
    if isinstance(e, m.Where):
        collection = _id(e.collection, "list fact")
        return f"{_name(e.func, 'function name')}({collection} where {format_expr(e.condition)})", ATOM
    raise FormatError(f"not an expression: {e!r}")


def _select(s: m.Select) -> str:
    if s.kind not in _NODE_KINDS:
        raise FormatError(f"{s.kind!r} is not criteria, standards or sections")
    if s.test is not None and s.known is not None:
        raise FormatError("a selector can test a level or known/unknown, not both")
    parts = [s.kind]
    if s.of_id is not None:
        parts.append(f"of {_id(s.of_id)}")
    if s.test is not None:
        parts.append(f"is {_level_test(s.test)}")
    elif s.known is not None:
        parts.append("is known" if s.known else "is unknown")
    return f"{_name(s.func, 'function name')}({' '.join(parts)})"
