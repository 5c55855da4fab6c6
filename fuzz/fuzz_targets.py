"""Fuzz targets: one function per kind of input, each feeding bytes to the
public ``senrules`` command (in this process) and failing only on what a
user must never see.

A target raises :class:`Finding` when the command

* reports an internal error (``senrules: internal error``) or lets any
  exception out (a traceback),
* exits with a code other than 0 (done), 1 (findings) or 2 (bad input), or
* says it succeeded with ``--format json`` but printed something that is not
  JSON.

A clear error message for a bad input is the expected outcome, not a
finding.  Hangs are caught by the caller's time limit (the hypothesis
``deadline`` in tests/fuzz, atheris's ``-timeout``) and memory by its
``-rss_limit_mb``.

Kinds (:data:`KINDS`): ``rules`` (a rule file, or a whole ruleset folder:
formatted, checked, tested and evaluated), ``facts`` and ``parameters``
(evaluated against ``example`` or ``dcsf-2008``), ``manifest``, ``csv``,
``xlsx`` (read as the demo reads its table of a kind, :data:`TABLE_KINDS`),
``proposal`` (Markdown, text or Word), ``session`` (an assistant's session
file, resumed).  :data:`last_code` is the exit code of the last command a
target ran, the evaluating one: 0 or 1, the input reached the evaluation;
2, it was refused as bad input.  Used by
``tests/fuzz/`` (hypothesis, a short run in CI) and ``fuzz/fuzz_inputs.py``
(atheris, or a plain random campaign, for longer runs); see
``docs/fuzzing.md``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import tempfile
import traceback
from pathlib import Path

#: The shipped rulesets the targets evaluate against (never fuzzed themselves).
SHIPPED_RULESETS = ("example", "dcsf-2008")

KINDS = ("rules", "facts", "parameters", "manifest", "csv", "xlsx", "proposal", "session")


class Finding(AssertionError):
    """What a user must never see: an internal error, a traceback, an odd
    exit code, or JSON output that is not JSON."""


def _cli(*args: str) -> tuple[int, str, str]:
    from senrules import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - a traceback is what we look for
            raise Finding(f"senrules {' '.join(args)} raised:\n{traceback.format_exc()}") from None
    return code, out.getvalue(), err.getvalue()


#: The exit code of the last command a target ran (0 done, 1 findings, 2
#: refused as bad input): the campaign counts how deep its inputs got.
last_code: int | None = None
last_err = ""  # and what it said on standard error


def _check(args, code: int, out: str, err: str, *, json_out: bool = False) -> None:
    global last_code, last_err
    last_code, last_err = code, err
    said = out + err
    if "internal error" in said or "Traceback (most recent call last)" in said:
        raise Finding(f"senrules {' '.join(args)}: {said[-2000:]}")
    if code not in (0, 1, 2):
        raise Finding(f"senrules {' '.join(args)} exited {code}: {said[-2000:]}")
    if json_out and code == 0:
        try:
            json.loads(out)
        except ValueError:
            raise Finding(f"senrules {' '.join(args)} printed invalid JSON: {out[:500]!r}") from None


def run(*args: str, json_out: bool = False) -> tuple[int, str, str]:
    """Run the command and check what it did (:class:`Finding` if wrong)."""
    code, out, err = _cli(*args)
    _check(args, code, out, err, json_out=json_out)
    return code, out, err


# ------------------------------------------------------------------ once per process


_SETUP_DONE = False


def once_per_process() -> None:
    """Do once, for every input of a long run, the setup a real ``senrules``
    process does once and that no fuzzed input can change: find the
    installed plugins (the plugin manager), build the command-line parser,
    and read a shipped ruleset's compiled-rules cache.

    Every input still goes through ``senrules.cli.main`` and everything it
    calls on that input (reading and checking the file, the plugins' hooks
    in their isolation wrapper, the evaluation, the wording, the JSON);
    only the work that depends on nothing fuzzed is shared.  The fuzzed
    rule files (kind ``rules``) are never cached: they are read, parsed and
    checked afresh.  ``tests/fuzz/test_fuzz_setup.py`` checks that the
    output of a run with this setup is the same as without it.
    Used by ``fuzz/fuzz_inputs.py`` (the campaign and atheris); the short
    run in CI goes without it.
    """
    global _SETUP_DONE
    if not _SETUP_DONE:
        _install_shared_setup()
        _SETUP_DONE = True


@contextlib.contextmanager
def shared_setup():
    """:func:`once_per_process` for a while (the tests' check of it): the
    functions it replaces are put back at the end."""
    undo = _install_shared_setup()
    try:
        yield
    finally:
        for owner, name, original in undo:
            setattr(owner, name, original)


def _install_shared_setup() -> list:
    import functools

    from senrules import cli, plugins, ruleset

    make_manager = plugins.get_plugin_manager
    managers: dict = {}

    @functools.wraps(make_manager)
    def get_plugin_manager(*, load_entrypoints: bool = True):
        key = (load_entrypoints, os.environ.get(plugins.DISABLE_ENV, ""))
        if key not in managers:
            managers[key] = make_manager(load_entrypoints=load_entrypoints)
        return managers[key]

    make_parser = cli.build_parser
    parsers: dict = {}

    @functools.wraps(make_parser)
    def build_parser(argv=None):
        # the parser depends on argv only through the command it names
        # (a plugin's command adds the plugins' subcommands)
        first = next((a for a in (argv or ()) if not a.startswith("-") or a in ("-h", "--help")), None)
        if first not in parsers:
            parsers[first] = make_parser(argv)
        return parsers[first]

    read_cache = ruleset._read_cache
    cached: dict = {}
    shipped = set()
    for name in SHIPPED_RULESETS:  # (their files are never fuzzed)
        files = ruleset.rule_files(name)
        shipped.add(ruleset._hash(files, [ruleset.read_rule_file(p) for p in files]))

    @functools.wraps(read_cache)
    def _read_cache(name: str, digest: str):
        if digest not in shipped:
            return read_cache(name, digest)
        if cached.get((name, digest)) is None:
            cached[name, digest] = read_cache(name, digest)
        return cached[name, digest]

    undo = [(plugins, "get_plugin_manager", make_manager), (cli, "build_parser", make_parser),
            (ruleset, "_read_cache", read_cache)]
    plugins.get_plugin_manager = get_plugin_manager
    cli.build_parser = build_parser
    ruleset._read_cache = _read_cache
    return undo


@contextlib.contextmanager
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="senrules-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------ targets


#: A rules input holding a whole ruleset folder: each file starts with this
#: line and its name (``tests/fuzz/fuzz_strategies.pack``); an input without
#: it is one rule file.
FILE_MARK = b"#%% senrules-fuzz file: "
_SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]+\.rules|demo\.json")
_RULES_DIR: list = []  # this process's folder for rules inputs


def unpack(data: bytes) -> list[tuple[str, bytes]]:
    """The files of a rules input: ``[(name, bytes)]``, the first one the
    file ``fmt`` formats."""
    if not data.startswith(FILE_MARK):
        return [("fuzz.rules", data)]
    out: dict[str, bytes] = {}
    for part in data[len(FILE_MARK):].split(b"\n" + FILE_MARK):
        head, _, body = part.partition(b"\n")
        name = head.decode("utf-8", "replace").strip()
        if not _SAFE_NAME.fullmatch(name) or name in out:
            name = f"fuzz{len(out)}.rules"
        out[name] = body + b"\n" if body and not body.endswith(b"\n") else body
    return list(out.items())


def _rules_folder() -> Path:
    """One folder per process for the rules inputs, emptied for each: the
    same paths every time, so the compiled-rules cache keeps one entry for
    them (a new folder per input would leave one cache file per input)."""
    if not _RULES_DIR:
        import atexit

        root = Path(tempfile.mkdtemp(prefix="senrules-fuzz-rules-"))
        atexit.register(shutil.rmtree, root, ignore_errors=True)
        (root / "no-facts.json").write_text('{"facts": {}}\n', encoding="utf-8")
        _RULES_DIR.append(root)
    root = _RULES_DIR[0]
    folder = root / "rules"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    return folder


def rules(data: bytes) -> None:
    """A rule file, or a whole ruleset folder (see :func:`unpack`):
    ``fmt`` of its first file, then ``check``, ``test`` and ``evaluate`` of
    the folder (with its demo facts, else with none), so that a ruleset the
    checker accepts is tested and evaluated."""
    folder = _rules_folder()
    files = unpack(data)
    for name, body in files:
        (folder / name).write_bytes(body)
    run("fmt", str(folder / files[0][0]))
    run("check", str(folder))
    run("test", str(folder))
    facts = ("--demo",) if (folder / "demo.json").exists() else ("--facts", str(folder.parent / "no-facts.json"))
    run("evaluate", str(folder), *facts, "--format", "json", "--date", "2024-09-01", json_out=True)


def facts(data: bytes, *, toml: bool = False, ruleset: str = "example") -> None:
    """A facts file, JSON or TOML, evaluated against ``ruleset`` (``example``
    or ``dcsf-2008``), on 2024-09-01 unless the file names its own date."""
    with workdir() as d:
        path = d / ("facts.toml" if toml else "facts.json")
        path.write_bytes(data)
        date = () if b"evaluation_date" in data else ("--date", "2024-09-01")
        run("evaluate", ruleset, "--facts", str(path), "--format", "json", *date, json_out=True)


def parameters(data: bytes, *, toml: bool = False, ruleset: str = "example") -> None:
    """A parameter file over the demo facts of ``ruleset``."""
    with workdir() as d:
        path = d / ("params.toml" if toml else "params.json")
        path.write_bytes(data)
        run("evaluate", ruleset, "--demo", "--params", str(path), "--format", "json", json_out=True)


def _northshire() -> Path:
    from senrules.gather import data_folder

    return data_folder("northshire")


_DEMO_COPY: list = []  # [folder, what it held] of this process's copy of the demo service


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (st.st_size, st.st_mtime_ns)
            for p in sorted(folder.rglob("*")) for st in [p.lstat()]}


def _demo_folder() -> Path:
    """A copy of the demo service's folder, made once per process and made
    again whenever a run left it changed (a file written, added or removed),
    so every input meets the same files."""
    if _DEMO_COPY:
        folder, held = _DEMO_COPY
        (folder / "senrules-data.toml").unlink(missing_ok=True)
        if _snapshot(folder) == held:
            return folder
        shutil.rmtree(folder.parent, ignore_errors=True)
        _DEMO_COPY.clear()
    import atexit

    root = Path(tempfile.mkdtemp(prefix="senrules-fuzz-demo-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    folder = root / "svc"
    shutil.copytree(_northshire(), folder)
    (folder / "senrules-data.toml").unlink()
    _DEMO_COPY[:] = [folder, _snapshot(folder)]
    return folder


def manifest(data: bytes) -> None:
    """A data folder's ``senrules-data.toml`` over the demo service's files."""
    folder = _demo_folder()
    (folder / "senrules-data.toml").write_bytes(data)
    run("evaluate", "dcsf-2008", "--data", str(folder), "--format", "json", "--date", "2024-09-30", json_out=True)


#: Every plugin section of the demo's manifest, pointed at one table file.
_TABLE_MANIFEST = """\
evaluation_date = 2024-09-30
[[tabular]]
file = "{name}"
year_column = "Academic year"
[tabular.columns]
"CYP supported" = "cyp_supported"
"Made expected progress (%)" = "cyp_progress_rate"
"Review cycle (weeks)" = "monitoring_interval"
[[tabular]]
file = "{name}"
list = "practice_changes"
[tabular.columns]
"Change to practice" = "change"
"Suggested by" = "suggested_by"
"Recorded on" = "recorded_on"
[[outcomes_benchmarking]]
file = "{name}"
benchmark = "national"
[outcomes_benchmarking.columns]
year = "Academic year"
value = "Northshire"
benchmark = "National benchmark"
[[survey]]
file = "{name}"
round = 2024
group_column = "Respondent"
date_column = "Submitted"
invited = {{ CYP = 184, Parents = 166 }}
[survey.facts]
parents_positive = {{ measure = "share_positive", group = "Parents", question = "The service helps" }}
cyp_survey_response_rate = {{ measure = "response_rate", group = "CYP" }}
[[provision_map]]
file = "{name}"
year = 2024
[provision_map.facts]
interventions = "records"
"""


#: The demo's tables, each with the manifest entries that read it (kinds
#: of table for :func:`csv` and :func:`xlsx`; ``all`` is one table read by
#: every table plugin, :data:`_TABLE_MANIFEST`): kind -> (the demo's file,
#: its sheet, the sections of the demo's manifest whose ``file`` is it).
TABLE_KINDS = {
    "service": ("service-data.csv", None),
    "practice": ("practice-changes.csv", None),
    "survey": ("surveys/stakeholder-survey-2024.csv", None),
    "ob": ("ob-indicators.xlsx", "OB PIs"),
    "provision": ("provision-map.xlsx", "2023-24"),
}


def table_manifest(kind: str, name: str) -> str:
    """The manifest that reads the table ``name`` as the demo reads its
    table of ``kind`` (the demo's own entries for that file, pointed at it)."""
    if kind == "all":
        return _TABLE_MANIFEST.format(name=name)
    import tomllib

    demo = tomllib.loads((_northshire() / "senrules-data.toml").read_text(encoding="utf-8"))
    file, _sheet = TABLE_KINDS[kind]
    lines = ['service = "Northshire Sensory Support Service"', "evaluation_date = 2024-09-30"]
    for section, entries in demo.items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if entry.get("file") != file:
                continue
            lines.append(f"[[{section}]]")
            for key, value in {**entry, "file": name}.items():
                if key == "sheet" and name.endswith(".csv"):
                    continue
                lines.append(f"{json.dumps(key)} = {_toml(value)}")
    return "\n".join(lines) + "\n"


def _toml(value) -> str:
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k))} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def _table(data: bytes, name: str, kind: str) -> None:
    with workdir() as d:
        folder = d / "svc"
        folder.mkdir()
        (folder / name).write_bytes(data)
        (folder / "senrules-data.toml").write_text(table_manifest(kind, name), encoding="utf-8")
        run("evaluate", "dcsf-2008", "--data", str(folder), "--format", "json", json_out=True)


def csv(data: bytes, *, kind: str = "all") -> None:
    """A CSV file read as the demo reads its table of ``kind`` (see
    :data:`TABLE_KINDS`), or by every table plugin (``all``)."""
    _table(data, "data.csv", kind)


def xlsx(data: bytes, *, kind: str = "all") -> None:
    """An ``.xlsx`` workbook (as bytes), read as :func:`csv` reads a CSV file."""
    _table(data, "data.xlsx", kind)


def proposal(data: bytes, *, suffix: str = ".md") -> None:
    """A proposal document through ``senrules proposal check``."""
    with workdir() as d:
        path = d / f"proposal{suffix}"
        path.write_bytes(data)
        run("proposal", "check", str(path), "--format", "json", json_out=True)


_SESSION_ANSWERS = "yes - logged in the tracker\n13\nrarely\n/skip\n2024-03-01\n"
_VALID_SESSION: list = []


def valid_session() -> bytes:
    """A session file of the assistant holding a few answers (made once per
    process by ``senrules assess --plain``, the real command)."""
    if not _VALID_SESSION:
        with workdir() as d:
            db = d / "s.sqlite"
            svc = Path(__file__).resolve().parents[1] / "tests" / "tui" / "data" / "svc"
            code, out, err = _with_stdin(_SESSION_ANSWERS, "assess", "--plain", "--ruleset", "example", "--data", str(svc),
                                         "--date", "2024-09-30", "--db", str(db))
            if code != 0 or "Saved (" not in out:
                raise RuntimeError(f"could not make a session file to fuzz (exit {code}): {err[-500:]}")
            _VALID_SESSION.append(db.read_bytes())
    return _VALID_SESSION[0]


