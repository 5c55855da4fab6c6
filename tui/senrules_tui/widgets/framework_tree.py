"""The framework in a side panel: sections, standards and criteria, each
with its live verdict.  Enter on a standard jumps to its questions; on a
criterion, explains its verdict."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

from senrules.wording import short_title

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
    """``S1 good``; with ``verdict_first``, ``good Outcomes`` (a section by its
    title: a narrow panel then cuts the end of the title, never the verdict)."""
    if verdict_first:
        t = Text(verdict.replace("_", " "), style=verdict_style(verdict, dark))
        t.append(f" {ident}")
        return t
    t = Text(f"{ident} ")
    t.append(verdict.replace("_", " "), style=verdict_style(verdict, dark))
    return t


class FrameworkTree(Tree):
    @dataclass
    class Jumped(Message):
        ident: str

    @dataclass
    class ExplainAsked(Message):
        ident: str

    def __init__(self, **kwargs):
        super().__init__("Framework", **kwargs)
        self.show_root = False
        self._by_id: dict[str, object] = {}
        # out of the Tab chain: reached with F5 (or the mouse), so that Tab then
        # Enter from the input line cannot jump to a standard by accident
        self.can_focus = False
        self._verdicts: dict[str, str] = {}
        self._labels: dict[str, str] = {}  # what each node is called: a section by its title, a standard by its number

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
            # a section by its title (its verdict first, so that a narrow panel cuts the title, not the verdict)
            self._labels[j.id] = (short_title(j.title, 40) if j.kind == "section" and j.title
                                  else "Overall" if j.kind == "overall" else j.id)
            if j.kind == "section":
                section = self.root.add(verdict_text(self._labels[j.id], j.verdict, self.dark, verdict_first=j.title is not None),
                                        data=j.id, expand=True)
                self._by_id[j.id] = section
            elif j.kind == "standard":
                parent = section or self.root
                standard = parent.add(verdict_text(j.id, j.verdict, self.dark), data=j.id, expand=False)
                self._by_id[j.id] = standard
            elif j.kind == "criterion" and standard is not None:
                self._by_id[j.id] = standard.add_leaf(verdict_text(j.id, j.verdict, self.dark), data=j.id)
            elif j.kind == "overall":
                self._by_id[j.id] = self.root.add_leaf(verdict_text("Overall", j.verdict, self.dark), data=j.id)

    def update_verdicts(self, verdicts: dict[str, str]) -> None:
        self._verdicts.update(verdicts)
        dark = self.dark
        for ident, node in self._by_id.items():
            if ident in verdicts:
                label = "Overall" if ident == "overall" or getattr(node, "data", None) == "overall" else self._labels.get(ident, ident)
                node.set_label(verdict_text(label, verdicts[ident], dark, verdict_first=label != ident and label != "Overall"))

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
