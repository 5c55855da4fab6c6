"""Key factor (b), better access to specialist staff: what counts as the claim, and what names the staff.

* a specialist's time set against other time (what pupils had, have now, or get elsewhere) is a claim of better
  access, though no benefit word is used ("two days a week (was one day a term)");
* a list's item completes its lead-in's sentence, whose benefit word is the item's ("pupils will have:");
* a parents' question asking whether pupils will get more or better of something ("Will pupils get more help
  from therapists?") is a heading about benefits: its answer's description of the staff is the claim;
* under a label or heading naming specialist staff, a post named by what its holder is ("a family liaison
  coordinator", "a mobility instructor") is specialist staff;
* therapeutic help, or a wider team of staff, claimed in general words is claimed and not named (unclear);
* staff who transfer with the provision, and a therapy that is a pupil's programme or a room, are no better
  access to named staff.

Each probe is in words of its own, beside a near phrasing whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal to close Ashcombe School\n\nThe Council proposes to close Ashcombe School, a community special "
         "school for 40 pupils with moderate learning difficulties, on 31 August 2027. All 40 pupils will transfer to "
         "Birchfield School, which has confirmed in writing that it will admit them.\n\n")
GENERAL = "Pupils will have better access to specialist staff.\n\n"

PROBES = [
    # a specialist's time compared with another's, in another clause of the sentence
    ("compared-other-school", "met",
     CLOSE + "At Birchfield a speech and language therapist works four days a week; Ashcombe gets a therapy visit "
             "once a month.\n"),
    ("not-compared", "not_met",
     CLOSE + "At Birchfield a speech and language therapist works four days a week.\n"),
    # ... or with what pupils had, in brackets
    ("compared-before", "met",
     CLOSE + "Birchfield's educational psychologist is in school 2 days/wk (Ashcombe had one visit a term).\n"),
    ("said-not-compared", "not_met",
     CLOSE + "Birchfield's educational psychologist is in school 2 days/wk.\n"),
    # ... or with a bare amount after "against"; not the closing school's time now set against its time before
    ("compared-bare-amount", "met",
     CLOSE + "Birchfield's speech and language therapist gives 15 hours a week, against 4 hours at Ashcombe.\n"),
    ("now-against-before", "not_met",
     CLOSE + "Ashcombe currently buys an educational psychologist one day a term (previously one day a month).\n"),
    # a list's items complete its lead-in's sentence; not a lead-in saying who moves as they are
    ("items-under-a-claiming-lead", "met",
     CLOSE + "At Birchfield pupils will have:\n\n- a clinical psychologist two days a week\n- a full-time school "
             "counsellor\n"),
    ("items-under-a-transfer-lead", "not_met",
     CLOSE + "The following Ashcombe staff will transfer to Birchfield:\n\n- a clinical psychologist two days a week\n"
             "- a full-time school counsellor\n"),
    # a parents' question asking whether pupils will get more, answered by the staff there
    ("question-asks-more", "met",
     CLOSE + "## Will pupils get more support from therapists?\n\nYes. Birchfield employs an occupational therapist "
             "three days a week and a full-time school nurse.\n"),
    ("question-asks-who-pays", "not_met",
     CLOSE + "## How will the move be paid for?\n\nBirchfield employs an occupational therapist three days a week and a "
             "full-time school nurse.\n"),
    # a post named under a label naming specialist staff
    ("post-under-specialist-label", "met",
     CLOSE + "4.2 *Specialist staff.* Birchfield will have a family liaison coordinator (1.0 FTE) and a mobility "
             "instructor two days a week.\n"),
    ("post-under-staffing-label", "not_met",
     CLOSE + "4.2 *Staffing.* Birchfield will have a family liaison coordinator (1.0 FTE) and a mobility instructor two "
             "days a week.\n"),
    # claims in general words
    ("therapeutic-input", "unclear",
     CLOSE + "The move will give pupils improved access to therapeutic input at a larger school.\n"),
    ("larger-staff-team", "unclear",
     CLOSE + "Pupils would benefit from the larger staff team at Birchfield.\n"),
    ("larger-playground", "not_met",
     CLOSE + "Pupils would benefit from the larger playground at Birchfield.\n"),
    # a service named, not posts with time
    ("service-named", "unclear",
     CLOSE + "Pupils will have better access to the advisory teachers of the Hearing Support Service.\n"),
    # staff who transfer with the provision are the same staff
    ("staff-transferring", "unclear",
     CLOSE + GENERAL + "Staffing at Birchfield will include a specialist teacher (1.0 FTE, transferring from Ashcombe).\n"),
    ("staff-appointed", "met",
     CLOSE + GENERAL + "Birchfield will appoint a second specialist teacher (1.0 FTE) from September 2027.\n"),
    # a therapy that is a room or a pupil's programme names no therapist
    ("therapy-programme", "unclear",
     CLOSE + GENERAL + "Pupils will have a hydrotherapy pool, used daily by each pupil with a physiotherapy "
                       "programme, and a physiotherapy room.\n"),
    ("therapist-daily", "met",
     CLOSE + GENERAL + "A physiotherapist will work with pupils at Birchfield daily.\n"),
]


@pytest.mark.parametrize("expected, body", [(e, b) for _, e, b in PROBES], ids=[n for n, _, _ in PROBES])
def test_specialist_staff(write, expected, body):
    assert check_document(write(body)).verdicts()["b"] == expected
