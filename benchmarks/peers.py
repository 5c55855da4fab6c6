"""The example ruleset (frozen in benchmarks/ruleset/) in two peer rule engines:
rule-engine and zen-engine.

Both peers get the same job as :mod:`baseline`: facts in, ``{id: verdict name
or None}`` out, with the same three-valued semantics.  The logic is written in
each peer's own language as far as it goes; the Python around it is glue, and
every piece of glue says why it is there (look for "GLUE:").

How the three-valued semantics is encoded (the same idea in both peers):

- A condition is ``true``, ``false`` or ``null`` (unknown).  Neither language
  has three-valued ``and``/``or`` (rule-engine treats ``null`` as falsy, zen
  raises on ``null and x``) and comparing ``null`` with a number is an error in
  both, so every comparison is guarded (``x == null ? null : x >= 50``) and
  Kleene ``and`` is spelled out with ``==`` and ternaries, which both languages
  evaluate safely on ``null``.
- A verdict is the *list of outcomes still possible*.  Outcome *i* of a
  first-match clause list is possible exactly when no earlier condition is
  ``true`` and condition *i* is not ``false``.  In rule-engine that is a list
  comprehension; in zen it is a decision table with the ``collect`` hit
  policy, one row per outcome, whose input columns are the conditions.  The
  verdict is determined when the list has one element.
- Counting nodes that pass a level test gives ``[definitely, possibly]``; a
  share is that as a percentage; ``x >= t`` on such an interval is true if
  ``lo >= t``, false if ``hi < t``, else ``null``.

Public API, mirroring ``senrules.Ruleset``: ``RuleEnginePeer()`` and
``ZenPeer()``, each with ``verdicts(facts, evaluation_date, parameters=None)``
and ``verdicts_many(list_of_facts, evaluation_date, parameters=None)``.
Loading (compiling the rules, building the graph) happens in the constructor.
``python peers.py`` prints both programs.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import json
from collections.abc import Iterable

from baseline import DEFAULT_PARAMETERS, GRADE_RANK, OUTCOME_RANK, VERDICT_IDS
from workload import FACT_IDS


def _at_least(rank: dict[str, int], name: str) -> list[str]:
    return [other for other, r in rank.items() if r >= rank[name]]


def _params(parameters: dict | None) -> dict:
    params = {**DEFAULT_PARAMETERS, **(parameters or {})}
    interval = params["review_interval"]
    if not isinstance(interval, int):  # a senrules.model.Duration
        params["review_interval"] = int(interval.amount * (12 if interval.unit.startswith("year") else 1))
    return params


# ====================================================================== rule-engine
#
# rule-engine evaluates one expression against one "thing" (here a dict).  It
# has no assignment, so the ruleset is a list of named expressions evaluated
# in order, each result stored under its name for the expressions after it.


def _guard(test: str, *operands: str) -> str:
    """``test``, or null if an operand is null (both languages raise on
    ``null >= 50``).  The same text is valid in both."""
    nulls = " or ".join(f"{o} == null" for o in operands)
    return f"({nulls}) ? null : ({test})"


def _kleene_and(*conditions: str) -> str:
    """Kleene ``and`` (rule-engine: ``null and false`` is ``false`` by
    truthiness, ``true and null`` is ``false`` too; zen: raises).  The same
    text is valid in both languages."""
    any_false = " or ".join(f"{c} == false" for c in conditions)
    all_true = " and ".join(f"{c} == true" for c in conditions)
    return f"({any_false}) ? false : (({all_true}) ? true : null)"


def _interval(op: str, x: str, t: str) -> str:
    """``x op t`` for an interval ``x = [lo, hi]``; both languages."""
    if op == ">=":
        test = f"{x}[0] >= {t} ? true : ({x}[1] < {t} ? false : null)"
    elif op == ">":
        test = f"{x}[0] > {t} ? true : ({x}[1] <= {t} ? false : null)"
    elif op == "==":
        test = f"({x}[0] == {t} and {x}[1] == {t}) ? true : (({t} < {x}[0] or {t} > {x}[1]) ? false : null)"
    else:
        raise ValueError(op)
    return f"{x} == null ? null : ({test})"


def _increases(a: str, b: str) -> str:
    """``a < b`` for intervals; both languages."""
    return f"({a} == null or {b} == null) ? null : ({a}[1] < {b}[0] ? true : ({a}[0] >= {b}[1] ? false : null))"


def _re_first_match(*clauses: tuple[str, str | None]) -> str:
    """The possible outcomes of a first-match clause list (condition None is
    ``otherwise``)."""
    items, earlier = [], []
    for outcome, condition in clauses:
        tests = [f"{c} != true" for c in earlier]
        if condition is not None:
            tests.append(f"{condition} != false")
        test = " and ".join(tests) or "true"
        items.append(f"({test}) ? '{outcome}' : null")
        if condition is None:
            break
        earlier.append(condition)
    return f"[o for o in [{', '.join(items)}] if o != null]"


def _vocabulary(names: list[str]) -> list[str]:
    return list(OUTCOME_RANK) if set(names) <= set(OUTCOME_RANK) else list(GRADE_RANK)


def _re_any_in(node: str, names: list[str]) -> str:
    return " or ".join(f"'{n}' in {node}" for n in names) or "false"


def _re_count(nodes: list[str], names: list[str]) -> str:
    """``[definitely, possibly]`` how many of *nodes* have a verdict in *names*.

    Unrolled membership tests rather than comprehensions: rule-engine builds
    and type-checks a new array for every comprehension, which made these
    counts the slowest part of the program."""
    others = [n for n in _vocabulary(names) if n not in names]
    definitely = " + ".join(f"(({_re_any_in(node, others)}) ? 0 : 1)" for node in nodes)
    possibly = " + ".join(f"(({_re_any_in(node, names)}) ? 1 : 0)" for node in nodes)
    return f"[{definitely}, {possibly}]"


def _re_share(count: str, total: int | str) -> str:
    return f"[100 * {count}[0] / {total}, 100 * {count}[1] / {total}]"


def _re_holds(node: str, names: list[str]) -> str:
    others = [n for n in _vocabulary(names) if n not in names]
    return f"({_re_any_in(node, others)}) ? (({_re_any_in(node, names)}) ? null : false) : true"


def _re_all_true(steps: str) -> str:
    """Kleene ``and`` over a list of conditions."""
    return f"$any([s == false for s in {steps}]) ? false : ($all([s == true for s in {steps}]) ? true : null)"


_S1 = ["S1_1", "S1_2", "S1_3", "S1_4"]
_S11 = ["S11_1", "S11_3", "S11_5"]
_MET = ["met"]
_PARTLY = _at_least(OUTCOME_RANK, "partly_met")

RULE_ENGINE_PROGRAM: list[tuple[str, str]] = [
    ("year", "evaluation_date.year"),
    # -- S1.1
    ("S1_1_often", _guard("monitoring_interval <= 13", "monitoring_interval")),
    ("S1_1_met", _kleene_and("programmes_monitored", "S1_1_often")),
    ("S1_1", _re_first_match(("met", "S1_1_met"), ("partly_met", "programmes_monitored"), ("not_met", None))),
    # -- S1.2
    ("S1_2_met", _guard("views_acted_on in ['always', 'often']", "views_acted_on")),
    ("S1_2_partly", _guard("views_acted_on == 'rarely'", "views_acted_on")),
    ("S1_2", _re_first_match(("met", "S1_2_met"), ("partly_met", "S1_2_partly"), ("not_met", None))),
    # -- S1.3: per-year facts are mappings {year: value}; `&[` gives null for a missing year
    ("rate", "cyp_progress_rate&[year]"),
    ("rate_history", "[cyp_progress_rate&[year - trend_years + 1 + i] for i in $range(trend_years)]"),
    (
        "rate_steps",
        "[(rate_history[i] == null or rate_history[i + 1] == null) ? null : rate_history[i] < rate_history[i + 1]"
        " for i in $range(trend_years - 1)]",
    ),
    ("rate_improving", _re_all_true("rate_steps")),
    ("rate_high", _guard("rate >= majority_of_cyp", "rate")),
    ("S1_3_met", _kleene_and("rate_high", "rate_improving")),
    ("S1_3", _re_first_match(("met", "S1_3_met"), ("partly_met", "rate_high"), ("not_met", None))),
    # -- S1.4: provision-map records; `&['field']` gives null for a missing field
    ("iv_flags", "interventions == null ? null : [r&['met_target'] for r in interventions]"),
    (
        "iv_count",
        "iv_flags == null ? null : [[f for f in iv_flags if f == true].length, [f for f in iv_flags if f != false].length]",
    ),
    ("iv_share", "(iv_flags == null or iv_flags.is_empty) ? null : " + _re_share("iv_count", "iv_flags.length")),
    ("iv_pupil_list", "interventions == null ? null : [r&['pupils'] for r in interventions]"),
    ("iv_pupils", "(iv_pupil_list == null or null in iv_pupil_list) ? null : $sum(iv_pupil_list)"),
    ("S1_4_share", _interval(">=", "iv_share", "majority_of_cyp")),
    ("S1_4_pupils", _guard("iv_pupils > 0", "iv_pupils")),
    ("S1_4_met", _kleene_and("S1_4_share", "S1_4_pupils")),
    ("S1_4_partly", _interval(">", "iv_count", "0")),
    ("S1_4", _re_first_match(("met", "S1_4_met"), ("partly_met", "S1_4_partly"), ("not_met", None))),
    # -- S11.1 and S11.3 use no per-year fact and no date, so they are the same in every trend year
    ("S11_1", _re_first_match(("met", "plan_based_on_benchmarking"), ("not_met", None))),
    ("S11_3_met", _guard("staff_understand_plan >= 90", "staff_understand_plan")),
    ("S11_3_partly", _guard("staff_understand_plan >= majority_of_cyp", "staff_understand_plan")),
    ("S11_3", _re_first_match(("met", "S11_3_met"), ("partly_met", "S11_3_partly"), ("not_met", None))),
    # -- S11.5 as of each trend year (oldest first, this year last).
    # GLUE: rule-engine has timedelta arithmetic only (days, seconds), no
    # calendar months, so `$months_before(date, n)` is a Python builtin.
    ("smd_dates", "[$months_before(evaluation_date, 12 * (trend_years - 1 - i)) for i in $range(trend_years)]"),
    (
        "S11_5_met_years",
        "[plan_reviewed_on == null ? null : "
        "(plan_reviewed_on >= $months_before(e, review_interval) and plan_reviewed_on <= e) for e in smd_dates]",
    ),
    (
        "S11_5_partly_years",
        "[plan_reviewed_on == null ? null : "
        "(plan_reviewed_on >= $months_before(e, review_interval + 6) and plan_reviewed_on <= e) for e in smd_dates]",
    ),
    (
        "S11_5_years",
        "["
        + _re_first_match(("met", "S11_5_met_years[i]"), ("partly_met", "S11_5_partly_years[i]"), ("not_met", None))
        + " for i in $range(trend_years)]",
    ),
    ("S11_5", "S11_5_years[-1]"),
    # -- improving(share(criteria of smd is met), trend_years)
    ("smd_met_years", "[" + _re_count(["S11_1", "S11_3", "p_year"], _MET) + " for p_year in S11_5_years]"),
    ("smd_share_years", "[" + _re_share("c", 3) + " for c in smd_met_years]"),
    (
        "smd_steps",
        "[" + _increases("smd_share_years[i]", "smd_share_years[i + 1]") + " for i in $range(trend_years - 1)]",
    ),
    ("smd_improving", _re_all_true("smd_steps")),
    # -- S1: grading standard_grade.  Counts and shares get names of their
    # own: an expression cannot bind a value, and repeating it re-evaluates it.
    ("S1_met", _re_count(_S1, _MET)),
    ("S1_met_share", _re_share("S1_met", len(_S1))),
    ("S1_partly_share", _re_share(_re_count(_S1, _PARTLY), len(_S1))),
    ("S1_all_met", _interval("==", "S1_met", str(len(_S1)))),
    ("S1_most_met", _interval(">=", "S1_met_share", "most_areas")),
    ("S1_some_partly", _interval(">=", "S1_partly_share", "some_areas")),
    (
        "S1",
        _re_first_match(
            ("outstanding", "S1_all_met"), ("good", "S1_most_met"), ("satisfactory", "S1_some_partly"),
            ("inadequate", None),
        ),
    ),
    # -- S11: its own grade block
    ("S11_met_share", _re_share(_re_count(_S11, _MET), len(_S11))),
    ("S11_not_met", _re_count(_S11, ["not_met"])),
    ("S11_partly_share", _re_share(_re_count(_S11, _PARTLY), len(_S11))),
    ("S11_most_met", _interval(">=", "S11_met_share", "most_areas")),
    ("S11_none_not_met", _interval("==", "S11_not_met", "0")),
    ("S11_top", _kleene_and("S11_most_met", "S11_none_not_met")),
    ("S11_some_partly", _interval(">=", "S11_partly_share", "some_areas")),
    (
        "S11",
        _re_first_match(
            ("outstanding", "S11_top"), ("good", "S11_most_met"), ("satisfactory", "S11_some_partly"),
            ("inadequate", None),
        ),
    ),
]

# -- sections: grading section_grade over each section's standards
for _section, _standards in (("outcomes", ["S1"]), ("smd", ["S11"])):
    _n = len(_standards)
    RULE_ENGINE_PROGRAM += [
        (f"{_section}_outstanding_share", _re_share(_re_count(_standards, ["outstanding"]), _n)),
        (f"{_section}_good_share", _re_share(_re_count(_standards, _at_least(GRADE_RANK, "good")), _n)),
        (f"{_section}_satisfactory_share", _re_share(_re_count(_standards, _at_least(GRADE_RANK, "satisfactory")), _n)),
        (f"{_section}_c1", _interval(">=", f"{_section}_outstanding_share", "most_areas")),
        (f"{_section}_c2", _interval(">=", f"{_section}_good_share", "most_areas")),
        (f"{_section}_c3", _interval(">=", f"{_section}_satisfactory_share", "some_areas")),
        (
            _section,
            _re_first_match(
                ("outstanding", f"{_section}_c1"), ("good", f"{_section}_c2"),
                ("satisfactory", f"{_section}_c3"), ("inadequate", None),
            ),
        ),
    ]

RULE_ENGINE_PROGRAM += [
    ("outcomes_good", _re_holds("outcomes", _at_least(GRADE_RANK, "good"))),
    ("outcomes_satisfactory", _re_holds("outcomes", _at_least(GRADE_RANK, "satisfactory"))),
    ("smd_outstanding", _re_holds("smd", ["outstanding"])),
    ("smd_good", _re_holds("smd", _at_least(GRADE_RANK, "good"))),
    ("smd_satisfactory", _re_holds("smd", _at_least(GRADE_RANK, "satisfactory"))),
    ("overall_c1", _kleene_and("outcomes_good", "smd_outstanding", "smd_improving")),
    ("overall_c2", _kleene_and("outcomes_good", "smd_good")),
    ("overall_c3", _kleene_and("outcomes_satisfactory", "smd_satisfactory")),
    (
        "overall",
        _re_first_match(
            ("outstanding", "overall_c1"), ("good", "overall_c2"), ("satisfactory", "overall_c3"),
            ("inadequate", None),
        ),
    ),
    # -- the answer: a verdict is known when one outcome is possible
    (
        "verdicts",
        "{"
        + ", ".join(
            f"'{vid}': {vid.replace('.', '_')}.length == 1 ? {vid.replace('.', '_')}[0] : null" for vid in VERDICT_IDS
        )
        + "}",
    ),
]


def _re_months_before(day: _dt.datetime, months) -> _dt.datetime:
    """GLUE: calendar-month subtraction for rule-engine (see above)."""
    total = day.year * 12 + day.month - 1 - int(months)
    year, month = divmod(total, 12)
    month += 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


_NO_FACTS = dict.fromkeys(FACT_IDS)


class RuleEnginePeer:
    """The ruleset as :data:`RULE_ENGINE_PROGRAM`, compiled once."""

    name = "rule-engine"

    def __init__(self) -> None:
        import rule_engine
        from rule_engine import builtins as re_builtins
        from rule_engine import types as re_types

        # default_value=None: a missing fact (or record field) reads as null.
        context = rule_engine.Context(default_value=None, mapping_attribute_lookup=False)
        context.builtins = re_builtins.Builtins.from_defaults(
            values={"months_before": _re_months_before},
            value_types={
                "months_before": re_types.DataType.FUNCTION(
                    "months_before",
                    return_type=re_types.DataType.DATETIME,
                    argument_types=(re_types.DataType.DATETIME, re_types.DataType.FLOAT),
                )
            },
            timezone=context.default_timezone,
        )
        self._rules = [(name, rule_engine.Rule(text, context=context)) for name, text in RULE_ENGINE_PROGRAM]

    def verdicts(self, facts: dict, evaluation_date: _dt.date, parameters: dict | None = None) -> dict:
        return self._run(facts, evaluation_date, _params(parameters))

    def verdicts_many(
        self, many: Iterable[dict], evaluation_date: _dt.date, parameters: dict | None = None
    ) -> list[dict]:
        # rule-engine has no batch API: one evaluation per service.
        params = _params(parameters)
        return [self._run(facts, evaluation_date, params) for facts in many]

    def _run(self, facts: dict, evaluation_date: _dt.date, params: dict) -> dict:
        # GLUE: the loop that stores each named result for the next rules
        # (rule-engine has no assignment or let-binding).
        # GLUE: every fact id is present, None when missing.  rule-engine
        # would read a missing symbol as the context's default_value too, but
        # only after computing spelling suggestions for it (about 1 ms each).
        thing = {**_NO_FACTS, **facts, **params, "evaluation_date": evaluation_date}
        for name, rule in self._rules:
            thing[name] = rule.evaluate(thing)
        return dict(thing["verdicts"])


# ====================================================================== zen-engine
#
# A JDM decision graph: expression nodes derive the conditions that need
# aggregation, decision tables with the `collect` hit policy give each
# criterion's and each grade's possible outcomes, and a last expression node
# picks the verdicts.  Nodes are chained with passThrough, so each node sees
# the facts and every earlier node's output.  In an expression node, `$.name`
# is a value computed earlier in the same node.


def _z_count(nodes: list[str], names: list[str]) -> str:
    members = ", ".join(nodes)
    names_text = "[" + ", ".join(f"'{n}'" for n in names) + "]"
    return (
        f"[count([{members}], all(#, # in {names_text})), count([{members}], some(#, # in {names_text}))]"
    )


def _z_share(count: str, total) -> str:
    return f"[100 * {count}[0] / {total}, 100 * {count}[1] / {total}]"


def _z_holds(node: str, names: list[str]) -> str:
    names_text = "[" + ", ".join(f"'{n}'" for n in names) + "]"
    return f"all({node}, # in {names_text}) ? true : (some({node}, # in {names_text}) ? null : false)"


def _z_all_true(steps: str) -> str:
    return f"some({steps}, # == false) ? false : (all({steps}, # == true) ? true : null)"


def _node(node_id: str, node_type: str, content: dict | None = None) -> dict:
    node = {"id": node_id, "type": node_type, "name": node_id, "position": {"x": 0, "y": 0}}
    if content is not None:
        node["content"] = content
    return node


def _z_expressions(node_id: str, expressions: list[tuple[str, str]], pass_through: bool = True) -> dict:
    return _node(
        node_id,
        "expressionNode",
        {
            "expressions": [{"id": f"{node_id}:{key}", "key": key, "value": value} for key, value in expressions],
            "passThrough": pass_through,
            "inputField": None,
            "outputPath": None,
        },
    )


def _z_first_match_table(
    node_id: str, clauses: list[tuple[str, str | None]], output_path: str, loop_over: str | None = None
) -> dict:
    """A three-valued first-match clause list as a `collect` decision table.

    One input column per condition (its field is the condition, an expression
    giving true, false or null) and one row per outcome: outcome i is possible
    when no earlier condition is true (`false, null`) and its own is not false
    (`true, null`).  The output is the list of matching rows."""
    conditions = [condition for _, condition in clauses if condition is not None]
    inputs = [{"id": f"c{i}", "name": condition, "field": condition} for i, condition in enumerate(conditions)]
    rules = []
    for i, (outcome, condition) in enumerate(clauses):
        row = {"_id": f"{node_id}:{outcome}", "outcome": json.dumps(outcome)}
        for j in range(len(conditions)):
            row[f"c{j}"] = "false, null" if j < i else ("true, null" if j == i else "")
        rules.append(row)
        if condition is None:
            break
    content = {
        "hitPolicy": "collect",
        "passThrough": True,
        "inputField": loop_over,
        "outputPath": output_path,
        "inputs": inputs,
        "outputs": [{"id": "outcome", "name": "outcome", "field": "outcome"}],
        "rules": rules,
    }
    if loop_over is not None:
        content["executionMode"] = "loop"
    return _node(node_id, "decisionTableNode", content)


def _zen_graph() -> dict:
    nodes = [_node("request", "inputNode")]
    add = nodes.append
    add(
        _z_expressions(
            "derive",
            [
                ("year", "d(evaluation_date).year()"),
                # per-year facts are {"2024": value} (JSON keys are strings); a missing year is null
                ("rate", "cyp_progress_rate[string($.year)]"),
                (
                    "rate_history",
                    "map([0..trend_years - 1], cyp_progress_rate[string($.year - trend_years + 1 + #)])",
                ),
                (
                    "rate_steps",
                    "map([0..trend_years - 2], ($.rate_history[#] == null or $.rate_history[# + 1] == null)"
                    " ? null : $.rate_history[#] < $.rate_history[# + 1])",
                ),
                ("rate_improving", _z_all_true("$.rate_steps")),
                ("rate_high", _guard("$.rate >= majority_of_cyp", "$.rate")),
                # provision-map records
                (
                    "iv_count",
                    "interventions == null ? null : "
                    "[count(interventions, #.met_target == true), count(interventions, #.met_target != false)]",
                ),
                (
                    "iv_share",
                    "(interventions == null or len(interventions) == 0) ? null : "
                    + _z_share("$.iv_count", "len(interventions)"),
                ),
                (
                    "iv_pupils",
                    "interventions == null ? null : "
                    "(some(interventions, #.pupils == null) ? null : sum(map(interventions, #.pupils)))",
                ),
                # S11.5's conditions as of each trend year, oldest first (months, not
                # years: zen's d().sub(1, 'y') gives "Invalid date" from 29 February)
                (
                    "smd_years",
                    "map([0..trend_years - 1], {"
                    "met: plan_reviewed_on == null ? null : "
                    "(d(plan_reviewed_on) >= d(evaluation_date).sub(12 * (trend_years - 1 - #), 'M').sub(review_interval, 'M')"
                    " and d(plan_reviewed_on) <= d(evaluation_date).sub(12 * (trend_years - 1 - #), 'M')), "
                    "partly: plan_reviewed_on == null ? null : "
                    "(d(plan_reviewed_on) >= d(evaluation_date).sub(12 * (trend_years - 1 - #), 'M').sub(review_interval + 6, 'M')"
                    " and d(plan_reviewed_on) <= d(evaluation_date).sub(12 * (trend_years - 1 - #), 'M'))"
                    "})",
                ),
            ],
        )
    )
    criteria = {
        "S1_1": [
            ("met", _kleene_and("programmes_monitored", _guard_paren("monitoring_interval <= 13", "monitoring_interval"))),
            ("partly_met", "programmes_monitored"),
            ("not_met", None),
        ],
        "S1_2": [
            ("met", _guard("views_acted_on in ['always', 'often']", "views_acted_on")),
            ("partly_met", _guard("views_acted_on == 'rarely'", "views_acted_on")),
            ("not_met", None),
        ],
        "S1_3": [
            ("met", _kleene_and("rate_high", "rate_improving")),
            ("partly_met", "rate_high"),
            ("not_met", None),
        ],
        "S1_4": [
            (
                "met",
                _kleene_and(
                    _paren(_interval(">=", "iv_share", "majority_of_cyp")),
                    _guard_paren("iv_pupils > 0", "iv_pupils"),
                ),
            ),
            ("partly_met", _interval(">", "iv_count", "0")),
            ("not_met", None),
        ],
        # S11.1 and S11.3 use no per-year fact and no date: the same in every trend year
        "S11_1": [("met", "plan_based_on_benchmarking"), ("not_met", None)],
        "S11_3": [
            ("met", _guard("staff_understand_plan >= 90", "staff_understand_plan")),
            ("partly_met", _guard("staff_understand_plan >= majority_of_cyp", "staff_understand_plan")),
            ("not_met", None),
        ],
    }
    for cid, clauses in criteria.items():
        add(_z_first_match_table(cid, clauses, f"{cid}_rows"))
    # S11.5 in loop mode: one evaluation per trend year
    add(
        _z_first_match_table(
            "S11_5", [("met", "met"), ("partly_met", "partly"), ("not_met", None)], "S11_5_years_rows",
            loop_over="smd_years",
        )
    )
    s1 = ["$.S1_1", "$.S1_2", "$.S1_3", "$.S1_4"]
    s11 = ["$.S11_1", "$.S11_3", "$.S11_5"]
    add(
        _z_expressions(
            "criteria",
            [(cid, f"map({cid}_rows, #.outcome)") for cid in criteria]
            + [
                ("S11_5_years", "map(S11_5_years_rows, map(#, #.outcome))"),
                ("S11_5", "$.S11_5_years[len($.S11_5_years) - 1]"),
                (
                    "smd_met_years",
                    "map($.S11_5_years, [count([$.S11_1, $.S11_3, #], all(#, # == 'met')),"
                    " count([$.S11_1, $.S11_3, #], some(#, # == 'met'))])",
                ),
                ("smd_share_years", "map($.smd_met_years, " + _z_share("#", 3) + ")"),
                (
                    "smd_steps",
                    "map([0..trend_years - 2], "
                    + _increases("$.smd_share_years[#]", "$.smd_share_years[# + 1]")
                    + ")",
                ),
                ("smd_improving", _z_all_true("$.smd_steps")),
                ("S1_met", _z_count(s1, _MET)),
                ("S1_met_share", _z_share("$.S1_met", 4)),
                ("S1_partly_share", _z_share(_z_count(s1, _PARTLY), 4)),
                ("S11_met_share", _z_share(_z_count(s11, _MET), 3)),
                ("S11_not_met", _z_count(s11, ["not_met"])),
                ("S11_partly_share", _z_share(_z_count(s11, _PARTLY), 3)),
            ],
        )
    )
    add(
        _z_first_match_table(
            "S1",
            [
                ("outstanding", _interval("==", "S1_met", "4")),
                ("good", _interval(">=", "S1_met_share", "most_areas")),
                ("satisfactory", _interval(">=", "S1_partly_share", "some_areas")),
                ("inadequate", None),
            ],
            "S1_rows",
        )
    )
    add(
        _z_first_match_table(
            "S11",
            [
                (
                    "outstanding",
                    _kleene_and(
                        _paren(_interval(">=", "S11_met_share", "most_areas")),
                        _paren(_interval("==", "S11_not_met", "0")),
                    ),
                ),
                ("good", _interval(">=", "S11_met_share", "most_areas")),
                ("satisfactory", _interval(">=", "S11_partly_share", "some_areas")),
                ("inadequate", None),
            ],
            "S11_rows",
        )
    )
    standards_values = [("S1", "map(S1_rows, #.outcome)"), ("S11", "map(S11_rows, #.outcome)")]
    for section, standards in (("outcomes", ["$.S1"]), ("smd", ["$.S11"])):
        n = len(standards)
        standards_values += [
            (f"{section}_outstanding_share", _z_share(_z_count(standards, ["outstanding"]), n)),
            (f"{section}_good_share", _z_share(_z_count(standards, _at_least(GRADE_RANK, "good")), n)),
            (f"{section}_satisfactory_share", _z_share(_z_count(standards, _at_least(GRADE_RANK, "satisfactory")), n)),
        ]
    add(_z_expressions("standards", standards_values))
    for section in ("outcomes", "smd"):
        add(
            _z_first_match_table(
                section,
                [
                    ("outstanding", _interval(">=", f"{section}_outstanding_share", "most_areas")),
                    ("good", _interval(">=", f"{section}_good_share", "most_areas")),
                    ("satisfactory", _interval(">=", f"{section}_satisfactory_share", "some_areas")),
                    ("inadequate", None),
                ],
                f"{section}_rows",
            )
        )
    add(
        _z_expressions(
            "sections",
            [
                ("outcomes", "map(outcomes_rows, #.outcome)"),
                ("smd", "map(smd_rows, #.outcome)"),
                ("outcomes_good", _z_holds("$.outcomes", _at_least(GRADE_RANK, "good"))),
                ("outcomes_satisfactory", _z_holds("$.outcomes", _at_least(GRADE_RANK, "satisfactory"))),
                ("smd_outstanding", _z_holds("$.smd", ["outstanding"])),
                ("smd_good", _z_holds("$.smd", _at_least(GRADE_RANK, "good"))),
                ("smd_satisfactory", _z_holds("$.smd", _at_least(GRADE_RANK, "satisfactory"))),
            ],
        )
    )
    add(
        _z_first_match_table(
            "overall",
            [
                ("outstanding", _kleene_and("outcomes_good", "smd_outstanding", "smd_improving")),
                ("good", _kleene_and("outcomes_good", "smd_good")),
                ("satisfactory", _kleene_and("outcomes_satisfactory", "smd_satisfactory")),
                ("inadequate", None),
            ],
            "overall_rows",
        )
    )
    # The answer, and nothing else (keys with dots would be nested paths in zen).
    add(
        _z_expressions(
            "verdicts",
            [
                (
                    vid.replace(".", "_"),
                    f"len({_possible(vid)}) == 1 ? {_possible(vid)}[0] : null",
                )
                for vid in VERDICT_IDS
            ],
            pass_through=False,
        )
    )
    nodes.append(_node("response", "outputNode"))
    edges = [
        {"id": f"edge{i}", "sourceId": a["id"], "targetId": b["id"], "type": "edge"}
        for i, (a, b) in enumerate(zip(nodes, nodes[1:]))
    ]
    return {"contentType": "application/vnd.gorules.decision", "nodes": nodes, "edges": edges}


def _possible(vid: str) -> str:
    name = vid.replace(".", "_")
    return "map(overall_rows, #.outcome)" if vid == "overall" else name


def _paren(text: str) -> str:
    return f"({text})"


def _guard_paren(test: str, *operands: str) -> str:
    return _paren(_guard(test, *operands))


def _zen_value(value):
    """GLUE: zen takes JSON values.  Dates become ISO strings (`d()` parses
    them) and per-year facts' integer keys become strings (JSON object keys)."""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _zen_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_zen_value(v) for v in value]
    return value


