"""Deterministic, realistic facts for the example ruleset (frozen in
benchmarks/ruleset/), for benchmarks.

Two workloads:

- :func:`one_service` - one service's facts (one dict), evaluated on
  :data:`ONE_SERVICE_DATE`.
- :func:`national_batch` - every local authority in England (153) at three
  evaluation dates (1 September 2022, 2023 and 2024): 459 :class:`Case` values,
  each holding one facts dict.  The evaluation date differs between cases, so
  batch APIs that take one ``evaluation_date`` are called once per date; use
  :func:`by_evaluation_date` to group the cases.

The facts dicts use the ruleset's fact ids as keys and plain Python values:
``bool``, ``int``, ``float``, ``str``, :class:`datetime.date`, per-year facts as
``{year: value}`` and list facts as lists of dicts.  A missing fact is a missing
key (never ``None``), and so is a missing field of a list record.

Randomness is seeded by strings (``random.Random(str)`` hashes them with
SHA-512), so the same seed gives the same facts on every machine and Python
version.  Each LA has a latent quality that makes its facts hang together
(a strong service tends to monitor often, to improve and to meet its
targets), so verdicts spread over every outcome and grade.  About 10% of the
facts are missing at random, as are about 5% of single per-year values and of
the ``met_target`` field of provision-map records, so unknown verdicts and
counts that are intervals are exercised.  A few review dates fall exactly on
the edges of the 12- and 18-month windows.
"""

from __future__ import annotations

import calendar
import functools
import random
from datetime import date, timedelta
from typing import NamedTuple

SEED = "senrules-benchmarks-1"
"""Change it to draw a different (but again deterministic) workload."""

N_LAS = 153
"""Local authorities with education responsibilities in England (2022)."""

EVALUATION_YEARS = (2022, 2023, 2024)
TREND_YEARS = 3
"""Years of per-year data each snapshot carries (the ruleset's default
``trend_years``: the evaluation year and the two before it)."""

MISSING_FACT = 0.10
MISSING_YEAR_VALUE = 0.05
MISSING_RECORD_FIELD = 0.05

ONE_SERVICE_DATE = date(2024, 9, 1)

_REGIONS = (
    "North East", "North West", "Yorkshire and the Humber", "East Midlands",
    "West Midlands", "East of England", "London", "South East", "South West",
)

_INTERVENTIONS = (
    "Braille reading", "Touch typing", "Social skills group", "Mobility training",
    "Speech and language therapy", "Precision teaching", "Lego therapy",
    "Sensory circuit", "Nurture group", "Phonics catch-up", "Listening skills",
    "Emotional literacy support", "Handwriting club", "Numeracy catch-up",
    "Independent travel training", "Sign-supported English", "Zones of regulation",
    "Attention autism", "Visual timetable coaching", "Paired reading",
)

_ANECDOTES = (
    "A parent wrote to thank the team for the transition support.",
    "Two pupils now travel to school independently.",
    "The head of a partner school asked for the programme to be extended.",
    "A young person presented their own review at the annual meeting.",
)

FACT_IDS = (
    "programmes_monitored",
    "monitoring_interval",
    "cyp_progress_rate",
    "views_acted_on",
    "interventions",
    "plan_reviewed_on",
    "plan_based_on_benchmarking",
    "staff_understand_plan",
    "anecdotes",
)


class Case(NamedTuple):
    """One service at one evaluation date."""

    la_code: str
    la_name: str
    year: int
    evaluation_date: date
    facts: dict


