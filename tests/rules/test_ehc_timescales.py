"""ehc-timescales-2014: each case against the source's limits, in batch, end to end.

The limits are checked against the source when it is beside the checkout
(or named by SENRULES_SOURCES); the batch runs use the real `senrules cases`
command on the bundled demo export and on exports made here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import senrules
from senrules.case_batch import judge_cases

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = Path(os.environ.get("SENRULES_SOURCES") or ROOT.parent / "shared" / "sources")
GUIDE = SOURCES / "nasen-2014-send-code-of-practice-guide.txt"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


def test_every_limit_is_the_sources_figure():
    rs = senrules.load_ruleset("ehc-timescales-2014")
    limits = {name: str(p.default.value) for name, p in rs.program.parameters.items()}
    assert limits == {
        "decision_limit": "6 weeks", "advice_limit": "6 weeks", "not_to_issue_limit": "16 weeks",
        "draft_limit": "14 weeks", "representations_period": "15 days", "consultation_period": "15 days",
        "final_limit": "20 weeks", "review_limit": "12 months",
    }


@pytest.mark.skipif(not GUIDE.exists(), reason="sources not beside the checkout (set SENRULES_SOURCES)")
def test_each_limits_quoted_words_are_in_the_source():
    source = re.sub(r"\s+", " ", GUIDE.read_text(encoding="utf-8"))
    rs = senrules.load_ruleset("ehc-timescales-2014")
    for name, p in rs.program.parameters.items():
        for quoted in re.findall(r"'([^']+)'", p.doc):
            assert re.sub(r"\s+", " ", quoted.replace("…", "...")) in source, (name, quoted)


def test_the_rule_tests_pass():
    r = run("test", "ehc-timescales-2014")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 failed" in r.stdout


def test_the_demo_case_is_explained():
    r = run("explain", "ehc-timescales-2014", "T1.1", "--demo")
    assert r.returncode == 0, r.stderr
    assert "late" in r.stdout.lower() and "decision_date" in r.stdout  # 46 days after the request


def test_the_demo_report_says_why_a_step_is_late_and_reads_as_english():
    """A late step's reason is the date that was late, not only that the step
    happened; an outcome named "not ..." that does not apply is "ruled out",
    never "not not applicable"."""
    r = run("evaluate", "ehc-timescales-2014", "--demo")
    assert r.returncode in (0, 1), r.stderr
    late = r.stdout.split("LATE  “The local authority responds", 1)[1].split("\n")[1]
    assert "the date the LA said whether it will assess is 22 March 2024, after 18 March 2024" in late
    assert "not applicable ruled out: the LA agreed to assess: yes (needs no)" in r.stdout
    assert "not not" not in r.stdout


def test_the_demo_export_gives_the_share_on_time_per_step_and_year():
    r = run("cases", "ehc-timescales-2014", "--data", "westmoor-ehc", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["cases"] == 480
    steps = {s["id"]: s for s in data["steps"]}
    assert set(steps) == {"T1.1", "T1.2", "T2.1", "T2.2", "T2.3", "T2.4", "T2.5", "T3.1"}
    for s in steps.values():
        counted = sum(s["counts"].values())
        assert counted == 480
        if s["due"]:
            assert s["share_on_time"] == round(100 * s["counts"].get("on_time", 0) / s["due"], 1)
    assert [y["year"] for y in data["by_year"]] == [2021, 2022, 2023, 2024]
    # a cell a person typed instead of a date is reported at its row and column, not dropped silently
    assert 'column "Last review"' in r.stderr and "tbc" in r.stderr
    text = run("cases", "ehc-timescales-2014", "--data", "westmoor-ehc")
    assert "Requests made in 2023:" in text.stdout and "Late cases (" in text.stdout
    # a late case's steps in their words, each number after them, not a list of numbers
    late = text.stdout.split("Late cases (")[1].splitlines()[1:]
    assert late[0].startswith("  WM-") and late[0].count("(T") == late[0].count(";") + 1
    assert not re.search(r": T\d", "\n".join(late)) and re.search(r": [A-Z][a-z]+ [a-z]+.*… \(T\d\.\d\)", late[0])


def _export(tmp_path, rows: str, blank_means_not_done=True) -> Path:
    (tmp_path / "senrules-data.toml").write_text(
        'evaluation_date = 2024-07-01\n[[cases]]\nfile = "c.csv"\nid_column = "Ref"\n'
        f"blank_means_not_done = {'true' if blank_means_not_done else 'false'}\n"
        '[cases.happened]\ndecided = "decision_date"\nfinalised = "final_issued_date"\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text(rows, encoding="utf-8")
    return tmp_path


def test_a_blank_date_is_not_done_only_when_the_export_says_so(tmp_path):
    rows = "Ref,request_date,decision_date\nA,2024-01-01,2024-02-12\nB,2024-01-01,2024-02-13\nC,2024-01-01,\n"
    (tmp_path / "1").mkdir()
    complete = run("cases", "ehc-timescales-2014", "--data", str(_export(tmp_path / "1", rows)), "--format", "json")
    assert complete.returncode == 0, complete.stderr
    t11 = next(s for s in json.loads(complete.stdout)["steps"] if s["id"] == "T1.1")
    assert t11["counts"] == {"on_time": 1, "late": 2}  # C has no decision after 6 weeks: overdue
    (tmp_path / "2").mkdir()
    partial = run("cases", "ehc-timescales-2014", "--data", str(_export(tmp_path / "2", rows, False)), "--format", "json")
    t11 = next(s for s in json.loads(partial.stdout)["steps"] if s["id"] == "T1.1")
    assert t11["counts"] == {"on_time": 1, "late": 1, "unknown": 1}  # C: insufficient evidence
    assert t11["share_on_time"] == 50.0


def test_a_big_batch_runs_in_chunks_with_progress():
    rs = senrules.load_ruleset("ehc-timescales-2014")

    class Case:
        def __init__(self, i):
            self.id = f"c{i}"
            self.facts = {"request_date": "2023-01-02", "decided": True,
                          "decision_date": "2023-02-13" if i % 4 else "2023-02-14"}

    seen = []
    summary = judge_cases(rs, [Case(i) for i in range(12000)], evaluation_date="2024-07-01",
                          year_fact=None, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(5000, 12000), (10000, 12000), (12000, 12000)]
    t11 = next(s for s in summary.steps if s.id == "T1.1")
    assert (t11.count("on_time"), t11.count("late")) == (9000, 3000)
    assert t11.share_on_time == 75.0
    assert len(summary.late) == 3000


def test_a_folder_without_a_case_export_is_told_what_to_add(tmp_path):
    (tmp_path / "senrules-data.toml").write_text('service = "x"\n', encoding="utf-8")
    r = run("cases", "ehc-timescales-2014", "--data", str(tmp_path))
    assert r.returncode == 2
    assert "[[cases]]" in r.stderr and "Traceback" not in r.stderr
