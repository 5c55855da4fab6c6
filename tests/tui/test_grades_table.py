"""The report screen's Grades table reads at 80, 120 and 200 columns: the
standard's title is never squeezed to a word a line (it was, at 120, by the
long reasons), ids and grades stay whole, the reason wraps.  Snapshots at
the three widths (review every update by eye), and the table's columns
measured as drawn."""

from __future__ import annotations

import pytest

from tui_helpers import ROOT, open_report, settle

pytest.importorskip("textual")

from senrules_tui.app import SenrulesApp  # noqa: E402
from senrules_tui.session import Options  # noqa: E402

WESTMOOR = ROOT / "senrules" / "rules" / "dcsf-2008" / "demo.json"  # every standard decided: the longest reasons
SIZES = [(80, 24), (120, 40), (200, 50)]


@pytest.fixture(autouse=True)
def _steady(monkeypatch, tmp_path):
    from textual.widgets import Input

    monkeypatch.setattr(Input.__dict__["cursor_blink"], "_default", False)
    monkeypatch.setattr("textual.constants.TEXTUAL_ANIMATIONS", "none")
    monkeypatch.chdir(tmp_path)


def make_app() -> SenrulesApp:
    return SenrulesApp(Options(ruleset="dcsf-2008", facts=str(WESTMOOR)), db="session.sqlite")


def _drawn_rows(app) -> list[list[str]]:
    """The table's body lines as drawn, split into their cells."""
    from rich.console import Console

    from senrules_tui.widgets.grades_table import grades_table

    grades = app.screen.query_one("#grades")  # the Static that draws the table, at its own width
    console = Console(width=grades.content_region.width, record=True, color_system=None, legacy_windows=False)
    console.print(grades_table(app.screen.session.grade_rows()))
    lines = console.export_text().splitlines()
    return [[c.strip() for c in line.split("\u2502")[1:-1]] for line in lines if line.startswith("\u2502")]


@pytest.mark.asyncio
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_titles_are_not_squeezed_and_ids_stay_whole(size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await open_report(pilot, "tab-grades")
        rows = _drawn_rows(app)
        header, body = rows[0], rows[1:]
        assert header == ["standard", "", "grade", "reason"]  # the words lead the row, the number after them
        ids = [r[1] for r in body if r[1]]
        assert ids == [f"S{n}" for n in range(1, 17)]  # each id whole, on its row's first line
        # the title column holds several words a line: S2's 21-word title takes at most 8 lines even at 80 (it took 13 at 120)
        s2 = next(i for i, r in enumerate(body) if r[1] == "S2")
        title_lines = [body[s2][0]]
        for r in body[s2 + 1:]:
            if r[1] or r[2]:  # the next standard's row
                break
            if r[0]:
                title_lines.append(r[0])
        assert len(title_lines) <= {80: 8, 120: 5, 200: 3}[size[0]], title_lines
        assert " ".join(title_lines).startswith("The service promotes the use of interventions based on up-to-date")
        grades = {r[2] for r in body if r[2]}
        assert grades <= {"outstanding", "good", "satisfactory", "inadequate", "still open"}


def test_snapshot_grades_at_80_columns(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZES[0], run_before=_report)


def test_snapshot_grades_at_120_columns(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZES[1], run_before=_report)


def test_snapshot_grades_at_200_columns(snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZES[2], run_before=_report)


async def _report(pilot):
    await settle(pilot)
    await open_report(pilot, "tab-grades")
    await pilot.pause()
