"""Turn a proposal document into the facts of the SEN Improvement Test.

:func:`extract` reads every sentence once and records :class:`Finding`
values: a sentence, the fact it bears on, what it says about it (supports,
hedged, vague, negated) and the word or phrase that decided.  The facts are
then decided from the findings (:func:`decide`), each with the sentence that
decided it as provenance.  Beside them it records the providers the document
names, with their kind and aliases (:func:`providers_named`), and each group
of pupils that moves (:func:`pupil_groups`).  It decides no verdict: the
``sen-improvement-test-2007`` ruleset does, from these facts.

The rules of thumb, which ``docs/proposals.md`` sets out for proposers:

* a finding needs the factor's *subject words* in the same clause (a
  confirmation in writing may stand in the same paragraph as the sentence
  about where pupils go); a hedge or a negation elsewhere in the document, or
  about something else, counts for nothing;
* a *hedge* ("we hope", "we intend", "it is anticipated", "subject to", "may",
  "aim to", "to be confirmed") in the clause makes a claim not firm: a hoped-for
  benefit is not specific, hoped-for places are not arrangements;
* a *negation* in the clause ("no", "not", "has yet to") means the sentence
  does not supply the fact;
* a claim is *specific* when it gives concrete detail: numbers of places or
  pupils, named facilities, courses or rooms, staff roles with hours, days or
  posts, money, or a named school;
* tables are read by their header row (places now and after; where pupils
  go, how many, for how long, confirmed in writing);
* sentences that restate the Test ("proposers should..."), describe options
  considered and rejected, or report what respondents said are not the plan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from senrules_proposals import language as L
from senrules_proposals.reader import Document, Sentence, sentences

SOURCE = "proposal document"

#: The facts of each key factor, in the ruleset's order.
FACTOR_FACTS: dict[str, tuple[str, ...]] = {
    "a": ("access_benefit_claimed", "access_benefit_specific", "accessibility_strategy_referred"),
    "b": ("staff_benefit_claimed", "staff_benefit_specific"),
    "c": ("accommodation_benefit_claimed", "accommodation_benefit_specific"),
    "d": ("places_benefit_claimed", "places_benefit_specific", "places_figures_conflict", "places_fall_in_all",
          "places_only_at_pru"),
    "i": ("providers_views_sought", "providers_written_statement"),
    "ii": (
        "alternative_provision_needed", "alternative_provision_stated",
        "alternative_provision_confirmed_in_writing", "alternative_provision_hoped",
    ),
    "iii": ("transport_arrangements_specified", "transport_policy_referred"),
    "iv": ("funding_stated", "funding_specific", "staffing_stated", "staffing_specific"),
    "para23": (
        "besd_school_closing", "besd_pupils_to_pru", "besd_pru_time_limited", "besd_pru_weeks",
        "besd_pru_dated_weeks", "besd_pupils_special_places",
    ),
}
FACT_FACTOR = {f: k for k, fs in FACTOR_FACTS.items() for f in fs}
#: The facts that say the document contradicts itself (each finding quotes the other figure in its cue).
CONTRADICTIONS = ("places_figures_conflict",)


@attrs.frozen
class Finding:
    """What one sentence says about one fact.

    ``role`` is "supports" (the sentence supplies the fact), "hedged" (it
    would, but is only a hope or intention), "vague" (it mentions the subject
    only in general words, or puts it off), "negated" (it says the thing is
    not there, or not yet) or "against" (it shows the opposite: a pupil placed
    in a PRU without a time limit).  ``cue`` is the word or phrase that
    decided the role.
    """

    fact: str
    role: str
    sentence: Sentence
    cue: str = ""
    value: object = True

    @property
    def factor(self) -> str:
        return FACT_FACTOR[self.fact]


@attrs.frozen
class Provider:
    """A school, unit or other provider the document names, with its kind
    ("pru", "besd_school", "special_school", "resourced_provision",
    "mainstream_school", "college", "other") and the other names it is given
    ("the Beacon Centre (the county's pupil referral unit)": the Beacon
    Centre is a PRU, wherever it is named later)."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    sentence: Sentence
    description: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """The names the document calls it by: its name, a short form
        without the kind of place ("Oakwood" for "Oakwood Centre"), an
        abbreviation or nickname in brackets ("WTC", "the Links")."""
        return tuple(a for a in self.aliases if a != self.description)


@attrs.frozen
class PupilGroup:
    """Pupils who move (or stay), as one sentence states them: how many,
    where to (and what kind of provision that is), from when, for how long,
    whether only hoped for, and whether confirmed in writing."""

    count: str  # "18", "all", "the remaining three", "" when not said
    destination: str
    kind: str  # the destination's kind, when the document gives it
    when: str
    duration: str
    weeks: int | None
    hedged: str  # the hedge governing the clause, or ""
    confirmed_in_writing: bool
    sentence: Sentence

    def to_dict(self) -> dict:
        return {
            "count": self.count, "destination": self.destination, "kind": self.kind, "when": self.when,
            "duration": self.duration, "weeks": self.weeks, "hedged": self.hedged,
            "confirmed_in_writing": self.confirmed_in_writing, "location": self.sentence.where,
            self.sentence.unit: self.sentence.number, "quote": self.sentence.text,
        }


@attrs.frozen
class Extraction:
    """Everything the reader found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    findings: tuple[Finding, ...]
    facts: dict  # fact name -> value (None: the document does not settle it)
    deciding: dict  # fact name -> the Sentence that decided it (None: absence over the whole document)
    providers: tuple[Provider, ...] = ()
    groups: tuple[PupilGroup, ...] = ()

    def evidence(self):
        """The facts as :class:`senrules.Evidence`, with provenance."""
        from senrules.evidence import Evidence, Provenance

        out = []
        for name, value in self.facts.items():
            if value is None:
                continue
            s = self.deciding.get(name)
            record = s.where if s is not None else "whole document (nothing found)"
            out.append(Evidence(name, value, Provenance(SOURCE, file=self.document.path, record=record)))
        return out

    def findings_for(self, factor: str) -> list[Finding]:
        facts = FACTOR_FACTS[factor]
        return [f for f in self.findings if f.fact in facts]


# ------------------------------------------------------------------ per sentence


def _clauses_with(pattern: re.Pattern, text: str) -> list[tuple[str, re.Match]]:
    """The clauses of ``text`` in which ``pattern`` is found, with the match."""
    if not pattern.search(text):  # most sentences have none of a factor's words: one search decides
        return []
    out = []
    for a, b in L.clause_spans(text):
        clause = text[a:b]
        m = pattern.search(clause)
        if m:
            out.append((clause, m))
    return out


def _benefit_heading(s: Sentence) -> bool:
    return any(L.BENEFIT_HEADING.search(h) for h in s.headings[-2:])


def clear_caches() -> None:
    """Forget the per-sentence results cached across documents (clauses,
    hedges, negations, benefit words), as a benchmark of a cold check needs."""
    L._clause_spans.cache_clear()
    L.negated.cache_clear()
    L.hedge.cache_clear()
    L.found.cache_clear()
    _sibling_cue.cache_clear()
    _restates_the_test_in.cache_clear()
    _places_in_context.cache_clear()


@functools.lru_cache(maxsize=8192)
def _sibling_cue(text: str) -> bool:
    """A benefit word in a clause of the sentence that is neither negated
    nor hedged ("X works there four days a week; both will see the
    transferring pupils"): it carries a claim made in another clause."""
    for a, b in L.clause_spans(text):
        c = text[a:b]
        if L.BENEFIT.search(c) and not L.negated(c) and not L.hedge(c) and not _status_quo(c):
            return True
    return False


def _claims(s: Sentence, subject: re.Pattern, specific, claimed_fact: str, specific_fact: str, extra=None,
            label: str = "", also: re.Pattern | None = None) -> list[Finding]:
    """Findings for a benefit (a-d): claimed and, if so, specific.  Under a
    heading about benefits, or a label naming them or this benefit
    (``label``: "Specialist staff:", "4.2 Access to specialist staff.", a
    list's lead-in "Specific benefits:"), a sentence that describes what
    there will be ("Lyndhurst has an on-site therapy team") is a claim.
    ``also``: more subject words, tried where ``subject`` is not found.  What
    stays as it is ("taught by the same Teacher of the Deaf", "will finish
    their courses at Fenby House") is no claim of a benefit."""
    out = []
    # the subject first: most sentences have none of a factor's words
    if s.kind == "heading" or not (subject.search(s.text) or (also is not None and _may_name_programme(s.text) and also.search(s.text))):
        return out
    if L.found(L.CONFIRMED_WRITING, s.text):
        return out
    sibling_cue = None
    with_subject = _clauses_with(subject, s.text)
    if also is not None and not with_subject:
        with_subject = _clauses_with(also, s.text)
    for clause, m in with_subject:
        if extra is not None and not extra(clause, s):
            continue
        if _status_quo(clause) or (_UNCHANGED.search(clause) and not _IMPROVEMENT.search(clause)):
            continue
        cue = L.BENEFIT.search(clause)
        if not cue:
            if sibling_cue is None:
                sibling_cue = _sibling_cue(s.text)
            cue = sibling_cue
        # (a paragraph right under a short heading naming this benefit, "5.3 Accommodation." in bold, may
        # describe it without a verb: "At Thornhill, a six-classroom block (each 55 m²) with two calm rooms")
        titled = not cue and s.kind == "paragraph" and (
            (bool(s.headings) and len(s.headings[-1]) < 40 and bool(subject.search(s.headings[-1])))
            or bool(label and len(label) < 40 and subject.search(label))) and not _status_quo(clause)
        # (or the answer to a question about what pupils will get: "Q3. What will children get at The Nest?  A: A
        # small nurture group each morning ...; weekly forest school and a Thrive programme")
        answer = not cue and s.kind == "paragraph" and (
            (bool(s.headings) and s.headings[-1].rstrip().endswith("?") and bool(_GET_QUESTION.search(s.headings[-1])))
            or bool(label and "?" in label and _GET_QUESTION.search(label)))
        # (or a labelled description under a heading about benefits: "3.3 The resource base: a 60 m² classroom and a
        # 15 m² audiology room, ... converted from the former sixth-form study centre")
        described = not cue and ":" in s.text[:80] and bool(_LABEL.match(s.text)) and s.text.find(clause) > s.text.find(":")
        listed = (not cue and (s.kind in ("item", "row") or _DESCRIBING.search(clause) or titled or answer or described)
                  and (_benefit_heading(s) or titled or bool(label and (L.BENEFIT_HEADING.search(label) or subject.search(label)))))
        if not cue and not listed:
            continue
        # (not a "no" in brackets that say how things are now: "in the new laboratory (the Willows has no laboratory)")
        if L.negated(_BRACKETED.sub(" ", clause)):
            out.append(Finding(claimed_fact, "negated", s, _neg_word(clause)))
            continue
        h = L.hedge(clause)
        if h and _ABILITY.search(clause):
            # "could take GCSEs", "could study for vocational qualifications": what pupils would be able to do there,
            # in a proposal's conditional mood, not a hope
            h = L.hedge(_ABILITY.sub(" ", clause))
        if h:
            out.append(Finding(claimed_fact, "hedged", s, h))
            continue
        spec = specific(clause) or specific(s.text)
        if spec:
            out.append(Finding(specific_fact, "supports", s, spec))
        else:
            out.append(Finding(claimed_fact, "vague", s, m.group(0)))
        break
    return out


_BRACKETED = re.compile(r"\s*\([^()]*\)")
# What pupils would be able to do: "could take GCSEs", "could choose from five vocational courses".
_ABILITY = re.compile(r"\bcould\s+(?:also\s+)?(?:take|study|sit|choose|join|learn|gain|achieve|follow|work\s+towards)\b", re.I)


# A question heading about what pupils will have: "What will children get at The Nest?", "What will my child gain?"
_GET_QUESTION = re.compile(
    r"\bwhat\s+(?:will|would|do|does)\s+(?:the\s+)?(?:pupils|children|students|learners|young\s+people|my\s+child|your\s+child)"
    r"\s+(?:gain|get|have|receive)\b", re.I)


# What stays as it is, or comes to its planned end: "taught by the same Teacher of the Deaf", "as now", "will
# finish their courses at Fenby House".  (Tried only where a factor's words are found.)
_UNCHANGED = re.compile(
    r"\b(?:the\s+same(?!\s+time)|as\s+(?:now|at\s+present|they\s+do\s+now|before))\b"
    # "will use two existing classrooms as they are": no change made
    r"|\bas\s+(?:they|it)\s+(?:are|is|stands?)(?=\s*[,;.)]|\s*$)"
    # "will be taught in the school's existing classrooms": what there is already
    r"|\b(?:its|their|the\s+school['’]s|the\s+academy['’]s|the)\s+existing\s+(?:classrooms?|rooms?|buildings?|accommodation|premises|facilities|site)\b"
    r"|\b(?:finish|complete)\w*\s+(?:their|his\s+or\s+her|its)\s+(?:courses?|studies|education|schooling|gcses?|qualifications?|final\s+year)\b",
    re.I)
# ... unless something is added or improved beside it ("the same specialist teacher, and will also have a
# physiotherapist on site two days a week").
_IMPROVEMENT = L.rx(
    r"also", r"more", r"better", r"new", r"additional", r"extra", r"improv\w*", r"increas\w*", r"enhanc\w*", r"wider",
    r"greater", r"broader", r"gain\w*", r"now (?:have|get|be)",
)
_DESCRIBING = re.compile(
    r"\b(?:has|have|is|are|requires?|includes?|comprises?|provides?|offers?|gives?|employs?|asks?\s+for|calls?\s+for|specif(?:y|ies)"
    r"|works|visits|runs|leads|teaches|supports|sees|adds|contains)\b", re.I)
_LABEL = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?((?:[\w'’-]+[ ,]+){0,5}[\w'’-]+)\s*:\s")
# (a paragraph number, and the Test's factor before the label: "6.3 (c) Accommodation.")
_LABEL_SENTENCE = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+){0,2}((?:[\w'’-]+[ ,]+){0,7}[\w'’-]+)\s*[.:]?\s*$")
# A block's first sentence that asks what pupils will get, in bold before its answer ("**Q3. What will children
# get at The Nest?** A: ..."): a label for the answer, as a heading would be.
_GET_QUESTION_LEAD = re.compile(r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?(what\s+[^?]{5,80})\?\s*$", re.I)


def labels(sents: list[Sentence], doc: Document) -> dict[int, str]:
    """For each sentence (by ``id``), the label it sits under within its
    block or list: the words before its own colon ("Specialist staff: ..."),
    its block's short first sentence ("4.2 Access to specialist staff."), and
    the lead-in, ending with a colon, of the list it belongs to ("2.2 Specific
    benefits, assessed against the Council's Accessibility Strategy:")."""
    first: dict[int, Sentence] = {}
    last: dict[int, Sentence] = {}
    opening: dict[int, list[Sentence]] = {}
    for s in sents:
        first.setdefault(s.block, s)
        last[s.block] = s
        if len(opening.setdefault(s.block, [])) < 2:
            opening[s.block].append(s)
    out: dict[int, str] = {}
    lead = ""
    for s in sents:
        kind = doc.blocks[s.block].kind
        if kind not in ("item", "row") and s is first[s.block]:
            lead = ""  # a heading or a paragraph ends the list
        parts = []
        own = _LABEL.match(s.text) if ":" in s.text[:80] else None
        if own:
            parts.append(own.group(1))
        if first[s.block] is not s and len(first[s.block].text) < 90:
            short = _LABEL_SENTENCE.match(first[s.block].text)
            if short:
                parts.append(short.group(1))
            if not short or len(first[s.block].text) <= 5:
                # (after a paragraph number split off as a sentence of its own, the short label after it: "C3."
                # "Accommodation." "A modular building (140 m²) ...")
                second = opening[s.block][1] if len(opening[s.block]) > 1 else None
                if second is not None and second is not s and len(second.text) < 60:
                    titled = _LABEL_SENTENCE.match(second.text)
                    if titled:
                        parts.append(titled.group(1))
                for q in opening[s.block][:2]:  # (after a number split off as a sentence of its own: "Q3." "What ...?")
                    asked = _GET_QUESTION_LEAD.match(q.text) if q is not s else None
                    if asked and _GET_QUESTION.search(asked.group(1)):
                        parts.append(asked.group(1) + "?")
                        break
        if lead and kind in ("item", "row"):
            parts.append(lead)
        out[id(s)] = " / ".join(parts)
        if kind != "heading" and s is last[s.block] and s.text.rstrip().endswith(":"):
            lead = s.text[:300]
    # a footnote continues the sentence that cites it: "3.3 Accommodation. A new wing will be built[^5]." ...
    # "[^5]: Early years wing 420 m² (two classrooms, a sensory room ...)" is under the label "Accommodation" too
    if any("[^" in s.text for s in sents):
        cited: dict[str, str] = {}
        for s in sents:
            for ref in _FOOTNOTE_REF.findall(s.text):
                if out.get(id(s)):
                    cited.setdefault(ref, out[id(s)])
        for s in sents:
            note = _FOOTNOTE_DEF.match(first[s.block].text)
            if note and cited.get(note.group(1)):
                out[id(s)] = " / ".join(p for p in (out[id(s)], cited[note.group(1)]) if p)
    return out


# A Markdown footnote cited ("built on the site[^5].") and its text ("[^5]: Early years wing 420 m² ...").
_FOOTNOTE_REF = re.compile(r"\[\^([\w-]{1,20})\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\s*\[\^([\w-]{1,20})\]:")


def _status_quo(clause: str) -> bool:
    """A clause about how things are now ("pupils currently travel..."), not
    about the proposal."""
    return bool(L.STATUS_QUO.search(clause)) and not re.search(r"\b(?:will|would|shall)\b", clause, re.I)


def _neg_word(clause: str) -> str:
    m = L.NEGATION.search(L._NOT_NEGATION.sub(" ", clause))
    return m.group(0) if m else ""


def _first(pattern: re.Pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0) if m else None


def _quantity_near(noun: re.Pattern, text: str) -> str | None:
    """A counted noun: "24 places", "three teaching assistants", "1.5 FTE"."""
    clean = L._REFERENCE_NUMBER.sub(" ", text)
    for m in L.NUMBER.finditer(clean):
        tail = clean[m.end(): m.end() + 60]
        n = noun.search(tail)
        if n and len(tail[: n.start()].split()) <= 4:
            return f"{m.group(0)}{tail[: n.end()]}".strip()
    return None


_FROM_TO = re.compile(r"\bfrom\s+(\d+)\s+(?:\w+\s+){0,3}?to\s+(\d+)\b", re.I)
_BREAKDOWN = re.compile(r"\s*\([^()]{0,160}\)")


def without_breakdowns(text: str) -> str:
    """The text without its parentheses, so that a figure's breakdown does
    not stand between the figures: "from 130 (Fernhill 30, Hollybank 60) to
    132", "96 now (Brackenwood 36, Linford 40); 100 from September"."""
    return _BREAKDOWN.sub("", text) if "(" in text else text


def _from_to(text: str) -> str | None:
    m = _FROM_TO.search(text) or _FROM_TO.search(without_breakdowns(text))
    return m.group(0) if m else None


# Specificity tests, one per factor: the concrete detail found, or None.


def _access_specific(text: str) -> str | None:
    return _first(L.ACCESS_SPECIFIC, text) or _quantity_near(L.rx(
        r"subjects?", r"courses?", r"qualifications?", r"gcses?", r"clubs?", r"hours?", r"sessions?", r"lessons?",
        r"activities", r"trips?", r"days?", r"options", r"pathways?", r"pupils", r"students",
        r"items", r"devices", r"licences", r"laptops", r"tablets", r"ipads",
    ), text) or _first(L.MONEY, text) or _named_programme(text) or _first(_REGULAR_ACTIVITY, text)


# An activity with how often it runs: "a daily language group", "a weekly Lego therapy group", "swimming every week".
_REGULAR_ACTIVITY = re.compile(
    r"\b(?:daily|weekly|fortnightly|termly|twice-weekly)\s+(?:[\w-]+\s+){0,3}?(?:groups?|sessions?|clubs?|lessons?|classes|visits?|trips?)\b"
    r"|\b(?:groups?|sessions?|clubs?|lessons?|swimming|visits?|trips?)\s+(?:every|each|once\s+a|twice\s+a)\s+(?:week|day|morning|afternoon|fortnight|term)\b",
    re.I)


def _named_programme(text: str) -> str | None:
    """A named programme of teaching or support, not of funding or building ("the SEND Capital Programme")."""
    for m in _NAMED_PROGRAMME.finditer(text):
        if not L.FUNDING.search(m.group(0)) and not re.search(r"\b(?:building|works|strategy|policy)\b", m.group(0), re.I):
            return m.group(0)
    return None


# A programme, intervention, app or award named as its makers name it ("the Nuffield Early Language
# Intervention", "the Language for Thinking programme", "the Proloquo2Go app", "the Duke of Edinburgh's Award"):
# a subject of (a) where no other word of it stands ...
_NAMED_PROGRAMME_ALONE = re.compile(
    r"(?<![.!?:] )(?<!^)\b(?-i:[A-Z][\w'’-]*)(?:\s+(?:for\s+|of\s+|and\s+)?(?-i:[A-Z0-9][\w'’-]*)){0,4}\s+"
    r"(?:programmes?|programs?|interventions?|apps?|schemes?|awards?|approach|framework)\b",
    re.I,
)
def _may_name_programme(text: str) -> bool:
    """Whether ``text`` has a word :data:`_NAMED_PROGRAMME_ALONE` ends with
    (a quick test before the search, which no sentence without one can pass)."""
    low = text.casefold()
    return any(w in low for w in _PROGRAMME_WORDS)


_PROGRAMME_WORDS = ("program", "intervention", "app", "scheme", "award", "framework")
# ... and, as a specific benefit, it or a list of names in brackets ("(Precision Teaching, Colourful Semantics,
# Attention Autism)").
_NAMED_PROGRAMME = re.compile(
    _NAMED_PROGRAMME_ALONE.pattern
    + r"|\(\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}(?:\s*,\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}){1,}"
    r"(?:\s*,?\s+and\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})?\s*\)",
    re.I,
)


def _staff_specific(text: str) -> str | None:
    role = _first(L.STAFF_ROLE, text) or _first(L.STAFF_SERVICE, text)
    if role:
        amount = _first(L.FREQUENCY, text) or _first(L.FTE, text) or _quantity_near(L.rx(
            r"days?", r"hours?", r"sessions?", r"posts?", r"visits?", r"weeks?", r"terms?", r"therapists?",
            r"teachers?", r"staff", r"assistants?", r"pupils?", r"schools?", r"nurses?", r"psychologists?",
        ), text)
        if amount:
            return f"{role}; {amount}"
    return _first(L.FTE, text)


def _accommodation_specific(text: str) -> str | None:
    # (a sum said only as where money comes from, "the refurbishment, £85,000, comes from the Property
    # Maintenance budget", "contributing £1.2 million ... towards the site", is funding (iv): it describes no
    # rooms or works)
    return (
        _first(L.ACCOMMODATION_SPECIFIC, text)
        or _quantity_near(L.SPACE_NOUN, text)
        or (None if _MONEY_FROM.search(text) else _first(L.MONEY, text))
    )


# Where money comes from: "comes from the council's budget", "contributing £1.2 million from its allocation".
_MONEY_FROM = re.compile(
    r"\b(?:comes?|coming|came)\s+from\b|\bcontribut\w*\b"
    r"|\b(?:met|paid|funded|financed)\s+(?:in\s+full\s+)?(?:from|by|through)\b", re.I)


_RISES_TO = re.compile(r"\b(?:doubl|increas|ris|grow|expand|go(?:es)?\s+up|treble)\w*\s+(?:[\w,]+\s+){0,2}?to\s+\d+\b", re.I)


def _places_specific(text: str) -> str | None:
    return (_from_to(text) or _quantity_near(L.rx(r"places?", r"pupils?", r"children", r"students?", r"learners?"), text)
            or _first(_RISES_TO, text)  # "the number of places will double to 24"
            or _first(_UP_BY, text))  # "will increase by 12"


_UP_BY = re.compile(r"\b(?:increas|ris|grow|expand|go(?:es)?\s+up)\w*\s+by\s+\d+\b(?!\s*%)", re.I)


def _places_extra(clause: str, s: Sentence) -> bool:
    """An increase said of the places themselves: a verb of increase in
    the clause ("Places for pupils with MLD in Tarnside will increase from
    110 to 120", "will increase the supply of suitable secondary places"),
    or an adjective right before them ("24 additional places"), not an
    adjective of another noun ("4 pupils, whose places start in January,
    when the school forms its new Year 10 group")."""
    text = without_breakdowns(clause)
    if _PLACES_NEEDED.search(text):  # "Its 23 pupils will need new school places": demand, not supply
        return False
    if "place" in text.casefold() and not L.PLACES.search(_PLACE_IDIOM.sub(" ", text)):
        return False  # "creating a team of four intervenors, in place of the present arrangement": no places
    for inc in L.PLACES_INCREASE.finditer(text):
        if _PAST_PASSIVE.search(text, max(0, inc.start() - 20), inc.start()):
            continue  # what was done before ("since the outreach service was expanded in 2024"): not the proposal
        figures = re.match(r"from\s+(\d+)\s+to\s+(\d+)$", inc.group(0), re.I)
        if figures and int(figures.group(2)) <= int(figures.group(1)):
            continue  # "will reduce from 120 to 100 places": fewer, not more
        if not L.PLACES_INCREASE_ADJECTIVE.match(inc.group(0)):
            return True
        # (a bounded slice: a clause may be a whole 40,000-character line)
        if _THEN_PLACES.match(text, inc.end(), inc.end() + 80):
            return True
        # a comparison: "130 places, 17 more than the two schools now"
        before = re.search(r"(\d+)\s+$", text[max(0, inc.start() - 12): inc.start()])
        if re.match(r"\s+than\b", text[inc.end(): inc.end() + 10]) or (before and not re.fullmatch(r"(?:19|20)\d\d", before.group(1))):
            return True
    return False


# "Place" in a phrase about something else: "in place of", "will be in place", "takes place", "in the first place".
_PLACE_IDIOM = re.compile(r"\b(?:in|into)\s+place\b|\b(?:take|takes|taking|took|taken)\s+place\b|\bin\s+the\s+first\s+place\b", re.I)
_PAST_PASSIVE = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.I)
_PLACES_NEEDED = re.compile(
    r"\b(?:need|needs|needing|require|requires|requiring|look(?:s|ing)?\s+for|seek\w*|find\w*|waiting\s+for)\s+(?:[\w-]+\s+){0,3}?places?\b", re.I)
_THEN_PLACES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:" + L.PLACES.pattern + ")", re.I)


_BUILDING = re.compile(
    r"\b(?:classrooms?|buildings?|blocks?|extensions?|wings?|accommodation|premises|site|teaching\s+spaces?|m2|m²|square\s+met(?:re|er)s|"
    r"refurbish\w*|rebuil\w*|new[- ]build|built|toilets?|hygiene|changing\s+places|lifts?|ramps?|storey)\b",
    re.I,
)


_STATUTORY_ENLARGEMENT = re.compile(r"\benlarge(?:ment\s+of)?\s+the\s+premises(?:\s+of\s+the\s+(?:school|academy))?\b", re.I)


# What building works give: rooms and features named, or the works themselves.
_WORKS_GIVE = re.compile(
    r"\b(?:classrooms?|extensions?|wings?|teaching\s+spaces?|m2|m²|square\s+met(?:re|er)s|refurbish\w*|rebuil\w*|new[- ]build"
    r"|remodel\w*|adapt\w*|acoustic\w*|toilets?|hygiene|changing\s+places|lifts?|ramps?|storey|rooms?|halls?|kitchens?|suites?"
    r"|playgrounds?|blocks?)\b",
    re.I,
)
_ON_SITE = re.compile(r"\b(?:on|off)[- ]site\b", re.I)
# Room as space for pupils, not a room: "room for 45", "to make room for Ravenscar pupils"; and a classroom as where
# help is given, not accommodation gained: "more specialist help in their own classrooms".
_NOT_A_ROOM = re.compile(
    r"\b(?:mak\w*|made|ha[sv]e?|had|there\s+is|enough|no|little|more|plenty\s+of)\s+room\s+(?:for|to)\b"
    r"|\broom\s+for\s+(?:\d+|up\s+to|more|them|another|further|growth|expansion)\b"
    r"|\bin\s+(?:their|the|its|his\s+or\s+her|your\s+child['’]s)\s+(?:own\s+|usual\s+|mainstream\s+|home\s+)*classrooms?\b",
    re.I)
# The rooms of a provision that closes, given back to the host school: "The Unit's room will be returned to the
# school for use as a classroom", "it will convert the Unit's rooms to general classrooms": no accommodation gained.
_ROOMS_GIVEN_BACK = re.compile(
    r"\b(?:unit|base|provision|centre|class)['’]s?\s+(?:former\s+)?(?:rooms?|classrooms?|accommodation|building|space)\b"
    r"[^.;]{0,80}?\b(?:(?:returned|handed\s+back|given\s+back)\s+to\s+(?:the\s+)?(?:host\s+)?(?:school|academy|trust)"
    r"|(?:general|mainstream|ordinary)\s+classrooms?|for\s+(?:use\s+as\s+)?(?:a\s+)?(?:general\s+|mainstream\s+)?classroom\b(?!s))",
    re.I)


def _accommodation_extra(clause: str, s: Sentence) -> bool:
    # "The proposal is to enlarge the premises of the school so as to increase its capacity" names the kind of
    # alteration (the Act's words), not the accommodation pupils will have
    if _STATUTORY_ENLARGEMENT.search(clause) and not L.ACCOMMODATION.search(_STATUTORY_ENLARGEMENT.sub(" ", clause)):
        return False
    # "Capital works will be paid for from the capital programme", "The DfE will fund the building" say how works
    # are funded (iv), not what they give; "£90,000 ... for acoustic works" says what they give (names blanked: the
    # "High Needs Block" is no building)
    if re.search(r"\b(?:paid\s+for|pay\s+for|funded|fund|funds|financed|met\s+from|costs?)\b", clause, re.I) and not _WORKS_GIVE.search(
            L.common_words(re.sub(r"\bcapital\s+(?:works|scheme|project)\b", " ", clause, flags=re.I))):
        return False
    # "a counsellor on site three days a week" says where, not what accommodation; "County Hall" is an address
    if not L.ACCOMMODATION.search(L.common_words(_NOT_A_ROOM.sub(" ", _ON_SITE.sub(" ", clause)))):
        return False
    if _ROOMS_GIVEN_BACK.search(clause):
        return False
    # "pupils will have use of the sensory room" is access to a facility (a), not accommodation (c)
    # (a building named outside what pupils are given access to still is: "the new block gives them use of a
    # sensory room"; inside it, it is the facility used: "access to Saltings' new changing places facility")
    return not re.search(r"\buse\s+of\b|\b(?:will|would|can|could|to)\s+(?:\w+\s+)?use\b|\baccess\s+to\b|\bjoin\b", clause, re.I) or bool(
        _BUILDING.search(_ACCESS_TO_FACILITY.sub(" ", clause)))


# What pupils are given access to or use of at another school, to the end of its phrase: "access to Saltings' forest
# school and its new hydrotherapy-ready changing places facility" (not "access to a new classroom block").
_ACCESS_TO_FACILITY = re.compile(
    r"\b(?:access\s+to|use\s+of)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:['’]s|s['’])\s+[^,;:()]{0,120}", re.I)


def _staff_extra(clause: str, s: Sentence) -> bool:
    # "staff will transfer to the new school under TUPE" is staffing, not access to specialists;
    # "a school for pupils with social, emotional and mental health needs" names a need, and "the Speech and
    # Language Base at Orchard Primary School" a provision, not a professional.
    # "a rebound therapy room", "a therapy suite" name a facility (a), not the therapists who use it
    return not re.search(r"\btupe\b|\bredeploy", clause, re.I) and bool(
        L.STAFF.search(_without_therapy_facilities(L.BESD.sub(" ", L.PROPER_NAME.sub(" ", clause)))))


def _without_therapy_facilities(text: str) -> str:
    return _THERAPY_FACILITY.sub(" ", text) if "therap" in text.casefold() else text


_THERAPY_FACILITY = re.compile(
    r"\btherap(?:y|ies)\s+(?:rooms?|suites?|pools?|gardens?|areas?|spaces?|studios?|bases?|centres?)\b", re.I)


def _providers(s: Sentence) -> list[Finding]:
    out = []
    if s.kind == "heading":
        return out
    text = s.text
    written = L.WRITTEN_STATEMENT.search(text)
    if written and not re.search(r"\bviews?\b|\bstatements?\b|\bset(?:ting)? out\b|pattern of provision|\brepl(?:y|ies|ied)\b|\bresponses?\b"
                                 r"|\brespond(?:s|ed)?\b|\bcomments?\b|\brepresentations?\b|\bsubmissions?\b|\bopinions?\b",
                                 L.common_words(text), re.I):
        written = None
    # ("come to a drop-in session at the Academy": the school as the place, not a provider asked)
    has_providers = L.PROVIDERS.search(_AT_THE_SCHOOL.sub(" ", text) if "the " in text else text)
    if not (has_providers or written):
        return out
    # "To agree to seek proposers", "Cabinet is asked to agree": the decision asked for, not a provider's view
    has_views = L.VIEWS.search(L.common_words(_AGREED_TO_ACT.sub(" ", _DECISION_AGREE.sub(" ", text))))
    pattern_of_provision = written and re.search(r"changing pattern of (?:[\w-]+ ){0,3}?provision", text, re.I)
    if not ((has_providers and (has_views or written)) or (written and (has_views or pattern_of_provision))):
        return out
    if re.search(r"\bconsult\w*\s+on\b|\bconsultation\s+(?:document|period|runs|closes|will close|ends)", text, re.I) and not written:
        return out
    if written:
        clause = L.clause_of(text, written.start())
        if _STILL_TO_SEND.search(clause):
            # "A written statement will be sent to all providers once Cabinet has agreed": not (yet) there
            out.append(Finding("providers_written_statement", "negated", s, _STILL_TO_SEND.search(clause).group(0)))
            return out
        # (a hedge in a phrase after the statement governs that phrase only: "A written statement was issued to
        # ..., inviting each to set out its views and seeking agreement where possible" was issued)
        start = clause.find(written.group(0))
        trailing = _TRAILING_PHRASE.search(clause, max(start, 0) + len(written.group(0))) if start >= 0 else None
        main = clause[: trailing.start()] if trailing else clause
        if L.negated(clause):
            out.append(Finding("providers_written_statement", "negated", s, _neg_word(clause)))
        elif L.hedge(main):
            out.append(Finding("providers_written_statement", "hedged", s, L.hedge(main)))
        elif has_providers or pattern_of_provision:
            out.append(Finding("providers_written_statement", "supports", s, written.group(0)))
            return out
    if has_providers and has_views:
        clause = L.clause_of(text, has_views.start())
        if _STILL_TO_SEND.search(clause):
            out.append(Finding("providers_views_sought", "negated", s, _STILL_TO_SEND.search(clause).group(0)))
        elif L.negated(clause):
            out.append(Finding("providers_views_sought", "negated", s, _neg_word(clause)))
        elif L.hedge(clause):
            out.append(Finding("providers_views_sought", "hedged", s, L.hedge(clause)))
        else:
            out.append(Finding("providers_views_sought", "supports", s, has_views.group(0)))
    return out


_AT_THE_SCHOOL = re.compile(r"\b(?:at|in)\s+the\s+(?:school|academy)\b(?!['’]s)", re.I)
# A participle phrase after a comma: ", inviting each to set out its views", ", and seeking agreement where possible".
_TRAILING_PHRASE = re.compile(r",\s+(?:and\s+)?(?:inviting|seeking|asking|offering|giving|requesting|encouraging)\b", re.I)
# A statement or views still to be asked for: "will be sent", "Providers' views will be sought in writing",
# "We will invite all schools to set out their views", "Headteachers will be asked for their written views".
_STILL_TO_SEND = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:sent|issued|circulated|written|send|issue|write|circulate"
    r"|sought|asked|invited|requested|seek|ask|invite|request)\b"
    r"|\b(?:is|are)\s+to\s+be\s+(?:sent|issued|circulated|sought|asked|invited)\b", re.I)
