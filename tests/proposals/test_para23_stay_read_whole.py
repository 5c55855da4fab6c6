"""Para 23's PRU stay read as a whole, whatever words carry it: the stay's end is the date its own clause names ("from
4 September 2028 to 19 October 2028") or the date of the words "until then" point back to (earlier in the sentence,
else the sentence before it in its paragraph); a stay is any time the pupils spend at the PRU, whatever the noun
("spend a brief spell at", "an interim period at"); a stay said only to be short takes the length a following sentence
gives it ("This will last one half-term only"); and an estimate of how many pupils, in brackets ("(some 24 pupils are
anticipated)"), hedges the count, not the move.  Each beside a near one whose verdict must differ; the wording is
this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2028.\n\n")
_PLACE = ("2. Every Elm pupil will have a place at Oak School, an SEMH special school, from {when}, when its new wing "
          "opens; its governors have confirmed in writing that they will admit them all. ")


UNTIL_THEN = [
    # "then" is the date the sentence before names: the start of the summer term, about 30 school weeks on
    ("unclear", _PLACE.format(when="the start of the summer term 2029") + "Until then, from 4 September 2028, the pupils "
                "will be taught at Brook PRU, the county's pupil referral unit, for no more than five school weeks.\n"),
    # ... a date that agrees with the five weeks
    ("met", _PLACE.format(when="9 October 2028") + "Until then, from 4 September 2028, the pupils will be taught at Brook "
            "PRU, the county's pupil referral unit, for no more than five school weeks.\n"),
    # "then" said after a date in its own sentence, and "in the meantime"
    ("unclear", "2. Oak School, an SEMH special school, opens its new wing after Easter 2029 and its governors have "
                "confirmed in writing that they will admit every Elm pupil; until then, from 4 September 2028, the pupils "
                "will attend Brook PRU, the county's pupil referral unit, for no more than five school weeks.\n"),
    ("unclear", _PLACE.format(when="the start of the summer term 2029") + "In the meantime, from 4 September 2028, the "
                "pupils will attend Brook PRU, the county's pupil referral unit, for a bridge of no more than five school weeks.\n"),
    ("met", _PLACE.format(when="9 October 2028") + "In the meantime, from 4 September 2028, the pupils will attend Brook "
            "PRU, the county's pupil referral unit, for a bridge of no more than five school weeks.\n"),
    # "until that date", the pupils "based at" the PRU
    ("unclear", _PLACE.format(when="the start of the summer term 2029") + "Until that date, from 4 September 2028, the "
                "pupils will be based at Brook PRU, the county's pupil referral unit, for no more than five school weeks.\n"),
]


@_cases(UNTIL_THEN)
def test_until_then_is_the_date_it_points_back_to(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


SPAN = [
    ("met", _PLACE.format(when="23 October 2028") + "The pupils will be at Brook PRU, the county's pupil referral unit, "
            "from 4 September 2028 to 20 October 2028 (no more than seven school weeks).\n"),
    ("unclear", _PLACE.format(when="the start of the summer term 2029") + "The pupils will be at Brook PRU, the county's "
                "pupil referral unit, from 4 September 2028 to 6 April 2029 (no more than seven school weeks).\n"),
]


@_cases(SPAN)
def test_a_span_from_one_date_to_another_is_the_stay(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


SPEND = [
    # a brief spell at the PRU, its length in the next sentence, its dates disagreeing with it
    ("unclear", _PLACE.format(when="April 2029") + "Because Elm closes first, the pupils will spend a brief interim spell "
                "at Brook PRU, the county's pupil referral unit. This will last one half-term only, from 4 September 2028 "
                "until the new wing at Oak School opens in April 2029.\n"),
    # ... the dates agreeing
    ("met", _PLACE.format(when="23 October 2028") + "Because Elm closes first, the pupils will spend a brief interim "
            "spell at Brook PRU, the county's pupil referral unit. This will last one half-term only, from 4 September "
            "2028 until the new wing at Oak School opens on 23 October 2028.\n"),
    # a period at the PRU denied: no stay
    ("met", _PLACE.format(when="1 September 2028") + "No pupil will spend any period at Brook PRU, the county's pupil "
            "referral unit.\n"),
]


@_cases(SPEND)
def test_time_spent_at_the_pru_is_a_stay(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


ESTIMATE = [
    ("met", "2. Every pupil on the roll of Elm School in July 2028 (some 24 pupils are anticipated) will transfer to Oak "
            "School, an SEMH special school, on 1 September 2028. Its governors have confirmed in writing that they will "
            "admit them all.\n"),
    ("met", "2. Every pupil on the roll of Elm School in July 2028 (about 24 expected) will transfer to Oak School, an "
            "SEMH special school, on 1 September 2028. Its governors have confirmed in writing that they will admit them "
            "all.\n"),
    # the move itself expected, not the count
    ("unclear", "2. Every pupil on the roll of Elm School in July 2028 is expected to transfer to Oak School, an SEMH "
                "special school, on 1 September 2028 (some 24 pupils).\n"),
]


@_cases(ESTIMATE)
def test_an_estimate_in_brackets_hedges_the_count_not_the_move(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected
