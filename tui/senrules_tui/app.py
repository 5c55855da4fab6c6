"""The full-screen assistant (Textual): ``senrules assess`` and ``senrules
proposal FILE``.

:class:`SenrulesApp` opens a :class:`~senrules_tui.screens.chat.ChatScreen`
on a session that a thread starts as soon as the app loads (loading the
rules, gathering the evidence, opening the session file), so that work
overlaps Textual's own start.  App-wide keys have ids, so a user
keymap (``keymap.toml`` in the config folder, ``{"chat.why" = "f9"}``)
can rebind them (posting's ``set_keymap``).
"""

from __future__ import annotations

import threading
import tomllib
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from senrules_tui import locations
from senrules_tui.commands import AssessCommands


def started_early(starter):
    """Run ``starter`` in a thread from now on; return a callable that waits
    for its result (raising what it raised)."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = starter()
        except BaseException as err:  # noqa: BLE001 - handed to whoever waits
            outcome["error"] = err

    thread = threading.Thread(target=run, name="senrules-session-start", daemon=True)
    thread.start()

    def wait():
        thread.join()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    return wait


class SenrulesApp(App):
    """The self-evaluation assistant."""

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute, so subclasses elsewhere find it too
    TITLE = "senrules"
    SUB_TITLE = "self-evaluation"
    COMMANDS = App.COMMANDS | {AssessCommands}
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help", key_display="F1", tooltip="The commands, the keys and how to answer"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", id="app.theme", key_display="^t", tooltip="Switch between the light and the dark theme", show=False),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", key_display="^q", tooltip="Stop: every answer is already saved", priority=True),
    ]

    def __init__(self, options=None, *, db=None, resume: bool = False, export: str | None = None, starter=None, **kwargs):
        super().__init__(**kwargs)
        self.options = options
        self.db = db
        self.resume = resume
        self.export_dir = export
        self._starter = starter
        self.theme = "textual-dark"

    # ------------------------------------------------------------ start
    def on_load(self) -> None:
        # Start loading the rules and the evidence now, in a thread, so that it
        # runs while Textual reads its styles and draws the first frame.
        self._sessions_to_choose = []
        if self._starter is None and self.resume and not self.db:
            from senrules_tui.store import list_sessions

            sessions = list_sessions(locations.sessions_dir(), "self-evaluation")
            if len(sessions) > 1:
                self._sessions_to_choose = sessions
                return
        self._early = started_early(self._starter or self._session_starter())

    def on_mount(self) -> None:
        self._load_keymap()
        if self._sessions_to_choose:
            from senrules_tui.screens.sessions import SessionsScreen

            def chosen(path) -> None:
                self.db = path
                self._open(self._session_starter())

            self.push_screen(SessionsScreen(self._sessions_to_choose), chosen)
            return
        self._open(self._early)

    def _session_starter(self):
        from senrules_tui.session import Session

        options, db, resume = self.options, self.db, self.resume
        return lambda: Session.start(options, db=db, resume=resume)

    def _open(self, starter) -> None:
        from senrules_tui.screens.chat import ChatScreen

        self.push_screen(ChatScreen(starter, export=self.export_dir))

    def _load_keymap(self) -> None:
        path = locations.keymap_file()
        if not path.is_file():
            return
        try:
            keymap = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
            self.notify(f"{path}: not used ({err})", title="Keymap", severity="warning")
            return
        self.set_keymap({str(k): str(v) for k, v in keymap.items() if isinstance(v, str)})

    # ------------------------------------------------------------ actions
    def action_help(self) -> None:
        from senrules_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    farewell: str | None = None  # printed by `senrules assess` after the full screen closes

    def _farewell(self, session) -> str | None:
        """How to continue, said once the full screen has closed."""
        return session.farewell() if session is not None else None

    async def action_quit(self) -> None:
        chat = self._chat()
        self.farewell = self._farewell(chat.session if chat is not None else None)
        if chat is not None and chat.session is not None and self.export_dir:
            from pathlib import Path

            try:
                chat.session.export(Path(self.export_dir))
            except Exception:  # noqa: BLE001 - leaving must not fail
                pass
        self.exit(0)

    def _chat(self):
        from senrules_tui.screens.chat import ChatScreen

        for screen in self.screen_stack:
            if isinstance(screen, ChatScreen):
                return screen
        return None


class ProposalApp(SenrulesApp):
    """The proposal check: the same chat on the SEN Improvement Test."""

    SUB_TITLE = "proposal check"

    def __init__(self, file=None, *, ruleset=None, params=None, parameter_set=None, db=None, resume: bool = False,
                 school_year=None, **kwargs):
        from senrules_tui.proposal_chat import starter

        super().__init__(starter=starter(file, ruleset=ruleset, params=params, parameter_set=parameter_set, db=db,
                                         resume=resume, school_year=school_year), **kwargs)
