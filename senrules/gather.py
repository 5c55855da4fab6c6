"""Gathering evidence from plugins: the values that cross the hook boundary,
and the checks every plugin's output passes before the engine sees it.

What a plugin receives:

* :class:`EvaluationContext`: the evaluation date, the service, the years
  wanted, the data folder and its manifest (``senrules-data.toml``, which
  says which file feeds which facts), and the parameter values in force for
  the evaluation (``context.parameters``).

What a plugin returns:

* :class:`~senrules.evidence.Evidence` items (a fact's value with its
  :class:`~senrules.evidence.Provenance`), and
* :class:`Problem` items for input it rejected, naming the file, sheet, row
  and column, and the facts that stay unknown because of it.

:func:`collect` calls each plugin on its own and checks what it returns: an
exception becomes a :class:`Problem` naming the plugin and the file it was
reading (see :func:`reading`) and none of that plugin's evidence is used; an
item that is not evidence, a fact the ruleset does not declare and a value of
the wrong type each become a :class:`Problem`, and that fact stays unknown.
Nothing is dropped without a problem saying so.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import difflib
import functools
import os
import traceback
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

import attrs

from senrules.errors import InputError, SenrulesError
from senrules.evidence import Evidence, Provenance
from senrules.facts import MIN_YEAR, coerce_fact, coerce_value, date_hint

MANIFEST = "senrules-data.toml"

#: The most problems shown for one plugin in one gathering; the rest are
#: counted in one last problem (a wrong file can have a million bad rows).
MAX_PROBLEMS = 200

#: Top-level keys of the manifest that are not plugin sections.
MANIFEST_KEYS = ("service", "evaluation_date", "parameters")


class PluginError(SenrulesError):
    """A plugin could not do what was asked (for example, store an answer)."""


class PluginFault(PluginError):
    """A plugin's hook failed: it raised (anything, ``SystemExit`` included),
    ran past the timeout, or returned too much.  ``plugin`` names it;
    ``original`` is the exception it raised, if any; ``partial`` what it
    yielded before it failed (never used as evidence)."""

    def __init__(self, plugin: str, hook: str, message: str, original: BaseException | None = None, partial=()):
        super().__init__(f"plugin `{plugin}` {message}")
        self.plugin = plugin
        self.hook = hook
        self.reason = message
        self.original = original
        self.partial = tuple(partial)  # what it yielded before it failed (not used)


# ------------------------------------------------------------------ values


@attrs.frozen
class EvaluationContext:
    """What an evaluation is about, as plugins see it.

    ``years`` are the years wanted, oldest first (empty: every year up to the
    evaluation year); ``data_dir`` is the data folder (None when evidence
    comes from elsewhere); ``manifest`` is the data folder's parsed
    ``senrules-data.toml`` (empty when there is none).  ``rater`` is whose
    view is being evaluated (school staff, parents, CYP...): a manifest entry
    with ``rater = "..."`` is read only for that rater (see
    :mod:`senrules.raters`); entries without one are read for every rater.

    ``parameters`` are the parameter values in force for the evaluation
    (name -> value, every parameter the ruleset declares, read-only): the
    rules' values on the evaluation date with the data folder's, the
    parameter set's and the parameter file's overrides, resolved once by
    :func:`senrules.engine.resolve_parameters`, the function the engine
    evaluates with, so a plugin's derived facts (the Outcomes Benchmarking
    trend over ``trend_years``) use the same values as the rules.  Set by
    :meth:`with_parameters` (:meth:`senrules.plugins.Plugins.gather_evidence`
    does it); None only on a context a plugin's own test builds.
    """

    evaluation_date: _dt.date
    service: str | None = None
    years: tuple[int, ...] = attrs.field(default=(), converter=tuple)
    data_dir: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    manifest: Mapping = attrs.field(factory=dict, eq=False, hash=False)
    ruleset: str | None = None
    #: Whether the manifest may name files outside the data folder (None:
    #: as ``SENRULES_ALLOW_OUTSIDE_DATA`` says; see :func:`senrules.inputs.confined`).
    allow_outside: bool | None = None
    #: The manifest sections plugins asked for (see :meth:`section`), so a
    #: section no plugin reads (a misspelt ``[[tabulr]]``) can be reported.
    asked: set = attrs.field(factory=set, eq=False, hash=False, repr=False)
    rater: str | None = None
    parameters: Mapping | None = attrs.field(default=None, eq=False, hash=False)

    def with_parameters(self, ruleset, overrides: Mapping | None = None) -> EvaluationContext:
        """This context with :attr:`parameters` set for ``ruleset``: its
        values in force on the evaluation date with ``overrides`` (the
        ``parameters`` the evaluation is given, as :meth:`Ruleset.evaluate`
        takes them: a :class:`ParameterValues` or a plain mapping), through
        the engine's own :func:`~senrules.engine.resolve_parameters`.  A bad
        override raises :class:`InputError` naming it."""
        from senrules.engine import resolve_parameters

        values = resolve_parameters(ruleset, overrides, self.evaluation_date)
        return attrs.evolve(self, parameters=MappingProxyType(dict(values)))

    def parameter_values(self, ruleset) -> Mapping:
        """The parameter values in force for evaluating ``ruleset``:
        :attr:`parameters` when set; else (a context a plugin's own test
        builds) the rules' values on the evaluation date with the data
        folder's ``[parameters]``, or without them if they are not valid
        (the evaluation reports that)."""
        if self.parameters is not None:
            return self.parameters
        overrides = self.manifest.get("parameters") if isinstance(self.manifest, Mapping) else None
        try:
            return self.with_parameters(ruleset, overrides if isinstance(overrides, Mapping) else None).parameters
        except InputError:
            return self.with_parameters(ruleset).parameters

    @property
    def year(self) -> int:
        """The evaluation year (the year of the evaluation date)."""
        return self.evaluation_date.year

    def wants(self, year: int) -> bool:
        """Whether evidence for ``year`` is wanted (never a future year)."""
        if year > self.year:
            return False
        return not self.years or year in self.years

    def section(self, name: str) -> list[Mapping]:
        """The manifest entries for a plugin section: ``[name]`` or
        ``[[name]]`` (always a list; empty when the manifest has none).  An
        entry with ``ruleset = "ID"`` (or a list of ids) is for those
        rulesets only."""
        self.asked.add(name)
        entry = self.manifest.get(name)
        if entry is None:
            return []
        entries = [entry] if not isinstance(entry, list) else list(entry)
        return [e for e in entries if self._for_this_ruleset(e) and self._for_this_rater(e)]

    def _for_this_rater(self, entry) -> bool:
        rater = entry.get("rater") if isinstance(entry, Mapping) else None
        return rater is None or self.rater is None or str(rater) == self.rater

    def _for_this_ruleset(self, entry) -> bool:
        only = entry.get("ruleset") if isinstance(entry, Mapping) else None
        if only is None or self.ruleset is None:
            return True
        return self.ruleset in ([only] if isinstance(only, str) else list(only))

    def path(self, name: str | os.PathLike) -> Path:
        """A path named in the manifest, relative to the data folder.  A
        path that leads outside the folder (``..``, an absolute path, a
        symbolic link) raises :class:`~senrules.inputs.InputRefused` unless
        allowed (``allow_outside``); nothing of it is read."""
        p = Path(name)
        if self.data_dir is None:
            return p
        from senrules.inputs import confined

        return confined(self.data_dir, p, allow=self.allow_outside)

    def display(self, path: str | os.PathLike) -> str:
        """A path as shown in messages and provenance: relative to the data
        folder's parent when inside it (``demo/ob.csv``), else as given."""
        p = Path(path)
        if self.data_dir is not None:
            base = self.data_dir.parent
            with contextlib.suppress(ValueError):
                return p.resolve().relative_to(base.resolve()).as_posix()
        return str(p)


