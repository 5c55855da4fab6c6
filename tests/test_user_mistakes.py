"""Mistakes a new user makes on the command line, and what they are told:
the place, what was expected, and the likely fix (found by trying the tool
from its documentation alone, 2026-12-03)."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from senrules import cli


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:
            code = exit_.code
    return code, out.getvalue()


@pytest.mark.parametrize(("given", "meant"), [("30/09/2024", "2024-09-30"), ("1.9.2024", "2024-09-01"),
                                              ("2024-9-30", "2024-09-30"), ("2024/09/30", "2024-09-30")])
def test_a_date_written_another_common_way_is_refused_with_its_iso_form(given, meant):
    code, out = run("evaluate", "example", "--demo", "--date", given)
    assert (code, out) == (2, f"senrules: error: evaluation date `{given}` is not a date (YYYY-MM-DD); did you mean {meant}?\n")


@pytest.mark.parametrize("given", ["31/02/2024", "tomorrow", "2024"])
def test_a_date_that_is_no_date_at_all_gets_no_guess(given):
    code, out = run("evaluate", "example", "--demo", "--date", given)
    assert (code, out) == (2, f"senrules: error: evaluation date `{given}` is not a date (YYYY-MM-DD)\n")


def test_a_facts_file_with_day_first_dates_is_told_the_iso_form(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.json").write_text(json.dumps({"evaluation_date": "01/09/2024", "facts": {}}), encoding="utf-8")
    (tmp_path / "b.json").write_text('{"facts": {\n  "plan_reviewed_on": "01/03/2024"}}', encoding="utf-8")
    assert run("evaluate", "example", "--facts", "a.json") == (
        2, "senrules: error: a.json: evaluation_date `01/09/2024` is not a date (YYYY-MM-DD); did you mean 2024-09-01?\n")
    assert run("evaluate", "example", "--facts", "b.json") == (
        2, 'senrules: error: b.json, line 2: fact `plan_reviewed_on`: "01/03/2024" is not a date (YYYY-MM-DD); '
           "did you mean 2024-03-01?\n")


def test_a_parameter_value_given_as_a_parameter_set_says_how_to_give_it():
    # `--parameter` is taken by argparse as a prefix of `--parameter-set`
    code, out = run("evaluate", "dcsf-2008", "--demo", "--parameter", "most_areas=80")
    assert (code, out) == (2, "senrules: error: no plugin offers a parameter set `most_areas=80` for ruleset dcsf-2008; "
                              "`most_areas=80` looks like a parameter's value, not a set's name: write "
                              "`most_areas = 80` in a parameters file and give it with --params FILE\n")


def test_an_id_in_the_wrong_case_is_suggested_in_the_right_one():
    code, out = run("evaluate", "DCSF-2008", "--demo")
    assert code == 2 and out.startswith("senrules: error: no ruleset or rule file called `DCSF-2008`; did you mean `dcsf-2008`? (")
    code, out = run("explain", "dcsf-2008", "s1.2", "--demo")
    assert (code, out) == (2, "senrules: error: `s1.2` is not a criterion, standard or section of dcsf-2008; did you mean `S1.2`?\n")


def test_a_rule_folder_that_does_not_exist_is_named_as_a_path_not_as_an_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("fmt", "--diff", "my-rules/") == (
        2, f"senrules: error: no rule file or folder `my-rules/`: it does not exist in {tmp_path}\n")
    assert run("check", "review.rules") == (
        2, f"senrules: error: no rule file or folder `review.rules`: it does not exist in {tmp_path}\n")


def test_a_report_for_a_director_names_the_service_its_evidence_names(tmp_path, monkeypatch):
    """Found trying the tool: the HTML report of `--data northshire` was
    titled "Self-evaluation", though the data folder names its service."""
    monkeypatch.chdir(tmp_path)
    code, out = run("evaluate", "dcsf-2008", "--data", "northshire", "--format", "html", "--output", "r.html")
    assert code == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<title>Self-evaluation: Northshire Sensory Support Service</title>" in html
    code, out = run("evaluate", "dcsf-2008", "--data", "northshire", "--service", "Other", "--format", "markdown")
    assert (code, out.splitlines()[0]) == (0, "# Self-evaluation: Other")  # --service chooses, and names it


def test_demo_facts_asked_of_a_ruleset_whose_demo_is_a_data_folder_names_the_folder():
    code, out = run("evaluate", "sen-policy-2014", "--demo")
    assert (code, out) == (2, "senrules: error: ruleset sen-policy-2014 has no bundled demo facts; "
                              "its bundled demo is a data folder: --data school-documents\n")


def test_senrules_proposal_help_shows_both_forms():
    code, out = run("proposal", "--help")
    assert code == 0
    assert out.startswith("usage: senrules proposal check FILE [--format text|markdown|json]")
    assert "       senrules proposal FILE [--plain] [--db PATH] [--resume]" in out
    assert "`senrules proposal FILE --help` lists its options" in out
    code, out = run("proposal", "plan.md", "--help")  # the conversation's options, under the form a person types
    assert code == 0 and out.startswith("usage: senrules proposal [FILE] [--plain] [--db PATH] [--resume]")
    assert "talk" not in out and "--resume" in out and "the latest one (of FILE, when given)" in " ".join(out.split())
    code, out = run("proposal")
    assert code == 2 and out.endswith(
        "error: say `senrules proposal check FILE`, or `senrules proposal FILE` for the assistant\n")


def test_a_comma_after_the_last_item_of_a_facts_file_is_pointed_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.json").write_text('{"facts": {\n  "programmes_monitored": true,\n  "monitoring_interval": 26,\n}}\n',
                                     encoding="utf-8")
    assert run("evaluate", "example", "--facts", "f.json") == (
        2, "senrules: error: f.json, line 4, column 1: not valid JSON (Expecting property name enclosed in double "
           "quotes); is there a comma before this `}`? JSON allows none after the last item\n")


def test_a_misspelt_manifest_section_header_gets_a_hint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "svc").mkdir()
    (tmp_path / "svc" / "senrules-data.toml").write_text(
        '[[tabluar]]\nfile = "a.csv"\n[tabular.columns]\n"CYP" = "cyp_supported"\n\n'
        '[[tabular]]\nfile = "b.csv"\n', encoding="utf-8")
    code, out = run("evaluate", "example", "--data", "svc")
    assert code == 2
    assert out == ("senrules: error: svc/senrules-data.toml: not valid TOML (Cannot overwrite a value (at line 6, "
                   "column 10)); a section is given twice: check the spelling of the `[[...]]` headers above, and "
                   "that each `[name.columns]` follows a `[[name]]` of the same name\n")


@pytest.mark.parametrize(("content", "said"), [
    (b"# Proposal\n\nWe will open a resourced provision.\n", "is text, not a Word document (a Markdown or text file "
                                                         "renamed?): rename it .md or .txt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "is an old Word 97-2003 document, not .docx: open it and save "
                                                      "it as .docx"),
    (bytes(range(256)) * 8, "the Word document is damaged (not a valid .docx zip file)"),
])
def test_a_proposal_that_is_not_a_word_document_says_what_it_is(content, said, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.docx").write_bytes(content)
    assert run("proposal", "check", "plan.docx") == (2, f"senrules: error: plan.docx: {said}\n")


def test_a_case_export_without_a_column_its_manifest_names_says_so(tmp_path, monkeypatch):
    """Found trying the tool: a misspelt header in an EHC export left every
    case's request date unknown without a word."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ehc").mkdir()
    (tmp_path / "ehc" / "senrules-data.toml").write_text(
        'evaluation_date = 2024-08-31\n[[cases]]\nfile = "cases.csv"\nid_column = "Case ref"\n'
        '[cases.columns]\n"Request received" = "request_date"\n"Decision sent" = "decision_date"\n', encoding="utf-8")
    (tmp_path / "ehc" / "cases.csv").write_text("Case ref,Request recieved,Decision sent\nC1,2024-01-08,2024-02-12\n",
                                                encoding="utf-8")
    code, out = run("cases", "ehc-timescales-2014", "--data", "ehc")
    assert code == 0
    assert out.splitlines()[:2] == [
        "senrules: 1 problem with the cases (the facts named stay unknown for those cases):",
        'error: cases: ehc/cases.csv, row 1: no column "Request received"; did you mean "Request recieved"? (the columns '
        'are "Case ref", "Request recieved", "Decision sent"); `request_date` stays unknown for every case '
        "(unknown: request_date)",
    ]


def test_an_audit_export_with_a_misspelt_area_says_which_area_it_meant(tmp_path, monkeypatch):
    """Found trying the tool: a misspelt area heading left that area 'not
    judged' for the rater, without a word."""
    import shutil

    from senrules.gather import data_folder

    shutil.copytree(data_folder("oakfield-audit"), tmp_path / "oa")
    parents = tmp_path / "oa" / "parental-parents.csv"
    text = parents.read_text(encoding="utf-8")
    parents.write_text(text.replace("Initial identification", "Initial identifcation", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = run("compare", "nasen-2014-parent-engagement", "--data", "oa")
    assert code == 0
    assert ('warning: audit: oa/parental-parents.csv, row 1, column "Initial identifcation": is not an area of practice '
            'of this ruleset; did you mean "Initial identification"? Its answers are not counted '
            "(unknown: pe_initial_identification)") in out.splitlines()


def test_an_unclear_yes_or_no_answer_is_not_told_to_say_partly(tmp_path):
    """Found trying the assistant: "maybe" was answered "Answer yes, no,
    partly, ...", and "partly" was then refused for a yes-or-no question."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "senrules", "assess", "--plain", "--ruleset", "example", "--date",
                           "2024-09-30", "--db", str(tmp_path / "s.sqlite")], input="maybe\n", capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert ("I could not tell whether that means yes or no. Answer yes or no (what is partial can follow a dash: "
            "\u201cno - only in two teams\u201d), don't know, or skip.") in done.stdout.splitlines()


def test_a_misspelt_key_of_a_case_export_entry_is_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ehc").mkdir()
    (tmp_path / "ehc" / "senrules-data.toml").write_text(
        'evaluation_date = 2024-08-31\n[[cases]]\nfile = "cases.csv"\nblank_means_not_don = true\n'
        '[cases.columns]\n"Request received" = "request_date"\n', encoding="utf-8")
    (tmp_path / "ehc" / "cases.csv").write_text("Request received\n2024-01-08\n", encoding="utf-8")
    code, out = run("cases", "ehc-timescales-2014", "--data", "ehc")
    assert code == 0
    assert ("warning: cases: senrules-data.toml: [cases] entry 1 has `blank_means_not_don`, which is not read, so it is "
            "ignored; did you mean `blank_means_not_done`? (it reads file, sheet, id_column, blank_means_not_done, "
            "columns, happened, ruleset, rater)") in out.splitlines()
