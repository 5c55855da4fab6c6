"""Quick replies for the current question: Yes / Partly / No / Don't know /
Skip / Why? (or the choices of a choice question)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import Container
from textual.message import Message
from textual.widgets import Button

#: What a quick reply sends: most send their label; Why? sends /why.
SENDS = {"Why?": "/why", "Skip": "/skip"}


class QuickReplies(Container):
    @dataclass
    class Chosen(Message):
        text: str

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._labels: tuple[str, ...] = ()

    async def show(self, labels: tuple[str, ...]) -> None:
        if tuple(labels) == self._labels:
            return
        self._labels = tuple(labels)
        await self.remove_children()
        buttons = []
        for i, label in enumerate(labels):
            b = Button(label, id=f"quick-{i}", classes="quick", compact=True)
            b.can_focus = True
            b.tooltip = f"Send \u201c{SENDS.get(label, label)}\u201d"
            buttons.append(b)
        if buttons:
            await self.mount_all(buttons)
        self.display = bool(buttons)
        self._wrap()

    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self) -> None:
        """As many buttons a row as fit, so none (Why? last) is cut off on a
        narrow screen: the replies are a grid whose column count follows the width."""
        widths = [len(label) + 4 for label in self._labels] or [10]
        width = max(self.size.width, 1)
        columns = len(widths)
        while columns > 1 and (max(widths) + 1) * columns > width:
            columns -= 1
        self.styles.grid_size_columns = columns
        self.styles.grid_size_rows = 0

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        label = str(event.button.label)
        self.post_message(self.Chosen(SENDS.get(label, label)))
