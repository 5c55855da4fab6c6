"""`senrules proposal check FILE`: formats, exit codes, golden reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pathlib import Path

from senrules.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "proposals"
GOLDEN = ROOT / "tests" / "data" / "proposals" / "golden"

FACTORS = ["a", "b", "c", "d", "i", "ii", "iii", "iv", "para23"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_0_when_credible_and_1_when_not(capsys, examples):
    assert run(capsys, "proposal", "check", str(examples["01-fernside-meets-the-test.md"]))[0] == 0
    assert run(capsys, "proposal", "check", str(examples["09-fernside-variant-word.docx"]))[0] == 0
    assert run(capsys, "proposal", "check", str(examples["03-eastvale-hoped-for-places.md"]))[0] == 1
    assert run(capsys, "proposal", "check", str(examples["05-kelby-no-transport.txt"]))[0] == 1


def test_json_has_every_factor_with_verdict_and_evidence(capsys, examples):
    code, out, _ = run(capsys, "proposal", "check", str(examples["04-riverside-semh-closure-into-pru.md"]), "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["credible"] is False and data["overall"] == "not_credible"
    assert list(data["factors"]) == FACTORS
    for ident, f in data["factors"].items():
        assert f["verdict"] in ("met", "unclear", "not_met", "not_applicable"), ident
        assert isinstance(f["evidence"], list)
        for q in f["evidence"]:
            assert q["line"] >= 1 and q["location"] == f"line {q['line']}" and q["quote"]
    assert data["factors"]["para23"]["verdict"] == "not_met"
    assert data["ruleset"]["id"] == "sen-improvement-test-2007"
    assert data["parameters"] == {"long_term_pru_weeks": 13, "pru_dates_tolerance_weeks": 4}


def test_json_for_word_gives_paragraph_numbers(capsys, examples):
    _, out, _ = run(capsys, "proposal", "check", str(examples["09-fernside-variant-word.docx"]), "--format", "json")
    data = json.loads(out)
    assert data["credible"] is True
    quotes = [q for f in data["factors"].values() for q in f["evidence"]]
    assert quotes and all("paragraph" in q and q["location"].startswith("paragraph ") for q in quotes)


def test_markdown_report(capsys, examples):
    code, out, _ = run(capsys, "proposal", "check", str(examples["06-southholm-missing-funding-and-staffing.md"]), "--format", "markdown")
    assert code == 1
    assert out.startswith("# SEN Improvement Test: proposal check\n")
    assert "## (iv) Specify how the proposals will be funded and the planned staffing arrangements: NOT MET" in out
    assert "**To add or change:**" in out
    assert "## Finding for the decision maker (DfES 2007, para 25)" in out


def test_parameters_file(capsys, examples, tmp_path):
    params = tmp_path / "p.toml"
    params.write_text("long_term_pru_weeks = 4\n")
    code, out, _ = run(capsys, "proposal", "check", str(examples["10-oakhurst-semh-closure-done-right.md"]), "--params", str(params), "--format", "json")
    assert code == 1 and json.loads(out)["factors"]["para23"]["verdict"] == "not_met"


@pytest.mark.parametrize("make", ["missing", "binary", "corrupt-docx", "folder", "doc"])
def test_unreadable_input_exits_2_with_one_line(capsys, tmp_path, make):
    path = tmp_path / {"missing": "nope.md", "binary": "x.txt", "corrupt-docx": "x.docx", "folder": "dir", "doc": "x.doc"}[make]
    if make == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif make == "corrupt-docx":
        path.write_bytes(b"PK\x03\x04garbage")
    elif make == "folder":
        path.mkdir()
    elif make == "doc":
        path.write_bytes(b"\xd0\xcf\x11\xe0")
    code, out, err = run(capsys, "proposal", "check", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("senrules: error: ") and "Traceback" not in err


def test_proposal_without_a_subcommand_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["proposal"])
    assert exit_.value.code == 2


def test_the_command_runs_as_a_program(examples):
    r = subprocess.run(
        [sys.executable, "-m", "senrules.cli", "proposal", "check", str(examples["02-northmoor-vague-benefits.md"])],
        capture_output=True, text=True,
    )
    assert r.returncode == 1 and "(a) Improved access to education and associated services: UNCLEAR" in r.stdout and r.stderr == ""


@pytest.mark.parametrize("name", ["01-fernside-meets-the-test.md", "03-eastvale-hoped-for-places.md"])
def test_golden_text_report(capsys, monkeypatch, name):
    """The text report, word for word.  Regenerate with SENRULES_UPDATE_GOLDEN=1."""
    monkeypatch.chdir(EXAMPLES)
    _, out, _ = run(capsys, "proposal", "check", name)
    golden = GOLDEN / (name.rsplit(".", 1)[0] + ".txt")
    if os.environ.get("SENRULES_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_json_validates_against_the_versioned_schema(capsys, examples):
    """Every example's JSON result validates against the schema file it names."""
    jsonschema = pytest.importorskip("jsonschema")
    from senrules_proposals.report import SCHEMA, SCHEMA_FILE

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$id"] == SCHEMA and schema["properties"]["schema_version"]["const"] == 2
    jsonschema.Draft202012Validator.check_schema(schema)
    for name, path in examples.items():
        _, out, _ = run(capsys, "proposal", "check", str(path), "--format", "json")
        data = json.loads(out)
        assert data["$schema"] == SCHEMA and data["schema_version"] == 2
        jsonschema.validate(data, schema)
