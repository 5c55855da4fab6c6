"""The self-evaluation report as a document: built once, rendered as
Markdown, HTML, Word (.docx) and CSV.

:func:`build` turns a :class:`~senrules.result.Result` (and, when there are
any, the evidence values, the action plan, the answers given and the
sources of the parameters) into a list of :class:`Block` values;
:func:`to_markdown`, :func:`to_html` and :func:`to_docx` render that one list,
so every format says the same.  The command line (``senrules evaluate
--format html|docx|markdown``) and the assistant's exports both come here.

The document is for people who do not read rule files: a one-page summary
first (overall and section grades, colour-coded and labelled in words, the
three strongest and three weakest standards, the biggest gaps), then the
grades with their reasons in words, the gaps, the action plan, the trends
(one chart each), the benchmarks by indicator name, the evidence criterion
by criterion with where each value came from, the answers given, and the
parameters used with the source that set each.  Reasons, needs and gaps come
from :mod:`senrules.wording` and the rule files' labels: no rule syntax and no
fact name appears.
"""

from __future__ import annotations

import csv
import html
import io

import attrs

from senrules import actionplan, trends
from senrules.wording import format_value, node_words, short_title

GRADE_ORDER = ("outstanding", "good", "satisfactory", "inadequate", "met", "partly_met", "not_met")
_COLOURS = {  # background, text: each also labelled in words; white on each is at least 4.5:1 (WCAG AA)
    "outstanding": ("#1a7f37", "#ffffff"), "met": ("#1a7f37", "#ffffff"),
    "good": ("#2f6fb0", "#ffffff"),
    "satisfactory": ("#9a6212", "#ffffff"), "partly_met": ("#9a6212", "#ffffff"),
    "inadequate": ("#b42318", "#ffffff"), "not_met": ("#b42318", "#ffffff"),
}
_UNKNOWN_COLOUR = ("#6b7280", "#ffffff")


def level_words(level: str | None) -> str:
    if level in (None, "unknown", "no outcome"):
        return "not yet decided" if level in (None, "unknown") else "no outcome"
    return level.replace("_", " ")


@attrs.frozen
class Block:
    """One piece of the document.

    ``kind``: ``h1``/``h2``/``h3``, ``p``, ``list`` (``items``), ``table``
    (``header``, ``items`` rows; ``grade_column`` the index of a column of
    levels to colour; ``style`` "plan" for the action plan's narrow layout;
    ``text`` a caption, said when the table does not follow a heading;
    the row header, which a screen reader announces with each cell, is the
    first column, the action plan's second, after its number),
    ``cards`` (``items`` of (label, level)), ``chart`` (``text`` an SVG,
    ``items`` its lines as text, ``header`` (years, values) rows for Word),
    ``pagebreak``."""

    kind: str
    text: str = ""
    items: tuple = ()
    header: tuple = ()
    grade_column: int | None = None
    style: str = ""


@attrs.frozen
class ReportInput:
    """What a report is built from.  Only ``result`` and ``rs`` are needed;
    the rest adds its section when given."""

    result: object
    rs: object
    service: str | None = None
    evidence: str | None = None  # where the evidence came from, in words
    values: dict | None = None  # facts after precedence, for trends and benchmarks
    plan_rows: tuple | None = None  # None: derive the plan from the result
    answers: tuple = ()  # (what, answer, note, given) rows
    problems: tuple = ()  # problems with the evidence, in words
    parameter_sources: dict | None = None  # parameter -> what set it ("--params local.toml", "parameter set X")
    lower_is_better: object = None


def _node_label(j) -> str:
    """A node as the report's tables name it: a standard by its words, its
    number after them in brackets (``Leaders have a clear vision ... (S7)``),
    as the rest of the report and the assistant say it; a section by its
    title, the overall as "Overall"."""
    if j.kind == "overall":
        return "Overall"
    if j.kind == "section":
        return j.title
    words = " ".join(j.title.split()).rstrip(".")
    return f"{words} ({j.id})" if words and words != j.id else j.id


