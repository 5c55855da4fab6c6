"""(iv) Staffing "to be reviewed" beside the staff there now is staffing described, not specified: the staff who
carry on are the plan's staffing, and the review leaves its final shape open.  The staff there now may be a team
that moves with its members in brackets ("The existing team (6 teachers, 11 assistants) will transfer with the
unit"), or counted in the present tense ("The service currently has 8.4 FTE teachers").  A review alone describes
no staffing, and the staff there now with no review and nothing planned are how things are.

Each probe is written in its own words, with the near one whose verdict must differ."""

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


STAFF_NOW_REVIEWED = [
    "4.2 The base's existing team (two teachers of the deaf and three assistants) will transfer with the base. Its "
    "staffing will be reviewed by Oakridge's governors in the first year.\n",
    "4.2 The service currently has 8.4 FTE teachers of the deaf and 3.0 FTE communication support workers. Staffing will "
    "be reviewed when the base moves.\n",
]


@pytest.mark.parametrize("body", STAFF_NOW_REVIEWED, ids=range(len(STAFF_NOW_REVIEWED)))
def test_staff_now_with_a_review_is_stated_not_specified(write, body):
    assert _iv(write, body) == "unclear"


def test_a_review_alone_states_no_staffing(write):
    assert _iv(write, "4.2 Staffing will be reviewed when the base moves.\n") == "not_met"
