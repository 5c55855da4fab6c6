"""Errors and diagnostics: where something is wrong, what, and how to fix it.

A :class:`Diagnostic` is one finding about a rule file (a syntax error, an
undefined fact, an aggregation with a gap).  :func:`render` prints it the way
Catala, cel-python and EQL do: one plain sentence, then ``file:line:column``,
the source line and a caret under the offending text, then an optional hint.

Exceptions form one shallow family under :class:`SenrulesError`; the command
line turns any of them into a one-line message and exit code 2, never a
traceback.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Span:
    """A region of a source file (1-based lines and columns, end exclusive)."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def __reduce__(self):
        # unpickled by __init__, about twice as fast as attrs' generic
        # __setstate__: a cached ruleset holds thousands of spans
        return Span, (self.file, self.line, self.column, self.end_line, self.end_column)


@attrs.frozen
class Diagnostic:
    """One finding: ``severity`` is "error" or "warning"; ``code`` is a short
    stable identifier (e.g. ``undefined-name``) for tests and suppression."""

    severity: str
    code: str
    message: str
    span: Span | None = None
    hint: str | None = None


class SenrulesError(Exception):
    """Base of every error senrules raises on purpose."""

    title = "error"

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


class RuleSyntaxError(SenrulesError):
    """A rule file does not follow the grammar."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message, hint=diagnostic.hint)
        self.diagnostics = (diagnostic,)


class RuleCheckError(SenrulesError):
    """A rule file parsed but failed its checks; carries every error found."""

    def __init__(self, diagnostics):
        diagnostics = tuple(diagnostics)
        first = diagnostics[0]
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        where = f"{first.span}: " if first.span else ""
        super().__init__(f"{where}{first.message}{more}", hint=first.hint)
        self.diagnostics = diagnostics


class RuleLoadError(SenrulesError):
    """A rule file or ruleset could not be found or read."""


class InputError(SenrulesError):
    """A facts or parameters file, or a value in it, is not acceptable."""


class EvaluationError(SenrulesError):
    """Evaluation was asked for something the ruleset does not have."""


MAX_SHOWN = 160
"""Source lines longer than this are shown as a window around the caret."""


def render(diagnostic: Diagnostic, source: str | None = None) -> str:
    """Render a diagnostic with location, source line, underline and hint.

    ``source`` is the text of the file the span points into; without it the
    source line is left out.
    """
    lines = [f"{diagnostic.severity}: {diagnostic.message}"]
    span = diagnostic.span
    if span is not None:
        lines.append(f"{' ' * len(str(span.line))}--> {span}")
        # lark counts lines at "\n" only, so split the same way (not splitlines()).
        text_lines = source.split("\n") if source is not None else []
        if 1 <= span.line <= len(text_lines):
            raw = text_lines[span.line - 1].rstrip("\r")
            gutter = " " * len(str(span.line))
            width = (
                span.end_column - span.column
                if span.end_line == span.line and span.end_column > span.column
                else 1
            )
            width = max(1, min(width, len(raw) - span.column + 1))
            # Expand tabs in the line and measure the caret's offset in the
            # same expanded text, so the caret stays under the token.
            before = raw[: span.column - 1].expandtabs(4)
            token = raw[: span.column - 1 + width].expandtabs(4)[len(before):]
            shown = raw.expandtabs(4)
            if len(shown) > MAX_SHOWN:  # a very long line: show a window around the caret
                start = max(0, len(before) - MAX_SHOWN // 2)
                shown = ("..." if start else "") + shown[start:start + MAX_SHOWN] + "..."
                before = ("   " if start else "") + before[start:]
                token = token[:MAX_SHOWN]
            lines.append(f"{gutter} |")
            lines.append(f"{span.line} | {shown}")
            lines.append(f"{gutter} | {' ' * len(before)}{'^' * max(1, len(token))}")
    if diagnostic.hint:
        lines.append(f"  = hint: {diagnostic.hint}")
    return "\n".join(lines)
