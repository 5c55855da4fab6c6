"""Tables for evidence plugins: CSV and Excel ``.xlsx``, every cell located.

:func:`read_table` reads one table (a CSV file, or one sheet of a workbook)
and refuses, with a :class:`TableError` naming the file and sheet, what cannot
be a table: a missing or empty file, a file that is not what its extension
says (an ``.xlsx`` that is CSV text, a ``.csv`` that is a workbook, an old
``.xls``), a sheet that does not exist (the closest is suggested), a sheet
with a header row but no data.

:meth:`Table.columns` finds the columns a plugin needs, matching headers
without regard to case, spacing and punctuation, and names a missing column
with the closest header ("did you mean").  The cell parsers (:func:`number`,
:func:`percentage`, :func:`year`, :func:`date`, :func:`boolean`) raise
:class:`CellError` with a message that :meth:`Table.problem` places at the
row and column.

Row numbers are those a spreadsheet shows: the header is row 1 of a CSV
file, and a sheet's rows keep their numbers.  Wholly blank rows are skipped.
"""

from __future__ import annotations

import csv
import datetime as _dt
import difflib
import io
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from senrules.errors import InputError
from senrules.evidence import Provenance
from senrules.gather import Problem
from senrules.inputs import LIMITS

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_BYTES = LIMITS["table"]
"""The largest table file read (see :data:`senrules.inputs.LIMITS`)."""


class TableError(InputError):
    """A file or sheet that cannot be read as a table; ``problem`` says where."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class CellError(ValueError):
    """A cell that does not hold what its column needs."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@attrs.frozen
class Unreadable:
    """A cell with no value that can be read, which must not pass for an
    empty cell: a formula whose value was never saved, or a cell missing
    from a CSV row shorter than its header.  Every cell parser raises
    :class:`CellError` with ``why``; :func:`blank` is false for it."""

    why: str

    def __str__(self) -> str:
        return ""


def _readable(value) -> None:
    if type(value) is Unreadable:
        raise CellError(value.why)


@attrs.frozen
class Row:
    """A row of data: its number in the file or sheet and its cells (one per
    header column; None for an empty cell)."""

    number: int
    cells: tuple

    def __getitem__(self, index: int):
        return self.cells[index] if 0 <= index < len(self.cells) else None


@attrs.frozen
class Table:
    """One table: header, rows, and where it came from."""

    file: str  # as shown in messages
    sheet: str | None
    header: tuple[str, ...]
    header_row: int
    rows: tuple[Row, ...]
    source: str = "table"  # the plugin reading it, for problems and provenance

    def problem(self, message: str, row: int | None = None, column: int | str | None = None,
                facts: Iterable[str] = (), severity: str = "error") -> Problem:
        """A :class:`Problem` at a row and column (an index or a header)."""
        if isinstance(column, int):
            column = self.header[column] if 0 <= column < len(self.header) else None
        return Problem(message, plugin=self.source, file=self.file, sheet=self.sheet, row=row,
                       column=column, facts=tuple(facts), severity=severity)

    def provenance(self, row: int | None, column: int | str | None = None, *,
                   as_of: _dt.date | None = None, record: str | None = None) -> Provenance:
        if isinstance(column, int):
            column = self.header[column] if 0 <= column < len(self.header) else None
        return Provenance(self.source, file=self.file, sheet=self.sheet, row=row, column=column,
                          record=record, as_of=as_of)

    def columns(self, wanted: Mapping[str, Sequence[str] | str], *, optional: Iterable[str] = ()) -> dict[str, int | None]:
        """Find columns: ``wanted`` maps a key to the header (or headers) that
        may hold it, the first being the name to suggest.  Returns key ->
        column index (None for an optional key that is absent); raises
        :class:`TableError` for a missing required column, with the closest
        header suggested, or for two columns with the same name."""
        optional = set(optional)
        norm = [normalise(h) for h in self.header]
        found: dict[str, int | None] = {}
        missing: list[str] = []
        for key, names in wanted.items():
            names = [names] if isinstance(names, str) else list(names)
            hits = []
            for name in names:
                n = normalise(name)
                hits = [i for i, h in enumerate(norm) if h == n]
                if hits:
                    break
            if len(hits) > 1:
                raise TableError(self.problem(
                    f'two columns are called "{self.header[hits[0]]}"; keep one', row=self.header_row,
                ))
            if hits:
                found[key] = hits[0]
                continue
            if key in optional and self._closest(names[0]) is None:
                found[key] = None
                continue
            missing.append(names[0])
        if missing:  # every missing column in one message, so one fix of the file is enough
            raise TableError(self.problem(self.missing_columns_message(missing), row=self.header_row))
        return found

    def _closest(self, name: str) -> str | None:
        """The header most like ``name`` (a likely misspelling), if any."""
        taken = [h for h in self.header if h]
        close = difflib.get_close_matches(normalise(name), [normalise(h) for h in taken], n=1, cutoff=0.75)
        return next(h for h in taken if normalise(h) == close[0]) if close else None

    def missing_columns_message(self, names: Sequence[str]) -> str:
        """No columns ``names``: each with the closest header suggested, then
        the headers there are."""
        if len(names) == 1:
            return self.missing_column_message(names[0])
        each = []
        for name in names:
            original = self._closest(name)
            each.append(f'"{name}"' + (f' (did you mean "{original}"?)' if original else ""))
        listed = ", ".join(f'"{h}"' for h in self.header if h)
        return f"no columns {', '.join(each[:-1])} and {each[-1]} (the columns are {listed})"

    def missing_column_message(self, name: str) -> str:
        """No column ``name``: with the closest header suggested (a column
        that is optional but looks misspelt is reported the same way)."""
        original = self._closest(name)
        hint = f'; did you mean "{original}"?' if original else ""
        listed = ", ".join(f'"{h}"' for h in self.header if h)
        return f'no column "{name}"{hint} (the columns are {listed})'