def _standing(result, j) -> tuple[int, float]:
    """Sort key of a standard, strongest first: its grade, then the share of
    its criteria met."""
    rank = GRADE_ORDER.index(j.verdict) if j.verdict in GRADE_ORDER else 99
    met = [result.verdict(c) == "met" for c in j.children]
    return (rank, -(sum(met) / len(met) if met else 0))


def gap_text(result, g, width: int = 60) -> str:
    """A gap in words: parts by their words and number (sections by title);
    when no change of its parts would do, what else the better grade asks for."""
    text = g.describe(name=lambda ident: short_name(result, ident, width))
    if not g.options:
        short = result.shortfall(g.node, g.target)
        if short:
            text += f"; what stands in the way: {short}"
    return text


#: how much of a standard's text the one-page summary quotes (it must print on one page)
_SUMMARY_WIDTH = 48
#: how much of a criterion's text its heading holds (the whole text follows a heading that cut it)
_HEADING_WIDTH = 72


def build(inp: ReportInput) -> list[Block]:
    r, rs = inp.result, inp.rs
    stamp = r.ruleset
    B: list[Block] = []
    title = f"Self-evaluation: {inp.service}" if inp.service else "Self-evaluation"
    B.append(Block("h1", title))

    # ---------------------------------------------------------------- one-page summary
    B.append(Block("h2", "Summary"))
    about = [
        f"Framework: {stamp.title or stamp.id} (version {stamp.version or '-'})",
        f"Evaluated as at {format_value(r.evaluation_date)}",
    ]
    if inp.evidence:
        about.append(f"Evidence: {inp.evidence}")
    B.append(Block("list", items=tuple(about)))
    overall = next((j for j in r.judgements if j.kind == "overall"), None)
    cards = []
    def card(label, j):
        if j.known:
            return (label, j.verdict, "")
        could = " or ".join(level_words(p) for p in j.possible if p != "no outcome")
        return (label, j.verdict, f"could be {could}" if could else "")

    if overall is not None:
        cards.append(card("Overall grade", overall))
    cards += [card(j.title, j) for j in r.judgements if j.kind == "section"]
    B.append(Block("cards", items=tuple(cards)))
    standards = [j for j in r.judgements if j.kind == "standard"]
    decided = sorted((j for j in standards if j.known), key=lambda j: _standing(r, j))
    if decided:
        B.append(Block("h3", "Strongest areas"))
        B.append(Block("table", header=("standard", "grade"), grade_column=1,
                       items=tuple((_node_label(j), j.verdict) for j in decided[:3])))
        weakest = list(reversed(decided[-3:]))
        B.append(Block("h3", "Areas to develop"))
        B.append(Block("table", header=("standard", "grade"), grade_column=1,
                       items=tuple((_node_label(j), j.verdict) for j in weakest)))
    undecided = [j for j in standards if not j.known]
    if undecided:
        B.append(Block("p", "Not yet decided, for want of evidence: " + "; ".join(short_name(r, j.id, _SUMMARY_WIDTH) for j in undecided) + "."))
    big = sorted((g for g in r.gaps if rs.program.node(g.node).kind in ("overall", "section")),
                 key=lambda g: rs.program.node(g.node).kind != "overall")
    big += sorted((g for g in r.gaps if rs.program.node(g.node).kind == "standard"),
                  key=lambda g: min((o.size for o in g.options), default=99))[: max(0, 4 - len(big))]
    if big:
        B.append(Block("h3", "The biggest gaps"))
        B.append(Block("list", items=tuple(gap_line(r, g, _SUMMARY_WIDTH) for g in big)))
    for note in r.notes:
        B.append(Block("p", f"Note: {note}"))
    B.append(Block("pagebreak"))

    # ---------------------------------------------------------------- grades
    B.append(Block("h2", "Grades and reasons"))
    rows = []
    for j in r.judgements:
        if j.kind in ("section", "standard", "overall"):
            rows.append((_node_label(j), j.verdict, _reason(r, j)))
    B.append(Block("table", header=("standard", "grade", "why"), items=tuple(rows), grade_column=1, style="grades"))

    B.append(Block("h2", "Gaps to the next grade"))
    if r.gaps:
        B.append(Block("list", items=tuple(gap_line(r, g) for g in r.gaps)))
    else:
        B.append(Block("p", "No standard or section has a known grade below the best."))

    # ---------------------------------------------------------------- action plan
    B.append(Block("h2", "Action plan"))
    plan_rows = list(inp.plan_rows) if inp.plan_rows is not None else actionplan.propose(rs, r)
    if plan_rows:
        B.append(Block("table", style="plan",
                       header=("#",) + tuple(actionplan.HEADINGS[f] for f in actionplan.FIELDS) + (actionplan.STATUS_HEADING,),
                       items=tuple((str(i),) + tuple(str(row.get(f) or "") for f in actionplan.FIELDS)
                                   + (actionplan.status_words(row),) for i, row in enumerate(plan_rows, 1))))
    else:
        B.append(Block("p", "The action plan is empty: no gap to the next grade and no standard left undecided."))

    # ---------------------------------------------------------------- trends and benchmarks
    if inp.values is not None:
        lib = inp.lower_is_better or trends.default_lower_is_better()
        B.append(Block("h2", "Three-year trends"))
        all_series = trends.series(rs, inp.values, r.year, lower_is_better=lib)
        if all_series:
            for s in all_series:
                B.append(Block("h3", f"{s.label[:1].upper() + s.label[1:]}: {s.direction}"))
                bench = dict(s.benchmark)
                table = tuple((str(y), trends.format_figure(v, s.unit, s.kind), trends.format_figure(bench[y], s.unit, s.kind) if y in bench else "")
                              for y, v in s.values)
                B.append(Block("chart", trends.trend_svg(s), items=tuple(trends.trend_chart(s)), header=table))
        else:
            B.append(Block("p", "No yearly indicator has figures for two or more of the last three years."))
        B.append(Block("h2", "Benchmarks"))
        comps = trends.benchmarks(rs, inp.values, r.year, lower_is_better=lib)
        if comps:
            B.append(Block("table", header=("indicator", "year", "value", "benchmark", "difference", "compared"),
                           items=tuple(trends.benchmark_rows(comps))))
        else:
            B.append(Block("p", "No indicator has a benchmark figure in the evidence."))

    # ---------------------------------------------------------------- evidence
    B.append(Block("h2", "Evidence and reasons, criterion by criterion"))
    for j in r.judgements:
        if j.kind != "criterion":
            continue
        words = r.words(j)
        # the criterion by its words, its number after them; its whole text beneath when the heading had to cut it
        named = short_title(j.title, _HEADING_WIDTH)
        B.append(Block("h3", f"{named} ({j.id}): {level_words(j.verdict)}" if named and named != j.id
                       else f"{j.id}: {level_words(j.verdict)}"))
        if named != " ".join(j.title.split()).rstrip("."):
            B.append(Block("p", j.title))
        items = []
        if words.reason:
            items.append("Why: " + words.reason)
        elif j.verdict == "unknown":
            items.append("Not yet decided" + (": needs " + "; ".join(words.missing) if words.missing else ""))
        for f in j.facts:
            fact = rs.facts.get(f.fact)
            name = (fact.label if fact is not None and fact.label else f.fact.replace("_", " "))
            unit = fact.unit if fact is not None else None
            kind = fact.type.kind if fact is not None else None
            value = value_text(f.value, unit, kind)
            where = f" (from {'; '.join(f.provenance)})" if f.provenance else ""
            items.append(f"{name[:1].upper() + name[1:]}: {value}{where}")
        if j.citations:
            items.append("Source: " + "; ".join(j.citations) + "".join(f"; {title} {level}" for _, title, level, _ in j.ratings))
        B.append(Block("list", items=tuple(items)))

    if inp.answers:
        B.append(Block("h2", "Answers given"))
        B.append(Block("table", header=("question", "answer", "note", "given"), items=tuple(inp.answers)))
    if inp.problems:
        B.append(Block("h3", "Problems with the evidence"))
        B.append(Block("list", items=tuple(inp.problems)))

    # ---------------------------------------------------------------- parameters
    B.append(Block("h2", "How the vague words were read (parameters used)"))
    sources = inp.parameter_sources or {}
    rows = []
    for p in r.parameters:
        decl = rs.parameters.get(p.name)
        word = decl.label if decl is not None and decl.label else p.name.replace("_", " ")
        value = parameter_value(p)
        set_by = sources.get(p.name) or getattr(p, "source", None) or ("changed from the default" if p.overridden else
                                         f"the ruleset's value from {p.start}" if getattr(p, "start", None) else "the ruleset's default")
        rows.append((f"'{word}' ({p.name})", value, set_by, p.doc or ""))
    B.append(Block("table", header=("word in the standards", "taken as", "set by", "why"), items=tuple(rows), style="params"))
    B.append(Block("p", f"Ruleset {stamp.id} version {stamp.version or '-'}, rules hash {stamp.hash[:12]}: "
                        "the same evidence and parameters give the same grades."))
    return B


