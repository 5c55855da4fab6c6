"""Which sections of a document are the plan: the option it puts forward,
marked as such at the end of the sentence that opens with the option's
label ("Option B — close the unit and open a base at Elm School
(recommended)"), heads the plan's sections ("Benefits of Option B"); and the
proposer's own answer ("Officer response", "The Council's response") gives
the plan, where the responses of consultees do not.  Each case written in
other words than the development corpora's, both ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

OPTIONS = ("# The future of the Larch Room\n\n## 1. Options\n\nOption A — keep the Larch Room at Birchwood Academy as it is.\n\n"
           "Option B — close the Larch Room and open a resourced base of 12 places at Elm School from September 2028{mark}.\n\n"
           "## 2. Benefits of Option B\n\nPupils at the base will see a speech and language therapist three days a week.\n")

CHOSEN_OPTION = [
    ("b", "met", OPTIONS.format(mark=" (recommended)")),
    ("b", "met", OPTIONS.format(mark=" (the preferred option)")),
    # not put forward, or put forward in no words: its section is about an option, not the plan
    ("b", "not_met", OPTIONS.format(mark=" (not recommended)")),
    ("b", "not_met", OPTIONS.format(mark="")),
]

ANSWER = ("# Scrutiny of the Larch Room proposal\n\nThe Council proposes to close the Larch Room at Birchwood Academy and open a "
          "resourced base at Elm School from September 2028.\n\n## 3. {heading}\n\n### Benefits for pupils\n\n"
          "3.1 The base will have an occupational therapist two days a week.\n")

PROPOSERS_ANSWER = [
    ("b", "met", ANSWER.format(heading="Officer response")),
    ("b", "met", ANSWER.format(heading="The Council's response")),
    # what consultees answered is no plan
    ("b", "not_met", ANSWER.format(heading="Consultation responses")),
    ("b", "not_met", ANSWER.format(heading="Parents' responses")),
]

CASES = {"chosen-option": CHOSEN_OPTION, "proposers-answer": PROPOSERS_ANSWER}


@pytest.mark.parametrize("factor, expected, body", [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{f}-{i}" for name, cases in CASES.items() for i, (f, _, _) in enumerate(cases)])
def test_plan_section(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
