"""Three-valued logic: the Kleene truth tables, exhaustively, both in the
run-time helpers and in the code the compiler inlines."""

from __future__ import annotations

import itertools

import pytest

from senrules import logic

T, F, U = True, False, None
VALUES = (T, F, U)

AND = {(T, T): T, (T, F): F, (T, U): U, (F, T): F, (F, F): F, (F, U): F, (U, T): U, (U, F): F, (U, U): U}
OR = {(T, T): T, (T, F): T, (T, U): T, (F, T): T, (F, F): F, (F, U): U, (U, T): T, (U, F): U, (U, U): U}
NOT = {T: F, F: T, U: U}


@pytest.mark.parametrize("a,b", list(itertools.product(VALUES, VALUES)))
def test_helpers_follow_the_truth_tables(a, b):
    assert logic.k_and(a, b) is AND[a, b]
    assert logic.k_or(a, b) is OR[a, b]
    assert logic.k_not(a) is NOT[a]


def _rules_for(rules, expr: str):
    return rules(
        f"""
        fact a: boolean {{ question "a?" }}
        fact b: boolean {{ question "b?" }}
        section s "S" {{
          standard S1 "Standard" {{
            criterion C "Criterion" {{
              met when {expr}
              not_met when not ({expr})
            }}
            grade {{ good when C is met  inadequate otherwise }}
          }}
          grade {{ good when S1 is good  inadequate otherwise }}
        }}
        """
    )


def _as_verdict(v):
    return {T: "met", F: "not_met", U: None}[v]


@pytest.mark.parametrize("op,table", [("and", AND), ("or", OR)])
def test_compiled_and_or_follow_the_truth_tables(rules, op, table):
    rs = _rules_for(rules, f"a {op} b")
    for (a, b), want in table.items():
        facts = {k: v for k, v in (("a", a), ("b", b)) if v is not None}
        assert rs.verdicts(facts, evaluation_date="2024-01-01")["C"] == _as_verdict(want), (a, b)


def test_compiled_not_follows_the_truth_table(rules):
    rs = _rules_for(rules, "not a")
    for a, want in NOT.items():
        facts = {"a": a} if a is not None else {}
        assert rs.verdicts(facts, evaluation_date="2024-01-01")["C"] == _as_verdict(want)


def test_is_known_is_never_unknown(rules):
    rs = _rules_for(rules, "a is known")
    assert rs.verdicts({}, evaluation_date="2024-01-01")["C"] == "not_met"
    assert rs.verdicts({"a": False}, evaluation_date="2024-01-01")["C"] == "met"


@pytest.mark.parametrize(
    "a,b,op,want",
    [
        ((2, 3), 3, 3, T),   # [2,3] <= 3
        ((2, 3), 3, 2, U),   # [2,3] < 3 : 2 < 3 but 3 < 3 false
        ((2, 3), 1, 4, T),   # [2,3] > 1
        ((2, 3), 4, 5, F),   # [2,3] >= 4
        ((2, 3), 3, 5, U),   # [2,3] >= 3
        ((2, 3), 5, 0, F),   # [2,3] == 5
        ((2, 3), 2, 0, U),
        (3, 3, 0, T),
        (3, 4, 1, T),
        (None, 3, 5, U),
        (3, None, 2, U),
    ],
)
def test_interval_comparison(a, b, op, want):
    assert logic.compare(a, b, op) is want


def test_interval_arithmetic():
    assert logic.arith((1, 2), (10, 20), "+") == (11, 22)
    assert logic.arith((1, 2), 1, "-") == (0, 1)
    assert logic.arith((1, 2), (3, 3), "*") == (3, 6)
    assert logic.arith(4, 0, "/") is None
    assert logic.arith((1, 2), (-1, 1), "/") is None
    assert logic.arith(None, 1, "+") is None


def test_counting_verdict_masks():
    met, partly, not_met = 1, 2, 4
    masks = [met, met | partly, not_met, met | partly | not_met]
    assert logic.count_masks(masks, met) == (1, 3)
    assert logic.count_masks(masks, met | partly) == (2, 3)
    assert logic.count_masks([met, not_met], met) == 1
    assert logic.share_masks(masks, met) == (25.0, 75.0)
    assert logic.share_masks([], met) is None
    assert logic.count_known(masks, True) == 2


def test_level_of_a_mask():
    assert logic.level(1, 1) is True
    assert logic.level(4, 1) is False
    assert logic.level(3, 1) is None
    assert logic.level(3, 3) is True
    assert logic.level(0, 1) is None  # no outcome applies: not a verdict


def test_calendar_month_arithmetic():
    import datetime as dt

    assert logic.add_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    assert logic.add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert logic.months_between(dt.date(2023, 9, 2), dt.date(2024, 9, 1)) == 11
    assert logic.months_between(dt.date(2023, 9, 1), dt.date(2024, 9, 1)) == 12
    assert logic.years_back(dt.date(2024, 2, 29), 1) == dt.date(2023, 2, 28)
