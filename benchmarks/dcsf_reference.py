"""The shipped ``dcsf-2008`` ruleset written by hand in plain Python: the
reference.

It is used twice:

* as the **baseline** of the benchmarks on the real ruleset
  (``bench_dcsf.py``): what a developer would write without senrules;
* as an **independent oracle** for the differential tests
  (``tests/unit/test_dcsf_reference.py``), which evaluate thousands of random
  fact sets with both this module and the compiled rules and fail on any
  difference.

It is written from the rule files (``senrules/rules/dcsf-2008/*.rules``) and
from the source they cite, DCSF (2008) *Quality standards for SEN support and
outreach services* (para 11 for the grading; each standard's supporting
evidence for the criteria), and it imports nothing from senrules: every piece
of the three-valued semantics (docs/logic.md) is written out again below, so a
mistake in the engine's logic cannot hide in both.

Values are ``True`` / ``False`` / ``None`` (unknown).  A verdict is the set of
outcomes (or grades) still possible, a frozenset: determined when it has one
member.  A count of verdicts passing a level test is a number, or an interval
``(lo, hi)`` when some verdicts are undecided (``lo`` counts those that pass
whatever they turn out to be, ``hi`` those that might pass); a comparison with
an interval is true if it holds for every number in it, false if for none,
unknown otherwise.  Every criterion ends with ``not_met otherwise``, so "no
outcome" never arises.

Facts are given as senrules takes them once checked: a mapping of fact name to
value, a per-year fact as ``{year: value}``, a list fact as a list of dicts
(a missing field is a missing key), dates as :class:`datetime.date`; a missing
fact is a missing key.  Parameters are the rule file's, with durations as
``(amount, unit)`` pairs or any object with ``amount`` and ``unit``.

Public API, mirroring ``senrules.Ruleset``::

    judge(facts, evaluation_date, parameters=None) -> {id: frozenset of levels}
    verdicts(facts, evaluation_date, parameters=None) -> {id: level | None}
    verdicts_many(list_of_facts, evaluation_date, parameters=None) -> [...]
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Mapping
from datetime import date, timedelta

MET, PARTLY_MET, NOT_MET = "met", "partly_met", "not_met"
OUTSTANDING, GOOD, SATISFACTORY, INADEQUATE = "outstanding", "good", "satisfactory", "inadequate"
OUTCOME_RANK = {NOT_MET: 0, PARTLY_MET: 1, MET: 2}
GRADE_RANK = {INADEQUATE: 0, SATISFACTORY: 1, GOOD: 2, OUTSTANDING: 3}

Possible = frozenset

DEFAULT_PARAMETERS: dict[str, object] = {
    # the words of the rating scale (para 11): framework.rules
    "majority_of_cyp": 50,
    "high_progress_margin": 0,
    "most_areas": 75,
    "some_areas": 25,
    "few_examples": 15,
    "consistent_years": 3,
    "trend_years": 3,
    # shares of people and records
    "all_share": 90,
    "most_share": 75,
    "majority_share": 50,
    "min_response_rate": 30,
    # "regularly" and the other words of the criteria
    "review_interval": (12, "months"),
    "feedback_interval": (12, "months"),
    "overdue_grace": (6, "months"),
    "monitoring_weeks": 13,
    "speedy_response_days": 28,
    "min_instances": 2,
    "range_of_activities": 3,
    "medium_term_years": 3,
}

PER_YEAR = frozenset(
    """
    cyp_targets_met cyp_progress_benchmark settings_report_increased_capacity staff_survey_response_rate
    staff_feel_recognised cyp_views_acted_on settings_find_interventions_realistic cyp_feel_more_confident
    parents_agree_consulted parents_feel_involved parent_survey_response_rate parents_find_information_clear
    partners_rate_collaboration cyp_survey_response_rate staff_share_values improvement_actions_completed
    staff_see_commitment_to_improvement staff_see_managers_model_values staff_feel_listened_to
    staff_give_leadership_examples staff_feel_treated_fairly staff_empowered_in_change change_initiatives_resourced
    staff_supported_in_change users_have_choice response_times_met staff_understand_plan
    staff_objectives_linked_to_plan staff_clear_on_responsibilities staff_in_training staff_feel_well_managed
    staff_can_find_guidance staff_appraised staff_qualified staff_recent_specialist_cpd settings_rate_staff_expertise
    users_rate_staff_communication staff_have_development_opportunity partners_clear_on_accountability
    joint_improvement_projects
    """.split()
)
_PIS = (
    "pi01_eyfs_cll_score", "pi02_eyfs_total_score", "pi03_eyfs_78_points", "pi04_ks2_english_progress",
    "pi05_ks2_maths_progress", "pi06_ks2_level4_english_maths", "pi07_ks4_english_progress",
    "pi08_ks4_maths_progress", "pi09_ks4_5ag_em", "pi10_ks4_5ac_em", "pi11_ks4_5ac_any",
    "pi12_ks4_planned_paths", "pi13_fixed_term_exclusion", "pi14_permanent_exclusion",
)
PER_YEAR = PER_YEAR | frozenset(_PIS) | frozenset(p + "_benchmark" for p in _PIS)
"""The facts given per year (``per year`` in the rule files)."""

MAX_YEARS_BACK = 100
"""How far back a year function may look (docs/logic.md; further is unknown)."""


# ---------------------------------------------------------------- three-valued logic


def all_of(*values: bool | None) -> bool | None:
    """Kleene ``and``: false wins over unknown, unknown over true."""
    if False in values:
        return False
    if None in values:
        return None
    return True


def any_of(*values: bool | None) -> bool | None:
    """Kleene ``or``: true wins over unknown, unknown over false."""
    if True in values:
        return True
    if None in values:
        return None
    return False


def not_(value: bool | None) -> bool | None:
    return None if value is None else not value


def _bounds(x) -> tuple:
    return x if isinstance(x, tuple) else (x, x)


def compare(a, op: str, b) -> bool | None:
    """``a op b`` where either side may be unknown, a value, or an interval."""
    if a is None or b is None:
        return None
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    if op == ">=":
        return True if alo >= bhi else (False if ahi < blo else None)
    if op == ">":
        return True if alo > bhi else (False if ahi <= blo else None)
    if op == "<=":
        return True if ahi <= blo else (False if alo > bhi else None)
    if op == "<":
        return True if ahi < blo else (False if alo >= bhi else None)
    equal = True if alo == ahi == blo == bhi else (False if ahi < blo or bhi < alo else None)
    return equal if op == "==" else not_(equal)


def ge(a, b):
    return compare(a, ">=", b)


def gt(a, b):
    return compare(a, ">", b)


def le(a, b):
    return compare(a, "<=", b)


def eq(a, b):
    return compare(a, "==", b)


def minus(a, b):
    """``a - b`` for known numbers; unknown if either is."""
    return None if a is None or b is None else a - b


def plus(a, b):
    """``a + b`` for numbers or intervals, bound by bound."""
    if a is None or b is None:
        return None
    if not isinstance(a, tuple) and not isinstance(b, tuple):
        return a + b
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return _interval(alo + blo, ahi + bhi)


def halved(a):
    """``a / 2`` for a number or an interval."""
    if a is None:
        return None
    if not isinstance(a, tuple):
        return a / 2
    return _interval(a[0] / 2, a[1] / 2)


def _interval(lo, hi):
    return lo if lo == hi else (lo, hi)


def first_match(*clauses: tuple[str, bool | None]) -> Possible:
    """The outcomes a list of clauses can give, read in order: a true
    condition decides, a false one is skipped, an unknown one leaves its
    outcome possible and reading goes on.  ``otherwise`` is ``True``."""
    possible = []
    for outcome, condition in clauses:
        if condition is True:
            possible.append(outcome)
            break
        if condition is None:
            possible.append(outcome)
    return Possible(possible)


# ---------------------------------------------------------------- verdicts counted


def passes(possible: Possible, test: Callable[[str], bool]) -> bool | None:
    """Whether a verdict that is one of ``possible`` passes ``test``."""
    results = {test(level) for level in possible}
    if results == {True}:
        return True
    if results == {False}:
        return False
    return None


def count_passing(verdicts, test) -> int | tuple:
    """How many verdicts pass ``test``: a number, or an interval."""
    lo = hi = 0
    for possible in verdicts:
        result = passes(possible, test)
        lo += result is True
        hi += result is not False
    return _interval(lo, hi)


def share_passing(verdicts, test):
    """The percentage of verdicts that pass ``test`` (unknown if none)."""
    verdicts = list(verdicts)
    if not verdicts:
        return None
    counted = count_passing(verdicts, test)
    n = len(verdicts)
    if isinstance(counted, tuple):
        return (counted[0] * 100 / n, counted[1] * 100 / n)
    return counted * 100 / n


def is_(level: str):
    return lambda name: name == level


def outcome_at_least(level: str):
    return lambda name: OUTCOME_RANK[name] >= OUTCOME_RANK[level]


def grade_at_least(level: str):
    return lambda name: GRADE_RANK[name] >= GRADE_RANK[level]


# ---------------------------------------------------------------- dates

_UNIT = {"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
         "months": "months", "year": "years", "years": "years"}


def _duration(value) -> tuple:
    if isinstance(value, tuple):
        amount, unit = value
    else:
        amount, unit = value.amount, value.unit
    return amount, _UNIT[unit]


def add_months(day: date, months: int) -> date:
    """Calendar months later (earlier if negative), the day clamped to the end
    of a shorter month (31 March + 1 month = 30 April)."""
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def before(day: date, duration) -> date:
    """``day - duration``: calendar months and years (language.md 12.7); a
    fractional number of months moves by the whole months, then the rest as
    days of an average month (30.4375 days)."""
    amount, unit = _duration(duration)
    if unit == "days":
        return day - timedelta(days=amount)
    if unit == "weeks":
        return day - timedelta(weeks=amount)
    months = -amount * (12 if unit == "years" else 1)
    whole = math.floor(months)
    out = add_months(day, int(whole))
    if months != whole:
        out += timedelta(days=round((months - whole) * 30.4375))
    return out


def years_back(day: date, years: int) -> date:
    """The same day some years earlier (28 February for 29 February)."""
    return add_months(day, -12 * years)


# ---------------------------------------------------------------- the evidence as of a year


class Situation:
    """Facts, parameters, the year judged and its evaluation date.

    ``s[name]`` is a parameter's value, or a fact's value as of the year
    judged (a per-year fact's value for that year), or None when unknown."""

    __slots__ = ("facts", "params", "year", "date")

    def __init__(self, facts: Mapping, params: Mapping, year: int, day: date):
        self.facts, self.params, self.year, self.date = facts, params, year, day

    def __getitem__(self, name: str):
        if name in self.params:
            return self.params[name]
        value = self.facts.get(name)
        if value is not None and name in PER_YEAR:
            return value.get(self.year)
        return value

    def back(self, years: int) -> Situation | None:
        """The same evidence judged ``years`` years earlier (None past the
        bound), with the evaluation date moved back by whole years."""
        if years > MAX_YEARS_BACK or self.year - years < 1:
            return None
        if years == 0:
            return self
        return Situation(self.facts, self.params, self.year - years, years_back(self.date, years))

    def recent(self, fact: str, *durations: str) -> bool | None:
        """``fact >= evaluation_date - d1 - d2 ...``."""
        day = self[fact]
        if day is None:
            return None
        limit = self.date
        for d in durations:
            limit = before(limit, self[d])
        return day >= limit


def yearly_values(s: Situation, years, value: Callable[[Situation], object]) -> list:
    """``value`` in each of the last ``years`` years, this one first."""
    out = []
    for back in range(int(years)):
        earlier = s.back(back)
        out.append(None if earlier is None else value(earlier))
    return out


def mean_is_known(s: Situation, years, value) -> bool:
    """``mean(value, years) is known``: every year's value is known."""
    n = int(years)
    if n < 1 or n > MAX_YEARS_BACK:
        return False
    return all(v is not None and not isinstance(v, tuple) for v in yearly_values(s, n, value))


def mean_of(values: list):
    """The mean of yearly values: unknown if one is unknown or an interval."""
    if not values or any(v is None or isinstance(v, tuple) for v in values):
        return None
    return sum(values) / len(values)


def lowest(s: Situation, years, value):
    """``lowest(value, years)``: unknown if any year's value is unknown."""
    n = int(years)
    if n < 1 or n > MAX_YEARS_BACK:
        return None
    values = yearly_values(s, n, value)
    if any(v is None for v in values):
        return None
    return min(values)


def steps(values: list, rising: bool) -> bool | None:
    """Yearly values (this year first) strictly rising, or falling, from
    each year to the next: one step the wrong way makes it false."""
    return all_of(*(
        compare(earlier, "<" if rising else ">", later) for later, earlier in zip(values, values[1:])
    ))


def trend(s: Situation, years, value, rising: bool) -> bool | None:
    """``improving(value, years)`` (rising) or ``declining(...)``."""
    n = int(years)
    if n < 2 or n > MAX_YEARS_BACK:
        return None
    return steps(yearly_values(s, n, value), rising)


def improving(s, name):
    return trend(s, s["trend_years"], lambda y: y[name], rising=True)


def declining(s, name):
    return trend(s, s["trend_years"], lambda y: y[name], rising=False)


def gap(name: str, benchmark: str | None = None) -> Callable[[Situation], object]:
    """A figure minus its benchmark, as of a year."""
    benchmark = benchmark or name + "_benchmark"
    return lambda y: minus(y[name], y[benchmark])


# ---------------------------------------------------------------- lists of records


def count_list(records) -> int | None:
    return None if records is None else len(records)


def count_where(records, test) -> int | tuple | None:
    if records is None:
        return None
    lo = hi = 0
    for record in records:
        result = test(record)
        lo += result is True
        hi += result is not False
    return _interval(lo, hi)


def share_where(records, test):
    if not records:
        return None
    counted = count_where(records, test)
    n = len(records)
    if isinstance(counted, tuple):
        return (counted[0] * 100 / n, counted[1] * 100 / n)
    return counted * 100 / n


def field(record: Mapping, name: str):
    return record.get(name)


# ---------------------------------------------------------------- the criteria (75)
#
# One function per criterion, in the order of the source; each returns the
# outcomes still possible.  ``s`` is the Situation judged.

CRITERIA: dict[str, Callable[[Situation], Possible]] = {}


def criterion(ident: str):
    def register(fn):
        CRITERIA[ident] = fn
        return fn
    return register


def outcome(met, partly_met) -> Possible:
    return first_match((MET, met), (PARTLY_MET, partly_met), (NOT_MET, True))


def not_or(switch, value):
    """``not switch or value`` (an OB participant must also show ...)."""
    return any_of(not_(switch), value)


def known(value) -> bool:
    return value is not None


# ----- Standard 1: progress towards outcomes is systematically recorded and monitored


@criterion("S1.1")
def s1_1(s):
    return outcome(
        all_of(ge(s["interventions_reviewed"], s["all_share"]), le(s["intervention_review_weeks"], s["monitoring_weeks"])),
        gt(s["interventions_reviewed"], s["majority_share"]),
    )


@criterion("S1.2")
def s1_2(s):
    return outcome(
        all_of(s["strategy_changes_recorded"], ge(s["cyp_views_acted_on"], s["most_share"])),
        any_of(s["strategy_changes_recorded"], gt(s["cyp_views_acted_on"], s["majority_share"]), s["cyp_views_example"]),
    )


_KS_PROGRESS = ("pi04_ks2_english_progress", "pi05_ks2_maths_progress", "pi07_ks4_english_progress", "pi08_ks4_maths_progress")


@criterion("S1.3")
def s1_3(s):
    n = s["trend_years"]
    data_over_time = any_of(
        ge(s["outcome_data_years"], n),
        *(mean_is_known(s, n, gap(pi)) for pi in _KS_PROGRESS),
    )
    return outcome(all_of(s["outcome_data_analysed"], data_over_time), any_of(s["outcome_data_analysed"], data_over_time))


@criterion("S1.4")
def s1_4(s):
    tracked = any_of(
        s["transitions_tracked"], known(s["pi06_ks2_level4_english_maths"]), known(s["pi10_ks4_5ac_em"]),
        known(s["pi12_ks4_planned_paths"]),
    )
    return outcome(
        all_of(ge(s["post_intervention_followup"], s["most_share"]), tracked),
        any_of(gt(s["post_intervention_followup"], s["majority_share"]), tracked),
    )


# ----- Standard 2: interventions are planned to achieve intended outcomes


@criterion("S2.1")
def s2_1(s):
    return outcome(
        all_of(ge(s["interventions_wave_mapped"], s["most_share"]), ge(s["settings_find_interventions_realistic"], s["most_share"])),
        any_of(gt(s["interventions_wave_mapped"], s["majority_share"]), gt(s["settings_find_interventions_realistic"], s["majority_share"])),
    )


@criterion("S2.2")
def s2_2(s):
    ob_shows_ecm = all_of(
        known(s["pi12_ks4_planned_paths"]),
        any_of(known(s["pi04_ks2_english_progress"]), known(s["pi07_ks4_english_progress"])),
    )
    reported = any_of(s["outcomes_reported_by_ecm"], ob_shows_ecm)
    return outcome(
        all_of(ge(s["plans_linked_to_ecm"], s["most_share"]), reported),
        any_of(gt(s["plans_linked_to_ecm"], s["majority_share"]), reported),
    )


@criterion("S2.3")
def s2_3(s):
    return outcome(
        all_of(ge(s["outcomes_agreed_with_all"], s["all_share"]), not_or(s["ob_participant"], s["ob_used_in_negotiating_outcomes"])),
        gt(s["outcomes_agreed_with_all"], s["majority_share"]),
    )


@criterion("S2.4")
def s2_4(s):
    return _both_shares(s, "plans_with_self_esteem_targets", "most_share", "cyp_feel_more_confident", "most_share")


@criterion("S2.5")
def s2_5(s):
    return outcome(ge(s["smart_targets"], s["all_share"]), gt(s["smart_targets"], s["majority_share"]))


def _both_shares(s, a, a_share, b, b_share, *also_partly) -> Possible:
    """Met when both figures reach their shares; partly met when either is
    above majority_share (or any further condition holds)."""
    return outcome(
        all_of(ge(s[a], s[a_share]), ge(s[b], s[b_share])),
        any_of(gt(s[a], s["majority_share"]), gt(s[b], s["majority_share"]), *also_partly),
    )


def _flag_and_share(s, flag, figure, share, *also_partly) -> Possible:
    """Met when the practice is in place and the figure reaches its share;
    partly met when either (or any further condition) holds."""
    return outcome(
        all_of(s[flag], ge(s[figure], s[share])),
        any_of(s[flag], gt(s[figure], s["majority_share"]), *also_partly),
    )


def _both_flags(s, a, b) -> Possible:
    return outcome(all_of(s[a], s[b]), any_of(s[a], s[b]))


def _recent_review(s, flag, reviewed_on) -> Possible:
    """A review process in place and used within review_interval; partly met
    with either, or a review within the grace period."""
    return outcome(
        all_of(s[flag], s.recent(reviewed_on, "review_interval")),
        any_of(s[flag], s.recent(reviewed_on, "review_interval", "overdue_grace")),
    )


# ----- Standard 3: parents are consulted and involved


@criterion("S3.1")
def s3_1(s):
    return outcome(
        all_of(
            ge(s["plans_agreed_with_parents"], s["all_share"]), ge(s["parents_agree_consulted"], s["most_share"]),
            not_or(s["ob_participant"], s["ob_used_with_parents"]),
        ),
        any_of(gt(s["plans_agreed_with_parents"], s["majority_share"]), gt(s["parents_agree_consulted"], s["majority_share"])),
    )


@criterion("S3.2")
def s3_2(s):
    return _both_shares(s, "parents_involved", "most_share", "parents_feel_involved", "most_share")


@criterion("S3.3")
def s3_3(s):
    return outcome(
        all_of(
            s.recent("parent_survey_date", "feedback_interval"),
            ge(s["parent_survey_response_rate"], s["min_response_rate"]), s["parent_views_acted_on"],
        ),
        s.recent("parent_survey_date", "feedback_interval", "overdue_grace"),
    )


@criterion("S3.4")
def s3_4(s):
    return _flag_and_share(s, "information_in_accessible_formats", "parents_find_information_clear", "most_share")


# ----- Standard 4: clear outcomes agreed, no culture of dependency


@criterion("S4.1")
def s4_1(s):
    return outcome(
        all_of(ge(s["settings_with_agreement"], s["all_share"]), s["agreements_state_obligations"]),
        gt(s["settings_with_agreement"], s["majority_share"]),
    )


@criterion("S4.2")
def s4_2(s):
    return _both_shares(s, "settings_report_increased_capacity", "most_share", "plans_with_exit_strategy", "most_share")


@criterion("S4.3")
def s4_3(s):
    return outcome(
        all_of(
            s["target_setting_process"], ge(s["interventions_follow_targets"], s["most_share"]),
            not_or(s["ob_participant"], s["ob_used_in_target_setting"]),
        ),
        all_of(s["target_setting_process"], gt(s["interventions_follow_targets"], s["majority_share"])),
    )


@criterion("S4.4")
def s4_4(s):
    return _flag_and_share(s, "adult_support_reviewed_for_independence", "adult_support_plans_balanced", "most_share")


# ----- Standard 5: a clear purpose


@criterion("S5.1")
def s5_1(s):
    return outcome(
        all_of(
            s["commissioning_specification"], s["specification_reflects_la_policy"],
            not_or(s["ob_participant"], s["ob_reported_to_commissioners"]),
        ),
        s["commissioning_specification"],
    )


def _attributed(s):
    """Progress can be attributed to the service (DCSF 2008 para 14 i-iii)."""
    return all_of(s["service_intervened"], s["service_set_targets"], s["service_advised_strategy"])


@criterion("S5.2")
def s5_2(s):
    margin = s["high_progress_margin"]
    above_benchmark = ge(minus(s["cyp_targets_met"], s["cyp_progress_benchmark"]), margin)
    indicators = [
        any_of(s[pi] is None, ge(gap(pi)(s), margin)) for pi in _KS_PROGRESS
    ] + [any_of(s["pi13_fixed_term_exclusion"] is None, le(s["pi13_fixed_term_exclusion"], s["pi13_fixed_term_exclusion_benchmark"]))]
    return outcome(
        all_of(
            s["service_targets_linked_to_la"], _attributed(s), above_benchmark,
            gt(s["settings_report_increased_capacity"], s["majority_share"]), *indicators,
        ),
        any_of(s["service_targets_linked_to_la"], all_of(_attributed(s), above_benchmark)),
    )


@criterion("S5.3")
def s5_3(s):
    return outcome(ge(s["written_agreement_coverage"], s["all_share"]), gt(s["written_agreement_coverage"], s["majority_share"]))


@criterion("S5.4")
def s5_4(s):
    return _both_shares(s, "coordinated_multi_agency_plans", "most_share", "partners_rate_collaboration", "most_share")


@criterion("S5.5")
def s5_5(s):
    shown = s["improvement_test_shown"]
    return outcome(
        any_of(not_(s["significant_changes_proposed"]), None if shown is None else shown == "all key factors"),
        None if shown is None else shown == "some key factors",
    )


# ----- Standard 6: feedback collected and used


@criterion("S6.1")
def s6_1(s):
    return outcome(
        all_of(s.recent("cyp_survey_date", "feedback_interval"), ge(s["cyp_survey_response_rate"], s["min_response_rate"])),
        s.recent("cyp_survey_date", "feedback_interval", "overdue_grace"),
    )


@criterion("S6.2")
def s6_2(s):
    kinds = (s["feedback_on_cyp_progress"], s["feedback_on_staff_development"], s["feedback_on_setting_objectives"])
    return outcome(all_of(*kinds, s.recent("settings_survey_date", "feedback_interval")), any_of(*kinds))


@criterion("S6.3")
def s6_3(s):
    def not_staff(record):
        by = field(record, "suggested_by")
        return None if by is None else by != "staff"

    from_users = count_where(s["practice_changes"], not_staff)
    return outcome(ge(from_users, s["min_instances"]), ge(from_users, 1))


# ----- Standard 7: leaders have a clear vision


@criterion("S7.1")
def s7_1(s):
    return outcome(
        all_of(s["purpose_statement"], ge(s["staff_share_values"], s["all_share"])),
        any_of(s["purpose_statement"], gt(s["staff_share_values"], s["majority_share"])),
    )


@criterion("S7.2")
def s7_2(s):
    return outcome(
        all_of(
            s.recent("plan_reviewed_on", "review_interval"), s["plan_review_considers_la_policy"],
            s["plan_shared_with_staff"], s["outcomes_inform_plan_review"],
        ),
        s.recent("plan_reviewed_on", "review_interval", "overdue_grace"),
    )


@criterion("S7.3")
def s7_3(s):
    return outcome(
        all_of(
            ge(s["improvement_actions_completed"], s["most_share"]),
            ge(s["staff_see_commitment_to_improvement"], s["most_share"]), ge(s["outcome_data_years"], 1),
        ),
        any_of(
            gt(s["improvement_actions_completed"], s["majority_share"]),
            gt(s["staff_see_commitment_to_improvement"], s["majority_share"]),
        ),
    )


@criterion("S7.4")
def s7_4(s):
    return outcome(
        ge(s["staff_see_managers_model_values"], s["most_share"]),
        any_of(gt(s["staff_see_managers_model_values"], s["majority_share"]), s["leading_by_example_story"]),
    )


@criterion("S7.5")
def s7_5(s):
    return _recent_review(s, "leadership_review_process", "leadership_reviewed_on")


# ----- Standard 8: a culture of continuous improvement amongst staff


@criterion("S8.1")
def s8_1(s):
    return outcome(
        all_of(
            ge(s["staff_feel_listened_to"], s["most_share"]),
            ge(s["staff_survey_response_rate"], s["min_response_rate"]), s["staff_forums"],
        ),
        any_of(gt(s["staff_feel_listened_to"], s["majority_share"]), s["staff_forums"]),
    )


@criterion("S8.2")
def s8_2(s):
    return _both_shares(s, "staff_give_leadership_examples", "all_share", "staff_feel_recognised", "all_share", s["leadership_story"])


@criterion("S8.3")
def s8_3(s):
    return _flag_and_share(s, "staff_equality_monitoring", "staff_feel_treated_fairly", "all_share")


@criterion("S8.4")
def s8_4(s):
    return _flag_and_share(s, "staff_change_groups", "staff_empowered_in_change", "all_share")


@criterion("S8.5")
def s8_5(s):
    return _both_shares(s, "change_initiatives_resourced", "most_share", "staff_supported_in_change", "most_share")


# ----- Standard 9: positive relationships with users


@criterion("S9.1")
def s9_1(s):
    return outcome(
        all_of(s["published_offer"], s["published_costs"], s["published_performance"], s["published_information_accessible"]),
        s["published_offer"],
    )


@criterion("S9.2")
def s9_2(s):
    activities = s["external_activities"]
    return outcome(
        all_of(ge(count_list(activities), s["range_of_activities"]), ge(count_where(activities, lambda r: field(r, "shared_practice")), 1)),
        ge(count_list(activities), 1),
    )


@criterion("S9.3")
def s9_3(s):
    shown = any_of(
        s["reputation_enhanced"], improving(s, "cyp_targets_met"),
        *(improving(s, pi) for pi in _KS_PROGRESS),
        declining(s, "pi13_fixed_term_exclusion"), declining(s, "pi14_permanent_exclusion"),
    )
    return outcome(
        all_of(s["managers_show_impact"], shown),
        any_of(s["managers_show_impact"], s["reputation_enhanced"], s["reputation_story"]),
    )


@criterion("S9.4")
def s9_4(s):
    complaints = s["complaints"]
    limit = s["speedy_response_days"]

    def speedy(record):
        received, resolved = field(record, "received_on"), field(record, "resolved_on")
        if received is None or resolved is None:
            return None
        return (resolved - received).days <= limit

    resolved_quickly = share_where(complaints, speedy)
    none = eq(count_list(complaints), 0)
    return outcome(
        all_of(s["complaints_procedure_clear"], any_of(none, ge(resolved_quickly, s["most_share"]))),
        any_of(s["complaints_procedure_clear"], all_of(gt(count_list(complaints), 0), gt(resolved_quickly, s["majority_share"]))),
    )


@criterion("S9.5")
def s9_5(s):
    complaints = s["complaints"]
    changed = ge(count_where(complaints, lambda r: field(r, "led_to_change")), 1)
    return outcome(
        all_of(s["complaints_reviewed_for_development"], any_of(eq(count_list(complaints), 0), changed)),
        any_of(s["complaints_reviewed_for_development"], changed),
    )


# ----- Standard 10: users' needs and views shape the service


@criterion("S10.1")
def s10_1(s):
    surveys = [s.recent(d, "feedback_interval") for d in ("cyp_survey_date", "parent_survey_date", "settings_survey_date")]
    return outcome(all_of(*surveys, s["users_consulted_on_changes"]), any_of(*surveys, s["users_consulted_on_changes"]))


@criterion("S10.2")
def s10_2(s):
    actions = ge(s["plan_actions_from_suggestions"], 1)
    return outcome(all_of(s["suggestions_log"], actions), any_of(s["suggestions_log"], actions))


@criterion("S10.3")
def s10_3(s):
    return outcome(
        all_of(s.recent("needs_analysed_on", "review_interval"), s["needs_analysis_uses_outcome_data"], s["policy_based_on_needs"]),
        any_of(s["policy_based_on_needs"], s.recent("needs_analysed_on", "review_interval", "overdue_grace")),
    )


@criterion("S10.4")
def s10_4(s):
    return _flag_and_share(s, "service_menu_published", "users_have_choice", "most_share")


@criterion("S10.5")
def s10_5(s):
    statement = s["expectations_statement"]
    return outcome(
        all_of(None if statement is None else statement == "all four", ge(s["response_times_met"], s["most_share"])),
        None if statement is None else statement in ("all four", "some"),
    )


# ----- Standard 11: a service development plan


@criterion("S11.1")
def s11_1(s):
    return outcome(
        all_of(s["plan_uses_performance_data"], s["plan_uses_research"], s["plan_uses_benchmarking"]),
        any_of(s["plan_uses_performance_data"], s["plan_uses_benchmarking"]),
    )


@criterion("S11.2")
def s11_2(s):
    return _both_flags(s, "plan_aligned_to_cypp", "plan_aligned_to_policies")


@criterion("S11.3")
def s11_3(s):
    return _both_shares(s, "staff_understand_plan", "all_share", "staff_objectives_linked_to_plan", "all_share")


@criterion("S11.4")
def s11_4(s):
    parts = (s["plan_short_and_long_term"], s["plan_addresses_stakeholder_needs"], s["plan_covers_risk"])
    return outcome(all_of(*parts), any_of(*parts))


@criterion("S11.5")
def s11_5(s):
    return outcome(
        all_of(s["plan_update_process"], s.recent("plan_reviewed_on", "review_interval"), s["plan_shared_with_staff"]),
        any_of(s["plan_update_process"], s.recent("plan_reviewed_on", "review_interval", "overdue_grace")),
    )


# ----- Standard 12: processes


@criterion("S12.1")
def s12_1(s):
    return _both_flags(s, "key_processes_documented", "key_processes_checked_for_inclusion")


@criterion("S12.2")
def s12_2(s):
    return _both_shares(s, "staff_with_job_descriptions", "all_share", "staff_clear_on_responsibilities", "all_share")


@criterion("S12.3")
def s12_3(s):
    return _both_flags(s, "process_measures_in_place", "planning_uses_published_data")


@criterion("S12.4")
def s12_4(s):
    return outcome(
        all_of(
            s.recent("allocation_reviewed_on", "review_interval"), s["allocation_by_need"],
            not_or(s["ob_participant"], s["allocation_uses_outcome_data"]),
        ),
        any_of(s["allocation_by_need"], s.recent("allocation_reviewed_on", "review_interval", "overdue_grace")),
    )


@criterion("S12.5")
def s12_5(s):
    return outcome(
        all_of(s.recent("processes_reviewed_on", "review_interval"), s["stakeholders_fed_back_on_processes"]),
        any_of(s.recent("processes_reviewed_on", "review_interval", "overdue_grace"), s["stakeholders_fed_back_on_processes"]),
    )


# ----- Standard 13: staff resources


@criterion("S13.1")
def s13_1(s):
    return _flag_and_share(s, "managers_trained_to_develop_staff", "staff_in_training", "all_share")


@criterion("S13.2")
def s13_2(s):
    return _both_shares(s, "staff_files_complete", "all_share", "staff_feel_well_managed", "most_share")


@criterion("S13.3")
def s13_3(s):
    return outcome(
        all_of(s["staff_data_collected"], ge(s["staff_improvement_examples"], s["min_instances"])),
        any_of(s["staff_data_collected"], ge(s["staff_improvement_examples"], 1), s["staff_improvement_story"]),
    )


@criterion("S13.4")
def s13_4(s):
    return _flag_and_share(s, "guidance_available", "staff_can_find_guidance", "most_share")


@criterion("S13.5")
def s13_5(s):
    return outcome(
        all_of(
            ge(s["staff_appraised"], s["all_share"]), s["appraisal_targets_monitored"], s["appraisal_leads_to_training"],
            not_or(s["ob_participant"], s["appraisal_uses_outcome_data"]),
        ),
        gt(s["staff_appraised"], s["majority_share"]),
    )


# ----- Standard 14: staff experience and competencies


@criterion("S14.1")
def s14_1(s):
    return _both_shares(s, "staff_qualified", "all_share", "staff_recent_specialist_cpd", "all_share")


@criterion("S14.2")
def s14_2(s):
    return _flag_and_share(s, "staff_competences_checked", "settings_rate_staff_expertise", "most_share", s["new_insight_story"])


@criterion("S14.3")
def s14_3(s):
    return _both_shares(s, "users_rate_staff_communication", "most_share", "staff_briefed_on_funding", "all_share")


@criterion("S14.4")
def s14_4(s):
    return outcome(
        all_of(ge(s["staff_feel_recognised"], s["most_share"]), s["achievements_acknowledged"], s["work_life_balance_policy"]),
        any_of(gt(s["staff_feel_recognised"], s["majority_share"]), s["achievements_acknowledged"], s["work_life_balance_policy"]),
    )


@criterion("S14.5")
def s14_5(s):
    return _flag_and_share(s, "training_impact_data", "staff_have_development_opportunity", "all_share")


# ----- Standard 15: collaboration with other providers


@criterion("S15.1")
def s15_1(s):
    return outcome(ge(s["partnerships_linked_to_goals"], s["all_share"]), gt(s["partnerships_linked_to_goals"], s["majority_share"]))


@criterion("S15.2")
def s15_2(s):
    return outcome(
        all_of(s["commissioning_specification"], s["specification_considers_other_services"]),
        s["commissioning_specification"],
    )


@criterion("S15.3")
def s15_3(s):
    return _flag_and_share(s, "multi_agency_accountability_written", "partners_clear_on_accountability", "most_share")


@criterion("S15.4")
def s15_4(s):
    return outcome(ge(s["joint_improvement_projects"], s["min_instances"]), ge(s["joint_improvement_projects"], 1))


@criterion("S15.5")
def s15_5(s):
    return _both_flags(s, "partner_differences_identified", "partner_differences_addressed")


# ----- Standard 16: finance and resources


@criterion("S16.1")
def s16_1(s):
    return outcome(
        all_of(ge(s["funding_strategy_years"], s["medium_term_years"]), s["funding_strategy_linked"]),
        any_of(ge(s["funding_strategy_years"], 1), s["funding_strategy_linked"]),
    )


@criterion("S16.2")
def s16_2(s):
    return _both_flags(s, "resources_deployed_by_need", "access_equity_monitored")


@criterion("S16.3")
def s16_3(s):
    return _recent_review(s, "plan_covers_premises_and_resources", "resources_audited_on")


@criterion("S16.4")
def s16_4(s):
    return _both_flags(s, "technology_policy", "equipment_register")


@criterion("S16.5")
def s16_5(s):
    return _recent_review(s, "technology_review_procedure", "technology_reviewed_on")


# ---------------------------------------------------------------- the framework

SECTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "outcomes": {f"S{n}": tuple(c for c in CRITERIA if c.startswith(f"S{n}.")) for n in range(1, 7)},
    "smd": {f"S{n}": tuple(c for c in CRITERIA if c.startswith(f"S{n}.")) for n in range(7, 17)},
}
"""section -> standard -> its criteria, in source order."""

