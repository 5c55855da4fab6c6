"""Reading answers in a person's own words."""

from __future__ import annotations

import datetime as dt

import pytest

import senrules
from senrules_tui.understand import parse_command, read_answer, read_confirmation, split_note

TODAY = dt.date(2024, 9, 30)


@pytest.fixture(scope="module")
def facts():
    return senrules.load_ruleset("example", cache=False).facts


def read(facts, fact, text):
    return read_answer(text, facts[fact], today=TODAY)


@pytest.mark.parametrize(
    "text, value, confirm",
    [
        ("yes", True, False),
        ("Y", True, False),
        ("we do this termly", True, False),
        ("Yes - see the termly monitoring spreadsheet", True, False),
        ("no", False, False),
        ("nope, not yet", False, False),
        ("we don't", False, False),
        ("not really", False, True),
        ("I think so", True, True),
        ("every 6 weeks", True, True),  # how often: it happens, said back to confirm
        ("twice a year, at the governors' review", True, True),
        ("each term", True, True),
        ("quarterly", True, True),
        ("every half term", True, False),  # a half term is a time, not "half"
        ("half-termly", True, False),  # like "termly"
    ],
)
def test_yes_no_in_ordinary_words(facts, text, value, confirm):
    r = read(facts, "programmes_monitored", text)
    assert (r.kind, r.value, r.confirm) == ("value", value, confirm)


def test_an_answer_that_is_neither_yes_nor_no_is_asked_again(facts):
    r = read(facts, "programmes_monitored", "banana")
    assert r.kind == "unclear" and "yes or no" in r.problem


@pytest.mark.parametrize("text", ["partly", "sometimes", "about half of them", "not always"])
def test_partly_is_not_scored_as_no_for_a_yes_or_no_question(facts, text):
    r = read(facts, "programmes_monitored", text)
    assert r.kind == "partly" and r.value is None and "cannot be scored" in r.problem


@pytest.mark.parametrize(
    "text, value, said",
    [
        ("two-thirds", 66.7, "66.7%"),
        ("two thirds", 66.7, "66.7%"),
        ("about two-thirds", 66.7, "66.7%"),
        ("twelve out of twenty", 60, "60%"),
        ("one in three", 33.3, "33.3%"),
        ("a quarter", 25, "25%"),
        ("three quarters", 75, "75%"),
        ("twenty-five percent", 25, "25%"),
        ("sixty five", 65, "65%"),
    ],
)
def test_number_words_fractions_and_ranges_read_right_and_are_confirmed(facts, text, value, said):
    r = read(facts, "cyp_progress_rate", text)
    assert (r.kind, r.value, r.confirm) == ("value", value, True)
    assert r.said.startswith(said)


def test_a_number_in_words_is_a_whole_number_too(facts):
    r = read(facts, "cyp_supported", "a hundred and fifty")
    assert (r.kind, r.value, r.confirm) == ("value", 150, True)
    assert read(facts, "cyp_supported", "two hundred and twelve").value == 212
    assert read(facts, "cyp_supported", "150").confirm is False  # figures need no confirmation


def test_figures_for_several_years_on_one_line(facts):
    from senrules_tui.understand import read_series

    fact = facts["cyp_progress_rate"]
    years = (2024, 2023, 2022)
    assert read_series("66%, 58%, 49%", fact, years).value == {2024: 66, 2023: 58, 2022: 49}
    assert read_series("66 58 49", fact, years).value == {2024: 66, 2023: 58, 2022: 49}
    assert read_series("2023: 58, 2024: 66", fact, years).value == {2024: 66, 2023: 58}
    assert read_series("66, ?, 49", fact, years).value == {2024: 66, 2023: None, 2022: 49}
    assert read_series("70", fact, years).value == {2024: 70}
    assert read_series("don't know", fact, years).kind == "dont_know"
    r = read_series("two-thirds, half", fact, years)
    assert r.value == {2024: 66.7, 2023: 50} and r.confirm
    assert "at most 3 figures" in read_series("1, 2, 3, 4", fact, years).problem
    assert "For 2023" in read_series("66, banana", fact, years).problem


def test_a_note_after_the_answer_is_kept(facts):
    r = read(facts, "programmes_monitored", "Yes - see the termly monitoring spreadsheet")
    assert r.note == "see the termly monitoring spreadsheet"
    assert split_note("often; see the minutes of 3 May") == ("often", "see the minutes of 3 May")
    assert split_note("yes (see the plan)") == ("yes", "see the plan")


@pytest.mark.parametrize(
    "text, value, confirm",
    [
        ("about 65%", 65, False),
        ("65", 65, False),
        ("65 percent", 65, False),
        ("12 out of 20", 60, False),
        ("0.65", 65, True),
        ("60-70%", 65, True),
        ("half", 50, True),
        ("sixty", 60, True),  # words: said back to confirm
        ("over 60%", 60, True),
        ("none", 0, False),
    ],
)
def test_numbers_and_percentages(facts, text, value, confirm):
    r = read(facts, "cyp_progress_rate", text)
    assert (r.kind, r.value, r.confirm) == ("value", value, confirm)


@pytest.mark.parametrize("text", ["140%", "most", "yes", "2024-05-10"])
def test_a_number_that_cannot_be_is_refused_with_the_reason(facts, text):
    r = read(facts, "cyp_progress_rate", text)
    assert r.kind == "unclear" and r.problem


def test_a_figure_outside_the_declared_range_is_refused(facts):
    r = read(facts, "monitoring_interval", "200")
    assert r.kind == "unclear" and "1 to 104" in r.problem


def test_whole_numbers_and_frequencies_in_weeks(facts):
    assert read(facts, "cyp_supported", "about 180 children").value == 180
    assert read(facts, "cyp_supported", "1,234").value == 1234
    assert read(facts, "monitoring_interval", "termly").value == 13
    assert read(facts, "monitoring_interval", "termly").confirm
    assert read(facts, "monitoring_interval", "every 6 weeks").value == 6
    assert read(facts, "monitoring_interval", "1.5").kind == "unclear"


@pytest.mark.parametrize(
    "text, value, confirm",
    [
        ("2024-02-14", dt.date(2024, 2, 14), False),
        ("14th Feb 2024", dt.date(2024, 2, 14), False),
        ("last March", dt.date(2024, 3, 1), True),
        ("March 2024", dt.date(2024, 3, 1), True),
        ("1/9/2024", dt.date(2024, 9, 1), True),
        ("25/12/2023", dt.date(2023, 12, 25), False),
        ("yesterday", dt.date(2024, 9, 29), False),
        ("2025-09-01", dt.date(2025, 9, 1), True),  # after the evaluation date: said back
    ],
)
def test_dates(facts, text, value, confirm):
    r = read(facts, "plan_reviewed_on", text)
    assert (r.kind, r.value, r.confirm) == ("value", value, confirm)


def test_a_year_alone_is_not_a_date(facts):
    r = read(facts, "plan_reviewed_on", "2023")
    assert r.kind == "unclear" and "Which month of 2023" in r.problem


def test_choices_by_word_number_or_close_spelling(facts):
    assert read(facts, "views_acted_on", "often").value == "often"
    assert read(facts, "views_acted_on", "2").value == "often"
    close = read(facts, "views_acted_on", "alwys")
    assert (close.value, close.confirm) == ("always", True)
    assert read(facts, "views_acted_on", "sometimes").kind == "unclear"


@pytest.mark.parametrize("text", ["don't know", "Dont know", "not sure", "no idea", "I don't know"])
def test_dont_know(facts, text):
    assert read(facts, "programmes_monitored", text).kind == "dont_know"


def test_skip_and_commands():
    assert parse_command("/why").name == "why"
    assert parse_command("why?").name == "why"
    assert parse_command("/explain S3") .arg == "S3"
    assert parse_command("/goto S5").name == "goto"
    assert parse_command("skip").name == "skip"
    assert parse_command("yes") is None
    unknown = parse_command("/exlpain S3")
    assert unknown.name == "unknown" and "/explain" in unknown.arg
    assert read_confirmation("yes") is True and read_confirmation("no") is False
    assert read_confirmation("70%") is None
