"""Every hook has a test_hook_<name> (datasette); the plugin manager,
blocking, entry points and the facade; and a plugin that crashes or
returns malformed data never stops an evaluation."""

from __future__ import annotations

import datetime as dt
import types
from importlib import metadata
from pathlib import Path

import pytest

import senrules
from senrules import Evidence, Provenance, hookimpl, hookspecs
from senrules.gather import (
    Answer, EvaluationContext, EvidenceSource, ParameterSet, PluginError, Problem, context_for, reading,
)
from senrules.plugins import DISABLE_ENV, Plugins, get_plugin_manager

DATE = dt.date(2024, 9, 30)
HOOKS = sorted(name for name in vars(hookspecs) if name.startswith("senrules_"))


def plugin(**hooks):
    """A plugin object from hook functions."""
    ns = types.SimpleNamespace()
    for name, fn in hooks.items():
        setattr(ns, name, hookimpl(fn))
    return ns


def ctx(**kw):
    return EvaluationContext(evaluation_date=DATE, **kw)


def test_every_hook_has_a_test_of_its_own():
    tests = {name[len("test_hook_"):] for name in globals() if name.startswith("test_hook_")}
    assert set(HOOKS) == tests


def test_every_hook_is_documented_with_params_firstresult_and_versionadded():
    for name in HOOKS:
        doc = getattr(hookspecs, name).__doc__ or ""
        assert "versionadded" in doc, name
        assert "firstresult" in doc, name
        assert "None" in doc, name


# ------------------------------------------------------------------ hooks


def test_hook_senrules_evidence_sources(plugins):
    plugins.register(plugin(senrules_evidence_sources=lambda: [EvidenceSource("crm", "The LA's case system")]), name="crm")
    sources = dict((name, s) for name, s in plugins.evidence_sources())
    assert sources["crm"].title == "The LA's case system"
    assert "facts_file" in sources  # the library's own plugin


def test_hook_senrules_gather_evidence(plugins, ruleset):
    def gather(ruleset, context):
        assert context.ruleset == ruleset.id
        yield Evidence("cyp_supported", 184, Provenance("anything", file="crm.csv", row=3))
        yield Evidence("cyp_progress_rate", "63%", Provenance("crm", as_of=dt.date(2024, 7, 31)), 2024)

    plugins.register(plugin(senrules_gather_evidence=gather), name="crm")
    gathered = plugins.gather_evidence(ruleset, ctx())
    assert gathered.problems == ()
    assert gathered.plugins == ("crm",)
    first, second = gathered.evidence
    assert first.provenance.source == "crm"  # the plugin's name, always
    assert (second.value, second.year) == (63, 2024)  # checked and converted
    result = ruleset.evaluate(gathered.evidence, evaluation_date=DATE)
    assert result.verdict("C1") == "met"
    assert "crm, crm.csv, row 3" in result.judgement("C1").facts[0].provenance[0]


def test_hook_senrules_ruleset_paths(plugins, tmp_path):
    (tmp_path / "la-extra").mkdir()
    plugins.register(plugin(senrules_ruleset_paths=lambda: [tmp_path / "la-extra"]), name="a")
    plugins.register(plugin(senrules_ruleset_paths=lambda: {"example": tmp_path, "other": tmp_path}), name="b")
    paths = plugins.ruleset_paths()
    assert paths["la-extra"] == tmp_path / "la-extra"
    assert paths["other"] == tmp_path
    assert "example" not in paths  # a shipped ruleset is never replaced, and the plugin is told
    assert [p.render() for p in plugins.problems] == [
        "warning: b: offers a ruleset `example`, the id of a shipped ruleset, which it never replaces: it is not used "
        "(to add an edition of it, use senrules_ruleset_editions)"]


def test_hook_senrules_ruleset_editions(plugins, tmp_path):
    plugins.register(plugin(senrules_ruleset_editions=lambda: {"example": tmp_path / "a"}), name="a")
    plugins.register(plugin(senrules_ruleset_editions=lambda: {"example": [tmp_path / "b"], "other": tmp_path}), name="b")
    plugins.register(plugin(senrules_ruleset_editions=lambda: [tmp_path]), name="c")
    plugins.register(plugin(senrules_ruleset_editions=lambda: {"example": [5]}), name="d")
    # in pluggy's call order (the last registered first)
    assert plugins.edition_sources() == {"example": [("b", tmp_path / "b"), ("a", tmp_path / "a")], "other": [("b", tmp_path)]}
    assert [(e.path, e.origin) for e in plugins.added_editions("example")] == [(tmp_path / "b", "plugin b"), (tmp_path / "a", "plugin a")]
    assert [p.render() for p in plugins.problems] == [
        "error: d: returned 'example': [5] as editions, not a ruleset id (text) and paths (in senrules_ruleset_editions)",
        f"error: c: returned [{tmp_path!r}] (list), not a mapping of ruleset id to paths (in senrules_ruleset_editions)",
    ]


