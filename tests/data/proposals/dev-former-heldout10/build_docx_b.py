"""Build the Word documents (28, 33, 38, 41, 42, 47) of part b of the blind corpus.

Usage: python build_docx_b.py [OUTPUT_FOLDER]   (default: this script's folder)
Each document is a list of blocks: ("title"|"h1"|"h2"|"p"|"bold"|"bullets"|"numbers"|"table", content).
"""
import sys
from pathlib import Path

from docx import Document


def build(blocks, path):
    doc = Document()
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(content, level=0)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bold":
            doc.add_paragraph().add_run(content).bold = True
        elif kind == "bullets":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in content:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    doc.save(path)


DOC28 = [
    ("title", "Aldersey Borough Council"),
    ("p", "Consultation on a proposal to establish a resourced provision for children with speech, language and communication needs at Pinecroft Primary School"),
    ("p", "Consultation period: 7 June 2027 to 16 July 2027"),
    ("h1", "Introduction"),
    ("p", "Aldersey Borough Council and the governing body of Pinecroft Primary School, a community primary school, propose to open a resourced provision for 14 children aged 4-11 with speech, language and communication needs (SLCN) from 1 January 2028. Children would be on the roll of Pinecroft and spend most of each day in their mainstream class."),
    ("p", "There is no resourced provision for SLCN in the borough. Last year 17 primary-age children whose EHC plans name SLCN as their main need were placed in special schools, and 6 travelled to a language unit in a neighbouring authority."),
    ("h1", "What children will gain"),
    ("h2", "Learning and facilities"),
    ("bullets", [
        "Daily small-group language teaching using the Language for Thinking and Colourful Semantics programmes, with the rest of the day in class.",
        "A language-rich base with visual supports, an interactive screen and recording equipment for speech practice.",
        "Places in Pinecroft's after-school drama and choir clubs, with the base staff supporting children to take part.",
        "This proposal delivers action 2.3 of the Council's Accessibility Strategy 2027-2030: specialist provision for communication needs in local primary schools.",
    ]),
    ("h2", "Specialist staff"),
    ("p", "The base will have a specialist teacher (1.0 FTE) with a post-graduate qualification in SLCN and two specialist teaching assistants (2.0 FTE). An NHS speech and language therapist from Aldersey Children's Therapy Service will work in the base two days a week, and the Council's Language and Communication Team will visit fortnightly."),
    ("h2", "Accommodation"),
    ("p", "Two unused classrooms in Pinecroft's 2009 block will be adapted to make a base of 60 m² with acoustic treatment, a small therapy room (12 m²) and a quiet room. The work costs £185,000 and will be finished by December 2027."),
    ("h2", "Places"),
    ("table", [
        ["", "Now", "From January 2028", "From September 2028"],
        ["SLCN resourced places, primary, Aldersey", "0", "8", "14"],
    ]),
    ("h1", "Will any child have to move?"),
    ("p", "No. This is new provision and no child will be displaced."),
    ("h1", "Transport"),
    ("p", "Children who are eligible under the Council's Home to School Transport Policy for Children with SEND (2026) will be taken to Pinecroft by taxi or minibus with a passenger assistant. Pinecroft is central to the borough; the Council's planning assumes journeys of no more than 30 minutes."),
    ("h1", "Funding and staffing"),
    ("p", "The £185,000 capital cost is met from the Council's High Needs Provision Capital Allocation, which the Council already holds. The base will receive £10,000 per place plus a top-up of £8,400 per child from the High Needs Block (£257,600 a year at 14 places). Staffing is a 1.0 FTE specialist teacher and 2.0 FTE specialist teaching assistants, with the therapist's two days a week funded by the Council under its contract with the NHS trust."),
    ("h1", "Who we are asking"),
    ("p", "With this document we are sending a written statement of the proposal to the governing body of Pinecroft, every primary and special school in Aldersey, the Aldersey Children's Therapy Service and the neighbouring authority whose language unit Aldersey children attend, inviting each to set out its views in writing by 16 July 2027."),
    ("h1", "Response form"),
    ("table", [
        ["Question", "Your answer"],
        ["Do you support the proposal to open an SLCN resourced provision at Pinecroft? (Yes / No / Unsure)", ""],
        ["Please tell us why", ""],
        ["Are you responding as a parent, a member of school staff, a governor, or other?", ""],
    ]),
    ("p", "Please return the form to SEND Services, Aldersey Town Hall, AL1 5RT, or email sendconsult@aldersey.example.gov.uk, by 16 July 2027."),
]

