"""What a command imports: `import senrules` and a ruleset loaded from the
cache of compiled rules must not import the parser (lark), the checker or the
compiler, which keeps `senrules evaluate` and the assistant quick to start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("lark", "senrules.parser", "senrules.transform", "senrules.checker", "senrules.compiler")

PROBE = """
import json, sys
import senrules
after_import = sorted(m for m in {heavy} if m in sys.modules)
senrules.load_ruleset("example")
after_load = sorted(m for m in {heavy} if m in sys.modules)
print(json.dumps([after_import, after_load]))
""".format(heavy=HEAVY)


def probe(cache_dir) -> list[list[str]]:
    env = dict(os.environ, SENRULES_CACHE_DIR=str(cache_dir))
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True, timeout=120)
    return json.loads(out.stdout)


def test_cold_load_compiles_and_cached_load_imports_nothing_heavy(tmp_path):
    after_import, after_load = probe(tmp_path)
    assert after_import == []
    assert "lark" in after_load and "senrules.compiler" in after_load  # first load: parse, check, compile
    assert probe(tmp_path) == [[], []]  # from the cache: none of them


def test_public_names_still_import_from_the_package():
    import senrules

    assert senrules.load_ruleset.__module__ == "senrules.ruleset"
    assert senrules.Evidence.__name__ == "Evidence"
    assert set(senrules.__all__) <= set(dir(senrules))


PLUGINS_PROBE = """
import contextlib, io, json, sys
from senrules.cli import main
plugins = ("pluggy", "senrules.plugins", "senrules.gather", "senrules_tabular")
after_import = sorted(m for m in plugins if m in sys.modules)
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["evaluate", "example", "--demo", "--brief"])
print(json.dumps([code, after_import, sorted(m for m in plugins if m in sys.modules)]))
"""


def test_a_shipped_ruleset_is_evaluated_without_loading_plugins(tmp_path):
    """Plugins are loaded only for a ruleset id that is neither a path nor
    shipped (see tests/plugins/test_contributed.py), or to gather evidence."""
    env = dict(os.environ, SENRULES_CACHE_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PLUGINS_PROBE], capture_output=True, text=True, env=env, check=True, timeout=120)
    assert json.loads(out.stdout) == [0, [], []]


FIRST_QUESTION_PROBE = """
import contextlib, io, json, sys
from senrules.cli import main
heavy = ("openpyxl", "numpy", "textual", "lark", "senrules_proposals.extract", "senrules_proposals.language")
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["assess", "--demo", "--plain", "--date", "2024-09-30", "--db", sys.argv[1]])
print(json.dumps([code, "Question" in out.getvalue(), sorted(m for m in heavy if m in sys.modules)]))
"""


def test_the_assistants_first_question_imports_only_what_it_needs(tmp_path):
    """`senrules assess --demo --plain` up to its first question reads the
    demo's two workbooks without openpyxl (nor numpy, which openpyxl
    imports), and never imports Textual, the rule parser or the proposal
    reader (a tenth of a second of patterns); issue 13."""
    env = dict(os.environ, SENRULES_CACHE_DIR=str(tmp_path / "cache"), SENRULES_DATA_DIR=str(tmp_path / "data"))
    args = [sys.executable, "-c", FIRST_QUESTION_PROBE, str(tmp_path / "s.sqlite")]
    for _ in range(2):  # the second time from the cache of compiled rules, as a person's every start after the first
        done = subprocess.run(args, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
        assert done.returncode == 0, done.stderr
        code, asked, imported = json.loads(done.stdout.splitlines()[-1])
        assert (code, asked) == (0, True)
    assert imported == []


VERDICTS_PROBE = """
import json, sys
import senrules
rs = senrules.load_ruleset("example")
first = rs.verdicts({"programmes_monitored": True}, evaluation_date="2024-09-01")
explanation = ("senrules.result", "senrules.wording")
after_verdicts = sorted(m for m in explanation if m in sys.modules)
result = rs.evaluate({"programmes_monitored": True}, evaluation_date="2024-09-01")
same = all(first[j.id] == (None if j.verdict == "unknown" else j.verdict) for j in result.judgements)
print(json.dumps([after_verdicts, sorted(m for m in explanation if m in sys.modules), same]))
"""


def test_verdicts_do_not_import_the_explained_result_until_an_explanation_is_asked_for(tmp_path):
    env = dict(os.environ, SENRULES_CACHE_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", VERDICTS_PROBE], capture_output=True, text=True, env=env, check=True, timeout=120)
    after_verdicts, after_evaluate, same = json.loads(out.stdout)
    assert after_verdicts == []
    assert after_evaluate == ["senrules.result"]  # the wording itself waits for Result.words
    assert same


def test_the_engine_names_unknown_as_the_result_does():
    from senrules import engine, result

    assert engine.UNKNOWN == result.UNKNOWN
