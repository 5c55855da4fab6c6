"""Build the six Word documents of blind corpus 19, part b (numbers 29, 36, 40, 44, 47, 50).

Usage: python build_docx_b.py OUTPUT_FOLDER
"""
import datetime
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt


def new_doc(title):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.author = "senrules blind corpus 19b"
    cp.created = datetime.datetime(2026, 12, 5, 0, 0, 0)
    cp.modified = datetime.datetime(2026, 12, 5, 0, 0, 0)
    cp.last_modified_by = "senrules"
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    return d


def h(d, text, level=1):
    d.add_heading(text, level=level)


def p(d, text, bold=False):
    para = d.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    return para


def num(d, text):
    """A paragraph numbered by Word (List Number style)."""
    return d.add_paragraph(text, style="List Number")


def bullet(d, text):
    return d.add_paragraph(text, style="List Bullet")


def table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(cell))
            if header and i == 0:
                run.bold = True
    d.add_paragraph()
    return t


# ---------------------------------------------------------------- 29
def doc29(out):
    d = new_doc("Larkspur Academy significant change business case")
    h(d, "Cairnfield Education Trust", 0)
    h(d, "Significant Change Business Case: Expansion of Larkspur Academy", 1)
    table(d, [
        ["Academy", "Larkspur Academy (special academy, ages 4-16, speech, language and communication needs and autism)"],
        ["Local authority", "Kingsmere County Council"],
        ["Type of change", "Enlargement of premises and increase in capacity (significant change, DfE guidance for academy trusts)"],
        ["Capacity now", "60"],
        ["Capacity proposed", "84 from 1 September 2029"],
        ["Submitted by", "Dr Miriam Oakes, Chief Executive Officer"],
        ["Date", "21 May 2028"],
    ], header=False)

    h(d, "1. Rationale", 2)
    num(d, "Larkspur Academy has been full since 2024 and in January 2028 held a waiting list of 19 children named by Kingsmere County Council. Twelve Kingsmere children with SLCN and autism are in independent schools because no maintained or academy place was available.")
    num(d, "The trust proposes to increase Larkspur's capacity from 60 to 84 places, 24 additional places for pupils aged 4-16 with SLCN and autism, and to build a new teaching block on the academy's existing site.")
    num(d, "This is an enlargement only. All current pupils will remain at Larkspur; no pupil will have to change school, and pupils will be taught in their usual classrooms while the building work takes place.")

    h(d, "2. Educational benefits", 2)
    num(d, "Curriculum and facilities: the new block will contain a food technology room, a science room, a sensory integration room and a life skills flat, allowing the academy to offer Entry Level and GCSE science, the AQA Unit Award Scheme in cookery and independent living, and a supported work experience programme in Year 11. These support priority 2 of Kingsmere County Council's Accessibility Strategy 2027-2030, 'improving access to the curriculum'.")
    num(d, "Specialist staff: Larkspur's therapy team will grow from one to two speech and language therapists (2.0 FTE, commissioned from Kingsmere Community Health) and add an occupational therapist (0.5 FTE, two and a half days a week). The academy's outreach service to mainstream primary schools will be extended from one to two days a week.")
    num(d, "Accommodation: a single-storey block of 640 m² comprising four classrooms of 60 m², the specialist rooms at paragraph 4, two therapy rooms and a hygiene suite, to be completed by August 2029.")
    num(d, "Places: Kingsmere's places for pupils with SLCN and autism in special schools and academies will rise as follows.")
    table(d, [
        ["Provision", "2027-28", "2029-30"],
        ["Larkspur Academy", "60", "84"],
        ["Hawthorn Way School (autism)", "90", "90"],
        ["Total SLCN/autism special places", "150", "174"],
    ])

    h(d, "3. Consultation", 2)
    num(d, "On 7 February 2028 the trust wrote to Kingsmere County Council, the governing bodies and trusts of every special school and academy in Kingsmere, the three primary autism resource bases and the two neighbouring local authorities, setting out the proposed change to the pattern of provision and inviting each to give its views in writing by 21 March 2028. Fourteen written responses were received, all supportive; they are at Annex B. Parents were consulted at the same time (Annex C).")

    h(d, "4. Transport", 2)
    num(d, "Pupils taking up the new places will be eligible for home to school transport under Kingsmere County Council's Home to School Transport Policy for Children and Young People with SEND (2027). The County will provide minibuses or taxis with passenger assistants, planning routes so that no journey is longer than 45 minutes.")

    h(d, "5. Funding", 2)
    table(d, [
        ["Item", "Amount", "Source"],
        ["New block (capital)", "£2,650,000", "Kingsmere County Council High Needs Provision Capital Allocation, approved by Cabinet 9 April 2028"],
        ["Furniture and equipment", "£120,000", "Trust capital reserves"],
        ["Place funding for 24 places", "£240,000 a year", "Kingsmere High Needs Block (£10,000 per place)"],
        ["Top-up funding", "about £430,000 a year", "Kingsmere High Needs Block, Band 4 rates"],
    ])

    h(d, "6. Staffing", 2)
    num(d, "When full the academy will employ 2.0 FTE more teachers (13.0 FTE in all), 6.0 FTE more teaching assistants (29.0 FTE in all), the therapists at paragraph 5 and a second assistant headteacher.")

    h(d, "7. Declaration", 2)
    p(d, "The trust board approved this business case on 16 May 2028.")
    d.save(out / "29-trust-business-case-expand-larkspur-academy.docx")


