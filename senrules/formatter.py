"""Print a :class:`~senrules.model.RuleFile` back as canonical rule source.

This module has one job: turn the model into text that parses back to an
equal model (``parse(format_rulefile(m)) == m``, spans aside) and that does
not change when formatted again (formatting is idempotent).
:func:`format_text` does the same for rule text and keeps its comments.

The canonical form:

- items in source order, separated by one blank line; the file ends with one
  newline;
- two-space indentation, one declaration field per line, in a fixed order
  inside each block (whatever order the source used):

  - ``ruleset``: title, version, source, effective, outcomes, grades;
  - ``parameter``: label, doc, unit, range, cite, then its dated values
    (``from DATE = VALUE``, each with its own ``{ doc, cite }`` if it has
    them) in the order written;
  - ``fact``: label, doc, unit, range, question, help, category, the
    ``from`` of a linked fact, cite, group, screen;
  - ``section`` and ``standard``: cite, tags, then each child block, then the
    grade, with a blank line between these groups;
  - ``criterion``: cite, evidence, ratings, tags, then its outcome clauses;
  - ``scale``: doc, its levels, cite; ``categories``: doc, the categories, cite;
  - ``grading``: doc, cite, clauses; ``overall``: cite, clauses;
  - ``test``: on, given, with, then one ``expect`` per line;

- a block with nothing in it is written ``{}``; repeated ``evidence`` and
  ``tags`` lines are merged into one line each; a test's ``given`` and
  ``with`` lines stay as the author wrote them, one output line for each
  line of the source, so that facts that belong together stay together
  (from a bare model, with no source, the assignments fill lines);
- strings in double quotes, with ``"``, ``\\`` and control characters escaped
  (JSON escapes, which is what the parser decodes);
- expressions with the fewest parentheses that keep the tree, by the
  grammar's precedence (loosest first): ``or``, ``and``, ``not``, the
  comparisons (``==``, ``is``, ``in``, ``within``...), ``+ -``, ``* /``,
  unary minus, atoms.  ``or``, ``and`` and the arithmetic operators are
  left-associative, so a right operand of the same precedence is
  parenthesised; comparisons do not chain, so a comparison inside another is
  always parenthesised; and an ``and`` directly inside an ``or`` is always
  parenthesised too (``a or (b and c)``), for readers;
- numbers keep their type: an int prints as ``3``, a float as ``3.5`` or
  ``3.0`` (never in exponent notation, which the grammar does not read);
  percentages as ``90%``, durations as ``12 months`` / ``1 month``, dates as
  ISO ``2024-09-01``, lists as ``[1, 2]``, records as ``{name: "x", pupils: 3}``
  and year maps as ``{2022: 40}``.

Wrapping: a line takes at most :data:`WIDTH` (100) columns, counting its
indentation but not a trailing comment, wherever the language lets it be
broken at a natural point:

- a condition (``met when ...``) too long for its line is broken before each
  ``and`` (or each ``or``) of its outermost chain: the first part stays after
  ``when``, each other part goes on a line of its own, four spaces further in
  than the clause, starting with its ``and``/``or``.  A part in parentheses
  (``and (a or b)``) still too long for its line is broken the same way
  inside them, its parts lined up after the ``(``, the ``)`` closing its last
  line.  A part with no ``and``/``or`` at its top (a comparison, a call) is
  never broken;
- a ``given``/``with`` line (and an ``evidence`` or ``tags`` line) too long
  is split between its entries into several lines, each starting with the
  keyword again (which means the same: repeated lines add up): as few
  lines as the width allows, and of those the split whose widest line is
  narrowest (so no line is left with one short fact when two could share);
- a list or record value too long for a ``given``/``with`` line of its own
  is written one item per line, two spaces further in, between its brackets
  (``[`` at the end of the first line, ``]`` alone on the last), and the
  same inside each item that is still too long;
- a fact whose type is a list too long for the fact's first line has its
  fields one a line, two spaces in, between ``list of {`` and ``} {``;
- a quoted text, any other block's head (``criterion S1.2 "..." {``, a
  parameter's type and value) and a field with one quoted text
  (``question "..."``) are never broken: a line holding a long one is as long
  as it needs to be.

The layout depends only on the model, on how the ``given``/``with`` lines
were grouped and on where the comments are (see below), never on the
source's other line breaks or its indentation, so formatting twice gives the
same text.

Comments are not part of the model, so :func:`format_rulefile` prints none.
:func:`format_text` keeps every comment of the text it formats (its text from
``#`` to the end of the line, trailing white space removed), re-indented:

- a comment on a line of its own stays before the statement that follows it
  in its block (an item, a field such as ``cite`` or ``tags``, an outcome
  clause, a nested block), and moves with it when the fields are put in the
  canonical order; blank lines between such comments, and between them and
  the statement, are kept (one at most).  At the end of a block, with no
  statement after it, it stays at the end of the block, before the ``}``
  (so a block with only comments inside is not written ``{}``); at the end
  of the file it stays at the end, after a blank line;
- a trailing comment, after code on its line, goes at the end of the first
  output line of the first statement on that line (in source order): a
  block's head (keyword to ``{``), a one-line field or clause, or a closing
  ``}``.  A comment inside a block's head spread over several lines goes at
  the end of the head's first line;
- a comment inside a ``given`` or ``with`` line stays with its fact: after
  a fact, at the end of the line that ends with that fact; on a line of its
  own, on a line of its own before the line that starts with the next fact
  (the ``given`` line is split there, into lines that mean the same);
- a comment inside a condition stays with its part of the condition's top
  ``and``/``or`` chain: after a part, at the end of that part's line; on a
  line of its own, on a line of its own before the next part (before the
  clause, for the first part).  A comment that is not at the end of the
  condition breaks the chain before each ``and``/``or`` even where it would
  fit on one line.  A part (or a fact) with two comments after it (a line
  holds one) sends all of the statement's comments before it;
- repeated ``tags`` and ``evidence`` lines are merged, with all their
  comments; of a field written twice (``doc``, ``ob``,
  ``grade``...) only the last counts, and the comments of the others go
  before it;
- a line can hold one trailing comment: when two or more end up on one
  line, they go on lines of their own just before it, in order.

So the text of every comment is kept, never inside quoted text, and
formatting the result again changes nothing.

A model that no rule text could produce (for example ``Neg`` around a numeric
literal, which the parser always folds into a negative literal, or a
``Select`` with both a level test and ``known``) cannot be printed faithfully;
the formatter raises :class:`FormatError` for it rather than write text that
would parse to something else.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import math
import re
from decimal import Decimal

from senrules import model as m

__all__ = ["FormatError", "format_expr", "format_rulefile", "format_text"]

INDENT = "  "
WIDTH = 100
"""The columns a line may take (its trailing comment aside): a longer one is
broken where the language allows (see "wrapping" in the module docstring)."""
CONTINUATION = "    "
"""How much further in than its clause the later lines of a broken condition go."""

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+")
_SLUG = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)+")

_COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_DURATION_UNITS = frozenset({"days", "weeks", "months", "years"})
_LEVEL_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*[*/+-][A-Za-z0-9_*/+-]*")  # a level that is not a name: D*, N/A
_NODE_KINDS = frozenset({"criteria", "standards", "sections"})

# Precedence levels, loosest first: a node is printed bare where the grammar
# wants a level at or below its own, and in parentheses otherwise.
OR, AND, NOT, COMPARISON, SUM, PRODUCT, UNARY, ATOM = range(8)

_ARITH_LEVEL = {"+": SUM, "-": SUM, "*": PRODUCT, "/": PRODUCT}


class FormatError(ValueError):
    """The model cannot be written as rule text that would parse back to it."""


# --------------------------------------------------------------------- public API


def format_rulefile(rule_file: m.RuleFile) -> str:
    """The canonical source text of ``rule_file`` (see the module docstring).
    A model holds no comments, so none are printed: :func:`format_text`
    keeps a file's comments."""
    return _file(rule_file, _NO_NOTES)


def format_text(text: str, filename: str = "<string>") -> str:
    """Parse rule text and print it in canonical form, with its comments
    (placed as the module docstring says).

    Raises :class:`~senrules.errors.RuleSyntaxError` if ``text`` does not
    parse, and :class:`FormatError` rather than lose a comment (which would be
    a bug in the formatter).
    """
    from senrules.parser import parse_with_comments

    source = parse_with_comments(text, filename)
    notes = _place_comments(source)  # also where the `given` lines break
    formatted = _file(source.rule_file, notes)
    lost = _unprinted(notes)
    if lost:
        raise FormatError(f"{filename}: formatting would lose the comment {lost[0]!r}")
    return formatted


def _file(rule_file: m.RuleFile, notes: _Notes) -> str:
    blocks = ["\n".join(_item(item, notes.slot("item", index))) for index, item in enumerate(rule_file.items)]
    if notes.end:
        notes.printed = True
        blocks.append("\n".join(notes.end))
    return "\n\n".join(blocks) + "\n" if blocks else ""


# --------------------------------------------------------------------- comments
#
# The parser gives the comments and an outline of the statements (items,
# fields, clauses, nested blocks).  Each comment is attached to a statement:
#
# - a trailing comment (code before it on its line) to the first unit of its
#   line, in source order: a block's head (its keyword to its `{`), a leaf
#   statement (all of its lines) or a block's closing brace; it is printed at
#   the end of that unit's first output line;
# - a comment on a line of its own: inside a block's head or a leaf statement
#   (a construct the formatter lays out afresh), like a trailing comment
#   of it; otherwise before the next statement of its block, or, if none
#   follows, at the end of the block (before `}`), or of the file.
#
# The statements of a block are then grouped the way the formatter prints
# them (the "slot" of a statement): repeated `tags` and `evidence` lines
# merge into one line, which takes all their comments (each `given` and
# `with` line keeps its own slot, numbered like `cite`s); of a
# field written twice (`doc`, `ob`, `grade`...) the last counts, and the
# comments of the others go before it.  A line that gets two or more trailing
# comments has them on lines of their own just before it instead (one line
# cannot hold two comments).


class _Notes:
    """The comments printed with one statement (or the file): ``before`` it on
    lines of their own (``""`` is a blank line, kept between comments and
    between the comments and the statement), ``after`` it on its first line,
    and for a block at its ``end`` (before the closing brace, ``""`` as in
    ``before``) and after its ``close``-ing brace; ``slots`` holds the notes of
    the statements inside a block, by :func:`_slot_key`."""

    __slots__ = ("before", "after", "end", "close", "slots", "printed", "parts", "inside")

    def __init__(self) -> None:
        self.parts = 0  # the assignments on a `given` or `with` line
        # the comments of `after`, with where they are: (line, column, on a line of their own)
        self.inside: list[tuple[int, int, bool, str]] = []
        self.before: list[str] = []
        self.after: list[str] = []
        self.end: list[str] = []
        self.close: list[str] = []
        self.slots: dict[tuple, _Notes] = {}
        self.printed = False

    def slot(self, *key) -> _Notes:
        return self.slots.get(key, _NO_NOTES)

    def comments(self) -> list[str]:
        """Every comment here and inside, in source order as far as possible."""
        out = [c for c in self.before + self.after if c]
        for notes in self.slots.values():
            out += notes.comments()
        return out + [c for c in self.end + self.close if c]


_NO_NOTES = _Notes()


def _unprinted(notes: _Notes) -> list[str]:
    """The comments of notes that no line printed (none, unless there is a bug)."""
    lost = []
    if not notes.printed:
        lost += [c for c in notes.before + notes.after + notes.end + notes.close if c]
    for inner in notes.slots.values():
        lost += _unprinted(inner)
    return lost


class _Node:
    """A statement of the outline, with the comments attached to it so far."""

    __slots__ = ("statement", "children", "before", "after", "end", "close")

    def __init__(self, statement) -> None:
        self.statement = statement
        self.children = [_Node(child) for child in statement.children]
        self.before: list = []
        self.after: list = []
        self.end: list = []
        self.close: list = []


def _place_comments(source) -> _Notes:
    root = _Node(source.outline)
    first_unit: dict[int, list] = {}  # line -> where a trailing comment on it goes

    def units(node: _Node, top: bool) -> None:
        st = node.statement
        if not top:
            last = st.brace_line if st.brace is not None else st.end_line
            for line in range(st.line, last + 1):
                first_unit.setdefault(line, node.after)
        for child in node.children:
            units(child, False)
        if st.brace is not None:
            first_unit.setdefault(st.end_line, node.close)

    units(root, True)
    text = source.text
    for comment in source.comments:
        line_start = text.rfind("\n", 0, comment.pos) + 1
        own_line = not text[line_start:comment.pos].strip()
        target = None if own_line else first_unit.get(comment.line)
        if target is None:
            target = _own_line_place(root, comment.pos)
        target.append(comment)
    return _notes(root, text)


def _own_line_place(node: _Node, pos: int) -> list:
    """Where a comment on a line of its own at ``pos`` goes (see above)."""
    while True:
        st = node.statement
        if st.brace is not None and pos < st.brace:
            return node.after  # inside the head of a block
        children = node.children
        index = bisect.bisect_right(children, pos, key=lambda child: child.statement.start)
        if index and children[index - 1].statement.end > pos:
            inner = children[index - 1]
            if inner.statement.brace is None:
                return inner.after  # inside a leaf statement
            node = inner
            continue
        return children[index].before if index < len(children) else node.end


# How the statements of a block are printed: one line or block per statement,
# numbered in their order (`cite`, clauses...); all on one line (`tags`...);
# or only the last one (anything else: `doc`, `ob`, the header's fields...).
_LISTED = {
    "cite": "cite", "standard": "standard", "criterion": "criterion",
    "when_clause": "clause", "otherwise_clause": "clause",
    "expect_level": "expect", "expect_unknown": "expect",
    "rating": "rating", "scale_level": "level", "category_def": "category",
    "dated_value": "dated", "dated_value_block": "dated",
    "test_given": "given", "test_with": "with",
}
_MERGED = frozenset({"tags", "evidence"})


def _slot_key(block: str, kind: str, counters: dict[str, int]) -> tuple:
    """The key under which the formatter looks up the notes of a statement
    of kind ``kind`` inside a block of kind ``block``."""
    name = "item" if block == "file" else _LISTED.get(kind)
    if name is not None:
        index = counters.get(name, 0)
        counters[name] = index + 1
        return (name, index)
    if kind in ("grade_by", "grade_block"):
        return ("grade",)
    return (kind,)


def _lines(comments: list, text: str, until: int | None) -> list[str]:
    """Comment lines, with a blank line where the source has one between two
    of them, and after the last if the source has one before ``until``."""
    lines = []
    for index, comment in enumerate(comments):
        if index and _blank_between(text, comments[index - 1], comment.pos):
            lines.append("")
        lines.append(comment.text)
    if comments and until is not None and _blank_between(text, comments[-1], until):
        lines.append("")
    return lines


def _blank_between(text: str, comment, pos: int) -> bool:
    return text.count("\n", comment.pos + len(comment.text), pos) >= 2


def _notes(node: _Node, text: str) -> _Notes:
    notes = _Notes()
    notes.before = _lines(node.before, text, node.statement.start)
    notes.after = [c.text for c in node.after]
    notes.inside = [(c.line, c.column, not text[text.rfind("\n", 0, c.pos) + 1:c.pos].strip(), c.text) for c in node.after]
    notes.end = _lines(node.end, text, None)
    notes.close = [c.text for c in node.close]
    notes.parts = node.statement.parts
    slots: dict[tuple, list[_Node]] = {}
    counters: dict[str, int] = {}
    for child in node.children:
        slots.setdefault(_slot_key(node.statement.kind, child.statement.kind, counters), []).append(child)
    for key, members in slots.items():
        last = _notes(members[-1], text)
        if len(members) > 1:
            earlier = [_notes(member, text) for member in members[:-1]]
            if members[-1].statement.kind in _MERGED:
                last.before = [line for n in earlier for line in n.before] + last.before
                last.after = [c for n in earlier for c in n.after] + last.after
            else:  # only the last counts; the comments of the others go before it
                last.before = [c for n in earlier for c in n.comments()] + last.before
        notes.slots[key] = last
    return notes


# --------------------------------------------------------------------- layout helpers


def _line(text: str, notes: _Notes = _NO_NOTES, after: list[str] | None = None) -> list[str]:
    """``text`` as a line with its comments: those before it, and a trailing
    one (two or more go on lines of their own before it)."""
    after = notes.after if after is None else after
    notes.printed = True
    if len(after) == 1:
        return [*notes.before, f"{text}  {after[0]}"]
    return [*notes.before, *after, text]


def _with_notes(lines: list[str], notes: _Notes) -> list[str]:
    """A statement written on ``lines``: its comments go with the first."""
    return _line(lines[0], notes) + lines[1:] if lines else []


# --------------------------------------------------------------------- wrapping
#
# A line is at most WIDTH columns (its trailing comment aside) where the
# language lets it be broken; only a quoted text, a block's head (but a
# fact's list type) or an expression with no `and`/`or` at its top is never
# broken, so a line holding one may be longer.  Each function takes the column where its statement
# starts (``depth`` levels of INDENT in), and returns that statement's lines
# without that indentation (which `_block` adds).


def _fits(base: int, *texts: str, tail: int = 0) -> bool:
    return base + sum(len(t) for t in texts) + tail <= WIDTH


def _filled(keyword: str, parts: list[str], depth: int, broken=None) -> list[str]:
    """``keyword a, b, c`` as lines of at most WIDTH columns, each starting
    with the keyword, breaking between parts: as few lines as the width
    allows, as even in width as can be.  A part too wide for a line of its
    own gets its own line(s) from ``broken(index, keyword + " ")`` if given,
    else its own line whatever its width."""
    room = WIDTH - depth * len(INDENT) - len(keyword) - 1
    lines: list[str] = []
    run: list[str] = []  # parts between two that are too wide

    def flush() -> None:
        lines.extend(f"{keyword} {', '.join(line)}" for line in _balanced(run, room))
        run.clear()

    for index, part in enumerate(parts):
        if broken is None or len(part) <= room:
            run.append(part)
        else:
            flush()
            lines.extend(broken(index, keyword + " "))
    flush()
    return lines


def _balanced(parts: list[str], room: int) -> list[list[str]]:
    """``parts`` in lines of at most ``room`` columns (joined by ``", "``):
    the fewest lines, then the narrowest widest line, then the earlier lines
    the fuller.  A part wider than ``room`` has a line of its own."""
    # best[j]: (lines, widest line, where the last line starts) for parts[:j]
    best: list[tuple[int, int, int]] = [(0, 0, 0)]
    for end in range(1, len(parts) + 1):
        choice = None
        width = -2
        for start in range(end - 1, -1, -1):
            width += len(parts[start]) + 2
            if width > room and start < end - 1:
                break
            lines, widest, _ = best[start]
            candidate = (lines + 1, max(widest, width), start)
            if choice is None or candidate[:2] < choice[:2]:
                choice = candidate
        best.append(choice)
    out, end = [], len(parts)
    while end:
        start = best[end][2]
        out.append(parts[start:end])
        end = start
    return out[::-1]


def _wrapped_literal(lit: m.Literal, lead: str, depth: int, tail: int) -> list[str]:
    """``lead`` and the value ``lit`` on one line if it fits (with ``tail``
    more columns after it), else a list or record one item per line, one
    level further in, between its brackets on lines of their own."""
    flat = _literal(lit)
    if _fits(depth * len(INDENT), lead, flat, tail=tail) or lit.kind not in ("list", "record") or not lit.value:
        return [lead + flat]
    if lit.kind == "list":
        opening, closing = "[", "]"
        entries = [("", value) for value in lit.value]
    else:
        opening, closing = "{", "}"
        entries = [(f"{_record_key(key)}: ", value) for key, value in lit.value]
    lines = [lead + opening]
    for index, (key, value) in enumerate(entries):
        last = index == len(entries) - 1
        inner = _wrapped_literal(value, key, depth + 1, 0 if last else 1)
        if not last:
            inner[-1] += ","
        lines += [INDENT + line for line in inner]
    return [*lines, closing]


def _chain(e: m.Expr) -> tuple[str, list[tuple[m.Expr, str]]] | None:
    """``e`` as a chain ``a and b and c`` (or ``or``): the operator and each
    operand with its text (in parentheses where the flat text has them), or
    None if ``e`` is no ``and``/``or``."""
    if isinstance(e, m.And):
        op, kind, first_level, level, text = "and", m.And, AND, NOT, _operand
    elif isinstance(e, m.Or):
        op, kind, first_level, level, text = "or", m.Or, OR, AND, _or_operand
    else:
        return None
    rights = []
    while isinstance(e, kind):
        rights.append(e.right)
        e = e.left
    operands = [(e, text(e, first_level))]
    operands += [(right, text(right, level)) for right in reversed(rights)]
    return op, operands


