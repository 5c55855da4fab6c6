"""Para 23's PRU: a PRU given a short name of its own in a bracket ("the Cedar Learning Centre (the Nook), the
Borough's pupil referral unit") or a new name in its clause ("enlarge the pupil referral unit ..., renamed the
Ashdown Centre") is placed in wherever that name is used; the PRU named only among those sent a
statement and asked to respond or reply places nobody there.  Each beside a near one whose verdict must differ; the
wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Fernlea School\n\n1. The Borough proposes to close Fernlea School, a community special school "
          "for 30 pupils aged 11-16 with social, emotional and mental health needs, on 31 December 2027.\n\n")
_NOOK = "2. The Borough will add 15 places at the Cedar Learning Centre (the Nook), the Borough's pupil referral unit, from January 2028.\n\n"

NICKNAME = [
    ("not_met", _CLOSE + _NOOK + "3. Pupils on the roll of Fernlea School will attend the Nook from 4 January 2028 until "
                "places at special schools become available for them.\n"),
    ("not_met", _CLOSE + _NOOK + "3. The 20 pupils will be placed at the Nook on a long-term basis.\n"),
    ("met", _CLOSE + _NOOK + "3. Every pupil has a place at Harcourt School, an SEMH special school, whose governing body has "
            "confirmed in writing that it will admit them from 4 January 2028. No pupil will attend the Nook.\n"),
    # the same bracket on a special school: going there is no PRU placement
    ("met", _CLOSE + "2. Harcourt School (the Nook), a special school for pupils with SEMH needs, will add 20 places from "
            "January 2028.\n\n3. All 20 pupils will attend the Nook from 4 January 2028; its governing body has confirmed in "
            "writing that it will admit them.\n"),
]


@_cases(NICKNAME)
def test_a_pru_by_the_short_name_its_bracket_gives(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A PRU renamed in the clause that enlarges it is the PRU by its new name too; a special school renamed is not.
RENAMED = [
    ("not_met", _CLOSE + "2. The Borough will enlarge its pupil referral unit to 50 places on the Mill Road site, renamed the "
                "Ashdown Centre, from January 2028.\n\n3. All Fernlea pupils will move to the Ashdown Centre on 4 January "
                "2028 and remain on its roll until they leave school.\n"),
    ("not_met", _CLOSE + "2. The short stay school, which will be known as the Ashdown Centre from January 2028, will take "
                "15 more pupils.\n\n3. All Fernlea pupils will move to the Ashdown Centre on 4 January 2028 and remain on "
                "its roll until they leave school.\n"),
    ("met", _CLOSE + "2. Harcourt School, a special school for pupils with SEMH needs, will be enlarged to 50 places on the "
            "Mill Road site, renamed the Ashdown Centre, from January 2028.\n\n3. All Fernlea pupils will move to the Ashdown "
            "Centre on 4 January 2028; its governing body has confirmed in writing that it will admit them.\n"),
]


@_cases(RENAMED)
def test_a_pru_by_its_new_name(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_PLACES = ("2. All 20 pupils will transfer to Harcourt School, an SEMH special school, on 4 January 2028; its governing "
           "body has confirmed in writing that it will admit them.\n\n")
ASKED = [
    ("met", _CLOSE + _PLACES + "3. On 1 March 2027 the Borough sent a written statement of the proposal to every school in the "
            "Borough, the Borough's pupil referral unit and the two colleges, inviting each to respond in writing by 12 April "
            "2027.\n"),
    ("met", _CLOSE + _PLACES + "3. A statement of the proposal went to the governing bodies, the pupil referral service and "
            "the neighbouring authorities, and each was asked to reply by 12 April 2027.\n"),
    # (a joint statement joins nobody to the PRU; the date it was sent on is no start of a placement)
    ("met", _CLOSE + _PLACES + "3. On 1 March 2027 the Borough and the Trust sent a joint written statement to the governing "
            "bodies of every special school in the Borough, the Hexton Pupil Referral Service and Hexton College, inviting "
            "each to respond in writing by 12 April 2027.\n"),
    ("not_met", _CLOSE + "2. Fourteen pupils will transfer to Harcourt School, an SEMH special school, on 4 January 2028.\n\n"
                "3. The other six pupils will be placed permanently at the Borough's pupil referral unit, whose management "
                "committee has replied to say that it will admit them.\n"),
]


@_cases(ASKED)
def test_the_pru_among_those_asked_to_respond(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected
