"""Key factor (iv): whether funding and staffing are stated, and specifically; and which part of the
document is its own account of funding and staffing."""

from __future__ import annotations

import functools
import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import (
    _FUTURE, _best, _clauses_with, _first, _neg_word, _quantity_near, _status_quo,
)
from senrules_proposals.extract.labels import _LABEL, _LABEL_SENTENCE
from senrules_proposals.extract.model import Finding
from senrules_proposals.extract.plan import _about_the_test
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


# A sum said of the sentence before, in short sentences under a heading about the money: "How will it be paid for?
# The Department for Education will pay for the building. This is about £19 million."
_SUM_SAID_BACK = re.compile(
    r"^\W*(?:this|that|it|which)\s+(?:is|will\s+be|would\s+be|costs?|will\s+cost|comes\s+to|amounts?\s+to|totals?)\s+"
    r"(?:about|around|approximately|roughly|some|nearly|almost|up\s+to|over|just\s+over|just\s+under)?\s*(?=£|GBP\b)", re.I)


# A cost, and the words that say how something is paid for beside it (a paragraph with the first and none of these
# gives what a thing costs, not how the proposal is funded).
_COST = re.compile(r"\bcost(?:s|ed|ing)?\b", re.I)
_NOT_ONLY_COST = re.compile(
    r"\b(?:fund\w*|paid|pay\w*|met\s+(?:from|by|through)|budgets?|grants?|capital|revenue|sources?|high\s+needs|hnb|hnpca|"
    r"dsg|allocat\w*|invest\w*|financ\w*|borrow\w*|top[- ]ups?|element\s+[23]|spend\w*|(?:free\s+schools?|building)\s+programme|"
    r"s106|section\s+106|contribut\w*|esfa|afford\w*|sav(?:e|es|ed|ing|ings))\b", re.I)


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_FUNDED_PLACES = re.compile(r"\bfunded places?\b", re.I)


def _funding_staffing(s: Sentence, paragraph: list[Sentence] = ()) -> list[Finding]:
    """What ``s`` says of funding and staffing (iv); ``paragraph`` is the
    paragraph it stands in, whose sentences before it may say the staff there
    now carry on ("None of the existing staff are affected. Staffing will be
    reviewed ...")."""
    text = s.text
    if s.kind == "paragraph" and s.headings and _FUNDING_TITLE.search(s.headings[-1]) and (back := _SUM_SAID_BACK.match(text)):
        money = L.MONEY.match(text, back.end())
        if money:
            return [Finding("funding_specific", "supports", s, money.group(0))]
    # (remembered: _clauses_with asks the same of the sentence next)
    if s.kind == "heading" or not (L.found(L.FUNDING, text) or L.found(L.STAFFING_PLAN, text)) or _about_the_test(text):
        return []
    def clauses(pattern):
        if s.kind == "row":  # a table row is one statement: "Staffing; 6 teachers; delegated budget."
            m = pattern.search(text)
            return [(_row_statement(text), m)] if m else []
        return _clauses_with(pattern, text)

    def planned(clause):
        return (s.kind == "row" or L.PLAN.search(clause) or L.MONEY.search(clause) or L.FTE.search(clause)
                or _quantity_near(L.STAFF_NOUN, clause))

    # (what a thing costs, in a sentence with no word of how it is paid for and not under a heading about the money,
    # is its cost, not how the proposal is funded: "The rooms will be ready by August at a cost of £240,000")
    # (nor in its paragraph: "Keeping the unit open costs £45,000 a year. The savings will fund a teacher.")
    cost_only = (s.kind != "row" and _COST.search(text) is not None and not (s.headings and _FUNDING_TITLE.search(s.headings[-1]))
                 and not any(_NOT_ONLY_COST.search(t.text) for t in (paragraph or (s,))))
    funding = []
    for clause, m in clauses(L.FUNDING):
        if not L.FUNDING.search(_TRAVEL_BUDGET.sub(" ", clause)):  # "a personal travel budget" is transport
            continue
        if cost_only and _COST.search(clause):
            continue
        # ("Funding is subject to approval.": no plan, but the funding waits on a decision)
        if _status_quo(clause) or not (planned(clause) or _FUNDING_CONDITIONAL.search(clause)):
            continue
        if _PUPILS_NOW.search(clause) and not _FUTURE.search(clause):
            continue  # "52 pupils with autism attend independent special schools at an average cost of £61,000 a year": now
        if _FUNDED_PLACES.search(clause) and not L.MONEY.search(clause):
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
        # (a label's words govern its value: "Capital requested from the Fund: £1,840,000")
        labelled = _LABEL.match(text) if ":" in text[:80] else None
        pending = _FUNDING_PENDING.search(unconditional) or (
            _FUNDING_PENDING.search(labelled.group(0)) if labelled and text.find(clause) >= labelled.end() else None)
        h = (L.hedge(unconditional) or L.deferral(unconditional) or (pending.group(0) if pending else None)
             or (None if L.MONEY.search(clause) else _first(L.PUT_OFF, unconditional)))
        if h:
            funding.append(Finding("funding_stated", "hedged", s, h))
            continue
        if conditional:
            # (the body that approves is no source: "subject to approval by the Council's Capital Strategy Board")
            # (nor is approval alone, but approval of a budget or programme names where the money is to come from:
            # "funded subject to approval by Council of the 2028-29 budget")
            if L.FUNDING_SOURCE.search(_APPROVER.sub(" ", clause)) or L.MONEY.search(clause) or _OF_BUDGET.search(conditional.group(0)):
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
        if h and h.lower() in ("expected", "anticipated") and _PROJECTED_AT_CAPACITY.search(text):
            h = None  # "At capacity the school is expected to employ ... 10.0 FTE teachers": the plan's figures at capacity
        # staffing in general terms beside a deferral ("will be appropriately staffed, with staffing to be
        # determined later"), posts only hoped for ("we would aim to appoint a teacher and two teaching
        # assistants"), or a review of the staffing of a team that carries on ("Staffing of the team will be
        # reviewed"): staffing described, not specified; a deferral alone describes none
        described = (_GENERAL_STAFFING.search(text) or _quantity_near(L.STAFF_NOUN, clause) or _first(L.FTE, clause)
                     or L.STAFFING_REVIEWED.search(clause) or ("review" in clause.lower() and _staff_carry_on(s, paragraph))
                     or L.STAFF_OFFERED_POSTS.search(clause))
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
    best = _best(funding)
    # a sum given in one clause and made to wait in the next ("£180,000 a year from the High Needs Block, which
    # officers propose to spend on the outreach service, subject to the Schools Forum agreeing the 2027-28 budget"):
    # the wait is kept beside the sum, which it governs
    waiting = [f for f in funding if f.role in ("vague", "hedged") and _FUNDING_CONDITIONAL.search(str(f.cue))][:1]
    if best and best[0].role == "supports" and waiting:
        best += waiting
    return best + _best(staffing)


def _staff_carry_on(s: Sentence, paragraph: list[Sentence]) -> bool:
    """The staff there now carry on, as ``s`` or a sentence before it in its
    paragraph says."""
    before = [t.text for t in paragraph[:next((k for k, t in enumerate(paragraph) if t is s), 0)]]
    return any(L.STAFF_CARRY_ON.search(t) for t in (s.text, *before))


def _row_statement(text: str) -> str:
    """A table row as one statement, without a clause that denies something else when another gives the figures:
    "4.8 Staffing: lead teacher 1.0 FTE, two class teachers 2.0 FTE; none of the existing staff at the main site
    are affected" states the staffing; "Staffing: none" still says there is none."""
    if not L.NEGATION.search(text):
        return text
    kept = [text[a:b] for a, b in L.clause_spans(text) if not L.negated(text[a:b])]
    rest = "; ".join(kept)
    return rest if len(kept) > 1 and (L.MONEY.search(rest) or L.FTE.search(rest) or L.RATIO.search(rest)) else text


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
    r"|\bsubject\s+to\s+(?:a\s+|the\s+)?(?:successful\s+)?(?:bid|application)\b"
    # a bid's form: "Capital requested from the Fund: £1,840,000"
    r"|\b(?:requested|applied\s+for|bid\s+for)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:fund|programme|grant|allocation)\b",
    re.I)
# Where pupils are now, in the present tense: the cost of today's placements is no funding of the proposal.
_PUPILS_NOW = re.compile(
    r"\b(?:pupils|children|students|learners|young\s+people)\s+(?:[\w-]+\s+){0,4}?(?:attend|are\s+(?:placed|educated|in)|travel)\b", re.I)


# Staffing projected to the school's full size, as a plan that grows with its roll states it: "At capacity the school
# is expected to employ ...", "When full, the base is expected to have ..." (the figures are the plan's, not a hope).
_PROJECTED_AT_CAPACITY = re.compile(
    r"\b(?:at|to)\s+(?:full\s+)?capacity\b|\b(?:when|once)\s+(?:it\s+is\s+|the\s+[\w-]+\s+is\s+)?(?:full|at\s+capacity)\b", re.I)


