""""Needs" before "places" may be a noun naming the kind of places
("medical needs places", "complex needs places"), not a verb of demand
("the borough needs 12 more places"): places of a kind that rise are a
supply claimed, places needed are not."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

_DOC = ("# Proposal to replace the Harbour Tuition Service\n\n"
        "1. The Council proposes to close the Harbour Tuition Service, its pupil referral unit for pupils who cannot "
        "attend school for health reasons, and to open the Lantern Centre in a refurbished building from April 2029.\n\n"
        "2. *Places.* {sentence}\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Medical needs places in the borough go up from 24 (the Harbour) to 36 (the Lantern).", "met"),
    ("Complex needs places across the county will rise from 24 to 36 when the Lantern Centre opens.", "met"),
    ("Places for pupils with medical needs will increase from 24 to 36.", "met"),
    # near: a verb of demand, no supply claimed
    ("The borough needs 12 more places for pupils with medical needs.", "not_met"),
])
def test_needs_naming_the_kind_of_places(write, sentence, expected):
    assert check_document(write(_DOC.format(sentence=sentence))).verdicts()["d"] == expected
