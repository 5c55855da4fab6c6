"""The long fuzzing runs share, once per process, the setup that no fuzzed
input can change (the plugin manager, the command-line parser, a shipped
ruleset's compiled-rules cache: ``fuzz_targets.once_per_process``).  That
must not change what any command does: here every kind of target's command
gives the same exit code, output and messages with the shared setup (on its
first and on a later run) as without it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import fuzz_targets as targets

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "senrules" / "demo" / "northshire"


def _commands(tmp_path: Path) -> dict[str, list[tuple[str, ...]]]:
    rules = tmp_path / "example.rules"
    shutil.copy(sorted((ROOT / "senrules" / "rules" / "example").glob("*.rules"))[0], rules)
    bad_rules = tmp_path / "bad.rules"
    bad_rules.write_text('ruleset x { title "t" }\nstandard S1 "s" {\n  criterion S1.1 "c" { met when nothing >= }\n',
                         encoding="utf-8")
    facts = tmp_path / "facts.json"
    facts.write_text('{"facts": {"cyp_supported": {"2024": 120}, "monitoring_interval": "soon"}}', encoding="utf-8")
    params = tmp_path / "params.toml"
    params.write_text("most_areas = 0.9\nnonsense = 3\n", encoding="utf-8")
    table = tmp_path / "table"
    table.mkdir()
    shutil.copy(DEMO / "service-data.csv", table / "data.csv")
    (table / "senrules-data.toml").write_text(targets._TABLE_MANIFEST.format(name="data.csv"), encoding="utf-8")
    proposal = sorted((ROOT / "tests" / "data" / "proposals" / "dev").glob("*.txt"))[0]
    folder = tmp_path / "example"
    shutil.copytree(ROOT / "senrules" / "rules" / "example", folder)
    return {
        "rules": [("check", str(rules)), ("fmt", str(rules)), ("check", str(bad_rules)), ("test", str(folder)),
                  ("evaluate", str(folder), "--demo", "--format", "json", "--date", "2024-09-01")],
        "facts": [("evaluate", "example", "--facts", str(facts), "--format", "json", "--date", "2024-09-01"),
                  ("evaluate", "dcsf-2008", "--facts", str(facts), "--format", "json", "--date", "2024-09-01")],
        "parameters": [("evaluate", "example", "--demo", "--params", str(params), "--format", "json"),
                       ("evaluate", "dcsf-2008", "--demo", "--params", str(params), "--format", "json")],
        "manifest": [("evaluate", "dcsf-2008", "--data", str(DEMO), "--format", "json", "--date", "2024-09-30")],
        "csv": [("evaluate", "dcsf-2008", "--data", str(table), "--format", "json")],
        "proposal": [("proposal", "check", str(proposal), "--format", "json")],
    }


@pytest.mark.parametrize("kind", ["rules", "facts", "parameters", "manifest", "csv", "proposal"])
def test_the_shared_setup_changes_no_command_output(tmp_path, kind):
    for args in _commands(tmp_path)[kind]:
        alone = targets._cli(*args)
        with targets.shared_setup():
            first, later = targets._cli(*args), targets._cli(*args)
        assert first == alone, args
        assert later == alone, args
        assert alone[0] in (0, 1, 2)


def test_the_shared_setup_changes_no_resumed_session(tmp_path):
    valid = targets.valid_session()
    said = []
    for shared in (False, True, True):
        folder = tmp_path / f"run{len(said)}"
        folder.mkdir()
        (folder / "s.sqlite").write_bytes(valid)
        args = ("assess", "--plain", "--resume", "--db", str(folder / "s.sqlite"))
        if shared:
            with targets.shared_setup():
                code, out, err = targets._with_stdin("don't know\n", *args)
        else:
            code, out, err = targets._with_stdin("don't know\n", *args)
        said.append((code, out.replace(str(folder), "FOLDER"), err.replace(str(folder), "FOLDER")))
    assert said[0][0] == 0 and "Saved (" in said[0][1]
    assert said[1] == said[0] and said[2] == said[0]
