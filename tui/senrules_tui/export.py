"""Writing the self-evaluation out: report, action plan and JSON result.

:func:`export_all` writes into a folder:

* ``self-evaluation.md``, ``self-evaluation.html`` and
  ``self-evaluation.docx``: the report, built once by
  :mod:`senrules.document` (the same module the command line's reports use)
  from the session's result, evidence, answers and action plan;
* ``action-plan.csv`` (with a byte order mark, so Excel reads it as UTF-8),
  ``action-plan.xlsx`` and ``grades.csv``;
* ``result.json``: the engine's versioned JSON result
  (:meth:`senrules.result.Result.to_json`).

Files holding answers and notes are written readable by their owner only,
each whole or not at all (:func:`senrules.files.write_private`, which the
proposal check's and the case summary's exports and the command line use too).
"""

from __future__ import annotations

from pathlib import Path

from senrules import document
from senrules.files import write_private  # noqa: F401 - the one safe writer, used by the assistant's exports
from senrules.document import Block, grades_csv, plan_csv, to_html, to_markdown  # noqa: F401 - used by callers

from senrules_tui import plan as plan_mod


def report_input(session) -> document.ReportInput:
    """What the report is built from, taken from the session."""
    from senrules_tui.understand import shown_value

    ctx = session.context
    answers = []
    for (fact, year), a in session.latest().items():
        f = session.rs.facts[fact]
        what = f.label or f.question or fact.replace("_", " ")
        answers.append((what + (f" ({year})" if year else ""), shown_value(a.value, f), a.note or "",
                        a.answered_at.strftime("%Y-%m-%d %H:%M")))
    evidence = ctx.display(ctx.data_dir) if ctx.data_dir else "answers given in the assistant (no data folder)"
    sources = {}  # what set each parameter value is in the result (ParameterUse.source)
    return document.ReportInput(
        result=session.result, rs=session.rs, service=ctx.service, evidence=evidence,
        values=session.insight_values(), plan_rows=tuple(session.plan_rows()), answers=tuple(answers),
        problems=tuple(p.render() for p in session.gathered.problems), parameter_sources=sources,
    )


def build_report(session) -> list[Block]:
    """The report as blocks (see :func:`senrules.document.build`)."""
    return document.build(report_input(session))


def plan_xlsx(rows: list[dict], path: Path, *, columns: list[tuple[str, str]] | None = None) -> bool:
    """The action plan as a workbook; False when openpyxl is missing.
    ``columns`` is (heading, field) for each column, the status last
    (default: nasen's six columns and the status)."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return False
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    if columns is None:
        ws.append([plan_mod.HEADINGS[f] for f in plan_mod.FIELDS] + [plan_mod.STATUS_HEADING])
    else:
        ws.append([heading for heading, _ in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        if columns is None:
            ws.append([row.get(f) or "" for f in plan_mod.FIELDS] + [plan_mod.status_words(row)])
        else:
            ws.append([row.get(f) or "" for _, f in columns])
    widths = (40, 50, 24, 16, 50, 50, 20) if columns is None else tuple(12 if f in ("id", "status") else 32 for _, f in columns)
    for col, width in zip("ABCDEFGHIJK", widths):
        ws.column_dimensions[col].width = width
    for r in ws.iter_rows(min_row=1):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    write_private(path, wb.save)
    return True


def _with_raters(blocks: list[Block], extra: list[Block], *, rater: str | None = None) -> list[Block]:
    """The report with the raters' blocks in place of its single-rater
    action plan section (which would show the same rows in other columns),
    and the answers with who gave them (``rater``)."""
    out, skipping = [], False
    for b in blocks:
        if b.kind == "table" and b.header == ("question", "answer", "note", "given") and rater:
            # who gave each answer: a column of its own
            b = Block("table", header=("question", "answer", "rater", "note", "given"),
                      items=tuple((q, a, rater, n, g) for q, a, n, g in b.items))
        if b.kind == "h2":
            skipping = b.text == "Action plan"
            if skipping:
                out.extend(extra)
                continue
        if not skipping:
            out.append(b)
    if not any(b in out for b in extra):
        out.extend(extra)
    return out


def export_all(session, folder: Path) -> list[Path]:
    """Write every export into ``folder`` (created if needed); returns the
    files written.  Raises :class:`senrules.SenrulesError` when the folder
    cannot be written."""
    from senrules.errors import SenrulesError

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        blocks = build_report(session)
        rows = session.plan_rows()
        several = getattr(session, "rater_mode", False)
        if several:  # the views by rater and nasen's audit plan from them, in the report and as compare's CSV
            from senrules_tui import rater_views

            blocks = _with_raters(blocks, rater_views.report_blocks(session), rater=rater_views.this_rater(session))
        written = []
        for name, text in (
            ("self-evaluation.md", to_markdown(blocks)),
            ("self-evaluation.html", to_html(blocks)),
            ("action-plan.csv", rater_views.plan_csv(session) if several else plan_csv(rows)),
            ("grades.csv", grades_csv(session.result)),
            ("result.json", session.result.to_json() + "\n"),
        ):
            write_private(folder / name, text)
            written.append(folder / name)
        docx = folder / "self-evaluation.docx"
        write_private(docx, lambda tmp: document.to_docx(blocks, tmp))
        written.append(docx)
        columns = None
        if several:
            from senrules.raters import PLAN_FIELDS, PLAN_HEADINGS

            columns = [(PLAN_HEADINGS[f], f) for f in PLAN_FIELDS] + [("Status", "status")]
            rows = [{**r, "status": rater_views.STATUS_WORDS.get(r.get("status"), r.get("status") or "")} for r in rows]
        if plan_xlsx(rows, folder / "action-plan.xlsx", columns=columns):
            written.append(folder / "action-plan.xlsx")
    except OSError as err:
        raise SenrulesError(f"{folder}: cannot write the export ({err.strerror or err})") from None
    return written
