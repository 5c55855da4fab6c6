"""Read rule-file text into a :class:`~senrules.model.RuleFile`.

The grammar lives in ``grammars/rules.lark`` (shipped inside the package as
``senrules/grammars/rules.lark``).  It is parsed with lark's LALR parser, built
once per process and cached on disk by lark.  Lark's exceptions never leave
this module: a syntax error becomes a :class:`~senrules.errors.RuleSyntaxError`
whose message is matched against a table of known mistakes
(:data:`KNOWN_MISTAKES`, via ``UnexpectedInput.match_examples``) or else says
in words what was expected.

Rule files are data.  They are never evaluated as Python, and a hostile file
cannot exhaust memory or the stack: files larger than :data:`MAX_FILE_BYTES`
and expressions nested deeper than :data:`MAX_NESTING` are refused.
"""

from __future__ import annotations

import difflib
import functools
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from senrules.errors import Diagnostic, RuleSyntaxError, Span
from senrules.model import RuleFile
from senrules.transform import ToModel, TransformProblem

MAX_FILE_BYTES = 2_000_000
"""A rule file larger than this (about 25 times the whole DCSF ruleset) is refused."""

MAX_NESTING = 64
"""Deepest nesting of expressions and blocks a rule file may use."""


def grammar_text() -> str:
    """The grammar, from the installed package or, in a source checkout, from
    the top-level ``grammars/`` folder."""
    packaged = resources.files("senrules") / "grammars" / "rules.lark"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "grammars" / "rules.lark").read_text(
        encoding="utf-8"
    )


@functools.cache
def get_parser() -> Lark:
    """The LALR parser, built once per process and cached on disk by lark."""
    return Lark(
        grammar_text(),
        parser="lalr",
        propagate_positions=True,
        maybe_placeholders=True,
        cache=True,
    )


_C = 'section a "b" { standard S "t" { criterion X "t" '

