"""Key factor (ii), receiver by receiver: the places the plan sends displaced pupils to, and for each whether a
written confirmation names it.

A *receiver* is a school or other provider named in a sentence that states where displaced pupils go (a finding
``alternative_provision_stated`` that supports it: "13 pupils at Greyfriars School and 8 pupils at Oakmere School",
"These pupils will join Hillcrest Primary School", a row of a table of moves), known by its name without the words
that say what kind of place it is ("Greyfriars" of "Greyfriars School", "Brookside" of "Brookside Primary School"
and of "the Brookside base"), and by its name in the possessive before a place of its ("Cranford Park" of "to Cranford
Park Academy's SEMH resourced provision", "Harford" of "to Harford's new special school"), and a place named in the
possessive of a provider the document names is that provider ("Thistlewood" of "will join Thistlewood's Forest
School").  Not receivers: the provision that closes (where the pupils come from), a pupil
referral unit (the LA's own provision, which needs no written confirmation: ruling in
``tests/data/proposals/dev-former-heldout8/README.md``), and a trust or federation (the body that governs a
receiver, not one).

A written confirmation (a finding ``alternative_provision_confirmed_in_writing`` that supports it) covers:

* every receiver named in its own clause (the part of its sentence between semicolons or colons), by that name:
  "pupils of primary age to Ashgrove School; pupils of secondary age to Fenwick Academy, which has confirmed in
  writing" covers Fenwick, not Ashgrove;
* where its clause names none, the receiver named just before it in its sentence ("... to Fenwick Academy; its
  governors have confirmed in writing");
* every receiver, when it says it of all of them ("All the receiving schools have confirmed in writing", "Both
  governing bodies have written to confirm"), not when the "all" is the pupils' ("will admit all of them");
* where its sentence names none, the receivers of its own paragraph, else of the paragraph just before it ("...
  will transfer to Kingsway School." "The governing body has confirmed in writing that it will admit them.").

An agreement a receiver gave otherwise than in writing ("agreed in principle", "agreed in discussions with officers",
"indicated its agreement at a meeting", a willingness said, indicated or told, not written: "has indicated that it is
willing to take them", "has said at the heads' group that the school will take the pupils":
``language.UNWRITTEN_AGREEMENT``, its clause with no written confirmation, a
school, its trust, governors or head, or a place by name, before the words) is no written confirmation for the
receivers it names (by name, by the trust named after one, else the receivers of its paragraph or the one before): a
written confirmation covers such a receiver only by naming it in its own sentence or by saying it of every
receiver, not by standing in the same paragraph.  A place named in such an agreement is a receiver too, and so is one
whose governors, head or trust agree or confirm by the name the document gives the place without its kind
("Brampton's headteacher had agreed at the meeting of primary headteachers", "Fallowfield's governing body had
confirmed in a letter", the document naming Brampton and Fallowfield Primary Schools), or, in such an agreement, by any
name in the possessive before its governors or head ("Marlow Brook's headteacher has said ..."); a written
confirmation's "the governing body of Greyfriars" makes Greyfriars a receiver too (not "Larchmont's governing board",
which may be another name of a receiver).

A trust in the confirmation's clause beside a receiver, or named after a receiver ("the Kingsway Academy Trust"), is
that receiver's; a trust no receiver is tied to is another body that confirmed, which may be a receiver's the
document does not name, so a receiver left uncovered may be that one's.  A sentence saying only some of the receivers
confirmed ("only one of the two receiving schools has confirmed in writing") covers none beyond those it names and is
no confirmation from another body.

Where one receiver is covered and another is not, :func:`receivers_unconfirmed` gives the fact
``alternative_provision_receiver_unconfirmed`` for each one not covered, quoting the sentence that sends pupils
there; the ruleset decides what it means for (ii).  Nothing is read again sentence by sentence: only the sentences
that state a destination or confirm one are looked at.
"""

from __future__ import annotations

import re

from senrules_proposals import language as L
from senrules_proposals.extract.model import Finding, Provider
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


