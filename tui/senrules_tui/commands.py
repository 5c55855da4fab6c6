"""The command palette: every chat command, and "go to" / "explain" for each
standard (in a proposal check, each key factor), namespaced as posting names
its commands ("chat: why", "goto: “Leaders have a clear vision…” (S7)",
"goto: Specify the transport arrangements (iii)")."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class AssessCommands(Provider):
    """Commands of the self-evaluation chat."""

    def _chat(self):
        from senrules_tui.screens.chat import ChatScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, ChatScreen):
                return screen
        return None

    def _commands(self):
        chat = self._chat()
        app = self.app
        out = [
            ("view: toggle light / dark theme", app.action_toggle_theme, "Switch between the light and the dark theme"),
            ("help: commands and keys", app.action_help, "The commands, the keys, and how to answer"),
        ]
        if chat is not None:
            out.append(("view: hide or show the side panel", chat.action_toggle_side,
                        "The progress and the framework (F8): more room for the conversation"))
        if chat is None or chat.session is None:
            return out
        send = chat.action_send
        out += [
            ("chat: why this question?", partial(send, "/why"), "The criterion it serves, the rule and the source text"),
            ("chat: back to the previous question", partial(send, "/back"), "Change an earlier answer"),
            ("chat: skip this question", partial(send, "/skip"), "Leave it for now"),
            ("chat: evidence found", partial(send, "/evidence"), "What the plugins found, with provenance"),
            ("chat: grades so far", partial(send, "/report"), "Grades per standard and overall, with reasons and gaps"),
            ("report: open the full report", chat.action_open_report, "Grades, action plan (editable), trends, benchmarks"),
            ("report: action plan", partial(send, "/plan"), "The action plan in nasen's format"),
            ("report: three-year trends", partial(send, "/trends"), "Charts of the yearly indicators"),
            ("report: benchmarks", partial(send, "/benchmarks"), "The indicators beside their benchmarks"),
            ("report: export to ./senrules-export", partial(send, f"/export {app.export_dir or 'senrules-export'}"), "Markdown, HTML, CSV, xlsx and JSON"),
        ]
        session = chat.session
        out.append(("report: findings", partial(send, "/findings"), "What the evidence was found to say, with the places quoted"))
        if getattr(session, "rater_mode", False):
            out.append(("report: views by rater", partial(send, "/compare"), "Each area's best fit by rater, DIFFER where views differ"))
        if getattr(session, "cases", None) is not None:
            out.append(("report: cases", partial(send, "/cases"), "The share on time per step and per year, and the late cases"))
        # each in its words, its number after them, as the conversation names it
        for ident, words in session.goto_targets():
            out.append((f"goto: {words}", partial(send, f"/goto {ident}"), f"Ask the questions of {words} next"))
        for ident, words in session.explain_targets():
            out.append((f"explain: {words}", partial(send, f"/explain {ident}"), "Its verdict, reasons and what would change it"))
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            if name.startswith(("chat:", "report: open", "view:", "help:")):
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
