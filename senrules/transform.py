"""Turn lark's parse tree into :mod:`senrules.model` nodes.

One method per grammar rule or alias; each builds a frozen model node with the
:class:`~senrules.errors.Span` of the text it came from.  Only literal values
are decoded here (numbers, dates, strings); names are resolved later by the
checker.
"""

from __future__ import annotations

import calendar
import datetime as _dt

from lark import Token, Transformer, v_args

from senrules import model as m
from senrules.errors import Diagnostic, Span

_UNIT_PLURAL = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


class TransformProblem(Exception):
    """A literal that the grammar accepts but that has no meaning (2024-02-30)."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def _string(token: Token) -> str:
    """Decode a quoted STRING with JSON's escapes: \\" \\\\ \\/ \\n \\t \\r \\b \\f \\uXXXX."""
    body = str(token)[1:-1]
    if "\\" not in body:
        return body
    out, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt == "u" and _is_hex4(body[i + 2:i + 6]):
            code = int(body[i + 2:i + 6], 16)
            if 0xD800 <= code < 0xDC00 and body[i + 6:i + 8] == "\\u" and _is_hex4(body[i + 8:i + 12]):
                low = int(body[i + 8:i + 12], 16)
                if 0xDC00 <= low < 0xE000:  # a surrogate pair written as two escapes
                    out.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                    i += 12
                    continue
            if 0xD800 <= code < 0xE000:
                col = token.column + 1 + i
                raise TransformProblem(
                    Diagnostic(
                        "error", "bad-escape", f"`\\u{body[i + 2:i + 6]}` is half of a surrogate pair, not a character",
                        Span("", token.line, col, token.line, col + 6), "write the character itself",
                    )
                )
            out.append(chr(code))
            i += 6
        else:
            col = token.column + 1 + i
            raise TransformProblem(
                Diagnostic(
                    "error", "bad-escape", f"`\\{nxt}` is not an escape a quoted text can hold",
                    Span("", token.line, col, token.line, col + 2),
                    'write \\" for a quote, \\\\ for a backslash, \\n for a new line',
                )
            )
    return "".join(out)


def _is_hex4(text: str) -> bool:
    return len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text)


MAX_NUMBER_DIGITS = 30
"""The most digits a number in a rule file may have before its point: far beyond any figure in a standard,
and small enough that rule arithmetic never overflows."""


def _number(token) -> int | float:
    text = str(token)
    whole, _, fraction = text.partition(".")
    if len(whole) > MAX_NUMBER_DIGITS:
        line, column = getattr(token, "line", None), getattr(token, "column", None)
        span = Span("", line, column, line, column + len(text)) if line is not None else None
        raise TransformProblem(Diagnostic(
            "error", "number-too-long",
            f"this number has {len(whole):,} digits before its point; the most a number may have is {MAX_NUMBER_DIGITS}",
            span, "write the figure the source gives; no standard needs a number this long",
        ))
    return float(text) if fraction else int(text)


def _number_percent(token) -> int | float:
    """A percentage literal's number (``62.5%``), with the digit limit."""
    if isinstance(token, Token):
        return _number(Token(token.type, str(token)[:-1], token.start_pos, token.line, token.column, token.end_line, token.end_column))
    return _number(str(token)[:-1])


