"""Provision maps in the nasen format.

The columns are those of nasen's provision map (nasen 2014, "Effective
provision mapping"): Intervention, Group size, Frequency/duration, Staff,
Pupils, Entry data, Target, Exit data, Outcome; an Exit date column is read
if present.  As in a paper map, the intervention's cells may be left blank
on the rows of its further pupils; a Pupils cell may also list several
pupils, one per line, with their entry and exit data one per line beside.

``senrules-data.toml``::

    [[provision_map]]
    file = "provision-map.xlsx"
    sheet = "2023-24"
    year = 2024                   # default: the evaluation year
    [provision_map.facts]
    interventions = "records"     # a list fact: one record per intervention
    share_meeting_target = "share_meeting_target"

Entry and exit data are National Curriculum sub-levels (``2c``, ``3b``: one
sub-level apart) or numbers (a score, a reading age).  A target is a step
("Plus one sub-level", ``+2``), a level or number to reach, or words; a
pupil meets it when the Outcome column says so ("met", "achieved", "not
met"), or else when the exit data reaches it.

Measures: ``pupils``, ``interventions``, ``pupils_with_exit_data``,
``pupils_meeting_target``, ``share_meeting_target`` (of the pupils whose
outcome is known), ``mean_progress`` (exit - entry, in sub-levels or the
numbers' units), ``interventions_without_exit_data``, and ``records``: one
record per intervention with the fields name, group_size, frequency, staff,
pupils, pupils_with_exit_data, pupils_meeting_target, share_meeting_target,
met_target (at least half of the pupils with an outcome met their target),
mean_progress, has_exit_data and exit_date.  A list fact takes the fields it
declares (``fields = { ruleset_field = "field" }`` renames them).

A rejected row leaves every measure of its map unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from senrules.evidence import Evidence
from senrules.gather import EvidenceSource
from senrules.hookspecs import hookimpl
from senrules.tables import (
    each_entry,
    CellError, TableError, academic_year_end, blank, date, for_fact, manifest_problem, normalise, open_entry,
    text, unread_fact_keys, unread_keys, year,
)

NAME = "provision_map"
SECTION = "provision_map"
__version__ = "0.1.0"

MEASURES = (
    "pupils", "interventions", "pupils_with_exit_data", "pupils_meeting_target", "share_meeting_target",
    "mean_progress", "interventions_without_exit_data", "records",
)
RECORD_FIELDS = (
    "name", "group_size", "frequency", "staff", "pupils", "pupils_with_exit_data", "pupils_meeting_target",
    "share_meeting_target", "met_target", "mean_progress", "has_exit_data", "exit_date",
)
COLUMNS = {
    "intervention": ("Intervention",),
    "group_size": ("Group size",),
    "frequency": ("Frequency/duration", "Frequency and duration", "Frequency"),
    "staff": ("Staff",),
    "pupils": ("Pupils", "Pupil"),
    "entry": ("Entry data", "Entry", "Baseline"),
    "target": ("Target", "Intervention target"),
    "exit": ("Exit data", "Exit"),
    "outcome": ("Outcome", "Outcomes"),
    "exit_date": ("Exit date", "Review date", "End date"),
}
#: The keys a [[provision_map]] entry may hold (besides ``ruleset`` and
#: ``rater``, read by senrules.gather), and those of one fact's ``{ measure = ... }``.
ENTRY_KEYS = ("file", "sheet", "year", "facts")
FACT_KEYS = ("measure", "fields")
OPTIONAL = ("group_size", "frequency", "staff", "outcome", "exit_date")
FILL_DOWN = ("intervention", "group_size", "frequency", "staff", "target", "exit_date")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Provision maps (nasen format)", reads=("[[provision_map]] in senrules-data.toml",),
        doc="Interventions with entry data, targets and exit data: share meeting target, progress, missing exit data.",
    )]


def level(cell) -> tuple[str, float] | None:
    """``("sublevels", n)`` for an NC sub-level, ``("number", x)`` for a
    number, None for anything else (words)."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return ("number", cell)
    t = str(cell).strip().lower()
    m = re.fullmatch(r"([1-8])\s*([abc])", t)
    if m:
        return ("sublevels", int(m[1]) * 3 + "cba".index(m[2]))
    try:
        return ("number", float(t) if "." in t else int(t))
    except ValueError:
        return None


def target(cell):
    """``("step", scale, n)``, ``("reach", scale, x)`` or None (words)."""
    t = normalise(cell)
    m = re.fullmatch(r"(?:plus |\+ ?)?(\d+|one|two|three|four|five|six|a) sub ?levels?", t)
    if m:
        n = WORDS.get(m[1]) or int(m[1])
        return ("step", "sublevels", n)
    raw = str(cell).strip()
    m = re.fullmatch(r"(?:\+|plus\s+)(\d+(?:\.\d+)?)", raw, re.I)
    if m:
        return ("step", "number", float(m[1]) if "." in m[1] else int(m[1]))
    reached = level(cell)
    if reached:
        return ("reach",) + reached
    return None


