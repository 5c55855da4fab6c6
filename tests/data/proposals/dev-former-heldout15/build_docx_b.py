"""Build the Word documents of part b of the fifteenth held-out corpus (30, 34, 37, 41, 45, 48).

Usage: python build_docx_b.py OUTPUT_FOLDER

Each document is a list of blocks:
  ("title", text)            document title (Title style)
  ("h1", text) / ("h2", text) headings (Heading 1 / Heading 2)
  ("p", text)                a plain paragraph
  ("np", number, text)       a numbered paragraph: the number is part of the text, as councils write them
  ("bullets", [text, ...])   a bulleted list (List Bullet)
  ("numbers", [text, ...])   an auto-numbered list (List Number)
  ("table", [[cell, ...], ...])  a table, first row the header (Table Grid)
Text wrapped in **double stars** is set in bold.
The files are rebuilt byte-for-byte: fixed core properties and fixed zip timestamps.
"""

import datetime
import io
import os
import re
import sys
import zipfile

from docx import Document
from docx.shared import Pt


def add_runs(par, text):
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            run = par.add_run(part)
            run.bold = i % 2 == 1


def build(blocks, path, title):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            add_runs(doc.add_paragraph(), block[1])
        elif kind == "np":
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Pt(28)
            par.paragraph_format.first_line_indent = Pt(-28)
            add_runs(par, block[1] + "\t" + block[2])
        elif kind == "bullets":
            for item in block[1]:
                add_runs(doc.add_paragraph(style="List Bullet"), item)
        elif kind == "numbers":
            for item in block[1]:
                add_runs(doc.add_paragraph(style="List Number"), item)
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    par = table.cell(r, c).paragraphs[0]
                    add_runs(par, cell)
                    if r == 0:
                        for run in par.runs:
                            run.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    fixed = datetime.datetime(2029, 1, 1, 9, 0, 0)
    cp = doc.core_properties
    cp.title = title
    cp.author = "Corpus writer (part b)"
    cp.last_modified_by = "Corpus writer (part b)"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the output is reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2029, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


DOCS = {}

