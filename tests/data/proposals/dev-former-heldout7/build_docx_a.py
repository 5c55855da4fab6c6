"""Build part a's Word documents of the heldout7 corpus (02, 08, 11, 13, 18, 24).

Usage: python tests/data/proposals/heldout7/build_docx_a.py [OUT_DIR]

python-docx writes headings, numbered and bulleted paragraphs, tables (merged
cells, a nested table), headers and footers with a PAGE field; document 13's
boxes are content controls (w:sdt), document 18 keeps key facts in text boxes.
The bytes differ from build to build; the text does not.
"""

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent


def page_field(paragraph):
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run2 = paragraph.add_run()
    run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    run3 = paragraph.add_run()
    run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    run4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def header_footer(doc, header, footer):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    p = sec.footer.paragraphs[0]
    p.text = footer + " | Page "
    page_field(p)


def para(doc, text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def table(doc_or_cell, rows, style="Table Grid"):
    t = doc_or_cell.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    return t


def content_control(doc, tag, label, text):
    """A labelled box: the label in bold, the text inside a plain-text content control."""
    p = doc.add_paragraph()
    p.add_run(label + ": ").bold = True
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{label}"/><w:tag w:val="{tag}"/>'
        f'<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">'
        f'{text}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    p._p.append(sdt)
    return p


def block_control(doc, tag, label, paragraphs):
    """A block-level content control holding whole paragraphs."""
    doc.add_paragraph().add_run(label).bold = True
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in paragraphs
    )
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{label}"/><w:tag w:val="{tag}"/>'
        f'</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'
    )
    doc.element.body.insert(len(doc.element.body) - 1, sdt)


def text_box(doc, paragraphs):
    """A floating VML text box anchored in a new paragraph."""
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in paragraphs
    )
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{id(paragraphs)}" type="#_x0000_t202" '
        f'style="width:220pt;height:160pt;mso-position-horizontal:right" stroked="t">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def numbered(doc, items):
    for t in items:
        doc.add_paragraph(t, style="List Number")


