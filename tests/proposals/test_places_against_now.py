"""Key factor (d): places after said against places now, read by the ledger of places (``extract/ledger.py``).

* The pupils a provision will have room for (or teach at once, or its capacity), against the number now ("room for
  90 pupils, compared with 72"), are its places after and now, even where no paragraph or heading says "places".
* A figure of places now and after that the document gives no provision's name for is one provision's, not named,
  counted only where the ledger names no other (beside named ones it may be their sum: "the merged school will have
  124 places, against the 110 the two schools have now").
* Places now and after as a range with no "from" ("base places 30 to 40", "(8 to 14 places)") are a provision's
  figures, not an age range ("aged 4 to 11"), nor places needed ("an estimated 12 to 20 places will be needed").
* The area's places falling in an option considered and rejected are not the plan's ("Not recommended: places in the
  county would fall from 140 to 110").
* The council's area is named by "City of Dunmere Council" as by "Dunmere City Council": "places in Dunmere" are the
  area's, and fewer of them after is a fall across the area.

Each beside near ones that must not change; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_LETTER = """# Letter to families: Kittiwake School is moving

Dear families,

Bramblecombe Council has agreed that Kittiwake School, our special school for children with complex needs, will
move to its new building on Ferry Road in September 2028. Every child and every member of staff moves with it, so no
child has to change school.

**What will be different?**

{sentence}

Transport will continue under the Council's Home to School Travel Policy for Children with SEND, by minibus with a
passenger assistant, and no journey will be longer than 45 minutes.
"""

AGAINST_NOW = [
    # the pupils it will have room for, against the number now: places after and now
    ("met", "There will be room for 64 children, compared with 48 on Mill Street, so fewer families will have to look "
            "outside the borough."),
    ("met", "The new building has space for 60 pupils instead of 45 in the old one."),
    ("met", "The school will teach up to 56 children at a time, against 40 today."),
    ("met", "It will have a capacity of 70 pupils, up from 52."),
    # near ones: more pupils with no figure now, a journey's minutes, the same room as now
    ("not_met", "There will be room for 20 more children in the second phase."),
    ("not_met", "The journey will take 35 minutes, compared with 30 now."),
    ("not_met", "The hall will seat 120 people, compared with 80 in the old hall."),
]


@_cases(AGAINST_NOW)
def test_room_for_pupils_against_the_number_now_is_places_after_and_now(write, expected, body):
    assert check_document(write(_LETTER.format(sentence=body))).verdicts()["d"] == expected


_SERVICE = """# Consultation: moving the hospital teaching service

1.1 Harbourne County Council proposes to move its medical needs teaching service, a pupil referral unit, to the
former library on Quay Street from September 2028.

1.2 {sentence}

1.3 Pupils would travel by taxi with a passenger assistant under the Council's Home to School Transport Policy for
pupils with SEND, and no journey would exceed 40 minutes.
"""

NOT_NAMED = [
    # the figures of the one provision the document speaks of, where it gives the provision no name
    ("met", "The number of pupils the service is able to teach on site each day would go from 24 to 36."),
    ("met", "The number of children it can teach in its own rooms will rise from 18 to 30 as a result."),
    # near ones: an age range, days a week, fewer pupils
    ("not_met", "The service would continue to teach pupils aged from 11 to 16 in its own rooms."),
    ("not_met", "Pupils would attend from 2 to 3 days a week."),
    ("not_met", "The number of pupils the service is able to teach on site each day would go from 36 to 24."),
]


@_cases(NOT_NAMED)
def test_places_now_and_after_of_a_provision_not_named(write, expected, body):
    assert check_document(write(_SERVICE.format(sentence=body))).verdicts()["d"] == expected


_MERGER = """# Proposal to amalgamate Puffin Cove School and Razorbill School

1. Harbourne County Council proposes to discontinue Puffin Cove School (community special school, 64 places) and to
enlarge Razorbill School (community special school, 48 places), which will take all of Puffin Cove's pupils, from
1 September 2028.

