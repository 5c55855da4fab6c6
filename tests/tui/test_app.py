"""The full-screen assistant, driven with Textual's Pilot: answer, back,
skip, goto, why, resume, the command palette, the report and its editable
action plan, the theme, and errors shown as assistant messages."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from tui_helpers import SVC, open_report, settle, say

pytest.importorskip("textual")
pytestmark = pytest.mark.asyncio

from senrules_tui.app import SenrulesApp  # noqa: E402
from senrules_tui.session import Options  # noqa: E402
from senrules_tui.widgets.framework_tree import FrameworkTree  # noqa: E402
from senrules_tui.widgets.prompt_input import PromptInput  # noqa: E402
from senrules_tui.widgets.quick_replies import QuickReplies  # noqa: E402
from senrules_tui.widgets.transcript import MessageBubble  # noqa: E402

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    """A steady cursor, so screens are the same every run (harlequin)."""
    from textual.widgets import Input

    monkeypatch.setattr(Input.__dict__["cursor_blink"], "_default", False)


def app_for(db, *, resume=False, ruleset="example", data=SVC):
    return SenrulesApp(Options(ruleset=ruleset, data=str(data) if data else None, date="2024-09-30"), db=db, resume=resume)


def bubbles(app) -> list[tuple[str, str]]:
    return [(b.role, b.source) for b in app.screen.query(MessageBubble)]


def last(app, role: str = "assistant") -> str:
    return [src for r, src in bubbles(app) if r == role][-1]


def reply(app) -> str:
    """Everything the assistant said after the person's last line."""
    out = []
    for role, src in reversed(bubbles(app)):
        if role == "user":
            break
        out.append(src)
    return "\n".join(reversed(out))


def saved(db) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        return list(con.execute("SELECT fact, year, value, note FROM answers_v1 ORDER BY id"))


async def test_the_first_question_follows_what_the_evidence_gave(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = [src for _, src in bubbles(app)]
        assert len(texts) == 2  # what the evidence gave, then the first question
        assert "I found 6 values for 3 facts" in texts[0]
        assert "Are programmes and interventions regularly monitored?" in texts[-1]
        quick = [str(b.label) for b in app.screen.query_one(QuickReplies).query("Button")]
        assert quick == ["Yes", "No", "Don't know", "Skip", "Why?"]  # "partly" cannot be scored for a yes-or-no fact
        assert app.screen.query_one(PromptInput).has_focus
        label = str(app.screen.query_one("#progress-label").render())
        assert "0 of 10 answered" in label


async def test_answer_in_own_words_with_a_note_and_a_confirmation(tmp_path):
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "we do this termly - see the tracker")
        assert "Noted: yes." in reply(app)
        await say(pilot, "half-termly")
        assert "I read “half-termly” as **every 6 weeks (half-termly)**" in reply(app)
        assert [str(b.label) for b in app.screen.query_one(QuickReplies).query("Button")] == ["Yes", "No"]
        await pilot.click("#quick-0")  # Yes
        await settle(pilot)
        assert "Changed: “Programmes and interventions are regularly monitored” (S1.1) from still open to **met**" in reply(app)
        tree = app.screen.query_one(FrameworkTree)
        assert "Programmes and interventions are regularly monitored (S1.1) met" in [str(n.label) for n in _walk(tree.root)]
        assert "2 of 10 answered" in str(app.screen.query_one("#progress-label").render())
    assert [s[:3] for s in saved(db)] == [("programmes_monitored", None, "true"), ("monitoring_interval", None, "6")]
    assert saved(db)[0][3] == "we do this termly - see the tracker"


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


async def test_why_back_and_skip_by_key_and_button(tmp_path):
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click("#quick-4")  # Why?
        await settle(pilot)
        assert "Why I ask: programmes and interventions are monitored." in reply(app)
        assert "DCSF 2008, Standard 1" in reply(app)
        assert "Are programmes and interventions regularly monitored?" in last(app)  # the question again
        await say(pilot, "no")
        await pilot.press("f3")  # back
        await settle(pilot)
        assert "Back to an earlier question" in last(app) and "You said: no" in last(app)
        await say(pilot, "yes")
        assert "(S1.1) from not met to **still open**" in reply(app)
        await pilot.press("f4")  # skip
        await settle(pilot)
        assert "Skipped for now" in reply(app)
        await pilot.press("f2")  # why
        await settle(pilot)
        assert "Why I ask:" in reply(app)
    assert [s[:3] for s in saved(db)] == [("programmes_monitored", None, "false"), ("programmes_monitored", None, "true")]


