#!/usr/bin/env python3
"""Build the Word documents of blind corpus 15, part a (03, 09, 14, 17, 21, 25).

Usage: python build_docx_a.py OUTPUT_FOLDER
Rebuilds exactly these six .docx files in OUTPUT_FOLDER.
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

FIXED_DATE = datetime.datetime(2027, 1, 1, 9, 0, 0)


def build(path, title, author, blocks):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "bold":
            para = doc.add_paragraph()
            para.add_run(block[1]).bold = True
        elif kind == "centre":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(block[1]).bold = True
        elif kind == "np":
            # numbered paragraph: ("np", "5.2", "text")
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Pt(36)
            para.paragraph_format.first_line_indent = Pt(-36)
            para.add_run(block[1] + "\t")
            para.add_run(block[2])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numlist":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            header, rows = block[1], block[2]
            table = doc.add_table(rows=1, cols=len(header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, header):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for row in rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


# ---------------------------------------------------------------- 03
DOC03 = [
    ("centre", "CALDERBRIDGE METROPOLITAN BOROUGH COUNCIL"),
    ("title", "Report to Cabinet: Future of Foxhollow School"),
    ("table", ["Item", "Detail"], [
        ["Meeting", "Cabinet, 27 April 2027"],
        ["Report of", "Director of Children's Services"],
        ["Cabinet Member", "Councillor Bernadette Holroyd, Children and Families"],
        ["Wards affected", "All"],
        ["Key decision", "Yes"],
        ["Report author", "Callum Ashworth-Reid, Head of SEND Commissioning"],
    ]),
    ("h1", "1. Purpose"),
    ("np", "1.1", "To report the outcome of the options appraisal for Foxhollow School, a community special school for 45 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs, and to seek approval to publish a proposal to discontinue the school on 31 August 2027 and to enlarge Millbeck School and Tanfield Academy."),
    ("h1", "2. Recommendations"),
    ("np", "2.1", "That Cabinet approves Option 2 at section 5 and authorises publication of the statutory proposal."),
    ("np", "2.2", "That Cabinet approves the capital budget of £3.1 million at paragraph 10.1."),
    ("h1", "3. Background"),
    ("np", "3.1", "Foxhollow School has 41 pupils on roll. It was judged inadequate in November 2025 and its buildings, on the former Foxhollow Mill site, are in poor condition with a backlog of £5.6 million."),
    ("np", "3.2", "Millbeck School is a community special school for 60 pupils aged 9 to 16 with SEMH needs, judged good in 2025. Tanfield Academy is a special academy for 40 pupils aged 11 to 16 with SEMH needs in the Tanfield Learning Trust, judged good in 2024."),
    ("h1", "4. Places"),
    ("np", "4.1", "The table below shows SEMH special school places in Calderbridge before and after Option 2."),
    ("table", ["School", "Places now", "Places from 1 September 2027"], [
        ["Foxhollow School", "45", "0 (closed)"],
        ["Millbeck School", "60", "95"],
        ["Tanfield Academy", "40", "55"],
        ["Total SEMH special school places", "145", "150"],
    ]),
    ("h1", "5. Options appraisal"),
    ("np", "5.1", "Three options were appraised against the criteria of educational outcomes, value for money, deliverability and the SEN Improvement Test."),
    ("h2", "Option 1: Retain Foxhollow with a new leadership team (rejected)"),
    ("np", "5.2", "This option would leave pupils in buildings that are unsuitable and would require £5.6 million of repairs with no increase in places. It was rejected."),
    ("h2", "Option 2: Close Foxhollow; enlarge Millbeck School and Tanfield Academy (recommended)"),
    ("np", "5.3", "Foxhollow would close on 31 August 2027. Millbeck School would be enlarged from 60 to 95 places in a new six-classroom block, and Tanfield Academy from 40 to 55 places within its existing buildings."),
    ("np", "5.4", "Pupils will benefit from better access to specialist staff at the receiving schools, including therapeutic support."),
    ("h2", "Option 3: Rebuild Foxhollow on its present site (rejected)"),
    ("np", "5.5", "A new 60-place school would be built on the Foxhollow Mill site at a cost of £9.2 million, with pupils decanted to the Calderbridge Pupil Referral Unit for up to four terms during the works. A full-time clinical psychologist and a speech and language therapist three days a week would be employed at the rebuilt school. The option was rejected because the capital is not available and because of the length of the decant."),
    ("h1", "6. Arrangements for Foxhollow pupils (Option 2)"),
    ("np", "6.1", "Of the 41 pupils on roll, 6 will complete Year 11 in July 2027. The remaining 35 pupils will transfer on 1 September 2027: 24 pupils to Millbeck School and 11 pupils to Tanfield Academy, according to where they live and the views of their families expressed at individual meetings in February 2027."),
    ("np", "6.2", "The governing body of Millbeck School confirmed in writing on 3 March 2027 that it is willing to admit the 24 pupils and that, with the new block, it will have the facilities necessary to provide an appropriate curriculum (Appendix 2)."),
    ("np", "6.3", "The Tanfield Learning Trust has agreed in discussions with officers to admit the 11 pupils to Tanfield Academy."),
    ("np", "6.4", "No Foxhollow pupil will be placed in the Calderbridge Pupil Referral Unit. Every pupil will have a named special school place, and their EHC plans will be amended before 31 July 2027."),
    ("h1", "7. Educational benefits of Option 2"),
    ("np", "7.1", "Access to education and associated services. At Millbeck, pupils will have a science laboratory and a design and technology room in the new block and use of the school's sports hall and horticulture area. They will be able to take GCSE combined science and design and technology, and the Level 1 Certificate in Construction Skills, none of which Foxhollow offers. The changes support the Council's Accessibility Strategy 2026-2029, priority 2 (a broader curriculum for pupils in special schools)."),
    ("np", "7.2", "Access to suitable accommodation. The new block at Millbeck (780 m²) will contain six classrooms, the science laboratory, the design and technology room, a therapy room and two calm rooms. It will be complete by 16 August 2027."),
    ("np", "7.3", "Supply of places. See section 4: SEMH special school places will rise from 145 to 150."),
    ("h1", "8. Consultation with providers"),
    ("np", "8.1", "On 10 January 2027 the Council sent a written statement of the options to the governing bodies of Foxhollow and Millbeck, to the Tanfield Learning Trust, to the management committee of the Calderbridge Pupil Referral Unit and to all secondary schools and academies in the Borough, inviting each to set out its views in writing on the changing pattern of SEMH provision by 21 February 2027. The 13 written responses are summarised at Appendix 1."),
    ("h1", "9. Transport"),
    ("np", "9.1", "Transport will be provided under the Council's SEND Travel Assistance Policy (2025). Eligible pupils will travel by minibus with a passenger assistant, with a maximum journey time of 45 minutes each way; route planning by the Passenger Services team shows an average journey of 28 minutes to Millbeck and 22 minutes to Tanfield."),
    ("h1", "10. Financial implications"),
    ("np", "10.1", "Capital: the new block at Millbeck, £3.1 million, funded from the High Needs Provision Capital Allocation 2026-28 (£2.3 million) and the Council's Basic Need allocation (£0.8 million)."),
    ("np", "10.2", "Revenue: the 50 additional places at Millbeck and Tanfield will be funded from the High Needs Block at £21,800 per place (£1.09 million a year), against the Foxhollow budget of £1.18 million a year."),
    ("h1", "11. Staffing"),
    ("np", "11.1", "Millbeck will appoint an additional deputy headteacher, 6.0 FTE teachers and 9.0 FTE teaching assistants. Tanfield Academy will appoint 2.0 FTE teachers and 3.0 FTE teaching assistants. Foxhollow staff will be offered ring-fenced interviews for these posts."),
    ("h1", "Appendices"),
    ("bullets", [
        "Appendix 1 - Summary of written responses from providers",
        "Appendix 2 - Letter from the Chair of Governors of Millbeck School, 3 March 2027",
        "Appendix 3 - Equality impact assessment",
    ]),
]

# ---------------------------------------------------------------- 09
DOC09 = [
    ("centre", "HARNFORD COUNTY COUNCIL"),
    ("title", "Cabinet Report: A new special free school for pupils with social, emotional and mental health needs"),
    ("table", ["", ""], [
        ["Date of meeting", "16 March 2027"],
        ["Report of", "Executive Director of Children's Services"],
        ["Cabinet Member", "Councillor Oluwaseun Pryor, Education and SEND"],
        ["Decision type", "Key decision"],
        ["Divisions affected", "Harnford South; Eastwold"],
    ]),
    ("h1", "1. Summary"),
    ("np", "1.1", "The Secretary of State has approved the Council's bid for a special free school for 80 pupils aged 7 to 16 with social, emotional and mental health (SEMH) needs, to be called the Linnet School and run by the Kingfisher Learning Trust. This report asks Cabinet to agree the Council's commitments to the new school and sets out how it meets the SEN Improvement Test."),
    ("h1", "2. Recommendations"),
    ("numlist", [
        "That Cabinet supports the opening of the Linnet School in September 2028 as set out in Option B.",
        "That Cabinet commissions 80 SEMH places at the Linnet School from the High Needs Block.",
        "That Cabinet agrees to make the former Harnford Road depot site available to the Department for Education on a 125-year lease.",
    ]),
    ("h1", "3. Background and need"),
    ("np", "3.1", "Harnford has 130 SEMH special school places (Dunmore School 70, Ridgeback School 60). Both are full. In January 2027, 47 Harnford pupils with SEMH needs were in independent or non-maintained special schools, 29 of them outside the county."),
    ("h1", "4. Options appraisal"),
    ("table", ["Option", "Summary", "Assessment"], [
        ["A. Expand Dunmore School on its existing site to 110 places",
         "A new teaching block on Dunmore's playing field. During construction 20 pupils would be displaced to temporary provision at the Harnford Pupil Referral Unit for two terms.",
         "Rejected: loss of the only playing field, disruption to pupils, and a capital cost of £7.9 million to the Council."],
        ["B. Special free school (the Linnet School), 80 places",
         "New school on the Harnford Road depot site, built and paid for by the Department for Education through the free schools programme; run by the Kingfisher Learning Trust.",
         "Recommended: adds 80 places without disruption to existing schools and at no capital cost to the Council."],
        ["C. Continue to commission independent places",
         "No new maintained or academy provision.",
         "Rejected: average cost £64,000 per place and long journeys."],
    ]),
    ("h1", "5. The proposal (Option B)"),
    ("np", "5.1", "The Linnet School will open on 1 September 2028 with 40 pupils and will reach its capacity of 80 by September 2029. It is new provision: no existing school closes, no pupil at Dunmore, Ridgeback or any other school will have to move, and no pupil is displaced."),
    ("h2", "Places"),
    ("table", ["SEMH special school places in Harnford", "Now", "September 2028", "September 2029"], [
        ["Dunmore School", "70", "70", "70"],
        ["Ridgeback School", "60", "60", "60"],
        ["Linnet School", "0", "40", "80"],
        ["Total", "130", "170", "210"],
    ]),
    ("h1", "6. Educational benefits"),
    ("np", "6.1", "Curriculum, facilities and equipment. The Linnet School will have two science laboratories, a food technology room, a design and technology workshop, an art studio, a sports hall and a 3G pitch. Pupils will be able to take GCSEs in English, mathematics, combined science, art and design and computer science, BTEC Level 1/2 Sport and the Prince's Trust Achieve programme, and primary-aged pupils will have daily outdoor learning in the school's forest school area. The school's design meets objective 1 of the Council's Accessibility Strategy 2026-2029 (step-free, fully accessible specialist buildings) and its curriculum offer supports objective 3 (a wider curriculum for pupils with SEND)."),
    ("np", "6.2", "Specialist staff. The Trust will employ a clinical psychologist (1.0 FTE), a speech and language therapist (0.6 FTE) and an occupational therapist (0.4 FTE) at the school, and the school will host a CAMHS practitioner two days a week. From September 2029 the school will provide an SEMH outreach service (2.0 FTE) to mainstream schools in the south of the county."),
    ("np", "6.3", "Accommodation. The Department for Education will build a two-storey school of 2,600 m² with 12 classrooms for groups of up to eight, the specialist rooms in paragraph 6.1, a therapy suite of four rooms, three calm rooms and an enclosed outdoor area. The building is programmed for handover in July 2028."),
    ("np", "6.4", "Places. See the table at section 5: SEMH special school places in Harnford will rise from 130 to 210."),
    ("h1", "7. Views of providers"),
    ("np", "7.1", "On 12 October 2026 the Council sent a written statement of the proposal to the governing bodies of Dunmore School and Ridgeback School, the Kingfisher Learning Trust, the management committee of the Harnford Pupil Referral Unit, all secondary schools and academies in the county and the independent special schools where Harnford pupils are placed, inviting each to set out its views in writing on the changing pattern of SEMH provision. Eighteen written responses were received (Appendix A); all but one supported the proposal."),
    ("h1", "8. Transport"),
    ("np", "8.1", "Pupils will travel under the Council's Home to School Transport Policy for Children and Young People with SEND (2026). Eligible pupils will travel by minibus or taxi with a passenger assistant, with a maximum journey of 50 minutes each way; for pupils now at independent schools outside the county the average journey will fall from 71 to 29 minutes."),
    ("h1", "9. Funding"),
    ("np", "9.1", "Capital: the Department for Education will pay for the building through the free schools programme. The Council's contribution is the lease of the site."),
    ("np", "9.2", "Revenue: the Council will commission the places from the High Needs Block at £24,000 per place: £960,000 in 2028-29 and £1.92 million a year from 2029-30. This is lower than the cost of the independent placements it replaces."),
    ("h1", "10. Staffing"),
    ("np", "10.1", "The Trust's staffing plan for the school when full: headteacher; deputy headteacher; two assistant headteachers; 12.0 FTE teachers; 20.0 FTE teaching assistants; clinical psychologist 1.0 FTE; speech and language therapist 0.6 FTE; occupational therapist 0.4 FTE; two family support workers; outreach team 2.0 FTE."),
    ("h1", "11. Risks"),
    ("np", "11.1", "Delay in construction: the DfE's contractor has a fixed completion date; if it slips, the Trust will open in temporary accommodation on the Kingfisher campus."),
]

# ---------------------------------------------------------------- 14
DOC14 = [
    ("centre", "WESTBURY DOWNS COUNTY COUNCIL"),
    ("title", "Public consultation: proposed closure of Gorse Hill School"),
    ("p", "Consultation period: 4 June 2027 to 16 July 2027"),
    ("h1", "1. Introduction"),
    ("np", "1.1", "Westbury Downs County Council is consulting on a proposal to close Gorse Hill School, Downside Lane, Chelbury, a community special school for pupils aged 8 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2028, and to provide places for its pupils at Marlpit School and Sandholme Academy, both of which would be enlarged."),
    ("np", "1.2", "Gorse Hill has 60 places and 52 pupils on roll. Its main building is a former farmhouse that cannot be adapted to meet pupils' needs, and its roll and outcomes have fallen since 2023."),
    ("h1", "2. What would happen to pupils"),
    ("np", "2.1", "Of the 52 pupils, 8 will complete Year 11 before the closure. The remaining 44 pupils would transfer on 1 September 2028:"),
    ("bullets", [
        "24 pupils (those who live in the north of the county) to Marlpit School, Chelbury, a community special school for SEMH;",
        "20 pupils (those who live in the south) to Sandholme Academy, Westbury, a special academy for SEMH in the Downs Learning Trust.",
    ]),
    ("np", "2.2", "The governing body of Marlpit School resolved at its meeting on 14 May 2027 to admit the Gorse Hill pupils, and the Chair of Governors has confirmed the resolution in writing. The governors are satisfied that with the new classrooms described in section 4 the school will have all the facilities it needs."),
    ("np", "2.3", "The Downs Learning Trust has agreed to admit 20 pupils to Sandholme Academy; the Trust's written confirmation will follow."),
    ("np", "2.4", "No Gorse Hill pupil would be placed in a pupil referral unit. Every pupil would have a named special school place and their EHC plans would be amended to name it at a review in the spring term 2028."),
    ("h1", "3. Places"),
    ("table", ["SEMH special school places", "Now", "From September 2028"], [
        ["Gorse Hill School", "60", "—"],
        ["Marlpit School", "56", "88"],
        ["Sandholme Academy", "48", "80"],
        ["Total in Westbury Downs", "164", "168"],
    ]),
    ("np", "3.1", "SEMH special school places in the county would therefore rise from 164 to 168, with 32 more places at each of the enlarged schools."),
    ("h1", "4. Benefits for pupils"),
    ("np", "4.1", "Curriculum and facilities. Marlpit and Sandholme both offer GCSE English, mathematics and combined science, and Sandholme offers BTEC Level 2 in sport and in engineering. Pupils would have use of science laboratories, workshops and sports halls, none of which Gorse Hill has. This supports the Council's Accessibility Strategy 2025-2028, priority 4."),
    ("np", "4.2", "Specialist staff. Marlpit employs a clinical psychologist two days a week and a speech and language therapist one day a week. Sandholme hosts the Trust's therapeutic team (a play therapist and a counsellor, each 0.6 FTE)."),
    ("np", "4.3", "Accommodation. At Marlpit, a four-classroom extension of 420 m² with a calm room and a group room would be built by August 2028 (£2.4 million). At Sandholme, the former sixth-form block would be refurbished to provide three classrooms and a therapy room (£1.1 million), ready by July 2028."),
    ("h1", "5. Other schools and providers"),
    ("np", "5.1", "On 4 June 2027 the Council sent a written statement of the proposal to the governing bodies of Gorse Hill and Marlpit, to the Downs Learning Trust, to all special schools and secondary schools and academies in the county and to the management committee of the Westbury Downs Short Stay School, inviting each to give its views on the proposed pattern of provision in writing by 16 July 2027."),
    ("h1", "6. Transport"),
    ("np", "6.1", "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2026) would travel by taxi or minibus with a passenger assistant. The Council's transport team has checked each pupil's route: no journey would exceed 45 minutes."),
    ("h1", "7. Funding and staffing"),
    ("np", "7.1", "The capital cost of £3.5 million would be funded from the High Needs Provision Capital Allocation (£2.1 million) and the Council's capital programme (£1.4 million), subject to approval of the 2028-29 capital programme by Full Council in February 2028."),
    ("np", "7.2", "Revenue funding would be from the High Needs Block at £22,400 per place (£1.43 million a year for the 64 additional places at the two schools)."),
    ("np", "7.3", "Marlpit would appoint 4.0 FTE teachers and 6.0 FTE teaching assistants; Sandholme 3.0 FTE teachers and 5.0 FTE teaching assistants. Gorse Hill staff would be offered ring-fenced interviews."),
    ("h1", "8. How to respond"),
    ("np", "8.1", "Please complete the response form below and return it to SEND Sufficiency Team, Westbury Downs County Council, County Buildings, Westbury WD1 1CB, or respond online at westburydowns.gov.example/gorsehill by 16 July 2027."),
    ("pagebreak",),
    ("h1", "Response form"),
    ("table", ["Question", "Your answer"], [
        ["1. I am responding as (parent/carer, pupil, staff, governor, other school, other):", ""],
        ["2. Do you agree with the proposal to close Gorse Hill School? (Agree / Disagree / Not sure)", ""],
        ["3. Do you agree with the proposed arrangements for pupils at Marlpit School and Sandholme Academy? (Agree / Disagree / Not sure)", ""],
        ["4. Please tell us the reasons for your answers.", ""],
        ["5. Name and postcode (optional)", ""],
    ]),
]

# ---------------------------------------------------------------- 17
DOC17 = [
    ("centre", "PELLINGHAM COUNTY COUNCIL"),
    ("title", "Statutory proposal: discontinuance of Ashdown House School"),
    ("p", "Published under section 15 of the Education and Inspections Act 2006 and the School Organisation (Establishment and Discontinuance of Schools) (England) Regulations 2013."),
    ("p", "Date of publication: 11 October 2027. Representation period ends: 8 November 2027."),
    ("h1", "Part 1: The proposal"),
    ("np", "1", "Pellingham County Council proposes to discontinue Ashdown House School, Forge Lane, Ashdown Green PG4 7AH, a community special school for pupils aged 11 to 16 with behavioural, emotional and social difficulties (now described as social, emotional and mental health needs), on 31 August 2028."),
    ("np", "2", "Ashdown House has 40 places and 34 pupils on roll. Its pupils will take up places at a new SEMH centre of Kilnworth Academy at Hartside Road, Pellingham (in this proposal \"Hartside\"). Kilnworth Academy is a special academy for pupils aged 7 to 16 with SEMH needs in the Pellingham Valley Trust; Hartside will be its second site and will add 50 places for pupils aged 11 to 16."),
    ("h1", "Part 2: Reasons"),
    ("np", "3", "Ashdown House's 1930s building is on a steep site which cannot be made accessible; it has no specialist teaching rooms; and the school has been judged to require improvement at its last three inspections. Demand for SEMH places continues to grow: 19 Pellingham pupils with SEMH needs are placed out of county."),
    ("h1", "Part 3: Places"),
    ("table", ["SEMH special school places in Pellingham", "2027/28", "From September 2028"], [
        ["Ashdown House School", "40", "closed"],
        ["Kilnworth Academy - main site", "70", "70"],
        ["Kilnworth Academy - Hartside", "0", "50"],
        ["Brookmere School", "56", "56"],
        ["Total", "166", "176"],
    ]),
    ("h1", "Part 4: Arrangements for pupils"),
    ("np", "4", "All 26 Ashdown House pupils who will be in Years 7 to 10 in 2027/28, and who will not have completed Year 11 by 31 August 2028, have been allocated places at Hartside from 1 September 2028. Each pupil's EHC plan will be amended to name Kilnworth Academy before 31 May 2028."),
    ("np", "5", "The Pellingham Valley Trust confirmed in writing on 20 September 2027 (letter from the Chief Executive Officer, Annex 3) that Kilnworth Academy will admit every Ashdown House pupil at Hartside and that Hartside will have all the facilities needed to provide an appropriate curriculum, including those described in Part 5."),
    ("np", "6", "No pupil displaced by the closure will be placed in a pupil referral unit or in any other interim provision: pupils stay at Ashdown House until the end of the summer term 2028 and start at Hartside on the first day of the autumn term 2028."),
    ("h1", "Part 5: Educational benefits"),
    ("h2", "(a) Access to education and associated services"),
    ("np", "7", "Hartside will have a science laboratory, a design and technology workshop, a food room, a music room and a sports hall, and will share Kilnworth's farm and animal care unit. Pupils will be able to take GCSEs in English, mathematics, combined science, music and design and technology, and the City & Guilds Level 1 in Land-based Studies; Ashdown House offers Entry Level and Functional Skills only. The proposal contributes to priority 2 of the Council's Accessibility Strategy 2026-2029 (\"equal access to the curriculum and to specialist facilities for pupils in special schools\")."),
    ("h2", "(b) Access to specialist staff"),
    ("np", "8", "Hartside will have a clinical psychologist (0.8 FTE), a speech and language therapist (two days a week), a CAMHS link worker (one day a week) and an education welfare officer (0.5 FTE). The Trust's SEMH outreach team (3.0 FTE) will be based at Hartside and will support mainstream secondary schools in the west of the county."),
    ("h2", "(c) Access to suitable accommodation"),
    ("np", "9", "Hartside will occupy the former Hartside Road library and adult education building (1,650 m²), remodelled and extended to provide eight classrooms for groups of up to eight, four small-group rooms, the specialist rooms in paragraph 7, a therapy suite and two calm rooms, with a lift and accessible toilets on each floor. The works (£5.8 million) will be complete by 30 June 2028."),
    ("h2", "(d) Supply of suitable places"),
    ("np", "10", "SEMH special school places in the county will rise from 166 to 176 (Part 3)."),
    ("h1", "Part 6: Views of providers"),
    ("np", "11", "On 3 April 2027 the Council sent a written statement of the proposal to the governing body of Ashdown House, the Pellingham Valley Trust, the governing body of Brookmere School, the management committee of the Pellingham Pupil Referral Unit and every secondary school and academy in the county, inviting each to set out its views in writing on the proposed pattern of SEMH provision. Fourteen written responses were received; they are reproduced at Annex 2."),
    ("h1", "Part 7: Transport"),
    ("np", "12", "Transport will be provided under the Council's Travel Assistance Policy for Children and Young People with SEND (2026). Eligible pupils will travel to Hartside by minibus with a passenger assistant; the longest journey will be 40 minutes each way, and the Council will review each pupil's arrangements at the summer term 2028 review."),
    ("h1", "Part 8: Funding and staffing"),
    ("np", "13", "Capital: £5.8 million, from the Council's High Needs Provision Capital Allocation 2026-28 (£3.6 million) and the Council's Capital Programme 2026-2030 (£2.2 million, approved by Council on 23 February 2026), under a capital funding agreement with the Trust signed on 1 September 2027."),
    ("np", "14", "Revenue: 50 places at Hartside commissioned from the High Needs Block at £23,000 per place (£1.15 million a year), replacing the Ashdown House budget of £0.98 million a year."),
    ("np", "15", "Staffing at Hartside: head of site (deputy headteacher of Kilnworth); assistant headteacher; 8.0 FTE teachers; 13.0 FTE teaching assistants; clinical psychologist 0.8 FTE; speech and language therapist 0.4 FTE; education welfare officer 0.5 FTE; outreach team 3.0 FTE. Ashdown House staff will transfer to the Trust under TUPE."),
    ("h1", "Annexes"),
    ("bullets", [
        "Annex 1 - Statutory notice",
        "Annex 2 - Written responses from providers",
        "Annex 3 - Letter from the Chief Executive Officer of the Pellingham Valley Trust, 20 September 2027",
    ]),
]

# ---------------------------------------------------------------- 21
DOC21 = [
    ("centre", "SALTMARSH DISTRICT COUNCIL (EDUCATION AUTHORITY)"),
    ("title", "Executive Report: Restructure of the Sensory Support Service"),
    ("table", ["", ""], [
        ["Executive", "Children's Services Executive Committee, 9 February 2028"],
        ["Report of", "Head of Inclusion and Specialist Services"],
        ["Portfolio holder", "Councillor Ruth Ekwueme, Learning and Inclusion"],
        ["Exempt information", "None"],
    ]),
    ("h1", "1. Purpose"),
    ("np", "1.1", "To seek the Executive's approval to restructure the Sensory Support Service into a Sensory and Physical Support Team from 1 September 2028, following consultation with schools, staff and families between 13 November 2027 and 12 January 2028."),
    ("h1", "2. Recommendation"),
    ("np", "2.1", "That the Executive approves Option 2 (restructure of the outreach service) and the staffing structure at section 8."),
    ("h1", "3. Background"),
    ("np", "3.1", "The Sensory Support Service provides peripatetic teaching and advice for 412 children and young people aged 0 to 25 with hearing impairment, vision impairment or multi-sensory impairment in homes, early years settings, mainstream schools and colleges. It also staffs the two sensory resource bases at Fenwick Primary School and Salthouse High School. The Physical Difficulties Advisory Service currently works separately, with 1.4 FTE."),
    ("np", "3.2", "Caseloads have risen by 31% since 2022 and the number of children with physical disabilities in mainstream schools has doubled. Schools report long waits for advice and equipment."),
    ("h1", "4. Options considered"),
    ("table", ["Option", "Description", "Outcome"], [
        ["1. No change", "Continue the two services separately.", "Rejected: does not address caseloads or waiting times."],
        ["2. Combined Sensory and Physical Support Team", "Merge the two services into one outreach team with three specialist strands (hearing, vision, physical) and a shared equipment service.", "Recommended."],
        ["3. Close the resource bases and redeploy their staff to outreach", "The 11 pupils in the two resource bases would be displaced to Saltmarsh Park special school or to their local schools.", "Rejected: parents and schools strongly opposed it and the resource bases are judged outstanding."],
    ]),
    ("h1", "5. What the restructure means for children and schools"),
    ("np", "5.1", "No pupil will change school. The two resource bases are not affected by Option 2 and all pupils in them will remain where they are; the restructure concerns the outreach service only."),
    ("np", "5.2", "Access to education and equipment. A single equipment loan service will supply radio aids, magnifiers, Braille embossers, tablet-based screen readers, specialist seating and standing frames within ten school days of a request (currently up to a term). Specialist teachers will modify examination papers and curriculum resources into Braille, large print and tactile formats for all secondary schools, and a new habilitation programme will give vision-impaired pupils independent mobility and daily living skills training. These changes deliver objectives 2 and 3 of the Council's Accessibility Strategy 2026-2029 (access to the curriculum and to written information for disabled pupils)."),
    ("np", "5.3", "Access to specialist staff. The Team will have 6.0 FTE qualified Teachers of the Deaf (5.0 now), 4.0 FTE qualified Teachers of Children and Young People with Vision Impairment (3.0 now), 2.0 FTE habilitation specialists (0.5 now) and 3.0 FTE physical difficulties advisory teachers (1.4 now), with an educational audiologist (0.6 FTE). Every school with a child on the Team's caseload will have a named link teacher and at least one visit each half term."),
    ("h1", "6. Consultation with providers"),
    ("np", "6.1", "On 13 November 2027 the Council sent a written statement of the proposed restructure to the governing bodies and trusts of every school and academy in the district, to Saltmarsh College, to the early years settings on the Team's caseload and to Saltmarsh Park School, inviting each to set out its views in writing by 12 January 2028. 64 written responses were received, 58 of them supportive. The main themes are summarised at Appendix A."),
    ("h1", "7. Transport"),
    ("np", "7.1", "The restructure does not change any pupil's school, so no new transport arrangements are needed."),
    ("h1", "8. Staffing and funding"),
    ("table", ["Post", "Current FTE", "Proposed FTE"], [
        ["Team manager", "1.0", "1.0"],
        ["Teachers of the Deaf", "5.0", "6.0"],
        ["Qualified Teachers of Vision Impairment", "3.0", "4.0"],
        ["Physical difficulties advisory teachers", "1.4", "3.0"],
        ["Habilitation specialists", "0.5", "2.0"],
        ["Educational audiologist", "0.6", "0.6"],
        ["Equipment and resources technicians", "1.0", "2.0"],
        ["Administrator", "1.0", "1.0"],
        ["Total", "13.5", "19.6"],
    ]),
    ("np", "8.1", "The cost of the new structure is £1.21 million a year, an increase of £348,000, met from the High Needs Block (central provision for SEN support services), as agreed by the Schools Forum on 25 January 2028. The equipment loan service has a one-off set-up budget of £85,000 from the Council's SEND Capital budget 2027-28."),
    ("h1", "9. Equality implications"),
    ("np", "9.1", "The equality impact assessment (Appendix B) identifies positive impacts for disabled children and young people."),
]

# ---------------------------------------------------------------- 25
DOC25 = [
    ("centre", "TILLINGFORD VALE BOROUGH COUNCIL"),
    ("title", "Amalgamation of Larchwood School and Cobbett School: outcome of consultation and final decision"),
    ("p", "Cabinet, 22 June 2027 - Report of the Director of Education"),
    ("h1", "Summary"),
    ("p", "This report sets out the outcome of the statutory representation period on the proposal to discontinue Cobbett School (a community special school for pupils aged 2 to 19 with profound and multiple learning difficulties) and to enlarge Larchwood School (a community special school for pupils aged 2 to 19 with severe learning difficulties) so that the two schools' pupils are taught together on the Larchwood site. Larchwood will have 150 places from September 2028. Cabinet is asked to approve the proposal."),
    ("h1", "1. Recommendation"),
    ("np", "1.1", "That Cabinet approves the discontinuance of Cobbett School on 31 August 2028 and the enlargement of Larchwood School from 1 September 2028, as published on 4 April 2027."),
    ("h1", "2. The proposal"),
    ("np", "2.1", "Cobbett School has 36 places and 33 pupils on roll, in buildings on Cobbett Lane that were designed for 24 pupils and have no hydrotherapy pool, no changing facilities large enough for current pupils' equipment and no room to expand. Larchwood School, 1.5 miles away, has 96 places."),
    ("np", "2.2", "All Cobbett pupils will transfer to Larchwood on 1 September 2028 into a new PMLD department. The governing body of Larchwood School resolved on 1 March 2027 to admit all Cobbett pupils, and the Chair of Governors confirmed this by email to the Director of Education on 4 March 2027, stating that the school will have all the facilities necessary to provide an appropriate curriculum once the new department is built. The email and the minute of the resolution are at Appendix 2."),
    ("np", "2.3", "No Cobbett pupil will be placed anywhere other than Larchwood."),
    ("h2", "Places"),
    ("table", ["", "Now", "From 1 September 2028"], [
        ["Cobbett School (PMLD)", "36", "closed"],
        ["Larchwood School - SLD", "96", "100"],
        ["Larchwood School - PMLD department", "0", "40"],
        ["Total", "132", "140"],
    ]),
    ("h1", "3. Representations received and the Council's response"),
    ("np", "3.1", "The representation period ran from 4 April to 2 May 2027. Forty-one representations were received. They are summarised below."),
    ("table", ["Issue", "Response"], [
        ["Parents of Cobbett pupils fear that their children's needs will be lost in a larger school.",
         "The PMLD department will be a distinct part of Larchwood, with its own entrance, classrooms and staff team, led by an assistant headteacher for PMLD. Class sizes will remain at six or seven pupils, with one adult to every 1.5 pupils."],
        ["What will Cobbett pupils gain?",
         "Daily access to a hydrotherapy pool and a rebound therapy room, which Cobbett does not have; a sensory curriculum based on the Routes for Learning framework with eye-gaze and switch technology in every classroom; and, for the first time, joint music, drama and community sessions with Larchwood's SLD pupils. This contributes to objective 1 of the Borough's Accessibility Strategy 2026-2029 (access to specialist facilities and equipment for pupils with complex disabilities)."],
        ["Will therapists still come into school?",
         "Yes, and more often: the PMLD department will have a physiotherapist on site five days a week (two days now at Cobbett), an occupational therapist three days a week, a speech and language therapist specialising in eating and drinking two days a week, and two school nurses (2.0 FTE)."],
        ["What will the new building be like?",
         "A single-storey PMLD department of 1,100 m² attached to Larchwood's main building, with six classrooms of 70 m², a hydrotherapy pool, a rebound therapy room, a multi-sensory room, a physiotherapy room, four hygiene suites with ceiling hoists and changing beds, and a sensory garden. Contract sum £6.9 million; completion by 31 July 2028."],
        ["Will there be enough places for children in future?",
         "Yes. The enlarged Larchwood will have more places than the two schools together now (see the table above), and the Borough will no longer need to place children with PMLD out of the borough."],
        ["Journeys will be longer for some families.",
         "Transport will be provided under the Borough's Home to School Transport Policy for Children and Young People with SEND (2026). All Cobbett pupils will travel in wheelchair-accessible vehicles with a passenger assistant trained in medical procedures; no journey will be longer than 45 minutes, and the average journey will increase by four minutes."],
        ["How will it be paid for?",
         "Capital: £6.9 million from the High Needs Provision Capital Allocation 2026-28 (£5.2 million) and the Borough's approved Capital Programme 2026-2030 (£1.7 million). Revenue: from the High Needs Block at the Borough's banded rates, £3.95 million a year for the enlarged school, replacing the two schools' combined budgets of £3.71 million."],
        ["How will the school be staffed?",
         "Headteacher; two deputy headteachers; assistant headteacher for PMLD; 24.0 FTE teachers; 78.0 FTE teaching assistants; two school nurses; physiotherapist 1.0 FTE; OT 0.6 FTE; SLT 0.4 FTE. All Cobbett staff have been offered posts at Larchwood."],
        ["Were other schools asked?",
         "Yes. On 17 October 2026 the Council sent a written statement of the proposal to the governing bodies of both schools, the other special schools in the Borough, the Tillingford Vale Early Years Forum and the further education college, inviting each to set out its views in writing. All nine who replied support the amalgamation."],
    ]),
    ("h1", "4. Legal implications"),
    ("np", "4.1", "Cabinet is the decision maker. It must have regard to the statutory guidance and be satisfied that the proposal meets the SEN Improvement Test."),
]

JOBS = [
    ("03-cabinet-report-options-appraisal-close-foxhollow-school.docx", "Future of Foxhollow School", "Calderbridge MBC", DOC03),
    ("09-cabinet-report-new-semh-free-school-linnet.docx", "A new special free school for SEMH", "Harnford County Council", DOC09),
    ("14-consultation-document-close-gorse-hill-school.docx", "Consultation: Gorse Hill School", "Westbury Downs County Council", DOC14),
    ("17-statutory-proposal-close-ashdown-house-school.docx", "Statutory proposal: Ashdown House School", "Pellingham County Council", DOC17),
    ("21-executive-report-restructure-sensory-support-service.docx", "Restructure of the Sensory Support Service", "Saltmarsh District Council", DOC21),
    ("25-outcome-report-amalgamation-larchwood-cobbett.docx", "Amalgamation of Larchwood and Cobbett", "Tillingford Vale Borough Council", DOC25),
]


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: build_docx_a.py OUTPUT_FOLDER")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, title, author, blocks in JOBS:
        build(out / name, title, author, blocks)
        print("wrote", out / name)


if __name__ == "__main__":
    main(sys.argv)
