"""Shared fixtures: rule text to a loaded ruleset, and an isolated cache."""

from __future__ import annotations

import os
import tempfile
import textwrap

import pytest

import senrules

HEADER = 'ruleset t { title "Test rules" version "0.0.1" }\n'


def pytest_configure(config):
    """Module- and session-scoped fixtures load rules too: keep even their
    cache out of the user's home."""
    os.environ.setdefault("SENRULES_CACHE_DIR", tempfile.mkdtemp(prefix="senrules-test-cache-"))


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own compiled-rules cache folder."""
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def rules(tmp_path):
    """Compile rule text (a header is added unless the text has one)."""

    def build(text: str, *, header: bool = True) -> senrules.Ruleset:
        body = textwrap.dedent(text)
        if header and "ruleset " not in body:
            body = HEADER + body
        path = tmp_path / "t.rules"
        path.write_text(body, encoding="utf-8")
        return senrules.load_ruleset(path, cache=False)

    return build