# "The governing body has agreed in writing to keep the pupils on roll": an undertaking, not a view on the proposal
_AGREED_TO_ACT = re.compile(r"\bagree(?:s|d|ing)?\s+(?:in\s+writing\s+)?to\s+(?!the\s+(?:proposals?|changes?|plans?)\b)[a-z]+", re.I)
_DECISION_AGREE = re.compile(r"\b(?:to|is\s+asked\s+to|are\s+asked\s+to)\s+agree\b", re.I)


def _alternative(s: Sentence) -> list[Finding]:
    out = []
    text = s.text
    if s.kind == "heading":
        # a heading that says it ("9. No pupil is displaced") says it of the section under it
        said = L.NO_DISPLACEMENT.search(text) if not text.rstrip().endswith("?") and L.may_say_nobody_moves(text) else None
        return [Finding("alternative_provision_needed", "supports", s, said.group(0), False)] if said else out
    no_displacement = L.NO_DISPLACEMENT.search(text) if L.may_say_nobody_moves(text) else None
    if no_displacement is None:
        no_displacement = L.nobody_displaced(text)
    if no_displacement is None and _ANSWER_NO.match(text) and s.headings and _ASKS_WHO_MOVES.search(s.headings[-1]):
        # "Will any pupil have to move school?" / "No. This is an additional school ..."
        no_displacement = _ANSWER_NO.match(text)
    if no_displacement:
        out.append(Finding("alternative_provision_needed", "supports", s, no_displacement.group(0), False))
        return out
    put_off = _destination_put_off(text)
    if put_off and (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text)) and not L.negated(L.clause_of(text, put_off.start())):
        # "Years 1 and 2 (2 pupils): the options for these pupils will be discussed with their families": no destination
        out.append(Finding("alternative_provision_hoped", "supports", s, put_off.group(0)))
        return out
    sought = L.PLACE_STILL_SOUGHT.search(text)
    if sought and not L.negated(L.clause_of(text, sought.start())):
        # "... will attend the Horizon Centre ..., while the Council commissions a suitable place for each of them"
        out.append(Finding("alternative_provision_hoped", "supports", s, sought.group(0)))
    group_to = _GROUP_TO.match(text)
    if group_to and not (L.ALT_STRONG.search(text) or L.ALT_MOVE.search(text)):
        # an item of a list of where each group goes, with no verb: "32 pupils to Cressfield Academy, which has
        # confirmed in writing ... that it will admit all of them"
        # (the item is one arrangement: a hedge anywhere in it, "32 pupils to Elm Academy, if places can be found", governs it)
        # (a clause about something else, "their transition visits are to be decided on 11 May", governs only itself)
        about = _about_the_arrangement(text, group_to.start())
        hedged = L.hedge(about) or _first(L.PLACE_HEDGE, re.sub(r"\d+\s+May\b|\bMay\s+\d", " ", about))  # (not the month)
        if hedged:
            out.append(Finding("alternative_provision_hoped", "supports", s, hedged))
            return out
        if L.negated(text):
            return out
        out.append(Finding("alternative_provision_stated", "supports", s, group_to.group(0).strip()))
        confirmed = L.found(L.CONFIRMED_WRITING, text)
        if confirmed and not L.negated(L.clause_of(text, confirmed.start())) and not L.hedge(L.clause_of(text, confirmed.start())):
            out.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, confirmed.group(0)))
        return out
    moves = _MOVE_THEN_WHERE.search(text)
    if moves and (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text)):
        # the verb before a colon, where each group goes after it: "Those still at school in September 2028 will move:
        # pupils of primary age to Greenacre, and secondary-age pupils with MLD to Longbenton Park"
        after = text[moves.end():]
        dest = _TO_NAMED.search(after)
        if dest and not L.negated(after):
            hedged = L.hedge(after) or _first(L.PLACE_HEDGE, after)
            out.append(Finding("alternative_provision_hoped", "supports", s, hedged) if hedged
                       else Finding("alternative_provision_stated", "supports", s, dest.group(0)))
            return out
    if not (L.ALT_STRONG.search(text) or L.ALT_MOVE.search(text)):  # (a clause's words are the sentence's)
        return out
    clauses = []
    for a, b in L.clause_spans(text):
        clause = text[a:b]
        if _status_quo(clause) or L.TRANSPORT.search(clause) or _MOVE_WITHIN.search(clause):
            continue
        m = L.ALT_STRONG.search(clause)
        if m is None:
            move = L.ALT_MOVE.search(clause)
            if (
                move and (L.PUPILS.search(clause) or L.ELIDED_PUPILS.search(clause))
                # in a sentence about new or more places only a definite move ("will all transfer to the new
                # school") or a written confirmation, not "will be considered for places at the new school"
                and (not L.PLACES_INCREASE.search(text) or L.found(L.CONFIRMED_WRITING, clause) or _DEFINITE_MOVE.match(move.group(0)))
                and not re.search(r"\bstaff\b|\bteachers\b|\bassistants\b", clause[: move.start()], re.I)
            ):
                m = move
        if m is not None:
            clauses.append((clause, m))
    for clause, m in clauses:
        confirmed = L.CONFIRMED_WRITING.search(clause)
        h = L.hedge(clause)
        find = L.FIND_PLACES.search(clause)
        if h and L.PLACE_HEDGE.search(clause):
            out.append(Finding("alternative_provision_hoped", "supports", s, h))
            continue
        if L.negated(clause):
            if confirmed or re.search(r"\bconfirm", clause, re.I):
                out.append(Finding("alternative_provision_confirmed_in_writing", "negated", s, _neg_word(clause)))
            if re.search(r"\bnot yet\b|\byet to\b", clause, re.I):
                out.append(Finding("alternative_provision_hoped", "supports", s, _neg_word(clause)))
            else:
                out.append(Finding("alternative_provision_stated", "negated", s, _neg_word(clause)))
            continue
        if h:
            out.append(Finding("alternative_provision_hoped", "supports", s, h))
            continue
        open_ended = L.OPEN_ENDED.search(clause)
        wait = _NAMED_WAIT.match(clause[open_ended.start():open_ended.end() + 40]) if open_ended else None
        if wait:
            # "... and remain there until a special school place becomes available for them at Fountains Bridge": a
            # wait for a place at a named school; no hope to find places elsewhere when that school has confirmed
            # in writing it will admit all the pupils (the wait's length is para 23's), else a place still to be had
            out.append(Finding("alternative_provision_hoped", "supports", s, open_ended.group(0), wait.group("name")))
            continue
        if open_ended:  # "They will attend the Bridge until a special school place becomes available": still to be found
            out.append(Finding("alternative_provision_hoped", "supports", s, open_ended.group(0)))
            continue
        if find and not re.search(r"\b(?:have|has|had)\s+(?:been\s+)?(?:found|identified|secured)|\bfound\b", clause, re.I):
            out.append(Finding("alternative_provision_hoped", "supports", s, find.group(0)))
            continue
        if confirmed:
            out.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, confirmed.group(0)))
        dest = L.ALT_DESTINATION.search(clause) or L.ALT_DESTINATION.search(text)
        if dest and (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text) or re.search(r"\bplaces?\b", text, re.I)):
            out.append(Finding("alternative_provision_stated", "supports", s, dest.group(0)))
        elif not confirmed:
            out.append(Finding("alternative_provision_stated", "vague", s, m.group(0)))
    return out


_ARRANGEMENT_WORDS = re.compile(
    r"\b(?:pupils?|children|students?|places?|placements?|schools?|academy|admit\w*|receiv\w*|transfer\w*|mov\w*|attend\w*|join\w*"
    r"|offer\w*|(?-i:[A-Z])[\w'’-]+\s+(?:School|Academy|Centre|College|Unit|Base))\b", re.I)


# A column of a table of pupil moves about something else: "Notes", "Comments", "Other benefits".
_OTHER_COLUMN = re.compile(r"^\W*(?:notes?|comments?|remarks?|other\b|benefits?|facilities|what\s+(?:changes|is\s+new))", re.I)


def _about_the_arrangement(text: str, at: int = 0) -> str:
    """The clauses of ``text`` about the arrangement: the one at ``at``
    (the group and where it goes) and any other about pupils, places,
    schools or admitting them; a clause about something else ("their
    transition visits are to be decided on 11 May") is left out, so that
    its hedge governs only itself."""
    spans = L.clause_spans(text)
    kept = [text[a:b] for a, b in spans if a <= at < b or (at >= b and (a, b) == spans[-1])
            or _ARRANGEMENT_WORDS.search(text[a:b])]
    return " ".join(kept) if kept else text


# A group of pupils and where it goes, without a verb, opening a list item: "32 pupils to Cressfield Academy",
# "5 pupils in Year 10 to the resourced provision at Northcote High School".
_GROUP_TO = re.compile(
    r"^\s*(?:\(?[a-z\d]{1,3}[.)]\s+)?(?:\d+|" + L._NUMBER_WORDS + r")\s+(?:[\w-]+\s+){0,2}?(?:pupils?|children|students?|young\s+people)"
    r"(?:\s+(?:in|from)\s+(?:[\w-]+\s+){1,4}?)?\s+(?:to|at|into)\s+(?P<dest>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z])[\w'’-]+)",
    re.I)
# Where pupils go, put off: "the options for these pupils will be discussed with their families".
_DESTINATION_PUT_OFF = re.compile(
    r"\b(?:options?|destinations?|placements?|next\s+schools?|where\s+(?:they|these\s+pupils|each\s+(?:child|pupil))\s+(?:will\s+)?go)\b"
    r"(?:\s+[\w'’]+){0,6}?(?:,(?:\s+[\w'’]+){1,6},)?\s+(?:will|are\s+to|is\s+to|would)\s+be\s+(?:discussed|considered|decided|explored|reviewed|determined|looked\s+at)\b",
    re.I)
# A move whose destinations follow a colon: "will move: pupils of primary age to Greenacre, and ...".
_MOVE_THEN_WHERE = re.compile(r"\b(?:will|would|are\s+to|shall)\s+(?:all\s+)?(?:move|transfer|go)(?:\s+as\s+follows)?\s*:\s", re.I)
_TO_NAMED = re.compile(r"\b(?:to|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}")
# The step after a stated stay, put off: "will remain there ... until the end of Year 9, when their next placement
# will be decided at annual review" (where pupils go now is stated).
_AFTER_THE_STAY = re.compile(r"\buntil\b[^.;]{0,160}?,?\s+(?:when|at\s+which\s+(?:point|time))\s+(?:[\w'’]+\s+){0,3}?$", re.I)


def _destination_put_off(text: str) -> re.Match | None:
    """Where pupils go, put off (:data:`_DESTINATION_PUT_OFF`), unless it is
    the step after a stay the sentence states."""
    m = _DESTINATION_PUT_OFF.search(text)
    return None if m is None or _AFTER_THE_STAY.search(text, max(0, m.start() - 200), m.start()) else m


# A question and its answer: "Will any child have to change school?" answered "No."
_ANSWER_NO = re.compile(r"^\s*no\b(?!\s+(?:more|longer|later|fewer|less)\b)", re.I)
_ASKS_WHO_MOVES = re.compile(
    r"\b(?:will|would|do|does|is|are|must|need)\b.*\b(?:any|my|our|current|existing)\s+(?:pupils?|child(?:ren)?|students?|learners?)\b"
    r".*\b(?:move|moving|change\s+schools?|leave|displaced|transfer)\b.*\?\s*$", re.I)
# Pupils moving into a building of their own school: "Pupils will move into the new building in September 2029".
_MOVE_WITHIN = re.compile(
    r"\bmov\w*\s+(?:in)?to\s+(?:the|a|its|their)\s+(?:new\s+|refurbished\s+|extended\s+|rebuilt\s+|main\s+)?"
    r"(?:building|block|wing|classrooms?|accommodation|premises|extension|teaching\s+block)\b"
    r"(?!\s+(?:at|of)\s+(?:the\s+)?(?-i:[A-Z]))", re.I)  # not "the new building at Elm School": another school
_DEFINITE_MOVE = re.compile(
    r"(?:transfer|move|moving|transferring|relocat\w*|go)\s+(?:to|into)|will\s+(?:attend|transfer|move|be\s+admitted|be\s+placed)"
    r"|join\b|(?:will|would|shall|can|to)\s+take\b", re.I)
