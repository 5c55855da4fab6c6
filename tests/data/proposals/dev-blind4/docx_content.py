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
