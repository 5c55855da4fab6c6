#!/usr/bin/env python3
"""Build the six Word documents of blind corpus half b (documents 29, 33, 34, 40, 42, 50).

Usage: build_docx_b.py [OUTPUT_DIR]   (default: this script's folder)
"""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def title(d, text, size=16):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def h(d, text, level=1):
    return d.add_heading(text, level=level)


def para(d, text, bold_lead=None):
    p = d.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def num(d, text):
    """A Word auto-numbered paragraph (List Number)."""
    return d.add_paragraph(text, style="List Number")


def bullet(d, text):
    return d.add_paragraph(text, style="List Bullet")


def table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            if header and i == 0:
                run.bold = True
    d.add_paragraph()
    return t


# ---------------------------------------------------------------- 29
def doc29(out):
    d = new_doc()
    title(d, "LONDON BOROUGH OF KETTLEBY")
    title(d, "CABINET", 13)
    table(d, [
        ["Date of meeting", "16 May 2028"],
        ["Title of report", "Riverside School: outcome of consultation and options for the future of SEMH provision"],
        ["Report of", "Director of Education, Skills and Inclusion"],
        ["Cabinet Member", "Cllr Deborah Aweda, Cabinet Member for Children and Schools"],
        ["Key decision", "Yes"],
        ["Open / exempt", "Open"],
        ["Wards", "All"],
    ], header=False)

    h(d, "1. Summary")
    para(d, "1.1 Riverside School is the Borough's community special school for 48 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs. Its building on Wharf Road has structural defects (RAAC was found in the roof of the main teaching block in 2024) and the school has been taught across three temporary sites since then. This report sets out the outcome of the informal consultation held from 15 January to 1 March 2028 and recommends that a statutory proposal be published to close the school on 31 August 2028.")
    para(d, "1.2 The report also explains how the pupils of Riverside would be educated after closure, and the expansion of the Westgate Centre (the Borough's short stay school, registered with the Department for Education as a pupil referral unit) which forms part of those arrangements.")

    h(d, "2. Recommendations")
    para(d, "2.1 That Cabinet agrees to the publication of a statutory proposal to discontinue Riverside School with effect from 31 August 2028.")
    para(d, "2.2 That Cabinet approves Option 2 in section 5 and the increase of 16 places at the Westgate Centre from 1 September 2028.")
    para(d, "2.3 That Cabinet delegates to the Director, in consultation with the Cabinet Member, the publication of the statutory notice.")

    h(d, "3. Background")
    para(d, "3.1 Riverside has 41 pupils on roll (May 2028). Since the Wharf Road building was closed in October 2024 pupils have been taught in a former library, a church hall and two rooms at Kettleby College. Attendance has fallen to 71% and the school's last inspection (February 2027) judged it to require improvement.")
    para(d, "3.2 The cost of rebuilding Riverside on Wharf Road is estimated at £12.4 million. The Department for Education declined to include it in the School Rebuilding Programme in 2026.")

    h(d, "4. Benefits for Riverside pupils")
    para(d, "4.1 Pupils moving to the Westgate Centre's Key Stage 4 department will be able to use its science laboratory, motor vehicle workshop and catering kitchen, and can take GCSE English, maths and science, the Level 1 Certificate in Motor Vehicle Studies and the Level 2 Food Safety award. Riverside pupils now take English and maths only. Pupils will also join the Westgate sports programme at Kettleby Leisure Centre (two afternoons a week).")
    para(d, "4.2 The Westgate Centre has its own on-site team: a clinical psychologist (0.5 FTE), a speech and language therapist two days a week and a CAMHS link worker one day a week. Riverside pupils have had access to none of these during the period on temporary sites. The Borough's Educational Psychology Service will also allocate a named educational psychologist for one day a fortnight.")
    para(d, "4.3 Pupils will be taught in more suitable accommodation, better suited to their needs than the temporary sites they have used since 2024.")

    h(d, "5. Options appraisal")
    table(d, [
        ["Option", "Description", "Assessment", "Recommended"],
        ["1", "Rebuild Riverside on Wharf Road", "£12.4m, no capital source; earliest completion 2031. Pupils would remain on temporary sites for three more years.", "No"],
        ["2", "Close Riverside; pupils to Pendle House School or the Westgate Centre", "Uses existing buildings; can be in place from September 2028.", "Yes"],
        ["3", "Academy sponsor to take over Riverside", "Two trusts approached in 2027; neither willing without a new building.", "No"],
    ])

    h(d, "6. Places")
    para(d, "6.1 The Westgate Centre's commissioned places will increase from 40 to 56 from 1 September 2028 to take Riverside pupils. Pendle House School (SEMH special school, 7-16, 60 places) has no planned increase in places but expects to have a small number of vacancies in September 2028.")

    h(d, "7. Arrangements for pupils")
    para(d, "7.1 The 11 Year 11 pupils will complete their courses and leave in July 2028.")
    para(d, "7.2 The remaining 30 pupils will each have an annual review of their EHC plan by 30 June 2028. Pendle House will admit Riverside pupils to the vacancies it has in September 2028. Pupils who cannot be admitted to Pendle House will attend the Westgate Centre until a place becomes available at Pendle House or another special school.")
    para(d, "7.3 Officers expect that most Riverside pupils who go to the Westgate Centre will in practice remain there until the end of Year 11, given their age and the short time left in their schooling.")

    h(d, "8. Transport")
    para(d, "8.1 Eligible pupils will receive transport under the Borough's SEND Travel Assistance Policy (2025). Pupils attending Pendle House will travel by minibus with a passenger assistant; those attending the Westgate Centre by taxi, with a passenger assistant where their plan requires it. No journey will exceed 40 minutes.")

    h(d, "9. Consultation")
    para(d, "9.1 The proposals were presented to the Kettleby Headteachers' Partnership on 25 January 2028 and to the Special Schools' Heads Group on 6 February 2028, and officers met the governing bodies of Riverside and Pendle House and the Westgate Centre's management committee in February 2028. 63 responses were received to the public consultation (Appendix A), 44 of them from parents and staff of Riverside, most opposing closure.")

    h(d, "10. Financial implications")
    para(d, "10.1 No capital is required. The Westgate Centre will receive place funding of £10,000 for each of the 16 additional places (£160,000 a year) and top-up funding at the Borough's AP rate (£9,800 per pupil) from the High Needs Block. Closing Riverside releases £1.38 million a year from the High Needs Block and the temporary sites cost £210,000 a year in rent.")

    h(d, "11. Staffing implications")
    para(d, "11.1 The Westgate Centre will add 2.0 FTE teachers and 4.0 FTE teaching assistants for its 16 additional places, and Riverside staff will be given priority for these posts. The remaining Riverside posts (6.0 FTE teachers, 9.0 FTE teaching assistants) will be deleted on closure, with redeployment offered under the Borough's policy.")

    h(d, "12. Appendices")
    bullet(d, "Appendix A: Consultation responses")
    bullet(d, "Appendix B: Equality impact assessment")
    para(d, "Background papers: none.")
    para(d, "Contact: Stephen Maguire, Head of Education Place Planning, stephen.maguire@kettleby.gov.uk")
    d.save(os.path.join(out, "29-cabinet-report-close-riverside-school.docx"))