def _with_stdin(text: str, *args: str) -> tuple[int, str, str]:
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return _cli(*args)
    finally:
        sys.stdin = old


def session(data: bytes) -> None:
    """An assistant's session file (usually a valid one damaged), resumed by
    ``senrules assess --plain --resume --db FILE`` with one answer typed:
    the conversation goes on, or a message naming the file refuses it."""
    with workdir() as d:
        path = d / "s.sqlite"
        path.write_bytes(data)
        args = ("assess", "--plain", "--resume", "--db", str(path))
        code, out, err = _with_stdin("don't know\n", *args)
        _check(args, code, out, err)
        if code == 2 and "s.sqlite" not in err:
            raise Finding(f"senrules {' '.join(args)} refused the session without naming its file: {err[-1000:]}")


# ------------------------------------------------------------------ building binary inputs


def workbook(rows: list[list], *, sheet: str = "Data") -> bytes:
    """An ``.xlsx`` file holding ``rows`` (a cell starting ``=`` is a formula)."""
    import warnings

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:31] or "Data"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for row in rows:
            ws.append(row)
        out = io.BytesIO()
        wb.save(out)
    return out.getvalue()


def word(paragraphs: list[str]) -> bytes:
    """A ``.docx`` file holding ``paragraphs``."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(_xml_safe(text))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    return "".join(ch for ch in text if ch in "\t\n\r" or (" " <= ch <= "\ud7ff") or ("\ue000" <= ch <= "\ufffd"))
