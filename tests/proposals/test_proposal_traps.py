"""The traps of issue 10 and the hostile inputs of issue 14, one by one:
what the person sees (verdicts, messages), on small documents."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from senrules.cli import main
from senrules_proposals import DocumentError, check_document, extract, read_document
from senrules_proposals.reader import _split

TITLE = "# Proposal for special educational provision\n\n"


def verdicts(write, text, name="p.md"):
    return check_document(write(TITLE + text, name)).verdicts()


# ------------------------------------------------------------------ places


def test_a_places_table_gives_the_places_before_and_after(write):
    v = verdicts(write, """
## Places

| Setting | Places now | Places from September 2027 |
| --- | --- | --- |
| Borough total | 126 | 180 |
""")
    assert v["d"] == "met"


def test_places_before_and_after_in_prose(write):
    assert verdicts(write, "Specialist places. Borough total: 126 now; 180 from September 2027.\n")["d"] == "met"


def test_create_up_to_thirty_places(write):
    assert verdicts(write, "The Council will create up to 30 special school places at the new satellite.\n")["d"] == "met"


def test_more_places_without_a_number_is_unclear(write):
    assert verdicts(write, "The new base will give more places for children with autism.\n")["d"] == "unclear"


def test_a_word_table_of_places(docx_of):
    path = docx_of([
        ("p", "The Council proposes to enlarge Fairhaven School."),
        ("h1", "Places"),
        ("table", [["Provision", "Places now", "Places from September 2026"], ["County total", "110", "130"]]),
    ])
    assert check_document(path).verdicts()["d"] == "met"


def _merged_header_table(tmp_path, rows, merges, name="merged.docx"):
    """A Word proposal whose places table has header cells merged over
    several columns (``merges``: (row, column, row, column) corners)."""
    import docx

    d = docx.Document()
    d.add_heading("Proposal for special educational provision", level=0)
    d.add_paragraph("The Council proposes to close Ash House School and to enlarge Elm School.")
    d.add_heading("Places", level=1)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for a, b, c, e in merges:
        table.cell(a, b).merge(table.cell(c, e))
    d.save(tmp_path / name)
    return tmp_path / name


def test_a_word_table_whose_merged_header_cells_have_parts_and_a_total(tmp_path):
    """"Now" and "From September 2027" each merged over "KS1 | KS2 | Total": each time's figure is its total
    column, not the first and last figures of the row (KS1 now, the total after)."""
    rows = [["School", "Now", "", "", "From September 2027", "", ""],
            ["", "KS1", "KS2", "Total", "KS1", "KS2", "Total"],
            ["Ash House", "8", "20", "28", "0", "0", "0"],
            ["Elm School", "12", "28", "40", "18", "46", "64"],
            ["Borough total", "20", "48", "68", "18", "46", "64"]]
    merges = [(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)]
    assert check_document(_merged_header_table(tmp_path, rows, merges)).verdicts()["d"] == "not_met"
    rows[-1] = ["Borough total", "20", "48", "68", "24", "56", "80"]
    rows[-2] = ["Elm School", "12", "28", "40", "24", "56", "80"]
    assert check_document(_merged_header_table(tmp_path, rows, merges, "more.docx")).verdicts()["d"] == "met"


def test_a_word_table_whose_merged_header_cell_has_parts_without_a_total(tmp_path):
    """"Places from September 2027" merged over "Resourced | Short-stay": the places after are their sum."""
    rows = [["Provision", "Places now", "Places from September 2027", ""],
            ["", "", "Resourced", "Short-stay"],
            ["Ash Centre", "16", "0", "0"],
            ["Elm base", "0", "24", "0"],
            ["Total", "16", "24", "0"]]
    merges = [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1)]
    assert check_document(_merged_header_table(tmp_path, rows, merges)).verdicts()["d"] == "met"
    rows[-2], rows[-1] = ["Elm base", "0", "8", "4"], ["Total", "16", "8", "4"]
    assert check_document(_merged_header_table(tmp_path, rows, merges, "fewer.docx")).verdicts()["d"] == "not_met"


def _nested_places_table(tmp_path, after: str):
    """A Word proposal whose places table has, in each school's "Places"
    cell, a table of its own ("Now | September 2028" over "90 | <after>")."""
    import docx

    d = docx.Document()
    d.add_heading("Proposal for special educational provision", level=0)
    d.add_paragraph("Greenacre School will grow from 90 to 150 places from 1 September 2028.")
    d.add_heading("Places", level=1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "School", "Places"
    table.cell(1, 0).text = "Greenacre School"
    inner = table.cell(1, 1).add_table(rows=2, cols=2)
    for c, (head, figure) in enumerate((("Now", "90"), ("September 2028", after))):
        inner.cell(0, c).text, inner.cell(1, c).text = head, figure
    d.save(tmp_path / f"nested-{after}.docx")
    return tmp_path / f"nested-{after}.docx"


def test_a_word_table_nested_in_a_cell_gives_that_schools_places(tmp_path):
    """The nested table's rows are the school's: 156 there against "from 90 to 150" in the prose contradict."""
    assert check_document(_nested_places_table(tmp_path, "156")).verdicts()["d"] == "unclear"
    assert check_document(_nested_places_table(tmp_path, "150")).verdicts()["d"] == "met"


# ------------------------------------------------------------------ providers and para 23


def test_a_pru_named_once_by_an_alias_is_recognised_later(write):
    v = verdicts(write, """
