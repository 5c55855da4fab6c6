"""Helpers shared by the assistant's tests (imported as `tui_helpers`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SVC = HERE / "data" / "svc"
DATE = "2024-09-30"


def run_cli(*args, input: str | None = None, env: dict | None = None, timeout: int = 120):
    """The real `senrules` command, with ``input`` on standard input."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "senrules.cli", *args], input=input or "", capture_output=True, text=True,
        cwd=ROOT, env=full_env, timeout=timeout,
    )


def lead_answer(session, ask, figures: dict) -> str:
    """What a service lead who knows their figures types for ``ask``: the
    value in ``figures`` (a rule-file demo's facts, years as strings), "?"
    or "don't know" where they have none, "yes" for a yes/no they lack."""
    if ask.members:
        parts = [lead_answer(session, m, figures) for m in ask.members]
        parts = ["?" if p == "don't know" else p for p in parts]
        return "yes to all" if all(p == "yes" for p in parts) else "; ".join(parts)
    fact = session.rs.facts[ask.fact]
    value = figures.get(ask.fact)

    def said(v) -> str:
        if v is None:
            return "?"
        return ("yes" if v else "no") if isinstance(v, bool) else str(v)

    if ask.years:
        return ", ".join(said((value or {}).get(str(y))) for y in ask.years)
    if fact.per_year:
        v = (value or {}).get(str(ask.year))
        return "don't know" if v is None else said(v)
    if value is None:
        return {"boolean": "yes", "percentage": "80", "integer": "5", "number": "5", "date": "2024-06-01"}.get(
            fact.type.kind, "1" if fact.type.kind == "choice" else "don't know")
    return said(value)


def interview_as_a_lead(session, figures: dict, limit: int = 400) -> tuple[int, int]:
    """Answer every card as :func:`lead_answer` does, confirming what is said
    back; return (question cards shown, questions answered)."""
    cards = sum(r.kind == "question" for r in session.opening())
    answered = 0
    while session.current is not None and cards < limit:
        if session.pending is not None:
            replies = session.handle("yes")
        else:
            ask = session.current
            answered += len(ask.members) or 1
            replies = session.handle(lead_answer(session, ask, figures))
        cards += sum(r.kind == "question" for r in replies)
    return cards, answered


async def settle(pilot) -> None:
    """Let the app finish what an input started: its workers, then the
    refresh, twice (a worker's reply may start another), then any scroll
    or animation they scheduled (on a loaded machine the chat's scroll to its
    end could still be pending when a snapshot was taken)."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def say(pilot, text: str) -> None:
    """Type ``text`` into the prompt, press Enter and settle."""
    from senrules_tui.widgets.prompt_input import PromptInput

    prompt = pilot.app.screen.query_one(PromptInput)
    prompt.focus()
    prompt.value = text
    await pilot.press("enter")
    await settle(pilot)


async def open_report(pilot, tab: str | None = None):
    """Open the report screen (F7), settle, and show its tab ``tab`` (such
    as ``"tab-plan"``) when one is named; returns the report screen."""
    from textual.widgets import TabbedContent

    await pilot.press("f7")
    await settle(pilot)
    screen = pilot.app.screen
    if tab is not None:
        screen.query_one(TabbedContent).active = tab
        await pilot.pause()
    return screen
