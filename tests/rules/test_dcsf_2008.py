"""The shipped `dcsf-2008` ruleset against its sources.

The criterion texts, standard titles and NatSIP OB ratings below are an
independent transcription of the DCSF (2008) Quality standards for SEN support
and outreach services and of the NatSIP (2012) Outcomes Benchmarking linkage,
typed from the sources (extraction artefacts removed: `ll` bullet glyphs, the
split `Ill ntervention`, the `360ll º` bullet), not copied from the rule files,
so that a typo in either is caught.  Curly apostrophes are the sources'.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import senrules

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "senrules" / "rules" / "dcsf-2008"
SOURCES = ROOT.parent / "shared" / "sources"

# ------------------------------------------------------------------ the framework, transcribed

OUTCOMES = {
    "S1": ("Progress towards outcomes is systematically recorded and monitored.", [
        "Programmes and interventions are regularly monitored.",
        "Intervention strategies are modified to take account of the response of CYP, feedback is given to them and their own views are acted upon.",
        "Outcome data is systematically identified, collected and analysed over time to evaluate the effectiveness of intervention strategies.",
        "The progress of individuals or particular groups of CYP is monitored after intervention has finished, where appropriate, especially at important transition times between settings.",
    ]),
    "S2": ("The service promotes the use of interventions based on up-to-date specialist knowledge and expertise of suitably qualified professional staff.", [
        "Interventions are realistic within the setting’s context and reinforce the three waves of intervention.",
        "Interventions and outcomes relate to one or more of the five ECM outcomes.",
        "Intended outcomes are agreed with CYP, their class or subject teacher and parents.",
        "Interventions are planned to enhance the development of self-confidence and self-esteem.",
        "Targets in intervention programmes are SMART.",
    ]),
    "S3": ("Parents should always be consulted and, where appropriate, involved in supporting the learning and development of their child as part of any intervention.", [
        "Interventions and intended outcomes are agreed with parents.",
        "Where appropriate, parents are involved in informing or supporting any intervention programme.",
        "Information is collected from parents/key workers/lead professionals concerning their views about the effectiveness of the service, and where appropriate, is acted upon.",
        "Parents are provided with information in an accessible and easy to understand manner.",
    ]),
    "S4": ("Clear outcomes are agreed by the service and user, and steps taken to avoid the development of a culture of dependency.", [
        "A contractual relationship, such as a service level agreement or partnership agreement, which clearly describes the obligations and expectations of all parties, is established with schools and other settings.",
        "Services are delivered in a manner designed to increase the capacity of schools, early years settings and other provision to meet user needs from within their own resources and expertise.",
        "Services are delivered in a manner that is consistent with target setting processes within the service.",
        "Planning for the use of additional adults ensures there is a balance between providing sufficient one-to-one attention to support the individual CYP’s programme and ensuring that they are enabled to become more independent.",
    ]),
    "S5": ("Services have a clear purpose which takes into account local authority policies, the Children and Young People’s Plan, the needs of particular schools, early years settings and other provision in the area, and the range of CYP needs.", [
        "Services are commissioned to undertake specific types of work reflecting local authority policies, the Children and Young People’s Plan, and the achievement of the ECM outcomes.",
        "The service contributes to the achievement of local authority targets and capacity building as part of the overall range of provision.",
        "Written agreements are in place about the services provided to all those involved.",
        "There is collaboration with other services and statutory and voluntary agencies to ensure that the contribution of each is maximised for the benefit of CYP.",
        "Any significant proposed changes to the service comply with the SEN Improvement Test.",
    ]),
    "S6": ("The service regularly collects feedback about its interventions and uses it to improve the quality of service.", [
        "Views about the effectiveness of the service are collected from CYP.",
        "Feedback is gathered regularly in relation to the contribution of the service to the progress of individual and groups of CYP, to the continuing professional development of staff, and to the fulfilment of the school, early years setting or other provision’s mission and objectives.",
        "There are audit trails of instances where feedback from service users has been used to change practice in service delivery.",
    ]),
}

SMD = {
    "S7": ("Leaders have a clear vision, develop the aims and objectives of the service and embrace diversity.", [
        "The service has a clear purpose and values shared by all members of staff.",
        "The service development plan is reviewed regularly, in the context of local authorities’ policies and strategy and the Children and Young People’s Plan, and shared with staff.",
        "Managers demonstrate commitment and support for continual improvement.",
        "Managers articulate the values of the service and lead by example.",
        "The service has a process to review leadership effectiveness (e.g. 360º feedback).",
    ]),
    "S8": ("Leaders motivate, support and recognise a culture of continuous improvement and excellence amongst all staff.", [
        "Managers engage with and listen to staff at all levels.",
        "All staff members are able to give examples of supportive, effective and motivational leadership and describe how their contribution to the service is recognised by managers.",
        "There is evidence to show that all staff are treated equally/fairly.",
        "Managers empower all staff to be involved in change.",
        "Managers ensure appropriate resources and support are provided for change initiatives.",
    ]),
    "S9": ("Leaders maintain positive relationships with CYP, parents, schools, early years settings, and other provision.", [
        "Fully accessible information is published about what users can expect from services, their costs and how well they perform in meeting the needs of CYP.",
        "Managers are involved in a range of external activities that develop and support the service, including sharing effective working practice with others.",
        "Managers can demonstrate how their involvement has delivered improvement and growth, and/or enhanced the reputation of the service.",
        "Complaints procedures are clear and accessible to service users and speedy and effective action is taken in response to complaints.",
        "Information from complaints is used to inform service development.",
    ]),
    "S10": ("CYP, parents, schools, early years settings, and other provision are fully involved in the development of services.", [
        "The views of CYP and parents, schools, early years settings, and other provision are sought in evaluating the service and when changes are proposed.",
        "Ideas and suggestions from service users and stakeholders are evaluated and, where appropriate, incorporated into plans.",
        "Policy and strategy are based on the present and future needs and expectations of all service users and stakeholders.",
        "Policies are designed to give service users choice about the services provided.",
        "Expectations are clearly stated and include arrangements for transparent communication, access to services, response times and accountability.",
    ]),
    "S11": ("There is a service development plan which is developed, reviewed and updated regularly.", [
        "The service development plan is based on information from performance measurement, research, learning and externally related activities such as benchmarking.",
        "The plan is aligned to the Children and Young People’s Plan and local, regional and national policies.",
        "Managers and all staff understand the plan and recognise their role in fulfilling its objectives.",
        "The plan balances the long and short-term requirements of the service, addresses the needs of stakeholders, and takes account of contingency and risk.",
        "There is a robust process for communicating, reviewing and updating the service development plan.",
    ]),
    "S12": ("Key processes fully satisfy, and generate increasing value for, service users and other stakeholders.", [
        "Key processes uphold principles of inclusion in its widest sense and are clearly defined and communicated.",
        "All staff are clear about their own responsibilities.",
        "Performance measures, standards and improvement targets are in place for key processes, and planning for CYP takes account of recent research and published data.",
        "Resource allocation to CYP is regularly reviewed to ensure equitable access to services.",
        "Key processes are regularly reviewed, with employers and stakeholders having an opportunity to feed back on their effectiveness.",
    ]),
    "S13": ("Staff resources are planned, managed and improved.", [
        "Managers have the knowledge and skills they need to develop their staff effectively, and ensure that appropriate training and development opportunities are provided, and are accessible to all staff.",
        "All staff are consistently and effectively managed from recruitment through to exit, to the mutual benefit of the individual, the service and the organisation.",
        "Examples to demonstrate improvements in the efficiency and effectiveness of all staff, informed by the routine collection of information on staff satisfaction, turnover, sickness and absenteeism, can be identified at all levels.",
        "Managers ensure that appropriate professional guidance is accessible.",
        "Performance appraisal of all staff is effective, the achievement of staff performance targets is monitored, and the process leads to training and development aligned to the performance requirements of the service, and the defined needs of the individual.",
    ]),
    "S14": ("Staff experience, knowledge and competencies are identified, developed, sustained, and recognised.", [
        "All staff maintain high levels of specialist knowledge/appropriate qualifications, keep up-to-date with current research and methodologies, and have the necessary personal skills for partnership working with fellow professionals and others.",
        "All staff understand the nature of CYP needs and the range of provision that best promotes their achievements, and are able to provide new insights to overcome barriers.",
        "All staff are skilled in communicating with service users and stakeholders, and can disseminate and share information effectively and appropriately, including funding arrangements for additional or special educational needs within the local authority.",
        "The service recognises the contribution of all staff to its success, acknowledges individual achievements, and promotes policies designed to maintain a reasonable work/life balance.",
        "All staff have the opportunity to take part in service development activities and projects within the organisation. Data is gathered on the impact of training and development.",
    ]),
    "S15": ("There is collaboration with other service providers to ensure that services are complementary, simple to use, effective and joined-up to deliver a better service to the user.", [
        "There are clear links between key partnerships and the overall mission, vision and goals of the service.",
        "Services are commissioned to undertake specific types of work within their own local context, taking account of other local services.",
        "Management responsibilities and lines of accountability are clear in a multi-agency context.",
        "There is joint working with partners to encourage innovation and continuous improvement.",
        "Organisational and cultural differences with partners are recognised and addressed.",
    ]),
    "S16": ("Finance and resources are managed effectively to support the performance and operational requirements of the service.", [
        "A clear medium-term funding strategy is in place, linked to the service development plan and the Children and Young People’s Plan.",
        "Financial resources are deployed to ensure equality of access for all service users.",
        "The service development plan includes strategies for maintaining and sustaining the quality of any premises and specialist resources to improve accessibility and standards of education.",
        "There is a policy for managing technology, including the maintenance of specialist equipment and the replacement of outdated equipment where it would otherwise impact on service provision.",
        "Review procedures are in place to identify and evaluate new and emerging technologies which may have an impact on service delivery.",
    ]),
}

# NatSIP (2012): rating and comment (None where the table gives no comment).
OB = {
    "S1.1": ("I", "OB PIs can inform target setting for CYP against which progress can be monitored."),
    "S1.2": ("N/A", None),
    "S1.3": ("D*", "The annual OB exercise is highly relevant and can make a significant contribution."),
    "S1.4": ("D*", "The OB end of Key Stage PIs are highly relevant to this monitoring."),
    "S2.1": ("I", "OB data can inform the need for waves of intervention."),
    "S2.2": ("D*", "OB data (2012) relates primarily to ‘Enjoy and Achieve’ (13 PIs). One PI relates to ‘Achieve Economic Well-being’."),
    "S2.3": ("D", "OB PIs and data can form a central reference in negotiation of intended outcomes."),
    "S2.4": ("N/A", "No relevant PIs within (2012) OB."),
    "S2.5": ("I", "Targets can be informed by SMART PIs within OB."),
    "S3.1": ("D", "OB PIs and data can inform discussion with parents over intended outcomes for their CYP."),
    "S3.2": ("N/A", None),
    "S3.3": ("I", "Effectiveness will be determined by target setting and negotiated input from the Service. Target setting will be influenced by OB PIs and data."),
    "S3.4": ("I", "OB PIs and data should help in setting out intended outcomes and progress made."),
    "S4.1": ("I", "Improving CYP outcomes should form a guiding principle in establishing agreements and the OB PIs and data should help to focus expectations."),
    "S4.2": ("N/A", None),
    "S4.3": ("D", "OB PIs and data are relevant to target setting."),
    "S4.4": ("N/A", None),
    "S5.1": ("D", "Improving outcomes for CYP should drive service work and OB PIs and data, derived from ECM outcomes, should support this pursuit."),
    "S5.2": ("D*", "The OB PIs and data (which include National Indicators) should offer evidence relevant to LA targets."),
    "S5.3": ("I", "OB PIs and data should inform the range and nature of services negotiated and provided."),
    "S5.4": ("I", "OB PIs and data should inform discussions and collaboration between services."),
    "S5.5": ("I", "OB data could provide evidence in relation to the likely impact on CYP of any proposed changes to the service."),
    "S6.1": ("N/A", None),
    "S6.2": ("I", "The annual OB data should provide supporting evidence alongside the feedback on the contribution of the service to the progress of individual and groups of CYP."),
    "S6.3": ("N/A", None),
    "S7.1": ("I", "Improving outcomes for CYP should form a central purpose of the service and be reflected in the engagement in measuring outcomes."),
    "S7.2": ("D*", "Evidence of outcomes for CYP should be shared with staff and inform the service development plan review."),
    "S7.3": ("D", "Gathering OB data should demonstrate a commitment to obtaining evidence to inform practice and development"),
    "S7.4": ("N/A", None),
    "S7.5": ("N/A", "(Only in the widest sense i.e. OB data can inform service effectiveness which should relate to leadership)"),
    "S8.1": ("N/A", None),
    "S8.2": ("N/A", None),
    "S8.3": ("N/A", None),
    "S8.4": ("N/A", None),
    "S8.5": ("N/A", None),
    "S9.1": ("D", "There should be reference to the important aim of improving outcomes for CYP and OB PIs and data will provide a key source of evidence."),
    "S9.2": ("I", "OB data can contribute to the identification of good practice and development needs and discussion about effective working practices with others."),
    "S9.3": ("D", "OB data can be used as a management tool to identify development needs and provide evidence regarding improvement."),
    "S9.4": ("N/A", None),
    "S9.5": ("N/A", None),
    "S10.1": ("I", "Views on the outcomes achieved by CYP should be sought and OB PIs and data will provide an important context."),
    "S10.2": ("N/A", "(Only in the widest context i.e. the potential to improve outcomes should inform evaluation and inclusion in plans)."),
    "S10.3": ("D", "Improving outcomes for CYP should be central to policy/strategy. OB PIs and data should contribute to the evidence base regarding the needs of CYP."),
    "S10.4": ("N/A", "(Only in the widest context i.e. the menu for choice should include how service users can be most effectively supported to achieve agreed outcomes)."),
    "S10.5": ("N/A", None),
    "S11.1": ("D*", "OB PIs and data should contribute to performance measurement and inform service planning"),
    "S11.2": ("N/A", "(Only in the widest context i.e. all plans and policies should have a focus on Improving outcomes and OB will be consistent with this)."),
    "S11.3": ("D", "Improving outcomes should be central to the plan and reflect in the role of staff. OB’s contribution to performance measurement/ management regarding fulfilment of objectives should be recognised."),
    "S11.4": ("I", "OB PIs and data should inform the plan in relation to addressing the needs of stakeholders."),
    "S11.5": ("I", "The process should take into consideration the evidence from OB PIs and data."),
    "S12.1": ("I", "OB PIs and data concerned with exclusions may offer some context."),
    "S12.2": ("N/A", None),
    "S12.3": ("D*", "OB data should be highly relevant to planning for CYP."),
    "S12.4": ("D", "OB data should provide supporting evidence in prioritising allocation needs."),
    "S12.5": ("I", "OB data should inform discussion."),
    "S13.1": ("N/A", None),
    "S13.2": ("N/A", None),
    "S13.3": ("N/A", None),
    "S13.4": ("N/A", None),
    "S13.5": ("D", "OB PIs and data should inform staff performance targets and development concerned with improving outcomes of CYP."),
    "S14.1": ("N/A", None),
    "S14.2": ("N/A", "(OB PIs and data are only of relevance in terms of measuring achievements)."),
    "S14.3": ("N/A", None),
    "S14.4": ("N/A", None),
    "S14.5": ("I", "OB PIs and data could feed into training and development impact measures."),
    "S15.1": ("I", "OB PIs and data should inform links with partners and the goals of the service."),
    "S15.2": ("I", "OB PIs and data should inform the key work of improving outcomes of CYP, particularly as the data becomes more robust."),
    "S15.3": ("N/A", None),
    "S15.4": ("N/A", None),
    "S15.5": ("N/A", None),
    "S16.1": ("I", "OB PIs and data should be used to inform the service development plan which in turn informs funding strategy."),
    "S16.2": ("I", "OB PIs and data should offer some context for the discussion on deployment."),
    "S16.3": ("I", "OB PIs and data should inform strategies to improve standards."),
    "S16.4": ("I", "OB PIs and data should inform discussion over policy and its impact."),
    "S16.5": ("I", "OB PIs and data should offer a source of relevant evidence within review procedures."),
}

PIS = {
    "pi01_eyfs_cll_score": ("number", "Average subtotal score achieved by children with (sensory) impairment for Communication, Language and Literacy at the end of the EYFS."),
    "pi02_eyfs_total_score": ("number", "Average total score for all 13 EYFS Profile scales achieved by children with (sensory) impairment at the end of the EYFS."),
    "pi03_eyfs_78_points": ("percentage", "% of children with (sensory) impairment achieving a score of 78 points or more across all 13 EYFS Profile scales."),
    "pi04_ks2_english_progress": ("percentage", "% of children with (sensory) impairment progressing by two or more levels in English at KS2."),
    "pi05_ks2_maths_progress": ("percentage", "% of children with (sensory) impairment progressing by two or more levels in mathematics at KS2."),
    "pi06_ks2_level4_english_maths": ("percentage", "% of children with (sensory) impairment achieving Level 4 or above in both English and mathematics at the end of KS2."),
    "pi07_ks4_english_progress": ("percentage", "% of young people with (sensory) impairment progressing by three or more levels (i.e. making expected progress) in English from the end of KS2 to the end of KS4."),
    "pi08_ks4_maths_progress": ("percentage", "% of young people with (sensory) impairment progressing by three or more levels (i.e. making expected progress) in mathematics from the end of KS2 to the end of KS4."),
    "pi09_ks4_5ag_em": ("percentage", "% of young people with (sensory) impairment achieving 5 or more A* - G GCSEs (or equivalent), including English and mathematics, by the end of KS4."),
    "pi10_ks4_5ac_em": ("percentage", "% of young people with (sensory) impairment achieving 5 or more A* - C GCSEs (or equivalent), including English and mathematics, by the end of KS4."),
    "pi11_ks4_5ac_any": ("percentage", "% of young people with (sensory) impairment achieving 5 or more A* - C GCSEs (or equivalent), in any subjects, by the end of KS4."),
    "pi12_ks4_planned_paths": ("percentage", "% of young people with (sensory) impairment with planned education or employment paths in place by the end of KS4."),
    "pi13_fixed_term_exclusion": ("percentage", "% of children and young people with (sensory) impairment who had at least one fixed term exclusion from school during the last academic year."),
    "pi14_permanent_exclusion": ("percentage", "% of children and young people with (sensory) impairment who were permanently excluded from school during the last academic year."),
}

# Every vague word of the rating scale (DCSF 2008 para 11) and of the criteria,
# and the parameter that reads it.
VAGUE_WORDS = {
    "majority of CYP": "majority_of_cyp",
    "high rates of progress": "high_progress_margin",
    "most areas": "most_areas",
    "some areas": "some_areas",
    "few examples": "few_examples",
    "consistent": "consistent_years",
    "over a three year period": "trend_years",
    "regularly (reviewed)": "review_interval",
    "regularly (feedback)": "feedback_interval",
    "regularly (monitored)": "monitoring_weeks",
    "all (staff, parties)": "all_share",
    "speedy": "speedy_response_days",
    "instances / examples": "min_instances",
    "a range of": "range_of_activities",
    "medium-term": "medium_term_years",
}

ATTRIBUTION = {"service_intervened", "service_set_targets", "service_advised_strategy"}


@pytest.fixture(scope="module")
def rs():
    return senrules.load_ruleset("dcsf-2008", cache=False)


@pytest.fixture(scope="module")
def outline():
    r = subprocess.run(
        [sys.executable, "-m", "senrules.cli", "rules", "show", "dcsf-2008", "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env=dict(os.environ),
    )
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _criteria(outline):
    return [c for sec in outline["sections"] for st in sec["standards"] for c in st["criteria"]]


# ------------------------------------------------------------------ counts


def test_the_counts_hold(outline):
    assert [s["id"] for s in outline["sections"]] == ["outcomes", "smd"]
    standards = [st for sec in outline["sections"] for st in sec["standards"]]
    assert [st["id"] for st in standards] == [f"S{n}" for n in range(1, 17)]
    assert [st["id"] for st in outline["sections"][0]["standards"]] == [f"S{n}" for n in range(1, 7)]
    assert len(_criteria(outline)) == 75
    per_standard = {st["id"]: len(st["criteria"]) for st in standards}
    assert per_standard == {
        "S1": 4, "S2": 5, "S3": 4, "S4": 4, "S5": 5, "S6": 3,
        "S7": 5, "S8": 5, "S9": 5, "S10": 5, "S11": 5, "S12": 5, "S13": 5, "S14": 5, "S15": 5, "S16": 5,
    }
    assert sum(len(v[1]) for v in {**OUTCOMES, **SMD}.values()) == 75  # the transcription agrees


def test_criterion_ids_are_in_source_order(outline):
    for st in (st for sec in outline["sections"] for st in sec["standards"]):
        assert [c["id"] for c in st["criteria"]] == [f"{st['id']}.{k}" for k in range(1, len(st["criteria"]) + 1)]


@pytest.mark.skipif(not (SOURCES / "dcsf-2008-quality-standards-sen-support-outreach.txt").exists(), reason="sources not beside the checkout")
def test_the_source_itself_has_16_standards_and_75_supporting_evidence_bullets():
    text = (SOURCES / "dcsf-2008-quality-standards-sen-support-outreach.txt").read_text(encoding="utf-8")
    body = text[text.index("Supporting evidence:") - 200:]
    headings = re.findall(r"^\s*STANDARD (\d+) –", body, re.M)
    assert sorted(map(int, headings)) == list(range(1, 17))
    blocks = re.split(r"^\s*STANDARD \d+ –", body, flags=re.M)[1:]
    # a bullet is `ll` at the end of a line (not the end of a word such as
    # "all"), possibly before a footnote number; S1.2's bullet was extracted
    # as "Ill ntervention", S7.5's as "360ll º"
    bullet = r"(?<![A-Za-z])ll[ \t]*(?:\d[ \t]*)?$|^Ill |360ll º"
    counts = {int(n): len(re.findall(bullet, b, re.M)) for n, b in zip(headings, blocks)}
    assert counts == {n: len((OUTCOMES | SMD)[f"S{n}"][1]) for n in range(1, 17)}
    assert sum(counts.values()) == 75


# ------------------------------------------------------------------ texts and ratings


@pytest.mark.parametrize("sid", list(OUTCOMES) + list(SMD))
def test_standard_title_and_criterion_texts_match_the_transcription(outline, sid):
    section = "outcomes" if sid in OUTCOMES else "smd"
    title, texts = (OUTCOMES | SMD)[sid]
    sec = next(s for s in outline["sections"] if s["id"] == section)
    st = next(s for s in sec["standards"] if s["id"] == sid)
    assert st["title"] == title
    assert [c["text"] for c in st["criteria"]] == texts
    n = sid[1:]
    assert st["citations"][0] == {"document": "DCSF 2008", "place": f"Standard {n}"}
    for k, c in enumerate(st["criteria"], 1):
        assert c["citations"][0] == {"document": "DCSF 2008", "place": f"Standard {n}, supporting evidence {k}"}


def test_no_extraction_artefacts_remain(outline):
    for c in _criteria(outline):
        for text in (c["text"], c["ob_comment"] or ""):
            assert not re.search(r"ll$|\bIll\b|  |\bfi |\bfl |\s$|^\s", text), (c["id"], text)


def test_every_ob_rating_and_comment_matches_natsip(outline):
    got = {c["id"]: (c["ob_rating"], c["ob_comment"]) for c in _criteria(outline)}
    assert got == OB


def test_the_ob_ratings_are_distributed_as_natsip_gives_them():
    ratings = [r for r, _ in OB.values()]
    assert {r: ratings.count(r) for r in ("D*", "D", "I", "N/A")} == {"D*": 7, "D": 11, "I": 25, "N/A": 32}


@pytest.mark.skipif(not (SOURCES / "natsip-2012-ob-linkage-and-sen-improvement-test.txt").exists(), reason="sources not beside the checkout")
def test_the_natsip_tables_give_the_ratings_in_this_order():
    text = (SOURCES / "natsip-2012-ob-linkage-and-sen-improvement-test.txt").read_text(encoding="utf-8")
    tables = text[text.index("SECTION ONE: OUTCOMES"):text.index("APPENDICES")]
    ratings = [r.strip() for r in re.findall(r"^\t(D\*|D|I|N/A)[ \t]*$", tables, re.M)]
    assert ratings == [r for r, _ in OB.values()]
    flat = " ".join(tables.split())
    for cid, (_, comment) in OB.items():
        if comment:
            assert comment in flat, cid
    # NatSIP repeats the criterion texts in cleaner form: every DCSF text is
    # there too, except that NatSIP adds its own cross-reference to S5.5.
    for sid, (_, texts) in (OUTCOMES | SMD).items():
        for k, text in enumerate(texts, 1):
            expected = text[:-1] + " (see Appendix 2)." if f"{sid}.{k}" == "S5.5" else text
            assert expected in flat, f"{sid}.{k}"


# ------------------------------------------------------------------ facts


def test_the_14_ob_indicators_and_their_benchmarks(rs):
    for n, (ident, (kind, definition)) in enumerate(PIS.items(), 1):
        for name in (ident, ident + "_benchmark"):
            fact = rs.facts[name]
            assert fact.per_year, name
            assert fact.question and fact.unit and fact.category == "performance", name
            assert any(c.document == "NatSIP 2012" and c.place == f"Appendix 1, PI {n}" for c in fact.citations), name
        assert rs.facts[ident].doc == definition


def test_the_ob_indicator_facts_in_json(outline):
    facts = {f["id"]: f for f in outline["facts"]}
    for ident, (kind, _) in PIS.items():
        for name in (ident, ident + "_benchmark"):
            assert facts[name]["type"] == kind and facts[name]["per_year"] is True
    scores = {"pi01_eyfs_cll_score": [0, 36], "pi02_eyfs_total_score": [0, 117]}
    for name, rng in scores.items():
        assert facts[name]["range"] == rng and facts[name]["unit"] == "points"


def test_every_fact_has_a_question_and_a_category(outline):
    for f in outline["facts"]:
        assert f["question"], f["id"]
        assert f["category"] in ("performance", "perception", "anecdotal"), f["id"]


def test_every_criterion_reads_facts_and_lists_its_evidence(outline):
    facts = {f["id"]: f for f in outline["facts"]}
    for c in _criteria(outline):
        assert c["facts"], c["id"]
        assert c["evidence"], c["id"]
        for name in c["facts"]:
            assert facts[name]["category"] in c["evidence"], (c["id"], name)


def test_anecdotes_can_only_lift_a_criterion_to_partly_met(outline):
    facts = {f["id"]: f for f in outline["facts"]}
    anecdotal = {name for name, f in facts.items() if f["category"] == "anecdotal"}
    assert len(anecdotal) >= 5
    used = set()
    for c in _criteria(outline):
        for clause in c["outcomes"]:
            names = {n for n in anecdotal if re.search(rf"\b{n}\b", clause["condition"] or "")}
            used |= names
            if names:
                assert clause["outcome"] == "partly_met", (c["id"], clause)
    assert used == anecdotal


def test_progress_data_is_only_credited_when_attributable(outline):
    """DCSF 2008 paras 13-15: where CYP progress decides a verdict, the three
    conditions of para 14 are required alongside it."""
    for c in _criteria(outline):
        for clause in c["outcomes"]:
            cond = clause["condition"] or ""
            if clause["outcome"] == "met" and re.search(r"cyp_targets_met\s*-\s*cyp_progress_benchmark", cond):
                assert all(a in cond for a in ATTRIBUTION), c["id"]
    grading = next(g for g in outline["gradings"] if g["id"] == "outcomes_grade")
    for clause in grading["clauses"][:-1]:
        assert all(a in clause["condition"] for a in ATTRIBUTION), clause


def test_d_star_and_d_criteria_use_the_ob_indicators(outline):
    with_pis = {c["id"] for c in _criteria(outline) if any(f.startswith("pi") for f in c["facts"])}
    assert with_pis == {"S1.3", "S1.4", "S2.2", "S5.2", "S9.3"}
    assert all(OB[cid][0] in ("D*", "D") for cid in with_pis)
    for cid in ("S2.3", "S3.1", "S4.3", "S5.1", "S12.4", "S13.5"):  # D: OB use asked of OB services only
        crit = next(c for c in _criteria(outline) if c["id"] == cid)
        assert "ob_participant" in crit["facts"]


# ------------------------------------------------------------------ parameters and gradings


def test_every_vague_word_is_a_documented_cited_parameter(rs):
    for word, name in VAGUE_WORDS.items():
        assert name in rs.parameters, word
    for p in rs.parameters.values():
        assert p.doc and len(p.doc) > 60, p.name
        assert p.citations and p.citations[0].document == "DCSF 2008" or any(c.document == "DCSF 2008" for c in p.citations), p.name


def test_parameter_defaults(outline):
    params = {p["id"]: p["default"] for p in outline["parameters"]}
    assert params["majority_of_cyp"] == 50 and params["most_areas"] == 75 and params["some_areas"] == 25
    assert params["few_examples"] == 15 and params["trend_years"] == 3 and params["consistent_years"] == 3
    assert params["high_progress_margin"] == 0


def test_the_gradings_and_the_three_year_element(outline):
    gradings = {g["id"]: g for g in outline["gradings"]}
    assert set(gradings) == {"standard_grade", "outcomes_grade", "smd_grade"}
    for g in gradings.values():
        assert [c["grade"] for c in g["clauses"]] == ["outstanding", "good", "satisfactory", "inadequate"]
        assert g["clauses"][-1]["condition"] is None
    assert "improving(share(criteria is met), trend_years)" in gradings["smd_grade"]["clauses"][0]["condition"]
    assert "consistent_years" in gradings["outcomes_grade"]["clauses"][0]["condition"]
    standards = [st for sec in outline["sections"] for st in sec["standards"]]
    assert all(st["grading"] == "standard_grade" for st in standards)
    assert [s["grading"] for s in outline["sections"]] == ["outcomes_grade", "smd_grade"]


def test_the_ruleset_checks_clean_with_the_analysis():
    r = subprocess.run([sys.executable, "-m", "senrules.cli", "check", str(RULES)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_rule_tests_cover_every_verdict_and_outcome():
    r = subprocess.run([sys.executable, "-m", "senrules.cli", "test", "dcsf-2008", "--coverage"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 failed" in r.stdout
    assert "coverage: 94 of 94 verdicts expected by some test" in r.stdout
    assert "no test expects" not in r.stdout


def test_the_text_outline_lists_the_framework_line_by_line():
    r = subprocess.run([sys.executable, "-m", "senrules.cli", "rules", "show", "dcsf-2008"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    for sid, (title, texts) in (OUTCOMES | SMD).items():
        assert f"{sid}  {title}" in r.stdout
        for k, text in enumerate(texts, 1):
            assert f"{sid}.{k}  {text} [OB {OB[f'{sid}.{k}'][0]}]" in r.stdout


def test_the_header(outline):
    assert outline["id"] == "dcsf-2008" and outline["version"]
    assert outline["effective_from"] == "2008-01-01"
    assert "DCSF (2008)" in outline["source"] and "NatSIP (2012)" in outline["source"]
    assert outline["grades"] == ["outstanding", "good", "satisfactory", "inadequate"]
    assert outline["outcomes"] == ["met", "partly_met", "not_met"]


# ------------------------------------------------------------------ evaluation end to end


@pytest.fixture(scope="module")
def demo():
    return json.loads((RULES / "demo.json").read_text(encoding="utf-8"))


def test_a_realistic_service_evaluates_end_to_end(rs, demo):
    result = rs.evaluate(demo["facts"], evaluation_date=demo["evaluation_date"])
    assert result.overall == "good"
    assert result.verdict("outcomes") == "good"  # high progress now, but not in each of three years
    assert result.verdict("smd") == "unknown"  # outstanding or good: three criteria still lack evidence
    assert set(result.judgement("smd").possible) == {"outstanding", "good"}
    assert result.verdict("S5.2") == "met"
    assert result.verdict("S1.4") == "partly_met"
    unknown = [c for c in (f"S{s}.{k}" for s, ts in enumerate([OUTCOMES[f'S{i}'][1] for i in range(1, 7)] + [SMD[f'S{i}'][1] for i in range(7, 17)], 1) for k in range(1, len(ts) + 1)) if result.verdict(c) == "unknown"]
    assert unknown == ["S7.5", "S15.5", "S16.5"]
    data = json.loads(result.to_json())
    assert data["ruleset"]["id"] == "dcsf-2008"
    assert data["parameters"]["most_areas"]["value"] == 75
    assert data["overall"] == "good"


def test_an_la_override_changes_the_demo_grade(rs, demo):
    # An LA that reads "high rates of progress" as 5 points above the benchmark:
    # the demo service's 66% against 63% is no longer high.
    result = rs.evaluate(demo["facts"], evaluation_date=demo["evaluation_date"], parameters={"high_progress_margin": 5})
    assert result.verdict("outcomes") == "satisfactory"
    assert result.overall == "satisfactory"
    assert result.to_dict()["parameters"]["high_progress_margin"]["overridden"] is True


def test_the_demo_through_the_command_line():
    r = subprocess.run([sys.executable, "-m", "senrules.cli", "evaluate", "dcsf-2008", "--demo", "--brief"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "OVERALL: GOOD" in r.stdout
    assert "    UNKNOWN  “The service has a process to review leadership effectiveness (e.g. 360º feedback)” (S7.5)\n" in r.stdout
    assert "'the majority of CYP': 50% (parameter majority_of_cyp), the ruleset's default" in r.stdout


def test_a_national_batch_is_fast(rs, demo):
    import time

    batch = [demo["facts"]] * 150
    rs.verdicts_many(batch[:2], evaluation_date="2024-09-01")
    start = time.perf_counter()
    out = rs.verdicts_many(batch, evaluation_date="2024-09-01")
    assert len(out) == 150
    assert time.perf_counter() - start < 5.0
