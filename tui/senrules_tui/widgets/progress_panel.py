"""Progress: questions answered of those still needed, as a bar and in
words, the time left, the overall grade so far (and, when it stays open at
the end, which answers keep it open), and what is left standard by
standard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar


DONE = "\u2713"


class ProgressPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield Label("Loading\u2026", id="progress-label")
        yield ProgressBar(total=1, show_eta=False, show_percentage=True, id="progress-bar")
        yield Label("", id="overall-label")
        yield Label("", id="standards-label")

    def set(self, answered: int, total: int, overall: str | None, *, minutes: int | None = None,
            standards: list[tuple[str, str, int]] = (), headline: str | None = None) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=answered if total else 1)
        left = f"\nabout {minutes} min left" if minutes else ""
        self.query_one("#progress-label", Label).update(f"{answered} of {total} answered{left}")
        grade = headline or f"Overall so far: {(overall or 'not graded').replace('_', ' ')}"
        self.query_one("#overall-label", Label).update(grade)
        # standard by standard: \u2713 when nothing is left to ask, else the number of questions left
        parts = [f"{sid} {DONE if n == 0 else n}" for sid, _, n in standards]
        self.query_one("#standards-label", Label).update(("Left: " + "  ".join(parts)) if parts else "")
