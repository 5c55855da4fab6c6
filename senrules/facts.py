"""Facts and parameter values at the edge: check, convert, and read files.

Every value that enters an evaluation passes through :func:`coerce` against
the declaration of its fact or parameter: a percentage must lie in 0-100, a
date must be a real date, a choice must be one of the choices, a number must
lie in the declared range.  A bad value raises :class:`InputError` naming the
fact (and the file and line, when it came from a file); nothing is silently
dropped or clamped.

Facts files are JSON or TOML::

    {"evaluation_date": "2024-09-01",
     "facts": {"programmes_monitored": true,
               "cyp_progress_rate": {"2023": 58, "2024": 64},
               "plan_reviewed_on": "2024-03-01"}}

Parameter files hold one mapping, optionally under ``parameters``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from senrules import model as m
from senrules.errors import InputError
from senrules.evidence import Evidence, Provenance

#: The largest magnitude a number fact or parameter may have: a thousand
#: million million, far beyond any count, share or period in a service's
#: evidence, and small enough that rule arithmetic never overflows.  Infinity
#: and NaN are refused too.
MAX_MAGNITUDE = 10**15

#: The years a value may be for (per-year facts, years in tables) and the
#: dates an evaluation date or a date fact may take: the 20th century to the
#: 22nd.  A year 0, -3 or 99999 is a typing mistake, not evidence.
MIN_YEAR = 1900
MAX_YEAR = 2199
EARLIEST_DATE = _dt.date(MIN_YEAR, 1, 1)
LATEST_DATE = _dt.date(MAX_YEAR, 12, 31)


_OTHER_DATE_FORMS = (
    (re.compile(r"\s*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\s*"), "day first"),  # 30/09/2024, as in England
    (re.compile(r"\s*(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})\s*"), ""),  # 2024-9-30, 2024/09/30
)


def date_hint(text) -> str:
    """The hint for a date written another common way than ``YYYY-MM-DD``:
    ``"; did you mean 2024-09-30?"`` for ``30/09/2024`` (day first, as in
    England) or ``2024-9-30``; ``""`` for anything else.  Only for messages."""
    for pattern, _ in _OTHER_DATE_FORMS:
        m = pattern.fullmatch(str(text))
        if m:
            try:
                return f"; did you mean {_dt.date(int(m['y']), int(m['m']), int(m['d'])).isoformat()}?"
            except ValueError:
                return ""
    return ""


def check_year(year: int, where: str) -> int:
    """``year`` if it lies in :data:`MIN_YEAR`..:data:`MAX_YEAR`, else
    :class:`InputError`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(f"{where}: {year} is not a year between {MIN_YEAR} and {MAX_YEAR}")
    return year


def check_date(value: _dt.date, where: str) -> _dt.date:
    """``value`` if it lies in :data:`EARLIEST_DATE`..:data:`LATEST_DATE`,
    else :class:`InputError`."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InputError(f"{where}: {value.isoformat()} is not a date between {EARLIEST_DATE} and {LATEST_DATE}")
    return value


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(days?|weeks?|months?|years?)\s*$")


def _describe(ft: m.FactType) -> str:
    if ft.kind == "choice":
        return "one of " + ", ".join(f'"{c}"' for c in ft.choices)
    return {
        "boolean": "true or false", "integer": "a whole number", "number": "a number",
        "percentage": "a percentage between 0 and 100", "date": "a date (YYYY-MM-DD)",
        "text": "text", "duration": 'a duration such as "12 months"', "list": "a list of records",
    }.get(ft.kind, ft.kind)


def coerce_value(ft: m.FactType, value, where: str, rng: m.Range | None = None):
    """Convert ``value`` to the run-time form of type ``ft`` or raise
    :class:`InputError` saying what was expected."""
    if value is None:
        return None
    kind = ft.kind
    # Fast paths for values that already have the right Python type.
    vt = type(value)
    if vt is bool:
        if kind == "boolean":
            return value
    elif vt is int or vt is float:
        ok = kind == "number" or (kind == "integer" and vt is int) or (kind == "percentage" and 0 <= value <= 100)
        if ok and -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:  # (NaN and infinities fail this, and are refused below)
            if rng is None or rng.low <= value <= rng.high:
                return value
    elif vt is str:
        if kind == "text" or (kind == "choice" and value in ft.choices):
            return value
    elif vt is _dt.date and kind == "date" and EARLIEST_DATE <= value <= LATEST_DATE:
        return value

    def bad(extra: str = ""):
        import json  # only for the message (json and difflib are not imported by evaluation itself)

        shown = json.dumps(value, default=str) if not isinstance(value, str) else f'"{value}"'
        if len(shown) > 80:
            shown = shown[:60] + f"... ({len(shown):,} characters)"
        return InputError(f"{where}: {shown} is not {_describe(ft)}{extra}")

    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "no", "true", "false"):
            return value.strip().lower() in ("yes", "true")
        raise bad()
    if kind in ("integer", "number", "percentage"):
        if isinstance(value, bool):
            raise bad()
        if isinstance(value, str):
            text = value.strip().rstrip("%") if kind == "percentage" else value.strip()
            try:
                value = float(text) if "." in text else int(text)
            except ValueError:
                raise bad() from None
        if not isinstance(value, (int, float)) or value != value:  # NaN
            raise bad()
        if not -MAX_MAGNITUDE <= value <= MAX_MAGNITUDE:
            shown = str(value) if isinstance(value, float) else f"a number of {len(str(abs(value)))} digits"
            raise InputError(f"{where}: {shown} is not a usable number (at most {MAX_MAGNITUDE:.0e} either way)")
        if kind == "integer":
            if isinstance(value, float):
                if not value.is_integer():
                    raise bad()
                value = int(value)
        if kind == "percentage" and not 0 <= value <= 100:
            raise InputError(f"{where}: {value} is outside 0-100, but it is a percentage")
        if rng is not None and not rng.low <= value <= rng.high:
            raise InputError(f"{where}: {value} is outside the allowed range {_num(rng.low)} to {_num(rng.high)}")
        return value
    if kind == "date":
        if isinstance(value, _dt.datetime):
            return check_date(value.date(), where)
        if isinstance(value, _dt.date):
            return check_date(value, where)
        if isinstance(value, str):
            try:
                parsed = _dt.date.fromisoformat(value.strip())
            except ValueError:
                raise bad(date_hint(value)) from None
            return check_date(parsed, where)
        raise bad()
    if kind == "duration":
        if isinstance(value, m.Duration):
            return value
        if isinstance(value, str):
            match = _DURATION.match(value)
            if match:
                amount = float(match[1]) if "." in match[1] else int(match[1])
                unit = match[2] if match[2].endswith("s") else match[2] + "s"
                return m.Duration(amount, unit)
        raise bad()
    if kind == "text":
        if isinstance(value, str):
            return value
        raise bad()
    if kind == "choice":
        if isinstance(value, str) and value in ft.choices:
            return value
        raise bad()
    if kind == "list":
        if not isinstance(value, (list, tuple)):
            raise bad()
        fields = dict(ft.fields)
        out = []
        for i, rec in enumerate(value, 1):
            if not isinstance(rec, Mapping):
                raise InputError(f"{where}, item {i}: expected a record with fields {', '.join(fields)}")
            clean = {}
            for key, v in rec.items():
                if key not in fields:
                    raise InputError(f"{where}, item {i}: there is no field `{key}` (fields are {', '.join(fields)})")
                clean[key] = coerce_value(fields[key], v, f"{where}, item {i}, field `{key}`")
            out.append(clean)
        return out
    raise bad()


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def coerce_fact(fact: m.Fact, value, where: str):
    """Convert a fact's value; a per-year fact takes ``{year: value}``."""
    if fact.per_year:
        if value is None:
            return None
        if not isinstance(value, Mapping):
            raise InputError(f"{where}: `{fact.name}` is given per year, as {{\"2023\": value, \"2024\": value}}")
        series = {}
        for year, v in value.items():
            try:
                y = int(year)
            except (TypeError, ValueError):
                raise InputError(f"{where}: `{year}` is not a year") from None
            check_year(y, where)
            series[y] = coerce_value(fact.type, v, f"{where} for {y}", fact.range)
        return series
    return coerce_value(fact.type, value, where, fact.range)


