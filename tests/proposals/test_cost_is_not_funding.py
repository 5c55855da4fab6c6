"""Key factor (iv): a cost is not funding, and funding that waits on a budget's approval is stated.

* What a thing costs, in a sentence with no word of how it is paid for (no source, "funded", "paid", "budget",
  "capital", "grant") and not under a heading about the money ("the rooms will be ready by July at a cost of
  £240,000"), is its cost, not how the proposal is funded; beside a source, or under "How will it be paid for?", it is
  the account of the funding.
* Funding subject to approval of a budget or a programme ("subject to approval by the Council of the 2029-30
  budget") names where the money is to come from: stated, waiting on a decision (unclear); approval alone, or
  approval by a body, names none.

Each beside near ones that must not change; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_LETTER = """# Letter to families: the Heron Class is moving

Dear families,

Harbourne County Council has agreed to close the Heron Class, the 12-place hearing impairment base at Sandpiper
Primary School, and to open a new 12-place base at Curlew Primary School in September 2028.

**{heading}**

{sentence} A teacher of the deaf (1.0 FTE) and two teaching assistants (2.0 FTE) will staff the base.

Transport will continue under the Council's Home to School Travel Policy for Children with SEND, by minibus with a
passenger assistant, and no journey will be longer than 45 minutes.
"""

COST = [
    # a cost alone, under a heading of what will be better: no funding stated
    ("not_met", "What will be better?", "Two acoustically treated classrooms will be ready by July 2028 at a cost of £240,000."),
    ("not_met", "What will be better?", "The new rooms, costing £180,000, will be finished in the summer holiday."),
    ("not_met", "What will be better?", "The works will cost £95,000 and will be complete by August 2028."),
    ("not_met", "What will be better?", "The works will cost £95,000, and a weekly signing programme starts in September."),
    # near ones: the cost with its source, or under a heading about the money: the funding
    ("met", "What will be better?", "Two acoustically treated classrooms will be ready by July 2028 at a cost of £240,000, "
                                    "funded from the Council's capital programme."),
    ("met", "What will be better?", "The works will cost £95,000, paid from the High Needs Block."),
    ("met", "How will it be paid for?", "The works will cost £95,000 and will be complete by August 2028."),
]


@pytest.mark.parametrize("expected, heading, sentence", COST, ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(COST)])
def test_a_cost_alone_is_not_funding(write, expected, heading, sentence):
    assert check_document(write(_LETTER.format(heading=heading, sentence=sentence))).verdicts()["iv"] == expected


_REPORT = """# Harbourne County Council: report to the Children's Scrutiny Panel

## Proposal to enlarge Linnet Park School

1. The Council proposes to enlarge Linnet Park School, a special school for pupils with moderate learning
difficulties, from 80 to 110 places from 1 September 2029.

## Resources

2. {sentence} Two teachers (2.0 FTE) and four teaching assistants (4.0 FTE) would be appointed from summer 2029.

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy for
pupils with SEND, and no journey would exceed 40 minutes.
"""

BUDGET = [
    # waiting on approval of a budget or programme: stated, not secured
    ("unclear", "The building works and the extra revenue would be funded subject to approval by the Council of the "
                "2029-30 budget."),
    ("unclear", "The works would be paid for subject to approval of next year's capital programme."),
    # near ones: approval alone, or by a body: no source named
    ("not_met", "The building works and the extra revenue would be funded subject to approval."),
    ("not_met", "The building works would be funded subject to approval by the Cabinet."),
]


@_cases(BUDGET)
def test_funding_waiting_on_a_budgets_approval_is_stated(write, expected, body):
    assert check_document(write(_REPORT.format(sentence=body))).verdicts()["iv"] == expected
