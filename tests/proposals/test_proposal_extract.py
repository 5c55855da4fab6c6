"""The fact extractor: subject words, hedges, negations and specificity read
in context, never fooled by words out of context."""

from __future__ import annotations

from senrules_proposals import extract, read_document


# The snippets below are parts of proposals: a title line makes each a
# document the reader accepts as one (an unrelated text is refused).
TITLE = "Proposal for special educational provision\n\n"


def facts(write, text, name="p.md"):
    import textwrap

    return extract(read_document(write(TITLE + textwrap.dedent(text).lstrip("\n"), name))).facts


def test_an_intention_about_something_else_says_nothing_about_alternative_provision(write):
    f = facts(write, """
        We intend to publish the decision in June 2025. It is anticipated that the consultation will close in May.
        We hope to see many responses, and we may hold a public meeting.
    """)
    assert f["alternative_provision_hoped"] is False
    assert f["alternative_provision_stated"] is False
    assert f["transport_arrangements_specified"] is False
    assert f["funding_stated"] is False


def test_a_hope_to_find_places_is_not_an_arrangement(write):
    for sentence in (
        "We hope to find places for the 12 pupils in other special schools.",
        "The Council intends to find suitable places elsewhere for all current pupils.",
        "It is anticipated that places will be found at Oak School for displaced pupils.",
        "Pupils may be offered places at Elm Academy, subject to agreement by its governors.",
        "The LA will seek places for the pupils at nearby schools.",
        "Places at Oak School for the displaced pupils are to be confirmed.",
        "Officers are exploring placements at other schools and will keep parents informed.",
    ):
        f = facts(write, "Hill School will close in July 2026. " + sentence)
        assert f["alternative_provision_hoped"] is True, sentence


def test_subject_to_approval_is_not_a_hedge(write):
    f = facts(write, """
        Hill School will close on 31 August 2026. Subject to Cabinet approval, all 30 current pupils will transfer to Oak Park School.
        The governing body of Oak Park School has confirmed in writing that it is willing to receive them.
    """)
    assert f["alternative_provision_hoped"] is False
    assert f["alternative_provision_stated"] is True
    assert f["alternative_provision_confirmed_in_writing"] is True


def test_confirmation_in_writing_may_stand_in_the_same_paragraph(write):
    f = facts(write, """
        Hill School will close in 2026. All current pupils will be offered places at Oak Park School. Its governors have confirmed this in writing (Annex C).

        In a separate matter, the staff have confirmed in writing that they agree with the timetable.
    """)
    assert f["alternative_provision_confirmed_in_writing"] is True
    g = facts(write, """
        Hill School will close in 2026. All current pupils will be offered places at Oak Park School.

        In a separate matter, the staff have confirmed in writing that they agree with the timetable.
    """)
    assert g["alternative_provision_confirmed_in_writing"] is False


def test_a_confirmation_still_to_come_is_not_a_confirmation(write):
    f = facts(write, """
        Hill School will close in 2026. All current pupils will transfer to Oak Park School, which will be asked to confirm in writing that it can receive them.
    """)
    assert f["alternative_provision_confirmed_in_writing"] is False


def test_a_proposal_that_displaces_nobody_needs_no_alternative_provision(write):
    f = facts(write, "Oak School will gain 20 places. No pupil will be displaced by the proposal.")
    assert f["alternative_provision_needed"] is False


def test_whether_anyone_moves_stays_unknown_when_the_document_does_not_say(write):
    f = facts(write, "Oak School will gain 20 places from September 2026.")
    assert f["alternative_provision_needed"] is None


def test_negation_and_status_quo_are_not_benefits(write):
    f = facts(write, """
        Currently pupils have no access to a hydrotherapy pool. The present building has no hygiene suite.
        There will be no change to the number of places.
    """)
    assert f["access_benefit_claimed"] is False
    assert f["accommodation_benefit_claimed"] is False
    assert f["places_benefit_claimed"] is False


def test_specific_versus_generic_benefits(write):
    generic = facts(write, """
        Pupils will receive a better education, with better access to the curriculum and a wider range of opportunities.
        Children will benefit from improved access to specialist staff.
        The school will offer improved accommodation. There will be more suitable places.
    """)
    specific = facts(write, """
        Pupils will have access to a hydrotherapy pool and can take up to six GCSEs.
        A speech and language therapist will be on site three days a week.
        The new block will have eight classrooms and a hygiene suite.
        Places will increase from 60 to 84.
    """)
    for prefix in ("access", "staff", "accommodation", "places"):
        assert generic[f"{prefix}_benefit_claimed"] is True and generic[f"{prefix}_benefit_specific"] is False, prefix
        assert specific[f"{prefix}_benefit_claimed"] is True and specific[f"{prefix}_benefit_specific"] is True, prefix


def test_a_paragraph_reference_or_a_year_is_not_a_number_of_places(write):
    f = facts(write, "In line with paragraph 22 of the guidance, more places will be available from 2026.")
    assert f["places_benefit_claimed"] is True and f["places_benefit_specific"] is False


def test_a_benefit_list_under_a_benefits_heading_needs_no_verb(write):
    f = facts(write, """
        ## Benefits for pupils

        - a hydrotherapy pool and a sensory room
        - 24 additional places for pupils with PMLD
    """)
    assert f["access_benefit_specific"] is True
    assert f["places_benefit_specific"] is True


