"""Which plugins are installed, and which hooks each implements, found
without importing them, pluggy or the rest of senrules' plugin machinery.

:func:`installed_entry_points` lists the ``senrules`` entry points (from a signed
cache, so a start does not import ``importlib.metadata``);
:func:`declared_hooks` reads a plugin module's source for the hooks it
implements.  :mod:`senrules.plugins` builds the plugin manager from them;
:func:`may_implement` lets the command line tell, in a few milliseconds,
whether any installed plugin could add an edition to a ruleset (shipped
ones included), so a shipped ruleset's load builds no plugin manager when
none could (:class:`InstalledRulesets`).
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from pathlib import Path

ENTRY_POINT_GROUP = "senrules"
DISABLE_ENV = "SENRULES_DISABLE_PLUGINS"


def disabled_names(value: str | None = None) -> list[str]:
    """The plugin names ``SENRULES_DISABLE_PLUGINS`` lists."""
    if value is None:
        value = os.environ.get(DISABLE_ENV, "")
    return [name for name in re.split(r"[\s,]+", value) if name]



def installed_entry_points() -> list[tuple]:
    """``(entry point, distribution name, version)`` for each installed
    entry point of the ``senrules`` group.

    They come from ``importlib.metadata``, whose import (with the email
    package it parses metadata with) is about 20 ms of every command's
    start.  So, unless something imported it already, the list is kept in
    the cache folder (signed with the user's key, as every cache file: see
    :mod:`senrules.cache`) beside a stamp of where it was read from: the
    metadata folders (``*.dist-info``, ``*.egg-info``) in each folder on
    ``sys.path`` and their ``entry_points.txt`` files' times.  Installing,
    removing, upgrading or reinstalling a package changes the stamp, and the
    list is read from ``importlib.metadata`` again."""
    stamp = None
    if "importlib.metadata" not in sys.modules:
        stamp = metadata_stamp()
        cached = cached_entry_points(stamp)
        if cached is not None:
            return cached
    from importlib import metadata

    out = []
    about: dict[int, tuple[str | None, str | None]] = {}  # a distribution's metadata is parsed once, not per plugin
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        if dist is not None and id(dist) not in about:
            meta = dist.metadata
            about[id(dist)] = (meta["Name"], meta["Version"])
        out.append((ep, *(about[id(dist)] if dist is not None else (None, None))))
    if stamp is not None:
        store_entry_points(stamp, out)
    return out


class EntryPoint:
    """An entry point read back from the cache: its name, its value
    (``module`` or ``module:object``) and :meth:`load`, as
    ``importlib.metadata.EntryPoint`` has them."""

    _VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?(\[.*\]\s*)?$")

    def __init__(self, name: str, value: str):
        self.name, self.value = name, value

    def load(self):
        match = self._VALUE.match(self.value)
        if match is None:
            raise ImportError(f"entry point {self.name} = {self.value!r} is not `module` or `module:object`")
        found = importlib.import_module(match["module"])
        for part in (match["attr"] or "").split(".") if match["attr"] else ():
            found = getattr(found, part)
        return found


def metadata_stamp() -> list:
    """Where installed packages' metadata is, and when it last changed."""
    stamp: list = [sys.executable, sys.version]
    for i, entry in enumerate(sys.path):
        # the first folder is the script's (or the current one): named by its
        # packages only, so `python -c`, the `senrules` command and a script
        # elsewhere share one list unless that folder holds packages
        shown = "<first>" if i == 0 else entry
        try:
            names = sorted(n for n in os.listdir(entry or ".") if n.endswith((".dist-info", ".egg-info")))
        except OSError:  # a zip file (its time), or nothing there
            try:
                stamp.append([shown, os.stat(entry).st_mtime_ns])
            except OSError:
                stamp.append([shown, None])
            continue
        times = []
        for name in names:
            try:
                times.append(os.stat(os.path.join(entry or ".", name, "entry_points.txt")).st_mtime_ns)
            except OSError:
                times.append(None)
        stamp.append([shown, names, times])
    return stamp


def entry_points_file() -> str:
    import hashlib

    where = "\0".join([sys.executable, *sys.path[1:]])  # one file per interpreter and search path
    return f"entry-points-{hashlib.sha256(where.encode('utf-8', 'replace')).hexdigest()[:16]}.cache"


