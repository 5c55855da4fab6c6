"""The cells of one sheet of an Excel ``.xlsx`` workbook, read with the
standard library (``zipfile`` and ``xml.etree``).

:mod:`senrules.tables` reads a workbook's sheet through :class:`Workbook`
instead of openpyxl: importing openpyxl takes about a quarter of a second
(it imports numpy when numpy is installed), more than everything else the
assistant does before its first question, and a table needs only the cells'
values and number formats.  The values are those openpyxl's read-only,
saved-values reading gives (``load_workbook(read_only=True,
data_only=True)``; ``tests/unit/test_xlsx.py`` compares the two on the
bundled workbooks and on generated ones):

- a number is an ``int`` when its saved text has no ``.`` or exponent,
  otherwise a ``float``;
- a number whose format is a date or time format (``d``, ``m``, ``y``,
  ``h`` or ``s`` outside quotes and brackets) is a ``datetime`` (or a
  ``time`` for a time of day, or a ``timedelta`` for an elapsed-time format
  such as ``[h]:mm``), counted from 1899-12-30 or, for a workbook saved with
  the 1904 date system, 1904-01-01; a serial number no date can hold is the
  text ``"#VALUE!"``;
- text (shared, inline or a formula's text result) is ``str``; ``TRUE`` and
  ``FALSE`` are ``bool``; an error such as ``#DIV/0!`` is its text;
- an empty cell, or a formula whose value was never saved, is None (the
  formula's text is in :attr:`Cell.formula`).

Two differences, both so that nothing in the file is lost: rows and columns
outside the sheet's declared size (its ``<dimension>``) are kept, where
openpyxl drops them; and a malformed part of the file is an
:class:`XlsxError`, never an ``IndexError`` or a ``KeyError``.

Writing workbooks (``senrules_tui.export``) still uses openpyxl; so does
naming the formula of a cell that shares another cell's formula
(:meth:`Workbook.rows` asks openpyxl to translate it, only then).
"""

from __future__ import annotations

import datetime as _dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import NamedTuple
from xml.etree import ElementTree

__all__ = ["Cell", "Workbook", "XlsxError", "is_date_format"]


class XlsxError(ValueError):
    """A zip file that is not a readable workbook; the message says which part."""


class Cell(NamedTuple):
    """One cell with a value or a formula: ``value`` as described in the
    module doc, ``number_format`` its format code (``"General"`` when it has
    none), ``formula`` the formula's text with its ``=`` (None for a plain
    value), ``column`` its column number (1 for column A)."""

    column: int
    value: object
    number_format: str
    formula: str | None = None


# The number formats built into Excel, by id (ECMA-376 part 1, 18.8.30),
# as openpyxl names them; an id not listed is "General".
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);("$"#,##0)', 6: '"$"#,##0_);[Red]("$"#,##0)',
    7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)",
    40: "#,##0.00_);[Red](#,##0.00)", 41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}

# Quoted text and bracketed colours or locales are not date parts; [h], [m]
# and [s] (elapsed time) are.
_NOT_DATE_PARTS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_PART = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_ELAPSED = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_COLUMN = re.compile(r"([A-Za-z]{1,3})")

WINDOWS_EPOCH = _dt.datetime(1899, 12, 30)
MAC_EPOCH = _dt.datetime(1904, 1, 1)


def is_date_format(fmt: str | None) -> bool:
    """Whether a number format shows a date or a time (its first section)."""
    if fmt is None:
        return False
    return _DATE_PART.search(_NOT_DATE_PARTS.sub("", fmt.split(";")[0])) is not None


def _is_elapsed_format(fmt: str) -> bool:
    return _ELAPSED.search(fmt.split(";")[0]) is not None


