"""Build part b's Word documents of the heldout8 corpus (python-docx).

Run: python tests/data/proposals/heldout8/build_docx_b.py [OUT_DIR]
The bytes differ from build to build; the text does not.
"""
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent


def page_footer(doc, text):
    p = doc.sections[0].footer.paragraphs[0]
    p.add_run(text + " · Page ")
    run = p.add_run()
    for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = val
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def page_header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def para(doc, text, bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def numbered(doc, items):
    for t in items:
        doc.add_paragraph(t, style="List Number")


def bullets(doc, items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, header_repeat=True, shaded=()):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = str(val)
        if r in shaded:
            for c in range(len(row)):
                shade(t.cell(r, c), "D9D9D9")
    if header_repeat:
        trPr = t.rows[0]._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)
        for c in range(len(rows[0])):
            for run in t.cell(0, c).paragraphs[0].runs:
                run.bold = True
    return t


def content_control(doc, label, text):
    """A labelled fill-in box: the label as bold text, the answer inside a w:sdt."""
    p = doc.add_paragraph()
    p.add_run(label + ": ").bold = True
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{label}"/><w:tag w:val="{label}"/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve"></w:t></w:r></w:sdtContent></w:sdt>')
    sdt.find(".//" + qn("w:t")).text = text
    p._p.append(sdt)
    return p


