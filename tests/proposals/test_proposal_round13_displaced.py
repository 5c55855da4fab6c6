"""Round 13: kinds of sentence about pupils displaced (ii) and para 23 that
the thirteenth held-out corpus read wrongly, each beside a near one whose
verdict must differ.  Each is a cause (whose a negation is, which pupils an
arrangement is for, how places go as pupils leave, which section is the
plan), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Alder School\n\n"
          "1.1 The Council proposes to close Alder School, a community special school for 40 pupils with moderate "
          "learning difficulties, on 31 August 2028.\n\n")


# The pupils a sentence is about, said by what is true of them now ("Pupils who cannot be admitted to Birch School
# then", "Pupils for whom no special school place is free by September"): the negation is the group's; what the
# sentence arranges for them is read as it is (a wait at a centre "until a place becomes available" is no
# destination; a named school that has confirmed in writing is one).
WHO_GROUP = [
    ("ii", "not_met",
     _CLOSE + "2.1 Pupils in Years 7 to 9 will transfer to Birch School, which has confirmed in writing that it will "
     "admit them.\n\n2.2 Pupils in Year 10 who cannot be admitted to Birch School then will carry on their education "
     "at the Larches Centre until a place becomes available at a special school.\n"),
    ("ii", "not_met",
     _CLOSE + "2.1 Pupils in Years 7 to 9 will transfer to Birch School, which has confirmed in writing that it will "
     "admit them.\n\n2.2 Pupils for whom no special school place is available by September 2028 will attend the "
     "Larches Centre until a place becomes available.\n"),
    ("ii", "met",
     _CLOSE + "2.1 Pupils in Years 7 to 9 will transfer to Birch School, which has confirmed in writing that it will "
     "admit them.\n\n2.2 Pupils in Year 10 who cannot be admitted to Birch School will transfer to Rowan School, "
     "whose governors have confirmed in writing that they will admit them.\n"),
]


@_cases(WHO_GROUP)
def test_a_negation_describing_the_group_is_not_the_arrangements(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# The pupils named first, the arrangement for them after ("For the other six pupils, all in Year 10, whose plans
# name a college course, we intend to arrange places at ...") : the arrangement's clause is about those pupils, so
# its intention is a hope for places; confirmed places said the same way are an arrangement.
FOR_GROUP = [
    ("ii", "not_met",
     _CLOSE + "2.1 Twenty pupils will transfer to Birch School, which has confirmed in writing that it will admit "
     "them.\n\n2.2 For the other six pupils, all in Year 10 in 2027-28, whose plans name a vocational course, we "
     "intend to arrange places at Hollins College, subject to the College's agreement, for their final year of "
     "school.\n"),
    ("ii", "met",
     _CLOSE + "2.1 Twenty pupils will transfer to Birch School, which has confirmed in writing that it will admit "
     "them.\n\n2.2 For the other six pupils, all in Year 10 in 2027-28, places at Hollins College have been agreed "
     "in writing by the College.\n"),
]


@_cases(FOR_GROUP)
def test_an_arrangement_for_a_group_named_first(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Places that go as their pupils leave ("the reduction will be made by not filling places as pupils leave"), and a
# unit whose pupils stay on their own school's roll ("each remains on roll at his or her own school") displace
# nobody; a reduction that moves pupils on does.
NOBODY_LEAVES = [
    ("ii", "not_applicable",
     "# Decision: fewer places at the Elm Primary speech and language base\n\n"
     "1. To reduce the places commissioned at the speech and language base at Elm Primary School from 12 to 8 from "
     "1 September 2028.\n\n"
     "2. No pupil now in the base will have to leave it. The reduction will be made by not filling places as pupils "
     "leave.\n"),
    ("ii", "not_met",
     "# Decision: fewer places at the Elm Primary speech and language base\n\n"
     "1. To reduce the places commissioned at the speech and language base at Elm Primary School from 12 to 8 from "
     "1 September 2028.\n\n"
     "2. Four pupils now in the base will have to leave it in July 2028.\n"),
    ("ii", "not_applicable",
     "# Proposal to close the Hive, a part-time nurture unit\n\n"
     "The governors propose to close the Hive, the 8-place nurture unit at Ash Primary School, on 31 July 2028.\n\n"
     "Children attend the Hive for two terms, four mornings a week. The children attending now will finish their "
     "placements by 17 July 2028. No child will need another placement because of the closure: each remains on roll "
     "at his or her own school.\n"),
]


@_cases(NOBODY_LEAVES)
def test_nobody_displaced_when_pupils_stay_where_they_are(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A subsection of the option a document puts forward ("5. The recommended option (Option 2)" then "5.1 Where pupils
# will go") is the plan, and what it says of where pupils go is read; a subsection of a rejected option is not.
_OPTIONS = ("# Report to Cabinet: the future of Alder School\n\n"
            "## 1. Purpose\n\n1.1 To set out the options for Alder School, a community special school for 30 pupils, "
            "and to recommend the publication of a proposal to discontinue it on 31 August 2028.\n\n"
            "## 2. Options considered\n\n2.1 Option 1 is to keep the school open. Option 2 is to close it and enlarge "
            "Birch School. Option 2 is recommended.\n\n")
CHOSEN_OPTION_SUBSECTION = [
    ("ii", "met",
     _OPTIONS + "## 3. The recommended option (Option 2)\n\n### 3.1 Where pupils will go\n\n"
     "3.1.1 All 30 pupils will move to Birch School. Birch's governing body confirmed in writing on 5 December 2027 "
     "(Appendix B) that it will admit them.\n"),
    ("ii", "met",
     _OPTIONS + "## 3. Option 3 (rejected)\n\n### 3.1 Where pupils would go\n\n"
     "3.1.1 Pupils would stay at the Larches Centre, and we would hope to find special school places for some of them "
     "over time.\n\n"
     "## 4. The recommended option (Option 2)\n\n### 4.1 Where pupils will go\n\n"
     "4.1.1 All 30 pupils will move to Birch School. Birch's governing body confirmed in writing on 5 December 2027 "
     "(Appendix B) that it will admit them.\n"),
]


@_cases(CHOSEN_OPTION_SUBSECTION)
def test_a_subsection_of_the_chosen_option_is_the_plan(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Academies a sentence lists as special ones ("runs three special academies: Alder Academy and Birch Academy, both for
# pupils ... with SEMH needs") are special schools, whatever a PRU named in the same sentence by the area's name; a
# unit in an academy named by its name alone closes no SEMH school.
_TRUST = ("# Business case: closure of Alder Academy and expansion of Birch Academy\n\n"
          "A1. The Trust runs three special academies in Wexbury: Alder Academy and Birch Academy, both for pupils aged "
          "11 to 16 with social, emotional and mental health needs, and Cedar Academy, for pupils with complex needs.\n\n"
          "A2. The Trust asks the Secretary of State to agree to end Alder Academy's funding agreement on 31 August 2028.\n\n"
          "### Part B: Where Alder pupils will go\n\n"
          "B1. Every Alder pupil will become a Birch pupil on 1 September 2028.\n\n"
          "B2. Birch's governing body confirmed in writing on 27 September 2027 that it will admit all Alder pupils. The "
          "Council will amend each pupil's EHC plan to name Birch Academy.\n\n"
          "B3. No Alder pupil will be referred to Wexbury Pupil Support Centre, the borough's pupil referral unit.\n")
SPECIAL_ACADEMIES = [
    ("para23", "met", _TRUST),
    ("para23", "not_applicable",
     "# Closure of the Wren Base at Alder Academy\n\n"
     "1. The Wren Base is a 10-place unit at Alder Academy for pupils with social, emotional and mental health needs.\n\n"
     "2. The Trust proposes to close the Wren Base on 31 August 2028. Its pupils will join mainstream classes at Alder "
     "Academy.\n"),
]


@_cases(SPECIAL_ACADEMIES)
def test_academies_listed_as_special_ones(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


_SEMH = ("# Proposal to close Alder School\n\n"
         "1.1 The Council intends to discontinue Alder School, a community special school for pupils aged 11 to 16 with "
         "social, emotional and mental health (SEMH) needs, on 31 August 2028.\n\n")

# "there" after a school the sentence names is that school, not the PRU of the sentence before; where no school comes
# before it, it is the PRU.
THERE = [
    ("para23", "met",
     _SEMH + "2.1 All pupils on roll at Alder in July 2028 will transfer to Birch School, an SEMH special school, on 1 "
     "September 2028.\n\n2.2 No pupil will be transferred to the Larches, the City's pupil referral unit. A pupil whose "
     "review concludes that another special school would suit them better will be placed there after consultation.\n"),
    ("para23", "not_met",
     _SEMH + "2.1 Pupils in Years 7 to 9 will transfer to Birch School, an SEMH special school, on 1 September 2028.\n\n"
     "2.2 Pupils in Year 10 will go to the Larches, the City's pupil referral unit. They will be placed there for the "
     "rest of their schooling.\n"),
]


@_cases(THERE)
def test_there_is_the_school_named_before_it(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Where the pupils are now ("Pupils on roll at Alder School who have not completed Year 11") is not where they go: the
# places named after it ("will be offered places at Birch School") are, the group's negation aside, unless hedged; a
# place only waited for ("until a place becomes available at a special school") is none.
WHERE_NOW = [
    ("para23", "met",
     _SEMH + "2.1 Pupils on roll at Alder School who have not completed Year 11 by 31 August 2028 will be offered places "
     "at Birch School, an SEMH special school, from 1 September 2028. No pupil will be placed at a pupil referral "
     "unit.\n"),
    ("para23", "unclear",
     _SEMH + "2.1 Pupils on roll at Alder School who have not completed Year 11 by 31 August 2028 will be offered places "
     "at Birch School, an SEMH special school, if places can be found. No pupil will be placed at a pupil referral "
     "unit.\n"),
    ("para23", "not_met",
     _SEMH + "2.1 Pupils on roll at Alder School will attend the Larches, the City's pupil referral unit, until a place "
     "becomes available at a special school.\n"),
]


@_cases(WHERE_NOW)
def test_where_pupils_are_now_is_not_where_they_go(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# The next place dated in the next sentence of the paragraph ("They will join Birch when its new building opens at the
# start of the summer term 2028") ends the PRU stay: a stay stated as six weeks that the dates make two terms is
# unclear; dates that agree with it are met.
_BRIDGE = (_SEMH + "2.1 Pupils in Years 7 to 9 will transfer to Birch School, an SEMH special school, on 1 September "
           "2027.\n\n2.2 The 12 pupils in Year 10 will attend the Larches, the City's pupil referral unit, from 6 "
           "September 2027 as a bridging placement of no more than six school weeks. ")
DATED_NEXT_PLACE = [
    ("para23", "unclear",
     _BRIDGE + "They will join Birch School when its new building opens at the start of the summer term 2028.\n"),
    ("para23", "met",
     _BRIDGE + "They will join Birch School when its new building opens on 18 October 2027.\n"),
]


@_cases(DATED_NEXT_PLACE)
def test_the_next_place_dated_in_the_next_sentence(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A dated reply is a written one: "In its reply of 2 October 2027 the governing body of Birch School confirms that it
# will admit every pupil"; a confirmation with no writing said is not.
_MOVE = _CLOSE + "2.1 All pupils will transfer to Birch School on 1 September 2028.\n\n"
DATED_REPLY = [
    ("ii", "met",
     _MOVE + "3.1 The Council wrote to every school inviting written comments. In its reply of 2 October 2027 the "
     "governing body of Birch School confirms that it will admit every Alder pupil.\n"),
    ("ii", "met",
     _MOVE + "3.1 Birch School's governing body confirmed in its reply of 28 September 2027 that it will admit every "
     "Alder pupil.\n"),
    ("ii", "unclear",
     _MOVE + "3.1 At a meeting in October 2027 the governing body of Birch School said that it would admit every Alder "
     "pupil.\n"),
]


@_cases(DATED_REPLY)
def test_a_dated_reply_is_written_confirmation(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A provision's pupils kept on its host school's roll and taught in its mainstream classes ("will remain on roll at
# Birch Academy and will be taught in mainstream classes"): where they go is stated, and with the school's letter it is
# confirmed; without it, stated only; the same, subject to the trust's agreement, is a hope.
_BASE = ("# Record of decision: closure of the Wren Centre at Birch Academy\n\n"
         "1. To remove the Wren Centre, a 10-place resourced provision for pupils with social, emotional and mental "
         "health needs at Birch Academy, from 31 December 2027.\n\n")
INTO_MAINSTREAM = [
    ("ii", "met",
     _BASE + "2. Each of the 6 pupils will remain on roll at Birch Academy and will be taught in mainstream classes with "
     "an individual support plan. The trust confirmed by letter of 2 September 2027 that the academy will make the "
     "provision in each plan.\n"),
    ("ii", "unclear",
     _BASE + "2. Each of the 6 pupils will remain on roll at Birch Academy and will be taught in mainstream classes with "
     "an individual support plan.\n"),
    ("ii", "not_met",
     _BASE + "2. Each of the 6 pupils will remain on roll at Birch Academy and will be taught in mainstream classes, "
     "subject to the trust's agreement.\n"),
]


@_cases(INTO_MAINSTREAM)
def test_pupils_taught_in_the_host_schools_mainstream_classes(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A provider described with where it is between its name and "is" ("The Hub at Foundry Street is the short stay
# school ..., registered as the borough's pupil referral unit") is known by that description; and "will continue their
# education at the Hub" says where pupils go (a wait "until a place becomes available" does not).
_HUB = ("# Cabinet report: Alder School, closure and re-provision\n\n"
        "1.1 Alder School is a community special school for 30 pupils aged 11-16 with social, emotional and mental health "
        "needs. This report recommends closing the school from 31 March 2028.\n\n")
HUB_DESCRIBED = [
    ("para23", "not_met",
     _HUB + "1.2 The Hub at Mill Street is the short stay school maintained by the Council, registered as the "
     "borough's pupil referral unit.\n\n4.1 All Alder pupils will continue their education at the Hub from 16 April "
     "2028.\n"),
    ("para23", "unclear",
     _HUB + "1.2 The Hub at Mill Street is the Council's outreach service for schools.\n\n4.1 All Alder pupils will "
     "continue their education at the Hub from 16 April 2028.\n"),
    ("ii", "unclear",
     _HUB + "4.1 All Alder pupils will continue their education at the Hub from 16 April 2028.\n"),
    ("ii", "not_met",
     _HUB + "4.1 All Alder pupils will continue their education at the Hub until a place becomes available at a "
     "special school.\n"),
]


@_cases(HUB_DESCRIBED)
def test_a_provider_described_with_where_it_is(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A hedge in what an arrangement follows ("following the provisional preferences discussed with each family") is the
# families' preferences', not the arrangement's; the same word on the places themselves is a hope.
_OFFER = _CLOSE + "2.1 The 26 pupils still of school age in September 2028 would be offered {} as follows, {}:\n"
_LIST = ("- 20 places at Birch School, whose governing body has confirmed in writing that it will admit them (letter of "
         "3 May 2027, Annex 2);\n- 6 places at Rowan School, which has confirmed in writing that it will admit them "
         "(letter of 9 May 2027, Annex 2).\n")
BASIS = [
    ("ii", "met", _OFFER.format("places", "following the provisional preferences discussed with each family") + _LIST),
    ("ii", "not_met", _OFFER.format("provisional places", "after a meeting with each family") + _LIST),
]


@_cases(BASIS)
def test_a_hedge_in_what_the_arrangement_follows(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A PRU described between dashes ("the Larches — the county's pupil referral unit for the east —") is known as one;
# and a next place's opening dated before the stay ("Because Birch School will open at the start of the summer term
# 2029, pupils would, from 4 September 2028, attend ...") ends the stay there: six weeks stated, two terms by the
# dates, is unclear; an opening six weeks on agrees.
_DASH = (_SEMH + "2.1 Pupils would move to Birch School, an SEMH special school, when it opens.\n\n"
         "2.2 Because Birch School will open {}, pupils would, from 4 September 2028, attend a bridging programme at the "
         "Larches — the county's pupil referral unit for the east — for no more than six school weeks.\n")
DASHED_PRU = [
    ("para23", "unclear", _DASH.format("at the start of the summer term 2029")),
    ("para23", "met", _DASH.format("on 16 October 2028")),
    ("para23", "met",
     _SEMH + "2.1 Pupils would move to Birch School, an SEMH special school, on 1 September 2028.\n\n"
     "2.2 Pupils would take part in taster days at the Larches — the county's outdoor education centre — in the summer "
     "term.\n"),
]


@_cases(DASHED_PRU)
def test_a_pru_described_between_dashes_and_an_opening_dated_first(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A letterhead with a line of its own under it ("WESTMERE COUNCIL" then "CABINET - 19 NOVEMBER 2026") before the
# title: the heading over nearly all the text is the title, so its words ("options appraisal") do not make every
# section an option's; a section that is about options still is.
_REPORT = ("# Future of Alder School: options appraisal and proposal to consult\n\n"
           "## 1. Purpose\n\n1.1 To recommend consultation on closing Alder School, a community special school for "
           "pupils with social, emotional and mental health needs, on 31 August 2028.\n\n"
           "## 2. Arrangements for Alder pupils\n\n2.1 Pupils in Years 7 to 9 will transfer to Birch School, an SEMH "
           "special school, on 1 September 2028.\n\n")
LETTERHEAD = [
    ("para23", "not_met",
     "# WESTMERE COUNCIL\n\nCABINET - 19 NOVEMBER 2026\n\n" + _REPORT
     + "2.2 The 10 pupils in Year 10 will complete their secondary education at the Larches, the County's pupil "
     "referral unit.\n"),
    ("para23", "met",
     "# WESTMERE COUNCIL\n\nCABINET - 19 NOVEMBER 2026\n\n" + _REPORT
     + "## 3. Options appraisal\n\n3.1 Under the second option, the 10 pupils in Year 10 would complete their "
     "secondary education at the Larches, the County's pupil referral unit.\n\n"
     "## 4. Next steps\n\n4.1 Consultation will run from 1 December 2026. No pupil will be placed in a pupil "
     "referral unit.\n"),
]


@_cases(LETTERHEAD)
def test_the_title_under_a_letterhead_with_a_line_of_its_own(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
