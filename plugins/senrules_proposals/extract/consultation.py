"""Key factor (i): whether the views of the providers affected were sought, and whether they gave a
written statement."""

from __future__ import annotations

import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _neg_word
from senrules_proposals.extract.model import Finding
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


# What a written statement is about when it is one of views asked for (module-level: compiled once, and
# prefiltered like the others).
_ABOUT_VIEWS = re.compile(
    r"\bviews?\b|\bstatements?\b|\bset(?:ting)? out\b|pattern of (?:[\w-]+ ){0,3}?provision|\brepl(?:y|ies|ied)\b|\bresponses?\b"
    r"|\bwhat\s+(?:they|it|each|you)\s+(?:thought|think|thinks)\b"
    r"|\brespond(?:s|ed)?\b|\bcomments?\b|\brepresentations?\b|\bsubmissions?\b|\bopinions?\b", re.I)


def _providers(s: Sentence, before: Sentence | None = None) -> list[Finding]:
    """The findings of (i) in ``s``; ``before`` is the sentence before it in
    the same paragraph, whose providers a pronoun may ask ("This document is
    being sent to the governing bodies of ... We invite each of them to set out
    in writing their views")."""
    out = []
    if s.kind == "heading":
        return out
    text = s.text
    if "/" in text or "www." in text:
        text = _WEB_ADDRESS.sub(" ", text)  # ("viewed at dunsford.example.gov.uk/consultations": an address, no consultation)
    written = L.WRITTEN_STATEMENT.search(text)
    if written and not _ABOUT_VIEWS.search(L.common_words(text)):
        written = None
    # ("come to a drop-in session at the Academy": the school as the place, not a provider asked)
    has_providers = L.PROVIDERS.search(_AT_THE_SCHOOL.sub(" ", text) if "the " in text else text)
    if not has_providers and _EACH_ASKED.search(text) and (
            (s.headings and _WHO_WE_ASKED.search(s.headings[-1])) or (before is not None and L.PROVIDERS.search(before.text))):
        # those written to, asked by a pronoun: named in the sentence before, or under a heading of who was asked
        # ("## Who we have asked" ... "We enclosed a statement of the proposal and asked each to send us its views")
        has_providers = _EACH_ASKED.search(text)
    if not (has_providers or written):
        return out
    if _ANYONE_MAY_COMMENT.search(text):
        return out  # a notice's objection period ("any person may object to or make comments on the proposal by ...")
    # "To agree to seek proposers", "Cabinet is asked to agree": the decision asked for, not a provider's view
    if "orkshop" in text and not _WORKSHOP_MEETING.search(text):
        # a workshop is a meeting only when held or attended, or with or for people; else a room ("two classrooms, a
        # vocational workshop and a kitchen", "a Level 1 course in construction in the school's workshop")
        text = _WORKSHOP.sub(" ", text)
    has_views = L.VIEWS.search(L.common_words(_AGREED_TO_ACT.sub(" ", _DECISION_AGREE.sub(" ", text)))) or _THOUGHTS.search(text)
    pattern_of_provision = written and re.search(r"changing pattern of (?:[\w-]+ ){0,3}?provision", text, re.I)
    if not ((has_providers and (has_views or written)) or (written and (has_views or pattern_of_provision))):
        return out
    if re.search(r"\bconsult\w*\s+on\b|\bconsultation\s+(?:document|period|runs|closes|will close|ends)", text, re.I) and not written \
            and not _PROVIDERS_CONSULTED.search(text):
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
        elif L.provider_hedge(clause):  # (a provider's agreement, however given, is its view: "agreed in principle")
            out.append(Finding("providers_views_sought", "hedged", s, L.provider_hedge(clause)))
        else:
            out.append(Finding("providers_views_sought", "supports", s, has_views.group(0)))
    return out


# Views in other words: "inviting each to tell us in writing what they thought".
_THOUGHTS = re.compile(r"\bwhat\s+(?:they|it|each|you)\s+(?:thought|think|thinks)\b", re.I)
# A heading of who was asked for views: "Who we have asked", "Who have we written to?", "Part D. Who we asked".
_WHO_WE_ASKED = re.compile(r"\bwho\s+(?:have\s+)?we\s+(?:have\s+)?(?:asked|consulted|written\s+to|wrote\s+to|contacted)\b", re.I)
# Those asked, by a pronoun: "asked each to send us its views", "Each asked to send views in writing", "asked them for",
# "We invite each of them to set out in writing their views".
_EACH_ASKED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|request(?:s|ed|ing)?)\s+(?:each|them|all\s+of\s+them|every\s+one|both)\b"
    r"|^\W*(?:each|all|every\s+one|both)\s+(?:of\s+them\s+)?(?:was\s+|were\s+)?(?:asked|invited)\b", re.I)
