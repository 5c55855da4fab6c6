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
    gathered = plugins.gather_evidence(ruleset, context, parameters)  # Gathered
    result = ruleset.evaluate(gathered.evidence, evaluation_date=context.evaluation_date, parameters=parameters)
"""

from __future__ import annotations

import difflib
import importlib
import io
import itertools
import os
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs
import pluggy

from senrules import hookspecs
from senrules.entrypoints import (  # noqa: F401 - found here by the names tests and callers use
    DISABLE_ENV, ENTRY_POINT_GROUP, cached_entry_points, declared_hooks, installed_entry_points, EntryPoint,
    entry_points_file, metadata_stamp, module_file, store_entry_points, disabled_names,
)
from senrules.gather import (
    Answer, EvaluationContext, EvidenceSource, Gathered, ParameterSet, PluginError, PluginFault, Problem,
    check_parameter_set, check_source, collect,
)

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
    for ep, dist_name, version in installed_entry_points():
        if ep.name in seen:
            continue  # the same distribution found twice on sys.path
        seen.add(ep.name)
        if pm.is_blocked(ep.name):
            pm._note(PluginStatus(ep.name, "disabled", ep.value, dist_name, version, f"listed in {DISABLE_ENV}"))
            continue
        if pm.has_plugin(ep.name):
            continue
        status = PluginStatus(ep.name, "loaded", ep.value, dist_name, version)
        hooks = declared_hooks(ep.value)
        if hooks is not None:  # imported only when one of its hooks is first called
            pm.register(_LazyPlugin(pm, ep, hooks, status), name=ep.name)
            pm._note(status)
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as err:  # noqa: BLE001 - one bad plugin must not stop the others
            pm._note(attrs.evolve(status, status="failed", error=f"{type(err).__name__}: {err}"))
            continue
        pm._note(status)


class _LazyPlugin:
    """An installed plugin registered under its entry point's name with the
    hooks its source declares (:func:`declared_hooks`), and imported at the
    first call of one of them, so a command imports only the plugins it
    uses.  Each call goes to the real module's function with the arguments
    it takes; a module that fails to import is marked "failed" and its
    calls raise, which :func:`call_plugin` reports under its name."""

    def __init__(self, pm, ep, hooks, status):
        self._pm, self._ep, self._status = pm, ep, status
        self._module = None
        self._lock = threading.Lock()
        self.__name__ = ep.value
        for hook in hooks:
            setattr(self, hook, self._impl(hook))

    def _impl(self, hook: str):
        spec = getattr(hookspecs, hook)

        def impl(*args):
            return self._call(hook, args)

        impl.__wrapped__ = spec  # pluggy reads the argument names through it
        impl.__name__ = hook
        # the plugin's own module, so that a failure is blamed on the file it was reading (gather._file_of)
        impl.__module__ = self._ep.value.split(":")[0].split("[")[0].strip()
        return hookspecs.hookimpl(impl)

    def load(self):
        """The real module, imported now if it was not yet."""
        with self._lock:
            if self._module is None:
                try:
                    self._module = self._ep.load()
                except Exception as err:
                    failed = attrs.evolve(self._status, status="failed", error=f"{type(err).__name__}: {err}")
                    self._pm._note(failed)
                    raise
            return self._module

    def _call(self, hook: str, args):
        import inspect

        real = getattr(self.load(), hook, None)
        if real is None:
            return None
        given = dict(zip(inspect.signature(getattr(hookspecs, hook)).parameters, args))
        return real(*[given[a] for a in inspect.signature(real).parameters])


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


# ------------------------------------------------------------------ isolation

#: Seconds one plugin's hook may run before it is abandoned (a plugin that
#: sleeps or loops).  ``SENRULES_PLUGIN_TIMEOUT`` changes it; 0 means no limit.
DEFAULT_TIMEOUT = 60.0
TIMEOUT_ENV = "SENRULES_PLUGIN_TIMEOUT"

#: The most items one hook call may return (or yield).
MAX_ITEMS = 1_000_000


def plugin_timeout() -> float | None:
    """The timeout for one hook call, in seconds (None: no limit)."""
    value = os.environ.get(TIMEOUT_ENV, "").strip()
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise PluginError(f"{TIMEOUT_ENV}={value!r} is not a number of seconds") from None
    if seconds != seconds or seconds < 0:
        raise PluginError(f"{TIMEOUT_ENV}={value!r} is not a number of seconds")
    return None if seconds == 0 or seconds == float("inf") else seconds


class _PluginOutput(io.TextIOBase):
    """Standard output while plugins run: what a plugin's thread prints goes
    to standard error (so ``--format json`` on standard output stays valid);
    everything else goes where it always went."""

    def __init__(self, original):
        self.original = original
        self.plugin_threads: set[int] = set()

    def _target(self):
        return sys.stderr if threading.get_ident() in self.plugin_threads else self.original

    def write(self, text):
        return self._target().write(text)

    def flush(self):
        self._target().flush()

    def writable(self):
        return True

    @property
    def encoding(self):
        return getattr(self.original, "encoding", "utf-8")

    def isatty(self):
        return False


_output_lock = threading.Lock()
_abandoned: list[threading.Thread] = []


def _describe(err: BaseException) -> str:
    if isinstance(err, SystemExit):
        return f"tried to stop senrules (SystemExit {err.code!r})"
    text = str(err)
    return f"failed: {type(err).__name__}: {text}" if text else f"failed: {type(err).__name__}"


def call_plugin(plugin: str, hook: str, func, args=(), *, timeout: float | None | bool = True):
    """Call one plugin's hook implementation, isolated: the one way every
    hook is called.

    It runs in a thread of its own, so that a plugin that sleeps or loops is
    abandoned after ``timeout`` seconds (default :func:`plugin_timeout`);
    anything it raises (``SystemExit``, ``KeyboardInterrupt`` and other
    ``BaseException`` subclasses included; a real Ctrl+C from the person still
    stops senrules) becomes a :class:`PluginFault` naming the plugin; what it
    prints goes to standard error; and a generator it returns is read to the
    end inside the same limits (at most :data:`MAX_ITEMS` items).
    """
    if timeout is True:
        timeout = plugin_timeout()
    outcome: dict = {}

    def target():
        proxy.plugin_threads.add(threading.get_ident())
        try:
            result = func(*args)
            if isinstance(result, Iterable) and not isinstance(result, (list, tuple, str, bytes, Mapping)):
                items = outcome["partial"] = []
                for item in itertools.islice(result, MAX_ITEMS + 1):
                    items.append(item)
                if len(items) > MAX_ITEMS:
                    raise PluginFault(plugin, hook, f"returned more than {MAX_ITEMS:,} items from {hook}")
                result = items
            outcome["result"] = result
        except BaseException as err:  # noqa: BLE001 - every failure is the plugin's, reported with its name
            outcome["error"] = err
        finally:
            proxy.plugin_threads.discard(threading.get_ident())

    with _output_lock:
        previous = sys.stdout
        proxy = previous if isinstance(previous, _PluginOutput) else _PluginOutput(previous)
        sys.stdout = proxy
    thread = threading.Thread(target=target, name=f"senrules plugin {plugin}", daemon=True)
    thread.start()
    try:
        thread.join(timeout)
    finally:
        with _output_lock:
            _abandoned[:] = [t for t in _abandoned if t.is_alive()]
            if thread.is_alive():
                _abandoned.append(thread)
            if sys.stdout is proxy and proxy is not previous and not _abandoned:
                sys.stdout = previous
    if thread.is_alive():
        raise PluginFault(
            plugin, hook,
            f"did not finish {hook} within {timeout:g} seconds and was abandoned "
            f"(set {TIMEOUT_ENV} to allow longer, 0 for no limit)",
        )
    if "error" in outcome:
        err = outcome["error"]
        if isinstance(err, PluginFault):
            raise err
        raise PluginFault(plugin, hook, _describe(err), err, outcome.get("partial", ())) from None
    return outcome.get("result")


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
        """Every plugin known (registered, disabled or failed), by name;
        every installed plugin is imported first, so its status is true."""
        self.load_all()
        return [self.pm.statuses[name] for name in sorted(self.pm.statuses)]

    def load_all(self) -> None:
        """Import every installed plugin not imported yet (see
        :class:`_LazyPlugin`); one that fails is marked "failed" and left out."""
        for name, plugin in list(self.pm.list_name_plugin()):
            if isinstance(plugin, _LazyPlugin):
                try:
                    plugin.load()
                except Exception:  # noqa: BLE001 - noted in its status
                    self.pm.unregister(plugin)

    # ------------------------------------------------------------ hooks
    #
    # Every hook call goes through call_plugin (isolated, timed, named), and
    # what each returns is checked here before anything else sees it: a
    # plugin's fault becomes a Problem in ``self.problems`` naming it, never a
    # crash and never blamed on another plugin.

    def _each(self, hook_name: str, **kwargs):
        """``(plugin name, thunk)`` per implementation, in call order; each
        thunk runs the implementation through :func:`call_plugin`."""
        caller = getattr(self.pm.hook, hook_name)
        for impl in _in_call_order(caller):
            args = [kwargs[a] for a in impl.argnames]
            thunk = (lambda name=impl.plugin_name, f=impl.function, a=args: call_plugin(name, hook_name, f, a))
            thunk.module = getattr(impl.function, "__module__", None)
            yield impl.plugin_name, thunk

    @property
    def problems(self) -> list[Problem]:
        """Faults of plugins met so far outside evidence gathering (a hook
        that raised, timed out or returned something malformed), in order."""
        return self.__dict__.setdefault("_problems", [])

    def _fault(self, name: str, message: str, severity: str = "error") -> None:
        problem = Problem(message, plugin=name, severity=severity)
        if problem not in self.problems:
            self.problems.append(problem)

    def _results(self, hook_name: str, **kwargs):
        """``(plugin name, list of items)`` per implementation; a plugin that
        fails is recorded in :attr:`problems` and skipped."""
        for name, call in self._each(hook_name, **kwargs):
            try:
                result = call()
            except PluginFault as err:
                self._fault(name, f"{err.reason} (in {hook_name})")
                continue
            yield name, result

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

    def gather_evidence(self, ruleset, context: EvaluationContext, parameters: Mapping | None = None) -> Gathered:
        """Every plugin's evidence for ``ruleset``, checked (see
        :func:`senrules.gather.collect`); a plugin that raises is reported,
        not fatal.

        ``parameters`` are the overrides the evaluation will be given (as
        :meth:`Ruleset.evaluate` takes them): the plugins see the values in
        force with them as ``context.parameters``.  Without them, a context
        that carries no values yet gets the rules' values on its evaluation
        date."""
        if context.ruleset is None:
            context = attrs.evolve(context, ruleset=ruleset.id)
        if parameters is not None or context.parameters is None:
            context = context.with_parameters(ruleset, parameters)
        gathered = collect(self._each("senrules_gather_evidence", ruleset=ruleset, context=context), ruleset, context)
        if context.manifest:
            from senrules.gather import unread_sections

            gathered = attrs.evolve(gathered, problems=gathered.problems + tuple(unread_sections(context)))
        if context.data_dir is not None and not context.manifest and not gathered.evidence:
            from senrules.gather import MANIFEST

            gathered = attrs.evolve(gathered, problems=gathered.problems + (Problem(
                f"the data folder has no {MANIFEST} saying which file feeds which facts (see docs/plugins.md)",
                file=context.display(context.data_dir), severity="warning",
            ),))
        return gathered

    def evidence_sources(self) -> list[tuple[str, EvidenceSource]]:
        """``(plugin name, source)`` for every source every plugin declares;
        a plugin whose hook fails, or returns something that is not a
        source, is recorded in :attr:`problems`."""
        out = []
        for name, result in self._results("senrules_evidence_sources"):
            for source in _as_list(result):
                bad = check_source(source)
                if bad:
                    self._fault(name, f"returned {bad} (in senrules_evidence_sources)")
                    continue
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
        id -> ``(plugin name, path)``, by id.  An id that is not text or a
        path that is not a path is recorded in :attr:`problems`."""
        from senrules.ruleset import shipped_rulesets

        shipped = shipped_rulesets()
        out: dict[str, tuple[str, Path]] = {}
        for name, result in self._results("senrules_ruleset_paths"):
            if isinstance(result, Mapping):
                pairs = list(result.items())
            else:
                pairs = []
                for p in _as_list(result):
                    if isinstance(p, (str, os.PathLike)):
                        pairs.append((_ruleset_id(Path(p)), p))
                    else:
                        self._fault(name, f"returned {p!r} ({type(p).__name__}) as a ruleset path, not a path (in senrules_ruleset_paths)")
            for ident, path in pairs:
                if not isinstance(ident, str) or not ident or not isinstance(path, (str, os.PathLike)):
                    self._fault(name, f"returned {ident!r}: {path!r} as a ruleset, not an id (text) and a path "
                                      "(in senrules_ruleset_paths)")
                    continue
                if ident in shipped:
                    self._fault(name, f"offers a ruleset `{ident}`, the id of a shipped ruleset, which it never replaces: "
                                      "it is not used (to add an edition of it, use senrules_ruleset_editions)",
                                severity="warning")
                elif ident not in out:
                    out[ident] = (name, Path(path))
        return dict(sorted(out.items()))

    def edition_sources(self) -> dict[str, list[tuple[str, Path]]]:
        """The editions plugins add to ruleset ids
        (``senrules_ruleset_editions``): id -> ``[(plugin name, path)]``, in
        call order, asked once per :class:`Plugins`.  Something that is not
        a mapping of an id to paths is recorded in :attr:`problems`."""
        found = self.__dict__.get("_edition_sources")
        if found is not None:
            return found
        out: dict[str, list[tuple[str, Path]]] = {}
        for name, result in self._results("senrules_ruleset_editions"):
            if result is None:
                continue
            if not isinstance(result, Mapping):
                self._fault(name, f"returned {result!r} ({type(result).__name__}), not a mapping of ruleset id to "
                                  "paths (in senrules_ruleset_editions)")
                continue
            for ident, paths in result.items():
                items = [paths] if isinstance(paths, (str, os.PathLike)) else _as_list(paths)
                if not isinstance(ident, str) or not ident or not items or not all(isinstance(q, (str, os.PathLike)) for q in items):
                    self._fault(name, f"returned {ident!r}: {paths!r} as editions, not a ruleset id (text) and paths "
                                      "(in senrules_ruleset_editions)")
                    continue
                out.setdefault(ident, []).extend((name, Path(q)) for q in items)
        self.__dict__["_edition_sources"] = out
        return out

    def added_editions(self, ident: str) -> list:
        """The editions plugins add to the ruleset ``ident``, as
        :class:`senrules.ruleset.AddedEdition` values naming the plugin."""
        from senrules.ruleset import AddedEdition

        return [AddedEdition(path, self.origin(name)) for name, path in self.edition_sources().get(ident, [])]

    def origin(self, name: str) -> str:
        """``plugin NAME (DISTRIBUTION VERSION)``, as far as it is known."""
        status = self.pm.statuses.get(name)
        dist = " ".join(x for x in (status.distribution, status.version) if x) if status else ""
        return f"plugin {name}" + (f" ({dist})" if dist else "")

    def ruleset_search(self):
        """What :func:`senrules.load_ruleset` takes as ``search``: these
        plugins' rulesets and the editions they add."""
        from senrules.entrypoints import InstalledRulesets

        return InstalledRulesets(lambda: self, lambda: True)

    def parameter_sets(self, ruleset) -> list[ParameterSet]:
        """Parameter sets plugins offer for ``ruleset``: those made for its
        id, and those made for any ruleset (``ruleset=None``) whose
        parameters it all declares."""
        return [s for _, s in self.parameter_set_sources(ruleset)]

    def parameter_set_sources(self, ruleset) -> list[tuple[str, ParameterSet]]:
        """As :meth:`parameter_sets`, with the plugin that offers each:
        ``(plugin name, set)``; a plugin whose hook fails, or returns
        something that is not a parameter set, is recorded in :attr:`problems`."""
        out = []
        for name, result in self._results("senrules_parameter_sets", ruleset=ruleset):
            for s in _as_list(result):
                bad = check_parameter_set(s)
                if bad:
                    self._fault(name, f"returned {bad} (in senrules_parameter_sets)")
                    continue
                if s.ruleset == ruleset.id or (s.ruleset is None and set(s.values) <= set(ruleset.parameters)):
                    out.append((name, s))
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
        key, equals, value = name.partition("=")
        if equals and key.strip() in ruleset.parameters and not close:  # `--parameter most_areas=80` (a prefix of --parameter-set)
            hint = (f"; `{name}` looks like a parameter's value, not a set's name: write "
                    f"`{key.strip()} = {value.strip()}` in a parameters file and give it with --params FILE")
        elif close:
            hint = f"; did you mean `{close[0]}`?"
        else:
            hint = f"; the sets offered are {', '.join(sorted(sets))}" if sets else "; none is offered for it"
        raise PluginError(f"no plugin offers a parameter set `{name}` for ruleset {ruleset.id}{hint}")

    def record_answer(self, answer: Answer, context: EvaluationContext) -> str:
        """Store a person's answer with the first plugin that takes it;
        :class:`PluginError` if none does or the one that tries fails."""
        for name, call in self._each("senrules_record_answer", answer=answer, context=context):
            try:
                where = call()
            except PluginFault as err:
                original = err.original
                if isinstance(original, PluginError) and not isinstance(original, PluginFault):
                    raise original from None
                raise PluginError(f"the answer to `{answer.fact}` could not be stored: {err.message}") from None
            if where is None:
                continue
            if not isinstance(where, str):
                raise PluginError(f"the answer to `{answer.fact}` was stored by plugin `{name}`, which returned "
                                  f"{where!r} ({type(where).__name__}) instead of where it stored it")
            return where
        raise PluginError(f"no plugin stores answers (is the `answers` plugin disabled?); `{answer.fact}` was not stored")


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
