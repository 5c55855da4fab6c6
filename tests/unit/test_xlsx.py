"""senrules.xlsx reads a sheet's cells as openpyxl does (differential tests),
without importing openpyxl, and turns a damaged workbook into an XlsxError."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

openpyxl = pytest.importorskip("openpyxl")

from senrules.tables import read_table  # noqa: E402
from senrules.xlsx import Workbook, XlsxError, is_date_format  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(p for p in ROOT.glob("**/*.xlsx")
                 if ".venv" not in p.parts and ".git" not in p.parts and zipfile.is_zipfile(p))


def _openpyxl_rows(path, sheet):
    """(row number, {column: (value, number format)}) as openpyxl reads them."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "a serial number outside the limits for dates"
            rows = list(wb[sheet].iter_rows())
        for cells in rows:
            got = {c.column: (c.value, c.number_format) for c in cells if getattr(c, "value", None) is not None}
            number = next((c.row for c in cells if getattr(c, "row", None) is not None), None)
            if got:
                out.append((number, got))
        return wb.sheetnames, out
    finally:
        wb.close()


def _our_rows(path, sheet):
    with Workbook(path) as wb:
        out = []
        for number, cells in wb.rows(sheet):
            got = {c.column: (c.value, c.number_format) for c in cells if c.value is not None}
            if got:
                out.append((number, got))
        return wb.sheetnames, out


def _same(path):
    with Workbook(path) as wb:
        names = wb.sheetnames
    for sheet in names:
        assert _our_rows(path, sheet) == _openpyxl_rows(path, sheet), (path, sheet)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_bundled_workbook_reads_as_openpyxl_reads_it(path):
    assert BUNDLED
    _same(path)


cells = st.one_of(
    st.none(),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12).filter(lambda s: not s.startswith("=")),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)).map(lambda d: d.replace(microsecond=0)),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.times().map(lambda t: t.replace(microsecond=0)),
)
formats = st.sampled_from([None, "0%", "0.00%", "0.0", "#,##0", "dd/mm/yyyy", "[h]:mm", "@", '"Week "0', "mmm-yy"])


def _as_excel_writes(path: Path, extra: str = "") -> None:
    """Rewrite a workbook openpyxl saved (text inline in each cell) as
    Excel saves one: text in a shared-strings part, cells pointing into it;
    ``extra`` is one more string item's XML, put in cell Z1 of sheet1."""
    import re

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    items: list[bytes] = []

    def share(match):
        items.append(match.group(3))
        return b"<c " + match.group(1) + b't="s"' + match.group(2) + b"><v>%d</v></c>" % (len(items) - 1)

    for name in [n for n in parts if n.startswith("xl/worksheets/sheet")]:
        parts[name] = re.sub(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', share, parts[name])
    if extra:
        items.append(extra.encode())
        sheet = "xl/worksheets/sheet1.xml"
        cell = b'<c r="Z1" t="s"><v>%d</v></c>' % (len(items) - 1)
        if b'<row r="1"' in parts[sheet]:
            parts[sheet] = re.sub(rb'(<row r="1"[^>]*>.*?)</row>', lambda m: m.group(1) + cell + b"</row>", parts[sheet], count=1)
        else:
            parts[sheet] = parts[sheet].replace(b"<sheetData>", b'<sheetData><row r="1">' + cell + b"</row>", 1)
        parts[sheet] = re.sub(rb"<dimension [^>]*/>", b"", parts[sheet])
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = (b'<sst xmlns="' + main + b'">' + b"".join(b"<si>" + i + b"</si>" for i in items) + b"</sst>")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    path.write_bytes(_zip(parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grid=st.lists(st.lists(st.tuples(cells, formats), max_size=6), max_size=6),
       date1904=st.booleans(), skip=st.integers(0, 3), shared=st.booleans())
def test_generated_workbooks_read_as_openpyxl_reads_them(tmp_path_factory, grid, date1904, skip, shared):
    wb = openpyxl.Workbook()
    wb.epoch = openpyxl.utils.datetime.MAC_EPOCH if date1904 else openpyxl.utils.datetime.WINDOWS_EPOCH
    ws = wb.active
    ws.title = "Data"
    for r, row in enumerate(grid, 1 + skip):
        for c, (value, fmt) in enumerate(row, 1 + skip):
            cell = ws.cell(r, c, value)
            if fmt:
                cell.number_format = fmt
    wb.create_sheet("Other")["B2"] = "x"
    path = tmp_path_factory.mktemp("xlsx") / "generated.xlsx"
    wb.save(path)
    if shared:
        _as_excel_writes(path)
    _same(path)


def test_shared_rich_text_reads_as_excel_shows_it_without_its_phonetic_hints(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Year", "Pupils"])
    wb.save(tmp_path / "rich.xlsx")
    _as_excel_writes(tmp_path / "rich.xlsx", extra=(
        '<r><t xml:space="preserve">Children </t></r><r><rPr><b/></rPr><t>supported</t></r>'
        "<rPh sb=\"0\" eb=\"1\"><t>HINT</t></rPh>"
    ))
    _same(tmp_path / "rich.xlsx")
    with Workbook(tmp_path / "rich.xlsx") as book:
        first = dict(book.rows(book.sheetnames[0]))[1]
    assert [c.value for c in first] == ["Year", "Pupils", "Children supported"]


def test_a_formula_with_no_saved_value_is_named_with_its_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Year", "CYP supported"])
    ws.append([2023, 40])
    ws.append([2024, "=B2+4"])
    wb.save(tmp_path / "f.xlsx")
    with Workbook(tmp_path / "f.xlsx") as book:
        rows = dict(book.rows("Data"))
    assert rows[3][1].value is None and rows[3][1].formula == "=B2+4"


def test_date_and_time_formats_are_told_from_other_number_formats():
    assert is_date_format("dd/mm/yyyy") and is_date_format("[h]:mm") and not is_date_format('"days"0')
    assert not is_date_format("0.00%") and not is_date_format("[Red]0")


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def _good_parts(tmp_path) -> dict[str, bytes]:
    wb = openpyxl.Workbook()
    wb.active.append(["a", "b"])
    wb.active.append([1, 2])
    wb.save(tmp_path / "good.xlsx")
    with zipfile.ZipFile(tmp_path / "good.xlsx") as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("damage", ["no workbook", "broken sheet xml", "string index", "bad number"])
def test_a_damaged_workbook_is_a_table_error_naming_the_file(tmp_path, damage):
    parts = _good_parts(tmp_path)
    sheet = "xl/worksheets/sheet1.xml"
    if damage == "no workbook":
        del parts["xl/workbook.xml"]
    elif damage == "broken sheet xml":
        parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]
    elif damage == "string index":  # a shared string that is not there
        parts[sheet] = parts[sheet].replace(b'<c r="A1" t="inlineStr"><is><t>a</t></is>', b'<c r="A1" t="s"><v>99</v>')
    else:
        parts[sheet] = parts[sheet].replace(b"<v>1</v>", b"<v>one</v>")
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(_zip(parts))
    from senrules.tables import TableError

    with pytest.raises(TableError) as caught:
        read_table(path, shown="damaged.xlsx")
    message = str(caught.value)
    assert "damaged.xlsx" in message and "not an Excel workbook" in message


def test_reading_a_workbook_does_not_import_openpyxl():
    demo = ROOT / "senrules" / "demo" / "northshire" / "ob-indicators.xlsx"
    code = (
        "import sys; from senrules.tables import read_table; "
        f"t = read_table({str(demo)!r}); assert t.rows; "
        "print('openpyxl' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
