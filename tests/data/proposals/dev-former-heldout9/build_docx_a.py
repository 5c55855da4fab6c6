"""Build the Word documents of part a of the blind corpus (heldout9, documents 01-25).

Usage: python build_docx_a.py [OUTPUT_FOLDER]   (default: the folder this script is in)

Each document is written with python-docx: headings, numbered and bulleted lists,
tables with header rows and merged cells, and content controls (w:sdt) holding
key facts, as councils' Word templates do.
"""
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent


# ------------------------------------------------------------------ helpers

def new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def para(doc, text, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    return p


def numbered(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Number")


def bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def table(doc, rows, header=True, merges=(), widths=None):
    """rows: list of lists of cell text; merges: ((r1, c1, r2, c2), ...) merged after filling."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.text = text
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if header:
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        tr_pr.append(el)
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        merged = t.cell(r1, c1).merge(t.cell(r2, c2))
        merged.text = keep
    doc.add_paragraph()
    return t


def content_control(doc, alias, lines):
    """A rich-text content control (w:sdt) around one paragraph per line."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), alias.lower().replace(" ", "_"))
    pr.append(a)
    pr.append(tag)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    for line in lines:
        p = doc.add_paragraph(line)
        content.append(p._p)  # moves the paragraph into the control
    doc.element.body.append(sdt)
    # keep the body's section properties last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)


def boxed(doc, title, lines):
    """A 'key facts' box: a one-cell bordered table, as templates draw text boxes."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run(title).bold = True
    for line in lines:
        cell.add_paragraph(line)
    doc.add_paragraph()


# ------------------------------------------------------------------ 06

def doc06():
    doc = new_doc()
    doc.add_heading("Fenchester Borough Council", 0)
    doc.add_heading("SEND Strategy 2025-2028: Action Plan, Year 3 refresh (2027/28)", 1)
    para(doc, "Owner: SEND Partnership Board. Version 3.2, agreed 18 March 2027. RAG: G = on track, A = at risk, R = off track, B = complete.")
    doc.add_heading("Priority 2: Sufficiency of local specialist places", 2)
    para(doc, "This section of the plan carries the Council's proposal to enlarge Brackenfield School "
              "(community special school, severe learning difficulties (SLD), ages 4-19) from 80 to 104 places "
              "from 1 September 2027. The statutory notice was published on 11 January 2027; Cabinet approved "
              "the proposal on 10 March 2027. The rows below are the proposal's commitments; the notes are the evidence.")
    rows = [
        ["Action", "Lead", "By when", "RAG", "Notes"],
        ["2.1 Brackenfield School enlargement (SLD)", "", "", "", ""],
        ["2.1.1 Increase Brackenfield capacity", "Head of SEND Place Planning", "1 Sept 2027", "G",
         "80 places now; 104 places from 1 September 2027. SLD special school places in the borough: 152 now, 176 from September 2027. No pupil leaves Brackenfield or any other school because of the enlargement."],
        ["2.1.2 New teaching block", "Capital Programme Manager", "Jul 2027", "G",
         "Single-storey block of four classrooms (62 m² each), each with a hygiene room and ceiling hoist, a 30 m² sensory room and a 70 m² life-skills flat for post-16. Contract £2.45m; on site since October 2026, completion 23 July 2027."],
        ["2.1.3 Curriculum and facilities offer", "Headteacher, Brackenfield", "Sept 2027", "G",
         "The new life-skills flat lets post-16 students take ASDAN Personal and Social Development and Towards Independence awards on site; a sensory room and soft play available to every class daily; a minibus for weekly community learning (travel, shopping, leisure centre). Links to Fenchester Accessibility Strategy 2025-2028, objective 2.3 (accessible specialist facilities)."],
        ["2.1.4 Therapy and specialist input", "Designated Clinical Officer", "Sept 2027", "A",
         "NHS SLT from 2 to 3 days a week; OT from 1 to 2 days a week; physiotherapist 1 day a week (new). SLD outreach teacher from the Fenchester Specialist Teaching Service 1 day a fortnight. Amber: OT recruitment; the ICB's contract variation was signed on 2 March 2027."],
        ["2.1.5 Written statement to providers", "Head of SEND Place Planning", "Nov 2026", "B",
         "Written statement sent 3 October 2026 to Brackenfield's governing body, the other three special schools, all primary and secondary schools and academies with resourced provision, and the Fenchester Learning Trust, inviting written views by 14 November 2026. 12 written responses (Annex 2), all supporting."],
        ["2.1.6 Transport", "Travel Assistance Team Manager", "Aug 2027", "G",
         "Under the Fenchester SEND Travel Assistance Policy (2026): adapted minibuses with a passenger assistant for every eligible new pupil; maximum journey 45 minutes; routes confirmed to families by 31 July 2027."],
        ["2.1.7 Funding", "SEND Finance Business Partner", "Apr 2027", "B",
         "Capital £2.45m from the High Needs Provision Capital Allocation 2025-26 and 2026-27 (received). Revenue: High Needs Block place funding £240,000 a year (24 x £10,000) plus top-up bands 4-6, in the 2027-28 HNB budget agreed by Schools Forum on 21 January 2027."],
        ["2.1.8 Staffing", "Headteacher, Brackenfield", "Jul 2027", "G",
         "Additional staff from September 2027: 3.0 FTE teachers, 9.0 FTE teaching assistants, 1.0 FTE school nurse (NHS). Adverts out February 2027; 2 teachers appointed."],
    ]
    table(doc, rows, merges=[(1, 0, 1, 4)])
    doc.add_heading("Priority 3: Preparing for adulthood", 2)
    para(doc, "Actions 3.1 to 3.6 are reported in the Preparing for Adulthood plan.")
    doc.save(OUT / "06-send-strategy-action-plan-table-sld-school-enlargement.docx")


# ------------------------------------------------------------------ 12

def doc12():
    doc = new_doc()
    doc.add_heading("Statutory proposal: prescribed alteration to a special school", 0)
    para(doc, "Form SO-3 (Eastholme County Council template). Complete every box. Tick one option where shown.")
    content_control(doc, "School details", [
        "Local authority: Eastholme County Council",
        "School: Kingfisher School, Reed Lane, Eastholme EH4 7QB (URN 100999)",
        "Category: community special school",
        "Designation: social, emotional and mental health (SEMH), ages 5-11",
    ])
    doc.add_heading("1. Type of alteration", 1)
    para(doc, "☒ Enlargement (increase in number of places)    ☐ Change of type of need    ☐ Change of age range    ☐ Relocation")
    para(doc, "Current number of places: 40.    Proposed number of places: 56.    Date: 1 September 2027.")
    para(doc, "Does the proposal displace any pupil?   ☐ Yes   ☒ No   (Kingfisher keeps all its pupils; no other school changes.)")
    doc.add_heading("2. Objectives", 1)
    para(doc, "Eastholme has 40 primary SEMH special school places (all at Kingfisher) and 22 primary pupils with SEMH EHCPs placed out of county. The enlargement gives 56 primary SEMH places in the county from September 2027 and brings pupils back to local provision.")
    doc.add_heading("3. SEN improvement test", 1)
    numbered(doc, [
        "Access to education (a): pupils will have a forest school area and outdoor classroom used by every class weekly, a new food room for cooking lessons, a music room with instruments for small-group music therapy, and a nurture room. All pupils follow the primary national curriculum in classes of no more than eight. This delivers priority 1 of the Eastholme Accessibility Strategy 2026-2029 (inclusive learning environments).",
        "Specialist staff (b): a child and adolescent psychotherapist (0.5 FTE, from the ICB's CAMHS service), a music therapist (two days a week), and the county SEMH outreach team's specialist teacher for two days a week to support reintegration; the link educational psychologist's time rises from one day a month to one day a fortnight.",
        "Accommodation (c): a two-classroom extension (2 x 55 m²) with two calm rooms, a 40 m² food room, a 30 m² music room and the outdoor classroom; cost £1.26m; work June 2026 to July 2027.",
        "Places (d): 40 places now; 56 places from 1 September 2027 (see section 1).",
    ])
    doc.add_heading("4. Views of providers", 1)
    para(doc, "Was a written statement sent to all providers of existing and proposed provision inviting their views?   ☒ Yes   ☐ No")
    para(doc, "Details: statement sent 30 September 2026 to Kingfisher's governing body, all 87 primary schools and academies, the other two special schools, the Eastholme Primary Pupil Referral Unit and the three local trusts, asking for written views by 11 November 2026. 16 written replies received (Appendix 2).")
    doc.add_heading("5. Transport", 1)
    para(doc, "Eligible pupils will travel under the Eastholme Home to School Transport Policy for Children with SEND (2026) by taxi or minibus, each with a passenger assistant; maximum journey 45 minutes. [x] Policy attached as Appendix 4.")
    doc.add_heading("6. Funding and staffing", 1)
    table(doc, [
        ["Item", "Amount", "Source"],
        ["Capital (extension and outdoor classroom)", "£1,260,000", "High Needs Provision Capital Allocation 2025-26 (received)"],
        ["Revenue: place funding", "£160,000 a year (16 x £10,000)", "High Needs Block"],
        ["Revenue: top-up", "Band S2-S4 per pupil", "High Needs Block"],
    ])
    table(doc, [
        ["Staffing from 1 September 2027", "", "FTE"],
        ["Teaching", "Class teachers", "+2.0"],
        ["", "Assistant head (inclusion)", "+1.0"],
        ["Support", "Teaching assistants", "+6.0"],
        ["Therapy", "Psychotherapist (ICB), music therapist", "0.5 and 0.4"],
    ], merges=[(1, 0, 2, 0)])
    doc.add_heading("7. Timeline", 1)
    table(doc, [
        ["Date", "Milestone"],
        ["30 September 2026", "Written statement to providers"],
        ["2 November - 14 December 2026", "Consultation"],
        ["18 January 2027", "Statutory notice published"],
        ["15 February 2027", "Representation period ends"],
        ["10 March 2027", "Cabinet decision"],
        ["July 2027", "Extension complete"],
        ["1 September 2027", "56 places"],
    ])
    para(doc, "Signed: M. Osei, Director of Education, Eastholme County Council. Date: 18 January 2027.")
    doc.save(OUT / "12-tick-box-statutory-form-semh-primary-enlargement.docx")


# ------------------------------------------------------------------ 16

def doc16():
    doc = new_doc()
    doc.add_heading("Wrenbury City Council", 0)
    para(doc, "CABINET  |  8 September 2027  |  Agenda item 7", bold=True)
    doc.add_heading("Closure of The Laurels School and expansion of specialist SEMH provision", 1)
    table(doc, [
        ["Report details", ""],
        ["Report of", "Corporate Director, Children and Learning"],
        ["Cabinet member", "Cllr Owen Brightwell, Education"],
        ["Key decision", "Yes (forward plan ref. KD 2027/77)"],
        ["Wards affected", "Laurel Bank; Northmoor; St Giles"],
    ], merges=[(0, 0, 0, 1)])
    doc.add_heading("1. Recommendations", 2)
    numbered(doc, [
        "To determine the proposal to discontinue The Laurels School, a community special school for pupils aged 11-16 with behavioural, emotional and social difficulties (BESD), on 31 December 2027.",
        "To determine the proposal to enlarge Northmoor School (SEMH, 11-16) from 50 to 80 places from 4 January 2028.",
        "To note that 6 places will be commissioned at the St Giles Academy SEMH resourced provision from 4 January 2028.",
    ])
    doc.add_heading("2. Pupils at The Laurels", 2)
    para(doc, "The Laurels has 32 places and 26 pupils on roll. Every pupil has been allocated a place, to begin on the first day of the spring term 2028, as below. Each receiving governing body has confirmed in writing that it will admit the pupils named to it and will have the facilities to provide an appropriate curriculum (letters at Appendix C: Northmoor, 14 June 2027; St Giles Academy, 21 June 2027).")
    table(doc, [
        ["Receiving provision", "Pupils from The Laurels", "Places before", "Places from January 2028"],
        ["Northmoor School (SEMH special)", "20", "50", "80"],
        ["St Giles Academy SEMH resourced provision", "6", "8", "14"],
        ["The Laurels School", "-", "32", "closed"],
        ["Total SEMH/BESD specialist places in the city", "26", "90", "94"],
    ])
    para(doc, "Specialist SEMH places in the city rise from 90 to 94; the vacancies left after The Laurels' pupils are placed will be offered to the 9 Wrenbury pupils with SEMH EHCPs now in independent schools.")
    para(doc, "No pupil from The Laurels will attend the Wrenbury Learning Centre (the city's pupil referral unit), even for a short period.")
    doc.add_heading("3. The SEN Improvement Test", 2)
    table(doc, [
        ["Key factor", "Evidence"],
        ["(a) Access to education", "Pupils move from a school offering GCSE English and maths only to schools offering GCSEs in up to eight subjects, Level 1 vocational courses in hair and beauty and in motor vehicle (Northmoor's new workshops), and the St Giles mainstream timetable with resourced-provision support. Supports priority 2 of the Wrenbury Accessibility Strategy 2026-2029."],
        ["(b) Specialist staff", "Northmoor: CAMHS in-reach practitioner three days a week, educational psychologist one day a week, SLT one day a week. St Giles: SEMH specialist teacher 1.0 FTE. The SEMH outreach team will give each Laurels pupil four transition sessions in the autumn term 2027."],
        ["(c) Accommodation", "Northmoor: new block of six classrooms (54 m² each), two regulation rooms and two vocational workshops (90 m² each), £3.1m, complete December 2027. The Laurels' building is a former children's home with no specialist rooms."],
        ["(d) Places", "See the table in section 2."],
        ["(i) Providers", "Written statement of 3 February 2027 to the governing bodies of The Laurels, Northmoor and St Giles Academy, all secondary schools and academies, the Wrenbury Learning Centre's management committee and the two trusts, inviting written views by 17 March 2027; 13 written replies (Appendix B)."],
        ["(ii) Alternative provision", "Section 2: every pupil has a named place, confirmed in writing by both receiving governing bodies."],
        ["(iii) Transport", "Under the Wrenbury SEND Home to School Travel Policy (2026): minibus with a passenger assistant to Northmoor (journeys of at most 40 minutes); travel training or a bus pass with a travel buddy for St Giles pupils; routes from 4 January 2028."],
        ["(iv) Funding and staffing", "Capital £3.1m from the High Needs Provision Capital Allocation (received). Revenue: High Needs Block place funding for the 36 added places, £360,000 a year, plus existing top-up bands; The Laurels' budget ceases. Staffing: Northmoor +4.0 FTE teachers and +8.0 FTE teaching assistants; St Giles +1.0 FTE SEMH teacher and +2.0 FTE teaching assistants."],
    ])
    doc.add_heading("4. Decision", 2)
    para(doc, "Cabinet is asked to approve the recommendations at section 1.")
    doc.save(OUT / "16-cabinet-report-merged-cells-besd-closure.docx")


# ------------------------------------------------------------------ 19

def doc19():
    doc = new_doc()
    para(doc, "OAKHURST SCHOOL", bold=True)
    para(doc, "Severe and complex learning difficulties, ages 4-19  |  Beacon Road, Tanbridge TB2 5NN  |  Headteacher: Mrs L. Adeyemi")
    para(doc, "12 January 2027")
    para(doc, "Dear parents, carers and colleagues,")
    doc.add_heading("Consultation: an Oakhurst satellite class base at Tanbridge Park Primary School", 1)
    para(doc, "The governing body of Oakhurst School, with Tanbridge Borough Council, is consulting on opening a satellite of Oakhurst at Tanbridge Park Primary School from September 2027. The satellite would be part of Oakhurst: its pupils would be on Oakhurst's roll, taught by Oakhurst staff, in purpose-built rooms on the primary school's site.")
    boxed(doc, "Key facts", [
        "Oakhurst School places: 98 now; 114 from 1 September 2027 (16 primary places at the satellite).",
        "SLD special school places in Tanbridge: 98 now, 114 from September 2027.",
        "No pupil has to move: the satellite's places are new places, offered through the EHCP process to children starting school or joining Key Stage 1 and 2. Children now at Oakhurst stay on the Beacon Road site unless their families ask for a satellite place.",
        "Consultation closes: 23 February 2027.",
    ])
    doc.add_heading("What would children at the satellite gain?", 2)
    numbered(doc, [
        "Learning alongside mainstream peers: satellite pupils will join Tanbridge Park classes for assemblies, music, PE and playtimes each week, with an Oakhurst assistant, and follow Oakhurst's semi-formal curriculum in their own base. They will use the primary school's hall, library and outdoor play equipment. This is one of the actions of the Tanbridge Accessibility Strategy 2026-2029 (action 3.1, inclusive opportunities for pupils in special schools). We will also explore whether satellite pupils can join Tanbridge Park's after-school drama club.",
        "Specialist staff: the Oakhurst therapy team will work at the satellite: speech and language therapist one day a week, occupational therapist half a day a week (NHS), and the Oakhurst outreach teacher will support Tanbridge Park's own staff one afternoon a week.",
        "Accommodation: a new modular building of 210 m² on the Tanbridge Park site: two classrooms of 60 m², a hygiene room with a ceiling hoist, a sensory room and a secure outdoor area; installed July-August 2027 at a cost of £690,000.",
    ])
    doc.add_heading("Who have we asked?", 2)
    para(doc, "On 5 December 2026 the governing body and the Council wrote jointly to the governing body of Tanbridge Park Primary School, every other special school and every primary school in Tanbridge, and the Tanbridge Primary Partnership Trust, inviting them to send their views in writing by 23 February 2027. Tanbridge Park's governors have already written to agree to host the satellite (letter of 17 December 2026).")
    doc.add_heading("Transport", 2)
    para(doc, "Under the Council's SEND Home to School Transport Policy (2026), eligible satellite pupils will travel by minibus with a passenger assistant; no journey will be longer than 40 minutes. Routes will be confirmed to families by 1 July 2027.")
    doc.add_heading("Money and staff", 2)
    bullets(doc, [
        "Capital: £690,000 from Tanbridge's High Needs Provision Capital Allocation (Cabinet decision of 7 December 2026).",
        "Running costs: High Needs Block, £10,000 per place for the 16 new places (£160,000 a year) plus Oakhurst's top-up bands.",
        "Staffing at the satellite: 2.0 FTE teachers (one a satellite lead), 6.0 FTE teaching assistants, 0.5 FTE site and lunchtime support.",
    ])
    para(doc, "Please tell us what you think by 23 February 2027 on the form enclosed or at consult@oakhurst.tanbridge.sch.uk.")
    para(doc, "Yours faithfully,")
    para(doc, "J. Ferris, Chair of Governors                L. Adeyemi, Headteacher")
    doc.save(OUT / "19-governors-letter-to-parents-sld-satellite-base.docx")


# ------------------------------------------------------------------ 22

def doc22():
    doc = new_doc()
    doc.add_heading("Record of a key decision taken by a Cabinet Member", 0)
    table(doc, [
        ["Decision reference", "CMD/EDU/2027/14", "Date", "3 May 2027"],
        ["Council", "Mardon Hills District Council", "", ""],
        ["Decision maker", "Cllr Rachel Voss, Cabinet Member for Children, Young People and Education", "", ""],
        ["Subject", "Hearing impairment resourced provision: closure of the Hearing Support Base at Coldharbour Secondary School and enlargement of the base at Millfield Academy", "", ""],
    ], header=False, merges=[(1, 1, 1, 3), (2, 1, 2, 3), (3, 1, 3, 3)])
    doc.add_heading("Decision", 1)
    numbered(doc, [
        "To close the Hearing Support Base at Coldharbour Secondary School (8 places, 7 students) on 31 August 2027.",
        "To enlarge the Hearing Support Base at Millfield Academy from 12 to 24 places from 1 September 2027.",
        "To approve the capital scheme at Millfield Academy set out below.",
    ])
    doc.add_heading("Reasons", 1)
    numbered(doc, [
        "Coldharbour's base has had no qualified teacher of the deaf since July 2025 and its room is needed for the school's own growth. Secondary HI resourced places in the district rise from 20 now (Coldharbour 8, Millfield 12) to 24 from 1 September 2027, all at one better-equipped base; 5 secondary students with HI now travel out of the district.",
        "Access to education: students at Millfield will have radio aids and soundfield systems in every classroom they use, a BSL club, live captioning in assemblies, and the Academy's wider GCSE and BTEC options (22 subjects against Coldharbour's 14). The change supports objective 4 of the Mardon Hills Accessibility Strategy 2025-2028.",
        "Specialist staff: 2.0 FTE qualified teachers of the deaf (Coldharbour: none), a 1.0 FTE communication support worker, and the Council's educational audiologist one day a fortnight.",
        "Accommodation: the former library at Millfield (112 m²) will become an acoustically treated teaching room and a listening room, and acoustic treatment will be fitted to 14 classrooms; £380,000; works July-August 2027.",
        "Providers: on 8 February 2027 the Council sent a written statement to the governing bodies of Coldharbour, Millfield Academy (and its trust, the Mardon Learning Partnership), all other secondary schools and academies, and the primary HI base at Elmfield Primary, inviting written views by 22 March 2027; 9 written replies were received.",
        "Alternative provision: each of the 7 Coldharbour students has been offered a place at the Millfield base from 1 September 2027. The Mardon Learning Partnership confirmed in writing on 1 March 2027 that Millfield will admit all 7 and has the facilities to teach them their current GCSE courses.",
        "Transport: Millfield is 5 miles from Coldharbour. Under the Council's Home to School Transport Policy for Children and Young People with SEND (2026), each eligible student will have a shared taxi with a passenger assistant, journeys under 35 minutes, from 1 September 2027; independent travel training is offered.",
        "Funding: the capital scheme (£380,000) will be met from the Council's 2027-28 capital programme, subject to approval of that programme by Full Council on 17 July 2027. Revenue: High Needs Block place funding (£10,000 per place) and HI top-up band 3 move from Coldharbour to Millfield.",
        "Staffing at Millfield's base from September 2027: ToD 2.0 FTE, communication support worker 1.0 FTE, teaching assistants 3.0 FTE; Coldharbour's base teaching assistant is offered a post at Millfield.",
    ])
    doc.add_heading("Declarations of interest", 1)
    para(doc, "None.")
    para(doc, "Signed: R. Voss, Cabinet Member. Call-in deadline: 5pm, 10 May 2027.")
    doc.save(OUT / "22-cabinet-member-decision-record-hi-base-consolidation.docx")


# ------------------------------------------------------------------ 25

def doc25():
    doc = new_doc()
    doc.add_heading("Ravensholt County Council", 0)
    doc.add_heading("Consultation document: primary autism provision in the south of the county, 2027-2029", 1)
    content_control(doc, "Key facts", [
        "Phase 1 (Sept 2027): new 12-place ASC resourced provision (ARP) at Brook Lane Primary School.",
        "Phase 2 (Jan 2028): closure of the 8-place autism unit at Hill Top CE Primary School (Diocese of Ravensholt voluntary aided school).",
        "Phase 3 (Sept 2028): new 10-place ASC ARP at Sandford Community Primary School.",
        "Primary ASC resourced places in the south of the county: 8 now; 20 from September 2027; 12 from January 2028; 22 from September 2028.",
        "Consultation: 1 March to 12 April 2027.",
    ])
    doc.add_heading("1. Why change?", 2)
    para(doc, "Hill Top's unit is in a mobile classroom due for removal, has no outdoor space of its own and has had 3 teachers in charge in 2 years. Demand for primary ASC places in the south has doubled since 2022 (EHCPs naming ASC: 61 in 2022, 124 in 2026).")
    doc.add_heading("2. What children will gain", 2)
    numbered(doc, [
        "Access to education and facilities. At Brook Lane and Sandford, ARP pupils will be taught in the ARP base and in mainstream classes as their EHCPs set out, use a sensory room and sensory garden daily, have individual workstations and visual supports, and join school clubs and trips with ARP staff. This meets priority 2 of the Ravensholt Accessibility Strategy 2026-2029 (inclusive local provision for autistic pupils).",
        "Specialist staff. Each ARP will have a 1.0 FTE teacher in charge with a specialist autism qualification, an NHS speech and language therapist one day a week, and the county Autism Outreach Team one day a fortnight. Hill Top's unit has SLT half a day a fortnight.",
        "Accommodation. Brook Lane: a new two-classroom base (2 x 58 m²) with a sensory room and garden, £720,000, complete July 2027. Sandford: conversion of the former children's centre (two rooms of 55 m², sensory room, kitchen), £460,000, complete July 2028.",
    ])
    doc.add_heading("3. Children now at Hill Top's unit", 2)
    para(doc, "The 7 children in Hill Top's autism unit will stay at Hill Top, with support from the Autism Outreach Team, until a place becomes available for them at Brook Lane or Sandford. Their EHCPs will be reviewed in the autumn term 2027.")
    doc.add_heading("4. Views of schools", 2)
    para(doc, "On 25 January 2027 the Council sent a written statement to the governing bodies of Hill Top, Brook Lane and Sandford, the Diocese of Ravensholt Board of Education, all other primary schools in the south of the county and the two special schools, inviting written views by 12 April 2027. Brook Lane and Sandford governors have confirmed in writing that they will host the ARPs.")
    doc.add_heading("5. Transport", 2)
    para(doc, "Eligible children will travel under the Ravensholt SEND Home to School Transport Policy (2026): minibus or taxi with a passenger assistant, no journey over 40 minutes.")
    doc.add_heading("6. Funding and staffing", 2)
    table(doc, [
        ["", "Brook Lane ARP", "Sandford ARP"],
        ["Capital", "£720,000", "£460,000"],
        ["Capital source", "High Needs Provision Capital Allocation 2026-27 (received)", ""],
        ["Revenue", "High Needs Block, £10,000 per place plus top-up band A3", ""],
        ["Teacher in charge (FTE)", "1.0", "1.0"],
        ["Teaching assistants (FTE)", "4.0", "3.0"],
    ], merges=[(2, 1, 2, 2), (3, 1, 3, 2)])
    doc.save(OUT / "25-consultation-document-phased-asc-arps-unit-closure.docx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (doc06, doc12, doc16, doc19, doc22, doc25):
        build()
    print("built 6 Word documents in", OUT)
