"""Read rule-file text into a :class:`~senrules.model.RuleFile`.

The grammar lives in ``grammars/rules.lark`` (shipped inside the package as
``senrules/grammars/rules.lark``).  It is parsed with lark's LALR parser, built
once per process, its tables cached on disk (privately and verified, see
:mod:`senrules.cache`, not with lark's own cache).  Lark's exceptions never leave
this module: a syntax error becomes a :class:`~senrules.errors.RuleSyntaxError`
whose message is matched against a table of known mistakes
(:data:`KNOWN_MISTAKES`, via ``UnexpectedInput.match_examples``) or else says
in words what was expected.

Rule files are data.  They are never evaluated as Python, and a hostile file
cannot exhaust memory or the stack: files larger than :data:`MAX_FILE_BYTES`
and expressions nested deeper than :data:`MAX_NESTING` are refused.

Comments are ignored by the grammar and are not part of the model.  For the
formatter, :func:`parse_with_comments` also returns them and an outline of
the statements they sit among (:class:`Statement`): it uses a second parser,
built from the same tables, whose lexer hands each
comment to a callback as it skips it.  :func:`parse`, which loading uses,
does not collect them.
"""

from __future__ import annotations

import contextvars
import difflib
import functools
import re
import unicodedata
from importlib import resources
from pathlib import Path

import attrs
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError
from lark.lexer import PatternStr

from senrules.errors import Diagnostic, RuleSyntaxError, Span
from senrules.model import RuleFile, RuleTest
from senrules.transform import ToModel, TransformProblem

MAX_FILE_BYTES = 2_000_000
"""A rule file larger than this (about 25 times the whole DCSF ruleset) is refused."""

MAX_NESTING = 100
"""Deepest nesting a rule file may use: brackets of any kind, and the depth of
the parsed tree (so a chain of about 90 `and`s is the longest condition)."""


def grammar_text() -> str:
    """The grammar, from the installed package or, in a source checkout, from
    the top-level ``grammars/`` folder."""
    packaged = resources.files("senrules") / "grammars" / "rules.lark"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammars" / "rules.lark").read_text(
        encoding="utf-8"
    )


_LARK_OPTIONS = {"parser": "lalr", "propagate_positions": True, "maybe_placeholders": True}
# Options lark applies when loading saved tables (lark's _LOAD_ALLOWED_OPTIONS):
# they are given again on loading, so they are left out of what is saved.
_LOAD_OPTIONS = frozenset({"postlex", "transformer", "lexer_callbacks", "use_bytes", "debug", "g_regex_flags", "regex", "propagate_positions", "tree_class", "_plugins"})


@functools.cache
def _parser_tables() -> dict:
    """The parser's tables: built from the grammar (about 100 ms), or read
    from senrules' private, verified cache (:mod:`senrules.cache`).

    Lark's own ``cache=True`` is not used: it keeps a pickle under a
    predictable name in the shared temporary folder and loads it without
    checking who wrote it.  The tables here are plain data (dicts, lists,
    strings, numbers) stored with :mod:`marshal` and read only after the
    cache has checked the file's owner, mode and keyed hash."""
    import hashlib
    import marshal
    import sys

    import lark
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    from senrules import cache

    grammar = grammar_text()
    key = hashlib.sha256(f"{grammar}\0{sorted(_LARK_OPTIONS.items())}\0{lark.__version__}".encode()).hexdigest()[:32]
    name = f"parser-{key}-py{sys.version_info[0]}{sys.version_info[1]}.cache"
    payload = cache.read(name)
    if payload is not None:
        try:
            tables = marshal.loads(payload)
            if isinstance(tables, dict) and {"data", "memo"} <= tables.keys():
                return tables
        except Exception as err:  # noqa: BLE001 - unreadable tables are rebuilt
            cache.note("the parser tables in %s were not used: %s", name, err)
    data, memo = Lark(grammar, **_LARK_OPTIONS).memo_serialize([TerminalDef, Rule])
    data["options"] = {k: v for k, v in data["options"].items() if k not in _LOAD_OPTIONS}
    tables = {"data": data, "memo": memo}
    cache.write(name, marshal.dumps(tables), replaces=f"parser-*-py{sys.version_info[0]}{sys.version_info[1]}.cache")
    return tables


def _lark(**options) -> Lark:
    tables = _parser_tables()
    return Lark._load_from_dict(tables["data"], tables["memo"], propagate_positions=True, **options)


@functools.cache
def get_parser() -> Lark:
    """The LALR parser, built once per process (its tables cached on disk)."""
    return _lark()


# The comments the lexer of get_comment_parser() skips go here, for the parse
# that set it (a context variable, so parses in other threads keep their own).
_comment_sink: contextvars.ContextVar[list[Token] | None] = contextvars.ContextVar(
    "senrules_comment_sink", default=None
)


def _collect_comment(token: Token) -> Token:
    sink = _comment_sink.get()
    if sink is not None:
        sink.append(token)
    return token


@functools.cache
def get_comment_parser() -> Lark:
    """The parser of :func:`get_parser`, whose lexer also hands each comment
    it skips to the current :func:`parse_with_comments` (comments are still
    ignored for parsing, so it reads the same language into the same tree).
    It is made from the same tables as :func:`get_parser`: lexer callbacks
    are not part of them and are applied on loading."""
    return _lark(lexer_callbacks={"COMMENT": _collect_comment})


# ---------------------------------------------------------------- syntax errors
#
# A syntax error is explained in three steps, first match wins:
#
# 1. checks that look at the offending text and the tokens just before it
#    (an unclosed `{` at the end of the file, a condition that ends with
#    `and`, `>==`, `ob D+`, `per years`, 01/09/2024, a single-quoted text...);
# 2. the table of known mistakes below, matched by parser state;
# 3. a generic "expected X, but found Y", in words.

_C = 'section a "b" { standard S "t" { criterion X "t" '

_TYPES = (
    'the types are boolean, integer, number, percentage, date, text, duration, '
    'choice("a", "b") and list of { <field>: <type>, ... }'
)

