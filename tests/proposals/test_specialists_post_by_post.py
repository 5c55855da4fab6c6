"""Key factor (b): specialists set out post by post, each with an amount of their time, are a claim of access to
specialist staff, with no benefit word ("a physiotherapist (0.6 FTE) and an occupational therapist two days a week").

Near phrasings that must not change: one specialist alone, specialists with no time, what the closing school has now,
and teachers and teaching assistants (a school's own posts, its staffing (iv)).  Each probe is in words of its own."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal to close Wendover Lodge\n\nThe Council proposes to close Wendover Lodge, a community special "
         "school for 30 pupils with social, emotional and mental health needs, on 31 July 2028. All 30 pupils will "
         "transfer to Larkfield School, which has confirmed in writing that it will admit them.\n\n")

PROBES = [
    # posts and their time in one sentence, present tense, of the school pupils go to
    ("posts-in-a-paragraph", "met",
     CLOSE + "Larkfield has an occupational therapist on site three days a week and an educational psychologist one "
             "day a fortnight.\n"),
    # ... in a list's item under a lead-in that claims nothing ("The officer reported that:")
    ("posts-in-an-item", "met",
     CLOSE + "The officer reported that:\n\n- the pupils' places had been agreed with Larkfield;\n- Larkfield's team "
             "would be a physiotherapist (0.6 FTE) and a speech and language therapist two days a week;\n"),
    # ... with FTE for each
    ("posts-with-fte", "met",
     CLOSE + "Larkfield employs a clinical psychologist (0.8 FTE) and an art therapist (0.4 FTE).\n"),
    # one specialist alone is no claim without a benefit word
    ("one-post", "not_met",
     CLOSE + "Larkfield has an occupational therapist on site three days a week.\n"),
    # specialists named with no time
    ("posts-without-time", "not_met",
     CLOSE + "Larkfield has an occupational therapist and an educational psychologist.\n"),
    # what the closing school has now
    ("posts-now", "not_met",
     CLOSE + "Wendover Lodge currently has an occupational therapist three days a week and an educational "
             "psychologist one day a fortnight.\n"),
    # under a heading about what the provision costs, the posts are what it pays for (iv)
    ("posts-under-cost-heading", "not_met",
     CLOSE + "## How much will the move cost?\n\nLarkfield has a clinical psychologist (0.8 FTE) and an art "
             "therapist (0.4 FTE).\n"),
    # a school's own posts: teachers and teaching assistants
    ("teachers-and-assistants", "not_met",
     CLOSE + "Larkfield will appoint 3.0 FTE teachers and 5.0 FTE teaching assistants.\n"),
]


@pytest.mark.parametrize("expected, body", [(e, b) for _, e, b in PROBES], ids=[n for n, _, _ in PROBES])
def test_specialists_post_by_post(write, expected, body):
    assert check_document(write(body)).verdicts()["b"] == expected
