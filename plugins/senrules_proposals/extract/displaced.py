"""Pupils displaced and where they go (key factor (ii)): alternative provision stated, confirmed in
writing or only hoped for; the groups of pupils that move, from tables and prose; and paragraph 23
(a BESD school closing, its pupils in a PRU only for a time, or in special places)."""

from __future__ import annotations

import itertools
import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _FORMED_SCHOOL, _clauses_with, _first, _names, _neg_word, _status_quo
from senrules_proposals.extract.labels import _ANSWER_NO, _YES, _asks
from senrules_proposals.extract.model import Finding, Provider, PupilGroup
from senrules_proposals.extract.providers import _kind
from senrules_proposals.prefilter import folded, prefiltered
from senrules_proposals.reader import Sentence


# An option for the parents who want it, added after the arrangement ("... will be offered places at Elm School or
# Ash School, and, if places can be found, at independent special schools nearer their homes where parents prefer
# this"): its hedge is the option's, not the arrangement's.
_PARENTS_OPTION = re.compile(
    r",\s+(?:and|or)\s*,?\s+(?=[^.;]{0,160}?\b(?:where|if|when|should)\s+(?:their\s+|the\s+|his\s+or\s+her\s+)?"
    r"(?:parents?|families|carers)\s+(?:would\s+|so\s+)?(?:prefer|wish|choose|want|ask|request)\w*)[^.;]*", re.I)


# A count of the pupils, estimated, in a bracket beside the arrangement ("(29 pupils are expected)", "(an estimated 14
# pupils)", "(about twelve children)"): its estimate is the number's, not a hedge of where they go.
_ESTIMATED_COUNT = re.compile(
    r"\(\s*(?:(?:an?\s+)?(?:expected|anticipated|estimated|forecast|projected|approximately|about|around|likely)\s+)?"
    r"(?:\d+|" + L._NUMBER_WORDS + r")\s+(?:pupils?|children|students|young\s+people|learners)"
    r"(?:\s+(?:are|is|were)\s+(?:expected|anticipated|estimated|forecast|projected|likely)(?:\s+to\s+be\s+on\s+roll)?)?\s*\)", re.I)


# Pupils kept on their own school's roll ("stay on the roll of Hawksmoor School", "remain on the roll of the same
# school", "keep a place at Hawksmoor School") while they move to another of its sites ("move to the Kingsway site",
# "transfer to the Castle Lane site of Elm Tree School", "will be taught at its Ferry Lane site"): a split-site school's pupils, nobody displaced (ruling of
# 2026-12-04).
_ROLL_KEPT = re.compile(
    r"\b(?:stay|stays|remain|remains|continue|continues|kept|keep|keeps)\s+(?:to\s+be\s+)?on\s+(?:the\s+|its\s+|their\s+)?roll\b"
    r"|\bkeep\w*\s+(?:a|their|his\s+or\s+her)\s+places?\s+at\b", re.I)
_TO_OTHER_SITE = re.compile(
    r"\b(?:mov\w*|transfer\w*|relocat\w*|go|be\s+taught)\s+(?:\w+\s+){0,3}?(?:to|at)\s+(?:the|its|their)\s+"
    r"(?:(?:other|main|new|(?-i:[A-Z])[\w'’-]*)\s+){1,3}site\b(?!\s+of\s+(?:another|a\s+different)\b)", re.I)


def _without_option(text: str) -> str:
    """``text`` without an option offered at parents' wish after an arrangement that names where pupils go."""
    if "arent" not in text and "amil" not in text and "arer" not in text:
        return text
    m = _PARENTS_OPTION.search(text)
    if m is None or not L.ALT_DESTINATION.search(text, 0, m.start()):
        return text
    return text[: m.start()] + text[m.end():]


def _asked_who_moves(s: Sentence, question: Sentence | None) -> bool:
    """Whether the question a sentence answers asks if pupils move: the question just before it in its block, or its
    heading (a question heading, or the question of a question-and-answer table's row)."""
    return bool((s.headings and _ASKS_WHO_MOVES.search(s.headings[-1])) or (question is not None and _ASKS_WHO_MOVES.search(question.text)))


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_CONSULTATION_CLOSING = re.compile(r"consultation|closing date|deadline|responses?|comments?", re.I)
_CLOSING_DATE = re.compile(r"\w*\s+(?:date|deadline|for\s+(?:responses|comments))\b", re.I)
_PLACE_NOUN = re.compile(r"\bplaces?\b", re.I)
_STAFF_WORD = re.compile(r"\bstaff\b|\bteachers\b|\bassistants\b", re.I)


def _alternative(s: Sentence, question: Sentence | None = None) -> list[Finding]:
    """What the sentence says of where displaced pupils go; ``question``: the question just before it in its
    block, which a bare "No." or "Yes." answers."""
    out = []
    text = _without_option(s.text)
    if "(" in text:
        text = _ESTIMATED_COUNT.sub("", text)
    if s.kind == "heading":
        # a heading that says it ("9. No pupil is displaced") says it of the section under it
        said = L.NO_DISPLACEMENT.search(text) if not text.rstrip().endswith("?") and L.may_say_nobody_moves(text) else None
        return [Finding("alternative_provision_needed", "supports", s, said.group(0), False)] if said else out
    no_displacement = L.NO_DISPLACEMENT.search(text) if L.may_say_nobody_moves(text) else None
    if no_displacement is not None and (
            _STAY_FOR_A_TIME.match(text, no_displacement.end()) or text[max(0, no_displacement.start() - 4):no_displacement.start()].lower() == "for "
            or _NOT_A_STAY.match(text, no_displacement.end() - 3)):
        # "Each pupil will stay at the Orchard Centre for no more than six school weeks": a stay for a time elsewhere;
        # "Transport for all pupils will continue in accordance with the policy": the transport goes on
        no_displacement = None
    if no_displacement is None:
        no_displacement = L.nobody_displaced(text) or L.pupils_stay(text)
    if no_displacement is None and "site" in text and ("roll" in text or "place" in text):
        kept = _ROLL_KEPT.search(text)
        if kept and _TO_OTHER_SITE.search(text) and not L.negated(L.clause_of(text, kept.start())):
            no_displacement = kept
    if no_displacement is None and _ANSWER_NO.match(text) and _asked_who_moves(s, question):
        # "Will any pupil have to move school?" / "No. This is an additional school ..."; a form's "C2 (ii) Will any
        # pupil be displaced? ☐ Yes ☒ No"
        no_displacement = _ANSWER_NO.match(text)
    if no_displacement:
        out.append(Finding("alternative_provision_needed", "supports", s, no_displacement.group(0), False))
        return out
    if _YES.match(text) and _asked_who_moves(s, question):
        # "C2 (ii) Will any pupil be displaced? ☒ Yes ☐ No": pupils move, and the form must say where
        return [Finding("alternative_provision_needed", "supports", s, text.strip(), True)]
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
    mainstream = _INTO_MAINSTREAM.search(text)
    if mainstream and (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text)) and not L.negated(L.clause_of(text, mainstream.start())):
        # a provision's pupils taught in its host school's mainstream classes: "Each of the 7 pupils will remain on
        # roll at Elm Academy and will be taught in mainstream classes" (where they go, stated)
        about = L.clause_of(text, mainstream.start())
        hedged = L.hedge(about) or _first(L.PLACE_HEDGE, about)
        out.append(Finding("alternative_provision_hoped", "supports", s, hedged) if hedged
                   else Finding("alternative_provision_stated", "supports", s, mainstream.group(0)))
        return out
    finish = _FINISH_AT.search(text)
    if finish and L.PUPILS.search(text) and not L.negated(_without_who(L.clause_of(text, finish.start()))):
        # "pupils entering Years 10 and 11 (22 pupils) will complete their secondary education at the Beacon Centre":
        # where that group goes ("will continue their education at the Hub from 16 April 2028" too; but "... at the
        # Lantern until a place becomes available at a special school" is a wait for a place)
        about = L.clause_of(text, finish.start())
        waiting = _waits_for_a_place(s, about)
        if waiting:
            return out + [waiting]
        hedged = L.hedge(about) or _first(L.PLACE_HEDGE, about)
        return out + [Finding("alternative_provision_hoped", "supports", s, hedged) if hedged
                      else Finding("alternative_provision_stated", "supports", s, finish.group(0))]
    if not (L.ALT_STRONG.search(text) or L.ALT_MOVE.search(text)):  # (a clause's words are the sentence's)
        # (a note's plan for a group: "KS4 (Y10-11, 9 pupils): to attend the Beacon ... until a place becomes available")
        # (or pupils kept where they are, or somewhere for now, until a place comes free: "Pupils in Years 7 and 8 will
        # remain on the roll of the Centre ... until a place becomes available in a Partnership school")
        waiting = _waits_for_a_place(s, text) if _GROUP_LABEL_MOVE.match(text) or (
            "until" in text and _KEPT_UNTIL.search(text)) else None
        return out + [waiting] if waiting else out
    clauses = []
    for a, b in L.clause_spans(text):
        clause = text[a:b]
        if _status_quo(clause) or L.TRANSPORT.search(clause) or _MOVE_WITHIN.search(clause) or _HOST_ROLL.search(clause):
            continue
        m = L.ALT_STRONG.search(clause)
        if m is None:
            move = L.ALT_MOVE.search(clause)
            if (
                move and (L.PUPILS.search(clause) or L.ELIDED_PUPILS.search(clause) or (a > 0 and _FOR_GROUP.match(text)))
                # in a sentence about new or more places only a definite move ("will all transfer to the new
                # school") or a written confirmation, not "will be considered for places at the new school"
                and (not L.PLACES_INCREASE.search(text) or L.found(L.CONFIRMED_WRITING, clause) or _DEFINITE_MOVE.match(move.group(0)))
                and not _STAFF_WORD.search(clause[: move.start()])
            ):
                m = move
        if m is not None:
            clauses.append((clause, m))
    for clause, m in clauses:
        confirmed = L.CONFIRMED_WRITING.search(clause)
        # (a receiver's agreement already given, not in writing, states where they go, only not confirmed in writing)
        arrangement = _arrangement_only(clause)
        h = L.provider_hedge(_BASIS.sub(" ", arrangement) if "prefer" in clause or "wish" in clause or "choice" in clause else arrangement)
        find = L.FIND_PLACES.search(clause)
        if h and L.PLACE_HEDGE.search(arrangement):
            out.append(Finding("alternative_provision_hoped", "supports", s, h))
            continue
        if L.negated(clause) and L.negated(_without_who(clause)):
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
        waiting = _waits_for_a_place(s, clause)
        if waiting:
            out.append(waiting)
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


def listed_places(sents: list[Sentence], findings: list[Finding]) -> list[Finding]:
    """A list under a sentence that sends pupils somewhere and ends with a colon names the places in its items: an
    item that begins with a school's name states that destination ("Every pupil has been offered a named place at one
    of two special schools:" "- Beckside School, Moor Lane (for pupils living south of the river), or"); an item's own
    hedge makes it only hoped for, and an item already read says what it says."""
    intros = {id(f.sentence) for f in findings if f.fact == "alternative_provision_stated" and f.role == "vague"
              and f.sentence.text.rstrip().endswith(":")}
    if not intros:
        return []
    read = {id(f.sentence) for f in findings if f.fact.startswith("alternative_provision_")}
    out, intro = [], None
    for s in sents:
        if s.kind != "item":
            intro = s if id(s) in intros else None
            continue
        if intro is None or id(s) in read:
            continue
        item = " " + s.text.lstrip(" -*•\t")
        name = L.PROPER_NAME.match(item, 1)
        if name is None or L.PRU.search(name.group(0)) or L.negated(item):
            continue
        hedged = L.hedge(item)
        out.append(Finding("alternative_provision_hoped", "supports", s, hedged) if hedged
                   else Finding("alternative_provision_stated", "supports", s, name.group(0).strip()))
    return out