# Known mistakes: label -> (message, hint, examples).  An example is a whole
# (wrong) rule file that fails at the same place as the mistake: same LALR
# state and the same set of acceptable next tokens, so each example must be
# complete in context (see the ``_C`` prefix).  Unlike lark's own
# ``match_examples`` the depth of the parser stack is not compared, so an
# example matches whether or not other items come before the mistake.  When
# several examples match, the one whose offending token has the same type
# wins.  ``{prev}`` in a message is the text of the token before the mistake.
KNOWN_MISTAKES: dict[str, tuple[str, str, list[str]]] = {
    "missing-when": (
        "expected `when` or `otherwise` after the outcome name `{prev}`",
        "an outcome reads `met when <condition>` or `not_met otherwise`",
        [
            _C + '{ met x }',
            _C + '{ met "x" }',
            _C + '{ met (x) }',
            _C + '{ met }',
            'grading g { good x }',
            'overall { good x }',
            'section a "b" { grade { good x } }',
        ],
    ),
    "missing-colon": (
        "expected `:` between `{prev}` and its type",
        "write the name, a colon and the type, e.g. `fact monitoring_interval: integer { ... }`",
        [
            "fact x integer {",
            "parameter p integer = 3 {",
            "fact x: list of { a text } {",
        ],
    ),
    "missing-type": (
        "expected `:` and a type after `{prev}`",
        _TYPES,
        [
            "fact x {",
            "parameter p = 3 {",
            "parameter p {",
            "fact x: list of { a } {",
        ],
    ),
    "type-after-colon": (
        "expected a type after `:`",
        _TYPES,
        [
            "fact x: {",
            "fact x: per year {",
            'fact x: "text" {',
            "parameter p: = 3 {",
            "fact x: list of { a: } {",
        ],
    ),
    "missing-default": (
        "a parameter needs a default value after its type",
        "write `parameter <name>: <type> = <default> { ... }`, e.g. `parameter trend_years: integer = 3 { ... }`",
        [
            "parameter p: percentage {",
            "parameter p: percentage doc",
            'parameter p: choice("a", "b") {',
            "parameter p: list of { a: text } {",
        ],
    ),
    "expect-missing-verdict": (
        "expected a verdict after `is`",
        "write e.g. `expect S1.1 is met`, `expect overall is good` or `expect S1.1 is unknown`",
        [
            'test "t" { expect S1 is }',
            'test "t" { expect S1 is "met" }',
            'test "t" { expect S1 is 3 }',
        ],
    ),
    "expect-missing-is": (
        "expected `is` after `expect {prev}`",
        "write e.g. `expect S1.1 is met`, `expect overall is good` or `expect S1.1 is unknown`",
        [
            'test "t" { expect S1 met }',
            'test "t" { expect S1 == met }',
            'test "t" { expect S1 }',
        ],
    ),
}

_TERMINAL_WORDS = {
    "NAME": "a name",
    "DOTTED": "an id such as S1.2",
    "STRING": 'quoted text "..."',
    "NUMBER": "a number",
    "PERCENT": "a percentage",
    "DATE": "a date (YYYY-MM-DD)",
    "SLUG": "a ruleset id",
    "COMP_OP": "a comparison (==, !=, <, <=, >, >=)",
    "DURATION_UNIT": "a unit of time (days, weeks, months, years)",
    "LEVEL": "a level of a declared scale (such as D* or strong)",
    "NODE_KIND": "criteria, standards or sections",
    "KNOWN_WORD": "`known` or `unknown`",
    "PER_YEAR": "`per year`",
    "$END": "the end of the file",
}
"""Words for terminals; a terminal not listed here that is a fixed string
(a keyword or punctuation: ``LBRACE``, ``__ANON_0``...) is shown as that
string in backquotes.  Internal names never reach a message."""

# Tokens that can start a value or a condition.
_VALUE_START = {
    "NAME", "DOTTED", "NUMBER", "PERCENT", "DATE", "STRING", "LPAR", "MINUS",
    "NOT", "TRUE", "FALSE", "LSQB", "LBRACE",
}

# What each block may contain (None: the top level of a file).
_BLOCK_CONTENT: dict[str | None, tuple[str, ...]] = {
    None: ("ruleset", "parameter", "fact", "section", "grading", "overall", "test", "scale", "categories"),
    "ruleset": ("title", "version", "source", "effective", "outcomes", "grades"),
    "parameter": ("label", "unit", "doc", "cite", "range", "from"),
    "fact": ("label", "unit", "range", "question", "help", "category", "cite", "doc", "from", "group", "screen"),
    "section": ("cite", "standard", "grade", "tags"),
    "standard": ("cite", "criterion", "grade", "tags"),
    "criterion": ("cite", "evidence", "rating", "tags"),
    "scale": ("cite", "doc"),
    "categories": ("cite", "doc"),
    "grade": (),
    "grading": ("cite", "doc"),
    "overall": ("cite",),
    "test": ("on", "given", "with", "expect"),
}
_BLOCK_KEYWORDS = {
    "RULESET", "PARAMETER", "FACT", "SECTION", "STANDARD", "CRITERION", "GRADE",
    "GRADING", "OVERALL", "TEST",
}
_ITEM_KEYWORDS = {word for words in _BLOCK_CONTENT.values() for word in words}

# How a construct is written, keyed by the keyword that starts it.
_FORMS = {
    "RULESET": 'a ruleset header reads `ruleset <id> { title "..." version "..." }`',
    "TITLE": 'write the title in double quotes: `title "..."`',
    "VERSION": 'write the version in double quotes: `version "1.0.0"`',
    "SOURCE": 'write the source in double quotes: `source "..."`',
    "LABEL": 'write the label in double quotes: `label "share of CYP who met their targets"`',
    "UNIT": 'write the unit in double quotes: `unit "weeks"`',
    "DOC": 'write the documentation in double quotes: `doc "..."`',
    "QUESTION": 'write the question in double quotes: `question "..."`',
    "HELP": 'write the help in double quotes: `help "..."`',
    "EFFECTIVE": "write `effective <YYYY-MM-DD>` or `effective <YYYY-MM-DD> to <YYYY-MM-DD>`",
    "OUTCOMES": "a scale lists names from best to worst: `outcomes met > partly_met > not_met`",
    "GRADES": "a scale lists names from best to worst: `grades outstanding > good > satisfactory > inadequate`",
    "PARAMETER": "a parameter reads `parameter <name>: <type> = <default> { ... }`",
    "FROM": 'in a parameter, a value from a date reads `from <YYYY-MM-DD> = <value>`; in a fact, a link reads `from "<ruleset>" "<id>"`',
    "FACT": "a fact reads `fact <name>: <type> { ... }` or `fact <name>: <type> per year { ... }`",
    "CATEGORY": "write `category <name>`, with one of the evidence categories the ruleset declares (e.g. `category performance`)",
    "RANGE": "a range reads `range <low> .. <high>`, e.g. `range 0 .. 100`",
    "CHOICE": 'a choice lists its options in double quotes: `choice("always", "often", "never")`',
    "LIST": "a list type reads `list of { <field>: <type>, ... }`",
    "CITE": 'a citation reads `cite "<document>"` or `cite "<document>" "<place>"`',
    "SECTION": 'a section reads `section <id> "<title>" { ... }`',
    "STANDARD": 'a standard reads `standard <id> "<title>" { ... }`',
    "CRITERION": 'a criterion reads `criterion <id> "<text>" { ... }`',
    "EVIDENCE": "write `evidence performance, perception`",
    "RATING": 'write `rating <scale> <level>` or `rating <scale> <level> "<comment>"`, with a scale the ruleset declares',
    "SCALE": 'a scale reads `scale <name> "<title>" { <level> "<meaning>" ... }`, best level first',
    "CATEGORIES": 'evidence categories read `categories "<title>" { <name> "<meaning>" ... }`',
    "TAGS": "write `tags <name>, <name>`",
    "GRADE": "write `grade by <grading>` or `grade { <grade> when <condition> ... }`",
    "GRADING": "a grading reads `grading <name> { <grade> when <condition> ... <grade> otherwise }`",
    "OVERALL": "write `overall by <grading>` or `overall { <grade> when <condition> ... }`",
    "TEST": 'a test reads `test "<name>" { on ... given ... expect ... }`',
    "ON": "write `on <YYYY-MM-DD>`",
    "GIVEN": "write `given <fact> = <value>, <fact> = <value>`",
    "WITH": "write `with <parameter> = <value>, <parameter> = <value>`",
    "EXPECT": "write `expect <id> is <verdict>` or `expect <id> is unknown`",
}