# ---------------------------------------------------------------- 30
DOCS["30-cabinet-report-close-ravenhurst-school.docx"] = ("Thornfield Borough Council: Cabinet report, Ravenhurst School", [
    ("title", "Thornfield Borough Council"),
    ("p", "**Report to:** Cabinet, 14 March 2028"),
    ("p", "**Report of:** Director of Education and Skills"),
    ("p", "**Subject:** Reorganisation of provision for pupils with social, emotional and mental health needs: closure of Ravenhurst School"),
    ("p", "**Key decision:** Yes. **Wards:** Ravenhurst, Oakhurst, Lyndale"),
    ("h1", "1. Purpose"),
    ("np", "1.1", "To seek approval to publish statutory proposals to discontinue Ravenhurst School on 31 August 2028, to enlarge Oakhurst School, and to note the establishment by the Lyndale Learning Trust of a resourced provision for pupils with social, emotional and mental health (SEMH) needs at Lyndale Academy."),
    ("h1", "2. Recommendations"),
    ("numbers", [
        "That Cabinet approves the publication of a statutory proposal to discontinue Ravenhurst School with effect from 31 August 2028.",
        "That Cabinet approves the publication of a statutory proposal to enlarge Oakhurst School from 80 to 120 places from 1 September 2028.",
        "That Cabinet notes the arrangements for Year 10 and Year 11 pupils at section 6.",
    ]),
    ("h1", "3. Background"),
    ("np", "3.1", "Ravenhurst School is a community special school for 60 pupils aged 7 to 16 with SEMH needs. It occupies a former secondary modern school built in 1958, which is far larger than the school needs, costs £210,000 a year to heat and maintain, and has no lift. Ofsted judged it Requires Improvement in 2026."),
    ("np", "3.2", "Oakhurst School is a community special school for pupils aged 7 to 14 with SEMH needs, judged Good in 2025. Lyndale Academy is a mainstream 11-16 academy in the Lyndale Learning Trust."),
    ("h1", "4. Places"),
    ("table", [
        ["Provision", "Ages", "Places now", "Places when complete (February 2029)"],
        ["Ravenhurst School", "7-16", "60", "0"],
        ["Oakhurst School", "7-14 (7-16 from 2028)", "80", "120"],
        ["Lyndale Academy SEMH resourced provision", "14-16", "0", "24"],
        ["SEMH places in Thornfield", "", "140", "144"],
    ]),
    ("h1", "5. Benefits for pupils"),
    ("np", "5.1", "**Access to education.** Oakhurst will extend its age range to 16 and will offer GCSE English, mathematics, combined science and art, with BTEC Level 1 in sport and in construction, in a new science laboratory and construction workshop. Pupils at the Lyndale base will have access to Lyndale Academy's full Key Stage 4 option choices, including separate sciences, computer science and engineering, with a base teaching assistant in lessons. The new accommodation is fully accessible, in line with priority 2 of the Council's Accessibility Strategy 2027-2030 (\"making the borough's special schools physically accessible\")."),
    ("np", "5.2", "**Access to specialist staff.** Oakhurst will employ a clinical psychologist full time and a speech and language therapist three days a week; the Thornfield CAMHS team will hold a clinic at the school two days a week. The Lyndale base will have a specialist SEMH teacher (1.0 FTE) and a mental health practitioner from the Thornfield Mental Health Support Team one day a week."),
    ("np", "5.3", "**Accommodation.** At Oakhurst, a new 900 m² block with six classrooms, the laboratory, the workshop, two group rooms and a therapy room, costing £4.9m, complete by 31 July 2028. At Lyndale Academy, a 220 m² base with two classrooms, a quiet room and an office, costing £0.6m, complete by 16 February 2029."),
    ("np", "5.4", "**Places.** SEMH places in the borough rise from 140 to 144 (section 4)."),
    ("h1", "6. Arrangements for pupils at Ravenhurst"),
    ("np", "6.1", "Pupils of Ravenhurst who will be in Years 3 to 9 in September 2028 (40 pupils on the current roll) will transfer to Oakhurst School on 1 September 2028. The governing body of Oakhurst confirmed in writing on 2 February 2028 that it is willing to receive these pupils and will have the facilities to teach them."),
    ("np", "6.2", "Pupils who will be in Years 10 and 11 in September 2028 (17 pupils) will transfer to the Lyndale Academy resourced provision when it opens. The Lyndale Learning Trust has indicated that it is willing to host these pupils."),
    ("np", "6.3", "Until the Lyndale base opens, the Year 10 and 11 pupils will attend the Beacon Centre, the borough's pupil referral unit, in a separate teaching area staffed by former Ravenhurst teachers. This will be a short bridging placement of no more than eight school weeks."),
    ("np", "6.4", "The bridging placement at the Beacon will run from the start of the autumn term on 4 September 2028 until the Lyndale base opens on 26 February 2029, after the February half-term. Each pupil's EHC plan will name Lyndale Academy from that date."),
    ("h1", "7. Transport"),
    ("np", "7.1", "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2027) will travel to Oakhurst, the Beacon and Lyndale by minibus or taxi with a passenger assistant. The Policy's maximum of 60 minutes each way applies; no planned journey exceeds 40 minutes."),
    ("h1", "8. Consultation with providers"),
    ("np", "8.1", "On 10 October 2027 the Council wrote to the governing bodies of Ravenhurst and Oakhurst, the Lyndale Learning Trust, the management committee of the Beacon Centre and every headteacher in Thornfield, enclosing a statement of the proposed changes and inviting each to set out its views in writing by 21 November 2027. Nineteen written replies were received and are summarised at Appendix 2."),
    ("h1", "9. Financial implications"),
    ("np", "9.1", "Capital: £5.5m (Oakhurst £4.9m, Lyndale £0.6m) from the High Needs Provision Capital Allocation 2026-27 and 2027-28, received and included in the capital programme approved by Council on 23 February 2027."),
    ("np", "9.2", "Revenue: place funding of £10,000 and top-up at SEMH Band 3 for the additional places at Oakhurst and Lyndale, £0.93m a year from the High Needs Block, offset by £0.87m released by the closure of Ravenhurst."),
    ("h1", "10. Staffing"),
    ("np", "10.1", "Oakhurst from September 2028: headteacher, two deputy headteachers, 16.0 FTE teachers, 24.0 FTE teaching assistants, 1.0 FTE clinical psychologist, 0.6 FTE speech and language therapist. Lyndale base: 1.0 FTE SEMH teacher, 3.0 FTE teaching assistants. Ravenhurst staff will be offered posts at Oakhurst, Lyndale or, for the bridging period, the Beacon Centre."),
    ("p", "Contact officer: Simon Hartlepool, Head of School Organisation, 01632 960 215"),
])

