"""Write the Word documents of heldout4 part b (documents 26-50).

The committed .docx files are what the corpus uses; this script is how they
were written (python-docx: headings, bold lead-ins, typed and automatic
numbering, bullets, tables, page headers and footers, a text box in 28 and a
decision-record template of content controls, ``w:sdt``, in 43).

    python tests/data/proposals/heldout4/build_docx_b.py [OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _textbox(doc, lines):
    """A floating VML text box anchored in an empty paragraph."""
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>' for line in lines
    )
    xml = (
        f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<w:pict><v:shape id="AtAGlance" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:170pt;height:200pt;z-index:1">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add(doc, block):
    kind = block[0]
    if kind in ("h1", "h2", "h3"):
        doc.add_heading(block[1], level=int(kind[1]))
    elif kind == "title":
        doc.add_heading(block[1], level=0)
    elif kind == "p":
        doc.add_paragraph(block[1])
    elif kind == "pb":  # bold lead-in, then text
        p = doc.add_paragraph()
        p.add_run(block[1]).bold = True
        p.add_run(" " + block[2])
    elif kind == "num":
        doc.add_paragraph(block[1], style="List Number")
    elif kind == "bul":
        doc.add_paragraph(block[1], style="List Bullet")
    elif kind == "table":
        rows = block[1]
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
                if r == 0:
                    for run in t.cell(r, c).paragraphs[0].runs:
                        run.bold = True
    elif kind == "textbox":
        _textbox(doc, block[1])
    elif kind == "sdt":
        _sdt(doc, block[1], block[2])
    else:
        raise ValueError(kind)


def _sdt(doc, tag, blocks):
    """A block content control (as a council template's fill-in box) holding blocks."""
    body = doc.element.body
    before = len(body)
    for b in blocks:
        _add(doc, b)
    new = list(body)[before - 1 : -1] if body[-1].tag == qn("w:sectPr") else list(body)[before:]
    sdt = parse_xml(
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{_esc(tag)}"/><w:tag w:val="{_esc(tag)}"/>'
        "</w:sdtPr><w:sdtContent/></w:sdt>"
    )
    content = sdt.find(qn("w:sdtContent"))
    new[0].addprevious(sdt)
    for el in new:
        content.append(el)


def build(name, spec, out: Path):
    doc = Document()
    sec = doc.sections[0]
    if spec.get("header"):
        sec.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        sec.footer.paragraphs[0].text = spec["footer"]
    for block in spec["blocks"]:
        _add(doc, block)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec.get("title", "")
    doc.save(out / f"{name}.docx")


DOCUMENTS: dict[str, dict] = {}

DOCUMENTS["28-cabinet-report-merge-outreach-services-fenwick-no-places"] = {
    "title": "Fenwick Inclusion Support Service",
    "author": "London Borough of Fenwick",
    "header": "London Borough of Fenwick - Cabinet - 25 January 2027 - Item 11",
    "footer": "OFFICIAL - Cabinet report: Fenwick Inclusion Support Service",
    "blocks": [
        ("title", "Creating the Fenwick Inclusion Support Service"),
        ("p", "Report of the Director of Education. Lead Member: Cabinet Member for Children, Young People and Schools. Key decision: yes. Wards: all."),
        ("textbox", [
            "At a glance",
            "Three outreach teams become one service from 1 September 2027.",
            "Budget: £2.48m a year (High Needs Block, unchanged).",
            "Hub at the former Leyton Road Teachers' Centre, opening July 2027.",
            "No school, unit or place changes.",
        ]),
        ("h1", "1. Purpose"),
        ("p", "1.1 To seek Cabinet's approval to bring together the Council's Sensory Support Team (hearing and vision), the Autism Outreach Team and the Learning Support Service into a single Fenwick Inclusion Support Service (FISS), based at one hub, from 1 September 2027."),
        ("p", "1.2 The change is a significant change to the Council's SEN support and outreach services, so the Council has applied the SEN Improvement Test, as Standard 5 of the DCSF quality standards for SEN support and outreach services (2008) asks."),
        ("h1", "2. Recommendations"),
        ("p", "2.1 That Cabinet approves the creation of FISS and the staffing structure in Appendix 1."),
        ("p", "2.2 That Cabinet approves the capital spend of £640,000 on the hub (paragraph 8.1)."),
        ("h1", "3. Background"),
        ("p", "3.1 The three teams support 1,340 pupils with SEN in 68 Fenwick schools and settings. They work from three offices, use three referral forms and three record systems, and a school with a deaf autistic pupil may receive visits from two teams that do not share plans. Schools told us in the 2025 survey that they want one point of contact."),
        ("p", "3.2 Nothing in this proposal changes a school, a resourced provision or a pupil's placement. No pupil moves school and nobody is displaced: pupils continue to receive support in their own schools."),
        ("h1", "4. Benefits for pupils"),
        ("pb", "4.1 Access to education and to equipment.", "A single loan bank of specialist equipment (radio aids, magnifiers, Braille equipment, communication devices, sensory kits) will be held at the hub, so that schools receive equipment within 10 school days of assessment, against an average of 34 days now. FISS will run a termly programme of inclusive PE and Forest School days for pupils supported by the service, and will train every school's SENCO in adapting the curriculum for sensory and communication needs. This carries out priority 3 of the Fenwick Accessibility Strategy 2024-2027 (\"faster access to specialist equipment for disabled pupils\")."),
        ("pb", "4.2 Access to specialist staff.", "Each school will have one named FISS link teacher and a guaranteed minimum of one visit each half term. Two new posts are created: an educational audiologist (1.0 FTE, now bought in for 20 days a year) and a specialist teacher for multi-sensory impairment (0.6 FTE; there is none now). The NHS paediatric speech and language therapy team will second a therapist to FISS for 2 days a week for joint autism assessments."),
        ("pb", "4.3 Access to suitable accommodation.", "The hub, the former Leyton Road Teachers' Centre, will be refurbished to give two assessment rooms (one acoustically treated to Building Bulletin 93 for hearing assessments), a low-vision assessment room with controllable lighting, a sensory room, a training room for 40 and the equipment store. Pupils now have to be assessed in their schools' spare rooms. Works: March to June 2027, for opening in July 2027."),
        ("h1", "5. Consultation"),
        ("p", "5.1 On 3 October 2026 the Council sent a written statement of the proposal to the head teachers and chairs of governors of all 68 schools and settings served by the teams, the four special schools and the three resourced provisions, inviting each to set out its views in writing on the proposed change to the pattern of support and to say whether it agreed. 51 responded in writing; 47 agreed and 4 asked that vision support visits be protected, which the staffing structure does. A summary is at Appendix 2. Staff were consulted separately under the Council's change management policy."),
        ("h1", "6. Alternative provision"),
        ("p", "6.1 Not applicable: no pupil is displaced (paragraph 3.2)."),
        ("h1", "7. Transport"),
        ("p", "7.1 Pupils will not normally travel to the hub: support is delivered in schools. Where a pupil needs an assessment at the hub, the Council will provide a taxi with a passenger assistant, under section 9 of its Home to School Travel Assistance Policy for Children with SEND (2025), which covers journeys to assessments during the school day."),
        ("h1", "8. Financial implications"),
        ("p", "8.1 Capital: £640,000 from the Council's capital programme (Children's Services Property budget, 2026-27)."),
        ("p", "8.2 Revenue: the service's combined budget stays at £2.48m a year from the High Needs Block (central provision). The two new posts (£96,000 a year) are met by the end of the three office leases (£71,000) and by ending the bought-in audiology contract (£29,000)."),
        ("h1", "9. Staffing"),
        ("p", "9.1 The structure in Appendix 1: head of service (1.0 FTE); three team leaders (sensory, autism, learning); 22.4 FTE specialist teachers (now 21.8); 9.0 FTE specialist support practitioners; the 1.0 FTE educational audiologist; 2.0 FTE administrative staff. No compulsory redundancies are expected."),
        ("h1", "Appendices"),
        ("p", "Appendix 1 - Staffing structure. Appendix 2 - Summary of responses from schools and settings."),
    ],
}

DOCUMENTS["31-cabinet-report-close-seaview-house-besd-alias-pru-long-term"] = {
    "title": "Closure of Seaview House School",
    "author": "Portmarsh City Council",
    "header": "Portmarsh City Council | Cabinet | 15 June 2027",
    "footer": "Seaview House School: closure - final proposal",
    "blocks": [
        ("title", "Closure of Seaview House School and expansion of Northgate Academy"),
        ("p", "Report to Cabinet, 15 June 2027. Report of the Director of Children's Services. Cabinet Member: Education and Skills. Key decision: yes."),
        ("h1", "1. Summary"),
        ("p", "1.1 This report asks Cabinet to decide the statutory proposal to close Seaview House School, a community special school for 40 pupils aged 11-16 with behavioural, emotional and social difficulties (BESD), on 31 August 2027, and to note the expansion of Northgate Academy (Solent Shores Trust), the city's other secondary SEMH special school, from 48 to 96 places on 1 September 2027."),
        ("h1", "2. Background"),
        ("p", "2.1 Seaview House was judged inadequate by Ofsted in March 2026 and its roll has fallen to 36. Its buildings, a former children's home, cannot be made accessible. Northgate's new teaching block, funded by the DfE, opens in July 2027."),
        ("p", "2.2 The city also makes provision for pupils who are out of school. Its pupil referral unit, known since 2022 as the Harbour House Learning Centre, teaches pupils who have been permanently excluded and pupils unable to attend for medical reasons, on two sites."),
        ("h1", "3. Places"),
        ("table", [
            ["Provision", "Places now", "Places from 1 September 2027"],
            ["Seaview House School (BESD)", "40", "0 (closes)"],
            ["Northgate Academy (SEMH)", "48", "96"],
            ["City SEMH/BESD special school places", "88", "96"],
        ]),
        ("h1", "4. Benefits"),
        ("p", "4.1 Curriculum and facilities. Northgate offers GCSEs in eight subjects, BTEC awards in construction, motor vehicle studies and sport, a climbing wall, a sports hall, and an allotment project, with classes of no more than eight. Seaview offers four GCSEs and has no hall. The new block is fully accessible, as priority 1 of the Portmarsh Accessibility Strategy 2025-2028 requires of every special school building."),
        ("p", "4.2 Specialist staff. Northgate employs a clinical psychologist (0.8 FTE), a speech and language therapist (0.6 FTE) and a youth worker (1.0 FTE), and hosts a CAMHS practitioner two days a week."),
        ("p", "4.3 Accommodation. The new block (2,100 m²) has ten classrooms of 55 m², workshops for construction and motor vehicle studies, four therapy rooms and a sports hall, and will be handed over on 9 July 2027."),
        ("h1", "5. Where the pupils will go"),
        ("p", "5.1 Of the 36 pupils on roll, 27 will be of statutory school age and on roll in September 2027. Their arrangements:"),
        ("bul", "18 pupils will transfer to Northgate Academy on 1 September 2027. The Trust has confirmed in writing (2 May 2027, Appendix C) that it will admit them and has the facilities they need."),
        ("bul", "9 pupils, whose EHC plans name a special school for BESD and who already attend Harbour House part-time, will be placed at Harbour House on a long-term basis from 1 September 2027, and their plans will be amended to name it. Harbour House's management committee has confirmed in writing (9 May 2027, Appendix D) that it will receive them."),
        ("p", "5.2 Parents of all 27 pupils were told of these arrangements in writing on 16 May 2027."),
        ("h1", "6. Views of providers"),
        ("p", "6.1 The written statement published at the start of consultation (January 2027) was sent to the governing body of Seaview House, the Solent Shores Trust, the Harbour House management committee and all city secondary and special schools, inviting each to set out its views in writing on the change to the pattern of provision and seeking agreement. The governing body of Seaview House and the Trust agreed in writing; 9 of 12 secondary schools responded, all in support (Appendix B)."),
        ("h1", "7. Transport"),
        ("p", "7.1 Under the Council's Home to School Transport Policy for Children and Young People with SEND (2026), all pupils eligible for transport to Seaview House will be eligible for transport to their new school. Pupils will travel by taxi or minibus with a passenger assistant, and no journey will exceed 45 minutes."),
        ("h1", "8. Funding and staffing"),
        ("p", "8.1 Capital: Northgate's block is funded by the DfE (£9.4m) and the Council's High Needs Provision Capital Allocation (£0.8m for the workshops)."),
        ("p", "8.2 Revenue: the High Needs Block funds Northgate's 48 additional places at £10,000 (£480,000 a year) plus top-up of £18,000 per pupil; Harbour House receives £18,000 a year top-up for each of the 9 pupils; Seaview House's budget (£1.1m a year) ceases."),
        ("p", "8.3 Staffing: Northgate will increase to 14.0 FTE teachers and 22.0 FTE teaching assistants; Seaview House's 31 staff are being supported through the Council's redeployment process."),
        ("h1", "9. Recommendation"),
        ("p", "9.1 That Cabinet approves the closure of Seaview House School on 31 August 2027."),
    ],
}

DOCUMENTS["39-trust-proposal-resourced-provision-witchford-fields-places-in-table"] = {
    "title": "Business case: resourced provision at Witchford Fields Academy",
    "author": "Fenland Rise Academy Trust",
    "header": "Fenland Rise Academy Trust - Significant change business case - Witchford Fields Academy",
    "footer": "Fenland Rise Academy Trust, registered in England no. 08123456 - Page 1 of 3",
    "blocks": [
        ("title", "Opening a communication and interaction resourced provision at Witchford Fields Academy"),
        ("p", "A proposal by the Board of Trustees of Fenland Rise Academy Trust, made with Cambrook County Council as commissioner of the places, for a significant change to Witchford Fields Academy, Ely Road, Witchford. Submitted to the Regional Director, 30 April 2027."),
        ("h1", "Section A. The proposal"),
        ("p", "A1. The Trust proposes to open resourced provision at Witchford Fields Academy (primary, ages 4-11) for pupils with communication and interaction needs, including autism and developmental language disorder, whose EHC plans name resourced provision. The Trust is aware that, as proposer, it must meet the SEN Improvement Test as any local authority must."),
        ("p", "A2. The provision is new. No school or provision closes and no pupil is displaced; places will be filled through Cambrook County Council's EHC processes."),
        ("h1", "Section B. Places"),
        ("p", "B1. The places commissioned by Cambrook County Council are set out below."),
        ("table", [
            ["", "September 2027", "September 2028", "September 2029"],
            ["Witchford Fields resourced provision", "6", "12", "16"],
            ["Cambrook primary C&I resourced places (all schools)", "34", "40", "44"],
        ]),
        ("p", "B2. There are 28 primary communication and interaction resourced places in Cambrook now."),
        ("h1", "Section C. Educational benefits"),
        ("p", "C1. Curriculum and activities. Pupils will be taught in their mainstream class for most of the day, with two daily sessions in the provision: a language group using the NELI and Colourful Semantics programmes, and a social communication group. They will have the same access as their classmates to the academy's swimming programme, forest school, residential visits and after-school clubs, with a named adult. Each pupil will have a communication passport and access to symbol software and a class set of visual supports. This supports the County's Accessibility Strategy 2025-2028, strand 2, \"improving access to the curriculum for pupils with communication needs in mainstream schools\", and the academy's accessibility plan."),
        ("p", "C2. Specialist staff. The provision will be led by a specialist teacher (1.0 FTE) with a postgraduate qualification in speech, language and communication needs. Cambridgeshire Community Services speech and language therapists will provide 1.5 days a week (funded by the County), and the County's Communication and Interaction Outreach Team will support the provision two days a term and train all academy staff in its first year."),
        ("p", "C3. Accommodation. A modular building (140 m²) containing a teaching room (60 m²), a small language room (16 m²), a quiet room (10 m²) and an accessible toilet, sited beside the Key Stage 1 classrooms with a fenced outdoor area. Installation: June-August 2027, cost £395,000."),
        ("h1", "Section D. Views of providers"),
        ("p", "D1. On 1 February 2027 the Trust and Cambrook County Council sent a joint written statement of the proposal to the academy's local governing body, the other 11 primary schools and academies in the Witchford partnership, the Fenland and Ely special schools, and the early years settings in Witchford, inviting each to set out its views in writing on the change and to say whether it agreed. 14 written replies were received, all in support; they are attached to this case as Annex 2."),
        ("h1", "Section E. Transport"),
        ("p", "E1. Cambrook County Council will provide transport to eligible pupils under its Home to School Transport Policy for Children and Young People with SEND (2026): shared taxis or minibuses, with a passenger assistant where a pupil's plan requires it, and a maximum journey time of 45 minutes. Parents may choose a personal transport budget instead."),
        ("h1", "Section F. Funding and staffing"),
        ("p", "F1. Capital: £395,000 from Cambrook County Council's High Needs Provision Capital Allocation (agreed by the County's Cabinet on 17 March 2027)."),
        ("p", "F2. Revenue: £10,000 per commissioned place from the High Needs Block, plus top-up at the County's C&I resourced provision rate of £7,900 per pupil; at 16 pupils, £286,400 a year."),
        ("p", "F3. Staffing at 16 pupils: 1.0 FTE specialist teacher, 3.0 FTE teaching assistants (two at level 3), and 0.2 FTE of the academy's SENCO as manager. Staffing at 6 and 12 pupils: 1.0 FTE teacher with 1.0 and 2.0 FTE teaching assistants."),
        ("h1", "Annexes"),
        ("p", "Annex 1 - Site plan. Annex 2 - Written replies from providers. Annex 3 - Cambrook County Council commissioning letter."),
    ],
}

DOCUMENTS["43-decision-record-close-kingsway-lodge-semh-short-stay-school-to-year-11"] = {
    "title": "Executive decision record template v4",
    "author": "London Borough of Ravensholt",
    "header": "LONDON BOROUGH OF RAVENSHOLT - RECORD OF EXECUTIVE DECISION",
    "footer": "Template DR-4 (2025). Complete every box. Page 1",
    "blocks": [
        ("sdt", "Decision title", [
            ("h1", "Decision: closure of Kingsway Lodge School"),
        ]),
        ("sdt", "Decision details", [
            ("table", [
                ["Decision maker", "Cabinet Member for Children's Services (Cllr A. Osei)"],
                ["Date of decision", "22 June 2027"],
                ["Reference", "EDR/CS/27/019"],
                ["Key decision", "Yes - Forward Plan 27/044"],
            ]),
        ]),
        ("sdt", "1. Decision", [
            ("p", "1.1 To close Kingsway Lodge School, Park Avenue, a community special school for 30 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, on 31 August 2027, as proposed in the statutory notice of 15 March 2027, and to expand Elmstead School (SEMH, ages 11-16) from 40 to 72 places from the same date."),
        ]),
        ("sdt", "2. Background", [
            ("p", "2.1 Kingsway Lodge shares its site with the Ravensholt Learning Hub (the borough's short stay school), and the two have had a joint head teacher since 2024. The site is to be redeveloped for the Learning Hub's sole use. Elmstead's new building opened in April 2027."),
        ]),
        ("sdt", "3. Places", [
            ("p", "3.1 SEMH special school places in the borough: 70 now (Kingsway Lodge 30, Elmstead 40); 72 from September 2027, all at Elmstead. In addition, a new SEMH resourced provision of 16 places opens at Hainault Park High School in September 2027, so that specialist SEMH places rise from 70 to 88."),
        ]),
        ("sdt", "4. Where the pupils go", [
            ("p", "4.1 Kingsway Lodge has 24 pupils. In September 2027, 16 pupils in the present Years 7 to 9 will transfer to Elmstead School, which has confirmed in writing (letter of 12 April 2027) that it will admit them and has the facilities to provide an appropriate curriculum."),
            ("p", "4.2 The 8 pupils in the present Year 10, whose EHC plans name an SEMH special school, will stay on the shared site and will be taught at the Learning Hub until the end of Year 11, so that their examination courses are not interrupted. The Learning Hub's management committee has confirmed in writing (letter of 19 April 2027) that it will receive them. Their plans will be amended to name the Learning Hub."),
        ]),
        ("sdt", "5. Benefits", [
            ("p", "5.1 Elmstead offers GCSEs in English, mathematics, science, art, computer science and PE, and Level 1 vocational courses in hair and beauty, construction and catering, with a sports hall, a food room and workshops. Its new building meets the Ravensholt Accessibility Strategy 2024-2027 standard for special school buildings (priority 2), which Kingsway Lodge does not."),
            ("p", "5.2 Elmstead has a clinical psychologist (1.0 FTE), a speech and language therapist (0.5 FTE), an occupational therapist one day a week, and a CAMHS in-reach worker two days a week. Kingsway Lodge has had no therapy staff of its own."),
            ("p", "5.3 The new building has eight classrooms of 55 m², three therapy rooms, two sensory regulation rooms and the specialist rooms in 5.1; it was completed in April 2027."),
        ]),
        ("sdt", "6. Consultation with providers", [
            ("p", "6.1 The Council's written statement of 12 December 2026 invited the governing bodies of Kingsway Lodge and Elmstead, the Learning Hub management committee, Hainault Park High School and all secondary schools in the borough to set out their views in writing on the changing pattern of SEMH provision and to say whether they agreed. Both governing bodies and the management committee agreed in writing."),
        ]),
        ("sdt", "7. Transport", [
            ("p", "7.1 Pupils eligible under the Council's SEND Travel Assistance Policy (2025) will travel to Elmstead by minibus with a passenger assistant; the longest journey is 35 minutes. Pupils staying on the shared site keep their present arrangements."),
        ]),
        ("sdt", "8. Finance and staffing", [
            ("p", "8.1 The expansion of Elmstead will be funded from existing High Needs budgets, with the savings from closing Kingsway Lodge reinvested in SEMH provision."),
            ("p", "8.2 Elmstead will increase from 7.0 to 10.0 FTE teachers and from 12.0 to 18.0 FTE teaching assistants; the 0.5 FTE speech and language therapist post is new."),
        ]),
        ("sdt", "9. Declarations", [
            ("p", "Conflicts of interest: none. Dispensations: none. Consulted: Director of Education, Director of Finance, Borough Solicitor."),
            ("p", "Signed: Cllr A. Osei, 22 June 2027"),
        ]),
    ],
}

DOCUMENTS["46-consultation-close-greenside-pd-resource-intended-places"] = {
    "title": "Greenside PD Resource consultation",
    "author": "Cranmoor Metropolitan Borough Council",
    "header": "Cranmoor Metropolitan Borough Council - Education and Inclusion",
    "footer": "Consultation document - Greenside Primary School Physical Disability Resource - September 2027",
    "blocks": [
        ("title", "Consultation on the future of the Physical Disability Resource at Greenside Primary School"),
        ("p", "Consultation period: 13 September to 25 October 2027. This document's paragraphs are numbered 1 to 15."),
        ("h1", "The proposal"),
        ("num", "Cranmoor Metropolitan Borough Council proposes to close the Physical Disability Resource (PDR) at Greenside Primary School, Moor Lane, on 31 August 2028, and to open a new resource for pupils with physical disabilities at Ashworth Primary School, Canal Street, on 1 September 2028."),
        ("num", "The Greenside PDR has 10 places for pupils aged 4-11 with physical disabilities. The new resource at Ashworth will have 14 places, so the borough's primary PD resourced places will rise from 10 to 14."),
        ("h1", "Why we are making this proposal"),
        ("num", "Greenside's building is on three levels linked by ramps that are too steep for independent wheelchair users, and the PDR's hygiene room is too small for a ceiling track hoist. Ashworth Primary is being rebuilt on one level, with completion in June 2028."),
        ("h1", "What pupils will gain"),
        ("num", "At Ashworth pupils will have level access to every classroom, the hall and the playground, an accessible adventure play area, adapted PE (boccia, wheelchair basketball and new-age kurling), and a hydrotherapy pool shared with the neighbouring Ashworth Children's Centre. Each pupil will have a height-adjustable desk and access to eye-gaze and switch equipment. This meets priority 1 of the Cranmoor Accessibility Strategy 2026-2029, physical access for disabled pupils to the full life of the school."),
        ("num", "Pupils will continue to have good access to specialist staff, including therapists and other professionals, and the Council will work with partners to improve this further."),
        ("num", "The resource at Ashworth will have two classrooms of 60 m², a therapy room of 30 m², two hygiene rooms each with a ceiling track hoist and changing bench, and a medical room, all part of the new single-storey building. It will be ready by June 2028."),
        ("h1", "What happens to pupils now at Greenside"),
        ("num", "There are 9 pupils in the Greenside PDR. 2 will leave Year 6 in July 2028 and have secondary places already named in their EHC plans."),
        ("num", "We intend to offer each of the other 7 pupils a place in the new resource at Ashworth from September 2028, and we will discuss this with each family at an annual review in the spring term of 2028."),
        ("num", "It is hoped that any pupil whose family does not want a place at Ashworth can be found a suitable place at another mainstream school near their home with the support of the Physical Disability Outreach Service."),
        ("h1", "Views of schools and other providers"),
        ("num", "On 1 July 2027 the Council sent a written statement of the proposal to the governing bodies of Greenside and Ashworth, all primary schools in Cranmoor, the two special schools and the NHS children's therapy services, inviting each to set out its views in writing on the change to the pattern of provision and to say whether it agreed. The responses will be reported to Cabinet with the outcome of this consultation."),
        ("h1", "Transport"),
        ("num", "Pupils will receive transport under the Council's Home to School Transport Policy for Children and Young People with SEND (2027). Pupils who use wheelchairs will travel in wheelchair-accessible vehicles with a passenger assistant trained in moving and handling; journeys will not exceed 45 minutes. Ashworth is 1.9 miles from Greenside."),
        ("h1", "Funding and staffing"),
        ("num", "The resource is built as part of the Ashworth rebuild, funded by the DfE's School Rebuilding Programme; the Council adds £520,000 from its High Needs Provision Capital Allocation for the hydrotherapy pool link, hoists and hygiene rooms. Revenue: £10,000 per place from the High Needs Block (£140,000 a year) plus top-up at the PD band rate of £12,600 per pupil."),
        ("num", "Staffing: a resource leader (1.0 FTE teacher), a second teacher (0.6 FTE) and 5.0 FTE teaching assistants trained in manual handling and personal care."),
        ("h1", "How to respond"),
        ("num", "Complete the online form at cranmoor.gov.uk/pdr, or write to the School Organisation Team, Town Hall, Cranmoor, by 25 October 2027."),
        ("num", "Cabinet will consider the responses in December 2027. If it agrees, statutory notices will be published in January 2028."),
    ],
}

DOCUMENTS["50-consultation-asc-base-thetmere-places-in-appendix-no-providers"] = {
    "title": "Thetmere Primary School: proposed Enhanced Resource for autism",
    "author": "Breckmoor County Council",
    "header": "Breckmoor County Council",
    "footer": "Children's Services - Consultation - Thetmere Enhanced Resource",
    "blocks": [
        ("title", "Proposed Enhanced Resource for autistic pupils at Thetmere Primary School"),
        ("p", "Public consultation: 4 October - 15 November 2027"),
        ("h1", "1. Introduction"),
        ("p", "1.1 Breckmoor County Council is consulting on a proposal to open an Enhanced Resource at Thetmere Primary School, School Lane, Thetmere, for autistic pupils aged 5 to 11 whose EHC plans name specialist resourced provision. The number of places, and how the County's places change, are shown in Appendix A."),
        ("p", "1.2 The Enhanced Resource will open in September 2028. It is a new provision: no school or provision closes and no pupil will be displaced."),
        ("h1", "2. Why we are proposing this"),
        ("p", "2.1 The south-west of the county has no primary resourced provision for autism. Autistic children from the area either attend their local school with outreach support or travel to Breckmoor's special schools, some more than an hour away."),
        ("h1", "3. What children will gain"),
        ("p", "3.1 Children will belong to a mainstream class and spend time there every day with support, learning the National Curriculum with adaptations, and will have daily small-group teaching in the Resource using the TEACCH and Attention Autism approaches. They will take part in Thetmere's music, sport and drama clubs with a trained adult. The Resource will have a sensory room with a bubble tube and projector, a set of iPads with communication apps, and a trampoline. This proposal is one of the actions in the Breckmoor Accessibility Strategy 2026-2029 (action 4.2: local mainstream resourced places for autistic pupils)."),
        ("p", "3.2 The Resource will be run by a specialist teacher (1.0 FTE) and teaching assistants trained to Autism Education Trust tier 2. The County's Autism Advisory Service will provide a named advisory teacher one day a month, and the NHS Norfolk and Waveney speech and language therapy service will give a half-day a week."),
        ("p", "3.3 Thetmere will build a single-storey extension of 150 m²: a classroom (60 m²), a sensory room (20 m²), a quiet room, an accessible toilet and a secure garden. Building from March to August 2028."),
        ("h1", "4. Transport"),
        ("p", "4.1 Transport will be provided under the County's Travel Assistance Policy for Children and Young People with SEND (2026): eligible pupils will travel by taxi or minibus with a passenger assistant, on routes planned to take no more than 40 minutes, or may take a personal travel budget."),
        ("h1", "5. Funding and staffing"),
        ("p", "5.1 The extension will cost £465,000, paid from the County's High Needs Provision Capital Allocation 2026-28. Running costs of £10,000 per place plus a top-up of £8,100 per pupil will be paid from the High Needs Block."),
        ("p", "5.2 Staffing when full: 1.0 FTE specialist teacher, 3.0 FTE teaching assistants and 0.1 FTE of the school's SENCO."),
        ("h1", "6. How to respond"),
        ("p", "6.1 Online at breckmoor.gov.uk/thetmere or on the paper form available from Thetmere Primary School, by 15 November 2027."),
        ("h1", "Appendix A. Places"),
        ("table", [
            ["", "Now", "Sept 2028", "Sept 2029"],
            ["Thetmere Primary Enhanced Resource (autism)", "0", "8", "12"],
            ["Breckmoor primary autism resourced places", "36", "44", "48"],
        ]),
        ("h1", "Appendix B. Site plan"),
        ("p", "(plan not reproduced in this version)"),
    ],
}


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    for name, spec in DOCUMENTS.items():
        build(name, spec, out)
        print(out / f"{name}.docx")


if __name__ == "__main__":
    main(sys.argv)
