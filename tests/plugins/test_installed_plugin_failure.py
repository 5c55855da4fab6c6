"""An installed evidence plugin (found through its entry point, imported
lazily) that fails while reading a file: the report names the plugin and
the file it was reading, as for a built-in plugin.  This is the plugin of
docs/plugins.md ("Write an evidence plugin in 30 lines") given a
referrals.csv without the column it reads."""

from __future__ import annotations

import contextlib
import io

import pytest

from senrules import cli

PLUGIN = '''
import csv

from senrules import hookimpl


@hookimpl
def senrules_gather_evidence(ruleset, context):
    path = context.path("referrals.csv")
    if not path.exists():
        return None
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row["closed_on"]  # a KeyError when the export has no such column
    return None
'''


@pytest.fixture
def installed(plugin_site, monkeypatch):
    plugin_site.install("senrules_referrals_broken", PLUGIN, entry="referrals", package=True)
    return plugin_site.activate(monkeypatch)


def test_a_failing_installed_plugin_names_the_file_it_was_reading(installed, tmp_path, monkeypatch):
    data = tmp_path / "svc"
    data.mkdir()
    (data / "referrals.csv").write_text("child_id,referred_on\nA1,2023-10-01\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli.main(["evaluate", "example", "--data", "svc", "--date", "2024-09-30"])
    assert code == 0
    assert "error: referrals: svc/referrals.csv: failed: KeyError: 'closed_on'; none of its evidence is used" in (
        err.getvalue().splitlines()
    )
