"""The README's and the documents' examples that tests/test_docs.py does not
run, run as a reader would run them, so that they cannot drift from the tool:

* every `senrules ...` line of a ```` ```sh ```` block (the README's Quick
  start "Try next" list included) is run as a real process, in a folder
  holding the repository's `examples/`, a rule folder `my-rules/` (the
  README's rule-language sample) and the `parents.sqlite` the audit guide
  has the reader make first.  It must end with exit code 0, or 1 where 1 is
  a verdict (a proposal that is not credible), and print no traceback.
  Lines with a placeholder (`DIR`, `FILE`, `ID`, `PATH`, `...`), a pipe or
  redirection, or a server that runs until stopped are not run;
* every ```` ```python ```` block is run, the blocks of one document in
  order and in one namespace (a later block may use what an earlier one
  made), except where the line before it is `<!-- not run: REASON -->`
  and docs/analysis.md's, which tests/test_docs.py runs on its own file
  (with the `senrules` command of the Python running the tests first on
  PATH, so an example that runs `senrules` by name needs no activated
  environment);
* the assistant's transcript in docs/assistant.md (a ```` ```text ```` block
  starting `$ senrules assess ... < answers.txt`) is replayed with the
  answers it shows, and must print exactly what it shows.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"(?:^(?P<marker><!-- not run: (?P<reason>[^>]*) -->)\n)?^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```$", re.M | re.S)
PLACEHOLDER = re.compile(r"^(?:[A-Z][A-Z_]+|.*\.\.\..*)$")  # DIR, FILE, ID, PATH, NAME, `...`


def _blocks(doc: Path, lang: str):
    """(line number, reason it is not run or None, body) of each block."""
    text = doc.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start("body")), m.group("reason"), m.group("body"))
        for m in BLOCK.finditer(text)
        if m.group("lang") == lang
    ]


# ------------------------------------------------------------------ commands


def _command_lines(body: str) -> list[str]:
    """The `senrules` commands of a ```sh block, continuation lines joined
    and comments removed."""
    out = []
    for line in body.replace("\\\n", " ").splitlines():
        if not line.startswith("senrules "):
            continue
        words = shlex.split(line, comments=True)
        if words and words[0] == "senrules":
            out.append(shlex.join(words))
    return out


def _why_not_run(command: str) -> str | None:
    words = shlex.split(command)
    if any(c in command for c in "|<>&;"):
        return "uses the shell"
    if words[1:2] == ["serve"]:
        return "a server runs until it is stopped (tests/service runs it)"
    if any(PLACEHOLDER.match(w) for w in words[1:]):
        return "has a placeholder for the reader's own file or folder"
    return None


def _sh_cases():
    cases = []
    for doc in DOCS:
        for line, _, body in _blocks(doc, "sh"):
            for command in _command_lines(body):
                cases.append(pytest.param(command, id=f"{doc.name}:{line}:{command[9:60]}"))
    return cases


README = (ROOT / "README.md").read_text(encoding="utf-8")


def _readme_rule_sample() -> str:
    sample = next(b for _, _, b in _blocks(ROOT / "README.md", "rules") if b.startswith("ruleset example"))
    return sample.replace('title "..."', 'title "Sample"').replace("ruleset example", "ruleset my-sample") + (
        "\ngrading section_grade { good when share(standards is at least good) >= most_areas  inadequate otherwise }\n"
    )


def _env(home: Path) -> dict:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               COLUMNS="100")
    env.pop("SENRULES_DATA_DIR", None)
    return env


def _senrules(args: list[str], cwd: Path, env: dict, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "senrules", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def reader_folder(tmp_path_factory):
    """Where the reader runs the examples: the repository's examples, their
    own rule folder, and the audit conversation the guide has them hold."""
    folder = tmp_path_factory.mktemp("reader")
    home = tmp_path_factory.mktemp("home")
    (folder / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    (folder / "my-rules").mkdir()
    (folder / "my-rules" / "sample.rules").write_text(_readme_rule_sample(), encoding="utf-8")
    env = _env(home)
    made = _senrules(["assess", "--ruleset", "nasen-2014-parent-engagement", "--rater", "parents", "--db",
                      "parents.sqlite", "--plain"], folder, env, stdin="developing\npoor\n")
    assert made.returncode == 0 and (folder / "parents.sqlite").exists(), made.stderr
    return folder, env


@pytest.mark.parametrize("command", _sh_cases())
def test_sh_example_commands_run(command, reader_folder):
    why = _why_not_run(command)
    if why:
        pytest.skip(why)
    folder, env = reader_folder
    args = []
    for word in shlex.split(command)[1:]:
        args.extend(sorted(glob.glob(word, root_dir=folder)) if any(c in word for c in "*?[") else [word])
    if (args[0] == "assess" or args[:2] == ["proposal", "--resume"]) and "--plain" not in args:
        args.append("--plain")  # the full screen needs a terminal; the same session, line by line
    done = _senrules(args, folder, env)
    assert "Traceback" not in done.stdout + done.stderr
    # exit code 1 is a finding (docs/cli.md): a proposal not credible, a file not canonical, a lint or test finding
    finding = args[:2] == ["proposal", "check"] or args[0] in ("fmt", "check", "test")
    assert done.returncode in ((0, 1) if finding else (0,)), f"`{command}` exited {done.returncode}:\n{done.stderr}"
    if "--output" in args:
        written = folder / args[args.index("--output") + 1]
        assert written.stat().st_size > 0
    if "--plan" in args:
        plan = (folder / args[args.index("--plan") + 1]).read_text(encoding="utf-8-sig")
        assert "Area of practice that needs improving" in plan.splitlines()[0]


def test_the_readme_try_next_commands_are_all_run():
    """The Quick start's list is what a new user runs first: every command
    in it is run above (the server, after `pip install ... &&`, is not a
    `senrules` line)."""
    (_, _, try_next) = _blocks(ROOT / "README.md", "sh")[1]
    commands = _command_lines(try_next)
    assert len(commands) >= 15
    assert [c for c in commands if _why_not_run(c)] == []


# ------------------------------------------------------------------ Python


def _python_cases():
    cases = []
    for doc in DOCS:
        if doc.name in ("README.md", "analysis.md"):  # run by tests/test_readme.py and tests/test_docs.py
            continue
        blocks = _blocks(doc, "python")
        if blocks:
            cases.append(pytest.param(doc, blocks, id=doc.name))
    return cases


def _command_on_path(monkeypatch) -> None:
    """Put the `senrules` command of the Python running the tests (its
    console script, beside ``sys.executable``) first on PATH, as it is for a
    reader who installed senrules: an example may run `senrules` by name
    (docs/schemas.md), and the tests need no activated environment."""
    scripts = Path(sys.executable).parent
    path = os.pathsep.join([str(scripts), os.environ.get("PATH", "")])
    assert shutil.which("senrules", path=str(scripts)), (
        f"there is no senrules command beside {sys.executable}: install the project there (pip install -e .)")
    monkeypatch.setenv("PATH", path)


@pytest.mark.parametrize(("doc", "blocks"), _python_cases())
def test_python_examples_run_as_pasted(doc, blocks, reader_folder, tmp_path, monkeypatch):
    folder, _ = reader_folder
    monkeypatch.chdir(tmp_path)
    _command_on_path(monkeypatch)
    for name in ("examples",):
        (tmp_path / name).symlink_to(folder / name, target_is_directory=True)
    documents = sorted((ROOT / "tests" / "data" / "proposals").rglob("*.docx"))
    if documents:
        (tmp_path / "consultation.docx").write_bytes(documents[0].read_bytes())  # proposals.md reads one
    namespace: dict = {"__name__": "doc_example", "__file__": str(tmp_path / "doc_example.py")}
    ran = 0
    for line, reason, body in blocks:
        if reason:
            continue
        if re.search(r"^import dask|^from dask", body, re.M):
            pytest.importorskip("dask", reason="the Dask example needs dask (pip install 'senrules[dask]')")
        if "consultation.docx" in body and not documents:
            continue
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(body, f"{doc.name}:{line + 1}", "exec"), namespace)  # the document's own example
        ran += 1
    assert ran, "every document with Python examples has one that runs"


def test_blocks_not_run_say_why():
    for doc in DOCS:
        for line, reason, _ in _blocks(doc, "python"):
            assert reason is None or len(reason) > 10, f"{doc.name}:{line}: say why it is not run"


# ------------------------------------------------------------------ the assistant's transcript


def test_the_assistants_transcript_is_what_it_prints(tmp_path):
    text = (ROOT / "docs" / "assistant.md").read_text(encoding="utf-8")
    (body,) = [b for _, _, b in _blocks(ROOT / "docs" / "assistant.md", "text") if b.startswith("$ senrules assess")]
    command, *shown = body.rstrip("\n").splitlines()
    words = shlex.split(command[2:])
    assert words[-2] == "<"
    answers = [line[2:] for line in shown if line.startswith("> ")]
    done = _senrules(words[1:-2], tmp_path, _env(tmp_path), stdin="".join(a + "\n" for a in answers))
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip("\n").splitlines() == shown
    assert "answers.txt" in text


# ------------------------------------------------------------------ the index


def test_every_document_is_in_the_index():
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    missing = [d.name for d in DOCS[1:] if d.name != "README.md" and f"]({d.name})" not in index]
    assert missing == [], "docs/README.md lists every document"


def test_the_modules_the_readme_names_exist():
    """"How it is built" names the modules a newcomer looks for."""
    built = README.split("## How it is built", 1)[1]
    names = set(re.findall(r"\b([a-z_]+\.py)\b", built))
    assert len(names) > 20
    missing = sorted(n for n in names if not (ROOT / "senrules" / n).exists())
    assert missing == []