_PAST_CLOSURE = re.compile(
    r"\b(?:closed|discontinued|ceased|merged|amalgamated)\s+(?:in|since|during|at\s+the\s+end\s+of)\s+(?:(?:the\s+)?(?:summer|autumn|spring|\w+)\s+)?(?:19|20)\d\d\b"
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:closed|discontinued|merged|amalgamated)\b(?!\s+(?:on|from|with\s+effect))",
    re.I,
)


# A merger of support services or teams (DCSF 2008 Standard 5 applies the Test to them): no school closes.
_SERVICE_MERGER = re.compile(r"(?:merg|amalgamat)\w*\s+(?:[\w'’()-]+\s+){0,4}?(?:services?|teams?)\b", re.I)


# Premises, not a provision, closing: "The Moorside site will close when the school leaves it", "close the
# Tenmouth building": the school or unit goes on elsewhere.
_PREMISES = r"(?:site|building|premises|campus|annexe?)s?"
_PREMISES_BEFORE = re.compile(
    r"\b" + _PREMISES + r"\s+(?:(?:will|would|shall|is\s+to|are\s+to|can)\s+)?(?:(?:then|also|now|therefore)\s+)?(?:be\s+)?$", re.I)
_PREMISES_AFTER = re.compile(r"\w*\s+(?:the\s+|its\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}" + _PREMISES + r"\b", re.I)


def _premises_only(clause: str, m: re.Match) -> bool:
    """The closure word ``m`` in ``clause`` closes premises (a site, a
    building), not a school or unit."""
    return bool(_PREMISES_BEFORE.search(clause, 0, m.start()) or _PREMISES_AFTER.match(clause, m.end()))


def _closure(s: Sentence) -> Finding | None:
    text = s.text
    if text.rstrip().endswith("?"):  # a question ("Does this mean a school or unit is closing?") closes nothing
        return None
    for clause, m in _clauses_with(L.CLOSURE, text):
        if re.search(r"consultation|closing date|deadline|responses?|comments?", clause, re.I):
            continue
        if _PAST_CLOSURE.search(clause):  # "the former infant school (closed in 2023)": history, not the proposal
            continue
        if _SERVICE_MERGER.match(clause, m.start()):  # "the merged service will have ...": services, not schools, merge
            continue
        if _premises_only(clause, m):  # "The Moorside site will close when the school leaves it": premises, not a school
            continue
        if not (L.SCHOOL.search(clause) or L.PROPER_NAME.search(clause) or re.search(r"\b(?:unit|base|provision)\b", clause, re.I)):
            continue
        if L.negated(clause):
            continue
        return Finding("alternative_provision_needed", "supports", s, m.group(0), True)
    return None


def _best(candidates: list[Finding]) -> list[Finding]:
    """One finding per sentence and fact: a clause that supports the fact
    wins over one that is negated, hedged or vague."""
    if not candidates:
        return []
    for role in ("supports", "vague", "hedged", "negated"):
        for f in candidates:
            if f.role == role:
                return [f]
    return [candidates[0]]


def _transport(s: Sentence) -> list[Finding]:
    out = []
    text = s.text
    # every transport policy's name has a transport word
    if not L.TRANSPORT.search(text) or _about_the_test(text):
        return out
    # the transport policy, by its name or, in a sentence about transport, as the LA's policy
    # ("Transport will be available in accordance with the Council's policy")
    policy = L.TRANSPORT_POLICY.search(text) or _LA_POLICY.search(text)
    if policy:
        clause = L.clause_of(text, policy.start())
        # "Children under five are not eligible for transport under the Council's SEND Travel Policy" refers to it:
        # a negation counts only when it governs the policy itself ("no transport policy", "not referred to the policy").
        if L.negated(clause) and re.search(r"\b(?:no|not|nor|without|never)\s+(?:[\w'’]+\s+){0,4}$|\bn['’]t\s+(?:[\w'’]+\s+){0,4}$",
                                           text[:policy.start()], re.I):
            out.append(Finding("transport_policy_referred", "negated", s, _neg_word(clause)))
        else:
            out.append(Finding("transport_policy_referred", "supports", s, policy.group(0)))
    if s.kind == "heading":
        return out
    candidates = []
    background = bool(s.headings) and _background_heading(s.headings[-1])
    for clause, m in _clauses_with(L.TRANSPORT, text):
        if _status_quo(clause) or (background and not _FUTURE.search(clause)):
            # (under "Why we want to do this" or "Background", "young people travel to Kendal (up to 90 minutes)"
            # is how things are now)
            continue
        if _TRAVEL_SKILL.match(clause, m.start()) and not L.TRANSPORT.search(clause, m.end() + 9) \
                and _TAUGHT.search(text, 0, max(0, text.find(clause)) + m.start()):
            continue  # "will teach a preparation for adulthood curriculum: ..., travel training and ...": a skill taught
        arrangement = L.TRANSPORT_ARRANGEMENT.search(clause)
        # a bound on a concrete arrangement is no negation of it ("by shared taxi, with no journey longer than 40
        # minutes", "adapted minibuses, with no change to routes"), nor is a further option offered beside it a
        # hedge ("will travel by taxi or minibus ..., or may take a personal travel budget")
        firm = clause
        if _TRANSPORT_CONCRETE.search(clause):
            firm = _TRANSPORT_OPTION.sub(" ", _TRANSPORT_LIMIT.sub(" ", clause))
            if not L.TRANSPORT.search(firm):
                continue  # the bound alone ("with no journey longer than 45 minutes"): it qualifies another clause
        if L.negated(firm):
            candidates.append(Finding("transport_arrangements_specified", "negated", s, _neg_word(firm)))
            continue
        h = L.hedge(firm) or L.deferral(firm)
        if h and _QUALIFIER_HEDGE.match(h) and _TRANSPORT_CONCRETE.search(clause):
            h = None  # "on the same contracted minibuses, with the same passenger assistants where possible"
        if h:
            candidates.append(Finding("transport_arrangements_specified", "hedged", s, h))
            continue
        # "by contracted taxi or minibus, with a passenger assistant where needed": the arrangement is concrete
        if L.VAGUE.search(clause) and not L.TRANSPORT_POLICY.search(clause) and not _TRANSPORT_CONCRETE.search(clause):
            candidates.append(Finding("transport_arrangements_specified", "vague", s, L.VAGUE.search(clause).group(0)))
            continue
        if arrangement and not (policy and L.clause_of(text, policy.start()) == clause and not _arrangement_beyond_policy(clause)):
            generic = _TRANSPORT_GENERIC_UNDER_POLICY if policy else _TRANSPORT_GENERIC
            if all(generic.match(a.group(0)) for a in L.TRANSPORT_ARRANGEMENT.finditer(clause)):
                # "Transport will be provided": that there is transport, not what it is
                candidates.append(Finding("transport_arrangements_specified", "vague", s, arrangement.group(0)))
            else:
                candidates.append(Finding("transport_arrangements_specified", "supports", s, arrangement.group(0)))
    return out + _best(candidates)


_BACKGROUND = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:background|context|the\s+current\s+(?:position|situation|provision|arrangements)"
    r"|current\s+(?:position|situation|provision|arrangements)|why\s+(?:we\s+(?:want|are|need|propose)|is\s+(?:this|a\s+change)|change)"
    r"|(?:the\s+)?reasons?\s+for|(?:the\s+)?case\s+for\s+change|the\s+need\s+for)\b", re.I)


@functools.lru_cache(maxsize=1024)
def _background_heading(heading: str) -> bool:
    """A heading over how things are now, or why a change is proposed
    ("Why we want to do this", "2. Background", "Reasons for the proposal")."""
    return bool(_BACKGROUND.search(heading))


# Travel as a skill pupils are taught, in a sentence about what they are taught: no arrangement for getting there.
_TRAVEL_SKILL = re.compile(r"(?:independent\s+)?travel\s+training\b|independent\s+travel\b", re.I)
# (post-16, the curriculum is a "study programme"; or a list of what is studied: "functional skills, the ASDAN
# programmes, a supported internship, independent travel training and ...")
_TAUGHT = re.compile(r"\b(?:curriculum|teach\w*|taught|lessons?|courses?|programmes?\s+of\s+study|study\s+programmes?"
                     r"|functional\s+skills|life\s+skills|qualifications?|accredit\w*|internships?|asdan|gcses?|btecs?)\b", re.I)
# A hedge on one detail of a concrete arrangement, or on how many will use it ("Most pupils are expected to
# travel by taxi or minibus with a passenger assistant").
_QUALIFIER_HEDGE = re.compile(r"(?:where|wherever|if|as\s+far\s+as)\s+possible$|expected$|anticipated$", re.I)
# Words that say only that there is transport.
_TRANSPORT_GENERIC = re.compile(r"(?:will\s+(?:be|continue|receive|provide|have|get|remain|run)|provided|arrange\w*)$", re.I)
# ... and, in a sentence naming the transport policy, who is carried ("eligible pupils", "free"): the policy's
# eligibility restated, not how pupils will travel.
_TRANSPORT_GENERIC_UNDER_POLICY = re.compile(_TRANSPORT_GENERIC.pattern[:-2] + r"|eligib\w*|entitle\w*|free)$", re.I)
# How pupils will travel, in concrete terms.
_TRANSPORT_CONCRETE = L.rx(
    r"taxis?", r"minibus\w*", r"bus pass\w*", r"passenger assistants?", r"escorts?", r"door[- ]to[- ]door",
    r"travel training", r"personal (?:transport|travel) budgets?", r"mileage allowance", r"\d+ minutes", r"\d+(?:\.\d+)? miles",
)


# A bound on an arrangement: "no journey longer than 40 minutes", "no change to routes".
_TRANSPORT_LIMIT = re.compile(
    r"\b(?:with\s+)?no\s+(?:[\w'’-]+\s+){0,2}?(?:longer|more|further|later)\s+than\b|\b(?:with\s+)?no\s+changes?\s+(?:to|in)\b"
    r"|\b(?:with\s+)?no\s+(?:single\s+|one[- ]way\s+)?(?:journeys?|trips?|travel\s+times?)\s+(?:of\s+)?(?:over|above|exceeding|beyond)\s+\d", re.I)
# A further option beside a firm arrangement: ", or may take a personal travel budget".
_TRANSPORT_OPTION = re.compile(r",?\s+or\s+(?:\w+\s+)?(?:may|can|could)\s+(?:choose\s+|instead\s+)?(?:take|have|use|receive|opt|claim|travel)\b", re.I)


_LA_POLICY = re.compile(
    r"\b(?:the\s+)?(?:council|authority|la|local\s+authority|county|borough|city)['’]?s?\s+(?:(?:sen|send|current|published|agreed)\s+)?polic(?:y|ies)\b",
    re.I)


def _arrangement_beyond_policy(clause: str) -> bool:
    """Whether a clause naming the transport policy also says what the
    arrangements are ("... under the policy: a taxi with a passenger
    assistant"), not only that transport follows the policy ("Transport will
    be provided in line with the policy")."""
    rest = _UNDER_POLICY.sub(" ", _LA_POLICY.sub(" ", L.TRANSPORT_POLICY.sub(" ", clause)))
    return bool(L.TRANSPORT_ARRANGEMENT.search(rest))


# Words that only say transport follows the policy.
_UNDER_POLICY = re.compile(
    r"\b(?:will\s+(?:continue\s+to\s+)?be\s+|is\s+|are\s+)?(?:provided|offered|arranged|available|made\s+available|considered|assessed|decided)\b"
    r"|\b(?:in\s+line\s+with|in\s+accordance\s+with|according\s+to|under|as\s+set\s+out\s+in|following)\b"
    # who is carried, or that it goes on as now: "transport will continue for eligible pupils under the policy"
    r"|\b(?:will\s+)?continu\w*(?:\s+to\s+be\s+(?:provided|offered|arranged))?\b|\beligib\w*|\bentitle\w*",
    re.I,
)


# A sum said of the sentence before, in short sentences under a heading about the money: "How will it be paid for?
# The Department for Education will pay for the building. This is about £19 million."
_SUM_SAID_BACK = re.compile(
    r"^\W*(?:this|that|it|which)\s+(?:is|will\s+be|would\s+be|costs?|will\s+cost|comes\s+to|amounts?\s+to|totals?)\s+"
    r"(?:about|around|approximately|roughly|some|nearly|almost|up\s+to|over|just\s+over|just\s+under)?\s*(?=£|GBP\b)", re.I)


def _funding_staffing(s: Sentence) -> list[Finding]:
    text = s.text
    if s.kind == "paragraph" and s.headings and _FUNDING_TITLE.search(s.headings[-1]) and (back := _SUM_SAID_BACK.match(text)):
        money = L.MONEY.match(text, back.end())
        if money:
            return [Finding("funding_specific", "supports", s, money.group(0))]
    if s.kind == "heading" or not (L.FUNDING.search(text) or L.STAFFING_PLAN.search(text)) or _about_the_test(text):
        return []
    def clauses(pattern):
        if s.kind == "row":  # a table row is one statement: "Staffing; 6 teachers; delegated budget."
            m = pattern.search(text)
            return [(text, m)] if m else []
        return _clauses_with(pattern, text)

    def planned(clause):
        return (s.kind == "row" or L.PLAN.search(clause) or L.MONEY.search(clause) or L.FTE.search(clause)
                or _quantity_near(L.STAFF_NOUN, clause))

    funding = []
    for clause, m in clauses(L.FUNDING):
        if not L.FUNDING.search(_TRAVEL_BUDGET.sub(" ", clause)):  # "a personal travel budget" is transport
            continue
        # ("Funding is subject to approval.": no plan, but the funding waits on a decision)
        if _status_quo(clause) or not (planned(clause) or _FUNDING_CONDITIONAL.search(clause)):
            continue
        if _PUPILS_NOW.search(clause) and not _FUTURE.search(clause):
            continue  # "52 pupils with autism attend independent special schools at an average cost of £61,000 a year": now
        if re.search(r"\bfunded places?\b", clause, re.I) and not L.MONEY.search(clause):
            continue
        if L.negated(clause):
            funding.append(Finding("funding_stated", "negated", s, _neg_word(clause)))
            continue
        # Funding from a named source or with a sum, but only "subject to approval" of a budget or programme, or
        # "approved in principle": the document says how the proposal is to be funded, not that it is (the rules
        # file's interpretation of (iv): stated, not specified).  "Funding is subject to approval", with no source
        # or sum, says neither.
        conditional = _FUNDING_CONDITIONAL.search(clause)
        unconditional = _FUNDING_CONDITIONAL.sub(" ", clause) if conditional else clause
        pending = _FUNDING_PENDING.search(unconditional)
        h = (L.hedge(unconditional) or L.deferral(unconditional) or (pending.group(0) if pending else None)
             or (None if L.MONEY.search(clause) else _first(L.PUT_OFF, unconditional)))
        if h:
            funding.append(Finding("funding_stated", "hedged", s, h))
            continue
        if conditional:
            if L.FUNDING_SOURCE.search(clause) or L.MONEY.search(clause):
                funding.append(Finding("funding_stated", "vague", s, conditional.group(0)))
            else:
                funding.append(Finding("funding_stated", "hedged", s, conditional.group(0)))
            continue
        # Specific funding gives the sums (the fact's doc: "the capital and revenue sums and where each comes
        # from"); a source alone ("met from the High Needs Block") says how, not how much.
        spec = _first(L.MONEY, clause) or _first(L.MONEY, text)
        if spec and not (L.VAGUE.search(clause) and not L.MONEY.search(clause)):
            funding.append(Finding("funding_specific", "supports", s, spec))
        else:
            funding.append(Finding("funding_stated", "vague", s, m.group(0)))
    staffing = []
    for clause, m in clauses(L.STAFFING_PLAN):
        if _status_quo(clause) or not planned(clause):
            continue
        if _CONTRACTOR.search(clause) and not L.STAFF_NOUN.search(clause):  # "licensed contractor appointed"
            continue
        if _OTHER_BODY.search(clause) and not _OWN_STAFF.search(clause):
            # "Southwick Community Health will base a second physiotherapist at the school (2.0 FTE)": another
            # body's staff are access to specialist staff (b), not the proposal's planned staffing (iv)
            continue
        none_new = _first(L.NO_NEW_STAFF, clause) or _first(L.STAFF_LEAVING, clause)
        if none_new and not (L.FTE.search(clause) or L.RATIO.search(clause)):
            staffing.append(Finding("staffing_stated", "vague", s, none_new))
            continue
        if L.negated(clause):
            staffing.append(Finding("staffing_stated", "negated", s, _neg_word(clause)))
            continue
        h = L.hedge(clause) or L.deferral(clause) or _first(L.PUT_OFF, clause)
        # staffing in general terms beside a deferral ("will be appropriately staffed, with staffing to be
        # determined later"), posts only hoped for ("we would aim to appoint a teacher and two teaching
        # assistants"), or a review of the staffing of a team that carries on ("Staffing of the team will be
        # reviewed"): staffing described, not specified; a deferral alone describes none
        described = (_GENERAL_STAFFING.search(text) or _quantity_near(L.STAFF_NOUN, clause) or _first(L.FTE, clause)
                     or L.STAFFING_REVIEWED.search(clause))
        if h and not described:
            staffing.append(Finding("staffing_stated", "hedged", s, h))
            continue
        if h:
            staffing.append(Finding("staffing_stated", "vague", s, h))
            continue
        own = _own_staff_text(text)  # (not another body's staff: "the NHS trust will second a therapist (0.5 FTE)")
        spec = (
            _first(L.FTE, clause) or _first(L.RATIO, clause) or _quantity_near(L.STAFF_NOUN, clause)
            or _first(L.FTE, own) or _first(L.RATIO, own) or _quantity_near(L.STAFF_NOUN, own)
        )
        if spec and not L.VAGUE.search(clause):
            staffing.append(Finding("staffing_specific", "supports", s, spec))
        else:
            staffing.append(Finding("staffing_stated", "vague", s, m.group(0)))
    return _best(funding) + _best(staffing)


# Staffing in general words: "appropriately staffed", "suitably qualified staff", "staff as needed".
_GENERAL_STAFFING = re.compile(
    r"\b(?:appropriate(?:ly)?|suitabl[ey]|sufficient(?:ly)?|adequate(?:ly)?|properly|fully)\s+(?:\w+\s+)?staff\w*|\bstaff\w*\s+(?:\w+\s+){0,3}?"
    r"(?:appropriate(?:ly)?|suitabl[ey]|as\s+(?:needed|necessary|required)|in\s+line\s+with\s+(?:the\s+)?(?:pupils['’]?\s+)?needs)\b", re.I)
_OTHER_BODY = re.compile(
    r"\b(?:community\s+health|nhs|health\s+(?:trust|service|board)|(?:integrated\s+)?care\s+board|camhs|clinical\s+commissioning"
    r"|(?:nursing|therapy|psychology|support|outreach|advisory)\s+(?:service|team)s?)\b|\b(?:seconded|commissioned)\s+from\b",
    re.I)
# The proposal's own staff: teachers, assistants, leaders, the staff team.
_OWN_STAFF = L.rx(
    r"teachers?", r"teaching assistants?", r"tas", r"hltas?", r"headteachers?", r"head of \w+", r"staff team", r"staffing",
    r"learning mentors?", r"support staff", r"senco", r"leaders?", r"managers?", r"posts?",
)
def _own_staff_text(text: str) -> str:
    """The sentence without its clauses about another body's staff."""
    if not _OTHER_BODY.search(text):
        return text
    return " ".join(text[a:b] for a, b in L.clause_spans(text)
                    if not (_OTHER_BODY.search(text[a:b]) and not _OWN_STAFF.search(text[a:b])))


# Money still to be won: "£400,000 will be sought from the DfE", "if the Council's capital bid is successful",
# "a bid for £400,000 has been submitted".
_FUNDING_PENDING = re.compile(
    r"\b(?:will\s+be|to\s+be|is\s+being|are\s+being)\s+(?:sought|bid\s+for|applied\s+for)\b"
    r"|(?<!successful\s)\bbids?\s+(?:for|to)\b|\bif\s+(?:[\w'’]+\s+){0,4}?(?:bid|application)s?\s+(?:is|are)\s+successful\b"
    r"|\bsubject\s+to\s+(?:a\s+|the\s+)?(?:successful\s+)?(?:bid|application)\b",
    re.I)
# Where pupils are now, in the present tense: the cost of today's placements is no funding of the proposal.
_PUPILS_NOW = re.compile(
    r"\b(?:pupils|children|students|learners|young\s+people)\s+(?:[\w-]+\s+){0,4}?(?:attend|are\s+(?:placed|educated)|travel)\b", re.I)


# Funding that waits on a later decision about the money: "subject to approval of the 2029-30 capital
# programme", "subject to the outcome of the schools funding settlement", "subject to a full business case",
# "approved in principle by the Capital Board".
_FUNDING_CONDITIONAL = re.compile(
    r"\bsubject\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:approval|outcome|business\s+case|agreement|confirmation"
    r"|settlement|decision|sign[- ]off|availability)\b(?:\s+(?:of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:programme|budget|settlement|council|cabinet|board|panel|forum|dfe|esfa|department)\b)?"
    r"|\b(?:(?:approved|agreed|supported)\s+)?in\s+principle\b",
    re.I)
_TRAVEL_BUDGET = re.compile(r"\b(?:personal\s+)?(?:travel|transport)\s+budgets?\b|\bpersonal\s+budgets?\b", re.I)
_CONTRACTOR = re.compile(
    r"\b(?:contractors?|consultants?|architects?|builders?|surveyors?|project\s+managers?|firms?|compan(?:y|ies)|design\s+team)\b", re.I)


def _accessibility(s: Sentence) -> list[Finding]:
    m = L.ACCESSIBILITY_STRATEGY.search(s.text)
    if not m:
        return []
    if _about_the_test(s.text):
        return []
    clause = L.clause_of(s.text, m.start())
    # (not a word in the brackets that quote the strategy: "objective 2 of the Accessibility Strategy ('all
    # provisions fully accessible without reliance on lifts')")
    clause = re.sub(r"\s*\([^()]*\)", " ", clause)
    if L.negated(clause):
        return [Finding("accessibility_strategy_referred", "negated", s, _neg_word(clause))]
    return [Finding("accessibility_strategy_referred", "supports", s, m.group(0))]


# What a PRU is for, or how it is used now ("the review found that ... the PRU is used for pupils waiting for a
# special school place"): a description, not a placement the proposal makes.
_PRU_NOW = re.compile(r"intended primarily|excluded pupils|have been excluded|\b(?:is|are)\s+(?:currently\s+|now\s+|often\s+)?used\s+(?:for|by)\b"
                      r"|\b(?:found|shows?|showed)\s+that\b", re.I)
_DATED_FROM = re.compile(r"\b(?:from|on)\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+20\d\d\b", re.I)


