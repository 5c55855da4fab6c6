"""Every shipped ruleset from the assistant, and several raters in it.

* Each ruleset of issue 12 runs end to end in ``senrules assess --plain``
  from its bundled example (``--demo``: its demo data folder, else its demo
  facts): the exit code, the report files written by ``--export``, and a
  verdict checked in them.
* The nasen audits as conversations for two raters, ending in the action
  plan that shows where their views differ (``/compare``, ``/plan``), the
  plan edited and exported, and carried on by ``senrules compare --plan``.
* The full screen (Pilot): the report's *Views by rater* tab and the
  raters' plan edited in it; snapshots at 80x24 of each new flow.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tui_helpers import open_report, run_cli, settle, say

EXPORTED = ("self-evaluation.md", "self-evaluation.html", "self-evaluation.docx", "action-plan.csv", "grades.csv",
            "result.json")


def verdicts(folder: Path) -> dict:
    data = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    return {j["id"]: j["verdict"] for j in data["judgements"]}


def plan_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# ------------------------------------------------------------------ each ruleset, end to end


@pytest.mark.parametrize(("ruleset", "answers", "criterion", "verdict", "said"), [
    # the readiness and graduated-approach reviews: their demo facts, the rest asked
    ("nasen-2014-graduated", "not yet\n" * 5, "GA_P1", "not_yet", "From the evidence in demo.json I found 26 values"),
    ("nasen-2014-readiness", "in place\n" * 20, "RD2.1", "in_place", "From the evidence in demo.json"),
    # the document checks: the document named by the demo folder, its findings talked through
    ("ehc-plan-specificity-2014", "", "S1", "not_specified", "line 11: “Amir will have opportunities for small group work.”"),
    ("sen-policy-2014", "", "C2", "missing", "What falls short (12 of 18)"),
    ("sen-information-report-2014", "", "C4", "missing", "line 3: “How do we identify and assess pupils with SEN?”"),
])
def test_each_ruleset_runs_from_its_example_in_plain_mode(tmp_path, ruleset, answers, criterion, verdict, said):
    out = tmp_path / "export"
    r = run_cli("assess", "--plain", "--ruleset", ruleset, "--demo", "--db", str(tmp_path / "s.sqlite"),
                "--export", str(out), input=answers)
    assert r.returncode == 0, r.stderr
    assert said in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
    for name in EXPORTED:
        assert (out / name).is_file(), name
    assert verdicts(out)[criterion] == verdict


def test_the_readiness_review_names_its_items_in_plain_words(tmp_path):
    r = run_cli("assess", "--plain", "--ruleset", "nasen-2014-graduated", "--demo", "--db", str(tmp_path / "s.sqlite"),
                input="not yet\n/plan\n")
    assert r.returncode == 0, r.stderr
    assert "how far GA_A1 is in place" in r.stdout  # the label, not the fact id
    assert "ga_assess_1" not in r.stdout and "ga assess" not in r.stdout


@pytest.mark.parametrize(("ruleset", "rater", "area", "level"), [
    ("nasen-2014-parent-engagement", "school staff", "PE1", "strong"),
    ("nasen-2014-cyp-voice", "children and young people", "CV1", "developing"),
])
def test_each_audit_runs_for_a_rater_of_its_demo_folder(tmp_path, ruleset, rater, area, level):
    out = tmp_path / "export"
    r = run_cli("assess", "--plain", "--ruleset", ruleset, "--demo", "--rater", rater, "--db", str(tmp_path / "s.sqlite"),
                "--export", str(out), input="strong\n/compare\n")
    assert r.returncode == 0, r.stderr
    assert f"These are the views of {rater}." in r.stdout
    assert " DIFFER: " in r.stdout  # the demo folder's other rater group
    assert verdicts(out)[area] == level  # this rater's own evidence, never the other group's
    rows = plan_rows(out / "action-plan.csv")
    assert rows and "Best fit, by rater (How do your views differ?)" in rows[0]
    assert any("(views differ)" in row["Best fit, by rater (How do your views differ?)"] for row in rows)
    report = (out / "self-evaluation.md").read_text(encoding="utf-8")
    assert "## How the views differ, area by area" in report and "| DIFFER |" in report


def test_a_case_export_is_judged_as_a_batch_and_talked_through(tmp_path):
    out = tmp_path / "export"
    r = run_cli("assess", "--plain", "--ruleset", "ehc-timescales-2014", "--demo", "--db", str(tmp_path / "s.sqlite"),
                "--export", str(out), input="/case WM-2024-00417\n/case nobody\n")
    assert r.returncode == 0, r.stderr
    assert "The data folder names a case export (westmoor-ehc/ehc-cases.csv): 480 cases" in r.stdout
    assert "Question 1" not in r.stdout  # every date comes from the export: nothing is asked
    assert "Case WM-2024-00417 (row 418 of the export): some late" in r.stdout
    assert "- The EHC plan is finalised within 20 weeks of the initial request… (T2.5): late" in r.stdout
    assert "There is no case nobody in the export (480 cases)." in r.stdout
    summary = json.loads((out / "cases.json").read_text(encoding="utf-8"))
    assert summary["cases"] == 480
    shares = {s["id"]: s["share_on_time"] for s in summary["steps"]}
    assert 0 < shares["T1.1"] < 100
    assert "WM-2024-00417" in (out / "cases-summary.md").read_text(encoding="utf-8")


def test_one_case_without_an_export_is_asked_question_by_question(tmp_path):
    r = run_cli("assess", "--plain", "--ruleset", "ehc-timescales-2014", "--date", "2024-08-31",
                "--db", str(tmp_path / "s.sqlite"), input="no\n")
    assert r.returncode == 0, r.stderr
    assert "Question 1 of" in r.stdout
    assert "/case" not in r.stdout.split("> no")[0]


# ------------------------------------------------------------------ two raters, as conversations


def test_two_raters_as_conversations_end_in_a_plan_showing_where_they_differ(tmp_path):
    staff_db, parents_db = tmp_path / "staff.sqlite", tmp_path / "parents.sqlite"
    common = ("assess", "--plain", "--ruleset", "nasen-2014-parent-engagement", "--date", "2024-07-01")
    staff = run_cli(*common, "--rater", "school staff", "--db", str(staff_db),
                    input="strong - every family has a meeting in the first week\n" + "strong\n" * 14)
    assert staff.returncode == 0, staff.stderr
    assert "These are the views of school staff." in staff.stdout
    assert "Overall: areas to improve" not in staff.stdout and "all strong" in staff.stdout

    out = tmp_path / "export"
    parents = run_cli(*common, "--rater", "parents", "--db", str(parents_db), "--export", str(out),
                      input="poor - we were sent a letter\n" + "strong\n" * 14 + "/compare\n/compare PE1\n/plan\n"
                            "/plan edit 1 by when = end of spring term\n"
                            "/plan edit 1 key area = a named contact for every family\n/plan\n")
    assert parents.returncode == 0, parents.stderr
    text = parents.stdout
    # the staff's conversation is found: the same ruleset, no data folder, another rater
    assert "The views of school staff are kept apart" in text
    assert "2 raters (school staff, parents)" in text
    differ = [line for line in text.splitlines() if " DIFFER: " in line]
    assert len(differ) == 1 and ": school staff: strong; parents: poor" in differ[0]
    assert "Views differ on 1 of 15 areas: On entry (where SEND is known) (PE1)." in text  # the area in words
    # nasen's "make notes within it": each rater's note on the area, beside their box
    assert "- note by school staff: “every family has a meeting in the first week”" in text
    assert "- note by parents: “we were sent a letter”" in text
    report = (out / "self-evaluation.md").read_text(encoding="utf-8")
    assert "On entry (where SEND is known) (PE1), parents: “we were sent a letter”" in report
    assert "school staff: strong; parents: poor (views differ)" in text
    assert "Row 1, By when? now reads: “end of spring term”. Saved." in text
    assert "Talk with school staff and parents about why your views differ" in text

    report = (out / "self-evaluation.md").read_text(encoding="utf-8")
    assert "| question | answer | rater | note | given |" in report  # who gave each answer
    assert "| the best fit for ‘On entry (where SEND is known)’ | poor | parents |" in report

    rows = plan_rows(out / "action-plan.csv")
    assert len(rows) == 1
    assert rows[0]["By when?"] == "end of spring term"
    assert rows[0]["Key area for improvement"] == "a named contact for every family"
    assert rows[0]["Best fit, by rater (How do your views differ?)"] == "school staff: strong; parents: poor (views differ)"

    from openpyxl import load_workbook

    sheet = load_workbook(out / "action-plan.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[0] == "Id" and "Key area for improvement" in header and header[-1] == "Status"
    assert sheet.cell(2, header.index("By when?") + 1).value == "end of spring term"

    # `senrules compare` carries on the plan the assistant wrote: the edits are kept
    again = run_cli("compare", "nasen-2014-parent-engagement", "--date", "2024-07-01",
                    "--session", f"school staff={staff_db}", "--session", f"parents={parents_db}",
                    "--plan", str(out / "action-plan.csv"))
    assert again.returncode == 0, again.stderr
    assert plan_rows(out / "action-plan.csv")[0]["By when?"] == "end of spring term"


def test_the_plan_edits_are_kept_when_the_session_is_resumed(tmp_path):
    db = tmp_path / "staff.sqlite"
    common = ("assess", "--plain", "--ruleset", "nasen-2014-cyp-voice", "--demo", "--rater", "school staff")
    first = run_cli(*common, "--db", str(db), input="/plan delete 1\n/plan add Pupil voice in governors' meetings\n")
    assert first.returncode == 0, first.stderr
    assert "Row 1 removed. Saved." in first.stdout
    again = run_cli("assess", "--plain", "--resume", "--db", str(db), input="/plan\n")
    assert again.returncode == 0, again.stderr
    assert "Pupil voice in governors' meetings [added by you]" in again.stdout
    assert "with your edits" in again.stdout


def test_without_a_rater_only_the_shared_evidence_is_read(tmp_path):
    """A folder that keeps raters apart: a conversation that names no rater
    takes none of theirs for its own (it used to read them all together)."""
    r = run_cli("assess", "--plain", "--ruleset", "nasen-2014-parent-engagement", "--demo",
                "--db", str(tmp_path / "s.sqlite"), input="")
    assert r.returncode == 0, r.stderr
    assert "only what is shared by all of them is read for yours" in r.stdout
    assert "I found no evidence in oakfield-audit" in r.stdout
    assert "Question 1 of 15" in r.stdout


def test_compare_without_raters_says_how_to_get_them(session_factory):
    s = session_factory(ruleset="nasen-2014-parent-engagement")
    s.opening()
    reply = s.handle("/compare")[0]
    assert "There is only one rater here" in reply.text and "--rater parents" in reply.text


def test_a_plan_edit_names_a_column_that_does_not_exist(tmp_path):
    r = run_cli("assess", "--plain", "--ruleset", "nasen-2014-parent-engagement", "--demo", "--rater", "parents",
                "--db", str(tmp_path / "s.sqlite"), input="/plan edit 1 colour = red\n/plan edit 99 who = me\n")
    assert r.returncode == 0, r.stderr
    assert "colour is not a column; use one of: area, views, action, who, by_when, key_area, success, evaluation." in r.stdout
    assert "There is no row 99" in r.stdout


# ------------------------------------------------------------------ the full screen

def audit_app(rater="school staff", ruleset="nasen-2014-parent-engagement"):
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options

    return SenrulesApp(Options(ruleset=ruleset, data="oakfield-audit", rater=rater), db="session.sqlite")


@pytest.mark.asyncio
async def test_the_report_shows_the_views_by_rater_and_edits_the_raters_plan(tmp_path, monkeypatch):
    pytest.importorskip("textual")
    monkeypatch.chdir(tmp_path)
    app = audit_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, "strong")  # the one area the staff survey left split
        screen = await open_report(pilot, "tab-raters")
        from textual.widgets import DataTable, TabbedContent

        assert screen.__class__.__name__ == "ReportScreen"
        views = screen.query_one("#raters", DataTable)
        assert [str(c.label) for c in views.columns.values()] == ["area", "school staff", "parents", "views"]
        assert views.get_row("PE2")[1:] == ["developing", "poor", "DIFFER"]
        assert views.get_row("PE4")[1:] == ["strong", "strong", ""]

        screen.query_one(TabbedContent).active = "tab-plan"
        await pilot.pause()
        table = screen.query_one("#plan", DataTable)
        headings = [str(c.label) for c in table.columns.values()]
        assert "Key area for improvement" in headings and "Best fit, by rater (How do your views differ?)" in headings
        table.focus()
        table.move_cursor(row=0, column=headings.index("Key area for improvement"))
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#edit-value").value = "home learning packs agreed with parents"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
    from senrules_tui.rater_views import RATER_PLAN
    from senrules_tui.store import SessionStore

    saved = SessionStore.open(tmp_path / "session.sqlite").meta[RATER_PLAN]
    assert saved[0]["key_area"] == "home learning packs agreed with parents"


# ------------------------------------------------------------------ snapshots, 80x24

SMALL = (80, 24)


@pytest.fixture
def steady(monkeypatch, tmp_path):
    pytest.importorskip("textual")
    from textual.widgets import Input

    monkeypatch.setattr(Input.__dict__["cursor_blink"], "_default", False)
    monkeypatch.setattr("textual.constants.TEXTUAL_ANIMATIONS", "none")
    monkeypatch.chdir(tmp_path)


def _snapshots():
    return pytest.importorskip("pytest_textual_snapshot")


def test_snapshot_compare_in_the_chat(snap_compare, steady):
    _snapshots()

    async def run(pilot):
        await settle(pilot)
        await say(pilot, "strong")
        await say(pilot, "/compare")

    assert snap_compare(audit_app(), terminal_size=SMALL, run_before=run)


def test_snapshot_views_by_rater_tab(snap_compare, steady):
    _snapshots()

    async def run(pilot):
        await settle(pilot)
        await open_report(pilot, "tab-raters")

    assert snap_compare(audit_app(), terminal_size=SMALL, run_before=run)


def test_snapshot_raters_plan_tab(snap_compare, steady):
    _snapshots()

    async def run(pilot):
        await settle(pilot)
        await open_report(pilot, "tab-plan")

    assert snap_compare(audit_app(), terminal_size=SMALL, run_before=run)


def test_snapshot_a_case_export_opens_with_the_share_on_time(snap_compare, steady):
    _snapshots()
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options

    app = SenrulesApp(Options(ruleset="ehc-timescales-2014", data="westmoor-ehc"), db="session.sqlite")

    async def run(pilot):
        await settle(pilot)
        await say(pilot, "/case WM-2024-00417")

    assert snap_compare(app, terminal_size=SMALL, run_before=run)


def test_snapshot_a_document_check_talks_through_its_findings(snap_compare, steady):
    _snapshots()
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options

    app = SenrulesApp(Options(ruleset="sen-information-report-2014", data="school-documents"), db="session.sqlite")

    async def run(pilot):
        await settle(pilot)
        await say(pilot, "/findings")

    assert snap_compare(app, terminal_size=SMALL, run_before=run)


def test_a_conversation_without_a_rater_beside_a_raters_one(tmp_path):
    """Another rater's saved conversation makes this one a rater's among
    several, named "you (this conversation)"."""
    from senrules_tui.session import Options, Session

    staff = Session.start(Options(ruleset="nasen-2014-cyp-voice", date="2024-07-01", rater="school staff"),
                          db=tmp_path / "staff.sqlite")
    staff.opening()
    staff.handle("strong")
    staff.store.release()
    mine = Session.start(Options(ruleset="nasen-2014-cyp-voice", date="2024-07-01"), db=tmp_path / "mine.sqlite")
    opening = "\n".join(r.text for r in mine.opening())
    assert "This conversation names no rater: it is you (this conversation) beside the others" in opening
    assert "The views of school staff are kept apart" in opening
    mine.handle("poor")
    compared = mine.handle("/compare")[0].text
    assert "2 raters (school staff, you (this conversation))" in compared
    assert "On entry (where SEND is known) (CV1) DIFFER: " in compared and "school staff: strong; you (this conversation): poor" in compared


def test_a_facts_file_that_cannot_be_used_is_said_in_one_line(tmp_path):
    bad = tmp_path / "answers.json"
    bad.write_text('{"facts": {"ga_assess_1": "maybe"}}', encoding="utf-8")
    r = run_cli("assess", "--plain", "--ruleset", "nasen-2014-graduated", "--facts", str(bad), "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode == 2
    assert f'senrules: error: {bad}, line 1: fact `ga_assess_1`: "maybe" is not one of "in place", "partly", "not yet"' in r.stderr
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_a_facts_file_gives_evidence_and_only_the_rest_is_asked(tmp_path):
    facts = tmp_path / "answers.toml"
    facts.write_text('evaluation_date = 2024-07-01\n[facts]\nga_review_1 = "in place"\nga_review_2 = "not yet"\n', encoding="utf-8")
    r = run_cli("assess", "--plain", "--ruleset", "nasen-2014-graduated", "--facts", str(facts), "--db", str(tmp_path / "s.sqlite"))
    assert r.returncode == 0, r.stderr
    assert "From the evidence in answers.toml I found 2 values for 2 facts" in r.stdout
    assert "as at 1 July 2024" in r.stdout
    assert "Question 1 of 27" in r.stdout
