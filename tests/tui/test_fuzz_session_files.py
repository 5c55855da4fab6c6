"""Fuzzing session files: a session file damaged in any way (bytes changed,
cut short, grown, pages swapped) is either read back, or refused with a
:class:`SessionStoreError` naming the file; never another exception, and
the file is never changed by being looked at.

The run in the test suite is short (``max_examples`` below); for a longer
campaign set ``SENRULES_FUZZ_EXAMPLES`` (e.g. 20000).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_helpers import DATE, SVC

# the damage a session file may suffer is the fuzzing suite's (tests/fuzz/fuzz_strategies.py)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fuzz"))
from fuzz_strategies import damage as mutate, session_damage as mutation  # noqa: E402

EXAMPLES = int(os.environ.get("SENRULES_FUZZ_EXAMPLES", "150"))


class SessionBytes(bytes):
    """A session file's bytes, shown briefly in a failure report."""

    def __repr__(self) -> str:
        return f"<a valid session file of {len(self):,} bytes>"


@pytest.fixture(scope="module")
def valid_session(tmp_path_factory) -> bytes:
    from senrules_tui.session import Options, Session

    db = tmp_path_factory.mktemp("valid") / "s.sqlite"
    session = Session.start(Options(ruleset="example", data=str(SVC), date=DATE), db=db)
    for line in ("yes - logged in the tracker", "13", "rarely", "/skip", "2024-03-01"):
        session.handle(line)
    session.store.save_plan([{"area": "Feedback", "action": "Survey CYP each term", "who": "Lead", "by_when": "July"}])
    session.store.release()
    return SessionBytes(db.read_bytes())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_a_damaged_session_file_is_read_or_refused_by_name(tmp_path, valid_session, steps):
    from senrules_tui.store import SessionStore, SessionStoreError

    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / "s.sqlite"
    data = mutate(valid_session, steps)
    path.write_bytes(data)
    try:
        store = SessionStore.open(path)
        store.info()
        store.events()
        store.plan()
    except SessionStoreError as err:
        assert str(path) in err.message or path.name in err.message
    assert path.read_bytes() == data, "looking at a session file changed it"
    leftovers = {p.name for p in folder.iterdir()} - {"s.sqlite"}
    assert not leftovers - {"s.sqlite-journal"}, leftovers


@settings(max_examples=max(EXAMPLES // 3, 20), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(mutation, min_size=1, max_size=3))
def test_a_damaged_session_is_resumed_or_refused_by_name(tmp_path, valid_session, steps):
    """The whole resume, as `assess --resume` does it: the conversation
    continues, or a :class:`SenrulesError` names the file."""
    from senrules.errors import SenrulesError
    from senrules_tui.session import Options, Session

    folder = tmp_path / "resume"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / "s.sqlite"
    path.write_bytes(mutate(valid_session, steps))
    try:
        session = Session.start(Options(), db=path, resume=True)
    except SenrulesError as err:
        assert "s.sqlite" in err.message
        return
    try:
        session.opening()
        session.handle("dont know")
    finally:
        session.store.release()


@pytest.mark.parametrize("saved, said", [
    ({"ruleset": None, "data": None}, "it does not say which rules it was started with"),
    ({"data": "folder"}, "it does not say which rules it was started with"),
    ({"ruleset": "example", "date": 2024}, "its saved date is not text"),
])
def test_a_session_whose_saved_options_are_damaged_is_refused_by_name(tmp_path, valid_session, saved, said):
    """Found by the fuzzing above: a session file whose record of the options
    it was started with is damaged (no ruleset named) stopped `assess
    --resume` with a TypeError; it is refused naming the file instead."""
    from senrules.errors import SenrulesError
    from senrules_tui.session import Options, Session
    from senrules_tui.store import SessionStore

    path = tmp_path / "s.sqlite"
    path.write_bytes(valid_session)
    store = SessionStore.open(path)
    store.set_meta("options", saved)
    store.release()
    with pytest.raises(SenrulesError) as caught:
        Session.start(Options(), db=path, resume=True)
    assert caught.value.message == (f"{path}: the session cannot be continued: {said} (the file is damaged); "
                                    "start a new session")