def short_name(result, ident: str, width: int = 60) -> str:
    """A node as the gaps and needs name it: a standard or criterion by its
    words with its number after them (``“Targets in intervention programmes
    are SMART” (S2.5)``), a section by its title, the overall as "Overall"."""
    j = result.judgement(ident) if ident != "overall" else next(x for x in result.judgements if x.kind == "overall")
    if j.kind == "overall":
        return "Overall"
    if j.kind == "section":
        return j.title
    return node_words(j, width)


def gap_line(result, g, width: int = 60) -> str:
    """One gap to the next grade as the lists show it: the node in words
    (its text cut to about ``width`` characters), its grade now, and what
    would lift it."""
    return f"{short_name(result, g.node, width)}, now {level_words(g.grade)}: {gap_text(result, g, width)}"


def _reason(result, j) -> str:
    words = result.words(j)
    if words.reason:
        return words.reason
    if j.verdict == "unknown":
        could = " or ".join(level_words(p) for p in j.possible if p != "no outcome")
        needs = "; needs " + "; ".join(words.missing) if words.missing else ""
        return f"not yet decided: could be {could}{needs}"
    return level_words(j.verdict)


def value_text(value, unit, kind) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{y}: {format_value(v, unit, kind)}" for y, v in sorted(value.items()))
    return format_value(value, unit, kind)


