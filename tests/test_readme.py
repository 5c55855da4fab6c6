"""The README is a contract: its embedding example runs as pasted and prints
what its comments say, and its rule-language sample is valid."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_the_embedding_example_runs_and_prints_what_it_says():
    (code,) = _blocks("python")
    assert len(code.strip().splitlines()) <= 12
    out = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), namespace)  # the README's own example, not a rule file
    printed = out.getvalue().splitlines()
    expected = [m.group(1) for m in re.finditer(r"print\(.*?\)\s+# ([^:\n]+?)(?::.*)?$", code, flags=re.M)]
    for line, want in zip(printed, expected):
        if want.startswith("the versioned JSON"):
            assert line.startswith("{")
        else:
            assert line == want
    assert len(namespace["batch"]) == 459


def test_the_rule_language_sample_parses_and_its_test_passes(tmp_path):
    import senrules
    from senrules.ruletests import run_tests

    sample = next(b for b in _blocks("rules") if b.startswith("ruleset example"))
    sample = sample.replace('title "..."', 'title "Sample"')
    sample += '\ngrading section_grade { good when share(standards is at least good) >= most_areas  inadequate otherwise }\n'
    (tmp_path / "sample.rules").write_text(sample)
    rs = senrules.load_ruleset(tmp_path / "sample.rules", cache=False)
    report = run_tests(rs)
    assert report.ok and report.passed
