"""Key factor (c), better accommodation: what is general words, and what is no claim at all.

* rooms for subjects of the curriculum named alone ("a sports hall, a science laboratory and a library") say what
  pupils can study or do there (a): as accommodation they are general words without a size, number, date or cost;
* a sentence that only says where a class or provision will be ("The class will be in a classroom at Larkfield")
  names its location, not better accommodation;
* the closing provision's rooms needed by its host for its own pupils ("The unit's rooms are needed for the academy's
  growing roll") are no accommodation gained.

Each probe is in words of its own, beside a near phrasing whose verdict must differ."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal to close the Heron Unit\n\nThe Council proposes to close the Heron Unit, a resourced provision "
         "for 10 pupils with moderate learning difficulties, on 31 July 2028. All 10 pupils will transfer to Larkfield "
         "School, which has confirmed in writing that it will admit them.\n\n")
BETTER = "## What will be better for pupils at Larkfield?\n\n"

PROBES = [
    # curriculum rooms named alone: general words
    ("curriculum-rooms-named", "unclear",
     CLOSE + BETTER + "Larkfield has a sports hall, a science laboratory and a library.\n"),
    # ... with a size: specific
    ("curriculum-rooms-measured", "met",
     CLOSE + BETTER + "Larkfield has a 420 m² sports hall and a science laboratory.\n"),
    # ... with a cost: specific
    ("curriculum-rooms-costed", "met",
     CLOSE + BETTER + "Larkfield will refurbish its science laboratory and library at a cost of £180,000.\n"),
    # rooms for pupils' needs named: still the accommodation described
    ("sen-rooms-named", "met",
     CLOSE + BETTER + "Larkfield has a sensory room and a hygiene suite.\n"),
    # where a class will be: no claim
    ("location-only", "not_met",
     CLOSE + "The pupils will be taught in a group of their own. The group will be in a classroom at Larkfield next "
             "to the hall.\n"),
    # ... unless the room is new or refurbished
    ("location-refurbished", "met",
     CLOSE + "The pupils will be taught in a group of their own. The group will be in a refurbished classroom at "
             "Larkfield, at a cost of £40,000.\n"),
    # the unit's rooms needed by the host for its own pupils: no claim
    ("rooms-needed-by-host", "not_met",
     CLOSE + "The Heron Unit's rooms are needed for the school's own growing roll.\n"),
    # ... not rooms needed for the new provision
    ("rooms-needed-for-base", "met",
     CLOSE + "Larkfield's two spare rooms are needed for the new base and will be refurbished for £60,000.\n"),
]


@pytest.mark.parametrize("expected, body", [(e, b) for _, e, b in PROBES], ids=[n for n, _, _ in PROBES])
def test_accommodation_general_words(write, expected, body):
    assert check_document(write(body)).verdicts()["c"] == expected
