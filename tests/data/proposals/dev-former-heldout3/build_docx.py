"""Build the Word documents of the third held-out proposal corpus (heldout3/).

The .docx files are committed beside this script; it is how they were
written (python-docx), so they can be rebuilt or changed:

    python tests/data/proposals/dev-former-heldout3/build_docx.py [OUT]

Each document is kept here as a small markup, one block per line:

    # text            Heading 1          ## text   Heading 2
    - text            a bulleted paragraph (List Bullet)
    1. text           a numbered paragraph (List Number: Word numbers it, the
                      text holds no number)
    **Lead.** text    a paragraph opening with a bold lead-in (each **...**
                      in the line is a bold run)
    | a | b | c       a table row (consecutive rows make one table; the first
                      row is the header, set in bold)
    [[                the blocks up to ]] go inside a content control (w:sdt),
    ]]                as a council report template's fill-in boxes do
    anything else     a plain paragraph

The documents were written blind: without reading the proposal reader, its
tests or the other corpora.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def _add_table(doc, rows: list[list[str]]) -> None:
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell_text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(cell_text)
            run.bold = i == 0


def _add_block(doc, line: str) -> None:
    if line.startswith("## "):
        doc.add_heading(line[3:], level=2)
    elif line.startswith("# "):
        doc.add_heading(line[2:], level=1)
    elif line.startswith("- "):
        doc.add_paragraph(line[2:], style="List Bullet")
    elif line.startswith("1. "):
        doc.add_paragraph(line[3:], style="List Number")
    elif line.startswith("**") and "**" in line[2:]:
        p = doc.add_paragraph()
        for k, part in enumerate(line.split("**")):
            if part:
                p.add_run(part).bold = k % 2 == 1
    else:
        doc.add_paragraph(line)


def _wrap_in_content_control(doc, start: int, tag: str) -> None:
    """Move the body elements added since index *start* into a block-level
    content control (w:sdt), as a report template's fill-in box holds them."""
    body = doc.element.body
    children = [c for c in body.iterchildren() if c.tag != qn("w:sectPr")]
    moved = children[start:]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(t)
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    moved[0].addprevious(sdt)
    for el in moved:
        content.append(el)


def build(text: str, out: Path) -> Path:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    table_rows: list[list[str]] = []
    sdt_start: int | None = None
    sdt_count = 0

    def flush_table():
        if table_rows:
            _add_table(doc, table_rows)
            table_rows.clear()

    def body_len() -> int:
        return len([c for c in doc.element.body.iterchildren() if c.tag != qn("w:sectPr")])

    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        if line == "[[":
            sdt_start = body_len()
            continue
        if line == "]]":
            sdt_count += 1
            _wrap_in_content_control(doc, sdt_start, f"field{sdt_count}")
            sdt_start = None
            continue
        _add_block(doc, line)
    flush_table()
    doc.save(out)
    return out


DOCUMENTS: dict[str, str] = {}


def build_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [build(text, folder / f"{name}.docx") for name, text in DOCUMENTS.items()]


# The documents follow (see the end of the file for the entry point).

