"""What a service lead tripped on when trying the assistant in a real
terminal (tmux, December 2026), each fixed and checked here through the
screen (Pilot):

* resizing the window (to 80x24, or wider) left the transcript at the same
  line count from the top, so an older message filled the view (a "Back to
  an earlier question" card looked like the current question);
* the help (F1) did not say how to close it: the footer beneath it still
  showed the chat's keys;
* the cell editor of the action plan did not say that Esc leaves the cell
  as it was;
* the grades named a section by its id and its title ("outcomes
  Outcomes", "smd Service management and delivery");
* at 80x24 the side panel left the conversation 48 columns (F8 now hides it);
* an answer waiting for its yes was not asked about again after an aside,
  and was dropped without a word by /goto, /skip, /back or /quit;
* the side panel's questions left by standard and /goto's count were cards,
  not questions (S2 "4" for 8 questions).
"""

from __future__ import annotations

import re

import pytest

from tui_helpers import SVC, open_report, say, settle

pytest.importorskip("textual")

from senrules_tui.app import SenrulesApp  # noqa: E402
from senrules_tui.session import Options  # noqa: E402
from senrules_tui.widgets.transcript import MessageBubble, Transcript  # noqa: E402



def app_for(tmp_path) -> SenrulesApp:
    return SenrulesApp(Options(ruleset="dcsf-2008", data="northshire", date="2024-09-30"),
                       db=str(tmp_path / "session.sqlite"))


def top_in_view(transcript: Transcript, bubble: MessageBubble) -> bool:
    top = bubble.virtual_region.y
    return transcript.scroll_y <= top < transcript.scroll_y + transcript.scrollable_content_region.height


def latest_question(transcript: Transcript) -> MessageBubble:
    return transcript.bubbles[-1]


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_after_a_resize_the_latest_reply_is_in_view(tmp_path, size):
    app = app_for(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, "/why")  # a reply taller than the window: shown from its top
        transcript = app.screen.query_one(Transcript)
        why = next(b for b in reversed(transcript.bubbles) if b.source.startswith("Why I ask"))
        assert top_in_view(transcript, why)
        await pilot.resize_terminal(*size)
        await settle(pilot)
        await pilot.pause()
        assert top_in_view(transcript, why), (transcript.scroll_y, why.virtual_region)
        # and the question asked now is below it, not an older message
        question = latest_question(transcript)
        assert question.virtual_region.y >= why.virtual_region.y


@pytest.mark.asyncio
async def test_after_a_resize_a_short_reply_shows_the_question_at_the_bottom(tmp_path):
    app = SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db=str(tmp_path / "s.sqlite"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, "yes")
        await say(pilot, "/back")
        transcript = app.screen.query_one(Transcript)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.pause()
        question = latest_question(transcript)
        assert top_in_view(transcript, question) or transcript.scroll_y == transcript.max_scroll_y
        assert transcript.scroll_y == pytest.approx(transcript.max_scroll_y, abs=question.outer_size.height)


@pytest.mark.asyncio
async def test_the_help_says_how_to_close_it(tmp_path):
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        dialog = app.screen.query_one("#help-dialog")
        assert "Esc" in str(dialog.border_subtitle) and "closes" in str(dialog.border_subtitle)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChatScreen"


@pytest.mark.asyncio
async def test_the_cell_editor_says_esc_leaves_the_cell_as_it_was(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db="s.sqlite")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_report(pilot, "tab-plan")
        from textual.widgets import DataTable

        table = screen.query_one("#plan", DataTable)
        table.focus()
        table.move_cursor(row=0, column=2)
        await pilot.press("e")
        await pilot.pause()
        hint = str(app.screen.query_one("#edit-hint").render())
        assert "Enter saves" in hint and "Esc leaves the cell as it was" in hint
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


def test_the_grades_name_a_section_by_its_title_once(tmp_path):
    """/report listed the DCSF 2008 sections as "outcomes Outcomes" and
    "smd Service management and development": an id a lead never sees."""
    from tui_helpers import run_cli

    r = run_cli("assess", "--plain", "--demo", "--db", str(tmp_path / "s.sqlite"), input="/report\n")
    assert r.returncode == 0, r.stderr
    grades = r.stdout.split("Grades:\n", 1)[1].splitlines()
    assert grades[0].startswith("Outcomes: ")
    assert not any(line.startswith(("outcomes ", "smd ")) for line in grades)
    # a standard in words first, its number after them (as the questions say it), never led by its code
    assert any(line.startswith("Progress towards outcomes is systematically recorded and monitored (S1): ") for line in grades)
    assert not any(re.match(r"S\d", line) for line in grades)


@pytest.mark.asyncio
async def test_f8_gives_the_conversation_the_whole_width_of_a_small_window(tmp_path):
    """At 80x24 the side panel left the conversation about 48 columns (a
    /why was twenty lines tall); F8 hides it and shows it again, and F5 (to
    choose a standard) shows it too."""
    app = app_for(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        side = app.screen.query_one("#side")
        transcript = app.screen.query_one(Transcript)
        bubble = transcript.bubbles[-1]
        narrow = bubble.content_region.width
        await pilot.press("f8")
        await settle(pilot)
        assert not side.display
        assert bubble.content_region.width >= narrow + 20
        assert app.screen.query_one("#prompt").has_focus  # typing goes on where it was
        await pilot.press("f8")
        await settle(pilot)
        assert side.display and bubble.content_region.width == narrow
        await pilot.press("f8")
        await pilot.press("f5")
        await settle(pilot)
        assert side.display and app.screen.query_one("#framework").has_focus


def test_an_answer_waiting_for_its_yes_is_asked_again_after_an_aside_and_never_dropped_silently(tmp_path):
    """An answer read with a guess ("about two thirds") waits for a yes.
    After /why the assistant went quiet about it (in --plain nothing asked
    for the yes again), and /goto, /skip, /back or /quit then dropped the
    four answers typed without a word."""
    from tui_helpers import run_cli

    db = tmp_path / "s.sqlite"
    r = run_cli("assess", "--plain", "--demo", "--db", str(db),
                input="yes to all\nabout two thirds; 6; yes; half\nwhy?\n/goto S9\n")
    assert r.returncode == 0, r.stderr
    after_why = r.stdout.split("> why?\n", 1)[1].split("> /goto S9", 1)[0]
    assert after_why.rstrip().endswith(
        "Still waiting for your yes: I read your answer as 1: 66.7% (2 out of 3); 2: 6 weeks; 3: yes; 4: 50% (half). "
        "Is that right? Say yes or no, or give the answer again.")
    after_goto = r.stdout.split("> /goto S9\n", 1)[1]
    assert after_goto.startswith(
        "Your answer, read as 1: 66.7% (2 out of 3); 2: 6 weeks; 3: yes; 4: 50% (half), was not saved: it was "
        "waiting for your yes. Give it again when its question comes back.\nNow “Leaders maintain positive relationships with CYP, parents…” (S9)")
    assert "Saved (2 answers)" in r.stdout  # the yes never came: only the first card's two answers are kept

    again = run_cli("assess", "--plain", "--demo", "--db", str(tmp_path / "t.sqlite"),
                    input="yes to all\nabout two thirds; 6; yes; half\n/help\nyes\n")
    assert "Saved (6 answers)" in again.stdout  # after an aside the yes still confirms the four


def test_the_questions_left_by_standard_add_up_to_the_questions_left(session_factory):
    """The side panel's "Left: S1 1  S2 4" and /goto's "(2 questions)"
    counted cards, while the header counts questions ("Questions 7-11 of
    145"): a card of five questions was one.  Now all count questions."""
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    s.opening()
    answered, total = s.progress()
    by_standard = {ident: left for ident, _, left in s.standard_progress()}
    assert sum(by_standard.values()) == total - answered
    said = s.handle("/goto S2")
    assert f": {by_standard['S2']} questions." in said[0].text
    card = s.current
    assert len(card.members) <= by_standard["S2"]
