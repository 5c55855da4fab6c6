"""The ledger of places (d): each provision with its places now and after,
from prose and tables, and the (d) facts decided from it.  Each probe is a
structure, not a phrase: places summed across the provisions a plan changes
(one closes with its places, another grows), one provision given two figures
for the same time (a pronoun or "the school" tying the second to it), a new
provision's places, a count of pupils a school provides for; each beside a
near one whose verdict differs."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract import extract
from senrules_proposals.extract.ledger import name_key
from senrules_proposals.reader import read_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{i}-{e}" for i, (e, _) in enumerate(cases)])


# One school closes with its places stated, another grows: the two summed fall (64 + 70 now, 110 after) or rise (140).
_CLOSE_AND_GROW = (
    "# Proposal to discontinue Ashgrove School\n\n"
    "1. Ashgrove School, a community special school for pupils aged 7 to 16 with social, emotional and mental health "
    "needs, currently has 64 places.\n\n"
    "2. The Council proposes to discontinue Ashgrove School on 31 August 2028. Its pupils will be offered places at "
    "Fellview School, whose capacity will increase from 70 to {after} places on 1 September 2028.\n")
SUMMED = [
    ("not_met", _CLOSE_AND_GROW.format(after=110)),
    ("met", _CLOSE_AND_GROW.format(after=140)),
]

# The same, set out as a table of provisions, a dash for none.
_TABLE = (
    "# Closure of Marsh Lane Centre\n\n"
    "1. The county will close Marsh Lane Centre, its Key Stage 4 pupil referral unit, and commission places at "
    "Osprey House, an independent alternative provider, instead.\n\n"
    "## Places\n\n"
    "| Provision | Places now | Places from September 2028 |\n"
    "| --- | --- | --- |\n"
    "| Marsh Lane Centre | 30 | — |\n"
    "| Osprey House | — | {after} |\n")
TABLE = [
    ("not_met", _TABLE.format(after=18)),
    ("met", _TABLE.format(after=36)),
]

# One provision, two figures after: the summary's "from 90 to 120" and the body's capacity, "the school" being the
# one named before; the same figure twice is no conflict, nor a figure for another year.
_TWO_FIGURES = (
    "# Enlargement of Elmstead School\n\n"
    "## Summary\n\n"
    "1. Elmstead School, a special school for pupils with severe learning difficulties, will grow from 90 to 120 "
    "places from September 2029.\n\n"
    "## Building\n\n"
    "2. A new teaching wing with six classrooms will be built on the playing field by July 2028. The school's "
    "capacity will then be {figure} from September {year}.\n")
CONFLICT = [
    ("unclear", _TWO_FIGURES.format(figure=115, year=2029)),
    ("met", _TWO_FIGURES.format(figure=120, year=2029)),
    ("met", _TWO_FIGURES.format(figure=105, year=2028)),
]

# A question and its answer: "it" is the base the question names; the second figure is said of "the base".
_QA = (
    "# Notes of the parents' meeting on the Brackley Hearing Base\n\n"
    "The Council proposes to enlarge the hearing impairment base at Brackley Primary School from January 2029.\n\n"
    "**Q1:** How large will Brackley's base be?\n"
    "**A:** It will go from 6 places to 10 places in January 2029.\n\n"
    "**Q2:** Is that number settled?\n"
    "**A:** Yes: the base will have {figure} places from January 2029.\n")
QUESTION_AND_ANSWER = [
    ("unclear", _QA.format(figure=12)),
    ("met", _QA.format(figure=10)),
]

# A count of pupils a school provides for is its places; an age range's or a therapist's days "from ... to" are not.
PUPILS_PROVIDED_FOR = [
    ("met",
     "# Statutory notice: Heronsgate School\n\n"
     "Heronsgate School is a community special school for pupils with autism. The proposal is to raise the number "
     "of children the school can admit from 84 to 98 by converting its former caretaker's house.\n"),
    ("unclear",
     "# Statutory notice: Heronsgate School\n\n"
     "Heronsgate School is a community special school for pupils with autism. The proposal is to raise the upper "
     "age limit of the school from 16 to 19, which will improve the supply of places for older pupils.\n"),
]

# A provision set up for so many pupils, the school that houses it named between; one set up years ago is no plan.
NEW_PROVISION = [
    ("met",
     "# Record of decision\n\n"
     "1. To set up, from 1 January 2029, an enhanced resource at Kestrel Primary School (voluntary aided, 4-11) for "
     "up to 10 pupils with speech, language and communication needs, who stay on the roll of their own school.\n"),
    ("not_met",
     "# Record of decision\n\n"
     "1. The enhanced resource at Kestrel Primary School (voluntary aided, 4-11) was established in 2019 for up to 10 "
     "pupils with speech, language and communication needs. Its management moves to the Kestrel Learning Trust.\n"),
]


# Money said of places ("place funding rises by £150,000") adds no places: where a BESD school closes and the only
# other words of places are general, the PRU whose funding rises is not where the places are added.
_FUNDING = (
    "# Closure of Thornleigh School\n\n"
    "1. The Council proposes to discontinue Thornleigh School, a special school for pupils with behavioural, emotional "
    "and social difficulties, on 31 August 2028. Year 7-9 pupils will move to Greystones School; Year 10-11 pupils "
    "will finish their courses at the Ridgeway Centre (the borough's pupil referral unit).\n\n"
    "2. The plan will give the borough a better supply of good-quality SEMH places.\n\n"
    "3. Greystones' place funding rises by £90,000 a year and the Ridgeway Centre's {what}.\n")
PLACE_FUNDING = [
    ("unclear", _FUNDING.format(what="by £150,000")),
    ("not_met", _FUNDING.format(what="places rise by 12")),  # the only places added are the PRU's
]

@_cases(PLACE_FUNDING)
def test_place_funding_is_no_places(write, expected, body):
    assert check_document(write(body)).verdicts()["d"] == expected


@_cases(SUMMED + TABLE + CONFLICT + QUESTION_AND_ANSWER + PUPILS_PROVIDED_FOR + NEW_PROVISION)
def test_places_from_the_ledger(write, expected, body):
    assert check_document(write(body)).verdicts()["d"] == expected


def test_a_table_with_a_total_row_is_left_to_its_total(write):
    """A table whose total row gives the area's places is read by its total
    (places.py), not summed again from its rows."""
    body = ("# Closure of Marsh Lane Centre\n\n## Places\n\n"
            "| Provision | Places now | Places from September 2028 |\n| --- | --- | --- |\n"
            "| Marsh Lane Centre | 30 | — |\n| Osprey House | — | 18 |\n| Total | 30 | 40 |\n")
    facts = extract(read_document(write(body))).facts
    assert facts["places_fall_in_all"] is False


def test_names_compared_without_their_kind_words():
    assert name_key("Kingsmead School") == name_key("Kingsmead") == ("kingsmead",)
    assert name_key("Brookside Centre (PRU)") == ("brookside",)
    assert name_key("Kelsham Vale AP (commissioned)") == name_key("Kelsham Vale Alternative Provision")


# The same table of provisions in Word and as typed text: read alike.
_LEAD = ("The county will close Marsh Lane Centre, its Key Stage 4 pupil referral unit, and commission places at Osprey "
         "House, an independent alternative provider, instead.")


@pytest.mark.parametrize("after, expected", [("18", "not_met"), ("36", "met")])
def test_a_word_table_of_provisions(docx_of, after, expected):
    path = docx_of([
        ("p", _LEAD),
        ("h1", "Places"),
        ("table", [["Provision", "Places now", "Places from September 2028"], ["Marsh Lane Centre", "30", "—"],
                   ["Osprey House", "—", after]]),
    ])
    assert check_document(path).verdicts()["d"] == expected


@pytest.mark.parametrize("after, expected", [("18", "not_met"), ("36", "met")])
def test_a_typed_table_of_provisions(write, after, expected):
    body = (f"CLOSURE OF MARSH LANE CENTRE\n\n1. {_LEAD}\n\n2. Places\n\n"
            "Provision              Places now    Places from September 2028\n"
            "Marsh Lane Centre      30            none\n"
            f"Osprey House           none          {after}\n")
    assert check_document(write(body, "proposal.txt")).verdicts()["d"] == expected


def test_a_phase_is_no_second_figure(write):
    """A figure for one phase ("120 places when the block opens, 150 when it
    is full") is not a second figure against the summary's "to 150"."""
    body = ("# Enlargement of Elmstead School\n\n1. Elmstead School, a special school for pupils with severe learning "
            "difficulties, will grow from 90 to 150 places.\n\n2. The school will have 120 places when the first block "
            "opens, and 150 when it is full.\n")
    assert check_document(write(body)).verdicts()["d"] == "met"


# A unit closed by its places and the school that houses it, and a new unit named before "will open": the two summed
# (the school's own places are not the unit's).
_UNIT = ("# Closure of the speech and language base at Ash Primary School\n\n"
         "1. Ash Primary School has 420 places. The Council proposes to close the 10-place speech and language base at "
         "Ash Primary School on 31 August 2028.\n\n"
         "2. A new {n}-place base will open at Birch Primary School from 1 September 2028.\n")


@pytest.mark.parametrize("n, expected", [("6", "not_met"), ("14", "met")])
def test_a_unit_closed_and_a_unit_opened(write, n, expected):
    assert check_document(write(_UNIT.format(n=n))).verdicts()["d"] == expected


# One provision's rows in one table are its parts, and together its places: the prose's figure checked against their
# sum, not against one part ("Ravensdale School (primary)" and "(secondary)"; "Tarnbeck Academy - main school" and
# "- sixth form").
_PARTS = ("# Enlargement of Ravensdale School\n\n"
          "1. Ravensdale School, a special school for pupils with autism, will grow from 70 to {after} places from "
          "September 2029.\n\n## Places\n\n"
          "| School | Places now | Places from September 2029 |\n| --- | --- | --- |\n"
          "| Ravensdale School {one} | 40 | 48 |\n| Ravensdale School {two} | 30 | 42 |\n")
PARTS = [
    ("met", _PARTS.format(after=90, one="(primary)", two="(secondary)")),
    ("unclear", _PARTS.format(after=100, one="(primary)", two="(secondary)")),
    ("met", _PARTS.format(after=90, one="- primary department", two="- secondary department")),
    ("unclear", _PARTS.format(after=84, one="- primary department", two="- secondary department")),
]

# A table is one of places by the paragraph that leads into it, its header only "School | Now | From ...".
_LEAD_IN = ("# Enlargement of Copperfield School\n\n"
            "1. Copperfield School, a special school for pupils with severe learning difficulties, will be enlarged from "
            "90 places to {prose}, from September 2029.\n\n"
            "2. The places at each school before and after the change would be:\n\n"
            "| School | Now | From September 2029 |\n| --- | --- | --- |\n"
            "| Copperfield School | 90 | {table} |\n| Holmwood School | 60 | 60 |\n")
LEAD_IN = [
    ("unclear", _LEAD_IN.format(prose=120, table=112)),
    ("met", _LEAD_IN.format(prose=120, table=120)),
]

# A table whose first column is headed as units names each unit by the school that houses it: the base's places.
_UNITS = ("# Hearing impairment bases\n\n"
          "1. We propose to enlarge the resource base at Elmtree Primary School, Northwick, from 6 places to {prose}, from "
          "September 2028.\n\n"
          "| Resource base | Places now | Places from September 2028 |\n| --- | --- | --- |\n"
          "| Elmtree Primary School | 6 | 12 |\n")
UNITS = [
    ("unclear", _UNITS.format(prose=10)),
    ("met", _UNITS.format(prose=12)),
]

# The date of something done before the figure (a publication) is not the year the figure is for.
_DONE = ("# Determination of the proposals for Fernbrook School\n\n"
         "1. The proposals published on 3 May 2027 would enlarge Fernbrook School, an SEMH special school, from 40 to 70 "
         "places.\n\n## Places\n\n"
         "| School | Places, September 2027 | Places, September 2028 |\n| --- | --- | --- |\n"
         "| Fernbrook School | 40 | {table} |\n")
DONE_ON = [
    ("unclear", _DONE.format(table=64)),
    ("met", _DONE.format(table=70)),
]

# A provision a relative clause describes opens with its places; what a provision opens ("a new 20-place wing") is no
# figure of its own.
_OPENS_WITH = ("# Proposal for SEMH provision in Westerby\n\n"
               "1. The Council proposes a new special school, Kestrel Rise School, which will open in a new building at "
               "Mill Road, Westerby, on 1 September 2029 with 50 places.\n\n## Places\n\n"
               "| School | Places now | Places from September 2029 |\n| --- | --- | --- |\n"
               "| Kestrel Rise School | 0 | {table} |\n")
_WING = ("# Proposal for SEMH provision in Westerby\n\n"
         "1. Pupils will move to Larkfield Academy, an SEMH special academy, which is opening a new 20-place wing in "
         "January 2029.\n\n2. Larkfield Academy will grow from 30 to 50 places.\n")
OPENS_WITH = [
    ("unclear", _OPENS_WITH.format(table=45)),
    ("met", _OPENS_WITH.format(table=50)),
    ("met", _WING),
]

# The area's places in a table: its total row where it has one (a row of places of another kind beside it is no
# account of the whole), else its rows of places of a kind.
_AREA = ("# Closure of Ashby Moor School\n\n"
         "1. Ashby Moor School will close and Dunford School will grow from 64 to 110 places.\n\n## Places\n\n"
         "| SEMH special school places in the county | Now | From September 2028 |\n| --- | --- | --- |\n"
         "{rows}")
AREA = [
    ("met", _AREA.format(rows="| Ashby Moor School | 36 | — |\n| Dunford School | 64 | 110 |\n| Total | 100 | 110 |\n"
                              "| Places commissioned in independent schools | 18 | 10 |\n")),
    ("not_met", _AREA.format(rows="| Ashby Moor School | 36 | — |\n| Dunford School | 64 | 110 |\n| Total | 100 | 96 |\n")),
    ("not_met", _AREA.format(rows="| SEMH places, north of the county | 60 | 50 |\n| SEMH places, south of the county | 40 | "
                                  "46 |\n")),
]

# A row naming another provision after a school's name ("... outreach places for pupils in mainstream schools") is no
# second figure for the school; nor is a sum of money's total ("£0.9m a year in total for the 30 additional places")
# the places added in all.
_OTHER_ROW = ("# Closure of Thornby School\n\n"
              "1. Thornby School will close and its pupils will move to Cedarholm School, which is to be enlarged from 60 "
              "to 90 places.\n\n"
              "| SEMH places, ages 11-16 | Now | From November 2027 |\n| --- | --- | --- |\n"
              "| Thornby School | 24 | 0 |\n| Cedarholm School | 60 | 90 |\n| **Total** | **84** | **90** |\n"
              "| Cedarholm School outreach places for pupils in mainstream schools (new) | 0 | 16 |\n\n"
              "2. The additional places at Cedarholm are funded from the High Needs Block (£0.9m a year in total for the "
              "30 additional places).\n")
OTHER_ROW = [("met", _OTHER_ROW)]


@_cases(PARTS + LEAD_IN + UNITS + DONE_ON + OPENS_WITH + AREA + OTHER_ROW)
def test_the_ledger_reads_the_plan_s_tables_and_clauses(write, expected, body):
    assert check_document(write(body)).verdicts()["d"] == expected
