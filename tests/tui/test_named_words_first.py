"""What a person reads names a standard, an area or a key factor by its
words first, its code after them in brackets, never a code alone at the
head of a line: the framework panel's rows (at 80 columns too), the
command palette of the self-evaluation and of the proposal check, and a
proposal check's /explain.  Each test fails on the code-first form that
came before ("strong PE1", "still open T1", "goto: also LAs should also",
"“specify the transport arrangements…” (iii)")."""

from __future__ import annotations

import re

import pytest

from tui_helpers import ROOT, SVC, settle, say

pytest.importorskip("textual")

from rich.style import Style  # noqa: E402

from senrules_tui.app import ProposalApp, SenrulesApp  # noqa: E402
from senrules_tui.commands import AssessCommands  # noqa: E402
from senrules_tui.session import Options  # noqa: E402
from senrules_tui.widgets.framework_tree import FrameworkTree  # noqa: E402
from senrules_tui.widgets.transcript import MessageBubble  # noqa: E402

PROPOSAL = ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt"


def rows(tree: FrameworkTree) -> dict[str, str]:
    """Every row of the panel as it is drawn now, by node id (all open)."""
    tree.root.expand_all()
    drawn, stack = {}, list(tree.root.children)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        drawn[node.data] = tree.render_label(node, Style(), Style()).plain.lstrip("\u25bc\u25b6 ")
    return drawn


def reply(app) -> str:
    out = []
    for b in reversed(list(app.screen.query(MessageBubble))):
        if b.role == "user":
            break
        out.append(b.source)
    return "\n".join(reversed(out))


# ------------------------------------------------------------------ the framework panel


@pytest.mark.asyncio
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_panel_row_is_words_then_the_verdict_never_a_code_alone(tmp_path, monkeypatch, size):
    monkeypatch.chdir(tmp_path)
    app = SenrulesApp(Options(ruleset="nasen-2014-parent-engagement", data="oakfield-audit", rater="school staff"),
                      db="s.sqlite")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(FrameworkTree)
        drawn = rows(tree)
        await settle(pilot)
        for ident, row in drawn.items():
            # the verdict last; before it words, never the code at the head of the row
            assert re.match(r"^[A-Z][A-Za-z-]+[^\w-]", row), (ident, row)
            assert not re.match(r"^(strong|developing|poor|still open) ", row), (ident, row)
        assert drawn["PE1"].startswith("On entry") and drawn["PE1"].endswith(" strong")
        assert drawn["PE7"].startswith("Review") and drawn["overall"].startswith("Overall ")
        if size == (120, 40):  # room for the heading cut at a word and the number after it
            assert re.fullmatch(r"On entry \(where\u2026 \(PE1\) +strong", drawn["PE1"])
            assert re.fullmatch(r"Review \(PE7\) +strong", drawn["PE7"])
            assert drawn["PE5"].split()[-1] == "strong" and "Learning at home (PE5)" in drawn["PE5"]
        # the verdicts make a column at the right edge
        ends = {len(row) + (ident.count("PE") and 2 * tree.guide_depth) for ident, row in drawn.items()
                if ident.startswith("PE") and ident[2:].isdigit()}
        assert len(ends) == 1


