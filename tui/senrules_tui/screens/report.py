"""The report: grades with reasons, gaps, the editable action plan, the
three-year trends as terminal charts, and the benchmark comparison."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Markdown, Static, TabbedContent, TabPane

from senrules_tui import insights


class ReportScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back to the chat", id="report.close", key_display="Esc", tooltip="Close the report"),
        Binding("e", "edit_cell", "Edit cell", id="report.edit", key_display="e", tooltip="Edit the selected cell of the action plan"),
        Binding("ctrl+e", "export", "Export", id="report.export", key_display="^e", tooltip="Write the report, action plan and JSON into ./senrules-export"),
    ]

    def __init__(self, session, **kwargs):
        super().__init__(**kwargs)
        self.session = session
        self.rows = session.plan_rows()

    def compose(self) -> ComposeResult:
        s = self.session
        yield Header()
        with TabbedContent(id="report-tabs"):
            with TabPane("Grades", id="tab-grades"):
                with VerticalScroll():
                    if s.kind == "self-evaluation" and s.cases is None:  # the grades as a table (below)
                        yield from self._grades()
                    else:  # a proposal check, a case export: their own report
                        yield Markdown(s.report_reply().md, id="grades")
            if s.rater_mode:
                with TabPane("Views by rater", id="tab-raters"):
                    with VerticalScroll(id="raters-unread-box"):
                        yield Static(id="raters-unread")
                    yield DataTable(id="raters", cursor_type="row", zebra_stripes=True)
            with TabPane("Action plan", id="tab-plan"):
                yield Label(("nasen's action plan following the audit, from where the raters' views differ."
                             if s.rater_mode else "nasen's action plan, proposed from the gaps.")
                            + " Select a cell and press e (or Enter) to edit it; edits are saved at once.", classes="hint")
                yield DataTable(id="plan", cursor_type="cell", zebra_stripes=True)
            if any(f.per_year for f in s.rs.facts.values()):  # no yearly figure (an audit, a document): nothing to chart
                with TabPane("Trends", id="tab-trends"):
                    with VerticalScroll():
                        yield Static(self._trends(), id="trends")
                with TabPane("Benchmarks", id="tab-benchmarks"):
                    with VerticalScroll():
                        yield Static(self._benchmarks(), id="benchmarks")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Report"
        self._fill_plan()
        if self.session.rater_mode:
            self._fill_raters()

    def _fill_raters(self) -> None:
        """Each area's best fit by rater, DIFFER where two raters' differ."""
        from senrules_tui import rater_views

        c = rater_views.comparison(self.session)
        table = self.query_one("#raters", DataTable)
        table.clear(columns=True)
        table.add_column("area", key="area", width=36)
        for r in c.raters:
            table.add_column(r, key=f"rater:{r}")
        table.add_column("views", key="views")
        for a in c.areas:
            table.add_row(f"{rater_views.short_heading(a.title, 28)} ({a.id})",  # its words, its number after them
                          *(rater_views.level_words(c, v) for _, v in a.verdicts), "DIFFER" if a.differ else "", key=a.id)
        # what of the other raters' could not be read: named beneath the table, never left out without a word
        from senrules_tui.widgets.message_text import message_content

        unread = rater_views.unread_markdown(rater_views.unread_evidence(self.session))
        note = self.query_one("#raters-unread", Static)
        note.update(message_content(unread) if unread else "")
        self.query_one("#raters-unread-box").display = note.display = bool(unread)

    def _grades(self) -> ComposeResult:
        """The grades under their heading, then the gaps to the next grade."""
        from senrules_tui.widgets.grades_table import grades_table
        from senrules_tui.widgets.message_text import message_content

        s = self.session
        reply = s.report_reply().md
        heading, _, rest = reply.partition("\n")
        gaps = rest.partition("\nGaps to the next grade:")[2]
        yield Static(message_content(heading), id="grades-heading")
        yield Static(grades_table(s.grade_rows()), id="grades")
        if gaps:
            yield Static(message_content("Gaps to the next grade:" + gaps), id="grades-gaps")

    def _trends(self) -> str:
        values = self.session.insight_values()
        return insights.trends_text(insights.series(self.session.rs, values, self.session.year))

    def _benchmarks(self) -> str:
        values = self.session.insight_values()
        return insights.benchmark_table(insights.benchmarks(self.session.rs, values, self.session.year))

    def _fill_plan(self) -> None:
        table = self.query_one("#plan", DataTable)
        table.clear(columns=True)
        table.add_column("#", key="n")
        fields = self.session.plan_fields()
        for f in fields:
            table.add_column(self.session.plan_heading(f), key=f, width=28 if f != "by_when" else 16)
        for i, row in enumerate(self.rows, 1):
            table.add_row(str(i), *(_short(row.get(f) or "") for f in fields), key=str(i), height=None)

    def action_edit_cell(self) -> None:
        table = self.query_one("#plan", DataTable)
        if not self.rows or self.query_one(TabbedContent).active != "tab-plan":
            return
        row, col = table.cursor_coordinate
        if col == 0:
            col = 1
        field = self.session.plan_fields()[col - 1]

        def done(value: str | None) -> None:
            if value is None:
                return
            self.rows[row][field] = value
            self.save_plan(list(self.rows))
            self._fill_plan()
            table.move_cursor(row=row, column=col)

        self.app.push_screen(EditCellScreen(self.session.plan_heading(field), self.rows[row].get(field) or ""), done)

    @on(DataTable.CellSelected)
    def cell_selected(self, event: DataTable.CellSelected) -> None:
        self.action_edit_cell()

    @work(thread=True, exclusive=True, group="engine")
    def save_plan(self, rows: list[dict]) -> None:
        from senrules.errors import SenrulesError

        try:
            self.session.save_plan(rows)
        except SenrulesError as err:
            self.app.call_from_thread(self.notify, f"The plan could not be saved: {err.message}", severity="error")
            return
        self.app.call_from_thread(self.notify, "Saved.", timeout=2)

    @work(thread=True, exclusive=True, group="engine")
    def action_export(self) -> None:
        from pathlib import Path

        reply = self.session.export(Path(self.app.export_dir or "senrules-export"))
        self.app.call_from_thread(self.notify, reply.text, title="Export", timeout=8)


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


class CellInput(Input):
    """The cell's text: Ctrl+A selects all of it, as in a spreadsheet or an
    editor (Textual's Input moves to the start, as a shell does)."""

    BINDINGS = [Binding("ctrl+a", "select_all", "Select all", show=False, id="edit.select_all")]


class EditCellScreen(ModalScreen[str | None]):
    """Edit one cell of the action plan."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="edit.cancel", key_display="Esc", tooltip="Leave the cell as it was")]

    def __init__(self, heading: str, value: str, **kwargs):
        super().__init__(**kwargs)
        self.heading = heading
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="edit-dialog"):
            yield Label(self.heading, classes="panel-title")
            yield CellInput(self.value, id="edit-value")
            yield Label("Enter saves; Esc leaves the cell as it was.", id="edit-hint", classes="hint")
            with Vertical(id="edit-buttons"):
                yield Button("Save", id="edit-save", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    @on(Button.Pressed, "#edit-save")
    def save(self) -> None:
        self.dismiss(self.query_one(Input).value)

    def action_cancel(self) -> None:
        self.dismiss(None)