_ZEN_KEYS = {vid.replace(".", "_"): vid for vid in VERDICT_IDS}


class ZenPeer:
    """The ruleset as one JDM decision graph (:func:`_zen_graph`), loaded
    once into a :class:`zen.ZenEngine`."""

    name = "zen-engine"
    key = "senrules-example"

    def __init__(self) -> None:
        import zen

        self.graph = _zen_graph()
        self._engine = zen.ZenEngine({"loader": {"type": "static", "content": {self.key: self.graph}}})
        self._engine.get_decision(self.key).validate()

    def _context(self, facts: dict, evaluation_date: _dt.date, params: dict) -> dict:
        context = {name: _zen_value(value) for name, value in facts.items()}
        context.update(params)
        context["evaluation_date"] = evaluation_date.isoformat()
        return context

    @staticmethod
    def _answer(result: dict) -> dict:
        # GLUE: zen drops null outputs; put them back and restore dotted ids.
        return {vid: result.get(key) for key, vid in _ZEN_KEYS.items()}

    def verdicts(self, facts: dict, evaluation_date: _dt.date, parameters: dict | None = None) -> dict:
        response = self._engine.evaluate(self.key, self._context(facts, evaluation_date, _params(parameters)))
        return self._answer(response["result"])

    def verdicts_many(
        self, many: Iterable[dict], evaluation_date: _dt.date, parameters: dict | None = None
    ) -> list[dict]:
        params = _params(parameters)
        requests = [{"key": self.key, "context": self._context(f, evaluation_date, params)} for f in many]
        answers = []
        for item in self._engine.evaluate_batch(requests):
            if not item.get("success"):
                raise RuntimeError(f"zen-engine failed: {item.get('error')}")
            answers.append(self._answer(item["data"]["result"]))
        return answers


PEERS = {"rule-engine": RuleEnginePeer, "zen-engine": ZenPeer}


if __name__ == "__main__":  # print both programs, for reading
    for name, text in RULE_ENGINE_PROGRAM:
        print(f"{name} := {text}")
    print()
    print(json.dumps(_zen_graph(), indent=2))
