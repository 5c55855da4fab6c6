"""Random and deterministic facts for the shipped ``dcsf-2008`` ruleset.

* :func:`random_facts` draws one service's facts from the fact declarations
  of the ruleset, leaning towards the values where verdicts change: a
  percentage exactly at (or just either side of) a share parameter, a date
  exactly ``review_interval`` (or that plus ``overdue_grace``) before the
  evaluation date or a day either side, a count at ``min_instances``, a
  benchmark that puts a figure exactly ``high_progress_margin`` above it.
  Facts, single years of per-year facts and fields of list records are
  missing at a given rate.  It takes any ``random.Random``, so hypothesis can
  drive it (``st.randoms()``) and shrink a failing case.
* :func:`random_parameters` draws parameter overrides within their ranges,
  durations in any unit.
* :func:`national_batch` is the benchmark workload: 153 local authorities x 3
  evaluation dates (459 services), seeded, about 10% of facts missing.
* :func:`cases` is a larger seeded batch (10,000 or 100,000 services) for the
  columnar path.

Values are in the engine's checked form (dates as ``datetime.date``,
per-year facts as ``{year: value}``), so the hand-written reference can read
them directly; a missing fact is a missing key.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from typing import NamedTuple

SEED = "senrules-dcsf-2008-1"
N_LAS = 153
EVALUATION_DATES = (date(2022, 9, 1), date(2023, 9, 1), date(2024, 9, 1))
MISSING_FACT = 0.10

_SHARES = ("all_share", "most_share", "majority_share", "min_response_rate", "majority_of_cyp", "few_examples")
_DATE_EDGES = (("review_interval",), ("review_interval", "overdue_grace"), ("feedback_interval",),
               ("feedback_interval", "overdue_grace"))
_INT_EDGES = ("min_instances", "range_of_activities", "medium_term_years", "monitoring_weeks")


class Case(NamedTuple):
    la: str
    evaluation_date: date
    facts: dict


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _before(day: date, duration) -> date:
    amount, unit = duration if isinstance(duration, tuple) else (duration.amount, duration.unit)
    unit = unit if unit.endswith("s") else unit + "s"
    if unit == "days":
        return day - timedelta(days=amount)
    if unit == "weeks":
        return day - timedelta(weeks=amount)
    months = amount * (12 if unit == "years" else 1)
    return _add_months(day, -int(months)) - timedelta(days=round((months - int(months)) * 30.4375))


def _percentage(rng: random.Random, params: dict) -> float | int:
    r = rng.random()
    if r < 0.5:
        edge = params[rng.choice(_SHARES)] + rng.choice((0, 0, -1, 1, -0.5, 0.5))
        return min(100, max(0, edge))
    if r < 0.9:
        return rng.randint(0, 100)
    return round(rng.uniform(0, 100), 1)


def _number(rng, fact, params):
    lo, hi = (fact.range.low, fact.range.high) if fact.range else (0, 1000)
    kind = fact.type.kind
    if kind == "percentage":
        return _percentage(rng, params)
    if kind == "integer":
        if rng.random() < 0.5:
            value = params[rng.choice(_INT_EDGES)] + rng.choice((-1, 0, 0, 1))
        else:
            value = rng.choice((0, 1, 2, 3, rng.randint(int(lo), int(max(lo, min(hi, 60))))))
        return int(min(hi, max(lo, value)))
    return round(rng.uniform(lo, hi), 1)


def _date(rng, evaluation_date: date, params: dict) -> date:
    r = rng.random()
    if r < 0.6:
        anchor = evaluation_date
        if rng.random() < 0.3:  # an earlier year's evaluation date, for trends
            anchor = _add_months(evaluation_date, -12 * rng.randint(1, 3))
        for name in rng.choice(_DATE_EDGES):
            anchor = _before(anchor, params[name])
        return anchor + timedelta(days=rng.choice((-1, 0, 0, 1)))
    if r < 0.7:
        return evaluation_date + timedelta(days=rng.randint(0, 60))  # after the evaluation date
    return evaluation_date - timedelta(days=rng.randint(0, 4 * 366))


def _strong(rng, fact, evaluation_date, params):
    """A value that tends to show the criterion met (for a strong service)."""
    kind = fact.type.kind
    if kind == "boolean":
        return True
    if kind == "percentage":
        if fact.name.startswith(("pi13", "pi14")) and not fact.name.endswith("_benchmark"):
            return rng.choice((0, 1, 2))  # few exclusions
        return rng.choice((100, params["all_share"], min(100, params["all_share"] + 1), rng.randint(int(params["all_share"]), 100)))
    if kind == "integer":
        hi = fact.range.high if fact.range else 20
        return int(min(hi, rng.choice((params["min_instances"], params["medium_term_years"], 10, 20))))
    if kind == "date":
        return evaluation_date - timedelta(days=rng.randint(0, 200))
    return _value(rng, fact, evaluation_date, params)


def _value(rng, fact, evaluation_date, params):
    kind = fact.type.kind
    if kind == "boolean":
        return rng.random() < 0.5
    if kind in ("percentage", "integer", "number"):
        return _number(rng, fact, params)
    if kind == "date":
        return _date(rng, evaluation_date, params)
    if kind == "choice":
        return rng.choice(fact.type.choices)
    if kind == "text":
        return rng.choice(("a", "network of schools", "conference talk"))
    if kind == "list":
        return _records(rng, dict(fact.type.fields), evaluation_date, params)
    raise AssertionError(kind)


def _records(rng, fields: dict, evaluation_date, params) -> list[dict]:
    out = []
    for _ in range(rng.choice((0, 0, 1, 2, 3, 5))):
        received = evaluation_date - timedelta(days=rng.randint(0, 365))
        record = {}
        for name, ft in fields.items():
            if rng.random() < 0.1:
                continue  # a missing field
            if name == "resolved_on":
                record[name] = received + timedelta(days=params["speedy_response_days"] + rng.choice((-1, 0, 1, 30, -20)))
            elif name == "received_on":
                record[name] = received
            elif ft.kind == "boolean":
                record[name] = rng.random() < 0.5
            elif ft.kind == "choice":
                record[name] = rng.choice(ft.choices)
            elif ft.kind == "date":
                record[name] = received
            elif ft.kind in ("integer", "number", "percentage"):
                record[name] = rng.choice((0, 1, 5, 30, 60, 100))
            else:
                record[name] = "note"
        out.append(record)
    return out


def engine_parameters(params: dict) -> dict:
    """Parameters as senrules takes them: durations as text."""
    out = {}
    for name, value in params.items():
        if isinstance(value, tuple):
            amount, unit = value
            out[name] = f"{amount} {unit}"
        else:
            out[name] = value
    return out


def random_parameters(rng: random.Random, declared) -> dict:
    """Overrides for some parameters (``declared``: the ruleset's parameter
    declarations), each within its range; durations as ``(amount, unit)``."""
    out = {}
    for p in declared.values():
        if rng.random() < 0.6:
            continue
        kind = p.type.kind
        if kind == "duration":
            unit = rng.choice(("months", "months", "years", "weeks", "days"))
            amount = {"months": rng.choice((1, 6, 12, 18, 1.5)), "years": rng.choice((1, 2)),
                      "weeks": rng.choice((4, 52)), "days": rng.choice((30, 365, 400))}[unit]
            out[p.name] = (amount, unit)
        else:
            lo, hi = (p.range.low, p.range.high) if p.range else (0, 100)
            value = rng.choice((lo, hi, rng.uniform(lo, hi), p.default.value))
            out[p.name] = int(round(value)) if kind == "integer" else value
    return out


def random_facts(rng: random.Random, declared, evaluation_date: date, params: dict, missing: float = MISSING_FACT,
                 years: int = 6, quality: float | None = None) -> dict:
    """One service's facts; ``params`` are the parameter values in force
    (reference form: durations as pairs), used to place values on edges;
    per-year facts cover the last ``years`` years.  With ``quality`` (0 to
    1), each value shows its criterion met with that chance, and per-year
    figures tend to rise, so good and outstanding grades and the trends
    behind them are reached too."""
    facts = {}
    year = evaluation_date.year
    for fact in declared.values():
        if rng.random() < missing:
            continue
        if fact.per_year:
            series = {}
            for y in range(year - years + 1, year + 1):
                if rng.random() < missing:
                    continue
                strong = quality is not None and rng.random() < quality
                series[y] = (_strong if strong else _value)(rng, fact, evaluation_date, params)
            if quality is not None and rng.random() < quality and fact.type.kind != "list":
                # rising over the years (falling for exclusions)
                down = fact.name.startswith(("pi13", "pi14"))
                ordered = sorted(series.values(), reverse=down)
                series = dict(zip(sorted(series), ordered))
            if fact.name.endswith("_benchmark") and fact.name[: -len("_benchmark")] in facts and rng.random() < 0.5:
                # a benchmark that puts the figure exactly on (or next to) the margin
                main = facts[fact.name[: -len("_benchmark")]]
                margin = params["high_progress_margin"]
                hi = fact.range.high if fact.range else 100
                lo = fact.range.low if fact.range else 0
                series = {y: min(hi, max(lo, v - margin + rng.choice((-1, 0, 0, 1)))) for y, v in main.items()}
            facts[fact.name] = series
        else:
            strong = quality is not None and rng.random() < quality
            facts[fact.name] = (_strong if strong else _value)(rng, fact, evaluation_date, params)
    return facts


YEARS_OF_DATA = 3
"""Years of per-year data in each service's facts in the benchmark batches:
the evaluation year and the two before it (the three-year period of DCSF
2008 para 10)."""


QUALITY = (None, 0.6, 0.8, 0.9, 0.97)
"""How strong the services of a batch are (see :func:`random_facts`): a
mix, so that every grade, and the trends behind outstanding, are reached."""


def national_batch(declared, params: dict, seed: str = SEED) -> list[Case]:
    """153 LAs x 3 evaluation dates = 459 services (``params``: the default
    parameters, in the reference's form)."""
    rng = random.Random(seed)
    out = []
    for la in range(N_LAS):
        quality = rng.choice(QUALITY)  # some services strong, some weak, some in between
        for day in EVALUATION_DATES:
            out.append(Case(f"LA{la:03d}", day, random_facts(rng, declared, day, params, years=YEARS_OF_DATA, quality=quality)))
    return out


def cases(declared, params: dict, n: int, seed: str = SEED, evaluation_date: date = EVALUATION_DATES[-1]) -> list[dict]:
    """``n`` services evaluated on one date: a template of 500 drawn services,
    repeated (drawing 100,000 would take longer than evaluating them)."""
    rng = random.Random(seed + "-cases")
    template = [
        random_facts(rng, declared, evaluation_date, params, years=YEARS_OF_DATA, quality=rng.choice(QUALITY))
        for _ in range(min(n, 500))
    ]
    return [template[i % len(template)] for i in range(n)]


def as_columns(declared, batch: list[dict]) -> dict:
    """The same services as columns of numpy arrays, as a data warehouse
    or a CSV reader would hand them over: numbers (and booleans, as 1/0)
    in float arrays with NaN where unknown, dates in datetime64 arrays with
    NaT, choices and lists as lists; per-year facts as {year: column}."""
    import numpy as np

    def column(values, kind):
        if kind in ("integer", "number", "percentage", "boolean"):
            return np.array([np.nan if v is None else float(v) for v in values])
        if kind == "date":
            return np.array(["NaT" if v is None else v.isoformat() for v in values], dtype="datetime64[D]")
        return list(values)

    out = {}
    for name, fact in declared.items():
        values = [f.get(name) for f in batch]
        if all(v is None for v in values):
            continue
        if fact.per_year:
            years = sorted(set().union(*[v for v in values if v]))
            out[name] = {y: column([None if v is None else v.get(y) for v in values], fact.type.kind) for y in years}
        else:
            out[name] = column(values, fact.type.kind)
    return out
