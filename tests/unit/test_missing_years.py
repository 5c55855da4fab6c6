"""An unknown verdict names the years a per-year fact lacks: the year
evaluated, and the earlier years its clauses read through the year functions
(`previous`, `change`, `improving`, `declining`, `mean`, `lowest`, `highest`),
in the result, the JSON, the text and Markdown reports and on the command
line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from senrules.report import render_markdown, render_text

DATE = "2024-09-01"
ROOT = Path(__file__).resolve().parents[2]

YEARS = """
parameter span: integer = 3 { doc "years" range 1 .. 10 }
fact x: percentage per year { question "x?" }
fact y: percentage per year { question "y?" }
fact z: percentage per year { question "z?" }
fact w: percentage per year { question "w?" }
fact flag: boolean { question "flag?" }
section s "Section" {
  standard S1 "Standard one" {
    criterion C1 "Consistently above half" { met when lowest(x, 3) > 50  not_met otherwise }
    criterion C2 "Rising" { met when previous(y, 1) < y  not_met otherwise }
    criterion C3 "Above half on average" { met when mean(z, span) > 50  not_met otherwise }
    criterion C4 "Above half last year" { met when previous(w) > 50 and flag  not_met otherwise }
    grade { good when count(criteria is met) == count(criteria)  inadequate otherwise }
  }
  grade { good when S1 is good  inadequate otherwise }
}
"""

FACTS = {
    "x": {2022: 70, 2024: 60},
    "y": {2024: 60},
    "z": {2023: 60, 2024: 60},
    "w": {2024: 60},
    "flag": True,
}


def _missing(result, ident):
    j = result.judgement(ident)
    return j.missing, dict(j.missing_years)


def test_the_years_a_window_lacks_are_named(rules):
    result = rules(YEARS).evaluate(FACTS, evaluation_date=DATE)
    assert _missing(result, "C1") == (("x",), {"x": (2023,)})
    assert _missing(result, "C2") == (("y",), {"y": (2023,)})
    assert _missing(result, "C3") == (("z",), {"z": (2022,)})  # span = 3 by default
    # previous(w) reads last year only: this year's value is there, but not needed
    assert _missing(result, "C4") == (("w",), {"w": (2023,)})
    assert result.judgement("C1").would_change == ("evidence for: x (2023)",)
    assert result.judgement("C1").missing_described() == ("x (2023)",)
    # a standard names its undecided criteria, not their years
    assert _missing(result, "S1") == (("C1", "C2", "C3", "C4"), {})


def test_the_years_of_a_parameter_are_its_value_in_this_evaluation(rules):
    rs = rules(YEARS)
    result = rs.evaluate(FACTS, evaluation_date=DATE, parameters={"span": 5})
    assert _missing(result, "C3") == (("z",), {"z": (2020, 2021, 2022)})
    assert result.judgement("C3").would_change == ("evidence for: z (2020-2022)",)
    result = rs.evaluate(FACTS, evaluation_date=DATE, parameters={"span": 2})
    assert result.verdict("C3") == "met"
    assert _missing(result, "C3") == ((), {})


def test_a_fact_missing_altogether_lacks_every_year_read(rules):
    result = rules(YEARS).evaluate({}, evaluation_date=DATE)
    assert dict(result.judgement("C1").missing_years) == {"x": (2022, 2023, 2024)}
    assert dict(result.judgement("C2").missing_years) == {"y": (2023, 2024)}
    assert result.judgement("C4").missing == ("w", "flag")
    assert dict(result.judgement("C4").missing_years) == {"w": (2023,)}
    assert result.judgement("C4").would_change == ("evidence for: w (2023), flag",)


def test_this_year_alone_missing_is_named_as_before(rules):
    result = rules(YEARS).evaluate({"x": {2022: 70, 2023: 60}}, evaluation_date=DATE)
    assert _missing(result, "C1") == (("x",), {"x": (2024,)})


def test_a_decided_verdict_lists_nothing_missing(rules):
    # every year the clauses read is there
    facts = dict(FACTS, x={2022: 70, 2023: 40, 2024: 60}, y={2023: 70, 2024: 60})
    result = rules(YEARS).evaluate(facts, evaluation_date=DATE)
    assert result.verdict("C1") == "not_met" and _missing(result, "C1") == ((), {})
    assert result.verdict("C2") == "not_met" and _missing(result, "C2") == ((), {})
    # previous(w) > 50 and flag: false because flag is false, whatever w was
    result = rules(YEARS).evaluate(dict(FACTS, flag=False), evaluation_date=DATE)
    assert result.verdict("C4") == "not_met" and _missing(result, "C4") == ((), {})


def test_year_functions_inside_one_another_add_up(rules):
    rs = rules("""
    fact x: number per year { question "x?" }
    section s "S" {
      standard S1 "One" {
        criterion C1 "Was rising" { met when previous(mean(x, 2)) > change(x, 3)  not_met otherwise }
        grade { good when C1 is met  inadequate otherwise }
      }
      grade { good when S1 is good  inadequate otherwise }
    }
    """)
    result = rs.evaluate({"x": {2024: 1}}, evaluation_date=DATE)
    # previous(mean(x, 2)): 2023 and 2022; change(x, 3): 2024 and 2021
    assert dict(result.judgement("C1").missing_years) == {"x": (2021, 2022, 2023)}


def test_a_window_written_as_an_expression_names_this_year_only(rules):
    rs = rules("""
    parameter span: integer = 3 { doc "years" range 1 .. 10 }
    fact x: number per year { question "x?" }
    fact flag: boolean { question "flag?" }
    section s "S" {
      standard S1 "One" {
        criterion C1 "Low" { met when lowest(x, span - 1) > 50 and flag  not_met otherwise }
        grade { good when C1 is met  inadequate otherwise }
      }
      grade { good when S1 is good  inadequate otherwise }
    }
    """)
    result = rs.evaluate({"x": {2024: 60}}, evaluation_date=DATE)
    assert result.verdict("C1") == "unknown"
    assert _missing(result, "C1") == (("flag",), {})  # 2023 is missing too, but not found
    result = rs.evaluate({"x": {2023: 60}, "flag": True}, evaluation_date=DATE)
    assert _missing(result, "C1") == (("x",), {"x": (2024,)})


def test_a_window_that_cannot_be_read_names_no_years(rules):
    rs = rules("""
    parameter far: integer = 3 { doc "years, without a range" }
    fact x: number per year { question "x?" }
    section s "S" {
      standard S1 "One" {
        criterion C1 "Low" { met when lowest(x, far) > 50  not_met otherwise }
        grade { good when C1 is met  inadequate otherwise }
      }
      grade { good when S1 is good  inadequate otherwise }
    }
    """)
    # past the 100-year bound, or below 1 year: unknown whatever is supplied
    for far in (101, 0):
        result = rs.evaluate({"x": {2024: 60}}, evaluation_date=DATE, parameters={"far": far})
        assert result.verdict("C1") == "unknown"
        assert _missing(result, "C1") == ((), {})
    result = rs.evaluate({"x": {2024: 60}}, evaluation_date=DATE, parameters={"far": 100})
    assert dict(result.judgement("C1").missing_years) == {"x": tuple(range(1925, 2024))}


def test_verdicts_are_what_they_were(rules):
    rs = rules(YEARS)
    assert rs.verdicts(FACTS, evaluation_date=DATE) == {
        ident: (None if j.verdict == "unknown" else j.verdict) for ident, j in
        ((j.id, j) for j in rs.evaluate(FACTS, evaluation_date=DATE).judgements)
    }


def test_the_reports_and_the_json_name_the_years(rules):
    jsonschema = pytest.importorskip("jsonschema")
    result = rules(YEARS).evaluate(FACTS, evaluation_date=DATE)
    text = render_text(result)
    assert "needs: x (2023)" in text
    # an undecided standard names its undecided criteria in words, each number after its words
    assert "needs: “Consistently above half” (C1); “Rising” (C2); “Above half on average” (C3); " in text
    markdown = render_markdown(result)
    assert "- Needs evidence: x (2023)" in markdown
    assert "- Needs evidence: z (2022)" in markdown
    data = json.loads(result.to_json())
    c1 = next(j for j in data["judgements"] if j["id"] == "C1")
    assert c1["missing"] == ["x"]
    assert c1["missing_years"] == {"x": [2023]}
    assert c1["would_change"] == ["evidence for: x (2023)"]
    assert next(j for j in data["judgements"] if j["id"] == "S1")["missing_years"] == {}
    schema = json.loads((ROOT / "senrules" / "schema" / "result-1.schema.json").read_text())
    jsonschema.validate(data, schema)


def _cli(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=120,
    )


def test_the_command_line_names_the_years(tmp_path):
    (tmp_path / "years.rules").write_text('ruleset years { title "Years" }\n' + YEARS, encoding="utf-8")
    facts = {"evaluation_date": DATE, "facts": {k: ({str(y): v for y, v in s.items()} if isinstance(s, dict) else s) for k, s in FACTS.items()}}
    (tmp_path / "facts.json").write_text(json.dumps(facts), encoding="utf-8")
    (tmp_path / "params.json").write_text(json.dumps({"span": 4}), encoding="utf-8")

    r = _cli("evaluate", "years.rules", "--facts", "facts.json", "--params", "params.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "needs: x (2023)" in r.stdout
    assert "needs: z (2021, 2022)" in r.stdout

    r = _cli("explain", "years.rules", "C2", "--facts", "facts.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "It would be decided by: y (2023)." in r.stdout

    r = _cli("explain", "years.rules", "C1", "--facts", "facts.json", "--format", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    judgement = json.loads(r.stdout)
    assert judgement["missing_years"] == {"x": [2023]}
    assert judgement["would_change"] == ["evidence for: x (2023)"]

    r = _cli("evaluate", "years.rules", "--facts", "facts.json", "--format", "markdown", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "- Not yet decided: needs y (2023)" in r.stdout