def normalise(name) -> str:
    """A header as compared: lower case, punctuation and spacing collapsed."""
    return " ".join(re.sub(r"[^0-9a-z%]+", " ", str(name or "").lower()).split())


# ------------------------------------------------------------------ reading


def read_table(path: str | os.PathLike, *, sheet: str | None = None, shown: str | None = None,
               source: str = "table") -> Table:
    """Read a CSV file or one sheet of an ``.xlsx`` workbook (the first sheet
    unless ``sheet`` names one).  ``shown`` is the file name used in messages
    (default: ``path`` as given)."""
    path = Path(path)
    shown = shown or str(path)

    def fail(message: str, sheet_name: str | None = None, row: int | None = None):
        return TableError(Problem(message, plugin=source, file=shown, sheet=sheet_name, row=row))

    from senrules.inputs import InputRefused, read_bytes

    try:
        data = read_bytes(path, what="table", limit=MAX_BYTES, shown=shown)
    except InputRefused as err:
        raise fail(err.message.removeprefix(f"{shown}: ")) from None
    suffix = path.suffix.lower()
    if not data.strip():
        raise fail("the file is empty")
    if suffix in XLSX_SUFFIXES:
        if data.startswith(_OLE):
            raise fail("is an old Excel 97-2003 workbook, not .xlsx: open it and save it as .xlsx")
        if not data.startswith(_ZIP):
            if _looks_like_text(data):
                raise fail(f"is text, not an Excel {suffix} workbook (a CSV file renamed?): rename it .csv")
            raise fail(f"is not an Excel {suffix} workbook")
        from senrules.inputs import check_zip

        try:
            check_zip(path, what="table", shown=shown)
        except InputRefused as err:
            raise fail(err.message.removeprefix(f"{shown}: ")) from None
        return _read_xlsx(path, sheet, shown, source, fail)
    if suffix in TEXT_SUFFIXES:
        if data.startswith(_ZIP):
            raise fail(f"is an Excel workbook (or another zip file), not {suffix[1:].upper()} text: rename it .xlsx")
        if data.startswith(_OLE):
            raise fail(f"is an old Excel 97-2003 workbook, not {suffix[1:].upper()} text: save it as CSV or .xlsx")
        if b"\x00" in data[:4096]:
            raise fail(f"is not a text file, so it cannot be {suffix[1:].upper()}")
        if sheet is not None:
            raise fail(f'a {suffix[1:].upper()} file has no sheets, but sheet "{sheet}" was asked for')
        return _read_csv(data, shown, source, fail, delimiter="\t" if suffix == ".tsv" else None)
    raise fail(f"cannot read {suffix or 'files without an extension'}: give a .csv or .xlsx file")


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start > len(sample) - 4  # a character cut at the end of the sample
    return True


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows


def _read_csv(data: bytes, shown, source, fail, delimiter=None) -> Table:
    text = _decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if delimiter is None:
        delimiter = max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as err:
        raise fail(f"is not valid CSV ({err})") from None
    numbered = [(i, rec) for i, rec in enumerate(records, 1) if any(c.strip() for c in rec)]
    return _table(numbered, shown, None, source, fail, short_rows=True)


def _read_xlsx(path: Path, sheet: str | None, shown, source, fail) -> Table:
    from senrules.xlsx import Workbook, XlsxError  # the standard library's zip and XML, not openpyxl

    try:
        with Workbook(path) as wb:
            names = wb.sheetnames
            if sheet is None:
                if not names:
                    raise fail("the workbook has no sheets")
                sheet = names[0]
            elif sheet not in names:
                close = difflib.get_close_matches(sheet, names, n=1)
                hint = f'; did you mean "{close[0]}"?' if close else ""
                listed = ", ".join(f'"{n}"' for n in names)
                raise fail(f'no sheet "{sheet}"{hint} (the sheets are {listed})')
            numbered = []
            for number, cells in wb.rows(sheet):
                values = [None] * max((cell.column for cell in cells), default=0)
                for cell in cells:
                    value, fmt = cell.value, cell.number_format
                    if value is None and cell.formula is not None:
                        value = Unreadable(
                            f"holds the formula {cell.formula[:60]} but no saved value (the program that wrote the "
                            "workbook did not calculate it): open it in Excel or LibreOffice and save it",
                        )
                    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in fmt:
                        value = round(value * 100, 10)
                    if isinstance(value, float) and value.is_integer() and "%" not in fmt and "." not in fmt:
                        value = int(value)
                    values[cell.column - 1] = value
                if not any(_filled(v) for v in values):
                    continue
                numbered.append((number, values))
    except XlsxError as err:
        raise fail(f"is a zip file but not an Excel workbook ({err})") from None
    return _table(numbered, shown, sheet, source, fail)


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _table(numbered, shown, sheet, source, fail, *, short_rows: bool = False) -> Table:
    """The table from numbered rows.  With ``short_rows`` (CSV), a row with
    fewer cells than the header has its missing cells :class:`Unreadable`
    rather than empty (a workbook leaves trailing empty cells out, so there
    a short row is only blanks)."""
    if not numbered:
        raise fail("the sheet is empty" if sheet else "the file is empty", sheet)
    header_row, raw_header = numbered[0]
    width = max(i + 1 for i, v in enumerate(raw_header) if _filled(v) and type(v) is not Unreadable)
    header = tuple(str(v).strip() if _filled(v) else "" for v in list(raw_header)[:width])
    rows = []
    for number, cells in numbered[1:]:
        cells = list(cells)[:width]
        if short_rows and len(cells) < width:
            missing = Unreadable(
                f"the row has {len(cells)} of the {width} columns, so this cell is missing "
                "(a separator short?); write an empty cell as two separators",
            )
            cells += [missing] * (width - len(cells))
        cells += [None] * (width - len(cells))
        rows.append(Row(number, tuple(None if isinstance(c, str) and not c.strip() else c for c in cells)))
    if not rows:
        raise fail(f"has a header row (row {header_row}) but no rows of data under it", sheet)
    return Table(shown, sheet, header, header_row, tuple(rows), source)


# ------------------------------------------------------------------ cells


def blank(value) -> bool:
    return not _filled(value)


def _shown(value) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value)


def number(value) -> int | float:
    """A number from a cell: ``12``, ``12.5``, ``1,204``."""
    _readable(value)
    if isinstance(value, bool):
        raise CellError(f"{_shown(value)} is not a number")
    if isinstance(value, (int, float)):
        if value != value:
            raise CellError("is not a number")
        return value
    text = str(value).strip().replace(",", "") if re.fullmatch(r"\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*", str(value)) else str(value).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        result = float(text)
    except ValueError:
        raise CellError(f"{_shown(value)} is not a number (leave the cell empty when there is no figure)") from None
    if result != result or result in (float("inf"), float("-inf")):
        raise CellError(f"{_shown(value)} is not a number")
    return result


