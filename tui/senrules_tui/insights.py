"""Three-year trends and benchmark comparisons, from the evidence: the
assistant's screens and exports use :mod:`senrules.trends`, the one place
that computes and draws them (the command line's reports do too).
"""

from __future__ import annotations

from senrules.trends import (  # noqa: F401 - the assistant's names for them
    BAR, BENCHMARK_HEADER, YEARS, Comparison, Series, benchmark_rows, benchmark_table, benchmarks, default_lower_is_better,
    facts_of, series, trend_chart, trend_svg, trends_text,
)