# Known mistakes: label -> (message, hint, examples that raise at the same parser state).
KNOWN_MISTAKES: dict[str, tuple[str, str, list[str]]] = {
    "missing-when": (
        "expected `when` or `otherwise` after the outcome name",
        "an outcome reads `met when <condition>` or `not_met otherwise`",
        [
            _C + '{ met x }',
            _C + '{ met x and y }',
            _C + '{ met (x) }',
            _C + '{ met "x" }',
            'grading g { good x }',
            'overall { good x }',
        ],
    ),
    "single-equals": (
        "`=` is not a comparison here",
        "to compare, write `==`; `=` only gives values in a test's `given` and `with`",
        [
            _C + '{ met when x = 1 }',
            _C + '{ met when x > 1 and y = 2 }',
            _C + '{ met when (x = 1) }',
            'grading g { good when x = 1 }',
        ],
    ),
    "otherwise-condition": (
        "`otherwise` takes no condition",
        "write the condition with `when`, or leave `otherwise` on its own as the last outcome",
        [
            _C + '{ met otherwise x }',
            _C + '{ met otherwise when x }',
            'grading g { good otherwise x }',
        ],
    ),
    "unclosed-block": (
        "the file ends before a block is closed",
        "add the missing `}`",
        [
            'section a "b" {',
            'section a "b" { standard S1 "t" {',
            'section a "b" { standard S1 "t" { criterion C "t" {',
            'fact x: boolean {',
            'ruleset r {',
        ],
    ),
    "missing-type": (
        "expected a type after the name and `:`",
        "types are boolean, integer, number, percentage, date, text, duration, choice(...) and list of {...}",
        [
            "fact x {",
            "fact x: {",
            "parameter p = 3 {",
        ],
    ),
    "missing-default": (
        "a parameter needs a default value",
        "write `parameter name: type = value { ... }`",
        [
            "parameter p: percentage {",
        ],
    ),
    "unquoted-text": (
        "expected quoted text",
        'titles, criterion texts, questions and help are written in double quotes: "..."',
        [
            "section a b",
            'section a "b" { standard S1 t',
            'section a "b" { standard S1 "t" { criterion C t',
            "fact x: boolean { question t",
            "ruleset r { title t",
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
    "LBRACE": "`{`",
    "RBRACE": "`}`",
    "LPAR": "`(`",
    "RPAR": "`)`",
    "LSQB": "`[`",
    "RSQB": "`]`",
    "COMMA": "`,`",
    "COLON": "`:`",
    "EQUAL": "`=`",
    "COMP_OP": "a comparison (==, !=, <, <=, >, >=)",
    "DURATION_UNIT": "a unit of time (days, weeks, months, years)",
    "OB_RATING": "an OB rating (D*, D, I or N/A)",
    "NODE_KIND": "criteria, standards or sections",
    "PER_YEAR": "`per year`",
    "PLUS": "`+`",
    "MINUS": "`-`",
    "STAR": "`*`",
    "SLASH": "`/`",
    "DOT": "`.`",
    "__ANON_0": "`..`",
    "$END": "the end of the file",
}


def _describe_expected(expected) -> str:
    words = []
    for name in sorted(expected):
        if name in _TERMINAL_WORDS:
            words.append(_TERMINAL_WORDS[name])
        elif name.isupper() and not name.startswith("__"):
            words.append(f"`{name.lower()}`")
    words = sorted(set(words))
    if not words:
        return ""
    if len(words) > 8:
        words = words[:8] + ["..."]
    return "expected " + (", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0])


def _token_text(token) -> str:
    if getattr(token, "type", None) == "$END":
        return "the end of the file"
    return f"`{token}`"


def _syntax_diagnostic(err: UnexpectedInput, text: str, filename: str) -> Diagnostic:
    line = getattr(err, "line", None) or 1
    column = getattr(err, "column", None) or 1
    width = 1
    token = getattr(err, "token", None)
    if isinstance(token, Token) and token.type != "$END" and token.end_column:
        width = max(1, token.end_column - token.column)
    if isinstance(err, UnexpectedEOF) or (isinstance(token, Token) and token.type == "$END"):
        lines = text.splitlines() or [""]
        line = len(lines)
        column = len(lines[-1]) + 1
    span = Span(filename, line, column, line, column + width)

    label = None
    if isinstance(err, (UnexpectedToken, UnexpectedEOF)):
        try:
            label = err.match_examples(
                get_parser().parse,
                {k: v[2] for k, v in KNOWN_MISTAKES.items()},
                use_accepts=True,
            )
        except Exception:  # noqa: BLE001 - matching is best effort
            label = None
    at_end = isinstance(err, UnexpectedEOF) or (isinstance(token, Token) and token.type == "$END")
    if label == "unclosed-block" and not at_end:
        label = None
    if label is not None:
        message, hint, _ = KNOWN_MISTAKES[label]
        return Diagnostic("error", f"syntax-{label}", message, span, hint)

    if isinstance(err, UnexpectedCharacters):
        char = text[err.pos_in_stream] if 0 <= err.pos_in_stream < len(text) else "?"
        hint = None
        if char == '"':
            hint = "a quoted text must end on the same line with a closing `\"`"
        elif char == "'":
            hint = 'texts use double quotes: "..."'
        return Diagnostic(
            "error", "syntax-character", f"unexpected character `{char}`", span,
            hint or (_describe_expected(err.allowed) or None),
        )
    expected = getattr(err, "expected", None) or getattr(err, "accepts", None) or set()
    if at_end:
        return Diagnostic(
            "error", "syntax-eof", "the file ends too early", span, _describe_expected(expected) or None
        )
    found = _token_text(token) if token is not None else "the end of the file"
    hint = _describe_expected(expected) or None
    keywords = [n.lower() for n in expected if n.isalpha() and n.isupper() and n not in _TERMINAL_WORDS]
    close = difflib.get_close_matches(str(token), keywords, n=1) if token is not None else []
    if close:
        hint = f"did you mean `{close[0]}`?"
    return Diagnostic("error", "syntax", f"unexpected {found}", span, hint)


def _check_depth(tree: Tree, filename: str) -> None:
    """Refuse trees nested deeper than MAX_NESTING (iteratively: no recursion)."""
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_NESTING:
            meta = node.meta
            span = Span(filename, meta.line, meta.column, meta.line, meta.column + 1) if not meta.empty else None
            raise RuleSyntaxError(
                Diagnostic(
                    "error", "too-deep",
                    f"this expression is nested more than {MAX_NESTING} levels deep",
                    span, "split it into several criteria or simplify it",
                )
            )
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


def parse(text: str, filename: str = "<string>") -> RuleFile:
    """Parse rule-file text; raise :class:`RuleSyntaxError` on the first
    syntax error (a grammar error makes everything after it unreliable)."""
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise _too_large(size, filename)
    try:
        tree = get_parser().parse(text)
    except UnexpectedInput as err:
        raise RuleSyntaxError(_syntax_diagnostic(err, text, filename)) from None
    _check_depth(tree, filename)
    try:
        items = ToModel(filename).transform(tree)
    except VisitError as err:
        if isinstance(err.orig_exc, TransformProblem):
            raise RuleSyntaxError(err.orig_exc.diagnostic) from None
        raise
    return RuleFile(filename, tuple(items))


def parse_file(path: str | Path) -> RuleFile:
    """Read and parse one rule file (UTF-8)."""
    from senrules.errors import RuleLoadError

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(size, str(path))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleLoadError(f"{path}: no such rule file") from None
    except UnicodeDecodeError as err:
        raise RuleLoadError(f"{path}: not a UTF-8 text file ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise RuleLoadError(f"{path}: cannot read ({err.strerror})") from None
    return parse(text, str(path))
