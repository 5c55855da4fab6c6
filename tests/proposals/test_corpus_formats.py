"""The same proposal in another format gets the same verdicts: every
Markdown document of the development corpora, written again as plain text
(headings as lines of their own, tables as columns set apart by spaces) and
as Word (heading styles, list styles, bold lead-ins, Word tables), must give
the verdicts its NAME.expected.toml gives."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from senrules_proposals import check_document

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
DEV_FOLDERS = ("dev", "dev-former-heldout", "dev-former-heldout2", "dev-former-heldout3", "dev-blind4",
               "dev-former-heldout4")  # as test_corpus.DEV_FOLDERS
MARKDOWN = sorted(p for folder in DEV_FOLDERS for p in (DATA / folder).glob("*.md")
                  if (p.parent / (p.stem + ".expected.toml")).exists())  # not README.md, REVIEW.md


def as_plain_text(md: str) -> str:
    text = re.sub(r"(?m)^(\s*)\* ", r"\1- ", md)  # a list stays a list
    text = re.sub(r"(?m)^#+\s*", "", text).replace("**", "").replace("*", "")
    text = "\n".join(line for line in text.splitlines() if not re.match(r"^\s*\|?\s*-{3,}", line))
    return re.sub(r"(?m)^\|\s*(.*?)\s*\|\s*$", lambda m: "   ".join(c.strip() or "-" for c in m.group(1).split("|")), text)


_TRACKED = re.compile(r"~~(.+?)~~|\*\*\[Inserted:\s*(.+?)\]\*\*")


def _tracked_paragraph(d, text: str, style: str | None = None):
    """A paragraph with Markdown's tracked changes as Word's own: struck text
    (``~~...~~``) a deleted run (``w:del``), "**[Inserted: ...]**" an
    inserted one (``w:ins``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = d.add_paragraph(style=style)
    at = 0
    for k, m in enumerate(_TRACKED.finditer(text)):
        p.add_run(text[at:m.start()].replace("**", "").replace("*", ""))
        change = OxmlElement("w:del" if m.group(1) else "w:ins")
        change.set(qn("w:id"), str(k + 1))
        change.set(qn("w:author"), "corpus")
        run, part = OxmlElement("w:r"), OxmlElement("w:delText" if m.group(1) else "w:t")
        part.text = m.group(1) or m.group(2)
        part.set(qn("xml:space"), "preserve")
        run.append(part)
        change.append(run)
        p._p.append(change)
        at = m.end()
    p.add_run(text[at:].replace("**", "").replace("*", ""))
    return p


def as_word(md: str, path: Path) -> Path:
    import docx

    d = docx.Document()
    for block in re.split(r"\n\s*\n", md):
        lines = []
        for line in block.splitlines():
            if not line.strip():
                continue
            if lines and re.match(r"^\s{2,}\S", line) and re.match(r"^\s*(?:[-*]|\d+\.) ", lines[-1]):
                lines[-1] += " " + line.strip()  # a list item's continuation line stays in the item
            else:
                lines.append(line)
        if not lines:
            continue
        if lines[0].lstrip().startswith("|"):
            rows = [[c.strip().strip("*") for c in line.strip().strip("|").split("|")]
                    for line in lines if not set(line.strip()) <= set("|-: ")]
            table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        para = []
        for line in lines:
            if line.startswith("#"):
                d.add_heading(line.lstrip("# ").strip(), level=min(len(line) - len(line.lstrip("#")), 4))
            elif re.match(r"^\s*[-*] ", line):
                d.add_paragraph(re.sub(r"^\s*[-*] ", "", line).replace("**", ""), style="List Bullet")
            elif re.match(r"^\s*\d+\. ", line) and "~~" in line:
                _tracked_paragraph(d, re.sub(r"^\s*\d+\. ", "", line), style="List Number")
            elif re.match(r"^\s*\d+\. ", line):
                d.add_paragraph(re.sub(r"^\s*\d+\. ", "", line).replace("**", ""), style="List Number")
            else:
                para.append(line)
        if para:
            text = " ".join(para)
            lead = re.match(r"^\*\*(.+?)\*\*\s*(.*)$", text)
            if "~~" in text:
                _tracked_paragraph(d, text)
            elif lead:
                p = d.add_paragraph()
                p.add_run(lead.group(1) + " ").bold = True
                p.add_run(lead.group(2).replace("**", ""))
            else:
                d.add_paragraph(text.replace("**", "").replace("*", ""))
    d.save(path)
    return path


def _known_misses() -> dict[str, set[str]]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("_test_corpus", Path(__file__).with_name("test_corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.KNOWN_MISSES


KNOWN_MISSES = _known_misses()


def expected(md: Path) -> dict:
    return tomllib.loads((md.parent / (md.stem + ".expected.toml")).read_text(encoding="utf-8"))["factors"]


def same_as_expected(md: Path, got: dict) -> None:
    """The verdicts ``got`` for ``md`` in another format are the expected
    ones, but for a verdict the Markdown reading still misses (KNOWN_MISSES
    in test_corpus.py), which must agree with the Markdown reading or be the
    expected verdict."""
    want = expected(md)
    known = KNOWN_MISSES.get(f"{md.parent.name}/{md.stem}", set())
    if known:
        from_markdown = check_document(md).verdicts()
        want = {f: (got[f] if f in known and got[f] in (from_markdown[f], v) else from_markdown[f] if f in known else v)
                for f, v in want.items()}
    assert got == want


@pytest.mark.parametrize("md", MARKDOWN, ids=[f"{p.parent.name}/{p.stem}" for p in MARKDOWN])
def test_as_plain_text(tmp_path, md):
    path = tmp_path / (md.stem + ".txt")
    path.write_text(as_plain_text(md.read_text(encoding="utf-8")), encoding="utf-8")
    same_as_expected(md, check_document(path).verdicts())


@pytest.mark.parametrize("md", MARKDOWN, ids=[f"{p.parent.name}/{p.stem}" for p in MARKDOWN])
def test_as_word(tmp_path, md):
    path = as_word(md.read_text(encoding="utf-8"), tmp_path / (md.stem + ".docx"))
    same_as_expected(md, check_document(path).verdicts())