def months_before(day: date, months: int) -> date:
    """``day`` minus whole calendar months, the day clamped to the month's end."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _clamp(x: float, lo: float = 0.0, hi: float = 100.0) -> float:
    return max(lo, min(hi, x))


class _LA(NamedTuple):
    code: str
    name: str
    quality: float  # 0 (weak) .. 1 (strong)
    progress: dict  # year -> % of CYP making expected progress (full history)


def _make_la(index: int, seed: str) -> _LA:
    rng = random.Random(f"{seed}:la:{index}")
    quality = rng.betavariate(2.2, 2.0)
    base = 38 + 34 * quality + rng.gauss(0, 4)
    slope = rng.gauss(0.8 + 2.5 * (quality - 0.5), 2.2)
    progress = {}
    for year in range(min(EVALUATION_YEARS) - TREND_YEARS, max(EVALUATION_YEARS) + 1):
        t = year - min(EVALUATION_YEARS)
        progress[year] = round(_clamp(base + slope * t + rng.gauss(0, 2.0), 5, 98), 1)
    region = _REGIONS[index % len(_REGIONS)]
    return _LA(f"LA{index + 800:03d}", f"{region} LA {index // len(_REGIONS) + 1}", quality, progress)


def _review_date(rng: random.Random, evaluation_date: date, quality: float) -> date:
    r = rng.random()
    # About 6% of review dates sit exactly on (or a day outside) a window edge.
    if r < 0.02:
        return months_before(evaluation_date, 12)
    if r < 0.04:
        return months_before(evaluation_date, 18)
    if r < 0.05:
        return months_before(evaluation_date, 12) - timedelta(days=1)
    if r < 0.06:
        return months_before(evaluation_date, 18) - timedelta(days=1)
    # Otherwise: strong services review within the year, weak ones drift.
    mean_days = 120 + 420 * (1 - quality)
    days = int(rng.expovariate(1 / mean_days))
    return evaluation_date - timedelta(days=min(days, 365 * 4))


def _interventions(rng: random.Random, evaluation_date: date, quality: float) -> list[dict]:
    records = []
    for name in rng.sample(_INTERVENTIONS, rng.randint(3, 12)):
        record = {
            "name": name,
            "pupils": 0 if rng.random() < 0.02 else rng.randint(1, 30),
            "met_target": rng.random() < 0.25 + 0.6 * quality,
            "exit_date": evaluation_date - timedelta(days=rng.randint(20, 365)),
        }
        if rng.random() < MISSING_RECORD_FIELD:
            del record["met_target"]
        records.append(record)
    return records


def _facts(la: _LA, evaluation_date: date, seed: str, missing: float = MISSING_FACT) -> dict:
    rng = random.Random(f"{seed}:facts:{la.code}:{evaluation_date.isoformat()}")
    q = la.quality
    year = evaluation_date.year
    progress = {
        y: la.progress[y]
        for y in range(year - TREND_YEARS + 1, year + 1)
        if rng.random() >= MISSING_YEAR_VALUE
    }
    interval_weights = [
        (4, 0.3 * q), (6, 1.0 * q), (8, 0.8), (12, 1.0), (13, 1.2),
        (14, 0.5), (26, 0.9 * (1 - q)), (52, 0.6 * (1 - q)),
    ]
    views = rng.choices(
        ("always", "often", "rarely", "never"),
        weights=(0.5 * q + 0.05, 0.5, 0.45 * (1 - q) + 0.05, 0.25 * (1 - q)),
    )[0]
    staff = rng.gauss(48 + 55 * q, 9)
    if rng.random() < 0.04:  # survey results that land exactly on a threshold
        staff = rng.choice((50.0, 90.0))
    facts = {
        "programmes_monitored": rng.random() < 0.55 + 0.4 * q,
        "monitoring_interval": rng.choices(
            [w[0] for w in interval_weights], weights=[w[1] for w in interval_weights]
        )[0],
        "cyp_progress_rate": progress,
        "views_acted_on": views,
        "interventions": _interventions(rng, evaluation_date, q),
        "plan_reviewed_on": _review_date(rng, evaluation_date, q),
        "plan_based_on_benchmarking": rng.random() < 0.35 + 0.55 * q,
        "staff_understand_plan": round(_clamp(staff), 1),
    }
    if rng.random() < 0.3:
        facts["anecdotes"] = rng.choice(_ANECDOTES)
    for name in list(facts):
        if rng.random() < missing:
            del facts[name]
    return facts


@functools.cache
def _las(seed: str) -> tuple[_LA, ...]:
    return tuple(_make_la(i, seed) for i in range(N_LAS))


def national_batch(seed: str = SEED) -> list[Case]:
    """153 LAs x 3 evaluation dates = 459 cases, ordered by date, then LA.

    A fresh list of fresh dicts on each call (callers may mutate them)."""
    cases = []
    for year in EVALUATION_YEARS:
        evaluation_date = date(year, 9, 1)
        for la in _las(seed):
            cases.append(Case(la.code, la.name, year, evaluation_date, _facts(la, evaluation_date, seed)))
    return cases


def by_evaluation_date(cases: list[Case]) -> dict[date, list[dict]]:
    """The facts of *cases* grouped by evaluation date (for batch APIs)."""
    groups: dict[date, list[dict]] = {}
    for case in cases:
        groups.setdefault(case.evaluation_date, []).append(case.facts)
    return groups


def one_service(seed: str = SEED) -> dict:
    """One service's facts for :data:`ONE_SERVICE_DATE`: a mid-quality LA with
    every fact known except the staff survey result, so that both known and
    unknown verdicts are computed."""
    la = _las(seed)[0]._replace(quality=0.62)
    facts = _facts(la, ONE_SERVICE_DATE, seed, missing=0.0)
    del facts["staff_understand_plan"]
    return facts


if __name__ == "__main__":  # a quick look at what is generated
    import pprint

    pprint.pprint(one_service())
    batch = national_batch()
    print(len(batch), "cases;", sum(len(c.facts) for c in batch) / len(batch), "facts per case")
