"""Three-valued (Kleene) logic and the run-time helpers of compiled rules.

Values at run time:

* a yes/no value is ``True``, ``False`` or ``None`` (unknown);
* a number is an ``int``/``float`` or ``None``; a count of verdicts some of
  which are unknown is an :data:`Interval`, the tuple ``(low, high)``;
* a verdict is a *mask*: an ``int`` whose bit *i* is set when the node's
  *i*-th level (on its scale, best first) is still possible, and whose bit
  :data:`NONE` is set when it is possible that no outcome applies (a node
  without ``otherwise`` whose conditions may all be false).  One level bit
  alone means the verdict is known; several bits mean it is unknown but
  limited to those; :data:`NONE` alone means no outcome applies (a gap in the
  rules).

Kleene's strong logic (the truth tables are in ``docs/logic.md`` and tested
exhaustively in ``tests/unit/test_logic.py``)::

    and | T  F  U        or | T  F  U        not |
    ----+---------       ---+---------       ----+--
     T  | T  F  U         T | T  T  T         T  | F
     F  | F  F  F         F | T  F  U         F  | T
     U  | U  F  U         U | T  U  U         U  | U

The compiler inlines ``and``/``or``/``not`` and plain comparisons; the helpers
below handle what is too long to inline.  None of them ever raises on
unknown input: unknown in, unknown out.
"""

from __future__ import annotations

import datetime as _dt
import math

from senrules.model import Duration

Interval = tuple  # (low, high), low <= high; only for counts of verdicts

# ------------------------------------------------------------------ Kleene logic


def k_and(a, b):
    """Kleene conjunction."""
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def k_or(a, b):
    """Kleene disjunction."""
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def k_not(a):
    """Kleene negation."""
    return None if a is None else not a


# ------------------------------------------------------------------ intervals

OPS = ("==", "!=", "<", "<=", ">", ">=")


def _bounds(x):
    return x if type(x) is tuple else (x, x)


def compare(a, b, op: int):
    """Compare two numbers, either of which may be an interval or unknown.

    True when the comparison holds for every value in the intervals, False
    when it holds for none, unknown otherwise.  ``op`` indexes :data:`OPS`.
    """
    if a is None or b is None:
        return None
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if op == 2:  # <
        return True if ahi < blo else (False if alo >= bhi else None)
    if op == 3:  # <=
        return True if ahi <= blo else (False if alo > bhi else None)
    if op == 4:  # >
        return True if alo > bhi else (False if ahi <= blo else None)
    if op == 5:  # >=
        return True if alo >= bhi else (False if ahi < blo else None)
    if op == 0:  # ==
        if alo == ahi == blo == bhi:
            return True
        return False if ahi < blo or bhi < alo else None
    # !=
    if alo == ahi == blo == bhi:
        return False
    return True if ahi < blo or bhi < alo else None


def _tidy(lo, hi):
    return lo if lo == hi else (lo, hi)


def arith(a, b, op: str):
    """``a op b`` for numbers and intervals; unknown if either is unknown or
    when dividing by zero."""
    if a is None or b is None:
        return None
    if type(a) is not tuple and type(b) is not tuple:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        return a / b if b != 0 else None
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if op == "+":
        return _tidy(alo + blo, ahi + bhi)
    if op == "-":
        return _tidy(alo - bhi, ahi - blo)
    if op == "*":
        c = (alo * blo, alo * bhi, ahi * blo, ahi * bhi)
        return _tidy(min(c), max(c))
    if blo <= 0 <= bhi:
        return None
    c = (alo / blo, alo / bhi, ahi / blo, ahi / bhi)
    return _tidy(min(c), max(c))


def negate(a):
    if a is None:
        return None
    if type(a) is tuple:
        return (-a[1], -a[0])
    return -a


def known(a) -> bool:
    """Whether a value is known (an interval is not)."""
    return a is not None and type(a) is not tuple


# ------------------------------------------------------------------ verdict masks

NONE = 1 << 30
"""The mask bit for "no outcome applies"; scales have far fewer levels."""


def level(mask: int, qualifying: int):
    """Is the verdict one of the qualifying levels?  Kleene answer.  "No
    outcome" is no level, so a node that certainly has none is at no level
    (false), and one that may have none is unknown unless no possible level
    qualifies."""
    if not mask:
        return None
    if not mask & ~qualifying:
        return True
    if not mask & qualifying:
        return False
    return None


def mask_known(mask: int) -> bool:
    """A verdict is known when exactly one level is possible."""
    return mask != 0 and mask != NONE and mask & (mask - 1) == 0


def count_masks(masks, qualifying: int):
    """How many verdicts are at a qualifying level: exact or an interval."""
    lo = hi = 0
    for mask in masks:
        if mask & qualifying:
            hi += 1
            if not mask & ~qualifying:
                lo += 1
    return lo if lo == hi else (lo, hi)


