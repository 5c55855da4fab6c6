"""Paragraph 23's account of the closing BESD (SEMH) school's pupils, group by group, as the plan lists them: where
each group goes (a PRU by any name the document gave it, a special school, its own school until it closes, or
somewhere else) and whether its place is definite or only hoped for; and the para 23 findings that account decides.

The groups are read from the plan's structure, not from one sentence at a time:

* a list led by a sentence that places the pupils ("The 19 current pupils will be placed as follows from September
  2027:" then "11 at Castle Mead School (SEMH day special, 11-16) ...;" "5 at Oakridge School ...;"), or the parts
  after the colon of such a sentence ("All 30 pupils will have places from 1 September 2027: primary-age pupils at
  Longmoor School (SEMH special, 5-11) and secondary-age pupils at Stonegate School (SEMH special, 11-16)"): each
  item or part is a group taking the lead's verb, pupils and all;
* a group counted in one sentence and placed in the next of its paragraph by "them" or "they" ("Pupils in the current
  Year 10 (7 pupils) would be in Year 11 in September 2027. For them, we hope to agree places ... at Copthorne
  College").

Where every group of a list has a definite place at a special school (or stays at its own school until it closes),
the pupils have special places named; where any group's place is only hoped for or left to later ("at their annual
reviews", "as places become available"), not every displaced pupil has one; a group the list sends to the PRU is
placed there, for as long as its item says.  The facts are then decided with the other findings (:func:`~senrules_proposals.extract.decide.decide`); a PRU stay,
its length and its dates stay with :mod:`~senrules_proposals.extract.displaced`, which reads every sentence naming
the PRU by any of its names."""

from __future__ import annotations

import re

from senrules_proposals import language as L
from senrules_proposals.extract.displaced import pru_stay_length
from senrules_proposals.extract.model import Finding, Provider, PupilGroup
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Sentence


# A lead placing the pupils, its list after the colon: "will be placed as follows from September 2027:", "will all
# have places from 1 September 2027, as shown in the table at Appendix 1:", "will transfer as follows:".
_LEAD = re.compile(
    r"\b(?:will|would|shall|are\s+to|is\s+to)\s+(?:all\s+|each\s+|then\s+)?(?:be\s+(?:placed|offered\s+places|admitted|transferred)|"
    r"(?:have|be\s+given|take\s+up)\s+(?:special\s+school\s+|new\s+)?places|transfer|move|go)\b[^:;]{0,120}:\s*", re.I)