# A web address: "www.example.gov.uk/consultations", "https://...".
_WEB_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
# Providers said to have been consulted ("Local schools and other providers were consulted on the proposal"): their
# views sought, not a consultation on the proposal announced.
_PROVIDERS_CONSULTED = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:fully\s+|formally\s+|all\s+)?consulted\b", re.I)
# Anyone invited to object or comment, as a statutory notice invites the public: no provider is asked.
_ANYONE_MAY_COMMENT = re.compile(
    r"\b(?:any\s+person|anyone|any\s+one|members\s+of\s+the\s+public)\s+(?:may|can|is\s+(?:invited|welcome)|wishing)\s+to\b"
    r"|\b(?:any\s+person|anyone|any\s+one|members\s+of\s+the\s+public)\s+(?:may|can)\s+(?:object|comment|make|send|write|respond)\b", re.I)
# The school as a place, or in the name of the council's team for schools: "at the school", "a paper copy from the
# school office", "can be obtained from the School Organisation Team" (no provider asked).
_AT_THE_SCHOOL = re.compile(
    r"\b(?:at|in)\s+the\s+(?:school|academy)\b(?!['’]s)"
    r"|\b(?:at|in|from|to)\s+the\s+(?:school|academy)(?:['’]s)?\s+(?:office|reception|website)\b"
    r"|\bthe\s+schools?\s+(?:organisation|organization|admissions|place\s+planning|improvement|transport)\s+"
    r"(?:team|service|unit|officers?|manager|section)\b", re.I)
# A workshop as a meeting: held, run or attended ("held two workshops with headteachers", "at a workshop for SENCOs",
# "attended the consultation workshop"), or with or for people ("workshops with the heads of all special schools").
_WORKSHOP = re.compile(r"\bworkshops?\b", re.I)
_WORKSHOP_MEETING = re.compile(
    r"\b(?:held|hold|holds|holding|ran|run|runs|running|organised|organized|facilitated|attended|attend|attending|at|during|through)"
    r"\s+(?:a|an|the|two|three|four|several|\d+|its|our|their|further)?\s*(?:[\w-]+\s+){0,2}?workshops?\b"
    r"|\bworkshops?\s+(?:with|for|attended\s+by|involving)\s+(?:the\s+|all\s+|each\s+|every\s+|local\s+|both\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:headteachers?|head\s+teachers?|heads|governors|governing\s+bod(?:y|ies)|providers?|schools?|academ(?:y|ies)"
    r"|settings?|colleges?|sencos?|staff|parents|carers|families|trusts?|principals?|leaders)\b", re.I)
# A participle phrase after a comma: ", inviting each to set out its views", ", and seeking agreement where possible".
_TRAILING_PHRASE = re.compile(r",\s+(?:and\s+)?(?:inviting|seeking|asking|offering|giving|requesting|encouraging)\b", re.I)
# A statement or views still to be asked for: "will be sent", "Providers' views will be sought in writing",
# "We will invite all schools to set out their views", "Headteachers will be asked for their written views".
_STILL_TO_SEND = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:be\s+)?(?:sent|issued|circulated|written|send|issue|write|circulate"
    r"|sought|asked|invited|requested|seek|ask|invite|request)\b"
    r"|\b(?:is|are)\s+to\s+be\s+(?:sent|issued|circulated|sought|asked|invited)\b", re.I)
# "The governing body has agreed in writing to keep the pupils on roll": an undertaking, not a view on the proposal
# (but "agree to the increase", "agreed to this change": agreement with something, a view on it)
_AGREED_TO_ACT = re.compile(r"\bagree(?:s|d|ing)?\s+(?:in\s+writing\s+)?to\s+(?!(?:the|this|these|that|its|their)\b)[a-z]+", re.I)
# ... or a decision still to come: "If Cabinet agrees, the Trust will apply ..." (or the council's own, taken)
_DECISION_AGREE = re.compile(r"\b(?:to|is\s+asked\s+to|are\s+asked\s+to)\s+agree\b"
                             # ... or taken: "Westby Council has agreed that Holmcroft will grow"
                             r"|\b(?:council|cabinet|authority|executive)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?agreed\s+that\b"
                             r"|\b(?:if|once|when)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+agrees\b", re.I)


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
