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


# ------------------------------------------------------------------ hanging indents

LISTS = ("Why I ask:\n"
         "- **S1.1**: “Programmes and interventions are regularly monitored.” is still open\n"
         "  - the rule: met when `programmes_monitored and monitoring_interval <= 13`\n"
         "1. Talk with the parents about why your views differ, and agree what would help\n"
         "> Programmes and interventions are regularly monitored and evaluated\n"
         "A paragraph that wraps at the margin, as a paragraph should, having no mark.")


def test_a_wrapped_list_item_starts_under_its_text():
    lines = [c.plain for c in message_content(LISTS).wrap(34)]
    assert lines == [
        "Why I ask:",
        "• S1.1: “Programmes and",
        "  interventions are regularly",
        "  monitored.” is still open",
        "  ◦ the rule: met when",
        "    programmes_monitored and",
        "    monitoring_interval <= 13",
        "1. Talk with the parents about why",
        "   your views differ, and agree",
        "   what would help",
        "▎ Programmes and interventions are",
        "▎ regularly monitored and",
        "▎ evaluated",
        "A paragraph that wraps at the",
        "margin, as a paragraph should,",
        "having no mark.",
    ]


def test_the_hanging_indent_keeps_the_text_and_its_styles():
    c = message_content(LISTS)
    # what is selected and copied is the message as written, one line per item
    assert c.plain.splitlines()[1] == "• S1.1: “Programmes and interventions are regularly monitored.” is still open"
    wrapped = message_content(LISTS).wrap(34)
    assert styles_of(wrapped[5], "programmes_monitored") == {STYLES["code"]}
    assert styles_of(wrapped[1], "S1.1") == {STYLES["bold"]}


def test_a_very_narrow_bubble_wraps_at_the_margin_rather_than_a_column_of_words():
    lines = [c.plain for c in message_content("      - deep item with several words in it").wrap(16)]
    assert all(len(line) <= 16 for line in lines)
    assert "".join(lines).replace(" ", "") == "◦deepitemwithseveralwordsinit"  # nothing lost


@pytest.mark.asyncio
async def test_a_bubble_draws_its_list_with_hanging_indents():
    """What the screen draws (the strips of a bubble), not only the wrapping."""
    from textual.app import App

    from senrules_tui.widgets.transcript import MessageBubble

    class One(App):
        def compose(self):
            yield MessageBubble(LISTS)

    app = One()
    async with app.run_test(size=(40, 24)) as pilot:
        await pilot.pause()
        bubble = app.query_one(MessageBubble)
        region = bubble.content_region
        drawn = [strip.text for strip in bubble.render_lines(region.reset_offset)]
        inner = region.x - bubble.region.x, region.y - bubble.region.y  # the border and padding before the text
        shown = [line[inner[0]:inner[0] + region.width].rstrip() for line in drawn[inner[1]:inner[1] + region.height]]
        assert shown == [c.plain for c in message_content(LISTS).wrap(region.width)]
        assert shown[1:4] == ["• S1.1: “Programmes and interventions", "  are regularly monitored.” is still", "  open"]


def test_snapshot_lists_in_a_narrow_window(snap_compare):
    pytest.importorskip("pytest_textual_snapshot")
    from textual.app import App

    from senrules_tui.widgets.transcript import MessageBubble

    class One(App):
        CSS = "MessageBubble { border: round $primary; padding: 0 1; }"

        def compose(self):
            yield MessageBubble(LISTS)

    assert snap_compare(One(), terminal_size=(44, 20))


@pytest.mark.asyncio
async def test_selecting_text_on_a_wrapped_line_highlights_and_copies_those_words():
    """The hanging indent adds cells that are not in the text: a selection
    (mouse, then Ctrl+C) still highlights and copies the words chosen."""
    from textual.app import App
    from textual.geometry import Offset
    from textual.selection import Selection

    from senrules_tui.widgets.transcript import MessageBubble

    source = "Why:\n- **S1.1**: “Programmes and interventions are regularly monitored.” is still open"

    class One(App):
        def compose(self):
            yield MessageBubble(source)

    app = One()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        bubble = app.query_one(MessageBubble)
        line = bubble.visual.plain.splitlines()[1]
        start = line.index("regularly")
        app.screen.selections = {bubble: Selection(Offset(start, 1), Offset(start + len("regularly monitored"), 1))}
        await pilot.pause()
        assert app.screen.get_selected_text() == "regularly monitored"
        strips = bubble.render_lines(bubble.region.reset_offset)
        wrapped = next(s for s in strips if "regularly monitored" in s.text)
        assert wrapped.text.startswith("  are regularly")  # the continuation, under the text
        plain_bg = next(seg.style.bgcolor for seg in wrapped if seg.text.strip().startswith("are"))
        chosen = [seg.text for seg in wrapped if seg.text.strip() and seg.style.bgcolor != plain_bg]
        assert chosen == ["regularly monitored"]