DOC33 = [
    ("title", "Northfell Learning Trust"),
    ("p", "Proposal for a significant change: closure of Seaton Road Academy and enlargement of Harbour View Academy"),
    ("p", "Submitted to the Regional Director and published for consultation, 18 January 2027"),
    ("h1", "1. The proposal"),
    ("p", "1.1 Northfell Learning Trust runs two special academies for pupils with social, emotional and mental health (SEMH) needs in the area of Kirkby Fells County Council: Seaton Road Academy (24 places, ages 11-16) and Harbour View Academy (56 places, ages 7-16). The Trust proposes to close Seaton Road Academy on 31 August 2027 and to enlarge Harbour View Academy to 90 places from 1 September 2027."),
    ("p", "1.2 Kirkby Fells County Council, which commissions the places, supports the proposal."),
    ("h1", "2. Reasons"),
    ("p", "2.1 Seaton Road occupies a leased former office building with no outdoor space; the lease ends in 2027. Pupils there cannot take practical subjects. Harbour View has room to grow and is judged Outstanding."),
    ("h1", "3. Educational benefits"),
    ("p", "3.1 Access to education. At Harbour View, Seaton Road pupils will have a science laboratory, an art studio, a motor-vehicle workshop, a climbing wall and playing fields. They will be able to take GCSEs in nine subjects (five at Seaton Road) and Level 1 vocational awards in motor vehicle studies and land-based studies. The Harbour View site meets the priorities of Kirkby Fells' Accessibility Strategy 2025-2028 (accessible specialist premises), which Seaton Road does not."),
    ("p", "3.2 Specialist staff. Harbour View employs a clinical psychologist (0.8 FTE), a speech and language therapist (0.6 FTE) and an occupational therapist (0.4 FTE), and hosts a CAMHS clinic on Tuesdays. Seaton Road pupils see these professionals only by referral now."),
    ("p", "3.3 Accommodation. A new teaching block at Harbour View with six classrooms of 50 m², two calm rooms and a sensory integration room, costing £3.4 million, will be ready by August 2027."),
    ("p", "3.4 Places."),
    ("table", [
        ["Academy", "Places now", "Places from 1 September 2027"],
        ["Seaton Road Academy (SEMH, 11-16)", "24", "0"],
        ["Harbour View Academy (SEMH, 7-16)", "56", "90"],
        ["Total SEMH special places (Trust)", "80", "90"],
    ]),
    ("h1", "4. Pupils at Seaton Road Academy"),
    ("p", "4.1 All 22 pupils on roll at Seaton Road will transfer to Harbour View on 1 September 2027. The Harbour View local governing body confirmed in writing on 7 January 2027 that it will admit them and that the new block will be complete. Each pupil's EHC plan will be amended by the County Council to name Harbour View."),
    ("p", "4.2 No pupil will be placed in a pupil referral unit or other alternative provision as a result of the closure."),
    ("h1", "5. Consultation"),
    ("p", "5.1 On 18 January 2027 the Trust sent a written statement of the proposal to Kirkby Fells County Council, the local governing bodies of both academies, the County's maintained special schools, and every secondary school and academy within 15 miles, inviting their views in writing by 1 March 2027 and asking whether they agree with it."),
    ("h1", "6. Transport"),
    ("p", "6.1 Kirkby Fells County Council will provide transport under its Home to School Transport Policy for Children and Young People with SEND (2025). Seaton Road pupils will travel by minibus with a passenger assistant on two new routes; the County's route plan gives a longest journey of 40 minutes."),
    ("h1", "7. Funding and staffing"),
    ("bullets", [
        "Capital: £3.4 million, of which £2.9 million from Kirkby Fells' High Needs Provision Capital Allocation (Cabinet, 14 December 2026) and £0.5 million from the Trust's reserves.",
        "Revenue: place funding of £10,000 a place from the ESFA and top-up from the County's High Needs Block; the 10 net additional places cost £298,000 a year.",
        "Staffing: Harbour View will add 4.0 FTE teachers, 6.0 FTE teaching assistants and 1.0 FTE pastoral manager. Seaton Road staff transfer to these posts under the Trust's TUPE arrangements.",
    ]),
]

