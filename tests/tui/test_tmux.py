"""The real `senrules assess` in a real terminal (tmux): the first question on
screen, answers typed as keys, Ctrl+Q, and the answers saved.  Skipped when
tmux is not installed."""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest

from tui_helpers import ROOT, SVC

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    def __init__(self, tmp_path):
        self.socket = f"senrules-test-{uuid.uuid4().hex[:8]}"
        self.name = "assess"

    def run(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=check, timeout=30)

    def start(self, command: str, env: dict) -> None:
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        self.run("new-session", "-d", "-s", self.name, "-x", "120", "-y", "40",
                 f"cd {shlex.quote(str(ROOT))} && sleep 0.5 && env {exports} {command}; echo EXITED $?; sleep 30")
        self.run("set-option", "-t", self.name, "window-size", "manual", check=False)
        self.run("resize-window", "-t", self.name, "-x", "120", "-y", "40", check=False)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name, check=False).stdout

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def wait_for_all(self, *texts: str, timeout: float = 60) -> str:
        """The screen once every one of ``texts`` is on it at the same time
        (the panels and the chat's scroll may be drawn a moment apart)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(t in screen for t in texts):
                return screen
            time.sleep(0.2)
        screen = self.screen()
        raise AssertionError(f"{[t for t in texts if t not in screen]!r} never appeared; the screen was:\n{screen}")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.name, *keys)

    def close(self) -> None:
        self.run("kill-server", check=False)


@pytest.fixture
def tmux(tmp_path):
    t = Tmux(tmp_path)
    yield t
    t.close()


def test_a_real_terminal_session(tmux, tmp_path):
    db = tmp_path / "s.sqlite"
    env = {k: os.environ[k] for k in ("SENRULES_DATA_DIR", "SENRULES_CONFIG_DIR", "SENRULES_CACHE_DIR", "PATH", "HOME") if k in os.environ}
    env["TERM"] = "xterm-256color"
    command = f"{shlex.quote(sys.executable)} -m senrules.cli assess --ruleset example --data {shlex.quote(str(SVC))} --db {shlex.quote(str(db))}"
    tmux.start(command, env)
    tmux.wait_for("Question 1 of")
    # the progress panel, the tree and the question, on one screen: standards and criteria in words where the
    # panel has room, their numbers after them
    tmux.wait_for_all("Framework", "Questions left:", "Progress towards… (S1) still open", "3 Progress towards outcomes",
                      "regularly monitored?")
    tmux.keys("yes - see the tracker", "Enter")
    tmux.wait_for("Question 2 of")
    tmux.keys("13", "Enter")
    tmux.wait_for("Question 3 of")
    tmux.keys("F2")  # why?
    tmux.wait_for("Why I ask:")
    tmux.keys("C-q")
    screen = tmux.wait_for("EXITED", timeout=30)
    assert "EXITED 0" in screen
    assert "Traceback" not in screen
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        rows = list(con.execute("SELECT fact, value, note FROM answers_v1 ORDER BY id"))
    assert rows == [("programmes_monitored", "true", "see the tracker"), ("monitoring_interval", "13", None)]


def test_leaving_the_proposal_check_says_how_to_come_back(tmux, tmp_path):
    doc = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"  # every factor met: nothing to ask
    env = {k: os.environ[k] for k in ("SENRULES_DATA_DIR", "SENRULES_CONFIG_DIR", "SENRULES_CACHE_DIR", "PATH", "HOME") if k in os.environ}
    env["TERM"] = "xterm-256color"
    tmux.start(f"{shlex.quote(sys.executable)} -m senrules.cli proposal {shlex.quote(str(doc))}", env)
    tmux.wait_for("Run the check again whenever the document changes")
    tmux.keys("/quit", "Enter")
    screen = tmux.wait_for("EXITED", timeout=30)
    assert "EXITED 0" in screen and "Traceback" not in screen
    # the full screen has closed; the line after it is true: no session was written, and the command checks it again
    assert "Nothing was answered, so no session file was written. Check the document again with: senrules proposal" in screen
