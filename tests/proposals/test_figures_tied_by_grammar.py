"""A figure of places belongs to what the grammar ties it to, not to the
name nearest before it: the area's places or a total when the noun it
qualifies is the area's ("and the borough's places for autistic pupils go
from 210 to 234", "the county total", "places across Harwick") or the words
right after it say so ("... places across the borough", "in all"); each of
several provisions when it is said "at each of" them; the first name when a
second is only its address or an apposition ("Merrow Vale School, Station
Road, Ashcombe, a special school ..., from 60 to 90"); the clause's subject,
not the school its pupils come from ("Fellside School will admit the pupils
from Ashgrove School and grow from 70 to 100"); for "its" in a later clause,
the one named as a clause's subject before it ("... proposes that Kittiwake
Academy moves ..., and that its capacity rises"); a new provision's places
when its name stands in apposition with "a new 48-place school".  A conflict
needs two figures for after, both tied to the same provision: each probe
sits beside a near one whose verdict differs."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("expected, body", cases, ids=[f"{i}-{e}" for i, (e, _) in enumerate(cases)])


# The school's figure and the area's in one sentence that names the school: the area's is no second figure for the
# school; the school's own second figure ("the school's places") is.
_AREA_IN_THE_SENTENCE = (
    "# Proposal to enlarge Thornbury House School\n\n"
    "1. Harwick Borough Council proposes to enlarge Thornbury House School, a special school for autistic pupils, "
    "from 72 to 96 places from September 2029.\n\n"
    "2. Need. Thornbury House will have 96 places from September 2029 and {second} from {now} to {after}.\n")
AREA_IN_THE_SENTENCE = [
    ("met", _AREA_IN_THE_SENTENCE.format(second="the borough's places for autistic pupils will go", now=210, after=234)),
    ("met", _AREA_IN_THE_SENTENCE.format(second="the number of autism places in the borough will rise", now=210,
                                         after=234)),
    ("met", _AREA_IN_THE_SENTENCE.format(second="places across Harwick will rise", now=210, after=234)),
    ("met", _AREA_IN_THE_SENTENCE.format(second="autism places will rise in total", now=210, after=234)),
    ("unclear", _AREA_IN_THE_SENTENCE.format(second="the school's places will go", now=72, after=90)),
]

# The same with one figure after: what the figure qualifies is the capacity the words before it name.
_CAPACITY = (
    "# Proposal to enlarge Thornbury House School\n\n"
    "1. Harwick Borough Council proposes to enlarge Thornbury House School, a special school for autistic pupils, "
    "from 72 to 96 places from September 2029.\n\n"
    "2. Need. Thornbury House will have 96 places from September 2029 and {whose} capacity will rise to {after}.\n")
CAPACITY = [
    ("met", _CAPACITY.format(whose="the borough's autism", after=234)),
    ("unclear", _CAPACITY.format(whose="its", after=90)),
]


# A participle's two objects: "raising Fenwick Lodge from ... and the county total from ...": the second is the
# county's, no figure for the school against the 124 it is given after; the school's own in either order is.
_RAISING = (
    "# Enlargement of Fenwick Lodge School\n\n"
    "1. The Council proposes to enlarge Fenwick Lodge School by 24 places for pupils with speech, language and "
    "communication needs from January 2030.\n\n"
    "2. Fenwick Lodge will have 124 places from January 2030.\n\n"
    "3. Places. Twenty-four places in a new block, raising {first} and {second}.\n")
RAISING = [
    ("met", _RAISING.format(first="Fenwick Lodge from 100 to 124 places", second="the county total from 260 to 284")),
    ("met", _RAISING.format(first="Fenwick Lodge from 100 to 124 places",
                            second="the county's SLCN special school places from 260 to 284")),
    ("unclear", _RAISING.format(first="the county total from 260 to 284", second="Fenwick Lodge from 100 to 120 places")),
    ("met", _RAISING.format(first="the county total from 260 to 284", second="Fenwick Lodge from 100 to 124 places")),
]


# A figure said of each of the enlarged schools, or of one named after it, is no figure in all against the area's
# total; one said in all is.
_EACH = (
    "# Closure of Brackenhurst School\n\n"
    "1. The Council proposes to close Brackenhurst School and enlarge Oakmere School and Linford Academy.\n\n"
    "## Places\n\n"
    "| School | Now | From September 2029 |\n"
    "| --- | --- | --- |\n"
    "| Brackenhurst School | 40 | — |\n"
    "| Oakmere School | 50 | 72 |\n"
    "| Linford Academy | 60 | 82 |\n"
    "| Total in the county | 150 | 154 |\n\n"
    "2. Places for pupils with social, emotional and mental health needs in the county would therefore increase "
    "from 150 to 154, with 22 more places {where}.\n")
EACH = [
    ("met", _EACH.format(where="at each of the two enlarged schools")),
    ("met", _EACH.format(where="at each school")),
    ("met", _EACH.format(where="at Linford Academy, from 60 to 82")),
    ("unclear", _EACH.format(where="in all")),
]


# A name set off by commas after the school's (its town) is the school's address: the figure after it is the
# school's, so a second figure for the school conflicts with it.
_ADDRESS = (
    "# Proposal to enlarge Merrow Vale School\n\n"
    "1. The Council proposes to enlarge Merrow Vale School, Station Road, Ashcombe, a community special school for "
    "pupils aged 5 to 16, from 60 to 90 places from September 2029. Pupils aged 16 to 19 continue to go to Ashcombe "
    "College.\n\n"
    "2. The new classrooms are to be finished in July 2029. Merrow Vale School will then have {after} places from "
    "September 2029.\n")
ADDRESS = [
    ("unclear", _ADDRESS.format(after=80)),
    ("met", _ADDRESS.format(after=90)),
]


# A new provision named in apposition with its places ("a new 48-place school, Linden Rise School"), or named first
# ("Linden Rise School, a new 48-place school, ..."): two different figures for it conflict, the same one does not.
_NEW_NAMED_AFTER = (
    "# The future of Calder Brook School\n\n"
    "- Calder Brook School, a special school for 40 autistic pupils, would close in July 2029.\n"
    "- A new 48-place free school for autistic pupils, Linden Rise School, is being built on Mill Road by the "
    "Department for Education.\n"
    "- Pupils at Calder Brook would move to Linden Rise.\n\n"
    "## Places\n\n"
    "Linden Rise will have {after} places for autistic pupils aged 4 to 16, replacing Calder Brook's 40.\n")
_NEW_NAMED_FIRST = (
    "# The future of Calder Brook School\n\n"
    "Calder Brook School would close in July 2029. Linden Rise School, a new 48-place free school for autistic "
    "pupils, is being built on Mill Road by the Department for Education, and pupils at Calder Brook would move "
    "there.\n\n"
    "## Places\n\n"
    "Linden Rise will have {after} places for autistic pupils aged 4 to 16, replacing Calder Brook's 40.\n")
NEW_NAMED = [
    ("unclear", _NEW_NAMED_AFTER.format(after=56)),
    ("met", _NEW_NAMED_AFTER.format(after=48)),
    ("unclear", _NEW_NAMED_FIRST.format(after=56)),
    ("met", _NEW_NAMED_FIRST.format(after=48)),
]


# The school that grows is the clause's subject, not the one its pupils come from: Ashgrove closes with its 40
# places and Fellside grows, the two summed (110 now); a figure of Ashgrove's own stays Ashgrove's.
_FROM_WHERE = (
    "# Closure of Ashgrove School\n\n"
    "1. Ashgrove School has 40 places. The Council proposes to close Ashgrove School on 31 August 2029.\n\n"
    "2. {sentence}\n")
FROM_WHERE = [
    ("not_met", _FROM_WHERE.format(sentence="Fellside School will admit the pupils from Ashgrove School and grow from "
                                            "70 to 100 places from September 2029.")),
    ("met", _FROM_WHERE.format(sentence="Fellside School will admit the pupils from Ashgrove School and grow from "
                                        "70 to 120 places from September 2029.")),
    ("not_met", _FROM_WHERE.format(sentence="Fellside School, which will take the pupils from Ashgrove School, will "
                                            "grow from 70 to 100 places from September 2029.")),
]

# "its" or "the school" in a later clause of the sentence is the one named as a clause's subject before it (the
# sentence's, or a that-clause's), not a building, the one that proposes nor the school named in the sentence before;
# a second figure for it conflicts.
_ITS = (
    "# Relocation of Kittiwake Academy\n\n"
    "1. Kittiwake Academy, a special academy for pupils with autism, will grow from 60 to 72 places from September "
    "2029.\n\n"
    "2. Its present building on Harbour Road is shared with Seaview Primary School. {sentence}\n")
ITS = [
    ("unclear", _ITS.format(sentence="The Kestrel Learning Trust proposes that Kittiwake Academy moves to the former "
                                     "Westgate Nursery building in 2029, and that its capacity rises from 60 to 80 "
                                     "places at the same time.")),
    ("met", _ITS.format(sentence="The Kestrel Learning Trust proposes that Kittiwake Academy moves to the former "
                                 "Westgate Nursery building in 2029, and that its capacity rises from 60 to 72 places "
                                 "at the same time.")),
    ("unclear", _ITS.format(sentence="Kittiwake Academy will move from Harbour Road to the Westgate Nursery building, "
                                     "and its places will increase from 60 to 80 in 2029.")),
]


@_cases(AREA_IN_THE_SENTENCE + CAPACITY + RAISING + EACH + ADDRESS + NEW_NAMED + FROM_WHERE + ITS)
def test_a_figure_is_what_its_grammar_ties_it_to(write, expected, body):
    assert check_document(write(body)).verdicts()["d"] == expected
