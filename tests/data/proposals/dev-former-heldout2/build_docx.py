"""Build the Word documents of the second held-out proposal corpus.

The .docx files beside this script are committed (they are the documents the
checker is measured on); this script is how they were written, kept so that
they can be read and rebuilt.  Run from anywhere:

    python tests/data/proposals/dev-former-heldout2/build_docx.py [OUT_FOLDER]

Written without reading the proposal reader; see README.md.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FIXED_TIME = _dt.datetime(2027, 1, 1, 9, 0, 0)


def _table(doc, rows, header=True):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def _content_control(doc, label, texts):
    """Paragraphs inside one block-level content control (w:sdt), as a
    report template's fill-in box holds them."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), label)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), label.lower().replace(" ", "_"))
    pr.append(alias)
    pr.append(tag)
    sdt.append(pr)
    body = OxmlElement("w:sdtContent")
    sdt.append(body)
    paragraphs = [doc.add_paragraph(text) for text in texts]
    paragraphs[0]._p.addprevious(sdt)
    for para in paragraphs:
        body.append(para._p)


def build(name: str, blocks: list, out: Path) -> Path:
    """Write one document from (kind, content) blocks."""
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for block in blocks:
        kind, content = block[0], (block[1:] if len(block) > 2 else block[1])
        if kind == "title":
            doc.add_heading(content, level=0)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bold":
            para = doc.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "lead":  # a bold lead-in phrase, then the paragraph
            head, text = content
            para = doc.add_paragraph()
            para.add_run(head).bold = True
            para.add_run(" " + text)
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            _table(doc, content)
        elif kind == "grid":  # a table without a header row (a cover box)
            _table(doc, content, header=False)
        elif kind == "cc":  # a council template's fill-in box: a block content control
            label, texts = content
            _content_control(doc, label, texts)
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.author = "Held-out corpus 2"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_modified_by = "Held-out corpus 2"
    props.revision = 1
    path = out / f"{name}.docx"
    doc.save(path)
    return path


DOCS: dict[str, list] = {}

