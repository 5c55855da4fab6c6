"""The transcript: the conversation as message bubbles, newest at the
bottom, kept scrolled to the end.  A bubble is one ``Static`` drawing the
message's Markdown (see :mod:`senrules_tui.widgets.message_text`)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.message import Message
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

    def show(self, markdown: str) -> None:
        """Draw ``markdown`` in place of the message (a card fitted again to a new width)."""
        self.source = markdown
        self.update(message_content(markdown))


class Transcript(VerticalScroll, can_focus=True):
    """A scrolling list of :class:`MessageBubble`."""

    _latest: MessageBubble | None = None  # the first message of the latest reply (see keep_in_view)

    class Resized(Message):
        """The transcript's width or height changed (a resized window, the side panel hidden or shown)."""

    def on_mount(self) -> None:
        self.anchor()

    def on_resize(self) -> None:
        """A new window size wraps every message anew, so the same scroll
        position would show an older message (a card asked earlier looks
        like the question asked now): show the latest reply again, as
        :meth:`keep_in_view` showed it."""
        self.show_latest()
        self.post_message(self.Resized())

    def show_latest(self) -> None:
        """Once the messages are wrapped anew, scroll to the latest reply, as
        :meth:`keep_in_view` showed it (after a resize, or a message drawn again)."""
        self.call_after_refresh(self._show_latest)

    def _show_latest(self) -> None:
        self.scroll_end(animate=False, immediate=True)
        if self._latest is not None and self._latest.is_mounted:
            self.keep_in_view(self._latest)

    async def add(self, markdown: str, role: str = "assistant") -> MessageBubble:
        bubble = MessageBubble(markdown, role)
        await self.mount(bubble)
        self.scroll_end(animate=False)
        return bubble

    def keep_in_view(self, first: MessageBubble) -> None:
        """After a reply, show it from its first message: when the reply is
        taller than the view (the feedback on an answer, then the next
        question), its top stays in view rather than scrolling away."""
        self._latest = first

        def scroll() -> None:
            if first.region.height and first.virtual_region.y < self.scroll_y:
                self.scroll_to(y=first.virtual_region.y, animate=False, immediate=True)
                self.release_anchor()  # or the anchor would pull it back to the bottom on the next layout

        self.call_after_refresh(scroll)

    @property
    def bubbles(self) -> list[MessageBubble]:
        return list(self.query(MessageBubble))