def prepare_facts(
    declared: Mapping[str, m.Fact], facts, *, source: str = "caller", with_provenance: bool = True,
    conflicts: dict | None = None,
) -> tuple[dict, dict]:
    """Turn the caller's facts into the engine's form.

    ``facts`` is a mapping of fact name to value, or an iterable of
    :class:`Evidence`.  Returns ``(values, provenance)`` where provenance maps
    a fact name (and, for per-year facts, ``(name, year)``) to its
    :class:`Provenance`.  Unknown fact names raise :class:`InputError`.

    When evidence gives one fact (or one year of it) twice, :func:`preferred`
    decides which value is used; each value set aside is added, with its
    provenance, to ``conflicts[key]`` when a dict is given.
    """
    values: dict = {}
    provenance: dict = {}
    if isinstance(facts, Mapping) and not with_provenance:
        for name, value in facts.items():
            fact = declared.get(name)
            if fact is None:
                unknown_fact(name, declared)
            value = coerce_fact(fact, value, f"fact `{name}`")
            if value is not None:
                values[name] = value
        return values, provenance
    if isinstance(facts, Mapping):
        items: Iterable = (Evidence(k, v, Provenance(source)) for k, v in facts.items())
    else:
        items = facts
    for ev in items:
        fact = declared.get(ev.fact)
        if fact is None:
            unknown_fact(ev.fact, declared)
        where = f"fact `{ev.fact}`"
        if ev.provenance is not None and ev.provenance.file:
            where = f"{ev.provenance.file}: {where}"
        if fact.per_year and ev.year is not None:
            check_year(ev.year, f"{where}, year")
            value = coerce_value(fact.type, ev.value, f"{where} for {ev.year}", fact.range)
            if value is not None:
                key = (ev.fact, int(ev.year))
                if key in provenance and not _take(key, values.get(ev.fact, {}).get(key[1]), value, provenance, ev, conflicts):
                    continue
                values.setdefault(ev.fact, {})[int(ev.year)] = value
                provenance[key] = ev.provenance
            continue
        value = coerce_fact(fact, ev.value, where)
        if value is None:
            continue
        if ev.fact in provenance and not _take(ev.fact, values.get(ev.fact), value, provenance, ev, conflicts):
            continue
        values[ev.fact] = value
        provenance[ev.fact] = ev.provenance
    return values, provenance


# ------------------------------------------------------------------ many services at once

_NONE = type(None)
_FAST_TYPES = {
    "boolean": {bool, _NONE}, "integer": {int, _NONE}, "number": {int, float, _NONE},
    "percentage": {int, float, _NONE}, "date": {_dt.date, _NONE}, "choice": {str, _NONE}, "text": {str, _NONE},
}


def column_ok(ft: m.FactType, values: list, rng: m.Range | None) -> bool:
    """Whether every value of a column already has its checked form, found
    with a few whole-column operations (C loops) instead of one call per
    value; anything unusual answers False and is checked value by value."""
    kinds = _FAST_TYPES.get(ft.kind)
    types = set(map(type, values))
    if kinds is None or not types <= kinds:
        return False
    if ft.kind in ("boolean", "date", "text"):
        return True
    known = [v for v in values if v is not None] if _NONE in types else values
    if not known:
        return True
    if ft.kind == "choice":
        return set(known) <= set(ft.choices)
    if float in types:
        total = sum(known)
        if total != total:  # NaN (or inf - inf): the slow path says which
            return False
    low, high = min(known), max(known)
    if ft.kind == "percentage" and (low < 0 or high > 100):
        return False
    return rng is None or (rng.low <= low and high <= rng.high)


def records_ok(ft: m.FactType, column: list) -> bool:
    """:func:`column_ok` for a list fact: every value a list of dicts whose
    keys are fields of the records and whose field values are checked."""
    if not set(map(type, column)) <= {list, _NONE}:
        return False
    records = [r for rs in column if rs for r in rs]
    if not set(map(type, records)) <= {dict}:
        return False
    fields = dict(ft.fields)
    if not set().union(*records) <= set(fields):
        return False
    return all(column_ok(t, [r.get(f) for r in records], None) for f, t in fields.items())