def _waits_for_a_place(s: Sentence, text: str) -> Finding | None:
    """Pupils kept somewhere "until a special school place becomes
    available" (in a clause, or a row of a table of moves): the place is
    still to be found.  Said of a named school ("... until a special school
    place becomes available for them at Fountains Bridge"), it is a wait for a
    place there; no hope to find places elsewhere when that school has
    confirmed in writing it will admit all the pupils (the wait's length is
    para 23's), else a place still to be had."""
    open_ended = L.OPEN_ENDED.search(text)
    if not open_ended:
        return None
    wait = _NAMED_WAIT.match(text[open_ended.start():open_ended.end() + 40])
    return Finding("alternative_provision_hoped", "supports", s, open_ended.group(0), wait.group("name") if wait else True)


# A stay said with its upper bound, or as a bridge ("for no more than six school weeks while their new places are
# prepared", "for an interim period"), right after "each pupil will stay at ...": a stay elsewhere for a time.
_STAY_FOR_A_TIME = re.compile(
    r"[^.;:]{0,80}?\b(?:for\s+(?:no\s+more\s+than|not\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of|no\s+longer\s+than)\s+"
    r"(?:\w+\s+){1,2}(?:school\s+)?(?:days?|weeks?|terms?|half[- ]terms?|months?)|temporar\w*|interim|bridging|as\s+a\s+bridge)\b", re.I)


# Which pupils a sentence is about, said by what is true of them now: "Pupils who cannot be admitted to Elm School
# then will attend ...", "Pupils for whom no special school place is available will attend ...": its negation is the
# group's, not the arrangement's.
# (the group's own verb first, the arrangement's after it: "All 33 pupils who will be on roll in July and not leaving
# Year 11 will have a place at ...")
_WHO_GROUP = re.compile(
    r"\b(?:who|for\s+whom|whose)\s+[^.;:,]{0,120}?(?=\s(?:will|would|shall|are\s+to)\s+(?:then\s+|instead\s+)?"
    r"(?:continue|attend|stay|remain|be|go|move|transfer|join)\b)"
    r"|\bwho\s+(?:will|would)\s+(?:still\s+)?be\s+(?:on\s+(?:the\s+)?roll|of\s+school\s+age|in\s+Years?\b)[^.;:,]{0,100}?"
    r"(?=\s(?:will|would|shall|are\s+to)\s+(?:then\s+|instead\s+|all\s+)?(?:have|be|continue|attend|transfer|move|go|join)\b)", re.I)


def _without_who(clause: str) -> str:
    return _WHO_GROUP.sub(" ", clause) if "who" in clause.lower() else clause


# Who goes with the pupils, said after where they go: "with their classes and (where possible) their class teams",
# "with their tutors and, where possible, their teaching assistants": a hedge in it is the companions', not the move's.
_WITH_COMPANIONS = re.compile(
    r"\bwith\s+(?:(?:and\s*|,\s*)?(?:\([^()]{1,40}\)\s*|,\s*[^,()]{1,30},\s*)?(?:their|its|his\s+or\s+her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:class(?:es|mates)?|(?:class\s+)?teams?|groups|staff|teachers?|key\s*workers?|(?:teaching\s+)?assistants?|friends|peers|tutors?)\b\s*)+",
    re.I)
# A who-clause that is the speaker's, not the pupils': "pupils who we hope will transfer".
_WHO_SPEAKER = re.compile(r"\w+\s+(?:we|I|it|they|the\s+(?:council|authority|trust|la))\b", re.I)


def _arrangement_only(clause: str) -> str:
    """A move's clause without the words about the pupils or their companions, whose hedges are theirs, not the
    move's: which pupils ("Pupils who wish to stay with their friends will transfer to Elm School"), how many
    ("(we expect eight)", ``language.hedge``), who goes with them ("with their classes and (where possible) their class
    teams")."""
    if "who" in clause.lower():
        clause = _WHO_GROUP.sub(lambda m: m.group(0) if _WHO_SPEAKER.match(m.group(0)) else " ", clause)
    return _WITH_COMPANIONS.sub(" ", clause) if "with" in clause else clause




# The pupils named first, what is arranged for them after: "For the other eight pupils, all in Year 10, whose plans
# ..., we intend to arrange places at Elm College" (the arrangement's clause is about them).
_FOR_GROUP = re.compile(
    r"\W*(?:\*\*[^*]{1,12}\*\*\s*|\(?[A-Za-z]?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+)?(?:for|as\s+for)\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:pupils?|children|students?|young\s+people)\b", re.I)


# What an arrangement follows, whose own words are not the arrangement's: "would be offered places as follows,
# following the provisional preferences discussed with each family" (the families' preferences are provisional).
_BASIS = re.compile(
    r"\b(?:following|after|in\s+line\s+with|based\s+on|reflecting)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:preferences|wishes|choices)\b[^,;:]*", re.I)


_NOT_A_STAY = re.compile(r"\s?in\s+(?:accordance|line)\b", re.I)  # (from the match's last word: "continue in accordance")


# Pupils kept somewhere in the meantime: "Pupils would stay at the Beacon Centre until ...", "will remain on the roll of".
# (or attend somewhere, the group described between: "Pupils in Year 10 in 2026-27 (9 pupils), who will be starting
# Year 11, would attend the Westgate Learning Centre until a place becomes available for them at Moorfield")
_KEPT_UNTIL = re.compile(
    r"\b(?:pupils?|children|students?|young\s+people|they)\b\)?(?:\s+(?:[\w-]+\s+){0,6}?|[^.;:]{0,80}?,\s+"
    r"|\s+(?:[\w-]+\s+){0,6}?(?:who|for\s+whom|whose)\s+[^.;:,]{0,120}?\s+)(?:will|would|are\s+to|shall|may)\s+(?:then\s+)?"
    r"(?:remain|stay|continue|carry\s+on|be\s+kept|be\s+taught|be\s+educated|attend)\b", re.I)


# Whose roll the pupils of a resourced provision are on: "Pupils would be on the roll of the host school and spend
# ... in their mainstream class" (the school the provision is part of, not a school receiving displaced pupils).
_HOST_ROLL = re.compile(r"\bon\s+the\s+roll\s+of\s+(?:the|its|their)\s+host\s+schools?\b", re.I)


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
# Pupils kept on a named school's roll and taught in its mainstream classes (or moved into them): "will remain on roll at
# Elm Academy and will be taught in mainstream classes", "will be taught full-time in mainstream lessons at Elm Academy".
_INTO_MAINSTREAM = re.compile(
    r"\b(?:remain|stay)\s+on\s+(?:the\s+)?roll\s+(?:at|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+and\s+(?:will\s+)?"
    r"be\s+(?:taught|educated)\s+(?:full[- ]time\s+)?in\s+(?:its\s+|their\s+|the\s+)?mainstream\s+(?:classes|lessons)\b"
    r"|\bbe\s+(?:taught|educated)\s+(?:full[- ]time\s+)?in\s+(?:its\s+|their\s+|the\s+)?mainstream\s+(?:classes|lessons)\s+(?:at|of)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}", re.I)


_GROUP_TO = re.compile(
    r"^\s*(?:\(?[a-z\d]{1,3}[.)]\s+)?(?:\d+|" + L._NUMBER_WORDS + r")\s+(?:[\w-]+\s+){0,2}?(?:pupils?|children|students?|young\s+people)"
    # (a slide's arrow is "to": "10 pupils -> Blyburgh Academy from 1 Sept 2027")
    # (which pupils, in a bracket: "34 pupils (primary and Key Stage 3 pupils with autism) to Westfield School")
    r"(?:\s*\([^()]{1,80}\))?(?:\s+(?:in|from)\s+(?:[\w-]+\s+){1,4}?)?(?:\s+(?:to|at|into)\s+|\s*(?:->|→|=>)\s*)(?P<dest>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?-i:[A-Z])[\w'’-]+)",
    re.I)
# Where pupils go, put off: "the options for these pupils will be discussed with their families".
_DESTINATION_PUT_OFF = re.compile(
    r"\b(?:options?|destinations?|placements?|next\s+schools?|where\s+(?:they|these\s+pupils|each\s+(?:child|pupil))\s+(?:will\s+)?go)\b"
    r"(?:\s+[\w'’]+){0,6}?(?:,(?:\s+[\w'’]+){1,6},)?\s+(?:will|are\s+to|is\s+to|would)\s+be\s+(?:discussed|considered|decided|explored|reviewed|determined|looked\s+at)\b",
    re.I)
# A move whose destinations follow a colon: "will move: pupils of primary age to Greenacre, and ...".
# (when, between the verb and the colon: "would transfer on 4 September 2028: 16 pupils ... to Greyfriars School")
_MOVE_THEN_WHERE = re.compile(r"\b(?:will|would|are\s+to|shall)\s+(?:all\s+)?(?:move|transfer|go)(?:\s+as\s+follows)?"
                              r"(?:\s+(?:on|in|from|at\s+the\s+(?:start|end)\s+of)\s+[\w ]{1,40}?)?\s*:\s", re.I)
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
    r"|join\b|(?:will|would|shall|can|to)\s+take\b|will\s+be\s+(?:taught|educated)\s+(?:at|in)\b", re.I)  # (only those ALT_MOVE reads as moves)
# A closure that has happened: a closure word in the past tense ("closed", "amalgamated"; not after "will be", "to be",
# "is", nor an adjective after "the": "the merged school will open in 2028"), said with "was" or "has been", dated by a
# year ("the former infant school (closed 2024)", "the school amalgamated with Quayside Infants in 2025") or after
# "since" or "when" ("has been vacant since the school amalgamated"): history, not what the proposal does.
_PAST_FORM = re.compile(r"(?:clos|discontinu|ceas|merg|amalgamat|relocat|decommission)ed\b", re.I)
_NOT_PAST_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|must|may|might|could|can|to|is|are|being|be|the|a|an|its|their|newly|proposed|planned)\s+(?:be\s+)?$", re.I)
_PAST_SAID = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$", re.I)
_PAST_DATED = re.compile(r"(?:(?!\b(?:will|would|shall|is\s+to|are\s+to|be)\b)[^.;:])*?\b(?:19|20)\d\d\b", re.I)
_PAST_SINCE = re.compile(r"\b(?:since|after|when|before)\s+(?:[\w'’-]+\s+){1,5}?$", re.I)


def _in_the_past(clause: str, m: re.Match) -> bool:
    """The closure word ``m`` of ``clause`` tells of a closure that has happened (above)."""
    if not _PAST_FORM.match(clause, m.start()):
        return False
    before = clause[max(0, m.start() - 60):m.start()]
    if _PAST_SAID.search(before):
        return not re.match(r"\w*\s+(?:on|from|with\s+effect)\b", clause[m.start():], re.I)
    if _NOT_PAST_BEFORE.search(before):
        return False
    return bool(_PAST_SINCE.search(before) or _PAST_DATED.match(clause[:m.end() + 80], m.end()))


