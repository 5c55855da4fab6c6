"""Build part a's Word documents of the heldout6 corpus.

Usage: python tests/data/proposals/heldout6/build_docx_a.py [OUT_DIR]

Each document is a list of blocks; the script writes title and headings,
numbered and bulleted paragraphs, tables, content controls (w:sdt, as a
council template's fill-in boxes) and text boxes (VML w:txbxContent), with a
header and a footer carrying a PAGE field. The bytes differ from build to
build; the text does not.
"""

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _page_field(paragraph):
    run = paragraph.add_run()
    for kind, extra in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            run._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="{kind}"/>'))
        else:
            run._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve">{extra}</w:instrText>'))


def _sdt(doc, label, text):
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    xml = (
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{_esc(label)}"/><w:tag w:val="{_esc(label)}"/>'
        f'</w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>'
    )
    doc.add_paragraph().add_run(label).bold = True
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def _textbox(doc, lines):
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>' for line in lines
    )
    xml = (
        f'<w:r {W} {V}><w:pict><v:shape style="width:420pt;height:220pt" stroked="t">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    doc.add_paragraph()._p.append(parse_xml(xml))


def build(blocks, header, footer, out):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    fp = section.footer.paragraphs[0]
    fp.text = footer + "   Page "
    _page_field(fp)
    for block in blocks:
        kind, *rest = block
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind in ("h1", "h2"):
            doc.add_heading(rest[0], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(rest[0])
        elif kind == "lead":
            p = doc.add_paragraph()
            p.add_run(rest[0]).bold = True
            p.add_run(" " + rest[1])
        elif kind == "num":
            doc.add_paragraph(rest[0], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif kind == "table":
            rows = rest[0]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "sdt":
            _sdt(doc, rest[0], rest[1])
        elif kind == "textbox":
            _textbox(doc, rest[0])
        else:
            raise ValueError(kind)
    doc.save(out)


DOCS = {}

DOCS["07-cabinet-report-relocate-hollins-brook-pmld"] = dict(
    header="Moorside Metropolitan Borough Council - Cabinet - 19 November 2026 - Agenda item 9",
    footer="OFFICIAL",
    blocks=[
        ("title", "Report to Cabinet: Relocation of Hollins Brook School to the Tonge Fold site"),
        ("lead", "Report of:", "Strategic Director, Children's Services"),
        ("lead", "Portfolio:", "Cabinet Member for Education and Skills"),
        ("lead", "Wards affected:", "Tonge with the Haulgh; Breightmet"),
        ("h1", "1. Purpose"),
        ("p", "1.1 To seek approval to publish a statutory proposal to transfer Hollins Brook School, a community special school for 54 pupils aged 2 to 19 with profound and multiple learning difficulties (PMLD) and complex medical needs, from its site at Hollins Lane to a new building on the Tonge Fold site, 1.8 miles away, from 1 September 2028, and to enlarge it to 70 places."),
        ("h1", "2. Recommendations"),
        ("p", "2.1 That Cabinet approves the publication of the statutory proposal described in section 4."),
        ("p", "2.2 That Cabinet approves capital spending of £14.6 million as set out in section 9."),
        ("h1", "3. Background"),
        ("p", "3.1 Hollins Brook occupies a 1958 building on three levels with one lift. Eleven of its 54 pupils use wheelchairs and cannot reach the first-floor classrooms when the lift fails, which happened on 23 school days in 2025-26. There is no hydrotherapy pool and no space for the physiotherapy equipment pupils' EHC plans specify."),
        ("h1", "4. The proposal"),
        ("p", "4.1 The school, with all its pupils, staff and governing body, will move to the new building on 1 September 2028. It keeps its name, its designation (PMLD and complex medical needs, 2 to 19) and its headteacher. No pupil will have to find another school: every pupil on roll in July 2028 will continue at Hollins Brook in the new building."),
        ("p", "4.2 The number of places will rise from 54 to 70."),
        ("h1", "5. Benefits for pupils"),
        ("p", "5.1 Access to education and associated services. All teaching rooms will be on the ground floor. Pupils will have daily access to a hydrotherapy pool, a rebound therapy room with a trampoline and hoist, a sensory garden and a multi-sensory studio, and post-16 students will have a life-skills flat in which to work towards ASDAN Towards Independence modules. This meets objectives 1 and 2 of the Moorside Accessibility Strategy 2025-2028 (physical access and access to the curriculum for disabled pupils)."),
        ("p", "5.2 Access to specialist staff. The NHS children's community therapy team will be based in a therapy suite in the new building: physiotherapists (1.6 FTE) and occupational therapists (0.8 FTE) will be on site every day, against visits twice a week now. A school nurse will be on site throughout the school day (1.0 FTE, funded by the integrated care board). The council's sensory support service (vision and hearing) will hold weekly sessions."),
        ("p", "5.3 Accommodation. The new single-storey building (3,050 m²) has ten classrooms of 70 m², each with its own hygiene room and ceiling track hoists, a hydrotherapy pool of 8 m by 5 m, the therapy suite, a medical room and a dining hall. Construction will start in June 2027 and finish in July 2028."),
        ("p", "5.4 Places. PMLD special school places in the borough rise from 54 to 70 from 1 September 2028, ending the placement of 12 Moorside children in schools in neighbouring boroughs as they reach transition points."),
        ("h1", "6. Consultation"),
        ("p", "6.1 On 4 June 2026 the council sent a written statement of the proposal to the governing body of Hollins Brook, the governing bodies of the borough's other seven special schools, the two mainstream schools nearest to Tonge Fold and the NHS trust, inviting each to set out its views in writing. All ten replied; all support the proposal. The replies are listed at Appendix 2."),
        ("p", "6.2 Parents were consulted at four meetings and through a survey (118 responses, 91% in support)."),
        ("h1", "7. Displaced pupils"),
        ("p", "7.1 None. The school moves as a whole with its pupils, as paragraph 4.1 sets out."),
        ("h1", "8. Transport"),
        ("p", "8.1 All current pupils receive travel assistance under the council's Travel Assistance Policy for Children and Young People with SEND (2024), and will continue to. Pupils travel in adapted minibuses with wheelchair tie-downs and a trained passenger assistant; a nurse escort travels with the four pupils who need oxygen or suction. The routes have been re-planned for Tonge Fold: the longest journey falls from 55 to 40 minutes."),
        ("h1", "9. Funding and staffing"),
        ("table", [
            ["Item", "Sum", "Source"],
            ["Capital: new building", "£13.9 million", "High Needs Provision Capital Allocation 2024-2027"],
            ["Capital: pool and therapy equipment", "£0.7 million", "Council capital programme 2026-27 (approved February 2026)"],
            ["Revenue: 16 additional places", "£656,000 a year", "High Needs Block (£41,000 per place)"],
        ]),
        ("p", "9.1 Staffing for the additional 16 places: two teachers (2.0 FTE) and eight teaching assistants (8.0 FTE), keeping the ratio of one adult to two pupils; the school's existing 61 staff transfer with the school."),
        ("h1", "10. Appendices"),
        ("bullet", "Appendix 1: Site plan and floor plans"),
        ("bullet", "Appendix 2: Providers' written responses (list)"),
    ],
)

DOCS["08-statutory-notice-bowland-edge-sixth-form"] = dict(
    header="Lune and Wyre Council",
    footer="Statutory notice - Bowland Edge School",
    blocks=[
        ("title", "Statutory Notice: Proposal to Change the Age Range of Bowland Edge School"),
        ("p", "Notice is given in accordance with section 19(1) of the Education and Inspections Act 2006 and the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013 that Lune and Wyre Council, Town Hall, Dalton Square, Lancaster, intends to make a prescribed alteration to Bowland Edge School, Quernmore Road, Lancaster, with effect from 1 September 2027."),
        ("h2", "Current school"),
        ("num", "Bowland Edge School is a community special school for 120 pupils aged 11 to 16 with moderate learning difficulties and autism."),
        ("h2", "Proposed alteration"),
        ("num", "The age range of the school will change from 11-16 to 11-19 by adding a sixth form of 30 places (15 in each of Years 12 and 13). The school's total capacity will rise from 120 to 150 places. Admissions to the sixth form will begin in September 2027 with 15 students."),
        ("num", "No pupil currently at the school or elsewhere will be displaced; the sixth form adds places."),
        ("h2", "Objectives and benefits"),
        ("num", "Students will be able to stay at a school they know and take Level 1 and Level 2 vocational courses in construction, hospitality and retail through a partnership with Lancaster and Morecambe College, with one day a week at the college, and work towards supported internships. This contributes to priority 3 (access to the curriculum post-16) of the council's Accessibility Strategy 2025-2028."),
        ("num", "A careers adviser from the council's SEND Careers Team will be in school two days a week, and the speech and language therapy service will extend its weekly sessions to the sixth form."),
        ("num", "The school's former caretaker's house and an adjoining mobile classroom will be replaced by a sixth-form block of two classrooms (55 m² each), a common room and a training kitchen, at a cost of £920,000, ready by August 2027."),
        ("num", "Places for 16 to 19 year olds with MLD and autism in the district rise from 0 in a special school setting to 30."),
        ("h2", "Consultation"),
        ("num", "The proposal was discussed with the headteachers of Lancaster's secondary schools at their termly meeting on 14 May 2026, and with the principal of Lancaster and Morecambe College at a meeting on 3 June 2026. The governing body of Bowland Edge proposed the change."),
        ("h2", "Transport"),
        ("num", "Students aged 16 to 19 may apply for travel assistance under the council's Post-16 Transport Policy Statement for Students with SEND 2026-27; eligible students will travel on the school's existing minibus routes, with a passenger assistant, or receive a personal travel budget, and will be offered independent travel training in Year 12."),
        ("h2", "Funding and staffing"),
        ("num", "Capital of £920,000 comes from the council's High Needs Provision Capital Allocation. Revenue for the 30 places (£18,500 each, £555,000 a year at full capacity) comes from the High Needs Block."),
        ("num", "The sixth form will be appropriately staffed from within the school's budget, drawing on the school's existing experienced team."),
        ("h2", "Representations"),
        ("num", "Within four weeks of the date of publication of this notice, any person may object to or make comments on the proposal by writing to the Head of School Organisation, Town Hall, Lancaster, or by email to schoolorg@luneandwyre.gov.uk."),
        ("p", "Signed: D. Pennington, Director of Children's Services. Publication date: 7 October 2026."),
    ],
)

DOCS["13-decision-record-purbeck-downs-redesignate-wareham-heath"] = dict(
    header="Purbeck Downs Council - Officer Decision Record (template OD3, rev. 2025)",
    footer="Purbeck Downs Council - OFFICIAL",
    blocks=[
        ("title", "Officer Decision Record"),
        ("p", "Complete every box. Boxes in grey are content controls: click to type."),
        ("sdt", "Decision reference", "OD/ED/2026/118"),
        ("sdt", "Decision title", "Change of designation of Wareham Heath School from MLD to MLD and autism (ASC), and enlargement from 90 to 110 places"),
        ("sdt", "Decision maker", "Corporate Director for Children's Services, under delegation from Cabinet (minute 64, 16 July 2026)"),
        ("sdt", "Date of decision", "2 November 2026"),
        ("sdt", "Decision", "To approve, with effect from 1 September 2027, the change of designation of Wareham Heath School, Sandford Road, Wareham (community special school, ages 4 to 16) from moderate learning difficulties (MLD) to MLD and autism (ASC), and an increase in its places from 90 to 110. All pupils on roll remain at the school; no pupil has to move."),
        ("sdt", "Reasons and benefits", "1. Autism is now the primary need of 41 of the school's 88 pupils, but the school is not designated or equipped for it.\n2. Pupils will have access to the school's new autism pathway: a structured teaching curriculum, Entry Level and GCSE courses in art, computing and science taught in small groups, and the Sea Cadets and Forest School programmes, which the school will extend to autistic pupils with adapted sessions. This carries forward objective 2 of the council's Accessibility Strategy 2025-2028 (improving access to the curriculum for disabled pupils).\n3. A specialist autism teacher (1.0 FTE) will lead the pathway; a speech and language therapist will be on site three days a week (now one); an occupational therapist one day a week; and the Dorset coast autism outreach team will train all staff in its first term.\n4. The new Heathland block (620 m²): four classrooms of 55 m² with low-arousal finishes, two breakout rooms, a sensory room and a sensory circuit corridor, £2.35m, ready by 31 July 2027.\n5. Places: MLD and ASC special school places in Purbeck Downs rise from 90 to 110 from 1 September 2027 (20 new ASC places)."),
        ("sdt", "Consultation", "A written statement of the proposal was sent on 15 May 2026 to the governing body of Wareham Heath, the governing bodies of all 46 schools in Purbeck Downs, the two other special schools and the Dorset coast autism outreach team, inviting written views by 30 June 2026. 19 replies were received; 18 in support, one neutral (background paper 2). The governing body of Wareham Heath proposed the change."),
        ("sdt", "Pupils displaced", "None. The school stays on its site; every current pupil remains."),
        ("sdt", "Transport", "Under the council's Home to School Transport Policy for Children and Young People with SEND (2025), eligible pupils travel by minibus or taxi, with a passenger assistant for pupils whose plan requires one; the 20 new pupils are expected to live within 40 minutes of the school."),
        ("sdt", "Financial implications", "Capital £2.35m: £1.95m High Needs Provision Capital Allocation 2025-26 and £0.4m Section 106 contributions from the Sandford Road housing development (agreement signed). Revenue: 20 places at £10,000 plus top-up of £12,500 (£450,000 a year) from the High Needs Block."),
        ("sdt", "Staffing implications", "Additional posts: specialist autism teacher (1.0 FTE), two class teachers (2.0 FTE), six teaching assistants (6.0 FTE)."),
        ("sdt", "Signed", "M. Ellery, Corporate Director for Children's Services"),
    ],
)

DOCS["18-governors-proposal-netley-shore-satellite"] = dict(
    header="Netley Shore School - a foundation special school",
    footer="Governing Body proposal - published 19 October 2026",
    blocks=[
        ("title", "Proposal by the Governing Body of Netley Shore School"),
        ("p", "Prescribed alteration: establishment of a satellite of the school at Hamble River Academy"),
        ("h1", "Part 1: The proposer"),
        ("p", "1. This proposal is made by the governing body of Netley Shore School, Victoria Road, Netley Abbey, a foundation special school for 150 pupils aged 4 to 19 with moderate learning difficulties, autism and speech, language and communication needs (SLCN), maintained by Hamble Vale County Council. The governing body recognises that, as a foundation special school, it must itself show how its proposal meets the SEN Improvement Test."),
        ("h1", "Part 2: The proposal"),
        ("p", "2. From 1 September 2027 the school will open a satellite of 24 places for secondary-age pupils with SLCN and autism in a refurbished wing of Hamble River Academy, Satchell Lane, Hamble, increasing the school's places from 150 to 174. The pupils will be on Netley Shore's roll."),
        ("p", "3. No pupil will be displaced. The satellite is additional provision."),
        ("h1", "Part 3: Educational benefits"),
        ("p", "4. Pupils in the satellite will study the academy's GCSE options in computing, art and geography with support, join its sailing club on the Hamble river and use its science laboratories, sports hall and library. This contributes to outcome 4 of Hamble Vale's Accessibility Strategy 2024-2027 (access for disabled pupils to mainstream curriculum opportunities)."),
        ("p", "5. A speech and language therapist will be based in the satellite two days a week, and the county's Communication and Interaction outreach team will visit weekly."),
        ("p", "6. The academy's west wing will be refurbished as three classrooms (each 52 m²), a therapy room and a quiet room, with acoustic ceilings, at a cost of £780,000, by July 2027."),
        ("p", "7. Special school places for SLCN and autism in the south of the county rise from 150 to 174 from September 2027."),
        ("h1", "Part 4: Consultation"),
        ("p", "8. The governing body wrote on 2 June 2026 to Hamble River Academy's trust board, Hamble Vale County Council and every school within five miles, setting out the proposal and inviting written views by 10 July 2026. All responses are available from the clerk to governors."),
        ("h1", "Part 5: Transport"),
        ("p", "9. Suitable transport arrangements will be made for pupils who need them."),
        ("h1", "Part 6: Funding and staffing"),
        ("p", "10. The refurbishment (£780,000) is funded by Hamble Vale County Council from its High Needs Provision Capital Allocation. Places are funded by the council from the High Needs Block at £21,000 per place (£504,000 a year at full occupancy)."),
        ("p", "11. The satellite will be staffed appropriately by Netley Shore, in line with the school's staffing model."),
        ("h1", "Part 7: Objections and comments"),
        ("p", "12. Within four weeks of publication, anyone may object or comment by writing to the Clerk to the Governors, Netley Shore School, Victoria Road, Netley Abbey."),
    ],
)

DOCS["21-scrutiny-paper-close-oakenclough-semh-key-facts-box"] = dict(
    header="Solway Coast Council - Children and Young People Scrutiny Panel - 3 December 2026",
    footer="Item 6 - Oakenclough School",
    blocks=[
        ("title", "Proposed closure of Oakenclough School: paper for pre-decision scrutiny"),
        ("p", "Purpose: the Panel is asked to scrutinise the proposal below before the Executive decides on 14 January 2027. The key facts are in the box; the sections that follow explain them."),
        ("textbox", [
            "KEY FACTS",
            "School: Oakenclough School, Cleator Moor - community special school for 32 pupils aged 11-16 with social, emotional and mental health (SEMH) needs; 26 on roll.",
            "Proposal: close Oakenclough on 31 August 2027; enlarge Derwent Edge School, Workington (SEMH, 11-16) from 50 to 86 places from 1 September 2027.",
            "SEMH special school places in Solway Coast: 82 now (Oakenclough 32, Derwent Edge 50); 86 from 1 September 2027 (Derwent Edge).",
            "Pupils: 7 in Year 11 leave in July 2027; 19 transfer to Derwent Edge on 1 September 2027 (Derwent Edge governing body's letter of 11 November 2026 confirms it will admit all 19 and will have the facilities to teach them).",
            "Funding: capital £4.4m (HNPCA £3.6m; council capital programme £0.8m, approved Feb 2026); revenue £26,000 per place from the High Needs Block.",
        ]),
        ("h1", "1. Why the council is proposing this"),
        ("num", "Oakenclough's building, a former children's home, has no specialist teaching rooms and its roll has fallen from 32 to 26. Derwent Edge is judged Good and has a waiting list."),
        ("h1", "2. What pupils will gain"),
        ("num", "At Derwent Edge pupils can take GCSE science and art, Level 1 and 2 awards in outdoor education (with the school's canoe and climbing programme on the Derwent) and construction, and can join the Duke of Edinburgh's Award; Oakenclough offers none of these. This carries out objective 3 of the Solway Coast Accessibility Strategy 2025-2028 (access to a broad curriculum in special schools)."),
        ("num", "Derwent Edge has a clinical psychologist two days a week, a CAMHS nurse three days a week and a speech and language therapist one day a week; with 36 more places the council will fund an additional day of each."),
        ("num", "A new wing of 900 m² - six classrooms of 55 m², a laboratory, an art room, a construction workshop and two regulation rooms - will be built by July 2027 for £4.4m."),
        ("h1", "3. The displaced pupils"),
        ("num", "The 19 pupils who will be in Years 7 to 10 in 2026-27 will all transfer to Derwent Edge, as the key facts box sets out; each pupil's EHC plan will be amended at an early annual review to name Derwent Edge."),
        ("num", "No Oakenclough pupil will be placed in the Solway Learning Centre (the council's pupil referral unit) or any other alternative provision as a result of the closure."),
        ("h1", "4. Views of providers"),
        ("num", "On 22 September 2026 the council sent a written statement of the proposal to the governing bodies of Oakenclough and Derwent Edge, all secondary schools in Solway Coast and the Solway Learning Centre's management committee, inviting their written views and their agreement. The replies are in background paper 2; Derwent Edge's governors agree."),
        ("h1", "5. Transport"),
        ("num", "Under the council's Travel Assistance Policy for Children and Young People with SEND (2025), the 19 pupils will travel by taxi or minibus with a passenger assistant. Derwent Edge is further from Cleator Moor (11 miles); the longest journey will be 40 minutes, within the policy's 45-minute guideline."),
        ("h1", "6. Staffing"),
        ("num", "Derwent Edge will add four teachers (4.0 FTE), eight teaching assistants (8.0 FTE) and a family support worker (1.0 FTE). Oakenclough's 29 staff will be offered interviews first."),
        ("h1", "7. Questions the Panel may wish to ask"),
        ("bullet", "How will the 19 pupils be prepared for the move?"),
        ("bullet", "How will the council monitor attendance after the move?"),
    ],
)

DOCS["24-cabinet-report-close-hightown-hall-residential-besd"] = dict(
    header="East Solent County Council - Cabinet - 10 December 2026",
    footer="Report reference CS/26/88",
    blocks=[
        ("title", "Closure of Hightown Hall School and expansion of SEMH day provision"),
        ("lead", "Report by:", "Director of Children's Services"),
        ("lead", "Electoral divisions:", "Titchfield; Fareham West; Gosport"),
        ("h1", "Section 1: Summary"),
        ("p", "1.1 Hightown Hall School, near Titchfield, is a community residential special school for 44 boys aged 9 to 16 with behavioural, emotional and social difficulties (BESD), 31 of whom board on weekdays. After public consultation from 14 September to 26 October 2026, this report recommends that Hightown Hall closes on 31 August 2027 and that SEMH day provision is expanded at Lee Shore School, Gosport, and at a new satellite of Lee Shore at Fareham, from 1 September 2027."),
        ("h1", "Section 2: Recommendations"),
        ("num", "That Cabinet approves the closure of Hightown Hall School on 31 August 2027."),
        ("num", "That Cabinet approves the enlargement of Lee Shore School from 70 to 110 places, including a 24-place satellite at the former Fareham Teachers' Centre, from 1 September 2027."),
        ("num", "That Cabinet approves the capital and revenue spending in Section 9."),
        ("h1", "Section 3: Background"),
        ("p", "3.1 Ofsted judged Hightown Hall's residential provision inadequate in 2024 and 2025. The main house is listed and cannot be adapted; boarding costs £1.7m a year. Of the 31 boarders, only 5 have EHC plans which say they need a residential placement; the rest board because the school is far from home."),
        ("h1", "Section 4: Where each pupil will go"),
        ("table", [
            ["Group (school year in 2026-27)", "Pupils", "Destination from 1 September 2027", "Confirmed in writing"],
            ["Year 11", "9", "Leave in July 2027", "-"],
            ["Years 5 to 10, day and distance boarders, living in the south and east", "19", "Lee Shore School, Gosport", "Governing body letter, 4 November 2026"],
            ["Years 5 to 10, day and distance boarders, living in the west", "11", "Lee Shore satellite, Fareham", "Governing body letter, 4 November 2026"],
            ["Years 5 to 10 with a residential need in their EHC plan", "5", "Longmoor Combe School, Petersfield (residential SEMH, non-maintained)", "Principal's letter, 28 October 2026"],
        ]),
        ("p", "4.1 Every pupil's EHC plan will be amended by 15 February 2027 to name the school in the table. No Hightown Hall pupil will be placed in the county's pupil referral units or other alternative provision because of the closure: each has a named special school place."),
        ("h1", "Section 5: Benefits"),
        ("p", "5.1 Curriculum and facilities. Lee Shore and its satellite offer GCSE English, maths, science and art, a Level 1 and 2 programme in marine engineering with Gosport's marine skills centre, and sailing and paddle-sport qualifications with the Solent sailing trust; Hightown Hall offers entry level courses only. Extended-day clubs until 6pm replace the evening activities of the boarding house. This is action 2.1 of the East Solent Accessibility Strategy 2024-2027."),
        ("p", "5.2 Specialist staff. Lee Shore will host the county's SEMH outreach team (four specialist teachers), and will have on site a clinical psychologist (0.8 FTE), two CAMHS practitioners (2.0 FTE) and a speech and language therapist (0.6 FTE). The satellite will have the psychologist one day a week and a CAMHS practitioner every day."),
        ("p", "5.3 Accommodation. At Lee Shore, a new teaching block of 1,050 m² (seven classrooms of 55 m², a laboratory, a workshop, three regulation rooms). At Fareham, the former teachers' centre (620 m²) refurbished as four classrooms, a food room and a therapy suite. Total cost £7.9m; both complete by 31 July 2027."),
        ("p", "5.4 Places. SEMH special school day places in the county rise from 70 (Lee Shore) plus 44 (Hightown Hall) = 114, to 110 at Lee Shore and its satellite plus 5 commissioned residential places at Longmoor Combe = 115. The places are day places nearer to pupils' homes, which is what 39 of the 44 pupils' plans require."),
        ("h1", "Section 6: Consultation with providers"),
        ("p", "6.1 On 1 September 2026 the council sent a written statement of the proposals to the governing bodies of Hightown Hall and Lee Shore, the principal and trustees of Longmoor Combe, all secondary and special schools in the county, and the management committees of the county's three PRUs, inviting written views and, where possible, agreement. 41 written responses were received (Appendix C); the governing bodies of both schools support the proposals."),
        ("h1", "Section 7: Transport"),
        ("p", "7.1 Under the council's Home to School Transport Policy for Children and Young People with SEND (2025), all pupils will be offered transport: taxi or minibus with a passenger assistant to Lee Shore and Fareham (no journey over 45 minutes; most pupils' journeys fall by over an hour a week); weekly taxi with a passenger assistant to Longmoor Combe on Monday mornings and Friday afternoons."),
        ("h1", "Section 8: Staffing"),
        ("p", "8.1 Lee Shore and its satellite will add six teachers (6.0 FTE), twelve teaching assistants (12.0 FTE), a satellite lead (1.0 FTE) and the clinical and therapy posts at 5.2. The 57 Hightown Hall staff have priority for interview."),
        ("h1", "Section 9: Financial implications"),
        ("p", "9.1 Capital: £7.9m, of which £6.5m is High Needs Provision Capital Allocation 2024-2027 and £1.4m is from the sale of Hightown Hall, within the capital programme approved by Council on 20 February 2026."),
        ("p", "9.2 Revenue: 40 extra day places at £24,500 (£980,000 a year) and 5 residential placements at £98,000 (£490,000 a year), both from the High Needs Block, against the £2.9m a year Hightown Hall now costs."),
        ("h1", "Appendices"),
        ("bullet", "A: Consultation report"),
        ("bullet", "B: Equality impact assessment"),
        ("bullet", "C: Written responses from providers"),
    ],
)

# ---- main


def main(argv):
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, spec in DOCS.items():
        build(spec["blocks"], spec["header"], spec["footer"], out_dir / f"{name}.docx")


if __name__ == "__main__":
    main(sys.argv)
