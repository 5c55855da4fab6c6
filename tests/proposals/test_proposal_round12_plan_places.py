"""Round 12: phrasings of the places (d) and the specialist staff (b) that
the twelfth held-out corpus read wrongly, each beside a near phrasing whose
verdict must not change.  Each is a cause (a kind of sentence, table or
heading), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

TITLE = "# Proposal for special educational provision\n\n"


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


def _verdict(write, factor, body, name="proposal.md"):
    return check_document(write(body, name)).verdicts()[factor]


# A provision's places after given twice, once in the summary's prose and once in a table, the prose naming the
# places with the first figure only ("from 6 places to 12") or describing the school with the area's name ("Ash
# School, the county's other autism special school, from 40 to 70 places"): two figures for one provision contradict
# each other; the same figure twice does not.
def _two_plans(after_in_prose: str, after_in_table: str) -> str:
    return (TITLE + "## Summary\n\nWe propose to close the hearing base at Birch Primary School, Upton, and to enlarge the "
            f"hearing base at Rowan Primary School, Upton, from 6 places to {after_in_prose}, from September 2027. One larger "
            "base will give deaf pupils more places near home.\n\n## The places\n\n"
            "| Base | Places now | Places from September 2027 |\n|---|---|---|\n"
            f"| Birch Primary School | 6 | 0 |\n| Rowan Primary School | 6 | {after_in_table} |\n")


def _described_school(after_in_prose: str, after_in_table: str) -> str:
    return (TITLE + "## Summary\n\nThe proposals would close Elm School and enlarge Ash School, the county's other autism "
            f"special school, from 40 to {after_in_prose} places, in a new building. More pupils will get a suitable "
            "place.\n\n## Places\n\n| School | Places, September 2026 | Places, September 2027 |\n|---|---|---|\n"
            f"| Elm School | 24 | 0 |\n| Ash School | 40 | {after_in_table} |\n")


PLACES_TWICE = [
    ("d", "unclear", _two_plans("12", "10")),
    ("d", "met", _two_plans("12", "12")),
    ("d", "unclear", _described_school("70", "64")),
    ("d", "met", _described_school("70", "70")),
]


@_cases(PLACES_TWICE)
def test_two_figures_for_one_provisions_places(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# The area's places after the change with its places now said right after them ("the borough will have 60 SEMH
# special school places at Ash School, against 84 today"): fewer is no improved supply; more is.
def _against_today(after: str, now: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to close Elm School and to enlarge Ash School, which will "
            "give pupils more specialist places.\n\n## Places\n\nAfter the change the borough will have "
            f"{after} SEMH special school places at Ash School, against {now} today. Ash School will grow from 36 to "
            f"{after} places.\n")


AGAINST_TODAY = [
    ("d", "not_met", _against_today("60", "84")),
    ("d", "met", _against_today("96", "84")),
]


@_cases(AGAINST_TODAY)
def test_the_areas_places_after_against_today(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# The places after counted in all in a sentence of what will be ("would commission 30 places at the Academy and 20
# at the Trust's centre: 50 places in all"), after the places now ("The Link Centre has 44 places"): more places
# after is a specific claim; fewer is none.
def _in_all(first: str, second: str, total: str) -> str:
    return (TITLE + "## The proposal\n\nWe propose to close the Link Centre and commission alternative provision "
            "instead, which would improve the supply of suitable places.\n\n## Places\n\nThe Link Centre has 44 places. "
            f"From September 2027 the Council would commission {first} places at the Academy and {second} at the Trust's "
            f"centre: {total} places in all.\n")


PLACES_IN_ALL = [
    ("d", "met", _in_all("30", "20", "50")),
    ("d", "unclear", _in_all("20", "10", "30")),
]


@_cases(PLACES_IN_ALL)
def test_places_after_counted_in_all(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# A school's own posts ("will appoint 2.0 FTE teachers and 2.0 FTE learning mentors") are its staffing, not
# specialist staff: beside a claim of better access to specialists in general words, the claim stays unspecified.
# A specialist with a share of a post ("a speech and language therapist (0.4 FTE)") names the specialist staff.
def _staffing(posts: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to enlarge Ash School.\n\n## Benefits\n\nPupils will "
            "benefit from better access to specialist staff.\n\n## Staffing implications\n\n" + posts + "\n")


GENERIC_POSTS = [
    ("b", "unclear", _staffing("Ash School will appoint 2.0 FTE teachers and 2.0 FTE learning mentors on fixed-term "
                               "contracts.")),
    ("b", "unclear", _staffing("Ash School will appoint 3.0 FTE teaching assistants.")),
    ("b", "met", _staffing("Ash School will appoint a speech and language therapist (0.4 FTE) and 2.0 FTE "
                           "teaching assistants.")),
]


@_cases(GENERIC_POSTS)
def test_a_schools_own_posts_are_no_specialist_staff(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# The pupils counted before a service are who it supports ("The three youngest pupils will stay at Elm with support
# from the Sensory Support Service until ..."), not how much of it there is; a visit each week is.
def _service(sentence: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to close the vision base at Elm Primary School and enlarge "
            "the base at Ash Primary School.\n\n## Reasons\n\nThe larger base will give pupils access to a larger team "
            "of specialist staff. " + sentence + "\n")


SERVICE_COUNT = [
    ("b", "unclear", _service("The three youngest pupils will remain at Elm with support from the Sensory Support "
                              "Service until their move.")),
    ("b", "met", _service("The three youngest pupils will remain at Elm with support from the Sensory Support "
                          "Service, which will visit them twice a week until their move.")),
]


@_cases(SERVICE_COUNT)
def test_pupils_counted_before_a_service(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# A typed banner heading, ruled off above and below by lines of "=" ("=====" / "SECTION 4  BENEFITS" / "====="), is
# a heading: a paragraph under it describing the specialists there is a claim of them (b); without the heading it is
# a description of what there is now.
def _banner(heading: str) -> str:
    rule = "=" * 40
    return ("PROPOSAL TO ENLARGE ASH SCHOOL\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\n"
            f"{rule}\n{heading}\n{rule}\n\n"
            "4.1 Ash School has a speech and language therapist (0.6 FTE) and an educational psychologist one day a "
            "week.\n")


BANNER = [
    ("b", "met", _banner("SECTION 4  BENEFITS")),
    ("b", "not_met", _banner("SECTION 4  BACKGROUND")),
]


@_cases(BANNER)
def test_a_banner_heading_ruled_off_by_equals_lines(write, factor, expected, body):
    assert _verdict(write, factor, body, "proposal.txt") == expected


# Rooms described as the accommodation built ("Accommodation: a new base of 120 m² with a sensory room and a hygiene
# suite with a ceiling hoist"; "an extension of three classrooms, each with a sensory room, to provide suitable
# accommodation for the extra pupils") are accommodation (c), not a claim of access to education (a); what pupils
# will do in those rooms ("where pupils will have weekly music lessons") still is.
def _rooms(sentence: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places from September "
            "2027.\n\n## What changes\n\n" + sentence + "\n")


ROOMS_AS_ACCOMMODATION = [
    ("a", "not_met", _rooms("Accommodation: a new base of 120 m² joined to the main building, with two classrooms, a "
                            "sensory room and a hygiene suite with a ceiling hoist.")),
    ("a", "not_met", _rooms("The extra places will be provided by an extension of three classrooms, each with a sensory "
                            "room, to provide suitable accommodation for the extra pupils.")),
    ("a", "unclear", _rooms("Accommodation: a new base of 120 m² with two classrooms and a music room, where pupils will "
                            "have weekly music lessons.")),
    ("a", "unclear", _rooms("Pupils will have a new sensory room and a hydrotherapy pool.")),
]


@_cases(ROOMS_AS_ACCOMMODATION)
def test_rooms_described_as_accommodation_are_no_access_claim(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# Rooms a host school wants back ("the trust would like the two rooms back for its growing intake") are no claim of
# better accommodation for the pupils (c); rooms the pupils will get still are.
def _rooms_back(sentence: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to close the autism base at Elm High School and move its "
            "pupils to Ash School.\n\n## Why\n\n" + sentence + "\n")


ROOMS_WANTED_BACK = [
    ("c", "not_met", _rooms_back("The academy trust has told the Council that it would like the two rooms back for its "
                                 "growing Year 7 intake.")),
    ("c", "unclear", _rooms_back("The pupils would have better rooms at Ash School.")),
]


@_cases(ROOMS_WANTED_BACK)
def test_rooms_wanted_back_by_the_host_school(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# Those written to named in one sentence, then asked for their views in writing by a pronoun in the next ("We wrote
# to ... We enclosed a statement of the proposal and asked each to send us its views in writing"), under a heading
# of who was asked: a written statement inviting the providers' views (i).  Under another heading too: the pronoun
# stands for the providers the sentence before it in the paragraph named (test_specified_not_negated.py has the
# near one, a pronoun after a sentence naming families).
def _asked_each(heading: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to move Ash School to a new site in 2028.\n\n"
            f"## {heading}\n\nOn 3 October 2026 we wrote to the governing body of Ash School, the borough's other special "
            "schools and the secondary headteachers. We enclosed a statement of the proposal and asked each to send us its "
            "views in writing by 5 November 2026.\n")


ASKED_EACH = [
    ("i", "met", _asked_each("Who we have asked")),
    ("i", "met", _asked_each("Who have we written to?")),
    ("i", "met", _asked_each("Next steps")),
]


@_cases(ASKED_EACH)
def test_providers_asked_by_a_pronoun_under_who_we_asked(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected


# Staffing left to others to decide later ("will be a matter for the two providers, who will decide it once the
# contracts are signed") is not stated (iv); staff now covered by their employer's policies are what happens to them,
# not the staffing planned, so a count of them specifies nothing.
def _staffing_iv(sentence: str) -> str:
    return (TITLE + "## The proposal\n\nThe Council proposes to close the Link Centre and commission its places from "
            "two providers.\n\n## Money and staffing\n\nThe £900,000 a year from the High Needs Block will pay for the "
            "commissioned places. " + sentence + "\n")


STAFFING_LEFT = [
    ("iv", "not_met", _staffing_iv("Staffing at the two providers will be a matter for the providers, who will decide it "
                                   "once the contracts are signed.")),
    ("iv", "unclear", _staffing_iv("The outreach team will carry on and its staffing will be reviewed next year. The "
                                   "three centre staff are covered by the Council's own policies.")),
    ("iv", "met", _staffing_iv("The outreach team will have 3.0 FTE teachers and 2.0 FTE teaching assistants.")),
]


@_cases(STAFFING_LEFT)
def test_staffing_left_to_the_providers(write, factor, expected, body):
    assert _verdict(write, factor, body) == expected
