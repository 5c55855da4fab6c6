"""Round 10 (b): the plan, its benefits and places, as the tenth held-out
corpus (the common registers) showed them misread.  Each cause is probed
both ways: a phrasing that now reads differently, and a near one that must
not change."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

ENLARGE = "# Proposal for special educational provision\n\nThe Council proposes to enlarge Oak School.\n\n"


def _verdict(write, body: str, factor: str) -> str:
    return check_document(write(body)).verdicts()[factor]


# A table of one provision's places, named by its lead-in ("The places at Redgrave ... are:", "The school would have
# the following places"), whose total row gives another figure than the prose for the same school and year: the
# document contradicts itself ((d) unclear).  A table whose rows are several provisions, or whose total agrees, or
# whose last column is another year, does not.
REDGRAVE = ("# Cabinet report: Redgrave School\n\nThis report seeks approval to enlarge Redgrave School, a community "
            "special school for pupils with social, emotional and mental health (SEMH) needs, from 64 to 96 places from "
            "1 September 2028.\n\n## 3. Places\n\n")
WILLOWMEAD = ("# Consultation: Willowmead School\n\nWe propose that Willowmead School, a community special school for pupils "
              "with moderate learning difficulties (MLD), should from 1 September 2027 also take pupils with autism, and "
              "should grow to 120 places.\n\n## Places\n\nThe school would have the following places from September 2027:\n\n")
ONE_PROVISION_TABLE = [
    ("d", "unclear", REDGRAVE + "3.1 The places at Redgrave before and after the enlargement are:\n\n"
                               "| Key stage | Now | From September 2028 |\n| --- | --- | --- |\n| KS2 | 16 | 24 |\n| KS3 | 48 | 64 |\n"
                               "| Total | 64 | 88 |\n"),
    ("d", "met", REDGRAVE + "3.1 The places at Redgrave before and after the enlargement are:\n\n"
                           "| Key stage | Now | From September 2028 |\n| --- | --- | --- |\n| KS2 | 16 | 32 |\n| KS3 | 48 | 64 |\n"
                           "| Total | 64 | 96 |\n"),
    ("d", "unclear", WILLOWMEAD + "| Designation | Places now | Places from Sept 2027 |\n| --- | --- | --- |\n| MLD | 90 | 72 |\n"
                                 "| Autism | 0 | 40 |\n| Total | 90 | 112 |\n"),
    ("d", "met", WILLOWMEAD + "| Designation | Places now | Places from Sept 2027 |\n| --- | --- | --- |\n| MLD | 90 | 80 |\n"
                             "| Autism | 0 | 40 |\n| Total | 90 | 120 |\n"),
    # (a phased table: its last column is another year than the prose's figure)
    ("d", "met", WILLOWMEAD + "| Designation | Places now | Places from Sept 2029 |\n| --- | --- | --- |\n| MLD | 90 | 72 |\n"
                             "| Autism | 0 | 60 |\n| Total | 90 | 132 |\n"),
]


@pytest.mark.parametrize("factor, expected, body", ONE_PROVISION_TABLE, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ONE_PROVISION_TABLE)])
def test_a_one_provision_table_total_against_the_prose(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# Places where there are none now are places added, also when the figure stands under a label with no verb ("3.4
# Places. 20 places for autism from September 2027, where there are none now"), and "none now" said of a named
# place does not deny the claim ("where Pellingham has none now").  Places that are only counted are not.
NONE_NOW = [
    ("d", "met", ENLARGE + "## 3. What children would gain\n\n3.4 *Places.* 20 ERP places for autism from September 2027, "
                           "where there are none now.\n"),
    ("d", "met", ENLARGE + "## 4. Benefits\n\n4.4 Places: 64 new SEMH special school places (32 in September 2028, 64 by "
                           "September 2029), where Pellingham has none now.\n"),
    ("d", "not_met", ENLARGE + "## 4. Benefits\n\n4.4 Places: there are no places for autism in Pellingham now.\n"),
]


@pytest.mark.parametrize("factor, expected, body", NONE_NOW, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NONE_NOW)])
def test_places_where_there_are_none_now(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# An options table whose row marks the option put forward ("B | Close Fernside; enlarge Redmoor | Recommended") makes
# a section headed by that option ("4. Benefits of Option B") the plan; a section headed by an option the table does
# not recommend is still an option considered.
OPTIONS_TABLE = ("# Cabinet report: the future of Fernside School\n\nThe Council proposes to close Fernside School and enlarge "
                 "Redmoor School.\n\n## 3. Options considered\n\n| Option | Summary | Conclusion |\n| --- | --- | --- |\n"
                 "| A | Retain Fernside and refurbish | Not recommended: site too small |\n"
                 "| B | Close Fernside; enlarge Redmoor | Recommended |\n\n")
BENEFITS = ("4.1 Curriculum and facilities. Redmoor offers GCSEs in eight subjects and a climbing wall used by every pupil "
            "weekly, in line with the Kingsmoor Accessibility Strategy.\n\n4.3 Accommodation. A new block at Redmoor of eight "
            "classrooms (each 54 m²), ready August 2027.\n")
OPTION_CHOSEN_IN_A_TABLE = [
    ("a", "met", OPTIONS_TABLE + "## 4. Benefits of Option B\n\n" + BENEFITS),
    ("c", "met", OPTIONS_TABLE + "## 4. Benefits of Option B\n\n" + BENEFITS),
    ("a", "not_met", OPTIONS_TABLE + "## 4. Benefits of Option A\n\n" + BENEFITS),
    ("c", "not_met", OPTIONS_TABLE + "## 4. Benefits of Option A\n\n" + BENEFITS),
]


@pytest.mark.parametrize("factor, expected, body", OPTION_CHOSEN_IN_A_TABLE,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(OPTION_CHOSEN_IN_A_TABLE)])
def test_the_option_an_options_table_recommends_is_the_plan(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# The benefits: where pupils move to is not access gained ("supported to return to full-time mainstream classes");
# a sum in a sentence about building works is the building's cost, not a specific of access to education; "improved
# outcomes" and "a better learning environment" claim access to education in general words; a named link specialist
# with a termly visit is specialist staff named with how often; a facility "available to all pupils" is access to it
# (a), not accommodation gained (c).
STRATEGY = ", in line with the Council's Accessibility Strategy"
BENEFIT_PHRASINGS = [
    ("a", "not_met", ENLARGE + "The five pupils will be supported to return to full-time mainstream classes at Oakfield Primary.\n"),
    ("a", "met", ENLARGE + "The five pupils will join mainstream lessons in science and art at Oakfield Primary every week" + STRATEGY + ".\n"),
    ("a", "unclear", ENLARGE + "Pupils will have better opportunities" + STRATEGY + ". The building has been extended with ten "
                               "classrooms (45 m² each), a vocational workshop and a counselling room, at a cost of £2.9 million.\n"),
    ("a", "met", ENLARGE + "Pupils will have new vocational equipment worth £20,000" + STRATEGY + ".\n"),
    ("a", "unclear", ENLARGE + "4.1 Pupils will benefit from improved outcomes and a better learning environment" + STRATEGY + ".\n"),
    ("a", "not_met", ENLARGE + "4.1 The Council's Accessibility Strategy is published on its website.\n"),
    ("b", "met", ENLARGE + "Each locality team would offer every mainstream school a named link specialist and a termly planning visit.\n"),
    ("b", "unclear", ENLARGE + "Each locality team would offer every mainstream school a named link specialist.\n"),
    ("b", "not_met", ENLARGE + "Each locality team would offer every mainstream school a termly planning visit.\n"),
    ("c", "unclear", ENLARGE + "The Centre's ICT suite and fitness room are available to all pupils. Accommodation will be more "
                               "suitable for the pupils' needs.\n"),
    ("c", "met", ENLARGE + "A new ICT suite and a fitness room will be built for all pupils.\n"),
]


@pytest.mark.parametrize("factor, expected, body", BENEFIT_PHRASINGS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BENEFIT_PHRASINGS)])
def test_benefits_read_for_what_pupils_gain(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# Where a BESD school closes, a table of several provisions' places whose total keeps only by counting places in a
# pupil referral unit: the special school places fall ((d) not_met, para 23); not when they do not fall.
ASH = ("# Cabinet report: closure of Ash School\n\nThe Council proposes to close Ash School, a special school for pupils "
       "with BESD, on 31 August 2027, to enlarge Elm School and to commission places at the Orchard Centre (the city's pupil "
       "referral unit).\n\n## 4. Places\n\nThe proposal maintains provision for pupils with SEMH needs in the city:\n\n"
       "| Provision | Now | From Sept 2027 |\n| --- | --- | --- |\n| Ash School | 60 | 0 |\n")
PRU_IN_THE_TOTAL = [
    ("d", "not_met", ASH + "| Elm School | 80 | 120 |\n| Orchard Centre (additional places) | 0 | 20 |\n| Total | 140 | 140 |\n"),
    ("d", "met", ASH + "| Elm School | 80 | 140 |\n| Orchard Centre (additional places) | 0 | 20 |\n| Total | 140 | 160 |\n"),
]


@pytest.mark.parametrize("factor, expected, body", PRU_IN_THE_TOTAL, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PRU_IN_THE_TOTAL)])
def test_a_total_kept_by_pru_places(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# A table of one provision set out down the page, a row for each time, whose places after differ from the prose's for
# the same year: the document contradicts itself; the same figure does not.
SKELTON = ("# Consultation: Skelton Beck School\n\nThe Council proposes to increase the capacity of Skelton Beck School from 120 "
           "to 150 places from September 2027.\n\n**Table 1: Skelton Beck School**\n\n"
           "| | Capacity | Commissioned places |\n|---|---|---|\n| 2026-27 (now) | 124 | 120 |\n")
DOWN_THE_PAGE = [
    ("d", "unclear", SKELTON + "| From September 2027 | 148 | 140 |\n"),
    ("d", "met", SKELTON + "| From September 2027 | 150 | 150 |\n"),
]


@pytest.mark.parametrize("factor, expected, body", DOWN_THE_PAGE, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(DOWN_THE_PAGE)])
def test_a_table_of_one_provision_down_the_page_against_the_prose(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# Schools that become one: "one school of 220 places" and the school enlarged "as the amalgamated school" (in a
# resolution, even one numbered in a table's cell) are the same provision; two figures for it contradict each other.
AMALGAMATION = ("# Cabinet minutes: amalgamation of Ash School and Elm School\n\n112.1 The report proposed to close Ash "
                "School (a special school for 80 pupils) on 31 August 2027 and to enlarge Elm School so that the two schools "
                "become one school of 220 places from 1 September 2027.\n\n## Resolved\n\n| No. | Resolution |\n| --- | --- |\n")
ONE_SCHOOL = [
    ("d", "unclear", AMALGAMATION + "| (2) | That Elm School be enlarged to 210 places from 1 September 2027, as the amalgamated school. |\n"),
    ("d", "met", AMALGAMATION + "| (2) | That Elm School be enlarged to 220 places from 1 September 2027, as the amalgamated school. |\n"),
]


@pytest.mark.parametrize("factor, expected, body", ONE_SCHOOL, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ONE_SCHOOL)])
def test_schools_that_become_one(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# The places of a kind across the area, now and after, for a year, are the places added by then: against another
# figure for the places added by the same year, the document contradicts itself; for another year (a phased plan) not.
ARPS = ("# Consultation: autism resource provisions\n\nThe Council proposes to open three resource provisions for autistic "
        "pupils, phased over three years, adding 36 ASC places to the borough's current 24 (so 60 in all by September 2029).\n\n")
AREA_ADDED = [
    ("d", "unclear", ARPS + "After phase 3, ASC places in the borough: 24 now; 54 from September 2029.\n"),
    ("d", "met", ARPS + "After phase 3, ASC places in the borough: 24 now; 60 from September 2029.\n"),
    ("d", "met", ARPS + "After phase 2, ASC places in the borough: 24 now; 54 from September 2028.\n"),
]


@pytest.mark.parametrize("factor, expected, body", AREA_ADDED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(AREA_ADDED)])
def test_area_places_now_and_after_against_the_places_added(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# Places offered besides those kept ("will continue to have 40 places; the larger building also allows the Centre to
# offer 12 part-time places") are places added; the places kept alone are not.
ALSO_OFFERED = [
    ("d", "met", ENLARGE + "**Places.** The Centre will continue to have 40 places; the larger building also allows the Centre "
                           "to offer 12 part-time places for pupils at risk of exclusion.\n"),
    ("d", "not_met", ENLARGE + "**Places.** The Centre will continue to have 40 places.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ALSO_OFFERED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ALSO_OFFERED)])
def test_places_also_offered(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# A label read with what it labels: "Accommodation: SIOS office stays at Hexford Education Centre; no building works"
# claims no accommodation; "Accommodation: a new block of eight classrooms" does.  A programme with how long it runs
# ("a 6-week in-school programme") is specific access; a facility the present site "cannot offer" is still gained
# ("that Westmoor's main site cannot offer").
LABELLED = [
    ("c", "not_met", ENLARGE + "- Accommodation: SIOS office stays at Hexford Education Centre; no building works.\n"),
    ("c", "met", ENLARGE + "- Accommodation: a new block of eight classrooms (each 54 m²) at Oak School.\n"),
    ("a", "met", ENLARGE + "- Access to education: each pupil referred gets a 6-week in-school programme (regulation, social "
                           "skills); the Hexford Accessibility Strategy 2026-2029, priority 3.\n"),
    ("a", "unclear", ENLARGE + "- Access to education: each pupil referred gets an in-school programme; the Hexford "
                               "Accessibility Strategy 2026-2029, priority 3.\n"),
    ("a", "met", ENLARGE + "## Benefits\n\nCurriculum and facilities: the second site has a teaching kitchen, a horticulture area and a soft-play room "
                           "that Westmoor's main site cannot offer, as the County's Accessibility Strategy asks.\n"),
]


@pytest.mark.parametrize("factor, expected, body", LABELLED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(LABELLED)])
def test_a_label_read_with_what_it_labels(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# A speaker's answer is read under the question asked just before it, a speaker's name between: "What is the new
# building like?" then "Six classrooms of 50 m², ..." describes the accommodation; "Who will be there to support
# them?" then "Kestrel Hill has a clinical psychologist two days a week" names the staff.  An answer to another
# question ("When will it open?") claims nothing.
MEETING = "# Public meeting: closure of Larchfield School\n\nThe Council proposes to close Larchfield School.\n\n"
ANSWERED = [
    ("c", "met", MEETING + "**Q5 (parent):** What is the new building like?\n\n**A (officer):** Six classrooms of 50 m², a food "
                           "technology room and a multi-use games area, £3.2m, handed over in March 2028.\n"),
    ("b", "met", MEETING + "**Q4 (parent):** Who will be there to support them?\n\n**A (officer):** Kestrel Hill has a clinical "
                           "psychologist two days a week and a CAMHS link worker one day a week.\n"),
    ("b", "not_met", MEETING + "**Q4 (parent):** When will the school close?\n\n**A (officer):** Kestrel Hill has a clinical "
                               "psychologist two days a week and a CAMHS link worker one day a week.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ANSWERED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ANSWERED)])
def test_an_answer_read_under_its_question(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected
