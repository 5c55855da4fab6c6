"""The opening says in what order the questions come, and the cards come in
that order: on dcsf-2008, first the questions that a grade reads itself
(whether the CYP's progress can be attributed to the service, paras 13-15,
which the Outcomes section's grade reads), filed as such rather than under
S5; then standard by standard."""

from __future__ import annotations

import pytest

from tui_helpers import SVC


def _framework_rank(session) -> dict[str, int]:
    return {j.id: i for i, j in enumerate(x for x in session.result.judgements if x.kind == "standard")}


def test_the_dcsf_2008_opening_says_what_comes_first_and_it_does(session_factory):
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    opening = [r.text for r in s.opening()]
    summary = next(t for t in opening if t.startswith("Still open:"))
    assert ("I will ask only those, first the 2 questions that the grade of the Outcomes section reads itself, "
            "on whether the CYP's progress can be attributed to the service (DCSF 2008 paras 13-15); "
            "then standard by standard.") in summary
    card = opening[-1]
    assert card.startswith("Questions 1-2 of ")
    assert ("Before the standards \u00b7 read by the grade of the Outcomes section \u00b7 "
            "for \u201cThe service contributes to the achievement of local\u2026\u201d (S5.2): ") in card
    assert "Services have a clear purpose" not in card  # not filed under S5, which comes fifth

    # then standard by standard, in framework order, never back to an earlier standard
    rank = _framework_rank(s)
    s.handle("yes to all")
    seen = []
    for _ in range(12):
        ask = s.current
        assert ask is not None and not s.asked_first(ask)
        seen.append(rank[ask.standard])
        s.handle("skip")
    assert seen == sorted(seen) and seen[0] == 0, seen


def test_without_a_question_a_grade_reads_itself_it_is_standard_by_standard(session_factory):
    s = session_factory(ruleset="example", data=SVC)
    summary = next(r.text for r in s.opening() if r.text.startswith("Still open:"))
    assert "I will ask only those, standard by standard." in summary
    assert "Before the standards" not in s.opening()[-1].text


def test_after_a_goto_the_attribution_card_is_filed_under_its_standard(session_factory):
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    s.opening()
    replies = s.handle("/goto S5")
    card = replies[-1].text
    assert "Before the standards" not in card
    assert " \u201cServices have a clear purpose" in card and "(S5) \u00b7 for " in card


@pytest.mark.asyncio
async def test_the_full_screen_card_is_filed_under_the_grade_that_reads_it(tmp_path):
    pytest.importorskip("textual")
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options
    from senrules_tui.widgets.transcript import MessageBubble

    from tui_helpers import settle

    app = SenrulesApp(Options(ruleset="dcsf-2008", data="northshire"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        card = [b.source for b in app.screen.query(MessageBubble)][-1]
        first = card.splitlines()[0]
        # the grade, then the criterion in its words (cut short, so that the heading takes two lines), its number after them
        assert first.startswith("Questions 1-2 of ") and first.endswith(
            " \u00b7 **for the Outcomes grade** and \u201cThe service\u2026\u201d (S5.2)"), first
