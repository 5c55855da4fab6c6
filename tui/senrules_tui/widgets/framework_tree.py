"""The framework in a side panel: sections, standards and criteria, each
with its live verdict.  Enter on a standard jumps to its questions; on a
criterion, explains its verdict.

Each node is named in words, its verdict first: a section by its title, a
standard or criterion by its text, cut at a word to fit the panel
(:func:`senrules.wording.short_title`), with its number dimmed after it
(``met Programmes and interventions are regularly… (S1.1)``); an undecided
verdict is "still open", as the conversation says it.  The text is
cut when the line is drawn, for the panel's width then, so a narrow panel
cuts the words, never the verdict or the number."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from senrules.wording import short_title
from senrules_tui.wording import verdict_words

#: Verdict colours for each theme, chosen so that each reads at 4.5:1 or more
#: (WCAG 2 AA) against the panel's background ($surface) of that theme; the
#: test computes the ratios from the themes' own colours.
PALETTE = {
    "dark": {"good": "#7FD88F", "satisfactory": "#F0C75E", "inadequate": "#FF7A7A", "unknown": "#A0A0A0", "other": "#E08FE0"},
    "light": {"good": "#0F5E27", "satisfactory": "#6B4400", "inadequate": "#9A1B14", "unknown": "#4A4A4A", "other": "#7B1F94"},
}
_KIND = {
    "outstanding": "good", "good": "good", "met": "good", "satisfactory": "satisfactory", "partly_met": "satisfactory",
    "unclear": "satisfactory", "inadequate": "inadequate", "not_met": "inadequate", "unknown": "unknown",
    "not_applicable": "unknown", "no outcome": "other",
}


def verdict_style(verdict: str, dark: bool = True) -> str:
    colour = PALETTE["dark" if dark else "light"][_KIND.get(verdict, "unknown")]
    return f"bold {colour}" if verdict == "outstanding" else colour


def verdict_text(ident: str, verdict: str, dark: bool = True, *, verdict_first: bool = False) -> Text:
    """``Overall good``; with ``verdict_first``, ``good Outcomes`` (a section by its
    title: a narrow panel then cuts the end of the title, never the verdict); an
    undecided verdict in the conversation's words, ``Overall still open``
    (:func:`senrules_tui.wording.verdict_words`)."""
    if verdict_first:
        t = Text(verdict_words(verdict), style=verdict_style(verdict, dark))
        t.append(f" {ident}")
        return t
    t = Text(f"{ident} ")
    t.append(verdict_words(verdict), style=verdict_style(verdict, dark))
    return t


#: the fewest characters of a title worth showing (and two words at least); in less room a node is its
#: verdict and number
MIN_WORDS = 12


def fitted_name(words: str | None, code: str | None, width: int | None = None) -> Text:
    """A standard or criterion in its words with its number dimmed after
    them, ``Programmes and interventions are regularly… (S1.1)``, the words
    cut at a word (:func:`short_title`) so that the whole fits in ``width``
    cells; only the number where fewer than :data:`MIN_WORDS` characters of
    words would fit."""
    if words and short_title(words) == code:  # a title that is only its number: said once
        words = None
    tail = f" ({code})" if code else ""
    room = 60 if width is None else width - len(tail)
    shown = short_title(words, room - 1) if words and room > 1 else ""  # short_title's "…" comes after its width
    if code and (len(shown.rstrip("\u2026")) < MIN_WORDS or " " not in shown):
        return Text(code)  # a word or two tell nothing: the number alone
    t = Text(shown)
    if tail:
        t.append(tail, style="dim")
    return t


def named_text(words: str | None, code: str | None, verdict: str, dark: bool = True, width: int | None = None) -> Text:
    """A node in words, its verdict first (:func:`fitted_name` after it):
    ``still open Programmes and interventions are regularly… (S1.1)``."""
    shown = verdict_words(verdict)
    t = Text(shown + " ", style="")
    t.stylize(verdict_style(verdict, dark), 0, len(shown))
    t.append_text(fitted_name(words, code, None if width is None else width - len(shown) - 1))
    return t


class FrameworkTree(Tree):
    @dataclass
    class Jumped(Message):
        ident: str

    @dataclass
    class ExplainAsked(Message):
        ident: str

    def __init__(self, **kwargs):
        # what each node is called: (its words, its number); the overall is "Overall".  Set first: the
        # tree draws its root's label while it is made
        self._names: dict[str, tuple[str | None, str | None]] = {}
        self._room = -1  # the width the labels were last cut to (render_line)
        super().__init__("Framework", **kwargs)
        self.show_root = False
        self.guide_depth = 2  # the least Textual allows: the room is for the words
        self._by_id: dict[str, object] = {}
        # out of the Tab chain: reached with F5 (or the mouse), so that Tab then
        # Enter from the input line cannot jump to a standard by accident
        self.can_focus = False
        self._verdicts: dict[str, str] = {}

    @property
    def dark(self) -> bool:
        try:
            return self.app.current_theme.dark
        except Exception:  # noqa: BLE001 - not mounted yet
            return True

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.update_verdicts(dict(self._verdicts)))

    def take_focus(self) -> None:
        self.can_focus = True
        self.focus()

    def on_blur(self) -> None:
        self.can_focus = False

    def build(self, judgements) -> None:
        """Build from a result's judgements (framework order)."""
        self.clear()
        self._by_id = {}
        section = standard = None
        for j in judgements:
            self._verdicts[j.id] = j.verdict
            if j.kind == "section":
                self._names[j.id] = (j.title or j.id, None)
            elif j.kind in ("standard", "criterion"):
                self._names[j.id] = (j.title, j.id)
            if j.kind == "section":
                section = self.root.add(self._label(j.id), data=j.id, expand=True)
                self._by_id[j.id] = section
            elif j.kind == "standard":
                standard = (section or self.root).add(self._label(j.id), data=j.id, expand=False)
                self._by_id[j.id] = standard
            elif j.kind == "criterion" and standard is not None:
                self._by_id[j.id] = standard.add_leaf(self._label(j.id), data=j.id)
            elif j.kind == "overall":
                self._by_id[j.id] = self.root.add_leaf(self._label(j.id), data=j.id)

    def _label(self, ident: str, width: int | None = None) -> Text:
        verdict = self._verdicts.get(ident, "unknown")
        if ident not in self._names:  # the overall
            return verdict_text("Overall", verdict, self.dark)
        words, code = self._names[ident]
        return named_text(words, code, verdict, self.dark, width)

    def update_verdicts(self, verdicts: dict[str, str]) -> None:
        self._verdicts.update(verdicts)
        for ident, node in self._by_id.items():
            if ident in verdicts:
                node.set_label(self._label(ident))

    def render_line(self, y: int):
        """A line of the tree, drawn again when the room for labels changed.
        Textual caches a line by the widget's width, but a label is cut to
        the width inside the scrollbar, which appears and goes as nodes open
        and close: the lines cut for the old room are dropped first."""
        room = self.scrollable_content_region.width
        if room != self._room:
            self._room = room
            self._line_cache.clear()  # Textual's own line cache (Tree._clear_line_cache would also drop the layout)
        return super().render_line(y)

    def render_label(self, node, base_style, style) -> Text:
        """The node's label cut to the panel's width now (the tree caches
        each line by width, so a resized panel draws it again)."""
        ident = node.data
        if ident not in self._names:
            return super().render_label(node, base_style, style)
        depth = 0
        parent = node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        prefix = len(self.ICON_NODE) if node.allow_expand else 0
        width = self.scrollable_content_region.width - depth * self.guide_depth - prefix
        label = self._label(ident, width if width > 0 else None)
        label.stylize(style)
        drawn = super().render_label(node, base_style, style)  # Textual's own expander icon, kept as it draws it
        return Text.assemble(drawn[:prefix], label)

    def show_current(self, standard: str | None) -> None:
        node = self._by_id.get(standard) if standard else None
        if node is None:
            return
        for ident, other in self._by_id.items():
            if other is not node and getattr(other, "is_expanded", False) and other.parent is not self.root:
                other.collapse()
        node.expand()
        self.move_cursor(node)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        ident = event.node.data
        if not ident:
            return
        if event.node.children or ident.startswith("S") and "." not in ident:
            self.post_message(self.Jumped(ident))
        else:
            self.post_message(self.ExplainAsked(ident))
