"""Key factor (d) read from the plan's structure: a ledger of places.

Each provision the document names, with the places it has now and will have
after the change (and the year the figure is for), gathered once from the
whole document, prose and tables alike:

* prose: "Riverside Academy, whose capacity will rise from 60 to 90 places",
  "to increase the number of pupils for whom the school provides from 120 to
  150", "Hollins Brook School has 48 places", "to discontinue Hollins Brook
  School" (none after), "to close the 12-place unit", "the school's capacity
  becomes 84", "the base will have 20 places", "to establish a nurture
  provision ... for up to 8 pupils" (a new provision: none now); the pupils
  it will have room for, teach at once or its capacity, against the number
  now ("There will be room for 90 pupils, compared with 72", "will teach up
  to 45 pupils at a time, against 30"); a range with no "from" ("base
  places 30 to 40", "Horbury Bridge Primary School (8 to 14 places)"), not
  in a clause of places needed;
* tables whose columns are places now and after (by their header, the
  headings over them or the paragraph leading into them), a row for each
  provision ("Kelsham Vale AP (commissioned) | — | 24": a dash is none; under
  "Resource base", the base at the school a row names); one provision's rows
  in one table are its parts ("Greywell Park School (7-16)", "(post-16)";
  "Larchwood School - SLD"), their sum its places;
* the area's places of a kind in those tables: a table's total row, or where
  it has none its rows of places of a kind.

A figure belongs to what its grammar ties it to.  The area's places or a
total are no provision's ("Kestrel Vale will have 120 places and the
county's places will rise from 164 to 168", "the borough's total from 154 to
174", "... places across the borough": ``places.said_of_the_area``).  Else
it is the provision named last before it in its clause (by a name the
document gives a provider, a school's proper name, or a name a table of
places gives a row), leaving out a name that only describes one before it
between commas (an address: "Kestrel Vale School, Harrow Road, Ellingham, a
special school ..., from 60 to 120") and, where the clause names another
before it, one pupils come from or one compared ("Fellside School will admit
the pupils from Ashgrove School and grow from 70 to 100").  Else it is the
one "it", "its" or "the school" stands for: in a later clause of the same
sentence, the last named as a clause's subject ("Kingfisher Academy moves
..., and its capacity rises"); else the one named in the sentence before,
else the one the ledger last gave figures for, else the one named last in the
paragraph or the one before; else, not said of the area, a provision the
document does not name (one for all such figures: counted in a sum only
where the ledger names no other, for beside named ones it may be their sum:
"the enlarged school will have 124 places, against the 110 the two schools
have now").  A new provision's places are its own, by the
verb that opens it, by its name in apposition ("a new 80-place free
school, Harbour Point School, is being built") or by the relative clause
that opens it ("Brackenrigg School, which will open ... with 60 places").
A name in a bracket right after another (a former name) is no holder of a
figure; "to discontinue it" closes the one "it" stands for; the date of
something done ("published on 12 October 2026") is not a figure's year.
Names are one provision when one's words, without the kind word ("School",
"Centre", "AP"), begin the other's ("Kingsmead" and "Kingsmead School").

From the ledger, where it is definite, the (d) facts: the places the
document's figures add in all (more after than now, summed over the
provisions given both: ``places_benefit_specific``), or take away
(``places_fall_in_all``: "a fall from 108 to 90 across two schools", "40 at
one provision and 24 at another"), and one provision given two different
figures for after the change, for the same year (``places_figures_conflict``).
Also from the ledger: the area's places in a table fewer after than now
(``places_fall_in_all``); and one provision's places fewer after than now
where the document says the area has no other of its kind ("There is no
other SLD special school in the City", "the only autism base in the
county"): its places are the area's (``places_fall_in_all``).  Where the ledger says nothing, the findings of
``places`` stand alone (its conflicts of one provision's tables set out
down the page, of a total row against prose, of the places added in all;
its falls said in prose of the area).
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import _FUTURE
from senrules_proposals.extract.model import Finding, Provider
from senrules_proposals.extract.places import (
    _AFTER_HEADER, _BEFORE_HEADER, _DIGIT, _TOTAL_CELL, _YEAR, _before_after_columns, _figures, _lead_of, said_of_the_area,
)
from senrules_proposals.extract.places import _number as _number_cell
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Document, Sentence


@attrs.frozen
class Ledger:
    """The statements of places, in document order; ``complete``: whether
    every row of the document's tables of places now and after is a
    provision's the ledger read (no total row, no part, no row it could not
    read), so that its sums are the document's; ``kinds``: the kind of each
    provision the document describes, by its name as compared; ``area``:
    the statements of the area's places of a kind, now and after (a table's
    total row, or where the table has none, its rows of places of a kind)."""

    entries: tuple["Entry", ...]
    complete: bool
    kinds: dict
    area: tuple["Entry", ...] = ()
    alone: Sentence | None = None  # where the document says the area has no other provision of the kind


@attrs.frozen
class Entry:
    """One statement of one provision's places: now, after the change (either may be unknown), the year."""

    provision: str
    now: int | None
    after: int | None
    year: str | None
    sentence: Sentence
    words: str


# The kind words a provision's name ends with, left out when names are compared ("Kingsmead School" is "Kingsmead").
_KIND_WORDS = frozenset((
    "school", "academy", "centre", "center", "unit", "base", "provision", "primary", "secondary", "special", "community",
    "pru", "ap", "alternative", "campus", "hub", "infant", "junior", "the", "ce", "rc", "c", "e", "of", "school's", "sch",
))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BRACKETS = re.compile(r"\s*\([^()]*\)")


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """A provision's name as compared: its words in lower case, without what
    is in brackets, a possessive, a leading "the" or the kind words at the
    end ("Brookside Centre (PRU)": ("brookside",))."""
    words = [w[:-2] if w[-2:] in ("'s", "’s") else w for w in _WORD.findall(_BRACKETS.sub(" ", name).casefold())]
    while words and words[0] == "the":
        words.pop(0)
    while words and words[-1] in _KIND_WORDS:
        words.pop()
    return tuple(words)


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two keys name one provision: one's words begin the other's."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