# The words after a provider's own name that say what kind of place it is ("Primary School" of "Brookside Primary
# School", "Learning Centre" of "Compass Learning Centre").
_KIND_TAIL = re.compile(
    r"(?:\s+(?:Primary|Secondary|High|Special|Community|Infant|Junior|Church|Learning|Education|Tuition|Resource|Support"
    r"|Nurture|Academy|School|College|Centre|Center|Campus|Unit|Hub|Base|Provision|House))+$")
_KIND_WORD = r"(?:base|unit|centre|provision|school|academy|hub|site|class|department)"
# What sends pupils to a place, the place named after it: "will transfer to Larkhill Academy", "will join Hillcrest
# Primary School", "move with the unit's staff to the Brookside base", "13 pupils at Greyfriars School", "offered a named
# place at Elmhurst School", "to the new resource base at Larkhill Academy", "the Humberstone base of the Aylestone
# network" (the whole of which the base is part).
_SENT_TO = re.compile(
    r"\b(?:transfer\w*|mov(?:e|es|ed|ing)|go(?:es|ing)?|join(?:s|ed|ing)?|attend\w*|admit(?:ted)?|plac(?:ed|ing)|return\w*"
    r"|(?:offered|allocated|given|have|has|take\s+up)\s+(?:a\s+|an\s+)?(?:named\s+|new\s+|permanent\s+)?(?:special\s+school\s+)?places?"
    r"|(?:complete|finish|continue)\w*\s+(?:their|his\s+or\s+her)\s+(?:\w+\s+){0,2}?(?:education|schooling|studies)"
    r"|(?P<group>pupils?|children|students?)(?:\s+\([^()]{0,80}\))?(?:\s+of\s+[\w-]+\s+age)?(?=\s+(?:to|at)\s)|amended\s+to\s+name"
    # a group counted, its verb left out: "... go to Larchfield School, ten to Copperbeech Academy" (its age said:
    # "16 pupils of secondary age to Greyfriars School and 8 of primary age to ...")
    r"|(?:(?<=[,;]\s)|(?<=\band\s)|(?<=\())(?:and\s+)?(?:\d+|" + L._NUMBER_WORDS + r")(?:\s+of\s+[\w-]+\s+age)?(?=\s+to\s))"
    r"\s+(?:with\s+(?:[\w'’]+\s+){1,4}?)?(?:(?P<prep>to|into|at)\s+)?(?:the\s+)?"
    r"(?:(?:(?-i:[a-z])[\w'’-]*|(?-i:[A-Z]{2,}\d?))\s+){0,3}?(?:(?:at|of)\s+(?:the\s+)?|(?P<listed>\(\s*))?"
    r"(?P<name>(?-i:[A-Z][a-z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})(?P<kind>\s+" + _KIND_WORD + r"\b)?"
    r"(?:\s+of\s+(?:the\s+)?(?P<whole>(?-i:[A-Z][a-z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}))?", re.I)
# A verb after "pupils at X" in its clause: the pupils are X's now, and go elsewhere.
_VERB_AFTER = re.compile(r"[^.;:,]*?\b(?:will|would|shall|are|is|move|moves|transfer|transfers|go|attend|join)\b", re.I)
# A stay for a time after the place: "until their annual reviews", "for up to six weeks", "as a bridging placement"
# (not "until the end of Year 11": the rest of their schooling).
_FOR_A_TIME = re.compile(
    r"[^.;]{0,80}?\b(?:until\b(?!\s+(?:the\s+end\s+of\s+)?(?:years?|key\s+stage|ks\d|they\s+leave|their\s+(?:education|schooling)))"
    r"|for\s+(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|no\s+longer\s+than)\b"
    r"|temporar\w*|interim|bridging|as\s+a\s+bridge)", re.I)
