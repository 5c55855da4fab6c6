"""The action plan, in nasen's format, proposed from the gaps.

nasen's audit tools (2014) end in an action plan with six columns: the area
of practice that needs improving, the action needed to make improvement, who
needs to be involved, by when, how we will know we have achieved it, and how
and when we will evaluate it.  :func:`propose` fills one row for each
criterion that the smallest gap to the next grade asks to raise
(``result.gaps``), and one for each standard whose grade the evidence could
not decide.  Every cell is a proposal: the person edits it, and the edited
plan is what is saved and exported.
"""

from __future__ import annotations

import datetime as _dt

from senrules.logic import shift
from senrules.model import Duration

from senrules_tui.wording import level_words

FIELDS = ("area", "action", "who", "by_when", "success", "evaluation")
HEADINGS = {
    "area": "Area of practice that needs improving",
    "action": "Action needed to make improvement",
    "who": "Who needs to be involved?",
    "by_when": "By when?",
    "success": "How will we know we have achieved this?",
    "evaluation": "How and when will we evaluate this?",
}
#: Words a person may use for a column when editing (``/plan edit 2 who = ...``).
FIELD_WORDS = {
    "area": "area", "action": "action", "who": "who", "by": "by_when", "by_when": "by_when", "when": "by_when",
    "know": "success", "success": "success", "how_we_will_know": "success", "evaluate": "evaluation",
    "evaluation": "evaluation", "review": "evaluation",
}

DEFAULT_WHO = "Service lead, with the staff who deliver it"


def _date(d: _dt.date) -> str:
    return d.strftime("%-d %B %Y")


def propose(rs, result) -> list[dict]:
    """Rows of a proposed action plan for ``result``."""
    program = rs.program
    D = result.evaluation_date
    by = shift(D, Duration(6, "months"), 1)
    review = shift(D, Duration(3, "months"), 1)
    rows: list[dict] = []
    seen: set[str] = set()
    for gap in result.gaps:
        node = program.node(gap.node)
        if node.kind != "standard" or not gap.options:
            continue
        option = gap.options[0]
        for cid in option.children:
            if cid in seen:
                continue
            seen.add(cid)
            c = result.judgement(cid)
            if c.kind != "criterion":
                continue
            target = next((cl for cl in c.clauses if cl.outcome == option.level and cl.condition), None)
            condition = f": {target.condition}" if target else ""
            verb = "Put in place" if c.verdict in ("not_met", "unknown") else "Strengthen"
            rows.append({
                "area": f"{gap.node} {node.title} \u2014 {cid}: {c.title}",
                "action": f"{verb} so that \u201c{c.title}\u201d is {level_words(option.level)} (now {level_words(c.verdict)}).",
                "who": DEFAULT_WHO,
                "by_when": _date(by),
                "success": f"{cid} is judged {level_words(option.level)}{condition}; {gap.node} then reaches {level_words(option.reaches)}.",
                "evaluation": f"At the termly review ({_date(review)}): update the evidence and rerun the self-evaluation "
                              f"(senrules assess --resume); check {cid} and {gap.node}.",
                "source": f"gap:{gap.node}:{cid}",
            })
    for j in result.judgements:
        if j.kind != "standard" or j.known:
            continue
        # facts with the years they lack: "cyp_targets_met (2023)"
        facts = [d for name, d in zip(j.missing, j.missing_described()) if name in rs.facts]
        criteria = [m for m in j.missing if m not in rs.facts]
        asks = []
        for cid in criteria:
            try:
                cj = result.judgement(cid)
            except KeyError:
                continue
            asks.extend(d for name, d in zip(cj.missing, cj.missing_described()) if name in rs.facts)
        asks = list(dict.fromkeys(facts + asks))
        listed = ", ".join(asks[:6]) + (f" and {len(asks) - 6} more" if len(asks) > 6 else "")
        rows.append({
            "area": f"{j.id} {j.title} \u2014 evidence",
            "action": f"Collect the evidence the standard needs ({listed or 'see the report'}).",
            "who": DEFAULT_WHO,
            "by_when": _date(review),
            "success": f"{j.id} has a grade (now it could be {' or '.join(level_words(p) for p in j.possible if p != 'no outcome') or 'anything'}).",
            "evaluation": f"At the termly review ({_date(review)}): rerun the self-evaluation with the new evidence.",
            "source": f"unknown:{j.id}",
        })
    return rows


def field_for(word: str) -> str | None:
    return FIELD_WORDS.get(word.strip().lower().replace(" ", "_").rstrip("?"))


def rows_text(rows: list[dict]) -> str:
    """The plan as numbered plain-text blocks."""
    if not rows:
        return "The action plan is empty: no gap to the next grade and no standard left undecided."
    out = []
    for i, r in enumerate(rows, 1):
        out.append(f"{i}. {r.get('area', '')}")
        for f in FIELDS[1:]:
            out.append(f"   {HEADINGS[f]} {r.get(f) or '-'}")
    return "\n".join(out)


def rows_markdown(rows: list[dict]) -> str:
    if not rows:
        return "_The action plan is empty: no gap to the next grade and no standard left undecided._"
    head = "| # | " + " | ".join(HEADINGS[f] for f in FIELDS) + " |"
    sep = "| --- |" + " --- |" * len(FIELDS)
    body = [
        f"| {i} | " + " | ".join(str(r.get(f) or "").replace("|", "\\|").replace("\n", " ") for f in FIELDS) + " |"
        for i, r in enumerate(rows, 1)
    ]
    return "\n".join([head, sep, *body])
