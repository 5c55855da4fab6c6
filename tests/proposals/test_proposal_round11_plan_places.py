"""Round 11 (a): the plan, its benefits and places, as the eleventh held-out
corpus (the common registers again) showed them misread.  Each cause is
probed both ways: a phrasing that now reads differently, and a near one
that must not change."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal to close Alder Vale School\n\nThe Council proposes to close Alder Vale School, a community special "
         "school for pupils with moderate learning difficulties, on 31 August 2027, and to enlarge Birch Lea School.\n\n")


def _verdict(write, body: str, factor: str) -> str:
    return check_document(write(body)).verdicts()[factor]


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


# Rooms or a building that exist already ("will use existing classrooms", "based in an existing school or council
# building") are no better accommodation, with or without "the" before them; works on them ("made from existing
# rooms", "existing classrooms will be refurbished") still are.
EXISTING_ROOMS = [
    ("c", "not_met", CLOSE + "## What would change\n\nThe younger classes will use existing classrooms at Birch Lea; no "
                             "building work is planned.\n"),
    ("c", "not_met", CLOSE + "## What would change\n\nEach team will be based in an existing school or Council building "
                             "in its district.\n"),
    ("c", "met", CLOSE + "## What would change\n\nA base of two rooms (a 52 m² classroom and a 16 m² quiet room) will be "
                         "made from existing rooms at Birch Lea by August 2027.\n"),
    ("c", "unclear", CLOSE + "## What would change\n\nExisting classrooms at Birch Lea will be refurbished for the "
                             "pupils who move.\n"),
]


@_cases(EXISTING_ROOMS)
def test_existing_rooms_are_no_better_accommodation(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# An amount compared ("repairing it would cost more than £6 million") is no claim of a benefit, in the sentence's
# other clause either; "more" said of what pupils get still is.
AMOUNT_COMPARED = [
    ("c", "not_met", CLOSE + "## Background\n\nAlder Vale's building has serious structural defects; repairing it would "
                             "cost more than £5 million.\n"),
    ("c", "unclear", CLOSE + "## Benefits\n\nPupils will be taught in more suitable accommodation at Birch Lea.\n"),
    ("c", "unclear", CLOSE + "## Background\n\nAlder Vale's building has serious structural defects; Birch Lea's building "
                             "will give the pupils more space.\n"),
]


@_cases(AMOUNT_COMPARED)
def test_an_amount_compared_is_no_benefit(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


NEW_BASE = "# Proposal: a new resourced provision\n\nThe Council proposes a resourced provision at Cedar Academy.\n\n"


# Places now and after said in the ways a summary or a decision record says them: "none now; 12 from September
# 2027" under a label naming the places; "At present there are 20 ... places in the county; after the change there
# will be 36" (after another sentence's figure of the new provision); "the borough has 8 ... places now; the
# decision takes this to 18".  Figures that do not rise, or no figure after, are not more places.
NOW_AND_AFTER = [
    ("d", "met", NEW_BASE + "## Summary\n\nA1 Places. Primary autism resourced places in the borough: none now; 10 from "
                            "1st September 2027 (Years 1-6).\n"),
    ("d", "not_met", NEW_BASE + "## Summary\n\nA1 Places. Primary autism resourced places in the borough: none now.\n"),
    ("d", "met", NEW_BASE + "## What we propose\n\nWe propose to open a 12-place base for pupils aged 4 to 11 with "
                            "hearing impairment at Cedar Academy. At present there are 18 primary HI base places in the "
                            "county, all in the north; after the change there will be 30.\n"),
    ("d", "not_met", NEW_BASE + "## What we propose\n\nAt present there are 18 primary HI base places in the county, all "
                                "in the north.\n"),
    ("d", "met", NEW_BASE + "## Reasons\n\n- Places: the borough has 6 secondary SLCN resourced places now (at Elm "
                            "High); the decision takes this to 14.\n"),
    ("d", "not_met", NEW_BASE + "## Reasons\n\n- Places: the borough has 6 secondary SLCN resourced places now (at Elm "
                                "High); the decision keeps this as it is.\n"),
]


@_cases(NOW_AND_AFTER)
def test_places_now_and_after_as_a_summary_says_them(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


CLOSE_SEMH = ("# Cabinet report: Holly Bank School\n\nThe Council proposes to close Holly Bank School, a community special "
              "school for pupils with social, emotional and mental health (SEMH) needs, and to enlarge Rowan Park School "
              "from 40 to 60 places from 1 September 2028.\n\n## Places\n\n")


# The area's places after the change compared with now ("places in the borough will be 72 (all at Rowan Park)
# compared with 96 now"), or now counted in all and, in the next paragraph, what the area will have ("88 places in
# all" ... "the county will have 70 ... places"): fewer places of the kind, whatever one school gains ((d) not met).
# More after, or a figure that is one school's, is no fall.
AREA_FALLS = [
    ("d", "not_met", CLOSE_SEMH + "SEMH special school places in the borough will be 60 (all at Rowan Park) compared "
                                  "with 90 now.\n"),
    ("d", "met", CLOSE_SEMH + "SEMH special school places in the borough will be 100 (all at Rowan Park) compared with "
                              "90 now.\n"),
    ("d", "not_met", CLOSE_SEMH + "2.1 The borough has two SEMH special schools: Holly Bank (50 places) and Rowan Park "
                                  "(40 places), 90 places in all.\n\n2.2 After the closure the borough will have 60 SEMH "
                                  "special school places, all at Rowan Park.\n"),
    ("d", "met", CLOSE_SEMH + "2.1 The borough has two SEMH special schools: Holly Bank (10 places) and Rowan Park (40 "
                              "places), 50 places in all.\n\n2.2 After the closure the borough will have 60 SEMH special "
                              "school places, all at Rowan Park.\n"),
]


@_cases(AREA_FALLS)
def test_the_areas_places_fall(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


CLOSE_BESD = ("# Consultation: closing Larch House School\n\nThe Council proposes to close Larch House School, a community "
              "special school for 30 pupils with behavioural, emotional and social difficulties, on 31 August 2027.\n\n"
              "## Where pupils would go\n\n")


# A pupil referral unit named by an apposition that begins with a possessive ("the Harbour Centre, Millbury's short
# stay school, which is registered as the borough's pupil referral unit"), or described by its short name and named
# in full after ("The Hub is the district's pupil referral unit" ... "the Fenwick Learning Hub management committee"):
# where a BESD school closes and the only places added are there, the supply of suitable places is not improved ((d)
# not met).  The same sentences about a special school are places that count.
PRU_NAMED = [
    ("d", "not_met", CLOSE_BESD + "Pupils would be taught at the Harbour Centre, Millbury's short stay school, which is "
                                  "registered as the borough's pupil referral unit. To make room for them, the Harbour "
                                  "Centre would grow from 20 to 32 places from 1 September 2027.\n"),
    ("d", "met", CLOSE_BESD + "Pupils would be taught at the Harbour Centre, Millbury's special school for pupils with "
                              "SEMH needs. To make room for them, the Harbour Centre would grow from 20 to 32 places from "
                              "1 September 2027.\n"),
    ("d", "not_met", CLOSE_BESD + "Pupils in Years 10 and 11 would go to the Fenwick Learning Hub, Mill Road. The Hub is "
                                  "the district's pupil referral unit. It would be enlarged from 24 to 34 places so that it "
                                  "can take them.\n\n## Money\n\nThe Council would spend £90,000 on furniture for the "
                                  "extra places at the Hub.\n\n## Views\n\nWe wrote to the Fenwick Learning Hub management "
                                  "committee.\n"),
    ("d", "met", CLOSE_BESD + "Pupils in Years 10 and 11 would go to the Fenwick Learning Hub, Mill Road. The Hub is the "
                              "district's special school for pupils with SEMH needs. It would be enlarged from 24 to 34 "
                              "places so that it can take them.\n\n## Money\n\nThe Council would spend £90,000 on furniture "
                              "for the extra places at the Hub.\n\n## Views\n\nWe wrote to the Fenwick Learning Hub "
                              "governing body.\n"),
]


@_cases(PRU_NAMED)
def test_places_added_only_at_a_pru_named_by_apposition_or_short_name(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# (i): a letter to the providers "inviting written comments" is a written statement inviting their views (met);
# providers said to have been consulted ("Local schools and other providers were consulted on the proposal") had
# their views sought, in general words (unclear), where a consultation on the proposal announced is not; and a web
# address's words ("viewed at example.gov.uk/consultations") are no consultation (not met).
PROVIDERS_VIEWS = [
    ("i", "met", CLOSE + "## Consultation\n\nThe Council wrote on 3 October 2026 to the governing bodies of Birch Lea "
                         "and every primary school in the borough, setting out the proposal and inviting written "
                         "comments by 14 November 2026.\n"),
    ("i", "unclear", CLOSE + "## Consultation\n\nThe Council wrote on 3 October 2026 to the governing bodies of Birch "
                             "Lea and every primary school in the borough, setting out the proposal and inviting "
                             "comments at a meeting.\n"),
    ("i", "unclear", CLOSE + "## Consultation\n\nLocal schools and other providers were consulted on the proposal during "
                             "the spring term 2027.\n"),
    ("i", "not_met", CLOSE + "## Consultation\n\nThe Council will consult on the proposal in the spring term 2027.\n"),
    ("i", "not_met", CLOSE + "## How to see the proposal\n\nThe complete proposal can be obtained from the School "
                             "Organisation Team, or viewed at example.gov.uk/consultations.\n"),
]


@_cases(PROVIDERS_VIEWS)
def test_providers_views(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# (b): "specialist help" (or advice, expertise) is access to specialist staff in general words (unclear); help alone
# is not.
SPECIALIST_HELP = [
    ("b", "unclear", CLOSE + "## Why?\n\nPupils' needs can be met at Birch Lea, giving them improved access to learning "
                             "and to specialist help.\n"),
    ("b", "not_met", CLOSE + "## Why?\n\nPupils' needs can be met at Birch Lea, giving them improved access to learning "
                             "and to help.\n"),
]


@_cases(SPECIALIST_HELP)
def test_specialist_help_is_specialist_staff_in_general_words(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# (iii): a bound on the journey said with "not" ("journeys not exceeding 30 minutes", "will not exceed 45 minutes")
# and a condition saying who gets an arrangement ("where the policy says a pupil cannot travel independently, a
# taxi") negate no arrangement (met); transport itself denied still is denied.
TRANSPORT = [
    ("iii", "met", CLOSE + "## Transport\n\nTransport: under the Council's SEND Home to School Transport Policy (2026), "
                           "eligible pupils will travel by taxi with a passenger assistant, journeys not exceeding 30 "
                           "minutes.\n"),
    ("iii", "met", CLOSE + "## Transport\n\nPupils are assessed under the Council's Home to School Travel Policy (2025). "
                           "Pupils who qualify will receive a bus pass or, where the policy says a pupil cannot travel "
                           "independently, a taxi with a passenger assistant, with journeys of no more than 35 minutes.\n"),
    ("iii", "unclear", CLOSE + "## Transport\n\nUnder the Council's SEND Home to School Transport Policy (2026), pupils "
                               "will not get a taxi or a bus pass.\n"),
]


@_cases(TRANSPORT)
def test_transport_bounds_and_conditions(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# A provision described in a bracket after its street address ("the Ashgrove Centre, Mill Lane, Dunham (the County's
# pupil referral unit)") is the one described, not the town: places added only there, as a BESD school closes, are
# places at a PRU ((d) not met); described as a special school, they count.
ADDRESSED = [
    ("d", "not_met", CLOSE_BESD + "On closure, pupils will be educated at the Ashgrove Centre, Mill Lane, Dunham (the "
                                  "County's pupil referral unit for Key Stage 3 and 4).\n\n## Places\n\n"
                                  "| Provision | Places now | Places from September 2027 |\n| --- | --- | --- |\n"
                                  "| Ashgrove Centre | 40 | 64 |\n"),
    ("d", "met", CLOSE_BESD + "On closure, pupils will be educated at the Ashgrove Centre, Mill Lane, Dunham (the "
                              "County's special school for pupils with SEMH needs).\n\n## Places\n\n"
                              "| Provision | Places now | Places from September 2027 |\n| --- | --- | --- |\n"
                              "| Ashgrove Centre | 40 | 64 |\n"),
]


@_cases(ADDRESSED)
def test_a_provision_described_after_its_address(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# (i): officers who "talked to" or "spoke with" the providers sought their views, in general words (unclear); talk
# with nobody named as a provider is not.
TALKED_TO = [
    ("i", "unclear", CLOSE + "## Did the Council ask the schools?\n\nOfficers talked to Birch Lea's head and governors "
                             "and to the other special schools at the special heads' group.\n"),
    ("i", "not_met", CLOSE + "## Did the Council ask the schools?\n\nOfficers talked to parents at two coffee "
                             "mornings.\n"),
]


@_cases(TALKED_TO)
def test_providers_talked_to(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected


# A numbered title typed as a paragraph of its own, without heading marks ("3.2 Specialist staff", then "3.2.1 Both
# receiving schools have an on-site clinical psychologist (0.8 FTE) ..."), labels the paragraph after it: what that
# describes is the benefit claimed ((b) met).  A title naming something else does not make it a claim.
NUMBERED_TITLES = [
    ("b", "met", CLOSE + "3.2 Specialist staff\n\n3.2.1 Birch Lea has an on-site clinical psychologist (0.6 FTE), and a "
                         "speech and language therapist attends for two days a week.\n"),
    ("b", "not_met", CLOSE + "3.2 Site history\n\n3.2.1 Birch Lea has an on-site clinical psychologist (0.6 FTE), and a "
                             "speech and language therapist attends for two days a week.\n"),
]


@_cases(NUMBERED_TITLES)
def test_a_numbered_title_typed_as_a_paragraph_labels_the_next(write, factor, expected, body):
    assert _verdict(write, body, factor) == expected
