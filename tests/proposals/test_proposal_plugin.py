"""The proposal reader as a pluggy evidence plugin, found through its entry
point, and the library API."""

from __future__ import annotations

import shutil

import pytest

import senrules
from senrules.errors import InputError
from senrules.gather import context_for
from senrules.plugins import Plugins, get_plugin_manager
from senrules_proposals import check_document as check_proposal


@pytest.fixture
def plugins():
    import senrules_proposals.plugin

    p = Plugins(get_plugin_manager(load_entrypoints=False))
    p.register(senrules_proposals.plugin, name="proposals")
    return p


def _folder(tmp_path, examples, name, manifest_file=None):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(examples[name], folder / name)
    (folder / "senrules-data.toml").write_text(
        f'evaluation_date = 2025-03-01\n\n[proposal_document]\nfile = "{manifest_file or name}"\n', encoding="utf-8"
    )
    return folder


def test_the_plugin_is_installed_under_its_entry_point():
    statuses = {s.name: s for s in Plugins().statuses()}
    assert statuses["proposals"].status == "loaded"
    assert statuses["proposals"].module == "senrules_proposals.plugin"


def test_the_plugin_declares_its_source(plugins):
    sources = [s for name, s in plugins.evidence_sources() if name == "proposals"]
    assert [s.name for s in sources] == ["proposal_document"]
    assert "alternative_provision_hoped" in sources[0].facts


def test_gathered_evidence_evaluates_like_the_checker(plugins, tmp_path, examples):
    rs = senrules.load_ruleset("sen-improvement-test-2007")
    folder = _folder(tmp_path, examples, "03-eastvale-hoped-for-places.md")
    gathered = plugins.gather_evidence(rs, context_for(folder))
    assert not gathered.errors
    by_fact = {e.fact: e for e in gathered.evidence}
    assert by_fact["alternative_provision_hoped"].value is True
    prov = by_fact["alternative_provision_hoped"].provenance
    assert prov.source == "proposals" and prov.record == "line 25"  # the plugin's name, as for every plugin
    assert prov.file.endswith("03-eastvale-hoped-for-places.md")
    result = rs.evaluate(gathered.evidence)
    assert result.verdict("ii") == "not_met" and result.overall == "not_credible"
    j = result.judgement("ii")
    assert any("line 25" in p for f in j.facts for p in f.provenance)


def test_other_rulesets_get_nothing(plugins, tmp_path, examples):
    rs = senrules.load_ruleset("example")
    folder = _folder(tmp_path, examples, "01-fernside-meets-the-test.md")
    assert plugins.gather_evidence(rs, context_for(folder)).evidence == ()


def test_an_unreadable_document_is_a_problem_not_a_crash(plugins, tmp_path, examples):
    rs = senrules.load_ruleset("sen-improvement-test-2007")
    folder = _folder(tmp_path, examples, "01-fernside-meets-the-test.md", manifest_file="missing.docx")
    gathered = plugins.gather_evidence(rs, context_for(folder))
    assert gathered.evidence == ()
    assert any("no such file" in p.message for p in gathered.errors)


def test_library_api(examples):
    report = check_proposal(examples["01-fernside-meets-the-test.md"])
    assert report.credible and report.verdicts()["para23"] == "not_applicable"
    assert report.to_dict()["factors"]["a"]["verdict"] == "met"
    assert report.result.overall == "credible"
    with pytest.raises(InputError, match="no such file"):
        check_proposal(examples["01-fernside-meets-the-test.md"].with_name("missing.md"))


# ------------------------------------------------------------------ the command comes from the plugin (hook)


def test_the_core_does_not_import_the_proposal_plugin():
    from pathlib import Path

    core = Path(__file__).resolve().parents[2] / "senrules"
    offenders = [str(p) for p in core.rglob("*.py") if "senrules_proposals" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_the_plugin_registers_the_proposal_command_through_the_hook():
    import argparse

    import senrules_proposals.plugin
    from senrules.plugins import Plugins

    plugins = Plugins(load_entrypoints=False)
    plugins.register(senrules_proposals.plugin, name="proposals")
    parser = argparse.ArgumentParser(prog="senrules")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("check")
    assert plugins.register_commands(sub) == []
    assert "proposal" in sub.choices
    args = parser.parse_args(["proposal", "check", "x.md", "--format", "json"])
    assert args.words == ["check", "x.md", "--format", "json"]


def test_help_lists_the_plugin_command_and_core_commands_load_no_plugin():
    import subprocess
    import sys

    helped = subprocess.run([sys.executable, "-m", "senrules.cli", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "proposal" in helped.stdout and "SEN Improvement Test" in helped.stdout
    code = ("import sys\nfrom senrules.cli import main\nmain(['rules', 'show', 'example'])\n"
            "print('senrules_proposals' in sys.modules, file=sys.stderr)\n")
    core = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert core.stderr.strip().splitlines()[-1] == "False"
    inner_help = subprocess.run([sys.executable, "-m", "senrules.cli", "proposal", "--help"], capture_output=True, text=True)
    assert inner_help.returncode == 0 and "senrules proposal" in inner_help.stdout and "check" in inner_help.stdout
