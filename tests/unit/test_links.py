"""Facts linked to another ruleset's verdicts: evaluated once, asked never."""

from __future__ import annotations

import pytest

from senrules import InputError

DATE = "2024-09-01"

LINKED = """
ruleset linked { title "Reads the example ruleset" }
fact s1: choice("outstanding", "good", "satisfactory", "inadequate") { from "example" "S1" }
fact s11_5: choice("met", "partly_met", "not_met") { from "example" "S11.5" }
fact own: boolean { question "Anything of its own?" }
section h "Reading" {
  standard H1 "Monitoring and planning" {
    cite "test" "H1"
    criterion H1.1 "Progress is monitored." { met when s1 in ["outstanding", "good"]  not_met otherwise }
    criterion H1.2 "The plan is reviewed." { met when s11_5 == "met" and own  not_met otherwise }
    grade { good when count(criteria is met) == 2  inadequate otherwise }
  }
  grade { good when H1 is good  inadequate otherwise }
}
"""

EXAMPLE_FACTS = {
    "programmes_monitored": True, "monitoring_interval": 6, "views_acted_on": "always",
    "cyp_progress_rate": {2022: 55, 2023: 60, 2024: 66},
    "interventions": [{"name": "A", "pupils": 5, "met_target": True}],
    "plan_reviewed_on": "2024-04-01",
}


def test_linked_facts_take_the_other_rulesets_verdicts(rules):
    rs = rules(LINKED, header=False)
    result = rs.evaluate({**EXAMPLE_FACTS, "own": True}, evaluation_date=DATE)
    assert result.verdict("H1.1") == "met"
    assert result.verdict("H1.2") == "met"
    assert result.verdict("H1") == "good"
    assert result.judgement("H1.1").facts[0].provenance == ("example verdict, record S1",)


def test_unknown_verdicts_stay_unknown(rules):
    rs = rules(LINKED, header=False)
    v = rs.verdicts({"own": True}, evaluation_date=DATE)
    assert v["H1.1"] is None and v["H1"] is None


def test_a_linked_fact_given_directly_takes_precedence(rules):
    rs = rules(LINKED, header=False)
    # S1 would be unknown on these facts; the direct answer stands in for it
    v = rs.verdicts({"s1": "good", "own": True}, evaluation_date=DATE)
    assert v["H1.1"] == "met"
    with pytest.raises(InputError, match="did you mean `programmes_monitored`"):
        rs.verdicts({"programmes_monitorde": True}, evaluation_date=DATE)


def test_a_link_must_be_a_choice(rules):
    from senrules import RuleCheckError

    with pytest.raises(RuleCheckError, match="must be a choice of its levels"):
        rules(LINKED.replace('fact own: boolean { question "Anything of its own?" }', 'fact bad: integer { from "example" "S1" }\nfact own: boolean { question "x" }'), header=False)