# A figure of places before and after in a clause about places, pupils or capacity: "from 60 to 90 places", "from
# 10 places to 16 places", "the number of pupils for whom the school provides from 120 to 150".
_FROM_TO = re.compile(r"\bfrom\s+(?P<now>\d[\d,]*)\s+(?:places\s+)?to\s+(?P<after>\d[\d,]*)\b(?!\d|,\d|\s*%|\.\d|\s*per\s*cent)", re.I)
# Places now and after as a range with no "from": "120 to 140 places", "base places 30 to 40", "(capacity 150 to 190)"
# (not "between 20 and 30", "20 to 30 more places", an age range "aged 5 to 11" nor "places for Years 7 to 11", nor
# "aged 7 to 16, by 30 places").
_RANGE = re.compile(
    r"(?<![\w.,£$€-])(?<!\bfrom\s)(?<!\bbetween\s)(?<!\bage\s)(?<!\baged\s)(?<!\bages\s)(?P<now>\d[\d,]*)\s+to\s+(?P<after>\d[\d,]*)\s+"
    r"(?!(?:more|extra|additional|further|new)\b)(?:(?!(?:by|of|for|in|at|and|to|with)\b)[A-Za-z-]+\s+){0,2}?places\b"
    r"|\b(?:places|capacity)\s*(?::\s*|\(\s*)?(?P<now2>\d[\d,]*)\s+to\s+(?P<after2>\d[\d,]*)\b"
    r"(?![\d,%]|\.\d|\s*(?:-|year|minutes|hours|days|weeks|months|years|per\s*cent))", re.I)
_DEMAND = re.compile(r"\b(?:need\w*|requir\w*|demand|forecast\w*|shortfall|projected|estimat\w*|between)\b", re.I)
# ... the figures said of places: "from 60 to 90 places", "the number of pupils for whom the school provides from
# 120 to 150", "capacity ... from 72 to 84" (not "from 16 to 19" of an age range, "from 2 to 3 days a week").
_PLACES_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:places|pupils|children|learners|students|young\s+people)\b", re.I)
_PLACES_BEFORE = re.compile(r"\b(?:places|capacity|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:places|pupils|children))\b(?![^.;]*\bage)", re.I)
_FURTHER = re.compile(r"[^.;]{0,80}?\b(?:a\s+further|another|plus|together\s+with)\s+(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b", re.I)
# Places after as one figure: "capacity will rise to 170 places", "the school's capacity becomes 84", "the base will
# have 20 places".
_AFTER = re.compile(
    r"\bcapacity\s+(?:will\s+|would\s+)?(?:then\s+)?(?:ris\w*|increas\w*|grow\w*|go(?:es)?\s+up|fall\w*|reduc\w*|becom\w*|be)\s+(?:to\s+)?"
    r"(?P<n>\d[\d,]*)\b(?!\d|,\d|\s*%|\.\d)"
    r"|\b(?:will|would)\s+(?:then\s+)?have\s+(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b", re.I)
# Places after, against places now, said of the pupils a provision has room for or the places it will have: "There
# will be room for 90 pupils, compared with 72 at Gull Lane", "will teach up to 45 pupils at a time, against 30",
# "a capacity of 84 instead of 70", "60 places compared with 48 now" (not "room for 30 more pupils": an increase).
_AGAINST_NOW = re.compile(
    r"\b(?:(?:room|space|capacity)\s+for|capacity\s+of|(?:teach|take|admit|accommodate|educate|provide\s+for)|have)\s+(?:up\s+to\s+)?"
    r"(?P<n>\d[\d,]*)\s+(?!(?:more|extra|additional|further|new)\b)(?:[\w-]+\s+){0,2}?(?:pupils|children|students|learners|places)\b"
    r"|\b(?P<n2>\d[\d,]*)\s+(?!(?:more|extra|additional|further|new)\b)(?:[\w-]+\s+){0,3}?places\b", re.I)
_THAN_NOW = re.compile(
    r"(?:\s+at\s+(?:a\s+time|once|any\s+one\s+time))?(?:\s+(?:from|by|in)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d)?,?\s*"
    r"(?:compared\s+(?:with|to)|against|instead\s+of|rather\s+than|up\s+from|down\s+from)\s+(?:the\s+|its\s+)?(?:current\s+|present\s+)?"
    r"(?P<now>\d[\d,]*)\b(?![\d,%]|\.\d|\s*(?:minutes|hours|days|weeks|months|years|per\s*cent|m\b|km|miles|%))", re.I)
# ... or in a bracket right after the figure after (its own words, a year or the pupils it is for between): "will have
# 92 places from September 2028 (110 now)", "will have 40 places (Marsh Lane has 28)", "150 places (Elmridge 100 and
# Pennyfold 80 now)": the figures in it, summed, said of now by "now", "today", "currently" or "has" (not "(aged 11-16)",
# "(2028)", "(50 on roll)").
_BRACKET_NOW = re.compile(
    r"(?:\s+(?:for|from|by|in|at)\s[^().;:]{0,60}?)?\s*\((?P<inside>[^()]{1,80})\)")
_NOW_INSIDE = re.compile(
    r"^\s*(?:(?:currently|now|at\s+present)\s+)?(?:(?:it|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:currently\s+)?(?:has|have)\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+)?\d[\d,]*(?:\s+places)?"
    r"(?:\s*(?:,|\+|and)\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+)?\d[\d,]*(?:\s+places)?)*"
    r"(?:\s+(?:now|today|at\s+present|currently))?\s*$")
_NOW_CUE = re.compile(r"\b(?:now|today|at\s+present|currently|has|have)\b", re.I)
# Places now: "Hollins Brook School has 48 places" (in a clause with no "will").
_NOW = re.compile(r"\b(?:has|have)\s+(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
                  # "Seaforth Park School (community special school, 5-16, 120 places, 118 on roll)"
                  r"|\((?:[^()]*?[,;]\s*)?(?P<n2>\d[\d,]*)\s+places\b[^()]*\)", re.I)