def cached_entry_points(stamp: list) -> list[tuple] | None:
    import json

    from senrules import cache

    payload = cache.read(entry_points_file())
    if payload is None:
        return None
    try:
        held = json.loads(bytes(payload))
        if held["stamp"] != stamp:
            return None
        return [(EntryPoint(name, value), dist, version) for name, value, dist, version in held["entry_points"]]
    except (ValueError, KeyError, TypeError) as err:
        cache.note("the cache file %s was not used: %s", entry_points_file(), err)
        return None


def store_entry_points(stamp: list, found: list[tuple]) -> None:
    import json

    from senrules import cache

    rows = [[ep.name, ep.value, dist, version] for ep, dist, version in found]
    try:
        payload = json.dumps({"stamp": stamp, "entry_points": rows}).encode("utf-8")
    except (TypeError, ValueError):  # an entry point that is not plain text: read it afresh next time
        return
    cache.write(entry_points_file(), payload)


def module_file(name: str) -> Path | None:
    """The source file of module ``name``, found without importing it or
    its packages (None when it cannot be found that way)."""
    import importlib.util

    parts = name.split(".")
    if not all(part.isidentifier() for part in parts):
        return None
    try:
        spec = importlib.util.find_spec(parts[0])
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if len(parts) == 1:
        origin = spec.origin
        return Path(origin) if origin and origin.endswith(".py") else None
    if not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        folder = Path(base).joinpath(*parts[1:-1])
        for candidate in (folder / f"{parts[-1]}.py", folder / parts[-1] / "__init__.py"):
            if candidate.is_file():
                return candidate
    return None


_HOOK_DEF = re.compile(r"^@(?:[A-Za-z_][\w.]*\.)?hookimpl[ \t]*\n(?:async[ \t]+)?def[ \t]+(senrules_\w+)[ \t]*\(", re.M)
_TOP_DEF = re.compile(r"^(?:async[ \t]+)?def[ \t]+(senrules_\w+)", re.M)
_OTHER_USE = re.compile(r"^[ \t]*(?:(?:from[ \t]+\S+[ \t]+)?import\b[^\n]*\bsenrules_(?!\w*\.)\w+\b(?![\w.])|senrules_\w+[ \t]*[:=])", re.M)


def declared_hooks(value: str, known: set[str] | None = None) -> frozenset[str] | None:
    """The hooks the module an entry point names implements, read from its
    source without running it: top-level functions called ``senrules_*``
    marked with a plain ``@hookimpl`` on the line above.  None (import it
    now) when that cannot be told for sure: an object rather than a module,
    a hook with options, a hook name imported or assigned, or a function
    name that is not a hook."""
    if ":" in value:
        return None
    path = module_file(value)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if known is None:
        from senrules import hookspecs

        known = {name for name in vars(hookspecs) if name.startswith("senrules_")}
    hooks = set(_HOOK_DEF.findall(text))
    if set(_TOP_DEF.findall(text)) != hooks or not hooks <= known or _OTHER_USE.search(text):
        return None
    return frozenset(hooks)


def may_implement(hook: str) -> bool:
    """Whether an installed plugin that is not disabled implements ``hook``,
    or may (its hooks cannot be read from its source, so it must be
    imported to tell).  False means no plugin manager need be built to ask."""
    disabled = set(disabled_names())
    for ep, _dist, _version in installed_entry_points():
        if ep.name in disabled:
            continue
        # Its source must name the hook: a plugin that does not is not
        # imported to call it either (see senrules.plugins._LazyPlugin).
        path = module_file(ep.value) if ":" not in ep.value else None
        try:
            if path is None or hook in path.read_text(encoding="utf-8"):
                return True
        except (OSError, UnicodeDecodeError):
            return True
    return False


class InstalledRulesets:
    """The ``search`` the command line gives :func:`senrules.load_ruleset`:
    called, the rulesets the plugins contribute (id -> path; asked only for
    an id that is neither a path nor shipped); ``added_editions(ID)``, the
    editions they add to an id (asked for every id, a shipped one included,
    but only when an installed plugin implements
    ``senrules_ruleset_editions``, read from its source: otherwise loading a
    shipped ruleset builds no plugin manager and imports no plugin).

    ``plugins`` gives the :class:`senrules.plugins.Plugins` (built on first
    use); ``built`` says whether it is built already (then it is asked)."""

    def __init__(self, plugins, built):
        self._plugins, self._built = plugins, built

    def __call__(self):
        return self._plugins().ruleset_paths()

    def added_editions(self, ident: str) -> list:
        if not self._built() and not may_implement("senrules_ruleset_editions"):
            return []
        return self._plugins().added_editions(ident)