async def test_goto_from_the_framework_panel_and_by_command(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "/goto S11")
        assert reply(app).startswith("Now “There is a service development plan which is developed…” (S11): ")
        assert "service development plan" in last(app)
        await pilot.press("f5")
        tree = app.screen.query_one(FrameworkTree)
        assert tree.has_focus
        s6 = next(n for n in _walk(tree.root) if n.data == "S6")
        tree.move_cursor(s6)
        await pilot.press("enter")
        await settle(pilot)
        assert reply(app).startswith("Now “The service regularly collects feedback about…” (S6): ")
        await pilot.press("escape")
        assert app.screen.query_one(PromptInput).has_focus


async def test_resume_shows_every_earlier_answer(tmp_path):
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "yes")
        await say(pilot, "13")
    again = SenrulesApp(Options(), db=db, resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = "\n".join(src for _, src in bubbles(again))
        assert "Welcome back" in texts and "it holds 2 answers" in texts
        assert "Question 3 of" in last(again)
        await say(pilot, "/evidence")
        assert "- programmes and interventions are monitored: yes, answer 1 given" in reply(again)
        assert "- how often interventions are reviewed: 13 weeks, answer 2 given" in reply(again)
        assert "programmes_monitored" not in reply(again) and "monitoring_interval" not in reply(again)


async def test_a_corrupt_session_file_becomes_an_assistant_message(tmp_path):
    db = tmp_path / "s.sqlite"
    db.write_bytes(b"not a database")
    app = SenrulesApp(Options(), db=db, resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        (role, text), = bubbles(app)
        assert role == "error"
        assert "The session could not be opened." in text and "left as it is" in text
    assert db.read_bytes() == b"not a database"


async def test_unknown_commands_and_bad_answers_are_answered_not_raised(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "/explain S99")
        assert bubbles(app)[-2][0] == "error"  # then the question again
        await say(pilot, "banana")
        assert "yes or no" in reply(app)


async def test_command_palette_offers_the_chat_commands(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"chat: why")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert "Why I ask:" in reply(app)


async def test_report_screen_and_editing_the_action_plan(tmp_path):
    db = tmp_path / "s.sqlite"
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await say(pilot, "no")  # S1.1 not met: S1 gets a grade below the best, so a gap
        screen = await open_report(pilot, "tab-plan")
        from textual.widgets import DataTable

        assert screen.__class__.__name__ == "ReportScreen"
        table = screen.query_one("#plan", DataTable)
        assert table.row_count >= 1
        table.focus()
        table.move_cursor(row=0, column=3)  # who
        await pilot.press("e")
        await pilot.pause()
        edit = app.screen.query_one("#edit-value")
        edit.value = "SENCO network lead"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        assert con.execute("SELECT who FROM assess_plan_v1 WHERE position = 1").fetchone()[0] == "SENCO network lead"


async def test_theme_toggles_between_light_and_dark(tmp_path):
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChatScreen"


async def test_every_binding_has_an_id_a_tooltip_and_a_key_display():
    from senrules_tui.screens.chat import ChatScreen
    from senrules_tui.screens.report import ReportScreen

    for owner in (SenrulesApp, ChatScreen, ReportScreen):
        for b in owner.BINDINGS:
            assert b.id and b.tooltip and (b.key_display or not b.show), (owner.__name__, b)


async def test_the_proposal_check_in_the_app(tmp_path, monkeypatch):
    from senrules_tui.app import ProposalApp

    from tui_helpers import ROOT

    doc = ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt"
    app = ProposalApp(str(doc), db=tmp_path / "p.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = "\n".join(src for _, src in bubbles(app))
        assert "I read **05-kelby-no-transport.txt**" in texts
        assert "Specify the transport arrangements" in texts and "What to add or change:" in texts
        tree = app.screen.query_one(FrameworkTree)
        assert "Specify the transport arrangements (iii) not met" in [str(n.label) for n in _walk(tree.root)]
        await say(pilot, "/report")
        assert "as written" in reply(app)
        await say(pilot, "yes")
    again = ProposalApp(None, db=tmp_path / "p.sqlite", resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = "\n".join(src for _, src in bubbles(again))
        assert "Welcome back. This proposal check is saved in" in texts and "it holds 1 answer," in texts
        assert "I read **05-kelby-no-transport.txt**" in texts


async def test_resume_chooses_from_a_list_of_sessions(tmp_path):
    from senrules_tui import locations
    from senrules_tui.session import Session

    folder = locations.sessions_dir()
    for name, answer in (("a.sqlite", "yes"), ("b.sqlite", "no")):
        s = Session.start(Options(ruleset="example", date="2024-09-30"), db=folder / name)
        s.opening()
        s.handle(answer)
    from senrules_tui.proposal_chat import ProposalSession
    from tui_helpers import ROOT

    proposal = ProposalSession.open_document(ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt", db=folder / "c.sqlite")
    proposal.opening()
    proposal.handle("yes")  # the newest session, but a proposal check: not offered here
    app = SenrulesApp(Options(), resume=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "SessionsScreen"
        from textual.widgets import OptionList

        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        await pilot.press("enter")  # the most recent first
        await settle(pilot)
        assert app.screen.__class__.__name__ == "ChatScreen"
        assert "it holds 1 answer" in "\n".join(src for _, src in bubbles(app))


async def test_a_user_keymap_rebinds_a_command(tmp_path, _isolated_user_dirs):
    from senrules_tui import locations

    path = locations.keymap_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('"chat.why" = "f9"\n', encoding="utf-8")
    app = app_for(tmp_path / "s.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f9")
        await settle(pilot)
        assert "Why I ask:" in reply(app)


def heading_lines(bubble) -> list[str]:
    """A card's heading as drawn: its lines up to the first blank one, inside the border."""
    from textual.geometry import Region

    drawn = [s.text.strip("│ ") for s in bubble.render_lines(Region(0, 0, bubble.outer_size.width, bubble.outer_size.height))[1:]]
    return drawn[: drawn.index("")] if "" in drawn else drawn


async def test_at_80_by_24_a_cards_heading_takes_at_most_two_lines(tmp_path):
    """dcsf-2008's cards serve several criteria with long texts: the heading
    is cut shorter (fewer criteria named, shorter words) until it fits; /why
    still gives every criterion in full."""
    from senrules_tui.main import demo_for

    data, facts = demo_for("dcsf-2008")
    app = SenrulesApp(Options(ruleset="dcsf-2008", data=data, facts=facts, date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        headings = []
        for line in ("/skip", "/skip", "/goto S3", "/goto S9", "/goto S13", "/goto S16", "yes to all"):
            card = [b for b in app.screen.query(MessageBubble) if b.role == "assistant"][-1]
            headings.append(heading_lines(card))
            await say(pilot, line)
        assert all(1 <= len(h) <= 2 for h in headings), headings
        assert all(h[0].startswith("Question") for h in headings), headings
        s3 = " ".join(headings[3])  # after /goto S3: a card for seven criteria, one named
        assert "\u201cInterventions and intended outcomes" in s3 and "(S3.1) and 6 more" in s3, s3
        await say(pilot, "/goto S3")
        await say(pilot, "/why")  # every criterion in full
        assert "\u201cInterventions and intended outcomes are agreed with parents\u201d (S3.1)" in reply(app), reply(app)


async def test_the_card_on_screen_is_fitted_again_after_f8_or_a_resize(tmp_path):
    """A card's heading is cut to the room the conversation has: hiding the
    side panel (F8), showing it again, or resizing the window fits the card
    on screen again (not only the next one), and the card stays in view."""
    from senrules_tui.main import demo_for
    from senrules_tui.widgets.transcript import Transcript

    data, facts = demo_for("dcsf-2008")
    app = SenrulesApp(Options(ruleset="dcsf-2008", data=data, facts=facts, date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        transcript = app.screen.query_one(Transcript)
        card = [b for b in app.screen.query(MessageBubble) if b.role == "assistant"][-1]

        def heading() -> str:
            return " ".join(heading_lines(card))

        def in_view() -> bool:
            top = card.virtual_region.y
            return transcript.scroll_y <= top < transcript.scroll_y + transcript.scrollable_content_region.height

        narrow = heading()
        assert "\u201cThe service\u2026\u201d (S5.2)" in narrow, narrow
        await pilot.press("f8")  # the panel hidden: the whole width
        await settle(pilot)
        wide = heading()
        assert "\u201cThe service contributes to the achievement\u2026\u201d (S5.2)" in wide, wide
        assert len(heading_lines(card)) <= 2 and in_view()
        await pilot.press("f8")  # the panel back: cut short again, and still in view
        await settle(pilot)
        assert heading() == narrow and in_view()
        await pilot.resize_terminal(140, 30)
        await settle(pilot)
        assert heading() != narrow and "the achievement" in heading() and in_view()
