"""The documents in docs/ are a contract: their rule files check, their
console examples print what they say, and every diagnostic is documented.

Conventions the documents follow (and these tests enforce):

* A fenced block marked ```` ```rules ```` is a **complete rule file**: it
  starts (after comments) with a ``ruleset`` header and checks without
  errors.  It has no warnings either, from the checker or its analysis,
  unless a console example shows ``senrules check`` reporting them.  A part
  of a rule file (a few clauses, a ``grade { }`` block, some expressions) is
  marked ```` ```rules-fragment ````; it must parse once put in a minimal
  ruleset.
* In a ```` ```console ```` block, ``$ cat NAME`` followed by its output
  defines the file NAME, for every console example of every document.  An
  HTML comment ``<!-- file: NAME [NAME...] -->`` on the line before a
  ```` ```rules ```` block defines the files named as that block;
  ``<!-- file: NAME (without its tests) -->`` as that block up to its first
  top-level ``test``.  A name may hold a folder (``my-rules/review.rules``).
* A ``$ senrules ...`` command (optionally followed by
  ``; echo "exit code $?"``) is run, in a folder holding the files defined, and
  its output (standard output and standard error, in the order written) must
  match the lines below it.  A line ``...`` stands for any number of lines,
  and a line ending in ``...`` for any line that starts with the rest (for
  output that changes whenever a ruleset is added, such as the list of
  shipped rulesets).
  Commands that name a file (an argument ending in ``.rules``, ``.json``,
  ``.toml``, ``.py`` or ``-rules``, or holding a ``/``) that no document
  defines, and commands piped into other programs, are not run.  Every
  cli.md example on the shipped ``example`` with ``--demo`` must be run.
* The Python example of docs/analysis.md runs on its ``flawed.rules``.
* Every diagnostic code the checker, parser, transformer and analysis can
  report appears, in backticks, in docs/language.md or docs/analysis.md.
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import io
import re
import shlex
from pathlib import Path

import pytest

from senrules import cli
from senrules.analysis import analyse
from senrules.errors import RuleCheckError, RuleSyntaxError
from senrules.parser import parse
from senrules.ruleset import compile_texts

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md"))

FENCE = re.compile(r"^(?P<marker>(?:<!-- file: [^>]*-->\n)?)```(?P<lang>[\w-]*)\n(?P<body>.*?)^```$", re.S | re.M)
FILE_MARKER = re.compile(r"<!-- file: (?P<names>[^ (]+(?: [^ (]+)*?)(?P<without> \(without its tests\))? -->")


def _blocks(doc: Path, lang: str) -> list[tuple[int, str, str]]:
    """(line number, file marker, body) of each fenced block of a language."""
    text = doc.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        if m.group("lang") == lang:
            line = text.count("\n", 0, m.start("body"))
            out.append((line, m.group("marker"), m.group("body")))
    return out


def _cases(lang: str):
    return [
        pytest.param(doc, marker, body, id=f"{doc.name}:{line}")
        for doc in DOCS
        for line, marker, body in _blocks(doc, lang)
    ]


# ------------------------------------------------------------------ rule files


def _findings(name: str, text: str) -> tuple[list[str], list[str]]:
    """The errors, and the warnings (with the analysis), of a rule file."""
    try:
        program, diagnostics = compile_texts([(name, text)])
    except RuleCheckError as err:
        return [f"{d.code}: {d.message} ({d.span})" for d in err.diagnostics], []
    warnings = [d for d in diagnostics if d.severity == "warning"] + analyse(program)
    return [], [f"{d.code}: {d.message} ({d.span})" for d in warnings]


def _checked_in_examples() -> set[str]:
    """The files some console example runs `senrules check` on."""
    return {
        arg
        for doc in DOCS
        for _, _, body in _blocks(doc, "console")
        for command, _ in _commands(body)
        if command.startswith("senrules check ")
        for arg in shlex.split(command.split(";")[0])[2:]
    }


@pytest.mark.parametrize(("doc", "marker", "body"), _cases("rules"))
def test_rule_file_blocks_check_without_errors(doc, marker, body):
    code = [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert code and code[0].startswith("ruleset "), (
        "a ```rules block is a complete rule file starting with `ruleset`; mark a part of one ```rules-fragment"
    )
    errors, warnings = _findings(doc.name, body)
    assert errors == []
    m = FILE_MARKER.search(marker)
    if not (m and set(m.group("names").split()) & _checked_in_examples()):
        assert warnings == [], "an example rule file should have no warnings unless it is there to show them"


_WRAPPERS = (
    "{}",
    'section s "s" {{ standard S "s" {{ {} }} }}',
    'section s "s" {{ standard S "s" {{ criterion S.1 "c" {{ {} }} }} }}',
)


@pytest.mark.parametrize(("doc", "marker", "body"), _cases("rules-fragment"))
def test_rule_fragments_parse(doc, marker, body):
    header = 'ruleset fragment { title "A fragment" }\n'
    per_line = "\n".join(
        f"met when {line}" if line.strip() and not line.lstrip().startswith("#") else line
        for line in body.splitlines()
    )
    tries = [w.format("\n" + body + "\n") for w in _WRAPPERS] + [_WRAPPERS[2].format("\n" + per_line + "\n")]
    problems = []
    for wrapped in tries:
        try:
            parse(header + wrapped, doc.name)
            return
        except RuleSyntaxError as err:
            problems.append(str(err.diagnostics[0].message))
    pytest.fail(f"the fragment does not parse in any context: {problems}")


# ------------------------------------------------------------------ console examples


def _defined_files() -> dict[str, str]:
    files: dict[str, str] = {}

    def define(name, content, where):
        assert files.get(name, content) == content, f"{where}: {name} is defined twice, differently"
        files[name] = content

    for doc in DOCS:
        for line, marker, body in _blocks(doc, "rules"):
            m = FILE_MARKER.search(marker)
            if m:
                if m.group("without"):
                    body = re.split(r"^test \"", body, maxsplit=1, flags=re.M)[0].rstrip("\n") + "\n"
                for name in m.group("names").split():
                    define(name, body, f"{doc.name}:{line}")
        for line, _, body in _blocks(doc, "console"):
            for command, output in _commands(body):
                if command.startswith("cat ") and "..." not in output:
                    define(command[4:].strip(), "".join(o + "\n" for o in output), f"{doc.name}:{line}")
    return files


def _commands(body: str) -> list[tuple[str, list[str]]]:
    """Each `$ command` of a console block with the lines it printed."""
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line)
    return out


ECHO = '; echo "exit code $?"'
FILE_LIKE = re.compile(r"(\.(json|toml|rules|py)$)|/|(-rules$)")


def _runnable(command: str, files: dict[str, str]) -> list[str] | None:
    """The arguments of a senrules command that can be run, else None."""
    if not command.startswith("senrules "):
        return None
    if command.endswith(ECHO):
        command = command[: -len(ECHO)]
    if any(c in command for c in "|;<>&"):
        return None
    args = shlex.split(command)[1:]
    for arg in args:
        if FILE_LIKE.search(arg) and not any(name == arg or name.startswith(arg.rstrip("/") + "/") for name in files):
            return None
    return args


def _same(expected: list[str], actual: list[str]) -> bool:
    return len(expected) == len(actual) and all(
        a.startswith(e[:-3].rstrip()) if e.endswith("...") else a == e for e, a in zip(expected, actual)
    )


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the actual lines are the expected ones, where a line `...`
    stands for any number of lines and a line ending in `...` for any line
    starting with the rest."""
    parts, current = [], []
    for line in expected:
        if line == "...":
            parts.append(current)
            current = []
        else:
            current.append(line)
    parts.append(current)
    if len(parts) == 1:
        return _same(parts[0], actual)
    first, *middle, last = parts
    if not _same(first, actual[: len(first)]):
        return False
    pos, end = len(first), len(actual) - len(last)
    if end < pos or (last and not _same(last, actual[end:])):
        return False
    for part in middle:
        for start in range(pos, end - len(part) + 1):
            if _same(part, actual[start : start + len(part)]):
                pos = start + len(part)
                break
        else:
            return False
    return True


