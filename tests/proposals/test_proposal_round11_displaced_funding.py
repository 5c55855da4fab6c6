"""Round 11: phrasings of pupils displaced (ii), para 23 and funding and
staffing (iv) that the eleventh held-out corpus read wrongly, each beside a
near phrasing whose verdict must not change.  Each is a cause (a kind of
sentence, label or hedge), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

ENLARGE = "# Proposal for special educational provision\n\nThe Council proposes to enlarge the hearing base at Oak School.\n\n"


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


# The staff there now carrying on, in other words than "the existing staff" ("the base's teachers at Oak will
# continue to run it", "the school will keep the unit's staff", "the current team will carry on"), beside a review
# of the staffing: staffing stated, not specified; a review alone states none.
STAFF_CARRY_ON = [
    ("iv", "unclear", ENLARGE + "## Money and staff\n\nCapital of £90,000 comes from the High Needs Provision Capital "
                                "Allocation. The teachers of the deaf at Oak will continue to run the base; staffing will be "
                                "reviewed as it fills.\n"),
    ("iv", "unclear", ENLARGE + "## Money and staff\n\nCapital of £90,000 comes from the High Needs Provision Capital "
                                "Allocation. The school will keep the unit's staff to support the pupils; staffing will be "
                                "reviewed next summer.\n"),
    ("iv", "unclear", ENLARGE + "## Money and staff\n\nCapital of £90,000 comes from the High Needs Provision Capital "
                                "Allocation. Staffing of the base will be reviewed when pupil numbers are known; the base's "
                                "current team will carry on.\n"),
    ("iv", "not_met", ENLARGE + "## Money and staff\n\nCapital of £90,000 comes from the High Needs Provision Capital "
                                "Allocation. Staffing will be reviewed when pupil numbers are known.\n"),
]


@_cases(STAFF_CARRY_ON)
def test_staff_who_carry_on_with_their_staffing_reviewed(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Funding "subject to approval by" a board: the body that approves is no source of the money ("the Council's Capital
# Strategy Board"), so with no source or sum the funding is not stated; a source named before the condition still is.
APPROVER_NO_SOURCE = [
    ("iv", "not_met", ENLARGE + "## Costs\n\nFunding for the works is subject to approval by the Council's Capital "
                                "Strategy Board in March 2027.\n\n## Staffing\n\nOne teaching assistant (1.0 FTE) will be "
                                "appointed.\n"),
    ("iv", "unclear", ENLARGE + "## Costs\n\nThe works will be funded from the Council's capital programme, subject to "
                                "approval by the Capital Strategy Board in March 2027.\n\n## Staffing\n\nOne teaching "
                                "assistant (1.0 FTE) will be appointed.\n"),
]


@_cases(APPROVER_NO_SOURCE)
def test_the_body_approving_funding_is_no_source(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# The capital still to be won or approved with no source named, and the rest only a source with no sum: how the
# proposal will be funded is not stated.  A sum for the rest, or a source named for the capital, still states it.
CAPITAL_UNSECURED = [
    ("iv", "not_met", ENLARGE + "## Finance\n\nThe capital cost of the new rooms is subject to approval. Revenue will be "
                                "met from the High Needs Block.\n\n## Staffing\n\nTwo teachers (2.0 FTE) will be appointed.\n"),
    ("iv", "not_met", ENLARGE + "## Finance\n\nThe capital, £600,000, will be bid for from the Department for Education. Revenue will be met from the "
                                "High Needs Block.\n\n## Staffing\n\nTwo teachers (2.0 FTE) will be appointed.\n"),
    ("iv", "unclear", ENLARGE + "## Finance\n\nThe capital cost of the new rooms is subject to approval. Revenue of "
                                "£80,000 a year will be met from the High Needs Block.\n\n## Staffing\n\nTwo teachers "
                                "(2.0 FTE) will be appointed.\n"),
    ("iv", "unclear", ENLARGE + "## Finance\n\nCapital will be sought through the Council's capital programme, subject to "
                                "Cabinet approval. Revenue will be met from the High Needs Block.\n\n## Staffing\n\nTwo "
                                "teachers (2.0 FTE) will be appointed.\n"),
]


@_cases(CAPITAL_UNSECURED)
def test_capital_unsecured_and_revenue_without_a_sum(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# "HNB", the High Needs Block by its initials, is a source of funding: a label's value "HNB £450k a year" gives the
# sum and source.
HNB = [
    ("iv", "met", ENLARGE + "**Money and staff**\n\n- Funding: HNB £450k a year, agreed by Schools Forum; no capital "
                            "needed.\n- Staffing: 3.0 FTE teachers and 2.0 FTE teaching assistants.\n"),
    ("iv", "not_met", ENLARGE + "**Money and staff**\n\n- Funding: to follow.\n- Staffing: 3.0 FTE teachers and 2.0 FTE "
                                "teaching assistants.\n"),
]


@_cases(HNB)
def test_the_high_needs_block_by_its_initials(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
