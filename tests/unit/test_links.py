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


# ---------------------------------------------------------------- circles of links


def _linking(ident: str, reads: str) -> str:
    """A ruleset `ident` whose one criterion reads standard R1 of `reads`."""
    return f"""
ruleset {ident} {{ title "Reads {reads}" }}
fact other: choice("outstanding", "good", "satisfactory", "inadequate") {{ from "{reads}" "R1" }}
section r "Reading" {{
  standard R1 "Reads the other" {{
    cite "test" "R1"
    criterion R1.1 "The other is good." {{ met when other == "good"  not_met otherwise }}
    grade {{ good when count(criteria is met) == 1  inadequate otherwise }}
  }}
  grade {{ good when R1 is good  inadequate otherwise }}
}}
"""


def _write(tmp_path, pairs):
    paths = {}
    for ident, reads in pairs:
        folder = tmp_path / ident
        folder.mkdir()
        (folder / f"{ident}.rules").write_text(_linking(ident, reads), encoding="utf-8")
        paths[ident] = folder
    return paths


@pytest.mark.parametrize(
    "pairs",
    [
        [("alpha", "alpha")],
        [("alpha", "beta"), ("beta", "alpha")],
        [("alpha", "beta"), ("beta", "gamma"), ("gamma", "alpha")],
    ],
    ids=["itself", "two", "three"],
)
def test_a_circle_of_links_is_named_not_a_recursion_error(tmp_path, pairs):
    import senrules
    from senrules import EvaluationError

    paths = _write(tmp_path, pairs)
    rs = senrules.load_ruleset(paths["alpha"], search=paths, cache=False)
    with pytest.raises(EvaluationError) as caught:
        rs.verdicts({}, evaluation_date=DATE)
    message = caught.value.message
    assert message.startswith("linked facts go round in a circle")
    for ident, reads in pairs:
        assert f"{ident} reads `other` from {reads} ({paths[ident] / (ident + '.rules')}:3)" in message
    with pytest.raises(EvaluationError, match="go round in a circle"):
        rs.evaluate({}, evaluation_date=DATE)


def test_a_chain_of_links_without_a_circle_still_works(tmp_path):
    import senrules

    paths = _write(tmp_path, [("alpha", "beta"), ("beta", "gamma")])
    paths["gamma"] = tmp_path / "gamma"
    paths["gamma"].mkdir()
    (paths["gamma"] / "gamma.rules").write_text(
        _linking("gamma", "-").replace('{ from "-" "R1" }', '{ question "How good is it?" }'), encoding="utf-8"
    )
    rs = senrules.load_ruleset(paths["alpha"], search=paths, cache=False)
    assert rs.verdicts({}, evaluation_date=DATE)["R1"] is None
    assert rs.verdicts({"other": "good"}, evaluation_date=DATE)["R1"] == "good"


def test_the_command_line_reports_a_circle_in_one_message(tmp_path):
    import subprocess
    import sys

    alpha = tmp_path / "alpha.rules"
    alpha.write_text(_linking("alpha", "alpha"), encoding="utf-8")  # reads its own verdicts
    facts = tmp_path / "facts.json"
    facts.write_text("{}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "senrules.cli", "evaluate", str(alpha), "--facts", str(facts), "--date", DATE],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "recursion" not in done.stderr
    assert f"linked facts go round in a circle, so no verdict can be worked out: alpha reads `other` from alpha ({alpha}:3)." in done.stderr
