"""Build the Word documents of part a of the sixteenth blind corpus (heldout16).

Usage: python build_docx_a.py /work/blind16/heldout16
Writes 03-, 07-, 12-, 16-, 21- and 24-*.docx into the folder given.
"""
import datetime
import os
import sys

from docx import Document
from docx.shared import Pt


def build(path, blocks, title_props):
    doc = Document()
    doc.core_properties.title = title_props
    doc.core_properties.author = "Blind corpus writer (part a)"
    fixed = datetime.datetime(2026, 12, 4, 22, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, *rest in blocks:
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "np":  # Word auto-numbered paragraph
            doc.add_paragraph(rest[0], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "bold":
            para = doc.add_paragraph()
            para.add_run(rest[0]).bold = True
        elif kind == "table":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(path)


DOCS = {}

DOCS["03-cabinet-report-options-future-of-fernlea-school.docx"] = ("Cabinet report: future of Fernlea School", [
    ("title", "Castlebridge Metropolitan Borough Council"),
    ("bold", "Report to Cabinet, 9 September 2027"),
    ("bold", "Report of the Strategic Director, Children and Families"),
    ("bold", "Title: Future of Fernlea School - options appraisal and recommendation"),
    ("bold", "Key decision: Yes. Wards affected: Fernlea, Northbank, Coldwell."),
    ("h1", "1. Purpose of the report"),
    ("p", "1.1 To set out the options for the future of Fernlea School, a community special school for 32 pupils aged 7-16 with social, emotional and mental health (SEMH) needs, following the informal consultation held between 3 May and 14 June 2027, and to seek approval to publish a statutory proposal."),
    ("h1", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves Option 3: the discontinuance of Fernlea School on 31 August 2028, the enlargement of Ashdown Park School from 60 to 84 places, and the establishment of a 12-place SEMH resource base at Larkhill Academy, both from 1 September 2028."),
    ("p", "2.2 That Cabinet authorises the publication of the statutory proposal for Fernlea School and Ashdown Park School."),
    ("h1", "3. Background"),
    ("p", "3.1 Fernlea School occupies a 1930s building on a constrained site. An Ofsted inspection in March 2026 judged the quality of education to require improvement, noting that the building limits the curriculum: there is no specialist science room, no hall large enough for physical education and no outdoor learning space."),
    ("p", "3.2 The borough's SEMH special school places are set out in Table 1."),
    ("table", [
        ["Provision", "Places now", "Places from September 2028 (Option 3)"],
        ["Fernlea School (SEMH, 7-16)", "32", "0"],
        ["Ashdown Park School (SEMH, 5-16)", "60", "84"],
        ["Larkhill Academy SEMH resource base (11-16)", "0", "12"],
        ["Total SEMH specialist places", "92", "96"],
    ]),
    ("h1", "4. Options considered"),
    ("h2", "Option 1: Retain Fernlea School and rebuild on its current site"),
    ("p", "4.1 A replacement building on the Fernlea site was costed at £9.2m. It would include a hydrotherapy pool, a horticulture centre and a residential wing for 10 pupils. The site could only take a two-storey building, and pupils would be decanted to temporary classrooms for 18 months. The Council has no capital to fund this option. Not recommended."),
    ("h2", "Option 2: Close Fernlea School and place pupils at the Lowfield Centre"),
    ("p", "4.2 Under this option the 29 pupils on roll would be displaced and would attend the Lowfield Centre, the borough's pupil referral unit, until places could be found for them in special schools, which we would hope to do within two years. This option would not meet the requirements of paragraph 23 of the SEN Improvement Test and was rejected."),
    ("h2", "Option 3: Close Fernlea School; enlarge Ashdown Park School and open a resource base at Larkhill Academy (recommended)"),
    ("p", "4.3 Pupils would transfer to Ashdown Park School or to the new resource base at Larkhill Academy according to their age and needs, as described in section 6."),
    ("h1", "5. Educational benefits of Option 3"),
    ("p", "5.1 Curriculum and facilities. Ashdown Park's new wing will include a science laboratory and a forest school area, so that pupils can take GCSE combined science and the Level 1 Award in Outdoor Learning, which Fernlea cannot offer. Pupils at the Larkhill base will be taught for part of the week in the academy's mainstream classes and can take up to seven GCSEs, including separate sciences and a modern foreign language, and join the academy's sports clubs, music ensembles and residential trips. The proposal delivers against objective 2 of the Castlebridge Accessibility Strategy 2026-2029, to increase the extent to which disabled pupils can participate in the curriculum."),
    ("p", "5.2 Specialist staff. Ashdown Park will employ a full-time speech and language therapist and a 0.6 FTE occupational therapist; the Castlebridge Emotional Health in Schools team will provide a mental health practitioner three days a week across both sites; and the Larkhill base will have a specialist SEMH teacher and two specialist teaching assistants."),
    ("p", "5.3 Accommodation. A new single-storey wing of 640 m² with four classrooms, a science laboratory, two therapy rooms and a calm room will be built at Ashdown Park at a cost of £3.4m, to be ready by July 2028. The Larkhill base will occupy a refurbished 180 m² suite of two classrooms and a quiet room (£420,000), also ready by July 2028."),
    ("p", "5.4 Places. SEMH specialist places rise from 92 to 96 (Table 1)."),
    ("h1", "6. Arrangements for Fernlea pupils"),
    ("p", "6.1 Of the 29 pupils on roll in September 2027, 7 will leave at the end of Year 11 in July 2028. Of the remaining 22, 16 will transfer to Ashdown Park School and 6 pupils of secondary age whose annual reviews recommend a mainstream setting with specialist support will transfer to the Larkhill Academy resource base, on 1 September 2028."),
    ("p", "6.2 The Governing Body of Ashdown Park School wrote to the Council on 2 July 2027, and the Trust Board of the Northbank Learning Trust (Larkhill Academy) wrote on 11 July 2027, each confirming that it is willing to receive the pupils and will have the facilities and staff needed to deliver a full curriculum. Copies are at Appendix 2."),
    ("p", "6.3 No Fernlea pupil will be placed at the Lowfield Centre or in any other pupil referral unit."),
    ("h1", "7. Transport"),
    ("p", "7.1 Transport will be provided under the Council's SEND Travel Assistance Policy (2025). Eligible pupils will travel by shared minibus with a passenger assistant; the longest modelled journey is 40 minutes. Parents may instead choose a personal travel budget."),
    ("h1", "8. Consultation"),
    ("p", "8.1 On 3 May 2027 the Council wrote to the governing bodies of Fernlea and Ashdown Park, the Northbank Learning Trust, all special schools and secondary schools in the borough and the Lowfield Centre management committee, setting out the proposed pattern of SEMH provision and inviting their written views. Responses are summarised in Appendix 3; both receiving providers agreed the proposal."),
    ("h1", "9. Financial and staffing implications"),
    ("p", "9.1 Capital: £3.82m in total, funded from the High Needs Provision Capital Allocation (£3.0m) and the Council's Children's Services capital programme 2027-28 (£0.82m), already approved by Council in February 2027."),
    ("p", "9.2 Revenue: the High Needs Block will fund places at £10,000 per place plus top-up; the net change is a saving of £140,000 a year, because fewer pupils will need independent placements."),
    ("p", "9.3 Staffing: Ashdown Park will increase from 11.0 to 15.0 FTE teachers and from 18.0 to 24.0 FTE teaching assistants; the Larkhill base will have 1.0 FTE teacher and 2.0 FTE teaching assistants. Fernlea staff will be ring-fenced for these posts."),
    ("h1", "10. Appendices"),
    ("bullet", "Appendix 1: Consultation report"),
    ("bullet", "Appendix 2: Letters from the receiving schools"),
    ("bullet", "Appendix 3: Summary of provider responses"),
])

DOCS["07-outcome-of-consultation-ashgrove-language-unit.docx"] = ("Outcome of consultation: Ashgrove Language Unit", [
    ("title", "Haverleigh City Council"),
    ("bold", "Education Directorate: Outcome of Consultation Report"),
    ("bold", "Proposal to close the Speech and Language Unit at Ashgrove Primary School and to establish a Speech, Language and Communication Resource Base at Brookside Primary School"),
    ("p", "Report date: 21 June 2027. Consultation period: 26 April to 4 June 2027."),
    ("h1", "Summary"),
    ("np", "The Speech and Language Unit at Ashgrove Primary School has 16 commissioned places for pupils aged 5-11 whose primary need is speech, language and communication needs (SLCN). The unit occupies two former mobile classrooms that are at the end of their life and cannot be replaced on the Ashgrove site."),
    ("np", "The Council consulted on closing the unit on 31 August 2027 and opening a new 20-place SLCN resource base at Brookside Primary School, 1.6 miles away, on 1 September 2027. This report sets out the responses and recommends that the proposal proceeds."),
    ("h1", "The proposal"),
    ("table", [
        ["SLCN resource base places (primary)", "2026-27", "From 1 September 2027"],
        ["Ashgrove Primary Speech and Language Unit", "16", "0"],
        ["Brookside Primary SLCN Resource Base", "0", "20"],
        ["City total", "16", "20"],
    ]),
    ("np", "The Brookside base will be in a purpose-built extension of 220 m² comprising two classrooms, a therapy room with a two-way observation window, a small-group room and a sound-treated listening room. The extension is under construction and will be handed over on 9 August 2027 at a cost of £1.15m."),
    ("np", "Pupils in the base will be taught for at least half of each week in Brookside's mainstream classes, with pre-teaching of vocabulary in the base, and will have access to the school's forest school, its computing suite and its weekly specialist music and PE teaching, none of which is available at Ashgrove's unit. The base will use the Colourful Semantics and Shape Coding programmes and a set of voice output communication aids. The proposal supports the Council's Accessibility Strategy 2024-2027, action 1.4 (access to the curriculum for pupils with communication needs)."),
    ("np", "A speech and language therapist from Haverleigh Children's Therapy Service will be based at Brookside four days a week (currently two days a week at Ashgrove), and the Council's Communication and Interaction Outreach Team will run training for mainstream staff at Brookside one afternoon a week."),
    ("h1", "Where the pupils will go"),
    ("np", "There are 14 pupils in the Ashgrove unit in June 2027, of whom 3 leave for secondary school in July 2027. Of the other 11, 7 will move with the unit's staff to the Brookside base on 1 September 2027. The Governing Body of Brookside Primary School confirmed in writing on 17 May 2027 that it will admit these pupils and that the base will be fully equipped by the start of term."),
    ("np", "The annual reviews of the remaining 4 pupils recommend a mainstream place with support. These pupils will join Hillcrest Primary School, their local school, from 1 September 2027, each with 15 hours a week of teaching assistant support funded through their EHC plan. Hillcrest Primary School has places available in the relevant year groups."),
    ("h1", "Consultation"),
    ("np", "On 26 April 2027 the Council sent the consultation document to the governing bodies of Ashgrove, Brookside and Hillcrest Primary Schools, to every primary school and special school in the city and to the Children's Therapy Service, with a letter inviting each to give its views on the proposed arrangements in writing. 47 responses were received in total: 29 from parents, 11 from staff, 6 from schools and 1 from the Therapy Service."),
    ("table", [
        ["Issue raised", "Council response"],
        ["Parents were worried about the loss of familiar staff.", "All four unit staff will transfer to the Brookside base."],
        ["Travel to Brookside is further for some families.", "Eligible pupils will be transported as set out in paragraph 9."],
        ["Will the therapy time be maintained?", "It will increase from two to four days a week."],
    ]),
    ("h1", "Transport"),
    ("np", "Pupils attending the Brookside base who are eligible under the Council's Home to School Transport Policy for Pupils with Special Educational Needs and Disabilities (September 2026) will travel by shared taxi with a passenger assistant. No journey is expected to exceed 30 minutes."),
    ("h1", "Funding and staffing"),
    ("np", "The capital cost of £1.15m is funded from the Department for Education's High Needs Provision Capital Allocation to Haverleigh for 2025-26. Revenue funding for the base is £10,000 per place from the High Needs Block (£200,000 a year) plus pupils' top-ups."),
    ("np", "The base will be staffed by a teacher in charge (1.0 FTE), a second teacher (0.6 FTE) and three teaching assistants (3.0 FTE), with the speech and language therapist four days a week."),
    ("h1", "Recommendation"),
    ("np", "That the Cabinet Member for Education approves the closure of the Ashgrove unit and the opening of the Brookside base as proposed."),
])

DOCS["12-cabinet-report-options-mld-places-willowbrook.docx"] = ("Cabinet report: MLD places, Willowbrook School and Hazel Court", [
    ("title", "Fenmarsh District Council"),
    ("bold", "Executive Cabinet, 4 November 2027"),
    ("bold", "Increasing specialist places for pupils with moderate learning difficulties: options appraisal"),
    ("p", "Lead member: Cllr Tom Reddaway, Portfolio Holder for Children and Education. Report author: Sunita Okafor, Head of Inclusion and SEND Commissioning."),
    ("h1", "1. Purpose"),
    ("p", "1.1 To consider options for increasing the number of special school places for pupils aged 5-16 with moderate learning difficulties (MLD) in the district, and to agree the preferred option for formal consultation."),
    ("h1", "2. Recommendation"),
    ("p", "2.1 That Cabinet agrees Option C, the enlargement of Willowbrook School from 110 to 126 places from 1 September 2028, as the preferred option, and authorises officers to publish a statutory notice."),
    ("h1", "3. Context"),
    ("p", "3.1 Willowbrook School, Fenmarsh, is a community special school for 110 pupils aged 5-16 with MLD. The Hazel Court Unit is an 18-place MLD resource unit attached to Hazel Court Primary School, Easterby. In the last two years 21 pupils for whom Willowbrook was the parental preference have been placed out of district because the school was full."),
    ("h1", "4. Options"),
    ("h2", "Option A: Close the Hazel Court Unit and rebuild Willowbrook as a 140-place school"),
    ("p", "4.1 The Hazel Court Unit would close in July 2028 and its 18 pupils would be displaced to Willowbrook, which would be rebuilt on its current site as a 140-place school with a hydrotherapy pool, a food technology room, a science laboratory and a vocational workshop offering the BTEC Level 1 Award in Construction. A speech and language therapist would be on site five days a week and an occupational therapist three days a week. The new building of 2,600 m² would cost £14.2m."),
    ("p", "4.2 Rejected: there is no capital for a rebuild, and parents of Hazel Court pupils were strongly opposed to the unit closing."),
    ("h2", "Option B: No change"),
    ("p", "4.3 Rejected: the shortage of places would continue and out-of-district costs would rise by an estimated £400,000 a year."),
    ("h2", "Option C: Enlarge Willowbrook School by 16 places (recommended)"),
    ("p", "4.4 Willowbrook would increase from 110 to 126 places from 1 September 2028 by remodelling existing space within the school. The Hazel Court Unit would continue unchanged."),
    ("h1", "5. Places"),
    ("table", [
        ["MLD special places, 5-16", "2027-28", "2028-29 (Option C)"],
        ["Willowbrook School", "110", "126"],
        ["Hazel Court Unit", "18", "18"],
        ["District total", "128", "144"],
    ]),
    ("h1", "6. Benefits of Option C"),
    ("p", "6.1 Pupils will benefit from improved access to the curriculum and to specialist staff, and from accommodation that is better suited to their needs. The additional places will allow more children to be educated close to home."),
    ("h1", "7. Impact on pupils"),
    ("p", "7.1 Under Option C no pupil would need to change school: all pupils at Willowbrook and at the Hazel Court Unit would continue where they are."),
    ("p", "7.2 Option C has no transport implications, since no pupil changes school."),
    ("h1", "8. Consultation so far"),
    ("p", "8.1 The options were discussed with the headteachers of Willowbrook and Hazel Court Primary at the district Special Schools Heads' Meeting on 12 October 2027. Both heads were supportive of Option C."),
    ("h1", "9. Financial and staffing implications"),
    ("p", "9.1 The remodelling works are estimated at £780,000 and will be funded from the Council's High Needs Provision Capital Allocation 2026-27. The extra places will be funded from the High Needs Block at £10,000 per place plus top-up."),
    ("p", "9.2 Willowbrook will recruit additional staff in line with the school's existing staffing model."),
    ("h1", "10. Risks"),
    ("table", [
        ["Risk", "Likelihood", "Mitigation"],
        ["Works overrun", "Low", "Contractor appointed from framework; 10% contingency"],
        ["Recruitment of staff", "Medium", "Early advertising from March 2028"],
    ]),
    ("h1", "11. Next steps"),
    ("p", "11.1 Statutory notice: November 2027. Representation period ends: December 2027. Decision: January 2028."),
])

DOCS["16-consultation-proposed-closure-elmstead-school.docx"] = ("Consultation: proposed closure of Elmstead School", [
    ("title", "Coldharbour County Council"),
    ("h1", "Consultation on the proposed closure of Elmstead School"),
    ("p", "Consultation period: 15 November 2027 to 7 January 2028"),
    ("h2", "1. Introduction"),
    ("p", "1.1 Coldharbour County Council is consulting on a proposal to close Elmstead School, Quarry Lane, Elmstead, a community special school for 36 pupils aged 9 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2028."),
    ("p", "1.2 This document has been sent to the governing body, parents and staff of Elmstead School, to the governing bodies and headteachers of every special school, secondary school and pupil referral unit in the county, to neighbouring local authorities and to the Coldharbour Parent Carer Forum. Providers and other respondents are invited to set out their views in writing, using the response form at the end of this document or by letter or email."),
    ("h2", "2. Why are we proposing to close Elmstead School?"),
    ("bullet", "The school has been judged inadequate at its last two Ofsted inspections (2025 and 2027)."),
    ("bullet", "Pupil numbers have fallen to 23, and the school's budget deficit is £410,000."),
    ("bullet", "The Department for Education has issued a directive academy order, but no academy trust has been found to sponsor the school."),
    ("h2", "3. What would happen to pupils?"),
    ("p", "3.1 Pupils on roll would be offered places at suitable special schools, subject to places being available. The Council's SEND Team will work with each family, through an early annual review in the spring term of 2028, to identify the most appropriate school."),
    ("p", "3.2 We hope that most pupils will be able to move to Hollins Bank School or Marston Grange School, the county's other SEMH special schools, and we are in discussion with both schools."),
    ("h2", "4. What would this mean for places?"),
    ("table", [
        ["SEMH special school places in Coldharbour", "September 2027", "September 2028"],
        ["Elmstead School", "36", "0"],
        ["Hollins Bank School", "60", "60"],
        ["Marston Grange School", "40", "40"],
        ["Total", "136", "100"],
    ]),
    ("p", "4.1 The Council will keep the sufficiency of SEMH places under review and expects the new SEMH free school at Whitcliffe, for which an application has been made to the Department for Education, to add places from 2030."),
    ("h2", "5. How would pupils benefit?"),
    ("p", "5.1 Hollins Bank and Marston Grange are both judged good by Ofsted. Both offer GCSEs in English, mathematics, science, art and computing, vocational courses in construction and hair and beauty, and the Duke of Edinburgh's Award, none of which Elmstead currently offers. Access to a broader curriculum for disabled pupils is priority 1 of the Coldharbour Accessibility Strategy 2025-2028."),
    ("p", "5.2 Pupils would also have better access to therapeutic and specialist staff."),
    ("h2", "6. Transport"),
    ("p", "6.1 Each pupil's transport would be reviewed under the Council's SEND Travel Assistance Policy once their new school is known."),
    ("h2", "7. Finance"),
    ("p", "7.1 Closing Elmstead would remove a cost to the High Needs Block of about £1.2m a year. Some of this would be used to fund pupils' places at other schools."),
    ("h2", "8. Next steps"),
    ("table", [
        ["Stage", "Date"],
        ["Consultation closes", "7 January 2028"],
        ["Report to Cabinet", "March 2028"],
        ["Statutory notice (if agreed)", "April 2028"],
        ["Decision", "June 2028"],
        ["Proposed closure", "31 August 2028"],
    ]),
    ("h2", "Response form"),
    ("p", "Please return to: Elmstead Consultation, SEND Service, Coldharbour County Council, Shire Hall, Coldharbour CH1 1SH, or email send.consultation@coldharbour.gov.uk, by 7 January 2028."),
    ("np", "Do you agree with the proposal to close Elmstead School? Yes / No / Don't know"),
    ("np", "Please explain your answer."),
    ("np", "Are you responding as a parent, pupil, member of staff, governor, another school or provider, or other?"),
    ("np", "Is there anything else the Council should consider?"),
])

DOCS["21-statutory-proposal-close-westbury-site-haddon-school.docx"] = ("Statutory proposal: Haddon School, closure of the Westbury site", [
    ("title", "Sedgebrook City Council"),
    ("h1", "Statutory proposal: prescribed alteration to Haddon School (closure of the Westbury site)"),
    ("p", "Published 5 April 2027 under the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013, Schedule 3."),
    ("h2", "Part 1. The school and the proposal"),
    ("p", "1.1 Haddon School is a community special school for 84 pupils aged 7-16 with social, emotional and mental health (SEMH) needs. It operates on two sites: the main site at Haddon Road (60 places) and the Westbury site, Westbury Lane (24 places, ages 7-11), 4 miles away."),
    ("p", "1.2 Sedgebrook City Council proposes to close the Westbury site on 31 August 2028 and to bring all of Haddon School's provision together on the Haddon Road site, which will be extended, with the school's capacity rising from 84 to 96 places from 1 September 2028."),
    ("p", "1.3 Haddon School itself is not closing. It remains one school with one governing body and one headteacher."),
    ("h2", "Part 2. Places"),
    ("table", [
        ["Haddon School", "Now", "From 1 September 2028"],
        ["Haddon Road site (ages 7-16)", "60", "96"],
        ["Westbury site (ages 7-11)", "24", "0"],
        ["School total (all SEMH special places in the city)", "84", "96"],
    ]),
    ("h2", "Part 3. Pupils at the Westbury site"),
    ("p", "3.1 The 21 pupils at the Westbury site will continue as pupils of Haddon School and will be taught at the Haddon Road site from 1 September 2028, in the new primary wing, with the same class teachers. They remain on the school's roll throughout and none will need a new school place."),
    ("p", "3.2 No pupil will be moved to the Sedgebrook Pupil Referral Unit or any other provision as a result of this proposal."),
    ("h2", "Part 4. Educational benefits"),
    ("p", "4.1 Curriculum and facilities. Primary-age pupils will gain daily access to facilities that the Westbury site does not have: a sports hall, a swimming pool (weekly lessons), a music room with a full set of instruments, a science room and the school's horticulture area. They will be able to join the school's after-school clubs and its residential visits, and Year 6 pupils will start secondary-phase lessons on the same site, easing transition. This supports the City Council's Accessibility Strategy 2025-2028, theme A (curriculum access) and theme B (the physical environment)."),
    ("p", "4.2 Specialist staff. All pupils will be on the same site as the school's clinical psychologist (0.6 FTE), speech and language therapist (0.8 FTE) and family support team (2.0 FTE), who now visit Westbury one day a week. The Sedgebrook CAMHS in-reach practitioner will hold sessions at Haddon Road three days a week."),
    ("p", "4.3 Accommodation. A new primary wing of 540 m² will provide four classrooms of 58 m², two group rooms, a nurture room, a calm room and a secure play area of 600 m². The Westbury building, a former infant school with no hall and outside toilets, will be vacated. The wing costs £2.75m and will be completed by 30 June 2028."),
    ("p", "4.4 Places. Part 2: SEMH special places in the city rise from 84 to 96."),
    ("h2", "Part 5. Views of providers"),
    ("p", "5.1 On 18 January 2027 the Council sent a written statement of the proposal to the governing body of Haddon School, the headteachers and chairs of governors of all 52 schools in the city, the Sedgebrook Pupil Referral Unit and the Sedgebrook Inclusion Outreach Service, inviting each to give its views in writing by 1 March 2027. 9 written responses were received (Annex 1); the Haddon School governing body supports the proposal."),
    ("h2", "Part 6. Transport"),
    ("p", "6.1 The Council's Travel Assistance Policy for Pupils with SEND (2026) applies. All Westbury pupils currently receive transport; they will continue to travel by taxi or minibus with a passenger assistant to Haddon Road. The Council has re-planned routes: the longest journey will be 35 minutes."),
    ("h2", "Part 7. Funding and staffing"),
    ("p", "7.1 The capital cost of £2.75m is funded from the Council's High Needs Provision Capital Allocation 2025-27, committed by Cabinet on 12 October 2026."),
    ("p", "7.2 The 12 additional places are funded from the High Needs Block at £10,000 per place (£120,000 a year) plus top-ups; closing the Westbury site saves £85,000 a year in site costs."),
    ("p", "7.3 Staffing: Haddon School will employ 14.0 FTE teachers (now 12.0) and 26.0 FTE teaching assistants (now 22.0); all Westbury staff move with their pupils."),
    ("h2", "Part 8. Comments and objections"),
    ("p", "8.1 Any person may comment on or object to this proposal within four weeks of publication, by 3 May 2027, to School Organisation, Sedgebrook City Council, Civic Offices, Sedgebrook SB1 2CC."),
])

DOCS["24-outcome-of-consultation-enlarge-larkspur-and-thistlecombe.docx"] = ("Outcome of consultation: enlargement of Larkspur and Thistlecombe Schools", [
    ("title", "Ashdale Metropolitan Borough Council"),
    ("bold", "Outcome of consultation and recommendation to publish statutory notices"),
    ("bold", "Enlargement of Larkspur School and Thistlecombe School from September 2028"),
    ("p", "Report to: Cabinet Member for Children and Families. Date: 16 October 2027. Author: Deborah Quayle, Service Manager, SEND Sufficiency."),
    ("h1", "1. Summary"),
    ("p", "1.1 The Council consulted from 5 June to 14 July 2027 on enlarging two community special schools from September 2028: Larkspur School (severe and profound learning difficulties, ages 3-19) from 72 to 90 places, and Thistlecombe School (autism, ages 5-16) from 60 to 80 places. Together the two schools would provide 170 places."),
    ("p", "1.2 No pupil at either school will need to change school; all current pupils will remain where they are, and the additional places will be filled from September 2028 through the normal EHC plan process."),
    ("h1", "2. Places"),
    ("table", [
        ["School", "Designation", "Places now", "Places from September 2028"],
        ["Larkspur School", "SLD/PMLD, 3-19", "72", "90"],
        ["Thistlecombe School", "Autism, 5-16", "60", "90"],
        ["Total", "", "132", "180"],
    ]),
    ("h1", "3. Benefits"),
    ("h2", "3.1 Access to the curriculum and facilities"),
    ("p", "Larkspur will gain a hydrotherapy pool and a rebound therapy room, and post-16 students will follow the ASDAN Personal Progress and Towards Independence programmes in a new life-skills flat. Thistlecombe will open a secondary department with a science room and a food room, so that pupils can take Entry Level Certificates in science and food preparation and GCSE art. The proposals are priorities 3 and 4 of the Ashdale Accessibility Strategy 2025-2028."),
    ("h2", "3.2 Specialist staff"),
    ("p", "Larkspur will have a physiotherapist on site five days a week (now three) and a 0.5 FTE moving and handling lead. Thistlecombe will appoint a second speech and language therapist (0.6 FTE) and host the Ashdale Autism Outreach Team (3.0 FTE), which will support mainstream schools across the borough."),
    ("h2", "3.3 Accommodation"),
    ("p", "Larkspur: a 520 m² extension with three classrooms of 65 m², the hydrotherapy pool, the rebound room and the life-skills flat (£4.9m). Thistlecombe: a 610 m² secondary block with four classrooms, the science and food rooms and two calm rooms (£3.7m). Both are due for completion in July 2028."),
    ("h1", "4. Consultation responses"),
    ("p", "4.1 On 5 June 2027 the Council wrote to the governing bodies of Larkspur and Thistlecombe, every school and academy in Ashdale and the two neighbouring authorities, with the consultation document, inviting their views in writing. 81 responses were received, 72 in support."),
    ("table", [
        ["Issue raised", "Council's response"],
        ["Parking and drop-off at Larkspur will be worse.", "A new one-way drop-off loop for 8 vehicles is included in the scheme."],
        ["Thistlecombe will become too big for autistic pupils.", "The secondary department will be a separate building with its own entrance and playground."],
        ["How will pupils travel?", "Under the Council's SEND Home to School Travel Policy 2026, eligible pupils travel by minibus or taxi with a passenger assistant; no new journey will exceed 45 minutes."],
    ]),
    ("h1", "5. Funding"),
    ("p", "5.1 Capital of £8.6m from the High Needs Provision Capital Allocation 2025-27 (£6.1m) and the Council's approved Capital Programme 2027-2030 (£2.5m, approved by Council on 28 February 2027)."),
    ("p", "5.2 Revenue: the extra places will be funded from the High Needs Block at £10,000 per place plus top-ups, about £1.4m a year when full."),
    ("h1", "6. Staffing"),
    ("p", "6.1 Larkspur: +3.0 FTE teachers, +9.0 FTE teaching assistants and the 0.5 FTE moving and handling lead. Thistlecombe: +4.0 FTE teachers, +8.0 FTE teaching assistants and the 0.6 FTE speech and language therapist."),
    ("h1", "7. Recommendation"),
    ("p", "7.1 That statutory notices are published on 1 November 2027."),
])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_a.py FOLDER")
    folder = sys.argv[1]
    for name, (title, blocks) in DOCS.items():
        build(os.path.join(folder, name), blocks, title)
        print("wrote", name)


if __name__ == "__main__":
    main()
