"""Key factor (d), places: the figures of places now and after, from tables and prose, totals, the places
added or lost in all, figures that conflict, and places only at a PRU."""

from __future__ import annotations

import functools
import re

from senrules_proposals import language as L
from senrules_proposals.extract.clauses import (
    _BRACKETED, _Either, _FORMED_SCHOOL, _FUTURE, _clauses_with, _first, _names, _quantity_near,
)
from senrules_proposals.extract.model import Finding, Provider
from senrules_proposals.prefilter import prefiltered
from senrules_proposals.reader import Document, Sentence


_FROM_TO = re.compile(r"\bfrom\s+(\d+)\s+(?:\w+\s+){0,3}?to\s+(\d+)\b", re.I)
_BREAKDOWN = re.compile(r"\s*\([^()]{0,160}\)")


def without_breakdowns(text: str) -> str:
    """The text without its parentheses, so that a figure's breakdown does
    not stand between the figures: "from 130 (Fernhill 30, Hollybank 60) to
    132", "96 now (Brackenwood 36, Linford 40); 100 from September"."""
    return _BREAKDOWN.sub("", text) if "(" in text else text


def _from_to(text: str) -> str | None:
    """Figures before and after ("from 96 to 120"), not those of an age
    range ("the upper age limit from 16 to 19") or of time ("from 2 to 3
    days a week")."""
    for t in (text, without_breakdowns(text)):
        for m in _FROM_TO.finditer(t):
            if not _AGE_BEFORE.search(t, max(0, m.start() - 30), m.start()) and not _TIME_AFTER.match(t, m.end()):
                return m.group(0)
    return None


_AGE_BEFORE = re.compile(r"\bage(?:d|s)?\b[^.;]*$", re.I)
_TIME_AFTER = re.compile(r"\s*(?:days?|weeks?|hours?|months?|years?|terms?|sessions?|%|per\s*cent)\b", re.I)


_RISES_TO = re.compile(r"\b(?:doubl|increas|ris|grow|expand|go(?:es)?\s+up|treble)\w*\s+(?:[\w,]+\s+){0,2}?to\s+\d+\b", re.I)


def _places_specific(text: str) -> str | None:
    return (_from_to(text) or _quantity_near(L.rx(r"places?", r"pupils?", r"children", r"students?", r"learners?"), text)
            or _first(_RISES_TO, text)  # "the number of places will double to 24"
            or _first(_UP_BY, text))  # "will increase by 12"


_UP_BY = re.compile(r"\b(?:increas|ris|grow|expand|go(?:es)?\s+up)\w*\s+by\s+\d+\b(?!\s*%)", re.I)


def _places_extra(clause: str, s: Sentence) -> bool:
    """An increase said of the places themselves: a verb of increase in
    the clause ("Places for pupils with MLD in Tarnside will increase from
    110 to 120", "will increase the supply of suitable secondary places"),
    or an adjective right before them ("24 additional places"), not an
    adjective of another noun ("4 pupils, whose places start in January,
    when the school forms its new Year 10 group")."""
    text = without_breakdowns(clause)
    if _PLACES_NEEDED.search(text):  # "Its 23 pupils will need new school places": demand, not supply
        return False
    if "place" in text.casefold() and not L.PLACES.search(_PLACE_IDIOM.sub(" ", text)):
        return False  # "creating a team of four intervenors, in place of the present arrangement": no places
    if _MATCH_NEED.search(text) and L.PLACES.search(_PLACE_IDIOM.sub(" ", text)):
        return True  # places as many as now but matched to need: "so the places offered will match need more closely"
    if L.NONE_NOW.search(text) and _PLACES_COUNTED.search(text):
        return True  # "20 ERP places for autism from September 2027, where there are none now": all of them added
    for inc in L.PLACES_INCREASE.finditer(text):
        if _PAST_PASSIVE.search(text, max(0, inc.start() - 20), inc.start()):
            continue  # what was done before ("since the outreach service was expanded in 2024"): not the proposal
        figures = re.match(r"from\s+(\d+)\s+to\s+(\d+)$", inc.group(0), re.I)
        if figures and int(figures.group(2)) <= int(figures.group(1)):
            continue  # "will reduce from 120 to 100 places": fewer, not more
        if not L.PLACES_INCREASE_ADJECTIVE.match(inc.group(0)):
            return True
        # (a bounded slice: a clause may be a whole 40,000-character line)
        if _THEN_PLACES.match(text, inc.end(), inc.end() + 80):
            return True
        # a comparison: "130 places, 17 more than the two schools now"
        before = re.search(r"(\d+)\s+$", text[max(0, inc.start() - 12): inc.start()])
        if re.match(r"\s+than\b", text[inc.end(): inc.end() + 10]) or (before and not re.fullmatch(r"(?:19|20)\d\d", before.group(1))):
            return True
    return False


# Places fitted better to need, whatever their number: "will match need more closely", "better matched to pupils'
# needs", "can be used more flexibly".
_MATCH_NEED = re.compile(
    r"\b(?:match\w*|meet\w*|fit\w*|suit\w*)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?needs?\s+(?:more\s+closely|better)\b"
    r"|\b(?:better|more\s+closely)\s+(?:matched|fitted|suited)\s+to\b"
    r"|\b(?:used|allocated|commissioned|offered)\s+more\s+(?:flexibly|effectively)\b", re.I)
_PLACES_COUNTED = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,3}?places\b", re.I)
# "Place" in a phrase about something else: "in place of", "will be in place", "takes place", "in the first place";
# or naming money ("Castleton's place funding rises by £170,000": the money, not the places, rises).
_PLACE_IDIOM = re.compile(r"\b(?:in|into)\s+place\b|\b(?:take|takes|taking|took|taken)\s+place\b|\bin\s+the\s+first\s+place\b"
                          r"|\bplace[- ](?:funding|funded|costs?|rates?|values?|budgets?|element)\b", re.I)
_PAST_PASSIVE = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.I)
# (not "needs" as a noun naming the kind of places: "medical needs places", "places for complex needs")
_PLACES_NEEDED = re.compile(
    r"\b(?:(?<!medical\s)(?<!complex\s)(?<!additional\s)(?<!health\s)(?<!learning\s)(?<!sensory\s)(?<!physical\s)"
    r"(?<!special\s)(?<!educational\s)(?<!SEMH\s)(?<!SEN\s)(?<!SEND\s)(?<!high\s)(?<!behavioural\s)needs"
    r"|need|needing|require|requires|requiring|look(?:s|ing)?\s+for|seek\w*|find\w*|waiting\s+for)\s+(?:[\w-]+\s+){0,3}?places?\b", re.I)
_THEN_PLACES = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:" + L.PLACES.pattern + ")", re.I)


def _number(cell: str) -> int | None:
    """The count a table cell gives ("126", "**180**", "126 now", "180 places"),
    not a year or a date."""
    c = cell.replace("*", "").replace(",", "").strip()
    m = re.match(r"(\d{1,6})(?:\s+(?:now|places?|pupils?|currently|in\s+total|from|by|in|after)\b.*)?$", c, re.I)
    if not m or re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
        return None
    return int(m.group(1))


_NONE_CELL = re.compile(r"^\s*(?:[-–—]|none|nil)\s*$", re.I)
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)


def _figures(block, dashes: bool = False) -> list[tuple[int, int]]:
    """A table row's figures, (column, count), in order: the count each cell
    gives (with ``dashes``, a dash or "none" after the first cell is 0:
    "Hawley (satellite) | — | 24").  The columns under one header cell merged
    over them (a Word table's "From September 2027" over "KS1 | KS2 |
    Total") give one figure: the column the second header row calls the
    total, else their sum, at the group's last column."""
    numbers = [(i, 0 if dashes and i > 0 and _NONE_CELL.match(c) else _number(c)) for i, c in enumerate(block.cells)]
    numbers = [(i, n) for i, n in numbers if n is not None]
    if not block.subheader or len(block.header) != len(block.cells):
        return numbers
    out: list[tuple[int, int]] = []
    for k, (i, n) in enumerate(numbers):
        label = block.header[i]
        if k and label and block.header[out[-1][0]] == label:
            j, m = out[-1]
            if _TOTAL_WORD.search(block.subheader[j]):
                continue  # the group's total is given: its parts after it add nothing
            out[-1] = (i, n) if _TOTAL_WORD.search(block.subheader[i]) else (i, m + n)
        else:
            out.append((i, n))
    return out


def _places_table(block, s: Sentence) -> list[Finding]:
    """A row of a table of places ("Borough total | 126 | 180"): places now
    and after, read from the header row's column names."""
    if block.kind != "row" or not block.header or block.cells == block.header:
        return []
    context = " ".join((*block.header, *block.headings[-2:], block.cells[0] if block.cells else ""))
    if not L.PLACES.search(context):
        return []
    # (a dash or "none" under a column of places is no places: "Hawley (satellite) | — | 24")
    numbers = _figures(block, dashes=True)
    if len(numbers) < 2 or numbers[-1][1] <= numbers[0][1]:
        return []
    (i, before), (j, after) = numbers[0], numbers[-1]
    label = lambda k: block.header[k] if k < len(block.header) and block.header[k] else f"column {k + 1}"  # noqa: E731
    return [Finding("places_benefit_specific", "supports", s, f"{label(i)} {before}, {label(j)} {after}")]


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_TOTAL_WORD = re.compile(r"\btotal\b", re.I)


