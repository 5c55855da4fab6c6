"""Help: the commands and keys (the text is in ``help.md`` beside the app,
as harlequin keeps its help)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,q", "dismiss", "Close", id="help.close", key_display="Esc", tooltip="Close the help"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Markdown(HELP.read_text(encoding="utf-8"))

    def on_mount(self) -> None:
        # the footer beneath is the chat's: the dialog says how to close it
        dialog = self.query_one("#help-dialog")
        dialog.border_title = "Help"
        dialog.border_subtitle = "Esc, F1 or q closes the help"

    def action_dismiss(self) -> None:
        self.dismiss(None)
