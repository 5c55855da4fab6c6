"""Case-level rulesets in batch: every case judged, then the share on time.

A case-level ruleset (``ehc-timescales-2014``) is evaluated once per case:
hundreds of thousands for a national export.  :func:`judge_cases` runs the
cases through the batch path in chunks (:func:`_verdicts`, the one place
that calls it, so a faster batch engine can replace it), calling
``progress(done, total)`` after each chunk, and :class:`CaseSummary` counts
the verdicts per step (criterion) and per year (the year of a date fact,
the request date for the EHC timescales): how many on time, late, not yet
due, not applicable and unknown, and the share on time of the steps that
are due (on time / (on time + late)).  The verdicts are the rules'; this
module only counts them.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

CHUNK = 5000
"""Cases per call of the batch path (and per progress report)."""


def _verdicts(rs, facts: Sequence[dict], evaluation_date, parameters):
    """The one call of the batch engine: a verdict dict per case."""
    return rs.verdicts_many(list(facts), evaluation_date=evaluation_date, parameters=parameters)


@attrs.frozen
class StepCount:
    """The verdicts of one step over a set of cases."""

    id: str
    title: str
    counts: tuple[tuple[str, int], ...]

    def count(self, level: str) -> int:
        return dict(self.counts).get(level, 0)

    @property
    def due(self) -> int:
        return self.count("on_time") + self.count("late")

    @property
    def share_on_time(self) -> float | None:
        """On time as a percentage of the cases where the step is due; None when none is."""
        return 100.0 * self.count("on_time") / self.due if self.due else None


@attrs.frozen
class CaseSummary:
    """Counts per step, overall and per year, and the late cases."""

    total: int
    steps: tuple[StepCount, ...]
    by_year: tuple[tuple[int | None, tuple[StepCount, ...]], ...]
    late: tuple[tuple[str, tuple[str, ...]], ...]  # (case id, late steps)
    overall: tuple[tuple[str, int], ...]

    def to_dict(self) -> dict:
        def steps(xs):
            return [{"id": s.id, "title": s.title, "counts": dict(s.counts), "due": s.due,
                     "share_on_time": None if s.share_on_time is None else round(s.share_on_time, 1)} for s in xs]
        return {"cases": self.total, "overall": dict(self.overall), "steps": steps(self.steps),
                "by_year": [{"year": y, "steps": steps(xs)} for y, xs in self.by_year],
                "late_cases": [{"case": c, "late": list(ids)} for c, ids in self.late]}


def judge_cases(rs, cases: Sequence, *, evaluation_date=None, parameters=None, year_fact: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> CaseSummary:
    """Evaluate every case (objects with ``id`` and ``facts``) and count."""
    criteria = [n for n in rs.program.nodes if n.kind == "criterion"]
    overall: Counter = Counter()
    per_step: dict[str, Counter] = {n.id: Counter() for n in criteria}
    per_year: dict[int | None, dict[str, Counter]] = {}
    late = []
    total = len(cases)
    for start in range(0, total, CHUNK):
        chunk = cases[start:start + CHUNK]
        verdicts = _verdicts(rs, [c.facts for c in chunk], evaluation_date, parameters)
        for case, v in zip(chunk, verdicts):
            year = _year(case.facts.get(year_fact)) if year_fact else None
            ys = per_year.setdefault(year, {n.id: Counter() for n in criteria})
            overall[v.get("overall") or "unknown"] += 1
            lates = []
            for n in criteria:
                level = v.get(n.id) or "unknown"
                per_step[n.id][level] += 1
                ys[n.id][level] += 1
                if level == "late":
                    lates.append(n.id)
            if lates:
                late.append((case.id, tuple(lates)))
        if progress is not None:
            progress(min(start + CHUNK, total), total)

    def counts(table):
        return tuple(StepCount(n.id, n.decl.text, tuple(sorted(table[n.id].items()))) for n in criteria)

    years = tuple((y, counts(per_year[y])) for y in sorted(per_year, key=lambda y: (y is None, y or 0)))
    return CaseSummary(total, counts(per_step), years, tuple(late), tuple(sorted(overall.items())))


def _year(value) -> int | None:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.year
    return None


#: about how wide a step's words and number are in the text tables' first column
STEP_WIDTH = 54


#: about how many characters of a step's words a late case's line gives each step
LATE_WIDTH = 36


def late_words(summary: CaseSummary, ids) -> str:
    """A case's late steps in their words (cut short), each number after
    them: "If the local authority is going to… (T2.2); The school or
    institution the parents… (T2.4)"."""
    from senrules.wording import short_title

    titles = {s.id: s.title for s in summary.steps}
    return "; ".join(f"{short_title(titles[i], LATE_WIDTH)} ({i})" if i in titles else i for i in ids)


def render_text(rs, summary: CaseSummary, *, late_shown: int = 20) -> str:
    levels = ("on_time", "late", "not_yet_due", "not_applicable", "unknown")
    lines = [f"{rs.header.title or rs.id} ({rs.id}): {summary.total} case{'s' if summary.total != 1 else ''}", ""]
    lines.append("Cases: " + ", ".join(f"{n} {lvl.replace('_', ' ')}" for lvl, n in summary.overall))
    lines.append("")

    from senrules.wording import short_title

    # each step in its words, cut to one column, its number after them (the list above names them whole)
    named = {s.id: f"{short_title(s.title, STEP_WIDTH - len(s.id) - 3)} ({s.id})" for s in summary.steps}
    width = max([len("step"), *map(len, named.values())])

    def table(steps):
        out = [f"  {'step':<{width}} {'on time':>8} {'late':>6} {'not due':>8} {'n/a':>6} {'unknown':>8} {'share on time':>14}"]
        for s in steps:
            share = "-" if s.share_on_time is None else f"{s.share_on_time:.1f}%"
            out.append(f"  {named.get(s.id, s.id):<{width}} {s.count(levels[0]):>8} {s.count(levels[1]):>6} {s.count(levels[2]):>8} "
                       f"{s.count(levels[3]):>6} {s.count(levels[4]):>8} {share:>14}")
        return out

    lines.append("The steps:")  # named whole before the tables, which cut their words to a column
    for s in summary.steps:
        lines.append(f"  {s.title.rstrip('.')} ({s.id})")
    lines.append("")
    lines.append("Every case:")
    lines += table(summary.steps)
    for year, steps in summary.by_year:
        lines.append("")
        lines.append(f"Requests made in {year}:" if year is not None else "Cases with no request date:")
        lines += table(steps)
    if summary.late:
        lines.append("")
        lines.append(f"Late cases ({len(summary.late)}" + (f", the first {late_shown} shown" if len(summary.late) > late_shown else "") + "):")
        for case, ids in summary.late[:late_shown]:
            lines.append(f"  {case}: {late_words(summary, ids)}")
    return "\n".join(lines) + "\n"
