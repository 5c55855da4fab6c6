"""The proposal check: the document's facts judged by the SEN Improvement
Test ruleset, with the sentences quoted, what to add or change, and the
finding for the decision maker (DfES 2007, para 25).

:func:`check_document` is the whole pipeline (read, extract, evaluate,
report); :class:`ProposalReport` renders as text, Markdown or JSON (the JSON
described by ``schema/proposal-check-2.schema.json``).  Every verdict,
title, key factor text, piece of advice and parameter value is read off the
ruleset and the engine's judgement; nothing here decides or restates one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import attrs

from senrules.report import parameter_words
from senrules_proposals.extract import CONTRADICTIONS, FACTOR_FACTS, Extraction, Finding, collector_paused, extract
from senrules_proposals.reader import Document, read_document
from senrules_proposals.reasons import Reasons, fact_note

RULESET = "sen-improvement-test-2007"
SCHEMA = "https://senrules.example/schema/proposal-check/2.json"
SCHEMA_FILE = Path(__file__).parent / "schema" / "proposal-check-2.schema.json"
SCHEMA_VERSION = 2

# How a quote's role reads in a report (presentation only: the verdicts,
# titles, key factor texts, advice and parameters all come from the ruleset).
ROLE_WORDS = {
    "supports": "shows",
    "vague": "in general words only",
    "hedged": "only a hope or intention",
    "negated": "says it is not (yet) there",
    "against": "against the Test",
    "implied": "a new or enlarged provision, nothing closing or moving",
}
# A role that gives the fact's value says the fact at that value ("shows: the
# document refers to the LA's Accessibility Strategy"); one that does not
# says what the sentence bears on ("in general words only, on whether the
# document claims ..."): both from the fact's label in the ruleset.
_GIVES_VALUE = ("supports", "against", "implied")


def label(ident: str) -> str:
    """A factor's id as the Test numbers it: ``(a)``, ``(ii)``, ``Para 23``."""
    return "Para 23" if ident == "para23" else f"({ident})"


def verdict_words(verdict: str) -> str:
    return level_text(verdict).upper()


def short_title(text: str) -> str:
    """The head of a key factor's verbatim text, up to its first qualifier:
    "improved access to specialist staff, both ..." gives "Improved access to
    specialist staff"."""
    import re

    head = re.split(r",|\.\s|\.$| \(| including | that | with reference | both | if ", text, maxsplit=1)[0].strip()
    return head[:1].upper() + head[1:]


def fact_words(fact: str, ruleset=None) -> str:
    """A fact in words: its label in the ruleset (the name with spaces
    when the ruleset gives none)."""
    decl = ruleset.facts.get(fact) if ruleset is not None else None
    return (decl.label if decl is not None and decl.label else None) or fact.replace("_", " ")


def level_text(verdict: str) -> str:
    """A verdict as the reports say it: ``not_met`` -> ``not met``;
    ``unknown`` (the document's facts cannot decide it) -> ``insufficient evidence``."""
    return "insufficient evidence" if verdict == "unknown" else verdict.replace("_", " ")


@attrs.frozen
class Quote:
    """A sentence of the document quoted as evidence."""

    unit: str
    number: int
    text: str
    role: str
    fact: str
    cue: str

    @property
    def where(self) -> str:
        return f"{self.unit} {self.number}"

    cells: tuple[str, ...] = ()  # when the quote is a table row: its cells
    said: str = ""  # the fact at the value this sentence gives, in words from its label
    topic: str = ""  # the fact's label: what the sentence bears on

    @property
    def note(self) -> str:
        """What the sentence shows, in words: "shows: the document refers to
        the LA's Accessibility Strategy (“Accessibility Strategy”)"."""
        cue = f" (\u201c{self.cue}\u201d)" if self.cue else ""
        role = ROLE_WORDS.get(self.role, self.role)
        if self.role in _GIVES_VALUE:
            return f"{role}: {self.said or fact_words(self.fact)}{cue}"
        return f"{role}, on whether {self.topic or fact_words(self.fact)}{cue}"

    def to_dict(self) -> dict:
        out = {
            "location": self.where, self.unit: self.number, "quote": self.text, "fact": self.fact,
            "role": self.role, "cue": self.cue, "note": self.note,
        }
        if self.cells:
            out["cells"] = list(self.cells)
        return out