def percentage(value) -> int | float:
    """A percentage from a cell: ``63``, ``63%``, ``62.5`` (0 to 100)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        value = value.strip()[:-1]
    result = number(value)
    if not 0 <= result <= 100:
        raise CellError(f"{_num(result)} is outside 0-100, but it is a percentage")
    return result


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_ACADEMIC = re.compile(r"^\s*(?:AY\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$", re.I)


def year(value) -> int:
    """A year from a cell: ``2024``, or an academic year ``2023/24``,
    ``2023-24`` or ``2023/2024`` (which counts as the year it ends, 2024)."""
    _readable(value)
    if isinstance(value, bool):
        raise CellError(f"{_shown(value)} is not a year")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if 1900 <= value <= 2200:
            return value
        raise CellError(f"{value} is not a year")
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.year
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return year(int(text))
    m = _ACADEMIC.match(text)
    if m:
        start = int(m[1])
        end = int(m[2]) if len(m[2]) == 4 else (start // 100) * 100 + int(m[2])
        if end == start + 1 or (len(m[2]) == 2 and end + 100 == start + 1):
            return start + 1
    raise CellError(f"{_shown(value)} is not a year (write 2024, or an academic year such as 2023/24)")


def date(value) -> _dt.date:
    """A date from a cell: a spreadsheet date, ``2024-05-10`` or ``10/05/2024``
    (day first, as in the UK)."""
    _readable(value)
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", text) else _uk(text)
    except ValueError:
        raise CellError(f"{_shown(value)} is not a date (write 2024-05-10 or 10/05/2024)") from None


def _uk(text: str) -> _dt.date:
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?", text)
    if not m:
        raise ValueError(text)
    y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
    return _dt.date(y, int(m[2]), int(m[1]))


_TRUE = {"yes", "y", "true", "1", "met", "achieved"}
_FALSE = {"no", "n", "false", "0", "not met", "not achieved"}


def boolean(value) -> bool:
    """Yes or no from a cell: yes/no, true/false, y/n, 1/0."""
    _readable(value)
    if isinstance(value, bool):
        return value
    text = normalise(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"{_shown(value)} is not yes or no")


def text(value) -> str:
    _readable(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, _dt.datetime):
        value = value.date()
    return str(value).strip()


PARSERS = {"number": number, "integer": number, "percentage": percentage, "year": year, "date": date,
           "boolean": boolean, "text": text}


def row_list(rows: Sequence[Row]) -> str:
    """``rows 3 and 4 are both`` / ``rows 3, 4 and 7 are all``."""
    numbers = [str(r.number) for r in rows]
    joined = ", ".join(numbers[:-1]) + f" and {numbers[-1]}"
    return f"rows {joined} are {'both' if len(numbers) == 2 else 'all'}"


def duplicates(rows: Iterable[tuple[object, Row]]) -> dict[object, list[Row]]:
    """Group rows by key; keys with more than one row are duplicates."""
    groups: dict[object, list[Row]] = {}
    for key, row in rows:
        groups.setdefault(key, []).append(row)
    return {k: v for k, v in groups.items() if len(v) > 1}


def for_fact(fact, value, *, field_type=None):
    """A cell's value converted for a fact (or, with ``field_type``, for a
    field of a list fact): parsed by type, then checked against the
    declaration (choices, range).  Raises :class:`CellError`."""
    from senrules.facts import coerce_value

    ft = field_type or fact.type
    parse = PARSERS.get(ft.kind)
    if parse is not None:
        value = parse(value)
        if ft.kind == "integer" and isinstance(value, float):
            if not value.is_integer():
                raise CellError(f"{_num(value)} is not a whole number")
            value = int(value)
    elif isinstance(value, str):
        value = value.strip()
    try:
        return coerce_value(ft, value, "@", None if field_type else fact.range)
    except InputError as err:
        raise CellError(err.message.removeprefix("@: ")) from None


# ------------------------------------------------------------------ manifest entries


def open_entry(entry, section: str, context, source: str, *, index: int = 0) -> Table:
    """Read the table a manifest entry names (``file``, optional ``sheet``).
    Raises :class:`TableError`."""
    from senrules.gather import MANIFEST

    where = f"[[{section}]] number {index + 1}" if len(context.section(section)) > 1 else f"[{section}]"
    if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
        raise TableError(Problem(f'{where} needs file = "NAME"', plugin=source, file=MANIFEST))
    sheet = entry.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise TableError(Problem(f"{where}: sheet must be text", plugin=source, file=MANIFEST))
    from senrules.inputs import InputRefused

    try:
        path = context.path(entry["file"])
    except InputRefused as err:
        raise TableError(Problem(err.message, plugin=source, file=MANIFEST)) from None
    return read_table(path, sheet=sheet, shown=context.display(path), source=source)


def entry_file(entry, context):
    """The file and sheet a manifest entry names (for :func:`~senrules.gather.reading`)."""
    if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
        return None, None
    from senrules.inputs import InputRefused

    sheet = entry.get("sheet")
    try:
        return context.path(entry["file"]), sheet if isinstance(sheet, str) else None
    except InputRefused:
        return None, None  # open_entry reports it


def each_entry(entries, context, read) -> list:
    """Evidence from every manifest entry of a section: ``read(entry, index)``
    runs while the entry's file is marked as the one being read, so any
    problem it raises names that file (and sheet)."""
    from senrules.gather import reading

    out = []
    for index, entry in enumerate(entries):
        with reading(*entry_file(entry, context)):
            out.extend(read(entry, index))
    return out


def unread_keys(entry, keys: Sequence[str], section: str, source: str, index: int, *, part: str = "") -> list[Problem]:
    """A warning for each key of a manifest entry that its plugin does not
    read (``keys``; ``ruleset`` and ``rater`` are always read), naming the
    section, the entry's number, the key, the key meant when it looks
    misspelt, and the keys read: a misspelt ``yaer_column`` or ``fiel`` is
    otherwise ignored without a word.  The one check every plugin's manifest
    entries go through.

    ``part`` names a table inside the entry whose keys are checked instead
    (``facts.parents_positive`` for a fact's ``{ measure = ..., qestion =
    ... }``); there ``ruleset`` and ``rater`` are not read."""
    known = tuple(keys) if part else (*keys, "ruleset", "rater")
    where = f"entry {index + 1}" + (f" {part}" if part else "")
    out = []
    for key in entry if isinstance(entry, Mapping) else ():
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            meant = f"; did you mean `{close[0]}`?" if close else ""
            out.append(manifest_problem(
                section, f"{where} has `{key}`, which is not read, so it is ignored{meant} (it reads {', '.join(known)})",
                source, severity="warning"))
    return out


def unread_fact_keys(ruleset, entry, fact_keys: Sequence[str], section: str, source: str, index: int) -> list[Problem]:
    """The warnings of :func:`unread_keys` for each fact table of an entry's
    ``facts`` (``{ measure = ..., qestion = ... }``), and of
    :func:`misspelt_fact` for a fact the ruleset nearly declares
    (``parents_positve``, otherwise skipped as another ruleset's)."""
    facts = entry.get("facts") if isinstance(entry, Mapping) else None
    out = []
    for name, spec in facts.items() if isinstance(facts, Mapping) else ():
        out += unread_keys(spec, fact_keys, section, source, index, part=f"facts.{name}")
        if name not in ruleset.facts and (found := misspelt_fact(ruleset, name, section, source, f"entry {index + 1} has the fact")):
            out.append(found)
    return out


def misspelt_fact(ruleset, name: str, section: str, source: str, said: str) -> Problem | None:
    """A warning when the manifest names ``name``, a fact ``ruleset`` does
    not declare but nearly does (``parents_positve``): one folder may serve
    several rulesets, so a fact one does not declare is skipped, but a
    near miss (at most two letters apart) is most likely misspelt.  ``said`` is how the entry names it
    (``maps a column to``, ``entry 1 has the fact``); None when it is not
    close to any declared fact."""
    close = difflib.get_close_matches(str(name), list(ruleset.facts), n=1, cutoff=0.85)
    if not close or close[0] == name or _edits(str(name), close[0]) > 2:
        return None  # more than two letters apart: another ruleset's fact (`cyp_views_acted_on`, `views_acted_on`)
    return manifest_problem(section, f"{said} `{name}`, which ruleset {ruleset.id} does not declare; did you mean `{close[0]}`?",
                            source, severity="warning")


def _edits(a: str, b: str) -> int:
    """How many letters must be added, dropped or changed to turn ``a``
    into ``b`` (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def manifest_problem(section: str, message: str, source: str, severity: str = "error") -> Problem:
    from senrules.gather import MANIFEST

    return Problem(f"[{section}] {message}", plugin=source, file=MANIFEST, severity=severity)


def academic_year_end(year_: int) -> _dt.date:
    """The last day of the academic year that ends in ``year_`` (31 August)."""
    return _dt.date(year_, 8, 31)