_TEXT_OF = {"SECTION": "title", "STANDARD": "title", "CRITERION": "text"}
_OPERATORS = {"AND", "OR", "NOT", "COMP_OP", "PLUS", "MINUS", "STAR", "SLASH", "IS"}
_COMPARISONS = "the comparisons are ==, !=, <, <=, > and >="
_BAD_OPERATORS = {">==": ">=", "<==": "<=", "===": "==", "!==": "!=", "<>": "!=", "=>": ">=", "=<": "<=", "=!": "!="}
_ASCII_OPERATORS = {"≥": ">=", "≤": "<=", "≠": "!=", "×": "*", "÷": "/", "−": "-", "–": "-", "—": "-"}
_CURLY_QUOTES = {"“": "”", "”": "”", "„": "”", "‘": "’", "’": "’", "«": "»"}
_DANGLING = re.compile(r"(?:(?<![\w.])(and|or|not|is)|(==|!=|<=|>=|<|>|\+|-|\*|/))$")
_DATE_LIKE = re.compile(r"(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?![\d.])")
_OB_WORD = re.compile(r"[^\s\"{}]+")


@functools.cache
def _fixed_strings() -> dict[str, str]:
    """Terminal name -> its text, for terminals that are a fixed string."""
    return {t.name: t.pattern.value for t in get_parser().terminals if isinstance(t.pattern, PatternStr)}


@functools.cache
def _keyword_terminals() -> frozenset[str]:
    """Names of the terminals that are keywords (``FACT``, ``WHEN``...)."""
    return frozenset(name for name, value in _fixed_strings().items() if value.isalpha())


def _expected_words(expected) -> list[str]:
    names = {n for n in expected if n not in ("WS", "COMMENT")}
    words = []
    if names >= {"NAME", "NUMBER", "LPAR"} or names >= {"NUMBER", "STRING", "DATE"}:
        words.append("a condition" if "NOT" in names else "a value")
        names -= _VALUE_START
    if names >= {"NUMBER", "MINUS"}:
        names.discard("MINUS")
    fixed = _fixed_strings()
    for name in names:
        if name in _TERMINAL_WORDS:
            words.append(_TERMINAL_WORDS[name])
        elif name in fixed:
            words.append(f"`{fixed[name]}`")
    end = "the end of the file"
    return sorted(set(words), key=lambda w: (w == end, w.strip("`").lower()))


