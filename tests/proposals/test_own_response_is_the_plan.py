"""A heading naming the proposer's own response ("4. Officer response", "The Council's response", "Our response")
heads the plan, which it sets out; a heading of what consultees said ("Consultation responses", "Responses to the
consultation"), or of what they raised beside the response ("What respondents raised, and our response"), heads
their words, not the plan's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


_MOVE = ("# Proposal to move Larchfield School to the Brookhouse Road site\n\n"
         "1.1 The Council proposes to move Larchfield School, a special school for 60 pupils with complex needs, from "
         "Mill Street to a new building on Brookhouse Road from 1 September 2029. All pupils keep their places.\n\n")


def _verdict(write, body: str, factor: str) -> str:
    return check_document(write(body)).verdicts()[factor]


_MONEY_AND_STAFF = ("4.1 The building costs £6.2 million from the Council's capital programme, and running costs of "
                    "£1.4 million a year come from the High Needs Block.\n\n"
                    "4.2 The school will be staffed by 9.0 FTE teachers and 14.0 FTE teaching assistants.\n")


# The proposer's own response ("Officer response", "The Council's response", "Our response") is the plan: the money
# and staff set out under it are read.
OWN_RESPONSE = [
    _MOVE + "## 4. Officer response\n\n" + _MONEY_AND_STAFF,
    _MOVE + "## 4. The Council's response\n\n" + _MONEY_AND_STAFF,
    _MOVE + "## Our response\n\n" + _MONEY_AND_STAFF,
]


@pytest.mark.parametrize("body", OWN_RESPONSE, ids=range(len(OWN_RESPONSE)))
def test_the_proposers_own_response_is_the_plan(write, body):
    assert _verdict(write, body, "iv") == "met"


# ... but under a heading of what consultees said, the same words are theirs, not the plan.
CONSULTEES_RESPONSES = [
    _MOVE + "## 4. Consultation responses\n\n" + _MONEY_AND_STAFF,
    _MOVE + "## Responses to the consultation\n\n" + _MONEY_AND_STAFF,
    _MOVE + "## What respondents raised, and our response\n\n" + _MONEY_AND_STAFF,
]


@pytest.mark.parametrize("body", CONSULTEES_RESPONSES, ids=range(len(CONSULTEES_RESPONSES)))
def test_consultees_responses_are_not_the_plan(write, body):
    assert _verdict(write, body, "iv") != "met"
