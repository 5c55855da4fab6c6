"""The defects found when a service lead tried the assistant (issue 16, "Also
seen"), each with the behaviour that fixes it."""

from __future__ import annotations

import re

import pytest

from tui_helpers import ROOT, SVC, run_cli, settle, say

pytest.importorskip("textual")

from senrules_tui.app import ProposalApp, SenrulesApp  # noqa: E402
from senrules_tui.session import Options  # noqa: E402
from senrules_tui.widgets.framework_tree import PALETTE, FrameworkTree, verdict_style  # noqa: E402
from senrules_tui.widgets.prompt_input import PromptInput  # noqa: E402
from senrules_tui.widgets.transcript import MessageBubble, Transcript  # noqa: E402

SIZE = (120, 40)
SMALL = (80, 24)


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    from textual.widgets import Input

    monkeypatch.setattr(Input.__dict__["cursor_blink"], "_default", False)


def app_for(db, **kw):
    return SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db=db, **kw)


def sources(app) -> list[str]:
    return [b.source for b in app.screen.query(MessageBubble)]


# ------------------------------------------------------------------ resuming and listing

def test_the_opening_names_the_db_file_in_the_command_that_continues(tmp_path):
    db = tmp_path / "elsewhere" / "mine.sqlite"
    db.parent.mkdir()
    r = run_cli("assess", "--plain", "--ruleset", "example", "--date", "2024-09-30", "--db", str(db), input="yes\n")
    assert r.returncode == 0, r.stderr
    assert f"senrules assess --resume --db {db} continues" in r.stdout
    assert "senrules assess --resume continues" not in r.stdout


def test_sessions_lists_a_session_kept_with_db(tmp_path):
    db = tmp_path / "elsewhere" / "mine.sqlite"
    db.parent.mkdir()
    assert run_cli("assess", "--plain", "--ruleset", "example", "--date", "2024-09-30", "--db", str(db), input="yes\n").returncode == 0
    listed = run_cli("assess", "--sessions")
    assert listed.returncode == 0
    assert f"    senrules assess --resume --db {db}" in listed.stdout.splitlines()
    other = tmp_path / "other.sqlite"  # named on the command line: listed even if never noted
    assert run_cli("assess", "--plain", "--ruleset", "example", "--date", "2024-09-30", "--db", str(other), input="no\n").returncode == 0
    assert f"    senrules assess --resume --db {other}" in run_cli("assess", "--sessions", "--db", str(other)).stdout.splitlines()


@pytest.mark.asyncio
async def test_quitting_the_full_screen_says_how_to_continue(tmp_path):
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "yes")
        await pilot.press("ctrl+q")
    assert app.farewell == f"Saved (1 answer). Continue later with: senrules assess --resume --db {db}"


@pytest.mark.asyncio
async def test_quitting_before_any_answer_says_nothing_was_written(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
    assert app.farewell == "Nothing was answered, so no session file was written."


@pytest.mark.asyncio
async def test_quitting_after_editing_the_plan_before_any_answer_says_what_was_saved(tmp_path):
    """A plan edit writes the session file, but it is no answer and no skip:
    leaving says the edits are saved, and claims nothing else."""
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "/plan edit 1 who = Team leader")
        await pilot.press("ctrl+q")
    assert app.farewell == ("Nothing was answered; your edits to the action plan are saved. "
                            f"Continue later with: senrules assess --resume --db {db}")


# ------------------------------------------------------------------ data folders

def test_a_missing_data_folder_is_one_line_before_any_full_screen(tmp_path):
    r = run_cli("assess", "--data", str(tmp_path / "nowhere"))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("senrules: error: ") and "nowhere" in lines[0]
    assert "needs a terminal" not in r.stderr  # said before the full screen is even considered


