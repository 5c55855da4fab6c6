"""Where the assistant keeps its files (platformdirs, as elia and posting do).

* sessions: ``<user data dir>/senrules/sessions/*.sqlite``, one SQLite file
  per self-evaluation (``senrules assess --db PATH`` chooses another);
* sessions kept elsewhere (``--db PATH``): their paths, one a line, in
  ``<user data dir>/senrules/sessions-elsewhere.txt``, so ``--sessions``
  lists them too;
* config: ``<user config dir>/senrules/`` (a keymap, ``keymap.toml``).

``SENRULES_DATA_DIR`` and ``SENRULES_CONFIG_DIR`` override both (the tests
point them at a temporary folder).  Nothing is created until it is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "senrules"


def _xdg(variable: str, default: str) -> Path | None:
    """On Linux, the folder platformdirs would name, worked out here by the
    same XDG rule: importing platformdirs is a few milliseconds of every
    start of the assistant (tests/tui/test_locations.py checks they agree).
    None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get(variable, "").strip()
    return Path(base if base else os.path.expanduser(default)) / APP_NAME


def data_dir() -> Path:
    env = os.environ.get("SENRULES_DATA_DIR")
    if env:
        return Path(env)
    linux = _xdg("XDG_DATA_HOME", "~/.local/share")
    if linux is not None:
        return linux
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    env = os.environ.get("SENRULES_CONFIG_DIR")
    if env:
        return Path(env)
    linux = _xdg("XDG_CONFIG_HOME", "~/.config")
    if linux is not None:
        return linux
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def keymap_file() -> Path:
    return config_dir() / "keymap.toml"


def elsewhere_file() -> Path:
    return data_dir() / "sessions-elsewhere.txt"


def remember_session(path: Path) -> None:
    """Note a session file kept outside the sessions folder (``--db``), so
    ``--sessions`` can list it.  Best effort: a failure is not an error."""
    path = Path(path).resolve()
    if path.parent == sessions_dir().resolve():
        return
    try:
        known = elsewhere_sessions()
        if path in known:
            return
        elsewhere_file().parent.mkdir(parents=True, exist_ok=True)
        with elsewhere_file().open("a", encoding="utf-8") as f:
            f.write(f"{path}\n")
    except OSError:
        pass


def elsewhere_sessions() -> list[Path]:
    """The session files noted by :func:`remember_session` (they may have
    been moved or deleted since)."""
    try:
        text = elsewhere_file().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [Path(line) for line in text.splitlines() if line.strip()]