DOCUMENTS["02-cabinet-report-close-fairholme-besd"] = """
# Thornleigh County Council
**Meeting:** Cabinet, 12 October 2027
**Report of:** Executive Director of Children's Services
**Subject:** Closure of Fairholme School and expansion of SEMH provision at Oak Ridge School and Castle Mead School
**Key decision:** Yes. **Exempt:** No.
## 1. Summary
1.1 Fairholme School is a county community special school for 36 pupils aged 11 to 16 with behavioural, emotional and social difficulties (BESD). This report asks Cabinet to approve its closure on 31 August 2028, after a statutory notice published on 5 July 2027 drew 14 representations, and to approve the expansion of Oak Ridge School and Castle Mead School, the county's two other SEMH special schools, to take its pupils.
## 2. Recommendations
1. That Fairholme School is discontinued on 31 August 2028.
1. That Oak Ridge School is enlarged from 60 to 84 places and Castle Mead School from 45 to 60 places, from 1 September 2028.
1. That capital expenditure of £4.35 million is approved.
## 3. Reasons for the proposal
3.1 Fairholme is a converted 1950s children's home on a remote site with no outdoor sports area. Its roll has fallen to 26; it cannot staff a GCSE science course or offer vocational options. Oak Ridge and Castle Mead are both judged good and have room to extend.
3.2 SEMH special school places in the county go from 141 (Fairholme 36, Oak Ridge 60, Castle Mead 45) to 144 (Oak Ridge 84, Castle Mead 60).
## 4. Arrangements for Fairholme pupils
4.1 Nine pupils now in Year 10 will finish Year 11 at Fairholme in July 2028. The other 17 all have EHC plans that name a special school for SEMH, and each has a place from 1 September 2028:
| School | Pupils | Written confirmation received
| Oak Ridge School | 11 | Governing body letter, 8 June 2027
| Castle Mead School | 6 | Governing body letter, 11 June 2027
4.2 Both governing bodies confirm in their letters that they will admit the named pupils and will have the staff, classrooms and curriculum the pupils' plans require. The letters are Appendix 3. No pupil will be placed in a pupil referral unit or in alternative provision as a result of the closure.
## 5. Educational benefits
**Access to education.** Oak Ridge offers GCSEs in nine subjects, including combined science, and BTECs in sport and in construction; Castle Mead offers land-based studies on its own smallholding and a motor vehicle workshop. Both schools have sports halls and all-weather pitches and run the Duke of Edinburgh's Award. This delivers priority 2 of the Thornleigh Accessibility Strategy 2026-2029: a full secondary curriculum in every special school.
**Access to specialist staff.** Each school has a clinical psychologist one day a week, a full-time on-site counsellor and a speech and language therapist two days a week; Fairholme has none of these. The CAMHS schools' in-reach team gives each school a fortnightly consultation.
**Accommodation.** Oak Ridge gets a three-classroom extension (each 54 m²) with two calm rooms and a science laboratory; Castle Mead two classrooms (each 54 m²) and a nurture kitchen. Works run from November 2027 to July 2028.
**Places.** See 3.2: 144 SEMH special school places from September 2028, all in good schools.
## 6. Financial implications
6.1 Capital: £4.35 million (Oak Ridge £2.9 million, Castle Mead £1.45 million), from the County's High Needs Provision Capital Allocation (£3.6 million) and the receipt from the sale of the Fairholme site (£0.75 million).
6.2 Revenue: the High Needs Block funds the 39 new places at £10,000 each (£390,000 a year) plus top-up; the closure of Fairholme saves £510,000 a year.
## 7. Staffing implications
7.1 Oak Ridge will appoint four teachers (4.0 FTE) and eight learning mentors (8.0 FTE); Castle Mead two teachers (2.0 FTE) and four teaching assistants (4.0 FTE). Fairholme staff are offered interviews first under the County's redeployment policy. Classes stay at eight with a teacher and two support staff.
## 8. Transport
8.1 Every Fairholme pupil is eligible for travel assistance under the County's Home to School Transport Policy for Children and Young People with SEND (2026). Pupils will travel by taxi or minibus with a passenger assistant; because both receiving schools are nearer the towns, the average journey falls from 47 to 29 minutes.
## 9. Consultation with providers
9.1 On 6 March 2027 the County sent a written statement of the proposal to the governing bodies of Fairholme, Oak Ridge and Castle Mead, to every other special school in the county and to the management committee of the county's pupil referral unit, inviting each to set out its views on the change in the pattern of SEMH provision in writing and seeking their agreement. Oak Ridge and Castle Mead agreed in writing; Fairholme's governing body accepted the proposal. The replies are Appendix 2.
## Appendices
- Appendix 1: the statutory notice and representations
- Appendix 2: providers' replies
- Appendix 3: letters from Oak Ridge and Castle Mead
"""