def _places_prose(s: Sentence, block) -> list[Finding]:
    """Places before and after in a sentence: "Borough total: 126 now; 180
    from September 2027" (places named in it, its paragraph or headings);
    or a new school or provision "for 80 pupils"."""
    if not _DIGIT.search(s.text):  # every one of these gives its figures in digits
        return []
    more = _MORE_PUPILS.search(s.text)
    if more and s.kind != "heading":
        # "Ash School will be able to admit 12 more pupils from September 2028": 12 more places
        clause = L.clause_of(s.text, more.start())
        if not L.negated(clause) and not L.hedge(clause):
            return [Finding("places_benefit_specific", "supports", s, more.group(0))]
    new = L.NEW_FOR_PUPILS.search(s.text)
    if new and s.kind != "heading":
        clause = L.clause_of(s.text, new.start())
        if not L.negated(clause) and not L.hedge(clause):
            return [Finding("places_benefit_specific", "supports", s, new.group(0))]
    if not (_places_in_context(block.text, block.header, s.headings[-2:]) or _TOTAL_WORD.search(s.text)):
        return []
    cols = _TOTAL_COLUMNS.search(s.text)
    if cols and int(cols.group(2).replace(",", "")) > int(cols.group(1).replace(",", "")):
        return [Finding("places_benefit_specific", "supports", s, " ".join(cols.group(0).split()))]
    text = s.text
    if not (L.NOW_THEN.search(text) or L.THEN_NOW.search(text)):
        text = without_breakdowns(text)
    none = _NONE_NOW_THEN.search(text)
    if none is not None:
        clause = L.clause_of(text, none.start())
        if not L.negated(_NONE_NOW_WORDS.sub(" ", clause)) and not L.hedge(clause):  # ("none now" itself denies nothing)
            return [Finding("places_benefit_specific", "supports", s, none.group(0))]
    m = L.NOW_THEN.search(text)
    if m is None:
        m = _FROM_TO_PLACES.search(text)
        if m is not None and (L.negated(L.clause_of(text, m.start())) or L.hedge(L.clause_of(text, m.start()))):
            m = None
    if m:
        before, after = (int(x.replace(",", "")) for x in m.groups())
    else:
        m = L.THEN_NOW.search(text)
        if not m:
            low = text.casefold()
            if any(w in low for w in L.COMPARED_WORDS):
                m = L.THEN_INSTEAD.search(s.text) or L.THEN_INSTEAD.search(text)
        if not m:
            return _totals(s)
        after, before = (int(x.replace(",", "")) for x in m.groups() if x is not None)
    if after <= before:
        return []
    return [Finding("places_benefit_specific", "supports", s, m.group(0))]


@functools.lru_cache(maxsize=256)
def _places_in_context(text: str, header: tuple[str, ...], headings: tuple[str, ...]) -> bool:
    """Whether a paragraph (or table row), its table's header or its headings
    speak of places: searched once per paragraph, not again for each of its
    sentences (quadratic on a long paragraph)."""
    return L.PLACES.search(" ".join((text, *header, *headings))) is not None


_DIGIT = re.compile(r"\d")
# A plain-text table's total row, its columns now and after set apart by runs of spaces ("Total      50      72"),
# as a pasted or typed table is read when its rows wrap (the columns' headings name the years in that order).
_TOTAL_COLUMNS = re.compile(r"\btotal\s{2,}(\d[\d,]*)\s{2,}(\d[\d,]*)\s*\.?\s*$", re.I)


# None now, so many after: "Secondary SEMH resourced places in the city: none now; 12 from 1 September 2027".
_NONE_NOW_THEN = re.compile(
    r"\b(?:none|nil|no\s+places|0)\s+(?:now|at\s+present|currently|today)\b[;,:]?\s*(?:and\s+|rising\s+to\s+|to\s+|but\s+)?"
    r"(\d[\d,]*)\s+(?:places\s+)?(?:from|by|in|after|when)\b", re.I)
_NONE_NOW_WORDS = re.compile(r"\b(?:none|nil|no\s+places)\s+(?:now|at\s+present|currently|today)\b", re.I)
# "taking Greenbank from 96 to 120 places": the figures say the places increase, with no verb of increase.
_FROM_TO_PLACES = re.compile(r"\bfrom\s+(\d[\d,]*)\s+(?:places\s+)?to\s+(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b", re.I)
_MORE_PUPILS = re.compile(
    r"\b(?:admit|take|accommodate|educate|provide\s+for|places?\s+for)\s+(?:up\s+to\s+)?\d+\s+(?:more|additional|extra|further)\s+"
    r"(?:pupils|children|students|learners|young\s+people)\b", re.I)


_TOTAL = re.compile(r"\btotals?\s*(?:[:=]\s*|of\s+)?(\d[\d,]*)\b(?!\s*%)", re.I)


def _totals(s: Sentence) -> list[Finding]:
    """Places listed year by year, each with its total ("2027-28: Elm Tree 10; Hawthorne 0; total 10 ...
    From 2031: Elm Tree 0; Hawthorne 16; total 16"): the first total and the last are before and after."""
    totals = list(_TOTAL.finditer(s.text))
    if len(totals) < 2:
        return []
    first, last = (int(m.group(1).replace(",", "")) for m in (totals[0], totals[-1]))
    if last <= first:
        return []
    return [Finding("places_benefit_specific", "supports", s, f"{totals[0].group(0)} … {totals[-1].group(0)}")]


def _totals_in_lists(sents: list[Sentence], doc: Document) -> list[Finding]:
    """Places listed year by year as the items of a list or the rows of a
    table, each with its total ("- 2028-29: Oak Lane 8, Brook 6, total 14";
    "- from 2030-31: ... total 18"), under a lead-in or heading naming places:
    the first item's total and the last's."""
    out: list[Finding] = []
    run: list[tuple[Sentence, int]] = []

    def close():
        if len(run) >= 2 and run[-1][1] > run[0][1]:
            first, last = run[0][0], run[-1][0]
            block = doc.blocks[first.block - 1] if first.block else None
            context = " ".join((*first.headings[-2:], block.text if block is not None else ""))
            if L.PLACES.search(context):
                out.append(Finding("places_benefit_specific", "supports", last,
                                   f"{_TOTAL.search(first.text).group(0)} … {_TOTAL.search(last.text).group(0)}"))
        run.clear()

    previous = None
    for s in sents:
        totals = _TOTAL.findall(s.text) if s.kind in ("item", "row") else []
        if len(totals) == 1 and (not run or (s.block == run[-1][0].block + 1 and s is not previous)):
            run.append((s, int(totals[0].replace(",", ""))))
        else:
            close()
            if len(totals) == 1:
                run.append((s, int(totals[0].replace(",", ""))))
        previous = s
    close()
    return out


# Places now and after, said in two statements of one paragraph rather than one phrase: "There are no SEMH
# resourced places in Penbury's primary schools now" ... "a new resourced provision ... for up to 10 children";
# "The Seacombe unit has 6 places; the Larkhill base will have 10 places".  A statement of now is in the
# present tense (no "will"); one of after is in the future, or describes a provision that opens.
_PLACES_NOW = re.compile(
    r"\bthere\s+(?:are|is)\s+(?P<n>\d[\d,]*|no)\s+(?:[\w'’-]+\s+){0,6}?places?\b[^.;]{0,80}?\b(?:now|at\s+present|currently|today)\b"
    # "There is no SLCN resourced provision in the borough at present"; "The borough has no such places now"
    # "There is no SpLD base in the south of the district at present"
    r"|\b(?:there\s+(?:are|is)|has|have)\s+(?P<none2>no)\s+(?:[\w'’-]+\s+){0,5}?(?:places?|provision|bases?|units?)\b[^.;]{0,60}?\b(?:now|at\s+present|currently|today)\b"
    # "The borough currently has no SEMH resourced places"
    r"|\b(?:currently|now|at\s+present)\s+(?:has|have)\s+(?P<none3>no)\s+(?:[\w'’-]+\s+){0,5}?(?:places?|provision)\b"
    r"|\bwhere\s+there\s+(?:are|is)\s+(?P<none>none|no\s+(?:such\s+)?(?:places|provision))(?:\s+(?:now|at\s+present|currently|today))?\b"
    r"|\b(?:has|have|with)\s+(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "At present there are 20 secondary autism base places in the county"
    r"|\b(?:now|at\s+present|currently|today),?\s+there\s+(?:are|is)\s+(?P<n4>\d[\d,]*)\s+(?:[\w'’-]+\s+){0,6}?places?\b"
    # "the borough has 8 primary SEMH resourced places now"
    r"|\b(?:has|have)\s+(?P<n5>\d[\d,]*)\s+(?:[\w'’-]+\s+){0,5}?places\s+(?:now|at\s+present|currently|today)\b"
    r"|\b(?:is|are)\s+an?\s+(?P<n3>\d[\d,]*)[- ]place\b",
    re.I)
_PLACES_THEN = re.compile(
    r"\b(?:will|would)\s+(?:then\s+)?(?:have|be|provide|offer)\s+(?:a\s+total\s+of\s+)?(?P<n>\d[\d,]*)"
    r"(?:\s+(?:[\w-]+\s+){0,3}?places\b|\s*(?=[.;]|$))"
    r"|\b(?P<n2>\d[\d,]*)[- ]place\b"
    # "a new assessment base of 10 places" (a provision that opens, as with "a 10-place base")
    r"|\b(?:provision|base|unit|school|academy|centre|class|satellite)\s+of\s+(?P<n4>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "The new school takes the county total to 308 places"
    r"|\b(?:takes?|taking|brings?|bringing)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?P<n6>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # ... or the figure just given: "the borough has 8 ... places now; the decision takes this to 18"
    r"|\b(?:takes?|taking|brings?|bringing|raises?|raising|increases?|increasing)\s+(?:this|that|it|these|the\s+(?:number|total|figure))\s+"
    r"to\s+(?P<n7>\d[\d,]*)\b(?![\d%]|[.,]\d|\s*per\s*cent|\s+(?:weeks?|days?|months?|years?|hours?|staff|posts?|classes|classrooms?|rooms?)\b)"
    # "there will be 332 when Meadow Farm is full" (said of places: the sentence names them)
    r"|\bthere\s+will\s+(?:then\s+)?be\s+(?P<n5>\d[\d,]*)\b(?![\d,.%]|\s+(?:[\w-]+\s+)?(?:weeks?|days?|months?|years?|hours?|staff|pupils|children|students|posts?|classes|classrooms?|rooms?)\b)"
    # ("a new Reading and Language Base will open at Hadleigh Primary School, Mill Lane, for up to 12 pupils")
    r"|\b(?:provision|base|unit|school|academy|centre|resource\w*|satellite)\s+(?:[\w’'-]+,?\s+){0,8}?for\s+(?:up\s+to\s+)?(?P<n3>\d[\d,]*)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:pupils|children|students|learners|young\s+people)\b",
    re.I)
