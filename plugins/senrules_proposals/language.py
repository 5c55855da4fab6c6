"""The words the proposal reader looks for, and the tests on one sentence.

Everything here is a fixed, documented pattern: no statistics, no model, no
network.  A sentence is split into *clauses* (at ``;``, ``but``, ``however``,
``although``, ``whereas`` and ``, and`` before a new subject), and negation
and hedging are judged within the clause where a subject word was found, so
"we hope to find places for some pupils, and Elm School has confirmed in
writing that it will admit twelve" is read as one hope and one confirmation.
"""

from __future__ import annotations

import functools
import re

from senrules_proposals.prefilter import prefiltered, same_matches, tokens


def _first_chars(parts) -> str | None:
    """The characters any alternative can start with, or None when one may
    start with something other than a letter, digit or a few literals."""
    chars = set()
    for p in parts:
        c = p[:1]
        if c.isalnum() or c in "£'’-":
            chars.update({c.lower(), c.upper()})
        elif p.startswith("\\d"):
            chars.update("0123456789")
        else:
            return None
    return "".join(sorted(chars))


_META_CHARS = set("\\.^$*+?{}[]()|")
_QUANTIFIERS = ("?", "*", "+", "{")
# The characters other than a letter's two ASCII cases that match it ignoring case (Python's re): "ſ" is an
# "s", "K" (the Kelvin sign) a "k", "İ" and "ı" an "i".  No other character matches an ASCII letter or digit.
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_DIGIT = "\\d"


def _top_level_bar(part: str) -> bool:
    depth = 0
    for k, c in enumerate(part):
        if k and part[k - 1] == "\\":
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


def _group_end(part: str, start: int) -> int:
    """The index just past the parenthesis that closes the group opening at
    ``start``, or -1."""
    depth = 0
    k = start
    while k < len(part):
        c = part[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = part.find("]", k + 2) + 1  # a class: "[- ]", "[]x]"
            if k == 0:
                return -1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def _split_bars(body: str) -> list[str]:
    """``body`` split at its top-level ``|``."""
    out, depth, k, start = [], 0, 0, 0
    while k < len(body):
        c = body[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = body.find("]", k + 2) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:k])
            start = k + 1
        k += 1
    out.append(body[start:])
    return out


def _expanded(part: str) -> list[str]:
    """An alternative that starts with a group of alternatives, as one
    alternative for each: "(?:better|improved) education" gives "better
    education", "improved education"; "(?:specialist )?nurses?" gives
    "specialist nurses?", "nurses?".  They match what the alternative
    matches, tried in the same order."""
    if not part.startswith("(?:") or _top_level_bar(part):
        return [part]
    end = _group_end(part, 0)
    if end < 0:
        return [part]
    rest = part[end:]
    optional = rest.startswith("?") and not rest.startswith("??")
    if optional:
        rest = rest[1:]
    elif rest[:1] in _QUANTIFIERS:
        return [part]
    alternatives = [alt + rest for alt in _split_bars(part[3:end - 1])] + ([rest] if optional else [])
    return [e for alt in alternatives for e in _expanded(alt)]


def _head(part: str) -> tuple[tuple[str, ...], str]:
    """An alternative split into its leading plain characters (lower case;
    ``\\d`` for a digit) and the rest of the pattern: "gcses?" gives
    ("g", "c", "s", "e") and "s?", "a[- ]levels?" gives ("a",) and
    "[- ]levels?", "\\d+ pupils" gives ("\\d",) and "\\d* pupils".  A
    character that a quantifier follows is not part of the head, and an
    alternative with alternatives of its own is kept whole."""
    if _top_level_bar(part):
        return (), "(?:" + part + ")"
    head: list[str] = []
    i = 0
    while i < len(part):
        c = part[i]
        if part.startswith(_DIGIT, i):
            atom, step = _DIGIT, 2
        elif c == "\\" and i + 1 < len(part) and not part[i + 1].isalnum():
            atom, step = part[i + 1], 2
        elif c in _META_CHARS:
            break
        else:
            atom, step = c.lower(), 1
        after = part[i + step: i + step + 1]
        if atom == _DIGIT and after == "+":  # "\d+": one digit, then "\d*"
            head.append(atom)
            return tuple(head), _DIGIT + "*" + part[i + step + 1:]
        if after in _QUANTIFIERS:
            break
        head.append(atom)
        i += step
    return tuple(head), part[i:]


def _atom(atom: str) -> str:
    return atom if atom == _DIGIT else re.escape(atom)


def _exclusive(keys) -> bool:
    """Whether no character can match two of these first characters."""
    return not (_DIGIT in keys and any(k.isdigit() for k in keys))


def _trie(alternatives: list[tuple[tuple[str, ...], str]]) -> str:
    """The alternatives (head still to match, rest) as one pattern that
    tries only those whose next character matches.  Alternatives whose next
    characters differ cannot both match at one place, so grouping them by
    that character keeps the order in which the rest are tried: the pattern
    matches exactly what the plain alternation matches, and faster."""
    if len(alternatives) == 1:
        head, rest = alternatives[0]
        return "".join(map(_atom, head)) + rest
    groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for head, rest in alternatives:
        groups.setdefault(head[0] if head else "", []).append((head[1:], rest))
    if "" in groups or not _exclusive(groups):
        return "(?:" + "|".join("".join(map(_atom, head)) + rest for head, rest in alternatives) + ")"
    return "(?:" + "|".join(_atom(c) + _trie(g) for c, g in groups.items()) + ")"


def _cases(atom: str) -> str:
    if atom == _DIGIT:
        return _DIGIT
    return re.escape("".join(sorted({atom, atom.upper(), *_OTHER_CASES.get(atom, "")})))


def plain(*parts: str) -> re.Pattern:
    """The alternatives as written, on word boundaries, ignoring case:
    what :func:`rx` must match (kept for the tests that say it does)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


#: Every pattern :func:`rx` has built, by its alternatives: the plain alternation it stands for.
ALTERNATIVES: dict[tuple[str, ...], re.Pattern] = {}


@functools.lru_cache(maxsize=None)
def rx(*parts: str) -> re.Pattern:
    """One case-insensitive pattern from alternatives, each on word
    boundaries: the same matches as ``(?<![\\w-])(?:a|b|...)(?![\\w-])``
    with ``re.I``, built to be fast on a long document.  When every
    alternative starts with a plain character (or a digit), the pattern
    starts with the set of those characters, which the regular expression
    engine scans for without entering its matcher, and only the alternatives
    starting with the character found are tried (:func:`_trie`); otherwise
    a look-ahead for the alternatives' first characters lets the search skip
    most places at once."""
    ALTERNATIVES[parts] = plain(*parts)
    split = [_head(alt) for part in parts for alt in _expanded(part)]
    firsts = {head[0] for head, _ in split if head}
    if all(head for head, _ in split) and _exclusive(firsts):
        groups: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for head, rest in split:
            groups.setdefault(head[0], []).append((head[1:], rest))
        charset = "".join(_cases(c) for c in sorted(groups))
        dispatch = "|".join("(?<=" + _atom(c) + ")" + _trie(g) for c, g in groups.items())
        built = re.compile("[" + charset + r"](?<![\w-].)(?i:" + dispatch + r")(?![\w-])")
    else:
        first = _first_chars(parts)
        guard = "(?=[" + re.escape(first) + "])" if first else ""
        built = re.compile(r"(?<![\w-])" + guard + r"(?i:" + _trie(split) + r")(?![\w-])", re.I)
    same_matches(built, ALTERNATIVES[parts])  # (its word test, or the starts of its words, read from the plain form)
    return built


@functools.lru_cache(maxsize=256)
def names(names: tuple[str, ...] | list[str]) -> re.Pattern:
    """Names matched as written, each a whole word or words:
    ``\b(?:Oakwood|WTC|...)\b``, case-sensitive; when every name starts and
    ends with a letter or digit, built like :func:`rx` (the names' first
    letters scanned for as a set, only the names starting with the letter
    found tried), matching the same."""
    names = tuple(names)
    plain_form = r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"
    if not names or not all(n[:1].isalnum() and n[-1:].isalnum() for n in names):
        return re.compile(plain_form)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(n[1:])
    dispatch = "|".join("(?<=" + re.escape(c) + ")(?:" + "|".join(re.escape(r) for r in rests) + ")" for c, rests in groups.items())
    return re.compile("[" + re.escape("".join(groups)) + r"](?<!\w.)(?:" + dispatch + r")\b")


# ------------------------------------------------------------------ clauses

# Where a sentence's clauses break, as written ...
_CLAUSE_BREAK_PLAIN = re.compile(
    r";|:\s|\s[-–—]\s|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|\bthough\b|\bwhile\b|\bunless\b|\bso\s+that\b"
    r"|,\s+(?:and|or|so)\s+(?=(?:we|the|all|each|it|they|this|these|there|some|other|its|our|their|that|[A-Z]\w+)\b)"
    r"|,\s+(?:(?:none|neither|all|some|most|both|each|one|any)\s+of\s+)?(?:which|whom|who|whose)\b"
    r"|\bbecause\b|\bsince\b(?!\s+\d)"
    r"|\b(?:where|if|when)\s+(?=(?:they|he|she|a\s+pupil|pupils|students|children|the\s+pupil|a\s+child|their\s+parents)\b)"
)

# (", and that NO PUPIL shall be placed ...": a notice's second that-clause, after "it is proposed that every pupil
# ... shall be offered a place at Kestrel Vale School")
_AND_NEW_SUBJECT = r"(?=(?:we|the|all|each|it|they|this|these|there|some|other|its|our|their|that|[A-Z]\w+)\b)"
_PEOPLE = r"(?=(?:they|he|she|a\s+pupil|pupils|students|children|the\s+pupil|a\s+child|their\s+parents)\b)"
# ... and built for speed: the same matches (tests/proposals/test_proposal_patterns.py), as alternatives that each
# start with a plain character, so that the engine scans for the set of them and tries at each place only the
# alternatives starting with the character there (``(?<!\w.)`` after a letter is the ``\b`` before it).  No two
# alternatives can match at one place, so any of them may be left out where it cannot match at all: each is given
# with what a text must hold for it to match (a mark; a whole word, in lower case, see prefilter.tokens; "dash",
# a dash with a space before it and after it), and a text is searched only with the alternatives it may match
# (_breaks_for), most often none but a comma's.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_BREAKS = (
    (";", r";"),
    (":", r":\s"),
    (",", r",(?:\s+(?:and|or|so)\s+" + _AND_NEW_SUBJECT + r"|\s+(?:(?:none|neither|all|some|most|both|each|one|any)\s+of\s+)?"
          r"(?:which|whom|who|whose)\b)"),
    ("dash", "|".join(re.escape(c) + r"[-–—]\s" for c in _SPACES)),  # (every character "\s" is: see the tests)
    ("but", r"b(?<!\w.)ut\b"),
    ("because", r"b(?<!\w.)ecause\b"),
    ("however", r"h(?<!\w.)owever\b"),
    ("although", r"a(?<!\w.)lthough\b"),
    ("whereas", r"w(?<!\w.)hereas\b"),
    ("while", r"w(?<!\w.)hile\b"),
    ("where", r"w(?<!\w.)here\s+" + _PEOPLE),
    ("when", r"w(?<!\w.)hen\s+" + _PEOPLE),
    ("though", r"t(?<!\w.)hough\b"),
    ("unless", r"u(?<!\w.)nless\b"),
    ("so", r"s(?<!\w.)o\s+that\b"),
    ("since", r"s(?<!\w.)ince\b(?!\s+\d)"),
    ("if", r"i(?<!\w.)f\s+" + _PEOPLE),
)
_BREAK_WORDS = frozenset(k for k, _ in _BREAKS if k.isalpha() and k != "dash")
_DASH_BREAK = re.compile(r"[-–—](?<=\s[-–—])\s")  # (the dash first: the engine scans for it)


@functools.lru_cache(maxsize=1024)
def _breaks_of(kinds: tuple[str, ...]) -> re.Pattern | None:
    """The clause breaks of these kinds (see _BREAKS), as one pattern."""
    parts = [b for k, b in _BREAKS if k in kinds]
    return re.compile("|".join(parts)) if parts else None


_CLAUSE_BREAK = _breaks_of(tuple(k for k, _ in _BREAKS))


def _breaks_for(text: str) -> re.Pattern | None:
    """The clause breaks that may be in the text (None: none may)."""
    words = _BREAK_WORDS.intersection(tokens(text))
    dash = ("-" in text or "–" in text or "—" in text) and _DASH_BREAK.search(text) is not None
    kinds = tuple(k for k, _ in _BREAKS if (k in words if k in _BREAK_WORDS else dash if k == "dash" else k in text))
    return _breaks_of(kinds) if kinds else None


# (after a paragraph's number too: "5.1 Because the block will not be ready until October, the pupils will ...")
_FRONTED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?:because|since|although|though|while|whilst|if|when|until|unless|as|once|after|before|whereas)\b[^,]*,", re.I)


@functools.lru_cache(maxsize=8192)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_spans(text))


#: found's memory: the pattern's id -> (the pattern, {text: the match or None}).  Keyed by the pattern's id, not the
#: pattern: hashing a compiled pattern hashes all its code (some 40,000 instructions for a factor's words, on
#: every call); the entry holds the pattern, so no other pattern can take its id while the entry is there.  A
#: dictionary of texts for each pattern, not one keyed by (id, text): no key tuple made for each call, and the
#: memory holds no tuples for the garbage collector to go through after a check (a dictionary holding only
#: strings and None is not tracked).
_FOUND: dict[int, tuple[object, dict[str, re.Match | None]]] = {}
_FOUND_MAX = 8192  # (texts remembered for one pattern)
_FOUND_PATTERNS_MAX = 512  # (patterns remembered: a document's own, made for its names, come and go)
_NOT_YET = object()


def found(pattern: re.Pattern, text: str) -> re.Match | None:
    """``pattern.search(text)``, remembered: several facts read the same
    words of the same sentence (a confirmation in writing, words about the
    Test).  (Safe under threads: a lost entry is searched again.)"""
    entry = _FOUND.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_FOUND) >= _FOUND_PATTERNS_MAX:
            _FOUND.clear()
        entry = _FOUND[id(pattern)] = (pattern, {})
    memo = entry[1]
    m = memo.get(text, _NOT_YET)
    if m is _NOT_YET:
        m = pattern.search(text)
        if len(memo) >= _FOUND_MAX:
            memo.clear()
        memo[text] = m
    return m


found.cache_clear = _FOUND.clear  # (as lru_cache's, for extract.clear_caches)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where the clauses of a sentence start and end (cached: every factor
    reads the same sentences)."""
    return list(_clause_spans(text))


def _spans(text: str) -> list[tuple[int, int]]:
    """Where the clauses of a sentence start and end.  A fronted subordinate
    clause ("Because the new school opens later, pupils will...") is a clause
    of its own."""
    spans, start = [], 0
    breaks = _breaks_for(text)
    for m in breaks.finditer(text) if breaks is not None else ():
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        m = _FRONTED.match(text[a:b])
        if m:
            out.append((a, a + m.end() - 1))
            a = a + m.end()
        out.append((a, b))
    return [(a, b) for a, b in out if text[a:b].strip()] or [(0, len(text))]


