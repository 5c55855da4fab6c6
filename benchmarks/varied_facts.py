"""Varied facts for any ruleset, drawn from its fact declarations.

Deterministic for a seed: about ``missing`` of the facts are left out (so
unknown verdicts happen), numbers are drawn over their declared range (or a
plausible one), per-year facts get ``years`` years ending at the evaluation
year, dates fall within about two years before the evaluation date, and list
facts get a few records.  Used by the gap benchmarks (benchmarks/bench_gaps.py)
and the gap property tests (tests/unit/test_gaps.py) to evaluate the shipped
rulesets on facts that spread over every verdict.
"""

from __future__ import annotations

import datetime as _dt
import random


def _value(r: random.Random, ft, rng, D: _dt.date):
    kind = ft.kind
    if kind == "boolean":
        return r.random() < 0.6
    if kind in ("integer", "number", "percentage"):
        lo, hi = (0, 100) if kind == "percentage" else (0, 60)
        if rng is not None and kind == "percentage":
            lo, hi = max(lo, rng.low), min(hi, rng.high)
        elif rng is not None:
            lo, hi = rng.low, rng.high
        if kind == "integer":
            return r.randint(int(lo), int(hi))
        return round(r.uniform(lo, hi), 1)
    if kind == "date":
        return D - _dt.timedelta(days=r.randint(0, 800))
    if kind == "choice":
        return r.choice(ft.choices)
    if kind == "text":
        return r.choice(["yes", "a short note"])
    if kind == "duration":
        return f"{r.randint(1, 24)} months"
    if kind == "list":
        return [
            {name: _value(r, t, None, D) for name, t in ft.fields if r.random() > 0.05}
            for _ in range(r.randint(0, 5))
        ]
    return None


def varied_facts(rs, seed, *, evaluation_date=_dt.date(2024, 9, 1), missing: float = 0.1, years: int = 3) -> dict:
    """A facts dict for ``rs`` drawn with ``random.Random(seed)``."""
    r = random.Random(seed)
    out = {}
    Y = evaluation_date.year
    for name, fact in rs.program.facts.items():
        if fact.linked is not None or r.random() < missing:
            continue
        if fact.per_year:
            out[name] = {y: _value(r, fact.type, fact.range, evaluation_date) for y in range(Y - years + 1, Y + 1)}
        else:
            out[name] = _value(r, fact.type, fact.range, evaluation_date)
    return out
