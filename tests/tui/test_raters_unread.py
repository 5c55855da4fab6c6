"""Another rater's conversation that cannot be read is named, never skipped.

A rater comparing views with colleagues (``/compare``, ``/compare AREA``,
``/plan``, the report's *Views by rater* tab, the exported report) is told
which saved conversation, or which answer in it, could not be read and why,
and still sees everything that could be read.  Before, a conversation that
could not be opened and a damaged answer in one were left out without a
word: the rater simply looked as if they had not answered.

The conversations are real ones (``senrules assess --plain``), damaged as a
disk or a copy damages them: a file cut short, one answer's value garbled.
"""

from __future__ import annotations

import sqlite3

import pytest

from tui_helpers import open_report, run_cli, say, settle

RULESET = "nasen-2014-parent-engagement"
COMMON = ("assess", "--plain", "--ruleset", RULESET, "--date", "2024-07-01")


def _converse(rater: str, db, answers: str):
    r = run_cli(*COMMON, "--rater", rater, "--db", str(db), input=answers)
    assert r.returncode == 0, r.stderr
    return r


@pytest.fixture
def colleagues(tmp_path):
    """Three colleagues' saved conversations: school staff's intact, the
    parents' with their second answer garbled, the governors' cut short."""
    staff, parents, governors = tmp_path / "staff.sqlite", tmp_path / "parents.sqlite", tmp_path / "governors.sqlite"
    _converse("school staff", staff, "strong - every family meets us\nstrong\npoor\n")
    _converse("parents", parents, "poor - we were sent a letter\nstrong - we were asked\nstrong\n")
    _converse("governors", governors, "poor\n")
    # started on different days (the raters are listed in that order, whatever the speed of this machine)
    for day, path in enumerate((staff, parents, governors), 1):
        with sqlite3.connect(path) as con:
            con.execute("UPDATE assess_session_v1 SET value = ? WHERE key = 'created_at'", (f'"2024-06-0{day}T09:00:00"',))
        con.close()
    with sqlite3.connect(parents) as con:
        con.execute("UPDATE answers_v1 SET value = '{\"trunc' WHERE id = 2")
    con.close()
    governors.write_bytes(governors.read_bytes()[:1000])
    return {"staff": staff, "parents": parents, "governors": governors,
            "before": {p: p.read_bytes() for p in (staff, parents, governors)}}


PARENTS_ROW = ("the views of parents in {parents}: answer 2 (pe_initial_identification, row 2 of answers_v1) holds a "
               "value that is not JSON, so it cannot be read; pe_initial_identification stays unknown; the file was "
               "left as it is")
GOVERNORS = ("a saved conversation, whose views cannot be told, in {governors}: the file is cut short: it holds 1,000 "
             "bytes of")


def test_the_plain_conversation_names_what_could_not_be_read_and_shows_the_rest(colleagues, tmp_path):
    out = tmp_path / "export"
    r = run_cli(*COMMON, "--rater", "senco", "--db", str(tmp_path / "senco.sqlite"), "--export", str(out),
                input="strong\n/compare\n/compare PE2\n/compare PE1\n/plan\n")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    text = r.stdout
    parents_row = PARENTS_ROW.format(**colleagues)
    governors = GOVERNORS.format(**colleagues)
    # the opening already says which conversation could not be opened
    opening = text.split("Question 1 of")[0]
    assert "Not everything could be read (1 item); what could be read is shown" in opening
    assert f"- {governors}" in opening
    # /compare: every intact view, then what could not be read, by file, row and why
    compared = text.split("> /compare\n")[1].split("> /compare PE2")[0]
    assert "3 raters (school staff, parents, senco)" in compared
    assert "On entry (where SEND is known) (PE1) DIFFER: school staff: strong; parents: poor; senco: strong" in compared
    assert "Planning provision (SEN Support) (PE3) DIFFER: school staff: poor; parents: strong; senco: not judged" in compared
    assert "Not everything could be read (2 items)" in compared
    assert f"- {governors}" in compared and f"- {parents_row}" in compared
    # /compare PE2: the lost answer is this area's; /compare PE1: only the unreadable conversation concerns it
    pe2 = text.split("> /compare PE2\n")[1].split("> /compare PE1")[0]
    assert "- parents: not judged" in pe2 and f"- {parents_row}" in pe2
    pe1 = text.split("> /compare PE1\n")[1].split("> /plan")[0]
    assert "Not everything could be read (1 item)" in pe1 and parents_row not in pe1
    assert "- note by parents: “we were sent a letter”" in pe1  # the intact answer's note is kept
    plan = text.split("> /plan\n")[1]
    assert "Not everything could be read (2 items)" in plan and f"- {parents_row}" in plan
    # the exported report says so too
    report = (out / "self-evaluation.md").read_text(encoding="utf-8")
    assert "Not everything could be read; what could be read is shown" in report
    assert str(colleagues["parents"]) in report and "row 2 of answers_v1" in report
    # nothing of the colleagues' was changed
    for path, data in colleagues["before"].items():
        assert path.read_bytes() == data


