"""The question card's heading, the progress panel and the framework panel
name standards and criteria in their words (cut short at a word), the
number after them, as the opening and /explain do.  Each test fails if a
bare code ("S1 · for S1.1", "Left: S1 3", "S1.1 unknown") comes back where
a service lead needs the words."""

from __future__ import annotations

import pytest

from tui_helpers import SVC, settle


def test_the_card_heading_names_the_standard_and_criterion_in_words(session_factory):
    s = session_factory(ruleset="example", data=SVC)
    card = s.opening()[-1]
    assert card.md.splitlines()[0] == (
        "Question 1 of 10 \u00b7 **\u201cProgress towards outcomes is systematically recorded\u2026\u201d (S1)** "
        "\u00b7 for \u201cProgrammes and interventions are regularly\u2026\u201d (S1.1)")


def test_a_card_for_several_criteria_names_three_then_counts(session_factory):
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    s.opening()
    s.handle("yes to all")  # the attribution card, asked first
    heading = s._ask_reply(s.current).md.splitlines()[0]
    assert heading.startswith("Questions 3-6 of 145 \u00b7 **\u201cProgress towards outcomes is systematically recorded")
    assert "(S1)** \u00b7 for \u201cProgrammes and interventions are regularly\u2026\u201d (S1.1), " in heading
    assert heading.endswith("(S1.4)")
    assert " S1.1," not in heading and "for S1" not in heading


def test_the_progress_panel_lists_what_is_left_in_words():
    pytest.importorskip("textual")
    from senrules_tui.widgets.progress_panel import standards_left

    standards = [("S1", "Progress towards outcomes is systematically recorded and monitored.", 3),
                 ("S2", "The service promotes the use of interventions based on up-to-date knowledge.", 0),
                 ("S6", "The service regularly collects feedback about its interventions.", 4),
                 ("S7", "Leaders have a clear vision.", 2), ("S11", "There is a service development plan.", 5)]
    text = standards_left(standards, 44).plain.splitlines()
    # the first three with questions left by their words, the rest counted, the done ones counted
    assert text == ["Questions left:", "3 Progress towards outcomes\u2026 (S1)",
                    "4 The service regularly collects\u2026 (S6)", "2 Leaders have a clear vision (S7)",
                    "and 5 more in 1 other standard", "\u2713 1 standard done"]
    assert all(len(line) <= 44 for line in text)
    # too narrow for the words and the number: the first words, never the number alone
    assert standards_left(standards, 12).plain.splitlines()[1] == "3 Progress\u2026"


def test_an_identifier_that_is_a_word_of_the_title_is_not_said_twice():
    pytest.importorskip("textual")
    from senrules_tui.widgets.framework_tree import fitted_name
    from senrules_tui.widgets.progress_panel import standards_left

    # the Improvement Test's standards are named by a word of their title: "LAs should also (also)" read as a slip
    assert standards_left([("also", "LAs should also", 3)], 30).plain.splitlines()[1] == "3 LAs should also"
    assert fitted_name("Identify the details of the specific educational benefits", "benefits", 60).plain == (
        "Identify the details of the specific educational benefits")
    # an identifier that is not one of the words keeps its place; so does a short number such as (a) or (ii)
    assert fitted_name("Displaced pupils are not placed long-term", "besd", 60).plain.endswith("(besd)")
    assert fitted_name("Identify a range of provision", "a", 60).plain == "Identify a range of provision (a)"
    assert fitted_name("Clearly state it", "ii", 60).plain.endswith("(ii)")


@pytest.mark.asyncio
async def test_the_framework_panel_names_standards_and_criteria_in_words(tmp_path):
    pytest.importorskip("textual")
    from rich.style import Style

    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options
    from senrules_tui.widgets.framework_tree import FrameworkTree

    app = SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(FrameworkTree)
        width = tree.scrollable_content_region.width
        drawn = {}
        stack = list(tree.root.children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            drawn[node.data] = tree.render_label(node, Style(), Style()).plain
        # the words, the number after them, cut to the panel; the verdict at its right edge
        squeezed = {ident: " ".join(text.split()) for ident, text in drawn.items()}
        assert squeezed["S1"] == "\u25bc Progress towards outcomes\u2026 (S1) still open"
        assert squeezed["S1.3"] == "Outcome data is systematically\u2026 (S1.3) met"
        assert squeezed["S11"].startswith("\u25b6 There is a service") and squeezed["S11"].endswith("(S11) still open")
        assert squeezed["outcomes"] == "\u25bc Outcomes still open" and squeezed["overall"] == "Overall still open"
        for ident, text in drawn.items():
            depth = ident.count(".") + (ident != "outcomes" and ident != "smd" and ident != "overall")
            assert len(text) + depth * tree.guide_depth <= width, (ident, text)
        panel = str(app.screen.query_one("#standards-label").render())
        assert "Left: S1" not in panel and "Progress towards outcomes" in panel


def test_an_undecided_verdict_is_still_open_wherever_the_assistant_shows_it(session_factory):
    """The conversation says "still open"; the progress line, /explain, /report,
    /findings and the grades table say it the same way, never "unknown"."""
    s = session_factory(ruleset="example", data=SVC)
    s.opening()
    assert s.headline() == "Overall so far: still open"
    shown = {
        "/explain S1": s.handle("/explain S1")[0].text,
        "/report": s.handle("/report")[0].text,
        "/findings": s.handle("/findings")[0].text,
    }
    assert shown["/explain S1"].splitlines()[0].endswith(": still open")
    assert "(S1.1): still open" in shown["/explain S1"]
    assert "Outcomes: still open (could be outstanding or good or satisfactory)" in shown["/report"]
    assert "Overall: still open" in shown["/report"]
    assert ": still open" in shown["/findings"]
    assert {grade for _, _, grade, _ in s.grade_rows()} == {"still open"}
    for command, text in shown.items():
        assert "unknown" not in text, command
