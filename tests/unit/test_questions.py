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
