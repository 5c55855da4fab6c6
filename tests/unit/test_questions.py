"""Goal-directed questioning: ask only what the evidence has not answered and
what can still change an open verdict."""

from __future__ import annotations

from senrules.questions import open_questions

DATE = "2024-09-01"


def test_only_unknown_facts_of_open_criteria_are_asked():
    import senrules

    rs = senrules.load_ruleset("example")
    qs = open_questions(rs, {}, evaluation_date=DATE)
    asked = [q.fact for q in qs]
    assert asked[:3] == ["programmes_monitored", "monitoring_interval", "views_acted_on"]
    assert "anecdotes" not in asked  # no criterion reads it
    assert len(asked) == len(set(asked))
    first = qs[0]
    assert first.criteria == ("S1.1",) and first.standard == "S1"
    assert first.question == "Are programmes and interventions regularly monitored?"

    # answered: no longer asked; and a criterion decided by `false` needs nothing more
    qs = open_questions(rs, {"programmes_monitored": False}, evaluation_date=DATE)
    assert "programmes_monitored" not in [q.fact for q in qs]
    assert "monitoring_interval" not in [q.fact for q in qs]


def test_per_year_facts_ask_for_the_missing_years():
    import senrules

    rs = senrules.load_ruleset("example")
    qs = {q.fact: q for q in open_questions(rs, {"cyp_progress_rate": {2024: 60}}, evaluation_date=DATE)}
    assert qs["cyp_progress_rate"].years == (2022, 2023)


def test_a_fact_no_answer_of_which_changes_anything_is_not_asked(rules):
    rs = rules(
        """
        fact a: boolean { question "a?" }
        fact b: boolean { question "b?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when a  met when b and a  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    asked = [q.fact for q in open_questions(rs, {}, evaluation_date=DATE)]
    assert asked == ["a"]


def _brute_force_changes(rs, facts, name, date):
    """Whether any value of ``name`` (a dense sweep, per year for a per-year
    fact) changes any verdict: the slow, obvious check of open_questions."""
    import datetime as dt

    from senrules.engine import verdicts

    fact = rs.facts[name]
    base = verdicts(rs, facts, evaluation_date=date)
    kind = fact.type.kind
    if kind == "boolean":
        values = [True, False]
    elif kind == "choice":
        values = list(fact.type.choices)
    elif kind == "percentage":
        values = list(range(0, 101))
    elif kind in ("integer", "number"):
        low, high = (fact.range.low, fact.range.high) if fact.range else (0, 60)
        values = list(range(int(low), int(min(high, low + 120)) + 1))
    elif kind == "date":
        d = dt.date.fromisoformat(date)
        values = [(d - dt.timedelta(days=n)).isoformat() for n in range(0, 365 * 4, 5)]
    else:
        return True
    year = int(date[:4])
    for v in values:
        if fact.per_year:
            known = dict(facts.get(name) or {})
            trials = [{**{year - k: v for k in range(3)}, **known}]
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                trials += [{**{year - k: v - 10 * k for k in range(3)}, **known}, {**{year - k: v + 10 * k for k in range(3)}, **known}]
        else:
            trials = [v]
        for t in trials:
            low, high = (0, 100) if kind == "percentage" else ((fact.range.low, fact.range.high) if fact.range else (None, None))
            if isinstance(t, dict) and low is not None and not all(low <= x <= high for x in t.values()):
                continue
            if verdicts(rs, {**facts, name: t}, evaluation_date=date) != base:
                return True
    return False


def test_a_figure_left_unasked_could_not_have_changed_any_verdict():
    """Every unknown fact open_questions leaves out is one no answer of which
    changes a verdict (checked by a dense sweep), on the example ruleset and
    on dcsf-2008 with parts of its demo facts, for a few fixed samples."""
    import json
    import random
    from pathlib import Path

    import senrules

    root = Path(senrules.__file__).parent / "rules"
    cases = []
    for rid in ("example", "dcsf-2008"):
        rs = senrules.load_ruleset(rid)
        demo = json.loads((root / rid / "demo.json").read_text(encoding="utf-8"))["facts"]
        demo = {k: ({int(y): v for y, v in val.items()} if isinstance(val, dict) else val) for k, val in demo.items()
                if k in rs.facts and rs.facts[k].type.kind != "list"}
        for seed in range(2):
            rng = random.Random(seed)
            kept = {k: v for k, v in demo.items() if rng.random() < 0.6}
            cases.append((rs, kept))
    date = "2024-09-01"
    for rs, facts in cases:
        asked = {q.fact for q in open_questions(rs, facts, evaluation_date=date)}
        unknown = [n for n, f in rs.facts.items() if n not in facts and f.linked is None and f.type.kind not in ("list", "text", "duration")]
        left_out = [n for n in unknown if n not in asked]
        for name in left_out[:12]:
            assert not _brute_force_changes(rs, facts, name, date), f"{rs.id}: {name} was left out but can change a verdict"


def test_a_screening_question_needs_a_group(rules):
    import senrules

    rs = rules(
        """
        fact a: boolean { question "a?" screen "Do you keep records at all?" }
        fact b: boolean { question "b?" group records "the records" screen "Do you keep records at all?" }
        section s "S" { standard S1 "T" {
          criterion C "c" { met when a and b  not_met otherwise }
          grade { good when C is met  inadequate otherwise } } grade { good otherwise } }
        """
    )
    warnings = [d for d in rs.diagnostics if d.code == "screen-without-group"]
    assert [w.message for w in warnings] == ["fact `a` has a `screen` question but no `group` for it to screen"]
    assert rs.facts["b"].group == senrules.model.Group("records", "the records")