# A merger of support services or teams (DCSF 2008 Standard 5 applies the Test to them): no school closes.
_SERVICE_MERGER = re.compile(r"(?:merg|amalgamat)\w*\s+(?:[\w'’()-]+\s+){0,4}?(?:services?|teams?)\b", re.I)


# Premises, not a provision, closing: "The Moorside site will close when the school leaves it", "close the
# Tenmouth building", "close the team's Lapwing Road office": the school, unit or service goes on elsewhere.
_PREMISES = r"(?:site|building|premises|campus|annexe?|office)s?"
_PREMISES_BEFORE = re.compile(
    r"\b" + _PREMISES + r"\s+(?:(?:will|would|shall|is\s+to|are\s+to|can)\s+)?(?:(?:then|also|now|therefore)\s+)?(?:be\s+)?$", re.I)
# ("closure of the Fernhill Road site", "CLOSURE OF THE FERNHILL ROAD SITE"; "cease to use the Pilgrim's Lane site";
# "close the school's Gull Street site")
_PREMISES_AFTER = re.compile(r"\w*\s+(?:of\s+|(?:to\s+use|using|to\s+operate\s+(?:from|on)|operating\s+(?:from|on))\s+)?(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}" + _PREMISES + r"\b", re.I)


def _premises_only(clause: str, m: re.Match) -> bool:
    """The closure word ``m`` in ``clause`` closes premises (a site, a
    building), not a school or unit."""
    return bool(_PREMISES_BEFORE.search(clause, 0, m.start()) or _PREMISES_AFTER.match(clause, m.end()))


def _names_the_test(s: Sentence) -> bool:
    """A heading naming the Test or citing its paragraphs ("Part D - Para 23 (BESD/SEMH school closure)"): its words
    are the Test's, the title of the part that answers it, not what the proposal does."""
    return s.kind == "heading" and bool(L.TEST_PARAGRAPH.search(s.text) or L.found(L.META, s.text))


# A closure of a school in general, in the Test's words ("pupils displaced by closure of a BESD school", a row
# labelled "Closure of a BESD school"): no school the proposal closes.
_CLOSURE_IN_GENERAL = re.compile(r"\b(?:closure|closing|discontinuance)\s+of\s+an?\s+(?:BESD|SEMH|special|[\w()/-]+\s+special)\s+schools?\b", re.I)


# The title of the statute proposals are made under, after the closure word: "... (Establishment and
# Discontinuance of Schools) (England) Regulations 2013".
_STATUTE_TITLE = re.compile(r"\s+of\s+(?-i:Schools)\b", re.I)


def _closure_clauses(text: str) -> list[tuple[str, re.Match]]:
    """The clauses of ``text`` with a closure word, each with its first closure word that is not in the title of the
    statute proposals are made under: a notice "under the School Organisation (Establishment and Discontinuance of
    Schools) (England) Regulations 2013 that the Council intends to discontinue Marshgate School" closes the school."""
    out = []
    for clause, m in _clauses_with(L.CLOSURE, text):
        while m is not None and _STATUTE_TITLE.match(clause, m.end()):
            m = L.CLOSURE.search(clause, m.end())
        if m is not None:
            out.append((clause, m))
    return out


def _closure_in_general(clause: str) -> bool:
    return " of a" in clause and bool(_CLOSURE_IN_GENERAL.search(clause)) and not L.PROPER_NAME.search(clause)


def _closure(s: Sentence) -> Finding | None:
    text = s.text
    if text.rstrip().endswith("?") or _names_the_test(s):  # a question ("Does this mean a school or unit is closing?") closes nothing
        return None
    for clause, m in _closure_clauses(text):
        # (a consultation's closing, not a school's: "the consultation closes on 16 December"; a slide's line after the
        # proposal, "Proposal to close Hartsholme Lodge School (BESD) Consultation open 21 October", closes the school)
        if _CONSULTATION_CLOSING.search(clause[: m.end()]) or _CLOSING_DATE.match(clause[m.end():]):
            continue
        while m is not None and _in_the_past(clause, m):  # "the former infant school (closed in 2023)": history, not the
            m = L.CLOSURE.search(clause, m.end())  # proposal (but "... relocated there in 2023 and will now close" is)
        if m is None:
            continue
        if _SERVICE_MERGER.match(clause, m.start()):  # "the merged service will have ...": services, not schools, merge
            continue
        if _premises_only(clause, m):  # "The Moorside site will close when the school leaves it": premises, not a school
            continue
        if _closure_in_general(clause):
            continue  # the Test's words, "Closure of a BESD school", as a row's label: no school closed
        subject = _subject_line(text, clause, m)  # ("Re: Fernhill School (SEMH) - closure & Oakridge expansion")
        if not (L.SCHOOL.search(clause) or L.PROPER_NAME.search(clause) or re.search(r"\b(?:unit|base|provision)\b", clause, re.I)
                or subject):
            continue
        if L.negated(clause):
            continue
        return Finding("alternative_provision_needed", "supports", s, m.group(0), True)
    return None


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
        if pru is _PRU_BACK and _THERE_A_SCHOOL.search(clause, 0, m.start()):
            # "there" is a school the clause names before it, not the PRU of the sentence before: "A pupil whose review
            # concludes that another special school would meet their needs better will be placed there"
            continue
        if not (L.PLACEMENT.search(rest) or re.search(r"\b(?:remain|stay|continue)\w*\b", rest, re.I) or _GROUP_TO.match(text)):
            continue
        if not (re.search(r"\b(?:will|would|shall|may|might|could|can|to be|are to|is to|placed|placement|placements)\b", clause, re.I)
                or _DATED_FROM.search(clause)  # (a plan in the present, dated: "attend the Centre from 1 September 2027")
                or _GROUP_LABEL_MOVE.match(text)):  # (a note's plan for a group: "Y10/Y11 (17 pupils): transfer to the ...")
            continue
        if _PRU_NOW.search(clause) and not re.search(r"\bwill\b", clause, re.I):
            continue
        if (_BODY_OF.search(clause, 0, m.start()) or _BODY_AFTER.match(clause, m.end())) and (
                L.WRITTEN_STATEMENT.search(text) or _ASKED_VIEWS.search(text)):
            continue  # the PRU's committee among those asked for views ("sent to ... the management committee of the PRU")
        if _ASKED_VIEWS.search(text) and not _placed_in(clause, m.start()):
            continue  # the PRU among those asked ("sent a written statement to the Council, ... and the city's PRU, inviting views")
        # (a negation counts where it governs the placement, not in a reason given before it: "several have told
        # us they do not wish to move school twice, the nine Year 10 pupils will be placed at The Bridge")
        governed = _governed(clause, m.start())
        if L.negated(governed):
            out.append(Finding("besd_pupils_to_pru", "negated", s, _neg_word(governed), False))
            continue
        out.append(Finding("besd_pupils_to_pru", "against", s, m.group(0), True))
        # How long: in this sentence, else the next in the same paragraph.
        found = len(out)
        out += pru_stay_length([s] + following)
        possible = L.hedge(clause) or _first(_POSSIBLE, clause)  # ("may attend the" is no permission here)
        if len(out) == found and possible:
            # "Some pupils may attend the PRU": a placement only possible, for a length not stated; whether it is
            # long-term is left open (not known), not said
            out.append(Finding("besd_pru_time_limited", "hedged", s, possible, None))
        break
    return out


def pru_stay_length(texts: list[Sentence]) -> list[Finding]:
    """How long a PRU stay runs, from the first of ``texts`` (the sentence placing pupils there, then those after
    it) that says: long-term or until a place is found (no limit), a limit (said of nobody: "no pupil will be at
    Rowan Park for more than six school weeks"), the longest length given (in numbers, where it gives one:
    :func:`~senrules_proposals.language.longest_limit`), or only that it is temporary (then the
    length one of the next two gives, if any: "pupils would spend a short period at Pathways. This would be for one
    term only")."""
    temporary: Finding | None = None
    said_at = 0
    for k, t in enumerate(texts):
        if temporary is not None:
            if k > said_at + 2:
                break
            limit = L.TIME_LIMIT.search(t.text)
            if limit:
                limit = L.longest_limit(t.text)
                return [temporary, Finding("besd_pru_weeks", "supports", t, limit.group(0).strip(), L.limit_weeks(limit))]
            continue
        limit = L.TIME_LIMIT.search(t.text)
        long_term = L.LONG_TERM.search(t.text)
        if long_term and not L.negated(_governed(L.clause_of(t.text, long_term.start()), None, t.text, long_term.start())):
            return [Finding("besd_pru_time_limited", "against", t, long_term.group(0), False)]
        open_ended = L.OPEN_ENDED.search(t.text)
        if open_ended and not limit:  # "until a special school place becomes available": no limit
            return [Finding("besd_pru_time_limited", "against", t, open_ended.group(0), False)]
        nobody = _NOBODY_LONGER.search(t.text) if not limit else None
        if nobody:
            # "no pupil will be at Rowan Park for more than six school weeks": a limit, said of nobody
            said = L.TIME_LIMIT.search(f"no more than {nobody.group('n')} {nobody.group('unit')}")
            if said:
                return [Finding("besd_pru_time_limited", "supports", t, nobody.group(0), True),
                        Finding("besd_pru_weeks", "supports", t, nobody.group(0), L.limit_weeks(said))]
        if limit:
            # every length the sentence gives, the longest it counts kept: "until the end of the summer term 2030
            # (about 38 school weeks)" is 38 weeks, not one term; "will not be ready until the summer term, ... for no
            # more than eight weeks" is eight
            limit = L.longest_limit(t.text)
            weeks = L.limit_weeks(limit)
            return [Finding("besd_pru_time_limited", "supports", t, limit.group(0).strip(), True),
                    Finding("besd_pru_weeks", "supports", t, limit.group(0).strip(), weeks)]
        temp = L.TEMPORARY.search(t.text)
        if temp:
            temporary, said_at = Finding("besd_pru_time_limited", "supports", t, temp.group(0), True), k
    return [temporary] if temporary else []


# The people of a PRU, who may be asked for views: "the management committee of the PRU", "the PRU's headteacher".
_BODY_OF = re.compile(
    r"\b(?:management\s+committee|governing\s+(?:body|board)|governors|headteachers?|head\s+teachers?|staff|managers?)\s+of\s+(?:the\s+)?$",
    re.I)
# What may stand between a placement word and the PRU it governs: "placed in the", "attend the Borough's",
# "referred to", "complete their education at the" (not another school: "attend Fernlea and the Borough's").
_PLACED_GAP = re.compile(r"(?:\s+(?:to|at|in|into|on|by|the|a|an|its|their|our|[\w-]+['’]s|roll\s+of))*\s*$", re.I)


def _placed_in(clause: str, at: int) -> bool:
    """A placement word governs the PRU named at ``at`` in ``clause``."""
    return any(_PLACED_GAP.fullmatch(clause, p.end(), at) for p in L.PLACEMENT.finditer(clause, max(0, at - 80), at))


# (or to respond or reply: "sent a joint written statement ... to ... the Hadley Pupil Referral Service ..., inviting
# each to respond in writing")
_ASKED_VIEWS = re.compile(r"\b(?:views?|consult\w*|comments?|responses?|respond|repl(?:y|ies)|representations?)\b", re.I)
_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:management\s+committee|governing\s+(?:body|board)|governors|headteachers?|head\s+teachers?|staff|managers?)\b", re.I)


