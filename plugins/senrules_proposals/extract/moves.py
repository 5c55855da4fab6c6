"""The moves a plan makes (key factor (ii)), read from its structure rather than from phrases: each group of pupils
the plan names, where it is now, where it goes (or that it stays where it is), whether that is only hoped for, and
whether its receiver has confirmed in writing; and the provisions that close.

A *move* is a clause whose subject is a group of pupils ("Pupils in the current Year 10 (7 pupils)", "All four pupils
now in the Harbour", "For them") and whose predicate sends it to a named place ("will transfer to Castleton School",
"will be offered places at Whitcombe School", "will complete Year 11 at the Kingsmere Learning Centre", "we hope to
agree places ... at Copthorne College") or keeps it at one ("will stay at Parkside", "will remain at Brookvale").

* the hedge of a move is the hedge of its own words: not of the clause saying which pupils it is about ("who wish to
  remain with their peers"), nor of what goes with the pupils ("with their classes and (where possible) their class
  teachers");
* the groups a list under a lead moves ("The 52 remaining pupils will transfer as follows:" then "34 pupils to
  Westfield School;") are moves too (read by :func:`~senrules_proposals.extract.stays.listed_groups`); a group kept on
  its school's roll or at "their present school", no place named, stays;
* a receiver is known by every name the document gives it (:func:`receiver_names`): its name without its kind words,
  the other names its provider goes by (an alias in a bracket or after "known as"), and, for an academy, the trust a
  sentence names with it alone; never by a first word another school may share;
* a group's receiver has confirmed when a confirmation in writing stands in the group's sentence, or in its paragraph
  naming no other place, or anywhere naming the receiver, or says it of every receiver ("Both schools have confirmed");
  its agreement still to come and hedged ("is to be confirmed following its board meeting"), said in the same way,
  leaves the group's place hoped for; an agreement already given is no hope, whatever occasion it names ("has agreed
  in discussions with officers");
* a group that stays at the place it is now, or moves to another site of its own school ("the Castle Lane site of Elm
  Tree School") or with its places, is not displaced; one that stays at the host school of a closing unit ("All four
  pupils now in the Harbour will stay at St Aidan's") goes to a receiver;
* one receiver confirmed and another not is not every one; a place for a time on the way to another ("for up to six
  weeks"), the authority's own PRU and a school not yet open are not asked for a letter.

:func:`moves_of` reads the plan's sentences once (a few words are tested before any pattern); decide.py decides the
(ii) facts from the :class:`Moves` where they are definite and from the findings where they are not.
"""

from __future__ import annotations

import re

import attrs

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _first, _names
from senrules_proposals.extract.displaced import _about_the_arrangement, _without_option
from senrules_proposals.extract.model import Finding, Provider, PupilGroup
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


@attrs.frozen
class Move:
    """One group of pupils and where the plan puts it."""

    who: str  # the words naming the group, before the verb
    origin: str  # where the group is now, when the sentence says ("the Harbour"), else ""
    receiver: str  # where it goes, or where it stays
    stays: bool  # the verb keeps the group where it is ("will stay at", "will remain at")
    hedged: str  # the hedge governing the move itself, or ""
    set_aside: tuple[str, ...]  # hedges in the clause that are the group's description or an aside, not the move's
    confirmed: bool  # its receiver has confirmed in writing
    sentence: Sentence
    interim: bool = False  # a stay for a time on the way to another place ("for up to two terms", "until ...")
    # the authority's own provision (a PRU, a short stay school), or a school not yet open ("when it opens"): no
    # written confirmation is looked for from it
    unasked: bool = False
    within: bool = False  # to another site of the group's own school, on whose roll it stays, or with its places

    @property
    def key(self) -> str:
        return name_key(self.receiver)


@attrs.frozen
class Moves:
    """The plan's moves: the provisions that close (by the keys of their names) and each group of pupils."""

    closing: frozenset[str]
    moves: tuple[Move, ...]

    def to_receivers(self) -> list[Move]:
        """The groups that go to another place: not those that stay where they are, nor those kept at a provision
        that closes (a year group finishing there first)."""
        return [m for m in self.moves if not (m.stays and (not m.origin or name_key(m.origin) == m.key))
                and m.key not in self.closing and not (m.origin and name_key(m.origin) == m.key) and not m.within]

    def nobody_moves(self) -> Move | None:
        """A group kept where it is, or moved to another site of its own school, when the plan closes nothing but the
        sites those groups leave and sends no group anywhere else: nobody is displaced ("All five current pupils will stay
        at Parkside"); None when that is not so."""
        if not self.moves or self.to_receivers():
            return None
        kept = [m for m in self.moves if (m.stays or m.within) and not m.hedged and not m.interim]
        # (what closes is only a site its pupils leave for another of the same school: "All 27 pupils at Moorgate will
        # transfer to the Castle Lane site of Elm Tree School; they remain on the roll of the same school")
        if not kept or self.closing - {name_key(m.origin) for m in kept if m.within and m.origin}:
            return None
        return kept[0]

    def all_confirmed(self) -> Move | None:
        """A group whose receiver has confirmed in writing, where every group the plan sends on has one that has, and
        none goes anywhere for a time first (its later place may be one the plan has not named)."""
        firm = self.firm()
        if not firm or any(m.interim or not m.confirmed for m in firm) or self.hoped():
            return None
        return firm[0]

    def firm(self) -> list[Move]:
        """The groups sent to another place, not only hoped for."""
        return [m for m in self.to_receivers() if not m.hedged]

    def unconfirmed(self) -> Move | None:
        """A receiver that has not confirmed in writing, where another has: not every receiver has."""
        by_key: dict[str, list[Move]] = {}
        for m in self.firm():
            if not (m.interim or m.unasked):  # (a place for a time on the way to another is not the group's receiver)
                by_key.setdefault(m.key, []).append(m)
        if len(by_key) < 2:
            return None
        confirmed = {k for k, ms in by_key.items() if any(m.confirmed for m in ms)}
        if not confirmed or len(confirmed) == len(by_key):
            return None
        return next(ms[0] for k, ms in by_key.items() if k not in confirmed)

    def hoped(self) -> Move | None:
        """A group whose place is only hoped for."""
        return next((m for m in self.to_receivers() if m.hedged), None)

    def set_aside(self, f: Finding) -> bool:
        """``f`` (a hope) is only a hedge of the group's description or of an aside, in a sentence whose move is firm;
        or it names where a receiver's agreement was given ("The Trust has agreed in discussions with officers to
        admit the 11 pupils": given, not in writing, and no hope)."""
        return any(m.sentence is f.sentence and not m.hedged and str(f.cue) in m.set_aside for m in self.moves) or any(
            a.group("where").lower() == str(f.cue).lower() for a in _AGREED_WHERE.finditer(f.sentence.text))


_KIND_NAMES = (r"(?:Primary|Secondary|Special|Community|High|Infant|Junior|Church|Academy|School|College|Centre|Center"
               r"|Unit|Base|Provision|SEMH|BESD|ASD|PRU|Trust|Campus|Hub|House)\b")
_KIND_WORDS = re.compile(r"(?:(?:['’]s)?\s+" + _KIND_NAMES + r")+$")
_POSSESSIVE = re.compile(r"['’]s?$")
# The words before a place's own name: "the base at", "the", "the enlarged".
_UNIT_AT = r"(?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?-i:base|unit|provision|class(?:es)?|department|satellite)\s+(?:at|in|of)\s+)?"
_CHANGED = r"(?:(?:new|enlarged|expanded|extended|merged|amalgamated|combined)\s+)?"
_THE = re.compile(r"^" + _UNIT_AT + r"(?:the\s+)?" + _CHANGED, re.I)


def name_key(name: str) -> str:
    """A place's name as a key: without "the" and without the words that say what kind of place it is
    ("the Kingsmere Learning Centre": "Kingsmere Learning"; "Castleton School": "Castleton")."""
    name = _POSSESSIVE.sub("", _THE.sub("", name.strip()))
    return _KIND_WORDS.sub("", name) or name


