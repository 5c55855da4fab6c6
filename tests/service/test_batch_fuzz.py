"""Any input to `senrules batch`: one record per non-blank line, in order,
each a valid batch record, one line on standard error per bad line with no
control characters, and exit code 0 or 1 (never a crash)."""

from __future__ import annotations

import io
import json
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from service_helpers import validate

from senrules.batch_cli import FactsBatch, run

FACT_NAMES = ["programmes_monitored", "monitoring_interval", "views_acted_on", "cyp_progress_rate", "interventions",
              "plan_reviewed_on", "no_such_fact"]
values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True) | st.text(max_size=12)
    | st.sampled_from(["often", "2024-02-30", "2024-02-14", "12 months", "64%", "0001-01-01", "9999-12-31"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["2023", "2024", "x", "name", "pupils"]), inner, max_size=3),
    max_leaves=8,
)
documents = st.fixed_dictionaries(
    {"facts": st.dictionaries(st.sampled_from(FACT_NAMES), values, max_size=4)},
    optional={"evaluation_date": values, "service": values, "parameters": st.dictionaries(
        st.sampled_from(["majority_of_cyp", "trend_years", "nope"]), values, max_size=2), "extra": values},
)
lines = st.one_of(documents.map(json.dumps), values.map(json.dumps), st.text(max_size=30).map(lambda t: t.replace("\n", " ")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(lines, min_size=1, max_size=6), st.booleans())
def test_any_input_gives_one_valid_record_per_line(rules_example, inputs, explain):
    text = "".join(line + "\n" for line in inputs)
    out, err = io.StringIO(), io.StringIO()
    stdin, sys.stdin = sys.stdin, io.StringIO(text)
    try:
        code = run(FactsBatch(rules_example, explain=explain), "-", out, label="senrules batch", errors=err, progress=False)
    finally:
        sys.stdin = stdin
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    numbered = [n for n, line in enumerate(inputs, 1) if line.strip()]
    assert [r["line"] for r in records] == numbered
    bad = [r for r in records if "error" in r]
    assert code == (1 if bad else 0)
    assert len(err.getvalue().splitlines()) == len(bad)
    assert all(c.isprintable() or c == "\n" for c in err.getvalue())  # nothing from the input can drive the terminal
    for r in records:
        validate(r, "batch-record")
