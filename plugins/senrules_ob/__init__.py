"""NatSIP Outcomes Benchmarking: the 14 performance indicators (2012 set).

One ``[[outcomes_benchmarking]]`` entry of ``senrules-data.toml`` names a
table with one row per indicator per year::

    [[outcomes_benchmarking]]
    file = "ob-indicators.csv"      # or an .xlsx, with sheet = "..."
    benchmark = "national"          # what the benchmark column is (shown in provenance)
    [outcomes_benchmarking.columns] # only for headers other than these defaults
    year = "Year"
    indicator = "PI"
    value = "Service"
    benchmark = "Benchmark"

The indicator cell may be ``PI 3``, ``PI03``, ``3`` or the fact id
``pi03_eyfs_78_points``.  PIs 1 and 2 are average EYFS scores; PIs 3-14 are
percentages (0-100).

It supplies, for each indicator the ruleset declares, ``<id>`` (per year, or
the evaluation year's figure for a fact that is not per year) and
``<id>_benchmark``; and, if the ruleset declares them:

* ``<id>_trend``: "improving", "declining", "stable" or "mixed" over the
  last ``trend_years`` years (the value in force for the evaluation of the
  ruleset's parameter of that name, a data folder's, parameter set's or
  ``--params`` override included, ``context.parameters``; 3 for a ruleset
  without one), in the one reading the rule language's ``improving(value, years)``
  and the reports' trend charts have (:func:`senrules.trends.direction`):
  improving when every year-on-year step is better, declining when every
  step is worse, stable when none moves, mixed otherwise (64, 66, 65).
  ``stable_within = N`` in the entry counts a step of at most N points as
  no change (default 0, as the rules read it).  For exclusions (PIs 13 and
  14) lower is better.  Unknown unless every year of the window has a
  figure; a "mixed" trend for a fact whose choices lack "mixed" is left
  unknown, with a warning.
* ``<id>_gap``: how far the evaluation year's figure is better than its
  benchmark (negative: worse), in the indicator's units.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

import attrs

from senrules.evidence import Evidence
from senrules.gather import EvidenceSource, Problem
from senrules.hookspecs import hookimpl
from senrules.tables import (
    each_entry,
    CellError, TableError, academic_year_end, blank, duplicates, manifest_problem, number, open_entry,
    percentage, row_list, unread_keys, year,
)
from senrules.trends import direction

NAME = "outcomes_benchmarking"
SECTION = "outcomes_benchmarking"
__version__ = "0.1.0"


@attrs.frozen
class Indicator:
    number: int
    fact: str
    title: str
    kind: str  # "score" or "percentage"
    maximum: float = 100
    higher_is_better: bool = True  # False for the exclusions; see lower_is_better()


#: The 2012 NatSIP OB performance indicators (NatSIP 2012, Appendix 1).
INDICATORS = tuple(Indicator(*row) for row in (
    (1, "pi01_eyfs_cll_score", "Average EYFS Communication, Language and Literacy subtotal score", "score", 36),
    (2, "pi02_eyfs_total_score", "Average EYFS total score across all 13 scales", "score", 117),
    (3, "pi03_eyfs_78_points", "% scoring 78 points or more across the 13 EYFS scales", "percentage"),
    (4, "pi04_ks2_english_progress", "% progressing two or more levels in English at KS2", "percentage"),
    (5, "pi05_ks2_maths_progress", "% progressing two or more levels in mathematics at KS2", "percentage"),
    (6, "pi06_ks2_level4_english_maths", "% achieving Level 4+ in English and mathematics at KS2", "percentage"),
    (7, "pi07_ks4_english_progress", "% making expected progress in English KS2-KS4", "percentage"),
    (8, "pi08_ks4_maths_progress", "% making expected progress in mathematics KS2-KS4", "percentage"),
    (9, "pi09_ks4_5ag_em", "% achieving 5+ A*-G GCSEs including English and mathematics", "percentage"),
    (10, "pi10_ks4_5ac_em", "% achieving 5+ A*-C GCSEs including English and mathematics", "percentage"),
    (11, "pi11_ks4_5ac_any", "% achieving 5+ A*-C GCSEs in any subjects", "percentage"),
    (12, "pi12_ks4_planned_paths", "% with planned education or employment paths by the end of KS4", "percentage"),
    (13, "pi13_fixed_term_exclusion", "% with at least one fixed-term exclusion in the year", "percentage", 100, False),
    (14, "pi14_permanent_exclusion", "% permanently excluded in the year", "percentage", 100, False),
))
BY_NUMBER = {i.number: i for i in INDICATORS}
BY_FACT = {i.fact: i for i in INDICATORS}


def lower_is_better(fact: str) -> bool:
    """Whether a lower figure of the fact named ``fact`` is the better one.

    The one place that decides it, since the rule language does not say:
    this plugin's trends and gaps and the assistant's trend charts and
    benchmark comparisons (``senrules_tui.insights``) all call it.

    * An OB indicator ``<id>`` and its ``<id>_benchmark``: from
      :data:`INDICATORS` (``higher_is_better``), so lower is better for the
      exclusions, PIs 13 and 14, and higher for the other twelve.
    * An indicator's ``<id>_gap``: higher is better (the gap is signed so
      that a positive gap is better than the benchmark).
    * Any other fact: lower is better when its name says it counts
      exclusions (``exclusion`` in it), read like PIs 13 and 14; otherwise
      higher is better.

    Source: NatSIP 2012, Appendix 1 defines PI 13 as the "% of children and
    young people with (sensory) impairment who had at least one fixed term
    exclusion from school during the last academic year" and PI 14 as those
    "permanently excluded"; its comment on DCSF 2008 Standard 12 ("Key
    processes uphold principles of inclusion") says "OB PIs and data
    concerned with exclusions may offer some context".  Neither document
    states a direction in so many words: that fewer exclusions is better is
    our reading of those definitions, as in the ``dcsf-2008`` rules ("at or
    below [the benchmark] for exclusions", ``ob-indicators.rules``).
    """
    ind = BY_FACT.get(fact.removesuffix("_benchmark"))
    if ind is not None:
        return not ind.higher_is_better
    if fact.removesuffix("_gap") in BY_FACT:
        return False
    return "exclusion" in fact


#: The keys an [[outcomes_benchmarking]] entry may hold (besides ``ruleset``
#: and ``rater``, read by senrules.gather).
ENTRY_KEYS = ("file", "sheet", "benchmark", "columns", "stable_within")

DEFAULT_COLUMNS = {
    "year": ("Year", "Academic year"),
    "indicator": ("PI", "Indicator", "PI number", "Performance indicator"),
    "value": ("Value", "Service", "Service value", "LA"),
    "benchmark": ("Benchmark", "National", "Benchmark value"),
}


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "NatSIP Outcomes Benchmarking indicators (2012 set)",
        reads=("[[outcomes_benchmarking]] in senrules-data.toml",),
        facts=tuple(i.fact for i in INDICATORS),
        doc="The 14 OB PIs per year with benchmarks; derives three-year trends and the gap to benchmark.",
    )]


def indicator(cell) -> Indicator:
    """The indicator a cell names: ``PI 3``, ``PI03``, ``3`` or a fact id."""
    if isinstance(cell, str) and cell.strip().lower() in BY_FACT:
        return BY_FACT[cell.strip().lower()]
    text = str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell).strip()
    m = re.fullmatch(r"(?i)(?:pi\s*)?0*(\d{1,2})", text)
    if m and int(m[1]) in BY_NUMBER:
        return BY_NUMBER[int(m[1])]
    shown = f'"{cell}"' if isinstance(cell, str) else str(cell)
    raise CellError(f"{shown} is not one of the 14 OB indicators (write PI 1 to PI 14)")


def _figure(ind: Indicator, cell):
    value = percentage(cell) if ind.kind == "percentage" else number(cell)
    if ind.kind == "score" and not 0 <= value <= ind.maximum:
        raise CellError(f"{value} is outside 0-{ind.maximum:g}, the range of PI {ind.number}'s average score")
    return value


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    wanted = [i for i in INDICATORS if any(
        name in ruleset.facts for name in (i.fact, f"{i.fact}_benchmark", f"{i.fact}_trend", f"{i.fact}_gap")
    )]
    if not entries or not wanted:
        return None
    return each_entry(entries, context, lambda entry, index: _entry(ruleset, context, entry, index, wanted))


def _entry(ruleset, context, entry, index, wanted):
    yield from unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)  # a misspelt `fiel` or `benchmrak` is named
    names = dict(DEFAULT_COLUMNS)
    custom = entry.get("columns", {}) if isinstance(entry, Mapping) else {}
    if not isinstance(custom, Mapping):
        yield manifest_problem(SECTION, "columns must be a table of key = header", NAME)
        return
    for key, header in custom.items():
        if key not in names:
            close = difflib.get_close_matches(str(key), list(names), n=1, cutoff=0.6)
            meant = f"; did you mean `{close[0]}`?" if close else ""
            yield manifest_problem(SECTION, f"entry {index + 1} columns: `{key}` is not one of {', '.join(names)}{meant}",
                                   NAME)
            return
        names[key] = (header,)
    all_facts = [i.fact for i in wanted]
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
        cols = table.columns(names, optional=("benchmark",))
    except TableError as err:
        yield attrs.evolve(err.problem, facts=all_facts)
        return
    kind = entry.get("benchmark") if isinstance(entry.get("benchmark"), str) else None

    figures: dict[tuple[int, int], tuple] = {}  # (year, PI) -> (row, value, benchmark)
    keyed = []
    for row in table.rows:
        try:
            ind = indicator(row[cols["indicator"]]) if not blank(row[cols["indicator"]]) else None
        except CellError as err:
            yield table.problem(err.message + "; the row is not used", row.number, cols["indicator"])
            continue
        if ind is None:
            yield table.problem("the indicator is missing; the row is not used", row.number, cols["indicator"])
            continue
        try:
            y = year(row[cols["year"]]) if not blank(row[cols["year"]]) else None
        except CellError as err:
            yield table.problem(err.message, row.number, cols["year"], [ind.fact])
            continue
        if y is None:
            yield table.problem("the year is missing", row.number, cols["year"], [ind.fact])
            continue
        if y > context.year:
            yield table.problem(f"the year {y} is after the evaluation year {context.year}", row.number, cols["year"], [ind.fact])
            continue
        keyed.append(((y, ind.number), row))
    dups = duplicates(keyed)
    for (y, n), group in dups.items():
        for r in group:
            yield table.problem(
                f"{row_list(group)} PI {n} for {y}; none of them is used", r.number, cols["indicator"],
                [BY_NUMBER[n].fact],
            )
    for (y, n), row in keyed:
        if (y, n) in dups:
            continue
        ind = BY_NUMBER[n]
        value = bench = None
        try:
            if not blank(row[cols["value"]]):
                value = _figure(ind, row[cols["value"]])
        except CellError as err:
            yield table.problem(err.message, row.number, cols["value"], [ind.fact])
        try:
            if cols.get("benchmark") is not None and not blank(row[cols["benchmark"]]):
                bench = _figure(ind, row[cols["benchmark"]])
        except CellError as err:
            yield table.problem(err.message, row.number, cols["benchmark"], [f"{ind.fact}_benchmark"])
        figures[(y, n)] = (row, value, bench)

    facts = ruleset.facts
    trend_years = _trend_years(ruleset, context)
    if trend_years is None:
        trends = [f"{i.fact}_trend" for i in wanted if f"{i.fact}_trend" in facts]
        if trends:
            yield Problem(f"the parameter trend_years is {_parameters(ruleset, context)['trend_years']!r}, not a number "
                          "of years of 2 or more, so no trend is worked out", plugin=NAME, facts=trends,
                          severity="warning")
    stable_within = entry.get("stable_within", 0)
    if isinstance(stable_within, bool) or not isinstance(stable_within, (int, float)) or not 0 <= stable_within < 1e15:
        yield manifest_problem(SECTION, f"entry {index + 1}: stable_within = {stable_within!r} is not a number of points "
                                        "(0 or more); 0 is used", NAME)
        stable_within = 0
    for ind in wanted:
        years = sorted(y for (y, n) in figures if n == ind.number and context.wants(y))
        for y in years:
            row, value, bench = figures[(y, ind.number)]
            as_of = academic_year_end(y)
            for name, v, col, record in (
                (ind.fact, value, cols["value"], None),
                (f"{ind.fact}_benchmark", bench, cols.get("benchmark"), f"{kind} benchmark" if kind else None),
            ):
                fact = facts.get(name)
                if fact is None or v is None or (not fact.per_year and y != context.year):
                    continue
                yield Evidence(name, v, table.provenance(row.number, col, as_of=as_of, record=record),
                               y if fact.per_year else None)
        yield from _derived(ind, figures, facts, table, cols, context, trend_years, stable_within)


def _parameters(ruleset, context) -> Mapping:
    """The parameter values in force for the evaluation, overrides included
    (:meth:`senrules.gather.EvaluationContext.parameter_values`)."""
    return context.parameter_values(ruleset)


def _trend_years(ruleset, context) -> int | None:
    """The years of a ``<pi>_trend``: the ``trend_years`` in force (the one
    the rules' ``improving(x, trend_years)`` reads), 3 for a ruleset that
    declares none; None when its value is no number of 2 or more."""
    values = _parameters(ruleset, context)
    if "trend_years" not in values:
        return 3
    value = values["trend_years"]
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 2 else None


def _derived(ind, figures, facts, table, cols, context, trend_years, stable_within):
    y = context.year
    sign = -1 if lower_is_better(ind.fact) else 1
    gap = facts.get(f"{ind.fact}_gap")
    if gap is not None and (y, ind.number) in figures:
        row, value, bench = figures[(y, ind.number)]
        if value is not None and bench is not None:
            prov = table.provenance(row.number, None, as_of=academic_year_end(y), record=f"PI {ind.number} {y}: value - benchmark")
            yield Evidence(gap.name, round(sign * (value - bench), 6), prov, y if gap.per_year else None)
    trend = facts.get(f"{ind.fact}_trend")
    if trend is not None and trend_years is not None:
        window = list(range(y - trend_years + 1, y + 1))
        series = [figures.get((yy, ind.number), (None, None, None)) for yy in window]
        if all(v is not None for _, v, _ in series):
            run = [v for _, v, _ in series]
            word = direction(run, lower_is_better=sign < 0, within=stable_within)
            rows = ", ".join(str(r.number) for r, _, _ in series)
            shown = ", ".join(f"{v:g}" for v in run)
            choices = trend.type.choices if trend.type.kind == "choice" else ()
            if choices and word not in choices:  # "mixed" where the ruleset offers only improving, stable, declining
                yield table.problem(
                    f"PI {ind.number} was {shown} in {window[0]}-{y}: {word} year on year, which is none of "
                    f"`{trend.name}`'s choices ({', '.join(choices)}), so it is left unknown; "
                    f"declare \"{word}\" among them to use it", None, cols["value"], [trend.name], severity="warning")
                return
            tolerance = f", steps of at most {stable_within:g} counted as no change" if stable_within else ""
            prov = table.provenance(None, cols["value"], as_of=academic_year_end(y),
                                    record=f"PI {ind.number} {window[0]}-{y}: {shown}{tolerance} (rows {rows})")
            yield Evidence(trend.name, word, prov, y if trend.per_year else None)