# The same in a key-facts box, label and value (the colon parts them, so these are read in the whole sentence):
# "New MSI base at Holmcroft Academy: 10 places for pupils aged 4 to 19"; "Places now in the county: 0".
# (or a statutory notice's pair of labels: "Current capacity: 96 places." "Proposed capacity: 120 places.")
_KEY_PLACES_THEN = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?new\b[^.;:]{0,80}:\s*(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|^\W*(?:proposed|planned|future|new)\s+(?:capacity|number\s+of\s+places|(?:planned\s+)?places|planned\s+number)\s*"
    r"(?:\([^()]{0,40}\)\s*)?:\s*(?P<n2>\d[\d,]*)\b(?![\d,%]|\.\d|\s*(?:[-/]|pupils\s+a|staff))", re.I)
_KEY_PLACES_NOW = re.compile(
    r"^\W*places\s+(?:now|at\s+present|currently|today)\b[^.;:]{0,40}:\s*(?P<n>\d[\d,]*|none|nil)\b"
    r"|^\W*(?:current|existing|present)\s+(?:capacity|number\s+of\s+places|(?:planned\s+)?places|planned\s+number)\s*"
    r"(?:\([^()]{0,40}\)\s*)?:\s*(?P<n2>\d[\d,]*|none|nil)\b(?![\d,%]|\.\d|\s*(?:[-/]|staff))", re.I)
# ... or a label of when under a label naming the places: "Places, SEMH special, in the area: Now: 54 (...).  From
# September 2028: 90 (...)" (the second, in the paragraph after a figure of places now, need not name them).
_KEY_NOW_LABEL = re.compile(r"\bplaces\b[^.;]{0,80}?\b(?:now|at\s+present|currently|today)\s*:\s*(?P<n>\d[\d,]*|none|nil)\b(?!\s*%)", re.I)
_KEY_WHEN_LABEL = re.compile(
    r"^\W*(?:from|by|after|in)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d(?:[-/]\d\d)?\s*:\s*(?P<n>\d[\d,]*)\b(?![\d,%]|\.\d|\s*(?:[-/]|pupils|children|staff))", re.I)
_KEY_AFTER_LABEL = re.compile(r"[;,]\s*(?:after|afterwards|then|proposed|planned|future)\s*:\s*(?P<n>\d[\d,]*)\b(?![\d,%]|\.\d)", re.I)
_OPENS = re.compile(r"\b(?:new|open\w*|commission\w*|establish\w*|creat\w*)\b", re.I)
_NONE_WORD = re.compile(r"\b(?:none|no)\b", re.I)


def _places_now_then(s: Sentence, elliptic: bool = False) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The places-now and places-after figures of one sentence, with their
    words.  ``elliptic``: the sentence follows a figure of places now in its
    paragraph, and its figure after need not name them ("Right now Hartsmere
    has 210 places ...  After the new school opens it will have 306")."""
    now: list[tuple[int, str]] = []
    then: list[tuple[int, str]] = []
    if s.kind == "heading" or not _DIGIT.search(s.text) and not _NONE_WORD.search(s.text):
        return now, then
    low = s.text.casefold()
    if not elliptic and "place" not in low and not any(w in low for w in ("pupils", "children", "students", "learners", "young people", "provision", "base", "unit", "capacity")):
        return now, then  # every figure of places now or after names places, or the pupils a provision is for
    keys = ((_KEY_PLACES_THEN, then), (_KEY_PLACES_NOW, now), (_KEY_NOW_LABEL, now)) + (((_KEY_WHEN_LABEL, then),) if elliptic else ())
    for key, into in keys:
        m = key.search(s.text)
        if m and not L.hedge(s.text):
            n = m.group("n") if m.group("n") is not None else m.groupdict().get("n2")
            into.append((0 if n.casefold() in ("none", "nil") else int(n.replace(",", "")), m.group(0)))
            # (a form's pair of labels: "Places: PD resourced places in the city - now: 6 (...); after: 18 (...)")
            after = _KEY_AFTER_LABEL.search(s.text, m.end(), m.end() + 120) if key is _KEY_NOW_LABEL else None
            if after:
                then.append((int(after.group("n").replace(",", "")), after.group(0)))
    in_all = _PLACES_IN_ALL_NOW.search(s.text)
    if in_all and _FUTURE.search(s.text, 0, in_all.start()) and not L.hedge(s.text) and not L.negated(s.text):
        # the places after counted in all, in a sentence of what will be: "From September 2027 the Council would
        # commission 40 places at the Academy and 24 at Kinship: 64 places in all"
        then.append((int(in_all.group("n").replace(",", "")), in_all.group(0)))
    for a, b in L.clause_spans(s.text):
        clause = s.text[a:b]
        if not _DIGIT.search(clause) and not _NONE_WORD.search(clause):
            continue
        thens = list(_PLACES_THEN.finditer(clause))
        nows = list(_PLACES_NOW.finditer(clause))
        if not thens and not nows:  # (most clauses with a figure give no places: the cheap test first)
            continue
        if L.hedge(clause) or _PLACES_NEEDED.search(clause):
            continue
        present = not _FUTURE.search(clause) and not _OPENS.search(clause)
        for m in thens:
            figure = (m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
                      or m.group("n7"))
            if m.group("n2") is not None or m.group("n3") is not None or m.group("n4") is not None:
                # "a 12-place base" now; "a new 16-place base", "opening of a 20-place"; "each school will have a
                # resourced provision of 12 places"
                if not _OPENS.search(clause) and not (m.group("n4") is not None and _FUTURE.search(clause)):
                    continue
            elif L.negated(clause):
                continue
            then.append((int(figure.replace(",", "")), m.group(0)))
        for m in nows:
            figure = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
            none = next((m.group(g) for g in ("none", "none2", "none3") if m.group(g) is not None), None)
            if not present and figure is not m.group("n") and none is None:
                continue  # "with 12 places" is now only in a clause in the present tense; "none now" says so itself
            if none is not None or (figure or "").casefold() in ("no", "none", "nil"):
                now.append((0, m.group(0)))
            elif not L.negated(clause):
                now.append((int(figure.replace(",", "")), m.group(0)))
    return now, then


_NOW_ROW = re.compile(r"^\W*(?:now|current(?:ly)?|today|at\s+present|present|existing)\b", re.I)


def places_by_rows(sents: list[Sentence], doc: Document) -> list[Finding]:
    """A table of places set out down the page, a row for each time ("Year |
    Places"; "Now | 0"; "September 2027 | 16"; "September 2028 | 32"): the
    places now and after, read from the rows' labels; more places after is a
    specific claim of an improved supply (d)."""
    out: list[Finding] = []
    tables: dict[tuple, list[Sentence]] = {}
    seen: set[int] = set()
    for s in sents:
        block = doc.blocks[s.block]
        if s.kind != "row" or s.block in seen or not block.header or block.cells == block.header:
            continue
        seen.add(s.block)
        tables.setdefault((block.header, block.headings), []).append(s)
    for (header, _), rows in tables.items():
        col = next((i for i, h in enumerate(header) if i > 0 and L.PLACES.search(h)), None)
        if col is None:
            continue
        def value(t: Sentence) -> int | None:
            cells = doc.blocks[t.block].cells
            return _number(cells[col]) if col < len(cells) else None
        now = next((t for t in rows if _NOW_ROW.match(doc.blocks[t.block].cells[0])), None)
        if now is None or value(now) is None:
            continue
        later = [t for t in rows[rows.index(now) + 1:]
                 if value(t) is not None and (_YEAR.search(doc.blocks[t.block].cells[0]) or _AFTER_HEADER.search(doc.blocks[t.block].cells[0]))]
        if later and value(later[-1]) > value(now):
            last = later[-1]
            out.append(Finding("places_benefit_specific", "supports", last,
                               f"{doc.blocks[now.block].cells[0]} {value(now)}, {doc.blocks[last.block].cells[0]} {value(last)}"))
    return out


def places_now_and_after(sents: list[Sentence]) -> list[Finding]:
    """Places now and after given in two statements of one paragraph (or of
    one sentence's two clauses): the first figure now and the first after;
    more places after is a specific claim of an improved supply (d)."""
    out: list[Finding] = []
    by_block: dict[int, list[Sentence]] = {}
    for s in sents:
        by_block.setdefault(s.block, []).append(s)
    firsts: dict[int, tuple] = {}
    for number, block in by_block.items():
        now = then = both = None
        for s in block:
            n, t = _places_now_then(s, elliptic=now is not None and then is None)
            if n and t and both is None and t[0][0] > n[0][0]:
                both = (n[0], t[0], s)
            if n and now is None:
                now = (n[0], s)
            if t and then is None:
                then = (t[0], s)
        firsts[number] = (now, then, block[0].headings)
        if now is not None and then is not None and then[0][0] > now[0][0]:
            (_, w1), _ = now
            (_, w2), s2 = then
            out.append(Finding("places_benefit_specific", "supports", s2, f"{w1} … {w2}"))
        elif both:
            # (or one sentence gives both, after another's figure of a new provision: "We propose to open a 16-place
            # base ... At present there are 20 ... places in the county; after the change there will be 36")
            (_, w1), (_, w2), s2 = both
            out.append(Finding("places_benefit_specific", "supports", s2, f"{w1} … {w2}"))
    # (or in two paragraphs one after the other, under the same heading: "1.1 To establish The Lantern, a
    # 16-place centre ..." and "1.2 The borough has no such places now")
    for number, (now, then, headings) in firsts.items():
        following = firsts.get(number + 1)
        if following is None or following[2] != headings or (now is not None and then is not None):
            continue
        for a, b in ((now, following[1]), (following[0], then)):
            if a is not None and b is not None and b[0][0] > a[0][0] and None in (following[0], following[1]):
                out.append(Finding("places_benefit_specific", "supports", b[1], f"{a[0][1]} … {b[0][1]}"))
                break
    return out


# The places a provision will have after the change, as one figure: "from 90 to 130 places", "will have 105
# places", "rising to 24 places", "a total of 40 places".
_PLACES_AFTER = re.compile(
    r"\bfrom\s+\d[\d,]*\s+(?:places\s+)?to\s+(?P<a>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:will|would)\s+(?:then\s+|now\s+|in\s+future\s+|therefore\s+|thus\s+)?(?:have|provide|offer)\s+(?:a\s+total\s+of\s+|room\s+for\s+)?(?P<b>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:ris\w*|increas\w*|grow\w*|go(?:es)?\s+up|expand\w*|enlarg\w*)\s+(?:[\w,]+\s+){0,3}?to\s+(?P<c>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # "increase the number of places at Welland Park School from 80 to 110"
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?places\s+(?:at|in)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}from\s+\d[\d,]*\s+to\s+(?P<d>\d[\d,]*)\b(?!\s*%)"
    # schools that become one: "so that the two schools become one school of 220 places"
    r"|\bone\s+(?:[\w-]+\s+){0,2}?(?:school|academy)\s+(?:of|with)\s+(?P<e>\d[\d,]*)\s+places\b"
    # a new provision's places when it opens: "Brackenrigg School, which will open in a new building ... on 1 September
    # 2029 with 60 places"
    r"|\bopen(?:s|ing)?\s+(?:[^.;()]{0,100}?\s)?with\s+(?P<g>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    # the places named with the first figure only: "enlarge the base at Ash Primary School from 8 places to 16"
    r"|\bfrom\s+\d[\d,]*\s+places\s+to\s+(?P<f>\d[\d,]*)\b(?!,\d|\s*%|\.\d|\s*per\s*cent)",
    re.I)