# Bodies that govern a receiver, not receivers themselves.
_GOVERNING_BODY = re.compile(r"\b(?:Trust|Federation|Council|Partnership|Diocese)$")
_TRUST = re.compile(r"\b(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+(?:Trust|Federation)\b")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,120})\)")
# A confirmation said of every receiver: "All the receiving schools have confirmed", "both governing bodies", "each
# school", "the headteachers of the three primary schools" (not "will admit all of them": the pupils).
_EVERY_RECEIVER = re.compile(
    r"\b(?:(?:both|all|each|every)(?:\s+of)?(?:\s+the)?|the\s+(?:two|three|four|five))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:schools|academies|settings|providers|governing\s+bod(?:y|ies)|receivers?|trusts|headteachers|principals"
    r"|(?:receiving|host)\s+(?:school|academy|setting|provider))\b",
    re.I)
# A confirmation said of some of the receivers only: "only one of the two receiving schools", "two of the three
# schools", "only some of the schools".
_SOME_RECEIVERS = re.compile(
    r"\b(?:(?:only\s+)?(?:one|two|three|four|some)\s+of\s+(?:the\s+|its\s+|our\s+)?(?:two|three|four|five|six|receiving|host)"
    r"|only\s+(?:one|two|three|four|some)\s+(?:receiving\s+|host\s+)?(?:schools?|academ(?:y|ies)|settings?|providers?))\b",
    re.I)
# Who agrees for a receiver: a school or academy, its trust, governors or head (not "the Schools Forum").
_RECEIVER_BODY = re.compile(
    r"\b(?:schools?(?!\s+Forum)|academ(?:y|ies)|trusts?|federations?|governors|governing\s+(?:body|bodies|board)"
    r"|head\s*teachers?|heads|principals?|settings?|providers?)\b", re.I)
# A provider's governors, head or trust, after its name or before it: "Brampton's headteacher", "Fallowfield's
# governing body", "the governors of Brampton".
_BODY_AFTER = re.compile(r"(['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:governing\s+(?:body|board)|governors|head\s*teacher|head|principal"
                         r"|chair|trust|board)\b", re.I)
# A place by its name, the governors or head who speak for it before the name or after it in the possessive: "Marlow
# Brook's headteacher", "Castlegate's governing body", "The governing body of Greyfriars".
_SPEAKERS = r"(?:governing\s+(?:body|board)|governors|head\s*teacher|head|principal|chair\s+of\s+governors)"
_SPOKEN_FOR = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?" + _SPEAKERS + r"\b"
                         r"|\b" + _SPEAKERS + r"\s+of\s+(?:the\s+)?(?P<after>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})", re.I)
_BODY_BEFORE = re.compile(r"\b(?:governing\s+(?:body|board)|governors|head\s*teacher|head|principal|chair\s+of\s+governors)"
                          r"\s+of\s+(?:the\s+)?$", re.I)
# Where a clause ends: its sentence's semicolons and colons.
_CLAUSE_END = re.compile(r"[;:]")
# The confirmers of one sentence, each of them: "Rushey Mead's governing body and the network's management committee
# have both confirmed in writing".
_EACH_CONFIRMER = re.compile(r"\b(?:(?:have|has)\s+(?:both|each|all)|(?:both|each)\s+(?:have|has))\s+(?:\w+\s+)?(?:confirmed|written|agreed|signed|sent|given)\b", re.I)
# Where a closure's object begins: "close Holm Lane School", "the discontinuance of Wayfarer House".
_CLOSED = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})")
# First words too common to tell schools apart by.
_COMMON_FIRST = {"North", "South", "East", "West", "New", "Old", "Saint", "Upper", "Lower", "Great", "Little", "Royal",
                 "Holy", "Our", "Church", "County", "City", "Borough", "Park", "The"}


def receiver_key(name: str) -> str:
    """A receiver as compared: its name without "the", a possessive, and the words that say what kind of place it
    is ("Greyfriars" of "Greyfriars School", "Compass" of "the Compass Learning Centre", "Sedgeford" of
    "Sedgeford's"); "" for a kind of place alone ("The Academy"), which names no one receiver."""
    name = re.sub(r"^(?:the|The|THE)\s+|['’]s$", "", name.strip())
    short = _KIND_TAIL.sub("", " " + name).strip()
    return short if len(short) >= 3 else ""


