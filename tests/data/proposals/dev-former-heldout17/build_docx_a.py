"""Build the Word documents of part a of the seventeenth blind corpus (04, 09, 11, 17, 22, 25).

Usage: python build_docx_a.py FOLDER
"""
import datetime
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

# Each document is a list of blocks:
#   ("title", text)  ("h1", text)  ("h2", text)  ("p", text)  ("bold", text)
#   ("num", text)  numbered paragraph (Word "List Number" style)
#   ("bul", text)  bullet (Word "List Bullet" style)
#   ("table", [header row, row, ...])


def build(blocks, path):
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
        elif kind == "bold":
            para = doc.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
        elif kind == "bul":
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
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.author = "senrules blind corpus 17a"
    props.last_modified_by = "senrules blind corpus 17a"
    props.created = datetime.datetime(2026, 12, 5, 0, 0, 0)
    props.modified = datetime.datetime(2026, 12, 5, 0, 0, 0)
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    # rewrite the package with fixed entry dates, so that a rebuild is byte-identical
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 5, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            dst.writestr(fixed, src.read(info.filename))


DOCS = {}

# ---------------------------------------------------------------- 04
DOCS["04-cabinet-report-kestrel-house-options-appraisal.docx"] = [
    ("title", "Stoneleigh City Council"),
    ("p", "Report to: Cabinet    Date: 19 January 2028    Key decision: Yes (KD 2027/114)"),
    ("p", "Report of: Strategic Director, People    Portfolio: Children, Education and Skills"),
    ("h1", "Future of Kestrel House School: options appraisal and recommended proposal"),
    ("h2", "1. Purpose"),
    ("p", "1.1 To consider the options for the future of Kestrel House School and to approve the publication of statutory proposals to discontinue the school and enlarge Linnet Hall School."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves Option 3 in section 5: the publication of statutory proposals to discontinue Kestrel House School from 31 August 2028 and to enlarge Linnet Hall School from 60 to 100 places from 1 September 2028."),
    ("p", "2.2 That Cabinet rejects Options 1 and 2 for the reasons set out in section 5."),
    ("h2", "3. Background"),
    ("p", "3.1 Kestrel House School, Riverside Walk, is a community special school for 36 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs. It had 34 pupils on roll in October 2027. The school has been judged inadequate twice since 2024 and has been supported by Linnet Hall School under a formal partnership since April 2026."),
    ("p", "3.2 Linnet Hall School, Chapel Lane, is a community special school for 60 pupils aged 11 to 16 with SEMH needs, judged outstanding in 2025."),
    ("p", "3.3 SEMH special school places in the city:"),
    ("table", [
        ["School", "Places now", "Places from September 2028 (Option 3)"],
        ["Kestrel House School", "36", "0"],
        ["Linnet Hall School", "60", "100"],
        ["Total", "96", "100"],
    ]),
    ("h2", "4. Consultation with providers"),
    ("p", "4.1 On 15 November 2027 the Strategic Director wrote to the governing bodies of Kestrel House and Linnet Hall, to every special school and secondary school in the city and to the management committee of the Harbour Centre, setting out the options and inviting each to give its views in writing by 22 December 2027. Eighteen written responses were received (Appendix A). Both governing bodies support Option 3."),
    ("h2", "5. Options appraisal"),
    ("bold", "Option 1: Retain Kestrel House School (not recommended)"),
    ("p", "5.1 Kestrel House would continue on its current site under a new leadership team. This option was rejected because two inspections have found that the school cannot provide a suitable education on its present site and the partnership with Linnet Hall is not sustainable in the long term."),
    ("bold", "Option 2: Close Kestrel House and place pupils at the Harbour Centre while a new school is built (not recommended)"),
    ("p", "5.2 Under this option Kestrel House pupils would be placed at the Harbour Centre, the City's pupil referral unit, until a new SEMH school could be built, which officers estimate would take at least two years. The new school would have had a hydrotherapy and therapy suite and a vocational skills centre offering BTEC construction and motor vehicle courses, in line with priority 1 of the City's Accessibility Strategy 2026-2029. The option was rejected because pupils with EHC plans naming a special school should not be placed in a pupil referral unit for a long period, and because no capital funding is available for a new school."),
    ("bold", "Option 3: Close Kestrel House and enlarge Linnet Hall (recommended)"),
    ("p", "5.3 Kestrel House would close on 31 August 2028 and all its pupils would transfer to Linnet Hall, which would be enlarged to 100 places by the construction of a new teaching block on its site."),
    ("h2", "6. Benefits of the recommended option"),
    ("p", "6.1 Access to education. Pupils will have improved access to a broader curriculum and to a wider range of enrichment activities and facilities than Kestrel House can provide."),
    ("p", "6.2 Specialist staff. Linnet Hall employs a clinical psychologist (1.0 FTE) and a speech and language therapist two days a week, and hosts the City's SEMH outreach team (3.0 FTE). Kestrel House pupils have no on-site psychology or therapy."),
    ("p", "6.3 Accommodation. The new block will have six classrooms, a therapy room and two small-group rooms (about 640 m²), at a cost of £3.4 million, ready for September 2028."),
    ("p", "6.4 Places. SEMH special school places in the city rise from 96 to 100 (table at 3.3)."),
    ("h2", "7. Arrangements for pupils"),
    ("p", "7.1 Every Kestrel House pupil will transfer to Linnet Hall on 1 September 2028. The governing body of Linnet Hall confirmed in writing on 9 January 2028 that it will admit all of them and will have all the facilities needed to provide an appropriate curriculum. No pupil will be placed at the Harbour Centre or any other pupil referral unit under Option 3."),
    ("h2", "8. Transport"),
    ("p", "8.1 Pupils will be eligible for transport under the City's Home to School Transport Policy for Children and Young People with SEND (2026). They will travel by taxi or minibus with a passenger assistant, and no journey will be longer than 40 minutes."),
    ("h2", "9. Financial and staffing implications"),
    ("p", "9.1 Capital: £3.4 million from the High Needs Provision Capital Allocation, included in the approved Children's Services capital programme 2027-2029."),
    ("p", "9.2 Revenue: Linnet Hall's budget will increase by £1.1 million a year from the High Needs Block, offset by the closure of Kestrel House (£1.05 million)."),
    ("p", "9.3 Staffing at Linnet Hall from September 2028: headteacher, two deputy headteachers, 15.0 FTE teachers and 24.0 FTE teaching assistants, with the psychologist and therapist in 6.2. Kestrel House staff will be offered redeployment to Linnet Hall."),
    ("h2", "10. Next steps"),
    ("p", "10.1 If approved, statutory proposals will be published on 2 February 2028, with a four-week representation period, and Cabinet will take the final decision on 22 March 2028."),
]

# ---------------------------------------------------------------- 09
DOCS["09-trust-significant-change-business-case-greyfriars-academy.docx"] = [
    ("title", "Meridian Learning Trust"),
    ("h1", "Significant change application: business case"),
    ("p", "Academy: Greyfriars Academy (special, SEMH), Abbey Road, Pelham Cross PX4 1GY. URN 148833."),
    ("p", "Proposed change: enlargement by more than 30 places or 25% (special academy), from 60 to 84 places."),
    ("p", "Proposed date of change: 1 September 2028.   Commissioning local authority: Pelham County Council."),
    ("h2", "Section A: The proposed change"),
    ("p", "A1. Greyfriars Academy is a special academy for pupils aged 11 to 16 with social, emotional and mental health needs. It has 60 places and 60 pupils on roll, and Pelham County Council has commissioned 24 further places from September 2028 to reduce the number of pupils placed in independent special schools (41 in January 2028)."),
    ("p", "A2. The change affects no current pupil. All current pupils will remain at Greyfriars, in their existing groups; the additional places will be filled from September 2028 through the Council's EHC process."),
    ("table", [
        ["SEMH special school places, Pelham County", "2027-28", "2028-29"],
        ["Greyfriars Academy", "60", "84"],
        ["Other SEMH special schools (Westwood, The Mount)", "110", "110"],
        ["County total", "170", "194"],
    ]),
    ("h2", "Section B: Educational benefits"),
    ("p", "B1. Curriculum and facilities. The enlargement will fund a new science laboratory and a food technology room, allowing all Greyfriars pupils to take GCSE combined science (currently Entry Level only) and a WJEC Level 1/2 award in hospitality and catering. Pupils will also gain a multi-use games area for PE and after-school clubs. This contributes to Objective 2 of Pelham County Council's Accessibility Strategy 2026-2029, to increase access to the curriculum and extra-curricular activities for pupils with SEND."),
    ("p", "B2. Specialist staff. The Trust will appoint a speech and language therapist (0.8 FTE) and an assistant psychologist (1.0 FTE) working under the Trust's clinical psychologist, who will be at Greyfriars two days a week. CAMHS in-reach will continue one day a week."),
    ("p", "B3. Accommodation. A modular teaching block of 520 m² will provide three classrooms, the science laboratory, the food technology room and a therapy room. It will cost £2.3 million and will be completed in August 2028."),
    ("h2", "Section C: Consultation"),
    ("p", "C1. On 17 January 2028 the Trust wrote to Pelham County Council, the governing bodies and trusts of every special and secondary school in the county, the two pupil referral units and neighbouring local authorities, describing the proposed change and inviting them to set out their views in writing within six weeks. Twelve written responses were received (Annex 3): eleven in support and one raising concerns about traffic, which the Trust has addressed in its travel plan."),
    ("p", "C2. Parents, pupils and staff were consulted through meetings and an online survey in January and February 2028."),
    ("h2", "Section D: Transport"),
    ("p", "D1. Pupils placed at Greyfriars are eligible for travel assistance under Pelham County Council's Home to School Travel Policy for Children with SEND (2027). Additional pupils will travel by taxi or minibus with a passenger assistant, arranged by the Council's Integrated Transport Unit; the Council's route planning shows no journey longer than 50 minutes. The Trust will provide a second drop-off bay on Abbey Road."),
    ("h2", "Section E: Funding"),
    ("p", "E1. Capital: £2.3 million from Pelham County Council's High Needs Provision Capital Allocation, approved by the Council's Cabinet on 8 November 2027 and set out in a funding agreement with the Trust signed on 1 December 2027."),
    ("p", "E2. Revenue: place funding of £240,000 a year (24 places at £10,000) and top-up funding of £23,500 per place (£564,000 a year) from the Council's High Needs Block, confirmed in the Council's commissioning letter of 1 December 2027."),
    ("h2", "Section F: Staffing"),
    ("p", "F1. From September 2028 the academy will add 3.0 FTE teachers, 6.0 FTE teaching assistants, the speech and language therapist (0.8 FTE) and the assistant psychologist (1.0 FTE). The academy's staffing will then be: headteacher, deputy headteacher, 11.0 FTE teachers and 22.0 FTE teaching assistants."),
    ("h2", "Section G: Risks"),
    ("table", [
        ["Risk", "Likelihood", "Mitigation"],
        ["Construction delay", "Low", "Modular build; two classrooms can be used in existing hall if needed until October 2028"],
        ["Recruitment", "Medium", "Trust-wide recruitment; roles advertised March 2028"],
        ["Places unfilled", "Low", "Council commissioning letter guarantees place funding"],
    ]),
    ("p", "Approved by the Trust Board: 14 March 2028. Signed: Colin Ferris, Chief Executive Officer."),
]

# ---------------------------------------------------------------- 11
DOCS["11-executive-minutes-extract-thornfield-school.docx"] = [
    ("title", "Cranmore City Council"),
    ("h1", "Executive: extract from the minutes of the meeting held on 7 March 2028"),
    ("p", "Present: Councillor D. Ogunleye (Leader, Chair), Councillors M. Fairbairn, T. Haslam, B. Iqbal (Executive Member for Children and Families), N. Price."),
    ("h2", "Minute 88: Thornfield School and Ellerby School: determination of statutory proposals"),
    ("p", "88.1 The Executive considered the report of the Director of Children's Services seeking a determination of the statutory proposals, published on 10 January 2028, to discontinue Thornfield School, a community special school for pupils aged 11 to 16 with social, emotional and mental health needs, on 31 August 2028 and to enlarge Ellerby School, the city's other SEMH special school, from 50 to 62 places from 1 September 2028."),
    ("p", "88.2 The Executive Member for Children and Families introduced the report. Thornfield (46 places, 38 pupils on roll) occupied a 1960s building with serious structural defects. Ellerby would receive a new wing with five classrooms, a science room and a therapy suite (about 560 m²) at a cost of £2.8 million, ready for September 2028."),
    ("p", "88.3 Members were reminded of the benefits set out in section 6 of the report. Pupils moving to Ellerby would have GCSE science, art and PE, Level 1 BTEC construction in the Ellerby workshop, and the school's outdoor education programme, in line with the Council's Accessibility Strategy 2026-2029, priority 2. Ellerby employs a clinical psychologist three days a week and a speech and language therapist two days a week."),
    ("p", "88.4 Members considered the effect on places, set out in table 2 of the report:"),
    ("table", [
        ["SEMH places in the city", "Now", "From September 2028"],
        ["Thornfield School", "46", "0"],
        ["Ellerby School", "50", "62"],
        ["Oakleigh Academy resourced provision (SEMH)", "0", "22"],
        ["Total", "96", "84"],
    ]),
    ("p", "88.5 Councillor Price asked whether the reduction in places was a concern. The Director said that Thornfield had not been full for three years and that the Oakleigh resourced provision would meet the needs of pupils able to attend a mainstream school for part of the week."),
    ("p", "88.6 The Director confirmed that all 38 Thornfield pupils would transfer to Ellerby on 1 September 2028; Ellerby's governing body had confirmed in writing on 2 February 2028 that it would admit every pupil and would have the facilities for the full curriculum. No pupil would be placed in a pupil referral unit."),
    ("p", "88.7 The Director reported that on 6 October 2027 the Council had written to the governing bodies of Thornfield, Ellerby and Oakleigh Academy's trust, to every secondary and special school in the city and to the pupil referral unit, inviting them to set out their views in writing on the proposed pattern of SEMH provision. Sixteen written responses had been received; both governing bodies supported the proposals."),
    ("p", "88.8 Transport would be provided under the Council's SEND Home to School Transport Policy (2026): pupils would travel by minibus or taxi with a passenger assistant, with no journey longer than 45 minutes."),
    ("p", "88.9 The capital cost of £2.8 million would be met from the Council's High Needs Provision Capital Allocation (approved capital programme 2027-28). Ellerby's revenue budget would increase by £0.62 million a year from the High Needs Block. Ellerby's staffing from September 2028 would be: headteacher, deputy headteacher, 9.0 FTE teachers, 15.0 FTE teaching assistants and 1.0 FTE family support worker, with the psychologist and therapist in 88.3."),
    ("bold", "RESOLVED that:"),
    ("num", "the proposal to discontinue Thornfield School with effect from 31 August 2028 be approved;"),
    ("num", "the proposal to enlarge Ellerby School from 50 to 62 places with effect from 1 September 2028 be approved;"),
    ("num", "the Director of Children's Services be authorised to take all steps necessary to implement the decisions."),
    ("p", "Reasons for the decisions: as set out in the report. Alternatives considered and rejected: as set out in section 4 of the report."),
]

# ---------------------------------------------------------------- 17
DOCS["17-cabinet-report-asd-resourced-provision-expansion.docx"] = [
    ("title", "Kelsford District Council — Cabinet"),
    ("p", "Date: 5 December 2028    Agenda item: 9    Report of: Corporate Director for Children and Learning    Lead member: Councillor Anne Shilling, Cabinet Member for Education"),
    ("h1", "Expansion of resourced provision for autistic pupils: Woodside Primary and Kingsmead School"),
    ("h2", "1. Summary"),
    ("p", "1.1 Demand for places in resourced provisions for autistic pupils has exceeded supply for three years: 26 pupils with EHC plans were waiting for a resourced place in September 2028. This report appraises three options and recommends Option C, the enlargement of the resourced provisions at Woodside Primary School and Kingsmead School from September 2029."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves Option C and authorises the publication of statutory proposals to enlarge the autism resourced provision at Woodside Primary School from 10 to 16 places and at Kingsmead School from 12 to 20 places, from 1 September 2029."),
    ("h2", "3. Options appraisal"),
    ("table", [
        ["Option", "Description", "Assessment"],
        ["A: Do nothing", "Continue to place pupils in independent schools", "Rejected: cost (£58,000 average a year per placement) and distance from home"],
        ["B: Close the Woodside provision and create one 26-place all-through base at Kingsmead", "Woodside's 10 pupils would move to Kingsmead", "Rejected: displaces 10 primary pupils and removes primary provision from the south of the district"],
        ["C: Enlarge both existing provisions", "Woodside 10 to 16; Kingsmead 12 to 20", "Recommended: 14 more places, nobody displaced"],
    ]),
    ("p", "3.1 Option B would have required the ten pupils at Woodside to move to Kingsmead, with a journey of up to 50 minutes for some. Parents told officers they were strongly opposed to it. Under Option C no child will change school: the pupils at both provisions stay where they are, and the new places are for children not yet placed."),
    ("h2", "4. Places"),
    ("table", [
        ["Autism resourced provision", "Places now", "Places from September 2029"],
        ["Woodside Primary School", "10", "16"],
        ["Kingsmead School", "12", "20"],
        ["District total", "22", "36"],
    ]),
    ("h2", "5. Educational benefits of Option C"),
    ("p", "5.1 Access to the curriculum and facilities. At Woodside, the enlarged base will have a sensory room and a life skills kitchen, and pupils will have weekly swimming and a Forest School session. At Kingsmead, pupils will be able to take GCSEs in the mainstream school with support, an Entry Level Certificate in computing and the ASDAN Employability award, with a supported work-experience programme in Year 10. Both provisions implement Objective 1 of the Kelsford Accessibility Strategy 2027-2030."),
    ("p", "5.2 Specialist staff. Each provision will have a speech and language therapist for one day a week (two days at Kingsmead after enlargement), and the Kelsford Autism Advisory Team will provide a specialist teacher for half a day a week to each school. An occupational therapist will visit each school fortnightly."),
    ("p", "5.3 Accommodation. At Woodside, two classrooms (55 m² each) and a sensory room will be built as an extension at a cost of £690,000; at Kingsmead, an unused technology block will be refurbished into three teaching rooms, a calm room and a kitchen at a cost of £540,000. Both will be ready by July 2029."),
    ("h2", "6. Consultation"),
    ("p", "6.1 On 12 September 2028 the Council wrote to the governing bodies of Woodside Primary and Kingsmead School, every other primary, secondary and special school in the district and the Kelsford Parent Carer Forum, with a written statement of the proposed pattern of autism provision, inviting each to set out its views in writing and to say whether it agreed. Twenty-two replies were received (Appendix 2). Both governing bodies agreed."),
    ("h2", "7. Transport"),
    ("p", "7.1 Pupils will be eligible for travel assistance under the Council's Home to School Travel Assistance Policy (Children and Young People with SEND) 2027. Eligible pupils travel by taxi or minibus with a passenger assistant; journeys will not exceed 45 minutes for primary and 60 minutes for secondary pupils. Older pupils at Kingsmead will be offered independent travel training."),
    ("h2", "8. Finance"),
    ("p", "8.1 Capital: £1.23 million (£690,000 Woodside and £540,000 Kingsmead) from the Department for Education's High Needs Provision Capital Allocation 2028-29, already received and included in the approved capital programme."),
    ("p", "8.2 Revenue: £10,000 place funding per additional place (£140,000 a year) plus top-up funding at the Council's band rates (£238,000 a year for 14 places), from the High Needs Block of the Dedicated Schools Grant."),
    ("h2", "9. Staffing"),
    ("p", "9.1 Woodside: teacher in charge 1.0 FTE (existing), one additional teacher 1.0 FTE and three additional teaching assistants (3.0 FTE). Kingsmead: one additional teacher 1.0 FTE and four additional teaching assistants (4.0 FTE). Therapy and advisory time as in 5.2."),
    ("h2", "10. Timetable"),
    ("bul", "January 2029: publish statutory proposals (four-week representation period)."),
    ("bul", "March 2029: Cabinet determines the proposals."),
    ("bul", "April to July 2029: building works."),
    ("bul", "1 September 2029: enlarged provisions open."),
]

# ---------------------------------------------------------------- 22
DOCS["22-governing-body-proposal-st-bedes-slcn-base.docx"] = [
    ("title", "St Bede's Catholic High School"),
    ("h1", "Proposal by the Governing Body to establish special educational provision for pupils with speech, language and communication needs"),
    ("p", "Published under section 19(1) of the Education and Inspections Act 2006 by the Governing Body of St Bede's Catholic High School, Millbrook Road, Hanford HF2 6SB, a voluntary aided school in the Diocese of Hanford maintained by Hanford City Council. Date of publication: 6 March 2028."),
    ("h2", "The proposal"),
    ("num", "The Governing Body proposes to establish a resourced provision (the Language Base) for 15 pupils aged 11 to 16 with speech, language and communication needs (SLCN) as their primary need, from 1 September 2028. Pupils will be on the roll of St Bede's and will be admitted through the EHC plan process in agreement with Hanford City Council."),
    ("num", "The Language Base is new provision. No pupil at St Bede's or at any other school will have to move as a result of this proposal, and the school's published admission number of 210 is unchanged."),
    ("num", "Hanford has no secondary resourced provision for SLCN. Places for secondary-age pupils with SLCN in resourced provision in the city will rise from 0 to 15; at present 11 such pupils attend independent specialist schools outside the city."),
    ("table", [
        ["Secondary resourced provision for SLCN in Hanford", "Places now", "Places from 1 September 2028"],
        ["St Bede's Catholic High School (Language Base)", "0", "15"],
        ["City total", "0", "15"],
    ]),
    ("h2", "Benefits for pupils"),
    ("num", "Pupils will follow the full Key Stage 3 and 4 curriculum, mostly in mainstream classes with in-class support, and will take GCSEs including English language, mathematics and science, with pre-teaching of subject vocabulary in the Base. They will have access to the school's drama studio for a weekly communication and confidence group, to all clubs and trips with support, and to assistive technology (speech-to-text software and a laptop each). The proposal contributes to Priority 3 of the Hanford Accessibility Strategy 2026-2029 (curriculum access for pupils with communication needs)."),
    ("num", "A specialist teacher of SLCN (1.0 FTE) will lead the Base. A speech and language therapist from Hanford Community Health will work in the school three days a week and a language support assistant (1.0 FTE) trained in the Language for Thinking programme will support pupils in lessons. The Hanford Communication and Interaction Team will provide two days a term of training for all St Bede's staff."),
    ("num", "The Base will occupy the former sixth-form centre, which will be refurbished to provide a teaching room of 58 m², a therapy room of 16 m² and a quiet study area, at a cost of £390,000, completed by 31 July 2028."),
    ("h2", "Consultation"),
    ("num", "On 8 January 2028 the Governing Body, with Hanford City Council, sent a written statement of the proposal to the Diocese of Hanford, Hanford City Council, the governing bodies of every secondary and special school in the city and the Hanford Parent Carer Forum, inviting each to set out its views in writing by 19 February 2028. Fourteen written responses were received, twelve in support; they are available from the school on request."),
    ("h2", "Transport"),
    ("num", "Pupils placed in the Base will be eligible for travel assistance on the same basis as other pupils with EHC plans under Hanford City Council's Travel Assistance Policy for Children and Young People with SEND (2027): a shared taxi or minibus with a passenger assistant where needed, with journey times of no more than 45 minutes, or a personal travel budget. Independent travel training will be offered from Year 9."),
    ("h2", "Funding and staffing"),
    ("num", "Capital: £390,000, of which £351,000 from Hanford City Council's High Needs Provision Capital Allocation (approved by the Council's Cabinet on 14 December 2027) and £39,000 (10%) from the Governing Body's contribution through the Diocese's LCVAP allocation, approved on 9 January 2028."),
    ("num", "Revenue: place funding of £150,000 a year (15 places at £10,000) and top-up funding averaging £9,500 a place (£142,500 a year), from the High Needs Block, confirmed in the Council's commissioning agreement of 20 February 2028."),
    ("num", "Staffing: specialist teacher 1.0 FTE, language support assistants 2.0 FTE, speech and language therapist three days a week (0.6 FTE), and 0.2 FTE of a special educational needs coordinator's time."),
    ("h2", "Objections and comments"),
    ("num", "Within four weeks of the date of publication, any person may object to or comment on the proposal by writing to the Clerk to the Governing Body at the school address."),
    ("p", "Signed on behalf of the Governing Body: Mrs Teresa Nolan, Chair of Governors."),
]

# ---------------------------------------------------------------- 25
DOCS["25-executive-report-meadowbank-school-new-building.docx"] = [
    ("title", "Wrexley Borough Council"),
    ("p", "Executive — 11 July 2028 — Report of the Executive Director, Children's Services"),
    ("h1", "Meadowbank School: transfer to a new building at Orchard Fields"),
    ("h2", "Executive summary"),
    ("p", "Meadowbank School, the borough's special school for pupils aged 2 to 19 with severe and profound and multiple learning difficulties, would transfer to a new purpose-built school at Orchard Fields in September 2029. The new building would increase the school's capacity from 110 to 130 places. The whole school, its pupils and staff would move together; no pupil would need to change school."),
    ("h2", "1. Recommendations"),
    ("p", "1.1 That the Executive approves the publication of a statutory proposal to transfer Meadowbank School to the Orchard Fields site and to enlarge it from 1 September 2029."),
    ("h2", "2. Background"),
    ("p", "2.1 Meadowbank occupies two buildings on the Ferry Road site, built in 1968 and 1974, with classrooms on split levels and corridors too narrow for many pupils' wheelchairs and standing frames. It has 108 pupils on roll."),
    ("h2", "3. Options considered"),
    ("table", [
        ["Option", "Summary", "Outcome"],
        ["1. Refurbish Ferry Road", "£9.6m refurbishment in phases over three years; no additional places; pupils decanted to temporary classrooms during works", "Rejected: disruption and no increase in places"],
        ["2. New building at Orchard Fields", "Purpose-built school; whole school transfers in September 2029", "Recommended"],
        ["3. Split the school by phase", "Primary phase stays at Ferry Road; secondary and post-16 to a new building at Orchard Fields, with a hydrotherapy pool at each site", "Rejected: two sites, higher running costs"],
    ]),
    ("h2", "4. Places"),
    ("p", "4.1 The new building would allow the school to grow to meet rising numbers of pupils with severe and profound learning difficulties:"),
    ("table", [
        ["SLD and PMLD special school places", "Now", "From September 2029"],
        ["Meadowbank School", "110", "125"],
    ]),
    ("h2", "5. Educational benefits"),
    ("p", "5.1 Curriculum and facilities. The new school would have a hydrotherapy pool, a rebound therapy room, a multi-sensory studio, a life skills flat for the post-16 department and accessible outdoor learning spaces, allowing all pupils daily physical and sensory programmes and post-16 students to take ASDAN Towards Independence modules on site. This delivers Objective 1 of the Wrexley Accessibility Strategy 2026-2029 (improving the physical environment of schools for disabled pupils)."),
    ("p", "5.2 Specialist staff. The building includes a therapy centre which will allow Wrexley Community Health to base its physiotherapists (2.0 FTE) and occupational therapist (1.0 FTE) at the school full time, and the school nursing team (1.5 FTE) will have a medical room with treatment space. At present therapists visit for a total of four days a week."),
    ("p", "5.3 Accommodation. The building will have 18 classrooms of at least 70 m² with ceiling track hoists, hygiene rooms for every two classrooms and level access throughout, on a single storey of about 5,200 m². It will cost £21.5 million and be completed by July 2029."),
    ("h2", "6. Pupils"),
    ("p", "6.1 The whole school, with every pupil and member of staff, would move to Orchard Fields over the summer holiday of 2029. No pupil would need to change school and nobody would be displaced."),
    ("h2", "7. Consultation"),
    ("p", "7.1 On 16 April 2028 the Council sent a written statement of the proposal to the governing body of Meadowbank, every special school and primary and secondary school in the borough, the further education college and neighbouring local authorities, inviting each to set out its views in writing. Nineteen written responses were received, all supporting the proposal; they are summarised in Appendix C."),
    ("h2", "8. Transport"),
    ("p", "8.1 Pupils will continue to receive transport under the Council's Home to School Transport Policy for Children and Young People with SEND (2027). Pupils travel by wheelchair-accessible minibus or taxi with a passenger assistant; the Council's transport team has modelled routes to Orchard Fields and the longest journey would be 50 minutes, the same as now."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 Capital: £21.5 million, of which £14.0 million from the Department for Education's School Rebuilding Programme and £7.5 million from the Council's High Needs Provision Capital Allocation, both confirmed and in the Council's approved capital programme 2028-2030."),
    ("p", "9.2 Revenue: place and top-up funding for the additional places from the High Needs Block, £0.78 million a year at full capacity."),
    ("h2", "10. Staffing"),
    ("p", "10.1 At full capacity the school will be staffed by a headteacher, two deputy headteachers, 24.0 FTE teachers, 62.0 FTE teaching assistants, a 1.0 FTE family liaison officer and the therapy and nursing staff in 5.2."),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_a.py FOLDER")
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for name, blocks in DOCS.items():
        build(blocks, folder / name)
        print("wrote", folder / name)


if __name__ == "__main__":
    main()
