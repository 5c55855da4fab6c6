"""Build part b's Word documents of the seventh held-out proposal corpus.

Run ``python build_docx_b.py [OUT]`` (default: this folder). The documents
are written with python-docx and a little raw WordprocessingML for what it
does not offer: real footnotes (a ``footnotes.xml`` part), a text box
(VML ``w:pict``), block-level content controls (``w:sdt``), merged table
cells, and headers and footers with a PAGE field. The bytes differ from
build to build; the text does not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ helpers

def header_footer(doc, header: str, footer: str) -> None:
    """A header line, and a footer with the text and 'Page N' (a PAGE field)."""
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    p = sec.footer.paragraphs[0]
    p.text = footer + "    Page "
    run = p.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run2 = p.add_run()
    run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    run3 = p.add_run()
    run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    p.add_run("1")
    run4 = p.add_run()
    run4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(doc, text: str, bold_lead: str | None = None, style: str | None = None):
    """A paragraph, with an optional bold lead-in."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def table(doc, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = (), header: bool = True):
    """A table with the 'Table Grid' style; ``merges`` are (row, col, row2, col2)
    ranges merged into one cell (the first cell's text kept)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
            if header and r == 0:
                for run in t.cell(r, c).paragraphs[0].runs:
                    run.bold = True
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        merged = t.cell(r1, c1).merge(t.cell(r2, c2))
        merged.text = keep
    return t


class Footnotes:
    """Real Word footnotes: a ``word/footnotes.xml`` part related to the
    document, and a ``w:footnoteReference`` run where each note is cited."""

    def __init__(self, doc):
        self.doc = doc
        self.notes: list[str] = []

    def cite(self, paragraph, text: str) -> None:
        self.notes.append(text)
        n = len(self.notes)
        run = paragraph.add_run()
        run._r.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{n}"/>'))

    def attach(self) -> None:
        def esc(s: str) -> str:
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for n, text in enumerate(self.notes, start=1):
            body.append(
                f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
            )
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">{"".join(body)}</w:footnotes>'
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            self.doc.part.package,
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def text_box(doc, lines: list[str]) -> None:
    """A paragraph holding a VML text box whose content is ``lines``."""
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (
        f'<w:p xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:r><w:pict><v:shape id="box1" style="width:440pt;height:150pt" type="#_x0000_t202">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
    )
    doc.element.body.append(parse_xml(xml))
    # keep sectPr last
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None:
        body.remove(sect)
        body.append(sect)


def content_control(doc, alias: str, paragraphs: list[str]) -> None:
    """A block-level content control (a template's fill-in box) titled ``alias``."""
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>' for t in paragraphs)
    tag = alias.lower().replace(" ", "_")[:30]
    xml = (
        f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/></w:sdtPr>'
        f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>'
    )
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    el = parse_xml(xml)
    if sect is not None:
        sect.addprevious(el)
    else:
        body.append(el)


BUILDERS = {}


def builder(name):
    def deco(fn):
        BUILDERS[name] = fn
        return fn
    return deco


# ------------------------------------------------------------------ 28

@builder("28-presumption-specification-new-semh-free-school-hollins-lane")
def doc28(doc):
    header_footer(doc, "Dudwell Metropolitan Borough Council    OFFICIAL    Special free school specification", "Specification v1.2, 18 January 2027")
    fn = Footnotes(doc)
    doc.add_heading("Specification for a new special free school: Hollins Lane SEMH School", 0)
    para(doc, "Issued by Dudwell Metropolitan Borough Council under the free school presumption (section 6A of the Education and Inspections Act 2006). Deadline for applications from proposers: 30 April 2027.")
    doc.add_heading("1. Introduction", 1)
    p = para(doc, "1.1 Dudwell Metropolitan Borough Council (\"the Council\") is seeking proposers to establish and run a new special free school for 64 pupils aged 7 to 16 (Year 3 to Year 11) with social, emotional and mental health (SEMH) needs, opening on 1 September 2028 on the former Hollins Lane clinic site, Tipford DY4.")
    fn.cite(p, "The Council will consider applications from academy trusts with a track record in SEMH education; see the Department for Education's guidance on the free school presumption (2023).")
    para(doc, "1.2 This specification sets out what the Council requires, what the Council will provide, and how the school will improve special educational provision in the borough. Proposers must show how their application meets each requirement.")
    doc.add_heading("2. The need for places", 1)
    para(doc, "2.1 The borough has 118 SEMH special school places, in two schools (Brierley Bank, 70 places; the Junction School, 48 places). In January 2027, 57 Dudwell children with SEMH as their primary need were placed in independent or out-of-borough special schools, 31 of them more than 20 miles from home.")
    para(doc, "2.2 The new school will add 64 places, so that SEMH special school places in the borough rise from 118 to 182. It will open with 32 pupils and grow to 64 as follows:")
    table(doc, [
        ["Year group", "Sept 2028", "Sept 2029", "Sept 2030"],
        ["Years 3-6 (primary, two classes)", "16", "16", "16"],
        ["Years 7-9", "16", "24", "24"],
        ["Years 10-11", "", "16", "24"],
        ["Total pupils", "32", "56", "64"],
        ["Places commissioned by the Council: 64 from September 2028 (places not yet filled are held for in-year admissions)", "", "", ""],
    ], merges=[(5, 0, 5, 3)])
    doc.add_heading("3. Educational benefits the school must deliver", 1)
    para(doc, "3.1 Curriculum and wider activities. The school must offer GCSEs in English, mathematics, science and at least two other subjects, Level 1 and 2 vocational qualifications (the Council expects construction, hair and beauty, and sport), the Duke of Edinburgh's Award, and outdoor learning on at least one afternoon a week. Pupils now placed out of borough frequently have a narrower offer: seven of the 31 take no GCSEs at all. The school will have a food room, a science laboratory, a workshop and a multi-use games area.")
    p = para(doc, "3.2 The school will contribute to priorities 1 and 3 of the Council's Accessibility Strategy 2025-2029 (a broad curriculum for disabled pupils within the borough; accessible new school buildings).")
    fn.cite(p, "Dudwell MBC Accessibility Strategy 2025-2029, approved by Cabinet on 10 July 2025, section 4.")
    para(doc, "3.3 Specialist staff. The proposer must employ or commission a full-time mental health practitioner, a speech and language therapist (0.6 FTE) and an occupational therapist (0.2 FTE), and must buy one day a week of educational psychology. The Council's SEMH Outreach Team will be based at the school from its opening, giving the school's staff access to, and making the school a centre for, outreach to the borough's 74 mainstream schools.")
    doc.add_heading("4. Accommodation", 1)
    para(doc, "4.1 The Council will build the school to the Department's output specification for special schools: a two-storey building of about 2,350 m² gross with eight classrooms of 55-60 m², six group rooms, two calm rooms, the food room, laboratory and workshop in 3.1, a hall, a therapy suite and a MUGA. Construction: September 2027 to June 2028; the building will be handed to the trust by 31 July 2028.")
    doc.add_heading("5. Consultation", 1)
    p = para(doc, "5.1 Before issuing this specification the Council wrote, on 14 October 2026, to the governing bodies of Brierley Bank and the Junction School, to the trusts of the borough's special academies, to the management committee of the Dudwell pupil referral unit and to every mainstream headteacher, with a written statement of the proposed new school inviting each to set out its views in writing and to say whether it agreed. Twenty-three written responses were received; all but one support the proposal. They are in Annex C.")
    doc.add_heading("6. Pupils affected", 1)
    para(doc, "6.1 This is a new school. No school or provision closes and no pupil is displaced; places will be offered through EHC plan reviews and new assessments.")
    doc.add_heading("7. Transport", 1)
    para(doc, "7.1 Eligible pupils will receive travel assistance under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2025). The Council will run four minibus routes to the site from September 2028, each with a trained passenger assistant, with a maximum journey of 45 minutes; Key Stage 4 pupils will be offered independent travel training under section 7 of the policy.")
    doc.add_heading("8. Funding", 1)
    para(doc, "8.1 Capital: £12.6 million from the Council's High Needs Provision Capital Allocation (2022-2026 allocations, £9.1 million) and its basic need grant (£3.5 million), approved by Cabinet on 7 December 2026 (minute 84).")
    para(doc, "8.2 Revenue: place funding of £10,000 for each of the 64 places from the High Needs Block of the Dedicated Schools Grant, with top-up at the Council's SEMH band D (£14,200 per pupil in 2027-28). Pre-opening and post-opening start-up grants of £290,000 in total will be paid by the Council.")
    doc.add_heading("9. Staffing", 1)
    para(doc, "9.1 The proposer's staffing must at least meet the following model when the school is full:")
    table(doc, [
        ["Role", "FTE"],
        ["Headteacher; deputy headteacher", "2.0"],
        ["Teachers (one per class of 8)", "8.0"],
        ["Teaching assistants (two per class)", "16.0"],
        ["Mental health practitioner", "1.0"],
        ["Speech and language therapist; occupational therapist", "0.6; 0.2"],
        ["Family liaison officer", "1.0"],
    ])
    fn.attach()


# ------------------------------------------------------------------ 32

@builder("32-governors-response-counter-proposal-keep-vi-base-hambledon")
def doc32(doc):
    header_footer(doc, "Hambledon Vale Academy: Local Governing Body", "Response to consultation ref. BVC/SO/2027/03")
    doc.add_heading("Response of the Local Governing Body of Hambledon Vale Academy to Blackmore Vale Council's proposal to close the Visual Impairment Resource Base, with the Governing Body's alternative proposal", 0)
    para(doc, "Agreed at the meeting of the Local Governing Body on 3 March 2027 and submitted to the Council's Cabinet with the support of the Stour Valley Academies Trust.")
    text_box(doc, [
        "Our alternative proposal at a glance",
        "Keep the VI Resource Base at Hambledon Vale and enlarge it from 8 to 12 places from September 2027.",
        "Add a 0.4 FTE habilitation specialist and a county VI outreach hub at the Academy.",
        "No pupil would have to move school.",
    ])
    doc.add_heading("Part A: The Council's proposal", 1)
    para(doc, "A1. The Council proposes to close the Visual Impairment Resource Base (8 places, 7 pupils) at Hambledon Vale Academy on 31 August 2027. Under its proposal the seven pupils would attend their nearest mainstream secondary school with support from the Council's Sensory Support Service.")
    para(doc, "A2. We do not support the Council's proposal. The seven families have told us they do not want it, and it would leave the county without any secondary resourced provision for blind and partially sighted pupils. We ask Cabinet instead to decide the alternative proposal in Part B, which the Trust will publish formally as a significant change if the Council agrees to commission the places.")
    doc.add_heading("Part B: Our alternative proposal", 1)
    para(doc, "B1. The Base would stay at Hambledon Vale and would be enlarged from 8 to 12 places from 1 September 2027, for pupils aged 11 to 16 with visual impairment as their primary need. No pupil would be displaced: the seven pupils now at the Base would stay.")
    para(doc, "B2. Access to the curriculum. Pupils would continue to learn braille and touch-typing daily, and would take GCSEs with modified large-print and braille papers. We would add a mobility and independent living programme (cooking, shopping, using buses) and an accessible technology suite with screen-reading software and refreshable braille displays for every pupil. This is in line with objective 2 of the Council's own Accessibility Strategy 2024-2028 (access to information for disabled pupils).")
    para(doc, "B3. Specialist staff. The Base has a qualified teacher of visual impairment (QTVI, 1.0 FTE). We would add a habilitation specialist (0.4 FTE, two days a week) and host the Council's VI outreach hub, so that the two QTVIs of the Sensory Support Service work from the Academy on Mondays and Fridays and support mainstream schools from here.")
    para(doc, "B4. Accommodation. The room next to the Base (45 m²) would be converted into the accessible technology suite, with tactile flooring on the route from the Base to the dining hall and improved lighting, at a cost of £38,000, during the summer holiday of 2027.")
    para(doc, "B5. Consultation with providers. On 10 February 2027 the Governing Body wrote to the Council, to the other six secondary schools and academies in the Blackmore and Stour area and to the Sensory Support Service, enclosing a written statement of this alternative proposal and asking each to set out its views in writing. Four replies have been received (enclosed); three support it.")
    para(doc, "B6. Transport. Pupils would continue to travel to the Academy under the Council's SEND Travel Assistance Policy, as they do now.")
    para(doc, "B7. Funding and staffing. The conversion (£38,000) would be met from the Trust's School Condition Allocation 2027-28, already approved by the Trust Board on 20 January 2027. Four additional places at £10,000 each (£40,000 a year) and top-up at the Council's VI band would come from the High Needs Block. Staffing: QTVI 1.0 FTE; habilitation specialist 0.4 FTE; three specialist teaching assistants (3.0 FTE, one more than now), one of them a braillist.")
    doc.add_heading("Comparison of the two proposals", 1)
    table(doc, [
        ["", "Council's proposal", "Governing Body's proposal"],
        ["Secondary VI places in the county", "0", "12"],
        ["Pupils who move school", "7", "0"],
        ["Specialist staff", "Sensory Support Service visits", "QTVI 1.0, habilitation 0.4, outreach hub"],
        ["Decision", "Cabinet, 14 April 2027", "Cabinet, 14 April 2027"],
    ], merges=[(4, 1, 4, 2)])
    para(doc, "Signed: Chair of the Local Governing Body, Hambledon Vale Academy")


# ------------------------------------------------------------------ 36

@builder("36-cabinet-report-sensory-outreach-hub-and-vi-base-westbury-leigh")
def doc36(doc):
    header_footer(doc, "Avon and Wylye Council    Cabinet    9 March 2027    Agenda item 7", "Avon and Wylye Council: Cabinet report CAB/27/018")
    doc.add_heading("Reorganisation of the Sensory Support Service and a new resourced base for pupils with visual impairment at Westbury Leigh Primary School", 0)
    table(doc, [
        ["Report of", "Corporate Director, People"],
        ["Cabinet member", "Cabinet Member for Education and Skills"],
        ["Key decision", "Yes (forward plan ref. KD 27/04)"],
        ["Divisions", "Westbury Leigh; all divisions (county-wide service)"],
    ], header=False)
    doc.add_heading("1. Purpose", 1)
    para(doc, "1.1 To seek approval to (a) move the Council's Sensory Support Service (hearing and visual impairment outreach) from its office base at County Hall to a hub at Westbury Leigh Primary School and Mill Brook Special School, and (b) establish a resourced base for 6 primary pupils with visual impairment at Westbury Leigh Primary School from 1 September 2027, following consultation from 2 November to 14 December 2026 and the statutory notice of 11 January 2027.")
    doc.add_heading("2. Benefits for children and young people", 1)
    para(doc, "2.1 Access to education. The VI base will teach braille, tactile graphics, keyboarding and mobility alongside the full primary curriculum in mainstream classes. Pupils will use a loan bank of refreshable braille displays, video magnifiers and accessible tablets held at the hub, which the county's 38 pupils with a VI outreach plan will also be able to borrow; now they wait an average of 11 weeks for equipment. This delivers action 2.4 of the Council's Accessibility Strategy 2025-2028.")
    para(doc, "2.2 Specialist staff. At present the county has 2.6 FTE qualified teachers of visual impairment (QTVIs) and no habilitation specialist, all based 25 miles away at County Hall. The reorganised service will have 3.6 FTE QTVIs (one leading the base), a habilitation specialist (1.0 FTE) and 4.0 FTE qualified teachers of the deaf, working from the hub, so that schools in the west of the county are visited at least fortnightly rather than termly.")
    para(doc, "2.3 Accommodation. Two rooms at Westbury Leigh Primary (a 56 m² classroom and a 22 m² resource room) will be adapted with high-contrast decoration, controlled lighting and a braille embosser enclosure; the service's hub will use a 40 m² office and a 30 m² equipment store at Mill Brook. Works: £142,000, in the Easter and summer holidays of 2027.")
    doc.add_heading("3. Places", 1)
    table(doc, [
        ["Provision", "Places now", "Places from September 2027"],
        ["Primary VI resourced places in the county", "0", "6"],
        ["Outreach caseload (HI and VI), pupils", "412", "412 (no change)"],
        ["Primary VI places are at Westbury Leigh Primary; the outreach caseload is county-wide", "", ""],
    ], merges=[(3, 0, 3, 2)])
    doc.add_heading("4. Consultation with providers", 1)
    para(doc, "4.1 A written statement of the proposals was sent on 2 November 2026 to the governing bodies of Westbury Leigh Primary and Mill Brook Special School, all 214 schools and academies in the county, early years providers and the Royal National Institute of Blind People regional team, inviting written views and seeking agreement. Both governing bodies agreed in writing (Appendix B); of 41 written replies, 38 supported the proposals (Appendix C).")
    doc.add_heading("5. Pupils affected", 1)
    para(doc, "5.1 No pupil is displaced: the base is new and the outreach service continues to support the same pupils in their own schools. Two pupils currently receiving outreach have asked for places at the base; they would move only if their parents request it at annual review.")
    doc.add_heading("6. Transport", 1)
    para(doc, "6.1 Pupils placed at the base will receive transport under the Council's Home to School Transport Policy for Children and Young People with SEND (2025), paragraphs 4.1-4.6: an individual taxi or shared minibus with a passenger assistant trained in guiding, a maximum journey of 45 minutes, and mobility training so that older pupils can travel independently where safe.")
    doc.add_heading("7. Financial implications", 1)
    para(doc, "7.1 Capital: £142,000 from the High Needs Provision Capital Allocation 2026-27 (approved, capital programme line HN-12). Revenue: base places at £10,000 each (£60,000) with top-up at the Council's VI band (£9,800 per pupil) from the High Needs Block; the service's additional posts (£118,000 a year) are funded from the High Needs Block central budget agreed by Schools Forum on 20 January 2027. Moving out of County Hall saves £26,000 a year in accommodation charges.")
    doc.add_heading("8. Staffing", 1)
    table(doc, [
        ["Post", "Now (FTE)", "From Sept 2027 (FTE)"],
        ["QTVI", "2.6", "3.6"],
        ["Habilitation specialist", "0", "1.0"],
        ["Qualified teacher of the deaf", "4.0", "4.0"],
        ["Teaching assistant, VI base", "0", "2.0"],
        ["Technician (equipment loan bank)", "0", "0.5"],
    ])
    doc.add_heading("9. Recommendations", 1)
    para(doc, "9.1 That Cabinet approves the proposals in 1.1 (a) and (b) with effect from 1 September 2027.")


# ------------------------------------------------------------------ 37

@builder("37-cabinet-minutes-amalgamate-hawthorne-lane-cherry-orchard-places-conflict")
def doc37(doc):
    header_footer(doc, "Brindleyford City Council    Cabinet    Minutes", "These minutes are subject to confirmation at the next meeting")
    doc.add_heading("BRINDLEYFORD CITY COUNCIL", 0)
    para(doc, "MINUTES of a meeting of the CABINET held at the Council House on Wednesday 17 March 2027 at 10.00am")
    para(doc, "Present: Councillor R. Okafor (Leader, in the Chair); Councillors Bains, Doyle, Hussain, Kowalczyk, Mensah, Price and Wilkes.")
    para(doc, "Also present: Director of Education and Skills; Assistant Director, SEND and Inclusion; City Solicitor.")
    doc.add_heading("112. AMALGAMATION OF HAWTHORNE LANE SCHOOL AND CHERRY ORCHARD SCHOOL", 1)
    para(doc, "112.1 The Cabinet Member for Children, Young People and Families introduced the report of the Director of Education and Skills, which set out the outcome of the statutory representation period on the proposal to close Hawthorne Lane School (a community special school for 80 pupils aged 4 to 16 with moderate learning difficulties) on 31 August 2027 and to enlarge Cherry Orchard School (a community special school for 110 pupils with the same designation) so that the two schools become one school of 220 places on the Cherry Orchard site from 1 September 2027.")
    para(doc, "112.2 The Assistant Director reported that the amalgamated school would give pupils a wider curriculum than either school offers alone: a Key Stage 4 offer of eight GCSE and Entry Level subjects, a vocational centre with horticulture, catering and motor vehicle courses, a swimming pool (Hawthorne Lane pupils currently have no swimming), and a sensory room in each phase. This was identified in the report as contributing to priority 2 of the City's Accessibility Strategy 2025-2028.")
    para(doc, "112.3 Members noted that the school would have its own speech and language therapist (1.0 FTE), an educational psychologist for one day a week and a school counsellor three days a week, which neither school has at present, and that the City's Cognition and Learning Outreach Team would move to the site.")
    para(doc, "112.4 Members noted that a new two-storey teaching block of 1,450 m² (ten classrooms of 58 m², the vocational centre and a therapy suite), costing £6.9 million, was under construction at Cherry Orchard and would be complete by 30 June 2027.")
    para(doc, "112.5 The Assistant Director confirmed that on 1 November 2026 the City had sent a written statement of the proposals to both governing bodies, to the City's other special schools and to the Brindleyford Special Schools Partnership, inviting each to set out its views in writing and seeking agreement; both governing bodies had agreed in writing, and the written responses were at Appendix 2 to the report.")
    para(doc, "112.6 All 80 pupils at Hawthorne Lane would transfer to the amalgamated school on the Cherry Orchard site on 1 September 2027. The governing body of Cherry Orchard had confirmed in writing on 3 December 2026 that it would admit every pupil and that the new block would provide for their curriculum. No family had asked for a different school.")
    para(doc, "112.7 Transport would be provided under the City's Home to School Travel Assistance Policy for Children with SEND (2025): the existing Hawthorne Lane minibus routes would be redirected to Cherry Orchard, each with a passenger assistant, with no journey over 45 minutes, and parents had been offered independent travel training for pupils in Years 9 to 11.")
    para(doc, "112.8 The capital cost of £6.9 million was met from the High Needs Provision Capital Allocation (£5.2 million) and the City's basic need grant (£1.7 million), both in the approved capital programme. Revenue would be met from the High Needs Block at £10,000 per place plus the City's MLD top-up band. The staffing structure of the amalgamated school (one headteacher, two deputy headteachers, 25 teachers (25.0 FTE) and 38 teaching assistants (38.0 FTE)) had been agreed by the shadow governing body.")
    para(doc, "112.9 In answer to a question from Councillor Price, the Director said that places had been planned so that the amalgamated school could take the children currently on the waiting lists of both schools.")
    para(doc, "RESOLVED:", bold_lead=None)
    table(doc, [
        ["(1)", "That Hawthorne Lane School be discontinued with effect from 31 August 2027."],
        ["(2)", "That Cherry Orchard School be enlarged to 210 places with effect from 1 September 2027, as the amalgamated school."],
        ["(3)", "That the capital expenditure in 112.8 be confirmed."],
        ["(4)", "That the Director of Education and Skills be authorised to take all steps necessary to implement the decisions."],
    ], header=False)
    para(doc, "Reasons for the decision: as set out in the report. Alternative options considered and rejected: retaining both schools on separate sites (option 1); federation without amalgamation (option 2).")
    para(doc, "The meeting ended at 11.42am.    Chair: ........................")


# ------------------------------------------------------------------ 41

@builder("41-trust-significant-change-sixth-form-parrett-levels-transport-no-policy")
def doc41(doc):
    header_footer(doc, "Quantock Learning Partnership    Significant change application    Parrett Levels Academy", "QLP/SC/2027/02    Confidential until submitted")
    fn = Footnotes(doc)
    doc.add_heading("Application for a significant change: age range extension to establish a sixth form at Parrett Levels Academy", 0)
    para(doc, "Applicant: Quantock Learning Partnership (the Trust). Academy: Parrett Levels Academy, Bridgwick, a special academy for pupils aged 7 to 16 with autism. Local authority: Somerleigh Council. Date: 1 March 2027.")
    doc.add_heading("1. The change", 1)
    p = para(doc, "1.1 The Trust applies to extend the Academy's age range from 7-16 to 7-19 from 1 September 2027, adding a sixth form of 24 places for students aged 16 to 19 with autism. The Academy's capacity will rise from 96 to 120 places.")
    fn.cite(p, "The application follows the Department for Education's guidance on making significant changes to an open academy (2024), section on age range changes.")
    para(doc, "1.2 At present students leave the Academy at 16. Of the 31 leavers in 2024-2026, 11 went to general further education college courses they did not complete, and 6 to independent specialist colleges outside Somerleigh costing £48,000-£92,000 a year each.")
    doc.add_heading("2. Benefits", 1)
    p = para(doc, "2.1 Curriculum. The sixth form will offer three pathways: (a) GCSE and Level 2 study, with resits in English and mathematics; (b) Level 1 vocational courses in animal care, horticulture and hospitality, with a supported internship in Year 14 with Bridgwick Community Hospital and two local employers; and (c) an independent living pathway with travel training and a training flat. The Academy's existing facilities (sensory rooms, farm unit, food room) will be open to sixth formers, and students will take part in the Duke of Edinburgh's Award.")
    p2 = para(doc, "2.2 The sixth form contributes to objective 3 of Somerleigh Council's Accessibility Strategy 2025-2028.")
    fn.cite(p2, "Objective 3: 'improving the range of post-16 education available locally to disabled young people'.")
    para(doc, "2.3 Specialist staff. A careers adviser with SEND specialism (0.4 FTE), a job coach (1.0 FTE) and an occupational therapist (0.4 FTE) will be appointed for the sixth form; the Academy's speech and language therapist will increase from 0.6 to 1.0 FTE.")
    para(doc, "2.4 Accommodation. The former caretaker's house (two storeys, 140 m²) will be converted into a sixth-form centre with two teaching rooms, a common room and a training flat, and a 90 m² vocational workshop will be built beside the farm unit. Works: £780,000, May to August 2027.")
    doc.add_heading("3. Consultation", 1)
    p = para(doc, "3.1 Between 10 January and 21 February 2027 the Trust sent a written statement of the proposed change to Somerleigh Council, the governing bodies of the Academy's partner schools, Bridgwick College and the two other special schools in the area, inviting each to set out its views in writing. Somerleigh Council's written response (15 February 2027) supports the change and agrees to commission the places; Bridgwick College responded in writing in support.")
    fn.cite(p, "All written responses are in Annex B.")
    doc.add_heading("4. Pupils affected", 1)
    para(doc, "4.1 No pupil is displaced: the change adds provision and every current pupil remains at the Academy.")
    doc.add_heading("5. Transport", 1)
    para(doc, "5.1 Students will travel to the Academy in the Council's contracted minibuses with a passenger assistant, on journeys of no more than 50 minutes, or by public transport after travel training.")
    doc.add_heading("6. Funding and staffing", 1)
    table(doc, [
        ["Item", "Amount", "Source"],
        ["Capital: conversion and workshop", "£780,000", "Somerleigh Council High Needs Provision Capital Allocation 2026-27 (approved 8 December 2026)"],
        ["Revenue: 24 places", "£240,000 a year", "ESFA place funding (£10,000 per place)"],
        ["Revenue: top-up", "£15,200 per student", "Somerleigh Council High Needs Block, post-16 band"],
    ])
    para(doc, "6.1 Additional staff when full: teachers 3.0 FTE; teaching assistants 6.0 FTE; job coach 1.0 FTE; careers adviser 0.4 FTE; occupational therapist 0.4 FTE; speech and language therapist 0.4 FTE (increase).")
    fn.attach()


# ------------------------------------------------------------------ 46

@builder("46-delegated-decision-content-controls-redesignate-wareham-heath")
def doc46(doc):
    header_footer(doc, "Purbeck and Stour Council    Officer Decision Record (template ODR-3)", "OFFICIAL    ODR-3 v2.1")
    doc.add_heading("Officer Decision Record", 0)
    para(doc, "Complete every box. Boxes are content controls: type inside the grey area.")
    table(doc, [
        ["Decision number", "ODR/CYP/2027/0044"],
        ["Officer", "Director of Education and Learning"],
        ["Authority to decide", "Scheme of delegation, Part 3, para 4.7 (school organisation proposals with no objections)"],
    ], header=False)
    doc.add_heading("1. Decision", 2)
    content_control(doc, "Decision", [
        "To change the designation of Wareham Heath School, a community special school for pupils aged 5 to 16, from moderate learning difficulties (MLD) to MLD and autism spectrum condition (ASC), and to increase its capacity from 100 to 108 places, with effect from 1 September 2027, as published in the statutory notice of 11 January 2027.",
        "Of the 108 places, 24 will be designated for pupils with ASC as their primary need, in three classes of eight.",
    ])
    doc.add_heading("2. Reasons and benefits", 2)
    content_control(doc, "Reasons", [
        "2.1 The school's roll has changed: 38 of its 96 pupils now have ASC as their primary need, but it is designated for MLD only, so its admissions, staffing and buildings do not reflect them. Nine children with ASC and learning difficulties were placed out of county in 2026.",
        "2.2 Access to education: the ASC classes will follow a structured TEACCH-based curriculum with sensory circuits twice daily, and will have a sensory room, a soft play room and a quiet garden. All pupils will be able to take Entry Level and GCSE qualifications as now. This delivers action 5 of the Council's Accessibility Strategy 2025-2028.",
        "2.3 Specialist staff: the school will employ an autism lead teacher (1.0 FTE) and a speech and language therapist (0.6 FTE, up from 0.2), and the Council's Autism Outreach Team will provide 10 days a year of training to all staff.",
        "2.4 Accommodation: three classrooms in the east wing (each 58 m²) will be remodelled with breakout rooms, low-arousal lighting and acoustic panels, and a sensory room and soft play room (30 m² each) created from the former library, at a cost of £520,000, between April and August 2027.",
    ])
    doc.add_heading("3. Consultation", 2)
    content_control(doc, "Consultation", [
        "A written statement of the proposal was sent on 2 November 2026 to the governing body of Wareham Heath, the county's other special schools, the Purbeck Schools Partnership and Dorset Vale Health's children's therapy service, inviting written views and seeking agreement. The governing body agreed in writing on 16 November 2026. No objections were received to the statutory notice. Written responses: Appendix A.",
    ])
    doc.add_heading("4. Pupils affected", 2)
    content_control(doc, "Pupils affected", [
        "No pupil is displaced. All current pupils stay at the school; pupils with ASC already on roll will move into the ASC classes where their annual review agrees.",
    ])
    doc.add_heading("5. Transport", 2)
    content_control(doc, "Transport", [
        "Eligible pupils will continue to receive transport under the Council's Home to School Transport Policy for Children and Young People with SEND (2025): minibuses with a passenger assistant, maximum journey 60 minutes; one additional route from September 2027 for the 8 additional pupils.",
    ])
    doc.add_heading("6. Financial implications", 2)
    content_control(doc, "Financial implications", [
        "Capital £520,000 from the Council's High Needs Provision Capital Allocation 2026-27, approved by Cabinet on 4 December 2026. Revenue: 8 additional places at £10,000 (£80,000 a year) and top-up at the Council's ASC band for 24 pupils, from the High Needs Block.",
    ])
    doc.add_heading("7. Staffing", 2)
    content_control(doc, "Staffing", [
        "Autism lead teacher 1.0 FTE; one additional class teacher 1.0 FTE; three additional teaching assistants 3.0 FTE; speech and language therapist increased by 0.4 FTE. Staff:pupil ratio in ASC classes 1:2.7 (three adults to eight pupils).",
    ])
    doc.add_heading("8. Declaration", 2)
    content_control(doc, "Signature", ["Signed: Director of Education and Learning    Date: 1 March 2027"])


# ------------------------------------------------------------------ main (keep last)

def build_all(out: Path | str | None = None) -> list[Path]:
    """Write every part b Word document into ``out`` (default: this folder)."""
    out = Path(out) if out else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, fn in BUILDERS.items():
        doc = Document()
        style = doc.styles["Normal"]
        style.font.size = Pt(11)
        fn(doc)
        path = out / f"{name}.docx"
        doc.save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in build_all(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
