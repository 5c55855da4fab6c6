"""Para 23's PRU stay and places, read as the document says them: a length said after the noun of the stay ("a
bridging placement of six school weeks", "a stay of one term") is its stated length; a span whose first day is
written without its year ("from 4 September to 13 October 2028") starts in the year its end gives (the year before,
when its month comes later than the end's), and a span of two dates is the stay wherever the sentence says it, so the
document's own dates are read whole; and an estimate of the pupils
with an article, in brackets ("(an expected 24 pupils)"), hedges the count, not the move; the end of a term or school
year bounds the stay however it is reached ("to the end of the autumn term", "for the 2028-29 school year"); and a
length in numbers wins over a term the sentence names, which may be about something else ("not ready until the summer
term").  Each beside a near one
whose verdict must differ; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals import language as L


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Elm School\n\n1. Elm School, a special school for 20 pupils with social, emotional and "
          "mental health needs, will close on 31 August 2028.\n\n")
_PLACE = ("2. Every Elm pupil will have a place at Oak School, an SEMH special school, from {when}, when its new wing "
          "opens; its governors have confirmed in writing that they will admit them all. ")


NOUN_OF = [
    # the length after the noun of the stay, its dates agreeing
    ("met", _PLACE.format(when="9 October 2028") + "The pupils will be taught at Brook PRU, the county's pupil referral "
            "unit, for a short stay of five school weeks, from 4 September 2028 to 6 October 2028.\n"),
    ("met", _PLACE.format(when="9 October 2028") + "Until the wing opens, Brook PRU, the county's pupil referral unit, "
            "will take the pupils as a bridge of five weeks.\n"),
    # ... a length past the long-term limit, said the same way
    ("not_met", _PLACE.format(when="the start of the summer term 2029") + "The pupils will be taught at Brook PRU, the "
                "county's pupil referral unit, for an interim placement of two terms.\n"),
    # a stay said only to be short, with no length: not known how long
    ("unclear", _PLACE.format(when="9 October 2028") + "The pupils will be taught at Brook PRU, the county's pupil "
                "referral unit, for a short interim stay.\n"),
]


@_cases(NOUN_OF)
def test_a_length_after_the_noun_of_the_stay_is_its_length(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


YEARLESS_START = [
    # the dates agree with the stated length
    ("met", _PLACE.format(when="16 October 2028") + "The pupils will attend Brook PRU, the county's pupil referral unit, "
            "for no more than six school weeks, from 4 September to 13 October 2028.\n"),
    # the dates run from September to the spring: far past the six weeks stated, and past the long-term limit
    ("unclear", _PLACE.format(when="23 April 2029") + "The pupils will attend Brook PRU, the county's pupil referral "
                "unit, for no more than six school weeks, from 4 September to 20 April 2029.\n"),
    # a first day in a later month than the end's is in the year before
    ("unclear", _PLACE.format(when="26 March 2029") + "The pupils will attend Brook PRU, the county's pupil referral "
                "unit, for no more than three school weeks, 1 November-23 March 2029.\n"),
    # the span said in brackets after another date the sentence names (the day the new wing opens)
    ("unclear", "2. Oak School, an SEMH special school, opens its new wing after the October half term 2028 and its "
                "governors have confirmed in writing that they will admit every Elm pupil, so the pupils will attend Brook "
                "PRU, the county's pupil referral unit, for no more than three school weeks (4 September to 19 January 2029).\n"),
    ("met", "2. Oak School, an SEMH special school, opens its new wing after the October half term 2028 and its "
            "governors have confirmed in writing that they will admit every Elm pupil, so the pupils will attend Brook "
            "PRU, the county's pupil referral unit, for no more than seven school weeks (4 September to 20 October 2028).\n"),
]


@_cases(YEARLESS_START)
def test_a_span_dates_its_first_day_by_its_end(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


@pytest.mark.parametrize("text, filled", [
    ("from 4 September to 13 October 2028", "from 4 September 2028 to 13 October 2028"),
    ("1 November-23 March 2029", "1 November 2028-23 March 2029"),
    ("from 4 September 2028 to 13 October 2028", "from 4 September 2028 to 13 October 2028"),
    # two days named, not a span: left as it is
    ("on 4 September and 13 October 2028", "on 4 September and 13 October 2028"),
])
def test_the_year_written_into_a_spans_first_day(text, filled):
    assert L.with_span_years(text) == filled


ESTIMATE_WITH_ARTICLE = [
    ("met", "2. All Elm pupils still on roll in July 2028 (an expected 17 pupils) will transfer to Oak School, an SEMH "
            "special school, on 4 September 2028; its governors have confirmed in writing that they will admit them.\n"),
    ("met", "2. All Elm pupils still on roll in July 2028 (an anticipated 17) will transfer to Oak School, an SEMH "
            "special school, on 4 September 2028; its governors have confirmed in writing that they will admit them.\n"),
    # the move itself only expected
    ("unclear", "2. All Elm pupils still on roll in July 2028 are expected to transfer to Oak School, an SEMH special "
                "school (an estimated 17 pupils).\n"),
]


@_cases(ESTIMATE_WITH_ARTICLE)
def test_an_estimate_with_an_article_hedges_the_count(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


TERM_OR_YEAR_END = [
    # the end of a term, said with "to" or "through to" as well as "until": at most that term
    ("met", _PLACE.format(when="8 January 2029") + "Until then the pupils will attend Brook PRU, the county's pupil "
            "referral unit, to the end of the autumn term.\n"),
    ("met", _PLACE.format(when="8 January 2029") + "The pupils will be taught at Brook PRU, the county's pupil referral "
            "unit, through to the end of the autumn term 2028.\n"),
    # ... a school year: past the long-term limit
    ("not_met", _PLACE.format(when="September 2029") + "The pupils will be taught at Brook PRU, the county's pupil "
                "referral unit, through to the end of the 2028-29 school year.\n"),
    ("not_met", _PLACE.format(when="September 2029") + "The pupils will be taught at Brook PRU, the county's pupil "
                "referral unit, for the 2028-29 school year.\n"),
    # "to" a term, not to its end, is when something starts, not a length
    ("not_met", _PLACE.format(when="8 January 2029") + "The pupils will be taught at Brook PRU, the county's pupil "
                "referral unit, from September 2028, and their move will be put back to the spring term.\n"),
]


@_cases(TERM_OR_YEAR_END)
def test_the_end_of_a_term_or_school_year_bounds_the_stay(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected


@pytest.mark.parametrize("body, weeks", [
    ("for the 2028-29 school year", 39),
    ("through to the end of the 2028-29 school year", 39),
    ("till the end of the spring half-term", 6),
])
def test_the_weeks_of_a_term_or_school_year_end(write, body, weeks):
    doc = _CLOSE + _PLACE.format(when="September 2029") + f"The pupils will attend Brook PRU, the county's pupil referral unit, {body}.\n"
    assert check_document(write(doc)).extraction.facts["besd_pru_weeks"] == weeks


COUNTED_OVER_A_TERM_NAMED = [
    # a term named for something else ("not ready until the summer term") does not lengthen the six weeks stated, so
    # the dates (about fifteen school weeks) contradict them
    ("unclear", _PLACE.format(when="8 January 2029") + "Because the wing will not be ready until the summer term, the "
                "pupils will attend Brook PRU, the county's pupil referral unit, for no more than six school weeks, from 4 "
                "September 2028 to 5 January 2029.\n"),
    # ... dates that agree
    ("met", _PLACE.format(when="16 October 2028") + "Because the wing will not be ready until the summer term, the pupils "
            "will attend Brook PRU, the county's pupil referral unit, for no more than six school weeks, from 4 September "
            "2028 to 13 October 2028.\n"),
]


@_cases(COUNTED_OVER_A_TERM_NAMED)
def test_a_length_in_numbers_wins_over_a_term_named(write, expected, body):
    assert check_document(write(_CLOSE + body)).verdicts()["para23"] == expected
