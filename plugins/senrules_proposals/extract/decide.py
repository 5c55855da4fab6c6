"""Deciding each fact from the findings: the sentence that decides it, and what a hedge, a negation or a
finding against does to it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _names
from senrules_proposals.extract.funding import _FUNDING_CONDITIONAL, _FUNDING_PENDING, staffing_left_open
from senrules_proposals.extract.model import Finding
from senrules_proposals.extract.transport import arrangements_put_off, concrete
from senrules_proposals.prefilter import prefiltered


def _pick(findings: Iterable[Finding], fact: str, *roles: str) -> Finding | None:
    for f in findings:
        if f.fact == fact and (not roles or f.role in roles):
            return f
    return None


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


def _funding_withheld(f: Finding) -> bool:
    """Funding from a named source that the document states only as waiting
    on a later decision ("paid for by the council, subject to approval of
    the 2027-28 capital programme"), or funding "subject to approval" with no
    source or sum beside another sum that is given (the capital waits while
    the revenue is given): the rules file's reading of (iv), stated but not
    specified."""
    return (f.fact == "funding_stated" and f.role in ("vague", "hedged")
            and bool(_FUNDING_CONDITIONAL.search(str(f.cue))))


def _funding_unsecured(f: Finding) -> bool:
    """Funding still to be won or approved, with no source named for it ("Capital requested from the Fund",
    "The capital cost of the new building is subject to approval")."""
    return (f.fact == "funding_stated" and f.role == "hedged" and not L.FUNDING_SOURCE.search(f.sentence.text)
            and bool(_FUNDING_CONDITIONAL.search(str(f.cue)) or _FUNDING_PENDING.search(str(f.cue))))


def _iv_fact(findings: list[Finding], what: str, parts: dict[int, tuple[str, bool]]
             ) -> tuple[Finding | None, Finding | None, Finding | None, Finding | None]:
    """(specific, stated, waiting, left open) findings for ``what`` ("funding" or
    "staffing"): from the document's own account of funding and staffing
    when it has one for ``what``; each proposal of several must be
    specified; ``waiting``: funding any part of which waits on a later
    decision (the rules file reads it as stated, not yet how the proposal
    will be funded); ``left open``: staffing put off to later, or waiting on a
    review (funding.staffing_left_open), which decides the staffing facts."""
    mine = [f for f in findings if f.fact in (f"{what}_specific", f"{what}_stated")]
    in_account = [f for f in mine if parts.get(id(f.sentence), ("", False))[1]]
    if any(f.role != "negated" for f in in_account):
        mine = in_account
    by_part: dict[str, list[Finding]] = {}
    for f in mine:
        by_part.setdefault(parts.get(id(f.sentence), ("", False))[0], []).append(f)
    spec = stated = waiting = left_open = None
    all_specific = bool(by_part)
    for group in by_part.values():
        g_spec = _pick(group, f"{what}_specific", "supports")
        given = g_spec
        if what == "funding":
            waiting = waiting or next((f for f in group if _funding_withheld(f)), None)
        g_stated = g_spec or _pick(group, f"{what}_stated", "vague") or given
        if what == "funding" and given is None and any(_funding_unsecured(f) for f in group):
            # the money waits on a bid or a decision with no source or sum, and the rest is a source without a sum
            # ("The capital cost is subject to approval. Revenue will continue through the High Needs Block."):
            # how the proposal will be funded is not stated
            g_stated = None
        if what == "staffing":
            review, put_off = staffing_left_open(group)
            if put_off is not None:
                g_spec = g_stated = None  # staffing put off to later is not stated
                left_open = left_open or put_off
            elif review is not None:
                g_spec = None  # part of the staffing waits on a review: stated, not specified
                g_stated = g_stated or review
                left_open = left_open or review
        if g_spec is None:
            all_specific = False
        spec = spec or g_spec
        stated = stated or g_stated
    if not all_specific:
        spec = None
    return spec, stated, waiting, left_open


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
    # (some pupils staying where they are, "pupils of The Orchards would stay where they are", says nobody is displaced
    # only where the document moves no pupils elsewhere)
    moved = any(f.fact in ("alternative_provision_stated", "alternative_provision_hoped") and f.role == "supports" for f in findings)
    nobody = [f for f in findings if f.fact == "alternative_provision_needed" and f.value is False and f.role != "implied"
              and not (moved and L.PUPILS_STAY.match(str(f.cue)))]
    not_needed = nobody[0] if nobody else None
    new_or_enlarged = next((f for f in findings if f.fact == "alternative_provision_needed" and f.role == "implied"), None)
    closing = next((f for f in findings if f.fact == "alternative_provision_needed" and f.value is True), None)
    about_moves = _pick(findings, "alternative_provision_stated") or _pick(findings, "alternative_provision_hoped")
    # A school that moves or is re-designated goes on: when the document says
    # nobody is displaced, that stands ("all pupils will move with the school").
    # So does an amalgamation into a school it establishes ("discontinue A and B ... and establish a new school").
    continuing = [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True
                  and (re.match(r"relocat|re-?designat|amalgamat|merg", str(f.cue), re.I) or _ESTABLISH_NEW.search(f.sentence.text))]
    # A change the sentence itself says moves nobody ("The pupils currently in the unit will continue to attend it; their
    # plans describe what the redesignated unit will make"): its pupils stay.
    nobody_in = {id(f.sentence) for f in nobody}
    continuing += [f for f in findings if f.fact == "alternative_provision_needed" and f.value is True and id(f.sentence) in nobody_in]
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
    awaited = next((f for f in findings if f.fact == "alternative_provision_confirmed_in_writing"
                    and ((f.role == "negated" and f.sentence.kind in ("row", "item")) or f.role == "against")), None)
    # a row of the table of moves (or an item of their list, or a paragraph sending a group) whose school has not
    # confirmed: not all have
    if awaited is not None:
        confirmed = None
    put("alternative_provision_confirmed_in_writing", confirmed is not None,
        confirmed or awaited or _pick(findings, "alternative_provision_confirmed_in_writing"))
    unconfirmed = _pick(findings, "alternative_provision_receiver_unconfirmed", "supports")
    put("alternative_provision_receiver_unconfirmed", unconfirmed is not None, unconfirmed)
    stated = _pick(findings, "alternative_provision_stated", "supports")
    put("alternative_provision_stated", stated is not None, stated or _pick(findings, "alternative_provision_stated"))

    # (iii)
    arr = _pick(findings, "transport_arrangements_specified", "supports")
    put_off = next((f for f in findings if arrangements_put_off(f)), None)
    if arr is not None and put_off is not None and not any(
            concrete(f) for f in findings if f.fact == "transport_arrangements_specified" and f.role == "supports"):
        arr = None  # transport for eligible pupils, its arrangements put off until placements are known
    put("transport_arrangements_specified", arr is not None, arr or put_off or _pick(findings, "transport_arrangements_specified"))
    pol = _pick(findings, "transport_policy_referred", "supports")
    put("transport_policy_referred", pol is not None, pol or _pick(findings, "transport_policy_referred"))

    # (iv)
    for what in ("funding", "staffing"):
        spec, stated, waiting, left_open = _iv_fact(findings, what, parts or {})
        stated = spec or stated
        put(f"{what}_stated", stated is not None, stated or left_open or _pick(findings, f"{what}_stated"))
        put(f"{what}_specific", spec is not None, spec or left_open or _pick(findings, f"{what}_stated"))
        if what == "funding":
            put("funding_awaits_decision", waiting is not None, waiting)

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


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
