"""A cheap test before each costly pattern: the words a match must contain.

The reader tries some three hundred patterns on every sentence, and most of
them match only a few sentences of a document; the regular expression engine
tries every alternative at every place before it can say no.  Any match of
most patterns contains one of a few plain words ("place", "provision",
"where" for the places-now pattern): when the sentence, in lower case,
contains none of them, the pattern cannot match there, and Python's
substring search says so many times faster.

The words are read from each pattern itself (its parse tree), not written by
hand beside it, so a pattern changed later gets a test that is still right:
:func:`required_words` returns a set of words such that every match of the
pattern contains at least one of them (or None when it cannot tell), and
:func:`prefiltered` replaces a module's compiled patterns by
:class:`Prefiltered` ones, which try the pattern only on a text holding one
of its words and otherwise answer as the pattern would on no match.

Case: the words are compared with the text "folded" (lower case, and the
three characters other than an ASCII letter's two cases that Python's
case-insensitive matching takes for it, "ı" and "İ" for "i" and "ſ" for "s",
mapped to it; the Kelvin sign's lower case is already "k").  Only ASCII
characters of a pattern go into a word, so a match's characters, folded, are
the word's, whether the pattern ignores case or not.

A pattern of many words, too many to look for one by one (a factor's words,
built by :func:`language.rx`), is given a second kind of test instead
(:func:`word_tests`): for each of its alternatives, a whole word every match
of it has ("curriculum"; "supported" for "will be supported by"), or, where
it has none ("staff\\w*"), the words one of which its matches contain
("staff").  A text's words are read once (:func:`tokens`), and the pattern
is run only when one of its whole words is among them, or one of the
others is in the text: a look-up in a set instead of a search that enters
the matcher at every word.

One difference shows: a match's ``.re`` is the inner compiled pattern, not the
module's name for it, so code must not tell patterns apart by ``m.re is ...``
(carry which pattern matched beside the match instead).
"""

from __future__ import annotations

import functools
import re
import sys

try:  # the parser behind re.compile (Python 3.11 and later)
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover: a Python without it gets no prefilter, and the same results
    _C = _P = None

_END = sys.maxsize  # a search's default end
#: Sets of exact strings larger than this are not multiplied out further.
_EXACT_LIMIT = 64
#: Words shorter than this are in nearly every sentence: a pattern needing only such words is left alone.
MIN_WORD = 2
#: A pattern needing one of more words than this is left alone: looking for them all costs about what the pattern does.
MAX_WORDS = 24
SCORE_LEN = 4

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


#: Texts folded, remembered (every pattern tried on a sentence asks for it); the word tests look a text up here
#: themselves (a look-up costs a quarter of a call of a cached function) and call :func:`folded` when it is not.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 16384


def folded(text: str) -> str:
    """The text in lower case, with the other characters Python's
    case-insensitive matching takes for an ASCII letter mapped to it
    (remembered: ``folded.cache_clear()`` forgets)."""
    low = _FOLDED.get(text)
    if low is None:
        if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text):
            low = text.lower()  # (the three are rare: mapping every character of a text to look for them costs more)
        else:
            low = text.translate(_FOLD).lower()
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        _FOLDED[text] = low
    return low


folded.cache_clear = _FOLDED.clear


_DIGIT_CLASS = "\\d"  # (a class's digits, see _class_chars)


def _words(exact: frozenset[str] | None) -> frozenset[str] | None:
    """A set of exact strings as words one of which a match contains (none
    when one of them is empty), shortest first, dropping any word that
    contains another (the shorter one is then there too)."""
    if not exact or "" in exact:
        return None
    out: list[str] = []
    for w in sorted(exact, key=len):
        if not any(o in w for o in out):
            out.append(w)
    return frozenset(out)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of words both required, the one likelier to rule a text
    out: the longer shortest word, then the fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    return a if _score(a) >= _score(b) else b


