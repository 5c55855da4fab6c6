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

# ---- main


def main(argv):
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, spec in DOCS.items():
        build(spec["blocks"], spec["header"], spec["footer"], out_dir / f"{name}.docx")


if __name__ == "__main__":
    main(sys.argv)