DOCUMENTS["05-governors-proposal-primary-department-st-cuthberts"] = """
# Proposal by the Governing Body of St Cuthbert's School
St Cuthbert's School is a foundation special school in Harlow Vale for pupils aged 7 to 16 with autism and moderate learning difficulties. Its governing body is the proposer. Harlow Vale Borough Council, which maintains the school, supports the proposal.
## Part A: the proposal
1. The governing body proposes to lower the school's age range from 7-16 to 4-16 by opening a primary department for Reception to Year 2 from 1 September 2028.
1. The school's places will rise from 120 to 144; the 24 new places are for pupils aged 4 to 7.
1. No pupil now at the school moves as a result: this adds a department, and no pupil is displaced.
## Part B: reasons
At present autistic children with learning difficulties in Harlow Vale have no specialist place until Year 3. In 2027, 15 children of Reception and Key Stage 1 age were placed out of borough.
## Part C: educational benefits
**Curriculum and facilities.** The primary department will teach an early years and Key Stage 1 curriculum adapted for autistic children, with daily sensory circuits, a play-based outdoor classroom, a soft-play room and a sensory room. Every child will have a communication system (symbols, signing or a speech-generating device) from entry. Children will have weekly swimming at the borough pool with school staff. This responds to objective 1 of Harlow Vale's Accessibility Strategy 2027-2030 (early access to specialist provision).
**Specialist staff.** An NHS speech and language therapist will work in the primary department three days a week and an occupational therapist one day a week. The Council's Early Years Autism Outreach Team will base a specialist teacher at the department on Wednesdays to support nurseries.
**Accommodation.** A single-storey primary building of 420 m² will be built on the school's lower field: three 62 m² classrooms, each with its own toilets and changing area, a soft-play room, a sensory room and a secure outdoor classroom, from September 2027 to July 2028.
## Part D: funding and staffing
| Item | Amount | Source
| Capital: primary building | £2,650,000 | Harlow Vale High Needs Provision Capital Allocation 2027-28
| Capital: furniture and equipment | £140,000 | School's devolved capital and reserves
| Revenue: 24 new places | £240,000 a year | High Needs Block (£10,000 a place), plus top-up
The primary department will have a head of department (1.0 FTE), two teachers (2.0 FTE) and nine teaching assistants (9.0 FTE), giving one teacher and three assistants to each class of eight.
## Part E: transport
Children eligible under Harlow Vale's Home to School Transport Policy for Children and Young People with SEND will travel by minibus with a passenger assistant trained in autism awareness; the school will ask for car seats suited to each child's age. No journey will be planned to take longer than 40 minutes.
## Part F: views of other providers
In June 2027 the governing body sent a written statement of the proposal to Harlow Vale Borough Council, to the governing bodies of every special school and infant and primary school in the borough, and to the borough's maintained nursery schools, inviting each to set out its views in writing on the change in the pattern of provision. All replies, which supported the proposal, are published with it.
## Part G: how to comment
Send comments within four weeks of publication to the Clerk to the Governors, St Cuthbert's School, Bank Road, Harlow Vale HV3 2SC.
"""


DOCUMENTS["09-consultation-pru-westgate-site-moves-to-eastfield"] = """
# Consultation document
## Reorganising the Meadway Pupil Referral Unit: moving the Key Stage 3 centre from Westgate to Eastfield
Issued by Fenmoor County Council and the Management Committee of the Meadway Pupil Referral Unit, 2 May 2028. Closing date for responses: 13 June 2028.
## 1. What is proposed
1.1 The Meadway Pupil Referral Unit, the county's PRU for pupils who have been permanently excluded or are at risk of exclusion, teaches 48 pupils on two sites: the Key Stage 3 centre at Westgate (16 places) and the Key Stage 4 centre at Eastfield (32 places).
1.2 We propose to close the Westgate building on 20 December 2028 and to teach Key Stage 3 pupils in a new wing at Eastfield from 6 January 2029. The PRU will grow from 48 to 60 places: 24 for Key Stage 3 and 36 for Key Stage 4.
1.3 This is a move of one part of the PRU to its other site, not a closure of the PRU. Every Key Stage 3 pupil on roll at Westgate on 20 December 2028 stays on the PRU's roll and moves with the Key Stage 3 staff to Eastfield. No pupil is displaced or needs another placement.
## 2. Why
2.1 The Westgate building is a leased former youth club with no outdoor space, no science room and no kitchen. The lease ends in December 2028.
## 3. What pupils will gain
**Access to education.** At Eastfield Key Stage 3 pupils will have a science laboratory, a food technology room, a sports hall and an outdoor multi-use games area, and will be able to start the Eastfield vocational programme (construction, hair and beauty, and catering) in Year 9. Pupils preparing to return to mainstream school will have a reintegration class with timetables that mirror their next school's. This fits priority 4 of Fenmoor's Accessibility Strategy 2026-2029 (a full curriculum in alternative provision).
**Access to specialist staff.** The PRU's educational psychologist (0.4 FTE) and the school nurse work at Eastfield only, so Key Stage 3 pupils will see them on site for the first time; the CAMHS worker attached to the PRU will hold weekly sessions there, and a speech and language therapist will be added (0.4 FTE).
**Accommodation.** A two-storey wing of four classrooms (each 50 m²), two small-group rooms and a calm room will be built at Eastfield between April and December 2028.
**Places.** 60 places from January 2029, against 48 now.
## 4. Funding and staffing
| Item | Cost | Funded by
| New wing at Eastfield | £2,100,000 | Fenmoor County Council capital programme 2028-29 (AP capital line)
| 12 additional places | £120,000 a year | High Needs Block, £10,000 a place
| 0.4 FTE speech and language therapist | £22,000 a year | High Needs Block
Staffing: two additional teachers (2.0 FTE) and three learning mentors (3.0 FTE); the Westgate team of four teachers and five mentors moves to Eastfield. Groups will be no larger than six, with a teacher and a mentor.
## 5. Transport
Pupils eligible under the County's Home to School Transport Policy (including section 5, pupils in alternative provision and with SEND) will be taken by taxi with a passenger assistant where needed, or given a bus pass; no journey to Eastfield will be planned to take over 45 minutes.
## 6. Views of providers
The County and the Management Committee sent a written statement of the proposal on 3 March 2028 to every secondary school and academy trust in the county, to the special schools and to the two registered alternative providers the PRU works with, inviting each to set out its views on the changing pattern of alternative provision in writing. The 21 replies are published with this document.
"""

