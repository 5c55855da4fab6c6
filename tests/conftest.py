"""Shared fixtures: rule text to a loaded ruleset, and an isolated cache."""

from __future__ import annotations

import os
import tempfile
import textwrap

import pytest

import senrules

HEADER = 'ruleset t { title "Test rules" version "0.0.1" }\n'


# Hypothesis: random examples locally (every run explores new inputs), the
# same examples in CI (`CI` set, as CI services and .ci/run do), so that a
# submission's CI run is not decided by which examples it happened to draw.
# A failure found locally is kept in .hypothesis/ and replayed until fixed.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")


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
