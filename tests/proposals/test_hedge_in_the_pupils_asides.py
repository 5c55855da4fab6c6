"""Key factor (ii): a hedge in the words about the pupils who move, or about who goes with them, is theirs, not the
move's (extract/displaced.py ``_arrangement_only``): which pupils ("Pupils who would like to stay together will move to
..."), how many ("(we expect about twenty)", the count in words as in figures), who goes with them ("with their
tutors and, where possible, their teaching assistants").  A hedge of the place itself still makes the places only
hoped for: after the destination ("(to be confirmed)"), after the companions ("..., if places can be found"), a count
with no number ("(we expect places to be agreed by May)"), or the speaker's own hope in a who-clause ("pupils who we
hope can be placed at ...").  The probes are in words of their own, not the corpus documents'."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

_HEAD = (
    "# Proposal to close Brackenfold School\n\n"
    "1. Brackenfold School is a community special school for 26 pupils aged 11 to 16 with moderate learning "
    "difficulties. The Council proposes to close it on 31 August 2028.\n\n"
    "## 2. Where the pupils will go\n\n"
)
_LETTER = ("\n\n3. The governing body of Kestrel Academy confirmed in writing on 2 March 2028 that it will admit "
           "every Brackenfold pupil.\n")


def _ii(write, body: str) -> str:
    return check_document(write(_HEAD + body)).verdicts()["ii"]


# The move is firm: the hedge is about the pupils or their companions.
FIRM = [
    pytest.param("2.1 Pupils in Years 8 and 9 who would like to stay together will move to Kestrel Academy in "
                 "September 2028.", id="who-clause-wish"),
    pytest.param("2.1 Pupils whose families may prefer a day place will transfer to Kestrel Academy on 1 September "
                 "2028.", id="whose-clause-may"),
    pytest.param("2.1 Every pupil still on roll in July 2028 (we expect about twenty) will transfer to Kestrel Academy "
                 "on 1 September 2028.", id="count-in-words"),
    pytest.param("2.1 All pupils will transfer to Kestrel Academy on 1 September 2028, with their tutors and, where "
                 "possible, their teaching assistants.", id="companions-comma-aside"),
    pytest.param("2.1 All pupils will move to Kestrel Academy in September 2028 with their form groups and (if "
                 "possible) their key workers.", id="companions-bracket-aside"),
]


@pytest.mark.parametrize("body", FIRM)
def test_a_hedge_about_the_pupils_leaves_the_move_firm(write, body):
    assert _ii(write, body) == "unclear"  # stated, no written confirmation
    assert _ii(write, body + _LETTER) == "met"


# The place itself is hedged: still only hoped for.
HOPED = [
    pytest.param("2.1 All pupils will be offered places at Kestrel Academy (to be confirmed).", id="bracket-after-place"),
    pytest.param("2.1 All pupils will transfer to Kestrel Academy with their tutors, if places can be found.",
                 id="hedge-after-companions"),
    pytest.param("2.1 All 26 pupils (we expect places to be agreed by May) will transfer to Kestrel Academy.",
                 id="bracket-without-a-count"),
    pytest.param("2.1 The pupils who we hope can be placed at Kestrel Academy will transfer there in September 2028.",
                 id="speakers-hope-in-who-clause"),
]


@pytest.mark.parametrize("body", HOPED)
def test_a_hedge_of_the_place_still_hopes(write, body):
    assert _ii(write, body) == "not_met"
