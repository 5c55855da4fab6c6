"""Gap to the next grade: the fewest children, raised as little as needed,
that lift a standard, a section or the overall judgement one grade, stated
compactly ("any three of ..."), and really sufficient and minimal on the
shipped rulesets."""

from __future__ import annotations

import datetime as _dt
import itertools
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules
from senrules import logic
from senrules.engine import node_masks, resolve_parameters
from senrules.facts import prepare_facts
from senrules.gaps import gaps_to_next_grade

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from varied_facts import varied_facts  # noqa: E402

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


def test_any_k_of_the_interchangeable_criteria(rules):
    rs = rules(RULES)
    gaps = gaps_to_next_grade(rs, {"a": True, "b": False, "c": False, "d": False}, evaluation_date=DATE)
    g = gaps["S1"]
    assert (g.grade, g.target) == ("satisfactory", "good")
    assert [(o.size, o.children, o.level) for o in g.options] == [(2, ("C2", "C3", "C4"), "met")]
    assert g.describe() == "to reach good: meet any two of C2, C3, C4"


def test_a_named_criterion_can_be_the_whole_gap(rules):
    rs = rules(RULES)
    gaps = gaps_to_next_grade(rs, {"a": False, "b": False, "c": False, "d": False}, evaluation_date=DATE)
    # C1 is read by name: raising it alone gives satisfactory; C2-C4 are only counted
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
        "grade": "satisfactory", "target": "good", "complete": True,
        "options": [{"raise": ["C3", "C4"], "picks": [{"count": 1, "among": ["C3", "C4"]}], "to": "met", "reaches": "good"}],
    }


FIVE = """
parameter most: percentage = 75 { doc "most areas" }
parameter some: percentage = 25 { doc "some areas" }
fact n: integer per year { question "n?" }
""" + "\n".join(f'fact f{i}: choice("yes", "partly", "no") {{ question "f{i}?" }}' for i in range(1, 6)) + """
section s "Section" {
  standard S1 "One" {
""" + "\n".join(
    f'    criterion S1.{i} "C{i}" {{ met when f{i} == "yes"  partly_met when f{i} == "partly"  not_met otherwise }}'
    for i in range(1, 6)
) + """
    grade {
      outstanding when count(criteria is met) == count(criteria)
      good when (share(criteria is met) + share(criteria is at least partly_met)) / 2 >= most
      satisfactory when (share(criteria is met) + share(criteria is at least partly_met)) / 2 >= some
      inadequate otherwise
    }
  }
  standard S2 "Two" {
    criterion S2.1 "C" { met when f1 == "yes"  not_met otherwise }
    grade { outstanding when S2.1 is met  inadequate otherwise }
  }
  grade {
    outstanding when share(standards is at least good) >= most and improving(n, 3)
    good when share(standards is at least good) >= most
    inadequate otherwise
  }
}
"""


def test_any_three_of_five_not_ten_combinations(rules):
    rs = rules(FIVE)
    facts = {f"f{i}": "no" for i in range(1, 6)}
    g = gaps_to_next_grade(rs, facts, evaluation_date=DATE)["S1"]
    # (met + at least partly) / 2 >= 25%: one met is 20%, two partly met 20%, two met 40%
    assert g.describe() == "to reach satisfactory: meet any two of S1.1, S1.2, S1.3, S1.4, S1.5"
    facts = {"f1": "yes", "f2": "partly", "f3": "no", "f4": "no", "f5": "no"}
    g = gaps_to_next_grade(rs, facts, evaluation_date=DATE)["S1"]
    assert (g.grade, g.target) == ("satisfactory", "good")
    # (20% + 40%) / 2 = 30%; good needs 75%: three more met (S1.2 among them or not) gives 80%,
    # two give at most 70%; raised only to partly met, no three are enough
    assert g.describe() == "to reach good: meet any three of S1.2, S1.3, S1.4, S1.5"


def test_a_section_lifts_when_the_better_grade_is_still_open(rules):
    """The section's outstanding clause is unknown (no trend data), so
    raising its standards makes it 'good or outstanding': at least good, a
    lift all the same."""
    rs = rules(FIVE)
    facts = {f"f{i}": "no" for i in range(1, 6)}
    g = gaps_to_next_grade(rs, facts, evaluation_date=DATE)["s"]
    assert (g.grade, g.target) == ("inadequate", "good")
    assert g.describe() == "to reach good: raise S1 and S2 to good"


# ------------------------------------------------------------------ sufficient and minimal on the shipped rulesets


def _node_masks(rs, facts):
    D = _dt.date.fromisoformat(DATE)
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, None)
    masks, other = node_masks(rs, F, P, D, D.year)
    return lambda node, trial: rs.compiled.node_fns[node.index](F, P, trial, D.year, D, other.at), masks


def _lifted(new: int, target_index: int) -> bool:
    return not (new & logic.NONE) and new != 0 and new.bit_length() - 1 <= target_index


def _raise(masks, program, ids, level_bit):
    t = list(masks)
    for i in ids:
        c = program.by_id[i]
        if not (logic.mask_known(t[c]) and t[c] <= level_bit):
            t[c] = level_bit
    return t


@pytest.fixture(scope="module")
def shipped():
    return {name: senrules.load_ruleset(name) for name in ("dcsf-2008", "hmi-2005")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), name=st.sampled_from(["dcsf-2008", "hmi-2005"]), missing=st.sampled_from([0.0, 0.1, 0.3]))
def test_gaps_are_sufficient_and_minimal(shipped, seed, name, missing):
    rs = shipped[name]
    program = rs.program
    facts = varied_facts(rs, seed, missing=missing)
    fn, masks = _node_masks(rs, facts)
    for gap in gaps_to_next_grade(rs, facts, evaluation_date=DATE).values():
        node = program.node(gap.node)
        target = node.scale.index(gap.target)
        child_scale = program.nodes[node.children[0]].scale
        assert gap.complete
        # sufficient: every concrete choice an option allows lifts the grade
        for o in gap.options:
            bit = 1 << child_scale.index(o.level)
            choices = itertools.product(*(itertools.combinations(p.among, p.count) for p in o.picks))
            for n, choice in enumerate(choices):
                if n >= 200:
                    break
                ids = [i for part in choice for i in part]
                assert _lifted(fn(node, _raise(masks, program, ids, bit)), target), (gap.node, o, ids)
        # minimal: no fewer children, raised to the best level, lift it
        fewest = min((o.size for o in gap.options), default=len(node.children) + 1)
        ids = [program.nodes[c].id for c in node.children]
        for size in range(1, min(fewest, 4)):
            for subset in itertools.combinations(ids, size):
                assert not _lifted(fn(node, _raise(masks, program, subset, 1)), target), (gap.node, subset)
        if not gap.options:
            assert not _lifted(fn(node, _raise(masks, program, ids, 1)), target), gap.node