def _pru(s: Sentence, following: list[Sentence], pru: re.Pattern = L.PRU) -> list[Finding]:
    """PRU placements of displaced pupils, and for how long (in this
    sentence, the next ones of its paragraph, or any other naming the PRU)."""
    out = []
    text = s.text
    if s.kind == "heading" or text.rstrip().endswith("?"):
        return out  # (a question places nobody: "7.3 Will any pupil be placed in the Pupil Referral Unit?")
    for clause, m in _clauses_with(pru, text):
        # (the words of the PRU's name are no placement: "the Short Stay School's management committee")
        rest = clause[: m.start()] + " " + clause[m.end():]
        if not (L.PLACEMENT.search(rest) or re.search(r"\b(?:remain|stay|continue)\w*\b", rest, re.I)):
            continue
        if not (re.search(r"\b(?:will|would|shall|may|might|could|can|to be|are to|is to|placed|placement|placements)\b", clause, re.I)
                or _DATED_FROM.search(clause)):  # (a plan in the present, dated: "attend the Centre from 1 September 2027")
            continue
        if _PRU_NOW.search(clause) and not re.search(r"\bwill\b", clause, re.I):
            continue
        # (a negation counts where it governs the placement, not in a reason given before it: "several have told
        # us they do not wish to move school twice, the nine Year 10 pupils will be placed at The Bridge")
        governed = _governed(clause, m.start())
        if L.negated(governed):
            out.append(Finding("besd_pupils_to_pru", "negated", s, _neg_word(governed), False))
            continue
        out.append(Finding("besd_pupils_to_pru", "against", s, m.group(0), True))
        # How long: in this sentence, else the next in the same paragraph.
        found = len(out)
        for t in [s] + following:
            limit = L.TIME_LIMIT.search(t.text)
            long_term = L.LONG_TERM.search(t.text)
            if long_term and not L.negated(_governed(L.clause_of(t.text, long_term.start()), None, t.text, long_term.start())):
                out.append(Finding("besd_pru_time_limited", "against", t, long_term.group(0), False))
                break
            open_ended = L.OPEN_ENDED.search(t.text)
            if open_ended and not limit:  # "until a special school place becomes available": no limit
                out.append(Finding("besd_pru_time_limited", "against", t, open_ended.group(0), False))
                break
            if limit:
                # every length the sentence gives, the longest kept: "until the end of the summer term 2030
                # (about 38 school weeks)" is 38 weeks, not one term
                limit = max(L.TIME_LIMIT.finditer(t.text), key=L.limit_weeks)
                weeks = L.limit_weeks(limit)
                out.append(Finding("besd_pru_time_limited", "supports", t, limit.group(0).strip(), True))
                out.append(Finding("besd_pru_weeks", "supports", t, limit.group(0).strip(), weeks))
                break
            temp = L.TEMPORARY.search(t.text)
            if temp:
                out.append(Finding("besd_pru_time_limited", "supports", t, temp.group(0), True))
                break
        possible = L.hedge(clause) or _first(_POSSIBLE, clause)  # ("may attend the" is no permission here)
        if len(out) == found and possible:
            # "Some pupils may attend the PRU": a placement only possible, for a length not stated; whether it is
            # long-term is left open (not known), not said
            out.append(Finding("besd_pru_time_limited", "hedged", s, possible, None))
        break
    return out


def _governed(clause: str, pos: int | None, text: str = "", at: int = 0) -> str:
    """The part of ``clause`` that governs what stands at ``pos`` (or at
    ``at`` in ``text``, the sentence the clause is part of): from the last
    comma before it, so that a reason given before it ("several have told us
    they do not wish to move school twice, the nine pupils will be placed at
    The Bridge") does not negate it."""
    if pos is None:
        start = text.find(clause)
        pos = at - start if start >= 0 and start <= at <= start + len(clause) else len(clause)
    head = clause[:pos]
    return clause[head.rfind(",") + 1:] if "," in head else clause


_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|if\s+needed|where\s+necessary)\b", re.I)
_FORMED_SCHOOL = re.compile(r"\bthe\s+(?:amalgamated|merged|combined)\s+(?:special\s+)?(?:school|academy)\b", re.I)


_SCHOOL_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+){1,3}?)(?:(?:Community|Special|Primary|Secondary|High|Infant|Junior)\s+)*"
    r"(?:School|Academy|College)\b")
_NOT_SCHOOL_NAMES = {"the", "a", "an", "this", "that", "each", "every", "our", "their", "its", "any", "no", "new", "other",
                     "county", "council", "borough", "city", "local", "special", "community", "free", "foundation", "maintained",
                     "day", "residential", "mainstream", "secondary", "primary", "high", "middle", "all", "both", "one"}


def school_names(sents: list[Sentence], besides: tuple[str, ...] = ()) -> re.Pattern | None:
    """The document's own short names for the schools it names in full
    ("Derwent Edge" for "Derwent Edge School", "Kestrel Hill" for "Kestrel
    Hill Community Special School"): later sentences name them so ("19
    pupils will all transfer to Derwent Edge").  Names in ``besides`` (the
    closing school's, a PRU's) are left out; None when there are none."""
    found = set()
    for s in sents:
        if "School" not in s.text and "Academy" not in s.text and "College" not in s.text:
            continue
        for m in _SCHOOL_NAME.finditer(s.text):
            words = m.group(1).split()
            while words and words[0].lower() in _NOT_SCHOOL_NAMES:
                words = words[1:]
            short = " ".join(words)
            if len(short) >= 4 and not any(w.lower() in _NOT_SCHOOL_NAMES for w in words):
                found.add(short)
    found = {n for n in found if not any(n in b or b in n for b in besides if b)}
    return L.names(tuple(sorted(found))) if found else None


_AREA_NAME = re.compile(
    r"\b((?:[A-Z][a-z'’]+[ -]){0,2}[A-Z][a-z'’]+)\s+(?:(?:Metropolitan\s+)?(?:Borough|County|City|District)\s+)?Council\b"
    r"|\b(?:Council|County|Borough|City)\s+of\s+((?:[A-Z][a-z'’]+[ -]){0,2}[A-Z][a-z'’]+)")


def _area_names(sents: list[Sentence]) -> frozenset[str]:
    """The names of the council's area ("Marlow Vale" of "Marlow Vale
    Council"): a PRU named after it ("the Marlow Vale Pupil Referral Unit")
    is not called by it ("places in Marlow Vale" are the area's)."""
    out = set()
    for s in sents:
        if "Council" in s.text or " of " in s.text:
            for m in _AREA_NAME.finditer(s.text):
                # ("Norwold County Council" is Norwold's: "the other special schools in Norwold")
                out.add(re.sub(r"[ -](?:Metropolitan|County|Borough|City|District)$", "", m.group(1) or m.group(2)))
    return frozenset(out)


def _closing_names(besd: Finding) -> tuple[str, ...]:
    """The names of the school that closes, as the sentence saying so gives
    them ("Proposed closure of Oakenclough School": "Oakenclough"): its
    pupils going on there is no special school place found for them."""
    text = besd.sentence.text
    out = []
    for c in re.finditer(r"\bclos\w*\s+(?:of\s+|down\s+)?(?:the\s+)?", text, re.I):
        m = _SCHOOL_NAME.match(text, c.end()) or re.match(r"(?:[A-Z][a-z'’]+\s?){1,3}", text[c.end():])
        if m:
            words = m.group(0).split()
            out.append(" ".join(w for w in words if w not in ("School", "Academy", "College")).strip())
    return tuple(o for o in out if len(o) >= 4)


_TO_PLACE = re.compile(r"\b(?:to|at|into|joins?|joining)\s+(?:the\s+)?$", re.I)


def _destination_named(schools: re.Pattern, text: str) -> re.Match | None:
    """A school the document named, named as where pupils go ("transfer to
    Derwent Edge", "places at Kestrel Hill"), not as a subject ("Lowther
    Street has 27 pupils on roll")."""
    for m in schools.finditer(text):
        if _TO_PLACE.search(text, max(0, m.start() - 12), m.start()):
            return m
    return None


def _special_places(s: Sentence, schools: re.Pattern | None = None) -> list[Finding]:
    text = s.text
    if s.kind == "heading":
        return []
    # (a school formed by the change is a special school place: "will become pupils of the amalgamated school";
    # a school the document named in full is named by its short name: "will all transfer to Derwent Edge")
    place = (L.SPECIAL_PLACE.search(text) or L.PROPER_NAME.search(text) or _FORMED_SCHOOL.search(text)
             or (_destination_named(schools, text) if schools is not None else None))
    if not place or not (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text)):
        return []
    # an item of a list of where each group goes ("26 pupils to Kestrel Hill School;") takes its verb from the list's lead
    listed = s.kind == "item" and _GROUP_TO.match(text)
    if not (listed or re.search(r"\bplaces?\b", text, re.I) or L.PLACEMENT.search(text)):
        return []
    if L.PRU.search(text) and not L.SPECIAL_PLACE.search(text):
        return []
    clause = L.clause_of(text, place.start())
    if L.negated(clause) or L.hedge(clause):
        return [Finding("besd_pupils_special_places", "hedged" if L.hedge(clause) else "negated", s,
                        L.hedge(clause) or _neg_word(clause))]
    # (a proposal in the conditional mood, "Every child would be offered a place at Addington Vale", is one still)
    if not (listed or re.search(r"\b(?:will|would|have been|has been|are|is|has|have)\b", clause, re.I) or _GROUP_MOVES.match(text)):
        return []
    if _CAPACITY.search(clause):
        # "there is sufficient capacity across the city's special schools ... to meet the needs of its pupils": room
        # somewhere, no place named for them
        return [Finding("besd_pupils_special_places", "vague", s, _CAPACITY.search(clause).group(0))]
    if _UNNAMED_PROVISION.search(clause) and not L.PROPER_NAME.search(text[place.end():]) and not _FORMED_SCHOOL.search(text):
        # "Every child will continue to receive specialist provision": a promise in general words, no place named
        return [Finding("besd_pupils_special_places", "vague", s, place.group(0))]
    return [Finding("besd_pupils_special_places", "supports", s, place.group(0))]


_CAPACITY = re.compile(r"\b(?:sufficient|enough|adequate|spare|surplus)\s+(?:capacity\s+(?:across|in|at|within|among)"
                       r"|(?:places|room)\s+(?:across|within|among))\b", re.I)
_UNNAMED_PROVISION = re.compile(r"\b(?:continue\s+to\s+(?:receive|have|get|access)|receive|be\s+offered|have\s+access\s+to)\s+"
                                r"(?:an?\s+|the\s+)?(?:appropriate\s+|suitable\s+)?specialist\s+(?:provision|support|education)\b", re.I)


# ------------------------------------------------------------------ providers, places in tables

_KINDS = (
    ("pru", L.PRU),
    ("besd_school", re.compile(L.BESD.pattern + r".{0,60}?\bschool|\bschool\b.{0,60}?" + L.BESD.pattern, re.I)),
    ("special_school", re.compile(r"\bspecial\s+(?:school|academy)\b", re.I)),
    ("resourced_provision", re.compile(r"\bresource(?:d)?\s+(?:base|provision|unit)|\benhanced\s+resource|\bunit\b|\bbase\b", re.I)),
    ("college", re.compile(r"\bcollege\b", re.I)),
    ("mainstream_school", re.compile(r"\b(?:primary|secondary|junior|infant|high)\s+(?:school|academy)\b|\bacademy\b", re.I)),
)
_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+)?[A-Z][\w'’-]*){0,5}"
# (a long bracket is described by its first part: "the Compass Centre (the borough's short stay school at Tipley, 60
# places for Key Stage 3 and 4, for pupils permanently excluded ...)")
_PAREN = re.compile(r"(?P<name>" + _NAME + r")\s*\((?P<desc>[^()]{3,90}(?=\))|[^(),]{3,90}(?=,[^()]{1,200}\)))[^()]{0,201}\)")
# (at a sentence's start, after its paragraph number or footnote mark: "4.2 Pathways is ...", "¹ Pathways is ...")
_COPULA = re.compile(r"(?:^(?:[^\w\s]+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:[¹²³⁴⁵⁶⁷⁸⁹*†]+\s*)?|(?<=[.;:]\s))(?P<name>" + _NAME + r")(?:,\s+(?-i:[A-Z])[^,.;()]{2,40},)?\s+is\s+"
                     # ("The Aire Centre, Valley Parade, is the city's pupil referral unit": its address between)
                     # "Pathways is registered with the Department for Education as the City's pupil referral unit"
                     r"(?:(?:registered|designated|recognised|recognized|established|run|used)\s+(?:[\w,’']+\s+){0,7}?as\s+)?(?P<desc>(?:a|an|the)\s+[^.;()]{3,150}?)(?=,\s+(?:on|from|in|by|will|which|whose|and|is|was)\b|;|\.(?:\s|$)|\(|$)")
_APPOSITIVE = re.compile(  # ("the Ridgeway Centre, which is the county's pupil referral unit for Key Stage 4")
    r"(?P<name>" + _NAME + r"),\s+(?:which\s+is\s+)?(?P<desc>(?:a|an|the)\s+[^.;()]{3,150}?)(?=,\s+(?:on|from|in|by|will|which|whose|and|is|was)\b|;|\.(?:\s|$)|\(|$)"
)


_ABBREVIATION = re.compile(r"^\s*(?:[\"“‘']\s*)?(?:the\s+)?(?P<alias>[A-Z][A-Za-z'’]*(?:\s+[A-Z][A-Za-z'’]*){0,2})\s*(?:[\"”’']\s*)?$")
_KIND_WORD = re.compile(r"\s+(?:Centre|Center|School|Academy|Unit|Base|Hub|College|PRU|Provision|Service)$")
# "The Council's pupil referral unit, Westgate Tuition Centre (WTC), will ...": the description before the name.
_REVERSED = re.compile(
    r"(?:^|(?<=\s))(?:the|a|an)\s+(?P<desc>(?:[\w'’-]+\s+){0,6}?(?:unit|school|academy|centre|provision|base|college))\s*,\s+"
    r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]*){0,5})(?=\s*(?:[,(;.]|\s(?:will|is|has|which)\b))",
    re.I,
)
# "The county's pupil referral unit, known as the Harbour, ...": a name given after "known as", "called".
# ("Its pupil referral unit, known since 2022 as the Harbour House Learning Centre, ...": any owner, and a time or
# place between "known" and "as")
_KNOWN_AS = re.compile(
    r"(?:^|(?<=\s))(?:the|a|an|its|their|our|[\w-]+['’]s)\s+(?P<desc>(?:[\w'’-]+\s+){0,6}?(?:unit|school|academy|centre|provision|base|college|service))\s*,?\s+"
    r"(?:known\s+(?:[\w-]+\s+){0,3}?as|called|named)\s+(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})",
    re.I,
)
# ", the county's pupil referral unit," after a name and its bracket.
_AFTER_BRACKET = re.compile(r"^\s*,\s+(?:the|a|an)\s+(?P<desc>[^,.;()]{3,100})")


def _short_form(name: str) -> str | None:
    """"Oakwood" for "Oakwood Centre": the name without the word for the
    kind of place, when what is left is still a name of its own."""
    short = _KIND_WORD.sub("", name)
    if short == name or len(short) < 4 or not short[0].isupper() or short.lower() in _NOT_SHORT_NAMES:
        return None
    return short


# The words a PRU's name ends with that say what kind of place it is: "Learning Centre" of "Harbour House
# Learning Centre", "Learning Hub" of "Ravensholt Learning Hub".
_DESCRIPTIVE_TAIL = re.compile(
    r"(?:\s+(?:Learning|Education|Educational|Tuition|Teaching|Support|Inclusion|Assessment|Resource|Pupil|Referral|Short|Stay))*"
    r"\s+(?:Centre|Center|School|Academy|Unit|Base|Hub|College|PRU|Provision|Service)$")


def _pru_names(name: str) -> tuple[str, ...]:
    """The names a document goes on to call a PRU by, from the one it gave
    it: the name without the words that say what kind of place it is
    ("Harbour House" of "Harbour House Learning Centre"), and those words
    alone ("the Learning Hub" of "Ravensholt Learning Hub")."""
    m = _DESCRIPTIVE_TAIL.search(name)
    if not m or m.start() == 0:
        return ()
    out = []
    short = name[: m.start()]
    if len(short) >= 4 and short[0].isupper() and short.lower() not in _NOT_SHORT_NAMES:
        out.append(short)
    tail = m.group(0).strip()
    if " " in tail:  # "the Learning Hub" (as written, capitals and all), never "the Centre" alone
        out.append(tail)
    return tuple(out)


_NOT_SHORT_NAMES = {"the council", "council", "county", "city", "borough", "special", "primary", "secondary", "high",
                    "community", "the county", "the city", "the borough", "new", "the new"}


def _with_names(p: Provider, *names: str) -> Provider:
    new = tuple(n for n in names if n and n.lower() not in {a.lower() for a in p.aliases})
    return attrs.evolve(p, aliases=p.aliases + new) if new else p


def _kind(text: str) -> str | None:
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None



# Cheap tests that tell a sentence cannot hold a match of a naming pattern, so that its search (which the
# engine starts at every capital letter or word) is not made: each looks for a part that every match of the
# pattern contains (a bracket with its description, a comma before an article, "known as"/"called"/"named").
# They decide nothing: a sentence that passes is searched as before (tests/proposals/test_proposal_speed.py
# checks, with hypothesis, that they never skip a sentence the pattern matches).
_PAREN_NEEDS = re.compile(r"\([^()]{3,}\)")  # (the bracket may run past 90 characters: a description, then more after a comma)
_APPOSITIVE_NEEDS = re.compile(r",\s+(?:which\s+is\s+)?(?:a|an|the)\s")
_KNOWN_AS_WORDS = ("known", "called", "named")


def _may_match(pattern: re.Pattern, text: str) -> bool:
    """False only where ``pattern`` (one of the naming patterns) cannot match ``text``."""
    if pattern is _PAREN:
        return _PAREN_NEEDS.search(text) is not None
    if pattern is _APPOSITIVE:
        return _APPOSITIVE_NEEDS.search(text) is not None
    if pattern is _KNOWN_AS:  # (ignoring case; a text with other than ASCII is searched, as "K" (Kelvin) is a "k")
        low = text.lower()
        return not text.isascii() or any(w in low for w in _KNOWN_AS_WORDS)
    return True


def providers_named(sents: list[Sentence]) -> list[Provider]:
    """The providers the document names, each with its kind and the other
    names it is given in a parenthesis or an apposition."""
    found: dict[str, Provider] = {}
    # the word-final parts of the names found ("vale high school" of "marsh vale high school"), counted,
    # so that "a name found ends with this one" is one look-up, not a pass over every name
    tails: dict[str, int] = {}

    # ... and their word-initial parts ("hollins park" of "hollins park school"), counted, so that "a name
    # found starts with this one" is one look-up too
    heads: dict[str, int] = {}

    def add(key: str, provider: Provider) -> None:
        found[key] = provider
        for i, c in enumerate(key):
            if c == " ":
                tails[key[i + 1:]] = tails.get(key[i + 1:], 0) + 1
                heads[key[:i]] = heads.get(key[:i], 0) + 1

    def remove(key: str) -> None:
        del found[key]
        for i, c in enumerate(key):
            if c == " ":
                tails[key[i + 1:]] -= 1
                heads[key[:i]] -= 1

    bracketed: list[tuple[str, str, str, Sentence]] = []  # (name, its abbreviation or nickname, a description, sentence)
    for s in sents:
        for pattern, needed in ((_PAREN, "("), (_APPOSITIVE, ", "), (_COPULA, " is "), (_REVERSED, ", "), (_KNOWN_AS, " ")):
            if needed not in s.text or not _may_match(pattern, s.text):
                continue
            for m in pattern.finditer(s.text):
                name = re.sub(r"^the\s+", "", m.group("name").strip(), flags=re.I)
                desc = m.group("desc").strip()
                if pattern is _PAREN:
                    short = _ABBREVIATION.match(desc)
                    if short and (short.group("alias").isupper() or re.search(r"[\"“‘']", desc)):
                        # "Westgate Tuition Centre (WTC)", 'Links Education Centre ("the Links")': another name
                        # (at most the 1,000 characters before the bracket, from a word's start, not the whole sentence:
                        # read again for each bracket, a long sentence of them took quadratic time, 5 s for 80,000
                        # characters)
                        lo = 0 if m.start() <= 1_000 else (s.text.find(" ", m.start() - 1_000, m.start()) + 1 or m.start() - 1_000)
                        around = s.text[lo: m.start()] + " " + s.text[m.end(): m.end() + 120]
                        after = _AFTER_BRACKET.match(s.text[m.end():])
                        before = [r for r in _REVERSED.finditer(s.text, lo, m.end()) if r.group("name").strip() in m.group("name")]
                        kind_text = (after.group("desc") if after else "") + " " + (before[-1].group("desc") if before else "")
                        bracketed.append((name, short.group("alias"), kind_text.strip() or around, s))
                        continue
                if pattern is _APPOSITIVE:
                    # "... of Greystone and Hollins Park, the Orchard PRU committee, ..." is a list, not an apposition.
                    # (Items of a list kept apart by semicolons hold their own commas: "...; and Riverside Learning
                    # Centre, the city's pupil referral unit, which ...".)
                    # (what stands just before the name: the whole sentence before it, searched for each apposition,
                    # took quadratic time on a long sentence, 3 s for 80,000 characters)
                    head = s.text[max(0, m.start("name") - 200): m.start("name")]
                    if (re.search(r"(?:\band|\bor|,)\s*$", head) and not re.search(r";\s*(?:and|or)?\s*$", head)) \
                            or re.search(r",\s+(?:the|a|an|all|and|or)\b", desc):
                        continue
                kind = _kind(desc)
                if kind is None or len(name) < 3 or name.lower() in ("the council", "council"):
                    continue
                if heads.get(name.lower()):  # "Hollins Park" of "Hollins Park School"
                    continue
                key = name.lower()
                if key not in found:
                    add(key, Provider(name, kind, (name, desc), s, desc))
                elif kind == "pru" and not found[key].description:
                    # named first, said after to be the PRU: "... educated at the Bridge Reintegration Base ... 1.2 The
                    # Bridge Reintegration Base is the new name ... of the Bridge, the borough's pupil referral unit"
                    found[key] = Provider(found[key].name, kind, (*found[key].aliases, desc), found[key].sentence, desc)
        for m in L.PROPER_NAME.finditer(s.text):
            # (a sentence's "The" after its paragraph number is no part of the name: "1.2 The Bridge Reintegration Base is")
            name = re.sub(r"^The\s+", "", m.group(0).strip())
            if tails.get(name.lower()) or len(name.split()) < 2:
                continue  # "Vale High School" of "Marsh Vale High School"
            lower = name.lower()
            for k in [lower[i + 1:] for i, c in enumerate(lower) if c == " " and lower[i + 1:] in found]:
                remove(k)
            kind = _kind(name)
            if kind is not None and lower not in found:
                add(lower, Provider(name, kind, (name,), s))
    for name, alias, desc, s in bracketed:
        key = name.lower()
        kind = _kind(desc) if desc else None
        if key in found:
            found[key] = _with_names(found[key], alias)
        elif kind is not None or _kind(name):
            found[key] = Provider(name, kind or _kind(name), (name, desc, alias) if kind else (name, alias), s,
                                  desc if kind else "")
    shorts = [_short_form(p.name) for p in found.values()]
    shared = {s for s in shorts if s and shorts.count(s) > 1}  # "Greyfriars" of two providers names neither
    out = [_with_names(p, s if s not in shared else "") for p, s in zip(found.values(), shorts)]
    # a PRU's other names, where no other provider shares them ("the Learning Hub" of one of two Learning Hubs names neither)
    pru_forms = {p.name: _pru_names(p.name) for p in out if p.kind == "pru"}
    taken = [n.lower() for p in out for n in (*p.names, *pru_forms.get(p.name, ()))]
    return [_with_names(p, *(n for n in pru_forms[p.name] if taken.count(n.lower()) == 1)) if p.name in pru_forms else p
            for p in out]


def _number(cell: str) -> int | None:
    """The count a table cell gives ("126", "**180**", "126 now", "180 places"),
    not a year or a date."""
    c = cell.replace("*", "").replace(",", "").strip()
    m = re.match(r"(\d{1,6})(?:\s+(?:now|places?|pupils?|currently|in\s+total|from|by|in|after)\b.*)?$", c, re.I)
    if not m or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return None
    return int(m.group(1))


_NONE_CELL = re.compile(r"^\s*(?:[-–—]|none|nil)\s*$", re.I)
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)


def _figures(block, dashes: bool = False) -> list[tuple[int, int]]:
    """A table row's figures, (column, count), in order: the count each cell
    gives (with ``dashes``, a dash or "none" after the first cell is 0:
    "Hawley (satellite) | — | 24").  The columns under one header cell merged
    over them (a Word table's "From September 2027" over "KS1 | KS2 |
    Total") give one figure: the column the second header row calls the
    total, else their sum, at the group's last column."""
    numbers = [(i, 0 if dashes and i > 0 and _NONE_CELL.match(c) else _number(c)) for i, c in enumerate(block.cells)]
    numbers = [(i, n) for i, n in numbers if n is not None]
    if not block.subheader or len(block.header) != len(block.cells):
        return numbers
    out: list[tuple[int, int]] = []
    for k, (i, n) in enumerate(numbers):
        label = block.header[i]
        if k and label and block.header[out[-1][0]] == label:
            j, m = out[-1]
            if _TOTAL_WORD.search(block.subheader[j]):
                continue  # the group's total is given: its parts after it add nothing
            out[-1] = (i, n) if _TOTAL_WORD.search(block.subheader[i]) else (i, m + n)
        else:
            out.append((i, n))
    return out


