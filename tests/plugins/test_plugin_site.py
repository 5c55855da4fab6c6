"""The shared fixture for a fake installed plugin (``plugin_site``, in
tests/conftest.py): what it installs is found as pip's installs are, with
its distribution's name and version, in this process and in a new one."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys

from senrules import cli

PLUGIN = '''
from senrules import hookimpl
from senrules.gather import EvidenceSource


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource("crm", "The case system")]
'''


def test_an_installed_plugin_is_listed_with_its_distribution(plugin_site, monkeypatch):
    plugin_site.install("senrules_crm_fixture", PLUGIN, entry="crm", version="2.3")
    plugin_site.activate(monkeypatch)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["plugins", "--format", "json"]) == 0
    (row,) = [r for r in json.loads(out.getvalue()) if r["name"] == "crm"]
    assert (row["version"], row["status"], row["sources"]) == ("2.3", "loaded", ["The case system"])
    code = "import sys; from senrules.cli import main; raise SystemExit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "plugins"], capture_output=True, text=True, env=plugin_site.env(),
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert any(line.split()[:3] == ["crm", "2.3", "loaded"] for line in done.stdout.splitlines())
