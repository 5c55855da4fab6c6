"""Quick replies for the current question: Yes / Partly / No / Don't know /
Skip / Why? (or the choices of a choice question)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

#: What a quick reply sends: most send their label; Why? sends /why.
SENDS = {"Why?": "/why", "Skip": "/skip"}


class QuickReplies(Horizontal):
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

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        label = str(event.button.label)
        self.post_message(self.Chosen(SENDS.get(label, label)))
