"""The input line: one answer or command per line.  Up and down recall
earlier lines (as a shell does); Tab moves to the quick replies; an empty
line is refused politely."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class PromptInput(Input):
    BINDINGS = [
        Binding("up", "history(-1)", "Earlier line", show=False, id="prompt.history_back", tooltip="Recall the line typed before"),
        Binding("down", "history(1)", "Later line", show=False, id="prompt.history_forward", tooltip="Recall the line typed after"),
        Binding("tab", "quick_replies", "Quick replies", show=False, id="prompt.quick_replies", tooltip="Move to the quick replies"),
    ]

    def action_quick_replies(self) -> None:
        """Tab moves to the first quick reply (they sit above the input line,
        so the focus chain would otherwise pass them by)."""
        from senrules_tui.widgets.quick_replies import QuickReplies

        for quick in self.screen.query(QuickReplies):
            buttons = [b for b in quick.children if b.focusable]
            if quick.display and buttons:
                buttons[0].focus()
                return
        self.screen.focus_next()

    def __init__(self, **kwargs):
        super().__init__(placeholder="Type your answer, or /help", **kwargs)
        self._history: list[str] = []
        self._pos: int | None = None

    def remember(self, text: str) -> None:
        if text and (not self._history or self._history[-1] != text):
            self._history.append(text)
        self._pos = None

    def action_history(self, step: int) -> None:
        if not self._history:
            return
        pos = len(self._history) if self._pos is None else self._pos
        pos = max(0, min(len(self._history), pos + step))
        self._pos = pos
        self.value = self._history[pos] if pos < len(self._history) else ""
        self.cursor_position = len(self.value)
