"""The plugin manager and the typed facade the rest of senrules calls.

:func:`get_plugin_manager` builds a fresh pluggy manager every time (there is
no global one): it adds the hook specifications of :mod:`senrules.hookspecs`,
blocks the plugin names listed in ``SENRULES_DISABLE_PLUGINS`` (comma or
space separated), registers :data:`DEFAULT_PLUGINS`, loads every plugin of
the ``senrules`` entry-point group (the built-in ones are found that way too,
exactly like a third party's), and checks that no plugin implements a hook
that does not exist.

A plugin that cannot be imported, or is not a valid plugin, is not fatal: it
is left out and its status says why.  ``senrules plugins`` prints the
statuses (:attr:`SenrulesPluginManager.statuses`).

Callers use :class:`Plugins`, not ``pm.hook``::

    plugins = Plugins()                                   # entry points loaded
    gathered = plugins.gather_evidence(ruleset, context)  # Gathered
    result = ruleset.evaluate(gathered.evidence, evaluation_date=context.evaluation_date)
"""

from __future__ import annotations

import difflib
import importlib
import os
import re
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

import attrs
import pluggy

from senrules import hookspecs
from senrules.gather import (
    Answer, EvaluationContext, EvidenceSource, Gathered, ParameterSet, PluginError, Problem, collect,
)

ENTRY_POINT_GROUP = "senrules"
DISABLE_ENV = "SENRULES_DISABLE_PLUGINS"

#: Plugins inside the library itself, registered before the entry points:
#: ``(name, module)``.
DEFAULT_PLUGINS: tuple[tuple[str, str], ...] = (("facts_file", "senrules.default_plugins"),)


@attrs.frozen
class PluginStatus:
    """One plugin as ``senrules plugins`` shows it.  ``status`` is "loaded",
    "built-in", "registered" (from the API), "disabled" or "failed"."""

    name: str
    status: str
    module: str | None = None
    distribution: str | None = None
    version: str | None = None
    error: str | None = None


class SenrulesPluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers how each plugin loaded."""

    def __init__(self):
        super().__init__(hookspecs.PROJECT)
        self.statuses: dict[str, PluginStatus] = {}

    def _note(self, status: PluginStatus) -> None:
        self.statuses[status.name] = status


def disabled_names(value: str | None = None) -> list[str]:
    """The plugin names ``SENRULES_DISABLE_PLUGINS`` lists."""
    if value is None:
        value = os.environ.get(DISABLE_ENV, "")
    return [name for name in re.split(r"[\s,]+", value) if name]


def get_plugin_manager(*, load_entrypoints: bool = True) -> SenrulesPluginManager:
    """A new plugin manager with the defaults and (unless told not to) every
    installed plugin registered."""
    from senrules import __version__

    pm = SenrulesPluginManager()
    pm.add_hookspecs(hookspecs)
    for name in disabled_names():
        pm.set_blocked(name)
        pm._note(PluginStatus(name, "disabled", error=f"listed in {DISABLE_ENV}"))
    for name, module in DEFAULT_PLUGINS:
        if pm.is_blocked(name):
            continue
        pm.register(importlib.import_module(module), name=name)
        pm._note(PluginStatus(name, "built-in", module, "senrules", __version__))
    if load_entrypoints:
        _load_entrypoints(pm)
    _drop_unknown_hooks(pm)
    pm.check_pending()
    return pm


def _load_entrypoints(pm: SenrulesPluginManager) -> None:
    seen = set()
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in seen:
            continue  # the same distribution found twice on sys.path
        seen.add(ep.name)
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else None
        version = dist.version if dist is not None else None
        if pm.is_blocked(ep.name):
            pm._note(PluginStatus(ep.name, "disabled", ep.value, dist_name, version, f"listed in {DISABLE_ENV}"))
            continue
        if pm.has_plugin(ep.name):
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as err:  # noqa: BLE001 - one bad plugin must not stop the others
            pm._note(PluginStatus(ep.name, "failed", ep.value, dist_name, version, f"{type(err).__name__}: {err}"))
            continue
        pm._note(PluginStatus(ep.name, "loaded", ep.value, dist_name, version))


def _drop_unknown_hooks(pm: SenrulesPluginManager) -> None:
    """Unregister each plugin that implements a hook with no specification
    (a misspelt hook name), saying which, instead of failing every plugin."""
    known = [name for name in vars(hookspecs) if name.startswith("senrules_")]
    for name, caller in list(vars(pm.hook).items()):
        if name.startswith("_") or caller.has_spec():
            continue
        for impl in caller.get_hookimpls():
            if impl.optionalhook:
                continue
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            old = pm.statuses.get(impl.plugin_name) or PluginStatus(impl.plugin_name, "registered")
            pm._note(attrs.evolve(old, status="failed", error=f"implements {name}, which is not a senrules hook{hint}"))
            pm.unregister(impl.plugin)


# ------------------------------------------------------------------ facade


class Plugins:
    """The typed facade over a plugin manager."""

    def __init__(self, pm: SenrulesPluginManager | None = None, *, load_entrypoints: bool = True):
        self.pm = pm if pm is not None else get_plugin_manager(load_entrypoints=load_entrypoints)

    # ------------------------------------------------------------ registry
    def register(self, plugin, name: str | None = None) -> str:
        """Register a plugin object or module from the API; returns its name."""
        registered = self.pm.register(plugin, name=name)
        if registered is None:
            raise PluginError(f"plugin `{name}` is blocked (see {DISABLE_ENV})")
        module = getattr(plugin, "__module__", None) or getattr(plugin, "__name__", None)
        self.pm._note(PluginStatus(registered, "registered", module))
        _drop_unknown_hooks(self.pm)
        if not self.pm.has_plugin(registered):
            raise PluginError(f"plugin `{registered}` {self.pm.statuses[registered].error}")
        return registered

    def unregister(self, name: str) -> None:
        self.pm.unregister(name=name)
        self.pm.statuses.pop(name, None)

    def names(self) -> list[str]:
        """Registered plugin names."""
        return [name for name, _ in self.pm.list_name_plugin()]

    def statuses(self) -> list[PluginStatus]:
        """Every plugin known (registered, disabled or failed), by name."""
        return [self.pm.statuses[name] for name in sorted(self.pm.statuses)]

    # ------------------------------------------------------------ hooks
    def _each(self, hook_name: str, **kwargs):
        """``(plugin name, thunk)`` per implementation, in call order."""
        caller = getattr(self.pm.hook, hook_name)
        for impl in _in_call_order(caller):
            args = [kwargs[a] for a in impl.argnames]
            yield impl.plugin_name, (lambda f=impl.function, a=args: f(*a))

    def register_commands(self, subparsers) -> list[tuple[str, Exception]]:
        """Let each plugin add its ``senrules`` subcommands
        (``senrules_register_commands``); ``(plugin, error)`` for each that
        failed (a name already taken included), the others still added."""
        failures = []
        for name, call in self._each("senrules_register_commands", subparsers=subparsers):
            try:
                call()
            except Exception as err:  # noqa: BLE001 - one plugin's fault must not stop the command line
                failures.append((name, err))
        return failures

    def gather_evidence(self, ruleset, context: EvaluationContext) -> Gathered:
        """Every plugin's evidence for ``ruleset``, checked (see
        :func:`senrules.gather.collect`); a plugin that raises is reported,
        not fatal."""
        if context.ruleset is None:
            context = attrs.evolve(context, ruleset=ruleset.id)
        gathered = collect(self._each("senrules_gather_evidence", ruleset=ruleset, context=context), ruleset, context)
        if context.data_dir is not None and not context.manifest and not gathered.evidence:
            from senrules.gather import MANIFEST

            gathered = attrs.evolve(gathered, problems=gathered.problems + (Problem(
                f"the data folder has no {MANIFEST} saying which file feeds which facts (see docs/plugins.md)",
                file=context.display(context.data_dir), severity="warning",
            ),))
        return gathered

    def evidence_sources(self) -> list[tuple[str, EvidenceSource]]:
        """``(plugin name, source)`` for every source every plugin declares;
        a plugin whose hook raises is skipped."""
        out = []
        for name, call in self._each("senrules_evidence_sources"):
            try:
                result = call()
            except Exception:  # noqa: BLE001 - listing must not fail on one plugin
                continue
            for source in _as_list(result):
                if isinstance(source, EvidenceSource):
                    out.append((name, source))
        return out

    def ruleset_paths(self) -> dict[str, Path]:
        """Rulesets contributed by plugins: id -> folder or file.  An id is
        the folder's (or file's) name unless the plugin maps ids itself.
        A shipped id is left out (it always means the shipped ruleset), and
        of two plugins giving one id the first called wins."""
        return {ident: path for ident, (_, path) in self.ruleset_sources().items()}

    def ruleset_sources(self) -> dict[str, tuple[str, Path]]:
        """As :meth:`ruleset_paths`, with the plugin that contributes each:
        id -> ``(plugin name, path)``, by id."""
        from senrules.ruleset import shipped_rulesets

        shipped = shipped_rulesets()
        out: dict[str, tuple[str, Path]] = {}
        for name, call in self._each("senrules_ruleset_paths"):
            try:
                result = call()
            except Exception:  # noqa: BLE001
                continue
            pairs = result.items() if isinstance(result, Mapping) else ((_ruleset_id(Path(p)), p) for p in _as_list(result))
            for ident, path in pairs:
                if str(ident) not in shipped and str(ident) not in out:
                    out[str(ident)] = (name, Path(path))
        return dict(sorted(out.items()))

    def parameter_sets(self, ruleset) -> list[ParameterSet]:
        """Parameter sets plugins offer for ``ruleset``: those made for its
        id, and those made for any ruleset (``ruleset=None``) whose
        parameters it all declares."""
        return [s for _, s in self.parameter_set_sources(ruleset)]

    def parameter_set_sources(self, ruleset) -> list[tuple[str, ParameterSet]]:
        """As :meth:`parameter_sets`, with the plugin that offers each:
        ``(plugin name, set)``; a plugin whose hook raises is skipped."""
        out = []
        for name, call in self._each("senrules_parameter_sets", ruleset=ruleset):
            try:
                result = call()
            except Exception:  # noqa: BLE001
                continue
            out.extend(
                (name, s) for s in _as_list(result)
                if isinstance(s, ParameterSet) and (
                    s.ruleset == ruleset.id or (s.ruleset is None and set(s.values) <= set(ruleset.parameters))
                )
            )
        return out

    def offers_parameter_sets(self) -> bool:
        """Whether any plugin implements ``senrules_parameter_sets``."""
        return bool(_in_call_order(self.pm.hook.senrules_parameter_sets))

    def parameter_set(self, ruleset, name: str) -> ParameterSet:
        """The parameter set called ``name``, or :class:`PluginError`."""
        sets = {s.name: s for s in self.parameter_sets(ruleset)}
        if name in sets:
            return sets[name]
        close = difflib.get_close_matches(name, list(sets), n=1)
        if close:
            hint = f"; did you mean `{close[0]}`?"
        else:
            hint = f"; the sets offered are {', '.join(sorted(sets))}" if sets else "; none is offered for it"
        raise PluginError(f"no plugin offers a parameter set `{name}` for ruleset {ruleset.id}{hint}")

    def record_answer(self, answer: Answer, context: EvaluationContext) -> str:
        """Store a person's answer with the first plugin that takes it;
        :class:`PluginError` if none does or the one that tries fails."""
        try:
            where = self.pm.hook.senrules_record_answer(answer=answer, context=context)
        except PluginError:
            raise
        except Exception as err:  # noqa: BLE001
            raise PluginError(f"the answer to `{answer.fact}` could not be stored: {type(err).__name__}: {err}") from err
        if where is None:
            raise PluginError(f"no plugin stores answers (is the `answers` plugin disabled?); `{answer.fact}` was not stored")
        return where


def _in_call_order(caller) -> list:
    """Hook implementations in the order pluggy calls them (wrappers left out)."""
    impls = [i for i in caller.get_hookimpls() if not (i.hookwrapper or getattr(i, "wrapper", False))]
    return list(reversed(impls))


def _ruleset_id(path: Path) -> str:
    """A contributed ruleset's id: its folder's name, or its file's without ``.rules``."""
    return path.stem if path.suffix == ".rules" else path.name


def _as_list(result) -> list:
    if result is None:
        return []
    if isinstance(result, (str, bytes, Mapping)) or not isinstance(result, Iterable):
        return [result]
    return list(result)
