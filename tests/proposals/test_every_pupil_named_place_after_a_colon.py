"""Para 23 and (ii): where every pupil of a closing SEMH school goes, said one link further away: the groups after a
colon take the places the lead gives the pupils ("will be offered a named place: 20 at X and 12 at Y", a
minute's "had been offered named places: 20 at X"), a group counted with its age ("would transfer on 1 September: 20
pupils of primary age to X and 12 of secondary age to Y") is a move to each, the pupils defined by who they will be ("pupils who will be
on roll in July and not leaving Year 11 will have a place at X": the "not" is the group's), a list of consultees is
no apposition ("the governors of X, the Short Stay School's management committee and ..." does not make X the PRU),
and a receiving head's word "said at the heads' group" is no written confirmation. Each beside a near one whose
verdict must differ; the wording is this file's own."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract.providers import providers_named
from senrules_proposals.reader import read_document, sentences


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_HEAD = ("# Proposal to close Alderbank School\n\nAlderbank School is a community special school for 32 pupils aged 5-16 "
         "with social, emotional and mental health needs. The Council proposes to discontinue Alderbank School on 31 "
         "August 2028.\n\n## The pupils\n\n")

PLACES = [
    # the groups after a colon take the places the lead gives the pupils
    ("met", _HEAD + "Every Alderbank pupil will be offered a named place from September 2028: 20 at Heronsgate School "
                    "and 12 at Pellow Ridge School. No pupil will go to the pupil referral unit.\n"),
    # a minute's past perfect
    ("met", _HEAD + "The officer reported that all 32 Alderbank pupils had been offered named places: 20 at Heronsgate "
                    "School and 12 at Pellow Ridge School.\n"),
    # the lead places nobody: the colon gives no verb
    ("unclear", _HEAD + "The Council has looked at two schools near Alderbank: Heronsgate School and Pellow Ridge School.\n"),
    # the pupils defined by who they will be; the arrangement is not negated
    ("met", _HEAD + "All Alderbank pupils who will be on roll in July 2028 and not leaving Year 11 will have a place at "
                    "Heronsgate School from September 2028.\n"),
    # the arrangement itself negated
    ("unclear", _HEAD + "Alderbank pupils will not have a place at Heronsgate School until the new block opens; the Council "
                        "will decide their placements later.\n"),
]


@_cases(PLACES)
def test_every_pupil_a_named_place(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_CONSULTED = ("\n\n## Consultation\n\nOn 3 March 2027 officers wrote to the governing bodies of Alderbank, the shadow "
              "governing body of Heronsgate, the Short Stay School's management committee and every secondary school, "
              "inviting views; 9 replies came.\n")

CONSULTEES = [
    # the school in a list of consultees keeps its kind: every pupil has a named special place there
    ("met", _HEAD + "Heronsgate School, a new SEMH special school for 60 pupils, opens on 1 September 2028. All 32 pupils "
                    "will start at Heronsgate School then, and each pupil's EHC plan will be amended to name Heronsgate "
                    "School." + _CONSULTED),
    # a school described as the PRU is the PRU
    ("not_met", _HEAD + "Heronsgate, the county's pupil referral unit, will take all 32 pupils permanently." + _CONSULTED),
]


@_cases(CONSULTEES)
def test_a_consultee_list_is_no_apposition(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_MOVES = ("The 32 Alderbank pupils would transfer on 1 September 2028: 20 pupils of primary age to Heronsgate School and "
          "12 of secondary age to Pellow Ridge School. Heronsgate's governing body confirmed in writing on 4 May 2028 "
          "that it will admit them. ")

SAID = [
    # a head's word at a meeting of heads is not in writing
    ("unclear", _HEAD + _MOVES + "Pellow Ridge's headteacher has said at the local heads' forum that the school will take "
                                 "the older pupils.\n"),
    # both in writing
    ("met", _HEAD + _MOVES + "Pellow Ridge's governing body has confirmed in writing that it will admit the older pupils.\n"),
]


@_cases(SAID)
def test_said_at_a_heads_group_is_not_in_writing(write, expected, body):
    assert check_document(write(body)).verdicts()["ii"] == expected


@pytest.mark.parametrize("listed, pru", [
    ("the shadow governing body of Heronsgate, the Short Stay School's management committee and every secondary school", False),
    ("the governors of Heronsgate, the Short Stay Centre's management committee and the diocese", False),
    # an area's possessive is a description: the place is the PRU
    ("the staff of Heronsgate, the county's pupil referral unit, and its management committee", True),
])
def test_another_places_body_is_no_description(write, listed, pru):
    doc = read_document(write(_HEAD + f"Officers wrote to {listed}, inviting views.\n"))
    kinds = {p.kind for p in providers_named(sentences(doc)) if "Heronsgate" in p.names}
    assert ("pru" in kinds) == pru