def test_hook_senrules_parameter_sets(plugins, ruleset):
    strict = ParameterSet("northshire", {"trend_years": 4}, ruleset="evidence_test", doc="Northshire's reading")
    elsewhere = ParameterSet("other", {"x": 1}, ruleset="dcsf-2008")
    plugins.register(plugin(senrules_parameter_sets=lambda ruleset: [strict, elsewhere]), name="la")
    assert plugins.parameter_sets(ruleset) == [strict]
    assert plugins.parameter_set(ruleset, "northshire").values == {"trend_years": 4}
    with pytest.raises(PluginError, match="did you mean `northshire`"):
        plugins.parameter_set(ruleset, "northshir")


def test_hook_senrules_record_answer(builtins, tmp_path, ruleset):
    context = ctx(data_dir=tmp_path)
    where = builtins.record_answer(Answer("cyp_supported", 186, note="two late referrals"), context)
    assert where.endswith("answers.sqlite, answer 1")
    gathered = builtins.gather_evidence(ruleset, context)
    (ev,) = gathered.evidence
    assert (ev.fact, ev.value, ev.provenance.source) == ("cyp_supported", 186, "answers")
    assert 'note: "two late referrals"' in ev.provenance.record


def test_hook_senrules_register_commands(plugins):
    import argparse

    def add(subparsers):
        subparsers.add_parser("crm-sync", help="sync with the case system").set_defaults(func=lambda args: 0)

    def clash(subparsers):
        subparsers.add_parser("check")  # the core's own command: refused, reported, the others kept

    plugins.register(plugin(senrules_register_commands=add), name="crm")
    plugins.register(plugin(senrules_register_commands=clash), name="clash")
    parser = argparse.ArgumentParser(prog="senrules")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("check")
    failures = plugins.register_commands(sub)
    assert [name for name, _ in failures] == ["clash"]
    assert parser.parse_args(["crm-sync"]).func(None) == 0


def test_a_plugin_command_without_a_description_opens_its_help_with_its_line(monkeypatch, capsys):
    """As the core's commands do: ``senrules crm-sync --help`` opens with the
    line ``senrules --help`` lists it by, as a sentence."""
    import senrules.plugins
    from senrules.cli import build_parser

    def add(subparsers):
        subparsers.add_parser("crm-sync", help="sync with the case system").set_defaults(func=lambda args: 0)

    def with_crm(*args, **kwargs):
        made = Plugins(load_entrypoints=False)
        made.register(plugin(senrules_register_commands=add), name="crm")
        return made

    monkeypatch.setattr(senrules.plugins, "Plugins", with_crm)
    parser = build_parser(["crm-sync", "--help"])
    with pytest.raises(SystemExit):
        parser.parse_args(["crm-sync", "--help"])
    assert "\n\nSync with the case system.\n" in capsys.readouterr().out
    assert parser.parse_args(["crm-sync"]).func(None) == 0


def test_a_plugin_cannot_take_a_core_command_listed_after_the_plugins(monkeypatch, capsys):
    """The plugins' commands are added among the core's (after ``assess``):
    a plugin's ``fmt`` is refused as one before them is, with a warning, and
    the core's ``fmt`` is the one that runs."""
    import senrules.plugins
    from senrules.cli import build_parser

    def clash(subparsers):
        subparsers.add_parser("fmt", help="not the formatter")

    def with_clash(*args, **kwargs):
        made = Plugins(load_entrypoints=False)
        made.register(plugin(senrules_register_commands=clash), name="clash")
        return made

    monkeypatch.setattr(senrules.plugins, "Plugins", with_clash)
    parser = build_parser(["--help"])
    assert "plugin clash could not add its commands" in capsys.readouterr().err
    assert parser.parse_args(["fmt", "x.rules"]).paths == ["x.rules"]


def test_record_answer_with_no_store_says_so(plugins):
    with pytest.raises(PluginError, match="no plugin stores answers"):
        plugins.record_answer(Answer("x", 1), ctx())


# ------------------------------------------------------------------ manager


def test_the_manager_is_new_each_time_and_has_the_library_plugin():
    a, b = get_plugin_manager(load_entrypoints=False), get_plugin_manager(load_entrypoints=False)
    assert a is not b
    assert a.has_plugin("facts_file")
    assert [s.status for s in Plugins(a).statuses()] == ["built-in"]


def test_built_in_plugins_are_found_through_the_entry_point_group():
    names = {ep.name: ep.value for ep in metadata.entry_points(group="senrules")}
    assert {"tabular", "outcomes_benchmarking", "surveys", "provision_map", "answers"} <= set(names)
    statuses = {s.name: s for s in Plugins().statuses()}
    for name in ("tabular", "outcomes_benchmarking", "surveys", "provision_map", "answers"):
        assert statuses[name].status == "loaded"
        assert statuses[name].distribution == "senrules"
        assert statuses[name].version == senrules.__version__


def test_plugins_named_in_the_environment_are_disabled(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "surveys, answers facts_file")
    pm = get_plugin_manager()
    assert not pm.has_plugin("surveys") and not pm.has_plugin("answers") and not pm.has_plugin("facts_file")
    assert pm.has_plugin("tabular")
    statuses = {s.name: s.status for s in Plugins(pm).statuses()}
    assert statuses["surveys"] == statuses["answers"] == statuses["facts_file"] == "disabled"
    with pytest.raises(PluginError, match="blocked"):
        Plugins(pm).register(plugin(), name="surveys")


class _EntryPoint:
    def __init__(self, name, loader, dist=None):
        self.name, self.value, self._loader, self.dist = name, f"{name}_module", loader, dist

    def load(self):
        return self._loader()


def test_a_plugin_that_cannot_be_imported_is_listed_as_failed(monkeypatch):
    good = plugin(senrules_evidence_sources=lambda: [EvidenceSource("good", "Good")])

    def broken():
        raise ImportError("No module named 'la_crm_client'")

    fake = [_EntryPoint("broken", broken), _EntryPoint("good", lambda: good)]
    monkeypatch.setattr(metadata, "entry_points", lambda group: fake if group == "senrules" else [])
    pm = get_plugin_manager()
    statuses = {s.name: s for s in Plugins(pm).statuses()}
    assert statuses["broken"].status == "failed"
    assert "ImportError: No module named 'la_crm_client'" in statuses["broken"].error
    assert statuses["good"].status == "loaded"


def test_a_misspelt_hook_fails_that_plugin_only(monkeypatch):
    typo = types.SimpleNamespace(senrules_gather_evidnce=hookimpl(lambda ruleset, context: None))
    fake = [_EntryPoint("typo", lambda: typo)]
    monkeypatch.setattr(metadata, "entry_points", lambda group: fake if group == "senrules" else [])
    pm = get_plugin_manager()
    status = {s.name: s for s in Plugins(pm).statuses()}["typo"]
    assert status.status == "failed"
    assert "did you mean senrules_gather_evidence?" in status.error
    assert not pm.has_plugin("typo")


def test_a_hook_with_a_wrong_argument_fails_that_plugin_only(monkeypatch):
    wrong = types.SimpleNamespace(senrules_gather_evidence=hookimpl(lambda ruleset, contxt: None))
    fake = [_EntryPoint("wrong", lambda: wrong)]
    monkeypatch.setattr(metadata, "entry_points", lambda group: fake if group == "senrules" else [])
    status = {s.name: s for s in Plugins(get_plugin_manager()).statuses()}["wrong"]
    assert status.status == "failed" and "contxt" in status.error


# ------------------------------------------------------------------ failures


def test_a_crashing_plugin_is_reported_with_its_file_and_does_not_stop_the_evaluation(plugins, ruleset, tmp_path):
    def crashes(ruleset, context):
        yield Evidence("cyp_supported", 5, Provenance("crash"))
        path = tmp_path / "export.csv"
        with reading(path, "Sheet1"):
            raise KeyError("Total")

    def works(ruleset, context):
        return [Evidence("parents_positive", 71, Provenance("works"))]

    plugins.register(plugin(senrules_gather_evidence=crashes), name="crash")
    plugins.register(plugin(senrules_gather_evidence=works), name="works")
    gathered = plugins.gather_evidence(ruleset, ctx(data_dir=tmp_path))
    (problem,) = gathered.problems
    assert problem.plugin == "crash"
    assert problem.file.endswith("export.csv") and problem.sheet == "Sheet1"
    assert "failed: KeyError: 'Total'; none of its evidence is used" in problem.message
    assert problem.facts == ("cyp_supported",)
    assert [e.fact for e in gathered.evidence] == ["parents_positive"]
    result = ruleset.evaluate(gathered.evidence, evaluation_date=DATE)
    assert result.verdict("C1") == "unknown"  # the crashed plugin's fact stays unknown
    assert result.verdict("C2") == "met"