# A capitalised word inside a sentence (after a word, a comma or a bracket and a space).
_CAPITALISED_INSIDE = re.compile(r"(?<=[\w,;:)]\s)[A-Z][a-z'’]+")


def common_words(text: str) -> str:
    """The text with capitalised words inside a sentence blanked out, so that
    a name ("Harbour View Academy") is not read as a common word ("view").
    The first word after a paragraph's number ("5.1 Refurbishment of ...",
    "(b) Pupils will ...") starts the sentence: it is kept."""
    m = _PARAGRAPH_NUMBER.match(text) if text[:1] in _NUMBER_STARTS else None
    if m:
        return text[:m.end()] + _CAPITALISED_INSIDE.sub(_blank, text[m.end():])
    return _CAPITALISED_INSIDE.sub(_blank, text)


def _blank(m: re.Match) -> str:
    return "_" * len(m.group(0))


# ("5.1 ", "5. ", "(b) ", "iv) "; not a house number, "12 Oak Lane")
_PARAGRAPH_NUMBER = re.compile(r"\(?(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+")
_NUMBER_STARTS = frozenset("0123456789(abcdefghijklmnopqrstuvwxyz")


def clause_of(text: str, pos: int) -> str:
    spans = clause_spans(text)
    for a, b in spans:
        if a <= pos < b:
            return text[a:b]
    if spans and pos >= spans[-1][1]:
        a, b = spans[-1]
        return text[a:b]
    return text


# ------------------------------------------------------------------ negation and hedging

# Phrases with a negative word that do not negate: limits and emphasis.
_NOT_NEGATION = re.compile(
    r"\b(?:no|not)\s+(?:more|longer|later|fewer|less|sooner)\s+than\b|\bnot\s+only\b|\bno\s+doubt\b"
    r"|\bno\.\s*\d|\bnot\s+least\b|\b(?:will|shall|must|does|do|should|would)\s+not\s+exceed\b|\bnot\s+to\s+exceed\b"
    r"|\bno\s+(?:[\w'’]+\s+){1,2}(?:will|would|should|shall)\s+(?:\w+\s+){0,2}(?:longer|more|further|later)\s+than\b"
    r"|\bno\s+(?:[\w'’]+\s+){1,2}(?:will|would|should|shall)\s+exceed\b|\bwithout\s+(?:delay|exception|interruption|charge|cost)\b|\bno\s+(?:charge|cost)\s+to\b"
    r"|\bno\s+longer\s+(?:need|have)\s+to\b"
    # a view reported, not a denial: "were briefed on the proposal and raised no objection"
    r"|\b(?:raised|made|had|expressed|lodged)\s+no\s+objections?\b|\bno\s+objections?\s+(?:were|was|have\s+been|has\s+been)\s+(?:raised|received|made|lodged)\b"
    # how often, against how often now: "an audiologist who will visit fortnightly, not termly"
    r"|,\s*(?:and\s+)?not\s+(?:just\s+)?(?:termly|weekly|daily|monthly|fortnightly|annually|yearly|half[- ]termly"
    r"|(?:once|twice)\s+a\s+(?:day|week|fortnight|month|term|year)|every\s+(?:day|week|fortnight|month|term|half[- ]term|year))\b",
    re.I,
)
# A comparison with now, where there is none: in brackets, "an occupational therapist 2 days a week (now none)", "(none
# at present)"; or in words, "12 places where it now has none", "where there are none at present", "which now has none",
# "where Pellingham has none now".
_NONE_NOW = (
    r"\(\s*(?:(?:now|currently|at\s+present|today)\s*:?\s+(?:none|nil|no\s+[\w-]+|not\s+[\w-]+)|(?:none|no\s+[\w-]+)\s+(?:now|currently|at\s+present|today))\s*\)"
    r"|\(\s*there\s+(?:is|are)\s+(?:none|no\s+[\w-]+)\s+(?:now|currently|at\s+present|today)\s*\)"
    r"|\b(?:where|which|whereas|when)\s+(?:it|there|they|the\s+\w+|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s*"
    r"(?:now|currently|at\s+present)?\s*(?:has|have|are|is)\s+(?:none|no\s+[\w-]+)(?:\s+(?:now|currently|at\s+present|today))?\b"
)
NONE_NOW = re.compile(_NONE_NOW, re.I)
# A negation that only says what the present provision lacks does not negate the claim: "... a sports hall
# that Cedarwood cannot offer", "GCSE BSL (not offered at Abbotsfield)".  (Tried only on a clause with a negation.)
_PRESENT_LACKS = re.compile(
    # (the provision by its name or by what it is, "which the service does not have now", "that the unit cannot offer";
    # or with the verb left to be understood, "an on-site therapy team, which Linden Lodge does not"); or "none of
    # which" it has ("a workshop and a sports hall, none of which Marsh Lane has")
    r"\b(?:that|which)\s+(?:the\s+|our\s+|its\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*|main|present|current|existing|old"
    r"|service|school|unit|base|centre|provision|academy|site|building)\s+){1,3}(?:currently\s+|now\s+)?"
    r"(?:cannot|can\s*not|can['’]t|could\s+not|does\s+not|do\s+not|did\s+not|is\s+unable\s+to|are\s+unable\s+to)"
    r"(?:\s+(?:offer|provide|give|run|have|employ)\b|(?=\s*(?:now|currently|at\s+present|today)?\s*(?:[,;:.)]|$)))"
    r"|\bnone\s+of\s+(?:which|these|them)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:currently\s+|now\s+)?(?:has|have|offers?|provides?|can\s+offer)\b"
    r"|\(\s*(?:currently\s+)?not\s+(?:currently\s+)?(?:offered|available|provided|possible)\s+(?:at|in|by)\b[^()]*\)"
    # ... or after a comma: "a speech and language therapist one day a week, neither available at Hollins Brook"
    r"|,\s*(?:neither|none(?:\s+of\s+(?:them|which|these|whom))?|(?:which|who)\s+(?:is|are)\s+not|not)\s+(?:(?:is|are)\s+)?(?:currently\s+)?"
    r"(?:available|offered|provided|on\s+offer)\s+(?:at|in|by)\b[^.;]*"
    r"|" + _NONE_NOW +
    # who the pupils are, not what the proposal does: "12 places for pupils who cannot attend school for medical reasons",
    # "every pupil on roll at Hollowmead House School who has not completed Year 11 by 31 August 2027"
    r"|\b(?:pupils?|child|children|students?|young\s+(?:people|person)|learners?|those)(?:\s+[^,;:()]{1,60}?)?\s+who\s+(?:\w+\s+)?"
    r"(?:cannot|can\s*not|can['’]t|do\s+not|don['’]t|does\s+not|are\s+not|aren['’]t|is\s+not|have\s+not|haven['’]t|has\s+not|hasn['’]t"
    r"|are\s+unable\s+to|could\s+not)\s+[^,;:()]*",
    re.I,
)
NEGATION = rx(
    r"not", r"no", r"never", r"none", r"nor", r"neither", r"without", r"cannot", r"nothing", r"nobody",
    r"unable", r"lacks?", r"lacking", r"\w+n['’]t", r"yet to", r"has yet", r"have yet", r"absence of",
    r"unclear", r"unknown", r"unresolved",
)

# "Subject to" is a hedge, except where it only names the decision every
# proposal waits for ("subject to approval", "subject to the outcome of this
# consultation").
_SUBJECT_TO_DECISION = re.compile(
    r"\bsubject\s+to\s+(?:the\s+)?(?:final\s+|formal\s+|cabinet\s+|council\s+|statutory\s+)?"
    r"(?:approval|decision|determination|consultation|outcome\s+of\s+(?:the|this)\s+(?:consultation|statutory)|"
    r"(?:this|the)\s+proposal\s+being\s+approved|agreement\s+by\s+(?:cabinet|the\s+council))",
    re.I,
)
_MAY_PERMISSION = re.compile(
    r"\bmay\s+(?:also\s+)?(?:wish|choose|request|prefer|ask|visit|apply|contact|comment|respond|write|attend\s+the|"
    r"view|see|find\s+it|obtain|download|read)\b"
    # a choice offered to families: "or families may take a personal transport budget"
    r"|\b(?:parents|families|carers|pupils|students|young\s+people|you)\s+(?:also\s+)?may\b",
    re.I,
)
# "asking each ... whether it could agree": a modal inside an embedded question is the question, not a hedge.
_EMBEDDED_QUESTION = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,3}?(?:could|may|might|would|can)\b", re.I)
# "as the County's Accessibility Strategy expects": what a document expects, not a hedge.
_DOCUMENT_EXPECTS = re.compile(
    r"\b(?:strateg(?:y|ies)|polic(?:y|ies)|plan|guidance|code\s+of\s+practice|framework)(?:\s+[\d/–-]+)?\s+(?:expects?|anticipates?)\b", re.I)
# An estimate in brackets hedges a number, not the clause: "Every pupil ... (we expect 21 pupils) will be offered a place",
# "(an expected 24 pupils)", the number first or last: "(29 pupils are expected)", "(about 30 expected)".
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|"
    r"half|both|double|twice|treble"
)
# (the count said in figures or in words: "(we expect 8)", "(we expect eight)")
_ESTIMATE = re.compile(
    r"\(\s*(?:we\s+|it\s+is\s+|an?\s+|some\s+)?(?:expect\w*|anticipat\w*|estimat\w*|forecast\w*|projected)\s+(?:to\s+be\s+)?"
    r"(?:about\s+|around\s+|some\s+|approximately\s+)?(?:\d+|(?:" + _NUMBER_WORDS + r")\b)[^()]{0,40}\)"
    r"|\(\s*(?:about\s+|around\s+|some\s+|approximately\s+)?\d+\s+(?:[\w-]+\s+){0,3}?(?:(?:are|is)\s+)?"
    r"(?:expected|anticipated|estimated|forecast|projected)\b[^()]{0,30}\)",
    re.I)
# An estimate that says which pupils, not whether they move: "The 40 pupils expected to be on roll in July 2027
# ... will move as follows", "children likely to be in Year 6", "Of the 28 pupils expected on roll in July 2027":
# the expectation governs the count.
_ESTIMATE_WORDS = ("xpected", "nticipated", "orecast", "rojected", "ikely")
_WHICH_PUPILS_EXPECTED = re.compile(
    r"\b(?:pupils|children|students|learners|young\s+people)\s+(?:who\s+are\s+)?(?:expected|anticipated|forecast|projected|likely)"
    r"(?:\s+to\s+(?:be|remain|stay))?\s+(?:still\s+)?(?:on\s+(?:the\s+|its\s+|their\s+)?roll|in\s+(?:years?|key\s+stage|ks)\s*\d+)\b",
    re.I)
_IF_PLACES_FOUND = re.compile(r"if\s+(?:suitable\s+|enough\s+|the\s+)?places?\s+(?:can|could|are|is|become)\b", re.I)
# A place offered only on condition of finding one: a hedge of any clause (HEDGE), and of places (PLACE_HEDGE).
IF_PLACES_FOUND = (
    r"if (?:suitable |enough |the )?places? (?:can|could) be (?:found|identified|secured|made available)",
    # "offered places at special schools ... where these can be found", "when one can be identified"
    r"(?:where|when|if|as) (?:these|they|such places|one|suitable ones) (?:can|could) be (?:found|identified|secured|made available)",
    r"if (?:suitable |enough )?places? (?:are|is|become) available",
    # "or will move to the Cobb Lane site if places allow"; "a place at Northfield when one becomes available"
    r"(?:if|where|when|as) (?:places?|space|spaces|capacity|numbers) (?:allows?|permits?)",
    r"(?:when|once|as soon as|if) (?:a (?:suitable )?place|one|places) (?:becomes?|is|are) (?:available|free)",
)
HEDGE = rx(
    r"hope", r"hopes", r"hoped", r"hoping", r"hopefully", r"hopeful", r"intend", r"intends", r"intended", r"intending",
    r"intention", r"intentions", r"anticipate", r"anticipates", r"anticipated", r"expect", r"expects", r"expected",
    r"subject to", r"may", r"might", r"could", r"aim to", r"aims to", r"aiming to", r"aim is to", r"seek to",
    r"seeks to", r"seeking to", r"try to", r"will try", r"endeavour", r"endeavours", r"where possible",
    r"plan to", r"plans to", r"planning to",
    r"wherever possible", r"if possible", r"as far as possible", r"in principle", r"likely", r"probably",
    r"possibly", r"potential", r"potentially", r"to be confirmed", r"to be agreed", r"to be determined",
    r"to be identified", r"to be found", r"to be decided", r"to be arranged", r"to be finalised", r"tbc", r"tba",
    r"yet to be", r"not yet", r"in discussions?", r"discussions are", r"are exploring", r"is exploring", r"explore",
    r"exploring", r"being sought", r"would like", r"wish to", r"envisage", r"envisaged", r"should be able", r"should be possible",
    r"we believe", r"it is believed", r"assume", r"assumed", r"provisional", r"provisionally", r"tentative",
    r"indicative", r"in due course", r"at a later (?:date|stage)", r"later in the process",
    # a place conditional on finding one: "will be offered places at other schools if places can be found"
    *IF_PLACES_FOUND,
)
# Words that put something off: "transport will be reviewed", "staffing will be considered".
DEFERRAL = rx(
    r"will be (?:reviewed|considered|looked at|explored|discussed|developed|worked out|addressed|determined|agreed|"
    r"confirmed|identified|finalised|clarified|assessed|set out later|decided)",
    r"(?:are|is) being (?:reviewed|considered|explored|developed|worked on)",
    r"in due course", r"at a later (?:date|stage)", r"later stage", r"to be confirmed",
    r"(?:nearer|closer) (?:the|to the) (?:time|date)", r"will (?:write|talk|speak) to (?:you|parents|families|carers) about",
    r"(?:will be|to be|are to be|is to be) (?:set out|detailed|described|confirmed|decided|agreed|finalised|developed) (?:in|at|as part of|through) "
    r"(?:a|the) (?:full|final|later|detailed|separate|future|next|subsequent)",
)
# Words that say something without saying what: "appropriate staffing", "sufficient funding".
VAGUE = rx(
    r"appropriate", r"as (?:needed|necessary|required)", r"where (?:needed|necessary|required|appropriate)",
    r"sufficient", r"adequate", r"suitable", r"relevant",
)


@functools.lru_cache(maxsize=16384)
def negated(clause: str) -> bool:
    text = _NOT_NEGATION.sub(" ", clause)
    if not NEGATION.search(text):
        return False
    return bool(NEGATION.search(_PRESENT_LACKS.sub(" ", text)))


# The proposer's intention to do what it proposes is the proposal, not a hope: "We would like to open a base with 10
# places", "the Council intends to discontinue Ash School and to enlarge Elm School" (a notice's words); not an
# intention about places elsewhere ("we intend to offer each child a place", "we would like to find places").
_PROPOSER_ACTS = re.compile(
    r"\b(?:we|the\s+(?:council|governors|governing\s+body|trust|authority)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:council|trust))\s+"
    r"(?:intends?|would\s+like|wish(?:es)?)\s+to\s+(?=(?:open|establish|create|set\s+up|enlarge|expand|build|discontinue|close)\b)", re.I)


