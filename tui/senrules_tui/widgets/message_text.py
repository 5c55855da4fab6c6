"""The assistant's Markdown, drawn as styled text for a message bubble.

The assistant writes a small part of Markdown: paragraphs, ``**bold**``,
``_italic_``, `` `code` ``, bulleted lists (nested by two spaces), ``> ``
quotations of source text, ``#`` headings and, in reports, tables.  Textual's
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
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*)$")
_QUOTE = re.compile(r"^>\s?(?P<text>.*)$")


def message_content(markdown: str):
    """What a bubble shows for ``markdown``: a Content, or for a message
    holding a table, a Rich Markdown renderable."""
    if _TABLE.search(markdown):
        from rich.markdown import Markdown

        return Markdown(markdown)
    lines = [_line(raw) for raw in markdown.strip("\n").splitlines()]
    return Content("\n").join(lines) if lines else Content("")


def _line(raw: str) -> Content:
    if m := _HEADING.match(raw):
        return inline(m["text"]).stylize(STYLES["heading"])
    if m := _QUOTE.match(raw):
        return Content.assemble(("\u258e ", "$text-muted"), inline(m["text"]).stylize_before(STYLES["quote"]))
    if m := _BULLET.match(raw):
        depth = len(m["indent"].expandtabs(4)) // 2
        mark = "\u2022" if depth % 2 == 0 else "\u25e6"
        return Content.assemble("  " * depth + mark + " ", inline(m["text"]))
    return inline(raw)


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