DOC38 = [
    ("title", "Wenlow Unitary Council"),
    ("p", "Report to: Cabinet. Date: 21 September 2027. Report of: Corporate Director, People. Subject: Closure of Ravensdale School and new SEMH places at Birchwood and Southmead Schools."),
    ("h1", "1. Purpose"),
    ("p", "1.1 To seek a decision on the closure of Ravensdale School, a community special school for 32 pupils aged 5-11 with social, emotional and mental health needs, on 31 August 2028, following the representation period that closed on 30 August 2027."),
    ("h1", "2. Recommendations"),
    ("numbers", [
        "Cabinet approves the discontinuance of Ravensdale School with effect from 31 August 2028.",
        "Cabinet approves the enlargement of Birchwood School (SEMH, 5-11) from 40 to 60 places and Southmead School (SEMH and autism, 5-16) from 80 to 96 places from 1 September 2028.",
    ]),
    ("h1", "3. Benefits for pupils"),
    ("p", "3.1 Birchwood and Southmead both offer a nurture-based curriculum with daily outdoor learning, weekly swimming, forest school and a therapeutic horse-riding programme. Both have specialist primary science and music rooms and a library, which Ravensdale lacks. The proposal carries out priority 1 of the Council's Accessibility Strategy 2026-2029 (specialist provision in accessible buildings)."),
    ("p", "3.2 Each school has an on-site speech and language therapist (0.5 FTE), an educational psychologist one day a fortnight and a play therapist (0.6 FTE). Ravensdale has none of these on site."),
    ("p", "3.3 Birchwood will gain four classrooms (52 m² each) and a sensory room; Southmead two classrooms (55 m² each) and a calm room. Works cost £3.6 million and will be complete by July 2028."),
    ("p", "3.4 Places:"),
    ("table", [
        ["School", "Now", "From September 2028"],
        ["Ravensdale School", "32", "0"],
        ["Birchwood School", "40", "60"],
        ["Southmead School", "80", "96"],
        ["Total", "152", "156"],
    ]),
    ("h1", "4. Consultation with providers"),
    ("p", "4.1 On 3 April 2027 the Council sent a written statement of the proposal to the governing bodies of Ravensdale, Birchwood and Southmead and every primary school in Wenlow, inviting written views by 15 May 2027. All three governing bodies support the proposal in writing (Appendix 1)."),
    ("h1", "5. Pupils at Ravensdale"),
    ("p", "5.1 The 26 pupils on roll will move on 1 September 2028: 18 to Birchwood and 8 (those whose plans name autism as well as SEMH) to Southmead. Both governing bodies confirmed in writing in May 2027 that they will admit the pupils named and that the new rooms will be ready (Appendix 2). No pupil will be placed in the Wenlow Learning Centre, the Council's pupil referral unit."),
    ("h1", "6. Transport"),
    ("p", "6.1 Pupils will continue to be entitled to transport in line with the Council's Home to School Travel Policy for Children with SEND (2026)."),
    ("h1", "7. Financial implications"),
    ("p", "7.1 £3.6 million from the High Needs Provision Capital Allocation, already received. Revenue: High Needs Block place and top-up funding; a net saving of £95,000 a year from 2028-29."),
    ("h1", "8. Staffing"),
    ("p", "8.1 Birchwood will add 2.0 FTE teachers and 4.0 FTE teaching assistants; Southmead 1.0 FTE teacher and 2.0 FTE teaching assistants. Ravensdale staff have first call on these posts."),
    ("h1", "Appendices"),
    ("bullets", ["Appendix 1: Providers' written responses", "Appendix 2: Letters from Birchwood and Southmead governing bodies", "Appendix 3: Equality impact assessment"]),
]

