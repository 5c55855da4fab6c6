"""The wheel carries the built-in plugins as top-level packages, their entry
points, and the demo service, and they work from the wheel alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILT_IN = ("senrules_tabular", "senrules_ob", "senrules_surveys", "senrules_provision", "senrules_answers")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stdout}\n{done.stderr}")
    (path,) = out.glob("senrules-*.whl")
    return path


def test_the_wheel_has_the_plugins_their_entry_points_and_the_demo(wheel):
    z = zipfile.ZipFile(wheel)
    names = set(z.namelist())
    for package in BUILT_IN:
        assert f"{package}/__init__.py" in names
    for demo in ("senrules-data.toml", "ob-indicators.xlsx", "provision-map.xlsx", "answers.sqlite",
                 "surveys/stakeholder-survey-2023.csv", "surveys/stakeholder-survey-2024.csv"):
        assert f"senrules/demo/northshire/{demo}" in names
    (ep,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    entry_points = z.read(ep).decode()
    assert "[senrules]" in entry_points and "tabular = senrules_tabular" in entry_points
    assert not any(n.startswith(("plugins/", "examples/")) for n in names)


def test_the_demo_evaluates_from_the_installed_wheel(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = dict(os.environ, PYTHONPATH=str(target), SENRULES_CACHE_DIR=str(tmp_path / "cache"))
    code = ("import sys, senrules, senrules_ob; from senrules.cli import main\n"
            f"assert senrules_ob.__file__.startswith({str(target)!r}), senrules_ob.__file__\n"
            "raise SystemExit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "evaluate", "example", "--data", "northshire", "--format", "json"],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["overall"] == "good"