def test_the_file_of_a_crash_is_found_without_reading(plugins, ruleset, tmp_path):
    def crashes(ruleset, context):
        path = tmp_path / "missing.csv"
        return open(path).read()

    plugins.register(plugin(senrules_gather_evidence=crashes), name="crash")
    (problem,) = plugins.gather_evidence(ruleset, ctx()).problems
    assert problem.file.endswith("missing.csv") and "FileNotFoundError" in problem.message


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        (42, "returned an int, not evidence"),
        ("cyp_supported", "returned a str, not evidence"),
        ([("cyp_supported", 1)], "returned a tuple among its evidence"),
        ([{"fact": "cyp_supported", "value": 1, "colour": "red"}], "malformed evidence mapping"),
        ([Evidence("cyp_suported", 1, Provenance("x", file="a.csv", row=2))], "did you mean `cyp_supported`"),
        ([Evidence("cyp_supported", "lots", Provenance("x", file="a.csv", row=2, column="N"))], '"lots" is not a whole number'),
        ([Evidence("cyp_progress_rate", 140, Provenance("x"), 2024)], "outside 0-100"),
        ([Evidence("cyp_progress_rate", 40, Provenance("x"), 2031)], "the year 2031 is after the evaluation year 2024"),
        ([Evidence("cyp_progress_rate", 40, Provenance("x"))], "per year, but no year was given"),
        ([Evidence("cyp_supported", 1, "crm.csv")], "a provenance that is a str"),
    ],
)
def test_malformed_data_is_reported_and_its_fact_stays_unknown(plugins, ruleset, returned, message):
    plugins.register(plugin(senrules_gather_evidence=lambda: returned), name="odd")
    gathered = plugins.gather_evidence(ruleset, ctx())
    assert gathered.evidence == ()
    (problem,) = gathered.problems
    assert message in problem.message
    assert problem.plugin == "odd"


def test_a_mapping_is_read_as_evidence(plugins, ruleset):
    payload = {"fact": "cyp_supported", "value": 12, "provenance": {"source": "feed", "file": "feed.json", "as_of": "2024-07-31"}}
    plugins.register(plugin(senrules_gather_evidence=lambda: [payload]), name="feed")
    (ev,) = plugins.gather_evidence(ruleset, ctx()).evidence
    assert ev.provenance == Provenance("feed", file="feed.json", as_of=dt.date(2024, 7, 31))


def test_a_plugin_can_report_problems_of_its_own(plugins, ruleset):
    plugins.register(plugin(senrules_gather_evidence=lambda: [Problem("row 3 is odd", file="x.csv", row=3)]), name="own")
    (problem,) = plugins.gather_evidence(ruleset, ctx()).problems
    assert problem.render() == "error: own: x.csv, row 3: row 3 is odd"


def test_a_data_folder_without_a_manifest_is_pointed_out(plugins, ruleset, tmp_path):
    (problem,) = plugins.gather_evidence(ruleset, context_for(tmp_path)).problems
    assert problem.severity == "warning" and "senrules-data.toml" in problem.message


def test_an_explicitly_registered_plugin_is_listed(plugins):
    name = plugins.register(plugin(senrules_evidence_sources=lambda: None), name="mine")
    assert name == "mine" and "mine" in plugins.names()
    assert {s.name: s.status for s in plugins.statuses()}["mine"] == "registered"
    plugins.unregister("mine")
    assert "mine" not in plugins.names()


def test_registering_a_misspelt_hook_from_the_api_is_refused(plugins):
    with pytest.raises(PluginError, match="did you mean senrules_evidence_sources"):
        plugins.register(types.SimpleNamespace(senrules_evidence_source=hookimpl(lambda: None)), name="typo")


def test_the_library_re_exports_hookimpl():
    assert senrules.hookimpl is hookspecs.hookimpl
    assert "hookimpl" in senrules.__all__
    assert Path(hookspecs.__file__).name == "hookspecs.py"
