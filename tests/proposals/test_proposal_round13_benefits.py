"""Round 13: kinds of heading and sentence about the benefits claimed ((a),
(b), (c)) and the providers' views (i) that the thirteenth held-out corpus
read wrongly, each beside a near one whose verdict must differ.  Each is a
cause (a heading over a heading, a statement that nothing changes, where a
facility is, a letter to providers), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


_OPTIONS = (
    "# Report to Cabinet: the future of Larkspur School\n\n"
    "## 1. Options considered\n\n"
    "1.1 Option A: keep Larkspur School on its present site. Rejected.\n\n"
    "1.2 Option B: rebuild Larkspur School on the Mill Road site. Recommended.\n\n"
)
_BENEFITS = (
    "### {n}.1 Curriculum and activities\n\n"
    "Pupils at Larkspur will take GCSE science and art, and the Duke of Edinburgh's Award, with weekly swimming.\n\n"
    "### {n}.2 Accommodation\n\n"
    "A new building of eight classrooms (60 m² each), a sensory room and a hydrotherapy pool.\n\n"
)

# The parts of the section on the option put forward ("2. The recommended option (Option B)" over "2.1 Curriculum")
# are the plan: what they describe is claimed; the same parts under a rejected option's heading are not.
UNDER_THE_CHOSEN_OPTION = [
    ("a", "unclear", _OPTIONS + "## 2. The recommended option (Option B)\n\n" + _BENEFITS.format(n=2)),
    ("c", "met", _OPTIONS + "## 2. The recommended option (Option B)\n\n" + _BENEFITS.format(n=2)),
    ("a", "not_met", _OPTIONS + "## 2. Option A (rejected)\n\n" + _BENEFITS.format(n=2)),
    ("c", "not_met", _OPTIONS + "## 2. Option A (rejected)\n\n" + _BENEFITS.format(n=2)),
]


@_cases(UNDER_THE_CHOSEN_OPTION)
def test_parts_of_the_chosen_options_section_are_the_plan(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


_BASE = (
    "# Proposal by the governing body of Hollybrook School\n\n"
    "## 1. The proposal\n\n"
    "1.1 Hollybrook School, a special school for 90 pupils with moderate learning difficulties, proposes to change "
    "its designation to cognition and learning needs and autism from 1 September 2028.\n\n"
)

# What is said to stay as it is ("The school's premises are unchanged", "will continue to benefit from the wider
# curriculum", "both existing sites", "the site they attend now") claims nothing; the same words with something
# built or gained beside them still do.
NOTHING_CHANGES = [
    ("c", "not_met", _BASE + "1.2 The number of places is unchanged. The school's premises are unchanged.\n"),
    ("c", "met", _BASE + "1.2 The school's premises are unchanged apart from a new sensory room of 30 m².\n"),
    ("a", "not_met", _BASE + "1.2 Pupils will continue to benefit from the wider curriculum of Hollybrook School.\n"),
    ("a", "unclear", _BASE + "1.2 Pupils will benefit from a broader curriculum at Hollybrook School.\n"),
    ("c", "not_met", _BASE + "1.2 The school will continue to operate on both existing sites: the Elm Road site and "
     "the Ash Lane site.\n\n1.3 Every pupil will stay on the site they attend now.\n"),
    ("c", "met", _BASE + "1.2 The school will operate on both sites: a new building of six classrooms (55 m² each) "
     "on the Elm Road site and the Ash Lane site.\n"),
    # a building on what there is: "an extension of four classrooms on the school's existing site"
    ("c", "met", _BASE + "1.2 The school will be enlarged by building a single-storey extension of three classrooms, "
     "each of 60 square metres, on the school's existing site.\n"),
    ("c", "not_met", _BASE + "1.2 Pupils will be taught in the school's existing classrooms.\n"),
]


@_cases(NOTHING_CHANGES)
def test_what_stays_as_it_is_claims_nothing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Where things are, not accommodation gained: facilities of another school shared ("will share the Linden
# hydrotherapy pool") or equipment in every classroom; rooms built are accommodation.  And what a report's
# background says things cost now claims nothing; the same works proposed do.
WHERE_NOT_WHAT = [
    ("c", "not_met", _BASE + "## 2. Benefits\n\n2.1 Pupils will share the Oakfield Academy sports hall and its "
     "hydrotherapy pool.\n"),
    ("c", "met", _BASE + "## 2. Benefits\n\n2.1 Pupils will have a new sports hall and a hydrotherapy pool in a new "
     "block of 400 m².\n"),
    ("c", "not_met", _BASE + "## 2. Benefits\n\n2.1 Pupils will have visual timetables and work stations in every "
     "classroom.\n"),
    ("c", "not_met", "# Report: Fernhill School\n\n## 1. Summary\n\n1.1 The Council proposes to close Fernhill School "
     "and to enlarge Ashcombe School from 60 to 90 places.\n\n## 2. Background\n\n2.1 Fernhill's building is unsafe. "
     "The cost of rebuilding Fernhill is estimated at £9 million.\n"),
    ("c", "met", "# Report: Fernhill School\n\n## 1. Summary\n\n1.1 The Council proposes to close Fernhill School "
     "and to enlarge Ashcombe School from 60 to 90 places.\n\n## 2. Benefits\n\n2.1 Ashcombe will be extended with "
     "four classrooms at a cost of £9 million.\n"),
]


@_cases(WHERE_NOT_WHAT)
def test_where_pupils_are_is_not_accommodation_gained(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


_NEW_SCHOOL = (
    "# Consultation: Birchfield School, a new special school\n\n"
    "## What is proposed?\n\n"
    "The Council proposes to open Birchfield School, a special school for 60 pupils with social, emotional and mental "
    "health needs, in September 2030.\n\n"
)
_LISTS = (
    "**Curriculum**\n\n"
    "- Six GCSE subjects, including science and art, and the Duke of Edinburgh's Award.\n\n"
    "**Specialist staff**\n\n"
    "- A clinical psychologist (0.6 FTE) and an occupational therapist one day a week.\n"
)

# Lists under a short heading naming the benefit, in a section whose heading asks what difference the plan makes,
# describe the benefits; the same lists under a heading about something else (what there is elsewhere now) do not.
WHAT_DIFFERENCE = [
    ("a", "met", _NEW_SCHOOL + "## What difference will it make to children?\n\n" + _LISTS
     + "\nThis supports the Council's Accessibility Strategy 2029-2032.\n"),
    ("b", "met", _NEW_SCHOOL + "## What difference will it make to children?\n\n" + _LISTS),
    ("b", "not_met", _NEW_SCHOOL + "## What Elmgrove School offers now\n\n" + _LISTS),
]


@_cases(WHAT_DIFFERENCE)
def test_what_difference_it_makes_heads_the_benefits(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A list its sentence's head introduces under a heading about benefits ("The Hub has its own therapeutic team: a
# clinical psychologist (0.8 FTE), ..."); specialist knowledge in general words ("specialist autism expertise") is a
# claim, not specific; a team of the school's own teachers is none.
STAFF_DESCRIBED = [
    ("b", "met", _NEW_SCHOOL + "## Benefits\n\nThe school has its own therapy team: a speech and language therapist "
     "(0.8 FTE) and a clinical psychologist (0.4 FTE).\n"),
    ("b", "not_met", _NEW_SCHOOL + "## Benefits\n\nThe school has its own building: six classrooms and a hall.\n"),
    ("b", "unclear", _NEW_SCHOOL + "## Benefits\n\n- Staff will be able to draw on specialist dyslexia expertise.\n"),
    ("b", "not_met", _NEW_SCHOOL + "## Benefits\n\n- Staff will be able to draw on a new library.\n"),
]


@_cases(STAFF_DESCRIBED)
def test_specialist_staff_described(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Capital named by its source ("£80,000 of capital from the Council's capital programme for acoustic works") says how
# works are funded, not what rooms pupils get: a claim, not specific; "a better acoustic environment" is a claim of
# accommodation in general words.
ACOUSTIC = [
    ("c", "unclear", _NEW_SCHOOL + "## Funding\n\nThe base will have £80,000 of capital from the Council's capital "
     "programme for acoustic works.\n"),
    ("c", "met", _NEW_SCHOOL + "## Funding\n\nThe base will have £80,000 for acoustic works to two classrooms of "
     "55 m² each.\n"),
    ("c", "unclear", _NEW_SCHOOL + "## Benefits\n\nPupils will benefit from a better acoustic environment.\n"),
    ("c", "not_met", _NEW_SCHOOL + "## Benefits\n\nPupils will benefit from a calmer day.\n"),
]


@_cases(ACOUSTIC)
def test_acoustic_works_and_their_capital(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


_DECISION = (
    "# Officer decision: the hearing base at Elm Primary School\n\n"
    "## Decision\n\nTo increase the places at the hearing impairment base at Elm Primary School from 8 to 10 from "
    "1 September 2028.\n\n"
)

# Providers' views in other words: a head and chair who "agree to the increase" have given a view (but were not sent
# a written statement); a letter "inviting each to tell us in writing what they thought" is one; an undertaking ("agreed
# to keep the pupils on roll") is no view.
VIEWS = [
    ("i", "unclear", _DECISION + "## Consultation\n\nThe Headteacher and Chair of Governors of Elm Primary School agree to "
     "the increase.\n"),
    ("i", "not_met", _DECISION + "## Consultation\n\nThe Headteacher and Chair of Governors of Elm Primary School agreed to "
     "keep the pupils on roll.\n"),
    ("i", "met", _DECISION + "## Consultation\n\nOn 3 March 2028 we wrote to every primary school and the two special "
     "schools, describing how the pattern of hearing impairment provision would change and inviting each to tell us "
     "in writing what they thought. Nine replied.\n"),
    # a decision still to come ("If Cabinet agrees, ...") is no provider's view; the school's head agreeing is
    ("i", "not_met", _DECISION + "## Next steps\n\nIf Cabinet agrees, Elm Primary School will admit the pupils.\n"),
    ("i", "unclear", _DECISION + "## Next steps\n\nThe headteacher of Elm Primary School agrees with the change.\n"),
]


@_cases(VIEWS)
def test_providers_views_in_other_words(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
