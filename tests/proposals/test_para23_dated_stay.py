"""Para 23's PRU stay by the document's own dates, where the end is a half-term named with its year ("until the
new base opens after the February half-term 2028") or the day the pupils start at their next place, said in the next
paragraph ("... and the pupils will start at Oak School on Monday 10 January 2028"): a stated length the dates
contradict, beyond the long-term limit, is unclear.  Each beside a near one whose verdict must differ; the wording
is this file's own, not a corpus document's."""

from __future__ import annotations

import datetime as dt

import pytest

from senrules_proposals import check_document
from senrules_proposals import school_year as years
from senrules_proposals.language import DATE, date_of


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


def test_a_half_term_named_with_its_year_is_a_date_of_the_school_year():
    def read(text):
        return date_of(DATE.search(text))

    assert read("after the February half-term 2028") == dt.date(2028, 2, 14)
    assert read("until the October half-term 2027") == dt.date(2027, 10, 24)
    assert read("by the spring half-term of 2029") == dt.date(2029, 2, 14)
    assert DATE.search("after the February half-term") is None  # (no year: no date)
    la = years.from_data({"term": [{"name": "autumn", "start": "09-03", "end": "12-18", "half_term": {"start": "10-19", "end": "10-23"}},
                                   {"name": "spring", "start": "01-05", "end": "easter-7", "half_term": {"start": "02-15", "end": "02-19"}},
                                   {"name": "summer", "start": "easter+8", "end": "07-20"}]}, "la.toml")
    with years.using(la):
        assert read("after the February half-term 2028") == dt.date(2028, 2, 15)


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2027. All 20 pupils have places at Oak School, an SEMH special "
          "school, whose governors have confirmed in writing that they will admit them.\n\n")

HALF_TERM = [
    ("unclear", _CLOSE + "2. Until Oak School's new base opens, the pupils will attend Ridge PRU for no more than six weeks, "
                "from 1 September 2027 until the base opens after the February half-term 2028.\n"),
    ("met", _CLOSE + "2. Until Oak School's new base opens, the pupils will attend Ridge PRU for no more than six weeks, "
            "from 5 January 2028 until the base opens after the February half-term 2028.\n"),
]


@_cases(HALF_TERM)
def test_a_stay_that_ends_at_a_named_half_term(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


_BRIDGE = ("2. Oak School's new classrooms will not be ready in September. The pupils will attend Ridge PRU for a bridging "
           "period of no more than eight school weeks, starting on 6 September 2027.\n\n")
NEXT_PARAGRAPH = [
    ("unclear", _CLOSE + _BRIDGE + "3. The classrooms will be finished in the winter, and the pupils will start at Oak School "
                "on Monday 10 January 2028.\n"),
    ("met", _CLOSE + _BRIDGE + "3. The classrooms will be finished in the autumn, and the pupils will start at Oak School "
            "on Monday 1 November 2027.\n"),
    # the next paragraph's move is of other pupils: no end of this stay
    ("met", _CLOSE + _BRIDGE + "3. Pupils from Birch School, which is also being reorganised, will move to Oak School on "
            "Monday 10 January 2028.\n"),
]


@_cases(NEXT_PARAGRAPH)
def test_a_stay_ended_by_the_next_paragraphs_start_at_the_next_place(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected
