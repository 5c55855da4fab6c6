"""The text of the dev-blind4 Word documents, block by block (see build_docx.py)."""

DOCUMENTS: dict[str, list[tuple]] = {}

DOCUMENTS["04-statutory-proposal-close-kingfisher-besd-alias-bridge"] = [
    ("title", "Statutory proposal: discontinuance of Kingfisher House School"),
    ("p", "Proposer: Eastmere County Council, County Hall, Eastmere EM1 2CC. Published 12 January 2027."),
    ("h1", "1. The school and the proposal"),
    ("num", "Kingfisher House School (KHS) is a maintained special school for 32 boys aged 11 to 16 with behavioural, emotional and social difficulties (BESD). The County proposes to discontinue KHS on 31 August 2027."),
    ("num", "In its place the County will add 36 places for pupils with social, emotional and mental health needs at Larkspur Academy (formerly Larkspur Park School), an SEMH special school for pupils aged 7 to 16 run by the Heron Learning Trust, which will grow from 64 to 100 places on 1 September 2027."),
    ("num", "Larkspur has a good Ofsted judgement (2025) and a full secondary curriculum; KHS has been judged as requiring improvement three times and has no science laboratory."),
    ("h1", "2. Specific educational benefits"),
    ("lead", "(a) Access to education.", "At Larkspur the former KHS pupils will be able to study GCSE science in two new laboratories, GCSE art and computer science, and the Prince's Trust Achieve programme, and will have access to the Academy's climbing wall and horticulture unit. This meets priority 1 of the County's Accessibility Strategy 2025-2028 (improving access to the curriculum for disabled pupils and pupils with SEN)."),
    ("lead", "(b) Specialist staff.", "Larkspur employs a clinical psychologist (0.6 FTE), two learning mentors and a speech and language therapist (0.4 FTE); the County's Inclusion Support Service will add a CAMHS link worker one day a week."),
    ("lead", "(c) Accommodation.", "A new teaching block at Larkspur (six classrooms of 54 m², two science laboratories of 85 m², four small-group rooms) will be built between March and August 2027 at a cost of £6.2m."),
    ("lead", "(d) Places.", "SEMH special places in the County: KHS 32 (to close) and Larkspur 64 now; Larkspur 100 from September 2027. The total rises from 96 to 100."),
    ("h1", "3. Pupils at Kingfisher House"),
    ("p", "On the census date 26 pupils were on roll at KHS. Their arrangements are set out in the table. The governing body of Larkspur Academy and the Heron Learning Trust have confirmed in writing (letter of 4 December 2026) that they will admit every one of them and will have the facilities needed to teach a full curriculum."),
    ("table", [
        ["Group", "Pupils", "From 1 September 2027", "Written confirmation"],
        ["Years 7 to 10 (in 2026/27)", "19", "Larkspur Academy", "Heron Learning Trust, 4 December 2026"],
        ["Year 11 (in 2026/27)", "7", "Leave KHS in July 2027 as planned; post-16 places at Eastmere College", "Eastmere College, 30 November 2026"],
    ]),
    ("p", "Some pupils may join Larkspur a few weeks into the autumn term of 2027, once their transition plans are complete. Until they do, they will be taught at The Bridge for no more than six school weeks. The Bridge (the Eastmere Pupil Referral Service's centre at Coldharbour Lane) has confirmed in writing that it can take up to eight pupils for that period. No KHS pupil will stay at the Centre after 16 October 2027; every pupil's EHC plan will name Larkspur."),
    ("h1", "4. Views of providers"),
    ("p", "A written statement on the proposal was sent on 1 October 2026 to the governing body of KHS, the Heron Learning Trust, the management committee of the Eastmere Pupil Referral Service and every special school and secondary school in the County, inviting each to set out its views in writing by 12 November 2026, seeking their agreement. Their replies are in Appendix 2."),
    ("h1", "5. Transport"),
    ("p", "Every KHS pupil now receives transport. Under the County's SEND Home to School Transport Policy (2025) each will be offered a taxi or minibus place with a passenger assistant to Larkspur (journeys of up to 40 minutes), and to The Bridge for any bridging weeks."),
    ("h1", "6. Funding and staffing"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["New teaching block", "£6.2m", "DfE High Needs Provision Capital Allocation (£4.0m); County Capital Programme line ED-61 (£2.2m)"],
        ["Place funding, 36 places", "£360,000 a year", "High Needs Block"],
        ["Top-up funding, 36 places", "£612,000 a year", "High Needs Block"],
    ]),
    ("p", "Larkspur will appoint 5 teachers (5.0 FTE), 8 teaching assistants (7.5 FTE), the clinical psychologist (0.6 FTE) and a second learning mentor (1.0 FTE). KHS staff may apply for these posts first."),
]

DOCUMENTS["08-decision-record-close-oakwood-vi-unit-hoped"] = [
    ("title", "Record of Executive Decision"),
    ("sdt", "Decision reference", ["Decision reference: ED/2026/117"]),
    ("sdt", "Decision maker", ["Decision maker: Cabinet Member for Children and Families, Brackley Borough Council"]),
    ("sdt", "Date of decision", ["Date of decision: 27 November 2026"]),
    ("h1", "Subject"),
    ("sdt", "Subject", ["Closure of the visual impairment resourced provision at Oakwood Primary School and creation of a Borough-wide VI service at Elmstead"]),
    ("h1", "Decision"),
    ("sdt", "Decision", [
        "1. To close the resourced provision for pupils with visual impairment (VI) at Oakwood Primary School (the Oakwood VI Unit, 8 places) on 31 July 2027.",
        "2. To create 10 VI places in an enlarged resourced provision at Elmstead Primary School from 1 September 2027, with a mobility and habilitation suite.",
    ]),
    ("h1", "Reasons for the decision"),
    ("sdt", "Reasons", [
        "Only three of Oakwood's eight places are filled; the unit is in a first-floor room without a lift. Elmstead is a single-storey school on the bus routes of the Borough's north and south.",
        "Benefits: at Elmstead pupils will have daily Braille teaching, a habilitation specialist for mobility and independence training two days a week, access to a fully accessible ICT suite with screen readers and CCTV magnifiers, and the school's sensory garden. The proposal delivers target 3 of Brackley's Accessibility Strategy 2024-2027 (accessible information for pupils with sensory impairment).",
        "Specialist staff: a Qualified Teacher of the Visually Impaired (QTVI, 1.0 FTE) will be based at Elmstead and will also support VI pupils in mainstream schools two afternoons a week; a habilitation specialist (0.4 FTE) will be employed by the Sensory Support Service.",
        "Accommodation: two adjoining classrooms at Elmstead (55 m² and 48 m²) will be adapted with high-contrast decoration, controllable lighting and a Braille embosser room; work in the summer term 2027, completed by 23 July 2027.",
        "Places: VI resourced places from 8 (Oakwood) to 10 (Elmstead).",
    ]),
    ("h1", "Pupils at the Oakwood VI Unit"),
    ("sdt", "Pupils", [
        "The three pupils at the unit are in Years 2, 4 and 5. It is hoped that places can be found for them at the Elmstead provision, subject to the agreement of Elmstead's governing body, which will consider the matter at its meeting in March 2027. Families will also be offered a place at their local school with outreach support.",
    ]),
    ("h1", "Consultation"),
    ("sdt", "Consultation", [
        "A written statement was sent on 8 September 2026 to the governing bodies of Oakwood and Elmstead and every primary school in the Borough, inviting each to set out its views in writing by 20 October 2026. Fourteen replies were received and are summarised in the officer report.",
    ]),
    ("h1", "Transport"),
    ("sdt", "Transport", [
        "Pupils eligible under the Council's Home to School Transport Policy for Children with SEND will travel by taxi with a passenger assistant; the longest journey to Elmstead will be 30 minutes. Pupils will receive mobility training for the walk from the drop-off point.",
    ]),
    ("h1", "Financial and staffing implications"),
    ("sdt", "Finance", [
        "Capital: £210,000 from the High Needs Provision Capital Allocation 2026-27. Revenue: place funding of £60,000 a year (10 places) and top-up of £95,000 a year from the High Needs Block.",
        "Staffing at Elmstead: QTVI 1.0 FTE, 2 specialist teaching assistants (1.8 FTE) trained in Braille; habilitation specialist 0.4 FTE (Sensory Support Service).",
    ]),
    ("sdt", "Signed", ["Signed: Cabinet Member for Children and Families"]),
]

DOCUMENTS["12-consultation-close-elm-tree-besd-contradicting-dates"] = [
    ("title", "Consultation: closing Elm Tree School and opening Ravenscroft School"),
    ("p", "Marlow Vale Borough Council, Children and Learning. Consultation from 21 September to 2 November 2026."),
    ("h1", "Summary"),
    ("p", "Elm Tree School is the Borough's day special school for 28 pupils aged 9 to 16 with behavioural, emotional and social difficulties (BESD). Its building, a Victorian villa, cannot be made accessible or safe. We propose to close Elm Tree on 31 December 2026 and to open a new, larger special school for pupils with social, emotional and mental health needs, Ravenscroft School (working name), on the Fenton Road site."),
    ("p", "Ravenscroft will open on 12 April 2027. Between January and Easter 2027, for one term only, Elm Tree pupils will be taught at Harbour House, the Borough's short stay school, by Elm Tree's own teachers, and will then transfer together to Ravenscroft."),
    ("h1", "What pupils will gain"),
    ("num", "Curriculum: Ravenscroft will offer GCSEs in English, maths, science, computing, art and PE, a Level 1 vocational programme in partnership with Marlow College, and an enrichment afternoon every week (climbing, music production, cookery). Elm Tree offers only English and maths GCSE. This supports priority 2 of the Marlow Vale Accessibility Strategy 2025-2028."),
    ("num", "Specialist staff: a clinical psychologist (1.0 FTE), a speech and language therapist (0.4 FTE), a family liaison officer (1.0 FTE) and a weekly CAMHS clinic on site."),
    ("num", "Accommodation: a new single-storey building of 2,100 m² with nine classrooms of 55 m², a science laboratory, a food room, a sports hall and four regulation rooms."),
    ("num", "Places: 48 SEMH special school places at Ravenscroft, in place of 28 at Elm Tree."),
    ("h1", "Timeline"),
    ("table", [
        ["Milestone", "Date"],
        ["Cabinet decision", "December 2026"],
        ["Elm Tree closes", "31 December 2026"],
        ["Pupils taught at Harbour House", "from 5 January 2027"],
        ["Construction of Ravenscroft starts", "June 2027"],
        ["Ravenscroft building handed over", "July 2028"],
        ["Ravenscroft opens to pupils", "September 2028"],
    ]),
    ("h1", "Where pupils will go"),
    ("p", "All 24 pupils now on roll at Elm Tree will move to Harbour House on 5 January 2027 and will be admitted to Ravenscroft when it opens; their EHC plans will name Ravenscroft. The management committee of Harbour House and the proposed Ravenscroft governing body (the Marlow Vale Learning Partnership) have confirmed this in writing (letters of 10 and 14 September 2026)."),
    ("h1", "Providers' views"),
    ("p", "A written statement describing the proposal was sent on 21 September 2026 to the governing body of Elm Tree, the management committee of Harbour House, the Marlow Vale Learning Partnership and every school in the Borough, inviting each to set out its views in writing."),
    ("h1", "Transport"),
    ("p", "Under the Borough's SEND Travel Assistance Policy (2024) every Elm Tree pupil who now has transport will keep it, by taxi with a passenger assistant, to Harbour House and then Ravenscroft; the longest journey is 35 minutes."),
    ("h1", "Funding and staffing"),
    ("table", [
        ["", "Sum", "Source"],
        ["Ravenscroft building", "£9.6m", "Marlow Vale Capital Programme 2026-30, scheme CL-22"],
        ["Place funding (48 places)", "£480,000 a year", "High Needs Block"],
        ["Top-up funding", "£816,000 a year", "High Needs Block"],
    ]),
    ("p", "Staffing at Ravenscroft: 8 teachers (8.0 FTE), 12 teaching assistants (11.4 FTE), the clinical psychologist (1.0 FTE), family liaison officer (1.0 FTE) and SLT (0.4 FTE). Elm Tree's staff will transfer."),
]


def _lowfield() -> list[tuple]:
    """A long governors' proposal (about 12 pages): the substance is in Appendix A."""
    blocks: list[tuple] = [
        ("title", "Lowfield School: proposal by the governing body to enlarge the school and add a sixth form"),
        ("p", "Published by the Governing Body of Lowfield School, a foundation special school, Cressing Road, Aldbury AL7 4PX, in partnership with Aldbury County Council. Version 3.0, 15 January 2027."),
        ("h1", "Contents"),
    ]
    for line in ["1. Foreword from the Chair of Governors", "2. About Lowfield School", "3. The case for change",
                 "4. What we are proposing", "5. How we consulted", "6. What people told us",
                 "7. Equality impact", "8. Risks", "9. Next steps",
                 "Appendix A: The SEN Improvement Test", "Appendix B: Pupil numbers 2019-2026"]:
        blocks.append(("p", line))
    blocks += [
        ("pagebreak",),
        ("h1", "1. Foreword from the Chair of Governors"),
        ("p", "Lowfield has served families in the south of the county for more than fifty years. Over that time the needs of the young people who come to us have changed a great deal, and so has the school. We were one of the first special schools in the county to become a foundation school, in 2009, and our governors have always believed that our young people deserve the same chances as any others: to learn, to make friends, to go on to college and work and to live as independently as they can."),
        ("p", "For some years now, parents have asked us why their sons and daughters must leave Lowfield at 16 and travel to colleges that are not always able to meet their needs. The county has asked us whether we can help it meet the growing number of children with moderate and severe learning difficulties who need a special school place. This proposal is our answer to both questions."),
        ("p", "As proposers, the governors are bound by the SEN Improvement Test just as the county council would be. We have tried to show in this document, and in detail in Appendix A, how the proposal meets each of the Test's key factors. We are grateful to everybody who took the time to respond to our consultation, and to the staff of the school, who have contributed so much to the plans."),
        ("h1", "2. About Lowfield School"),
        ("p", "Lowfield is a day special school for pupils aged 5 to 16 with moderate learning difficulties (MLD) and severe learning difficulties (SLD), many of whom also have autism, speech and language needs or physical and sensory needs. The school was judged good by Ofsted in June 2024, with outstanding personal development. The inspectors wrote that pupils 'flourish because staff know them extremely well'."),
        ("p", "The school occupies a site of 3.2 hectares on the edge of Aldbury. The main building dates from 1971, with a primary wing added in 2003 and a teaching block in 2015. The playing fields are shared with Aldbury Town Football Club at weekends. The school is organised into a primary department (Years 1 to 6) and a secondary department (Years 7 to 11), each with its own leadership team."),
        ("p", "Pupils come from across the south of the county: about a third from Aldbury itself, a third from the market towns of Pellham and Wynford, and a third from the villages. Almost all travel by county transport. The school has strong links with local mainstream schools, and several pupils spend part of each week at their local primary or secondary school."),
        ("p", "The curriculum is organised in three pathways: a sensory and formal pathway for pupils with the most complex needs, a semi-formal pathway built around communication, independence and life skills, and a formal pathway leading to Entry Level and, for some pupils, GCSE qualifications. All pupils have access to music, art, PE and outdoor learning, and the school runs a popular programme of after-school clubs."),
        ("h1", "3. The case for change"),
        ("p", "Three pressures have led the governors to bring forward this proposal. The first is the number of children who need a place. The county's own forecasts, published in its SEND Sufficiency Plan, show the number of children with EHC plans naming MLD or SLD as their primary need rising by about six per cent a year to 2030. Lowfield has been full every year since 2020 and has turned away more than forty applications in the last three years."),
        ("p", "The second pressure is what happens to our young people at 16. At present they move on to one of three further education colleges. Each college does its best, but parents tell us consistently that the move comes too early for many young people with SLD, that the journeys are long, and that some young people lose skills they worked hard to gain. In the last three years eleven Lowfield leavers have dropped out of college in their first year."),
        ("p", "The third pressure is money. When a local special school place cannot be found, the county must place a child in an independent school, often far from home. These placements cost on average three times as much as a place at Lowfield and take children away from their communities. The county estimates that it will spend £6.1 million on such placements for children with learning difficulties in 2026-27."),
        ("p", "The governors believe that a larger Lowfield, with its own sixth form, would help with all three. We are conscious that growing a school brings its own risks: we value the close relationships that a small school allows, and we have designed the proposal so that the school will be organised in smaller departments, each with its own identity."),
    ]
    blocks += [
        ("h1", "4. What we are proposing"),
        ("p", "In summary, the governors propose to enlarge Lowfield and to extend its age range to 5-19 by adding a sixth form, from 1 September 2027. The details, including the number of places, the staffing, the building and the funding, are set out in Appendix A, where we take each key factor of the SEN Improvement Test in turn."),
        ("p", "The school would remain a foundation special school, with the same governing body, the same headteacher and the same admissions arrangements (places are allocated by the county through the EHC plan process). The school's name would not change."),
        ("h1", "5. How we consulted"),
        ("p", "The consultation ran for seven weeks, from 25 September to 13 November 2026. We held four public meetings (two at the school, one in Pellham and one online), met the school council and each class of older pupils, and held drop-in sessions for staff. We published a consultation leaflet, a shorter easy-read version and a version in Polish, and we put a response form online and on paper."),
        ("p", "We wrote to the providers of existing and proposed provision: the details are in Appendix A, under factor (i). We also wrote to the county's councillors, to the member of parliament, to the parish councils in the school's area, and to the parent carer forum."),
        ("h1", "6. What people told us"),
        ("p", "We received 214 responses: 131 from parents and carers, 38 from staff, 17 from pupils (with help), 12 from schools and colleges, and 16 from other people and organisations. 81 per cent of those who answered the question supported the proposal, 9 per cent opposed it and 10 per cent were unsure. The main themes are summarised below, with the governors' response to each."),
    ]
    themes = [
        ("Size of the school", "Several parents worried that Lowfield would lose its family feel if it grew.", "The school will be organised in three departments (primary, secondary and sixth form), each with its own leader and its own base, so that every pupil is known well by a small team."),
        ("Sixth form curriculum", "Parents asked whether the sixth form would offer more than 'more of the same'.", "The sixth form will have its own curriculum built around independence, work and community, described in Appendix A."),
        ("Building works", "Neighbours asked about construction traffic on Cressing Road.", "The contractor will use the rear entrance from Mill Lane, and deliveries will avoid the start and end of the school day."),
        ("Transport", "Families in the villages asked whether journeys would get longer.", "The county's plan for transport is set out in Appendix A, under factor (iii)."),
        ("Staff workload", "Staff asked how the school would recruit enough experienced staff.", "The governors have planned a phased recruitment and a training programme; the posts are listed in Appendix A."),
        ("Colleges", "One college was concerned that it would lose students.", "We expect the colleges to continue to serve many young people with MLD, and we have agreed joint courses with Aldbury College."),
        ("Outdoor space", "Pupils asked whether they would lose any of the field.", "The new building is on the hard-standing by the car park, and no playing field will be lost."),
        ("Parking", "Parents asked about parking at drop-off.", "A new drop-off loop for transport vehicles will be built with the new block."),
        ("Inclusion", "Some respondents asked whether a larger special school runs against inclusion.", "Lowfield will keep and extend its links with mainstream schools; the county's Accessibility Strategy is discussed in Appendix A."),
        ("Health services", "Parents asked whether therapy time would be spread more thinly.", "Therapy time will rise with the number of pupils; see Appendix A, factor (b)."),
    ]
    for title, said, answer in themes:
        blocks.append(("h3", title))
        blocks.append(("lead", "What people said:", said))
        blocks.append(("lead", "Our response:", answer))
    blocks += [
        ("h1", "7. Equality impact"),
        ("p", "An equality impact assessment was carried out with the county's equality officer. It found that the proposal would have a positive impact on disabled children and young people, who would gain local provision, and no negative impact on any group with a protected characteristic. The assessment noted that the school's buildings must be fully accessible and that the new block has been designed to do so, with level access throughout, a lift, and changing places facilities."),
        ("p", "The assessment also considered the effect on young people who would otherwise attend the three colleges. It concluded that they would have more choice, not less, because the colleges' courses remain open to them."),
        ("h1", "8. Risks"),
        ("table", [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            ["Building works overrun", "Medium", "High", "Contract with penalties; temporary classrooms available for September 2027"],
            ["Recruitment of specialist staff", "Medium", "Medium", "Phased recruitment from February 2027; partnership with the county's teaching school hub"],
            ["Demand lower than forecast", "Low", "Medium", "Places released in phases; county commissions places annually"],
            ["Transport costs rise", "Medium", "Medium", "Route planning by the county's Transport Unit; travel training for sixth form students"],
        ]),
        ("h1", "9. Next steps"),
        ("p", "The governors will publish a statutory notice on 22 January 2027. There will then be a four-week representation period. The county council, as decision maker, is expected to decide the proposal at its Cabinet meeting on 17 March 2027. If the proposal is approved, building work will start in April 2027."),
        ("pagebreak",),
        ("h1", "Appendix A: The SEN Improvement Test"),
        ("p", "This appendix shows how the proposal takes account of each key factor of the SEN Improvement Test (DfES 2007, paras 21-25)."),
        ("h2", "Places (factor (d))"),
        ("table", [
            ["", "Places now", "Places from September 2027"],
            ["Primary (Years 1-6)", "60", "72"],
            ["Secondary (Years 7-11)", "90", "108"],
            ["Sixth form (Years 12-14)", "0", "30"],
            ["Whole school", "150", "210"],
        ]),
        ("p", "All places are for pupils with MLD or SLD (with or without autism) named in an EHC plan. The sixth form will take its first 10 students in September 2027, 20 in September 2028 and 30 from September 2029."),
        ("h2", "Access to education (factor (a))"),
        ("p", "Sixth form students will follow a two- or three-year programme of English and maths (Functional Skills Entry 3 and Level 1), a supported internship or work placement one day a week with partners including Aldbury Hospital and the Co-op, travel training, and independent living skills in a new training flat. Younger pupils gain a second food technology room, a sensory room and a sports hall. The proposal takes forward priorities 1 and 3 of Aldbury County Council's Accessibility Strategy 2025-2028 (access to the curriculum; improving the physical environment)."),
        ("h2", "Specialist staff (factor (b))"),
        ("p", "The school's speech and language therapy time rises from 3 to 5 days a week (Aldbury Community Health NHS Trust), occupational therapy from 1 to 2 days, and a careers adviser with SEND training will be in school one day a week for the sixth form. A job coach (1.0 FTE) will support supported internships."),
        ("h2", "Accommodation (factor (c))"),
        ("p", "A new two-storey block of 1,400 m²: six classrooms of 60 m², a training flat (kitchen, living room, bedroom, bathroom), a sports hall of 300 m², a sensory room and a changing places toilet. Works from April 2027; the block is handed over on 20 August 2027."),
        ("h2", "Providers (factor (i))"),
        ("p", "On 25 September 2026 the governors and the county sent a written statement of the proposal to the governing bodies of every special school in the county, the three further education colleges (Aldbury College, Pellham College and South Shire College), all secondary schools in the south of the county and the two independent special schools that educate county pupils, inviting each to set out its views on the changing pattern of provision in writing. Their responses are published on the school's website."),
        ("h2", "Alternative provision (factor (ii))"),
        ("p", "No pupil is displaced. All pupils stay at Lowfield; the proposal only adds places."),
        ("h2", "Transport (factor (iii))"),
        ("p", "The county will provide transport under its Home to School and Post-16 Transport Policy for Children and Young People with SEND (2025): minibuses with passenger assistants for pupils of statutory school age, and for sixth form students the post-16 travel allowance or a minibus place, with independent travel training offered to every student. The county's Transport Unit estimates that no journey will exceed 50 minutes."),
        ("h2", "Funding and staffing (factor (iv))"),
        ("p", "Capital: £6.8m, of which £5.0m from the county's High Needs Provision Capital Allocation and £1.8m from the county's Capital Programme (scheme ED-204), approved by Cabinet on 8 December 2026. Revenue: place funding of £600,000 a year for the 60 additional places at full size, and top-up funding of about £960,000 a year, from the High Needs Block."),
        ("p", "Additional staff at full size: 7 teachers (7.0 FTE), 14 teaching assistants (13.2 FTE), a head of sixth form (1.0 FTE), a job coach (1.0 FTE) and a site manager (1.0 FTE)."),
        ("h2", "Pupils with BESD (para 23)"),
        ("p", "No school closes; para 23 does not apply."),
        ("pagebreak",),
        ("h1", "Appendix B: Pupil numbers 2019-2026"),
        ("table", [
            ["Year (January census)", "On roll", "Applications refused"],
            ["2019", "141", "6"], ["2020", "150", "9"], ["2021", "150", "11"], ["2022", "150", "12"],
            ["2023", "150", "14"], ["2024", "150", "13"], ["2025", "150", "15"], ["2026", "150", "16"],
        ]),
    ]
    # Annex of individual responses, as published: makes the document long (about 12 pages)
    blocks.append(("h1", "Appendix C: Written responses from organisations (extracts)"))
    orgs = ["Pellham Primary School", "Wynford Church of England Academy", "Aldbury College", "Pellham College",
            "South Shire College", "Brookvale Special School", "Meadowcroft School", "The Aldbury Parent Carer Forum",
            "Aldbury Town Council", "Cressing Parish Council", "Aldbury Community Health NHS Trust",
            "St Anne's Catholic High School", "Aldbury Academy", "Wynford High School", "Kestrel Independent School",
            "Oak Hill Independent School"]
    for n, org in enumerate(orgs, 1):
        blocks.append(("lead", f"C{n}. {org}.", (
            f"{org} thanked the governors for the written statement and for the chance to comment. "
            "It welcomed the aim of keeping young people close to home and asked to be kept informed of the timetable "
            "for building works and admissions. "
            + ("It agreed to explore joint courses for sixth form students. " if "College" in org else "")
            + ("It asked that transition arrangements for pupils moving from primary to secondary be protected. " if n % 3 == 0 else "")
            + ("It supported the proposal. " if n % 5 else "It neither supported nor opposed the proposal. ")
        )))
    blocks.append(("h1", "Appendix D: Notes of the public meetings"))
    meetings = [
        ("Lowfield School, 3 October 2026 (afternoon)", 41),
        ("Lowfield School, 5 October 2026 (evening)", 58),
        ("Pellham Community Centre, 12 October 2026", 23),
        ("Online, 19 October 2026", 35),
    ]
    questions = [
        ("Will my child keep the same teacher?", "Classes will be organised in the usual way each September. The governors do not expect the enlargement to change pupils' teachers any more than in a normal year."),
        ("What happens during the building works?", "The works are on the hard-standing by the car park, which will be fenced off. The contractor has worked on occupied school sites before and will agree a safety plan with the headteacher."),
        ("Will the sixth form be open to young people from other schools?", "Yes. Places are allocated by the county through the EHC plan process, and young people from other special and mainstream schools will be able to apply."),
        ("Can a young person stay until 19 if they need to?", "Yes. The sixth form programme is two or three years, depending on the young person's plan."),
        ("What about young people who want to go to college at 16?", "They still can. The school will continue to support transition to college for those who want it, and joint courses with Aldbury College are being planned."),
        ("Will the hydrotherapy sessions at the leisure centre continue?", "Yes. They are not affected by the proposal."),
        ("Who decides?", "The county council's Cabinet decides, after the representation period. The governors will publish their response to the consultation with the statutory notice."),
        ("Is this about saving money?", "The county does expect to spend less on independent placements, but the governors' reason for the proposal is to give young people a better education close to home."),
    ]
    for place, people in meetings:
        blocks.append(("h3", f"{place}: {people} people attended"))
        for q, a in questions:
            blocks.append(("lead", "Q.", q))
            blocks.append(("lead", "A.", a))
    return blocks


DOCUMENTS["16-governors-proposal-foundation-special-lowfield-long-appendix"] = _lowfield()

DOCUMENTS["19-decision-record-close-cherry-tree-asc-unit-written-confirmations"] = [
    ("title", "Officer Decision Record"),
    ("table", [
        ["Decision number", "ODR-CYP-2027-014"],
        ["Decision taker", "Director of Children's Services, Wexcombe County Council (under delegated powers, Cabinet 12 October 2026)"],
        ["Date", "22 February 2027"],
        ["Subject", "Closure of the Cherry Tree autism resourced provision and transfer of its places to three schools"],
    ]),
    ("h1", "1. Decision"),
    ("p", "To close the autism resourced provision at Cherry Tree Infant School (12 places, ages 4-7) on 31 August 2027, and to open or enlarge autism resourced provision for pupils aged 4-11 at three primary schools from 1 September 2027, as follows."),
    ("table", [
        ["Resourced provision", "Places now", "Places from 1 September 2027"],
        ["Cherry Tree Infant School", "12", "0 (closes)"],
        ["Abbotsmead Primary School", "8", "14"],
        ["Greywell Primary School", "0 (new)", "10"],
        ["Kingsway Junior School", "6", "10"],
        ["Total", "26", "34"],
    ]),
    ("h1", "2. Reasons"),
    ("p", "Cherry Tree is an infant school, so its pupils must move at 7, often to a school without autism provision. The three primary schools cover ages 4-11, so pupils will not have to change school at the end of Year 2."),
    ("h1", "3. Specific educational benefits"),
    ("lead", "3.1 Curriculum and services.", "Pupils will stay in one school to age 11, with a structured-teaching base room, a sensory room and access to every class, club and residential. Each base runs the SCERTS framework and Attention Autism sessions daily. The change carries out priority 2 of Wexcombe's Accessibility Strategy 2025-2028."),
    ("lead", "3.2 Specialist staff.", "Each base has a specialist teacher (1.0 FTE at Abbotsmead, 0.8 FTE at Greywell and at Kingsway); the NHS speech and language therapy service gives each base one day a week; the county's Autism Outreach Team gives each base a named advisory teacher visiting fortnightly."),
    ("lead", "3.3 Accommodation.", "Abbotsmead: a second base room of 55 m²; Greywell: a new base of two rooms (58 m² and 16 m²) in the former library; Kingsway: a sensory room of 14 m². All works during July and August 2027."),
    ("h1", "4. Pupils now at Cherry Tree"),
    ("p", "Eleven pupils attend the Cherry Tree base. Each pupil's destination has been agreed with the family at an early EHC plan review, and each receiving school's governing body has confirmed in writing that it is willing to admit the pupils and will have the facilities to teach them:"),
    ("bullet", "5 pupils (Year 2 in 2026/27) to Kingsway Junior School: letter from the Chair of Governors, 3 February 2027;"),
    ("bullet", "4 pupils (Year 1) to Abbotsmead Primary School: letter of 27 January 2027;"),
    ("bullet", "2 pupils (Reception) to Greywell Primary School: letter of 1 February 2027."),
    ("p", "It is hoped that pupils will keep in touch with their Cherry Tree friends through a shared summer sports day, which the three schools have offered to host in turn."),
    ("h1", "5. Consultation with providers"),
    ("p", "A written statement was sent on 2 November 2026 to the governing bodies of Cherry Tree, Abbotsmead, Greywell and Kingsway and all primary and infant schools in the district, inviting each to set out its views in writing. The 14 responses are appended to the Cabinet report of 12 October 2026 and to this record."),
    ("h1", "6. Transport"),
    ("p", "Under the County's Home to School Transport Policy for Children with SEND (2025), pupils now receiving transport to Cherry Tree will receive it to their new school: a shared taxi with a passenger assistant, journeys of no more than 30 minutes."),
    ("h1", "7. Financial and staffing implications"),
    ("p", "Capital: £410,000 from the County's High Needs Provision Capital Allocation 2026-27 (Abbotsmead £120,000; Greywell £230,000; Kingsway £60,000). Revenue: place funding of £6,000 a place (£204,000 a year for 34 places, up from £156,000) plus top-up, from the High Needs Block."),
    ("p", "Staffing: specialist teachers as in 3.2 (2.6 FTE in total) and 7 teaching assistants (6.4 FTE) across the three bases. The Cherry Tree base teacher (1.0 FTE) and two of its teaching assistants transfer to Abbotsmead."),
]