def parameter_value(p) -> str:
    text = format_value(p.value, p.unit, "percentage" if p.unit == "%" else None)
    if getattr(p, "start", None) is not None:
        text += f" (from {p.start})"
    if p.overridden:
        text += f" (default {format_value(p.default, p.unit, 'percentage' if p.unit == '%' else None)})"
    return text


# ------------------------------------------------------------------ Markdown


def _md_cell(text) -> str:
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
        elif b.kind == "cards":
            out += [f"- **{label}: {level_words(level).upper()}**" + (f" ({note})" if note else "") for label, level, note in b.items] + [""]
        elif b.kind == "table":
            out.append("| " + " | ".join(_md_cell(h) for h in b.header) + " |")
            out.append("|" + " --- |" * len(b.header))
            for row in b.items:
                cells = [level_words(c) if i == b.grade_column else c for i, c in enumerate(row)]
                out.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
            out.append("")
        elif b.kind == "chart":
            out += ["```text", *b.items, "```", ""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ HTML

_CSS = """
:root { --ink: #1b1b1b; --rule: #c8ccd2; --head: #eef2f7; }
body { font-family: "Segoe UI", system-ui, -apple-system, Arial, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1.2rem; line-height: 1.45; color: var(--ink); font-size: 15px; }
h1 { font-size: 1.8rem; margin-bottom: 0.3rem; } h2 { margin-top: 2rem; border-bottom: 2px solid var(--rule); padding-bottom: 0.2rem; }
h3 { margin: 1.2rem 0 0.4rem; font-size: 1.05rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: var(--head); font-weight: 600; }
tbody th { background: none; font-weight: normal; }
caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
.level { display: inline-block; border-radius: 0.25rem; padding: 0.05rem 0.45rem; font-weight: 600; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 1rem 0; }
.card { flex: 1 1 14rem; border-radius: 0.4rem; padding: 0.7rem 0.9rem; }
.card .what { font-size: 0.85rem; opacity: 0.95; } .card .grade { font-size: 1.5rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; }
table.plan { table-layout: fixed; font-size: 0.8rem; }
table.grades, table.params { table-layout: fixed; }
table.grades th:nth-child(1) { width: 34%; } table.grades th:nth-child(2) { width: 9.5rem; }
table.params th:nth-child(1) { width: 24%; } table.params th:nth-child(2) { width: 13%; } table.params th:nth-child(3) { width: 14%; }
figcaption { font-size: 0.85rem; color: #444; }
table.plan th:nth-child(1) { width: 2rem; } table.plan th:nth-child(5) { width: 6.5rem; } table.plan th:nth-child(8) { width: 6.5rem; }
table.plan th:nth-child(2) { width: 15%; } table.plan th:nth-child(3) { width: 26%; } table.plan th:nth-child(4) { width: 10%; }
table.plan th:nth-child(6) { width: 12%; } table.plan th:nth-child(7) { width: 11%; }
figure { margin: 0.3rem 0 1rem; } figure svg { max-width: 100%; height: auto; }
.small { font-size: 0.85rem; color: #444; }
@media screen and (max-width: 40rem) {
  body { margin: 1rem auto; padding: 0 0.8rem; }
  table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack tbody th[scope="row"] { display: block; width: auto; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { border: 1px solid var(--rule); margin-bottom: 0.7rem; }
  table.stack td, table.stack tbody th { border: 0; border-top: 1px solid var(--rule); }
  table.stack tr > :first-child { border-top: 0; background: var(--head); font-weight: 600; }
  table.stack td::before, table.stack tbody th::before { content: attr(data-label); display: block; font-size: 0.8rem; font-weight: 600; color: #444; }
  table.stack tr > :first-child::before { content: none; }
  table.plan { font-size: 0.9rem; }
}
@page { size: A4; margin: 12mm 13mm; }
@page landscape { size: A4 landscape; margin: 12mm; }
@media print { body { max-width: none; margin: 0; font-size: 9.5pt; line-height: 1.3; } h1 { font-size: 1.35rem; margin-top: 0; } h2 { margin-top: 1rem; font-size: 1.2rem; } h3 { margin: 0.8rem 0 0.3rem; }
  .cards { margin: 0.5rem 0; gap: 0.5rem; } .card { padding: 0.35rem 0.8rem; } .card .grade { font-size: 1.2rem; } th, td { padding: 0.25rem 0.45rem; } table.plan, h2:has(+ table.plan) { page: landscape; } table.plan { font-size: 8.5pt; } td { hyphens: auto; } .card, .level, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } .pagebreak { display: none; } .pagebreak + * { break-before: page; } h2, h3 { break-after: avoid; } tr, figure { break-inside: avoid; } }
"""


def _level_html(level: str) -> str:
    bg, fg = _COLOURS.get(level, _UNKNOWN_COLOUR)
    return f'<span class="level" style="background:{bg};color:{fg}">{html.escape(level_words(level))}</span>'


def _row_header(b: Block) -> int:
    """The column whose cell names its row (``<th scope="row">``): the first,
    but in an action plan the area after the row's number."""
    return 1 if b.style == "plan" and len(b.header) > 1 and b.header[0] == "#" else 0


def to_html(blocks: list[Block], title: str | None = None) -> str:
    e = html.escape
    title = title or next((b.text for b in blocks if b.kind == "h1"), "Self-evaluation")
    out = ["<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>"]
    previous, heading = None, None  # the block before, the last heading
    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            out.append(f"<{b.kind}>{e(b.text)}</{b.kind}>")
        elif b.kind == "p":
            out.append(f'<p class="small">{e(b.text)}</p>' if b.text.startswith("Ruleset ") else f"<p>{e(b.text)}</p>")
        elif b.kind == "list":
            out.append("<ul>" + "".join(f"<li>{e(str(i))}</li>" for i in b.items) + "</ul>")
        elif b.kind == "cards":
            cards = []
            for label, level, note in b.items:
                bg, fg = _COLOURS.get(level, _UNKNOWN_COLOUR)
                cards.append(f'<div class="card" style="background:{bg};color:{fg}"><div class="what">{e(label)}</div>'
                             f'<div class="grade">{e(level_words(level))}</div>'
                             + (f'<div class="what">{e(note)}</div>' if note else "") + "</div>")
            out.append('<div class="cards">' + "".join(cards) + "</div>")
        elif b.kind == "table":
            head = "".join(f'<th scope="col">{e(str(h))}</th>' for h in b.header)
            # three or more columns: on a phone each row becomes a card, each cell under its heading
            stack = len(b.header) >= 3
            row_header = _row_header(b)
            body = []
            for row in b.items:
                cells = [_level_html(c) if i == b.grade_column else e(str(c)) for i, c in enumerate(row)]
                labels = [f' data-label="{e(str(h))}"' if stack else "" for h in b.header]
                body.append("<tr>" + "".join(f'<th scope="row"{label}>{c}</th>' if i == row_header else f"<td{label}>{c}</td>"
                                             for i, (label, c) in enumerate(zip(labels, cells))) + "</tr>")
            classes = " ".join(c for c in (b.style, "stack" if stack else "") if c)
            cls = f' class="{classes}"' if classes else ""
            caption = ""
            if not (previous is not None and previous.kind in ("h1", "h2", "h3")):  # no heading says what it is
                caption = f"<caption>{e(b.text or heading or 'Table')}</caption>"
            out.append(f"<table{cls}>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
        elif b.kind == "chart":
            values = "; ".join(f"{y}: {v}" + (f" (benchmark {bm})" if bm else "") for y, v, bm in b.header)
            out.append(f"<figure>{b.text}<figcaption>{e(values)}"
                       + (" — the dashed line is the benchmark" if any(bm for _, _, bm in b.header) else "")
                       + "</figcaption></figure>")
        elif b.kind == "pagebreak":
            out.append('<div class="pagebreak"></div>')
        if b.kind in ("h1", "h2", "h3"):
            heading = b.text
        if b.kind != "pagebreak":
            previous = b
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ Word


def to_docx(blocks: list[Block], path) -> None:
    """Write the document as a Word file (python-docx): headings, lists,
    tables with coloured grade cells, each trend as a small table, the
    action plan on landscape pages."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))

    def shade(cell, level):
        bg, fg = _COLOURS.get(level, _UNKNOWN_COLOUR)
        props = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), bg.lstrip("#"))
        props.append(shd)
        for para in cell.paragraphs:
            for run in para.runs:
                run.font.color.rgb = RGBColor.from_string(fg.lstrip("#"))
                run.font.bold = True

    def table(header, rows, grade_column=None, size=None, widths=None):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        if widths:
            t.autofit = False
        for cell, h in zip(t.rows[0].cells, header):
            cell.text = str(h)
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
                if size:
                    run.font.size = size
        for row in rows:
            cells = t.add_row().cells
            for i, (cell, value) in enumerate(zip(cells, row)):
                text = level_words(value) if i == grade_column else str(value)
                cell.text = text
                if size:
                    for run in cell.paragraphs[0].runs:
                        run.font.size = size
                if i == grade_column:
                    shade(cell, value)
        if widths:
            for column, w in zip(t.columns, widths):
                column.width = Cm(w)  # the table grid, which LibreOffice reads
            for row in t.rows:
                for cell, w in zip(row.cells, widths):
                    cell.width = Cm(w)  # each cell, which Word reads
        doc.add_paragraph()
        return t

    for b in blocks:
        if b.kind == "h1":
            doc.add_heading(b.text, level=0)
        elif b.kind in ("h2", "h3"):
            if b.text == "Action plan":
                new = doc.add_section()
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = Cm(29.7), Cm(21)
            elif doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE and b.kind == "h2":
                new = doc.add_section()
                new.orientation = WD_ORIENT.PORTRAIT
                new.page_width, new.page_height = Cm(21), Cm(29.7)
            doc.add_heading(b.text, level=int(b.kind[1]) - 1)
        elif b.kind == "p":
            doc.add_paragraph(b.text)
        elif b.kind == "list":
            for item in b.items:
                doc.add_paragraph(str(item), style="List Bullet")
        elif b.kind == "cards":
            t = doc.add_table(rows=1, cols=len(b.items))
            t.style = "Table Grid"
            for cell, (label, level, note) in zip(t.rows[0].cells, b.items):
                cell.text = ""
                p = cell.paragraphs[0]
                p.add_run(label + "\n").font.size = Pt(9)
                run = p.add_run(level_words(level).upper())
                run.font.size = Pt(16)
                if note:
                    p.add_run("\n" + note).font.size = Pt(9)
                shade(cell, level)
            doc.add_paragraph()
        elif b.kind == "table":
            table(b.header, b.items, b.grade_column, Pt(8.5) if b.style == "plan" else None, _docx_widths(b))
        elif b.kind == "chart":
            table(("year", "value", "benchmark"), b.header, widths=(3.0, 4.0, 4.0))
        elif b.kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def _docx_widths(b: Block):
    """Column widths (cm) of a table in the Word document: A4 portrait is
    17.4 cm wide inside its margins, the action plan's landscape pages 26.1."""
    if b.style == "plan":
        return (0.8, 4.2, 5.0, 2.8, 2.2, 5.3, 4.0, 1.8)
    if b.style == "grades":
        return (5.6, 3.0, 8.8)
    if b.style == "params":
        return (4.2, 2.4, 3.0, 7.8)
    n = len(b.header)
    if b.grade_column is not None and n == 2:
        return (14.2, 3.2)
    if n == 6:
        return (6.0, 1.6, 2.2, 2.2, 2.2, 3.2)
    if n == 4:
        return (6.0, 4.0, 4.0, 3.4)
    return None


# ------------------------------------------------------------------ CSV


def plan_csv(rows) -> str:
    """The action plan as CSV text, with a byte order mark so that Excel
    reads it as UTF-8."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([actionplan.HEADINGS[f] for f in actionplan.FIELDS] + [actionplan.STATUS_HEADING])
    for row in rows:
        w.writerow([row.get(f) or "" for f in actionplan.FIELDS] + [actionplan.status_words(row)])
    return "\ufeff" + buf.getvalue()


def grades_csv(result) -> str:
    """Every verdict with its reason in words, as CSV text with a byte order
    mark for Excel."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "level", "title", "verdict", "why"])
    for j in result.judgements:
        w.writerow([j.id, j.kind, j.title, level_words(j.verdict), _reason(result, j)])
    return "\ufeff" + buf.getvalue()
