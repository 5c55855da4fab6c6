"""Write the Word documents of the dev-blind4 proposal corpus.

Each document is a list of blocks: ("h1"|"h2"|"h3", text), ("p", text),
("lead", bold_lead, rest), ("num", text) numbered list, ("bullet", text),
("table", [header, row, ...]), ("sdt", title, [paragraph, ...]) paragraphs
inside a content control (w:sdt), as a council template's fill-in boxes are;
("textbox", [paragraph, ...]) a floating text box; ("pagebreak",).

Run:  python tests/data/proposals/dev-blind4/build_docx.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_content import DOCUMENTS  # noqa: E402


def _sdt(document, title: str, paragraphs: list[str]) -> None:
    """Append a block-level content control holding *paragraphs*."""
    body = document.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), title)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), title.lower().replace(" ", "_"))
    pr.append(alias)
    pr.append(tag)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    for text in paragraphs:
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        p.append(r)
        content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before the final sectPr


def _textbox(document, paragraphs: list[str]) -> None:
    """Append a floating VML text box (as Word writes a 'Key facts' box) holding *paragraphs*."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in paragraphs
    )
    xml = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
        '<v:shape id="keyfacts" type="#_x0000_t202" style="width:420pt;height:110pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></w:r></w:p>"
    )
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def build(blocks: list[tuple], out: Path) -> None:
    document = Document()
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            document.add_heading(block[1], level=int(kind[1]))
        elif kind == "title":
            document.add_heading(block[1], level=0)
        elif kind == "p":
            document.add_paragraph(block[1])
        elif kind == "lead":
            p = document.add_paragraph()
            p.add_run(block[1]).bold = True
            p.add_run(" " + block[2])
        elif kind == "num":
            document.add_paragraph(block[1], style="List Number")
        elif kind == "bullet":
            document.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        elif kind == "sdt":
            _sdt(document, block[1], block[2])
        elif kind == "textbox":
            _textbox(document, block[1])
        elif kind == "pagebreak":
            document.add_page_break()
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    # fixed core properties, so a rebuild gives the same text
    props = document.core_properties
    props.author = props.last_modified_by = "dev-blind4"
    props.created = props.modified = datetime(2027, 1, 1, tzinfo=timezone.utc)
    props.revision = 1
    document.save(out)
    _fix_zip_times(out)


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx with fixed entry times, so a rebuild gives the same bytes."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            new.writestr(zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())


def main() -> None:
    here = Path(__file__).resolve().parent
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else here
    for name, blocks in DOCUMENTS.items():
        build(blocks, out_dir / f"{name}.docx")
        print(out_dir / f"{name}.docx")


if __name__ == "__main__":
    main()
