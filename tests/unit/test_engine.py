"""The engine: verdicts, unknowns, counting with intervals, trends, dates,
lists, parameters, explanations and the stamped result."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import senrules
from senrules import Evidence, InputError, Provenance

DATE = "2024-09-01"

FOUR = """
parameter most: percentage = 75 { doc "most areas" }
parameter some: percentage = 25 { doc "some areas" }
fact a: boolean { question "a?" }
fact b: boolean { question "b?" }
fact c: boolean { question "c?" }
fact d: boolean { question "d?" }
section s "Section" {
  standard S1 "Standard one" {
    criterion C1 "One" { met when a  not_met otherwise }
    criterion C2 "Two" { met when b  not_met otherwise }
    criterion C3 "Three" { met when c  not_met otherwise }
    criterion C4 "Four" { met when d  not_met otherwise }
    grade by g
  }
  grade { good when S1 is at least good  inadequate otherwise }
}
grading g {
  outstanding when count(criteria is met) == count(criteria)
  good when share(criteria is met) >= most
  satisfactory when share(criteria is met) >= some
  inadequate otherwise
}
"""


def test_a_missing_fact_gives_unknown_never_not_met(rules):
    rs = rules(FOUR)
    v = rs.verdicts({}, evaluation_date=DATE)
    assert v["C1"] is None
    assert v["S1"] is None
    result = rs.evaluate({}, evaluation_date=DATE)
    assert result.verdict("C1") == "unknown"
    assert result.judgement("C1").missing == ("a",)
    assert result.judgement("C1").possible == ("met", "not_met")


def test_counting_with_unknowns_decides_when_every_possibility_agrees(rules):
    rs = rules(FOUR)
    # 2 met, 1 not met, 1 unknown: share met in [50, 75]; >= 25 certainly; >= 75 maybe
    v = rs.verdicts({"a": True, "b": True, "c": False}, evaluation_date=DATE)
    assert v["C4"] is None
    assert v["S1"] is None
    result = rs.evaluate({"a": True, "b": True, "c": False}, evaluation_date=DATE)
    assert result.judgement("S1").possible == ("good", "satisfactory")
    # 1 met, 2 not met, 1 unknown: share met in [25, 50]: below "most", at least "some"
    v = rs.verdicts({"a": True, "b": False, "c": False}, evaluation_date=DATE)
    assert v["S1"] == "satisfactory"


def test_parameter_overrides_change_the_grade_and_are_stated(rules):
    rs = rules(FOUR)
    facts = {"a": True, "b": True, "c": True, "d": False}
    assert rs.verdicts(facts, evaluation_date=DATE)["S1"] == "good"
    result = rs.evaluate(facts, evaluation_date=DATE, parameters={"most": 80})
    assert result.verdict("S1") == "satisfactory"
    used = {p.name: p for p in result.parameters}
    assert used["most"].value == 80 and used["most"].default == 75 and used["most"].overridden
    assert result.to_dict()["parameters"]["most"]["overridden"] is True


def test_bad_parameter_values_are_refused_with_the_name(rules):
    rs = rules(FOUR)
    with pytest.raises(InputError, match="`most`.*140"):
        rs.verdicts({}, evaluation_date=DATE, parameters={"most": 140})
    with pytest.raises(InputError, match="did you mean `most`"):
        rs.verdicts({}, evaluation_date=DATE, parameters={"mots": 50})


def test_bad_fact_values_are_refused_with_the_name(rules):
    rs = rules(
        """
        fact p: percentage { question "p?" }
        fact n: integer { range 0 .. 10  question "n?" }
        fact k: choice("x", "y") { question "k?" }
        section s "S" { standard S1 "T" { criterion C "c" { met when p > 50 and n > 1 and k == "x"  not_met otherwise } grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    with pytest.raises(InputError, match=r"fact `p`: 140 is outside 0-100"):
        rs.verdicts({"p": 140}, evaluation_date=DATE)
    with pytest.raises(InputError, match=r"fact `n`: 11 is outside the allowed range 0 to 10"):
        rs.verdicts({"n": 11}, evaluation_date=DATE)
    with pytest.raises(InputError, match=r'fact `k`: "z" is not one of "x", "y"'):
        rs.verdicts({"k": "z"}, evaluation_date=DATE)
    with pytest.raises(InputError, match="did you mean `p`"):
        rs.verdicts({"pp": 1}, evaluation_date=DATE)
    assert rs.verdicts({"p": "65%", "n": "3", "k": "x"}, evaluation_date=DATE)["C"] == "met"


def test_ordered_clauses_unknown_then_true(rules):
    rs = rules(
        """
        fact a: boolean { question "a?" }
        fact b: boolean { question "b?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when a  partly_met when b  not_met otherwise }
          criterion D "d" { met when a  met when b  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    r = rs.evaluate({"b": True}, evaluation_date=DATE)
    assert r.verdict("C") == "unknown"
    assert r.judgement("C").possible == ("met", "partly_met")
    # both unknown-able clauses lead to `met`, so the verdict is known
    assert r.verdict("D") == "met"


def test_trends_over_per_year_facts(rules):
    rs = rules(
        """
        parameter years: integer = 3 { doc "three year period" }
        fact rate: percentage per year { question "rate?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when improving(rate, years)  partly_met when rate >= previous(rate)  not_met otherwise }
          criterion M "m" { met when mean(rate, 2) >= 58.5  not_met otherwise }
          criterion G "g" { met when change(rate, 2) > 10  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    up = {"rate": {2022: 50, 2023: 55, 2024: 62}}
    v = rs.verdicts(up, evaluation_date=DATE)
    assert v["C"] == "met" and v["M"] == "met" and v["G"] == "met"
    flat = {"rate": {2022: 50, 2023: 55, 2024: 55}}
    assert rs.verdicts(flat, evaluation_date=DATE)["C"] == "partly_met"
    # a missing early year leaves the trend unknown, not false
    gap = {"rate": {2023: 55, 2024: 62}}
    assert rs.verdicts(gap, evaluation_date=DATE)["C"] is None
    # a decline in the known years is false whatever the missing year says
    down = {"rate": {2023: 65, 2024: 62}}
    assert rs.verdicts(down, evaluation_date=DATE)["C"] == "not_met"
    # the evaluation year comes from the date
    assert rs.verdicts(up, evaluation_date="2023-09-01")["C"] is None


def test_trend_of_a_grade_evaluates_earlier_years(rules):
    rs = rules(
        """
        fact ok: boolean per year { question "ok?" }
        fact ok2: boolean per year { question "ok2?" }
        section s "S" { standard S1 "T" {
          criterion A "a" { met when ok  not_met otherwise }
          criterion B "b" { met when ok2  not_met otherwise }
          grade { good when count(criteria is met) == 2  inadequate otherwise } } grade { good otherwise } }
        overall { outstanding when improving(share(criteria of S1 is met), 3)  good otherwise }
        """
    )
    facts = {"ok": {2022: False, 2023: True, 2024: True}, "ok2": {2022: False, 2023: False, 2024: True}}
    assert rs.verdicts(facts, evaluation_date=DATE)["overall"] == "outstanding"
    facts["ok2"][2023] = True
    assert rs.verdicts(facts, evaluation_date=DATE)["overall"] == "good"


def test_dates_and_durations(rules):
    rs = rules(
        """
        parameter interval: duration = 12 months { doc "regularly" }
        fact reviewed: date { question "when?" }
        section s "S" { standard S1 "T" {
          criterion C "c" {
            met when reviewed within interval before evaluation_date
            partly_met when reviewed within interval + 6 months before evaluation_date
            not_met otherwise }
          criterion E "e" { met when months_between(reviewed, evaluation_date) <= 3 and reviewed + 2 weeks <= evaluation_date  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    assert rs.verdicts({"reviewed": "2023-09-01"}, evaluation_date=DATE)["C"] == "met"
    assert rs.verdicts({"reviewed": "2023-08-31"}, evaluation_date=DATE)["C"] == "partly_met"
    assert rs.verdicts({"reviewed": dt.date(2023, 2, 28)}, evaluation_date=DATE)["C"] == "not_met"
    assert rs.verdicts({"reviewed": "2024-09-02"}, evaluation_date=DATE)["C"] == "not_met"  # in the future
    assert rs.verdicts({"reviewed": "2024-07-01"}, evaluation_date=DATE)["E"] == "met"
    assert rs.verdicts({"reviewed": "2024-08-25"}, evaluation_date=DATE)["E"] == "not_met"
    assert rs.verdicts({"reviewed": "2024-03-01"}, evaluation_date=DATE, parameters={"interval": "6 months"})["C"] == "met"


def test_aggregates_over_list_facts(rules):
    rs = rules(
        """
        fact groups: list of { name: text, pupils: integer, met: boolean } { question "groups?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when share(groups where met) >= 50 and sum(groups.pupils) > 5  not_met otherwise }
          criterion N "n" { met when count(groups where pupils >= 4) >= 2 and max(groups.pupils) == 6  not_met otherwise }
          criterion S "s" { met when sum(groups.pupils where met) >= 4  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    groups = [{"name": "A", "pupils": 4, "met": True}, {"name": "B", "pupils": 6, "met": False}]
    v = rs.verdicts({"groups": groups}, evaluation_date=DATE)
    assert v["C"] == "met" and v["N"] == "met" and v["S"] == "met"
    # an unknown field makes what depends on it unknown, nothing more
    partial = [{"name": "A", "pupils": 4, "met": True}, {"name": "B", "pupils": 6}]
    v = rs.verdicts({"groups": partial}, evaluation_date=DATE)
    assert v["C"] == "met"  # share met is 50-100%
    assert v["S"] is None
    assert rs.verdicts({}, evaluation_date=DATE)["C"] is None
    with pytest.raises(InputError, match=r"item 1, field `pupils`"):
        rs.verdicts({"groups": [{"pupils": "many"}]}, evaluation_date=DATE)


def test_evidence_carries_provenance_into_the_result(rules):
    rs = rules(FOUR)
    prov = Provenance("survey plugin", file="survey.xlsx", sheet="Parents", row=12, as_of=dt.date(2024, 7, 1))
    result = rs.evaluate([Evidence("a", True, prov)], evaluation_date=DATE)
    use = result.judgement("C1").facts[0]
    assert use.value is True and use.known
    assert use.provenance == ("survey plugin, survey.xlsx, sheet Parents, row 12, as of 2024-07-01",)


def test_explanations_say_why_and_what_would_change(rules):
    rs = rules(FOUR)
    r = rs.evaluate({"a": True, "b": True, "c": True, "d": False}, evaluation_date=DATE)
    s1 = r.judgement("S1")
    assert s1.verdict == "good"
    assert s1.decided_by == "good when share(criteria is met) >= most"
    assert s1.would_change == ("outstanding if count(criteria is met) == count(criteria)",)
    assert [c.holds for c in s1.clauses] == [False, True]
    c4 = r.judgement("C4")
    assert c4.decided_by == "not_met otherwise"
    assert c4.would_change == ("met if d",)


def test_result_is_stamped_and_serialises(rules):
    rs = rules(FOUR)
    result = rs.evaluate({"a": True}, evaluation_date=DATE)
    data = json.loads(result.to_json())
    assert data["schema_version"] == 1
    assert data["ruleset"]["id"] == "t" and data["ruleset"]["version"] == "0.0.1"
    assert len(data["ruleset"]["hash"]) == 64 and data["ruleset"]["hash"] == rs.hash
    assert data["evaluation_date"] == DATE
    assert data["verdicts"]["C1"] == "met" and data["verdicts"]["C2"] == "unknown"
    assert set(data["parameters"]) == {"most", "some"}


def test_the_compiled_cache_gives_the_same_verdicts(tmp_path):
    import shutil

    src = senrules.ruleset.shipped_rulesets()["example"]
    target = tmp_path / "example"
    shutil.copytree(src, target)
    cold = senrules.load_ruleset(target, cache=True)
    warm = senrules.load_ruleset(target, cache=True)
    facts = {"programmes_monitored": True, "monitoring_interval": 20, "cyp_progress_rate": {2023: 40, 2024: 70}}
    assert cold.verdicts(facts, evaluation_date=DATE) == warm.verdicts(facts, evaluation_date=DATE)
    # a changed rule file is not served from the cache
    rules_file = target / "example.rules"
    rules_file.write_text(rules_file.read_text().replace("monitoring_interval <= 13", "monitoring_interval <= 26"))
    changed = senrules.load_ruleset(target, cache=True)
    assert changed.verdicts(facts, evaluation_date=DATE)["S1.1"] == "met"
    assert warm.verdicts(facts, evaluation_date=DATE)["S1.1"] == "partly_met"


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    cache = tmp_path / "c"
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(cache))
    senrules.load_ruleset("example")
    for f in cache.iterdir():
        f.write_bytes(b"not a cache")
    assert senrules.load_ruleset("example").verdicts({}, evaluation_date=DATE)["S1"] is None


def test_verdicts_many_matches_verdicts():
    rs = senrules.load_ruleset("example")
    batch = [{"programmes_monitored": True, "monitoring_interval": i} for i in (5, 20, 60)]
    assert rs.verdicts_many(batch, evaluation_date=DATE) == [rs.verdicts(f, evaluation_date=DATE) for f in batch]
    dated = [(batch[0], "2020-01-01"), (batch[1], DATE)]
    assert [v["S1.1"] for v in rs.verdicts_many(dated)] == ["met", "partly_met"]


def test_evaluating_outside_the_effective_dates_is_noted(rules):
    rs = rules('ruleset t { effective 2020-01-01 to 2021-12-31 }\n' + FOUR, header=False)
    assert rs.evaluate({}, evaluation_date=DATE).notes == (
        "the evaluation date 2024-09-01 is after the ruleset stops being effective (2021-12-31)",
    )


def test_without_otherwise_missing_evidence_is_still_unknown(rules):
    rs = rules(
        """
        fact x: boolean { question "x?" }
        fact y: boolean { question "y?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when x }
          criterion D "d" { met when x  not_met when y }
          grade { good when C is met  inadequate when C is not_met } } grade { good otherwise } }
        """
    )
    r = rs.evaluate({}, evaluation_date=DATE)
    assert r.verdict("C") == "unknown"
    assert r.judgement("C").possible == ("met", "no outcome")
    assert r.verdict("S1") == "unknown"
    assert rs.evaluate({"x": False}, evaluation_date=DATE).verdict("C") == "no outcome"
    assert rs.evaluate({"x": False}, evaluation_date=DATE).verdict("D") == "unknown"
    assert rs.evaluate({"x": False, "y": True}, evaluation_date=DATE).verdict("D") == "not_met"
    assert rs.verdicts({"x": True}, evaluation_date=DATE)["S1"] == "good"


def test_durations_compare_within_their_family(rules):
    rs = rules(
        """
        fact wait: duration { question "How long is the wait?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when wait <= 6 weeks  not_met otherwise }
          criterion Y "y" { met when wait == 1 year  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    assert rs.verdicts({"wait": "42 days"}, evaluation_date=DATE)["C"] == "met"
    assert rs.verdicts({"wait": "7 weeks"}, evaluation_date=DATE)["C"] == "not_met"
    assert rs.verdicts({"wait": "12 months"}, evaluation_date=DATE)["Y"] == "met"
    # a month has no fixed number of days: unknown, not false
    assert rs.verdicts({"wait": "1 month"}, evaluation_date=DATE)["C"] is None


def test_a_parameter_cannot_be_made_unknown(rules):
    rs = rules(FOUR)
    with pytest.raises(InputError, match="parameter `most` cannot be unknown"):
        rs.verdicts({}, evaluation_date=DATE, parameters={"most": None})
