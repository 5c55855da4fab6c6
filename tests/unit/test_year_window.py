"""`lowest(value, years)` and `highest(value, years)`: the lowest / highest
value over the last `years` years, this one included.

They replace the idiom ``min(x, previous(x, min(1, n - 1)), ...,
previous(x, min(4, n - 1)))`` that the DCSF 2008 outcomes grading used for
"consistently", and must give exactly what it gave: the checker's types and
messages, the run-time helper, the compiled rules (with years missing, and on
counts of verdicts that are intervals), the analysis, a property test against
the idiom, and the shipped ruleset and its demo end to end.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules
from senrules import logic
from senrules.analysis import analyse
from senrules.checker import check
from senrules.parser import parse
from senrules.ruleset import compile_texts, shipped_rules_dir

DATE = "2024-09-01"
D = dt.date(2024, 9, 1)


# ------------------------------------------------------------------ the helper


def _series(values: dict[int, object]):
    """A compiled-style inner function ``fn(Y, R, D)`` reading a per-year dict."""
    return lambda year, verdicts, date: values.get(year)


def _idiom(func, fn, year, years):
    """What the compiled ``min(x, previous(x, min(1, n - 1)), ...)`` gives:
    five values, each `previous` capped at n - 1 years back."""
    backs = [logic.min_max("min", k, years - 1) for k in range(1, 5)]
    values = [_value(fn, year, 0), *(logic.previous(fn, year, D, b, _no_verdicts) for b in backs)]
    return logic.min_max(func, *values)


def _value(fn, year, back):
    return logic._value_at(fn, year, D, back, _no_verdicts)


def _no_verdicts(year):
    return None


def test_the_lowest_and_highest_of_known_years():
    fn = _series({2022: 62, 2023: 58, 2024: 71})
    assert logic.extreme_over_years(fn, 2024, D, 1, _no_verdicts, False) == 71
    assert logic.extreme_over_years(fn, 2024, D, 2, _no_verdicts, False) == 58
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, False) == 58
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, True) == 71
    assert logic.extreme_over_years(fn, 2023, D, 2, _no_verdicts, True) == 62


def test_a_missing_year_or_number_of_years_is_unknown():
    fn = _series({2022: 40, 2024: 71})  # 2023 missing
    assert logic.extreme_over_years(fn, 2024, D, 1, _no_verdicts, False) == 71
    # unknown, although 2022's 40 already shows the lowest is at most 40
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, False) is None
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, True) is None
    # more years than the data has
    assert logic.extreme_over_years(_series({2024: 71}), 2024, D, 2, _no_verdicts, False) is None
    assert logic.extreme_over_years(fn, 2024, D, None, _no_verdicts, False) is None
    assert logic.extreme_over_years(fn, 2024, D, 0, _no_verdicts, False) is None
    assert logic.extreme_over_years(fn, 2024, D, -1, _no_verdicts, True) is None


def test_intervals_take_part_by_their_bounds():
    fn = _series({2022: (2, 4), 2023: 3, 2024: (1, 5)})
    assert logic.extreme_over_years(fn, 2023, D, 2, _no_verdicts, False) == (2, 3)
    assert logic.extreme_over_years(fn, 2023, D, 2, _no_verdicts, True) == (3, 4)
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, False) == (1, 3)
    assert logic.extreme_over_years(fn, 2024, D, 3, _no_verdicts, True) == (3, 5)
    # bounds that meet give a number
    assert logic.extreme_over_years(_series({2023: (5, 7), 2024: 5}), 2024, D, 2, _no_verdicts, False) == 5


def test_each_year_is_evaluated_as_of_that_year():
    seen = []

    def fn(year, verdicts, date):
        seen.append((year, verdicts, date))
        return year

    at = {2024: "r2024", 2023: "r2023", 2022: "r2022"}.get
    assert logic.extreme_over_years(fn, 2024, D, 3, at, False) == 2022
    assert seen == [(2024, "r2024", D), (2023, "r2023", dt.date(2023, 9, 1)), (2022, "r2022", dt.date(2022, 9, 1))]


_YEARS = (2020, 2021, 2022, 2023, 2024)
_maybe_number = st.one_of(st.none(), st.integers(0, 100), st.floats(0, 100, allow_nan=False))


@given(values=st.fixed_dictionaries({y: _maybe_number for y in _YEARS}), years=st.integers(1, 5), highest=st.booleans())
def test_the_helper_equals_the_idiom(values, years, highest):
    fn = _series(values)
    got = logic.extreme_over_years(fn, 2024, D, years, _no_verdicts, highest)
    want = _idiom("max" if highest else "min", fn, 2024, years)
    assert got == want and type(got) is type(want)


# ------------------------------------------------------------------ the checker

HEAD = """
ruleset t { title "t" }
parameter cy: integer = 3 { doc "years" range 1 .. 5 }
parameter free_years: integer = 2 { doc "years, no range" }
parameter low_default: integer = 0 { doc "years" }
fact x: percentage per year { question "x?" }
fact n: integer per year { question "n?" }
fact d: date { question "d?" }
fact ok: boolean per year { question "ok?" }
"""


def _errors(condition: str) -> list[tuple[str, str]]:
    text = HEAD + f"""
section s "S" {{ standard S1 "T" {{
  criterion C "c" {{ met when {condition}  not_met otherwise }}
  criterion E "e" {{ met when ok  not_met otherwise }}
  grade {{ good when C is met  inadequate otherwise }} }} grade {{ good otherwise }} }}
"""
    _, diagnostics = check([parse(text, "t.rules")])
    return [(d.code, d.message) for d in diagnostics if d.severity == "error"]


@pytest.mark.parametrize("condition", [
    "lowest(x, 3) > 50", "highest(x, cy) > 50", "lowest(x - 10, cy) >= 0", "lowest(n, free_years) > 1",
    "lowest(x, cy - 1) > 50", "highest(lowest(x, 2), 2) > 50", "lowest(x, 1) == highest(x, 1)",
])
def test_well_typed_calls(condition):
    assert _errors(condition) == []


@pytest.mark.parametrize("condition,code,message", [
    ("lowest(x) > 50", "arity", "`lowest` takes 2 arguments"),
    ("highest(x, 3, 1) > 50", "arity", "`highest` takes 2 arguments"),
    ("lowest(d, 3) > 50", "type", "argument 1 of `lowest` must be a number, not a date"),
    ("highest(ok, 3)", "type", "argument 1 of `highest` must be a number, not a yes/no value"),
    ("lowest(E, 3) > 50", "type", "criterion E is a verdict, not a value"),
    ("lowest(x, 50%) > 50", "type", "argument 2 of `lowest` must be a whole number of years, not a percentage"),
    ("lowest(x, 2.5) > 50", "type", "argument 2 of `lowest` must be a whole number of years, not a number"),
    ("lowest(x, d) > 50", "type", "argument 2 of `lowest` must be a whole number of years, not a date"),
    ("lowest(x, 0) > 50", "out-of-range", "`lowest` needs at least 1 year, not 0"),
    ("highest(x, -2) > 50", "out-of-range", "`highest` needs at least 1 year, not -2"),
    ("lowest(x, low_default) > 50", "out-of-range", "`lowest` needs at least 1 year, but parameter `low_default` can be 0"),
    ("lowest(x, 3) and ok", "type", None),  # a number is not a condition
    ("lowest(x, 3) > d", "type", None),
    ("lowest(x, 3) > 50 and lowest(x, 3) < \"high\"", "type", None),
    ("lowst(x, 3) > 50", "undefined-function", "there is no function `lowst`"),
])
def test_checker_errors(condition, code, message):
    errors = _errors(condition)
    assert errors and errors[0][0] == code, errors
    if message is not None:
        assert errors[0][1] == message


def test_a_parameter_whose_range_allows_no_years_is_refused():
    text = HEAD.replace('range 1 .. 5', 'range 0 .. 5') + """