def test_providers_written_statement_versus_meetings(write):
    met = facts(write, "A written statement was sent to all providers inviting them to set out their views on the changing pattern of provision.")
    meetings = facts(write, "Officers discussed the proposal with headteachers at their termly meeting.")
    nothing = facts(write, "The consultation closes on 12 April.")
    hedged = facts(write, "We intend to seek a written statement of their views from the schools affected.")
    assert met["providers_written_statement"] is True
    assert meetings["providers_written_statement"] is False and meetings["providers_views_sought"] is True
    assert nothing["providers_views_sought"] is False
    assert hedged["providers_written_statement"] is False


def test_a_name_like_harbour_view_is_not_views(write):
    f = facts(write, "The new provision at Harbour View Academy will open in 2026.")
    assert f["providers_views_sought"] is False


def test_transport_arrangements_and_policy(write):
    both = facts(write, "Eligible pupils will receive free transport by minibus under the Council's Home to School Transport Policy.")
    policy_only = facts(write, "Transport will be reviewed in line with the SEN Transport Policy at a later stage.")
    negated = facts(write, "Transport arrangements have not yet been considered.")
    assert both["transport_arrangements_specified"] and both["transport_policy_referred"]
    assert not policy_only["transport_arrangements_specified"] and policy_only["transport_policy_referred"]
    assert not negated["transport_arrangements_specified"] and not negated["transport_policy_referred"]


def test_a_journey_limit_is_not_a_negation(write):
    f = facts(write, "Pupils will travel by minibus with an escort, and no journey will take longer than 45 minutes.")
    assert f["transport_arrangements_specified"] is True


def test_funding_and_staffing(write):
    f = facts(write, """
        The works will cost £2.4 million, met from the Basic Need grant.
        The base will be staffed by 1.0 FTE teacher and 2 teaching assistants.
    """)
    assert f["funding_specific"] and f["staffing_specific"]
    vague = facts(write, "The provision will be funded by the Council. Staffing will be appropriate to pupils' needs, and staff will transfer under TUPE.")
    assert vague["funding_stated"] and not vague["funding_specific"]
    assert vague["staffing_stated"] and not vague["staffing_specific"]
    put_off = facts(write, "Funding will be identified in due course. Staffing will be considered at a later stage.")
    assert not put_off["funding_stated"] and not put_off["staffing_stated"]
    background = facts(write, "The school is too small to employ specialist staff of its own, and currently its budget is in deficit.")
    assert not background["funding_stated"] and not background["staffing_stated"]


def test_a_besd_school_closing_named_in_another_sentence(write):
    f = facts(write, """
        Riverside School is a day special school for pupils with SEMH needs.

        The Council proposes to close Riverside School in July 2026. All its pupils will be placed at the Westbrook Pupil Referral Unit.
    """)
    assert f["besd_school_closing"] is True
    assert f["besd_pupils_to_pru"] is True and f["besd_pru_time_limited"] is False


def test_no_besd_closure_when_the_semh_school_opens(write):
    f = facts(write, "The Council proposes to open a new SEMH special school for 60 pupils. Hill School, an MLD school, will close.")
    assert f["besd_school_closing"] is False


def test_pru_placements_and_their_length(write):
    base = "The Council will close Brook School, a school for pupils with BESD. Its pupils will be offered places at Oak School, a special school. "
    cases = {
        "No pupil will be placed in a Pupil Referral Unit.": (False, None, None),
        "Some pupils may attend the PRU for up to six weeks until their place is ready.": (True, True, 6),
        "Some pupils will attend the PRU for no more than two terms.": (True, True, 26),
        "Some pupils will be placed permanently in the PRU.": (True, False, None),
        "Some pupils will attend the PRU on a temporary basis.": (True, True, None),
    }
    for sentence, (pru, limited, weeks) in cases.items():
        f = facts(write, base + sentence)
        assert f["besd_pupils_to_pru"] is pru, sentence
        assert f.get("besd_pru_time_limited") is limited, sentence
        assert f.get("besd_pru_weeks") == weeks, sentence
        assert f["besd_pupils_special_places"] is True, sentence


def test_the_tests_own_words_are_not_claims(write):
    f = facts(write, """
        The SEN Improvement Test key factors require improved access to specialist staff and improved supply of suitable places.
        DfES guidance says a hope or intention to find places elsewhere is not acceptable.
    """)
    assert f["staff_benefit_claimed"] is False
    assert f["places_benefit_claimed"] is False
    assert f["alternative_provision_hoped"] is False


def test_every_fact_has_provenance(write):
    path = write("Transport will be provided by minibus for pupils.\n\nThe new block will have eight classrooms.\n")
    ex = extract(read_document(path))
    evidence = {e.fact: e for e in ex.evidence()}
    assert evidence["transport_arrangements_specified"].provenance.record == "line 1"
    assert evidence["accommodation_benefit_specific"].provenance.record == "line 3"
    assert evidence["funding_stated"].provenance.record == "whole document (nothing found)"
    assert all(e.provenance.source == "proposal document" and e.provenance.file == str(path) for e in evidence.values())