# The school enlarged to be the one schools become: "That Cherry Orchard School be enlarged to 210 places ..., as the
# amalgamated school".
_AS_FORMED = re.compile(r"\bas\s+the\s+(?:amalgamated|merged|combined|new)\s+(?:special\s+)?(?:school|academy)\b", re.I)
# Figures for an area or a group, not one provision: "the county's SEMH places", "each class", "in total".
_NOT_ONE_PROVISION = re.compile(
    r"\b(?:county|borough|city|district|authority|council|area)(?:['’]s|[- ]wide)|\bin\s+the\s+(?:county|borough|city|district|area)\b"
    r"|\b(?:across|total|each|every|per|both|all|combined|between)\b", re.I)
# ... but not the area's in a description of one school: "Holme Lea School, the borough's other SEMH special school,
# from 50 to 114 places" (the area's places are not the school's: "the county's special school places").
_AREA_DESCRIBES_SCHOOL = re.compile(
    r"\b(?:county|borough|city|district|authority|council|area)['’]s\s+(?:[\w-]+\s+){0,5}?"
    r"(?:school|academy|unit|base|centre|provision|resource)\b(?!\s+places)(?=\s*[,)])", re.I)
_YEAR = re.compile(r"\b20\d\d\b")
_PLACE_WORD = re.compile(r"places\b", re.I)
# The places added in all: "48 additional specialist places", "will add 48 places", "from 94 to 142" places
# across the county, a table's total row.
ADDED_IN_ALL = "the places added in all"
# One phase's places across the area are a part of all of them, not all: "SEMH special school places (primary)" against
# "(all ages)", "primary HI places in the borough" against "all HI places".
_PHASE = re.compile(r"\b(?:primary|secondary|post[- ]?1[69]|key\s+stage\s*\d|ks\s*\d|early\s+years|nursery|sixth[- ]form|infants?|juniors?)\b", re.I)


def in_all_of(said: str) -> str:
    """Whose places added in all the words ``said`` before the figures give: all of the area's (:data:`ADDED_IN_ALL`), or
    one phase's, a part of them, where they name one phase only ("the places added in all (primary)")."""
    phases = {re.sub(r"\W", "", m.group(0).lower()) for m in _PHASE.finditer(said)} if "all ages" not in said.lower() else set()
    return f"{ADDED_IN_ALL} ({phases.pop()})" if len(phases) == 1 else ADDED_IN_ALL
_PLACES_ADDED = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:additional|extra|more|new)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\badd(?:s|ing)?\s+(?:a\s+further\s+|another\s+)?(?P<n2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\b"
    r"|\b(?:across|in)\s+the\s+(?:county|borough|city|district|area)\s+from\s+(?P<from>\d[\d,]*)\s+to\s+(?P<to>\d[\d,]*)\b"
    r"|\bfrom\s+(?P<from2>\d[\d,]*)\s+to\s+(?P<to2>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?places\s+(?:across|in)\s+the\s+(?:county|borough|city|district|area)\b",
    re.I)
# "increasing the number of places from 60 to 90", in a sentence about the county's provision as a whole
_NUMBER_FROM_TO = re.compile(
    r"\b(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}?places\s+from\s+(?P<from>\d[\d,]*)\s+to\s+(?P<to>\d[\d,]*)\b(?!\s*%)", re.I)
_IN_ALL = re.compile(r"\b(?:together|in\s+total|in\s+all|altogether|overall|between\s+them|combined"
                     r"|(?:across|in)\s+the\s+(?:county|borough|city|district|area))\b", re.I)
_TOTAL_ROW = re.compile(r"^\W*(?:total|all\s+(?:bases|schools|provisions)|overall)\b", re.I)
_MONEY_IN_ALL = re.compile(r"[£$€]\s*\d[\d,.]*\s*(?:m|k|bn|million|thousand)?\b(?:\s+(?:a|per|each)\s+(?:year|annum))?\s+"
                           r"(?:in\s+total|in\s+all|altogether|overall|combined)\b", re.I)

# What a figure is said of, by the words its grammar ties it to (not by the names near it): the area's places or a
# total, by the noun it qualifies before it ("the county's SEMH special school places will rise from 164 to 168", "and
# the borough's total from 154 to 174", "places across Wexcombe from ...", "the total will be 168") or by the words
# right after it in its own phrase ("from 154 to 174 places across the borough", "168 places in all"); or each of
# several provisions ("32 more places at each of the enlarged schools", "12 places each").
_AREA_WORD = r"(?:county|borough|city|district|authority|council|area|region)"
# (a word a name of the area found in the document may be that names nothing: "Full" of "Full Council")
_NOT_AN_AREA = frozenset(("the", "full", "county", "borough", "city", "district", "council"))


@functools.lru_cache(maxsize=64)
def _area_ties(areas: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """The words that tie a figure to the area (``areas``: the area's own
    names, "Wexcombe"): before it, the noun it qualifies; after it, in its
    own phrase."""
    names = sorted((a for a in areas if a.casefold() not in _NOT_AN_AREA and len(a) > 2), key=len, reverse=True)
    area = r"(?:" + "|".join([_AREA_WORD] + [re.escape(a) for a in names]) + r")"
    before = re.compile(
        # (an area's possessive qualifying places through adjectives only, not "the borough's largest provider of places")
        # ("the county total", "the borough SEMH places": an area's word qualifies them without a possessive too)
        r"(?:\b" + area + r"['’]s|\b(?:county|borough|city|district))\s+"
        r"(?:(?!(?:of|for|with|in|at|to|by|on|and|or|will|would|shall|is|are|has|have|its|their)\b)[\w-]+\s+){0,5}?"
        r"(?:places|total|capacity|number)\b"
        r"|\b(?:places|capacity|provision)\s+(?:across|in|throughout|within)\s+(?:the\s+)?(?:whole\s+)?" + area + r"\b(?!['’])"
        r"|\bthe\s+total\b|\bin\s+total\b|\bin\s+all\b(?!\s+[a-z])|\baltogether\b|\b(?:the|their)\s+combined\b"
        r"|\b" + _AREA_WORD + r"[- ]?wide\b", re.I)
    after = re.compile(
        r"\s*(?:(?:[\w-]+\s+){0,2}?places\s+)?(?:in\s+total|in\s+all|overall|altogether|combined|between\s+them|"
        r"(?:across|in|throughout)\s+(?:the\s+)?(?:whole\s+)?" + area + r"\b(?!['’])|" + _AREA_WORD + r"[- ]?wide)\b", re.I)
    return before, after


_EACH_AFTER = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}?places\s+)?(?:(?:at|in|for)\s+each\b|each\b)", re.I)


def said_of_the_area(text: str, lo: int, start: int, end: int, areas: frozenset[str] = frozenset()) -> bool:
    """Whether the figure at ``start``-``end`` of ``text`` is the area's
    places or a total by the words its grammar ties it to: the noun it
    qualifies, said after ``lo`` (where the words that may hold it begin:
    the clause, or the last provision named before the figure), or the words
    right after it in its own phrase (``areas``: the area's own names)."""
    before, after = _area_ties(areas)
    return bool(before.search(text, lo, start) or after.match(text, end))