# A limit said of nobody: "no pupil will be at Rowan Park for more than six school weeks".
_NOBODY_LONGER = re.compile(
    r"\b(?:no\s+(?:pupil|child|student|young\s+person)|nobody|no\s+one|no-one|none\s+of\s+them)\b[^.;:]{0,80}?\b(?:for|spend|stay|remain)\s+(?:more|longer)\s+than\s+"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|half\s+a)\s+"
    r"(?P<unit>(?:school\s+|teaching\s+)?(?:days?|weeks?|half[- ]terms?|terms?|months?))\b", re.I)


# A group of pupils, a colon, and where they go, as notes put a plan: "KS4 (Y10-11, 9 pupils): to attend the Beacon ...".
_GROUP_LABEL_MOVE = re.compile(
    r"^[^:]{0,60}\b(?:pupils?|children|students|Y(?:ear)?\s?\d{1,2}|KS\s?\d|key\s+stage\s+\d)\b[^:]{0,20}:\s*(?:to\s+)?(?:transfer|attend|move|go)\b", re.I)


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
    # (not from the comma of an apposition the PRU's words stand in: "No pupil will go to the Beacon Centre, the
    # county's pupil referral unit, or ...")
    comma = head.rfind(",")
    if comma >= 0 and _APPOSITION_OPENS.match(head, comma):
        comma = head.rfind(",", 0, comma)
    # (nor from a comma that opens an example of what the clause before it says: "none will be placed in any other
    # provision, including the Brinscombe Learning Centre": the negation governs the example too)
    while comma >= 0 and _EXAMPLE_OPENS.match(head, comma):
        comma = head.rfind(",", 0, comma)
    return clause[comma + 1:] if comma >= 0 else clause


# A comma that opens an apposition running up to the PRU's words: ", the county's", ", its".
_APPOSITION_OPENS = re.compile(r",\s+(?:the|a|an|its|their|our)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_EXAMPLE_OPENS = re.compile(r",\s+(?:including|such\s+as|let\s+alone|not\s+even|nor|or|and\s+in\s+particular)\b", re.I)


_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|if\s+needed|where\s+necessary)\b", re.I)


_SCHOOL_NAME = re.compile(
    r"(?<![\w'’-])((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+){1,3}?)(?:(?:Community|Special|Primary|Secondary|High|Infant|Junior)\s+)*"
    r"(?:School|Academy|College)\b")
_NOT_SCHOOL_NAMES = {"the", "a", "an", "this", "that", "each", "every", "our", "their", "its", "any", "no", "new", "other",
                     "county", "council", "borough", "city", "local", "special", "community", "free", "foundation", "maintained",
                     "day", "residential", "mainstream", "secondary", "primary", "high", "middle", "all", "both", "one"}
# A sentence's first word, capitalised, before a school's name: "At Westbrook School pupils could take ...".
_LEADING_WORDS = {"at", "in", "to", "from", "for", "with", "by", "and", "but", "both", "when", "while", "once", "like"}


_SCHOOLS_LISTED = re.compile(r"\bspecial\s+schools\s*(?:are\s*)?:\s*(?P<list>[^.;:]{3,300})", re.I)
_LISTED_NAME = re.compile(r"(?:^|,\s+|\band\s+)((?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+){0,2})(?=\s*(?:\(|,|\band\b|$))")


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
            while words and (words[0].lower() in _NOT_SCHOOL_NAMES or words[0].lower() in _LEADING_WORDS):
                words = words[1:]
            short = " ".join(words)
            if len(short) >= 4 and not any(w.lower() in _NOT_SCHOOL_NAMES for w in words):
                found.add(short)
    # (the schools of a list led by their kind, their names bare: "three SEMH special schools: Dunmore (28 places),
    # Harbour View (36 places) and Fellside (24 places)")
    for s in sents:
        lead = _SCHOOLS_LISTED.search(s.text) if "chools" in s.text else None
        if lead:
            for m in _LISTED_NAME.finditer(lead.group("list")):
                if len(m.group(1)) >= 4 and m.group(1).split()[0].lower() not in _NOT_SCHOOL_NAMES:
                    found.add(m.group(1))
    found = {n for n in found if not any(n in b or b in n for b in besides if b)}
    # (and "the" with a name's last word, where the document writes it so: "the Vale" of Marlow Vale School)
    # (a substring search first: most sentences write no such "the")
    lasts = {n.split()[-1] for n in found if " " in n}
    said = {m.group(1) for the_w in [f"the {w}" for w in lasts] for s in sents if the_w in s.text
            for m in _THE_CAPITALISED.finditer(s.text)}
    found |= {f"the {w}" for w in lasts & said if not any(w in b for b in besides if b)}
    return L.names(tuple(sorted(found))) if found else None


_THE_CAPITALISED = re.compile(r"\bthe\s+((?-i:[A-Z])[a-z'’]+)\b(?!\s+(?-i:[A-Z]))")


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
                # ("Norwold County Council" is Norwold's: "the other special schools in Norwold"; and "City of Dunmere
                # Council" Dunmere's: "MLD special school places in Dunmere")
                out.add(re.sub(r"(?:[ -](?:Metropolitan|County|Borough|City|District|Council))+$", "", m.group(1) or m.group(2)))
    return frozenset(out)


_SCHOOL_NAMED = re.compile(r"\b((?-i:[A-Z])[\w'’-]*)((?:\s+(?-i:[A-Z])[\w-]*){1,3}?\s+(?:School|Academy|College))\b")


def schools_by_first_word(sents: list[Sentence]) -> dict[str, set[str]]:
    """The schools the document names ("Ulverby Bridge School"), by their first word ("Ulverby")."""
    out: dict[str, set[str]] = {}
    for s in sents:
        if "School" in s.text or "Academy" in s.text or "College" in s.text:
            for m in _SCHOOL_NAMED.finditer(s.text):
                out.setdefault(m.group(1), set()).add(m.group(0))
    return out


def _names_another(short: str, p: Provider, schools: dict[str, set[str]]) -> bool:
    """``short``, one of the names of provider ``p`` (a PRU), also begins
    the name of a school (``schools``, by first word: "Ulverby" of "Ulverby
    Pupil Referral Unit" in "Ulverby Bridge School"): a place's name, not
    the PRU's, so it is not read as naming it."""
    if " " in short or short not in schools:
        return False
    own = [n for n in p.names if n.startswith(short + " ")]
    return any(not any(name.startswith(n) or n.startswith(name) for n in own) for name in schools[short])


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


# The school an EHC plan is to name is the pupil's place: "will amend each pupil's EHC plan to name Ridgeway Academy".
_PLAN_TO_NAME = re.compile(r"\bplans?\s+(?:\w+\s+){0,3}?to\s+name\b", re.I)


# Where pupils are now, not where they go: "Pupils on roll at Bramwell School ...", "pupils from Ash School".
_NOW_AT = re.compile(
    r"\b(?:(?:pupils?|children|students?)\s+(?:currently\s+)?(?:on\s+(?:the\s+)?roll\s+(?:at|of)|at|from)|leav\w*|clos\w*(?:\s+of)?"
    r"|discontinu\w*(?:\s+of)?)\s+(?:the\s+)?$", re.I)


def _name_not_left(text: str) -> re.Match | None:
    """The first school the sentence names, passing over one named as where the pupils are now when another is named
    after it ("Pupils on roll at Ash School ... will be offered places at Elm School"); alone, it may be where they
    stay (a site closing: "All pupils on roll at Ash School ... will be taught at the main site")."""
    names = list(itertools.islice(L.PROPER_NAME.finditer(text), 8))
    return next((m for m in names if not _NOW_AT.search(text, max(0, m.start() - 40), m.start())), names[0] if names else None)


def _hedge_of(clause: str) -> str | None:
    """The clause's hedge, an EHC plan's naming aside ("will amend each pupil's EHC plan to name Birch Academy" is no
    plan to do something), and a receiver's agreement not in writing too (:func:`language.provider_hedge`)."""
    return L.provider_hedge(_PLAN_TO_NAME.sub(" plans name", clause) if "plan" in clause else clause)


_TO_PLACE = re.compile(r"\b(?:to|at|into|joins?|joining)\s+(?:the\s+)?$", re.I)


def _destination_named(schools: re.Pattern, text: str) -> re.Match | None:
    """A school the document named, named as where pupils go ("transfer to
    Derwent Edge", "places at Kestrel Hill", or kept: "stay on Kestrel
    Hill's roll"), not as a subject ("Lowther Street has 27 pupils on
    roll")."""
    for m in schools.finditer(text):
        if _TO_PLACE.search(text, max(0, m.start() - 12), m.start()) or (
                _ON_ROLL_OF.match(text, m.end()) and re.search(r"\bon\s+$", text[max(0, m.start() - 4): m.start()])):
            return m
    return None


_ON_ROLL_OF = re.compile(r"['’]s?\s+roll\b")


def _special_places(s: Sentence, schools: re.Pattern | None = None, pru: re.Pattern | None = None) -> list[Finding]:
    """The special school places a sentence names for the displaced pupils (``pru``: the PRU by any name the
    document gave it, which is no special school place: "the Orchard Centre", named as the PRU elsewhere)."""
    text = _without_option(s.text)
    if s.kind == "heading":
        return []
    # (a school formed by the change is a special school place: "will become pupils of the amalgamated school";
    # a school the document named in full is named by its short name: "will all transfer to Derwent Edge")
    place = (L.SPECIAL_PLACE.search(text) or _name_not_left(text) or _FORMED_SCHOOL.search(text)
             or (_destination_named(schools, text) if schools is not None else None))
    if not place or not (L.PUPILS.search(text) or L.ELIDED_PUPILS.search(text)):
        return []
    waiting = L.OPEN_ENDED.search(text) if "until" in text else None
    if waiting and place.start() >= waiting.start():
        return []  # the place waited for: "... will attend the Bridge until a place becomes available at a special school"
    # an item of a list of where each group goes ("26 pupils to Kestrel Hill School;") takes its verb from the list's lead
    listed = s.kind == "item" and _GROUP_TO.match(text)
    if not (listed or _PLACE_NOUN.search(text) or L.PLACEMENT.search(text) or _PLAN_TO_NAME.search(text)):
        return []
    if L.PRU.search(text) and not L.SPECIAL_PLACE.search(text) and not all(L.negated(c) for c, _ in _clauses_with(L.PRU, text)):
        return []  # (a PRU named only to say no pupil goes there places none there: "... and no pupil will be placed in the PRU")
    if pru is not None and not L.SPECIAL_PLACE.match(place.group(0)) and pru.search(place.group(0)):
        # (the place named is the PRU: another place the sentence names, or none)
        others = [m for m in itertools.islice(L.PROPER_NAME.finditer(text), 8) if not pru.search(m.group(0))]
        if not others:
            return []
        place = others[0]
    clause = _place_clause(text, place, listed)
    if clause is None or L.negated(_without_who(clause)) or _hedge_of(clause):
        # (a notice runs its clauses into one sentence: "... intends to DISCONTINUE Brackenmoor School, a community
        # special school ...; IT IS PROPOSED that ... the pupils ... be transferred as follows: ... to Highcross
        # School, Fellgate, a community special school ..."; "... it is proposed that every pupil ... shall be offered
        # a place at KESTREL VALE SCHOOL ..., so that special school places ... rise": a place named in a clause that
        # says it)
        # (the first few named: a bounded search on a long line)
        others = (*itertools.islice(L.SPECIAL_PLACE.finditer(text), 8), *itertools.islice(L.PROPER_NAME.finditer(text), 8))
        other = next(((m, c) for m in others if m.start() != place.start() and (c := _place_clause(text, m, listed)) is not None
                      and not L.negated(_without_who(c)) and not _hedge_of(c)), None)
        if other is None and clause is None:
            return []
        if other is None and _hedge_of(clause) and _GROUP_COUNTED.search(clause):
            # "It is our intention to secure suitable residential placements for the eight weekly residential pupils":
            # that group's places only intended, so not every displaced pupil has a place named
            return [Finding("besd_pupils_special_places", "against", s, _hedge_of(clause), False)]
        if other is None and not _hedge_of(clause) and L.PRU.search(clause):
            return []  # (only a PRU place denied, "No pupil will be placed at the Tuition Centre or any other pupil referral unit")
        if other is None:
            return [Finding("besd_pupils_special_places", "hedged" if _hedge_of(clause) else "negated", s,
                            _hedge_of(clause) or _neg_word(clause))]
        place, clause = other
    if _CAPACITY.search(clause):
        # "there is sufficient capacity across the city's special schools ... to meet the needs of its pupils": room
        # somewhere, no place named for them
        return [Finding("besd_pupils_special_places", "vague", s, _CAPACITY.search(clause).group(0))]
    if _UNNAMED_PROVISION.search(clause) and not L.PROPER_NAME.search(text[place.end():]) and not _FORMED_SCHOOL.search(text):
        # "Every child will continue to receive specialist provision": a promise in general words, no place named
        return [Finding("besd_pupils_special_places", "vague", s, place.group(0))]
    return [Finding("besd_pupils_special_places", "supports", s, place.group(0))]