# ---------------------------------------------------------------- 36
def doc36(out):
    d = new_doc("Blackthorn House cabinet report")
    h(d, "Calderbrook Metropolitan Borough Council", 0)
    p(d, "Cabinet — 18 January 2028", bold=True)
    p(d, "Report of the Director of Education and Skills")
    h(d, "Future of Blackthorn House School and new SEMH provision at Weaver's Brook", 1)
    p(d, "Key decision: yes. Forward plan reference: KD/2027/64. Ward: Riverside.")

    h(d, "1. Purpose", 2)
    num(d, "To seek approval to publish statutory proposals to discontinue Blackthorn House School, a community special school for 32 pupils aged 11-16 with social, emotional and mental health (SEMH) needs, on 31 August 2028, and to establish SEMH provision for the same age range at Weaver's Brook School from 1 September 2028.")

    h(d, "2. Background", 2)
    num(d, "Blackthorn House occupies a converted Victorian villa with no specialist rooms, no hall and no outdoor space beyond a car park. It has 32 places and 29 pupils. Weaver's Brook School is the Borough's SEMH special school for pupils aged 5-11 (56 places), on a large site at Riverside with a vacant former children's centre building.")

    h(d, "3. Options considered", 2)
    table(d, [
        ["Option", "Description", "Assessment"],
        ["1. Refurbish Blackthorn House", "Remodel the villa (£2.4m); keep 32 places; buy in an outreach service for mainstream secondary schools from an independent provider", "Rejected: the building cannot provide a science room or hall whatever is spent"],
        ["2. Close Blackthorn House; pupils to the Riverside Centre", "Pupils to attend the Borough's pupil referral unit until special school places can be found", "Rejected: the PRU is not a suitable long-term place for pupils who need a special school"],
        ["3. Close Blackthorn House; extend Weaver's Brook to ages 5-16 (recommended)", "New secondary department of 48 places at Weaver's Brook in the former children's centre, extended and refitted", "Recommended"],
    ])

    h(d, "4. The recommended option", 2)
    num(d, "Places. SEMH special school places in the Borough would rise from 88 (Blackthorn House 32, Weaver's Brook 56) to 104 (Weaver's Brook 104) from September 2028.")
    num(d, "Pupils. Every Blackthorn House pupil who is not leaving Year 11 in July 2028 (22 pupils) would transfer to Weaver's Brook's secondary department on 5 September 2028, with their form tutors where staff take up posts there. The governing body of Weaver's Brook resolved on 30 November 2027 to accept the proposal and the chair confirmed in a letter of 4 December 2027 that the school is willing to receive the pupils and will have the facilities to provide their curriculum (Appendix 2). No pupil will be placed in the Riverside Centre.")
    num(d, "Curriculum and facilities. The secondary department will have a science laboratory, a design and technology room, a food room, a hall and a multi-use games area, and will offer GCSEs in English, mathematics, combined science and art and the BTEC Level 1 in Home Cooking Skills. This delivers action 2.3 of the Borough's Accessibility Strategy 2025-2028.")
    num(d, "Specialist staff. The school will employ an educational psychologist (0.4 FTE, two days a week) and a speech and language therapist (0.4 FTE), and the Calderbrook CAMHS school link worker will hold a clinic at the school every Monday.")
    num(d, "Accommodation. The former children's centre (520 m²) will be extended by 480 m² to provide six classrooms, the specialist rooms above, three group rooms and two calm rooms, at a cost of £4.1m, complete by July 2028.")
    num(d, "Transport. Transport will be arranged in accordance with the Council's SEND Home to School Transport Policy (2026). Eligible pupils will travel by minibus with a passenger assistant, or by taxi where their needs require it; the Council will plan routes of no more than 40 minutes.")

    h(d, "5. Consultation", 2)
    num(d, "On 5 September 2027 the Director wrote to the governing bodies of Blackthorn House and Weaver's Brook, all special and secondary schools in Calderbrook, the Riverside Centre and Calderbrook College, setting out the proposed pattern of SEMH provision and inviting written views by 17 October 2027. Their responses are summarised at Appendix 3.")

    h(d, "6. Financial and staffing implications", 2)
    table(d, [
        ["Item", "Sum", "Source"],
        ["Capital works", "£4,100,000", "High Needs Provision Capital Allocation 2024-26 (£3.2m) and Council capital programme 2027-30, approved February 2027 (£0.9m)"],
        ["Place funding, 104 places", "£1,040,000 a year", "High Needs Block"],
        ["Top-up funding", "£1,560,000 a year (estimate)", "High Needs Block, SEMH bands"],
    ])
    num(d, "Staffing of the secondary department: head of department, 6.0 FTE teachers, 10.0 FTE teaching assistants, a learning mentor (1.0 FTE) and the therapy posts at paragraph 6.")

    h(d, "7. Recommendation", 2)
    num(d, "That Cabinet approves publication of statutory proposals in accordance with Option 3.")
    d.save(out / "36-cabinet-report-close-blackthorn-house-options.docx")


