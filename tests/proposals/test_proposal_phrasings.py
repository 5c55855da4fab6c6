"""Phrasings a council might use for each key factor, one document each:
the verdict a reader of the Test would give.  A title and one sentence
of context make each a proposal the checker accepts."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

ENLARGE = "# Proposal for special educational provision\n\nThe Council proposes to enlarge Oak School.\n\n"
CLOSURE = "# Proposal\n\n"

PHRASINGS = [
 ("d", "met", "## Places\n\n| Area | Now | From September 2027 |\n| --- | --- | --- |\n| Borough total | 126 now | 180 from September 2027 |\n"),
 ("d", "met", "- Borough total: 126 now; 180 from September 2027\n"),
 ("d", "met", "The number of commissioned places will rise to 40 (currently 28).\n"),
 ("d", "met", "An additional 24 places will be available from September 2027.\n"),
 ("d", "met", "Capacity: 120 places (currently 96).\n"),
 ("i", "met", "Each provider was sent a written statement and invited to set out its views on the changing pattern of provision.\n"),
 ("i", "met", "All affected providers have been given the opportunity to set out their views in writing, and their written responses are at Appendix D.\n"),
 ("i", "unclear", "We held meetings with the headteachers of all affected schools to hear their views.\n"),
 ("iii", "met", "Home to school transport will be provided for eligible pupils in line with the Council's Home to School Travel and Transport Policy; pupils will travel by minibus.\n"),
 ("iii", "unclear", "Pupils who are eligible will continue to receive free transport by taxi.\n"),
 ("iii", "not_met", "Transport arrangements will be considered at a later date.\n"),
 ("iv", "met", "The revenue cost of £240,000 a year will be met from the High Needs Block. The base will be staffed by a teacher and two teaching assistants.\n"),
 ("iv", "met", "Funding: £1.2m capital (Basic Need). Staffing: 1 teacher, 3 TAs.\n"),
 ("a", "met", "Pupils will have access to a sensory room and a hydrotherapy pool, supporting the Council's Accessibility Strategy.\n"),
 ("b", "met", "A speech and language therapist will work in the base for two days each week.\n"),
 ("c", "met", "The base will be housed in a new modular building with three classrooms.\n"),
 ("c", "unclear", "The new building will be better suited to pupils' needs.\n"),
 ("ii", "not_applicable", "This proposal does not displace any pupils.\n"),
 ("ii", "not_applicable", "There will be no displacement of pupils.\n"),
 ("ii", "met", "Oak School will close. All 30 pupils will transfer to Elm School; Elm School has confirmed its agreement in writing (Appendix B).\n"),
 ("ii", "not_met", "Oak School will close. We will work with parents to identify suitable alternative placements.\n"),
 ("ii", "not_met", "Oak School will close. We are confident that places can be found at neighbouring schools.\n"),
 ("ii", "unclear", "Oak School will close. All 30 pupils will transfer to Elm School.\n"),
]

MORE = [
 ("iii", "not_met", "## Appendix A: the SEN Improvement Test\n\nProposers should specify the transport arrangements that will support access to the premises by reference to the LA's transport policy.\n"),
 ("iii", "not_met", "Transport: to be confirmed.\n"),
 ("iii", "unclear", "The Council's Home to School Transport Policy will apply.\n"),
 ("iv", "not_met", "Funding has not yet been identified. Staffing will be confirmed later.\n"),
 ("iv", "unclear", "The base will be funded through the Council's usual arrangements and staffed appropriately.\n"),
 ("i", "not_met", "Parents were consulted at three drop-in events.\n"),
 ("i", "met", "We wrote to every provider of existing and proposed provision inviting a written statement of their views on the changing pattern of provision.\n"),
 ("i", "met", "Written statements were obtained from all providers, setting out their views on the proposed changes.\n"),
 ("a", "unclear", "Pupils will have better access to the curriculum and to facilities, as set out in the Council's Accessibility Strategy.\n"),
 ("a", "not_met", "The Council's Accessibility Strategy is published on its website.\n"),
 ("b", "not_met", "Staff will transfer to the enlarged school under TUPE.\n"),
 ("b", "unclear", "Pupils will benefit from specialist staff and therapy input.\n"),
 ("c", "met", "A new building with eight classrooms and a hydrotherapy suite will be provided at a cost of £4m.\n"),
 ("c", "not_met", "The school buildings are currently in poor condition.\n"),
 ("d", "unclear", "The proposal will increase the number of specialist places in the borough.\n"),
 ("d", "met", "The school will be enlarged to 150 places from 120.\n"),
 ("ii", "not_met", "Oak School will close. Officers will discuss options with each family and seek suitable places.\n"),
 ("ii", "not_met", "Oak School will close. It is expected that most pupils will transfer to Elm School.\n"),
 ("ii", "met", "Oak School will close. All 30 pupils will transfer to Elm School. Letters from the headteacher and chair of governors of Elm School confirming that they will admit the pupils are attached at Appendix C.\n"),
 ("ii", "unclear", "Oak School will close. Pupils will be offered places at Elm School or at their local mainstream school.\n"),
]

PHRASINGS += MORE

PHRASINGS += [  # policies by other names, and tables of costs, staff and places
 ("iii", "met", "Eligible pupils will be offered travel assistance (a taxi, minibus or personal travel budget) under the Council's Travel Assistance Policy.\n"),
 ("iii", "met", "In accordance with the Council's policy on home to school transport for children with SEND, eligible pupils will be transported by minibus.\n"),
 ("iii", "met", "Transport: eligible pupils will travel by taxi with an escort (SEND Home to School Transport Policy, section 4).\n"),
 ("iii", "not_met", "Parents will be responsible for taking their children to school.\n"),
 ("iv", "met", "Funding: £450,000 capital from the High Needs Provision Capital Allocation.\n\nStaffing: one teacher (1.0 FTE) and two teaching assistants (2.0 FTE).\n"),
 ("iv", "met", "| Item | Cost | Source |\n| --- | --- | --- |\n| Building works | £450,000 | High Needs Provision Capital Allocation |\n| Staffing | 1 teacher, 2 teaching assistants | High Needs Block |\n"),
 ("b", "met", "| Role | Time |\n| --- | --- |\n| Speech and language therapist | 2 days a week |\n| Educational psychologist | 1 day a fortnight |\n"),
 ("d", "met", "| | Now | September 2027 |\n| --- | --- | --- |\n| Places | 96 | 128 |\n"),
 ("a", "met", "- access to a sensory room, a hydrotherapy pool and a food technology room;\n- GCSE and Entry Level courses;\n\nThis supports the Council's Accessibility Strategy.\n"),
]

PHRASINGS += [
 ("i", "met", "In line with the SEN Improvement Test, a written statement was issued to all providers of existing and proposed provision, giving them the opportunity to set out their views.\n"),
 ("i", "met", "All existing and proposed providers were invited, by written statement, to give their views; copies of their responses are at Annex 3.\n"),
 ("i", "unclear", "The proposal was discussed with the headteachers' forum, which supported it.\n"),
 # a hedge after the statement governs its own phrase ("seeking agreement where possible", the Test's words); meetings
 # and briefings are views sought, not a written statement
 ("i", "met", "A written statement was sent on 3 May 2027 to the governing bodies of Oak and Elm Schools and every school in the county, inviting each to set out its views and seeking agreement where possible.\n"),
 ("i", "unclear", "A written statement might be sent to all providers, inviting their views.\n"),
 ("i", "unclear", "Officers met the headteacher and governors of Oak School and briefed the headteachers' forum.\n"),
 ("i", "unclear", "Officers presented the proposal to the headteachers' group. A written statement to all providers will be issued in due course.\n"),
 ("i", "not_met", "Parents and carers will be able to give their views online.\n"),
 ("a", "met", "Pupils will have access to a wider curriculum including GCSE science and BTEC sport, consistent with the Council's Accessibility Strategy.\n"),
 ("a", "unclear", "The proposal will improve access to education for children with SEN, in line with the Council's Accessibility Strategy.\n"),
 ("a", "met", "Children will be able to use the new sensory garden and the adapted playground every day; this supports the Accessibility Strategy's aim of improving physical access.\n"),
 ("b", "met", "An educational psychologist will hold a weekly clinic at the school.\n"),
 ("b", "unclear", "Pupils will have improved access to therapies.\n"),
 ("c", "unclear", "Pupils will be taught in improved accommodation.\n"),
 ("c", "met", "Two new classrooms (each 60 square metres) and an accessible toilet will be built.\n"),
 ("iv", "unclear", "The costs will be met from existing budgets and the school will be appropriately staffed.\n"),
 ("iv", "met", "Revenue funding will come from the High Needs Block at £10,000 per place plus top-up; the unit will have a teacher in charge and two teaching assistants.\n"),
]

PARA23 = [
 ("ii", "not_applicable", "Oak School will relocate to a new building on the Westfield site in September 2027. All current pupils will move with the school.\n"),
 ("ii", "not_met", "Oak School will close in July 2027. We hope to find places for its pupils.\n"),
 ("ii", "unclear", "Oak School and Elm School will merge on the Elm site. Oak pupils will transfer to the merged school.\n"),
 # an amalgamation described as a closure and an enlargement: nobody displaced when the document says so, and only
 # for a school it amalgamates
 ("ii", "not_applicable", "Oak School and Elm School will amalgamate to form one school on both sites. Technically, Elm School will close on 31 August 2028 and Oak School will enlarge, taking in Elm's site.\n\nNo pupil will have to change the site where they are taught or find another school.\n"),
 ("ii", "not_met", "Oak School and Elm School will amalgamate to form one school on both sites. Technically, Elm School will close on 31 August 2028 and Oak School will enlarge, taking in Elm's site.\n"),
 ("ii", "not_met", "Ash School will close on 31 August 2028. Oak Junior School will amalgamate with its infant school.\n\nNo pupil will have to change the site where they are taught or find another school.\n"),

 ("para23", "not_met", "Beacon House School, a special school for pupils with SEMH needs, will close in July 2026.\n\nThe Beacon Centre (the county's pupil referral unit) will receive the 18 remaining pupils. They will be placed there on a permanent basis.\n"),
 ("para23", "not_met", "Elm School (SEMH) will close. Its 12 pupils will be educated at Ridge PRU for the rest of their schooling.\n"),
 ("para23", "met", "Elm School, a BESD special school, will close. All 12 pupils will transfer to Oak School, a special school for SEMH, which has confirmed in writing that it will admit them. None will be placed in a pupil referral unit.\n"),
 ("para23", "met", "Elm School, a school for pupils with behavioural, emotional and social difficulties, will close. Every pupil has been offered a place at Oak Special School. A few pupils may attend the Ridge PRU for up to four weeks while transport is arranged.\n"),
 ("para23", "unclear", "Elm School (SEMH) will close. Some pupils will attend the Ridge PRU for a short period before moving to special school places at Oak School.\n"),
 ("para23", "not_met", "Elm School (SEMH) will close. Its 12 pupils will be dual registered with the Ridge PRU for two school years.\n"),
 ("para23", "not_applicable", "Elm School, a special school for pupils with autism, will close. Pupils will move to Oak School.\n"),
 ("para23", "not_applicable", "The Council will open a new SEMH special school, Ridge Academy, for 60 pupils.\n"),
 # the BESD school closed under the name the document gave it, or as "it" right after the sentence describing it
 ("para23", "not_met", "Larch Hill School (LHS) is a special school for pupils with SEMH needs.\n\nThe Council proposes to close LHS in July 2027. Its 12 pupils will be educated at Ridge PRU for the rest of their schooling.\n"),
 ("para23", "not_met", "- Larch Hill School (Mill Road) is a special school for pupils with SEMH needs.\n- We propose to close it in July 2027 and to enlarge Oak School.\n\nIts 12 pupils will be educated at Ridge PRU for the rest of their schooling.\n"),
 ("para23", "not_applicable", "- Larch Hill School (Mill Road) is a special school for pupils with autism.\n- We propose to close it in July 2027 and to enlarge Oak School.\n\nElm School, an SEMH special school, will not change.\n"),
 # a stated length the document's own dates contradict, beyond the long-term limit: unclear
 ("para23", "unclear", "Elm School (SEMH) will close on 31 August 2027. Oak School, an SEMH special school, has confirmed in writing that it will admit its 12 pupils from the start of the spring term 2028.\n\nBetween 1 September 2027 and that date the 12 pupils will attend Ridge PRU, for no longer than six school weeks, as a bridging placement.\n"),
 ("para23", "met", "Elm School (SEMH) will close on 31 August 2027. Oak School, an SEMH special school, has confirmed in writing that it will admit its 12 pupils from 11 October 2027.\n\nBetween 1 September 2027 and that date the 12 pupils will attend Ridge PRU, for no longer than six school weeks, as a bridging placement.\n"),
 ("para23", "unclear", "Elm School (SEMH) will close and Oak School, a new SEMH special school, will open in September 2028.\n\nThe 12 pupils will move to Ridge PRU on 5 January 2027, for one term only, and will be admitted to Oak School when it opens.\n"),
 # special provision promised in general words names no place
 ("para23", "unclear", "Elm School (SEMH) will close on 31 July 2027. Every pupil at Elm School will continue to receive specialist provision.\n"),
 ("para23", "met", "Elm School (SEMH) will close on 31 July 2027. Every pupil at Elm School will continue to receive specialist provision at Oak School, an SEMH special school, which will admit all 20 of them.\n"),
 # a stay until a named school has room has no limit
 ("para23", "not_met", "Elm School (SEMH) will close. Its 12 pupils will attend Ridge PRU until a place at Oak School becomes available.\n"),
 # a short stay given in brackets after its dates, and the day the next place begins
 ("para23", "met", "Elm School (SEMH) will close on 31 August 2027; its pupils have places at Oak School, an SEMH special school.\n\n"
                   "Four pupils will attend Ridge PRU from 6 September to 15 October 2027 (six school weeks) to finish a course, and take up their Oak School places on 18 October 2027.\n"),
 ("para23", "met", "Elm School (SEMH) will close on 31 August 2027; its pupils have places at Oak School, an SEMH special school.\n\n"
                   "Four pupils who already attend Ridge PRU part-time will continue there for the first five school weeks of the autumn term only.\n"),
 # a stated length the dates contradict: the stay starts on one date and the next place on a date a term later
 ("para23", "unclear", "Elm School (SEMH) will close on 31 August 2027; its pupils have places at Oak School, an SEMH special school.\n\n"
                       "The pupils will attend Ridge PRU from 1 September 2027 for no more than seven weeks, and will move to Oak School on 3 January 2028.\n"),
 # a PRU described in a long bracket (a short stay school), used until pupils leave school
 ("para23", "not_met", "Elm School (SEMH) will close on 31 August 2027.\n\nLocal provision includes the Harbour Centre (the borough's short stay school at Fenton, "
                       "50 places for Key Stages 3 and 4, for pupils excluded or at risk of exclusion).\n\n"
                       "Elm's Year 10 pupils will transfer to the Harbour Centre and remain on its roll until they leave school.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PHRASINGS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PHRASINGS)])
def test_a_phrasing(write, factor, expected, body):
    assert check_document(write(ENLARGE + body)).verdicts()[factor] == expected


@pytest.mark.parametrize("factor, expected, body", PARA23, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PARA23)])
def test_a_para23_phrasing(write, factor, expected, body):
    assert check_document(write(CLOSURE + body)).verdicts()[factor] == expected


# A table of where pupils go: the header row says which column is which.
TABLE_CONTEXT = "# Proposal\n\nFenmoor School, a special school for pupils with SEMH needs, will close on 31 July 2026.\n\nThe Beacon Centre (the county's pupil referral unit) will also take pupils.\n\n"
TABLES = [
 ("para23", "not_met", "## Where pupils will go\n\n| Pupils | Destination | Length of placement |\n| --- | --- | --- |\n| 22 | Riverside School (SEMH special school) | permanent |\n| 18 | the Beacon Centre | permanent |\n"),
 ("para23", "met", "## Where pupils will go\n\n| Pupils | Destination | Length of placement |\n| --- | --- | --- |\n| 22 | Riverside School (SEMH special school) | permanent |\n| 18 | the Beacon Centre | up to six weeks, then Riverside School |\n"),
 ("ii", "met", "## Where pupils will go\n\n| Pupils | Destination | Confirmed in writing |\n| --- | --- | --- |\n| 40 | Riverside School | Yes, letter of 3 May 2026 (Appendix B) |\n"),
]


@pytest.mark.parametrize("factor, expected, body", TABLES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(TABLES)])
def test_a_table_of_pupil_moves(write, factor, expected, body):
    assert check_document(write(TABLE_CONTEXT + body)).verdicts()[factor] == expected


# Options considered and rejected, and what respondents said, are not the plan.
NOT_THE_PLAN_CONTEXT = ("# Proposal\n\nFenmoor School, a special school for pupils with SEMH needs, will close on 31 July 2026. "
     "All 40 pupils will transfer to Riverside School, an SEMH special school, which has confirmed in writing that it will admit them.\n\n"
)
NOT_THE_PLAN = [
 ("para23", "met", "## Options considered\n\nOption B: place the pupils at the Beacon Centre, the county's pupil referral unit, on a permanent basis. This was rejected.\n"),
 ("para23", "met", "Placing the pupils permanently in the Ridge PRU was considered and rejected.\n"),
 ("iii", "not_met", "## What respondents said\n\nParents said that pupils should travel by minibus with an escort, under the Council's transport policy.\n"),
 ("i", "unclear", "## Consultation responses\n\nThe governing bodies of both schools responded in support of the proposal.\n"),
 ("ii", "met", "## Options considered\n\nWe considered keeping Fenmoor open. We hope to find a new site in future.\n"),
]


@pytest.mark.parametrize("factor, expected, body", NOT_THE_PLAN, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NOT_THE_PLAN)])
def test_what_is_not_the_plan(write, factor, expected, body):
    assert check_document(write(NOT_THE_PLAN_CONTEXT + body)).verdicts()[factor] == expected


# Numbered plain-text reports and other wordings (name: .txt reads the headings by their shape).
NUMBERED = [
 # numbered plain-text paragraphs and headings
 ("iv", "met", "4. Financial implications\n\n4.1 The capital cost of £2.1 million will be funded from the Council's Basic Need allocation.\n\n5. Staffing implications\n\n5.1 Three additional teachers and six teaching assistants will be recruited.\n", "p.txt"),
 ("iii", "met", "6. Transport\n\n6.1 Pupils who meet the criteria in the Council's SEND Transport Policy will be offered transport by minibus or taxi.\n", "p.txt"),
 ("a", "met", "3. Benefits\n\n3.1 Pupils will be able to use the school's new sensory room, hydrotherapy pool and soft play area.\n3.2 The proposal contributes to the aims of the Accessibility Strategy.\n", "p.txt"),
 ("b", "met", "Pupils will receive weekly physiotherapy and twice-weekly speech and language therapy on site.\n", "p.md"),
 ("b", "met", "The outreach service will employ two additional advisory teachers for autism.\n", "p.md"),
 ("c", "met", "The school will move into a refurbished building with twelve classrooms.\n", "p.md"),
 ("d", "met", "The school's capacity will increase by 30 places.\n", "p.md"),
 ("d", "met", "This will create 16 new specialist places for children with SEMH needs.\n", "p.md"),
 ("i", "unclear", "Headteachers and governing bodies of all schools affected were consulted through briefing sessions.\n", "p.md"),
 ("i", "met", "The Council issued a written statement to all schools and settings affected, inviting them to set out their views on the proposed changes to the pattern of provision.\n", "p.md"),
 ("ii", "met", "Oak School will close on 31 July 2027. The 14 pupils will transfer to Elm Academy, which has confirmed in writing its willingness to admit them.\n", "p.md"),
 ("iii", "unclear", "Transport will be provided by taxi for all eligible pupils.\n", "p.md"),
 ("iii", "met", "Transport will be provided by taxi for eligible pupils under the Council's Home to School Transport Policy.\n", "p.md"),
 ("iv", "not_met", "Resources: no additional funding is required. Staffing is unaffected.\n", "p.md"),
]


@pytest.mark.parametrize("factor, expected, body, name", NUMBERED, ids=[f"{f}-{i}" for i, (f, _, _, _) in enumerate(NUMBERED)])
def test_a_numbered_report_phrasing(write, factor, expected, body, name):
    title = "Proposal for special educational provision\n\nThe Council proposes to enlarge Oak School.\n\n"
    text = (title if name.endswith(".txt") else "# " + title) + body
    assert check_document(write(text, name)).verdicts()[factor] == expected


# A PRU named once, then pointed back to ("placed there", "It will take ...").
BACK_CONTEXT = "# Proposal\n\nFenmoor School, a special school for pupils with SEMH needs, will close on 31 July 2026.\n\nTwenty-two pupils will transfer to Riverside School, an SEMH special school, which has confirmed in writing that it will admit them.\n\n"
BACK = [
 ("para23", "not_met", "The other pupils will go to the Beacon Centre (the county's pupil referral unit).\n\nEighteen pupils will be placed there on a permanent basis.\n"),
 ("para23", "not_met", "The Beacon Centre (the county's pupil referral unit) has capacity.\n\nIt will take the remaining 18 pupils on a permanent basis.\n"),
 ("para23", "met", "The other pupils will go to the Beacon Centre (the county's pupil referral unit).\n\nThey will stay there for no more than four weeks before joining Riverside School.\n"),
 # a PRU the document names in its own ways: "known since ... as", a numbered or footnoted "X is ... the PRU", an item of
 # a list kept apart by semicolons, and later by part of its name ("the Learning Hub", "Harbour House")
 ("para23", "not_met", "The county's pupil referral unit, known since 2020 as the Alder Learning Hub, has room.\n\nThe other 18 pupils will be taught at the Learning Hub on a permanent basis.\n"),
 ("para23", "met", "The county's pupil referral unit, known since 2020 as the Alder Learning Hub, has room.\n\nThe other 18 pupils will be taught at the Learning Hub for up to four weeks before joining Riverside School.\n"),
 ("para23", "not_met", "The other 18 pupils will be placed at Compass on a long-term basis.\n\n3.2 Compass is the county's pupil referral unit.\n"),
 ("para23", "not_met", "The other 18 pupils will be placed at Compass on a long-term basis.¹\n\n¹ Compass is registered as the county's pupil referral unit.\n"),
 ("para23", "not_met", "The county has Riverside School (SEMH, 90 places); and Harbour House Learning Centre, the county's pupil referral unit, which takes excluded pupils.\n\nThe other 18 pupils will attend Harbour House as their permanent placement.\n"),
]


@pytest.mark.parametrize("factor, expected, body", BACK, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BACK)])
def test_a_pru_pointed_back_to(write, factor, expected, body):
    assert check_document(write(BACK_CONTEXT + body)).verdicts()[factor] == expected


# Written confirmations, agreements and conditions on a closure's destinations.
CONFIRMATIONS = [
 ("ii", "met", "All 20 pupils will transfer to Elm School. Written agreement has been obtained from Elm School to admit them.\n"),
 ("ii", "met", "All 20 pupils will transfer to Elm School; the receiving school has confirmed its agreement in writing.\n"),
 ("ii", "unclear", "All 20 pupils will transfer to Elm School, which has agreed to admit them.\n"),
 ("ii", "not_met", "All 20 pupils will transfer to Elm School, subject to the agreement of its governing body.\n"),
 ("ii", "not_met", "Places for the pupils will be identified through the annual review process.\n"),
 # each group by a count alone ("the other 15", "the six in Years 3 to 5"), or in a list item with no verb
 ("ii", "unclear", "Oak School has 21 pupils. The six in Years 3 to 5 will transfer to the new base at Elm Primary School in September 2027.\n"),
 ("ii", "unclear", "Oak School has 19 pupils. The other 15 will transfer to the new primary phase of Elm School on 1 September 2027.\n"),
 ("ii", "met", "Where the pupils go:\n\n- 32 pupils to Elm Academy, which has confirmed in writing (letter of 4 May 2027) that it will admit all of them.\n- 5 pupils to the resourced provision at Ash High School, whose governing body confirmed in writing on 20 May 2027 that it will admit them.\n"),
 ("ii", "not_met", "Where the pupils go:\n\n- 32 pupils to Elm Academy, subject to the agreement of its trust.\n"),
]


@pytest.mark.parametrize("factor, expected, body", CONFIRMATIONS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(CONFIRMATIONS)])
def test_a_confirmation_phrasing(write, factor, expected, body):
    assert check_document(write("# Proposal\n\nOak School will close on 31 August 2027.\n\n" + body)).verdicts()[factor] == expected


# Phrasings found by writing new documents after the second held-out corpus (each the shape of a general cause).
LATER = [
 ("ii", "met", "# Close Ash School\n\nAsh School will close in July 2028. All 12 pupils will transfer to Elm School, which confirmed in a letter dated 3 May 2028 that it will admit them.\n"),
 ("ii", "met", "# Close Ash School\n\nAsh School will close in July 2028. Each pupil's EHC plan will be amended to name Elm School, whose governing body has confirmed in writing that it will admit them.\n"),
 ("ii", "met", "# Close Ash School\n\nAsh School will close in July 2028. The governors of Elm School wrote to the Council on 2 May agreeing to admit all 12 pupils.\n"),
 ("ii", "unclear", "# Close Ash School\n\nAsh School will close in July 2028. All 12 pupils will transfer to Elm School; Elm's governors have agreed to admit them.\n"),
 ("ii", "not_met", "# Close Ash School\n\nAsh School will close in July 2028. We plan to offer each pupil a place at Elm School.\n"),
 ("ii", "not_met", "# Close Ash School\n\nAsh School will close in July 2028. Pupils will stay at Ash until then while the Council secures a suitable place for each of them.\n"),
 ("ii", "not_applicable", "# Ash Base\n\nThe Council proposes to open a base at Ash School.\n\n**Will any child have to move school?**\n\nNo. The base is additional provision.\n"),
 ("ii", "not_applicable", "# Ash Base\n\nThe base at Ash School will admit no new pupils from September 2028 and will close when its remaining pupils have left Year 6. No pupil will have to move.\n"),
 ("para23", "met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. Year 10 pupils will have an interim placement at the Beacon PRU of up to six weeks before joining Elm School, an SEMH special school.\n"),
 ("para23", "not_met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. Key Stage 4 pupils will complete their education at the Beacon Centre, the pupil referral unit.\n"),
 ("para23", "not_met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. Its pupils will be dual registered with the Ash Pupil Referral Service for up to two terms.\n"),
 ("d", "met", "# Enlarge Ash School\n\nThe number of places at Ash School will go up by 20, to 100, from September 2028.\n"),
 ("d", "met", "# Enlarge Ash School\n\nAsh School's capacity will be 100 from September 2028, up from 80.\n"),
 ("d", "not_met", "# Reduce Ash School\n\nAsh School will reduce from 120 to 100 places from September 2028.\n"),
 ("d", "unclear", "# Enlarge Ash School\n\nThe proposal will improve the supply of suitable places across the county.\n"),
 ("i", "met", "# New base\n\nA new base for 8 pupils will open at Ash School. The Council emailed every headteacher in the county a summary of the proposal, inviting their views.\n"),
 ("i", "not_met", "# Close Ash Base\n\nThe base at Ash School will close. Parents can send us their views in writing by 1 March.\n"),
 ("iii", "met", "# New base\n\nA new base will open at Ash School. Under the Council's SEND Transport Policy eligible pupils will travel by minibus, with an escort where needed.\n"),
 ("iii", "not_met", "# New base\n\nA new base will open at Ash School. We will write to you about transport nearer the time.\n"),
 ("b", "met", "# New base\n\nA new base will open at Ash School. The Hearing Support Service will visit every week (now none).\n"),
 ("iv", "unclear", "# New base\n\nA new base will open at Ash School, costing £90,000 from the High Needs Block. The NHS trust will second a therapist to it (0.5 FTE); the school will employ the other staff it needs.\n"),
 ("i", "met", "# New base\n\nA new base for 10 pupils will open at Ash School.\n\nAll headteachers were sent the consultation document and invited to respond in writing.\n"),
 ("i", "met", "# New base\n\nA new base for 10 pupils will open at Ash School.\n\nLocal providers were consulted through a letter setting out the proposal and asking for their comments.\n"),
 ("iii", "unclear", "# New base\n\nA new base for 10 pupils will open at Ash School.\n\nTransport will be provided where pupils meet the criteria in the Council's SEN Transport Policy.\n"),
 ("iii", "met", "# New base\n\nA new base for 10 pupils will open at Ash School.\n\nUnder the Council's SEND Travel Policy pupils will travel on the same contracted minibuses, with the same passenger assistants where possible.\n"),
 ("para23", "met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. Pupils will attend the Ash PRU on a temporary basis until the end of the autumn term, then move to Elm School, an SEMH special school.\n"),
 ("para23", "met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. No pupil will be placed in a PRU. All will go to Elm School, an SEMH special school.\n"),
 ("para23", "not_met", "# Close Ash School\n\nAsh School, a special school for pupils with SEMH needs, will close in July 2028. Pupils will be educated at the Ash Centre (a pupil referral unit) for the foreseeable future.\n"),
 ("d", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School. No pupil will be displaced.\n\nThe number of places will increase by 12 from September 2028.\n"),
 ("d", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School. No pupil will be displaced.\n\nAsh School will be able to admit 12 more pupils from September 2028.\n"),
 ("i", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nAll schools were sent a copy of the consultation document and invited to comment.\n"),
 ("i", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nA consultation paper was circulated to all headteachers and governing bodies, inviting them to set out their views.\n"),
 ("b", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nPupils will continue to receive support from the Visual Impairment Team every week.\n"),
 ("b", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nThe base will be supported by the Autism Advisory Service, which will visit fortnightly.\n"),
 ("iii", "unclear", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nTransport will be available in accordance with the Council's policy.\n"),
 ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\nThe 20 pupils will move to Elm School (written agreement received, see Appendix 2).\n"),
 ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\nThe pupils are expected to move to Elm School.\n"),
 # nobody displaced by a new or enlarged provision, said in other words, or pupils moving within their own school
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School.\n\nAs this is new provision, there will be no displaced pupils.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nThis proposal does not affect any existing pupils.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nExisting pupils will not be affected.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nNo children will need alternative provision.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nPupils will move into the new building in September 2029.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nCurrent pupils will move into the new block when it opens.\n"),
 ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 60 to 80 places.\n\nThe school will relocate to a new building on the same site, and all pupils will move with it.\n"),
 ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\nAll 20 pupils will move to the new building at Elm School, whose governors have confirmed in writing that they will admit them.\n"),
 ("c", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\n## Accommodation\n\nThe base will comprise a classroom, a small group room and an accessible toilet, created by remodelling part of the ground floor.\n"),
 ("iii", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\n## Transport\n\nHome to school transport will be provided in line with the Council's SEND Home to School Transport Policy. Most pupils are expected to travel by taxi or minibus with a passenger assistant.\n"),
 ("i", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\n## Consultation\n\nOn 5 May 2028 the Council wrote to the governing bodies of all schools in the area, enclosing a statement of the proposal and inviting them to submit written comments by 16 June.\n"),
 ("a", "unclear", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nPupils will benefit from a specialist curriculum tailored to their needs, in line with our Accessibility Strategy.\n"),
 ("para23", "met", "# Proposal\n\nThe Council proposes to amalgamate Ash School, a school for pupils with behavioural difficulties, with Elm School from 1 September 2028. All Ash pupils will become pupils of the amalgamated school.\n"),
 ("para23", "met", "# Proposal\n\nThe Council proposes to close Ash School, a special school for pupils with social, emotional and mental health needs, on 31 August 2028.\n\nPupils in Key Stage 4 will complete their courses at Elm School; younger pupils will transfer to Oak School.\n"),
 ("para23", "met", "# Proposal\n\nThe Council proposes to close Ash School, a special school for pupils with social, emotional and mental health needs, on 31 August 2028.\n\nAll pupils will be offered places at other special schools in the county.\n"),
 ("i", "met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nProviders were given the opportunity to make written representations on the proposal, and 12 did so.\n"),
 ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School, a special school for pupils with MLD, on 31 August 2028.\n\nWe are working with Elm School to secure places for the pupils.\n"),
 ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School, a special school for pupils with MLD, on 31 August 2028.\n\nPlaces have been secured at Elm School for all 30 pupils, as Elm's governors confirmed in writing.\n"),
 ("i", "not_met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nProviders' views will be sought in writing during the statutory consultation.\n"),
 ("i", "not_met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nWe will invite all schools to set out their views in writing once Cabinet has approved consultation.\n"),
 ("i", "not_met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nHeadteachers will be asked for their written views in the spring.\n"),
 ("iv", "not_met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nCapital funding of £400,000 will be sought from the DfE. The base will have a teacher and two teaching assistants.\n"),
 ("iv", "not_met", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School. No pupil will be displaced.\n\nThe base will cost £400,000, if the Council's capital bid is successful. The base will have a teacher and two teaching assistants.\n"),
]


@pytest.mark.parametrize("factor, expected, body", LATER, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(LATER)])
def test_a_later_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 3 (the third held-out corpus's causes, each written again in other words): a document read against
# itself, general words for staffing and transport, ...
ROUND3 = [
 # two figures for the same provision's places after the change, in the summary and the body: a contradiction
 ("d", "unclear", "# Proposal\n\n## Summary\n\nAsh School will grow from 60 to 80 places from September 2029. No pupil will be displaced.\n\n"
                  "## Detail\n\nFrom September 2029 Ash School will have 75 places for pupils with autism.\n"),
 # ... but a figure for each phase, each with its own year, is a plan, not a contradiction
 ("d", "met", "# Proposal\n\n## Summary\n\nAsh School will be enlarged. No pupil will be displaced.\n\n"
              "## Detail\n\nAsh School will have 70 places from September 2028. Ash School will have 80 places from September 2029, up from 60.\n"),
 # a PRU stay promised as short in one place and given as two terms in another: the longest stated stay counts
 ("para23", "not_met", "# Proposal\n\nAsh School, a special school for pupils with SEMH needs, will close on 31 August 2028. Most pupils will "
                       "transfer to Elm School, an SEMH special school, which has confirmed in writing that it will admit them.\n\n"
                       "A few pupils will have a bridging placement of at most four weeks at the Ash Centre (a pupil referral unit).\n\n"
                       "## Year 9\n\nSix Year 9 pupils will attend the Ash Centre from September 2028 until the end of the spring term "
                       "2029 (roughly 26 weeks).\n"),
 # staffing in general words only is not the planned staffing specified (a numbered paragraph's number is no count)
 ("iv", "unclear", ENLARGE + "5.1 Capital of £300,000 comes from the Council's capital programme.\n\n5.2 Staffing. The school will "
                   "put appropriate staffing in place as pupils are admitted.\n"),
 ("iv", "unclear", ENLARGE + "Capital of £300,000 comes from the Council's capital programme. The base will have sufficient staff to meet pupils' needs.\n"),
 ("iv", "unclear", ENLARGE + "Capital of £300,000 comes from the Council's capital programme. The school will appoint suitably qualified staff.\n"),
 # transport: the policy's eligibility restated is no arrangement; a skill taught is no transport
 ("iii", "unclear", ENLARGE + "Transport arrangements will be made for all eligible pupils in accordance with the Home to School Transport Policy.\n"),
 ("iii", "unclear", ENLARGE + "Eligible pupils will receive home to school transport under the Council's SEND Transport Policy.\n"),
 ("iii", "unclear", ENLARGE + "The base will teach life skills: cooking, money and travel training. Transport will be provided under the Council's SEND Transport Policy.\n"),
 ("iii", "met", ENLARGE + "Eligible pupils will travel by minibus with a passenger assistant under the Council's SEND Transport Policy.\n"),
 # places after compared with places before in other words
 ("d", "met", ENLARGE + "The district will have 96 special school places for autism instead of 80.\n"),
 ("d", "met", ENLARGE + "There will be 70 places at Ash School against 56 now.\n"),
 ("d", "met", ENLARGE + "## Places\n\nThe town will gain 8 places for deaf pupils where there are none at present.\n"),
 # a written confirmation in the present tense, and one still to come
 ("ii", "met", CLOSURE + "Oak School will close on 31 August 2028. All 30 pupils will transfer to Elm School, whose governors confirm in "
               "their letter of 2 May that they will admit them.\n"),
 ("ii", "unclear", CLOSURE + "Oak School will close on 31 August 2028. All 30 pupils will transfer to Elm School. Elm School will confirm "
                   "in writing that it will admit them.\n"),
 # a table of where the pupils of a closing SEMH school go, every destination a named school: para 23 met
 ("para23", "met", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028.\n\n"
                   "| Destination | Pupils | Confirmed |\n| --- | --- | --- |\n| Elm Park School | 12 | letter of 3 May |\n"
                   "| Birch Grove School | 7 | letter of 9 May |\n"),
 # the PRU bridge's length said below the table of moves
 ("para23", "met", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028.\n\n"
                   "| Destination | Pupils |\n| --- | --- |\n| Elm Park School | 12 |\n| Vale Pupil Referral Unit, as a bridge, then Elm Park School | 3 |\n\n"
                   "The bridge at the Vale lasts four school weeks, until Elm Park's new classroom opens.\n"),
 # nobody displaced, in few words; an amalgamation into a school it establishes, where nobody needs another place
 ("ii", "not_applicable", ENLARGE + "## Who is affected\n\nNone are displaced. The new places go to pupils starting in Reception.\n"),
 ("ii", "not_applicable", CLOSURE + "The Council will discontinue Ash School and Oak School on 31 August 2028 and establish a new special school, "
                          "Vale School, on the Oak site. Every pupil of both schools will become a pupil of Vale School. No pupil will "
                          "need another placement.\n"),
 # a paragraph labelled with the benefit describes it without a verb
 ("c", "met", ENLARGE + "4.3 Accommodation. At Oak School, three classrooms of 60 m² and a sensory room; at the base, a quiet room.\n"),
 # a PRU placement only possible, with no length: the Test forbids a long-term stay, and the document leaves
 # the length open: unclear (the conversation asks for it), not a placement without a limit
 ("para23", "unclear", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028. Most pupils "
                       "will transfer to Elm Park School, an SEMH special school.\n\nSome pupils may attend the Vale Pupil Referral Unit.\n"),
 ("para23", "not_met", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028. Most pupils "
                       "will transfer to Elm Park School, an SEMH special school.\n\nSome pupils may attend the Vale Pupil Referral Unit "
                       "until a special school place becomes available.\n"),
 # the places added in all, given twice and differently (in words, and by the table's total row)
 ("d", "unclear", ENLARGE + "Together the two bases will add 20 places for pupils with autism.\n\n"
                  "| Base | Places now | Places from 2028 |\n| --- | --- | --- |\n| Ash base | 6 | 10 |\n| Oak base | 4 | 8 |\n| Total | 10 | 18 |\n"),
 ("d", "met", ENLARGE + "Together the two bases will add 8 places for pupils with autism.\n\n"
              "| Base | Places now | Places from 2028 |\n| --- | --- | --- |\n| Ash base | 6 | 10 |\n| Oak base | 4 | 8 |\n| Total | 10 | 18 |\n"),
 # a PRU stay to the end of the pupils' schooling there is long-term, whatever reason comes before it
 ("para23", "not_met", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028. Most pupils "
                       "will transfer to Elm Park School, an SEMH special school. No pupil will stay at the Vale Pupil Referral Unit for "
                       "more than four weeks.\n\nAs they do not want to change school twice, the Year 10 pupils will attend the Vale "
                       "Pupil Referral Unit until the end of Year 11.\n"),
 # a question closes nothing
 ("ii", "not_applicable", "# Questions and answers: a new base at Ash School\n\nQ1. Will a school or unit close?\n\n"
                          "A: No. The base is new, and no child will have to move from their current school.\n"),
 # posts only hoped for, or staffing in general words put off, describe staffing without specifying it
 ("iv", "unclear", ENLARGE + "Capital of £300,000 comes from the Council's capital programme. We would aim to appoint a "
                   "specialist teacher and two teaching assistants, if recruitment allows.\n"),
 ("iv", "unclear", ENLARGE + "Capital of £300,000 comes from the Council's capital programme. The base will be suitably "
                   "staffed, with the staffing to be decided by the governors later.\n"),
 ("iv", "not_met", ENLARGE + "Capital of £300,000 comes from the Council's capital programme. Staffing will be decided by "
                   "the governors later.\n"),
 # "close to home" closes nothing
 ("ii", "not_applicable", ENLARGE + "The new places give autistic pupils a full secondary curriculum close to home.\n"),
 # a dash under "now" is no places now
 ("d", "met", ENLARGE + "| Site | Places now | Places from 2028 |\n| --- | --- | --- |\n| Oak School | 90 | 90 |\n| Oak satellite | — | 16 |\n"),
 # a provider described as a PRU by what it is registered as
 ("para23", "not_met", CLOSURE + "Oak School, a special school for pupils with SEMH needs, will close on 31 August 2028. Most pupils "
                       "will transfer to Elm Park School, an SEMH special school.\n\nThe 8 pupils in Year 10 will be placed at Harbourside "
                       "on a long-term basis.\n\nHarbourside is registered with the Department for Education as the county's pupil referral unit.\n"),
 # one group's destination only to be discussed
 ("ii", "not_met", CLOSURE + "Oak Unit will close on 31 July 2028. The 6 older pupils will transfer to Elm School, whose governors have "
                   "confirmed in writing that they will admit them. For the 2 youngest pupils, the options will be discussed with "
                   "their parents next term.\n"),
 # a "Confirmed in writing" column naming who confirmed and when; one still awaited
 ("ii", "met", CLOSURE + "Oak Unit will close on 31 July 2028.\n\n| Group | Pupils | Destination | Confirmed in writing |\n"
               "| --- | --- | --- | --- |\n| Years 3-6 | 8 | Elm School | Elm governing body, 3 March 2028 |\n"
               "| Years 7-9 | 5 | Ash Academy | Ash Academy Trust, 9 March 2028 |\n"),
 ("ii", "unclear", CLOSURE + "Oak Unit will close on 31 July 2028.\n\n| Group | Pupils | Destination | Confirmed in writing |\n"
                   "| --- | --- | --- | --- |\n| Years 3-6 | 8 | Elm School | Elm governing body, 3 March 2028 |\n"
                   "| Years 7-9 | 5 | Ash Academy | awaited |\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND3, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND3)])
def test_a_round3_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Nobody displaced, said in the words of the sentence's own subject and predicate (a subject that is nobody and a
# predicate that is a move to other provision; a label whose value is none; pupils who move with their own
# provision), and the sentences that must not be read so (moves that are made, a PRU placement denied).
NOBODY_DISPLACED = [
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to move the Ash Base to Elm Primary School and enlarge it from 8 to 10 places.\n\n"
                             "Not one child will have to go anywhere else as a result.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School.\n\n"
                             "Key facts: places 10; pupils displaced: nil.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to relocate the Ash Base to Elm Primary School from April 2028.\n\n"
                             "The base will relocate together with all its pupils and staff.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to relocate the Ash Base to Elm Primary School from April 2028.\n\n"
                             "Pupils on roll will transfer with their base and keep their places.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to open a new school for 60 pupils, the Ash Academy, closing the gap in "
                             "local places for autistic pupils.\n\nNo pupil will lose their current school place.\n"),
    ("ii", "unclear", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "The pupils will move with their teachers to Elm School.\n"),  # a move made, not confirmed in writing
    # a new provision's intake in vague words is no move; pupils who leave another provision for it are
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to establish a resourced provision for 9 pupils with hearing loss at "
                             "Ash School from September 2028.\n\nIt will admit 3 pupils in each of 2028, 2029 and 2030.\n"),
    ("ii", "unclear", "# Proposal\n\nThe Council proposes to establish a resourced provision for 9 pupils at Ash School from "
                      "September 2028.\n\nThe 9 pupils currently at the Elm Unit will transfer to the new provision.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "No pupil will be placed in the pupil referral unit or in any other alternative provision.\n"),
    # a move with no destination denied: nobody moves; a move to a named place denied: one placement ruled out
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                             "No pupil will move as a result of the proposal.\n"),
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                             "Nobody now at the school is required to move.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "No pupil will move to the Elm Centre.\n"),
    # "No pupil is displaced" by one proposal does not say a closure in another displaces nobody
    # said in a heading of its own, or in the present tense
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to open a new base for 10 pupils at Ash School.\n\n"
                             "## 4. No pupil is displaced\n\nThe seven children now at Elm School will move only if their parents choose to, at annual review.\n"),
    ("ii", "not_applicable", "# Proposal\n\nAsh School will be re-designated from MLD to MLD and autism from September 2028.\n\n"
                             "Every current pupil remains at Ash School.\n"),
    ("ii", "not_met", "# Proposals\n\nA. Enlarge Oak School from 60 to 72 places. No pupil is displaced.\n\n"
                      "B. Close Ash School on 31 August 2028.\n"),
]


@pytest.mark.parametrize("factor, expected, body", NOBODY_DISPLACED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(NOBODY_DISPLACED)])
def test_a_nobody_displaced_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 7a: providers named as early years settings; views sought at drop-in sessions (not in writing);
# a bound on a journey; a hedge that counts the pupils, not the move.
ROUND7A = [
    ("i", "met", "# Proposal\n\nThe Council proposes to close the Elm Opportunity Group, a specialist early years provision, on 31 August 2028.\n\n"
                 "A written statement of the proposal was sent on 1 March 2028 to the 20 private and voluntary nurseries in the "
                 "borough and the childminders' network, inviting each to set out its views in writing.\n"),
    ("i", "unclear", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                     "Parents, schools and other local providers were invited to drop-in sessions at the town hall.\n"),
    ("i", "not_met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                     "Parents were invited to drop-in sessions at the town hall.\n"),
    ("iii", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                   "Under the Council's Home to School Transport Policy for Children with SEND, pupils will travel by minibus with a "
                   "passenger assistant, with no journey over 40 minutes.\n"),
    ("ii", "unclear", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "The 30 pupils expected to be on roll in July 2028 will all transfer to Elm School.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "The 30 pupils will be offered places at other special schools if places can be found.\n"),
    # how pupils travel now, under "Why we want to do this", is no arrangement for the proposal
    ("iii", "unclear", "# Proposal\n\nThe Council proposes to open a post-16 base for 16 students at Ash College.\n\n"
                       "## Why we want to do this\n\nStudents leaving our special schools travel by taxi to Kendal, up to 90 minutes "
                       "each way.\n\n## Getting there\n\nStudents will get travel support in line with our Post-16 Transport "
                       "Policy Statement for learners with SEND.\n"),
    # "No pupil is displaced", said of pupils who move with their places: the places move
    ("ii", "not_applicable", "# Proposal\n\nThe Council proposes to close the autism base at Ash Primary School on 31 August 2028 "
                             "and to enlarge the base at Elm Primary School from 8 to 16 places.\n\nNo pupil is displaced: the "
                             "eight pupils at Ash move with their places to Elm, which has confirmed in writing that it will admit them.\n"),
    # a wait for a place at a named school: no hope when that school has confirmed it will admit every pupil (the
    # wait's length is para 23's), a place still to be had when it has confirmed only the others
    ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                  "Twenty-five pupils will transfer to Elm School on 1 September 2028; Elm School's governing body has confirmed in "
                  "writing that it will admit every Ash pupil. Five pupils will transfer to the Oak Centre on 1 September 2028 and "
                  "remain there until a place becomes available for them at Elm School. The Oak Centre has confirmed in writing "
                  "that it will admit them.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                      "Twenty-five pupils will transfer to Elm School on 1 September 2028; Elm School's governing body has confirmed "
                      "in writing that it will admit them. Five pupils will transfer to the Oak Centre on 1 September 2028 and "
                      "remain there until a place becomes available for them at Elm School. The Oak Centre has confirmed in "
                      "writing that it will admit them.\n"),
]


# A hedge governs its own clause (or table cell), not the arrangement beside it.
ROUND7A += [
    ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028. The pupils will move as follows:\n\n"
                  "- 20 pupils to Elm School, which has confirmed in writing that it will admit them; their transition visits are "
                  "to be decided on 11 May;\n- 10 pupils to Oak Academy, which has confirmed in writing that it will admit them.\n"),
    ("ii", "not_met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028. The pupils will move as follows:\n\n"
                      "- 20 pupils to Elm School, if places can be found;\n- 10 pupils to Oak Academy, which has confirmed in "
                      "writing that it will admit them.\n"),
    ("ii", "met", "# Proposal\n\nThe Council proposes to close Ash School on 31 August 2028.\n\n"
                  "| School | Pupils | Confirmed in writing | Notes |\n|---|---|---|---|\n"
                  "| Elm School | 20 | Governing body letter, 3 March 2028 | Taster days to be arranged |\n"
                  "| Oak Academy | 10 | Trust letter, 5 March 2028 | We hope to add a sensory room |\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND7A, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND7A)])
def test_a_round7a_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected

# Para 22 (iv) read from the document's own account of funding and staffing (a heading or label such as "Money
# and staff"), for each proposal a document makes: a cost in a sentence about building works, or the staff who
# will teach pupils in a sentence about benefits, is not how the proposal is funded or staffed; a source "subject to approval" of a programme is
# stated, not specified, though another sum beside it is.
FUNDING_ACCOUNT = [
    ("iv", "unclear", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                      "## The building\n\nA classroom will be built from April to July 2028; the building work costs £410,000.\n\n"
                      "## What will be better\n\nPupils will be taught by a teacher and two teaching assistants.\n\n"
                      "## Money and staff\n\nThe enlargement will be funded from the High Needs Block, and Ash School's staff "
                      "will be invited to apply for the new posts.\n"),
    ("iv", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                  "## Money and staff\n\nThe building costs £410,000 from the High Needs Provision Capital Allocation. "
                  "Staffing: two teachers (2.0 FTE) and four teaching assistants (4.0 FTE).\n"),
    ("iv", "unclear", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                      "## Who pays\n\nThe works will be paid for by the Council, subject to approval of its 2028-29 capital programme. "
                      "Places are funded at £21,000 each from the High Needs Block. The school will employ two teachers (2.0 FTE).\n"),
    ("iv", "unclear", "# Three proposals\n\n## Proposal 1: enlarge Ash School\n\nAsh School grows from 40 to 56 places.\n\n"
                      "Funding and staffing: £300,000 capital from the Basic Need grant; two teachers (2.0 FTE).\n\n"
                      "## Proposal 2: a base at Elm School\n\nA base of 10 places opens at Elm School.\n\n"
                      "Funding and staffing: £90,000 capital from the Basic Need grant; the base will be staffed appropriately.\n"),
    ("iv", "met", "# Three proposals\n\n## Proposal 1: enlarge Ash School\n\nAsh School grows from 40 to 56 places.\n\n"
                  "Funding and staffing: £300,000 capital from the Basic Need grant; two teachers (2.0 FTE).\n\n"
                  "## Proposal 2: a base at Elm School\n\nA base of 10 places opens at Elm School.\n\n"
                  "Funding and staffing: £90,000 capital from the Basic Need grant; one teacher (1.0 FTE).\n"),
]


@pytest.mark.parametrize("factor, expected, body", FUNDING_ACCOUNT, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(FUNDING_ACCOUNT)])
def test_the_account_of_funding_and_staffing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): a document read against itself.  The places one provision will have, given in the summary and again in a
# table whose total row has the same places now ("Total | 48 | 60"), or in a sentence that also names a
# provider by a one-word short name that is the town's too ("a special school in Hatherton"), contradict each other.
PLACES_AGAINST_THEMSELVES = [
    ("d", "unclear", "# Proposal\n\nThe Council proposes to increase the number of places at Linden Bank School from 48 to 72 "
                     "from 1 September 2027.\n\n## Places\n\n| Key stage | Now | From September 2027 |\n| --- | --- | --- |\n"
                     "| KS1-2 | 20 | 26 |\n| KS3-4 | 28 | 34 |\n| Total | 48 | 60 |\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to increase the number of places at Linden Bank School from 48 to 60 "
                 "from 1 September 2027.\n\n## Places\n\n| Key stage | Now | From September 2027 |\n| --- | --- | --- |\n"
                 "| KS1-2 | 20 | 26 |\n| KS3-4 | 28 | 34 |\n| Total | 48 | 60 |\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to enlarge Linden Bank School from 48 to 72 places from 1 September 2027.\n\n"
                 "## Places\n\n| | Now | September 2027 | September 2028 |\n| --- | --- | --- | --- |\n"
                 "| Linden Bank total | 48 | 60 | 72 |\n"),  # (phases: the prose gives the last)
    ("d", "unclear", "# Proposal\n\nThe Hatherton Tuition Centre is the town's pupil referral unit.\n\n"
                     "Linden Bank School, a special school in Hatherton, will be enlarged from 48 to 72 places from 1 September 2027.\n\n"
                     "Linden Bank School will have 60 places from 1 September 2027.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_AGAINST_THEMSELVES,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_AGAINST_THEMSELVES)])
def test_places_read_against_themselves(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): the places of a kind across the area fall, said with the sum written out, or in a before-and-after table's
# row of those places (or its total row), while one provision grows.
PLACES_FALL = [
    ("d", "not_met", "# Proposal\n\nThe Council proposes to close Ash House School and to enlarge Elm School from 40 to 64 places.\n\n"
                     "SEMH special school places in the borough go from 40 (Ash House) plus 40 (Elm) = 80 to 64.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to close Ash House School and to enlarge Elm School.\n\n"
                     "| Provision | Places now | Places from September 2027 |\n| --- | --- | --- |\n"
                     "| Ash House School | 40 | 0 |\n| Elm School | 40 | 64 |\n| SEMH special school places, south district | 80 | 64 |\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to close Ash House School and to enlarge Elm School.\n\n"
                 "| Provision | Places now | Places from September 2027 |\n| --- | --- | --- |\n"
                 "| Ash House School | 40 | 0 |\n| Elm School | 40 | 96 |\n| Total | 80 | 96 |\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_FALL, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_FALL)])
def test_places_of_a_kind_that_fall(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): a table of places set out down the page, a row for each time.
PLACES_DOWN_THE_PAGE = [
    ("d", "met", "# Proposal\n\nThe Council proposes to open a post-16 hub at Ash College.\n\n## Places\n\n"
                 "| When | Places |\n| --- | --- |\n| Now | 0 |\n| September 2027 | 12 |\n| September 2028 | 24 |\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to open a post-16 hub at Ash College.\n\n## Places\n\n"
                     "| When | Places |\n| --- | --- |\n| Now | 24 |\n| September 2027 | 24 |\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_DOWN_THE_PAGE, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_DOWN_THE_PAGE)])
def test_places_set_out_down_the_page(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (c): a sum said only as where the money for the building comes from describes no rooms or works.
ACCOMMODATION_MONEY = [
    ("c", "unclear", "# Proposal\n\nThe Council proposes to move the Ash Outreach Service, which supports pupils with sensory impairment, to the Elm Centre.\n\n"
                     "The Elm Centre will give the service accommodation better suited to the families it works with.\n\n"
                     "The refurbishment of the Elm Centre, £60,000, comes from the Council's property maintenance budget.\n"),
    ("c", "met", "# Proposal\n\nThe Council proposes to move the Ash Outreach Service, which supports pupils with sensory impairment, to the Elm Centre.\n\n"
                 "The Elm Centre will be refurbished, with two therapy rooms and a family room, for £60,000 by July 2028.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ACCOMMODATION_MONEY, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ACCOMMODATION_MONEY)])
def test_money_for_the_building(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (a): the Accessibility Strategy referred to, with its objective quoted in brackets; a "not" or "without" inside
# the quotation does not deny the reference.
STRATEGY_QUOTED = [
    ("a", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                 "Pupils will have daily hydrotherapy and eye-gaze equipment in every classroom. The proposal meets objective 3 "
                 "of the Ashford Accessibility Strategy 2026-2029 (\"no pupil taught in rooms that cannot be reached without stairs\").\n"),
    ("a", "unclear", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                     "Pupils will have daily hydrotherapy and eye-gaze equipment in every classroom. The proposal has not been "
                     "assessed against the Ashford Accessibility Strategy.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STRATEGY_QUOTED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STRATEGY_QUOTED)])
def test_the_strategy_quoted(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


def test_a_heading_under_a_ruled_line_in_plain_text(write):
    """A plain-text annex heading right under a line of dashes ("ANNEX 1: BENEFITS") heads the annex, so its
    labelled paragraphs ("1.2 Staff: ...") are read as the benefits they list."""
    body = ("PROPOSAL: MOVE THE ASH HEARING SUPPORT BASE TO ELM ACADEMY\n\n"
            "The Council proposes to move the hearing support base for 10 pupils from Ash School to Elm Academy.\n\n"
            "-------------------------------------------------------------------\n"
            "ANNEX 1: BENEFITS\n\n"
            "1.2 Staff: two teachers of the deaf (2.0 FTE), three communication support workers (3.0 FTE) and a speech "
            "and language therapist two days a week.\n")
    assert check_document(write(body, "proposal.txt")).verdicts()["b"] == "met"


# (d) where a BESD school closes: places added only in the PRU are no improved supply of suitable places (para 23).
PRU_PLACES = [
    ("d", "not_met", "# Proposal\n\nThe Council proposes to close Ash House School, a special school for pupils with SEMH, "
                     "on 31 August 2028.\n\nAsh House's places will be replaced by an expansion of the borough's pupil referral "
                     "unit, the Elm Centre, from 30 to 50 places.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to close Ash House School, a special school for pupils with SEMH, "
                 "on 31 August 2028.\n\nOak Lea School, the borough's other SEMH special school, will be enlarged from 60 "
                 "to 100 places; no pupil will go to the pupil referral unit.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PRU_PLACES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PRU_PLACES)])
def test_places_only_in_a_pru(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (a)-(d): a "no" in brackets that say how things are now does not deny the benefit the sentence claims.
BRACKETED_NOW = [
    ("a", "met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                 "Pupils will take GCSE biology with practical work in the new laboratory (Ash School has no laboratory, "
                 "so pupils now take only English and maths). This is action 2 of the Ashford Accessibility Strategy 2026-2029.\n"),
    ("a", "not_met", "# Proposal\n\nThe Council proposes to enlarge Ash School from 40 to 56 places.\n\n"
                     "Pupils will have no new laboratory (the science rooms stay as they are).\n"),
]


@pytest.mark.parametrize("factor, expected, body", BRACKETED_NOW, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BRACKETED_NOW)])
def test_a_no_in_brackets_about_now(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (a)-(d): what a school has done over the past years is background, not a benefit the proposal claims.
PAST_YEARS = [
    ("a", "not_met", "# Proposal\n\nThe Council proposes to close the autism base at Ash School on 31 August 2028.\n\n"
                     "Over the past three years Ash School has taught more and more autistic pupils in its mainstream classes.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PAST_YEARS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PAST_YEARS)])
def test_what_was_done_over_the_past_years(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): places now and after said in two sentences of a paragraph, the second not naming them again; or in a key
# facts box's labels ("Now: 54 ... From September 2028: 90"); a new base of "8 part-time places", or one that
# "will open at Ash Primary School, Mill Lane, for up to 12 pupils", where there is "no such base" now.
PLACES_SAID_APART = [
    ("d", "met", "# Proposal\n\nThe Council proposes to open Elm Park, a new special free school for autistic pupils.\n\n"
                 "Right now the county has 210 places in its special schools for autistic children. After the new school "
                 "opens it will have 306.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to open Elm Park, a new special free school for autistic pupils.\n\n"
                     "Right now the county has 210 places in its special schools for autistic children. After the new school "
                     "opens it will have 20 classrooms.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to redesignate Ash School for autism.\n\n"
                 "Now, the borough has 48 special school places designated for autism. After the change there will be 178: "
                 "Elm's 48 and Ash's 130.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to close Ash School and Elm School and open Oak Park School.\n\n"
                 "KEY FACTS Places, SEMH special, ages 5-16, in the area: Now: 54 (Ash 24, Elm 30). From September 2028: 90 "
                 "(Oak Park 90). Funding: £11.4 million.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to open an outreach hub at Oak Park School.\n\n"
                     "KEY FACTS Staff, SEMH outreach, in the area: Now: 4 (Ash 2, Elm 2). From September 2028: 9.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes a new assessment base at Ash School.\n\n"
                 "Ash School will open an assessment base of 8 part-time places from September 2027. There is no such "
                 "provision in the borough now.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes a new reading base at Ash Primary School.\n\n"
                 "From January 2027 a new Reading Base will open at Ash Primary School, Mill Lane, for up to 12 pupils in "
                 "Years 3 to 6 with dyslexia. There is no SpLD base in the south of the district at present.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to move the reading base at Ash Primary School.\n\n"
                     "The Reading Base will move to Elm Primary School, Mill Lane, in January 2027. There is no other SpLD "
                     "base in the south of the district at present.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_SAID_APART, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_SAID_APART)])
def test_places_said_apart(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# An options appraisal's section on the option it puts forward is the plan: a heading "The recommended option in
# detail" (in words), or "The proposal (Option 3)" (the option it names as the proposal); a section on the options
# considered is not.
_APPRAISAL = ("# Primary HI places: options appraisal and preferred option\n\n## 1. The options\n\n"
              "Option 1: no change. Option 2: a new unit at Elm School. Option 3: enlarge the base at Ash School.\n\n")
OPTION_PUT_FORWARD = [
    ("d", "met", _APPRAISAL + "## 2. The recommended option in detail\n\n"
                 "The HI base at Ash School will be enlarged from 8 to 16 places from 1 September 2027.\n"),
    ("d", "not_met", _APPRAISAL + "## 2. The options not recommended\n\n"
                     "The HI base at Ash School would be enlarged from 8 to 16 places from 1 September 2027.\n"),
    ("d", "met", _APPRAISAL + "## 2. The proposal (Option 3)\n\n"
                 "The HI base at Ash School will be enlarged from 8 to 16 places from 1 September 2027.\n"),
    ("d", "not_met", _APPRAISAL + "## 2. Option 2 in detail\n\n"
                     "The new unit at Elm School would have 16 places, against 8 at Ash School now.\n"),
]


@pytest.mark.parametrize("factor, expected, body", OPTION_PUT_FORWARD, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(OPTION_PUT_FORWARD)])
def test_the_option_put_forward(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (b): a correction after a comma ("fortnightly, not termly") does not deny the staff the sentence names.
CORRECTION = [
    ("b", "met", ENLARGE + "A teacher of the deaf will visit the base fortnightly, not termly.\n"),
    ("b", "not_met", ENLARGE + "A teacher of the deaf will not visit the base.\n"),
]


@pytest.mark.parametrize("factor, expected, body", CORRECTION, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(CORRECTION)])
def test_a_correction_after_a_comma(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (b): specialist staff described as what the receiving school has: "employs" under a heading about benefits, a
# list under "What will the school offer?", a "neither available at ..." that says what the closing school lacks.
STAFF_DESCRIBED = [
    ("b", "met", "# Proposal\n\nThe Council proposes to close Ash School and enlarge Elm School.\n\n## 4. Benefits\n\n"
                 "4.2 Elm School employs a clinical psychologist (0.6 FTE) and a speech and language therapist (0.4 FTE); "
                 "Ash School has none of these.\n"),
    ("b", "not_met", "# Proposal\n\nThe Council proposes to close Ash School and enlarge Elm School.\n\n## 2. Background\n\n"
                     "2.2 Elm School employs a clinical psychologist (0.6 FTE) and a speech and language therapist (0.4 FTE).\n"),
    ("b", "met", "# Proposal\n\nThe Council proposes to open Elm Park, a new special free school.\n\n## What will the school offer?\n\n"
                 "- A clinical team on site: a clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE).\n"),
    ("b", "not_met", "# Proposal\n\nThe Council proposes to open Elm Park, a new special free school.\n\n## What will the school cost?\n\n"
                     "- A clinical team on site: a clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE).\n"),
    ("b", "met", "# Proposal\n\nThe Council proposes to close Ash School; its pupils will move to Elm School.\n\n## Benefits\n\n"
                 "Elm School has an on-site clinical psychologist (0.6 FTE) and a speech and language therapist one day a week, "
                 "neither available at Ash School.\n"),
    ("b", "not_met", "# Proposal\n\nThe Council proposes to close Ash School; its pupils will move to Elm School.\n\n## Benefits\n\n"
                     "Neither a clinical psychologist nor a speech and language therapist will be available at Elm School.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STAFF_DESCRIBED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STAFF_DESCRIBED)])
def test_staff_described(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Plain text pasted from a PDF or a spreadsheet: numbered sections with a hanging indent are paragraphs, not a
# table's rows ("5.    SPECIALIST STAFF" over "5.1   The school will have ..."), while a table numbered "1.",
# "2." stays a table; a tab-separated row keeps its empty cells, so its figures stay under their columns.
PASTED = [
    ("b", "met", "PROPOSAL: A NEW SPECIAL SCHOOL AT ELM PARK\n\n1.    PURPOSE\n1.1   The Council proposes to open Elm Park, "
                 "a special school\n      for 120 autistic pupils.\n\n5.    SPECIALIST STAFF\n5.1   The sponsor's model includes an "
                 "in-house therapy team:\n      two speech and language therapists (1.8 FTE) and an\n      occupational therapist (1.0 FTE).\n"),
    ("d", "met", "PROPOSAL: ENLARGE ASH SCHOOL AND ELM SCHOOL\n\nThe Council proposes to enlarge two special schools.\n\n"
                 "No.   School        Places now   Places from 2027\n1.    Ash School    40           60\n"
                 "2.    Elm School    30           50\n"),
    ("d", "not_met", "PROPOSAL: CLOSE ASH SCHOOL AND ENLARGE ELM SCHOOL\n\nThe Council proposes to close Ash School and to enlarge "
                     "Elm School from 60 to 88 places.\n\nSchool\tAges\tPlaces 2026-27\tPlaces 2027-28\tChange\n"
                     "Ash School\t11-16\t40\t0\t-40\nElm School\t7-16\t60\t88\t+28\nBorough total\t\t100\t88\t-12\n"),
    ("d", "met", "PROPOSAL: CLOSE ASH SCHOOL AND ENLARGE ELM SCHOOL\n\nThe Council proposes to close Ash School and to enlarge "
                 "Elm School from 60 to 108 places.\n\nSchool\tAges\tPlaces 2026-27\tPlaces 2027-28\tChange\n"
                 "Ash School\t11-16\t40\t0\t-40\nElm School\t7-16\t60\t108\t+48\nBorough total\t\t100\t108\t+8\n"),
]


@pytest.mark.parametrize("factor, expected, body", PASTED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PASTED)])
def test_pasted_text(write, factor, expected, body):
    assert check_document(write(body, "proposal.txt")).verdicts()[factor] == expected


# (d) read against itself: places before and after said of no one provision named, against a table's total row
# with the same places now; and "aged 11 to 16, from 1 September" is no "to 16 from 1" places.
_SERVICE_TABLE = ("\n## Places\n\n| Strand | Places now | Places from January 2028 |\n| --- | --- | --- |\n"
                  "| Hospital teaching | 12 | 12 |\n| Home tuition | 20 | 28 |\n| Total | 32 | 40 |\n")
PLACES_UNNAMED_AGAINST_A_TABLE = [
    ("d", "unclear", "# Proposal\n\nThe Council proposes to replace the Hospital School and the Home Tuition Team with a single "
                     "medical needs service from January 2028, with 45 places (currently 32 across the two services).\n" + _SERVICE_TABLE),
    ("d", "met", "# Proposal\n\nThe Council proposes to replace the Hospital School and the Home Tuition Team with a single "
                 "medical needs service from January 2028, with 40 places (currently 32 across the two services).\n" + _SERVICE_TABLE),
    ("d", "unclear", "# Proposal\n\nThe Council proposes to change the designation of the 12-place MLD resourced provision at "
                     "Ash Academy to a 12-place resourced provision for autistic pupils from 1 September 2027.\n\n## Places\n\n"
                     "| Year groups | MLD now | ASD from Sept 2027 |\n| --- | --- | --- |\n| Years 7-9 | 6 | 8 |\n"
                     "| Years 10-11 | 6 | 6 |\n| Total | 12 | 14 |\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to change the designation of the 12-place MLD resourced provision at "
                 "Ash Academy to a 14-place resourced provision for autistic pupils from 1 September 2027.\n\n## Places\n\n"
                 "| Year groups | MLD now | ASD from Sept 2027 |\n| --- | --- | --- |\n| Years 7-9 | 6 | 8 |\n"
                 "| Years 10-11 | 6 | 6 |\n| Total | 12 | 14 |\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to change the designation of the resourced places at Ash Academy "
                     "to places for autistic pupils aged 11 to 16, from 1 September 2027.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_UNNAMED_AGAINST_A_TABLE,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_UNNAMED_AGAINST_A_TABLE)])
def test_places_of_no_named_provision_against_a_table(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d) where a BESD school closes: a paragraph that names the PRU only to say nobody goes there does not make its
# places the PRU's; "40 places (Ash Lodge has 28)" gives the places after and before.
_ASH_LODGE = ("# Proposal\n\nThe Council proposes to close Ash Lodge School, a special school for pupils with SEMH needs, "
              "on 31 August 2027.\n\nEvery child at Ash Lodge would be offered a place in the new primary department at Elm "
              "Vale from 1 September 2027. The department will have 40 places (Ash Lodge has 28). ")
PRU_NAMED_TO_BE_DENIED = [
    ("d", "met", _ASH_LODGE + "Children would not go to the Oak Centre (the borough's pupil referral unit).\n"),
    ("d", "not_met", _ASH_LODGE.replace("the new primary department at Elm Vale", "the Oak Centre (the borough's pupil "
                                        "referral unit)").replace("The department will", "The Oak Centre will") + "\n"),
]


@pytest.mark.parametrize("factor, expected, body", PRU_NAMED_TO_BE_DENIED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PRU_NAMED_TO_BE_DENIED)])
def test_a_pru_named_to_say_nobody_goes_there(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): places after compared with before in words, a date between ("24 places from September 2027 instead of 16"),
# or the pupils a provision will teach at once ("up to 45 pupils at a time, against 30"); an expansion in the past
# ("since the outreach service was expanded in 2024") is no claim of the proposal.
PLACES_COMPARED = [
    ("d", "met", "# Proposal\n\nThe Council proposes to move the Ash SLCN Centre to Elm Primary School.\n\n"
                 "The Centre would have 24 places from September 2027 instead of 16.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to move the Ash SLCN Centre to Elm Primary School.\n\n"
                     "The Centre would have 16 places from September 2027 instead of 24.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to move hospital education to the Elm campus.\n\n## Benefits: places\n\n"
                 "The campus base will teach up to 45 pupils at a time, against 30 at Ash Terrace.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to move hospital education to the Elm campus.\n\n## Benefits: places\n\n"
                     "The campus base will teach up to 30 pupils at a time, against 45 at Ash Terrace.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to close the Ash SEMH unit on 31 August 2027.\n\n"
                     "Referrals have fallen since the Council's outreach service was expanded in 2024 and there are 7 pupils on roll.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to enlarge the Ash SEMH unit.\n\n"
                 "The unit will be expanded from 7 to 12 places in September 2027.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACES_COMPARED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACES_COMPARED)])
def test_places_compared_in_words(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (d): "place" in a phrase about something else ("in place of the present arrangement", "will be in place") is no
# claim of places; places created in the same words are.
PLACE_IDIOMS = [
    ("d", "not_met", "# Proposal\n\nThe Council proposes to restructure its Sensory Support Service from 1 September 2027, "
                     "creating a dedicated MSI Team of three teachers and four intervenors, in place of the present arrangement.\n"),
    ("d", "met", "# Proposal\n\nThe Council proposes to restructure its Sensory Support Service from 1 September 2027, "
                 "creating 12 places in a new MSI base in place of the present arrangement.\n"),
]


@pytest.mark.parametrize("factor, expected, body", PLACE_IDIOMS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(PLACE_IDIOMS)])
def test_place_in_an_idiom(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# (b) in a proposal's conditional mood: what staff "would" do is a claim ("would come into school two mornings a
# week"), as what they "will" do is; a hope is not.
STAFF_WOULD = [
    ("b", "met", ENLARGE + "A speech and language therapist from the NHS would come into school two mornings a week.\n"),
    ("b", "unclear", ENLARGE + "We hope that a speech and language therapist from the NHS would come into school two mornings a week.\n"),
]


@pytest.mark.parametrize("factor, expected, body", STAFF_WOULD, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(STAFF_WOULD)])
def test_staff_in_the_conditional_mood(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Forms, checklists and tables of actions read as a council officer reads them: a ticked answer is what the form
# says ("Accessibility Strategy referred to? ☒ Yes ☐ No  <strategy>"), not a "No" that denies it; a label | value
# row gives the value the label's subject ("Specialist staff | a physiotherapist ..."), as a row of a table of
# actions gives its notes the action's ("4.3 Specialist staff | <lead> | <date> | <RAG> | OT one day a week"),
# while a row about something else stays about it.
_FORM = "PROPOSAL CHECKLIST (form P-3)\n\nThe Council proposes to open a resource base for 12 pupils with physical disabilities at Elm Academy.\n\n"
_BASE = "# Proposal\n\nThe Council proposes to open a resource base at Elm Academy.\n\n"
_ACTIONS = "| Action | Lead | By when | RAG | Notes |\n|---|---|---|---|---|\n"
FORMS = [
    ("a", "met", _FORM + "B1 Access to education: pupils will have GCSE courses and adapted PE.\n"
                 "    Accessibility Strategy referred to?   ☒ Yes ☐ No   Accessibility Strategy 2026-2029, objective 1\n", "form.txt"),
    ("b", "met", _BASE + "| Item | Detail |\n|---|---|\n| Specialist staff | a physiotherapist 3 days a week |\n", "form.md"),
    ("b", "not_met", _BASE + "| Item | Detail |\n|---|---|\n| Car park | a physiotherapist 3 days a week |\n", "form.md"),
    ("b", "met", _BASE + _ACTIONS + "| 4.3 Specialist staff | Head of SEND | Sept 2027 | A | OT one day a week and SaLT two days a week at the base |\n", "plan.md"),
    ("b", "not_met", _BASE + _ACTIONS + "| 4.3 Staff car park | Head of SEND | Sept 2027 | A | Resurfacing of the car park used by the OT |\n", "plan.md"),
]


@pytest.mark.parametrize("factor, expected, body, name", FORMS, ids=[f"{f}-{i}" for i, (f, _, _, _) in enumerate(FORMS)])
def test_forms_tick_boxes_and_tables_of_actions(write, factor, expected, body, name):
    assert check_document(write(body, name)).verdicts()[factor] == expected


# A question in a form or a meeting's note claims nothing whatever its words ("Accessibility Strategy referred to?",
# "Does a BESD/SEMH school close?"); its answer does: "No." to a question about pupils moving says nobody moves,
# "Yes." that some do; a form's question answered "Yes." labels the details after it, a speaker's question does
# not make the answer a claim.  A heading citing the Test ("Part D - Para 23 (BESD/SEMH school closure)") closes
# nothing.  A row that gives the staffing with figures is not denied by a clause about something else ("none of
# the existing staff are affected"); a form's "now: 40; after: 56" gives places before and after; a bid's "Capital
# requested from the Fund: £1.8m" is funding still sought; the existing staff team carrying on, its staffing to be
# reviewed, is staffing stated.
_OAK = ("PROPOSAL CHECKLIST (form P-3)\n\nThe Council proposes to enlarge Oak School, a special school for pupils with "
        "SEMH needs, from 40 to 56 places.\n\n")
_ELM = _FORM
_MONEY = "The £400,000 cost will be met from the High Needs Block. "
_STAFF_Q = "B2 (b) Access to specialist staff - named roles and time?   {}\n    Details: physiotherapist 3 days a week on site; PD specialist teacher 1.0 FTE.\n"
_STRATEGY_Q = "B1 Access to education: pupils will have GCSE courses and adapted PE.\n    Accessibility Strategy referred to?   {}\n"
FORMS_ANSWERED = [
    ("b", "met", _ELM + _STAFF_Q.format("☒ Yes ☐ No"), "form.txt"),
    ("b", "not_met", _ELM + _STAFF_Q.format("☐ Yes ☒ No"), "form.txt"),
    ("b", "not_met", _ELM + "Q2 (Parent): Will there be specialist staff?\nA: A physiotherapist is on site 3 days a week now.\n", "note.txt"),
    ("a", "unclear", _ELM + _STRATEGY_Q.format("☐ Yes ☒ No"), "form.txt"),
    ("a", "unclear", _ELM + _STRATEGY_Q.format("[ ] Yes [ ] No"), "form.txt"),
    ("ii", "not_applicable", _OAK + "C2 (ii) Will any pupil be displaced?   ☐ Yes ☒ No\n", "form.txt"),
    ("ii", "not_met", _OAK + "C2 (ii) Will any pupil be displaced?   ☒ Yes ☐ No\n", "form.txt"),
    ("para23", "not_applicable", _OAK + "D1 Does the proposal close a BESD/SEMH school?   ☐ Yes ☒ No\n", "form.txt"),
    # a table whose columns are the answers, ticked in one
    ("ii", "not_applicable", _OAK + "| Question | Yes | No |\n|---|---|---|\n| Will any pupil be displaced? | | ✓ |\n", "form.md"),
    ("ii", "not_met", _OAK + "| Question | Yes | No |\n|---|---|---|\n| Will any pupil be displaced? | ✓ | |\n", "form.md"),
    ("para23", "not_applicable", _OAK + "Part D - Para 23 (BESD/SEMH school closure)\nD1 Not applicable: this is an enlargement.\n", "form.txt"),
    ("para23", "unclear", _OAK + "Part D - Closure of the SEMH school at Oak Lodge\nThe Council will close Oak Lodge School, its SEMH school, on 31 August 2027.\n", "form.txt"),
    ("iv", "met", _BASE + _MONEY + "\n\n| Item | Detail |\n|---|---|\n| Staffing | lead teacher 1.0 FTE, two teaching assistants 2.0 FTE; none of the existing staff are affected |\n", "form.md"),
    ("iv", "not_met", _BASE + _MONEY + "\n\n| Item | Detail |\n|---|---|\n| Staffing | no staff for the base have been agreed |\n", "form.md"),
    ("d", "met", _OAK.replace(", from 40 to 56 places", "") + "A5 Places: SEMH special places in the borough - now: 40; after: 56 (from September 2028)\n", "form.txt"),
    ("d", "not_met", _OAK.replace(", from 40 to 56 places", "") + "A5 Places: SEMH special places in the borough - now: 56; after: 40 (from September 2028)\n", "form.txt"),
    ("iv", "not_met", _OAK + "Capital requested from the Fund: £400,000 (the whole capital cost). Revenue: from the High Needs Block. Staffing: teacher 1.0 FTE.\n", "bid.txt"),
    ("iv", "met", _OAK + "Capital received from the Fund: £400,000 (the whole capital cost). Revenue: from the High Needs Block. Staffing: teacher 1.0 FTE.\n", "bid.txt"),
    ("iv", "unclear", _OAK + _MONEY + "The school's existing staff team carries on, and staffing will be reviewed as the school grows.\n", "p.txt"),
    ("iv", "not_met", _OAK + _MONEY + "Staffing will be reviewed as the school grows.\n", "p.txt"),
]


@pytest.mark.parametrize("factor, expected, body, name", FORMS_ANSWERED, ids=[f"{f}-{i}" for i, (f, _, _, _) in enumerate(FORMS_ANSWERED)])
def test_questions_and_their_answers_in_forms(write, factor, expected, body, name):
    assert check_document(write(body, name)).verdicts()[factor] == expected


# Round 9 (the common registers: notices, reports, trust proposals).  A statutory notice's run of that-clauses
# (", and that no pupil shall be placed in a pupil referral unit") is a clause of its own, and who the pupils are
# ("every pupil ... who has not completed Year 11") does not negate the place offered them; what a closing school
# has done ("as Ash has admitted no pupils since September 2027") is no phased closure.
ROUND9_NOTICES = [
    ("ii", "unclear", "# Proposal\n\nAsh School will close on 31 August 2027; it is proposed that every pupil on roll at Ash School "
                      "who has not completed Year 11 by 31 August 2027 shall be offered a place at Elm School from 1 September 2027, "
                      "and that no pupil shall be placed in a pupil referral unit.\n"),
    ("ii", "not_met", "# Proposal\n\nAsh School will close on 31 August 2027; its pupils will not be offered a place at Elm School, "
                      "and that is why the Council will look for places elsewhere.\n"),
    ("ii", "met", "# Proposal\n\nAsh School, a special school for 40 pupils, closes on 31 August 2028.\n\n"
                  "Every Ash pupil on roll in July 2028 (projected 12, as Ash has admitted no pupils since September 2027) is offered "
                  "a named place at Elm School from 1 September 2028. Elm School confirmed in writing on 3 May 2027 that it will admit "
                  "every Ash pupil.\n"),
    ("ii", "not_applicable", "# Proposal\n\nAsh School admits no new pupils from 1 September 2027 and will close when the last "
                             "pupils on roll leave in July 2030.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_NOTICES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_NOTICES)])
def test_a_round9_notice_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (d): a new provision's places said with its initials ("an SRP for 12 pupils"), named and then described
# ("the Phoenix Base, a resource provision for 16 pupils") or opened "with 10 places"; not a provision named with
# no number of pupils it opens for, nor one that closed.
ROUND9_NEW_PROVISION = [
    ("d", "met", "# Proposal\n\nCastle Vale Academy will open an SRP for 12 pupils with SLCN from September 2028.\n"),
    ("d", "met", "# Proposal\n\nRiverside Academy will open the Phoenix Base, a resource provision for 16 pupils with SEMH needs, "
                 "from 1 September 2028.\n"),
    ("d", "met", "# Proposal\n\nWe propose to open a base with 10 places from September 2027.\n"),
    ("d", "not_met", "# Proposal\n\nRiverside Academy will open the Phoenix Base, a resource provision, in 2028 for the 16 pupils "
                     "on the list.\n"),
    ("d", "not_met", "# Proposal\n\nThe Council proposes to close Castle Vale's SRP for 12 pupils, which has had no pupils since 2024.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_NEW_PROVISION, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_NEW_PROVISION)])
def test_a_round9_new_provision_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9: the proposer's intention to do what it proposes is the proposal ("We would like to open a base with 10
# places", a governors' newsletter); an intention about places elsewhere is still only an intention (para 22 (ii)).
ROUND9_PROPOSER_INTENDS = [
    ("d", "met", "# Proposal\n\nWe would like to open a base with 10 places from September 2027.\n"),
    ("d", "met", "# Proposal\n\nThe Council intends to open a base with 10 places from September 2027.\n"),
    ("ii", "not_met", "# Proposal\n\nAsh School will close. We intend to offer each child a place at Elm School.\n"),
    ("ii", "not_met", "# Proposal\n\nAsh School will close. We would like to find places for the pupils at Elm School.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_PROPOSER_INTENDS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_PROPOSER_INTENDS)])
def test_a_round9_proposer_intends_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (i): providers met or briefed in other words ("met Ash School's governors", "presented the plan at the
# Heads' Group", "The schools were supportive") were asked for their views, though not by a written statement; a
# meeting with a school's architects asks no provider.
ROUND9_VIEWS = [
    ("i", "unclear", ENLARGE + "Officers met Ash School's governors on 11 January 2027 and presented the plan at the Heads' Group "
                               "on 18 January 2027.\n"),
    ("i", "unclear", ENLARGE + "The plan was shared with the headteachers of the borough's special schools. The schools were supportive.\n"),
    ("i", "not_met", ENLARGE + "Officers met Ash School's architects on 11 January 2027.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_VIEWS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_VIEWS)])
def test_a_round9_views_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (d): the places across the area said by the area's own name ("in Thornshire", of "Thornshire County
# Council"), with a breakdown in brackets between the figures or the places now in brackets after, fall: not met;
# the same figures rising still meet it.
ROUND9_AREA_NAMED = [
    ("d", "not_met", "# Proposal\n\nThornshire County Council proposes to close Ash School and to enlarge Elm School from 56 to 68 "
                     "places.\n\nSEMH special school places in Thornshire: 96 now (Ash 40, Elm 56); 84 from September 2028 (Elm 68).\n"),
    ("d", "not_met", "# Proposal\n\nHarlowe Vale Council proposes to close Ash School and to enlarge Elm School from 60 to 84 places.\n\n"
                     "Special school places for pupils with SEMH needs in Harlowe Vale will be 96 from 1 September 2027 (120 at "
                     "present, of which 36 are at Ash School).\n"),
    ("d", "met", "# Proposal\n\nThornshire County Council proposes to close Ash School and to enlarge Elm School from 56 to 108 "
                 "places.\n\nSEMH special school places in Thornshire: 96 now (Ash 40, Elm 56); 108 from September 2028 (Elm 108).\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_AREA_NAMED, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_AREA_NAMED)])
def test_a_round9_area_named_phrasing(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (d): where an SEMH school closes, "The Centre will have 40 places" is about the one provider named with
# that kind of place: the PRU's places (not met: para 23), or a special school's (met).
ROUND9_THE_CENTRE = "# Proposal\n\nAsh School, the borough's special school for pupils with SEMH needs, will close on 31 August 2027.\n\n"
ROUND9_THE_CENTRE_PHRASINGS = [
    ("d", "not_met", ROUND9_THE_CENTRE + "The Harbour Learning Centre (the borough's pupil referral unit) will take its pupils from "
                     "1 September 2027.\n\nThe Centre will have 40 places from 1 September 2027, 16 more than now.\n"),
    ("d", "met", ROUND9_THE_CENTRE + "The Elm Centre, a special school for pupils with SEMH needs, will take its pupils from "
                 "1 September 2027.\n\nThe Centre will have 40 places from 1 September 2027, 16 more than now.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_THE_CENTRE_PHRASINGS,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_THE_CENTRE_PHRASINGS)])
def test_a_round9_provision_called_by_its_kind(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, a statutory notice's one long sentence: the place offered in its own that-clause, the school's name in
# capitals as the notice prints it ("shall be offered a place at KESTREL VALE SCHOOL"), is the special school
# place named for the pupils, past the school that closes and the places that rise; a place offered only "if places
# can be found" still is not.
ROUND9_NOTICE = ("# Public notice\n\nNOTICE IS HEREBY GIVEN that the County Council intends to DISCONTINUE ASH SCHOOL, a community "
                 "special school for pupils with social, emotional and mental health needs, with effect from 31 AUGUST 2027. "
                 "Ash School has 28 places; it is proposed that every pupil on roll at Ash School {who}shall be offered a place "
                 "at KESTREL VALE SCHOOL from 1 September 2027{found}, and that NO PUPIL shall be placed in a pupil referral "
                 "unit, so that special school places in the County rise from 98 to 100.\n")
ROUND9_NOTICE_PHRASINGS = [
    ("ii", "unclear", ROUND9_NOTICE.format(who="who has not completed Year 11 by 31 August 2027 ", found="")),
    ("para23", "met", ROUND9_NOTICE.format(who="who has not completed Year 11 by 31 August 2027 ", found="")),
    ("ii", "not_met", ROUND9_NOTICE.format(who="", found=" if places can be found")),
    ("para23", "unclear", ROUND9_NOTICE.format(who="", found=" if places can be found")),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_NOTICE_PHRASINGS,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_NOTICE_PHRASINGS)])
def test_a_round9_statutory_notice(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (iv): a label over a benefit ("Benefits - specialist staff:") is not the document's own account of
# funding and staffing, so the staff it names do not specify the staffing that account puts off.
ROUND9_ACCOUNT = ("# Proposal\n\nThe Council proposes to enlarge Oak School.\n\n"
                  "- Benefits - specialist staff: Oak School's clinical psychologist (1.0 FTE) will work at the satellite.\n"
                  "- Funding: capital £2.3m from the High Needs Provision Capital Allocation.\n")
ROUND9_ACCOUNT_PHRASINGS = [
    ("iv", "not_met", ROUND9_ACCOUNT + "- Staffing: the staffing of the satellite will be determined by Oak School's governing body "
                                       "and set out later.\n"),
    ("iv", "met", ROUND9_ACCOUNT + "- Staffing: two teachers (2.0 FTE) and four teaching assistants (4.0 FTE) at the satellite.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_ACCOUNT_PHRASINGS,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_ACCOUNT_PHRASINGS)])
def test_a_round9_benefit_label_is_not_the_funding_account(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (i): a notice's objection period ("any person may object to or make comments ... by e-mail") asks no
# provider for its views, though it names the School Organisation Officer; headteachers invited to comment are asked.
ROUND9_OBJECTIONS = [
    ("i", "not_met", ENLARGE + "Within four weeks from the date of publication of this notice, any person may object to or make "
                               "comments on the proposal by sending them to the School Organisation Officer, County Hall, or by e-mail.\n"),
    ("i", "unclear", ENLARGE + "Within four weeks, any headteacher may send comments on the proposal to the School Organisation "
                               "Officer by e-mail.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_OBJECTIONS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_OBJECTIONS)])
def test_a_round9_objection_period(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9: a section about a withdrawn (or earlier) proposal is not the plan: the SEMH school it would have closed
# stays open, so nobody is displaced and para 23 does not apply; the same words as the proposal still close it.
ROUND9_WITHDRAWN = [
    ("para23", "not_applicable", "# Cabinet report: Ash School\n\n## 1. The withdrawn proposal\n\nIn January 2027 the Council "
                                 "consulted on closing Ash School, the city's special school for pupils with SEMH needs, and placing "
                                 "some pupils at the Orchard Centre (the city's pupil referral unit). Cabinet withdrew that proposal "
                                 "in May 2027.\n\n## 2. The new proposal\n\nAsh School will stay open and be enlarged from 56 to 96 places.\n"),
    ("ii", "not_applicable", "# Cabinet report: Ash School\n\n## 1. The withdrawn proposal\n\nIn January 2027 the Council "
                             "consulted on closing Ash School and placing its pupils in other schools. Cabinet withdrew that proposal "
                             "in May 2027.\n\n## 2. The new proposal\n\nAsh School will stay open and be enlarged from 56 to 96 places.\n"),
    ("para23", "unclear", "# Cabinet report: Ash School\n\n## 1. The proposal\n\nThe Council proposes closing Ash School, the city's "
                          "special school for pupils with SEMH needs, and placing some pupils at the Orchard Centre (the city's "
                          "pupil referral unit).\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_WITHDRAWN, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_WITHDRAWN)])
def test_a_round9_withdrawn_proposal(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (c): the capital and its fund ("Capital works £1.35m from the High Needs Provision Capital Allocation")
# is how the works are paid for (iv), not a description of the accommodation; a sum said of the works is.
ROUND9_CAPITAL = ("# Proposal\n\nThe Council proposes to enlarge Oak School.\n\n## 3. Educational benefits\n\n"
                  "Pupils will have improved access to suitable accommodation.\n\n")
ROUND9_CAPITAL_PHRASINGS = [
    ("c", "unclear", ROUND9_CAPITAL + "Capital works £1.35m from the High Needs Provision Capital Allocation 2026-27; revenue from "
                                      "the High Needs Block.\n"),
    ("c", "met", ROUND9_CAPITAL + "The refurbishment of the hall will cost £1.35m.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_CAPITAL_PHRASINGS,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_CAPITAL_PHRASINGS)])
def test_a_round9_capital_and_its_fund(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9, (b): how much of the specialist staff is said of them, in their clause or the next ("a clinical
# psychologist, who is on site three days a week"), not a count in another clause before them.
ROUND9_STAFF_AMOUNT = [
    ("b", "unclear", ENLARGE + "Special school places will be 96 from 1 September 2027 (120 at present, of which 36 are at Ash "
                               "School); the Council's SEMH outreach service will support mainstream schools.\n"),
    ("b", "met", ENLARGE + "Pupils will see Elm School's clinical psychologist, who is on site three days a week.\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_STAFF_AMOUNT, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_STAFF_AMOUNT)])
def test_a_round9_staff_amount_said_of_them(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected


# Round 9: the Test's words as a row's label ("Closure of a BESD school | Not applicable: no BESD (SEMH) school
# closes") close no school; a row naming the school closed still does.
ROUND9_FACTOR_ROWS = [
    ("para23", "not_applicable", "# Decision: enlargement of Oak School\n\nTo enlarge Oak School, a special school for pupils with "
                                 "SEMH needs, from 60 to 80 places. No pupils are displaced.\n\n| Key factor | LA assessment |\n"
                                 "| --- | --- |\n| (ii) Alternative provision | Not applicable: no pupils are displaced. |\n"
                                 "| Closure of a BESD school | Not applicable: no BESD (SEMH) school closes. |\n"),
    ("para23", "unclear", "# Decision: closure of Ash School\n\n| Key factor | LA assessment |\n| --- | --- |\n"
                          "| Closure of Ash School, a BESD school | Ash School closes on 31 August 2027; its pupils go to Elm School, "
                          "a special school. |\n"),
]


@pytest.mark.parametrize("factor, expected, body", ROUND9_FACTOR_ROWS, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ROUND9_FACTOR_ROWS)])
def test_a_round9_factor_named_as_a_label(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
