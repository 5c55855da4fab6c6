"""Build the Word (.docx) example proposals with python-docx.

The Word examples are kept as Python data, not as binary files, so they can be
read and reviewed: each is a list of ``(kind, text)`` pairs written with the
features Word users use (a Title, Heading 1/2 styles, bulleted and numbered
lists, a table, paragraphs that open with a bold phrase).  Run

    python examples/proposals/make_docx.py [FOLDER]

to write them (default: this folder).  The tests build them the same way in a
temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

# 09: the Fernside proposal of 01-fernside-meets-the-test.md, written again as
# a Word report by a different author: other headings, another order, other
# words, the money and staff in a table, lead-in phrases in bold.
FERNSIDE_WORD = [
    ("title", "Report to Cabinet: reorganisation of special school provision in Hartfield"),
    ("p", "Report of the Director of Children's Services, 21 January 2025"),
    ("h1", "Purpose of the report"),
    ("p", "This report asks Cabinet to approve consultation on closing Fernside School on 31 August 2026 and enlarging Meadowbank School."),
    ("h1", "Recommendations"),
    ("number", "That Fernside School, a community special school for primary-age pupils with complex learning difficulties, be discontinued on 31 August 2026."),
    ("number", "That Meadowbank School be enlarged, and that a resourced provision for pupils with autism be established at Castle Hill Primary School."),
    ("h1", "Resources"),
    ("p", "The capital and revenue implications are summarised below."),
    ("table", [
        ["Item", "Detail", "Source"],
        ["New teaching block and hygiene suite at Meadowbank", "£4.2 million capital", "Special Provision Capital Fund £3.1m; Basic Need grant £1.1m"],
        ["Place funding", "£10,000 per place for 62 additional places", "High Needs Block"],
        ["Staffing at Meadowbank", "6 additional teachers and 14 teaching assistants", "Meadowbank's delegated budget"],
        ["Staffing at Castle Hill", "1.0 FTE specialist teacher and 3 teaching assistants", "High Needs Block"],
    ]),
    ("p", "Staff employed at Fernside will transfer to Meadowbank under TUPE."),
    ("h1", "How pupils will benefit"),
    ("bold", "Curriculum, activities and equipment.", "Pupils who move from Fernside will swim weekly in Meadowbank's hydrotherapy pool, use its sensory room and soft play room, and join forest school sessions, which Fernside has never been able to offer. Officers have assessed the proposal against the Hartfield Accessibility Strategy 2023-2026."),
    ("bold", "Specialists.", "A full-time speech and language therapist and an occupational therapist (three days a week) will join Meadowbank's staff, and the Autism Outreach Team will be based at Castle Hill, advising the borough's northern primary schools every fortnight."),
    ("bold", "Buildings.", "Meadowbank will gain eight new classrooms in a two-storey block of 1,150 m2, a hygiene suite with ceiling hoists and a secure outdoor learning area by July 2026."),
    ("bold", "Places.", "Planned places at Meadowbank will rise from 120 to 170, and Castle Hill will provide 12 new places for pupils with autism."),
    ("h1", "Pupils on roll at Fernside"),
    ("bullet", "Each of the 42 pupils has been offered a place at Meadowbank from 1 September 2026."),
    ("bullet", "Parents of the nine pupils with autism as their primary need may choose a place at Castle Hill instead."),
    ("bullet", "Both governing bodies have confirmed in writing that they are willing to receive the pupils and will have the facilities to teach them (Appendix 3)."),
    ("h1", "Getting to school"),
    ("p", "Home to school transport will continue for every eligible pupil in accordance with the Council's Home to School Transport Policy for Children with SEN and Disabilities: pupils will travel by minibus with a passenger assistant, and no journey will be longer than 45 minutes."),
    ("h1", "Engagement with schools"),
    ("p", "All providers of existing and proposed provision were sent a written statement on 4 November 2024 offering them the opportunity to set out their views on the changing pattern of provision. Their replies are at Appendix 2."),
    ("h1", "Next steps"),
    ("p", "Subject to Cabinet's approval, consultation will run from 6 January to 14 February 2025, and we intend to publish the decision in June 2025."),
]

EXAMPLES = {"09-fernside-variant-word.docx": FERNSIDE_WORD}


def build(spec, path) -> Path:
    """Write one example to ``path``."""
    import docx

    d = docx.Document()
    for item in spec:
        kind = item[0]
        if kind == "title":
            d.add_heading(item[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(item[1], level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "bullet":
            d.add_paragraph(item[1], style="List Bullet")
        elif kind == "number":
            d.add_paragraph(item[1], style="List Number")
        elif kind == "bold":
            para = d.add_paragraph()
            para.add_run(item[1]).bold = True
            para.add_run(" " + item[2])
        elif kind == "table":
            rows = item[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:  # pragma: no cover - a mistake in the data above
            raise ValueError(f"unknown kind {kind!r}")
    path = Path(path)
    d.save(path)
    return path


def build_all(folder) -> list[Path]:
    folder = Path(folder)
    return [build(spec, folder / name) for name, spec in EXAMPLES.items()]


if __name__ == "__main__":
    for p in build_all(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent):
        print(p)
