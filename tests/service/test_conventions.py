"""The conventions a Python user expects: `python -m senrules`, one version,
type information through the lazy exports, a licence, a docs index, every
command's exit codes documented, a `senrules` logger behind --debug, and
shell completion."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tomllib

import pytest
from service_helpers import ROOT, run

import senrules


def test_one_version_read_by_the_command_the_metadata_and_the_results():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in pyproject["project"] and pyproject["project"]["dynamic"] == ["version"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "senrules/__init__.py"
    out = run("--version")
    assert out.stdout == f"senrules {senrules.__version__}\n" and out.returncode == 0
    assert importlib.metadata.version("senrules") == senrules.__version__
    result = json.loads(run("evaluate", "example", "--demo", "--format", "json").stdout)
    assert result["senrules_version"] == senrules.__version__


def test_python_dash_m_senrules_is_the_command():
    from pathlib import Path

    script = Path(sys.executable).with_name("senrules")  # the console script installed beside this Python
    if not script.exists():
        pytest.skip(f"no senrules script beside {sys.executable}")
    assert run("rules", "list").stdout == subprocess.run([str(script), "rules", "list"], capture_output=True, text=True).stdout


def test_every_lazy_export_has_its_real_type_for_a_type_checker():
    tree = ast.parse((ROOT / "senrules" / "__init__.py").read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    imported = {(node.module, a.name) for node in ast.walk(block) if isinstance(node, ast.ImportFrom) for a in node.names}
    assert imported == {(module, name) for name, module in senrules._EXPORTS.items()}
    assert (ROOT / "senrules" / "py.typed").is_file()


def test_mypy_sees_the_real_types_through_the_lazy_exports(tmp_path):
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    (tmp_path / "use.py").write_text(
        "import senrules\n"
        "rs = senrules.load_ruleset('example')\n"
        "reveal_type(rs)\n"
        "reveal_type(senrules.Evidence('x', 1).fact)\n"
        "senrules.load_ruleset(42)\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental",
                          "--cache-dir", str(tmp_path / "cache"), "use.py"], capture_output=True, text=True, cwd=tmp_path)
    assert 'Revealed type is "senrules.ruleset.Ruleset"' in out.stdout
    assert 'Revealed type is "str"' in out.stdout or 'Revealed type is "builtins.str"' in out.stdout
    assert 'Argument 1 to "load_ruleset" has incompatible type "int"' in out.stdout


def test_the_licence_is_the_mit_licence_pyproject_names():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "THE SOFTWARE IS PROVIDED \"AS IS\"" in text
    assert tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"] == "MIT"


def test_the_docs_index_links_every_page():
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\(([\w-]+\.md)\)", index))
    assert linked == {p.name for p in (ROOT / "docs").glob("*.md")} - {"README.md"}
    assert "(docs/README.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(parser, prefix=""):
    from senrules.completion import SubCommands

    for item in parser.arguments:
        if isinstance(item, SubCommands):
            for command in item.commands:
                full = f"{prefix} {command.name}".strip()
                nested = list(_commands(command.parser, full))
                yield from nested or [full]


def test_every_command_has_its_exit_codes_documented():
    from senrules.cli import build_parser

    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    table = doc[doc.index("## Exit codes by command"):]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    documented = {name.strip("` ") for row in rows for name in row.split(",")}
    commands = set(_commands(build_parser())) - {"proposal talk"}  # reached as `proposal FILE`
    assert commands - documented == set()


def test_debug_sends_the_senrules_logger_to_standard_error():
    out = run("--debug", "rules", "show", "example")
    assert out.returncode == 0
    assert re.search(r"^senrules: debug: senrules.cli: loaded ruleset example \(example\) in [\d.]+ ms$", out.stderr, re.M)
    quiet = run("rules", "show", "example")
    assert quiet.stderr == "" and quiet.stdout == out.stdout


BASH = shutil.which("bash")


@pytest.mark.skipif(BASH is None, reason="bash is not installed")
@pytest.mark.parametrize(("line", "expected"), [
    ("senrules ev", ["evaluate"]),
    ("senrules rules ", ["list", "show"]),
    ("senrules evaluate example --format ", ["text", "json", "markdown", "html", "docx"]),
    ("senrules batch example --ex", ["--explain"]),
    ("senrules schema ", ["result", "proposal", "batch-record", "error", "check", "test", "rulesets", "facts", "openapi"]),
    ("senrules completion ", ["bash", "zsh", "fish"]),
    ("senrules pro", ["proposal"]),  # a command the proposals plugin adds
    ("senrules batch example --doc", ["--documents"]),
])
def test_bash_completion_completes_commands_options_and_choices(line, expected):
    script = run("completion", "bash").stdout
    words = line.split(" ")
    probe = script + (
        f"COMP_WORDS=({' '.join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; _senrules; "
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    out = subprocess.run([BASH, "--norc", "--noprofile", "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert sorted(out.stdout.split()) == sorted(expected)


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_are_valid_for_their_shell(shell):
    script = run("completion", shell).stdout
    assert "evaluate" in script and "--format" in script if shell == "zsh" else "-l format" in script
    program = shutil.which(shell)
    if program is None:
        pytest.skip(f"{shell} is not installed: only the script's contents were checked")
    out = subprocess.run([program, "-n"], input=script, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_completion_offers_a_plugin_command_s_aliases_groups_and_sub_commands_with_their_help(monkeypatch):
    """What a plugin adds is completed as the core's is: an alias with the
    command's own help, the options of an argument group and of a mutually
    exclusive group, a sub-command's options; a hidden command is not offered."""
    import argparse
    import types

    import senrules.plugins
    from senrules import hookimpl
    from senrules.cli import build_parser
    from senrules.completion import script
    from senrules.plugins import Plugins

    def add(subparsers):
        crm = subparsers.add_parser("crm-sync", aliases=["crm"], help="sync with the case system")
        group = crm.add_argument_group("connection")
        group.add_argument("--host", help="the case system's address")
        either = crm.add_mutually_exclusive_group()
        either.add_argument("--pull", action="store_true", help="only fetch")
        either.add_argument("--push", action="store_true", help="only send")
        inner = crm.add_subparsers(dest="crm_command")
        inner.add_parser("status", help="what was last synced").add_argument("--since", choices=("day", "week"))
        subparsers.add_parser("crm-debug", help=argparse.SUPPRESS)

    def with_crm(*args, **kwargs):
        made = Plugins(load_entrypoints=False)
        made.register(types.SimpleNamespace(senrules_register_commands=hookimpl(add)), name="crm")
        return made

    monkeypatch.setattr(senrules.plugins, "Plugins", with_crm)
    fish = script(build_parser(["--help"]), "fish").splitlines()
    top = "complete -c senrules -n '__fish_use_subcommand'"
    assert f"{top} -a 'crm-sync' -d 'sync with the case system'" in fish
    assert f"{top} -a 'crm' -d 'sync with the case system'" in fish
    assert not any("crm-debug" in line or "SUPPRESS" in line for line in fish)
    crm = "complete -c senrules -n '__fish_seen_subcommand_from crm-sync'"
    assert [line.split(" -d ")[0] for line in fish if line.startswith(crm + " -")] == [
        f"{crm} -a 'status'", f"{crm} -s h -r", f"{crm} -l help -r",
        f"{crm} -l host -r", f"{crm} -l pull -r", f"{crm} -l push -r",
    ]
    status = "complete -c senrules -n '__fish_seen_subcommand_from crm-sync and __fish_seen_subcommand_from status'"
    assert f"{status} -l since -xa 'day week' -d ''" in fish


def test_completion_reads_no_private_part_of_argparse():
    """The parser keeps what completion needs as it is built, so a Python
    release that changes argparse's insides cannot break the scripts."""
    source = (ROOT / "senrules" / "completion.py").read_text(encoding="utf-8")
    private = r"argparse\._|\.(_actions|_choices_actions|_group_actions|_subparsers|_positionals|_optionals|_action_groups)\b"
    assert re.findall(private, source) == []