# A group of the pupils, counted: "the eight weekly residential pupils", "12 pupils".
_GROUP_COUNTED = re.compile(r"\b(?:\d+|" + L._NUMBER_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?:pupils?|children|students?|young\s+people)\b", re.I)


def _place_clause(text: str, place: re.Match, listed) -> str | None:
    """The clause naming ``place``, with the lead it continues ("IT IS
    PROPOSED that ... the pupils ... be transferred as follows: ... to
    Highcross School"), if it says pupils go there (in the conditional mood,
    "Every child would be offered a place at Addington Vale", or a notice's
    "shall be offered", "be transferred"); else None."""
    clause = L.clause_of(text, place.start())
    start = max((a for a, _ in L.clause_spans(text) if a <= place.start()), default=0)
    lead = _AS_FOLLOWS.search(text, max(0, start - 200), start) if start > 0 else None
    if lead:
        clause = L.clause_of(text, lead.start()) + " " + clause
    elif start > 0 and text[:start].rstrip().endswith(":") and not _MOVE_VERB.search(clause):
        # (the groups after a colon take the places the lead before it gives the pupils: "all 32 pupils had been
        # offered named places: 28 at Fellbrook School and four at ..."; not a lead that only moves them, "will move
        # on 1 September: 12 to Birchwood", where the kind of each place decides, extract/stays.py)
        before = L.clause_of(text, len(text[:start].rstrip()) - 1)
        if _PLACE_NOUN.search(before) and (L.PUPILS.search(before) or L.ELIDED_PUPILS.search(before)):
            clause = before + " " + clause
    if listed or _MOVE_VERB.search(clause) or _GROUP_MOVES.match(text):
        return clause
    return None


# (or the present of a stay: "Pupils remain on the roll of Thornbury Grange School throughout"; or a minute's past: "had
# been offered places at ...")
_MOVE_VERB = re.compile(r"\b(?:will|would|shall|have been|has been|had been|are|is|has|have|be|remain|stay)\b", re.I)
_AS_FOLLOWS = re.compile(r"\bas\s+follows\s*:\s*$", re.I)
_CAPACITY = re.compile(r"\b(?:sufficient|enough|adequate|spare|surplus)\s+(?:capacity\s+(?:across|in|at|within|among)"
                       r"|(?:places|room)\s+(?:across|within|among))\b", re.I)
_UNNAMED_PROVISION = re.compile(r"\b(?:continue\s+to\s+(?:receive|have|get|access)|receive|be\s+offered|have\s+access\s+to)\s+"
                                r"(?:an?\s+|the\s+)?(?:appropriate\s+|suitable\s+)?specialist\s+(?:provision|support|education)\b", re.I)


_COL_DEST = re.compile(r"destination|where|school|provision|placement|setting|moving to|transfer to|receiving|host|arrangements?\b", re.I)
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
    waiting = _waits_for_a_place(s, dest)  # ("The Learning Centre until a place becomes available at Kingfisher School")
    if waiting:
        return [waiting]
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
        # a named school is a place, as in a sentence ("Oak Ridge School | 11 | letter of 8 June"), in a table of where
        # pupils go: one that counts them or whose column says where they go ("School | Places 2027-28 | Places from
        # September 2028" is the schools' places, before and after, not where anyone goes)
        if "count" not in cols and not _COL_DEST_FIRST.search(block.header[cols["dest"]]):
            return []
        if dest and (L.SPECIAL_PLACE.search(dest) or L.BESD.search(dest) or L.PROPER_NAME.search(" " + dest)) and not L.negated(dest):
            return [Finding("besd_pupils_special_places", "supports", s, dest)]
        return []
    out = [Finding("besd_pupils_to_pru", "against", s, dest, True)]
    length = _cell(block, cols, "length") or " ".join(block.cells)
    # a bare number is a length only in the length column ("6" under "Weeks"), not in the whole row ("5; Year 11")
    limit = L.longest_limit(length) or (L.TIME_LIMIT.search("for " + length) if "length" in cols else None)
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
            limit = L.longest_limit(t.text)
            out.append(Finding("besd_pru_time_limited", "supports", t, limit.group(0).strip(), True))
            out.append(Finding("besd_pru_weeks", "supports", t, limit.group(0).strip(), L.limit_weeks(limit)))
    elif L.TEMPORARY.search(length):
        out.append(Finding("besd_pru_time_limited", "supports", s, L.TEMPORARY.search(length).group(0), True))
    then = re.search(r"\bthen\b(.*)", length, re.I)
    if then and (L.SPECIAL_PLACE.search(then.group(1)) or L.PROPER_NAME.search(" " + then.group(1))):
        out.append(Finding("besd_pupils_special_places", "supports", s, then.group(0).strip()))
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


def receivers_named(findings: list[Finding]) -> re.Pattern | None:
    """The places a list of where pupils go sends its groups to, by the first
    word of each ("10 pupils -> Blyburgh Academy": "Blyburgh"): a
    confirmation in writing naming one is about receiving that group."""
    names = {re.sub(r"^the\s+", "", m.group("dest"), flags=re.I).split()[0] for f in findings
             if f.fact == "alternative_provision_stated" and f.role == "supports" and f.sentence.kind == "item"
             and (m := _GROUP_TO.match(f.sentence.text))}
    names = {n for n in names if len(n) >= 4 and n[0].isupper()}
    return L.names(tuple(sorted(names))) if names else None


# A group finishing its schooling somewhere else: "will complete their secondary education at the Beacon Centre".
_FINISH_AT = re.compile(
    # (not "will finish their courses at Thornbury Grange": a year group staying at its school to the end)
    r"\b(?:will|would|shall|are\s+to)\s+(?:all\s+)?(?:complete|finish|continue)\s+(?:their|his\s+or\s+her)\s+(?:(?:secondary|primary|school)\s+)?"
    r"(?:education|schooling)\s+(?:at|in)\s+(?:the\s+)?(?P<dest>(?-i:[A-Z])[\w'’-]+)", re.I)


# The span a PRU stay runs, by its dates: "Between 1 September 2027 and that date", "on 5 January 2027 and will be
# admitted to Ravenscroft when it opens", "until 20 December 2027".
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>[^,;]{3,60}?)\s+and\s+(?P<b>that\s+date|[^,;]{3,60}?)(?=\s*[,;.]|\s+(?:these|the|all|each|they|pupils)\b)", re.I)
# (or a span's end said right after its start: "from 4 September 2028 to 20 October 2028", "6 September-22 October")
_TO_DATE = re.compile(r"\s*(?:to|[-–—])\s*(?=\d)", re.I)
_UNTIL_DATE = re.compile(r"\buntil\s+(?=(?:the\s+)?(?:\d|start|beginning|end|autumn|spring|summer|Easter|[A-Z][a-z]+\s+20\d\d))", re.I)
_WHEN_OPENS = re.compile(r"\b(?:when|once)\s+(?P<what>it|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s+(?:opens|is\s+open|first\s+opens)\b", re.I)
_MOVES_TO_NAME = re.compile(r"\b(?:admitted|transfer\w*|mov\w*|go|join\w*|places?)\s+(?:to|at|into)\s+(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})", re.I)


_UNTIL_EVENT_ON = re.compile(
    r"\buntil\s+[^.;,()]{2,50}?\s+(?:opens|is\s+(?:open|ready|finished|completed?)|begins|starts)\s+(?:on|from)\s+(?=\d)", re.I)
_NEXT_PLACE_ON = re.compile(
    r"\b(?:mov\w*|transfer\w*|join\w*|(?:be\s+)?admitted|start\w*|take\s+up|go)\b[^.;()]{0,80}?\b(?:on|from|at|after)\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri)day,?\s+)?"  # ("will start at Brambleside on Monday 28 February 2028")
    r"(?=\d|the\s+(?:start|beginning)\s+of\s+the\s+(?:autumn|spring|summer)\s+term|Easter\s+20)", re.I)
# The first date after "until", in its clause: "until they join the new class at Rushey Mead at the start of the summer
# term 2028", "until Brushes Lane opens after Easter 2028".
_UNTIL_THEN = re.compile(r"\buntil\b[^.;()]{0,120}?\b(?:on|from|at|after|in|by)\s+(?=\d|the\s+(?:start|beginning|end)\s+of\s+the|"
                         r"(?:the\s+)?\w+\s+half[- ]term\s+(?:of\s+)?20\d\d|"  # ("until ... open after the February half-term 2028")
                         r"(?:autumn|spring|summer)\s+term|Easter\s+20|(?-i:[A-Z])[a-z]+\s+20\d\d)", re.I)


# A term or school year named without its year, its day given after it: "the start of the summer term on 19 April
# 2028", "the start of the autumn term (4 September 2028)".
_TERM_THEN_DAY = re.compile(r"(?:the\s+)?(?:start|beginning|end)\s+of\s+(?:the\s+)?[\w-]+\s+(?:term|half[- ]term|school\s+year)"
                            r"\s*(?:,\s*|\(\s*|on\s+|of\s+)?(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri)day,?\s+)?\d)", re.I)


def _dated_at(text: str, at: int) -> re.Match | None:
    """The date written at ``at`` of ``text``: a date there, else the day a term named there without its year is
    given ("at the start of the summer term on 19 April 2028")."""
    d = L.DATE.match(text, at)
    if d is None and (term := _TERM_THEN_DAY.match(text, at)):
        d = L.DATE.search(text, term.end(), term.end() + 40)
    return d


# A sentence opening with the day the next place begins: "3.2 From 1 September 2027 the 15 pupils ... will move to".
_FROM_DATE_MOVE = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?:from|on)\s+(?=(?:\w+\s+)?\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+20\d\d)", re.I)
_MOVES_ON = re.compile(r"\b(?:will|shall|are\s+to)\s+(?:all\s+)?(?:move|transfer|join|start|be\s+admitted|take\s+up|be\s+taught)\b", re.I)


