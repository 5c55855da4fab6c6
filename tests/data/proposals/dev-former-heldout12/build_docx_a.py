#!/usr/bin/env python3
"""Build the six Word documents of heldout12 (documents 01-25 half) with python-docx.

Usage: build_docx_a.py [OUTPUT_FOLDER]   (default: this script's own folder)
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def build(path, blocks, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "centre":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "lead":  # bold lead-in, then text
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(" " + b[2])
        elif kind == "num":  # Word auto-numbered paragraph
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "break":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)


# ---------------------------------------------------------------------------------------- 03
D03 = [
    ("title", "Ashworth Borough Council"),
    ("centre", "Children, Education and Families"),
    ("h1", "Consultation on the future of the Harbour, the SEMH resourced provision at Thornfield High School"),
    ("p", "Consultation period: Monday 2 November 2026 to Friday 11 December 2026"),
    ("h2", "1. Introduction"),
    ("p", "1.1 The Harbour is a resourced provision for 12 secondary-aged pupils with social, emotional and "
          "mental health (SEMH) needs, based in two rooms at Thornfield High School, an academy in the Ribble "
          "Learning Trust. It opened in 2014. Nine pupils currently attend; all have an Education, Health and "
          "Care (EHC) plan naming Thornfield with the Harbour."),
    ("p", "1.2 The Council is consulting on closing the Harbour at the end of the summer term 2027 and using "
          "the money it releases to enlarge the borough's SEMH outreach service, so that more pupils in more "
          "schools get help earlier."),
    ("h2", "2. Why are we consulting?"),
    ("p", "2.1 An Ofsted and CQC local area inspection in 2025 found that support for pupils with SEMH needs "
          "in mainstream secondary schools was too dependent on where a child lived. The Harbour serves one "
          "school's catchment. Over the last three years it has had, on average, four empty places."),
    ("p", "2.2 The Ribble Learning Trust has told the Council that it would like the two rooms back for "
          "the school's growing Year 7 intake."),
    ("h2", "3. What is proposed"),
    ("table", [["", "Now", "From September 2027"],
               ["SEMH resourced places at Thornfield High (the Harbour)", "12", "0"],
               ["SEMH outreach service", "Yes", "Yes, enlarged"]]),
    ("p", "3.1 The Harbour would close on 31 August 2027. There would be no other secondary SEMH resourced "
          "provision in the borough."),
    ("h2", "4. How would pupils benefit?"),
    ("p", "4.1 Pupils would benefit from better access to the full curriculum in mainstream lessons, with "
          "the right support in place."),
    ("p", "4.2 More pupils across the borough would have access to the specialist teachers and educational "
          "psychologists of the outreach service, and support would reach them sooner."),
    ("h2", "5. What would happen to pupils now at the Harbour?"),
    ("p", "5.1 The four pupils in Year 11 this year would finish their courses at the Harbour in July 2027."),
    ("p", "5.2 The other five pupils would remain on the roll of Thornfield High School, supported by the "
          "outreach team, until a place becomes available at Brookside School or another suitable setting "
          "named in their EHC plan. Their EHC plans would be reviewed in the spring term 2027."),
    ("h2", "6. Who have we talked to?"),
    ("p", "6.1 Officers met the headteacher and chair of governors of Thornfield High School and the chief "
          "executive of the Ribble Learning Trust in September 2026, and the proposal was discussed at the "
          "Secondary Headteachers' Forum on 8 October 2026."),
    ("h2", "7. Transport"),
    ("p", "7.1 Transport will be provided in line with the Council's Home to School Travel Policy for "
          "Children and Young People with SEND (2025)."),
    ("h2", "8. Funding and staffing"),
    ("p", "8.1 The Harbour currently receives £180,000 a year from the High Needs Block (£120,000 place "
          "funding and £60,000 top-up). From 1 September 2027 the full £180,000 would be transferred to the "
          "SEMH outreach service's budget, which would rise from £410,000 to £590,000 a year."),
    ("p", "8.2 The SEMH outreach team will continue, and its staffing will be reviewed once the Harbour has "
          "closed. The two Harbour staff employed by the trust are covered by the trust's own policies."),
    ("h2", "9. What happens next"),
    ("table", [["Stage", "Date"],
               ["Consultation closes", "11 December 2026"],
               ["Report to Cabinet", "February 2027"],
               ["If approved, the Harbour closes", "31 August 2027"]]),
    ("break",),
    ("h1", "Response form"),
    ("p", "Please return this form to SEND Commissioning, Ashworth Town Hall, Ashworth AW1 1TH, or email "
          "send.consultation@ashworth.gov.uk, by 11 December 2026."),
    ("table", [["Question", "Your response"],
               ["1. Are you a parent/carer, pupil, member of staff, governor or other?", ""],
               ["2. Do you agree that the Harbour should close? (Agree / Disagree / Not sure)", ""],
               ["3. Do you agree that the outreach service should be enlarged? (Agree / Disagree / Not sure)", ""],
               ["4. Please tell us any comments or concerns", ""]]),
    ("p", "Thank you for taking part. Your response will be treated in line with the Council's privacy notice."),
]

# ---------------------------------------------------------------------------------------- 04
D04 = [
    ("title", "WESTMERE COUNTY COUNCIL"),
    ("centre", "CABINET - 19 NOVEMBER 2026"),
    ("h1", "Future of Whinfell School: options appraisal and proposal to consult"),
    ("table", [["Report of", "Executive Director, Children's Services"],
               ["Cabinet Member", "Cllr Robert Haines, Education and SEND"],
               ["Key decision", "Yes - Forward Plan ref. CS/26/014"],
               ["Electoral divisions", "Whinfell; Aldbrook and Wyre"],
               ["Appendices", "A Options scoring; B Building condition; C Aldbrook School letter; "
                              "D Providers' written responses; E Equality impact assessment"]]),
    ("h2", "1. Purpose"),
    ("p", "1.1 To set out the options for the future of Whinfell School, a special school for pupils aged "
          "9 to 16 with social, emotional and mental health (SEMH) needs, and to seek approval to publish "
          "proposals to discontinue it on 31 August 2027 and enlarge Aldbrook School."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet agrees Option 2 and authorises publication of statutory proposals to discontinue "
          "Whinfell School and to enlarge Aldbrook School from 90 to 160 places from 1 September 2027."),
    ("h2", "3. Background"),
    ("p", "3.1 Whinfell has 64 places and 58 pupils on roll, seven of them in Year 11 who will leave in July 2027. Its buildings are in poor condition "
          "(Appendix B), and Ofsted judged the school inadequate in March 2026."),
    ("p", "3.2 Aldbrook School is the County's other SEMH special school, for pupils aged 9 to 16, and was "
          "judged good in 2024. Together the two schools provide 154 SEMH special school places."),
    ("p", "3.3 The County also maintains Linden House (the County's short stay school, registered with the "
          "Department for Education as a pupil referral unit), which provides for pupils aged 11 to 16 who "
          "have been permanently excluded or who cannot attend school for medical reasons."),
    ("h2", "4. Options appraisal"),
    ("table", [["Option", "Description", "Assessment"],
               ["1. Do nothing", "Keep Whinfell open on its current site.",
                "Rejected: £2.7m of condition works; does not address the inadequate judgement."],
               ["2. Close Whinfell and enlarge Aldbrook (recommended)",
                "Pupils transfer to an enlarged Aldbrook with a new teaching block.",
                "Best educational and value-for-money score (Appendix A)."],
               ["3. Federate the two schools",
                "Keep both sites under one executive headteacher.",
                "Rejected: would keep the Whinfell buildings; officers would hope to find places for some "
                "pupils in independent schools while works took place."]]),
    ("h2", "5. Benefits of the recommended option"),
    ("p", "5.1 Access to education. The new block at Aldbrook will give pupils a science laboratory, a design "
          "and technology workshop, a music room and a climbing wall. From September 2027 all Key Stage 4 "
          "pupils will be able to study for GCSE combined science and design and technology and for an NCFE "
          "Level 1 certificate in construction. The block is step-free with a platform lift, in line with "
          "priority 2 of the County's Accessibility Strategy 2025-2028."),
    ("p", "5.2 Access to specialist staff. Aldbrook will employ a speech and language therapist three days a "
          "week, an educational psychologist one day a week (bought from the County service) and two family "
          "support workers. Whinfell has no therapy staff."),
    ("p", "5.3 Accommodation. The new block (1,600 m2) provides ten classrooms, the specialist rooms in 5.1, "
          "four group rooms and a therapy suite. It will cost £7.3 million and be complete by 31 July 2027."),
    ("p", "5.4 Places. SEMH special school places in the County rise from 154 (64 at Whinfell, 90 at "
          "Aldbrook) to 160 at Aldbrook."),
    ("h2", "6. Arrangements for Whinfell pupils"),
    ("p", "6.1 The 41 pupils who will be in Years 5 to 10 in September 2027 will transfer to Aldbrook. The "
          "governing body of Aldbrook confirmed in writing on 20 October 2026 (Appendix C) that it will admit "
          "them and will have the facilities to teach them once the block is complete."),
    ("p", "6.2 To avoid a change of school in their examination year, the 10 pupils who will be in Year 11 "
          "in 2027-28 will complete their secondary education at Linden House, which has a Key Stage 4 "
          "programme, and will sit their examinations there in summer 2028."),
    ("h2", "7. Consultation with providers"),
    ("p", "7.1 On 14 September 2026 the Council wrote to the governing bodies of Whinfell and Aldbrook, the "
          "management committee of Linden House, the County's six other special schools and its 31 secondary "
          "schools and academies, enclosing a statement of the proposal and asking each to set out its views "
          "in writing. Their 22 written responses are at Appendix D."),
    ("h2", "8. Transport"),
    ("p", "8.1 Pupils eligible under the County's Travel Assistance Policy for Children and Young People with "
          "SEND (2025) will travel to Aldbrook by minibus with a passenger assistant. The longest planned "
          "journey is 50 minutes. Routes will be confirmed to families by 1 July 2027."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 Capital: £7.3 million from the County's High Needs Provision Capital Allocation (£5.5 million) "
          "and the capital receipt from the sale of the Whinfell site, estimated at £1.8 million and "
          "underwritten by the approved capital programme 2026-2029."),
    ("p", "9.2 Revenue: Aldbrook will receive £10,000 place funding for each of its 160 places and SEMH "
          "top-up from the High Needs Block at the County's banded rates."),
    ("h2", "10. Staffing implications"),
    ("p", "10.1 Aldbrook's staffing for 160 places will be 20.0 FTE teachers, 32.0 FTE teaching assistants, "
          "0.6 FTE speech and language therapist, 2.0 FTE family support workers and 4.0 FTE behaviour "
          "mentors, with a leadership team of four. Whinfell staff will be offered posts first."),
    ("h2", "11. Equality implications"),
    ("p", "11.1 See Appendix E."),
]

# ---------------------------------------------------------------------------------------- 09
D09 = [
    ("title", "COLDMARSH BOROUGH COUNCIL"),
    ("centre", "Report to the Executive Member for Children and Young People"),
    ("centre", "Decision date: 1 December 2026"),
    ("h1", "Closure of Fairhaven School and enlargement of Oakleigh School"),
    ("h2", "Summary"),
    ("p", "Fairhaven School is a residential and day special school for pupils aged 9 to 16 with social, "
          "emotional and mental health needs. Following consultation, this report recommends that the "
          "Executive Member approves the statutory proposals to close Fairhaven on 31 August 2027 and to "
          "enlarge Oakleigh School, the borough's day SEMH special school, from 72 to 140 places."),
    ("h2", "Recommendation"),
    ("p", "That the Executive Member approves the proposals published on 28 September 2026, without "
          "modification."),
    ("h2", "1. Background"),
    ("p", "1.1 Fairhaven has 60 places and 44 pupils on roll: 36 day pupils and 8 weekly residential pupils. "
          "Its residential provision was judged inadequate by Ofsted in 2025 and the governing body has asked "
          "the Council to bring the school's future forward."),
    ("p", "1.2 SEMH special school places in the borough are 132 now (60 at Fairhaven, 72 at Oakleigh) and "
          "would be 140 from September 2027, all at Oakleigh."),
    ("h2", "2. Benefits for pupils"),
    ("p", "2.1 Curriculum and facilities. Oakleigh's new building will provide a science laboratory, a "
          "workshop for construction and motor vehicle courses, a food room, a gym and a horticulture area. "
          "Key Stage 4 pupils will be able to take GCSE combined science, geography and art and Level 1 "
          "qualifications in construction and motor vehicle studies, none of which Fairhaven offers. The "
          "building's design meets objective 4 of the Council's Accessibility Strategy 2025-2028."),
    ("p", "2.2 Specialist staff. Oakleigh will employ a speech and language therapist (0.8 FTE) and a "
          "counsellor (1.0 FTE), and the Council's educational psychology service will provide one day a "
          "week. The CAMHS schools link worker will be on site weekly."),
    ("p", "2.3 Accommodation. A two-storey building of 2,100 m2 with twelve classrooms, six group rooms, the "
          "specialist rooms in 2.1 and a therapy suite, on the Oakleigh site, complete by 30 June 2027 at a "
          "cost of £9.2 million."),
    ("h2", "3. Arrangements for Fairhaven pupils"),
    ("p", "3.1 The 30 day pupils who will be in Years 5 to 11 in September 2027 will transfer to Oakleigh. "
          "Oakleigh's governing body confirmed in writing on 6 November 2026 that it will admit them and that "
          "the new building will give it the facilities it needs."),
    ("p", "3.2 The six day pupils now in Year 11 will complete Year 11 at Fairhaven and leave in July 2027."),
    ("p", "3.3 Oakleigh is a day school. It is our intention to secure suitable residential placements for "
          "the eight weekly residential pupils, and officers are in discussion with two independent "
          "residential special schools. Their EHC plans will be reviewed in the spring term 2027."),
    ("p", "3.4 No Fairhaven pupil will be placed at Coldmarsh Pupil Support Centre, the borough's pupil "
          "referral unit."),
    ("h2", "4. Views of providers"),
    ("p", "4.1 On 31 August 2026 the Council sent a written statement of the proposals to the governing bodies "
          "of Fairhaven and Oakleigh, the Coldmarsh Pupil Support Centre and all 16 secondary schools, inviting "
          "their views in writing. 14 responses were received and are attached as Annex 2."),
    ("h2", "5. Transport"),
    ("p", "5.1 Eligible pupils under the Council's SEND Travel Assistance Policy (2026) will travel to Oakleigh "
          "by minibus with a passenger assistant, no journey over 45 minutes."),
    ("h2", "6. Finance"),
    ("p", "6.1 Capital: £9.2 million, from the High Needs Provision Capital Allocation (£7.0 million) and the "
          "Council's approved capital programme 2026-2029 (£2.2 million)."),
    ("p", "6.2 Revenue: place funding (£10,000 a place) and SEMH top-up from the High Needs Block for 140 "
          "places at Oakleigh."),
    ("h2", "7. Staffing"),
    ("table", [["Post", "FTE at Oakleigh from September 2027"],
               ["Teachers", "17.0"],
               ["Teaching assistants", "28.0"],
               ["Speech and language therapist", "0.8"],
               ["Counsellor", "1.0"],
               ["Pastoral managers", "4.0"]]),
    ("p", "Fairhaven staff will be offered posts under the Council's Organisational Change Policy."),
    ("h2", "8. Background papers"),
    ("p", "Consultation report (October 2026); statutory proposals (28 September 2026)."),
]

# ---------------------------------------------------------------------------------------- 14
D14 = [
    ("title", "Harland County Council"),
    ("h1", "Wyvern Lodge School and Harcourt School: consultation document"),
    ("p", "Consultation: 2 November 2026 - 14 December 2026"),
    ("h2", "The proposal"),
    ("p", "Harland County Council proposes to close Wyvern Lodge School, a community special school for 40 "
          "pupils aged 7 to 14 with social, emotional and mental health (SEMH) needs, on 31 August 2027, and "
          "to enlarge Harcourt School, an SEMH special school for pupils aged 7 to 16, from 60 to 104 places "
          "from 1 September 2027. SEMH special school places in the county would rise from 100 to 104."),
    ("h2", "Why"),
    ("p", "Wyvern Lodge has 31 pupils on roll and a single building with no outdoor space. Harcourt is "
          "rated good and is building a new teaching block. Most Wyvern Lodge pupils move to Harcourt at "
          "age 14 in any case."),
    ("h2", "What pupils would gain"),
    ("lead", "Curriculum and activities.",
     "Harcourt offers a science laboratory, a food room, a forest school and a farm unit, and takes pupils "
     "to GCSE and Level 1 qualifications in animal care and construction; Wyvern Lodge pupils would no "
     "longer need to change school at 14. Pupils would have weekly swimming and outdoor education. The new "
     "block is step-free with a lift, meeting action 3 of the County's Accessibility Strategy 2026-2029."),
    ("lead", "Specialist staff.",
     "Harcourt has a speech and language therapist four days a week, a play therapist two days a week and "
     "a full-time family worker; the County's educational psychology service would give the enlarged "
     "school one day a week."),
    ("lead", "Accommodation.",
     "The new block (1,100 m2) has six classrooms, three small-group rooms and a sensory regulation room. "
     "It costs £5.2 million and will be handed over on 29 October 2027."),
    ("h2", "Where Wyvern Lodge pupils would go"),
    ("p", "All 31 pupils would transfer to Harcourt School on 1 September 2027 and their EHC plans would be "
          "amended to name Harcourt. Harcourt's governing body confirmed this in writing on 15 October 2026."),
    ("p", "The 19 primary-age pupils would start on Harcourt's main site on 6 September 2027. Because the "
          "new block will not be ready until after the October half term, the 12 Key Stage 3 pupils would, "
          "for the first half of the autumn term only (6 September to 22 October 2027, seven school weeks), "
          "be taught as Harcourt pupils by their own Wyvern Lodge teachers, who transfer to Harcourt, in "
          "three rooms at the Beacon Centre, the county's pupil referral unit for Key Stage 3, which the "
          "Beacon's management committee has confirmed in writing. From 1 November 2027 they would be "
          "taught in the new block. No pupil would be placed on the roll of the Beacon Centre or stay there "
          "beyond 22 October 2027."),
    ("h2", "Who we have asked"),
    ("p", "On 21 September 2026 the County Council sent a written statement of the proposal to the governing "
          "bodies of Wyvern Lodge and Harcourt, the Beacon Centre's management committee, the County's other "
          "special schools and all middle and secondary schools, inviting each to give its views in writing "
          "and asking the two governing bodies whether they agreed. The 17 written replies are published "
          "with this document. Both governing bodies agree."),
    ("h2", "Travel"),
    ("p", "Pupils eligible under the County's Home to School Transport Policy for Children and Young People "
          "with SEND (2025) would travel by minibus with a passenger assistant, to the Beacon Centre during "
          "the seven weeks and to Harcourt thereafter. The longest journey would be 45 minutes."),
    ("h2", "Funding and staffing"),
    ("table", [["Item", "Amount", "Source"],
               ["New block at Harcourt", "£5.2 million", "High Needs Provision Capital Allocation 2025-27"],
               ["Place funding, 104 places", "£1.04 million a year", "High Needs Block"],
               ["Top-up, SEMH bands", "about £1.6 million a year", "High Needs Block"],
               ["Use of Beacon Centre rooms, autumn 2027", "£8,000", "High Needs Block"]]),
    ("p", "Harcourt's staffing for 104 pupils would be 13.0 FTE teachers, 22.0 FTE teaching assistants, 0.8 "
          "FTE speech and language therapist, 0.4 FTE play therapist and 1.0 FTE family worker, with its "
          "leadership team of three. Wyvern Lodge staff would transfer to Harcourt."),
    ("h2", "Tell us what you think"),
    ("p", "Complete the form below and return it to SEND Place Planning, County Hall, Harland HL1 2CC, or "
          "respond at www.harland.gov.uk/wyvern by 14 December 2026."),
    ("table", [["Question", "Answer"],
               ["Do you agree with the proposal? (Yes / No / Unsure)", ""],
               ["Comments on the arrangements for Key Stage 3 pupils in autumn 2027", ""],
               ["Any other comments", ""]]),
]

# ---------------------------------------------------------------------------------------- 18
D18 = [
    ("title", "DUNMORE COUNTY COUNCIL"),
    ("centre", "EXECUTIVE - 2 DECEMBER 2026"),
    ("h1", "Expansion of Pennine View School"),
    ("p", "Report of the Corporate Director for Children and Families. Executive Member: Cllr Susan "
          "Okonjo-Hart. Key decision: yes."),
    ("h2", "Purpose of report"),
    ("num", "To seek approval to make a prescribed alteration to Pennine View School, a community special "
            "school for pupils aged 2 to 19 with severe and profound and multiple learning difficulties, to "
            "increase its places from 1 September 2027, following the statutory notice published on 1 October "
            "2026, on which no objections were received. The places now and after the change are shown in "
            "Appendix A."),
    ("h2", "Recommendation"),
    ("num", "That the Executive approves the enlargement of Pennine View School from 1 September 2027."),
    ("h2", "Background"),
    ("num", "Pennine View is the only SLD/PMLD school in the south of the county and has been full since "
            "2023. Fourteen children with SLD/PMLD in the south of the county travel over an hour each way to "
            "schools in the north or in neighbouring authorities."),
    ("num", "This is an enlargement. No pupil will be displaced or have to change school; the new places will "
            "be allocated through the EHC plan process from September 2027."),
    ("h2", "Benefits"),
    ("num", "The enlargement includes a hydrotherapy pool, which every pupil will use weekly, and a "
            "multi-sensory room and soft play room available to all classes. Post-16 students will have a "
            "training flat for independent living and will take ASDAN Towards Independence modules. Eye-gaze "
            "communication equipment will be bought for each new class. This carries out priority 2 of the "
            "County's Accessibility Strategy 2025-2028, improving access to specialist facilities."),
    ("num", "The NHS Dunmore children's physiotherapy and occupational therapy services will base one "
            "physiotherapist (1.0 FTE) and one occupational therapist (0.6 FTE) at the school, with a "
            "treatment room, and the school nursing team will provide a nurse on site daily."),
    ("num", "The extension (780 m2) provides four classrooms of 65 m2 with ceiling track hoists and "
            "adjoining hygiene rooms, the pool hall, the sensory and soft play rooms and the training flat. "
            "Works start in February 2027 and finish by 31 July 2027; the contract sum is £6.1 million."),
    ("h2", "Consultation with providers"),
    ("num", "On 1 September 2026 the Council sent a written statement of the proposal to the governing body "
            "of Pennine View, the county's other five special schools, the 48 primary and secondary schools in "
            "the south of the county and the NHS Dunmore children's therapy services, inviting each to give its "
            "views in writing. The 15 written replies are summarised in Appendix B; the governing body of "
            "Pennine View supports the proposal."),
    ("h2", "Transport"),
    ("num", "Eligible pupils will travel under the County's Home to School Transport Policy for Children and "
            "Young People with SEND (2026) in wheelchair-accessible vehicles with a trained passenger "
            "assistant; the longest new route planned is 45 minutes, compared with over 60 minutes for the "
            "children now placed in the north."),
    ("h2", "Financial implications"),
    ("num", "Capital: £6.1 million from the High Needs Provision Capital Allocation 2024-26 held by the "
            "Council (£4.9 million) and a contribution of £1.2 million from the NHS Dunmore Integrated Care "
            "Board towards the pool and treatment room, agreed in writing on 12 August 2026."),
    ("num", "Revenue: £10,000 place funding for each new place and top-up from the High Needs Block at the "
            "SLD/PMLD bands; the saving on out-of-county places is estimated at £340,000 a year."),
    ("h2", "Staffing implications"),
    ("num", "Four additional classes will be staffed by 4.0 FTE teachers and 12.0 FTE teaching assistants "
            "(one adult to two pupils), plus a 1.0 FTE hydrotherapy assistant and the NHS staff in "
            "paragraph 6."),
    ("h2", "Appendix A: places"),
    ("table", [["", "Places 2026-27", "Places from September 2027"],
               ["Pennine View School (SLD/PMLD, 2-19)", "110", "130"],
               ["SLD/PMLD special school places, south Dunmore", "110", "130"]]),
    ("h2", "Appendix B: summary of providers' written replies"),
    ("table", [["Provider", "View"],
               ["Pennine View governing body", "Supports"],
               ["Other special schools (5)", "Support; two ask for shared use of the pool"],
               ["Primary and secondary schools (8 replies)", "Support"],
               ["NHS Dunmore children's therapy services", "Supports; will base staff on site"]]),
]

# ---------------------------------------------------------------------------------------- 23
D23 = [
    ("title", "Northfleet Schools Trust"),
    ("centre", "Proposal to the Regional Director for the closure of Harrowgate Academy"),
    ("centre", "Submitted 13 November 2026 - prepared with Medway Vale Council"),
    ("h1", "Part 1. The proposal"),
    ("p", "1.1 Northfleet Schools Trust proposes to close Harrowgate Academy, a special academy for 45 pupils "
          "aged 11 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2027, and to "
          "enlarge Rowan Park Academy, the trust's other SEMH special academy, from 60 to 110 places, with a "
          "new teaching block, so that SEMH special places in Medway Vale rise from 105 to 110."),
    ("p", "1.2 Harrowgate has 38 pupils on roll. Its leased building is not suitable for the pupils it "
          "serves and the lease ends in August 2027."),
    ("h1", "Part 2. How the proposal will improve provision"),
    ("h2", "2.1 Curriculum and facilities"),
    ("p", "Rowan Park has a science laboratory, a construction workshop, a hair and beauty salon and a "
          "sports hall. Harrowgate pupils moving there will be able to take GCSE combined science and "
          "vocational Level 1 and 2 courses in construction and hair and beauty, and to join the Duke of "
          "Edinburgh's Award. The new block is designed to meet the Council's Accessibility Strategy "
          "2025-2028 (objective 1), with level access and a lift."),
    ("h2", "2.2 Specialist staff"),
    ("p", "Rowan Park employs a clinical psychologist two days a week, a speech and language therapist three "
          "days a week and a full-time mental health lead, and the NHS Mental Health Support Team visits "
          "weekly. Harrowgate buys speech and language therapy for one day a fortnight."),
    ("h2", "2.3 Accommodation"),
    ("p", "The new block at Rowan Park (1,300 m2) provides eight classrooms, four group rooms and a wellbeing "
          "suite. It is funded and contracted, at £6.8 million, and will open at the start of the spring term "
          "2028."),
    ("h1", "Part 3. Arrangements for Harrowgate pupils"),
    ("p", "3.1 All pupils on roll who will be in Years 8 to 11 in September 2027 will transfer to Rowan Park "
          "Academy, which confirmed in writing on 2 October 2026, through its local governing body, that it "
          "will admit them and has or will have the facilities to teach them."),
    ("p", "3.2 Pupils in Years 9 to 11 will start on Rowan Park's existing site on 6 September 2027."),
    ("p", "3.3 The 14 pupils who will be in Year 8, whose classrooms are in the new block, will attend the "
          "Compass (Medway Vale Council's short stay school, which is the authority's pupil referral unit) "
          "for no more than four school weeks. The Compass's management committee has confirmed in writing "
          "that it can take them. They will join Rowan Park's new block from 4 January 2028, the first day of "
          "the spring term, having attended the Compass from 6 September 2027."),
    ("h1", "Part 4. Views of other providers"),
    ("p", "4.1 On 7 September 2026 the trust and Medway Vale Council sent a written statement of the proposal "
          "to Medway Vale's other special schools, the Compass, all secondary schools and academies in the "
          "authority and the local governing bodies of Harrowgate and Rowan Park, inviting each to set out its "
          "views in writing and to say whether it agreed. Their 19 written replies are in Annex B."),
    ("h1", "Part 5. Transport"),
    ("p", "5.1 Medway Vale Council will provide transport under its Travel Assistance Policy for Children and "
          "Young People with SEND (2025). Pupils will travel by minibus with a passenger assistant; Rowan Park "
          "is 4 miles from Harrowgate and no journey is planned to take more than 40 minutes."),
    ("h1", "Part 6. Funding and staffing"),
    ("table", [["Funding", "Sum", "Source"],
               ["New block at Rowan Park", "£6.8 million",
                "Medway Vale Council High Needs Provision Capital Allocation (£5.0m) and trust reserves (£1.8m)"],
               ["Place funding, 110 places", "£1.1 million a year", "ESFA / High Needs Block"],
               ["Top-up", "£20,400 per pupil", "Medway Vale High Needs Block, SEMH Band C"]]),
    ("table", [["Rowan Park staffing from September 2027", "FTE"],
               ["Teachers", "14.0"],
               ["Teaching assistants", "24.0"],
               ["Clinical psychologist", "0.4"],
               ["Speech and language therapist", "0.6"],
               ["Mental health lead", "1.0"]]),
    ("p", "Harrowgate staff will transfer to Rowan Park under TUPE."),
    ("h2", "Annexes"),
    ("bullet", "Annex A: Letters from Rowan Park Academy and the Compass"),
    ("bullet", "Annex B: Providers' written replies"),
    ("bullet", "Annex C: Equality impact assessment"),
]

DOCS = {
    "03-consultation-close-the-harbour-resourced-provision.docx": D03,
    "04-cabinet-report-options-whinfell-school.docx": D04,
    "09-executive-member-report-close-fairhaven-school.docx": D09,
    "14-consultation-wyvern-lodge-harcourt.docx": D14,
    "18-executive-report-expand-pennine-view-school.docx": D18,
    "23-trust-proposal-close-harrowgate-academy.docx": D23,
}

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, blocks in DOCS.items():
        build(os.path.join(out, name), blocks, font="Arial" if name[:2] in ("04", "18") else "Calibri")
        print("wrote", os.path.join(out, name))
