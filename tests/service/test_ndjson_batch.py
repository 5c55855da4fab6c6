"""`senrules batch` (facts, and proposal documents) and `--facts -`: NDJSON in,
NDJSON out, a bad line reported by its number without stopping the rest."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

from service_helpers import ROOT, run, validate

CASES = [
    {"service": "A", "evaluation_date": "2024-09-01", "facts": {"programmes_monitored": True, "monitoring_interval": 13}},
    {"service": "B", "evaluation_date": "2024-09-01", "facts": {"programmes_monitored": True, "monitoring_interval": 26}},
]


def _ndjson(*lines) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def _records(stdout: str) -> list[dict]:
    records = [json.loads(line) for line in stdout.splitlines()]
    for r in records:
        validate(r, "batch-record")
    return records


def test_a_batch_gives_one_record_a_line_in_order_with_the_verdicts_of_each_case():
    out = run("batch", "example", input=_ndjson(*CASES))
    assert out.returncode == 0 and out.stderr == ""
    a, b = _records(out.stdout)
    assert (a["line"], a["service"], a["verdicts"]["S1.1"]) == (1, "A", "met")
    assert (b["line"], b["service"], b["verdicts"]["S1.1"]) == (2, "B", "partly_met")
    assert a["overall"] == "unknown" and a["evaluation_date"] == "2024-09-01"
    # the same verdicts as one evaluation at a time
    one = json.loads(run("evaluate", "example", "--facts", "-", "--format", "json", input=json.dumps(CASES[1])).stdout)
    assert b["verdicts"] == one["verdicts"]


def test_bad_lines_are_reported_by_number_and_the_rest_still_evaluated(tmp_path):
    source = tmp_path / "cases.ndjson"
    source.write_text(_ndjson(
        CASES[0],
        "",
        "{not json",
        {"facts": {"programmes_monitord": True}},
        {"facts": {"cyp_progress_rate": {"2024": 140}}},
        [1, 2],
        {"evaluation_date": "0001-01-01", "facts": {"cyp_progress_rate": {"1": 50}}},
        CASES[1],
    ), encoding="utf-8")
    out = run("batch", "example", str(source))
    assert out.returncode == 1
    records = _records(out.stdout)
    assert [r["line"] for r in records] == [1, 3, 4, 5, 6, 7, 8]
    assert [("error" in r) for r in records] == [False, True, True, True, True, True, False]
    assert records[-1]["verdicts"]["S1.1"] == "partly_met"
    at = f"senrules batch: {source}, "  # each message names the file, as the person named it
    assert out.stderr.splitlines() == [
        at + "line 3, column 2: not valid JSON (Expecting property name enclosed in double quotes)",
        at + "line 4: `programmes_monitord` is not a fact of this ruleset; did you mean `programmes_monitored`?",
        at + "line 5: fact `cyp_progress_rate` for 2024: 140 is outside 0-100, but it is a percentage",
        at + "line 6: expected a JSON object with `facts` (and optionally `evaluation_date`)",
        records[5]["error"]["message"].join([at, ""]),
    ]
    assert records[5]["error"]["message"].startswith("line 7: ") and "0001-01-01" in records[5]["error"]["message"]


def test_explain_gives_the_full_result_of_each_case_and_a_date_for_all():
    out = run("batch", "example", "--explain", "--date", "2024-09-01", input=_ndjson({"facts": CASES[0]["facts"]}))
    assert out.returncode == 0, out.stderr
    (record,) = _records(out.stdout)
    assert record["result"]["evaluation_date"] == "2024-09-01"
    assert record["result"]["verdicts"]["S1.1"] == "met"
    provenance = next(f for j in record["result"]["judgements"] if j["id"] == "S1.1" for f in j["facts"])["provenance"]
    assert provenance == ["batch line, line 1, record programmes_monitored"]


def test_a_line_can_override_parameters_and_a_bad_parameter_file_stops_everything(tmp_path):
    line = {"evaluation_date": "2024-09-01", "parameters": {"majority_of_cyp": 101}, "facts": {}}
    out = run("batch", "example", input=_ndjson(line))
    assert out.returncode == 1 and "outside" in out.stderr and "majority_of_cyp" in out.stderr
    params = tmp_path / "p.json"
    params.write_text('{"majority": 60}', encoding="utf-8")
    out = run("batch", "example", "--params", str(params), input=_ndjson(CASES[0]))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == f"senrules: error: {params}: `majority` is not a parameter of ruleset example; did you mean `majority_of_cyp`?\n"


def test_the_output_can_go_to_a_file_and_a_missing_input_is_an_error(tmp_path):
    source = tmp_path / "in.ndjson"
    source.write_text(_ndjson(*CASES), encoding="utf-8")
    target = tmp_path / "out.ndjson"
    out = run("batch", "example", "--no-progress", str(source), "--output", str(target))  # options anywhere
    assert out.returncode == 0 and out.stdout == ""
    assert len(_records(target.read_text(encoding="utf-8"))) == 2
    out = run("batch", "example", str(tmp_path / "missing.ndjson"))
    assert (out.returncode, out.stderr) == (2, f"senrules: error: {tmp_path / 'missing.ndjson'}: no such file\n")


def _run_with_terminal_stderr(args: list[str], stdin: str) -> tuple[int, str, bytes]:
    """Run with standard error on a pseudo-terminal, as in an interactive shell."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "senrules", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=slave)
    os.close(slave)
    out, _ = proc.communicate(stdin.encode(), timeout=300)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return proc.returncode, out.decode(), seen