def _first_word(key: str) -> str | None:
    """A receiver's first word, when it tells the receiver apart ("Moorfield" of "Moorfield Nurture"): a confirmation
    naming "Moorfield Primary" names it."""
    first = key.split()[0]
    return first if len(first) >= 4 and first not in _COMMON_FIRST and first != key else None


def _closed_keys(findings: list[Finding]) -> set[str]:
    """The provisions the document closes, by key: the name right after a closure's word."""
    out = set()
    for f in findings:
        if f.fact == "alternative_provision_needed" and f.role == "supports" and f.value is True and f.cue:
            at = f.sentence.text.find(str(f.cue))
            m = _CLOSED.match(f.sentence.text, at + len(str(f.cue))) if at >= 0 else None
            if m:
                out.add(receiver_key(m.group("name")))
    return out


# A place's owner in the possessive, the kind of place after it: "Cranford Park Academy's SEMH resourced provision",
# "Harford's new special school".
_POSSESSIVE = re.compile(r"(?P<owner>.+?)['’]s\b(?P<rest>.*)")
_KIND_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+" + _KIND_WORD + r"\b", re.I)


def _owner(text: str, name: str, end: int, known: set[str]) -> str | None:
    """The provider a name in the possessive sends pupils to, where a place of its follows ("to Cranford Park
    Academy's SEMH resourced provision": Cranford Park Academy; "to Harford's new special school": Harford): the
    owner when the document names it a provider or its name ends with its kind, else when the kind of place follows
    (not a pupil referral unit: "the County's pupil referral unit")."""
    m = _POSSESSIVE.match(name)
    owner = m.group("owner") if m else ""
    kind = _KIND_AFTER.match(text, end)
    if not owner or L.PRU.search(m.group("rest") + (kind.group(0) if kind else "")):
        return None
    return owner if _KIND_TAIL.search(owner) or receiver_key(owner) in known or kind else None


def _owning(key: str, places: set[str]) -> str:
    """The place a receiver's name in the possessive belongs to, when that is a place the document names ("Thistlewood"
    of "Thistlewood's Forest", the document naming Thistlewood Primary School), else the key itself."""
    owned = _POSSESSIVE.match(key)
    owner = receiver_key(owned.group("owner")) if owned and owned.group("rest").strip() else ""
    return owner if owner and owner in places else key


def _receivers_in(f: Finding, known: set[str]) -> list[str]:
    """The places a sentence stating where pupils go sends them to, by key (a row of a table of moves: its
    destination cell); a name counts when it is a place's (it ends with the kind of place, or the kind follows it, or
    the document names a provider so)."""
    if f.sentence.kind == "row":
        names = [m.group(0).strip() for m in L.PROPER_NAME.finditer(" " + str(f.cue))]
    else:
        names = []
        for m in _SENT_TO.finditer(f.sentence.text):
            name = m.group("whole") if m.group("whole") and m.group("kind") else m.group("name")
            if m.group("group") and m.group("prep") == "at" and _VERB_AFTER.match(f.sentence.text, m.end()):
                continue  # the pupils where they are now, the subject of the move: "The six pupils at Elm End will move to ..."
            if _FOR_A_TIME.match(f.sentence.text, m.end()):
                continue  # a place for a time, on the way to another: "will attend the Kiln Centre until their annual reviews"
            if m.group("kind") or _KIND_TAIL.search(name) or receiver_key(name) in known:
                names.append(name)
            elif ("'" in name or "’" in name) and (owner := _owner(f.sentence.text, name, m.end("name"), known)):
                names.append(owner)
            if m.group("listed"):  # the places in a bracket: "to their home schools (Ashby Vale Academy, 4; Kelton High School, 2)"
                close = f.sentence.text.find(")", m.end("name"))
                names += [n.group(0).strip() for n in L.PROPER_NAME.finditer(" " + f.sentence.text[m.end("name"):close])] if close > 0 else []
    return [n for n in names if not _GOVERNING_BODY.search(n) and not L.PRU.search(n)]


def _trusts_running(text: str, called: re.Pattern, of_name: dict[str, str]):
    """The trusts ``text`` ties to one receiver by a bracket: the trust in the bracket right after the receiver's name
    ("Fenstone Academy (SEMH 11-16, Estuary Schools Trust)"), or the receiver alone in the bracket right after the
    trust's ("the Riverside Learning Trust (which runs Brookfield Academy)")."""
    for t in _TRUST.finditer(text):
        after = _BRACKET_AFTER.match(text, t.end())
        inside = {of_name[n] for n in called.findall(after.group(1))} if after else set()
        if len(inside) == 1:
            yield t.group(0), inside.pop()
            continue
        open_at = text.rfind("(", 0, t.start())
        if open_at > 0 and ")" not in text[open_at:t.start()]:
            before = [of_name[m.group(0)] for m in called.finditer(text, max(0, open_at - 60), open_at)]
            if before and not text[open_at - 1:open_at].isalnum():
                yield t.group(0), before[-1]


def _clause(text: str, at: int) -> tuple[int, int]:
    """Where the clause holding ``text[at]`` begins and ends: between the semicolons or colons either side of it."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, max(at, 0))), default=0)
    end = _CLAUSE_END.search(text, max(at, 0))
    return start, end.start() if end else len(text)


def _confirming_clauses(text: str, cue: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` that confirm in writing, in order: each clause with a confirmation in writing neither
    denied nor hedged, else the clause of the finding's own words (``cue``)."""
    spans = []
    for m in L.CONFIRMED_WRITING.finditer(text):
        a, b = _clause(text, m.start())
        if (a, b) not in spans and not L.negated(text[a:b]) and not L.hedge(text[a:b]):
            spans.append((a, b))
    return spans or [_clause(text, text.find(cue))]


def _agreed_unwritten(sents: list[Sentence], known: set[str]) -> list[tuple[Sentence, int, int]]:
    """Each agreement a receiver gave otherwise than in writing, with where its clause begins and ends, a clause with no
    written confirmation ("The trust's board indicated its agreement at a meeting with officers"): the one who agreed,
    before the words, a school, its trust, governors or head, or a place by name (not "The Cabinet agreed in
    principle")."""
    out = []
    for s in sents:
        if not L.UNWRITTEN_WORDS.search(s.text):
            continue
        for m in L.UNWRITTEN_AGREEMENT.finditer(s.text):
            a, b = next(((a, b) for a, b in L.clause_spans(s.text) if a <= m.start() < b), _clause(s.text, m.start()))
            if (not L.CONFIRMED_WRITING.search(s.text, a, b) and not L.negated(s.text[a:b])
                    and (_RECEIVER_BODY.search(s.text, 0, m.start()) or _places_named(s.text[:m.start()], known))):
                out.append((s, a, b))
    return out


