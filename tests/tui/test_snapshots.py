"""Snapshots of the assistant's main screens (pytest-textual-snapshot).

Each snapshot is an SVG in ``__snapshots__/``; review every update by eye
(``pytest tests/tui/test_snapshots.py --snapshot-update``, then open the
SVGs).  The session file is a relative path in a temporary working folder,
so nothing that changes between runs is on screen.
"""

from __future__ import annotations

import pytest

from tui_helpers import SVC, open_report, settle

pytest.importorskip("pytest_textual_snapshot")

from senrules_tui.app import SenrulesApp  # noqa: E402
from senrules_tui.session import Options  # noqa: E402

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def _steady(monkeypatch, tmp_path):
    from textual.widgets import Input

    monkeypatch.setattr(Input.__dict__["cursor_blink"], "_default", False)
    # no animated scrolling (the framework panel scrolls to the current
    # standard): a screenshot taken mid-scroll would differ run to run
    monkeypatch.setattr("textual.constants.TEXTUAL_ANIMATIONS", "none")
    monkeypatch.chdir(tmp_path)


def make_app(**kw) -> SenrulesApp:
    options = Options(ruleset="example", data=str(SVC), date="2024-09-30")
    return SenrulesApp(options, db="session.sqlite", **kw)


def say(*lines):
    async def run(pilot):
        await settle(pilot)
        from senrules_tui.widgets.prompt_input import PromptInput

        for line in lines:
            prompt = pilot.app.screen.query_one(PromptInput)
            prompt.focus()
            prompt.value = line
            await pilot.press("enter")
            await settle(pilot)

    return run


def test_chat_first_question(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=say())


def test_chat_says_back_an_ambiguous_answer(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=say("yes - see the tracker", "termly"))


def test_chat_why(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=say("/why"))


def test_chat_light_theme(snap_compare):
    async def run(pilot):
        await say("no")(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run)


def test_report_action_plan(snap_compare):
    async def run(pilot):
        await say("no", "/goto S11", "no")(pilot)
        await open_report(pilot, "tab-plan")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run)


def test_report_trends(snap_compare):
    async def run(pilot):
        await settle(pilot)
        await open_report(pilot, "tab-trends")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run)


def test_help(snap_compare):
    async def run(pilot):
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run)


def test_a_session_that_cannot_be_opened(snap_compare, tmp_path):
    (tmp_path / "broken.sqlite").write_bytes(b"not a database")
    app = SenrulesApp(Options(), db="broken.sqlite", resume=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=say())


SMALL = (80, 24)


def test_small_terminal_first_question(snap_compare):
    """At 80x24 the question, the quick replies (Why? included), the input
    line, the progress and the footer are all on screen."""
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=say())


def test_wide_terminal_group_card(snap_compare):
    """A group's card on a wide screen: its title, screening question and numbered questions."""
    options = Options(ruleset="dcsf-2008", data=None, date="2024-09-30")
    app = SenrulesApp(options, db="session.sqlite")
    assert snap_compare(app, terminal_size=(160, 48), run_before=say("/goto S11"))


WIDE = (200, 50)


def test_wide_terminal_bubbles_have_a_maximum_width(snap_compare):
    """At 200 columns a message's lines stop at about 96 characters (the
    bubble's max-width in app.tcss), the person's bubbles ending where the
    assistant's do."""
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=say("yes - see the tracker", "/why"))


@pytest.mark.asyncio
async def test_bubbles_are_at_most_100_cells_wide_on_a_wide_screen():
    from senrules_tui.widgets.transcript import MessageBubble

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await say("yes - see the tracker", "/why")(pilot)
        bubbles = list(app.screen.query(MessageBubble))
        assert len(bubbles) >= 5
        assert max(b.outer_size.width for b in bubbles) == 100
        user = [b for b in bubbles if b.role == "user"]
        assert {b.region.right for b in user} == {max(b.region.right for b in bubbles if b.role == "assistant")}
