"""Questions answered of those still needed, as a bar and in words."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar


class ProgressPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield Label("Loading\u2026", id="progress-label")
        yield ProgressBar(total=1, show_eta=False, show_percentage=True, id="progress-bar")
        yield Label("", id="overall-label")

    def set(self, answered: int, total: int, overall: str | None) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=answered if total else 1)
        grade = (overall or "not graded").replace("_", " ")
        self.query_one("#progress-label", Label).update(f"{answered} of {total} questions answered")
        self.query_one("#overall-label", Label).update(f"Overall so far: {grade}")