def _places_table(block, s: Sentence) -> list[Finding]:
    """A row of a table of places ("Borough total | 126 | 180"): places now
    and after, read from the header row's column names."""
    if block.kind != "row" or not block.header or block.cells == block.header:
        return []
    context = " ".join((*block.header, *block.headings[-2:], block.cells[0] if block.cells else ""))
    if not L.PLACES.search(context):
        return []
    # (a dash or "none" under a column of places is no places: "Hawley (satellite) | — | 24")
    numbers = _figures(block, dashes=True)
    if len(numbers) < 2 or numbers[-1][1] <= numbers[0][1]:
        return []
    (i, before), (j, after) = numbers[0], numbers[-1]
    label = lambda k: block.header[k] if k < len(block.header) and block.header[k] else f"column {k + 1}"  # noqa: E731
    return [Finding("places_benefit_specific", "supports", s, f"{label(i)} {before}, {label(j)} {after}")]


_COL_DEST = re.compile(r"destination|where|school|provision|placement|setting|moving to|transfer to|receiving|host", re.I)
_COL_DEST_FIRST = re.compile(r"destination|where|moving to|transfer to|receiving|host|going to|new school|next school", re.I)
_COL_COUNT = re.compile(r"pupils|number|children|students|how many|learners", re.I)
_COL_LENGTH = re.compile(r"length|duration|how long|period|until|stay", re.I)
_COL_CONFIRM = re.compile(r"confirm|writing|letter|agreed|agreement", re.I)
# A column headed by when ("From 1 September 2028", "Autumn term 2028", "January 2029", "2028-29", "Then").
_COL_WHEN = re.compile(
    r"^\s*(?:from|after|in|by)\s+(?:\d|the\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|autumn|spring|summer))"
    r"|^\s*(?:(?:autumn|spring|summer)\s+(?:half[- ])?term|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december)"
    r"\s+(?:\d{1,2}\s+)?(?:19|20)\d\d\s*$"
    r"|^\s*then\s*$|^\s*(?:19|20)\d\d(?:[/-]\d\d)?\s*$", re.I)


def _column(header: tuple[str, ...], pattern: re.Pattern, taken: set[int]) -> int | None:
    for k, h in enumerate(header):
        if k not in taken and pattern.search(h):
            return k
    return None


def _row_columns(block) -> dict[str, int]:
    """Which column of a table of pupil moves holds what: destination, count,
    length of stay, written confirmation (read from the header row)."""
    header = block.header
    taken: set[int] = set()
    cols = {}
    for name, pattern in (("length", _COL_LENGTH), ("confirm", _COL_CONFIRM), ("count", _COL_COUNT), ("dest", _COL_DEST)):
        # (a column headed by where pupils go before one that only names a school: "Group (school year in
        # 2026-27) | Pupils | Destination from 1 September 2027")
        k = _column(header, _COL_DEST_FIRST, taken) if name == "dest" else None
        k = _column(header, pattern, taken) if k is None else k
        if k is not None:
            cols[name] = k
            taken.add(k)
    if "dest" not in cols and "count" in cols:
        # where pupils go, under the date they go ("Pupils | From 1 September 2028 | Then")
        k = _column(header, _COL_WHEN, taken)
        if k is not None:
            cols["dest"] = k
            cols["dest_by_date"] = k
    return cols


def _cell(block, cols, name) -> str:
    k = cols.get(name)
    return block.cells[k] if k is not None and k < len(block.cells) else ""


def _placement_row(block, s: Sentence) -> list[Finding]:
    """A row of a table of pupil moves ("18 | the Beacon Centre | permanent";
    "40 | Riverside School | Yes, letter of 3 May"): where pupils go, and
    whether confirmed in writing or only hoped for."""
    if block.kind != "row" or not block.header or block.cells == block.header:
        return []
    cols = _row_columns(block)
    dest = _cell(block, cols, "dest")
    if "dest" not in cols or "count" not in cols or not dest.strip():
        return []
    if "dest_by_date" in cols and not re.search(r"[A-Za-z]", dest):  # a count under a date is not a destination
        return []
    out = []
    # (a hedge in a column about something else, "Notes: we hope to add a sensory room", governs only that cell)
    row = " ".join(c for k, c in enumerate(block.cells)
                   if k in cols.values() or not _OTHER_COLUMN.search(block.header[k] if k < len(block.header) else ""))
    h = L.hedge(row)
    if h and L.PLACE_HEDGE.search(row):
        return [Finding("alternative_provision_hoped", "supports", s, h)]
    out.append(Finding("alternative_provision_stated", "supports", s, dest))
    confirm = _cell(block, cols, "confirm")
    confirm_header = block.header[cols["confirm"]] if "confirm" in cols else ""
    if confirm and re.search(r"\bconfirmed\s+in\s+writing|written\s+confirmation|\bletters?\b", confirm_header, re.I) \
            and not re.match(r"\s*(?:no|not|none|awaited|pending|tbc|to\s+be|[-–—]\s*$)", confirm, re.I) \
            and not L.hedge(confirm) and re.search(r"\d|[A-Z]", confirm):
        # under "Confirmed in writing", who confirmed and when: "Oakhurst governing body, 18 January 2027"
        out.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, f"{confirm_header}: {confirm}"))
    elif confirm and _COL_CONFIRM.search(confirm_header) and re.match(r"\s*(?:no\b|not\b|none|awaited|pending|tbc|to\s+be)", confirm, re.I):
        # a group whose school has not confirmed ("Awaited"): not every host school has confirmed in writing
        out.append(Finding("alternative_provision_confirmed_in_writing", "negated", s, confirm))
    elif confirm and re.match(r"\s*(?:yes|confirmed|letter|agreed|signed|written)", confirm, re.I) and (
            _COL_CONFIRM.search(block.header[cols["confirm"]]) and re.search(r"writing|letter|written|signed", block.header[cols["confirm"]] + " " + confirm, re.I)):
        out.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, confirm))
    return out


def _pru_row(block, s: Sentence, pru: re.Pattern, following: list[Sentence] = ()) -> list[Finding]:
    """A row of a table of pupil moves naming a PRU, with the length of stay
    (from the row, else as :func:`_pru` finds it in the sentences after it
    or naming the PRU)."""
    if block.kind != "row" or not block.header or block.cells == block.header:
        return []
    cols = _row_columns(block)
    dest = _cell(block, cols, "dest")
    if not dest or not pru.search(dest):
        # a named school is a place, as in a sentence ("Oak Ridge School | 11 | letter of 8 June")
        if dest and (L.SPECIAL_PLACE.search(dest) or L.BESD.search(dest) or L.PROPER_NAME.search(" " + dest)) and not L.negated(dest):
            return [Finding("besd_pupils_special_places", "supports", s, dest)]
        return []
    out = [Finding("besd_pupils_to_pru", "against", s, dest, True)]
    length = _cell(block, cols, "length") or " ".join(block.cells)
    # a bare number is a length only in the length column ("6" under "Weeks"), not in the whole row ("5; Year 11")
    limit = L.TIME_LIMIT.search(length) or (L.TIME_LIMIT.search("for " + length) if "length" in cols else None)
    if L.LONG_TERM.search(length) and not limit:
        out.append(Finding("besd_pru_time_limited", "against", s, L.LONG_TERM.search(length).group(0), False))
    elif limit:
        out.append(Finding("besd_pru_time_limited", "supports", s, limit.group(0).strip(), True))
        out.append(Finding("besd_pru_weeks", "supports", s, limit.group(0).strip(), L.limit_weeks(limit)))
    elif L.OPEN_ENDED.search(length):
        out.append(Finding("besd_pru_time_limited", "against", s, L.OPEN_ENDED.search(length).group(0), False))
    elif following and any(L.TIME_LIMIT.search(t.text) or L.OPEN_ENDED.search(t.text) or L.LONG_TERM.search(t.text)
                           for t in following):
        # "Redcastle Pupil Referral Unit, as a bridging placement" in the row; "the bridging placement lasts six
        # school weeks" below it (or "until a special school place becomes available": no limit)
        t = next(t for t in following if L.TIME_LIMIT.search(t.text) or L.OPEN_ENDED.search(t.text) or L.LONG_TERM.search(t.text))
        limit = L.TIME_LIMIT.search(t.text)
        against = L.LONG_TERM.search(t.text) or L.OPEN_ENDED.search(t.text)
        if against and not limit and not L.negated(L.clause_of(t.text, against.start())):
            out.append(Finding("besd_pru_time_limited", "against", t, against.group(0), False))
        else:
            limit = max(L.TIME_LIMIT.finditer(t.text), key=L.limit_weeks)
            out.append(Finding("besd_pru_time_limited", "supports", t, limit.group(0).strip(), True))
            out.append(Finding("besd_pru_weeks", "supports", t, limit.group(0).strip(), L.limit_weeks(limit)))
    elif L.TEMPORARY.search(length):
        out.append(Finding("besd_pru_time_limited", "supports", s, L.TEMPORARY.search(length).group(0), True))
    then = re.search(r"\bthen\b(.*)", length, re.I)
    if then and (L.SPECIAL_PLACE.search(then.group(1)) or L.PROPER_NAME.search(" " + then.group(1))):
        out.append(Finding("besd_pupils_special_places", "supports", s, then.group(0).strip()))
    return out


def _places_prose(s: Sentence, block) -> list[Finding]:
    """Places before and after in a sentence: "Borough total: 126 now; 180
    from September 2027" (places named in it, its paragraph or headings);
    or a new school or provision "for 80 pupils"."""
    if not _DIGIT.search(s.text):  # every one of these gives its figures in digits
        return []
    more = _MORE_PUPILS.search(s.text)
    if more and s.kind != "heading":
        # "Ash School will be able to admit 12 more pupils from September 2028": 12 more places
        clause = L.clause_of(s.text, more.start())
        if not L.negated(clause) and not L.hedge(clause):
            return [Finding("places_benefit_specific", "supports", s, more.group(0))]
    new = L.NEW_FOR_PUPILS.search(s.text)
    if new and s.kind != "heading":
        clause = L.clause_of(s.text, new.start())
        if not L.negated(clause) and not L.hedge(clause):
            return [Finding("places_benefit_specific", "supports", s, new.group(0))]
    if not (_places_in_context(block.text, block.header, s.headings[-2:]) or re.search(r"\btotal\b", s.text, re.I)):
        return []
    cols = _TOTAL_COLUMNS.search(s.text)
    if cols and int(cols.group(2).replace(",", "")) > int(cols.group(1).replace(",", "")):
        return [Finding("places_benefit_specific", "supports", s, " ".join(cols.group(0).split()))]
    text = s.text
    if not (L.NOW_THEN.search(text) or L.THEN_NOW.search(text)):
        text = without_breakdowns(text)
    m = L.NOW_THEN.search(text)
    if m is None:
        m = _FROM_TO_PLACES.search(text)
        if m is not None and (L.negated(L.clause_of(text, m.start())) or L.hedge(L.clause_of(text, m.start()))):
            m = None
    if m:
        before, after = (int(x.replace(",", "")) for x in m.groups())
    else:
        m = L.THEN_NOW.search(text)
        if not m:
            low = text.casefold()
            if any(w in low for w in L.COMPARED_WORDS):
                m = L.THEN_INSTEAD.search(s.text) or L.THEN_INSTEAD.search(text)
        if not m:
            return _totals(s)
        after, before = (int(x.replace(",", "")) for x in m.groups() if x is not None)
    if after <= before:
        return []
    return [Finding("places_benefit_specific", "supports", s, m.group(0))]


@functools.lru_cache(maxsize=256)
def _places_in_context(text: str, header: tuple[str, ...], headings: tuple[str, ...]) -> bool:
    """Whether a paragraph (or table row), its table's header or its headings
    speak of places: searched once per paragraph, not again for each of its
    sentences (quadratic on a long paragraph)."""
    return L.PLACES.search(" ".join((text, *header, *headings))) is not None


_DIGIT = re.compile(r"\d")
# A plain-text table's total row, its columns now and after set apart by runs of spaces ("Total      50      72"),
# as a pasted or typed table is read when its rows wrap (the columns' headings name the years in that order).
_TOTAL_COLUMNS = re.compile(r"\btotal\s{2,}(\d[\d,]*)\s{2,}(\d[\d,]*)\s*\.?\s*$", re.I)


# "taking Greenbank from 96 to 120 places": the figures say the places increase, with no verb of increase.
_FROM_TO_PLACES = re.compile(r"\bfrom\s+(\d[\d,]*)\s+(?:places\s+)?to\s+(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b", re.I)
_MORE_PUPILS = re.compile(
    r"\b(?:admit|take|accommodate|educate|provide\s+for|places?\s+for)\s+(?:up\s+to\s+)?\d+\s+(?:more|additional|extra|further)\s+"
    r"(?:pupils|children|students|learners|young\s+people)\b", re.I)


_TOTAL = re.compile(r"\btotals?\s*(?:[:=]\s*|of\s+)?(\d[\d,]*)\b(?!\s*%)", re.I)


def _totals(s: Sentence) -> list[Finding]:
    """Places listed year by year, each with its total ("2027-28: Elm Tree 10; Hawthorne 0; total 10 ...
    From 2031: Elm Tree 0; Hawthorne 16; total 16"): the first total and the last are before and after."""
    totals = list(_TOTAL.finditer(s.text))
    if len(totals) < 2:
        return []
    first, last = (int(m.group(1).replace(",", "")) for m in (totals[0], totals[-1]))
    if last <= first:
        return []
    return [Finding("places_benefit_specific", "supports", s, f"{totals[0].group(0)} … {totals[-1].group(0)}")]


def _totals_in_lists(sents: list[Sentence], doc: Document) -> list[Finding]:
    """Places listed year by year as the items of a list or the rows of a
    table, each with its total ("- 2028-29: Oak Lane 8, Brook 6, total 14";
    "- from 2030-31: ... total 18"), under a lead-in or heading naming places:
    the first item's total and the last's."""
    out: list[Finding] = []
    run: list[tuple[Sentence, int]] = []

    def close():
        if len(run) >= 2 and run[-1][1] > run[0][1]:
            first, last = run[0][0], run[-1][0]
            block = doc.blocks[first.block - 1] if first.block else None
            context = " ".join((*first.headings[-2:], block.text if block is not None else ""))
            if L.PLACES.search(context):
                out.append(Finding("places_benefit_specific", "supports", last,
                                   f"{_TOTAL.search(first.text).group(0)} … {_TOTAL.search(last.text).group(0)}"))
        run.clear()

    previous = None
    for s in sents:
        totals = _TOTAL.findall(s.text) if s.kind in ("item", "row") else []
        if len(totals) == 1 and (not run or (s.block == run[-1][0].block + 1 and s is not previous)):
            run.append((s, int(totals[0].replace(",", ""))))
        else:
            close()
            if len(totals) == 1:
                run.append((s, int(totals[0].replace(",", ""))))
        previous = s
    close()
    return out


# Places now and after, said in two statements of one paragraph rather than one phrase: "There are no SEMH
# resourced places in Penbury's primary schools now" ... "a new resourced provision ... for up to 10 children";
# "The Seacombe unit has 6 places; the Larkhill base will have 10 places".  A statement of now is in the
# present tense (no "will"); one of after is in the future, or describes a provision that opens.
_PLACES_NOW = re.compile(
    r"\bthere\s+(?:are|is)\s+(?P<n>\d[\d,]*|no)\s+(?:[\w'’-]+\s+){0,6}?places?\b[^.;]{0,80}?\b(?:now|at\s+present|currently|today)\b"
    # "There is no SLCN resourced provision in the borough at present"; "The borough has no such places now"
    # "There is no SpLD base in the south of the district at present"
    r"|\b(?:there\s+(?:are|is)|has|have)\s+(?P<none2>no)\s+(?:[\w'’-]+\s+){0,5}?(?:places?|provision|bases?|units?)\b[^.;]{0,60}?\b(?:now|at\s+present|currently|today)\b"
    # "The borough currently has no SEMH resourced places"
    r"|\b(?:currently|now|at\s+present)\s+(?:has|have)\s+(?P<none3>no)\s+(?:[\w'’-]+\s+){0,5}?(?:places?|provision)\b"
    r"|\bwhere\s+there\s+(?:are|is)\s+(?P<none>none|no\s+(?:such\s+)?(?:places|provision))(?:\s+(?:now|at\s+present|currently|today))?\b"
    r"|\b(?:has|have|with)\s+(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:is|are)\s+an?\s+(?P<n3>\d[\d,]*)[- ]place\b",
    re.I)
_PLACES_THEN = re.compile(
    r"\b(?:will|would)\s+(?:then\s+)?(?:have|be|provide|offer)\s+(?:a\s+total\s+of\s+)?(?P<n>\d[\d,]*)"
    r"(?:\s+(?:[\w-]+\s+){0,3}?places\b|\s*(?=[.;]|$))"
    r"|\b(?P<n2>\d[\d,]*)[- ]place\b"
    # "a new assessment base of 10 places" (a provision that opens, as with "a 10-place base")
    r"|\b(?:provision|base|unit|school|academy|centre|class|satellite)\s+of\s+(?P<n4>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "The new school takes the county total to 308 places"
    r"|\b(?:takes?|taking|brings?|bringing)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?P<n6>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "there will be 332 when Meadow Farm is full" (said of places: the sentence names them)
    r"|\bthere\s+will\s+(?:then\s+)?be\s+(?P<n5>\d[\d,]*)\b(?![\d,.%]|\s+(?:[\w-]+\s+)?(?:weeks?|days?|months?|years?|hours?|staff|pupils|children|students|posts?|classes|classrooms?|rooms?)\b)"
    # ("a new Reading and Language Base will open at Hadleigh Primary School, Mill Lane, for up to 12 pupils")
    r"|\b(?:provision|base|unit|school|academy|centre|resource\w*|satellite)\s+(?:[\w’'-]+,?\s+){0,8}?for\s+(?:up\s+to\s+)?(?P<n3>\d[\d,]*)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:pupils|children|students|learners|young\s+people)\b",
    re.I)
