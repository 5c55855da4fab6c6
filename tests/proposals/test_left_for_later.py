"""A factor's subject mentioned is not the thing the factor asks for done: what is left for later, or done by
somebody else, must not be read as done.

* (iii) transport whose routes or arrangements are still to be settled ("routes to be worked out", "routes would be
  confirmed with families in the spring", "the transport team will look again at every route") specifies no
  arrangement, beside the policy named; a concrete arrangement with only a detail to confirm still does;
* (iii) words of transport that are no journey: a copy of a document picked up, a site's place on the bus network;
* (i) the school as a place ("a copy from the school office") or in the name of the council's team for schools ("the
  School Organisation Team"), and the council's own decision ("the Council has agreed that ..."), are no providers
  asked for their views;
* (iv) a sum given in one clause and made, in the next, to wait on a body agreeing a budget waits on a later decision.

Each probe is written in its own words, with the near one whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


_MOVE = ("# Proposal to move Larchfield School to the Brookhouse Road site\n\n"
         "1.1 The Council proposes to move Larchfield School, a special school for 60 pupils with complex needs, from "
         "Mill Street to a new building on Brookhouse Road from 1 September 2029. All pupils keep their places.\n\n")


def _verdict(write, body: str, factor: str) -> str:
    return check_document(write(body)).verdicts()[factor]


# (iii) The policy named, the routes still to be settled: the arrangements are not specified.
ROUTES_LATER = [
    _MOVE + "2.1 Pupils will keep free transport under the Council's SEND Transport Policy, with routes to be worked "
            "out over the summer.\n",
    _MOVE + "2.1 The Head of Service said transport would continue under the Council's SEND Travel Assistance Policy "
            "and that routes would be confirmed with families in the spring.\n",
    _MOVE + "2.1 Eligible pupils will continue to receive transport under the Council's SEND Transport Policy. The "
            "passenger transport unit will look again at each route before the move.\n",
    _MOVE + "2.1 Transport will be provided in line with the Council's SEND Transport Policy; journeys will be "
            "reviewed nearer to the opening.\n",
]


@pytest.mark.parametrize("body", ROUTES_LATER, ids=range(len(ROUTES_LATER)))
def test_routes_left_for_later_specify_no_arrangement(write, body):
    assert _verdict(write, body, "iii") == "unclear"


# ... but a concrete arrangement, a detail of it to be confirmed, or routes already planned, still specify them.
ROUTES_MADE = [
    _MOVE + "2.1 Under the Council's SEND Transport Policy pupils will travel by minibus with a passenger assistant, "
            "with routes to be confirmed in July.\n",
    _MOVE + "2.1 Under the Council's SEND Transport Policy the transport team has re-planned the routes, and no "
            "journey will be longer than 45 minutes.\n",
]


@pytest.mark.parametrize("body", ROUTES_MADE, ids=range(len(ROUTES_MADE)))
def test_a_concrete_arrangement_with_a_detail_to_confirm_is_specified(write, body):
    assert _verdict(write, body, "iii") == "met"


# (iii) No journey: a copy picked up, the site on the bus network. Nothing else about transport: not met.
NO_JOURNEY = [
    _MOVE + "2.1 You can pick up a printed copy of the proposal from the Mill Street reception.\n",
    _MOVE + "2.1 Brookhouse Road is 1.5 miles from Mill Street, on the number 12 bus route.\n",
    _MOVE + "2.1 The new building is close to two bus stops and a park.\n",
]


@pytest.mark.parametrize("body", NO_JOURNEY, ids=range(len(NO_JOURNEY)))
def test_transport_words_that_are_no_journey_specify_nothing(write, body):
    assert _verdict(write, body, "iii") == "not_met"


# ... but pupils picked up, or a bus route pupils will take, are arrangements.
JOURNEYS = [
    _MOVE + "2.1 Pupils will be picked up from home by taxi at the same times as now.\n",
    _MOVE + "2.1 Older pupils will be given a bus pass for the number 12 bus, which stops outside the new building.\n",
]


@pytest.mark.parametrize("body", JOURNEYS, ids=range(len(JOURNEYS)))
def test_pupils_picked_up_are_an_arrangement(write, body):
    assert _verdict(write, body, "iii") != "not_met"


# (i) The school as a place, the council's schools team, the council's own decision: no providers asked.
NOBODY_ASKED = [
    _MOVE + "3.1 Families can read the proposal and respond online, or collect a copy from the school reception.\n",
    _MOVE + "3.1 The full proposal, with a statement of the reasons for it, is available from the School "
            "Organisation Service at County Hall.\n",
    _MOVE + "3.1 The Cabinet has agreed that the school will move and that the new building will be ready for the "
            "school in 2029.\n",
]


@pytest.mark.parametrize("body", NOBODY_ASKED, ids=range(len(NOBODY_ASKED)))
def test_no_provider_asked(write, body):
    assert _verdict(write, body, "i") == "not_met"


# ... nor is a workshop that is a room, of a trade or listed with rooms.
WORKSHOP_ROOMS = [
    _MOVE + "3.1 The new building will give the school two classrooms, an engineering workshop and a sensory room.\n",
    _MOVE + "3.1 Older pupils will use the college's kitchens and workshops for their vocational courses.\n",
]


@pytest.mark.parametrize("body", WORKSHOP_ROOMS, ids=range(len(WORKSHOP_ROOMS)))
def test_a_workshop_that_is_a_room_asks_nobody(write, body):
    assert _verdict(write, body, "i") == "not_met"


# ... but the school's governors asked, or agreeing, or a workshop held with headteachers, are providers' views.
PROVIDERS_ASKED = [
    _MOVE + "3.1 We held a workshop with the headteachers of the county's special schools on the proposal.\n",
    _MOVE + "3.1 We met the governors of the school and asked for their views on the move.\n",
    _MOVE + "3.1 The governing body of Larchfield School has agreed to the move.\n",
]


@pytest.mark.parametrize("body", PROVIDERS_ASKED, ids=range(len(PROVIDERS_ASKED)))
def test_providers_asked_still_count(write, body):
    assert _verdict(write, body, "i") != "not_met"


_STAFF = "4.2 The school will be staffed by 9.0 FTE teachers and 14.0 FTE teaching assistants.\n"

# (iv) A sum made, in the next clause, to wait on a body agreeing a budget: part of the funding waits.
SUM_WAITS = [
    _MOVE + "4.1 The move frees £120,000 a year from the High Needs Block, which the Council would spend on outreach, "
            "subject to the Schools Forum agreeing the 2029-30 budget.\n" + _STAFF,
    _MOVE + "4.1 Revenue of £85,000 will come from the High Needs Block, which is to pay for two extra classes, "
            "subject to Cabinet approving the 2029-30 budget.\n" + _STAFF,
]


@pytest.mark.parametrize("body", SUM_WAITS, ids=range(len(SUM_WAITS)))
def test_a_sum_waiting_on_a_budget_awaits_a_decision(write, body):
    assert _verdict(write, body, "iv") == "unclear"


# ... but a sum with its source and nothing waiting is funding specified.
SUM_GIVEN = [
    _MOVE + "4.1 The move frees £120,000 a year from the High Needs Block, which the Council will spend on "
            "outreach.\n" + _STAFF,
]


@pytest.mark.parametrize("body", SUM_GIVEN, ids=range(len(SUM_GIVEN)))
def test_a_sum_given_is_specified(write, body):
    assert _verdict(write, body, "iv") == "met"



_FUNDED = ("4.1 The £90,000 cost of the works comes from the Council's High Needs Provision Capital Allocation; place "
           "funding of £10,000 a place comes from the High Needs Block.\n")

# (iv) Staffing put off until something is known, however long the thing ("once the number of children joining the
# nursery in September 2029 is known"), states no staffing.
STAFFING_PUT_OFF = [
    _MOVE + _FUNDED + "4.2 Staffing will be decided by the school once the number of children joining the nursery in "
                      "September 2029 is known.\n",
    _MOVE + _FUNDED + "4.2 The staffing of the new classes will be set out once the final design of the two new "
                      "classrooms has been agreed.\n",
]


@pytest.mark.parametrize("body", STAFFING_PUT_OFF, ids=range(len(STAFFING_PUT_OFF)))
def test_staffing_put_off_until_known_is_not_stated(write, body):
    assert _verdict(write, body, "iv") == "not_met"


# ... but planned posts, with only their timetable waiting, are planned staffing.
def test_planned_posts_with_a_detail_waiting_are_planned(write):
    body = (_MOVE + _FUNDED + "4.2 The school will appoint 2.0 FTE teachers and 3.0 FTE teaching assistants; their "
                              "timetables will be set once the number of children joining in September 2029 is known.\n")
    assert _verdict(write, body, "iv") == "met"


# (i) A letter sent with a copy of the proposal to the providers, asking each for its views, is a written invitation;
# the same copy put on the web for anyone is not one to providers.
def test_a_letter_with_a_copy_sent_to_providers_is_a_written_statement(write):
    body = (_MOVE + "3.1 On 2 March 2029 we sent a letter and a copy of this proposal to the headteachers and governors "
                    "of every school in the district, asking each to reply with its views.\n")
    assert _verdict(write, body, "i") == "met"


def test_a_copy_on_the_web_invites_no_provider_in_writing(write):
    body = (_MOVE + "3.1 A copy of this proposal is on the Council's website, and anyone may comment on it by 30 April "
                    "2029.\n")
    assert _verdict(write, body, "i") == "not_met"
