"""Gap to the next grade: the smallest sets of criteria whose improvement
lifts a standard one grade."""

from __future__ import annotations

from senrules.gaps import gaps_to_next_grade

DATE = "2024-09-01"

RULES = """
parameter most: percentage = 75 { doc "most areas" }
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
    grade {
      outstanding when count(criteria is met) == 4
      good when share(criteria is met) >= most
      satisfactory when C1 is met
      inadequate otherwise
    }
  }
  grade { good when S1 is at least good  inadequate otherwise }
}
"""


def test_the_smallest_sets_are_found(rules):
    rs = rules(RULES)
    gaps = gaps_to_next_grade(rs, {"a": True, "b": False, "c": False, "d": False}, evaluation_date=DATE)
    g = gaps["S1"]
    assert (g.grade, g.target) == ("satisfactory", "good")
    assert [(o.children, o.level) for o in g.options] == [(("C2", "C3"), "met"), (("C2", "C4"), "met"), (("C3", "C4"), "met")]
    assert g.describe() == "to reach good: meet C2 and C3, or meet C2 and C4, or meet C3 and C4"


def test_a_named_criterion_can_be_the_whole_gap(rules):
    rs = rules(RULES)
    gaps = gaps_to_next_grade(rs, {"a": False, "b": False, "c": False, "d": False}, evaluation_date=DATE)
    assert [o.children for o in gaps["S1"].options] == [("C1",)]
    # the section needs S1 good, not outstanding: the least raise is reported
    assert [(o.children, o.level) for o in gaps["s"].options] == [(("S1",), "good")]
    # the section's rules never give satisfactory, so the next grade it can reach is good
    assert gaps["s"].describe() == "to reach good: raise S1 to good"


def test_no_gap_for_the_best_grade_or_an_unknown_one(rules):
    rs = rules(RULES)
    assert "S1" not in gaps_to_next_grade(rs, {"a": True, "b": True, "c": True, "d": True}, evaluation_date=DATE)
    assert "S1" not in gaps_to_next_grade(rs, {}, evaluation_date=DATE)


def test_gaps_are_in_the_result_and_its_json(rules):
    rs = rules(RULES)
    result = rs.evaluate({"a": True, "b": True, "c": False, "d": False}, evaluation_date=DATE)
    data = result.to_dict()
    assert data["gaps"]["S1"] == {
        "grade": "satisfactory", "target": "good",
        "options": [{"raise": ["C3"], "to": "met", "reaches": "good"}, {"raise": ["C4"], "to": "met", "reaches": "good"}],
    }
