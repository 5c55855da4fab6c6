"""Key factor (iii): whether transport arrangements are specified, or only the LA's policy referred to."""

from __future__ import annotations

import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _FUTURE, _best, _clauses_with, _neg_word, _status_quo
from senrules_proposals.extract.model import Finding
from senrules_proposals.extract.plan import _about_the_test, _background_heading
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


def _transport(s: Sentence) -> list[Finding]:
    out = []
    text = s.text
    if "bus" in text or "ick" in text:
        # (blanked, not cut: positions stay those of the sentence)
        text = _NOT_A_JOURNEY.sub(lambda m: " " * len(m.group(0)), text)
    # every transport policy's name has a transport word
    if not L.TRANSPORT.search(text) or _about_the_test(text):
        if s.kind != "heading" and s.headings and L.TRANSPORT.search(s.headings[-1]):
            # under a heading about transport, the arrangements put off without the word: "The County will provide
            # transport for all eligible pupils. Arrangements will be confirmed once placements are known."
            put_off = _ARRANGEMENTS_PUT_OFF.search(text)
            if put_off is not None and not L.negated(put_off.group(0)):
                out.append(Finding("transport_arrangements_specified", "hedged", s, put_off.group("put_off")))
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
            firm = _NEGATED_CONDITION.sub(" ", _TRANSPORT_OPTION.sub(" ", _TRANSPORT_LIMIT.sub(" ", clause)))
            if not L.TRANSPORT.search(firm):
                # the bound alone: "with" one, it qualifies another clause's arrangement ("..., with no journey
                # longer than 45 minutes"); said of the journeys, it states their times ("No journey will exceed 30
                # minutes.", "Elm is 2 miles away and no journey will be longer than 40 minutes")
                bound = _TRANSPORT_LIMIT.search(clause)
                if bound and not bound.group(0)[:4].lower() == "with":
                    h = L.hedge(bound.group(0))
                    candidates.append(Finding("transport_arrangements_specified", "hedged" if h else "supports", s, h or bound.group(0)))
                continue
        if L.negated(firm):
            candidates.append(Finding("transport_arrangements_specified", "negated", s, _neg_word(firm)))
            continue
        h = L.hedge(firm) or L.deferral(firm)
        if h and (_QUALIFIER_HEDGE.match(h) or _USE_FORECAST.search(firm)) and _TRANSPORT_CONCRETE.search(clause):
            # "on the same contracted minibuses, with the same passenger assistants where possible"; "the transport
            # team expects most pupils to travel by minibus": how many will use the arrangement, not whether it is made
            h = None
        routes_later = _ROUTES_PUT_OFF.search(firm)
        if routes_later and _TRANSPORT_CONCRETE.search(clause):
            if h and h in routes_later.group(0):
                h = None  # beside a concrete arrangement ("by minibus, with routes to be confirmed") only a detail waits
        elif routes_later and not h:
            # the routes left for later ("with routes to be worked out once placements are known", "will look
            # again at every route before the move"): transport promised, its arrangements not yet made
            h = routes_later.group(0)
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


# The arrangements themselves put off until something is known: "Arrangements will be confirmed once placements are
# known", "Transport arrangements will be agreed when each pupil's new school is decided".
_ARRANGEMENTS_PUT_OFF = re.compile(
    r"\barrangements\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?)?(?:will|would|are\s+to|is\s+to)\s+be\s+"
    r"(?P<put_off>(?:confirmed|decided|agreed|made|finalised|set\s+out|worked\s+out)\b[^.;]{0,60}?\b(?:once|when|after|nearer|as\s+soon\s+as)\b)",
    re.I)


# The routes or arrangements themselves still to be settled, with or without a time: "routes to be worked out",
# "routes would be confirmed with families in December", "journeys will be reviewed", "the transport team will look
# again at every route" (not "routes will be re-planned to the new site": planning them is making them).
_ROUTES_PUT_OFF = re.compile(
    r"\b(?:routes?|arrangements?|journeys?|pick[- ]?up\s+times?)\s+(?:[\w'’-]+\s+){0,4}?(?:will|would|are\s+to|is\s+to|to)\s+(?:still\s+)?be\s+"
    r"(?:confirmed|decided|agreed|worked\s+out|finalised|finalized|reviewed|looked\s+at|considered|determined|sorted\s+out)\b"
    r"|\b(?:still\s+)?to\s+be\s+(?:confirmed|decided|agreed|worked\s+out|finalised|looked\s+at)\b(?=[^.;]{0,40}\broutes?\b)"
    r"|\b(?:will|would|are\s+to|is\s+to)\s+(?:look\s+(?:again\s+)?at|review|reconsider|work\s+out|revisit)\s+(?:every|each|all|the|their|any|its)\s+"
    r"(?:[\w'’-]+\s+){0,2}?routes?\b", re.I)
