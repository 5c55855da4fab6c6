"""Choose a saved session to resume."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, OptionList
from textual.widgets.option_list import Option


class SessionsScreen(Screen):
    BINDINGS = [Binding("escape", "app.quit", "Quit", id="sessions.quit", key_display="Esc", tooltip="Quit without opening a session")]

    def __init__(self, sessions, **kwargs):
        super().__init__(**kwargs)
        self.sessions = sessions

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="sessions"):
            yield Label("Which session do you want to continue? (Enter opens it)", classes="panel-title")
            yield OptionList(*[
                Option(f"{s.updated:%Y-%m-%d %H:%M}  {s.title}\n  {s.path}" if s.updated else s.title, id=str(i))
                for i, s in enumerate(self.sessions)
            ], id="session-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.sessions[int(event.option.id)].path)
