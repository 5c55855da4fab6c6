"""Progress: questions answered of those still needed, as a bar and in
words, the time left, the overall grade so far (and, when it stays open at
the end, which answers keep it open), and what is left standard by
standard: the first few standards with questions left, each in its words
cut to the panel's width with its number dimmed after them, then how many
more."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar

from senrules_tui.widgets.framework_tree import fitted_name
from senrules_tui.wording import verdict_words

DONE = "\u2713"
#: how many standards with questions left are named; the rest are counted
NAMED = 3


def standards_left(standards, width: int | None = None) -> Text:
    """What is left, standard by standard, from (number, title, questions
    left) in framework order: the first :data:`NAMED` with questions left by
    their words, then the rest by count, then how many need nothing more."""
    left = [(code, title, n) for code, title, n in standards if n]
    done = len(standards) - len(left)
    lines = []
    figure = max((len(str(n)) for _, _, n in left[:NAMED]), default=1)
    for code, title, n in left[:NAMED]:
        line = Text(f"{n:>{figure}} ")
        line.append_text(fitted_name(title, code, None if width is None else width - figure - 1))
        lines.append(line)
    rest = left[NAMED:]
    if rest:
        count = sum(n for _, _, n in rest)
        lines.append(Text(f"and {count} more in {len(rest)} other standard{'s' if len(rest) != 1 else ''}"))
    if done and left:
        lines.append(Text(f"{DONE} {done} standard{'s' if done != 1 else ''} done"))
    elif done:
        lines.append(Text(f"{DONE} none left"))
    if not lines:
        return Text("")
    return Text("Questions left:\n").append_text(Text("\n").join(lines))


class ProgressPanel(Vertical):
    def compose(self) -> ComposeResult:
        yield Label("Loading\u2026", id="progress-label")
        yield ProgressBar(total=1, show_eta=False, show_percentage=True, id="progress-bar")
        yield Label("", id="overall-label")
        yield Label("", id="standards-label")

    def on_mount(self) -> None:
        self._standards: list[tuple[str, str | None, int]] = []

    def set(self, answered: int, total: int, overall: str | None, *, minutes: int | None = None,
            standards: list[tuple[str, str | None, int]] = (), headline: str | None = None) -> None:
        """``standards``: (number, title, questions left) for each standard, in framework order."""
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=answered if total else 1)
        left = f"\nabout {minutes} min left" if minutes else ""
        self.query_one("#progress-label", Label).update(f"{answered} of {total} answered{left}")
        grade = headline or f"Overall so far: {verdict_words(overall)}"
        self.query_one("#overall-label", Label).update(grade)
        self._standards = list(standards)
        self._show_standards()

    def on_resize(self) -> None:
        self._show_standards()

    def _show_standards(self) -> None:
        label = self.query_one("#standards-label", Label)
        label.update(standards_left(self._standards, self.content_region.width or None))
