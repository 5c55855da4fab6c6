"""Para 23 from the closing BESD (SEMH) school's pupils, group by group: a list of where each group goes under a
lead that places them, a group placed in the sentence after the one that counts it ("For them, ..."), what closes
(a resource base is no school), the PRU only named among those asked for views, a year group finishing its
schooling at the PRU, and a PRU described by an owner of more than one word.  Each beside a near one whose verdict
must differ; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_CLOSE = ("# Proposal to close Fernlea School\n\n"
          "1.1 The Borough proposes to close Fernlea School, a community special school for 30 pupils aged 11-16 with "
          "social, emotional and mental health needs, on 31 December 2027.\n\n")


# A list led by a sentence that places the pupils: each item (or each part after the lead's colon) is a group taking
# the lead's verb; every group at a special school is every pupil with a special place named, and one group whose
# place is only hoped for is a pupil without one.
LISTED = [
    ("met",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 The 24 pupils now at Fernlea will be placed as follows from January 2028:\n\n"
     "- 14 at Harcourt School (SEMH special school, 11-16), which has agreed in writing to take them;\n"
     "- 10 at Millbrook School (special school for SEMH, 7-16), confirmed by its governors' letter of 3 March 2027.\n"),
    ("met",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Every one of the 18 pupils will have places from 4 January 2028: the younger "
     "pupils at Oakfield School (SEMH special, 5-11) and the older pupils at Denby School (SEMH special, 11-16).\n"),
    ("met",
     _CLOSE + "## 2. Where the pupils go\n\nWhen the school closes, the pupils on roll will be offered places as follows:\n\n"
     "- twelve pupils to Harcourt School, an SEMH special school;\n"
     "- the remaining six pupils to Millbrook School, a special school for pupils with SEMH needs.\n"),
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 The 24 pupils now at Fernlea will be placed as follows from January 2028:\n\n"
     "- 14 at Harcourt School (SEMH special school, 11-16), which has agreed in writing to take them;\n"
     "- 10 at Millbrook School, which we hope will be able to offer places.\n"),
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Every one of the 18 pupils will have places from 4 January 2028: the younger "
     "pupils at Oakfield School (SEMH special, 5-11) and the older pupils, we hope, at Denby School (SEMH special, 11-16).\n"),
    ("met",
     _CLOSE + "## 2. Where the pupils go\n\n- The 24 pupils now at Fernlea will transfer as follows from January 2028:\n"
     "- 16 pupils to Harcourt School (SEMH special school, 11-16);\n- 8 pupils to Millbrook School (SEMH special school, 7-16).\n"
     "- Both governing bodies have agreed in writing to admit them.\n"
     "- No Fernlea pupil will be placed at the Bridge Centre (the Borough's pupil referral unit).\n"),
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 The 24 pupils now at Fernlea will be placed as follows from January 2028:\n\n"
     "- 19 at Harcourt School (SEMH special school, 11-16), which has agreed in writing to take them;\n"
     "- 5 pupils in Year 10: their next schools to be decided at their annual reviews in the spring.\n"),
    ("not_met",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 The 24 pupils now at Fernlea will be placed as follows from January 2028:\n\n"
     "- 19 at Harcourt School (SEMH special school, 11-16), which has agreed in writing to take them;\n"
     "- 5 at the Bridge Centre (the Borough's pupil referral unit) until places become available for them.\n"),
    ("not_met",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 The 24 pupils now at Fernlea will be placed as follows from January 2028:\n\n"
     "- 18 at Harcourt School (SEMH special school, 11-16), which has agreed in writing to take them;\n"
     "- 6 at the Bridge Centre (the Borough's pupil referral unit) until the end of Year 11.\n"),
]


@_cases(LISTED)
def test_the_groups_a_lead_lists(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A group counted in one sentence and placed in the next of its paragraph ("For them", "They would"): a place only
# hoped for is a pupil without a special place named; a confirmed one is not.
THEM = [
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Pupils in Years 7 to 9 (20 pupils) will move to Harcourt School (SEMH special), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Eight pupils will be in Year 11 in 2028. For them, the "
     "Borough hopes to arrange places on a Key Stage 4 course at Westfield College.\n"),
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Pupils in Years 7 to 9 (20 pupils) will move to Harcourt School (SEMH special), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Eight pupils will be in Year 11 in 2028. They would, "
     "we anticipate, take up places at Westfield College.\n"),
    ("unclear",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Pupils in Years 7 to 9 (20 pupils) will move to Harcourt School (SEMH special), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Eight pupils will be in Year 11 in 2028. These pupils "
     "would, subject to the College's agreement, take up places at Westfield College.\n"),
    ("met",
     _CLOSE + "## 2. Where the pupils go\n\n2.1 Pupils in Years 7 to 9 (20 pupils) will move to Harcourt School (SEMH special), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Eight pupils will be in Year 11 in 2028. For them, "
     "places at Harcourt School have also been confirmed in writing.\n"),
]


@_cases(THEM)
def test_a_group_placed_in_the_sentence_after_it_is_counted(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# What closes: a resource base, however it is described ("specialist resource base", "resource base"), is no school.
WHAT_CLOSES = [
    ("not_applicable",
     "# Westgate Primary School\n## Proposal to close \"The Anchor\", the school's specialist resource base for pupils with "
     "SEMH needs\n\n1.1 That the Anchor resource base should close on 31 July 2028. Its three pupils will remain at Westgate "
     "Primary School in their mainstream classes, as the governing body has confirmed in writing.\n"),
    ("met",
     "# Proposal to close The Anchor School\n\n1.1 The Borough proposes to close The Anchor School, a special school for "
     "pupils with SEMH needs, on 31 July 2028.\n\n1.2 All 12 pupils will be offered places at Harcourt School (SEMH special "
     "school), which has confirmed in writing that it will admit them.\n"),
]


@_cases(WHAT_CLOSES)
def test_a_resource_base_closing_is_no_school(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# The PRU named only among those asked for views places nobody there; a placement word just before it still does.
ASKED = [
    ("met",
     _CLOSE + "## 2. Pupils\n\n2.1 All 24 pupils will be offered places at Harcourt School (SEMH special school), which has "
     "confirmed in writing that it will admit them.\n\n## 3. Views\n\n3.1 On 2 February 2027 the Borough sent a statement "
     "of the proposal to every special school, the academies whose pupils attend Fernlea and the Borough's pupil referral "
     "unit, asking for their views.\n"),
    ("not_met",
     _CLOSE + "## 2. Pupils\n\n2.1 Eighteen pupils will be offered places at Harcourt School (SEMH special school), which has "
     "confirmed in writing that it will admit them.\n\n2.2 While views are sought from parents, the six other pupils will "
     "attend the Borough's pupil referral unit on a permanent basis.\n"),
]


@_cases(ASKED)
def test_the_pru_among_those_asked_for_views(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A year group finishing that year at the PRU is placed there for the rest of it; finishing it at its own school is not.
FINISH_YEAR = [
    ("not_met",
     _CLOSE + "## 2. Pupils\n\n2.1 Pupils in Years 7 to 10 will be offered places at Harcourt School (SEMH special school), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Pupils in Year 11 will complete Year 11 at the Cedar "
     "Learning Centre (the Borough's pupil referral unit), leaving in July 2028.\n"),
    ("met",
     _CLOSE + "## 2. Pupils\n\n2.1 Pupils in Years 7 to 10 will be offered places at Harcourt School (SEMH special school), "
     "which has confirmed in writing that it will admit them.\n\n2.2 Pupils in Year 11 will complete Year 11 at Fernlea "
     "School before it closes.\n"),
]


@_cases(FINISH_YEAR)
def test_a_year_finished_at_the_pru(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected


# A PRU described by an owner of more than one word ("the Brook Centre, Upper Dale's pupil referral unit") is known
# by its short name after: a stay there whose dates run two terms against a stated half term contradicts itself.
_BRIDGE = (_CLOSE + "## 2. Pupils\n\n2.1 All 20 pupils will be offered places at Denby School (SEMH special school), which has "
           "confirmed in writing that it will admit them. Denby's new classrooms will not be ready until 2028. Until then, "
           "the pupils will be placed at the Brook Centre, Upper Dale's pupil referral unit.\n\n2.2 No pupil will spend more "
           "than half a term there. Pupils will start at Brook on 6 September 2027 and will move to Denby School {end}.\n")
OWNER = [
    ("unclear", _BRIDGE.format(end="at the start of the summer term 2028")),
    ("met", _BRIDGE.format(end="on 18 October 2027")),
]


@_cases(OWNER)
def test_a_pru_described_by_an_owner_of_several_words(write, expected, body):
    assert check_document(write(body)).verdicts()["para23"] == expected