def _wrapped_expr(e: m.Expr, lead: str, cont: str, base: int, tail: int) -> list[str]:
    """``lead`` and the condition ``e`` on one line if it fits (with ``tail``
    more columns after it); else its top ``and``/``or`` chain broken before
    each operator, the later operands on lines starting ``cont``, and an
    operand in parentheses that is still too wide broken the same way inside
    them, its operands lined up after the ``(``."""
    flat = _expr(e)[0]
    chain = _chain(e)
    if chain is None or _fits(base, lead, flat, tail=tail):
        return [lead + flat]
    op, operands = chain
    lines: list[str] = []
    for index, (operand, text) in enumerate(operands):
        last = index == len(operands) - 1
        here = lead if index == 0 else f"{cont}{op} "
        if text != _expr(operand)[0]:  # in parentheses
            opening = here + "("
            inner = _wrapped_expr(operand, opening, " " * len(opening), base, (tail if last else 0) + 1)
            inner[-1] += ")"
            lines += inner
        else:
            lines.append(here + text)
    return lines


def _block_end(groups: list[list[str]], notes: _Notes) -> str:
    """How a block's head line ends: `` {`` before a body, `` {}`` when
    there is nothing inside (no lines, no comments at its end)."""
    return " {" if any(groups) or notes.end else " {}"


def _block(head: str | list[str], groups: list[list[str]], notes: _Notes = _NO_NOTES) -> list[str]:
    """``head {``, the non-empty groups of lines indented and separated by a
    blank line, the comments at the end of the block, then ``}``; or
    ``head {}`` when there is nothing inside.  A head too wide for one line
    comes as its lines (a fact's list type, one field a line)."""
    *first, last = [head] if isinstance(head, str) else head
    groups = [g for g in groups if g]
    if _block_end(groups, notes) == " {}":
        if first:
            return _line(first[0], notes, notes.after + notes.close) + first[1:] + [last + " {}"]
        return _line(last + " {}", notes, notes.after + notes.close)
    lines = _line(first[0], notes) + first[1:] + [last + " {"] if first else _line(last + " {", notes)
    for index, group in enumerate(groups):
        if index:
            lines.append("")
        lines.extend(INDENT + line if line else "" for line in group)
    lines.extend(INDENT + line if line else "" for line in notes.end)
    if len(notes.close) == 1:
        lines.append("}  " + notes.close[0])
    else:
        lines.extend(INDENT + comment for comment in notes.close)
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


def _level(text: str, what: str) -> str:
    """An outcome or grade name: a NAME that is not a reserved word (the
    checker refuses those too: ``days otherwise`` after ``x > 3`` would read
    as the duration ``3 days``)."""
    from senrules.checker import RESERVED_LEVELS

    name = _name(text, what)
    if name in RESERVED_LEVELS:
        raise FormatError(f"`{name}` cannot be an {what}: it is a reserved word of the rule language")
    return name


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
#
# Each function takes the notes of its statement (see "comments" above) and
# passes each line's own notes, looked up by slot, to _line or _block.


def _item(item: object, notes: _Notes = _NO_NOTES) -> list[str]:
    if isinstance(item, m.Header):
        return _header(item, notes)
    if isinstance(item, m.Parameter):
        return _parameter(item, notes)
    if isinstance(item, m.Fact):
        return _fact(item, notes)
    if isinstance(item, m.Section):
        return _section(item, notes)
    if isinstance(item, m.Grading):
        return _grading(item, notes)
    if isinstance(item, m.Overall):
        return _overall(item, notes)
    if isinstance(item, m.RuleTest):
        return _test(item, notes)
    if isinstance(item, m.Scale):
        return _scale_decl(item, notes)
    if isinstance(item, m.EvidenceCategories):
        return _categories_decl(item, notes)
    raise FormatError(f"not a rule-file item: {item!r}")


def _header(h: m.Header, notes: _Notes) -> list[str]:
    if not (_NAME.fullmatch(h.id) or _SLUG.fullmatch(h.id)):
        raise FormatError(f"{h.id!r} is not a valid ruleset id")
    lines = []
    if h.title is not None:
        lines += _line(f"title {_quote(h.title)}", notes.slot("title"))
    if h.version is not None:
        lines += _line(f"version {_quote(h.version)}", notes.slot("version"))
    if h.source is not None:
        lines += _line(f"source {_quote(h.source)}", notes.slot("source"))
    if h.effective_from is not None:
        to = f" to {_date(h.effective_to)}" if h.effective_to is not None else ""
        lines += _line(f"effective {_date(h.effective_from)}{to}", notes.slot("effective"))
    elif h.effective_to is not None:
        raise FormatError("a ruleset cannot have an `effective ... to` date without a start date")
    if h.outcomes_scale is not None:
        lines += _line(f"outcomes {_name(h.outcomes_scale, 'scale name')}", notes.slot("outcomes_named"))
    elif h.outcomes is not None:
        lines += _line(f"outcomes {_scale(h.outcomes)}", notes.slot("outcomes_scale"))
    if h.grades_scale is not None:
        lines += _line(f"grades {_name(h.grades_scale, 'scale name')}", notes.slot("grades_named"))
    elif h.grades is not None:
        lines += _line(f"grades {_scale(h.grades)}", notes.slot("grades_scale"))
    return _block(f"ruleset {h.id}", [lines], notes)


