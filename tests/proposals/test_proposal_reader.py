"""Reading documents: Markdown, plain text and Word, with no template; line
and paragraph numbers; unreadable input refused in one line."""

from __future__ import annotations

import zipfile

import pytest

from senrules_proposals.reader import DocumentError, read_document, sentences


def _heads(doc):
    return [b.text for b in doc.blocks if b.kind == "heading"]


def test_markdown_headings_lists_tables_and_bold_lead_ins(write):
    doc = read_document(write("""
        Council proposal
        ================

        ## 1. Transport

        **Getting to school.** Pupils will travel by minibus. A passenger assistant will be on board.

        - First item
          continued here.
        - Second item

        | Item | Cost |
        |------|------|
        | Building | £2m |
    """))
    assert doc.format == "markdown" and doc.unit == "line"
    assert _heads(doc) == ["Council proposal", "1. Transport", "Getting to school"]
    kinds = [(b.kind, b.text) for b in doc.blocks if b.kind != "heading"]
    assert kinds == [
        ("paragraph", "Pupils will travel by minibus. A passenger assistant will be on board."),
        ("item", "First item continued here."),
        ("item", "Second item"),
        ("row", "Item: Cost."),
        ("row", "Building: £2m."),
    ]
    s = sentences(doc)
    minibus = next(x for x in s if "minibus" in x.text)
    assert minibus.where == "line 6" and minibus.headings[-1] == "Getting to school"


def test_sentences_keep_the_line_they_start_on(write):
    doc = read_document(write("""
        The first sentence is here. The second one
        runs over a line break. And the third
        starts on line 2, e.g. with an abbreviation.
    """, "p.txt"))
    s = sentences(doc)
    assert [x.text for x in s] == [
        "The first sentence is here.",
        "The second one runs over a line break.",
        "And the third starts on line 2, e.g. with an abbreviation.",
    ]
    assert [x.number for x in s] == [1, 1, 2]


def test_plain_text_headings_by_their_shape(write):
    doc = read_document(write("""
        Barrowdale County Council

        Getting to school
        Pupils will be eligible for transport under the County's policy.

        4.1 Funding and staffing

        The building will cost £9.8 million.
    """, "p.txt"))
    assert _heads(doc) == ["Barrowdale County Council", "Getting to school", "4.1 Funding and staffing"]
    assert doc.format == "text"


def test_word_styles_lists_tables_and_bold_lead_ins(docx_of):
    path = docx_of([
        ("title", "A proposal"),
        ("h1", "Benefits"),
        ("bold", "Places.", "Places will rise from 60 to 84."),
        ("bullet", "A hydrotherapy pool."),
        ("table", [["Item", "Cost"], ["Building", "£2m"]]),
        ("p", "Transport will be provided."),
    ])
    doc = read_document(path)
    assert doc.format == "docx" and doc.unit == "paragraph"
    assert _heads(doc) == ["A proposal", "Benefits", "Places"]
    body = [(b.kind, b.number, b.text) for b in doc.blocks if b.kind != "heading"]
    assert body == [
        ("paragraph", 3, "Places will rise from 60 to 84."),
        ("item", 4, "A hydrotherapy pool."),
        ("row", 5, "Item: Cost."),
        ("row", 6, "Building: £2m."),
        ("paragraph", 7, "Transport will be provided."),
    ]


def test_a_utf8_bom_and_windows_1252_text_are_read(tmp_path):
    a = tmp_path / "a.txt"
    a.write_bytes("\ufeffThe cost is £2m.".encode("utf-8"))
    b = tmp_path / "b.txt"
    b.write_bytes("The cost is £2m.".encode("cp1252"))
    assert read_document(a).blocks[0].text == "The cost is £2m."
    assert read_document(b).blocks[0].text == "The cost is £2m."


def _message(path) -> str:
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert "\n" not in err.value.message
    return err.value.message


