"""Build the Word documents of part b (26-50) of the sixteenth blind corpus.

Usage: python build_docx_b.py /work/blind16/heldout16

Writes exactly six .docx files (29, 33, 36, 40, 43, 48). The output is
byte-for-byte reproducible: core properties and zip timestamps are fixed.
"""
import datetime
import io
import os
import sys
import zipfile

from docx import Document
from docx.shared import Pt

FIXED = datetime.datetime(2027, 1, 1, 9, 0, 0)


def build(path, blocks, author):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
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
            para = doc.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "n":
            doc.add_paragraph(content, style="List Number")
        elif kind == "b":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            rows = content
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the file is reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, src.read(name))


DOCS = {}

# ---------------------------------------------------------------- 29
DOCS["29-cabinet-report-close-holm-lane-school.docx"] = ("Wendlebury Council", [
    ("title", "Wendlebury Council — Cabinet"),
    ("bold", "Date: 20 May 2027    Agenda item: 7    Report of: Director of Children's Services"),
    ("h1", "Proposal to close Holm Lane School and transfer its pupils to Greyfriars School and Oakmere School"),
    ("h2", "1. Summary"),
    ("p", "1.1 Holm Lane School is a community special school for 42 pupils aged 11-16 with social, emotional and mental health (SEMH) needs. This report asks Cabinet to approve, following the statutory representation period, the discontinuance of Holm Lane School on 31 August 2027 and the transfer of its pupils to two other Wendlebury special schools, Greyfriars School and Oakmere School, both of which are being enlarged."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves the discontinuance of Holm Lane School with effect from 31 August 2027."),
    ("p", "2.2 That Cabinet approves the enlargement of Greyfriars School from 70 to 95 places and of Oakmere School from 90 to 110 places, from 1 September 2027."),
    ("h2", "3. Background"),
    ("p", "3.1 Holm Lane has had three headteachers in four years and has been judged inadequate by Ofsted twice. Its site, shared with a former adult education centre, has no playing field, no science facilities and no specialist teaching rooms. Thirty-four pupils are on roll; 21 will be in Years 7 to 10 in September 2027."),
    ("p", "3.2 Greyfriars School (SEMH, 11-16, judged Good in 2025) and Oakmere School (complex needs including SEMH, 11-19, judged Outstanding in 2024) are 1.8 and 3.4 miles from Holm Lane."),
    ("h2", "4. Options appraisal"),
    ("t", [
        ["Option", "Summary", "Outcome"],
        ["1. Retain Holm Lane with a new leadership team", "No change to buildings; continued reliance on temporary leadership", "Rejected: does not address accommodation or curriculum"],
        ["2. Close Holm Lane; transfer pupils to Greyfriars and Oakmere (recommended)", "Enlarge both receiving schools; every pupil offered a named special school place", "Recommended"],
        ["3. Close Holm Lane; pupils to the Riverbank Centre (pupil referral unit) until places become available", "Lowest immediate cost", "Rejected: would place pupils in a PRU long-term, contrary to paragraph 23 of the SEN Improvement Test"],
    ]),
    ("h2", "5. Arrangements for Holm Lane pupils"),
    ("p", "5.1 Pupils completing Year 11 in July 2027 will leave as normal. The 21 pupils in Years 7 to 10 will each be offered a place at a named special school from 1 September 2027, following their parents' preferences expressed at transition reviews in March 2027: 13 pupils at Greyfriars School and 8 pupils at Oakmere School. No pupil will be placed in a pupil referral unit."),
    ("p", "5.2 The governing body of Greyfriars School considered the proposal on 8 March 2027 and its Chair wrote to the Council on 10 March 2027 confirming that the school will admit the 13 pupils and will have the facilities to provide an appropriate curriculum for them."),
    ("p", "5.3 The headteacher of Oakmere School indicated at the meeting with officers on 3 March 2027 that the school would be able to take the 8 pupils from September."),
    ("h2", "6. Specific educational benefits"),
    ("p", "6.1 Access to education. Both receiving schools have science laboratories, art and design rooms, food technology rooms and sports halls, and offer GCSEs in English, mathematics, science, art and physical education, with BTEC and Entry Level courses. Oakmere's post-16 department offers pupils a route to age 19 that Holm Lane could not. The proposal delivers objective 2.1 of Wendlebury's Accessibility Strategy 2026-2029."),
    ("p", "6.2 Access to specialist staff. Greyfriars has a full-time school-based counsellor and a speech and language therapist two days a week; Oakmere has an on-site CAMHS clinic one day a week and an occupational therapist three days a week. Each school will appoint an additional SEMH specialist teacher (1.0 FTE)."),
    ("p", "6.3 Accommodation. Greyfriars will gain a three-classroom extension (240 m²) with a nurture room, and Oakmere a two-classroom modular block (150 m²); both are to be completed by 16 August 2027 at a combined cost of £1.45m."),
    ("p", "6.4 Supply of suitable places. The table below shows SEMH special school places in Wendlebury."),
    ("t", [
        ["School", "2026-27", "From September 2027"],
        ["Holm Lane School", "42", "0"],
        ["Greyfriars School", "70", "95"],
        ["Oakmere School (SEMH places)", "30", "50"],
        ["Total", "142", "145"],
    ]),
    ("h2", "7. Consultation with providers"),
    ("p", "7.1 On 12 January 2027 the Council sent a written statement of the proposal to the governing bodies of Holm Lane, Greyfriars and Oakmere, the management committee of the Riverbank Centre and all secondary schools and academies in the borough, inviting each to set out its views in writing by 23 February 2027. Nine replies were received and are summarised in Appendix 2."),
    ("h2", "8. Transport"),
    ("p", "8.1 Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2026) will be transported to Greyfriars or Oakmere by taxi or minibus with a passenger assistant. The Integrated Transport Unit has planned routes so that no journey will exceed 40 minutes."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 Capital: £1.45m from the Council's High Needs Provision Capital Allocation for 2026-27 (£1.45m, already received)."),
    ("p", "9.2 Revenue: the High Needs Block will fund Greyfriars and Oakmere for the additional places at £10,000 per place plus top-up (£0.96m a year); Holm Lane's budget (£1.02m) ends."),
    ("h2", "10. Staffing"),
    ("p", "10.1 Greyfriars' staffing will rise by 3.0 FTE teachers and 5.0 FTE teaching assistants; Oakmere's by 2.0 FTE teachers and 4.0 FTE teaching assistants, in each case including the SEMH specialist teacher. Holm Lane staff have been offered redeployment."),
    ("h2", "11. Appendices"),
    ("b", "Appendix 1: Statutory notice and representations"),
    ("b", "Appendix 2: Providers' written responses"),
    ("b", "Appendix 3: Letter from the Chair of Governors, Greyfriars School (10 March 2027)"),
])

# ---------------------------------------------------------------- 33
DOCS["33-statutory-proposal-relocate-meadowbank-school.docx"] = ("Hurstwood County Council", [
    ("title", "Statutory proposal: relocation and enlargement of Meadowbank School"),
    ("p", "Hurstwood County Council, County Offices, Abbey Road, Hurstwood HW1 2NN. Published 7 June 2027 under the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013."),
    ("h1", "Description of the alteration"),
    ("n", "Meadowbank School is a community special school for 80 pupils aged 2-19 with profound and multiple learning difficulties (PMLD) and severe learning difficulties (SLD), on Mill Lane, Hurstwood."),
    ("n", "The County Council proposes to transfer the school to a new building on the former Westfield Infant School site, Westfield Road, Hurstwood (1.2 miles away), and to increase its capacity from 80 to 90 places, with effect from 1 January 2029."),
    ("n", "The whole school moves: every pupil and every member of staff will move with the school to the new building, the school keeps its name, governing body and headteacher, and no child will have to change school."),
    ("h1", "Reasons"),
    ("n", "The Mill Lane building, opened in 1967, has narrow corridors that wheelchairs cannot pass in, only two hygiene rooms with hoists, and no hydrotherapy pool; the school has turned away 17 children in two years for lack of space."),
    ("h1", "Educational benefits (SEN Improvement Test)"),
    ("h2", "Access to education and associated services"),
    ("n", "Pupils will have daily access to a hydrotherapy pool, a rebound therapy room, a sensory theatre with immersive projection and an accessible horticulture garden, and sixth-form students will use a training flat and a school café run as an enterprise. The curriculum will add the ASDAN Towards Independence modules at post-16. The move is a named project in the County's Accessibility Strategy 2026-2029 (section 5, improving the physical environment of special schools)."),
    ("h2", "Access to specialist staff"),
    ("n", "The new building includes a therapy suite that will allow the NHS physiotherapists (two, each four days a week) and the occupational therapist (three days a week) to work on site, where they now visit; a community paediatrician will hold a clinic at the school one morning a fortnight. The County's Sensory Support Service will run its multi-sensory impairment outreach from the school two days a week."),
    ("h2", "Accommodation"),
    ("n", "The new single-storey building (3,400 m²) has 12 classrooms, each with a hygiene room with ceiling track hoist, the pool and therapy suite, a sensory theatre, a hall and a dining room. Building starts in February 2028 and will be complete by November 2028."),
    ("h2", "Places"),
    ("t", [
        ["Meadowbank School", "Now", "From 1 January 2029"],
        ["Early years and primary (2-11)", "40", "44"],
        ["Secondary (11-16)", "25", "28"],
        ["Post-16 (16-19)", "15", "18"],
        ["Total", "80", "90"],
    ]),
    ("h1", "Views of providers"),
    ("n", "On 18 January 2027 the County Council sent a written statement of the proposal to the governing body of Meadowbank, the other four special schools in the County, the Westfield area primary schools, Hurstwood College and the NHS community trust, inviting each to set out its views in writing. The eight written replies, all supportive, are reproduced in Annex C."),
    ("h1", "Alternative provision"),
    ("n", "Not applicable. No pupil is displaced: the school moves as a whole."),
    ("h1", "Transport"),
    ("n", "All Meadowbank pupils are eligible for transport under the County's Home to School Transport Policy for Children with SEND (2026). They will travel to Westfield Road in wheelchair-accessible vehicles with a passenger assistant, as now; the Passenger Transport Team has re-planned the routes so that no journey will exceed 45 minutes (most will be shorter, since Westfield Road is nearer the A31)."),
    ("h1", "Funding and staffing"),
    ("n", "Capital: £16.8m, of which £14.2m from the Department for Education's Schools Rebuilding Programme (confirmed in March 2025) and £2.6m from the County's High Needs Provision Capital Allocation."),
    ("n", "Revenue: place funding (£10,000 per place, £900,000 for 90 places) and top-up funding at the PMLD and SLD band rates from the High Needs Block, an increase of £0.41m a year for the ten additional places."),
    ("n", "Staffing: the existing staff (headteacher, two deputies, 14.0 FTE teachers, 46.0 FTE teaching assistants) move with the school; for the additional places the school will appoint 1.0 FTE teacher and 4.0 FTE teaching assistants, and a site-based pool attendant (1.0 FTE)."),
    ("h1", "Objections and comments"),
    ("n", "Within four weeks of publication any person may object to or comment on this proposal by writing to School Organisation, County Offices, Abbey Road, Hurstwood HW1 2NN."),
])

# ---------------------------------------------------------------- 36
DOCS["36-executive-report-close-station-road-site-harrowdene-school.docx"] = ("Cranford Borough Council", [
    ("title", "Report to the Executive: Harrowdene School — single-site reorganisation"),
    ("p", "Cranford Borough Council · Executive, 7 July 2027 · Report of the Head of SEND and Inclusion · Wards: Elm Park, Station"),
    ("h1", "1. Purpose"),
    ("p", "1.1 Harrowdene School is a community special school for pupils aged 5-16 with social, emotional and mental health (SEMH) needs, with 110 places on two sites: the primary and Key Stage 3 site on Elm Road (70 places) and the Key Stage 4 site on Station Road (40 places). This report asks the Executive to approve the closure of the Station Road site from 31 August 2028 and the enlargement of the Elm Road site in a new block, so that the whole school is taught on one site with 120 places."),
    ("h1", "2. Recommendation"),
    ("p", "2.1 That the Executive approves the prescribed alteration to Harrowdene School (closure of the Station Road site and enlargement of the school from 110 to 120 places on the Elm Road site) with effect from 1 September 2028."),
    ("h1", "3. What happens to pupils at Station Road"),
    ("p", "3.1 Pupils on the Station Road site stay on the roll of Harrowdene School. From 1 September 2028 they will be taught in the new Key Stage 4 block on the Elm Road site by the same teachers. Every pupil keeps a Harrowdene special school place; no pupil will be transferred to another school, and no pupil will be placed in a pupil referral unit."),
    ("h1", "4. Educational benefits"),
    ("p", "4.1 Access to education and associated services. The new block contains a science laboratory, a vocational workshop for construction and motor vehicle studies, a hair and beauty salon and a food room. Key Stage 4 pupils will be able to take GCSE combined science and the BTEC Level 1/2 Tech Award in Construction, which the Station Road site cannot offer, and will share the Elm Road sports hall and outdoor pitch. The proposal is included in the Council's Accessibility Strategy 2025-2028, action 4."),
    ("p", "4.2 Access to specialist staff. On one site pupils of all ages will have the school's clinical psychologist (1.0 FTE) and speech and language therapist (0.6 FTE), who now divide their week between the sites. A CAMHS mental health support team practitioner will be based at the school three days a week from September 2028, and the Harrowdene SEMH Outreach Service (2.5 FTE) will operate from the new block."),
    ("p", "4.3 Accommodation. The new block (1,150 m²) has six classrooms, the specialist rooms in 4.1, three small-group rooms, two de-escalation rooms and a staff base, built at a cost of £5.6m and due for handover on 30 June 2028. The Station Road site, a converted 1930s library with no outdoor space, will be returned to the Council's estate."),
    ("p", "4.4 Supply of suitable places."),
    ("t", [
        ["SEMH special school places in Cranford", "2027-28", "2028-29"],
        ["Harrowdene School, Elm Road site", "70", "120"],
        ["Harrowdene School, Station Road site", "40", "0"],
        ["Total", "110", "120"],
    ]),
    ("h1", "5. Views of providers"),
    ("p", "5.1 The Council sent a written statement of the proposal on 10 January 2027 to the governing body of Harrowdene, the other special schools in Cranford, all secondary schools and academies, and the Cranford Pupil Referral Service, inviting each to give its views in writing. The twelve replies, ten in support, are at Appendix B."),
    ("h1", "6. Transport"),
    ("p", "6.1 Pupils will continue to receive transport under the Council's SEND Home to School Travel Policy (2026), by minibus with a passenger assistant. Elm Road is 1.4 miles from Station Road; the revised routes keep every journey under 45 minutes."),
    ("h1", "7. Funding"),
    ("p", "7.1 Capital: £5.6m, from the High Needs Provision Capital Allocation 2026-27 and 2027-28 (£4.9m, received) and the Council's capital receipts reserve (£0.7m, from the sale of the former Elm Road caretaker's house in 2026)."),
    ("p", "7.2 Revenue: place and top-up funding from the High Needs Block for 120 places, £2.64m a year (an increase of £0.22m)."),
    ("h1", "8. Staffing"),
    ("p", "8.1 Headteacher, two deputy headteachers, 16.0 FTE teachers (from 15.0), 24.0 FTE teaching assistants (from 22.0), and the specialist staff in 4.2. No post is lost."),
    ("h1", "9. Background papers"),
    ("b", "Statutory notice published 15 April 2027"),
    ("b", "SEND Sufficiency Strategy 2026-2030"),
])

# ---------------------------------------------------------------- 40
DOCS["40-consultation-close-whinmoor-school-enlarge-brook-vale.docx"] = ("Aldermoor Council", [
    ("title", "Consultation on the future of Whinmoor School"),
    ("p", "Aldermoor Council — Children and Young People's Services. Consultation from 3 November 2027 to 15 December 2027."),
    ("h1", "Introduction"),
    ("n", "Whinmoor School is a community special school for 45 pupils aged 11-16 with social, emotional and mental health (SEMH) needs. Its building on Quarry Lane is beyond economic repair. We propose to close Whinmoor School on 31 August 2028 and to enlarge Brook Vale School, the borough's other SEMH special school, from 60 to 110 places in a new building that opens on 2 November 2028."),
    ("h1", "Where pupils would go"),
    ("n", "Every Whinmoor pupil who has not finished Year 11 would have a place at Brook Vale School from 2 November 2028, and each EHC plan would name Brook Vale."),
    ("n", "Because the new building opens after the autumn half term, pupils would spend the first half of the autumn term, from 4 September to 23 October 2028, at Tanner's Yard, the borough's short stay school, in a separate base taught by Whinmoor teachers. This bridging placement would last no more than eight school weeks."),
    ("n", "The governing body of Brook Vale School confirmed in writing on 14 October 2027 that it will admit every Whinmoor pupil and will have the facilities needed for an appropriate curriculum. The management committee of Tanner's Yard confirmed in writing on 20 October 2027 that it will host the group for the eight weeks."),
    ("h1", "What pupils would gain"),
    ("n", "Curriculum and facilities: the new Brook Vale building will have a science laboratory, a design and technology workshop, a music room and a climbing wall. Pupils will be able to take GCSE combined science and design and technology, and the school will offer the John Muir Award. The proposal supports priority 1 of Aldermoor's Accessibility Strategy 2026-2029."),
    ("n", "Specialist staff: a clinical psychologist (0.8 FTE), a speech and language therapist (0.4 FTE) and a music therapist (0.2 FTE) will be employed at Brook Vale, and the borough's SEMH Outreach Team (2.0 FTE) will be based there."),
    ("n", "Accommodation: the new building (1,520 m²) will have nine classrooms, the specialist rooms above, three therapy rooms and a sensory garden. The estimated cost is £7.2m."),
    ("n", "Places: see the table below."),
    ("t", [
        ["SEMH special school places in Aldermoor", "2027-28", "From November 2028"],
        ["Whinmoor School", "45", "0"],
        ["Brook Vale School", "60", "110"],
        ["Total", "105", "110"],
    ]),
    ("h1", "Who we have asked"),
    ("n", "On 29 September 2027 the Council sent a written statement of the proposal to the governing bodies of Whinmoor and Brook Vale, the management committee of Tanner's Yard, and all special and secondary schools and academies in Aldermoor, inviting them to set out their views in writing."),
    ("h1", "Transport"),
    ("n", "Pupils eligible under the Council's Home to School Transport Policy for Pupils with SEND (2027) will be taken to Tanner's Yard and then to Brook Vale by minibus with a passenger assistant; journeys will not exceed 40 minutes."),
    ("h1", "Cost and staffing"),
    ("n", "Capital: £7.2m, of which £5.0m from the High Needs Provision Capital Allocation and £2.2m from the Council's capital programme, subject to approval of the 2028-29 capital programme by Council in February 2028."),
    ("n", "Revenue: £2.4m a year from the High Needs Block for 110 places."),
    ("n", "Staffing at Brook Vale: headteacher, two deputies, 14.0 FTE teachers, 21.0 FTE teaching assistants and the specialist staff above."),
    ("h1", "Response form"),
    ("p", "Do you agree with the proposal to close Whinmoor School and enlarge Brook Vale School?    Yes / No / Not sure"),
    ("p", "Comments:"),
    ("p", "Please return this form by 15 December 2027 to SEND Place Planning, Aldermoor Council, Civic Hall, Aldermoor AM1 1CH, or respond online at aldermoor.gov.uk/whinmoor."),
])

# ---------------------------------------------------------------- 43
DOCS["43-cabinet-report-options-appraisal-close-ellerby-house.docx"] = ("Norwell County Council", [
    ("title", "Norwell County Council — Cabinet"),
    ("p", "16 September 2027 · Report of the Corporate Director, People · Key decision ref. P/2027/41"),
    ("h1", "Closure of Ellerby House School and enlargement of Fairholme School"),
    ("h2", "1. Purpose"),
    ("p", "1.1 Ellerby House School is a residential community special school for 32 boys aged 10-16 with behavioural, emotional and social difficulties. The governing body has told the Council that the school can no longer recruit residential care staff, and Ofsted has suspended the residential provision. This report sets out an appraisal of options and recommends the closure of Ellerby House on 31 August 2028 and the enlargement of Fairholme School."),
    ("h2", "2. Options appraisal"),
    ("p", "2.1 Option 1: keep Ellerby House as a day school. The building is isolated (a 25-mile round trip for most pupils), and day numbers are too low to be viable. Rejected."),
    ("p", "2.2 Option 2: close Ellerby House and open a new SEMH satellite at Norwell town centre with its own therapy team. A speech and language therapist would be on site three days a week and a clinical psychologist two days a week. Rejected: no site available before 2030."),
    ("p", "2.3 Option 3: close Ellerby House and place pupils at the Norwell Pupil Referral Unit for up to a year while special school places are commissioned. Rejected as contrary to paragraph 23 of the SEN Improvement Test."),
    ("p", "2.4 Option 4 (recommended): close Ellerby House and enlarge Fairholme School, the County's SEMH day special school, from 70 to 110 places, with a resourced provision at Linthwaite High School for pupils ready for mainstream."),
    ("t", [
        ["Criterion", "Option 1", "Option 2", "Option 3", "Option 4"],
        ["Every pupil has a special school place", "Yes", "Yes", "No", "Yes"],
        ["Available by September 2028", "Yes", "No", "Yes", "Yes"],
        ["Capital cost", "£0.4m", "£6.5m", "£0", "£4.8m"],
        ["Outcome", "Rejected", "Rejected", "Rejected", "Recommended"],
    ]),
    ("h2", "3. Arrangements for Ellerby House pupils (Option 4)"),
    ("p", "3.1 Of the 26 pupils who will be on roll in September 2028, 22 will transfer to Fairholme School and 4 to the resourced provision at Linthwaite High School, as agreed with their parents at annual reviews. Each EHC plan will be amended to name the new school. No pupil will attend the pupil referral unit."),
    ("p", "3.2 The governing body of Fairholme confirmed by letter of 4 July 2027 that it will admit the 22 pupils and have the facilities for an appropriate curriculum. The governing body of Linthwaite High School confirmed by letter of 11 July 2027 that it will admit the 4 pupils to its resourced provision."),
    ("h2", "4. Educational benefits of Option 4"),
    ("p", "4.1 Access to education. Fairholme will add a science laboratory, a workshop and a horticulture area, so that pupils can take GCSE combined science and the BTEC Level 1 Award in Land-based Studies, neither of which Ellerby House offers. Pupils at Linthwaite will follow the mainstream GCSE curriculum with support. The proposal delivers objective 3 of the Norwell Accessibility Strategy 2026-2029."),
    ("p", "4.2 Access to specialist staff. Pupils will have improved access to therapies and specialist support at Fairholme."),
    ("p", "4.3 Accommodation. A new teaching block at Fairholme (1,100 m²) with eight classrooms, the laboratory and workshop, and three therapy rooms, costing £4.5m, for completion in July 2028; and a remodelled two-room base at Linthwaite (£0.3m), complete in August 2028."),
    ("p", "4.4 Places."),
    ("t", [
        ["SEMH/BESD places in Norwell", "2027-28", "2028-29"],
        ["Ellerby House (residential)", "32", "0"],
        ["Fairholme School", "70", "110"],
        ["Linthwaite High resourced provision", "0", "8"],
        ["Total", "102", "118"],
    ]),
    ("h2", "5. Views of providers"),
    ("p", "5.1 On 2 May 2027 the Council sent a written statement of the options to the governing bodies of Ellerby House, Fairholme and Linthwaite High, the management committee of the Norwell PRU, and all special and secondary schools in the County, inviting written views. Fourteen written replies are at Appendix 3."),
    ("h2", "6. Transport"),
    ("p", "6.1 Pupils eligible under the County's Home to School Transport Policy for Children and Young People with SEND (2026) will travel by taxi or minibus with a passenger assistant; journeys to Fairholme or Linthwaite will be no longer than 45 minutes, compared with up to 70 minutes to Ellerby House."),
    ("h2", "7. Financial implications"),
    ("p", "7.1 Capital: £4.8m from the High Needs Provision Capital Allocation 2026-27 and 2027-28, received."),
    ("p", "7.2 Revenue: £2.9m a year from the High Needs Block for Fairholme and the Linthwaite provision, against £2.7m now spent on Ellerby House, whose residential costs fall away."),
    ("h2", "8. Staffing"),
    ("p", "8.1 Fairholme will increase from 10.0 to 15.0 FTE teachers and from 16.0 to 24.0 FTE teaching assistants; Linthwaite's provision will have 1.0 FTE teacher and 2.0 FTE teaching assistants. Ellerby House staff will be offered posts under the Council's redeployment policy."),
    ("h2", "9. Recommendation"),
    ("p", "9.1 That Cabinet approves publication of proposals for Option 4."),
])

# ---------------------------------------------------------------- 48
DOCS["48-outcome-report-close-saltmarsh-house-school.docx"] = ("Eastholme Borough Council", [
    ("title", "Saltmarsh House School: outcome of consultation"),
    ("p", "Eastholme Borough Council. Report to the Cabinet Member for Education, 28 June 2027. Author: Gareth Lowndes, SEND Commissioning Manager."),
    ("h1", "Summary"),
    ("p", "The Council consulted from 1 March to 12 April 2027 on closing Saltmarsh House School, a community special school for 30 pupils aged 11-16 with social, emotional and mental health needs, on 31 August 2028. This report summarises the 64 responses and recommends that the Council proceeds to the statutory stage."),
    ("h1", "Where pupils will go"),
    ("n", "Twenty-two pupils will be on roll in September 2028 (Years 7 to 10 now)."),
    ("n", "Twelve pupils will transfer to Heathcote School, the borough's SEMH special school, on 1 September 2028. Heathcote's governing body confirmed in writing on 10 May 2027 that it will admit them."),
    ("n", "Six pupils whose annual reviews recommended a return to mainstream will transfer with support to named secondary schools (Eastholme Academy, three pupils; St Hilda's CE High, three pupils), both of which confirmed in writing in May 2027."),
    ("n", "The remaining four pupils, in Year 9, will, we hope, be offered places at Heathcote once its new block opens in January 2029; in the meantime they will be educated through a tutoring package arranged by the Council. No pupil will be placed in a pupil referral unit."),
    ("h1", "Benefits"),
    ("n", "Curriculum: Heathcote offers GCSE combined science, art and computing and the Prince's Trust Achieve programme, with a forest school and a climbing wall. This meets target 2 of the Council's Accessibility Strategy 2026-2029."),
    ("n", "Specialist staff: Heathcote has an educational psychologist two days a week, a speech and language therapist two days a week and a CAMHS link worker one day a week; a further SEMH teacher (1.0 FTE) will be appointed."),
    ("n", "Accommodation: a new teaching block at Heathcote (620 m²) with five classrooms and two therapy rooms, cost £3.1m, due to open in January 2029."),
    ("n", "Places: SEMH special school places in the borough will rise from 90 (Saltmarsh House 30, Heathcote 60) to 100 (Heathcote 100) by January 2029."),
    ("h1", "Providers' views"),
    ("n", "A written statement of the proposal was sent on 15 February 2027 to the governing bodies of Saltmarsh House, Heathcote and all Eastholme secondary schools and academies, inviting written views. Eight replies were received."),
    ("h1", "Transport"),
    ("n", "Transport will be provided under the Council's SEND Home to School Transport Policy (2025) by minibus or taxi with a passenger assistant; no journey will exceed 45 minutes."),
    ("h1", "Funding and staffing"),
    ("n", "Capital £3.1m from the High Needs Provision Capital Allocation (received). Revenue £2.2m a year from the High Needs Block for Heathcote's 100 places."),
    ("n", "Heathcote staffing will rise from 9.0 to 14.0 FTE teachers and from 15.0 to 22.0 FTE teaching assistants."),
    ("h1", "Responses to the consultation"),
    ("t", [
        ["Response", "Number"],
        ["Support", "31"],
        ["Oppose", "27"],
        ["Not sure", "6"],
        ["Total", "64"],
    ]),
    ("h1", "Recommendation"),
    ("n", "That statutory proposals are published in September 2027."),
])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_b.py OUTPUT_FOLDER")
    out = sys.argv[1]
    for name, (author, blocks) in DOCS.items():
        build(os.path.join(out, name), blocks, author)
        print(name)


if __name__ == "__main__":
    main()