def _describe_expected(expected) -> str:
    words = _expected_words(expected)
    if not words:
        return ""
    if len(words) > 8:
        words = words[:8] + ["..."]
    return "expected " + (", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0])


def _token_text(token) -> str:
    if token is None or getattr(token, "type", None) == "$END":
        return "the end of the file"
    text = str(token)
    if len(text) > 32:
        text = text[:28] + ('..."' if text.startswith('"') else "...")
    return f"`{text}`"


def _strip_comment(line: str) -> str:
    """``line`` without a trailing ``# comment`` (a ``#`` inside quotes stays)."""
    quoted = escaped = False
    for i, char in enumerate(line):
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "#" and not quoted:
            return line[:i]
    return line


def _flat_tokens(items) -> list[Token]:
    """The tokens among ``items``, looking inside inlined ``_rule`` trees."""
    tokens = []
    for item in items:
        if isinstance(item, Token):
            tokens.append(item)
        elif isinstance(item, Tree) and str(item.data).startswith("_"):
            tokens.extend(_flat_tokens(item.children))
    return tokens


def _end_of(item) -> tuple[int, int] | None:
    """(offset, line) just after a token or a tree on the parser stack."""
    if isinstance(item, Token):
        end = (item.end_pos, item.end_line)
    elif isinstance(item, Tree) and not item.meta.empty:
        end = (item.meta.end_pos, item.meta.end_line)
    else:
        return None
    return end if all(isinstance(x, int) for x in end) else None


class _Block:
    """An open (not yet closed) ``{`` on the parser stack and what it belongs to."""

    def __init__(self, kind: str | None, desc: str, brace: Token):
        self.kind = kind
        self.desc = desc
        self.brace = brace


class _Error:
    """What is known about a syntax error: the offending token or character,
    the tokens before it on the parser stack, and what would have been accepted."""

    def __init__(self, err: UnexpectedInput, text: str, filename: str):
        self.err = err
        self.text = text
        self.filename = filename
        token = getattr(err, "token", None)
        self.token = token if isinstance(token, Token) and token.type != "<EOF>" else None
        self.at_end = isinstance(err, UnexpectedEOF) or (self.token is not None and self.token.type == "$END")
        if self.at_end:
            self.token = None
        state = getattr(err, "state", None)
        self.stack = list(getattr(state, "value_stack", None) or [])
        self.position = getattr(state, "position", None)
        last = self.stack[-1] if self.stack else None
        self.prev = last if isinstance(last, Token) else None
        self.accepts = self._accepts()
        if isinstance(err, UnexpectedCharacters):
            self.pos = err.pos_in_stream
        elif self.token is not None and self.token.start_pos is not None:
            self.pos = self.token.start_pos
        else:
            self.pos = self._end_of_input()

    def _accepts(self) -> frozenset[str]:
        err = self.err
        accepts = None
        parser = getattr(err, "interactive_parser", None)
        if isinstance(err, UnexpectedToken):
            accepts = err.accepts
        elif parser is not None:
            accepts = parser.accepts()
        if not accepts:
            accepts = getattr(err, "expected", None) or getattr(err, "allowed", None) or ()
        return frozenset(accepts)

    def _end_of_input(self) -> int:
        """One past the last token (or past the last non-blank text)."""
        token = getattr(self.err, "token", None)
        end = getattr(token, "end_pos", None)
        if isinstance(end, int) and 0 <= end <= len(self.text):
            return end
        return len(self.text.rstrip())

    # ------------------------------------------------------------ places
    def span(self, start: int, end: int | None = None) -> Span:
        """A one-line span from offset ``start`` to ``end`` (clipped to the line)."""
        text = self.text
        start = max(0, min(start, len(text)))
        line = text.count("\n", 0, start) + 1
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if line_end == -1:
            line_end = len(text)
        if line_end > start and text[line_end - 1] == "\r":
            line_end -= 1
        end = start + 1 if end is None else max(start + 1, min(end, line_end))
        column = start - line_start + 1
        return Span(self.filename, line, column, line, column + (end - start))

    def token_span(self, token: Token, end: int | None = None) -> Span:
        return self.span(token.start_pos, token.end_pos if end is None else end)

    def here(self, *, missing: bool = False) -> Span:
        """The span of the offending token, character or end of file.  With
        ``missing`` (something is missing after the previous token) and the
        offending token on a later line, the place just after the previous token."""
        prev_end = _end_of(self.stack[-1]) if self.stack else None
        if missing and prev_end is not None and (
            self.at_end or (self.token is not None and self.token.line > prev_end[1])
        ):
            return self.span(prev_end[0])
        if self.token is not None:
            return self.token_span(self.token)
        return self.span(self.pos)

    def line_end(self, start: int) -> int:
        """Offset of the end of the code (before any comment) on ``start``'s line."""
        end = self.text.find("\n", start)
        end = len(self.text) if end == -1 else end
        return start + len(_strip_comment(self.text[start:end]).rstrip())

    def diagnostic(self, code: str, message: str, span: Span, hint: str | None = None) -> Diagnostic:
        return Diagnostic("error", code, message, span, hint)

    # ------------------------------------------------------------ context
    def open_blocks(self) -> list[_Block]:
        """The blocks whose `{` is on the stack and not yet closed, outermost first."""
        opened: list[int] = []
        for i, item in enumerate(self.stack):
            if isinstance(item, Token) and item.type == "LBRACE":
                opened.append(i)
            elif isinstance(item, Token) and item.type == "RBRACE" and opened:
                opened.pop()
        return [self._block(i) for i in opened]

    def _block(self, i: int) -> _Block:
        brace = self.stack[i]
        before = self.stack[i - 1] if i > 0 else None
        if isinstance(before, Token) and before.type in ("EQUAL", "COMMA", "COLON", "LSQB"):
            return _Block("record", "the record", brace)
        if isinstance(before, Token) and before.type == "OF":
            return _Block("list", "the list of fields", brace)
        for j in range(i - 1, -1, -1):
            item = self.stack[j]
            if isinstance(item, Token) and item.type in _BLOCK_KEYWORDS:
                kind = str(item)
                name = next(
                    (t for t in _flat_tokens(self.stack[j + 1:i]) if t.type in ("NAME", "DOTTED", "SLUG", "STRING")),
                    None,
                )
                if name is None or kind in ("grade", "overall"):
                    return _Block(kind, f"the `{kind}` block", brace)
                if name.type == "STRING":
                    return _Block(kind, f"{kind} {name}", brace)
                return _Block(kind, f"{kind} `{name}`", brace)
        return _Block(None, "a block", brace)

    def construct(self) -> str | None:
        """The keyword of the construct being written, if it is not yet inside a block."""
        for i in range(len(self.stack) - 1, -1, -1):
            item = self.stack[i]
            if isinstance(item, Token):
                if item.type == "LBRACE" and self._block(i).kind != "record":
                    return None
                if item.type in _FORMS:
                    return item.type
        return None

    def in_condition(self) -> bool:
        return any(isinstance(t, Token) and t.type == "WHEN" for t in self.stack)

    def adjacent(self, before: Token, after: Token | None) -> bool:
        return after is not None and before.end_pos is not None and after.start_pos == before.end_pos


# ---------------------------------------------------------------- the checks


def _check_character(e: _Error) -> Diagnostic | None:
    """No terminal matches at all: a character that has no place in a rule file."""
    if not isinstance(e.err, UnexpectedCharacters) or not 0 <= e.pos < len(e.text):
        return None
    text, pos = e.text, e.pos
    char = text[pos]
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    if char == '"':
        return e.diagnostic(
            "syntax-unterminated-text", 'this text has no closing `"` on its line', e.span(pos, e.line_end(pos)),
            'end the text with `"` on the same line; inside a text, write a `"` as `\\"`',
        )
    if char == "'":
        close = text.find("'", pos + 1, line_end)
        inner = text[pos + 1:close] if close != -1 else ""
        hint = 'write texts in double quotes: "..."'
        if close != -1 and '"' not in inner and 0 < len(inner) <= 60:
            hint = f'write "{inner}"'
        return e.diagnostic(
            "syntax-single-quotes", "texts are written in double quotes, not single quotes",
            e.span(pos, close + 1 if close != -1 else None), hint,
        )
    if char in _CURLY_QUOTES:
        close = text.find(_CURLY_QUOTES[char], pos + 1, line_end)
        return e.diagnostic(
            "syntax-curly-quotes", f"curly quotes `{char}` are not understood",
            e.span(pos, close + 1 if close != -1 else None),
            'write texts in straight double quotes: "..." (a word processor may have curled them)',
        )
    if char in "&|":
        run = len(text[pos:line_end]) - len(text[pos:line_end].lstrip(char))
        word = "and" if char == "&" else "or"
        return e.diagnostic(
            "syntax-operator", f"`{char * run}` is not an operator here", e.span(pos, pos + run),
            f"to combine conditions, write `{word}`",
        )
    if char == "!":
        return e.diagnostic(
            "syntax-operator", "`!` is not an operator here", e.span(pos),
            "write `not` before a condition, or `!=` for 'is not equal to'",
        )
    if char in _ASCII_OPERATORS:
        return e.diagnostic(
            "syntax-operator", f"`{char}` is not an operator here", e.span(pos),
            f"write `{_ASCII_OPERATORS[char]}`",
        )
    if char == "%":
        before = text[:pos].rstrip(" \t")
        start = _trailing_number(before)
        if start is not None and len(before) < pos:
            return e.diagnostic(
                "syntax-percent", "a percentage is written without a space before `%`",
                e.span(start, pos + 1), f"write `{before[start:]}%`",
            )
    if char == "." and text[max(0, pos - 2):pos] == "..":
        return e.diagnostic(
            "syntax-character", "`...` has one dot too many", e.span(pos - 2, pos + 1),
            _form_hint(e) or "write `..`",
        )
    if char == ";":
        return e.diagnostic(
            "syntax-character", "`;` is not used in rule files", e.span(pos),
            "remove it: each item starts on its own line, and the items of a list are separated by `,`",
        )
    if char == "\ufeff" and pos == 0:
        return e.diagnostic(
            "syntax-character", "the file starts with an invisible byte-order mark (U+FEFF)", e.span(pos),
            "save the file as UTF-8 without a byte-order mark",
        )
    category = unicodedata.category(char)
    if category[0] in "CZ" and char not in " \t\n":
        name = unicodedata.name(char, "a control character")
        return e.diagnostic(
            "syntax-character", f"unexpected invisible character U+{ord(char):04X} ({name})", e.span(pos),
            "delete it or replace it with a space; such characters often come from copying text out of a "
            "word processor or a web page",
        )
    if char.isalpha() and not char.isascii():
        return e.diagnostic(
            "syntax-character", f"unexpected character `{char}`", e.span(pos),
            "names use only the letters A-Z and a-z, digits and `_`; other characters belong in quoted text",
        )
    return e.diagnostic(
        "syntax-character", f"unexpected character `{char}`", e.span(pos),
        _form_hint(e) or _describe_expected(e.accepts) or None,
    )


def _check_unclosed_block(e: _Error) -> Diagnostic | None:
    """The file ends while a block could be closed: a `}` is missing."""
    if not e.at_end or "RBRACE" not in e.accepts:
        return None
    blocks = e.open_blocks()
    if not blocks:
        return None
    block = blocks[-1]
    return e.diagnostic(
        "syntax-unclosed-block", f"the file ends before {block.desc} is closed", e.token_span(block.brace),
        f"add `}}` at the end of {block.desc}; every `{{` needs its own `}}`",
    )


def _check_stray_brace(e: _Error) -> Diagnostic | None:
    if e.token is None or e.token.type != "RBRACE" or e.open_blocks():
        return None
    return e.diagnostic(
        "syntax-stray-brace", "this `}` has no `{` to close", e.here(),
        "remove it; if a block above ends too early, look for an extra `}` in it",
    )


# Searches anchored at the end of a long text (``re.search(r"\w+$", text)``)
# try every start position and take quadratic time on a long run of name
# characters (a 40,000-character name took 10 s).  These helpers do the same
# in one pass from the end.

_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"


def _trailing_name(text: str) -> int | None:
    """Where the name (``[A-Za-z_][A-Za-z0-9_]*``) that ``text`` ends with
    starts, or None; linear time."""
    run_start = len(text.rstrip(_NAME_CHARS))
    for i in range(run_start, len(text)):
        if not text[i].isdigit():
            return i
    return None


def _trailing_number(text: str) -> int | None:
    r"""Where the number (``\d+(\.\d+)?``) that ``text`` ends with starts,
    or None; linear time."""
    digits = len(text.rstrip("0123456789"))
    if digits == len(text):
        return None
    if digits >= 2 and text[digits - 1] == "." and text[digits - 2].isdigit():
        return len(text[:digits - 1].rstrip("0123456789"))
    return digits


def _ends_with_word(text: str, word: str) -> bool:
    """Whether ``text`` ends with ``word`` (then only spaces), not as the end
    of a longer name or a dotted name; linear time."""
    text = text.rstrip()
    if not text.endswith(word):
        return False
    before = text[:-len(word)][-1:]
    return not before or not (before.isalnum() or before in "_.")


def _dangling(e: _Error, op: Token) -> Diagnostic:
    what = "condition"
    return e.diagnostic(
        "syntax-dangling-operator", f"the {what} ends with `{op}`: something must follow it",
        e.token_span(op), f"complete the {what} after `{op}`, or remove `{op}`",
    )


def _check_dangling_operator(e: _Error) -> Diagnostic | None:
    """``met when x and`` followed by `}` or by the next line."""
    op = e.prev
    if op is None or op.type not in _OPERATORS or not e.in_condition():
        return None
    if e.at_end or (e.token is not None and (e.token.type == "RBRACE" or e.token.line > op.line)):
        return _dangling(e, op)
    return None


def _dangling_before(e: _Error, keyword: Token) -> Diagnostic | None:
    """``met when x and`` + newline + ``partly_met when y``: the condition
    swallowed the next outcome name, and its ``when`` was read as a name."""
    text = e.text
    before = text[:keyword.start_pos].rstrip()
    name_start = _trailing_name(before)
    if name_start is None:
        return None
    line_start = text.rfind("\n", 0, name_start) + 1
    if text[line_start:name_start].strip():
        return None
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        code = _strip_comment(text[prev_start:line_start - 1]).rstrip()
        if code.strip():
            found = _DANGLING.search(code)
            if not found:
                return None
            start = prev_start + found.start()
            op = Token("OP", found.group(), start_pos=start, end_pos=start + len(found.group()))
            return _dangling(e, op)
        line_start = prev_start
    return None


def _check_clause_start(e: _Error) -> Diagnostic | None:
    """Errors right after the first word of an outcome (``met ...``), where
    the parser wants `when` or `otherwise`.  Often that word was not meant
    as an outcome name at all."""
    prev = e.prev
    if prev is not None and prev.type == "OTHERWISE" and e.token is not None and e.token.line == prev.line:
        return e.diagnostic(
            "syntax-otherwise-condition", "`otherwise` takes no condition",
            e.span(e.token.start_pos, e.line_end(e.token.start_pos)),
            "write the condition with `when`, or leave `otherwise` on its own as the last outcome",
        )
    if e.accepts != {"WHEN", "OTHERWISE"} or prev is None or prev.type != "NAME":
        return None
    word = str(prev)
    if word in ("when", "otherwise"):
        return _dangling_before(e, prev) or e.diagnostic(
            "syntax-missing-outcome", f"expected an outcome name before `{word}`", e.token_span(prev),
            "an outcome reads `met when <condition>` or `not_met otherwise`",
        )
    if word in _ITEM_KEYWORDS:
        return _misplaced_keyword(e, prev, word)
    line_start = e.text.rfind("\n", 0, prev.start_pos) + 1
    if _ends_with_word(e.text[line_start:prev.start_pos], "otherwise"):
        return e.diagnostic(
            "syntax-otherwise-condition", "`otherwise` takes no condition",
            e.span(prev.start_pos, e.line_end(prev.start_pos)),
            "write the condition with `when`, or leave `otherwise` on its own as the last outcome",
        )
    blocks = e.open_blocks()
    allowed = _BLOCK_CONTENT.get(blocks[-1].kind if blocks else None, ())
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.75)
    if close:
        return e.diagnostic("syntax-misspelt", f"unexpected `{word}`", e.token_span(prev), f"did you mean `{close[0]}`?")
    if e.token is not None:
        close = difflib.get_close_matches(str(e.token), ["when", "otherwise"], n=1, cutoff=0.6)
        if close:
            return e.diagnostic(
                "syntax-missing-when", f"expected `when` or `otherwise` after the outcome name `{word}`",
                e.here(), f"did you mean `{close[0]}`?",
            )
    return None


def _misplaced_keyword(e: _Error, token: Token, word: str) -> Diagnostic | None:
    """A keyword at a place where an item could start, but not this item."""
    blocks = e.open_blocks()
    inner = blocks[-1] if blocks else None
    kind = inner.kind if inner else None
    if kind not in _BLOCK_CONTENT or word in _BLOCK_CONTENT[kind] or word not in _ITEM_KEYWORDS:
        return None
    if inner is not None and (
        word in _BLOCK_CONTENT[None] or any(word in _BLOCK_CONTENT.get(b.kind, ()) for b in blocks[:-1])
    ):
        return e.diagnostic(
            "syntax-missing-brace", f"expected `}}` to close {inner.desc} before `{word}`", e.token_span(token),
            f"{inner.desc} opens on line {inner.brace.line}; add the `}}` that ends it",
        )
    places = [
        "the top level of a file" if k is None else f"the `{k}` block" if k == "overall" else f"a {k}"
        for k, words in _BLOCK_CONTENT.items() if word in words
    ]
    where = ", ".join(places[:-1]) + " or " + places[-1] if len(places) > 1 else places[0]
    here = f"in {inner.desc}" if inner else "at the top level of a file"
    return e.diagnostic("syntax-misplaced", f"`{word}` cannot appear {here}", e.token_span(token),
                        f"`{word}` belongs in {where}")