# Funding that waits on a later decision about the money: "subject to approval of the 2029-30 capital
# programme", "subject to the outcome of the schools funding settlement", "subject to a full business case",
# "subject to the Cabinet approving the 2027-28 capital programme",
# "approved in principle by the Capital Board".
_FUNDING_CONDITIONAL = re.compile(
    r"\bsubject\s+to\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:approval|outcome|business\s+case|agreement|confirmation"
    r"|settlement|decision|sign[- ]off|availability|approving|agreeing|confirming)\b(?:\s+(?:of|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:programme|budget|settlement|council|cabinet|board|panel|forum|dfe|esfa|department)\b){0,2}"
    r"|\b(?:(?:approved|agreed|supported)\s+)?in\s+principle\b",
    re.I)
# Who approves, after the condition: "by the Council's Capital Strategy Board", "by Cabinet".
_OF_BUDGET = re.compile(r"\bof\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:budget|programme|settlement)\b", re.I)
_APPROVER = re.compile(
    r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:board|panel|cabinet|committee|forum|group|executive|members?)\b", re.I)
_TRAVEL_BUDGET = re.compile(r"\b(?:personal\s+)?(?:travel|transport)\s+budgets?\b|\bpersonal\s+budgets?\b", re.I)
_CONTRACTOR = re.compile(
    r"\b(?:contractors?|consultants?|architects?|builders?|surveyors?|project\s+managers?|firms?|compan(?:y|ies)|design\s+team)\b", re.I)


# A heading or label over the document's own account of funding and staffing: "Funding and staffing", "Money and
# staff", "Who pays, and who staffs it", "Finance", "Resources", "How will this be paid for?".
_FUNDING_TITLE = re.compile(
    r"\b(?:fund\w*|financ\w*|costs?|money|budgets?|capital|revenue|resources|resourcing|pays?|paid|staff\w*)\b", re.I)
# A label over a benefit, whatever staff it names: "Benefits - specialist staff:", "Access to specialist staff".
_BENEFIT_TITLE = re.compile(r"\bbenefits?\b|\bspecialist\s+staff\b|\baccess\s+to\b", re.I)
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
    parts: dict[tuple[str, ...], str] = {}  # (the sentences of a section share its headings: each read once)
    for s in sents:
        part = parts.get(s.headings)
        if part is None:
            part = parts[s.headings] = next((h for h in reversed(s.headings) if _PROPOSAL_PART.search(h)), "")
        titles = [h for h in s.headings[-2:] if len(h) <= 80] + [label_of.get(id(s), "")]
        titles += [m.group(1) for t in opening[s.block] if t is not s.text and (m := _LABEL_SENTENCE.match(t))]
        out[id(s)] = (part, any(_funding_title(t) for t in titles if t))
    return out


@functools.lru_cache(maxsize=1024)
def _funding_title(title: str) -> bool:
    """Whether a heading or label is over the document's own account of
    funding and staffing, not over a benefit that names staff."""
    return bool(_FUNDING_TITLE.search(title)) and not _BENEFIT_TITLE.search(title)


# Staffing left open (the lead's ruling on (iv)): a review of the staffing ("Staffing within each locality team will be
# reviewed") leaves it stated but not specified, whatever posts are given beside it; staffing put off to a later
# decision or report ("will be set out in a later report", "What happens to the three posts will be decided later by
# the governing body", "to be determined") is not stated, and staffing as it is now ("The unit is staffed by a teacher
# (1.0 FTE)") or staff leaving does not state it either; posts planned for after the change, or planned staffing in
# general words, do.
_STAFFING_REVIEW = re.compile(r"\breview", re.I)
_STAFFING_PUT_OFF = re.compile(
    r"\b(?:to\s+be|will\s+be|are\s+to\s+be|is\s+to\s+be)\s+(?:determined|decided|set\s+out|finalised)\b", re.I)


def staffing_left_open(group: list[Finding]) -> tuple[Finding | None, Finding | None]:
    """(a review of the staffing, the staffing put off) among one account's
    staffing findings; a put-off is ignored where posts planned for after
    the change are given (in the future tense)."""
    review = next((f for f in group if f.fact == "staffing_stated" and f.role in ("vague", "hedged")
                   and _STAFFING_REVIEW.search(str(f.cue))), None)
    put_off = next((f for f in group if f.fact == "staffing_stated" and f.role in ("vague", "hedged")
                    and _STAFFING_PUT_OFF.search(str(f.cue))), None)
    if put_off is not None and any((f.fact == "staffing_specific" and f.role == "supports" and _FUTURE.search(f.sentence.text))
                                   or (f.fact == "staffing_stated" and f.role == "vague" and _GENERAL_STAFFING.search(f.sentence.text))
                                   for f in group):
        # (planned posts, or planned staffing in general words, "The base will be appropriately staffed, with staffing to
        # be determined by the governing body": stated, not specified)
        put_off = None
    return (review if review is not None and review.role == "vague" else None), put_off


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