def _series_ok(fact: m.Fact, column: list) -> bool:
    """:func:`column_ok` for a per-year fact: every value a ``{year:
    value}`` dict with whole-number years and checked values."""
    if not set(map(type, column)) <= {dict, _NONE}:
        return False
    given = [s for s in column if s]
    if not given:
        return True
    if not set(map(type, set().union(*given))) <= {int}:
        return False
    return column_ok(fact.type, [v for s in given for v in s.values()], fact.range)


def check_columns(declared: Mapping[str, m.Fact], batch: list[Mapping], converted: set | None = None) -> dict[str, list]:
    """The facts of many services checked together, fact by fact: fact name
    -> the checked value for each service in ``batch`` (None where it is
    not given), for every fact some service gives.

    A column whose values already have their checked form (the usual case
    for data from a program) is checked in one pass; any other column is
    converted value by value with :func:`coerce_fact`, so a bad value raises
    the same :class:`InputError` as for one service, prefixed with the
    service's position in the batch (``service 3: fact `x`: ...``).  The
    names of the columns converted are added to ``converted`` when given."""
    names: set = set()
    for item in batch:
        names.update(item)
    for name in sorted(names):
        if name not in declared:
            unknown_fact(name, declared)
    columns: dict[str, list] = {}
    for name in sorted(names):
        fact = declared[name]
        column = [item.get(name) for item in batch]
        columns[name] = column
        if fact.per_year:
            ok = _series_ok(fact, column)
        elif fact.type.kind == "list":
            ok = records_ok(fact.type, column)
        else:
            ok = column_ok(fact.type, column, fact.range)
        if ok:
            continue
        out = []
        for i, value in enumerate(column):
            try:
                out.append(coerce_fact(fact, value, f"fact `{name}`"))
            except InputError as err:
                # (a batch of one says what one service's check says)
                raise InputError(f"service {i + 1}: {err.message}" if len(batch) > 1 else err.message) from None
        columns[name] = out
        if converted is not None:
            converted.add(name)
    return columns


def check_batch(declared: Mapping[str, m.Fact], batch: list[Mapping]) -> list[dict]:
    """The facts of many services checked together (:func:`check_columns`),
    returned as the engine's form of each service's facts, as
    :func:`prepare_facts` (without provenance) would give them one by one."""
    converted: set = set()
    columns = check_columns(declared, batch, converted)
    rows = []
    for i, item in enumerate(batch):
        if not converted and None not in item.values():
            rows.append(item)  # already in the engine's form: used as it is
            continue
        row = {}
        for name in item:
            value = columns[name][i]
            if value is not None:
                row[name] = value
        rows.append(row)
    return rows


# ------------------------------------------------------------------ precedence

#: The provenance source of a person's explicit answers (the ``answers`` plugin).
ANSWER_SOURCE = "answers"


def _rank(p: Provenance | None) -> tuple:
    if p is None:
        return (False, False, _dt.date.min)
    return (p.source == ANSWER_SOURCE, p.as_of is not None, p.as_of or _dt.date.min)


def preferred(new: Provenance | None, old: Provenance | None) -> bool:
    """Whether a value from ``new`` is used rather than one from ``old``.

    The order: a person's explicit answer (source ``answers``) comes first;
    then the value with the more recent as-of date; a dated value comes
    before an undated one; and between equals, the one given later.
    """
    return _rank(new) >= _rank(old)


def why_preferred(kept: Provenance | None, other: Provenance | None) -> str:
    """Why ``kept`` was used rather than ``other``, in a few words."""
    k, o = _rank(kept), _rank(other)
    if k[0] and not o[0]:
        return "a person's answer comes first"
    if k[0] and o[0]:
        return "the later answer comes first" if k[2] > o[2] else "given later"
    if k[1] and not o[1]:
        return "dated data comes before undated"
    if k[2] > o[2]:
        return "the more recent data comes first"
    return "given later"


