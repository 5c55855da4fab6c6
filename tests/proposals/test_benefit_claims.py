"""A benefit claimed against a subject only mentioned, for key factors (a)
access to education and (c) accommodation: a claim needs the factor's
subject as what the pupils gain, not where they are taught, what a room was,
where a service is, or a building mentioned for another reason; and a claim
in general words is claimed though not specific.  Each case the shape of a
cause found in the development corpora, written again in other words, both
ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal\n\nThe Council proposes to close the Larch Room, a resourced provision at Birchwood Academy, "
         "on 31 August 2028.\n\n")
NEW_BASE = "# Proposal\n\nThe Council proposes to open a resourced base at Ash Primary School from September 2028.\n\n"
STRATEGY = "The base is part of the Council's Accessibility Strategy 2027-2030.\n"


# (a) mainstream classes as where pupils are taught ("will be taught within mainstream classes", "learn in their
# mainstream classes") say where they are, not what they gain; what they have there is a claim ("with a laptop and
# a reading pen each"), and so is more of their time there; "access to learning" is access to education in
# general words.
WHERE_TAUGHT = [
    ("a", "not_met", CLOSE + "The nine pupils will stay on the roll of Birchwood Academy and will be taught within "
                             "mainstream classes, each with a support plan reviewed in the spring term.\n"),
    ("a", "not_met", CLOSE + "Each pupil will remain at Birchwood and learn in their mainstream classes with help from a "
                             "teaching assistant.\n"),
    ("a", "met", CLOSE + STRATEGY + "Pupils will be taught in mainstream classes with a laptop and a reading pen each.\n"),
    ("a", "unclear", CLOSE + "Pupils will spend more of the week in mainstream lessons.\n"),
    ("a", "unclear", NEW_BASE + "Pupils will have improved access to learning.\n"),
    ("a", "unclear", NEW_BASE + "The base will widen their access to learning and to the life of the school.\n"),
]



# (a) the rooms a building will have are accommodation (c), whatever they are for ("the new wing will comprise three
# classrooms, a sensory room and ..."); a facility that is no room (a pool) or what pupils do there is access to
# education; what a room was ("made from the former music room") is no facility gained; a programme of funding or
# building ("the Schools Capital Programme") is no programme of teaching.
ROOMS_AND_FACILITIES = [
    ("a", "not_met", NEW_BASE + STRATEGY + "The new wing will comprise three classrooms, a sensory room and a small group room, "
                                           "and will be finished by July 2028.\n"),
    ("c", "met", NEW_BASE + STRATEGY + "The new wing will comprise three classrooms, a sensory room and a small group room, "
                                       "and will be finished by July 2028.\n"),
    ("a", "met", NEW_BASE + STRATEGY + "The new wing will include a sensory room, where pupils will have a daily session of "
                                       "sensory circuits.\n"),
    ("a", "met", NEW_BASE + STRATEGY + "The extension will also house a hydrotherapy pool and a soft play area.\n"),
    ("a", "not_met", NEW_BASE + STRATEGY + "A 20 m² quiet room will be made from the former music room by August 2028.\n"),
    ("c", "met", NEW_BASE + STRATEGY + "A 20 m² quiet room will be made from the former music room by August 2028.\n"),
    ("a", "met", NEW_BASE + STRATEGY + "The base will share the school's library and its science laboratory.\n"),
    ("a", "not_met", NEW_BASE + "The building works will be paid for from the County's Schools Capital Programme 2028-29.\n"),
    ("a", "met", NEW_BASE + STRATEGY + "Pupils will follow the Attention Autism programme each morning.\n"),
]



# (c) accommodation mentioned, not claimed: the site a thing is on now or in brackets that describe it; the rooms of a
# closing provision going back to its school; existing buildings with works done before; works that only date a move
# ("once the refurbishment there is finished").  New rooms beside them are still claimed.
ACCOMMODATION_MENTIONED = [
    ("c", "not_met", CLOSE + "Pupils in Year 11 will finish the year at the Brook Centre (the Council's pupil referral unit on "
                             "the Mill Lane site), and the rest will go to Elm School.\n"),
    ("c", "not_met", CLOSE + "The outreach service is run on a single site, far from most of the schools it serves.\n"),
    ("c", "met", CLOSE + "The base will reopen in September 2028 (a new two-storey building on the Elm site).\n"),
    ("c", "unclear", NEW_BASE + "The base will be on the school's main site, in a new building.\n"),
    ("c", "not_met", CLOSE + "The Larch Room's two classrooms will go back to Birchwood Academy as general teaching spaces.\n"),
    ("c", "not_met", CLOSE + "Birchwood needs the Larch Room's space as a classroom for its Year 3 from September 2028.\n"),
    ("c", "met", CLOSE + "The Larch Room will move to a new 70 m² classroom at Elm Primary, built for it by August 2028.\n"),
    ("c", "not_met", NEW_BASE + "The extra places will be found in the school's existing classrooms, which were refurbished in "
                                "2023.\n"),
    ("c", "met", NEW_BASE + "The base will use two existing classrooms, which will be refurbished with acoustic panels in "
                            "summer 2028.\n"),
    ("c", "not_met", CLOSE + "The pupils will move to Elm School in January 2029, once the refurbishment there is finished.\n"),
    ("c", "met", CLOSE + "The pupils will move to Elm School in January 2029 into a new 60 m² classroom, once the works there "
                         "are finished.\n"),
]



# (c) a place described by how it suits the pupils ("a suitable, sensory-friendly base", "an accessible environment
# better suited to their needs") is accommodation claimed in general words; a calm *learning* environment is how
# pupils are taught.  A numbered paragraph's first word starts its sentence, not a name inside it ("5.1 Refurbishment
# of the Elm building: £640,000 ..." names works and their cost).
ACCOMMODATION_CLAIMED = [
    ("c", "unclear", NEW_BASE + "Each partner school will set aside a suitable, sensory-friendly base for the pupils.\n"),
    ("c", "unclear", NEW_BASE + "The resource base will give pupils an accessible environment better suited to their needs.\n"),
    ("c", "not_met", NEW_BASE + "Pupils will benefit from a calm learning environment and smaller classes.\n"),
    ("c", "met", NEW_BASE + "## 2. Benefits\n\n2.1 The Elm building will give pupils more suitable accommodation.\n\n## 5. Funding\n\n"
                            "5.1 Refurbishment of the Elm building: £640,000 from the Council's capital allocation, agreed in "
                            "May 2028.\n"),
    ("c", "unclear", NEW_BASE + "## 2. Benefits\n\n2.1 The Elm building will give pupils more suitable accommodation.\n\n"
                                "## 5. Funding\n\n5.1 Place funding: £120,000 a year from the High Needs Block.\n"),
]


# What the present provision lacks, said to compare, does not deny the gain: by what the provision is ("which the
# unit does not have now"), with the verb understood ("which Birchwood does not"), or "none of which" it has; a
# negation of the gain itself, or of something else done about it ("that the Council does not commission"), still
# denies it.
PRESENT_LACKS = [
    ("b", "met", NEW_BASE + "The base will have a school nurse on site four days a week which the present unit does not have now.\n"),
    ("b", "met", NEW_BASE + "The base will have a music therapist which Birchwood does not: she will work there two days a week.\n"),
    ("b", "met", NEW_BASE + "Pupils will see a clinical psychologist three days a week that the service cannot offer at present.\n"),
    ("a", "met", CLOSE + STRATEGY + "Pupils will move to Elm School, which has a hydrotherapy pool, a forest school and a food "
                                    "room none of which Birchwood has.\n"),
    ("b", "not_met", NEW_BASE + "The base will not have a school nurse on site, which the unit does not have now.\n"),
    ("b", "not_met", NEW_BASE + "The base will have a counsellor one day a week that the Council does not commission.\n"),
]


# Rooms that will be built are accommodation (c), whatever they are for, as the rooms a building will have are; (a)
# only where the clause says what pupils do there or names a facility that is no room; what a room was is no
# facility gained.
ROOMS_BUILT = [
    ("a", "not_met", NEW_BASE + STRATEGY + "Two classrooms and a music room will be constructed beside the hall by July 2028.\n"),
    ("c", "met", NEW_BASE + STRATEGY + "Two classrooms and a music room will be constructed beside the hall by July 2028.\n"),
    ("a", "not_met", NEW_BASE + STRATEGY + "A 30 m² calm room will be created from the former library corner by Easter 2028.\n"),
    ("a", "met", NEW_BASE + STRATEGY + "A sensory room will be built, where pupils will have a daily session of sensory circuits.\n"),
]

# A hall or room named as where parents meet ("a drop-in session for parents in the school hall") is no
# accommodation; a hall the pupils gain is.
WHERE_PARENTS_MEET = [
    ("c", "not_met", NEW_BASE + "We will also run a consultation evening for families in the main hall on 3 March from 6 pm.\n"),
    ("c", "not_met", NEW_BASE + "The public meeting will be held in the school library on 12 May.\n"),
    ("c", "met", NEW_BASE + "The base will gain a new hall of 120 m², built by the summer of 2028.\n"),
]

# A count said of a leader's post ("led by one of our assistant headteachers") is no amount of the specialists
# named beside it; a count of assistants is.
LEADERS_COUNTED = [
    ("b", "unclear", NEW_BASE + "The base will be run by one of our assistant principals and will share our therapy team.\n"),
    ("b", "met", NEW_BASE + "The base will share our therapy team, with two speech and language therapy assistants.\n"),
]

# What pupils can do at the receiving school, under a heading about benefits ("At Elm pupils can take GCSE art"), is
# a claim, as what it has is; the same words under a heading about something else are not.
WHAT_PUPILS_CAN_DO = [
    ("a", "met", CLOSE + "## Benefits\n\nAt Elm School pupils can study GCSE art and a BTEC in sport, in line with the "
                         "Council's Accessibility Strategy 2027-2030.\n"),
    ("a", "not_met", CLOSE + "## Background\n\nAt Elm School pupils can study GCSE art and a BTEC in sport, in line with the "
                             "Council's Accessibility Strategy 2027-2030.\n"),
]

# A paragraph's first sentence pointing to the benefits ("The benefits for pupils are as follows.", "Members were
# reminded of the benefits set out in the report.") labels the rest of the paragraph as a heading "Benefits" would.
POINTED_TO_BENEFITS = [
    ("b", "met", NEW_BASE + "4.2 The committee noted the benefits described in the consultation document. Elm School "
                            "employs an occupational therapist three days a week.\n"),
    ("b", "met", NEW_BASE + "The benefits for pupils are as follows. Elm School employs an occupational therapist three days a week.\n"),
    ("b", "not_met", NEW_BASE + "The committee noted the timetable for the works. Elm School employs an occupational "
                                "therapist three days a week.\n"),
]


# What there is now is no gain: a provision that "will continue to be staffed by" the specialists it has, and a list
# under a lead-in about the present buildings ("The present buildings were never designed as a school."); specialists
# added, or a list under a lead-in about the benefits, are.  A programme of rebuilding is no programme of teaching.
AS_THINGS_ARE = [
    ("b", "not_met", NEW_BASE + "The base will continue to be staffed by a specialist teacher (0.8 FTE) and an audiologist one day a week.\n"),
    ("b", "met", NEW_BASE + "The base will be staffed by a specialist teacher (0.8 FTE) and an audiologist one day a week.\n"),
    ("c", "not_met", NEW_BASE + "## Why we propose this\n\n- The existing premises were built as offices. Its two classrooms "
                                "are 38 m² each, with one toilet and a corridor used as a quiet area.\n"),
    ("c", "not_met", NEW_BASE + "## Why we propose this\n\nAt present:\n\n"
                                "- its two classrooms are 38 m² each, with one toilet and a corridor used as a quiet area.\n"),
    ("c", "met", NEW_BASE + "## Why we propose this\n\nThe move brings these benefits:\n\n"
                            "- Its two classrooms are 58 m² each, with a hygiene room and a quiet room.\n"),
    ("a", "not_met", NEW_BASE + "The new building will be paid for by the Department under the Priority School Rebuilding Programme.\n"),
]


# Courses claimed by their kind alone ("a range of vocational courses") are claimed in general words; courses named
# ("BTEC courses in construction") or a vocational centre are specific.
COURSES_UNNAMED = [
    ("a", "unclear", CLOSE + STRATEGY + "Pupils at Elm School will be able to choose from a range of vocational courses.\n"),
    ("a", "met", CLOSE + STRATEGY + "Pupils at Elm School will be able to choose BTEC courses in construction and catering.\n"),
    ("a", "met", CLOSE + STRATEGY + "Pupils at Elm School will have the use of its new vocational centre.\n"),
]


CASES = {"present-lacks": PRESENT_LACKS, "courses-unnamed": COURSES_UNNAMED, "as-things-are": AS_THINGS_ARE, "rooms-built": ROOMS_BUILT, "where-parents-meet": WHERE_PARENTS_MEET,
         "leaders-counted": LEADERS_COUNTED, "what-pupils-can-do": WHAT_PUPILS_CAN_DO, "pointed-to-benefits": POINTED_TO_BENEFITS, "where-taught": WHERE_TAUGHT, "rooms-and-facilities": ROOMS_AND_FACILITIES,
         "accommodation-mentioned": ACCOMMODATION_MENTIONED, "accommodation-claimed": ACCOMMODATION_CLAIMED}


@pytest.mark.parametrize("factor, expected, body", [case for cases in CASES.values() for case in cases],
                         ids=[f"{name}-{f}-{i}" for name, cases in CASES.items() for i, (f, _, _) in enumerate(cases)])
def test_benefit_claimed_or_subject_mentioned(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
