"""Dated parameter values (issue 15): ``from DATE = VALUE`` in a parameter,
and ``{"DATE": value}`` in parameter files and parameter sets.

What a user notices: the value in force on the evaluation date decides the
verdict; the result, the JSON (checked against the published schema) and the
reports say which value was used and from when; the formatter keeps dated
values (a hypothesis round trip); bad dated values get clear messages (the
checker's golden file is ``tests/checker/bad/dated-parameters.rules``).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from senrules import model as m
from senrules.errors import InputError, RuleCheckError
from senrules.formatter import format_rulefile, format_text
from senrules.parser import parse
from senrules.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parents[2]


def run_senrules(*args, cwd=None):
    """The real `senrules` command, in a new process."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "senrules", *args], capture_output=True, text=True, cwd=cwd or ROOT,
                          env=dict(os.environ), timeout=120)

EDITIONS = ROOT / "tests" / "data" / "editions"
PLAN_2014 = EDITIONS / "plan-review" / "2014"

RULES = """\
ruleset dated-demo {
  title "Dated values (test)"
  version "1"
  effective 2008-04-01
}

parameter majority_of_cyp: percentage = 50% {
  label "the majority of CYP"
  doc "The share of CYP that counts as 'the majority'."
  range 0 .. 100
  cite "DCSF 2008" "para 11"
  from 2014-09-01 = 60% {
    doc "A test's stricter reading from the Children and Families Act's commencement."
    cite "Children and Families Act 2014" "commencement"
  }
  from 2018-09-01 = 70%
}

fact cyp_progress_rate: percentage {
  question "What share of CYP made expected progress?"
}

section outcomes "Outcomes" {
  standard S1 "Progress is good." {
    criterion S1.1 "Most CYP make expected progress." {
      met when cyp_progress_rate >= majority_of_cyp
      not_met otherwise
    }
    grade {
      good when S1.1 is met
      inadequate otherwise
    }
  }
  grade {
    good when S1 is good
    inadequate otherwise
  }
}
"""


@pytest.fixture
def rules(tmp_path):
    path = tmp_path / "dated.rules"
    path.write_text(RULES, encoding="utf-8")
    return load_ruleset(path, cache=False)


# ------------------------------------------------------------------ the value in force decides


@pytest.mark.parametrize(
    ("date", "verdict", "value", "start"),
    [
        ("2013-09-01", "met", 50, None),  # before the first dated value: the value after `=`
        ("2014-09-01", "met", 60, dt.date(2014, 9, 1)),  # on the day it starts
        ("2016-09-01", "met", 60, dt.date(2014, 9, 1)),
        ("2018-08-31", "met", 60, dt.date(2014, 9, 1)),
        ("2018-09-01", "not_met", 70, dt.date(2018, 9, 1)),
        ("2024-09-01", "not_met", 70, dt.date(2018, 9, 1)),
    ],
)
def test_the_value_in_force_on_the_evaluation_date_is_used(rules, date, verdict, value, start):
    facts = {"cyp_progress_rate": 65}
    result = rules.evaluate(facts, evaluation_date=date)
    assert result.verdict("S1.1") == verdict
    assert rules.verdicts(facts, evaluation_date=date)["S1.1"] == verdict
    (p,) = result.parameters
    assert (p.value, p.default, p.overridden, p.start) == (value, value, False, start)
    assert p.dated == ((None, 50), (dt.date(2014, 9, 1), 60), (dt.date(2018, 9, 1), 70))


def test_a_batch_with_several_dates_uses_each_dates_value(rules):
    batch = [({"cyp_progress_rate": 65}, "2013-09-01"), ({"cyp_progress_rate": 65}, "2020-09-01")] * 40
    rows = rules.verdicts_many(batch)
    assert [r["S1.1"] for r in rows[:2]] == ["met", "not_met"]
    assert {r["S1.1"] for r in rows[0::2]} == {"met"} and {r["S1.1"] for r in rows[1::2]} == {"not_met"}
    from senrules.engine import verdicts_each

    assert verdicts_each(rules, batch[:2]) == rows[:2]


def test_the_json_result_says_which_value_and_from_when_and_matches_the_schema(rules):
    jsonschema = pytest.importorskip("jsonschema")
    from senrules.schema import fixed_schema

    data = rules.evaluate({"cyp_progress_rate": 65}, evaluation_date="2016-09-01").to_dict()
    jsonschema.Draft202012Validator(fixed_schema("result")).validate(data)
    assert data["parameters"]["majority_of_cyp"] == {
        "value": 60, "default": 60, "overridden": False, "unit": "%",
        "doc": "The share of CYP that counts as 'the majority'.", "citations": ["DCSF 2008, para 11"],
        "from": "2014-09-01",
        "dated_values": [{"from": None, "value": 50}, {"from": "2014-09-01", "value": 60}, {"from": "2018-09-01", "value": 70}],
        "source": "the ruleset's value from 2014-09-01",
    }
    assert data["ruleset"]["edition"] is None
    before = rules.evaluate({}, evaluation_date="2010-01-01").to_dict()["parameters"]["majority_of_cyp"]
    assert (before["value"], before["from"]) == (50, None)


def test_the_reports_say_from_when(rules):
    from senrules.report import render_text

    result = rules.evaluate({"cyp_progress_rate": 65}, evaluation_date="2016-09-01")
    assert ("  'the majority of CYP': 60% (from 2014-09-01) (parameter majority_of_cyp), the ruleset's value from 2014-09-01\n"
            in render_text(result, rs=rules))
    from senrules import document

    md = document.to_markdown(document.build(document.ReportInput(result=result, rs=rules)))
    assert "| 'the majority of CYP' (majority_of_cyp) | 60% (from 2014-09-01) | the ruleset's value from 2014-09-01 |" in md


def test_rule_tests_run_on_their_own_date():
    from senrules.ruletests import run_tests

    rs = load_ruleset(PLAN_2014, cache=False)
    report = run_tests(rs)
    assert (len(report.passed), report.failures) == (2, ()), report


# ------------------------------------------------------------------ overrides: files and sets


def test_a_dated_override_applies_from_its_date_and_the_rules_value_before(rules):
    params = {"majority_of_cyp": {"2016-09-01": 55}}
    early = rules.evaluate({"cyp_progress_rate": 58}, evaluation_date="2015-09-01", parameters=params)
    late = rules.evaluate({"cyp_progress_rate": 58}, evaluation_date="2020-09-01", parameters=params)
    (pe,), (pl,) = early.parameters, late.parameters
    assert (pe.value, pe.start, pe.overridden, early.verdict("S1.1")) == (60, dt.date(2014, 9, 1), False, "not_met")
    assert (pl.value, pl.default, pl.start, pl.overridden, late.verdict("S1.1")) == (55, 70, dt.date(2016, 9, 1), True, "met")
    # a plain override applies on every date, and says no date
    (plain,) = rules.evaluate({}, evaluation_date="2020-09-01", parameters={"majority_of_cyp": 40}).parameters
    assert (plain.value, plain.start, plain.default) == (40, None, 70)


@pytest.mark.parametrize("kind", ["json", "toml"])
def test_parameter_files_give_dated_values(rules, tmp_path, kind):
    from senrules.gather import parameters_for

    path = tmp_path / f"params.{kind}"
    if kind == "json":
        path.write_text(json.dumps({"majority_of_cyp": {"2016-09-01": 55, "2020-09-01": 65}}))
    else:
        path.write_text('# our LA\n[majority_of_cyp]\n2016-09-01 = 55\n2020-09-01 = 65\n')
    params = parameters_for(rules, params_file=path)
    got = {d: rules.evaluate({}, evaluation_date=d, parameters=params).parameters[0].value
           for d in ("2015-01-01", "2017-01-01", "2021-01-01")}
    assert got == {"2015-01-01": 60, "2017-01-01": 55, "2021-01-01": 65}


def test_a_dated_value_in_a_later_source_keeps_the_earlier_sources_value_before_its_date(rules, tmp_path):
    from senrules.gather import parameters_for

    path = tmp_path / "params.json"
    path.write_text(json.dumps({"majority_of_cyp": {"2020-09-01": 65}}))
    params = parameters_for(rules, manifest={"parameters": {"majority_of_cyp": 45}}, folder=tmp_path, params_file=path)
    early = rules.evaluate({}, evaluation_date="2019-01-01", parameters=params).parameters[0]
    late = rules.evaluate({}, evaluation_date="2021-01-01", parameters=params).parameters[0]
    assert (early.value, early.start) == (45, None)
    assert (late.value, late.start) == (65, dt.date(2020, 9, 1))


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"2016-9-1": 55}, 'params.json: parameter `majority_of_cyp`: `2016-9-1` is not a date (YYYY-MM-DD); '
                           'a value that changes on a date is given as {"2014-09-01": value, ...}'),
        ({"2016-09-01": 140}, "params.json: parameter `majority_of_cyp` from 2016-09-01"),
        ({"2016-09-01": None}, "params.json: parameter `majority_of_cyp` from 2016-09-01 cannot be unknown: give a value"),
        ({}, "params.json: parameter `majority_of_cyp` is given as an empty set of dated values"),
        ({"2016-09-01": {"2017-01-01": 3}}, "params.json: parameter `majority_of_cyp` from 2016-09-01: expected one value"),
    ],
)
def test_bad_dated_values_in_a_parameter_file_are_named(rules, tmp_path, values, message):
    from senrules.gather import parameters_for

    path = tmp_path / "params.json"
    path.write_text(json.dumps({"majority_of_cyp": values}))
    with pytest.raises(InputError) as err:
        parameters_for(rules, params_file=path)
    assert err.value.message.replace(str(tmp_path) + "/", "").startswith(message), err.value.message


