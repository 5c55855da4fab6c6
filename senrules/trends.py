"""Three-year trends and benchmark comparisons, from the evidence (core:
the command line's reports and the assistant's exports and screens use it).

:func:`series` collects every per-year fact that has figures for at least
two of the last three years (the three-year period of DCSF 2008 para 10);
:func:`benchmarks` pairs each ``<id>`` with its ``<id>_benchmark`` fact.
They render as text charts for the terminal (:func:`trend_chart`,
:func:`benchmark_table`) and as inline SVG for the HTML report
(:func:`trend_svg`).

Whether a lower figure is better is not in the rules: the Outcomes
Benchmarking plugin decides it (:func:`senrules_ob.lower_is_better`: the
exclusion indicators, NatSIP PIs 13 and 14, and any fact counting
exclusions), as it does for its own trends and gaps.  The functions here
take it as ``lower_is_better``; :func:`default_lower_is_better` is that
plugin's, when it is installed (it ships with senrules).

Indicators are named by their ``label`` in the rule file (the question when
there is none), never by their fact name.
"""

from __future__ import annotations

import html

import attrs

YEARS = 3
BAR = 28
_EIGHTHS = " \u258f\u258e\u258d\u258c\u258b\u258a\u2589\u2588"


@attrs.frozen
class Series:
    fact: str
    label: str
    kind: str  # percentage, number, integer
    unit: str | None
    values: tuple[tuple[int, float], ...]  # (year, value), oldest first
    benchmark: tuple[tuple[int, float], ...] = ()
    lower_is_better: bool = False

    @property
    def change(self) -> float | None:
        if len(self.values) < 2:
            return None
        return self.values[-1][1] - self.values[0][1]

    @property
    def direction(self) -> str:
        """``improving`` or ``declining`` only when every year on year step
        goes that way, as the rule language's ``improving(value, years)``
        reads it (docs/language.md): 64, 66, 65 is ``mixed``, not improving
        (see :func:`direction`)."""
        if len(self.values) < 2:
            return "one year only"
        return direction([v for _, v in self.values], lower_is_better=self.lower_is_better)


def direction(values, *, lower_is_better: bool = False, within: float = 0) -> str:
    """The direction of a run of yearly figures, oldest first, as the rule
    language's ``improving(value, years)`` and ``declining(value, years)``
    read it (docs/language.md, "Year functions"): ``improving`` when every
    year-on-year step is a strict rise (a fall, when ``lower_is_better``),
    ``declining`` when every step goes the other way, ``stable`` when no
    step moves, and ``mixed`` otherwise (64, 66, 65: up, then down).

    The one definition of a trend's word: the reports' trend charts
    (:attr:`Series.direction`) and the Outcomes Benchmarking plugin's
    ``<pi>_trend`` facts both call it.  ``within`` (0 unless a data folder
    says otherwise: the OB plugin's ``stable_within``) counts a step of at
    most that much either way as no change.  At least two figures."""
    values = list(values)
    if len(values) < 2:
        raise ValueError("a trend needs at least two years' figures")
    sign = -1 if lower_is_better else 1
    steps = [sign * (b - a) for a, b in zip(values, values[1:])]
    edge = max(within, 1e-9)  # 1e-9: a float's rounding is no change
    if all(abs(d) <= edge for d in steps):
        return "stable"
    if all(d > edge for d in steps):
        return "improving"
    if all(d < -edge for d in steps):
        return "declining"
    return "mixed"


def _label(fact) -> str:
    """An indicator's name for people: its label, else its question."""
    return fact.label or fact.question or fact.name.replace("_", " ")


def _never(name: str) -> bool:
    return False


def default_lower_is_better():
    """The Outcomes Benchmarking plugin's ``lower_is_better``, or "never"
    when the plugin is not installed."""
    try:
        from senrules_ob import lower_is_better
    except ImportError:  # pragma: no cover - the plugin ships with senrules
        return _never
    return lower_is_better


def facts_of(rs, evidence) -> dict:
    """The facts' values after precedence (as the engine sees them)."""
    from senrules.facts import prepare_facts

    values, _ = prepare_facts(rs.facts, evidence, conflicts={})
    return values


def series(rs, values: dict, year: int, years: int = YEARS, lower_is_better=None) -> list[Series]:
    """Per-year facts with figures for at least two of the last ``years``
    years, in declaration order (benchmarks beside their indicator)."""
    lower_is_better = lower_is_better or default_lower_is_better()

    wanted = range(year - years + 1, year + 1)
    out = []
    for name, fact in rs.facts.items():
        if not fact.per_year or name.endswith("_benchmark") or fact.type.kind not in ("percentage", "number", "integer"):
            continue
        data = values.get(name) or {}
        points = tuple((y, data[y]) for y in wanted if y in data and data[y] is not None)
        if len(points) < 2:
            continue
        bench = values.get(f"{name}_benchmark") or {}
        bpoints = tuple((y, bench[y]) for y in wanted if y in bench and bench[y] is not None)
        out.append(Series(name, _label(fact), fact.type.kind, fact.unit, points, bpoints, lower_is_better(name)))
    return out


@attrs.frozen
class Comparison:
    fact: str
    label: str
    year: int
    value: float
    benchmark: float
    unit: str
    lower_is_better: bool

    @property
    def difference(self) -> float:
        return self.value - self.benchmark

    @property
    def verdict(self) -> str:
        d = self.difference
        if abs(d) < 1e-9:
            return "at the benchmark"
        better = (d < 0) if self.lower_is_better else (d > 0)
        return "better than the benchmark" if better else "below the benchmark"


def benchmarks(rs, values: dict, year: int, lower_is_better=None) -> list[Comparison]:
    """Each ``<id>`` with an ``<id>_benchmark`` fact, for the latest year
    that has both figures (at most the evaluation year)."""
    lower_is_better = lower_is_better or default_lower_is_better()

    out = []
    for name, fact in rs.facts.items():
        bname = f"{name}_benchmark"
        if bname not in rs.facts:
            continue
        value, bench = values.get(name), values.get(bname)
        if value is None or bench is None:
            continue
        if isinstance(value, dict) or isinstance(bench, dict):
            vs = value if isinstance(value, dict) else {year: value}
            bs = bench if isinstance(bench, dict) else {year: bench}
            years = sorted(y for y in vs if y in bs and y <= year)
            if not years:
                continue
            y = years[-1]
            v, b = vs[y], bs[y]
        else:
            y, v, b = year, value, bench
        unit = "%" if fact.type.kind == "percentage" else (f" {fact.unit}" if fact.unit else "")
        out.append(Comparison(name, _label(fact), y, v, b, unit, lower_is_better(name)))
    return out


# ------------------------------------------------------------------ text


def format_figure(v: float, unit: str | None = None, kind: str = "number") -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, float):
        v = round(v, 1)
    if kind == "percentage":
        return f"{v}%"
    return f"{v}{(' ' + unit) if unit else ''}"


def _bar(value: float, top: float, width: int = BAR) -> str:
    if top <= 0:
        return ""
    eighths = max(0, round(value / top * width * 8))
    full, part = divmod(eighths, 8)
    return "\u2588" * full + (_EIGHTHS[part] if part else "")


def trend_chart(s: Series, width: int = BAR) -> list[str]:
    """One indicator as text lines: a bar per year, the benchmark beside."""
    top = 100.0 if s.kind == "percentage" else max([v for _, v in s.values] + [b for _, b in s.benchmark] + [1])
    bench = dict(s.benchmark)
    lines = [s.label]
    for y, v in s.values:
        bar = _bar(v, top, width).ljust(width)
        extra = f"  (benchmark {format_figure(bench[y], s.unit, s.kind)})" if y in bench else ""
        lines.append(f"  {y}  {bar} {format_figure(v, s.unit, s.kind)}{extra}")
    change = s.change
    if change is not None:
        sign = "+" if change > 0 else ""
        unit = (" point" if abs(change) == 1 else " points") if s.kind == "percentage" else ""
        arrow = {"improving": "\u2191", "declining": "\u2193", "stable": "\u2192", "mixed": "\u2195"}.get(s.direction, "")
        lower = "; lower is better" if s.lower_is_better else ""
        lines.append(f"  {arrow} {s.direction}: {sign}{format_figure(change) if s.kind != 'percentage' else round(change, 1)}{unit} "
                     f"from {s.values[0][0]} to {s.values[-1][0]}{lower}")
    return lines


def trends_text(all_series: list[Series]) -> str:
    if not all_series:
        return "No yearly indicator has figures for two or more of the last three years."
    blocks = ["\n".join(trend_chart(s)) for s in all_series]
    return "\n\n".join(blocks)


def benchmark_rows(comparisons: list[Comparison]) -> list[tuple[str, ...]]:
    rows = []
    for c in comparisons:
        sign = "+" if c.difference > 0 else ""
        diff = round(c.difference, 1)
        diff = int(diff) if float(diff).is_integer() else diff
        rows.append((c.label, str(c.year), format_figure(c.value) + c.unit.strip() if c.unit == "%" else format_figure(c.value) + c.unit,
                     format_figure(c.benchmark) + (c.unit if c.unit == "%" else c.unit), f"{sign}{diff}", c.verdict))
    return rows


BENCHMARK_HEADER = ("indicator", "year", "value", "benchmark", "difference", "")


def benchmark_table(comparisons: list[Comparison]) -> str:
    if not comparisons:
        return "No indicator has a benchmark figure (an `<id>_benchmark` fact) in the evidence."
    rows = [BENCHMARK_HEADER, *benchmark_rows(comparisons)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(BENCHMARK_HEADER))]
    out = []
    for r in rows:
        out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
    return "\n".join(out)


# ------------------------------------------------------------------ SVG


def trend_svg(s: Series, width: int = 360, height: int = 150) -> str:
    """A small line chart: the indicator (solid) and its benchmark (dashed)."""
    left, right, top, bottom = 44, 12, 14, 28
    years = [y for y, _ in s.values]
    ys = [v for _, v in s.values] + [b for _, b in s.benchmark]
    lo = 0.0
    hi = 100.0 if s.kind == "percentage" else max(ys) * 1.15 or 1.0
    span_x = max(1, years[-1] - years[0])

    def x(y):
        return left + (y - years[0]) / span_x * (width - left - right)

    def yy(v):
        return top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{html.escape(s.label)}: {html.escape(s.direction)}">',
        f"<title>{html.escape(s.label)}</title>",
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#888"/>',
    ]
    for tick in (lo, (lo + hi) / 2, hi):
        parts.append(f'<text x="{left - 6}" y="{yy(tick) + 4:.1f}" font-size="10" text-anchor="end">{format_figure(round(tick, 1))}</text>')
    for y in years:
        parts.append(f'<text x="{x(y):.1f}" y="{height - bottom + 16}" font-size="10" text-anchor="middle">{y}</text>')
    if s.benchmark:
        pts = " ".join(f"{x(y):.1f},{yy(v):.1f}" for y, v in s.benchmark)
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#999" stroke-dasharray="4 3" stroke-width="2"/>')
    pts = " ".join(f"{x(y):.1f},{yy(v):.1f}" for y, v in s.values)
    parts.append(f'<polyline points="{pts}" fill="none" stroke="#1f5fa8" stroke-width="2.5"/>')
    for y, v in s.values:
        parts.append(f'<circle cx="{x(y):.1f}" cy="{yy(v):.1f}" r="3.5" fill="#1f5fa8"><title>{y}: {format_figure(v, s.unit, s.kind)}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)