# ---------------------------------------------------------------- 33
def doc33(out):
    d = new_doc()
    title(d, "Haverleigh County Council")
    title(d, "Consultation: closing Moorgate School and opening Brackenrigg School", 14)
    para(d, "Consultation period: 2 October – 13 November 2028", )

    h(d, "Summary")
    para(d, "Haverleigh County Council is consulting on closing Moorgate School, a county special school for pupils aged 9-16 with social, emotional and mental health (SEMH) needs, on 31 August 2029, and on moving its pupils and staff to a new county special school, Brackenrigg School, which will open in a new building at Brackenrigg Road, Kendham, on 1 September 2029 with 60 places. We want to know what you think.")

    h(d, "Why are we proposing this?")
    para(d, "Moorgate has 32 places and is full. Its building, a former children's home, cannot be extended or made fully accessible. Haverleigh's SEND Sufficiency Review (2027) found that the county needs more secondary SEMH places: in 2027-28 the County placed 22 SEMH pupils in independent special schools.")

    h(d, "What would pupils gain?")
    h(d, "Learning and activities", 2)
    bullet(d, "A science laboratory, so pupils can take GCSE Combined Science (Moorgate offers Entry Level science only).")
    bullet(d, "A design and technology workshop and a music room, with GCSE Music and Level 1/2 Engineering.")
    bullet(d, "A sports hall and a multi-use games area, with PE every day for Key Stage 3.")
    bullet(d, "A weekly enrichment programme: climbing, cycling proficiency, the school allotment and a Year 9 residential.")
    para(d, "These benefits are part of Priority 2 of the County's Accessibility Strategy 2027-2030, which aims to widen the curriculum and extra-curricular activities available to pupils in special schools.")
    h(d, "Specialist support", 2)
    para(d, "Brackenrigg will have a speech and language therapist three days a week and a clinical psychologist two days a week, both from Haverleigh Community Health, and a 1.0 FTE school-based counsellor. The County's Educational Psychology Service will give the school a named psychologist for one day a week. At Moorgate these services are by referral only.")
    h(d, "The building", 2)
    para(d, "The new building will be 2,600 m² on one level, with 9 classrooms, a laboratory, a DT workshop, a music room, two therapy rooms, a sensory regulation room and a sports hall. It will cost £11.5 million and be completed by June 2029.")

    h(d, "Places")
    table(d, [
        ["School", "Places 2028-29", "Places from September 2029"],
        ["Moorgate School", "32", "0 (closed)"],
        ["Brackenrigg School (new)", "0", "56"],
        ["Harnwood School (SEMH 5-11)", "40", "40"],
        ["All county SEMH special school places", "72", "96"],
    ])

    h(d, "What would happen to Moorgate pupils?")
    para(d, "Every Moorgate pupil who has not reached the end of Year 11 in July 2029 would move to Brackenrigg School on 1 September 2029, with their teachers and support staff. Brackenrigg's temporary governing body confirmed in writing on 11 September 2028 that it will admit them and that the school will have the facilities above in place from its first day. No Moorgate pupil will be placed in the County's pupil referral units as a result of this proposal.")

    h(d, "Travel")
    para(d, "Pupils would continue to have travel assistance under the Haverleigh SEND Home to School Transport Policy (2027). Brackenrigg is 3.2 miles from Moorgate. The County has planned four minibus routes, each with a passenger assistant, and no journey will be longer than 50 minutes. Parents may choose a personal transport budget instead.")

    h(d, "Who we have asked")
    para(d, "On 4 September 2028 we sent every school, academy and pupil referral unit in Haverleigh, and the governing bodies of Moorgate, Harnwood and Brackenrigg, a written statement of how SEMH provision in the county would change, and asked each to send us their views in writing and to say whether they agreed. Their replies will be reported to Cabinet with the responses to this consultation.")

    h(d, "Money and staff")
    table(d, [
        ["Item", "Amount", "Source"],
        ["New building (capital)", "£11,500,000", "High Needs Provision Capital Allocation 2025-26 and 2026-27 (£8.2m) and County capital programme (£3.3m), both approved by Cabinet on 9 January 2028"],
        ["Place funding", "£10,000 per place", "High Needs Block"],
        ["Top-up funding", "SEMH bands 3-5", "High Needs Block"],
        ["Therapy and counselling", "£145,000 a year", "High Needs Block (commissioned)"],
    ])
    para(d, "Brackenrigg's staffing plan: headteacher, deputy headteacher, 10.0 FTE teachers, 16.0 FTE teaching assistants and 2.0 FTE pastoral mentors, with at most 7 pupils in a class and three adults with each class. All Moorgate staff would transfer to Brackenrigg.")

    h(d, "How to respond")
    para(d, "Fill in the response form below and return it to: School Organisation Team, Haverleigh County Council, County Buildings, Haverleigh HV1 3LB, or online at haverleigh.gov.uk/brackenrigg.")

    h(d, "Response form")
    table(d, [
        ["Question", "Your answer"],
        ["1. Do you agree with the proposal to close Moorgate School and open Brackenrigg School? (Yes / No / Don't know)", ""],
        ["2. What do you think about the benefits described?", ""],
        ["3. Do you have any concerns about the move?", ""],
        ["4. Are you a: parent/carer, pupil, member of staff, other school, other?", ""],
    ])
    d.save(os.path.join(out, "33-consultation-close-moorgate-open-brackenrigg.docx"))


# ---------------------------------------------------------------- 34
def doc34(out):
    d = new_doc()
    title(d, "BLACKTHORN SCHOOL")
    title(d, "A Foundation Special School", 11)
    title(d, "Proposal by the Governing Body to enlarge the premises and increase the number of places", 13)
    para(d, "Published: 20 November 2027. Made under section 19(1) of the Education and Inspections Act 2006 and Schedule 2 to the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013.")

    h(d, "Part 1. School and proposer")
    table(d, [
        ["School", "Blackthorn School, Orchard Way, Pelham Bridge, Westerby PB3 9HN"],
        ["Category", "Foundation special school (ASD and complex communication needs), ages 4-19"],
        ["Proposer", "The Governing Body of Blackthorn School"],
        ["Local authority", "Westerby Borough Council"],
        ["Contact", "Clerk to the Governors, clerk@blackthorn.westerby.sch.uk"],
    ], header=False)

    h(d, "Part 2. What is proposed")
    num(d, "The governing body proposes to increase the number of places at Blackthorn School from 120 to 150 from 1 September 2028, by building a new two-storey teaching block on the school's existing site.")
    num(d, "The enlargement adds places at an existing school. It does not close or move any provision. No pupil will be displaced.")

    h(d, "Part 3. Why the governing body is proposing this")
    num(d, "Blackthorn has been full since 2021. In each of the last three years Westerby Borough Council has asked the school to take pupils above its number, and 19 autistic pupils from the borough are now placed in independent schools because no place was available at Blackthorn.")
    num(d, "The governing body has considered its duty under paragraph 24 of the DfES guidance Planning and developing special educational provision (2007), which applies the SEN improvement test to governing bodies of foundation special schools, and sets out below the benefits it expects.")

    h(d, "Part 4. Educational benefits")
    h(d, "Curriculum and facilities", 2)
    num(d, "The new block will allow the school to separate its secondary department into a formal (GCSE and Entry Level) pathway and a semi-formal pathway, each with its own classrooms. Secondary pupils on the formal pathway will be able to take GCSE computer science and GCSE photography for the first time, using the new computing suite and photography darkroom. All pupils will have access to the new sensory integration room, fitted with a suspended swing, crash mat and light and sound equipment.")
    num(d, "The proposals form part of the school's Accessibility Plan 2027-2030 and support Westerby Borough Council's Accessibility Strategy 2026-2029 (objective 2, improving access to the curriculum for disabled pupils).")
    num(d, "We hope to open a sensory garden beside the new block in the summer of 2028, funded by the Parents' Association, if the fundraising target is met.")
    h(d, "Specialist staff", 2)
    num(d, "The school will employ a second occupational therapist (0.8 FTE), and the Westerby speech and language therapy service has agreed to increase its time at the school from 4 to 5 days a week. The school's outreach service (Blackthorn Autism Outreach, 1.6 FTE) will add a 0.4 FTE post to support mainstream primary schools.")
    h(d, "Accommodation", 2)
    num(d, "The new block (1,020 m²) will provide six classrooms of 60 m² each with adjoining quiet rooms, a computing suite, a photography darkroom, a sensory integration room and a therapy room. Planning permission was granted on 3 October 2027. Work is programmed from January to July 2028.")
    h(d, "Places", 2)
    num(d, "Blackthorn's places will rise from 120 to 150. Specialist ASD places in Westerby will rise from 176 (Blackthorn 120, Linwood resourced provision 56) to 206.")

    h(d, "Part 5. Providers' views")
    num(d, "On 18 September 2027 the governing body wrote to Westerby Borough Council, the headteachers of Linwood School and the borough's other special schools, and all primary and secondary schools in Westerby, describing the proposal and its effect on ASD provision, and inviting each to reply in writing with their views. Fourteen replies were received, all supportive; copies are available from the clerk.")

    h(d, "Part 6. Transport")
    num(d, "Pupils admitted to the additional places will receive transport under Westerby Borough Council's Home to School Transport Policy for Pupils with SEN and Disabilities (2026). The Council has confirmed that it will extend the existing contracted minibus routes to Blackthorn; each minibus carries a passenger assistant and no route is longer than 45 minutes.")

    h(d, "Part 7. Funding and staffing")
    table(d, [
        ["Item", "Amount", "Source"],
        ["Capital: new block", "£4,600,000", "Westerby Borough Council SEND Capital Programme (High Needs Provision Capital Allocation), approved by the Council's Cabinet on 11 July 2027"],
        ["Capital: furniture and ICT", "£180,000", "School's devolved formula capital and reserves"],
        ["Revenue: 30 additional places", "£300,000 a year", "High Needs Block, £10,000 per place"],
        ["Revenue: top-up", "Westerby ASD bands 2-4", "High Needs Block"],
    ])
    num(d, "Additional staffing from September 2028: 5.0 FTE teachers, 10.0 FTE teaching assistants, 0.8 FTE occupational therapist and 0.4 FTE outreach teacher. Classes will have no more than 8 pupils with one teacher and two teaching assistants.")

    h(d, "Part 8. Objections and comments")
    num(d, "Within four weeks of the date of publication any person may object to or comment on the proposal by writing to the Clerk to the Governors. The decision will be taken by Westerby Borough Council.")
    para(d, "Signed on behalf of the governing body: Dr Ewan Macrae, Chair of Governors")
    d.save(os.path.join(out, "34-governing-body-proposal-enlarge-blackthorn-school.docx"))


