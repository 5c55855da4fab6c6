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

DOCS = {
    "16-langton-word-cabinet-report.docx": LANGTON,
    "17-holmfirth-word-content-controls.docx": HOLM,
    "18-cranford-word-semh-pru-permanent.docx": CRANFORD,
    "31-farnley-word-places-being-sought.docx": FARNLEY,
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