section s "S" { standard S1 "T" {
  criterion C "c" { met when lowest(x, cy) > 50  not_met otherwise }
  grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
"""
    _, diagnostics = check([parse(text, "t.rules")])
    (error,) = [d for d in diagnostics if d.severity == "error"]
    assert error.code == "out-of-range" and "parameter `cy` can be 0" in error.message
    assert "range 1 .." in error.hint


def test_the_result_has_the_type_of_the_value():
    # a whole number stays whole: comparing with a percentage is fine, and so
    # is counting verdicts, whose interval is kept
    prog, diagnostics = compile_texts([("t.rules", HEAD + """
section s "S" { standard S1 "T" {
  criterion C "c" { met when lowest(n, 2) == 3 and highest(x, cy) >= 50%  not_met otherwise }
  grade { good when lowest(count(criteria is met), 2) >= 1  inadequate otherwise } } grade { good otherwise } }
""")])
    assert prog is not None, diagnostics
    grade_cond = prog.node("S1").clauses[0].condition
    call = grade_cond.left
    assert prog.types[(prog.by_id["S1"], id(call))].kind == "integer"
    assert prog.types[(prog.by_id["S1"], id(call))].interval
    crit = prog.node("C").clauses[0].condition.left.left
    assert prog.types[(prog.by_id["C"], id(crit))].kind == "integer"
    assert not prog.types[(prog.by_id["C"], id(crit))].interval


# ------------------------------------------------------------------ compiled rules


WINDOW = """
parameter cy: integer = 3 { doc "consistently: this many years" range 1 .. 5 }
fact rate: percentage per year { question "rate?" }
fact bench: percentage per year { question "benchmark?" }
fact flat: percentage { question "flat?" }
section s "S" { standard S1 "T" {
  criterion L "lowest" { met when lowest(rate, cy) > 50  not_met otherwise }
  criterion H "highest" { met when highest(rate, cy) >= 70  not_met otherwise }
  criterion M "margin" { met when lowest(rate - bench, cy) >= 0  not_met otherwise }
  criterion F "flat" { met when lowest(flat, 3) == flat and highest(flat, 2) == flat  not_met otherwise }
  criterion K "known" { met when lowest(rate, cy) is known  not_met otherwise }
  grade { good when L is met  inadequate otherwise } } grade { good otherwise } }
"""


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    path = tmp_path_factory.mktemp("window") / "t.rules"
    path.write_text('ruleset t { title "t" }\n' + WINDOW, encoding="utf-8")
    return senrules.load_ruleset(path, cache=False)


@pytest.mark.parametrize("rate,cy,want", [
    ({2024: 71}, 1, {"L": "met", "H": "met", "K": "met"}),
    ({2024: 71}, 2, {"L": None, "H": None, "K": "not_met"}),  # one year of data, two asked for
    ({2023: 66, 2024: 71}, 2, {"L": "met", "H": "met", "K": "met"}),
    ({2023: 66, 2024: 71}, 3, {"L": None, "H": None, "K": "not_met"}),
    ({2022: 62, 2023: 66, 2024: 71}, 3, {"L": "met", "H": "met", "K": "met"}),
    ({2022: 45, 2023: 66, 2024: 71}, 3, {"L": "not_met", "H": "met", "K": "met"}),
    ({2022: 45, 2023: 66, 2024: 71}, 2, {"L": "met", "H": "met", "K": "met"}),  # 2022 is outside the window
    ({2022: 62, 2023: 66, 2024: 69}, 3, {"L": "met", "H": "not_met", "K": "met"}),
    # a missing year leaves it unknown, even when a known year already fell short
    ({2022: 62, 2024: 71}, 3, {"L": None, "H": None, "K": "not_met"}),
    ({2022: 45, 2024: 71}, 3, {"L": None, "H": None, "K": "not_met"}),
    ({2021: 10, 2022: 62, 2023: 66, 2024: 71}, 3, {"L": "met", "H": "met", "K": "met"}),
    ({2021: 10, 2022: 62, 2023: 66, 2024: 71}, 4, {"L": "not_met", "H": "met", "K": "met"}),
    ({2025: 10, 2022: 62, 2023: 66, 2024: 71}, 3, {"L": "met", "H": "met", "K": "met"}),  # later years do not count
])
def test_compiled_lowest_and_highest(window, rate, cy, want):
    v = window.verdicts({"rate": rate}, evaluation_date=DATE, parameters={"cy": cy})
    assert {k: v[k] for k in want} == want


def test_arithmetic_inside_is_done_year_by_year(window):
    facts = {"rate": {2022: 62, 2023: 66, 2024: 71}, "bench": {2022: 58, 2023: 67, 2024: 62}}
    assert window.verdicts(facts, evaluation_date=DATE)["M"] == "not_met"  # 2023: 66 - 67 < 0
    assert window.verdicts(facts, evaluation_date=DATE, parameters={"cy": 1})["M"] == "met"
    facts["bench"] = {2022: 58, 2024: 62}
    assert window.verdicts(facts, evaluation_date=DATE)["M"] is None


def test_a_fact_that_is_not_per_year_is_the_same_every_year(window):
    assert window.verdicts({"flat": 40}, evaluation_date=DATE)["F"] == "met"
    assert window.verdicts({}, evaluation_date=DATE)["F"] is None


def test_the_evaluation_year_comes_from_the_date(window):
    rate = {2022: 62, 2023: 66, 2024: 71}
    assert window.verdicts({"rate": rate}, evaluation_date="2023-09-01", parameters={"cy": 2})["L"] == "met"
    assert window.verdicts({"rate": rate}, evaluation_date="2023-09-01")["L"] is None  # 2021 missing


def test_the_explanation_shows_the_call_as_written(window):
    result = window.evaluate({"rate": {2023: 66, 2024: 71}}, evaluation_date=DATE)
    judgement = result.judgement("L")
    assert judgement.clauses[0].condition == "lowest(rate, cy) > 50"
    assert judgement.verdict == "unknown" and judgement.possible == ("met", "not_met")
    assert judgement.clauses[0].holds is None


def test_counts_of_verdicts_over_years(rules):
    """`lowest` of a count of verdicts some of which are unknown works bound by bound."""
    rs = rules(
        """
        fact a: boolean per year { question "a?" }
        fact b: boolean per year { question "b?" }
        section s "S" { standard S1 "T" {
          criterion A "a" { met when a  not_met otherwise }
          criterion B "b" { met when b  not_met otherwise }
          grade { good when count(criteria is met) == 2  inadequate otherwise } } grade { good otherwise } }
        overall {
          outstanding when lowest(share(criteria of S1 is met), 2) >= 50
          good when highest(count(criteria of S1 is met), 2) >= 1
          inadequate otherwise
        }
        """
    )
    both = {"a": {2023: True, 2024: True}, "b": {2023: False, 2024: True}}
    assert rs.verdicts(both, evaluation_date=DATE)["overall"] == "outstanding"
    assert rs.verdicts({"a": {2023: False, 2024: True}, "b": {2023: False, 2024: True}}, evaluation_date=DATE)["overall"] == "good"
    assert rs.verdicts({"a": {2023: False, 2024: False}, "b": {2023: False, 2024: False}}, evaluation_date=DATE)["overall"] == "inadequate"
    # 2023's share is 50% to 100% (b unknown), 2024's is 100%: the lowest is at least 50%
    assert rs.verdicts({"a": {2023: True, 2024: True}, "b": {2024: True}}, evaluation_date=DATE)["overall"] == "outstanding"
    # 2023's share is 0% to 50%: outstanding or not, undecided; at least one met in 2024 makes it at least good
    r = rs.evaluate({"a": {2023: False, 2024: True}, "b": {2024: True}}, evaluation_date=DATE)
    assert r.verdict("overall") == "unknown" and r.judgement("overall").possible == ("outstanding", "good")


# ------------------------------------------------------------------ against the idiom, property-based

IDIOM = "min({x}, " + ", ".join(f"previous({{x}}, min({k}, cy - 1))" for k in range(1, 5)) + ")"
IDIOM_MAX = IDIOM.replace("min(", "max(", 1)
PAIRS = """
parameter cy: integer = 3 { doc "years" range 1 .. 5 }
parameter t: number = 50 { doc "threshold" }
fact x: percentage per year { question "x?" }
fact y: percentage per year { question "y?" }
section s "S" { standard S1 "T" {
""" + "\n".join(
    f'  criterion {name} "c" {{ met when {expr} > t  partly_met when {expr} == t  not_met otherwise }}'
    for name, expr in [
        ("L1", "lowest(x, cy)"), ("I1", IDIOM.format(x="x")),
        ("L2", "lowest(x - y, cy)"), ("I2", IDIOM.format(x="x - y")),
        ("H1", "highest(x, cy)"), ("J1", IDIOM_MAX.format(x="x")),
    ]
) + """
  grade { good when L1 is met  inadequate otherwise } } grade { good otherwise } }
"""


@pytest.fixture(scope="module")
def pairs(tmp_path_factory):
    path = tmp_path_factory.mktemp("pairs") / "t.rules"
    path.write_text('ruleset t { title "t" }\n' + PAIRS, encoding="utf-8")
    return senrules.load_ruleset(path, cache=False)


_per_year = st.dictionaries(st.sampled_from(_YEARS), st.integers(0, 100) | st.floats(0, 100, allow_nan=False), max_size=5)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(x=_per_year, y=_per_year, cy=st.integers(1, 5), data=st.data())
def test_lowest_equals_the_idiom_on_random_years(pairs, x, y, cy, data):
    # thresholds from the data itself, so that ties (== t) are tried too
    t = data.draw(st.sampled_from([*x.values(), *(a - b for a, b in zip(x.values(), y.values())), 0, 50, 99.5]))
    v = pairs.verdicts({"x": x, "y": y}, evaluation_date=DATE, parameters={"cy": cy, "t": t})
    assert v["L1"] == v["I1"] and v["L2"] == v["I2"] and v["H1"] == v["J1"], (x, y, cy, t, v)


# ------------------------------------------------------------------ the analysis


def _analysed(clauses: str):
    prog, diagnostics = compile_texts([("t.rules", """
ruleset t { title "t" }
parameter cy: integer = 3 { doc "consistently: this many years" range 1 .. 5 }
fact rate: percentage per year { question "rate?" }
section s "S" { standard S1 "T" {
  criterion C "c" { %s }
  grade { good when C is met  inadequate otherwise } } grade { good when S1 is at least good  inadequate otherwise } }
""" % clauses)])
    assert prog is not None, diagnostics
    return analyse(prog)


def test_the_analysis_reads_a_window_as_one_input():
    # complementary comparisons of the same window leave no gap
    assert _analysed("met when lowest(rate, cy) > 50  not_met when lowest(rate, cy) <= 50") == []
    assert _analysed("met when highest(rate, 3) >= 50  not_met when highest(rate, 3) < 50") == []
    # ... and the window is not the value of this year alone
    (gap,) = _analysed("met when lowest(rate, cy) > 50  not_met when rate <= 50")
    assert gap.code == "gap" and "lowest(rate, cy)" in gap.message


def test_the_analysis_knows_the_range_of_a_window_of_percentages():
    (found,) = _analysed("met when highest(rate, cy) > 100  not_met otherwise")
    assert found.code == "unreachable" and "highest(rate, cy) > 100" in found.message


def test_the_analysis_tells_windows_of_different_lengths_apart():
    (found,) = _analysed("met when lowest(rate, cy) > 50  not_met when lowest(rate, 2) <= 50")
    assert found.code == "gap"


# ------------------------------------------------------------------ the shipped DCSF 2008 rules


def _idiom_rules(tmp_path: Path) -> Path:
    """The shipped dcsf-2008 rules with the consistency clauses written back
    in the old idiom."""
    folder = tmp_path / "dcsf-2008-idiom"
    shutil.copytree(shipped_rules_dir() / "dcsf-2008", folder)
    path = folder / "framework.rules"
    text = path.read_text(encoding="utf-8")
    new = "".join(
        re.sub(
            r"lowest\(([^,()]+(?: - [^,()]+)?), consistent_years\)",
            lambda mt: IDIOM.format(x=mt.group(1)).replace("cy - 1", "consistent_years - 1"),
            line,
        ) if " when " in line or line.lstrip().startswith(("and ", "or ")) else line  # a clause, or its next line
        for line in text.splitlines(keepends=True)
    )
    assert new.count("previous(") - text.count("previous(") == 12  # three calls rewritten
    path.write_text(new, encoding="utf-8")
    return folder


def _demo_evidence(rs):
    from senrules.facts import load_facts_file
    from senrules.links import declared_facts

    return load_facts_file(shipped_rules_dir() / "dcsf-2008" / "demo.json", declared_facts(rs))


def _readings(result) -> dict:
    """Everything a judgement says except the text of the rewritten clause
    and what is missing (see :func:`_missing_agrees`)."""
    return {
        j.id: (
            j.verdict, j.possible, tuple((c.outcome, c.holds) for c in j.clauses), j.decided_by is None,
            tuple(w.split(" if ")[0] for w in j.would_change if not w.startswith("evidence for: ")),
            tuple((f.fact, f.value, f.known) for f in j.facts), j.parameters,
        )
        for j in result.judgements
    }


def _missing_agrees(ours, idiom) -> None:
    """What is missing: the idiom's windows (`previous(x, min(1, n - 1))`)
    are expressions, so its explanation names a per-year fact only when this
    year is missing; `lowest(x, n)` names the years of its window it lacks.
    So ours lists all the idiom lists, and anything more is a per-year fact
    lacking earlier years only."""
    for a, b in zip(ours.judgements, idiom.judgements):
        years = dict(a.missing_years)
        assert set(b.missing) <= set(a.missing), a.id
        for name in set(a.missing) - set(b.missing):
            assert name in years and ours.year not in years[name], (a.id, name)
        idiom_years = dict(b.missing_years)
        for name in idiom_years:
            assert idiom_years[name] == (ours.year,) and ours.year in years[name], (a.id, name)


def test_the_readable_clause_grades_exactly_as_the_idiom_did(tmp_path):
    """The shipped rules against themselves with the old idiom: the demo and
    random CYP figures (years missing, attribution unknown) under every
    reading of 'consistently', give the same verdicts and clause readings."""
    import random

    ours = senrules.load_ruleset("dcsf-2008", cache=False)
    old = senrules.load_ruleset(_idiom_rules(tmp_path), cache=False)
    evidence, date = _demo_evidence(ours)
    varied = ("cyp_targets_met", "cyp_progress_benchmark", "service_intervened", "service_set_targets", "service_advised_strategy")
    kept = [ev for ev in evidence if ev.fact not in varied]
    prov = evidence[0].provenance
    rng = random.Random(2008)
    for i in range(80):
        if i == 0:
            case = evidence
        else:
            case = list(kept)
            for name in varied[:2]:
                for year in range(2019, 2025):
                    if rng.random() < 0.85:
                        value = rng.choice([rng.randint(0, 100), 50, 51, 15, 16, 60])
                        case.append(senrules.Evidence(name, value, prov, year=year))
            for name in varied[2:]:
                if rng.random() < 0.9:
                    case.append(senrules.Evidence(name, rng.random() < 0.9, prov))
        params = {} if i == 0 else {
            "consistent_years": rng.randint(1, 5), "majority_of_cyp": rng.choice([50, 60]),
            "high_progress_margin": rng.choice([0, 5]), "few_examples": rng.choice([15, 40]),
        }
        a = ours.evaluate(case, evaluation_date=date, parameters=params)
        b = old.evaluate(case, evaluation_date=date, parameters=params)
        assert _readings(a) == _readings(b), (i, params)
        _missing_agrees(a, b)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, timeout=120)


def test_the_demo_prints_the_readable_clause_and_the_same_verdicts(tmp_path):
    """`senrules evaluate dcsf-2008 --demo` (the README's quick start): the
    reason says 'the lowest yearly figure', the JSON result quotes
    `lowest(...)`, and the verdicts are what the rules gave with the idiom."""
    text = _cli("evaluate", "dcsf-2008", "--demo")
    assert text.returncode == 0, text.stderr
    assert "the lowest yearly figure of the share of CYP who met or exceeded their targets over the last 3 years" in text.stdout
    assert "previous(" not in text.stdout and "lowest(" not in text.stdout
    assert "OVERALL: GOOD" in text.stdout
    assert re.search(r"^GOOD  Outcomes$", text.stdout, re.M)
    assert re.search(r"^UNKNOWN  Service management and delivery$", text.stdout, re.M)
    assert re.search(r"^GOOD  Overall$", text.stdout, re.M)

    new = json.loads(_cli("evaluate", "dcsf-2008", "--demo", "--format", "json").stdout)
    outcomes = next(j for j in new["judgements"] if j["id"] == "outcomes")
    assert "lowest(cyp_targets_met, consistent_years) > majority_of_cyp and " \
        "lowest(cyp_targets_met - cyp_progress_benchmark, consistent_years) >= high_progress_margin" in outcomes["clauses"][0]["condition"]
    old = _cli("evaluate", str(_idiom_rules(tmp_path)), "--facts", str(shipped_rules_dir() / "dcsf-2008" / "demo.json"),
               "--format", "json")
    assert old.returncode == 0, old.stderr
    old = json.loads(old.stdout)
    old_outcomes = next(j for j in old["judgements"] if j["id"] == "outcomes")
    assert "previous(cyp_targets_met, min(1, consistent_years - 1))" in old_outcomes["clauses"][0]["condition"]
    # the verdicts the demo had before the clause was rewritten
    assert new["verdicts"] == old["verdicts"]
