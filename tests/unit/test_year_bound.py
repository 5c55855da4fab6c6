"""The year functions cannot look back without end: a window written as a
number past MAX_YEARS_BACK is a check error; one that only a parameter's
value makes too long (or that reaches before year 1) is unknown, never an
internal error."""

from __future__ import annotations

import pytest

import senrules
from senrules.errors import RuleCheckError
from senrules.logic import MAX_YEARS_BACK

RULES = """
ruleset yb {{
  title "Year bound"
  outcomes met > not_met
}}
parameter back: integer = 2 {{ doc "how many years back" }}
fact x: number per year {{ question "x?" }}
section s "S" {{
  standard A "A" {{
    criterion A.1 "a" {{ met when {condition}  not_met otherwise }}
    grade {{ good when A.1 is met  inadequate otherwise }}
  }}
  grade {{ good when A is good  inadequate otherwise }}
}}
"""


def condition_of(call: str) -> str:
    return call if call.startswith(("improving", "declining")) else f"{call} > 1"


def load(tmp_path, condition):
    path = tmp_path / "yb.rules"
    path.write_text(RULES.format(condition=condition), encoding="utf-8")
    return senrules.load_ruleset(path, cache=False)


@pytest.mark.parametrize("call", ["previous(x, 5000)", "change(x, 101)", "improving(x, 1000)", "mean(x, 101)",
                                  "lowest(x, 200)", "highest(x, 200)", "declining(x, 101)"])
def test_a_written_window_past_the_bound_is_a_check_error(tmp_path, call):
    with pytest.raises(RuleCheckError) as err:
        load(tmp_path, condition_of(call))
    (d,) = err.value.diagnostics
    assert d.code == "out-of-range" and f"at most {MAX_YEARS_BACK} years" in d.message


@pytest.mark.parametrize("call", ["previous(x, back)", "mean(x, back)", "lowest(x, back)", "improving(x, back)", "change(x, back)"])
@pytest.mark.parametrize("back", [MAX_YEARS_BACK + 1, 5000, 3000])
def test_a_parameter_past_the_bound_or_before_year_one_gives_unknown(tmp_path, call, back):
    rs = load(tmp_path, condition_of(call))
    facts = {"x": {2022: 1, 2023: 2, 2024: 3}}
    assert rs.verdicts(facts, evaluation_date="2024-09-01", parameters={"back": back})["A.1"] is None
    assert rs.evaluate(facts, evaluation_date="2024-09-01", parameters={"back": back}).verdict("A.1") == "unknown"


def test_within_the_bound_the_functions_still_work(tmp_path):
    rs = load(tmp_path, "previous(x, back) > 1")
    assert rs.verdicts({"x": {2022: 5, 2024: 0}}, evaluation_date="2024-09-01", parameters={"back": 2})["A.1"] == "met"