DOCUMENTS["23-consultation-redesignate-stonecroft-former-name"] = [
    ("title", "Stonecroft School: proposed change of designation"),
    ("p", "Consultation by Ardleigh Borough Council, 10 January to 21 February 2027."),
    ("textbox", [
        "Key facts",
        "School: Stonecroft School (formerly Hill Top School), Ardleigh AR3 9HT",
        "Change: designation from MLD to MLD, SLD and autism",
        "Places: 80 now; 96 from 1 September 2027",
        "Pupils who must move: none",
    ]),
    ("h1", "1. Background"),
    ("p", "Stonecroft School (renamed from Hill Top School in 2024 when it moved into its new building) is a community special school for 80 pupils aged 5-16, designated for pupils with moderate learning difficulties (MLD). Over the last five years the needs of the pupils admitted have changed: 41 of the 74 pupils on roll now have autism or severe learning difficulties (SLD) named in their EHC plans."),
    ("p", "The Council proposes to change the school's designation to MLD, SLD and autism, so that it formally matches the pupils it teaches, and to enlarge it, from 1 September 2027."),
    ("h1", "2. What pupils will gain"),
    ("num", "Pupils will have better access to education and associated services, with the curriculum, wider school activities, facilities and equipment better suited to their needs. A sensory and semi-formal pathway will be added to the school's curriculum, with a sensory room, a soft play room and a life-skills kitchen, and Entry Level and ASDAN courses for older pupils."),
    ("num", "Specialist staff: the speech and language therapy service will increase its time at Stonecroft from 2 to 4 days a week; an occupational therapist will be based at the school one day a week; a specialist autism teacher (1.0 FTE) will lead the autism pathway and support the Borough's outreach service for one day a week."),
    ("num", "Accommodation: the school's former caretaker's house and store will be converted into a sensory suite (a 40 m² sensory room, a 30 m² soft play room) and a 45 m² life-skills kitchen; two new classrooms of 56 m² will be added to the east wing. Works from April to August 2027."),
    ("h1", "3. Pupils"),
    ("p", "No pupil will have to move. Every current pupil stays at Stonecroft; the change of designation recognises the needs the school already meets."),
    ("h1", "4. Views of providers"),
    ("p", "A written statement setting out the proposal was sent on 10 January 2027 to the governing body of Stonecroft and to all special schools, resourced provisions and primary and secondary schools in the Borough, inviting them to set out their views in writing by 21 February 2027."),
    ("h1", "5. Transport"),
    ("p", "Transport is provided under the Borough's Home to School Travel Policy for Children and Young People with SEND. Eligible pupils travel by minibus with a passenger assistant; the additional 16 pupils will be added to existing routes, with no journey over 45 minutes."),
    ("h1", "6. Funding and staffing"),
    ("table", [
        ["", "Amount", "Source"],
        ["Conversion and two classrooms", "£1,150,000", "Ardleigh High Needs Provision Capital Allocation"],
        ["Place funding, 16 places", "£160,000 a year", "High Needs Block"],
        ["Top-up, 16 places", "£288,000 a year", "High Needs Block"],
    ]),
    ("p", "Staffing: 2 teachers (2.0 FTE), 5 teaching assistants (4.6 FTE) and the autism specialist teacher (1.0 FTE)."),
    ("h1", "Appendix: school history"),
    ("table", [
        ["Year", "School", "Places", "On roll"],
        ["2020", "HTS (Hill Top)", "80", "78"],
        ["2022", "HTS (Hill Top)", "80", "80"],
        ["2024", "Stonecroft", "80", "79"],
        ["2026", "Stonecroft", "80", "74"],
    ]),
]

DOCUMENTS["28-executive-decision-new-asc-school-written-statement-tbc"] = [
    ("title", "Executive Decision Notice"),
    ("sdt", "Reference", ["Reference: EDN 2027/031"]),
    ("sdt", "Title", ["Establishment of a new autism special school, Merebrook School, at the Fairfield campus"]),
    ("sdt", "Decision maker", ["Executive Member for Children's Services, Northby Council"]),
    ("h1", "Decision"),
    ("sdt", "Decision", [
        "1. To propose the establishment of Merebrook School, a new maintained special school for 72 pupils aged 4-16 with autism and associated learning needs, on the Fairfield campus, opening on 1 September 2028 with 36 pupils and reaching 72 places by September 2030.",
        "2. To allocate the capital funding set out below.",
    ]),
    ("h1", "Background and benefits"),
    ("sdt", "Background", [
        "Northby has 140 autism special school places and 186 children with EHC plans naming autism who need a special school place; 31 travel more than an hour each way. Merebrook adds 72 places (Northby total 140 to 212).",
        "Merebrook will offer a curriculum in three pathways (sensory, semi-formal and formal leading to GCSEs and Entry Level), a farm and horticulture unit, a swimming pool, a food technology room and a life-skills flat. The school delivers priority 1 of Northby's Accessibility Strategy 2026-2029.",
        "Specialist staff on site: a speech and language therapy team of 2.0 FTE, an occupational therapist (1.0 FTE), a clinical psychologist (0.5 FTE) and a school nurse (1.0 FTE). The school will also host the Northby Autism Outreach Team (4.0 FTE).",
        "Accommodation: a new building of 3,400 m², twelve classrooms of 60 m² each with an adjoining quiet room of 12 m², a swimming pool, sports hall and the farm unit, built January 2027 to July 2028.",
    ]),
    ("h1", "Consultation"),
    ("sdt", "Consultation", [
        "Officers presented the proposal to the special school headteachers' group on 14 January 2027 and to the Schools Forum on 28 January 2027, and met the governing bodies of the two existing autism special schools. A written statement to all providers will be issued in due course.",
    ]),
    ("h1", "Pupils affected"),
    ("sdt", "Pupils", ["Merebrook is a new school. No pupil is displaced, and no existing school closes or changes."]),
    ("h1", "Transport"),
    ("sdt", "Transport", [
        "Eligible pupils will be transported under the Council's Home to School Transport Policy for Children and Young People with SEND (2025): minibuses with passenger assistants, journeys of no more than 45 minutes; the campus has a covered drop-off for eight vehicles.",
    ]),
    ("h1", "Financial and staffing implications"),
    ("sdt", "Finance", [
        "Capital: £21.5m from the Council's Capital Programme 2026-30 (£8.5m, scheme CS-77) and the DfE High Needs Provision Capital Allocation (£13.0m). Revenue at full size: place funding £720,000 a year and top-up about £1.44m a year, from the High Needs Block.",
        "Staffing at full size: headteacher, deputy headteacher, 12 teachers (12.0 FTE), 24 teaching assistants (22.8 FTE), therapy and nursing posts as above.",
    ]),
]

DOCUMENTS["30-consultation-close-castle-view-semh-pru-per-group-lengths"] = [
    ("title", "Castle View School: consultation on closure"),
    ("p", "Tollbridge City Council · Children's Services · April 2027"),
    ("h1", "1. Summary"),
    ("p", "Castle View School (CVS) is a maintained special school for 42 pupils aged 11-16 with social, emotional and mental health needs (SEMH). The City proposes to close CVS on 31 August 2027, because its building has failed and its roll has fallen to 27, and to expand St Brannoc's School, the City's other SEMH special school, from 60 to 90 places."),
    ("h1", "2. The benefits"),
    ("num", "Curriculum: St Brannoc's offers GCSEs in nine subjects, a land-based studies course with Tollbridge College, a Duke of Edinburgh group and a weekly sports programme. This is in line with priority 2 of the City's Accessibility Strategy 2025-2028."),
    ("num", "Specialist staff: St Brannoc's employs a clinical psychologist (0.8 FTE), a speech and language therapist (0.6 FTE) and two family support workers; CAMHS holds a weekly clinic there."),
    ("num", "Accommodation: a new block of six classrooms (each 56 m²), a science laboratory of 80 m² and two regulation rooms, built October 2026 to July 2027 (£4.4m)."),
    ("num", "Places: St Brannoc's grows from 60 to 90 places and Hillcrest (SEMH) Academy from 36 to 48, in place of the 42 places at CVS, so the City keeps 138 SEMH special school places for pupils aged 11-16, all in schools judged good with sound buildings."),
    ("h1", "3. Where CVS pupils will go"),
    ("table", [
        ["Group in September 2027", "Pupils", "Where", "How long", "Written confirmation"],
        ["Years 7-9", "14", "St Brannoc's School", "Permanent place", "St Brannoc's governors, 2 March 2027"],
        ["Year 10", "8", "The Bridge, then St Brannoc's", "Up to six weeks at The Bridge", "The Bridge, 6 March 2027; St Brannoc's, 2 March 2027"],
        ["Year 11", "5", "The Bridge", "Until they finish Year 11 (July 2028)", "The Bridge, 6 March 2027"],
    ]),
    ("p", "The Bridge is the City's pupil referral unit. The five pupils entering Year 11 will complete their education at The Bridge so that their GCSE courses are not disrupted; their EHC plans will be amended to name the PRU."),
    ("h1", "4. Views"),
    ("p", "A written statement was sent on 1 March 2027 to the governing bodies of CVS, St Brannoc's and Hillcrest Academy's trust, The Bridge's management committee and all secondary schools, inviting each to set out its views in writing."),
    ("h1", "5. Transport"),
    ("p", "Pupils will be transported under the City's Home to School Transport Policy for Pupils with SEND: taxis with passenger assistants, journeys of up to 35 minutes."),
    ("h1", "6. Funding and staffing"),
    ("p", "Capital: £4.4m from the City's Capital Programme 2026-29 (scheme CH-9). Revenue: St Brannoc's place funding rises by £300,000 a year and top-up by £510,000 a year; Hillcrest's by £120,000 and £204,000; all from the High Needs Block."),
    ("p", "Staffing: St Brannoc's will appoint 5 teachers (5.0 FTE) and 8 teaching assistants (7.6 FTE); Hillcrest 2 teachers (2.0 FTE) and 3 teaching assistants (3.0 FTE)."),
]

