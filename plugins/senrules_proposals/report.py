"""The proposal check: the document's facts judged by the SEN Improvement
Test ruleset, with the sentences quoted, what to add or change, and the
finding for the decision maker (DfES 2007, para 25).

:func:`check_document` is the whole pipeline (read, extract, evaluate,
report); :class:`ProposalReport` renders as text, Markdown or JSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs

from senrules_proposals.extract import FACTOR_FACTS, Extraction, Finding, extract
from senrules_proposals.reader import Document, read_document

RULESET = "sen-improvement-test-2007"
SCHEMA = "https://senrules.example/schema/proposal-check/1"
FACTORS = ("a", "b", "c", "d", "i", "ii", "iii", "iv", "para23")

TITLES = {
    "a": "Access to education and associated services",
    "b": "Access to specialist staff",
    "c": "Access to suitable accommodation",
    "d": "Supply of suitable places",
    "i": "Providers' views in a written statement",
    "ii": "Arrangements for alternative provision",
    "iii": "Transport arrangements",
    "iv": "Funding and planned staffing",
    "para23": "Pupils displaced by closing a BESD (SEMH) school",
}
LABELS = {"a": "(a)", "b": "(b)", "c": "(c)", "d": "(d)", "i": "(i)", "ii": "(ii)", "iii": "(iii)", "iv": "(iv)", "para23": "Para 23"}
VERDICT_WORDS = {"met": "MET", "unclear": "UNCLEAR", "not_met": "NOT MET", "not_applicable": "NOT APPLICABLE"}

# How each finding reads in a report.
ROLE_WORDS = {
    "supports": "shows",
    "vague": "in general words only",
    "hedged": "only a hope or intention",
    "negated": "says it is not (yet) there",
    "against": "against the Test",
}
FACT_WORDS = {
    "access_benefit_claimed": "a benefit to access to education",
    "access_benefit_specific": "a specific benefit to access to education",
    "accessibility_strategy_referred": "the Accessibility Strategy",
    "staff_benefit_claimed": "a benefit in access to specialist staff",
    "staff_benefit_specific": "specific specialist staff",
    "accommodation_benefit_claimed": "a benefit in accommodation",
    "accommodation_benefit_specific": "specific accommodation",
    "places_benefit_claimed": "more suitable places",
    "places_benefit_specific": "a number of places",
    "providers_views_sought": "providers' views sought",
    "providers_written_statement": "a written statement of providers' views",
    "alternative_provision_needed": "pupils who will have to move",
    "alternative_provision_stated": "where pupils will go",
    "alternative_provision_confirmed_in_writing": "confirmation in writing",
    "alternative_provision_hoped": "places only hoped for",
    "transport_arrangements_specified": "transport arrangements",
    "transport_policy_referred": "the LA's SEN transport policy",
    "funding_stated": "funding",
    "funding_specific": "funding sums or sources",
    "staffing_stated": "staffing",
    "staffing_specific": "staffing numbers",
    "besd_school_closing": "a BESD/SEMH school closing",
    "besd_pupils_to_pru": "a PRU placement",
    "besd_pru_time_limited": "how long in the PRU",
    "besd_pru_weeks": "weeks in the PRU",
    "besd_pupils_special_places": "special school places",
}


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

    @property
    def note(self) -> str:
        what = FACT_WORDS.get(self.fact, self.fact)
        cue = f" (\u201c{self.cue}\u201d)" if self.cue else ""
        if self.role == "supports":
            return f"shows {what}{cue}"
        if self.role == "against":
            return f"against the Test: {what}{cue}"
        if self.role == "negated":
            return f"says there is no {what}, or not yet{cue}"
        return f"{what}, {ROLE_WORDS.get(self.role, self.role)}{cue}"

    def to_dict(self) -> dict:
        return {
            "location": self.where, self.unit: self.number, "quote": self.text, "fact": self.fact,
            "role": self.role, "cue": self.cue,
        }


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

    @property
    def ok(self) -> bool:
        return self.verdict in ("met", "not_applicable")

    def to_dict(self) -> dict:
        return {
            "title": self.title, "text": self.text, "citations": list(self.citations), "verdict": self.verdict,
            "rule_verdict": self.rule_verdict, "possible": list(self.possible), "why": self.why,
            "evidence": [q.to_dict() for q in self.evidence], "advice": list(self.advice),
            "facts": dict(self.facts),
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
    parameters: dict
    factors: tuple[FactorReport, ...]
    overall: str  # credible, not_credible, unknown
    finding: str
    extraction: Extraction = attrs.field(eq=False, repr=False)
    result: object = attrs.field(eq=False, repr=False)

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
        return {
            "$schema": SCHEMA,
            "document": {"path": self.path, "format": self.format, "unit": self.unit},
            "ruleset": {"id": self.ruleset_id, "version": self.ruleset_version, "hash": self.ruleset_hash},
            "parameters": dict(self.parameters),
            "factors": {f.id: f.to_dict() for f in self.factors},
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


def check_document(path, *, ruleset=None, parameters=None) -> ProposalReport:
    """Read ``path`` (Markdown, text or .docx), extract the facts, evaluate
    them with the SEN Improvement Test ruleset and report.  Raises
    :class:`~senrules_proposals.reader.DocumentError` for unreadable input."""
    return report_for(extract(read_document(path)), ruleset=ruleset, parameters=parameters)


def report_for(extraction: Extraction, *, ruleset=None, parameters=None) -> ProposalReport:
    import senrules

    rs = ruleset if ruleset is not None else senrules.load_ruleset(RULESET)
    if isinstance(rs, (str, Path)):
        rs = senrules.load_ruleset(rs)
    result = rs.evaluate(extraction.evidence(), parameters=parameters)
    params = {p.name: p.value for p in result.parameters}
    factors = []
    for ident in FACTORS:
        j = result.judgement(ident)
        facts = {name: extraction.facts.get(name) for name in FACTOR_FACTS[ident]}
        verdict = j.verdict if j.verdict in VERDICT_WORDS else "unclear"
        why, advice = _explain(ident, verdict, facts, extraction, params)
        if j.verdict not in VERDICT_WORDS:
            why += f" (The rules could not decide between {', '.join(j.possible)}: the document does not settle {_missing(facts)}.)"
        factors.append(FactorReport(
            ident, TITLES[ident], j.title, j.citations, verdict, j.verdict, j.possible, why,
            tuple(_quotes(extraction.findings_for(ident))), tuple(advice), facts,
        ))
    overall = result.overall or "unknown"
    doc = extraction.document
    report = ProposalReport(
        doc.path, doc.format, doc.unit, rs.id, rs.header.version, rs.hash, params, tuple(factors),
        overall, "", extraction, result,
    )
    return attrs.evolve(report, finding=_finding(report))


def _missing(facts: dict) -> str:
    names = [FACT_WORDS.get(k, k) for k, v in facts.items() if v is None]
    return ", ".join(names) or "every fact"


def _quotes(findings: list[Finding]) -> list[Quote]:
    """One quote per sentence, the strongest role first, in document order."""
    order = {"supports": 0, "against": 1, "hedged": 2, "negated": 3, "vague": 4}
    best: dict[int, Finding] = {}
    keys: dict[int, tuple] = {}
    for f in findings:
        key = id(f.sentence)
        if key not in best or order.get(f.role, 9) < order.get(best[key].role, 9):
            best[key] = f
            keys[key] = (f.sentence.block, f.sentence.number, f.sentence.text)
    out = []
    strong = ("supports", "against")
    for key in sorted(best, key=lambda k: (best[k].role not in strong,) + keys[k][:2]):
        f = best[key]
        out.append(Quote(f.sentence.unit, f.sentence.number, f.sentence.text, f.role, f.fact, str(f.cue)))
    return out


def _first_quote(extraction: Extraction, fact: str, *roles: str) -> str | None:
    for f in extraction.findings:
        if f.fact == fact and (not roles or f.role in roles):
            return f"\u201c{_short(f.sentence.text)}\u201d ({f.sentence.where})"
    return None


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# ------------------------------------------------------------------ why, and what to do


def _explain(ident: str, verdict: str, facts: dict, ex: Extraction, params: dict) -> tuple[str, list[str]]:
    advice: list[str] = []
    t = facts.get

    def benefit(prefix: str, what: str, how: str, generic: str):
        claimed, specific = t(f"{prefix}_benefit_claimed"), t(f"{prefix}_benefit_specific")
        hedged = _first_quote(ex, f"{prefix}_benefit_claimed", "hedged")
        if specific:
            why = f"The document identifies a specific benefit in {what}."
        elif claimed:
            vague = _first_quote(ex, f"{prefix}_benefit_claimed", "vague")
            why = f"The document claims a benefit in {what}, but only in general words or as a hope."
            advice.append(f"Replace general words{' such as ' + (vague or hedged) if (vague or hedged) else ''} with the specific change: {how}.")
        else:
            why = f"The document identifies no benefit in {what}."
            advice.append(f"Identify the specific educational benefit in {what}: {how}.")
        if hedged and specific:
            advice.append(f"State benefits as firm parts of the plan, not as hopes: {hedged}.")
        return why

    if ident == "a":
        why = benefit(
            "access", "access to education and associated services",
            "name the subjects, courses or accreditation, the wider school activities, the facilities and equipment pupils will gain, for how many pupils and from when",
            "",
        )
        if t("accessibility_strategy_referred"):
            why += " It refers to the LA's Accessibility Strategy."
        else:
            why += " It does not refer to the LA's Accessibility Strategy."
            advice.append("Refer to the LA's Accessibility Strategy and say how the proposal contributes to it (para 22 (a)).")
    elif ident == "b":
        why = benefit(
            "staff", "access to specialist staff",
            "name the professionals (specialist teachers, therapists, psychologists, outreach or support services) and give their posts, hours or days",
            "",
        )
    elif ident == "c":
        why = benefit(
            "accommodation", "access to suitable accommodation",
            "describe the buildings and rooms (how many, how large, what is built or adapted) and when they will be ready",
            "",
        )
    elif ident == "d":
        why = benefit(
            "places", "the supply of suitable places",
            "give the number of places now and after the change (or the places added), for which needs, and from when",
            "",
        )
    elif ident == "i":
        if t("providers_written_statement"):
            why = "The document says a written statement gave providers the opportunity to set out their views."
        elif t("providers_views_sought"):
            why = "The document says providers were consulted, but not that a written statement offered all of them the chance to set out their views."
            advice.append(
                "Meetings and briefings are not enough: obtain a written statement that offers every provider of existing and proposed "
                "provision (the schools, governing bodies, academy trusts and other settings affected) the opportunity to set out their "
                "views on the changing pattern of provision, seeking agreement where possible, and say where it can be read."
            )
        else:
            why = "The document does not say that the providers of existing and proposed provision were asked for their views."
            advice.append(
                "Obtain a written statement that offers every provider of existing and proposed provision the opportunity to set out "
                "their views on the changing pattern of provision, seeking agreement where possible, and say where it can be read."
            )
    elif ident == "ii":
        hoped = _first_quote(ex, "alternative_provision_hoped", "supports")
        if t("alternative_provision_needed") is False:
            why = "The document states that no pupil is displaced, so no alternative provision is needed."
        elif hoped:
            why = f"Alternative places are only hoped for or intended: {hoped}. A \u2018hope\u2019 or \u2018intention\u2019 to find places elsewhere is not acceptable."
            advice.append(
                "Replace the hope or intention with the arrangements made: the school or provision each displaced pupil will attend, "
                "the number of places at each, and from when."
            )
            if not t("alternative_provision_confirmed_in_writing"):
                advice.append(_CONFIRM_ADVICE)
        elif t("alternative_provision_confirmed_in_writing"):
            why = "The document states where displaced pupils will go, and the host schools have confirmed in writing that they will receive them."
        elif t("alternative_provision_stated"):
            why = "The document states where displaced pupils will go, but not that the host schools have confirmed it in writing."
            advice.append(_CONFIRM_ADVICE + " If written confirmation is not possible, say why.")
        else:
            why = "The document does not state the arrangements for pupils who will have to move."
            if t("alternative_provision_needed") is None:
                why = "The document does not say whether any pupil will have to move, or where they would go."
                advice.append("Say whether any pupil will be displaced; if none will, say so.")
            advice.append(
                "State clearly the arrangements for alternative provision: the school or provision each displaced pupil will attend, "
                "the places at each and from when."
            )
            advice.append(_CONFIRM_ADVICE)
    elif ident == "iii":
        arr, pol = t("transport_arrangements_specified"), t("transport_policy_referred")
        hedged = _first_quote(ex, "transport_arrangements_specified", "hedged")
        if arr and pol:
            why = "The document specifies transport arrangements by reference to the LA's transport policy."
        elif arr:
            why = "The document specifies transport arrangements, but not by reference to the LA's transport policy for SEN and disabled children."
        elif pol:
            why = "The document refers to the LA's transport policy but does not specify the transport arrangements."
        else:
            why = "The document does not specify transport arrangements."
        if not arr:
            advice.append(
                f"Specify the transport arrangements{' (not ' + hedged + ')' if hedged else ''}: who is eligible, how pupils will travel "
                "(for example minibus or taxi, with an escort or passenger assistant), journey times, and from when."
            )
        if not pol:
            advice.append("Refer to the LA's transport policy for SEN and disabled children and show how the arrangements follow it.")
    elif ident == "iv":
        parts = []
        for what, how in (
            ("funding", "the capital and revenue sums and where each comes from (for example the High Needs Block, a capital grant, the LA's capital programme)"),
            ("staffing", "the posts, numbers or full-time equivalents, roles and ratios"),
        ):
            stated, specific = t(f"{what}_stated"), t(f"{what}_specific")
            hedged = _first_quote(ex, f"{what}_stated", "hedged")
            if specific:
                parts.append(f"{what} is specified")
            elif stated:
                parts.append(f"{what} is described only in general terms")
                advice.append(f"Specify the {'planned staffing' if what == 'staffing' else 'funding'}: {how}.")
            else:
                parts.append(f"{what} is not specified" + (" (only put off or hoped for)" if hedged else ""))
                advice.append(
                    f"Specify {'the planned staffing arrangements' if what == 'staffing' else 'how the proposal will be funded'}"
                    f"{' instead of ' + hedged if hedged else ''}: {how}."
                )
        why = "In the document, " + " and ".join(parts) + "."
    else:  # para23
        weeks_limit = params.get("long_term_pru_weeks", 13)
        if not t("besd_school_closing"):
            why = "No BESD (SEMH) school closes under the proposal, so para 23 does not apply."
        else:
            pru = t("besd_pupils_to_pru")
            weeks = t("besd_pru_weeks")
            special = t("besd_pupils_special_places")
            if pru and not t("besd_pru_time_limited"):
                why = "A BESD (SEMH) school closes and displaced pupils are to be placed in a Pupil Referral Unit with no short time limit."
                advice.append(
                    "Pupils displaced by closing a BESD school must not be placed long-term or permanently in a PRU if a special school "
                    "place is what they need (para 23): name the special school places they will take up; if a PRU is used at all, "
                    f"limit it to a short bridging period (at most {weeks_limit} weeks under the parameters used) and say so."
                )
            elif pru and weeks is None:
                why = "A BESD (SEMH) school closes and displaced pupils may go to a PRU for a limited time, but the document does not say how long."
                advice.append(f"State how long any PRU placement will last (at most {weeks_limit} weeks under the parameters used).")
            elif pru and weeks > weeks_limit:
                why = f"A BESD (SEMH) school closes and displaced pupils may stay in a PRU for {weeks} weeks, which is long-term (more than {weeks_limit} weeks)."
                advice.append(
                    f"Shorten any PRU placement to a bridging period of at most {weeks_limit} weeks, and name the special school places that follow it."
                )
            elif special:
                why = "A BESD (SEMH) school closes; the document names the special school places displaced pupils will take up"
                why += f", and any PRU placement is limited to {weeks} weeks." if pru else ", with no placement in a PRU."
            else:
                why = "A BESD (SEMH) school closes, but the document does not say which special school places the displaced pupils will take up."
                advice.append(
                    "Say where the displaced pupils will go: the special school (or other suitable) places they will take up, and confirm "
                    "that none will be placed long-term in a PRU if a special school place is what they need (para 23)."
                )
    return why, advice


_CONFIRM_ADVICE = (
    "Ask the host or alternative schools to confirm in writing that they are willing to receive the pupils and have, or will have, "
    "all the facilities necessary to provide an appropriate curriculum, and refer to their letters."
)


# ------------------------------------------------------------------ the finding (para 25)


def _finding(report: ProposalReport) -> str:
    failing = [f for f in report.factors if not f.ok]
    names = lambda fs: "; ".join(f"{LABELS[f.id]} {f.title.lower()}" for f in fs)  # noqa: E731
    if report.overall == "credible":
        para23 = report.factor("para23")
        scope = "para 22 (a)-(d) and (i)-(iv)" + (", and para 23" if para23.verdict == "met" else "")
        return (
            "On the evidence of this document, a decision maker could be satisfied that the proposer has taken account of all the "
            f"key factors of the SEN Improvement Test ({scope}) and has shown how the reorganisation is likely to lead to improvements "
            "in the standard, quality and/or range of educational provision for children with special educational needs (DfES 2007, "
            "paras 21 and 25). Each factor above is met, and the sentences that show it are quoted. This is a reading of the document, "
            "not a verification of its facts: the decision maker must still take proper account of parental or independent "
            "representations that question the proposer's own assessment (para 21)."
        )
    not_met = [f for f in failing if f.verdict == "not_met"]
    unclear = [f for f in failing if f.verdict == "unclear"]
    parts = []
    if not_met:
        parts.append(f"not met: {names(not_met)}")
    if unclear:
        parts.append(f"unclear: {names(unclear)}")
    return (
        "On the evidence of this document, a decision maker could not be satisfied that the proposer has taken account of all the "
        f"key factors of the SEN Improvement Test (DfES 2007, para 25). {len(failing)} of the {len(report.factors)} factors "
        f"fall short ({'; '.join(parts)}). Proposals which do not credibly meet "
        "these requirements should not be approved (para 21). The requirement applies to every proposer, governors of foundation "
        "and foundation special schools included (para 24). What to add or change is listed under each factor above."
    )


# ------------------------------------------------------------------ rendering

MAX_QUOTES = 4


def _render(r: ProposalReport, markdown: bool) -> str:
    out: list[str] = []
    fmt = {"markdown": "Markdown", "text": "plain text", "docx": "Word"}.get(r.format, r.format)
    if markdown:
        out.append("# SEN Improvement Test: proposal check")
        out.append("")
        out.append(f"- **Document:** `{r.path}` ({fmt}; quotes give the {r.unit} number)")
        out.append(f"- **Rules:** {r.ruleset_id} {r.ruleset_version or ''} (DfES 2007, paras 21-25, via NatSIP 2012 Appendix 2)".rstrip())
        out.append(f"- **Parameters used:** {', '.join(f'{k} = {v}' for k, v in r.parameters.items())}")
        out.append(f"- **Result:** {'credible' if r.credible else 'NOT credible'}")
    else:
        out.append("SEN Improvement Test: proposal check")
        out.append(f"Document: {r.path} ({fmt}; quotes give the {r.unit} number)")
        out.append(f"Rules: {r.ruleset_id} {r.ruleset_version or ''} (DfES 2007, paras 21-25, via NatSIP 2012 Appendix 2)".rstrip())
        out.append(f"Parameters used: {', '.join(f'{k} = {v}' for k, v in r.parameters.items())}")
    out.append("")
    for f in r.factors:
        head = f"{LABELS[f.id]} {f.title}: {VERDICT_WORDS[f.verdict]}"
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
        elif f.id != "para23" or f.verdict != "not_applicable":
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
