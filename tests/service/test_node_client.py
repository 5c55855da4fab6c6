"""A program in another language (Node.js, standard library only) evaluates,
explains and checks a proposal over HTTP and through the NDJSON commands,
validating every reply against the published schemas (client.mjs)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from service_helpers import ROOT

pytest.importorskip("starlette", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="node is not on PATH: the Node.js client (tests/service/client.mjs) needs Node 18 or newer")
def test_a_nodejs_client_validates_every_reply_against_the_published_schemas(server):
    version = subprocess.run([NODE, "--version"], capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 18:
        pytest.skip(f"node {version} has no fetch(); the client needs Node 18 or newer")
    proposal = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"
    out = subprocess.run([NODE, str(Path(__file__).with_name("client.mjs")), server.url, sys.executable, str(proposal)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert "S1.1 is partly_met: partly_met when programmes_monitored" in lines
    assert "proposal 01-fernside-meets-the-test.md: credible" in lines
    assert lines[-1].startswith("done: ") and int(lines[-1].split()[1]) >= 12
