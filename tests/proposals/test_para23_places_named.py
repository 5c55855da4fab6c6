"""Para 23's special school places named for the closing school's pupils: a table of the schools' places before and
after names no place for anyone (only a table of where pupils go does, one that counts them or whose column says
where they go), and a school named with a bracket saying only its pupils' needs ("Birchwood School (SEMH, 5-11)") is
a special school the pupils' places are at.  Each beside a near one whose verdict must differ; the wording is this
file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2028.\n\n")
_HOPED = "2. Each pupil's next school will be identified at an early annual review; we hope most can go to Oak School.\n\n"

TABLES = [
    ("unclear", _CLOSE + _HOPED + "3. SEMH places:\n\n| School | Places 2027-28 | Places from September 2028 |\n|---|---|---|\n"
                "| Elm School | 24 | 0 |\n| Oak School | 50 | 70 |\n| Total | 74 | 70 |\n"),
    ("unclear", _CLOSE + _HOPED + "| Special school places in the Borough | Now | After |\n|---|---|---|\n"
                "| Elm School | 24 | 0 |\n| Oak School (SEMH special) | 50 | 70 |\n"),
    ("met", _CLOSE + "2. Where the pupils go:\n\n| Destination | Pupils | Confirmed in writing |\n|---|---|---|\n"
            "| Oak School (SEMH special school) | 14 | Governors' letter, 3 May 2027 |\n"
            "| Birch School (SEMH special school) | 6 | Governors' letter, 5 May 2027 |\n"),
]


@_cases(TABLES)
def test_a_table_of_places_names_no_pupils_place(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


NEEDS = [
    ("met", _CLOSE + "2. Birchwood School (SEMH, 5-11) and Ashby School (SEMH and autism, 5-16) are both in the north of "
            "the Borough."
            "\n\n3. The 20 pupils on roll will move on 1 September 2028: 12 to Birchwood and 8 (those whose plans also name "
            "autism) to Ashby. Both governing bodies have confirmed in writing that they will admit them.\n"),
    ("unclear", _CLOSE + "2. Birchwood School (voluntary aided, 5-11) and Ashby School (academy, 5-16) are both in the north "
                "of the Borough.\n\n3. The 20 pupils on roll will move on 1 September 2028: 12 to Birchwood and 8 (those whose plans "
                "also name autism) to Ashby. Both governing bodies have confirmed in writing that they will admit them.\n"),
    ("unclear", _CLOSE + "2. Birchwood Primary School (SEMH, 5-11) and Ashby High School (SEMH, 11-16) are both in the north "
                "of the Borough.\n\n3. The 20 pupils on roll will move on 1 September 2028: 12 to Birchwood and 8 (those whose plans "
                "also name autism) to Ashby. Both governing bodies have confirmed in writing that they will admit them.\n"),
]


@_cases(NEEDS)
def test_a_school_by_the_needs_its_bracket_says(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected
