"""The HMI 2005 reading: four standards, each judged by the DCSF 2008
standards that evidence it, from the same evidence and never asked twice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import senrules
from senrules.questions import open_questions

SOURCE = Path(__file__).resolve().parents[3] / "shared" / "sources" / "hmi-2005-lea-support-outreach-review-summary.txt"
HMI_STANDARDS = [
    "The service has a clear purpose which takes into account other provision in the area and the needs of particular schools and pupils.",
    "The service has suitable staff to deliver a high quality service.",
    "Services are led and managed to promote change within schools.",
    "Pupils and parents are fully involved in the development of services.",
]


def test_the_four_hmi_standards_are_verbatim():
    rs = senrules.load_ruleset("hmi-2005")
    standards = [n for n in rs.program.nodes if n.kind == "standard"]
    assert [s.decl.title for s in standards] == HMI_STANDARDS
    if SOURCE.exists():
        text = SOURCE.read_text(encoding="utf-8")
        for title in HMI_STANDARDS:
            assert title in text


def test_each_criterion_is_a_dcsf_standard_quoted_verbatim():
    hmi = senrules.load_ruleset("hmi-2005")
    dcsf = senrules.load_ruleset("dcsf-2008")
    for node in hmi.program.nodes:
        if node.kind == "criterion":
            number = re.fullmatch(r"H\d\.S(\d+)", node.id)[1]
            assert node.decl.text == dcsf.program.node(f"S{number}").decl.title
            assert hmi.facts[f"dcsf_s{number}"].linked.node == f"S{number}"


def test_a_dcsf_evaluation_gives_the_hmi_reading_without_new_questions():
    demo = json.loads((Path(senrules.__file__).parent / "rules" / "dcsf-2008" / "demo.json").read_text())
    hmi = senrules.load_ruleset("hmi-2005")
    dcsf = senrules.load_ruleset("dcsf-2008")
    facts, date = demo["facts"], demo["evaluation_date"]
    dcsf_verdicts = dcsf.verdicts(facts, evaluation_date=date)
    result = hmi.evaluate(facts, evaluation_date=date)
    for node in hmi.program.nodes:
        if node.kind == "criterion":
            grade = dcsf_verdicts["S" + node.id.split(".S")[1]]
            expected = {"outstanding": "met", "good": "met", "satisfactory": "partly_met", "inadequate": "not_met", None: "unknown"}[grade]
            assert result.verdict(node.id) == expected, node.id
    # the HMI ruleset has no questions of its own: everything comes from dcsf-2008
    assert open_questions(hmi, {}, evaluation_date=date) == []
    assert all(f.linked is not None for f in hmi.facts.values())