# ---------------------------------------------------------------- 40
def doc40(out):
    d = new_doc()
    title(d, "Calderbrook Metropolitan Borough Council")
    para(d, "Executive — 7 December 2028", bold_lead="Meeting: ")
    para(d, "Establishing SEN units for autistic pupils at Brayford High School and St Oswald's Catholic High School", bold_lead="Subject: ")
    para(d, "Strategic Director, Children and Families", bold_lead="Report of: ")
    para(d, "Yes (ref. KD/1193)", bold_lead="Key decision: ")

    h(d, "Purpose of the report")
    num(d, "To seek approval to establish two new SEN units for autistic pupils of secondary age, each of 15 places, at Brayford High School (community) and St Oswald's Catholic High School (voluntary aided), from 1 September 2029.")

    h(d, "Recommendations")
    num(d, "That the Executive approves the establishment of the two units as a prescribed alteration to each school, subject to the publication of statutory notices.")
    num(d, "That the Executive notes that the capital cost will be met from the 2029-30 Capital Programme, subject to approval of that programme by Council in February 2029.")

    h(d, "Background and need")
    num(d, "Calderbrook has no specialist provision for autistic young people in mainstream secondary schools. In 2027-28, 38 autistic pupils with EHC plans in Years 7-11 were out of school for more than half of the school year, and 27 were placed in independent special schools, many of whom could be taught in mainstream schools with the right support and a specialist base.")
    num(d, "The units are new provision. No pupil currently in a school or unit will have to move because of the proposal.")

    h(d, "Benefits")
    num(d, "Pupils in the units will follow the full mainstream curriculum of each school, with GCSE options in every subject the host school offers, supported in lessons by unit staff. They will also have a daily tutor session in the unit, a social communication programme, and a lunchtime club with a quiet area. Each unit will have a sensory room and a set of noise-cancelling headphones and laptops for every pupil. This supports the Council's Accessibility Strategy 2028-2031, priority 1 (participation in the curriculum and in school life).")
    num(d, "Specialist staff: each unit will have a teacher in charge with an autism qualification (1.0 FTE), and the Calderbrook Autism Team will provide one day a week of outreach advice across the two units. The NHS speech and language therapy service will provide one day a week in each unit, commissioned by the Council.")
    num(d, "Accommodation: at Brayford the unit will occupy two former science rooms (each 64 m²) refitted as a teaching room and a sensory and quiet room, with a small kitchen; at St Oswald's the school's former chaplaincy building (140 m²) will be remodelled as a teaching room, a sensory room and an office. Works from April to August 2029.")
    num(d, "Places: specialist places for autistic secondary pupils in Calderbrook mainstream schools rise from 0 to 30 (15 at each school), admitted from Years 7 and 8 in the first year.")

    h(d, "Engagement with schools and other providers")
    num(d, "Officers met the headteachers and chairs of governors of Brayford and St Oswald's on several occasions between March and June 2028, discussed the proposal with the Diocese of Shrewsmere Education Service, and presented it to the Calderbrook Secondary Heads' Association on 14 June 2028 and the Special Schools Heads' Group on 21 June 2028. Both host governing bodies voted to support the units.")

    h(d, "Transport")
    num(d, "Pupils in the units will be eligible for transport under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2027). Where a pupil is eligible, transport will be by shared taxi with a passenger assistant where the pupil's plan requires it, with journeys of no more than 45 minutes; independent travel training will be offered from Year 9.")

    h(d, "Financial implications")
    table(d, [
        ["Item", "Cost", "Source"],
        ["Brayford works", "£420,000", "2029-30 Capital Programme (High Needs Provision Capital), subject to approval by Council in February 2029"],
        ["St Oswald's works", "£510,000", "2029-30 Capital Programme (High Needs Provision Capital), subject to approval by Council in February 2029"],
        ["Place funding", "£6,000 per place, £180,000 a year", "High Needs Block"],
        ["Top-up", "Calderbrook unit band 2, £8,400 per pupil", "High Needs Block"],
        ["Speech and language therapy", "£37,000 a year", "High Needs Block"],
    ])

    h(d, "Staffing")
    num(d, "Each unit: 1.0 FTE teacher in charge, 0.5 FTE additional teacher, 3.0 FTE teaching assistants (one adult to five pupils in the unit). Posts will be employed by the host schools.")

    h(d, "Legal implications")
    num(d, "The establishment of SEN provision at a maintained school is a prescribed alteration under the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013. For St Oswald's, the governing body will publish the proposal jointly with the Council.")

    h(d, "Equality impact")
    num(d, "An equality impact assessment (Appendix 1) finds a positive impact on disabled pupils and no negative impact on any group.")
    para(d, "Report author: Jasmine Oduya, Head of SEND Commissioning, 0161 496 0782")
    d.save(os.path.join(out, "40-executive-report-new-autism-units-brayford-st-oswalds.docx"))


