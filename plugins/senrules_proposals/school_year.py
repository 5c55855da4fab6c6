"""The school year as data: the terms and half-terms the proposal reader
counts school weeks with.

A document may give a Pupil Referral Unit stay by its dates ("from 1
September 2027 until 5 January 2028") rather than its length, and para 23
turns on whether the stay is long-term.  The reader counts the weekdays in
term between the two dates, in weeks of five days
(:func:`senrules_proposals.language.school_weeks_between`), and reads a
term named without a date ("the start of the spring term 2028", "Easter
2028") as the day the term starts or ends.

The pattern of terms is not written in Python: it is the table
``school-year.toml`` shipped beside this module (the usual English pattern,
the Easter holiday moving with Easter, computed by :func:`easter`), or a
file of the same form that an LA whose terms differ names with ``senrules
proposal check FILE --school-year OUR-TERMS.toml`` or, in a data folder,
``school_year = "our-terms.toml"`` in the ``[proposal_document]`` entry.

:func:`load` reads and checks such a file (a mistake is refused with the
file, the term and what was expected); :func:`using` makes a school year
the one the reader counts with while a document is read (a context
variable, so concurrent checks never share one).
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import datetime as _dt
import functools
import re
from pathlib import Path

import attrs

DEFAULT_FILE = Path(__file__).parent / "school-year.toml"
MAX_BYTES = 64 * 1024  # a school year is a few lines; anything larger is not one
MAX_TERMS = 12

_DAY = re.compile(r"^\s*(?:(?P<month>\d{1,2})-(?P<day>\d{1,2})|easter\s*(?P<sign>[+-])\s*(?P<days>\d{1,3})|(?P<easter>easter))\s*$", re.I)
_DAY_EXPECTED = 'a month and day "MM-DD" (as "09-01") or a number of days from Easter Sunday (as "easter-7" or "easter+8")'


def easter(year: int) -> _dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous
    algorithm of 1876, Meeus, Jones and Butcher): 2025 -> 20 April."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return _dt.date(year, month, day)


@attrs.frozen
class Day:
    """A day of the school year: the same month and day every year, or a
    number of days from Easter Sunday."""

    month: int = 0
    day: int = 0
    from_easter: int | None = None

    def on(self, year: int) -> _dt.date:
        if self.from_easter is not None:
            return easter(year) + _dt.timedelta(days=self.from_easter)
        return _dt.date(year, self.month, self.day)

    def __str__(self) -> str:
        if self.from_easter is not None:
            return "easter" + (f"{self.from_easter:+d}" if self.from_easter else "")
        return f"{self.month:02d}-{self.day:02d}"


@attrs.frozen
class Term:
    name: str
    start: Day
    end: Day
    half_term: tuple[Day, Day] | None = None


@attrs.frozen
class SchoolYear:
    """The terms of a school year, and where they were read from."""

    terms: tuple[Term, ...]
    source: str = "the usual English school year (shipped with the proposal reader)"

    def term_dates(self, name: str, year: int) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day of term ``name`` in ``year``."""
        for t in self.terms:
            if t.name == name:
                return t.start.on(year), t.end.on(year)
        return None

    def half_term_dates(self, name: str, year: int) -> tuple[_dt.date, _dt.date] | None:
        """The first and last day of the half-term of term ``name`` in ``year`` (None: the term has none)."""
        for t in self.terms:
            if t.name == name and t.half_term is not None:
                return t.half_term[0].on(year), t.half_term[1].on(year)
        return None

    def is_school_day(self, day: _dt.date) -> bool:
        """A weekday in a term and outside its half-term."""
        days = _school_days(self.terms, day.year)
        i = bisect.bisect_left(days, day.toordinal())
        return i < len(days) and days[i] == day.toordinal()

    def school_days_between(self, start: _dt.date, end: _dt.date) -> int:
        """The school days from ``start`` up to (not including) ``end``."""
        first, stop, n = start.toordinal(), end.toordinal(), 0
        for year in range(start.year, end.year + 1):
            days = _school_days(self.terms, year)
            n += bisect.bisect_left(days, stop) - bisect.bisect_left(days, first)
        return n


@functools.lru_cache(maxsize=256)
def _school_days(terms: tuple[Term, ...], year: int) -> tuple[int, ...]:
    """The weekdays of ``year`` (as ordinals, in order) in a term and outside its half-term."""
    out: set[int] = set()
    for t in terms:
        first, last = t.start.on(year).toordinal(), t.end.on(year).toordinal()
        days = set(range(first, last + 1))
        if t.half_term:
            days -= set(range(t.half_term[0].on(year).toordinal(), t.half_term[1].on(year).toordinal() + 1))
        out |= days
    return tuple(d for d in sorted(out) if _dt.date.fromordinal(d).weekday() < 5)


class SchoolYearError(ValueError):
    """A school year file that cannot be used: the message names the file,
    the term and what was expected."""


def _day(value, where: str) -> Day:
    m = _DAY.match(value) if isinstance(value, str) else None
    if m is None:
        raise SchoolYearError(f"{where} is {value!r}: expected {_DAY_EXPECTED}")
    if m.group("easter"):
        return Day(from_easter=0)
    if m.group("days"):
        n = int(m.group("days"))
        return Day(from_easter=n if m.group("sign") == "+" else -n)
    month, day = int(m.group("month")), int(m.group("day"))
    try:
        _dt.date(2000, month, day)  # a leap year: 02-29 is a day
    except ValueError:
        raise SchoolYearError(f"{where} is {value!r}: there is no such day; expected {_DAY_EXPECTED}") from None
    if (month, day) == (2, 29):
        raise SchoolYearError(f"{where} is {value!r}: 29 February is not in every year; use 02-28 or 03-01")
    return Day(month, day)


def from_data(data, source: str) -> SchoolYear:
    """A :class:`SchoolYear` from parsed TOML (see ``school-year.toml``);
    raises :class:`SchoolYearError` naming ``source``, the term and what was
    expected."""
    terms = data.get("term") if isinstance(data, dict) else None
    unknown = [k for k in (data if isinstance(data, dict) else {}) if k != "term"]
    if unknown:
        raise SchoolYearError(f"{source}: `{unknown[0]}` is not read; a school year file has only [[term]] tables")
    if not isinstance(terms, list) or not terms:
        raise SchoolYearError(f"{source}: no [[term]] tables; each term needs name, start and end "
                              f'(as name = "autumn", start = "09-01", end = "12-20")')
    if len(terms) > MAX_TERMS:
        raise SchoolYearError(f"{source}: {len(terms)} terms; at most {MAX_TERMS} are read")
    out = []
    for n, t in enumerate(terms, 1):
        if not isinstance(t, dict):
            raise SchoolYearError(f"{source}: term {n} is not a table")
        name = t.get("name")
        where = f"{source}: term {n}" + (f" ({name})" if isinstance(name, str) else "")
        if not isinstance(name, str) or not name.strip():
            raise SchoolYearError(f'{where} needs a name (as name = "autumn")')
        for key in t:
            if key not in ("name", "start", "end", "half_term"):
                raise SchoolYearError(f"{where} has `{key}`, which is not read (it reads name, start, end, half_term)")
        for key in ("start", "end"):
            if key not in t:
                raise SchoolYearError(f"{where} needs `{key}`: {_DAY_EXPECTED}")
        half = t.get("half_term")
        pair = None
        if half is not None:
            if not isinstance(half, dict) or set(half) != {"start", "end"}:
                raise SchoolYearError(f'{where}: half_term must be {{ start = "MM-DD", end = "MM-DD" }}')
            pair = (_day(half["start"], f"{where} half_term start"), _day(half["end"], f"{where} half_term end"))
        out.append(Term(name.strip(), _day(t["start"], f"{where} start"), _day(t["end"], f"{where} end"), pair))
    year = SchoolYear(tuple(out), source)
    _check(year, source)
    return year


def _check(year: SchoolYear, source: str) -> None:
    """Every term starts before it ends, and its half-term is inside it, in
    every year of this century (Easter moves)."""
    for y in range(2000, 2100):
        spans = []
        for t in year.terms:
            start, end = t.start.on(y), t.end.on(y)
            if end < start:
                raise SchoolYearError(f"{source}: term {t.name} ends ({t.end}: {_d(end)} {y}) before it starts "
                                      f"({t.start}: {_d(start)} {y}); a term runs within one calendar year")
            if t.half_term:
                a, b = (d.on(y) for d in t.half_term)
                if not (start <= a <= b <= end):
                    raise SchoolYearError(f"{source}: term {t.name}'s half_term ({t.half_term[0]} to {t.half_term[1]}: "
                                          f"{_d(a)} to {_d(b)} in {y}) is not inside the term ({_d(start)} to {_d(end)})")
            spans.append((start, end, t.name))
        spans.sort()
        for (s1, e1, n1), (s2, _, n2) in zip(spans, spans[1:]):
            if s2 <= e1:
                raise SchoolYearError(f"{source}: terms {n1} and {n2} overlap in {y} ({n2} starts {_d(s2)}, "
                                      f"before {n1} ends {_d(e1)})")


def _d(day: _dt.date) -> str:
    """``1 May``."""
    return f"{day.day} {day:%B}"


def load(path, *, shown: str | None = None) -> SchoolYear:
    """Read a school year file (TOML, the form of ``school-year.toml``).
    Raises :class:`senrules.errors.InputError` naming the file and what is
    wrong."""
    from senrules.errors import InputError
    from senrules.inputs import load_toml, read_text

    name = shown or str(path)
    text = read_text(path, what="school year file", limit=MAX_BYTES, shown=name)
    try:
        return attrs.evolve(from_data(load_toml(text, name), name), source=f"the school year file {name}")
    except SchoolYearError as err:
        raise InputError(str(err)) from None


@functools.cache
def default() -> SchoolYear:
    """The school year shipped with the reader (``school-year.toml``)."""
    from senrules.inputs import load_toml

    return from_data(load_toml(DEFAULT_FILE.read_text(encoding="utf-8"), DEFAULT_FILE.name),
                     SchoolYear.__attrs_attrs__.source.default)


_CURRENT: contextvars.ContextVar[SchoolYear | None] = contextvars.ContextVar("senrules_school_year", default=None)


def current() -> SchoolYear:
    """The school year documents are read with now: the one given to
    :func:`using`, else the shipped one."""
    return _CURRENT.get() or default()


@contextlib.contextmanager
def using(school_year: SchoolYear | None):
    """Read documents with ``school_year`` (None: the shipped one) inside the ``with``."""
    token = _CURRENT.set(school_year)
    try:
        yield
    finally:
        _CURRENT.reset(token)