def _bodies_named(text: str, known: set[str]) -> list[str]:
    """The providers, by key, whose governors, head or trust ``text`` names by the name the document gives the provider
    without its kind of place: "Brampton's headteacher", "Fallowfield's governing body", "the governors of Brampton"
    (the document naming Brampton Primary School)."""
    keys = [k for k in known if k]
    if not keys or ("’s" not in text and "'s" not in text and " of " not in text):
        return []
    out = []
    for m in L.names(tuple(sorted(keys, key=len, reverse=True))).finditer(text):  # "St Brannoc's" before "St Brannoc"
        after = _BODY_AFTER.match(text, m.end())
        if (after and (after.group(1) or m.group(0)[-2:] in ("'s", "’s"))
                or _BODY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            out.append(m.group(0))
    return out


def _spoken_for(text: str, possessive: bool = True) -> list[str]:
    """The places, by key, whose governors or head ``text`` names by the place's name ("Marlow Brook's headteacher",
    "the governing body of Greyfriars"; with ``possessive`` False only the second, which is not another name of a place
    in the possessive), not a trust's, a council's or a PRU's."""
    if "'s" not in text and "’s" not in text and " of " not in text:
        return []
    names = [m.group("name") or m.group("after") for m in _SPOKEN_FOR.finditer(text) if possessive or m.group("after")]
    return [key for n in names if not _GOVERNING_BODY.search(n) and not L.PRU.search(n) and (key := receiver_key(n))]


def _places_named(text: str, known: set[str]) -> list[str]:
    """The places a sentence names, by key, that the pupils may go to: a name ending with the kind of place, or one the
    document names a provider, or one of those whose governors or head speak by its name alone (:func:`_bodies_named`),
    or a trust named after one of those ("the Castle Vale Learning Trust": Castle Vale), or any name in the possessive
    before the governors or head who speak for it ("Marlow Brook's headteacher has said ...": Marlow Brook)."""
    keys = _bodies_named(text, known)
    keys += _spoken_for(text)
    for m in L.PROPER_NAME.finditer(" " + text):
        name = m.group(0)
        if L.PRU.search(name):
            continue
        if _GOVERNING_BODY.search(name):
            key = receiver_key(re.sub(r"\s+(?:Trust|Federation)$", "", name))
            if key in known:
                keys.append(key)
        else:
            keys.append(receiver_key(name))
    return [k for k in keys if k]


def receivers_unconfirmed(findings: list[Finding], named: list[Provider], sents: list[Sentence]) -> list[Finding]:
    """Each receiver no written confirmation covers, where another's does (module docstring): the fact
    ``alternative_provision_receiver_unconfirmed``, quoting the sentence that sends pupils there."""
    confirmations = [f for f in findings if f.fact == "alternative_provision_confirmed_in_writing" and f.role == "supports"]
    if not confirmations or any(_EVERY_RECEIVER.search(c.sentence.text) and not _SOME_RECEIVERS.search(c.sentence.text)
                                for c in confirmations):
        return []
    stated = [f for f in findings if f.fact == "alternative_provision_stated" and f.role in ("supports", "vague")]
    if not stated:
        return []
    known = {receiver_key(a) for p in named for a in p.names}
    # a PRU, by any name the document gives it, and the provision that closes, are no receivers
    not_receivers = _closed_keys(findings) | {receiver_key(a) for p in named if p.kind == "pru" for a in p.names}
    receivers: dict[str, Finding] = {}  # key -> the first sentence sending pupils there
    by_block: dict[int, list[str]] = {}
    sent_to = [(f, [k for k in map(receiver_key, _receivers_in(f, known)) if k]) for f in stated]
    # (the places the document names: its providers, where pupils are sent, and whoever confirms in writing: "Marsh
    # Lane's Hallgate site" belongs to the Marsh Lane whose governing body confirmed)
    # ("Fallowfield's governing body had confirmed in a letter", "The governing body of Greyfriars confirmed in
    # writing": who confirmed, read once for each confirmation)
    confirmed_by = [(c, _bodies_named(c.sentence.text, known) + _spoken_for(c.sentence.text, possessive=False))
                    for c in confirmations]
    places = known | {key for _, keys in sent_to for key in keys} | {
        receiver_key(name) for _, names in confirmed_by for name in names}
    for f, keys in sent_to:
        for key in (_owning(key, places) for key in keys):
            if key not in not_receivers:
                receivers.setdefault(key, f)
                by_block.setdefault(f.sentence.block, []).append(key)
    for c, bodies in confirmed_by:  # a school that confirmed is one the pupils go to (and it has confirmed)
        for m in L.PROPER_NAME.finditer(" " + c.sentence.text):
            key = receiver_key(m.group(0))
            if key and key not in not_receivers and not _GOVERNING_BODY.search(m.group(0)) and not L.PRU.search(m.group(0)):
                receivers.setdefault(key, c)
        for key in bodies:
            key = next((k for k in receivers if k[:-2] == key and k[-2:] in ("'s", "’s")), key)  # "St Aldric" of "St Aldric's School"
            if key not in not_receivers:
                receivers.setdefault(key, c)
    agreements = _agreed_unwritten(sents, known)
    for s, _, _ in agreements:  # a place named in an agreement not in writing is one the pupils go to
        for key in _places_named(s.text, known):
            if key not in not_receivers:
                receivers.setdefault(key, next((f for f in stated if f.sentence is s), None)
                                     or next((f for f in stated if f.sentence.block == s.block), None)
                                     or Finding("alternative_provision_stated", "supports", s, key))
    if len(receivers) < 2:
        return []
    # a receiver is named by its key or its first word, and by the trust that runs it ("the Estuary Schools Trust
    # (which runs Fenstone Academy)", "Fenstone Academy (SEMH 11-16, Estuary Schools Trust)")
    calls = {key: [key] + [w for w in (_first_word(key),) if w] for key in receivers}
    called = L.names(tuple(sorted({n for ns in calls.values() for n in ns})))
    of_name = {n: key for key, ns in calls.items() for n in ns}
    for s in sents:
        if "Trust" in s.text or "Federation" in s.text:
            for trust, key in _trusts_running(s.text, called, of_name):
                of_name.setdefault(trust, key)
    called = L.names(tuple(sorted(of_name)))
    # the receivers each agreement not in writing names in its own clause (else in its sentence, else the receivers of
    # its paragraph or the one before), and where those clauses are
    unwritten: set[str] = set()
    unwritten_at: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for s, a, b in agreements:
        written = [(x, y) for x, y in L.clause_spans(s.text) if L.CONFIRMED_WRITING.search(s.text, x, y)]
        keys = ({of_name[n] for n in called.findall(s.text, a, b)}
                or {of_name[n.group(0)] for n in called.finditer(s.text) if not any(x <= n.start() < y for x, y in written)}
                or set(by_block.get(s.block) or by_block.get(s.block - 1, ())))
        unwritten |= keys
        unwritten_at.setdefault((s.block, s.text), []).append((a, b))
    providers = L.names(tuple(sorted({a for p in named for a in p.names if len(a) >= 3}))) if named else None
    covered: set[str] = set()
    spare = 0  # confirmations from a body the document gives no receiver's name ("Larchmont's governing board")
    for c in confirmations:
        text = c.sentence.text
        clauses = _confirming_clauses(text, str(c.cue))
        start = clauses[0][0]
        agreed_at = unwritten_at.get((c.sentence.block, text), ())
        naming = {of_name[n.group(0)] for a, b in clauses for n in called.finditer(text, a, b)
                  if not any(x <= n.start() < y for x, y in agreed_at)}
        if _SOME_RECEIVERS.search(text):  # "only one of the two schools has confirmed": which one, it does not say
            covered |= naming
            continue
        before = called.findall(text, 0, start)
        in_sentence = naming or before
        if not naming and before:
            naming = {of_name[before[-1]]}
        block = c.sentence.block
        named_here = set(naming)  # by name in its own sentence
        if not naming or _EACH_CONFIRMER.search(text):
            naming |= set(by_block.get(block) or by_block.get(block - 1, ()))
        if not naming and not (providers is not None and providers.search(text)):
            spare += 1
        spare += sum(1 for t in _TRUST.finditer(text) if t.group(0) not in of_name and not called.search(t.group(0))
                     and not (in_sentence and any(a <= t.start() < b for a, b in clauses)))
        covered |= {key for key in naming if key not in unwritten or key in named_here}
    if not covered:
        return []
    left = [key for key in receivers if key not in covered]
    if len(left) <= spare and not unwritten & set(left):
        return []
    return [Finding("alternative_provision_receiver_unconfirmed", "supports", receivers[key].sentence,
                    f"{key}: no written confirmation") for key in left]


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
