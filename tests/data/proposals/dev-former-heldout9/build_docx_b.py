"""Build the Word documents (26-50 half) of the blind corpus heldout9.

Usage: python build_docx_b.py [OUTPUT_FOLDER]   (default: this script's folder)
"""
import itertools
import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from xml.sax.saxutils import escape

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
OUT.mkdir(parents=True, exist_ok=True)


def table(doc, header, rows, merged_title=None, style="Table Grid"):
    """A table with a bold header row; merged_title adds a first row merged across all columns."""
    ncols = len(header)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    if merged_title:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        merged.text = merged_title
        merged.paragraphs[0].runs[0].bold = True
    cells = t.add_row().cells
    for c, h in zip(cells, header):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in rows:
        if isinstance(row, str):  # a section row merged across the table
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            m.text = row
            m.paragraphs[0].runs[0].bold = True
            continue
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph()
    return t


def numbered(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Number")


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def content_control(doc, label, text):
    """A paragraph whose answer sits in a plain-text content control (w:sdt) titled label."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(label)}"/>'
        f'<w:tag w:val="{escape(label)}"/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    p._p.append(sdt)
    return p


_BOX_IDS = itertools.count(1)


def text_box(doc, paragraphs):
    """A VML text box (as older Word templates make them) holding paragraphs."""
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in paragraphs
    )
    p = doc.add_paragraph()
    pict = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        f'<v:shape id="TextBox{next(_BOX_IDS)}" type="#_x0000_t202" '
        f'style="width:430pt;height:150pt" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p._p.append(pict)
    return p


def new_doc():
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    return d


# ---------------------------------------------------------------- 30
def doc30():
    d = new_doc()
    d.add_heading("Castlebridge Council", 0)
    d.add_heading("Decision of the Cabinet Member for Education: enlargement of Merrow Bank School", 1)
    d.add_paragraph(
        "Decision maker: Cllr Helen Ashdown, Cabinet Member for Education. Date of decision: 8 July 2027. "
        "Report of: Head of SEND Place Planning (Imran Sheikh)."
    )
    d.add_heading("1. The proposal", 2)
    d.add_paragraph(
        "1.1 To enlarge Merrow Bank School, a community special school for pupils aged 5-16 with social, emotional "
        "and mental health (SEMH) needs, from 60 to 80 places with effect from 1 September 2028, by building a new "
        "primary wing on the school's existing site. The statutory proposal was published on 19 April 2027; no "
        "objections were received."
    )
    d.add_paragraph(
        "1.2 No pupils are displaced: this is an enlargement, and pupils on roll stay at Merrow Bank. No school closes."
    )
    d.add_heading("2. The SEN Improvement Test", 2)
    d.add_paragraph(
        "2.1 The decision maker must be satisfied that the proposal is likely to lead to improvements in the "
        "standard, quality and/or range of provision for children with SEN (DfES 2007, paras 21-25). The table "
        "sets out the LA's assessment of each key factor."
    )
    table(
        d,
        ["Key factor", "LA assessment"],
        [
            "Part A: specific educational benefits",
            ["(a) Access to education and associated services",
             "The proposal will provide improved access to education and associated services including the "
             "curriculum, wider school activities, facilities and equipment. The LA is satisfied that the "
             "proposal meets this factor."],
            ["(b) Access to specialist staff",
             "Merrow Bank will employ a clinical psychologist (0.6 FTE) and a speech and language therapist "
             "(0.4 FTE) from September 2028; CAMHS in-reach increases from one to two days a week; the LA's "
             "Educational Psychology Service allocation rises from 10 to 16 days a year."],
            ["(c) Access to suitable accommodation",
             "New primary wing: four classrooms of 52 m², a sensory regulation room, two small-group rooms and a "
             "fenced play area, £2.6m, handed over July 2028."],
            ["(d) Supply of suitable places",
             "SEMH special school places at Merrow Bank: 60 now, 80 from 1 September 2028 (primary places 16 to 36)."],
            "Part B: LAs should also",
            ["(i) Written statement from providers",
             "On 11 January 2027 the LA sent a written statement on the proposed pattern of SEMH provision to the "
             "governing bodies of Merrow Bank and of the borough's other special schools, the Castlebridge PRU "
             "management committee and all primary heads, inviting written views. 9 written responses (Appendix C)."],
            ["(ii) Alternative provision", "Not applicable: no pupils are displaced (para 1.2)."],
            ["(iii) Transport",
             "Transport will be provided in accordance with the Council's Home to School Transport Policy for "
             "Children with SEND. The LA is satisfied that the proposal meets this factor."],
            ["(iv) Funding and staffing",
             "Capital £2.6m from the High Needs Provision Capital Allocation 2026-2028 (approved by Cabinet "
             "14 December 2026). Revenue: £10,000 per place plus top-up £21,000 from the High Needs Block, "
             "£620,000 a year for 20 places. Staffing: two teachers 2.0 FTE, four teaching assistants 4.0 FTE, "
             "clinical psychologist 0.6 FTE, SaLT 0.4 FTE."],
            "Para 23",
            ["Closure of a BESD school", "Not applicable: no BESD (SEMH) school closes."],
        ],
    )
    d.add_heading("3. Decision", 2)
    numbered(d, [
        "To approve the enlargement of Merrow Bank School from 60 to 80 places from 1 September 2028.",
        "To delegate the award of the building contract to the Director of Resources.",
    ])
    d.add_paragraph("Signed: H. Ashdown, 8 July 2027.")
    d.save(OUT / "30-decision-makers-report-merrow-bank-enlargement-castlebridge.docx")


# ---------------------------------------------------------------- 34
def doc34():
    d = new_doc()
    d.add_heading("Ashcombe Metropolitan Borough Council", 0)
    d.add_heading("Forward Plan of Key Decisions: entry CYP/2027/18", 1)
    table(
        d,
        ["Item", "Detail"],
        [
            ["Decision", "Discontinuance of Hollins Lane School and enlargement of SEMH provision at Kilnhurst School and Wyvern Park School"],
            ["Decision maker", "Cabinet"],
            ["Date of decision", "13 October 2027"],
            ["Key decision", "Yes: affects two or more wards; expenditure over £500,000"],
            ["Exempt information", "No"],
            ["Documents", "Report of the Director of Children's Services (below); consultation report; written statements from providers; host schools' letters"],
            ["Contact", "Sarah Lindqvist, Head of SEND Commissioning, 01632 960 771"],
        ],
        merged_title="Forward Plan entry (published 1 August 2027)",
    )
    d.add_heading("Report of the Director of Children's Services", 1)
    d.add_heading("1. Proposal", 2)
    d.add_paragraph(
        "1.1 Hollins Lane School is a community special school for 36 pupils aged 11-16 with behavioural, emotional "
        "and social difficulties (BESD; now described as SEMH). Its buildings are unsafe and Ofsted has judged it "
        "inadequate. The Council proposes to discontinue it on 31 July 2028."
    )
    d.add_paragraph("1.2 From 1 September 2028:")
    numbered(d, [
        "Kilnhurst School (community special, SEMH, 11-16) is enlarged from 70 to 94 places.",
        "Wyvern Park School (foundation special, SEMH and ASC, 11-19) is enlarged from 48 to 64 places, including a new SEMH Key Stage 4 group.",
        "Every Hollins Lane pupil on roll in July 2028 (projected 31) has a named place: Years 7-9 at Kilnhurst; Years 10-11 at Wyvern Park.",
    ])
    d.add_paragraph(
        "1.3 No Hollins Lane pupil will be placed at the Council's pupil referral unit, Ashcombe Learning Centre: "
        "every pupil moves directly to a special school place. The governing bodies of Kilnhurst School (letter of "
        "2 June 2027) and Wyvern Park School (letter of 9 June 2027) have confirmed in writing that they will admit "
        "the pupils and will have the staff, rooms and curriculum needed."
    )
    d.add_heading("2. Places", 2)
    table(
        d,
        ["School", "SEMH places 2027/28", "SEMH places from Sept 2028"],
        [
            ["Hollins Lane", "36", "0 (closes)"],
            ["Kilnhurst", "70", "94"],
            ["Wyvern Park (SEMH group)", "12", "28"],
            ["Borough total", "118", "122"],
        ],
    )
    d.add_heading("3. Educational benefits", 2)
    d.add_paragraph(
        "3.1 Curriculum: pupils will be able to take GCSEs in up to seven subjects at Kilnhurst (Hollins Lane offers "
        "three), and BTEC courses in sport, catering and construction at Wyvern Park, with a work-experience "
        "programme and Duke of Edinburgh's Award. Both schools run a full enrichment programme after school. The "
        "proposal delivers priority 3 of the Ashcombe Accessibility Strategy 2026-2029 (widening curriculum access "
        "in special schools)."
    )
    d.add_paragraph(
        "3.2 Specialist staff: Kilnhurst has a clinical psychologist three days a week and a speech and language "
        "therapist two days a week; Wyvern Park has an occupational therapist one day a week and a CAMHS practitioner "
        "two days a week; Hollins Lane has none of these."
    )
    d.add_paragraph(
        "3.3 Accommodation: Kilnhurst gains a new block of four 50 m² classrooms and a vocational workshop (£2.4m); "
        "Wyvern Park gains two 50 m² classrooms and a calm room (£1.1m). Both are complete by June 2028."
    )
    d.add_heading("4. Providers' views", 2)
    d.add_paragraph(
        "4.1 On 20 February 2027 the Council sent a written statement on the proposed pattern of SEMH provision to "
        "the governing bodies of Hollins Lane, Kilnhurst and Wyvern Park, the management committee of Ashcombe "
        "Learning Centre and all secondary heads, inviting each to set out its views in writing. Twelve written "
        "responses were received; all three governing bodies support the proposal."
    )
    d.add_heading("5. Transport", 2)
    d.add_paragraph(
        "5.1 Pupils eligible under the Council's SEND Home to School Travel Assistance Policy (2026) will travel by "
        "minibus or taxi with a passenger assistant, no journey over 45 minutes. Kilnhurst and Wyvern Park are each "
        "within four miles of Hollins Lane."
    )
    d.add_heading("6. Funding and staffing", 2)
    d.add_paragraph(
        "6.1 Capital: £3.5m from the Council's High Needs Provision Capital Allocation (approved). Revenue: places "
        "funded from the High Needs Block at £10,000 plus top-up (£18,000 at Kilnhurst, £22,000 at Wyvern Park); "
        "the net revenue cost is £64,000 a year."
    )
    d.add_paragraph(
        "6.2 Staffing: Kilnhurst adds 3.0 FTE teachers and 6.0 FTE teaching assistants; Wyvern Park adds 2.0 FTE "
        "teachers and 3.0 FTE teaching assistants. Hollins Lane staff are offered redeployment into these posts."
    )
    d.save(OUT / "34-forward-plan-and-report-hollins-lane-closure-ashcombe.docx")


# ---------------------------------------------------------------- 38
def doc38():
    d = new_doc()
    d.add_heading("Moorland Learning Trust", 0)
    d.add_heading("Proposal to close Greystone Academy and expand Hawkswood Academy (SEMH)", 1)
    d.add_paragraph(
        "Submitted to the Regional Director and to Thornshire County Council, 4 October 2027. "
        "Chief Executive: Dr Lena Marsh."
    )
    d.add_heading("1. Terms of the proposal", 2)
    for clause in [
        "1.1 Closure",
        "1.1.1 Greystone Academy, a special academy for 40 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, closes on 31 August 2028.",
        "1.1.2 Hawkswood Academy, the Trust's other SEMH special academy (11-16), is enlarged from 56 to 68 places from 1 September 2028.",
        "1.2 Pupils",
        "1.2.1 Every Greystone pupil on roll in July 2028 (projected 12, as Greystone has admitted no pupils since September 2027) is offered a named place at Hawkswood Academy from 1 September 2028. Hawkswood's local governing body confirmed in writing on 21 September 2027 that it will admit every Greystone pupil and will have the facilities to provide an appropriate curriculum.",
        "1.2.2 No Greystone pupil will be placed in a pupil referral unit or other alternative provision as a result of this proposal.",
        "1.3 Places",
        "1.3.1 SEMH special school places in Thornshire: 96 now (Greystone 40, Hawkswood 56); 84 from September 2028 (Hawkswood 68; Greystone 0).",
    ]:
        d.add_paragraph(clause)
    d.add_heading("2. Educational benefits", 2)
    d.add_paragraph(
        "2.1 Curriculum: Hawkswood offers GCSEs in eight subjects, Level 1 and 2 vocational courses in construction, "
        "motor vehicle and horticulture, forest school and a residential outdoor week each year; Greystone offers "
        "Entry Level awards only. This contributes to objective 2 of the Thornshire Accessibility Strategy 2026-2029."
    )
    d.add_paragraph(
        "2.2 Specialist staff: Hawkswood employs a clinical psychologist (0.8 FTE) and a speech and language "
        "therapist (0.6 FTE); a CAMHS practitioner attends two days a week."
    )
    d.add_paragraph(
        "2.3 Accommodation: a new teaching block at Hawkswood of six 48 m² classrooms, a construction workshop and "
        "two calm rooms (£2.8m, DfE condition and expansion funding), complete by July 2028."
    )
    d.add_heading("3. Consultation with providers", 2)
    d.add_paragraph(
        "3.1 On 3 May 2027 the Trust sent a written statement of the proposed pattern of SEMH provision to Thornshire "
        "County Council, the governing body of Bramble Hill School, the County's PRU management committee and the "
        "local governing bodies of both academies, inviting each to set out its views in writing. Five written "
        "responses were received (Annex 2)."
    )
    d.add_heading("4. Transport", 2)
    d.add_paragraph(
        "4.1 Thornshire County Council will provide transport under its Home to School Transport Policy for Children "
        "and Young People with SEND (2026): minibuses with passenger assistants on four routes to Hawkswood, no "
        "journey over 50 minutes."
    )
    d.add_heading("5. Funding and staffing", 2)
    d.add_paragraph(
        "5.1 Capital £2.8m (DfE condition and expansion funding, confirmed 12 July 2027). Revenue: the County funds "
        "Hawkswood's 12 additional places from the High Needs Block at £10,000 plus top-up of £20,500 (£366,000 a year)."
    )
    d.add_paragraph(
        "5.2 Staffing: Hawkswood adds 2.0 FTE teachers and 4.0 FTE teaching assistants; clinical psychologist "
        "0.8 FTE and SaLT 0.6 FTE are existing Hawkswood posts."
    )
    d.add_heading("6. Timeline", 2)
    table(
        d,
        ["Date", "Milestone"],
        [
            ["3 May - 14 June 2027", "Consultation with providers, parents and staff"],
            ["4 October 2027", "Proposal submitted to the Regional Director"],
            ["January 2028", "Decision expected"],
            ["Summer term 2028", "Transition visits; travel plans agreed"],
            ["31 August 2028", "Greystone Academy closes"],
            ["1 September 2028", "Hawkswood Academy at 68 places"],
        ],
    )
    d.save(OUT / "38-trust-proposal-greystone-closure-places-fall-thornshire.docx")


# ---------------------------------------------------------------- 42
def doc42():
    d = new_doc()
    d.add_heading("Kelsey Borough Council", 0)
    d.add_heading("Statutory proposal: discontinuance of Whinmoor School", 1)
    d.add_paragraph("Prescribed information (completed form). Fields in grey are form fields completed by the Council.")
    content_control(d, "1. Contact details:", "Kelsey Borough Council, Town Hall, Kelsey KL1 3PP. Contact: Mark Ojo, SEND Sufficiency Manager.")
    content_control(d, "2. Implementation date:", "31 August 2028 (discontinuance); new places from 1 September 2028 and 1 September 2029.")
    content_control(d, "3. School:", "Whinmoor School, Croft Road, Kelsey: community special school, SEMH, ages 11-16, 48 places, 41 on roll.")
    content_control(d, "4. Objectives:", "To replace Whinmoor's unsuitable buildings and widen the SEMH offer by enlarging Aldermoor School.")
    d.add_heading("5. Where Whinmoor pupils will go", 2)
    content_control(
        d, "5.1 Key Stage 3:",
        "Pupils in Years 7-9 in September 2028 (projected 24) transfer to Aldermoor School (community special, SEMH, ages 11-16), "
        "which is enlarged from 62 to 118 places in two phases: 90 from September 2028 (new Key Stage 3 block) and 118 "
        "from September 2029 (new Key Stage 4 block). Aldermoor's governing body confirmed in writing on 10 March 2028 "
        "that it will admit them and will have the facilities to provide an appropriate curriculum.")
    content_control(
        d, "5.2 Key Stage 4:",
        "Pupils in Years 10-11 (projected 17) will attend the Bridge, the borough's pupil referral unit at Station "
        "Approach, until a place becomes available at a special school.")
    d.add_heading("6. The SEN improvement test", 2)
    text_box(d, [
        "6.1 Access to education: pupils will have better access to the curriculum and a wider range of activities.",
        "6.2 Specialist staff: pupils will benefit from improved access to specialist staff and services.",
        "6.3 Accommodation: Aldermoor's two new blocks have eight classrooms of 50 m², a science laboratory, a food room "
        "and three calm rooms, £4.6m, ready by July 2028 (Key Stage 3) and July 2029 (Key Stage 4).",
        "6.4 Places: SEMH special school places in the borough: 110 now (Whinmoor 48, Aldermoor 62); 118 from "
        "1 September 2029 (Aldermoor).",
    ])
    d.add_heading("7. Consultation", 2)
    content_control(
        d, "7.1 Providers:",
        "Written statement of 14 February 2028 on the proposed pattern of SEMH provision sent to the governing bodies "
        "of Whinmoor and Aldermoor, the Bridge's management committee and all secondary heads, inviting written views; "
        "ten written responses (Annex C).")
    d.add_heading("8. Transport", 2)
    content_control(
        d, "8.1 Arrangements:",
        "Under the Council's Home to School Transport Policy for Children with SEND (2027): minibus or taxi with a "
        "passenger assistant to Aldermoor or the Bridge, no journey over 45 minutes.")
    d.add_heading("9. Funding and staffing", 2)
    content_control(
        d, "9.1 Funding:",
        "Capital £4.6m from the Council's approved capital programme 2027-2030 (High Needs Provision Capital). "
        "Revenue from the High Needs Block: Aldermoor's 56 additional places at £10,000 plus top-up £17,500, "
        "£1,540,000 a year.")
    content_control(
        d, "9.2 Staffing:",
        "Aldermoor adds 7.0 FTE teachers and 12.0 FTE teaching assistants; Whinmoor staff may apply through "
        "redeployment.")
    d.save(OUT / "42-statutory-form-whinmoor-closure-content-controls-kelsey.docx")


# ---------------------------------------------------------------- 45
def doc45():
    d = new_doc()
    d.add_heading("Brookfield House School — Governing Body", 0)
    d.add_heading("Proposal to enlarge the school and add a sixth form (published under the prescribed alterations regulations)", 1)
    d.add_paragraph(
        "Brookfield House School is a foundation special school in Linden Vale for pupils aged 11-16 with social, "
        "emotional and mental health (SEMH) needs. Proposer: the governing body (chair: Mr Daniel Okafor). Local "
        "authority: Linden Vale County Council. Published 2 March 2027."
    )
    d.add_heading("Part 1: About the change", 2)
    table(
        d,
        ["Question", "Answer"],
        [
            ["Type of change", "☐ Closure   ☒ Enlargement   ☒ Age range change (11-16 to 11-19)   ☐ Change of designation"],
            ["Will any pupil have to move?", "☐ Yes   ☒ No. The school stays on its site; no pupils will need to move."],
            ["Does a BESD/SEMH school close?", "☐ Yes   ☒ No"],
            ["Places", "SEMH special places at Brookfield House: 72 now; 96 from September 2028 (84 pre-16 and 12 post-16). Linden Vale currently has no SEMH post-16 special provision."],
            ["Date", "From the start of the autumn term 2028 (2028/29)."],
        ],
        merged_title="Part 1 summary",
    )
    d.add_heading("Part 2: The SEN improvement test", 2)
    numbered(d, [
        "Access to education: post-16 students will follow study programmes with English and maths GCSE, BTEC Level 1-2 in "
        "sport, catering and IT, supported internships with Linden Vale employers and travel training; pre-16 pupils gain a "
        "new science laboratory and a music studio. This contributes to priority 4 (transition to adulthood) of the County "
        "Council's Accessibility Strategy 2026-2029.",
        "Specialist staff: a careers and transition adviser (1.0 FTE), a clinical psychologist increased from 0.4 to 0.8 FTE, "
        "a speech and language therapist two days a week, and a job coach (1.0 FTE) from Linden Vale Supported Employment.",
        "Accommodation: a two-storey post-16 building (420 m²) with three teaching rooms, a training kitchen, a common room "
        "and a laboratory, at a cost of £3.3m, ready July 2028.",
        "Places: see Part 1 (72 to 96).",
    ])
    d.add_heading("Part 3: Also", 2)
    table(
        d,
        ["Factor", "Governing body's statement"],
        [
            ["(i) Providers' views", "On 6 December 2026 the governing body wrote to Linden Vale County Council, Linden Vale College, the County's other two special schools and the Linden Vale PRU management committee, inviting each to set out its views in writing; five written replies, all supporting (Appendix 1)."],
            ["(ii) Alternative provision", "Not needed: no pupil is displaced."],
            ["(iii) Transport", "Under the County's Post-16 Transport Policy Statement and Home to School Transport Policy for SEND (2026): minibus with a passenger assistant, no journey over 45 minutes; travel training for post-16 students."],
            ["(iv) Funding", "Capital £3.3m from the County's High Needs Provision Capital Allocation (approved 19 January 2027). Revenue: High Needs Block, £10,000 per place plus top-up £19,000 pre-16 and £15,000 post-16."],
            ["(iv) Staffing", "Post-16 lead 1.0 FTE, three teachers 3.0 FTE, six teaching assistants 6.0 FTE, job coach 1.0 FTE, transition adviser 1.0 FTE."],
        ],
        merged_title="Part 3: LAs (and other proposers) should also",
    )
    d.add_paragraph("Signed on behalf of the governing body: D. Okafor, Chair, 2 March 2027.")
    d.save(OUT / "45-governors-form-brookfield-house-sixth-form-linden-vale.docx")


# ---------------------------------------------------------------- 48
def doc48():
    d = new_doc()
    d.add_heading("Sowerby Metropolitan Borough Council", 0)
    d.add_heading("Special school reorganisation (MLD): Ivy Bank and Thorne Road close; Meadowgate School enlarged on two sites", 1)
    d.add_paragraph("Report to Cabinet, 22 June 2027. Lead officer: Beatrice Kaur, Assistant Director (Inclusion).")
    text_box(d, [
        "AT A GLANCE",
        "Ivy Bank School (MLD, 5-11, 60 places) and Thorne Road School (MLD, 11-16, 70 places) close on 31 August 2028.",
        "Meadowgate School (community special, MLD, 5-16) grows from 90 to 240 places on two sites from 1 September 2028.",
        "MLD special school places in the borough: 220 now; 240 from September 2028.",
        "Every Ivy Bank and Thorne Road pupil moves to Meadowgate: primary pupils to Meadowgate's new primary site at Hollins Green (the former Hollins Green Infant School, empty since 2025), secondary pupils to the Meadowgate main site.",
    ])
    d.add_heading("1. Phases", 2)
    table(
        d,
        ["Phase", "When", "What happens"],
        [
            ["1", "Sept '27 - July 2028", "Remodelling of the Hollins Green primary site; new secondary block at Meadowgate main site"],
            ["2", "1 September 2028", "Ivy Bank and Thorne Road close; all pupils start at Meadowgate"],
            ["3", "2029/30", "Meadowgate sixth form consultation (a separate proposal)"],
        ],
    )
    d.add_heading("2. Displaced pupils", 2)
    d.add_paragraph(
        "2.1 The governing body of Meadowgate School confirmed in writing on 30 May 2027 that it will admit every pupil "
        "of Ivy Bank and Thorne Road from 1 September 2028 and will have all the facilities necessary to provide an "
        "appropriate curriculum on both sites. Every pupil has a named place; no pupil goes to any other provision."
    )
    d.add_heading("3. Benefits", 2)
    numbered(d, [
        "Access to education: a single 5-16 curriculum with GCSE and Entry Level pathways, a primary forest-school area, a "
        "secondary food technology suite, science laboratory and vocational workshop, and enrichment clubs every day. This "
        "delivers objective 1 of the Sowerby Accessibility Strategy 2025-2028.",
        "Specialist staff: Meadowgate's therapy team (speech and language therapist 1.0 FTE, occupational therapist 0.6 FTE) "
        "works on both sites; the Educational Psychology Service gives 24 days a year; a school nurse is on each site daily.",
        "Accommodation: Hollins Green primary site remodelled with 10 classrooms of 55 m², hall and therapy rooms (£7.2m); new secondary block "
        "at the main site of 12 classrooms of 55 m², laboratory, food suite and workshop (£8.9m); both ready July 2028.",
    ])
    d.add_heading("4. Providers' views", 2)
    d.add_paragraph(
        "4.1 A written statement on the proposed pattern of MLD provision was sent on 10 January 2027 to the governing "
        "bodies of Ivy Bank, Thorne Road and Meadowgate, the borough's other special schools, all primary and secondary "
        "heads and the two academy trusts, inviting written views; 23 written responses are summarised at Appendix D."
    )
    d.add_heading("5. Transport", 2)
    d.add_paragraph(
        "5.1 Under the Council's SEND Home to School Transport Policy (2026), eligible pupils will travel by minibus with "
        "a passenger assistant to either site, no journey over 45 minutes; a new route timetable will be sent to families "
        "by w/c 5 June 2028."
    )
    d.add_heading("6. Funding and staffing", 2)
    bullets(d, [
        "Capital: £16.1m: £9.4m High Needs Provision Capital Allocation and £6.7m Council capital programme, both approved.",
        "Revenue: High Needs Block place funding at £10,000 plus top-up of £9,800 per place; the net additional cost is £396,000 a year.",
        "Staffing: the combined staff of the three schools transfer to Meadowgate; the structure is 30.0 FTE teachers and 48.0 FTE teaching assistants, a head teacher and two heads of site.",
    ])
    d.save(OUT / "48-cabinet-report-mld-merger-two-sites-sowerby.docx")


if __name__ == "__main__":
    for build in (doc30, doc34, doc38, doc42, doc45, doc48):
        build()
    print("built 6 documents in", OUT)