def test_a_raters_conversation_that_cannot_be_read_still_puts_the_audit_in_rater_mode(tmp_path):
    """The only other rater's conversation is unreadable: the person is told
    so, rather than the conversation looking like there were no colleagues."""
    parents = tmp_path / "parents.sqlite"
    _converse("parents", parents, "poor\n")
    with sqlite3.connect(parents) as con:
        con.execute("DROP TABLE answers_v1")
        con.execute("CREATE TABLE answers_v1 (id INTEGER, fact TEXT)")
    con.close()
    r = run_cli(*COMMON, "--db", str(tmp_path / "mine.sqlite"), input="strong\n/compare\n")
    assert r.returncode == 0, r.stderr
    assert (f"- the views of parents in {parents}: the session file is damaged (its table answers_v1 is not as "
            "senrules writes it); it was left as it is") in r.stdout
    assert "1 rater (you (this conversation))" in r.stdout


# ------------------------------------------------------------------ the full screen


def _app(rater="senco"):
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options

    return SenrulesApp(Options(ruleset=RULESET, date="2024-07-01", rater=rater), db="senco.sqlite")


@pytest.mark.asyncio
async def test_the_screen_names_what_could_not_be_read_in_the_chat_and_the_report(colleagues, tmp_path, monkeypatch):
    pytest.importorskip("textual")
    monkeypatch.chdir(tmp_path)
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, "strong")
        await say(pilot, "/compare")
        from senrules_tui.session import plain_text
        from senrules_tui.widgets.transcript import Transcript

        shown = plain_text(app.screen.query_one(Transcript).bubbles[-2].source)  # the reply, before the question again
        assert "Not everything could be read (2 items)" in shown
        assert "row 2 of answers_v1" in shown and str(colleagues["governors"]) in shown
        screen = await open_report(pilot, "tab-raters")
        from textual.widgets import DataTable, Static

        views = screen.query_one("#raters", DataTable)
        labels = [str(c.label) for c in views.columns.values()]
        assert labels == ["area", "school staff", "parents", "senco", "views"]  # in the order they were started

        def row(area):
            return dict(zip(labels, views.get_row(area)))

        assert row("PE1") | {"area": ""} == {"area": "", "school staff": "strong", "parents": "poor", "senco": "strong",
                                              "views": "DIFFER"}
        assert (row("PE2")["school staff"], row("PE2")["parents"]) == ("strong", "not judged")
        note = screen.query_one("#raters-unread", Static)
        assert note.display
        text = str(note.render())
        assert PARENTS_ROW.format(**colleagues) in text
        assert str(colleagues["governors"]) in text


@pytest.mark.asyncio
async def test_the_views_by_rater_tab_has_no_note_when_everything_was_read(tmp_path, monkeypatch):
    pytest.importorskip("textual")
    _converse("school staff", tmp_path / "staff.sqlite", "strong\n")
    monkeypatch.chdir(tmp_path)
    app = _app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_report(pilot, "tab-raters")
        from textual.widgets import Static

        assert not screen.query_one("#raters-unread", Static).display
