"""What a document specifies must be read as specified, whatever words frame it: a bound, a forecast, a noun, a
pronoun are not a negation, a hedge, an intention or nobody; and a question is not an answer.

* (iii) a bound on the journeys, however its verb is worded ("no pupil will be on the road for more than 35
  minutes", "none of the new routes will take over 40 minutes"), states the journey times: it negates no
  arrangement; a "no" before the transport itself ("no minibus for journeys over 3 miles") still does;
* (iii) an expectation of how many pupils will use a concrete arrangement, or how long they will travel ("the unit
  anticipates that most children will travel by minibus") is a forecast of its use, not a hedge on it; the
  arrangement itself expected ("expects to arrange a minibus") still is;
* (iii) the items of a list led in by asking ("Parents asked:", "Members may wish to ask:") that are questions
  without a question mark ("- whether the taxi will have an escort") claim nothing;
* (i) "plan" before "to" and a determiner or a name is the document sent, not an intention ("a written statement
  setting out this plan to every special school"); "the Council plans to send" still is one;
* (i) a pronoun asked for views ("We asked them to tell us in writing", "We invite each of them") stands for the
  providers the sentence before it named;
* (i) a workshop is a meeting only when held or attended, or with or for people; else it is a room.

Each probe is written in its own words, with the near one whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


_MOVE = ("# Proposal to move Willowmere School to the Carden Lane site\n\n"
         "1.1 The County proposes to move Willowmere School, a special school for 48 pupils with autism, from "
         "Station Road to a new building on Carden Lane from 1 September 2029. Every pupil keeps a place.\n\n")
_POLICY = "the County's Home to School Transport Policy for Children and Young People with SEND"


def _verdict(write, body: str, factor: str) -> str:
    return check_document(write(body)).verdicts()[factor]


# (iii) A bound on the journeys, beside a concrete arrangement or alone: the arrangements are specified.
BOUNDED = [
    _MOVE + f"2.1 Under {_POLICY}, pupils will be taken to Carden Lane in contracted taxis, and no pupil will be on "
            "the road for more than 35 minutes.\n",
    _MOVE + f"2.1 Eligible pupils will travel by minibus with an escort under {_POLICY}; none of the new routes will "
            "take over 40 minutes.\n",
    _MOVE + f"2.1 Transport will continue under {_POLICY}. Carden Lane is 2 miles from Station Road, and no route "
            "the transport team has drawn up lasts longer than 25 minutes.\n",
]


@pytest.mark.parametrize("body", BOUNDED, ids=range(len(BOUNDED)))
def test_a_bound_on_the_journeys_states_them(write, body):
    assert _verdict(write, body, "iii") == "met"


# ... but "no" before the transport itself says there is none: the policy alone.
NO_TRANSPORT = [
    _MOVE + f"2.1 Under {_POLICY} there will be no school minibus to Carden Lane for journeys over 3 miles.\n",
    _MOVE + f"2.1 No transport will be provided to Carden Lane for pupils over 16, as {_POLICY} sets out.\n",
]


@pytest.mark.parametrize("body", NO_TRANSPORT, ids=range(len(NO_TRANSPORT)))
def test_no_transport_is_no_bound(write, body):
    assert _verdict(write, body, "iii") == "unclear"


# (iii) How many will use a concrete arrangement, expected: a forecast of its use, the arrangement specified.
FORECAST = [
    _MOVE + f"2.1 The passenger transport unit anticipates that most children will travel by minibus with a "
            f"passenger assistant, under {_POLICY}.\n",
    _MOVE + f"2.1 Under {_POLICY}, officers expect pupils to go to Carden Lane by taxi with an escort.\n",
]


@pytest.mark.parametrize("body", FORECAST, ids=range(len(FORECAST)))
def test_a_forecast_of_use_is_no_hedge(write, body):
    assert _verdict(write, body, "iii") == "met"


# ... but the arrangement itself expected or hoped for is not made.
EXPECTED_ARRANGEMENT = [
    _MOVE + f"2.1 Under {_POLICY}, the County expects to arrange a minibus with a passenger assistant.\n",
    _MOVE + f"2.1 Under {_POLICY}, we hope most pupils will travel by minibus with a passenger assistant.\n",
]


@pytest.mark.parametrize("body", EXPECTED_ARRANGEMENT, ids=range(len(EXPECTED_ARRANGEMENT)))
def test_an_arrangement_expected_is_hedged(write, body):
    assert _verdict(write, body, "iii") == "unclear"


# (iii) Questions listed under a lead-in that asks, without question marks: no arrangement.
_KEEP = f"2.1 Pupils will keep their transport under {_POLICY}.\n\n"


def test_questions_listed_after_an_asking_lead_specify_nothing(write):
    body = _MOVE + _KEEP + ("2.2 Parents at the open evening asked:\n\n"
                            "- whether the taxi to Carden Lane will have an escort;\n"
                            "- how many minutes the journey will take.\n")
    assert _verdict(write, body, "iii") == "unclear"


# ... but a list of answers, or an item opening with "when" under a lead-in that does not ask, specifies them.
ANSWERED_LISTS = [
    _MOVE + _KEEP + ("2.2 The transport team has confirmed:\n\n"
                     "- each pupil will travel by taxi with an escort;\n"
                     "- no journey will take more than 30 minutes.\n"),
    _MOVE + _KEEP + ("2.2 From September 2029:\n\n"
                     "- when the new building opens, pupils will travel there by minibus with a passenger assistant.\n"),
]


@pytest.mark.parametrize("body", ANSWERED_LISTS, ids=range(len(ANSWERED_LISTS)))
def test_answers_in_a_list_specify_the_arrangements(write, body):
    assert _verdict(write, body, "iii") == "met"


# (i) The plan sent to the providers: a written statement, "plan" no intention.
def test_a_plan_sent_to_providers_is_no_intention(write):
    body = _MOVE + ("3.1 On 3 March 2029 the County sent a written statement setting out this plan to every special "
                    "school and academy in the county, inviting each to give its views in writing.\n")
    assert _verdict(write, body, "i") == "met"


def test_a_plan_to_send_is_an_intention(write):
    body = _MOVE + ("3.1 The County plans to send a written statement to every special school and academy in the "
                    "county, inviting each to give its views in writing.\n")
    assert _verdict(write, body, "i") != "met"


# (i) Those written to, then asked by a pronoun: the providers asked in writing.
PRONOUN_ASKED = [
    _MOVE + ("3.1 A copy of this proposal has gone to the governing bodies of Willowmere and of every special school "
             "in the county. We asked them to tell us in writing what they thought of the change.\n"),
    _MOVE + ("3.1 We are sending this paper to the headteachers of all primary and special schools. We invite each "
             "of them to send written views on the proposal by 30 April 2029.\n"),
]


@pytest.mark.parametrize("body", PRONOUN_ASKED, ids=range(len(PRONOUN_ASKED)))
def test_a_pronoun_asks_the_providers_named_before(write, body):
    assert _verdict(write, body, "i") == "met"


# ... but a pronoun after a sentence naming no provider asks no provider.
def test_a_pronoun_after_no_provider_asks_none(write):
    body = _MOVE + ("3.1 A copy of this proposal has gone to every family on the waiting list. We asked them to "
                    "tell us in writing what they thought of the change.\n")
    assert _verdict(write, body, "i") != "met"


# (i) A workshop that is a room, by any name: nobody asked.
def test_a_workshop_as_a_room_asks_nobody(write):
    body = _MOVE + ("3.1 Older pupils will take a Level 1 course in carpentry in the college's workshop and a "
                    "catering course in its kitchen.\n")
    assert _verdict(write, body, "i") == "not_met"


# ... but a workshop run for providers is a meeting that sought their views.
def test_a_workshop_for_providers_sought_views(write):
    body = _MOVE + ("3.1 Officers ran a workshop for the county's special school headteachers in February to hear "
                    "their views on the move.\n")
    assert _verdict(write, body, "i") == "unclear"
