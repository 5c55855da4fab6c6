"""The transcript: the conversation as message bubbles, newest at the
bottom, kept scrolled to the end.  A bubble is one ``Static`` drawing the
message's Markdown (see :mod:`senrules_tui.widgets.message_text`)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from senrules_tui.widgets.message_text import message_content

ROLES = {"user": "You", "assistant": "senrules", "error": "senrules", "report": "senrules"}


class MessageBubble(Static):
    """One message.  ``role`` is user, assistant, error or report;
    ``source`` is the message's Markdown."""

    def __init__(self, markdown: str, role: str = "assistant", **kwargs):
        super().__init__(message_content(markdown), **kwargs)
        self.source = markdown
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

    def keep_in_view(self, first: MessageBubble) -> None:
        """After a reply, show it from its first message: when the reply is
        taller than the view (the feedback on an answer, then the next
        question), its top stays in view rather than scrolling away."""

        def scroll() -> None:
            if first.region.height and first.virtual_region.y < self.scroll_y:
                self.scroll_to(y=first.virtual_region.y, animate=False)

        self.call_after_refresh(scroll)

    @property
    def bubbles(self) -> list[MessageBubble]:
        return list(self.query(MessageBubble))