def share_masks(masks, qualifying: int):
    """The percentage of verdicts at a qualifying level (unknown if none)."""
    n = len(masks)
    if not n:
        return None
    c = count_masks(masks, qualifying)
    if type(c) is tuple:
        return (c[0] * 100 / n, c[1] * 100 / n)
    return c * 100 / n


def count_known(masks, want_known: bool):
    return sum(1 for mask in masks if mask_known(mask) == want_known)


def share_known(masks, want_known: bool):
    n = len(masks)
    return count_known(masks, want_known) * 100 / n if n else None


# ------------------------------------------------------------------ lists of records


def list_count(records):
    return None if records is None else len(records)


def where_count(records, pred):
    if records is None:
        return None
    lo = hi = 0
    for r in records:
        v = pred(r)
        if v is True:
            lo += 1
            hi += 1
        elif v is None:
            hi += 1
    return lo if lo == hi else (lo, hi)


def where_share(records, pred):
    if not records:
        return None
    c = where_count(records, pred)
    n = len(records)
    if type(c) is tuple:
        return (c[0] * 100 / n, c[1] * 100 / n)
    return c * 100 / n


def _aggregate(values, func):
    if func == "sum":
        return sum(values)
    if not values:
        return None
    if func == "mean":
        return sum(values) / len(values)
    return min(values) if func == "min" else max(values)


def list_aggregate(records, field, func, pred=None):
    """sum/mean/min/max of a field over the records (matching ``pred``).
    Unknown if the list is unknown, or any record that might match has an
    unknown field or an unknown match."""
    if records is None:
        return None
    values = []
    for r in records:
        if pred is not None:
            ok = pred(r)
            if ok is None:
                return None
            if not ok:
                continue
        v = r.get(field)
        if v is None:
            return None
        values.append(v)
    return _aggregate(values, func)


def min_max(func, *values):
    if any(v is None for v in values):
        return None
    return min(values) if func == "min" else max(values)


def rounded(x, digits=0):
    if x is None or digits is None:
        return None
    return round(x, int(digits))


def absolute(x):
    return None if x is None else abs(x)


# ------------------------------------------------------------------ dates


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(d: _dt.date, months: int) -> _dt.date:
    """Calendar months later (earlier if negative), clamping the day to the
    end of a shorter month: 31 March + 1 month = 30 April."""
    total = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(total, 12)
    day = d.day
    if day > 28:
        last = _MONTH_DAYS[month0]
        if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):  # a leap year
            last = 29
        day = min(day, last)
    return _dt.date(year, month0 + 1, day)


def shift(d, dur: Duration | None, sign: int = 1):
    """A date moved by a duration."""
    if d is None or dur is None:
        return None
    amount = dur.amount * sign
    try:
        if dur.unit == "days":
            return d + _dt.timedelta(days=amount)
        if dur.unit == "weeks":
            return d + _dt.timedelta(weeks=amount)
        months = amount * (12 if dur.unit == "years" else 1)
        whole = math.floor(months)
        out = add_months(d, int(whole))
        if months != whole:
            out += _dt.timedelta(days=round((months - whole) * 30.4375))
        return out
    except (OverflowError, ValueError):
        # Past the calendar's ends (year 1 or 9999): every real date lies
        # after (or before) it, which is what a comparison needs.
        return _dt.date.min if amount < 0 else _dt.date.max


def add_durations(a: Duration | None, b: Duration | None, sign: int = 1):
    if a is None or b is None:
        return None
    if a.unit == b.unit:
        return Duration(a.amount + sign * b.amount, a.unit)
    days = {"days": 1, "weeks": 7}
    months = {"months": 1, "years": 12}
    if a.unit in months and b.unit in months:
        return Duration(a.amount * months[a.unit] + sign * b.amount * months[b.unit], "months")
    if a.unit in days and b.unit in days:
        return Duration(a.amount * days[a.unit] + sign * b.amount * days[b.unit], "days")
    return None  # months and days do not add up to a fixed length


def _duration_length(d: Duration) -> tuple[str, float]:
    if d.unit in ("months", "years"):
        return "months", d.amount * (12 if d.unit == "years" else 1)
    return "days", d.amount * (7 if d.unit == "weeks" else 1)


def compare_durations(a, b, op: int):
    """Compare two durations: months with years, days with weeks; a month
    and a number of days have no fixed ratio, so that comparison is unknown."""
    if a is None or b is None:
        return None
    (ka, va), (kb, vb) = _duration_length(a), _duration_length(b)
    if ka != kb:
        return None
    return (va == vb, va != vb, va < vb, va <= vb, va > vb, va >= vb)[op]


def scale_duration(a, n):
    if a is None or n is None:
        return None
    if isinstance(a, Duration):
        return Duration(a.amount * n, a.unit)
    return Duration(n.amount * a, n.unit)


def within_before(x, dur, anchor):
    """``x within dur before anchor``: anchor - dur <= x <= anchor."""
    start = shift(anchor, dur, -1)
    if x is None or start is None:
        return None
    return start <= x <= anchor


def within_of(x, dur, anchor):
    """``x within dur of anchor``: anchor - dur <= x <= anchor + dur."""
    start, end = shift(anchor, dur, -1), shift(anchor, dur, 1)
    if x is None or start is None:
        return None
    return start <= x <= end


def days_between(a, b):
    return None if a is None or b is None else (b - a).days


def months_between(a, b):
    """Whole calendar months from a to b (negative if b is earlier)."""
    if a is None or b is None:
        return None
    months = (b.year - a.year) * 12 + (b.month - a.month)
    if months > 0 and b.day < a.day:
        months -= 1
    elif months < 0 and b.day > a.day:
        months += 1
    return months


def years_between(a, b):
    m = months_between(a, b)
    return None if m is None else int(m / 12)


def years_back(d: _dt.date, years: int) -> _dt.date:
    """The same calendar day some years earlier (28 Feb for 29 Feb)."""
    return add_months(d, -12 * years)


# ------------------------------------------------------------------ years and trends
#
# ``fn(Y, R, D)`` is the compiled inner expression, evaluated as of year Y with
# R the verdicts of that year and D the evaluation date moved back to it.
# ``at(Y)`` gives the verdicts of year Y (computed lazily).


YEAR_FUNCTIONS = ("improving", "declining", "previous", "change", "mean", "lowest", "highest")
"""The rule functions whose second argument is a number of years (``mean``
only with two arguments; ``previous`` reads one year back without one)."""

MAX_YEARS_BACK = 100
"""How far back the year functions (``previous``, ``change``, ``improving``,
``declining``, ``mean``, ``lowest`` and ``highest`` over years) may look.  A
year further back, or before year 1, is unknown: a rule file is data, so it
must not be able to make an evaluation run for ever or fail on an impossible
date.  The checker rejects a window written as a number past it."""


def _value_at(fn, year, date, back, at):
    y = year - back
    if back > MAX_YEARS_BACK or y < 1:
        return None
    return fn(y, at(y), years_back(date, back) if back else date)


def _window(years) -> int | None:
    """``years`` as a whole number of years to look at, or None past the bound."""
    if years is None:
        return None
    n = int(years)
    return n if n <= MAX_YEARS_BACK else None


def previous(fn, year, date, years, at):
    if years is None:
        return None
    return _value_at(fn, year, date, int(years), at)


def monotone(fn, year, date, years, at, op: int):
    """Strictly rising (op 2, ``<``) or falling (op 4, ``>``) over the last
    ``years`` years: Kleene-and of each year-on-year comparison."""
    n = _window(years)
    if n is None or n < 2:
        return None
    result = True
    later = _value_at(fn, year, date, 0, at)
    for back in range(1, n):
        earlier = _value_at(fn, year, date, back, at)
        step = compare(earlier, later, op)
        if step is False:
            return False
        if step is None:
            result = None
        later = earlier
    return result


def change(fn, year, date, years, at):
    if years is None:
        return None
    return arith(_value_at(fn, year, date, 0, at), _value_at(fn, year, date, int(years), at), "-")


def mean_over_years(fn, year, date, years, at):
    n = _window(years)
    if n is None or n < 1:
        return None
    values = [_value_at(fn, year, date, back, at) for back in range(n)]
    if any(v is None or type(v) is tuple for v in values):
        return None
    return sum(values) / len(values)


def extreme_over_years(fn, year, date, years, at, highest: bool):
    """The lowest (``highest`` false) or highest value over the last ``years``
    years, this year included: ``lowest(x, years)`` / ``highest(x, years)``.

    Unknown if ``years`` is unknown or below 1, and if any year's value is
    unknown, even when a known year already settles a comparison (``lowest(x,
    3) > 50`` with one year at 40 and another missing is unknown, not false).
    That is exactly what ``min(x, previous(x, 1), ..., previous(x, years -
    1))`` gives, which these functions replace.  A year whose value is an
    interval (a count of verdicts some of which are unknown) takes part by its
    bounds: the lowest of [2, 4] and 3 is [2, 3].
    """
    n = _window(years)
    if n is None or n < 1:
        return None
    values = []
    for back in range(n):
        v = _value_at(fn, year, date, back, at)
        if v is None:
            return None
        values.append(v)
    pick = max if highest else min
    if not any(type(v) is tuple for v in values):
        return pick(values)
    bounds = [_bounds(v) for v in values]
    return _tidy(pick(b[0] for b in bounds), pick(b[1] for b in bounds))


def yearly(facts, name, year):
    series = facts.get(name)
    return None if series is None else series.get(year)
