#!/usr/bin/env python3
"""Build the Word documents of heldout12 (documents 26-50, half b).

Usage: build_docx_b.py [FOLDER]   (default: this script's own folder)

Each document is a list of blocks: ("title", text), ("h1", text), ("h2", text),
("p", text), ("num", text) for a Word numbered paragraph, ("bullet", text),
("table", [header_row, row, ...]) for a real Word table, ("pagebreak", None).
"""
import os
import sys

from docx import Document
from docx.shared import Pt

DOCS = {}


def build(name, blocks, folder):
    doc = Document()
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
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            rows = content
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(os.path.join(folder, name))


# === DOCS ===

DOCS["28-cabinet-report-close-ashcombe-house-school.docx"] = [
    ("title", "Calderwood County Council"),
    ("p", "Cabinet, 21 January 2027. Agenda item 9. Report of the Corporate Director, People. Key decision: yes (forward plan reference KD/2026/114). Wards affected: Ashcombe, Netherby. Exempt: no."),
    ("h1", "Future of Ashcombe House School"),
    ("h2", "1. Purpose of the report"),
    ("p", "1.1 To ask Cabinet to agree, following statutory consultation, to discontinue Ashcombe House School, a community special school for 60 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, on 31 August 2027, and to enlarge The Cedars School."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves Option 3 in section 5: to discontinue Ashcombe House School on 31 August 2027, to enlarge The Cedars School from 80 to 150 places from 1 September 2027, and to make the arrangements for Ashcombe House pupils set out in section 7."),
    ("p", "2.2 That Cabinet delegates to the Corporate Director, People, in consultation with the Cabinet Member for Children and Young People, the award of the construction contract for The Cedars."),
    ("h2", "3. Background"),
    ("p", "3.1 Ashcombe House occupies a former Victorian residence with an annexe of 1972. The building cannot be adapted: it has no level access to the first floor, where six of its nine classrooms are, and a 2025 survey priced the backlog of repairs at £2.9 million. The school has had three headteachers since 2022. Its last inspection (March 2026) found that pupils' attendance, at 74%, was too low and that the curriculum at Key Stage 4 was narrow."),
    ("p", "3.2 Older pupils who have been unable to attend Ashcombe House have for several years been taught part-time at the Beacon Centre, Mill Road, Netherby (the County's short stay school for Key Stage 4, registered with the Department for Education as a pupil referral unit), where 14 Ashcombe House pupils currently attend two days a week."),
    ("h2", "4. Consultation"),
    ("p", "4.1 Consultation ran from 5 October to 16 November 2026. The Council wrote on 5 October to the governing bodies of Ashcombe House and The Cedars, to the management committee of the Beacon Centre, to the other four special schools and to every secondary school and academy trust in the County, inviting each to set out its views on the proposed pattern of SEMH provision in writing. Eleven written responses were received; they are summarised at Appendix A. 78 responses were received from parents, pupils, staff and others."),
    ("h2", "5. Options appraisal"),
    ("table", [
        ["Option", "Description", "Assessment"],
        ["1. No change", "Ashcombe House continues in its present building.", "Rejected. The building is unsuitable and cannot be made accessible; the curriculum would remain narrow."],
        ["2. Rebuild Ashcombe House on its site", "A new 60-place building at an estimated £13.8m.", "Rejected. No capital funding is available; pupils would be decanted for two years. We would hope to find places in neighbouring authorities during the works, but none has been offered."],
        ["3. Close Ashcombe House and enlarge The Cedars (recommended)", "The Cedars enlarged to 150 places in a new wing; Ashcombe House pupils move as set out in section 7.", "Recommended. Provides the facilities Ashcombe House lacks and more SEMH places in the County."],
    ]),
    ("h2", "6. Educational benefits"),
    ("p", "6.1 Curriculum and facilities. The new wing at The Cedars will give pupils a science laboratory, a design and technology workshop, an art room and a horticulture area with two polytunnels. Key Stage 4 pupils will be able to take GCSE English, mathematics, combined science and art, and BTEC Level 1 and 2 in land-based studies. This supports priority 2 of the Council's Accessibility Strategy 2024-2027 (improving access to the curriculum for pupils with SEND in special schools)."),
    ("p", "6.2 Specialist staff. Pupils will benefit from better access to specialist staff and to therapeutic support at The Cedars, which has an established relationship with local health services."),
    ("p", "6.3 Accommodation. The new wing comprises 10 classrooms (each 56 square metres), four intervention rooms, a therapy room and a multi-use games area, ready in July 2027. Cost: £9.4 million."),
    ("p", "6.4 Places. SEMH special school places in the County rise as follows:"),
    ("table", [
        ["School", "Places now", "Places from September 2027"],
        ["Ashcombe House", "60", "0"],
        ["The Cedars", "80", "150"],
        ["Total", "140", "150"],
    ]),
    ("h2", "7. Arrangements for pupils"),
    ("p", "7.1 Pupils in Years 7 and 8 at Ashcombe House in 2026-27 (31 pupils) will transfer to The Cedars on 1 September 2027. The governing body of The Cedars has confirmed in writing (letter of 30 November 2026, Appendix B) that it will admit them and that the new wing will provide the full curriculum described in paragraph 6.1."),
    ("p", "7.2 To avoid a change of school in the middle of examination courses, pupils entering Years 10 and 11 in September 2027 (22 pupils) will complete their secondary education at the Beacon Centre, where many of them already attend part-time and where staff know them. Their EHC plans will be amended to name the Beacon Centre."),
    ("h2", "8. Transport"),
    ("p", "8.1 Transport will be provided in accordance with the Council's Travel Assistance Policy for Children and Young People with SEND (September 2025). The Cedars is 3.1 miles from Ashcombe House and the Beacon Centre 1.8 miles. The Council will provide minibuses with passenger assistants on four routes to The Cedars and two to the Beacon Centre; the longest planned journey is 40 minutes."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 Capital: the new wing (£9.4 million) is funded from the Council's allocation of High Needs Provision Capital (£7.1 million) and from capital receipts from the sale of the Ashcombe House site (£2.3 million, valuation of August 2026), both in the capital programme approved by Council in February 2026."),
    ("p", "9.2 Revenue: places at The Cedars are funded at £10,000 each plus top-up from the High Needs Block. The net saving to the High Needs Block from 2028-29 is estimated at £310,000 a year, because fewer pupils will be placed in independent schools."),
    ("h2", "10. Staffing implications"),
    ("p", "10.1 The Cedars will increase its teaching staff from 11.0 to 20.0 FTE and its support staff from 18.0 to 33.0 FTE, and will appoint a second deputy headteacher. Ashcombe House staff will be given priority for these posts. The Beacon Centre will appoint 2.0 FTE teachers and 2.0 FTE learning mentors on fixed-term contracts to August 2029."),
    ("h2", "11. Legal implications"),
    ("p", "11.1 The proposals were published under sections 15 and 19 of the Education and Inspections Act 2006. Cabinet is the decision maker and must be satisfied that the proposals meet the SEN Improvement Test."),
    ("h2", "Appendices"),
    ("bullet", "Appendix A: Summary of consultation responses"),
    ("bullet", "Appendix B: Letter from the Chair of Governors, The Cedars School, 30 November 2026"),
    ("bullet", "Appendix C: Equality impact assessment"),
    ("p", "Report author: Martin Ashworth, Head of Inclusion and SEND Commissioning, tel. 01632 960417."),
]

DOCS["33-academy-trust-proposal-oakhurst-ks2-site.docx"] = [
    ("title", "Meridian Learning Partnership"),
    ("p", "Significant change proposal: Oakhurst Academy. Relocation of the Key Stage 2 department from the Linden Street site to the main site, and increase in capacity. Submitted to the Department for Education (Regions Group, South West) and consulted on with Avonleigh Council. Version 2, 27 October 2026."),
    ("h1", "Part A: The proposal"),
    ("num", "Oakhurst Academy is a special academy for 120 pupils aged 7-19 with autism and associated learning needs, part of Meridian Learning Partnership (the Trust). It operates on two sites: the main site at Oakhurst Lane, Avonleigh (Key Stages 3-5, 80 places) and the Linden Street site, 1.5 miles away (Key Stage 2, 40 places)."),
    ("num", "The Trust proposes that from 1 September 2027 the Key Stage 2 department moves, with all its pupils and staff, to a new wing on the main site; that the Linden Street site, which the Trust leases from Avonleigh Council, closes on 31 August 2027; and that the academy's capacity increases from 120 to 136."),
    ("num", "Every pupil at Linden Street keeps their place at Oakhurst Academy and moves with their class, teacher and teaching assistants. No pupil leaves the academy because of the proposal."),
    ("h1", "Part B: Rationale and benefits"),
    ("num", "The Linden Street building is a converted 1930s infant school. It has no hall, no outdoor space apart from a tarmac yard of 300 square metres, and the lease ends in August 2028. Key Stage 2 pupils travel to the main site for swimming and for therapy sessions, losing up to two hours a week."),
    ("h2", "Access to the curriculum, activities and facilities"),
    ("num", "On the main site Key Stage 2 pupils will have daily access to the hydrotherapy pool, the sensory studio, the life-skills flat and the school farm, and will join the academy's after-school clubs (swimming, Lego therapy, gardening), which run only on the main site. A structured transition programme will let Year 6 pupils move to Key Stage 3 classes without a change of site. We hope to open a forest school area on the wooded bank behind the new wing by the summer term 2028. The Trust's plan supports the Avonleigh Accessibility Strategy 2025-2028, objective 1 (\"pupils in special schools have access to specialist facilities on their own site\")."),
    ("h2", "Specialist staff"),
    ("num", "At Linden Street pupils see the academy's therapists only when visiting the main site. On the main site they will have the speech and language therapists (2.0 FTE), the occupational therapist (1.0 FTE) and the clinical psychologist (one day a week) every day they are in school, and the academy's autism outreach teacher will base her work with local primary schools there."),
    ("h2", "Accommodation"),
    ("num", "The new single-storey wing will provide six classrooms of 58 square metres, each with its own toilet and a quiet room, a Key Stage 2 hall of 120 square metres and an enclosed play area of 900 square metres. Works begin in January 2027 and finish in July 2027."),
    ("h2", "Places"),
    ("table", [
        ["", "Now", "From 1 September 2027"],
        ["Key Stage 2 places", "40", "48"],
        ["Key Stages 3-5 places", "80", "88"],
        ["Oakhurst Academy total", "120", "136"],
    ]),
    ("num", "The 16 additional places are for pupils with autism whose EHC plans name a special school; Avonleigh Council has commissioned them from September 2027 (letter of 11 August 2026)."),
    ("h1", "Part C: Consultation"),
    ("num", "On 1 June 2026 the Trust sent a written statement of the proposed change to Avonleigh Council, to the four other special schools and the six primary schools within three miles of either site, and to the two other trusts with special academies in the area, inviting each to give its views in writing and offering a meeting to any that wished to discuss its concerns. Eight written responses were received; all support the proposal. They are listed in Annex 1."),
    ("num", "Parents were consulted from 1 June to 13 July 2026 (two meetings, 52 written responses, 47 in favour)."),
    ("h1", "Part D: Transport"),
    ("num", "Home to school transport is provided by Avonleigh Council under its Home to School Transport Policy for Children and Young People with SEND (2025). The Council has confirmed that the nine Key Stage 2 routes will run to the main site with their present drivers and passenger assistants; journey times change by no more than ten minutes, and the longest will be 45 minutes."),
    ("h1", "Part E: Funding and staffing"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["New wing (capital)", "£3.45m", "Avonleigh Council High Needs Provision Capital Allocation, grant agreement signed 19 September 2026"],
        ["Fit-out and equipment", "£210,000", "Trust reserves (approved by Trust Board, 8 July 2026)"],
        ["Revenue for 16 additional places", "£160,000 place funding plus top-up", "High Needs Block, per Council commissioning letter"],
    ]),
    ("num", "Staffing: the Key Stage 2 department keeps its 6.0 FTE teachers and 12.0 FTE teaching assistants; the academy adds 1.0 FTE teacher and 3.0 FTE teaching assistants for the additional places and 0.5 FTE site staff for the new wing. The Linden Street caretaker (0.6 FTE) transfers to the main site."),
    ("h1", "Annex 1: Responses from providers"),
    ("bullet", "Avonleigh Council, Director of Education, 30 June 2026"),
    ("bullet", "Brookfield School, Chair of Governors, 2 July 2026"),
    ("bullet", "Six further letters (five schools, one trust), June-July 2026"),
]

DOCS["36-executive-report-close-fernleigh-school.docx"] = [
    ("title", "Ormsby Metropolitan Borough Council"),
    ("p", "Executive Decision Session — Cabinet Member for Children's Services. 17 December 2026. Report of the Strategic Director, Children and Families."),
    ("h1", "Closure of Fernleigh School and expansion of Riverside School"),
    ("h2", "Executive summary"),
    ("p", "Fernleigh School (36 places, ages 11-16, SEMH) shares a site with a secondary academy that needs the land back by August 2027. Following consultation, this report recommends that Fernleigh is discontinued on 31 August 2027 and that Riverside School, the borough's other SEMH special school, is enlarged from 64 to 108 places."),
    ("h2", "Recommendation"),
    ("num", "That the Cabinet Member approves the discontinuance of Fernleigh School on 31 August 2027 and the enlargement of Riverside School to 108 places from 1 September 2027, as published on 28 September 2026."),
    ("h2", "Places"),
    ("table", [
        ["SEMH special school places", "2026-27", "2027-28"],
        ["Fernleigh School", "36", "0"],
        ["Riverside School", "64", "108"],
        ["Borough total", "100", "108"],
    ]),
    ("h2", "Benefits of the proposal"),
    ("num", "Curriculum and facilities: at Riverside, former Fernleigh pupils will have a science laboratory, a food technology room, a music room with recording equipment and a horticulture unit, none of which Fernleigh has, and will be able to take GCSE combined science, GCSE music and the Level 1 Award in Land-based Studies. Riverside's enrichment afternoon (climbing, bushcraft, sailing at Ormsby Water) is open to all pupils. The proposal contributes to the Council's Accessibility Strategy 2024-2027, outcome 2: \"a wider curriculum for pupils in specialist settings\"."),
    ("num", "Specialist staff: Riverside employs a speech and language therapist (0.8 FTE) and a play and drama therapist (0.6 FTE), and hosts the CAMHS in-reach practitioner every Tuesday and Thursday. Fernleigh pupils have had access to none of these on site."),
    ("num", "Accommodation: a new teaching block at Riverside of 10 classrooms (average 54 square metres), two small-group rooms and a regulation room, costing £5.2 million. Eight classrooms will be ready on 1 September 2027; the remaining two, with the regulation room, on 15 October 2027."),
    ("h2", "Arrangements for Fernleigh pupils"),
    ("num", "All 32 pupils at Fernleigh who remain of school age in September 2027 will transfer to Riverside; their EHC plans will name Riverside from 1 September 2027. Riverside's governing body confirmed in writing on 5 November 2026 that it will admit them and will have the facilities to teach them the full curriculum."),
    ("num", "Because the last two classrooms are completed on 15 October 2027, the eight pupils joining Riverside's Year 9 will be taught by Riverside staff at the Link (the borough's pupil referral unit, Canal Road) for no more than six school weeks, from 6 September 2027 until Friday 15 October 2027, and will move into their Riverside classrooms on Monday 18 October 2027. The Link's management committee confirmed this arrangement in writing on 12 November 2026. No Fernleigh pupil will be placed at the Link beyond 15 October 2027, and none will be placed on the Link's roll."),
    ("h2", "Consultation with providers"),
    ("num", "Before the statutory proposals, the Council wrote on 20 April 2026 to the governing bodies of Fernleigh and Riverside, the Link's management committee, the Ormsby Secondary Academies Trust and every school in the borough with a resourced provision, enclosing a statement of the proposed pattern of SEMH provision and asking each for its views in writing. Fourteen replied; all but one supported the proposal. The responses are summarised in Appendix 1."),
    ("h2", "Transport"),
    ("num", "Travel assistance will be provided under the Council's Home to School Travel Assistance Policy for Children with SEND (2026). Riverside and the Link are both served by the Council's SEND minibus fleet: four routes, each with a passenger assistant, with a maximum journey of 40 minutes. For the six weeks in which the eight pupils attend the Link, one route will call there."),
    ("h2", "Financial implications"),
    ("num", "The capital cost of £5.2 million is met from the High Needs Provision Capital Allocation (£3.6 million) and a contribution of £1.6 million from the Ormsby Secondary Academies Trust for the release of the Fernleigh land, received in October 2026. Revenue funding for the 108 places at Riverside comes from the High Needs Block (place funding £1.08 million; top-up as now)."),
    ("h2", "Staffing"),
    ("num", "Riverside's staffing rises from 9.0 to 15.0 FTE teachers and from 16.0 to 27.0 FTE teaching assistants. Fernleigh staff have been offered posts at Riverside under TUPE; 21 of 26 have accepted."),
    ("h2", "Background papers"),
    ("bullet", "Statutory proposals, 28 September 2026"),
    ("bullet", "Appendix 1: Responses from providers"),
    ("bullet", "Appendix 2: Letters from Riverside School and the Link"),
]

DOCS["40-statutory-proposal-relocate-kingfisher-school.docx"] = [
    ("title", "Statutory Proposal: Transfer of Kingfisher School to a new site and increase in capacity"),
    ("p", "Proposer: Eastbridge City Council. Published 16 November 2026 under section 19(1) of the Education and Inspections Act 2006 and the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013, Schedule 2, paragraphs 6 and 18."),
    ("h1", "School and contact details"),
    ("p", "Kingfisher School, Mill Lane, Eastbridge EB4 2NN: a community special school for pupils aged 8-16 with social, emotional and mental health needs. Contact: Claire Dunmore, Head of School Place Planning, Eastbridge City Council, PO Box 51, Eastbridge EB1 1AA."),
    ("h1", "Description of the alteration and implementation"),
    ("num", "Kingfisher School will transfer from its Mill Lane site to a new building at Abbey Fields, Ferris Road, Eastbridge EB6 3RT (2.2 miles away) on 1 September 2027. The Mill Lane site will close on 31 August 2027 and will be returned to the Council's estate."),
    ("num", "The capacity of the school will increase from 56 to 84 places on the same date. The age range and type of need are unchanged."),
    ("num", "The whole school moves: every pupil on roll, all staff, the governing body and the school's name and number. No pupil will be displaced and no pupil will be placed in a pupil referral unit or any other provision because of the move."),
    ("h1", "Objectives"),
    ("p", "Mill Lane is a 1950s single-storey building with eight small classrooms, no hall and a playground of 600 square metres beside a busy road. The school is full, with 19 pupils waiting for a place. The objective is to provide a building designed for pupils with SEMH needs and 28 more places."),
    ("h1", "Effect on SEN provision: the SEN Improvement Test"),
    ("h2", "Access to education, facilities and equipment"),
    ("num", "At Abbey Fields pupils will have a sports hall, an outdoor learning area with an allotment and animal care unit, a science laboratory and a design and technology room. Key Stage 4 pupils will take GCSE combined science and the City & Guilds Level 1 Award in Animal Care, which cannot be offered at Mill Lane, and every pupil will have a weekly PE lesson in a hall (now outdoor only). The new building is one of the named schemes in the Council's Accessibility Strategy 2025-2028 (action 3: \"replace special school buildings that cannot be made accessible\")."),
    ("h2", "Specialist staff"),
    ("num", "The new building includes a health suite from which the CAMHS Schools Team will run a clinic two days a week and a speech and language therapist will work three days a week (now one day a week at Mill Lane, where there is no room for therapy). The school's outreach teacher (1.0 FTE) will continue to support primary schools."),
    ("h2", "Accommodation"),
    ("num", "Abbey Fields: a two-storey building of 2,200 square metres with 12 classrooms of 55 square metres, six group rooms, two regulation rooms, a sports hall, a dining hall and 5,000 square metres of outdoor space. Construction started in March 2026 and will be complete by 30 June 2027."),
    ("h2", "Places"),
    ("table", [
        ["SEMH special school places in Eastbridge", "Now", "From 1 September 2027"],
        ["Kingfisher School (8-16)", "56", "84"],
        ["Oakapple School (11-16)", "70", "70"],
        ["Total", "126", "154"],
    ]),
    ("h1", "Consultation"),
    ("num", "On 11 March 2026 the Council sent a written statement of the proposal and of the planned pattern of SEMH provision in the city to the governing bodies of Kingfisher and Oakapple, the management committee of the city's pupil referral unit, all primary and secondary schools and the three academy trusts in the city, inviting them to put their views in writing and offering to meet any that disagreed. 26 replies were received; none objected. Public consultation ran from 11 March to 22 April 2026."),
    ("h1", "Travel arrangements"),
    ("num", "Travel assistance will continue under the Council's SEND Home to School Travel Policy (2025). The Council will rearrange its six Kingfisher minibus routes, each with a passenger assistant, to serve Abbey Fields; the longest journey will be 45 minutes. Abbey Fields is on two bus routes, and independent travel training will continue for older pupils."),
    ("h1", "Funding"),
    ("num", "Capital: £12.8 million, from the Department for Education's High Needs Provision Capital Allocation (£9.6 million) and the Council's capital programme 2025-26 to 2027-28 (£3.2 million, approved by Council on 27 February 2025). The contract has been let."),
    ("num", "Revenue: place funding for the 28 additional places (£280,000 a year) and top-up funding from the High Needs Block."),
    ("h1", "Staffing"),
    ("num", "Kingfisher's staffing will rise from 8.0 to 12.0 FTE teachers and from 14.0 to 22.0 FTE teaching assistants as numbers rise, plus 1.0 FTE site manager for the new building."),
    ("h1", "Representations"),
    ("p", "Any person may object to or comment on this proposal by 14 December 2026, by writing to the contact above. The Cabinet will decide it on 4 February 2027."),
]

DOCS["45-key-decision-report-oak-tree-satellite-hillside.docx"] = [
    ("title", "Key Decision Report"),
    ("table", [
        ["Decision to be taken by", "Cabinet Member for Education and Skills, Cllr Farah Qureshi"],
        ["Date of decision", "8 December 2026"],
        ["Subject", "Establishment of a satellite of Oak Tree School at Hillside Academy, Bramcote"],
        ["Report of", "Head of SEND and Inclusion, Wellsworth County Council"],
        ["Forward plan reference", "FP/CYP/2026/39"],
    ]),
    ("h1", "1. Summary"),
    ("p", "Oak Tree School, Wellsworth, is a community special school for 150 pupils aged 4-19 with severe learning difficulties (SLD). This report seeks approval to open a satellite of Oak Tree in a refurbished wing of Hillside Academy, a mainstream secondary academy in Bramcote, for 24 secondary-age pupils with SLD from 1 September 2027, raising Oak Tree's capacity from 150 to 174. The satellite will be run by Oak Tree's governing body; the pupils will be on Oak Tree's roll."),
    ("h1", "2. Recommendation"),
    ("p", "That the Cabinet Member approves the prescribed alteration to Oak Tree School (enlargement to 174 places by the establishment of a satellite at Hillside Academy) with effect from 1 September 2027."),
    ("h1", "3. Need"),
    ("p", "SLD special school places in the east of the county: 150 now (Oak Tree), 174 from September 2027. Oak Tree has been over its capacity since 2024 and 17 pupils with SLD travel more than 20 miles to schools in neighbouring counties. The satellite is new provision: it displaces no pupil, and places will be filled through the EHC plan process, starting with Year 7 transfers in 2027."),
    ("h1", "4. Benefits"),
    ("h2", "4.1 Access to the curriculum and wider school life"),
    ("p", "Satellite pupils will share Hillside's sports hall, drama studio, food technology rooms and swimming pool, and will join Hillside pupils for lunch, assemblies, clubs and the annual production. They will follow Oak Tree's semi-formal curriculum with ASDAN Transition Challenge and Entry Level awards, and from Year 10 a work-related programme in Hillside's café. This implements action 7 of the Wellsworth Accessibility Strategy 2025-2028: \"develop special school satellites on mainstream sites so that pupils with SLD share in mainstream school life\"."),
    ("h2", "4.2 Specialist staff"),
    ("p", "Oak Tree's therapy team will serve the satellite: a speech and language therapist two days a week, an occupational therapist one day a week and a physiotherapist one morning a week, with the school nurse visiting weekly."),
    ("h2", "4.3 Accommodation"),
    ("p", "Hillside's east wing (440 square metres) will be refurbished to provide three classrooms of 60 square metres, a hygiene suite with hoist, a sensory room, a kitchen for life skills and a secure garden. Works: April-August 2027."),
    ("h1", "5. Consultation with providers"),
    ("p", "On 5 July 2026 the Council sent a written statement of the proposal and of the planned pattern of SLD provision to the governing body of Oak Tree, the Hillside Academy Trust, the county's other three special schools and all secondary schools in the east of the county, inviting each to give its views in writing. All 11 written replies support the proposal; the Hillside Academy Trust's board formally agreed to host the satellite on 14 October 2026."),
    ("h1", "6. Transport"),
    ("p", "Eligible pupils will travel under the Council's Home to School Transport Policy: Children and Young People with SEND (2026). The Council will provide adapted minibuses with passenger assistants trained in the pupils' care plans; planned journeys are under 40 minutes, against up to 70 minutes now for pupils travelling out of county."),
    ("h1", "7. Financial implications"),
    ("table", [
        ["Item", "Cost", "Funding"],
        ["Refurbishment of east wing", "£1,240,000", "High Needs Provision Capital Allocation (allocated by Cabinet, 11 June 2026)"],
        ["Equipment and hoists", "£95,000", "High Needs Provision Capital Allocation"],
        ["Place funding, 24 places", "£240,000 a year", "High Needs Block"],
        ["Top-up funding", "average £19,800 a pupil", "High Needs Block"],
    ]),
    ("h1", "8. Staffing"),
    ("p", "The staffing of the satellite will be decided by Oak Tree's governing body before it opens, once the needs of the first pupils are known."),
    ("h1", "9. Risks"),
    ("p", "The main risk is delay to the refurbishment; the contractor has been appointed through the Council's framework and the programme allows four weeks' float."),
    ("h1", "10. Background documents"),
    ("bullet", "Consultation report, October 2026"),
    ("bullet", "Written responses from providers (11)"),
    ("bullet", "Statutory notice published 2 November 2026 (no objections received)"),
]

DOCS["49-cabinet-report-close-greyfriars-school.docx"] = [
    ("title", "Haverleigh District Council — Cabinet"),
    ("p", "Date of meeting: 28 January 2027. Report of: Director of Education and Skills. Cabinet Member: Cllr Neil Barraclough. Key decision: Yes (ref. 2026/KD/52). Status: Open."),
    ("h1", "Greyfriars School: determination of statutory proposals"),
    ("h2", "1. Purpose"),
    ("p", "1.1 To determine the statutory proposals, published on 17 November 2026, to discontinue Greyfriars School, a community special school for pupils aged 11-16 with social, emotional and mental health needs (42 places), on 31 August 2027, and to enlarge Wyvern School from 48 to 96 places from 1 September 2027."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves both proposals without modification."),
    ("h2", "3. Context"),
    ("p", "3.1 Greyfriars has operated since 1981 from a Victorian former workhouse infirmary on Friary Lane. The Council's 2025 condition survey identified £3.4 million of urgent works, including the roof and the heating, and the building has been closed for 11 days in the last two years because of heating failures. Wyvern School (SEMH, ages 9-16) is 1.6 miles away on a modern site with room to build."),
    ("h2", "4. How the proposals improve provision"),
    ("p", "4.1 Curriculum and facilities. In Wyvern's new block Greyfriars pupils will have a science laboratory, a food technology kitchen, a construction workshop and a gym. Key Stage 4 pupils will be able to take GCSE combined science, GCSE food preparation and nutrition and the Level 1 Certificate in Construction Skills, which Greyfriars cannot offer, alongside the English, mathematics and art they take now. Wyvern's outdoor education programme (climbing, kayaking and bushcraft, every Wednesday afternoon) will be open to all. The proposals support objective 2 of Haverleigh's Accessibility Strategy 2025-2028 (\"specialist schools able to offer the full curriculum to pupils with SEND\")."),
    ("p", "4.2 Specialist staff. Wyvern's therapy and wellbeing team includes a speech and language therapist (three days a week), an art psychotherapist (two days a week) and a full-time educational mental health practitioner; the NHS school nursing team holds a weekly drop-in. At Greyfriars these services are available only by referral to community clinics."),
    ("p", "4.3 Accommodation. The new block at Wyvern comprises eight classrooms of 55 square metres, four small-group rooms, two regulation rooms and the specialist rooms in 4.1, with a multi-use games area. It will be completed by 23 July 2027 at a cost of £6.2 million. A sensory room (£45,000) will also be fitted out, subject to the outcome of Wyvern's bid to the Haverleigh Community Foundation."),
    ("p", "4.4 Places."),
    ("table", [
        ["", "Places now", "Places from September 2027"],
        ["Greyfriars School", "42", "0"],
        ["Wyvern School", "48", "96"],
        ["SEMH special school places in Haverleigh", "90", "96"],
    ]),
    ("h2", "5. Arrangements for Greyfriars pupils"),
    ("p", "5.1 All 34 Greyfriars pupils who remain of school age in September 2027 will transfer to Wyvern School on 1 September 2027, and their EHC plans will be amended to name Wyvern by 31 May 2027. The governing body of Wyvern confirmed in writing on 29 October 2026 that it will admit every Greyfriars pupil and that the new block will give it the facilities for the full Key Stage 3 and 4 curriculum. No pupil will be placed in the District's pupil referral unit."),
    ("h2", "6. Consultation with providers"),
    ("p", "6.1 On 3 June 2026 the Council wrote to the governing bodies of Greyfriars and Wyvern, the management committee of the pupil referral unit, the Haverleigh Academies Trust and all secondary schools in the District, with a written statement of the proposed pattern of SEMH provision, inviting each to set out its views in writing and seeking their agreement. Twelve replies were received, eleven in support; the objection of one secondary academy, concerned about outreach capacity, is answered in paragraph 4.2 of the consultation report."),
    ("h2", "7. Transport"),
    ("p", "7.1 Under the Council's Home to School Transport Policy for Pupils with SEND (2025), eligible Greyfriars pupils will travel to Wyvern by minibus with a passenger assistant on three routes; the longest journey is planned at 35 minutes. Independent travel training will be offered to pupils in Years 9 and 10."),
    ("h2", "8. Financial implications"),
    ("p", "8.1 Capital: £6.2 million from the High Needs Provision Capital Allocation (£4.7 million) and the Council's capital programme (£1.5 million, approved by Council on 25 February 2026)."),
    ("p", "8.2 Revenue: place funding of £10,000 per place and top-up funding from the High Needs Block. Greyfriars' budget share (£1.21 million in 2026-27) ceases; the net saving of £140,000 a year from 2028-29 comes mainly from building running costs."),
    ("h2", "9. Staffing implications"),
    ("p", "9.1 Wyvern's staffing will be reviewed by the headteacher and governing body to reflect the additional pupils. Greyfriars staff will be supported through the Council's redeployment arrangements and have been told they may apply for posts at Wyvern."),
    ("h2", "10. Equality implications"),
    ("p", "10.1 An equality impact assessment was completed in November 2026 (Appendix 3). It found no adverse impact that the transport and transition arrangements do not mitigate."),
    ("h2", "Appendices"),
    ("bullet", "1. Statutory proposals (17 November 2026)"),
    ("bullet", "2. Consultation report and provider responses"),
    ("bullet", "3. Equality impact assessment"),
    ("bullet", "4. Letter from the governing body of Wyvern School, 29 October 2026"),
]

# === END DOCS ===


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(folder, exist_ok=True)
    for name, blocks in DOCS.items():
        build(name, blocks, folder)
        print("wrote", os.path.join(folder, name))


if __name__ == "__main__":
    main()