# ---------------------------------------------------------------- 03: credible SEMH closure with a six-week bridge
DOCS["03-cabinet-report-close-greyfriars-semh-bridge"] = [
    ("grid", [
        ["Tyneford Metropolitan Borough Council", "Cabinet"],
        ["Date of meeting", "18 May 2027"],
        ["Report of", "Director of Children's Services"],
        ["Subject", "Closure of Greyfriars School and expansion of Ravensworth School"],
        ["Key decision", "Yes"],
    ]),
    ("title", "Closure of Greyfriars School and expansion of Ravensworth School"),
    ("h1", "1. Purpose"),
    ("p", "1.1 To report the outcome of the statutory notice period and to ask Cabinet to decide the proposal to close Greyfriars School on 31 August 2028 and to enlarge Ravensworth School from 1 September 2028."),
    ("h1", "2. Background"),
    ("p", "2.1 Greyfriars School, Abbey Road, is a community special school for 48 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs. It has 34 pupils. The school was judged to require improvement in 2025 and its buildings, a former secondary modern school, are three times larger than it needs."),
    ("p", "2.2 Ravensworth School, Lindisfarne Way, is a community special school for pupils aged 7 to 16 with SEMH needs, with 72 places, judged good in 2026."),
    ("h1", "3. The proposal"),
    ("p", "3.1 Greyfriars School closes on 31 August 2028. Ravensworth School is enlarged from 72 to 120 places, in a new secondary block opening in two phases: phase 1 (64 places) on 1 September 2028 and phase 2 (the remaining places and the vocational centre) after the October half-term 2028."),
    ("h1", "4. Places"),
    ("table", [
        ["SEMH special school places", "Now", "From November 2028"],
        ["Greyfriars School (11-16)", "48", "0"],
        ["Ravensworth School (7-16)", "72", "120"],
        ["Borough total", "120", "120"],
        ["Of which secondary (11-16)", "88", "96"],
    ]),
    ("p", "4.1 The number of SEMH special school places is unchanged overall, but secondary places increase from 88 to 96, where the waiting list is (14 secondary pupils were waiting for a place in March 2027), and all of them are in a school judged good."),
    ("h1", "5. Arrangements for pupils"),
    ("p", "5.1 Of Greyfriars' 34 pupils, 8 will complete Year 11 in July 2028 and leave as planned. The arrangements for the other 26 are:"),
    ("table", [
        ["Pupils", "From 1 September 2028", "Then"],
        ["20 pupils (Years 7 to 9 in September 2028)", "Ravensworth School, phase 1 block", "remain at Ravensworth"],
        ["6 pupils (Year 10 in September 2028)", "the Bridge, for no more than six school weeks (1 September to the October half-term 2028)", "Ravensworth School, phase 2 block, from the first day after the October half-term 2028"],
    ]),
    ("p", "5.2 The Bridge is the borough's pupil referral unit. The six-week bridging placement is used only because the vocational centre those six pupils need for their Key Stage 4 courses opens in phase 2. Their Ravensworth places are reserved from 1 September 2028, and no pupil will stay at the Bridge beyond the October half-term."),
    ("p", "5.3 The governing body of Ravensworth School confirmed in writing on 14 March 2027 that it will admit all 26 pupils and that the new block will have all the facilities needed to provide an appropriate curriculum. The management committee of the Bridge confirmed in writing that it will provide the six-week placement."),
    ("h1", "6. Educational benefits"),
    ("lead", ("Access to education.", "Ravensworth offers GCSEs in 9 subjects (Greyfriars 4), BTEC Level 1 and 2 in construction, motor vehicle studies and hospitality in the new vocational centre, a Duke of Edinburgh's Award programme and weekly outdoor education at Kielder. The proposal is listed as action 3.2 in the Council's Accessibility Strategy 2026-2029 (a broader curriculum in special schools).")),
    ("lead", ("Specialist staff.", "Ravensworth has an on-site therapeutic team: a clinical psychologist (1.0 FTE), a speech and language therapist (0.6 FTE) and an occupational therapist (0.4 FTE). The Council's SEMH outreach service (4.0 FTE advisory teachers) is based there.")),
    ("lead", ("Accommodation.", "The new secondary block (2,600 m²) has 10 classrooms, a science laboratory, the vocational centre (three workshops), a sports hall, and a therapy suite of four rooms. It will cost £9.8 million; phase 1 will be finished in August 2028 and phase 2 in October 2028.")),
    ("h1", "7. Transport"),
    ("p", "7.1 Pupils eligible under the Council's Home to School Travel Policy for Children and Young People with Special Educational Needs and Disabilities will travel to Ravensworth, and for six weeks to the Bridge, by contracted minibus or taxi with a passenger assistant. Journeys will not exceed 45 minutes. Older pupils will be offered independent travel training."),
    ("h1", "8. Financial implications"),
    ("p", "8.1 The capital cost of £9.8 million is funded from the Council's High Needs Provision Capital Allocation 2026-28 (£7.3 million) and the Council's capital programme (£2.5 million, approved by Council in February 2027). Revenue: Ravensworth's 48 additional places at £24,000 a place (£1,152,000 a year) from the High Needs Block, in place of Greyfriars' budget of £1,180,000. The six-week bridging placements cost £21,000, also from the High Needs Block."),
    ("h1", "9. Staffing"),
    ("p", "9.1 Ravensworth will appoint 7 teachers (7.0 FTE), 12 teaching assistants (11.2 FTE) and 2 learning mentors (2.0 FTE), keeping classes of 8 pupils with a teacher and two teaching assistants. Greyfriars staff have a guaranteed interview for these posts."),
    ("h1", "10. Views of providers"),
    ("p", "10.1 A written statement of the proposal was sent in January 2027 to the governing bodies of Greyfriars and Ravensworth, to the management committee of the Bridge, and to every secondary school and academy in Tyneford, inviting each to set out its views in writing on the changing pattern of provision and seeking their agreement. 17 written replies were received (Appendix 2); Greyfriars' governors agreed with the closure."),
    ("h1", "11. Recommendation"),
    ("p", "11.1 That Cabinet approves the closure of Greyfriars School on 31 August 2028 and the enlargement of Ravensworth School from 1 September 2028, without modification."),
]

