"""A provider's kind is read from its own description, wherever it stands:
in a bracket after its name, or in apposition after that bracket when the
bracket only gives a former name; and whatever longer name found earlier
begins with it (a trust named after the school it runs is another body).
Each probe beside a near one whose kind differs."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract import extract
from senrules_proposals.reader import read_document


def _kinds(path) -> dict[str, str]:
    return {p.name: p.kind for p in extract(read_document(path)).providers}


@pytest.mark.parametrize("body, name, kind", [
    # the description after a bracket of former names, the name beginning a trust's found before it
    ("The Beckside Learning Trust will enlarge the Beckside Academy (formerly Beck Lane School), a special academy "
     "for pupils aged 11 to 16 with autism, from 50 to 70 places.", "Beckside Academy", "special_school"),
    # the same, the description in the bracket itself
    ("Under the Fenmoor Centre Partnership, the Fenmoor Centre (the county's pupil referral unit for Key Stage 4) "
     "will take 12 pupils.", "Fenmoor Centre", "pru"),
    # near: an academy described as mainstream stays mainstream
    ("The Beckside Learning Trust will enlarge the Beckside Academy (formerly Beck Lane School), a secondary "
     "academy for pupils aged 11 to 16, from 900 to 1,050 places.", "Beckside Academy", "mainstream_school"),
])
def test_a_name_is_read_by_its_own_description(write, body, name, kind):
    path = write("# Proposal to reorganise provision\n\n1. " + body + "\n")
    assert _kinds(path)[name] == kind


# Where the school enlarged is read as special, its places count with those of the school that closes: 40 + 60 now,
# 80 after, a fall in all; the same sentence calling it a secondary academy leaves its places out of the sum.
_FALL = (
    "# Proposal to discontinue Oakdene School\n\n"
    "1. Oakdene School, a community special school for pupils with autism, has 40 places. The Council proposes to "
    "discontinue it on 31 August 2029.\n\n"
    "2. The Harrowgate Schools Trust has applied to enlarge the Harrowgate Academy (formerly Harrow Lane School), "
    "{desc} for pupils aged 11 to 16, from 60 to 80 places from 1 September 2029. Every Oakdene pupil will move there.\n")


@pytest.mark.parametrize("desc, expected", [("a special academy", "not_met"), ("a secondary academy", "met")])
def test_the_kind_decides_whose_places_are_summed(write, desc, expected):
    assert check_document(write(_FALL.format(desc=desc))).verdicts()["d"] == expected