def _score(words: frozenset[str]) -> tuple[int, int]:
    """Longer words are rarer, up to about four letters; fewer words are quicker to look for."""
    return min(SCORE_LEN, min(map(len, words))), -len(words)


def _cross(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _EXACT_LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _uncased(c: str) -> bool:
    """Whether a character has no other case ("£", "²", "’", "–"): it matches
    only itself, ignoring case or not, and folding a text leaves it as it is."""
    return c.lower() == c == c.upper() and c.casefold() == c


#: Characters most sentences have: not worth looking for alone.
_COMMON_MARKS = frozenset(".,-'\"_")


def _usable_part(word: str) -> bool:
    """Whether a word is worth looking for: not too short (see MIN_WORD), or
    one character that is no letter, digit, space or common mark ("£", ":",
    "="), which most sentences do not have."""
    return len(word) >= MIN_WORD or not (word.isalnum() or word.isspace() or word in _COMMON_MARKS)


def _sequence(items, every: list | None = None) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(exact, words) of a sequence of parsed items: ``exact``, the set of
    all the strings it can match, when that is known and small; ``words``,
    a set of words one of which any match contains, or None.  ``every``,
    when given, gets every such set met on the way, not only the best
    (each holds for every match: a match contains one word of each)."""
    exact: frozenset[str] | None = frozenset([""])  # the strings matched since the last unknown item
    whole = True  # ... since the start of the sequence
    words = None

    def required(found):
        nonlocal words
        if every is not None and found is not None:
            every.append(found)
        words = _better(words, found)

    def unknown():
        nonlocal exact, whole
        required(_words(exact))
        exact, whole = frozenset([""]), False

    run = ""  # (plain characters not yet added to exact: a word's letters are added at once)
    for op, av in getattr(items, "data", items):  # (a parsed group's list: indexing the group item by item is slow)
        if op is _C.LITERAL and (av < 128 or _uncased(chr(av))):
            run += chr(av).lower()
            continue
        if run:
            exact, run = frozenset(s + run for s in exact), ""
        if op is _C.AT or op is _C.ASSERT_NOT or (op is _C.ASSERT and av[0] == 1):
            continue  # takes no characters: the strings either side are still next to each other
        elif op is _C.ASSERT and av[0] == -1:
            behind, _ = _sequence(av[1])  # a look-behind: the characters just before this place
            unknown()
            if behind is not None:
                exact = behind
        elif op is _C.SUBPATTERN or op is _C.ATOMIC_GROUP or op is _C.BRANCH:
            if op is _C.BRANCH:
                parts = [_sequence(alt) for alt in av[1]]
                sub_exact = None if any(e is None for e, _ in parts) else frozenset().union(*(e for e, _ in parts))
                sub_words = None if any(w is None for _, w in parts) else _words(frozenset().union(*(w for _, w in parts)))
            else:  # (a group's every part is matched: the sets its parts need are needed)
                sub_exact, sub_words = _sequence(av[3] if op is _C.SUBPATTERN else av, every)
            joined = _cross(exact, sub_exact) if sub_exact is not None else None
            if joined is not None:
                exact = joined
            else:
                unknown()
                required(sub_words)
                if sub_exact is not None and len(sub_exact) <= _EXACT_LIMIT:
                    exact = sub_exact  # what follows comes straight after one of these
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, high, body = av
            sub_exact, sub_words = _sequence(body, every if low >= 1 else None)
            if low == 0 and high == 1 and sub_exact is not None and _cross(exact, sub_exact | {""}) is not None:
                exact = _cross(exact, sub_exact | {""})
            else:
                unknown()
                if low >= 1:
                    required(sub_words)
        else:  # a class, any character, a back reference, a non-ASCII character: unknown
            unknown()
    if run:
        exact = frozenset(s + run for s in exact)
    if whole:
        return exact, _words(exact)
    required(_words(exact))
    return None, words


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Words (folded, see :func:`folded`) one of which every match of the
    pattern contains, or None when the pattern's parse says none."""
    if _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        return _required_of(list(_P.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 (a parse this module does not know: no prefilter, the same results)
        return None


def _required_of(items) -> frozenset[str] | None:
    return _sequence(items)[1]


def _class_chars(av) -> list[str] | None:
    """The characters a small class of literals and ranges matches (ignoring
    case is left to folding; "\\d" stands for every digit, " " for every
    space), or None."""
    out: list[str] = []
    for op, arg in av:
        if op is _C.LITERAL:
            out.append(chr(arg))
        elif op is _C.RANGE and arg[1] - arg[0] < 10:
            out.extend(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _C.CATEGORY and arg is _C.CATEGORY_DIGIT:
            out.append(_DIGIT_CLASS)
        elif op is _C.CATEGORY and arg is _C.CATEGORY_SPACE:
            out.append(" ")  # (every space: none is a word character)
        else:
            return None
    return out


# ------------------------------------------------------------------ whole words

_WORD_CHAR = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_FRESH = frozenset([""])  # (no character yet of a word that starts where no word character comes before)
_TOKEN = re.compile(r"\w+")
_ASCII_TOKEN = re.compile(r"\w+", re.ASCII)  # (the same runs in an ASCII text, found in half the time)


@functools.lru_cache(maxsize=16384)
def tokens(text: str) -> frozenset[str]:
    """The text's words (folded): each run of word characters, whole."""
    low = folded(text)
    return frozenset((_ASCII_TOKEN if low.isascii() else _TOKEN).findall(low))


class _Run:
    """Where a walk through a pattern is: ``run``, the word being matched
    (the ways it may be spelt so far, folded), or None when not known;
    ``fresh``, whether that word started where no word character comes
    before; ``best``, the best set of whole words found so far, one of which
    every match contains."""

    __slots__ = ("run", "fresh", "best")

    def __init__(self, run, fresh, best):
        self.run, self.fresh, self.best = run, fresh, best

    def copy(self):
        return _Run(self.run, self.fresh, self.best)

    def unknown(self):
        self.run, self.fresh = None, False

    def end_word(self):
        """A character that is not a word character comes next (or the text ends)."""
        if self.fresh and self.run and "" not in self.run:
            self.best = _better_words(self.best, frozenset(self.run))
        self.run, self.fresh = frozenset([""]), True


def _better_words(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _is_word_lookaround(av) -> bool:
    """``(?<![\\w...])`` or ``(?![\\w...])``: no word character there."""
    return len(av[1]) == 1 and av[1][0][0] is _C.IN and any(
        o is _C.CATEGORY and a is _C.CATEGORY_WORD for o, a in av[1][0][1])


def _chars(op, av) -> list[str] | None:
    """The characters a literal or a class matches (``\\s`` as a space; see :func:`_class_chars`)."""
    if op is _C.LITERAL:
        return [chr(av)]
    if op is _C.IN:
        return _class_chars(av)
    return None


def _not_word(body) -> bool:
    """Whether a parsed sequence is one character that is never a word character (a space, a dash, ``\\s``)."""
    if len(body) != 1:
        return False
    chars = _chars(*body[0])
    return chars is not None and all(c != _DIGIT_CLASS and not (c.isalnum() or c == "_") for c in chars)


def _walk(items, at: _Run) -> _Run:
    """Walk a parsed sequence from ``at``, finding whole words every match
    has (see :func:`word_tests`)."""
    for op, av in getattr(items, "data", items):
        if op is _C.LITERAL or op is _C.IN:
            chars = _chars(op, av)
            if chars is None:
                at.unknown()
            elif all(c.isascii() and c.lower() in _WORD_CHAR and c != _DIGIT_CLASS for c in chars):
                if at.run is not None:
                    at.run = frozenset(r + c.lower() for r in at.run for c in chars)
                    if len(at.run) > _EXACT_LIMIT:
                        at.unknown()
            elif all(c != _DIGIT_CLASS and not (c.isalnum() or c == "_") for c in chars):
                at.end_word()
            else:
                at.unknown()
        elif op is _C.AT:
            if av in (_C.AT_END, _C.AT_END_STRING):
                at.end_word()
            elif av is _C.AT_BOUNDARY and at.run and "" not in at.run:
                at.end_word()  # (after a word character: none comes next)
            elif av is _C.AT_BOUNDARY and (at.run is None or at.run == frozenset([""])):
                # (before a word character: none comes before; before another character, the walk ends the word there)
                at.run, at.fresh = frozenset([""]), True
            elif av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING):
                at.run, at.fresh = frozenset([""]), True  # (the text's start, or a line's: no word character before)
            else:
                at.unknown()
        elif op is _C.ASSERT_NOT and av[0] == 1 and _is_word_lookaround(av):
            at.end_word()
        elif op is _C.ASSERT_NOT and av[0] == -1 and _is_word_lookaround(av):
            if at.run is None or at.run == frozenset([""]):
                at.run, at.fresh = frozenset([""]), True
            else:
                at.unknown()
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # takes no characters, and says nothing used here
        elif op is _C.SUBPATTERN:
            if av[1] & re.ASCII:
                at.unknown()
            else:
                at = _walk(av[3], at)
        elif op is _C.BRANCH:
            at = _either([_walk(alt, at.copy()) for alt in av[1]], at)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and _not_word(av[2]):
            if av[0] >= 1:
                at.end_word()  # ("\s+": one character or more that is no word character)
            elif at.run != frozenset([""]):
                at.unknown()  # ("\s*" may be nothing: the word before may go on)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            at = _either([_walk(av[2], at.copy()), at.copy()], at)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _, body = av
            once = _walk(body, at.copy()) if low >= 1 else None
            if once is not None and once.best is not at.best:
                at.best = once.best  # (the first time round must match: the words it has are there)
            if at.fresh and at.run == _FRESH:
                again = _walk(body, _Run(_FRESH, True, None))
                if again.fresh and again.run == _FRESH:
                    continue  # ("(?:[\w-]+\s+){0,2}" after a space: however often, a word starts next)
            at.unknown()
        else:
            at.unknown()
    return at


def _either(ends: list[_Run], before: _Run) -> _Run:
    """Where a walk is after one of several alternatives: a word every one
    of them has found is one of their words; the word being matched may be
    any of theirs."""
    out = before.copy()
    found = [e.best for e in ends]
    if all(b is not None and b is not before.best for b in found):
        out.best = _better_words(before.best, frozenset().union(*found))
    if any(e.run is None for e in ends) or len({e.fresh for e in ends}) > 1:
        out.unknown()
    else:
        out.run, out.fresh = frozenset().union(*(e.run for e in ends)), ends[0].fresh
        if len(out.run) > _EXACT_LIMIT:
            out.unknown()
    return out


def _alternatives(items) -> list[list]:
    """A parsed pattern as its top-level alternatives, each with the
    look-arounds before and after them."""
    k = 0
    while k < len(items) and items[k][0] in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        k += 1
    j = len(items)
    while j > k and items[j - 1][0] in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        j -= 1
    if j == k + 1 and items[k][0] is _C.BRANCH:
        return [items[:k] + list(alt) + items[j:] for alt in items[k][1][1]]
    return [items]


def word_tests(pattern: re.Pattern) -> tuple[frozenset[str] | None, frozenset[str] | None] | None:
    """For a pattern of many alternatives: (whole, parts), whole words (see
    :func:`tokens`) one of which a match of some alternatives has, and
    words (as :func:`required_words` has them) one of which a match of each
    other alternative contains, so that a text with none of the whole words
    and none of the others has no match; None when an alternative has
    neither."""
    if _P is None or not isinstance(pattern.pattern, str) or pattern.flags & re.ASCII:
        return None
    try:
        return _word_tests_of(list(_P.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 (a parse this module does not know: no test, the same results)
        return None


def _word_tests_of(items, need: dict | None = None):
    """(whole, parts) as :func:`word_tests` says; ``need``, when given, gets
    for a whole word the words one of which an alternative having it also
    contains, when each is more than the word ("plans to" for "plans"), and
    None for a word some alternative needs nothing more than."""
    whole: set[str] = set()
    parts: set[str] = set()
    try:
        for alt in _alternatives(items):
            walked = _walk(alt, _Run(None, False, None))
            if walked.best is not None:
                whole |= walked.best
                if need is not None:
                    _, more = _sequence(alt)
                    for word in walked.best:
                        if more is None or not _worth(more) or any(m in word for m in more) or need.get(word, ()) is None:
                            need[word] = None
                        else:
                            need[word] = need.get(word, frozenset()) | more
                continue
            _, words = _sequence(alt)
            if not words or not all(map(_usable_part, words)):
                return None
            parts |= words
    except Exception:  # noqa: BLE001 (a parse this module does not know: no test, the same results)
        return None
    if len(parts) > MAX_WORDS:
        return None
    return (frozenset(whole) or None), (_words(frozenset(parts)) if parts else None)


_CLASS_ESCAPES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}
#: The characters other than its two ASCII cases that a letter matches ignoring case (Python's re).
_OTHER_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _cases(c: str, ignore: bool) -> str | None:
    """The characters a literal matches, as class text (None: not known)."""
    if not ignore or c.lower() == c.upper():
        return re.escape(c)
    if not c.isascii():
        return None
    low = c.lower()
    return "".join(re.escape(x) for x in sorted({low, low.upper(), *_OTHER_CASES.get(low, "")}))


def _class_items(av, ignore: bool) -> set[str] | None:
    """A character class's items as class text ("a", "a-z", "\\d"), or None
    for a negated class, one of most characters (\\w, \\S) or one this
    module does not know."""
    out = set()
    for op, arg in av:
        if op is _C.LITERAL:
            item = _cases(chr(arg), ignore)
        elif op is _C.RANGE:
            lo, hi = chr(arg[0]), chr(arg[1])
            item = re.escape(lo) + "-" + re.escape(hi)
            if ignore and not ("0" <= lo <= hi <= "9"):
                if not ("a" <= lo <= hi <= "z" or "A" <= lo <= hi <= "Z"):
                    return None
                other = re.escape(lo.swapcase()) + "-" + re.escape(hi.swapcase())
                item += other + "".join(x for c, x in _OTHER_CASES.items() if lo.lower() <= c <= hi.lower())
        elif op is _C.CATEGORY:
            item = _CLASS_ESCAPES.get(str(arg))
        else:
            item = None
        if item is None:
            return None
        out.add(item)
    return out


def _first(items, ignore: bool) -> tuple[set[str] | None, bool]:
    """(first, empty): the class items a match's first character is one of
    (None: not known, or too many to skip by), and whether the sequence can
    match the empty string.  ``ignore``: whether case is ignored here."""
    first: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            item = _cases(chr(av), ignore)
            return (None if item is None else first | {item}), False
        if op is _C.IN:
            more = _class_items(av, ignore)
            return (None if more is None else first | more), False
        if op is _C.AT or op is _C.ASSERT or op is _C.ASSERT_NOT:
            continue  # takes no characters
        if op is _C.SUBPATTERN:
            _, add, remove, body = av
            sub, empty = _first(body, (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op is _C.ATOMIC_GROUP:
            sub, empty = _first(av, ignore)
        elif op is _C.BRANCH:
            parts = [_first(alt, ignore) for alt in av[1]]
            sub = None if any(f is None for f, _ in parts) else set().union(*(f for f, _ in parts))
            empty = any(e for _, e in parts)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            sub, empty = _first(av[2], ignore)
            empty = empty or av[0] == 0
        else:  # any character, a back reference, ...
            return None, False
        if sub is None:
            return None, False
        first |= sub
        if not empty:
            return first, False
    return first, True


def _guarded(compiled: re.Pattern, items) -> re.Pattern | None:
    """The pattern behind a look-ahead for the characters its matches start
    with, when the engine could not skip places by itself (the pattern
    starts with a word boundary, a look-behind or alternatives of several
    words, not with a letter or a class): the same matches, the look-ahead
    failing at once where no match can start."""
    if compiled.flags & re.VERBOSE:
        return None
    first, empty = _first(items, bool(compiled.flags & re.IGNORECASE))
    if first is None or empty:
        return None  # any character, or the empty string: nothing to skip
    try:
        return re.compile("(?=(?-i:[" + "".join(sorted(first)) + "]))(?:" + compiled.pattern + ")", compiled.flags)
    except re.error:  # e.g. global flags at the start of the pattern
        return None


class Prefiltered:
    """A compiled pattern that first asks whether the text holds one of the
    words every match contains (for a pattern of too many words, one of the
    whole words of some alternatives or one of the words of the others: see
    :func:`word_tests`), and answers as the pattern would on no match when
    it does not (``search`` None, ``sub``
    the text unchanged); it runs the quicker form of the pattern, which
    matches the same (:func:`_guarded`).  A match at one place (``match``,
    ``fullmatch``) fails fast by itself and skips the test, which would fold
    a text often made for the call.

    The methods are set on each pattern (the bound methods of the quicker
    form when there is no test): they run for every sentence, and a method
    that calls another costs more than many searches."""

    __slots__ = ("compiled", "fast", "words", "whole", "parts", "also", "need", "pattern", "flags", "groups", "groupindex",
                 "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, compiled: re.Pattern, words: frozenset[str] | None, fast: re.Pattern | None = None,
                 whole: frozenset[str] | None = None, parts: frozenset[str] | None = None,
                 also: tuple[tuple[str, ...], ...] = (), need: dict[str, tuple[str, ...]] | None = None):
        self.compiled = compiled
        known = _FOLDED.get  # (a text's folded form, when it has been folded: see folded)
        self.fast = fast = fast or compiled
        self.words = words = tuple(sorted(words, key=lambda w: (len(w), w))) if words else None
        self.whole = whole = None if words else whole or None
        self.parts = parts = None if words else tuple(sorted(parts, key=lambda w: (len(w), w))) if parts else None
        self.also = also = tuple(also) if words else ()
        self.need = need = (need or None) if whole else None
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        self.match, self.fullmatch = fast.match, fast.fullmatch
        if words is None and whole is None and parts is None:
            self.search, self.finditer, self.findall = fast.search, fast.finditer, fast.findall
            self.sub, self.subn, self.split = fast.sub, fast.subn, fast.split
            return
        if words is None:
            disjoint = whole.isdisjoint if whole else None
            common = whole.intersection if whole else None
            parts = parts or ()

            def possible(text: str, pos: int = 0, endpos: int = _END) -> bool:
                if pos or endpos != _END:
                    return True
                if need is not None:
                    low = None
                    for word in common(tokens(text)):
                        more = need.get(word)
                        if more is None:
                            return True
                        if low is None:
                            low = known(text) or folded(text)
                        for m in more:
                            if m in low:
                                return True
                elif disjoint is not None and not disjoint(tokens(text)):
                    return True
                if parts:
                    low = known(text) or folded(text)
                    for part in parts:
                        if part in low:
                            return True
                return False

            if need is None:
                def search(text, pos=0, endpos=_END):
                    if pos or endpos != _END:
                        return fast.search(text, pos, endpos)
                    if disjoint is not None and not disjoint(tokens(text)):
                        return fast.search(text)
                    if parts:
                        low = known(text) or folded(text)
                        for part in parts:
                            if part in low:
                                return fast.search(text)
                    return None
            else:
                def search(text, pos=0, endpos=_END):
                    # (possible's test written out here, as below: no call of it for each search; the same answers)
                    if pos or endpos != _END:
                        return fast.search(text, pos, endpos)
                    low = None
                    for word in common(tokens(text)):
                        more = need.get(word)
                        if more is None:
                            return fast.search(text)
                        if low is None:
                            low = known(text) or folded(text)
                        for m in more:
                            if m in low:
                                return fast.search(text)
                    if parts:
                        low = known(text) or folded(text)
                        for part in parts:
                            if part in low:
                                return fast.search(text)
                    return None
        else:
            def possible(text: str, pos: int = 0, endpos: int = _END) -> bool:
                # (a search from a place is run as it is: it is often one of many along one long text, each
                # going only as far as its match, and testing the whole text for the words each time would
                # make them quadratic, 20 s for 100,000 characters of struck text)
                if pos or endpos != _END:
                    return True
                low = known(text) or folded(text)
                for word in words:
                    if word in low:
                        break
                else:
                    return False
                for more in also:
                    for word in more:
                        if word in low:
                            break
                    else:
                        return False
                return True

            # (possible's test written out in search: a search is most of the calls, and a call costs about what
            # the test does; the same answers.  Written for the kinds of test most patterns have, too: one word,
            # or words with no other set beside them)
            if also:
                def search(text, pos=0, endpos=_END):
                    if pos or endpos != _END:
                        return fast.search(text, pos, endpos)
                    low = known(text) or folded(text)
                    for word in words:
                        if word in low:
                            break
                    else:
                        return None
                    for more in also:
                        for word in more:
                            if word in low:
                                break
                        else:
                            return None
                    return fast.search(text)
            elif len(words) == 1:
                only = words[0]

                def search(text, pos=0, endpos=_END):
                    if pos or endpos != _END:
                        return fast.search(text, pos, endpos)
                    return fast.search(text) if only in (known(text) or folded(text)) else None
            else:
                def search(text, pos=0, endpos=_END):
                    if pos or endpos != _END:
                        return fast.search(text, pos, endpos)
                    low = known(text) or folded(text)
                    for word in words:
                        if word in low:
                            return fast.search(text)
                    return None

        def finditer(text, pos=0, endpos=_END):
            return fast.finditer(text, pos, endpos) if possible(text, pos, endpos) else iter(())

        def findall(text, pos=0, endpos=_END):
            return fast.findall(text, pos, endpos) if possible(text, pos, endpos) else []

        def sub(repl, text, count=0):
            return fast.sub(repl, text, count) if possible(text) else text

        def subn(repl, text, count=0):
            return fast.subn(repl, text, count) if possible(text) else (text, 0)

        def split(text, maxsplit=0):
            return fast.split(text, maxsplit) if possible(text) else [text]

        self.search, self.finditer, self.findall, self.sub, self.subn, self.split = search, finditer, findall, sub, subn, split

    def __repr__(self) -> str:
        return (f"Prefiltered({self.compiled!r}, words={self.words!r}, whole={self.whole!r}, parts={self.parts!r}, "
                f"also={self.also!r}, need={self.need!r})")


#: Patterns whose matches are another's, written more plainly (language.rx's): their tests are read from that.
_SAME_AS: dict[re.Pattern, re.Pattern] = {}


def same_matches(compiled: re.Pattern, plain: re.Pattern) -> None:
    """Say that ``compiled`` matches exactly what ``plain`` does (as a
    pattern built for speed does its plain alternation): its tests are
    then read from ``plain``, whose parse says more."""
    _SAME_AS[compiled] = plain


#: At most this many sets of words besides the best are looked for before a search (each costs a look for its words).
MAX_SETS = 4


def _worth(words: frozenset[str] | None) -> bool:
    """Whether a set of words rules out enough texts to be worth looking for
    beside another: a few words of three letters or more (shorter ones are
    in nearly every sentence), or marks few sentences have (see
    :func:`_usable_part`)."""
    return bool(words) and len(words) <= 8 and all(_usable_part(w) and (len(w) >= 3 or not w.isalnum()) for w in words)


def _implied(words, by) -> bool:
    """Whether a text holding one of the words ``by`` holds one of ``words``
    (each of ``by`` contains one of them)."""
    return all(any(w in b for w in words) for b in by)


def _more_sets(items, best: frozenset[str] | None) -> tuple[tuple[str, ...], ...]:
    """Other sets of words every match contains one of (the pattern's other
    parts: "move" and ":" besides "will" in "will (?:all )?move ... :"), the
    likeliest to rule a text out first; none that ``best`` already implies."""
    every: list[frozenset[str]] = []
    _sequence(items, every)
    out: list[frozenset[str]] = []
    for words in sorted(set(every), key=lambda w: (_score(w), sorted(w)), reverse=True):
        if len(out) < MAX_SETS and _worth(words) and not (best and _implied(words, best)) and not any(_implied(words, o) for o in out):
            out.append(words)
    return tuple(tuple(sorted(w, key=lambda x: (len(x), x))) for w in out)


def _usable(words: frozenset[str] | None) -> bool:
    """Whether words are worth looking for one by one: not too short (in
    nearly every sentence), not too many (looking for them all costs about
    what the pattern does)."""
    return bool(words) and min(map(len, words)) >= MIN_WORD and len(words) <= MAX_WORDS


def prefilter(compiled: re.Pattern) -> re.Pattern | Prefiltered:
    """The pattern with its word test and its quicker form; with its word
    test only when it starts with a class, which the engine scans for by
    itself (as every pattern :func:`language.rx` builds does); or the
    pattern itself when it starts with a letter, or neither helps.  A
    pattern with no word test (too many words, or words too short) is
    given its whole words instead (:func:`word_tests`), when it has them."""
    if _P is None or not isinstance(compiled.pattern, str):
        return compiled
    plain = _SAME_AS.get(compiled, compiled)
    try:
        items = list(_P.parse(compiled.pattern, compiled.flags))
        if items and items[0][0] is _C.LITERAL:
            return compiled
        # (a pattern that starts with a class, as every pattern language.rx builds does, is scanned for by the
        # engine already, so it has no quicker form; its word test still saves the search through most texts)
        fast = _guarded(compiled, items) if items[0][0] is not _C.IN else None
        words = _required_of(items)
        if not _usable(words) and plain is not compiled:
            plain_items = list(_P.parse(plain.pattern, plain.flags))
            words = _required_of(plain_items)
        else:
            plain_items = items
        if not _usable(words):
            words = None
        need: dict[str, frozenset[str] | None] = {}
        whole, parts = (None if words or plain.flags & re.ASCII else _word_tests_of(plain_items, need)) or (None, None)
        also: tuple[tuple[str, ...], ...] = ()
        if words is not None:
            also = _more_sets(plain_items, words)  # (its other parts: a text must hold one word of each too)
        elif whole is None and parts is None:
            more = _more_sets(plain_items, None)
            if more:
                words, also = frozenset(more[0]), more[1:]
    except Exception:  # noqa: BLE001 (a parse this module does not know: the pattern as it is)
        return compiled
    if words is None and fast is None and whole is None and parts is None:
        return compiled
    need_more = {w: tuple(sorted(m, key=lambda x: (len(x), x))) for w, m in need.items() if m is not None}
    return Prefiltered(compiled, words, fast, whole, parts, also, need_more or None)


def prefiltered(namespace: dict) -> None:
    """Give every compiled pattern a module holds at its top level its word
    test (called at the end of the module; patterns built later, or held
    in a tuple, are used as they are)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = prefilter(value)
