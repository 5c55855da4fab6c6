"""Build the Word documents of blind corpus part a (documents 04, 09, 13, 14, 19, 22).

Usage: python build_docx_a.py [OUTPUT_FOLDER]   (default: this script's folder)
"""
import sys
from pathlib import Path

from docx import Document


def build(path, blocks):
    doc = Document()
    for kind, *rest in blocks:
        if kind in ("h0", "h1", "h2", "h3"):
            doc.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "b":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "n":
            for item in rest[0]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "t":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)


DOCS = {}

DOCS["04-cabinet-report-close-greystones-school.docx"] = [
    ("h0", "Wexley Borough Council"),
    ("p", "Report to: Cabinet. Date: 15 September 2027. Report of: Director of Children's Services. Lead member: Cllr Daniel Obi, Education. Key decision: Yes. Exempt: No."),
    ("h1", "Proposed closure of Greystones School"),
    ("h2", "1. Purpose of report"),
    ("p", "1.1 To report the outcome of consultation on the future of Greystones School, a community special school for 48 pupils aged 11-16 with social, emotional and mental health needs, and to seek approval to publish a statutory proposal to close it on 31 August 2028."),
    ("h2", "2. Recommendations"),
    ("n", [
        "That Cabinet approves the publication of a statutory proposal to discontinue Greystones School on 31 August 2028.",
        "That Cabinet approves the enlargement of Fenbrook School from 48 to 72 places from 1 September 2028.",
        "That Cabinet notes the arrangements for current pupils in section 6.",
    ]),
    ("h2", "3. Background"),
    ("p", "3.1 Wexley has two SEMH special schools, Greystones (48 places) and Fenbrook (48 places). Greystones' building has serious structural defects; repairing it would cost more than £6 million."),
    ("p", "3.2 Following the change, SEMH special school places in the borough will be 72 (all at Fenbrook) compared with 96 now. The Council expects more pupils with SEMH needs to be supported in mainstream schools through its inclusion programme."),
    ("h2", "4. Options appraisal"),
    ("t", [
        ["Option", "Summary", "Assessment"],
        ["1. Repair Greystones", "Structural repairs, £6.2m", "Rejected: unaffordable"],
        ["2. Close Greystones, enlarge Fenbrook (recommended)", "Fenbrook 48 to 72 places", "Preferred: least disruption for pupils"],
        ["3. Rebuild Greystones", "New 48-place school, £11m", "Rejected: no capital available"],
    ]),
    ("h2", "5. Benefits for pupils"),
    ("p", "5.1 Curriculum. At Fenbrook pupils will have a science laboratory, an art studio and a construction workshop, with GCSE science and art and the Level 1 and 2 certificates in construction. This supports objective 2 of the Council's Accessibility Strategy 2026-2029."),
    ("p", "5.2 Specialist staff. Fenbrook has a speech and language therapist on site three days a week, an educational psychologist one day a week and a full-time school counsellor."),
    ("p", "5.3 Accommodation. Pupils will be taught in more suitable accommodation at Fenbrook."),
    ("h2", "6. Arrangements for current pupils"),
    ("p", "6.1 Pupils who will be in Years 7 to 9 in September 2028 (about 26 pupils) will transfer to Fenbrook School."),
    ("p", "6.2 Pupils who will be in Years 10 and 11 in September 2028 (about 19 pupils) will complete their secondary education at the Meadowside Centre (the borough's pupil referral unit), so that their GCSE courses are not disrupted by a move between special schools."),
    ("h2", "7. Consultation"),
    ("p", "7.1 Consultation ran from 3 May to 14 June 2027. The proposal was discussed with the headteachers of Fenbrook, the Meadowside Centre and the secondary schools at the Wexley Headteachers' Group on 10 May 2027. Meetings were held with Greystones parents, staff and governors."),
    ("h2", "8. Transport"),
    ("p", "8.1 Eligible pupils will be transported under the Council's SEND Home to School Transport Policy (2026) by minibus with a passenger assistant; journeys to Fenbrook or Meadowside will not exceed 45 minutes."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 No capital spending is required. Revenue: Fenbrook's place funding rises by £240,000 a year from the High Needs Block; Greystones' budget of £1.4 million a year ceases; Meadowside receives £380,000 a year from the High Needs Block for the Key Stage 4 pupils."),
    ("h2", "10. Staffing implications"),
    ("p", "10.1 Fenbrook will appoint three teachers (3.0 FTE) and five teaching assistants (5.0 FTE). Meadowside will appoint two teachers (2.0 FTE) and two teaching assistants (2.0 FTE) for the Key Stage 4 group."),
    ("h2", "Appendices"),
    ("b", ["Appendix A: consultation responses", "Appendix B: equality impact assessment", "Appendix C: condition survey of Greystones School"]),
]

DOCS["09-trust-proposal-crossfield-academy-expansion.docx"] = [
    ("h0", "Northbrook Learning Trust"),
    ("h1", "Proposal to expand and relocate Crossfield Academy within the Northbrook campus"),
    ("p", "A significant change proposal submitted to the Department for Education and to Hallamford City Council, 10 November 2026."),
    ("h2", "About Crossfield Academy"),
    ("p", "Crossfield Academy is a special academy for 64 pupils aged 11-16 with social, emotional and mental health needs. It occupies temporary classrooms on the Northbrook campus. The Trust proposes that from 1 September 2027 the Academy moves into a new building on the same campus, 300 metres from its present classrooms, and increases its capacity to 96 places."),
    ("h2", "Places"),
    ("t", [
        ["", "Now", "From 1 September 2027"],
        ["Crossfield Academy (SEMH, 11-16)", "64", "96"],
        ["SEMH special places aged 11-16 in Hallamford", "64", "96"],
    ]),
    ("p", "The whole Academy, with all its pupils and staff, moves into the new building. No pupil changes school."),
    ("h2", "What pupils will gain"),
    ("h3", "Curriculum and facilities"),
    ("b", [
        "Two science laboratories, enabling GCSE biology, chemistry and physics, which the Academy cannot offer in temporary classrooms.",
        "A music studio and a horticulture area, with Arts Award and RHS Level 1 qualifications.",
        "A sports hall shared with the campus, giving pupils two hours of PE a week.",
        "These contribute to Hallamford City Council's Accessibility Strategy 2025-2028, priority 3 (specialist facilities in SEMH provision).",
    ]),
    ("h3", "Specialist staff"),
    ("b", [
        "A clinical psychologist (0.8 FTE) employed by the Trust.",
        "A speech and language therapist three days a week, commissioned from Hallamford Community Health.",
        "The Trust's SEMH outreach team (3.0 FTE) will be based in the new building and will support mainstream schools in the city.",
    ]),
    ("h3", "Accommodation"),
    ("p", "A two-storey building of 1,600 m² with twelve classrooms of 55 m², the two laboratories, the music studio, four small-group rooms, a de-escalation suite and a therapy suite. Cost £8.1 million; practical completion July 2027."),
    ("h2", "Views of other providers"),
    ("p", "On 14 June 2026 the Trust sent a written statement of the proposal to Hallamford City Council, the governing bodies of the city's other special schools, the Hallamford Pupil Referral Unit and all secondary academy trusts, inviting them to set out their views in writing. Twelve written responses were received; the City Council and the other special schools support the proposal. They are published with the Trust's consultation report."),
    ("h2", "Transport"),
    ("p", "Hallamford City Council will provide transport for eligible pupils under its Travel Assistance Policy for Children and Young People with SEND (2026): shared minibuses with a passenger assistant, or personal travel budgets; no journey will exceed 45 minutes. Current routes are unaffected by the move within the campus."),
    ("h2", "Funding"),
    ("t", [
        ["Item", "Amount", "Source"],
        ["New building", "£8.1 million", "DfE High Needs Provision Capital Allocation passed to the Trust by Hallamford City Council (agreement signed 3 October 2026)"],
        ["Place funding, 96 places", "£960,000 a year", "High Needs Block (ESFA for academies)"],
        ["Top-up funding", "£15,500 per pupil a year", "Hallamford City Council, High Needs Block"],
    ]),
    ("h2", "Staffing"),
    ("p", "From September 2027: headteacher, deputy headteacher, 14.0 FTE teachers (from 10.0), 20.0 FTE teaching assistants (from 14.0), the clinical psychologist (0.8 FTE) and the outreach team (3.0 FTE)."),
]

DOCS["13-cabinet-report-new-semh-free-school-options.docx"] = [
    ("h0", "Whitcombe County Council"),
    ("p", "Cabinet, 18 March 2027. Agenda item 7."),
    ("h1", "Sufficiency of SEMH special school places: a new special free school at Lyford"),
    ("p", "Report of the Executive Director, People. Portfolio holder: Cllr Sarah Benning."),
    ("h2", "Executive summary"),
    ("p", "The County has 150 SEMH special school places and over 60 SEMH pupils in independent placements. This report recommends a new special free school for pupils aged 7-16 with SEMH needs at the former Lyford Grange site, opening in September 2029 with 80 places."),
    ("h2", "Recommendations"),
    ("n", [
        "That Cabinet approves Option 2 (a new special free school at Lyford) and the launch of a competition for an academy trust to run it.",
        "That Cabinet approves a capital budget of £14.5 million.",
    ]),
    ("h2", "1. Options appraisal"),
    ("t", [
        ["Option", "Description", "Outcome"],
        ["1", "Continue to buy independent places", "Rejected: cost rising by £2m a year"],
        ["2", "New special free school at Lyford (recommended)", "Preferred"],
        ["3", "Expand existing SEMH schools", "Rejected: both sites are full; we hope places could be found in the medium term if land becomes available, subject to planning"],
    ]),
    ("h2", "2. The recommended option"),
    ("p", "2.1 The new school will have the following places:"),
    ("t", [
        ["Phase", "Age", "Places from September 2029"],
        ["Primary", "7-11", "24"],
        ["Secondary", "11-16", "40"],
        ["Total", "7-16", "64"],
    ]),
    ("p", "2.2 It is a new school: no pupil will have to move from an existing school, although families of pupils now in independent placements may ask for a place at their annual review."),
    ("h2", "3. Educational benefits"),
    ("p", "3.1 The school will offer a full primary curriculum and nine GCSE subjects including combined science and computer science, vocational courses in construction and land-based studies (Level 1 and 2), and outdoor learning on its 6-hectare site. This will deliver priority 2 of the County's Accessibility Strategy 2026-2029 (local specialist places)."),
    ("p", "3.2 The specification requires a clinical psychologist (1.0 FTE), a speech and language therapist (0.6 FTE), an occupational therapist (0.4 FTE) and a family support team of two. The school will host the County's SEMH outreach service (4.0 FTE)."),
    ("p", "3.3 New buildings of 3,200 m²: 14 classrooms, two laboratories, a workshop, a sports hall, a therapy suite and a de-escalation suite, to be completed by July 2029."),
    ("h2", "4. Consultation with providers"),
    ("p", "4.1 On 9 January 2027 the Council sent a written statement of the proposed pattern of SEMH provision to the governing bodies of the County's two SEMH special schools, the County pupil referral units, all academy trusts and the independent SEMH schools where County pupils are placed, inviting them to set out their views in writing. Seventeen written responses were received (Appendix 2)."),
    ("h2", "5. Transport"),
    ("p", "5.1 Transport will be provided under the County's Home to School Transport Policy for Children and Young People with SEND (2026): minibuses with passenger assistants on planned routes, with journeys of no more than 50 minutes; the average journey for pupils now placed out of county (75 minutes) will fall."),
    ("h2", "6. Financial implications"),
    ("p", "6.1 Capital £14.5 million: £9.0 million from the High Needs Provision Capital Allocation and £5.5 million from the County's capital programme 2026-2030 (approved by Council on 22 February 2027). Revenue: place funding (£10,000 per place) and top-up (average £18,000 per pupil) from the High Needs Block, offset by the saving on independent placements (£3.1 million a year)."),
    ("h2", "7. Staffing"),
    ("p", "7.1 The specification sets a staffing model of headteacher, deputy, 13.0 FTE teachers, 21.0 FTE teaching assistants, the therapy posts in 3.2 and a business manager."),
    ("h2", "Appendices"),
    ("b", ["Appendix 1: needs analysis", "Appendix 2: written responses from providers", "Appendix 3: site plan"]),
]

DOCS["14-consultation-close-redbank-school-response-form.docx"] = [
    ("h0", "Caldermoor Council"),
    ("h1", "Consultation: the proposed closure of Redbank School"),
    ("p", "To parents and carers, pupils, staff, governors and partners. Consultation opens Monday 4 October 2027 and closes Friday 12 November 2027."),
    ("h2", "What we are proposing"),
    ("p", "We propose to close Redbank School, a community special school for 42 pupils aged 11-16 with behavioural, emotional and social difficulties, on 31 August 2028, and to enlarge Linden School and Moorside School, Caldermoor's two other schools for pupils with social, emotional and mental health needs, from 1 September 2028. Redbank's building is beyond economic repair."),
    ("h2", "Places before and after"),
    ("t", [
        ["School", "Places now", "Places from September 2028"],
        ["Redbank School", "42", "0"],
        ["Linden School (SEMH, 11-16)", "50", "80"],
        ["Moorside School (SEMH, 7-16)", "30", "50"],
        ["All SEMH special school places", "122", "130"],
    ]),
    ("h2", "Where would Redbank pupils go?"),
    ("b", [
        "Pupils who live in the north of the borough (24 pupils on the current roll) would go to Linden School.",
        "Pupils who live in the south of the borough (14 pupils) would go to Moorside School.",
        "Both governing bodies have written to us (letters of 20 and 22 September 2027) to confirm that they will admit these pupils and will have the facilities to teach them the full curriculum.",
        "No Redbank pupil would be placed in a pupil referral unit: every pupil would have a named special school place.",
    ]),
    ("h2", "What would pupils gain?"),
    ("p", "Curriculum: Linden and Moorside offer GCSEs in English, maths, science, art and computing, the Duke of Edinburgh's Award and Level 1 vocational courses in catering and horticulture, which Redbank does not. The proposal meets action 4 of the Caldermoor Accessibility Strategy 2026-2029."),
    ("p", "Staff: a speech and language therapist will work three days a week at each school, and the CAMHS in-reach team (two practitioners) will run weekly sessions at both schools."),
    ("p", "Buildings: a new six-classroom block (540 m²) at Linden and a four-classroom extension (300 m²) at Moorside, costing £4.6 million in all, completed by July 2028."),
    ("h2", "Money and staff"),
    ("p", "The £4.6 million building cost comes from the Council's High Needs Provision Capital Allocation 2026-2028. Place funding at Linden and Moorside rises by £500,000 a year from the High Needs Block. Linden will appoint 5.0 FTE teachers and 8.0 FTE teaching assistants; Moorside 3.0 FTE teachers and 5.0 FTE teaching assistants. Redbank staff will be offered interviews for these posts first."),
    ("h2", "Who else have we asked?"),
    ("p", "On 6 September 2027 we sent a written statement of the proposal to the governing bodies of Redbank, Linden and Moorside, the borough's other special schools, all secondary schools and academies and the Caldermoor Pupil Referral Unit management committee, asking for their views in writing. Their responses will be published with the consultation report."),
    ("h2", "Response form"),
    ("t", [
        ["Question", "Your answer"],
        ["1. Do you agree with the proposal to close Redbank School?", "Yes / No / Not sure"],
        ["2. Do you agree with the proposal to enlarge Linden and Moorside?", "Yes / No / Not sure"],
        ["3. Any comments", ""],
        ["4. You are: parent/carer, pupil, staff, governor, other", ""],
    ]),
    ("p", "Please return this form by 12 November 2027 to: SEND Place Planning, Caldermoor Town Hall, Caldermoor CM1 2TH."),
]

DOCS["19-statutory-proposal-new-ellerby-semh-school.docx"] = [
    ("h0", "Ellerby Metropolitan Borough Council"),
    ("h1", "Statutory proposal: establishment of a new community special school (SEMH) at Pinfold Lane"),
    ("p", "Published 1 December 2026 under section 11 of the Education and Inspections Act 2006, with the consent of the Secretary of State."),
    ("h2", "1. Proposer and school"),
    ("p", "1.1 Ellerby Metropolitan Borough Council, Civic Centre, Ellerby EL2 3AB, proposes to establish a new community special school for pupils aged 11-16 with social, emotional and mental health needs at Pinfold Lane, Ellerby, to open on 1 September 2028. Its places are set out in Annex 1."),
    ("h2", "2. Reasons"),
    ("p", "2.1 Ellerby has no secondary SEMH special school. 48 Ellerby pupils with SEMH needs attend independent schools, some as far as 60 miles away."),
    ("h2", "3. Pupils displaced"),
    ("p", "3.1 None. The school is new and no existing school or provision closes or changes."),
    ("h2", "4. Educational benefits"),
    ("h3", "4.1 Curriculum and facilities"),
    ("p", "Pupils will follow a curriculum leading to GCSEs in English, maths, combined science, art and PE, BTEC Level 1/2 in sport and in engineering, and the Duke of Edinburgh's Award, with a forest school and a climbing wall on site. The school supports outcome 2 of the Borough's Accessibility Strategy 2025-2028."),
    ("h3", "4.2 Specialist staff"),
    ("p", "The school will have a clinical psychologist (0.6 FTE), a speech and language therapist two days a week, and a CAMHS practitioner three days a week under a partnership agreement with the Ellerby Mental Health Trust."),
    ("h3", "4.3 Accommodation"),
    ("p", "A new single-storey building of 2,100 m², with ten classrooms, a science laboratory, an engineering workshop, a sports hall, two therapy rooms and a sensory regulation room, on the former Pinfold Lane depot site. Cost £11.2 million; completion June 2028."),
    ("h2", "5. Consultation with providers"),
    ("p", "5.1 On 2 June 2026 the Council sent a written statement of the proposal to the governing bodies and trusts of all Ellerby schools, the Ellerby Pupil Referral Service and the five independent SEMH schools where Ellerby pupils are placed, inviting each to set out its views on the new pattern of provision in writing. The 19 written responses are summarised in Annex 2."),
    ("h2", "6. Transport"),
    ("p", "6.1 Pupils eligible under the Borough's Home to School Travel Assistance Policy for Children with SEND (2026) will be transported by minibus or taxi with a passenger assistant, or given a personal travel budget. No journey will exceed 40 minutes; most pupils now placed out of borough travel over an hour."),
    ("h2", "7. Funding"),
    ("p", "7.1 Capital: £11.2 million from the Borough's High Needs Provision Capital Allocation 2024-2026 (£7.0 million) and the Council's capital programme 2026-2029 (£4.2 million), both approved by Council on 24 February 2026. Revenue: £600,000 a year place funding and top-up at the Borough's SEMH band (£17,800 per pupil) from the High Needs Block."),
    ("h2", "8. Staffing"),
    ("p", "8.1 Headteacher, deputy headteacher, 10.0 FTE teachers, 15.0 FTE teaching assistants, 2.0 FTE learning mentors, the therapy posts in 4.2 and a business manager, appointed from January 2028."),
    ("h2", "9. Objections"),
    ("p", "9.1 Objections and comments to the Director of Children's Services at the address above within four weeks of publication."),
    ("h2", "Annex 1: places"),
    ("t", [
        ["Provision", "Places now", "Places from 1 September 2028"],
        ["Pinfold Lane School (new, SEMH, 11-16)", "0", "60"],
        ["Secondary SEMH special school places in Ellerby", "0", "60"],
    ]),
    ("h2", "Annex 2: summary of providers' written responses"),
    ("p", "Nineteen responses: fifteen in support, three with comments on admissions and transport, one against (an independent school)."),
]

DOCS["22-governing-body-proposal-ormsby-vale-post16.docx"] = [
    ("h0", "Ormsby Vale School"),
    ("h1", "Proposal by the governing body to extend the age range of the school to 19"),
    ("p", "Ormsby Vale School is a foundation special school for pupils aged 11-16 with social, emotional and mental health needs, maintained by Thirlby County Council. Date of publication: 24th January 2027."),
    ("h2", "Summary of the proposal"),
    ("p", "The governing body proposes to extend the school's age range from 11-16 to 11-19 from 1st September 2027 by opening a sixth form of 20 places, increasing the school's capacity from 70 to 90. No pupil will have to move to another school as a result: the proposal adds places for students aged 16-19."),
    ("h2", "Places"),
    ("b", [
        "Ormsby Vale School: 70 places (11-16) now; 90 places (70 aged 11-16, 20 aged 16-19) from September 2027.",
        "Specialist SEMH post-16 places in Thirlby: none now; 20 from September 2027.",
    ]),
    ("h2", "Benefits to students"),
    ("p", "Access to education. Students will be able to stay at the school to take Level 2 and Level 3 BTECs in sport and in IT, GCSE English and maths resits, a supported internship programme with Thirlby Hospital and the Duke of Edinburgh's Award gold level. This supports priority 5 of Thirlby County Council's Accessibility Strategy 2026-2029 (post-16 pathways for young people with SEND)."),
    ("p", "Specialist staff. A careers adviser (0.4 FTE) and a job coach (1.0 FTE) will work with sixth-form students; the school's counsellor will increase from three to five days a week."),
    ("p", "Accommodation. The former caretaker's bungalow and adjoining store will be converted into a sixth-form centre of 260 m² with two teaching rooms, an IT suite of 12 workstations, a common room and a kitchen, at a cost of £950,000, ready by August 2027."),
    ("h2", "Views of other providers"),
    ("p", "On 11th October 2026 the governing body sent a written statement of the proposal to Thirlby County Council, Thirlby College, the governing bodies of the County's other special schools and all secondary schools with sixth forms, inviting them to set out their views in writing and seeking their agreement. Eleven written responses were received, including the support of the County Council and Thirlby College. They are available from the clerk."),
    ("h2", "Transport"),
    ("p", "Post-16 students will receive travel assistance under Thirlby County Council's Post-16 Transport Policy Statement and its Home to School Transport Policy for Children with SEND (2026): a seat on the school's existing minibus routes with a passenger assistant, or independent travel training and a bus pass. No journey will exceed 45 minutes."),
    ("h2", "Funding and staffing"),
    ("t", [
        ["Item", "Amount", "Source"],
        ["Conversion of the sixth-form centre", "£950,000", "Thirlby County Council High Needs Provision Capital Allocation (agreed by Cabinet 6th December 2026)"],
        ["Place funding, 20 places", "£200,000 a year", "High Needs Block"],
        ["Top-up funding", "£12,600 per student a year", "Thirlby County Council High Needs Block"],
    ]),
    ("p", "Staffing: a head of sixth form (1.0 FTE), two teachers (2.0 FTE), three teaching assistants (3.0 FTE), the job coach (1.0 FTE) and the careers adviser (0.4 FTE)."),
    ("h2", "How to comment"),
    ("p", "Write to the Clerk to the Governors, Ormsby Vale School, Vale Road, Thirlby TH6 4RR, by 21st February 2027."),
]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, blocks in DOCS.items():
        build(out / name, blocks)
        print(out / name)


if __name__ == "__main__":
    main()
