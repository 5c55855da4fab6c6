"""Helpers shared by the assistant's tests (imported as `tui_helpers`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SVC = HERE / "data" / "svc"
DATE = "2024-09-30"


def run_cli(*args, input: str | None = None, env: dict | None = None, timeout: int = 120):
    """The real `senrules` command, with ``input`` on standard input."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "senrules.cli", *args], input=input or "", capture_output=True, text=True,
        cwd=ROOT, env=full_env, timeout=timeout,
    )
