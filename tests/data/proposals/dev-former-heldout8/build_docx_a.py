"""Build part a's Word documents of the heldout8 corpus (05, 08, 12, 15, 20, 25).

python tests/data/proposals/heldout8/build_docx_a.py [OUT_DIR]

python-docx writes headings, numbered paragraphs (numbers typed, restarting in
each section, as councils' templates often do), tables, a header and a footer
with a PAGE field; document 25's boxes are content controls (w:sdt) and
document 20 keeps its funding figures in a text box.  The bytes differ from
build to build; the text does not.
"""

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

W = nsdecls("w")


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc(header, footer):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    fp = sec.footer.paragraphs[0]
    fp.text = footer + " | Page "
    fp._p.append(parse_xml(f'<w:fldSimple {W} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    return doc


def para(doc, text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def table(doc, rows, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def content_control(doc, tag, text):
    """A block-level content control (w:sdt) holding one paragraph per line."""
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    sdt = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/></w:sdtPr>'
        f"<w:sdtContent>{paras}</w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, sdt)


def text_box(doc, lines):
    """A VML text box anchored in an empty paragraph."""
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>' for line in lines
    )
    p = doc.add_paragraph()
    pict = parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="tb1" type="#_x0000_t202" style="width:420pt;height:120pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    p._p.append(pict)


# ---------------------------------------------------------------- 05

def doc05():
    d = new_doc("Weaverdale Borough Council and NHS Cheshire Plains Integrated Care Board",
                "Joint Commissioning Group, 11 February 2027, Paper JCG/27/06")
    d.add_heading("Joint commissioning paper: a new Medical Needs Learning Centre at Leighton Park", 0)
    table(d, [["Paper", "JCG/27/06"], ["Sponsors", "Director of Education, Weaverdale Borough Council; Director of Nursing and Quality, NHS Cheshire Plains ICB"],
              ["Decision sought", "Approval to proceed to the Council's statutory process and the ICB's investment panel"]], header=False)
    d.add_heading("1. Purpose", 1)
    para(d, "1.1 This paper asks the Joint Commissioning Group to approve the relocation of the Weaverdale Hospital Education Service, the borough's pupil referral unit for children and young people with medical needs, from the former Ward 14 building at Leighton Park Hospital to a new Medical Needs Learning Centre on the same hospital campus, and to increase its places.")
    d.add_heading("2. The service now", 1)
    para(d, "2.1 The Service teaches children on the paediatric and adolescent mental health wards and, in its day base in Ward 14, pupils aged 11-16 who cannot attend school for health reasons. The day base has 24 places and a waiting list of nine.")
    para(d, "2.2 Ward 14 was built in 1968, is not fully accessible (no lift to the first-floor classrooms) and is due to be demolished under the hospital trust's estates strategy in 2028.")
    d.add_heading("3. The proposal", 1)
    para(d, "3.1 The Service would move as a whole (pupils, staff and management committee) to the new Centre in September 2027. No pupil will be displaced; every pupil on roll in July 2027 will continue at the Centre.")
    para(d, "3.2 Day places will increase from 24 to 40 for pupils aged 11-16 with physical or mental health needs; ward teaching continues at 12 places.")
    d.add_heading("4. Benefits for children and young people", 1)
    para(d, "4.1 Pupils will have a science laboratory, an art and music room, a fitness room and a rooftop garden, and the Centre will offer eight GCSE subjects (five now), with online lessons for pupils on the wards. This contributes to priority 3 of the Council's Accessibility Strategy 2025-2028 (continuity of education for pupils with medical needs).")
    para(d, "4.2 The ICB will fund a CAMHS nurse (1.0 FTE) and a clinical psychologist (0.4 FTE) based at the Centre, and the Council will add an educational psychologist one day a week.")
    para(d, "4.3 The Centre is a two-storey building of 980 m² with eight teaching rooms (40-55 m²), two quiet rooms, a clinical room and a lift, built by the hospital trust's contractor, handover by 31 July 2027.")
    d.add_heading("5. Engagement with providers", 1)
    para(d, "5.1 On 5 October 2026 the Council and the ICB sent a joint written statement of the proposal to the Service's management committee, the Leighton Park Hospitals NHS Foundation Trust, all secondary and special schools in the borough and the two academy trusts, inviting their views in writing on the changing pattern of provision. Twelve written responses were received, all in support (Annex 2).")
    d.add_heading("6. Transport", 1)
    para(d, "6.1 Travel assistance will be provided under the Council's Home to School Travel Policy for Children and Young People with SEND and Medical Needs (2025): eligible pupils will travel by taxi, with a passenger assistant where their individual healthcare plan requires, and no journey will exceed 45 minutes. The Centre is on the same site as Ward 14, so routes do not change.")
    d.add_heading("7. Finance and staffing", 1)
    table(d, [["Item", "Amount", "Source"],
              ["Building (capital)", "£3.4m", "ICB capital allocation 2026-27 (£2.1m, confirmed) and the Council's High Needs Provision Capital Allocation (£1.3m, received)"],
              ["Education revenue, 16 extra places", "£520,000 a year", "High Needs Block, agreed by Schools Forum 20 January 2027"],
              ["CAMHS nurse and clinical psychologist", "£96,000 a year", "ICB mental health investment standard"]])
    para(d, "7.1 Staffing: teachers increase from 6.0 to 9.0 FTE and teaching assistants from 3.0 to 5.0 FTE; the health posts are in 4.2.")
    d.add_heading("8. Recommendation", 1)
    para(d, "8.1 That the Group approves the proposal for the Council's statutory process and the ICB's investment panel.")
    return d


# ---------------------------------------------------------------- 08

def doc08():
    d = new_doc("Diocese of Fenchester Board of Education", "Proposal DBE/2027/02 — St Etheldreda's CE Primary School")
    d.add_heading("Proposal to establish specialist resourced provision for pupils with multi-sensory impairment at St Etheldreda's Church of England Primary School, Soham Fen", 0)
    para(d, "Published by the Diocese of Fenchester Board of Education and the governing body of St Etheldreda's Church of England Voluntary Aided Primary School, with the agreement of Ouse and Cam County Council, on 22 March 2027.")
    d.add_heading("Section A: What is proposed", 1)
    para(d, "1. The governing body proposes to open a resourced provision for eight pupils aged 4-11 with multi-sensory impairment (MSI), including deafblind pupils, from 1 September 2027.")
    para(d, "2. There is no MSI provision in a mainstream school in the county; the county's six pupils with MSI of primary age attend special schools or out-of-county placements.")
    para(d, "3. Pupils will be on roll at St Etheldreda's and be included in mainstream classes for at least half of each day, with specialist teaching in the base.")
    d.add_heading("Section B: Benefits", 1)
    para(d, "1. Access to the curriculum and activities: pupils will follow the school's curriculum with tactile and objects-of-reference resources, a braille embosser and two CCTV magnifiers, a sensory room with a resonance board, and will take part in the school's choir, swimming and residential visits, with an intervenor. This contributes to objectives 2 and 3 of the County's Accessibility Strategy 2025-2028.")
    para(d, "2. Specialist staff: a qualified teacher of MSI (1.0 FTE, with the mandatory qualification) and three intervenors; the County Sensory Support Service will provide a habilitation specialist one day a week and an audiologist termly.")
    para(d, "3. Accommodation: a new two-room base (a 60 m² classroom and a 20 m² sensory room) with acoustic treatment, controlled lighting and a hygiene room, built on the school's field at a cost of £690,000, ready by 20 August 2027.")
    para(d, "4. Places: eight new MSI resourced places from September 2027, where there are none now.")
    d.add_heading("Section C: Other key factors", 1)
    para(d, "1. Providers: on 10 January 2027 the Board wrote to the County Council, the governing bodies of the two special schools that now teach pupils with MSI, and all primary schools in the Soham deanery, with a written statement of the proposal inviting their views in writing. Seven written responses were received; all support the proposal.")
    para(d, "2. No pupil will be displaced; the provision is new and places will be taken up through the EHC plan process.")
    para(d, "3. Transport will be provided by the County under its Home to School Transport Policy for Children and Young People with SEND (2026): pupils will travel by taxi with a passenger assistant trained in communication with deafblind children, with journeys of no more than 45 minutes.")
    para(d, "4. Funding: £690,000 capital from the County's High Needs Provision Capital Allocation (approved by Cabinet, 14 December 2026); revenue £10,000 place funding per place plus top-up from the High Needs Block (£312,000 a year at full occupancy).")
    para(d, "5. Staffing: the MSI teacher (1.0 FTE) and three intervenors (3.0 FTE), with a 0.2 FTE leadership allocation for the school's SENCo.")
    d.add_heading("Section D: Representations", 1)
    para(d, "1. Anyone may comment within four weeks to the Director of Education, Diocese of Fenchester, The Old Palace, Fenchester.")
    return d


# ---------------------------------------------------------------- 12

def doc12():
    d = new_doc("City of Nenebridge Council — Consultation", "SpLD provision options appraisal — January 2027")
    d.add_heading("Specialist provision for pupils with specific learning difficulties (dyslexia): options appraisal and consultation", 0)
    d.add_heading("1. Introduction", 1)
    para(d, "1.1 The City has one SpLD resourced provision, the Westwood Literacy Unit at Westwood Primary (10 places, Years 3-6). There is no specialist provision for secondary pupils with severe SpLD; 17 are placed in independent schools.")
    para(d, "1.2 We considered three options. Only Option 2 is proposed; Options 1 and 3 are described for completeness and are not recommended.")
    d.add_heading("2. Options", 1)
    table(d, [["Option", "Description", "Assessment"],
              ["1. No change", "Keep the Westwood Literacy Unit; continue independent placements for secondary pupils.", "Rejected: does not meet secondary need; cost of independent placements rising."],
              ["2. New secondary SpLD base (PROPOSED)", "Open a 16-place SpLD resourced provision at Hampton Vale Academy for pupils aged 11-16 from September 2027. The Westwood Literacy Unit continues unchanged.", "Recommended."],
              ["3. Replace the Westwood Unit with outreach", "Close the Westwood Literacy Unit and use its budget for outreach. We would hope to find places in mainstream classes for the current pupils and intend to explore other options for those with the most severe needs.", "Rejected: removes primary places and leaves current pupils without a firm destination."]])
    d.add_heading("3. The proposal (Option 2) in detail", 1)
    para(d, "3.1 Places. 16 new resourced places for pupils aged 11-16 with an EHC plan for SpLD, from 1 September 2027 (none at secondary level now). With Westwood's 10, the City will have 26 SpLD places.")
    para(d, "3.2 Curriculum and equipment. Pupils will be taught literacy in the base for up to six hours a week and follow the full Hampton Vale curriculum, with touch-typing, assistive technology (laptops with speech-to-text and text-to-speech, scanning pens), access arrangements for every examination and a homework club. This responds to priority 2 of the City's Accessibility Strategy 2025-2028 (access to the curriculum and to information).")
    para(d, "3.3 Staff. A specialist teacher of SpLD (1.0 FTE, Level 7 qualification with Assessment Practising Certificate) and two specialist teaching assistants; the Council's educational psychology service will give one day a half-term. The base will offer advice to other secondary schools half a day a week.")
    para(d, "3.4 Accommodation. Two classrooms on the ground floor of Hampton Vale's C block (52 m² and 38 m²) will be refitted as a teaching room and an assessment and study room, with acoustic treatment and 16 laptop workstations, at a cost of £150,000, over the summer of 2027.")
    para(d, "3.5 Pupils. No pupil is displaced by Option 2; it is new provision and the Westwood Literacy Unit is unaffected.")
    para(d, "3.6 Providers. On 9 December 2026 the Council sent a written statement of the options to the Hampton Vale Academy Trust, Westwood Primary's governing body and all secondary schools and academies in the City, inviting written views. The trust board and eleven schools replied in writing (Appendix 1).")
    para(d, "3.7 Transport. Eligible pupils will receive travel assistance under the City's Home to School Travel Policy for Children and Young People with SEND (2025): a bus pass with independent travel training for most pupils, and shared taxi where the policy's criteria are met; no journey over 45 minutes.")
    para(d, "3.8 Funding and staffing. Capital £150,000 from the High Needs Provision Capital Allocation 2026-27 (received); revenue £10,000 per place plus top-up, £276,000 a year, from the High Needs Block. Staffing: the 1.0 FTE specialist teacher and 2.0 FTE specialist teaching assistants in 3.3.")
    d.add_heading("4. How to respond", 1)
    para(d, "4.1 By 28 February 2027 at nenebridge.gov.uk/spld.")
    return d


# ---------------------------------------------------------------- 15

def doc15():
    d = new_doc("Hartshire County Council", "Castle Mead Learning Support Unit — information for families")
    d.add_heading("The Castle Mead Learning Support Unit: your questions answered", 0)
    para(d, "This leaflet explains the County Council's proposal to close the Learning Support Unit at Castle Mead School, Stafford Road, on 31 August 2027. The Unit is a resourced provision for 20 secondary pupils with moderate learning difficulties (MLD).")
    d.add_heading("Why is the Unit closing?", 2)
    para(d, "Castle Mead Academy's trust has told the County that it will convert the Unit's rooms to general classrooms to meet rising numbers. The County has decided not to seek another host school.")
    d.add_heading("What will happen to my child?", 2)
    para(d, "There are 17 pupils in the Unit. Pupils in Year 11 (five) will finish their courses in July 2027. The other 12 pupils will be offered places at Brookhouse School (MLD special school) or at another school with resourced provision, if places can be found. Brookhouse has not yet confirmed how many places it can offer. Until a place is agreed, your child will stay on roll at Castle Mead.")
    d.add_heading("Will my child be better off?", 2)
    para(d, "We believe pupils will have better access to the curriculum and to specialist staff in the schools that receive them.")
    d.add_heading("How will my child get to school?", 2)
    para(d, "Transport will be considered under the County's Home to School Transport Policy for Children and Young People with SEND (2025) once a new school is known.")
    d.add_heading("Will there be fewer places?", 2)
    para(d, "MLD resourced places in the county will fall from 86 to 66. The County is reviewing whether more special school places are needed.")
    d.add_heading("Who has been consulted?", 2)
    para(d, "The County wrote to the Castle Mead trust, Brookhouse School's governing body and all secondary schools on 14 October 2026 inviting their views in writing; six replied.")
    d.add_heading("How is this being paid for?", 2)
    para(d, "The Unit's High Needs funding (£280,000 a year) will follow pupils to their new placements. No new staff are planned.")
    d.add_heading("How can I have my say?", 2)
    para(d, "Complete the survey at hartshire.gov.uk/castlemead by 20 January 2027, or ring 0300 123 4567.")
    return d


# ---------------------------------------------------------------- 20

def doc20():
    d = new_doc("London Borough of Merton Vale — Children, Schools and Families", "Cabinet 9 June 2027 — Appendix B")
    d.add_heading("Appendix B: Issues raised in consultation and the Council's response — proposed enlargement of the Speech and Language Resourced Provision at Cranmer Green Primary School", 0)
    para(d, "The proposal is to enlarge the Speech and Language Resourced Provision (SLRP) at Cranmer Green Primary School, Mitcham, from 14 to 21 places for pupils aged 4-11 with an EHC plan for speech, language and communication needs, from 1 September 2027. No pupil is displaced. The table below records each issue raised and the Council's response.")
    table(d, [["Issue", "Response"],
              ["1. Will the children get more therapy?", "Yes. From September 2027 the SLRP will have a speech and language therapist from the Merton Vale Community Health service four days a week (three now) and an occupational therapist half a day a week, commissioned by the South West London ICB."],
              ["2. Where will the extra children be taught?", "The former nursery building (118 m²) will be refurbished as a third SLRP classroom (56 m²), a therapy room and a group room, with acoustic ceilings and a soundfield system, by August 2027."],
              ["3. What will children gain from being at Cranmer Green?", "Children will use a Makaton and signing curriculum, the school's forest school and its drama and music programme, and have their own communication aids (two voice output devices, visual timetables on tablets). This forms part of priority 1 of the Council's Accessibility Strategy 2025-2028 (communication and access to information)."],
              ["4. Will children have to travel further?", "No change for current pupils. New pupils will receive travel assistance under the Council's SEND Travel Assistance Policy (2026): most by a shared minibus with a passenger assistant, journeys under 40 minutes."],
              ["5. Were the schools asked?", "Yes. On 3 February 2027 the Council sent a written statement of the proposal to the governing body of Cranmer Green, the borough's other resourced provisions and all primary headteachers, inviting their views in writing. Eight written replies were received and are available on request."],
              ["6. How many more places does the borough need?", "The SEND Sufficiency Plan forecasts 20 more SLCN primary places by 2029; this proposal provides 7 of them."],
              ["7. Who will staff the enlarged SLRP?", "The SLRP will be appropriately staffed to meet the needs of the additional pupils."]])
    para(d, "Funding summary (see box).")
    text_box(d, ["Funding", "Capital: £240,000 from the High Needs Provision Capital Allocation 2026-27 (received).", "Revenue: 7 additional places at £10,000 plus top-up, £168,000 a year, from the High Needs Block."])
    return d


# ---------------------------------------------------------------- 25

def doc25():
    d = new_doc("Cheshire Moss Council — Record of Executive Decision", "Record ERD/2027/077 — OFFICIAL")
    d.add_heading("Record of Executive Decision", 0)
    fields = [
        ("Title", "Restructure of the Sensory Support Service: creation of a Multi-Sensory Impairment Team"),
        ("Decision maker", "Cabinet Member for Children and Families, 14 April 2027"),
        ("Decision", "To approve the restructure of the Council's Sensory Support Service (hearing impairment, vision impairment and multi-sensory impairment) from 1 September 2027, creating a dedicated Multi-Sensory Impairment (MSI) Team of three qualified teachers of MSI and four intervenors, in place of the present arrangement in which MSI pupils are supported jointly by HI and VI teachers."),
        ("Reasons", "The number of children with MSI known to the Service has risen from 14 in 2022 to 31 in 2026. Ofsted's local area SEND inspection (2025) noted that support for deafblind children was fragmented.\nPupils will have weekly specialist teaching in their own school, intervenor support of up to 10 hours a week, tactile and objects-of-reference curriculum resources, braille and sign-supported English, and the loan of adapted equipment (FM systems, CCTV magnifiers). This carries out objective 2 of the Council's Accessibility Strategy 2025-2028.\nThe MSI Team will comprise three qualified teachers of MSI (3.0 FTE, mandatory qualification), four intervenors (4.0 FTE) and a habilitation specialist (0.5 FTE), and will work with the audiology and ophthalmology clinics at Leighton Hospital one day a month each.\nThe Team will be based at the Sensory Support Centre, Dane Court, where the former HI resource room (48 m²) will be refitted as an MSI assessment and resource room with controlled lighting and acoustic treatment (£35,000, July 2027)."),
        ("Pupils and places", "The Service supports children in their own schools and settings; it provides no school places and no pupil changes school."),
        ("Consultation", "On 6 January 2027 the Council sent a written statement of the proposed restructure to the governing bodies of all schools with children supported by the Service, the two special schools for sensory impairment and the regional deafblind charity, inviting their views in writing. Nineteen written responses were received (background paper 2)."),
        ("Transport", "No change: pupils are seen in their own schools. Pupils attending the assessment room at Dane Court will be transported under the Council's Home to School Transport Policy for Children and Young People with SEND (2025) by taxi with a passenger assistant."),
        ("Finance", "Net additional cost £118,000 a year from the High Needs Block central services budget, agreed by Schools Forum on 23 January 2027; capital £35,000 from the Sensory Support Service equipment reserve."),
        ("HR implications", "Staff consultation ran from 13 January to 24 February 2027; two HI teachers will move into MSI posts after training, and one teacher of MSI and four intervenors will be recruited."),
        ("Alternatives considered", "Commissioning a regional MSI service from a neighbouring authority (rejected: no capacity)."),
        ("Declarations of interest", "None."),
    ]
    for label, text in fields:
        para(d, label, bold_lead=None).runs[0].bold = True
        content_control(d, label.lower().replace(" ", "_"), text)
    para(d, "Signed: Cabinet Member for Children and Families. Date of publication: 16 April 2027. Call-in expiry: 23 April 2027.")
    return d


DOCS = {
    "05-joint-commissioning-paper-icb-medical-needs-learning-centre.docx": doc05,
    "08-diocesan-proposal-msi-resourced-provision-st-etheldredas.docx": doc08,
    "12-options-appraisal-secondary-spld-base-nenebridge.docx": doc12,
    "15-faq-close-castle-mead-learning-support-unit-if-places-found.docx": doc15,
    "20-issue-response-table-enlarge-cranmer-green-slcn.docx": doc20,
    "25-decision-record-content-controls-msi-team-no-places.docx": doc25,
}


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, build in DOCS.items():
        build().save(out / name)
        print(out / name)


if __name__ == "__main__":
    main(sys.argv)
