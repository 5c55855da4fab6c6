"""End-to-end runs of `senrules assess --plain`: the real command, answers on
standard input, one question per line; saving, resuming, a killed process,
bad session files, and the exports."""

from __future__ import annotations

import re

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui_helpers import DATE, ROOT, SVC, run_cli


def questions(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(("Question ", "Back to an earlier question"))]


def answers_in(db: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        return list(con.execute("SELECT fact, year, value, note FROM answers_v1 ORDER BY id"))


def test_it_says_what_the_evidence_gave_then_asks_only_open_questions(tmp_path):
    db = tmp_path / "s.sqlite"
    r = run_cli("assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--db", str(db))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Self-evaluation of Testshire Outreach Service" in out
    assert "I found 6 values for 3 facts (tabular 6)" in out
    assert "cyp_progress_rate" not in out  # the facts in plain words (their labels), not their ids
    assert "the share of CYP making expected progress (2022-2024)" in out
    qs = questions(out)
    assert len(qs) == 1  # one question, then end of input
    assert re.match(r"Question 1 of \d+ · about \d+ min left · “Progress towards outcomes is systematically recorded and "
                    r"monitored” \(S1\) · for “Programmes and interventions are regularly monitored” \(S1\.1\): ", qs[0])
    assert "Are programmes and interventions regularly monitored?" in qs[0]
    assert "[yes / no / don't know / skip]" in qs[0]  # "partly" cannot be scored for a yes-or-no fact
    assert "Nothing was answered, so no session file was written." in out
    assert not db.exists()  # the first question needs no disk write
    # nothing the data gave is asked: the progress rates of all three years are known
    assert "expected or better progress" not in out


def test_a_whole_conversation_in_ordinary_words(tmp_path):
    db = tmp_path / "s.sqlite"
    lines = [
        "yes - see the termly monitoring spreadsheet",  # programmes_monitored, with a note
        "termly",  # monitoring_interval: read as 13 weeks, said back
        "yes",  # confirm
        "/why",  # views_acted_on: why?
        "often",
        "don't know",  # interventions is a list: skipped; next is plan_reviewed_on? (whatever is next)
    ]
    r = run_cli("assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--db", str(db), input="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Noted: yes. Note kept: “see the termly monitoring spreadsheet”." in out
    assert "I read “termly” as every 13 weeks (termly). Is that right?" in out
    assert "Changed: “Programmes and interventions are regularly monitored” (S1.1) from still open to met." in out
    assert "Why I ask: how often CYP's views are acted on." in out and "Source: DCSF 2008, Standard 1" in out
    saved = answers_in(db)
    assert saved[0] == ("programmes_monitored", None, "true", "see the termly monitoring spreadsheet")
    assert saved[1][:3] == ("monitoring_interval", None, "13")
    assert saved[2][:3] == ("views_acted_on", None, '"often"')
    assert saved[3][2] == "null"  # don't know is kept too, so it is not asked again


def test_back_skip_goto_explain_and_help(tmp_path):
    db = tmp_path / "s.sqlite"
    lines = ["yes", "/back", "no", "/skip", "/goto S11", "/explain S11", "/goto S99", "/explain S99", "/help", "/bogus"]
    r = run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, "--db", str(db), input="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Back to an earlier question" in out and "You said: yes" in out
    assert "Changed: “Programmes and interventions are regularly monitored” (S1.1) from still open to not met" in out  # revised to no: the verdict follows
    assert "Skipped for now" in out
    assert "Now “There is a service development plan which is developed…” (S11): " in out
    last_question = questions(out)[-1]
    assert "“There is a service development plan which is developed, reviewed and updated regularly” (S11)" in last_question
    assert "\u201cThere is a service development plan which is developed, reviewed and updated regularly\u201d (S11): still open" in out
    assert "There is no standard S99 in example. The standards are S1, S6 and S11." in out
    assert "There is no criterion, standard or section S99 in example; try /explain S1 (the standards are S1, S6 and S11)." in out
    # the examples name numbers this ruleset has (it has no S5): what a person types from them works
    assert "/goto: `/goto S1`: jump to a standard's questions" in out or "/goto: /goto S1: jump" in out
    assert "/explain S1: a verdict" in out and "S5" not in out and "S3" not in out
    assert "I don't know the command /bogus" in out
    assert [a[:3] for a in answers_in(db)] == [("programmes_monitored", None, "true"), ("programmes_monitored", None, "false")]


def test_resume_continues_where_it_stopped(tmp_path):
    db = tmp_path / "s.sqlite"
    first = run_cli("assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--db", str(db), input="yes\n15\n")
    assert first.returncode == 0, first.stderr
    again = run_cli("assess", "--plain", "--resume", "--db", str(db), input="/evidence\n")
    assert again.returncode == 0, again.stderr
    out = again.stdout
    assert "Welcome back" in out and "it holds 2 answers" in out
    assert "Question 3 of" in questions(out)[0]
    assert "- programmes and interventions are monitored: yes, answer 1 given" in out
    assert "- how often interventions are reviewed: 15 weeks, answer 2 given" in out
    assert "- the share of CYP making expected progress (2024): " in out  # the evidence, by its label too
    # a new session is never started over an existing one
    clash = run_cli("assess", "--plain", "--ruleset", "example", "--db", str(db))
    assert clash.returncode == 2
    assert "already holds a session" in clash.stderr and "--resume" in clash.stderr
    assert len(answers_in(db)) == 2


def test_resume_without_db_takes_the_latest_session(tmp_path):
    run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, input="no\n")
    r = run_cli("assess", "--plain", "--resume", input="")
    assert r.returncode == 0, r.stderr
    assert "Welcome back" in r.stdout and "it holds 1 answer," in r.stdout
    listed = run_cli("assess", "--sessions")
    assert "example (1 answer)" in listed.stdout


def test_nothing_typed_is_lost_when_the_process_is_killed(tmp_path):
    """Answer three questions, kill -9 the process mid-conversation, resume:
    every answer is there and the next question follows on."""
    db = tmp_path / "s.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "senrules.cli", "assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ),
    )
    try:
        deadline = time.monotonic() + 60
        _read_until(proc, "Question 1 of", deadline)
        for answer, expect in (("yes - logged in the tracker", "Question 2"), ("13", "Question 3"), ("rarely", "Question 4")):
            proc.stdin.write(answer + "\n")
            proc.stdin.flush()
            _read_until(proc, expect, deadline)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
        proc.stderr.close()
        proc.stdin.close()
    assert proc.returncode == -signal.SIGKILL
    saved = answers_in(db)
    assert [(f, v, n) for f, _, v, n in saved] == [
        ("programmes_monitored", "true", "logged in the tracker"), ("monitoring_interval", "13", None),
        ("views_acted_on", '"rarely"', None),
    ]
    r = run_cli("assess", "--plain", "--resume", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "it holds 3 answers" in r.stdout
    assert questions(r.stdout)[0].startswith("Question 4 of")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"this is a text file, not a database\n", "is not a senrules session (not an SQLite database)"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "damaged"),
    ],
)
def test_a_corrupt_session_file_is_reported_and_never_overwritten(tmp_path, content, message):
    db = tmp_path / "s.sqlite"
    db.write_bytes(content)
    for args in (("--resume", "--db", str(db)), ("--ruleset", "example", "--db", str(db))):
        r = run_cli("assess", "--plain", *args, input="yes\n")
        assert r.returncode == 2
        assert message in r.stderr and "left as it is" in r.stderr
        assert "Traceback" not in r.stderr
        assert db.read_bytes() == content