def _check_misplaced_keyword(e: _Error) -> Diagnostic | None:
    token = e.token
    if token is None or token.type not in _keyword_terminals():
        return None
    if "RBRACE" not in e.accepts and "$END" not in e.accepts:
        return None
    return _misplaced_keyword(e, token, str(token))


def _check_operator(e: _Error) -> Diagnostic | None:
    """``=`` for ``==``, ``>==``, ``<>``, ``=>``, and ``==`` in a test's ``given``."""
    token, prev, text = e.token, e.prev, e.text
    if token is None or token.type not in ("EQUAL", "COMP_OP", "MORETHAN"):
        return None
    if prev is not None and prev.type in ("COMP_OP", "EQUAL") and e.adjacent(prev, token):
        run = re.match(r"[=<>!]+", text[prev.start_pos:])
        op = run.group() if run else str(prev) + str(token)
        if prev.type == "EQUAL":
            return e.diagnostic(
                "syntax-given-comparison", "in a test, a value is given with `=`, not `==`",
                e.span(prev.start_pos, prev.start_pos + len(op)),
                "`==` compares two values in a condition; `given` and `with` set a value with `=`",
            )
        better = _BAD_OPERATORS.get(op)
        return e.diagnostic(
            "syntax-operator", f"`{op}` is not a comparison operator", e.span(prev.start_pos, prev.start_pos + len(op)),
            f"did you mean `{better}`? {_COMPARISONS}" if better else _COMPARISONS,
        )
    if token.type == "EQUAL" and "COMP_OP" in e.accepts:
        op = text[token.start_pos:token.start_pos + 2]
        if op in _BAD_OPERATORS:
            return e.diagnostic(
                "syntax-operator", f"`{op}` is not a comparison operator", e.span(token.start_pos, token.start_pos + 2),
                f"did you mean `{_BAD_OPERATORS[op]}`? {_COMPARISONS}",
            )
        return e.diagnostic(
            "syntax-single-equals", "`=` is not a comparison here", e.here(),
            "to compare, write `==`; `=` only gives values in a test's `given` and `with`",
        )
    return None


def _check_ob_rating(e: _Error) -> Diagnostic | None:
    """A rating on a declared scale (``ob D*``) whose level is missing or is
    not a level word."""
    prev = e.prev
    if prev is not None and prev.type == "NAME" and str(prev) == "ob" and "WHEN" in e.accepts:
        # rule files written before scales were declared (senrules 1.x)
        return e.diagnostic(
            "syntax-ob-rating", "a rating on a scale now starts with `rating`", e.span(prev.start_pos, prev.end_pos),
            "write `rating ob <level>`, and declare the scale `ob` in the ruleset (see docs/language.md, Scales)",
        )
    if prev is not None and prev.type == "LEVEL" and e.adjacent(prev, e.token):
        start, scale = prev.start_pos, None
    elif "LEVEL" in e.accepts and prev is not None and prev.type == "NAME":
        start, scale = e.pos, str(prev)
    else:
        return None
    hint = "a criterion is rated on a declared scale with `rating <scale> <level>`, e.g. `rating ob D*` (levels are written as declared in the `scale`)"
    word = _OB_WORD.match(e.text, start)
    if word is None or e.at_end:
        what = f"after `{scale}`" if scale else "here"
        return e.diagnostic("syntax-ob-rating", f"expected a level of a declared scale {what}", e.here(), hint)
    return e.diagnostic("syntax-ob-rating", f"`{word.group()}` is not a level of a declared scale", e.span(start, word.end()), hint)


def _check_per_year(e: _Error) -> Diagnostic | None:
    prev, token = e.prev, e.token
    if prev is not None and prev.type == "PER_YEAR" and e.adjacent(prev, token):
        start = prev.start_pos
    elif token is not None and str(token) == "per" and "PER_YEAR" in e.accepts:
        start = token.start_pos
    else:
        return None
    phrase = re.match(r"per\W*\w*", e.text[start:])
    end = start + len(phrase.group()) if phrase else start + 3
    return e.diagnostic(
        "syntax-per-year", f"write `per year`, not `{e.text[start:end]}`", e.span(start, end),
        "a fact with a value for each year reads `fact <name>: <type> per year { ... }`",
    )


def _check_date(e: _Error) -> Diagnostic | None:
    if e.at_end:
        return None
    if "DATE" in e.accepts:
        start = e.pos
    elif e.token is not None and e.token.type in ("SLASH", "MINUS"):
        start = e.token.start_pos
        while start > 0 and e.text[start - 1] in "0123456789/-.":
            start -= 1
    else:
        return None
    found = _DATE_LIKE.match(e.text, start)
    if found is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", found.group()):
        return None
    first, _, middle, last = found.groups()
    if len(first) <= 2 and len(last) == 4:
        hint = f"write {last}-{int(middle):02d}-{int(first):02d}: dates are written year-month-day"
    elif len(first) == 4:
        hint = f"write {first}-{int(middle):02d}-{int(last):02d}: dates are written YYYY-MM-DD"
    else:
        hint = "dates are written YYYY-MM-DD, e.g. 2024-09-01"
    return e.diagnostic(
        "syntax-date", f"`{found.group()}` is not a date in the form YYYY-MM-DD", e.span(start, found.end()), hint
    )


@functools.cache
def _example_states() -> tuple[tuple[str, object, str | None, frozenset[str]], ...]:
    """(label, parser state, offending token type, acceptable tokens) of each known mistake."""
    states = []
    for label, (_message, _hint, examples) in KNOWN_MISTAKES.items():
        for example in examples:
            try:
                get_parser().parse(example)
            except UnexpectedInput as err:
                e = _Error(err, example, "<example>")
                states.append((label, e.position, e.token.type if e.token else "$END", e.accepts))
    return tuple(states)


def _check_known_mistakes(e: _Error) -> Diagnostic | None:
    if isinstance(e.err, UnexpectedCharacters) or e.position is None:
        return None
    token_type = e.token.type if e.token else "$END"
    candidates = [(label, t) for label, pos, t, acc in _example_states() if pos == e.position and acc == e.accepts]
    if not candidates:
        return None
    label = next((label for label, t in candidates if t == token_type), candidates[0][0])
    message, hint, _ = KNOWN_MISTAKES[label]
    prev = str(e.prev) if e.prev is not None else "the name"
    return e.diagnostic(f"syntax-{label}", message.format(prev=prev), e.here(missing=True), hint)


