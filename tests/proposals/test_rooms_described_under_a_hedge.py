"""Key factor (c): rooms counted or measured are described specifically even
when their coming is hedged ("we hope to convert ... into two teaching rooms
of 48 m² and 42 m²"): the hedge is on whether or when, not on what the
rooms are.  A hoped-for room named alone, a hoped-for sum or hoped-for
accommodation in general words stays a claim in general words, and a firm
description is specific as before.  Each case written in other words than
the development corpora, both ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

HEAD = ("# Proposal\n\nThe governing body of Marlbrook School proposes to add a post-16 department for 12 pupils "
        "from September 2029.\n\n## Accommodation\n\n")

MEASURED = [
    "We hope to turn the old kitchen block into a post-16 base with three classrooms of 52 m² each and a toilet "
    "with a changing bench.\n",
    "Subject to planning permission, a 160 m² modular building will be placed beside the hall.\n",
    "The governors intend to convert the former library into two teaching rooms and a small office over the summer "
    "of 2029.\n",
    "It is anticipated that the two upstairs rooms (38 square metres and 44 square metres) will be refitted as a "
    "study centre.\n",
]

GENERAL = [
    # a room named alone, a sum, or accommodation in general words, only hoped for
    "We hope the post-16 pupils will have a sensory room of their own.\n",
    "We hope to spend about £300,000 on improving the accommodation.\n",
    "We hope the department will have modern accommodation better suited to young adults.\n",
    "It is anticipated that the building will be improved to suit the older pupils.\n",
]


@pytest.mark.parametrize("text", MEASURED)
def test_rooms_counted_or_measured_stay_specific_under_a_hedge(tmp_path, text):
    p = tmp_path / "proposal.md"
    p.write_text(HEAD + text)
    assert check_document(p).verdicts()["c"] == "met"


@pytest.mark.parametrize("text", GENERAL)
def test_a_hoped_for_room_named_alone_or_a_sum_stays_general(tmp_path, text):
    p = tmp_path / "proposal.md"
    p.write_text(HEAD + text)
    assert check_document(p).verdicts()["c"] == "unclear"


def test_a_firm_description_is_specific_as_before(tmp_path):
    p = tmp_path / "proposal.md"
    p.write_text(HEAD + "The old kitchen block will become a post-16 base with three classrooms of 52 m² each.\n")
    assert check_document(p).verdicts()["c"] == "met"
