"""Reading a person's answer in their own words.

:func:`read_answer` turns one line of free text into a :class:`Reading` for
a fact of a given type: yes / no / partly in ordinary words ("we do this
termly", "not really"), numbers and percentages ("about 65%", "12 out of
20"), dates ("last March", "2025-09-01", "1/9/2025"), choices (by word,
number or a close spelling), "don't know" and "skip".  A reading that
involved a guess is marked ``confirm``: the assistant says back how it read
it and asks before storing it.  Text after the answer ("yes, see the
termly monitoring spreadsheet") becomes the answer's ``note``.

:func:`parse_command` recognises the commands (``/why``, ``/explain S3``,
``/back``, ``/skip``, ``/goto S5``, ...), with or without the slash for the
few that are also ordinary words ("why?", "skip", "back").

Nothing here imports Textual or touches the engine: it is plain text in,
values out, and is tested on its own.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import difflib
import re

import attrs

# ------------------------------------------------------------------ results


@attrs.frozen
class Reading:
    """How an answer was read.

    ``kind`` is "value" (``value`` holds it), "dont_know", "skip",
    "partly" (a yes-or-no question answered "partly": nothing is stored) or
    "unclear" (``problem`` says what is needed).  For several years at once
    (:func:`read_series`) ``value`` maps each year given to its value, None
    for a year not known.  ``said`` is the reading in
    words, ``confirm`` whether to ask before storing it.
    """

    kind: str
    value: object = None
    note: str | None = None
    said: str | None = None
    confirm: bool = False
    problem: str | None = None


@attrs.frozen
class Command:
    name: str  # why, explain, back, skip, goto, evidence, report, help, plan, export, quit, trends, benchmarks
    arg: str | None = None


COMMANDS = {
    "why": "why this question: the criterion it serves and the source text",
    "explain": "`/explain S3`: a verdict and its reasons (the current standard without an id)",
    "back": "go back to the previous question, to change the answer",
    "skip": "leave this question for now",
    "goto": "`/goto S5`: jump to a standard's questions",
    "evidence": "what the evidence plugins found, with where each value came from",
    "report": "grades so far, per standard and overall, with reasons and gaps",
    "plan": "the action plan (`/plan edit 2 who = Team leader` changes a cell)",
    "compare": "several raters: each area's best fit by rater, DIFFER where views differ (`/compare PE4`: one area)",
    "findings": "what the documents or data were found to say, criterion by criterion, with the places quoted",
    "cases": "a case export: the share on time per step and per year, and the late cases",
    "case": "`/case REF`: one case of a case export, step by step",
    "trends": "three-year trends of the yearly indicators",
    "benchmarks": "the indicators beside their benchmarks",
    "export": "`/export DIR`: write the report, action plan and JSON result",
    "help": "this list",
    "quit": "save and stop (everything is already saved)",
}

_ALIASES = {
    "why?": "why", "why": "why", "skip": "skip", "pass": "skip", "later": "skip", "skip it": "skip",
    "back": "back", "go back": "back", "undo": "back", "previous": "back", "help": "help", "?": "help",
    "quit": "quit", "exit": "quit", "bye": "quit", "stop": "quit",
}


def parse_command(text: str) -> Command | None:
    """The command in ``text``, or None if it is an answer."""
    t = text.strip()
    if t.startswith("/"):
        word, _, rest = t[1:].partition(" ")
        word = word.lower().strip()
        name = {"q": "quit", "exit": "quit", "h": "help", "e": "explain", "g": "goto", "w": "why"}.get(word, word)
        if name not in COMMANDS:
            close = difflib.get_close_matches(name, list(COMMANDS), n=1)
            return Command("unknown", f"/{word}" + (f" (did you mean /{close[0]}?)" if close else ""))
        return Command(name, rest.strip() or None)
    alias = _ALIASES.get(squash(t))
    if alias:
        return Command(alias)
    return None


# ------------------------------------------------------------------ words

DONT_KNOW = {
    "don't know", "dont know", "do not know", "i don't know", "i dont know", "i do not know", "not sure",
    "unsure", "no idea", "dunno", "dk", "idk", "unknown", "can't say", "cant say", "cannot say", "no clue",
    "not known", "i'm not sure", "im not sure", "don't know yet", "n/a", "na", "not applicable",
}
_YES = {
    "yes", "y", "yeah", "yea", "yep", "yup", "aye", "true", "correct", "definitely", "absolutely", "certainly",
    "indeed", "sure", "of course", "always", "affirmative", "ok", "okay", "right", "that's right", "it does",
    "we do", "they do", "there is", "there are", "we have", "done", "in place", "yes we do", "yes it does",
    "yes there is", "very much", "all the time", "every time",
}
_NO = {
    "no", "n", "nope", "nah", "false", "never", "none", "not at all", "we don't", "we do not", "it doesn't",
    "it does not", "there isn't", "there is not", "there aren't", "not yet", "no we don't", "no it doesn't",
    "not in place", "we haven't", "we have not", "incorrect", "wrong",
}
_PARTLY = (
    r"\bpartly\b", r"\bpartially\b", r"\bin part\b", r"\bsometimes\b", r"\bto some extent\b", r"\bkind of\b",
    r"\bsort of\b", r"\bnot always\b", r"\bnot fully\b", r"\bnot completely\b", r"\bin some\b",
    r"\bsome of (them|the|our)\b", r"\bnot all\b", r"\bhalf\b(?![- ]?term)", r"\bpatchy\b", r"\binconsistent",
    r"\boccasionally\b", r"\bmixed\b", r"\bwork in progress\b", r"\bbeginning to\b", r"\bstarting to\b",
)
_HEDGED_NO = (
    r"\bnot really\b", r"\bnot much\b", r"\bhardly\b", r"\brarely\b", r"\bseldom\b", r"\bnot often\b",
    r"\bi don'?t think so\b", r"\bi doubt it\b", r"\bprobably not\b", r"\bnot as such\b", r"\bnot formally\b",
)
_HEDGED_YES = (
    r"\bi think so\b", r"\bprobably\b", r"\bmostly\b", r"\busually\b", r"\bgenerally\b", r"\bmost of the time\b",
    r"\bi believe so\b", r"\bmore or less\b", r"\bpretty much\b", r"\blargely\b", r"\bon the whole\b",
)
_NEGATION = r"\b(no|not|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|isn'?t|aren'?t|wasn'?t|can'?t|cannot|won'?t|none|nothing|nobody)\b"
_YES_PHRASE = (
    r"^(we|they|it|the service|staff|our team|managers|each|every|all)\b.*\b(do|does|did|have|has|are|is|was|were|"
    r"run|runs|keep|keeps|hold|holds|use|uses|review|reviews|monitor|monitors|collect|collects|publish|publishes|"
    r"record|records|track|tracks|report|reports|analyse|analyses|share|shares|meet|meets|set|sets|agree|agrees)\b",
    r"\b(termly|weekly|monthly|annually|yearly|every (term|year|month|week|half[- ]term))\b",
    r"^(yes|yeah|yep|definitely|absolutely|certainly|of course|always)\b",
)

# How often something happens: it happens, so "yes", said back to be
# confirmed (every two years may not be "at least once a year").
_FREQUENCY = re.compile(
    r"\b(daily|fortnightly|quarterly|half[- ]termly|biannually|bi-annually|twice[- ]yearly"
    r"|every (\d+|two|three|four|five|six|eight|ten|twelve) (days|weeks|months|terms|years)"
    r"|every (day|fortnight|quarter|school year|academic year)"
    r"|each (day|week|fortnight|month|term|half[- ]term|year)"
    r"|(once|twice|three times|four times|\d+ times) (a|per|each|every) (day|week|fortnight|month|term|half[- ]term|year))\b"
)

_NUMBER_WORDS = {
    "zero": 0, "nil": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100,
}
_FRACTIONS = {
    "all": (100, True), "all of them": (100, True), "every one": (100, True), "everyone": (100, True),
    "none": (0, False), "none of them": (0, False), "nobody": (0, False), "no one": (0, False),
    "half": (50, True), "about half": (50, True), "a half": (50, True), "a third": (33, True), "one third": (33, True),
    "two thirds": (67, True), "a quarter": (25, True), "one quarter": (25, True), "three quarters": (75, True),
    "nearly all": (95, True), "almost all": (95, True), "most": (None, True), "most of them": (None, True),
    "the majority": (None, True), "a few": (None, True), "some": (None, True), "many": (None, True),
}
_APPROX = r"(about|around|roughly|approximately|approx\.?|nearly|almost|circa|c\.|~|some|just over|just under|over|under|more than|less than|at least|at most|up to|maybe|perhaps|probably)"
_FREQ_WEEKS = {
    "weekly": (1, False), "every week": (1, False), "fortnightly": (2, False), "every two weeks": (2, False),
    "every fortnight": (2, False), "monthly": (4, True), "every month": (4, True), "half termly": (6, True),
    "half-termly": (6, True), "every half term": (6, True), "every half-term": (6, True), "termly": (13, True),
    "every term": (13, True), "once a term": (13, True), "each term": (13, True), "twice a year": (26, True),
    "every six months": (26, True), "annually": (52, True), "yearly": (52, True), "every year": (52, True),
    "once a year": (52, True),
}

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_NOTE_SPLIT = re.compile(
    r"\s+[-\u2013\u2014]+\s+|\s*;\s*|\s*\((?=[^)]*\))|(?<=[.!])\s+(?=[A-Z\w])|,\s*(?=(see|as|because|since|according|per|from|in|evidence|source|note|it'?s|this|that|which|recorded|shown)\b)",
    re.I,
)


def squash(text: str) -> str:
    t = text.strip().lower().replace("\u2019", "'")
    t = re.sub(r"[\s]+", " ", t)
    return t.strip(" .!,")


def split_note(text: str) -> tuple[str, str | None]:
    """The answer and the note after it: "yes - see the plan" gives
    ("yes", "see the plan")."""
    t = text.strip()
    m = re.search(r"\b(note|evidence|source)\s*:\s*", t, re.I)
    if m:
        head, note = t[: m.start()].strip(" ,;-"), t[m.end():].strip()
        return head, note or None
    m = _NOTE_SPLIT.search(t)
    if m and m.start() > 0:
        head = t[: m.start()].strip(" ,;-")
        note = t[m.end():].strip().rstrip(")").strip()
        if head:
            return head, note or None
    return t, None


# ------------------------------------------------------------------ reading


def read_answer(text: str, fact, *, today: _dt.date | None = None) -> Reading:
    """Read ``text`` as an answer for ``fact`` (a :class:`senrules.model.Fact`)."""
    today = today or _dt.date.today()
    raw = text.strip()
    if not raw:
        return Reading("unclear", problem="The answer was empty.")
    whole = squash(raw)
    if whole in DONT_KNOW or whole.startswith(("don't know", "dont know", "not sure", "no idea")):
        head, note = split_note(raw)
        note = note if note else (raw if whole in ("n/a", "na", "not applicable") else None)
        return Reading("dont_know", note=note, said="don't know")
    if whole in ("skip", "pass", "later", "skip it", "next"):
        return Reading("skip")
    kind = fact.type.kind
    reader = {
        "boolean": _read_boolean, "percentage": _read_number, "integer": _read_number, "number": _read_number,
        "date": _read_date, "choice": _read_choice, "text": _read_text, "duration": _read_duration,
    }.get(kind)
    if reader is None:
        return Reading(
            "unclear",
            problem="This is a list of records, which comes from data (a spreadsheet or a provision map), not from a "
                    "conversation. Add it to the data folder, or /skip.",
        )
    reading = reader(raw, fact, today)
    if reading.kind == "value":
        reading = _check_range(reading, fact)
    return reading


def _check_range(reading: Reading, fact) -> Reading:
    v = reading.value
    if fact.type.kind in ("percentage", "integer", "number") and isinstance(v, (int, float)):
        if fact.type.kind == "percentage" and not 0 <= v <= 100:
            return Reading("unclear", problem=f"{_num(v)}% is not possible: a percentage lies between 0 and 100.")
        rng = fact.range
        if rng is not None and not rng.low <= v <= rng.high:
            unit = f" {fact.unit}" if fact.unit else ""
            return Reading("unclear", problem=f"{_num(v)}{unit} is outside what this question allows ({_num(rng.low)} to {_num(rng.high)}).")
    return reading


def _num(x) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def _matches(patterns, text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def _read_boolean(raw: str, fact, today) -> Reading:
    whole = squash(raw)
    head, note = split_note(raw)
    h = squash(head)
    if h in _YES:
        return Reading("value", True, note=note, said="yes")
    if h in _NO:
        return Reading("value", False, note=note, said="no")
    text = whole
    if _matches(_PARTLY, text):
        # a yes-or-no fact cannot hold "partly": the session says what partly means in the rules
        return Reading("partly", note=raw, problem="This is a yes-or-no question, so \u201cpartly\u201d cannot be scored.")
    if _matches(_HEDGED_NO, text):
        return Reading("value", False, note=raw, said="no", confirm=True)
    if _matches(_HEDGED_YES, text):
        return Reading("value", True, note=raw, said="yes", confirm=True)
    first = re.match(r"^(yes|y|yeah|yep|no|n|nope|nah)\b", text)
    if first:
        value = first.group(1) in ("yes", "y", "yeah", "yep")
        rest = raw[first.end():].strip(" ,.;:-\u2013\u2014")
        return Reading("value", value, note=rest or None, said="yes" if value else "no")
    if re.search(_NEGATION, text):
        return Reading("value", False, note=raw, said="no", confirm=not re.match(r"^(we|they|it|there)\b", text))
    if _matches(_YES_PHRASE, text):
        return Reading("value", True, note=raw, said="yes")
    often = _FREQUENCY.search(text)
    if often:
        return Reading("value", True, note=raw, said=f"yes (it is done {often.group(0)})", confirm=True)
    return Reading("unclear", problem="I could not tell whether that means yes or no. Answer yes or no (what is partial "
                                      "can follow a dash: \u201cno - only in two teams\u201d), don't know, or skip.")


def _words_to_number(text: str) -> float | None:
    """The first number written in words in ``text`` ("a hundred and fifty": 150)."""
    digits, used = words_to_digits(text)
    if not used:
        return None
    found = _numbers(digits)
    return found[0] if found else None


_UNITS = {w: n for w, n in _NUMBER_WORDS.items() if n < 100 and w not in ("a", "an", "nil")}
_UNITS["nil"] = 0
_SCALES = {"hundred": 100, "thousand": 1000}
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}


def words_to_digits(text: str) -> tuple[str, bool]:
    """``text`` with numbers and fractions written in words turned into
    figures, and whether any were: "a hundred and fifty" gives "150",
    "twelve out of twenty" "12 out of 20", "two-thirds" "2/3", "one in
    three" "1/3".  Words that are not part of a number are kept."""
    tokens = re.findall(r"[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?|\S", text.lower().replace("-", " "))
    out: list[str] = []
    used = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        starts = t in _UNITS or t in _SCALES or (t in ("a", "an") and (nxt in _SCALES or nxt in _DENOMINATORS))
        if not starts:
            out.append(t)
            i += 1
            continue
        total, current, j = 0, 0, i
        while j < len(tokens):
            w = tokens[j]
            if w in _UNITS:
                current += _UNITS[w]
            elif w in ("a", "an") and j == i and j + 1 < len(tokens) and (tokens[j + 1] in _SCALES or tokens[j + 1] in _DENOMINATORS):
                current += 1
            elif w == "hundred":
                current = (current or 1) * 100
            elif w == "thousand":
                total += (current or 1) * 1000
                current = 0
            elif w == "and" and j + 1 < len(tokens) and tokens[j + 1] in _UNITS and (current or total):
                pass
            else:
                break
            j += 1
        value = total + current
        # a fraction: "two thirds", "a quarter", "one in three"
        if j < len(tokens) and tokens[j] in _DENOMINATORS and value < _DENOMINATORS[tokens[j]]:
            out.append(f"{value}/{_DENOMINATORS[tokens[j]]}")
            j += 1
        elif j + 1 < len(tokens) and tokens[j] == "in" and tokens[j + 1] in _UNITS and _UNITS[tokens[j + 1]] > 0:
            out.append(f"{value}/{_UNITS[tokens[j + 1]]}")
            j += 2
        elif j + 1 < len(tokens) and tokens[j] == "in" and re.fullmatch(r"\d+", tokens[j + 1]):
            out.append(f"{value}/{tokens[j + 1]}")
            j += 2
        else:
            out.append(str(value))
        used = True
        i = j
    joined = " ".join(out)
    joined = re.sub(r"\s+([%.,;:!?)])", r"\1", joined)
    joined = re.sub(r"\(\s+", "(", joined)
    return joined, used