DOC41 = [
    ("title", "Greymarsh County Council"),
    ("p", "Executive — 8 July 2027"),
    ("p", "Proposal to establish a new special school for social, emotional and mental health needs at Fallowfield (presumption route)"),
    ("h1", "Summary"),
    ("p", "Greymarsh needs more SEMH special places for secondary-age pupils. This report asks the Executive to agree the specification for a new 80-place SEMH special school for ages 11-16 at the former Fallowfield Middle School site, opening in September 2029, and to begin the presumption process to seek a proposer."),
    ("h1", "Recommendations"),
    ("numbers", [
        "That the Executive agrees the specification for the new school at Appendix A.",
        "That the Executive agrees to seek proposers under the presumption process.",
        "That the Executive notes that the capital funding is subject to approval of the 2028-29 capital programme by Full Council in February 2028.",
    ]),
    ("h1", "1. Need for places"),
    ("p", "1.1 The County has 140 SEMH special school places for ages 11-16 (Ferndown School 60, Castleford School 80), all full. 57 secondary-age pupils with SEMH needs are in independent special schools, at an average cost of £64,000 a year."),
    ("p", "1.2 The new school will take the County's SEMH special places for ages 11-16 from 140 to 220 by September 2031 (40 places in 2029, 60 in 2030, 80 in 2031)."),
    ("h1", "2. Educational benefits"),
    ("p", "2.1 The specification requires a broad curriculum: GCSEs in English, mathematics, science, computing and art; vocational courses in construction, motor vehicle and catering; a sports hall, a science laboratory, a vocational workshop and a food room. The school is listed in the County's Accessibility Strategy 2027-2030 as a new fully accessible specialist building."),
    ("p", "2.2 The school will have a clinical psychologist (0.6 FTE), a speech and language therapist (0.4 FTE) and an occupational therapist (0.4 FTE), and will host the County's SEMH outreach team (three specialist teachers)."),
    ("p", "2.3 The building will have 12 classrooms of 50 m², four small-group rooms, two regulation rooms, a therapy suite and the specialist rooms in 2.1, with a gross floor area of 3,100 m², to be completed by July 2029."),
    ("h1", "3. Pupils and alternative provision"),
    ("p", "3.1 The proposal is for a new school. No pupil is displaced."),
    ("h1", "4. Consultation"),
    ("p", "4.1 On 10 May 2027 the County sent a written statement of the proposal to the governing bodies of Ferndown and Castleford Schools, every secondary school and academy in Greymarsh, the four independent special schools it uses and the Greymarsh Parent Carer Forum, inviting views in writing by 21 June 2027. The 34 responses are at Appendix B; 31 support the proposal."),
    ("h1", "5. Transport"),
    ("p", "5.1 Pupils will be eligible for transport under the County's Home to School Transport Policy for Children and Young People with SEND (2027): minibus routes with a passenger assistant from each district, with no journey over 60 minutes. Independent travel training will be offered to older pupils."),
    ("h1", "6. Finance"),
    ("p", "6.1 The building is estimated at £16.5 million: £11.0 million from the High Needs Provision Capital Allocation and £5.5 million from the County's capital programme, subject to approval of the 2028-29 capital programme by Full Council in February 2028."),
    ("p", "6.2 Revenue will come from the High Needs Block at £10,000 a place plus top-up, offset by reduced independent placements."),
    ("h1", "7. Staffing"),
    ("p", "7.1 The specification requires a headteacher, a deputy headteacher, 11.0 FTE teachers and 16.0 FTE teaching assistants at 80 places, with the therapy posts in 2.2."),
    ("h1", "Appendices"),
    ("p", "A: School specification. B: Consultation responses."),
]

