"""Which part of a document is the plan: not options considered and rejected, not what respondents
said (the proposer's answers to what they raised are), not a restatement of the Test or background; and
whether the document proposes anything at all."""

from __future__ import annotations

import functools
import re

import attrs

from senrules_proposals import language as L
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Document, Sentence


_BACKGROUND = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:background|context|the\s+current\s+(?:position|situation|provision|arrangements)"
    r"|current\s+(?:position|situation|provision|arrangements)|why\s+(?:we\s+(?:want|are|need|propose)|is\s+(?:this|a\s+change)|change)"
    r"|(?:the\s+)?reasons?\s+for|(?:the\s+)?case\s+for\s+change|the\s+need\s+for)\b", re.I)


@functools.lru_cache(maxsize=1024)
def _background_heading(heading: str) -> bool:
    """A heading over how things are now, or why a change is proposed
    ("Why we want to do this", "2. Background", "Reasons for the proposal")."""
    return bool(_BACKGROUND.search(heading))


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


# A heading over what is not proposed: an option considered, or a proposal withdrawn ("1. The withdrawn proposal",
# "The earlier proposal").
_NOT_PROPOSED_HEADING = re.compile(
    r"\boptions?\b|alternatives?\s+(?:considered|rejected|explored)|rejected|discounted|not\s+recommended"
    r"|\bwithdrawn\b|\b(?:previous|earlier|original|former)\s+proposals?\b", re.I)
_OPTIONS_HEADING = re.compile(
    _NOT_PROPOSED_HEADING.pattern
    + r"|\bresponses?\b|feedback|what\s+(?:you|they|people|respondents|parents|schools|consultees)\s+(?:said|told)|concerns\s+raised"
    r"|consultation\s+(?:findings|outcomes?|results)|summary\s+of\s+(?:responses|views)",
    re.I,
)
_REJECTED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:therefore\s+)?(?:rejected|discounted|ruled\s+out|not\s+(?:recommended|pursued|taken\s+forward|preferred))\b"
    r"|\b(?:asked|wondered|questioned)\s+(?:whether|if)\b|\bconcerns?\s+(?:was|were)\s+raised\b"
    # an option considered and set aside in one sentence: "The Council had considered rebuilding on the site but the
    # cost could not be met", "A satellite class was considered, but no site was available"
    r"|\b(?:had|has|have)\s+(?:also\s+)?considered\s+\w+ing\b[^.;]{0,120}?\bbut\b"
    r"|\b(?:was|were)\s+(?:also\s+)?considered\b[^.;]{0,80}?\bbut\b",
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
    return any(_OPTIONS_HEADING.search(h) if "espons" not in h or _RESPONDENTS_NAMED.search(h) else
               _OPTIONS_HEADING.search(_OWN_RESPONSE.sub(" ", h)) for h in headings)


# Respondents or what they raised named beside the proposer's response ("What respondents raised, and our response"):
# their words and the answers together, not the plan alone.
_RESPONDENTS_NAMED = re.compile(r"\b(?:respondents?|consultees|raised|said|told|feedback|comments|objections?|points)\b", re.I)
# The proposer's own response, under which it sets out the plan: "4. Officer response", "The Council's response",
# "Our response" (not what respondents said: "Responses to the consultation", "Summary of responses").
_OWN_RESPONSE = re.compile(
    r"\b(?:officers?['’]?|(?:the\s+)?(?:council|authority|local\s+authority|la|cabinet|trust|governing\s+body|governors)['’]?s?|our)"
    r"\s+responses?\b(?!\s+(?:to|from)\s+(?:the\s+)?(?:consultation|consultees|respondents))", re.I)


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
    # a sentence opening with the option's label and marking it, at its end, as the one put forward: "Option C — close
    # Brackley Grange; open three resource bases (recommended)." (no other option named between)
    + r"|^\W*(?:\d+(?:\.\d+)*\.?\s+)?" + _OPTION_LABEL + r"(?:(?!(?-i:Option)\s)[^.()])*\(\s*(?:the\s+)?(?:proposed|preferred|recommended)(?:\s+option)?\s*\)\W*$"
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
    # the blocks that are the proposer's answers in a question-and-answer table ("Issue raised | Response"): its
    # answers are the plan, even under a heading about the responses the questions came from
    answers: frozenset[int] = frozenset()
    # the paragraphs that open with an option's label ("Option 3 - Close the school and use the PRU. Under this option
    # ..."), each with the label: what "this option" of a later sentence of the paragraph is
    opened_by: frozenset[tuple[int, str]] = frozenset()


