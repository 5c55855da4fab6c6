"""The chat screen's footer (``KeysFooter``): it shows the keys the screen
offers, follows a change of them (a focused widget's own keys), and is not
rebuilt when they stay the same (a focus change between widgets without
keys of their own)."""

from __future__ import annotations

import pytest

pytest.importorskip("textual")
pytestmark = pytest.mark.asyncio

from textual.app import App  # noqa: E402
from textual.binding import Binding  # noqa: E402
from textual.widgets import Button, Input  # noqa: E402
from textual.widgets._footer import FooterKey  # noqa: E402 - the footer's key widget (not exported)

from senrules_tui.widgets.keys_footer import KeysFooter  # noqa: E402


class Go(Button):
    BINDINGS = [Binding("f8", "noop", "Go")]

    def action_noop(self) -> None:
        pass


class Keys(App):
    BINDINGS = [Binding("f2", "why", "Why?"), Binding("f3", "back", "Back")]

    def compose(self):
        yield Input(id="line")
        yield Button("plain", id="plain")
        yield Go("go", id="go")
        yield KeysFooter(compact=True, show_command_palette=False)

    def action_why(self) -> None:
        pass

    def action_back(self) -> None:
        pass


def shown(app) -> list[tuple[str, str]]:
    return [(key.key_display.lower(), key.description) for key in app.screen.query(FooterKey)]


async def test_the_footer_shows_the_keys_and_follows_a_change_of_them():
    app = Keys()
    async with app.run_test(size=(100, 10)) as pilot:
        await pilot.pause()
        assert ("f2", "Why?") in shown(app) and ("f3", "Back") in shown(app)
        assert ("f8", "Go") not in shown(app)
        app.set_focus(app.query_one("#go"))
        await pilot.pause()
        await pilot.pause()
        assert ("f8", "Go") in shown(app)  # the focused button's own key
        app.set_focus(app.query_one("#line"))
        await pilot.pause()
        await pilot.pause()
        assert ("f8", "Go") not in shown(app) and ("f2", "Why?") in shown(app)


async def test_the_footer_is_not_rebuilt_when_its_keys_stay_the_same():
    app = Keys()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        before = list(app.screen.query(FooterKey))
        assert before
        app.set_focus(app.query_one("#plain"))
        await pilot.pause()
        app.set_focus(app.query_one("#line"))
        await pilot.pause()
        assert list(app.screen.query(FooterKey)) == before  # the same widgets, not new ones
        assert all(key.is_attached for key in before)