DOC42 = [
    ("title", "Kingfisher High School and Hollingbury City Council"),
    ("p", "Closing the Kestrel Centre: a consultation for parents and carers"),
    ("p", "Dear parents and carers, this letter and booklet explain a proposal that affects your child. Please read it and tell us what you think by Friday 15 October 2027."),
    ("h1", "What is the proposal?"),
    ("p", "The Kestrel Centre is a unit for 12 pupils with social, emotional and mental health needs, in a mobile classroom on the Kingfisher High School site. It is run by the school and funded by the City Council. We propose to close the Kestrel Centre on 31 December 2027. The pupils would move to Oakwood School, the city's SEMH special school, which is opening a Key Stage 3 and 4 department of 16 places on 4 January 2028."),
    ("h1", "Why?"),
    ("p", "The mobile classroom is failing and cannot be replaced on the Kingfisher site. Most Kestrel pupils now spend little time in Kingfisher's mainstream lessons."),
    ("h1", "What will your child gain?"),
    ("bullets", [
        "Lessons: Oakwood offers GCSEs in English, mathematics, science and art, a Level 1 course in sport and outdoor education, and weekly outdoor learning at its farm site. This supports the City's Accessibility Strategy 2025-2028 on access to a full curriculum.",
        "Staff: Oakwood pupils have better access to a wider range of specialist staff and therapists than the Kestrel Centre can offer.",
        "Buildings: Oakwood's new department has four classrooms (50 m² each), a food room and a calm room, built at a cost of £1.6 million and finished in November 2027.",
        "Places: SEMH places for pupils aged 11-16 in the city rise from 12 (Kestrel) to 16 (Oakwood's new department).",
    ]),
    ("h1", "Where will your child go?"),
    ("p", "All 11 pupils now at the Kestrel Centre will have a place at Oakwood from 4 January 2028. Oakwood's governing body wrote to the City Council on 2 September 2027 to confirm that it will admit every Kestrel pupil and that the new department will be open. Any parent who would prefer a full-time place in Kingfisher's mainstream classes can ask for one; Kingfisher's governing body has confirmed this in writing."),
    ("h1", "Getting to Oakwood"),
    ("p", "Your child will be entitled to transport under the City Council's Home to School Transport Policy for SEND (2026): a shared taxi with a passenger assistant. Oakwood is 3 miles from Kingfisher and no journey will be longer than 30 minutes."),
    ("h1", "Money and staff"),
    ("p", "The new department was paid for from the City Council's High Needs Provision Capital Allocation (£1.6 million). The £190,000 a year the Council spends on the Kestrel Centre from the High Needs Block will move to Oakwood, with £64,000 a year more for the four extra places. Oakwood will employ 2.0 FTE teachers and 3.0 FTE teaching assistants for the department; the Kestrel Centre's teacher and two teaching assistants have been offered posts there."),
    ("h1", "Who else are we asking?"),
    ("p", "We have sent a written statement of the proposal to the governing bodies of Kingfisher and Oakwood and to all city secondary schools, asking for their views in writing by 15 October 2027."),
    ("h1", "Your response"),
    ("table", [
        ["", ""],
        ["Your child's name and year group", ""],
        ["Do you agree with the proposal? (Yes / No / Not sure)", ""],
        ["Would you like a meeting to discuss your child's move?", ""],
        ["Your comments", ""],
    ]),
    ("p", "Return this form to the school office or to send.hollingbury@hollingbury.example.gov.uk."),
]