# The words after a figure that tie it to the provision they name: "32 more places at Marlpit School".
_AT_ONE = re.compile(r"\s*(?:at|in|for)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_PHRASE_ENDS = re.compile(r"[,;()]|\s+(?:and|with|while|but)\b")


def said_of_each(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is said of each of several
    provisions ("32 more places at each of the two schools"), not of them
    all together."""
    return _EACH_AFTER.match(text, end) is not None


_THE_PROVISION = re.compile(r"\b(?:the|this|our|its)\s+(?:school|academy|unit|base|centre|provision|satellite|resource)\b|\b(?:enlarge|expand|extend|take)\s+it\b"
                            r"|\bit\s+(?:is|will\s+be|would\s+be|be)\s+(?:enlarged|expanded|extended)\b", re.I)


def _figures_after(sents: list[Sentence], named: list[Provider], doc: Document | None = None,
                   ) -> list[tuple[str, int, str | None, Sentence, str]]:
    """Every statement of the places one provision will have after the
    change: (the provision's name, the figure, the year it is given for or
    None, the sentence, the words quoted).  The provision is the one named in
    the clause (a provider the document describes, by any of its names, or a
    school's proper name), or, for "the school", the one the paragraph named
    before it; in a table of places, the one named in the row's first cell
    (the last figure of the row is the after)."""
    by_name = {n: p.name for p in named for n in p.names}
    pattern = L.names(tuple(sorted(by_name, key=len, reverse=True))) if by_name else None

    def provisions(text: str) -> set[str]:
        # (a one-word short name that begins another name names that other: "Ulverby" of the Ulverby PRU in "Ulverby
        # Bridge")
        matched = [m for m in pattern.finditer(text) if " " in m.group(0) or not _NAME_GOES_ON.match(text, m.end())
                   ] if pattern is not None else []
        found = {by_name[m.group(0)] for m in matched}
        found |= {n for n in _names(text) if not any(n in by_name or n.endswith(" " + k) for k in by_name)}
        if len(found) > 1:
            # a provider's one-word short name is also a town's ("Kenwick Tuition Centre", "a special school in
            # Kenwick"; "Knowsmere children"): beside a provision named in full, it names no other
            weak = {by_name[m.group(0)] for m in matched if " " not in m.group(0)}
            weak -= {by_name[m.group(0)] for m in matched if " " in m.group(0)}
            if len(found - weak) == 1:
                return found - weak
        return found

    # the one new provision the document opens, by the name it gives it ("to open one new SEMH special school, Ulverby
    # Bridge School"), or unnamed ("a new special free school ... opening in September 2029"): what "the new school"
    # stands for wherever the document says it
    # (found once, when first asked)
    new_found: list[tuple[str | None, str, re.Pattern | None]] = []

    def the_new_one() -> tuple[str | None, str, re.Pattern | None]:
        """(the new provision, its name without its kind word, a pattern of that when it has two words or more)."""
        if not new_found:
            names = {n for t in sents if t.kind != "heading" and "new" in t.text
                     for m in _NEW_NAMED.finditer(t.text) for n in provisions(" " + m.group("name"))}
            one = (next(iter(names)) if len(names) == 1 else None) if names else (
                "the new provision" if any(t.kind != "heading" and "new" in t.text and _NEW_ONE.search(t.text) for t in sents)
                else None)
            short = _KIND_AT_END.sub("", one) if one is not None and one != "the new provision" else ""
            new_found.append((one, short, re.compile(r"\b" + re.escape(short) + r"\b") if " " in short else None))
        return new_found[0]

    def provisions_or_new(text: str) -> set[str]:
        found = provisions(text)
        the_new = _THE_NEW.search(text)
        if len(found) > 1 or (not the_new and not _TWO_NAMES.search(text)):
            return found  # (no "the new school", nor a name of two words that may be the new school's without its kind)
        one, short, short_rx = the_new_one()
        if one is not None and (not found or found == {short}) and (the_new or (short_rx is not None and short_rx.search(text))):
            return {one}  # "the new school"; "Ulverby Bridge" of Ulverby Bridge School
        return found

    out = []
    before: dict[int, list[Sentence]] = {}  # the sentences of each paragraph so far

    named_last: dict[int, tuple[int, set[str]]] = {}  # block -> (its sentences read so far, what the last naming any names)

    def previous(block: int) -> set[str]:
        """The provisions the last sentence of the paragraph naming any names
        (each sentence read once: a pass back over the paragraph for each
        figure took quadratic time on a long one)."""
        here = before.get(block, [])
        read, found = named_last.get(block, (0, set()))
        for k in range(read, len(here) - 1):
            found = provisions(here[k].text) or found
        named_last[block] = (max(read, len(here) - 1), found)
        return found

    for s in sents:
        before.setdefault(s.block, []).append(s)
        cols = _TOTAL_COLUMNS.search(s.text) if s.kind != "heading" else None
        if cols:
            # a typed table's total row: the places of the one provision its lead-in names ("2.3 Places at Willow
            # Bank School:"), or else the places added in all
            lead = " ".join((*(t.text for t in before.get(s.block - 1, [])[-1:]), *s.headings[-1:]))
            named_here = provisions(" " + lead)
            first, last = (int(g.replace(",", "")) for g in cols.groups())
            if len(named_here) == 1:
                out.append((next(iter(named_here)), last, None, s, " ".join(cols.group(0).split())))
            else:
                out.append((in_all_of(lead + " " + s.text[:cols.start()][:80]), last - first, None, s, " ".join(cols.group(0).split())))
            continue
        if s.kind == "heading" or not _DIGIT.search(s.text) or not _PLACE_WORD.search(s.text) and s.kind != "row":
            continue
        for clause, m in _clauses_with(_NUMBER_FROM_TO, s.text):
            # the number of places across the county (said in the sentence), at no one provision named in the clause
            near = clause[max(0, m.start() - 60): m.end()]
            if (L.negated(near) or L.hedge(near) or not _IN_ALL.search(s.text) or provisions(" " + near)
                    or _THE_PROVISION.search(near)):
                continue
            added = int(m.group("to").replace(",", "")) - int(m.group("from").replace(",", ""))
            if added > 0:
                year = _YEAR.search(clause, m.end())  # the year the figures are for: "... from 60 to 90 from September 2027"
                out.append((in_all_of(near), added, year.group(0) if year else None, s, m.group(0)))
        if len(set(_YEAR.findall(s.text))) > 1:  # (a phased plan; one year said twice is not)
            continue
        if s.kind != "row":
            out += _area_places_added(s)
        if s.kind == "row" and doc is not None:
            block = doc.blocks[s.block]
            row = _places_table(block, s)
            first = provisions_or_new(" " + block.cells[0]) if block.cells else set()
            if block.cells and _AFTER_ROW.match(block.cells[0]):
                # a table of one provision set out down the page, a row for each time ("Table 1: Skelton Beck
                # School", then "From September 2027 | 148 | 140"): its places after, for the row's year
                col = _places_column(block.header)
                if col is None and L.PLACES.search(" ".join(block.headings[-1:]) + " " + _lead_of(doc, s.block)):
                    # a table of places by its title or lead-in, its columns parts and their total ("Table 2: SEMH special
                    # school places", "| Primary | Secondary | Total |"): the total
                    col = next((i for i, h in enumerate(block.header) if i > 0 and _TOTAL_WORD.search(h)), None)
                figure = _number(block.cells[col]) if col is not None and col < len(block.cells) else None
                # (the provision named in the row after its time, "From 1 September 2027: Ulverby Bridge", else the table's)
                one = (next(iter(first)) if len(first) == 1 else _table_of_one(doc, s.block, provisions_or_new, named)
                       ) if figure is not None else None
                if one is not None:
                    year = _YEAR.search(block.cells[0])
                    out.append((one, figure, year.group(0) if year else None, s, f"{block.cells[0]}: {block.header[col]} {figure}"))
                continue
            if not row and block.cells and _TOTAL_ROW.match(block.cells[0]):
                # the total row of one provision's table of places after the change, in one column ("2.1 The new school
                # will have the following places:" then "Primary | 7-11 | 24" ... "Total | 7-16 | 64")
                col = _places_column(block.header)
                figure = _number(block.cells[col]) if col is not None and col < len(block.cells) else None
                if figure is not None and _AFTER_HEADER.search(block.header[col]) and not _BEFORE_HEADER.search(
                        _YEAR.sub(" ", block.header[col])):
                    one = _table_of_one(doc, s.block, provisions_or_new, named)
                    if one is not None:
                        year = _YEAR.search(block.header[col])
                        out.append((one, figure, year.group(0) if year else None, s, f"{block.cells[0]}: {block.header[col]} {figure}"))
                        continue
            if row and block.cells and _TOTAL_ROW.match(block.cells[0]) and _before_after_columns(block):
                numbers = [n for _, n in _figures(block)]
                one = _table_of_one(doc, s.block, provisions_or_new, named)
                if one is not None:
                    # the total of one provision's table, its rows parts of it ("3.1 The places at Redgrave before
                    # and after the enlargement are:" then "KS2 | 16 | 24" ... "Total | 64 | 88"), for the year
                    # its last column names
                    year = _YEAR.search(block.header[_figures(block)[-1][0]])
                    out.append((one, numbers[-1], year.group(0) if year else None, s, row[0].cue))
                    continue
                # a table's total row: the places it adds in all ("Total | 18 | 58")
                out.append((ADDED_IN_ALL, numbers[-1] - numbers[0], None, s, row[0].cue))
                continue
            # (a row of a table of several provisions is the ledger's: extract/ledger.py)
            if row:
                continue
            # (a row that is no table of places is read as prose: a resolution numbered in a cell, "(2) | That Cherry
            # Orchard School be enlarged to 210 places with effect from 1 September 2027")
        for clause, m in _clauses_with(_PLACES_ADDED, s.text):
            # the places the proposal adds in all: said of no one provision, or "together", "in total"
            if L.negated(clause) or L.hedge(clause) or _PLACES_NEEDED.search(clause):
                continue
            # (gross at one provision and net in all differ: "20 additional places"; a sum of money's total is not the
            # places': "£1.08m a year in total for the 36 additional places")
            if not _IN_ALL.search(_MONEY_IN_ALL.sub(" ", clause)):
                continue
            if said_of_each(clause, m.end()):
                continue  # (the places at each of several: "rise from 164 to 168, with 32 more places at each of the two")
            at = _AT_ONE.match(clause, m.end())
            if at is not None and provisions(" " + _PHRASE_ENDS.split(clause[at.end(): at.end() + 60], 1)[0]):
                continue  # (one provision's, by the words after it: "..., with 32 more places at Marlpit School")
            n, a, b = m.group("n") or m.group("n2"), m.group("from") or m.group("from2"), m.group("to") or m.group("to2")
            added = int(n.replace(",", "")) if n else int(b.replace(",", "")) - int(a.replace(",", ""))
            if added > 0:
                year = _YEAR.search(clause)
                out.append((ADDED_IN_ALL, added, year.group(0) if year else None, s, m.group(0)))

        for clause, m in _clauses_with(_PLACES_AFTER, s.text):
            text = clause
            # ("The amalgamated school would have 220 places, an increase in the Council's places": the figure is
            # the formed school's, whatever the words after it)
            formed = _FORMED_SCHOOL.search(text[: m.start()])
            scope = text[: m.end()] if formed else text
            # (a figure inside brackets is a breakdown or an aside; brackets closed before it, "Redgrave School, a
            # school for pupils with SEMH (social, emotional and mental health) needs, from 64 to 96 places", are not)
            if _NOT_ONE_PROVISION.search(_AREA_DESCRIBES_SCHOOL.sub(" ", scope)) or L.negated(scope) or L.hedge(text) or _inside_brackets(text, m.start()):
                continue
            # (a new provision's places when it opens are those of the one named before "open": "Tarn Brow School, which
            # will open in a new building on Mill Road ... with 48 places", not the road's)
            if m.group("g"):
                start = s.text.find(text)
                before_open = s.text[max(0, start - 160): start] + text[: m.start()]
                named_before = [(before_open.rfind(n) + len(n), n) for n in provisions(" " + before_open)]
                here = {max(named_before)[1]} if named_before else (
                    {the_new_one()[0]} if the_new_one()[0] is not None and _NEW_ONE.search(before_open) else set())
            else:
                here = provisions_or_new(" " + text)
            if (not here and formed) or m.group("e") or _AS_FORMED.search(s.text, m.end()):
                here = {"the school formed"}  # "the amalgamated school", "one school of 220 places": one provision
            if not here and _THE_PROVISION.search(text):
                here = previous(s.block)
                here = here if len(here) == 1 else set()
            if len(here) > 1:
                # two plans in one clause: "to close the base at Ash School and to enlarge the base at Elm School from 8
                # places to 16": the figure is the one enlarged after the last "and to enlarge"
                joined = [j for j in _AND_ENLARGE.finditer(text, 0, m.start())]
                here = provisions(" " + text[joined[-1].start(): m.start()]) if joined else here
            if len(here) != 1:
                continue
            figure = int(next(g for g in m.groups() if g is not None).replace(",", ""))
            year = _YEAR.search(text)
            out.append((next(iter(here)), figure, year.group(0) if year else None, s, m.group(0)))
    return out


# A new provision, named in apposition ("one new SEMH special school, Ulverby Bridge School"), or not ("a new special
# free school for pupils aged 7-16"); and "the new school" said of it after.
_NEW_NAMED = re.compile(
    r"\bnew\s+(?:[\w-]+\s+){0,3}?(?:school|academy|base|unit|centre|provision),\s+(?:to\s+be\s+(?:called|named|known\s+as)\s+)?"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4})", re.I)
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])[a-z]")
_TWO_NAMES = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+(?-i:[A-Z])")
_KIND_AT_END = re.compile(r"\s+(?:school|academy|base|unit|centre|provision)$", re.I)
_NEW_ONE = re.compile(r"\b(?:a|an|one)\s+new\s+(?:[\w-]+\s+){0,3}?(?:school|academy|base|unit|centre|provision)\b", re.I)
_THE_NEW = re.compile(r"\bthe\s+new\s+(?:[\w-]+\s+){0,2}?(?:school|academy|base|unit|centre|provision)\b(?!\s+(?-i:[A-Z]))", re.I)


def _lead_of(doc: Document, block: int) -> str:
    """The paragraph right before a table (its lead-in), or ""."""
    k = block - 1
    while k >= 0 and doc.blocks[k].kind == "row":
        k -= 1
    return doc.blocks[k].text if k >= 0 and doc.blocks[k].kind != "heading" else ""


_AND_ENLARGE = re.compile(r"\band\s+(?:to\s+|will\s+|would\s+)?(?:enlarg|expand|increas|extend|grow|rais)\w*\b", re.I)


def _area_places_added(s: Sentence) -> list[tuple[str, int, str | None, Sentence, str]]:
    """The places of a kind across the area, now and after, for a year ("ASC
    ARP places in the borough: 24 now; 54 from September 2029"): the places
    added in all by then (30)."""
    out = []
    if not _IN_THE_AREA.search(s.text):
        return out
    for m in L.NOW_THEN.finditer(s.text):
        said = s.text[: m.start()]
        clause = L.clause_of(s.text, m.start())
        year = _YEAR.search(s.text, m.end())
        if year is None or not _PLACE_WORD.search(said) or not _IN_THE_AREA.search(said) or L.negated(clause) or L.hedge(clause):
            continue
        before, after = (int(g.replace(",", "")) for g in m.groups())
        if after > before and not _NOT_A_YEAR.fullmatch(str(before)):
            out.append((in_all_of(said), after - before, year.group(0), s, m.group(0)))
    return out


# A table's row for a time after the change: "From September 2027", "September 2028", "By 2029".
_AFTER_ROW = re.compile(
    r"^\W*(?:from|by|after|in)?\s*(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|autumn|spring|summer)\s+(?:term\s+)?)?20\d\d\b(?![-–/]\d)(?!.*\bnow\b)", re.I)


def _places_column(header: tuple[str, ...]) -> int | None:
    """The column of a table set out down the page that gives the places
    ("Commissioned places"), else its capacity."""
    cols = [i for i, h in enumerate(header) if i > 0 and L.PLACES.search(h)]
    return next((i for i in cols if _PLACE_WORD.search(header[i])), cols[0] if cols else None)


def _table_of_one(doc: Document, block: int, provisions, named: list[Provider]) -> str | None:
    """The one provision a table of places is about, by its lead-in (the
    paragraph before the table, or the heading over it): "The places at
    Redgrave before and after the enlargement are:", "The school would have
    the following places" (the one provider named with that kind of place);
    None when the lead-in names none or several, or a row of the table names
    a provision (the table is then of several: "Redmoor School | 80 | 120")."""
    k = block - 1
    while k >= 0 and doc.blocks[k].kind == "row":
        if doc.blocks[k].cells != doc.blocks[k].header and provisions(" " + doc.blocks[k].cells[0]):
            return None
        k -= 1
    if k < 0:
        return None
    lead = doc.blocks[k].text if doc.blocks[k].kind != "heading" else ""
    heading = doc.blocks[block].headings[-1:]
    for text in (lead, *heading):
        here = provisions(" " + text)
        if not here:
            one = _the_one_named(text, named)
            here = {one.name} if one is not None else set()
        if here:
            return next(iter(here)) if len(here) == 1 else None
    return None


def _inside_brackets(text: str, at: int) -> bool:
    """Whether ``at`` falls inside brackets opened before it in ``text``."""
    return text.count("(", 0, at) > text.count(")", 0, at)


_BEFORE_HEADER = re.compile(r"\b(?:now|current\w*|existing|present|before|today|at\s+present)\b|\b20\d\d\b", re.I)
_AFTER_HEADER = re.compile(r"\b(?:from|after|proposed|future|planned|new|then|by)\b|\b20\d\d\b", re.I)


def _before_after_columns(block) -> bool:
    """Whether a table's first and last figures are places before and after
    (columns headed "Places now" and "From September 2027"), not parts and
    their total ("Orchard Vale | St Bede's | Total")."""
    cols = [i for i, _ in _figures(block)]
    if len(cols) < 2 or cols[-1] >= len(block.header):
        return False
    first, last = block.header[cols[0]], block.header[cols[-1]]
    return bool(_BEFORE_HEADER.search(first) and _AFTER_HEADER.search(last) and not re.search(r"\btotal\b", last, re.I))


def places_conflicts(sents: list[Sentence], named: list[Provider], doc: Document | None = None) -> list[Finding]:
    """A document checked against itself: two different figures for the
    places one provision will have after the change (the summary says "from
    90 to 130 places", the body "Willowbrook will have 105 places"), neither
    given for another year.  Each statement is a finding, its cue quoting the
    other; the ruleset decides what a contradiction means for (d)."""
    figures = _figures_after(sents, named, doc)
    out: list[Finding] = []
    if doc is not None:
        out += _total_row_conflicts(figures, sents, doc)
        if out:
            return out
    for i, (name, n, year, s, words) in enumerate(figures):
        for other, m, year2, t, words2 in figures[i + 1:]:
            if other == name and m != n and (year is None or year2 is None or year == year2) and t is not s:
                out.append(Finding("places_figures_conflict", "against", s, f"{name}: {words}; but {t.where}: {words2}"))
                out.append(Finding("places_figures_conflict", "against", t, f"{name}: {words2}; but {s.where}: {words}"))
                return out
    return out


_TOTAL_CELL = re.compile(r"^\W*(?:total|(?:[\w'’-]+\s+){1,4}total)\W*$", re.I)


_SPECIAL_PLACES = re.compile(r"\bspecial\s+(?:school\s+)?places\b", re.I)


# A provision called by the kind of place its name ends with: "The Centre will have 40 places" (the Haverleigh Pupil
# Support Centre), "the Unit's place funding".
_THE_KIND = re.compile(r"\bthe\s+(centre|unit|base|service|academy|school|college|hub)\b(?!\s+(?-i:[A-Z]))", re.I)


def _the_one_named(text: str, named: list[Provider]) -> Provider | None:
    """The provider a definite "the Centre" stands for in ``text``: the one
    provider the document named whose name ends with that kind of place (no
    other sharing it)."""
    out = None
    for m in _THE_KIND.finditer(text):
        kind = m.group(1).casefold()
        ones = [p for p in named if p.name.casefold().endswith(" " + kind)]
        out = ones[0] if len(ones) == 1 else out
    return out


# The area's provision as a whole, no one provision: "across the County's SEMH provision", "in the borough's schools".
_AREA_PROVISION = re.compile(
    r"\b(?:in|across|within|throughout)\s+(?:the\s+)?(?:county|borough|city|district|area|authority|council)(?:['’]s)?\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:provision|schools|settings|special\s+schools))?", re.I)
_AT_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def places_only_at_pru(findings: list[Finding], by_block: dict[int, list[Sentence]], pru: re.Pattern,
                       named: list[Provider] = ()) -> list[Finding]:
    """Where a BESD (SEMH) school closes: whether every place the document
    adds is in a Pupil Referral Unit (each claim of places in a sentence, or
    a paragraph, naming the PRU by its words or by a name the document gave
    it: "Riverside's places would rise from 40 to 64"), the ruleset deciding
    what that means for (d) (para 23: a PRU is no special school place)."""
    claims = [f for f in findings if f.fact in ("places_benefit_specific", "places_benefit_claimed")
              and f.role in ("supports", "vague")]
    if not claims:
        return []
    def at(f: Finding) -> bool | None:
        text = f.sentence.text
        where = text.find(str(f.cue).strip()) if f.cue else -1
        if where < 0:
            where = len(text)
        if f.sentence.kind == "row":
            # a table row's cells are read apart: "Insufficient special school places for Grange pupils | Hillside Centre
            # capacity expanded" (a risk and its answer) adds places where the answer says, not where the risk does
            cut = max(text.rfind(":", 0, where), text.rfind(";", 0, where))
            if cut >= 0:
                text, where = text[cut + 1:], where - cut - 1
        if _SPECIAL_PLACES.search(L.clause_of(text, min(where, len(text) - 1))):
            return False  # "SEMH special school places in the borough: 125 now ..."
        # the provision named last before the figure: "an expansion of the borough's short stay school, known as
        # Riverside Learning Centre, from 40 to 64 places"; "enlarge Kingsway School ... from 80 to 130 places"
        # (a bracket describes the name before it: "Shipley Road Academy (SEMH special academy, Aire Valley Learning
        # Partnership) would grow from 60 to 110 places" is about the academy, whatever "Aire" names)
        before = _BRACKETED.sub(lambda b: " " * len(b.group(0)), text[:where])
        patterns = (pru.first, pru.second) if isinstance(pru, _Either) else (pru,)
        last_pru = max((m.end() for p in patterns for m in p.finditer(before)), default=-1)
        # (a provision called by its kind, "The Centre will have 40 places", is the one provider named with it)
        one = _the_one_named(before, named)
        if one is not None and one.kind == "pru":
            last_pru = max(last_pru, max(m.end() for m in _THE_KIND.finditer(before)))
        last_other = max([m.end() for m in L.SCHOOL.finditer(before)]
                         + [before.rfind(n) + len(n) for n in _names(before) if not pru.search(n) and not _THE_KIND.fullmatch(n)],
                         default=-1)
        # (the provision named right after the figure: "the extra places at the Hub")
        at_after = _AT_AFTER.match(text, where + len(str(f.cue or "").strip())) if where < len(text) else None
        if at_after is not None:
            hit = pru.search(text[at_after.end(): at_after.end() + 80])
            if hit is not None and hit.start() == 0:
                return True
        if f.role == "vague" and last_pru < 0:  # (one naming the PRU right after it was taken above)
            rest = _AREA_PROVISION.sub(" ", L.clause_of(text, min(where, len(text) - 1))[:200])
            if not (L.SCHOOL.search(rest) or _names(rest) or pru.search(rest)):
                # places in general words, at no provision named: "Staffing arrangements for the additional places
                # will be set out in a later report" speaks of the places counted elsewhere, and "Places across the
                # County's SEMH provision will be used more effectively" of the area's; neither adds places anywhere
                return None
        if last_pru >= 0 or last_other >= 0:
            return last_pru >= last_other
        # ("The 24 extra places would be funded ...", in the paragraph about the PRU; not one that names the PRU only
        # to say nobody goes there: "Children would not go to the Croydale Learning Centre (the borough's PRU)")
        if any((m := pru.search(t.text)) and not L.negated(L.clause_of(t.text, m.start()))
               for t in by_block.get(f.sentence.block, ())):
            return True
        return False
    where_added = [(f, at(f)) for f in claims]
    where_added = [(f, a) for f, a in where_added if a is not None]
    if not where_added:
        return []
    claims = [f for f, _ in where_added]
    at_pru = [f for f, a in where_added if a]
    if len(at_pru) < len(claims):
        other = next(f for f in claims if f not in at_pru)
        return [Finding("places_only_at_pru", "negated", other.sentence, other.cue, False)]
    return [Finding("places_only_at_pru", "supports", at_pru[0].sentence, at_pru[0].cue)]


def places_fall_beside_pru(sents: list[Sentence], doc: Document, pru: re.Pattern) -> list[Finding]:
    """Where a BESD (SEMH) school closes: a table of several provisions'
    places now and after whose rows, those of a Pupil Referral Unit left
    out, add up to fewer places after than now ("Fernside School | 60 | 0",
    "Redmoor School | 80 | 120", "Beacon Centre (additional places) | 0 |
    20", "Total | 140 | 140": 140 special school places now, 120 after).
    The total keeps only by counting PRU places, which para 23 says are no
    place for pupils who need a special school; the ruleset decides what
    that means for (d)."""
    at = {s.block: s for s in sents if s.kind == "row"}
    tables: list[list] = []
    for b in doc.blocks:
        if b.kind != "row" or not b.header or b.cells == b.header:
            continue
        if tables and tables[-1][-1].index == b.index - 1 and tables[-1][-1].header == b.header:
            tables[-1].append(b)
        else:
            tables.append([b])
    for rows in tables:
        if not _before_after_columns(rows[0]):
            continue
        parts = [(b, [n for _, n in _figures(b, dashes=True)]) for b in rows if b.cells and not _TOTAL_CELL.match(b.cells[0])]
        parts = [(b, n) for b, n in parts if len(n) >= 2]
        at_pru = [(b, n) for b, n in parts if pru.search(b.cells[0]) and n[-1] > n[0]]
        others = [n for b, n in parts if not pru.search(b.cells[0])]
        if not at_pru or len(others) < 2:
            continue
        now, after = sum(n[0] for n in others), sum(n[-1] for n in others)
        if after < now and at_pru[0][0].index in at:
            cue = f"{now} places now and {after} after without {at_pru[0][0].cells[0]} (a pupil referral unit)"
            return [Finding("places_fall_in_all", "supports", at[at_pru[0][0].index], cue)]
    return []


def _total_row_conflicts(figures, sents: list[Sentence], doc: Document) -> list[Finding]:
    """The one provision whose places a document gives "from 80 to 110" in
    prose, against a table's total row with the same places now and other
    figures after ("Total | 80 | 100"): the table is that provision's, and
    the two contradict each other.  Where the prose names no one provision,
    any places it gives before and after ("a single service ... with 45
    places (currently 32)") with the total row's places now are the table's."""
    rows = [t for t in sents if t.kind == "row" and doc.blocks[t.block].cells
            and _TOTAL_CELL.match(doc.blocks[t.block].cells[0]) and _before_after_columns(doc.blocks[t.block])]
    if not rows:
        return []
    prose = [(name, int(_FROM_TO.search(words).group(1).replace(",", "")), n, s, words) for name, n, _, s, words in figures
             if not name.startswith(ADDED_IN_ALL) and s.kind != "row" and _FROM_TO.search(words)]
    if len({name for name, *_ in prose}) != 1:
        prose = [("the places", before, after, s, words) for s, before, after, words in _prose_before_after(sents)]
    for name, before, n, s, words in prose:
        for t in rows:
            numbers = [m for _, m in _figures(doc.blocks[t.block])]
            if len(numbers) >= 2 and numbers[0] == before and n not in numbers[1:]:
                row = " | ".join(doc.blocks[t.block].cells)
                return [Finding("places_figures_conflict", "against", s, f"{name}: {words}; but {t.where}: {row}"),
                        Finding("places_figures_conflict", "against", t, f"{name}: {row}; but {s.where}: {words}")]
    return []


# A provision of so many places changed into one of so many: "change the designation of the 12-place MLD resourced
# provision ... to a 12-place resourced provision for autistic pupils".
_N_PLACE_TO = re.compile(r"\bthe\s+(\d+)[- ]place\b[^.;]{0,120}?\bto\s+an?\s+(\d+)[- ]place\b", re.I)


def _prose_before_after(sents: list[Sentence]) -> list[tuple[Sentence, int, int, str]]:
    """Places before and after said in prose, in any of the ways the reader
    knows ("45 places (currently 32)", "126 now; 180 from September 2027",
    "the 12-place ... to a 12-place"), not negated or hedged: (the sentence,
    before, after, the words)."""
    out = []
    for s in sents:
        if s.kind in ("row", "heading") or not _DIGIT.search(s.text) or "place" not in s.text.casefold():
            continue
        for pattern in (L.THEN_NOW, L.NOW_THEN, _N_PLACE_TO):
            for m in pattern.finditer(s.text):
                figures = [int(g.replace(",", "")) for g in m.groups() if g is not None]
                clause = L.clause_of(s.text, m.start())
                if len(figures) != 2 or L.negated(clause) or L.hedge(clause) or any(_NOT_A_YEAR.fullmatch(str(f)) for f in figures):
                    continue
                before, after = figures if pattern is not L.THEN_NOW else figures[::-1]
                out.append((s, before, after, m.group(0)))
    return out


# The places of a kind across the area, now and after: "Secondary SEMH special school places in the borough: 88 now,
# 70 from September 2027"; "primary HI places in the borough go from 28 (16 + 12) to 20".
_IN_THE_AREA = re.compile(
    r"\b(?:in|across)\s+the\s+(?:county|borough|city|district|area|authority)\b|\b(?:county|borough|city|district)(?:['’]s|[- ]wide)\b", re.I)
_NOT_A_YEAR = re.compile(r"(?:19|20)\d\d")
_RISE_VERB = re.compile(r"\b(?:ris\w*|increas\w*|grow\w*|expand\w*|gain\w*)\b", re.I)


# A figure of none: "will go from 10 to none" (no denial, a figure: 0).
_TO_NONE = re.compile(r"\b(from\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?to)\s+(?:none|nil|zero)\b", re.I)
# More places said right after the figures, to be added to them: "... to 96 at Linnet Hill plus 12 new places at ...",
# "... to 40, together with 8 additional places at ...".
_PLUS_PLACES = re.compile(
    r"[^.;]{0,80}?\s(?:plus|together\s+with|as\s+well\s+as|and\s+a\s+further|with\s+a\s+further|and\s+(?=\d[\d,]*\s+(?:new|additional|extra|more)\b))\s+"
    r"(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?places\b", re.I)
# A sum written out, read as its result: "from 60 (Greyrigg House) plus 90 (Lakeland Fells) = 150 to 102".
_WRITTEN_SUM = re.compile(r"\b\d[\d,]*(?:\s*(?:\+|plus)\s*\d[\d,]*)+\s*=\s*(\d[\d,]*)\b", re.I)
# Places after, then now in brackets: "will be 96 from 1 September 2027 (120 at present, of which 36 are at the School)".
_AFTER_THEN_NOW = re.compile(
    r"\b(\d[\d,]*)\s+(?:places\s+)?(?:from|by|in)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d\s*\(\s*(\d[\d,]*)\s+(?:at\s+present|now|currently|today)\b",
    re.I)


# Places after, compared with now: "SEMH special school places in the borough will be 72 (all at Fenbrook) compared
# with 96 now" (the brackets taken out), "will be 70, down from 88".
_AFTER_COMPARED_NOW = re.compile(
    r"\b(?<![£$€])(\d[\d,]*)\s+(?:places\s+)?(?:(?:from|by|in)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d\d\s*)?,?\s*"
    r"(?:compared\s+(?:with|to)|down\s+from)\s+(?:the\s+)?(?:current\s+|present\s+)?(\d[\d,]*)\b(?![\d,%]|\.\d)", re.I)
# The area's places after, the area the subject: "After the closure the county will have 70 SEMH special school places".
_AREA_WILL_HAVE = re.compile(
    r"\bthe\s+(?:county|borough|city|district|area)\s+will\s+(?:then\s+|now\s+)?have\s+(?:only\s+)?(?P<n>\d[\d,]*)\s+(?:[\w'’-]+\s+){0,4}?places\b",
    re.I)
# ... and its places now, counted in all in a sentence of the paragraph before (or its own): "Cressbrook has three SEMH
# special schools: Dunmore (28 places), Harbour View (36 places) and Fellside (24 places), 88 places in all".
_PLACES_IN_ALL_NOW = re.compile(
    r"\b(?P<n>\d[\d,]*)\s+(?:[\w'’-]+\s+){0,3}?places\s+(?:in\s+all|in\s+total|altogether|between\s+them)\b", re.I)


# ... and, said right after it, the places now: "..., against 120 today", "(compared with 96 now)".
_AGAINST_NOW = re.compile(
    r"[^.;]{0,80}?\b(?:as\s+)?(?:against|compared\s+(?:with|to)|down\s+from)\s+(?:the\s+)?(?:current\s+|present\s+)?"
    r"(?P<n>\d[\d,]*)\s+(?:places\s+)?(?:now|today|at\s+present|currently)\b", re.I)


def _area_falls_in_two(sents: list[Sentence], in_the_area, areas: frozenset[str]) -> Finding | None:
    """The area's places now counted in all ("Cressbrook has ... 88 places in
    all") and, in the same paragraph or the next, the places the area will
    have after the change, fewer ("the county will have 70 SEMH special
    school places")."""
    subject = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+(?:county|borough|city|district|area)\b|"
                         + "|".join(re.escape(a) for a in sorted(areas, key=len, reverse=True)) + r")\s+(?:has|have)\b"
                         if areas else r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?the\s+(?:county|borough|city|district|area)\s+(?:has|have)\b", re.I)
    now: tuple[int, int, str] | None = None  # (block, figure, words)
    for s in sents:
        if s.kind == "heading" or not _DIGIT.search(s.text) or "places" not in s.text.casefold():
            continue
        after = _AREA_WILL_HAVE.search(s.text)
        against = _AGAINST_NOW.match(s.text, after.end(), after.end() + 120) if after else None
        if against is not None:
            # both in one sentence: "After the change the city will have 96 SEMH special school places at Calder
            # Heights, against 120 today"
            clause = L.clause_of(s.text, after.start())
            if (not L.negated(clause) and not L.hedge(clause)
                    and int(after.group("n").replace(",", "")) < int(against.group("n").replace(",", ""))):
                return Finding("places_fall_in_all", "supports", s, f"{after.group(0)} … {against.group(0).strip(' ,;')}")
        m = _PLACES_IN_ALL_NOW.search(s.text)
        if m and (subject.search(s.text) or in_the_area(s.text[: m.end()])) and not _FUTURE.search(s.text):
            now = (s.block, int(m.group("n").replace(",", "")), m.group(0))
            continue
        after = _AREA_WILL_HAVE.search(s.text)
        if after and now is not None and s.block - now[0] <= 1:
            clause = L.clause_of(s.text, after.start())
            if not L.negated(clause) and not L.hedge(clause) and int(after.group("n").replace(",", "")) < now[1]:
                return Finding("places_fall_in_all", "supports", s, f"{now[2]} … {after.group(0)}")
    return None


def places_fall_in_all(sents: list[Sentence], areas: frozenset[str] = frozenset()) -> list[Finding]:
    """A statement in prose that the places of a kind across the area (said
    as "in the borough", or by the area's own name, ``areas``: "in
    Thornshire") will be fewer after the change than now (figures now and
    after, the second lower): the document's own account of the supply; the
    ruleset decides what it means for (d).  (The area's places in a table,
    its total row or rows of places of a kind, are the ledger's:
    ``ledger.py``.)  ``sents``: the plan's sentences (the caller leaves out
    options rejected and views reported)."""
    out: list[Finding] = []
    named_area = re.compile(r"\b(?:in|across)\s+(?:" + "|".join(re.escape(a) for a in sorted(areas, key=len, reverse=True))
                            + r")\b(?!\s+(?-i:[A-Z]))") if areas else None

    def in_the_area(text: str) -> bool:
        return bool(_IN_THE_AREA.search(text) or (named_area is not None and named_area.search(text)))

    for s in sents:
        if s.kind == "heading" or not _DIGIT.search(s.text) or not _PLACE_WORD.search(s.text):
            continue
        if not in_the_area(s.text):
            continue
        text = _TO_NONE.sub(r"\1 0", _WRITTEN_SUM.sub(r"\1", without_breakdowns(s.text)))
        # (a breakdown in brackets may stand between the figures: "96 now (Greystone 40, Hawkswood 56); 84 from ...")
        # (each match with whether its figures come after-then-now: a prefiltered pattern's match has the inner
        # pattern as its .re, so the order is carried beside the match, not read off it)
        found = [(s.text, m, False) for m in L.NOW_THEN.finditer(s.text)]
        found += [(s.text, m, True) for m in _AFTER_THEN_NOW.finditer(s.text)]
        found += [(text, m, True) for m in _AFTER_COMPARED_NOW.finditer(text)]
        found += [(text, m, False) for m in (*(L.NOW_THEN.finditer(text) if text != s.text else ()), *_FROM_TO.finditer(text))]
        for source, m, after_first in found:
            before, after = (m.group(2), m.group(1)) if after_first else (m.group(1), m.group(2))
            if _NOT_A_YEAR.fullmatch(before) or _NOT_A_YEAR.fullmatch(after):
                continue
            clause = L.clause_of(source, m.start())
            said = source[: m.end()]  # (a label may name them: "SEMH places in the borough: 88 now, 70 from 2027")
            if not _PLACE_WORD.search(said) or not in_the_area(said):
                continue  # the places of the area, named before the figures
            if L.negated(clause) or L.hedge(clause) or _RISE_VERB.search(clause):
                continue  # ("will rise from 104 to 100 at Copley Vale and 12 at Eastmoor, 112 in all": parts follow)
            more = _PLUS_PLACES.match(source, m.end(), m.end() + 160)
            if more is not None and not L.negated(more.group(0)) and not L.hedge(more.group(0)):
                # the places added elsewhere, said after the figures: "from 100 special school places to 96 at Linnet Hill
                # plus 12 new places at the Fenwick Street resourced provision" (108 in all)
                after = str(int(after.replace(",", "")) + int(more.group("n").replace(",", "")))
            if int(after.replace(",", "")) < int(before.replace(",", "")):
                out.append(Finding("places_fall_in_all", "supports", s, m.group(0)))
                return out
    two = _area_falls_in_two(sents, in_the_area, areas)
    if two is None and not out:
        two = _consolidation_falls(sents)
    return [two] if two is not None else out


# A provision that closes, with its places: "That the resource for pupils with visual impairment at Mill Lane Primary
# School (6 places) closes on 31 August 2027"; "to close the 8-place base at ...".
_CLOSES_WITH_PLACES = re.compile(
    r"\((?P<n>\d[\d,]*)\s+places\)[^.;]{0,60}?\b(?:closes|will\s+close|to\s+close|is\s+closed|be\s+closed|closing|is\s+discontinued|be\s+discontinued)\b"
    r"|\b(?:close|closes|closing|closure\s+of|discontinu\w*)\s+(?:of\s+)?(?:the\s+|its\s+)?(?P<n2>\d[\d,]*)[- ]place\b", re.I)
# The provision its places go to, enlarged: "consolidated at Ferndown Primary School, whose resource will increase from 8
# to 12 places".
_CONSOLIDATED = re.compile(r"\bconsolidat\w*\b", re.I)


def _consolidation_falls(sents: list[Sentence]) -> Finding | None:
    """A provision of so many places that closes and is consolidated into
    another, enlarged from A to B places: fewer places after than the two
    have now (6 + 8 now, 12 after) is a fall across the area in places of
    that kind (the kind is one: the places are consolidated)."""
    closing = []
    for s in sents:
        if s.kind == "heading" or "place" not in s.text.casefold():
            continue
        for m in _CLOSES_WITH_PLACES.finditer(s.text):
            clause = L.clause_of(s.text, m.start())
            if not L.negated(clause) and not L.hedge(clause):
                closing.append((int((m.group("n") or m.group("n2")).replace(",", "")), s, m.group(0)))
    if len(closing) != 1:
        return None
    for s in sents:
        if s.kind == "heading" or not _CONSOLIDATED.search(s.text):
            continue
        for m in _FROM_TO.finditer(s.text):
            clause = L.clause_of(s.text, m.start())
            if L.negated(clause) or L.hedge(clause) or not _PLACE_WORD.search(s.text[m.start(): m.end() + 20]):
                continue
            before, after = int(m.group(1)), int(m.group(2))
            if after > before and not _NOT_A_YEAR.fullmatch(m.group(1)) and after < before + closing[0][0]:
                n, t, words = closing[0]
                return Finding("places_fall_in_all", "supports", s,
                               f"{words} … {m.group(0)}: {before + n} places now, {after} after")
    return None


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