# ---------------------------------------------------------------- 42
def doc42(out):
    d = new_doc()
    title(d, "WOLDSHIRE COUNTY COUNCIL")
    title(d, "Report to Cabinet, 11 July 2028", 12)
    title(d, "Increasing specialist provision for autistic children in the south of the county: options appraisal and preferred option", 13)
    table(d, [
        ["Portfolio", "Cllr Raj Bhatti, Cabinet Member for Education and SEND"],
        ["Report by", "Executive Director of Children's Services"],
        ["Key decision", "Yes, ref. 2028/CS/21"],
        ["Appendices", "A: options scoring; B: Meadowcroft governing body letter; C: providers' written responses; D: site plans"],
    ], header=False)

    h(d, "1. Executive summary")
    para(d, "1.1 Demand for specialist places for autistic children in the south of Woldshire has outstripped supply for five years. This report appraises four options and recommends Option B: the enlargement of Meadowcroft School from 80 to 120 places, 24 of them in a new satellite on the campus of Southfleet Primary School. Option B displaces no pupil: it adds places, and every current Meadowcroft pupil stays where they are.")

    h(d, "2. Recommendations")
    para(d, "2.1 That Cabinet approves Option B and authorises the publication of statutory proposals to enlarge Meadowcroft School and to transfer part of it to an additional site at Southfleet Primary School, from 1 September 2029.")
    para(d, "2.2 That Cabinet approves capital expenditure of £3.75 million as set out in section 8.")

    h(d, "3. Need")
    para(d, "3.1 In January 2028 there were 312 children aged 4-16 in the south of the county with an EHC plan for autism. Meadowcroft (80 places, ages 4-16, all full) is the only maintained ASD special school in the area. 33 children from the south attend independent ASD schools (average annual cost £58,000), and a further 11 were waiting for a special school place at the June 2028 panel.")

    h(d, "4. Options appraised")
    table(d, [
        ["Option", "Description", "Places added", "Capital", "Outcome"],
        ["A", "Do nothing; continue independent placements", "0", "£0", "Rejected"],
        ["B", "Enlarge Meadowcroft 80 to 120: 16 places in an extension on the main site, 24 in a satellite at Southfleet Primary", "40", "£3.75m", "Preferred"],
        ["C", "New ASD free school via the presumption route", "60", "DfE", "Rejected: earliest opening 2032"],
        ["D", "Resourced provisions in four primary schools", "32", "£2.1m", "Rejected: not suitable for the pupils waiting"],
    ])
    para(d, "4.1 Option C would depend on a successful bid to the DfE; officers would hope to find a trust willing to sponsor the school, and interim places would have to be sought in independent schools until it opened. It was rejected because of the delay and uncertainty.")
    para(d, "4.2 Option D would rely on four primary schools agreeing to host a resourced provision. Officers approached five schools; two expressed interest, subject to their governing bodies' agreement. It was rejected because the children waiting need a special school place.")

    h(d, "5. The preferred option: what children will gain")
    h(d, "5.1 Curriculum, activities and equipment", 2)
    para(d, "Meadowcroft's enlarged main site will include a dedicated secondary science and food technology room, allowing Key Stage 4 pupils to take Entry Level and GCSE science and the WJEC Level 1 Food and Cookery award (currently taught in a classroom with no practical facilities). The Southfleet satellite will give primary-aged autistic pupils planned inclusion sessions with Southfleet classes (music, PE, assemblies and the school's forest school), and the use of Southfleet's hall and playing field. Each satellite classroom will be equipped with interactive sensory panels and an individual workstation for every pupil. This directly supports Woldshire's Accessibility Strategy 2026-2029 (priority 2: curriculum access, and priority 3: inclusion of disabled pupils in the life of mainstream schools).")
    h(d, "5.2 Specialist staff", 2)
    para(d, "The enlarged school will employ an additional speech and language therapist (1.0 FTE, from Woldshire Community Health) to cover the satellite, giving each class at least one SLT session a week; and an occupational therapist (0.6 FTE). The Meadowcroft outreach team (2.0 FTE) will grow by 1.0 FTE to support mainstream schools in the south.")
    h(d, "5.3 Accommodation", 2)
    para(d, "Main site: a single-storey extension of 540 m² with two classrooms, the science and food room, a therapy room and a sensory room. Southfleet: a new three-classroom building (410 m²) with a calm room, toilets and a secure play area on land transferred from the Southfleet site. Both buildings to be completed by 31 July 2029.")
    h(d, "5.4 Places", 2)
    table(d, [
        ["Meadowcroft School", "Now", "From September 2029"],
        ["Main site", "80", "96"],
        ["Southfleet satellite", "0", "24"],
        ["Total", "80", "120"],
    ])

    h(d, "6. Providers' views")
    para(d, "6.1 On 6 March 2028 the Council sent a written statement of the proposed change to autism provision to the governing bodies of Meadowcroft and Southfleet Primary, the three other special schools in Woldshire and all schools and academies in the southern planning area, inviting each to set out its views in writing and saying that the Council would seek their agreement to the final proposal. 26 responses were received (Appendix C); 24 support Option B. Meadowcroft's governing body (Appendix B) and Southfleet's governing body have both given their agreement in writing.")

    h(d, "7. Transport")
    para(d, "7.1 Children placed in the new places will be eligible for travel assistance under the Council's Home to School Transport Policy for Children and Young People with SEND (2027). The Council will provide minibus or taxi transport, with a passenger assistant for every vehicle carrying Meadowcroft pupils; journeys to the satellite, which is in the south of the county where most of the children waiting live, will be shorter than to the main site (no more than 35 minutes).")

    h(d, "8. Funding")
    table(d, [
        ["Item", "Amount", "Source"],
        ["Main-site extension", "£2,100,000", "High Needs Provision Capital Allocation 2026-27, held by the Council"],
        ["Southfleet satellite building", "£1,650,000", "High Needs Provision Capital Allocation 2026-27, held by the Council"],
        ["Place funding, 40 additional places", "£400,000 a year", "High Needs Block"],
        ["Top-up", "ASD bands 3-5", "High Needs Block"],
    ])
    para(d, "8.1 The additional places are expected to avoid around £1.2 million a year of independent school costs once full.")

    h(d, "9. Staffing")
    para(d, "9.1 For the 40 additional places Meadowcroft will appoint 6.0 FTE teachers, 12.0 FTE teaching assistants, a satellite lead (assistant headteacher), the 1.0 FTE SLT, 0.6 FTE OT and 1.0 FTE outreach teacher. Class ratio: 8 pupils, one teacher and two teaching assistants.")

    h(d, "10. Risks")
    table(d, [
        ["Risk", "Likelihood", "Mitigation"],
        ["Build delay", "Medium", "Contractor appointed through the Council's framework; phased admissions"],
        ["Recruitment of therapists", "Medium", "Joint recruitment with Woldshire Community Health"],
    ])
    para(d, "Contact: Bethany Lowther, Service Lead, Education Sufficiency — 01482 396 114")
    d.save(os.path.join(out, "42-cabinet-report-options-autism-provision-meadowcroft.docx"))


