"""Build part b's Word documents of the heldout6 proposal corpus (29, 32, 38, 43, 47, 50).

Usage: python tests/data/proposals/heldout6/build_docx_b.py [OUT_DIR]

python-docx writes headings, numbered and bulleted paragraphs, tables, and a
header and footer with a PAGE field; document 38 puts every box of a decision
template in a content control (w:sdt) and document 47 puts its places in a
VML text box. The bytes differ from build to build; the text does not.
"""

import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"


def _page_field(paragraph):
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


def new_doc(header, footer):
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    foot = section.footer.paragraphs[0]
    foot.text = footer + " · Page "
    _page_field(foot)
    return doc


def para(doc, text, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def content_control(doc, tag, label, text):
    """A labelled box: the label as a bold paragraph, the text inside a block w:sdt."""
    para(doc, "", bold_lead=label)
    p = doc.add_paragraph(text)
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), label)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(tg)
    pr.append(OxmlElement("w:text"))
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    p._p.addprevious(sdt)
    content.append(p._p)


def text_box(doc, lines):
    """A floating VML text box holding one paragraph per line."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines
    )
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}"><w:pict>'
        '<v:shape id="keyfacts" type="#_x0000_t202" style="width:430pt;height:190pt">'
        f"<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r>"
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- 29


def doc29():
    d = new_doc("Hawkswood School · Governing Body", "Minutes of the full governing body, 1 February 2027 · Signed as a true record")
    d.add_heading("Hawkswood School (foundation special school, Bradgate)", 0)
    d.add_heading("Minutes of the Full Governing Body meeting held on 1 February 2027 at 6.00 pm", 1)
    para(d, "Mr D. Farrant (Chair), Mrs L. Okonjo (Headteacher), Revd P. Styles, Dr H. Bain, Mrs A. Greatorex, Mr S. Hall, Ms R. Kaur, Mr T. Walsh. In attendance: Mrs J. Pell (Clerk); Mr G. Lowe (Bradgate County Council, Head of SEND Sufficiency).", bold_lead="Present: ")
    d.add_heading("1. Apologies and declarations", 2)
    para(d, "Apologies were received from Mrs C. Dunn. No declarations of interest were made.")
    d.add_heading("2. Proposal to transfer the school to a new site at Anstey Fields", 2)
    para(d, "The Chair reminded governors that, as the governing body of a foundation special school, the governors are the proposers of the change and must themselves show how it meets the SEN Improvement Test. The Headteacher presented the final proposal, which governors considered paragraph by paragraph.", style=None)
    items = [
        "Hawkswood School, for 96 pupils aged 2-19 with physical disabilities and profound and multiple learning difficulties, will transfer from its 1960s site on Forest Road, Loughby, to a new building at Anstey Fields, 3.5 miles away, on 1 September 2028. The whole school moves: every pupil, every member of staff and the governing body. No pupil will change school, and no pupil is displaced by the transfer.",
        "Places rise from 96 to 120 (early years 8 to 10, primary 40 to 50, secondary 32 to 40, post-16 16 to 20) when the new building opens.",
        "Pupils will have an on-site hydrotherapy pool (now a weekly trip to a hospital pool), a rebound therapy room, a multi-sensory room in each department, a sensory garden and an accessible allotment, and post-16 students a life-skills flat and a supported internship with Bradgate Hospitals Trust. Every classroom will have ceiling track hoists and eye-gaze stations. The new building delivers objective 1.2 of the Bradgate County Council Accessibility Strategy 2025-2028 (replacing special school buildings that cannot be made accessible).",
        "The NHS Leicester Vale Community Trust will base its children's physiotherapy and occupational therapy team at Anstey Fields: two physiotherapists (2.0 FTE, now 1.2 FTE on site), an occupational therapist (1.0 FTE, now visiting) and a school nurse every school day. The county's Physical Disability Outreach Service (two specialist teachers) will work from the school three days a week.",
        "The new building has a gross area of 5,400 m²: sixteen classrooms of 65 m², each with its own hygiene room; a hydrotherapy pool (10 m x 6 m); a hall; therapy suite; life-skills flat; and parking for 14 minibuses under cover. Construction runs from September 2026 to July 2028 at a cost of £24.6 million.",
        "On 5 October 2026 the governing body sent a written statement of the proposal to Bradgate County Council, the Leicester Vale Community Trust, every special school in the county, the three further education colleges and the nearest mainstream schools to both sites, inviting each to set out its views in writing. All 17 responses were in writing and supported the transfer (Appendix A to these minutes).",
        "Transport will be provided under Bradgate County Council's Home to School Transport Policy for Children and Young People with SEND (2026): wheelchair-accessible minibuses, each with a passenger assistant trained in the pupils' medical care plans. The council has re-planned every route; the longest journey to Anstey Fields will be 55 minutes (the longest to Forest Road is 50 minutes).",
        "Funding: the building (£24.6 million) is funded by the DfE School Rebuilding Programme (£18.0 million) and the council's High Needs Provision Capital Allocation (£6.6 million), as confirmed in the council's letter of 12 January 2027. Revenue for 24 extra places: £10,000 per place plus top-up from the High Needs Block (about £790,000 a year when full).",
        "Staffing for 120 places: 18.0 FTE teachers (now 15.0), 46.0 FTE teaching assistants (now 38.0), a pool manager (1.0 FTE) and a second site manager (1.0 FTE).",
    ]
    for i, text in enumerate(items, 1):
        para(d, text, bold_lead=f"2.{i} ")
    para(d, "Governors asked whether any family would be worse off. Mrs Okonjo said that eleven families live further from Anstey Fields, none beyond the 55-minute limit, and all had been offered a visit to the new site.")
    d.add_heading("Resolutions", 2)
    for text in [
        "That the governing body approves the final proposal as set out in minute 2 and publishes it under section 19(1) of the Education and Inspections Act 2006 on 15 February 2027.",
        "That the Chair and Headteacher sign the development agreement with Bradgate County Council.",
        "That the Headteacher reports progress on the building at every full governing body meeting until the move.",
    ]:
        para(d, text, style="List Number")
    para(d, "Carried unanimously.")
    d.add_heading("3. Date of next meeting", 2)
    para(d, "29 March 2027 at 6.00 pm. The meeting closed at 7.40 pm.")
    return d


# ---------------------------------------------------------------- 32


def doc32():
    d = new_doc("SWALEFORD COUNTY COUNCIL · Children's Services Cabinet Committee · 18 January 2027", "Item 11 · Hawthorn Lodge School")
    d.add_heading("Proposal to close Hawthorn Lodge School", 0)
    para(d, "Report of the Corporate Director of Children, Young People and Education. Key decision. Electoral divisions: Sittingmere North and South.")
    d.add_heading("1. Summary", 1)
    para(d, "1.1 Hawthorn Lodge School, Sittingmere, is a community special school for 45 pupils aged 7-16 with social, emotional and mental health (SEMH) needs. Its buildings are in poor condition and it has been judged to require improvement at its last two inspections. This report proposes that the school closes on 31 August 2027 and that pupils transfer to Beacon Hill School or to the Orchard Centre (the council's pupil referral unit for north Swaleford).")
    para(d, "1.2 Beacon Hill School (community special, SEMH 7-16) will be enlarged from 70 to 95 places from 1 September 2027.")
    d.add_heading("2. Pupils and their new provision", 1)
    para(d, "2.1 Thirty-seven pupils will be on roll in July 2027 after Year 11 leave. Twenty-five pupils in Years 3 to 8 will transfer to Beacon Hill School on 1 September 2027; the governing body of Beacon Hill confirmed in writing on 4 December 2026 that it will admit them and will have the facilities to teach them the full curriculum.")
    para(d, "2.2 Twelve pupils in Years 9 and 10 will transfer to the Orchard Centre on 1 September 2027, where they will remain for the rest of their secondary education until they leave at the end of Year 11. The management committee of the Orchard Centre confirmed in writing on 9 December 2026 that it will receive them. Their EHC plans will be amended to name the Orchard Centre.")
    table(d, [
        ["Provision", "Places now", "Places from September 2027"],
        ["Hawthorn Lodge School (SEMH special)", "45", "0"],
        ["Beacon Hill School (SEMH special)", "70", "95"],
        ["SEMH special school places, north Swaleford", "115", "95"],
    ])
    d.add_heading("3. Benefits", 1)
    para(d, "3.1 At Beacon Hill pupils will have a curriculum including GCSE science and art, Forest School and a climbing wall, and a therapeutic music programme. This supports priority 3 of the Swaleford Accessibility Strategy 2024-2027. At the Orchard Centre pupils will follow a vocational programme with a Level 1 construction award.")
    para(d, "3.2 Beacon Hill will have a clinical psychologist (0.6 FTE), a speech and language therapist one day a week and an educational psychologist one day a fortnight.")
    para(d, "3.3 Beacon Hill gains a new teaching block of four classrooms (each 54 m²) and a sensory regulation room, built from March to August 2027 for £2.9 million.")
    d.add_heading("4. Consultation with providers", 1)
    para(d, "4.1 On 2 October 2026 the council sent a written statement of the proposal to the governing bodies of Hawthorn Lodge and Beacon Hill, the Orchard Centre management committee and all secondary schools in north Swaleford, inviting written views by 13 November 2026. Twenty-two written responses were received.")
    d.add_heading("5. Transport", 1)
    para(d, "5.1 Under the Swaleford Home to School Transport Policy for Children and Young People with SEND (2026), pupils will be offered shared taxis with a passenger assistant; the longest journey to Beacon Hill is 40 minutes and to the Orchard Centre 30 minutes.")
    d.add_heading("6. Financial and staffing implications", 1)
    para(d, "6.1 Capital: £2.9 million from the High Needs Provision Capital Allocation 2026-27. Revenue: Beacon Hill receives £10,000 per place for 25 extra places (£250,000) and top-up from the High Needs Block; the Orchard Centre receives £18,000 per pupil for 12 pupils (£216,000). The closure saves £410,000 a year.")
    para(d, "6.2 Staffing: Beacon Hill adds 3.0 FTE teachers and 6.0 FTE teaching assistants; the Orchard Centre adds 1.0 FTE teacher and 2.0 FTE learning mentors.")
    d.add_heading("7. Risk register", 1)
    table(d, [
        ["Ref", "Risk", "Rating", "Mitigation", "Owner"],
        ["1", "Parents object to PRU placements", "Amber", "Individual meetings; pupils' needs met at the Orchard Centre", "Head of SEN"],
        ["2", "Beacon Hill block late", "Amber", "Temporary classrooms on site from September 2027", "Property"],
        ["3", "Loss of Hawthorn Lodge staff before closure", "Red", "Retention payments; offers of posts at Beacon Hill", "HR"],
        ["4", "Judicial review of decision", "Green", "Statutory process followed", "Legal"],
    ])
    d.add_heading("8. Recommendation", 1)
    para(d, "8.1 That the Cabinet Member is recommended to publish a statutory notice to discontinue Hawthorn Lodge School on 31 August 2027.")
    return d


# ---------------------------------------------------------------- 38


def doc38():
    d = new_doc("London Borough of Chisleworth · Cabinet decision record", "OFFICIAL · Decision no. CAB/2027/009")
    d.add_heading("Cabinet Decision Record", 0)
    boxes = [
        ("title", "Subject", "Ravensbourne Vale School: a new free special school for 80 pupils aged 7-16 with social, emotional and mental health needs, opening September 2028 (Kestrel Education Trust)"),
        ("date", "Date of decision", "26 January 2027"),
        ("decision", "Decision", "Cabinet agreed (1) to endorse the Kestrel Education Trust as the proposer chosen under the free school presumption route, with the Department for Education's approval of 11 December 2026; (2) to provide the site at the former Westfield depot and capital of £14.8 million; (3) to commission 80 places. No existing school closes; the school is new and no pupil is displaced. Places are filled from September 2028 through the EHC process."),
        ("places", "Places", "SEMH special school places in the borough rise from 110 (Bromhill School 110) to 190 (Bromhill 110, Ravensbourne Vale 80) from 1 September 2028. Forty-six Chisleworth pupils with SEMH are now in independent special schools outside the borough."),
        ("benefits", "Educational benefits", "Pupils will follow a curriculum with eight GCSE subjects, a Level 1 and 2 construction and motor vehicle pathway in the school's workshops, a horticulture unit and a weekly outdoor learning day; an enrichment programme of boxing, music production and the Duke of Edinburgh's Award. The school delivers action 4.1 of the Chisleworth Accessibility Strategy 2025-2028 (local specialist places so that disabled pupils can attend school near home)."),
        ("staff", "Specialist staff", "A clinical psychologist (1.0 FTE) and a speech and language therapist (0.6 FTE) employed by the Trust; a CAMHS practitioner on site three days a week; an educational psychologist one day a week; the Trust's SEMH outreach team (2.0 FTE) supporting Chisleworth mainstream schools from the new school."),
        ("building", "Accommodation", "A two-storey building of 3,600 m²: twelve classrooms of 55 m² for groups of eight, six small-group and calm rooms, a science laboratory, construction and motor vehicle workshops, a food room, a sports hall and a multi-use games area. Built from September 2027 to July 2028 at a cost of £14.8 million."),
        ("consultation", "Providers' views", "A written statement of the proposal was sent on 3 November 2026 to the governing body of Bromhill School, all schools and academies in the borough, the Chisleworth Pupil Referral Service management committee and the neighbouring London boroughs of Oakwood Green and Hayes Common, inviting each to set out its views in writing by 15 December 2026. Thirty written responses were received; 28 agreed."),
        ("transport", "Transport", "Pupils will be offered travel assistance under the Chisleworth Travel Assistance Policy for Children and Young People with SEND (2026): a shared minibus with a passenger assistant, or for older pupils independent travel training and a Zip Oyster card. Routes are planned at no more than 45 minutes."),
        ("finance", "Funding", "Capital £14.8 million: £9.5 million from the council's High Needs Provision Capital Allocation and £5.3 million from the council's capital programme (Council decision of 25 February 2026). Revenue: £10,000 per place (£800,000) and top-up averaging £26,000 per pupil from the High Needs Block; the council expects to save £1.6 million a year on independent placements."),
        ("staffing", "Staffing", "When full: headteacher 1.0 FTE, deputy 1.0 FTE, teachers 12.0 FTE, teaching assistants 20.0 FTE, instructors 2.0 FTE, family support workers 2.0 FTE, clinical psychologist 1.0 FTE, SLT 0.6 FTE."),
        ("decider", "Decision taken by", "Cabinet. Councillor A. Mensah, Cabinet Member for Children and Education, presented the report."),
    ]
    for tag, label, text in boxes:
        content_control(d, tag, label, text)
    return d


# ---------------------------------------------------------------- 43


def doc43():
    d = new_doc("CLENTSHIRE COUNTY COUNCIL · Record of decision", "Decision CYP-0431 · Published 2 February 2027")
    d.add_heading("Record of Decision: Inclusion Support Hub at Beechcroft School", 0)
    table(d, [
        ["Decision maker", "Cabinet Member for Education and Skills"],
        ["Date", "1 February 2027"],
        ["Key decision", "Yes"],
        ["Report author", "Head of Inclusion and SEND Services"],
    ])
    d.add_heading("Decision", 1)
    para(d, "To bring the Autism Outreach Service and the Behaviour Support Service together as a single Inclusion Support Hub, managed by Beechcroft School (a community special school for autistic pupils aged 4-19), from 1 September 2027, and to open at the hub an assessment base of 8 places for primary pupils at risk of exclusion.", style="List Number")
    para(d, "To approve capital of £380,000 for the hub building.", style="List Number")
    d.add_heading("Reasons for the decision", 1)
    para(d, "The two services now work separately from offices in Clent Heath and Bewdley Lane, with separate referral routes. Schools told us in 2025 that they wait up to 14 weeks for an autism outreach visit. A single hub will give one referral route, a response within 15 school days and joint support where a pupil's behaviour is linked to autism.")
    d.add_heading("What pupils will gain", 2)
    for text in [
        "Mainstream pupils supported by the hub will have a named key worker, a six-week programme of social-communication or emotional-regulation sessions in their own school, and access to the hub's loan library of sensory equipment and visual timetables.",
        "Pupils in the assessment base will attend for up to two terms, with a 12-week assessment, daily small-group teaching and a supported return to their mainstream school.",
        "This is action 2.3 of the Clentshire Accessibility Strategy 2025-2028 (reducing exclusions of disabled pupils through earlier specialist support).",
    ]:
        para(d, text, style="List Bullet")
    d.add_heading("Specialist staff", 2)
    para(d, "The hub brings together the specialist outreach teachers of both services in one team, and adds an educational psychologist two days a week and a speech and language therapist one day a week, with a CAMHS link worker attending the weekly referral meeting.")
    d.add_heading("Accommodation", 2)
    para(d, "The former sixth-form centre at Beechcroft (210 m²) will be refurbished into the assessment base classroom (60 m²), two group rooms (20 m² each), a sensory room and offices for 12 staff, from April to August 2027 at a cost of £380,000.")
    d.add_heading("Places", 2)
    table(d, [
        ["Provision", "Now", "From September 2027"],
        ["Primary assessment places (hub base)", "0", "8"],
        ["Outreach caseload (pupils supported at any one time)", "210", "260"],
    ])
    d.add_heading("Who was consulted", 2)
    para(d, "On 29 September 2026 a written statement of the proposal was sent to the governing body of Beechcroft School, every school and academy in the county and the county's two pupil referral units, inviting each to set out its views in writing by 10 November 2026. Eighty-one written responses were received (background paper 2).")
    d.add_heading("Pupils affected", 2)
    para(d, "No pupil changes school: the services visit pupils in their own schools. The assessment base is new provision and pupils return to their own school after it.")
    d.add_heading("Transport", 2)
    para(d, "Pupils attending the assessment base will be offered a taxi with a passenger assistant under the Clentshire Home to School Transport Policy for Children and Young People with SEND (2026); no journey is planned to take longer than 40 minutes.")
    d.add_heading("Funding and staffing", 2)
    para(d, "Capital: £380,000 from the High Needs Provision Capital Allocation 2026-27. Revenue: the hub's budget of £1.18 million a year combines the two services' budgets (£742,000 and £318,000, both from the High Needs Block) and £120,000 for the assessment base's 8 places.")
    para(d, "Staffing: the staffing structure of the hub will be reviewed with the trade unions during 2027, and staff of both services will be consulted on the new arrangements in due course.")
    d.add_heading("Alternatives considered", 2)
    para(d, "Keeping the services separate (rejected: waiting times); commissioning from an academy trust (rejected: no local provider).")
    para(d, "Signed: Councillor E. Brierley, Cabinet Member for Education and Skills.")
    return d


# ---------------------------------------------------------------- 47


def doc47():
    d = new_doc("Arden County Council · Equality Impact Assessment", "EIA ref EIA-CS-2026-77 · Version 1.1")
    d.add_heading("Equality Impact Assessment: Autism resourced provision in three secondary schools in north Arden", 0)
    d.add_heading("Part 1: The proposal", 1)
    para(d, "1.1 Arden County Council proposes to open resourced provision for autistic pupils with EHC plans in three secondary schools in north Arden from 1 September 2027: Nuneham Park School (community), Atherfield Academy (Forest of Arden Trust) and St Edmund's Catholic High School (voluntary aided). Each provision adds places; nothing closes. No pupil has to change school because of the proposal; places will be filled by pupils transferring to Year 7 and by in-year admissions through annual reviews.")
    para(d, "1.2 The key facts of the proposal are summarised in the box below.")
    text_box(d, [
        "KEY FACTS",
        "Places for autistic pupils in secondary resourced provision, north Arden: 0 now; 36 from 1 September 2027 (Nuneham Park 12, Atherfield 12, St Edmund's 12).",
        "Capital: £1.26 million from the High Needs Provision Capital Allocation (£420,000 per school).",
        "Revenue: £360,000 a year place funding (36 x £10,000) and top-up of £8,900 per pupil, from the High Needs Block.",
        "Opening: 1 September 2027. Building works: April to August 2027.",
    ])
    d.add_heading("Part 2: Evidence and analysis", 1)
    para(d, "2.1 Disability (positive impact). In 2026, 29 autistic secondary pupils from north Arden attended independent day schools, travelling up to 75 minutes each way, and 41 autistic pupils in mainstream schools had been suspended at least once. Pupils in the new provisions will be taught in mainstream lessons for most of the day with support, with a base for small-group teaching, social skills groups, a lunchtime club and a quiet space; each school will offer a Level 1 and Level 2 qualification pathway (including the ASDAN Personal and Social Development award) alongside GCSEs, and a supported work-experience placement in Year 10. The proposal delivers priority 5 of the Arden Accessibility Strategy 2025-2028 (specialist provision within mainstream secondary schools).")
    para(d, "2.2 Each provision will have a specialist teacher in charge (1.0 FTE) and two specialist teaching assistants (2.0 FTE); the county's Autism Outreach Service will give each school a specialist advisory teacher half a day a week; a speech and language therapist from the Arden Community Health Trust will visit each school one day a week, and an educational psychologist twice a term.")
    para(d, "2.3 In each school a base of two rooms (a 50 m² teaching room and a 20 m² low-arousal room), with acoustic treatment, dimmable lighting and a sensory kit, will be created by adapting existing rooms from April to August 2027 (£420,000 per school).")
    para(d, "2.4 Other protected characteristics: no differential impact; boys are over-represented among autistic pupils (3 to 1) and the provision will monitor admissions by sex.")
    d.add_heading("Part 3: Engagement", 1)
    para(d, "3.1 On 12 October 2026 a written statement of the proposal was sent to the three schools' governing bodies, the Forest of Arden Trust, the Diocese of Birmingham, every secondary school and academy in north Arden and the parent carer forum, inviting each to set out its views in writing by 23 November 2026. All three governing bodies and the Trust agreed in writing.")
    d.add_heading("Part 4: Mitigation", 1)
    para(d, "4.1 Transport: pupils eligible under the Arden Home to School Transport Policy for Children and Young People with SEND (2026) will travel by shared taxi or minibus with a passenger assistant, with journeys of at most 35 minutes, or will be offered independent travel training.")
    para(d, "4.2 Staffing: per school, teacher in charge 1.0 FTE and specialist teaching assistants 2.0 FTE (9.0 FTE across the three schools), funded from the place and top-up funding in the key facts box.")
    d.add_heading("Part 5: Conclusion", 1)
    para(d, "5.1 The proposal has a positive impact on disabled pupils. Proceed.")
    return d


# ---------------------------------------------------------------- 50


def doc50():
    d = new_doc("Blackwater County Council · Consultation document", "Dengie primary MLD resourced provision · January 2027")
    d.add_heading("Reorganising primary resourced provision for moderate learning difficulties in the Dengie area", 0)
    para(d, "Consultation from 11 January to 19 February 2027", bold_lead="")
    d.add_heading("1. The proposal", 1)
    para(d, "1.1 The council proposes to reorganise its three primary resourced provisions for pupils with moderate learning difficulties (MLD) in the Dengie area into two larger provisions from 1 September 2027:")
    for text in [
        "the provision at Canewdon Primary School (8 places) closes on 31 August 2027;",
        "the provision at Ashingdon Primary School grows from 10 to 16 places;",
        "the provision at Burnham Road Primary School grows from 10 to 16 places.",
    ]:
        para(d, text, style="List Bullet")
    para(d, "1.2 Places in the table below are split by key stage; the last column is the total for each provision.")
    table(d, [
        ["Provision", "KS1 now", "KS2 now", "Total now", "KS1 from Sept 2027", "KS2 from Sept 2027", "Total from Sept 2027"],
        ["Ashingdon Primary", "4", "6", "10", "6", "10", "16"],
        ["Burnham Road Primary", "4", "6", "10", "6", "10", "16"],
        ["Canewdon Primary", "3", "5", "8", "0", "0", "0"],
        ["Dengie area", "11", "17", "28", "12", "20", "32"],
    ])
    d.add_heading("2. Pupils at Canewdon", 1)
    para(d, "2.1 Seven pupils attend the Canewdon provision; all will still be of primary age in September 2027. From 1 September 2027, four pupils (living in the west of the area) will move to Ashingdon and three pupils to Burnham Road. The governing bodies of Ashingdon (letter of 30 November 2026) and Burnham Road (letter of 7 December 2026) have confirmed in writing that they will admit these pupils and will have the rooms and equipment to teach them the full curriculum. Parents have been told which school their child will attend and can visit in the spring term. Canewdon Primary School itself stays open; the pupils' mainstream classmates are not affected.")
    d.add_heading("3. What pupils will gain", 1)
    para(d, "3.1 With 16 pupils each, the two provisions can teach pupils in two age-related groups rather than one mixed group from Reception to Year 6. Each will run daily precision-teaching and phonics groups, a weekly forest school session and a life-skills cooking session, and will use the Numicon and Read Write Inc programmes. This is action 3 of the Blackwater Accessibility Strategy 2025-2028 (improving curriculum access for pupils with learning difficulties in mainstream schools).")
    para(d, "3.2 Each provision will have two specialist teachers (1.0 FTE and 0.8 FTE) instead of one; the Learning Support Service's specialist teacher for MLD will visit each base one day a week; a speech and language therapist will visit each base half a day a week (now once a term) and an educational psychologist twice a term.")
    para(d, "3.3 Ashingdon and Burnham Road each gain a new classroom (55 m²) and a group room (18 m²) attached to their existing base, built from March to August 2027 at a cost of £310,000 at each school.")
    d.add_heading("4. Providers' views", 1)
    para(d, "4.1 On 2 November 2026 the council sent a written statement of the proposal to the governing bodies of the three schools, all primary schools in the Dengie area and the Learning Support Service, inviting each to set out its views in writing by 14 December 2026. Twenty written responses were received, including agreement from all three governing bodies.")
    d.add_heading("5. Transport", 1)
    para(d, "5.1 Under the Blackwater Home to School Transport Policy for Children and Young People with SEND (2026), the seven Canewdon pupils and new pupils who are eligible will be offered a shared taxi with a passenger assistant; the longest planned journey is 30 minutes.")
    d.add_heading("6. Funding and staffing", 1)
    para(d, "6.1 Capital: £620,000 from the High Needs Provision Capital Allocation 2026-27. Revenue: £10,000 per place (32 places, £320,000, up from £280,000) and top-up of £6,400 per pupil, from the High Needs Block.")
    para(d, "6.2 Staffing at each of Ashingdon and Burnham Road: specialist teachers 1.8 FTE and teaching assistants 3.0 FTE. The Canewdon provision's teacher and two teaching assistants have been offered posts at Burnham Road.")
    d.add_heading("7. How to respond", 1)
    para(d, "Online at blackwater.gov.uk/dengie-mld or by post to School Organisation, County Hall, Chelmer.")
    return d


BUILDERS = {
    "29-governors-minutes-relocate-hawkswood-pd-pmld-school.docx": doc29,
    "32-committee-report-close-hawthorn-lodge-semh-orchard-centre.docx": doc32,
    "38-decision-record-content-controls-ravensbourne-vale-semh-free-school.docx": doc38,
    "43-decision-record-inclusion-hub-merge-outreach-services.docx": doc43,
    "47-equality-impact-assessment-text-box-asc-bases-three-schools.docx": doc47,
    "50-consultation-reorganise-dengie-mld-bases.docx": doc50,
}


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        build().save(out / name)
        print(out / name)


if __name__ == "__main__":
    main()
