"""An interview a service lead can finish in one sitting: the cards it takes,
the groups of questions on one card, the years of a figure on one card, and
what "don't know" and "partly" do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui_helpers import interview_as_a_lead

ROOT = Path(__file__).resolve().parents[2]
FIGURES = json.loads((ROOT / "senrules" / "rules" / "dcsf-2008" / "demo.json").read_text(encoding="utf-8"))["facts"]


@pytest.mark.parametrize("data", ["northshire", None], ids=["with its data", "without data"])
def test_the_demo_self_evaluation_takes_under_60_cards(session_factory, data):
    s = session_factory(ruleset="dcsf-2008", data=data)
    cards, answered = interview_as_a_lead(s, FIGURES)
    assert s.done and s.current is None
    assert cards < 60, f"{cards} cards for {answered} questions"
    assert answered > cards  # several questions share a card
    # nothing was left undecided that an answer could still decide: the verdicts are those of the lead's figures
    assert s.result.overall == "good"


def test_a_group_of_yes_no_questions_is_one_card(session_factory):
    s = session_factory(ruleset="dcsf-2008")
    s.opening()
    s.handle("/goto S11")
    card = s.current
    assert card.group == "plan_contents" and len(card.members) >= 5
    text = s._ask_reply(card).text
    assert "What the service development plan contains." in text and "1. " in text and "yes except 2" in text
    out = "\n".join(r.text for r in s.handle("yes except 2"))
    assert "Noted: 1: yes; 2: no; 3: yes" in out
    latest = s.latest()
    assert latest[(card.members[1].fact, None)].value is False
    assert all(latest[(m.fact, None)].value is True for i, m in enumerate(card.members) if i != 1)


def test_no_to_a_screening_question_leaves_its_group_unasked_and_says_so(session_factory):
    s = session_factory(ruleset="dcsf-2008")
    s.opening()
    s.handle("/goto S3")
    while s.current is not None and s.current.group != "parent_survey":
        s.handle("/skip")
    card = s.current
    text = s._ask_reply(card).text
    assert "Does the service survey parents, key workers or lead professionals? If so:" in text
    out = "\n".join(r.text for r in s.handle("no"))
    assert "no, so none of these is known" in out
    facts = set(card.facts)
    assert not [a for a in s._asks if facts & set(a.facts)]  # none of them is asked again
    notes = {r.note for k, r in s.latest().items() if k[0] in facts}
    assert notes == {"not kept: the answer to \u201cDoes the service survey parents, key workers or lead professionals?\u201d was no"}


def test_figures_of_a_group_are_given_in_order_with_years(session_factory):
    s = session_factory(ruleset="dcsf-2008")
    s.opening()
    while s.current is not None and s.current.group != "staff_survey_leadership":
        s.handle("/skip")
    card = s.current
    grid = [i for i, m in enumerate(card.members) if m.years]
    assert grid, "the staff survey asks some figures for several years"
    answers = ["80, 75, 70" if m.years else "80" for m in card.members]
    s.handle("; ".join(answers))
    latest = s.latest()
    for m in card.members:
        for y in m.years or (m.year,):
            assert latest[(m.fact, y)].value in (80, 75, 70)


MEAN_RULES = """
ruleset mean-test { title "Three-year mean" version "1" effective 2008-01-01 }
fact rate: percentage per year { question "In each year, what share met their targets?" }
section s "S" { standard S1 "Progress" {
  criterion S1.1 "Progress is high over three years." { met when mean(rate, 3) >= 60  not_met otherwise }
  grade { good when S1.1 is met  inadequate otherwise } } grade { good when S1 is at least good  inadequate otherwise } }
overall { good when s is at least good  inadequate otherwise }
"""


def test_the_years_of_a_figure_are_one_card_and_dont_know_stops_the_earlier_years(session_factory, tmp_path):
    path = tmp_path / "mean.rules"
    path.write_text(MEAN_RULES, encoding="utf-8")
    s = session_factory(ruleset=str(path))
    s.opening()
    card = s.current
    assert card.fact == "rate" and card.years == (2024, 2023, 2022)  # one card for the three years, newest first
    assert "(2024, 2023, 2022)" in s._ask_reply(card).text
    out = "\n".join(r.text for r in s.handle("don't know"))
    assert "Noted: don't know for 2024." in out
    assert "the earlier years can no longer change a verdict, so I will not ask for them" in out
    assert s.done  # a mean of three years cannot be known without this year's figure


def test_the_years_of_a_figure_are_stored_from_one_line(session_factory, tmp_path):
    path = tmp_path / "mean.rules"
    path.write_text(MEAN_RULES, encoding="utf-8")
    s = session_factory(ruleset=str(path))
    s.opening()
    out = "\n".join(r.text for r in s.handle("66%, 58%, 61%"))
    assert "Noted: 2024: 66%, 2023: 58%, 2022: 61%." in out and "“Progress is high over three years” (S1.1) from still open to met" in out
    assert {k: r.value for k, r in s.latest().items()} == {("rate", 2024): 66, ("rate", 2023): 58, ("rate", 2022): 61}


def test_partly_on_a_yes_or_no_question_says_what_partly_met_means_and_stores_nothing(session_factory):
    s = session_factory(ruleset="example")
    s.opening()
    fact = s.current.fact
    out = "\n".join(r.text for r in s.handle("partly"))
    assert "cannot be scored" in out and "is partly met when" in out
    # the criterion in its words, its number after them, never the bare code first
    assert "In the rules, \u201cProgrammes and interventions are regularly monitored\u201d (S1.1) is partly met when" in out
    assert (fact, None) not in s.latest() and s.current.fact == fact  # asked again, nothing saved
    assert "Partly" not in s.quick_replies()


def test_after_every_question_the_headline_says_which_dont_know_keeps_the_grade_open(session_factory):
    s = session_factory(ruleset="example")
    s.opening()
    while s.current is not None:
        s.handle("don't know")
    assert s.result.overall == "unknown"
    headline = s.headline()
    assert headline.startswith("Overall: still open, waiting on ") and "don't know" in headline
    assert s.progress()[0] == s.progress()[1]  # 100% of the questions