assert len(CRITERIA) == 75 and sum(len(c) for sec in SECTIONS.values() for c in sec.values()) == 75


def standard_grade(s: Situation, criteria: list[Possible]) -> Possible:
    """para 11 for one standard: outstanding when every criterion is met;
    good / satisfactory when the share met, counting partly met as half met,
    reaches most_areas / some_areas; inadequate otherwise."""
    half_credit = halved(plus(share_passing(criteria, is_(MET)), share_passing(criteria, outcome_at_least(PARTLY_MET))))
    return first_match(
        (OUTSTANDING, eq(count_passing(criteria, is_(MET)), len(criteria))),
        (GOOD, ge(half_credit, s["most_areas"])),
        (SATISFACTORY, ge(half_credit, s["some_areas"])),
        (INADEQUATE, True),
    )


def outcomes_grade(s: Situation, standards: list[Possible], criteria: list[Possible]) -> Possible:
    """Section One from para 11's clauses about CYP (framework.rules)."""
    most_good = ge(share_passing(standards, grade_at_least(GOOD)), s["most_areas"])
    years = s["consistent_years"]
    progress = gap("cyp_targets_met", "cyp_progress_benchmark")
    return first_match(
        (OUTSTANDING, all_of(
            most_good, _attributed(s),
            gt(lowest(s, years, lambda y: y["cyp_targets_met"]), s["majority_of_cyp"]),
            ge(lowest(s, years, progress), s["high_progress_margin"]),
        )),
        (GOOD, all_of(
            most_good, _attributed(s), gt(s["cyp_targets_met"], s["majority_of_cyp"]),
            ge(progress(s), s["high_progress_margin"]),
        )),
        (SATISFACTORY, all_of(
            ge(share_passing(standards, grade_at_least(SATISFACTORY)), s["most_areas"]), _attributed(s),
            gt(lowest(s, years, lambda y: y["cyp_targets_met"]), s["few_examples"]),
        )),
        (INADEQUATE, True),
    )