def _form_hint(e: _Error) -> str | None:
    construct = e.construct()
    return _FORMS.get(construct) if construct else None


def _generic(e: _Error) -> Diagnostic:
    found = _token_text(e.token)
    words = _expected_words(e.accepts)
    expected = _describe_expected(e.accepts)
    prev = e.prev
    after = ""
    if prev is not None and prev.type in _fixed_strings():
        after = f" after `{prev}`"
    code = "syntax-eof" if e.at_end else "syntax"
    hint = None
    token = e.token
    if token is not None and token.type == "NAME":
        keywords = sorted(_fixed_strings()[n] for n in e.accepts if n in _keyword_terminals())
        close = difflib.get_close_matches(str(token), keywords, n=1, cutoff=0.7)
        if close:
            return e.diagnostic("syntax-misspelt", f"unexpected `{token}`", e.here(), f"did you mean `{close[0]}`?")
        if e.accepts == {"STRING"}:
            code = "syntax-unquoted-text"
            hint = _form_hint(e) or 'write text in double quotes: "..."'
    if e.accepts == {"STRING"} and prev is not None and prev.type in ("NAME", "DOTTED"):
        construct = e.construct()
        if construct in _TEXT_OF:
            return e.diagnostic(
                "syntax-missing-text",
                f"expected the {_TEXT_OF[construct]} of {construct.lower()} `{prev}` in double quotes, but found {found}",
                e.here(), _FORMS[construct],
            )
    if token is not None and token.type in _VALUE_START and "COMMA" in e.accepts and prev is not None \
            and token.line == prev.line:
        hint = "separate the items with `,`"
    blocks = e.open_blocks()
    if blocks and blocks[-1].kind == "record" and "RBRACE" in e.accepts:
        hint = hint or "a record reads `{<key>: <value>, <key>: <value>}`; close it with `}`"
    if words and len(words) <= 4:
        message = f"{expected}{after}, but found {found}"
        hint = hint or _form_hint(e)
        return e.diagnostic(code, message, e.here(missing=True), hint)
    message = "the file ends too early" if e.at_end else f"unexpected {found}{after}"
    if not hint and token is not None and token.type == "NAME" and not e.open_blocks() and not e.construct():
        hint = f"{expected}; a comment starts with `#`"
    return e.diagnostic(code, message, e.here(), hint or expected or None)


def _check_glued_word(e: _Error) -> Diagnostic | None:
    """``facts x`` at the top level reads as the keyword ``fact`` and a name
    ``s``: where no name may follow, a keyword also matches a longer word."""
    tokens = _flat_tokens(e.stack[-2:]) + ([e.token] if e.token is not None else [])
    for keyword, after in list(zip(tokens, tokens[1:]))[-2:]:
        if keyword.type in _keyword_terminals() and e.adjacent(keyword, after) and re.match(r"\w", str(after)):
            word = re.match(r"\w+", e.text[keyword.start_pos:]).group()
            return e.diagnostic(
                "syntax-misspelt", f"unexpected `{word}`", e.span(keyword.start_pos, keyword.start_pos + len(word)),
                f"did you mean `{keyword}`?",
            )
    return None


_CHECKS = (
    _check_character,
    _check_glued_word,
    _check_unclosed_block,
    _check_stray_brace,
    _check_dangling_operator,
    _check_clause_start,
    _check_misplaced_keyword,
    _check_operator,
    _check_ob_rating,
    _check_per_year,
    _check_date,
    _check_known_mistakes,
)


def _syntax_diagnostic(err: UnexpectedInput, text: str, filename: str) -> Diagnostic:
    """Explain a lark syntax error in plain words, pointing at the offending text."""
    e = _Error(err, text, filename)
    for check in _CHECKS:
        diagnostic = check(e)
        if diagnostic is not None:
            return diagnostic
    return _generic(e)


def _too_deep(filename: str, line: int, column: int) -> RuleSyntaxError:
    return RuleSyntaxError(
        Diagnostic(
            "error", "too-deep",
            f"this is nested too deeply or too long: more than {MAX_NESTING} levels",
            Span(filename, line, column, line, column + 1),
            "split the condition into several criteria, or name parts of it as criteria of their own",
        )
    )


_BRACKET_SCAN = re.compile(r'"(?:[^"\\\n]|\\[\s\S])*"?|#[^\n]*|[(\[{)\]}]')