@functools.lru_cache(maxsize=16384)
def hedge(clause: str) -> str | None:
    """The hedging word or phrase in a clause, or None."""
    text = _SUBJECT_TO_DECISION.sub(" ", clause)
    text = _MAY_PERMISSION.sub(" ", text)
    text = _MAY_DATE.sub(" ", text)  # the month
    if "May" in text:  # ... in a span of months: "from May to December 2027", "(May-August 2027)", "in May and June"
        text = _MAY_MONTH.sub(" ", text)
    if "(" in text:
        text = _ESTIMATE.sub(" ", text)
    if ("to " in text or "roll" in text) and any(w in text for w in _ESTIMATE_WORDS):
        text = _WHICH_PUPILS_EXPECTED.sub(" pupils ", text)
    text = _PROPOSER_ACTS.sub(" ", text)  # (prefiltered: tried only on a clause with "intend", "would" or "wish")
    if "plan" in text:
        text = _PLAN_SENT_TO.sub(" ", text)
    m = HEDGE.search(text)
    if m and m.group(0)[:3].lower() == "if " and _IF_PLACES_FOUND.match(m.group(0)):  # a condition, not a question
        return m.group(0)
    if m and (_EMBEDDED_QUESTION.search(text) or _DOCUMENT_EXPECTS.search(text)):
        m = HEDGE.search(_DOCUMENT_EXPECTS.sub(" ", _EMBEDDED_QUESTION.sub(" ", text)))
    return m.group(0) if m else None


def provider_hedge(clause: str) -> str | None:
    """The hedging word or phrase in a clause about what a provider has agreed to (the places a receiver gives
    displaced pupils, a provider's views), or None: an agreement the provider has already given otherwise than in
    writing (``UNWRITTEN_AGREEMENT``: "has agreed in principle to admit them", "agreed in discussions with officers",
    "indicated its agreement at a meeting") is an agreement, not a hope or a discussion still open (ruling of
    2026-12-05); elsewhere "in principle" still hedges ("the funding was agreed in principle")."""
    if "ubject" in clause:  # the receiver's own confirmation still to come: where they go is stated, not hoped for
        clause = _RECEIVER_TO_CONFIRM.sub(" ", clause)
    return hedge(UNWRITTEN_AGREEMENT.sub(" agreed ", clause) if UNWRITTEN_WORDS.search(clause) else clause)


# A destination waiting only on the receiver's confirmation, the step (ii) asks of an arrangement made: "subject to
# confirmation by the receiving schools", "subject to formal confirmation from Ellerby Academy's governing body" (a
# destination stated, not yet confirmed in writing: heldout19/25); not "subject to the agreement of its governing body"
# (the receiver has not yet agreed: no arrangement yet, heldout18/50), "subject to places being found".
_RECEIVER_TO_CONFIRM = re.compile(
    r"\bsubject\s+to\s+(?:the\s+|their\s+|its\s+)?(?:formal\s+|written\s+|final\s+)?confirmation\s+(?:by|of|from)\s+"
    r"(?:the\s+|each\s+|both\s+|their\s+|its\s+)?(?:(?:receiving|host|two|three|new)\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}(?:['’]s)?\s+)?"
    r"(?:schools?|academ(?:y|ies)|governing\s+bod(?:y|ies)|governors|trusts?|providers?|settings?)\b", re.I)


# (the words without which ``UNWRITTEN_AGREEMENT`` cannot match: a cheap test before it)
UNWRITTEN_WORDS = re.compile(r"agree|support|willingness|verbal|oral|informal|indicat|said|told|signal|stated", re.I)


# A plan sent or given to someone, "to" a preposition before a determiner or a name, not an infinitive: "sent a
# written statement of the proposals in this plan to the governing bodies", "presented the plans to Hartley's
# governors" (but "we plan to close", "plans to open a base": an intention).
_PLAN_SENT_TO = re.compile(
    r"\bplans?\s+(?=to\s+(?:(?:the|a|an|all|each|every|both|its|their|our|his|her|this|these|those|any)\b|(?-i:[A-Z])))", re.I)


# The month, not the word of permission: "may 2027", "May 3", "3 May".
_MAY_DATE = re.compile(r"\bmay\b(?=\s+(?:19|20)\d\d)|\bMay\s+\d|\d+\s+May\b")
_MONTHS = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_MAY_MONTH = re.compile(
    r"\b(?:(?:from|in|by|until|till|since|during|between|before|after|early|late|mid|end\s+of|start\s+of)[\s-]+)May\b"
    r"|\bMay\s*(?:to|until|till|and|[-–—/])\s*" + _MONTHS + r"\b|\b" + _MONTHS + r"\s*(?:to|until|till|and|or|[-–—/])\s*May\b")


def deferral(clause: str) -> str | None:
    m = DEFERRAL.search(clause)
    return m.group(0) if m else None


# ------------------------------------------------------------------ specificity

NUMBER = re.compile(r"(?<![\w.£$€,])(?:\d+(?:[.,]\d+)?|" + _NUMBER_WORDS + r")(?![\w])", re.I)
# Numbers that are references, not quantities: paragraph, annex, page, section, year, date.
_REFERENCE_NUMBER = re.compile(
    r"\b(?:para(?:graph)?s?|annex|appendix|page|section|part|chapter|table|figure|key factor|standard|line|"
    r"step|phase|stage|option|ref(?:erence)?|no\.?|number|item|schedule|clause)\s+\(?[\divxlc]+(?:[.\-–]\d+)*\)?"
    r"|\b(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:key\s+stage|ks|year|yr)\s*\d+\b|\bdfes\s+2007\b|\bsection\s+\d+\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b(?:one|two|three|four|five) of the\b"
    # a numbered paragraph's number: "4.2 Specialist staff." (not "1.5 FTE")
    r"|^\s*\(?\d+(?:\.\d+)+[.)]?(?=\s)(?!\s+(?:fte|full[- ]time)\b)",
    re.I,
)
MONEY = re.compile(
    r"£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion|thousand)?\b|\b\d[\d,]*(?:\.\d+)?\s?(?:million|thousand)\s+pounds\b"
    # the currency's code, as slides and spreadsheets write it: "GBP 380k", "GBP 210k/yr"
    r"|\bGBP\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn|million|billion|thousand)?\b",
    re.I,
)
# (each run of capitalised words is bounded, at six words: unbounded, a long line of them ("Oak Ash Oak Ash ...")
# without a kind word took cubic time, 157 s for 10,000 characters; no name in the corpora has more than five)
# (a name starts with a capital: the lookahead first lets the engine skip every other position quickly)
PROPER_NAME = re.compile(
    r"(?=[A-Z])(?<![.!?]\s)(?<!^)\b(?:(?:[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){0,5}\s)?"
    r"(?:[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){0,5})\s"
    r"(?:Primary|Secondary|High|Special|Community|Infant|Junior|Church|Academy|School|College|Centre|Center|"
    r"Campus|House|Trust|Federation|Unit|Hub|Base|Provision|PRU)\b"
    # a name in capitals, as a statutory notice prints it: "a place at KESTREL VALE SCHOOL" (bounded as the words above are)
    r"|[A-Z][A-Z'’]{2,}(?:[- ][A-Z][A-Z'’]{2,}){0,4}\s(?:SCHOOL|ACADEMY|COLLEGE|CENTRE|UNIT|BASE|PRU)\b)"
)
FTE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:fte|full[- ]time equivalents?)\b|\bfte\b", re.I)
RATIO = re.compile(r"\b\d{1,2}\s?:\s?\d{1,2}\b")
FREQUENCY = rx(
    r"full[- ]time", r"part[- ]time", r"daily", r"weekly", r"fortnightly", r"termly",
    r"every (?:school )?(?:day|week|fortnight|term|month|morning|afternoon)",
    r"(?:days?|mornings?|afternoons?|sessions?|hours?) (?:a|per|each|every) (?:week|term|day|fortnight)",
    r"hours?", r"on[- ]site", r"based (?:at|on site|in the school)", r"term[- ]time",
)


def quantities(text: str) -> list[str]:
    """The numbers in a sentence that count something (not paragraph
    references, years or dates)."""
    clean = _REFERENCE_NUMBER.sub(" ", text)
    return [m.group(0) for m in NUMBER.finditer(clean)]


def money(text: str) -> list[str]:
    return [m.group(0) for m in MONEY.finditer(text)]


# ------------------------------------------------------------------ subjects

PUPILS = rx(
    r"pupils?", r"children", r"child", r"students?", r"learners?", r"young people", r"cyp", r"families",
    r"each of them", r"they", r"them",
)
SCHOOL = rx(r"schools?", r"academy", r"academies", r"college", r"colleges", r"provision", r"settings?", r"units?", r"bases?", r"campus")

# Meta sentences: about the Test itself, not about the proposal.
META = rx(
    r"improvement test", r"key factors?", r"dfes", r"department for education and skills",
    r"planning and developing special educational provision", r"statutory guidance", r"the guidance (?:says|requires)",
    r"decision makers? (?:will|must|should) (?:need|be)", r"this document (?:explains|sets out) how",
)

# A paragraph of the Test cited: "para 23", "paras 21-25", "paragraph 22 (d)".
TEST_PARAGRAPH = re.compile(r"\bpara(?:graph)?s?\.?\s*2[1-5]\b", re.I)

BENEFIT = rx(
    r"will (?:now |also |each |all |then )?(?:have|gain|get|benefit|be able|enjoy|access|receive|include|provide|offer|"
    r"open|allow|enable|give|bring|mean|increase|improve|expand|extend|double|add|create|be provided|be available|"
    r"be offered|be built|be refurbished|be created|be added|be expanded|be increased|be extended|house|contain|feature|"
    r"see|use|work|visit|deliver|support|run|follow|take|study|learn|join|choose|go on|occupy|move into|be housed)",
    r"would (?:have|gain|get|benefit|be able|enjoy|access|receive|include|provide|offer|allow|enable|give|bring|"
    r"increase|improve|expand|extend|add|create|use|take|join|see|attend|learn|study|follow|move into|"
    # (what staff would do, in a proposal's conditional mood: "A speech and language therapist would come into school")
    r"come|visit|work|teach|deliver|support|run|lead)",
    r"will (?:\w+ly )?(?!not\b)[a-z]+",
    r"improv\w*", r"enhanc\w*", r"increas\w*", r"expan\w*", r"extend\w*", r"extension", r"widen\w*", r"broaden\w*",
    r"better", r"broader", r"richer", r"fuller", r"new", r"additional", r"extra", r"more", r"wider", r"greater", r"purpose[- ]built", r"access to",
    r"enlarg\w*",
    r"offers", r"provides", r"houses", r"contains", r"creat\w*", r"ris(?:e|es|ing)",
    r"opportunit\w+", r"benefit\w*", r"refurbish\w*", r"rebuil\w*", r"remodel\w*", r"adapted", r"fully accessible", r"gains?", r"up from", r"rising to", r"rise to", r"grow\w*", r"doubl\w*",
)
BENEFIT_HEADING = rx(
    r"benefits?", r"improvements?", r"what will (?:change|improve)", r"why", r"advantages?", r"outcomes for pupils",
    r"what (?:pupils|children|students) will (?:gain|get)", r"the proposal", r"proposed changes?", r"educational",
    r"what will be (?:better|different)", r"better",
    # "What difference will it make to children?", "What difference would the changes make?"
    r"what difference (?:will|would|does|could) (?:it|this|that|the (?:proposals?|changes?|plans?)) make", r"gains?", r"what (?:pupils|children|students) (?:gain|get)",
    # the question a parents' leaflet or a slide asks: "What will children get at The Nest?"
    r"what will (?:the )?(?:pupils|children|students|learners|young people|my child|your child) (?:gain|get|have|receive)",
    # ... or what the provision will offer them: "What will the school offer?", "What would the base provide?"
    r"what (?:will|would) (?:the |our |this )?(?:new )?(?:school|base|unit|provision|centre|academy|satellite|hub|service) (?:offer|provide)",
    # ... or who will be there for them: "Who will be there to support them?"
    r"who will (?:be there to )?(?:support|teach|help|work with) (?:them|the pupils|pupils|children|my child|your child)",
    # ... or whether they will get more of something, as a parents' question asks: "Will my child get more help from
    # specialists?", "Would pupils have better facilities?"
    r"(?:will|would) (?:my |your |our |the |their )?(?:child|children|pupils|students|learners|young people|son|daughter)"
    r" (?:get|have|receive|gain|see) (?:more|better|extra|additional|improved|wider)",
)

# (a) access to education and associated services
_ACCESS_PARTS = (
    r"curriculum", r"curricular", r"subjects", r"gcses?", r"btecs?", r"a[- ]levels?", r"qualifications?",
    r"accreditation", r"accredited", r"vocational", r"courses?", r"lessons?", r"timetables?", r"wider school activities",
    r"extra[- ]curricular", r"after[- ]school", r"clubs?", r"trips?", r"residentials", r"residential (?:trips?|visits?|experiences?)", r"sports?", r"pe", r"swimming",
    r"music", r"drama", r"arts?", r"science", r"forest school", r"work experience", r"facilities", r"facility",
    r"equipment", r"ict", r"eye[- ]gaze", r"hoists?", r"hydrotherapy", r"sensory (?:room|garden|circuit)s?",
    r"soft play", r"library", r"access to education", r"access to learning", r"associated services", r"mainstream (?:classes|lessons|peers)",
    r"enrichment", r"activities", r"assistive", r"communication aids?", r"(?:better|improved|high[- ]quality|good|broader) education",
    r"life skills", r"independence", r"post[- ]16", r"sixth form",
    # "better opportunities in their new schools": access to education in general words
    r"(?:better|improved|wider|greater|more) (?:educational |learning )?opportunities",
    # "will benefit from improved outcomes and a better learning environment": the same, in other general words
    r"(?:better|improved|higher|raised) (?:educational |academic )?(?:outcomes|attainment|achievement)",
    r"(?:better|improved|richer) learning (?:environment|experiences?)",
)
_ACCESS_SPECIFIC_PARTS = (
    r"gcses?", r"btecs?", r"a[- ]levels?", r"asdan", r"entry level", r"functional skills", r"duke of edinburgh",
    r"arts award", r"triple science", r"science (?:lab\w*|room)s?", r"food technology", r"design (?:and )?technology",
    r"ict suite", r"computer suite", r"hydrotherapy pool", r"swimming pool", r"sensory (?:room|garden|circuit)s?",
    r"soft play", r"sports hall", r"library", r"forest school", r"horticulture", r"music (?:room|studio)",
    r"art (?:room|studio)", r"eye[- ]gaze", r"hoists?", r"tracking hoists?", r"communication aids?", r"braille\w*",
    r"radio aids?", r"work experience", r"college link", r"life skills (?:flat|room)", r"vocational centre",
    r"after[- ]school clubs?", r"residential (?:trips?|visits?)", r"swimming", r"makaton", r"pecs", r"aac",
    r"trampolin\w*", r"rebound therapy", r"mainstream (?:classes|lessons)",
    r"laptops?", r"tablets?", r"ipads?", r"reading pens?", r"communication passports?", r"visual timetables?",
)
ACCESS_SPECIFIC = rx(*_ACCESS_SPECIFIC_PARTS)
# The subject words of (a) include every specific facility and piece of equipment ("radio aids").
ACCESS = rx(*_ACCESS_PARTS, *_ACCESS_SPECIFIC_PARTS)
ACCESSIBILITY_STRATEGY = rx(r"accessibility strateg(?:y|ies)", r"access(?:ibility)? strategy")

# (b) specialist staff
STAFF = rx(
    r"specialist (?:staff|teachers?|teaching|support|practitioners?|provision staff|input|help|advice|expertise)", r"therapists?",
    r"therapy", r"therapies", r"speech and language", r"salt", r"occupational therap\w*", r"physiotherap\w*",
    r"educational psycholog\w*", r"clinical psycholog\w*", r"psychologists?", r"camhs", r"mental health",
    r"nurs(?:e|es|ing)", r"paediatric\w*", r"teachers? of the (?:deaf|visually impaired|multi[- ]sensory impaired)",
    r"qtvi", r"qtmsi", r"tods?", r"outreach", r"support services?", r"advisory (?:teachers?|service)",
    r"specialist teaching service", r"sensory support", r"multi[- ]agency", r"professionals", r"counsell\w*",
    r"behaviour support", r"learning mentors?", r"social workers?", r"health (?:staff|colleagues|professionals)",
    r"(?:autism|sensory|behaviour|hearing|vision|literacy|dyslexia) specialists?",
    # "the Visual Impairment Team", "the Autism Advisory Service", "the Inclusion Support Team"
    r"(?:visual|hearing|sensory|physical|multi[- ]sensory) impairment (?:services?|teams?)", r"advisory (?:services?|teams?)",
    r"inclusion (?:support )?(?:services?|teams?)",
    # the specialist teachers of sensory impairment by their longer names, and habilitation (VI mobility and
    # independence) specialists: "two qualified teachers of vision-impaired pupils", "a habilitation specialist"
    r"(?:qualified )?teachers? of (?:the )?(?:(?:vision|visually|hearing|multi[- ]sensory)[- ]impaired|deaf|blind)(?: (?:pupils|children|learners))?",
    r"habilitation (?:specialists?|officers?|workers?|practitioners?)",
    # a specialist named to a school: "every mainstream school a named link specialist and a termly planning visit"
    r"(?:named )?link (?:specialists?|teachers?|workers?|practitioners?)",
    # specialist knowledge, in general words: "specialist autism expertise", "the expertise of well-led staff teams"
    r"specialist [\w-]+ expertise", r"expertise of (?:[\w-]+ ){0,2}staff",
    # help of a therapeutic kind, in general words: "improved access to therapeutic support", "a therapeutic team"
    r"therapeutic (?:support|input|help|teams?|staff|services?|practitioners?|posts?)",
    # more of the staff as a whole, in general words: "the wider team of staff at the Beacon", "a larger staff team"
    r"(?:wider|larger|bigger|broader) (?:staff )?teams? of (?:[\w-]+ )?(?:staff|professionals|specialists)",
    r"(?:wider|larger|bigger|broader) (?:specialist )?staff teams?",
)
STAFF_ROLE = rx(
    r"teachers? of (?:the )?(?:(?:vision|visually|hearing|multi[- ]sensory)[- ]impaired|deaf|blind)(?: (?:pupils|children|learners))?",
    r"habilitation (?:specialists?|officers?|workers?|practitioners?)",
    r"(?:speech and language|occupational|music|art|play|drama) therapists?", r"speech and language therapy",
    r"physiotherapists?", r"physiotherapy", r"occupational therapy", r"salts?", r"educational psychologists?",
    r"clinical psychologists?", r"psychologists?", r"camhs (?:worker|practitioner|clinician)s?", r"camhs",
    r"mental health (?:practitioner|worker|nurse|lead)s?", r"school nurses?", r"(?:specialist |paediatric )?nurses?",
    r"teachers? of the (?:deaf|visually impaired|multi[- ]sensory impaired)", r"qtvis?", r"qtmsis?", r"tods?",
    r"outreach (?:teacher|worker|team|service)s?", r"specialist teachers?", r"advisory teachers?",
    r"family support workers?", r"learning mentors?", r"counsellors?", r"social workers?", r"senco",
    r"(?:higher level )?teaching assistants?", r"hltas?", r"mobility (?:officer|specialist)s?",
    r"habilitation (?:officer|specialist)s?", r"link (?:specialist|teacher|worker|practitioner)s?", r"audiologists?", r"paediatricians?", r"behaviour (?:support )?(?:teacher|worker)s?",
)
# Where no role is named, a specialist service or team named for what it does: "the Educational Psychology
# Service", "the Community Mental Health Team", "the Autism Outreach Team"; a careers adviser.
STAFF_SERVICE = rx(
    r"(?:educational psychology|psychology|speech and language therapy|occupational therapy|physiotherapy|mental health|camhs"
    r"|sensory support|hearing support|vision support|autism|outreach|behaviour support|specialist teaching|nursing|therapy|therapies)"
    r" (?:services?|teams?|clinics?)",
    r"careers (?:advisers?|advisors?|guidance)",
    r"impairment (?:services?|teams?)", r"advisory (?:services?|teams?)", r"inclusion (?:support )?(?:services?|teams?)",
    r"support (?:services?|teams?)",
)

# A post named by what its holder is, whatever they do ("a transition coordinator", "the county careers adviser for
# SEND", "a job coach"): specialist staff where a label or heading names them ("4.2 Specialist staff.").
STAFF_POST = re.compile(
    r"\b(?:co-?ordinator|advis[eo]r|officer|practitioner|worker|specialist|therapist|mentor|coach|instructor|nurse|psychologist"
    r"|counsellor|audiologist)s?\b", re.I)

# (c) accommodation
ACCOMMODATION = rx(
    r"accommodation", r"buildings?", r"premises", r"site", r"classrooms?", r"teaching (?:spaces?|rooms?|areas?)",
    r"rooms?", r"refurbish\w*", r"rebuil\w*", r"new[- ]build", r"purpose[- ]built", r"extension", r"hygiene (?:suites?|rooms?)",
    r"changing places", r"changing (?:facilities|rooms?)", r"toilets?", r"playgrounds?", r"outdoor (?:areas?|spaces?)",
    r"outdoor learning (?:areas?|spaces?|classrooms?)",
    r"halls?", r"m2", r"m²", r"sq\.? ?m", r"square met(?:re|er)s", r"lifts?", r"ramps?", r"wheelchair access\w*",
    r"capital (?:works|scheme|project)", r"modular", r"teaching spaces?", r"outdoor spaces?", r"suites?",
    # what rooms sound like, for deaf pupils: "a better acoustic environment", "acoustic treatment"
    r"acoustic (?:environment|treatment|works)",
    # a place described by how it suits the pupils: "a suitable, autism-friendly base", "a calm, purpose-designed
    # environment" (not a "calm learning environment", which is how pupils are taught)
    r"purpose[- ]designed", r"(?:suitable|autism[- ]friendly|sensory[- ]friendly|calm|accessible),? (?!learning )(?:[\w-]+ )?(?:base|environment)s?",
)
ACCOMMODATION_SPECIFIC = rx(
    r"hygiene (?:suites?|rooms?)", r"changing places", r"sensory rooms?", r"therapy rooms?",
    r"life skills (?:flat|room)s?", r"sports hall", r"halls?", r"kitchens?", r"lifts?", r"ramps?", r"m2", r"m²",
    r"sq\.? ?m", r"square met(?:re|er)s", r"(?:two|three|four|five|six|seven|eight|\d+)[- ](?:storey|classroom|room)s?",
    r"soft play", r"quiet rooms?", r"calm rooms?", r"break[- ]out (?:rooms?|spaces?)", r"medical rooms?",
    r"science (?:lab\w*|rooms?)", r"food technology (?:rooms?)?", r"ict suites?", r"library",
    r"group rooms?", r"nurture rooms?", r"intervention rooms?", r"(?:accessible |disabled )?toilets?", r"level access",
)
SPACE_NOUN = rx(r"classrooms?", r"rooms?", r"teaching spaces?", r"spaces?", r"suites?", r"bases?", r"buildings?", r"halls?", r"blocks?")

# (d) supply of places
PLACES = rx(
    r"places?", r"capacity", r"planned (?:places|number)", r"admission number", r"pan", r"number on roll", r"roll",
    r"commissioned places", r"sufficiency",
)
PLACES_INCREASE = rx(
    r"increas\w*", r"additional", r"extra", r"new", r"more", r"expand\w*", r"expansion", r"enlarg\w*", r"from \d+ to \d+",
    r"rise\w*", r"rising", r"grow\w*", r"double\w*", r"creat\w*", r"add\w*", r"up from", r"further", r"go(?:es)? up", r"went up",
    r"gain\w*",
    r"improv\w* (?:the )?supply", r"(?:better|greater|wider) supply",
    # places offered besides those kept: "will continue to have 40 places; the larger building also allows the Centre to
    # offer 12 part-time places"
    r"also (?:[\w-]+ ){0,4}?(?:offer|provide|create|open)",
)
# The adjectives among them: they qualify the noun they stand by ("new places", not "its new Year 10 group").
PLACES_INCREASE_ADJECTIVE = re.compile(r"^(?:additional|extra|new|more|further)$", re.I)

# (i) providers' views
PROVIDERS = rx(
    r"providers?", r"headteachers?", r"head teachers?", r"heads", r"principals?", r"governing bod(?:y|ies)",
    r"governors", r"proprietors?", r"academy trusts?", r"multi[- ]academy trusts?", r"trusts?", r"schools", r"academies",
    r"settings", r"colleges", r"diocese\w*", r"the school", r"the academy", r"each school", r"both schools",
    r"(?:every|each|any) (?:[\w-]+ )?(?:school|academy|setting|provider|college)", r"management committees?",
    # early years providers: "the 34 private and voluntary nurseries", "the childminders' network"
    r"nurseries", r"childminders", r"childminders['’]", r"pre-?schools", r"playgroups", r"early years providers",
)
VIEWS = rx(
    r"views?", r"consult\w*", r"responses?", r"respond\w*", r"comments?", r"feedback", r"met with", r"meetings?", r"workshops?",
    r"agree(?:s|d|ing)?", r"agreement (?:with|to|for) the (?:proposals?|changes?)", r"support(?:ed|s)? (?:for )?the proposals?", r"representations?", r"opinions?", r"statements?",
    r"set out their", r"engag\w*", r"discussed", r"(?:talked|spoke|spoken|talking|speaking) (?:to|with)",
    # "Officers met the headteacher and governors", "briefed the headteachers' forum", "presented the proposal to"
    r"met (?:the|all|each|every|both|its|their)", r"briefed", r"briefings?", r"presented (?:the|this|our) proposals? to",
    # "Officers met Heathersett's governors ... and presented the plan at the Special Heads' Group. The schools were
    # supportive."
    r"met [\w'’-]+['’]s (?:governors|governing bod(?:y|ies)|headteachers?|head teachers?|heads|principals?|management committees?)",
    r"presented (?:the|this|our) (?:proposals?|plans?) (?:to|at)", r"(?:were|was) (?:broadly |fully |very )?supportive",
    # "were invited to drop-in sessions at the Guildhall"
    r"drop-in sessions?", r"drop-ins", r"(?:information|consultation|public|open) (?:sessions?|events?|evenings?)",
)
WRITTEN_STATEMENT = rx(
    r"written statements?", r"statements? in writing", r"in writing",
    r"written (?:views|responses?|submissions?|representations?|replies|comments?)",
    r"letters? (?:from|of|setting out|giving)", r"wrote to", r"written to", r"statement of (?:their )?views",
    r"signed statements?",
    # "All schools were sent a copy of the consultation document", "A consultation paper was circulated to all headteachers"
    r"(?:sent|issued|circulated|given)\s+(?:\w+\s+){0,3}?(?:copy|copies)\s+of\s+(?:the\s+|a\s+)?(?:consultation\s+)?(?:document|paper|proposals?)",
    r"(?:consultation\s+)?(?:documents?|papers?)\s+(?:was|were)\s+(?:sent|circulated|issued)", r"circulated\s+to",
    # "We sent consultation letters to all headteachers ..., inviting their views"
    # ("we sent a letter and a copy of this document to the governing body ..., asking each to write with its views")
    r"(?:sent|issued|wrote)\s+(?:\w+\s+){0,2}letters?(?:\s+and\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|this|our)\s+(?:[\w-]+\s+)?(?:document|paper|proposals?))?\s+to",
    r"letters?\s+(?:were\s+|was\s+)?(?:sent|issued|went)\s+to",
    # "the Council emailed the headteachers ... a description of the proposal and asked them to send their views"
    r"e-?mailed", r"by e-?mail", r"e-?mails?\s+(?:were\s+|was\s+)?sent\s+to",
)

# (ii) alternative provision
# Words that are about alternative provision on their own...
ALT_STRONG = rx(
    r"alternative provision", r"alternative places?", r"alternative schools?", r"displaced", r"displacement",
    r"host schools?", r"receiving schools?", r"places? elsewhere", r"current pupils", r"existing pupils",
    r"pupils (?:currently )?on roll at", r"offered (?:a )?places?", r"allocated (?:a )?places?",
    # "will be able to offer places to the remaining five pupils"
    r"offer(?:s|ing)? (?:a |them |each (?:pupil|child) )?places? to",
    r"(?:find|found|finding|secure|secured|securing|identify|identified|identifying|seek|seeking|look for|looking for) "
    r"(?:suitable |alternative |appropriate |new |other )?(?:places?|schools?|provision)",
    r"willing to (?:receive|admit|accept|take)", r"placements? (?:at|in|for)(?! the pru\b)",
    # "Places have been secured at Elm School for all 30 pupils"
    r"places? (?:have|has) been (?:secured|found|identified|allocated|agreed|offered|reserved)",
    r"places? (?:are|were|is|was) (?:secured|reserved|allocated)",
    # "Each pupil's EHC plan will be amended to name Elm School"
    r"plans? (?:will|would|is to|are to) be (?:amended|changed|updated) to name",
)
# ... and words that are only when the clause names pupils: "they will transfer to".
ALT_MOVE = rx(
    r"(?:transfer|move|moving|transferring|relocat\w*|go) (?:to|into)", r"will return to", r"will (?:attend|transfer|move|be admitted|be placed|be offered|receive places?)",
    r"places? (?:at|in)", r"other schools", r"new schools? for", r"elsewhere",
    r"able to (?:receive|admit|accept)", r"able to take (?:[\w-]+ ){0,2}(?:pupils?|children|students?|them|all|each|both)",
    r"(?:will|would|shall|can|to) take (?:all |the |these |those |both |each |every |its |their )?(?:[\w-]+ ){0,2}(?:pupils?|children|students?)",
    # (not an owner of what is joined: "would join the academy's after-school clubs")
    r"join (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,4}?(?:school|base|unit|class|provision|academy|satellite|department)(?!['’]s\b)",
    r"(?:admit|receiv|accept)\w* (?:any |all |the |these |those |each |every |both |its |their )?(?:[\w-]+ ){0,2}(?:pupils?|children|students)",
    # where pupils will be taught, or spend a time: "will be taught in the new block of Oakmere School", "will spend
    # the first half of the autumn term ... at the Beacon Centre"
    r"will be (?:taught|educated) at",
    r"will be (?:taught|educated) in (?:the |a |its )?(?:[\w-]+ ){0,3}?(?:block|building|classrooms?|base|unit|wing|department|site) (?:of|at)",
    r"will spend (?:the|their|a|an|up to|no more than|\d+|one|two|three|four|five|six) (?:(?!(?:a|each|per|every) )[\w-]+ ){0,5}?(?:days?|weeks?|terms?|months?|year|period|time|spell|while)(?! (?:a|each|per|every) )",
)
# A count standing for the pupils ("There are nine pupils in the Base. All nine will move to ...").
ELIDED_PUPILS = re.compile(
    r"\b(?:all|both|the\s+(?:other|remaining|first|last|older|younger))\s+(?:\d+|" + _NUMBER_WORDS + r")"
    r"(?=\s+(?:will|would|are|shall|move|transfer|go)\b)"
    # "The six in Years 3 to 5 will transfer", "the three now in Year 6 will move on": a count and its year groups
    r"|\bthe\s+(?:\d+|" + _NUMBER_WORDS + r")\s+(?:now\s+|currently\s+)?(?:in|from)\s+(?:the\s+)?(?:present\s+|current\s+)?"
    r"(?:years?|key\s+stages?|ks)\s*\d+(?:\s*(?:to|and|-|–)\s*\d+)?(?=\s+(?:will|would|are|shall)\b)"
    # "All will go to Elm School", "Both will transfer"
    r"|\b(?:all|both)(?:\s+of\s+them)?(?=\s+(?:will|would|shall)\s+(?:go|move|transfer|attend|have|be|join|take\s+up)\b)",
    re.I,
)
STATUS_QUO = rx(r"currently", r"at present", r"at the moment", r"presently", r"to date", r"in recent years", r"last year",
                r"(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years?|terms?|months?)")
PLAN = rx(
    r"will", r"would", r"shall", r"to be", r"planned", r"proposed", r"is to", r"are to", r"new", r"additional",
    r"recruit\w*", r"appoint\w*", r"met from", r"funded (?:by|from|through|jointly)", r"paid for", r"costs?", r"costed",
    r"structure", r"establishment", r"allocat\w*", r"budget\w*", r"£",
)

ALT_DESTINATION = re.compile(
    PROPER_NAME.pattern
    + r"|(?i:\b(?:the|a) new (?:school|academy|campus|provision|resource(?:d)? (?:base|provision)|unit|building|base|class|department)\b)"
    r"|(?i:\b(?:the|a) (?:merged|combined|new|enlarged|expanded) (?:school|academy|campus)\b)"
    r"|(?i:\b(?:the|their) (?:receiving|host) schools?\b|\bresource(?:d)? (?:base|provision) at\b)"
    r"|(?i:\bplaces?\s+(?:at|in)\s+(?:the\s+)?)[A-Z][\w'’-]+|(?i:\b(?:transfer|move|go)\s+to\s+(?:the\s+)?)[A-Z][\w'’-]+",
)
# Hedges that, about places, put the arrangement itself in doubt.
PLACE_HEDGE = rx(
    *IF_PLACES_FOUND,
    r"to be confirmed", r"to be agreed", r"to be identified", r"to be found", r"to be arranged", r"to be finalised", r"tbc",
    r"subject to", r"hope\w*", r"intend\w*", r"intention", r"anticipat\w*", r"expect\w*", r"in discussions?", r"not yet",
    r"plan to", r"plans to", r"planning to",
    r"being sought", r"sought", r"being explored",
    r"yet to be", r"provisional\w*", r"may", r"might", r"could",
)
FIND_PLACES = re.compile(
    r"\b(?:find|finding|identify|identifying|seek|seeking|look(?:ing)? for|locate|locating|source|sourcing|secure|securing)\s+"
    r"(?:suitable\s+|alternative\s+|appropriate\s+|new\s+|other\s+)*(?:places?|schools?|provision)\b"
    r"|\b(?:places?|schools?|provision|placements?)\s+(?:are|is|will\s+be|have\s+been|has\s+been)\s+(?:being\s+)?"
    r"(?:sought|explored|looked\s+for|identified\s+in\s+due\s+course)\b",
    re.I,
)
# A place still to be found while pupils wait: "while the Council commissions a suitable primary SEMH place
# for each of them", "until we secure a permanent place", "pending the identification of a school".
PLACE_STILL_SOUGHT = re.compile(
    r"\b(?:while|whilst|until|pending)\s+(?:the\s+|a\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:commission(?:s|ing)?|finds?|finding|secures?|securing|identif(?:y|ies|ying)|seeks?|seeking|sources?|sourcing"
    r"|arranges?|arranging|looks?\s+for|the\s+(?:identification|commissioning)\s+of)\s+"
    r"(?:(?:a|an|the|their|his\s+or\s+her|each|suitable|appropriate|permanent|specialist|long-term|[\w-]+)\s+){0,4}?"
    r"(?:places?|schools?|provision|placements?)\b",
    re.I,
)
CONFIRMED_WRITING = re.compile(
    r"\b(?:have|has|had)\s+(?:\w+\s+){0,3}confirmed\s+(?:\w+\s+){0,4}?(?:in\s+writing|by\s+letter)"
    r"|\bconfirm(?<!\bto\sconfirm)(?<!\bwill\sconfirm)(?<!\bwould\sconfirm)(?<!\bshould\sconfirm)(?<!\bmust\sconfirm)(?<!\bmay\sconfirm)(?:ed|s)?\s+(?:\w+\s+){0,4}?(?:in\s+writing|by\s+letter|in\s+(?:a|an|its|their|his|her)\s+(?:letters?|e-?mails?)|by\s+e-?mail)\b"
    r"|\b(?:have|has|had)\s+(?:\w+\s+){0,2}(?:written|signed)\s+(?:\w+\s+){0,3}(?:to\s+confirm|confirming|agreeing|letters?)"
    # "wrote to the Council on 3 March 2027 agreeing to admit all 9 pupils"; "have written to the governors of
    # Oakhurst (letters of 1 and 8 March 2027) confirming that they will admit ..."; "... wrote on 11 July 2027, each
    # confirming that it is willing to receive the pupils"
    r"|\b(?:wrote|(?:have|has|had)\s+(?:\w+\s+)?written)\s+(?:to\s+(?:\w+\s+){1,4}?)?(?:on\s+(?:\w+\s+){0,3}?\w+,?\s+)?(?:\([^()]{1,60}\)\s+)?"
    r"(?:(?:each|both|all)\s+)?(?:to\s+confirm|confirming|agreeing|to\s+agree)\b"
    r"|\bwritten\s+(?:confirmation|agreements?)\s+(?:\w+\s+){0,6}?(?:received|attached|obtained|provided|given|signed|held|appended|enclosed|annex\w*|appendix)"
    r"|\b(?:letters?|written\s+confirmations?|signed\s+agreements?)\s+(?:of\s+(?:confirmation|support|agreement)\s+)?(?:from\s+[\w\s,’']{3,80}?\s+)?(?:confirming|agreeing|are\s+attached|is\s+attached|at\s+annex|in\s+annex|at\s+appendix|in\s+appendix|are\s+appended)"
    r"|\bagreed\s+in\s+writing\b|\bsigned\s+(?:service\s+level\s+)?agreements?\b"
    # a receiver's governing body's resolution or minute, signed or put in the papers, is writing: "The resolution,
    # signed by the chair, is at Annex C", "a signed minute of the governors' decision is attached"
    r"|\bsigned\s+(?:copy\s+of\s+the\s+)?(?:resolution|minutes?)\b|\b(?:resolution|minutes?)\s*,?\s+(?:[\w'’-]+\s+){0,3}?signed\s+by\b"
    r"|\b(?:governing\s+bod(?:y|ies)|governors|board)['’]?s?\s+(?:[\w'’-]+\s+){0,2}?(?:resolution|minutes?)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:(?:is|are)\s+(?:at|in)\s+(?:annex|appendix)|(?:is|are)\s+(?:attached|appended|enclosed))"
    # a slide's "Fenside management committee agreed (letter 4 Oct 2026)"
    r"|\b(?:agreed|confirmed|accepted)\s+\((?:by\s+|in\s+(?:a\s+)?)?(?:letters?|e-?mails?)\b"
    # "Derwent Edge governing body's letter of 11 November 2026 confirms it will admit all 19"
    r"|\b(?:letters?|e-?mails?)\s+(?:(?:of|dated)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\s+)?(?:confirms|confirmed|agrees|agreed)\b(?!\s+(?:with|that\s+the\s+(?:proposal|closure)))"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:given|provided|signed|sent|supplied)\s+(?:a\s+|an\s+|their\s+|its\s+)?written\s+(?:undertakings?|assurances?|commitments?|agreements?|confirmations?)\b"
    # a dated reply is a written one: "In its reply of 2 October 2026 the governing body of Elm School confirms that it
    # will admit ...", "confirmed in its reply of 28 September 2026 that it will teach the group"
    r"|\bin\s+(?:its|their|a|the)\s+(?:written\s+)?(?:reply|response)\s+(?:of|dated)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
    r"[^.;]{0,80}?\b(?<!\bnot\s)confirm(?:s|ed)\b"
    r"|\bconfirm(?:s|ed)\s+in\s+(?:its|their|a)\s+(?:written\s+)?(?:reply|response)\s+(?:of|dated)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b",
    re.I,
)
# An agreement a receiver has already given, by a way that is not writing: "has agreed in principle to admit the
# pupils", "agreed in discussions with officers", "indicated its agreement at a meeting with officers", "this was agreed
# at a meeting of the trust's executive", "agreed at a heads' briefing", "has agreed verbally", "gave informal agreement".  Not a hope (the receiver
# has agreed), and not a written confirmation (ruling of 2026-12-05).
UNWRITTEN_AGREEMENT = re.compile(
    r"\b(?:(?<!\bbe\s)agreed|(?:has|have|had)\s+said|(?:indicated|given|gave|expressed)\s+(?:its|their|his|her)\s+(?:agreement|support|willingness)"
    r"|(?:been|was|were|is|are)\s+supportive)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:in\s+principle|in\s+(?:the\s+course\s+of\s+)?discussions?"
    # a meeting, named however: "at the meeting of primary headteachers on 26 January", "at a heads' briefing", "at the
    # termly conference of special school heads", "at the SEMH heads' group"; said there: "has said at the heads' forum"
    r"|at\s+(?:a|the|two|three|several)\s+(?:[\w'’-]+\s+){0,3}?(?:meetings?|briefings?|conferences?|workshops?|visits?|groups?|forums?)"
    r"|verbally|orally|informally|by\s+(?:tele)?phone)\b"
    r"|\b(?:verbal|oral|informal)\s+(?:agreement|support|assurances?)\b|\bagreement\s+in\s+principle\b"
    # a willingness said, not written: "has indicated that it is willing to take them", "has said at the heads' group
    # that the school will take the primary pupils", "told officers that they would be happy to admit all six" (not "told
    # us in writing that ...", "said in its letter that ...": writing; not "will take part", "will take account")
    r"|\b(?:indicated|said|told|signall?ed|stated)\s+(?:(?!(?:in|by)\s+(?:writing|letter|e-?mail)|letters?\b|e-?mails?\b|writing\b"
    r"|written\b|resolution\b|minutes?\b)[\w'’-]+\s+){0,8}?that\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:(?:is|are|was|were|would\s+be|will\s+be)\s+(?:willing|happy|able|prepared|content|ready|pleased)\s+to\s+"
    r"|(?:will|would|can|could)\s+)(?:take|admit|receive|accept|welcome|offer\s+places\s+to)\s+"
    r"(?=the\b|them\b|all\b|these\b|those\b|every\b|each\b|both\b|any\b|\d|pupils\b|children\b|students\b|(?:" + _NUMBER_WORDS + r")\b)",
    re.I,
)
NO_DISPLACEMENT = re.compile(
    r"\b(?:no|none\s+of\s+the)\s+(?:(?:existing|current|other|present)\s+)?(?:pupil|child|student|learner|young person)s?\s+"
    r"(?:(?:currently\s+)?(?:on\s+roll|(?:at|in)\s+the\s+(?:school|base|unit|provision|centre|resource\w*|class)|(?:at|in)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s+(?:or|and)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?)\s+)?(?:will|would|is|are)\s+(?:be\s+)?(?:displaced|"
    r"(?:need|have|required|be\s+required)\s+to\s+(?:move|change\s+schools?|leave|transfer)"
    # "No pupil will need another placement"
    r"|need\s+(?:another|a\s+new|an\s+alternative|a\s+different)\s+(?:placement|place|school))"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:will|would)\s+(?:be\s+displaced|(?:have|need)\s+to\s+(?:move|change\s+schools?|leave))"
    # "None are displaced.", "nobody is displaced"
    r"|\b(?:none|nobody|no\s+one|no-one)\s+(?:of\s+them\s+)?(?:is|are|will\s+be|would\s+be)\s+displaced\b"
    # "No pupil changes school as a result of this proposal"
    r"|\b(?:no|none\s+of\s+the)\s+(?:(?:existing|current|other|present)\s+)?(?:pupil|child|student|learner|young person)s?\s+(?:changes?|moves?|leaves?)\s+(?:their\s+|his\s+or\s+her\s+)?schools?\b"
    r"|\b(?:every|each|all)\s+(?:current\s+|existing\s+)?(?:pupils?|children|students?|learners?)\s+(?:currently\s+)?(?:on\s+roll\s+)?"
    r"(?:will\s+(?:remain|stay|continue)\s+(?:at|in)|(?:remains|stays)\s+(?:at|in)\s+(?-i:[A-Z])|(?:will\s+)?(?:keeps?|retains?)\s+(?:their|his\s+or\s+her|a|its)\s+place)"
    r"|\b(?:no|none\s+of\s+the)\s+(?:current\s+|existing\s+)?(?:pupils?|children)\s+(?:will\s+)?(?:be\s+)?(?:displaced|affected|required\s+to\s+move)"
    r"|\ball\s+(?:current|existing)\s+pupils\s+will\s+(?:remain|stay|continue)\s+(?:at|in)"
    r"|\b(?:all\s+)?(?:the\s+)?(?:current\s+|existing\s+)?(?:pupils|children|students)\s+will\s+(?:move|transfer|relocate)\s+with\s+(?:the\s+(?:school|base|unit|provision|academy|class)|it|them)\b"
    r"|\bno\s+(?:alternative\s+provision|displacement)\s+(?:is|will\s+be)\s+(?:needed|required|necessary)"
    # "there will be no displaced pupils", "No children will need alternative provision"
    r"|\bno\s+displaced\s+(?:pupils|children|students|learners)\b"
    r"|\bno\s+(?:pupils?|child|children|students?|learners?)\s+(?:will\s+)?(?:needs?|requires?)\s+(?:alternative\s+provision|(?:a\s+)?(?:new|another|other)\s+(?:school|place)s?)\b"
    # "This proposal does not affect any existing pupils", "Existing pupils will not be affected"
    r"|\b(?:does|do|will|would)\s+not\s+affect\s+(?:any\s+)?(?:existing|current|present)\s+(?:pupils|children|students|learners)\b"
    r"|\b(?:existing|current|present)\s+(?:pupils|children|students|learners)\s+(?:will|would)\s+not\s+be\s+affected\b"
    r"|\b(?:there\s+(?:will\s+be|is)\s+)?no\s+displacement\s+of\s+(?:any\s+)?(?:pupils|children|students)"
    r"|\b(?:does|do|will|would)\s+not\s+displace\s+(?:any\s+)?(?:pupils?|children|students?)"
    # "They are not displaced: their provision moves", "The pupils will not be displaced"
    r"|\b(?:they|(?:the\s+)?(?:pupils|children|students|learners))\s+(?:are\s+not|(?:will|would)\s+not\s+be)\s+displaced\b"
    # a provision with nobody in it: "The unit has had no pupils on roll since July 2025"
    r"|\b(?:has|have)\s+(?:had\s+)?no\s+(?:pupils?|children|students?|learners?)\s+(?:on\s+(?:its\s+|the\s+)?roll|attending|placed)"
    r"|\bno\s+(?:pupils?|children|students?)\s+(?:are|is|have\s+been)\s+(?:currently\s+)?(?:on\s+(?:its\s+|the\s+)?roll|placed\s+there|attending)",
    re.I,
)
# A phased closure: no new admissions, and the provision closes when its last pupils leave
# ("admits no new pupils from 1 September 2028 and closes ... when the last pupils ... have finished Year 6";
# "every pupil ... will stay there ... until the end of Year 6"; not what a school has done: "as Greystone has
# admitted no pupils since September 2027", said of a school that closes with its pupils on roll).
PHASED_CLOSURE = re.compile(
    r"\b(?:(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)admit\w*\s+no\s+(?:new\s+|further\s+)?(?:pupils|children|students|admissions)|no\s+(?:new|further)\s+admissions"
    r"|phased\s+(?:closure|discontinuance)|clos\w*\s+(?:\w+\s+){0,8}?when\s+(?:the\s+)?(?:last|remaining)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:leave|left|finish\w*|complet\w*|move\s+on)"
    r"|(?:every|each|all)\s+(?:\w+\s+){0,10}?(?:pupils?|children|students?)\s+(?:[\w,]+\s+){0,10}?will\s+(?:stay|remain)\s+"
    r"(?:there|at\s+[\w'’ -]{2,40}?)\s*,?\s+(?:[\w,]+\s+){0,6}?until\s+(?:the\s+end\s+of|they\s+(?:leave|finish|complete))"
    # places that go as their pupils leave: "The reduction will be made by not filling places as pupils leave"
    r"|not\s+(?:filling|replacing|refilling)\s+(?:\w+\s+){0,2}?(?:places|vacancies)\s+as\s+(?:\w+\s+){0,2}?(?:pupils|children|students)\s+leave"
    r"|places\s+(?:are|will\s+be)\s+(?:reduced|removed|withdrawn)\s+as\s+(?:\w+\s+){0,2}?(?:pupils|children|students)\s+leave"
    # a unit whose pupils are on another school's roll, and stay there: "each remains on roll at his or her own school")
    r"|(?:each|every|all)\s+(?:\w+\s+){0,3}?(?:remains?|stays?|will\s+remain|will\s+stay)\s+on\s+(?:the\s+)?roll\s+(?:of|at)\s+"
    r"(?:his\s+or\s+her|their|its)\s+own\s+(?:school|academy))",
    re.I,
)
# Every way of saying nobody is displaced (:data:`NO_DISPLACEMENT`) has one of these words: a quick test before
# the search, which no sentence without one can pass (case folded as re.I matches: "ſ" and "K" fold to "s" and
# "k"; only a Turkish dotted capital "İ" inside one of the words would fold otherwise).
_NOBODY_WORDS = ("pupil", "child", "student", "learner", "young person", "nobody", "no one", "no-one", "displace",
                 "alternative provision")
# (the words of one word looked for as they are; those of two, with any run of spaces between them: the same
# answers as looking for them all in the text with its spaces made single, without making it)
_NOBODY_ONE_WORD = tuple(w for w in _NOBODY_WORDS if " " not in w)
_NOBODY_SPACED = re.compile("|".join(r"\s+".join(map(re.escape, w.split())) for w in _NOBODY_WORDS if " " in w))


def may_say_nobody_moves(text: str) -> bool:
    low = text.casefold()
    for w in _NOBODY_ONE_WORD:
        if w in low:
            return True
    return _NOBODY_SPACED.search(low) is not None


# Nobody is displaced, said in any words: a subject that is nobody ("no child", "nobody", "none of the
# pupils") whose predicate, in the same clause, is a move to other provision ("will need a place anywhere
# else", "has to leave their present school", "loses a place or has to find another school"); a label whose
# value is none ("Pupils displaced: none"); and pupils who move with their own provision, or a provision that
# moves with its pupils ("will move with the unit to ...", "The base moves with its pupils", "The PRU will
# move as a whole").  Each needs both halves, so a sentence about moves that are made is never read as one.
_NOBODY_SUBJECT = re.compile(
    r"\b(?:no|not\s+one|none\s+of\s+(?:the|its|their|them)"
    # (or the object of a verb that denies it: "It does not require any current pupil of Elm to change site or school")
    r"|not\s+(?:require|need|mean|force|oblige|involve|cause)\w*\s+(?:that\s+)?any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pupils?|child(?:ren)?|students?|learners?|young\s+(?:person|people)|famil(?:y|ies))\b"
    r"|\b(?:nobody|no\s+one|no-one)\b", re.I)
_DISPLACED_PREDICATE = re.compile(
    # (not "placed in ... any other alternative provision": that denies a PRU placement, it does not say nobody moves)
    r"\b(?:displac\w*|elsewhere|(?:anywhere|somewhere)\s+else"
    r"|(?:need|needs|require|requires|required)\s+(?:[\w-]+\s+){0,2}?alternative\s+(?:provision|places?|schools?))"
    r"|\b(?:leave|leaves|leaving|lose|loses|losing|change|changes|changing)\s+(?:[\w'’-]+\s+){0,2}?(?:schools?|places?|placements?|sites?)\b"
    # "No pupil's school placement is affected", "no child's place will change"
    # ("no child's school or setting changes")
    r"|['’]s\s+(?:[\w-]+\s+)?(?:places?|placements?|schools?|settings?)(?:\s+(?:or|and)\s+(?:places?|placements?|schools?|settings?))?\s+"
    r"(?:(?:is|are|will\s+be|would\s+be|will|would)\s+(?:affected|chang\w*|altered)|changes)\b"
    r"|\b(?:another|a\s+different|a\s+new|other)\s+(?:schools?|places?|placements?|provision)\b"
    # a move with no destination: "No pupil will move as a result of the proposal", "nobody is required to move",
    # "No pupil will move school" (not "No pupil will move to the Beacon Centre": that denies one placement)
    r"|\b(?:move|moves|moving|transfer|transfers)\b(?!\s+(?:[\w'’-]+\s+){0,3}?(?:to|into|in|at)\s)", re.I)
_NONE_LABEL = re.compile(
    r"\b(?:(?:pupils?|children|students?)\s+)?(?:displaced|to\s+be\s+displaced|(?:needing|requiring)\s+(?:alternative\s+)?(?:provision|places?))"
    r"(?:\s+\w+){0,2}\s*[:=\u2013\u2014-]\s*(?:none|nil|no|0|zero|n/?a)\b", re.I)
_MOVES_WITH = re.compile(
    r"\b(?:mov\w*|transfer\w*|relocat\w*)\s+with\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:school|base|unit|provision|pru|centre|center|class|service)\b(?!\s+(?:staff|teachers?|team))"
    r"|\b(?:school|base|unit|provision|pru|centre|center|class|service)\s+(?:will\s+)?(?:mov\w*|relocat\w*|transfer\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?with\s+(?:its|their|the|all)\s+(?:[\w-]+\s+){0,2}?(?:pupils|children|students)\b"
    r"|\bmov\w*\s+as\s+a\s+whole\b", re.I)


# Nobody's place changed, said of the place: "The redesign changes no child's school", "the change will not affect any
# pupil's place".
_NOBODYS_PLACE = re.compile(
    r"\b(?:not\s+(?:affect|change|alter|disrupt)\w*\s+any|(?:affect|change|alter|disrupt)s?\s+no)\s+(?:[\w-]+\s+)?"
    r"(?:pupil|child|student|learner|young\s+person|one)['’]s\s+(?:[\w-]+\s+)?(?:places?|schools?|placements?|settings?)\b", re.I)
# The pupils there now staying where they are (:func:`pupils_stay`): "The pupils currently in the unit will continue
# to attend it", "All current pupils will remain on roll", "all pupils at Elm and at the Ash Unit would continue where
# they are" (not "will continue to be supported at Elm School", another provision, nor a stay "until" a move, or "for
# up to two terms").
PUPILS_STAY = re.compile(
    r"\b(?:pupils?|child(?:ren)?|students?|learners?|young\s+(?:people|person))\s+(?:(?:currently|now|already)\s+)?"
    r"(?:(?:in|at|of|attending|on\s+(?:the\s+)?roll\s+(?:of|at))\s+"
    r"(?:[\w'’-]+\s+){1,8}?)?(?:will|would|shall)\s+(?:all\s+|each\s+)?(?:remain|stay|continue)\s+"
    r"(?:to\s+attend\s+(?:it|there|the\s+(?:same\s+)?(?:school|unit|base|class|provision|centre|academy))\b|where\s+they\s+are\b"
    r"|on\s+(?:the\s+|its\s+)?roll\b(?!\s+(?:of|at)\b)|(?:at|in)\s+(?:it|the\s+same\s+(?:school|unit|base|class|provision|centre|academy))\b"
    r"|there\b|(?:at|in)\s+their\s+(?:current|present|existing)\s+(?:schools?|places?|placements?|settings?|class(?:es)?)\b)"
    r"(?![^.;]{0,120}?\b(?:until|till|pending|while|whilst|before|temporar\w*|interim|for\s+(?:up\s+to|no\s+more|not\s+more|a\s+maximum|at\s+most)))",
    re.I)


def nobody_displaced(text: str) -> re.Match | None:
    """The words of a clause of ``text`` saying that nobody is displaced
    (see above), or None."""
    m = _NONE_LABEL.search(text) or _MOVES_WITH.search(text)
    if m:
        return m
    if "'s" in text or "’s" in text:
        m = _NOBODYS_PLACE.search(text)
        if m:
            return m
    if not _NOBODY_SUBJECT.search(text):  # (a quick test: no clause without one can say it)
        return None
    for a, b in clause_spans(text):
        clause = text[a:b]
        who = _NOBODY_SUBJECT.search(clause)
        if who and _DISPLACED_PREDICATE.search(clause, who.end()):
            return _NOBODY_SUBJECT.search(text, a)
    return None


def pupils_stay(text: str) -> re.Match | None:
    """The words of ``text`` saying the pupils there now stay where they are (:data:`PUPILS_STAY`), in a sentence that
    moves no pupils elsewhere in another clause ("Frisby Lane's 40 pupils would transfer to the Asfordby site; pupils
    of The Orchards would stay where they are" moves one group): nobody displaced, as far as the sentence goes."""
    low = text.lower()
    if "remain" not in low and "stay" not in low and "continu" not in low:
        return None
    m = PUPILS_STAY.search(text)
    if m is None or negated(clause_of(text, m.start())):
        return None
    if not (found(ALT_MOVE, text) or found(ALT_STRONG, text)):
        return m
    for a, b in clause_spans(text):
        if not a <= m.start() < b and (ALT_MOVE.search(text[a:b]) or ALT_STRONG.search(text[a:b])):
            return None
    return m


# A new or enlarged provision: when nothing closes, moves or is displaced, no
# pupil needs alternative provision.
NEW_OR_ENLARGED = rx(
    r"expand\w*", r"enlarg\w*", r"establish\w*", r"to open",
    # (not a date: "Consultation open 21 October - 16 December")
    r"open(?:s|ing)? (?:a|an|new|two|three|four|five|\d+)(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    r"new (?:[\w-]+ ){0,3}?(?:provision|resource\w*|base|unit|satellite|school|centre|places)", r"satellite",
    r"additional (?:[\w-]+ ){0,2}?(?:school|base|unit|provision|places)", r"creat\w* (?:up to )?\w+ (?:new )?(?:\w+ )*places",
    r"from \d+ to \d+ places", r"increase\w* (?:from \d+ )?to \d+ places",
    # "to increase the number of places at the school from 80 to 110"
    r"increas\w* the number of (?:[\w-]+ ){0,2}?places (?:at|in) (?:[\w'’-]+ ){1,4}?from \d+ to \d+",
)
# A new school or provision "for 80 pupils": that many new places; also a resourced provision by its initials ("will
# open an SRP for 12 pupils"), one named and then described ("will open the Phoenix Base, a resource provision for
# 16 pupils"), and one opened "with 10 places".
_NEW_PROVISION_NOUN = r"(?:school|academy|provision|unit|base|resource\w*|centre|satellite|[as]rps?)"
NEW_FOR_PUPILS = re.compile(
    r"\b(?:new|(?:establish|open|creat)\w*\s+(?:(?:an?|the)\s+)?(?:new\s+)?)\s*(?:[\w-]+\s+){0,4}?" + _NEW_PROVISION_NOUN
    + r"(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?" + _NEW_PROVISION_NOUN + r")?\s+"
    r"(?:(?:\w+\s+){0,3}?for\s+(?:up\s+to\s+)?(\d+)\s+(?:pupils|children|students|learners|young\s+people)\b"
    r"|with\s+(?:up\s+to\s+)?(\d+)\s+(?:[\w-]+\s+)?places\b)"
    # "A base for 8 pupils with speech, language and communication needs will open at Riccall Primary School"
    r"|\b(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:school|academy|provision|unit|base|resource\w*|centre|satellite)\s+for\s+(?:up\s+to\s+)?"
    r"(\d+)\s+(?:pupils|children|students|learners|young\s+people)\b(?:\s+[\w,’'-]+){0,10}?\s+will\s+(?:open|be\s+(?:opened|established|created))\b",
    re.I,
)
# Places after, then before in brackets: "rise to 40 (currently 28)", "120 places (currently 96)".
THEN_NOW = re.compile(
    # (a sum of money is no count of places: not "by £20,000 a year (from 16 to 18 places")
    r"\b(?<![£$€\d,.])(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?\(\s*(?:currently|now|at\s+present|up\s+from|from|compared\s+with|previously)\s+(\d[\d,]*)\b"
    # (not "aged 11 to 16, from 1 September 2027": a figure's comma is a thousands separator only before three digits)
    r"|\bto\s+(\d+(?:,\d{3})*)\s+(?:places\s+|pupils\s+)?(?:from|up\s+from)\s+(?:the\s+current\s+|its\s+current\s+)?(\d[\d,]*)\b"
    # "capacity will be 100 from September 2028, up from 80"
    r"|\b(?!(?:19|20)\d\d\b)(?<![£$€\d,.])(\d[\d,]*)\s+(?:places\s+|pupils\s+)?(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d\d\s*)?,?\s*up\s+from\s+(\d[\d,]*)\b"
    # "The department will have 40 places (Thornbury Lodge has 28)": the provision it replaces, in brackets
    r"|\b(\d[\d,]*)\s+places\s+\(\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:has|had|now\s+has|currently\s+has)\s+(?:only\s+)?(\d[\d,]*)\s*(?:places\s*)?\)",
    re.I,
)
# Places after compared with before in words: "174 special school places for these needs instead of 150", "90
# places at Tarn Edge against 60", "60 secondary MLD places (Highfield 30, Lakeside 30), against 50 now" (tried only
# where one of the words stands: COMPARED_WORDS).
THEN_INSTEAD = re.compile(
    r"\b(?!(?:19|20)\d\d\b)(\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?places\b(?:\s*\([^()]{0,80}\))?(?:\s+(?:for|at|in)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    # ("24 places from September 2027 instead of 16")
    r"(?:\s+(?:from|by|in)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d)?,?"
    r"\s*(?:instead\s+of|against|compared\s+(?:with|to)|in\s+place\s+of|rather\s+than)\s+(?:the\s+|its\s+)?(?:current\s+|present\s+)?"
    r"(?!(?:19|20)\d\d\b)(\d[\d,]*)\b(?!\s*%)"
    # the pupils a provision will teach at once: "The campus base will teach up to 45 pupils at a time, against 30"
    r"|\b(?:teach|take|admit|accommodate|educate|provide\s+for)\s+(?:up\s+to\s+)?(?!(?:19|20)\d\d\b)(\d[\d,]*)\s+(?:pupils|children|students)"
    r"(?:\s+at\s+(?:a\s+time|once|any\s+one\s+time))?,?\s*(?:instead\s+of|against|compared\s+(?:with|to)|rather\s+than)\s+(?:the\s+)?"
    r"(?!(?:19|20)\d\d\b)(\d[\d,]*)\b(?!\s*%)",
    re.I,
)
COMPARED_WORDS = ("instead of", "against", "compared", "in place of", "rather than")


# Sentences that restate the Test itself ("Proposers should specify the
# transport arrangements..."), under a heading or with words naming it.
REQUIREMENT = rx(
    r"should", r"must", r"needs? to", r"are required to", r"is required to", r"requires?", r"expects?", r"says?",
    r"states?", r"is not acceptable", r"asks? (?:for|that|proposers)", r"sets? out (?:that|what)",
)
# Place numbers before and after in prose: "126 now; 180 from September 2027".
NOW_THEN = re.compile(
    r"\b(\d[\d,]*)\s+(?:places\s+)?(?:now|at present|currently|today)\b[;,:]?\s*(?:and\s+|rising\s+to\s+|to\s+|but\s+)?"
    r"(\d[\d,]*)\s+(?:places\s+)?(?:from|by|in|after|when)\b",
    re.I,
)
CLOSURE = rx(
    # (not "close to home", "close links", "closely": near, not closing; nor "closing the gap": narrowing)
    r"clos(?:e|es|ed|ing)(?!\s+(?:to|by|links?|working|contact|partnerships?|relationships?|proximity|together|attention|liaison|"
    r"supervision|monitoring|co-?operation|collaboration|(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+)?gaps?)\b)", r"clos(?:ure|ures)", r"discontinu\w*", r"ceas(?:e|es|ing)", r"amalgamat\w*", r"merg(?:e|er|ed|es|ing)",
    r"relocat\w*", r"decommission\w*", r"wind(?:ing)? down", r"remov(?:e|al of) (?:the )?(?:provision|unit|base|places)",
    r"reduc\w* (?:the )?(?:number of )?places", r"re-?designat\w*",
)

# (iii) transport
TRANSPORT = rx(
    r"transport\w*", r"travel\w*", r"journeys?", r"taxis?", r"minibus\w*", r"buses", r"bus", r"escorts?",
    # (the journey, "on the school run": not a school "run by the Evenlode Trust", nor one that will "run GCSE art")
    r"passenger assistants?", r"home[- ]to[- ]school", r"school run(?!\s+(?:by|a|an|the|its|their)\b|\s+(?-i:[A-Z]))",
    r"drop[- ]off", r"pick[- ]up",
    r"mileage", r"bus passes?", r"independent travel",
)
TRANSPORT_ARRANGEMENT = rx(
    r"will (?:be|continue|receive|provide|have|travel|get|remain|run|collect|take)", r"provided", r"eligib\w*",
    r"entitle\w*", r"free", r"door[- ]to[- ]door", r"pick(?:ed)?[- ]?up", r"routes?", r"journey times?", r"minutes?",
    r"miles?", r"personal (?:transport|travel) budgets?", r"travel training", r"escorts?", r"passenger assistants?",
    r"minibus\w*", r"taxis?", r"arrange\w*", r"assess\w*", r"mileage allowance", r"bus pass\w*",
)
TRANSPORT_POLICY = rx(
    r"(?:sen(?:d)?\s+|home[- ]to[- ]school\s+|school\s+)?(?:transport|travel)(?:\s+assistance|\s+and\s+travel|\s+support)?\s+polic(?:y|ies)",
    r"(?:transport|travel)\s+polic(?:y|ies)\s+for\s+(?:sen|send|children|pupils)",
    r"polic(?:y|ies)\s+(?:on|for)\s+(?:home[- ]to[- ]school\s+)?(?:transport|travel)",
    r"post[- ]16\s+transport\s+(?:policy\s+)?statement",
)

# (iv) funding and staffing
FUNDING = rx(
    r"fund(?:s|ed|ing)?", r"capital", r"revenue", r"budgets?", r"costs?", r"costed", r"costing", r"grants?",
    r"high needs", r"hnb", r"dsg", r"dedicated schools grant", r"basic need", r"top[- ]ups?", r"element [23]",
    r"place funding", r"allocations?", r"invest\w*", r"financ\w*", r"spend\w*", r"£",
)
FUNDING_SOURCE = rx(
    r"high needs (?:block|budget|funding|grant)?", r"hnb", r"dedicated schools grant", r"dsg", r"basic need(?: grant| funding)?",
    r"special provision capital fund", r"spcf", r"school condition allocation", r"sca", r"capital programme",
    r"section 106", r"s106", r"prudential borrowing", r"devolved formula capital", r"place[- ]led funding",
    r"£\s?\d+\s?(?:k|,000)?\s+per place", r"element (?:2|3)", r"top[- ]up funding", r"schools? forum",
    r"council'?s? capital",
)
STAFFING = rx(
    r"staff\w*", r"teachers?", r"teaching assistants?", r"tas?", r"hltas?", r"fte", r"posts?", r"headteacher",
    r"head of (?:centre|provision|base|unit|school)", r"senco", r"recruit\w*", r"appoint\w*", r"ratios?",
    r"workforce", r"tupe", r"redeploy\w*", r"establishment", r"leadership",
)
# Words that make a sentence about the planned staffing (iv), not about staff in passing.
STAFFING_PLAN = rx(
    r"staffing", r"staffed", r"staff(?:ing)? (?:structure|establishment|ratio|model|plan)", r"employ\w*", r"recruit\w*",
    r"appoint\w*", r"posts?", r"fte", r"full[- ]time equivalents?", r"establishment", r"ratios?", r"tupe", r"redeploy\w*",
    r"(?:staff|teachers|assistants) (?:will|would) (?:transfer|move|be)", r"will be led by", r"headteacher will", r"workforce",
    r"\d+\s?:\s?\d+", r"(?:a|its|their) staff of", r"staff team", r"no (?:new|additional|extra|further) (?:staff|posts?)",
    # staff in general words only ("sufficient staff to meet pupils' needs"): staffing stated, never specific
    r"(?:sufficient|enough|adequate|appropriate|suitable|suitably qualified|the right|the necessary) (?:specialist |qualified |trained )?staff",
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty)\s+"
    r"(?:[\w-]+\s+){0,2}(?:teachers|teaching assistants|tas|hltas|therapists|nurses|support workers|staff|practitioners)",
)
# (iv), the lead's ruling on staffing said only as a review or a decision to come:
# - a review of the staffing of a team or service that carries on ("Staffing of the team will be reviewed", "the
#   staffing structure of the hub will be reviewed with the trade unions", "The service's staffing is being
#   reviewed"): the staff are there, so staffing is stated, though not specified;
_STAFF_OF = (r"\bstaff(?:ing)?(?:\s+(?:structure|arrangements|establishment|model|levels?))?\s+(?:of|for|in|within|across)\s+"
             r"(?:the|its|our|this|that|both|each|the\s+existing)\s+(?!new\b)(?:[\w'’-]+\s+){0,3}?")
_CARRIES_ON = r"(?:team|service|hub|unit|base|centre|outreach|provision|resource)s?\b"
_REVIEWED = r"(?:(?:will|shall)\s+(?:then\s+)?be|(?:is|are)\s+(?:being|to\s+be))\s+(?:fully\s+)?reviewed\b|\bkept\s+under\s+review\b"
STAFFING_REVIEWED = re.compile(
    _STAFF_OF + _CARRIES_ON + r"(?:[^.;:]{0,80}?)\s" + _REVIEWED
    + r"|\b(?:team|service|hub|unit|base|centre|school|academy|college)(?:['’]s|s['’])\s+staff(?:ing)?(?:\s+(?:structure|arrangements|establishment))?"
    r"\s+(?:[^.;:]{0,40}?)" + _REVIEWED
    + r"|\breview\s+(?:of\s+)?(?:the\s+)?staff(?:ing)?(?:\s+(?:structure|arrangements))?\s+(?:of|for|in|across)\s+"
    r"(?:the|its|our|this|both|each|the\s+existing)\s+(?!new\b)(?:[\w'’-]+\s+){0,3}?" + _CARRIES_ON
    # a review of the staffing for the change itself, by whoever does it ("Staffing will be reviewed by the headteacher
    # and governors to reflect the new designation", "... as part of the move"); not one put off until later ("once the
    # outcome of the consultation is known", "in due course"), which states no staffing
    + r"|\bstaff(?:ing)?\s+(?:(?!\bnew\b)[^.;:]){0,40}?(?:" + _REVIEWED + r")(?:\s+by\s+[^.;:]{1,60}?)?\s+"
    r"(?:as\s+part\s+of\s+the\s+(?:move|relocation|transfer)\b"
    r"|(?:to\s+(?:reflect|match|suit|fit)|in\s+line\s+with)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:new|changed|revised)\b)",
    re.I)
# - or the staff there now carrying on, their staffing reviewed ("Kestrel Hill's existing staff team carries on, and
#   staffing will be reviewed as the school grows"): stated too;
STAFF_CARRY_ON = re.compile(
    r"\b(?:existing|current|present)\s+(?:staff(?:ing)?(?:\s+team)?|team)\s+(?:will\s+)?(?:carr(?:y|ies)\s+on|continues?|remains?|stays?)\b"
    # ("The hearing support staff at Millbrook will continue to run the base", "the unit's staff carry on")
    r"|\b(?:staff|team|teachers|(?:teaching\s+)?assistants)\s+(?:(?:at|of|in|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?(?:will\s+)?(?:continue\s+to|carr(?:y|ies)\s+on)\b"
    # ("The school will keep staff from the unit ...", "retains its existing staff")
    r"|\b(?:keep|keeps|retain|retains)\s+(?:(?:the|its|their|all|existing|current)\s+){0,2}(?:[\w'’-]+\s+){0,2}?staff\b"
    # ("The base's existing team of Teachers of the Deaf ... moves with the pupils; its staffing will be reviewed")
    # (or its members in brackets: "The school's existing staff team (9 teachers, 18 teaching assistants) will transfer")
    r"|\b(?:existing|current|present)\s+(?:staff\s+)?team(?:\s+of\s+[^.;:]{1,80}?|\s*\([^()]{1,160}\))?\s+(?:will\s+)?(?:moves?|transfers?|transfer)\s+with\b"
    # ("The service currently has 14.6 FTE qualified teachers ... Staffing will be reviewed as part of the merger":
    # the staff there now, counted, the review starting from them)
    r"|\b(?:currently|now)\s+(?:has|have|employs?)\s+(?:[\w'’-]+\s+){0,3}?\d+(?:\.\d+)?\s+(?:fte|full[- ]time)\b"
    # ("None of the existing staff are affected. Staffing will be reviewed ... as the ASC group fills.")
    r"|\bnone\s+of\s+the\s+(?:existing|current|present)\s+staff\s+(?:are|is|will\s+be)\s+affected\b", re.I)
# - staffing put off to a later decision or document ("to be determined", "will be set out in the full business
#   case", "decided by the new governing body in due course", "reviewed once the outcome of the consultation is
#   known", "a matter for the new governing body"): staffing is not stated.  HEDGE and DEFERRAL hold most of these
#   words; these are the ones staffing (or, with no sum, funding: "We will report the costs once the design is
#   complete") is put off with.
PUT_OFF = rx(
    r"once (?:the )?(?:[\w-]+ ){0,8}(?:is|are|has been|have been) (?:known|agreed|decided|approved|completed?|in place)",
    r"(?:is|will be) (?:a matter|one) for the (?:new )?(?:governing (?:body|board)|trust|headteacher|head teacher|academy trust)",
    # "Staffing will be a matter for the two providers, who will determine it once the agreements are signed"
    r"(?:is|will be) (?:a matter|one) for the (?:two |three |receiving |new )?(?:providers|provider|schools|academies)",
    r"once (?:the )?(?:[\w-]+ ){0,4}(?:is|are|has been|have been) (?:signed|finalised|let|awarded)",
    r"(?:will be|to be|are to be|is to be) (?:set out|decided|determined|agreed|confirmed|finalised) (?:later|by the (?:new )?(?:governing|trust|academy))",
    r"details (?:of (?:the )?(?:staffing|funding|costs?) )?(?:will|to) follow",
    r"will (?:report|publish|confirm|set out) (?:the )?(?:costs?|funding|budget)",
)
# - the staff there now offered posts in the provision that takes their pupils ("Hartwell House staff will be offered
#   posts at Beckside and Copperfield wherever possible", "teachers from the unit will be guaranteed jobs at the hub"):
#   the planned staffing described, hedged or not, not specified (no posts counted);
STAFF_OFFERED_POSTS = re.compile(
    r"\b(?:staff|teachers|(?:teaching\s+)?assistants|employees|colleagues|team)\b[^.;:]{0,50}?\b(?:will|would|are\s+to|is\s+to)\s+be\s+"
    r"(?:offered|guaranteed|given\s+first\s+refusal\s+of)\s+(?:[\w-]+\s+){0,2}?(?:posts?|jobs?|roles?|positions?|employment|interviews?)\b",
    re.I)
