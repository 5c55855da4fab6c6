"""The baseline of every assistant start-up benchmark: the smallest Textual
app (one label, exits after its first refresh), run as ``python -c`` so that
it pays the same interpreter and Textual start as the assistant."""

import textwrap

MINIMAL_TEXTUAL = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Label

    class Minimal(App):
        def compose(self):
            yield Label("ready")

        def on_mount(self):
            self.call_after_refresh(self.exit)

    Minimal().run(headless=True)
    """
)