# ---------------------------------------------------------------- 11: credible; foundation governors; places only in a Word table
DOCS["11-governors-proposal-hazelmere-satellite-table"] = [
    ("title", "Hazelmere School: proposal by the Governing Body to enlarge the school by opening a satellite at Kingfield Academy"),
    ("p", "Published by the Governing Body of Hazelmere School, a foundation special school maintained by Westcombe Council, under section 19(1) of the Education and Inspections Act 2006. Date of publication: 7 June 2027."),
    ("h1", "The school and the proposal"),
    ("p", "Hazelmere School, Priory Lane, Westcombe, is a foundation special school for autistic pupils aged 4 to 16 whose learning is broadly in line with their age. The governing body proposes to enlarge the school by opening a satellite on the site of Kingfield Academy, a mainstream secondary school in Eastcombe, from 1 September 2028. Pupils at the satellite will be on Hazelmere's roll and taught by Hazelmere staff, and will join Kingfield lessons where their plans allow."),
    ("p", "The places at the main site and at the satellite are shown in the table."),
    ("table", [
        ["Site", "Age range", "Places now", "Places from September 2028"],
        ["Hazelmere School, Priory Lane", "4-16", "96", "96"],
        ["Hazelmere satellite, Kingfield Academy", "11-16", "0", "32"],
        ["Hazelmere School in total", "4-16", "96", "128"],
    ]),
    ("p", "This proposal adds provision. It does not close or move any school, unit or class, and no pupil at Hazelmere or Kingfield will be displaced."),
    ("h1", "Why the governors are making this proposal"),
    ("p", "Every year about 20 Hazelmere pupils reach Year 7 wanting GCSE courses in subjects the school cannot offer on its own small site, and Westcombe places 23 autistic secondary pupils in independent schools outside the area. The governors are aware that, as proposers, they must show how the proposal meets the SEN Improvement Test (DfES 2007, paragraph 24); the sections below take each key factor in turn."),
    ("h1", "Access to education"),
    ("bullet", "Satellite pupils will be able to take GCSE triple science, computer science, design and technology, music and a modern foreign language in Kingfield's laboratories and workshops, with a Hazelmere teaching assistant."),
    ("bullet", "They will be able to join Kingfield's clubs (robotics, chess, drama, football) and its Year 8 and Year 10 residential visits."),
    ("bullet", "The satellite will have a low-stimulus base with individual workstations and a decompression room, so pupils can step out of busy lessons without leaving school."),
    ("p", "Westcombe Council's Accessibility Strategy 2026-2029 (objective 2: autistic pupils to have access to the full secondary curriculum in their local area) names this satellite as one of its actions."),
    ("h1", "Access to specialist staff"),
    ("p", "The satellite will have a lead teacher for autism (1.0 FTE), two further Hazelmere teachers (1.6 FTE) and four teaching assistants. Hazelmere's speech and language therapist will work at the satellite one day a week and its occupational therapist half a day a week. Westcombe's Educational Psychology Service will provide 10 days a year. Kingfield staff will receive Hazelmere's autism training programme, run by the school's outreach team, twice a year."),
    ("h1", "Accommodation"),
    ("p", "Kingfield Academy's former sixth-form centre (a detached single-storey building of 410 m²) will be refurbished as the satellite base: four classrooms, a decompression room, a kitchen, an office and accessible toilets, with a fenced garden. The work costs £1.15 million and will be done between January and July 2028."),
    ("h1", "Funding"),
    ("p", "Westcombe Council has agreed in writing to fund the refurbishment (£1.15 million) from its High Needs Provision Capital Allocation 2026-28, and to fund the places at £19,500 each a year (£624,000 a year when full) from the High Needs Block. Kingfield Academy's trust will lease the building to the governing body at a peppercorn rent for 25 years."),
    ("h1", "Staffing"),
    ("table", [
        ["Post", "Number", "FTE"],
        ["Lead teacher (autism)", "1", "1.0"],
        ["Teachers", "2", "1.6"],
        ["Teaching assistants", "4", "3.6"],
        ["Satellite administrator", "1", "0.6"],
    ]),
    ("p", "Classes at the satellite will have no more than 8 pupils, each with a teacher and a teaching assistant."),
    ("h1", "Transport"),
    ("p", "Pupils eligible under Westcombe Council's Home to School Transport Policy for Children and Young People with SEND will travel to the satellite by contracted minibus with a passenger assistant, or receive a personal transport budget; the Policy's independent travel training will be offered from Year 9. Because the satellite is in Eastcombe, journeys for pupils in the east of the county will be about 35 minutes shorter than to Priory Lane."),
    ("h1", "Views of other providers"),
    ("p", "The governors sent a written statement of the proposal to Westcombe Council, the board of Kingfield Academy's trust, the governing bodies of all special schools in Westcombe and the two independent schools that take most Westcombe autistic pupils, inviting each to set out its views on the changing pattern of provision in writing. All six replied in writing in support; the replies can be read at www.hazelmere.westcombe.sch.uk/satellite."),
    ("h1", "How to comment"),
    ("p", "Within four weeks of publication, anyone may object to or comment on this proposal by writing to the Clerk to the Governors, Hazelmere School, Priory Lane, Westcombe WC3 9PL."),
]

