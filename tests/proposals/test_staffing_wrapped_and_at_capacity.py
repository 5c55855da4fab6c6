"""Staffing as plain-text reports set it out:

* a quantity with its unit wrapped to the start of a line ("8.5 FTE teachers", "2.0 FTE") continues the sentence
  before it, as does any line after one ending with a comma; only a numbered paragraph ("8.4 Staffing ...") after a
  finished line starts a new one;
* staffing projected to the school's full size ("At capacity the school is expected to employ ...") is the plan's,
  not a hope; without the capacity, "is expected to employ" still hedges it.

Each probe is written in its own words, with the near one whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract import sentences
from senrules_proposals.reader import read_document

_TITLE = ("PROPOSAL TO ENLARGE WILLOWMEAD SCHOOL\n\n"
          "1.1 The Council proposes to enlarge Willowmead School, a special school for pupils with autism, from 60 to "
          "84 places from 1 September 2029.\n\n"
          "8.1 Capital of £2.4 million comes from the Council's High Needs Provision Capital Allocation, and place\n"
          "    funding of £10,000 a place from the High Needs Block.\n\n")


def _staffing_sentence(write, text: str) -> str:
    doc = read_document(write(text, "proposal.txt"))
    return next(s.text for s in sentences(doc) if "employ" in s.text or "appoint" in s.text)


WRAPPED = [
    _TITLE + "8.2 The school will employ a deputy headteacher, a family worker,\n    8.5 FTE teachers and 12.0 FTE teaching assistants.\n",
    _TITLE + "8.2 The school will appoint two more teachers (one at\n    1.0 FTE and one at 0.6 FTE) and three assistants.\n",
    _TITLE + "8.2 The school will employ a deputy headteacher and\n    4.5 days a week of therapy, and six assistants.\n",
]


@pytest.mark.parametrize("text", WRAPPED, ids=range(len(WRAPPED)))
def test_a_wrapped_quantity_continues_its_sentence(write, text):
    assert "FTE" in _staffing_sentence(write, text) or "days a week" in _staffing_sentence(write, text)


def test_a_numbered_paragraph_after_a_finished_line_starts_its_own(write):
    text = _TITLE + "8.2 The school will employ a deputy headteacher.\n8.3 Transport is unchanged.\n"
    assert "Transport" not in _staffing_sentence(write, text)


_STAFF_AT = "8.2 {when} the school is expected to employ a headteacher, 9.0 FTE teachers and 14.0 FTE teaching assistants.\n"


@pytest.mark.parametrize("when", ["At capacity", "When full,", "At full capacity in 2031"])
def test_staffing_projected_at_capacity_is_planned(write, when):
    assert check_document(write(_TITLE + _STAFF_AT.format(when=when), "proposal.txt")).verdicts()["iv"] == "met"


def test_staffing_only_expected_is_still_hedged(write):
    assert check_document(write(_TITLE + _STAFF_AT.format(when="From 2029"), "proposal.txt")).verdicts()["iv"] != "met"
