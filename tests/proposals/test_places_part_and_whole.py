"""Key factor (d): two figures conflict only when they are for the same provision at the same time.  A phase's places
across the area ("primary ... places", a table titled "(primary)") are a part of all the area's places, not a second
figure for them; a sum of money is no count of places ("by £30,000 a year (from 20 to 23 places ...)").  Each beside a
near one that must still conflict; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_HEAD = ("# Proposal to enlarge Birch School and Hazel School\n\n1. The Council proposes to enlarge Birch School, a "
         "primary special school for pupils with SEMH needs, from 30 to 38 places, and Hazel School, a secondary special "
         "school for pupils with SEMH needs, from 70 to 74 places, from September 2028, to meet rising demand.\n\n")

_TYPED = """

    SEMH special school places ({first})   2027-28     2028-29
    ------------------------------------------------------------
    Birch School                              30          38
    ------------------------------------------------------------
    Total                                     30          38

3. Across the whole county:

    SEMH special school places ({second})   2027-28     2028-29
    ------------------------------------------------------------
    Birch School                              30          38
    Hazel School                              70          74
    ------------------------------------------------------------
    Total                                    100         112
"""

TABLES = [
    # a phase's table and the whole area's: a part and its whole
    ("met", _TYPED.format(first="primary", second="all ages")),
    ("met", _TYPED.format(first="Key Stage 2", second="all phases")),
    # the same places twice, with two different totals: a conflict
    ("unclear", _TYPED.format(first="all ages", second="all ages")),
]


@_cases(TABLES)
def test_a_phase_table_is_part_of_the_whole(write, expected, body):
    assert check_document(write(_HEAD + "2. The places before and after:\n" + body, name="p.txt")).verdicts()["d"] == expected


PROSE = [
    ("met", "2. Primary SEMH special school places in the county: 30 now; 38 from September 2028. SEMH special school "
            "places in the county: 100 now; 112 from September 2028.\n"),
    ("unclear", "2. SEMH special school places in the county: 100 now; 108 from September 2028. SEMH special school "
                "places in the county: 100 now; 112 from September 2028.\n"),
]


@_cases(PROSE)
def test_a_phases_places_in_prose_are_part_of_the_whole(write, expected, body):
    assert check_document(write(_HEAD + body)).verdicts()["d"] == expected


_BASE = ("# Proposal to reorganise hearing impairment bases\n\n1. The Council proposes to reduce the resourced provision "
         "for deaf children at Elm Primary School from 8 to 4 places and to enlarge the one at Ash Primary School from 12 "
         "to 19 places from September 2028, so that more deaf children can be taught near home.\n\n2. Places would change as follows:\n\n"
         "| | Now | From September 2028 |\n|---|---|---|\n| Elm Primary | 8 | 4 |\n| Ash Primary (the base) | 12 | 19 |\n"
         "| Total | 20 | 23 |\n\n")

MONEY = [
    ("met", _BASE + "3. Place funding would rise by £30,000 a year (from 20 to 23 places at £10,000 each), from the High "
            "Needs Block.\n"),
    # the prose's places themselves differ from the table's: a conflict
    ("unclear", _BASE + "3. Place funding would rise by £60,000 a year, for 26 places (currently 20) at £10,000 each.\n"),
]


@_cases(MONEY)
def test_a_sum_of_money_is_no_count_of_places(write, expected, body):
    assert check_document(write(body)).verdicts()["d"] == expected