# ---------------------------------------------------------------- 40
def doc40(out):
    d = new_doc("Greenhollow School relocation consultation")
    h(d, "Kingsmere County Council", 0)
    h(d, "Consultation: relocating Greenhollow School to the Priory Fields site", 1)
    p(d, "Consultation period: 8 January to 19 February 2029")

    h(d, "Introduction", 2)
    num(d, "Greenhollow School is a community special school for 60 pupils aged 7-16 with social, emotional and mental health needs. It currently occupies a former council depot at Greenhollow Road, Ashby Magna. Kingsmere County Council proposes that the whole school moves to purpose-built premises at Priory Fields, Coldwell, three miles away, from 1 September 2030.")
    num(d, "The school is not closing. It will keep its name, governing body, headteacher and staff, and all current pupils will move with it. No pupil will need to change school.")
    num(d, "The school will have 70 places at Priory Fields, ten more than now.")

    h(d, "What will be better", 2)
    num(d, "Curriculum and facilities: pupils will have a science laboratory, art and design and technology rooms, a sports hall and a horticulture area, and Key Stage 4 pupils will be able to take GCSE science and art and design and the BTEC Level 1 in Land-based Studies. This supports the County's Accessibility Strategy 2027-2030 (priority 1: access to the curriculum).")
    num(d, "Staff: pupils will benefit from better access to specialist staff and support services in the new building, including therapy and mental health support.")
    num(d, "Accommodation: a new building of 1,700 m² with ten classrooms, four group rooms, two calm rooms, the specialist rooms above and a therapy suite, with a budget of £11.2m, to be completed by July 2030.")

    h(d, "Getting to school", 2)
    num(d, "Pupils will continue to travel under the County's Home to School Transport Policy for Children and Young People with SEND (2028). Eligible pupils will travel by minibus with a passenger assistant. Priory Fields is nearer the centre of the County, and the Council estimates that average journeys will fall from 41 to 33 minutes; no journey will exceed 45 minutes.")

    h(d, "Funding and staffing", 2)
    table(d, [
        ["", "Amount", "Source"],
        ["Capital (new building)", "£11.2m", "Kingsmere capital programme 2028-2031, approved by Council February 2028 (£7.0m); High Needs Provision Capital Allocation (£4.2m)"],
        ["Revenue (10 added places)", "£100,000 a year plus top-up", "High Needs Block"],
    ])
    num(d, "Staffing will rise from 9.0 to 10.5 FTE teachers and from 15.0 to 18.0 FTE teaching assistants when the school reaches 70 pupils.")

    h(d, "Views of other schools and providers", 2)
    num(d, "On 4 December 2028 the County wrote to the governing body of Greenhollow, every special school, the two SEMH resource bases, the County's pupil referral unit and the secondary schools in Coldwell and Ashby Magna, describing the proposal and inviting their views in writing by the close of consultation.")

    h(d, "How to respond", 2)
    p(d, "Online: kingsmere.gov.uk/greenhollow. By post: Place Planning Team, County Hall, Kingsmere KM1 1AA.")
    d.save(out / "40-consultation-relocate-greenhollow-school.docx")


