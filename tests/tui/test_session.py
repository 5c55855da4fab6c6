"""The conversation itself, in-process: what is asked, in what order, and
what the commands do."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import SVC


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


def test_only_open_questions_are_asked_and_data_is_never_asked_again(session_factory):
    s = session_factory(data=SVC)
    s.opening()
    asked = [a.fact for a in s._asks]
    assert "cyp_progress_rate" not in asked  # all three years came from the data
    assert ("schools_positive", 2024) in [a.key for a in s._asks]  # the missing year only
    assert "interventions" not in asked  # a list comes from data, never from a conversation


def test_a_dont_know_is_kept_and_not_asked_again(session_factory):
    s = session_factory()
    s.opening()
    out = said(s.handle("don't know"))
    assert "Noted: don't know." in out and "stays unknown" in out
    assert s.current.fact != "programmes_monitored"
    assert ("programmes_monitored", None) not in [a.key for a in s._asks]
    assert s.latest()[("programmes_monitored", None)].value is None


def test_a_wrong_reading_can_be_refused(session_factory):
    s = session_factory()
    s.opening()
    s.handle("yes")
    assert "Is that right?" in said(s.handle("termly"))
    out = said(s.handle("no"))
    assert "say it another way" in out
    assert s.current.fact == "monitoring_interval" and len(s.latest()) == 1
    assert "Noted: 12 weeks." in said(s.handle("12"))


def test_skipped_questions_come_back_with_goto(session_factory, tmp_path):
    db = tmp_path / "s.sqlite"
    s = session_factory(db=db)
    s.opening()
    s.handle("/skip")
    assert s.current.fact != "programmes_monitored"
    again = session_factory(db=db, resume=True)  # skips survive a resume
    again.opening()
    assert again.current.fact != "programmes_monitored"
    out = said(again.handle("/goto S1"))
    assert "Now “Progress towards outcomes is systematically recorded…” (S1): 4 questions." in out
    assert again.current.fact == "programmes_monitored"


def test_plan_commands_edit_and_save(session_factory, tmp_path):
    db = tmp_path / "s.sqlite"
    s = session_factory(db=db, data=SVC)
    s.opening()
    s.handle("no")
    rows = s.plan_rows()
    assert rows
    assert "now reads: “Team leader”. Saved." in said(s.handle("/plan edit 1 who = Team leader"))
    assert "is not a column" in said(s.handle("/plan edit 1 colour = red"))
    assert "There is no row 99" in said(s.handle("/plan edit 99 who = x"))
    again = session_factory(db=db, resume=True)
    assert again.plan_rows()[0]["who"] == "Team leader"
    assert "from the current grades, with your edits" in said(again.handle("/plan"))


def test_export_from_the_conversation(session_factory, tmp_path):
    s = session_factory(data=SVC)
    s.opening()
    out = said(s.handle(f"/export {tmp_path / 'out'}"))
    assert "self-evaluation.html" in out
    assert "/export DIR" in said(s.handle("/export"))


def test_an_export_that_cannot_be_finished_leaves_no_half_written_file(session_factory, tmp_path, monkeypatch):
    """A full disk while the Word report is saved: the person is told in one
    line, the report written before is kept as it was, and no hidden
    temporary file is left in their folder."""
    import senrules.document

    s = session_factory(data=SVC)
    s.opening()
    out_dir = tmp_path / "out"
    assert "self-evaluation.docx" in said(s.handle(f"/export {out_dir}"))
    before = (out_dir / "self-evaluation.docx").read_bytes()

    def disk_full(blocks, path):
        Path(path).write_bytes(b"PK half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(senrules.document, "to_docx", disk_full)
    out = said(s.handle(f"/export {out_dir}"))
    assert "cannot write the export (No space left on device)" in out
    assert (out_dir / "self-evaluation.docx").read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir() if p.name.startswith(".")) == []
    assert all(p.stat().st_mode & 0o077 == 0 for p in out_dir.iterdir())  # answers and notes: the owner's only


def test_a_session_with_nothing_to_ask_goes_straight_to_the_report(session_factory):
    from senrules_tui.main import demo_name

    s = session_factory(data=demo_name())  # the example ruleset on the demo: the data answers everything
    out = said(s.opening())
    assert "That is every question that could still change a verdict." in out
    assert "Grades:" in out and s.done