# ---------------------------------------------------------------- 34
DOCS["34-executive-report-close-greystones-school.docx"] = ("Harrowdale Borough Council: Executive report, Greystones School", [
    ("title", "Harrowdale Borough Council"),
    ("h1", "Executive report: proposed closure of Greystones School and new resourced provision for pupils with learning difficulties"),
    ("table", [
        ["Meeting", "Executive"],
        ["Date", "9 October 2028"],
        ["Report of", "Corporate Director, Children's Services"],
        ["Classification", "Open"],
        ["Key decision", "Yes"],
    ]),
    ("h2", "1. Summary"),
    ("np", "1.1", "Greystones School is a community special school for 90 pupils aged 5 to 16 with moderate learning difficulties (MLD). Its roll has fallen to 58 as more pupils with MLD are educated in mainstream schools. This report proposes to close Greystones on 31 August 2029 and, in its place, to open resourced provision at Hillview Primary School and Kestrel Park Academy and to enlarge Meadowbank School for pupils with complex learning difficulties."),
    ("h2", "2. Recommendations"),
    ("np", "2.1", "That the Executive approves the publication of statutory proposals to discontinue Greystones School, to establish a resourced provision at Hillview Primary School and to enlarge Meadowbank School, all with effect from 1 September 2029, and supports the Kestrel Park Academy Trust's application for a resourced provision at Kestrel Park Academy."),
    ("h2", "3. Places"),
    ("np", "3.1", "Places for pupils with MLD and complex learning difficulties in the borough:"),
    ("table", [
        ["Provision", "Now", "From September 2029"],
        ["Greystones School (MLD, 5-16)", "90", "0"],
        ["Meadowbank School (complex learning difficulties, 5-16)", "50", "72"],
        ["Hillview Primary School resourced provision (MLD, 5-11)", "0", "16"],
        ["Kestrel Park Academy resourced provision (MLD, 11-16)", "0", "24"],
        ["Total", "140", "112"],
    ]),
    ("np", "3.2", "The number of places falls because Greystones has 32 empty places, which the Council funds at £10,000 each. Every pupil now at Greystones will have a place."),
    ("h2", "4. Benefits for pupils"),
    ("np", "4.1", "Access to education: pupils in the resourced provisions will join mainstream lessons in the subjects they are ready for, with access to Kestrel Park's science laboratories, design and technology rooms and sports hall and to its GCSE and Entry Level courses in twelve subjects; pupils at Meadowbank will use its new life-skills flat and sensory room. This supports the Council's Accessibility Strategy 2027-2030, objective 1, \"increasing the participation of disabled pupils in mainstream education\"."),
    ("np", "4.2", "Specialist staff: each resourced provision will have a specialist teacher (1.0 FTE) and the Harrowdale Learning Support Service will give each one day a week; Meadowbank will have a speech and language therapist two days a week."),
    ("np", "4.3", "Accommodation: at Hillview, a 140 m² base with two teaching rooms, £0.45m; at Kestrel Park, a 210 m² base with three teaching rooms and a kitchen, £0.7m; at Meadowbank, a 360 m² extension with three classrooms, the life-skills flat and the sensory room, £1.4m. All complete by 31 July 2029."),
    ("h2", "5. Where pupils will go"),
    ("np", "5.1", "Primary-age pupils at Greystones (14 pupils) will transfer to the Hillview resourced provision. The governing body of Hillview confirmed in writing on 4 September 2028 that it will receive them."),
    ("np", "5.2", "Pupils with complex learning difficulties (22 pupils), identified at their annual reviews, will transfer to Meadowbank. Meadowbank's governing body confirmed in writing on 11 September 2028 that it will receive them and will have the facilities to teach them."),
    ("np", "5.3", "Secondary-age pupils with MLD (22 pupils) will transfer to the Kestrel Park Academy resourced provision. The Kestrel Park Academy Trust's agreement to receive them is to be confirmed following its board meeting in December 2028."),
    ("h2", "6. Transport"),
    ("np", "6.1", "Pupils eligible under the Council's SEND Home to School Transport Policy (2027) will travel by minibus or taxi with a passenger assistant where needed; the Policy's 45-minute limit for primary and 75-minute limit for secondary pupils applies and no planned journey is longer than 35 minutes."),
    ("h2", "7. Consultation"),
    ("np", "7.1", "On 15 May 2028 the Council sent a written statement of the proposals to the governing bodies of Greystones, Meadowbank and Hillview, the Kestrel Park Academy Trust and every headteacher in the borough, inviting their views in writing by 30 June 2028. Twenty-two written replies were received (Appendix C)."),
    ("h2", "8. Funding and staffing"),
    ("np", "8.1", "Capital of £2.55m from the Council's High Needs Provision Capital Allocation (received), approved in the capital programme on 22 February 2028."),
    ("np", "8.2", "Revenue: resourced provision places at £6,000 and special school places at £10,000, with top-up, from the High Needs Block; the net saving is £0.31m a year."),
    ("np", "8.3", "Staffing: Hillview base 1.0 FTE teacher and 2.0 FTE teaching assistants; Kestrel Park base 1.0 FTE teacher and 3.0 FTE teaching assistants; Meadowbank an additional 3.0 FTE teachers and 5.0 FTE teaching assistants. Greystones staff will be offered posts under the redeployment policy."),
])

