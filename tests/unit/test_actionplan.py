"""The action plan follows the verdicts: derived from the current result,
the person's edits kept as edits on a row (matched by the gap it addresses)
and re-applied, a row whose gap has closed marked so; worded for a team,
never in rule syntax."""

from __future__ import annotations

import re

from senrules import actionplan

RULES = """
ruleset t { title "Plan test" version "0.0.1" outcomes met > not_met grades good > inadequate }
parameter most: percentage = 60 { label "most CYP" doc "most" }
fact progress: percentage { label "the share of CYP making progress" question "What share made progress?" }
fact monitored: boolean { label "programmes are monitored each term" question "Monitored?" }
section s "S" {
  standard S1 "Progress" {
    criterion S1.1 "Progress is good." { met when progress >= most  not_met otherwise }
    criterion S1.2 "Programmes are monitored." { met when monitored  not_met otherwise }
    grade { good when count(criteria is not_met) == 0  inadequate otherwise }
  }
  grade { good when count(standards is inadequate) == 0  inadequate otherwise }
}
"""
DATE = "2024-09-30"


def _plan(rs, facts, saved=None):
    return actionplan.current(rs, rs.evaluate(facts, evaluation_date=DATE), saved)


def test_rows_are_worded_for_a_team(rules):
    rs = rules(RULES, header=False)
    rows = _plan(rs, {"progress": 40, "monitored": True})
    [row] = rows
    assert row["source"] == "gap:S1:S1.1" and row["status"] == "open"
    assert row["area"] == "Progress is good (S1.1), for \u201cProgress\u201d (S1)"  # words first, the number after them
    # the criterion and its standard by their words, the number after them: never "Raise S1.1"
    assert row["action"] == ("Raise \u201cProgress is good\u201d (S1.1) from not met to met. What stands in the way: "
                             "The share of CYP making progress is 40%, below 60%; 'most CYP' is taken as 60% or more.")
    assert row["success"] == ("\u201cProgress is good\u201d (S1.1) is met if the share of CYP making progress is at least 60%; "
                              "'most CYP' is taken as 60% or more. \u201cProgress\u201d (S1) then reaches good.")
    assert row["evaluation"].endswith("check that \u201cProgress is good\u201d (S1.1) is met and \u201cProgress\u201d (S1) is good.")
    for text in row.values():
        assert not re.search(r"\b[a-z]+_[a-z_]+\b|>=|<=|senrules|--", str(text)), text


def test_a_choice_among_criteria_and_an_undecided_one_are_said_in_words(rules):
    rs = rules(RULES.replace("count(criteria is not_met) == 0", "count(criteria is met) >= 1"), header=False)
    rows = _plan(rs, {"progress": 40, "monitored": False})
    assert rows and all(not re.search(r"(Raise|Collect the evidence|of|that) S1\.\d", r["action"] + r["success"] + r["evaluation"])
                        for r in rows), rows
    assert "Any one of \u201cProgress is good\u201d (S1.1), \u201cProgrammes are monitored\u201d (S1.2) will do" in rows[0]["action"]
    [undecided] = _plan(rs, {"progress": 40})
    assert undecided["success"] == "\u201cProgress\u201d (S1) has a grade (now it could be good or inadequate)."


def test_an_edit_is_kept_and_the_rest_follows_the_answers(rules):
    rs = rules(RULES, header=False)
    saved = [{"source": "gap:S1:S1.1", "edited": ["who"], "who": "Team leader"}]
    rows = _plan(rs, {"progress": 40, "monitored": True}, saved)
    assert rows[0]["who"] == "Team leader" and "40%" in rows[0]["action"]
    # the figure changes: the edit stays, the derived cells follow it
    rows = _plan(rs, {"progress": 55, "monitored": False}, saved)
    by = {r["source"]: r for r in rows}
    assert set(by) == {"gap:S1:S1.1", "gap:S1:S1.2"}
    assert by["gap:S1:S1.1"]["who"] == "Team leader" and "55%" in by["gap:S1:S1.1"]["action"]
    assert actionplan.status_words(by["gap:S1:S1.1"]) == "open (edited)"
    assert by["gap:S1:S1.2"]["who"] == actionplan.DEFAULT_WHO


def test_a_row_whose_gap_has_closed_is_marked_closed_not_dropped(rules):
    rs = rules(RULES, header=False)
    saved = [{"source": "gap:S1:S1.1", "edited": ["action"], "action": "Run a catch-up programme."}]
    rows = _plan(rs, {"progress": 75, "monitored": True}, saved)
    [row] = rows
    assert row["status"] == "closed" and row["action"] == "Run a catch-up programme."
    assert actionplan.status_words(row) == "this gap has closed: S1.1 is now met"
    # an unedited proposal whose gap closed simply goes
    assert _plan(rs, {"progress": 75, "monitored": True}, [{"source": "gap:S1:S1.1", "edited": []}]) == []


def test_a_deleted_row_stays_deleted_and_added_rows_stay(rules):
    rs = rules(RULES, header=False)
    saved = [{"source": "gap:S1:S1.1", "deleted": True},
             {"source": "added:1", "area": "Training", "action": "Book it", "status": "added"}]
    rows = _plan(rs, {"progress": 40, "monitored": True}, saved)
    assert [r["source"] for r in rows] == ["added:1"]
    assert actionplan.status_words(rows[0]) == "added"


def test_a_plan_saved_before_edits_were_recorded_keeps_every_cell(rules):
    rs = rules(RULES, header=False)
    old = {f: f"my {f}" for f in actionplan.FIELDS} | {"source": "gap:S1:S1.1"}
    [row] = _plan(rs, {"progress": 40, "monitored": True}, [old])
    assert all(row[f] == f"my {f}" for f in actionplan.FIELDS)
