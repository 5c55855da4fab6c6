"""The Outcomes Benchmarking plugin's ``<pi>_trend`` facts read a trend as
the rule language's ``improving(value, years)`` and the reports' trend
charts do, through one function (``senrules.trends.direction``): improving
only when every year-on-year step is better, so 64, 66, 65 is "mixed", not
"improving" (the first and last figures alone said improving)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules
from senrules.gather import context_for, render_problems
from senrules.trends import Series

RULES = '''
ruleset ob_trend_test {
  title "OB trends"
  version "0.0.1"
  outcomes met > not_met
}

parameter trend_years: integer = 3 { doc "years of a trend" }

fact pi03_eyfs_78_points: percentage per year { category performance }
fact pi03_eyfs_78_points_trend: choice("improving", "stable", "declining", "mixed") { category performance }
fact pi13_fixed_term_exclusion: percentage per year { category performance }
fact pi13_fixed_term_exclusion_trend: choice("improving", "stable", "declining", "mixed") { category performance }

section s "Section" {
  standard S1 "Standard" {
    criterion C1 "Rising" { met when improving(pi03_eyfs_78_points, trend_years)  not_met otherwise }
    criterion C2 "Rising, by the plugin" { met when pi03_eyfs_78_points_trend == "improving"  not_met otherwise }
    grade { good when count(criteria is met) == count(criteria)  inadequate otherwise }
  }
  grade { good when S1 is at least good  inadequate otherwise }
}
'''


@pytest.fixture(scope="module")
def with_mixed(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "ob-trend.rules"
    path.write_text(RULES, encoding="utf-8")
    return senrules.load_ruleset(path, cache=False)


def ob_folder(folder, pi, values, extra=""):
    rows = "".join(f"{2022 + i},PI {pi},{v}\n" for i, v in enumerate(values))
    return folder({"senrules-data.toml": f'evaluation_date = 2024-09-30\n[[outcomes_benchmarking]]\nfile = "ob.csv"\n{extra}',
                   "ob.csv": "Year,PI,Value\n" + rows})


def trend_of(builtins, rs, root, fact):
    gathered = builtins.gather_evidence(rs, context_for(root, ruleset=rs.id))
    found = [e for e in gathered.evidence if e.fact == fact]
    return (found[0].value if found else None), gathered


@pytest.mark.parametrize("pi, values, expected", [
    (3, (64, 66, 68), "improving"),
    (3, (64, 66, 65), "mixed"),      # up, then down: was "improving" (65 is more than 64)
    (3, (66, 64, 65), "mixed"),
    (3, (70, 66, 65), "declining"),
    (3, (60, 60, 60), "stable"),     # equal years
    (3, (60, 60, 61), "mixed"),      # no strict rise every year: was "stable" (within 1 point)
    (3, (60, 60.5, 61), "improving"),  # was "stable": a rise every year, however small
    (13, (5.2, 4.6, 3.9), "improving"),  # fewer exclusions is better
    (13, (3.9, 4.6, 4.5), "mixed"),
])
def test_the_trend_fact_is_year_on_year(builtins, with_mixed, folder, pi, values, expected):
    fact = "pi03_eyfs_78_points_trend" if pi == 3 else "pi13_fixed_term_exclusion_trend"
    value, gathered = trend_of(builtins, with_mixed, ob_folder(folder, pi, values), fact)
    assert gathered.problems == ()
    assert value == expected


def test_the_trend_fact_and_the_rules_improving_agree(builtins, with_mixed, folder):
    """64, 66, 65: the rules' improving() is false, and so is the criterion
    reading the plugin's fact; both were not when the plugin compared the
    first year with the last."""
    root = ob_folder(folder, 3, (64, 66, 65))
    gathered = builtins.gather_evidence(with_mixed, context_for(root, ruleset=with_mixed.id))
    result = with_mixed.evaluate(gathered.evidence, evaluation_date="2024-09-30")
    assert result.verdict("C1") == result.verdict("C2") == "not_met"


def test_the_provenance_shows_the_figures(builtins, with_mixed, folder):
    root = ob_folder(folder, 3, (64, 66, 65))
    gathered = builtins.gather_evidence(with_mixed, context_for(root, ruleset=with_mixed.id))
    (trend,) = [e for e in gathered.evidence if e.fact == "pi03_eyfs_78_points_trend"]
    assert trend.provenance.record == "PI 3 2022-2024: 64, 66, 65 (rows 2, 3, 4)"


def test_stable_within_counts_small_steps_as_no_change(builtins, with_mixed, folder):
    root = ob_folder(folder, 3, (60, 60.5, 60), extra="stable_within = 1\n")
    value, gathered = trend_of(builtins, with_mixed, root, "pi03_eyfs_78_points_trend")
    assert (value, gathered.problems) == ("stable", ())
    (trend,) = [e for e in gathered.evidence if e.fact == "pi03_eyfs_78_points_trend"]
    assert "steps of at most 1 counted as no change" in trend.provenance.record
    value, _ = trend_of(builtins, with_mixed, ob_folder(folder, 3, (60, 62, 63), extra="stable_within = 1\n"),
                        "pi03_eyfs_78_points_trend")
    assert value == "mixed"  # a rise of 2, then a step of 1 (no change)


def test_a_stable_within_that_is_no_number_is_reported(builtins, with_mixed, folder):
    root = ob_folder(folder, 3, (60, 60.5, 61), extra='stable_within = "one"\n')
    value, gathered = trend_of(builtins, with_mixed, root, "pi03_eyfs_78_points_trend")
    assert value == "improving"
    assert render_problems(gathered.problems) == (
        "error: outcomes_benchmarking: senrules-data.toml: [outcomes_benchmarking] entry 1: stable_within = 'one' "
        "is not a number of points (0 or more); 0 is used\n")


def test_a_mixed_trend_for_a_fact_without_the_choice_is_unknown_with_a_warning(builtins, ruleset, folder):
    """The test ruleset declares only improving, stable and declining: a
    mixed run is none of them, so the fact stays unknown and says why."""
    root = ob_folder(folder, 13, (3.9, 4.6, 4.5))
    value, gathered = trend_of(builtins, ruleset, root, "pi13_fixed_term_exclusion_trend")
    assert value is None
    assert render_problems(gathered.problems) == (
        f"warning: outcomes_benchmarking: {root.name}/ob.csv, column \"Value\": PI 13 was 3.9, 4.6, 4.5 in 2022-2024: mixed "
        "year on year, which is none of `pi13_fixed_term_exclusion_trend`'s choices (improving, stable, declining), "
        "so it is left unknown; declare \"mixed\" among them to use it (unknown: pi13_fixed_term_exclusion_trend)\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # the plugins hold no state
@given(st.lists(st.integers(min_value=0, max_value=100), min_size=3, max_size=3), st.sampled_from([3, 13]))
def test_the_fact_says_what_the_report_s_trend_chart_says(builtins, with_mixed, tmp_path_factory, values, pi):
    root = tmp_path_factory.mktemp("svc")
    (root / "senrules-data.toml").write_text('evaluation_date = 2024-09-30\n[[outcomes_benchmarking]]\nfile = "ob.csv"\n',
                                             encoding="utf-8")
    (root / "ob.csv").write_text("Year,PI,Value\n" + "".join(f"{2022 + i},PI {pi},{v}\n" for i, v in enumerate(values)),
                                 encoding="utf-8")
    fact = "pi03_eyfs_78_points_trend" if pi == 3 else "pi13_fixed_term_exclusion_trend"
    value, _ = trend_of(builtins, with_mixed, root, fact)
    chart = Series("x", "x", "percentage", None, tuple((2022 + i, v) for i, v in enumerate(values)), lower_is_better=pi == 13)
    assert value == chart.direction