def test_a_progress_bar_is_drawn_on_a_terminal_and_never_into_a_pipe(tmp_path):
    source = tmp_path / "many.ndjson"
    source.write_text(_ndjson(*(CASES * 300)), encoding="utf-8")
    code, out, terminal = _run_with_terminal_stderr(["batch", "example", str(source)], "")
    assert code == 0 and len(out.splitlines()) == 600
    assert b"600/600 lines (100%)" in terminal and b"\r" in terminal
    piped = run("batch", "example", str(source))
    assert piped.stderr == "" and piped.stdout == out
    code, _, terminal = _run_with_terminal_stderr(["batch", "example", str(source), "--no-progress"], "")
    assert code == 0 and terminal == b""


def test_facts_from_standard_input():
    out = run("evaluate", "example", "--facts", "-", "--brief", input=json.dumps(CASES[0]))
    assert out.returncode == 0, out.stderr
    assert "evaluated on 2024-09-01" in out.stdout
    out = run("explain", "example", "S1.1", "--facts", "-", input="{oops")
    assert (out.returncode, out.stderr) == (
        2, "senrules: error: <stdin>, line 1, column 2: not valid JSON (Expecting property name enclosed in double quotes)\n")
    out = run("evaluate", "example", "--facts", "-", input=json.dumps({"facts": {}, "parameters": {}}))
    assert out.returncode == 2
    assert "unexpected key `parameters`" in out.stderr


def test_batch_documents_checks_one_proposal_document_a_line(tmp_path):
    import base64

    doc = ROOT / "examples" / "proposals" / "01-fernside-meets-the-test.md"
    text = doc.read_text(encoding="utf-8")
    lines = _ndjson(
        {"filename": "fernside.md", "text": text},
        {"filename": "../../secret/plan.md", "base64": base64.b64encode(text.encode()).decode()},
        {"filename": "plan.pdf", "base64": base64.b64encode(b"%PDF-1.4 ...").decode()},
        {"filename": "x.md"},
    )
    out = run("batch", "sen-improvement-test-2007", "--documents", input=lines)
    assert out.returncode == 1
    records = _records(out.stdout)
    single = json.loads(run("proposal", "check", str(doc), "--format", "json").stdout)
    assert records[0]["report"]["factors"] == single["factors"] and records[0]["report"]["overall"] == single["overall"]
    assert records[1]["filename"] == "plan.md" and records[1]["report"]["document"]["path"] == "plan.md"
    assert records[2] == {"line": 3, "filename": "plan.pdf", "error": {
        "message": "line 3: plan.pdf: pdf files cannot be read; save the document as Word (.docx), Markdown or plain text"}}
    assert records[3]["error"]["message"] == "line 4: give the document as `text` or as `base64`, not both or neither"


def test_the_readme_batch_example_runs_clean():
    out = run("batch", "example", str(ROOT / "examples" / "batch" / "services.ndjson"))
    assert out.returncode == 0 and out.stderr == ""
    records = _records(out.stdout)
    assert [r["service"] for r in records] == [
        "Northshire Sensory Support Service (fictional)", "Eastvale Outreach Team (fictional)", "Westmoor Advisory Service (fictional)"]
    demo = json.loads(run("evaluate", "example", "--demo", "--format", "json").stdout)
    assert records[0]["verdicts"] == demo["verdicts"]


def test_documents_and_explain_do_not_mix():
    out = run("batch", "sen-improvement-test-2007", "--documents", "--explain", input="")
    assert (out.returncode, out.stderr) == (
        2, "senrules: error: --documents checks each document as `senrules proposal check` does: --explain and --date do not apply\n")
