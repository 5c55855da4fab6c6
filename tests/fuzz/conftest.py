"""The fuzz suite: the targets live in fuzz/fuzz_targets.py (shared with
the atheris entry point), put on sys.path here."""

from __future__ import annotations

import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
if str(FUZZ) not in sys.path:
    sys.path.insert(0, str(FUZZ))


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_assistant_folders(tmp_path_factory, monkeypatch):
    """The session-file target runs the assistant: its data and settings
    go to a temporary folder, not the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SENRULES_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SENRULES_CONFIG_DIR", str(home / "config"))
