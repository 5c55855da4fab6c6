"""Para 23 read from what a sentence refers to: "this option" is the option its paragraph opens with ("Option 3 - ...
Under this option pupils would attend the PRU ... Rejected."), so a PRU stay in an option not put forward places
nobody; an agreement reached "in discussions" is an agreement (not in writing), not a discussion still open; a school
the document names in full may be named by "the" and its last word ("the Grange" of Ashby Grange School); and a
sentence denying only a PRU place ("No pupil will be placed at the Tuition Centre or any other pupil referral unit")
says nothing against the special places.  Each beside a near one whose verdict must differ; the wording is this
file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_OPTIONS = ("# Options for Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and mental "
            "health needs, is in a building that cannot be repaired, and the Council proposes to close Elm School on 31 August 2028. "
            "Cabinet is asked to agree Option {chosen}.\n\n"
            "## 2. Options\n\n**Option 1 - Keep Elm School open.** This would cost £4m. Rejected.\n\n"
            "**Option 2 - Close Elm School and enlarge Oak School.** Every pupil would transfer to Oak School, an SEMH "
            "special school, on 1 September 2028; its governors have confirmed in writing that they will admit them all.\n\n"
            "**Option 3 - Close Elm School and teach the pupils at the Brook Centre while Oak School is enlarged.** Under "
            "this option pupils would attend the Brook Centre, the county's pupil referral unit, for up to three terms. "
            "{verdict}\n")

THIS_OPTION = [
    ("met", _OPTIONS.format(chosen="2", verdict="Rejected.")),
    # the option put forward is the one with the stay
    ("not_met", _OPTIONS.format(chosen="3", verdict="Recommended.")),
]


@_cases(THIS_OPTION)
def test_this_option_is_the_one_its_paragraph_opens_with(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2028.\n\n")

AGREED = [
    ("met", "2. Eleven pupils will transfer to Oak School, an SEMH special school, whose governors have confirmed in "
            "writing that they will admit them. The Beech Trust has agreed in discussions with officers to admit the other "
            "nine pupils to Beech Academy, an SEMH special academy, from 1 September 2028.\n"),
    # a discussion still open: the nine have no place named
    ("unclear", "2. Eleven pupils will transfer to Oak School, an SEMH special school, whose governors have confirmed in "
                "writing that they will admit them. The Beech Trust is in discussions with officers about admitting the "
                "other nine pupils to Beech Academy, an SEMH special academy, from 1 September 2028.\n"),
]


@_cases(AGREED)
def test_an_agreement_reached_in_discussion_is_an_agreement(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


SHORT = [
    ("met", "2. Every Elm pupil will be offered a place at the Grange from 1 September 2028. No pupil will be placed at "
            "the Linden Tuition Centre or any other pupil referral unit.\n\n3. The proposal also enlarges Ashby Grange "
            "School, an SEMH special school, whose governors have confirmed in writing that they will admit every Elm "
            "pupil.\n"),
    # "the Meadow" is no school the document names
    ("unclear", "2. Every Elm pupil will be offered a place at the Meadow from 1 September 2028. No pupil will be placed "
                "at the Linden Tuition Centre or any other pupil referral unit.\n\n3. The proposal also enlarges Ashby "
                "Grange School, an SEMH special school, whose governors have confirmed in writing that they will admit "
                "every Elm pupil.\n"),
]


@_cases(SHORT)
def test_the_and_a_names_last_word_is_that_school(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected
