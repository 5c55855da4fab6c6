"""Round 10: phrasings of pupils displaced (ii), para 23 and funding and
staffing (iv) that the tenth held-out corpus read wrongly, each beside a near
phrasing whose verdict must not change.  Each is a cause (a kind of
sentence, table or hedge), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE_ASH = ("# Proposal to close Ash School\n\nAsh School is a special school for 30 pupils with behavioural, emotional "
             "and social difficulties. The Council proposes to close Ash School on 31 August 2027.\n\n")
ENLARGE = "# Proposal for special educational provision\n\nThe Council proposes to enlarge Oak School.\n\n"
FUNDED = ("## Funding and staffing\n\nCapital of £400,000 will come from the High Needs Provision Capital Allocation. "
          "Revenue of £120,000 a year will be met from the High Needs Block. ")


# A school named after a capitalised word that opens the sentence ("At Westbrook School pupils could take ...")
# is named later by its short name ("a place at Westbrook or Saltings"): a special school place named.
SCHOOL_SHORT_NAMES = [
    ("para23", "met", CLOSE_ASH + "At Westbrook School pupils could take GCSEs in eight subjects. In Saltings School "
                                  "pupils follow a vocational programme.\n\nEvery Ash pupil will be offered a place at "
                                  "Westbrook or Saltings. No pupil will be placed in a pupil referral unit.\n"),
    ("para23", "unclear", CLOSE_ASH + "At Westbrook School pupils could take GCSEs in eight subjects.\n\nEvery Ash pupil "
                                      "will be offered a suitable place. No pupil will be placed in a pupil referral unit.\n"),
]


@pytest.mark.parametrize("factor, expected, body", SCHOOL_SHORT_NAMES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(SCHOOL_SHORT_NAMES)])
def test_a_school_named_after_the_sentences_first_word(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# A confirmation in writing whose letters are given in brackets between the writing and what it confirms.
WRITTEN_TO_CONFIRMING = [
    ("ii", "met", CLOSE_ASH + "All 30 pupils will be offered a place at Elm School or Birch School. Both governing bodies "
                              "have written to the Council (letters of 1 and 8 March 2027) confirming that they will admit "
                              "these pupils.\n"),
    ("ii", "unclear", CLOSE_ASH + "All 30 pupils will be offered a place at Elm School or Birch School. The Council has "
                                  "written to both governing bodies (letters of 1 and 8 March 2027) asking whether they "
                                  "could admit these pupils.\n"),
]


@pytest.mark.parametrize("factor, expected, body", WRITTEN_TO_CONFIRMING,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(WRITTEN_TO_CONFIRMING)])
def test_a_written_confirmation_with_its_letters_in_brackets(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Funding whose source waits on a body approving the programme ("subject to the Cabinet approving the 2027-28
# capital programme") is stated, not specified, as "subject to approval of the programme" is.
FUNDING_AWAITS_APPROVING = [
    ("iv", "unclear", ENLARGE + "## Funding and staffing\n\nThe £400,000 works would be funded by the Council's capital "
                                "programme, subject to the Cabinet approving the 2027-28 capital programme in June 2027. "
                                "Places would be funded from the High Needs Block at £10,000 per place. The base would add "
                                "2.0 FTE teachers.\n"),
    ("iv", "met", ENLARGE + "## Funding and staffing\n\nThe £400,000 works would be funded by the Council's capital "
                            "programme, which the Cabinet approved in June 2027. Places would be funded from the High Needs "
                            "Block at £10,000 per place. The base would add 2.0 FTE teachers.\n"),
]


@pytest.mark.parametrize("factor, expected, body", FUNDING_AWAITS_APPROVING,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FUNDING_AWAITS_APPROVING)])
def test_funding_waiting_on_a_body_approving_it(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# The lead's ruling on (iv): staffing "reviewed" of a provision there now that carries on (a resource that moves;
# its existing team moves with the pupils; none of its existing staff affected; its staff transfer) is stated, not
# specified; the staffing of a new base reviewed, or a review said only as the provision grows, is not stated.
STAFFING_REVIEWED = [
    ("iv", "unclear", ENLARGE + FUNDED + "None of the existing staff are affected. Staffing will be reviewed by the "
                                         "headteacher as the new group fills.\n"),
    ("iv", "not_met", ENLARGE + FUNDED + "Staffing will be reviewed by the headteacher as the new group fills.\n"),
    ("iv", "unclear", ENLARGE + FUNDED + "The staffing of the resource will be reviewed as part of the move.\n"),
    ("iv", "unclear", ENLARGE + FUNDED + "The base's existing team of Teachers of the Deaf moves with the pupils; its "
                                         "staffing will be reviewed once the pupils have transferred.\n"),
    ("iv", "unclear", ENLARGE + FUNDED + "The Brambles' staff would transfer to Oak School under arrangements agreed with the unions. "
                                         "Staffing in the new "
                                         "department will be reviewed once it opens.\n"),
    ("iv", "not_met", ENLARGE + FUNDED + "Staffing of the new base will be reviewed as pupil numbers rise.\n"),
    ("iv", "not_met", ENLARGE + FUNDED + "Staffing in the new department will be reviewed once it opens.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STAFFING_REVIEWED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STAFFING_REVIEWED)])
def test_staffing_reviewed_of_a_provision_that_carries_on(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
