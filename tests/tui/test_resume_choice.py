"""``senrules assess --plain --resume`` with several saved self-evaluations
lists them, numbered, and continues the one chosen, as the full screen
does (docs/assistant.md: "a list when there are several"); a bad choice is
said and asked again; the end of input opens nothing."""

from __future__ import annotations

import time

from tui_helpers import DATE, run_cli


def _two_sessions() -> None:
    first = run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, input="no\n")
    assert first.returncode == 0, first.stderr
    time.sleep(1.1)  # listed most recent first, by the time of the last answer (to the second)
    second = run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, input="yes\n13\n")
    assert second.returncode == 0, second.stderr


def test_several_sessions_are_listed_and_the_one_chosen_continues():
    _two_sessions()
    r = run_cli("assess", "--plain", "--resume", input="2\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "There are 2 saved self-evaluations. Which do you want to continue?"
    assert lines[1].startswith("1. ") and lines[1].split("  ")[1] == "a service, example (2 answers)"
    assert lines[2].startswith("2. ") and lines[2].split("  ")[1] == "a service, example (1 answer)"
    assert lines[3] == "Type its number (1-2; Enter for 1, the latest; q to stop)."
    assert lines[4] == "> 2"
    assert "it holds 1 answer, and nothing you typed was lost" in r.stdout


def test_a_bad_choice_is_said_and_asked_again_and_enter_takes_the_latest():
    _two_sessions()
    r = run_cli("assess", "--plain", "--resume", input="7\nthe first\n\n")
    assert r.returncode == 0, r.stderr
    ask = "Type its number (1-2; Enter for 1, the latest; q to stop)."
    assert f"\u201c7\u201d is not one of the sessions listed. {ask}" in r.stdout
    assert f"\u201cthe first\u201d is not one of the sessions listed. {ask}" in r.stdout
    assert "it holds 2 answers, and nothing you typed was lost" in r.stdout


def test_the_end_of_input_before_a_choice_opens_nothing(tmp_path):
    _two_sessions()
    listed = run_cli("assess", "--sessions").stdout
    r = run_cli("assess", "--plain", "--resume", input="")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "No session was opened; nothing was changed."
    assert "Welcome back" not in r.stdout
    assert run_cli("assess", "--sessions").stdout == listed  # nothing was touched


def test_one_session_is_continued_without_a_list():
    run_cli("assess", "--plain", "--ruleset", "example", "--date", DATE, input="no\n")
    r = run_cli("assess", "--plain", "--resume", input="")
    assert r.returncode == 0, r.stderr
    assert "Which do you want to continue?" not in r.stdout and "Welcome back" in r.stdout
