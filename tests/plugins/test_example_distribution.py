"""The example plugin in its own distribution (examples/senrules-plugin-example)
is installed with pip into a temporary folder, found through the `senrules`
entry point, and used: the shared environment is not changed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "senrules-plugin-example"
DOC = ROOT / "docs" / "plugins.md"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    before = sorted(p.relative_to(EXAMPLE) for p in EXAMPLE.rglob("*") if "__pycache__" not in p.parts)
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(EXAMPLE)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-build-isolation")  # build with the hatchling already here, offline
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"pip install of the example failed:\n{done.stdout}\n{done.stderr}")
    after = sorted(p.relative_to(EXAMPLE) for p in EXAMPLE.rglob("*") if "__pycache__" not in p.parts)
    assert after == before, "building the example left files in the source tree"
    return target


def senrules(site, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(site))
    code = "import sys; from senrules.cli import main; raise SystemExit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_the_installed_plugin_is_found_through_its_entry_point(site):
    done = senrules(site, "plugins")
    assert done.returncode == 0, done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("referrals ")]
    assert line.split()[1:4] == ["1.0.0", "loaded", "senrules-plugin-example"]


def test_the_installed_plugin_supplies_evidence(site, tmp_path):
    data = tmp_path / "la"
    data.mkdir()
    (data / "senrules-data.toml").write_text("evaluation_date = 2024-09-30\n")
    (data / "referrals.csv").write_text(
        "child_id,referred_on,closed_on\n"
        "A1,2021-10-04,\n"          # open: counted
        "A2,2023-01-09,2023-07-20\n"  # closed before the year: not counted
        "A3,2024-02-12,2024-06-01\n"  # closed in the year: counted
        "A1,2024-03-01,\n",          # the same child again: counted once
        encoding="utf-8",
    )
    done = senrules(site, "evaluate", "example", "--data", str(data), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    (use,) = [f for j in result["judgements"] for f in j["facts"] if f["fact"] == "cyp_supported"][:1]
    assert use["value"] == 2
    assert use["provenance"] == ["referrals, la/referrals.csv, record 2 children, as of 2024-09-30"]


def test_a_bad_row_leaves_the_count_unknown_and_is_reported(site, tmp_path):
    data = tmp_path / "la"
    data.mkdir()
    (data / "referrals.csv").write_text("child_id,referred_on,closed_on\nA1,04/10/2021,\n", encoding="utf-8")
    done = senrules(site, "explain", "example", "S6.1", "--data", str(data), "--date", "2024-09-30", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "error: referrals: la/referrals.csv, row 2: Invalid isoformat string: '04/10/2021': write dates YYYY-MM-DD (unknown: cyp_supported)" in done.stderr
    assert "- the number of CYP supported: not known" in done.stdout


def test_the_shared_environment_does_not_have_the_example():
    assert importlib.util.find_spec("senrules_referrals") is None


def test_the_guide_shows_the_example_as_it_is():
    guide = DOC.read_text(encoding="utf-8")
    source = (EXAMPLE / "senrules_referrals" / "__init__.py").read_text(encoding="utf-8")
    assert f"```python\n{source}```" in guide
    assert len(source.splitlines()) <= 30
    pyproject = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    assert "[project.entry-points.senrules]\nreferrals = \"senrules_referrals\"" in pyproject
    assert '[project.entry-points.senrules]\nreferrals = "senrules_referrals"' in guide