# ---------------------------------------------------------------- 26: confirmed places beside a hoped-for group
DOCS["26-cabinet-report-close-cedars-hoped-places"] = [
    ("title", "Wyvern Council: Report to Cabinet"),
    ("grid", [
        ["Meeting", "Cabinet, 12 October 2027"],
        ["Title", "Proposed closure of The Cedars School and enlargement of Larchwood School"],
        ["Lead officer", "Head of Education Place Planning"],
    ]),
    ("h1", "Recommendations"),
    ("num", "That Cabinet approves the publication of statutory proposals to close The Cedars School on 31 August 2028 and to enlarge Larchwood School from 1 September 2028."),
    ("num", "That Cabinet notes the capital and revenue costs set out in this report."),
    ("h1", "Background"),
    ("p", "The Cedars School, Hill Road, Wyvern Bridge, is a community special school for 40 pupils aged 5 to 11 with moderate learning difficulties (MLD). It has 23 pupils. Larchwood School, Meadow Way, is a community special school for 80 pupils aged 5 to 11 with MLD and autism, and is full with a waiting list of 17."),
    ("h1", "Places"),
    ("p", "Primary special school places for MLD and autism in Wyvern will rise from 120 (The Cedars 40, Larchwood 80) to 124 from September 2028, all at Larchwood, which will be enlarged from 80 to 124 places."),
    ("h1", "Pupils of The Cedars"),
    ("p", "Four pupils will transfer to secondary school in September 2028 as planned. Of the other 19 pupils, 14 will transfer to Larchwood School on 1 September 2028; Larchwood's governing body confirmed in writing on 20 July 2027 that it will admit them and that it will have all the facilities needed to provide an appropriate curriculum for them."),
    ("p", "We are hopeful that the resourced provision at St Clement's CE Primary School will be able to offer places to the remaining five pupils, whose parents have asked for a mainstream setting; discussions with the school are continuing."),
    ("h1", "Educational benefits"),
    ("p", "Pupils from The Cedars will have access at Larchwood to a specialist teaching kitchen, a sensory room, a hydrotherapy pool and a forest school, and to weekly swimming, horse riding and cycling. The Cedars, with two classes per key stage, cannot offer setting in English and mathematics; Larchwood teaches both in ability sets with the Read Write Inc. and Maths No Problem programmes. These are among the actions of the Council's Accessibility Strategy 2025-2028 (section 3, the curriculum)."),
    ("p", "Larchwood has a speech and language therapist on site four days a week, an occupational therapist one day a week and a family support worker full time; The Cedars has a speech and language therapist one day a fortnight."),
    ("h1", "Accommodation"),
    ("p", "A new two-storey extension at Larchwood will provide 6 classrooms (each 56 m²), two group rooms, a second hall and a lift, at a cost of £5.1 million, built between November 2027 and August 2028."),
    ("h1", "Transport"),
    ("p", "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND will travel to Larchwood by contracted minibus with a passenger assistant. Larchwood is 3.4 miles from The Cedars; no journey will exceed 45 minutes."),
    ("h1", "Financial implications"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["Larchwood extension (capital)", "£5.1 million", "High Needs Provision Capital Allocation 2026-28"],
        ["44 additional places at Larchwood (revenue, a year)", "£968,000", "High Needs Block"],
        ["The Cedars' budget released (revenue, a year)", "£860,000", "High Needs Block"],
    ]),
    ("h1", "Staffing"),
    ("p", "Larchwood will appoint 5 teachers (5.0 FTE) and 10 teaching assistants (9.0 FTE), keeping classes of 10 pupils with a teacher and two teaching assistants. The Cedars' staff will be offered these posts first."),
    ("h1", "Consultation with providers"),
    ("p", "In June 2027 the Council sent a written statement of the proposals to the governing bodies of The Cedars, Larchwood and St Clement's CE Primary School, the Diocese of Wyvern and every primary school in the Wyvern Bridge area, inviting each to set out in writing its views on the changing pattern of provision. 26 written responses were received (Appendix 1)."),
]

