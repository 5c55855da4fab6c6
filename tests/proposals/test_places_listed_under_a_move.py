"""Key factor (ii): a list under a sentence that sends pupils somewhere and ends with a colon names the places in its
items ("Each child has been offered a place at one of three special schools:" then "- Marlow Green School, ..."),
each item that begins with a school's name a destination stated; a confirmation after the list that the schools will
admit "your child" (a letter to parents' word for the pupil) is about receiving them.  An item's own hedge makes
that place only hoped for; a pupil referral unit in the list is no school's place; items under a sentence that sends
no one anywhere are not destinations.  The probes are in words of their own, not the corpus documents'."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

_HEAD = (
    "Dear parents and carers,\n\n"
    "On 3 March 2028 the Council decided to close Linnetbrook School, a special school for 30 pupils with social, "
    "emotional and mental health needs, on 31 July 2028.\n\n"
    "Where will my child go?\n\n"
)
_LIST = (
    "Each child who is still at school in September 2028 has been offered a place at one of three special schools:\n\n"
    "- Marlow Green School, Abbey Road (for children in Years 3 to 6);\n"
    "- Ferris Vale Academy, Station Hill (for Years 7 to 9); or\n"
    "- Upton Chase School, Mill Lane (for Years 10 and 11).\n\n"
)
_LETTER = ("All three schools have confirmed to the Council in writing that they will admit your child and have the "
           "staff and rooms to teach them.\n")


def _ii(write, body: str) -> str:
    return check_document(write(_HEAD + body, "letter.txt")).verdicts()["ii"]


def test_a_list_of_places_with_their_letters_is_met(write):
    assert _ii(write, _LIST + _LETTER) == "met"


def test_a_list_of_places_without_a_letter_is_stated_only(write):
    assert _ii(write, _LIST) == "unclear"


@pytest.mark.parametrize("item,verdict", [
    pytest.param("- Upton Chase School, Mill Lane, if places can be found there.\n\n", "not_met", id="item-hedged"),
    pytest.param("- Upton Chase School, Mill Lane (to be confirmed).\n\n", "not_met", id="item-to-be-confirmed"),
])
def test_an_items_own_hedge_still_hopes(write, item, verdict):
    body = _LIST.replace("- Upton Chase School, Mill Lane (for Years 10 and 11).\n\n", item)
    assert _ii(write, body + _LETTER) == verdict


def test_items_under_no_move_are_no_destinations(write):
    body = ("The Council consulted the headteachers of three special schools:\n\n"
            "- Marlow Green School;\n- Ferris Vale Academy;\n- Upton Chase School.\n\n")
    assert _ii(write, body) != "met"
