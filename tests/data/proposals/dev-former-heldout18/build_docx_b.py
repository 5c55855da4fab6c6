"""Build the six Word documents of part b of the eighteenth blind corpus.

Usage: python build_docx_b.py OUT_DIR
"""
import datetime
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FIXED = datetime.datetime(2027, 1, 1, 9, 0, 0)


def add_page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build(path, blocks, header=None, footer=None, author="Council"):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        p = sec.footer.paragraphs[0]
        p.text = footer + " – page "
        add_page_field(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
        elif kind == "num":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    doc.save(path)


DOCS = {}

# ---------------------------------------------------------------- 29
DOCS["29-trust-business-case-ashgrove-park-semh-resource-provision.docx"] = dict(
    author="Ashgrove Learning Trust",
    header="Ashgrove Learning Trust – Significant Change Business Case",
    footer="Ashgrove Park Academy SEMH Resource Provision",
    blocks=[
        ("title", "Significant Change Business Case: SEMH Resource Provision at Ashgrove Park Academy"),
        ("table", [
            ["Item", "Detail"],
            ["Trust", "Ashgrove Learning Trust (company no. 08473612)"],
            ["Academy", "Ashgrove Park Academy, Fenwick Road, Wexley WX7 3LP (11-16 mainstream, 900 places)"],
            ["Type of change", "Establishing SEN unit / resourced provision for social, emotional and mental health (SEMH) needs"],
            ["Places", "16"],
            ["Proposed implementation", "1 September 2027"],
            ["Local authority", "Wexley County Council"],
            ["Date of business case", "22 February 2027"],
        ]),
        ("h1", "1. Executive summary"),
        ("num", "Ashgrove Learning Trust proposes to open a 16-place resourced provision for pupils with social, emotional and mental health needs, to be known as The Harbour, at Ashgrove Park Academy from 1 September 2027. Pupils will be on the roll of the academy, taught partly in The Harbour and partly in mainstream classes."),
        ("num", "This is new provision. No pupil will change school as a result of the proposal; the 16 places will be filled through Wexley County Council's EHC plan process."),
        ("num", "Wexley County Council has commissioned the places and supports the proposal (letter of 10 February 2027, Appendix 1)."),
        ("h1", "2. Need"),
        ("num", "Wexley has 40 SEMH resourced places in secondary academies, all full. In 2025-26, 23 secondary-age pupils with SEMH needs and EHC plans were placed in independent provision outside the county. The County's SEND Sufficiency Plan 2026-2029 identifies the Ashgrove planning area as having no SEMH resourced provision."),
        ("h1", "3. Educational benefits (SEN Improvement Test)"),
        ("h2", "3.1 Access to education and associated services"),
        ("num", "Pupils in The Harbour will have access to the academy's full Key Stage 3 and 4 curriculum, including GCSEs in English, mathematics, combined science, computer science and art, and the academy's vocational courses (BTEC Level 1/2 Tech Award in Sport and Enterprise). They will use the academy's science laboratories, sports hall, climbing wall and music rooms, and join its Duke of Edinburgh's Award and lunchtime clubs with support."),
        ("num", "The proposal contributes to Wexley County Council's Accessibility Strategy 2025-2028, priority 1 (increasing access to the mainstream curriculum for pupils with SEND)."),
        ("h2", "3.2 Access to specialist staff"),
        ("num", "The Harbour will have an SEMH specialist teacher (1.0 FTE) as lead, an educational psychologist from the County Educational Psychology Service one day a week, and a CAMHS practitioner two days a week under the Mental Health Support Team agreement with Wexley and Dene NHS Trust."),
        ("h2", "3.3 Accommodation"),
        ("num", "A vacant suite on the ground floor of the East Block will be refurbished to provide two teaching bases (55 m² each), a calm room (18 m²), a meeting room for families and an accessible toilet. The works are costed at £380,000 and will be complete by 23 July 2027."),
        ("h2", "3.4 Places"),
        ("table", [
            ["SEMH resourced places, Wexley secondary", "2026-27", "From September 2027"],
            ["Existing provisions (Northgate, St Clement's, Riverside)", "40", "40"],
            ["The Harbour, Ashgrove Park Academy", "0", "16"],
            ["Total", "40", "56"],
        ]),
        ("h1", "4. Consultation with providers"),
        ("num", "On 12 January 2027 the Trust sent a written statement of the proposal to Wexley County Council, the headteachers and chairs of governors of every secondary school and academy and every special school in the county, and the management committee of the Wexley Pupil Referral Service, inviting each to set out its views in writing by 9 February 2027. Eighteen responses were received and are reproduced at Appendix 2. None objected; two asked for an outreach offer, which is included at 3.2."),
        ("h1", "5. Transport"),
        ("num", "Pupils eligible for travel assistance will receive it from Wexley County Council under its Home to School Transport Policy for Children and Young People with SEND (2026). The County's transport team expects most pupils to travel by taxi or minibus with a passenger assistant, with journeys of no more than 45 minutes, and independent travel training will be offered."),
        ("h1", "6. Financial case"),
        ("num", "Capital: £380,000, funded from Wexley County Council's High Needs Provision Capital Allocation, allocated to this scheme by the County's Cabinet on 2 December 2026 (decision CAB-26-207)."),
        ("num", "Revenue: the County will fund the 16 places from the High Needs Block at £10,000 a place plus a top-up of £13,000 a pupil, a total of £368,000 a year when full."),
        ("table", [
            ["Revenue (full year)", "£"],
            ["Place funding (16 × £10,000)", "160,000"],
            ["Top-up (16 × £13,000)", "208,000"],
            ["Total", "368,000"],
        ]),
        ("h1", "7. Staffing"),
        ("table", [
            ["Post", "FTE"],
            ["SEMH specialist teacher (lead)", "1.0"],
            ["Teacher (Harbour and mainstream support)", "1.0"],
            ["Teaching assistants (SEMH)", "3.0"],
            ["Family liaison worker", "0.5"],
        ]),
        ("h1", "8. Risks"),
        ("bullet", "Recruitment of the specialist teacher: the post will be advertised in March 2027 with an interim arrangement from the Trust's special academy."),
        ("bullet", "Building works: the contractor is appointed and works are scheduled for the Easter and summer breaks."),
        ("h1", "Appendices"),
        ("bullet", "Appendix 1: Letter of support from Wexley County Council, 10 February 2027"),
        ("bullet", "Appendix 2: Written responses from providers"),
    ],
)

# ---------------------------------------------------------------- 31
DOCS["31-cabinet-minutes-extract-st-oswins-mld-base.docx"] = dict(
    author="Bramleigh MBC Democratic Services",
    header="Bramleigh Metropolitan Borough Council",
    footer="Cabinet minutes 17 March 2027 (extract)",
    blocks=[
        ("title", "Cabinet – Minutes (extract)"),
        ("p", "Minutes of the meeting of the Cabinet held at Bramleigh Town Hall on Wednesday 17 March 2027 at 6.00 pm."),
        ("p", "Present: Councillor M. Okafor (Leader, in the Chair); Councillors C. Ainsworth, B. Lyle, F. Nolan, H. Quigley (Portfolio Holder for Children and Education) and D. Shah."),
        ("p", "In attendance: Executive Director of Children's Services; Service Manager, SEND Sufficiency; Senior Democratic Services Officer."),
        ("h2", "47. St Oswin's CE Primary School – moderate learning difficulties resource base"),
        ("p", "The Portfolio Holder for Children and Education presented the report of the Executive Director of Children's Services, which sought approval to close the resource base for pupils with moderate learning difficulties (MLD) at St Oswin's CE Primary School, which has 12 places, with effect from 31 August 2027, and to enlarge the MLD resource base at Westmoor Primary School from 10 to 20 places."),
        ("p", "The Service Manager, SEND Sufficiency, explained that the St Oswin's base had been under-used for three years, with nine pupils on roll at present, and that the diocese wished to use the room for the school's own nursery. Members heard that pupils would have better access to the curriculum at Westmoor, which was a larger school, and better access to specialist staff."),
        ("p", "In response to a question from Councillor Lyle, the Service Manager confirmed that the number of MLD resource base places in the borough would fall from 22 to 20, but said that demand for MLD places had fallen and that the remaining places were sufficient."),
        ("p", "The Service Manager reported that the proposal had been discussed with headteachers at the Primary Heads' Forum on 2 February 2027, where it had been broadly welcomed, and that the governing bodies of both schools had been consulted."),
        ("p", "It was intended that the nine pupils at St Oswin's would transfer to the Westmoor base in September 2027. Officers were in discussion with the Westmoor governing body about the timing."),
        ("p", "The Executive Director advised that the costs would be met within the existing High Needs Block budget and that staff at the St Oswin's base would be redeployed."),
        ("b", "RESOLVED that:"),
        ("num", "the closure of the moderate learning difficulties resource base at St Oswin's CE Primary School with effect from 31 August 2027 be approved;"),
        ("num", "the enlargement of the moderate learning difficulties resource base at Westmoor Primary School from 10 to 20 places with effect from 1 September 2027 be approved;"),
        ("num", "the Executive Director of Children's Services be authorised, in consultation with the Portfolio Holder, to take all steps necessary to implement the decision."),
        ("p", "Reason for decision: to ensure best use of resource base places and accommodation."),
        ("p", "Alternative options considered: to retain the base at St Oswin's (rejected for the reasons in section 5 of the report)."),
        ("p", "Declarations of interest: none."),
    ],
)

# ---------------------------------------------------------------- 33
DOCS["33-send-sufficiency-plan-chapter-slcn-resource-bases.docx"] = dict(
    author="Castlebury Council",
    header="Castlebury Council – SEND Sufficiency Plan 2027-2030",
    footer="Chapter 5: Speech, language and communication needs",
    blocks=[
        ("title", "SEND Sufficiency Plan 2027-2030"),
        ("h1", "Chapter 5: Speech, language and communication needs"),
        ("h2", "5.1 The current position"),
        ("p", "5.1.1 Speech, language and communication needs (SLCN) are the most common primary need among Castlebury primary pupils on SEN support (31%) and the second most common among those with an EHC plan. The Council commissions three primary SLCN resource bases, at Abbotsfield, Ryecroft and St Peter's primary schools, each with 8 places."),
        ("p", "5.1.2 All 24 places are full, and in September 2026 there were 14 children whose EHC plans recommended a resource base place but who were waiting in mainstream classes with outreach support."),
        ("h2", "5.2 Proposal 5A: two new SLCN resource bases"),
        ("p", "5.2.1 The Council proposes to open two new 8-place primary SLCN resource bases, at Foxdale Primary School and at Merrow Green Primary School, from 1 September 2028."),
        ("p", "5.2.2 The new bases add places. No child currently in a resource base will move, and no child will need to change school because of the proposal."),
        ("table", [
            ["Primary SLCN resource base", "Places 2026-27", "Places from September 2028"],
            ["Abbotsfield Primary", "8", "8"],
            ["Ryecroft Primary", "8", "8"],
            ["St Peter's CE Primary", "8", "8"],
            ["Foxdale Primary (new)", "0", "8"],
            ["Merrow Green Primary (new)", "0", "8"],
            ["Total", "24", "40"],
        ]),
        ("h3", "What children will gain"),
        ("p", "5.2.3 Children will be taught in the base for part of each day and in their mainstream class for the rest, following the full primary curriculum. Each base will have an interactive language-rich environment, visual timetabling, and AAC devices and software (Grid, Proloquo2Go) for children who need them. This contributes to objective 2 of the Castlebury Accessibility Strategy 2025-2028 (\"access to the curriculum for pupils with communication needs\")."),
        ("p", "5.2.4 Each base will have a speech and language therapist for 0.4 FTE (two days a week), commissioned from Castlebury Community Health's paediatric SLT service, and a specialist teacher for SLCN as base leader. The Council's Language and Communication Outreach Team will support both schools in their first year."),
        ("p", "5.2.5 At each school, an existing classroom (60 m²) will be refitted as the base teaching room, with acoustic treatment, and a new 15 m² therapy room will be built alongside it. The works cost £240,000 per school and will be finished by July 2028."),
        ("h3", "How we sought views"),
        ("p", "5.2.6 On 6 October 2026 the Council sent a written statement of Proposal 5A to the governing bodies of Foxdale and Merrow Green, the headteachers of the three existing host schools, all other primary schools and the special schools, inviting them to set out their views in writing. The 21 responses are at Appendix 5.3; both proposed host governing bodies support the proposal."),
        ("h3", "Transport"),
        ("p", "5.2.7 Children eligible under the Castlebury Home to School Transport Policy: Children with SEND (2024) will travel by taxi with a passenger assistant where needed; most children in the bases live within three miles of the school, and journeys will be planned not to exceed 40 minutes."),
        ("h3", "Funding and staffing"),
        ("p", "5.2.8 Capital of £480,000 (£240,000 per base) will come from the Council's High Needs Provision Capital Allocation, subject to approval of the 2027-28 capital programme by full Council in February 2027."),
        ("p", "5.2.9 Revenue will be met from the High Needs Block: £10,000 place funding and an average top-up of £11,000 per place, £336,000 a year for the 16 new places."),
        ("p", "5.2.10 Each base will be staffed by a base leader (1.0 FTE teacher), 2.0 FTE teaching assistants, and the speech and language therapist at 0.4 FTE."),
        ("h2", "5.3 Other SLCN actions"),
        ("bullet", "Extend the Early Language Support programme to all nursery classes by 2028 (Chapter 4)."),
        ("bullet", "Train a communication lead in every primary school by July 2029."),
    ],
)

# ---------------------------------------------------------------- 38
DOCS["38-cabinet-report-options-appraisal-whinmoor-school.docx"] = dict(
    author="Derrington Council",
    header="Derrington Council – Cabinet – 9 September 2027",
    footer="Agenda item 11",
    blocks=[
        ("title", "Future of Whinmoor School: options appraisal and recommendation"),
        ("table", [
            ["Report of", "Director of Children's Services"],
            ["Cabinet member", "Cllr Elaine Marsh, Children and Families"],
            ["Key decision", "Yes – ref. KD 27/44"],
            ["Wards", "All"],
        ]),
        ("h1", "1. Purpose"),
        ("num", "To set out the options for the future of Whinmoor School, a community special school for 40 pupils aged 9 to 16 with social, emotional and mental health (SEMH) needs, and to recommend that Cabinet approves the publication of proposals to close it on 31 August 2028 and to transfer its pupils to Heronsgate Academy."),
        ("h1", "2. Recommendations"),
        ("num", "That Cabinet approves Option C: the publication of a statutory proposal to discontinue Whinmoor School on 31 August 2028, and agrees with Heronsgate Academy Trust the enlargement of Heronsgate Academy from 60 to 108 places from 1 September 2028."),
        ("num", "That Cabinet notes Options A, B and D and the reasons for rejecting them."),
        ("h1", "3. Background"),
        ("num", "Whinmoor School's roll has been between 34 and 40 for five years. The school is housed in a Victorian former board school; its 2026 condition survey identified £3.4m of urgent works, and its Ofsted inspection of March 2027 judged it inadequate for leadership and management. Heronsgate Academy, an SEMH special academy in the Heronsgate Academy Trust, is judged outstanding and has land for expansion."),
        ("h1", "4. Options appraisal"),
        ("table", [
            ["Option", "Summary", "Score (max 40)", "Recommendation"],
            ["A", "Retain Whinmoor and repair the building", "14", "Rejected"],
            ["B", "Close Whinmoor; Key Stage 4 pupils to Derrington Learning Centre (PRU), others to mainstream with support", "11", "Rejected"],
            ["C", "Close Whinmoor; all pupils to an enlarged Heronsgate Academy", "34", "Recommended"],
            ["D", "Amalgamate Whinmoor with Heronsgate on the Whinmoor site", "25", "Rejected"],
        ]),
        ("h2", "Option A: retain and repair"),
        ("num", "Repairs would cost £3.4m and would not provide science or practical facilities. Places would remain at 100 across the two schools."),
        ("h2", "Option B: close and use the PRU and mainstream schools"),
        ("num", "Under Option B, Key Stage 4 pupils would be placed at the Derrington Learning Centre, the Council's pupil referral unit, for the rest of their education. This is rejected: the Learning Centre is for pupils who have been excluded and is not an alternative to a special school place, and it would reduce the number of SEMH special places."),
        ("h2", "Option C (recommended): close and transfer to an enlarged Heronsgate Academy"),
        ("num", "Under Option C every Whinmoor pupil who has not finished Year 11 by July 2028 (an expected 31 pupils) transfers to Heronsgate Academy on 4 September 2028. The Heronsgate Academy Trust confirmed in a letter of 2 June 2027 (Appendix 2) that it will admit every Whinmoor pupil and that the new building will give it all the facilities needed to provide an appropriate curriculum. No Whinmoor pupil will be placed in the pupil referral unit."),
        ("num", "Access to education: Heronsgate's new building includes a science laboratory, a design and technology workshop, a food room and a sports hall; Key Stage 4 pupils can take GCSE combined science, GCSE design and technology, and the Level 1 Certificate in Hospitality and Catering. This contributes to objective 3 of the Derrington Accessibility Strategy 2025-2028."),
        ("num", "Specialist staff: Heronsgate employs a clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE) and will add an occupational therapist (0.4 FTE) and a second family support worker (1.0 FTE) from September 2028."),
        ("num", "Accommodation: a new teaching block of 1,050 m² (eight classrooms, the specialist rooms, three group rooms and a therapy suite), costed at £6.9m, to be completed in July 2028."),
        ("num", "Places: SEMH special places in Derrington rise from 100 (Whinmoor 40, Heronsgate 60) to 108 at Heronsgate."),
        ("h2", "Option D: amalgamate on the Whinmoor site"),
        ("num", "Under Option D the two schools would amalgamate on the Whinmoor site after a rebuild. Heronsgate pupils would travel by minibus with a passenger assistant under the Council's SEND Home to School Transport Policy (2025), with journeys of up to 50 minutes. Option D is rejected because the Whinmoor site is too small (0.9 ha) and the rebuild would cost £11.2m."),
        ("h1", "5. Views of providers"),
        ("num", "On 14 April 2027 the Director sent a written statement setting out the four options to the governing body of Whinmoor, the Heronsgate Academy Trust, the management committee of the Derrington Learning Centre and all special and secondary headteachers in the borough, inviting their views in writing. Thirteen responded (Appendix 3); eleven preferred Option C."),
        ("h1", "6. Financial implications"),
        ("num", "Capital for Option C (£6.9m) is funded from the High Needs Provision Capital Allocation (£5.2m, received) and the Council's approved capital programme 2027-2030 (£1.7m)."),
        ("num", "Revenue: the additional 48 places at Heronsgate will be funded from the High Needs Block at £10,000 a place plus a top-up averaging £18,500, partly offset by the end of Whinmoor's budget (£1.14m a year)."),
        ("h1", "7. Staffing"),
        ("num", "Heronsgate's staffing from September 2028: principal, two vice-principals, 17.0 FTE teachers, 28.0 FTE teaching assistants, the therapy staff at paragraph 4, and 5.0 FTE support staff. Whinmoor staff will be offered interviews for posts at Heronsgate."),
        ("h1", "8. Legal and equalities"),
        ("num", "A statutory proposal to discontinue Whinmoor will be published under the 2013 Regulations. The enlargement of Heronsgate is a significant change for the Trust to agree with the Department for Education. An equality impact assessment is at Appendix 4."),
        ("h1", "Appendices"),
        ("bullet", "Appendix 1: Scoring of options"),
        ("bullet", "Appendix 2: Letter from the Chief Executive, Heronsgate Academy Trust, 2 June 2027"),
        ("bullet", "Appendix 3: Responses from providers"),
        ("bullet", "Appendix 4: Equality impact assessment"),
    ],
)

# ---------------------------------------------------------------- 44
DOCS["44-consultation-close-corvedale-school-response-form.docx"] = dict(
    author="Rowanbridge County Council",
    header="Rowanbridge County Council – Public consultation",
    footer="Corvedale School consultation, January 2027",
    blocks=[
        ("title", "Consultation: the future of Corvedale School"),
        ("p", "Consultation period: 11 January 2027 to 22 February 2027"),
        ("h1", "Introduction"),
        ("p", "Rowanbridge County Council is consulting on a proposal to close Corvedale School, a community special school in Milford for 38 pupils aged 7 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2028, and to provide places for all its pupils at Oakhurst Special School in Castlemead, which would be enlarged. Oakhurst Special School (\"the Hurst\", as it is known locally, and as we call it in the rest of this document) is the county's other SEMH special school."),
        ("h1", "Why we are consulting"),
        ("p", "Corvedale occupies a listed former workhouse building. It cannot be made accessible, its classrooms are too small, and it has no outdoor space. Works to bring it up to standard were estimated at £5.8m in 2025 and would still leave it without specialist teaching rooms."),
        ("h1", "What we propose"),
        ("num", "Corvedale School closes on 31 August 2028."),
        ("num", "The Hurst is enlarged from 70 to 120 places from 1 September 2028, in a new building on its Castlemead site."),
        ("num", "Every Corvedale pupil who has not finished Year 11 by July 2028 transfers to the Hurst on 4 September 2028. We expect 31 pupils to transfer."),
        ("h1", "Where pupils would go"),
        ("p", "All Corvedale pupils would take up places at the Hurst. The Hurst's governing body has confirmed in writing (letter of 19 November 2026, Appendix C) that it is willing to admit every Corvedale pupil and that the new building will give it the facilities to provide an appropriate curriculum for them. No pupil will be placed in a pupil referral unit; each pupil's EHC plan will be amended to name the Hurst."),
        ("h1", "What pupils would gain"),
        ("h2", "Curriculum and facilities"),
        ("p", "At the Hurst, pupils would have a science laboratory, a design and technology workshop, a food room, a sports hall and a horticulture area with polytunnel. Key Stage 4 pupils could take GCSE combined science and the Level 1 Award in Horticulture, as well as English and maths. The proposal supports priority 2 of the Rowanbridge Accessibility Strategy 2025-2028 (\"specialist schools in accessible buildings with specialist teaching rooms\")."),
        ("h2", "Specialist staff"),
        ("p", "The Hurst employs a clinical psychologist (0.8 FTE) and a speech and language therapist three days a week, and from September 2028 would add an occupational therapist (0.4 FTE) and a CAMHS link worker (0.5 FTE). The county's SEMH outreach team (2.5 FTE) would be based at the Hurst."),
        ("h2", "Accommodation"),
        ("p", "The new building would provide 1,300 m²: ten classrooms, the specialist rooms above, four small-group rooms, two calm rooms and a therapy suite, at a cost of £8.1m, for completion in July 2028."),
        ("h2", "Places"),
        ("table", [
            ["SEMH special school places", "Now", "From September 2028"],
            ["Corvedale School", "38", "0"],
            ["The Hurst", "70", "120"],
            ["Total", "108", "120"],
        ]),
        ("h1", "Getting to school"),
        ("p", "Pupils eligible for travel assistance would continue to receive it under the Rowanbridge Home to School Transport Policy for Children and Young People with SEND (2026). Pupils would travel to the Hurst by minibus with a passenger assistant; the Council's Integrated Transport Unit has planned routes so that no journey from a current Corvedale pupil's home is longer than 50 minutes."),
        ("h1", "Funding and staffing"),
        ("p", "The capital cost of £8.1m is funded from the High Needs Provision Capital Allocation (£6.5m, received) and the Council's capital programme 2026-2029 (£1.6m, approved by Council in February 2026). The additional places at the Hurst would be funded from the High Needs Block: £1.3m a year, against £0.95m now spent on Corvedale."),
        ("p", "The Hurst's staffing from September 2028 would be: headteacher, two deputy headteachers, 18.0 FTE teachers, 32.0 FTE teaching assistants, the specialist staff above and 5.0 FTE support staff. Corvedale staff would be offered ring-fenced interviews."),
        ("h1", "Who we have asked for views"),
        ("p", "On 4 January 2027 we sent a written statement of the proposal to the governing bodies of Corvedale and the Hurst, to every special and secondary school and academy in Rowanbridge, to the county's pupil referral units and to Rowanbridge College, inviting them to set out their views in writing. We will publish their responses with the consultation report."),
        ("h1", "How to respond"),
        ("p", "Please complete the response form and return it by 22 February 2027 to: SEND Place Planning, Rowanbridge County Council, County Buildings, Rowanbridge RB1 2XX, or email sendplaces@rowanbridge.gov.uk. Public meetings will be held at Corvedale on 25 January and at the Hurst on 27 January 2027, both at 6.00 pm."),
        ("h1", "Response form"),
        ("table", [
            ["Question", "Your answer"],
            ["1. I am responding as (parent/carer, pupil, staff, governor, other)", ""],
            ["2. Do you agree with the proposal to close Corvedale School? (Yes / No / Not sure)", ""],
            ["3. Do you agree with the proposal to enlarge the Hurst? (Yes / No / Not sure)", ""],
            ["4. Please give reasons, or any other comments", ""],
            ["5. Name and postcode (optional)", ""],
        ]),
    ],
)

# ---------------------------------------------------------------- 48
DOCS["48-outcome-report-marlowe-vi-resource-base.docx"] = dict(
    author="Coldharbour City Council",
    header="Coldharbour City Council – Report to the Executive Member for Education",
    footer="Marlowe VI resource base – outcome of consultation",
    blocks=[
        ("title", "Outcome of consultation: vision impairment resource base at Marlowe School"),
        ("p", "Date: 26 May 2027. Report of: Head of Inclusion and SEND. Decision type: Executive Member decision."),
        ("h1", "1. Summary"),
        ("num", "The City Council consulted from 1 March to 12 April 2027 on closing the resource base for pupils with vision impairment (VI) at Marlowe School, which has 8 places and 8 pupils, on 31 August 2027, and replacing it with resourced VI provision at two secondary schools: St Bede's Catholic High School (enlarged from 4 to 10 places) and Kingfield Academy (6 new places)."),
        ("num", "This report summarises the responses and recommends that the proposal is implemented."),
        ("h1", "2. Reasons for the proposal"),
        ("num", "Marlowe School is on a split site across a main road, with steep steps between buildings and no tactile routes; its VI base is in a basement room without natural light. Pupils' mobility and independence are restricted."),
        ("h1", "3. Arrangements for Marlowe base pupils"),
        ("num", "Five pupils (Years 7 to 9) will transfer to the VI base at St Bede's Catholic High School on 1 September 2027. The governing body of St Bede's confirmed in writing on 14 April 2027 that it will admit them and has the facilities to provide an appropriate curriculum."),
        ("num", "Three pupils (Years 10 and 11) will transfer to the new VI base at Kingfield Academy, closer to their homes, on 1 September 2027. The Kingfield Academy Trust has agreed to take them."),
        ("h1", "4. Benefits"),
        ("num", "Both receiving schools are on single, level sites with tactile paving and contrast marking throughout. Pupils will have a full secondary curriculum with GCSE science in laboratories adapted for VI (talking scales, tactile diagrams, CCTV magnifiers), braille and large-print resources produced on site, and access to both schools' sports and music facilities. This supports objective 1 of the Coldharbour Accessibility Strategy 2026-2029."),
        ("num", "Each base will have a qualified teacher of children with vision impairment (QTVI): 1.0 FTE at St Bede's and 0.6 FTE at Kingfield, with a habilitation specialist from the Coldharbour Sensory Service one day a week at each school and a braillist (0.5 FTE) shared between them."),
        ("num", "At St Bede's two adjoining classrooms (58 m² and 40 m²) will be refitted as a base and resource-production room, and at Kingfield one classroom (52 m²) and a store will be refitted, at a total cost of £265,000, for completion by 20 August 2027."),
        ("num", "VI resourced secondary places in the city rise from 12 (Marlowe 8, St Bede's 4) to 16 (St Bede's 10, Kingfield 6)."),
        ("h1", "5. Consultation responses"),
        ("table", [
            ["Respondent", "Responses", "Agree", "Disagree", "Not sure"],
            ["Parents and carers", "14", "10", "2", "2"],
            ["Young people", "6", "4", "1", "1"],
            ["Staff", "9", "6", "1", "2"],
            ["Other (RNIB, Parent Carer Forum)", "2", "2", "0", "0"],
            ["Total", "31", "22", "4", "5"],
        ]),
        ("num", "Officers also discussed the proposal with headteachers at the Secondary Heads' Partnership meeting on 9 March 2027 and held drop-in sessions for families at Marlowe on 15 and 22 March."),
        ("h1", "6. Transport"),
        ("num", "Pupils will receive travel assistance under the Coldharbour Home to School Travel Assistance Policy for Children and Young People with SEND (2025): taxi with a passenger assistant where needed, journeys of no more than 40 minutes, and independent travel and mobility training from the habilitation specialist."),
        ("h1", "7. Finance and staffing"),
        ("num", "Capital of £265,000 is funded from the High Needs Provision Capital Allocation 2026-27, received. Revenue: £10,000 place funding and a top-up of £14,200 a place from the High Needs Block for the 16 places (£387,200 a year)."),
        ("num", "Staffing: QTVI 1.0 FTE and 2.0 FTE teaching assistants at St Bede's; QTVI 0.6 FTE and 1.5 FTE teaching assistants at Kingfield; braillist 0.5 FTE. The Marlowe QTVI and TAs have been offered the posts."),
        ("h1", "8. Recommendation"),
        ("num", "That the Executive Member approves the closure of the Marlowe VI base on 31 August 2027 and the establishment of the VI resourced provision at St Bede's and Kingfield from 1 September 2027."),
    ],
)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for name, spec in DOCS.items():
        build(out / name, spec["blocks"], spec.get("header"), spec.get("footer"), spec.get("author", "Council"))
        print("wrote", out / name)


if __name__ == "__main__":
    main()
