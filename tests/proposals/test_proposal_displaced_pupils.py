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


@pytest.mark.parametrize("factor, expected, body", WHAT_CLOSES + PRU_IN_PASSING + CAPACITY,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(WHAT_CLOSES + PRU_IN_PASSING + CAPACITY)])
def test_a_displaced_pupils_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