@attrs.frozen
class Problem:
    """Input a plugin rejected, or doubted: where, what, and the facts that
    stay unknown because of it.  ``severity`` is "error" (the input was not
    used) or "warning" (it was used, or ignored on purpose, but looks wrong)."""

    message: str
    plugin: str | None = None
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    facts: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    severity: str = attrs.field(default="error", validator=attrs.validators.in_(("error", "warning")))

    @property
    def location(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f'sheet "{self.sheet}"')
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f'column "{self.column}"')
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location
        text = f"{where}: {self.message}" if where else self.message
        if self.facts:
            text += f" (unknown: {', '.join(self.facts)})"
        return text

    def render(self) -> str:
        """One line for people: ``severity: plugin: place: message``."""
        who = f"{self.plugin}: " if self.plugin else ""
        return f"{self.severity}: {who}{self}"


@attrs.frozen
class EvidenceSource:
    """A source a plugin reads: shown by ``senrules plugins``."""

    name: str
    title: str
    reads: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    facts: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    doc: str | None = None


@attrs.frozen
class ParameterSet:
    """Named parameter values for a ruleset (None: any that declares them)."""

    name: str
    values: Mapping = attrs.field(eq=False, hash=False)
    ruleset: str | None = None
    doc: str | None = None


@attrs.frozen
class Answer:
    """A person's explicit answer for one fact (and one year, if per year)."""

    fact: str
    value: object
    year: int | None = None
    note: str | None = None
    answered_at: _dt.datetime | None = None
    service: str | None = None
    ruleset: str | None = None