# ---------------------------------------------------------------- 44
def doc44(out):
    d = new_doc("Tollgate School scrutiny report")
    h(d, "Westmere County Council", 0)
    p(d, "Children's Services Overview and Scrutiny Committee — 26 April 2027", bold=True)
    h(d, "Call-in of Cabinet decision CAB/27/033: closure of Tollgate School", 1)
    p(d, "Report of the Head of Democratic Services, with the response of the Director of Children's Services")

    h(d, "1. The call-in", 2)
    num(d, "On 6 April 2027 Cabinet decided to discontinue Tollgate School, a community special school for 40 pupils aged 11-16 with social, emotional and mental health needs, on 31 August 2027, and to open SEMH provision at Fieldfare School. Five members called the decision in, on the ground that pupils would be placed in the pupil referral unit.")

    h(d, "2. The decision in summary", 2)
    num(d, "Fieldfare School, a new SEMH special school for 72 pupils aged 11-16 in the former Hadley Grammar annexe, will open on 29 November 2027. Until then, the 31 Tollgate pupils remaining on roll will attend the Westmere Short Stay School (the County's pupil referral unit) at its Hadley Road site, in their Tollgate groups and taught by Tollgate teachers, for no more than 12 school weeks, from 6 September 2027 until 26 November 2027. All 31 pupils will start at Fieldfare School on 29 November 2027.")
    num(d, "The governing body of Fieldfare School (in shadow form) confirmed in writing on 22 March 2027 that it will receive all 31 pupils on 29 November 2027 and will have the facilities to provide their curriculum. Each pupil's EHC plan will be amended to name Fieldfare School from that date.")
    num(d, "SEMH special places for secondary-age pupils in the County will rise from 40 (Tollgate) to 72 (Fieldfare).")

    h(d, "3. Benefits identified in the Cabinet report", 2)
    bullet(d, "Curriculum and facilities: science laboratory, food technology room, art studio, sports hall and a vocational workshop; GCSEs in English, mathematics, combined science, art and food preparation and nutrition; BTEC Level 1 in construction. The Cabinet report links these to priority 3 of the County's Accessibility Strategy 2026-2029.")
    bullet(d, "Specialist staff: a clinical psychologist (0.8 FTE), a speech and language therapist two days a week and a CAMHS link worker one day a week; an outreach team of 1.5 FTE for mainstream secondary schools.")
    bullet(d, "Accommodation: the Hadley annexe (1,400 m²), refurbished with nine classrooms, six group rooms and the specialist rooms above at a cost of £5.2m, complete by October 2027.")

    h(d, "4. Transport", 2)
    num(d, "Under the County's Home to School Transport Policy for Children and Young People with SEND (2025), eligible pupils will travel by minibus with a passenger assistant, to the Short Stay School and then to Fieldfare (the two sites are 400 metres apart); no journey will exceed 45 minutes.")

    h(d, "5. Funding and staffing", 2)
    table(d, [
        ["Item", "Sum", "Source"],
        ["Refurbishment of Hadley annexe", "£5.2m", "High Needs Provision Capital Allocation (£4.0m) and County capital programme 2026-29 (£1.2m), both approved"],
        ["Interim costs at the Short Stay School (autumn term)", "£85,000", "High Needs Block contingency"],
        ["Fieldfare place funding (72 places)", "£720,000 a year", "High Needs Block"],
    ])
    num(d, "Fieldfare staffing when full: headteacher, deputy headteacher, 9.0 FTE teachers, 14.0 FTE teaching assistants, the clinical psychologist (0.8 FTE) and a family liaison officer (1.0 FTE).")

    h(d, "6. Consultation with providers", 2)
    num(d, "The Cabinet report records that on 9 November 2026 the Director wrote to the governing bodies of Tollgate, the shadow governing body of Fieldfare, the Short Stay School's management committee and every special and secondary school, setting out the proposed change and inviting written views; 17 written responses were received.")

    h(d, "7. Director's response to the call-in", 2)
    num(d, "The Short Stay School is used as a bridge of no more than 12 school weeks, in the pupils' own groups and with their own teachers, because the Hadley annexe will not be ready in September. No pupil will remain at the Short Stay School after 26 November 2027 and no EHC plan will name it.")

    h(d, "8. Options for the Committee", 2)
    num(d, "The Committee may (a) take no further action, (b) refer the decision back to Cabinet with its concerns, or (c) refer it to full Council.")
    d.save(out / "44-scrutiny-call-in-report-tollgate-school.docx")