# - no new staff ("No new staff are planned", "no additional posts will be needed"): staffing stated (the staff
#   there now carry on), not specified; and the staff of a provision that closes redeployed or made redundant
#   ("The Unit's teacher and two teaching assistants will be redeployed"): what happens to them, not the planned
#   staffing, so stated, not specified, however many they are.
NO_NEW_STAFF = rx(
    r"no (?:new|additional|extra|further) (?:staff|staffing|posts?|teachers?|roles?)(?: \w+){0,3} (?:are|is|will be|would be) "
    r"(?:planned|needed|required|necessary|proposed|created|recruited|appointed)",
)
# (or staying where they are as their unit closes: "The LSU's two teaching assistants stay at St Aldhelm's")
STAFF_LEAVING = rx(r"redeploy\w*", r"made redundant", r"redundanc(?:y|ies)", r"(?:stay|stays|remain|remains) at",
                  # "The two base staff employed by the trust are covered by the trust's own policies"
                  r"(?:covered|protected) by (?:the )?(?:[\w'’-]+ ){0,3}(?:policies|policy|procedures)")
STAFF_NOUN = rx(
    r"teachers?", r"teaching assistants?", r"tas", r"hltas?", r"posts?", r"staff", r"therapists?", r"nurses?",
    r"practitioners?", r"mentors?", r"leaders?", r"managers?", r"workers?", r"assistants?", r"officers?", r"fte",
)

# para 23
BESD = rx(
    r"besd", r"semh", r"sebd", r"ebd", r"behavioural,? emotional and social", r"social,? emotional and mental health",
    r"emotional,? (?:and )?behavioural", r"emotional and social", r"behaviour(?:al)? difficulties",
)
PRU = rx(r"pupil referral units?", r"pupil referral services?", r"prus?", r"short[- ]stay schools?", r"alternative provision academ(?:y|ies)", r"ap academ(?:y|ies)")
PLACEMENT = rx(
    r"plac(?:e|ed|ing|ement|ements)", r"attend\w*", r"transfer\w*", r"mov(?:e|ed|ing)", r"go", r"admit\w*",
    r"educated", r"taught", r"referred", r"on roll", r"on the roll", r"dual[- ]registered", r"take", r"receive", r"accommodate",
    r"(?:finish|complete)\w* (?:their|his or her) (?:(?:secondary|statutory|school|primary) )?(?:education|schooling|gcses|courses?|studies|school career)",
    # "complete the remainder of Key Stage 4 at the Learning Hub", "finish Key Stage 4 there"
    r"(?:finish|complete)\w* (?:the (?:rest|remainder) of )?(?:their )?(?:key stage|ks|year) ?\d{1,2}",
    r"become (?:pupils|students) (?:of|at)", r"join(?:s|ed|ing)?",  # (not "a joint statement")
    r"(?:be|remain|stay) (?:based )?at", r"based at",  # "will be at the Centre from 4 September", "be based at"
    r"spend (?:the|their|a|an|up to|no more than|\d+|one|two|three|four|five|six) (?:(?!(?:a|each|per|every) )[\w-]+ ){0,5}?(?:days?|weeks?|terms?|months?|year|period|time|spell|while)(?! (?:a|each|per|every) )",
)
TIME_LIMIT = re.compile(
    # (the length said after the noun of the stay: "a period of", "a bridging placement of six school weeks", "a stay of
    # one term", "a bridge of five weeks")
    r"\b(?:for\s+)?(?:up\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|at\s+most|less\s+than|"
    r"no\s+longer\s+than|not\s+longer\s+than|(?:period|placement|stay|bridge|spell)\s+of|for|about|around|approximately|roughly|some|lasts?|lasting)\s+"
    r"(?:the\s+)?(?:(?:first|next|initial)\s+)?(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half\s+a)\s+"
    r"(?P<unit>(?:(?:school|teaching|working|calendar|academic)\s+)?(?:days?|weeks?|half[- ]terms?|terms?|months?|years?))\b(?!\s+\d)"  # not "Year 11"
    # a length in brackets after the dates it runs: "from 6 September to 8 October 2027 (five school weeks)"
    r"|(?<=\()(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit2>(?:school\s+|teaching\s+)?(?:weeks?|half[- ]terms?|terms?))\b(?![^)]{0,3}?\b(?:a|per|each)\s+(?:week|term|month))"
    # a named term or a school year: "for the summer term 2028", "for the autumn half-term", "for the 2028-29 school
    # year", "throughout the academic year"
    r"|\b(?:for|throughout)\s+(?:the\s+)?(?:(?:autumn|spring|summer)\s+(?P<term>(?:half[- ])?term)"
    r"|(?:20\d\d\s*[-–/]\s*(?:20)?\d\d\s+)?(?P<year>(?:school|academic)\s+year))\b"
    # the end of a named term or half-term: "until the end of the autumn term", "until the October half-term", or of
    # a term or the school year, however the end is reached: "to the end of the spring term", "through to the end of
    # the 2028-29 school year"
    r"|\buntil\s+(?:the\s+end\s+of\s+)?(?:the\s+)?(?:autumn|spring|summer|october|february|may)\s+(?P<until>(?:half[- ])?term)\b"
    r"|\b(?:until|till|to|through(?:\s+to)?)\s+the\s+end\s+of\s+(?:the\s+)?(?:(?:autumn|spring|summer)\s+(?P<end>(?:half[- ])?term)"
    r"|(?:20\d\d\s*[-–/]\s*(?:20)?\d\d\s+)?(?P<endyear>(?:school|academic)\s+year))\b",
    re.I,
)


def limit_weeks(m: re.Match) -> int:
    """The weeks a :data:`TIME_LIMIT` match gives."""
    if m.group("term"):
        return weeks_of("one", m.group("term"))
    if m.group("until"):  # at most that term (or half-term)
        return weeks_of("one", m.group("until"))
    if m.group("end") or m.group("year") or m.group("endyear"):  # at most that term, or a school year
        return weeks_of("one", m.group("end") or m.group("year") or m.group("endyear"))
    if m.group("n2"):
        return weeks_of(m.group("n2"), m.group("unit2"))
    return weeks_of(m.group("n"), m.group("unit"))


def longest_limit(text: str) -> re.Match | None:
    """The length of a stay ``text`` states (a :data:`TIME_LIMIT` match): the longest it gives in numbers ("no more
    than eight weeks", "(about 26 school weeks)"), else the longest term or school year it names ("until the end of
    the autumn term", "for the 2028-29 school year"), which a number beside it says more exactly, and which may be
    about something else ("the satellite will not be ready until the summer term")."""
    found = list(TIME_LIMIT.finditer(text))
    counted = [m for m in found if m.group("n") or m.group("n2")]
    return max(counted or found, key=limit_weeks, default=None)


TEMPORARY = rx(
    r"temporar\w*", r"short[- ]term", r"interim", r"bridging", r"as a bridge", r"transitional", r"until (?:a|their|the) (?:special|permanent|new)",
    r"until (?:a|their|the) place", r"while (?:a|their|the) (?:special|permanent|new)", r"pending",
    r"(?:a|for a) (?:short|brief|limited) (?:period|time|spell)", r"(?:before|prior to) (?:moving|transferring|taking up)",
)
# A stay that ends only when a place is found: no limit, and the place is still to be found
# ("until a special school place becomes available").
OPEN_ENDED = re.compile(
    r"\buntil\s+(?:a|an|their|the|each\s+(?:pupil|child)['’]s)\s+(?:(?:suitable|permanent|appropriate|special|specialist|school|new)\s+){0,3}"
    # (the place may be named: "until a place at Copley Vale becomes available")
    r"(?:place|placement|school)s?\s+(?:(?:at|in|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:becomes?|is|are)\s+(?:available|found|identified|secured|agreed|free)|can\s+be\s+(?:found|identified|secured|made\s+available))\b",
    re.I,
)
LONG_TERM = rx(
    r"long[- ]term", r"permanent\w*", r"indefinite\w*", r"for the (?:rest|remainder) of", r"ongoing", r"on a permanent basis",
    # to the end of their schooling there: "until the end of key stage 4", "until the end of Year 11", "until they leave school"
    r"until (?:the end of )?(?:year|key stage|ks) ?\d+", r"until they (?:leave|finish) (?:school|year \d+)",
    r"until the end of (?:their|his or her) (?:schooling|education|statutory schooling)",
    # to the end of their schooling, said as finishing it there: "complete their secondary education at the Centre",
    # "complete the remainder of Key Stage 4 at the Hub"
    r"(?:finish|complete)\w* (?:their|his or her) (?:secondary |statutory |school )?(?:education|schooling|school career)",
    r"(?:finish|complete)\w* (?:the (?:rest|remainder) of )?(?:their )?(?:key stage|ks) ?4",
)
SPECIAL_PLACE = rx(
    r"special schools?", r"special academ(?:y|ies)", r"specialist (?:provision|school|places?|setting)",
    r"resource(?:d)? (?:base|provision|unit)s?", r"enhanced resource\w*",
)

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half a": 0.5,
}


def weeks_of(n: str, unit: str) -> int:
    """A stated length of time in (school) weeks: a term is 13 weeks, a
    half-term 6, a month 4.33, a school year 39, five school days a week."""
    n = n.lower()
    k = float(_WORD_NUMBERS.get(n, n) if not n.replace(".", "").isdigit() else n)
    u = unit.lower().replace("-", " ")
    if "half" in u:
        w = 6 * k
    elif "term" in u:
        w = 13 * k
    elif "month" in u:
        w = 4.33 * k
    elif "year" in u:
        w = 39 * k
    elif "day" in u:
        w = k / 5
    else:
        w = k
    return max(1, int(round(w + 1e-9))) if w > 0 else 0


# ------------------------------------------------------------------ dates (how long a PRU stay runs by its dates)

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# A date a document gives: "5 January 2027", "September 2028", "the start of the spring term 2028", "Easter 2027",
# "the start of the 2028-29 school year".
DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<month>(?-i:(?=[A-Z]))(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\s+(?P<year>20\d\d)\b"
    r"|\b(?:the\s+)?(?:(?P<edge>start|beginning|end)\s+of\s+the\s+)?(?P<term>autumn|spring|summer)\s+term\s+(?P<tyear>20\d\d)\b"
    r"|\b(?:the\s+)?Easter(?:\s+(?:holidays?|break))?\s+(?P<eyear>20\d\d)\b"  # ("after the Easter holiday 2029")
    # a school year's start or end, the year written as its two calendar years: "the start of the 2028-29 school year"
    r"|\b(?:the\s+)?(?P<yedge>start|beginning|end)\s+of\s+the\s+(?P<syear>20\d\d)\s*[-–/]\s*(?:20)?\d\d\s+(?:school|academic)\s+year\b"
    # a half-term named with its year: "the February half-term 2028", "the autumn half-term of 2027"
    r"|\b(?:the\s+)?(?P<half>October|February|May|autumn|spring|summer)\s+half[- ]term(?:\s+(?:holiday|break))?\s+(?:of\s+)?(?P<hyear>20\d\d)\b",
    re.I,
)
# A span whose first day is written without its year, the year said once at its end: "from 6 September to 15 October
# 2027", "1 December-21 January 2028".
_SPAN_START_NO_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>(?-i:(?=[A-Z]))(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december))(?P<gap>\s*(?:to|until|till|[-–—])\s*)(?=(?P<end>\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?P<emonth>(?-i:(?=[A-Z]))[a-z]+)\s+(?P<year>20\d\d))\b)", re.I)


def with_span_years(text: str) -> str:
    """``text`` with the year written into each span's first day that leaves it to the span's end: "from 6 September
    to 15 October 2027" reads "from 6 September 2027 to 15 October 2027" (a first day in a later month than the end's
    is in the year before: "1 December to 21 January 2028" begins in 2027), so that :data:`DATE` finds both days."""
    if not any(w in text for w in (" to ", "-", "–", "—", "until", "till")):
        return text

    def filled(m: re.Match) -> str:
        month, end = m.group("month").lower(), m.group("emonth").lower()
        if end not in _MONTH_NAMES:
            return m.group(0)
        year = int(m.group("year")) - (_MONTH_NAMES.index(month) > _MONTH_NAMES.index(end))
        return f"{m.group('day')} {m.group('month')} {year}{m.group('gap')}"

    return _SPAN_START_NO_YEAR.sub(filled, text)


# The term each half-term named by its month falls in.
_HALF_TERM_MONTHS = {"october": "autumn", "february": "spring", "may": "summer"}


def date_of(m: re.Match):
    """The :class:`datetime.date` a :data:`DATE` match gives: a named term's
    start or end, a school year's start or end, a named half-term's first day, and Easter (the day the spring term's holiday begins), by
    the school year the document is read with (:mod:`senrules_proposals.school_year`:
    data, not constants here)."""
    import datetime

    from senrules_proposals import school_year

    if m.group("month"):
        return datetime.date(int(m.group("year")), _MONTH_NAMES.index(m.group("month").lower()) + 1, int(m.group("day") or 1))
    year = school_year.current()
    if m.group("term"):
        dates = year.term_dates(m.group("term").lower(), int(m.group("tyear")))
        if dates is not None:
            return dates[1] if (m.group("edge") or "").lower() == "end" else dates[0]
        return datetime.date(int(m.group("tyear")), {"autumn": 9, "spring": 1, "summer": 4}[m.group("term").lower()], 1)
    if m.group("syear"):
        # (its start is the autumn term's first day; its end the summer term's last, in the year after)
        first = int(m.group("syear"))
        term, y = ("summer", first + 1) if m.group("yedge").lower() == "end" else ("autumn", first)
        dates = year.term_dates(term, y)
        if dates is not None:
            return dates[1] if term == "summer" else dates[0]
        return datetime.date(first + 1, 7, 20) if term == "summer" else datetime.date(first, 9, 1)
    if m.group("half"):
        # (its first day: the school days counted to it or to the day after it are the same)
        name = m.group("half").lower()
        half = year.half_term_dates(_HALF_TERM_MONTHS.get(name, name), int(m.group("hyear")))
        if half is not None:
            return half[0]
        return datetime.date(int(m.group("hyear")), {"autumn": 10, "spring": 2, "summer": 5}[_HALF_TERM_MONTHS.get(name, name)], 20)
    spring = year.term_dates("spring", int(m.group("eyear")))
    return spring[1] + datetime.timedelta(days=1) if spring else school_year.easter(int(m.group("eyear")))


def school_weeks_between(start, end) -> int:
    """The school weeks from ``start`` to ``end``: the weekdays between them
    in term and outside half-terms, by the school year the document is read
    with (:func:`senrules_proposals.school_year.current`: the shipped table
    ``school-year.toml``, Easter computed for each year, or an LA's own), in
    weeks of five days (at most ten years are counted)."""
    import datetime

    from senrules_proposals import school_year

    if end <= start:
        return 0
    end = min(end, start + datetime.timedelta(days=3653))
    return round(school_year.current().school_days_between(start, end) / 5)


# Last, so that every pattern above is covered: each compiled pattern is tried only on a text holding one of the
# words every match of it contains (read from the pattern itself; see prefilter.py), which rules most sentences out
# at the cost of a substring search.  The matches are the same.
prefiltered(globals())
