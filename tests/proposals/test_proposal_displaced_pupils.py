"""How councils write about pupils displaced by a closure, read for para 23
(a BESD school's pupils and the PRU) and (ii) (alternative provision): each
phrasing beside a near one whose verdict must not change."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE_ELM = "# Proposal\n\nElm School, a special school for pupils with SEMH needs, will close on 31 August 2027.\n\n"

# Para 23 is about a BESD (SEMH) school closing: a PRU, a resourced provision or base in a mainstream school, or a
# satellite of a school that stays open is no such school.
WHAT_CLOSES = [
    ("para23", "not_applicable", "# Proposal\n\nThe Council proposes to close the Brigg Road Centre, the Council's primary pupil referral unit, "
                                 "on 31 August 2027, and to establish resourced provision for pupils with SEMH needs at Ash Primary School.\n"),
    ("para23", "unclear", "# Proposal\n\nThe Council proposes to close Brigg Road School, the Council's special school for pupils with SEMH needs, "
                          "on 31 August 2027, and to establish resourced provision for pupils with SEMH needs at Ash Primary School.\n"),
    ("para23", "not_applicable", "# Proposal\n\nFrom 1 September 2027 the Council will close the two SEMH resourced bases at Ash Primary School "
                                 "and Elm Primary School and replace them with an outreach service.\n"),
    ("para23", "not_applicable", "# Proposal\n\nThe Council proposes to discontinue the Riverside Nurture Unit, a resourced provision for 10 pupils "
                                 "with social, emotional and mental health needs at Ash Primary School.\n"),
    ("para23", "not_applicable", "# Closure of the Dene House post-16 satellite\n\nDene House is a satellite of Greenfield School "
                                 "(special, SEMH) with 8 places. The satellite's 8 places will close on 31 August 2027.\n"),
    ("para23", "unclear", "# Closure of Dene House School\n\nDene House School is a special school for pupils with SEMH needs. "
                          "The school will close on 31 August 2027.\n"),
    # a unit the document describes as one, closed by "it" or as the subject of "closes" (the lead's ruling on dev/68
    # and dev/113: a unit in a mainstream school is no BESD school) ...
    ("para23", "not_applicable", "# Closing the Heron Unit\n\nThe Heron Unit is a unit for 12 pupils with behavioural, emotional "
                                 "and social difficulties at Aldbury High School. The Council proposes to close it on 31 July 2027.\n"),
    ("para23", "not_applicable", "# Recommendation\n\nThat the Kestrel Unit, a unit for 12 secondary pupils with social, emotional "
                                 "and mental health needs at Glendale Academy, closes on 31 August 2028.\n"),
    # ... but a school described the same way, or a school named beside the unit, is
    ("para23", "unclear", "# Closing Heron School\n\nHeron School is a special school for 12 pupils with behavioural, emotional "
                          "and social difficulties. The Council proposes to close it on 31 July 2027.\n"),
    ("para23", "unclear", "# Proposal\n\nProposal to close The Beeches School (SEMH, 7-16) and to expand the Aylestone "
                          "Learning Support Unit, the City's pupil referral unit.\n"),
]

# A PRU named in passing places nobody in it: in a question, among the providers asked for their views (its name's
# "Stay" is no stay), or in what a review found the PRU is used for now; nor does the county's name make the PRU.
PRU_IN_PASSING = [
    ("para23", "met", CLOSE_ELM + "All its pupils will transfer to Oak School, an SEMH special school.\n\n"
                      "Will any pupil be placed in the pupil referral unit? No.\n"),
    ("para23", "not_met", CLOSE_ELM + "All its pupils will transfer to Oak School, an SEMH special school.\n\n"
                          "Six pupils will be placed in the pupil referral unit on a permanent basis.\n"),
    ("para23", "met", CLOSE_ELM + "All its pupils will transfer to Oak School, an SEMH special school.\n\n"
                      "On 2 November 2026 we sent a written statement to Oak School and the Ridge Short Stay School's "
                      "management committee, asking each for its views in writing.\n"),
    ("para23", "not_met", CLOSE_ELM + "All its pupils will transfer to Oak School, an SEMH special school.\n\n"
                          "Six pupils will stay at the Ridge Short Stay School until the end of Year 11.\n"),
    ("para23", "met", CLOSE_ELM + "All its pupils will transfer to Oak School, an SEMH special school.\n\n"
                      "The review found that 38 pupils are placed in independent schools, and that the PRU is "
                      "used for pupils waiting for a special school place.\n"),
    ("para23", "met", "# Proposal\n\nNorwold County Council proposes to close Elm School, a special school for pupils with SEMH "
                      "needs. All its pupils will transfer to Oak School, an SEMH special school. No pupil will be placed in "
                      "the Norwold Short Stay School.\n\nOn 2 November 2026 we wrote to the other special schools in Norwold, asking "
                      "them to take part in the consultation.\n"),
]

# "Sufficient capacity across the city's special schools" is room somewhere, not a place named for each pupil.
CAPACITY = [
    ("para23", "unclear", CLOSE_ELM + "There is sufficient capacity across the city's special schools to offer places "
                          "to all its pupils.\n"),
    ("para23", "met", CLOSE_ELM + "There is sufficient capacity across the city's special schools. All its pupils will "
                      "transfer to Oak School, an SEMH special school.\n"),
]

# The PRU introduced in other ways: with its address between ("The Aire Centre, Valley Parade, is ..."), in a
# relative clause (", which is the county's pupil referral unit"), or named first and said to be the PRU after; a
# bracket describing another school names no PRU ("(..., Aire Valley Trust)").
PRU_INTRODUCED = [
    ("para23", "not_met", CLOSE_ELM + "The Aire Centre, Valley Parade, is the city's pupil referral unit.\n\n"
                          "Its twelve pupils will attend the Aire Centre on a permanent basis.\n"),
    ("para23", "met", CLOSE_ELM + "The Aire Centre, Valley Parade, is a special school for pupils with SEMH needs.\n\n"
                      "Its twelve pupils will transfer to the Aire Centre.\n"),
    ("para23", "not_met", CLOSE_ELM + "The Council has commissioned the Ridgeway Centre, which is the county's pupil referral "
                          "unit, to take part. Its six pupils will complete their education at the Ridgeway Centre until the "
                          "end of Key Stage 4.\n"),
    ("para23", "met", CLOSE_ELM + "The Council has commissioned the Ridgeway Centre, which is a special school for pupils "
                      "with SEMH needs, to take part. Its six pupils will transfer to the Ridgeway Centre.\n"),
    ("para23", "not_met", CLOSE_ELM + "Its pupils will be educated at the Bridge Reintegration Base on a permanent basis.\n\n"
                          "1.2 The Bridge Reintegration Base is the new name of the Bridge, the borough's pupil referral unit.\n"),
    ("para23", "met", CLOSE_ELM + "Its pupils will be educated at the Bridge Reintegration Base.\n\n"
                      "1.2 The Bridge Reintegration Base is the new name of the Bridge, the borough's SEMH special school.\n"),
    ("d", "met", CLOSE_ELM + "The Aire Centre is the city's pupil referral unit.\n\nOak School (SEMH special academy, "
                 "Aire Valley Trust) will grow from 60 to 110 places.\n"),
    ("d", "not_met", CLOSE_ELM + "The Aire Centre is the city's pupil referral unit.\n\nThe Aire Centre will grow from 40 to "
                     "64 places.\n"),
]

# A PRU stay's dates: to the first date after "until" ("until they join Oak School at the start of the summer term
# 2028", "until Oak School opens after Easter 2028"), or to the date pupils move on ("transfer to Oak School at the
# start of the spring term 2028"), read against the length the document states.
OAK_ADMITS = CLOSE_ELM + "Oak School, an SEMH special school, has confirmed in writing that it will admit all its pupils.\n\n"
PRU_DATES = [
    ("para23", "unclear", OAK_ADMITS + "Four pupils will be placed at the Ridge PRU for no more than six school weeks, "
                          "from 6 September 2027 until they join Oak School at the start of the summer term 2028.\n"),
    ("para23", "met", OAK_ADMITS + "Four pupils will be placed at the Ridge PRU for no more than six school weeks, "
                      "from 6 September 2027 until they join Oak School on 11 October 2027.\n"),
    ("para23", "unclear", OAK_ADMITS + "Four pupils will attend the Ridge PRU for no longer than half a term, from "
                          "1 September 2027 until Oak School opens after Easter 2028.\n"),
    ("para23", "unclear", OAK_ADMITS + "Four pupils will attend the Ridge PRU for one half-term only, from 1 September "
                          "2027, and will transfer to Oak School at the start of the spring term 2028.\n"),
    ("para23", "met", OAK_ADMITS + "Four pupils will attend the Ridge PRU for one half-term only, from 1 September "
                      "2027, and will transfer to Oak School on 18 October 2027.\n"),
]

# A place named in the conditional mood of a proposal not yet decided, for "every child".
CONDITIONAL = [
    ("para23", "met", CLOSE_ELM + "Oak Vale School is a special school for pupils with SEMH needs.\n\n"
                      "Every child at Elm would be offered a place in the new department at Oak Vale from 1 September 2027.\n"),
    ("para23", "unclear", CLOSE_ELM + "Oak Vale School is a special school for pupils with SEMH needs.\n\n"
                          "Every child at Elm would be offered a place in the new department at Oak Vale if places can be found.\n"),
]

# The school that closes named by its short name after it was described ("Marlowe House School, Lisle Street, is a
# ... special school for ... SEMH ... The Council proposes to close Marlowe House").
SHORT_NAME_CLOSED = [
    ("para23", "unclear", "# Proposal\n\nMarlowe House School, Lisle Street, is a community special school for pupils with "
                          "SEMH needs.\n\nThe Council proposes to close Marlowe House on 31 August 2027 and to enlarge Coldharbour School.\n"),
    ("para23", "not_applicable", "# Proposal\n\nMarlowe House School, Lisle Street, is a community special school for autistic "
                                 "pupils.\n\nThe Council proposes to close Marlowe House on 31 August 2027 and to enlarge Coldharbour School.\n"),
]

CLOSE_OAK = "# Proposal\n\nOak School will close on 31 August 2027.\n\n"
# (ii): where pupils go now, stated, beside the step after a stay put off to a review, or a count only estimated; a
# destination named as "the ... Service"; destinations after a colon ("will move: ... to Greenacre, and ...").
ARRANGEMENTS = [
    ("ii", "met", CLOSE_OAK + "All 20 pupils will transfer to Elm School on 1 September 2027 and remain there until the end of "
                  "Year 9, when their next placement will be decided at annual review. Elm School has confirmed in writing that "
                  "it will admit them.\n"),
    ("ii", "not_met", CLOSE_OAK + "Ten pupils will transfer to Elm School; the placements of the other ten will be decided at "
                      "annual review. Elm School has confirmed in writing that it will admit them.\n"),
    ("ii", "met", CLOSE_OAK + "Of the 28 pupils expected on roll in July 2027, the 24 in Years 1 to 5 will transfer to Elm "
                  "School on 1 September 2027. Elm School has confirmed in writing that it will admit them.\n"),
    ("ii", "not_met", CLOSE_OAK + "The 24 pupils are expected to transfer to Elm School. Elm School has confirmed in writing "
                      "that it will admit them.\n"),
    ("ii", "unclear", "# Proposal\n\nThe Oak Tuition Service will close on 31 August 2027; pupils on roll will transfer to "
                      "the Wandle Home Education Service from 1 September 2027.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Oak Tuition Service will close on 31 August 2027; pupils on roll will transfer to "
                      "other provision from 1 September 2027.\n"),
    ("ii", "unclear", CLOSE_OAK + "Those still at school in September 2027 will move: pupils of primary age to Greenacre "
                      "School, and secondary-age pupils to Longbenton Park School.\n"),
    ("ii", "not_met", CLOSE_OAK + "Those still at school in September 2027 will move: pupils of primary age to Greenacre "
                      "School if places can be found, and secondary-age pupils to Longbenton Park School.\n"),
]

# Nobody displaced: an amalgamation whose legal form closes one school by its short name ("Technically, Fosse Lane
# will be discontinued"), pupils who "are not displaced"; every receiver in a list of groups confirming in writing,
# or one not; the section on "the recommended option" of an options appraisal is the plan.
AMALGAMATE = ("# Proposal\n\nThe Council proposes to amalgamate Fosse Lane Primary Special School and Priory Park Secondary "
              "Special School into one all-through school.\n\nTechnically, Fosse Lane will be discontinued and Priory Park "
              "enlarged, as the new school. ")
GROUPS = (CLOSE_OAK + "The other 22 pupils will move on 1 September 2027:\n\n- 10 pupils to Perivale Park Academy, an SEMH "
          "special academy. Its trust confirmed in writing on 19 October 2026 that it will admit them.\n- 12 pupils to Hawthorn "
          "Academy, on its Southall site.\n")
NOBODY_DISPLACED = [
    ("ii", "not_applicable", AMALGAMATE + "Every pupil stays on the site he or she attends now, and no pupil is displaced.\n"),
    ("ii", "not_met", AMALGAMATE + "Pupils at Fosse Lane will be offered places at other schools.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe PMLD department will move from Larkhill School to Birchfield School with its "
                             "16 pupils and their teachers. They are not displaced: their provision moves.\n"),
    ("ii", "unclear", "# Proposal\n\nThe PMLD department at Larkhill School will close. Its 16 pupils will move to "
                      "Birchfield School.\n"),
    ("ii", "unclear", GROUPS + "\nHawthorn's governing body has been consulted and is content with the proposal.\n"),
    ("ii", "met", GROUPS + "\nHawthorn's governing body confirmed in writing on 2 November 2026 that it will admit them.\n"),
    ("ii", "met", "# Options appraisal\n\n## 2. The options\n\nOption 1 was rejected. Option 3 is recommended.\n\n## 3. The "
                  "recommended option in detail\n\nOak School will close. The six pupils will transfer to Elm School on 1 September "
                  "2027. Elm School has confirmed in writing that it will admit them.\n"),
    ("ii", "unclear", "# Options appraisal\n\n## 2. The options\n\nOption 1 was rejected. Option 3 is recommended.\n\n## 3. The "
                      "options in detail\n\nOak School will close. The six pupils will transfer to Elm School on 1 September "
                      "2027. Elm School has confirmed in writing that it will admit them.\n"),
]

ALL = (WHAT_CLOSES + PRU_IN_PASSING + CAPACITY + PRU_INTRODUCED + PRU_DATES + CONDITIONAL + SHORT_NAME_CLOSED + ARRANGEMENTS
       + NOBODY_DISPLACED)


@pytest.mark.parametrize("factor, expected, body", ALL, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ALL)])
def test_a_displaced_pupils_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
