"""Factor (ii) is not applicable when nobody is displaced (a new provision, an enlargement, a change of designation, a
restructure where no pupil changes school), and a closing or moving word that is not this plan's must not be read as
the plan displacing pupils:

* a closure in the past tense, or dated, is history ("the building has stood empty since the school merged with
  ... in 2024"), while a closure the plan makes, in the future even with a year ("will be closed in July 2028"), is
  not;
* a sentence saying the pupils there now stay where they are ("will continue to attend it", "will remain on roll")
  answers "nobody displaced" for the change it names, but not a group's stay beside another group's move, nor pupils
  "supported at" another school;
* pupils kept on their school's roll while they move to another of its sites (a split-site school) are not
  displaced, but pupils who leave its roll, or go to another school, are;
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


_NEW_BASE = ("# Proposal to open a resourced base for autistic pupils at Kestrel Primary School\n\n"
             "1.1 The Council proposes to open a 12-place resourced base for pupils with autism at Kestrel Primary "
             "School from 1 September 2028, in two refurbished classrooms with a sensory room.\n\n")


# History: a closure that has happened, told in the past tense or dated, is not the plan's.
HISTORY = [
    _NEW_BASE + "1.2 The classrooms have stood empty since the school merged with Heron Infants in 2024.\n",
    _NEW_BASE + "1.2 The rooms were used by the former Kestrel speech unit (closed 2023).\n",
    _NEW_BASE + "1.2 Kestrel Primary took over the rooms after the Council's outreach unit closed in July 2022.\n",
    _NEW_BASE + "1.2 The Heron Unit, which was discontinued in 2021, used the rooms before.\n",
]


@pytest.mark.parametrize("body", HISTORY, ids=range(len(HISTORY)))
def test_a_closure_that_has_happened_displaces_nobody(write, body):
    assert _ii(write, body) == "not_applicable"


# ... but a closure the plan makes, in the future or proposed, dated or not, displaces its pupils.
PLANNED = [
    _NEW_BASE + "1.2 The Heron Unit at Kestrel Primary will be closed in July 2028.\n",
    _NEW_BASE + "1.2 The Heron Unit at Kestrel Primary is to be discontinued in 2028.\n",
    _NEW_BASE + "1.2 The Heron Unit at Kestrel Primary will close when the base opens.\n",
    _NEW_BASE + "1.2 The Heron Unit relocated to Kestrel Primary in 2023 and will now close when the base opens.\n",
]


@pytest.mark.parametrize("body", PLANNED, ids=range(len(PLANNED)))
def test_a_closure_the_plan_makes_still_displaces(write, body):
    assert _ii(write, body) != "not_applicable"


_REDESIGNATE = ("# Changing the designation of the unit at Plover Junior School\n\n"
                "1.1 The Council proposes to redesignate the 10-place unit at Plover Junior School from moderate "
                "learning difficulties to speech, language and communication needs from 1 September 2028.\n\n")


# The pupils there now staying where they are answer "nobody displaced" for the change.
STAY = [
    _REDESIGNATE + "1.2 The children now attending the unit will continue to attend it after the change.\n",
    _REDESIGNATE + "1.2 Every child currently in the unit would remain there; the redesignated unit keeps its staff.\n",
    _REDESIGNATE + "1.2 Current pupils will stay on roll, and the change will not affect any child's place.\n",
    _REDESIGNATE + "1.2 The children would continue where they are.\n",
]


@pytest.mark.parametrize("body", STAY, ids=range(len(STAY)))
def test_pupils_who_stay_where_they_are_are_not_displaced(write, body):
    assert _ii(write, body) == "not_applicable"


# ... but not pupils supported at another school, a stay until a move, nor one group's stay beside another's move.
NOT_A_STAY = [
    _REDESIGNATE + "1.2 The children now attending the unit will continue to be supported at Curlew Primary School.\n",
    _REDESIGNATE + "1.2 The children now in the unit will remain there until July 2029, when they will transfer to "
    "Curlew Primary School.\n",
    _REDESIGNATE + "1.2 Year 6 pupils will transfer to Curlew Primary School; the other pupils would stay where they "
    "are.\n",
    _REDESIGNATE + "1.2 Year 6 pupils will transfer to Curlew Primary School.\n\n1.3 The other pupils would stay where "
    "they are.\n",
]


@pytest.mark.parametrize("body", NOT_A_STAY, ids=range(len(NOT_A_STAY)))
def test_a_stay_elsewhere_or_for_a_time_or_of_one_group_is_no_answer(write, body):
    assert _ii(write, body) != "not_applicable"


_RESTRUCTURE = ("# Restructure of the visual impairment outreach team\n\n"
                "1.1 The Council proposes to restructure its visual impairment outreach team for pupils in local schools from 1 April 2028, "
                "replacing the district teams by a single team with a new specialist teacher post, and to close the "
                "team's Lapwing Road office.\n\n")


# Nobody's place changed, said as the object of a verb that denies it.
NOBODYS_PLACE = [
    _RESTRUCTURE + "1.2 The restructure alters no child's placement.\n",
    _RESTRUCTURE + "1.2 The change does not mean that any pupil has to change school.\n",
    _RESTRUCTURE + "1.2 It will not require any child supported by the team to leave their school.\n",
]


@pytest.mark.parametrize("body", NOBODYS_PLACE, ids=range(len(NOBODYS_PLACE)))
def test_nobodys_place_changed_said_as_the_object(write, body):
    assert _ii(write, body) == "not_applicable"


def test_not_yet_known_whether_anyone_moves_is_no_answer(write):
    body = _RESTRUCTURE + "1.2 It is not yet known whether any pupil will need to change school.\n"
    assert _ii(write, body) != "not_applicable"


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


def test_a_sentence_opening_with_a_rejected_option_is_not_the_plan(write):
    body = _OPTIONS.format(chosen="2", pupils="Under Option 1 the Dunlin Unit would close and its 9 pupils would have "
                           "to leave it. Under Option 2 the pupils in the unit would stay there.")
    assert _ii(write, body) == "not_applicable"


def test_a_chosen_option_that_displaces_still_displaces(write):
    body = _OPTIONS.format(chosen="1", pupils="Under Option 1 the 9 pupils would move to the new unit at Avocet "
                           "Academy, whose governors have confirmed in writing that they will admit them.")
    assert _ii(write, body) != "not_applicable"


_SITE = ("# Proposal: Sandpiper School (SEMH, 11-16) to leave its Gull Street site\n\n"
         "1.1 Sandpiper School is a community special school for 70 pupils with social, emotional and mental health "
         "needs, on two sites: the main site at Heron Lane and the Gull Street site.\n\n"
         "1.2 The Council proposes to cease to use the Gull Street site from 1 September 2028; its 20 pupils will move "
         "to a new block on the main site.\n\n")


def test_a_site_no_longer_used_closes_no_school(write):
    body = _SITE + "1.3 Every pupil will keep a place at Sandpiper School; no pupil will be placed in a pupil referral unit.\n"
    verdicts = check_document(write(body)).verdicts()
    assert verdicts["ii"] == "not_applicable"
    assert verdicts["para23"] == "met"


def test_a_pru_that_places_pupils_is_still_read_beside_the_site(write):
    body = _SITE + "1.3 Every pupil will keep a place at Sandpiper School; pupils in Year 11 will be placed in a pupil referral unit.\n"
    assert check_document(write(body)).verdicts()["para23"] != "met"


_NURTURE = ("# Notice: special educational needs provision at Wren Primary School\n\n"
            "1. To discontinue the special educational needs provision at Wren Primary School (a community primary "
            "school): the Puffin Base, an 8-place class for pupils with social, emotional and mental health needs, "
            "from 1 September 2028.\n\n"
            "2. The six pupils in the Wren Puffin Base will transfer to the Tern Puffin Base at Tern Primary School, "
            "whose governors have confirmed in writing that they will admit them.\n")


def test_a_nurture_class_in_a_mainstream_school_is_no_semh_school(write):
    assert check_document(write(_NURTURE)).verdicts()["para23"] == "not_applicable"


def test_an_semh_special_school_closing_is_still_para_23(write):
    body = ("# Notice: discontinuance of Wren House School\n\n"
            "1. To discontinue Wren House School, a community special school for 30 pupils with social, emotional "
            "and mental health needs, from 1 September 2028.\n\n"
            "2. The pupils will transfer to Tern Park School, a special school whose governors have confirmed in "
            "writing that they will admit them.\n")
    assert check_document(write(body)).verdicts()["para23"] != "not_applicable"


# A split-site school's pupils kept on its roll while they move to another of its sites are not displaced (ruling of
# 2026-12-04); pupils moved to another school's site, or to a site with no word of their roll, still are.
_TWO_SITES = ("# Consultation: closing the Marsh Road site of Curlew School\n\n"
              "1.1 Curlew School, a special school for 90 pupils with moderate learning difficulties, has two sites, "
              "at Marsh Road and at Ferry Lane. The Council proposes to stop teaching at Marsh Road from "
              "1 September 2029.\n\n")
KEPT_ON_ROLL = [
    "2.1 The 24 Marsh Road pupils will remain on the roll of Curlew School and move to the Ferry Lane site.\n",
    "2.1 All pupils at Marsh Road will transfer to the Ferry Lane site of Curlew School; they stay on roll at the "
    "same school.\n",
    "2.1 Each Marsh Road pupil keeps a place at Curlew School and will be taught at its Ferry Lane site from "
    "September 2029.\n",
]


@pytest.mark.parametrize("moves", KEPT_ON_ROLL)
def test_pupils_kept_on_roll_moving_to_another_site_of_their_school_are_not_displaced(write, moves):
    assert _ii(write, _TWO_SITES + moves) == "not_applicable"


MOVED_ELSEWHERE = [
    "2.1 The 24 Marsh Road pupils will leave the roll of Curlew School and move to the Ferry Lane site of Dunlin "
    "Academy.\n",
    "2.1 The 24 Marsh Road pupils will transfer to Dunlin Academy, whose governors have confirmed in writing that "
    "they will admit them; their records will remain on the Council's system.\n",
]


@pytest.mark.parametrize("moves", MOVED_ELSEWHERE)
def test_pupils_moved_to_another_school_are_still_displaced(write, moves):
    assert _ii(write, _TWO_SITES + moves) != "not_applicable"
