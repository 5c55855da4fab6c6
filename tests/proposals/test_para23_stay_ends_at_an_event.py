"""Para 23's PRU stay whose end is an event, not a date: the stay ends on the date the document gives for that event,
in the same sentence or in another that dates the thing's opening or readiness ("until the annexe opens" ... "The
annexe will be ready in April 2029", "from 23 April 2029, when the annexe is complete"), or a school year's start or
end written as "the start of the 2029-30 school year", or a term named without its year with its day after it ("at
the start of the summer term on 23 April 2029").  Each beside a near one whose verdict must differ; the wording is
this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document, language as L


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2028. Every Elm pupil will have a place at Oak School, an SEMH "
          "special school, whose governors have confirmed in writing that they will admit them all.\n\n")


SCHOOL_YEAR = [
    # a school year's start: January to September is about two terms, not six weeks
    ("unclear", "2. The youngest pupils will be taught at Brook PRU, the county's pupil referral unit, for no more than "
                "six school weeks, from 8 January 2029 until Oak's annexe is finished at the start of the 2029-30 school "
                "year.\n"),
    # ... from June it agrees with the eight weeks
    ("met", "2. The youngest pupils will be taught at Brook PRU, the county's pupil referral unit, for no more than "
            "eight school weeks, from 4 June 2029 until Oak's annexe is finished at the beginning of the 2029/30 "
            "academic year.\n"),
    # a school year's end
    ("unclear", "2. The youngest pupils will be taught at Brook PRU, the county's pupil referral unit, for one half-term "
                "at most, from 4 September 2028 until the end of the 2028-29 school year.\n"),
]


@_cases(SCHOOL_YEAR)
def test_a_school_years_start_is_a_date(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


def test_a_school_year_alone_is_no_day():
    assert L.DATE.search("places for the 2028-29 school year") is None
    m = L.DATE.search("at the end of the 2028-29 academic year")
    assert m and L.date_of(m).year == 2029 and L.date_of(m).month == 7


ELSEWHERE = [
    # the annexe's readiness dated in another paragraph: September to April
    ("unclear", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
                "referral unit, for no more than five school weeks.\n\n3. The annexe at Oak School will be ready in "
                "April 2029.\n"),
    # ... dated to agree with the five weeks
    ("met", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
            "referral unit, for no more than five school weeks.\n\n3. The annexe at Oak School will be ready on 9 "
            "October 2028.\n"),
    # "the completion of" the thing, dated elsewhere
    ("unclear", "2. The pupils will attend Brook PRU, the county's pupil referral unit, for no more than five school weeks, "
                "from 4 September 2028 until the completion of Oak's new teaching block.\n\n3. The block is due to be "
                "completed by Easter 2029.\n"),
    # the date just before the thing's completion, and a holiday named with its year
    ("unclear", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
                "referral unit, for no more than five school weeks.\n\n3. Oak School will teach them in its annexe from 23 "
                "April 2029, when the annexe is complete.\n"),
    ("unclear", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
                "referral unit, for no more than five school weeks.\n\n3. Oak's annexe will open after the Easter holiday "
                "2029.\n"),
    # a date given for something else's opening is not the stay's end
    ("met", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
            "referral unit, for no more than five school weeks.\n\n3. Oak School will take other pupils from 23 April "
            "2029, when its sports hall is complete.\n"),
    ("met", "2. From 4 September 2028 until the annexe opens, the pupils will attend Brook PRU, the county's pupil "
            "referral unit, for no more than five school weeks.\n\n3. The sports hall at Oak School will open in April "
            "2029.\n"),
]


@_cases(ELSEWHERE)
def test_an_events_date_may_be_given_elsewhere(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


TERM_THEN_DAY = [
    # the next place begins at a term named without its year, its day after it
    ("unclear", "2. The pupils will attend Brook PRU, the county's pupil referral unit, for no more than eight school "
                "weeks, from 4 September 2028. They will then move to Oak School when its wing opens at the start of the "
                "summer term on 23 April 2029.\n"),
    ("met", "2. The pupils will attend Brook PRU, the county's pupil referral unit, for no more than eight school weeks, "
            "from 6 November 2028. They will then move to Oak School when its wing opens at the start of the spring "
            "term, on 3 January 2029.\n"),
]


@_cases(TERM_THEN_DAY)
def test_a_term_without_its_year_takes_the_day_after_it(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected
