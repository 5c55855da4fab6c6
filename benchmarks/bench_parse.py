"""Loading rules: senrules' parse + check + compile, beside reading the files.

Group "load", in one process, for every shipped ruleset (each folder of
``senrules/rules/`` holding ``.rules`` files; ``dcsf-2008`` is the one that
matters):

- ``read_files``: reading the ruleset's rule files, nothing else: the
  baseline, since every load reads them (the cache is keyed by their hash);
- ``load_cold``: ``senrules.load_ruleset(id, cache=False)``: parse, check and
  compile (rule tests left out, as for evaluation);
- ``load_cached``: the same with the cache, after one untimed load filled it
  (read the files, verify and decode the cache file);
- ``load_tests_cold``: parsing and checking the rule tests
  (``Ruleset.tests``), which only ``senrules test`` and ``check`` need;
- ``lark_lalr``: lark's raw LALR parse (``senrules.parser.get_parser().parse``)
  of every shipped rule file;
- ``lark_earley``: lark's Earley parser, built from the same grammar, on the
  example file, for comparison (built outside the timed part).

Each load benchmark records ``x_read_files`` in its ``extra_info``: its
median over the median of reading the same files.  On a shared machine run
them with ``--benchmark-timer=time.process_time`` (CPU time, as the README
reports).

Group "load-process", whole processes (``python -c ...``), launch to exit
(wall time; each one's median CPU time is in ``extra_info``):

- ``process_bare_python``: ``pass``, the interpreter's own start;
- ``process_import``: ``import senrules``, the bare import of the package
  (the baseline);
- ``process_load_cached``: ``import senrules`` and load ``dcsf-2008`` from
  the cache, as a command does before its own work.

The cache lives in a fresh private folder for the run (SENRULES_CACHE_DIR).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

import engines

try:
    import resource
except ImportError:  # Windows
    resource = None

RULES_DIR = Path(__file__).resolve().parent.parent / "senrules" / "rules"
RULE_FILES = sorted(RULES_DIR.rglob("*.rules"))
RULESETS = sorted({path.parent.relative_to(RULES_DIR).as_posix() for path in RULE_FILES})
EXAMPLE_FILE = RULES_DIR / "example" / "example.rules"


def _file_id(path: Path) -> str:
    return f"file={path.relative_to(RULES_DIR).as_posix()}"


_medians: dict[str, float] = {}


@pytest.fixture(scope="module", autouse=True)
def _private_cache(tmp_path_factory):
    old = os.environ.get("SENRULES_CACHE_DIR")
    os.environ["SENRULES_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("SENRULES_CACHE_DIR", None)
    else:
        os.environ["SENRULES_CACHE_DIR"] = old


def _read_files(ruleset: str) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in sorted((RULES_DIR / ruleset).glob("*.rules")))


def _ratio(benchmark, ruleset: str) -> None:
    base = _medians.get(ruleset)
    if base:
        benchmark.extra_info["x_read_files"] = round(benchmark.stats.stats.median / base, 1)


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_read_files(benchmark, ruleset):
    assert benchmark(_read_files, ruleset) > 0
    _medians[ruleset] = benchmark.stats.stats.median


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_load_cold(benchmark, ruleset):
    senrules = engines.senrules_api()
    result = benchmark(senrules.load_ruleset, ruleset, cache=False)
    assert result is not None and result.program.nodes
    _ratio(benchmark, ruleset)


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_load_cached(benchmark, ruleset):
    senrules = engines.senrules_api()
    senrules.load_ruleset(ruleset, cache=True)  # fill the cache
    result = benchmark(senrules.load_ruleset, ruleset, cache=True)
    assert result is not None and result.program.nodes
    _ratio(benchmark, ruleset)


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: f"rules={r}")
def test_load_tests_cold(benchmark, ruleset):
    senrules = engines.senrules_api()

    def tests():
        return senrules.load_ruleset(ruleset, cache=False).tests

    assert benchmark.pedantic(tests, rounds=3, iterations=1, warmup_rounds=1)
    _ratio(benchmark, ruleset)


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("path", RULE_FILES, ids=_file_id)
def test_lark_lalr(benchmark, path):
    from senrules.parser import get_parser

    parser = get_parser()
    text = path.read_text(encoding="utf-8")
    tree = benchmark(parser.parse, text)
    assert tree.data == "start"


@pytest.mark.benchmark(group="load")
@pytest.mark.parametrize("path", [EXAMPLE_FILE], ids=_file_id)
def test_lark_earley(benchmark, path):
    from lark import Lark

    from senrules.parser import grammar_text

    earley = Lark(grammar_text(), parser="earley", propagate_positions=True, maybe_placeholders=True)
    text = path.read_text(encoding="utf-8")
    tree = benchmark(earley.parse, text)
    assert tree.data == "start"


# ---------------------------------------------------------------- whole processes


_PROCESSES = {
    "bare_python": "pass",
    "import": "import senrules",
    "load_cached": "import senrules; senrules.load_ruleset('dcsf-2008')",
}


def _process(code: str, cpu: list[float]) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


@pytest.mark.skipif(resource is None, reason="needs the resource module (POSIX) to measure a child's CPU time")
@pytest.mark.benchmark(group="load-process")
@pytest.mark.parametrize("what", list(_PROCESSES), ids=lambda w: f"process={w}")
def test_process(benchmark, what):
    """Wall time in the benchmark's figures; the child's CPU time (user +
    system, median) in extra_info, which a shared machine disturbs less."""
    engines.senrules_api()
    cpu: list[float] = []
    _process(_PROCESSES[what], cpu)  # warm: the cache and the bytecode exist
    cpu.clear()
    benchmark.pedantic(_process, args=(_PROCESSES[what], cpu), rounds=9, iterations=1)
    median = statistics.median(cpu)
    benchmark.extra_info["cpu_median_ms"] = round(median * 1000, 1)
    _medians["process-" + what] = median
    if what != "import" and _medians.get("process-import"):
        benchmark.extra_info["cpu_x_import"] = round(median / _medians["process-import"], 2)