DOC47 = [
    ("title", "Preston Vale County Council"),
    ("p", "Executive Report — 15 February 2028"),
    ("p", "Decision following consultation: closure of Castle Lodge School and expansion of Meadowcroft and Brookfield Schools"),
    ("p", "Executive Member: Cllr D. Halloran (Education and SEND). Report author: Head of SEND and Inclusion. Key decision: yes."),
    ("h1", "1. Recommendations"),
    ("p", "1.1 The Executive is recommended to approve the discontinuance of Castle Lodge School (a residential special school for 36 pupils aged 11-16 with social, emotional and mental health needs) from 31 August 2028, and the enlargement of Meadowcroft School (SEMH, 11-16) from 72 to 96 places and Brookfield School (SEMH, 7-16) from 50 to 66 places from 1 September 2028."),
    ("h1", "2. Background"),
    ("p", "2.1 Castle Lodge's residential houses were closed by the Council in 2026 after two Ofsted monitoring visits. The school now has 33 day pupils, many travelling over an hour each way."),
    ("h1", "3. The benefits"),
    ("h2", "3.1 Curriculum and facilities"),
    ("p", "3.1.1 Meadowcroft and Brookfield both offer GCSEs in English, maths, science, history and art, with Meadowcroft adding BTEC Level 2 engineering and Brookfield AQA Unit Awards in horticulture and animal care on its smallholding. Both have a sports hall, a science laboratory and a food technology room; Castle Lodge has none of these. We will also explore with Preston Vale College whether a Level 3 public services course could be added in 2029."),
    ("p", "3.1.2 The expansion delivers objective 3 of the Council's Accessibility Strategy 2027-2030 (SEMH provision within 30 minutes of home)."),
    ("h2", "3.2 Specialist staff"),
    ("p", "3.2.1 Each school has a clinical psychologist 0.5 FTE, a speech and language therapist 0.4 FTE and a CAMHS link worker two days a week. Castle Lodge pupils currently see a visiting EP termly."),
    ("h2", "3.3 Accommodation"),
    ("p", "3.3.1 Meadowcroft: new block of four classrooms (52 m²), two calm rooms and a therapy room, £2.7 million. Brookfield: three classrooms (50 m²) and a sensory room, £1.9 million. Both complete by July 2028."),
    ("h2", "3.4 Places"),
    ("table", [
        ["School", "Now", "From 1 September 2028"],
        ["Castle Lodge School", "36", "0"],
        ["Meadowcroft School", "72", "96"],
        ["Brookfield School", "50", "66"],
        ["SEMH special places, county", "158", "162"],
    ]),
    ("h1", "4. Where Castle Lodge pupils will go"),
    ("p", "4.1 The 10 pupils in Year 11 in 2027-28 will finish at Castle Lodge. The other 23 pupils will move on 1 September 2028: 15 to Meadowcroft and 8 to Brookfield, according to where they live. Both governing bodies have confirmed in writing (letters of 12 and 19 January 2028) that they will admit the pupils and will have the rooms in 3.3 ready."),
    ("p", "4.2 No pupil will go to the Beacon Centre, the county's pupil referral unit, or to any other alternative provision as a result of this proposal."),
    ("h1", "5. Consultation"),
    ("p", "5.1 A written statement of the proposal was sent on 30 October 2027 to the governing bodies of the three schools, every secondary school and academy in Preston Vale, and Preston Vale College, inviting views in writing and seeking agreement. Responses are in Appendix 1; the three governing bodies agree with the proposal."),
    ("h1", "6. Transport"),
    ("p", "6.1 Pupils will travel under the Council's SEND Travel Assistance Policy (2027) by minibus or taxi with a passenger assistant. The longest planned journey is 35 minutes, against up to 70 minutes to Castle Lodge now."),
    ("h1", "7. Finance and staffing"),
    ("p", "7.1 Capital of £4.6 million from the High Needs Provision Capital Allocation 2026-2028. Revenue from the High Needs Block; the change saves £120,000 a year once the residential costs have gone."),
    ("p", "7.2 Meadowcroft adds 3.0 FTE teachers and 4.0 FTE teaching assistants; Brookfield 2.0 FTE teachers and 3.0 FTE teaching assistants. Castle Lodge staff are being offered these posts first."),
]

DOCS = {
    "28-consultation-slcn-resourced-provision-pinecroft-primary.docx": DOC28,
    "33-academy-trust-proposal-close-seaton-road-semh-academy.docx": DOC33,
    "38-cabinet-report-close-ravensdale-semh-primary-school.docx": DOC38,
    "41-executive-report-new-semh-free-school-fallowfield.docx": DOC41,
    "42-parent-consultation-close-kestrel-centre-semh-unit.docx": DOC42,
    "47-executive-report-close-castle-lodge-semh-school.docx": DOC47,
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, blocks in DOCS.items():
        build(blocks, out / name)
        print(out / name)


if __name__ == "__main__":
    main()
