"""Render a :class:`~senrules.result.Result` or a ruleset for people.

Plain text for the terminal and Markdown for documents; the JSON form is
:meth:`Result.to_json`.  Every report states the ruleset, its version and
hash, the evaluation date and the parameter values used.
"""

from __future__ import annotations

import json

from senrules.result import Judgement, Result
from senrules.ruleset import Ruleset

_INDENT = {"section": 0, "standard": 1, "criterion": 2, "overall": 0}


def format_value(v) -> str:
    """A fact's value as the reports show it (a per-year value as `2023: 62, 2024: 66`)."""
    if isinstance(v, dict):
        return ", ".join(f"{k}: {format_value(x)}" for k, x in sorted(v.items()))
    if isinstance(v, list):
        return f"{len(v)} records"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if v is None:
        return "unknown"
    return str(v)


def _reason(j: Judgement, result: Result | None = None) -> str:
    if j.verdict == "unknown":
        if j.possible:
            return f"insufficient evidence (could be {' or '.join(p.replace('_', ' ') for p in j.possible)})"
        return "insufficient evidence"
    if j.verdict == "no outcome":
        return "no outcome applies: the rules have a gap here"
    if result is not None:
        words = result.words(j).reason
        if words:
            return "because " + words.partition(": ")[2] if ": " in words else words
    return f"because {j.decided_by}" if j.decided_by else ""


def fact_name(rs, name: str) -> str:
    """A fact as people read it: its label, else its name with spaces."""
    fact = rs.facts.get(name) if rs is not None else None
    return fact.label if fact is not None and fact.label else name.replace("_", " ")


def _whole_name(j) -> str:
    """A node's whole text, its number after its words (:func:`senrules.wording.titled`);
    a section by its title, the overall as "Overall"."""
    from senrules.wording import titled

    if j.kind in ("criterion", "standard"):
        return titled(j.id, j.title, whole=True)
    return "Overall" if j.kind == "overall" else j.title


def judgement_lines(j: Judgement, *, detail: bool = True, result: Result | None = None, rs=None) -> list[str]:
    """A judgement as indented text lines: in plain words (labels, values,
    what each vague word was taken to mean) when the ``result`` it belongs
    to is given, else with the deciding clause as written."""
    pad = "  " * _INDENT.get(j.kind, 0)
    # the verdict, then the node in words with its number after them ("MET  “Programmes and
    # interventions are regularly monitored” (S1.1)"); a section by its title, the overall as "Overall"
    name = _whole_name(j)
    lines = [f"{pad}{j.verdict.upper().replace('_', ' ')}  {name}"]
    if not detail:
        return lines
    reason = _reason(j, result)
    if reason:
        lines.append(f"{pad}    {reason}")
    for f in j.facts:
        prov = f" [{'; '.join(f.provenance)}]" if f.provenance else ""
        if result is not None:
            from senrules.document import value_text

            fact = rs.facts.get(f.fact) if rs is not None else None
            shown = value_text(f.value, fact.unit if fact else None, fact.type.kind if fact else None)
            lines.append(f"{pad}    - {fact_name(rs, f.fact)}: {shown}{prov}")
        else:
            lines.append(f"{pad}    - {f.fact} = {format_value(f.value)}{prov}")
    if j.verdict == "unknown" and j.missing:
        needs = result.words(j).missing if result is not None else j.missing_described()
        lines.append(f"{pad}    needs: {'; '.join(needs)}")
    if result is not None and j.known:
        for c, text in zip(j.clauses, result.words(j).clauses):
            if c.holds is False and text and c.outcome != j.verdict:
                level = c.outcome.replace("_", " ")
                # "not outstanding: ...", but "not applicable ruled out: ..." rather than "not not applicable"
                shown = f"{level} ruled out" if level.startswith("not ") else f"not {level}"
                lines.append(f"{pad}    {shown}: {text}")
    else:
        for w in j.would_change:
            if not w.startswith("evidence for"):
                lines.append(f"{pad}    would be {w}")
    if j.citations:
        lines.append(f"{pad}    source: {'; '.join(j.citations)}")
    return lines


def _stamp_lines(result: Result) -> list[str]:
    rs = result.ruleset
    lines = [
        f"{rs.title or rs.id} ({rs.id} {rs.version or ''})".replace(" )", ")"),
        f"evaluated on {result.evaluation_date.isoformat()} (year {result.year}); rules hash {rs.hash[:12]}",
    ]
    lines.extend(f"note: {n}" for n in result.notes)
    return lines


def format_parameter(p) -> str:
    """A parameter's value with its unit, as the reports show it."""
    unit = p.unit if p.unit and p.unit != "%" else ""
    sign = "%" if p.unit == "%" else ""
    value = f"{p.value}{sign}{(' ' + unit) if unit and not str(p.value).endswith(unit) else ''}"
    start = getattr(p, "start", None)
    value += f" (from {start})" if start is not None else ""
    return value + (f" (default {p.default}{sign})" if p.overridden else "")


def parameter_words(p, rs=None) -> str:
    """One parameter as the evaluation's reports state it, the vague word
    first: ``'most areas': 75% (parameter most_areas), the ruleset's
    default``: the word the standards use (its label; else its name in
    words), the value used with its unit, its id in brackets
    for those who edit rule files or parameter files, and what set it."""
    decl = rs.parameters.get(p.name) if rs is not None else None
    word = decl.label if decl is not None and decl.label else p.name.replace("_", " ")
    from senrules.document import parameter_value

    return f"'{word}': {parameter_value(p)} (parameter {p.name})" + (f", {p.source}" if p.source else "")


def render_text(result: Result, *, detail: bool = True, rs=None) -> str:
    lines = _stamp_lines(result)
    lines.append("")
    lines.append(f"OVERALL: {(result.overall or 'not graded').upper().replace('_', ' ')}")
    lines.append("")
    for j in result.judgements:
        if j.kind == "overall":
            continue
        lines.extend(judgement_lines(j, detail=detail, result=result, rs=rs))
    overall = [j for j in result.judgements if j.kind == "overall"]
    if overall:
        lines.append("")
        lines.extend(judgement_lines(overall[0], detail=detail, result=result, rs=rs))
    if result.gaps:
        lines.append("")
        lines.append("Gaps to the next grade:")
        from senrules.document import gap_line

        lines.extend(f"  {gap_line(result, g)}" for g in result.gaps)
    lines.append("")
    lines.append("Parameters used:")
    lines.extend(f"  {parameter_words(p, rs)}" for p in result.parameters)
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result: Result) -> str:
    rs = result.ruleset
    out = [f"# {rs.title or rs.id}", ""]
    out.append(f"- Ruleset: `{rs.id}` version {rs.version or '-'}, rules hash `{rs.hash[:12]}`")
    out.append(f"- Evaluated on {result.evaluation_date.isoformat()} (year {result.year})")
    out.append(f"- **Overall: {(result.overall or 'not graded').replace('_', ' ')}**")
    out.extend(f"- Note: {n}" for n in result.notes)
    out.append("")
    from senrules.document import short_name
    from senrules.wording import node_words

    # each node in its words with its number after them, as the rest of the report names it
    out.append("| standard or criterion | verdict | reason |")
    out.append("| --- | --- | --- |")
    for j in result.judgements:
        out.append(f"| {_md_escape(_whole_name(j))} | {j.verdict.replace('_', ' ')} | {_md_escape(_reason(j))} |")
    out.append("")
    out.append("## Evidence and reasons")
    for j in result.judgements:
        if j.kind != "criterion":
            continue
        out.append("")
        out.append(f"### {node_words(j)}: {j.verdict.replace('_', ' ')}")
        out.append("")
        out.append(f"> {j.title}")
        out.append("")
        if j.citations:
            out.append(f"Source: {'; '.join(j.citations)}." + "".join(f" {title}: {level}." for _, title, level, _ in j.ratings))
            out.append("")
        reason = _reason(j)
        if reason:
            out.append(reason[0].upper() + reason[1:] + ".")
            out.append("")
        for f in j.facts:
            prov = f" ({'; '.join(f.provenance)})" if f.provenance else ""
            out.append(f"- `{f.fact}` = {_md_escape(format_value(f.value))}{prov}")
        if j.verdict == "unknown" and j.missing:
            out.append(f"- Needs evidence: {', '.join(j.missing_described())}")
    if result.gaps:
        out.append("")
        out.append("## Gaps to the next grade")
        out.append("")
        for g in result.gaps:
            out.append(f"- **{_md_escape(short_name(result, g.node))}** ({g.grade.replace('_', ' ')}): {g.describe()}")
    out.append("")
    out.append("## Parameters used")
    out.append("")
    out.append("| parameter | value | set by | why |")
    out.append("| --- | --- | --- | --- |")
    for p in result.parameters:
        out.append(f"| {p.name} | {_md_escape(format_parameter(p))} | {_md_escape(p.source or '')} | {_md_escape(p.doc or '')} |")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ rulesets