# A provision that closes: "to discontinue Hollins Brook School", "close the 12-place Learning Support Unit", "Wyvern
# House School ... would close".
_CLOSE_VERB = r"(?:close|closing|closure\s+of|discontinu\w*(?:\s+of)?|ceas\w*)"
_CLOSES = re.compile(
    r"\b" + _CLOSE_VERB + r"\s+(?:the\s+|its\s+)?(?:(?P<n>\d[\d,]*)[- ]place\s+)?(?=(?-i:[A-Z]))"
    r"|\b" + _CLOSE_VERB + r"\s+(?:the\s+|its\s+)?(?P<n2>\d[\d,]*)[- ]place\b"
    r"|\b" + _CLOSE_VERB + r"\s+(?P<it>it)\b"  # "to discontinue it": the provision "it" stands for
    r"|\b(?:will|would|is\s+to|shall)\s+(?:be\s+)?(?:close|closed|discontinued)\b", re.I)
_JOINED = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,\s*)?and\s+(?:the\s+)?")
# A provision that opens, with its places or pupils: "to establish ... a nurture provision ... for up to 8 pupils",
# "a new base of 8 places", "to open a new 16-place centre".
_OPENS = re.compile(r"\b(?:establish\w*|open\w*|creat\w*|set\s+up|setting\s+up)\b", re.I)
_NEW_PLACES = re.compile(
    r"\bfor\s+(?:up\s+to\s+)?(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(?:pupils|children|students|learners|young\s+(?:people|adults))\b"
    r"|\bof\s+(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?P<n3>\d[\d,]*)[- ]place\b"
    r"|\bwith\s+(?P<n4>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?places\b", re.I)
_NEW_FIRST = re.compile(
    r"\bnew\s+(?P<n>\d[\d,]*)[- ]place\s+(?:[\w-]+\s+){0,3}?(?:provision|base|unit|centre|hub|school|academy|satellite|resource\w*|class)\b",
    re.I)
_TO_BE = re.compile(r"\b(?:will|would|shall|to|is\s+to|are\s+to|can|could)\s+be\s+$", re.I)
_NEW_NOUN = re.compile(r"\b(?:provision|base|unit|centre|hub|school|academy|satellite|resource\w*|class|service)\b", re.I)
# Words standing for a provision named before: "it", "its", "the school", "the base's".
_ANAPHOR = re.compile(
    r"\b(?:it|its|the\s+(?:school|academy|base|unit|centre|provision|satellite|resource\w*|hub|service))\b", re.I)
# A unit named by the school that houses it: "the SEMH resourced provision at Cranford Park Academy".
_UNIT_AT = re.compile(r"\b(?:provision|base|unit|resource\w*|centre|class|hub)\s+at\s+(?:the\s+)?$", re.I)
# The date of something done, before a figure, is not the figure's year: "The proposals published on 12 October 2026
# would ... enlarge Holme Lea School from 50 to 114 places".
_DONE_ON = re.compile(r"\b(?:published|approved|agreed|received|issued|sent|dated|held|made|decided|considered|launched)\s+"
                      r"(?:on\s+|in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?$")
_UNIT_COLUMN = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:resource(?:d)?\s+)?(?:bases?|units?|resource\s+bases?|resourced\s+provisions?)\W*$", re.I)
_AT_HOST = re.compile(r"(?:\s*\([^()]*\))?\s+at\s+(?:the\s+)?")
# What lies between a name and another set off by commas after it: commas and short words, no figure nor clause.
_APPOSED = re.compile(r"\s*(?:\([^()]*\))?\s*,(?:[^,;:.()\d]{1,40},)*\s*$")
# What lies between a name and one inside a bracket right after it: the bracket opened, not closed.
_IN_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,60}$")
# The words before a name that make it no holder of a figure after it: where pupils come from, a comparison.
_NOT_THE_HOLDER = re.compile(r"(?:\b(?:from|than|unlike|like|including)|\b(?:pupils|children|students|learners|people|staff)\s+"
                             r"(?:at|of|attending))\s+(?:the\s+)?$", re.I)
# A name that is a clause's subject: a verb follows it, or its own noun and a verb ("Ancaster Fields School's age range
# will change"), not its pupils' ("Ashgrove School's pupils will move").
_SUBJECT_VERB = re.compile(
    r"(?:\s*\([^()]*\))?(?:['’]s\s+(?!(?:[\w-]+\s+)?(?:pupils|children|students|learners|young|staff|parents|families)\b)"
    r"(?:[\w-]+\s+){1,3}?)?\s*(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|might|must|should|moves|closes|"
    r"opens|grows|becomes|takes|admits|provides|continues|remains|expands|increases|rises|transfers|relocates|merges|joins|"
    r"offers|serves|caters|occupies|currently|now|also)\b", re.I)
# A clause that describes the name before it: "..., whose capacity will rise", "..., which will have 20 places".
_RELATIVE = re.compile(r"^\W*(?:whose|which|where)\b", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:whose|which|where)\s*$", re.I)
_CHEAP = ("place", "pupil", "capacity", "close", "closing", "closure", "discontinu", "ceas", "children", "learners",
          "students", "young")


# The provision a figure is said of where the document names none for it ("There will be room for 90 pupils, compared
# with 72"): one, whatever the statement (so that it is counted once in a sum).
_UNNAMED = ("a provision not named",)


def _number(text: str) -> int:
    return int(text.replace(",", ""))