def _scale_level_word(text: str) -> str:
    if _NAME.fullmatch(text) or _LEVEL_WORD.fullmatch(text):
        return text
    raise FormatError(f"{text!r} is not a level word (a name, or a word such as D* or N/A)")


def _scale_decl(sc: m.Scale, notes: _Notes) -> list[str]:
    lines = _optional("doc", sc.doc, notes)
    for index, lv in enumerate(sc.levels):
        lines += _line(f"{_scale_level_word(lv.name)} {_quote(lv.meaning)}", notes.slot("level", index))
    lines += _cites(sc.citations, notes)
    return _block(f"scale {_name(sc.name, 'scale name')} {_quote(sc.title)}", [lines], notes)


def _categories_decl(cats: m.EvidenceCategories, notes: _Notes) -> list[str]:
    lines = _optional("doc", cats.doc, notes)
    for index, c in enumerate(cats.categories):
        anywhere = " anywhere" if c.anywhere else ""
        lines += _line(f"{_name(c.name, 'evidence category')} {_quote(c.meaning)}{anywhere}", notes.slot("category", index))
    lines += _cites(cats.citations, notes)
    return _block(f"categories {_quote(cats.title)}", [lines], notes)


def _scale(names: tuple[str, ...]) -> str:
    if len(names) < 2:
        raise FormatError(f"a scale needs at least two levels, got {names!r}")
    return " > ".join(_level(n, "level name") for n in names)


def _type_lines(t: m.FactType, lead: str, depth: int, tail: int) -> list[str]:
    """``lead`` and the type ``t`` on one line if it fits (with ``tail`` more
    columns after it), else a list type with one field a line, one level
    further in, between ``list of {`` and ``}``."""
    flat = _type(t)
    if t.kind != "list" or _fits(depth * len(INDENT), lead, flat, tail=tail):
        return [lead + flat]
    lines = [lead + "list of {"]
    for index, (name, field_type) in enumerate(t.fields):
        last = index == len(t.fields) - 1
        inner = _type_lines(field_type, f"{_name(name, 'field name')}: ", depth + 1, 0 if last else 1)
        if not last:
            inner[-1] += ","
        lines += [INDENT + line for line in inner]
    return [*lines, "}"]


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


def _range(r: m.Range | None, notes: _Notes) -> list[str]:
    return [] if r is None else _line(f"range {_number(r.low)} .. {_number(r.high)}", notes.slot("range"))


def _cites(citations: tuple[m.Citation, ...], notes: _Notes) -> list[str]:
    lines = []
    for index, c in enumerate(citations):
        place = f" {_quote(c.place)}" if c.place is not None else ""
        lines += _line(f"cite {_quote(c.document)}{place}", notes.slot("cite", index))
    return lines


def _optional(keyword: str, text: str | None, notes: _Notes) -> list[str]:
    return [] if text is None else _line(f"{keyword} {_quote(text)}", notes.slot(keyword))


def _parameter(p: m.Parameter, notes: _Notes) -> list[str]:
    head = f"parameter {_name(p.name)}: {_type(p.type)} = {_literal(p.default)}"
    lines = [
        *_optional("label", p.label, notes),
        *_optional("doc", p.doc, notes),
        *_optional("unit", p.unit, notes),
        *_range(p.range, notes),
        *_cites(p.citations, notes),
    ]
    for index, dv in enumerate(p.dated):
        lines += _dated_value(dv, notes.slot("dated", index))
    return _block(head, [lines], notes)


def _dated_value(dv: m.DatedValue, notes: _Notes) -> list[str]:
    head = f"from {_date(dv.start)} = {_literal(dv.value)}"
    inner = [*_optional("doc", dv.doc, notes), *_cites(dv.citations, notes)]
    if not inner and not notes.end and not notes.close:
        return _line(head, notes)
    return _block(head, [inner], notes)


def _fact(f: m.Fact, notes: _Notes) -> list[str]:
    per_year = " per year" if f.per_year else ""
    lines = [
        *_optional("label", f.label, notes),
        *_optional("doc", f.doc, notes),
        *_optional("unit", f.unit, notes),
        *_range(f.range, notes),
        *_optional("question", f.question, notes),
        *_optional("help", f.help, notes),
        *([] if f.category is None else _line(f"category {_name(f.category, 'category')}", notes.slot("category"))),
        *([] if f.linked is None else _line(
            f"from {_quote(f.linked.ruleset)} {_quote(f.linked.node)}", notes.slot("linked")
        )),
        *_cites(f.citations, notes),
        *([] if f.group is None else _line(
            f"group {_name(f.group.name, 'group')}" + (f" {_quote(f.group.title)}" if f.group.title else ""), notes.slot("group")
        )),
        *_optional("screen", f.screen, notes),
    ]
    head = _type_lines(f.type, f"fact {_name(f.name)}: ", 0, len(per_year) + len(_block_end([lines], notes)))
    head[-1] += per_year
    return _block(head, [lines], notes)


def _tags(tags: tuple[str, ...], notes: _Notes, depth: int) -> list[str]:
    return _names_line("tags", [_name(t, "tag") for t in tags], notes.slot("tags"), depth)