# ---------------------------------------------------------------- 30: funding stated only as "subject to approval"
DOCS["30-decision-record-enlarge-oakbank-subject-to-approval"] = [
    ("bold", "CASTLEMERE CITY COUNCIL"),
    ("title", "Record of Decision"),
    ("grid", [
        ["Decision number", "CYP/27/112"],
        ["Decision maker", "Cabinet Member for Children and Young People"],
        ["Date", "9 November 2027"],
        ["Subject", "Enlargement of Oakbank School"],
    ]),
    ("h1", "Decision"),
    ("p", "To approve the proposal, published on 4 September 2027, to enlarge Oakbank School, a community special school for autistic pupils aged 11 to 19, from 1 September 2029, as set out in the table below."),
    ("table", [
        ["Oakbank School", "Places now", "Places from 1 September 2029"],
        ["Key Stages 3 and 4 (11-16)", "80", "100"],
        ["Post-16 (16-19)", "20", "30"],
        ["Total", "100", "130"],
    ]),
    ("h1", "Reasons for the decision"),
    ("lead", ("No pupil is displaced.", "The proposal enlarges an existing school on its present site; no school or unit closes and every pupil keeps their place.")),
    ("lead", ("Access to education.", "The enlarged school will add a post-16 vocational pathway (BTEC Level 1 in IT and creative media, supported internships with Castlemere Hospital for 10 students a year) and GCSE computer science and geography, and will open a climbing wall and a sensory circuit to all pupils. The decision implements action 5 of the City Council's Accessibility Strategy 2026-2029 (access to post-16 education and training for young people with SEND).")),
    ("lead", ("Specialist staff.", "The school will have a speech and language therapist four days a week (now two) and a clinical psychologist one day a week, commissioned from Castlemere Children's Health, and an employment job coach (1.0 FTE).")),
    ("lead", ("Accommodation.", "A three-storey extension of 1,600 m² will provide 8 classrooms, a post-16 centre with a training kitchen and flat, a climbing wall room and two sensory rooms, built between September 2028 and August 2029.")),
    ("lead", ("Funding.", "Funding for the scheme is subject to approval.")),
    ("lead", ("Staffing.", "The school will appoint 4 teachers (4.0 FTE), 9 teaching assistants (8.1 FTE) and a job coach (1.0 FTE), keeping classes of 8 with three adults in Key Stages 3 and 4 and classes of 10 with two adults at post-16.")),
    ("lead", ("Transport.", "Students eligible under the City Council's Home to School and Post-16 Transport Policy for Children and Young People with SEND will travel by contracted minibus with a passenger assistant, or receive independent travel training leading to a free bus pass. No journey will be planned to exceed 60 minutes.")),
    ("lead", ("Views of providers.", "The City Council sent a written statement of the proposal to the governing body of Oakbank and to the governing bodies of all special schools and resourced provisions in the city and to Castlemere College, inviting each to set out its views on the changing pattern of provision in writing. Nine written responses were received, all in support.")),
    ("h1", "Alternative options considered"),
    ("p", "Commissioning 30 further places in independent schools was rejected on cost and distance."),
    ("h1", "Declarations of interest"),
    ("p", "None."),
]

