"""Packaging and hygiene: the wheel carries the grammar and the shipped rules
and works outside the source tree; the core never imports Textual; nothing
in the library evaluates text as code."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_importing_senrules_does_not_import_textual():
    code = "import sys, senrules, senrules.cli, senrules.engine; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_library_never_calls_eval_or_exec():
    offenders = []
    for path in (ROOT / "senrules").rglob("*.py"):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            code = line.split("#", 1)[0]
            if re.search(r"(^|[^.\w])(eval|exec)\(", code):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stdout}\n{result.stderr}")
    (path,) = out.glob("senrules-*.whl")
    return path


def test_the_wheel_ships_the_grammar_and_the_rules(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "senrules/grammars/rules.lark" in names
    assert "senrules/rules/example/example.rules" in names
    assert "senrules/rules/example/demo.json" in names
    assert not any(n.startswith(("plugins/", "tui/", "grammars/", "tests/", "benchmarks/")) for n in names)


def test_the_installed_wheel_works_outside_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import senrules, sys\n"
        f"assert senrules.__file__.startswith({str(target)!r}), senrules.__file__\n"
        "rs = senrules.load_ruleset('example', cache=False)\n"
        "print(rs.verdicts({'programmes_monitored': True, 'monitoring_interval': 4}, evaluation_date='2024-09-01')['S1.1'])\n"
    )
    env = {"PYTHONPATH": str(target), "SENRULES_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "met"


def test_the_wheel_carries_the_type_information_the_licence_and_the_schemas(wheel):
    """py.typed (PEP 561), the MIT licence, the published JSON Schemas, and
    metadata naming the supported Pythons, with the version from one place."""
    import email

    import senrules

    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    assert "senrules/py.typed" in names
    assert "senrules/schema/result-1.schema.json" in names and "senrules/schema/batch-record-1.schema.json" in names
    (meta_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    meta = email.message_from_bytes(archive.read(meta_name))
    assert meta["Version"] == senrules.__version__
    assert meta["License-Expression"] == "MIT"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "Programming Language :: Python :: 3.11" in meta.get_all("Classifier")
    assert meta["Requires-Python"] == ">=3.11"
    assert {u.split(",")[0] for u in meta.get_all("Project-URL")} >= {"Documentation", "Source", "Issues"}
    assert 'serve' in meta.get_all("Provides-Extra")