# The same in a key-facts box, label and value (the colon parts them, so these are read in the whole sentence):
# "New MSI base at Holmcroft Academy: 10 places for pupils aged 4 to 19"; "Places now in the county: 0".
_KEY_PLACES_THEN = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?new\b[^.;:]{0,80}:\s*(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b", re.I)
_KEY_PLACES_NOW = re.compile(r"^\W*places\s+(?:now|at\s+present|currently|today)\b[^.;:]{0,40}:\s*(?P<n>\d[\d,]*|none|nil)\b", re.I)
# ... or a label of when under a label naming the places: "Places, SEMH special, in the area: Now: 54 (...).  From
# September 2028: 90 (...)" (the second, in the paragraph after a figure of places now, need not name them).
_KEY_NOW_LABEL = re.compile(r"\bplaces\b[^.;]{0,80}?\b(?:now|at\s+present|currently|today)\s*:\s*(?P<n>\d[\d,]*|none|nil)\b(?!\s*%)", re.I)
_KEY_WHEN_LABEL = re.compile(
    r"^\W*(?:from|by|after|in)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d(?:[-/]\d\d)?\s*:\s*(?P<n>\d[\d,]*)\b(?![\d,%]|\.\d|\s*(?:[-/]|pupils|children|staff))", re.I)
_OPENS = re.compile(r"\b(?:new|open\w*|commission\w*|establish\w*|creat\w*)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.I)
_NONE_WORD = re.compile(r"\b(?:none|no)\b", re.I)


def _places_now_then(s: Sentence, elliptic: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The places-now and places-after figures of one sentence, with their
    words.  ``elliptic``: the sentence follows a figure of places now in its
    paragraph, and its figure after need not name them ("Right now Hartsmere
    has 210 places ...  After the new school opens it will have 306")."""
    now: list[tuple[int, str]] = []
    then: list[tuple[int, str]] = []
    if s.kind == "heading" or not _DIGIT.search(s.text) and not _NONE_WORD.search(s.text):
        return now, then
    low = s.text.casefold()
    if not elliptic and "place" not in low and not any(w in low for w in ("pupils", "children", "students", "learners", "young people", "provision", "base", "unit")):
        return now, then  # every figure of places now or after names places, or the pupils a provision is for
    keys = ((_KEY_PLACES_THEN, then), (_KEY_PLACES_NOW, now), (_KEY_NOW_LABEL, now)) + (((_KEY_WHEN_LABEL, then),) if elliptic else ())
    for key, into in keys:
        m = key.search(s.text)
        if m and not L.hedge(s.text):
            into.append((0 if m.group("n").casefold() in ("none", "nil") else int(m.group("n").replace(",", "")), m.group(0)))
    for a, b in L.clause_spans(s.text):
        clause = s.text[a:b]
        if not _DIGIT.search(clause) and not _NONE_WORD.search(clause):
            continue
        thens = list(_PLACES_THEN.finditer(clause))
        nows = list(_PLACES_NOW.finditer(clause))
        if not thens and not nows:  # (most clauses with a figure give no places: the cheap test first)
            continue
        if L.hedge(clause) or _PLACES_NEEDED.search(clause):
            continue
        present = not _FUTURE.search(clause) and not _OPENS.search(clause)
        for m in thens:
            figure = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
            if m.group("n2") is not None or m.group("n3") is not None or m.group("n4") is not None:
                # "a 12-place base" now; "a new 16-place base", "opening of a 20-place"; "each school will have a
                # resourced provision of 12 places"
                if not _OPENS.search(clause) and not (m.group("n4") is not None and _FUTURE.search(clause)):
                    continue
            elif L.negated(clause):
                continue
            then.append((int(figure.replace(",", "")), m.group(0)))
        for m in nows:
            figure = m.group("n") or m.group("n2") or m.group("n3")
            none = next((m.group(g) for g in ("none", "none2", "none3") if m.group(g) is not None), None)
            if not present and figure is not m.group("n") and none is None:
                continue  # "with 12 places" is now only in a clause in the present tense; "none now" says so itself
            if none is not None or (figure or "").casefold() in ("no", "none", "nil"):
                now.append((0, m.group(0)))
            elif not L.negated(clause):
                now.append((int(figure.replace(",", "")), m.group(0)))
    return now, then


_NOW_ROW = re.compile(r"^\W*(?:now|current(?:ly)?|today|at\s+present|present|existing)\b", re.I)


def places_by_rows(sents: list[Sentence], doc: Document) -> list[Finding]:
    """A table of places set out down the page, a row for each time ("Year |
    Places"; "Now | 0"; "September 2027 | 16"; "September 2028 | 32"): the
    places now and after, read from the rows' labels; more places after is a
    specific claim of an improved supply (d)."""
    out: list[Finding] = []
    tables: dict[tuple, list[Sentence]] = {}
    seen: set[int] = set()
    for s in sents:
        block = doc.blocks[s.block]
        if s.kind != "row" or s.block in seen or not block.header or block.cells == block.header:
            continue
        seen.add(s.block)
        tables.setdefault((block.header, block.headings), []).append(s)
    for (header, _), rows in tables.items():
        col = next((i for i, h in enumerate(header) if i > 0 and L.PLACES.search(h)), None)
        if col is None:
            continue
        def value(t: Sentence) -> int | None:
            cells = doc.blocks[t.block].cells
            return _number(cells[col]) if col < len(cells) else None
        now = next((t for t in rows if _NOW_ROW.match(doc.blocks[t.block].cells[0])), None)
        if now is None or value(now) is None:
            continue
        later = [t for t in rows[rows.index(now) + 1:]
                 if value(t) is not None and (_YEAR.search(doc.blocks[t.block].cells[0]) or _AFTER_HEADER.search(doc.blocks[t.block].cells[0]))]
        if later and value(later[-1]) > value(now):
            last = later[-1]
            out.append(Finding("places_benefit_specific", "supports", last,
                               f"{doc.blocks[now.block].cells[0]} {value(now)}, {doc.blocks[last.block].cells[0]} {value(last)}"))
    return out


def places_now_and_after(sents: list[Sentence]) -> list[Finding]:
    """Places now and after given in two statements of one paragraph (or of
    one sentence's two clauses): the first figure now and the first after;
    more places after is a specific claim of an improved supply (d)."""
    out: list[Finding] = []
    by_block: dict[int, list[Sentence]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)
    firsts: dict[int, tuple] = {}
    for number, block in by_block.items():
        now = then = None
        for s in block:
            n, t = _places_now_then(s, elliptic=now is not None and then is None)
            if n and now is None:
                now = (n[0], s)
            if t and then is None:
                then = (t[0], s)
        firsts[number] = (now, then, block[0].headings)
        if now is not None and then is not None and then[0][0] > now[0][0]:
            (_, w1), _ = now
            (_, w2), s2 = then
            out.append(Finding("places_benefit_specific", "supports", s2, f"{w1} … {w2}"))
    # (or in two paragraphs one after the other, under the same heading: "1.1 To establish The Lantern, a
    # 16-place centre ..." and "1.2 The borough has no such places now")
    for number, (now, then, headings) in firsts.items():
        following = firsts.get(number + 1)
        if following is None or following[2] != headings or (now is not None and then is not None):
            continue
        for a, b in ((now, following[1]), (following[0], then)):
            if a is not None and b is not None and b[0][0] > a[0][0] and None in (following[0], following[1]):
                out.append(Finding("places_benefit_specific", "supports", b[1], f"{a[0][1]} … {b[0][1]}"))
                break
    return out


# The places a provision will have after the change, as one figure: "from 90 to 130 places", "will have 105
# places", "rising to 24 places", "a total of 40 places".
_PLACES_AFTER = re.compile(
    r"\bfrom\s+\d[\d,]*\s+(?:places\s+)?to\s+(?P<a>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:will|would)\s+(?:then\s+|now\s+|in\s+future\s+|therefore\s+|thus\s+)?(?:have|provide|offer)\s+(?:a\s+total\s+of\s+|room\s+for\s+)?(?P<b>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:ris\w*|increas\w*|grow\w*|go(?:es)?\s+up|expand\w*)\s+(?:[\w,]+\s+){0,3}?to\s+(?P<c>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "increase the number of places at Welland Park School from 80 to 110"
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?places\s+(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}from\s+\d[\d,]*\s+to\s+(?P<d>\d[\d,]*)\b(?!\s*%)",
    re.I)
# Figures for an area or a group, not one provision: "the county's SEMH places", "each class", "in total".
_NOT_ONE_PROVISION = re.compile(
    r"\b(?:county|borough|city|district|authority|council|area)(?:['’]s|[- ]wide)|\bin\s+the\s+(?:county|borough|city|district|area)\b"
    r"|\b(?:across|total|each|every|per|both|all|combined|between)\b", re.I)
_YEAR = re.compile(r"\b20\d\d\b")
_PLACE_WORD = re.compile(r"places\b", re.I)
# The places added in all: "48 additional specialist places", "will add 48 places", "from 94 to 142" places
# across the county, a table's total row.
ADDED_IN_ALL = "the places added in all"
_PLACES_ADDED = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:additional|extra|more|new)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\badd(?:s|ing)?\s+(?:a\s+further\s+|another\s+)?(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:across|in)\s+the\s+(?:county|borough|city|district|area)\s+from\s+(?P<from>\d[\d,]*)\s+to\s+(?P<to>\d[\d,]*)\b"
    r"|\bfrom\s+(?P<from2>\d[\d,]*)\s+to\s+(?P<to2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\s+(?:across|in)\s+the\s+(?:county|borough|city|district|area)\b",
    re.I)
# "increasing the number of places from 60 to 90", in a sentence about the county's provision as a whole
_NUMBER_FROM_TO = re.compile(
    r"\b(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}?places\s+from\s+(?P<from>\d[\d,]*)\s+to\s+(?P<to>\d[\d,]*)\b(?!\s*%)", re.I)
_IN_ALL = re.compile(r"\b(?:together|in\s+total|in\s+all|altogether|overall|between\s+them|combined"
                     r"|(?:across|in)\s+the\s+(?:county|borough|city|district|area))\b", re.I)
_TOTAL_ROW = re.compile(r"^\W*(?:total|all\s+(?:bases|schools|provisions)|overall)\b", re.I)
_THE_PROVISION = re.compile(r"\b(?:the|this|our|its)\s+(?:school|academy|unit|base|centre|provision|satellite|resource)\b|\b(?:enlarge|expand|extend|take)\s+it\b", re.I)


def _figures_after(sents: list[Sentence], named: list[Provider], doc: Document | None = None,
                   ) -> list[tuple[str, int, str | None, Sentence, str]]:
    """Every statement of the places one provision will have after the
    change: (the provision's name, the figure, the year it is given for or
    None, the sentence, the words quoted).  The provision is the one named in
    the clause (a provider the document describes, by any of its names, or a
    school's proper name), or, for "the school", the one the paragraph named
    before it; in a table of places, the one named in the row's first cell
    (the last figure of the row is the after)."""
    by_name = {n: p.name for p in named for n in p.names}
    pattern = L.names(tuple(sorted(by_name, key=len, reverse=True))) if by_name else None

    def provisions(text: str) -> set[str]:
        matched = list(pattern.finditer(text)) if pattern is not None else []
        found = {by_name[m.group(0)] for m in matched}
        found |= {n for n in _names(text) if not any(n in by_name or n.endswith(" " + k) for k in by_name)}
        if len(found) > 1:
            # a provider's one-word short name is also a town's ("Kenwick Tuition Centre", "a special school in
            # Kenwick"; "Knowsmere children"): beside a provision named in full, it names no other
            weak = {by_name[m.group(0)] for m in matched if " " not in m.group(0)}
            weak -= {by_name[m.group(0)] for m in matched if " " in m.group(0)}
            if len(found - weak) == 1:
                return found - weak
        return found

    out = []
    before: dict[int, list[Sentence]] = {}  # the sentences of each paragraph so far

    named_last: dict[int, tuple[int, set[str]]] = {}  # block -> (its sentences read so far, what the last naming any names)

    def previous(block: int) -> set[str]:
        """The provisions the last sentence of the paragraph naming any names
        (each sentence read once: a pass back over the paragraph for each
        figure took quadratic time on a long one)."""
        here = before.get(block, [])
        read, found = named_last.get(block, (0, set()))
        for k in range(read, len(here) - 1):
            found = provisions(here[k].text) or found
        named_last[block] = (max(read, len(here) - 1), found)
        return found

    for s in sents:
        before.setdefault(s.block, []).append(s)
        cols = _TOTAL_COLUMNS.search(s.text) if s.kind != "heading" else None
        if cols:
            # a typed table's total row: the places of the one provision its lead-in names ("2.3 Places at Willow
            # Bank School:"), or else the places added in all
            lead = " ".join((*(t.text for t in before.get(s.block - 1, [])[-1:]), *s.headings[-1:]))
            named_here = provisions(" " + lead)
            first, last = (int(g.replace(",", "")) for g in cols.groups())
            if len(named_here) == 1:
                out.append((next(iter(named_here)), last, None, s, " ".join(cols.group(0).split())))
            else:
                out.append((ADDED_IN_ALL, last - first, None, s, " ".join(cols.group(0).split())))
            continue
        if s.kind == "heading" or not _DIGIT.search(s.text) or not _PLACE_WORD.search(s.text) and s.kind != "row":
            continue
        for clause, m in _clauses_with(_NUMBER_FROM_TO, s.text):
            # the number of places across the county (said in the sentence), at no one provision named in the clause
            near = clause[max(0, m.start() - 60): m.end()]
            if (L.negated(near) or L.hedge(near) or not _IN_ALL.search(s.text) or provisions(" " + near)
                    or _THE_PROVISION.search(near)):
                continue
            added = int(m.group("to").replace(",", "")) - int(m.group("from").replace(",", ""))
            if added > 0:
                year = _YEAR.search(clause, m.end())  # the year the figures are for: "... from 60 to 90 from September 2027"
                out.append((ADDED_IN_ALL, added, year.group(0) if year else None, s, m.group(0)))
        if len(_YEAR.findall(s.text)) > 1:
            continue
        if s.kind == "row" and doc is not None:
            block = doc.blocks[s.block]
            row = _places_table(block, s)
            first = provisions(" " + block.cells[0]) if block.cells else set()
            if row and block.cells and _TOTAL_ROW.match(block.cells[0]) and _before_after_columns(block):
                # a table's total row: the places it adds in all ("Total | 18 | 58")
                numbers = [n for _, n in _figures(block)]
                out.append((ADDED_IN_ALL, numbers[-1] - numbers[0], None, s, row[0].cue))
                continue
            if row and len(first) == 1 and not _NOT_ONE_PROVISION.search(block.cells[0]):
                after = _figures(block)[-1][1]
                out.append((next(iter(first)), after, None, s, row[0].cue))
            continue
        for clause, m in _clauses_with(_PLACES_ADDED, s.text):
            # the places the proposal adds in all: said of no one provision, or "together", "in total"
            if L.negated(clause) or L.hedge(clause) or _PLACES_NEEDED.search(clause):
                continue
            if not _IN_ALL.search(clause):  # (gross at one provision and net in all differ: "20 additional places")
                continue
            n, a, b = m.group("n") or m.group("n2"), m.group("from") or m.group("from2"), m.group("to") or m.group("to2")
            added = int(n.replace(",", "")) if n else int(b.replace(",", "")) - int(a.replace(",", ""))
            if added > 0:
                year = _YEAR.search(clause)
                out.append((ADDED_IN_ALL, added, year.group(0) if year else None, s, m.group(0)))

        for clause, m in _clauses_with(_PLACES_AFTER, s.text):
            text = clause
            # ("The amalgamated school would have 220 places, an increase in the Council's places": the figure is
            # the formed school's, whatever the words after it)
            formed = _FORMED_SCHOOL.search(text[: m.start()])
            scope = text[: m.end()] if formed else text
            if _NOT_ONE_PROVISION.search(scope) or L.negated(scope) or L.hedge(text) or "(" in text[: m.start()]:
                continue
            here = provisions(" " + text)
            if not here and formed:  # "the amalgamated school", "the merged school": one provision
                here = {"the school formed"}
            if not here and _THE_PROVISION.search(text):
                here = previous(s.block)
                here = here if len(here) == 1 else set()
            if len(here) != 1:
                continue
            figure = int(next(g for g in m.groups() if g is not None).replace(",", ""))
            year = _YEAR.search(text)
            out.append((next(iter(here)), figure, year.group(0) if year else None, s, m.group(0)))
    return out


_BEFORE_HEADER = re.compile(r"\b(?:now|current\w*|existing|present|before|today|at\s+present)\b|\b20\d\d\b", re.I)
_AFTER_HEADER = re.compile(r"\b(?:from|after|proposed|future|planned|new|then|by)\b|\b20\d\d\b", re.I)


def _before_after_columns(block) -> bool:
    """Whether a table's first and last figures are places before and after
    (columns headed "Places now" and "From September 2027"), not parts and
    their total ("Orchard Vale | St Bede's | Total")."""
    cols = [i for i, _ in _figures(block)]
    if len(cols) < 2 or cols[-1] >= len(block.header):
        return False
    first, last = block.header[cols[0]], block.header[cols[-1]]
    return bool(_BEFORE_HEADER.search(first) and _AFTER_HEADER.search(last) and not re.search(r"\btotal\b", last, re.I))


def places_conflicts(sents: list[Sentence], named: list[Provider], doc: Document | None = None) -> list[Finding]:
    """A document checked against itself: two different figures for the
    places one provision will have after the change (the summary says "from
    90 to 130 places", the body "Willowbrook will have 105 places"), neither
    given for another year.  Each statement is a finding, its cue quoting the
    other; the ruleset decides what a contradiction means for (d)."""
    figures = _figures_after(sents, named, doc)
    out: list[Finding] = []
    if doc is not None:
        out += _total_row_conflicts(figures, sents, doc)
        if out:
            return out
    for i, (name, n, year, s, words) in enumerate(figures):
        for other, m, year2, t, words2 in figures[i + 1:]:
            if other == name and m != n and (year is None or year2 is None or year == year2) and t is not s:
                out.append(Finding("places_figures_conflict", "against", s, f"{name}: {words}; but {t.where}: {words2}"))
                out.append(Finding("places_figures_conflict", "against", t, f"{name}: {words2}; but {s.where}: {words}"))
                return out
    return out


_TOTAL_CELL = re.compile(r"^\W*(?:total|(?:[\w'’-]+\s+){1,4}total)\W*$", re.I)


_SPECIAL_PLACES = re.compile(r"\bspecial\s+(?:school\s+)?places\b", re.I)


def places_only_at_pru(findings: list[Finding], by_block: dict[int, list[Sentence]], pru: re.Pattern) -> list[Finding]:
    """Where a BESD (SEMH) school closes: whether every place the document
    adds is in a Pupil Referral Unit (each claim of places in a sentence, or
    a paragraph, naming the PRU by its words or by a name the document gave
    it: "Riverside's places would rise from 40 to 64"), the ruleset deciding
    what that means for (d) (para 23: a PRU is no special school place)."""
    claims = [f for f in findings if f.fact in ("places_benefit_specific", "places_benefit_claimed")
              and f.role in ("supports", "vague")]
    if not claims:
        return []
    def at(f: Finding) -> bool:
        text = f.sentence.text
        where = text.find(str(f.cue).strip()) if f.cue else -1
        if where < 0:
            where = len(text)
        if _SPECIAL_PLACES.search(L.clause_of(text, min(where, len(text) - 1))):
            return False  # "SEMH special school places in the borough: 125 now ..."
        # the provision named last before the figure: "an expansion of the borough's short stay school, known as
        # Riverside Learning Centre, from 40 to 64 places"; "enlarge Kingsway School ... from 80 to 130 places"
        # (a bracket describes the name before it: "Shipley Road Academy (SEMH special academy, Aire Valley Learning
        # Partnership) would grow from 60 to 110 places" is about the academy, whatever "Aire" names)
        before = _BRACKETED.sub(lambda b: " " * len(b.group(0)), text[:where])
        patterns = (pru.first, pru.second) if isinstance(pru, _Either) else (pru,)
        last_pru = max((m.end() for p in patterns for m in p.finditer(before)), default=-1)
        last_other = max([m.end() for m in L.SCHOOL.finditer(before)]
                         + [before.rfind(n) + len(n) for n in _names(before) if not pru.search(n)], default=-1)
        if last_pru >= 0 or last_other >= 0:
            return last_pru >= last_other
        # ("The 24 extra places would be funded ...", in the paragraph about the PRU; not one that names the PRU only
        # to say nobody goes there: "Children would not go to the Croydale Learning Centre (the borough's PRU)")
        return any((m := pru.search(t.text)) and not L.negated(L.clause_of(t.text, m.start()))
                   for t in by_block.get(f.sentence.block, ()))
    at_pru = [f for f in claims if at(f)]
    if len(at_pru) < len(claims):
        other = next(f for f in claims if f not in at_pru)
        return [Finding("places_only_at_pru", "negated", other.sentence, other.cue, False)]
    return [Finding("places_only_at_pru", "supports", at_pru[0].sentence, at_pru[0].cue)]


def _total_row_conflicts(figures, sents: list[Sentence], doc: Document) -> list[Finding]:
    """The one provision whose places a document gives "from 80 to 110" in
    prose, against a table's total row with the same places now and other
    figures after ("Total | 80 | 100"): the table is that provision's, and
    the two contradict each other.  Where the prose names no one provision,
    any places it gives before and after ("a single service ... with 45
    places (currently 32)") with the total row's places now are the table's."""
    rows = [t for t in sents if t.kind == "row" and doc.blocks[t.block].cells
            and _TOTAL_CELL.match(doc.blocks[t.block].cells[0]) and _before_after_columns(doc.blocks[t.block])]
    if not rows:
        return []
    prose = [(name, int(_FROM_TO.search(words).group(1).replace(",", "")), n, s, words) for name, n, _, s, words in figures
             if name != ADDED_IN_ALL and s.kind != "row" and _FROM_TO.search(words)]
    if len({name for name, *_ in prose}) != 1:
        prose = [("the places", before, after, s, words) for s, before, after, words in _prose_before_after(sents)]
    for name, before, n, s, words in prose:
        for t in rows:
            numbers = [m for _, m in _figures(doc.blocks[t.block])]
            if len(numbers) >= 2 and numbers[0] == before and n not in numbers[1:]:
                row = " | ".join(doc.blocks[t.block].cells)
                return [Finding("places_figures_conflict", "against", s, f"{name}: {words}; but {t.where}: {row}"),
                        Finding("places_figures_conflict", "against", t, f"{name}: {row}; but {s.where}: {words}")]
    return []


# A provision of so many places changed into one of so many: "change the designation of the 12-place MLD resourced
# provision ... to a 12-place resourced provision for autistic pupils".
_N_PLACE_TO = re.compile(r"\bthe\s+(\d+)[- ]place\b[^.;]{0,120}?\bto\s+an?\s+(\d+)[- ]place\b", re.I)


def _prose_before_after(sents: list[Sentence]) -> list[tuple[Sentence, int, int, str]]:
    """Places before and after said in prose, in any of the ways the reader
    knows ("45 places (currently 32)", "126 now; 180 from September 2027",
    "the 12-place ... to a 12-place"), not negated or hedged: (the sentence,
    before, after, the words)."""
    out = []
    for s in sents:
        if s.kind in ("row", "heading") or not _DIGIT.search(s.text) or "place" not in s.text.casefold():
            continue
        for pattern in (L.THEN_NOW, L.NOW_THEN, _N_PLACE_TO):
            for m in pattern.finditer(s.text):
                figures = [int(g.replace(",", "")) for g in m.groups() if g is not None]
                clause = L.clause_of(s.text, m.start())
                if len(figures) != 2 or L.negated(clause) or L.hedge(clause) or any(_NOT_A_YEAR.fullmatch(str(f)) for f in figures):
                    continue
                before, after = figures if pattern is not L.THEN_NOW else figures[::-1]
                out.append((s, before, after, m.group(0)))
    return out


# The places of a kind across the area, now and after: "Secondary SEMH special school places in the borough: 88 now,
# 70 from September 2027"; "primary HI places in the borough go from 28 (16 + 12) to 20".
_IN_THE_AREA = re.compile(
    r"\b(?:in|across)\s+the\s+(?:county|borough|city|district|area|authority)\b|\b(?:county|borough|city|district)(?:['’]s|[- ]wide)\b", re.I)
_NOT_A_YEAR = re.compile(r"(?:19|20)\d\d")
_RISE_VERB = re.compile(r"\b(?:ris\w*|increas\w*|grow\w*|expand\w*|gain\w*)\b", re.I)


# A sum written out, read as its result: "from 60 (Greyrigg House) plus 90 (Lakeland Fells) = 150 to 102".
_WRITTEN_SUM = re.compile(r"\b\d[\d,]*(?:\s*(?:\+|plus)\s*\d[\d,]*)+\s*=\s*(\d[\d,]*)\b", re.I)
# A table row of places of a kind, not one provision's: "SEMH special school places, north Swaleford", "Total".
_PLACES_OF_A_KIND_CELL = re.compile(r"\bplaces\b", re.I)


def _places_fall_in_a_table(s: Sentence, doc: Document) -> Finding | None:
    """A before-and-after table's row of the places of a kind ("SEMH special
    school places, north Swaleford | 115 | 95") or its total row, whose
    places after the change are fewer than now."""
    block = doc.blocks[s.block]
    if not block.cells or not _before_after_columns(block):
        return None
    label = block.cells[0]
    if not (_TOTAL_CELL.match(label) or _PLACES_OF_A_KIND_CELL.search(label)):
        return None
    numbers = [n for _, n in _figures(block)]
    if len(numbers) >= 2 and numbers[-1] < numbers[0]:
        return Finding("places_fall_in_all", "supports", s, " | ".join(block.cells))
    return None


def places_fall_in_all(sents: list[Sentence], doc: Document | None = None) -> list[Finding]:
    """A statement that the places of a kind across the area will be fewer
    after the change than now (figures now and after, the second lower), or
    a table's row of such places or its total row that falls: the document's
    own account of the supply; the ruleset decides what it means for (d)."""
    out: list[Finding] = []
    for s in sents:
        if s.kind == "row" and doc is not None:
            fall = _places_fall_in_a_table(s, doc)
            if fall is not None:
                return [fall]
        if s.kind == "heading" or not _DIGIT.search(s.text) or not _PLACE_WORD.search(s.text):
            continue
        if not _IN_THE_AREA.search(s.text):
            continue
        text = _WRITTEN_SUM.sub(r"\1", without_breakdowns(s.text))
        for m in (*L.NOW_THEN.finditer(s.text), *_FROM_TO.finditer(text)):
            before, after = m.group(1), m.group(2)
            if _NOT_A_YEAR.fullmatch(before) or _NOT_A_YEAR.fullmatch(after):
                continue
            source = s.text if m.re is L.NOW_THEN else text
            clause = L.clause_of(source, m.start())
            said = source[: m.end()]  # (a label may name them: "SEMH places in the borough: 88 now, 70 from 2027")
            if not _PLACE_WORD.search(said) or not _IN_THE_AREA.search(said):
                continue  # the places of the area, named before the figures
            if L.negated(clause) or L.hedge(clause) or _RISE_VERB.search(clause):
                continue  # ("will rise from 104 to 100 at Copley Vale and 12 at Eastmoor, 112 in all": parts follow)
            if int(after.replace(",", "")) < int(before.replace(",", "")):
                out.append(Finding("places_fall_in_all", "supports", s, m.group(0)))
                return out
    return out


def _new_or_enlarged(s: Sentence) -> list[Finding]:
    """A new or enlarged provision: if nothing in the document closes or
    moves, nobody needs alternative provision."""
    if s.kind == "heading" or not L.NEW_OR_ENLARGED.search(s.text) or L.found(L.META, s.text):
        return []
    for clause, m in _clauses_with(L.NEW_OR_ENLARGED, s.text):
        # (a hedge does not matter: "the Council intends to enlarge" displaces nobody either)
        if L.negated(clause) or _status_quo(clause):
            continue
        if L.SCHOOL.search(clause) or re.search(r"\bplaces?\b|\bprovision\b|\bresource", clause, re.I):
            return [Finding("alternative_provision_needed", "implied", s, m.group(0), False)]
    return []


_MOVE = re.compile(
    r"\b(?:(?:will|would|are\s+to|is\s+to|may|might|could|shall)\s+(?:\w+\s+){0,2}?"
    r"(?:attend\s+|(?:transfer|move|be\s+placed|go|be\s+admitted|be\s+offered\s+(?:a\s+)?(?:\w+\s+){0,3}?places?|remain|stay|"
    r"have\s+(?:a\s+)?(?:\w+\s+){0,3}?places?)(?:\s+\w+){0,3}?\s+(?:to|at|in|into)\s+)"
    r"|(?:has|have)\s+(?:a\s+)?(?:\w+\s+){0,3}?places?\s+at\s+)",
    re.I,
)
_COUNT = re.compile(
    r"(?<![\d.,])\b(?:(?:the\s+)?(?:remaining|other)\s+)?(?:\d+|" + L._NUMBER_WORDS + r"|twenty[- ]\w+|thirty[- ]\w+|all|every|each)\b"
    r"(?=\s+(?:\w+\s+){0,3}?(?:pupils?|children|students?|learners?)\b)",
    re.I,
)
_DESTINATION = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*|(?:their|a|the)\s+(?:local\s+)?[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:school|academy|unit|base|provision))")


def pupil_groups(sents: list[Sentence], named: list[Provider]) -> list[PupilGroup]:
    """Each statement of pupils moving to (or staying at) a named place."""
    kinds = {a.lower(): p.kind for p in named for a in p.names}
    out = []
    for s in sents:
        if s.kind == "heading" or not L.PUPILS.search(s.text):
            continue
        confirmed = bool(L.found(L.CONFIRMED_WRITING, s.text))
        sentence_limit: list = []  # the sentence's time limit, searched for once (not again for each clause)
        for a, b in L.clause_spans(s.text):
            clause = s.text[a:b]
            m = _MOVE.search(clause)
            if not m or L.negated(clause[: m.start()]):
                continue
            d = _DESTINATION.match(clause, m.end())
            if not d:
                continue
            dest = d.group(0).strip()
            # (the count said before the clause is looked for in at most the 2,000 characters before it, from a
            # word's start: the whole sentence before each clause, read again, took quadratic time on a long one)
            lo = 0 if a + m.start() <= 2_000 else (s.text.find(" ", a + m.start() - 2_000, a + m.start()) + 1 or a + m.start() - 2_000)
            counts = (list(_COUNT.finditer(L._REFERENCE_NUMBER.sub(" ", clause[: m.start()])))
                      or list(_COUNT.finditer(L._REFERENCE_NUMBER.sub(" ", s.text[lo:a + m.start()]))))
            count = counts[-1] if counts else None
            kind = kinds.get(re.sub(r"^the\s+", "", dest, flags=re.I).lower()) or _kind(dest) or ""
            limit = L.TIME_LIMIT.search(clause)
            if limit is None:
                if not sentence_limit:
                    sentence_limit.append(L.TIME_LIMIT.search(s.text))
                limit = sentence_limit[0]
            long_term = L.LONG_TERM.search(clause)
            duration = limit.group(0).strip() if limit else (long_term.group(0) if long_term else "")
            weeks = L.limit_weeks(limit) if limit else None
            when = L.DATE.search(clause)
            out.append(PupilGroup(
                count.group(0) if count else "", dest, kind, when.group(0) if when else "", duration, weeks,
                L.hedge(clause) or "", confirmed, s,
            ))
    return out


# ------------------------------------------------------------------ the document


_ABOUT_PROVISION = L.rx(
    r"schools?", r"academ(?:y|ies)", r"provisions?", r"units?", r"bases?", r"places?", r"pupils?", r"children",
    r"students?", r"learners?", r"sen", r"send", r"special educational", r"special needs", r"colleges?", r"prus?",
    r"pupil referral units?", r"resourced",
)
_PROPOSING = L.rx(
    r"propos\w*", r"clos\w*", r"open\w*", r"expan\w*", r"enlarg\w*", r"merg\w*", r"amalgamat\w*", r"establish\w*",
    r"discontinu\w*", r"relocat\w*", r"reorganis\w*", r"reorganiz\w*", r"consult\w*", r"creat\w*", r"increas\w*",
    r"re-?designat\w*", r"change\w*", r"new", r"decision", r"recommend\w*", r"transfer\w*", r"reduc\w*",
)


_OPTIONS_HEADING = re.compile(
    r"\boptions?\b|alternatives?\s+(?:considered|rejected|explored)|rejected|discounted|not\s+recommended"
    r"|\bresponses?\b|feedback|what\s+(?:you|they|people|respondents|parents|schools|consultees)\s+(?:said|told)|concerns\s+raised"
    r"|consultation\s+(?:findings|outcomes?|results)|summary\s+of\s+(?:responses|views)",
    re.I,
)
_REJECTED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:therefore\s+)?(?:rejected|discounted|ruled\s+out|not\s+(?:recommended|pursued|taken\s+forward|preferred))\b"
    r"|\b(?:asked|wondered|questioned)\s+(?:whether|if)\b|\bconcerns?\s+(?:was|were)\s+raised\b",
    re.I,
)


