"""Key factor (ii): a receiver's willingness said but not written, and a destination waiting on its receiver's
confirmation (language.UNWRITTEN_AGREEMENT, language.provider_hedge, extract/receivers.py).

* A confirmation is written when the document says it was given in writing (a letter, an email, a signed resolution,
  "confirmed in writing"); a receiver that has only *said*, *indicated*, *told* or *signalled* that it is willing to
  take the pupils, or that it will take them, has agreed otherwise than in writing: where another receiver confirmed
  in writing, (ii) is unclear (a destination stated, not confirmed), not met, and not a hope either.
* "subject to confirmation by the receiving school" is that receiver's confirmation still to come: the destination is
  stated, not hoped for (unclear, not not_met); "subject to the agreement of its trust" (the receiver has not yet
  agreed) and "subject to places being found" are still a hope.
* The governors or head of a place named by its name ("Copperbeech's headteacher", "the governing body of
  Copperbeech") speak for that place, and a place named in the possessive of a receiver ("join Larchfield's Forest
  School sessions") is that receiver.

The probes are written in words of their own, not the corpus documents'."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


_HEAD = (
    "# Proposal to close Thistlewood School\n\n"
    "1. Thistlewood School is a community special school for 30 pupils aged 7 to 16 with moderate learning "
    "difficulties. The Council proposes to close it on 31 August 2028.\n\n"
    "## 2. Where the pupils will go\n\n"
    "2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech Academy, both "
    "from 1 September 2028.\n\n"
)
_LARCHFIELD_WROTE = "2.2 Larchfield's governors confirmed in writing on 4 March 2028 that they will admit the younger pupils. "


def _ii(write, body: str) -> str:
    return check_document(write(_HEAD + body)).verdicts()["ii"]


SAID_NOT_WRITTEN = [
    pytest.param("Copperbeech Academy has indicated that it would be happy to take the older pupils.\n",
                 id="indicated-happy-to-take"),
    pytest.param("The principal of Copperbeech Academy told officers during a visit in February that the academy can "
                 "take all twelve.\n", id="told-officers-can-take"),
    pytest.param("Copperbeech's headteacher has signalled at the area heads' forum that the school will admit the "
                 "older pupils.\n", id="head-signalled-at-a-forum"),
    pytest.param("Copperbeech Academy, for its part, has said that it is prepared to receive these pupils.\n",
                 id="said-prepared-to-receive"),
]


@pytest.mark.parametrize("said", SAID_NOT_WRITTEN)
def test_a_willingness_said_beside_a_letter_is_unclear(write, said):
    assert _ii(write, _LARCHFIELD_WROTE + said) == "unclear"


WRITTEN_OR_ABOUT_SOMETHING_ELSE = [
    pytest.param("The governing body of Copperbeech Academy confirmed in writing on 9 March 2028 that it will take the "
                 "older pupils.\n", id="the-other-one-wrote-too"),
    pytest.param("Copperbeech Academy wrote to the Council on 9 March 2028 confirming that it is willing to take the "
                 "older pupils.\n", id="wrote-confirming-willing"),
    pytest.param("Both schools' headteachers have said that they will take part in the transition visits.\n\n"
                 "2.3 The governing body of Copperbeech Academy confirmed in writing on 9 March 2028 that it will admit "
                 "the older pupils.\n", id="said-they-will-take-part"),
]


@pytest.mark.parametrize("body", WRITTEN_OR_ABOUT_SOMETHING_ELSE)
def test_written_confirmations_and_other_sayings_stay_met(write, body):
    assert _ii(write, _LARCHFIELD_WROTE + body) == "met"


AWAITING_THE_RECEIVER = [
    pytest.param("2.2 Larchfield's governors confirmed in writing on 4 March 2028 that they will admit the younger "
                 "pupils; the place for the older pupils at Copperbeech Academy is subject to confirmation by the "
                 "receiving school.\n", id="beside-a-letter"),
    pytest.param("2.2 The older pupils' places at Copperbeech Academy are subject to formal confirmation from its "
                 "governing body.\n", id="no-letter-at-all"),
]


@pytest.mark.parametrize("body", AWAITING_THE_RECEIVER)
def test_a_destination_awaiting_its_receivers_confirmation_is_stated_not_hoped(write, body):
    assert _ii(write, body) == "unclear"


@pytest.mark.parametrize("body", [
    pytest.param("2.2 The older pupils will go to Copperbeech Academy, subject to places being found there.\n",
                 id="places-being-found"),
    pytest.param("2.2 The older pupils will go to Copperbeech Academy, subject to the agreement of its trust board.\n",
                 id="the-receiver-has-not-yet-agreed"),
])
def test_a_destination_awaiting_places_or_the_receivers_agreement_is_still_a_hope(write, body):
    assert _ii(write, body) == "not_met"


def test_a_place_in_a_receivers_possessive_is_that_receiver(write):
    body = (_LARCHFIELD_WROTE + "The governing body of Copperbeech Academy confirmed in writing on 9 March 2028 that it "
            "will take the older pupils.\n\n"
            "## 3. What will be better\n\n3.1 The younger pupils will join Larchfield's Forest School sessions every "
            "week.\n")
    assert _ii(write, body) == "met"
