"""Fixtures for the assistant's tests.

Every test gets its own user data folder (``SENRULES_DATA_DIR``), so no
session of a real user is read or written; the evaluation date is fixed by
the test data (``tests/tui/data/svc``, as at 2024-09-30) or by ``--date``.
"""

from __future__ import annotations

import pytest

from tui_helpers import DATE


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Sessions and config in a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("SENRULES_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SENRULES_CONFIG_DIR", str(home / "config"))
    return home


@pytest.fixture
def session_factory(tmp_path):
    """Build a :class:`Session` in-process: ``session_factory(ruleset="example", data=SVC)``."""
    from senrules_tui.session import Options, Session

    def make(*, ruleset="example", data=None, date=DATE, db=None, resume=False):
        db = db or tmp_path / "session.sqlite"
        return Session.start(Options(ruleset=ruleset, data=str(data) if data else None, date=date), db=db, resume=resume)

    return make
