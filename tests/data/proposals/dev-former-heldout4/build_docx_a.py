"""Build the Word documents of heldout4/ part a (documents 01-25).

Run ``python build_docx_a.py [OUT]`` (python-docx, installed with the test
extra); the .docx files are committed, this script only documents and
rebuilds them.  Headings, numbered and bulleted paragraphs, tables, headers
and footers with page numbers; document 10 keeps every section inside
content controls (``w:sdt``) as a council's decision-record template does,
and document 25 puts its key facts in a text box.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def _page_footer(doc: Document, text: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = text
    p = section.footer.paragraphs[0]
    p.add_run("Page ")
    run = p.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run2 = p.add_run()
    run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    run3 = p.add_run()
    run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _para(doc, text: str, style: str | None = None, bold_lead: str | None = None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def _table(doc, rows: list[list[str]]):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            t.cell(r, c).text = cell
            if r == 0:
                for run in t.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    return t


def _body(doc, items) -> None:
    """``items``: ("h1"|"h2"|"p"|"n"|"b"|"table"|"bold", payload)."""
    for kind, payload in items:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "p":
            _para(doc, payload)
        elif kind == "n":
            _para(doc, payload, style="List Number")
        elif kind == "b":
            _para(doc, payload, style="List Bullet")
        elif kind == "lead":
            _para(doc, payload[1], bold_lead=payload[0])
        elif kind == "table":
            _table(doc, payload)
        else:  # pragma: no cover - a typo in this script
            raise ValueError(kind)


def _sdt_block(doc, tag: str, paragraphs: list[str]) -> None:
    """A block content control holding ``paragraphs`` (a template's fill-in box)."""
    runs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
        f"<w:sdtContent>{runs}</w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def _textbox(doc, paragraphs: list[str]) -> None:
    """A paragraph anchoring a VML text box that holds ``paragraphs``."""
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    xml = (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
        '<v:shape id="KeyFacts" type="#_x0000_t202" style="width:440pt;height:230pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _new(header: str) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    _page_footer(doc, header)
    return doc


DOCS: dict[str, callable] = {}


def main(out: Path = HERE) -> None:
    """Write every document of part a into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for name, fill in DOCS.items():
        doc = _new(HEADERS.get(name, ""))
        fill(doc)
        doc.save(out / f"{name}.docx")


HEADERS = {
    "02-cabinet-report-close-ravensworth-hall-semh": "North Eskdale County Council - Cabinet 17 November 2026 - Agenda item 7",
    "06-governors-proposal-sixth-form-brockholes-wood-asc": "Brockholes Wood School - Governing Body Proposal",
    "10-decision-record-harbour-house-pru-to-ap-free-school": "Mercia Vale County Council - Record of Executive Decision",
    "16-decision-record-close-hollybush-besd": "Tamebridge Metropolitan Borough Council - Decision Notice",
    "21-cabinet-report-enlarge-bosworth-park-asc": "Fosse County Council - Cabinet - OFFICIAL",
    "25-scrutiny-paper-semh-outreach-and-assessment-base": "Dane Valley Council - Overview and Scrutiny Committee",
}


def document(name: str):
    def register(fn):
        DOCS[name] = fn
        return fn
    return register


@document("02-cabinet-report-close-ravensworth-hall-semh")
def _d02(doc):
    _body(doc, [
        ("p", "NORTH ESKDALE COUNTY COUNCIL"),
        ("p", "CABINET - 17 November 2026"),
        ("title", "Proposed closure of Ravensworth Hall School and enlargement of Fellside School and Birkdale Grange Academy"),
        ("table", [
            ["Report of", "Executive Director of Children's Services"],
            ["Electoral divisions affected", "Ravensworth and Swale; Fellside; Birkdale"],
            ["Key decision", "Yes - published in the Forward Plan on 1 September 2026"],
        ]),
        ("h1", "1. Purpose of the report"),
        ("p", "1.1 To ask Cabinet to decide the statutory proposals published on 15 September 2026 to close Ravensworth Hall School, a residential community special school for 38 pupils aged 11 to 16 with behavioural, emotional and social difficulties (now described as social, emotional and mental health needs), on 31 August 2027, and to enlarge two SEMH special schools to receive its pupils."),
        ("h1", "2. Recommendations"),
        ("n", "That Ravensworth Hall School is discontinued with effect from 31 August 2027."),
        ("n", "That Fellside School is enlarged from 60 to 84 places and Birkdale Grange Academy from 48 to 64 places from 1 September 2027."),
        ("n", "That the capital scheme in section 9 is added to the Council's capital programme."),
        ("h1", "3. Background"),
        ("p", "3.1 Ravensworth Hall occupies a listed country house eleven miles from the nearest town. Its residential provision was judged inadequate in 2025 and the governing body closed the boarding houses in January 2026. Pupils now travel up to 90 minutes each way by taxi. The house cannot be adapted for wheelchair users and has no specialist teaching rooms."),
        ("h1", "4. Where the pupils will go"),
        ("p", "4.1 All 38 pupils at Ravensworth Hall need a special school place, and each will have one. The table sets out every group."),
        ("table", [
            ["Pupils (year group in September 2027)", "Number", "New school", "Written confirmation"],
            ["Living in the north and west of the county, Years 7-11", "24", "Fellside School, Kirkby Fell (SEMH special, ages 11-16)", "Governing body letter, 6 October 2026"],
            ["Living in the south and east of the county, Years 7-11", "14", "Birkdale Grange Academy, Northallerby (SEMH special academy, ages 11-16)", "Dales Learning Trust letter, 9 October 2026"],
        ]),
        ("p", "4.2 Both receiving schools have confirmed in writing that they are willing to admit these pupils and that they have, or will have by September 2027, all the facilities necessary to provide an appropriate curriculum. No pupil from Ravensworth Hall will be placed in the county's pupil referral unit, the Eskdale Learning Centre, whether for a short time or permanently."),
        ("h1", "5. Specific educational benefits"),
        ("lead", ("Access to education and associated services. ", "At Fellside and Birkdale Grange pupils will be able to take GCSEs in English, maths, combined science, art and computer science and BTEC Level 1 and 2 awards in sport and engineering; Ravensworth Hall offers only English and maths GCSE. Both schools have science laboratories, technology workshops and sports halls, and run a Duke of Edinburgh's Award group. The changes contribute to outcome 1 of the Council's Accessibility Strategy 2024-2027 (all pupils can take part fully in the curriculum) and outcome 2 (improving the physical environment), since both buildings are fully accessible.")),
        ("lead", ("Access to specialist staff. ", "Fellside will host a CAMHS clinic for half a day each week and employ a full-time speech and language therapist and a 0.5 FTE clinical psychologist. Birkdale Grange has a full-time family liaison worker and an educational psychologist one day a week. The county's SEMH outreach team (four specialist teachers) will be based at Fellside.")),
        ("lead", ("Access to suitable accommodation. ", "A new teaching block of 900 m² at Fellside (six classrooms of 55 m², a food technology room, two de-escalation rooms and a therapy room) and the conversion of 420 m² at Birkdale Grange into four classrooms and a nurture base. Works complete by July 2027.")),
        ("lead", ("Supply of suitable places. ", "SEMH special school places in the county rise from 146 (Ravensworth 38, Fellside 60, Birkdale Grange 48) to 148 (Fellside 84, Birkdale Grange 64), and every place is within 40 minutes of the pupils' homes.")),
        ("h1", "6. Views of providers"),
        ("p", "6.1 A written statement setting out the proposed change in the pattern of SEMH provision was sent on 4 May 2026 to the governing bodies of Ravensworth Hall and Fellside, to the Dales Learning Trust, to the management committee of the Eskdale Learning Centre and to every secondary school and academy in the county, inviting each to set out its views and seeking agreement. The 31 written responses are at Appendix 3. The governing body of Ravensworth Hall agreed with the proposal on 20 June 2026."),
        ("h1", "7. Transport"),
        ("p", "7.1 Transport will be provided under the Council's Home to School Transport Policy for Children and Young People with Special Educational Needs and Disabilities. Every pupil transferring is eligible. Pupils will travel by minibus or taxi with a passenger assistant; the longest planned journey is 40 minutes, compared with 90 minutes now. Routes will be confirmed to families by 1 July 2027."),
        ("h1", "8. Staffing"),
        ("p", "8.1 Fellside will appoint four teachers (4.0 FTE), eight teaching assistants (7.2 FTE), the speech and language therapist (1.0 FTE) and the clinical psychologist (0.5 FTE); Birkdale Grange will appoint two teachers (2.0 FTE) and four teaching assistants (3.6 FTE). Ravensworth Hall staff have been offered interviews for these posts before external advertisement."),
        ("h1", "9. Financial implications"),
        ("p", "9.1 Capital: £3.9 million (Fellside block £3.2 million; Birkdale Grange conversion £0.7 million), funded from the High Needs Provision Capital Allocation for 2025/26 and 2026/27."),
        ("p", "9.2 Revenue: place funding for the 40 new places (£400,000 a year) and top-up funding move from Ravensworth Hall's budget within the High Needs Block; the net saving of £0.5 million a year, mostly on transport and the listed building, is reinvested in the SEMH outreach team."),
    ])


@document("06-governors-proposal-sixth-form-brockholes-wood-asc")
def _d06(doc):
    _body(doc, [
        ("p", "THE GOVERNING BODY OF BROCKHOLES WOOD SCHOOL (A FOUNDATION SPECIAL SCHOOL)"),
        ("title", "Proposal to change the age range of Brockholes Wood School from 11-16 to 11-19"),
        ("p", "Published by the governing body on 28 September 2026, with the agreement of Lunesdale County Council as the local authority that maintains the school."),
        ("h1", "Part 1: The proposal"),
        ("n", "Brockholes Wood School, Preston Old Road, Lunesdale, is a foundation special school for 96 pupils aged 11 to 16 with autism spectrum condition (ASC) and average or near-average cognitive ability."),
        ("n", "The governing body proposes to lower the school's upper age limit to 19 by opening a sixth form of 24 places from 1 September 2027, so that the school will have 120 places for students aged 11 to 19. Twelve sixth-form places will open in September 2027 and a further twelve in September 2028."),
        ("n", "No pupil will have to leave the school or move to another school because of this proposal. It adds places; it does not remove any."),
        ("h1", "Part 2: Why the governors are making this proposal"),
        ("n", "Each year between 14 and 18 Brockholes Wood students leave at 16. Many struggle in large further education colleges: in the last three years 11 former students left their college course before the end of the first year."),
        ("n", "Families, students and the local authority have asked the governors for a sixth form where students can take Level 2 and Level 3 courses in a setting they know."),
        ("h1", "Part 3: Educational benefits"),
        ("lead", ("Curriculum and activities. ", "Students will be able to take A levels in mathematics, computer science, biology and art, Level 2 and Level 3 BTECs in information technology and applied science, and English and maths GCSE resits. Every student will have a work placement of at least ten days a year and a travel-training programme, and students will have 16 new computers with specialist software for the computing and IT courses.")),
        ("lead", ("Specialist staff. ", "The school will employ a careers and transition adviser (1.0 FTE) and increase its speech and language therapy from two to three days a week. Lunesdale's Autism Outreach Team will provide a specialist teacher for half a day each week to support students' transition to higher education and employment.")),
        ("lead", ("Accommodation. ", "The sixth form will be taught in the school's existing classrooms, which falling Key Stage 3 numbers have freed; no building work is planned.")),
        ("lead", ("Places. ", "Specialist post-16 places for students with ASC in Lunesdale rise from 0 to 24. The school's total capacity rises from 96 to 120.")),
        ("h1", "Part 4: Consultation with other providers"),
        ("n", "On 14 May 2026 the governing body sent a written statement describing the proposed sixth form and its effect on the pattern of provision to Lunesdale County Council, Lunesdale College, Ribble Valley Sixth Form College, the two other special schools in the county that offer post-16 provision and the twelve secondary schools with ASC resourced provision, inviting each to set out its views in writing. Nine replied. Lunesdale College supports the proposal and has agreed a joint vocational programme; one special school expressed concern about the effect on its own sixth form numbers, and the governors' response is set out in Appendix 2."),
        ("h1", "Part 5: Transport"),
        ("n", "Transport for sixth-form students will be decided under Lunesdale County Council's Post-16 Transport Policy Statement and its Home to School Transport Policy for Children and Young People with SEND. Eligible students will be offered a place on the school's existing minibus routes, with a passenger assistant, or a personal travel budget; students who complete travel training will be given a bus pass. No route is longer than 45 minutes."),
        ("h1", "Part 6: Funding and staffing"),
        ("n", "Capital: none is needed. The 16 computers (£19,000) are bought from the school's own reserves."),
        ("n", "Revenue: post-16 place funding of £10,000 for each of the 24 places (£240,000 a year at full size) from the High Needs Block, with top-up funding at the county's ASC band."),
        ("n", "Staffing: a head of sixth form (1.0 FTE), three teachers (3.0 FTE), four teaching assistants (3.6 FTE) and the careers and transition adviser (1.0 FTE), phased over 2027 and 2028."),
        ("h1", "Part 7: Objections and comments"),
        ("n", "Any person may object to or comment on this proposal within four weeks of the date of publication by writing to the Clerk to the Governors, Brockholes Wood School."),
    ])


@document("10-decision-record-harbour-house-pru-to-ap-free-school")
def _d10(doc):
    _body(doc, [
        ("title", "Record of Executive Decision"),
        ("p", "Complete every box. Do not delete the box titles."),
    ])
    boxes = [
        ("DecisionTitle", ["Decision title:", "Closure of Harbour House Pupil Referral Unit and opening of the Harbour Alternative Provision Free School"]),
        ("DecisionMaker", ["Decision maker:", "Cabinet Member for Children, Families and Education", "Date: 30 October 2026. Reference: CM/CFE/2026/41"]),
        ("Decision", [
            "Decision:",
            "1. To discontinue Harbour House Pupil Referral Unit, Quay Street, Mercia Vale, on 31 March 2027.",
            "2. To agree that the Severn Bridge Academy Trust opens the Harbour Alternative Provision Free School on the same site on 1 April 2027, approved by the Secretary of State on 2 September 2026, with 84 places for pupils aged 11 to 16 who have been excluded or are at risk of exclusion.",
        ]),
        ("Reasons", [
            "Reasons for the decision:",
            "3. Harbour House has 70 places and has operated above capacity for two years. The free school will have 84 places, an increase of 14, with 24 places for Key Stage 3 and 60 for Key Stage 4.",
            "4. Pupils will have access to a wider curriculum: GCSE English, maths, combined science and art, the Level 1 and 2 motor vehicle and construction awards at the Trust's vocational centre, and a weekly enrichment afternoon (climbing, boxing fitness and music production). The Trust's accessibility plan follows the County's Accessibility Strategy 2025-2028, and the refurbished ground floor meets its priority of step-free access to teaching rooms.",
            "5. Specialist staff: the Trust will fund a speech and language therapist two days a week and a mental health lead practitioner full time; the County's Educational Psychology Service will provide one day a fortnight.",
            "6. Accommodation: the Quay Street building will be refurbished between January and March 2027 (£1.1 million): eight classrooms of 50 m², two workshops, a science room and a family room.",
        ]),
        ("Pupils", [
            "Pupils on roll:",
            "7. Every pupil on the roll of Harbour House on 31 March 2027 will transfer to the Harbour Alternative Provision Free School on 1 April 2027, on the same site and with the same timetable. The Trust's chief executive told the project board on 9 October 2026 that the Trust will take all of them.",
        ]),
        ("Consultation", [
            "Consultation undertaken:",
            "8. A written statement was sent on 1 July 2026 to the Harbour House management committee, the headteachers and trusts of all 22 secondary schools and academies, the three special schools and the registered alternative providers the County commissions, inviting each to set out its views on the new pattern of provision in writing and seeking agreement. 19 replies were received; all supported the change.",
        ]),
        ("Transport", [
            "Transport:",
            "9. Pupils will continue to receive transport in line with the County's Home to School Transport Policy and its policy for children with SEN and disabilities: the existing contracted taxis and minibuses, with a passenger assistant where the EHC plan or risk assessment requires, on unchanged routes to Quay Street.",
        ]),
        ("Finance", [
            "Financial implications:",
            "10. Capital: £1.1 million from the Department for Education's free school programme. Revenue: the County will commission the 84 places at £18,000 each (£1,512,000 a year) from the High Needs Block, against £1,260,000 a year for Harbour House.",
        ]),
        ("Staffing", [
            "Staffing implications:",
            "11. The Trust will put in place appropriate staffing for the free school. Harbour House staff will transfer under TUPE arrangements.",
        ]),
        ("Declaration", ["Declarations of interest: None.", "Signed: Cabinet Member for Children, Families and Education"]),
    ]
    for tag, paras in boxes:
        _sdt_block(doc, tag, paras)


@document("16-decision-record-close-hollybush-besd")
def _d16(doc):
    _body(doc, [
        ("title", "Decision Notice: Discontinuance of Hollybush School"),
        ("table", [
            ["Decision by", "Cabinet"],
            ["Date of decision", "25 November 2026"],
            ["Date decision takes effect", "3 December 2026 (after the call-in period)"],
            ["Forward Plan reference", "FP/2026/CYP/19"],
        ]),
        ("h1", "1. Decision"),
        ("p", "1.1 Cabinet approved the proposal published on 7 September 2026 to discontinue Hollybush School, Sedgley Road, Tamebridge, a community special school for 45 pupils aged 11 to 16 with behavioural, emotional and social difficulties (BESD), on 31 December 2026, and to enlarge Kingsway School, the borough's other SEMH special school, from 80 to 130 places from 1 September 2027."),
        ("h1", "2. Reasons"),
        ("p", "2.1 A structural survey in May 2026 found that the Hollybush main building must be vacated by the end of the calendar year. No other building in the borough can house the school. Kingsway's new teaching block will be ready for September 2027."),
        ("p", "2.2 Pupils at Kingsway have a wider curriculum than Hollybush can offer: GCSEs in English, maths, science, history and art, the Level 1 and 2 construction and hospitality awards, a farm and animal-care unit and a residential outdoor education week each year. The new block was designed against the Council's Accessibility Strategy 2024-2027, objective B (accessible buildings and curriculum), and will be fully step-free."),
        ("p", "2.3 Kingsway employs a full-time clinical psychologist and a speech and language therapist four days a week; the Council's SEMH outreach team (five specialist teachers) will move its base to Kingsway from September 2027."),
        ("p", "2.4 The Kingsway block (1,250 m², £4.6 million, completion July 2027) provides ten classrooms of 55 m², a science laboratory, a hospitality kitchen and three regulation rooms."),
        ("p", "2.5 SEMH special school places in Tamebridge: 125 now (Hollybush 45, Kingsway 80); 130 from September 2027, all at Kingsway."),
        ("h1", "3. Arrangements for Hollybush pupils"),
        ("p", "3.1 The 45 pupils will be placed as follows from 4 January 2027:"),
        ("table", [
            ["Group (year in 2026/27)", "Pupils", "Placement from January 2027", "From September 2027"],
            ["Years 7-9", "20", "Kingsway School (existing building, two additional classes)", "Kingsway School"],
            ["Year 10", "18", "Kingsway School annexe at Tipton Road", "Kingsway School"],
            ["Year 11", "7", "Tamebridge Pupil Referral Unit, Key Stage 4 centre, until the end of the school year in July 2027 (about 26 school weeks)", "Leave school; post-16 destinations through the EHC plan review"],
        ]),
        ("p", "3.2 Kingsway's governing body confirmed in writing on 30 September 2026 that it will admit the 38 pupils in Years 7 to 10 and has the facilities to provide an appropriate curriculum. The PRU's management committee confirmed in writing that it will take the seven Year 11 pupils for the rest of Year 11, so that they can finish their courses together with the Hollybush staff who will be seconded to the PRU."),
        ("h1", "4. Consultation with providers"),
        ("p", "4.1 A written statement setting out the proposal and its effect on provision across the borough was sent on 6 June 2026 to the governing bodies of Hollybush and Kingsway, the PRU management committee, and all secondary schools and academies in Tamebridge, inviting each to set out its views in writing. The 23 responses are published as Background Paper 2."),
        ("h1", "5. Transport"),
        ("p", "5.1 All Hollybush pupils are eligible under the Council's Home to School Transport Policy for Children and Young People with SEN and Disabilities. They will travel by minibus or taxi with a passenger assistant to Kingsway, the Tipton Road annexe or the PRU; no journey will exceed 40 minutes."),
        ("h1", "6. Financial and staffing implications"),
        ("p", "6.1 Capital: £4.6 million from the High Needs Provision Capital Allocation (£3.8 million) and the Council's capital programme (£0.8 million). Revenue: £500,000 a year place funding for Kingsway's 50 extra places from the High Needs Block; the seven PRU places for 2026/27 cost £63,000 from the High Needs Block."),
        ("p", "6.2 Staffing: Kingsway will appoint five teachers (5.0 FTE) and ten teaching assistants (9.0 FTE) from September 2027; until then 12 Hollybush staff are seconded to Kingsway and 3 to the PRU."),
    ])


@document("21-cabinet-report-enlarge-bosworth-park-asc")
def _d21(doc):
    _body(doc, [
        ("p", "FOSSE COUNTY COUNCIL"),
        ("p", "CABINET - 15 DECEMBER 2026"),
        ("title", "Expansion of Bosworth Park School for pupils with autism"),
        ("p", "Report of the Director of Children and Family Services"),
        ("h1", "Purpose of the report"),
        ("n", "To seek approval to publish a proposal to enlarge Bosworth Park School, Market Bosworthby, a community special school for pupils aged 4 to 19 with autism, from September 2028, and to build a new teaching block on the school's playing field."),
        ("h1", "Recommendations"),
        ("n", "That Cabinet approves publication of a statutory proposal to enlarge Bosworth Park School by the number of places shown in Appendix A."),
        ("n", "That the capital scheme is included in the Council's capital programme, subject to approval of the programme by the County Council in February 2027."),
        ("h1", "Background"),
        ("n", "The number of children and young people in the county with an EHC plan for autism has risen by 38% since 2022. Bosworth Park has been full since 2023, and 52 pupils with autism attend independent special schools at an average cost of £61,000 a year."),
        ("n", "The enlargement does not move or remove any pupil: all pupils stay at Bosworth Park and the new places are for new admissions through the EHC plan process."),
        ("h1", "Educational benefits"),
        ("lead", ("Curriculum and facilities. ", "The new block allows Bosworth Park to run a separate Key Stage 4 pathway with GCSEs in English, maths, combined science and computer science, and the Level 1 and 2 digital media and horticulture awards, with a computing suite of 14 workstations, a media studio, a polytunnel and a greenhouse. It also provides a sensory circuit room for younger pupils. The scheme helps to deliver objective 3 of the Council's Accessibility Strategy 2025-2028 (access to the curriculum and to school buildings for disabled pupils).")),
        ("lead", ("Specialist staff. ", "The health trust will increase speech and language therapy at the school from three to five days a week and provide an occupational therapist two days a week. The Council's Autism Outreach Team will add a specialist teacher (1.0 FTE) based at Bosworth Park to support mainstream schools.")),
        ("lead", ("Accommodation. ", "A two-storey block of 1,400 m² with ten classrooms of 58 m², each with a break-out room, the computing suite, the media studio, a sensory circuit room and two calm rooms. Construction runs from September 2027 to August 2028.")),
        ("lead", ("Places. ", "The additional places, by phase, are set out in Appendix A. They will allow the Council to return some pupils from independent schools as their placements are reviewed.")),
        ("h1", "Consultation with providers"),
        ("n", "On 10 September 2026 the Council sent a written statement on the proposed change in the pattern of autism provision to the governing body of Bosworth Park, to the county's other special schools, to every school with resourced provision for autism and to the two further education colleges, inviting each to set out its views in writing. The 17 written replies are in Appendix B. Bosworth Park's governing body agreed the proposal on 5 October 2026."),
        ("h1", "Transport"),
        ("n", "Transport for new pupils will be decided under the Council's Home to School Transport Policy for Children and Young People with SEND. Eligible pupils will travel by minibus or taxi with a passenger assistant, or be offered a personal transport budget; the average journey of the 52 pupils now in independent schools is 58 minutes, and journeys to Bosworth Park will be no longer than 40 minutes."),
        ("h1", "Resource implications"),
        ("n", "The scheme will be funded from the Council's capital programme, subject to approval by the County Council in February 2027. The additional places will be funded from the High Needs Block."),
        ("n", "Staffing: Bosworth Park will appoint six teachers (6.0 FTE) and eighteen teaching assistants (16.2 FTE) over 2028/29 and 2029/30, and a deputy headteacher for the secondary phase (1.0 FTE)."),
        ("h1", "Appendix A: Places at Bosworth Park School"),
    ])
    _table(doc, [
        ["Phase", "Places now", "Places from September 2028", "Change"],
        ["Primary (4-11)", "48", "56", "+8"],
        ["Secondary (11-16)", "72", "96", "+24"],
        ["Post-16 (16-19)", "20", "28", "+8"],
        ["Total", "140", "180", "+40"],
    ])


@document("25-scrutiny-paper-semh-outreach-and-assessment-base")
def _d25(doc):
    _body(doc, [
        ("p", "DANE VALLEY COUNCIL"),
        ("p", "CHILDREN AND FAMILIES OVERVIEW AND SCRUTINY COMMITTEE - 13 JANUARY 2027"),
        ("title", "Primary SEMH outreach service and a new assessment base at Weaver Park School"),
        ("p", "Report of the Head of SEND and Inclusion. The key facts are summarised in the box below."),
    ])
    _textbox(doc, [
        "KEY FACTS",
        "Provision: Primary SEMH Outreach Service (moved from the Council to Weaver Park School) and a new 8-place primary SEMH assessment base at Weaver Park School, Northwichby, from 1 April 2027.",
        "Places: assessment base 0 now, 8 from April 2027 (pupils aged 5 to 11, placements of up to two terms with a return to their own school or a special school place).",
        "Capital: £560,000 from the Council's High Needs Provision Capital Allocation 2026/27 for the base.",
        "Revenue: £410,000 a year from the High Needs Block (outreach service £290,000 transferred from the Council's budget; base £120,000).",
        "Pupils displaced: none. No school, unit or class closes; the outreach staff transfer with the service.",
    ])
    _body(doc, [
        ("h1", "1. Purpose"),
        ("n", "To ask the Committee to comment on the proposal, before the Cabinet Member decides it in February 2027, to transfer the Primary SEMH Outreach Service to Weaver Park School, a special school for pupils aged 5 to 16 with SEMH needs, and to open an eight-place assessment base there. The DCSF quality standards for SEN support and outreach services (2008) ask that any significant change to an outreach service meets the SEN Improvement Test; this report sets out how it does."),
        ("h1", "2. Background"),
        ("n", "The outreach service supports 110 to 130 primary pupils a year in mainstream schools. Schools value it but the service has no base where a child can be assessed in a specialist setting, so some children move straight to a special school or are excluded before their needs are understood."),
        ("h1", "3. Benefits for pupils"),
        ("n", "Access to education and associated services: pupils in the assessment base will follow their own school's curriculum with daily phonics and maths intervention, forest school on Weaver Park's site every Friday, and use of its sensory room, sports hall and music room. The base contributes to aim 2 of the Council's Accessibility Strategy 2025-2028 (increasing access to the curriculum for pupils with SEN)."),
        ("n", "Access to specialist staff: the service will have an educational psychologist for two days a week (none now), a speech and language therapist one day a week, and a family support worker (1.0 FTE); Weaver Park's clinical psychologist will supervise the outreach teachers monthly."),
        ("n", "Accommodation: the base will occupy a refurbished single-storey building of 160 m² on the Weaver Park site, with a classroom of 60 m², a group room, a calm room and an office for the outreach team; work takes place in January to March 2027."),
        ("n", "Places: see the key facts box; the base adds eight assessment places where there are none now."),
        ("h1", "4. Consultation with providers"),
        ("n", "On 2 October 2026 a written statement of the proposed change was sent to Weaver Park's governing body, all 71 primary schools and academies in Dane Valley, the borough's other special schools and the pupil referral unit, inviting each to set out its views in writing and seeking agreement. The 38 written responses are at Appendix 1; 35 support the proposal."),
        ("h1", "5. Transport"),
        ("n", "Pupils in the assessment base will be eligible for transport under the Council's Home to School Transport Policy for Children and Young People with SEND. They will travel by taxi with a passenger assistant; journeys will be no longer than 40 minutes. Outreach staff travel to schools in pool cars."),
        ("h1", "6. Funding and staffing"),
        ("n", "Funding is set out in the key facts box."),
        ("n", "Staffing: the outreach service's four specialist teachers (4.0 FTE) and two specialist teaching assistants (2.0 FTE) transfer to Weaver Park under TUPE. The base will have a teacher (1.0 FTE) and two teaching assistants (2.0 FTE), plus the family support worker (1.0 FTE)."),
        ("h1", "7. Recommendation"),
        ("n", "That the Committee comments on the proposal."),
    ])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
