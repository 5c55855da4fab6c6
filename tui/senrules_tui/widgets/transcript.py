"""The transcript: the conversation as Markdown bubbles, newest at the
bottom, kept scrolled to the end."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown

ROLES = {"user": "You", "assistant": "senrules", "error": "senrules", "report": "senrules"}


class MessageBubble(Markdown):
    """One message.  ``role`` is user, assistant, error or report."""

    def __init__(self, markdown: str, role: str = "assistant", **kwargs):
        super().__init__(markdown, **kwargs)
        self.role = role
        self.add_class(f"-{role}")
        self.border_title = ROLES.get(role, role)


class Transcript(VerticalScroll, can_focus=True):
    """A scrolling list of :class:`MessageBubble`."""

    def on_mount(self) -> None:
        self.anchor()

    async def add(self, markdown: str, role: str = "assistant") -> MessageBubble:
        bubble = MessageBubble(markdown, role)
        await self.mount(bubble)
        self.scroll_end(animate=False)
        return bubble

    @property
    def bubbles(self) -> list[MessageBubble]:
        return list(self.query(MessageBubble))