# ---------------------------------------------------------------- 37
DOCS["37-cabinet-report-new-special-free-school-riverside-meadows.docx"] = ("Millbridge City Council: new special free school, Riverside Meadows", [
    ("title", "Millbridge City Council"),
    ("h1", "Report to Cabinet: Riverside Meadows School, a new special free school for autistic pupils"),
    ("p", "Date of meeting: 20 June 2028. Report of: Director of Children's Services. Cabinet member: Councillor Grace Adeyemi, Education."),
    ("h2", "1. Purpose of report"),
    ("np", "1.1", "To report the outcome of the competition held under section 6A of the Education and Inspections Act 2006 (the free school presumption) for a new special school for autistic pupils, to set out the Council's assessment of the new school against the SEN Improvement Test, and to agree the Council's revenue commitment."),
    ("h2", "2. Recommendations"),
    ("bullets", [
        "Cabinet notes that the Regional Director has approved the Weaver Valley Trust as the proposer of Riverside Meadows School, to open on 1 September 2029.",
        "Cabinet agrees to commission 100 places at the school at full capacity and to fund them from the High Needs Block as set out in section 8.",
    ]),
    ("h2", "3. The new school"),
    ("np", "3.1", "Riverside Meadows School will be a special free school for 100 autistic pupils aged 4 to 16, on the former Riverside depot site, Wharf Road. It will open with 40 pupils in September 2029 and reach 100 by September 2032."),
    ("np", "3.2", "The school is entirely new provision. No pupil currently at a school in Millbridge will have to move; places will be offered to pupils through their EHC plans, and families of autistic pupils now placed outside the city will be offered the chance to apply."),
    ("h2", "4. Places"),
    ("table", [
        ["Special school places for autistic pupils in Millbridge", "2028-29", "2029-30", "2032-33"],
        ["Thistle Bank School", "84", "84", "84"],
        ["Riverside Meadows School", "0", "40", "100"],
        ["Total", "84", "124", "184"],
    ]),
    ("h2", "5. Benefits"),
    ("np", "5.1", "**Curriculum and facilities.** The school will have a hydrotherapy pool, a sensory integration room, a soft-play room, two science laboratories, a food technology room, a life-skills flat and a horticulture area. It will offer GCSEs in English, mathematics, combined science and art, Entry Level qualifications and the ASDAN Personal Progress award, and a weekly community learning programme. The building has been designed to meet priority 1 of the Council's Accessibility Strategy 2026-2030 (\"new school buildings fully accessible to pupils with physical and sensory needs\")."),
    ("np", "5.2", "**Specialist staff.** The Trust will employ a speech and language therapist (1.0 FTE), an occupational therapist (0.6 FTE) and a clinical psychologist (0.5 FTE). The Millbridge Autism Outreach Team will be based at the school, providing 2.0 FTE specialist teachers to support autistic pupils in mainstream schools."),
    ("np", "5.3", "**Accommodation.** A two-storey building of 3,200 m² with fourteen classrooms for eight pupils each, each with its own withdrawal room, the pool and the specialist rooms at 5.1, on a 2.6 hectare site, to be completed by July 2029."),
    ("np", "5.4", "**Places.** 100 new places, increasing specialist autism places in the city from 84 to 184 by 2032 (section 4)."),
    ("h2", "6. Transport"),
    ("np", "6.1", "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND (2027) will travel by minibus or taxi with a passenger assistant. The Policy limits journeys to 45 minutes for primary-age and 60 minutes for secondary-age pupils; Wharf Road is within 30 minutes of every part of the city."),
    ("h2", "7. Views of providers"),
    ("np", "7.1", "Before the competition, on 6 March 2028, the Council sent a written statement of the need for the school and its proposed specification to the governing body of Thistle Bank School, every headteacher and chair of governors in Millbridge, the three academy trusts operating in the city and the Millbridge Pupil Referral Unit, inviting their views in writing by 17 April 2028. The 26 written replies are at Appendix B; Thistle Bank's governing body supports the new school."),
    ("h2", "8. Funding and staffing"),
    ("np", "8.1", "The Department for Education will pay for the site and the building through the free schools programme."),
    ("np", "8.2", "The Council will fund the places from the High Needs Block at £10,000 a place plus top-up at Band 4 (£18,400): £1.14m in 2029-30, rising to £2.84m a year at capacity, as included in the High Needs Block medium-term financial plan agreed by the Schools Forum on 18 January 2028. The cost is more than offset by the reduction in independent placements (average £63,000 a year)."),
    ("np", "8.3", "Staffing at capacity (Trust's approved business case): headteacher, deputy headteacher, two assistant headteachers, 14.0 FTE teachers, 28.0 FTE teaching assistants, 1.0 FTE speech and language therapist, 0.6 FTE occupational therapist, 0.5 FTE clinical psychologist; in 2029-30, 6.0 FTE teachers and 12.0 FTE teaching assistants."),
])

