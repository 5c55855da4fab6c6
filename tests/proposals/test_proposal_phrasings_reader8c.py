"""Phrasings of (c) accommodation, (iv) funding and staffing, (i) providers'
views, (iii) transport and (a) access to education, each with a near
phrasing that must read the other way: the general causes of the
development corpora's misses fixed in round 8c."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

ENLARGE = "# Proposal for special educational provision\n\nThe Council proposes to enlarge Oak School.\n\n"
MERGE = ("# Proposal\n\nThe Council proposes to close the autism base at Ash School on 31 August 2028 and to move its "
         "funding to the Autism Outreach Team, so that more schools receive its advice.\n\n")

# (iv), the lead's ruling: "staffing will be reviewed" about a team or service that carries on states the staffing
# (not specified: unclear, with funding stated); staffing to be determined, set out later or in the full business
# case, or decided by the new governing body in due course, is not stated (not met).
STAFFING_REVIEWED = [
    ("iv", "unclear", MERGE + "The services' budgets will be moved to the new service. Staffing of the team will be reviewed.\n"),
    ("iv", "unclear", MERGE + "Funding: £420,000 a year from the High Needs Block. Staffing: the staffing structure of the "
                      "service will be reviewed with the trade unions during 2028.\n"),
    ("iv", "unclear", MERGE + "Funding: £420,000 a year from the High Needs Block. The service's staffing will be reviewed "
                      "after the merger.\n"),
    ("iv", "not_met", MERGE + "Funding: £420,000 a year from the High Needs Block. Staffing arrangements will be reviewed once "
                      "the outcome of the consultation is known.\n"),
    ("iv", "not_met", ENLARGE + "Funding: £420,000 from the Basic Need grant. Staffing will be set out in the full business case.\n"),
    ("iv", "not_met", ENLARGE + "Funding: £420,000 from the Basic Need grant. Staffing will be determined by the new governing "
                      "body in due course.\n"),
    ("iv", "not_met", ENLARGE + "Funding: £420,000 from the Basic Need grant. Staffing of the new base will be reviewed.\n"),
    ("iv", "not_met", ENLARGE + "Funding: £420,000 from the Basic Need grant. Staffing is a matter for the new governing body.\n"),
    ("iv", "not_met", ENLARGE + "Funding: £420,000 from the Basic Need grant. Staffing will be confirmed once the design is agreed.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STAFFING_REVIEWED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STAFFING_REVIEWED)])
def test_staffing_reviewed_or_put_off(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