# A named place: capitalised words ("Castleton School", "St Aidan's", "the Beacon", "Cranford Park Academy's SEMH").
_PLACE = (r"(?P<place>" + _UNIT_AT + r"(?:the\s+|The\s+)?" + _CHANGED
          + r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|on\s+)?(?-i:[A-Z])[\w'’-]*){0,5})")
# What sends a group to a place, or keeps it there.
_GOES = re.compile(
    r"\b(?:(?P<stay>stay|remain|continue)(?P<roll>\s+on\s+(?:the\s+)?roll\s+(?:at|in|of)|\s+(?:at|in))\s+"
    r"|(?:transfer|move|go|relocate)\s+(?:[\w-]+\s+){0,5}?(?:to|into)\s+"
    r"|be\s+(?:admitted|placed)\s+(?:to|at|in|into)\s+"
    r"|(?:attend|join)\s+"
    r"|(?:complete|finish|continue)\s+(?:(?:their|his\s+or\s+her|the)\s+)?(?:[\w-]+\s+){0,4}?(?:at|in)\s+"
    r"|be\s+(?:taught|educated)\s+(?:[\w-]+\s+){0,3}?at\s+"
    r"|(?:be\s+)?(?:offered|allocated|given|agree|secure|find|arrange|have|take\s+up)\s+(?:a\s+|their\s+|each\s+)?places?\s+"
    r"(?:(?!(?:at|in)\s)[\w-]+\s+){0,5}?(?:at|in)\s+)" + _PLACE, re.I)
# A group kept where it is, its place not named: "will remain on roll", "will continue at their present school or setting".
_KEPT = re.compile(
    r"\b(?:will|would|shall|are\s+to|is\s+to)\s+(?:all\s+|each\s+)?(?:remain|stay|continue)\s+(?P<place>on\s+(?:the\s+)?roll\b(?!\s+(?:at|of|in)\b)"
    r"|(?:at|in)\s+(?P<own>(?:their|his\s+or\s+her|its)\s+(?:present|current|own|existing)\s+(?:school|setting|placement|provision)s?\b))", re.I)
# The group, now: "pupils now in the Harbour", "pupils on roll at Redwell", "Moorgate pupils".
_NOW_AT = re.compile(
    r"\b(?:pupils?|children|students?)\s+(?:(?:now|currently)\s+)?(?:in|at|of|on\s+(?:the\s+)?roll\s+(?:at|of))\s+"
    r"(?P<origin>(?:the\s+|The\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})")
# A clause saying which pupils the move is about: "who wish to remain with their peers", "whose parents prefer".
_WHO = re.compile(r"\b(?:who|whose|for\s+whom)\s+[^.;:]{0,120}?(?=\s(?:will|would|shall|are\s+to|can|then)\s)", re.I)
# An aside: what goes with the pupils ("with their classes and (where possible) their class teachers"); not a bracket
# after the place, which qualifies it ("places at Foxhill School (to be confirmed)").
_ASIDE = re.compile(r",?\s+with\s+(?:their|its|the)\s+[^.;]*[.;]?\s*$", re.I)
# Capitalised words that are no place: "Year 11", "Key Stage 4", a month, the council.
_NOT_A_PLACE = re.compile(r"(?:the\s+)?(?:Council|Local|Years?|Key|Reception|Nursery|EHC|(?:jan|febr)uary|march|april|may|june|july"
                          r"|august|september|october|november|december|autumn|spring|summer|GCSE)\b", re.I)
# A second predicate of the group ("are not affected by the proposal and will remain at Brookvale"), and a subject
# that is nobody ("No pupil ... and will").
_AND_THEN = re.compile(r"\band\s+(?=(?:will|would|shall)\b)", re.I)
_NOBODY = re.compile(r"^\W*(?:[\w.]+\s+)?(?:no|none|nobody|no-one)\b", re.I)
# A place described as the authority's own: "the Harbour Centre, the council's pupil referral unit"; a school not open yet.
_PRU_AFTER = re.compile(r"[^.;]{0,12}?(?:,|\()\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:pupil\s+referral\s+unit|PRU|short[- ]stay\s+school"
                        r"|alternative\s+provision)\b", re.I)
_NOT_YET_OPEN = re.compile(r"\b(?:when|once|after)\s+it\s+opens\b|\bwill\s+open\b", re.I)
_STILL_TO_FIND = re.compile(r"\b(?:while|whilst|until|pending)\b[^.;]{0,60}?\bplaces?\b[^.;]{0,30}?\b(?:is|are)\s+(?:being\s+)?"
                            r"(?:arranged|found|identified|sought|secured|agreed)\b", re.I)
# Another site of the pupils' own school: "the Castle Lane site of Elm Tree School", "they remain on the roll of the same school".
# (or with their places: "the nine pupils at Holme Road move with their places to Skelwith")
_WITH_PLACES = re.compile(
    r"\b(?:mov|transfer|go)\w*\s+(?:\w+\s+)?with\s+(?:their|its|the)\s+(?:places?|school|base|unit|provision|class(?:es)?)\b", re.I)
_SITE_OF = re.compile(r"\s+(?:site|campus)\s+of\b")
_SAME_ROLL = re.compile(r"\b(?:remain|stay)s?\s+on\s+the\s+roll\s+of\s+(?:the\s+same|their\s+own|its\s+own)\s+school\b", re.I)
# The auxiliary of a move the plan makes: "will transfer", "would be offered", "we hope to agree", "can join".
_AUX = re.compile(r"\b(?:will|would|shall|to|can|could|may|might|must|should|are|is)(?:,[^,;]{1,80},)?\s+(?:[\w-]+\s+){0,2}$", re.I)
# A stay for a time: "for up to two terms", "for the summer term 2028", "until the new building opens".
_FOR_A_TIME = re.compile(
    r"\bfor\s+(?:up\s+to\s+|no\s+more\s+than\s+|the\s+(?:first\s+|next\s+)?|a\s+|an\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|\d+\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|terms?|half[- ]terms?|months?)\b|\buntil\b", re.I)
_FEW_WORDS = ("stay", "remain", "continue", "transfer", "move", "go ", "admitted", "placed", "attend", "join", "complete",
              "finish", "taught", "educated", "place")


def _hedge_set_aside(clause: str) -> tuple[str, tuple[str, ...]]:
    """The hedge of the move in ``clause``, and the hedges of its who-clause and asides, set aside."""
    core = _ASIDE.sub(" ", _WHO.sub(" ", clause))
    h = L.hedge(core) or ""
    aside = L.hedge(clause)
    return h, (aside,) if aside and not h else ()


def _a_provider(place: str, kinds: dict[str, str], known) -> bool:
    """``place`` is a provider: named with its kind, or named so elsewhere (not "the Duke of Edinburgh's Award", "the
    Unit", "Year 11")."""
    key = name_key(place)
    return len(key) >= 3 and not _NOT_A_PLACE.match(place) and bool(
        _KIND_WORDS.search(place) and key != _THE.sub("", place) or key.split()[0] in kinds or known(key))


def _listed_moves(listed, raw: list[Move], kinds: dict[str, str], known) -> list[Move]:
    """The groups a list under a lead sends somewhere ("The 52 remaining pupils will transfer as follows:" then "34
    pupils (primary pupils with autism) to Westfield School;"), as moves: a group kept at its own school until it
    closes stays; one sent to the PRU is not asked for a letter; a move already read from the same sentence is not
    read twice."""
    seen = {(id(m.sentence), m.key) for m in raw}
    out = []
    for g, in_list in listed:
        if not (in_list and g.destination and g.kind not in ("not read", "left to later")) or not _a_provider(g.destination, kinds, known):
            continue
        if (id(g.sentence), name_key(g.destination)) in seen:
            continue
        text = g.sentence.text
        at = text.find(g.destination)
        part = text[at: (text.find(";", at) + 1 or len(text))]  # (the group's own part of the list, from its place)
        interim = bool(_FOR_A_TIME.search(part) or L.TEMPORARY.search(part))
        # (the hedge of the arrangement: not of a clause about something else, "their transition visits are to be
        # decided on 11 May", nor of the lead, which is read as a sentence of its own: "following the provisional
        # preferences discussed with each family" is no hope, "would be offered provisional places" is)
        own = _about_the_arrangement(text, max(at, 0))
        hedged = L.hedge(own) or (g.hedged if g.hedged and g.hedged in own else "")
        out.append(Move(g.count, "", g.destination, g.kind == "closing", hedged, (), False, g.sentence, interim,
                        g.kind == "pru" or bool(_NOT_YET_OPEN.search(part))))
    return out


def _moves_in(s: Sentence, just_before: Sentence | None, kinds: dict[str, str], known) -> list[Move]:
    text = _without_option(s.text)
    low = text.lower()
    if not any(w in low for w in _FEW_WORDS):
        return []
    out = []
    # (what the sentence says once, not again for each of its clauses: a long sentence of moves took quadratic time)
    first_pupils, first_now, same_roll = L.PUPILS.search(text), _NOW_AT.search(text), _SAME_ROLL.search(text)
    for a, b in L.clause_spans(text):
        clause = text[a:b]
        m = _GOES.search(clause)
        if m is None:
            kept = _KEPT.search(clause)
            if kept and L.PUPILS.search(clause, 0, kept.start()) and not L.negated(clause[: kept.end()]):
                # (kept where it is, no place named: "All current pupils will remain on roll")
                hedged, aside = _hedge_set_aside(clause)
                out.append(Move(clause[: kept.start()].strip(), "", kept.group("own") or kept.group("place"), True, hedged, aside, False, s,
                                bool(_FOR_A_TIME.search(clause, kept.end()) or L.TEMPORARY.search(clause, kept.end()))))
            continue
        before = clause[: m.start()]
        with_places = _WITH_PLACES.search(clause, m.start())
        # (a move the plan makes, not what pupils do now, "Seven pupils attend the Nest"; staying on a school's roll is
        # the plan's in any tense: "Pupils remain on the roll of Thornbury Grange School throughout")
        if not (_AUX.search(before) or with_places or (m.group("roll") and "of" in m.group("roll"))):
            continue
        pupils = L.PUPILS.search(before) or L.ELIDED_PUPILS.search(clause) or (first_pupils if first_pupils and first_pupils.end() <= a else None)
        if pupils is None and not (just_before is not None and L.PUPILS.search(just_before.text) and re.search(r"\b(?:they|them)\b", clause, re.I)):
            continue
        # (the move's own predicate: "Current pupils are not affected and will remain at Brookvale" keeps them there)
        predicate = _AND_THEN.split(before)
        if L.negated(predicate[-1] + m.group(0)) or (len(predicate) > 1 and _NOBODY.match(predicate[0])) or text.rstrip().endswith("?"):
            continue
        place = m.group("place").strip()
        if not _a_provider(place, kinds, known):
            continue
        origin = _NOW_AT.search(clause[: m.start()]) or (first_now if first_now and first_now.end() <= a else None)
        if origin is not None and _NOT_A_PLACE.match(origin.group("origin")):
            origin = None
        # (the move's words from its subject: "Every pupil will, if places can be agreed, transfer to Oak School")
        hedged, aside = _hedge_set_aside(clause if L.PUPILS.search(before) else text[text.rfind(";", 0, a) + 1:b])
        rest = text[a + m.start(): b + 240]  # (the move and what the sentence says after it: "..., while a place is arranged")
        interim = bool(L.TEMPORARY.search(rest) or _FOR_A_TIME.search(rest) or L.OPEN_ENDED.search(rest) or L.TIME_LIMIT.search(rest))
        if interim and not hedged:
            # a stay for a time while the later place is still to be found: "while a suitable special school place is arranged"
            hedged = _first(_STILL_TO_FIND, rest) or ""
        after = clause[m.end("place"):]
        unasked = bool(kinds.get(name_key(place).split()[0]) == "pru" or _PRU_AFTER.match(after) or _NOT_YET_OPEN.search(clause))
        within = bool(_SITE_OF.match(after) or same_roll or with_places)
        out.append(Move(before.strip(), origin.group("origin") if origin else "", place, bool(m.group("stay")), hedged, aside, False, s,
                        interim, unasked, within))
    return out


_NAME = r"[\"“]?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})"
_IT = re.compile(r"\s+it\b")
_SUBJECT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?" + _NAME)
_CLOSED_OBJECT = re.compile(r"\s+(?:down\s+)?(?:of\s+)?(?:the\s+)?" + _NAME)
# (past an apposition: "The Willow Room, an autism base at Elmcroft Primary School, will close")
_CLOSING_SUBJECT = re.compile(_NAME + r"[\"”]?(?:\s+\([^()]*\))?(?:,\s+(?:an?|the|its|our)\s+[^,;()]{1,80},)?,?\s+"
                              r"(?:(?:will|would|should|shall|is\s+to|is\s+due\s+to|to)\s+(?:then\s+|also\s+)?)?(?:be\s+)?$")


def _closed_names(text: str, cue: str, just_before: Sentence | None = None) -> list[str]:
    """The names of what a closure closes: the name after the closure word ("close Ivy Lane School", "closure of
    the Harbour"), or the one before it ("Kingsmere School will close", "That the Harbour resource base should close");
    "it" is what the sentence before is about ("Heysham Ridge is our day special school ... The council proposes to
    close it")."""
    at = text.find(cue)
    if at < 0:
        return []
    out = []
    if just_before is not None and _IT.match(text, at + len(cue)):
        subject = _SUBJECT.match(just_before.text)
        if subject:
            out.append(subject.group("name"))
    after = _CLOSED_OBJECT.match(text, at + len(cue))
    if after:
        out.append(after.group("name"))
    before = _CLOSING_SUBJECT.search(text, max(0, at - 120), at)
    if before:
        out.append(before.group("name"))
    return out


_CONFIRMS = L.CONFIRMED_WRITING
_GOES_ON = re.compile(r"relocat|re-?designat", re.I)
# A receiver's agreement, and one already given ("has agreed", "agreed to admit"): one still to come and hedged ("The
# Trust's agreement to receive them is to be confirmed following its board meeting") leaves the group's place hoped for.
_AGREEMENT = re.compile(r"\b(?:agree(?:s|ment)?|willing(?:ness)?|accept(?:s|ance)?|consent)\b", re.I)
_AGREED = re.compile(r"\b(?:(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:agreed|accepted|consented)|agreed\s+(?:to|that|in)|accepted)\b", re.I)
# Where an agreement already given was given: "has agreed in discussions with officers to admit".
_AGREED_WHERE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?agreed,?\s+(?P<where>in\s+discussions?|in\s+talks|at\s+(?:a|the)\s+meeting)\b"
                           r"(?=[^.;]{0,80}?\bto\s+(?:admit|take|receive|accept)\b)", re.I)
_AGREEMENT_WORDS = ("agree", "willing", "accept", "consent")
_ALL_RECEIVERS = re.compile(
    r"\b(?:both|all|each|every|the\s+(?:two|three|four|receiving|host))\s+(?:schools?|academ\w+|receiv\w+|hosts?|settings?|providers?)\b", re.I)


# An academy trust by its name: "the Estuary Schools Trust", "Witham Learning Trust".
_TRUST = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+Trust\b")


def _trusts(receivers: list[Move], sentences: list[Sentence]) -> dict[str, set[str]]:
    """The trusts that run the receiving academies, by the academy's key: a trust named in a sentence with one
    receiving academy and no other ("the Estuary Schools Trust (which runs Fenstone Academy)", "Fenstone Academy (SEMH
    11-16, Estuary Schools Trust)", "the agreement of the Witham Learning Trust to enlarge Witham Meadows Academy")."""
    academies = {m.key: m.receiver for m in receivers if "Academy" in m.receiver}
    out: dict[str, set[str]] = {}
    if not academies:
        return out
    for s in sentences:
        if "Trust" not in s.text:
            continue
        here = [k for k in academies if re.search(r"\b" + re.escape(k) + r"\b", s.text)]
        if len(here) == 1:
            out.setdefault(here[0], set()).update(t.group(0) for t in _TRUST.finditer(s.text) if here[0] not in t.group(0))
    return out


def receiver_names(keys: set[str], named: list[Provider], run_by: dict[str, set[str]] | None = None) -> dict[str, re.Pattern]:
    """Each receiver (by its key) with a pattern for every name the document gives it: the name it is sent to, and
    every name of the provider that is, without its kind words ("Larches" of "the Larches Academy", "Larchmont" of
    the alias its bracket gives it, "formerly Larchmont School, known locally as 'Larchmont'"), and, for an academy,
    the trust that runs it (``run_by``, :func:`_trusts`)."""
    out = {}
    for k in keys:
        if not k:
            continue
        names = {k} | (run_by or {}).get(k, set())
        for p in named:
            mine = {name_key(a) for a in p.names}
            if k in mine:
                names |= {n for n in mine if len(n) >= 3 and not _NOT_A_PLACE.match(n)}
        out[k] = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return out


def moves_of(plan_sentences: list[Sentence], findings: list[Finding], named: list[Provider] = (),
             listed: list[tuple[PupilGroup, bool]] = ()) -> Moves:
    """The plan's moves, read from its sentences once; ``findings``: those already read (the closures); ``named``: the
    providers the document names, by which a place named without its kind is known ("Parkside", "the ARB");
    ``listed``: the groups listed under a lead that moves them (:func:`~senrules_proposals.extract.stays.listed_groups`)."""
    kinds = {name_key(a).split()[0]: p.kind for p in named for a in p.names if name_key(a)}
    answers: dict[str, bool] = {}

    def known(key: str) -> bool:
        """The document names ``key`` with a kind of place after it ("St Aidan's CE Primary School"), somewhere."""
        if key not in answers:
            kind = re.compile(re.escape(key) + r"(?:['’]s)?(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|and)){0,4}\s+" + _KIND_NAMES)
            answers[key] = any(kind.search(t.text) for t in plan_sentences)
        return answers[key]

    before = {id(b): a for a, b in zip(plan_sentences, plan_sentences[1:]) if a.block == b.block}
    closing = set()
    for f in findings:
        # (a provision redesignated or relocated whole goes on: it closes nothing)
        if f.fact == "alternative_provision_needed" and f.role == "supports" and f.value is True and not _GOES_ON.match(str(f.cue)):
            # (what the closure closes, by any of its names: "close the Autism Resource Base (the ARB)")
            closed = _closed_names(f.sentence.text, str(f.cue), before.get(id(f.sentence)))
            closing |= {name_key(n) for n in closed}
            closing |= {name_key(a) for p in named if any(name_key(n) in {name_key(b) for b in p.names} for n in closed) for a in p.names}
    raw: list[Move] = []
    confirmations: list[Sentence] = []
    pending: list[tuple[Sentence, str]] = []  # a receiver's agreement still to come, and its hedge
    prev = None
    for s in plan_sentences:
        if s.kind not in ("heading", "row"):
            raw += _moves_in(s, prev if prev is not None and prev.block == s.block else None, kinds, known)
            c = L.found(_CONFIRMS, s.text)
            if c and not L.negated(L.clause_of(s.text, c.start())) and not L.hedge(L.clause_of(s.text, c.start())):
                confirmations.append(s)
            elif any(w in s.text.lower() for w in _AGREEMENT_WORDS) and (a := _AGREEMENT.search(s.text)):
                clause = L.clause_of(s.text, a.start())
                if (h := L.hedge(clause)) and not _AGREED.search(clause):
                    pending.append((s, h))
        prev = s
    raw += _listed_moves(listed, raw, kinds, known)
    if not raw:
        return Moves(frozenset(closing), ())
    called = receiver_names({m.key for m in raw}, named, _trusts(raw, plan_sentences))
    naming = {id(c): {k for k, names in called.items() if names.search(c.text)} for c in (*confirmations, *(p for p, _ in pending))}

    def about(c: Sentence, m: Move) -> bool:
        """``c`` is about ``m``'s receiver: it names it, or stands in the move's paragraph naming no other receiver."""
        return m.key in naming[id(c)] or (c.block == m.sentence.block and not (naming[id(c)] - {m.key}))

    out = []
    for m in raw:
        confirmed = any(c is m.sentence or _ALL_RECEIVERS.search(c.text) or about(c, m) for c in confirmations)
        if not (m.hedged or m.stays or confirmed):
            # (the receiver's agreement still to come: "Its agreement to receive them is to be confirmed")
            m = attrs.evolve(m, hedged=next((h for p, h in pending if p is not m.sentence and about(p, m)), ""))
        out.append(attrs.evolve(m, confirmed=confirmed))
    return Moves(frozenset(closing), tuple(out))


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