@attrs.frozen
class Gathered:
    """What the plugins supplied: checked evidence, and every problem."""

    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=tuple)
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=tuple)
    plugins: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def facts(self) -> set[str]:
        return {e.fact for e in self.evidence}


# ------------------------------------------------------------------ manifest


def load_manifest(data_dir: str | os.PathLike) -> dict:
    """Read ``senrules-data.toml`` in ``data_dir`` (an empty mapping if the
    folder has none).  Raises :class:`InputError` naming the file and line."""
    folder = Path(data_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such data folder")
    path = folder / MANIFEST
    if not os.path.lexists(path):
        return {}
    from senrules.inputs import load_toml, read_text

    data = load_toml(read_text(path, what="manifest"), str(path))
    if "evaluation_date" in data:
        value = data["evaluation_date"]
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value)
            except ValueError:
                raise InputError(f"{path}: evaluation_date `{value}` is not a date (YYYY-MM-DD){date_hint(value)}") from None
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            raise InputError(f"{path}: evaluation_date must be a date (YYYY-MM-DD)")
        data["evaluation_date"] = value
    if "service" in data and not isinstance(data["service"], str):
        raise InputError(f"{path}: service must be text")
    if "parameters" in data and not isinstance(data["parameters"], Mapping):
        raise InputError(f"{path}: [parameters] must be a table of parameter names and values")
    return data


def bundled_demos() -> list[str]:
    """The names of the demo services shipped in ``senrules/demo/``, sorted
    (a folder whose name starts with ``_`` is not a demo)."""
    from importlib import resources

    demos = Path(str(resources.files("senrules") / "demo"))
    if not demos.is_dir():
        return []
    return sorted(p.name for p in demos.iterdir() if p.is_dir() and not p.name.startswith("_"))


def demo_folder_for(ruleset_id: str) -> str | None:
    """The bundled demo folder whose ``senrules-data.toml`` has an entry for
    ``ruleset_id`` (``oakfield-audit`` for the nasen audits, ...), as
    ``--demo`` chooses it; ``None`` when no demo folder names it."""
    for name in bundled_demos():
        try:
            manifest = load_manifest(data_folder(name))
        except SenrulesError:
            continue
        for value in manifest.values():
            for entry in value if isinstance(value, list) else [value]:
                only = entry.get("ruleset") if isinstance(entry, dict) else None
                if only == ruleset_id or (isinstance(only, list) and ruleset_id in only):
                    return name
    return None


def data_folder(value: str | os.PathLike) -> Path:
    """The data folder that ``value`` names: a folder, or else the name of a
    bundled demo service (see :func:`bundled_demos`), as ``--data`` takes it.

    Raises :class:`SenrulesError` when it is neither, suggesting the closest
    demo's name (``no data folder `northshir`; did you mean the bundled demo
    `northshire`?``) or listing the demos.
    """
    path = Path(value)
    if path.is_dir():
        return path
    from importlib import resources

    value = str(value)
    bundled = bundled_demos()
    if value in bundled:
        return Path(str(resources.files("senrules") / "demo")) / value
    close = difflib.get_close_matches(value, bundled, n=1)
    hint = f"; did you mean the bundled demo `{close[0]}`?" if close else f" (bundled demos: {', '.join(bundled)})"
    raise SenrulesError(f"no data folder `{value}`{hint}")


def context_for(
    data_dir: str | os.PathLike | None = None, *, evaluation_date=None, service: str | None = None,
    years: Iterable[int] = (), ruleset: str | None = None, allow_outside: bool | None = None,
    rater: str | None = None,
) -> EvaluationContext:
    """An :class:`EvaluationContext` for a data folder: the manifest's
    evaluation date and service apply unless given here."""
    manifest = load_manifest(data_dir) if data_dir is not None else {}
    date = evaluation_date or manifest.get("evaluation_date") or _dt.date.today()
    if isinstance(date, str):
        try:
            date = _dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(f"evaluation date `{date}` is not a date (YYYY-MM-DD){date_hint(date)}") from None
    if isinstance(date, _dt.datetime):
        date = date.date()
    return EvaluationContext(
        evaluation_date=date, service=service or manifest.get("service"), years=tuple(years),
        data_dir=Path(data_dir) if data_dir is not None else None, manifest=manifest, ruleset=ruleset,
        allow_outside=allow_outside, rater=rater,
    )


def gather_for(rs, data: str | os.PathLike | None = None, *, evaluation_date=None, service: str | None = None,
               params_file: str | os.PathLike | None = None, parameter_set: str | None = None, plugins=None,
               allow_outside: bool | None = None, rater: str | None = None, parameters: Mapping | None = None):
    """What the evidence gives the ruleset ``rs``: ``(context, gathered,
    parameters)``, as the command line and the assistant both need it.

    ``data`` is a data folder or a bundled demo's name (:func:`data_folder`);
    the plugins (``plugins``, else every installed one) gather from it.
    Without it the context has no folder and nothing is gathered.  The
    parameters are those of :func:`parameters_for`: the manifest's, then the
    plugins' set called ``parameter_set``, then ``params_file``'s.
    ``parameters`` is None when there are none.  ``rater`` limits the
    manifest's entries to that rater's and the shared ones.  The parameters
    are read before the evidence, and the context carries the values in
    force (:attr:`EvaluationContext.parameters`), so the plugins derive
    their facts with the values the evaluation uses.

    ``parameters``, when given, are the values to use instead of reading
    them from those sources (a resumed session's saved values; an empty
    mapping for the rules' own): the plugins see them as they would have.
    """
    folder = data_folder(data) if data is not None else None
    context = context_for(folder, evaluation_date=evaluation_date, service=service, ruleset=rs.id,
                          allow_outside=allow_outside, rater=rater)
    if plugins is None and (folder is not None or parameter_set):
        from senrules.plugins import Plugins

        plugins = Plugins()
    if parameters is not None:
        params = parameters or None
    else:
        params = parameters_for(rs, manifest=context.manifest, folder=folder, parameter_set=parameter_set,
                                params_file=params_file, plugins=plugins)
    context = context.with_parameters(rs, params)  # the plugins see the values the rules are evaluated with
    gathered = Gathered() if folder is None else plugins.gather_evidence(rs, context)
    return context, gathered, params


class ParameterValues(dict):
    """Parameter values as :meth:`Ruleset.evaluate` takes them (name ->
    value), which also say where each came from: ``sources[name]`` (``the
    parameter file local.toml``, ``the parameter set northshire``, ``the
    data folder's senrules-data.toml (FOLDER)``).  An evaluation states it
    with each value used (``ParameterUse.source``; the JSON result's
    ``source``), so every report can say what set each value."""

    def __init__(self, values=(), sources: Mapping[str, str] | None = None):
        super().__init__(values)
        self.sources: dict[str, str] = dict(sources or {})

    def __reduce__(self):  # pickled (a worker process) with its sources
        return (type(self), (dict(self), self.sources))


def parameters_for(rs, *, manifest: Mapping | None = None, folder: str | os.PathLike | None = None,
                   parameter_set: str | None = None, params_file: str | os.PathLike | None = None,
                   plugins=None) -> dict | None:
    """The parameter values for evaluating ``rs``, each later source
    overriding the earlier: a data folder's ``[parameters]`` (``manifest``,
    the folder's parsed manifest), the set called ``parameter_set`` that a
    plugin offers (``plugins``, else every installed one; see
    :meth:`senrules.plugins.Plugins.parameter_set`), then the parameter file
    ``params_file`` (JSON or TOML).

    A value may change on a date, written as a mapping from the date it
    applies from to the value (``{"2014-09-01": 20}``, OpenFisca's compact
    form; in TOML a table ``[name]`` with ``2014-09-01 = 20``): on an
    evaluation date before its first date, the earlier source's value (or
    the rules') still applies.

    Each source is checked against the ruleset's declarations: an
    :class:`InputError` names where the bad value came from (the folder, the
    parameter set or the file).  None when no source gives any value; else
    a :class:`ParameterValues`, saying which source set each value.
    """
    from senrules.engine import resolve_parameters
    from senrules.facts import load_parameters_file

    sources: list[tuple[str, str, Mapping]] = []  # (where, for a message; what set it, for a report; values)
    if manifest and manifest.get("parameters"):
        sources.append((str(folder) if folder is not None else MANIFEST,
                        f"the data folder's {MANIFEST}" + (f" ({folder})" if folder is not None else ""), manifest["parameters"]))
    if parameter_set:
        if plugins is None:
            from senrules.plugins import Plugins

            plugins = Plugins()
        chosen = plugins.parameter_set(rs, parameter_set)
        sources.append((f"parameter set `{chosen.name}`", f"the parameter set {chosen.name}", chosen.values))
    if params_file:
        sources.append((str(params_file), f"the parameter file {params_file}", load_parameters_file(params_file)))
    params = ParameterValues()
    for where, label, values in sources:
        try:
            resolve_parameters(rs, values)
        except InputError as err:
            raise InputError(f"{where}: {err.message}") from None
        for name, value in values.items():
            params[name] = _layered(params.get(name), value)
            params.sources[name] = label
    return params or None


def _layered(earlier, later):
    """A later source's value over an earlier one's: a dated later value
    keeps the earlier value (plain or dated) for the dates before its own
    first date."""
    if earlier is None or not isinstance(later, Mapping) or not later:
        return later
    def day(key):
        return key if isinstance(key, _dt.date) else _dt.date.fromisoformat(str(key))

    first = min(day(k) for k in later if k is not None)
    if isinstance(earlier, Mapping):
        kept = {k: v for k, v in earlier.items() if k is None or day(k) < first}
    else:
        kept = {None: earlier}  # before the later source's first date (see senrules.engine.dated_override)
    return {**kept, **later}


# ------------------------------------------------------------------ which file


@contextlib.contextmanager
def reading(path: str | os.PathLike | None, sheet: str | None = None) -> Iterator[None]:
    """Mark the file a plugin is reading, so that if reading it raises, the
    error report names the file (and sheet)::

        with reading(path):
            rows = list(csv.reader(open(path)))
    """
    try:
        yield
    except BaseException as err:
        if path is not None and getattr(err, "senrules_file", None) is None:
            with contextlib.suppress(AttributeError, TypeError):
                err.senrules_file = str(path)
                err.senrules_sheet = sheet
        raise


_PATH_NAMES = ("path", "file", "filename", "fname", "file_path", "filepath")


def _file_of(err: BaseException, module: str | None = None) -> str | None:
    """The file a plugin was reading when it raised: marked by
    :func:`reading`, an OSError's file name, or a local variable named
    ``path``/``file``/``filename`` in the innermost frame of the plugin's own
    code (``module``, its package) that has one, so that one plugin's
    failure is never blamed on a file another plugin named."""
    marked = getattr(err, "senrules_file", None)
    if marked:
        return marked
    if isinstance(err, OSError) and isinstance(err.filename, (str, os.PathLike)) and err.filename:
        return os.fspath(err.filename)
    frames = [f for f, _ in traceback.walk_tb(err.__traceback__)]
    if module:
        package = module.split(".")[0]
        frames = [f for f in frames if str(f.f_globals.get("__name__", "")).split(".")[0] == package]
    for frame in reversed(frames):
        for name in _PATH_NAMES:
            value = frame.f_locals.get(name)
            if isinstance(value, (str, os.PathLike)) and str(value):
                return os.fspath(value)
    return None


# ------------------------------------------------------------------ collecting


def collect(calls, ruleset, context: EvaluationContext) -> Gathered:
    """Check each plugin's output.  ``calls`` yields ``(plugin name, call)``
    where ``call()`` runs that plugin's hook implementation."""
    evidence: list[Evidence] = []
    problems: list[Problem] = []
    supplied: list[str] = []
    declared = ruleset.facts
    for name, call in calls:
        mine: list[Evidence] = []
        mine_problems: list[Problem] = []
        module = getattr(call, "module", None)
        try:
            result = call()
        except PluginFault as fault:  # through senrules.plugins.call_plugin: any failure, timed out, named
            lost = {i.fact for i in fault.partial if isinstance(i, Evidence) and isinstance(i.fact, str) and i.fact in declared}
            problems.append(attrs.evolve(_crash(name, fault.reason, fault.original, module, context), facts=sorted(lost)))
            continue
        except Exception as err:  # noqa: BLE001 - a thunk called directly, without call_plugin
            problems.append(_crash(name, _failure(err), err, module, context))
            continue
        if result is None:
            continue
        if isinstance(result, (Evidence, Problem)):
            result = [result]
        if not isinstance(result, Iterable) or isinstance(result, (str, bytes, Mapping)):
            problems.append(Problem(
                f"returned {_a(result)}, not evidence (an iterable of Evidence and Problem items)", plugin=name,
            ))
            continue
        try:
            for item in result:
                checked = _check_item(name, item, declared, context)
                if isinstance(checked, Evidence):
                    mine.append(checked)
                else:
                    mine_problems.append(checked)
        except Exception as err:  # noqa: BLE001 - an item that cannot even be looked at
            problems.append(_crash(name, f"returned evidence that could not be read ({_failure(err)})", err, module, context))
            continue
        mine_problems.sort(key=_place)
        if len(mine_problems) > MAX_PROBLEMS:
            hidden = mine_problems[MAX_PROBLEMS:]
            mine_problems = mine_problems[:MAX_PROBLEMS] + [Problem(
                f"and {len(hidden):,} more problems, not shown (the first {MAX_PROBLEMS} are above): "
                "is it the right file?", plugin=name, file=hidden[0].file,
                facts=sorted({f for p in hidden for f in p.facts}),
            )]
        problems.extend(mine_problems)
        if mine:
            supplied.append(name)
            evidence.extend(mine)
    return Gathered(evidence, problems, supplied)


def unread_sections(context: EvaluationContext) -> list[Problem]:
    """A warning for each top-level key of the manifest that is neither one
    of :data:`MANIFEST_KEYS` nor a section some plugin asked for: it is
    ignored, and is most likely misspelt."""
    out = []
    for key in context.manifest:
        if key in MANIFEST_KEYS or key in context.asked:
            continue
        close = difflib.get_close_matches(str(key), sorted(context.asked) + list(MANIFEST_KEYS), n=1, cutoff=0.6)
        hint = f"; did you mean [{close[0]}]?" if close else ""
        value = context.manifest[key]
        what = f"[{key}]" if isinstance(value, (Mapping, list)) else f"`{key}`"
        out.append(Problem(f"{what} is read by no plugin, so it is ignored{hint}", file=MANIFEST, severity="warning"))
    return out


def _failure(err: BaseException) -> str:
    text = str(err)
    return f"failed: {type(err).__name__}: {text}" if text else f"failed: {type(err).__name__}"


def _crash(name: str, message: str, err: BaseException | None, module: str | None, context) -> Problem:
    """The problem reported for a plugin that failed: its name, what
    happened, and the file it was reading (its own, never another's)."""
    file = _file_of(err, module) if err is not None else None
    sheet = getattr(err, "senrules_sheet", None)
    shown = context.display(file) if file else None
    return Problem(message + "; none of its evidence is used", plugin=name, file=shown,
                   sheet=sheet if isinstance(sheet, str) else None)


def _place(p: Problem):
    """Problems in file order: each file's rows, then what is about the whole file."""
    return (p.file or "", p.sheet or "", p.row if p.row is not None else float("inf"))


def _a(value) -> str:
    kind = type(value).__name__
    return f"an {kind}" if kind[:1].lower() in "aeiou" else f"a {kind}"


def _check_item(plugin: str, item, declared, context: EvaluationContext):
    """The item as checked Evidence, or the Problem it has."""
    if type(item) is not Evidence:
        if isinstance(item, Problem):
            bad = check_problem(item)
            if bad:
                said = f": {item.message}" if isinstance(item.message, str) else ""
                return Problem(f"returned a malformed problem ({bad}){said}", plugin=plugin)
            # a problem is always the plugin's own that returned it
            return item if item.plugin == plugin else attrs.evolve(item, plugin=plugin)
        if isinstance(item, Mapping):
            try:
                item = evidence_from_payload(item)
            except InputError as err:
                return Problem(f"returned a malformed evidence mapping: {err.message}", plugin=plugin)
        if not isinstance(item, Evidence):
            return Problem(f"returned {_a(item)} among its evidence, not Evidence or Problem", plugin=plugin)
    prov = item.provenance
    if prov is None:
        prov = Provenance(plugin)
    elif not isinstance(prov, Provenance):
        return Problem(f"gave `{item.fact}` a provenance that is {_a(prov)}, not Provenance", plugin=plugin,
                       facts=[item.fact] if isinstance(item.fact, str) else [])
    elif check_provenance(attrs.evolve(prov, source=plugin)):
        return Problem(f"gave `{item.fact}` {check_provenance(attrs.evolve(prov, source=plugin))}", plugin=plugin,
                       facts=[item.fact] if isinstance(item.fact, str) else [])
    elif prov.source != plugin:
        prov = attrs.evolve(prov, source=plugin)

    def problem(message, facts=(), severity="error"):
        return Problem(message, plugin=plugin, file=prov.file, sheet=prov.sheet, row=prov.row, column=prov.column,
                       facts=facts, severity=severity)

    fact = declared.get(item.fact) if isinstance(item.fact, str) else None
    if fact is None:
        if not isinstance(item.fact, str):
            return problem(f"named a fact with {_a(item.fact)}, not text")
        close = difflib.get_close_matches(item.fact, list(declared), n=1)
        hint = f" (did you mean `{close[0]}`?)" if close else ""
        rs = f" {context.ruleset}" if context.ruleset else ""
        return problem(f"`{item.fact}` is not a fact of ruleset{rs}{hint}; it is ignored", severity="warning")
    year = item.year
    if year is not None:
        if type(year) is not int:
            return problem(f"gave `{item.fact}` the year {year!r}, which is not a whole number", [item.fact])
        if year > context.year:
            return problem(f"the year {year} is after the evaluation year {context.year}", [item.fact])
        if year < MIN_YEAR:
            return problem(f"gave `{item.fact}` the year {year}, before {MIN_YEAR}", [item.fact])
    if fact.per_year and year is None and not isinstance(item.value, Mapping):
        return problem(f"`{item.fact}` is per year, but no year was given", [item.fact])
    try:
        if fact.per_year and year is not None:
            value = coerce_value(fact.type, item.value, f"`{item.fact}` for {year}", fact.range)
        else:
            value = coerce_fact(fact, item.value, f"`{item.fact}`")
    except InputError as err:
        return problem(err.message, [item.fact])
    if value is None:
        return problem(f"gave no value for `{item.fact}`", [item.fact], "warning")
    if value is item.value and prov is item.provenance:
        return item
    return Evidence(item.fact, value, prov, year)


