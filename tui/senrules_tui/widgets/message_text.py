"""The assistant's Markdown, drawn as styled text for a message bubble.

The assistant writes a small part of Markdown: paragraphs, ``**bold**``,
``_italic_``, `` `code` ``, bulleted and numbered lists (nested by two
spaces), ``> `` quotations of source text, ``#`` headings and, in reports,
tables.  A list item or a quotation that wraps keeps its shape: the wrapped
lines start under the item's text, not at the margin (a hanging indent),
and a quotation's bar runs down every line of it (:class:`MessageContent`).  Textual's
``Markdown`` widget draws all of it but builds a widget per block and imports
a Markdown parser and a syntax highlighter, which cost about a sixth of a
second before the first question can be shown.  :func:`message_content`
turns everything but tables into one :class:`~textual.content.Content` for a
single ``Static``; a message with a table is drawn by Rich's Markdown, which
is imported only then.
"""

from __future__ import annotations

import re

from textual.content import Content

#: Styles of the inline marks; ``$`` names are the theme's colours, so both
#: the light and the dark theme read well.
STYLES = {
    "bold": "bold",
    "italic": "italic",
    "code": "$text-accent",
    "quote": "italic $text-muted",
    "heading": "bold underline",
}

_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_#\[\]()>|{}.!+-])"
    r"|`(?P<code>[^`]+)`"
    r"|\*\*(?P<bold>.+?)\*\*"
    r"|(?<![\w*\\])_(?P<italic>.+?)_(?![\w*])"
)
_TABLE = re.compile(r"^\s*\|.*\|\s*$", re.M)
_BULLET = re.compile(r"^(?P<indent>\s*)[-*+] (?P<text>.*)$")
_NUMBERED = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,9}[.)]) (?P<text>.*)$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*)$")
_QUOTE = re.compile(r"^>\s?(?P<text>.*)$")


def message_content(markdown: str):
    """What a bubble shows for ``markdown``: a Content, or for a message
    holding a table, a Rich Markdown renderable."""
    if _TABLE.search(markdown):
        from rich.markdown import Markdown

        return Markdown(markdown)
    lines = [_line(raw) for raw in markdown.strip("\n").splitlines()]
    if not lines:
        return Content("")
    joined = Content("\n").join(content for content, _ in lines)
    return MessageContent(joined.plain, joined.spans, joined.cell_length,
                          hangs=tuple(hang for _, hang in lines))


def _line(raw: str) -> tuple[Content, tuple[int, Content] | None]:
    """One source line drawn, and its hanging indent: how many cells of
    it are its mark, and what starts each wrapped line instead (None: a
    wrapped line starts at the margin)."""
    if m := _HEADING.match(raw):
        return inline(m["text"]).stylize(STYLES["heading"]), None
    if m := _QUOTE.match(raw):
        bar = Content.assemble(("\u258e ", "$text-muted"))
        return Content.assemble(bar, inline(m["text"]).stylize_before(STYLES["quote"])), (bar.cell_length, bar)
    if m := _BULLET.match(raw):
        depth = len(m["indent"].expandtabs(4)) // 2
        mark = "  " * depth + ("\u2022" if depth % 2 == 0 else "\u25e6") + " "
        return Content.assemble(mark, inline(m["text"])), (len(mark), Content(" " * len(mark)))
    if m := _NUMBERED.match(raw):
        depth = len(m["indent"].expandtabs(4)) // 2
        mark = "  " * depth + m["number"] + " "
        return Content.assemble(mark, inline(m["text"])), (len(mark), Content(" " * len(mark)))
    return inline(raw), None


class MessageContent(Content):
    """A message's text that wraps list items and quotations with a
    hanging indent.  Its text is the message's, line for line (so what is
    selected and copied is what was written); only where a line wraps
    differs from :class:`~textual.content.Content`: a line with a hang
    ``(cells, lead)`` wraps its text after the first ``cells`` cells at the
    width left beside them, and starts each wrapped line with ``lead``."""

    __slots__ = ("_hangs",)

    #: Narrower than this beside the mark, a line wraps at the margin as plain text would.
    MIN_TEXT_WIDTH = 12

    def __init__(self, text: str = "", spans=None, cell_length=None, *, hangs=()):
        super().__init__(text, spans, cell_length)
        self._hangs = tuple(hangs)

    def get_height(self, rules, width: int) -> int:
        get_rule = rules.get
        return len(self._wrap_and_format(
            width - get_rule("line_pad", 0) * 2, overflow=get_rule("text_overflow", "fold"),
            no_wrap=get_rule("text_wrap", "wrap") == "nowrap"))

    def _wrap_and_format(self, width, align="left", overflow="fold", no_wrap=False, line_pad=0, tab_size=8,
                         selection=None, selection_style=None, post_style=None, get_style=None, **rest):
        plain = Content._wrap_and_format
        options = dict(align=align, overflow=overflow, tab_size=tab_size, **rest)
        if get_style is not None:
            options["get_style"] = get_style
        if no_wrap or line_pad or not any(self._hangs):
            return plain(self, width, no_wrap=no_wrap, line_pad=line_pad, selection=selection,
                         selection_style=selection_style, post_style=post_style, **options)
        out = []
        for y, line in enumerate(self.split(allow_blank=True)):
            # what Content does to each line before wrapping it
            if post_style is not None:
                line = line.stylize(post_style)
            if selection_style is not None and selection is not None and (span := selection.get_span(y)) is not None:
                start, end = span
                line = line.stylize(selection_style, start, len(line.plain) if end == -1 else end)
            hang = self._hangs[y] if y < len(self._hangs) else None
            if hang is None or width - hang[0] < self.MIN_TEXT_WIDTH or line.cell_length <= width:
                wrapped = plain(line, width, **options)
            else:
                cells, lead = hang
                wrapped = plain(line[cells:], width - cells, **options)
                for i, formatted in enumerate(wrapped):
                    # the mark, or the lead, before the text; x stays the place in the line of each cell
                    formatted.content = (line[:cells] if i == 0 else lead) + formatted.content
                    formatted.width = width
            for formatted in wrapped:
                formatted.y = y
            out.extend(wrapped)
        return out


def inline(text: str, style: str = "") -> Content:
    """One line's inline marks as styled text (bold and italic may hold code)."""
    parts: list[Content] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            parts.append(_plain(text[pos:m.start()], style))
        if m["escaped"] is not None:
            parts.append(_plain(m["escaped"], style))
        elif m["code"] is not None:
            parts.append(_plain(m["code"], _join(style, STYLES["code"])))
        elif m["bold"] is not None:
            parts.append(inline(m["bold"], _join(style, STYLES["bold"])))
        else:
            parts.append(inline(m["italic"], _join(style, STYLES["italic"])))
        pos = m.end()
    if pos < len(text):
        parts.append(_plain(text[pos:], style))
    return Content("").join(parts)


def _plain(text: str, style: str) -> Content:
    content = Content(text)
    return content.stylize(style) if style else content


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip()
