"""Plugin faults: every hook call goes through one isolation wrapper
(senrules.plugins.call_plugin) and what plugins return is checked in one
place (senrules.gather), so a plugin that sleeps, loops, exits, raises a
BaseException, prints, or returns malformed values gets a message naming it,
never a crash, a hang or corrupted JSON, and never blames another plugin."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sys
import threading
import time
import types

import pytest

from senrules import cli
from senrules.evidence import Evidence, Provenance
from senrules.gather import EvaluationContext, Problem, reading
from senrules.plugins import TIMEOUT_ENV, call_plugin, plugin_timeout
from senrules.gather import PluginFault

DATE = dt.date(2024, 9, 30)


def ctx(**kw):
    return EvaluationContext(evaluation_date=DATE, **kw)


def plugin(**hooks):
    import senrules

    module = types.ModuleType("fake_plugin")
    for name, func in hooks.items():
        setattr(module, name, senrules.hookimpl(func))
    return module


class Custom(BaseException):
    """A BaseException subclass that is not Exception."""


@pytest.mark.parametrize("raise_it, said", [
    (lambda: sys.exit(3), "tried to stop senrules (SystemExit 3)"),
    (lambda: (_ for _ in ()).throw(Custom("odd")), "failed: Custom: odd"),
    (lambda: (_ for _ in ()).throw(KeyboardInterrupt()), "failed: KeyboardInterrupt"),
    (lambda: (_ for _ in ()).throw(RecursionError("deep")), "failed: RecursionError: deep"),
])
def test_anything_a_plugin_raises_becomes_a_problem_naming_it(plugins, ruleset, raise_it, said):
    def bad(ruleset, context):
        raise_it()

    def works(ruleset, context):
        return [Evidence("parents_positive", 71, Provenance("works"))]

    plugins.register(plugin(senrules_gather_evidence=bad), name="bad")
    plugins.register(plugin(senrules_gather_evidence=works), name="works")
    gathered = plugins.gather_evidence(ruleset, ctx())
    (problem,) = gathered.problems
    assert problem.plugin == "bad" and said in problem.message
    assert [e.fact for e in gathered.evidence] == ["parents_positive"]


def test_a_plugin_that_sleeps_is_abandoned_after_the_timeout(plugins, ruleset, monkeypatch):
    monkeypatch.setenv(TIMEOUT_ENV, "0.5")

    def sleeps(ruleset, context):
        stop.wait(30)

    stop = threading.Event()

    def loops(ruleset, context):
        while not stop.is_set():  # loops until the test ends (so it burns no CPU after)
            pass

    plugins.register(plugin(senrules_gather_evidence=sleeps), name="sleepy")
    plugins.register(plugin(senrules_gather_evidence=loops), name="loopy")
    try:
        gathered = plugins.gather_evidence(ruleset, ctx())
    finally:
        stop.set()
    rendered = sorted(p.render() for p in gathered.problems)
    assert rendered == [
        f"error: loopy: did not finish senrules_gather_evidence within 0.5 seconds and was abandoned "
        f"(set {TIMEOUT_ENV} to allow longer, 0 for no limit); none of its evidence is used",
        f"error: sleepy: did not finish senrules_gather_evidence within 0.5 seconds and was abandoned "
        f"(set {TIMEOUT_ENV} to allow longer, 0 for no limit); none of its evidence is used",
    ]


def test_the_timeout_is_read_from_the_environment(monkeypatch):
    monkeypatch.delenv(TIMEOUT_ENV, raising=False)
    assert plugin_timeout() == 60.0
    monkeypatch.setenv(TIMEOUT_ENV, "0")
    assert plugin_timeout() is None
    monkeypatch.setenv(TIMEOUT_ENV, "soon")
    with pytest.raises(Exception, match="is not a number of seconds"):
        plugin_timeout()


def test_what_a_plugin_prints_goes_to_standard_error(capsys):
    def chatty():
        print("debugging output")
        return 42

    assert call_plugin("chatty", "senrules_evidence_sources", chatty) == 42
    print("mine")
    out, err = capsys.readouterr()
    assert out == "mine\n" and err == "debugging output\n"


def test_a_generator_is_read_inside_the_wrapper_with_what_it_yielded_kept_aside():
    def gen():
        yield 1
        raise ValueError("late")

    with pytest.raises(PluginFault) as info:
        call_plugin("gen", "senrules_gather_evidence", gen)
    assert info.value.partial == (1,) and "failed: ValueError: late" in info.value.message


@pytest.mark.parametrize("item, said", [
    (Problem("bad row", row="3"), "returned a malformed problem (problem row '3' (str), not int): bad row"),
    (Problem("bad file", file=5), "returned a malformed problem (problem file 5 (int), not str): bad file"),
    (Evidence("cyp_supported", 5, Provenance("x", file=7)), "gave `cyp_supported` provenance file 7 (int), not str"),
    (Evidence("cyp_supported", 5, Provenance("x", as_of="2024-01-01")),
     "gave `cyp_supported` provenance as_of '2024-01-01' (str), not a date"),
    (Evidence("cyp_supported", 5, Provenance("x", row=True)), "gave `cyp_supported` provenance row True (bool), not int"),
])
def test_malformed_returns_become_problems_naming_the_plugin(plugins, ruleset, item, said):
    plugins.register(plugin(senrules_gather_evidence=lambda ruleset, context: [item]), name="odd")
    gathered = plugins.gather_evidence(ruleset, ctx())
    (problem,) = gathered.problems
    assert problem.plugin == "odd" and said in problem.message
    assert not gathered.evidence


def test_a_problem_is_always_the_plugin_that_returned_it(plugins, ruleset):
    plugins.register(plugin(senrules_gather_evidence=lambda ruleset, context: [Problem("x", plugin="tabular")]),
                     name="impostor")
    (problem,) = plugins.gather_evidence(ruleset, ctx()).problems
    assert problem.plugin == "impostor"


def test_a_failure_is_never_blamed_on_another_plugins_file(plugins, ruleset, tmp_path):
    """The failing plugin calls code of another package that has a local
    called `path` (another plugin's file): that file is not named."""
    other = types.ModuleType("other_package")
    exec("def helper(path):\n    raise RuntimeError('boom')\n", other.__dict__)  # noqa: S102 - test code
    someone_elses = str(tmp_path / "someone-elses.csv")

    def fails(ruleset, context):
        other.helper(someone_elses)

    def marks(ruleset, context):
        with reading(tmp_path / "mine.csv"):
            other.helper(someone_elses)

    plugins.register(plugin(senrules_gather_evidence=fails), name="fails")
    plugins.register(plugin(senrules_gather_evidence=marks), name="marks")
    problems = {p.plugin: p for p in plugins.gather_evidence(ruleset, ctx(data_dir=tmp_path)).errors}
    assert problems["fails"].file is None and "failed: RuntimeError: boom" in problems["fails"].message
    assert problems["marks"].file.endswith("mine.csv")


def test_listing_hooks_that_return_nonsense_are_reported_not_fatal(plugins, ruleset):
    plugins.register(plugin(
        senrules_ruleset_paths=lambda: {5: 6},
        senrules_evidence_sources=lambda: ["not a source"],
        senrules_parameter_sets=lambda ruleset: [{"name": "x"}],
    ), name="nonsense")
    assert plugins.ruleset_paths() == {}
    assert plugins.evidence_sources() == [] or all(n != "nonsense" for n, _ in plugins.evidence_sources())
    assert plugins.parameter_sets(ruleset) == []
    messages = [p.render() for p in plugins.problems]
    assert "error: nonsense: returned 5: 6 as a ruleset, not an id (text) and a path (in senrules_ruleset_paths)" in messages
    assert "error: nonsense: returned str among its evidence sources, not EvidenceSource (in senrules_evidence_sources)" in messages
    assert "error: nonsense: returned dict among its parameter sets, not ParameterSet (in senrules_parameter_sets)" in messages


# ------------------------------------------------------------------ from the command line, with an installed plugin

FAULTY = '''
import sys
import time

import senrules


@senrules.hookimpl
def senrules_ruleset_paths():
    print("ruleset paths asked")
    return {5: 6}


@senrules.hookimpl
def senrules_evidence_sources():
    print("sources asked")
    sys.exit(1)


@senrules.hookimpl
def senrules_gather_evidence(ruleset, context):
    print("not JSON")
    time.sleep(30)
'''


@pytest.fixture
def faulty(plugin_site, monkeypatch):
    plugin_site.install("senrules_faulty", FAULTY, version="0.1", package=True)
    monkeypatch.setenv(TIMEOUT_ENV, "1")
    return plugin_site.activate(monkeypatch)


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_plugins_rules_list_and_evaluate_survive_a_faulty_plugin(faulty):
    code, out, err = run("plugins", "--format", "json")
    assert code == 0, err
    assert any(row["name"] == "faulty" for row in json.loads(out))
    assert "error: faulty: tried to stop senrules (SystemExit 1) (in senrules_evidence_sources)" in err
    assert "error: faulty: returned 5: 6 as a ruleset" in err
    code, out, err = run("rules", "list")
    assert code == 0, err
    assert "dcsf-2008" in out and "internal error" not in err


def test_evaluate_json_stays_valid_when_a_plugin_prints_and_hangs(faulty):
    code, out, err = run("evaluate", "dcsf-2008", "--data", "northshire", "--format", "json")
    assert code == 0, err
    json.loads(out)  # nothing the plugin printed is in it
    assert "not JSON" in err
    assert "error: faulty: did not finish senrules_gather_evidence within 1 seconds and was abandoned" in err
