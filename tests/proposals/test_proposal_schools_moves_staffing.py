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
    # (the staff of a unit that closes staying where they are state no planned staffing, however many they are)
    ("iv", "unclear", ENLARGE + FUNDED + "The unit's two teaching assistants stay at St Aldhelm's. Oak School's existing "
                                         "staff team carries on; staffing will be reviewed as numbers grow.\n"),
    ("iv", "met", ENLARGE + FUNDED + "The unit's two teaching assistants move to Oak School, which will add 2.0 FTE "
                                     "teachers.\n"),
    ("iv", "not_met", ENLARGE + FUNDED + "Staffing of the new base will be reviewed as pupil numbers rise.\n"),
    ("iv", "not_met", ENLARGE + FUNDED + "Staffing in the new department will be reviewed once it opens.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STAFFING_REVIEWED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STAFFING_REVIEWED)])
def test_staffing_reviewed_of_a_provision_that_carries_on(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Para 23: which school closes, when the document says so only in its title ("PROPOSAL TO CLOSE RIDGEWAY SCHOOL",
# "Statutory proposal to discontinue Fellgate House School") or describes the school in a line after its name and
# address ("2.1 Ravenscar House School, Whinmoor Lane. Community special school for ... (BESD)."), and academies a
# trust describes as special ("two special academies for pupils with SEMH needs: Seaton Road Academy and ...").
TO_PRU = "\n\nIts pupils will attend the Riverside Centre, the County's pupil referral unit, until a special school place becomes available.\n"
BESD_SCHOOL_CLOSING = [
    ("para23", "not_met", "# PROPOSAL TO CLOSE RIDGEWAY SCHOOL\n\nThe proposal would take effect on 31 December 2027.\n\n"
                          "Ridgeway School is a day special school for 50 pupils with behavioural, emotional and social "
                          "difficulties (BESD)." + TO_PRU),
    ("para23", "not_met", "# Statutory proposal to discontinue Fellgate House School\n\nThe proposal will be implemented on "
                          "31 August 2027.\n\nFellgate House is a day special school for 42 boys with behavioural, emotional "
                          "and social difficulties (BESD)." + TO_PRU),
    ("para23", "not_met", "COMPLETE STATUTORY PROPOSAL\n\nDiscontinuance of Ravenscar House School\n\n2. SCHOOL\n\n2.1 Ravenscar "
                          "House School, Whinmoor Lane, Ravenscar. Community special school for 40 boys aged 11-16 with "
                          "behavioural, emotional and social difficulties (BESD).\n\n3.1 The school would be discontinued on 31 "
                          "August 2027." + TO_PRU),
    ("para23", "not_met", "Northfell Learning Trust\n\nProposal for a significant change: closure of Seaton Road Academy and "
                          "enlargement of Harbour View Academy\n\n1.1 Northfell Learning Trust runs two special academies for "
                          "pupils with social, emotional and mental health (SEMH) needs: Seaton Road Academy (24 places, ages "
                          "11-16) and Harbour View Academy (56 places, ages 7-16). The Trust proposes to close Seaton Road "
                          "Academy on 31 August 2027 and to enlarge Harbour View Academy to 90 places." + TO_PRU),
    # (the title closes a school the document describes as a special school for other needs; a unit at an academy)
    ("para23", "not_applicable", "# PROPOSAL TO CLOSE RIDGEWAY SCHOOL\n\nRidgeway School is a day special school for 50 pupils "
                                 "with moderate learning difficulties. Kestrel School is a special school for pupils with "
                                 "SEMH needs." + TO_PRU),
    ("para23", "not_applicable", "# Closure of the Kestrel Unit (social, emotional and mental health), Glendale Academy\n\n"
                                 "The Kestrel Unit, a unit for 12 pupils with SEMH needs, closes on 31 August 2028." + TO_PRU),
]


@pytest.mark.parametrize("factor, expected, body", BESD_SCHOOL_CLOSING, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BESD_SCHOOL_CLOSING)])
def test_which_besd_school_closes(write, factor, expected, body):
    name = "proposal.txt" if not body.startswith("#") else "proposal.md"
    assert check_document(write(body, name)).verdicts()[factor] == expected


# Para 23 and (ii): the displaced pupils under a heading naming them ("6. Pupils at Hollins Park", "The remaining 32
# pupils"); a PRU named with its description in apposition under a negation ("No pupil will go to the Beacon
# Centre, the county's pupil referral unit"); a table of moves whose column is headed "Arrangement", and a row
# keeping pupils at a PRU "until a place becomes available" (a place still to be found, for (ii)).
CLOSE_HOLLINS = ("# Closure of Hollins Park School\n\nThe Council proposes to discontinue Hollins Park School (a special "
                 "school for pupils with behavioural, emotional and social difficulties) on 31 August 2027.\n\n")
DISPLACED = [
    ("para23", "met", CLOSE_HOLLINS + "## 6. Pupils at Hollins Park\n\n6.1 Of the 38 pupils on roll, 6 will leave in July "
                                      "2027. The remaining 32 pupils will each be offered a place at Beechcroft School or "
                                      "Thornfield School according to their age.\n\n6.2 No pupil will be placed in a pupil "
                                      "referral unit.\n"),
    ("para23", "unclear", CLOSE_HOLLINS + "## 6. Pupils at Hollins Park\n\n6.1 Of the 38 pupils on roll, 6 will leave in July "
                                          "2027. Beechcroft School and Thornfield School have places.\n\n6.2 No pupil will be "
                                          "placed in a pupil referral unit.\n"),
    ("para23", "met", CLOSE_HOLLINS + "All 32 pupils will move to Beechcroft School. No pupil will go to the Beacon Centre, "
                                      "the county's pupil referral unit, or to any other alternative provision.\n"),
    ("para23", "not_met", CLOSE_HOLLINS + "Most pupils will move to Beechcroft School. Six pupils will go to the Beacon Centre, "
                                          "the county's pupil referral unit, on a permanent basis.\n"),
    ("para23", "not_met", CLOSE_HOLLINS + "| Pupils | Number | Arrangement from September 2027 |\n| --- | --- | --- |\n"
                                          "| Years 7-8 | 12 | Places at Hilltop School (SEMH special school) |\n"
                                          "| Years 9-11 | 19 | The Learning Centre until a place becomes available at Kingfisher School |\n\n"
                                          "The Learning Centre is the Council's pupil referral unit.\n"),
    ("ii", "not_met", CLOSE_HOLLINS + "| Pupils | Number | Arrangement from September 2027 |\n| --- | --- | --- |\n"
                                      "| Years 7-8 | 12 | Places at Hilltop School (SEMH special school) |\n"
                                      "| Years 9-11 | 19 | The Learning Centre until a place becomes available at Kingfisher School |\n\n"
                                      "The Learning Centre is the Council's pupil referral unit.\n"),
    ("ii", "unclear", CLOSE_HOLLINS + "| Pupils | Number | Arrangement from September 2027 |\n| --- | --- | --- |\n"
                                      "| Years 7-8 | 12 | Places at Hilltop School (SEMH special school) |\n"
                                      "| Years 9-11 | 19 | Places at Kingfisher School (SEMH special school) |\n"),
]


@pytest.mark.parametrize("factor, expected, body", DISPLACED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(DISPLACED)])
def test_where_the_displaced_pupils_go(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (ii): nobody displaced by a new or enlarged provision, read as such when its notice says "to increase the number
# of places at the school from 80 to 110", when the pupils of a resourced provision are said to be "on the roll of
# the host school" (whose roll, not a school receiving displaced pupils), and when the statute's title names
# "Discontinuance of Schools" (no school closed).
NOBODY_DISPLACED = [
    ("ii", "not_applicable", "# Proposal to enlarge Brindley Hill School\n\nThe proposal is to increase the number of places at "
                             "the school from 80 to 110 by bringing into use new accommodation.\n"),
    ("ii", "not_met", "# Proposal for Brindley Hill School\n\nThe proposal is to reduce the number of places at the school "
                      "from 110 to 80.\n"),
    ("ii", "not_applicable", "# Proposal: autism resourced provision\n\nThe Council proposes to establish an Enhanced Resource "
                             "Provision for 8 pupils with autism at Canal Street Primary School. Pupils would be on the roll "
                             "of the host school and spend at least half of each day in their mainstream class.\n"),
    ("ii", "not_met", "# Proposal: closure of the Oak Resource Base\n\nThe Council proposes to close the Oak Resource Base. "
                      "Its pupils would move to other schools; the host schools are still to be identified.\n"),
    ("ii", "not_applicable", "# Proposal to establish Pellingham School\n\nPublished under Schedule 1 of the School "
                             "Organisation (Establishment and Discontinuance of Schools) (England) Regulations 2013. The "
                             "Council proposes to establish a new special school for 60 pupils with SEMH needs.\n"),
    ("ii", "not_met", "# Proposal\n\nPublished under the School Organisation (Establishment and Discontinuance of Schools) "
                      "(England) Regulations 2013. The Council proposes the discontinuance of Oak School.\n"),
]


@pytest.mark.parametrize("factor, expected, body", NOBODY_DISPLACED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NOBODY_DISPLACED)])
def test_nobody_displaced_by_a_new_or_enlarged_provision(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Para 23 is about a BESD school: a unit described as one ("the Rainbow Room, a 10-place unit for pupils ... with SEMH
# needs attached to Oakfield Primary School"; "the Rainbow Room SEMH nurture unit at Oakfield Primary School") is a
# unit, whatever school it names after; a special school described so is still one.
UNIT_NOT_SCHOOL = [
    ("para23", "not_applicable", "Title: Closure of the Rainbow Room SEMH nurture unit at Oakfield Primary School\n\nDecision:\n\n"
                                 "To cease to commission the Rainbow Room, a 10-place unit for pupils aged 5-11 with social, "
                                 "emotional and mental health needs attached to Oakfield Primary School, from 31 July 2027.\n\n"
                                 "The five pupils will return to mainstream classes at Oakfield Primary School.\n"),
    ("para23", "unclear", "Title: Closure of the Rainbow Room\n\nDecision:\n\nTo close the Rainbow Room, a 10-place special "
                          "school for pupils aged 5-11 with social, emotional and mental health needs, from 31 July 2027.\n\n"
                          "The five pupils will be supported by the Council.\n"),
]


@pytest.mark.parametrize("factor, expected, body", UNIT_NOT_SCHOOL, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(UNIT_NOT_SCHOOL)])
def test_a_unit_at_a_school_is_no_besd_school(write, factor, expected, body):
    assert check_document(write(body, "decision.txt")).verdicts()[factor] == expected


# Briefing notes: the school closed named in the memo's subject line before a dash ("Re: Oakwell House School (SEMH,
# 11-16) — proposed closure Aug '27"), a provider described with "=" ("Beacon = LA's short stay school / PRU"), and a
# group's plan after a colon ("Y10/Y11 (17 pupils): transfer to the Beacon Centre ... for rest of KS4").
MEMO = ("BRIEFING NOTE\n\nTo: Lead Member | From: SEND Commissioning | Date: 02/02/27 Re: Oakwell House School (SEMH, 11-16) "
        "{dash} proposed closure Aug '27\n\nProposal\n\n- Close Oakwell 31/08/27.\n- Y10/Y11 (17 pupils): {plan} the Beacon "
        "Centre from Sept '27 for rest of KS4. (Beacon = LA's short stay school / PRU, Harrow Rd site.)\n")
BRIEFING_NOTES = [
    ("para23", "not_met", MEMO.format(dash="—", plan="transfer to")),
    ("para23", "not_applicable", MEMO.format(dash="—", plan="transfer to").replace("(SEMH, 11-16)", "(MLD, 11-16)")),
    ("para23", "unclear", MEMO.format(dash="—", plan="visits to")),
    ("ii", "not_met", MEMO.format(dash="-", plan="to attend") + "- KS4 (9 pupils): to attend the Beacon until a place becomes "
                                                                "available at Oakridge School.\n"),
]


@pytest.mark.parametrize("factor, expected, body", BRIEFING_NOTES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BRIEFING_NOTES)])
def test_a_briefing_notes_shorthand(write, factor, expected, body):
    assert check_document(write(body, "memo.txt")).verdicts()[factor] == expected