def smd_share_met(s: Situation | None, verdicts: list[Possible] | None = None) -> object:
    """The share of the SMD criteria met, as of the year of ``s``."""
    if s is None:
        return None
    if verdicts is None:
        verdicts = [CRITERIA[c](s) for criteria in SECTIONS["smd"].values() for c in criteria]
    return share_passing(verdicts, is_(MET))


def smd_grade(s: Situation, standards: list[Possible], criteria: list[Possible]) -> Possible:
    """Section Two from para 11's clauses about SMD: outstanding needs most
    standards at least good and continuous improvement over trend_years (the
    share of SMD criteria met rising every year, or 100% in each of them)."""
    most_good = ge(share_passing(standards, grade_at_least(GOOD)), s["most_areas"])
    n = int(s["trend_years"])
    if 1 <= n <= MAX_YEARS_BACK:
        # this year's criteria are already judged; earlier years are judged again
        shares = [smd_share_met(s, criteria)] + [smd_share_met(s.back(k)) for k in range(1, n)]
        continuous = any_of(steps(shares, rising=True) if n >= 2 else None, eq(mean_of(shares), 100))
    else:
        continuous = None
    return first_match(
        (OUTSTANDING, all_of(most_good, continuous)),
        (GOOD, most_good),
        (SATISFACTORY, ge(share_passing(standards, grade_at_least(SATISFACTORY)), s["some_areas"])),
        (INADEQUATE, True),
    )


