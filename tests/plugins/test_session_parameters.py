"""A saved session keeps the parameter values it was started with, not only
the name of the parameter set: resumed after the set changed, or after the
plugin offering it is gone, it goes on with the same values and says which
differ now (old and new, and what set each).  A session saved before values
were kept is resumed with today's values, as it was, and keeps them.

Real runs of `senrules assess --plain` in new processes, with a real plugin
package (a dist-info on sys.path) whose set `small-la` reads
`min_supported` from the environment (LA_MIN, 20 when unset), for the rules
tests/data/la-review.rules (R1.1 met when cyp_supported >= min_supported).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[1] / "data" / "la-review.rules"

PLUGIN = '''
import os

import senrules
from senrules.gather import ParameterSet


@senrules.hookimpl
def senrules_parameter_sets(ruleset):
    return [ParameterSet("small-la", {"min_supported": int(os.environ.get("LA_MIN", "20"))}, ruleset="la-review")]
'''


@pytest.fixture(scope="module")
def site(make_plugin_site):
    site = make_plugin_site()
    site.install("senrules_la_sets", PLUGIN, entry="la-sets")
    return site


def assess(site, tmp_path, *args, answers="", **env):
    environ = site.env(keep_pythonpath=False, SENRULES_DATA_DIR=str(tmp_path / "user"), **env)
    for name in ("LA_MIN", "SENRULES_DISABLE_PLUGINS"):
        if name not in env:
            environ.pop(name, None)
    done = subprocess.run([sys.executable, "-m", "senrules.cli", "assess", "--plain", *args], input=answers,
                          capture_output=True, text=True, env=environ, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def started(site, tmp_path):
    """A session started with the set's min_supported = 20 and 30 children supported: R1 good."""
    db = tmp_path / "s.sqlite"
    out = assess(site, tmp_path, "--ruleset", str(RULES), "--parameter-set", "small-la", "--date", "2024-09-30",
                 "--db", str(db), answers="30\n")
    assert "(R1.1) from still open to met" in out
    return db


def saved(db: Path) -> dict:
    with sqlite3.connect(db) as con:
        return {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM assess_session_v1")}


def test_the_session_file_keeps_the_values_and_what_set_them(started):
    assert saved(started)["parameter_values"] == {"values": {"min_supported": 20},
                                                  "sources": {"min_supported": "the parameter set small-la"}}


def test_resumed_after_the_set_changed_it_keeps_its_values_and_says_which_differ(site, tmp_path, started):
    out = assess(site, tmp_path, "--resume", "--db", str(started), LA_MIN="50")
    assert ("1 parameter value set when this session started is now different where it came from: "
            "min_supported: was 20 (the parameter set small-la), now 50 (the parameter set small-la). "
            "This session goes on with the values it started with, so its verdicts keep the same meaning; "
            "start a new session to use the new values.") in out
    assert "Already decided by the evidence: “The service reaches children” (R1): good." in out  # 30 >= 20, the value it started with
    out = assess(site, tmp_path, "--resume", "--db", str(started))  # the set as it was: nothing to say
    assert "parameter value" not in out and "Already decided by the evidence: “The service reaches children” (R1): good." in out


def test_resumed_without_the_plugin_it_goes_on_with_the_saved_values(site, tmp_path, started):
    out = assess(site, tmp_path, "--resume", "--db", str(started), SENRULES_DISABLE_PLUGINS="la-sets")
    assert ("The parameter values this session was started with could not be read again (no plugin offers a "
            "parameter set small-la for ruleset la-review; none is offered for it). It goes on with the values "
            "saved with it: min_supported = 20 (the parameter set small-la).") in out
    assert "Already decided by the evidence: “The service reaches children” (R1): good." in out


def test_a_session_saved_before_values_were_kept_uses_todays_and_keeps_them(site, tmp_path, started):
    with sqlite3.connect(started) as con:  # as sessions were saved before: the set's name only
        con.execute("DELETE FROM assess_session_v1 WHERE key = 'parameter_values'")
    out = assess(site, tmp_path, "--resume", "--db", str(started), LA_MIN="50")
    assert "parameter value" not in out
    assert "R1 good" not in out  # 30 < 50: today's value of the set
    assert saved(started)["parameter_values"]["values"] == {"min_supported": 50}
    out = assess(site, tmp_path, "--resume", "--db", str(started))  # and from now on it keeps them
    assert "min_supported: was 50 (the parameter set small-la), now 20 (the parameter set small-la)" in out