# ---------------------------------------------------------------- 50
def doc50(out):
    d = new_doc()
    title(d, "CITY OF ASHBRIDGE COUNCIL")
    title(d, "Executive Cabinet — 19 September 2028", 12)
    title(d, "Amalgamation of Ravensworth School and Foxhill School", 14)
    table(d, [
        ["Report author", "Owen Pritchard, Head of SEND Commissioning"],
        ["Responsible director", "Director of Children's Services"],
        ["Key decision", "Yes"],
        ["Appendices", "1. Providers' written responses; 2. Plans; 3. Equality impact assessment"],
    ], header=False)

    h(d, "1. Purpose")
    para(d, "1.1 To seek approval to publish statutory proposals to amalgamate the City's two special schools for pupils with social, emotional and mental health (SEMH) needs, by discontinuing Ravensworth School (ages 11-16, 45 places) on 31 August 2029 and enlarging Foxhill School (ages 5-16, 40 places) to 100 places from 1 September 2029, on the Foxhill site at Quarry Lane.")

    h(d, "2. Recommendations")
    para(d, "2.1 That Cabinet authorises the publication of the statutory proposals described in paragraph 1.1.")
    para(d, "2.2 That Cabinet approves the capital scheme of £6.3 million set out in section 9.")

    h(d, "3. Background")
    para(d, "3.1 Ravensworth occupies a Victorian former board school on a small site in the city centre with no outdoor space. Foxhill was rebuilt in 2019 on a large site at Quarry Lane, with room to extend. Both schools share an executive headteacher under a federation formed in 2025, and both were judged good in 2027.")

    h(d, "4. Benefits for pupils")
    para(d, "4.1 Curriculum and activities. On one site, secondary pupils from Ravensworth will have access to Foxhill's science laboratory, food room and sports hall, and the new vocational block (section 6) will offer Level 1 and 2 courses in construction, motor vehicle and horticulture. The combined school will offer ten GCSE subjects, where Ravensworth offers five. Pupils will have daily outdoor learning on the Quarry Lane site and a programme of visits and residentials. The proposal supports objectives 1 and 2 of the Council's Accessibility Strategy 2027-2030.")
    para(d, "4.2 Specialist staff. The amalgamated school will have an in-house therapeutic team: a 1.0 FTE clinical psychologist, a 0.8 FTE speech and language therapist, a 0.6 FTE occupational therapist and a 1.0 FTE family worker, funded jointly with Ashbridge Integrated Care Board. Ravensworth pupils now see therapists only by referral to community services.")
    para(d, "4.3 Accommodation: see section 6.")

    h(d, "5. Places")
    table(d, [
        ["", "2028-29", "From September 2029"],
        ["Ravensworth School", "45", "0"],
        ["Foxhill School", "40", "100"],
        ["City SEMH special school places", "85", "100"],
    ])

    h(d, "6. Accommodation")
    para(d, "6.1 A new secondary block of 1,900 m² will be built at Quarry Lane: eight classrooms of 55 m², a vocational workshop block (construction and motor vehicle bays), a horticulture area with polytunnels, four small-group rooms and a therapy suite. Construction will run from October 2028 to July 2029.")

    h(d, "7. Arrangements for Ravensworth pupils")
    para(d, "7.1 All pupils on roll at Ravensworth in July 2029, other than those leaving at the end of Year 11, will transfer to the enlarged Foxhill School on 1 September 2029, and their EHC plans will be amended to name Foxhill. The Foxhill governing body has been consulted on the amalgamation and supports it.")
    para(d, "7.2 No pupil will be transferred to the Ashbridge Tuition Service, the City's pupil referral unit. A pupil whose annual review concludes that another special school would meet their needs better will be placed there through the usual consultation with that school.")

    h(d, "8. Transport")
    para(d, "8.1 Eligible pupils will continue to receive transport under the Council's SEND Travel Assistance Policy (2026). Quarry Lane is 2.6 miles from Ravensworth. Pupils will travel by minibus with a passenger assistant, and no journey will exceed 45 minutes. Year 10 and 11 pupils will be offered independent travel training.")

    h(d, "9. Funding")
    para(d, "9.1 Capital: £6.3 million from the High Needs Provision Capital Allocation (2025-26 and 2026-27 allocations, both received), approved for this scheme by Cabinet on 14 March 2028.")
    para(d, "9.2 Revenue: place funding of £10,000 for each of 100 places (£1.0 million) and top-up at the City's SEMH bands, from the High Needs Block; the ICB contributes £110,000 a year to the therapeutic team.")

    h(d, "10. Staffing")
    para(d, "10.1 The amalgamated school: executive headteacher, two heads of school, 17.0 FTE teachers, 26.0 FTE teaching assistants, 4.0 FTE learning mentors and the therapeutic team in 4.2; class sizes of no more than 8 with three adults. Ravensworth staff will transfer to Foxhill.")

    h(d, "11. Consultation with providers")
    para(d, "11.1 A written statement describing the amalgamation and its effect on SEMH provision was sent on 22 May 2028 to the governing bodies of both schools, the Ashbridge Tuition Service, and all primary and secondary schools in the City, inviting each to give their views in writing by 30 June 2028. 17 replies were received (Appendix 1), all supportive.")

    h(d, "12. Timetable")
    table(d, [
        ["Stage", "Date"],
        ["Publication of statutory proposals", "October 2028"],
        ["Representation period ends", "November 2028"],
        ["Decision", "January 2029"],
        ["Building complete", "July 2029"],
        ["Amalgamation", "1 September 2029"],
    ])
    d.save(os.path.join(out, "50-cabinet-report-amalgamate-ravensworth-foxhill.docx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc29, doc33, doc34, doc40, doc42, doc50):
        f(out)
    print("wrote 6 documents to", out)


if __name__ == "__main__":
    main()
