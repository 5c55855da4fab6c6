"""Case exports: one row per case from a case-management system (CSV, Excel).

A case-level ruleset (``ehc-timescales-2014``) judges each case on its own.
The export is named by a ``[[cases]]`` entry of ``senrules-data.toml``::

    [[cases]]
    file = "ehc-cases.csv"
    ruleset = "ehc-timescales-2014"
    id_column = "Case ref"
    blank_means_not_done = true     # a blank date: the step has not happened yet
    [cases.columns]                 # column header = fact (headers equal to a fact's name need no line)
    "Request received" = "request_date"
    [cases.happened]                # yes/no fact = the date fact that shows the step happened
    decided = "decision_date"

Each cell is converted for its fact (dates as ISO or UK dd/mm/yyyy, yes/no,
numbers) and checked against the declaration; a cell that cannot be read is
reported at its row and column and that fact stays unknown for that case
only.  A ``[cases.happened]`` fact is true when its date is filled; when it
is blank, false if ``blank_means_not_done`` and unknown otherwise, so a
missing date is never silently "not done".

:func:`read_cases` returns the cases; ``senrules cases`` (see
:mod:`senrules.case_batch`) runs them through the ruleset as a batch.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from senrules.gather import EvidenceSource
from senrules.hookspecs import hookimpl
from senrules.tables import CellError, TableError, blank, for_fact, manifest_problem, normalise, open_entry, unread_keys

NAME = "cases"
SECTION = "cases"
__version__ = "0.1.0"


@attrs.frozen
class Case:
    """One case: its id, the row it came from, and its facts."""

    id: str
    row: int
    facts: dict


@attrs.frozen
class CaseExport:
    """The cases of one export, and every problem found reading it."""

    file: str
    cases: tuple[Case, ...]
    problems: tuple = ()


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Case exports from a case-management system, one row per case (CSV, Excel)",
        reads=("[[cases]] files named in senrules-data.toml",),
        doc="Read by `senrules cases` for case-level rulesets (ehc-timescales-2014), one evaluation per case.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    """A case export is one evaluation per case: a single evaluation says so
    instead of reading one case at random."""
    entries = context.section(SECTION)
    if not entries:
        return None
    from senrules.gather import Problem

    return [Problem(f"[[cases]] is a case export, one evaluation per case, so a single evaluation does not read it: "
                    f"run `senrules cases {ruleset.id} --data FOLDER`", plugin=NAME, file="senrules-data.toml",
                    severity="warning")]


#: The keys a [[cases]] entry may hold (besides ``ruleset`` and ``rater``, read by senrules.gather).
ENTRY_KEYS = ("file", "sheet", "id_column", "blank_means_not_done", "columns", "happened")


def read_cases(ruleset, context, entry, index: int = 0) -> CaseExport:
    """The cases of one ``[[cases]]`` entry, for ``ruleset``."""
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
    except TableError as err:
        return CaseExport(str(entry.get("file") if isinstance(entry, Mapping) else "?"), (), (err.problem,))
    problems = unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)  # a misspelt `blank_means_not_don` is named
    columns = entry.get("columns", {}) or {}
    happened = entry.get("happened", {}) or {}
    if not isinstance(columns, Mapping) or not isinstance(happened, Mapping):
        return CaseExport(table.file, (), (manifest_problem(SECTION, "columns and happened must be tables", NAME),))
    by_header = {normalise(name): name for name in ruleset.facts}
    by_header.update({normalise(h): f for h, f in columns.items()})
    mapped = {i: by_header[normalise(h)] for i, h in enumerate(table.header)
              if h and normalise(h) in by_header and by_header[normalise(h)] in ruleset.facts}
    unknown_facts = [f for f in list(columns.values()) + list(happened) if f not in ruleset.facts]
    if unknown_facts:
        problems.append(manifest_problem(SECTION, f"{', '.join(unknown_facts)}: not facts of {ruleset.id}", NAME))
    present = {normalise(h) for h in table.header if h}
    for header, fact in columns.items():  # a column the manifest names but the export lacks: never silently unknown
        if normalise(header) not in present and fact in ruleset.facts:
            problems.append(table.problem(f"{table.missing_column_message(header)}; `{fact}` stays unknown for every case",
                                          row=table.header_row, facts=[fact]))
    id_col = None
    if entry.get("id_column"):
        try:
            id_col = table.columns({"id": entry["id_column"]})["id"]
        except TableError as err:
            return CaseExport(table.file, (), (err.problem,))
    blank_not_done = bool(entry.get("blank_means_not_done", False))
    cases = []
    for row in table.rows:
        facts, unreadable = {}, set()
        for col, fact in mapped.items():
            cell = row[col]
            if blank(cell):
                continue
            try:
                facts[fact] = for_fact(ruleset.facts[fact], cell)
            except CellError as err:
                unreadable.add(fact)
                problems.append(table.problem(f"{err}; `{fact}` stays unknown for this case", row=row.number,
                                              column=col, facts=[fact], severity="warning"))
        for flag, date_fact in happened.items():
            if flag in ruleset.facts and flag not in facts:
                if date_fact in facts:
                    facts[flag] = True
                elif blank_not_done and date_fact not in unreadable and any(f == date_fact for f in mapped.values()):
                    facts[flag] = False
        ident = str(row[id_col]).strip() if id_col is not None and not blank(row[id_col]) else f"row {row.number}"
        cases.append(Case(ident, row.number, facts))
    return CaseExport(table.file, tuple(cases), tuple(problems))


def read_all(ruleset, context) -> list[CaseExport]:
    """Every ``[[cases]]`` entry of the context's manifest, for ``ruleset``."""
    return [read_cases(ruleset, context, e, i) for i, e in enumerate(context.section(SECTION))]
