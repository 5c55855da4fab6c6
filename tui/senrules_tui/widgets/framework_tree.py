"""The framework in a side panel: sections, standards and criteria, each
with its live verdict.  Enter on a standard jumps to its questions; on a
criterion, explains its verdict.

Each row names its node in words first, as the rest of the assistant
does: a section by its title, a standard or criterion by its text (by its
heading where the text is a heading and its description, as nasen's
areas are), cut at a word to fit the panel, its number dimmed after it,
then its verdict set to the panel's right edge so that the verdicts make a
column (``Programmes and interventions are… (S1.1)      met``); an
undecided verdict is "still open", as the conversation says it.  The row
is cut when it is drawn, for the panel's width then: a narrow panel cuts
the words, then drops the number, never the verdict.  The whole words
are the row's tooltip, and Enter on a criterion explains it in full."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from senrules.wording import short_title, split_heading, titled
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


#: the fewest characters of a title worth showing with its number after it (and two words at least); in
#: less room the number goes first, then the words are cut shorter
MIN_WORDS = 12
#: the fewest characters of words ever shown ("Signpo…"); in less room a node is its number alone
MIN_CUT = 5


def heading(words: str | None) -> str | None:
    """What a row shows of a text that is a heading and its description
    (nasen's "Learning at home: We enable parents ..."): its heading, as
    :func:`senrules.wording.titled` names it; any other text whole."""
    split = split_heading(words) if words else None
    return split[0] if split is not None and split[1] else words


def _cut(words: str, room: int) -> str:
    """``words`` in ``room`` cells: at a word where a word or two fit
    (:func:`short_title`), else cut inside a word ("Signpo…"); "" in less
    than :data:`MIN_CUT`."""
    if len(words) <= room:
        return words
    shown = short_title(words, room - 1) if room > 1 else ""  # short_title's "…" comes after its width
    if MIN_CUT <= len(shown) <= room:
        return shown
    return words[: room - 1].rstrip(" ,;:(") + "\u2026" if room >= MIN_CUT else ""


def _names_itself(words: str, code: str) -> bool:
    """Whether a node's identifier is one of its own title's words, as the
    Improvement Test's standards are named (``standard also "LAs should
    also"``): after the words it would say nothing more.  Only a word of
    three letters or more: a criterion numbered (a) keeps its number beside
    a title with "a" in it."""
    if len(code) < 3 or not code.isalpha():
        return False
    return code.casefold() in {w.strip(".,;:()\u2019'").casefold() for w in words.split()}


def fitted_name(words: str | None, code: str | None, width: int | None = None) -> Text:
    """A standard or criterion in its words with its number dimmed after
    them, ``Programmes and interventions are regularly… (S1.1)``, the whole
    fitted to ``width`` cells: the words cut at a word; where fewer than
    :data:`MIN_WORDS` characters of them (and not all of them) would fit
    beside the number, the words alone, cut shorter (the number is the first thing dropped: a
    person reads the words); the number alone only where not even
    :data:`MIN_CUT` characters of words fit."""
    if words and short_title(words) == code:  # a title that is only its number: said once
        words = None
    if words and code and _names_itself(words, code):
        code = None
    words = " ".join(words.split()).rstrip(".") if words else words
    tail = f" ({code})" if code else ""
    room = 60 if width is None else width
    if not words:
        return Text(code or "")
    shown = _cut(words, room - len(tail)) if tail else ""
    if tail and shown and (shown == words or len(shown.rstrip("\u2026")) >= MIN_WORDS and " " in shown):
        t = Text(shown)
        t.append(tail, style="dim")
        return t
    shown = _cut(words, room)
    return Text(shown) if shown else Text(code or words[:room])


def named_text(words: str | None, code: str | None, verdict: str, dark: bool = True, width: int | None = None) -> Text:
    """A node as a row of the panel: its words first (a heading and its
    description by the heading), its number dimmed after them
    (:func:`fitted_name`), then its verdict, set to the right edge of
    ``width`` cells so that the verdicts make a column:
    ``Programmes and interventions are… (S1.1)      met``.  A narrow row cuts
    the words, then drops the number; never the verdict."""
    shown = verdict_words(verdict)
    room = None if width is None else width - len(shown) - 1
    t = fitted_name(heading(words), code, room).copy()
    gap = 1 if room is None else max(1, width - len(shown) - t.cell_len)
    t.append(" " * gap)
    t.append(shown, style=verdict_style(verdict, dark))
    return t


def full_words(words: str | None, code: str | None, verdict: str) -> str:
    """A node's whole words, its number and its verdict, for its tooltip:
    ``Learning at home (PE5): We enable parents … — strong``."""
    named = titled(code, words, whole=True) if code and words else (words or code or "")
    return f"{named} \u2014 {verdict_words(verdict)}"


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

    def build(self, judgements, title=lambda j: j.title) -> None:
        """Build from a result's judgements (framework order), each named
        by ``title(judgement)`` (a proposal check's key factor by its title)."""
        self.clear()
        self._by_id = {}
        section = standard = None
        for j in judgements:
            self._verdicts[j.id] = j.verdict
            if j.kind == "section":
                self._names[j.id] = (j.title or j.id, None)
            elif j.kind in ("standard", "criterion"):
                self._names[j.id] = (title(j), j.id)
            elif j.kind == "overall":
                self._names[j.id] = ("Overall", None)
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
        words, code = self._names.get(ident, (ident, None))
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

    def watch_hover_line(self, previous_hover_line: int, hover_line: int) -> None:
        """The row under the mouse in its whole words, as its tooltip (a row
        shows the words cut to the panel)."""
        super().watch_hover_line(previous_hover_line, hover_line)
        node = self._get_node(hover_line)
        self.tooltip = self.full_words(node.data) if node is not None else None

    def full_words(self, ident: str) -> str | None:
        """What the row of ``ident`` says in whole words (its tooltip)."""
        if ident not in self._names:
            return None
        words, code = self._names[ident]
        return full_words(words, code, self._verdicts.get(ident, "unknown"))

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