def test_an_empty_file_is_not_resumed_but_a_new_session_can_be_made_in_it(tmp_path):
    """An empty file holds nothing to lose (older versions left one when
    killed during the first answer): resuming it says so, and a new session
    started with --db in it is made whole there."""
    db = tmp_path / "s.sqlite"
    db.write_bytes(b"")
    r = run_cli("assess", "--plain", "--resume", "--db", str(db), input="yes\n")
    assert r.returncode == 2
    assert "is empty, not a senrules session (it holds no answers; a new session can be started in it with --db" in r.stderr
    assert db.read_bytes() == b""
    r = run_cli("assess", "--plain", "--ruleset", "example", "--db", str(db), input="yes\n")
    assert r.returncode == 0, r.stderr
    assert [(f, v) for f, _, v, _ in answers_in(db)] == [("programmes_monitored", "true")]


def test_a_foreign_database_is_reported_and_never_written(tmp_path):
    db = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = db.read_bytes()
    r = run_cli("assess", "--plain", "--resume", "--db", str(db))
    assert r.returncode == 2
    assert "is an SQLite database but not a senrules session (its tables: invoices)" in r.stderr
    assert db.read_bytes() == before


def test_export_writes_report_plan_and_json(tmp_path):
    db = tmp_path / "s.sqlite"
    out_dir = tmp_path / "out"
    lines = ["yes", "13", "often", "2024-03-01", "no", "2024-05-10", "60", "80", "2019"]
    r = run_cli(
        "assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--db", str(db), "--export", str(out_dir),
        input="\n".join(lines) + "\n",
    )
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["action-plan.csv", "action-plan.xlsx", "grades.csv", "result.json", "self-evaluation.docx",
                     "self-evaluation.html", "self-evaluation.md"]
    md = (out_dir / "self-evaluation.md").read_text()
    assert md.startswith("# Self-evaluation: Testshire Outreach Service\n\n## Summary")
    assert "## Grades and reasons" in md and "## Action plan" in md and "## Three-year trends" in md
    assert "## How the vague words were read (parameters used)" in md
    assert "tabular, svc/service-data.csv, row" in md  # provenance of the data
    assert "| 'the majority of CYP' (majority_of_cyp) | 50% | the ruleset's default |" in md
    html = (out_dir / "self-evaluation.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") == html.count("<figure>") >= 1
    re = __import__("re")
    words = md.split("## How the vague words")[0]  # the parameters table names each parameter once
    words = re.sub(r"\(from [^)]*\)|\(parameter \w+\)", "", words)  # provenance (file names); a parameter is named once
    assert "cyp_progress_rate" not in html and not re.search(r">=|<=|==|share\(|count\(|\botherwise\b|\b[a-z]+_[a-z_]+\b", words)
    raw = (out_dir / "action-plan.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark, so Excel reads UTF-8
    assert raw.decode("utf-8-sig").splitlines()[0] == (
        "Area of practice that needs improving,Action needed to make improvement,Who needs to be involved?,By when?,"
        "How will we know we have achieved this?,How and when will we evaluate this?,Status"
    )
    assert (out_dir / "self-evaluation.md").stat().st_mode & 0o077 == 0  # answers and notes: the owner's only
    result = json.loads((out_dir / "result.json").read_text())
    assert result["ruleset"]["id"] == "example" and result["schema_version"] == 1
    assert result["verdicts"]["S1.1"] == "met"
    from openpyxl import load_workbook

    ws = load_workbook(out_dir / "action-plan.xlsx").active
    assert ws.cell(1, 1).value == "Area of practice that needs improving"


def test_the_assistant_module_is_not_needed_by_the_library():
    code = "import sys, senrules, senrules.cli; print('senrules_tui' in sys.modules, 'textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_plain_mode_does_not_import_textual(tmp_path):
    code = (
        "import sys\nfrom senrules.cli import main\n"
        f"main(['assess', '--plain', '--ruleset', 'example', '--date', '{DATE}', '--db', {str(tmp_path / 's.sqlite')!r}])\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, input="", cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_proposal_check_talks_through_the_failing_factors(tmp_path):
    doc = ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md"
    r = run_cli("proposal", "--plain", str(doc), input="/report\n/quit\n")
    # what-ifs on what the document is silent on; the hope it states is quoted, never asked again
    kelby = ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt"
    what_if = run_cli("proposal", "--plain", str(kelby), input="yes\nyes\n/report\n")
    assert "Specify the transport arrangements (iii): not met / met" in what_if.stdout
    assert "Overall as written: not credible; with your answers: credible." in what_if.stdout
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "I read 03-eastvale-hoped-for-places.md" in out
    assert "Clearly state arrangements for alternative provision (ii): not met as written" in out
    assert "From your document:" in out and "line 25: “We hope to find places" in out
    assert "What to add or change:" in out
    # then what-ifs on what the document is silent on for the failing factor; never what it answers
    # filed under the factor it serves, by its words, its numeral after them (said once)
    assert re.search(r"Question 1 of 3 · about \d+ min left · Clearly state arrangements for alternative provision \(ii\): ", out)
    assert "Have the host or alternative schools confirmed in writing" in out
    assert "Will any pupil have to move to other provision" not in out  # the document says so (line 3)
    assert "Is any of the alternative provision only hoped for or intended" not in out  # the document says so (line 25)
    # /report before any answer: the document as written, one column, and why
    assert "The Test, factor by factor (as written):" in out and "with your answers" not in out
    assert "Overall as written: not credible. No question has been answered yet, so this is the document as written." in out
    # the one-shot check is unchanged
    check = run_cli("proposal", "check", str(doc))
    assert check.returncode == 1 and "Traceback" not in check.stderr


def test_a_proposal_answer_names_the_factors_and_the_overall_it_changed_not_the_rules_groups(tmp_path):
    """The person is shown the factors and the overall finding; the rules'
    groups of factors ("Key factors", "LAs should also") only repeat the
    overall, so "Changed:" leaves them out."""
    doc = ROOT / "examples" / "proposals" / "07-barrowdale-no-providers-statement.txt"
    r = run_cli("proposal", "--plain", str(doc), "--db", str(tmp_path / "p.sqlite"), input="yes\n/quit\n")
    assert r.returncode == 0, r.stderr
    assert ("Changed: Obtain a written statement (i) from unclear to met; Overall from not credible to credible.\n"
            in r.stdout)
    assert "Key factors from" not in r.stdout and "LAs should also" not in r.stdout


def test_help_in_a_proposal_check_lists_what_works_there(tmp_path):
    """A proposal check has no action plan, raters, case export, yearly
    figures or benchmarks: /help does not offer them, they say so when typed,
    and /evidence says the facts were read from the document (there is no
    data folder to miss)."""
    doc = ROOT / "examples" / "proposals" / "04-riverside-semh-closure-into-pru.md"
    r = run_cli("proposal", "--plain", str(doc), "--db", str(tmp_path / "p.sqlite"),
                input="/help\n/plan\n/evidence\n/goto para23\n/quit\n")
    assert r.returncode == 0, r.stderr
    helped = r.stdout.split("> /help\n", 1)[1].split("\n> ", 1)[0]
    for name in ("/plan", "/compare", "/cases", "/case", "/trends", "/benchmarks", "S5", "S3"):
        assert name not in helped, name
    assert "- /explain: /explain ii: a key factor's verdict and its reasons" in helped
    assert "- /goto: /goto ii: jump to a key factor's questions" in helped
    assert "/plan is for a self-evaluation; a proposal check has nothing for it." in r.stdout
    assert "No data folder was given" not in r.stdout
    assert "From 04-riverside-semh-closure-into-pru.md I read 30 facts, each with the line it is on" in r.stdout
    # /goto a factor goes to that factor, not to the paragraph of the Test it is in
    assert "Now Any pupils displaced as a result of the closure of a BESD\u2026 (para23): 2 questions." in r.stdout


def test_a_proposal_with_nothing_to_ask_reports_it_as_written_only(tmp_path):
    """Nothing was asked, so a "with your answers" column would only repeat
    the "as written" one: the report leaves it out."""
    doc = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"
    r = run_cli("proposal", "--plain", str(doc), input="/report\n/quit\n")
    assert r.returncode == 0, r.stderr
    assert "there is nothing to ask" in r.stdout
    assert "with your answers" not in r.stdout
    report = r.stdout.split("> /report\n", 1)[1]
    assert report.startswith("The Test, factor by factor (as written):\nImproved access to education and associated services (a): met\n")
    assert "Overall as written: credible.\n" in report


def test_an_answer_the_test_does_not_accept_is_refused(tmp_path):
    doc = ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md"
    r = run_cli("proposal", "--plain", str(doc), input="yes, we hope so\nno\n")
    assert r.returncode == 0, r.stderr
    assert "\u201chope\u201d is a hope or an intention, not an arrangement: the Test does not accept it" in r.stdout
    assert "Noted: no." in r.stdout and "Noted: yes" not in r.stdout
    pinewood = ROOT / "tests" / "data" / "proposals" / "dev" / "09-pinewood-semh-pru-no-length.md"
    r = run_cli("proposal", "--plain", str(pinewood), input="permanently\n6\n")
    assert "\u201cpermanently\u201d is what para 23 rules out" in r.stdout
    assert "Noted: 6 weeks." in r.stdout and "Any pupils displaced as a result of the closure of a BESD\u2026 (para23) from unclear to met" in r.stdout


def test_a_proposal_check_is_resumed_and_reads_the_document_again(tmp_path):
    doc = tmp_path / "eastvale.md"
    doc.write_text((ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = run_cli("proposal", "--plain", str(doc), input="yes\n")
    assert first.returncode == 0, first.stderr
    assert "senrules proposal --resume continues" in first.stdout
    assert "Continue later with: senrules proposal --resume --db " in first.stdout
    db = Path(first.stdout.rsplit("--db ", 1)[1].strip())

    again = run_cli("proposal", "--plain", "--resume", input="/why\n/report\n")
    assert again.returncode == 0, again.stderr
    assert "is not met on what I know so far; your answer may change that." in again.stdout  # a what-if, not "still open"
    assert again.stdout.startswith("Welcome back. This proposal check is saved in") and "it holds 1 answer," in again.stdout
    assert "has changed" not in again.stdout
    assert re.match(r"Question 2 of 3 · about \d+ min left · Clearly state arrangements for alternative provision \(ii\)", questions(again.stdout)[0])
    assert len(answers_in(db)) == 1

    # the document is edited and moved: name it again, and it is read afresh
    moved = tmp_path / "eastvale-v2.md"
    moved.write_text(doc.read_text(encoding="utf-8") + "\nA further paragraph.\n", encoding="utf-8")
    doc.unlink()
    lost = run_cli("proposal", "--plain", "--resume", "--db", str(db))
    assert lost.returncode == 2 and "is not there any more" in lost.stderr and "Traceback" not in lost.stderr
    found = run_cli("proposal", "--plain", "--resume", "--db", str(db), str(moved))
    assert found.returncode == 0, found.stderr
    assert "The document has changed since the session began" in found.stdout and "I read eastvale-v2.md" in found.stdout
    listed = run_cli("assess", "--sessions")
    assert "proposal check of eastvale-v2.md (1 answer)" in listed.stdout
    assert f"    senrules proposal --resume --db {db}" in listed.stdout.splitlines()


def printed_command(line: str, after: str) -> list[str]:
    """The arguments of the `senrules` command printed in ``line`` after ``after``."""
    import shlex

    words = shlex.split(line.split(after, 1)[1].split(")")[0])
    assert words[0] == "senrules", line
    return words[1:]


def test_a_proposal_check_with_nothing_to_ask_promises_no_session_and_its_commands_work(tmp_path):
    doc = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"  # credible: every factor met
    r = run_cli("proposal", "--plain", str(doc), input="/quit\n")
    assert r.returncode == 0, r.stderr
    assert "Question " not in r.stdout and "--resume" not in r.stdout and "saved in" not in r.stdout
    assert "The document leaves nothing open that an answer could change, so there is nothing to ask." in r.stdout
    last = r.stdout.splitlines()[-1]
    assert last.startswith("Nothing was answered, so no session file was written. Check the document again with: ")
    again = run_cli(*printed_command(last, "again with: "), "--plain")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("I read 01-fernside-meets-the-test.md")
    hint = next(line for line in r.stdout.splitlines() if line.startswith("Run the check again whenever the document changes"))
    check = run_cli(*printed_command(hint, "("))
    assert check.returncode == 0, check.stderr
    assert "01-fernside-meets-the-test.md" in check.stdout


def test_quitting_a_proposal_check_before_the_first_answer_says_how_to_begin_again(tmp_path):
    doc = ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md"  # two questions
    r = run_cli("proposal", "--plain", str(doc), input="/quit\n")
    assert r.returncode == 0, r.stderr
    assert "Your answers are saved in" in r.stdout  # there is something to answer
    last = r.stdout.splitlines()[-1]
    assert last.startswith("Nothing was answered, so no session file was written. Check the document again with: ")
    again = run_cli(*printed_command(last, "again with: "), "--plain", input="yes\n")
    assert again.returncode == 0, again.stderr
    assert "Saved (1 answer). Continue later with: senrules proposal --resume --db " in again.stdout
    resumed = run_cli(*printed_command(again.stdout.splitlines()[-1], "Continue later with: "), "--plain")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith("Welcome back. This proposal check is saved in")


def test_a_session_is_only_continued_by_its_own_command(tmp_path):
    doc = ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md"
    first = run_cli("proposal", "--plain", str(doc), input="yes\n")
    db = first.stdout.rsplit("--db ", 1)[1].strip()
    nothing = run_cli("assess", "--plain", "--resume")  # the only session is a proposal check
    assert nothing.returncode == 2 and "there is no self-evaluation to resume" in nothing.stderr
    wrong = run_cli("assess", "--plain", "--resume", "--db", db)
    assert wrong.returncode == 2
    assert f"holds a proposal check; continue it with `senrules proposal --resume --db {db}`" in wrong.stderr
    other = run_cli("proposal", "--plain", "--resume", str(ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"))
    assert other.returncode == 2 and "there is no proposal check of" in other.stderr
    assert len(answers_in(Path(db))) == 1


def test_the_proposal_check_asks_for_a_document_when_none_is_named(tmp_path):
    doc = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"
    r = run_cli("proposal", "--plain", input=f"{doc}\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Which proposal or consultation document?")
    assert "I read 01-fernside-meets-the-test.md" in r.stdout
    missing = run_cli("proposal", "--plain", str(tmp_path / "nope.md"))
    assert missing.returncode == 2 and "nope.md" in missing.stderr and "Traceback" not in missing.stderr


def test_the_full_screen_assistant_needs_a_terminal():
    r = run_cli("assess", "--ruleset", "example")  # stdin and stdout are pipes here
    assert r.returncode == 2 and "needs a terminal; use --plain" in r.stderr
    bare = run_cli("proposal")  # still a usage error, as before
    assert bare.returncode == 2 and "senrules proposal check FILE" in bare.stderr


def test_ctrl_c_saves_and_says_how_to_continue(tmp_path):
    db = tmp_path / "s.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "senrules.cli", "assess", "--plain", "--ruleset", "example", "--date", DATE, "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ),
    )
    try:
        deadline = time.monotonic() + 60
        _read_until(proc, "Question 1 of", deadline)
        proc.stdin.write("yes\n")
        proc.stdin.flush()
        _read_until(proc, "Question 2 of", deadline)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert "Saved (1 answer). Continue later with: senrules assess --resume --db" in out
    assert "Traceback" not in err
    assert [a[:3] for a in answers_in(db)] == [("programmes_monitored", None, "true")]


def _read_until(proc, prefix: str, deadline: float) -> str:
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the process ended before {prefix!r}: {proc.stderr.read()}")
        if line.startswith(prefix):
            return line
    raise AssertionError(f"no {prefix!r} in time")


def test_a_proposal_check_kept_with_db_names_the_command_that_continues_it(tmp_path):
    doc = tmp_path / "eastvale.md"
    doc.write_text((ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md").read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "kept" / "eastvale-check.sqlite"
    db.parent.mkdir()
    first = run_cli("proposal", "--plain", str(doc), "--db", str(db), input="yes\n")
    assert first.returncode == 0, first.stderr
    assert f"senrules proposal --resume --db {db} continues" in first.stdout
    assert "senrules proposal --resume continues" not in first.stdout  # it would not find this file

    again = run_cli("proposal", "--plain", "--resume", "--db", str(db), input="/report\n")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Welcome back.") and "it holds 1 answer," in again.stdout


def test_export_in_a_proposal_check_writes_the_check_not_an_action_plan(tmp_path):
    """A proposal check has no action plan: /help says what /export writes
    for it, and it writes the check (as written and with the answers) and
    the JSON result, and no self-evaluation or action plan files."""
    doc = ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt"
    out = tmp_path / "out"
    r = run_cli("proposal", "--plain", str(doc), "--db", str(tmp_path / "p.sqlite"),
                input=f"yes\n/help\n/export {out}\n/quit\n")
    assert r.returncode == 0, r.stderr
    helped = r.stdout.split("> /help\n", 1)[1].split("\n> ", 1)[0]
    export_line = next(line for line in helped.splitlines() if line.startswith("- /export:"))
    assert "action plan" not in export_line and "check of the document" in export_line
    assert sorted(p.name for p in out.iterdir()) == ["proposal-check.json", "proposal-check.md", "result.json"]
    md = (out / "proposal-check.md").read_text(encoding="utf-8")
    assert "| Specify the transport arrangements (iii) | not met | unclear |" in md
    assert "Action plan" not in md


@pytest.mark.parametrize("typed, farewell, welcome", [
    ("/plan edit 1 who = Team leader\n", "Nothing was answered; your edits to the action plan are saved.",
     "it holds 0 answers and your edits to the action plan, and nothing you typed was lost."),
    ("/skip\n/plan edit 1 who = Team leader\n",
     "Nothing was answered; the questions you skipped and your edits to the action plan are saved.",
     "it holds 0 answers and your edits to the action plan, and nothing you typed was lost."),
    ("/skip\n", "Nothing was answered; the questions you skipped are saved.", "it holds 0 answers, and nothing you typed was lost."),
    ("no\n/plan edit 1 who = Team leader\n", "Saved (1 answer and your edits to the action plan).",
     "it holds 1 answer and your edits to the action plan, and nothing you typed was lost."),
    ("/plan edit 1 who = Team leader\n/plan reset\n", "Nothing was answered yet.", "it holds 0 answers, and nothing you typed was lost."),
])
def test_leaving_says_what_the_session_file_holds(tmp_path, typed, farewell, welcome):
    """The file is written at the first answer, skip or plan edit; leaving
    names what it holds (never answers or skips that were not given), and
    coming back says the same."""
    db = tmp_path / "s.sqlite"
    args = ("assess", "--plain", "--ruleset", "example", "--data", str(SVC), "--date", "2024-09-30")
    r = run_cli(*args, "--db", str(db), input=typed + "/quit\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == f"{farewell} Continue later with: senrules assess --resume --db {db}"
    again = run_cli("assess", "--plain", "--resume", "--db", str(db), input="/quit\n")
    assert again.returncode == 0, again.stderr
    assert f"Welcome back. This session is saved in {db}; {welcome}" in again.stdout


@pytest.mark.parametrize("command, typed", [
    (("proposal", "--plain", str(ROOT / "examples" / "proposals" / "04-riverside-semh-closure-into-pru.md")), "/goto ii\n"),
    (("assess", "--plain", "--ruleset", "example"), "/goto S6\n"),
])
def test_moving_about_without_answering_writes_no_session_file(tmp_path, command, typed):
    """A /goto is no answer: quitting after only that says "Nothing was
    answered" and no session file is left (the file is written at the first
    answer or skip, with the moves made before it)."""
    db = tmp_path / "s.sqlite"
    r = run_cli(*command, "--db", str(db), input=typed + "/quit\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1].startswith("Nothing was answered, so no session file was written.")
    assert "Saved (0 answers)" not in r.stdout
    assert not db.exists()


def test_quitting_after_only_a_skip_says_nothing_was_answered_and_the_skip_is_kept(tmp_path):
    db = tmp_path / "s.sqlite"
    r = run_cli("assess", "--plain", "--ruleset", "example", "--db", str(db), input="/goto S6\nskip\n/quit\n")
    assert r.returncode == 0, r.stderr
    last = r.stdout.splitlines()[-1]
    assert last.startswith("Nothing was answered; the questions you skipped are saved. Continue later with: senrules assess ")
    assert "Saved (0 answers)" not in r.stdout and db.exists()