DOCUMENTS["35-cabinet-report-move-pd-base-no-access-benefit-transport-no-policy"] = [
    ("title", "Report to Cabinet: moving the Rowan physical disability base to Sandhill Primary School"),
    ("p", "Halbrook Borough Council · Cabinet, 9 June 2027 · Report of the Director of Education"),
    ("h1", "1. Purpose"),
    ("p", "1.1 To agree that the Rowan Base, the resourced provision for pupils aged 4-11 with physical disabilities now at Thornley Primary School, moves with its pupils and staff to a new building at Sandhill Primary School on 1 September 2027, and grows from 8 to 12 places."),
    ("h1", "2. Background"),
    ("p", "2.1 The Rowan Base occupies two mobile classrooms at Thornley which are at the end of their life. Thornley's governors have asked that the Base move, as the school needs the land for its own expansion. Sandhill is a new single-storey school (opened 2024) with level access throughout."),
    ("h1", "3. The proposal"),
    ("num", "The Rowan Base, with all 8 pupils now on its roll and its staff, moves to Sandhill on 1 September 2027. No pupil is displaced; every pupil keeps a place at the Base, and the 8 pupils will transfer to Sandhill's roll."),
    ("num", "The Base grows to 12 places for pupils with physical disabilities from September 2027; the four new places will be filled through the EHC plan process."),
    ("num", "Specialist staff: physiotherapists from Halbrook Children's Therapy Service will work at the Base three days a week (up from two), and an occupational therapist one day a week (up from half a day)."),
    ("num", "Accommodation: a new base building of 180 m² joined to Sandhill's main building: two classrooms of 54 m², a physiotherapy room of 24 m² with a plinth and parallel bars, and a hygiene suite with a ceiling hoist and changing bench. Built from January to July 2027."),
    ("h1", "4. Consultation"),
    ("p", "4.1 A written statement was sent on 20 January 2027 to the governing bodies of Thornley and Sandhill, all primary schools in the Borough and Halbrook Children's Therapy Service, inviting each to set out its views in writing. Both governing bodies support the move."),
    ("h1", "5. Transport"),
    ("p", "5.1 Sandhill is 2 miles from Thornley. Pupils who are now taken to Thornley by taxi, with an escort, will be taken to Sandhill in the same way, in wheelchair-accessible vehicles; journeys will be under 30 minutes."),
    ("h1", "6. Financial implications"),
    ("p", "6.1 The new building costs £1.1m, funded from the Council's High Needs Provision Capital Allocation (£0.8m) and the Sandhill Section 106 contribution (£0.3m). Place funding for 4 further places (£24,000 a year) and their top-up from the High Needs Block."),
    ("h1", "7. Staffing implications"),
    ("p", "7.1 The Base's teacher in charge (1.0 FTE) and 3 teaching assistants (3.0 FTE) transfer to Sandhill under TUPE; one further teaching assistant (1.0 FTE) will be appointed for the new places."),
]

DOCUMENTS["39-governors-proposal-st-aidans-slcn-base-approved-commitments"] = [
    ("title", "St Aidan's Catholic Primary School: proposal to enlarge the speech and language resource base"),
    ("p", "Proposers: the Governing Body of St Aidan's Catholic Primary School (voluntary aided), Broad Street, Kelmer KL2 6SA, with the agreement of Kelmer City Council and the Diocese of Kelmer. Published 14 June 2027."),
    ("h1", "Part 1: The proposal"),
    ("p", "The governing body proposes to enlarge the school's speech, language and communication (SLCN) resource base by an additional 8 places from 1 September 2027. As proposers, the governors must show how the proposal meets the SEN Improvement Test (para 24); this is set out in Part 2."),
    ("table", [
        ["Key stage", "Places now", "Additional places", "Places from September 2027"],
        ["Key stage 1", "6", "+4", "10"],
        ["Key stage 2", "8", "+4", "12"],
    ]),
    ("h1", "Part 2: The SEN Improvement Test"),
    ("h2", "Access to education"),
    ("p", "Base pupils spend most of the day in their class, with daily language groups (Language for Thinking, Shape Coding) and weekly Makaton and social communication sessions in the base. An interactive language lab with speech-to-text software and recording booths will be available to every base pupil. Subject to parents' wishes, pupils may also join the school's choir and drama club, which the base staff support. This takes forward objective 3 of Kelmer City Council's Accessibility Strategy 2025-2028."),
    ("h2", "Specialist staff"),
    ("p", "The NHS speech and language therapy service has been contracted to provide a therapist on site three days a week (up from two) and a therapy assistant (1.0 FTE); the City's Communication and Interaction Outreach Team gives the base a specialist teacher for one day a fortnight."),
    ("h2", "Accommodation"),
    ("p", "A second base classroom of 55 m² and a language lab of 20 m² will be built in the school's courtyard. Planning permission was granted on 12 April 2027; the works have been approved by the Diocesan Building Committee and will run in July and August 2027."),
    ("h2", "Providers"),
    ("p", "On 2 March 2027 the governors and the City sent a written statement to the Diocese, the City's other two SLCN resource bases, every primary school in the deanery and the NHS therapy service, inviting each to set out its views in writing."),
    ("h2", "Pupils"),
    ("p", "No pupil will be displaced. The 14 pupils in the base stay; the 8 new places will be filled from September 2027."),
    ("h2", "Transport"),
    ("p", "Transport will be provided in accordance with Kelmer City Council's Home to School Travel Assistance Policy for Children with SEND: eligible pupils travel by taxi with a passenger assistant, journeys under 35 minutes."),
    ("h2", "Funding"),
    ("p", "The building works (£420,000) have been approved: £378,000 from the City's High Needs Provision Capital Allocation and £42,000 (the governors' 10 per cent contribution) from the Diocesan capital fund. Place funding for the 8 new places (£48,000 a year) and top-up funding (£84,000 a year) from the High Needs Block."),
    ("h2", "Staffing"),
    ("p", "The base will have 2 teachers (2.0 FTE, up from 1.0), 4 teaching assistants (3.6 FTE, up from 2.4) and the NHS therapy assistant (1.0 FTE)."),
]