Hill School, a special school for pupils with SEMH needs, will close on 31 July 2026.

Twenty pupils will transfer to Oak School, an SEMH special school, which has confirmed in writing that it will admit them.

The Beacon Centre (the county's pupil referral unit) has space for the others.

The remaining 18 pupils will go to the Beacon Centre on a permanent basis.
""")
    assert v["para23"] == "not_met"


def test_a_short_bridge_in_a_pru_with_special_places_named_meets_para23(write):
    v = verdicts(write, """
Hill School, a special school for pupils with BESD, will close on 31 December 2026.

Every pupil will have a special school place at Oak School from January 2027. Until then up to six pupils may attend the Orchard Pupil Referral Unit for no more than six weeks.
""")
    assert v["para23"] == "met"


def test_providers_are_listed_with_kind_and_alias(write):
    ex = extract(read_document(write(TITLE + "18 pupils will be placed at the Beacon Centre (the county's pupil referral unit).\n")))
    beacon = next(p for p in ex.providers if p.name == "Beacon Centre")
    assert beacon.kind == "pru" and "the county's pupil referral unit" in beacon.aliases


# ------------------------------------------------------------------ (ii) nobody displaced


@pytest.mark.parametrize("sentence", [
    "This is new provision. No pupil will be displaced.",
    "No existing pupil will have to move school.",
    "The school will expand from 150 to 190 places on its current site.",
])
def test_new_or_enlarged_provision_makes_ii_not_applicable(write, sentence):
    assert verdicts(write, sentence + "\n")["ii"] == "not_applicable"


def test_a_closure_without_destinations_is_not_met(write):
    assert verdicts(write, "Bramble Lodge School will close on 31 August 2027.\n")["ii"] == "not_met"


# ------------------------------------------------------------------ generic words, hedges


def test_generic_words_do_not_make_accommodation_specific(write):
    assert verdicts(write, "Pupils will move to accommodation better suited to their needs.\n")["c"] == "unclear"


def test_a_hedge_governs_only_its_clause(write):
    v = verdicts(write, "All 12 pupils will transfer to Oak School, which has confirmed in writing that it will receive them. "
                        "We intend to publish the decision in March.\n")
    assert v["ii"] == "met"


def test_places_to_be_confirmed_are_not_arrangements(write):
    v = verdicts(write, "Hill School will close. Six pupils will be offered places at Foxhill School (to be confirmed).\n")
    assert v["ii"] == "not_met"


# ------------------------------------------------------------------ refusing what is not a proposal


@pytest.mark.parametrize("text, words", [
    ("", "is empty"),
    ("\n\n   \n", "is empty"),
    ("Preheat the oven to 180C. Mix the flour and the butter, then bake for twenty minutes.\n", "does not look like a proposal"),
])
def test_an_empty_or_unrelated_document_is_refused(capsys, write, text, words):
    code = main(["proposal", "check", str(write(text, "x.md"))])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and words in err and err.count("\n") == 1


# ------------------------------------------------------------------ hostile input (issue 14)


def test_dev_zero_is_refused_without_reading_it():
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "proposal.md"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(fifo)


def test_a_docx_that_unpacks_too_large_is_refused_before_unpacking(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * 60_000_000 + b"</w:document>")
    path = tmp_path / "bomb.docx"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 1_000_000
    with pytest.raises(DocumentError, match="unpacks|too large once unpacked"):
        read_document(path)


def test_text_in_word_content_controls_is_read(tmp_path):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "data" / "proposals" / "dev" / "make_docx.py"
    spec = importlib.util.spec_from_file_location("dev_make_docx", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = module.build([("title", "Proposal"), ("sdt", "Eligible pupils will travel by taxi under the Council's SEND Transport Policy.")],
                        tmp_path / "cc.docx")
    doc = read_document(path)
    assert any("travel by taxi" in b.text for b in doc.blocks)


def test_the_sentence_splitter_splits_a_40000_character_line():
    line = "See para. 4 of the plan. " * 1600  # 40,000 characters, every break next to an abbreviation
    parts = _split(line)
    assert len(line) == 40_000 and len(parts) == 1600
    assert all(text.startswith("See para. 4") for _, text in parts)
