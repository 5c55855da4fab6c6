"""Find, load, check, compile and cache rulesets.

A ruleset is one ``.rules`` file, or a folder of them with exactly one
``ruleset`` header.  The shipped rulesets live in ``senrules/rules/<id>/``.
:func:`load_ruleset` accepts a shipped id or a path and returns a
:class:`Ruleset`, the compiled, evaluable form.

Loading parses and checks every file, then compiles the checked program (see
:mod:`senrules.compiler`) into the values of :mod:`senrules.program`.  Rule
tests (``test "..." { ... }``) are not part of that: loading for evaluation
blanks them out before parsing, and :attr:`Ruleset.tests` parses and checks
them on first use (``senrules test``, ``senrules check``).

The result is cached on disk (see :mod:`senrules.cache`: a private folder,
every file verified with the user's keyed hash before it is decoded), keyed
by a SHA-256 hash of the rule files' contents, their paths, the code that
compiles them and the Python version, so a second load skips parsing,
checking and compiling.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import hashlib
import marshal
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs

from senrules import model as m
from senrules.errors import RuleCheckError, RuleLoadError
from senrules.program import CompiledRules, Program, load_functions

# The parser (and lark), the checker and the compiler are imported only when a
# ruleset is not in the cache: a cached load needs none of them.

CACHE_FORMAT = 1
RULE_SUFFIX = ".rules"


def shipped_rules_dir() -> Path:
    # the package's own folder (what importlib.resources.files gives for an
    # installed package, without importing importlib.resources at start-up)
    return Path(__file__).resolve().parent / "rules"


def shipped_rulesets() -> dict[str, Path]:
    """Shipped ruleset ids and their folders (a folder of editions, see
    :class:`Editions`, counts as one id)."""
    root = shipped_rules_dir()
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and (any(p.glob("*" + RULE_SUFFIX)) or is_editions_folder(p))}


def is_editions_folder(path: Path) -> bool:
    """A folder that holds no rule files itself, but sub-folders that do:
    each sub-folder is one edition of the same ruleset id."""
    try:
        return path.is_dir() and not any(path.glob("*" + RULE_SUFFIX)) and any(
            q.is_dir() and any(q.glob("*" + RULE_SUFFIX)) for q in path.iterdir()
        )
    except OSError:
        return False


#: Where to look up a ruleset id that is neither a path nor shipped: a
#: mapping of id to path, or a callable returning one (called only then).
RulesetSearch = Mapping[str, "str | os.PathLike"] | Callable[[], Mapping[str, "str | os.PathLike"]]


def ruleset_path(ident: str, search: RulesetSearch | None = None) -> Path:
    """The folder (or file) of the ruleset called ``ident``: a shipped
    ruleset, else one that ``search`` names (see :func:`load_ruleset`).

    Raises :class:`RuleLoadError` suggesting the closest id and listing the
    shipped and searched ones."""
    shipped = shipped_rulesets()
    if ident in shipped:
        return shipped[ident]
    found: dict[str, Path] = {}
    if search is not None:
        found = {str(k): Path(v) for k, v in (search() if callable(search) else search).items() if k not in shipped}
        if ident in found:
            if not found[ident].exists():
                raise RuleLoadError(f"ruleset `{ident}` is said to be at {found[ident]}, which does not exist")
            return found[ident]
    if "/" in ident or os.sep in ident or ident.endswith(RULE_SUFFIX):  # a path, not an id: say so plainly
        where = "" if Path(ident).is_absolute() else f" in {Path.cwd()}"
        raise RuleLoadError(f"no rule file or folder `{ident}`: it does not exist{where}")
    import difflib

    ids = [*shipped, *found]
    close = [i for i in ids if i.lower() == ident.lower()] or difflib.get_close_matches(ident, ids, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    known = f"shipped rulesets: {', '.join(shipped) or 'none'}"
    if found:
        known += f"; from plugins: {', '.join(sorted(found))}"
    raise RuleLoadError(f"no ruleset or rule file called `{ident}`{hint} ({known})")


def rule_files(target: str | os.PathLike, search: RulesetSearch | None = None) -> list[Path]:
    """The rule files of a folder, one file, a shipped ruleset id, or an id
    that ``search`` names (see :func:`load_ruleset`); of a folder of
    editions, those of the edition ``ID@VERSION`` names."""
    path = Path(target)
    if not path.exists():
        ident, version = split_edition(str(target))
        path = ruleset_path(ident, search) if not Path(ident).exists() else Path(ident)
        if version is not None:
            if Path(ident).exists():
                found = read_editions(path) if is_editions_folder(path) else None
            else:
                path, found = _resolve(ident, search, True)
            if found is None:
                raise RuleLoadError(f"`{ident}` has no editions to choose from: name it without `@{version}`")
            path = found.named(version).path
    if is_editions_folder(path):
        listing = ", ".join(e.name for e in read_editions(path).editions)
        raise RuleLoadError(f"{path} is a folder of editions ({listing}): name one, or its sub-folder")
    if path.is_dir():
        files = sorted(path.glob("*" + RULE_SUFFIX))
        if not files:
            raise RuleLoadError(f"{path}: the folder holds no {RULE_SUFFIX} files")
        return files
    return [path]


def read_rule_file(path: Path) -> str:
    """A rule file's text, bounded and checked (see :mod:`senrules.inputs`)."""
    from senrules.inputs import InputRefused, read_text

    try:
        return read_text(path, what="rules")
    except InputRefused as err:
        raise RuleLoadError(err.message) from None


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the senrules modules that shape a compiled model, so a cache
    written by other code (another version, or a working copy being edited)
    is never read."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(str(CACHE_FORMAT).encode())
    files = ("model.py", "program.py", "checker.py", "compiler.py", "logic.py", "transform.py", "ruleset.py", "errors.py", "parser.py")
    # the grammar: inside an installed package, or beside it in a checkout
    grammar = ("grammars/rules.lark", "../grammars/rules.lark")
    for name in (*files, *grammar):
        try:
            h.update((here / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:16]


@attrs.define
class Ruleset:
    """A loaded ruleset: its checked program and compiled functions.

    Evaluate with :meth:`evaluate` (full, explained result) or
    :meth:`verdicts` / :meth:`verdicts_many` (verdicts only, the fast path).
    """

    program: Program
    compiled: CompiledRules
    consts: dict
    hash: str
    sources: dict[str, str]  # file name -> text, for quoting rules in explanations
    diagnostics: tuple = ()  # warnings found while checking
    search: object = attrs.field(default=None, repr=False, eq=False)  # where load_ruleset looked up ids, for linked rulesets
    level_names: list = attrs.field(init=False, repr=False)  # per node: (id, {mask: level})

    default_parameters: dict = attrs.field(init=False, repr=False)  # name -> default value (the value after `=`)
    dated_parameters: tuple = attrs.field(init=False, repr=False)  # the parameters whose value changes on a date
    defaults_by_dates: dict = attrs.field(init=False, repr=False, eq=False, factory=dict)  # see defaults_on
    edition: str | None = attrs.field(default=None, repr=False, eq=False)  # "id@version" when one of several editions
    editions: object = attrs.field(default=None, repr=False, eq=False)  # the Editions it is one of
    edition_chosen: str | None = attrs.field(default=None, repr=False, eq=False)  # "date" (in force) or "name" (ID@VERSION)
    linked_rulesets: dict = attrs.field(init=False, repr=False, factory=dict)  # id -> Ruleset, for linked facts
    year_reads: dict = attrs.field(init=False, repr=False, eq=False, factory=dict)  # node index -> engine.year_reads, filled on demand
    tests_loaded: bool = attrs.field(default=False, repr=False, eq=False)  # program.tests holds the rule tests
    links_checked: bool = attrs.field(default=False, init=False, repr=False, eq=False)  # links.check_no_cycle passed
    cache: bool = attrs.field(default=True, repr=False, eq=False)  # whether loading may use the on-disk cache
    source_lines: dict = attrs.field(init=False, repr=False, eq=False, factory=dict)  # file name -> its lines, split once for source_of

    def __attrs_post_init__(self):
        self.level_names = [(n.id, {1 << i: lvl for i, lvl in enumerate(n.scale)}) for n in self.program.nodes]
        self.default_parameters = {name: p.default.value for name, p in self.program.parameters.items()}
        self.dated_parameters = tuple(p for p in self.program.parameters.values() if p.dated)

    def defaults_on(self, date) -> dict:
        """The rules' parameter values in force on ``date``: the value after
        ``=``, or the latest ``from`` value that has started.  Found once per
        combination of values in force (not per clause, nor per date), so
        evaluation reads one dictionary as before; a ruleset without dated
        values gives :attr:`default_parameters` itself."""
        if not self.dated_parameters:
            return self.default_parameters
        key = tuple(sum(1 for dv in p.dated if dv.start <= date) for p in self.dated_parameters)
        found = self.defaults_by_dates.get(key)
        if found is None:
            found = dict(self.default_parameters)
            for p, n in zip(self.dated_parameters, key):
                if n:
                    found[p.name] = p.dated[n - 1].value.value
            self.defaults_by_dates[key] = found
        return found

    def edition_note(self, on) -> str | None:
        """Why this edition is not the one in force on ``on`` (it was asked
        for by name), and who adds it when a plugin does; None when it is
        the ruleset's own edition in force."""
        if self.editions is None:
            return None
        mine = next((e for e in self.editions.editions if e.name == self.edition), None)
        added = f"edition {self.edition} is not shipped with senrules: {mine.origin} adds it" if mine and mine.origin else None
        notes = [n for n in (added, self._edition_note(on, self.editions.in_force(on))) if n]
        return "; ".join(notes) or None

    def _edition_note(self, on, current) -> str | None:
        if current is not None and current.name == self.edition:
            return None
        asked = "asked for by name" if self.edition_chosen == "name" else "chosen for another date"
        if current is None:
            return f"edition {self.edition} was {asked}; no edition of {self.id} is in force on {on}"
        return f"edition {self.edition} was {asked}; the edition in force on {on} is {current.name} ({current.window})"

    # ------------------------------------------------------------ metadata
    @property
    def id(self) -> str:
        return self.program.header.id

    @property
    def header(self) -> m.Header:
        return self.program.header

    @property
    def parameters(self) -> dict[str, m.Parameter]:
        return self.program.parameters

    @property
    def facts(self) -> dict[str, m.Fact]:
        return self.program.facts

    @property
    def tests(self) -> list[m.RuleTest]:
        """The rule tests, parsed and checked on first use (loading for
        evaluation leaves them out); raises :class:`RuleCheckError` when a
        test is wrong."""
        if not self.tests_loaded:
            self.program.tests = _load_tests(self)
            self.tests_loaded = True
        return self.program.tests

    def source_of(self, span) -> str | None:
        """The rule text a span covers, as written (whitespace collapsed)."""
        lines = self.source_lines.get(span.file)
        if lines is None:
            text = self.sources.get(span.file)
            if text is None:
                return None
            lines = self.source_lines[span.file] = text.splitlines()
        if not span.line:
            return None
        if span.end_line > len(lines):
            return None
        if span.line == span.end_line:
            chunk = lines[span.line - 1][span.column - 1: span.end_column - 1]
        else:
            parts = [lines[span.line - 1][span.column - 1:]]
            parts += lines[span.line: span.end_line - 1]
            parts.append(lines[span.end_line - 1][: span.end_column - 1])
            chunk = " ".join(parts)
        return " ".join(chunk.split())

    # ------------------------------------------------------------ evaluation
    def evaluate(self, facts=None, *, evaluation_date=None, parameters=None, year=None):
        """Evaluate and explain: a :class:`~senrules.result.Result`."""
        from senrules.engine import evaluate

        return evaluate(self, facts or {}, evaluation_date=evaluation_date, parameters=parameters, year=year)

    def verdicts(self, facts=None, *, evaluation_date=None, parameters=None, year=None) -> dict[str, str | None]:
        """Verdicts only (the fast path): id -> level, or None when unknown."""
        from senrules.engine import verdicts

        return verdicts(self, facts or {}, evaluation_date=evaluation_date, parameters=parameters, year=year)

    def verdicts_many(self, batch, *, evaluation_date=None, parameters=None) -> list[dict[str, str | None]]:
        """Verdicts for many fact sets (one per service, or per year)."""
        from senrules.engine import verdicts_many

        return verdicts_many(self, batch, evaluation_date=evaluation_date, parameters=parameters)

    def evaluate_batch(self, batch=None, *, columns=None, evaluation_date=None, parameters=None, progress=None, chunk_size=None):
        """Many services or cases at once, column by column (needs numpy):
        a :class:`~senrules.batch.BatchResult` of verdict columns.  See
        :mod:`senrules.batch`."""
        from senrules.batch import DEFAULT_CHUNK, evaluate_batch

        return evaluate_batch(
            self, batch, columns=columns, evaluation_date=evaluation_date, parameters=parameters,
            progress=progress, chunk_size=chunk_size or DEFAULT_CHUNK,
        )


def _hash(files: list[Path], texts: list[str]) -> str:
    h = hashlib.sha256()
    for path, text in zip(files, texts):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def compile_texts(named_texts: list[tuple[str, str]], *, tests: bool = True) -> tuple[Program, list]:
    """Parse and check rule texts ``[(file name, text)]``; raise
    :class:`RuleCheckError` with every error found.  With ``tests=False``
    the rule tests are left out (not parsed, not checked)."""
    from senrules.checker import check
    from senrules.errors import RuleSyntaxError
    from senrules.parser import parse

    files, diagnostics = [], []
    with _no_gc():
        for name, text in named_texts:
            try:
                files.append(parse(text, name, tests=tests))
            except RuleSyntaxError as err:
                diagnostics.extend(err.diagnostics)
        if diagnostics:
            raise RuleCheckError(diagnostics)
        program, diagnostics = check(files)
    if program is None:
        raise RuleCheckError([d for d in diagnostics if d.severity == "error"])
    return program, diagnostics


def _cache_name(kind: str, digest: str, names: list[str], *, digest_part: str | None = None) -> str:
    # The compiled model keeps the files' paths (for messages and quoting), so
    # the same rules in another checkout get a cache file of their own.
    where = hashlib.sha256("\0".join(os.path.abspath(n) for n in names).encode()).hexdigest()[:12]
    part = digest[:32] if digest_part is None else digest_part
    return f"{kind}-{part}-{where}-{_code_fingerprint()}-py{sys.version_info[0]}{sys.version_info[1]}.cache"


def _stale(name: str, names: list[str]) -> str:
    """The names of the cache files of earlier versions of the same files
    (same kind, paths, code and Python; another hash)."""
    return _cache_name(name.split("-", 1)[0], "", names, digest_part="*")


def load_ruleset(target: str | os.PathLike, *, cache: bool = True, search: RulesetSearch | None = None, on=None) -> Ruleset:
    """Load a ruleset by folder, file or shipped id (``"example"``).

    ``search`` says where to find an id that is neither a path nor shipped
    (a shipped id always wins): a mapping of id to folder or file, or a
    callable returning one, called only when needed.  The command line
    passes one that asks the installed plugins
    (:meth:`senrules.plugins.Plugins.ruleset_paths`), so they are loaded
    only for such an id.  The ruleset keeps ``search`` for the rulesets its
    linked facts name.

    ``cache=False`` neither reads nor writes the on-disk cache
    (``SENRULES_NO_CACHE=1`` does the same for every load).  Rule tests are
    not loaded here; :attr:`Ruleset.tests` loads them when first asked.

    When ``target`` names several editions of a ruleset (a folder of
    editions, see :class:`Editions`), the one in force on ``on`` (a date,
    default today) is loaded; ``ID@VERSION`` (or ``FOLDER@VERSION``) loads
    that edition whatever the date.  :func:`find_editions` lists them.
    ``search`` may add editions to an id, a shipped one included (see
    :func:`added_editions`): they are chosen among the ruleset's own the
    same way, and one that cannot be told apart from another (the same
    version or start) is an error, never an override.

    Raises :class:`~senrules.errors.RuleLoadError` when it cannot be found or
    read (or no edition is in force on ``on``) and
    :class:`~senrules.errors.RuleCheckError` (with every problem) when its
    rules are wrong.
    """
    path = Path(target)
    editions = None
    if not path.exists():
        ident, version = split_edition(str(target))
        if Path(ident).exists():
            path = Path(ident)
            editions = read_editions(path, cache=cache) if is_editions_folder(path) else None
        else:
            path, editions = _resolve(ident, search, cache)
        if version is not None:
            if editions is None:
                rs = _load_one(path, cache=cache, search=search)
                if rs.header.version == version:
                    return rs
                raise RuleLoadError(
                    f"`{ident}` has one edition, version {rs.header.version or '(none)'}, not {version}: name it without `@{version}`"
                )
            return editions.load(editions.named(version), cache=cache, chosen="name")
    elif is_editions_folder(path):
        editions = read_editions(path, cache=cache)
    if editions is not None:
        from senrules.engine import parse_evaluation_date

        return editions.load(editions.choose(parse_evaluation_date(on)), cache=cache, chosen="date")
    return _load_one(path, cache=cache, search=search)


def _load_one(target, *, cache: bool, search) -> Ruleset:
    files = rule_files(target, search)
    texts = [read_rule_file(p) for p in files]
    with _no_gc():
        return _load(files, texts, cache, search)


@contextlib.contextmanager
def _no_gc():
    """Loading makes tens of thousands of objects that live on (the model)
    or die young (parse trees, the compiler's ast), none in cycles that need
    collecting meanwhile; with the collector on, its passes over them were
    over half of a cold load of dcsf-2008 (and a third of a cached one)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load(files: list[Path], texts: list[str], cache: bool, search) -> Ruleset:
    digest = _hash(files, texts)
    names = [str(p) for p in files]
    sources = dict(zip(names, texts))
    cache_name = _cache_name("rules", digest, names)
    if cache:
        loaded = _read_cache(cache_name, digest)
        if loaded is not None:
            program, code, consts, diagnostics = loaded
            return Ruleset(program, load_functions(program, code, consts), consts, digest, sources, diagnostics, search, cache=cache)
    from senrules.compiler import compile_program

    program, diagnostics = compile_texts(list(zip(names, texts)), tests=False)
    code, consts = compile_program(program)
    compiled = load_functions(program, code, consts)
    # The id-keyed resolution tables are only meaningful in this process and
    # are not needed once compiled.
    program.types, program.refs, program.selects = {}, {}, {}
    diagnostics = tuple(d for d in diagnostics if d.severity != "error")
    if cache:
        _write_cache(cache_name, (digest, program, marshal.dumps(code), consts, diagnostics), _stale(cache_name, names))
    return Ruleset(program, compiled, consts, digest, sources, diagnostics, search, cache=cache)


def _load_tests(rs: Ruleset) -> list[m.RuleTest]:
    """The rule tests of a ruleset loaded without them: every file parsed
    and checked again, tests included (cached like the compiled rules)."""
    names = list(rs.sources)
    cache_name = _cache_name("tests", rs.hash, names)
    if rs.cache:
        loaded = _read_cache(cache_name, rs.hash)
        if loaded is not None:
            return loaded[0]
    program, _ = compile_texts(list(rs.sources.items()), tests=True)
    if rs.cache:
        _write_cache(cache_name, (rs.hash, program.tests), _stale(cache_name, names))
    return program.tests


class _Unpickler(pickle.Unpickler):
    """Refuses every global but the classes of the model a cache holds and
    a few value types: a second line of defence behind the cache's keyed
    hash (which is what keeps a forged file out)."""

    MODULES = frozenset({"senrules.model", "senrules.program", "senrules.errors"})
    ALLOWED = frozenset({("datetime", "date"), ("datetime", "datetime"), ("datetime", "timedelta"), ("builtins", "frozenset"), ("builtins", "set")})

    def find_class(self, module, name):
        if (module, name) in self.ALLOWED or (module in self.MODULES and "." not in name):
            found = super().find_class(module, name)
            if isinstance(found, type) and (module not in self.MODULES or found.__module__ == module):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a senrules cache")


def _read_cache(name: str, digest: str):
    """The cached values stored under ``name`` (after the digest), or None."""
    from senrules import cache

    payload = cache.read(name)
    if payload is None:
        return None
    import io

    try:
        stored_digest, *values = _Unpickler(io.BytesIO(payload)).load()
        if stored_digest != digest:
            return None
        if name.startswith("rules-"):
            program, code_bytes, consts, diagnostics = values
            return program, marshal.loads(code_bytes), consts, diagnostics
        return values
    except Exception as err:  # noqa: BLE001 - a cache written by other code is rebuilt, never fatal
        cache.note("the cache file %s was not used: %s", name, err)
        return None


def _write_cache(name: str, values: tuple, replaces: str) -> None:
    from senrules import cache

    cache.write(name, pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL), replaces=replaces)


# ------------------------------------------------------------------ editions


def split_edition(target: str) -> tuple[str, str | None]:
    """``"id@version"`` -> ``("id", "version")``; anything else -> ``(target, None)``."""
    ident, at, version = target.rpartition("@")
    if at and ident and version:
        return ident, version
    return target, None


@attrs.frozen
class Edition:
    """One edition of a ruleset: its folder and the header's version and
    ``effective`` dates."""

    id: str
    version: str
    effective_from: datetime.date
    effective_to: datetime.date | None
    path: Path
    until: datetime.date | None = None  # the last day in force: effective_to, or the day before the next edition starts
    origin: str | None = None  # who adds it when not the ruleset's own folder: "plugin NAME (DIST VERSION)"

    @property
    def name(self) -> str:
        return f"{self.id}@{self.version}"

    def describe(self) -> str:
        """``the edition dcsf-2008@2024 that plugin la adds (PATH)``, or
        ``the edition dcsf-2008@1.0.0 at PATH`` for the ruleset's own."""
        if self.origin:
            return f"the edition {self.name} that {self.origin} adds ({self.path})"
        shipped = self.path.resolve().is_relative_to(shipped_rules_dir())
        return f"the {'shipped ' if shipped else ''}edition {self.name} ({self.path})"

    @property
    def window(self) -> str:
        """``from 2008-04-01 to 2014-08-31`` (``to`` the last day in force)."""
        return f"from {self.effective_from}" + (f" to {self.until}" if self.until else "")


@attrs.define
class Editions:
    """Several editions of one ruleset id, each a sub-folder of one folder,
    each with its own ``version`` and ``effective`` dates.

    The edition in force on a date is the one that has started on or
    before it (``effective FROM``), has not ended (``to``), and started
    latest: a later edition supersedes an earlier one from its first day,
    so an edition without ``to`` runs until the next one starts.  An
    edition superseded or ended is expired: it is chosen only by name
    (``ID@VERSION``)."""

    id: str
    path: Path | None  # the folder of editions; None when editions were added to a ruleset's own (combined_editions)
    editions: tuple[Edition, ...]  # earliest first
    loaded: dict = attrs.field(factory=dict, repr=False)  # (version, "date" or "name") -> Ruleset
    search: object = attrs.field(default=None, repr=False, eq=False)  # kept by each edition, for its linked rulesets

    def in_force(self, on) -> Edition | None:
        for e in reversed(self.editions):
            if e.effective_from <= on and (e.until is None or on <= e.until):
                return e
        return None

    def choose(self, on) -> Edition:
        """The edition in force on ``on``; a :class:`RuleLoadError` naming
        every edition and its dates when none is."""
        found = self.in_force(on)
        if found is None:
            raise RuleLoadError(
                f"no edition of `{self.id}` is in force on {on}; its editions are {self.listing()}",
                hint=f"give an evaluation date inside one of them, or name an edition: `{self.editions[-1].name}`",
            )
        return found

    def named(self, version: str) -> Edition:
        for e in self.editions:
            if e.version == version:
                return e
        raise RuleLoadError(f"`{self.id}` has no edition `{version}`; its editions are {self.listing()}")

    def listing(self) -> str:
        return "; ".join(f"{e.name} ({e.window})" for e in self.editions)

    def load(self, edition: Edition, *, cache: bool = True, chosen: str = "date") -> Ruleset:
        key = (edition.version, chosen)
        rs = self.loaded.get(key)
        if rs is None:
            rs = _load_one(edition.path, cache=cache, search=self.search)
            rs.edition, rs.editions, rs.edition_chosen = edition.name, self, chosen
            self.loaded[key] = rs
        return rs


def edition_folders(target, search: RulesetSearch | None = None) -> list[Path] | None:
    """The sub-folders of a folder of editions that ``target`` (a folder or
    an id, not ``ID@VERSION``) names, without loading them; None when it
    names one ruleset.  (``senrules check`` checks each.)"""
    path = Path(target)
    if not path.exists():
        ident, version = split_edition(str(target))
        if version is not None:
            return None
        path, editions = _resolve(ident, search, True)
        if editions is not None and editions.path is None:  # editions added to it: each one's folder
            return [e.path for e in editions.editions]
    if not is_editions_folder(path):
        return None
    return sorted(q for q in path.iterdir() if q.is_dir() and any(q.glob("*" + RULE_SUFFIX)))


def edition_targets(targets, search: RulesetSearch | None = None) -> list[str]:
    """``targets`` with each that names several editions replaced by one
    ``TARGET@VERSION`` per edition (``senrules test`` runs each edition's
    tests; ``rules list`` lists each)."""
    out = []
    for target in targets:
        editions = find_editions(target, search) if edition_folders(target, search) else None
        out.extend([f"{target}@{e.version}" for e in editions.editions] if editions else [str(target)])
    return out


def find_editions(target, search: RulesetSearch | None = None, *, cache: bool = True) -> Editions | None:
    """The editions ``target`` (a folder, a shipped id or an id ``search``
    names) holds, or None when it is one ruleset.  Raises
    :class:`RuleLoadError` when it cannot be found."""
    path = Path(target)
    if not path.exists():
        return _resolve(str(target), search, cache)[1]
    return read_editions(path, cache=cache) if is_editions_folder(path) else None


_EDITIONS: dict = {}  # (folder, cache, its rule files' names, times and sizes) -> Editions, read once per process


def read_editions(path: Path, *, cache: bool = True) -> Editions:
    """Read a folder of editions: every sub-folder with rule files is loaded
    (from the compiled-rules cache after the first time) for its header.
    Every edition must share the id and have a ``version`` (its name) and an
    ``effective`` start, and no two may start on the same day."""
    folders = sorted(q for q in path.iterdir() if q.is_dir() and any(q.glob("*" + RULE_SUFFIX)))
    stats = [(f, f.stat()) for q in folders for f in sorted(q.glob("*" + RULE_SUFFIX))]
    key = (str(path.resolve()), cache, tuple((str(f), st.st_mtime_ns, st.st_size) for f, st in stats))
    found = _EDITIONS.get(key)
    if found is not None:
        return found
    loaded = [_load_one(q, cache=cache, search=None) for q in folders]
    ids = sorted({rs.id for rs in loaded})
    if len(ids) > 1:
        raise RuleLoadError(f"{path}: the editions of one ruleset share its id, but these name {', '.join(ids)}")
    problems = []
    for q, rs in zip(folders, loaded):
        h = rs.header
        if not h.version:
            problems.append(f"{q.name} has no `version` (an edition is named by it)")
        if h.effective_from is None:
            problems.append(f"{q.name} has no `effective` start date")
    if problems:
        raise RuleLoadError(f"{path}: " + "; ".join(problems))
    items = sorted(zip(loaded, folders), key=lambda x: x[0].header.effective_from)
    for (a, qa), (b, qb) in zip(items, items[1:]):
        if a.header.version == b.header.version:
            raise RuleLoadError(f"{path}: {qa.name} and {qb.name} are both version {a.header.version}")
        if a.header.effective_from == b.header.effective_from:
            raise RuleLoadError(f"{path}: {qa.name} and {qb.name} both take effect on {a.header.effective_from}; "
                                "an edition starts on a day of its own")
    versions = [rs.header.version for rs, _ in items]
    if len(set(versions)) != len(versions):
        raise RuleLoadError(f"{path}: two editions are version {next(v for v in versions if versions.count(v) > 1)}")
    editions = _with_until([Edition(rs.header.id, rs.header.version, rs.header.effective_from, rs.header.effective_to, q)
                            for rs, q in items])
    found = _EDITIONS[key] = Editions(ids[0], path, tuple(editions))
    for rs, q in items:
        e = next(e for e in editions if e.path == q)
        key2 = (e.version, "date")
        rs.edition, rs.editions, rs.edition_chosen = e.name, found, "date"
        found.loaded[key2] = rs
    return found


# ------------------------------------------------------------------ editions a plugin adds


@attrs.frozen
class AddedEdition:
    """An edition of a ruleset (a folder or ``.rules`` file), or a folder of
    several, that someone other than the ruleset's own folder adds to its id
    (a plugin's ``senrules_ruleset_editions``): where it is, and who adds it
    (``plugin NAME (DIST VERSION)``), for every message and note about it."""

    path: Path
    origin: str


def added_editions(ident: str, search: RulesetSearch | None) -> list[AddedEdition]:
    """The editions ``search`` adds to the ruleset called ``ident``: what its
    ``added_editions(ident)`` method returns, when it has one (the command
    line's search asks the installed plugins; a mapping or a plain callable
    adds none)."""
    finder = getattr(search, "added_editions", None)
    return list(finder(ident)) if finder is not None else []


def _resolve(ident: str, search: RulesetSearch | None, cache: bool) -> tuple[Path, Editions | None]:
    """An id's folder (or file), and its editions: those of a folder of
    editions, with any that ``search`` adds; None when it is one ruleset."""
    path = ruleset_path(ident, search)
    added = added_editions(ident, search)
    if added:
        return path, combined_editions(ident, path, added, cache=cache, search=search)
    return path, (read_editions(path, cache=cache) if is_editions_folder(path) else None)


def _edition_folders(path: Path) -> list[Path]:
    """One edition's folder (or file), or each sub-folder of a folder of editions."""
    if is_editions_folder(path):
        return sorted(q for q in path.iterdir() if q.is_dir() and any(q.glob("*" + RULE_SUFFIX)))
    return [path]


def combined_editions(ident: str, path: Path, added: list[AddedEdition], *, cache: bool = True, search=None) -> Editions:
    """The editions of the ruleset at ``path`` (one ruleset, or a folder of
    editions) with those ``added`` (see :class:`AddedEdition`), as one
    :class:`Editions`: chosen by date or by name like any.

    Each added edition must be the same ruleset (its header's id), with a
    ``version`` and an ``effective`` start, as must the ruleset's own rules;
    two editions with the same version, or starting on the same day, cannot
    be told apart, so an added edition never silently replaces another: that
    is a :class:`RuleLoadError` naming both and who adds them."""
    folders: list[tuple[Path, str | None]] = [(q, None) for q in _edition_folders(path)]
    seen = {q.resolve() for q, _ in folders}
    for a in added:
        where = Path(a.path)
        if not where.exists():
            raise RuleLoadError(f"{a.origin} adds an edition of `{ident}` at {where}, which does not exist")
        for q in _edition_folders(where):
            if q.resolve() not in seen:
                seen.add(q.resolve())
                folders.append((q, a.origin))
    stats = [(f, f.stat()) for q, _ in folders for f in ([q] if q.is_file() else sorted(q.glob("*" + RULE_SUFFIX)))]
    key = ("added", str(path.resolve()), cache, tuple((str(q), o) for q, o in folders),
           tuple((str(f), st.st_mtime_ns, st.st_size) for f, st in stats))
    found = _EDITIONS.get(key)
    if found is not None:
        return found
    loaded = [(_load_one(q, cache=cache, search=search), q, origin) for q, origin in folders]
    own_id = loaded[0][0].id
    problems = []
    for rs, q, origin in loaded:
        h = rs.header
        who = f"{origin} adds an edition of `{ident}` at {q}, but" if origin else f"`{ident}` ({q}) gets editions from plugins, but its own rules"
        if rs.id != own_id:
            problems.append(f"{who} are ruleset `{rs.id}`, not `{own_id}`: an edition keeps the ruleset's id")
        if not h.version:
            problems.append(f"{who} have no `version` (an edition is named by it)")
        if h.effective_from is None:
            problems.append(f"{who} have no `effective` start date")
    if problems:
        raise RuleLoadError("; ".join(problems))
    items = sorted(loaded, key=lambda x: x[0].header.effective_from)
    editions = _with_until([Edition(rs.header.id, rs.header.version, rs.header.effective_from, rs.header.effective_to, q,
                                    origin=origin) for rs, q, origin in items])
    for i, a in enumerate(editions):
        for b in editions[i + 1:]:
            clash = (f"both version {a.version}" if a.version == b.version
                     else f"both take effect on {a.effective_from}" if a.effective_from == b.effective_from else None)
            if clash:
                plugin = a.origin or b.origin
                raise RuleLoadError(
                    f"{a.describe()} and {b.describe()} are {clash}, so neither can be chosen: "
                    "an added edition never replaces another",
                    hint=(f"{plugin} must give its edition a version and an `effective` start of its own "
                          "(or leave the plugin out: SENRULES_DISABLE_PLUGINS)"),
                )
    found = _EDITIONS[key] = Editions(own_id, None, tuple(editions), search=search)
    for (rs, q, origin), e in zip(items, editions):
        rs.edition, rs.editions, rs.edition_chosen = e.name, found, "date"
        found.loaded[(e.version, "date")] = rs
    return found


def _with_until(editions: list[Edition]) -> list[Edition]:
    """Editions (earliest first) with ``until``, the last day each is in
    force: its ``to``, or the day before the next one starts if earlier."""
    out = []
    for i, e in enumerate(editions):
        until = e.effective_to
        if i + 1 < len(editions):
            day_before = editions[i + 1].effective_from - datetime.timedelta(days=1)
            until = day_before if until is None or day_before < until else until
        out.append(attrs.evolve(e, until=until))
    return out