class _Names:
    """The provisions a document names, found in its text by their names as
    written: the providers it describes (every name of each), the proper
    names of schools and centres in its sentences about places, and the
    provisions a table of places names in its rows."""

    def __init__(self, names: set[str], areas: frozenset[str]):
        area_keys = {name_key(a) for a in areas}
        self.by_form: dict[str, tuple[str, ...]] = {}
        for n in names:
            key = name_key(n)
            if key and key not in area_keys and n[:1].isupper():
                self.by_form[n] = key
                # the name without its kind words is the name too ("Kingsmead" of "Kingsmead School")
                short = " ".join(w for w in _WORD.findall(_BRACKETS.sub(" ", n))[: len(key) + (n.split()[0].casefold() == "the")]
                                 if w.casefold() != "the")
                if short and short[0].isupper() and len(short) > 3:
                    self.by_form.setdefault(short, key)
        self.pattern = L.names(tuple(sorted(self.by_form, key=len, reverse=True))) if self.by_form else None

    def found(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """(where each name found starts and ends, its key), in order."""
        if self.pattern is None:
            return []
        return [(m.start(), m.end(), self.by_form[m.group(0)]) for m in self.pattern.finditer(text)]


_DIGIT_RUN = re.compile(r"\d[\d,]*")
# The area has no other provision of the kind: "There is no other SLD special school in the City", "Fenwick has no
# other SEMH special school", "it is the only provision for these pupils in the county" (not "no other school is
# affected", "no other school's places change", "no other school or unit closes").
_ALONE = re.compile(
    r"\b(?:there\s+(?:is|are)|(?:has|have))\s+no\s+other\s+(?:(?!(?:or|and)\b)[\w-]+\s+){0,3}?(?:school|academy|provision|base|unit|centre)\b"
    r"(?!['’]|\s+(?:or|and|is|are|was|were|will|would|changes?|closes?|had|has|affected)\b)"
    r"|\b(?:is|are)\s+the\s+only\s+(?:[\w-]+\s+){0,3}?(?:school|academy|provision|base|unit|centre)\b[^.;:]{0,40}?\s+in\s+the\s+"
    r"(?:county|city|borough|district|area|authority)\b", re.I)
_ALONE_WORDS = ("no other", "only")


def _bracket_now(clause: str, at: int) -> re.Match | None:
    """The bracket right after a figure of places after (at ``at``) that gives the places now (``_BRACKET_NOW``)."""
    m = _BRACKET_NOW.match(clause, at)
    if m is None or not _NOW_CUE.search(m.group("inside")) or not _NOW_INSIDE.match(m.group("inside")):
        return None
    return m


def places_ledger(sents: list[Sentence], doc: Document, named: list[Provider], areas: frozenset[str] = frozenset(),
                  off_plan: set[int] = frozenset()) -> Ledger:
    """Every statement the document makes of a provision's places now or
    after the change, in document order (``off_plan``: the ids of sentences
    that are not the plan, options rejected or views reported)."""
    names: set[str] = {n for p in named for n in p.names}
    for s in sents:
        if s.kind not in ("heading", "row") and _DIGIT.search(s.text) and "place" in s.text.casefold():
            names.update(m.group(0).strip() for m in L.PROPER_NAME.finditer(" " + s.text))
    keys = {name_key(n) for n in names}
    rows = {}
    in_table: dict[tuple, list[Sentence]] = {}  # (the table's header, the provision) -> its rows
    of_places = _TablesOfPlaces(doc)
    for s in sents:
        if s.kind == "row":
            block = doc.blocks[s.block]
            if block.cells and block.cells != block.header and _places_row(block, keys, of_places(block)):
                rows[id(s)] = block
                in_table.setdefault((block.header, block.headings, _row_key(block)), []).append(s)
                names.add(_row_label(block))
    complete = True
    for s in sents:
        if s.kind == "row" and id(s) not in rows:
            block = doc.blocks[s.block]
            # (not the header said again under a row's name, in a table nested in a cell: "Northfield School | Now |
            # September 2028")
            if block.cells and block.cells[1:] != block.header[1:] and of_places(block) and _columns(block) is not None:
                complete = False  # a total, a part or a row not read: the table's sum is not the ledger's
                # (a part's row names the provision a row read names: "Greywell Park School (post-16)" beside
                # "Greywell Park School (7-16)"; neither is the whole)
                same = in_table.get((block.header, block.headings, _row_key(block)))
                if same is not None:
                    same.append(s)
    parts_summed: dict[int, tuple] = {}  # the last part's sentence -> (the provision, now, after, year, words)
    for (_, _, key), parts in in_table.items():
        if len(parts) > 1:
            complete = False  # one provision's rows in one table are its parts ("Nursery", "Reception"): none is the whole
            for t in parts:
                rows.pop(id(t), None)
            # ... and together they are the whole: "Larchwood School - SLD | 96 | 100" and "Larchwood School - PMLD
            # department | 0 | 40" are Larchwood's 96 now and 140 after
            figures = []
            for t in parts:
                block = doc.blocks[t.block]
                columns = _columns(block)
                now, after = (_cell(block.cells[columns[0]]), _cell(block.cells[columns[1]])) if columns else (None, None)
                if now is None or after is None:
                    break
                figures.append((now, after))
            else:
                last = doc.blocks[parts[-1].block]
                year = _YEAR.search(last.header[_columns(last)[1]])
                parts_summed[id(parts[-1])] = (key, sum(n for n, _ in figures), sum(a for _, a in figures),
                                               year.group(0) if year else None,
                                               " + ".join(" | ".join(doc.blocks[t.block].cells) for t in parts))
    known = _Names(names, areas)
    out: list[Entry] = []
    read: list[Sentence] = []  # the sentences of prose before this one (their names found only when asked)
    found_in: dict[int, list] = {}

    def named_in(t: Sentence) -> list[tuple[int, int, tuple[str, ...]]]:
        """The provisions ``t`` names, where (a unit named by the school that houses it is that unit)."""
        if id(t) not in found_in:
            found_in[id(t)] = [(start, end, ("at",) + k if _UNIT_AT.search(t.text, max(0, start - 40), start) else k)
                               for start, end, k in known.found(t.text)]
        return found_in[id(t)]

    scanned = [0, None, -1]  # the sentences read so far for named_before, the last provision they name, its paragraph

    def named_before(s: Sentence) -> tuple[str, ...] | None:
        """The provision named last in the paragraph before ``s``, or the
        paragraph before that (each sentence read once, however many ask)."""
        for t in read[scanned[0]: len(read) - 1]:
            if named_in(t):
                scanned[1:] = [named_in(t)[-1][2], t.block]
        scanned[0] = max(scanned[0], len(read) - 1)
        return scanned[1] if scanned[2] >= s.block - 1 else None
    canonical: dict[str, list[tuple[str, ...]]] = {}  # the provisions so far, by their first word (one's words begin
    # the other's only when their first words are one)
    # a unit the document names, at the school that houses it ("the Visual Impairment Resource Base (8 places) at
    # Hambledon Vale Academy"): "the base at Hambledon Vale" is that unit
    hosted_by = {}
    for p in named:
        at = p.sentence.text.find(p.name)
        m = _AT_HOST.match(p.sentence.text, at + len(p.name)) if at >= 0 and " at " in p.sentence.text else None
        host = next((k for start, _, k in named_in(p.sentence) if start == m.end()), None) if m else None
        if host is not None and name_key(p.name):
            hosted_by[("at",) + host] = name_key(p.name)

    one_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # each key asked for -> its provision (the first it is the same as)

    def provision(key: tuple[str, ...]) -> tuple[str, ...]:
        key = hosted_by.get(key, key)
        if key not in one_of:
            # (the first of the provisions so far that the key is the same as: the list only grows, so the answer for a
            # key never changes and is looked for once)
            same = canonical.setdefault(key[0] if key else "", [])
            one_of[key] = next((c for c in same if _same(c, key)), None) or same.append(key) or key
        return one_of[key]

    def add(key, now, after, year, s, words):
        out.append(Entry(" ".join(provision(key)), now, after, year, s, words))

    for s in sents:
        if s.kind == "heading":
            continue
        if id(s) in parts_summed:
            add(*parts_summed[id(s)][:4], s, parts_summed[id(s)][4])
            continue
        if id(s) in rows:
            block = rows[id(s)]
            i, j = _columns(block)
            year = _YEAR.search(block.header[j])
            # (a table whose rows are units names each by the school that houses it: "Resource base" over "Sedgeford
            # Primary School | 8 | 14" is the base at Sedgeford Primary School)
            unit = bool(block.header) and _UNIT_COLUMN.match(block.header[0]) is not None
            add(("at",) * unit + _row_key(block), _cell(block.cells[i]), _cell(block.cells[j]), year.group(0) if year else None, s,
                " | ".join(block.cells))
            continue
        read.append(s)
        text = s.text
        low = text.casefold()
        if id(s) in off_plan or s.kind == "row" or not any(w in low for w in _CHEAP):
            continue
        here = named_in(s)
        starts = [start for start, _, _ in here]
        by_start = {start: (end, k) for start, end, k in here}
        for a, b in L.clause_spans(text):
            clause = text[a:b]
            if L.hedge(clause) or L.negated(clause):
                continue

            def whose(at: int, end: int, anaphor: bool = True) -> tuple[str, ...] | None:
                """The provision a figure at ``at``-``end`` (in the sentence) is said of: none when its grammar ties it
                to the area or a total ("and the county's places will rise from 164 to 168" after a school's name)."""
                # (the names in order: the last starting before the figure found by bisection, not a pass over all)
                k = bisect.bisect_left(starts, at) - 1
                while k >= 0 and here[k][1] > at:
                    k -= 1
                if said_of_the_area(text, here[k][1] if k >= 0 and here[k][0] >= a else a, at, end, areas):
                    return None
                # (a name set off by commas after another describes it, an address or an apposition: "to enlarge
                # Kestrel Vale School, Harrow Road, Ellingham, a special school for ..., from 60 to 120 places")
                while k > 0 and _APPOSED.match(text, here[k - 1][1], here[k][0]) and text.startswith(",", here[k][1]):
                    k -= 1
                # (nor a name in a bracket right after another, a former name: "the Harrowgate Academy (formerly Harrow
                # Lane School), a special academy, from 60 to 80 places")
                while k > 0 and _IN_BRACKET_AFTER.match(text, here[k - 1][1], here[k][0]):
                    k -= 1
                # (a name in a phrase of where pupils come from, or of a comparison, is not what the figure is said of
                # when the clause names another before it: "Fellside School will admit the pupils from Ashgrove School
                # and grow from 70 to 110 places"; the one before the clause when the clause describes it)
                while k > 0 and _NOT_THE_HOLDER.search(text, max(0, here[k][0] - 40), here[k][0]) and (
                        here[k - 1][0] >= a or (here[k][0] >= a and (_RELATIVE.match(clause) or _RELATIVE_BEFORE.search(
                            text, max(0, a - 12), a + 1)))):
                    k -= 1
                if k >= 0 and (here[k][0] >= a or _RELATIVE.match(clause) or _RELATIVE_BEFORE.search(text, max(0, a - 12), a + 1)):
                    # (or before the clause: "Riverside Academy, Tanners Way, Westmarsh, whose capacity will rise ...")
                    return here[k][2]
                if anaphor and (_ANAPHOR.search(text, a, at) or _ANAPHOR.search(clause)):
                    if k >= 0 and _ANAPHOR.search(text, a, at):
                        # one named in a clause before, in the sentence, for a word before the figure: the last
                        # named as a clause's subject ("The Ridgeway Centre will move from the library to the Westcott
                        # Street building, and its places will increase"; "The Trust proposes that Kingfisher Academy
                        # moves ..., and that its capacity rises"), else the last named that is not where pupils come
                        # from ("Ashgrove's pupils will move to Fellside School, and its capacity will rise")
                        subject = next((j for j in range(k, -1, -1) if _SUBJECT_VERB.match(text, here[j][1])), None)
                        if subject is not None:
                            return here[subject][2]
                        while k > 0 and _NOT_THE_HOLDER.search(text, max(0, here[k][0] - 40), here[k][0]):
                            k -= 1
                        return here[k][2]
                    previous = named_in(read[-2]) if len(read) > 1 else []
                    if previous:
                        return previous[-1][2]
                    if out:
                        return name_key(out[-1].provision)
                    return named_before(s)
                return None

            def holder(at: int, end: int) -> tuple[str, ...] | None:
                """The provision a figure of places now and after is said of (``whose``), else, not said of the area,
                the one the document does not name."""
                key = whose(at, end)
                return _UNNAMED if key is None and not said_of_the_area(text, a, at, end, areas) else key

            def year_of(m: re.Match) -> str | None:
                """The year a figure is given for: the first named after it in its clause, else before it (near it:
                a bounded search, a clause may be a whole long line)."""
                y = _YEAR.search(clause, m.end(), m.end() + 160) or next(
                    (y for y in _YEAR.finditer(clause, max(0, m.start() - 160), m.start())
                     if not _DONE_ON.search(clause, max(0, y.start() - 40), y.start())), None)
                return y.group(0) if y else None

            for m in _FROM_TO.finditer(clause):
                # (the figures said of places after them, before them, or between them: "from 8 places to 16")
                if re.fullmatch(r"(?:19|20)\d\d", m.group("now")) or not (
                        _PLACES_NEXT.match(clause, m.end()) or _PLACES_BEFORE.search(clause, max(0, m.start() - 80), m.start())
                        or " places" in m.group(0)):
                    continue
                key = holder(a + m.start(), a + m.end())
                if key is not None:
                    # (more places said right after, at the same provision: "from 40 to 60 places on a new site, while a
                    # further 40 places open at Fairholme's existing site")
                    more = _FURTHER.match(text, a + m.end())
                    extra = _number(more.group("n")) if more is not None and whose(more.start("n"), more.end()) in (key, None) else 0
                    add(key, _number(m.group("now")), _number(m.group("after")) + extra, year_of(m), s, m.group(0))
            for m in _AGAINST_NOW.finditer(clause):
                # (a figure after against one now, of the provision the clause names, else of one it does not name)
                after = m.group("n") or m.group("n2")
                now = _THAN_NOW.match(clause, m.end())
                figure = now and now.group("now")
                if now is None and (now := _bracket_now(clause, m.end())) is not None:
                    figure = str(sum(_number(x) for x in _DIGIT_RUN.findall(now.group("inside"))))
                if now is None or any(_YEAR.fullmatch(x) for x in (after, figure)):
                    continue
                at = a + m.start("n" if m.group("n") else "n2")
                key = holder(at, a + now.end())
                if key is not None:
                    add(key, _number(figure), _number(after), year_of(m), s, clause[m.start(): now.end()])
            for m in _RANGE.finditer(clause) if not _DEMAND.search(clause) else ():
                now, after = (m.group("now"), m.group("after")) if m.group("now") else (m.group("now2"), m.group("after2"))
                if any(_YEAR.fullmatch(x) for x in (now, after)):
                    continue
                key = holder(a + m.start(), a + m.end())
                if key is not None:
                    add(key, _number(now), _number(after), year_of(m), s, m.group(0))
            for m in _AFTER.finditer(clause):
                # (the words before the figure itself are what it qualifies: "and the county's capacity will rise to 168")
                key = whose(a + m.start("n" if m.group("n") else "n2"), a + m.end())
                if key is not None:
                    add(key, None, _number(m.group("n") or m.group("n2")), year_of(m), s, m.group(0))
            if not _FUTURE.search(clause):
                for m in _NOW.finditer(clause):
                    key = whose(a + m.start("n" if m.group("n") else "n2"), a + m.end())
                    if key is not None:
                        add(key, _number(m.group("n") or m.group("n2")), None, None, s, m.group(0))
            for m in _CLOSES.finditer(clause):
                if m.group("it"):
                    key = whose(a + m.start("it"), a + m.end())
                elif m.group(0)[:1].isalpha() and re.match(_CLOSE_VERB, m.group(0), re.I):
                    # "to discontinue Hollins Brook School": the provision named right after the verb
                    key = by_start.get(a + m.end(), (0, None))[1]
                    if key is None and m.group("n2"):
                        # "close the 10-place speech and language base at Ash Primary School": the unit at the school
                        key = next((k for _, _, k in _between(here, starts, a + m.end() + 1, a + m.end() + 80) if k[0] == "at"), None)
                    # (and a second joined to it: "the discontinuance of Seaforth Park School (..., 120 places) and
                    # Waterloo Dene School")
                    end = by_start.get(a + m.end(), (None, None))[0]
                    joined = _JOINED.match(text, end) if end is not None else None
                    second = by_start.get(joined.end(), (0, None))[1] if joined else None
                    if second is not None:
                        add(second, None, 0, year_of(m), s, m.group(0))
                else:
                    key = whose(a + m.start(), a + m.end(), anaphor=False)  # "Wyvern House School ... would close"
                if key is not None:
                    n = m.group("n") or m.group("n2")
                    add(key, _number(n) if n else None, 0, year_of(m), s, m.group(0))
            # a new provision named by apposition or by "is": "A new 80-place free school, Harbour Point School, is
            # being built"; "Harbour Point School, a new 80-place free school, ..."; its places are its own, none now
            apposed = False
            for m in _NEW_FIRST.finditer(clause):
                key = _apposed_name(text, a + m.start(), a + m.end(), here, starts, by_start)
                if key is not None:
                    apposed = True
                    add(key, 0, _number(m.group("n")), year_of(m), s, m.group(0))
            opens = None if apposed else _OPENS.search(clause)
            if opens and opens.group(0).casefold().endswith("ed") and not _TO_BE.search(clause[max(0, opens.start() - 16): opens.start()]):
                opens = None  # what was done ("opened in 2014 as an 8-place base"), not the proposal
            if opens and not _FROM_TO.search(clause) and not _CLOSES.search(clause):
                new = _NEW_PLACES.search(clause, opens.end())
                noun = _NEW_NOUN.search(clause, opens.end())
                # (or the new provision named before the verb: "A new 14-place base will open at Birch Primary School")
                first = _NEW_FIRST.search(clause, 0, opens.start())
                if first is not None and (new is None or noun is None):
                    new = noun = first
                if new is not None and noun is not None and noun.start() < new.end() + 40:
                    n = next(g for g in new.groups() if g is not None)
                    # the new provision is its own, unless named: "a new provision" is no other
                    # (the provision is new, not the school that houses it: "a nurture provision at Lowfield Primary
                    # School"; one not named is its own)
                    host = next((k for _, _, k in _between(here, starts, a + min(opens.end(), new.end()),
                                                          min(b, a + max(new.end(), opens.end()) + 80))), None)
                    add(("new",) + (host or (str(s.number), str(a))), 0, _number(n), year_of(new), s,
                        clause[min(opens.start(), new.start()): max(opens.end(), new.end())])
                elif new is not None and noun is None and (new.group("n4") or new.group("n")) and _RELATIVE_BEFORE.search(
                        text, max(0, a - 12), a + 1):
                    # the provision a relative clause describes opens with its places: "a new special school,
                    # Brackenrigg School, which will open in a new building ... with 60 places" (not what it opens:
                    # "Brookfield Academy, which is opening a new 40-place wing")
                    k = bisect.bisect_left(starts, a) - 1
                    if k >= 0:
                        add(here[k][2], 0, _number(next(g for g in new.groups() if g is not None)), year_of(new), s,
                            clause[opens.start(): new.end()])
    kinds = {" ".join(provision(name_key(n))): p.kind for p in named for n in p.names if name_key(n)}
    alone = next((s for s in sents if id(s) not in off_plan and any(w in s.text.casefold() for w in _ALONE_WORDS)
                  and _ALONE.search(s.text) and not L.hedge(s.text)), None)
    return Ledger(tuple(out), complete, kinds, _area_in_tables(sents, doc), alone)


def _area_in_tables(sents: list[Sentence], doc: Document) -> tuple[Entry, ...]:
    """The area's places of a kind now and after in the document's tables of
    places before and after: each table's total row ("Borough total | 140 |
    128"), or, in a table with no total row, its rows of places of a kind
    ("SEMH special school places, north Swaleford | 115 | 95"); a row of
    another kind beside a total is no account of the whole ("Independent SEMH
    places commissioned | 18 | 10" under "Total | 100 | 110")."""
    tables: dict[tuple, list[tuple[bool, Entry]]] = {}
    for s in sents:
        if s.kind != "row":
            continue
        block = doc.blocks[s.block]
        if not block.cells or block.cells == block.header or not _before_after_columns(block):
            continue
        label = block.cells[0]
        total = bool(_TOTAL_CELL.match(label))
        if not (total or _PLACES_CELL.search(label)):
            continue
        numbers = [n for _, n in _figures(block)]
        if len(numbers) >= 2:
            tables.setdefault((block.header, block.headings), []).append(
                (total, Entry("the area", numbers[0], numbers[-1], None, s, " | ".join(block.cells))))
    out = []
    for rows in tables.values():
        totals = [e for total, e in rows if total]
        out += totals or [e for _, e in rows]
    return tuple(sorted(out, key=lambda e: (e.sentence.block, e.sentence.number)))


_APPOSED_AFTER = re.compile(
    r"(?P<words>[^,;.()]{0,60}?)\s*,\s*(?:to\s+be\s+(?:called|named|known\s+as)\s+)?(?:the\s+)?")
_VERB_WORD = re.compile(r"\b(?:will|would|shall|is|are|was|were|has|have|can|could|may|might)\b", re.I)
_APPOSED_BEFORE = re.compile(r"(?:\s*,\s*|\s+(?:is|will\s+be|would\s+be|shall\s+be)\s+)(?:an?\s+|one\s+)?$", re.I)
_APPOSITION_ENDS = re.compile(r"[^,;.]{0,80}(?:,|\s+(?:is|will|would|shall)\b)")


def _apposed_name(text: str, start: int, end: int, here: list, starts: list[int], by_start: dict) -> tuple[str, ...] | None:
    """The provision a new one described at ``start``-``end`` ("a new 80-place
    free school") is, by a name in apposition with it: right after it
    between commas ("..., Harbour Point School, is being built"), or right
    before it ("Harbour Point School, a new 80-place school, ...", "Harbour
    Point School will be a new 80-place school")."""
    after = _APPOSED_AFTER.match(text, end)
    # (words of the new one's may come between: "a new 48-place school for autistic pupils, Linden Rise School", not
    # a verb nor another name: "a new 16-place base at Ash Primary School, Elm Road")
    if after is not None and after.end() in by_start and not _VERB_WORD.search(after.group("words")) and not _between(
            here, starts, end, after.end()):
        return by_start[after.end()][1]
    k = bisect.bisect_left(starts, start) - 1
    if k >= 0 and _APPOSED_BEFORE.match(text, here[k][1], start) and (
            text[here[k][1]:start].strip()[:1] != "," or _APPOSITION_ENDS.match(text, end)):
        return here[k][2]
    return None


def _between(here: list, starts: list[int], lo: int, hi: int) -> list:
    """The names found that start in [lo, hi) (``starts``: where each starts, in order)."""
    return here[bisect.bisect_left(starts, lo): bisect.bisect_left(starts, hi)]


# A row's label that is no provision: "Pupils in out-of-district placements (forecast)", "Total".
_NOT_A_PROVISION = re.compile(r"\b(?:pupils|children|forecast|demand|needing|waiting|total|EHC)\b", re.I)
_PLACES_AT_END = re.compile(r"\s+places\b.*$", re.I | re.S)
_PLACES_CELL = re.compile(r"\bplaces\b", re.I)  # a row of places of a kind: "SEMH special school places, north"


# A part named after a dash: "Larchwood School - PMLD department".
_DASHED_PART = re.compile(r"\s+[-–—]\s+.*$", re.S)


def _row_label(block) -> str:
    """A row's provision as named ("Larchwood School" of "Larchwood School - SLD", "Linthorpe" of "Linthorpe places")."""
    return _DASHED_PART.sub("", _PLACES_AT_END.sub("", _BRACKETS.sub("", block.cells[0].replace("*", "")))).strip()


def _row_key(block) -> tuple[str, ...]:
    return name_key(_row_label(block))


class _TablesOfPlaces:
    """Whether a table is one of places: its header or the headings over it
    say so, or else the paragraph that leads into it ("3.1 The places at the
    three schools would be:" over "School | Now | September 2028")
    (asked once for each table)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.known: dict[tuple, bool] = {}

    def __call__(self, block) -> bool:
        key = (block.header, block.headings)
        if key not in self.known:
            self.known[key] = bool(L.PLACES.search(" ".join((*block.header, *block.headings[-2:])))) or bool(
                L.PLACES.search(_lead_of(self.doc, block.index)))
        return self.known[key]


# What makes a row a part of a provision, not the whole: "Penrose Special Academy (SEMH, main site)", "Wyvern Park
# (SEMH group)", "Willowbrook sixth form".
_PART = re.compile(r"\b(?:site|group|class|classes|sixth\s+form|nursery|reception|key\s+stage|ks\d|years?|ages?|post-16|"
                   r"primary\s+phase|secondary\s+phase|satellite|annex\w*|base\s+at)\b"
                   # (or its places of one kind: "Oakmere School (SEMH places)")
                   r"|\([^()]*\bplaces\b[^()]*\)", re.I)


def _places_row(block, keys: set[tuple[str, ...]], of_places: bool) -> bool:
    """A row of a table of places now and after for one provision as a
    whole, by a name the document gives it in its prose or a provider's
    name ("Kelsham Vale AP | — | 24", "Linthorpe places | 150 | 180"), not a
    total, the places of a kind ("SEMH places in the north") nor a part
    ("Primary (4-11)", "Moorfield main site")."""
    label = block.cells[0].replace("*", "").strip()
    if block.subheader:
        return False  # (a Word table's columns under merged header cells are parts of a figure: places reads them)
    if not label[:1].isupper() or _TOTAL_CELL.match(label) or _NOT_A_PROVISION.search(label) or _PART.search(label):
        return False
    plain = _row_label(block)
    if _row_key(block) not in keys and not any(m.group(0).strip() == plain for m in L.PROPER_NAME.finditer(" " + plain)):
        return False  # (a name the document gives a provision, or a school's proper name: "Larch Hill School")
    if not of_places:
        return False
    columns = _columns(block)
    return columns is not None and _cell(block.cells[columns[0]]) is not None and _cell(block.cells[columns[1]]) is not None


def _columns(block) -> tuple[int, int] | None:
    """A table's columns of places now and after: the first headed as now
    ("Places 2026-27", "Now", "Places before") and the last headed as after
    ("From September 2027"), not a total's nor a count of pupils."""
    heads = [(k, h) for k, h in enumerate(block.header[: len(block.cells)]) if k > 0 and not _NOT_A_PROVISION.search(h)]
    nows = [k for k, h in heads if _NOW_HEAD.search(h)] or [k for k, h in heads if _BEFORE_HEADER.search(h)][:1]
    afters = [k for k, h in heads if _AFTER_HEADER.search(h) and not _NOW_HEAD.search(h) and k not in nows[:1]]
    # (columns that are parts, "Primary places now | Secondary places now | Total now": the total, else no one figure)
    before, after = (_one(cols, block.header) for cols in (nows, afters))
    if before is None or after is None or after <= before:
        return None
    return before, after


_NOW_HEAD = re.compile(r"\b(?:now|current\w*|existing|present|before|today)\b", re.I)
_TOTAL_HEAD = re.compile(r"\btotal\b", re.I)


def _one(cols: list[int], header: tuple[str, ...]) -> int | None:
    """The one column of several that gives the figure: the only one, or the total."""
    if len(cols) == 1:
        return cols[0]
    totals = [k for k in cols if _TOTAL_HEAD.search(header[k])]
    return totals[0] if len(totals) == 1 else None


_CLOSED_CELL = re.compile(r"^\W*(?:[-–—]|none|nil|closed|closes|0)\W*$", re.I)


def _cell(text: str) -> int | None:
    """A cell's count of places ("126", "**180**", "— " or "closed": 0)."""
    return 0 if _CLOSED_CELL.match(text) else _number_cell(text)


_PHASED = re.compile(r"\b(?:initially|at\s+first|in\s+the\s+first\s+(?:year|phase)|phase\s+(?:one|two|1|2)|first\s+phase|"
                     r"when\s+(?:it\s+is\s+)?full|at\s+full\s+capacity|eventually|rising\s+to|then\s+to|by\s+stages)\b", re.I)


def _two_figures(afters: list[Entry]) -> tuple[Entry, Entry] | None:
    """Two statements, in different sentences, of different figures after
    for the same year (or one of them for no year), in one pass: the first
    figure for each year (and for none) kept, each statement compared with
    those."""
    first: dict[str | None, Entry] = {}
    for f in afters:
        for year, e in first.items():
            if e.after != f.after and e.sentence is not f.sentence and (year is None or f.year is None or year == f.year):
                return e, f
        first.setdefault(f.year, f)
    return None


def ledger_findings(ledger: Ledger) -> list[Finding]:
    """The (d) facts the ledger decides: two figures for one provision after
    the change, for the same year (a conflict); else the places of the
    provisions given figures now and after, summed: fewer after (a fall in
    all), or more (a specific account of more places)."""
    out: list[Finding] = []
    # the area's places of a kind, fewer after than now: the document's own account of the supply
    fall = next((e for e in ledger.area if e.after < e.now), None)
    if fall is not None:
        out.append(Finding("places_fall_in_all", "supports", fall.sentence, fall.words))
    by: dict[str, list[Entry]] = {}
    for e in ledger.entries:
        by.setdefault(e.provision, []).append(e)
    for name, es in by.items():
        if re.fullmatch(r"new \d+ \d+", name) or name == _UNNAMED[0]:
            continue  # a provision the document does not name: statements of it are not known to be of one
        # (a figure of one phase is no other figure for the same time: "150 places when the block opens, 180 when full")
        afters = [e for e in es if e.after is not None and e.after > 0 and not _PHASED.search(e.sentence.text)]
        pair = _two_figures(afters)
        if pair is not None:
            e, other = pair
            return out + [Finding("places_figures_conflict", "against", e.sentence,
                            f"{name}: {e.words}; but {other.sentence.where}: {other.words}"),
                    Finding("places_figures_conflict", "against", other.sentence,
                            f"{name}: {other.words}; but {e.sentence.where}: {e.words}")]
    # the places summed, where the ledger is definite: every provision it gives a figure after (or closes) has its
    # figure now too (a new one has none now); one given only a figure now is one the change leaves as it is
    if not ledger.complete:
        return out
    now = after = 0
    counted = []
    for name, es in by.items():
        if ledger.kinds.get(name) == "mainstream_school":
            continue  # a mainstream school's places are not the places of the kind in question
        if name == _UNNAMED[0] and len(by) > 1:
            continue  # (figures of no provision named, beside named ones, may be theirs: "The enlarged school will have
            # 124 places, against the 110 places the two schools have now")
        n = next((e.now for e in es if e.now is not None), None)
        a = next((e for e in es if e.after is not None), None)
        if a is None:
            continue
        if n is None:
            return out
        now, after = now + n, after + a.after
        counted.append((name, n, a))
    if not counted:
        return out
    last = max((a for _, _, a in counted), key=lambda e: (e.sentence.block, e.sentence.number))
    cue = "; ".join(f"{name} {n} now, {a.after} after" for name, n, a in counted)
    if after < now and len(counted) >= 2:
        out.append(Finding("places_fall_in_all", "supports", last.sentence, f"{cue}: {now} in all now, {after} after"))
    elif after < now and ledger.alone is not None:
        # one provision, the area's only one of its kind: its places are the area's
        out.append(Finding("places_fall_in_all", "supports", last.sentence, f"{cue}; {ledger.alone.where}: no other"))
    elif after > now:
        out.append(Finding("places_benefit_specific", "supports", last.sentence, cue))
    return out


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
