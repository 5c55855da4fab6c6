"""Editions a plugin adds to a ruleset's id, a shipped one included
(`senrules_ruleset_editions`): an LA's locally amended edition of the shipped
`example` ruleset, under the same id with its own version and start date.

The plugin is a real package with a `senrules` entry point (a dist-info
folder put on sys.path), and the real `senrules` command is run in a new
process; the library is also tested with the plugin registered through the
plugin manager.  Its edition `example@2025-la` starts on 2025-09-01 and reads
"the majority of CYP" as 70% (the shipped edition 1.0.0: 50%).  With
`LA_CLASH` set it also adds an edition with the shipped edition's version,
or (`LA_CLASH=date`) its start date: never an override, always an error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from senrules import RuleLoadError, load_ruleset
from senrules.plugins import Plugins

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "senrules" / "rules" / "example" / "example.rules"

PLUGIN = '''
import os
from pathlib import Path

import senrules

HERE = Path(__file__).parent


@senrules.hookimpl
def senrules_ruleset_editions():
    clash = os.environ.get("LA_CLASH")
    extra = [HERE / ("clash-date" if clash == "date" else "clash-version")] if clash else []
    return {"example": [HERE / "example-2025", *extra]}
'''


def edition(text: str, version: str, effective: str, majority: int) -> str:
    text = text.replace('version "1.0.0"', f'version "{version}"', 1)
    text = text.replace("effective 2008-04-01 to 2099-12-31", f"effective {effective}", 1)
    return text.replace("parameter majority_of_cyp: percentage = 50 {", f"parameter majority_of_cyp: percentage = {majority} {{", 1)


@pytest.fixture(scope="module")
def site(make_plugin_site):
    shipped = SHIPPED.read_text(encoding="utf-8")
    files = {}
    for folder, version, effective, majority in [("example-2025", "2025-la", "2025-09-01", 70),
                                                 ("clash-version", "1.0.0", "2026-09-01", 60),
                                                 ("clash-date", "2008-la", "2008-04-01", 60)]:
        files[f"{folder}/example.rules"] = edition(shipped, version, effective, majority)
        files[f"{folder}/demo.json"] = (SHIPPED.parent / "demo.json").read_bytes()  # its own demo facts
    site = make_plugin_site()
    site.install("senrules_la_editions", PLUGIN, entry="la-editions", files=files)
    return site


def run(site, *args, **env):
    """The real `senrules` command in a new process, with the plugin installed."""
    environ = site.env(**env)
    if "LA_CLASH" not in env:
        environ.pop("LA_CLASH", None)
    return subprocess.run([sys.executable, "-m", "senrules", *args], capture_output=True, text=True, cwd=ROOT,
                          env=environ, timeout=120)


def evaluated(site, target: str, date: str) -> dict:
    r = run(site, "evaluate", target, "--demo", "--date", date, "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


ORIGIN = "plugin la-editions (senrules-la-editions 1.0)"


def test_the_edition_in_force_on_the_date_is_used_the_shipped_one_before_it_starts(site):
    before = evaluated(site, "example", "2024-09-01")
    assert before["ruleset"]["edition"] == "example@1.0.0"
    assert before["parameters"]["majority_of_cyp"]["value"] == 50
    assert not any("plugin" in n for n in before["notes"])
    after = evaluated(site, "example", "2026-01-15")
    assert after["ruleset"]["edition"] == "example@2025-la"
    assert after["parameters"]["majority_of_cyp"]["value"] == 70
    assert f"edition example@2025-la is not shipped with senrules: {ORIGIN} adds it" in after["notes"]


def test_an_edition_is_chosen_by_name_whatever_the_date(site):
    shipped = evaluated(site, "example@1.0.0", "2026-01-15")
    assert shipped["ruleset"]["edition"] == "example@1.0.0"
    assert ("edition example@1.0.0 was asked for by name; the edition in force on 2026-01-15 is example@2025-la "
            "(from 2025-09-01)") in shipped["notes"]
    local = evaluated(site, "example@2025-la", "2024-09-01")
    assert local["parameters"]["majority_of_cyp"]["value"] == 70
    assert (f"edition example@2025-la is not shipped with senrules: {ORIGIN} adds it; edition example@2025-la was "
            "asked for by name; the edition in force on 2024-09-01 is example@1.0.0 (from 2008-04-01 to 2025-08-31)"
            ) in local["notes"]
    r = run(site, "evaluate", "example", "--demo", "--date", "2026-01-15")  # the text report says it too
    assert r.returncode == 0 and f"{ORIGIN} adds it" in r.stdout


def test_rules_list_shows_both_editions_and_who_adds_the_plugins(site):
    r = run(site, "rules", "list")
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("example")]
    assert rows[0].startswith("example@1.0.0                1.0.0    Example") and "from plugin" not in rows[0]
    assert "[edition in force from 2008-04-01 to 2025-08-31]" in rows[0]
    assert rows[1].startswith("example@2025-la              2025-la  Example")
    assert rows[1].endswith(f"from {ORIGIN}: {site.root / 'senrules_la_editions' / 'example-2025'}")
    r = run(site, "rules", "list", "--format", "json")
    entries = [e for e in json.loads(r.stdout)["rulesets"] if e["id"] == "example"]
    assert [(e["edition"], e["origin"]) for e in entries] == [("example@1.0.0", "shipped"), ("example@2025-la", ORIGIN)]
    r = run(site, "plugins")
    assert f"edition of example ({site.root / 'senrules_la_editions' / 'example-2025'})" in r.stdout


def test_check_and_test_take_each_edition_and_any_command_names_one(site):
    r = run(site, "check", "example")
    assert (r.returncode, r.stderr) == (0, "senrules check: no findings in 2 rulesets\n")
    r = run(site, "test", "example")
    shipped, added = r.stdout.splitlines()
    assert shipped.startswith("example@1.0.0: ") and shipped.endswith(" passed, 0 failed")
    assert added == "example@2025-la: 0 passed, 0 failed"  # its copy has no test file
    r = run(site, "rules", "show", "example@2025-la")
    assert r.returncode == 0 and "version 2025-la" in r.stdout and "effective from 2025-09-01" in r.stdout


@pytest.mark.parametrize("clash, why", [
    ("version", "are both version 1.0.0"),
    ("date", "both take effect on 2008-04-01"),
])
def test_an_edition_that_clashes_with_the_shipped_one_is_an_error_never_an_override(site, clash, why):
    r = run(site, "evaluate", "example", "--demo", LA_CLASH=clash)
    assert r.returncode == 2 and r.stdout == ""
    (line,) = r.stderr.splitlines()
    assert line.startswith("senrules: error: the shipped edition example@1.0.0 (")
    assert f"that {ORIGIN} adds (" in line and f"{why}, so neither can be chosen: an added edition never replaces another" in line
    assert line.endswith(f"({ORIGIN} must give its edition a version and an `effective` start of its own "
                         "(or leave the plugin out: SENRULES_DISABLE_PLUGINS))")
    r = run(site, "evaluate", "example", "--demo", "--format", "json", LA_CLASH=clash, SENRULES_DISABLE_PLUGINS="la-editions")
    assert r.returncode == 0 and json.loads(r.stdout)["ruleset"]["edition"] is None  # without it: the shipped ruleset


def test_without_a_plugin_that_adds_editions_a_shipped_load_imports_no_plugin(site):
    probe = ("import json, sys; from senrules.cli import main; code = main(sys.argv[1:]); "
             "print(json.dumps([code, 'senrules_la_editions' in sys.modules, 'senrules.plugins' in sys.modules]))")
    environ = site.env(keep_pythonpath=False)
    done = subprocess.run([sys.executable, "-c", probe, "evaluate", "example", "--demo", "--brief"],
                          capture_output=True, text=True, env=environ, timeout=120)
    assert json.loads(done.stdout.splitlines()[-1]) == [0, True, True]  # it implements the hook: it is asked
    environ["SENRULES_DISABLE_PLUGINS"] = "la-editions"
    done = subprocess.run([sys.executable, "-c", probe, "evaluate", "example", "--demo", "--brief"],
                          capture_output=True, text=True, env=environ, timeout=120)
    assert json.loads(done.stdout.splitlines()[-1]) == [0, False, False]  # no plugin adds editions: none is built


def test_from_the_library_with_the_plugin_registered(site, monkeypatch):
    site.activate(monkeypatch)
    monkeypatch.delenv("LA_CLASH", raising=False)
    import importlib

    plugins = Plugins(load_entrypoints=False)
    plugins.register(importlib.import_module("senrules_la_editions"), name="la")
    search = plugins.ruleset_search()
    rs = load_ruleset("example", search=search, on="2026-01-15")
    assert (rs.edition, rs.parameters["majority_of_cyp"].default.value) == ("example@2025-la", 70)
    assert rs.evaluate({}, evaluation_date="2026-01-15").notes[0] == "edition example@2025-la is not shipped with senrules: plugin la adds it"
    assert load_ruleset("example", search=search, on="2020-01-01").edition == "example@1.0.0"
    assert load_ruleset("example").edition is None  # the library without a search: the shipped ruleset alone
    monkeypatch.setenv("LA_CLASH", "version")
    plugins = Plugins(load_entrypoints=False)
    plugins.register(importlib.import_module("senrules_la_editions"), name="la")
    with pytest.raises(RuleLoadError, match="are both version 1.0.0"):
        load_ruleset("example", search=plugins.ruleset_search(), on="2020-01-01")