def _take(key, old_value, new_value, provenance: dict, ev: Evidence, conflicts: dict | None) -> bool:
    """Whether evidence ``ev`` replaces the value already held for ``key``;
    the value set aside, if different, is recorded in ``conflicts``."""
    old_prov = provenance.get(key)
    take = preferred(ev.provenance, old_prov)
    if conflicts is not None and old_value != new_value:
        lost = (old_value, old_prov) if take else (new_value, ev.provenance)
        conflicts.setdefault(key, []).append(lost)
    return take


def unknown_fact(name: str, declared: Mapping[str, m.Fact]):
    import difflib

    close = difflib.get_close_matches(name, list(declared), n=1)
    hint = f" (did you mean `{close[0]}`?)" if close else ""
    raise InputError(f"`{name}` is not a fact of this ruleset{hint}")


# ------------------------------------------------------------------ files


def read_mapping(path: Path, what: str = "facts") -> tuple[dict, str]:
    """A JSON or TOML file's top-level mapping, read through the bounded
    reader (:mod:`senrules.inputs`: regular files only, size, UTF-8 and
    nesting checked), and its text."""
    from senrules.inputs import load_json, load_toml, read_text

    text = read_text(path, what=what)
    data = load_toml(text, str(path)) if path.suffix.lower() == ".toml" else load_json(text, str(path))
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected an object of names and values at the top")
    return data, text


def _line_of(text: str, key: str) -> int | None:
    for pattern in (f'"{key}"', f"{key} =", f"{key}="):
        pos = text.find(pattern)
        if pos >= 0:
            return text.count("\n", 0, pos) + 1
    return None


def load_facts_file(path: str | Path, declared: Mapping[str, m.Fact]) -> tuple[list[Evidence], _dt.date | None]:
    """Read a facts file: returns evidence (with the file as provenance) and
    the evaluation date it names, if any."""
    path = Path(path)
    data, text = read_mapping(path)
    unknown_keys = set(data) - {"facts", "evaluation_date", "service", "as_of"}
    if "facts" not in data:
        raise InputError(f"{path}: expected a `facts` object (and optionally `evaluation_date`)")
    if unknown_keys:
        raise InputError(f"{path}: unexpected top-level key `{sorted(unknown_keys)[0]}`; expected facts, evaluation_date, service, as_of")
    facts = data["facts"]
    if not isinstance(facts, dict):
        raise InputError(f"{path}: `facts` must be an object of fact names and values")
    date = None
    if data.get("evaluation_date") is not None:
        try:
            date = _dt.date.fromisoformat(str(data["evaluation_date"]))
        except ValueError:
            raise InputError(f"{path}: evaluation_date `{data['evaluation_date']}` is not a date (YYYY-MM-DD)"
                             f"{date_hint(data['evaluation_date'])}") from None
    as_of = None
    if data.get("as_of") is not None:
        try:
            as_of = _dt.date.fromisoformat(str(data["as_of"]))
        except ValueError:
            raise InputError(f"{path}: as_of `{data['as_of']}` is not a date (YYYY-MM-DD){date_hint(data['as_of'])}") from None
    evidence = []
    for name, value in facts.items():
        line = _line_of(text, name)
        where = f"{path}" + (f", line {line}" if line else "")
        fact = declared.get(name)
        if fact is None:
            import difflib

            close = difflib.get_close_matches(name, list(declared), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise InputError(f"{where}: `{name}` is not a fact of this ruleset{hint}")
        try:
            coerce_fact(fact, value, f"fact `{name}`")
        except InputError as err:
            raise InputError(f"{where}: {err.message}") from None
        prov = Provenance("facts file", file=str(path), record=name, as_of=as_of)
        if fact.per_year and isinstance(value, dict):
            evidence.extend(Evidence(name, v, prov, int(y)) for y, v in value.items())
        else:
            evidence.append(Evidence(name, value, prov))
    return evidence, date


def load_parameters_file(path: str | Path) -> dict:
    """Read parameter overrides: a mapping, optionally under `parameters`."""
    path = Path(path)
    data, _ = read_mapping(path, "parameters")
    if "parameters" in data and isinstance(data["parameters"], dict):
        data = data["parameters"]
    return data