def _names_line(keyword: str, names: list[str], notes: _Notes, depth: int) -> list[str]:
    """``tags a, b`` or ``evidence a, b``: one line, or as many as the width
    needs, each starting with the keyword (repeated lines are merged)."""
    if not names:
        return []
    return _with_notes(_filled(keyword, names, depth), notes)


def _grade(grade: m.GradeBy | m.GradeBlock | None, notes: _Notes, depth: int) -> list[str]:
    if grade is None:
        return []
    if isinstance(grade, m.GradeBy):
        return _line(f"grade by {_name(grade.name, 'grading name')}", notes)
    return _block("grade", [_clauses(grade.clauses, notes, depth + 1)], notes)


def _section(s: m.Section, notes: _Notes) -> list[str]:
    head = f"section {_name(s.id, 'section id')} {_quote(s.title)}"
    groups = [_cites(s.citations, notes) + _tags(s.tags, notes, 1)]
    groups += [_standard(st, notes.slot("standard", i), 1) for i, st in enumerate(s.standards)]
    groups.append(_grade(s.grade, notes.slot("grade"), 1))
    return _block(head, groups, notes)


def _standard(s: m.Standard, notes: _Notes, depth: int) -> list[str]:
    head = f"standard {_id(s.id, 'standard id')} {_quote(s.title)}"
    groups = [_cites(s.citations, notes) + _tags(s.tags, notes, depth + 1)]
    groups += [_criterion(c, notes.slot("criterion", i), depth + 1) for i, c in enumerate(s.criteria)]
    groups.append(_grade(s.grade, notes.slot("grade"), depth + 1))
    return _block(head, groups, notes)


def _criterion(c: m.Criterion, notes: _Notes, depth: int) -> list[str]:
    head = f"criterion {_id(c.id, 'criterion id')} {_quote(c.text)}"
    lines = _cites(c.citations, notes)
    evidence = [_name(e, "evidence category") for e in c.evidence]
    lines += _names_line("evidence", evidence, notes.slot("evidence"), depth + 1)
    for index, r in enumerate(c.ratings):
        comment = f" {_quote(r.comment)}" if r.comment is not None else ""
        lines += _line(f"rating {_name(r.scale, 'scale name')} {_scale_level_word(r.level)}{comment}", notes.slot("rating", index))
    lines += _tags(c.tags, notes, depth + 1)
    lines += _clauses(c.clauses, notes, depth + 1)
    return _block(head, [lines], notes)


def _clauses(clauses: tuple[m.Clause, ...], notes: _Notes, depth: int) -> list[str]:
    """Outcome clauses whose lines are ``depth`` levels in; a condition too
    long for the width is broken before its ``and``/``or`` (see "wrapping")."""
    lines = []
    for index, clause in enumerate(clauses):
        outcome = _level(clause.outcome, "outcome name")
        slot = notes.slot("clause", index)
        if clause.condition is None:
            lines += _line(f"{outcome} otherwise", slot)
            continue
        lead, base = f"{outcome} when ", depth * len(INDENT)
        commented = _commented_condition(clause.condition, lead, base, slot.inside) if slot.after else None
        if commented is None:
            lines += _with_notes(_wrapped_expr(clause.condition, lead, CONTINUATION, base, 0), slot)
        else:
            slot.printed = True
            lines += [*slot.before, *commented]
    return lines


def _placed(comments: list, spans: list) -> tuple[list[list[str]], list[list[str]]] | None:
    """Which part each comment of a statement goes with, the parts starting
    at ``spans``: a comment on a line of its own ``above`` the part after it,
    any other ``after`` the part before it (the first part, if none is).  A
    comment on a line of its own after the last part goes after that part.
    None if a part would have two comments after it (a line holds one)."""
    starts = [(span.line, span.column) for span in spans]
    above: list[list[str]] = [[] for _ in starts]
    after: list[list[str]] = [[] for _ in starts]
    for line, column, own_line, text in comments:
        following = [k for k, start in enumerate(starts) if start > (line, column)]
        if own_line and following:
            above[following[0]].append(text)
        else:
            preceding = [k for k, start in enumerate(starts) if start <= (line, column)]
            after[preceding[-1] if preceding else 0].append(text)
    if any(len(texts) > 1 for texts in after):
        return None
    return above, after


def _commented_condition(e: m.Expr, lead: str, base: int, comments: list) -> list[str] | None:
    """A condition with comments inside it, each kept with its part of the
    top ``and``/``or`` chain: a comment after a part at the end of that
    part's line, a comment on a line of its own on a line of its own before
    the part after it (before the clause, for the first part).  A comment
    after a part other than the last, or on a line of its own before a part
    other than the first, breaks the chain even where it would fit.  None
    (the comments all go with the clause's first line, as for any
    statement) if the condition is no chain or a part has two comments
    after it (a line holds one)."""
    chain = _chain(e)
    if chain is None:
        return None
    op, operands = chain
    placed = _placed(comments, [operand.span for operand, _ in operands])
    if placed is None:
        return None
    above, after = placed
    last = len(operands) - 1
    lines = list(above[0])
    flat = _expr(e)[0]
    if _fits(base, lead, flat) and not any(after[:last]) and not any(above[1:]):
        return [*lines, f"{lead}{flat}  {after[last][0]}" if after[last] else lead + flat]
    for index, (operand, text) in enumerate(operands):
        here = lead if index == 0 else f"{CONTINUATION}{op} "
        if index:
            lines += [CONTINUATION + comment for comment in above[index]]
        if text != _expr(operand)[0]:  # in parentheses
            opening = here + "("
            rows = _wrapped_expr(operand, opening, " " * len(opening), base, 1)
            rows[-1] += ")"
        else:
            rows = [here + text]
        if after[index]:
            rows[-1] += "  " + after[index][0]
        lines += rows
    return lines


def _grading(g: m.Grading, notes: _Notes) -> list[str]:
    lines = [*_optional("doc", g.doc, notes), *_cites(g.citations, notes), *_clauses(g.clauses, notes, 1)]
    return _block(f"grading {_name(g.name, 'grading name')}", [lines], notes)


def _overall(o: m.Overall, notes: _Notes) -> list[str]:
    if isinstance(o.grade, m.GradeBy):
        if o.citations:
            raise FormatError("`overall by <grading>` cannot carry citations")
        return _line(f"overall by {_name(o.grade.name, 'grading name')}", notes)
    if not isinstance(o.grade, m.GradeBlock):
        raise FormatError(f"overall needs a grade block or a grading, got {o.grade!r}")
    return _block("overall", [_cites(o.citations, notes) + _clauses(o.grade.clauses, notes, 1)], notes)


def _assignments(keyword: str, assignments: tuple[m.Assignment, ...], notes: _Notes) -> list[str]:
    """A test's ``given`` (or ``with``) lines, one level in.  Written from
    rule text, each line of the source stays a line (wrapped if it is too
    wide); from a bare model, the assignments fill lines up to the width."""
    if not assignments:
        return []
    sizes, slots = [], []
    while (slot := notes.slots.get((keyword, len(slots)))) is not None:
        slots.append(slot)
        sizes.append(slot.parts)
    if not sizes or 0 in sizes or sum(sizes) != len(assignments):
        groups = [(assignments, notes.slots.get((keyword, 0), _NO_NOTES))]
    else:
        groups, start = [], 0
        for size, slot in zip(sizes, slots):
            groups.append((assignments[start:start + size], slot))
            start += size
    lines = []
    for group, slot in groups:
        placed = _placed(slot.inside, [a.span for a in group]) if slot.after else None
        if placed is None:
            lines += _with_notes(_assignment_lines(keyword, group), slot)
            continue
        # a comment stays with its assignment: the line breaks after an
        # assignment with a comment after it, and before one with a comment above it
        above, after = placed
        slot.printed = True
        lines += slot.before + above[0]
        start = 0
        for end in range(1, len(group) + 1):
            if end < len(group) and not after[end - 1] and not above[end]:
                continue
            run = _assignment_lines(keyword, group[start:end])
            if after[end - 1]:
                run[-1] += "  " + after[end - 1][0]
            lines += run + (above[end] if end < len(group) else [])
            start = end
    return lines


def _assignment_lines(keyword: str, group: tuple[m.Assignment, ...]) -> list[str]:
    """``given a = 1, b = 2`` (or ``with``) as lines that fit the width."""
    parts = [f"{_name(a.name)} = {_literal(a.value)}" for a in group]

    def broken(index: int, lead: str) -> list[str]:
        a = group[index]
        return _wrapped_literal(a.value, f"{lead}{a.name} = ", 1, 0)

    return _filled(keyword, parts, 1, broken)


def _test(t: m.RuleTest, notes: _Notes) -> list[str]:
    lines = [] if t.on is None else _line(f"on {_date(t.on)}", notes.slot("test_on"))
    lines += _assignments("given", t.given, notes)
    lines += _assignments("with", t.parameters, notes)
    for index, e in enumerate(t.expectations):
        target = _id(e.target, "test target")
        level = "unknown" if e.level is None else _name(e.level, "level name")
        lines += _line(f"expect {target} is {level}", notes.slot("expect", index))
    return _block(f"test {_quote(t.name)}", [lines], notes)


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


def _record_key(key: object) -> str:
    return _name(key, "record key") if isinstance(key, str) else _unsigned(key, "a record key")


def _literal(lit: m.Literal) -> str:
    """A literal in a value position: a parameter default, a test's
    ``given``/``with``, a ``[...]`` option, a list item or a record value."""
    if not isinstance(lit, m.Literal):
        raise FormatError(f"expected a literal value, got {lit!r}")
    if lit.kind == "list":
        return "[" + ", ".join(_literal(x) for x in lit.value) + "]"
    if lit.kind == "record":
        return "{" + ", ".join(f"{_record_key(key)}: {_literal(value)}" for key, value in lit.value) + "}"
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


def _or_operand(e: m.Expr, level: int) -> str:
    # `a or (b and c)`: the parentheses are not needed, but readers of mixed
    # and/or should not have to know the precedence, so they are kept
    if isinstance(e, m.And):
        return f"({_expr(e)[0]})"
    return _operand(e, level)


def _expr(e: m.Expr) -> tuple[str, int]:
    """The text of ``e`` and the precedence level it binds at."""
    if isinstance(e, m.Or):
        return f"{_or_operand(e.left, OR)} or {_or_operand(e.right, AND)}", OR
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