# ---------------------------------------------------------------- 41
DOCS["41-outcome-report-close-fell-road-site-brampton-heath.docx"] = ("Oxley Borough Council: outcome of consultation, Brampton Heath School", [
    ("title", "Oxley Borough Council"),
    ("h1", "Outcome of consultation: Brampton Heath School, closure of the Fell Road site"),
    ("p", "Report to the Cabinet Member for Children and Education, 3 April 2029. Author: Head of SEND Sufficiency."),
    ("h2", "1. Background"),
    ("np", "1.1", "Brampton Heath School is a community special school for pupils aged 5 to 16 with social, emotional and mental health (SEMH) needs. It has two sites: the Fell Road site (primary, 24 places) and the Moor Lane site (secondary, 72 places), 1.6 miles apart, under one headteacher and one governing body."),
    ("np", "1.2", "The Fell Road building, a former infant school leased from the diocese, must be returned to the diocese in August 2030. The Council consulted from 8 January to 19 February 2029 on closing the Fell Road site on 31 August 2029 and bringing the whole school together on an extended Moor Lane site."),
    ("h2", "2. The proposal"),
    ("np", "2.1", "The Fell Road site will close on 31 August 2029. All pupils taught at Fell Road will continue as pupils of Brampton Heath School and will be taught at Moor Lane from 1 September 2029. The Moor Lane site will be extended and the school's capacity set at 88 places."),
    ("np", "2.2", "Every pupil keeps their place at Brampton Heath. No pupil will be placed in the Oxley Pupil Referral Unit or any other PRU as a result of this change, and no EHC plan needs to be amended other than to record the site."),
    ("h2", "3. Places"),
    ("table", [
        ["SEMH special school places in Oxley", "Now", "From September 2029"],
        ["Brampton Heath, Fell Road site (5-11)", "24", "0"],
        ["Brampton Heath, Moor Lane site (5-16 from 2029)", "72", "88"],
        ["Total", "96", "88"],
    ]),
    ("np", "3.1", "The Fell Road site has 24 places but 17 pupils on roll; the enlarged Moor Lane site will have room for every current pupil of both sites."),
    ("h2", "4. Benefits"),
    ("np", "4.1", "Primary-age pupils will have access to the Moor Lane site's sports hall, science room, food room and Forest School area, none of which exist at Fell Road, and to its weekly swimming and outdoor education programme. This contributes to the Council's Accessibility Strategy 2028-2031, priority 2 (access to facilities and wider school activities)."),
    ("np", "4.2", "A single staff team will give primary pupils access to the school's clinical psychologist (0.8 FTE), its speech and language therapist (two days a week) and its family support workers (2.0 FTE), who at present work mainly at Moor Lane. The CAMHS school link worker will hold a weekly clinic at Moor Lane."),
    ("np", "4.3", "A new primary wing of 560 m² at Moor Lane, with four classrooms, a nurture room, a sensory room and a separate primary playground, at a cost of £3.1m, will be completed by 31 July 2029."),
    ("h2", "5. Responses to the consultation"),
    ("table", [
        ["Issue", "Response"],
        ["Primary pupils will mix with older pupils.", "The primary wing has its own entrance, playground and dining area."],
        ["Journeys will be longer for some families.", "Pupils eligible under the Council's SEND Travel Assistance Policy 2028 will travel by minibus or taxi with a passenger assistant; the longest planned journey to Moor Lane is 40 minutes, within the Policy's limit of 45 minutes for primary-age pupils."],
        ["Were other schools asked?", "On 4 December 2028 the Council sent a written statement of the proposal to the governing body of Brampton Heath, the headteachers of every primary and special school in Oxley, the diocese and the Oxley Pupil Referral Unit, inviting written views by 19 February 2029. Eleven written replies were received; the governing body supports the proposal."],
        ["Will there be fewer places?", "Yes: the school's capacity will be 88 rather than 96, as Fell Road has been under-used."],
    ]),
    ("h2", "6. Funding and staffing"),
    ("np", "6.1", "The £3.1m capital cost is funded from the Council's High Needs Provision Capital Allocation 2027-28 (received), as approved by Cabinet on 12 September 2028. Revenue funding for 88 places (£10,000 a place plus top-up) continues from the High Needs Block within the 2029-30 budget."),
    ("np", "6.2", "Staffing from September 2029: headteacher, deputy headteacher, assistant headteacher (primary), 13.0 FTE teachers, 21.0 FTE teaching assistants, 0.8 FTE clinical psychologist, 0.4 FTE speech and language therapist and 2.0 FTE family support workers. No posts are lost."),
    ("h2", "7. Recommendation"),
    ("np", "7.1", "That the Cabinet Member approves the closure of the Fell Road site on 31 August 2029 and the extension of the Moor Lane site."),
])

