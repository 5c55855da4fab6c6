"""The example ruleset (frozen in benchmarks/ruleset/) written by hand in plain
Python: the baseline.

This is what a developer would write without senrules: one function per
criterion, grade and the overall judgement, with the same three-valued
semantics as the rule language, so that its verdicts can be compared one for
one with senrules and with the peer engines.

Values are ``True`` / ``False`` / ``None`` (unknown).  A verdict is computed as
the *set of outcomes still possible* (a frozenset); it is determined when the
set has one member, and reported as ``None`` otherwise.  Counting criteria
(or standards) that pass a level test gives an interval ``(definitely,
possibly)``: a node counts as definitely passing when every outcome it could
still have passes, and as possibly passing when at least one does.  A share is
the same interval as a percentage (0-100).

Public API, mirroring ``senrules.RuleSet``::

    verdicts(facts, evaluation_date, parameters=None) -> {id: name | None}
    verdicts_many(list_of_facts, evaluation_date, parameters=None) -> [...]
"""

from __future__ import annotations

import calendar
import operator
from datetime import date
from typing import Callable, Iterable

MET, PARTLY_MET, NOT_MET = "met", "partly_met", "not_met"
OUTSTANDING, GOOD, SATISFACTORY, INADEQUATE = "outstanding", "good", "satisfactory", "inadequate"

OUTCOME_RANK = {NOT_MET: 0, PARTLY_MET: 1, MET: 2}
GRADE_RANK = {INADEQUATE: 0, SATISFACTORY: 1, GOOD: 2, OUTSTANDING: 3}

DEFAULT_PARAMETERS = {
    "majority_of_cyp": 50,  # percentage
    "most_areas": 75,  # percentage
    "some_areas": 25,  # percentage
    "trend_years": 3,  # years
    "review_interval": 12,  # months
}

CRITERIA = {
    "outcomes": {"S1": ("S1.1", "S1.2", "S1.3", "S1.4")},
    "smd": {"S11": ("S11.1", "S11.3", "S11.5")},
}
"""section -> standard -> criteria, in source order."""

VERDICT_IDS = (
    "S1.1", "S1.2", "S1.3", "S1.4", "S1",
    "S11.1", "S11.3", "S11.5", "S11",
    "outcomes", "smd", "overall",
)

Possible = frozenset  # the outcomes (or grades) a node may still have


# ---------------------------------------------------------------- three-valued logic


def all_of(*values: bool | None) -> bool | None:
    """Kleene ``and``: false wins over unknown, unknown over true."""
    if False in values:
        return False
    if None in values:
        return None
    return True


def any_of(*values: bool | None) -> bool | None:
    """Kleene ``or``: true wins over unknown, unknown over false."""
    if True in values:
        return True
    if None in values:
        return None
    return False