def outcome(cell) -> bool | None:
    t = normalise(cell)
    if not t:
        return None
    if re.search(r"\bnot (met|achieved)\b|\bpartly\b|\bpartially\b|^no$", t):
        return False
    if re.search(r"\b(met|achieved|exceeded)\b|^yes$", t):
        return True
    raise CellError(f'"{text(cell)}" does not say whether the target was met (write met, not met, partly met)')


@attrs.define
class _Pupil:
    row: int
    intervention: str
    name: str
    entry: object
    exit: object
    progress: float | None
    met: bool | None
    has_exit: bool
    details: dict


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries:
        return None
    return each_entry(entries, context, lambda entry, index: _map(ruleset, context, entry, index))


def _specs(entry, ruleset):
    facts = entry.get("facts", {}) if isinstance(entry, Mapping) else {}
    if not isinstance(facts, Mapping) or not facts:
        return None, "needs a [provision_map.facts] table of fact = measure"
    out = {}
    for name, spec in facts.items():
        if isinstance(spec, str):
            spec = {"measure": spec}
        measure = spec.get("measure") if isinstance(spec, Mapping) else spec
        if measure not in MEASURES:
            return None, f"facts.{name}: `{measure}` is not a measure ({', '.join(MEASURES)})"
        if name in ruleset.facts:
            out[name] = spec
    return out, None


def _map(ruleset, context, entry, index):
    yield from unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)  # a misspelt `fiel` or `yaer` is named
    yield from unread_fact_keys(ruleset, entry, FACT_KEYS, SECTION, NAME, index)  # and `mesure`, `share_meeting_targt`
    specs, message = _specs(entry, ruleset)
    if specs is None:
        yield manifest_problem(SECTION, f"entry {index + 1} {message}", NAME)
        return
    if not specs:
        return
    names = sorted(specs)
    try:
        map_year = year(entry["year"]) if entry.get("year") is not None else context.year
    except CellError as err:
        yield manifest_problem(SECTION, f"entry {index + 1}: year {err.message}", NAME)
        return
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
        cols = table.columns(COLUMNS, optional=OPTIONAL)
    except TableError as err:
        yield attrs.evolve(err.problem, facts=names)
        return
    if map_year > context.year:
        yield table.problem(f"the map is for {map_year}, after the evaluation year {context.year}", None, None, names)
        return
    pupils, rejected = [], []
    carried: dict = {}
    seen: dict[tuple, int] = {}
    for row in table.rows:
        cells = {k: (row[i] if i is not None else None) for k, i in cols.items()}
        if not blank(cells["intervention"]):
            carried = {}
        for key in FILL_DOWN:
            if blank(cells[key]) and key in carried:
                cells[key] = carried[key]
            elif not blank(cells[key]):
                carried[key] = cells[key]
        if blank(cells["intervention"]):
            yield table.problem("the intervention is missing (and no row above names one)", row.number, cols["intervention"], names)
            rejected.append(row.number)
            continue
        if blank(cells["pupils"]):
            yield table.problem("no pupil is named", row.number, cols["pupils"], names)
            rejected.append(row.number)
            continue
        try:
            for p in _pupils(row.number, cells, cols):
                key = (normalise(p.intervention), normalise(p.name))
                if key in seen:
                    raise CellError(f'{p.name} is already in "{p.intervention}" on row {seen[key]}')
                seen[key] = row.number
                pupils.append(p)
        except _Bad as bad:
            yield table.problem(bad.message, row.number, bad.column, names)
            rejected.append(row.number)
        except CellError as err:
            yield table.problem(err.message, row.number, cols["pupils"], names)
            rejected.append(row.number)
    if rejected:
        yield table.problem(
            f"every measure of this map is left unknown: {len(rejected)} rows were rejected "
            f"(rows {', '.join(map(str, rejected))})", None, None, names,
        )
        return
    first, last = table.rows[0].number, table.rows[-1].number
    as_of = max((p.details["exit_date"] for p in pupils if p.details.get("exit_date")), default=None)
    as_of = as_of or academic_year_end(map_year)
    for name, spec in specs.items():
        fact = ruleset.facts[name]
        try:
            value = _value(spec, fact, pupils)
        except CellError as err:
            yield table.problem(f"`{name}` is left unknown: {err.message}", None, None, [name])
            continue
        if value is None:
            continue
        what = "one record per intervention" if spec["measure"] == "records" else spec["measure"].replace("_", " ")
        prov = table.provenance(None, None, as_of=as_of, record=f"{what}, rows {first}-{last}")
        yield Evidence(name, value, prov, map_year if fact.per_year else None)


class _Bad(Exception):
    def __init__(self, message, column):
        super().__init__(message)
        self.message, self.column = message, column


def _split(cell) -> list:
    if blank(cell):
        return []
    if isinstance(cell, str):
        return [part.strip() for part in re.split(r"\n|,(?![^()]*\))", cell) if part.strip()]
    return [cell]


