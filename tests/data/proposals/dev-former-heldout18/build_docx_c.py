"""Build the Word documents of part c (54, 58, 61, 68, 70, 73) of the blind corpus heldout18.

Usage: python build_docx_c.py /work/blind18/heldout18
Writes only the six .docx files named below into the given folder.
"""
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH


def build(path, blocks, title_font="Arial"):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = title_font
    style.font.size = Pt(11)
    core = doc.core_properties
    core.author = "Blind corpus writer (c)"
    core.title = blocks[0][1]
    # fixed dates so a rebuild gives the same metadata
    import datetime
    core.created = datetime.datetime(2026, 12, 5, 4, 0, 0)
    core.modified = datetime.datetime(2026, 12, 5, 4, 0, 0)
    core.last_modified_by = "Blind corpus writer (c)"
    core.revision = 1
    for kind, *rest in blocks:
        if kind == "title":
            p = doc.add_heading(rest[0], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "center":
            p = doc.add_paragraph()
            r = p.add_run(rest[0])
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "bold":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
        elif kind == "num":
            doc.add_paragraph(rest[0], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "table":
            rows = rest[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the package with fixed timestamps so that a rebuild is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 4, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


DOCS = {}

# ---------------------------------------------------------------- 54
DOCS["54-trust-business-case-harrowden-academy-autism-provision.docx"] = [
    ("title", "Aldersgate Learning Partnership"),
    ("center", "Significant Change Application and Business Case"),
    ("center", "Harrowden Academy: establishing a Specialist Resource Provision for autistic students"),
    ("table", [
        ["Item", "Detail"],
        ["Academy", "Harrowden Academy, Harrowden, Carrowshire (11-18 mainstream secondary)"],
        ["Trust", "Aldersgate Learning Partnership (multi-academy trust, 7 academies)"],
        ["Local authority", "Carrowshire County Council (commissioner of the places)"],
        ["Change sought", "Add SEN provision: a Specialist Resource Provision (SRP) of 20 places for autistic students aged 11-16"],
        ["Proposed opening", "1 September 2027"],
        ["Board approval", "Trust Board, 26 January 2027"],
    ]),
    ("h1", "1. Executive summary"),
    ("p", "1.1 The Trust applies to the Department for Education to make a significant change to Harrowden Academy by establishing a 20-place Specialist Resource Provision (SRP) for autistic students aged 11 to 16 whose EHC plans name a resource provision. The SRP is commissioned by Carrowshire County Council as part of its SEND Sufficiency Plan 2026-2029."),
    ("p", "1.2 This is new provision. No pupil will need to move school as a result of it: the SRP will admit students through the EHC process from September 2027, up to eight in the first year."),
    ("h1", "2. Strategic need"),
    ("p", "2.1 Carrowshire's secondary autism resource provisions (five SRPs, 96 places) are full. In September 2026, 23 autistic students in the south of the county with EHC plans naming a resource provision could not be offered one and were placed in special or independent schools."),
    ("table", [
        ["Secondary autism SRP places in Carrowshire", "2026-27", "2027-28", "2028-29 onward"],
        ["Existing five SRPs", "96", "96", "96"],
        ["Harrowden Academy SRP", "0", "8", "20"],
        ["Total", "96", "104", "116"],
    ]),
    ("h1", "3. Educational benefits (SEN Improvement Test)"),
    ("h2", "3.1 Access to education and associated services"),
    ("p", "3.1.1 SRP students will follow Harrowden's full mainstream curriculum with specialist teaching in the SRP base for part of each day, and will be able to take the academy's 22 GCSE subjects, including computer science, triple science and engineering, which are not available in the county's autism special school. They will join the academy's clubs, the Duke of Edinburgh Award and the robotics team, with SRP staff support."),
    ("p", "3.1.2 The SRP base includes a sensory room, a quiet dining space and a life-skills kitchen. The design has been agreed with Carrowshire County Council as a contribution to its Accessibility Strategy 2025-2028, priority 2 (improving the physical environment of schools for disabled pupils and those with sensory needs)."),
    ("h2", "3.2 Access to specialist staff"),
    ("p", "3.2.1 The SRP will be led by a specialist teacher with a postgraduate autism qualification (1.0 FTE). A speech and language therapist from the Carrowshire Community Health NHS Trust will work in the SRP two days a week, and the Council's educational psychologist for the south area will give half a day a week. The County Autism Outreach Team will provide training for all Harrowden staff in the first year."),
    ("h2", "3.3 Access to suitable accommodation"),
    ("p", "3.3.1 The former sixth-form block will be converted to provide two teaching rooms of 60 m², the sensory room (18 m²), a quiet room, the life-skills kitchen, an accessible toilet and a separate entrance. The works cost £480,000 and will be complete by 16 July 2027."),
    ("h2", "3.4 Supply of suitable places"),
    ("p", "3.4.1 Twenty additional secondary autism SRP places, taking the county total from 96 to 116 (table at 2)."),
    ("h1", "4. Consultation"),
    ("p", "4.1 On 12 January 2027 the Trust sent a written statement of the proposal to Carrowshire County Council, the governing bodies and trusts of all 31 secondary schools and academies in the county, the governing bodies of the county's two autism special schools (Calder Mead and Whitstone), and the Carrowshire Parent Carer Forum, inviting them to set out their views in writing by 23 February 2027."),
    ("p", "4.2 Nineteen written responses were received; 17 supported the proposal. Whitstone School asked that the SRP share training with its outreach service, which has been agreed."),
    ("h1", "5. Transport"),
    ("p", "5.1 Carrowshire County Council will provide transport to eligible students under its Home to School Transport Policy for Children and Young People with SEND (2025), by minibus or taxi with a passenger assistant where assessed as needed. The SRP will admit students living within a 45-minute journey of the academy. Independent travel training will be offered from Year 9."),
    ("h1", "6. Funding"),
    ("table", [
        ["Funding", "Amount", "Source", "Status"],
        ["Capital: conversion of sixth-form block", "£480,000", "Carrowshire High Needs Provision Capital Allocation", "Approved by Cabinet, 4 November 2026"],
        ["Revenue: place funding", "£200,000 a year (20 x £10,000)", "High Needs Block", "Confirmed by the Council"],
        ["Revenue: top-up", "£172,000 a year (20 x £8,600)", "High Needs Block", "Confirmed by the Council"],
    ]),
    ("h1", "7. Staffing"),
    ("p", "7.1 When full, the SRP will be staffed by:"),
    ("bullet", "SRP lead teacher, 1.0 FTE"),
    ("bullet", "specialist teachers, 2.0 FTE"),
    ("bullet", "specialist teaching assistants, 4.0 FTE"),
    ("bullet", "speech and language therapist, 0.4 FTE (commissioned from the NHS Trust)"),
    ("p", "7.2 In 2027-28, with eight students, staffing will be the lead teacher, 1.0 FTE teacher and 2.0 FTE teaching assistants."),
    ("h1", "8. Risks"),
    ("table", [
        ["Risk", "Likelihood", "Mitigation"],
        ["Conversion not complete by July 2027", "Low", "Contract let; 6 weeks' float; first cohort of 8 can be taught in existing rooms for one half-term"],
        ["Recruitment of specialist lead", "Medium", "Post advertised February 2027 with Trust-wide specialist pay allowance"],
    ]),
    ("p", "Signed: Jonathan Abara, Chief Executive Officer, Aldersgate Learning Partnership, 26 January 2027"),
]

# ---------------------------------------------------------------- 58
DOCS["58-send-sufficiency-plan-chapter-new-resource-bases.docx"] = [
    ("title", "Brindlecombe County Council: SEND Sufficiency Plan 2027-2030"),
    ("h1", "Chapter 5. Specialist places: new resource bases from September 2028"),
    ("h2", "5.1 Summary"),
    ("p", "5.1.1 This chapter sets out the County Council's proposal to open three new resource bases in mainstream schools in September 2028, adding 48 specialist places, and explains how the proposal meets the SEN Improvement Test. The statutory proposals for the three bases (prescribed alterations) will be published in autumn 2027."),
    ("h2", "5.2 Need"),
    ("p", "5.2.1 The number of Brindlecombe children and young people with EHC plans rose from 3,410 in 2022 to 4,960 in 2027. The largest shortfalls of specialist places are for primary-age pupils with social, emotional and mental health (SEMH) needs, secondary-age autistic pupils and primary-age pupils with speech, language and communication needs (SLCN)."),
    ("h2", "5.3 The proposal"),
    ("p", "5.3.1 The three bases are new provision. No child will change school as a result of the proposal: pupils will be admitted to the bases through the EHC process from September 2028."),
    ("table", [
        ["Resource base places (Brindlecombe)", "Need", "2027", "From September 2028"],
        ["Existing bases (14)", "various", "168", "168"],
        ["Ashcott Primary School (new)", "SEMH, ages 5-11", "0", "12"],
        ["Kingsmere Academy (new)", "Autism, ages 11-16", "0", "24"],
        ["Wellsby CE Primary School (new)", "SLCN, ages 4-11", "0", "12"],
        ["Total", "", "168", "216"],
    ]),
    ("h2", "5.4 Options considered"),
    ("table", [
        ["Option", "Summary", "Assessment"],
        ["A. Commission more independent places", "Spot-purchase places as needed", "Rejected: average cost £58,000 a year, long journeys"],
        ["B. Enlarge Moorside Special School", "Add 40 places at the county's generic special school", "Rejected: the site is at capacity"],
        ["C. Relocate the Moorside autism unit to Kingsmere and enlarge it", "Move the existing unit and its pupils to Kingsmere", "Rejected: 14 pupils would be displaced and would have to change school in the middle of their secondary education"],
        ["D. Three new bases (preferred)", "As set out in 5.3", "Recommended"],
    ]),
    ("h2", "5.5 Benefits for children and young people"),
    ("p", "5.5.1 Access to education and associated services. Pupils in the bases will be on the roll of the host school and take part in its full curriculum and clubs. The Ashcott base will run a nurture group and Forest School; the Kingsmere base will give access to Kingsmere's GCSE and BTEC courses (including engineering and digital media) and its sports centre; the Wellsby base will use the Language Link and Colourful Semantics programmes daily. Each base has a sensory or calm room. The bases carry out actions 2.1 and 2.4 of the County's Accessibility Strategy 2025-2028 (curriculum access and physical access in mainstream schools)."),
    ("p", "5.5.2 Access to specialist staff. Each base will have a specialist lead teacher (1.0 FTE). The Wellsby base will have a speech and language therapist for three days a week; the Ashcott base a play therapist for one day a week and the Mental Health Support Team's practitioner for one day; the Kingsmere base an autism specialist teaching assistant team trained by the County Autism and Communication Outreach Service, which will continue to support the host schools."),
    ("p", "5.5.3 Access to suitable accommodation. Ashcott: a new modular two-classroom building (2 x 55 m²) with a calm room, £520,000. Kingsmere: conversion of the former library into three teaching rooms, a sensory room and a social space, £640,000. Wellsby: refurbishment of a vacant classroom and group room (85 m² together), £210,000. All complete by July 2028."),
    ("p", "5.5.4 Supply of suitable places. 48 new resource base places, from 168 to 216 (table at 5.3)."),
    ("h2", "5.6 Views of providers"),
    ("p", "5.6.1 On 6 January 2027 the County Council wrote to the governing bodies of Ashcott Primary School and Wellsby CE Primary School, to the Kingsmere Academy Trust, to the diocese, to the governing bodies of the county's special schools and to all maintained schools and academies, enclosing a statement of the proposal and inviting each to set out its views in writing. The three host schools confirmed their support in writing; 41 other responses were received (Annex 5A)."),
    ("h2", "5.7 Transport"),
    ("p", "5.7.1 Transport will be provided under the County's Home to School Transport Policy for Children and Young People with SEND (2026). Eligible pupils will be offered a seat on a contracted minibus or taxi with a passenger assistant, or a personal transport budget; base places will be offered so that no pupil's journey exceeds 45 minutes (primary) or 60 minutes (secondary)."),
    ("h2", "5.8 Funding"),
    ("p", "5.8.1 Capital: £1.37 million (£520,000 + £640,000 + £210,000) from the High Needs Provision Capital Allocation 2026-27, received and held by the County Council and allocated to this scheme by Cabinet on 13 October 2026."),
    ("p", "5.8.2 Revenue: £480,000 a year place funding (48 x £10,000) and top-up of about £384,000 a year, from the High Needs Block. This is lower than the cost of the independent placements it replaces."),
    ("h2", "5.9 Staffing"),
    ("table", [
        ["Base", "Teachers (FTE)", "Teaching assistants (FTE)", "Therapy"],
        ["Ashcott (12)", "1.0 lead + 1.0", "3.0", "Play therapist 0.2; MHST practitioner 0.2"],
        ["Kingsmere (24)", "1.0 lead + 2.0", "6.0", "Outreach training"],
        ["Wellsby (12)", "1.0 lead + 1.0", "3.0", "SLT 0.6"],
    ]),
]

# ---------------------------------------------------------------- 61
DOCS["61-cabinet-report-options-close-hollins-vale-enlarge-thornbury.docx"] = [
    ("title", "Eastcombe Metropolitan Borough Council"),
    ("center", "CABINET, 16 June 2027"),
    ("center", "Report of the Strategic Director for Children and Education"),
    ("h1", "Future of SEMH special school provision: Hollins Vale School and Thornbury School"),
    ("table", [
        ["Report details", ""],
        ["Cabinet Member", "Councillor Irene Castell, Children and Education"],
        ["Key decision", "Yes"],
        ["Wards", "All"],
        ["Appendices", "1 Consultation responses; 2 Letter from Thornbury School governing body; 3 Equality impact assessment"],
    ]),
    ("h2", "1. Purpose"),
    ("p", "1.1 To consider the outcome of the consultation and representation period and to decide the proposals to discontinue Hollins Vale School (a special school for 50 pupils aged 11 to 16 with behavioural, emotional and social difficulties, now described as social, emotional and mental health (SEMH) needs) and to enlarge Thornbury School, the borough's other SEMH special school, from 70 to 130 places, both from 1 September 2028."),
    ("h2", "2. Recommendations"),
    ("num", "That Hollins Vale School is discontinued on 31 August 2028."),
    ("num", "That Thornbury School is enlarged from 70 to 130 places from 1 September 2028."),
    ("h2", "3. Options appraisal"),
    ("p", "3.1 Three options were considered."),
    ("table", [
        ["Option", "Description", "Conclusion"],
        ["1. No change", "Keep both schools as they are. Hollins Vale would remain in its 1950s building, which needs £3.9 million of condition work and cannot be made accessible.", "Rejected"],
        ["2. Close Hollins Vale; Key Stage 4 pupils to the PRU", "Close Hollins Vale in 2027. Key Stage 3 pupils would move to Thornbury; Year 10 and 11 pupils would be placed at Eastcombe Pupil Referral Unit for the remainder of their education, as Thornbury could not take them before a new block was built.", "Rejected: places pupils who need a special school in a PRU long-term, contrary to paragraph 23 of the SEN Improvement Test"],
        ["3. Close Hollins Vale and enlarge Thornbury (preferred)", "Build a new block at Thornbury first, then close Hollins Vale in 2028 and transfer every pupil to Thornbury.", "Recommended"],
    ]),
    ("h2", "4. The preferred option"),
    ("p", "4.1 Thornbury's new block will be built during 2027-28. Hollins Vale will close on 31 August 2028, and every Hollins Vale pupil who will still be of school age will transfer to Thornbury School on 1 September 2028. Each pupil's EHC plan will be amended to name Thornbury after a review in the spring term 2028."),
    ("p", "4.2 No Hollins Vale pupil will be placed in a pupil referral unit or other alternative provision as a result of the closure."),
    ("p", "4.3 The governing body of Thornbury School resolved on 27 April 2027 to admit all Hollins Vale pupils and confirmed this in writing in a letter from its Chair dated 29 April 2027 (Appendix 2), which states that the enlarged school will have the facilities to provide an appropriate curriculum for them."),
    ("table", [
        ["SEMH special school places", "Now", "September 2028"],
        ["Hollins Vale School", "50", "0"],
        ["Thornbury School", "70", "130"],
        ["Borough total", "120", "130"],
    ]),
    ("h2", "5. Educational benefits"),
    ("p", "5.1 Access to education. At Thornbury pupils will have a science laboratory, a design technology workshop, a food room, a sports hall and a horticulture area, and can take GCSE combined science, design and technology and PE and BTEC Level 1 and 2 Home Cooking Skills. None of these is available at Hollins Vale. The new block meets priority 1 of the Council's Accessibility Strategy 2026-2029 (accessible school buildings): level access, a lift and an accessible changing room."),
    ("p", "5.2 Access to specialist staff. The enlarged Thornbury will have a clinical psychologist (1.0 FTE, jointly funded with the NHS), a speech and language therapist (0.6 FTE), and a CAMHS practitioner on site three days a week. Hollins Vale has a CAMHS link worker for one morning a week. Thornbury's outreach service (2.0 FTE) will continue to support mainstream secondary schools."),
    ("p", "5.3 Access to suitable accommodation. The new two-storey block of 1,380 m² will contain ten classrooms of 52 m², three small-group rooms, two calm rooms and a therapy suite, at a cost of £7.1 million, complete by 30 June 2028."),
    ("p", "5.4 Supply of suitable places. SEMH special school places in the borough rise from 120 to 130."),
    ("h2", "6. Consultation"),
    ("p", "6.1 On 15 January 2027 the Council sent a written statement of the proposals to the governing bodies of Hollins Vale and Thornbury, the management committee of Eastcombe Pupil Referral Unit, the governing bodies and trusts of all secondary schools and academies and special schools in the borough, and Eastcombe College, inviting each to set out its views in writing by 26 February 2027. Eighteen written responses were received (Appendix 1); both governing bodies support the proposal."),
    ("h2", "7. Transport"),
    ("p", "7.1 Pupils will be offered transport under the Council's SEND Home to School Travel Assistance Policy (2026). Eligible pupils will travel by minibus or taxi with a passenger assistant. The two schools are 2.6 miles apart and no journey to Thornbury will exceed 45 minutes."),
    ("h2", "8. Financial implications"),
    ("p", "8.1 Capital: £7.1 million from the Council's High Needs Provision Capital Allocation, included in the capital programme approved by Council on 23 February 2027."),
    ("p", "8.2 Revenue: Thornbury's High Needs Block budget will rise to £3.38 million a year from September 2028 (130 places at £10,000 plus top-up); the two schools' combined budget is £3.12 million now."),
    ("h2", "9. Staffing"),
    ("p", "9.1 The enlarged Thornbury will have a headteacher, two deputy headteachers, 19.0 FTE teachers, 30.0 FTE teaching assistants, 1.0 FTE clinical psychologist, 0.6 FTE speech and language therapist, 2.0 FTE outreach teachers and 2.0 FTE family support workers. Hollins Vale staff will be offered posts through the Council's redeployment procedure."),
    ("p", "Contact: Graham Obi, Service Manager, SEND Sufficiency, 01632 960 735"),
]

# ---------------------------------------------------------------- 68
DOCS["68-statutory-proposal-close-ashgrove-enlarge-greystone.docx"] = [
    ("title", "Harrowfield County Council"),
    ("center", "Statutory proposal: discontinuance of Ashgrove School and prescribed alteration (enlargement) of Greystone School"),
    ("p", "Published under sections 15 and 19 of the Education and Inspections Act 2006 on 1 April 2027. Representation period 1 April to 29 April 2027."),
    ("h1", "Part A: Contact details and implementation"),
    ("num", "Proposer: Harrowfield County Council, County Buildings, Market Street, Harrowfield HF1 1QA."),
    ("num", "Ashgrove School, Mill Lane, Colnbridge, is a community special school for 45 pupils aged 8 to 16 with behavioural, emotional and social difficulties (BESD). It will be discontinued on 31 August 2027."),
    ("num", "Greystone School, Canal Road, Colnbridge, is a community special school for 60 pupils aged 8 to 16 with social, emotional and mental health needs. It will be enlarged to 110 places on 1 September 2027."),
    ("h1", "Part B: Arrangements for displaced pupils"),
    ("p", "4. Every Ashgrove pupil who will still be of school age in September 2027 (38 pupils on current numbers) will transfer to Greystone School on 1 September 2027. Their EHC plans will be amended at reviews held in May and June 2027 to name Greystone."),
    ("p", "5. No Ashgrove pupil will be placed in a pupil referral unit as a result of the closure."),
    ("p", "6. The governing body of Greystone School confirmed in writing on 11 March 2027 that it will admit all Ashgrove pupils and that the enlarged school will have the facilities to teach them the full curriculum described in Part C."),
    ("h1", "Part C: Educational benefits"),
    ("p", "7. Access to education. Ashgrove pupils will gain access to Greystone's science laboratory, food technology room, art studio and sports hall, and to GCSE science, art and PE and the Level 1 vocational programme in construction and motor vehicle studies run with Colnbridge College. The enlarged school will follow the priorities of the Council's Accessibility Strategy 2025-2028 (section 4, improving access to the curriculum and to school buildings)."),
    ("p", "8. Access to specialist staff. Greystone will appoint a speech and language therapist (0.8 FTE) and an assistant psychologist (1.0 FTE), and the CAMHS Schools Link practitioner will be based at the school two days a week. Ashgrove has no on-site therapy."),
    ("p", "9. Accommodation. A single-storey extension of 780 m² with six classrooms, two small-group rooms and a therapy room will be built at Greystone at a cost of £3.8 million, to be completed by 23 July 2027."),
    ("p", "10. Places."),
    ("table", [
        ["School", "Places 2026-27", "Places from 1 September 2027"],
        ["Ashgrove School", "45", "closed"],
        ["Greystone School", "60", "110"],
        ["Total SEMH/BESD special places", "105", "110"],
    ]),
    ("h1", "Part D: Consultation"),
    ("p", "11. The Council held meetings with the governing bodies of Ashgrove and Greystone on 18 and 20 January 2027 and discussed the proposals with special school headteachers at the Harrowfield Special Schools Forum on 3 February 2027. The views expressed at those meetings were taken into account. Public consultation ran from 11 January to 22 February 2027; 47 responses were received, of which 33 supported the proposal."),
    ("h1", "Part E: Transport"),
    ("p", "12. Transport will be provided in line with the Council's Home to School Transport Policy for Children and Young People with Special Educational Needs and Disabilities (2026). Eligible pupils will travel by minibus or taxi with a passenger assistant. The two schools are 1.9 miles apart; the longest journey to Greystone will be 40 minutes."),
    ("h1", "Part F: Funding and staffing"),
    ("p", "13. Capital: £3.8 million from the High Needs Provision Capital Allocation, approved in the Council's capital programme on 24 February 2027."),
    ("p", "14. Revenue: the enlarged Greystone will receive £10,000 per place and top-up at the Council's SEMH band rates from the High Needs Block, a total of £2.71 million a year, compared with £2.58 million for the two schools now."),
    ("p", "15. Staffing at the enlarged Greystone: headteacher; two deputy headteachers; 15.0 FTE teachers; 24.0 FTE teaching assistants; 0.8 FTE speech and language therapist; 1.0 FTE assistant psychologist; 1.0 FTE family support worker. Ashgrove staff will be offered redeployment to Greystone."),
    ("h1", "Part G: Objections and comments"),
    ("p", "16. Within four weeks from the date of publication any person may object to or comment on the proposal by writing to the School Organisation Team at the address in Part A or by email to schoolorg@harrowfield.example.gov.uk."),
]

# ---------------------------------------------------------------- 70
DOCS["70-executive-decision-report-amalgamate-brookhouse-into-fairholme.docx"] = [
    ("title", "Severnbury Council"),
    ("center", "Individual Executive Member Decision Report"),
    ("table", [
        ["Decision maker", "Executive Member for Schools and SEND, Councillor Peter Linacre"],
        ["Date of decision", "On or after 12 May 2027"],
        ["Subject", "Discontinuance of Brookhouse School and enlargement of Fairholme School"],
        ["Report author", "Sunita Rao, Head of School Organisation"],
        ["Key decision", "Yes (FP ref 27/019)"],
    ]),
    ("h1", "1. Decision sought"),
    ("p", "1.1 To determine, following the statutory representation period that ended on 14 April 2027, the proposals to discontinue Brookhouse School on 31 August 2028 and to enlarge Fairholme School from 70 to 130 places on its rebuilt site from 1 September 2028."),
    ("h1", "2. Background"),
    ("p", "2.1 Brookhouse School (48 places, 44 pupils) and Fairholme School (70 places, 68 pupils) are community special schools for pupils aged 3 to 19 with severe and profound and multiple learning difficulties (SLD and PMLD). They have been federated under one executive headteacher since 2023. Brookhouse's 1970s building is in poor condition and has no hydrotherapy pool or changing places toilet."),
    ("h1", "3. The proposal"),
    ("p", "3.1 Brookhouse would close on 31 August 2028 and all its pupils would transfer to the enlarged Fairholme School on 1 September 2028."),
    ("table", [
        ["SLD/PMLD special school places", "2026-27", "From 1 September 2028"],
        ["Brookhouse School", "48", "-"],
        ["Fairholme School", "70", "130"],
        ["Total", "118", "130"],
    ]),
    ("h1", "4. Pupils at Brookhouse"),
    ("p", "4.1 Every Brookhouse pupil will transfer to Fairholme on 1 September 2028 with the class staff they know, since the two schools share an executive headteacher and staff already work across both. The Fairholme governing body confirmed in writing on 3 March 2027 that it will admit all Brookhouse pupils and that its new building is designed to provide their full curriculum (Annex 2). Parents may also ask for another school to be considered at their child's review."),
    ("h1", "5. Benefits"),
    ("p", "5.1 Education and associated services. Brookhouse pupils will have daily access to a hydrotherapy pool, a rebound therapy room, a sensory theatre, a soft play room and a sensory garden, and post-16 students will have a supported employment route with the Severn Valley Hospital Trust. The building has been designed with the Council's Accessibility Strategy 2024-2027 (objective 2: physical access) and has a changing places toilet."),
    ("p", "5.2 Specialist staff. The Severnbury Children's Therapy Service will base a physiotherapist (1.0 FTE), an occupational therapist (0.6 FTE) and a speech and language therapist (0.8 FTE) at Fairholme; the school nursing team will be on site every school day. At Brookhouse these services visit one or two days a week."),
    ("p", "5.3 Accommodation. The rebuilt Fairholme will have 16 classrooms of 72 m², each with a hygiene room and ceiling hoists, plus the rooms at 5.1. It will cost £16.4 million and will be complete by Easter 2028."),
    ("p", "5.4 Places. 130 places from September 2028, against 118 across the two schools now."),
    ("h1", "6. Consultation"),
    ("p", "6.1 On 14 September 2026 the Council sent a written statement of the proposal to the federated governing body, all special school governing bodies and academy trusts in Severnbury, Severn Valley College, the Children's Therapy Service and the Parent Carer Forum, inviting written views. Fourteen written responses were received, all in favour or neutral. The statutory notice was published on 17 March 2027; three representations were received."),
    ("h1", "7. Transport"),
    ("p", "7.1 Transport will be provided under the Council's Travel Assistance Policy for Children and Young People with SEND (2025): adapted minibuses with a passenger assistant, and where needed a medically trained escort. Fairholme is 3.1 miles from Brookhouse; no journey will exceed 50 minutes."),
    ("h1", "8. Finance"),
    ("p", "8.1 Capital: £16.4 million, comprising £12.0 million from the Department for Education's School Rebuilding Programme and £4.4 million from the Council's High Needs Provision Capital Allocation, both confirmed (DfE letter of 8 July 2026; Council capital programme approved 22 February 2027)."),
    ("p", "8.2 Revenue: from the High Needs Block, place and top-up funding for 130 places, £4.91 million a year, against £4.47 million for the two schools now."),
    ("h1", "9. Staffing"),
    ("p", "9.1 Staffing of the enlarged Fairholme: executive headteacher; head of school; two deputy headteachers; 22.0 FTE teachers; 58.0 FTE teaching assistants; 2.0 FTE nurses (NHS); physiotherapist 1.0 FTE, OT 0.6 FTE and SLT 0.8 FTE (NHS). All Brookhouse staff transfer."),
    ("h1", "10. Recommendation"),
    ("p", "10.1 That the Executive Member approves both proposals without modification."),
]

# ---------------------------------------------------------------- 73
DOCS["73-outcome-report-close-fenwick-lodge-school.docx"] = [
    ("title", "Oldcastle County Council"),
    ("center", "Consultation outcome report: proposed closure of Fenwick Lodge School"),
    ("p", "Report to: Cabinet, 20 July 2027. Author: Head of Specialist Provision. Consultation period: 3 May to 14 June 2027."),
    ("h1", "1. Summary"),
    ("p", "1.1 The Council consulted on closing Fenwick Lodge School, a community special school in Fenwick for 40 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs, on 31 December 2027, and on transferring its pupils to Harcourt School, an SEMH special school 5 miles away that is being enlarged. This report summarises the responses and recommends that statutory proposals are published."),
    ("h1", "2. The proposal"),
    ("p", "2.1 Fenwick Lodge would close on 31 December 2027. It has 36 pupils (May 2027)."),
    ("p", "2.2 Thirty-one pupils in Years 7 to 10 would transfer to Harcourt School on 4 January 2028. The governing body of Harcourt confirmed in writing on 19 April 2027 that it will admit them and will have the facilities to teach them (Annex B)."),
    ("p", "2.3 Five pupils who will be in Year 11 in 2027-28 would complete their education at the Fenwick Valley Education Centre (the county's pupil referral unit for Key Stage 4, known to families as 'the Compass'), where Fenwick Lodge's Key Stage 4 teacher would join them."),
    ("p", "2.4 Places for pupils with SEMH needs in Oldcastle special schools:"),
    ("table", [
        ["School", "Places now", "Places from January 2028"],
        ["Fenwick Lodge School", "40", "0"],
        ["Harcourt School", "64", "112"],
        ["Total", "104", "112"],
    ]),
    ("h1", "3. Benefits"),
    ("p", "3.1 Curriculum and facilities. Harcourt has a science laboratory, a design and technology workshop, a sports hall and a climbing wall, and offers GCSE science, D&T and PE and the Prince's Trust Achieve programme. The new block meets objective 1 of the Council's Accessibility Strategy 2025-2028 (access to school buildings) with a lift and level access."),
    ("p", "3.2 Specialist staff. Harcourt has a speech and language therapist three days a week, a clinical psychologist two days a week and a full-time school counsellor. Fenwick Lodge has a counsellor one day a week and no therapy."),
    ("p", "3.3 Accommodation. A new block of eight classrooms of 54 m², two group rooms and a calm room will open at Harcourt in December 2027, at a cost of £4.6 million."),
    ("p", "3.4 Places. Eight more SEMH special school places (table at 2.4)."),
    ("h1", "4. Consultation responses"),
    ("p", "4.1 On 3 May 2027 the Council wrote to the governing bodies of Fenwick Lodge and Harcourt, the Compass's management committee and all special and secondary schools in the county, inviting written views on the proposal. Fourteen replied in writing; Harcourt and Fenwick Lodge support the proposal."),
    ("p", "4.2 Forty-four responses were received from parents, pupils, staff and others."),
    ("table", [
        ["Issue raised", "Responses", "Council's response"],
        ["Year 11 pupils should not move in their GCSE year", "12", "The five Year 11 pupils will stay together at the Compass for the remainder of Key Stage 4 with a teacher they know, so that their GCSE courses are not disrupted."],
        ["Journey to Harcourt", "9", "See section 5."],
        ["Loss of a small, familiar school", "8", "Fenwick Lodge staff have been offered posts at Harcourt."],
    ]),
    ("h1", "5. Transport"),
    ("p", "5.1 Eligible pupils will be transported under the Council's SEND Travel Assistance Policy (2026) by minibus or taxi with a passenger assistant. The longest journey to Harcourt will be 40 minutes and to the Compass 25 minutes."),
    ("h1", "6. Funding and staffing"),
    ("p", "6.1 Capital: £4.6 million from the High Needs Provision Capital Allocation, in the capital programme approved by Council on 23 February 2027. Revenue: Harcourt's High Needs Block budget rises by £0.71 million a year from January 2028; closing Fenwick Lodge releases £0.86 million a year."),
    ("p", "6.2 Harcourt will appoint 6.0 FTE teachers and 10.0 FTE teaching assistants for the enlarged school; the Compass will receive 1.0 FTE teacher (transferring from Fenwick Lodge) for the Year 11 group."),
    ("h1", "7. Recommendation"),
    ("p", "7.1 That Cabinet approves publication of statutory proposals to discontinue Fenwick Lodge School on 31 December 2027."),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_c.py OUTPUT_FOLDER")
    out = Path(sys.argv[1])
    for name, blocks in DOCS.items():
        build(out / name, blocks)
        print("wrote", out / name)


if __name__ == "__main__":
    main()