def evidence_from_payload(payload: Mapping) -> Evidence:
    """An :class:`Evidence` from a mapping (as a plugin or a JSON feed gives
    it): ``fact``, ``value``, optional ``year`` and ``provenance`` (a mapping
    with ``source``, ``file``, ``sheet``, ``row``, ``column``, ``record``,
    ``as_of``).  Unknown keys are refused."""
    import cattrs

    converter = _converter()
    try:
        return converter.structure(dict(payload), Evidence)
    except Exception as err:  # noqa: BLE001 - cattrs raises several kinds
        if isinstance(err, (cattrs.BaseValidationError,)):
            messages = cattrs.transform_error(err, path="$")
            raise InputError("; ".join(messages)) from None
        raise InputError(str(err)) from None


@functools.cache
def _converter():
    import cattrs

    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook_func(lambda t: t is object, lambda v, _: v)
    conv.register_structure_hook(_dt.date, lambda v, _: v if isinstance(v, _dt.date) else _dt.date.fromisoformat(v))
    return conv


# ------------------------------------------------------------------ checking what plugins return


def _bad_field(value, kinds, name: str) -> str | None:
    if value is None or (isinstance(value, kinds) and not isinstance(value, bool)):
        return None
    return f"{name} {value!r} ({_kind_name(value)}), not {' or '.join(k.__name__ for k in kinds)}"


def _kind_name(value) -> str:
    return type(value).__name__


def check_provenance(prov) -> str | None:
    """What is wrong with a plugin's :class:`~senrules.evidence.Provenance`
    (a field of the wrong type), or None."""
    if not isinstance(prov, Provenance):
        return f"a provenance that is {_kind_name(prov)}, not Provenance"
    if not isinstance(prov.source, str):
        return f"a provenance whose source is {_kind_name(prov.source)}, not text"
    for field, kinds in (("file", (str,)), ("sheet", (str,)), ("column", (str,)), ("record", (str,)), ("row", (int,))):
        bad = _bad_field(getattr(prov, field), kinds, f"provenance {field}")
        if bad:
            return bad
    if prov.as_of is not None and (type(prov.as_of) is not _dt.date):
        return f"provenance as_of {prov.as_of!r} ({_kind_name(prov.as_of)}), not a date"
    return None


def check_problem(problem) -> str | None:
    """What is wrong with a plugin's :class:`~senrules.gather.Problem`, or None."""
    if not isinstance(problem.message, str):
        return f"a problem whose message is {_kind_name(problem.message)}, not text"
    for field, kinds in (("plugin", (str,)), ("file", (str,)), ("sheet", (str,)), ("column", (str,)), ("row", (int,))):
        bad = _bad_field(getattr(problem, field), kinds, f"problem {field}")
        if bad:
            return bad
    if not all(isinstance(f, str) for f in problem.facts):
        return "a problem whose facts are not all names (text)"
    return None


def check_source(source) -> str | None:
    """What is wrong with a plugin's :class:`~senrules.gather.EvidenceSource`, or None."""
    if not isinstance(source, EvidenceSource):
        return f"{_kind_name(source)} among its evidence sources, not EvidenceSource"
    if not isinstance(source.name, str) or not isinstance(source.title, str):
        return "an evidence source whose name or title is not text"
    if not all(isinstance(x, str) for x in (*source.reads, *source.facts)):
        return f"evidence source `{source.name}` with reads or facts that are not text"
    if source.doc is not None and not isinstance(source.doc, str):
        return f"evidence source `{source.name}` whose doc is not text"
    return None


def check_parameter_set(ps) -> str | None:
    """What is wrong with a plugin's :class:`~senrules.gather.ParameterSet`, or None."""
    if not isinstance(ps, ParameterSet):
        return f"{_kind_name(ps)} among its parameter sets, not ParameterSet"
    if not isinstance(ps.name, str) or not ps.name:
        return "a parameter set whose name is not text"
    if not isinstance(ps.values, Mapping) or not all(isinstance(k, str) for k in ps.values):
        return f"parameter set `{ps.name}` whose values are not a mapping of parameter names"
    if ps.ruleset is not None and not isinstance(ps.ruleset, str):
        return f"parameter set `{ps.name}` whose ruleset is not text"
    return None


# ------------------------------------------------------------------ rendering


def render_problems(problems: Iterable[Problem]) -> str:
    """Every problem, one line each."""
    return "".join(p.render() + "\n" for p in problems)