_NUM = r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"


def _numbers(text: str) -> list[float]:
    out = []
    for m in re.finditer(r"(?<![\w.])-?" + _NUM, text):
        whole = m.group(1).replace(",", "")
        frac = m.group(2)
        value = float(f"{whole}.{frac}") if frac else int(whole)
        if m.group(0).startswith("-"):
            value = -value
        out.append(value)
    return out


def _read_number(raw: str, fact, today) -> Reading:
    kind = fact.type.kind
    head, note = split_note(raw)
    text = squash(head)
    pct = kind == "percentage"
    unit = "%" if pct else (f" {fact.unit}" if fact.unit else "")
    approx = re.match(rf"^{_APPROX}\b\s*", text)
    approx_word = approx.group(1) if approx else None
    if approx:
        text = text[approx.end():]
    confirm = approx_word in ("over", "under", "more than", "less than", "at least", "at most", "up to", "just over", "just under", "maybe", "perhaps", "probably")
    if approx_word and not note:
        note = raw.strip()

    def done(value, extra_confirm=False, how=None):
        if kind == "integer":
            if isinstance(value, float) and not value.is_integer():
                return Reading("unclear", problem=f"This question needs a whole number; {_num(value)} is not one.")
            value = int(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        said = how or f"{_num(value)}{unit}"
        return Reading("value", value, note=note, said=said, confirm=confirm or extra_confirm or worded)

    worded = False

    # weeks from a frequency: "termly", "every half term"
    weeks = (fact.unit or "").lower().startswith("week") or fact.name.endswith("_weeks")
    if weeks and kind in ("integer", "number"):
        for phrase, (n, guess) in sorted(_FREQ_WEEKS.items(), key=lambda kv: -len(kv[0])):
            if re.search(rf"\b{re.escape(phrase)}\b", text):
                return done(n, guess, how=f"every {n} week{'s' if n != 1 else ''} ({phrase})")
        m = re.search(r"every\s+" + _NUM + r"\s*weeks?", text)
        if m:
            return done(int(m.group(1).replace(",", "")))
    # numbers and fractions in words: "a hundred and fifty", "two-thirds", "twelve out of twenty"
    digits, worded = words_to_digits(text)
    if worded:
        text = digits
    if text in ("yes", "no", "y", "n", "partly", "partially"):
        return Reading("unclear", problem=_number_problem(fact))
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}", text):
        return Reading("unclear", problem=f"That looks like a date. {_number_problem(fact)}")
    # "12 out of 20", "12 of 20", "12/20"
    m = re.search(_NUM + r"\s*(?:out of|of|/)\s*" + _NUM, text)
    if m:
        a = float(m.group(1).replace(",", "") + (f".{m.group(2)}" if m.group(2) else ""))
        b = float(m.group(3).replace(",", "") + (f".{m.group(4)}" if m.group(4) else ""))
        if pct and b > 0:
            share = round(a / b * 100, 1)
            return done(share, how=f"{_num(share)}% ({_num(a)} out of {_num(b)})")
        if not pct:
            return done(a, True, how=f"{_num(a)}{unit} (the first figure of {_num(a)} out of {_num(b)})")
    # a range: "60-70%", "between 60 and 70"
    m = re.search(_NUM + r"\s*%?\s*(?:-|to|\u2013|and)\s*" + _NUM, text)
    if m and not re.search(r"\d{4}-\d{2}", text):
        a = float(m.group(1).replace(",", "") + (f".{m.group(2)}" if m.group(2) else ""))
        b = float(m.group(3).replace(",", "") + (f".{m.group(4)}" if m.group(4) else ""))
        if a < b:
            mid = (a + b) / 2
            if kind == "integer":
                mid = round(mid)
            note = note or raw.strip()
            return done(mid, True, how=f"{_num(mid)}{unit}, the middle of {_num(a)} to {_num(b)}")
    nums = _numbers(text)
    if nums:
        value = nums[0]
        if pct and "%" not in text and isinstance(value, float) and 0 < value < 1 and "percent" not in text:
            share = round(value * 100, 1)
            return done(share, True, how=f"{_num(share)}% (from the fraction {_num(value)})")
        extra = len(nums) > 1
        return done(value, extra)
    for phrase, (n, guess) in sorted(_FRACTIONS.items(), key=lambda kv: -len(kv[0])):
        if text == phrase or text.startswith(phrase + " "):
            if n is None:
                return Reading("unclear", problem=f"\u201c{phrase}\u201d is not precise enough here. {_number_problem(fact)}")
            if pct:
                return done(n, guess, how=f"{n}% ({phrase})")
            if n == 0:
                return done(0)
            break
    n = _words_to_number(text)
    if n is not None:
        return done(n, False)
    return Reading("unclear", problem=_number_problem(fact))