@attrs.frozen
class FactorReport:
    id: str
    title: str
    text: str  # the key factor, verbatim
    citations: tuple[str, ...]
    verdict: str  # met, unclear, not_met, not_applicable
    rule_verdict: str  # the engine's: may be "unknown"
    possible: tuple[str, ...]
    why: str
    evidence: tuple[Quote, ...]
    advice: tuple[str, ...]
    facts: dict
    labels: dict = attrs.field(factory=dict)  # each fact in ``facts`` -> its label in the ruleset

    @property
    def ok(self) -> bool:
        return self.verdict in ("met", "not_applicable")

    def to_dict(self) -> dict:
        return {
            "title": self.title, "text": self.text, "citations": list(self.citations), "verdict": self.verdict,
            "rule_verdict": self.rule_verdict, "possible": list(self.possible), "why": self.why,
            "evidence": [q.to_dict() for q in self.evidence], "advice": list(self.advice),
            "facts": dict(self.facts), "labels": dict(self.labels),
        }


@attrs.frozen
class ProposalReport:
    """The check of one proposal document against the SEN Improvement Test."""

    path: str
    format: str
    unit: str
    ruleset_id: str
    ruleset_version: str | None
    ruleset_hash: str
    ruleset_source: str | None
    parameters: dict
    factors: tuple[FactorReport, ...]
    overall: str  # credible, not_credible, unknown
    finding: str
    extraction: Extraction = attrs.field(eq=False, repr=False)
    result: object = attrs.field(eq=False, repr=False)
    ruleset: object = attrs.field(default=None, eq=False, repr=False)  # the loaded Ruleset, for the parameters' words
    school_year: str | None = None  # where the terms the school weeks were counted with come from

    @property
    def parameter_uses(self) -> tuple:
        """The parameters as the engine's result states them
        (:class:`senrules.result.ParameterUse`: value, unit, default, and
        ``source``, what set each), for the reports."""
        return tuple(getattr(self.result, "parameters", ()) or ())

    @property
    def credible(self) -> bool:
        return self.overall == "credible"

    def factor(self, ident: str) -> FactorReport:
        for f in self.factors:
            if f.id == ident:
                return f
        raise KeyError(ident)

    def verdicts(self) -> dict[str, str]:
        return {f.id: f.verdict for f in self.factors}

    def to_dict(self) -> dict:
        """The JSON result, described by ``schema/proposal-check-2.schema.json``
        (``SCHEMA``, version ``SCHEMA_VERSION``)."""
        unit = self.unit
        return {
            "$schema": SCHEMA,
            "schema_version": SCHEMA_VERSION,
            "document": {"path": self.path, "format": self.format, "unit": unit},
            "ruleset": {"id": self.ruleset_id, "version": self.ruleset_version, "hash": self.ruleset_hash,
                        "source": self.ruleset_source},
            "parameters": dict(self.parameters),
            "parameter_sources": {p.name: p.source for p in self.parameter_uses},
            "factors": {f.id: f.to_dict() for f in self.factors},
            "providers": [
                {"name": p.name, "kind": p.kind, "aliases": list(p.aliases), "location": p.sentence.where,
                 unit: p.sentence.number, "quote": p.sentence.text}
                for p in self.extraction.providers
            ],
            "pupils_moving": [g.to_dict() for g in self.extraction.groups],
            "school_year": self.school_year,
            "credible": self.credible,
            "overall": self.overall,
            "finding": self.finding,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def render_text(self) -> str:
        return _render(self, markdown=False)

    def render_markdown(self) -> str:
        return _render(self, markdown=True)


# ------------------------------------------------------------------ the pipeline


def check_document(path, *, ruleset=None, parameters=None, school_year=None) -> ProposalReport:
    """Read ``path`` (Markdown, text or .docx), extract the facts, evaluate
    them with the SEN Improvement Test ruleset and report.  ``school_year``
    (a :class:`~senrules_proposals.school_year.SchoolYear`, or the path of a
    school year file) gives the terms school weeks are counted with; None,
    the shipped ``school-year.toml``.  Raises
    :class:`~senrules_proposals.reader.DocumentError` for unreadable input,
    :class:`senrules.errors.InputError` for an unusable school year file."""
    from senrules_proposals import school_year as years

    year = years.load(school_year) if isinstance(school_year, (str, Path)) else (school_year or years.default())
    with years.using(year), collector_paused():
        extraction = extract(read_document(path))
        report = report_for(extraction, ruleset=ruleset, parameters=parameters)
    return attrs.evolve(report, school_year=year.source)


def report_for(extraction: Extraction, *, ruleset=None, parameters=None) -> ProposalReport:
    """Judge ``extraction``'s facts with the ruleset; every verdict, title,
    key factor text, piece of advice and parameter value comes from the
    ruleset and the engine's result."""
    import senrules

    rs = ruleset if ruleset is not None else senrules.load_ruleset(RULESET)
    if isinstance(rs, (str, Path)):
        rs = senrules.load_ruleset(rs)
    result = rs.evaluate(extraction.evidence(), parameters=parameters)
    params = {p.name: p.value for p in result.parameters}
    reasons = Reasons(rs, result, lambda name: getattr(extraction.deciding.get(name), "where", "") or "")
    factors = []
    for j in result.judgements:
        if j.kind != "criterion":
            continue
        names = [u.fact for u in j.facts]
        facts = {name: extraction.facts.get(name) for name in names}
        quotes = tuple(_quotes([
            f for f in extraction.findings
            if f.fact in facts and (f.role != "implied" or extraction.deciding.get(f.fact) is f.sentence)
        ], extraction.document.blocks, rs))
        factors.append(FactorReport(
            j.id, short_title(j.title), j.title, j.citations, j.verdict, j.verdict, j.possible,
            reasons.why(j), quotes, tuple(_advice(j, rs, result.parameters)), facts,
            {name: fact_words(name, rs) for name in facts},
        ))
    overall = result.overall or "unknown"
    doc = extraction.document
    report = ProposalReport(
        doc.path, doc.format, doc.unit, rs.id, rs.header.version, rs.hash, rs.header.source, params, tuple(factors),
        overall, "", extraction, result, rs,
    )
    return attrs.evolve(report, finding=_finding(report))


def _quotes(findings: list[Finding], blocks=(), rs=None) -> list[Quote]:
    """One quote per sentence, the strongest role first, in document order."""
    cells = {i: b.cells for i, b in enumerate(blocks) if b.cells}
    order = {"supports": 0, "against": 1, "hedged": 2, "negated": 3, "vague": 4}
    # (a sentence the document contradicts elsewhere is quoted for that first: the figure it gives is in the cue)
    rank = lambda f: -1 if f.fact in CONTRADICTIONS and f.role == "against" else order.get(f.role, 9)  # noqa: E731
    best: dict[int, Finding] = {}
    keys: dict[int, tuple] = {}
    for f in findings:
        key = id(f.sentence)
        if key not in best or rank(f) < rank(best[key]):
            best[key] = f
            keys[key] = (f.sentence.block, f.sentence.number, f.sentence.text)
    out = []
    strong = ("supports", "against")
    for key in sorted(best, key=lambda k: (best[k].role not in strong,) + keys[k][:2]):
        f = best[key]
        decl = rs.facts.get(f.fact) if rs is not None else None
        said = fact_note(decl, f.value) if decl is not None else ""
        out.append(Quote(f.sentence.unit, f.sentence.number, f.sentence.text, f.role, f.fact, str(f.cue),
                         cells.get(f.sentence.block, ()), said, fact_words(f.fact, rs)))
    return out


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# ------------------------------------------------------------------ what to do: read off the judgement
# (why a factor has its verdict, in words: senrules_proposals.reasons)

_NAME = re.compile(r"(\bnot\s+)?\b([a-z][a-z0-9_]*)\b(\s+is\s+(?:known|unknown)|\s*[<>=!]=?)?")


def _mentions(condition: str | None, facts) -> list[tuple[str, str]]:
    """The facts a condition reads, each with how: ``"yes"`` (needs it true),
    ``"no"`` (``not X``), ``"value"`` (compared, or tested for being known)."""
    out = []
    for m in _NAME.finditer(condition or ""):
        name = m.group(2)
        if name in facts and name not in {n for n, _ in out}:
            out.append((name, "value" if m.group(3) else ("no" if m.group(1) else "yes")))
    return out


def _advice(j, rs, parameters=()) -> list[str]:
    """What to add or change: the ``doc`` of each fact that stands between
    the verdict and a better outcome (read off the clauses that did not
    hold, above the one that did, and the one that did when it is worse)."""
    if j.verdict in ("met", "not_applicable"):
        return []
    values = {u.fact: u.value for u in j.facts}
    out: list[str] = []

    def add(name):
        doc = rs.facts[name].doc if name in rs.facts else None
        for p in parameters:
            if doc and p.name in doc:
                doc = doc.replace(p.name, f"{p.name} = {p.value}{' ' + p.unit if p.unit else ''}")
        if doc and doc not in out:
            out.append(doc)

    # The scale runs best to worst; its first level ("not applicable") is
    # the factor being out of scope, so never something to add.
    scale = tuple(rs.header.outcomes or ())
    worst = scale[-1] if scale else None
    better = set(scale[1: scale.index(j.verdict)]) if j.verdict in scale else set()
    held = next((c for c in j.clauses if c.holds), None)
    # First what made the worst outcome hold (a PRU placement with no limit) ...
    if held is not None and held.outcome == worst and held.condition is not None:
        for name, how in _mentions(held.condition, values):
            v = values.get(name)
            if (how == "yes" and v is True) or how == "value":
                add(name)
    # ... or, for an outcome between the best and the worst, what the document leaves to be settled (two
    # figures that contradict each other; a PRU stay with no length): the facts it tests for a value ...
    if held is not None and held.outcome != worst and held.condition is not None:
        for name, how in _mentions(held.condition, values):
            if how == "value":
                add(name)
    # ... then what a better outcome, tried before it, still needs.
    for c in j.clauses:
        if c is held:
            break
        if c.outcome in better:
            for name, how in _mentions(c.condition, values):
                v = values.get(name)
                if (how == "yes" and v is not True) or (how == "no" and v is not False):
                    add(name)
    return out


# ------------------------------------------------------------------ the finding (para 25)


def _finding(report: ProposalReport) -> str:
    failing = [f for f in report.factors if not f.ok]
    names = lambda fs: "; ".join(f"{label(f.id)} {f.title[:1].lower() + f.title[1:]}" for f in fs)  # noqa: E731
    if report.overall == "credible":
        return (
            "On the evidence of this document, a decision maker could be satisfied that the proposer has taken account of all the "
            "key factors of the SEN Improvement Test and has shown how the reorganisation is likely to lead to improvements "
            "in the standard, quality and/or range of educational provision for children with special educational needs (DfES 2007, "
            "paras 21 and 25). Each factor above is met or does not apply, and the sentences that show it are quoted. This is a reading of the document, "
            "not a verification of its facts: the decision maker must still take proper account of parental or independent "
            "representations that question the proposer's own assessment (para 21)."
        )
    parts = []
    for verdict in dict.fromkeys(f.verdict for f in failing):
        parts.append(f"{level_text(verdict)}: {names([f for f in failing if f.verdict == verdict])}")
    return (
        "On the evidence of this document, a decision maker could not be satisfied that the proposer has taken account of all the "
        f"key factors of the SEN Improvement Test (DfES 2007, para 25). {len(failing)} of the {len(report.factors)} factors "
        f"{'falls' if len(failing) == 1 else 'fall'} short ({'; '.join(parts)}). Proposals which do not credibly meet "
        "these requirements should not be approved (para 21). The requirement applies to every proposer, governors of foundation "
        "and foundation special schools included (para 24). What to add or change is listed under each factor above."
    )


# ------------------------------------------------------------------ rendering


def _result_words(r: ProposalReport) -> str:
    """The overall result in one line: whether the proposal is credible and how many factors fall short."""
    if r.credible:
        return "the proposal credibly meets the SEN Improvement Test (the finding is at the end)"
    failing = sum(1 for f in r.factors if not f.ok)
    return (f"the proposal does NOT credibly meet the SEN Improvement Test: {failing} of the {len(r.factors)} key factors "
            f"{'falls' if failing == 1 else 'fall'} short (the finding is at the end)")

MAX_QUOTES = 4


def _school_year_used(r: ProposalReport) -> bool:
    """Whether to say which school year the weeks were counted with: when the
    document gives a stay by its dates, or an LA's own school year was given."""
    from senrules_proposals.school_year import default

    return r.school_year is not None and (r.school_year != default().source
                                          or r.extraction.facts.get("besd_pru_dated_weeks") is not None)


def _render(r: ProposalReport, markdown: bool) -> str:
    out: list[str] = []
    fmt = {"markdown": "Markdown", "text": "plain text", "docx": "Word"}.get(r.format, r.format)
    if markdown:
        out.append("# SEN Improvement Test: proposal check")
        out.append("")
        out.append(f"- **Document:** `{r.path}` ({fmt}; quotes give the {r.unit} number)")
        out.append(f"- **Rules:** {r.ruleset_id} {r.ruleset_version or ''} ({r.ruleset_source})".rstrip())
        out.append("- **Parameters used:**")
        out.extend(f"  - {parameter_words(p, r.ruleset)}" for p in r.parameter_uses)
        if _school_year_used(r):
            out.append(f"- **School weeks counted with:** {r.school_year}")
        out.append(f"- **Result:** {'credible' if r.credible else 'NOT credible'}")
    else:
        out.append("SEN Improvement Test: proposal check")
        out.append(f"Result: {_result_words(r)}")  # the verdict first, for a reader who stops here
        out.append(f"Document: {r.path} ({fmt}; quotes give the {r.unit} number)")
        out.append(f"Rules: {r.ruleset_id} {r.ruleset_version or ''} ({r.ruleset_source})".rstrip())
        out.append("Parameters used:")
        out.extend(f"  {parameter_words(p, r.ruleset)}" for p in r.parameter_uses)
        if _school_year_used(r):
            out.append(f"School weeks counted with: {r.school_year}")
    out.append("")
    for f in r.factors:
        head = f"{label(f.id)} {f.title}: {verdict_words(f.verdict)}"
        cite = "; ".join(f.citations[:1])
        if markdown:
            out.append(f"## {head}")
            out.append("")
            out.append(f"> {f.text} ({cite})")
            out.append("")
            out.append(f"**Why:** {f.why}")
            out.append("")
        else:
            out.append(head)
            out.append(f"  Key factor ({cite}): \u201c{f.text}\u201d")
            out.append(f"  Why: {f.why}")
        quotes = list(f.evidence)
        if quotes:
            shown = quotes[:MAX_QUOTES]
            if markdown:
                out.append("**From the document:**")
                out.append("")
                for q in shown:
                    out.append(f"- {q.where}: \u201c{_short(q.text, 300)}\u201d \u2014 *{q.note}*")
                if len(quotes) > len(shown):
                    out.append(f"- \u2026 and {len(quotes) - len(shown)} more (see `--format json`)")
                out.append("")
            else:
                out.append("  From the document:")
                for q in shown:
                    out.append(f"    {q.where}: \u201c{_short(q.text, 300)}\u201d")
                    out.append(f"      ({q.note})")
                if len(quotes) > len(shown):
                    out.append(f"    \u2026 and {len(quotes) - len(shown)} more (see --format json)")
        elif f.verdict != "not_applicable":
            out.append("**From the document:** nothing found." if markdown else "  From the document: nothing found.")
            if markdown:
                out.append("")
        if f.advice:
            if markdown:
                out.append("**To add or change:**")
                out.append("")
                out.extend(f"- {a}" for a in f.advice)
                out.append("")
            else:
                out.append("  To add or change:")
                out.extend(f"    - {a}" for a in f.advice)
        elif not markdown:
            out.append("  To add or change: nothing.")
        if not markdown:
            out.append("")
    title = "Finding for the decision maker (DfES 2007, para 25)"
    verdict = "The proposal credibly meets the SEN Improvement Test." if r.credible else "The proposal does not credibly meet the SEN Improvement Test."
    if markdown:
        out.append(f"## {title}")
        out.append("")
        out.append(f"**{verdict}**")
        out.append("")
        out.append(r.finding)
    else:
        out.append(title)
        out.append(f"  {verdict}")
        out.append(f"  {r.finding}")
    return "\n".join(out) + "\n"


def read(path) -> Document:
    """Alias of :func:`read_document`, for the API."""
    return read_document(path)
