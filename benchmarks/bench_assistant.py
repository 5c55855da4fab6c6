"""Start-up of the assistant, side by side with a minimal Textual app.

Group "assistant-startup", each a whole process (``python -c ...``), timed
from launch to exit:

- ``minimal_textual_app``: an App with one Label, headless, that exits once
  its first frame is up (the yardstick of issue 6: the assistant's first
  question should be on screen within 1.3x of this);
- ``first_question_app``: ``senrules assess`` (the example ruleset, answers
  only), headless, exiting as soon as the first question is on screen;
- ``first_question_plain``: ``senrules assess --plain`` with empty input:
  opening, first question, exit (target: under 300 ms).

Group "assistant-startup-terminal", the same two apps in a real terminal
(tmux, 120x40), timed from ``tmux new-session`` until the text is on the
screen, polling ``tmux capture-pane`` (a poll costs a few milliseconds, the
same for both): ``minimal_textual_app_tmux`` ("ready") and
``first_question_app_tmux`` ("Question 1 of").  Skipped without tmux.

Run: ``pytest benchmarks/bench_assistant.py --benchmark-only``.  The ratio
of the two app timings is stored in the first-question benchmark's
``extra_info``.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid

import pytest

pytest.importorskip("textual")

from textual_baseline import MINIMAL_TEXTUAL as MINIMAL

ASSISTANT = textwrap.dedent(
    """
    import sys
    import senrules.cli  # as the real `senrules assess` does, before the app
    from senrules_tui.app import SenrulesApp
    from senrules_tui.options import Options

    class FirstQuestion(SenrulesApp):
        def on_ready(self):
            self.set_interval(0.005, self._check)

        def _check(self):
            from senrules_tui.widgets.transcript import MessageBubble

            for bubble in self.screen.query(MessageBubble):
                if bubble.source.startswith("Question 1 of"):
                    self.exit(0)

    FirstQuestion(Options(ruleset="example", date="2024-09-30"), db=sys.argv[1]).run(headless=True)
    """
)

_timings: dict[str, float] = {}


_PYCACHE = tempfile.mkdtemp(prefix="senrules-bench-pyc-")


def _env():
    env = dict(os.environ)
    env.setdefault("SENRULES_DATA_DIR", tempfile.mkdtemp(prefix="senrules-bench-"))
    # Every process reads and writes its bytecode in one private folder, so
    # senrules (installed editable, with no .pyc beside its sources) and
    # Textual (whose .pyc pip wrote) are measured alike, and a machine that
    # sets PYTHONDONTWRITEBYTECODE does not make one side recompile each run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    return env


def _run(args, stdin=""):
    subprocess.run(args, input=stdin, capture_output=True, text=True, check=True, env=_env(), timeout=120)


def _warm():
    # one untimed run, so the compiled-rules cache and .pyc files exist
    _run([sys.executable, "-m", "senrules.cli", "assess", "--plain", "--ruleset", "example", "--date", "2024-09-30"])


@pytest.mark.benchmark(group="assistant-startup")
def test_minimal_textual_app(benchmark):
    benchmark.pedantic(_run, args=([sys.executable, "-c", MINIMAL],), rounds=5, iterations=1, warmup_rounds=1)
    _timings["minimal"] = benchmark.stats.stats.median


@pytest.mark.benchmark(group="assistant-startup")
def test_first_question_app(benchmark, tmp_path):
    _warm()
    counter = iter(range(1000))
    benchmark.pedantic(
        lambda: _run([sys.executable, "-c", ASSISTANT, str(tmp_path / f"s{next(counter)}.sqlite")]),
        rounds=5, iterations=1, warmup_rounds=1,
    )
    median = benchmark.stats.stats.median
    if "minimal" in _timings:
        benchmark.extra_info["ratio_to_minimal_textual_app"] = round(median / _timings["minimal"], 2)


@pytest.mark.benchmark(group="assistant-startup")
def test_first_question_plain(benchmark):
    _warm()
    args = [sys.executable, "-m", "senrules.cli", "assess", "--plain", "--ruleset", "example", "--date", "2024-09-30"]
    benchmark.pedantic(_run, args=(args,), rounds=5, iterations=1, warmup_rounds=1)


# ------------------------------------------------------------------ real terminal (tmux)

MINIMAL_STAYS = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Label

    class Minimal(App):
        def compose(self):
            yield Label("ready")

    Minimal().run()
    """
)

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _tmux_until(command: list[str], text: str) -> float:
    """Seconds from starting ``command`` in a new tmux session until ``text``
    is on its screen."""
    socket = f"senrules-bench-{uuid.uuid4().hex[:8]}"
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in _env().items() if k.startswith(("SENRULES_", "PYTHON", "PATH", "HOME")))
    shell = f"env TERM=xterm-256color {env} {' '.join(shlex.quote(c) for c in command)}"
    tmux = ["tmux", "-L", socket]
    start = time.perf_counter()
    subprocess.run([*tmux, "new-session", "-d", "-x", "120", "-y", "40", shell], check=True, timeout=30)
    try:
        while time.perf_counter() - start < 60:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True, timeout=30).stdout
            if text in screen:
                return time.perf_counter() - start
            time.sleep(0.002)
        raise AssertionError(f"{text!r} never appeared")
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, timeout=30)


@needs_tmux
@pytest.mark.benchmark(group="assistant-startup-terminal")
def test_minimal_textual_app_tmux(benchmark):
    benchmark.pedantic(_tmux_until, args=([sys.executable, "-c", MINIMAL_STAYS], "ready"), rounds=5, iterations=1, warmup_rounds=1)
    _timings["minimal_tmux"] = benchmark.stats.stats.median


@needs_tmux
@pytest.mark.benchmark(group="assistant-startup-terminal")
def test_first_question_app_tmux(benchmark, tmp_path):
    _warm()
    counter = iter(range(1000))

    def once():
        db = tmp_path / f"t{next(counter)}.sqlite"
        return _tmux_until([sys.executable, "-m", "senrules.cli", "assess", "--ruleset", "example", "--date", "2024-09-30",
                            "--db", str(db)], "Question 1 of")

    benchmark.pedantic(once, rounds=5, iterations=1, warmup_rounds=1)
    if "minimal_tmux" in _timings:
        benchmark.extra_info["ratio_to_minimal_textual_app"] = round(benchmark.stats.stats.median / _timings["minimal_tmux"], 2)


# ------------------------------------------------------------------ choosing the questions (dcsf-2008)


@pytest.fixture(scope="module")
def demo_evidence():
    """The shipped dcsf-2008 ruleset and the bundled demo's evidence (Northshire)."""
    from senrules.gather import gather_for
    from senrules.ruleset import load_ruleset

    rs = load_ruleset("dcsf-2008")
    context, gathered, _ = gather_for(rs, "northshire")
    return rs, list(gathered.evidence), context.evaluation_date


@pytest.mark.benchmark(group="assistant-questions")
def test_evaluate_dcsf_demo_baseline(benchmark, demo_evidence):
    """Baseline: one explained evaluation of the demo (what every answer costs anyway)."""
    rs, evidence, date = demo_evidence
    benchmark(rs.evaluate, evidence, evaluation_date=date)


@pytest.mark.benchmark(group="assistant-questions")
def test_open_questions_dcsf_demo(benchmark, demo_evidence):
    """Choosing the questions that can still change a verdict on the demo's evidence
    (answers tried against the verdicts that read each fact)."""
    from senrules.questions import open_questions

    rs, evidence, date = demo_evidence
    questions = benchmark(open_questions, rs, evidence, evaluation_date=date)
    benchmark.extra_info["questions"] = len(questions)


@pytest.mark.benchmark(group="assistant-questions")
def test_open_questions_dcsf_no_data(benchmark, demo_evidence):
    """The same with no evidence at all (the most questions open)."""
    from senrules.questions import open_questions

    rs, _, date = demo_evidence
    questions = benchmark(open_questions, rs, [], evaluation_date=date)
    benchmark.extra_info["questions"] = len(questions)
