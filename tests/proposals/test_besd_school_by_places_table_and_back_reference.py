"""Para 23: the closing school is a BESD (SEMH) school when a table counting SEMH special school places (its first
header cell or the heading over it says so) has a row for it; the closure is read where the school is the subject of
a passive closure ("That X be discontinued", "X will be closed") or "it" after the one school the sentence named
before. Each beside a near one whose verdict must differ; the wording is this file's own."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_PLACES = ("\n\n## The pupils\n\nEvery pupil will have a special school place named in their EHC plan at Kelsey Park "
           "School, whose governors confirmed in writing that they will admit them. No pupil will go to a pupil referral "
           "unit.\n")


def _table(kind: str, where: str = "header") -> str:
    if where == "header":
        return (f"\n\n| {kind} | 2027-28 | 2028-29 |\n|---|---|---|\n| Hadleigh Moor | 44 | 0 |\n"
                "| Kelsey Park | 60 | 104 |\n| Total | 104 | 104 |\n")
    return (f"\n\n### Table 2: {kind}, Westmarsh\n\n| School | 2027-28 | 2028-29 |\n|---|---|---|\n"
            "| Hadleigh Moor | 44 | 0 |\n| Kelsey Park | 60 | 104 |\n")


TABLE = [
    # the table's header counts SEMH special school places: the row's school is an SEMH school
    ("met", "# Westmarsh: special school places\n\nThe Council will close Hadleigh Moor on 31 July 2028 and enlarge "
            "Kelsey Park." + _table("SEMH special school places") + _PLACES),
    # ... or the heading over the table does
    ("met", "# Westmarsh: special school places\n\nWe intend to close Hadleigh Moor at the end of July 2028 and to "
            "enlarge Kelsey Park." + _table("Places at schools for social, emotional and mental health needs: school places",
                                            "heading") + _PLACES),
    # a table of places of another kind says nothing of BESD
    ("not_applicable", "# Westmarsh: special school places\n\nThe Council will close Hadleigh Moor on 31 July 2028 and "
                       "enlarge Kelsey Park." + _table("SLD special school places") + _PLACES),
    # SEMH resourced provision places are no school's
    ("not_applicable", "# Westmarsh: places\n\nThe Council will close Hadleigh Moor on 31 July 2028 and enlarge Kelsey "
                       "Park." + _table("SEMH resourced provision places") + _PLACES),
]


@_cases(TABLE)
def test_a_table_of_semh_school_places_gives_the_kind(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_DESCRIBED = ("\n\n## Background\n\nLantern Hill School is a community special school for 40 pupils aged 7-16 with "
              "social, emotional and mental health needs.\n")
_DESCRIBED_OTHER = ("\n\n## Background\n\nLantern Hill School is a community special school for 40 pupils aged 7-16 with "
                    "severe learning difficulties.\n")

REFERENCE = [
    # a resolution's passive closure, "That" before the school
    ("met", "# Cabinet, 4 May 2028\n\n## Resolutions\n\n(a) That Lantern Hill School be discontinued on 31 August 2028."
            + _DESCRIBED + _PLACES),
    ("not_applicable", "# Cabinet, 4 May 2028\n\n## Resolutions\n\n(a) That Lantern Hill School be discontinued on 31 August "
                       "2028." + _DESCRIBED_OTHER + _PLACES),
    # a future passive
    ("met", "# Cabinet, 4 May 2028\n\n## Decision\n\nLantern Hill School will be closed at the end of the summer term 2028."
            + _DESCRIBED + _PLACES),
    # "it" for the one school the sentence named before
    ("met", "# Cabinet, 4 May 2028\n\n## Purpose\n\nThis report sets out the responses received on the future of Lantern "
            "Hill School and asks Cabinet to close it on 31 August 2028." + _DESCRIBED + _PLACES),
    ("not_applicable", "# Cabinet, 4 May 2028\n\n## Purpose\n\nThis report sets out the responses received on the future of "
                       "Lantern Hill School and asks Cabinet to close it on 31 August 2028." + _DESCRIBED_OTHER + _PLACES),
    # "it" after two schools is neither's
    ("not_applicable", "# Cabinet, 4 May 2028\n\n## Purpose\n\nThis report compares Lantern Hill School with Kelsey Park "
                       "School and asks whether to keep it.\n\n## The plan\n\nNo school closes." + _DESCRIBED),
]


@_cases(REFERENCE)
def test_the_closure_by_passive_subject_or_it(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected
