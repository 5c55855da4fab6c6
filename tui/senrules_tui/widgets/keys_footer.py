"""The chat screen's footer: Textual's ``Footer``, rebuilt only when the keys
it shows change.

Textual's footer removes and mounts all its key widgets again whenever the
screen's bindings may have changed (a focus change, a widget enabled), even
when the keys shown stay the same.  Before the first question is on screen
that happened three times, about 30 ms of CPU and the styling and layout of
16 key widgets that were thrown away; here the keys are compared first.
"""

from __future__ import annotations

from textual.widgets import Footer


class KeysFooter(Footer):
    """A ``Footer`` that recomposes only when what it would show differs."""

    _shown: tuple | None = None

    def _keys(self) -> tuple:
        """Everything the footer draws: each shown binding's key as
        displayed, description, action, group, tooltip and whether it is
        enabled, and the footer's own options."""
        keys = tuple(
            (binding.key, self.app.get_key_display(binding), binding.description, binding.action,
             id(binding.group) if binding.group is not None else None, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.compact, self.show_command_palette

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown and self.children:
            return
        self._shown = keys
        await super().recompose()
