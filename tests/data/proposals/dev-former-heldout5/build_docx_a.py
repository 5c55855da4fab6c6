"""Build part a's Word documents of the heldout5 proposal corpus.

Usage: python tests/data/proposals/heldout5/build_docx_a.py [OUT_DIR]

Writes 04, 10, 15, 21, 23 and 25 (python-docx: headings, numbered and bulleted
paragraphs, tables, a header and a footer with a PAGE field).  Document 10 is a
decision record whose boxes are content controls (w:sdt); document 21 puts its
key facts in a text box.  The bytes differ from build to build; the text does
not.
"""

import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"


def _page_field(paragraph):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _sdt_block(doc, tag, label, paragraphs):
    """Append a block-level content control holding `paragraphs` (a list of str)."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    xml = (
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{_esc(label)}"/>'
        f'<w:tag w:val="{tag}"/><w:id w:val="{abs(hash(tag)) % 100000}"/></w:sdtPr>'
        f"<w:sdtContent>{body}</w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def _text_box(doc, paragraphs):
    """Append a paragraph holding a VML text box with `paragraphs` inside."""
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}"><w:pict>'
        '<v:shape type="#_x0000_t202" style="width:420pt;height:210pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r>"
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


def build(items, header, footer):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer + " | Page "
    _page_field(fp)
    for kind, *rest in items:
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind == "h1":
            doc.add_heading(rest[0], level=1)
        elif kind == "h2":
            doc.add_heading(rest[0], level=2)
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "lead":  # bold lead-in, then text
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
            p.add_run(" " + rest[1])
        elif kind == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "num":
            doc.add_paragraph(rest[0], style="List Number")
        elif kind == "table":
            rows = rest[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        elif kind == "sdt":
            _sdt_block(doc, rest[0], rest[1], rest[2])
        elif kind == "textbox":
            _text_box(doc, rest[0])
        else:
            raise ValueError(kind)
    return doc


DOCS = {}

DOCS["04-cabinet-report-close-coldharbour-semh-orchard-alias.docx"] = (
    "London Borough of Marlesford — Cabinet — 10 February 2027",
    "OFFICIAL",
    [
        ("title", "Proposed closure of Coldharbour School and enlargement of Larkhall School"),
        ("p", "Report of the Strategic Director, Children and Young People. Cabinet Member: Cllr A. Whitlock. Key decision: yes. Wards: all."),
        ("h1", "1. Summary"),
        ("p", "1.1 Coldharbour School is a community special school for 40 pupils aged 11 to 16 with social, emotional and mental health needs, designated in 2003 for pupils with emotional and behavioural difficulties. Its site at Coldharbour Rise is to be returned to housing use under the borough's Local Plan. The Council proposes to close Coldharbour on 31 August 2027 and to enlarge Larkhall School, the borough's other SEMH special school, from 50 to 94 places on its Hawthorn Road site."),
        ("p", "1.2 Secondary-age pupils at risk of exclusion and those who are excluded are taught at the Orchard Centre (the borough's pupil referral unit) in Elm Grove, which has 48 places. No Coldharbour pupil will be placed in a pupil referral unit for longer than six school weeks."),
        ("h1", "2. Recommendations"),
        ("p", "2.1 That Cabinet approves the publication of the statutory proposals to close Coldharbour School and to enlarge Larkhall School from 1 September 2027."),
        ("h1", "3. Places"),
        ("table", [
            ["SEMH special school places", "Now", "From September 2027"],
            ["Coldharbour School", "40", "0"],
            ["Larkhall School", "50", "94"],
            ["Borough total", "90", "94"],
        ]),
        ("h1", "4. Where Coldharbour pupils will go"),
        ("p", "4.1 There are 37 pupils at Coldharbour; 8 are in Year 11 and will leave in July 2027."),
        ("p", "4.2 The 21 pupils who will be in Years 8 to 10 in September 2027 will transfer to Larkhall School. Larkhall's headteacher and chair of governors have indicated their support at the SEND Partnership Board on 12 November 2026."),
        ("p", "4.3 The 8 pupils who will be in Year 11 in September 2027 have been at Coldharbour since Year 7 and have asked to stay together. They will be educated at the Orchard for the rest of their secondary education, with two Coldharbour teachers, and their EHC plans will be amended accordingly. The Orchard's teacher in charge attended the same Partnership Board meeting."),
        ("h1", "5. Educational benefits"),
        ("p", "5.1 Larkhall's new block will give pupils a science laboratory, a food technology room and a music studio. Key Stage 4 pupils will be able to take GCSE combined science, food preparation and nutrition and music, and a Level 1 award in horticulture using the school's allotment. This contributes to Priority 2 of the Marlesford Accessibility Strategy 2025-2028 (a broad curriculum for disabled pupils)."),
        ("p", "5.2 Larkhall employs a clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE), neither of which Coldharbour has; the Marlesford SEMH Outreach Service will move its base to Larkhall and give its pupils returning to mainstream schools one day a week of an advisory teacher."),
        ("h1", "6. Accommodation"),
        ("p", "6.1 A three-storey block of 1,240 m² will be built at Hawthorn Road: ten classrooms for groups of eight, the laboratory, food room and studio, three therapy rooms and a calm room, between February and August 2027, at a cost of £6.3 million."),
        ("h1", "7. Consultation"),
        ("p", "7.1 On 5 June 2026 the Council sent a written statement on the proposed pattern of SEMH provision to the governing bodies of Coldharbour and Larkhall, the Orchard Centre's management committee, all Marlesford secondary schools and academies, and the neighbouring boroughs, inviting each to set out its views in writing. 28 responses were received; a summary is at Appendix A."),
        ("h1", "8. Transport"),
        ("p", "8.1 Pupils eligible under the Council's Travel Assistance Policy for Children and Young People with SEND (2025) will travel to Larkhall or the Orchard by contracted minibus with a passenger assistant, or by taxi where a risk assessment requires it; no journey will exceed 45 minutes. Older pupils will be offered independent travel training."),
        ("h1", "9. Financial and staffing implications"),
        ("p", "9.1 Capital: £6.3 million, from the High Needs Provision Capital Allocation (£3.8 million) and the Council's Capital Programme 2026-2030 (£2.5 million). Revenue from the High Needs Block: Larkhall's budget rises by £1.12 million a year for 44 more places; the Orchard receives £196,000 a year for the eight pupils; Coldharbour's budget of £1.05 million ends."),
        ("p", "9.2 Staffing: Larkhall adds 7.0 FTE teachers and 12.0 FTE teaching assistants; two Coldharbour teachers (2.0 FTE) and two teaching assistants (2.0 FTE) move to the Orchard. Other Coldharbour staff will be offered posts through the redeployment procedure."),
        ("h1", "Appendices"),
        ("bullet", "Appendix A: summary of consultation responses"),
        ("bullet", "Appendix B: equality impact assessment"),
    ],
)

DOCS["10-decision-record-lantern-medical-needs-centre-subject-to-approval.docx"] = (
    "Rowley Heath Metropolitan Borough Council — Executive Decision Record",
    "Template DR-3 (2024)",
    [
        ("title", "Executive Decision Record"),
        ("p", "Complete every box. Boxes left empty will delay publication."),
        ("sdt", "ref", "Decision reference", ["EDR/CYP/2026/0412"]),
        ("sdt", "maker", "Decision maker", ["Cabinet Member for Education and Skills, Cllr P. Osei"]),
        ("sdt", "date", "Date of decision", ["30 November 2026"]),
        ("sdt", "title", "Title of decision", ["Establishment of The Lantern, a medical needs education centre of the Rowley Heath Pupil Referral Service, at Brierley Road"]),
        ("h2", "1. Decision"),
        ("sdt", "decision", "Decision", [
            "1.1 To establish The Lantern, a 16-place centre of the Rowley Heath Pupil Referral Service for pupils aged 11 to 16 who cannot attend school because of physical or mental health needs, at the former Brierley Road Clinic, from 1 September 2027.",
            "1.2 The borough has no such places now; these pupils receive at most five hours a week of home tuition. This is new provision and no pupil is displaced.",
        ]),
        ("h2", "2. Reasons for the decision, including the educational benefits"),
        ("sdt", "reasons", "Reasons", [
            "2.1 Pupils will be taught for 25 hours a week instead of five, in groups of up to six, with GCSE English, maths, combined science and art, and a blended timetable that lets them join lessons at their own school by video link. The Lantern will have a science room, an art room and a sensory and recovery room. This implements Action 6 of the Council's Accessibility Strategy 2025-2028 ('pupils with medical needs have full-time education').",
            "2.2 A CAMHS clinician will hold sessions at The Lantern on Tuesdays and Thursdays, the children's community nursing team will visit weekly, and the Educational Psychology Service will give one day a fortnight.",
            "2.3 The former clinic (390 m², single storey) will be converted into four classrooms, the science and art rooms, the recovery room, a kitchen and an office between March and August 2027, with a ramp and accessible toilets.",
        ]),
        ("h2", "3. Consultation"),
        ("sdt", "consultation", "Consultation undertaken", [
            "3.1 On 14 September 2026 the Council sent a written statement on the proposed pattern of medical needs education to the management committee of the Pupil Referral Service, all secondary schools and academies in the borough, the Black Country Healthcare NHS Foundation Trust and the children's hospital school in the neighbouring authority, inviting each to set out its views. 19 of 21 replied in support.",
        ]),
        ("h2", "4. Transport"),
        ("sdt", "transport", "Transport", [
            "4.1 Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND and Medical Needs (2025) will be collected by taxi with a passenger assistant, or a minibus on two routes; no journey will be longer than 40 minutes. Pupils well enough to travel on their own will have a bus pass.",
        ]),
        ("h2", "5. Financial implications"),
        ("sdt", "finance", "Financial implications", [
            "5.1 The conversion will be funded from the Council's capital programme, subject to approval. Running costs will be met from the High Needs Block, subject to Schools Forum approval in January 2027.",
        ]),
        ("h2", "6. Staffing"),
        ("sdt", "staffing", "Staffing", [
            "6.1 A 1.0 FTE centre lead, 3.0 FTE teachers, 2.0 FTE teaching assistants and a 0.5 FTE administrator, appointed by the Pupil Referral Service from June 2027.",
        ]),
        ("h2", "7. Alternatives considered"),
        ("sdt", "alternatives", "Alternatives", [
            "7.1 More home tuition (rejected: it cannot give full-time education); commissioning places in a neighbouring authority's hospital school (rejected: journeys over an hour).",
        ]),
        ("sdt", "conflicts", "Conflicts of interest declared", ["None."]),
        ("sdt", "signature", "Signed", ["P. Osei, Cabinet Member for Education and Skills, 30 November 2026"]),
    ],
)

DOCS["15-consultation-amalgamate-dorcaster-prus-staffing-vague.docx"] = (
    "Dorcaster County Council — Consultation — December 2026",
    "Dorcaster County Council, County Hall, Colliton Park",
    [
        ("title", "Bringing together the Wessex Heights Pupil Referral Unit and the Medical Needs Tuition Service"),
        ("p", "A consultation with schools, families and partners, 1 December 2026 to 29 January 2027."),
        ("h1", "Part 1: The proposal"),
        ("p", "1.1 Dorcaster County Council proposes to amalgamate its two pupil referral units, the Wessex Heights PRU (Sherford, for pupils at risk of or following exclusion) and the Medical Needs Tuition Service (Bridmouth, for pupils unable to attend school for health reasons), into a single pupil referral unit, the Dorcaster Inclusion and Medical Education Service (DIMES), with one management committee, from 1 April 2027."),
        ("p", "1.2 Both sites stay open. Every pupil stays on the same site, with the same teachers, and transfers to the roll of DIMES on 1 April 2027. No pupil is displaced."),
        ("p", "1.3 At the same time a new Key Stage 2 group will open on the Sherford site for primary pupils at risk of permanent exclusion."),
        ("h1", "Part 2: Places"),
        ("table", [
            ["Site", "Places now", "Places from September 2027"],
            ["Sherford: Key Stages 3 and 4", "45", "45"],
            ["Sherford: Key Stage 2 group (new)", "0", "10"],
            ["Bridmouth: medical needs", "20", "20"],
            ["DIMES total", "65", "75"],
        ]),
        ("h1", "Part 3: What pupils will gain"),
        ("num", "Pupils at Bridmouth will be able to take the Sherford site's BTEC courses in construction and in animal care, with transport between the sites, and Sherford pupils will be able to use Bridmouth's online learning platform when they are ill."),
        ("num", "Key Stage 2 pupils will have a nurture classroom, a Forest School area and a curriculum planned with their own primary school, to which the aim is to return them within two terms."),
        ("num", "The single service supports Theme 3 of the Dorcaster Accessibility Strategy 2024-2027, which asks that pupils in alternative provision and pupils with medical needs have the same access to courses and facilities as other pupils."),
        ("h1", "Part 4: Specialist staff"),
        ("p", "4.1 DIMES will have its own educational psychologist for two days a week (now the two PRUs share three days a month), a mental health practitioner from the Dorset and Wessex Mental Health Support Team for three days a week, and a speech and language therapist who will screen every Key Stage 2 pupil on entry (0.2 FTE)."),
        ("h1", "Part 5: Accommodation"),
        ("p", "5.1 Two former caretaker's flat rooms and a store at Sherford (together 96 m²) will be converted into the Key Stage 2 classroom (58 m²) and a nurture room (24 m²), with a fenced Forest School area, between April and August 2027, at a cost of £188,000."),
        ("h1", "Part 6: Who we have asked"),
        ("p", "6.1 On 6 October 2026 the Council sent a written statement on the proposed pattern of alternative and medical needs provision to the management committees of both PRUs, all Dorcaster schools and academies, the Dorset and Wessex NHS trust and Bridmouth Hospital's children's unit, inviting each to set out its views in writing. Responses will be reported to Cabinet in March 2027."),
        ("h1", "Part 7: Transport"),
        ("p", "7.1 Under the Council's Home to School Transport Policy for Children and Young People with SEND and in Alternative Provision (2026), Key Stage 2 pupils will travel to Sherford in a minibus with a passenger assistant on three routes (no journey over 50 minutes). A daily minibus will run between Bridmouth and Sherford for pupils taking the BTEC courses."),
        ("h1", "Part 8: Funding and staffing"),
        ("p", "8.1 Capital: £188,000 from the High Needs Provision Capital Allocation 2026-27. Revenue: the two PRUs' budgets (£1.46 million together) are combined, and the Key Stage 2 group adds £175,000 a year from the High Needs Block."),
        ("p", "8.2 Staffing: DIMES will be staffed appropriately, in line with a new staffing structure for the combined service that will be drawn up by the interim headteacher and consulted on with staff in 2027."),
        ("h1", "Part 9: How to respond"),
        ("bullet", "Online: dorcaster.example.gov.uk/dimes"),
        ("bullet", "By post: DIMES Consultation, County Hall, Colliton Park"),
        ("bullet", "At the drop-in sessions at Sherford (12 January) and Bridmouth (14 January), 4 to 6 pm"),
    ],
)

DOCS["21-scrutiny-paper-sensory-support-msi-base-key-facts-box.docx"] = (
    "Cannockshire County Council — Children and Young People's Overview and Scrutiny Committee",
    "Item 7 — 14 January 2027",
    [
        ("title", "Transfer of the Sensory Support Service to Holmcroft Academy and a new multi-sensory impairment base"),
        ("p", "Report of the Director for Children and Families. For pre-decision scrutiny before Cabinet on 18 February 2027."),
        ("textbox", [
            "KEY FACTS",
            "New multi-sensory impairment (MSI) base at Holmcroft Academy: 10 places for pupils aged 4 to 19 whose EHC plans name multi-sensory impairment (deafblindness). Places now in the county: 0. Opens 1 September 2027.",
            "Sensory Support Service (hearing, vision and MSI outreach): transfers to the Holmcroft Learning Trust on 1 April 2027; caseload about 640 pupils in 290 settings.",
            "Capital: £540,000 from the High Needs Provision Capital Allocation 2026-27.",
            "Revenue: MSI base £310,000 a year from the High Needs Block (10 places at £10,000 plus band 5 top-up of £21,000); Sensory Support Service contract £2.12 million a year from the High Needs Block (unchanged).",
        ]),
        ("h1", "1. Purpose"),
        ("p", "1.1 To ask the Committee to scrutinise the proposal summarised in the key facts box above before Cabinet decides on it."),
        ("h1", "2. Background"),
        ("p", "2.1 Cannockshire has no specialist provision for children with multi-sensory impairment. Seven children now travel to a non-maintained school 70 miles away, four of them as weekly boarders. The Sensory Support Service is the Council's outreach service for pupils with hearing, vision and multi-sensory impairment in mainstream and special schools and early years settings."),
        ("p", "2.2 Holmcroft Academy is a special academy for pupils with severe and profound learning difficulties, rated outstanding in 2024, run by the Holmcroft Learning Trust."),
        ("h1", "3. What will be better for children"),
        ("p", "3.1 Children in the MSI base will follow an intervenor-led curriculum (the Sense MSI curriculum framework), with daily tactile signing and Moon and braille teaching, a hydrotherapy pool and a dark room for functional vision work, and rebound therapy; they will join Holmcroft's sensory drama and music sessions."),
        ("p", "3.2 Children supported by the outreach service will get a first visit within 15 school days (now 30), and the service's specialist equipment library (radio aids, magnifiers, CCTV readers) will move to Holmcroft, with weekend loans for families."),
        ("p", "3.3 The proposal carries out Priority 4 of the Cannockshire Accessibility Strategy 2025-2028 (specialist provision for low-incidence needs within the county)."),
        ("h1", "4. Specialist staff"),
        ("p", "4.1 The base will have a qualified teacher of multi-sensory impaired children (1.0 FTE) and four trained intervenors. The Trust's physiotherapist and the NHS habilitation specialist will each give the base one day a week. The outreach service keeps its 9.4 FTE qualified teachers of the deaf and of the visually impaired, and adds a 0.6 FTE MSI teacher for outreach."),
        ("h1", "5. Accommodation"),
        ("p", "5.1 The former residential lodge at Holmcroft (230 m²) will be converted into two classrooms, a dark room, a soft play and rebound room and a hygiene suite with ceiling hoists, between April and August 2027. The outreach service will have offices and its equipment library in the Trust's business centre."),
        ("h1", "6. Consultation"),
        ("p", "6.1 On 16 September 2026 the Council sent a written statement on the proposed pattern of sensory impairment provision to the Holmcroft Learning Trust, the governing bodies and trusts of every special school in the county, the primary and secondary headteacher associations, the non-maintained school now attended by Cannockshire children, and the NHS audiology and ophthalmology services, inviting each to set out its views in writing. All 17 who replied supported the proposal."),
        ("h1", "7. Transport"),
        ("p", "7.1 Children eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2026) will travel to Holmcroft in an adapted vehicle with a trained passenger assistant who knows their communication system; the longest planned journey is 45 minutes (now up to 2 hours each way)."),
        ("h1", "8. Staffing"),
        ("p", "8.1 MSI base: 1.0 FTE MSI teacher, 4.0 FTE intervenors, 0.5 FTE administrator. Outreach service: 9.4 FTE specialist teachers plus 0.6 FTE MSI teacher, 3.0 FTE specialist teaching assistants and 1.0 FTE equipment technician, transferring under TUPE."),
        ("h1", "9. No pupil is displaced"),
        ("p", "9.1 The base is new provision and the outreach service continues to support the same children. The seven children now at the non-maintained school will move only if their parents choose to, at annual review."),
        ("h1", "10. Recommendation"),
        ("p", "10.1 That the Committee comments on the proposal for Cabinet."),
    ],
)

DOCS["23-governors-proposal-st-petrocs-foundation-asd-provision.docx"] = (
    "St Petroc's School (a foundation school) — Governing Body",
    "Published under the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013",
    [
        ("title", "Proposal by the governing body of St Petroc's School, Torbridge, to establish resourced provision for autistic pupils"),
        ("p", "Proposer: the governing body of St Petroc's School, a foundation secondary school for pupils aged 11 to 18, Barnfield Road, Torbridge. Local authority: Torbridge Council. Date of publication: 16 November 2026."),
        ("h1", "1. The proposal"),
        ("p", "1.1 The governing body proposes to establish provision reserved for pupils with special educational needs at St Petroc's from 1 September 2027: a resourced provision of 20 places for pupils aged 11 to 16 whose EHC plans name autism as their primary need. As the governors of a foundation school, we have set out below how the proposal meets each key factor of the SEN Improvement Test."),
        ("h1", "2. Places"),
        ("table", [
            ["Year of opening", "Year 7", "Year 8", "Years 9-11", "Total places"],
            ["September 2027", "6", "4", "0", "10"],
            ["September 2028", "6", "6", "8", "20"],
        ]),
        ("p", "2.1 There is no autism resourced provision in a secondary school in Torbridge now. The Council's sufficiency plan (2026) counts 34 autistic pupils of secondary age in independent or out-of-area schools."),
        ("p", "2.2 No pupil is displaced: the places are new and filled through the EHC plan process."),
        ("h1", "3. Educational benefits"),
        ("p", "3.1 Access to education. Pupils will be on the roll of St Petroc's and taught in mainstream classes for most subjects, with a personalised timetable, and in the base for social communication, life skills and 'catch-up' lessons. They will have access to the school's full GCSE and BTEC options, its sixth form, and a supported Duke of Edinburgh's Award group. The base will provide a low-arousal room, an outdoor decompression garden and individual workstations. The proposal contributes to Aim 1 of Torbridge Council's Accessibility Strategy 2025-2028 (increasing disabled pupils' participation in the curriculum of mainstream schools)."),
        ("p", "3.2 Specialist staff. The base teacher will hold an autism qualification (PG Cert); Torbridge Council's Autism and Communication Outreach Team will give the base one day a week for two years; a speech and language therapist from Torbay and Torbridge Community Health will work in the base one day a week; the school's own educational psychology time will rise from 6 to 12 days a year."),
        ("p", "3.3 Accommodation. A single-storey extension of 210 m² will be built beside the library: two teaching rooms (55 m² and 45 m²), the low-arousal room, a kitchen for life skills, a quiet garden and an office, from March to August 2027, at a cost of £720,000."),
        ("h1", "4. Providers' views"),
        ("p", "4.1 On 2 July 2026 the governing body and Torbridge Council sent a joint written statement on the proposed change in autism provision to the governing bodies and trusts of all Torbridge secondary schools, the two special schools, Torbridge College and the Diocese of Exmouth, inviting each to set out its views in writing. Nine of eleven replied; all supported the proposal, and Torbridge College offered link courses for Year 11."),
        ("h1", "5. Transport"),
        ("p", "5.1 Pupils eligible under Torbridge Council's Home to School Transport Policy for Children and Young People with SEND (2025) will be offered a minibus or taxi with a passenger assistant; journeys will be no longer than 45 minutes. Independent travel training will be offered from Year 9."),
        ("h1", "6. Funding"),
        ("table", [
            ["Item", "Amount", "Source"],
            ["Extension and fit-out", "£720,000", "Torbridge Council, High Needs Provision Capital Allocation 2026-27"],
            ["Place funding (20 places)", "£200,000 a year", "High Needs Block (£10,000 per place)"],
            ["Top-up (average band 3)", "£182,000 a year", "High Needs Block"],
        ]),
        ("h1", "7. Staffing"),
        ("p", "7.1 From September 2027: a 1.0 FTE base teacher and 2.0 FTE teaching assistants. From September 2028: 2.0 FTE teachers, 4.0 FTE teaching assistants and a 0.5 FTE base administrator. Posts will be appointed by the governing body."),
        ("h1", "8. Objections and comments"),
        ("p", "8.1 Within four weeks of publication anyone may object to or comment on this proposal by writing to the Clerk to the Governors, St Petroc's School, Barnfield Road, Torbridge."),
    ],
)

DOCS["25-delegated-decision-relocate-primary-pru-nottbridge-transport-no-policy.docx"] = (
    "Nottbridge City Council — Record of a decision taken by an officer under delegated powers",
    "Nottbridge City Council",
    [
        ("title", "Relocation of the Oak Tree Primary Pupil Referral Unit from Carlton Street to the former Bestwood Infant School"),
        ("table", [
            ["Decision number", "ODN 3412"],
            ["Decision maker", "Corporate Director for People"],
            ["Date", "18 November 2026"],
            ["Portfolio", "Children, Young People and Schools"],
        ]),
        ("h1", "1. Decision"),
        ("p", "1.1 To relocate the Oak Tree Primary Pupil Referral Unit (Key Stages 1 and 2) from its leased premises at 14 Carlton Street to the Council-owned former Bestwood Infant School, Beech Avenue, from 19 April 2027, and to increase its commissioned places from 16 to 24."),
        ("h1", "2. Reasons"),
        ("p", "2.1 The Carlton Street premises are two converted shops with no outdoor space; the lease ends in April 2027. In 2025-26, 22 children waited more than four weeks for a place."),
        ("p", "2.2 The whole PRU moves: every child on the roll on 16 April 2027 continues at Bestwood with the same staff. No child is displaced."),
        ("h1", "3. Benefits for children"),
        ("p", "3.1 Children will have a playground and a garden for the first time, a hall for PE and assemblies, a forest area for outdoor learning, and a nurture room; they will follow the full Key Stage 1 and 2 curriculum, with swimming lessons at Bestwood Leisure Centre next door. Bestwood is single-storey and fully accessible, in line with Objective 2 of the Nottbridge Accessibility Strategy for Schools 2025-2028."),
        ("p", "3.2 The Educational Psychology Service will give the PRU one day a week (now one day a fortnight) and a speech and language therapist from Nottbridge CityCare will screen every child on entry and work in the PRU on Monday mornings (0.1 FTE)."),
        ("h1", "4. Accommodation"),
        ("p", "4.1 The former infant school (680 m²) will be refurbished between January and March 2027: four classrooms of 50 m² for groups of six, the hall, the nurture room, a therapy room and a family room, and the playground resurfaced, at a cost of £465,000."),
        ("h1", "5. Consultation"),
        ("p", "5.1 On 7 September 2026 the Council sent a written statement on the proposed change to primary alternative provision to the PRU's management committee, every primary school and academy in the city and the two primary special schools, inviting each to set out its views in writing. 48 of 71 responded; 46 supported the move."),
        ("h1", "6. Transport"),
        ("p", "6.1 Children will be collected from home each morning by one of three minibuses, each with a passenger assistant, and taken home at 3 pm; the longest journey will be 35 minutes. Children whose own school is collecting them for part-time attendance will be taken back to school by taxi at lunchtime."),
        ("h1", "7. Financial implications"),
        ("p", "7.1 Capital: £465,000 from the Council's Capital Programme 2026-27 (Schools Condition line, approved 24 February 2026). Revenue: 8 more places at £10,000 plus a top-up of £7,500, £140,000 a year, from the High Needs Block; the Carlton Street lease (£38,000 a year) ends."),
        ("h1", "8. Staffing"),
        ("p", "8.1 4.0 FTE teachers (now 3.0), 6.0 FTE teaching assistants (now 4.0), a 1.0 FTE family support worker and a 0.5 FTE site manager."),
        ("h1", "9. Other options"),
        ("bullet", "Renewing the Carlton Street lease: rejected (no outdoor space, too small)."),
        ("bullet", "Moving the PRU into a mainstream primary school: rejected (no school had three spare classrooms)."),
    ],
)


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, (header, footer, items) in DOCS.items():
        build(items, header, footer).save(out / name)
        print(out / name)


if __name__ == "__main__":
    main(sys.argv)