# The pupils, the subject of the verb that follows: "the pupils will ", "they will then ".
_PUPILS_WILL = re.compile(r"\b(?:pupils|they|children|students|the\s+group)\s+(?:will|would|shall|are\s+to)\s+(?:\w+\s+)?$", re.I)


def _pru_dated_stay_near(sents: list[Sentence], k: int) -> list[Finding]:
    """The PRU stay of sentence ``k`` by the document's dates (:func:`_pru_dated_stay`), or, when that sentence
    gives none, by the sentences after it: the next in its paragraph giving both dates ("Until then, they will
    attend Rowan Park ... Rowan Park places start w/c 6 September 2027 and the pupils transfer to Kestrel Hill at
    the start of the summer term 2028"), or, where the sentence gives the start ("from 4 January 2027, be taught at
    the Orchard Centre"), the next paragraph opening with the day the next place begins ("From 1 September 2027 the
    15 pupils ... will move to the new wing")."""
    found = _pru_dated_stay(sents, k)
    if found:
        return found
    s = sents[k]
    for t in sents[k + 1:k + 3]:
        if t.block == s.block and t.kind != "heading" and L.DATE.search(t.text):
            found = _pru_dated_stay(sents, sents.index(t, k + 1))
            if found:
                return found
    # (the start in the sentence itself or the one before it in its paragraph)
    starts = [m for t in (sents[k - 1] if k > 0 and sents[k - 1].block == s.block else None, s) if t is not None
              for m in L.DATE.finditer(L.with_span_years(t.text))]
    if not starts:
        return []
    for t in sents[k + 1:k + 4]:
        if t.block not in (s.block, s.block + 1) or t.kind == "heading":
            continue
        lead = _FROM_DATE_MOVE.match(t.text)
        d = L.DATE.search(t.text, lead.end()) if lead and _MOVES_ON.search(t.text) else None
        if d is None:
            # the next sentence of the paragraph dating the next place: "They will join Redbrook when the new
            # building opens at the start of the summer term 2028"; or of the next paragraph, the pupils its subject:
            # "3.3 ... and the pupils will start at Brambleside on Monday 28 February 2028"
            nxt = _NEXT_PLACE_ON.search(t.text)
            if nxt and (t.block == s.block or _PUPILS_WILL.search(t.text, 0, nxt.start())):
                d = _dated_at(t.text, nxt.end())
        if d:
            first = min(starts, key=L.date_of)  # (the stay starts on the earliest: "from 6 September to 22 October")
            start, end = (L.date_of(first), first.group(0)), (L.date_of(d), d.group(0))
            if end[0] > start[0]:
                weeks = L.school_weeks_between(start[0], end[0])
                return [Finding("besd_pru_dated_weeks", "supports", s, f"{start[1]} … {end[1]}", weeks)]
            return []
    return []


def _pru_dated_stay(sents: list[Sentence], k: int) -> list[Finding]:
    """How long, by the document's own dates, the PRU stay that sentence
    ``k`` places pupils in runs (in school weeks): from the date they start
    there to the date their next place begins ("that date" of the sentence
    before; "when it opens", the latest date the document gives for that
    school's opening).  A document whose stated length ("no longer than six
    school weeks") its dates contradict is read against itself by the
    ruleset (``besd_pru_dated_weeks``)."""
    s = sents[k]
    text = L.with_span_years(s.text)  # ("from 6 September to 15 October 2027": both days dated)
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
    if start is None and ("to" in text or "-" in text or "–" in text or "—" in text):
        # a span of two dates is the stay, wherever the sentence says it ("... open after the October half term 2027,
        # so they will attend the Centre for no more than six weeks (1 September to 22 October 2027)")
        span = next(((a, b) for a in L.DATE.finditer(text) if (to := _TO_DATE.match(text, a.end()))
                     and (b := L.DATE.match(text, to.end())) and L.date_of(b) > L.date_of(a)), None)
        if span:
            start, end = ((L.date_of(m), m.group(0)) for m in span)
    if start is None:
        # (after "until then", the dates are the stay's own: "The wing opens after Easter 2029; until then, from 4
        # September 2028, ...")
        back = _UNTIL_THEN_BACK.search(text)
        first = (L.DATE.search(text, back.end()) if back else None) or L.DATE.search(text)
        if first is None:
            return []
        start = (L.date_of(first), first.group(0))
        until = _UNTIL_DATE.search(text, first.end()) or _TO_DATE.match(text, first.end())
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
            d = _dated_at(text, nxt.end()) if nxt else None
            if d:
                end = (L.date_of(d), d.group(0))
        if end is None:
            # the next place first, the stay after it: "They will join Rowan Park from 4 January 2028, having attended
            # the Compass from 6 September 2027"
            having = _HAVING_BEEN_FROM.search(text)
            since = L.DATE.match(text, having.end()) if having else None
            nxt = _NEXT_PLACE_ON.search(text, 0, having.start()) if since else None
            d = _dated_at(text, nxt.end()) if nxt else None
            if d:
                start, end = (L.date_of(since), since.group(0)), (L.date_of(d), d.group(0))
    if end is None and start is not None:
        end = _then(sents, k, start[0]) or _event_dated(sents, text, start[0])
    if end is None:
        # the next place's opening said first, the stay from its own date after: "Because Orchard Bank will open at
        # the start of the summer term 2029, pupils would, from 4 September 2028, attend ... the Cedars"
        opening = _OPENS_AT.search(text)
        d = L.DATE.match(text, opening.end()) if opening else None
        froms = [m for m in L.DATE.finditer(text) if d is not None and m.start() > d.end()
                 and re.search(r"\bfrom\s+$", text[max(0, m.start() - 8):m.start()])]
        if froms:
            start, end = (L.date_of(froms[0]), froms[0].group(0)), (L.date_of(d), d.group(0))
    if not end or end[0] <= start[0]:
        return []
    weeks = L.school_weeks_between(start[0], end[0])
    return [Finding("besd_pru_dated_weeks", "supports", s, f"{start[1]} … {end[1]}", weeks)]


# A stay's end said by pointing back: "Until then, from 1 September 2028, pupils will attend ...", "until that date",
# "in the meantime".
_UNTIL_THEN_BACK = re.compile(r"\b(?:until|till)\s+(?:then|that\s+(?:date|time|point|day))\b|\bin\s+the\s+meantime\b", re.I)


def _then(sents: list[Sentence], k: int, start) -> tuple | None:
    """The date a stay of sentence ``k`` starting on ``start`` ends on when the sentence says only "until then": the
    latest date after the start that the sentence names before those words, else that the sentence before it in its
    paragraph names (where "then" points back)."""
    text = sents[k].text
    back = _UNTIL_THEN_BACK.search(text)
    if back is None:
        return None
    named = list(L.DATE.finditer(text, 0, back.start()))
    if not named and k > 0 and sents[k - 1].block == sents[k].block:
        named = list(L.DATE.finditer(sents[k - 1].text))
    later = [(L.date_of(m), m.group(0)) for m in named if L.date_of(m) > start]
    return max(later) if later else None


# A stay's end that is an event, not a date: "until the satellite opens", "until the opening of the phase 2 block",
# "once the new classrooms are ready"; the thing that opens is the words before its verb, or after "opening of".
_UNTIL_EVENT = re.compile(
    r"\b(?:until|till|when|once)\s+(?:(?:the\s+)?(?:opening|completion)\s+of\s+(?P<of>[^,.;()]{2,60}?)(?=\s*[,.;()]|\s+(?:at|on|in|after|from|when|and)\b|$)"
    r"|(?P<subject>[^,.;()]{2,60}?)\s+(?:opens?|first\s+opens|(?:is|are)\s+(?:open|ready|finished|complete[d]?|built))\b)", re.I)
# Where a sentence dates a place's opening or readiness: "would be ready in April 2029", "will open after Easter 2029"
# (the date after the words), or "from 1 April 2028, when the extension is complete" (the date just before them).
_DATED_OPENING = re.compile(r"\b(?:open(?:s|ed|ing)?|ready|complete[d]?|finished)\b(?:[^.;()]{0,40}?\b(?:on|in|from|at|after|by|for)\s+)?", re.I)
_DATED_BEFORE_OPENING = re.compile(r",?\s+(?:when|once|as)\s+(?:[\w'’-]+\s+){1,5}?(?:opens|is\s+(?:open|ready|complete[d]?|finished))\b", re.I)


def _event_dated(sents: list[Sentence], text: str, start) -> tuple | None:
    """The date a stay starting on ``start`` ends on when its end is an event with no date in its own sentence
    ("until the satellite opens"): the latest date after the start that any sentence naming the thing (by its last
    word: "satellite", "block") gives right after its opening or readiness ("The satellite will be ready in April
    2029") or just before it ("from 1 April 2028, when the extension is complete")."""
    event = _UNTIL_EVENT.search(text)
    if event is None:
        return None
    thing = re.findall(r"[A-Za-z][\w-]*", event.group("of") or event.group("subject"))
    if not thing or thing[-1].lower() in ("it", "they", "school", "pupils", "places", "place"):
        return None
    named = re.compile(r"\b" + re.escape(thing[-1]) + r"\b", re.I)
    # (one pass over the document for both kinds; the word in the text folded first, as a prefiltered pattern's test)
    word = thing[-1].lower() if thing[-1].isascii() else ""
    naming = [t.text for t in sents if word in folded(t.text) and named.search(t.text)]
    dates = [(L.date_of(d), d.group(0)) for t in naming for m in _DATED_OPENING.finditer(t) if (d := _dated_at(t, m.end()))]
    dates += [(L.date_of(d), d.group(0)) for t in naming for d in L.DATE.finditer(t) if _DATED_BEFORE_OPENING.match(t, d.end())]
    later = [d for d in dates if d[0] > start]
    return max(later) if later else None


# A place's opening, dated: "Orchard Bank will open at the start of the summer term 2029".
_OPENS_AT = re.compile(r"\b(?:will|would|is\s+to|is\s+due\s+to)\s+open\s+(?:at|on|in|from)\s+(?=\S)", re.I)


# A stay said after the place that follows it: "..., having attended the Compass from 6 September 2027".
_HAVING_BEEN_FROM = re.compile(
    r"\b(?:having\s+(?:attended|been\s+(?:at|taught\s+at|educated\s+at|placed\s+at))|after\s+(?:attending|a\s+(?:stay|placement)\s+at))\b"
    r"[^.;]{0,80}?\b(?:from|since|on)\s+(?=\d)", re.I)


# (or the arrangements just set out: "... have confirmed these arrangements in writing")
_RECEIVING = re.compile(r"\b(?:admit|receive|accept|take)\w*\s+(?:\w+\s+){0,3}?(?:them|pupils?|child(?:ren)?|students?)\b|\bwilling\b"
                        r"|\b(?:these|those|the\s+above|both)\s+arrangements\b", re.I)