# ---------------------------------------------------------------- 31: a pupil-move table with "To be confirmed"; transport without the policy
DOCS["31-consultation-move-greenway-asc-unit-tbc"] = [
    ("title", "Hartleigh County Council"),
    ("h1", "Consultation: moving the autism resource base from Greenway High School to Marlowe Academy"),
    ("p", "Consultation period: 15 November 2027 to 7 January 2028"),
    ("h2", "1. What we are proposing"),
    ("p", "1.1 Greenway High School, Hartleigh, hosts a resource base for 15 autistic pupils aged 11 to 16. Greenway will become an 11-18 school with a sixth form in September 2028 and needs the base's rooms. The County proposes to discontinue the base at Greenway on 31 August 2028 and to establish a new base for 20 autistic pupils aged 11 to 16 at Marlowe Academy, Hartleigh, on 1 September 2028."),
    ("h2", "2. Places"),
    ("p", "2.1 Resourced places for autistic secondary pupils in the Hartleigh area will rise from 15 to 20."),
    ("h2", "3. What will happen to pupils now in the base"),
    ("p", "3.1 The base has 14 pupils. The table shows where each year group will go."),
    ("table", [
        ["Pupils", "Number", "From September 2028", "Confirmed"],
        ["Year 11 now", "3", "Leave in July 2028 (end of Year 11)", "-"],
        ["Years 7 to 9 now", "8", "Marlowe Academy resource base", "Yes: Marlowe Academy's trust, letter of 2 October 2027"],
        ["Year 10 now", "3", "To be confirmed", "To be confirmed"],
    ]),
    ("p", "3.2 Marlowe Academy's trust has confirmed in writing that it will admit the pupils in Years 7 to 9 and that the base will have the facilities needed to provide an appropriate curriculum."),
    ("h2", "4. Benefits"),
    ("p", "4.1 Marlowe is a specialist science and technology academy. Pupils in the base will be able to take GCSE triple science, engineering and computer science and to join its robotics and coding clubs, and the base will have its own sensory room and a quiet study room, neither of which exists at Greenway. This meets objective 3 of the County's Accessibility Strategy 2026-2029 (broadening the curriculum available to pupils in resourced provision)."),
    ("p", "4.2 The base will be led by a specialist autism teacher (1.0 FTE) with two teachers (1.5 FTE) and five teaching assistants; the County's Autism Outreach Team will visit weekly, and a speech and language therapist will work in the base one day a week."),
    ("p", "4.3 Marlowe will convert part of its ground floor into a base of 180 m²: two classrooms, a sensory room, a quiet study room and an office, at a cost of £520,000, between April and August 2028."),
    ("h2", "5. Getting to school"),
    ("p", "5.1 Pupils who now receive transport to Greenway will be taken to Marlowe by contracted taxi, with a passenger assistant for pupils who need one. Marlowe is 2.2 miles from Greenway; journeys will take no more than 40 minutes."),
    ("h2", "6. Cost and staffing"),
    ("p", "6.1 The conversion (£520,000) will be funded from the County's High Needs Provision Capital Allocation 2027-28. Places will be funded from the High Needs Block at £11,000 a place (£220,000 a year for 20 places)."),
    ("p", "6.2 Staffing is set out in 4.2: 1.0 FTE lead teacher, 1.5 FTE teachers and five teaching assistants (4.5 FTE)."),
    ("h2", "7. Views of schools"),
    ("p", "7.1 A written statement of the proposal was sent to the governing body of Greenway High School, the trust of Marlowe Academy and every secondary school and special school in Hartleigh, inviting each to give its views on the changing pattern of provision in writing. Their written replies are summarised in Appendix A."),
    ("h2", "8. How to respond"),
    ("p", "8.1 Online at hartleigh.gov.uk/asc-base or by post to SEND Place Planning, County Hall, Hartleigh HT1 1AA."),
]

