"""Key factor (ii) read from the plan's moves (extract/moves.py): who is displaced at all, where each group goes, and
whether every receiver has confirmed in writing; each phrasing, written for these tests, beside a near one whose
verdict must differ or stay."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract.moves import name_key

BRACKLEY = "# Proposal\n\nBrackley School, a special school for pupils with MLD, will close on 31 August 2027.\n\n"
BRACKLEY_SEMH = "# Proposal\n\nBrackley School, a special school for pupils with SEMH needs, will close on 31 August 2027.\n\n"
THORNHILL = "# Proposal\n\nThe hearing-impaired base at Thornhill Primary School will have 6 places instead of 10 from September 2027.\n\n"
WILLOW = "# Proposal\n\nThe Willow Room, an autism base at Elmcroft Primary School, will close on 31 August 2027.\n\n"

# Is anyone displaced?  Nothing closes and every group the plan names stays where it is: nobody.  A group sent
# elsewhere, or kept at a school only until it closes, is.
NOBODY_MOVES = [
    ("not_applicable", "# Proposal\n\nThe resourced provision at Hollybank Primary School will go down from 12 to 8 places from "
                       "April 2027, as four places have stood empty for three years.\n\nThe six children now placed there will "
                       "remain at Hollybank with the support their plans set out.\n"),
    ("not_applicable", THORNHILL + "The four children in the base will continue at Thornhill Primary School with their present "
                                   "teacher of the deaf.\n"),
    ("unclear", THORNHILL + "Four children in the base will continue at Thornhill Primary School; the other two will transfer to "
                            "the base at Ridley Primary School in September 2027.\n"),
    ("unclear", BRACKLEY + "The eight pupils will stay at Brackley School until the end of the summer term and then transfer to "
                           "Oakfield School.\n"),
    # a building closed in the past (an aside) closes no provision now; one closing under the proposal does
    ("not_applicable", "# Proposal\n\nThe Council will open a new special school for 60 pupils with autism on the Kirkby Road site. "
                       "No pupil will have to move school as a result.\n\nThe former infant school (closed 2023) on the site will be "
                       "refurbished for the new school.\n"),
    ("not_met", "# Proposal\n\nThe Council will open a new special school for 60 pupils with autism on the Kirkby Road site.\n\n"
                "Kirkby Road Infant School (to close in 2027) will be refurbished for the new school.\n"),    # pupils moving to another site of their own school, on its roll, are not displaced; to another school they are
    ("not_applicable", "# Proposal\n\nFenwick School, a special school for pupils with SEMH needs, has worked on two sites since the "
                       "merger of Barrow Road School and Hill Street School in 2018.\n\nAll 30 pupils at Barrow Road will transfer "
                       "to the Hill Street site of Fenwick School in September 2027 and stay on the roll of the same school. The "
                       "governing body has confirmed in writing that it will teach them all there.\n"),
    ("met", "# Proposal\n\nBarrow Road School, a special school for pupils with SEMH needs, will close on 31 August 2027.\n\n"
            "All 30 pupils at Barrow Road will transfer to Hill Street School in September 2027. The governing body of Hill Street "
            "has confirmed in writing that it will teach them all there.\n"),
]

# Pupils who stay at the host school of a unit that closes are displaced from the unit: the host school receives
# them, and its written confirmation is the receiver's.
HOST_KEEPS = [
    ("met", WILLOW + "The five pupils now in the Willow Room will stay at Elmcroft and be taught in its mainstream classes. "
                     "Elmcroft's governing body has confirmed in writing (letter of 2 May 2027) that it will go on educating all five.\n"),
    ("unclear", WILLOW + "The five pupils now in the Willow Room will stay at Elmcroft and be taught in its mainstream classes.\n"),
]

# Every receiver confirmed in writing: one that has and one that has not is not all; a confirmation said of both, or
# by each, is; a place for a time at the authority's own PRU on the way to a school is not a receiver's place.
RECEIVERS = [
    ("unclear", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them. Pupils in Key Stage 4 will finish their courses at Marsh Lane Academy.\n"),
    ("met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing that "
                       "they will take them. Pupils in Key Stage 4 will finish their courses at Marsh Lane Academy, which has also "
                       "confirmed in writing that it will admit them.\n"),
    ("unclear", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School from September 2027.\n\nPupils in Key Stage 4 "
                           "will be taught at Marsh Lane Academy from September 2027.\n\nFernlea School's governing body has confirmed "
                           "in writing (letter of 3 May 2027) that it will admit them.\n"),
    ("met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School from September 2027. Both schools have confirmed "
                       "in writing that they will admit the pupils.\n\nPupils in Key Stage 4 will be taught at Marsh Lane Academy "
                       "from September 2027.\n"),
    ("met", BRACKLEY_SEMH + "Eleven pupils will be admitted to Fernlea School on 1 September 2027; its governing body has confirmed "
                            "in writing that it will take them. Four pupils will attend the Ridgeway Centre, the county's pupil "
                            "referral unit, for up to six weeks before joining Fernlea School.\n"),
]

# Only hoped for: the hedge of the move itself, not of the words saying which pupils it is about, nor of an aside.
HEDGES = [
    ("not_met", BRACKLEY_SEMH + "Eleven pupils in Years 7 to 9 will go to Fernlea School, which has confirmed in writing that it "
                                "will admit them. For the six pupils in Year 10, we intend to secure places on the vocational "
                                "programme at Tanfield College.\n"),
    ("not_met", BRACKLEY + "Pupils in Years 7 to 9 will transfer to Oakfield School, which has confirmed in writing that it will "
                           "admit all of them. As for the five pupils in Year 10, we are hoping to arrange places on the "
                           "foundation course at Harland College.\n"),
    ("met", BRACKLEY_SEMH + "Eleven pupils in Years 7 to 9 will go to Fernlea School, which has confirmed in writing that it will "
                            "admit them. The six pupils in Year 10 will go to Tanfield College, which has confirmed in writing that "
                            "it will take them onto its vocational programme.\n"),
    ("unclear", BRACKLEY + "Pupils in Year 9 whose families would rather keep them together will all move to Oakfield School in "
                           "September 2027.\n"),
    ("unclear", BRACKLEY + "Every pupil at Brackley will transfer to Oakfield School on 1 September 2027, together with their "
                           "tutor groups and (if they wish) their teaching assistants.\n"),
    ("not_met", BRACKLEY + "Every pupil at Brackley will, if places can be found, transfer to Oakfield School on 1 September 2027.\n"),
]

# A receiver is known by every name the document gives it (its full name, the alias its bracket or a "known as"
# introduces, its name without its kind words), and not by a first word another school shares.
HALE = "# Proposal\n\nHale Street School, a special school for pupils with MLD, will close on 31 August 2027.\n\n"
RECEIVER_NAMES = [
    ("met", HALE + "The Beeches Academy (formerly Copse Lane School, and still called \"Copse Lane\" by most families) is a "
                   "special academy for pupils aged 11 to 16.\n\nPupils of primary age will transfer to Wendover School. "
                   "Pupils of secondary age will transfer to the Beeches Academy.\n\nWendover's governors confirmed in writing "
                   "on 2 May 2027 that they will admit the primary pupils. Copse Lane's trust board confirmed in writing on 9 "
                   "May 2027 that it will admit the older pupils.\n"),
    ("unclear", HALE + "The Beeches Academy (formerly Copse Lane School) is a special academy for pupils aged 11 to 16.\n\n"
                       "Pupils of primary age will transfer to Wendover School. Pupils of secondary age will transfer to the "
                       "Beeches Academy.\n\nWendover's governors confirmed in writing on 2 May 2027 that they will admit the "
                       "primary pupils. Ashcombe School's governors confirmed in writing that they support the proposal.\n"),
    ("met", HALE + "Pupils aged 5 to 11 will move to Orchard Vale Primary School's resourced provision. Pupils aged 11 to 16 "
                   "will move to Kestrel Mount Academy, known to families as \"the Mount\", from September 2027.\n\n"
                   "The Mount's principal confirmed in writing on 4 May 2027 that the academy will take all of them, and "
                   "Orchard Vale's governing body confirmed the same in writing on 6 May 2027.\n"),
    # (a first word shared with a school that is no receiver names neither)
    ("unclear", HALE + "Pupils aged 5 to 11 will be admitted to St Anne's School from September 2027.\n\nPupils aged 11 to 16 "
                       "will be admitted to Marsh Lane Academy from September 2027.\n\nThe governing bodies of St Mark's "
                       "School and Marsh Lane Academy have confirmed in writing that they will admit the pupils.\n"),
    ("met", HALE + "Pupils aged 5 to 11 will be admitted to St Anne's School from September 2027.\n\nPupils aged 11 to 16 "
                   "will be admitted to Marsh Lane Academy from September 2027.\n\nThe governing bodies of St Anne's "
                   "School and Marsh Lane Academy have confirmed in writing that they will admit the pupils.\n"),
]

# A receiver's agreement still to come leaves its group's place hoped for; one already given, not yet in writing, does
# not (the receiver has not confirmed in writing); an agreement pending from a school that receives nobody is no one's.
AGREEMENT_TO_COME = [
    ("not_met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them.\n\nPupils in Key Stage 4 will move to Marsh Lane Academy. Whether the "
                           "academy will accept them is subject to a vote of its trust board in March 2027.\n"),
    ("not_met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them. Pupils in Key Stage 4 will move to Marsh Lane Academy.\n\nMarsh Lane "
                           "Academy's agreement to admit them has not yet been given.\n"),
    ("unclear", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them.\n\nPupils in Key Stage 4 will move to Marsh Lane Academy. The academy's "
                           "trust board has agreed to accept them; its letter will follow.\n"),
    ("unclear", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them.\n\nPupils in Key Stage 4 will move to Marsh Lane Academy. Its trust has "
                           "agreed in talks with the Council's officers to take all of them.\n"),
    ("not_met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School, whose governors have confirmed in writing "
                           "that they will take them.\n\nPupils in Key Stage 4 will move to Marsh Lane Academy. Its trust's "
                           "agreement to take all of them is still in discussion with the Council's officers.\n"),
    ("met", BRACKLEY + "Pupils in Key Stage 3 will be admitted to Fernlea School and pupils in Key Stage 4 to Marsh Lane Academy. "
                       "Both schools have confirmed in writing that they will admit them.\n\nHolt Park School's agreement to "
                       "lend its sports hall for PE is still to be confirmed.\n"),
]

# Where pupils go, left to a later decision, is no arrangement, however many words say whose placement it is; what
# else is reviewed later (their support) is not where they go.
UNIT = ("# Proposal\n\nThe Orchard Unit, a resourced provision for pupils with MLD at Hillcrest High School, will close on "
        "31 August 2027.\n\nEach of the nine pupils will be offered a place at Holt Park School, whose governors have confirmed "
        "in writing that they will admit them.")
PUT_OFF = [
    ("not_met", UNIT + " The next placement of every pupil who now attends the unit will be decided at their annual review in "
                       "the spring term.\n"),
    ("not_met", UNIT + " The placements of the pupils taught in the unit this year will be agreed with each family later.\n"),
    ("met", UNIT + " The support plan of every pupil who now attends the unit will be reviewed at their annual review in the "
                   "spring term.\n"),
]

# Kept on their own school's roll, or at their present school, with no place named: nobody is displaced; kept there
# only until they move on, or while their provision closes, they are.
KEPT_ON_ROLL = [
    ("not_applicable", "# Proposal\n\nAshby Vale School will be redesignated from a school for pupils with MLD to a school "
                       "for pupils with complex learning needs from September 2027.\n\nEvery pupil now at the school will "
                       "remain on roll, and their places are unaffected.\n"),
    ("not_applicable", "# Proposal\n\nThe county's two hearing support teams will become one service from April 2028, "
                       "visiting children at home and in schools.\n\nAll the children the teams support will continue at "
                       "their current schools and settings.\n"),
    ("not_applicable", "# Proposal\n\nAshby Vale School will stop using its Mill Road annexe from September 2027; its classes "
                       "move into a new wing on the main site.\n\nThe pupils taught at Mill Road stay on the roll of Ashby Vale "
                       "School throughout.\n"),
    ("not_met", "# Proposal\n\nAshby Vale School will be redesignated from September 2027.\n\nEvery pupil now at the school "
                "will remain on roll until the end of the summer term, when some will have to find places elsewhere.\n"),
    ("unclear", "# Proposal\n\nAshby Vale School will be redesignated from September 2027.\n\nPupils in Years 3 to 6 will "
                "remain on roll; pupils in Year 7 will transfer to Holt Park School in September 2027.\n"),
    ("not_met", "# Proposal\n\nThe Mill Road Unit, a base for pupils with autism at Ashby Vale School, will close on 31 August "
                "2027.\n\nAll the children the unit supports will continue at their present schools.\n"),
]

# Groups listed under a lead that moves them, item by item or after its colon, are moves like any other: each
# receiver must have confirmed in writing; an academy's trust confirms for it where the document ties the two.
LISTED = [
    ("unclear", HALE + "The 30 remaining pupils will move as follows:\n\n- 18 pupils (those in Key Stage 2) to Ashgrove "
                       "School;\n- 12 pupils (those in Key Stage 3) to Penrose Academy.\n\nAshgrove School's governing body "
                       "has confirmed in writing that it will take the 18 pupils. Penrose Academy's principal told parents at "
                       "an open evening that the academy would welcome them.\n"),
    ("met", HALE + "The 30 remaining pupils will move as follows:\n\n- 18 pupils (those in Key Stage 2) to Ashgrove School;\n"
                   "- 12 pupils (those in Key Stage 3) to Penrose Academy.\n\nAshgrove School's governing body has confirmed "
                   "in writing that it will take the 18 pupils. Penrose Academy's board confirmed in writing on 3 June 2027 "
                   "that it will admit the 12.\n"),
    ("unclear", HALE + "All 20 pupils would transfer in September 2027: 12 pupils to Ashgrove School and 8 pupils to Penrose "
                       "Academy.\n\nThe governors of Ashgrove School confirmed in writing on 1 June 2027 that they would admit "
                       "the twelve.\n"),
    ("met", HALE + "All 20 pupils would transfer in September 2027: 12 pupils to Ashgrove School and 8 pupils to Penrose "
                   "Academy.\n\nBoth schools have confirmed in writing that they would admit them.\n"),
    ("met", HALE + "Penrose Academy is a special academy run by the Moorland Learning Trust.\n\nThe 30 remaining pupils will "
                   "move as follows:\n\n- 18 pupils to Ashgrove School;\n- 12 pupils to Penrose Academy.\n\nThe governing "
                   "body of Ashgrove School and the Moorland Learning Trust have confirmed in writing that they will admit "
                   "these pupils.\n"),
    ("unclear", HALE + "Penrose Academy is a special academy run by the Moorland Learning Trust.\n\nThe 30 remaining pupils "
                       "will move as follows:\n\n- 18 pupils to Ashgrove School;\n- 12 pupils to Penrose Academy.\n\nThe "
                       "governing body of Ashgrove School and the Coastal Schools Trust have confirmed in writing that they "
                       "will admit these pupils.\n"),
]

ALL = [(f"{group}-{k}", expected, body) for group, cases in (
    ("nobody", NOBODY_MOVES), ("host", HOST_KEEPS), ("receivers", RECEIVERS), ("hedges", HEDGES), ("names", RECEIVER_NAMES),
    ("listed", LISTED), ("kept", KEPT_ON_ROLL), ("agreement", AGREEMENT_TO_COME),
    ("put-off", PUT_OFF))
    for k, (expected, body) in enumerate(cases)]


@pytest.mark.parametrize("name, expected, body", ALL, ids=[n for n, _, _ in ALL])
def test_ii_from_the_plans_moves(write, name, expected, body):
    assert check_document(write(body)).verdicts()["ii"] == expected


@pytest.mark.parametrize("name, key", [
    ("Castleton School", "Castleton"), ("the Kingsmere Learning Centre", "Kingsmere Learning"), ("Rowan Park's", "Rowan Park"),
    ("the enlarged Caxton School", "Caxton"), ("the base at Ridley Primary School", "Ridley"), ("St Aidan's", "St Aidan"),
])
def test_a_place_is_known_by_its_name_without_its_kind(name, key):
    assert name_key(name) == key
