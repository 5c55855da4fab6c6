"""The chat screen: transcript, quick replies and input line on the left;
progress and the framework with live verdicts on the right.

The conversation itself is a :class:`senrules_tui.session.Session`.  Every
call into it (loading rules and evidence, reading an answer, evaluating)
runs in a thread worker, one at a time, never on the event loop; results
come back as messages (:mod:`senrules_tui.messages`).  A problem is shown
as an assistant message, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Label

from senrules_tui.messages import RepliesReady, SessionFailed, SessionOpened
from senrules_tui.widgets.framework_tree import FrameworkTree
from senrules_tui.widgets.keys_footer import KeysFooter
from senrules_tui.widgets.progress_panel import ProgressPanel
from senrules_tui.widgets.prompt_input import PromptInput
from senrules_tui.widgets.quick_replies import QuickReplies
from senrules_tui.widgets.transcript import MessageBubble, Transcript

if TYPE_CHECKING:
    from senrules_tui.session import Reply

#: a bubble's greatest width and its border and padding (MessageBubble in app.tcss)
BUBBLE_MAX_WIDTH, BUBBLE_FRAME = 100, 4

ROLE = {"say": "assistant", "question": "assistant", "confirm": "assistant", "error": "error", "report": "report", "done": "assistant"}


class ChatScreen(Screen):
    """The conversation."""

    BINDINGS = [
        Binding("f2", "send('/why')", "Why?", id="chat.why", key_display="F2", tooltip="Why this question: the criterion it serves and the source text"),
        Binding("f3", "send('/back')", "Back", id="chat.back", key_display="F3", tooltip="Go back to the previous question to change the answer"),
        Binding("f4", "send('/skip')", "Skip", id="chat.skip", key_display="F4", tooltip="Leave this question for now"),
        Binding("f5", "focus_tree", "Go to", id="chat.goto", key_display="F5", tooltip="Choose a standard in the framework panel to jump to its questions"),
        Binding("f6", "send('/evidence')", "Evidence", id="chat.evidence", key_display="F6", tooltip="What the evidence plugins found, with provenance"),
        Binding("f7", "open_report", "Report", id="chat.report", key_display="F7", tooltip="Grades, gaps, action plan, trends and benchmarks"),
        Binding("f8", "toggle_side", "Panel", id="chat.panel", key_display="F8", show=False,
                tooltip="Hide or show the progress and framework panel (more room for the conversation in a small window)"),
        Binding("escape", "focus_prompt", "Answer", id="chat.focus_prompt", key_display="Esc", tooltip="Back to the input line", show=False),
        Binding("pageup", "scroll_transcript(-1)", "Scroll up", id="chat.scroll_up", show=False, tooltip="Scroll the conversation up a page"),
        Binding("pagedown", "scroll_transcript(1)", "Scroll down", id="chat.scroll_down", show=False, tooltip="Scroll the conversation down a page"),
    ]

    def __init__(self, starter: Callable[[], object], *, export: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.starter = starter
        self.export_dir = export
        self.session = None
        self.busy = False
        self._answered = False
        self._card: tuple[MessageBubble, list[str], int, object] | None = None  # and its question: see on_replies_ready

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                yield Transcript(id="transcript")
                yield QuickReplies(id="quick")
                yield PromptInput(id="prompt")
            with Vertical(id="side"):
                yield Label("Progress", classes="panel-title")
                yield ProgressPanel(id="progress")
                yield Label("Framework (F5)", classes="panel-title")
                yield FrameworkTree(id="framework")
                yield Label("", id="framework-detail")
        yield KeysFooter(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        self.query_one(PromptInput).disabled = True
        self.query_one(QuickReplies).display = False
        await self.query_one(Transcript).mount(Label("Loading the rules and gathering the evidence\u2026", id="loading"))
        self.busy = True
        self.start_session()

    # ------------------------------------------------------------ workers
    @work(thread=True, exclusive=True, group="engine")
    def start_session(self) -> None:
        from senrules.errors import SenrulesError

        try:
            session = self.starter()
            session.card_width = self.app.call_from_thread(self.card_room)
            replies = session.opening()
        except SenrulesError as err:
            self.post_message(SessionFailed(err.message + (f" ({err.hint})" if getattr(err, "hint", None) else "")))
            return
        except Exception as err:  # noqa: BLE001 - shown as a message, never a traceback
            self.post_message(SessionFailed(f"Something went wrong inside senrules ({type(err).__name__}: {err}); please report this."))
            return
        self.post_message(SessionOpened(session))
        self.post_message(RepliesReady(replies))

    @work(thread=True, exclusive=True, group="engine")
    def ask_session(self, text: str) -> None:
        replies = self.session.handle(text)  # never raises: problems come back as replies
        self.post_message(RepliesReady(replies))

    # ------------------------------------------------------------ events
    async def on_session_opened(self, message: SessionOpened) -> None:
        self.session = message.session
        s = self.session
        rater = (s.store.meta.get("options") or {}).get("rater")
        # whose views these are first: with several raters it is what tells one window from another
        self.sub_title = ((f"{rater}{chr(39) if rater.endswith('s') else chr(39) + 's'} views \u00b7 " if rater else "")
                          + f"{s.context.service or 'self-evaluation'} \u00b7 {s.rs.id} \u00b7 {s.store.path.name}")
        tree = self.query_one(FrameworkTree)
        tree.build(s.result.judgements, s.node_title)
        for loading in self.query("#loading"):
            await loading.remove()

    async def on_session_failed(self, message: SessionFailed) -> None:
        self.busy = False
        transcript = self.query_one(Transcript)
        for loading in self.query("#loading"):
            await loading.remove()
        self.query_one("#progress-label", Label).update("No session open")
        await transcript.add(f"**The session could not be opened.** {message.message}\n\nNothing was changed. Press Ctrl+Q to quit.", "error")

    async def on_replies_ready(self, message: RepliesReady) -> None:
        transcript = self.query_one(Transcript)
        # one bubble per run of messages of one kind (and one per question): fewer widgets, a faster first screen
        groups: list[tuple[str, list[Reply]]] = []
        for r in message.replies:
            role = ROLE.get(r.kind, "assistant")
            if groups and groups[-1][0] == role and r.kind != "question":
                groups[-1][1].append(r)
            else:
                groups.append((role, [r]))
        added = [await transcript.add("\n\n".join(r.md for r in replies), role) for role, replies in groups]
        # a full question card, to fit again to a new width while it is on screen: its bubble, the Markdown
        # of the bubble's messages and the card's place among them (a reply without one, /why, keeps the last)
        card = next(((bubble, [r.md for r in replies], i) for bubble, (_, replies) in reversed(list(zip(added, groups)))
                     for i, r in enumerate(replies) if r.fitted), None)
        first = (added[0] if self._answered else added[-1]) if added else None
        self._answered = True
        s = self.session
        self.busy = False
        if s is not None and card is not None:
            self._card = (*card, s.current)
        if s is None:
            if first is not None:
                transcript.keep_in_view(first)
            return
        await self.query_one(QuickReplies).show(s.quick_replies())
        self.query_one(FrameworkTree).update_verdicts(s.verdicts())
        if s.current is not None:
            self.query_one(FrameworkTree).show_current(s.current.standard)
        answered, total = s.progress()
        titles = {j.id: j.title for j in s.result.judgements}
        standards = [(sid, titles.get(sid), left) for sid, _, left in s.standard_progress()]
        self.query_one(ProgressPanel).set(answered, total, s.result.overall, minutes=s.minutes_left(),
                                          standards=standards, headline=s.headline())
        if first is not None:
            # a reply to the person is shown from its first message; the opening
            # (long) from its question; either way a tall card from its top.
            # Last, once the quick replies below have their height.
            transcript.keep_in_view(first)
        prompt = self.query_one(PromptInput)
        prompt.disabled = False
        if self.app.screen is self:
            prompt.focus()
        if s.quit:
            await self.app.action_quit()

    @on(PromptInput.Submitted)
    async def submitted(self, event: PromptInput.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.notify("Type an answer, or /help for the commands.", severity="information", timeout=3)
            return
        prompt = self.query_one(PromptInput)
        prompt.remember(text)
        prompt.value = ""
        await self.send(text)

    @on(QuickReplies.Chosen)
    async def quick_reply(self, event: QuickReplies.Chosen) -> None:
        await self.send(event.text)

    @on(FrameworkTree.Jumped)
    async def jumped(self, event: FrameworkTree.Jumped) -> None:
        await self.send(f"/goto {event.ident}")

    @on(FrameworkTree.NodeHighlighted)
    @on(events.DescendantFocus)
    @on(events.DescendantBlur)
    def show_whole_words(self) -> None:
        """The row at the cursor in its whole words under the panel, while
        a person moves through it (F5): a row shows its words cut short."""
        tree = self.query_one(FrameworkTree)
        detail = self.query_one("#framework-detail", Label)
        node = tree.cursor_node
        whole = tree.full_words(node.data) if tree.has_focus and node is not None else None
        detail.update(whole or "")
        detail.display = bool(whole)

    @on(FrameworkTree.ExplainAsked)
    async def explain_asked(self, event: FrameworkTree.ExplainAsked) -> None:
        await self.send(f"/explain {event.ident}")

    # ------------------------------------------------------------ sending
    async def send(self, text: str) -> None:
        """Show the person's line and hand it to the session (in a worker)."""
        if self.session is None or self.busy:
            self.notify("One moment: still working on the last answer.", timeout=2)
            return
        self.busy = True
        await self.query_one(Transcript).add(_user_markdown(text), "user")
        self.session.card_width = self.card_room()  # the window may have been resized, the panel hidden (F8)
        self.ask_session(text)

    @on(Transcript.Resized)
    def refit_card(self) -> None:
        """The open question's card on screen, its heading fitted again to
        the room there is now (a resized window, the side panel hidden or
        shown with F8), as the next card will be; nothing while an answer is
        being worked on (its reply brings the next card)."""
        if self.session is None or self.busy or self._card is None:
            return
        room = self.card_room()
        if room is None or room == self.session.card_width:
            return
        self.session.card_width = room
        bubble, parts, i, ask = self._card
        card = self.session.current_card()
        if card is None or self.session.current != ask or not bubble.is_mounted:
            return  # the question on that card is no longer the open one
        parts[i] = card.md
        bubble.show("\n\n".join(parts))
        self.query_one(Transcript).show_latest()  # its new height moved what was in view

    def card_room(self) -> int | None:
        """The characters a line of the assistant's next card holds: the
        transcript's width less its scrollbar, at most a bubble's greatest
        width, less the bubble's border and padding (None before it is laid out)."""
        transcript = self.query_one(Transcript)
        width = transcript.content_region.width - transcript.styles.scrollbar_size_vertical
        return min(width, BUBBLE_MAX_WIDTH) - BUBBLE_FRAME if width > BUBBLE_FRAME else None

    # ------------------------------------------------------------ actions
    async def action_send(self, text: str) -> None:
        await self.send(text)

    def action_focus_tree(self) -> None:
        self.query_one("#side").display = True  # hidden with F8: choosing a standard shows it again
        self.query_one(FrameworkTree).take_focus()

    def action_toggle_side(self) -> None:
        """F8: hide the progress and framework panel, so the conversation has
        the whole width (at 80x24 it otherwise has about 48 columns), or show
        it again."""
        side = self.query_one("#side")
        side.display = not side.display
        if not side.display and side.has_focus_within:
            self.query_one(PromptInput).focus()
        # the conversation's new width: Textual sends the transcript no Resize when the panel comes back
        self.call_after_refresh(self.rewrapped)

    def rewrapped(self) -> None:
        """The conversation wrapped at a new width: its card fitted again, the latest reply shown."""
        self.refit_card()
        self.query_one(Transcript).show_latest()

    def action_scroll_transcript(self, pages: int) -> None:
        transcript = self.query_one(Transcript)
        if pages < 0:
            transcript.scroll_page_up(animate=False)
        else:
            transcript.scroll_page_down(animate=False)

    def action_focus_prompt(self) -> None:
        self.query_one(PromptInput).focus()

    async def action_open_report(self) -> None:
        if self.session is None:
            return
        if getattr(self.session, "kind", None) != "self-evaluation":
            # the proposal check has no grades, action plan, trends or benchmarks: its report is the factor table
            await self.send("/report")
            return
        from senrules_tui.screens.report import ReportScreen

        self.app.push_screen(ReportScreen(self.session))


def _user_markdown(text: str) -> str:
    # a person's words are shown as they typed them, not read as Markdown
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#").replace("`", "\\`")
