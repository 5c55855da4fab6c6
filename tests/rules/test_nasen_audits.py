"""nasen's (2014) two audit tools, with several raters, end to end.

The areas of practice are checked against the source when it is beside the
checkout (or named by SENRULES_SOURCES); their headings, order and number
are checked always.  The several-raters runs use the real `senrules`
command on the bundled demo folder `oakfield-audit`, an assistant session
written by `senrules assess --plain --rater`, and data folders made here.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import senrules

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = Path(os.environ.get("SENRULES_SOURCES") or ROOT.parent / "shared" / "sources")
GUIDE = SOURCES / "nasen-2014-send-code-of-practice-guide.txt"

PARENTAL_AREAS = [
    "On entry (where SEND is known)", "Initial identification", "Planning provision (SEN Support)",
    "Planning provision (statement/EHC plan)", "Learning at home", "Day-to-day, two-way communication", "Review",
    "Outside agency involvement", "Annual review", "Signposting", "Transition", "SEN policy",
    "SEN school self-evaluation", "Staff training", "Ethos and values",
]
CYP_AREAS = [
    "On entry (where SEND is known)", "Initial identification", "Planning provision (SEN Support)",
    "Planning provision (statement/EHC plan)", "Learning at home", "Self-advocacy skills", "Review", "Annual review",
    "Transition", "SEN policy", "SEND school self-evaluation", "Staff training", "Ethos and values",
]


def run(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, input=stdin, timeout=180)


def _criteria(rs):
    return [n.decl for n in rs.program.nodes if n.kind == "criterion"]


@pytest.mark.parametrize(("ident", "areas"), [("nasen-2014-parent-engagement", PARENTAL_AREAS),
                                              ("nasen-2014-cyp-voice", CYP_AREAS)])
def test_every_area_of_practice_is_there_in_the_sources_order(ident, areas):
    rs = senrules.load_ruleset(ident)
    assert [c.text.split(":", 1)[0] for c in _criteria(rs)] == areas
    assert all(c.citations and c.citations[0].document == "nasen 2014" for c in _criteria(rs))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufffd", "").replace("-\n", "-")).strip()


@pytest.mark.skipif(not GUIDE.exists(), reason="sources not beside the checkout (set SENRULES_SOURCES)")
@pytest.mark.parametrize("ident", ["nasen-2014-parent-engagement", "nasen-2014-cyp-voice"])
def test_every_area_and_box_is_worded_as_the_source_words_it(ident):
    source = _flat(GUIDE.read_text(encoding="utf-8"))
    rs = senrules.load_ruleset(ident)
    for c in _criteria(rs):
        heading, text = c.text.split(": ", 1)
        assert _flat(f"{heading} {text}") in source, c.id
    scale = rs.program.scales["best_fit"]
    assert scale.level_names == ("strong", "developing", "poor")
    for level in scale.levels:
        assert _flat(level.meaning).replace("– ", "") in source.replace("– ", "").replace("–", ""), level.name


def test_the_best_fit_levels_are_the_rulesets_declared_outcomes():
    rs = senrules.load_ruleset("nasen-2014-parent-engagement")
    assert rs.program.outcomes == ("strong", "developing", "poor")
    result = rs.evaluate({"pe_review": "developing"}, evaluation_date="2024-07-01")
    assert result.verdict("PE7") == "developing"
    assert result.verdict("PE1") == "unknown"  # not judged: insufficient evidence, never the weakest box


def test_the_rule_tests_pass():
    r = run("test", "nasen-2014-parent-engagement", "nasen-2014-cyp-voice")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "nasen-2014-parent-engagement: 5 passed, 0 failed" in r.stdout


def test_the_demo_evaluates_and_shows_the_best_fit_words():
    r = run("evaluate", "nasen-2014-cyp-voice", "--demo")
    assert r.returncode == 0, r.stderr
    assert "    STRONG  On entry (where SEND is known) (CV1): We draw on" in r.stdout and "OVERALL: AREAS TO IMPROVE" not in r.stdout
    show = run("rules", "show", "nasen-2014-parent-engagement")
    assert show.returncode == 0 and "PE15  Ethos and values" in show.stdout


def test_several_raters_from_the_demo_folder_are_compared_and_planned(tmp_path):
    plan = tmp_path / "plan.csv"
    r = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit", "--plan", str(plan))
    assert r.returncode == 0, r.stderr
    assert "the views of 2 raters" in r.stdout
    assert "Views differ on 11 of 15 areas" in r.stdout
    assert "\nDIFFER Learning at home (PE5): We enable parents" in r.stdout  # words first, the number after them
    # a group split evenly is unknown, and said so, never a silent verdict
    assert "split evenly (strong 3, developing 3)" in r.stderr
    # the areas in words, the number after each, a long list shortened
    assert ("Views differ on 11 of 15 areas: On entry (where SEND is known) (PE1); Initial identification (PE2); "
            "Learning at home (PE5) and 8 more.") in r.stdout
    assert "Not yet judged: Planning provision (statement/EHC plan) (PE4) by school staff." in r.stdout
    assert "Overall: school staff: not yet decided (insufficient evidence); parents: areas to improve" in r.stdout
    rows = list(csv.reader(io.StringIO(plan.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["Id", "Area of practice that needs improving", "Best fit, by rater (How do your views differ?)"]
    assert "Key area for improvement" in rows[0] and "How and when will we evaluate this?" in rows[0]
    assert rows[1][0] == "PE5" and "school staff: strong; parents: poor (views differ)" in rows[1][2]
    # the person edits the plan; running again keeps what they wrote
    rows[1][5] = "December 2024"
    with plan.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    again = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit", "--plan", str(plan))
    assert again.returncode == 0, again.stderr
    kept = list(csv.reader(io.StringIO(plan.read_text(encoding="utf-8-sig"))))
    assert kept[1][0] == "PE5" and kept[1][5] == "December 2024"
    assert len(kept) == len(rows)


def test_the_markdown_comparison_opens_with_the_overall_views_and_says_same_or_not_compared():
    r = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit", "--format", "markdown")
    assert r.returncode == 0, r.stderr
    head = r.stdout.split("| area |")[0]
    assert "- **Overall:** school staff: not yet decided (insufficient evidence); parents: areas to improve" in head
    assert "- **Views differ** on 11 of 15 areas: On entry (where SEND is known) (PE1); Initial identification (PE2); " in head
    assert "- **Not yet judged:** Planning provision (statement/EHC plan) (PE4) by school staff" in head
    rows = {re.search(r"\((PE\d+)\):", line)[1]: line for line in r.stdout.splitlines() if re.match(r"\| .* \(PE\d+\): ", line)}
    assert rows["PE5"].startswith("| Learning at home (PE5): We enable parents")
    assert rows["PE3"].endswith("| developing | developing | same |")
    assert rows["PE4"].endswith("| not judged | strong | not compared: not judged by all |")
    assert rows["PE5"].endswith("| **differ** |")


def test_evaluate_with_several_raters_compares_them_and_one_rater_is_evaluated_alone():
    r = run("evaluate", "nasen-2014-cyp-voice", "--data", "oakfield-audit")
    assert r.returncode == 0, r.stderr
    assert "several raters" in r.stderr and "school staff" in r.stdout and "children and young people" in r.stdout
    one = run("evaluate", "nasen-2014-cyp-voice", "--data", "oakfield-audit", "--rater", "children and young people",
              "--format", "json")
    assert one.returncode == 0, one.stderr
    data = json.loads(one.stdout)
    assert data["verdicts"]["CV5"] == "poor"  # the CYP's own view of learning at home


def test_a_conversation_for_a_rater_is_kept_and_compared(tmp_path):
    db = tmp_path / "parents.sqlite"
    answers = "\n".join(["developing", "poor"] + ["strong"] * 13) + "\n"
    r = run("assess", "--plain", "--ruleset", "nasen-2014-parent-engagement", "--rater", "parents",
            "--db", str(db), "--date", "2024-07-01", stdin=answers)
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    try:
        meta = dict(con.execute("SELECT key, value FROM assess_session_v1"))
    finally:
        con.close()
    assert json.loads(meta["options"])["rater"] == "parents"
    c = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit",
            "--session", f"parents at the coffee morning={db}", "--format", "json")
    assert c.returncode == 0, c.stderr
    data = json.loads(c.stdout)
    assert data["raters"] == ["school staff", "parents", "parents at the coffee morning"]
    pe2 = next(a for a in data["areas"] if a["id"] == "PE2")
    assert pe2["verdicts"]["parents at the coffee morning"] == "poor" and pe2["differ"]
    assert data["action_plan"][0]["who"] == "school staff, parents and parents at the coffee morning"


def test_a_session_that_is_not_there_is_named():
    r = run("compare", "nasen-2014-parent-engagement", "--session", "parents=/nonexistent/x.sqlite")
    assert r.returncode != 0
    assert "no such session file" in r.stderr and "Traceback" not in r.stderr


def _folder(tmp_path, manifest: str, files: dict[str, str]) -> Path:
    (tmp_path / "senrules-data.toml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_box_the_survey_does_not_know_is_reported_at_its_row_and_column(tmp_path):
    folder = _folder(tmp_path, '[[audit_survey]]\nfile = "p.csv"\nrater = "parents"\n',
                     {"p.csv": "Review,Signposting\nstrong,poor\nsometimes,poor\ndeveloping,\n"})
    r = run("evaluate", "nasen-2014-parent-engagement", "--data", str(folder), "--rater", "parents", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert 'p.csv, row 3, column "Review": "sometimes" is not one of the boxes (poor, developing, strong)' in r.stderr
    verdicts = json.loads(r.stdout)["verdicts"]
    assert verdicts["PE7"] == "unknown"  # strong 1, developing 1: split, so unknown
    assert verdicts["PE10"] == "poor"


def test_every_answers_file_of_a_manifest_is_read(tmp_path):
    """Before, a second [[answers]] file was silently ignored."""
    from senrules_answers import AnswerStore

    from senrules.gather import Answer

    AnswerStore(tmp_path / "a.sqlite").record(Answer("pe_review", "strong"))
    AnswerStore(tmp_path / "b.sqlite").record(Answer("pe_signposting", "poor"))
    folder = _folder(tmp_path, '[[answers]]\nfile = "a.sqlite"\n\n[[answers]]\nfile = "b.sqlite"\n', {})
    r = run("evaluate", "nasen-2014-parent-engagement", "--data", str(folder), "--format", "json")
    assert r.returncode == 0, r.stderr
    verdicts = json.loads(r.stdout)["verdicts"]
    assert (verdicts["PE7"], verdicts["PE10"]) == ("strong", "poor")
