"""Build the Word (.docx) documents of the development corpus.

Each is kept here as Python data so that it can be read and reviewed; the
``.docx`` files beside it are the output, committed (a few kB each).  They use
what Word users use: a Title, Heading 1/2 styles, numbered and bulleted
paragraphs, tables (places before and after), and content controls (the
fill-in boxes of a council's report template, ``w:sdt``), whose text a reader
must not drop.  Run ``python tests/data/proposals/dev/make_docx.py`` to
rebuild them.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# 16: a cabinet report with numbered paragraphs and a Word table of places.
LANGTON = [
    ("title", "Langton County Council: Report to Cabinet"),
    ("p", "Expansion of Fairhaven School and closure of the Moorland Unit. Report of the Director of Education, 3 June 2026."),
    ("h1", "1. Recommendations"),
    ("number", "That the Moorland Unit, a unit for 14 pupils with autism attached to Moorland Primary School, be closed on 31 August 2026."),
    ("number", "That Fairhaven School, a special school for pupils with autism, be enlarged on its current site from 1 September 2026."),
    ("h1", "2. Places"),
    ("p", "Specialist places for pupils with autism in the county:"),
    ("table", [
        ["Provision", "Places now", "Places from September 2026"],
        ["Fairhaven School", "96", "130"],
        ["Moorland Unit", "14", "0"],
        ["County total", "110", "130"],
    ]),
    ("h1", "3. Pupils at the Moorland Unit"),
    ("number", "All 14 pupils will transfer to Fairhaven School on 1 September 2026. Fairhaven's governing body has confirmed in writing that it will admit them and will have the facilities necessary to provide an appropriate curriculum."),
    ("h1", "4. Benefits"),
    ("bold-lead", "Curriculum and facilities.", "Pupils will gain a sensory integration room, a hydrotherapy pool and a horticulture programme, and secondary pupils will be able to take Entry Level and GCSE qualifications; this is in line with the County's Accessibility Strategy."),
    ("bold-lead", "Specialist staff.", "Fairhaven's speech and language therapist works at the school four days a week and its clinical psychologist two days a week; both will see the transferring pupils."),
    ("bold-lead", "Accommodation.", "A new building of six classrooms and a life skills flat will open on the Fairhaven site in August 2026."),
    ("h1", "5. Consultation with providers"),
    ("p", "A written statement inviting views on the changing pattern of provision was sent to the governing bodies of Fairhaven School and Moorland Primary School and to all county schools; 31 responded."),
    ("h1", "6. Transport"),
    ("p", "Eligible pupils will be transported by minibus with a passenger assistant in accordance with the County's Home to School Transport Policy for Children with SEN and Disabilities."),
    ("h1", "7. Financial and staffing implications"),
    ("table", [
        ["Item", "Detail", "Source"],
        ["New building", "£3.4 million capital", "Special Provision Capital Fund"],
        ["Place funding", "£10,000 per place", "High Needs Block"],
        ["Staffing", "5 additional teachers and 12 teaching assistants", "Fairhaven's delegated budget"],
    ]),
]

# 17: a report written in the council's template: most of the text is typed
# into content controls (w:sdt), which python-docx's paragraph list omits.
HOLM = [
    ("title", "Holmfirth Borough Council: Proposal for Consultation"),
    ("sdt", "Proposal: to establish a resourced provision for 10 pupils with hearing impairment at Kirkby Junior School from September 2027. This is new provision; no pupil will be displaced."),
    ("h1", "Benefits for children and young people"),
    ("sdt", "Pupils will have radio aids and soundfield systems in every classroom, British Sign Language lessons each week and access to the full Key Stage 2 curriculum in mainstream classes, in line with the Council's Accessibility Strategy."),
    ("sdt", "A Teacher of the Deaf will be based in the resource every day and an audiologist will visit each half term."),
    ("sdt", "The resource will use two acoustically treated classrooms and a new listening room of 20 m2."),
    ("sdt", "The borough's specialist places for deaf pupils will increase from 24 to 34."),
    ("h1", "Consultation with providers"),
    ("sdt", "A written statement inviting views on the changing pattern of provision was sent to Kirkby Junior School's governing body and all borough primary schools."),
    ("h1", "Transport arrangements"),
    ("sdt", "Eligible pupils will travel by taxi with a passenger assistant under the Council's SEND Home to School Transport Policy."),
    ("h1", "Funding and staffing"),
    ("sdt", "Capital of £140,000 comes from the High Needs Provision Capital Allocation; place funding of £10,000 per place from the High Needs Block. The resource will be staffed by 1.0 FTE Teacher of the Deaf and 2.0 FTE communication support workers."),
]

# 18: a BESD school closure where some pupils go to a PRU permanently.
CRANFORD = [
    ("title", "Cranford City Council: Closure of Hawthorn School"),
    ("h1", "Summary"),
    ("p", "Hawthorn School, a special school for 36 pupils with behavioural, emotional and social difficulties, will close on 31 August 2026."),
    ("h1", "Where pupils will go"),
    ("bullet", "24 pupils will transfer to Elmhurst School, an SEMH special school whose governing body has confirmed in writing that it will receive them."),
    ("bullet", "12 pupils will be placed permanently at the Cranford Pupil Referral Unit."),
    ("h1", "Benefits"),
    ("p", "Elmhurst offers GCSEs in eight subjects, a climbing wall and a vocational workshop, in line with the City's Accessibility Strategy."),
    ("p", "Elmhurst's CAMHS practitioner works at the school three days a week and will see every new pupil."),
    ("p", "Elmhurst has a new block with five classrooms and two calm rooms."),
    ("p", "Elmhurst will grow from 72 to 96 places."),
    ("h1", "Providers"),
    ("p", "A written statement inviting views on the changing pattern of provision was sent to the governing bodies of Hawthorn and Elmhurst and the PRU management committee."),
    ("h1", "Transport"),
    ("p", "Under the City's SEND Transport Policy, eligible pupils will travel by taxi with an escort."),
    ("h1", "Funding and staffing"),
    ("p", "£600,000 from the High Needs Block; Elmhurst will appoint 3 teachers and 5 teaching assistants."),
]

# 31: a Word report with a key-factor table; places are only being sought.
FARNLEY = [
    ("title", "Farnley Borough Council: Closure of the Elm Unit"),
    ("p", "The Council proposes to close the Elm Unit, a unit for 9 pupils with autism at Elm Primary School, on 31 July 2027 and to open an autism base of 16 places at Beech Academy on 1 September 2027."),
    ("h1", "SEN Improvement Test"),
    ("table", [
        ["Key factor", "Response"],
        ["(a) Access to education", "Pupils will have a sensory room, a sensory garden and mainstream art and music lessons, as the Council's Accessibility Strategy sets out."],
        ["(b) Specialist staff", "An autism specialist teacher will lead the base full-time and a speech and language therapist will attend two days a week."],
        ["(c) Accommodation", "Two new classrooms and a calm room will be built at Beech Academy."],
        ["(d) Places", "Places increase from 9 to 16."],
        ["(i) Providers' views", "A written statement inviting views on the changing pattern of provision was sent to the governing bodies of both schools."],
        ["(ii) Alternative provision", "Places are being sought for the nine current pupils at Beech Academy and other local schools."],
        ["(iii) Transport", "Eligible pupils will be transported by taxi in accordance with the Council's SEND Home to School Transport Policy."],
        ["(iv) Funding and staffing", "£310,000 from the High Needs Provision Capital Allocation; staffing of 2.0 FTE teachers and 4.0 FTE teaching assistants."],
    ]),
]

# 59: a Word cabinet report: an SEMH closure with an alternative provision academy named by a short form, a stay in school days.
ELMSTEAD = [
    ("title", "Elmstead County Council: Report to Cabinet"),
    ("p", "Closure of Ravenscroft School. Report of the Corporate Director, People, 8 July 2027. Key decision."),
    ("h1", "1. Recommendation"),
    ("number", "That Ravenscroft School, a community special school for 32 pupils with social, emotional and mental health needs, be discontinued on 31 December 2027."),
    ("h1", "2. Placements"),
    ("p", "Each pupil's new school has been agreed with their family at an annual review brought forward to the autumn term."),
    ("table", [
        ["Pupils", "New school", "Start"],
        ["20", "Ashdown School (SEMH special)", "January 2028"],
        ["8", "SEMH resource base at Ridley Academy", "January 2028"],
        ["4", "Compass Academy, then Ashdown School", "January 2028"],
    ]),
    ("p", "The Compass Academy (the county's alternative provision academy) will teach four Year 10 pupils for up to 30 school days, until their Ashdown class opens after the February half-term."),
    ("p", "Letters of support from Ashdown School and Ridley Academy, each confirming that it will admit the pupils named and has the facilities to teach them, are attached at Appendix C."),
    ("h1", "3. Benefits"),
    ("bold-lead", "Access.", "Ashdown pupils will take GCSEs in up to nine subjects and a Level 1 construction course, and use the school's sports hall and science laboratories, as the County's Accessibility Strategy expects."),
    ("bold-lead", "Specialist staff.", "Ashdown has a clinical psychologist two days a week and a full-time school nurse; every transferring pupil will have an assessment with the psychologist in their first half-term."),
    ("bold-lead", "Accommodation.", "Ashdown's new block of six classrooms and two calm rooms opens in February 2028."),
    ("bold-lead", "Places.", "SEMH special places in the county will increase by 24, from 150 to 174."),
    ("h1", "4. Views of providers"),
    ("p", "A written statement inviting views on the changing pattern of provision was sent to all schools and academies in the county and to the Compass Academy Trust on 4 March 2027."),
    ("h1", "5. Travel"),
    ("p", "Eligible pupils will travel by shared taxi with a passenger assistant under the County's Travel Assistance Policy for children and young people with SEND."),
    ("h1", "6. Resources"),
    ("table", [
        ["Item", "Amount", "Source"],
        ["New block at Ashdown", "£2.6 million", "High Needs Provision Capital Allocation"],
        ["Place and top-up funding", "£1.3 million a year", "High Needs Block"],
        ["Staffing", "3 teachers and 5 teaching assistants at Ashdown", "Ashdown's budget"],
    ]),
]

# 60: a council template in content controls: closing a unit that has no pupils.
BRENTWOOD = [
    ("title", "Brentwood Borough Council: Proposal"),
    ("sdt", "Proposal: to close the Orchard Unit, a resourced provision for pupils with hearing impairment at Meadow Junior School, on 31 August 2027."),
    ("h1", "Pupils affected"),
    ("sdt", "The Orchard Unit has had no pupils on roll since July 2025. Deaf pupils in the borough are now supported in their local schools by the Sensory Support Service."),
    ("h1", "Reasons"),
    ("sdt", "Keeping an empty unit open costs £45,000 a year. The savings will be used to fund an additional Teacher of the Deaf (1.0 FTE) in the Sensory Support Service."),
]

# 64: a governing body's proposal with a key-factor table.
STMARGARET = [
    ("title", "St Margaret's School: proposal by the governing body"),
    ("p", "The governing body of St Margaret's School, a foundation special school for pupils with physical disabilities, proposes to add a sixth form for 24 students from September 2028. No current pupil is affected."),
    ("h1", "How the proposal meets the SEN Improvement Test"),
    ("table", [
        ["Key factor", "How the proposal meets it"],
        ["Access to education", "Students will follow BTEC and Entry Level courses, supported internships and travel training, in line with the Local Authority's Accessibility Strategy."],
        ["Specialist staff", "The school's physiotherapist and occupational therapist will each give the sixth form two days a week."],
        ["Accommodation", "A post-16 wing of four classrooms, a life skills flat and an accessible changing places toilet will be built."],
        ["Places", "24 new post-16 places; none exist in the county today."],
        ["Views of providers", "Colleges and schools were invited to a meeting in March 2027."],
        ["Alternative provision", "Not needed: no pupil is displaced."],
        ["Transport", "Students will be assessed under the Local Authority's Post-16 Transport Policy Statement; those eligible will travel by minibus."],
        ["Funding and staffing", "£3.1 million capital from the Special Provision Capital Fund; two teachers and four teaching assistants will be appointed."],
    ]),
]

# 70: a Word consultation with a table of planned places by school year.
GREYHAVEN = [
    ("title", "Greyhaven Council: Consultation on expanding the Harbour ARP"),
    ("p", "The Council proposes to expand the additionally resourced provision (ARP) for pupils with autism at Harbour Primary School over two years. No current pupil will be affected."),
    ("h1", "Planned places"),
    ("table", [
        ["Provision", "2026/27", "2027/28", "2028/29"],
        ["Harbour ARP", "16", "24", "32"],
        ["Other ASC ARPs", "24", "28", "32"],
        ["Borough total", "40", "52", "64"],
    ]),
    ("h1", "Benefits"),
    ("number", "Pupils will have daily sessions in a new sensory room and weekly swimming lessons, and take part in after-school clubs, in line with the Council's Accessibility Strategy."),
    ("number", "Pupils will have better access to specialist support."),
    ("number", "A two-classroom extension with a hygiene room will be built by September 2027."),
    ("h1", "Providers"),
    ("p", "A written statement setting out the changing pattern of provision was sent to the governing bodies of all primary schools in the borough, inviting them to set out their views."),
    ("h1", "Transport"),
    ("p", "Eligible pupils will travel by taxi with a passenger assistant under the Council's Home to School Travel Assistance Policy."),
    ("h1", "Funding and staffing"),
    ("p", "The extension costs £640,000 from the High Needs Provision Capital Allocation. The ARP will employ two more teachers and four more teaching assistants by 2028."),
]

# 80: a Word report whose table of destinations has a column for written confirmation, one still awaited.
ASHBYVALE = [
    ("title", "Ashby Vale Council: Decision Report"),
    ("p", "Closure of the Kingfisher Resource Base at Ashby Primary School on 31 August 2027."),
    ("h1", "Destinations"),
    ("table", [
        ["Pupils", "Receiving school", "Written confirmation"],
        ["6", "Elm Tree Primary School resource base", "Received 3 March 2027"],
        ["4", "Hillside Primary School resource base", "Awaited"],
    ]),
    ("h1", "Benefits"),
    ("number", "Pupils will have use of a sensory room, a forest school and weekly swimming lessons, in line with the Council's Accessibility Strategy."),
    ("number", "A specialist teacher from the Communication and Autism Team will work in each base two days a week."),
    ("number", "Each receiving base has a new classroom and a quiet room, completed in July 2027."),
    ("number", "Resource base places in the district rise from 10 to 16."),
    ("h1", "Consultation"),
    ("p", "A written statement inviting views on the changing pattern of provision was sent to the governing bodies of all three schools and to every primary school in the district."),
    ("h1", "Transport and resources"),
    ("p", "Eligible pupils will travel by taxi with a passenger assistant under the Council's Home to School Transport Policy. The two classrooms cost £240,000 from the Council's capital programme; each base will employ a teacher and two teaching assistants."),
]

# 113: a cabinet report whose pupil moves are a Word table with a length-of-stay column and a written-confirmation column.
GLENDALE = [
    ("title", "Glendale Council: Cabinet, 14 June 2028"),
    ("p", "Closure of the Kestrel Unit (social, emotional and mental health), Glendale Academy."),
    ("h1", "1. Recommendation"),
    ("number", "That the Kestrel Unit, a unit for 12 secondary pupils with social, emotional and mental health needs, closes on 31 August 2028."),
    ("h1", "2. Where the pupils will go"),
    ("p", "The unit has 11 pupils. Each has been offered a place as follows."),
    ("table", [
        ["Pupils", "Destination", "Length of stay", "Written confirmation"],
        ["8", "Kingfisher School (SEMH special school)", "Permanent", "Yes, letter of 4 May 2028"],
        ["3", "Riverside PRU", "One half-term, then Kingfisher School", "Yes, letters of 4 and 9 May 2028"],
    ]),
    ("p", "Kingfisher's letter confirms that it will have the facilities to provide an appropriate curriculum for all 11 pupils."),
    ("h1", "3. Places"),
    ("table", [
        ["SEMH places", "Now", "From September 2028"],
        ["Kestrel Unit", "12", "0"],
        ["Kingfisher School", "60", "80"],
        ["Total", "72", "80"],
    ]),
    ("h1", "4. Benefits"),
    ("bold-lead", "Curriculum.", "Kingfisher offers GCSEs in eight subjects, a motor vehicle workshop and Duke of Edinburgh's Award expeditions, as the Council's Accessibility Strategy 2027-2030 asks (objective 4)."),
    ("bold-lead", "Specialist staff.", "An educational psychologist is based at Kingfisher three days a week and a CAMHS practitioner every Wednesday."),
    ("bold-lead", "Buildings.", "Kingfisher's new wing has five classrooms, a workshop and a calm room."),
    ("h1", "5. Transport"),
    ("p", "Pupils eligible under the Council's SEND Transport Policy will travel by taxi with an escort; journeys will not exceed 45 minutes."),
    ("h1", "6. Resources"),
    ("p", "Capital: £1.6 million from the High Needs Provision Capital Allocation. Revenue: 20 additional places at £10,000 each from the High Needs Block. Kingfisher will appoint 3 teachers and 4 teaching assistants."),
    ("h1", "7. Providers' views"),
    ("p", "A written statement of the proposal was sent to all secondary schools and academies in Glendale inviting their views in writing; 14 replied."),
]

# 114: a governing body's proposal in a key-factor table, typed into a council template's content controls.
ROSEHILL = [
    ("title", "Rosehill School: proposal to extend the age range to 19"),
    ("sdt", "The governing body of Rosehill School, a community special school for pupils with severe learning difficulties aged 11 to 16, proposes to add a sixth form for 24 students from September 2029. No pupil will be displaced."),
    ("h1", "How the proposal meets the key factors"),
    ("table", [
        ["Key factor", "Our response"],
        ["Access to education", "Students will study ASDAN and Entry Level courses and take part in supported work experience, as objective 2 of the Accessibility Strategy expects."],
        ["Specialist staff", "The school's speech and language therapist will work with sixth form students one day a week."],
        ["Accommodation", "Two classrooms and a life skills flat will be built on the school field."],
        ["Places", "Places will increase from 90 to 114."],
        ["Transport", "Transport arrangements will be reviewed nearer the opening date."],
        ["Funding and staffing", "Funding and staffing will be set out in the full business case."],
        ["Providers", "We sent a written statement to the local further education college and all special schools in the borough asking for their views."],
    ]),
]

DOCS = {
    "16-langton-word-cabinet-report.docx": LANGTON,
    "17-holmfirth-word-content-controls.docx": HOLM,
    "18-cranford-word-semh-pru-permanent.docx": CRANFORD,
    "31-farnley-word-places-being-sought.docx": FARNLEY,
    "59-elmstead-word-ap-academy-days.docx": ELMSTEAD,
    "60-brentwood-word-empty-unit.docx": BRENTWOOD,
    "64-stmargaret-word-key-factor-table.docx": STMARGARET,
    "70-greyhaven-word-planned-places.docx": GREYHAVEN,
    "80-ashby-word-confirmation-column.docx": ASHBYVALE,
    "113-glendale-word-semh-unit-moves-table.docx": GLENDALE,
    "114-rosehill-word-key-factor-table.docx": ROSEHILL,
}


def _sdt_paragraph(doc, text: str):
    """A block-level content control holding one paragraph of text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Report text")
    pr.append(alias)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    body = doc.element.body
    body.insert(len(body) - 1, sdt)  # before the section properties


def build(spec, path: Path) -> Path:
    import docx

    d = docx.Document()
    for item in spec:
        kind = item[0]
        if kind == "title":
            d.add_paragraph(item[1], style="Title")
        elif kind == "h1":
            d.add_heading(item[1], level=1)
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "number":
            d.add_paragraph(item[1], style="List Number")
        elif kind == "bullet":
            d.add_paragraph(item[1], style="List Bullet")
        elif kind == "bold-lead":
            p = d.add_paragraph()
            p.add_run(item[1] + " ").bold = True
            p.add_run(item[2])
        elif kind == "table":
            rows = item[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
        elif kind == "sdt":
            _sdt_paragraph(d, item[1])
    d.core_properties.author = "senrules corpus"
    d.save(path)
    return path


def build_all(folder: Path = HERE) -> list[Path]:
    return [build(spec, Path(folder) / name) for name, spec in DOCS.items()]


if __name__ == "__main__":
    for p in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(p)