DOCUMENTS["13-decision-record-redesignate-wyvern-template"] = """
# Fallowfield Borough Council
## Record of decision by the Cabinet Member for Education
[[
**Decision reference:** CM/ED/2028/07
**Date of decision:** 21 March 2028
**Title:** Change of designation of Wyvern School and increase in its places
]]
## Decision
[[
1. Wyvern School, a community special school for pupils aged 5 to 16 with moderate learning difficulties (80 places), will be designated from 1 September 2028 for pupils aged 5 to 16 with moderate learning difficulties or autism, and its places will increase from 80 to 96.
1. All pupils on the school's roll remain at the school; the change widens the needs the school is designated for and adds places. No pupil is displaced and no pupil needs an alternative placement.
]]
## Reasons for the decision
[[
Wyvern already teaches 28 autistic pupils but, because it is not designated for autism, the Council has had to place 19 other autistic pupils out of the borough. The change lets the Council name Wyvern for them.
**Curriculum, activities and equipment.** The school will open two autism classes using a structured teaching approach, a sensory integration room and an outdoor sensory trail, and will buy a communication aid for each pupil who needs one. Key Stage 4 pupils will gain two new Entry Level courses (animal care and creative media) at the school's farm and media suite. This is action 2.2 of the Fallowfield Accessibility Strategy 2026-2029.
**Specialist staff.** The Council's Autism Advisory Team will give the school a specialist teacher two days a week; an occupational therapist (0.5 FTE) will be employed by the school, and the NHS speech and language therapy time at the school will increase from two to three days a week.
**Accommodation.** A two-classroom extension (each 58 m²) with a sensory integration room of 32 m² will be built over the summer of 2028 at a cost of £910,000.
**Places.** 96 places from September 2028, 16 more than now.
]]
## Funding and staffing
[[
Capital: £910,000 from the Council's High Needs Provision Capital Allocation for 2027-28. Revenue: the 16 extra places are funded from the High Needs Block at £10,000 a place (£160,000 a year) plus top-up at the borough's special school bands.
Staffing: two teachers (2.0 FTE), six teaching assistants (6.0 FTE) and the occupational therapist (0.5 FTE); autism classes of eight with one teacher and three assistants.
]]
## Transport
[[
Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND will travel by minibus or taxi with a passenger assistant; routes will be planned so that no journey takes more than 45 minutes.
]]
## Consultation
[[
A written statement of the proposal was sent on 10 January 2028 to the governing bodies of Wyvern and of all special schools and resourced provisions in the borough, inviting each to set out its views in writing on the changing pattern of provision. Six replies were received, all in support; they are attached to the report.
]]
## Declarations of interest
[[
None.
]]
Signed: Cabinet Member for Education.
"""