_OPS: dict[str, Callable[[object, object], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "==": operator.eq, "!=": operator.ne,
}


def compare(value, op: str, other) -> bool | None:
    """``value op other`` where *value* may be unknown (None), a number, or an
    interval ``(lo, hi)``: true if true for the whole interval, false if false
    for the whole interval, else unknown."""
    if value is None or other is None:
        return None
    if not isinstance(value, tuple):
        return _OPS[op](value, other)
    lo, hi = value
    if op == "==":
        return True if lo == hi == other else (False if other < lo or other > hi else None)
    if op == "!=":
        equal = compare(value, "==", other)
        return None if equal is None else not equal
    at_lo, at_hi = _OPS[op](lo, other), _OPS[op](hi, other)  # monotone: the ends decide
    return at_lo if at_lo == at_hi else None


def increases(a, b) -> bool | None:
    """``a < b`` for numbers or intervals (unknown if either is unknown)."""
    if a is None or b is None:
        return None
    a_lo, a_hi = a if isinstance(a, tuple) else (a, a)
    b_lo, b_hi = b if isinstance(b, tuple) else (b, b)
    if a_hi < b_lo:
        return True
    if a_lo >= b_hi:
        return False
    return None


def improving(values: list) -> bool | None:
    """Strictly increasing, oldest first: false if any pair does not increase."""
    return all_of(*(increases(a, b) for a, b in zip(values, values[1:])))


def first_match(*clauses: tuple[str, bool | None]) -> Possible:
    """The outcomes a first-match clause list can give: a true clause ends the
    list, a false one is skipped, an unknown one adds its outcome and goes on.
    ``otherwise`` is a clause whose condition is True."""
    possible = []
    for outcome, condition in clauses:
        if condition is True:
            possible.append(outcome)
            break
        if condition is None:
            possible.append(outcome)
    return Possible(possible)


def holds(possible: Possible, test: Callable[[str], bool]) -> bool | None:
    """Whether a node whose verdict is one of *possible* passes *test*."""
    results = {test(name) for name in possible}
    if results == {True}:
        return True
    if results == {False}:
        return False
    return None


def count_where(nodes: Iterable[Possible], test: Callable[[str], bool]) -> tuple[int, int]:
    """How many nodes pass *test*: ``(definitely, possibly)``."""
    definitely = possibly = 0
    for possible in nodes:
        passed = holds(possible, test)
        definitely += passed is True
        possibly += passed is not False
    return definitely, possibly


def share_of(count: tuple[int, int], total: int) -> tuple[float, float] | None:
    """A count as a percentage interval of *total* (unknown if total is 0)."""
    if not total:
        return None
    definitely, possibly = count
    return (100 * definitely / total, 100 * possibly / total)


def is_outcome(name: str) -> Callable[[str], bool]:
    return lambda outcome: outcome == name


def outcome_at_least(name: str) -> Callable[[str], bool]:
    rank = OUTCOME_RANK[name]
    return lambda outcome: OUTCOME_RANK[outcome] >= rank


def is_grade(name: str) -> Callable[[str], bool]:
    return lambda grade: grade == name


def grade_at_least(name: str) -> Callable[[str], bool]:
    rank = GRADE_RANK[name]
    return lambda grade: GRADE_RANK[grade] >= rank


# ---------------------------------------------------------------- dates


def months_before(day: date, months: int) -> date:
    """``day`` minus whole calendar months, the day clamped to the month's end."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def within_months_before(day: date | None, months: int, reference: date) -> bool | None:
    """``day within <months> months before reference``."""
    if day is None:
        return None
    return months_before(reference, months) <= day <= reference


def _months(duration) -> int:
    """A ``review_interval`` given as months (int) or as an object with
    ``amount`` and ``unit`` (e.g. ``senrules.model.Duration``)."""
    if isinstance(duration, int):
        return duration
    amount, unit = duration.amount, duration.unit
    if unit.startswith("month"):
        return int(amount)
    if unit.startswith("year"):
        return int(amount * 12)
    raise ValueError(f"review_interval must be in months or years, not {unit}")


# ---------------------------------------------------------------- criteria


class Context:
    """Facts, parameters and the evaluation date a criterion is judged on."""

    __slots__ = ("facts", "evaluation_date", "year", "params")

    def __init__(self, facts: dict, evaluation_date: date, params: dict) -> None:
        self.facts = facts
        self.evaluation_date = evaluation_date
        self.year = evaluation_date.year
        self.params = params

    def years_back(self, years: int) -> Context:
        """The same facts judged *years* whole years earlier."""
        return Context(self.facts, months_before(self.evaluation_date, 12 * years), self.params)

    def per_year(self, name: str, year: int | None = None):
        values = self.facts.get(name)
        return None if values is None else values.get(self.year if year is None else year)


def s1_1(ctx: Context) -> Possible:
    monitored = ctx.facts.get("programmes_monitored")
    interval = ctx.facts.get("monitoring_interval")
    return first_match(
        (MET, all_of(monitored, compare(interval, "<=", 13))),
        (PARTLY_MET, monitored),
        (NOT_MET, True),
    )


def s1_2(ctx: Context) -> Possible:
    views = ctx.facts.get("views_acted_on")
    return first_match(
        (MET, None if views is None else views in ("always", "often")),
        (PARTLY_MET, None if views is None else views == "rarely"),
        (NOT_MET, True),
    )


def s1_3(ctx: Context) -> Possible:
    majority = ctx.params["majority_of_cyp"]
    n = ctx.params["trend_years"]
    rate = ctx.per_year("cyp_progress_rate")
    history = [ctx.per_year("cyp_progress_rate", y) for y in range(ctx.year - n + 1, ctx.year + 1)]
    high_enough = compare(rate, ">=", majority)
    return first_match(
        (MET, all_of(high_enough, improving(history))),
        (PARTLY_MET, high_enough),
        (NOT_MET, True),
    )


def s1_4(ctx: Context) -> Possible:
    records = ctx.facts.get("interventions")
    if records is None:
        share = count = pupils = None
    else:
        flags = [record.get("met_target") for record in records]
        met = sum(flag is True for flag in flags)
        maybe = sum(flag is None for flag in flags)
        count = (met, met + maybe)
        share = share_of(count, len(records))
        numbers = [record.get("pupils") for record in records]
        pupils = None if None in numbers else sum(numbers)
    return first_match(
        (MET, all_of(compare(share, ">=", ctx.params["majority_of_cyp"]), compare(pupils, ">", 0))),
        (PARTLY_MET, compare(count, ">", 0)),
        (NOT_MET, True),
    )


def s11_1(ctx: Context) -> Possible:
    return first_match(
        (MET, ctx.facts.get("plan_based_on_benchmarking")),
        (NOT_MET, True),
    )


def s11_3(ctx: Context) -> Possible:
    understand = ctx.facts.get("staff_understand_plan")
    return first_match(
        (MET, compare(understand, ">=", 90)),
        (PARTLY_MET, compare(understand, ">=", ctx.params["majority_of_cyp"])),
        (NOT_MET, True),
    )


def s11_5(ctx: Context) -> Possible:
    reviewed = ctx.facts.get("plan_reviewed_on")
    interval = _months(ctx.params["review_interval"])
    return first_match(
        (MET, within_months_before(reviewed, interval, ctx.evaluation_date)),
        (PARTLY_MET, within_months_before(reviewed, interval + 6, ctx.evaluation_date)),
        (NOT_MET, True),
    )


OUTCOMES_CRITERIA = {"S1.1": s1_1, "S1.2": s1_2, "S1.3": s1_3, "S1.4": s1_4}
SMD_CRITERIA = {"S11.1": s11_1, "S11.3": s11_3, "S11.5": s11_5}


# ---------------------------------------------------------------- grades


def standard_grade(criteria: list[Possible], params: dict) -> Possible:
    """The ``standard_grade`` grading, over a standard's criteria."""
    met = count_where(criteria, is_outcome(MET))
    partly = count_where(criteria, outcome_at_least(PARTLY_MET))
    return first_match(
        (OUTSTANDING, compare(met, "==", len(criteria))),
        (GOOD, compare(share_of(met, len(criteria)), ">=", params["most_areas"])),
        (SATISFACTORY, compare(share_of(partly, len(criteria)), ">=", params["some_areas"])),
        (INADEQUATE, True),
    )


def s11_grade(criteria: list[Possible], params: dict) -> Possible:
    """Standard 11's own grade block."""
    share_met = share_of(count_where(criteria, is_outcome(MET)), len(criteria))
    not_met = count_where(criteria, is_outcome(NOT_MET))
    share_partly = share_of(count_where(criteria, outcome_at_least(PARTLY_MET)), len(criteria))
    enough_met = compare(share_met, ">=", params["most_areas"])
    return first_match(
        (OUTSTANDING, all_of(enough_met, compare(not_met, "==", 0))),
        (GOOD, enough_met),
        (SATISFACTORY, compare(share_partly, ">=", params["some_areas"])),
        (INADEQUATE, True),
    )


def section_grade(standards: list[Possible], params: dict) -> Possible:
    """The ``section_grade`` grading, over a section's standards."""
    n = len(standards)
    most, some = params["most_areas"], params["some_areas"]
    return first_match(
        (OUTSTANDING, compare(share_of(count_where(standards, is_grade(OUTSTANDING)), n), ">=", most)),
        (GOOD, compare(share_of(count_where(standards, grade_at_least(GOOD)), n), ">=", most)),
        (SATISFACTORY, compare(share_of(count_where(standards, grade_at_least(SATISFACTORY)), n), ">=", some)),
        (INADEQUATE, True),
    )


def overall_grade(outcomes: Possible, smd: Possible, smd_trend: bool | None) -> Possible:
    return first_match(
        (OUTSTANDING, all_of(holds(outcomes, grade_at_least(GOOD)), holds(smd, is_grade(OUTSTANDING)), smd_trend)),
        (GOOD, all_of(holds(outcomes, grade_at_least(GOOD)), holds(smd, grade_at_least(GOOD)))),
        (SATISFACTORY, all_of(holds(outcomes, grade_at_least(SATISFACTORY)), holds(smd, grade_at_least(SATISFACTORY)))),
        (INADEQUATE, True),
    )


def smd_share_met(criteria: Iterable[Possible]) -> tuple[float, float] | None:
    criteria = list(criteria)
    return share_of(count_where(criteria, is_outcome(MET)), len(criteria))


# ---------------------------------------------------------------- the whole ruleset


def possible_verdicts(facts: dict, evaluation_date: date, parameters: dict | None = None) -> dict[str, Possible]:
    """Every node's set of possible verdicts."""
    params = DEFAULT_PARAMETERS if not parameters else {**DEFAULT_PARAMETERS, **parameters}
    ctx = Context(facts, evaluation_date, params)
    result = {cid: criterion(ctx) for cid, criterion in OUTCOMES_CRITERIA.items()}
    smd_now = {cid: criterion(ctx) for cid, criterion in SMD_CRITERIA.items()}
    result.update(smd_now)

    result["S1"] = standard_grade([result[c] for c in CRITERIA["outcomes"]["S1"]], params)
    result["S11"] = s11_grade([result[c] for c in CRITERIA["smd"]["S11"]], params)
    result["outcomes"] = section_grade([result["S1"]], params)
    result["smd"] = section_grade([result["S11"]], params)

    # improving(share(criteria of smd is met), trend_years): the share as of
    # each of the trend years, oldest first, the current year last.
    years = params["trend_years"]
    shares = [
        smd_share_met(criterion(ctx.years_back(back)) for criterion in SMD_CRITERIA.values())
        for back in range(years - 1, 0, -1)
    ]
    shares.append(smd_share_met(smd_now.values()))
    result["overall"] = overall_grade(result["outcomes"], result["smd"], improving(shares))
    return result


def _name(possible: Possible) -> str | None:
    if len(possible) == 1:
        (name,) = possible
        return name
    return None


def verdicts(facts: dict, evaluation_date: date, parameters: dict | None = None) -> dict[str, str | None]:
    """id -> outcome or grade name, or None when unknown."""
    return {node: _name(possible) for node, possible in possible_verdicts(facts, evaluation_date, parameters).items()}


def verdicts_many(
    many: Iterable[dict], evaluation_date: date, parameters: dict | None = None
) -> list[dict[str, str | None]]:
    return [verdicts(facts, evaluation_date, parameters) for facts in many]