def _check_brackets(text: str, filename: str) -> None:
    """Refuse brackets nested deeper than MAX_NESTING, before lark sees them
    (brackets make no tree nodes, so the tree check cannot see them).
    Strings and comments are skipped, as the grammar reads them."""
    depth = 0
    for match in _BRACKET_SCAN.finditer(text):
        at = match.start()
        ch = text[at]
        if ch in "([{":
            depth += 1
            if depth > MAX_NESTING:
                raise _too_deep(filename, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
        elif ch in ")]}":
            depth = max(0, depth - 1)


def _check_depth(tree: Tree, filename: str) -> None:
    """Refuse trees deeper than MAX_NESTING (iteratively: no recursion)."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_NESTING:
            meta = node.meta
            line, column = (meta.line, meta.column) if not meta.empty else (1, 1)
            raise _too_deep(filename, line, column)
        for child in node.children:
            if isinstance(child, Tree):
                stack.append((child, depth + 1))


def _too_large(size: int, filename: str) -> RuleSyntaxError:
    return RuleSyntaxError(
        Diagnostic(
            "error", "too-large",
            f"the rule file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
            Span(filename, 1, 1, 1, 1), "split the ruleset into several files in one folder",
        )
    )


def parse(text: str, filename: str = "<string>", *, tests: bool = True) -> RuleFile:
    """Parse rule-file text; raise :class:`RuleSyntaxError` on the first
    syntax error (a grammar error makes everything after it unreliable).

    With ``tests=False`` the rule tests are left out: they are blanked out of
    the text before parsing (see :func:`without_tests`), which is most of the
    work for a ruleset whose tests are as long as its rules.  If what is left
    does not parse, the whole text is parsed, so the error reported is the
    one a full parse finds."""
    if not tests:
        stripped = without_tests(text)
        if stripped is not None:
            try:
                tree, _ = _tree(stripped, filename, get_parser())
                return RuleFile(filename, tuple(i for i in _items(tree, filename) if not isinstance(i, RuleTest)))
            except RuleSyntaxError:
                pass
    tree, _ = _tree(text, filename, get_parser())
    items = _items(tree, filename)
    return RuleFile(filename, tuple(items if tests else (i for i in items if not isinstance(i, RuleTest))))


# A string ends at its closing quote or, unclosed, at the end of its line
# (the closing quote is optional, so a line of unclosed quotes is read once,
# not once from each quote).
_TEST_SCAN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|#[^\n]*|[{}]|(?<![\w.])test(?=\s*")')


def without_tests(text: str) -> str | None:
    """``text`` with every top-level ``test "..." { ... }`` block blanked
    out (only its line ends kept, and spaces for its last line, so every line
    and column after it stays where it was), or None when its braces do not
    balance.

    Strings and comments are skipped the way the grammar reads them.  The
    result is only used if it parses (see :func:`parse`)."""
    if "test" not in text:
        return text
    out: list[str] = []
    depth, start, last = 0, None, 0
    for match in _TEST_SCAN.finditer(text):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0 and start is not None:
                out.append(text[last:start])
                out.append(_blank(text[start:match.end()]))
                last, start = match.end(), None
        elif token == "test" and depth == 0 and start is None:
            start = match.start()
    if depth or start is not None:
        return None
    out.append(text[last:])
    return "".join(out)


def _blank(chunk: str) -> str:
    """As many line ends as ``chunk`` has, then as many spaces as its last
    line is long: what follows keeps its line and column."""
    lines = chunk.count("\n")
    return "\n" * lines + " " * (len(chunk) - chunk.rfind("\n") - 1) if lines else " " * len(chunk)


def _tree(text: str, filename: str, parser: Lark) -> tuple[Tree, str]:
    """The parse tree of ``text``, and the text it was read from (a
    byte-order mark turned into a space)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise _too_large(size, filename)
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # a byte-order mark (Notepad) is not content; keep the columns
    _check_brackets(text, filename)
    try:
        tree = parser.parse(text)
    except UnexpectedInput as err:
        raise RuleSyntaxError(_syntax_diagnostic(err, text, filename)) from None
    _check_depth(tree, filename)
    return tree, text


def _items(tree: Tree, filename: str) -> list:
    try:
        return ToModel(filename).transform(tree)
    except VisitError as err:
        if isinstance(err.orig_exc, TransformProblem):
            diagnostic = err.orig_exc.diagnostic
            if diagnostic.span is not None and not diagnostic.span.file:
                diagnostic = attrs.evolve(diagnostic, span=attrs.evolve(diagnostic.span, file=filename))
            raise RuleSyntaxError(diagnostic) from None
        raise


# ---------------------------------------------------------------- comments, for the formatter


@attrs.frozen
class Comment:
    """A ``# ...`` comment of a rule file."""

    text: str
    """From the ``#`` to the end of the line, trailing white space removed."""
    pos: int
    """Offset of the ``#`` in the text."""
    line: int
    column: int


@attrs.frozen
class Statement:
    """Where one statement of a rule file is: an item, a field (``cite``,
    ``tags``...), an outcome clause, a nested block.  ``kind`` is its grammar
    rule (``criterion``, ``when_clause``, ``test_given``...), or ``file`` for
    the whole file.  Offsets are into the parsed text, ``end`` exclusive.

    A block (a statement with ``{ ... }``) has the offset and line of its
    opening brace in ``brace`` and ``brace_line`` (its closing brace ends it),
    and the statements inside the braces, in source order, in ``children``.
    The head of a block (``criterion S1.2 "..."``, a parameter's type and
    default...) is not broken down.  For anything else ``brace`` is None.

    A test's ``given`` or ``with`` line has in ``parts`` the number of
    assignments written on it (the formatter keeps the lines as written)."""

    kind: str
    start: int
    end: int
    line: int
    end_line: int
    brace: int | None = None
    brace_line: int = 0
    children: tuple[Statement, ...] = ()
    parts: int = 0


@attrs.frozen
class CommentedSource:
    """What :func:`parse_with_comments` returns."""

    text: str
    """The text parsed (a byte-order mark turned into a space)."""
    rule_file: RuleFile
    """The model, as :func:`parse` gives it."""
    comments: tuple[Comment, ...]
    """Every comment, in source order."""
    outline: Statement
    """The statements of the file (kind ``file``), for placing the comments."""


def parse_with_comments(text: str, filename: str = "<string>") -> CommentedSource:
    """Parse like :func:`parse`, and also collect the comments and an outline
    of the statements (for the formatter, which puts the comments back).
    Loading a ruleset uses :func:`parse`, not this."""
    sink: list[Token] = []
    reset = _comment_sink.set(sink)
    try:
        tree, text = _tree(text, filename, get_comment_parser())
    finally:
        _comment_sink.reset(reset)
    rule_file = RuleFile(filename, tuple(_items(tree, filename)))
    comments, seen = [], set()
    for token in sink:
        if token.start_pos not in seen:  # defensive: a token is lexed once
            seen.add(token.start_pos)
            comments.append(Comment(str(token).rstrip(), token.start_pos, token.line, token.column))
    comments.sort(key=lambda c: c.pos)
    outline = Statement(
        "file", 0, len(text), 1, text.count("\n") + 1,
        children=tuple(_statement(item, text) for item in tree.children),
    )
    return CommentedSource(text, rule_file, tuple(comments), outline)


# Blocks, and how many children of their tree make up the head (the rest are
# the statements inside the braces); any other statement is a leaf.
_BLOCK_HEADS = {
    "ruleset_header": 1, "parameter": 3, "fact": 3, "section": 2, "standard": 2,
    "criterion": 2, "grade_block": 0, "grading": 1, "overall_block": 0, "test": 1,
    "dated_value_block": 2,
}


def _statement(tree: Tree, text: str) -> Statement:
    meta, kind = tree.meta, str(tree.data)
    heads = _BLOCK_HEADS.get(kind)
    if heads is None:
        parts = len(tree.children) if kind in ("test_given", "test_with") else 0
        return Statement(kind, meta.start_pos, meta.end_pos, meta.line, meta.end_line, parts=parts)
    # The opening brace is the first `{` after the head, with only white space
    # and comments in between.
    pos, line = meta.start_pos, meta.line
    for child in tree.children[:heads]:
        if isinstance(child, Token):
            pos, line = child.end_pos, child.end_line
        elif isinstance(child, Tree):
            pos, line = child.meta.end_pos, child.meta.end_line
    while text[pos] != "{":
        if text[pos] == "#":
            pos = text.index("\n", pos)
        if text[pos] == "\n":
            line += 1
        pos += 1
    return Statement(
        kind, meta.start_pos, meta.end_pos, meta.line, meta.end_line, pos, line,
        tuple(_statement(child, text) for child in tree.children[heads:]),
    )


def parse_file(path: str | Path) -> RuleFile:
    """Read and parse one rule file (UTF-8)."""
    from senrules.errors import RuleLoadError

    from senrules.inputs import InputRefused, read_text

    path = Path(path)
    try:
        text = read_text(path, what="rules", limit=MAX_FILE_BYTES)
    except InputRefused as err:
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            raise _too_large(path.stat().st_size, str(path)) from None
        raise RuleLoadError(err.message) from None
    return parse(text, str(path))
