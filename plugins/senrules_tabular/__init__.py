"""Tabular data: facts from columns of CSV files and Excel sheets.

Each ``[[tabular]]`` entry of a data folder's ``senrules-data.toml`` names a
file (and sheet), and maps its columns to facts::

    [[tabular]]
    file = "service-data.xlsx"
    sheet = "Annual"
    year_column = "Year"          # optional: one row per year
    [tabular.columns]             # column header = fact
    "CYP supported" = "cyp_supported"
    "Expected progress (%)" = "cyp_progress_rate"

With a year column, a per-year fact takes one value per row, and a fact that
is not per year takes the evaluation year's row.  A value is as of the end of
its academic year (31 August), or the date in ``as_of_column`` or ``as_of``.

With ``list = "FACT"``, every row is one record of a list fact and the
columns map to the record's fields::

    [[tabular]]
    file = "practice-changes.csv"
    list = "practice_changes"
    [tabular.columns]
    "Change" = "change"
    "Suggested by" = "suggested_by"
    "Recorded on" = "recorded_on"

``[tabular.values."COLUMN"]`` recodes a column's cells before they are
read (``schools = "schools and settings"``), for a file whose words are not
the ruleset's.  An entry with ``ruleset = "ID"`` serves that ruleset only.

Every rejected row or cell is reported with its file, sheet, row and column;
the facts it would have given stay unknown (a list with a rejected row is
unknown as a whole, since its count would be wrong).
"""

from __future__ import annotations

import datetime as _dt
import difflib
from collections.abc import Mapping

import attrs

from senrules.evidence import Evidence
from senrules.gather import EvidenceSource
from senrules.hookspecs import hookimpl
from senrules.tables import (
    each_entry,
    CellError, TableError, academic_year_end, blank, date, duplicates, for_fact, manifest_problem, open_entry, row_list, year,
    misspelt_fact, unread_keys,
)

NAME = "tabular"
SECTION = "tabular"
__version__ = "0.1.0"


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Tabular data (CSV and Excel .xlsx)", reads=("[[tabular]] in senrules-data.toml",),
        doc="Columns of a table mapped to facts, one row per year or one row per record of a list.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries:
        return None
    return each_entry(entries, context, lambda entry, index: _entry(ruleset, context, entry, index))


#: The keys a [[tabular]] entry may hold (besides ``ruleset`` and ``rater``, read by senrules.gather).
ENTRY_KEYS = ("file", "sheet", "year_column", "as_of_column", "as_of", "list", "columns", "values")


def _entry(ruleset, context, entry, index):
    yield from unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)  # a misspelt `yaer_column` is not silently ignored
    columns = entry.get("columns") if isinstance(entry, Mapping) else None
    if not isinstance(columns, Mapping) or not columns:
        yield manifest_problem(SECTION, f"entry {index + 1} needs a [tabular.columns] table of column = fact", NAME)
        return
    list_fact = entry.get("list")
    problems = []
    wanted = _declared(ruleset, context, columns, list_fact, problems)
    yield from problems
    if not wanted:
        return
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
    except TableError as err:
        facts = [list_fact] if list_fact else sorted(set(wanted.values()))
        yield attrs.evolve(err.problem, facts=facts)
        return
    if list_fact:
        yield from _list(ruleset.facts[list_fact], table, wanted, entry, context.evaluation_date)
    else:
        yield from _wide(ruleset, context, table, wanted, entry)


def _declared(ruleset, context, columns, list_fact, problems):
    """column -> fact (or field) for the facts this ruleset declares; a name
    close to a declared one is reported as a likely misspelling."""
    if list_fact:
        fact = ruleset.facts.get(list_fact)
        if fact is None:
            _maybe_misspelt(ruleset, list_fact, problems)
            return {}
        if fact.type.kind != "list":
            problems.append(manifest_problem(SECTION, f"list = \"{list_fact}\", but `{list_fact}` is not a list fact", NAME))
            return {}
        fields = dict(fact.type.fields)
        out = {}
        for column, field in columns.items():
            if field not in fields:
                close = difflib.get_close_matches(str(field), list(fields), n=1)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                problems.append(manifest_problem(
                    SECTION, f"maps column \"{column}\" to `{field}`, which is not a field of `{list_fact}`{hint}",
                    NAME,
                ))
                return {}
            out[column] = field
        missing = [f for f in fields if f not in out.values()]
        if missing:
            problems.append(manifest_problem(
                SECTION, f"`{list_fact}` needs a column for each field; none is mapped to {', '.join(missing)}", NAME,
            ))
            return {}
        return out
    out = {}
    for column, fact in columns.items():
        if fact in ruleset.facts:
            out[column] = fact
        else:
            _maybe_misspelt(ruleset, str(fact), problems)
    return out


def _maybe_misspelt(ruleset, name, problems):
    found = misspelt_fact(ruleset, name, SECTION, NAME, "maps a column to")
    if found is not None:
        problems.append(found)