def plan_of(sents: list[Sentence], doc: Document | None = None) -> Plan:
    """The document's :class:`Plan`: its title headings (those over both its
    first and its last sentence of text) and the options it chooses, in
    words or, given ``doc``, in an options table's row marked as the one put
    forward."""
    body = [s for s in sents if s.kind != "heading"]
    # (the first text under a heading: a letterhead or a committee's name may stand above the title)
    headed = next((s for s in body if s.headings), body[0]) if body else None
    titles = frozenset(set(headed.headings) & set(body[-1].headings)) if body else frozenset()
    if body and not titles and body[-1].headings:
        # (a letterhead with a line or two of its own under it, "WESTMERE COUNTY COUNCIL" then "CABINET - 19 NOVEMBER
        # 2026", before the title: the heading over the last sentence and over all the text after those lines is the title)
        top = body[-1].headings[0]
        first = next(k for k, s in enumerate(body) if top in s.headings)
        if first <= 3 and all(top in s.headings for s in body[first:]):
            titles = frozenset({top})
    chosen = set()
    for s in sents:
        if "ption" in s.text:
            for m in _CHOSEN_OPTION.finditer(s.text):
                chosen.add(next(g for g in m.groups() if g).upper())
    answers = frozenset()
    if doc is not None:
        chosen |= _chosen_in_table(doc)
        answers = frozenset(b.index for b in doc.blocks if b.kind == "paragraph" and b.cells)
    opened_by, seen = set(), set()
    for s in body:
        if s.block not in seen:
            seen.add(s.block)
            opening = _OPENS_WITH_OPTION.match(s.text) if "ption" in s.text else None
            if opening is not None:
                opened_by.add((s.block, opening.group(1).upper()))
    return Plan(titles, frozenset(chosen), answers, frozenset(opened_by))


# An options table: its first column headed "Option", a row's verdict cell saying it is the one put forward
# ("B | Close Fernside; enlarge Redmoor | Recommended"), not "Not recommended".
_OPTION_COLUMN = re.compile(r"^\W*options?\W*$", re.I)
_OPTION_CELL = re.compile(r"^\W*(?:option\s+)?([A-Z]|\d{1,2})\b", re.I)
_PUT_FORWARD_CELL = re.compile(r"^\W*(?:the\s+)?(?:recommended|preferred|proposed|chosen)\b(?:\s+option)?\W*$", re.I)


def _chosen_in_table(doc: Document) -> set[str]:
    """The options an options table marks as put forward (:data:`_OPTION_COLUMN`)."""
    out = set()
    for b in doc.blocks:
        if b.kind == "row" and b.header and b.cells != b.header and _OPTION_COLUMN.match(b.header[0]):
            label = _OPTION_CELL.match(b.cells[0])
            if label and any(_PUT_FORWARD_CELL.match(c) for c in b.cells[1:]):
                out.add(label.group(1).upper())
    return out


# A heading over the option put forward, by what the document calls it: "3. The recommended option in detail",
# "The preferred option", "Our proposed option".
_THE_CHOSEN_OPTION = re.compile(r"\b(?:recommended|preferred|proposed|chosen|selected)\s+option\b(?!s)", re.I)
# ... but not "Options considered", "Why the preferred option is not Option 1", "Alternatives to the proposed option".
_NOT_PUT_FORWARD = re.compile(r"\boptions\b|\balternatives?\b|\brejected\b|\bdiscounted\b|\bnot\b", re.I)


# A heading about options in the plural: "Options considered".
_OPTIONS = re.compile(r"\boptions\b", re.I)


@functools.lru_cache(maxsize=1024)
def _names_chosen_option(text: str, plan: Plan) -> bool:
    """A heading about the option the document puts forward ("Option B in
    detail", "The recommended option in detail"), and about no other
    (cached: every sentence under the heading asks; the answer depends on
    the heading and the plan alone)."""
    if _OPTIONS.search(text):
        return False
    named = {m.group(1).upper() for m in _NAMES_AN_OPTION.finditer(text)}
    if _THE_CHOSEN_OPTION.search(text):
        if not _NOT_PUT_FORWARD.search(text):  # "The recommended option in detail", whatever it names
            return True
        return named <= plan.chosen
    return bool(named) and named <= plan.chosen