DOCUMENTS["17-cabinet-report-asc-base-harcourt-transport-no-policy"] = """
# Millbrook City Council
## Cabinet report, 25 April 2028
**Title:** New autism resourced provision at Harcourt Academy
**Report of:** Director of Education
## Summary
Millbrook City Council proposes, with the Meridian Schools Trust, to open a resourced provision for 16 secondary pupils with autism at Harcourt Academy from 1 September 2028. Secondary autism resourced places in the city rise from 32 to 48. It is a new provision: no provision closes and no pupil is displaced.
## Recommendation
That Cabinet approves the provision and capital expenditure of £690,000.
## Educational benefits
1. Pupils will follow Harcourt's GCSE programme with support, including computer science, geography and art, and will have small-group teaching in the base for English, maths and social communication. They will use the academy's new library, sports hall and climbing wall, and a quiet lunch club will run every day. These are the steps in objective 3 of the city's Accessibility Strategy 2026-2029.
1. A specialist autism teacher (1.0 FTE) will lead the provision. The NHS speech and language therapy service will be in the base two days a week, and the city's Autism Outreach Team will train all Harcourt staff and visit the base weekly.
1. The base will occupy a refurbished 180 m² suite on the ground floor: two teaching rooms, a sensory room, a kitchen and a quiet garden, refurbished between April and August 2028.
## Finance and staffing
| | Amount | Source
| Refurbishment | £690,000 | City High Needs Provision Capital Allocation 2027-28
| Place funding | £96,000 a year | High Needs Block (£6,000 a place)
| Top-up | about £150,000 a year | High Needs Block, city resourced provision rate
Staffing: specialist teacher (1.0 FTE), 0.5 FTE second teacher and four teaching assistants (4.0 FTE).
## Transport
Pupils who need transport will travel by shared minibus with a passenger assistant on two new routes, one for the north and one for the south of the city, with journeys of no more than 35 minutes; pupils in Years 10 and 11 will be offered independent travel training.
## Consultation with schools
The proposal was presented to secondary headteachers at the Millbrook Secondary Heads' Forum on 18 January 2028 and to the special school headteachers' group on 25 January 2028, where it was discussed and broadly welcomed. The Trust's board has agreed to host the provision.
"""

DOCUMENTS["21-governors-proposal-slcn-base-st-josephs-no-accommodation"] = """
# Proposal to make a prescribed alteration to St Joseph's Catholic Primary School
Published by the Governing Body of St Joseph's Catholic Primary School, a voluntary aided school in the Diocese of Harwood, with the support of Kelsford County Council, on 4 September 2028.
## 1. The alteration
The governing body proposes to establish a resourced provision for 12 pupils aged 4 to 11 with speech, language and communication needs (SLCN) at St Joseph's Catholic Primary School, Abbey Road, Kelsford, from 1 January 2029. There is no SLCN resourced provision in the south of the county now: these are 12 new places, raising the county's primary SLCN resourced places from 36 to 48.
## 2. Effect on pupils
The provision adds places. No school or class closes, and no pupil is displaced.
## 3. Benefits for pupils
**Access to the curriculum.** Pupils will spend most of each day in their St Joseph's class with support, following the full primary curriculum, and will have daily small-group language teaching using the school's language programme and a language-rich approach across the school. They will join the school choir, its residential visits and its clubs. Each pupil will have access to a tablet with speech and language software. This meets objective 2 of the Kelsford Accessibility Strategy 2027-2030.
**Access to specialist staff.** An NHS speech and language therapist will be in the provision three days a week; a specialist teacher for SLCN (1.0 FTE) will lead it, and the County Speech and Language Outreach Service will visit fortnightly.
## 4. Funding
The provision is funded from the High Needs Block: £6,000 place funding for each of the 12 places (£72,000 a year) and top-up at the county's SLCN resourced provision rate (about £8,500 a pupil). Kelsford County Council will pay £24,000 from its SEND capital programme 2028-29 for tablets, software and resources.
## 5. Staffing
Specialist teacher (1.0 FTE) and two teaching assistants (2.0 FTE), with the speech and language therapist three days a week (funded by the Council under its agreement with the NHS trust).
## 6. Transport
Pupils eligible under Kelsford County Council's Home to School Transport Policy for Children with SEND will travel by shared taxi with a passenger assistant; no planned journey will be longer than 30 minutes.
## 7. Consultation with other providers
The governing body and the County Council sent a written statement of the proposal to the Diocese, to the governing bodies of all primary schools in the south of the county and to the three other schools with SLCN resourced provision on 1 June 2028, inviting each to set out its views in writing. All nine replies supported the proposal.
## 8. Comments
Send comments within four weeks to the Clerk to the Governors, St Joseph's Catholic Primary School, Abbey Road, Kelsford KF2 4JR.
"""