def _pupils(number, cells, cols):
    names = _split(cells["pupils"])
    per = {k: _split(cells[k]) for k in ("entry", "exit", "outcome")}
    if len(names) > 1:
        for k, values in per.items():
            if values and len(values) != len(names):
                raise _Bad(f"{len(names)} pupils but {len(values)} values; give one per pupil, one per line", cols[k])
    else:
        per = {k: ([cells[k]] if not blank(cells[k]) else []) for k in per}
    goal = None if blank(cells["target"]) else target(cells["target"])
    exit_date = None
    if not blank(cells["exit_date"]):
        try:
            exit_date = date(cells["exit_date"])
        except CellError as err:
            raise _Bad(err.message, cols["exit_date"]) from None
    details = {
        "group_size": text(cells["group_size"]) if not blank(cells["group_size"]) else None,
        "frequency": text(cells["frequency"]) if not blank(cells["frequency"]) else None,
        "staff": text(cells["staff"]) if not blank(cells["staff"]) else None,
        "exit_date": exit_date,
    }
    for i, name in enumerate(names):
        entry = per["entry"][i] if per["entry"] else None
        exit_ = per["exit"][i] if per["exit"] else None
        said = None
        if per["outcome"]:
            try:
                said = outcome(per["outcome"][i])
            except CellError as err:
                raise _Bad(err.message, cols["outcome"]) from None
        e, x = (level(entry) if entry is not None else None), (level(exit_) if exit_ is not None else None)
        for raw, read, key in ((entry, e, "entry"), (exit_, x, "exit")):
            if raw is not None and not blank(raw) and read is None:
                raise _Bad(f'"{text(raw)}" is not {key} data: write a National Curriculum sub-level (2c, 3b) '
                           "or a number (a score, a reading age)", cols[key])
        progress = None
        if e and x:
            if e[0] != x[0]:
                raise _Bad(f'the entry data "{text(entry)}" and exit data "{text(exit_)}" are not on one scale', cols["exit"])
            progress = x[1] - e[1]
        met = said
        if met is None and x and goal:
            if goal[0] == "step" and e and goal[1] in (x[0], "number"):  # "+1" is a step on any scale
                met = progress >= goal[2]
            elif goal[0] == "reach" and goal[1] == x[0]:
                met = x[1] >= goal[2]
        has_exit = exit_ is not None or said is not None
        yield _Pupil(number, text(cells["intervention"]), text(name), entry, exit_, progress, met, has_exit, details)


def _value(spec, fact, pupils):
    measure = spec["measure"]
    if measure == "pupils":
        return len(pupils)
    groups: dict[str, list[_Pupil]] = {}
    for p in pupils:
        groups.setdefault(p.intervention, []).append(p)
    if measure == "interventions":
        return len(groups)
    if measure == "interventions_without_exit_data":
        return sum(1 for ps in groups.values() if not any(p.has_exit for p in ps))
    if measure == "records":
        return _records(spec, fact, groups)
    return _summary(pupils)[measure]


def _summary(pupils):
    import statistics  # here, not at the top: only a provision map's summary needs it

    known = [p for p in pupils if p.met is not None]
    progress = [p.progress for p in pupils if p.progress is not None]
    return {
        "pupils_with_exit_data": sum(1 for p in pupils if p.has_exit),
        "pupils_meeting_target": sum(1 for p in known if p.met),
        "share_meeting_target": round(100 * sum(1 for p in known if p.met) / len(known), 1) if known else None,
        "mean_progress": round(statistics.fmean(progress), 2) if progress else None,
    }


def _records(spec, fact, groups):
    if fact.type.kind != "list":
        raise CellError(f"`{fact.name}` is not a list fact, so it cannot take the records")
    declared = dict(fact.type.fields)
    rename = spec.get("fields", {}) if isinstance(spec, Mapping) else {}
    source_of = {f: rename.get(f, f) for f in declared}
    unknown = [s for s in source_of.values() if s not in RECORD_FIELDS]
    if unknown:
        raise CellError(f"`{unknown[0]}` is not a field of a provision-map record ({', '.join(RECORD_FIELDS)})")
    records = []
    for name, ps in groups.items():
        summary = _summary(ps)
        known = [p for p in ps if p.met is not None]
        full = {
            "name": name, "group_size": ps[0].details["group_size"], "frequency": ps[0].details["frequency"],
            "staff": ps[0].details["staff"], "pupils": len(ps), **summary,
            "met_target": (2 * summary["pupils_meeting_target"] >= len(known)) if known else None,
            "has_exit_data": any(p.has_exit for p in ps),
            "exit_date": max((p.details["exit_date"] for p in ps if p.details["exit_date"]), default=None),
        }
        record = {}
        for f, ft in declared.items():
            value = full[source_of[f]]
            record[f] = for_fact(fact, value, field_type=ft) if value is not None else None
        records.append(record)
    return records
