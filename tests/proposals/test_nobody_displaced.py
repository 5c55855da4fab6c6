"""Factor (ii) is not applicable when nobody is displaced (a new provision, an enlargement, a change of designation, a
restructure where no pupil changes school), and a closing or moving word that is not this plan's must not be read as
the plan displacing pupils:

* a closure in the past tense, or dated, is history ("the building has stood empty since the school merged with
  ... in 2024"), while a closure the plan makes, in the future even with a year ("will be closed in July 2028"), is
  not;
* a sentence saying the pupils there now stay where they are ("will continue to attend it", "will remain on roll")
  answers "nobody displaced" for the change it names, but not a group's stay beside another group's move, nor pupils
  "supported at" another school;
* nobody's place changed, said as the object ("does not require any pupil to change school", "alters no child's
  placement");
* a heading over an option the document did not put forward, or a sentence opening with one ("Under Option 1 ..."),
  is that option's, as the text under the heading is;
* para 23: the special educational needs provision of a mainstream school (a nurture base) closing is no BESD school
  closing, and a PRU named only to say no pupil goes there places nobody there.

Each probe is written in its own words, with the near one whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _ii(write, body: str) -> str:
    return check_document(write(body)).verdicts()["ii"]


_OPTIONS = ("# Report to Cabinet: more places for pupils with autism in Sandwell Vale\n\n"
            "## 1. Recommendation\n\n"
            "1.1 That Cabinet agrees Option {chosen} as the preferred option.\n\n"
            "## 2. Options\n\n"
            "**Option 1: Close the Dunlin Unit and build a larger unit at Avocet Academy.** The 9 pupils of the "
            "Dunlin Unit would be displaced; we would hope to find them places nearby.\n\n"
            "**Option 2: Enlarge the Dunlin Unit from 9 to 14 places.** Its pupils stay, in two rooms refurbished "
            "for it.\n\n"
            "## 3. Pupils\n\n"
            "3.1 {pupils}\n")


def test_a_heading_over_a_rejected_option_is_not_the_plan(write):
    body = _OPTIONS.format(chosen="2", pupils="Under Option 2 no pupil would need to change school.")
    assert _ii(write, body) == "not_applicable"


def test_a_chosen_option_that_displaces_still_displaces(write):
    body = _OPTIONS.format(chosen="1", pupils="Under Option 1 the 9 pupils would move to the new unit at Avocet "
                           "Academy, whose governors have confirmed in writing that they will admit them.")
    assert _ii(write, body) != "not_applicable"