DOCUMENTS["25-delegated-decision-enlarge-hi-base-more-places"] = """
# Denholme Metropolitan Borough Council
## Officer decision record
| Field | Entry
| Decision maker | Director of Education and Early Help, under delegated authority (Constitution, Part 3, Schedule 6, para 12)
| Date | 6 June 2028
| Subject | Enlargement of the Hearing Impairment Resource Base at Sandfield Secondary School
| Reference | ODR/EEH/2028/19
## Decision
I have decided to enlarge the Hearing Impairment Resource Base at Sandfield Secondary School from 1 September 2028 so that it can take more pupils, increasing the supply of specialist secondary places for deaf pupils in the borough. The Base remains open and all its pupils stay; no pupil is displaced.
## Reasons
1. Deaf pupils leaving the borough's primary HI base at Nethercote Primary have had to travel to schools outside the borough because the Sandfield base is full. Enlarging the base means more of them can stay in Denholme.
1. Pupils in the base will take the full GCSE programme with a qualified teacher of the deaf and communication support, and will have radio aids, captioned video and a soundfield system in every teaching room they use; the school will teach British Sign Language as a GCSE option from September 2029. This carries out objective 1 of Denholme's Accessibility Strategy 2027-2030.
1. The base will gain a second teacher of the deaf (1.0 FTE) and an extra communication support worker (1.0 FTE); the borough's Educational Audiology Service will visit weekly instead of twice a term.
1. Two adjoining rooms on the ground floor (a 52 m² teaching room and an 18 m² audiology and quiet room) will be acoustically treated over the summer holiday of 2028.
## Cost and staffing
The works cost £118,000, from the borough's SEND capital programme 2028-29 (scheme SC-28-04). Place funding at £6,000 a place and top-up at band 5 come from the High Needs Block. The base's staff will be two teachers of the deaf (2.0 FTE) and four communication support workers (4.0 FTE).
## Transport
Pupils eligible under the borough's Home to School Transport Policy for Children and Young People with SEND will travel by shared taxi with a passenger assistant, with no journey longer than 40 minutes.
## Consultation
On 2 April 2028 the Council sent a written statement of the proposal to the governing bodies of Sandfield, Nethercote and all secondary schools in Denholme, inviting each to set out its views in writing. Sandfield's governing body agreed in writing; no school objected.
Signed: Director of Education and Early Help
"""

DOCUMENTS["30-cabinet-report-close-stonebridge-semh-alias-pru"] = """
# Report to Cabinet
**Council:** Wharfeside City Council  **Date:** 14 November 2028  **Agenda item:** 11
**Title:** The future of Stonebridge School
**Lead officer:** Head of SEND and Inclusion
## 1. Purpose of the report
1.1 To seek a decision on the closure of Stonebridge School, a city community special school for 40 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2029, after the statutory notice published on 12 September 2028.
## 2. Recommendations
1. Stonebridge School closes on 31 August 2029.
1. The Cabinet notes the arrangements for its pupils in section 4.
## 3. Background
3.1 Stonebridge has 31 pupils. Its building was damaged by flooding in 2027 and is not economic to repair. Its pupils are taught on a temporary site. Ofsted judged the school to require improvement in 2026.
3.2 The city's alternative provision is run by the Compass Centre (the city's pupil referral unit), on a modern site in Ings Road with capacity for 70 pupils, which had 52 on roll in October 2028.
## 4. Arrangements for pupils
4.1 All 31 Stonebridge pupils have EHC plans naming a special school for SEMH needs. Eight pupils in Year 11 will finish at Stonebridge in July 2029.
4.2 Fifteen pupils will transfer to Hollin Bank School, the city's other SEMH special school, which will grow from 60 to 110 places from 1 September 2029. The governing body of Hollin Bank has confirmed in writing that it will admit them.
4.3 The remaining 8 pupils, whose parents preferred a smaller setting nearer home, will be placed at the Compass Centre on a permanent basis from 1 September 2029. The Compass Centre's management committee has confirmed in writing that it will admit them and can teach the Key Stage 4 curriculum. Each pupil's EHC plan will be amended to name the Compass Centre.
## 5. Benefits
**Curriculum.** At Hollin Bank pupils will take GCSEs in up to eight subjects and BTECs in sport and hospitality, and use the school's sports hall, kitchen and bike workshop; at the Compass Centre they will join its vocational programme in construction and motor vehicle studies. These changes contribute to objective 2 of the city's Accessibility Strategy 2027-2030.
**Specialist staff.** Hollin Bank employs a full-time counsellor and a 0.6 FTE speech and language therapist, and has a clinical psychologist one day a week; the Compass Centre has a CAMHS link worker two days a week.
**Accommodation.** Hollin Bank will gain six classrooms (each 55 m²) and two calm rooms in a two-storey extension built from October 2028 to July 2029; the Compass Centre has room in its existing building.
**Places.** SEMH special school places in the city rise from 100 (Stonebridge 40, Hollin Bank 60) to 110, all at Hollin Bank.
## 6. Finance
6.1 The extension costs £2.2 million, from the city's High Needs Provision Capital Allocation. Hollin Bank's 50 new places are funded from the High Needs Block at £10,000 a place (£500,000 a year); the Compass Centre placements are funded at its day rate (£98) from the High Needs Block.
## 7. Staffing
7.1 Hollin Bank will appoint six teachers (6.0 FTE) and twelve teaching assistants (12.0 FTE); the Compass Centre one teacher (1.0 FTE) and two mentors (2.0 FTE).
## 8. Transport
8.1 Pupils will receive travel assistance under the city's Home to School Transport Policy for Children and Young People with SEND: taxi or minibus with a passenger assistant, journeys of no more than 40 minutes.
## 9. Consultation
9.1 A written statement of the proposal was sent on 1 June 2028 to the governing bodies of Stonebridge and Hollin Bank, to the Compass Centre's management committee and to all other special schools in the city, inviting each to set out its views in writing. The replies are in Appendix B.
"""