@v_args(meta=True)
class ToModel(Transformer):
    """lark Transformer producing a list of model items for one file."""

    def __init__(self, filename: str):
        super().__init__(visit_tokens=False)
        self.filename = filename

    # ------------------------------------------------------------ helpers
    def _span(self, meta) -> Span:
        if getattr(meta, "empty", True):
            return m.NO_SPAN
        return Span(self.filename, meta.line, meta.column, meta.end_line, meta.end_column)

    def _head(self, meta, ident) -> Span:
        """A declaration's span: from its keyword to the end of its name, so
        messages underline `criterion S1.2` rather than the whole block."""
        if getattr(meta, "empty", True):
            return m.NO_SPAN
        if isinstance(ident, Token) and ident.line == meta.line:
            return Span(self.filename, meta.line, meta.column, ident.end_line, ident.end_column)
        return Span(self.filename, meta.line, meta.column, meta.line, meta.column + 1)

    def _tspan(self, tok: Token) -> Span:
        return Span(self.filename, tok.line, tok.column, tok.end_line, tok.end_column)

    def _date(self, tok: Token) -> _dt.date:
        try:
            return _dt.date.fromisoformat(str(tok))
        except ValueError:
            year, month, _ = (int(x) for x in str(tok).split("-"))
            if 1 <= month <= 12:
                days = calendar.monthrange(year, month)[1]
                hint = f"{calendar.month_name[month]} {year} has {days} days"
            else:
                hint = "the month is between 01 and 12: dates are written YYYY-MM-DD"
            raise TransformProblem(
                Diagnostic("error", "bad-date", f"{tok} is not a real calendar date", self._tspan(tok), hint)
            ) from None

    # ------------------------------------------------------------ file
    def start(self, meta, items):
        return list(items)

    # ------------------------------------------------------------ header
    def ruleset_header(self, meta, children):
        ident, *fields = children
        values: dict = {}
        for key, value in fields:
            values[key] = value
        eff = values.pop("effective", (None, None))
        return m.Header(
            id=str(ident),
            effective_from=eff[0],
            effective_to=eff[1],
            span=self._head(meta, ident),
            **values,
        )

    def title(self, meta, c):
        return ("title", _string(c[0]))

    def version(self, meta, c):
        return ("version", _string(c[0]))

    def source(self, meta, c):
        return ("source", _string(c[0]))

    def effective(self, meta, c):
        return ("effective", (self._date(c[0]), self._date(c[1]) if c[1] is not None else None))

    def outcomes_scale(self, meta, c):
        return ("outcomes", c[0])

    def grades_scale(self, meta, c):
        return ("grades", c[0])

    def scale(self, meta, names):
        return tuple(str(n) for n in names)

    def outcomes_named(self, meta, c):
        return ("outcomes_scale", str(c[0]))

    def grades_named(self, meta, c):
        return ("grades_scale", str(c[0]))

    # ------------------------------------------------------------ declared scales and categories
    def scale_decl(self, meta, c):
        name, title, *rest = c
        levels = [ch for ch in rest if isinstance(ch, m.ScaleLevel)]
        kw = self._fields([ch for ch in rest if isinstance(ch, tuple)])
        return m.Scale(name=str(name), title=_string(title), levels=levels, span=self._head(meta, name), **kw)

    def scale_level(self, meta, c):
        return m.ScaleLevel(str(c[0]), _string(c[1]), self._tspan(c[0]))

    def categories_decl(self, meta, c):
        title, *rest = c
        defs = [ch for ch in rest if isinstance(ch, m.CategoryDef)]
        kw = self._fields([ch for ch in rest if isinstance(ch, tuple)])
        return m.EvidenceCategories(title=_string(title), categories=defs, span=self._span(meta), **kw)

    def category_def(self, meta, c):
        return m.CategoryDef(str(c[0]), _string(c[1]), c[2] is not None, self._tspan(c[0]))

    # ------------------------------------------------------------ parameters, facts
    def parameter(self, meta, c):
        name, ftype, default, *fields = c
        dated = tuple(f for f in fields if isinstance(f, m.DatedValue))
        kw = self._fields([f for f in fields if not isinstance(f, m.DatedValue)])
        return m.Parameter(
            name=str(name), type=ftype, default=default, dated=dated, span=self._head(meta, name), **kw
        )

    def dated_value(self, meta, c):
        start, value, *fields = c
        kw = self._fields(fields)
        return m.DatedValue(self._date(start), value, span=self._head(meta, start), **kw)

    dated_value_block = dated_value

    def fact(self, meta, c):
        name, ftype, per_year, *fields = c
        kw = self._fields(fields)
        return m.Fact(
            name=str(name), type=ftype, per_year=per_year is not None,
            span=self._head(meta, name), **kw,
        )

    @staticmethod
    def _fields(fields):
        kw: dict = {}
        cites = []
        for key, value in fields:
            if key == "cite":
                cites.append(value)
            else:
                kw[key] = value
        if cites:
            kw["citations"] = tuple(cites)
        return kw

    def linked(self, meta, c):
        return ("linked", m.Link(_string(c[0]), _string(c[1]), self._span(meta)))

    def label(self, meta, c):
        return ("label", _string(c[0]))

    def unit(self, meta, c):
        return ("unit", _string(c[0]))

    def doc(self, meta, c):
        return ("doc", _string(c[0]))

    def question(self, meta, c):
        return ("question", _string(c[0]))

    def help(self, meta, c):
        return ("help", _string(c[0]))

    def category(self, meta, c):
        return ("category", str(c[0]))

    def group(self, meta, c):
        return ("group", m.Group(str(c[0]), _string(c[1]) if c[1] is not None else None))

    def screen(self, meta, c):
        return ("screen", _string(c[0]))

    def range(self, meta, c):
        return ("range", m.Range(c[0], c[1], self._span(meta)))

    def signed_number(self, meta, c):
        sign, num = c
        value = _number(num)
        return -value if sign is not None else value

    def simple_type(self, meta, c):
        return m.FactType(str(c[0]), span=self._span(meta))

    def choice_type(self, meta, c):
        return m.FactType("choice", choices=tuple(_string(s) for s in c), span=self._span(meta))

    def list_type(self, meta, c):
        return m.FactType("list", fields=tuple(c), span=self._span(meta))

    def field_decl(self, meta, c):
        return (str(c[0]), c[1])

    def cite(self, meta, c):
        return (
            "cite",
            m.Citation(_string(c[0]), _string(c[1]) if c[1] is not None else None, self._span(meta)),
        )

    # ------------------------------------------------------------ framework
    def _node_parts(self, children):
        cites, tags, grade, inner = [], [], None, []
        for ch in children:
            if isinstance(ch, tuple) and ch and ch[0] == "cite":
                cites.append(ch[1])
            elif isinstance(ch, tuple) and ch and ch[0] == "tags":
                tags.extend(ch[1])
            elif isinstance(ch, (m.GradeBy, m.GradeBlock)):
                grade = ch
            else:
                inner.append(ch)
        return cites, tags, grade, inner

    def section(self, meta, c):
        ident, title, *rest = c
        cites, tags, grade, inner = self._node_parts(rest)
        return m.Section(
            id=str(ident), title=_string(title), citations=cites, standards=inner,
            grade=grade, tags=tags, span=self._head(meta, ident),
        )

    def standard(self, meta, c):
        ident, title, *rest = c
        cites, tags, grade, inner = self._node_parts(rest)
        return m.Standard(
            id=str(ident), title=_string(title), citations=cites, criteria=inner,
            grade=grade, tags=tags, span=self._head(meta, ident),
        )

    def criterion(self, meta, c):
        ident, text, *rest = c
        cites, tags, evidence, ratings, clauses = [], [], [], [], []
        for ch in rest:
            if isinstance(ch, m.Clause):
                clauses.append(ch)
            elif isinstance(ch, m.Rating):
                ratings.append(ch)
            elif ch[0] == "cite":
                cites.append(ch[1])
            elif ch[0] == "tags":
                tags.extend(ch[1])
            elif ch[0] == "evidence":
                evidence.extend(ch[1])
        return m.Criterion(
            id=str(ident), text=_string(text), citations=cites, evidence=evidence,
            ratings=ratings, tags=tags, clauses=clauses, span=self._head(meta, ident),
        )

    def evidence(self, meta, c):
        return ("evidence", tuple(str(n) for n in c))

    def tags(self, meta, c):
        return ("tags", tuple(str(n) for n in c))

    def rating(self, meta, c):
        return m.Rating(str(c[0]), str(c[1]), _string(c[2]) if c[2] is not None else None, self._span(meta))

    def when_clause(self, meta, c):
        return m.Clause(str(c[0]), c[1], self._span(meta))

    def otherwise_clause(self, meta, c):
        return m.Clause(str(c[0]), None, self._span(meta))

    def grade_by(self, meta, c):
        return m.GradeBy(str(c[0]), self._span(meta))

    def grade_block(self, meta, c):
        return m.GradeBlock(tuple(c), self._span(meta))

    def grading(self, meta, c):
        name, *rest = c
        cites, clauses, doc = [], [], None
        for ch in rest:
            if isinstance(ch, m.Clause):
                clauses.append(ch)
            elif ch[0] == "cite":
                cites.append(ch[1])
            elif ch[0] == "doc":
                doc = ch[1]
        return m.Grading(str(name), doc, cites, clauses, self._head(meta, name))

    def overall_block(self, meta, c):
        cites = [ch[1] for ch in c if isinstance(ch, tuple)]
        clauses = [ch for ch in c if isinstance(ch, m.Clause)]
        return m.Overall(m.GradeBlock(tuple(clauses), self._span(meta)), cites, self._span(meta))

    def overall_by(self, meta, c):
        return m.Overall(m.GradeBy(str(c[0]), self._span(meta)), (), self._span(meta))

    # ------------------------------------------------------------ tests
    def test(self, meta, c):
        name, *items = c
        on, given, params, expects = None, [], [], []
        for key, value in items:
            if key == "on":
                on = value
            elif key == "given":
                given.extend(value)
            elif key == "with":
                params.extend(value)
            else:
                expects.append(value)
        return m.RuleTest(_string(name), on, given, params, expects, self._head(meta, name))

    def test_on(self, meta, c):
        return ("on", self._date(c[0]))

    def test_given(self, meta, c):
        return ("given", tuple(c))

    def test_with(self, meta, c):
        return ("with", tuple(c))

    def assignment(self, meta, c):
        return m.Assignment(str(c[0]), c[1], self._span(meta))

    def expect_level(self, meta, c):
        return ("expect", m.Expectation(str(c[0]), str(c[1]), self._span(meta)))

    def expect_unknown(self, meta, c):
        return ("expect", m.Expectation(str(c[0]), None, self._span(meta)))

    # ------------------------------------------------------------ expressions
    def or_(self, meta, c):
        return m.Or(c[0], c[1], self._span(meta))

    def and_(self, meta, c):
        return m.And(c[0], c[1], self._span(meta))

    def not_(self, meta, c):
        return m.Not(c[0], self._span(meta))

    def compare(self, meta, c):
        return m.Compare(str(c[1]), c[0], c[2], self._span(meta))

    def is_level(self, meta, c):
        return m.IsLevel(c[0], c[1], self._span(meta))

    def is_known(self, meta, c):
        return m.IsKnown(c[0], True, self._span(meta))

    def is_unknown(self, meta, c):
        return m.IsKnown(c[0], False, self._span(meta))

    def member(self, meta, c):
        return m.Member(c[0], tuple(c[1:]), False, self._span(meta))

    def not_member(self, meta, c):
        return m.Member(c[0], tuple(c[1:]), True, self._span(meta))

    def within_of(self, meta, c):
        return m.Within(c[0], c[1], c[2], "of", self._span(meta))

    def within_before(self, meta, c):
        return m.Within(c[0], c[1], c[2], "before", self._span(meta))

    def level_is(self, meta, c):
        return m.LevelTest("is", str(c[0]), self._span(meta))

    def level_is_not(self, meta, c):
        return m.LevelTest("is_not", str(c[0]), self._span(meta))

    def level_at_least(self, meta, c):
        return m.LevelTest("at_least", str(c[0]), self._span(meta))

    def level_at_most(self, meta, c):
        return m.LevelTest("at_most", str(c[0]), self._span(meta))

    def arith(self, meta, c):
        return m.Arith(str(c[1]), c[0], c[2], self._span(meta))

    def neg(self, meta, c):
        operand = c[1]
        if isinstance(operand, m.Literal) and operand.kind in ("number", "percent"):
            return m.Literal(-operand.value, operand.kind, self._span(meta))
        return m.Neg(operand, self._span(meta))

    def ref(self, meta, c):
        return m.Ref(str(c[0]), self._span(meta))

    def call(self, meta, c):
        name, *args = c
        args = [a for a in args if a is not None]
        return m.Call(str(name), tuple(args), self._span(meta))

    def select_call(self, meta, c):
        name, sel = c
        kind, of_id, test, known = sel
        return m.Select(str(name), kind, of_id, test, known, self._span(meta))

    def selector(self, meta, c):
        kind = str(c[0])
        of_id, test, known = None, None, None
        for extra in c[1:]:
            if isinstance(extra, m.LevelTest):
                test = extra
            elif isinstance(extra, Token) and extra.type == "KNOWN_WORD":
                known = str(extra) == "known"
            elif isinstance(extra, Token):
                of_id = str(extra)
        return (kind, of_id, test, known)

    def where_call(self, meta, c):
        return m.Where(str(c[0]), str(c[1]), c[2], self._span(meta))

    def duration(self, meta, c):
        amount = _number(c[0])
        unit = str(c[1])
        unit = _UNIT_PLURAL.get(unit, unit)
        return m.Literal(m.Duration(amount, unit), "duration", self._span(meta))

    # ------------------------------------------------------------ literals
    def number(self, meta, c):
        return m.Literal(_number(c[0]), "number", self._span(meta))

    def negative_number(self, meta, c):
        return m.Literal(-_number(c[0]), "number", self._span(meta))

    def percent(self, meta, c):
        return m.Literal(_number_percent(c[0]), "percent", self._span(meta))

    def string(self, meta, c):
        return m.Literal(_string(c[0]), "string", self._span(meta))

    def date(self, meta, c):
        return m.Literal(self._date(c[0]), "date", self._span(meta))

    def true(self, meta, c):
        return m.Literal(True, "boolean", self._span(meta))

    def false(self, meta, c):
        return m.Literal(False, "boolean", self._span(meta))

    def list_literal(self, meta, c):
        items = tuple(x for x in c if x is not None)
        return m.Literal(items, "list", self._span(meta))

    def record_literal(self, meta, c):
        entries = tuple(x for x in c if x is not None)
        return m.Literal(entries, "record", self._span(meta))

    def record_entry(self, meta, c):
        key = c[0]
        key = _number(key) if key.type == "NUMBER" else str(key)
        return (key, c[1])
