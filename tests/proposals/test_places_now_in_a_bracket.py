"""Key factor (d): the places now said in a bracket after the places after, and the area's only provision of its kind.

* A figure of places after with the places now in a bracket right after it ("will have 64 places from September 2028
  (48 now)", "will have 60 places (Gannet Rise has 42)", "(Auk Lane 30 and Skua Road 24 now)": the figures summed) is
  the provision's places now and after, as "compared with 48" is; not a bracket of ages, a year or pupils on roll.
* One provision's places fewer after than now, where the document says the area has no other of its kind ("There is
  no other PMLD special school in the county", "it is the only school of its kind in the borough"), are fewer such
  places across the area; not where the sentence says no other school is affected.
* A school's kind read from a bracket that says first it is special ("Puffin Academy (special, ages 3-19, PMLD)"), or
  from a description before its name that names its pupils after the kind word ("the county's new special school for
  pupils with social, emotional and mental health needs, Puffin Academy, ...").

Each beside near ones that must not change; the wording is this file's own, not a corpus document's."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{e}-{i}" for i, (e, _) in enumerate(cases)])


_NOTICE = """# Harbourne County Council

## Proposal to rebuild Gannet Rise School

1. Harbourne County Council proposes that Gannet Rise School, a community special school for pupils with
profound and multiple learning difficulties, moves into a new building on Quay Street from 1 September 2028.

2. {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

BRACKET = [
    # the places now in a bracket right after the places after: fewer, where the area has no other school of the kind,
    # a fall
    (True, "Gannet Rise School will have 40 places from September 2028 (56 now)."),
    (True, "In the new building Gannet Rise School will have 40 places for pupils aged 3-19 (it has 52 today)."),
    (True, "Gannet Rise School will have 40 places (currently 48), so the rooms are large enough for hoists."),
    (True, "Gannet Rise School will have 40 places (Gannet Rise has 56)."),
    # near ones: a bracket of ages, of a year, of pupils on roll: no figure now; more places than now
    (False, "Gannet Rise School will have 40 places (ages 3-19)."),
    (False, "Gannet Rise School will have 40 places (2028)."),
    (False, "Gannet Rise School will have 40 places (52 pupils on roll)."),
    (False, "Gannet Rise School will have 64 places from September 2028 (48 now)."),
]


@_cases(BRACKET)
def test_places_now_in_a_bracket_after_the_places_after(write, expected, body):
    facts = check_document(write(_NOTICE.format(sentence=body + " There is no other PMLD school in the county."))).extraction.facts
    assert facts["places_fall_in_all"] is expected


_MERGE = """# Harbourne County Council

## Proposal to bring Auk Lane School and Skua Road School together

1. Harbourne County Council proposes to discontinue Auk Lane School and Skua Road School, two community special schools
for pupils with moderate learning difficulties, and to open one new school on the Skua Road site from 1 September 2028.

2. {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

SUMMED = [
    # the bracket's figures summed: more places, then fewer
    ("met", "The new school will have 70 places from September 2028 (Auk Lane 30 and Skua Road 24 now)."),
    ("not_met", "The new school will have 40 places from September 2028 (Auk Lane 30 and Skua Road 24 now). "
                "There is no other MLD special school in the county."),
]


@_cases(SUMMED)
def test_the_places_now_of_several_in_a_bracket_are_summed(write, expected, body):
    assert check_document(write(_MERGE.format(sentence=body))).verdicts()["d"] == expected


_ONLY = """# Harbourne County Council

## Proposal to remodel Puffin Academy

1. Puffin Academy (special, ages 3-19, profound and multiple learning difficulties) will turn four small classrooms
into two large ones and a hydrotherapy room from 1 September 2028.

2. Puffin Academy will have 70 places from September 2028 (84 now). {sentence}

3. Pupils would travel by minibus with a passenger assistant under the Council's Home to School Transport Policy
for pupils with SEND, and no journey would exceed 40 minutes.
"""

ONLY = [
    # the area has no other provision of the kind: one provision's fall is the area's
    (True, "There is no other PMLD special school in the county."),
    (True, "Harbourne has no other special school for these pupils."),
    (True, "It is the only special school for pupils with PMLD in the county."),
    # near ones: no other school affected, closing or changing (the fall is one school's alone)
    (False, "No other school is affected by the change."),
    (False, "There is no other school or unit that closes as a result."),
    (False, "Every pupil stays, and no other special school changes."),
]


@pytest.mark.parametrize("expected, body", ONLY, ids=[f"{e}-{i}" for i, (e, _) in enumerate(ONLY)])
def test_the_areas_only_provision_of_its_kind_falling_is_the_areas_fall(write, expected, body):
    doc = check_document(write(_ONLY.format(sentence=body)))
    assert doc.extraction.facts["places_fall_in_all"] is expected
    assert doc.verdicts()["d"] == "not_met"  # (no claim of better places either way)


_NEW_SCHOOL = """# Letter to families: Tern Bank School is closing

Dear families,

Harbourne County Council decided on 3 March 2028 that Tern Bank School will close on 21 July 2028.

**Where will my child go?**

{sentence} It will have 72 places for pupils aged 11-16 (Tern Bank has 45). Every Tern Bank pupil has been offered a
place there.

Transport will continue under the Council's Home to School Travel Policy for Children with SEND, by minibus with a
passenger assistant, and no journey will be longer than 45 minutes.
"""

NEW_SCHOOL = [
    # a special school described before its name: its places count
    ("met", "The county's new special school for pupils with social, emotional and mental health needs, Puffin Academy, "
            "is being built on Dock Road."),
    ("met", "The new special free school for children with autism, Puffin Academy, opens on Dock Road in September."),
    # near one: a mainstream academy: its places are not the places of the kind in question
    ("not_met", "The new secondary school for pupils aged 11-16, Puffin Academy, is being built on Dock Road."),
]


@_cases(NEW_SCHOOL)
def test_a_special_school_described_before_its_name(write, expected, body):
    assert check_document(write(_NEW_SCHOOL.format(sentence=body))).verdicts()["d"] == expected