DOCUMENTS["34-decision-record-enlarge-greenfields-subject-to-approval"] = """
# Record of Decision
## Tarnside County Council: Cabinet, 23 January 2029
**Item:** Enlargement of Greenfields School (profound, severe and complex learning difficulties)
**Decision:** Cabinet agreed to enlarge Greenfields School, Tarnside, from 100 to 124 places from 1 September 2030, adding 24 places for pupils aged 11 to 19, and agreed that no pupil is displaced by the proposal, which enlarges an existing school.
## Reasons for the decision
1. The number of Tarnside pupils with EHC plans for severe or profound learning difficulties has risen by 31% since 2024; 14 are taught outside the county.
1. Greenfields will open a secondary wing with a hydrotherapy pool, a rebound therapy room, a life-skills flat and a sensory garden, and Key Stage 4 and post-16 students will take ASDAN and Entry Level courses in horticulture and catering in the new horticulture unit. This carries out objective 3 of the Tarnside Accessibility Strategy 2028-2031.
1. An NHS physiotherapist (1.0 FTE) and an occupational therapist (0.6 FTE) will be based in the wing, and the county's Complex Needs Outreach Team will work from it two days a week.
1. The wing will have four classrooms of 68 m², each with a hygiene room and ceiling hoist, and will be built between September 2029 and July 2030.
## Funding
The capital cost of the wing will be met from the Council's capital programme, subject to approval of the 2029-30 capital programme by Full Council in February 2029, and revenue costs will be met within the resources available, subject to the outcome of the schools funding settlement.
## Staffing
Four teachers (4.0 FTE) and twelve teaching assistants (12.0 FTE), keeping one teacher and three assistants to a class of six.
## Transport
Eligible pupils will travel under the Council's SEND Home to School Transport Policy (2028) in wheelchair-accessible vehicles with a passenger assistant trained in moving and handling; no journey will be longer than 45 minutes.
## Consultation
A written statement was sent to the governing bodies of all Tarnside special schools and of the two colleges on 4 September 2028, inviting each to set out its views in writing on the change in the pattern of provision. All supported it.
"""

