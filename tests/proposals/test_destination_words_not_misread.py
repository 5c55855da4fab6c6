"""Key factor (ii): words beside a stated destination that only look like something else.  A school "run by" a
trust, or one that will "run" a course, is not the school run (transport), so the sentence sending pupils there
still states where they go; and an estimated count of the pupils in a bracket ("(31 pupils are expected)", "(an
estimated 14 pupils)") estimates the number, not where they go, so it does not make the place only hoped for.  A
real hedge of the place, and the school run as a journey, are still read as before.  Probes in words of their own."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals import language as L


_HEAD = (
    "# Closure of Brambleside School\n\n"
    "1. Brambleside School, a special school for 31 pupils aged 11 to 16 with SEMH needs, will close on "
    "31 August 2029.\n\n"
)
_LETTER = " The governors of Kestrel Hill School confirmed in writing on 3 March 2029 that they will admit them.\n"


def _verdict(write, moves: str) -> str:
    return check_document(write(_HEAD + "2. " + moves + _LETTER)).verdicts()["ii"]


@pytest.mark.parametrize(("moves", "expected"), [
    pytest.param("All the pupils will transfer to Kestrel Hill School, a special school run by the Osprey Learning "
                 "Trust.", "met", id="school-run-by-a-trust"),
    pytest.param("All the pupils will transfer to Kestrel Hill School, where the school run GCSE courses in art.",
                 "met", id="school-that-runs-courses"),
    pytest.param("Every pupil on roll in July 2029 (31 pupils are expected) will transfer to Kestrel Hill School.",
                 "met", id="pupils-are-expected-in-a-bracket"),
    pytest.param("The pupils on roll (an estimated 28 pupils) will be admitted to Kestrel Hill School in September.",
                 "met", id="an-estimated-count-in-a-bracket"),
    # a hedge of the place itself is still a hope
    pytest.param("Every pupil on roll (31 pupils) is expected to transfer to Kestrel Hill School if places allow.",
                 "not_met", id="hedge-of-the-place-outside-the-bracket"),
    pytest.param("Every pupil on roll (31 pupils, if places can be found) will transfer to Kestrel Hill School.",
                 "not_met", id="bracket-holding-a-real-hedge"),
])
def test_a_stated_destination_is_not_misread(write, moves, expected):
    assert _verdict(write, moves) == expected


@pytest.mark.parametrize("text", ["the school run takes forty minutes", "help with the school run each morning",
                                  "the school run will be shorter"])
def test_the_school_run_as_a_journey_is_still_transport(text):
    assert L.TRANSPORT.search(text)


@pytest.mark.parametrize("text", ["a special school run by the Osprey Learning Trust", "will let the school run a club",
                                  "the school run GCSE courses"])
def test_a_school_run_by_someone_is_not_transport(text):
    assert not L.TRANSPORT.search(text)