# Transport words that are no journey: a copy of a document picked up ("pick up a paper copy from the school office"),
# a site's place on the bus network ("on the 47 bus route", "Moorview is on two city bus routes"): where a site is,
# not how pupils will travel to it.
_NOT_A_JOURNEY = re.compile(
    r"\bpick(?:ed|ing|s)?[- ]up\s+(?:a|an|the|your|our|one)\s+(?:[\w-]+\s+){0,2}?(?:cop(?:y|ies)|forms?|leaflets?|booklets?|packs?"
    r"|questionnaires?|documents?|letters?|brochures?)\b"
    r"|\b(?:on|near|close\s+to|next\s+to|beside)\s+(?:the\s+|a\s+|its\s+|two\s+|three\s+|several\s+|four\s+)?(?:same\s+|main\s+|city\s+|local\s+|number\s+|no\.\s*)?"
    r"(?:[\w]+\s+(?:and\s+[\w]+\s+)?)?bus\s+(?:routes?|corridors?|lines?|stops?)\b", re.I)


def arrangements_put_off(f: Finding) -> bool:
    """Whether a finding on the transport arrangements puts them off until
    something is known ("Arrangements will be confirmed once placements are
    known"): beside it, that there will be transport for eligible pupils
    says what is not yet arranged; only a concrete arrangement (a taxi, a
    minibus, journey times) still specifies them."""
    return (f.fact == "transport_arrangements_specified" and f.role == "hedged"
            and _ARRANGEMENTS_PUT_OFF.search(f.sentence.text) is not None)


def concrete(f: Finding) -> bool:
    """Whether a finding's sentence says how pupils will travel in concrete terms."""
    return _TRANSPORT_CONCRETE.search(f.sentence.text) is not None


# Travel as a skill pupils are taught, in a sentence about what they are taught: no arrangement for getting there.
_TRAVEL_SKILL = re.compile(r"(?:independent\s+)?travel\s+training\b|independent\s+travel\b", re.I)
# (post-16, the curriculum is a "study programme"; or a list of what is studied: "functional skills, the ASDAN
# programmes, a supported internship, independent travel training and ...")
_TAUGHT = re.compile(r"\b(?:curriculum|teach\w*|taught|lessons?|courses?|programmes?\s+of\s+study|study\s+programmes?"
                     r"|functional\s+skills|life\s+skills|qualifications?|accredit\w*|internships?|asdan|gcses?|btecs?)\b", re.I)
# A hedge on one detail of a concrete arrangement, or on how many will use it ("Most pupils are expected to
# travel by taxi or minibus with a passenger assistant").
# ... said by the one who expects it: "the transport team expects most pupils to travel by taxi", "we anticipate
# journeys of under 40 minutes" (not "we expect to arrange a minibus", "expects that a taxi will be found": the
# arrangement itself expected).
_USE_FORECAST = re.compile(
    r"\b(?:expects?|anticipates?)\s+(?:that\s+)?(?:(?:most|all|many|some|nearly\s+all|almost\s+all|the|their|our|its)\s+"
    r"(?:of\s+(?:the\s+|its\s+|our\s+)?)?)?(?:(?:current|new|eligible|existing)\s+)?"
    r"(?:pupils|children|students|young\s+people|learners|journeys?|(?:average\s+)?journey\s+times?|average\s+journey|travel\s+times?)\b", re.I)
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
    r"|\b(?:with\s+)?no\s+(?:single\s+|one[- ]way\s+)?(?:journeys?|trips?|travel\s+times?)\s+(?:of\s+)?(?:over|above|exceeding|beyond)\s+\d"
    # "journeys not exceeding 30 minutes", "will not exceed 45 minutes", "not more than 40 minutes"
    r"|\b(?:not|never)\s+(?:exceed(?:s|ing)?|(?:be\s+)?(?:more|longer)\s+than|over)\s+(?:about\s+)?\d"
    # the bound however the verb between is worded: "no journey is planned to take longer than 50 minutes", "none
    # will exceed 45 minutes", "three routes, none over 45 minutes" (a time or distance after it, and "no" not before the transport itself:
    # "no transport for pupils over 16", "no school minibus for journeys over 3 miles" are none)
    r"|\b(?:with\s+)?(?:no|none)(?!(?:\s+[\w'’-]+)?\s+(?:transport|travel|taxis?|minibus\w*|bus\w*|escorts?)\b)(?:\s+[\w'’-]+){0,9}?\s+(?:(?:longer|more|further)\s+than|exceed(?:s|ing)?|over|above|beyond)\s+"
    r"(?:about\s+|around\s+)?\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|miles?|km|kilomet\w+)\b", re.I)
# A condition that says who gets an arrangement, its negation its own: "or, where the policy says a pupil cannot travel
# independently, a taxi with a passenger assistant".
_NEGATED_CONDITION = re.compile(
    r"(?:^|,)\s*(?:where|if|when|unless)\s+[^,;]{0,100}?\b(?:cannot|can\s*not|can['’]t|(?:is|are)\s+(?:not\s+)?unable|(?:does|do)\s+not)\b[^,;]{0,80}(?=,)",
    re.I)
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


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
