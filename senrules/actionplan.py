"""The action plan, in nasen's format, derived from the current verdicts.

nasen's audit tools (2014) end in an action plan with six columns: the area
of practice that needs improving, the action needed to make improvement, who
needs to be involved, by when, how we will know we have achieved it, and how
and when we will evaluate it.

:func:`propose` derives the rows from a result: one for each criterion that
the smallest gap to the next grade of its standard asks to raise
(``result.gaps``), and one for each standard whose grade the evidence could
not decide.  Each row has a ``source`` key naming the gap it addresses
(``gap:S2:S2.5``, ``unknown:S7``).

:func:`current` is the plan a person sees: the rows derived from *these*
verdicts, with the person's edits re-applied row by row (matched by
``source``; the edited cells are listed in ``edited``), the rows the person
added, and, marked ``closed``, every row the person edited whose gap has
closed since, so that nothing they wrote is lost and nothing stale is shown
as open.  A row the person deleted stays deleted while its gap is open.

Everything is worded for the team that acts on it: criteria and standards
by their own text (cut short at a word in the action, how we will know and
how we will evaluate, the number after it: “Outcome data is systematically
identified…” (S1.3)), facts by their labels, thresholds with what the vague
word was taken to mean; never rule syntax, fact names or commands.
"""

from __future__ import annotations

import datetime as _dt

from senrules.logic import shift
from senrules.model import Duration
from senrules.wording import node_words

FIELDS = ("area", "action", "who", "by_when", "success", "evaluation")
HEADINGS = {
    "area": "Area of practice that needs improving",
    "action": "Action needed to make improvement",
    "who": "Who needs to be involved?",
    "by_when": "By when?",
    "success": "How will we know we have achieved this?",
    "evaluation": "How and when will we evaluate this?",
}
STATUS_HEADING = "Status"
#: Words a person may use for a column when editing (``/plan edit 2 who = ...``).
FIELD_WORDS = {
    "area": "area", "action": "action", "who": "who", "by": "by_when", "by_when": "by_when", "when": "by_when",
    "know": "success", "success": "success", "how_we_will_know": "success", "evaluate": "evaluation",
    "evaluation": "evaluation", "review": "evaluation",
}

DEFAULT_WHO = "Service lead, with the staff who deliver it"


def level_words(level: str | None) -> str:
    return (level or "not graded").replace("_", " ")