# ---------------------------------------------------------------- 33: an EBD school closes and nobody says where its pupils go
DOCS["33-cabinet-report-close-st-aidans-ebd-no-destination"] = [
    ("grid", [
        ["FERNCLIFFE BOROUGH COUNCIL", ""],
        ["Report to", "Executive Board"],
        ["Date", "26 January 2028"],
        ["Report title", "Reshaping specialist provision for social, emotional and mental health needs: closure of St Aidan's House School"],
        ["Report author", "Head of Inclusion and SEND"],
    ]),
    ("h1", "1 Purpose of report"),
    ("p", "1.1 To ask the Executive Board to approve the publication of a statutory proposal to close St Aidan's House School on 31 August 2029 and to open an SEMH department at Ferncliffe Park School."),
    ("h1", "2 Background"),
    ("p", "2.1 St Aidan's House School is a community day special school for 40 boys aged 11 to 16 with emotional and behavioural difficulties (EBD). It has 31 pupils. Ofsted judged it inadequate in October 2027. The school is single-sex and the borough has no SEMH special school place for girls."),
    ("p", "2.2 Ferncliffe Park School is a community special school for pupils aged 11 to 19 with complex learning needs, judged outstanding in 2025, with room on its site for a new department."),
    ("h1", "3 Proposal"),
    ("p", "3.1 St Aidan's House School will close on 31 August 2029. Ferncliffe Park School will be enlarged by a new SEMH department of 48 places for boys and girls aged 11 to 16, opening on 1 September 2029. SEMH special school places in the borough will therefore rise from 40 to 48."),
    ("h1", "4 Pupils at St Aidan's House"),
    ("p", "4.1 Each pupil's placement will be reviewed through an early annual review of their EHC plan in the autumn term of 2028, and pupils will be placed according to their needs following their reviews."),
    ("h1", "5 Benefits"),
    ("p", "5.1 The new department will offer 8 GCSE subjects, BTEC Level 1 and 2 courses in construction, motor vehicle and sport, a therapeutic horticulture programme and Ferncliffe Park's post-16 pathway, so that pupils need not leave at 16. It delivers action 1.4 of the Council's Accessibility Strategy 2027-2030 (improving access to the curriculum and to post-16 education for pupils with SEMH needs)."),
    ("p", "5.2 The department will have a clinical psychologist (0.8 FTE), a speech and language therapist (0.4 FTE) and a mental health practitioner from the Ferncliffe CAMHS schools link service two days a week; St Aidan's House has none of these."),
    ("p", "5.3 A new building of 2,100 m² on the Ferncliffe Park site will provide 8 classrooms, a construction workshop, a motor vehicle bay, a horticulture area with a polytunnel, a sports hall and a therapy suite, built between June 2028 and July 2029 at a cost of £10.2 million."),
    ("h1", "6 Transport"),
    ("p", "6.1 Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND will travel by contracted minibus or taxi with a passenger assistant, or with a travel pass after independent travel training; no journey to Ferncliffe Park will exceed 45 minutes."),
    ("h1", "7 Financial implications"),
    ("p", "7.1 Capital: £10.2 million, from the Council's High Needs Provision Capital Allocation (£8.0 million) and its capital programme (£2.2 million, approved February 2027). Revenue: 48 places at £25,000 (£1.2 million a year) from the High Needs Block, replacing St Aidan's House's budget (£1.05 million)."),
    ("h1", "8 Staffing"),
    ("p", "8.1 The department will have a head of department, 7 teachers (7.0 FTE), 12 teaching assistants (11.0 FTE) and two learning mentors, with groups of 8 and two adults."),
    ("h1", "9 Consultation with providers"),
    ("p", "9.1 A written statement of the proposal was sent to the governing bodies of St Aidan's House and Ferncliffe Park, the management committee of the borough's pupil referral unit and every secondary school, inviting each to set out in writing its views on the changing pattern of provision. 14 written replies were received (Appendix 2)."),
]

