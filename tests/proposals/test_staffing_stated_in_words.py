"""(iv) Staffing said in words that describe the plan without counting it is stated, not specified: a review of the
staffing for the change itself ("reviewed by the governors to match the base's new age range", "in line with the
revised designation"), or the staff there now offered posts in the provision that takes their pupils ("will be
offered jobs at Oakridge", hedged or not).  A review put off until later ("once the outcome is known", "in due
course", "when the base moves") states no staffing, nor does staffing left to a later decision; posts counted beside
an offer are still specified.

Each probe is written in its own words, with the near ones whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

_HEAD = ("# Proposal to move the Fernlea hearing support base to Oakridge Primary School\n\n"
         "1.1 The Council proposes to move the 10-place Fernlea hearing support base to Oakridge Primary School from "
         "September 2029.\n\n"
         "## Funding and staffing\n\n"
         "4.1 The £240,000 cost of the building work comes from the Council's High Needs Provision Capital Allocation; "
         "place funding of £10,000 a place continues from the High Needs Block.\n\n")


def _iv(write, body: str) -> str:
    return check_document(write(_HEAD + body)).verdicts()["iv"]


STATED_IN_WORDS = [
    # a review of the staffing for the change itself
    "4.2 The staffing of the base will be reviewed by Oakridge's headteacher to match its new age range.\n",
    "4.2 Staffing levels are to be reviewed by the governing board in line with the revised designation.\n",
    "4.2 Staff numbers will be reviewed to reflect the base's new size.\n",
    # the staff there now offered posts where their pupils go, hedged or not
    "4.2 Staff at Fernlea will be offered posts at Oakridge wherever possible.\n",
    "4.2 The base's teachers and assistants will be guaranteed jobs at Oakridge as far as possible.\n",
    "4.2 Every member of Fernlea's staff team will be offered a role at Oakridge.\n",
]


@pytest.mark.parametrize("body", STATED_IN_WORDS, ids=range(len(STATED_IN_WORDS)))
def test_staffing_in_words_is_stated_not_specified(write, body):
    assert _iv(write, body) == "unclear"


NOT_STATED = [
    # a review put off until later
    "4.2 Staffing will be reviewed once the outcome of the consultation is known.\n",
    "4.2 Staffing arrangements will be reviewed in due course.\n",
    "4.2 Staffing will be reviewed when the base moves.\n",
    # the staffing left to a later decision
    "4.2 The staffing of the base at Oakridge will be decided later by the governing body.\n",
]


@pytest.mark.parametrize("body", NOT_STATED, ids=range(len(NOT_STATED)))
def test_staffing_put_off_is_not_stated(write, body):
    assert _iv(write, body) == "not_met"


def test_posts_counted_beside_an_offer_are_specified(write):
    body = ("4.2 Fernlea's two teachers of the deaf (2.0 FTE) will be offered posts at Oakridge, and one further "
            "teaching assistant (1.0 FTE) will be appointed.\n")
    assert _iv(write, body) == "met"
