"""Fixtures for the plugin tests: a fresh plugin manager (no entry points,
pluggy style), the built-in plugins registered explicitly, a test ruleset,
and data folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import senrules
from senrules.gather import context_for
from senrules.plugins import Plugins, get_plugin_manager

HERE = Path(__file__).parent
DATA = HERE / "data"
BAD = HERE / "bad"
RULES = DATA / "evidence-test.rules"


@pytest.fixture
def pm():
    """A fresh plugin manager with only the library's own plugin."""
    return get_plugin_manager(load_entrypoints=False)


@pytest.fixture
def plugins(pm):
    return Plugins(pm)


@pytest.fixture
def builtins(pm):
    """Plugins with the built-in evidence plugins registered from the API."""
    import senrules_answers
    import senrules_audit
    import senrules_ob
    import senrules_provision
    import senrules_surveys
    import senrules_tabular

    p = Plugins(pm)
    for name, module in (
        ("tabular", senrules_tabular), ("outcomes_benchmarking", senrules_ob), ("surveys", senrules_surveys),
        ("provision_map", senrules_provision), ("answers", senrules_answers), ("audit", senrules_audit),
    ):
        p.register(module, name=name)
    return p


@pytest.fixture(scope="session")
def ruleset():
    return senrules.load_ruleset(RULES, cache=False)


@pytest.fixture
def folder(tmp_path):
    """Make a data folder: ``folder({"name": text or bytes, ...}, name="svc")``."""

    def make(files: dict, name: str = "svc") -> Path:
        root = tmp_path / name
        root.mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture
def gather(builtins, ruleset):
    """Gather from a data folder with the built-in plugins."""

    def run(root, rs=None, **kw):
        rs = rs or ruleset
        return builtins.gather_evidence(rs, context_for(root, ruleset=rs.id, **kw))

    return run


@pytest.fixture
def case(tmp_path):
    """Copy a folder of tests/plugins/bad/ (without its expected.txt)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(BAD / name, target, ignore=shutil.ignore_patterns("expected.txt"))
        return target

    return copy


@pytest.fixture
def xlsx():
    return write_xlsx


def write_xlsx(path: Path, sheets: dict[str, list[list]], *, percent_columns=()) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for col in percent_columns:
            for cell in ws[col][1:]:
                cell.number_format = "0%"
    wb.save(path)