# ---------------------------------------------------------------- 47
def doc47(out):
    d = new_doc("Kelsall High VI base decision notice")
    h(d, "Ashleigh City Council", 0)
    h(d, "Executive Decision Notice and report on the outcome of consultation", 1)
    p(d, "Enlargement of the Visual Impairment Resource Base at Kelsall High School")
    table(d, [
        ["Decision taker", "Cabinet Member for Children and Families, Cllr Owen Breck"],
        ["Date of decision", "15 September 2028"],
        ["Implementation", "1 April 2029"],
        ["Reference", "ED/CF/2028/27"],
    ], header=False)

    h(d, "1. Decision", 2)
    num(d, "To increase the number of places at the Visual Impairment (VI) Resource Base at Kelsall High School from 6 to 12 from 1 April 2029, having considered the outcome of the consultation held from 3 June to 15 July 2028.")

    h(d, "2. The proposal", 2)
    num(d, "The base is the City's only secondary provision for pupils with visual impairment. It is full, and four pupils due to transfer to secondary school in 2029 and 2030 would otherwise have to travel to a neighbouring authority. The enlargement adds six places; nobody currently at the base or at Kelsall High will have to move.")

    h(d, "3. Benefits", 2)
    num(d, "Pupils will have a fully equipped resource room with CCTV magnifiers, braille embossers, tablets with screen-reading software and a tactile graphics printer, and will be taught the Braille (UEB) and touch-typing programme and mobility and independent living skills. Kelsall will timetable Entry Level and GCSE computer science with accessible software. This implements objective 1.4 of the City's Accessibility Strategy 2025-2028.")
    num(d, "A second qualified Teacher of Vision Impairment (QTVI, 1.0 FTE) will join the base, and a habilitation specialist from the Sensory Support Service will work with pupils two days a week (now half a day).")
    num(d, "The base will move from a single classroom to a refurbished suite of two teaching rooms (54 m² and 40 m²), a resource room and a habilitation training kitchen, completed in the February half-term 2029 at a cost of £310,000.")

    h(d, "4. Consultation responses", 2)
    num(d, "On 3 June 2028 the City wrote to the governing body of Kelsall High, every secondary school and academy, the special schools and the Sensory Support Service, inviting them to set out their views on the proposal in writing. Twelve written responses were received, all in favour; the governing body of Kelsall High resolved to support the enlargement on 20 June 2028.")
    table(d, [
        ["Respondent group", "Responses", "Support", "Oppose"],
        ["Schools and academies", "10", "10", "0"],
        ["Sensory Support Service and special schools", "2", "2", "0"],
        ["Parents and carers", "17", "16", "1"],
        ["Total", "29", "28", "1"],
    ])
    num(d, "The parent opposing asked that pupils not be withdrawn from mainstream lessons too often. The base's timetable will be agreed with each family at annual review.")

    h(d, "5. Transport", 2)
    num(d, "Pupils will be assessed under the City's Home to School Transport Policy for Children and Young People with SEND (2024). Eligible pupils will be offered a taxi with a passenger assistant, with journeys of no more than 45 minutes, and independent travel training with the habilitation specialist from Year 9.")

    h(d, "6. Financial implications", 2)
    num(d, "Capital of £310,000 from the High Needs Provision Capital Allocation 2024-26, already received. Revenue: place funding of £60,000 a year for the six added places (£10,000 each) and top-up funding at Sensory Band D (£14,200 a pupil), both from the High Needs Block.")

    h(d, "7. Staffing", 2)
    num(d, "Base staffing from April 2029: two QTVIs (2.0 FTE), three specialist teaching assistants (3.0 FTE, one more than now) and the habilitation specialist (0.4 FTE).")

    h(d, "8. Reasons and alternatives", 2)
    num(d, "Alternative considered: commissioning places in the neighbouring authority's VI base. Rejected because of journey times of over an hour and the cost (£24,000 a place).")
    d.save(out / "47-decision-notice-enlarge-kelsall-vi-base.docx")