2. {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

BESIDE_NAMED = [
    # a figure of no provision named, beside named ones, is theirs together: the places rise, not fall
    ("met", "The enlarged school will have 124 places from September 2028, against the 112 the two schools have now."),
    # near one: the same said of Razorbill by name: one provision's figure, no fall in all counted from it alone
    ("met", "Razorbill School will have 124 places from September 2028, compared with 112 at the two schools now."),
]


@_cases(BESIDE_NAMED)
def test_a_figure_of_no_provision_named_beside_named_ones_is_not_counted_again(write, expected, body):
    assert check_document(write(_MERGER.format(sentence=body))).verdicts()["d"] == expected


_AREA = """# {council}

## Proposal to close Wren Hill School

1. Wren Hill School, a special school for 60 pupils with moderate learning difficulties, would close on 31 August
2028, and Linnet Park School would be enlarged from 80 to 110 places to admit its pupils.

2. {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

AREA = [
    # the area named as "City of Dunmere Council": its places fewer after
    ("not_met", "City of Carrbridge Council", "MLD special school places in Carrbridge would fall from 140 to 110."),
    ("not_met", "Carrbridge City Council", "MLD special school places in Carrbridge would fall from 140 to 110."),
    ("not_met", "Borough of Carrbridge Council", "MLD special school places in Carrbridge would fall from 140 to 110."),
    # near ones: the area's places rise; a place in the area that is not the area
    ("met", "City of Carrbridge Council", "MLD special school places in Carrbridge would rise from 140 to 150."),
]


@pytest.mark.parametrize("expected, council, sentence", AREA, ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(AREA)])
def test_the_area_named_city_of_x_council(write, expected, council, sentence):
    assert check_document(write(_AREA.format(council=council, sentence=sentence))).verdicts()["d"] == expected


_RANGE_DOC = """# Proposal to enlarge the speech and language base at Rowan Primary School

1. Harbourne County Council proposes to enlarge the speech and language base at Rowan Primary School from
1 September 2028, so that more children with speech, language and communication needs can be taught near home.

2. {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

RANGE = [
    # places now and after as a range with no "from"
    ("met", "Base places 12 to 20 from September 2028, in two refurbished classrooms."),
    ("met", "The base (12 to 20 places) will move into two refurbished classrooms."),
    ("met", "Speech and language base places in the north of the county rise 12 to 20 with this proposal."),
    # near ones: an age range, places needed (demand), a range of places added
    ("unclear", "The base will offer more places for children aged 4 to 11."),
    ("not_met", "Between 12 and 20 children are waiting for a place at the base."),
    ("not_met", "An estimated 12 to 20 places will be needed over the next five years."),
]


@_cases(RANGE)
def test_places_now_and_after_as_a_range_with_no_from(write, expected, body):
    assert check_document(write(_RANGE_DOC.format(sentence=body))).verdicts()["d"] == expected


_OPTIONS = """# Harbourne County Council

## Proposal to enlarge Linnet Park School

### Options considered

{option}

### The proposal

1. The Council proposes to enlarge Linnet Park School from 80 to 110 places from 1 September 2028, so that more pupils
with moderate learning difficulties can be taught near home.{plan}

2. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy for
pupils with SEND, and no journey would exceed 40 minutes.
"""

OPTIONS = [
    # the area's places falling in an option considered and rejected are not the plan's
    ("met", "Option 1 - close Wren Hill School and move its pupils to Linnet Park. Not recommended: MLD special school "
            "places in the county would fall from 140 to 110.", ""),
    ("met", "Option B (rejected): merging the two schools on one site, with which the county's MLD places would go from "
            "140 to 110.", ""),
    # near one: the same fall said of the plan itself
    ("not_met", "Option 1 - keep both schools as they are. Not recommended: the Wren Hill building is unsafe.",
     " Wren Hill School would close, and MLD special school places in the county would fall from 140 to 110."),
]


@pytest.mark.parametrize("expected, option, plan", OPTIONS, ids=[f"{e}-{i}" for i, (e, _, _) in enumerate(OPTIONS)])
def test_the_areas_places_in_a_rejected_option_are_not_the_plans(write, expected, option, plan):
    assert check_document(write(_OPTIONS.format(option=option, plan=plan))).verdicts()["d"] == expected
