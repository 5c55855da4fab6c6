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
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                nested = list(_commands(sub, full))
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
    ("senrules evaluate example --format ", ["text", "json", "markdown"]),
    ("senrules batch example --ex", ["--explain"]),
    ("senrules schema ", ["result", "proposal", "batch-record", "error", "check", "test", "rulesets", "facts", "openapi"]),
    ("senrules completion ", ["bash", "zsh", "fish"]),
    ("senrules proposal ", ["check", "talk"]),
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
