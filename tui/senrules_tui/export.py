"""Writing the self-evaluation out: report, action plan and JSON result.

:func:`export_all` writes into a folder:

* ``self-evaluation.md`` and ``self-evaluation.html``: the report (grades
  per standard and overall with reasons, the evidence behind each criterion
  with where it came from, the answers given and their notes, the gaps, the
  three-year trends (inline SVG charts in the HTML), the benchmark
  comparison, the action plan and the parameters used);
* ``action-plan.csv`` and ``action-plan.xlsx``: the action plan in nasen's
  columns (the workbook when openpyxl is installed; it is a senrules
  dependency, so normally it is);
* ``result.json``: the engine's versioned JSON result
  (:meth:`senrules.result.Result.to_json`).

The report is built once as a list of blocks and rendered twice, so the
Markdown and the HTML always say the same.
"""

from __future__ import annotations

import csv
import html
import io
import os
from pathlib import Path

import attrs

from senrules_tui import insights, plan as plan_mod
from senrules_tui.wording import level_words, reason


@attrs.frozen
class Block:
    kind: str  # h1, h2, h3, p, list, table, svg, pre
    text: str = ""
    items: tuple = ()
    header: tuple = ()


def build_report(session) -> list[Block]:
    """The report as blocks."""
    from senrules.report import format_parameter, format_value

    r = session.result
    rs = session.rs
    ctx = session.context
    stamp = r.ruleset
    B: list[Block] = []
    B.append(Block("h1", f"Self-evaluation: {ctx.service or 'the service'}"))
    B.append(Block("list", items=(
        f"Framework: {stamp.title or stamp.id} ({stamp.id} version {stamp.version or '-'}, rules hash {stamp.hash[:12]})",
        f"Evaluated as at {r.evaluation_date.isoformat()} (year {r.year})",
        f"Evidence: {ctx.display(ctx.data_dir) if ctx.data_dir else 'answers only (no data folder)'}; "
        f"answers saved in {session.store.path}",
        f"Overall grade: {level_words(r.overall)}",
    )))
    if r.notes:
        B.append(Block("list", items=tuple(f"Note: {n}" for n in r.notes)))

    B.append(Block("h2", "Grades"))
    rows = []
    for j in r.judgements:
        if j.kind in ("section", "standard", "overall"):
            label = "Overall" if j.kind == "overall" else f"{j.id} {j.title}"
            rows.append((label, level_words(j.verdict), reason(j)))
    B.append(Block("table", header=("standard", "grade", "reason"), items=tuple(rows)))

    B.append(Block("h2", "Gaps to the next grade"))
    if r.gaps:
        B.append(Block("list", items=tuple(f"{g.node} ({level_words(g.grade)}): {g.describe()}" for g in r.gaps)))
    else:
        B.append(Block("p", "No standard has a known grade below the best."))

    B.append(Block("h2", "Action plan"))
    rows = session.plan_rows()
    if rows:
        B.append(Block("table", header=tuple(plan_mod.HEADINGS[f] for f in plan_mod.FIELDS),
                       items=tuple(tuple(str(row.get(f) or "") for f in plan_mod.FIELDS) for row in rows)))
    else:
        B.append(Block("p", "The action plan is empty."))

    values = session.insight_values()
    all_series = insights.series(rs, values, r.year)
    B.append(Block("h2", "Three-year trends"))
    if all_series:
        for s in all_series:
            B.append(Block("h3", f"{s.fact}: {s.direction}"))
            B.append(Block("p", s.label))
            B.append(Block("svg", insights.trend_svg(s), items=tuple(insights.trend_chart(s))))
    else:
        B.append(Block("p", "No yearly indicator has figures for two or more of the last three years."))

    B.append(Block("h2", "Benchmarks"))
    comps = insights.benchmarks(rs, values, r.year)
    if comps:
        B.append(Block("table", header=insights.BENCHMARK_HEADER[:-1] + ("compared",), items=tuple(insights.benchmark_rows(comps))))
    else:
        B.append(Block("p", "No indicator has a benchmark figure in the evidence."))

    B.append(Block("h2", "Evidence and reasons, criterion by criterion"))
    for j in r.judgements:
        if j.kind != "criterion":
            continue
        B.append(Block("h3", f"{j.id}: {level_words(j.verdict)}"))
        B.append(Block("p", j.title))
        facts = []
        if j.citations:
            facts.append("Source: " + "; ".join(j.citations) + "".join(f". {title}: {level}" for _, title, level, _ in j.ratings))
        why = reason(j)
        if why:
            facts.append("Reason: " + why)
        for f in j.facts:
            prov = f" ({'; '.join(f.provenance)})" if f.provenance else ""
            facts.append(f"{f.fact} = {format_value(f.value)}{prov}")
        B.append(Block("list", items=tuple(facts)))

    answers = session.latest()
    B.append(Block("h2", "Answers given"))
    if answers:
        items = []
        for (fact, year), a in answers.items():
            from senrules_tui.understand import shown_value

            f = rs.facts[fact]
            items.append((fact + (f" ({year})" if year else ""), shown_value(a.value, f), a.note or "",
                          a.answered_at.strftime("%Y-%m-%d %H:%M")))
        B.append(Block("table", header=("fact", "answer", "note", "given"), items=tuple(items)))
    else:
        B.append(Block("p", "No answers were given: everything came from the evidence."))
    if session.gathered.problems:
        B.append(Block("h3", "Problems with the evidence"))
        B.append(Block("list", items=tuple(p.render() for p in session.gathered.problems)))

    B.append(Block("h2", "Parameters used"))
    B.append(Block("table", header=("parameter", "value", "why"),
                   items=tuple((p.name, format_parameter(p), p.doc or "") for p in r.parameters)))
    return B


# ------------------------------------------------------------------ renderers


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            out += ["#" * int(b.kind[1]) + " " + b.text, ""]
        elif b.kind == "p":
            out += [b.text, ""]
        elif b.kind == "list":
            out += [f"- {item}" for item in b.items] + [""]
        elif b.kind == "table":
            out.append("| " + " | ".join(_md_cell(h) for h in b.header) + " |")
            out.append("|" + " --- |" * len(b.header))
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in b.items]
            out.append("")
        elif b.kind == "svg":
            out += ["```text", *b.items, "```", ""]
        elif b.kind == "pre":
            out += ["```text", b.text, "```", ""]
    return "\n".join(out).rstrip() + "\n"


_CSS = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #eef2f7; }
h1, h2, h3 { line-height: 1.2; }
figure { margin: 0.5rem 0 1rem; }
@media (prefers-color-scheme: dark) { body { background: #121417; color: #e6e6e6; } th { background: #263040; } svg text { fill: #ddd; } }
"""


def to_html(blocks: list[Block], title: str) -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            out.append(f"<{b.kind}>{e(b.text)}</{b.kind}>")
        elif b.kind == "p":
            out.append(f"<p>{e(b.text)}</p>")
        elif b.kind == "list":
            out.append("<ul>" + "".join(f"<li>{e(str(i))}</li>" for i in b.items) + "</ul>")
        elif b.kind == "table":
            head = "".join(f'<th scope="col">{e(str(h))}</th>' for h in b.header)
            body = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in b.items)
            out.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif b.kind == "svg":
            out.append(f"<figure>{b.text}<figcaption><pre>{e(chr(10).join(b.items))}</pre></figcaption></figure>")
        elif b.kind == "pre":
            out.append(f"<pre>{e(b.text)}</pre>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def plan_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([plan_mod.HEADINGS[f] for f in plan_mod.FIELDS])
    for row in rows:
        w.writerow([row.get(f) or "" for f in plan_mod.FIELDS])
    return buf.getvalue()


def plan_xlsx(rows: list[dict], path: Path) -> bool:
    """The action plan as a workbook; False when openpyxl is missing."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError:
        return False
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append([plan_mod.HEADINGS[f] for f in plan_mod.FIELDS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row.get(f) or "" for f in plan_mod.FIELDS])
    for col, width in zip("ABCDEF", (40, 50, 24, 16, 50, 50)):
        ws.column_dimensions[col].width = width
    for r in ws.iter_rows(min_row=1):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # private before anything is in it
    wb.save(tmp)
    os.replace(tmp, path)
    return True


def _write(path: Path, text: str) -> None:
    """Write ``path`` whole (a temporary file renamed into place), readable
    only by its owner: exports hold the person's answers and notes."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def export_all(session, folder: Path) -> list[Path]:
    """Write every export into ``folder`` (created if needed); returns the
    files written.  Raises :class:`senrules.SenrulesError` when the folder
    cannot be written."""
    from senrules.errors import SenrulesError

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        blocks = build_report(session)
        title = blocks[0].text if blocks else "Self-evaluation"
        written = []
        for name, text in (
            ("self-evaluation.md", to_markdown(blocks)),
            ("self-evaluation.html", to_html(blocks, title)),
            ("action-plan.csv", plan_csv(session.plan_rows())),
            ("result.json", session.result.to_json() + "\n"),
        ):
            _write(folder / name, text)
            written.append(folder / name)
        if plan_xlsx(session.plan_rows(), folder / "action-plan.xlsx"):
            written.append(folder / "action-plan.xlsx")
    except OSError as err:
        raise SenrulesError(f"{folder}: cannot write the export ({err.strerror or err})") from None
    return written