@pytest.mark.asyncio
async def test_the_whole_words_of_a_row_are_shown_while_moving_through_the_panel(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = SenrulesApp(Options(ruleset="nasen-2014-parent-engagement", data="oakfield-audit", rater="school staff"),
                      db="s.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        detail = app.screen.query_one("#framework-detail")
        assert not detail.display
        await pilot.press("f5")
        tree = app.screen.query_one(FrameworkTree)
        tree.move_cursor(tree._by_id["PE2"])
        await settle(pilot)
        assert detail.display
        assert str(detail.render()) == ("Initial identification (PE2): We draw on parents\u2019 views and experience of "
                                        "their child in establishing an overview of pupil\u2019s strengths and needs "
                                        "\u2014 developing")
        await pilot.press("escape")
        await settle(pilot)
        assert not detail.display


@pytest.mark.asyncio
async def test_the_time_limit_steps_are_named_in_words_at_80_columns(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = SenrulesApp(Options(ruleset="ehc-timescales-2014", data="westmoor-ehc"), db="s.sqlite")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        drawn = rows(app.screen.query_one(FrameworkTree))
        assert drawn["T1"].startswith("The reque") and drawn["T1"].endswith(" still open")
        assert not any(re.match(r"still open T\d", row) for row in drawn.values())


def test_a_narrow_progress_panel_names_a_standard_by_its_first_words():
    from senrules_tui.widgets.progress_panel import standards_left

    lines = standards_left([("S1", "Progress towards outcomes is systematically recorded.", 3)], 12).plain.splitlines()
    assert lines[1] == "3 Progress\u2026"


# ------------------------------------------------------------------ the command palette


@pytest.mark.asyncio
async def test_the_palette_offers_standards_in_words_with_the_number_after_them(tmp_path):
    app = SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        names = [name for name, _, _ in AssessCommands(app.screen)._commands()]
        assert "goto: \u201cProgress towards outcomes is systematically recorded\u2026\u201d (S1)" in names
        assert "explain: \u201cProgrammes and interventions are regularly monitored\u201d (S1.1)" in names
        assert not [n for n in names if re.match(r"(goto|explain): S\d", n)]


@pytest.mark.asyncio
async def test_the_proposal_palette_offers_the_key_factors_and_goes_to_one(tmp_path):
    app = ProposalApp(str(PROPOSAL), db=tmp_path / "p.sqlite")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        names = [name for name, _, _ in AssessCommands(app.screen)._commands()]
        gotos = [n for n in names if n.startswith("goto: ")]
        assert gotos[0] == "goto: Access to education and associated services (a)" or gotos[0].endswith(" (a)")
        assert "goto: Specify the transport arrangements (iii)" in gotos and gotos[-1].endswith("(para23)")
        assert len(gotos) == 9 and not [n for n in names if "LAs should also" in n or "Key factors" in n]
        assert "explain: Specify the transport arrangements (iii)" in names
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"goto transport")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert reply(app).startswith("Now Specify the transport arrangements (iii): 2 questions.")


@pytest.mark.asyncio
async def test_a_proposal_explain_names_the_factor_by_its_title(tmp_path):
    app = ProposalApp(str(PROPOSAL), db=tmp_path / "p.sqlite")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await say(pilot, "/explain iii")
        said = reply(app).split("\n")
        assert said[0] == "Specify the transport arrangements (iii): not met"
        assert said[1].startswith("The Test: \u201cspecify the transport arrangements that will support")
        await say(pilot, "/explain 7")
        assert reply(app).startswith("There is no key factor 7 in the Test; try /explain ii. The key factors are a, b, ")
        assert "S3" not in reply(app)


def test_the_late_cases_name_their_steps_in_words(session_factory):
    s = session_factory(ruleset="ehc-timescales-2014", data="westmoor-ehc", date="2024-08-31")
    opening = "\n".join(r.md for r in s.opening())
    late = [line for line in opening.splitlines() if line.startswith("- WM-")]
    assert len(late) == 10
    assert late[0] == ("- WM-2023-00001: If the local authority is going\u2026 (T2.2); "
                       "The school or institution\u2026 (T2.4)")


def test_a_proposal_findings_names_each_factor_by_its_title_and_offers_what_works(tmp_path):
    from senrules_tui.proposal_chat import ProposalSession

    s = ProposalSession.open_document(str(PROPOSAL), db=tmp_path / "p.sqlite")
    s.opening()
    text = s.handle("/findings")[0].text
    assert "- Specify the transport arrangements (iii): not met." in text
    assert "- Improved access to specialist staff (b): met" in text
    assert "\u201cspecify the transport" not in text
    # a proposal check has no action plan: the closing line offers only what works here
    assert text.rstrip().endswith("/explain ID says more about one; /export DIR writes the report.")
