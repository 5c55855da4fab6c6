"""The trend a report names (improving, declining, stable, mixed) agrees
with the rule language's ``improving(value, years)``: a strict rise year on
year (docs/language.md), so a report never says "improving" of figures the
rules do not call improving."""

import pytest

from senrules.trends import Series, trend_chart


def series(*values, lower_is_better=False):
    return Series("f", "the share", "percentage", None,
                  tuple((2022 + i, v) for i, v in enumerate(values)), lower_is_better=lower_is_better)


@pytest.mark.parametrize("values, lower, expected", [
    ((64, 66, 68), False, "improving"),
    ((64, 66, 65), False, "mixed"),      # up then down: the first and last alone said "improving"
    ((70, 66, 65), False, "declining"),
    ((66, 64, 65), False, "mixed"),
    ((60, 60, 60), False, "stable"),
    ((60, 60, 61), False, "mixed"),      # not a strict rise every year
    ((12, 9, 7), True, "improving"),     # fewer exclusions is better
    ((7, 9, 12), True, "declining"),
    ((50, 52), False, "improving"),
    ((52,), False, "one year only"),
])
def test_direction_is_year_on_year(values, lower, expected):
    assert series(*values, lower_is_better=lower).direction == expected


def test_a_mixed_trend_is_drawn_with_its_own_arrow():
    assert trend_chart(series(64, 66, 65))[-1] == "  \u2195 mixed: +1 point from 2022 to 2024"