def from_serial(value: float, epoch: _dt.datetime, elapsed: bool = False):
    """The date, time of day or elapsed time an Excel serial number stands for."""
    if elapsed:
        td = _dt.timedelta(days=value)
        if td.microseconds:  # to the millisecond, as Excel shows it
            td = _dt.timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = _dt.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        minutes, seconds = divmod(diff.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return _dt.time(hours, minutes, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1  # Excel counts a 29 February 1900 that never was
    return epoch + _dt.timedelta(days=day) + diff


def _local(tag: str) -> str:
    """An element's or attribute's name without its namespace."""
    return tag.rpartition("}")[2]


def _attr(element, name: str):
    """Attribute ``name`` in any namespace (``r:id`` whatever ``r`` is bound to)."""
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _text(element) -> str:
    """A string item's text: its own ``<t>`` and its runs' ``<t>``, not its
    phonetic hints (as Excel shows it, and openpyxl reads it)."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts).replace("x005F_", "")


def _column_number(reference: str) -> int | None:
    match = _COLUMN.match(reference)
    if match is None:
        return None
    number = 0
    for char in match.group(1).upper():
        number = number * 26 + ord(char) - 64
    return number


class Workbook:
    """An open ``.xlsx`` workbook: its sheet names, and the rows of a sheet.
    Use it as a context manager, or call :meth:`close`."""

    def __init__(self, path):
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as err:
            raise XlsxError(f"not a zip file ({type(err).__name__})") from None
        try:
            self._read_workbook()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self._zip.close()

    # ------------------------------------------------------------ parts

    def _xml(self, name: str):
        try:
            with self._zip.open(name) as part:
                return ElementTree.parse(part).getroot()
        except KeyError:
            raise XlsxError(f"it has no {name}") from None
        except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError) as err:
            raise XlsxError(f"its {name} cannot be read ({type(err).__name__})") from None

    def _relations(self, owner: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, part name) of the relationships of part ``owner``."""
        folder, name = posixpath.split(owner)
        rels = posixpath.join(folder, "_rels", name + ".rels")
        if rels not in self._names:
            return {}
        out = {}
        for rel in self._xml(rels):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id")] = (rel.get("Type") or "", part)
        return out

    def _read_workbook(self) -> None:
        self._names = set(self._zip.namelist())
        main = next((part for kind, part in self._relations("").values() if kind.endswith("/officeDocument")),
                    "xl/workbook.xml")
        root = self._xml(main)
        rels = self._relations(main)
        self.epoch = WINDOWS_EPOCH
        self._sheets: dict[str, tuple[str, str]] = {}
        for element in root.iter():
            name = _local(element.tag)
            if name == "workbookPr" and (element.get("date1904") or "").lower() in ("1", "true"):
                self.epoch = MAC_EPOCH
            elif name == "sheet":
                title = element.get("name")
                kind, part = rels.get(_attr(element, "id"), ("", ""))
                if title is not None and part in self._names:
                    self._sheets[title] = (kind, part)
        by_kind = {kind.rpartition("/")[2]: part for kind, part in rels.values()}
        self._strings_part = by_kind.get("sharedStrings")
        self._styles_part = by_kind.get("styles")
        self._strings: list[str] | None = None
        self._formats: list[str] | None = None

    @property
    def sheetnames(self) -> list[str]:
        """The sheets' names, in the workbook's order."""
        return list(self._sheets)

    def _shared_strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            if self._strings_part in self._names:
                self._strings = [_text(si) for si in self._xml(self._strings_part) if _local(si.tag) == "si"]
        return self._strings

    def _style_formats(self) -> list[str]:
        """The number format of each cell style, by style index."""
        if self._formats is None:
            self._formats = []
            if self._styles_part in self._names:
                root = self._xml(self._styles_part)
                custom = {}
                for element in root.iter():
                    if _local(element.tag) == "numFmt":
                        try:
                            custom[int(element.get("numFmtId"))] = element.get("formatCode") or "General"
                        except (TypeError, ValueError):
                            continue
                for element in root:
                    if _local(element.tag) == "cellXfs":
                        for xf in element:
                            try:
                                ident = int(xf.get("numFmtId") or 0)
                            except ValueError:
                                ident = 0
                            self._formats.append(custom.get(ident) or BUILTIN_FORMATS.get(ident, "General"))
        return self._formats

    # ------------------------------------------------------------ rows

    def rows(self, sheet: str) -> Iterator[tuple[int, list[Cell]]]:
        """``(row number, cells)`` for each row of ``sheet`` written in the
        file, in order; ``cells`` are those with a value or a formula."""
        kind, part = self._sheets[sheet]
        if kind and not kind.endswith("/worksheet"):
            raise XlsxError(f'sheet "{sheet}" is a {kind.rpartition("/")[2]}, not a worksheet of cells')
        strings = self._shared_strings()
        formats = self._style_formats()
        dates = {i for i, fmt in enumerate(formats) if is_date_format(fmt)}
        elapsed = {i for i in dates if _is_elapsed_format(formats[i])}
        shared: dict[str, tuple[str, str]] = {}
        row_number = 0
        try:
            with self._zip.open(part) as source:
                for _, element in ElementTree.iterparse(source):
                    if _local(element.tag) != "row":
                        continue
                    r = element.get("r")
                    try:
                        row_number = int(float(r)) if r is not None else row_number + 1
                    except ValueError:
                        raise XlsxError(f"{part} has a row numbered {r!r}") from None
                    cells = []
                    column = 0
                    for c in element:
                        if _local(c.tag) != "c":
                            continue
                        reference = c.get("r")
                        column = (_column_number(reference) if reference else None) or column + 1
                        cell = self._cell(c, column, reference, strings, formats, dates, elapsed, shared, part)
                        if cell is not None:
                            cells.append(cell)
                    element.clear()
                    yield row_number, cells
        except (ElementTree.ParseError, zipfile.BadZipFile, EOFError, OSError) as err:
            raise XlsxError(f"its {part} cannot be read ({type(err).__name__})") from None

    def _cell(self, c, column, reference, strings, formats, dates, elapsed, shared, part) -> Cell | None:
        kind = c.get("t", "n")
        try:
            style = int(c.get("s") or 0)
        except ValueError:
            style = 0
        fmt = formats[style] if 0 <= style < len(formats) else "General"
        raw = formula = None
        inline = None
        for child in c:
            name = _local(child.tag)
            if name == "v":
                raw = child.text or None
            elif name == "f":
                formula = self._formula(child, reference, shared)
            elif name == "is":
                inline = child
        value = None
        if kind == "inlineStr":
            value = _text(inline) if inline is not None else None
        elif raw is not None:
            try:
                if kind == "n":
                    value = float(raw) if ("." in raw or "e" in raw or "E" in raw) else int(raw)
                    if style in dates:
                        try:
                            value = from_serial(value, self.epoch, style in elapsed)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif kind == "s":
                    value = strings[int(raw)]
                elif kind == "b":
                    value = bool(int(raw))
                elif kind == "d":
                    value = _dt.datetime.fromisoformat(raw.removesuffix("Z"))
                else:  # "str" (a formula's text), "e" (an error such as #N/A)
                    value = raw
            except (ValueError, IndexError):
                where = f" {reference}" if reference else ""
                raise XlsxError(f"cell{where} of {part} holds {raw[:40]!r}, which is not a {kind!r} value") from None
        if value is None and formula is None:
            return None
        return Cell(column, value, fmt, formula)

    def _formula(self, f, reference, shared) -> str:
        text = "=" + (f.text or "")
        if f.get("t") == "shared":
            index = f.get("si")
            if f.text:
                shared.setdefault(index, (text, reference))
            elif index in shared and reference:
                master, origin = shared[index]
                try:  # rare (a shared formula with no saved value): openpyxl translates it
                    from openpyxl.formula.translate import Translator

                    text = Translator(master, origin).translate_formula(reference)
                except Exception:  # noqa: BLE001 - the master formula is still a fair description
                    text = master
        return text
