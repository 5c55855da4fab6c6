"""The framework in a side panel: sections, standards and criteria, each
with its live verdict.  Enter on a standard jumps to its questions; on a
criterion, explains its verdict."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import Tree

STYLE = {
    "outstanding": "bold green", "good": "green", "met": "green", "satisfactory": "yellow", "partly_met": "yellow",
    "inadequate": "red", "not_met": "red", "unknown": "dim", "no outcome": "magenta",
    "unclear": "yellow", "not_applicable": "dim",
}


def verdict_text(ident: str, verdict: str) -> Text:
    t = Text(f"{ident} ")
    t.append(verdict.replace("_", " "), style=STYLE.get(verdict, ""))
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

    def build(self, judgements) -> None:
        """Build from a result's judgements (framework order)."""
        self.clear()
        self._by_id = {}
        section = standard = None
        for j in judgements:
            if j.kind == "section":
                section = self.root.add(verdict_text(j.id, j.verdict), data=j.id, expand=True)
                self._by_id[j.id] = section
            elif j.kind == "standard":
                parent = section or self.root
                standard = parent.add(verdict_text(j.id, j.verdict), data=j.id, expand=False)
                standard.set_label(verdict_text(j.id, j.verdict))
                self._by_id[j.id] = standard
            elif j.kind == "criterion" and standard is not None:
                self._by_id[j.id] = standard.add_leaf(verdict_text(j.id, j.verdict), data=j.id)
            elif j.kind == "overall":
                self._by_id[j.id] = self.root.add_leaf(verdict_text("Overall", j.verdict), data=j.id)

    def update_verdicts(self, verdicts: dict[str, str]) -> None:
        for ident, node in self._by_id.items():
            if ident in verdicts:
                label = "Overall" if ident == "overall" or getattr(node, "data", None) == "overall" else ident
                node.set_label(verdict_text(label, verdicts[ident]))

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
