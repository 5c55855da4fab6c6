"""The benefits and arrangements of a proposal (key factors (a)-(d), (iii),
(iv)) said in the ways councils write them, each the shape of a general
cause found in the development corpora and written again in other words:
the verdict a reader of the Test would give, both ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

NEW_BASE = "# Proposal\n\nThe Council proposes to open a resourced base at Ash Primary School from September 2028.\n\n"

# (d) places now and after in two statements: a present-tense figure ("has 6 places", "there are no ... places
# now", "is a 12-place base") and a figure after ("will have 10 places", "a new 16-place base", "a provision for
# 8 pupils" that opens); more after is a specific claim of an improved supply, fewer or the same is none.
PLACES_NOW_AND_AFTER = [
    ("d", "met", NEW_BASE + "The Elm Unit has 6 places. The Ash base will have 10 places.\n"),
    ("d", "met", NEW_BASE + "The Council will commission a provision for 8 deaf pupils at Ash Primary, where there are none now.\n"),
    ("d", "met", NEW_BASE + "There are no resourced places for autistic pupils in the town now. The base will be a new provision "
                            "at Ash Primary School for up to 12 children.\n"),
    ("d", "met", NEW_BASE + "The Elm Unit is a 12-place unit at Elm Juniors; a new 16-place base will open at Ash Primary in its place.\n"),
    ("d", "met", NEW_BASE + "Kelby has one hearing base, at Oak Primary, with 8 places. With Ash, the town will have 18 primary hearing "
                            "places from September 2028.\n"),
    ("d", "not_met", NEW_BASE + "The Elm Unit has 12 places. The Ash base will have 8 places.\n"),
    ("d", "not_met", NEW_BASE + "The Elm Unit has 10 places. The Ash base will have 10 places.\n"),
    ("d", "not_met", NEW_BASE + "The Elm Unit has 6 places. We hope the Ash base will have 10 places.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_NOW_AND_AFTER,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_NOW_AND_AFTER)])
def test_places_now_and_after(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
