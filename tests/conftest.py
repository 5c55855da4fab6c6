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


class PluginSite:
    """A folder to put on ``sys.path`` (or ``PYTHONPATH``) holding plugin
    distributions as pip would install them: the code, and beside it a
    ``NAME-VERSION.dist-info`` folder with ``METADATA`` and an
    ``entry_points.txt`` declaring the ``senrules`` entry point, so senrules
    finds the plugin exactly as it finds an installed one.  Made by the
    ``plugin_site`` fixture (a fresh folder per test) or ``make_plugin_site``
    (for module-scoped fixtures)."""

    def __init__(self, root):
        from pathlib import Path

        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def install(self, module: str, code: str, *, entry: str | None = None, version: str = "1.0",
                package: bool = False, files=None):
        """Install the plugin ``module`` (its import name, ``senrules_la``)
        with the source ``code`` (dedented), as ``module.py``, or as
        ``module/__init__.py`` when ``package`` or ``files`` is given;
        ``files`` maps paths inside the package to text, bytes, or a folder
        to copy.  ``entry`` is the entry point's name (default: the module's
        name without ``senrules_``); the distribution is named after the
        module (``senrules-la``, version ``version``).  Installing again
        replaces it.  Returns the package's (or module's) path."""
        import shutil
        from pathlib import Path

        files = dict(files or {})
        source = textwrap.dedent(code)
        if package or files:
            where = self.root / module
            where.mkdir(parents=True, exist_ok=True)
            (where / "__init__.py").write_text(source, encoding="utf-8")
            for rel, content in files.items():
                target = where / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(content, Path) and content.is_dir():
                    shutil.copytree(content, target, dirs_exist_ok=True)
                elif isinstance(content, bytes):
                    target.write_bytes(content)
                else:
                    target.write_text(str(content), encoding="utf-8")
        else:
            where = self.root / f"{module}.py"
            where.write_text(source, encoding="utf-8")
        dist = self.root / f"{module}-{version}.dist-info"
        dist.mkdir(exist_ok=True)
        name = module.replace("_", "-")
        (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
        entry = entry or module.removeprefix("senrules_")
        (dist / "entry_points.txt").write_text(f"[senrules]\n{entry} = {module}\n", encoding="utf-8")
        return where

    def env(self, *, keep_pythonpath: bool = True, **extra) -> dict:
        """The environment for a new ``senrules`` process that has the
        site's plugins installed (before any ``PYTHONPATH`` already set,
        unless ``keep_pythonpath`` is false), with ``extra`` variables."""
        paths = [str(self.root)] + ([os.environ["PYTHONPATH"]] if keep_pythonpath and os.environ.get("PYTHONPATH") else [])
        return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), **extra}

    def activate(self, monkeypatch) -> "PluginSite":
        """Install the site's plugins in this process for one test."""
        monkeypatch.syspath_prepend(str(self.root))
        return self


@pytest.fixture
def plugin_site(tmp_path) -> PluginSite:
    """A fresh, empty site for fake plugin distributions (see
    :class:`PluginSite`); ``plugin_site.activate(monkeypatch)`` installs
    them in this process, ``plugin_site.env()`` in a new one."""
    return PluginSite(tmp_path / "site")


@pytest.fixture(scope="session")
def make_plugin_site(tmp_path_factory):
    """``make_plugin_site()``: a new :class:`PluginSite` in its own folder,
    for a module-scoped fixture that installs a plugin once."""
    return lambda: PluginSite(tmp_path_factory.mktemp("site"))
