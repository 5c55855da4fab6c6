"""What fuzzing the proposal reader found (session fuzz7, 3 December 2026),
kept fixed: each input shape that made ``senrules proposal check`` take
super-linear time, checked at a size the reader before the fix took more
than 20 seconds on (the figures beside each: its time was quadratic, or
cubic, in the size), with what the person gets; and the Word documents python-docx opened but
the reader then failed on with an internal error.

These tests assert what a person sees (the document is checked, the
sentence and its line are found); the time each takes is measured, at
doubling sizes, in ``benchmarks/bench_proposal_fuzz.py``, never asserted
here.  The ``timeout`` mark only stops a test that hangs, as these inputs
did.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from senrules_proposals import check_document
from senrules_proposals import language as L
from senrules_proposals.reader import _STRUCK, _delete_struck, read_document, sentences

OPENING = "# Proposal\n\nThe Council proposes to close Oak School and move its pupils.\n\n"

#: Each finding: (input shape, its size here, what the reader before the fix took on it).
SHAPES = {
    # a line of capitalised words with no kind word after them: PROPER_NAME's two unbounded runs, cubic
    "capitalised words": ("Pupils go to " + "Oak Ash " * 2_500 + "\n", "20,000 characters; 157 s for 10,000"),
    # unclosed emphasis, links, images, tracked-change marks: each opening searched to the line's end
    "unclosed emphasis": ("# T\n\n" + "*a " * 60_000 + "\n", "180,000 characters; 15 s for 80,000"),
    "unclosed underscores": ("# T\n\n" + "_a " * 60_000 + "\n", "180,000 characters; 16 s for 80,000"),
    "unclosed links": ("# T\n\n" + "[a " * 60_000 + "\n", "180,000 characters; 5.5 s for 80,000"),
    "unclosed images": ("# T\n\n" + "![a " * 45_000 + "\n", "180,000 characters; 8 s for 80,000"),
    "unclosed struck text": ("# T\n\n" + "<s>a " * 50_000 + "\n", "250,000 characters; 3.9 s for 80,000"),
    "unclosed insertions": ("# T\n\n" + "**[Inserted: " * 14_000 + "\n", "180,000 characters; 10 s for 80,000"),
    # one long sentence of names with their abbreviations in brackets: the whole sentence before each bracket read again
    "abbreviations in one sentence": ("Westgate Tuition Centre (WTC) has confirmed in writing that it will admit the 273 pupils" * 2_200
                                      + ".\n", "198,000 characters; 5 s for 80,000"),
    # one long sentence of moves to named places, none with a count or a time limit: the sentence before each move
    # read again for a count, the sentence searched again for a time limit
    "moves in one sentence": ("Transport will follow the LA's home to school transport policy; a minibus with a passenger "
                              "assistant will run.Pupils will transfer to Oak School from Spring 2026." * 1_000 + "\n",
                              "158,000 characters; 11 s for 80,000"),
    # one long sentence of appositions ("X, the county's pupil referral unit, ..."): the sentence before each read again
    "appositions in one sentence": ("Brook House School, the county's pupil referral unit, known as the Harbour, will close.the Hub "
                                    * 3_600 + "\n", "356,000 characters; 4.2 s for 160,000"),
    # a plain-text line with a run of thousands of spaces after a figure of places: patterns with spaces on both
    # sides of a word tried every split of the run
    "a long run of spaces": ("Pupils from 12 to 20 places" + " " * 100_000 + "from 12 to 20 places school.\n",
                             "100,000 spaces; 4.5 s for 40,000"),
    # a paragraph of many lines and sentences: each sentence's line found by a pass over every line, the paragraph's
    # text searched again for each of its sentences (places) and each of its lines (a word broken by a hyphen)
    "one long paragraph": ("".join(f"Line {i} has a point.\n" for i in range(8_000)), "176,000 characters; 7 s for 80,000"),
    # many figures of places in one paragraph: the paragraph read back for each figure
    "figures in one paragraph": (" ".join(f"The school will increase from {i} to {i + 5} places." for i in range(6_000)) + "\n",
                                 "300,000 characters; 3.3 s for 80,000"),
}


@pytest.mark.timeout(20)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_shape_that_took_super_linear_time_is_checked(tmp_path, shape):
    text, _ = SHAPES[shape]
    path = tmp_path / ("p.txt" if shape in ("one long paragraph", "a long run of spaces") else "p.md")
    path.write_text(OPENING + text, encoding="utf-8")
    report = check_document(path)
    # the opening's closure is read, on its line, and the rest judged: nothing in it meets the Test
    assert report.extraction.facts["alternative_provision_needed"] is True
    assert report.extraction.deciding["alternative_provision_needed"].where == "line 3"
    assert report.overall == "not_credible"


@pytest.mark.timeout(20)
def test_the_command_checks_a_shape_that_hung(tmp_path, capsys):
    from senrules.cli import main

    path = tmp_path / "p.md"
    path.write_text(OPENING + SHAPES["capitalised words"][0], encoding="utf-8")
    code = main(["proposal", "check", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert json.loads(out)["overall"] == "not_credible"


@pytest.mark.timeout(20)
def test_the_long_paragraph_keeps_each_sentence_on_its_line(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("".join(f"Line {i} has a point.\n" for i in range(8_000)), encoding="utf-8")
    sents = sentences(read_document(path))
    assert len(sents) == 8_000
    assert [(s.text, s.where) for s in sents[::1999]] == [
        (f"Line {i} has a point.", f"line {i + 1}") for i in range(0, 8_000, 1999)
    ]


def test_a_word_broken_at_a_line_end_is_still_joined(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("The Council has confirmed in writ-\ning that places are agreed. Writing matters.\n", encoding="utf-8")
    assert [s.text for s in sentences(read_document(path))][0] == "The Council has confirmed in writing that places are agreed."


@pytest.mark.timeout(20)
def test_a_long_run_of_capitalised_words_names_no_provider_of_that_length(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(OPENING + "Pupils go to " + "Oak Ash " * 2_500 + "Unit.\n", encoding="utf-8")
    report = check_document(path)
    assert all(len(n.split()) <= 13 for p in report.extraction.providers for n in p.names)


#: PROPER_NAME as it was, each run of capitalised words unbounded.
UNBOUNDED_NAME = re.compile(L.PROPER_NAME.pattern.replace("{0,5}", "*"))


def test_names_are_found_as_before_on_every_corpus_line():
    """The bound on a name's words changes no name found in the development corpora."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "proposals"
    lines = [line for path in sorted(data.glob("*/*")) if not path.parent.name.startswith("heldout")
             and path.suffix in (".md", ".txt") for line in path.read_text(encoding="utf-8").splitlines()]
    assert UNBOUNDED_NAME.pattern != L.PROPER_NAME.pattern
    found = [(m.span(), m.group(0)) for line in lines for m in UNBOUNDED_NAME.finditer(" " + line)]
    assert len(found) > 1000
    assert [(m.span(), m.group(0)) for line in lines for m in L.PROPER_NAME.finditer(" " + line)] == found