# ---------------------------------------------------------------- 45
DOCS["45-cabinet-report-close-linnet-house-enlarge-greenacre.docx"] = ("Kingsbarrow Borough Council: Linnet House School and Greenacre School", [
    ("title", "Kingsbarrow Borough Council"),
    ("h1", "Cabinet, 7 March 2028: Linnet House School and Greenacre School"),
    ("p", "Report of the Assistant Director, Education. Lead member: Cllr Patrick Nwosu."),
    ("h2", "Summary"),
    ("p", "Linnet House School, a community special school for 32 pupils aged 11 to 16 with social, emotional and mental health (SEMH) needs, has lost its site: the lease of its building ends on 31 August 2028 and cannot be renewed. This report proposes to close Linnet House on that date and to enlarge Greenacre School, the borough's other SEMH special school, from 48 to 84 places."),
    ("h2", "1. Recommendations"),
    ("np", "1.1", "That Cabinet approves the publication of statutory proposals to discontinue Linnet House School on 31 August 2028 and to enlarge Greenacre School from 48 to 84 places from 1 September 2028."),
    ("h2", "2. Places"),
    ("table", [
        ["SEMH special school places", "Now", "From autumn term 2028"],
        ["Linnet House School", "32", "0"],
        ["Greenacre School", "48", "84"],
        ["Total in Kingsbarrow", "80", "84"],
    ]),
    ("h2", "3. Benefits"),
    ("np", "3.1", "Access to education: Greenacre offers GCSEs in seven subjects (Linnet House, four), a BTEC in motor vehicle studies and the Duke of Edinburgh's Award, and has a science laboratory, a workshop and a sports hall. Pupils will also take part in its outdoor education programme. The enlargement is part of the Council's Accessibility Strategy 2027-2030, priority 3 (\"increasing access to specialist facilities for disabled pupils\")."),
    ("np", "3.2", "Specialist staff: Greenacre has a full-time educational psychologist and will employ a speech and language therapist three days a week and a CAMHS practitioner two days a week from September 2028."),
    ("np", "3.3", "Accommodation: a modular teaching block of 520 m² with four classrooms, two group rooms and a calm room will be installed at Greenacre and ready for use after the October half-term 2028."),
    ("h2", "4. Arrangements for pupils at Linnet House"),
    ("np", "4.1", "All pupils at Linnet House will transfer to Greenacre School. The governing body of Greenacre confirmed in writing on 12 February 2028 that it will receive every Linnet House pupil and will have the facilities for an appropriate curriculum."),
    ("np", "4.2", "Because the new block will not be ready until the October half-term, pupils transferring from Linnet House will be taught for up to six school weeks at the Kingsbarrow Learning Centre (KLC), the borough's pupil referral unit, in a separate base staffed by Greenacre teachers. The KLC placement will run from the first day of the autumn term, 4 September 2028, until pupils start at Greenacre on 30 October 2028, after the half-term holiday."),
    ("np", "4.3", "Each pupil's EHC plan will name Greenacre School from 1 September 2028. No pupil will remain at KLC after 30 October 2028."),
    ("h2", "5. Transport"),
    ("np", "5.1", "Pupils eligible under the Council's Home to School Transport Policy for Children and Young People with SEND will travel to KLC and then to Greenacre by minibus with a passenger assistant; the longest journey will be 35 minutes."),
    ("h2", "6. Consultation"),
    ("np", "6.1", "On 15 November 2027 the Council sent a written statement of the proposal to the governing bodies of Linnet House and Greenacre, the management committee of KLC and all headteachers in the borough, inviting written views by 5 January 2028. Thirteen written replies were received, all supporting the proposal."),
    ("h2", "7. Finance and staffing"),
    ("np", "7.1", "Funding for the modular block and the additional places is subject to approval."),
    ("np", "7.2", "Staffing at Greenacre from September 2028: headteacher, deputy headteacher, 12.0 FTE teachers, 18.0 FTE teaching assistants, 1.0 FTE educational psychologist, 0.6 FTE speech and language therapist. Linnet House staff will transfer to Greenacre."),
])