def _date(d: _dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


#: how long (in characters) a row lets a criterion's or standard's words run before "…"; shorter in a list
NAME_WIDTH, LISTED_WIDTH = 50, 40


def _named(result, ident: str, width: int = NAME_WIDTH) -> str:
    """A criterion or standard in its words, its number after them (:func:`node_words`)."""
    return node_words(result.judgement(ident), width)


def _label(j) -> str:
    """A criterion or standard as the plan's area names it: its whole text,
    its number after it in brackets (``Programmes are monitored (S1.2)``)."""
    words = " ".join(j.title.split()).rstrip(".")
    return f"{words} ({j.id})" if words and words != j.id else j.id


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def propose(rs, result) -> list[dict]:
    """Rows of the action plan derived from ``result`` (every row ``open``)."""
    from senrules.gaps import number_word

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
        for pick in option.picks:
            together = ""
            among = ", ".join(_named(result, a, LISTED_WIDTH) for a in pick.among)
            if not pick.everyone:
                together = (f" Any {number_word(pick.count)} of {among} will do: "
                            f"choose the {'one' if pick.count == 1 else number_word(pick.count)} nearest to it.")
            for cid in pick.among:
                if cid in seen:
                    continue
                seen.add(cid)
                c = result.judgement(cid)
                if c.kind != "criterion":
                    continue
                criterion, standard = _named(result, cid), _named(result, gap.node)
                if c.known:
                    short = result.shortfall(c, option.level)
                    action = f"Raise {criterion} from {level_words(c.verdict)} to {level_words(option.level)}."
                    if short:
                        action += " What stands in the way: " + _sentence(short)
                else:
                    needs = result.words(c).missing
                    action = (f"Collect the evidence {criterion} needs" + (f": {'; '.join(needs)}." if needs else ".")
                              + " It is not yet decided.")
                need = result.requirement(c, option.level)
                rows.append({
                    "area": f"{_label(c)}, for {standard}",
                    "action": action + together,
                    "who": DEFAULT_WHO,
                    "by_when": _date(by),
                    "success": f"{criterion} is {level_words(option.level)}" + (f" if {need}" if need else "")
                               + f". {standard} then reaches {level_words(option.reaches)}"
                               + ("." if pick.everyone else f" (with {number_word(pick.count)} of {among})."),
                    "evaluation": f"At the termly review on {_date(review)}: gather the evidence again, redo the "
                                  f"self-evaluation and check that {criterion} is {level_words(option.level)} and {standard} is "
                                  f"{level_words(option.reaches)}.",
                    "source": f"gap:{gap.node}:{cid}",
                    "status": "open",
                })
    for j in result.judgements:
        if j.kind != "standard" or j.known:
            continue
        # the evidence itself: the facts the standard reads, then those its undecided criteria need
        asks = [w for name, w in zip(j.missing, result.words(j).missing) if name not in program.by_id]
        for cid in j.missing:
            if cid in program.by_id:
                try:
                    child = result.judgement(cid)
                except KeyError:
                    continue
                asks.extend(w for name, w in zip(child.missing, result.words(child).missing) if name not in program.by_id)
        asks = list(dict.fromkeys(asks))
        listed = "; ".join(asks[:6]) + (f"; and {len(asks) - 6} more" if len(asks) > 6 else "")
        could = " or ".join(level_words(p) for p in j.possible if p != "no outcome") or "anything"
        rows.append({
            "area": f"{_label(j)}: the evidence",
            "action": f"Collect the evidence this standard needs: {listed or 'see the report'}.",
            "who": DEFAULT_WHO,
            "by_when": _date(review),
            "success": f"{_named(result, j.id)} has a grade (now it could be {could}).",
            "evaluation": f"At the termly review on {_date(review)}: redo the self-evaluation with the new evidence.",
            "source": f"unknown:{j.id}",
            "status": "open",
        })
    return rows


def edited_fields(row: dict) -> list[str]:
    """The cells a person changed in a saved row.  A row saved before edits
    were recorded cell by cell counts as edited throughout, so none of the
    person's words is replaced."""
    if "edited" in row:
        return [f for f in row["edited"] if f in FIELDS]
    return list(FIELDS)


def current(rs, result, saved: list[dict] | None) -> list[dict]:
    """The plan for ``result`` with the person's saved edits re-applied (see
    the module doc).  ``saved`` None: nothing saved, the proposal as it is."""
    fresh = propose(rs, result)
    if not saved:
        return fresh
    by_source = {r["source"]: r for r in saved if r.get("source")}
    out: list[dict] = []
    for row in fresh:
        mine = by_source.pop(row["source"], None)
        if mine is None:
            out.append(row)
            continue
        if mine.get("deleted"):
            continue
        fields = edited_fields(mine)
        for f in fields:
            if f in mine:
                row[f] = mine[f]
        row["edited"] = fields
        out.append(row)
    for mine in saved:
        source = mine.get("source")
        if source and source not in by_source:
            continue  # matched above
        if mine.get("deleted"):
            continue
        row = dict(mine)
        if source and (source.startswith("gap:") or source.startswith("unknown:")):
            if not edited_fields(mine):
                continue  # never edited: nothing of the person's to keep
            row["status"] = "closed"
            row["closed"] = _closed_note(result, source)
        else:
            row["status"] = row.get("status") or "added"
        out.append(row)
    return out


def _closed_note(result, source: str) -> str:
    kind, _, rest = source.partition(":")
    ident = rest.rpartition(":")[2] if kind == "gap" else rest
    try:
        verdict = level_words(result.verdict(ident))
    except KeyError:
        return "this gap has closed"
    if kind == "unknown":
        return f"this gap has closed: {ident} now has a grade ({verdict})"
    return f"this gap has closed: {ident} is now {verdict}"


def status_words(row: dict) -> str:
    """``open``, ``open, edited``, ``added``, or ``closed: S2.5 is now met``."""
    status = row.get("status") or "open"
    if status == "closed":
        return row.get("closed") or "closed"
    if status == "open" and row.get("edited"):
        return "open (edited)"
    return status


def field_for(word: str) -> str | None:
    return FIELD_WORDS.get(word.strip().lower().replace(" ", "_").rstrip("?"))


def rows_text(rows: list[dict]) -> str:
    """The plan as numbered plain-text blocks."""
    if not rows:
        return "The action plan is empty: no gap to the next grade and no standard left undecided."
    out = []
    for i, r in enumerate(rows, 1):
        out.append(f"{i}. {r.get('area', '')} [{status_words(r)}]")
        for f in FIELDS[1:]:
            out.append(f"   {HEADINGS[f]} {r.get(f) or '-'}")
    return "\n".join(out)


def rows_markdown(rows: list[dict]) -> str:
    if not rows:
        return "_The action plan is empty: no gap to the next grade and no standard left undecided._"
    head = "| # | " + " | ".join(HEADINGS[f] for f in FIELDS) + f" | {STATUS_HEADING} |"
    sep = "| --- |" + " --- |" * (len(FIELDS) + 1)
    body = [
        f"| {i} | " + " | ".join(str(r.get(f) or "").replace("|", "\\|").replace("\n", " ") for f in FIELDS)
        + f" | {status_words(r)} |"
        for i, r in enumerate(rows, 1)
    ]
    return "\n".join([head, sep, *body])