def text_box(doc, lines):
    """A VML text box anchored in an empty paragraph, holding its own paragraphs."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
           f'<w:pict><v:shape style="width:420pt;height:160pt" stroked="t">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


@builder
def doc32():
    doc = Document()
    page_header(doc, "Borough of Teesmouth Council - Statutory proposal")
    page_footer(doc, "Teesmouth Council")
    doc.add_heading("STATUTORY NOTICE", level=1)
    doc.add_heading("Proposal to change the age range of Normanby Heath School", level=2)
    para(doc, "Notice is given in accordance with section 19(1) of the Education and Inspections Act 2006 and the School Organisation (Prescribed Alterations to Maintained Schools) (England) Regulations 2013 that Borough of Teesmouth Council, Civic Centre, Middlebrough Road, Teesmouth TS6 2AA, intends to make a prescribed alteration to Normanby Heath School, Heath Lane, Normanby, Teesmouth TS6 0LH, a community special school.")
    para(doc, "The proposal is to extend the age range of the school from 4-11 to 4-16, so that pupils may stay at the school for Key Stages 3 and 4. The number of places at the school will rise from 70 to 120, the additional places being added one year group at a time from 1 September 2027.")
    para(doc, "This notice is an extract from the complete proposal. Copies of the complete proposal can be obtained from the address above or at teesmouth.gov.uk/normanbyheath. Within four weeks from the date of publication of this proposal, any person may object to or make comments on the proposal by sending them to the Director of Children's Services at the address above.")
    para(doc, "Signed: Director of Children's Services      Publication date: 2 December 2026")
    doc.add_page_break()
    doc.add_heading("Further information sheet (attached to the notice)", level=1)
    doc.add_heading("1. About the school and the pupils", level=2)
    numbered(doc, [
        "Normanby Heath School is a primary special school for pupils with complex learning difficulties and autism. It has 70 places and 68 pupils on roll (October 2026).",
        "All pupils on roll stay at the school. Pupils now in Year 6 move to secondary schools in September 2027 as planned at their annual reviews; from September 2028 pupils in Year 6 may instead stay on into Year 7 at Normanby Heath if their EHC plan names it. No pupil has to leave the school because of this proposal.",
    ])
    doc.add_heading("2. Places", level=2)
    para(doc, "Places at Normanby Heath School (the rows give the position now and after the change):")
    table(doc, [
        ["", "Reception-Year 6", "Years 7-9", "Years 10-11", "Total"],
        ["Now (2026-27)", "70", "0", "0", "70"],
        ["After (from Sept 2029)", "70", "30", "20", "120"],
    ], shaded=(2,))
    para(doc, "Secondary special school places for complex learning difficulties and autism in the borough rise from 142 to 192 by September 2029.")
    doc.add_heading("3. Educational benefits", level=2)
    numbered(doc, [
        "Access to education. Pupils will be able to stay in a school that knows them through Key Stages 3 and 4 and take Entry Level Certificates in English, maths and science and ASDAN Personal Progress. The secondary department will have a food technology room and a design and technology workshop. This supports the Council's Accessibility Strategy 2025-2028, priority 1 (curriculum access).",
        "Specialist staff. The NHS Tees Children's Therapy Service will add one day a week of speech and language therapy (to three days) and a half day a week of occupational therapy from September 2027. A careers adviser from the Council's Youth Pathways team will work at the school one day a fortnight from September 2028.",
        "Accommodation. A new two-storey secondary block of 720 m² on the school's playing field: six classrooms of 58 m², the food technology room, the workshop, a therapy room and changing and hygiene facilities. Work runs from March 2027 to August 2028; the first Year 7 class in September 2027 uses a refurbished classroom in the main building.",
    ])
    doc.add_heading("4. Views of providers", level=2)
    para(doc, "A written statement of the proposal was sent on 16 September 2026 to the governing body of Normanby Heath School, to every special and secondary school in the borough and to the three neighbouring local authorities, inviting each to set out its views in writing. Fourteen written responses were received; the governing body supports the proposal. The responses are in the consultation report (Appendix 2 of the complete proposal).")
    doc.add_heading("5. Transport", level=2)
    para(doc, "Pupils who stay for Key Stages 3 and 4 will keep travel assistance under the Council's SEND Home to School Travel Policy 2025. Eligible pupils travel by council minibus with a passenger assistant; no route is planned to exceed 40 minutes. From Year 10 independent travel training is offered.")
    doc.add_heading("6. Funding and staffing", level=2)
    bullets(doc, [
        "Capital: £4.3 million from the High Needs Provision Capital Allocation held by the Council, approved by Cabinet on 10 September 2026.",
        "Revenue: £10,000 place funding and band top-up for each additional place from the High Needs Block: about £910,000 a year when all 50 places are filled.",
        "Staffing by September 2029: 5 additional teachers (5.0 FTE), 10 teaching assistants (9.0 FTE), a 0.5 FTE food technology technician and a 0.6 FTE assistant head for the secondary department.",
    ])
    doc.save(OUT / "32-statutory-notice-normanby-heath-age-range-further-info.docx")


@builder
def doc33():
    doc = Document()
    page_header(doc, "Downland County Council · Cabinet · 21 January 2027 · Item 9")
    page_footer(doc, "OFFICIAL")
    doc.add_heading("Proposal to close Bramber Lane School (moderate learning difficulties)", level=1)
    para(doc, "Report of the Director of Education and Skills", bold_lead="")
    doc.add_heading("1. Summary", level=2)
    numbered(doc, [
        "Bramber Lane School in Shoreham Vale is a community special school for pupils aged 7-16 with moderate learning difficulties. Its roll has fallen to 38 pupils in Years 3-10 (it has no Year 11 class in 2026-27), its buildings (1958 HORSA huts) are beyond economic repair, and the Council proposes to close it on 31 August 2027.",
        "Every pupil will move to a named school from 1 September 2027, as shown in Appendix A, and the schools receiving them are being enlarged so that the area gains places overall (Appendix B).",
    ])
    doc.add_heading("2. Where the pupils will go", level=2)
    numbered(doc, [
        "Eleven pupils who will be in Years 4-6 in September 2027 will move to the primary department of Cissbury Down School (complex needs, 4-11). Twenty-seven pupils who will be in Years 7-11 will move to Adur Meadows School (MLD and autism, 11-19) or to the resourced provision at Lancing Ridge Academy, according to their EHC plans; the allocation by pupil is agreed with each family and set out in Appendix A.",
        "The governing body of Cissbury Down School (letter of 30 October 2026), the governing body of Adur Meadows School (letter of 4 November 2026) and the South Coast Learning Partnership for Lancing Ridge Academy (letter of 6 November 2026) have each confirmed in writing that they will admit the pupils allocated to them and will have the classrooms, staff and curriculum to teach them from 1 September 2027. The letters are at Appendix C.",
        "Bramber Lane's staff have been offered posts at the receiving schools; seven teachers and twelve teaching assistants have accepted so far, so that many pupils will keep familiar adults.",
    ])
    doc.add_heading("3. Educational benefits", level=2)
    numbered(doc, [
        "Pupils at Adur Meadows will be able to take GCSEs in English, maths, science and art, a Level 1 vocational course in horticulture or motor vehicle studies, and the Duke of Edinburgh's Award; Bramber Lane offers Entry Level only. Cissbury Down has a hydrotherapy pool, a forest school and a sensory room. This implements action 3.2 of the Council's Accessibility Strategy 2024-2028 (widening the secondary curriculum for pupils with SEND).",
        "Adur Meadows employs a full-time speech and language therapist and a 0.6 FTE occupational therapist; the Council's Educational Psychology Service gives it a half day a week. Bramber Lane has had therapy visits only once a term.",
        "Adur Meadows will receive a new teaching block of eight classrooms (each 60 m²) with a science laboratory and two workshops (1,050 m², ready July 2027). Cissbury Down will convert its former caretaker's house into two classrooms and a group room (ready July 2027).",
    ])
    doc.add_heading("4. Consultation with providers", level=2)
    para(doc, "On 9 September 2026 the Council sent a written statement of the proposal to every special school and academy in the county, to mainstream schools with resourced provision and to neighbouring authorities, inviting their written views on the changing pattern of provision. Twenty-one responded in writing (Appendix D); none opposed.")
    doc.add_heading("5. Transport", level=2)
    para(doc, "Pupils will continue to receive travel assistance under the Council's Home to School Transport Policy for Children with SEND (2025). Routes for the 31 pupils currently transported have been redrawn: all travel by minibus or shared taxi with a passenger assistant, and no journey will be longer than 50 minutes (Appendix E).")
    doc.add_heading("6. Funding and staffing", level=2)
    para(doc, "Capital: £5.6m (Adur Meadows block £4.9m, Cissbury Down conversion £0.7m) from the Council's capital programme 2026-2029 as approved by full Council on 19 February 2026, funded by the DfE High Needs Provision Capital Allocation. Revenue: Bramber Lane's place and top-up funding (£0.84m a year, High Needs Block) moves with the pupils. Staffing: Adur Meadows adds 6 teachers (6.0 FTE) and 10 teaching assistants (9.0 FTE); Cissbury Down adds 2 teachers (2.0 FTE) and 4 teaching assistants (3.6 FTE).")
    doc.add_heading("7. Recommendation", level=2)
    para(doc, "That Cabinet approves the closure of Bramber Lane School on 31 August 2027 and the enlargements of Adur Meadows School and Cissbury Down School from 1 September 2027.")
    doc.add_page_break()
    doc.add_heading("Appendix A: Destinations by year group", level=2)
    para(doc, "One row per pupil (initials withheld); the table runs over two pages and repeats its header row.")
    rows = [["Pupil", "Year group (Sept 2027)", "Destination", "Written confirmation"]]
    plan = [("Year 4", "Cissbury Down School", 3), ("Year 5", "Cissbury Down School", 4),
            ("Year 6", "Cissbury Down School", 4), ("Year 7", "Adur Meadows School", 5),
            ("Year 8", "Adur Meadows School", 3), ("Year 8", "Lancing Ridge Academy RP", 1),
            ("Year 9", "Adur Meadows School", 4), ("Year 9", "Lancing Ridge Academy RP", 2),
            ("Year 10", "Adur Meadows School", 5), ("Year 10", "Lancing Ridge Academy RP", 1),
            ("Year 11", "Adur Meadows School", 6)]
    n = 0
    for year, dest, count in plan:
        for _ in range(count):
            n += 1
            rows.append([f"P{n:02d}", year, dest, "Yes (Appendix C)"])
    rows.append(["Total", "38 pupils", "Cissbury Down 11; Adur Meadows 23; Lancing Ridge RP 4", ""])
    table(doc, rows, shaded=(len(rows) - 1,))
    doc.add_heading("Appendix B: Places for pupils with MLD and complex needs in Shoreham Vale", level=2)
    table(doc, [
        ["School", "Places 2026-27", "Places from Sept 2027", "Change"],
        ["Bramber Lane School", "60", "0", "-60"],
        ["Adur Meadows School", "150", "210", "+60"],
        ["Cissbury Down School", "90", "104", "+14"],
        ["Lancing Ridge Academy RP", "12", "16", "+4"],
        ["Area total", "312", "330", "+18"],
    ], shaded=(5,))
    doc.save(OUT / "33-cabinet-report-close-bramber-lane-mld-appendix-places.docx")


@builder
def doc38():
    doc = Document()
    page_header(doc, "Mersey Heath Metropolitan Borough Council - Record of Executive Decision")
    page_footer(doc, "Record of Executive Decision ED/CYP/26/31")
    doc.add_heading("Record of Executive Decision", level=1)
    content_control(doc, "Decision reference", "ED/CYP/26/31")
    content_control(doc, "Decision taker", "Cabinet Member for Children and Young People")
    content_control(doc, "Date of decision", "30 November 2026")
    content_control(doc, "Title", "Moving the PMLD department of the Birchfield and Larkhill Federation from Larkhill School to Birchfield School")
    content_control(doc, "Decision", "To approve the transfer of the 18-place department for pupils with profound and multiple learning difficulties from Larkhill School (Prescot Lane site) to Birchfield School (Huyton Road site), and the enlargement of the department to 24 places, with effect from 1 September 2027. Larkhill's places fall from 110 to 92 and Birchfield's rise from 96 to 120.")
    content_control(doc, "Background", "Birchfield School and Larkhill School are community special schools federated under one governing body since 2021, 1.8 miles apart. Larkhill's PMLD department occupies three former mobile classrooms that cannot take ceiling hoists. The federation's governing body asked the Council to move the department to Birchfield, which has a ground-floor wing free after its sixth form moved to the college campus.")
    content_control(doc, "Pupils affected", "The 16 pupils now in the department move with it, with their class teachers and teaching assistants, and stay in the federation's PMLD department on Birchfield's site. They are not displaced: their provision moves, and their EHC plans will be amended to name Birchfield School at the same time. No other pupil is affected.")
    content_control(doc, "Educational benefits: access", "Pupils will have daily access to Birchfield's hydrotherapy pool and rebound therapy room (Larkhill has neither), a sensory garden and an eye-gaze communication suite with four devices. This delivers action A4 of the Council's Accessibility Strategy 2024-2027 (specialist equipment for pupils with PMLD).")
    content_control(doc, "Educational benefits: specialist staff", "The physiotherapy team (Mersey Heath Community Health, 1.4 FTE) is based at Birchfield; department pupils will have physiotherapy on site daily rather than weekly. The sensory impairment team's qualified teacher of the visually impaired will hold a fortnightly session in the department.")
    content_control(doc, "Educational benefits: accommodation", "Birchfield's former sixth-form wing (385 m²) will be refitted as four classrooms of 64 m² with ceiling track hoists, two changing and hygiene rooms and a medical room, between April and August 2027.")
    content_control(doc, "Consultation", "A written statement of the proposal was sent on 15 September 2026 to the federation's governing body, to every special school in the borough and to the borough's mainstream primary schools, inviting their written views. The federation's governing body responded in writing in support; seven other schools responded (Annex 1).")
    content_control(doc, "Financial implications", "Capital: £1.15m from the Council's High Needs Provision Capital Allocation 2024-26 (already received). Revenue: six additional places at £10,000 plus top-up band F from the High Needs Block, £312,000 a year.")
    content_control(doc, "Staffing", "The department's staff transfer within the federation. For the six additional places the federation will appoint one teacher (1.0 FTE) and four teaching assistants (3.6 FTE).")
    content_control(doc, "Alternative options", "Replacing the mobiles at Larkhill (rejected: the site has no room for a permanent building).")
    content_control(doc, "Signed", "Cabinet Member for Children and Young People")
    doc.save(OUT / "38-decision-record-federation-moves-pmld-department-content-controls.docx")



@builder
def doc43():
    doc = Document()
    page_header(doc, "Wakebridge Metropolitan District Council · Executive · 16 December 2026")
    page_footer(doc, "Wakebridge MDC")
    doc.add_heading("Autism resourced provision in three Wakebridge schools: proposal to expand", level=1)
    para(doc, "Report of the Service Director, Inclusion and SEND. Wards affected: Ossett Moor, Horbury Bridge, Normanton Lees.")
    doc.add_heading("1. The proposal", level=2)
    numbered(doc, [
        "To expand the autism resourced provision at three schools from 1 September 2027: Horbury Bridge Primary School (8 to 14 places), Ossett Moor Primary School (8 to 14 places) and Normanton Lees Academy, a secondary academy in the Five Rivers Trust (12 to 24 places).",
        "Table 1 gives the places by key stage across the three provisions. The key stage columns are parts of the total; each row is the position at one date.",
    ])
    para(doc, "Table 1: Autism resourced places in Wakebridge, by key stage", bold_lead="")
    table(doc, [
        ["", "KS1", "KS2", "KS3", "KS4", "Total"],
        ["Now (2026-27)", "6", "10", "7", "5", "28"],
        ["After (from Sept 2027)", "10", "18", "14", "10", "52"],
        ["Change", "+4", "+8", "+7", "+5", "+24"],
    ], shaded=(2,))
    numbered(doc, [
        "All pupils now in the three provisions stay. The expansion adds places; nobody is displaced.",
    ])
    doc.add_heading("2. Benefits for pupils", level=2)
    numbered(doc, [
        "Access to education: each provision will run a structured TEACCH-based programme alongside mainstream lessons; Normanton Lees will add GCSE computer science and a Level 1 catering course taught in the base's teaching kitchen, and all three will run lunchtime social-communication groups. These are actions 1.2 and 1.5 of the Wakebridge Accessibility Strategy 2025-2028.",
        "Specialist staff: the Council's Autism Outreach Team (4.2 FTE) will give each provision a fortnightly specialist teacher visit, and the NHS Calder and Wakebridge Children's SLT service will give 2 days a week across the three provisions (up from 1).",
        "Accommodation: Horbury Bridge and Ossett Moor each gain a 60 m² modular classroom with a 12 m² low-arousal room (installed August 2027); Normanton Lees converts its former sixth-form centre (240 m²) into two classrooms, the teaching kitchen and a quiet room (July-August 2027).",
    ])
    doc.add_heading("3. Views of providers", level=2)
    para(doc, "A written statement of the proposal was sent on 23 September 2026 to the three governing bodies, the Five Rivers Trust, all Wakebridge schools and the neighbouring councils, inviting written views. All three governing bodies and the trust replied in writing in support (Appendix A).")
    doc.add_heading("4. Transport", level=2)
    para(doc, "Eligibility is decided under the Council's SEND Home to School Travel Assistance Policy (2025). Primary pupils travel by minibus with a passenger assistant; secondary pupils are offered independent travel training or a shared taxi. Journeys are planned at no more than 40 minutes.")
    doc.add_heading("5. Funding and staffing", level=2)
    para(doc, "The key financial figures are set out in the box below.")
    text_box(doc, [
        "FUNDING AT A GLANCE",
        "Capital: £960,000 from the Council's High Needs Provision Capital Allocation (received 2025): modular classrooms £520,000; Normanton Lees conversion £440,000.",
        "Revenue: £10,000 place funding per place plus top-up band B, from the High Needs Block: £528,000 a year for the 24 new places.",
    ])
    para(doc, "Staffing from September 2027: Horbury Bridge and Ossett Moor each add 1 teacher (0.6 FTE) and 2 teaching assistants (1.6 FTE); Normanton Lees adds 1 teacher (1.0 FTE) and 3 teaching assistants (2.4 FTE).")
    doc.save(OUT / "43-executive-report-expand-autism-bases-rows-now-after-text-box.docx")



@builder
def doc48():
    doc = Document()
    page_header(doc, "London Borough of Hayesford · Cabinet · 17 December 2026")
    page_footer(doc, "PART A - PUBLIC")
    doc.add_heading("Closure of Cranford Lodge School and enlargement of Yeading Brook School", level=1)
    table(doc, [
        ["Report of", "Corporate Director of Children's Services"],
        ["Cabinet Member", "Cabinet Member for Education and SEND"],
        ["Key decision", "Yes"],
        ["Wards", "Cranford East; Yeading"],
    ], header_repeat=False)
    doc.add_heading("1. Decision requested", level=2)
    numbered(doc, [
        "That Cabinet, having considered the representations received on the statutory proposals, approves (a) the discontinuance of Cranford Lodge School, a community special school for pupils with behavioural, emotional and social difficulties, on 31 August 2027; and (b) the enlargement of Yeading Brook School, a community special school for pupils with social, emotional and mental health needs, from 72 to 112 places from 1 September 2027.",
    ])
    doc.add_heading("2. The pupils", level=2)
    numbered(doc, [
        "Cranford Lodge has 32 places and 29 pupils aged 11-16. Six will finish Year 11 in July 2027. The remaining 23 pupils transfer to Yeading Brook School on 1 September 2027, with the Cranford Lodge staff who have accepted posts there (four teachers and six teaching assistants so far).",
        "Yeading Brook's governing body resolved on 12 October 2026, and confirmed to the Council in writing on 14 October 2026, that it will admit all 23 pupils and will have the accommodation, staff and curriculum to teach them. Their EHC plans will be amended to name Yeading Brook by 31 March 2027.",
        "No Cranford Lodge pupil will be placed in the borough's pupil referral unit, the Hayesford Tuition Centre, as a result of the closure. The report rules this out.",
    ])
    doc.add_heading("3. Places", level=2)
    table(doc, [
        ["", "Cranford Lodge", "Yeading Brook", "SEMH special places in the borough"],
        ["Now (2026-27)", "32", "72", "104"],
        ["After (from 1 September 2027)", "0", "112", "112"],
        ["Out-of-borough SEMH placements", "", "", "19 now; 12 expected by 2028 with Yeading Brook's new post-16 link"],
    ], shaded=(2,))
    para(doc, "SEMH special school places in the borough rise from 104 to 112, all of them in a building fit for purpose: Cranford Lodge's 32 places are in a building rated 'D' (poor) for suitability that cannot teach science or practical subjects.")
    doc.add_heading("4. Educational benefits", level=2)
    numbered(doc, [
        "Access to education: at Yeading Brook pupils can take GCSEs in eight subjects including combined science and art, a BTEC in construction, and the Duke of Edinburgh's Award; Cranford Lodge offers English, maths and ASDAN only. This is action 3.1 of the borough's Accessibility Strategy 2025-2028.",
        "Specialist staff: Yeading Brook employs a full-time clinical psychologist and a 0.6 FTE speech and language therapist, and hosts a weekly CAMHS clinic; Cranford Lodge has a visiting EP one day a month.",
        "Accommodation: a new three-storey block at Yeading Brook (1,380 m²: ten classrooms of 55 m², two science laboratories, a construction workshop, a therapy suite and a multi-use games area), completed July 2027 at a cost of £11.2m.",
    ])
    doc.add_heading("5. Views of providers", level=2)
    para(doc, "A written statement of the proposals was sent on 1 September 2026 to both governing bodies, the Tuition Centre's management committee, every school and academy in the borough and the four neighbouring boroughs, inviting their views in writing. Twenty-four written responses were received (Appendix 2).")
    doc.add_heading("6. Transport", level=2)
    para(doc, "Under the borough's Travel Assistance Policy for Children and Young People with SEND (2025), the 17 Cranford Lodge pupils who now have travel assistance keep it. They will travel by minibus with a passenger assistant on two new routes; the longest journey is 35 minutes. Pupils in Years 10 and 11 are offered independent travel training.")
    doc.add_heading("7. Funding and staffing", level=2)
    bullets(doc, [
        "Capital: £11.2m, of which £8.0m from the DfE High Needs Provision Capital Allocation and £3.2m from the Council's capital programme, both approved by Council on 25 February 2026.",
        "Revenue: Cranford Lodge's High Needs Block funding (£1.12m a year) transfers to Yeading Brook with the pupils.",
        "Staffing at Yeading Brook from September 2027: 6 additional teachers (6.0 FTE), 10 teaching assistants (9.0 FTE), a 0.5 FTE science technician and a 1.0 FTE family liaison officer.",
    ])
    doc.save(OUT / "48-cabinet-report-close-cranford-lodge-besd-into-yeading-brook.docx")



@builder
def doc29():
    doc = Document()
    page_header(doc, "London Borough of Brentmoor · Cabinet Member Briefing Note · OFFICIAL")
    page_footer(doc, "Briefing note")
    doc.add_heading("London Borough of Brentmoor: Cabinet Member Briefing Note", level=1)
    table(doc, [
        ["To", "Cllr A. Okonjo, Cabinet Member for Children, Schools and Families"],
        ["From", "Interim Assistant Director, SEND and Inclusion"],
        ["Date", "24 November 2026"],
        ["Subject", "Change of designation at Perivale Grove School (MLD to autism and complex learning needs)"],
    ], header_repeat=False)
    para(doc, " agreement to publish a statutory proposal to change the designation of Perivale Grove School from \"moderate learning difficulties\" to \"autism and complex learning needs\", from 1 September 2027.", bold_lead="Decision sought:")
    doc.add_heading("Background", level=2)
    para(doc, "1. Perivale Grove is a community special school for 112 pupils aged 5-16. Of the 109 pupils on roll in October 2026, 81 have autism as their primary need. The school's designation (MLD, set in 2003) no longer describes the pupils it admits.")
    para(doc, '2. Every pupil on roll stays at Perivale Grove. The change alters which children the school is designated for; it does not move, close or shrink it, and no pupil changes school because of it.')
    doc.add_heading("Key factors: RAG summary", level=2)
    rag = [['(a) Access to education', 'Green', "Autism-specific curriculum pathway (SCERTS framework), Key Stage 4 options extended to include Entry Level science and Functional Skills ICT from Sept 2027; links to the Borough's Accessibility Strategy 2025-28 priority 2."], ['(b) Specialist staff', 'Green', "Speech and language therapy rises from 2 to 4 days a week (NHS contract variation signed); the Borough's Autism Advisory Teacher gives one day a week."], ['(c) Accommodation', 'Green', 'Six classrooms remodelled with acoustic panels and low-arousal lighting; two new breakout rooms (18 m² each); sensory circuit in the hall. Summer 2027, £285,000.'], ['(d) Places', 'Green', 'Special school places designated for autism in the Borough: 64 now (all at Hanger Hill School); 176 from Sept 2027 (Hanger Hill 64, Perivale Grove 112). Total places at Perivale Grove unchanged at 112.'], ["(i) Providers' views", 'Green', "Written statement issued 14 September 2026 to all Brentmoor schools, the two neighbouring boroughs and Perivale Grove's governing body; 17 written responses (Annex 1)."], ['(ii) Alternative provision', 'Green', 'Not needed: no pupil leaves.'], ['(iii) Transport', 'Amber', 'Unchanged for current pupils; the school stays on its site. Arrangements for new admissions to follow.'], ['(iv) Funding and staffing', 'Amber', "Works funded from the Borough's SEND capital budget; staffing will be reviewed by the governing body to ensure it is appropriate for the new designation."]]
    t = table(doc, [["Key factor", "RAG", "Officer comment"]] + rag)
    for r, row in enumerate(rag, start=1):
        shade(t.cell(r, 1), "92D050" if row[1] == "Green" else "FFC000")
    doc.add_heading("Transport", level=2)
    para(doc, "3. Sixty-two pupils have travel assistance now, by minibus with a passenger assistant, under the Borough's SEND Travel Assistance Policy (2024). Their arrangements do not change. New pupils will be assessed under the same policy.")
    doc.add_heading("Funding and staffing", level=2)
    para(doc, "4. The remodelling works (£285,000) will be met from the Borough's SEND capital budget. The governing body will review staffing to ensure it is appropriate for the new designation, within the school's existing budget.")
    doc.add_heading("Recommendation", level=2)
    para(doc, '5. That the Cabinet Member agrees to publication of the statutory proposal on 8 January 2027.')
    para(doc, "Contact: SEND Commissioning, ext. 4471")
    doc.save(OUT / "29-cabinet-member-briefing-redesignate-perivale-grove-rag.docx")


# ---- main (keep last)
if __name__ == "__main__":
    for build in BUILDERS:
        build()