# A sentence reporting what consultees said, wrote or want: "Many parents said that a minibus would be better",
# "Respondents felt the new building should have a pool", "“We need a pool,” wrote one parent". A response
# summary quotes them beside the final proposal: what they said claims nothing for the proposal (the council's
# own answer, and the final proposal, do).
_CONSULTEES = (r"(?:respondents?|consultees|parents?(?:\s+and\s+carers)?|carers|families|pupils|students|young\s+people"
               r"|staff|headteachers|residents|objectors|those\s+who\s+(?:responded|replied|wrote))")
_REPORTED_VIEW = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:many|most|some|several|a\s+(?:few|number|minority|majority)\s+of|one\s+in\s+\w+|\d+\s*(?:%|per\s*cent)?\s+of)\s+)?"
    r"(?:the\s+)?(?:\d+\s+)?" + _CONSULTEES + r"\s+(?:(?!who\b|that\b|which\b|whose\b)\w+\s+){0,2}?"
    r"(?:said|say|says|told\s+us|felt|feel|argued|suggested|commented|wrote|were\s+(?:concerned|worried)|worried|questioned"
    r"|believed?|thought|think|wanted|want|would\s+like|preferred|objected|welcomed|called\s+for)\b"
    r"|^\W*[\"“][^\"”]{10,}[\"”]\s*,?\s*(?:said|wrote|commented|added)\s+(?:one|a|an|many|some|several)\b",
    re.I)


@functools.lru_cache(maxsize=1024)
def _options_headings(headings: tuple[str, ...]) -> bool:
    return any(_OPTIONS_HEADING.search(h) for h in headings)


# The option a document puts forward, by its own words: "Option B is the proposal recommended to Cabinet",
# "Option 3 (preferred)", "Cabinet is asked to agree consultation on Option 3 only", "the preferred option is Option 2".
_OPTION_LABEL = r"(?-i:Option)\s+([A-Z]|\d{1,2})\b"
_CHOSEN_OPTION = re.compile(
    _OPTION_LABEL + r"(?:\s*\((?:the\s+)?(?:proposed|preferred|recommended)\b"
    r"|\s+(?:is|was|as)\s+(?:the\s+)?(?:proposal|proposed|preferred|recommended))"
    r"|\b(?:preferred|recommended|proposed)\s+option\s+(?:is\s+|was\s+|:\s*)?" + _OPTION_LABEL
    + r"|\b(?:consult\w*\s+on|agree\w*|approv\w*|recommend\w*|adopt\w*|proceed\s+with)\s+(?:consultation\s+on\s+)?" + _OPTION_LABEL
    # "3. The proposal (Option 3)", "The proposal on which we are consulting is Option 3 only"
    + r"|\bproposal\s*\(\s*" + _OPTION_LABEL + r"\s*\)"
    + r"|\bproposal\b(?:\s+(?:on\s+which|which|that)\b[^.;:()]{0,40}?)?\s+(?:is|was)\s+" + _OPTION_LABEL,
    re.I,
)
_NAMES_AN_OPTION = re.compile(_OPTION_LABEL, re.I)


@attrs.frozen
class Plan:
    """What a document says of its own structure that tells the plan from the
    rest: the headings over the whole document (its title: "Options appraisal:
    the future of the PRU" heads every section, the plan's too), and the
    options it names as the proposal ("Option B is the proposal recommended to
    Cabinet"), whose sections ("3. Option B in detail") are the plan."""

    titles: frozenset[str] = frozenset()
    chosen: frozenset[str] = frozenset()


def plan_of(sents: list[Sentence]) -> Plan:
    """The document's :class:`Plan`: its title headings (those over both its
    first and its last sentence of text) and the options it chooses."""
    body = [s for s in sents if s.kind != "heading"]
    # (the first text under a heading: a letterhead or a committee's name may stand above the title)
    headed = next((s for s in body if s.headings), body[0]) if body else None
    titles = frozenset(set(headed.headings) & set(body[-1].headings)) if body else frozenset()
    chosen = set()
    for s in sents:
        if "ption" in s.text:
            for m in _CHOSEN_OPTION.finditer(s.text):
                chosen.add(next(g for g in m.groups() if g).upper())
    return Plan(titles, frozenset(chosen))


# A heading over the option put forward, by what the document calls it: "3. The recommended option in detail",
# "The preferred option", "Our proposed option".
_THE_CHOSEN_OPTION = re.compile(r"\b(?:recommended|preferred|proposed|chosen|selected)\s+option\b(?!s)", re.I)
# ... but not "Options considered", "Why the preferred option is not Option 1", "Alternatives to the proposed option".
_NOT_PUT_FORWARD = re.compile(r"\boptions\b|\balternatives?\b|\brejected\b|\bdiscounted\b|\bnot\b", re.I)


def _names_chosen_option(text: str, plan: Plan) -> bool:
    """A heading about the option the document puts forward ("Option B in
    detail", "The recommended option in detail"), and about no other."""
    if re.search(r"\boptions\b", text, re.I):
        return False
    named = {m.group(1).upper() for m in _NAMES_AN_OPTION.finditer(text)}
    if _THE_CHOSEN_OPTION.search(text):
        if not _NOT_PUT_FORWARD.search(text):  # "The recommended option in detail", whatever it names
            return True
        return named <= plan.chosen
    return bool(named) and named <= plan.chosen


def _not_the_plan(s: Sentence, plan: Plan | None = None) -> bool:
    """A sentence about an option considered and rejected, or reporting
    what respondents said: not what the proposal will do.  With the
    document's :class:`Plan`, its title does not count as a heading about
    options, and a section about the option it puts forward is the plan."""
    if L.found(_REJECTED, s.text):
        return True
    if s.kind != "heading" and _REPORTED_VIEW.search(s.text):
        return True
    if s.kind == "heading":
        return False
    headings = s.headings[-2:]
    if plan is not None:
        if headings and _names_chosen_option(headings[-1], plan):
            return False
        headings = tuple(h for h in headings if h not in plan.titles)
    return _options_headings(headings)


@functools.lru_cache(maxsize=1024)
def _meta_headings(headings: tuple[str, ...]) -> bool:
    return any(L.META.search(h) for h in headings)


def _restates_the_test(s: Sentence) -> bool:
    """A sentence that restates what the Test asks ("Proposers should
    specify the transport arrangements..."), in a part of the document about
    the Test or naming it: not a statement about the proposal."""
    return _restates_the_test_in(s.text, s.headings[-2:])


@functools.lru_cache(maxsize=8192)
def _restates_the_test_in(text: str, headings: tuple[str, ...]) -> bool:
    about_test = L.found(L.META, text) or _meta_headings(headings)
    return bool(about_test and L.REQUIREMENT.search(text)
                and not re.search(r"(?<!\bthat )(?<!\bwhich )\bwill\b", text, re.I)
                and not _LA_DOCUMENT.search(text))


def _about_the_test(text: str) -> bool:
    """A sentence naming the Test and what it requires ("the key factors
    require proposers to specify ..."): not about the proposal."""
    return bool(L.found(L.META, text) and _REQUIRES.search(text))


_REQUIRES = re.compile(r"\b(?:should|must|requires?|need to|needs to)\b", re.I)


# The LA's own strategy or policy: "The Council's Accessibility Strategy 2025-2028 requires new places to ..."
# says what the proposal answers to, not what the Test asks.
_LA_DOCUMENT = re.compile(
    r"\b(?:(?:council|authority|county|borough|city)['’]s|our)\s+(?:[\w-]+\s+){0,5}?(?:strateg(?:y|ies)|polic(?:y|ies)|plan)\b", re.I)
# (not "the LA's transport policy": the Test's own words)


def require_proposal(doc: Document, sents: list[Sentence]) -> None:
    """Refuse a document that is empty, or says nothing about a change to
    schools or provision: it cannot be judged against the Test, and calling
    it "not credible" would be misleading."""
    from senrules_proposals.reader import DocumentError

    if not sents:
        raise DocumentError(f"{doc.path}: the document is empty (no text to check); give the proposal or consultation document")
    about = any(_ABOUT_PROVISION.search(s.text) for s in sents)
    proposing = any(_PROPOSING.search(s.text) for s in sents)
    if not (about and proposing):
        raise DocumentError(
            f"{doc.path}: this does not look like a proposal to change special educational provision "
            "(nothing in it about a school, unit or places being opened, closed, enlarged or changed); "
            "give the proposal or consultation document"
        )


def extract(doc: Document) -> Extraction:
    """Read every sentence of ``doc`` and decide the facts.  Raises
    :class:`~senrules_proposals.reader.DocumentError` for an empty document
    or one that is not a proposal."""
    sents = sentences(doc)
    require_proposal(doc, sents)
    findings: list[Finding] = []
    by_block: dict[int, list[Sentence]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)

    label_of = labels(sents, doc)
    plan = plan_of(sents)
    for s in sents:
        if _restates_the_test(s):
            continue
        if _not_the_plan(s, plan):
            findings += _providers(s)  # what respondents said still shows views were sought
            continue
        label = label_of.get(id(s), "")
        findings += _claims(s, L.ACCESS, _access_specific, "access_benefit_claimed", "access_benefit_specific", None, label,
                            also=_NAMED_PROGRAMME_ALONE)
        findings += _claims(s, L.STAFF, _staff_specific, "staff_benefit_claimed", "staff_benefit_specific", _staff_extra, label)
        findings += _claims(s, L.ACCOMMODATION, _accommodation_specific, "accommodation_benefit_claimed", "accommodation_benefit_specific",
                            _accommodation_extra, label)
        findings += _claims(s, L.PLACES, _places_specific, "places_benefit_claimed", "places_benefit_specific", _places_extra, label)
        findings += _accessibility(s)
        findings += _providers(s)
        findings += _alternative(s)
        closure = _closure(s)
        if closure is not None:
            findings.append(closure)
        findings += _transport(s)
        findings += _funding_staffing(s)
        if s.kind == "row":
            findings += _places_table(doc.blocks[s.block], s)
            findings += _placement_row(doc.blocks[s.block], s)
        findings += _places_prose(s, doc.blocks[s.block])
        findings += _new_or_enlarged(s)
        phased = L.PHASED_CLOSURE.search(s.text)
        if phased and s.kind != "heading":
            findings.append(Finding("alternative_provision_needed", "supports", s, phased.group(0), False))

    findings += _totals_in_lists(sents, doc)
    findings += places_now_and_after(sents)
    findings += places_by_rows(sents, doc)

    # A confirmation in writing in a paragraph about where pupils go, or in the paragraph right after it when
    # it is about receiving them ("1.2 All 11 pupils will transfer ... 1.3 Kingsway has confirmed in writing
    # that it will receive them"; not "In a separate matter, the staff have confirmed in writing ...").
    alt_blocks = {f.sentence.block for f in findings
                  if f.fact.startswith("alternative_provision_") and f.fact != "alternative_provision_needed"}
    confirmed_sentences = {id(f.sentence) for f in findings if f.fact == "alternative_provision_confirmed_in_writing"}
    for s in sents:
        near = s.block in alt_blocks or (s.block - 1 in alt_blocks and _RECEIVING.search(s.text))
        if near and id(s) not in confirmed_sentences:
            m = L.found(L.CONFIRMED_WRITING, s.text)
            if m:
                clause = L.clause_of(s.text, m.start())
                if not L.negated(clause) and not L.hedge(clause):
                    findings.append(Finding("alternative_provision_confirmed_in_writing", "supports", s, m.group(0)))

    findings += _groups_unconfirmed(findings)

    # Para 23: a BESD (SEMH) school closing, and where its pupils go; a PRU
    # is recognised by the words or by a name the document gave one.
    named = providers_named(sents)
    # a PRU's names match as written ("Oakwood", "WTC"), so that a short form is not read as a common word
    areas = _area_names(sents)
    pru_names = [a for p in named if p.kind == "pru" for a in p.names if a not in areas]
    pru = L.PRU if not pru_names else _Either(L.PRU, L.names(tuple(pru_names)))
    findings += places_conflicts(sents, named, doc)
    findings += places_fall_in_all(sents, doc)
    besd = _besd_closing(sents, by_block, named)
    if besd is not None:
        findings.append(besd)
        findings += places_only_at_pru(findings, by_block, pru)
        alias_sentences = [t for t in sents if pru_names and pru.search(t.text)]
        block_texts = {k: " ".join(t.text for t in v) for k, v in by_block.items()}
        about_block = {k: _about_displaced_block(text) for k, text in block_texts.items()}
        last_pru = -10
        schools = school_names(sents, (*pru_names, *_closing_names(besd)))
        for k, s in enumerate(sents):
            if _not_the_plan(s, plan) or _restates_the_test(s):
                continue
            # how long: the next two sentences (the next paragraph too), and any other naming the PRU
            rest = [t for t in sents[k + 1:k + 3] if t.kind != "heading"]
            seen = {id(t) for t in rest}
            rest += [t for t in alias_sentences if t is not s and id(t) not in seen]
            if s.kind == "row" and "dest" in _row_columns(doc.blocks[s.block]):
                # (a table's rows are followed by its other rows: the sentences after the table, and those naming the PRU)
                after = [t for t in sents[k + 1:k + 60] if t.block != s.block and doc.blocks[t.block].kind != "row"][:3]
                findings += _pru_row(doc.blocks[s.block], s, pru, [t for t in after if t.kind != "heading"]
                                     + [t for t in alias_sentences if t is not s and t.kind != "row"])
                continue
            if pru.search(s.text):  # only a sentence naming a PRU can place pupils in one
                placed = _pru(s, rest, pru)
                findings += placed
                if any(f.fact == "besd_pupils_to_pru" and f.role == "against" for f in placed):
                    findings += _pru_dated_stay(sents, k)
                last_pru = k
            elif k - last_pru <= 2 and _PRU_BACK.search(s.text):
                # "Eighteen pupils will be placed there on a permanent basis", "It will take the remaining 18 pupils"
                findings += _pru(s, rest, _PRU_BACK)
            if about_block[s.block] or _about_displaced_besd(s):
                findings += _special_places(s, schools)
                put_off = _destination_put_off(s.text)
                if put_off and L.PUPILS.search(s.text) and not L.negated(L.clause_of(s.text, put_off.start())):
                    # "The placements of the remaining six pupils ... will be decided at their annual reviews":
                    # not every displaced pupil has a place named
                    findings.append(Finding("besd_pupils_special_places", "against", s, put_off.group(0), False))

    findings.sort(key=lambda f: (f.sentence.block, f.sentence.number))
    facts, deciding = decide(findings, besd is not None, funding_parts(sents, label_of))
    return Extraction(doc, tuple(sents), tuple(findings), facts, deciding, tuple(named), tuple(pupil_groups(sents, named)))


# A written confirmation said of every receiver at once: "Both schools have confirmed in writing ...".
_ALL_RECEIVERS = re.compile(r"\b(?:both|all|each|every|the\s+(?:two|three|four|receiving|host))\b", re.I)


def _groups_unconfirmed(findings: list[Finding]) -> list[Finding]:
    """Each group of a list of where pupils go ("10 pupils to Perivale Park
    Academy, an SEMH special academy. The Westway Learning Trust confirmed
    in writing ..."; "12 pupils to Hawthorn Learning Centre ... Hawthorn's
    management committee has been consulted"): where one group's receiver
    confirmed in writing and another's did not (in its item, the paragraph
    after it, or a confirmation naming it or all of them), not every
    receiver has."""
    groups = [f for f in findings if f.fact == "alternative_provision_stated" and f.role == "supports" and f.sentence.kind == "item"
              and _GROUP_TO.match(f.sentence.text)]
    confirmations = [f for f in findings if f.fact == "alternative_provision_confirmed_in_writing" and f.role == "supports"]
    if len(groups) < 2 or not confirmations or any(_ALL_RECEIVERS.search(f.sentence.text) for f in confirmations):
        return []
    confirmed_blocks = {f.sentence.block for f in confirmations}
    out = []
    for g in groups:
        dest = _GROUP_TO.match(g.sentence.text).group("dest")
        name = re.sub(r"^the\s+", "", dest, flags=re.I).split()[0]
        if (g.sentence.block in confirmed_blocks or g.sentence.block + 1 in confirmed_blocks
                or any(re.search(r"\b" + re.escape(name) + r"\b", f.sentence.text) for f in confirmations)):
            continue
        out.append(Finding("alternative_provision_confirmed_in_writing", "negated", g.sentence, f"{dest}: no written confirmation"))
    return out if len(out) < len(groups) else []


# The span a PRU stay runs, by its dates: "Between 1 September 2027 and that date", "on 5 January 2027 and will be
# admitted to Ravenscroft when it opens", "until 20 December 2027".
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,;]{3,60}?)\s+and\s+(?P<b>that\s+date|[^,;]{3,60}?)(?=\s*[,;.]|\s+(?:these|the|all|each|they|pupils)\b)", re.I)
_UNTIL_DATE = re.compile(r"\buntil\s+(?=(?:the\s+)?(?:\d|start|beginning|end|autumn|spring|summer|Easter|[A-Z][a-z]+\s+20\d\d))", re.I)
_WHEN_OPENS = re.compile(r"\b(?:when|once)\s+(?P<what>it|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+(?:opens|is\s+open|first\s+opens)\b", re.I)
_MOVES_TO_NAME = re.compile(r"\b(?:admitted|transfer\w*|mov\w*|go|join\w*|places?)\s+(?:to|at|into)\s+(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})", re.I)


_UNTIL_EVENT_ON = re.compile(
    r"\buntil\s+[^.;,()]{2,50}?\s+(?:opens|is\s+(?:open|ready|finished|completed?)|begins|starts)\s+(?:on|from)\s+(?=\d)", re.I)
_NEXT_PLACE_ON = re.compile(
    r"\b(?:mov\w*|transfer\w*|join\w*|(?:be\s+)?admitted|start\w*|take\s+up|go)\b[^.;()]{0,80}?\b(?:on|from|at|after)\s+"
    r"(?=\d|the\s+(?:start|beginning)\s+of\s+the\s+(?:autumn|spring|summer)\s+term|Easter\s+20)", re.I)
# The first date after "until", in its clause: "until they join the new class at Rushey Mead at the start of the summer
# term 2028", "until Brushes Lane opens after Easter 2028".
_UNTIL_THEN = re.compile(r"\buntil\b[^.;()]{0,120}?\b(?:on|from|at|after|in|by)\s+(?=\d|the\s+(?:start|beginning|end)\s+of\s+the|"
                         r"(?:autumn|spring|summer)\s+term|Easter\s+20|(?-i:[A-Z])[a-z]+\s+20\d\d)", re.I)


def _pru_dated_stay(sents: list[Sentence], k: int) -> list[Finding]:
    """How long, by the document's own dates, the PRU stay that sentence
    ``k`` places pupils in runs (in school weeks): from the date they start
    there to the date their next place begins ("that date" of the sentence
    before; "when it opens", the latest date the document gives for that
    school's opening).  A document whose stated length ("no longer than six
    school weeks") its dates contradict is read against itself by the
    ruleset (``besd_pru_dated_weeks``)."""
    s = sents[k]
    text = s.text
    start = end = None
    between = _BETWEEN.search(text)
    if between:
        a = L.DATE.search(between.group("a"))
        if a:
            start = (L.date_of(a), a.group(0))
            if between.group("b").lower().startswith("that"):
                before = [m for t in sents[max(0, k - 2):k] if t.block in (s.block, s.block - 1) for m in L.DATE.finditer(t.text)]
                end = (L.date_of(before[-1]), before[-1].group(0)) if before else None
            else:
                b = L.DATE.search(between.group("b"))
                end = (L.date_of(b), b.group(0)) if b else None
    if start is None:
        first = L.DATE.search(text)
        if first is None:
            return []
        start = (L.date_of(first), first.group(0))
        until = _UNTIL_DATE.search(text, first.end())
        opens = _WHEN_OPENS.search(text, first.end())
        event = _UNTIL_EVENT_ON.search(text, first.end())
        if until and L.DATE.match(text, until.end()):
            d = L.DATE.match(text, until.end())
            end = (L.date_of(d), d.group(0))
        elif event and L.DATE.match(text, event.end()):
            # "until phase 2 opens on 14 February 2028": the day the next place begins
            d = L.DATE.match(text, event.end())
            end = (L.date_of(d), d.group(0))
        elif opens:
            what = opens.group("what")
            if what.lower() == "it":
                names = [m.group("name") for m in _MOVES_TO_NAME.finditer(text[: opens.start()])]
                what = names[-1] if names else None
            if what:
                named = re.compile(r"\b" + re.escape(what) + r"\b")
                dates = [(L.date_of(m), m.group(0)) for t in sents if named.search(t.text) and re.search(r"\bopen(?:s|ing)?\b", t.text, re.I)
                         for m in L.DATE.finditer(t.text)]
                later = [d for d in dates if d[0] > start[0]]
                end = max(later) if later else None
        then = _UNTIL_THEN.search(text, first.end()) if end is None else None
        if then and L.DATE.match(text, then.end()):
            d = L.DATE.match(text, then.end())
            end = (L.date_of(d), d.group(0))
        if end is None:
            # the day the next place begins: "and will move to Hawthorn Bank on 1 January 2028", "and take up
            # their Redland Vale places on 11 October 2027", "at the start of the summer term 2028"
            nxt = _NEXT_PLACE_ON.search(text, first.end())
            d = L.DATE.match(text, nxt.end()) if nxt else None
            if d:
                end = (L.date_of(d), d.group(0))
    if not end or end[0] <= start[0]:
        return []
    weeks = L.school_weeks_between(start[0], end[0])
    return [Finding("besd_pru_dated_weeks", "supports", s, f"{start[1]} … {end[1]}", weeks)]