# What a closure closes when it is no school (para 23 is about a BESD school): a PRU ("close the Brigg Road
# Assessment Centre, the Council's primary pupil referral unit"), a resourced provision or base in a mainstream school
# ("close the two SEMH resourced bases at ...", "discontinue the Riverside Nurture Unit, a resourced provision for ..."),
# or a satellite of a school that stays open ("closure of the Dene House post-16 satellite").
# (and a nurture unit or group, or a unit or base at a school: "Closure of the Rainbow Room SEMH nurture unit at Oakfield
# Primary School"), or the special educational needs provision of a school, a unit or base in it, in the words of the
# prescribed alterations ("to discontinue the special educational needs provision at Elm Primary School").
_NOT_A_SCHOOL = (r"\b(?:resourced?\s+(?:provisions?|bases?|units?)|satellites?|pupil\s+referral\s+units?|PRUs?|short[- ]stay\s+schools?"
                 r"|nurture\s+(?:units?|groups?|bases?|class(?:es)?)|(?:units?|bases?)(?=\s+(?:at|in|within|attached\s+to)\s)"
                 r"|(?:special\s+educational\s+needs|SEND?|specialist)\s+provision(?=\s+(?:at|in|within)\s))\b")
_OBJECT_WORDS = r"(?:(?!\b(?:and|or|to|into|with|pupils?|children|will|would|then)\b)[^,.;()]){0,60}?"
_CLOSES_NOT_A_SCHOOL = re.compile(
    r"\s+(?:of\s+|down\s+)?" + _OBJECT_WORDS + r"(?:,\s+(?:the|a|an|its|our)\s+" + _OBJECT_WORDS + r")?" + _NOT_A_SCHOOL, re.I)
_NOT_A_SCHOOL_CLOSES = re.compile(
    _NOT_A_SCHOOL + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:will|would|shall|should|must|is\s+to|are\s+to)\s+(?:\w+\s+)?$", re.I)


def _closes_no_school(text: str) -> bool:
    """Every closure in ``text`` closes a PRU, a resourced provision or
    base, or a satellite (by what follows the closure word, or by the
    subject that will close): no BESD school closes there."""
    found = False
    for clause, c in _closure_clauses(text):
        subject = _NOT_A_SCHOOL_CLOSES.search(clause, 0, c.start())
        if subject and re.search(r"\band\b", text[: max(0, text.find(clause)) + subject.start()], re.I):
            subject = None  # ("Oak School and its satellite will close": the school too)
        if not (_CLOSES_NOT_A_SCHOOL.match(clause, c.end()) or subject):
            return False
        found = True
    return found


def _no_special_school(p: Provider) -> bool:
    """``p`` is, as the document describes it, no special school: a PRU, a
    resourced provision, a college or a mainstream school.  An academy known
    only by its name ("Seaton Road Academy", in "two special academies for
    pupils with SEMH needs: Seaton Road Academy ... and Harbour View
    Academy") is not known to be mainstream: special academies are named so
    too."""
    if p.kind == "mainstream_school":
        return bool(p.description) or bool(re.search(r"\b(?:Primary|Secondary|Junior|Infant|High)\b", p.name))
    return p.kind in ("pru", "resourced_provision", "college")


_SPECIAL_ONES = re.compile(r"\bspecial\s+(?:schools|academies)\b", re.I)


def _about_a_unit(text: str, named: list[Provider]) -> bool:
    """``text`` names a PRU or a unit or base (a provision the document
    describes as such: "The Heron Unit is a unit for 12 pupils with BESD at
    Aldbury High School") and no special school: what it says of BESD
    pupils or of a closure is about that provision, not a BESD school
    (para 23 is about "the closure of a BESD school")."""
    names = {re.sub(r"^[Tt]he\s+", "", n) for n in _names(text)}
    # (a provider is named by the name the document gave it, a kind word in it or not: "the Rainbow Room, a 10-place
    # unit for pupils ... with SEMH needs attached to Oakfield Primary School")
    kinds = {p.kind for p in named for a in p.names if a in names or (a in text and re.search(r"\b" + re.escape(a) + r"\b", text))}
    # (a school the document names without saying its kind may be the BESD school: "close The Beeches School
    # (SEMH, 7-16) and expand the Aylestone Learning Support Unit network")
    # (an academy known only by its name is not known to be mainstream where the sentence lists special ones: "three
    # special academies in Lancross: Bridgewater Academy and Ridgeway Academy, both for pupils ... with SEMH needs")
    listed_special = _SPECIAL_ONES.search(text) is not None
    other_schools = {n for n in names if re.search(r"\b(?:School|Academy)\b", n)} - {
        a for p in named if p.kind in ("pru", "resourced_provision", "mainstream_school", "college")
        and not (listed_special and not _no_special_school(p)) for a in p.names}
    return (bool(kinds & {"pru", "resourced_provision"}) and not kinds & {"besd_school", "special_school"}
            and not other_schools)


# What the BESD (SEMH) words qualify when they are not about a school: "the SEMH resourced provision", "the
# borough's SEMH outreach service", "a 12-place SEMH base".
_BESD_NOT_A_SCHOOL = re.compile(
    r"(?:\s*\([A-Z]{3,4}\))?\s+(?:needs\s+)?(?:resourced?\s+(?:provisions?|bases?|units?)|enhanced\s+resources?|outreach|support\s+(?:services?|teams?)"
    r"|nurture|bases?\b|units?\b|teams?\b|services?\b)", re.I)


def _besd_word(text: str) -> re.Match | None:
    """The first BESD (SEMH) word in ``text`` that does not qualify a provision other than a school (a resourced
    provision, a base or unit, an outreach or support service): a sentence about those closes no BESD school."""
    for m in L.BESD.finditer(text):
        if not _BESD_NOT_A_SCHOOL.match(text, m.end()):
            return m
    return None


def _besd_closing(sents: list[Sentence], by_block, named: list[Provider] | None = None, doc=None) -> Finding | None:
    """A sentence (or paragraph) that closes a BESD or SEMH school (``doc``: where its tables give schools' kinds)."""
    besd_names: set[str] = set()
    besd_blocks: set[int] = set()
    not_schools = {a for p in named or [] if _no_special_school(p) for a in p.names}
    for k, s in enumerate(sents):
        m = _besd_word(s.text)
        if not m or _asks(s) or _names_the_test(s) or _about_a_unit(s.text, named or []):
            continue
        besd_blocks.add(s.block)
        besd_names |= _names(s.text) or _named_just_before(sents, k)
        besd_names |= {m.group("school") or m.group("school_of") for m in _ALL_TO_BESD.finditer(s.text)
                       if _A_SCHOOL_WORD.search(m.group("place")) and _besd_word(m.group("place"))
                       and not L.negated(L.clause_of(s.text, m.start()))}
        for clause, c in _closure_clauses(s.text):
            subject = _subject_line(s.text, clause, c)
            if subject:
                clause = subject + " " + clause
            if (not L.negated(clause) and _besd_word(clause) and not _closes_no_school(clause)
                    and not _closure_in_general(clause) and not _about_a_unit(clause, named or [])):
                return Finding("besd_school_closing", "supports", s, f"{m.group(0)} … {c.group(0)}", True)
    # the sites of a BESD school on two or more sites ("It operates on two sites: the main site at Harewood Lane ...
    # and the Brookfield site at Cross Street"): closing one of them displaces its pupils
    # (or by where each part is, after the sites are counted: "It has 72 places on two sites 3 miles apart: the primary
    # department at Fernhill Road and the secondary department at Ravenscar Road")
    # (the school on those sites is a BESD school by its paragraph's words or by what the document calls it anywhere:
    # "Ashcombe Academy operates on two sites", its kind given in the header's "Academy:" field)
    besd_keys = {_name_key(a) for p in named or [] if p.kind == "besd_school" for a in p.names}
    besd_sites = {m.group(1) for t in sents if (split := _SPLIT_SITE.search(t.text))
                  and (t.block in besd_blocks or (besd_keys and {_name_key(n) for n in _names(t.text)} & besd_keys))
                  for m in (*_SITE_NAMED.finditer(t.text), *_SITE_AT.finditer(t.text, split.end()))} - {"Main"}
    for s in sents:
        if besd_sites and " site" in s.text:
            for clause, c in _closure_clauses(s.text):
                site = _SITE_NAMED.search(clause)
                if (site and site.group(1) in besd_sites and _premises_only(clause, c) and not L.negated(clause)
                        and not re.search(r"relocat|consultation|closing date", clause, re.I) and not s.text.rstrip().endswith("?")):
                    return Finding("besd_school_closing", "supports", s, f"{site.group(0)} ({c.group(0)})", True)
        closure = _closure(s)
        if closure is None and s.block in besd_blocks and not _names(s.text):
            # "... is a special school for pupils with SEMH needs. The Council proposes to close it ..."
            for clause, c in _closure_clauses(s.text):
                if (not L.negated(clause) and not re.search(r"consultation|closing date|deadline|responses?|comments?", clause, re.I)
                        and not _premises_only(clause, c) and not _closure_in_general(clause)):
                    closure = Finding("alternative_provision_needed", "supports", s, c.group(0), True)
                    break
        if closure is None or re.match(r"relocat", str(closure.cue), re.I) or _closes_no_school(s.text):
            continue  # (a school that relocates goes on: "The Cedars School: relocation to the Hatfield Lane campus")
        # (not a name of a PRU, a resourced provision or a mainstream school: "closure of the Brigg Road Assessment
        # Centre", which the document calls its pupil referral unit, beside new SEMH bases)
        # (by the name as compared: "The Harbour would close" names the resourced provision "Harbour")
        not_keys = {_name_key(n) for n in not_schools}
        besd_keys = {_name_key(n) for n in besd_names} - not_keys
        closed = {n for n in _names(s.text) if _name_key(n) in besd_keys}
        if closed:
            # (the school named first after the closure word: "the discontinuance of Saltmarsh School and the transfer
            # of Colebrook School" closes Saltmarsh)
            at = s.text.find(str(closure.cue))
            first = min(sorted(closed), key=lambda n: (s.text.find(n) < at, s.text.find(n)))
            return Finding("besd_school_closing", "supports", s, f"{first} ({closure.cue})", True)
        if s.block in besd_blocks and not _names(s.text):
            return Finding("besd_school_closing", "supports", s, closure.cue, True)
    return _besd_closing_by_reference(sents, named or [], _besd_schools_in_tables(doc))


# A table's first header cell or the heading over it that counts BESD (SEMH) special school places: "SEMH special
# school places | Now | September 2028", "Table 4.1: SEMH special school places, Norbridge".
_BESD_SCHOOL_PLACES = re.compile(r"\bspecial\s+school\s+places\b|\bschool\s+places\b", re.I)
_NOT_A_SCHOOL_ROW = re.compile(r"\b(?:total|all|overall|sum|net|change|borough|county|city|area)\b", re.I)


def _besd_schools_in_tables(doc) -> frozenset[str]:
    """The schools a table of BESD (SEMH) special school places has a row for
    (its header's first cell or the heading just over it says what the rows
    count: "SEMH special school places | Now | September 2028" over
    "Wrenfield | 56 | 0"): each row's school is a BESD school, not a total."""
    if doc is None:
        return frozenset()
    out = set()
    for block in doc.blocks:
        if block.kind != "row" or not block.cells or block.cells == block.header:
            continue
        said = " ".join((block.header[:1] or ("",))[0:1] + block.headings[-1:])
        if not (_BESD_SCHOOL_PLACES.search(said) and _besd_word(said)):
            continue
        label = re.sub(r"\s*\([^()]*\)", "", block.cells[0].replace("*", "")).strip()
        if label[:1].isupper() and not _NOT_A_SCHOOL_ROW.search(label) and not re.search(r"\d", label):
            out.add(label)
    return frozenset(out)