def _recode(entry, column, cell):
    """A cell as recoded by ``[tabular.values."COLUMN"]``, if it says so."""
    values = entry.get("values") if isinstance(entry, Mapping) else None
    table = values.get(column) if isinstance(values, Mapping) else None
    if isinstance(table, Mapping) and isinstance(cell, str) and cell.strip() in table:
        return table[cell.strip()]
    return cell


def _as_of(table, row, cols, entry):
    if cols.get("as_of") is not None and not blank(row[cols["as_of"]]):
        return date(row[cols["as_of"]])
    fixed = entry.get("as_of")
    if fixed is not None:
        return date(fixed)
    if cols.get("year") is not None:
        return academic_year_end(year(row[cols["year"]]))
    return None


def _wide(ruleset, context, table, wanted, entry):
    spec = {column: column for column in wanted}
    optional = []
    if entry.get("year_column"):
        spec["year"] = entry["year_column"]
    if entry.get("as_of_column"):
        spec["as_of"] = entry["as_of_column"]
    try:
        cols = table.columns(spec, optional=optional)
    except TableError as err:
        yield attrs.evolve(err.problem, facts=sorted(set(wanted.values())))  # they stay unknown: say which
        return
    facts = ruleset.facts
    has_year = "year" in cols
    all_facts = sorted(set(wanted.values()))
    rows = []
    for row in table.rows:
        if has_year:
            cell = row[cols["year"]]
            try:
                y = year(cell)
            except CellError as err:
                yield table.problem(err.message if not blank(cell) else "the year is missing", row.number, cols["year"], all_facts)
                continue
            if y > context.year:
                yield table.problem(f"the year {y} is after the evaluation year {context.year}", row.number, cols["year"], all_facts)
                continue
            if not context.wants(y):
                continue
            rows.append((y, row))
        else:
            rows.append((None, row))
    if not has_year and len(rows) > 1:
        yield table.problem(
            f"has {len(rows)} rows of data but no year column: say which column holds the year (year_column), "
            "or keep one row", table.rows[1].number, None, all_facts,
        )
        return
    dups = duplicates(rows)
    for y, group in dups.items():
        for r in group:
            yield table.problem(f"{row_list(group)} for {y}; none of them is used", r.number, cols["year"], all_facts)
    for y, row in rows:
        if y in dups:
            continue
        try:
            as_of = _as_of(table, row, cols, entry)
        except CellError as err:
            yield table.problem(err.message, row.number, cols.get("as_of"), all_facts)
            continue
        for column, name in wanted.items():
            fact = facts[name]
            if not fact.per_year and has_year and y != context.year:
                continue
            cell = _recode(entry, column, row[cols[column]])
            if blank(cell):
                continue
            try:
                value = for_fact(fact, cell)
            except CellError as err:
                yield table.problem(err.message, row.number, cols[column], [name])
                continue
            prov = table.provenance(row.number, cols[column], as_of=as_of)
            yield Evidence(name, value, prov, y if fact.per_year else None)


def _list(fact, table, wanted, entry, evaluation_date):
    try:
        cols = table.columns({column: column for column in wanted})
    except TableError as err:
        yield err.problem
        return
    fields = dict(fact.type.fields)
    records, rejected = [], []
    seen: dict[tuple, int] = {}
    for row in table.rows:
        record, bad = {}, False
        for column, field in wanted.items():
            cell = _recode(entry, column, row[cols[column]])
            if blank(cell):
                record[field] = None
                continue
            try:
                record[field] = for_fact(fact, cell, field_type=fields[field])
            except CellError as err:
                yield table.problem(err.message, row.number, cols[column], [fact.name])
                bad = True
                continue
            if isinstance(record[field], _dt.date) and record[field] > evaluation_date:
                yield table.problem(
                    f"{record[field].isoformat()} is after the evaluation date {evaluation_date.isoformat()}: "
                    "a record cannot be dated in the future (a typing mistake in the year?)",
                    row.number, cols[column], [fact.name],
                )
                bad = True
        key = tuple(str(record.get(f)) for f in fields)
        if not bad and key in seen:
            yield table.problem(f"repeats row {seen[key]} exactly", row.number, None, [fact.name])
            bad = True
        seen.setdefault(key, row.number)
        if bad:
            rejected.append(row.number)
        else:
            records.append(record)
    if rejected:
        yield table.problem(
            f"`{fact.name}` is left unknown: {len(rejected)} of its {len(table.rows)} rows were rejected "
            f"(rows {', '.join(map(str, rejected))})", None, None, [fact.name],
        )
        return
    first, last = table.rows[0].number, table.rows[-1].number
    as_of = date(entry["as_of"]) if entry.get("as_of") is not None else None
    prov = table.provenance(None, None, as_of=as_of, record=f"rows {first}-{last}")
    yield Evidence(fact.name, records, prov)