# ---------------------------------------------------------------- 48
DOCS["48-statutory-proposal-close-kestrel-house-enlarge-ravenscourt.docx"] = ("Aldergate Council: statutory proposal, Kestrel House School", [
    ("title", "Aldergate Council"),
    ("h1", "Statutory proposal: discontinuance of Kestrel House School"),
    ("p", "Published 2 May 2028 under section 15 of the Education and Inspections Act 2006. Representations by 30 May 2028 to the Head of School Place Planning, Aldergate Council, Corn Exchange, Aldergate AG1 5PP."),
    ("h2", "1. Description of the proposal"),
    ("np", "1.1", "Aldergate Council proposes to discontinue Kestrel House School, Furze Hill, Aldergate, a community special school for 50 pupils aged 9 to 16 with social, emotional and mental health (SEMH) needs, on 31 August 2028."),
    ("np", "1.2", "Ravenscourt Academy, a special academy for pupils aged 9 to 16 with SEMH needs in the Northmoor Schools Trust, will be enlarged from 70 to 128 places from 1 September 2028, following the Regional Director's approval on 20 March 2028."),
    ("h2", "2. Reasons"),
    ("np", "2.1", "Kestrel House is in a listed Victorian house which has no outdoor space for sport, cannot be made accessible, and needs £2.7m of repairs. Pupil numbers have fallen to 41."),
    ("h2", "3. Places"),
    ("table", [
        ["", "Now", "From 1 September 2028"],
        ["Kestrel House School", "50", "0"],
        ["Ravenscourt Academy", "70", "128"],
        ["SEMH special school places in Aldergate", "120", "128"],
    ]),
    ("h2", "4. Benefits for pupils"),
    ("np", "4.1", "Pupils will have access to Ravenscourt's science laboratory, design and technology workshop, food room and sports hall, and to GCSE combined science, art and computing and BTEC Level 1 in construction, which Kestrel House cannot offer. We hope also to offer the Duke of Edinburgh's Award and a Forest School programme from 2029."),
    ("np", "4.2", "Ravenscourt employs a clinical psychologist (1.0 FTE) and a speech and language therapist three days a week, and hosts a CAMHS practitioner two days a week. From September 2028 an occupational therapist will attend one day a week."),
    ("np", "4.3", "A new block of 1,020 m² with seven classrooms, three group rooms, a calm room and a therapy room is being built at Ravenscourt at a cost of £5.6m and will be completed by 31 July 2028."),
    ("h2", "5. Arrangements for displaced pupils"),
    ("np", "5.1", "Every pupil on roll at Kestrel House in July 2028 will transfer to Ravenscourt Academy on 1 September 2028, where there will be places for all of them."),
    ("np", "5.2", "The Northmoor Schools Trust confirmed in writing on 6 April 2028 that Ravenscourt Academy is willing to receive all pupils from Kestrel House and will have the facilities necessary to provide an appropriate curriculum."),
    ("np", "5.3", "No pupil will be placed in the Aldergate Pupil Referral Unit. Each pupil's EHC plan will be amended to name Ravenscourt Academy."),
    ("h2", "6. Transport"),
    ("np", "6.1", "Pupils eligible under Aldergate Council's SEND Home to School Transport Policy 2027 will travel by minibus or taxi with a passenger assistant. No journey is planned to exceed 45 minutes."),
    ("h2", "7. Views of providers"),
    ("np", "7.1", "On 5 February 2028 the Council sent a written statement of the proposal to the governing body of Kestrel House, the Northmoor Schools Trust, every special and secondary headteacher in Aldergate and the Aldergate Pupil Referral Unit, inviting their views in writing by 16 March 2028. The fifteen written replies are available on request; the Trust and the governing body support the proposal."),
    ("h2", "8. Funding and staffing"),
    ("np", "8.1", "Capital: £5.6m, of which £4.8m from the Council's High Needs Provision Capital Allocation (received) and £0.8m from the Trust's School Condition Allocation."),
    ("np", "8.2", "Revenue: the additional 58 places at Ravenscourt are funded at £10,000 a place plus top-up at SEMH Band 3 from the High Needs Block (£1.5m a year), offset by £1.2m released by the closure of Kestrel House."),
    ("np", "8.3", "Staffing at Ravenscourt from September 2028: principal, two vice-principals, 17.0 FTE teachers, 26.0 FTE teaching assistants, 1.0 FTE clinical psychologist, 0.6 FTE speech and language therapist and 0.2 FTE occupational therapist."),
])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_docx_b.py OUTPUT_FOLDER")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, (title, blocks) in DOCS.items():
        build(blocks, os.path.join(out, name), title)
        print(name)


if __name__ == "__main__":
    main()