def _run(args: list[str]) -> tuple[list[str], int]:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        try:
            code = cli.main(args)
        except SystemExit as exit_:
            code = exit_.code
    return buffer.getvalue().splitlines(), code


def _console_cases():
    cases = []
    for doc in DOCS:
        for line, _, body in _blocks(doc, "console"):
            offset = 0
            for command, output in _commands(body):
                if command.startswith("senrules "):
                    cases.append(pytest.param(command, output, id=f"{doc.name}:{line + 1 + offset}"))
                offset += 1 + len(output)
    return cases


@pytest.fixture(scope="module")
def docs_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs-examples")
    files = _defined_files()
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return folder, files


@pytest.mark.parametrize(("command", "expected"), _console_cases())
def test_console_examples_print_what_they_say(command, expected, docs_folder, monkeypatch):
    folder, files = docs_folder
    args = _runnable(command, files)
    if args is None:
        pytest.skip("names a file no document defines, or uses the shell")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("COLUMNS", "80")
    lines, code = _run(args)
    if command.endswith(ECHO):
        lines.append(f"exit code {code}")
    actual = [line.rstrip() for line in lines]
    expected = [line.rstrip() for line in expected]
    while actual and not actual[-1]:
        actual.pop()
    while expected and not expected[-1]:
        expected.pop()
    if not _matches(expected, actual):
        diff = "\n".join(difflib.unified_diff(expected, actual, "documented", "printed", lineterm=""))
        pytest.fail(f"`$ {command}` prints something else:\n{diff}")