def bullets(doc, items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def doc02():
    doc = Document()
    header_footer(doc, "North Ancholme Council — Cabinet, 3 March 2027 — Agenda item 6",
                  "OFFICIAL — Report CAB/27/06")
    doc.add_heading("Primary social, emotional and mental health provision: closure of the "
                    "Brigg Road Assessment Centre and new resourced bases in three primary schools", 0)
    para(doc, "Report of the Director of Children's Services. Key decision: yes. "
              "Wards: Westcliff; Ashby; Burringham and Gunness.")
    doc.add_heading("1. Purpose", 1)
    para(doc, "1.1 To approve the publication of proposals (a) to close the Brigg Road Assessment "
              "Centre, the Council's primary pupil referral unit (16 places, ages 5-11), on 31 August "
              "2027, and (b) to establish resourced provision for pupils aged 5 to 11 with social, "
              "emotional and mental health (SEMH) needs at Westcliff Primary School, Ashby Meadows "
              "Primary School and Burringham Church of England Primary School, 8 places at each, from "
              "1 September 2027.")
    para(doc, "1.2 Most pupils at Brigg Road stay far longer than the intended 12 weeks: the median "
              "stay in 2025-26 was 31 weeks, and 9 of the 12 pupils now on roll have an EHC plan naming "
              "SEMH. The Centre occupies a former clinic with no outdoor space.")
    doc.add_heading("2. Benefits for pupils", 1)
    para(doc, "2.1 Access to education. Pupils in the bases will be on the roll of a mainstream primary "
              "school and follow its full curriculum, including science, PE, music and Forest School, "
              "with daily small-group teaching in the base for literacy, numeracy and emotional "
              "regulation (the Zones of Regulation programme). They will join school trips and "
              "residentials with their class. This delivers priority 1 of the North Ancholme "
              "Accessibility Strategy 2025-2028 (\"disabled pupils learning alongside their peers in "
              "local schools\").")
    para(doc, "2.2 Specialist staff. Each base will have a specialist SEMH teacher (1.0 FTE) and two "
              "teaching assistants. An educational psychologist will give each base 12 days a year, "
              "the Mental Health Support Team (NHS) will attend each school weekly, and the Council's "
              "Behaviour Support Outreach Service will provide a named adviser to the three schools.")
    para(doc, "2.3 Accommodation. Each school will have a base of about 90 m²: a classroom for 8, a "
              "calm room and a small kitchen, with its own outdoor area. Westcliff's is a new modular "
              "building (£310,000); Ashby Meadows and Burringham convert surplus classrooms "
              "(£140,000 and £125,000). All three will be ready by July 2027.")
    para(doc, "2.4 Places. The table below sets out primary SEMH places before and after.")
    t = table(doc, [
        ["Provision", "Places 2026-27", "Places from September 2027", None],
        [None, None, "Resourced (EHC plan)", "Short-stay"],
        ["Brigg Road Assessment Centre (PRU)", "16", "0", "0"],
        ["Westcliff Primary base", "0", "8", "0"],
        ["Ashby Meadows Primary base", "0", "8", "0"],
        ["Burringham CE Primary base", "0", "8", "0"],
        ["Total", "16", "24", "0"],
    ])
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    para(doc, "2.5 Excluded primary pupils will in future be taught through the Fair Access Protocol "
              "and the outreach service; the Council's secondary PRU is not affected.")
    doc.add_heading("3. Pupils now at Brigg Road", 1)
    para(doc, "3.1 Twelve pupils are on roll. Two are in Year 6 and will move to their secondary "
              "schools in September 2027 as planned. The other ten have been offered a named place "
              "from 1 September 2027:")
    table(doc, [
        ["Receiving base", "Pupils", "Written confirmation"],
        ["Westcliff Primary", "4", "Governing body letter, 12 January 2027"],
        ["Ashby Meadows Primary", "3", "Governing body letter, 19 January 2027"],
        ["Burringham CE Primary", "3", "Governing body and Diocese letter, 2 February 2027"],
    ])
    para(doc, "3.2 Each governing body has confirmed in writing that it will admit the pupils named "
              "to it and that the base, staff and curriculum described in section 2 will be in place.")
    doc.add_heading("4. Views of providers", 1)
    para(doc, "4.1 On 6 October 2026 the Council sent a written statement of both proposals to the "
              "management committee of Brigg Road, the governing bodies of the three schools, the "
              "Diocese of Lincoln Board of Education, all primary schools and the two special schools, "
              "inviting each to set out its views in writing by 30 November 2026 and seeking their "
              "agreement. Twenty-two responses were received; the management committee and the three "
              "governing bodies agreed.")
    doc.add_heading("5. Transport", 1)
    para(doc, "5.1 Pupils eligible under the Council's Home to School Transport Policy for Children "
              "and Young People with SEND (2026) will travel by taxi with a passenger assistant. The "
              "bases are in the pupils' own areas; no journey will exceed 25 minutes (Brigg Road "
              "journeys now reach 55 minutes).")
    doc.add_heading("6. Finance and staffing", 1)
    para(doc, "6.1 Capital: £575,000 from the High Needs Provision Capital Allocation 2025-26, held by "
              "the Council. Revenue: 24 places at £10,000 (£240,000) plus top-up of £14,000 per pupil "
              "(£336,000), £576,000 a year from the High Needs Block, against Brigg Road's budget of "
              "£702,000.")
    para(doc, "6.2 Staffing: three specialist teachers (3.0 FTE) and six teaching assistants (6.0 FTE), "
              "appointed by the schools; Brigg Road's staff (4.0 FTE teachers, 7 support staff) have "
              "priority for these posts.")
    doc.add_heading("7. Recommendation", 1)
    para(doc, "7.1 That Cabinet approves publication of both proposals.")
    return doc


def doc08():
    doc = Document()
    header_footer(doc, "Borough of Tynemoor — Cabinet — 10 February 2027",
                  "North Tynemoor Special Schools Area Review — Cabinet report")
    doc.add_heading("North Tynemoor special schools area review: closure of Northfield School and "
                    "enlargement of Greenacre School and Longbenton Park School", 0)
    doc.add_heading("Executive summary", 1)
    para(doc, "The area review proposes three linked changes from 1 September 2028: Northfield School "
              "(moderate learning difficulties, 80 places) closes; Greenacre School will grow from 90 "
              "to 150 places; and Longbenton Park School will grow from 100 to 130 places. Overall, "
              "special school places in the north of the borough rise from 270 to 280.")
    doc.add_heading("1. The review", 1)
    para(doc, "1.1 The review (March-September 2026) looked at all three special schools in North "
              "Tynemoor. Northfield's 1960s buildings are beyond economic repair; Greenacre and "
              "Longbenton Park have land to build on.")
    doc.add_heading("2. The proposals", 1)
    numbered(doc, [
        "Proposal A: discontinue Northfield School on 31 August 2028.",
        "Proposal B: enlarge Greenacre School (MLD and autism, ages 4-16) from 1 September 2028.",
        "Proposal C: enlarge Longbenton Park School (MLD, ages 11-19) from 1 September 2028.",
    ])
    doc.add_heading("3. Places", 1)
    para(doc, "3.1 Places before and after the review, by school:")
    outer = table(doc, [
        ["School", "Places"],
        ["Northfield School", ""],
        ["Greenacre School", ""],
        ["Longbenton Park School", ""],
        ["North Tynemoor total", ""],
    ])
    for row, (now, after) in zip(range(1, 5), [("80", "0"), ("90", "156"), ("100", "124"), ("270", "280")]):
        cell = outer.cell(row, 1)
        cell.paragraphs[0].text = ""
        inner = cell.add_table(rows=2, cols=2)
        inner.style = "Table Grid"
        inner.cell(0, 0).text = "Now"
        inner.cell(0, 1).text = "September 2028"
        inner.cell(1, 0).text = now
        inner.cell(1, 1).text = after
    para(doc, "3.2 Greenacre's additional places are for pupils with autism and MLD aged 4-16; "
              "Longbenton Park's for pupils with MLD aged 11-19.")
    doc.add_heading("4. Pupils at Northfield", 1)
    para(doc, "4.1 Northfield will have 74 pupils in September 2027. Those still at school in "
              "September 2028 (about 60) will move: pupils of primary age and those with autism to "
              "Greenacre, and secondary-age pupils with MLD to Longbenton Park. Each family was told "
              "the named school in January 2027.")
    para(doc, "4.2 The headteachers of Greenacre and Longbenton Park told the review's project board "
              "(meeting of 2 December 2026) that their schools will admit all the Northfield pupils "
              "allocated to them and will have the accommodation described in section 5 ready for "
              "September 2028.")
    doc.add_heading("5. How pupils will benefit", 1)
    para(doc, "5.1 Curriculum. ", None)
    p = doc.paragraphs[-1]
    p.runs[0].bold = True
    p.add_run("Greenacre will offer a Key Stage 4 pathway with GCSE and Entry Level science, "
              "food technology and horticulture; Longbenton Park's sixth form offers supported "
              "internships and travel training. Both schools run lunchtime and after-school clubs. "
              "This supports priority 2 of the Tynemoor Accessibility Strategy 2025-2028.")
    para(doc, "5.2 Specialist staff. Speech and language therapy rises to three days a week at "
              "Greenacre and two at Longbenton Park, an occupational therapist (0.5 FTE) will be shared "
              "by the two schools, and the borough's Autism Outreach Team will base two teachers at "
              "Greenacre.")
    para(doc, "5.3 Accommodation. Greenacre: a new teaching block of 1,200 m² with ten classrooms, a "
              "food room and a science room (£7.2 million). Longbenton Park: a 480 m² extension of "
              "four classrooms and a life-skills flat (£2.6 million). Both complete by July 2028.")
    doc.add_heading("6. Views of providers", 1)
    para(doc, "6.1 A written statement of the three proposals was sent on 28 September 2026 to the "
              "governing bodies of the three schools, the borough's other special schools and all "
              "North Tynemoor primary and secondary schools, inviting their views in writing by 20 "
              "November 2026 and their agreement. The three governing bodies agreed in writing.")
    doc.add_heading("7. Transport", 1)
    para(doc, "7.1 All Northfield pupils are eligible under the Council's Home to School Transport "
              "Policy for Children and Young People with SEND (2025). They will travel in shared "
              "minibuses with a passenger assistant; the longest journey will be 40 minutes.")
    doc.add_heading("8. Funding and staffing", 1)
    bullets(doc, [
        "Capital: £9.8 million, of which £6.0 million from the High Needs Provision Capital "
        "Allocation and £3.8 million from the Council's Capital Programme 2026-2030 (approved in "
        "February 2026).",
        "Revenue: Northfield's budget (£1.84 million a year, High Needs Block) transfers to the two "
        "schools with the pupils.",
        "Staffing: Greenacre +6.0 FTE teachers and 12 teaching assistants; Longbenton Park +2.0 FTE "
        "teachers and 4 teaching assistants; Northfield staff have priority for these posts.",
    ])
    doc.add_heading("9. Recommendation", 1)
    para(doc, "9.1 That Cabinet approves publication of Proposals A, B and C.")
    return doc


def doc11():
    doc = Document()
    header_footer(doc, "St Hild's School (a foundation special school) — Full Governing Body",
                  "Approved minutes — signed by the Chair")
    doc.add_heading("Minutes of the meeting of the Full Governing Body of St Hild's School, "
                    "held at the school on Tuesday 19 January 2027 at 5.30 pm", 0)
    para(doc, "Present: Revd C. Armitage (Chair, foundation governor), Mrs J. Dunn (Headteacher), "
              "Mr P. Laidler, Dr S. Khan, Mrs A. Robson (parent governors), Mr T. Oduya (staff "
              "governor), Ms L. Hartley (local authority governor). In attendance: Mr R. Bell (Clerk), "
              "Mrs K. Storey (School Business Manager).")
    para(doc, "Apologies: Mr D. Wilkinson (foundation governor), accepted.")
    doc.add_heading("1. Declarations of interest", 1)
    para(doc, "None.")
    doc.add_heading("2. Minutes of the previous meeting", 1)
    para(doc, "The minutes of 24 November 2026 were agreed as a true record.")
    doc.add_heading("3. Proposal to extend the age range of the school to 11-19 (sixth form)", 1)
    para(doc, "3.1 The Headteacher presented the draft proposal (circulated). St Hild's is a foundation "
              "special school for 96 pupils aged 11 to 16 with social, emotional and mental health "
              "needs in Sunderby and South Wearside. Governors, as proposers, must apply the SEN "
              "Improvement Test in the same way as the local authority.")
    para(doc, "3.2 The proposal is to change the age range from 11-16 to 11-19 and add a sixth form "
              "of 24 places (12 in September 2028, 24 from September 2029), taking the school from "
              "96 to 120 places. There are no SEMH special post-16 places in Sunderby now; last year "
              "11 of the 19 Year 11 leavers did not complete their first college year. No pupil would "
              "leave the school or be displaced; the change only lets pupils stay on.")
    para(doc, "3.3 The curriculum would include Level 1 and Level 2 study programmes in English and "
              "maths resits, BTEC Level 1-2 in construction and in hospitality (using the school's "
              "training kitchen), supported work experience with Wearside Housing and the Duke of "
              "Edinburgh's Award at Silver. The Headteacher noted that this supports objective 3 of "
              "the City Council's Accessibility Strategy 2025-2028 on post-16 continuity.")
    para(doc, "3.4 Specialist staff: the school's clinical psychologist would increase from 0.6 to "
              "1.0 FTE to cover the sixth form, a careers and transition adviser (0.5 FTE) would be "
              "appointed, and the South Wearside CAMHS transition worker would attend fortnightly.")
    para(doc, "3.5 Accommodation: the former caretaker's bungalow and store (165 m²) would be "
              "converted into a sixth-form centre with two teaching rooms, a common room and a "
              "kitchen; a construction workshop of 120 m² would be built. Cost £860,000; works "
              "summer 2028.")
    para(doc, "3.6 Funding: £860,000 capital from the City Council's High Needs Provision Capital "
              "Allocation, agreed by the Council's Cabinet on 8 December 2026; revenue of £22,800 per "
              "sixth-form place (£547,200 a year at full occupancy) from the High Needs Block, agreed "
              "by the local authority in its letter of 14 December 2026 and included in "
              "the 2027-28 high needs place return. Staffing: head of sixth form 1.0 FTE, 2.0 FTE "
              "teachers, 3 teaching assistants, plus the posts at 3.4.")
    para(doc, "3.7 Consultation: the Chair and Headteacher had met the principals of Sunderby College "
              "and Wearside College on 2 December 2026 and the headteacher of Barnes Park School "
              "(SEMH academy) on 9 December; all were supportive. A governor asked whether other "
              "schools had been asked in writing; the Headteacher said that this would happen during "
              "the formal consultation.")
    para(doc, "3.8 A parent governor asked about travel for sixth-form students. The Headteacher said "
              "the details would be worked out later.")
    doc.add_heading("Resolutions", 2)
    numbered(doc, [
        "RESOLVED: that the governing body, as proposer, approves the proposal to extend the age "
        "range of St Hild's School from 11-16 to 11-19 with 24 sixth-form places from 1 September "
        "2028, as set out in minutes 3.2 to 3.6.",
        "RESOLVED: that a six-week consultation begins on 1 February 2027, and the proposal as "
        "minuted here is published as the consultation document.",
        "RESOLVED: that the Chair and Headteacher are authorised to publish the statutory notice "
        "after the consultation if no substantive changes are needed.",
    ])
    doc.add_heading("4. Any other business", 1)
    para(doc, "None. The meeting closed at 7.05 pm.")
    para(doc, "Signed ........................ (Chair)      Date ....................")
    return doc


def doc13():
    doc = Document()
    header_footer(doc, "City of Hallamshire Council — Record of Officer Decision (form DR3)",
                  "Form DR3 v4 — complete every box — publish within 5 working days")
    doc.add_heading("Record of Officer Decision", 0)
    content_control(doc, "ref", "Decision reference", "DR3/CYPS/2027/0142")
    content_control(doc, "officer", "Decision taken by",
                    "Director of Education and Skills, under the Scheme of Delegation, Part 3, para 11 "
                    "(alterations to pupil referral units)")
    content_control(doc, "date", "Date of decision", "3 March 2027")
    content_control(doc, "title", "Title",
                    "Enlargement of the Sheaf Valley Assessment Centre (pupil referral unit) onto a "
                    "second site at Manor Top")
    block_control(doc, "decision", "Decision", [
        "1. To enlarge the Sheaf Valley Assessment Centre, the City Council's pupil referral unit "
        "for pupils aged 11 to 16 who are permanently excluded or at risk of exclusion, from 40 to "
        "56 places from 1 September 2027, by opening a second site at the former Manor Top Youth "
        "Centre.",
        "2. No pupil will leave the Centre or any other school because of this decision: the "
        "additional 16 places are for pupils who are now on waiting lists or receiving part-time "
        "tuition at home. The existing Heeley site and its pupils are unaffected.",
    ])
    block_control(doc, "reasons", "Reasons and SEN Improvement Test", [
        "3. In 2025-26, 61 permanently excluded pupils waited more than 15 school days for a "
        "full-time place; at times 23 were on part-time tuition.",
        "4. (a) Access to education: pupils at Manor Top will have a full-time timetable (25 hours "
        "a week, now 10 hours for pupils on home tuition) with GCSE English, maths and science, "
        "Level 1 motor vehicle and construction in the youth centre's workshops, and boxing and "
        "climbing with the Manor Top youth club in the evenings. This supports priority 4 of the "
        "City's Accessibility Strategy 2024-2027 (reducing time out of education for pupils with "
        "SEMH needs).",
        "5. (b) Staff: pupils at Manor Top will be taught by the Centre's teachers and teaching "
        "assistants, as at Heeley.",
        "6. (c) Accommodation: the youth centre (610 m²) will be remodelled into five classrooms, "
        "two workshops, a calm room and a kitchen, at a cost of £780,000, by August 2027.",
        "7. (d) Places: Assessment Centre places rise from 40 (Heeley) to 56 (Heeley 40, Manor Top "
        "16).",
    ])
    block_control(doc, "consultation", "Consultation", [
        "8. A written statement of the proposal was sent on 7 December 2026 to the Centre's "
        "management committee, all secondary schools and academies in the city and the two SEMH "
        "special schools, inviting their views in writing by 29 January 2027 and seeking their "
        "agreement. Seventeen written responses were received, all in support.",
    ])
    block_control(doc, "transport", "Transport", [
        "9. Pupils are eligible for travel assistance under the City Council's Home to School "
        "Travel Assistance Policy for Children and Young People with SEND and Pupils Educated "
        "Other Than at School (2026): a bus pass and travel training, or a shared taxi with a "
        "passenger assistant where a pupil's needs require it (journeys under 40 minutes).",
    ])
    block_control(doc, "finance", "Financial and staffing implications", [
        "10. Capital: £780,000 from the Council's Children's Capital Programme 2026-2028 "
        "(approved by Cabinet on 14 January 2026). Revenue: 16 places at £19,000 (£304,000 a "
        "year) from the High Needs Block, within the 2027-28 budget set by Schools Forum on 20 "
        "January 2027.",
        "11. The second site will be staffed appropriately, in line with the Centre's staffing "
        "model and its pupil numbers.",
    ])
    content_control(doc, "conflicts", "Conflicts of interest declared", "None")
    content_control(doc, "signed", "Signed", "M. Crookes, Director of Education and Skills")
    return doc


def doc18():
    doc = Document()
    header_footer(doc, "Wolds and Holderness Council — SEND Area Review: SEMH provision",
                  "Area review report — final — January 2027")
    doc.add_heading("SEND Area Review: provision for social, emotional and mental health needs "
                    "in the Wolds and Holderness", 0)
    doc.add_heading("Part 1: Findings of the review", 1)
    para(doc, "1.1 The review looked at every SEMH setting in the area: two small special schools "
              "(Hornsea Road School, primary, 24 places; Driffield Lodge School, secondary, 30 "
              "places), the pupil referral unit (the Wolds Learning Centre) and four resourced "
              "provisions. Neither special school can offer a broad curriculum: Hornsea Road has "
              "three classrooms and Driffield Lodge has no science room or hall.")
    para(doc, "1.2 The review found that 38 pupils with SEMH plans are placed in independent "
              "schools outside the area, and that the PRU is used for pupils waiting for a special "
              "school place.")
    doc.add_heading("Part 2: The reorganisation proposed", 1)
    para(doc, "2.1 The Council proposes to close Hornsea Road School and Driffield Lodge School on 31 "
              "August 2028 and, with the Humber Estuary Learning Trust, to open a new all-through SEMH "
              "special free school, Beverlow Park School, on the former Beverlow Airfield site, from 1 "
              "September 2028. The key facts are in the box below.")
    text_box(doc, [
        "KEY FACTS",
        "Places, SEMH special, ages 5-16, in the area:",
        "Now: 54 (Hornsea Road 24, Driffield Lodge 30).",
        "From September 2028: 90 (Beverlow Park 90).",
        "Funding: capital £11.4 million from the Department for Education free schools "
        "programme (approved in the Trust's funding agreement of 30 October 2026); revenue "
        "£2.07 million a year from the High Needs Block (90 places at £23,000).",
        "Staffing: principal, 14.0 FTE teachers, 30 teaching assistants (ratio 1 adult to 2 "
        "pupils), clinical psychologist 1.0 FTE, speech and language therapist 0.8 FTE, "
        "occupational therapist 0.4 FTE, family support workers 2.0 FTE.",
    ])
    para(doc, "2.2 Pupils of both schools will transfer to Beverlow Park on 1 September 2028. Of the "
              "48 pupils expected to be on roll in summer 2028, 9 are in Year 11 and will leave; the "
              "other 39 (Hornsea Road 21, Driffield Lodge 18) have named places at Beverlow Park. The "
              "Trust confirmed in writing on 15 November 2026 that it will admit every one of them "
              "and will have the building and staff described here in place.")
    para(doc, "2.3 No pupil of either school will be placed in the Wolds Learning Centre (the PRU) "
              "or any other alternative provision as a result of the closures: each pupil moves "
              "directly to Beverlow Park.")
    doc.add_heading("Part 3: How pupils will benefit", 1)
    para(doc, "3.1 Curriculum: a primary curriculum with daily outdoor learning; at Key Stage 4, "
              "eight GCSE subjects including combined science and computing, BTEC Level 1-2 "
              "engineering and animal care (the site has an animal unit), and the Duke of Edinburgh's "
              "Award. This supports priority 2 of the Council's Accessibility Strategy 2025-2028.")
    para(doc, "3.2 Specialist staff: the clinical and therapy posts in the key facts box are all on "
              "site; neither closing school has any of them. The Council's SEMH Outreach Service "
              "will be based at Beverlow Park.")
    para(doc, "3.3 Accommodation: a new 3,400 m² building with fourteen classrooms, two "
              "laboratories, an engineering workshop, a sports hall, therapy rooms and an animal "
              "unit, handed over in July 2028.")
    doc.add_heading("Part 4: Views of providers", 1)
    para(doc, "4.1 On 21 September 2026 the Council sent a written statement of the proposals to the "
              "governing bodies of Hornsea Road and Driffield Lodge, the Trust, the Wolds Learning "
              "Centre management committee and all schools in the area, inviting written views and "
              "seeking agreement. Both governing bodies agreed, as did the Trust.")
    doc.add_heading("Part 5: Transport", 1)
    para(doc, "5.1 Pupils eligible under the Council's Home to School Transport Policy for Children "
              "and Young People with SEND (2026) will travel by minibus or taxi with a passenger "
              "assistant; journeys are planned at no more than 50 minutes, as the area is rural.")
    doc.add_heading("Part 6: Funding and staffing", 1)
    para(doc, "6.1 See the key facts box in Part 2.")
    return doc


def doc24():
    doc = Document()
    header_footer(doc, "London Borough of Hollowell — Children's Services",
                  "Consultation: Marlowe House and Coldharbour Schools — January 2027")
    doc.add_heading("Consultation on the proposed closure of Marlowe House School and the "
                    "enlargement of Coldharbour School", 0)
    para(doc, "Consultation period: 11 January to 22 February 2027", None)
    doc.add_heading("1. Introduction", 1)
    para(doc, "1.1 Marlowe House School, Lisle Street, is a community special school for 28 primary "
              "pupils with social, emotional and mental health (SEMH) needs. Coldharbour School, "
              "Coldharbour Lane, is a community special school for 40 primary pupils with the same "
              "needs, half a mile away. Both are small; Marlowe House has no outdoor space at all.")
    para(doc, "1.2 The Council proposes to close Marlowe House on 31 August 2027 and to enlarge "
              "Coldharbour so that it can take all Marlowe House pupils from 1 September 2027.")
    doc.add_heading("2. Places", 1)
    t = table(doc, [
        ["School", "Now", None, None, "From September 2027", None, None],
        [None, "KS1", "KS2", "Total", "KS1", "KS2", "Total"],
        ["Marlowe House", "8", "20", "28", "0", "0", "0"],
        ["Coldharbour", "12", "28", "40", "18", "46", "64"],
        ["Borough total", "20", "48", "68", "18", "46", "64"],
    ])
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).merge(t.cell(1, 0))
    para(doc, "2.1 The borough's SEMH primary places therefore fall slightly in number, but the "
              "Council expects 10 places to be added through resourced provision from 2028.")
    doc.add_heading("3. Where Marlowe House pupils will go", 1)
    para(doc, "3.1 Of the 28 pupils expected on roll in July 2027, four are in Year 6 and will "
              "transfer to secondary school; the other 24 will transfer to Coldharbour School on 1 "
              "September 2027. The Coldharbour governing body confirmed in writing on 30 November 2026 that it "
              "will admit them and have the facilities needed. No pupil will attend the Hollowell "
              "Tuition Centre (the borough's PRU) because of the closure.")
    doc.add_heading("4. Benefits", 1)
    bullets(doc, [
        "Curriculum: Coldharbour teaches science in a dedicated room, music with a specialist "
        "teacher, swimming every week and Forest School in its garden; it runs a breakfast club and "
        "three after-school clubs. This supports objective 1 of Hollowell's Accessibility Strategy "
        "2025-2028.",
        "Specialist staff: a child and adolescent psychotherapist (0.6 FTE), a speech and language "
        "therapist (0.4 FTE) and a weekly CAMHS clinic at Coldharbour; Marlowe House has none of "
        "these on site.",
        "Accommodation: a two-storey extension at Coldharbour of 520 m² (six classrooms, two "
        "group rooms and a therapy suite), completed August 2027.",
    ])
    doc.add_heading("5. Views of other providers", 1)
    para(doc, "5.1 A written statement of the proposal was sent on 2 November 2026 to both governing "
              "bodies, the Tuition Centre's management committee and all Hollowell primary schools, "
              "inviting them to set out their views in writing and seeking their agreement.")
    doc.add_heading("6. Transport", 1)
    para(doc, "6.1 Transport arrangements for pupils will be reviewed as part of the move.")
    doc.add_heading("7. Funding and staffing", 1)
    para(doc, "7.1 The extension will be funded through the Council's capital programme, subject to "
              "approval.")
    para(doc, "7.2 Coldharbour will appoint 2.0 FTE teachers and 5 teaching assistants, and the "
              "therapy posts above; Marlowe House staff have priority for these posts.")
    return doc


BUILD = {
    "02-cabinet-report-close-brigg-road-assessment-centre-primary-bases.docx": doc02,
    "08-cabinet-report-area-review-north-tynemoor-three-schools.docx": doc08,
    "11-governors-minutes-st-hilds-sixth-form-foundation.docx": doc11,
    "13-decision-record-content-controls-enlarge-sheaf-valley-pru.docx": doc13,
    "18-area-review-text-boxes-beverlow-park-semh.docx": doc18,
    "24-consultation-close-marlowe-house-semh-merged-cells.docx": doc24,
}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in BUILD.items():
        build().save(OUT / name)
        print(OUT / name)
