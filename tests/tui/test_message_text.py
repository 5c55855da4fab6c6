"""The assistant's Markdown as drawn in a bubble: marks become styles and
disappear from the text; lists, quotations and headings keep their shape;
a table is left to Rich's Markdown."""

from __future__ import annotations

import pytest

pytest.importorskip("textual")

from rich.markdown import Markdown  # noqa: E402
from textual.content import Content  # noqa: E402

from senrules_tui.widgets.message_text import STYLES, message_content  # noqa: E402


def styles_of(content: Content, word: str) -> set[str]:
    start = content.plain.index(word)
    return {str(s.style) for s in content.spans if s.start <= start < s.end}


def test_inline_marks_become_styles():
    c = message_content("Question 1 · **S1 Progress** and _for S1.1_ about `programmes_monitored`.")
    assert c.plain == "Question 1 · S1 Progress and for S1.1 about programmes_monitored."
    assert styles_of(c, "Progress") == {STYLES["bold"]}
    assert styles_of(c, "S1.1") == {STYLES["italic"]}
    assert styles_of(c, "programmes_monitored") == {STYLES["code"]}


def test_code_inside_bold_is_both():
    c = message_content("**Changed: `S1.1` is met**")
    assert c.plain == "Changed: S1.1 is met"
    assert styles_of(c, "S1.1") == {f"{STYLES['bold']} {STYLES['code']}"}


def test_a_persons_escaped_words_show_as_typed():
    # chat.py escapes what the person typed; the escapes must not show
    assert message_content(r"see \*the\* file snake\_case \#3").plain == "see *the* file snake_case #3"


def test_underscores_inside_words_are_not_italic():
    c = message_content("cyp_views_acted_on and plan_reviewed_on")
    assert c.plain == "cyp_views_acted_on and plan_reviewed_on"
    assert not c.spans


def test_lists_quotations_and_headings_keep_their_shape():
    c = message_content("Why:\n- **S1.1**: open\n  - the rule: `a`\n> Source text\n## Grades\n\nLast.")
    assert c.plain.splitlines() == ["Why:", "\u2022 S1.1: open", "  \u25e6 the rule: a", "\u258e Source text", "Grades", "", "Last."]
    assert styles_of(c, "Grades") == {STYLES["heading"]}


def test_a_table_is_drawn_by_rich_markdown():
    assert isinstance(message_content("| Standard | Grade |\n|---|---|\n| S1 | good |"), Markdown)