def test_the_cli_examples_with_the_demo_facts_are_all_run():
    """The brief minimum: every example of cli.md on the shipped example with
    --demo is among those run (none is skipped)."""
    files = _defined_files()
    demo = [
        command
        for _, _, body in _blocks(ROOT / "docs" / "cli.md", "console")
        for command, _ in _commands(body)
        if command.startswith("senrules ") and "--demo" in command
    ]
    assert demo
    assert [c for c in demo if _runnable(c, files) is None] == []


def test_the_analysis_python_example_runs(docs_folder):
    """docs/analysis.md ends with Python that analyses a rule text: run it on
    the document's own `flawed.rules`."""
    (_, _, code), = _blocks(ROOT / "docs" / "analysis.md", "python")
    _, files = docs_folder
    namespace = {"text": files["flawed.rules"]}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "analysis.md", "exec"), namespace)  # the document's own example
    codes = [line.split()[0] for line in printed.getvalue().splitlines()]
    assert {"gap", "unreachable", "not-monotone", "dead-input"} <= set(codes)


# ------------------------------------------------------------------ diagnostic codes


def _codes_in(path: Path) -> set[str]:
    codes = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func, args = node.func, node.args

        def literal(i):
            if len(args) > i and isinstance(args[i], ast.Constant) and isinstance(args[i].value, str):
                codes.add(args[i].value)

        if isinstance(func, ast.Attribute) and func.attr in ("error", "warning") and isinstance(func.value, ast.Name) and func.value.id == "self":
            literal(0)
        elif isinstance(func, ast.Name) and func.id == "Diagnostic":
            literal(1)
        elif isinstance(func, ast.Name) and func.id in ("add", "_Finding"):  # analysis findings
            literal(0)
    return codes


def test_every_diagnostic_code_is_documented():
    codes = set()
    for name in ("checker.py", "parser.py", "transform.py", "analysis.py", "review.py"):
        codes |= _codes_in(ROOT / "senrules" / name)
    assert {"no-header", "too-deep", "bad-escape", "gap"} <= codes  # the extraction works
    documented = "".join((ROOT / "docs" / name).read_text(encoding="utf-8") for name in ("language.md", "analysis.md"))
    missing = sorted(code for code in codes if f"`{code}`" not in documented)
    assert missing == [], "not described in docs/language.md or docs/analysis.md"