def test_an_empty_data_folder_is_said_in_plain_words(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run_cli("assess", "--plain", "--ruleset", "example", "--date", "2024-09-30", "--data", str(empty),
                "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode == 0, r.stderr
    assert "I found no evidence in" in r.stdout and "every fact comes from your answers" in r.stdout
    assert "0 values for 0 facts" not in r.stdout and "(): ." not in r.stdout


# ------------------------------------------------------------------ the question after an aside

@pytest.mark.parametrize("command", ["/why", "/evidence", "/help", "/report"])
def test_the_question_is_shown_again_after_an_aside(session_factory, command):
    s = session_factory(data=SVC)
    s.opening()
    question = s.rs.facts[s.current.fact].question
    replies = s.handle(command)
    assert replies[-1].kind == "question" and question in replies[-1].text


# ------------------------------------------------------------------ keys

@pytest.mark.asyncio
async def test_the_transcript_scrolls_from_the_keyboard(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await say(pilot, "/evidence")
        transcript = app.screen.query_one(Transcript)
        bottom = transcript.scroll_y
        assert app.screen.query_one(PromptInput).has_focus
        await pilot.press("pageup")
        await pilot.pause()
        assert transcript.scroll_y < bottom
        await pilot.press("pagedown")
        await pilot.pause()
        assert transcript.scroll_y > bottom - transcript.size.height


@pytest.mark.asyncio
async def test_tab_reaches_the_quick_replies_and_tab_enter_never_jumps(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "quick-0"  # Yes
        for _ in range(12):  # round the whole chain: the tree is reached with F5 only
            await pilot.press("tab")
            assert not isinstance(app.focused, FrameworkTree)
        for _ in range(12):
            await pilot.press("shift+tab")
            assert not isinstance(app.focused, FrameworkTree)
        for tabs in range(1, 9):  # Tab(s) then Enter from the input line never jumps to a standard
            app.screen.query_one(PromptInput).focus()
            await pilot.press(*["tab"] * tabs)
            if isinstance(app.focused, FrameworkTree):
                await pilot.press("enter")
                await settle(pilot)
        assert not any(src.startswith("/goto") for src in sources(app))
        assert not any(src.startswith("Now \u201c") for src in sources(app))  # /goto's "Now “…” (S6): 4 questions."
        await pilot.press("f5")
        assert isinstance(app.focused, FrameworkTree)


@pytest.mark.asyncio
async def test_ctrl_a_selects_the_whole_cell_in_the_plan_editor(tmp_path):
    from senrules_tui.screens.report import CellInput, EditCellScreen

    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(EditCellScreen("Who needs to be involved?", "Service leader"))
        await pilot.pause()
        cell = app.screen.query_one(CellInput)
        await pilot.press("ctrl+a")
        assert cell.selected_text == "Service leader"
        await pilot.press("T", "e", "a", "m")
        assert cell.value == "Team"


# ------------------------------------------------------------------ contrast

def _luminance(colour) -> float:
    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a, b) -> float:
    """The WCAG 2 contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.asyncio
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_verdict_colours_read_at_4_5_to_1_in_both_themes(tmp_path, theme):
    from rich.style import Style
    from textual.color import Color

    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = theme
        await pilot.pause()
        tree = app.screen.query_one(FrameworkTree)
        background = Color.parse(app.theme_variables["surface"])
        assert tree.styles.background.rgb == background.rgb  # the panel the verdicts are drawn on
        dark = app.current_theme.dark
        for verdict in ("outstanding", "good", "met", "satisfactory", "partly_met", "inadequate", "not_met", "unknown", "no outcome"):
            colour = Style.parse(verdict_style(verdict, dark)).color.triplet
            ratio = contrast(Color(*colour), background)
            assert ratio >= 4.5, f"{verdict} in {theme}: {ratio:.2f}:1"
        # and the tree draws with the theme's palette
        labels = [str(n.label) for n in tree.root.children]
        assert labels and PALETTE["dark" if dark else "light"]


# ------------------------------------------------------------------ small screens

@pytest.mark.asyncio
async def test_at_80x24_why_the_footer_and_the_progress_are_on_screen(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await say(pilot, "yes")
        await say(pilot, "12")  # the next question is a choice: seven quick replies
        screen = app.screen.region
        buttons = list(app.screen.query("QuickReplies Button"))
        assert [str(b.label) for b in buttons][-1] == "Why?" and len(buttons) == 7

        def shown(widget) -> bool:
            """Whether the widget's last column is on screen and draws this widget."""
            r = widget.region
            if r.width <= 0 or not screen.contains_point((r.right - 1, r.y)):
                return False
            at, _ = app.screen.get_widget_at(r.right - 1, r.y)
            return at is widget or widget in at.ancestors

        for b in buttons:
            assert shown(b), str(b.label)
        footer = app.screen.query_one("Footer")
        assert footer.region.bottom == screen.bottom and footer.region.height == 1
        keys = list(footer.query("FooterKey"))
        assert {k.description for k in keys} >= {"Why?", "Help", "Quit"}
        for k in keys:
            assert shown(k), k.description
        for ident in ("#progress-label", "#progress-bar", "#overall-label"):
            region = app.screen.query_one(ident).region
            assert region.height > 0 and screen.contains_region(region)
        noted = next(b for b in app.screen.query(MessageBubble) if b.source.startswith("Noted: 12 weeks"))
        assert app.screen.query_one(Transcript).region.contains_region(noted.region)


# ------------------------------------------------------------------ the proposal check

@pytest.mark.asyncio
async def test_f7_in_the_proposal_check_shows_its_own_report(tmp_path):
    from senrules_tui.screens.report import ReportScreen

    doc = next((ROOT / "examples" / "proposals").glob("03-*.md"))
    app = ProposalApp(str(doc), db=tmp_path / "p.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        assert not isinstance(app.screen, ReportScreen)
        assert "## The Test, factor by factor" in sources(app)[-2] or any("The Test, factor by factor" in s for s in sources(app)[-3:])


@pytest.mark.asyncio
async def test_report_in_the_chat_names_each_standard_and_factor_in_words_before_its_number(tmp_path):
    """/report speaks as the questions do: a standard's words, then its
    number in brackets (never "**S1** Progress ..."); a key factor's words,
    then its letter."""
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "/report")
        report = next(s for s in reversed(sources(app)) if s.startswith("## Grades"))
    assert "- **Progress towards outcomes is systematically recorded and monitored** (S1) \u2014 **still open**" in report
    assert not re.search(r"^- \*\*S\d", report, re.M)

    doc = ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt"
    app = ProposalApp(str(doc), db=tmp_path / "p.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "/report")
        report = next(s for s in reversed(sources(app)) if s.startswith("## The Test"))
    assert "| Specify the transport arrangements (iii) | not met |" in report
    assert "| iii " not in report


@pytest.mark.asyncio
async def test_at_80x24_the_feedback_on_an_answer_stays_in_view_above_a_long_card(tmp_path):
    """The reply to an answer is "Noted ..." then the next card; when both do
    not fit, the reply is shown from its first line, not scrolled past it."""
    app = SenrulesApp(Options(ruleset="dcsf-2008", date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await say(pilot, "/goto S11")  # the reply: "Now “…” (S11): …" then the plan's nine questions on one card
        await say(pilot, "yes except 3")  # the reply: "Noted ..." then the next card
        transcript = app.screen.query_one(Transcript)
        noted = [b for b in app.screen.query(MessageBubble) if b.source.startswith("Noted:")][-1]
        card = app.screen.query(MessageBubble).last()
        assert card.virtual_region.bottom - noted.virtual_region.y > transcript.size.height  # too tall for the view
        assert transcript.region.contains_region(noted.region)


@pytest.mark.asyncio
async def test_at_80x24_the_first_question_is_in_view_after_a_long_opening(tmp_path):
    app = SenrulesApp(Options(ruleset="dcsf-2008", data="northshire"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        transcript = app.screen.query_one(Transcript)
        question = app.screen.query(MessageBubble).last()
        assert question.source.startswith("Question")
        top = transcript.region
        assert top.y <= question.region.y < top.bottom  # the card from its first line (it may be taller than the view)