def overall_grade(outcomes: Possible, smd: Possible) -> Possible:
    """para 11: the overall grade is the lower of the two sections'."""
    def both(test):
        return all_of(passes(outcomes, test), passes(smd, test))

    return first_match(
        (OUTSTANDING, both(is_(OUTSTANDING))),
        (GOOD, both(grade_at_least(GOOD))),
        (SATISFACTORY, both(grade_at_least(SATISFACTORY))),
        (INADEQUATE, True),
    )


SECTION_GRADES = {"outcomes": outcomes_grade, "smd": smd_grade}


def parameters_with(overrides: Mapping | None) -> dict:
    params = dict(DEFAULT_PARAMETERS)
    if overrides:
        unknown = set(overrides) - set(params)
        if unknown:
            raise KeyError(f"not parameters of dcsf-2008: {sorted(unknown)}")
        params.update(overrides)
    return params


def judge(facts: Mapping, evaluation_date: date, parameters: Mapping | None = None, *, _params=None) -> dict[str, Possible]:
    """Every criterion, standard and section and the overall judgement: id ->
    the levels still possible."""
    params = _params if _params is not None else parameters_with(parameters)
    s = Situation(facts, params, evaluation_date.year, evaluation_date)
    out: dict[str, Possible] = {}
    for section, standards in SECTIONS.items():
        grades, judged = [], []
        for standard, criteria in standards.items():
            verdicts = [CRITERIA[c](s) for c in criteria]
            out.update(zip(criteria, verdicts))
            judged += verdicts
            out[standard] = standard_grade(s, verdicts)
            grades.append(out[standard])
        out[section] = SECTION_GRADES[section](s, grades, judged)
    out["overall"] = overall_grade(out["outcomes"], out["smd"])
    return out


def named(possible: Possible) -> str | None:
    """A verdict's level when decided, None when still unknown."""
    return next(iter(possible)) if len(possible) == 1 else None


def verdicts(facts: Mapping, evaluation_date: date, parameters: Mapping | None = None) -> dict[str, str | None]:
    return {ident: named(p) for ident, p in judge(facts, evaluation_date, parameters).items()}


def verdicts_many(batch, evaluation_date: date, parameters: Mapping | None = None) -> list[dict[str, str | None]]:
    params = parameters_with(parameters)
    return [{i: named(p) for i, p in judge(f, evaluation_date, _params=params).items()} for f in batch]
