"""Fixtures for the proposal checker tests: the example proposals (the Word
ones built with examples/proposals/make_docx.py) and a small document
writer."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "proposals"
GOLDEN = ROOT / "tests" / "data" / "proposals" / "golden"


def _make_docx_module():
    spec = importlib.util.spec_from_file_location("make_docx", EXAMPLES / "make_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def make_docx():
    return _make_docx_module()


@pytest.fixture(scope="session")
def examples(tmp_path_factory, make_docx) -> dict[str, Path]:
    """Every example proposal by file name; the Word ones are built into a
    temporary folder."""
    out = {p.name: p for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".md", ".txt")}
    folder = tmp_path_factory.mktemp("docx")
    for p in make_docx.build_all(folder):
        out[p.name] = p
    return out


@pytest.fixture
def write(tmp_path):
    """Write a document (dedented) and return its path."""

    def _write(text: str, name: str = "proposal.md") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def docx_of(tmp_path, make_docx):
    """Build a .docx from ``(kind, text)`` items, as make_docx does."""

    def _build(spec, name: str = "proposal.docx") -> Path:
        return make_docx.build(spec, tmp_path / name)

    return _build