# ---------------------------------------------------------------- 50
def doc50(out):
    d = new_doc("Marwood Academy autism unit proposal")
    h(d, "Meridian Schools Trust", 0)
    h(d, "Proposal to close the Lantern Autism Unit at Marwood Academy", 1)
    p(d, "Paper to Harrowden Borough Council and for consultation with parents — 3 March 2028")

    h(d, "1. Introduction", 2)
    num(d, "Meridian Schools Trust proposes to close the 12-place Lantern Autism Unit at Marwood Academy, a secondary academy in Harrowden, on 31 August 2028. The unit's rooms are needed for Marwood's expanding roll.")
    num(d, "The Trust proposes instead to enlarge the Compass Centre (Linfield Academy's autism resource base, also run by the Trust, two miles from Marwood) from 10 to 24 places.")

    h(d, "2. Pupils", 2)
    num(d, "The 11 pupils in the Lantern Unit will move to the Compass from 1 September 2028. The Local Governing Board of Linfield Academy confirmed in writing on 14 February 2028 that the Compass will receive all 11 pupils and will have the facilities to meet their needs.")
    table(d, [
        ["", "Places 2027-28", "Places from September 2028"],
        ["Lantern Autism Unit (Marwood)", "12", "0"],
        ["Compass Centre (Linfield)", "10", "24"],
        ["Total secondary autism base places (Trust)", "22", "24"],
    ])

    h(d, "3. Benefits", 2)
    num(d, "Pupils will enjoy improved access to the curriculum and a wider range of opportunities at Linfield, which is a larger school.")
    num(d, "The Compass has a full-time specialist teacher for autism (1.0 FTE) and the Trust's speech and language therapist visits every Tuesday and Thursday; the Lantern Unit has had no therapist since 2026.")

    h(d, "4. Funding and staffing", 2)
    num(d, "The enlargement of the Compass will be funded subject to approval by Harrowden Borough Council.")
    num(d, "Staffing at the Compass from September 2028: two specialist teachers (2.0 FTE) and five teaching assistants (5.0 FTE). Lantern Unit staff will be offered posts at the Compass.")

    h(d, "5. Consultation", 2)
    num(d, "The Trust has written to parents of Lantern Unit pupils and to Harrowden Borough Council, the two academies' local governing boards and the borough's other secondary schools and special schools, inviting their written views on the proposed change by 14 April 2028.")
    d.save(out / "50-trust-proposal-close-lantern-unit-marwood-academy.docx")


def normalise(path):
    """Rewrite the .docx zip with fixed timestamps so that rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


NAMES = (
    "29-trust-business-case-expand-larkspur-academy.docx",
    "36-cabinet-report-close-blackthorn-house-options.docx",
    "40-consultation-relocate-greenhollow-school.docx",
    "44-scrutiny-call-in-report-tollgate-school.docx",
    "47-decision-notice-enlarge-kelsall-vi-base.docx",
    "50-trust-proposal-close-lantern-unit-marwood-academy.docx",
)


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    for f in (doc29, doc36, doc40, doc44, doc47, doc50):
        f(out)
    for name in NAMES:
        normalise(out / name)


if __name__ == "__main__":
    main()