def test_unreadable_input_is_refused_in_one_line(tmp_path):
    assert "no such file" in _message(tmp_path / "missing.md")
    assert "folder" in _message(tmp_path)
    binary = tmp_path / "image.md"
    binary.write_bytes(bytes(range(256)) * 4)
    assert "binary" in _message(binary)
    corrupt = tmp_path / "broken.docx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip file")
    assert "damaged" in _message(corrupt)
    not_word = tmp_path / "other.docx"
    with zipfile.ZipFile(not_word, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "not a Word document" in _message(not_word)
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    assert "save the document as Word (.docx)" in _message(old)
    pdf = tmp_path / "p.txt"
    pdf.write_bytes(b"%PDF-1.4 ...")
    assert "PDF" in _message(pdf)


def test_a_truncated_docx_is_refused(docx_of, tmp_path):
    good = docx_of([("p", "Transport will be provided.")])
    data = good.read_bytes()
    bad = tmp_path / "truncated.docx"
    bad.write_bytes(data[: len(data) // 2])
    assert "damaged" in _message(bad)


def test_an_empty_document_reads_as_no_blocks(write):
    assert read_document(write("\n\n", "empty.txt")).blocks == ()


def test_a_plain_text_table_with_long_cells_under_a_short_header(write):
    doc = read_document(write("""
        Options considered

        Option   What it means   Assessment
        A   Keep the unit open   Rejected: too few pupils.
        B   Close the unit and educate its pupils at the Harbour Centre, the county's pupil referral unit, for the rest of their schooling   Rejected: contrary to the Improvement Test.
        Where pupils will go
        The nine pupils will transfer to Elm School.
    """, "p.txt"))
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [r.cells[0] for r in rows] == ["Option", "A", "B"]
    assert rows[2].header == ("Option", "What it means", "Assessment") and rows[2].headings == ("Options considered",)
    assert _heads(doc) == ["Options considered", "Where pupils will go"]


def test_indented_prose_is_not_a_table(write):
    doc = read_document(write("""
        The unit will close.   It has nine pupils.
        All nine will transfer to Elm School in September 2027, where a new base is being built for them.
    """, "p.txt"))
    assert not [b for b in doc.blocks if b.kind == "row"]


def test_a_word_broken_at_a_line_end_is_rejoined_when_the_document_uses_it_whole(write):
    # text taken from a PDF: "writ-" / "ing"; "well-" / "known" is a compound (no "wellknown" in it) and keeps its hyphen
    path = write("""
        Oak School will close. Officers asked in writing for views.
        All 30 pupils will transfer to Elm School, which has confirmed in writ-
        ing that it will admit them. The school is well-
        known locally.
    """, "proposal.txt")
    doc = read_document(path)
    texts = [s.text for s in sentences(doc)]
    assert "All 30 pupils will transfer to Elm School, which has confirmed in writing that it will admit them." in texts
    assert "The school is well- known locally." in texts
    # and the line each sentence starts on is still the line it was written on
    assert {s.text[:12]: s.where for s in sentences(doc)}["The school i"] == "line 3"


def test_a_form_item_starts_its_own_paragraph_in_plain_text(write):
    # a form's numbered or lettered items run on without blank lines; a wrapped line that starts with a code-like
    # word ("M25 junction") is still a continuation
    doc = read_document(write("""
        Form SPP-3, to be sent with the report.
        A1 Title: Resource base at Elm Academy
        A2 Provider: Elm Academy
        B2 (b) Access to specialist staff: a physiotherapist 3 days a week,
            and an occupational therapist 2 days a week.
        Q3. What will pupils get? A sensory room.
        Pupils living near the
        M25 junction will travel by minibus.
    """, "form.txt"))
    assert [b.text for b in doc.blocks if b.kind == "paragraph"] == [
        "Form SPP-3, to be sent with the report.",
        "A1 Title: Resource base at Elm Academy",
        "A2 Provider: Elm Academy",
        "B2 (b) Access to specialist staff: a physiotherapist 3 days a week, and an occupational therapist 2 days a week.",
        "Q3. What will pupils get? A sensory room. Pupils living near the M25 junction will travel by minibus.",
    ]


@pytest.mark.parametrize("line, read", [
    ("C2 (ii) Will any pupil be displaced?   ☐ Yes ☒ No   New provision.", "C2 (ii) Will any pupil be displaced? No. New provision."),
    ("Accessibility Strategy referred to?   ☒ Yes ☐ No", "Accessibility Strategy referred to? Yes."),
    ("A2 Type of change:  [x] New provision  [ ] Enlargement  [ ] Closure", "A2 Type of change: New provision."),
    ("☐ Closure ☒ Enlargement ☒ Age range change (11-16 to 11-19) ☐ Relocation", "Enlargement; Age range change (11-16 to 11-19)."),
    ("Does it displace any pupil? ☐ Yes ☒ No (all stay.)", "Does it displace any pupil? No. (all stay.)"),
    ("Checked by:   [x] Legal  [ ] Finance", "Checked by: Legal."),
    # a blank form says nothing: no option is ticked
    ("Was a statement sent? [ ] Yes [ ] No", "Was a statement sent?"),
    ("    [ ] Strongly agree  [ ] Agree  [ ] Disagree", ""),
    # not a tick box: a link's text, a tick in a table's cell
    ("See [x](notes.md) for details.", "See [x](notes.md) for details."),
    ("| (i) Views of providers | ✓ | Letters sent |", "| (i) Views of providers | ✓ | Letters sent |"),
])
def test_tick_boxes_read_as_ticked(line, read):
    from senrules_proposals.reader import tick_boxes

    assert tick_boxes(line) == read


def test_tick_boxes_in_a_word_form_and_a_markdown_checklist(docx_of, write):
    doc = read_document(docx_of([
        ("p", "Type of change: ☐ Closure ☒ Enlargement"),
        ("table", [["Question", "Answer"], ["Will any pupil have to move?", "☐ Yes ☒ No. The school stays on its site."]]),
    ]))
    # (the ticked answer of a question-and-answer table is read as prose under its question: see answers_as_prose)
    assert [b.text for b in doc.blocks] == ["Type of change: Enlargement.", "Question: Answer.", "No. The school stays on its site."]
    assert doc.blocks[2].kind == "paragraph" and doc.blocks[2].headings[-1] == "Will any pupil have to move?"
    doc = read_document(write("# Checklist\n\n- [x] Trust board resolution attached\n- [ ] Change to age range\n"))
    assert [b.text for b in doc.blocks if b.kind == "item"] == ["Trust board resolution attached."]


def test_label_value_rows_and_rows_of_actions(write):
    doc = read_document(write("""
        | Item | Detail |
        |---|---|
        | Specialist staff | a physiotherapist 3 days a week |
        | Places | 12 now; 18 from September 2028 |

        | Action | Lead | By when | RAG | Notes |
        |---|---|---|---|---|
        | 4.3 Specialist staff | Head of SEND | Sept 2027 | A | OT one day a week at the base |

        | School | Places now | Places after |
        |---|---|---|
        | Elm School | 40 | 60 |
    """))
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert [r.text for r in rows] == [
        "Item: Detail.", "Specialist staff: a physiotherapist 3 days a week.", "Places: 12 now; 18 from September 2028.",
        "Action; Lead; By when; RAG; Notes.", "4.3 Specialist staff: OT one day a week at the base.",
        "School; Places now; Places after.", "Elm School; 40; 60.",
    ]
    # a table whose columns are the answers: the question and the answer ticked ("✓", "x"); unanswered, a question
    from senrules_proposals.reader import row_text

    header = ("Question", "Yes", "No", "Details")
    assert row_text(("Will any pupil be displaced?", "", "✓", "New provision"), header) == "Will any pupil be displaced? No. New provision."
    assert row_text(("Was a statement sent?", "x", "", ""), header) == "Was a statement sent? Yes."
    assert row_text(("Was a statement sent?", "", "", ""), header) == "Was a statement sent?"
    # the cells are kept as they are, the lead and the date included
    assert rows[4].cells == ("4.3 Specialist staff", "Head of SEND", "Sept 2027", "A", "OT one day a week at the base")


def test_word_forms_symbol_boxes_line_breaks_and_answers_before_their_boxes(tmp_path):
    # Word's Insert > Symbol boxes (w:sym in Wingdings: F0FE ticked, F0A8 not) are read as the glyphs are; and a
    # form that writes the answer before its box ("Yes ☐  No ☒") reads the same as one that writes it after
    import docx
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    from senrules_proposals.reader import tick_boxes

    d = docx.Document()
    p = d.add_paragraph("Will any pupil be displaced? ")
    for char, answer in (("F0A8", " Yes "), ("F0FE", " No")):
        run = p.add_run()
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Wingdings")
        sym.set(qn("w:char"), char)
        run._r.append(sym)
        p.add_run(answer)
    # (a line break or a tab ends an option, as a run of spaces does in plain text)
    p = d.add_paragraph("Type of change: ☐ Closure ☒ Enlargement")
    p.add_run().add_break()
    p.add_run("Policy attached? ☒ Yes\t☐ No\tSee Appendix 4.")
    # (and a form's items typed in one paragraph, a line break before each, are a block each)
    p = d.add_paragraph("A1 Title: Elm base")
    p.add_run().add_break()
    p.add_run("A2 Provider: Elm Academy,")
    p.add_run().add_break()
    p.add_run("a trust school")
    d.save(tmp_path / "form.docx")
    assert [(b.number, b.text) for b in read_document(tmp_path / "form.docx").blocks] == [
        (1, "Will any pupil be displaced? No."), (2, "Type of change: Enlargement. Policy attached? Yes. See Appendix 4."),
        (3, "A1 Title: Elm base"), (3, "A2 Provider: Elm Academy, a trust school")]
    assert tick_boxes("Will any pupil be displaced?  Yes ☐  No ☒  New provision.") == "Will any pupil be displaced? No. New provision."
    assert tick_boxes("Is the policy attached? Yes [x] No [ ]") == "Is the policy attached? Yes."


@pytest.mark.timeout(20)
def test_a_line_of_thousands_of_tick_boxes_is_read_once(write):
    # each run of boxes is read once and the line joined once at its end (joining it again after each run took
    # time in the square of the line's length)
    line = "Sent? [x] Yes  [ ] No  " * 2_000 + "\n"
    doc = read_document(write("Form\n\nThe Council proposes to open a base.\n\n" + line, "form.txt"))
    assert doc.blocks[-1].text.startswith("Sent? Yes. Sent? Yes.") and "[" not in doc.blocks[-1].text