def ruleset_outline(rs: Ruleset) -> dict:
    """A machine-readable outline of a ruleset (``rules show --format json``)."""
    from senrules.engine import parameter_default
    from senrules.result import jsonable_value

    program = rs.program
    nodes = program.nodes

    def cites(decl):
        return [{"document": c.document, "place": c.place} for c in getattr(decl, "citations", ())]

    def criterion(n):
        d = n.decl
        return {
            "id": d.id, "text": d.text, "citations": cites(d),
            "ob_rating": d.ob.rating if d.ob else None, "ob_comment": d.ob.comment if d.ob else None,
            "ratings": {r.scale: {"level": r.level, "comment": r.comment} for r in d.ratings},
            "evidence": list(d.evidence), "tags": list(d.tags), "facts": list(n.facts),
            "outcomes": [{"outcome": c.outcome, "condition": rs.source_of(c.condition.span) if c.condition else None} for c in n.clauses],
        }

    sections = []
    for n in nodes:
        if n.kind != "section":
            continue
        standards = []
        for s in n.children:
            sn = nodes[s]
            standards.append({
                "id": sn.id, "title": sn.decl.title, "citations": cites(sn.decl), "grading": sn.grading,
                "criteria": [criterion(nodes[c]) for c in sn.children],
            })
        sections.append({"id": n.id, "title": n.decl.title, "citations": cites(n.decl), "grading": n.grading, "standards": standards})
    h = program.header
    return {
        "id": h.id, "title": h.title, "version": h.version, "source": h.source,
        "effective_from": jsonable_value(h.effective_from), "effective_to": jsonable_value(h.effective_to),
        "hash": rs.hash, "outcomes": list(program.outcomes), "grades": list(program.grades),
        "scales": [
            {"id": sc.name, "title": sc.title, "doc": sc.doc, "citations": cites(sc),
             "levels": [{"level": lv.name, "meaning": lv.meaning} for lv in sc.levels]}
            for sc in program.scales.values()
        ],
        "evidence_categories": None if program.categories is None else {
            "title": program.categories.title, "citations": cites(program.categories),
            "categories": [{"id": c.name, "meaning": c.meaning, "anywhere": c.anywhere} for c in program.categories.categories],
        },
        "sections": sections,
        "facts": [
            {
                "id": f.name, "type": str(f.type), "per_year": f.per_year, "unit": f.unit,
                "range": [f.range.low, f.range.high] if f.range else None, "question": f.question,
                "help": f.help, "category": f.category, "citations": cites(f),
            }
            for f in program.facts.values()
        ],
        "parameters": [
            {
                "id": p.name, "type": str(p.type), "default": jsonable_value(parameter_default(p)), "unit": p.unit,
                "doc": p.doc, "citations": cites(p), "range": [p.range.low, p.range.high] if p.range else None,
            }
            for p in program.parameters.values()
        ],
        "gradings": [
            {"id": g.name, "doc": g.doc, "citations": cites(g),
             "clauses": [{"grade": c.outcome, "condition": rs.source_of(c.condition.span) if c.condition else None} for c in g.clauses]}
            for g in program.gradings.values()
        ],
        "tests": len(rs.tests),
    }


def render_outline_text(rs: Ruleset) -> str:
    o = ruleset_outline(rs)
    about = [f"id {o['id']}"] + [f"{k} {o[k]}" for k in ("version",) if o[k]] + [f"source: {o['source']}" for _ in [0] if o["source"]]
    lines = [f"{o['title'] or o['id']}", "  " + ", ".join(about)]
    if o["effective_from"]:
        lines.append(f"  effective from {o['effective_from']}" + (f" to {o['effective_to']}" if o["effective_to"] else ""))
    for s in o["sections"]:
        lines.append("")
        lines.append(f"{s['id']}: {s['title']}")
        for st in s["standards"]:
            lines.append(f"  {st['id']}  {st['title']}")
            for c in st["criteria"]:
                ob = "".join(f" [{'OB' if scale == 'ob' else scale} {r['level']}]" for scale, r in c["ratings"].items())
                lines.append(f"    {c['id']}  {c['text']}{ob}")
                for cite in c["citations"]:
                    lines.append(f"        source: {cite['document']}" + (f", {cite['place']}" if cite["place"] else ""))
    lines.append("")
    lines.append("Parameters:")
    for p in o["parameters"]:
        lines.append(f"  {p['id']} = {p['default']}  {p['doc'] or ''}".rstrip())
    lines.append("")
    lines.append(f"Facts: {len(o['facts'])}; tests: {o['tests']}")
    return "\n".join(lines) + "\n"


def outline_json(rs: Ruleset) -> str:
    return json.dumps(ruleset_outline(rs), indent=2, ensure_ascii=False) + "\n"
