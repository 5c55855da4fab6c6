"""The assistant's folders are the ones platformdirs names, though on Linux
they are worked out without importing it (a few ms of every start)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from senrules_tui import locations

platformdirs = pytest.importorskip("platformdirs")


@pytest.mark.parametrize("xdg", [None, "", "  ", "/srv/xdg"])
def test_the_data_and_config_folders_are_platformdirs_own(monkeypatch, tmp_path, xdg):
    monkeypatch.delenv("SENRULES_DATA_DIR", raising=False)
    monkeypatch.delenv("SENRULES_CONFIG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    assert locations.data_dir() == Path(platformdirs.user_data_dir("senrules", appauthor=False))
    assert locations.config_dir() == Path(platformdirs.user_config_dir("senrules", appauthor=False))
    if sys.platform.startswith("linux"):
        assert str(locations.data_dir()).startswith(xdg.strip() if xdg and xdg.strip() else str(tmp_path))


def test_the_environment_chooses_them_first(monkeypatch, tmp_path):
    monkeypatch.setenv("SENRULES_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("SENRULES_CONFIG_DIR", str(tmp_path / "c"))
    assert locations.sessions_dir() == tmp_path / "d" / "sessions"
    assert locations.keymap_file() == tmp_path / "c" / "keymap.toml"