# One group and where it goes: "11 at Castle Mead School (SEMH day special, 11-16), which ...", "primary-age pupils at
# Longmoor School (SEMH special, 5-11)", "3 in Year 11 complete their education at Thornbury Hall before it closes".
_GROUP_AT = re.compile(
    r"^\W*(?:and\s+)?(?P<who>(?:\d+|" + L._NUMBER_WORDS + r"|the\s+(?:other|remaining)|all|[\w-]+(?:\s+[\w-]+)?\s+(?:pupils?|children|students?))"
    r"(?:\s+(?:pupils?|children|students?))?(?:\s+(?:in|from|of)\s+(?:[\w-]+\s+){1,3}?)?)"
    r",?\s+(?:(?:[\w-]+,?\s+){0,5}?(?:to|at|into|in)\s+)(?P<dest>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)
# A group of the list whose place is not yet named: "5 pupils in Year 11: places to be agreed at their annual
# reviews", "the remaining 4 pupils, as places become available".
_GROUP_ONLY = re.compile(
    r"^\W*(?:and\s+)?(?:\d+|" + L._NUMBER_WORDS + r"|the\s+(?:other|remaining))\s+(?:[\w-]+\s+){0,2}?(?:pupils?|children|students?)\b", re.I)
# A place left to later: "to be agreed", "at their annual reviews", "as places become available".
_LEFT_TO_LATER = re.compile(
    r"\b(?:to\s+be\s+(?:agreed|decided|confirmed|identified|found|arranged|determined)|at\s+(?:their|each\s+pupil['’]s|the)\s+annual\s+reviews?"
    r"|as\s+(?:and\s+when\s+)?places\s+become\s+(?:available|free)|tbc)\b", re.I)
# A group counted: "(7 pupils)", "the eight Year 11 pupils".
_COUNTED = re.compile(r"\b(?:\d+|" + L._NUMBER_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?:pupils?|children|students?|young\s+people)\b", re.I)
# A sentence whose pupils are those of the sentence before: "For them, we hope ...", "They will ...", "These pupils".
_THEM = re.compile(r"^\W*(?:for\s+(?:them|these\s+pupils|this\s+group|those\s+pupils)\b|(?:they|these\s+pupils|this\s+group)\s+(?:will|would|are|could|may)\b)", re.I)
# A place at a named school: "places on the SEMH pathway at Copthorne College", "a place at Elm School", "to Elm School".
_PLACE_AT = re.compile(
    r"\b(?:places?|placements?)\s+(?:[\w-]+\s+){0,8}?(?:at|in|with)\s+(?P<dest>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})"
    r"|\b(?:transfer|move|go)\s+to\s+(?P<dest2>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)
# A group staying at its own school to the end: "complete their education at Thornbury Hall before it closes".
_UNTIL_IT_CLOSES = re.compile(r"\b(?:before|until)\s+(?:it|the\s+school)\s+(?:closes|is\s+closed)\b", re.I)
# The special school a group's place is at, said beside its name: "(SEMH day special, 11-16)", ", an SEMH special school".
_SPECIAL_SAID = re.compile(r"\bspecial\b|" + L.BESD.pattern, re.I)


def _group_parts(sents: list[Sentence], k: int) -> list[tuple[Sentence, str]]:
    """The groups the lead sentence ``sents[k]`` lists: the parts after its colon, else the list items right after it
    (up to the first item that is no group going somewhere: "The governing body ... confirmed")."""
    s = sents[k]
    lead = _LEAD.search(s.text)
    if lead is None or not (L.PUPILS.search(s.text, 0, lead.start()) or L.ELIDED_PUPILS.search(s.text)):
        return []
    rest = s.text[lead.end():].strip()
    if rest:
        return [(s, p) for p in re.split(r";\s*|,?\s+and\s+(?=\S+(?:\s+\S+)?\s+(?:pupils?|children|students?)\b)", rest) if p.strip()]
    items = []
    for t in sents[k + 1:k + 12]:
        if t.kind != "item" or not (_GROUP_AT.match(t.text) or _GROUP_ONLY.match(t.text)):
            break
        items.append((t, t.text))
    return items


def _kind(dest: str, part: str, pru: re.Pattern, kinds: dict[str, str], closing: tuple[str, ...]) -> str:
    """What kind of place a group goes to: "pru", "special", "closing" (its own school, until it closes) or "other"."""
    key = re.sub(r"^the\s+", "", dest, flags=re.I)
    at = part.find(dest)
    if pru.search(dest) or pru.search(part[at:at + len(dest) + 80]):
        return "pru"
    if any(key.startswith(n) or n.startswith(key) for n in closing if n) or _UNTIL_IT_CLOSES.search(part):
        return "closing"
    said = part[at + len(dest):][:80]
    described = re.match(r"\s*(?:\((?P<a>[^()]{2,80})\)|,\s+(?:an?|the)\s+(?P<b>[^,;.]{2,80}))", said)
    if described and _SPECIAL_SAID.search(described.group("a") or described.group("b")):
        return "special"
    kind = kinds.get(key.lower())
    if kind in ("special_school", "besd_school"):
        return "special"
    if kind == "pru":
        return "pru"
    return "other"


def listed_groups(sents: list[Sentence], pru: re.Pattern, named: list[Provider], closing: tuple[str, ...],
                  in_plan: list[bool]) -> list[tuple[PupilGroup, bool]]:
    """The groups of the closing school's pupils the plan lists under a lead that places them, and those counted in
    one sentence and placed in the next of its paragraph ("them"), each with the kind of place it goes to
    (:func:`_kind`, "left to later", or "not read" for a part of a list that names no group going somewhere) and
    whether it is one of a list."""
    kinds = {a.lower(): p.kind for p in named for a in p.names}
    out: list[tuple[PupilGroup, bool]] = []
    for k, s in enumerate(sents):
        if not in_plan[k] or s.kind == "heading":
            continue
        if ":" in s.text:
            for t, part in _group_parts(sents, k):
                m = _GROUP_AT.match(part)
                later = _LEFT_TO_LATER.search(part) or L.OPEN_ENDED.search(part)
                if L.negated(part):
                    continue
                dest = m.group("dest") if m is not None else ""
                # (a part not read as a group going somewhere leaves the list's account incomplete)
                kind = _kind(dest, part, pru, kinds, closing) if dest else "left to later" if later else "not read"
                # (a wait at the PRU "until places become available" is its stay's length, not a hope)
                hedged = L.provider_hedge(part) or L.provider_hedge(L.clause_of(s.text, 0)) or (later.group(0) if later and kind != "pru" else "")
                when = L.DATE.search(part) or L.DATE.search(s.text)
                who = m.group("who") if m is not None else (_GROUP_ONLY.match(part) or re.match(r"\W*", part)).group(0)
                out.append((PupilGroup(who.strip(), dest, kind, when.group(0) if when else "", "", None, hedged,
                                       bool(L.found(L.CONFIRMED_WRITING, part)), t), True))
        elif k > 0 and sents[k - 1].block == s.block and _THEM.match(s.text) and _COUNTED.search(sents[k - 1].text):
            m = _PLACE_AT.search(s.text)
            if m is None:
                continue
            dest = m.group("dest") or m.group("dest2")
            clause = L.clause_of(s.text, m.start())
            hedged = L.provider_hedge(clause) or ""
            out.append((PupilGroup(_COUNTED.search(sents[k - 1].text).group(0), dest, _kind(dest, s.text, pru, kinds, closing), "", "",
                                   None, hedged, bool(L.found(L.CONFIRMED_WRITING, s.text)), s), False))
    return out


def para23_from_groups(groups: list[tuple[PupilGroup, bool]]) -> list[Finding]:
    """What the groups decide: any group whose place is only hoped for or left to later leaves a displaced pupil
    without a special place named; a group a list sends to the PRU is placed there, for as long as its item says;
    a list whose every group has a definite place at a special school (or stays at its own school until it closes)
    names them."""
    out = []
    for g, in_list in groups:
        if g.kind not in ("pru", "not read") and g.hedged:
            out.append(Finding("besd_pupils_special_places", "against", g.sentence, f"{g.destination or g.count}: {g.hedged}", False))
        elif g.kind == "pru" and in_list and not g.hedged:
            # "6 at the Bridge Centre (the pupil referral unit) until the end of Year 11"
            out += [Finding("besd_pupils_to_pru", "against", g.sentence, g.destination, True), *pru_stay_length([g.sentence])]
    listed = [g for g, in_list in groups if in_list]
    if listed and not any(f.fact == "besd_pupils_special_places" for f in out) and all(g.kind in ("special", "closing") for g in listed):
        first = next((g for g in listed if g.kind == "special"), None)
        if first is not None:
            out.append(Finding("besd_pupils_special_places", "supports", first.sentence, first.destination))
    return out


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
