"""The session file: made at the first answer, every answer kept, never
written when it is not a session."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from senrules_tui.store import SessionStore, SessionStoreError, list_sessions


def test_the_file_is_made_at_the_first_answer_and_keeps_every_answer(tmp_path):
    path = tmp_path / "s.sqlite"
    store = SessionStore.create(path, {"ruleset": "example", "service": "Svc"})
    assert not path.exists() and store.answer_rows() == [] and store.plan() is None
    store.record_answer("programmes_monitored", True, note="see the tracker")
    store.record_answer("programmes_monitored", False)
    store.record_answer("cyp_progress_rate", 61, year=2024)
    rows = SessionStore.open(path).answer_rows()
    assert [(r.fact, r.year, r.value, r.note) for r in rows] == [
        ("programmes_monitored", None, True, "see the tracker"), ("programmes_monitored", None, False, None),
        ("cyp_progress_rate", 2024, 61, None),
    ]
    with contextlib.closing(sqlite3.connect(path)) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        services = {r[0] for r in con.execute("SELECT service FROM answers_v1")}
    assert tables == {"answers_v1", "assess_session_v1", "assess_events_v1", "assess_plan_v1"}
    assert services == {"Svc"}  # the answers plugin's own columns are filled in
    assert SessionStore.open(path).meta["ruleset"] == "example"


def test_the_answers_plugin_reads_a_session_file(tmp_path):
    """A session file is an answers store: the plugin supplies its answers."""
    from senrules_answers import AnswerStore

    path = tmp_path / "s.sqlite"
    store = SessionStore.create(path, {"ruleset": "example"})
    store.record_answer("cyp_supported", 186, note="two late referrals")
    latest = AnswerStore(path).latest()
    assert latest[("cyp_supported", None)][3] == "186"


def test_the_plan_and_events_are_saved(tmp_path):
    path = tmp_path / "s.sqlite"
    store = SessionStore.create(path, {"ruleset": "example"})
    store.record_event("skip", "monitoring_interval")
    store.save_plan([{"area": "S1", "action": "Do it", "who": "Lead", "by_when": "May", "success": "S1 good", "evaluation": "termly"}])
    again = SessionStore.open(path)
    assert [(e.kind, e.fact) for e in again.events()] == [("skip", "monitoring_interval")]
    assert again.plan()[0]["who"] == "Lead"
    again.save_plan([])
    assert SessionStore.open(path).plan() == []  # saved empty is not "never saved"


def test_an_existing_file_is_never_taken_over(tmp_path):
    path = tmp_path / "s.sqlite"
    SessionStore.create(path, {"ruleset": "example"}).record_answer("a", 1)
    with pytest.raises(SessionStoreError, match="already holds a session"):
        SessionStore.create(path, {"ruleset": "example"})
    other = tmp_path / "notes.txt"
    other.write_text("my notes")
    with pytest.raises(SessionStoreError, match="not a senrules session"):
        SessionStore.create(other, {})
    assert other.read_text() == "my notes"


def test_a_session_of_another_version_is_named(tmp_path):
    path = tmp_path / "old.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as con, con:
        con.execute("CREATE TABLE assess_session_v0 (key TEXT, value TEXT)")
    before = path.read_bytes()
    with pytest.raises(SessionStoreError, match="another senrules version"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_sessions_are_listed_most_recent_first_and_other_files_left_out(tmp_path):
    for name in ("a", "b"):
        SessionStore.create(tmp_path / f"{name}.sqlite", {"ruleset": name, "service": name.upper()}).record_answer("x", 1)
    (tmp_path / "junk.sqlite").write_bytes(b"junk")
    found = list_sessions(tmp_path)
    assert sorted(s.meta["ruleset"] for s in found) == ["a", "b"]
    assert found[0].updated >= found[1].updated
    assert found[0].title.endswith("(1 answer)")
    assert (tmp_path / "junk.sqlite").read_bytes() == b"junk"