def _not_proposed(s: Sentence, plan: Plan | None = None) -> bool:
    """A sentence about an option rejected, or in a section about one or
    about a proposal withdrawn ("1. The withdrawn proposal"): nothing it
    closes is closed (what respondents said, which :func:`_not_the_plan`
    also leaves out, may still describe the plan's schools)."""
    if L.found(_REJECTED, s.text):
        return True
    if _about_an_option_not_chosen(s, plan):
        return True
    if plan is not None and _this_option(s, plan) in plan.chosen:
        return False
    return s.kind != "heading" and _under_headings(s, plan, _not_proposed_headings)


# A sentence that opens with an option's label: "Under Option A the 18 pupils would be displaced", "Option 1 would
# close the unit", "4.2 Option B: ...".
_OPENS_WITH_OPTION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:under|in|with|for|by)\s+)?" + _OPTION_LABEL + r"(?!\s*(?:and|or|,|to)\s+(?-i:Option)\b)", re.I)


def _about_an_option_not_chosen(s: Sentence, plan: Plan | None) -> bool:
    """A heading naming only options the document did not put forward, where it put one forward ("Option A: Close
    the Hazel Court Unit ..." where Cabinet is asked to agree Option C), or a sentence opening with such an option
    ("Under Option A the unit's pupils would be displaced"): what it says is that option's, as the text under the
    heading is, not the plan's."""
    if plan is None or not plan.chosen or "ption" not in s.text:
        return False
    if s.kind == "heading":
        named = {m.group(1).upper() for m in _NAMES_AN_OPTION.finditer(s.text)}
        return bool(named) and not named & plan.chosen
    opening = _OPENS_WITH_OPTION.match(s.text)
    if opening is None:
        label = _this_option(s, plan)
        return label is not None and label not in plan.chosen
    return opening.group(1).upper() not in plan.chosen


# A sentence about the option just named: "Under this option ...", "This option would ...".
_THIS_OPTION = re.compile(r"^\W*(?:(?:under|in|with|for|by)\s+)?this\s+option\b", re.I)


def _this_option(s: Sentence, plan: Plan | None) -> str | None:
    """The option "this option" of a sentence opening so is: the one its paragraph opens with ("Option 3 - Close the
    school and use the PRU. Under this option pupils would attend the PRU"), or None."""
    if plan is None or not plan.opened_by or "this option" not in s.text.lower() or not _THIS_OPTION.match(s.text):
        return None
    return next((label for block, label in plan.opened_by if block == s.block), None)


@functools.lru_cache(maxsize=1024)
def _not_proposed_headings(headings: tuple[str, ...]) -> bool:
    return any(_NOT_PROPOSED_HEADING.search(h) for h in headings)


def _not_the_plan(s: Sentence, plan: Plan | None = None) -> bool:
    """A sentence about an option considered and rejected, or reporting
    what respondents said: not what the proposal will do.  With the
    document's :class:`Plan`, its title does not count as a heading about
    options, and a section about the option it puts forward is the plan."""
    if L.found(_REJECTED, s.text):
        return True
    if s.kind != "heading" and _REPORTED_VIEW.search(s.text):
        return True
    if _about_an_option_not_chosen(s, plan):
        return True
    if plan is not None and _this_option(s, plan) in plan.chosen:
        return False  # (the option put forward, whatever heading its paragraph fell under)
    if plan is not None and s.block in plan.answers:
        # the proposer's answer to a question or issue raised (in a table read as prose, see reader.answers_as_prose):
        # the plan, unless the section is about options or a withdrawn proposal
        return _under_headings(s, plan, _not_proposed_headings)
    return s.kind != "heading" and _under_headings(s, plan, _options_headings)


def _under_headings(s: Sentence, plan: Plan | None, test) -> bool:
    """Whether ``test`` holds of the two headings over ``s``, leaving out
    the document's title, and never under a heading about the option the
    document puts forward (that section is the plan)."""
    headings = s.headings[-2:]
    if plan is not None:
        if headings and _names_chosen_option(headings[-1], plan):
            return False
        # (nor over it: "5. The recommended option (Option 2)" over "5.2 Benefits" heads the plan's own parts, and only
        # the part's heading may say it is about something else, "5.3 Responses")
        headings = tuple(h for h in headings if h not in plan.titles and not _names_chosen_option(h, plan))
    return test(headings)


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


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