STRUCK_PIECES = ["<s>", "</s>", "<S>", "</S >", "<del>", "</del>", "<strike class=x>", "</strike>", "~~", "~~a~~",
                 "a", " ", "\n", "<s", ">", "/", "~", "<del", "</"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(STRUCK_PIECES), max_size=16).map("".join))
def test_struck_text_is_deleted_as_the_plain_pattern_deletes_it(text):
    assert _delete_struck(text) == _STRUCK.subn("", text)


# ------------------------------------------------------------------ Word documents python-docx opens but cannot read

W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(tmp_path, edit) -> str:
    """A small Word proposal, its word/document.xml changed by ``edit``."""
    import io
    import zipfile

    import docx

    d = docx.Document()
    d.add_heading("Proposal", 1)
    d.add_paragraph("The Council proposes to close Oak School and move its pupils.")
    made = io.BytesIO()
    d.save(made)
    path = tmp_path / "proposal.docx"
    with zipfile.ZipFile(io.BytesIO(made.getvalue())) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, edit(data) if info.filename == "word/document.xml" else data)
    return str(path)


def test_a_bold_mark_with_a_value_word_does_not_allow_is_read_as_no_mark(tmp_path):
    """``<w:b w:val="maybe"/>``: python-docx raised InvalidXmlError, an internal error for the person."""
    lead = (b'<w:p><w:r><w:rPr><w:b w:val="maybe"/></w:rPr><w:t>Transport.</w:t></w:r>'
            b'<w:r><w:t> Pupils will travel by minibus.</w:t></w:r></w:p>')
    path = _word(tmp_path, lambda xml: xml.replace(b"<w:body>", b"<w:body>" + lead, 1))
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("paragraph", "Transport. Pupils will travel by minibus.") in blocks  # not a heading: not known to be bold
    assert check_document(path).overall == "not_credible"


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0"?><w:document ' + W + b'/>',  # no w:body
    b'<?xml version="1.0"?><w:document ' + W + b'><w:background/></w:document>',
    b'<?xml version="1.0"?><report/>',  # another root element
], ids=["no body", "a background, no body", "another root element"])
def test_a_word_document_without_a_body_is_refused_in_one_line(tmp_path, capsys, xml):
    """python-docx opened these, then reading the body was an AttributeError: an internal error."""
    from senrules.cli import main

    path = _word(tmp_path, lambda _: xml)
    assert main(["proposal", "check", path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"senrules: error: {path}: the Word document is damaged (its word/document.xml has no document body)\n"


def test_a_run_of_spaces_is_kept_up_to_its_limit(tmp_path):
    """A typed table's columns (a few spaces) are kept as written; only a run longer than SPACE_RUN is shortened."""
    from senrules_proposals.reader import SPACE_RUN

    path = tmp_path / "p.txt"
    path.write_text("Borough total" + " " * 43 + "82" + " " * 8 + "102\nNext" + " " * 5_000 + "line.\n", encoding="utf-8")
    [block] = read_document(path).blocks
    assert block.text == "Borough total" + " " * 43 + "82" + " " * 8 + "102 Next" + " " * SPACE_RUN + "line."


@pytest.mark.timeout(20)
def test_tables_nested_forty_deep_are_read_once_each(tmp_path):
    """Each level of a table nested in a table read every level below it again (14.6 s for 40 levels of 1,000
    characters; cubic in the depth): now each row has its own cells and text, and a nested table's rows follow."""
    level = b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + b"Oak School places " * 55 + b"</w:t></w:r></w:p>"
    nested = level * 40 + b"</w:tc></w:tr></w:tbl>" * 40
    path = _word(tmp_path, lambda xml: xml.replace(b"<w:body>", b"<w:body>" + nested, 1))
    rows = [b for b in read_document(path).blocks if b.kind == "row"]
    assert len(rows) == 40
    assert {r.cells for r in rows} == {(("Oak School places " * 55).strip(),)}
    assert check_document(path).overall == "not_credible"


def test_content_controls_around_rows_and_cells_keep_their_cells(tmp_path):
    table = (b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>School</w:t></w:r></w:p></w:tc>"
             b"<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>Places</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr>"
             b"<w:sdt><w:sdtContent><w:tr><w:tc><w:sdt><w:sdtContent><w:p><w:r><w:t>Oak School</w:t></w:r></w:p>"
             b"</w:sdtContent></w:sdt></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:sdtContent></w:sdt></w:tbl>")
    path = _word(tmp_path, lambda xml: xml.replace(b"<w:body>", b"<w:body>" + table, 1))
    rows = [(b.cells, b.header) for b in read_document(path).blocks if b.kind == "row"]
    assert rows == [(("School", "Places"), ("School", "Places")), (("Oak School", "12"), ("School", "Places"))]