def _number_problem(fact) -> str:
    kind = fact.type.kind
    if kind == "percentage":
        return "Please give a share as a percentage, for example 65% or \u201cabout 65%\u201d or \u201c12 out of 20\u201d."
    unit = f" of {fact.unit}" if fact.unit else ""
    if kind == "integer":
        return f"Please give a whole number{unit}, for example 12."
    return f"Please give a number{unit}."


def _last_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _read_date(raw: str, fact, today: _dt.date) -> Reading:
    head, note = split_note(raw)
    text = squash(head)
    text = re.sub(r"^(on|in|at|since|from|around|about|by)\s+", "", text)

    def done(d: _dt.date, confirm=False, how=None):
        said = how or d.strftime("%-d %B %Y")
        if d > today:
            return Reading("value", d, note=note, said=f"{said}, which is after the evaluation date ({today:%-d %B %Y})", confirm=True)
        return Reading("value", d, note=note, said=said, confirm=confirm)

    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        try:
            return done(_dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return Reading("unclear", problem=f"{head} is not a real date.")
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})", text)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        y = y + 2000 if y < 100 else y
        try:
            date = _dt.date(y, mo, d)
        except ValueError:
            return Reading("unclear", problem=f"{head} is not a real date (day/month/year).")
        return done(date, confirm=d <= 12 and mo <= 12 and d != mo, how=f"{date:%-d %B %Y} (day/month/year)")
    if text in ("today", "now"):
        return done(today)
    if text == "yesterday":
        return done(today - _dt.timedelta(days=1))
    m = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s? ago", text)
    if m:
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        unit = m[2]
        if unit == "day":
            d = today - _dt.timedelta(days=n)
        elif unit == "week":
            d = today - _dt.timedelta(weeks=n)
        else:
            months = n if unit == "month" else 12 * n
            y, mo = divmod(today.year * 12 + today.month - 1 - months, 12)
            d = _dt.date(y, mo + 1, min(today.day, _last_of_month(y, mo + 1)))
        return done(d, confirm=unit in ("month", "year"), how=f"{d:%-d %B %Y} ({text})")
    if text == "last week":
        d = today - _dt.timedelta(weeks=1)
        return done(d, True, how=f"{d:%-d %B %Y} (a week ago)")
    if text == "last month":
        y, mo = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        d = _dt.date(y, mo, 1)
        return done(d, True, how=f"1 {d:%B %Y} (the start of last month)")
    # "1 September 2025", "1st Sept 2025", "September 1, 2025", "September 2025", "last March", "March"
    words = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text).replace(",", " ").split()
    day = year = month = None
    last = this = False
    for w in words:
        if w in _MONTHS and month is None:
            month = _MONTHS[w]
        elif w.isdigit() and len(w) == 4:
            year = int(w)
        elif w.isdigit() and len(w) <= 2:
            day = int(w)
        elif w in ("last", "past", "previous"):
            last = True
        elif w == "this":
            this = True
        elif w in ("of", "the", "in", "on", "early", "mid", "late", "end", "start", "beginning"):
            continue
        else:
            month = month if month else None
            if w not in ("year",):
                return Reading("unclear", problem=_date_problem())
    if month is None:
        if year is not None and not day:
            return Reading("unclear", problem=f"Which month of {year}? For example \u201cMarch {year}\u201d or {year}-03-01.")
        if text in ("last year", "this year"):
            return Reading("unclear", problem="Which month? For example \u201clast March\u201d or a date such as 2024-03-01.")
        return Reading("unclear", problem=_date_problem())
    guessed = day is None or year is None
    if year is None:
        year = today.year
        if last or this:
            if (month, day or 1) >= (today.month, today.day) and last:
                year -= 1
            elif (month, day or 1) > (today.month, today.day) and this:
                pass
        elif (month, day or 1) > (today.month, today.day):
            year -= 1
    try:
        date = _dt.date(year, month, day or 1)
    except ValueError:
        return Reading("unclear", problem=f"{head} is not a real date.")
    how = f"{date:%-d %B %Y}" + ("" if day else f" (the start of {date:%B %Y}; no day was given)")
    return done(date, confirm=guessed, how=how)


def _date_problem() -> str:
    return ("Please give a date, for example 2024-03-01, 1 March 2024, \u201cMarch 2024\u201d or \u201clast March\u201d.")


def _read_choice(raw: str, fact, today) -> Reading:
    choices = list(fact.type.choices)
    head, note = split_note(raw)
    text = squash(head)
    lowered = {c.lower(): c for c in choices}
    if text in lowered:
        return Reading("value", lowered[text], note=note, said=f"\u201c{lowered[text]}\u201d")
    if text.isdigit() and 1 <= int(text) <= len(choices):
        c = choices[int(text) - 1]
        return Reading("value", c, note=note, said=f"\u201c{c}\u201d (choice {text})")
    starts = [c for c in choices if c.lower().startswith(text) and text]
    if len(starts) == 1:
        return Reading("value", starts[0], note=note, said=f"\u201c{starts[0]}\u201d")
    inside = [c for c in choices if re.search(rf"\b{re.escape(c.lower())}\b", text)]
    if len(inside) == 1:
        return Reading("value", inside[0], note=raw if not note else note, said=f"\u201c{inside[0]}\u201d", confirm=text != inside[0].lower())
    close = difflib.get_close_matches(text, list(lowered), n=1, cutoff=0.6)
    if close:
        c = lowered[close[0]]
        return Reading("value", c, note=note, said=f"\u201c{c}\u201d", confirm=True)
    listed = ", ".join(f"{i}. {c}" for i, c in enumerate(choices, 1))
    return Reading("unclear", problem=f"Please choose one of: {listed} (the word or its number).")