# Slides: a group's move drawn with an arrow ("14 pupils -> Fenside Assessment Centre from 1 Sept 2027"), the
# receivers' agreement in the list's items after it ("Trust confirmed in writing (letter 30 Sept 2026)", "Fenside
# management committee agreed (letter 4 Oct 2026)"), and the proposal's line followed on the slide by the
# consultation's dates ("Proposal to close Hartsholme Lodge School (BESD) Consultation open 21 October - 16 December").
SLIDES = ("Slide 1\n\nHARTSHOLME LODGE: HAVE YOUR SAY\n\nProposal to close Hartsholme Lodge School (BESD, ages 11-16)\n"
          "Consultation open 21 October - 16 December 2026\n\nSlide 4\n\nWhere would pupils go?\n\n- Blyburgh Academy (SEMH "
          "special, Broadland Learning Trust), 3 miles\n- Fenside Assessment Centre (Norbridge's short stay school for "
          "excluded pupils), 5 miles\n\nSlide 8\n\nWho goes where?\n\n- 10 pupils -> Blyburgh Academy from 1 Sept 2027\n"
          "- Trust confirmed in writing (letter 30 Sept 2026)\n- 14 pupils -> Fenside Assessment Centre from 1 Sept 2027\n"
          "- {stay}\n- Fenside management committee {agreed} (letter 4 Oct 2026)\n")
SLIDE_PHRASINGS = [
    ("para23", "not_met", SLIDES.format(stay="stay at Fenside until they finish Year 11", agreed="agreed")),
    ("para23", "met", SLIDES.format(stay="stay at Fenside for six school weeks, then move to Blyburgh", agreed="agreed")),
    ("ii", "met", SLIDES.format(stay="stay at Fenside until they finish Year 11", agreed="agreed")),
    # Fenside, a short stay school (a pupil referral unit), needs no letter (the ruling of 2026-12-05)
    ("ii", "met", SLIDES.format(stay="stay at Fenside until they finish Year 11", agreed="was consulted")),
]


@pytest.mark.parametrize("factor, expected, body", SLIDE_PHRASINGS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(SLIDE_PHRASINGS)])
def test_slides_arrows_and_their_items(write, factor, expected, body):
    assert check_document(write(body, "slides.txt")).verdicts()[factor] == expected
