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
    """Shipped ruleset ids and their folders."""
    root = shipped_rules_dir()
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and any(p.glob("*" + RULE_SUFFIX))}


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
    import difflib

    close = difflib.get_close_matches(ident, [*shipped, *found], n=1)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    known = f"shipped rulesets: {', '.join(shipped) or 'none'}"
    if found:
        known += f"; from plugins: {', '.join(sorted(found))}"
    raise RuleLoadError(f"no ruleset or rule file called `{ident}`{hint} ({known})")


def rule_files(target: str | os.PathLike, search: RulesetSearch | None = None) -> list[Path]:
    """The rule files of a folder, one file, a shipped ruleset id, or an id
    that ``search`` names (see :func:`load_ruleset`)."""
    path = Path(target)
    if not path.exists():
        path = ruleset_path(str(target), search)
    if path.is_dir():
        files = sorted(path.glob("*" + RULE_SUFFIX))
        if not files:
            raise RuleLoadError(f"{path}: the folder holds no {RULE_SUFFIX} files")
        return files
    return [path]


def _read(path: Path) -> str:
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

    default_parameters: dict = attrs.field(init=False, repr=False)  # name -> default value
    linked_rulesets: dict = attrs.field(init=False, repr=False, factory=dict)  # id -> Ruleset, for linked facts
    year_reads: dict = attrs.field(init=False, repr=False, eq=False, factory=dict)  # node index -> engine.year_reads, filled on demand
    tests_loaded: bool = attrs.field(default=False, repr=False, eq=False)  # program.tests holds the rule tests
    links_checked: bool = attrs.field(default=False, init=False, repr=False, eq=False)  # links.check_no_cycle passed
    cache: bool = attrs.field(default=True, repr=False, eq=False)  # whether loading may use the on-disk cache
    source_lines: dict = attrs.field(init=False, repr=False, eq=False, factory=dict)  # file name -> its lines, split once for source_of

    def __attrs_post_init__(self):
        self.level_names = [(n.id, {1 << i: lvl for i, lvl in enumerate(n.scale)}) for n in self.program.nodes]
        self.default_parameters = {name: p.default.value for name, p in self.program.parameters.items()}

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


def load_ruleset(target: str | os.PathLike, *, cache: bool = True, search: RulesetSearch | None = None) -> Ruleset:
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

    Raises :class:`~senrules.errors.RuleLoadError` when it cannot be found or
    read and :class:`~senrules.errors.RuleCheckError` (with every problem)
    when its rules are wrong.
    """
    files = rule_files(target, search)
    texts = [_read(p) for p in files]
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
        cache._note("the cache file %s was not used: %s", name, err)
        return None


def _write_cache(name: str, values: tuple, replaces: str) -> None:
    from senrules import cache

    cache.write(name, pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL), replaces=replaces)