def _read_text(raw: str, fact, today) -> Reading:
    return Reading("value", raw.strip(), said=f"\u201c{raw.strip()}\u201d")


def _read_duration(raw: str, fact, today) -> Reading:
    from senrules.model import Duration

    head, note = split_note(raw)
    text = squash(head)
    m = re.fullmatch(r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(day|week|month|year|term)s?", text)
    if not m:
        return Reading("unclear", problem="Please give a length of time, for example \u201c12 months\u201d or \u201c6 weeks\u201d.")
    amount = float(m[1]) if m[1][0].isdigit() else _NUMBER_WORDS[m[1]]
    unit = m[2]
    guess = False
    if unit == "term":
        amount, unit, guess = amount * 13, "week", True
    if isinstance(amount, float) and amount.is_integer():
        amount = int(amount)
    d = Duration(amount, unit + "s")
    return Reading("value", d, note=note, said=str(d), confirm=guess)


# ------------------------------------------------------------------ several years at once

NOT_KNOWN_PART = {"?", "-", "--", "n/a", "na", "dk", "don't know", "dont know", "not known", "unknown", "no data", "x"}


def read_series(text: str, fact, years, *, today: _dt.date | None = None) -> Reading:
    """Read the figures for ``years`` (newest first) given on one line:
    "66%, 58%, 49%", "66 58 49", "2024: 66, 2023: 58", "66, ?, 49", or
    one figure (the newest year's).  "don't know" alone is the newest
    year's; ``?`` marks any year not known."""
    raw = text.strip()
    whole = squash(raw)
    if not raw:
        return Reading("unclear", problem="The answer was empty.")
    if whole in DONT_KNOW or whole.startswith(("don't know", "dont know", "not sure", "no idea")):
        return Reading("dont_know", said="don't know")
    if whole in ("skip", "pass", "later", "skip it", "next"):
        return Reading("skip")
    years = list(years)
    labelled = re.findall(r"\b((?:19|20)\d\d)\s*(?::|=|-|\u2013)?\s*([^,;]+?)\s*(?=[,;]|$)", raw)
    pairs: list[tuple[int, str]] = []
    if labelled and all(int(y) in years for y, _ in labelled):
        pairs = [(int(y), part) for y, part in labelled]
    else:
        parts = [p.strip() for p in re.split(r"\s*[,;]\s*|\s+and\s+|\s+then\s+", raw) if p.strip()]
        if len(parts) == 1 and re.fullmatch(r"(\S+\s+)+\S+", parts[0]) and all(
            re.fullmatch(r"\d+(\.\d+)?%?|\?", t) for t in parts[0].split()
        ):
            parts = parts[0].split()
        if len(parts) > len(years):
            return Reading("unclear", problem=f"I need at most {len(years)} figure{'s' if len(years) != 1 else ''}, "
                                              f"for {', '.join(str(y) for y in years)} (newest first).")
        pairs = list(zip(years, parts))
    values: dict[int, object] = {}
    said, confirm = [], False
    for year, part in pairs:
        if squash(part) in NOT_KNOWN_PART or squash(part) in DONT_KNOW:
            values[year] = None
            said.append(f"{year}: don't know")
            continue
        reading = read_answer(part, fact, today=today)
        if reading.kind != "value":
            problem = reading.problem or "I could not read it."
            return Reading("unclear", problem=f"For {year}, \u201c{part}\u201d: {problem}")
        values[year] = reading.value
        confirm = confirm or reading.confirm
        said.append(f"{year}: {reading.said}")
    return Reading("value", values, said=", ".join(said), confirm=confirm)


# ------------------------------------------------------------------ confirming

_CONFIRM_YES = {"yes", "y", "yeah", "yep", "correct", "right", "that's right", "ok", "okay", "sure", "confirm", "fine", "good"}
_CONFIRM_NO = {"no", "n", "nope", "wrong", "not right", "that's wrong", "incorrect", "no it isn't", "no thanks"}


def read_confirmation(text: str) -> bool | None:
    """True for yes, False for no, None for anything else (a new answer)."""
    t = squash(text)
    if t in _CONFIRM_YES:
        return True
    if t in _CONFIRM_NO:
        return False
    return None


def shown_value(value, fact=None) -> str:
    """A value in words, as said back and in reports."""
    if value is None:
        return "don't know"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, _dt.date):
        return value.strftime("%-d %B %Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if fact is not None and fact.type.kind == "percentage":
        return f"{value}%"
    if fact is not None and fact.unit and isinstance(value, (int, float)):
        return f"{value} {fact.unit}"
    return str(value)
