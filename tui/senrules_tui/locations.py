"""Where the assistant keeps its files (platformdirs, as elia and posting do).

* sessions: ``<user data dir>/senrules/sessions/*.sqlite``, one SQLite file
  per self-evaluation (``senrules assess --db PATH`` chooses another);
* config: ``<user config dir>/senrules/`` (a keymap, ``keymap.toml``).

``SENRULES_DATA_DIR`` and ``SENRULES_CONFIG_DIR`` override both (the tests
point them at a temporary folder).  Nothing is created until it is used.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "senrules"


def data_dir() -> Path:
    env = os.environ.get("SENRULES_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    env = os.environ.get("SENRULES_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def keymap_file() -> Path:
    return config_dir() / "keymap.toml"
