"""Find, load, check, compile and cache rulesets.

A ruleset is one ``.rules`` file, or a folder of them with exactly one
``ruleset`` header.  The shipped rulesets live in ``senrules/rules/<id>/``.
:func:`load_ruleset` accepts a shipped id or a path and returns a
:class:`Ruleset`, the compiled, evaluable form.

Loading parses and checks every file, then compiles the checked program (see
:mod:`senrules.compiler`) into the values of :mod:`senrules.program`.  The result is cached on disk, keyed by a SHA-256
hash of the rule files' contents and the senrules and Python versions, so a
second load skips parsing and checking.  The cache lives in
``$SENRULES_CACHE_DIR`` or the user cache folder (``~/.cache/senrules``); it
holds only what senrules itself wrote, and a cache file that cannot be read is
ignored and rebuilt.
"""

from __future__ import annotations

import functools
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
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise RuleLoadError(f"{path}: not a UTF-8 text file (bad byte at {err.start})") from None
    except OSError as err:
        raise RuleLoadError(f"{path}: cannot read ({err.strerror})") from None


def _cache_dir() -> Path:
    env = os.environ.get("SENRULES_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "senrules"


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the senrules modules that shape a compiled model, so a cache
    written by other code (another version, or a working copy being edited)
    is never read."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(str(CACHE_FORMAT).encode())
    for name in ("model.py", "program.py", "checker.py", "compiler.py", "logic.py", "transform.py", "ruleset.py", "errors.py"):
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


def compile_texts(named_texts: list[tuple[str, str]]) -> tuple[Program, list]:
    """Parse and check rule texts ``[(file name, text)]``; raise
    :class:`RuleCheckError` with every error found."""
    from senrules.checker import check
    from senrules.errors import RuleSyntaxError
    from senrules.parser import parse

    files, diagnostics = [], []
    for name, text in named_texts:
        try:
            files.append(parse(text, name))
        except RuleSyntaxError as err:
            diagnostics.extend(err.diagnostics)
    if diagnostics:
        raise RuleCheckError(diagnostics)
    program, diagnostics = check(files)
    if program is None:
        raise RuleCheckError([d for d in diagnostics if d.severity == "error"])
    return program, diagnostics


def load_ruleset(target: str | os.PathLike, *, cache: bool = True, search: RulesetSearch | None = None) -> Ruleset:
    """Load a ruleset by folder, file or shipped id (``"example"``).

    ``search`` says where to find an id that is neither a path nor shipped
    (a shipped id always wins): a mapping of id to folder or file, or a
    callable returning one, called only when needed.  The command line
    passes one that asks the installed plugins
    (:meth:`senrules.plugins.Plugins.ruleset_paths`), so they are loaded
    only for such an id.  The ruleset keeps ``search`` for the rulesets its
    linked facts name.

    Raises :class:`~senrules.errors.RuleLoadError` when it cannot be found or
    read and :class:`~senrules.errors.RuleCheckError` (with every problem)
    when its rules are wrong.
    """
    files = rule_files(target, search)
    texts = [_read(p) for p in files]
    digest = _hash(files, texts)
    names = [str(p) for p in files]
    # The compiled model keeps the files' paths (for messages and quoting), so
    # the same rules in another checkout get a cache file of their own.
    where = hashlib.sha256("\0".join(os.path.abspath(n) for n in names).encode()).hexdigest()[:12]
    cache_file = _cache_dir() / f"{digest[:32]}-{where}-{_code_fingerprint()}-py{sys.version_info[0]}{sys.version_info[1]}.bin"
    if cache:
        loaded = _read_cache(cache_file, digest)
        if loaded is not None:
            program, code, consts, diagnostics = loaded
            return Ruleset(program, load_functions(program, code, consts), consts, digest, dict(zip(names, texts)), diagnostics, search)
    from senrules.compiler import compile_program

    program, diagnostics = compile_texts(list(zip(names, texts)))
    code, consts = compile_program(program)
    compiled = load_functions(program, code, consts)
    # The id-keyed resolution tables are only meaningful in this process and
    # are not needed once compiled.
    program.types, program.refs, program.selects = {}, {}, {}
    diagnostics = tuple(d for d in diagnostics if d.severity != "error")
    if cache:
        _write_cache(cache_file, digest, program, code, consts, diagnostics)
    return Ruleset(program, compiled, consts, digest, dict(zip(names, texts)), diagnostics, search)


def _read_cache(path: Path, digest: str):
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        stored_digest, program, code_bytes, consts, diagnostics = pickle.loads(blob)
        if stored_digest != digest:
            return None
        return program, marshal.loads(code_bytes), consts, diagnostics
    except Exception:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
        return None


def _write_cache(path: Path, digest, program, code, consts, diagnostics) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(pickle.dumps((digest, program, marshal.dumps(code), consts, diagnostics), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass  # caching is an optimisation; a read-only home must not break loading