DOCUMENTS["38-consultation-close-moorfield-ebd-short-stay-school"] = """
# Haverleigh Borough Council
## Consultation on the proposed closure of Moorfield School
Consultation period: 8 January to 19 February 2029
## Section 1: The proposal
1. Haverleigh Borough Council proposes to close Moorfield School, a community special school for 32 pupils aged 11 to 16 with emotional and behavioural difficulties (EBD), on 31 August 2029.
1. Moorfield's places would be replaced by an expansion of the Borough's short stay school, known as Riverside Learning Centre, from 40 to 64 places.
## Section 2: Why
Moorfield's building is unsafe and would cost £3.5 million to repair. It has 24 pupils, all with EHC plans naming a special school for EBD or SEMH needs. Riverside Learning Centre has a new building with room for more pupils.
## Section 3: Where pupils would go
| Pupils now in | Number | From September 2029
| Year 11 | 6 | Leave school in July 2029
| Year 10 | 7 | Riverside Learning Centre until the end of Year 11
| Years 7 to 9 | 11 | Riverside Learning Centre until the end of Year 11
Places at Riverside Learning Centre have been set aside for all 18 pupils. Their EHC plans would be amended to name Riverside Learning Centre.
## Section 4: What pupils would gain
**Education.** At Riverside pupils would have a construction workshop, a hair and beauty salon, a kitchen and a gym, and could take GCSEs in English, maths and science and vocational qualifications in construction and hospitality. This supports priority 3 of the Haverleigh Accessibility Strategy 2027-2030.
**Specialist staff.** Riverside has a family support worker (1.0 FTE), a CAMHS link worker two days a week and an educational psychologist half a day a week.
**Accommodation.** A four-classroom extension (each 50 m²) and two small-group rooms would be added to Riverside by August 2029.
**Places.** Riverside's places would rise from 40 to 64.
## Section 5: Funding and staffing
The extension costs £1.3 million, from the Borough's High Needs Provision Capital Allocation (£1.1 million) and the sale of the Moorfield site (£0.2 million). The 24 extra places would be funded from the High Needs Block at £10,000 each (£240,000 a year). Riverside would appoint three teachers (3.0 FTE) and six mentors (6.0 FTE), with groups of no more than six.
## Section 6: Transport
Under the Borough's Home to School Transport Policy for Children and Young People with SEND, pupils would travel by taxi or minibus with a passenger assistant; Riverside is in the town centre and no journey would exceed 30 minutes.
## Section 7: Views of providers
On 3 November 2028 the Borough sent a written statement of the proposal to the governing bodies of Moorfield and all special schools and to the management committee of Riverside Learning Centre, inviting each to set out its views in writing. Their replies are published on the Borough's website.
"""

DOCUMENTS["42-consultation-close-blackthorn-semh-pru-weeks-contradict"] = """
# Consultation: proposed closure of Blackthorn School
Ravensdale County Council. Consultation from 5 March to 16 April 2029.
## At a glance
- Blackthorn School, the county's special school for 30 pupils aged 9 to 16 with social, emotional and mental health (SEMH) needs, would close on 31 August 2029.
- Most pupils would go straight to Ashbourne School, an SEMH special school being enlarged from 50 to 90 places.
- A few pupils would have a bridging placement of no more than six weeks at Ravensdale Pupil Referral Unit while their new classrooms at Ashbourne are finished.
- SEMH special school places in the county would go from 80 (Blackthorn 30, Ashbourne 50) to 90, all at Ashbourne, a school judged outstanding; Blackthorn's building would be sold.
## 1. Background
1.1 Blackthorn's roll is 22. The school shares a head teacher with Ashbourne under a federation agreement of 2027, and its buildings need replacing.
## 2. Where pupils would go
2.1 Five pupils in Year 11 will leave in July 2029. Twelve pupils will transfer to Ashbourne School on 1 September 2029.
2.2 Five pupils in Years 7 and 8, whose classrooms at Ashbourne will be in the second phase of building, will attend Ravensdale Pupil Referral Unit from 1 September 2029 and remain there until the end of the summer term 2030 (about 38 school weeks), joining Ashbourne in September 2030.
2.3 The governing body of Ashbourne has confirmed in writing that it will admit all 17 pupils, and the PRU's management committee has confirmed in writing that it will take the five pupils for the period in 2.2.
## 3. Benefits
**Curriculum and facilities.** Ashbourne offers eight GCSEs, an outdoor education programme with weekly canoeing and climbing, and a farm; pupils can join its Duke of Edinburgh's Award group. This meets objective 1 of the Ravensdale Accessibility Strategy 2026-2029.
**Specialist staff.** Ashbourne has a full-time counsellor, a clinical psychologist two days a week and a speech and language therapist (0.6 FTE).
**Accommodation.** Phase 1: four classrooms (each 52 m²) and a calm room by August 2029; phase 2: two classrooms and a nurture room by July 2030. Total cost £2.9 million.
## 4. Funding and staffing
Capital of £2.9 million from the County's High Needs Provision Capital Allocation. Revenue: the 40 new places at Ashbourne are funded from the High Needs Block at £10,000 a place (£400,000 a year); PRU places are funded at the PRU's day rate. Ashbourne will appoint four teachers (4.0 FTE) and eight teaching assistants (8.0 FTE).
## 5. Transport
Pupils eligible under the County's Home to School Transport Policy for Children and Young People with SEND will travel by taxi with a passenger assistant; no journey would be longer than 40 minutes.
## 6. Views of schools
A written statement was sent on 8 January 2029 to the governing bodies of Blackthorn and Ashbourne, all other special schools and the PRU's management committee, inviting each to set out its views in writing on the changing pattern of SEMH provision. The replies are published with this document.
"""


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for path in build_all(out):
        print(path)
