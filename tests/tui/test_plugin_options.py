"""The assistant with a plugin's ruleset and parameter set: both are found
through the plugins, the set's name is saved with the session so --resume
uses the same values, and a session saved before the option existed still
opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from senrules.errors import SenrulesError
from senrules.gather import ParameterSet
from senrules.hookspecs import hookimpl
from senrules.plugins import Plugins
from tui_helpers import DATE, run_cli

RULES = (Path(__file__).resolve().parents[1] / "data" / "la-review.rules").read_text(encoding="utf-8")


@pytest.fixture
def plugins(tmp_path):
    folder = tmp_path / "la-review"
    folder.mkdir()
    (folder / "review.rules").write_text(RULES.lstrip(), encoding="utf-8")

    class LA:
        @hookimpl
        def senrules_ruleset_paths(self):
            return [folder]

        @hookimpl
        def senrules_parameter_sets(self):
            return [ParameterSet("small-la", {"min_supported": 20}, ruleset="la-review")]

    p = Plugins(load_entrypoints=False)
    p.register(LA(), name="la")
    return p


def start(options, plugins, db, resume=False):
    from senrules_tui.session import Session

    return Session.start(options, db=db, resume=resume, plugins=plugins)


def test_a_contributed_ruleset_and_parameter_set_are_kept_for_resume(plugins, tmp_path):
    from senrules_tui.options import Options

    db = tmp_path / "s.sqlite"
    s = start(Options(ruleset="la-review", parameter_set="small-la", date=DATE), plugins, db)
    assert (s.rs.id, s.parameters) == ("la-review", {"min_supported": 20})
    s.opening()
    assert ("Changed: Reach from still open to good; “The service reaches children” (R1) from still open to good; "
            "“Enough children are supported” (R1.1) from still open to met.") in s.handle("30")[0].text  # 30 >= 20, the set's value
    again = start(Options(), plugins, db, resume=True)
    assert (again.rs.id, again.parameters) == ("la-review", {"min_supported": 20})
    assert again.result.verdict("R1.1") == "met"


def test_a_session_saved_without_a_parameter_set_still_opens(tmp_path):
    from senrules_tui.options import Options
    from senrules_tui.store import SessionStore

    db = tmp_path / "old.sqlite"
    saved = {"ruleset": "example", "data": None, "date": DATE, "service": None, "params": None, "document": None}
    store = SessionStore.create(db, {"options": saved, "ruleset": "example", "service": None, "evaluation_date": DATE})
    store.record_answer("programmes_monitored", True)
    again = start(Options(), None, db, resume=True)
    assert again.rs.id == "example" and again.parameters is None
    assert again.latest()[("programmes_monitored", None)].value is True


def test_an_unknown_parameter_set_stops_the_start(plugins, tmp_path):
    from senrules_tui.options import Options

    with pytest.raises(SenrulesError, match="no plugin offers a parameter set `small` for ruleset la-review; did you mean `small-la`"):
        start(Options(ruleset="la-review", parameter_set="small", date=DATE), plugins, tmp_path / "s.sqlite")


def test_assess_takes_the_option(tmp_path):
    done = run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, "--parameter-set", "nope",
                   "--db", str(tmp_path / "s.sqlite"))
    assert done.returncode == 2
    assert done.stderr == "senrules: error: no plugin offers a parameter set `nope` for ruleset example; none is offered for it\n"