# ---------------------------------------------------------------- 38: a council report template whose text sits in content controls
DOCS["38-cabinet-template-semh-base-larkhill-content-controls"] = [
    ("bold", "NORTH DENHOLM COUNCIL"),
    ("title", "Cabinet Report"),
    ("grid", [
        ["Meeting date", "20 September 2027"],
        ["Report title", "SEMH resourced provision at Larkhill Primary School"],
        ["Portfolio", "Children, Education and Skills"],
        ["Key decision", "Yes"],
    ]),
    ("h1", "1. Purpose of the report"),
    ("cc", "Purpose", [
        "1.1 To seek approval to establish a resourced provision for 10 pupils aged 5 to 11 with social, emotional and mental health (SEMH) needs at Larkhill Primary School, Denholm Bridge, from 1 April 2028.",
    ]),
    ("h1", "2. Recommendations"),
    ("cc", "Recommendations", [
        "2.1 That Cabinet approves the establishment of the resourced provision from 1 April 2028.",
        "2.2 That Cabinet approves the capital allocation set out in section 7.",
    ]),
    ("h1", "3. Background and proposal"),
    ("cc", "Background", [
        "3.1 North Denholm has 24 primary SEMH special school places, at Whinmoor School, and no resourced provision for primary pupils with SEMH needs. In 2026-27, 31 primary pupils were excluded for a fixed period more than three times.",
        "3.2 The resourced provision will add 10 primary SEMH places, so that the borough has 34 places for primary pupils with SEMH needs from April 2028 (24 at Whinmoor, 10 at Larkhill).",
        "3.3 This is new provision in a school that remains open: no school or unit closes, and no pupil will be displaced.",
    ]),
    ("h1", "4. Educational benefits"),
    ("cc", "Benefits", [
        "4.1 Pupils will spend most of the day in their mainstream class and attend the base for daily nurture groups, Zones of Regulation and Lego-based therapy sessions, and weekly Forest School. Each pupil will have an individual timetable with planned time in every subject of the national curriculum, including swimming and residential trips with an extra adult. This implements action 4.1 of the Council's Accessibility Strategy 2026-2029 (inclusion of pupils with SEMH needs in their local mainstream school).",
        "4.2 The base will have a specialist teacher (1.0 FTE) and two teaching assistants trained as ELSAs (2.0 FTE). A play therapist will work in the base two days a week, and the Whinmoor School outreach team will visit fortnightly.",
        "4.3 Pupils will be taught in accommodation better suited to their needs.",
    ]),
    ("h1", "5. Transport"),
    ("cc", "Transport", [
        "5.1 Pupils eligible under the Council's Home to School Travel Policy for Children and Young People with SEND will travel to Larkhill by shared taxi with a passenger assistant; journeys will be planned not to exceed 40 minutes.",
    ]),
    ("h1", "6. Consultation"),
    ("cc", "Consultation", [
        "6.1 In May 2027 the Council sent a written statement of the proposal to the governing bodies of Larkhill Primary School and Whinmoor School and to every primary school in North Denholm, inviting each to set out its views on the changing pattern of provision in writing. 33 written replies were received; 31 supported the proposal.",
    ]),
    ("h1", "7. Financial implications"),
    ("cc", "Finance", [
        "7.1 Capital: £240,000 from the Council's High Needs Provision Capital Allocation 2027-28. Revenue: £15,000 a place a year from the High Needs Block (£150,000 a year).",
    ]),
    ("h1", "8. Staffing implications"),
    ("cc", "Staffing", [
        "8.1 Specialist teacher 1.0 FTE; two teaching assistants 2.0 FTE; the play therapist is commissioned (0.4 FTE). A ratio of one adult to three pupils when pupils are in the base.",
    ]),
]


def build_all(out: Path | None = None) -> list[Path]:
    """Write every document into OUT (default: beside this script)."""
    out = Path(out) if out else HERE
    out.mkdir(parents=True, exist_ok=True)
    return [build(name, blocks, out) for name, blocks in DOCS.items()]


if __name__ == "__main__":
    for path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(path)