def test_the_command_line_reads_a_dated_parameter_file_end_to_end(tmp_path):
    (tmp_path / "rules.rules").write_text(RULES, encoding="utf-8")
    (tmp_path / "facts.json").write_text(json.dumps({"evaluation_date": "2021-09-01", "facts": {"cyp_progress_rate": 66}}))
    (tmp_path / "ours.toml").write_text("[majority_of_cyp]\n2020-09-01 = 65\n")
    r = run_senrules("evaluate", str(tmp_path / "rules.rules"), "--facts", str(tmp_path / "facts.json"),
                     "--params", str(tmp_path / "ours.toml"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "    MET  " in r.stdout and "” (S1.1)\n" in r.stdout
    assert ("  'the majority of CYP': 65% (from 2020-09-01) (default 70%) (parameter majority_of_cyp), "
            f"the parameter file {tmp_path / 'ours.toml'}\n") in r.stdout
    (tmp_path / "bad.json").write_text('{"majority_of_cyp": {"2020-02-30": 65}}')
    r = run_senrules("evaluate", str(tmp_path / "rules.rules"), "--facts", str(tmp_path / "facts.json"),
                     "--params", str(tmp_path / "bad.json"), cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == (f"senrules: error: {tmp_path / 'bad.json'}: parameter `majority_of_cyp`: `2020-02-30` is not a date "
                        '(YYYY-MM-DD); a value that changes on a date is given as {"2014-09-01": value, ...}\n')


# ------------------------------------------------------------------ the language: checker, formatter, explain


def test_a_dated_value_outside_the_effective_window_stops_loading(tmp_path):
    path = tmp_path / "late.rules"
    path.write_text(RULES.replace("effective 2008-04-01", "effective 2008-04-01 to 2017-08-31"), encoding="utf-8")
    with pytest.raises(RuleCheckError) as err:
        load_ruleset(path, cache=False)
    assert [d.code for d in err.value.diagnostics] == ["date-outside-effective"]
    assert err.value.diagnostics[0].message == (
        "parameter `majority_of_cyp` has a value from 2018-09-01, after the ruleset stops being effective (2017-08-31)"
    )
    assert (err.value.diagnostics[0].span.line, err.value.diagnostics[0].span.column) == (16, 3)


def test_a_misspelt_dated_value_is_a_syntax_error_with_the_form_in_the_hint(tmp_path):
    from senrules.errors import RuleSyntaxError

    with pytest.raises(RuleSyntaxError) as err:
        parse(RULES.replace("from 2018-09-01 = 70%", "from 2018-09-01 70%"), "dated.rules")
    d = err.value.diagnostics[0]
    assert (d.message, d.span.line, d.span.column) == ("expected `=`, but found `70%`", 16, 19)
    assert d.hint == ('in a parameter, a value from a date reads `from <YYYY-MM-DD> = <value>`; '
                      'in a fact, a link reads `from "<ruleset>" "<id>"`')


def test_the_formatter_keeps_dated_values_and_their_comments():
    text = RULES.replace("  from 2018-09-01 = 70%\n", "  # a later reading\n  from 2018-09-01 = 70%  # from September 2018\n")
    out = format_text(text, "dated.rules")
    assert "  # a later reading\n  from 2018-09-01 = 70%  # from September 2018\n" in out
    assert format_text(out, "dated.rules") == out
    assert parse(out, "x").items == parse(text, "y").items
    fixture = (PLAN_2014 / "review.rules").read_text(encoding="utf-8")
    assert format_text(fixture, "review.rules") == fixture


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
citations = st.lists(st.builds(m.Citation, texts, st.none() | texts), max_size=2)
durations = st.builds(m.Duration, st.integers(0, 10**6), st.sampled_from(["days", "weeks", "months", "years"]))
values = st.one_of(
    st.integers(0, 10**9).map(lambda v: m.Literal(v, "number")),
    st.floats(0, 100, allow_nan=False).map(lambda v: m.Literal(v, "percent")),
    durations.map(lambda d: m.Literal(d, "duration")),
    texts.map(lambda t: m.Literal(t, "string")),
    dates.map(lambda d: m.Literal(d, "date")),
    st.booleans().map(lambda b: m.Literal(b, "boolean")),
)
dated_values = st.builds(m.DatedValue, dates, values, st.none() | texts, citations)
parameters = st.builds(
    m.Parameter, name=st.from_regex(r"p[a-z0-9_]{0,6}", fullmatch=True), type=st.just(m.FactType("number")),
    default=values, doc=st.none() | texts, citations=citations, dated=st.lists(dated_values, max_size=4),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(parameters, min_size=1, max_size=3))
def test_any_dated_parameter_round_trips_through_the_formatter(params):
    rule_file = m.RuleFile("<dated>", params)
    text = format_rulefile(rule_file)
    assert parse(text, "<dated>") == rule_file, text
    assert format_text(text, "<dated>") == text


def test_explain_rules_shows_the_value_in_force(tmp_path):
    (tmp_path / "rules.rules").write_text(RULES, encoding="utf-8")
    (tmp_path / "facts.json").write_text(json.dumps({"evaluation_date": "2016-09-01", "facts": {"cyp_progress_rate": 55}}))
    r = run_senrules("explain", str(tmp_path / "rules.rules"), "S1.1", "--facts", str(tmp_path / "facts.json"), "--rules",
                     cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert ("Why: not met: cyp progress rate is 55%, below 60%; 'the majority of CYP' is taken as 60% or more "
            "(its value from 2014-09-01) (parameter majority_of_cyp).") in r.stdout, r.stdout
    assert "  met when cyp_progress_rate >= majority_of_cyp  -> does not hold\n" in r.stdout
    assert r.stdout.endswith(
        "Values that change on a date, as in force on 2016-09-01:\n"
        "  majority_of_cyp = 60% (from 2014-09-01); in the rules: 50% before, 60% from 2014-09-01, 70% from 2018-09-01\n"
    ), r.stdout
