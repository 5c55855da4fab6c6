"""Build the Word (.docx) documents of the held-out proposal corpus.

The held-out corpus (see README.md in this folder) measures the SEN Improvement
Test checker on documents it was never tuned on.  Six of its documents are Word
files; their text lives here, as a list of blocks per document, so that a
reviewer can read and diff them.  The built .docx files are committed beside
this script; run it again only to rebuild them after editing the text:

    python tests/data/proposals/dev-former-heldout/build_docx.py

Blocks: ("title", text), ("h1", text), ("h2", text), ("p", text),
("num", text) a paragraph in Word's automatic "List Number" style,
("bullet", text), ("table", rows) a real Word table whose first row is the
header, and ("sdt", tag, [texts]) paragraphs wrapped in a block-level content
control (w:sdt).  python-docx has no API for content controls, so the w:sdt
element is built directly from OOXML.

Needs python-docx (a dependency of the project).
"""

from __future__ import annotations

import datetime
import pathlib

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = pathlib.Path(__file__).resolve().parent
FIXED_DATE = datetime.datetime(2026, 12, 2, 12, 0, 0)


def _content_control(doc, tag: str, texts: list[str]) -> None:
    """Append a block-level content control (w:sdt) holding one paragraph per text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag.replace("_", " ").title())
    tag_el = OxmlElement("w:tag")
    tag_el.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(tag_el)
    pr.append(OxmlElement("w:richText"))
    content = OxmlElement("w:sdtContent")
    for text in texts:
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        p.append(r)
        content.append(p)
    sdt.append(pr)
    sdt.append(content)
    body = doc.element.body
    body.insert(len(body) - 1, sdt)  # before the final w:sectPr


def build(name: str, blocks: list[tuple]) -> pathlib.Path:
    """Write one document from its blocks and return its path."""
    doc = Document()
    props = doc.core_properties
    props.author = "held-out corpus"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_modified_by = "held-out corpus"
    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "num":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        elif kind == "sdt":
            _content_control(doc, block[1], block[2])
        else:
            raise ValueError(f"{name}: unknown block kind {kind!r}")
    path = HERE / name
    doc.save(path)
    return path


# --------------------------------------------------------------------------
# 05: governing body of a foundation special school; transport in a content control

DOC_05 = [
    ("title", "Ridgeway School: Proposal by the Governing Body"),
    ("p", "Ridgeway School is a foundation special school in Tollbridge for pupils aged 2 to 19 with severe and profound and multiple learning difficulties. Its foundation is the Ridgeway Trust. The local authority is Tollbridge and Marsh County Council."),
    ("p", "Proposal to enlarge the school by opening a second site (satellite) at Castle Mead Community College, Tollbridge, from 1 September 2026."),
    ("h1", "1. The proposal"),
    ("p", "1.1 The governing body proposes to make a prescribed alteration to Ridgeway School by establishing a satellite of the school in purpose-built accommodation on the campus of Castle Mead Community College, an 11-18 foundation school."),
    ("p", "1.2 The school's capacity will rise from 132 to 172 places. The satellite will provide 40 places for secondary and post-16 pupils with severe learning difficulties (SLD), phased as shown below."),
    ("table", [
        ["Phase", "Main site now", "Satellite from Sept 2026", "Satellite from Sept 2027", "Total from Sept 2027"],
        ["Primary (2-11)", "62", "0", "0", "62"],
        ["Secondary (11-16)", "48", "16", "24", "72"],
        ["Post-16 (16-19)", "22", "8", "16", "38"],
        ["Total", "132", "24", "40", "172"],
    ]),
    ("p", "1.3 The proposal creates new places. No pupil will be displaced and no pupil will be required to move from the main site."),
    ("h1", "2. How the proposal meets the SEN Improvement Test"),
    ("p", "2.1 The governing body is a proposer to whom the SEN Improvement Test applies and has considered each key factor."),
    ("h2", "Access to education and associated services"),
    ("p", "2.2 The County Council's Accessibility Strategy 2024-2027 includes the aim of giving pupils in special schools more opportunities to learn alongside mainstream peers. Satellite pupils will join Castle Mead lessons in art, drama, music and food technology each week with a Ridgeway teaching assistant, take part in the college's lunchtime clubs and Year 9 activities week, and use the college's sports hall, swimming pool and performing arts studio. Post-16 students will follow Entry Level courses in retail and horticulture in the college's vocational centre."),
    ("h2", "Access to specialist staff"),
    ("p", "2.3 The satellite will have its own speech and language therapist (0.6 FTE) and physiotherapist (0.4 FTE), employed by Tollbridge Community Health under the school's existing contract, and a specialist teacher for pupils with multi-sensory impairment will visit weekly from the county sensory service. Castle Mead's SENCo and Ridgeway's outreach teacher will jointly train college staff."),
    ("h2", "Access to suitable accommodation"),
    ("p", "2.4 A new single-storey building of 820 m² on the Castle Mead campus: five classrooms of 65 m², a hygiene suite with two changing benches and ceiling hoists, a life-skills kitchen, a sensory room and a secure garden. Construction: September 2025 to July 2026."),
    ("h2", "Supply of suitable places"),
    ("p", "2.5 See table at 1.2: 40 additional SLD places for secondary and post-16 pupils. Tollbridge currently places 27 young people with SLD in independent or out-of-county schools."),
    ("h1", "3. Views of other providers"),
    ("p", "3.1 On 5 March 2025 the governing body, with the County Council, sent a written statement of the proposal to the governing bodies of Castle Mead Community College and of every special school in Tollbridge and Marsh, and to Tollbridge College, inviting each to set out its views on the changing pattern of provision in writing and seeking their agreement. Castle Mead's governing body replied on 2 April 2025 agreeing to host the satellite; all eight other replies supported the proposal."),
    ("h1", "4. Transport"),
    ("sdt", "transport_arrangements", [
        "4.1 Home to school transport for pupils attending the satellite will be provided by Tollbridge and Marsh County Council in accordance with its Travel Assistance Policy for Children and Young People with SEND (2025) and its Post-16 Transport Policy Statement.",
        "4.2 Eligible pupils will travel on contracted minibuses with a passenger assistant; the satellite will have a covered drop-off point for four vehicles. Post-16 students will be offered independent travel training by the school's travel trainer.",
    ]),
    ("h1", "5. Funding"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["Satellite building", "£2,480,000", "County Council High Needs Provision Capital Allocation 2024-26"],
        ["Furniture and equipment", "£120,000", "Ridgeway Trust"],
        ["Place funding (40 places)", "£400,000 a year", "DSG High Needs Block (£10,000 per place)"],
        ["Top-up funding", "£620,000 a year when full", "DSG High Needs Block (banded top-up)"],
    ]),
    ("h1", "6. Staffing"),
    ("num", "A head of satellite (assistant headteacher, 1.0 FTE)."),
    ("num", "Five class teachers (5.0 FTE), appointed in two phases."),
    ("num", "Twelve teaching assistants (11.0 FTE) and a site assistant (0.5 FTE)."),
    ("num", "The therapy posts in paragraph 2.3 (1.0 FTE in all)."),
    ("h1", "7. Comments and objections"),
    ("p", "Within four weeks of publication any person may object to or comment on this proposal by writing to the Clerk to the Governing Body, Ridgeway School, Downs Road, Tollbridge TB3 6RW. The decision maker is Tollbridge and Marsh County Council."),
    ("p", "Signed: Mr Adrian Kellaway, Chair of Governors. Published 16 June 2025."),
]

# --------------------------------------------------------------------------
# 07: cabinet report, SEMH school closes, six-week bridging placement, hedge about a pool

DOC_07 = [
    ("title", "Harbourne City Council: Cabinet, 12 October 2026"),
    ("p", "Report of the Director of Children's Services. Agenda item 9. Key decision: Yes."),
    ("h1", "Closure of Tidewater School and expansion of SEMH provision at Kestrel Hill School"),
    ("h2", "1. Purpose"),
    ("p", "1.1 To decide the statutory proposals, published on 1 July 2026, to close Tidewater School, a community special school for 44 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2027, and to enlarge Kestrel Hill School (SEMH, 5-16) from 70 to 110 places from 1 September 2027."),
    ("h2", "2. Recommendations"),
    ("p", "2.1 That Cabinet approves both proposals without modification."),
    ("p", "2.2 That Cabinet approves capital expenditure of £5.6 million as set out in paragraph 9.1."),
    ("h2", "3. Background"),
    ("p", "3.1 Tidewater occupies a former secondary school building far larger than it needs, with running costs of £410,000 a year. It has 31 pupils on roll. Kestrel Hill, rated outstanding, is 2.5 miles away and has a waiting list of 19."),
    ("h2", "4. Displaced pupils"),
    ("p", "4.1 Each of the 31 Tidewater pupils has had an early annual review. Their placements are shown below; every receiving school has confirmed in writing that it will admit the pupils named and that it has, or will have, the facilities to provide an appropriate curriculum."),
    ("table", [
        ["Receiving school", "Type", "Pupils", "Written confirmation"],
        ["Kestrel Hill School", "Special (SEMH)", "24", "Letter from chair of governors, 3 September 2026"],
        ["Oldport Academy SEMH base", "Resourced provision (SEMH)", "7", "Letter from CEO, Oldport Learning Trust, 7 September 2026"],
    ]),
    ("p", "4.2 Six of the 24 pupils going to Kestrel Hill are in Year 10. Their classrooms in the new Kestrel Hill block open after the October half term 2027, so they will attend the Meridian Centre, the city's pupil referral unit, for no more than six weeks (1 September to 22 October 2027), taught by their current Tidewater teachers, and will then take up their confirmed places at Kestrel Hill. Their places at Kestrel Hill are held for them from 1 September 2027."),
    ("h2", "5. Specific educational benefits"),
    ("p", "5.1 Access to education and associated services. The City's Accessibility Strategy 2025-2029 (objective 2) commits the Council to improving access to the curriculum for pupils with SEN. Kestrel Hill offers GCSEs in nine subjects, including triple science, as well as a BTEC in sport, an in-house careers programme with work placements and a Duke of Edinburgh's Award scheme. Tidewater offers five GCSE subjects and no Award scheme. Pupils will use Kestrel Hill's new science laboratory and food room from October 2027."),
    ("p", "5.2 Officers will explore opportunities for Kestrel Hill pupils to use the swimming pool at the neighbouring Harbourne Leisure Centre."),
    ("p", "5.3 Access to specialist staff. Kestrel Hill has an on-site CAMHS practitioner five days a week, an educational psychologist two days a week and a speech and language therapist one day a week; Tidewater has access to CAMHS by referral only. The enlarged school will host the city's SEMH outreach team (three teachers), supporting 24 secondary schools."),
    ("p", "5.4 Access to suitable accommodation. A new two-storey block at Kestrel Hill of ten classrooms, a science laboratory, a food room, two regulation rooms and a therapy suite, complete by October 2027."),
    ("p", "5.5 Supply of suitable places. Specialist SEMH places in Harbourne: 118 now (Tidewater 44, Kestrel Hill 70, Oldport base 4); 122 from September 2027 (Kestrel Hill 110, Oldport base 12), all in buildings designed for SEMH needs."),
    ("h2", "6. Consultation"),
    ("p", "6.1 A written statement describing the proposed changes was sent on 3 March 2026 to the governing bodies of Tidewater and Kestrel Hill, to Oldport Learning Trust, to the management committee of the Meridian Centre and to all secondary schools in the city, inviting each to set out its views and seeking agreement. 21 written responses were received; 18 agreed."),
    ("h2", "7. Transport"),
    ("p", "7.1 Transport will be provided under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2025). Eligible pupils will be offered a place on a contracted minibus with a passenger assistant, a personal travel budget, or independent travel training. For the six weeks at the Meridian Centre, the same routes will run to the Meridian Centre."),
    ("h2", "8. Staffing"),
    ("p", "8.1 Kestrel Hill will add 6.0 FTE teachers, 10.0 FTE teaching assistants and a 1.0 FTE assistant headteacher for Key Stage 4. Tidewater staff have prior consideration for these posts under the Council's redeployment procedure."),
    ("h2", "9. Financial implications"),
    ("p", "9.1 Capital: £5.6 million, funded by the High Needs Provision Capital Allocation 2025-26 (£4.3 million) and the sale of the Tidewater site (£1.3 million)."),
    ("p", "9.2 Revenue: 40 additional places at Kestrel Hill at £10,000 plus an average top-up of £13,000 (£920,000 a year), from the Dedicated Schools Grant High Needs Block, offset by the release of Tidewater's budget (£1,050,000)."),
    ("h2", "10. Risks"),
    ("table", [
        ["Risk", "Rating", "Mitigation"],
        ["New block delayed beyond October 2027", "Medium", "Penalty clause in contract; bridging period cannot be extended beyond six weeks without a further Cabinet decision"],
        ["Parents object to placements", "Low", "Placements agreed at annual review"],
    ]),
]

# --------------------------------------------------------------------------
# 12: consultation, HI base relocation; specific access benefits but only the school's accessibility plan; generic accommodation

DOC_12 = [
    ("title", "Consultation: moving the Hearing Support Base from Abbotsfield to Larkrise"),
    ("p", "Dunsworth County Council. Consultation from 2 February to 16 March 2026."),
    ("h1", "Background"),
    ("p", "The Hearing Support Base at Abbotsfield Secondary School provides specialist teaching for deaf pupils aged 11 to 16. Abbotsfield is to be rebuilt by the Department for Education's School Rebuilding Programme from 2027, and its governing body has asked the Council to find a new home for the Base."),
    ("p", "We propose to close the Base at Abbotsfield on 31 August 2026 and to open a Hearing Support Base at Larkrise Academy, 3 miles away, from 1 September 2026."),
    ("h1", "What it means for pupils"),
    ("p", "There are nine pupils in the Base. All nine will move to Larkrise Academy. The Larkrise Learning Trust has confirmed in writing (letter of 15 January 2026, Appendix 1) that the academy will admit all nine pupils and will have the facilities needed to provide an appropriate curriculum."),
    ("h1", "How pupils will benefit"),
    ("h2", "Access to the curriculum and school life"),
    ("p", "Every classroom used by Base pupils at Larkrise will have a soundfield system and each pupil will have a personal radio aid; lessons in science and modern languages will be taught with a communication support worker fluent in British Sign Language. Pupils will be able to take GCSE BSL (not offered at Abbotsfield) and join the academy's deaf-friendly drama club. This reflects the academy's accessibility plan."),
    ("h2", "Specialist staff"),
    ("p", "The Base will have two qualified teachers of the deaf (2.0 FTE), two communication support workers with BSL Level 3 (2.0 FTE), and an educational audiologist from the county sensory service one day a week; a speech and language therapist specialising in deafness will visit every fortnight."),
    ("h2", "Accommodation"),
    ("p", "Larkrise will provide improved, more suitable accommodation for the Base, better suited to the needs of deaf pupils."),
    ("h2", "Places"),
    ("table", [
        ["", "Places now", "Places from September 2026"],
        ["Hearing Support Base (11-16)", "10", "14"],
    ]),
    ("p", "The four additional places will allow deaf pupils from the east of the county, who now travel to a base in a neighbouring authority, to be educated in Dunsworth."),
    ("h1", "Who we asked"),
    ("p", "In November 2025 the Council sent a written statement of the proposal to Abbotsfield's governing body, the Larkrise Learning Trust, the county's primary hearing support bases and special schools, and the neighbouring authority's hearing base, inviting each to set out its views in writing and to say whether it agreed. All seven replied in writing and agreed."),
    ("h1", "Transport"),
    ("p", "Eligible pupils will continue to be offered transport under the Council's SEND Travel Assistance Policy (2025), on a contracted taxi route with a passenger assistant where needed, or with a personal travel budget. Routes will be re-planned to Larkrise; journeys will not exceed 45 minutes."),
    ("h1", "Funding and staffing"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["Adaptations at Larkrise", "£275,000", "High Needs Provision Capital Allocation 2025-26"],
        ["Base revenue (14 places)", "£238,000 a year", "DSG High Needs Block"],
        ["Staffing", "2.0 FTE teachers of the deaf; 2.0 FTE communication support workers; 1.0 FTE teaching assistant", "Within the base revenue"],
    ]),
    ("h1", "How to respond"),
    ("p", "Online at dunsworth.gov.uk/hearingbase or by post to SEND Sufficiency, County Hall, Dunsworth DW1 1CC."),
]

# --------------------------------------------------------------------------
# 16: executive report, SEMH closure; PRU alias WTC "for a short period"; only discussions with receiving schools

DOC_16 = [
    ("title", "Saltmarsh County Council: Executive, 2 March 2027"),
    ("h1", "Proposal to close Brackenwood School"),
    ("p", "Report of the Corporate Director for Children, Families and Education."),
    ("h2", "1. Summary"),
    ("num", "Brackenwood School is a community special school for 36 pupils aged 9 to 16 with social, emotional and mental health needs. It has been judged inadequate twice and has 23 pupils on roll. This report recommends that the Executive approves the publication of a statutory proposal to close it on 31 July 2027."),
    ("num", "The Council's pupil referral unit, Westgate Tuition Centre (WTC), will support the transition of some older pupils."),
    ("h2", "2. Recommendation"),
    ("num", "That the Executive approves the publication of a statutory proposal to close Brackenwood School on 31 July 2027."),
    ("h2", "3. Where Brackenwood pupils will go"),
    ("table", [
        ["Pupils", "Year group (Sept 2027)", "Proposed placement"],
        ["10", "Years 5-8", "Linford School (special, SEMH)"],
        ["8", "Years 9-10", "Oakhurst Academy SEMH resourced provision"],
        ["5", "Year 11", "WTC, then Oakhurst Academy"],
    ]),
    ("p", "3.1 Discussions have taken place with the headteachers and governors of Linford School and Oakhurst Academy, who are supportive of receiving these pupils."),
    ("p", "3.2 The five Year 11 pupils will attend WTC for a short period before they start at Oakhurst."),
    ("h2", "4. Benefits of the proposal"),
    ("p", "4.1 Access to education and associated services. In line with the Council's Accessibility Strategy 2026-2029, pupils at Linford will have a daily forest school and outdoor learning programme, a music studio and a sensory integration room; pupils at Oakhurst will follow a 14-subject GCSE and BTEC curriculum in mainstream lessons with base support and will have access to the academy's engineering workshop and sports centre."),
    ("p", "4.2 Access to specialist staff. Linford has a full-time play and drama therapist and an educational psychologist two days a week; Oakhurst's base has a full-time mental health practitioner and a speech and language therapist one day a week. Both will be part of the new county SEMH outreach network of five specialist teachers."),
    ("p", "4.3 Access to suitable accommodation. Linford will open a new four-classroom wing with a de-escalation suite in June 2027; the Oakhurst base is being extended with three teaching rooms and a therapy room."),
    ("p", "4.4 Supply of suitable places. SEMH special and resourced places: 96 now (Brackenwood 36, Linford 40, Oakhurst 20); 100 from September 2027 (Linford 64, Oakhurst 36)."),
    ("h2", "5. Consultation with providers"),
    ("p", "5.1 On 11 November 2026 the Council sent all schools in the county, the management committee of WTC and the proprietors of the independent SEMH schools it uses a written statement of the proposed changes, inviting each to set out its views in writing and to say whether it agreed. 38 replies were received and are summarised in Appendix B."),
    ("h2", "6. Transport"),
    ("p", "6.1 Pupils will receive travel assistance under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2026): contracted minibus or taxi with a passenger assistant, a personal travel budget, or travel training for older pupils."),
    ("h2", "7. Financial and staffing implications"),
    ("sdt", "finance_and_staffing", [
        "7.1 Capital: the Linford wing costs £1,900,000 and the Oakhurst extension £850,000, both funded from the High Needs Provision Capital Allocation 2025-26.",
        "7.2 Revenue: Brackenwood's budget of £980,000 a year is released; additional places at Linford (24) and Oakhurst (16) cost £880,000 a year from the High Needs Block.",
        "7.3 Staffing: Linford will appoint 3.0 FTE teachers and 5.0 FTE teaching assistants; Oakhurst 2.0 FTE teachers and 3.0 FTE learning mentors. Brackenwood staff will have prior consideration.",
    ]),
    ("h2", "8. Legal implications"),
    ("p", "8.1 The proposal is made under section 15 of the Education and Inspections Act 2006; the Executive will decide it after the representation period."),
]

# --------------------------------------------------------------------------
# 20: consultation, enlarging early years assessment places, split by phase

DOC_20 = [
    ("title", "Early Years Assessment Places: Consultation Document"),
    ("p", "Coldwater Borough Council, in partnership with the governing bodies of Meadowsweet School and Brook Lane School. Consultation 1 to 30 April 2026."),
    ("h1", "1. What we propose"),
    ("p", "1.1 To enlarge the early years assessment nurseries at Meadowsweet School (special, 2-11, complex needs) and Brook Lane School (special, 2-11, autism), and to add Reception assessment classes at both schools, from 1 January 2027."),
    ("p", "1.2 The number of places will change as follows."),
    ("table", [
        ["School", "Phase", "Places now", "Places from January 2027"],
        ["Meadowsweet", "Nursery (2-4)", "8", "16"],
        ["Meadowsweet", "Reception", "0", "8"],
        ["Brook Lane", "Nursery (2-4)", "8", "16"],
        ["Brook Lane", "Reception", "0", "8"],
        ["Borough total", "", "16", "48"],
    ]),
    ("p", "1.3 These are additional places. No child will be displaced, and children in the nurseries now will keep their places."),
    ("h1", "2. Why"),
    ("p", "2.1 In 2025, 58 children under five with complex needs or autism were waiting for a specialist early years assessment place; many started school in a mainstream Reception class without a clear picture of their needs, and 14 moved school during Reception."),
    ("h1", "3. How children will benefit"),
    ("h2", "Access to education and associated services"),
    ("p", "3.1 The Council's Accessibility Strategy 2025-2028 sets the target that every child with SEND is identified and supported by age five. The assessment classes will give each child a personalised early learning programme with an Early Years Foundation Stage curriculum adapted to their needs, daily sensory circuits, an outdoor classroom, a soft-play room and access to augmentative communication (PECS and eye-gaze devices). Children will join weekly sessions with a partner mainstream nursery."),
    ("h2", "Access to specialist staff"),
    ("p", "3.2 Each school will have a specialist early years teacher (1.0 FTE), a speech and language therapist (0.6 FTE) and an occupational therapist (0.4 FTE) based in the assessment classes, and an educational psychologist one day a week from the Council's psychology service. A portage worker (1.0 FTE) will support families at home."),
    ("h2", "Access to suitable accommodation"),
    ("p", "3.3 Meadowsweet will convert its former caretaker's bungalow into two assessment rooms (55 m² each) with a hygiene room, a sensory room and an enclosed garden. Brook Lane will have a modular two-classroom early years building (130 m²) with a low-arousal room. Works complete by December 2026."),
    ("h1", "4. Views of providers"),
    ("p", "4.1 A written statement on the proposal was sent on 10 February 2026 to the governing bodies of both schools, the borough's other two special schools, all 34 maintained and private nursery providers and the Council's Portage service, inviting each to set out its views on the change in provision in writing and to say whether it agreed. 29 replied; 28 agreed."),
    ("h1", "5. Transport"),
    ("p", "5.1 Children under compulsory school age are not eligible for home to school transport under the Council's SEND Home to School Travel Policy (2025), but section 6 of that policy allows discretionary transport for children attending specialist early years assessment places. Under it the Council will provide a contracted taxi with a passenger assistant for any child whose family cannot bring them. Reception-age children will be assessed for transport under the main policy."),
    ("h1", "6. Funding"),
    ("p", "6.1 Capital: £640,000 in total (Meadowsweet £360,000; Brook Lane £280,000) from the High Needs Provision Capital Allocation 2025-26."),
    ("p", "6.2 Revenue: £576,000 a year for 32 additional places (£18,000 per place including top-up), from the Dedicated Schools Grant High Needs Block (£420,000) and the Early Years Block SEN Inclusion Fund (£156,000)."),
    ("h1", "7. Staffing"),
    ("num", "Two specialist early years teachers (2.0 FTE)."),
    ("num", "Eight early years practitioners (8.0 FTE)."),
    ("num", "Therapy: 1.2 FTE speech and language therapy and 0.8 FTE occupational therapy, commissioned from Coldwater Children's Therapies."),
    ("num", "One portage worker (1.0 FTE)."),
    ("h1", "8. Respond"),
    ("p", "Complete the survey at coldwater.gov.uk/eyassessment by 30 April 2026."),
]

# --------------------------------------------------------------------------
# 22: decision record, BESD closure; all pupils to special schools with letters; alias and hedge

DOC_22 = [
    ("title", "Record of Decision"),
    ("table", [
        ["Decision maker", "Cabinet, Elmstead Borough Council"],
        ["Meeting", "14 September 2026, minute 57"],
        ["Subject", "Discontinuance of Parkside School (BESD)"],
        ["Call-in", "Not called in; decision effective 23 September 2026"],
    ]),
    ("h1", "Decision"),
    ("p", "Cabinet approved the proposal, published on 4 May 2026, to discontinue Parkside School, a community special school for 28 pupils aged 11-16 with behavioural, emotional and social difficulties, on 31 December 2026, and the linked proposal to enlarge Meadowbank School (\"Meadowbank\"), a community special school for pupils aged 7-16 with social, emotional and mental health needs, from 64 to 90 places from 1 January 2027."),
    ("h1", "Reasons"),
    ("h2", "Alternative provision for Parkside pupils"),
    ("p", "All 19 pupils on roll at Parkside will move on 4 January 2027 to special school places: 15 to Meadowbank and 4 to Fordham Grange School (special, SEMH, 11-19). Meadowbank has confirmed in writing that it will admit all 15, and officers will explore whether its minibus can also serve the after-school clubs. Fordham Grange has confirmed in writing that it will admit the 4 Year 11 pupils and has the facilities to teach their GCSE courses. No Parkside pupil will attend a pupil referral unit."),
    ("table", [
        ["Letter", "From", "Date"],
        ["1", "Chair of Governors, Meadowbank", "12 June 2026"],
        ["2", "Chair of Governors, Fordham Grange School", "19 June 2026"],
    ]),
    ("h2", "Specific educational benefits"),
    ("bullet", "Access (Accessibility Strategy 2025-2028): Meadowbank offers eight GCSE subjects against four at Parkside, a motor vehicle workshop, a climbing wall and a weekly swimming programme; its site is fully accessible, Parkside's is not."),
    ("bullet", "Specialist staff: Meadowbank has a full-time clinical psychologist, a speech and language therapist two days a week, a school nurse and the borough's SEMH outreach team of three teachers; Parkside has visiting CAMHS support once a fortnight."),
    ("bullet", "Accommodation: Meadowbank's new building (opened April 2026) has twelve classrooms, three regulation rooms, a therapy suite and a sports hall, with four further classrooms completed in December 2026."),
    ("bullet", "Places: SEMH special school places in Elmstead rise from 92 (Parkside 28, Meadowbank 64) to 90 at Meadowbank plus 12 new places at Fordham Grange's secondary department, 102 in all."),
    ("h2", "Views of providers"),
    ("p", "A written statement setting out the proposed changes was sent on 8 February 2026 to the governing bodies of Parkside, Meadowbank and Fordham Grange, to all secondary schools in the borough and to the management committee of the Elmstead Learning Centre (the PRU), inviting views in writing and seeking agreement. The 16 written responses were before Cabinet (Appendix C)."),
    ("h2", "Transport"),
    ("p", "Eligible pupils will receive travel assistance under the Council's Home to School Travel Assistance Policy for Children and Young People with SEND (2025): contracted minibuses with a passenger assistant to Meadowbank and Fordham Grange, or a personal travel budget."),
    ("h2", "Funding and staffing"),
    ("p", "Capital £1.45m for the four-classroom extension at Meadowbank, from the High Needs Provision Capital Allocation. Revenue: Parkside's budget (£760,000) transfers to fund 26 additional Meadowbank places (£572,000) and 12 Fordham Grange places (£288,000), with £100,000 from High Needs Block growth. Staffing: Meadowbank adds 3.0 FTE teachers and 5.0 FTE teaching assistants; Fordham Grange 1.0 FTE teacher and 2.0 FTE teaching assistants."),
]

DOCUMENTS = {
    "05-governing-body-ridgeway-satellite.docx": DOC_05,
    "07-cabinet-report-close-tidewater-semh.docx": DOC_07,
    "12-consultation-move-hearing-support-base.docx": DOC_12,
    "16-executive-report-close-brackenwood-semh.docx": DOC_16,
    "20-consultation-early-years-assessment-places.docx": DOC_20,
    "22-decision-record-close-parkside-besd.docx": DOC_22,
}


def main() -> None:
    for name, blocks in DOCUMENTS.items():
        path = build(name, blocks)
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
