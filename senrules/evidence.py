"""Evidence: a fact's value together with where it came from.

These frozen values cross every boundary where facts enter senrules: a facts
file, the library API, and (later) evidence plugins.  A bare value given
through the API is wrapped with a :class:`Provenance` naming the caller.
"""

from __future__ import annotations

import datetime as _dt

import attrs


@attrs.frozen
class Provenance:
    """Where a value came from: a source (plugin or file kind), and as far as
    known the file, sheet, row, column or record, and the date it describes."""

    source: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    record: str | None = None
    as_of: _dt.date | None = None

    def __str__(self) -> str:
        parts = [self.source]
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if self.record:
            parts.append(f"record {self.record}")
        if self.as_of:
            parts.append(f"as of {self.as_of.isoformat()}")
        return ", ".join(parts)


@attrs.frozen
class Evidence:
    """One fact's value (for one year, if the fact is per year)."""

    fact: str
    value: object
    provenance: Provenance | None = None
    year: int | None = None