# Every pupil of a school, by its name, to take a place at a school for BESD (SEMH) pupils: that school's pupils are
# such pupils, so it is such a school ("Every Ashby pupil will have a place at a special school for children with
# social, emotional and mental health needs", "all the pupils of Ashby School will move to one of the county's SEMH
# schools"); not some of them ("Ashby pupils with SEMH needs will ...", "every Ashby pupil who ...").
_ALL_TO_BESD = re.compile(
    r"\b(?:every|each|all(?:\s+(?:the|\d+|of\s+the))?)\s+(?:(?:current|existing|remaining)\s+)?"
    r"(?:(?P<school>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})\s+(?:pupils?|child(?:ren)?|students?)"
    r"|(?:pupils?|child(?:ren)?|students?)\s+(?:at|of|from)\s+(?:the\s+)?(?P<school_of>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}))"
    r"(?!\s+(?:with|who|whose|that|needing)\b)\s+(?:will|are\s+to|would|shall)\s+(?:\w+\s+)?"
    r"(?:(?:have|be\s+offered|be\s+given|take\s+up|keep)\s+(?:a\s+)?places?\s+(?:at|in)|move\s+to|transfer\s+to|go\s+to|attend|join)\s+"
    r"(?:a|an|another|other|one\s+of)\s+(?P<place>(?:(?!,\s+(?:and|but|while|which|where)\b)[^.;]){0,100})", re.I)
_A_SCHOOL_WORD = re.compile(r"\b(?:school|academ)", re.I)



# A school on two or more sites, and a site named: "operates on two sites", "a split-site school", "the Brookfield site".
_SPLIT_SITE = re.compile(r"\b(?:two|three|four|2|3|4)\s+sites\b|\bsplit[- ]site\b", re.I)
_SITE_NAMED = re.compile(r"\b((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+site\b")
_SITE_AT = re.compile(r"\b(?:at|in|on)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})")


# A memo's subject line: the school, a dash, then what is proposed for it ("Re: Oakwell House School (SEMH, 11-16) —
# proposed closure Aug '27"; "Re: Fernhill School (SEMH) - closure & Oakridge expansion").
_SUBJECT_BEFORE = re.compile(r"(?:^|:\s)\s*(?P<subject>[^:|;]{3,80}?)\s+[-–—]\s+$")
_CLOSURE_FIRST = re.compile(r"^\s*(?:(?:the\s+)?(?:proposed|planned|intended)\s+)?$", re.I)


def _subject_line(text: str, clause: str, closure: re.Match) -> str:
    """The school a clause that opens with a closure ("proposed closure Aug
    '27") is about, when a dash sets it after the school's name as a memo's
    subject line does; else ""."""
    if not _CLOSURE_FIRST.match(clause[: closure.start()]):
        return ""
    at = text.find(clause)
    before = _SUBJECT_BEFORE.search(text, max(0, at - 90), at) if at > 0 else None
    return before.group("subject") if before and _names(before.group("subject")) else ""


def _name_key(name: str) -> str:
    """A school's name as compared: "Fellgate House School", "FELLGATE HOUSE
    SCHOOL" and "Fellgate House" are one school."""
    return re.sub(r"^the\s+|\s+(?:school|academy)$", "", name.strip().lower())


# A line that is only a name, its address after it: "2.1 Ravenscar House School, Whinmoor Lane, Ravenscar."
_NAME_LINE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})\s*(?:,[^.;:]{0,80})?\.?\s*$")


# A description whose subject points back to the schools just named: "Both are community special schools ...", "It is
# a special school for ...", "Each is ...", "The two schools are ...".
_DESCRIBED_BEFORE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:it|both(?:\s+schools)?|each|they|the\s+(?:two|three)\s+schools|both\s+of\s+them)\s+(?:is|are)\s+(?:both\s+|each\s+)?(?:an?\s+)?",
    re.I)


def _named_just_before(sents: list[Sentence], k: int) -> set[str]:
    """The school a description with no name of its own is of, when the
    sentence before it in its paragraph is that school's name and address (a
    statutory proposal's "2.1 Ravenscar House School, Whinmoor Lane,
    Ravenscar. Community special school for 40 boys ... (BESD)."), or names
    the schools its subject points back to ("... the discontinuance of
    Saltmarsh School and the transfer of Colebrook School ... Both are
    community special schools for pupils ... with SEMH needs")."""
    if k == 0 or sents[k].kind == "heading" or sents[k - 1].block != sents[k].block:
        return set()
    if _DESCRIBED_BEFORE.match(sents[k].text):
        return _names(sents[k - 1].text)
    line = _NAME_LINE.match(sents[k - 1].text)
    return _names(line.group("name")) if line and len(sents[k - 1].text) <= 120 else set()


# What a closure closes, right after the word: "close CVS ...", "close it on 31 August 2027", "discontinuance of
# Fellgate House School".
_CLOSED_OBJECT = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?P<what>(?:it|this\s+school|the\s+school)\b|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)


def _besd_closing_by_reference(sents: list[Sentence], named: list[Provider], in_tables: frozenset[str] = frozenset()) -> Finding | None:
    """A BESD (SEMH) school closed under another name than the one it was
    described by: a name the document gave it ("Castle View School (CVS) is
    a ... special school for ... SEMH. The City proposes to close CVS"), or
    "it" just after the sentence that describes it ("Greenhow School is a
    special school for ... BESD. We propose to close it"); or a school the
    providers call a BESD school, named as the closure's subject or object
    ("Larkspur School will close")."""
    besd_names = {a for p in named if p.kind == "besd_school" for a in p.names} | in_tables
    besd_keys = {_name_key(n) for n in besd_names}
    # (the document's title, the headings before its first paragraph, says what it proposes: "PROPOSAL TO CLOSE
    # RIDGEWAY SCHOOL"; a heading inside it may be an option's or the Test's)
    body = next((t.block for t in sents if t.kind != "heading"), 0)
    for k, s in enumerate(sents):
        if (s.kind == "heading" and s.block > body) or s.text.rstrip().endswith("?"):
            continue
        for clause, c in _closure_clauses(s.text):
            # ("it" for the one school the sentence named before it, a consultation on it or not: "to report the outcome
            # of consultation on the future of Wrenfield School and recommend that proposals be published to close it")
            obj = _CLOSED_OBJECT.match(s.text, s.text.find(clause) + c.end()) if clause in s.text else None
            if obj is not None and obj.group("what").lower() == "it" and not L.negated(clause):
                earlier = {n for n in _names(s.text[: s.text.find(clause) + c.start()]) if _A_SCHOOL_WORD.search(n)}
                if len(earlier) == 1 and _name_key(next(iter(earlier))) in besd_keys:
                    return Finding("besd_school_closing", "supports", s, f"{next(iter(earlier))} ({c.group(0)} it)", True)
            if (L.negated(clause) or re.search(r"consultation|closing date|deadline|responses?|comments?", clause, re.I)
                    or _closes_no_school(clause) or re.match(r"relocat", c.group(0), re.I)):
                continue  # (a school that relocates goes on: "Proposal to expand and relocate Crossfield Academy")
            obj = _CLOSED_OBJECT.match(s.text, s.text.find(clause) + c.end()) if clause in s.text else None
            if obj is None:
                continue
            what = obj.group("what")
            if what in besd_names or _name_key(what) in besd_keys:
                return Finding("besd_school_closing", "supports", s, f"{what} ({c.group(0)})", True)
            before = sents[k - 1] if k > 0 else None
            if (what.lower() in ("it", "this school", "the school") and before is not None and before.kind != "heading"
                    and L.BESD.search(before.text) and L.SCHOOL.search(before.text) and _names(before.text)
                    and not _about_a_unit(before.text, named)):
                return Finding("besd_school_closing", "supports", s, f"{sorted(_names(before.text))[0]} ({c.group(0)} {what})", True)
    # the school a closure names, its subject as well as its object, under any of its names, is one the providers
    # say is a BESD school ("Larkspur School will close", "Larkspur School closure"); a relocation closes nothing
    for s in sents:
        closure = _closure(s)
        if closure is None or re.match(r"relocat", str(closure.cue), re.I) or _closes_no_school(s.text):
            continue
        for clause, c in _closure_clauses(s.text):
            subject = _CLOSING_SUBJECT.search(clause[max(0, c.start() - 120): c.start()])
            obj = _CLOSED_OBJECT.match(clause, c.end())
            closed = [m.group("what") for m in (subject, obj) if m and _name_key(m.group("what")) in besd_keys]
            if closed and not L.negated(clause):
                return Finding("besd_school_closing", "supports", s, f"{closed[0]} ({c.group(0)})", True)
    return None


# The school a closure word has for its subject, just before it: "Larkspur School will close", "Thistledown School is
# to close", "Larkspur School closure".
# (or of a passive one, a resolution's "That" before it: "That Larkspur School be discontinued", "Larkspur School will be
# closed")
_CLOSING_SUBJECT = re.compile(r"(?:(?-i:That)\s+)?(?P<what>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})\s+(?:(?:will|would|shall|should|"
                              r"must|is\s+to|is\s+going\s+to|to)\s+(?:(?:now|then|finally|formally|permanently)\s+)?)?(?:be\s+)?$")


# Words pointing back to a PRU named in the sentence before.
_PRU_BACK = re.compile(r"\bthere\b|^\s*(?:it|the\s+(?:centre|unit|pru))\s+(?:will|would|is\s+to)\s+(?:take|receive|admit|accommodate|educate)\b", re.I)


# A school named before "there", which "there" then points back to.
_THERE_A_SCHOOL = re.compile(r"\b(?:school|academy|college)s?\b", re.I)


# Words about the pupils who move: "displaced", "current pupils", "pupils at Oak School".
_DISPLACED_PUPILS = re.compile(r"\bdisplaced|current pupils|existing pupils|pupils (?:at|from|on (?:the )?roll (?:at|of))\b", re.I)


# The pupils of a school the heading names: "Arrangements for Ravensworth pupils", "What happens to Harrowgate pupils",
# "Where Bridgewater pupils will go".
_NAMED_SCHOOLS_PUPILS = re.compile(r"\b(?:for|of|to|at|from|where)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:pupils|children|students)\b", re.I)


def _about_displaced_block(block_text: str) -> bool:
    """A paragraph about the pupils of the closing BESD school."""
    return bool(L.BESD.search(block_text) or _DISPLACED_PUPILS.search(block_text))


# Every one of the pupils: "all 22 pupils", "each of the remaining Year 6 children".
_EVERY_PUPIL = re.compile(
    r"\b(?i:every|all|each|both|the|its|their)\s+(?:(?i:remaining|other)\s+(?=\d))?(?:\d+\s+|[a-z]+[- ][a-z]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+)?"
    r"(?:remaining\s+|current\s+|displaced\s+)?(?:[A-Z][\w'’]+\s+){0,2}(?:of\s+the\s+)?(?i:pupils?|child(?:ren)?|students?)\b")


def _about_displaced_besd(s: Sentence) -> bool:
    """A sentence about every one of the displaced pupils, or under a BESD heading."""
    return bool(
        _EVERY_PUPIL.search(s.text)
        # remembered: every sentence under the heading asks ("6. Pupils at Hollins Park", "5. Arrangements for Ravensworth pupils")
        or any(L.found(L.BESD, h) or L.found(_DISPLACED_PUPILS, h) or L.found(_NAMED_SCHOOLS_PUPILS, h) for h in s.headings)
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


_NAMED_WAIT = re.compile(r"[^.;]*?\b(?:at|in)\s+(?!the\s+(?:pupil|PRU|Pupil|[Ll]earning))(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+)", re.I)


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