class _Either:
    """Two patterns searched as one, ``first|second``: the match that starts
    first, ``first``'s where both start at one place (as the alternation
    finds it), each pattern keeping its own fast search."""

    def __init__(self, first: re.Pattern, second: re.Pattern):
        self.first, self.second = first, second

    def search(self, text: str):
        a = self.first.search(text)
        b = self.second.search(text)
        if b is not None and (a is None or b.start() < a.start()):
            return b
        return a


_RECEIVING = re.compile(r"\b(?:admit|receive|accept|take)\w*\s+(?:\w+\s+){0,3}?(?:them|pupils?|children|students?)\b|\bwilling\b", re.I)


def _names(text: str) -> set[str]:
    return {m.group(0).strip() for m in L.PROPER_NAME.finditer(" " + text)}


# What a closure closes when it is no school (para 23 is about a BESD school): a PRU ("close the Brigg Road
# Assessment Centre, the Council's primary pupil referral unit"), a resourced provision or base in a mainstream school
# ("close the two SEMH resourced bases at ...", "discontinue the Riverside Nurture Unit, a resourced provision for ..."),
# or a satellite of a school that stays open ("closure of the Dene House post-16 satellite").
_NOT_A_SCHOOL = r"\b(?:resourced\s+(?:provisions?|bases?|units?)|satellites?|pupil\s+referral\s+units?|PRUs?|short[- ]stay\s+schools?)\b"
_OBJECT_WORDS = r"(?:(?!\b(?:and|or|to|into|with|pupils?|children|will|would|then)\b)[^,.;()]){0,60}?"
_CLOSES_NOT_A_SCHOOL = re.compile(
    r"\s+(?:of\s+|down\s+)?" + _OBJECT_WORDS + r"(?:,\s+(?:the|a|an|its|our)\s+" + _OBJECT_WORDS + r")?" + _NOT_A_SCHOOL, re.I)
_NOT_A_SCHOOL_CLOSES = re.compile(
    _NOT_A_SCHOOL + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:will|would|shall|is\s+to|are\s+to)\s+(?:\w+\s+)?$", re.I)


def _closes_no_school(text: str) -> bool:
    """Every closure in ``text`` closes a PRU, a resourced provision or
    base, or a satellite (by what follows the closure word, or by the
    subject that will close): no BESD school closes there."""
    found = False
    for clause, c in _clauses_with(L.CLOSURE, text):
        subject = _NOT_A_SCHOOL_CLOSES.search(clause, 0, c.start())
        if subject and re.search(r"\band\b", text[: max(0, text.find(clause)) + subject.start()], re.I):
            subject = None  # ("Oak School and its satellite will close": the school too)
        if not (_CLOSES_NOT_A_SCHOOL.match(clause, c.end()) or subject):
            return False
        found = True
    return found


def _besd_closing(sents: list[Sentence], by_block, named: list[Provider] | None = None) -> Finding | None:
    """A sentence (or paragraph) that closes a BESD or SEMH school."""
    besd_names: set[str] = set()
    besd_blocks: set[int] = set()
    not_schools = {a for p in named or [] if p.kind in ("pru", "resourced_provision", "mainstream_school", "college")
                   for a in p.names}
    for s in sents:
        m = L.BESD.search(s.text)
        if not m:
            continue
        besd_blocks.add(s.block)
        besd_names |= _names(s.text)
        for clause, c in _clauses_with(L.CLOSURE, s.text):
            if not L.negated(clause) and L.BESD.search(clause) and not _closes_no_school(clause):
                return Finding("besd_school_closing", "supports", s, f"{m.group(0)} … {c.group(0)}", True)
    for s in sents:
        closure = _closure(s)
        if closure is None and s.block in besd_blocks and not _names(s.text):
            # "... is a special school for pupils with SEMH needs. The Council proposes to close it ..."
            for clause, c in _clauses_with(L.CLOSURE, s.text):
                if (not L.negated(clause) and not re.search(r"consultation|closing date|deadline|responses?|comments?", clause, re.I)
                        and not _premises_only(clause, c)):
                    closure = Finding("alternative_provision_needed", "supports", s, c.group(0), True)
                    break
        if closure is None or re.match(r"relocat", str(closure.cue), re.I) or _closes_no_school(s.text):
            continue  # (a school that relocates goes on: "The Cedars School: relocation to the Hatfield Lane campus")
        # (not a name of a PRU, a resourced provision or a mainstream school: "closure of the Brigg Road Assessment
        # Centre", which the document calls its pupil referral unit, beside new SEMH bases)
        closed = _names(s.text) & besd_names - not_schools
        if closed:
            return Finding("besd_school_closing", "supports", s, f"{sorted(closed)[0]} ({closure.cue})", True)
        if s.block in besd_blocks and not _names(s.text):
            return Finding("besd_school_closing", "supports", s, closure.cue, True)
    return _besd_closing_by_reference(sents, named or [])


# What a closure closes, right after the word: "close CVS ...", "close it on 31 August 2027".
_CLOSED_OBJECT = re.compile(r"\s+(?:the\s+)?(?P<what>(?:it|this\s+school|the\s+school)\b|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)


def _besd_closing_by_reference(sents: list[Sentence], named: list[Provider]) -> Finding | None:
    """A BESD (SEMH) school closed under another name than the one it was
    described by: a name the document gave it ("Castle View School (CVS) is
    a ... special school for ... SEMH. The City proposes to close CVS"), or
    "it" just after the sentence that describes it ("Greenhow School is a
    special school for ... BESD. We propose to close it")."""
    besd_names = {a for p in named if p.kind == "besd_school" for a in p.names}
    for k, s in enumerate(sents):
        if s.kind == "heading" or s.text.rstrip().endswith("?"):
            continue
        for clause, c in _clauses_with(L.CLOSURE, s.text):
            if (L.negated(clause) or re.search(r"consultation|closing date|deadline|responses?|comments?", clause, re.I)
                    or _closes_no_school(clause)):
                continue
            obj = _CLOSED_OBJECT.match(s.text, s.text.find(clause) + c.end()) if clause in s.text else None
            if obj is None:
                continue
            what = obj.group("what")
            if what in besd_names:
                return Finding("besd_school_closing", "supports", s, f"{what} ({c.group(0)})", True)
            before = sents[k - 1] if k > 0 else None
            if (what.lower() in ("it", "this school", "the school") and before is not None and before.kind != "heading"
                    and L.BESD.search(before.text) and L.SCHOOL.search(before.text) and _names(before.text)):
                return Finding("besd_school_closing", "supports", s, f"{sorted(_names(before.text))[0]} ({c.group(0)} {what})", True)
    return None


# Words pointing back to a PRU named in the sentence before.
_PRU_BACK = re.compile(r"\bthere\b|^\s*(?:it|the\s+(?:centre|unit|pru))\s+(?:will|would|is\s+to)\s+(?:take|receive|admit|accommodate|educate)\b", re.I)


def _about_displaced_block(block_text: str) -> bool:
    """A paragraph about the pupils of the closing BESD school."""
    return bool(L.BESD.search(block_text) or re.search(r"\bdisplaced|current pupils|existing pupils|pupils (?:at|from)\b", block_text, re.I))


def _about_displaced_besd(s: Sentence) -> bool:
    """A sentence about every one of the displaced pupils, or under a BESD heading."""
    return bool(
        re.search(r"\b(?i:every|all|each|both|the|its|their)\s+(?:\d+\s+|[a-z]+[- ][a-z]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+)?"
                  r"(?:remaining\s+|current\s+|displaced\s+)?(?:[A-Z][\w'’]+\s+){0,2}(?:of\s+the\s+)?(?i:pupils?|child(?:ren)?|students?)\b", s.text)
        or any(L.BESD.search(h) for h in s.headings)
        or bool(_GROUP_MOVES.match(s.text))
        or bool(L.ELIDED_PUPILS.match(s.text))  # "All 22 will have places at Brookside School": all of them
        or bool(_PUPILS_MOVE_TO.search(s.text))  # "younger pupils will transfer to Oak School"
        or (s.kind == "item" and bool(_GROUP_TO.match(s.text)))  # a list of where they go: "26 pupils to Kestrel Hill School;"
    )


# Pupils (of whatever group) moving to a place: in a document closing a BESD school, they are its pupils.
_PUPILS_MOVE_TO = re.compile(
    r"\b(?:pupils?|children|students?)\s+(?:(?:in|from|of)\s+(?:[\w-]+\s+){1,3}?)?(?:will|are\s+to|would|shall)\s+(?:all\s+|each\s+|then\s+)?"
    r"(?:transfer|move|go|be\s+admitted|be\s+placed|become\s+pupils)\s+(?:to|into|at|of)\b", re.I)


# A sentence that opens with a group of pupils moving: "3.1 Twenty-four pupils will transfer to Thornhill School".
_GROUP_MOVES = re.compile(
    r"^\s*(?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*[.)]?\s+)?(?:the\s+)?(?:other\s+|remaining\s+)?(?:\d+|" + L._NUMBER_WORDS + r"|[a-z]+-[a-z]+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:pupils?|children|students?|young\s+people)\s+(?:(?:will|are\s+to|would)\s+(?:\w+\s+)?)?"
    r"(?:transfer|move|go|attend|join|be\s+placed|be\s+admitted|take\s+up)\b",
    re.I,
)


# ------------------------------------------------------------------ deciding the facts


def _pick(findings: Iterable[Finding], fact: str, *roles: str) -> Finding | None:
    for f in findings:
        if f.fact == fact and (not roles or f.role in roles):
            return f
    return None


_NAMED_WAIT = re.compile(r"[^.;]*?\b(?:at|in)\s+(?!the\s+(?:pupil|PRU|Pupil|[Ll]earning))(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+)", re.I)
# The words after a school's own name that say what kind of school it is ("Primary Special School" of "Fosse Lane
# Primary Special School").
_KINDS_OF_SCHOOL = re.compile(r"(?:\s+(?:Primary|Secondary|Special|Community|High|Infant|Junior|Church|Academy|School|College))+$")
# A written confirmation that a school will admit every pupil of the closing one.
_ADMITS_ALL = re.compile(r"\b(?:admit|take|receive|accept)\s+(?:every|all(?:\s+the)?|each)\b", re.I)
_MOVE_WITH_PLACES = re.compile(
    r"\b(?:mov|transfer|go)\w*\s+(?:\w+\s+)?with\s+(?:their|its|the)\s+(?:places?|school|base|unit|provision|class(?:es)?)\b", re.I)
_ESTABLISH_NEW = re.compile(r"\b(?:establish|open|create)\w*\s+(?:a\s+)?new\s+(?:[\w-]+\s+){0,3}?(?:special\s+)?(?:school|academy)\b", re.I)
_EMPTY_PROVISION = re.compile(
    r"\bno\s+(?:pupils?|children|students?|learners?)\s+(?:on|attending|placed"
    r"|(?:are|is|have|has)\s+(?!displaced|affected|required|needed|to\b|need|moved?\b|transferr)"
    r"|have\s+(?:attended|been\s+(?:on|placed|admitted)))\b", re.I)  # (not "No pupil is displaced")


# A heading or label over the document's own account of funding and staffing: "Funding and staffing", "Money and
# staff", "Who pays, and who staffs it", "Finance", "Resources", "How will this be paid for?".
_FUNDING_TITLE = re.compile(
    r"\b(?:fund\w*|financ\w*|costs?|money|budgets?|capital|revenue|resources|resourcing|pays?|paid|staff\w*)\b", re.I)
# A heading over one of several proposals a document makes: "Part C: Proposal 2 — autism resourced provision".
_PROPOSAL_PART = re.compile(r"\bproposal\s+(?:\d{1,2}|[A-H]|one|two|three|four|five)\b", re.I)


def funding_parts(sents: list[Sentence], label_of: dict[int, str] | None = None) -> dict[int, tuple[str, bool]]:
    """For each sentence (by ``id``): the proposal it is about, when the
    document makes several under headings of their own ("Part C: Proposal
    2 ..."; else ""), and whether it sits in the document's own account of
    funding and staffing (under a heading or label such as "Funding and
    staffing" or "Who pays?").  Para 22 (iv) is read from that account when
    the document gives one (a cost in a sentence about building works, or
    "offices for 12 staff", is not how the proposal is funded or staffed),
    and for each proposal the document makes."""
    label_of = label_of or {}
    opening: dict[int, list[str]] = {}  # a block's first two sentences: "B4." "Funding and staffing." ...
    for s in sents:
        if len(opening.setdefault(s.block, [])) < 2:
            opening[s.block].append(s.text)
    out = {}
    for s in sents:
        part = next((h for h in reversed(s.headings) if _PROPOSAL_PART.search(h)), "")
        titles = [h for h in s.headings[-2:] if len(h) <= 80] + [label_of.get(id(s), "")]
        titles += [m.group(1) for t in opening[s.block] if t is not s.text and (m := _LABEL_SENTENCE.match(t))]
        out[id(s)] = (part, any(_FUNDING_TITLE.search(t) for t in titles if t))
    return out


def _funding_withheld(f: Finding) -> bool:
    """Funding from a named source that the document states only as waiting
    on a later decision ("paid for by the council, subject to approval of
    the 2027-28 capital programme"), or funding "subject to approval" with no
    source or sum beside another sum that is given (the capital waits while
    the revenue is given): the rules file's reading of (iv), stated but not
    specified."""
    return (f.fact == "funding_stated" and f.role in ("vague", "hedged")
            and bool(_FUNDING_CONDITIONAL.search(str(f.cue))))


def _iv_fact(findings: list[Finding], what: str, parts: dict[int, tuple[str, bool]]) -> tuple[Finding | None, Finding | None]:
    """(specific, stated) findings for ``what`` ("funding" or "staffing"):
    from the document's own account of funding and staffing when it has one
    for ``what``; each proposal of several must be specified; funding any
    part of which waits on a later decision is stated, not specified."""
    mine = [f for f in findings if f.fact in (f"{what}_specific", f"{what}_stated")]
    in_account = [f for f in mine if parts.get(id(f.sentence), ("", False))[1]]
    if any(f.role != "negated" for f in in_account):
        mine = in_account
    by_part: dict[str, list[Finding]] = {}
    for f in mine:
        by_part.setdefault(parts.get(id(f.sentence), ("", False))[0], []).append(f)
    spec = stated = None
    all_specific = bool(by_part)
    for group in by_part.values():
        g_spec = _pick(group, f"{what}_specific", "supports")
        given = g_spec
        if what == "funding" and any(_funding_withheld(f) for f in group):
            g_spec = None
        g_stated = g_spec or _pick(group, f"{what}_stated", "vague") or given
        if g_spec is None:
            all_specific = False
        spec = spec or g_spec
        stated = stated or g_stated
    if not all_specific:
        spec = None
    return spec, stated


def decide(findings: list[Finding], besd_closing: bool, parts: dict[int, tuple[str, bool]] | None = None) -> tuple[dict, dict]:
    """The facts, and the sentence that decided each (None: nothing in the
    whole document supplies it)."""
    facts: dict = {}
    deciding: dict = {}

    def put(name, value, finding: Finding | None):
        facts[name] = value
        deciding[name] = finding.sentence if finding is not None else None

    # (a)-(d): claimed when some sentence claims it (even vaguely or hedged); specific when one is specific.
    for prefix in ("access", "staff", "accommodation", "places"):
        spec = _pick(findings, f"{prefix}_benefit_specific", "supports")
        claim = spec or _pick(findings, f"{prefix}_benefit_claimed", "vague", "hedged")
        put(f"{prefix}_benefit_claimed", claim is not None, claim)
        put(f"{prefix}_benefit_specific", spec is not None, spec or _pick(findings, f"{prefix}_benefit_claimed"))
    conflict = _pick(findings, "places_figures_conflict", "against")
    put("places_figures_conflict", conflict is not None, conflict)
    fall = _pick(findings, "places_fall_in_all", "supports")
    put("places_fall_in_all", fall is not None, fall)
    only_pru = _pick(findings, "places_only_at_pru")
    put("places_only_at_pru", only_pru is not None and only_pru.value is True, only_pru)
    strategy = _pick(findings, "accessibility_strategy_referred", "supports")
    put("accessibility_strategy_referred", strategy is not None, strategy or _pick(findings, "accessibility_strategy_referred"))

    # (i)
    written = _pick(findings, "providers_written_statement", "supports")
    sought = written or _pick(findings, "providers_views_sought", "supports") or _pick(findings, "providers_written_statement", "hedged")
    put("providers_written_statement", written is not None, written or _pick(findings, "providers_written_statement"))
    put("providers_views_sought", sought is not None, sought or _pick(findings, "providers_views_sought"))

    # (ii)
    closure = _pick(findings, "alternative_provision_needed", "supports")
    not_needed = next((f for f in findings if f.fact == "alternative_provision_needed" and f.value is False and f.role != "implied"), None)
    new_or_enlarged = next((f for f in findings if f.fact == "alternative_provision_needed" and f.role == "implied"), None)
    closing = next((f for f in findings if f.fact == "alternative_provision_needed" and f.value is True), None)
    about_moves = _pick(findings, "alternative_provision_stated") or _pick(findings, "alternative_provision_hoped")
    # A school that moves or is re-designated goes on: when the document says
    # nobody is displaced, that stands ("all pupils will move with the school").
    # So does an amalgamation into a school it establishes ("discontinue A and B ... and establish a new school").
    continuing = [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True
                  and (re.match(r"relocat|re-?designat|amalgamat|merg", str(f.cue), re.I) or _ESTABLISH_NEW.search(f.sentence.text))]
    # A phased closure ("admits no new pupils ... and closes when the last pupils have finished Year 6"), where the
    # document says nobody moves, displaces nobody.
    phased = next((f for f in findings if f.fact == "alternative_provision_needed" and f.value is False
                   and L.PHASED_CLOSURE.search(str(f.cue))), None)
    if phased is not None:
        continuing += [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True]
    # An amalgamation described, as the law has it, as the closure of one school and the enlargement of the other
    # ("Technically, Ridgeview will close ... and Downland will ... enlarge"), where the document says nobody moves,
    # displaces nobody either.
    # (the school closed is one of those the document amalgamates: "amalgamate Downland ... and Ridgeview ...")
    # (by its name or its short name: "amalgamate Fosse Lane Primary Special School and ..." then "Fosse Lane will be
    # discontinued")
    amalgamated = {short for f in continuing if re.match(r"amalgamat|merg", str(f.cue), re.I)
                   for short in (_KINDS_OF_SCHOOL.sub("", n) for n in _names(f.sentence.text)) if len(short) >= 3}
    if not_needed is not None and amalgamated and re.match(r"(?:no|none|nobody|no[- ]one|not\s+one)\b", str(not_needed.cue), re.I):
        named_again = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(amalgamated))) + r")\b")
        continuing += [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True
                       and named_again.search(f.sentence.text)]
    # A provision whose pupils move with their places, where the document says so in saying nobody is displaced
    # ("No pupil is displaced: the nine pupils at Holme Road move with their places to Skelwith"): the places move.
    if (not_needed is not None and _MOVE_WITH_PLACES.search(not_needed.sentence.text)
            and re.match(r"(?:no|none|nobody|no[- ]one|not\s+one)\b", str(not_needed.cue), re.I)):
        continuing += [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True]
    # A provision that closes with nobody in it ("The unit has had no pupils on roll since 2025") displaces nobody.
    empty = next((f for f in findings if f.fact == "alternative_provision_needed" and f.value is False
                  and _EMPTY_PROVISION.search(str(f.cue))), None)
    if closing is not None and not_needed is not None and (empty is not None or all(
            f in continuing for f in findings if f.fact == "alternative_provision_needed" and f.value is True and f.role == "supports")):
        put("alternative_provision_needed", False, empty or not_needed)
    elif closing is not None:
        put("alternative_provision_needed", True, closing)
    elif not_needed is not None:
        put("alternative_provision_needed", False, not_needed)
    elif about_moves is not None and not (new_or_enlarged is not None and all(
            f.role == "vague" for f in findings if f.fact in ("alternative_provision_stated", "alternative_provision_hoped"))):
        # (a new provision's intake, "It will take 4 pupils in each of 2028, 2029 and 2030", in vague words only,
        # where nothing closes or moves, is no move of pupils from a provision)
        put("alternative_provision_needed", True, about_moves)
    elif new_or_enlarged is not None:
        put("alternative_provision_needed", False, new_or_enlarged)
    else:
        put("alternative_provision_needed", None, closure)
    confirmed_all = [f.sentence.text for f in findings
                     if f.fact == "alternative_provision_confirmed_in_writing" and f.role == "supports" and _ADMITS_ALL.search(f.sentence.text)]
    hoped = next((f for f in findings if f.fact == "alternative_provision_hoped" and f.role == "supports"
                  and not (isinstance(f.value, str) and any(re.search(r"\b" + re.escape(f.value) + r"\b", t) for t in confirmed_all))),
                 None)
    put("alternative_provision_hoped", hoped is not None, hoped)
    confirmed = _pick(findings, "alternative_provision_confirmed_in_writing", "supports")
    awaited = next((f for f in findings if f.fact == "alternative_provision_confirmed_in_writing" and f.role == "negated"
                    and f.sentence.kind in ("row", "item")), None)
    if awaited is not None:  # a row of the table of moves (or an item of their list) whose school has not confirmed: not all have
        confirmed = None
    put("alternative_provision_confirmed_in_writing", confirmed is not None,
        confirmed or awaited or _pick(findings, "alternative_provision_confirmed_in_writing"))
    stated = _pick(findings, "alternative_provision_stated", "supports")
    put("alternative_provision_stated", stated is not None, stated or _pick(findings, "alternative_provision_stated"))

    # (iii)
    arr = _pick(findings, "transport_arrangements_specified", "supports")
    put("transport_arrangements_specified", arr is not None, arr or _pick(findings, "transport_arrangements_specified"))
    pol = _pick(findings, "transport_policy_referred", "supports")
    put("transport_policy_referred", pol is not None, pol or _pick(findings, "transport_policy_referred"))

    # (iv)
    for what in ("funding", "staffing"):
        spec, stated = _iv_fact(findings, what, parts or {})
        stated = spec or stated
        put(f"{what}_stated", stated is not None, stated or _pick(findings, f"{what}_stated"))
        put(f"{what}_specific", spec is not None, spec or _pick(findings, f"{what}_stated"))

    # para 23
    if not besd_closing:
        put("besd_school_closing", False, None)
    else:
        put("besd_school_closing", True, _pick(findings, "besd_school_closing"))
        pru = _pick(findings, "besd_pupils_to_pru", "against")
        put("besd_pupils_to_pru", pru is not None, pru or _pick(findings, "besd_pupils_to_pru"))
        if pru is not None:
            # every stay the document gives is read: one with no limit decides, as the longest stated one does
            limited = (_pick(findings, "besd_pru_time_limited", "against") or _pick(findings, "besd_pru_time_limited", "supports")
                       or _pick(findings, "besd_pru_time_limited"))
            if limited is not None and limited.role == "hedged":
                put("besd_pru_time_limited", None, limited)  # a possible placement of no stated length: not known
            elif limited is not None and limited.value is True:
                put("besd_pru_time_limited", True, limited)
                weeks = [f for f in findings if f.fact == "besd_pru_weeks"]
                if weeks:
                    longest = max(weeks, key=lambda f: f.value)
                    put("besd_pru_weeks", longest.value, longest)
            else:
                put("besd_pru_time_limited", False, limited or pru)
            dated = [f for f in findings if f.fact == "besd_pru_dated_weeks"]
            if dated:  # the longest stay the document's own dates give
                longest = max(dated, key=lambda f: f.value)
                put("besd_pru_dated_weeks", longest.value, longest)
        special = _pick(findings, "besd_pupils_special_places", "supports")
        put_off = _pick(findings, "besd_pupils_special_places", "against")  # some pupils' places left to be decided
        if put_off is not None:
            put("besd_pupils_special_places", False, put_off)
        else:
            put("besd_pupils_special_places", special is not None, special or _pick(findings, "besd_pupils_special_places"))
    return facts, deciding
