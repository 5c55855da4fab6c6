"""The reader's patterns are tried only on a text holding one of the words
every match contains, through a quicker form that matches the same
(``prefilter.py``): a pattern finds the same places, with the same groups,
as the pattern as written, in the corpora's lines and in made-up text with
the letters that match an ASCII letter ignoring case ("ſ", "K", "İ", "ı")."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules_proposals.extract  # noqa: F401  (the extractor's patterns too)
from senrules_proposals import language as L
from senrules_proposals import reader
from senrules_proposals.prefilter import _FOLD, Prefiltered, folded, prefilter, required_words, tokens, word_tests

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
MODULES = (L, reader, *(m for name, m in sorted(sys.modules.items()) if name.startswith("senrules_proposals.extract.")))
PREFILTERED = sorted(((m.__name__.rsplit(".", 1)[1], name), p) for m in MODULES for name, p in vars(m).items()
                     if isinstance(p, Prefiltered))


def _matches(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _corpus_lines(every: int) -> list[str]:
    """Every ``every``-th distinct line of the corpora's Markdown and text documents."""
    lines = set()
    for path in sorted(DATA.glob("*/*")):
        if path.parent.name.startswith("heldout") or path.suffix not in (".md", ".txt"):
            continue
        lines.update(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return sorted(lines)[::every]


def test_most_of_the_readers_patterns_are_prefiltered():
    assert len(PREFILTERED) >= 150
    # a factor's words, too many to look for one by one: its whole words are looked up instead
    assert isinstance(L.ACCESS, Prefiltered) and L.ACCESS.words is None and "curriculum" in L.ACCESS.whole
    # (the negations' "\w+n't" may start anywhere, but its match has the whole word "t": "don't" is "don", "t")
    assert isinstance(L.NEGATION, Prefiltered) and {"t", "not", "never"} <= L.NEGATION.whole
    assert isinstance(L._NOT_NEGATION, Prefiltered) and "than" in L._NOT_NEGATION.words


@pytest.mark.parametrize("module, name", [key for key, _ in PREFILTERED])
def test_same_matches_as_the_pattern_as_written_on_the_corpus(module, name):
    pattern = dict(PREFILTERED)[module, name]
    for line in _corpus_lines(every=8):
        assert _matches(pattern, line) == _matches(pattern.compiled, line), line


FILLER = ["the", "pupils", "will", "no", "not", "-", " ", ", ", ". ", ".", ";", "(", ")", "’", "'", "7", "12", "2027", "£",
          "ſ", "K", "İ", "ı", "S", "\n", "x", "A", "Oak"]


def _vocabulary(pattern) -> list[str]:
    """The words a pattern's test looks for, and for one built by rx its plain alternatives too."""
    words = list(pattern.words or ()) + list(pattern.whole or ()) + list(pattern.parts or ())
    words += [w for more in pattern.also for w in more] + [w for more in (pattern.need or {}).values() for w in more]
    words += [part for parts, plain in L.ALTERNATIVES.items() if L.rx(*parts) is pattern.compiled
              for part in parts if re.fullmatch(r"[\w ]+", part)]
    return words + [w.upper() for w in words] + [w.title() for w in words]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_same_matches_as_the_pattern_as_written_on_any_text(data):
    _, pattern = data.draw(st.sampled_from(PREFILTERED))
    words = _vocabulary(pattern) + FILLER
    text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=30)))
    assert _matches(pattern, text) == _matches(pattern.compiled, text), text
    assert pattern.sub("#", text) == pattern.compiled.sub("#", text)
    assert pattern.subn("#", text) == pattern.compiled.subn("#", text)
    assert pattern.findall(text) == pattern.compiled.findall(text)
    assert pattern.split(text) == pattern.compiled.split(text)
    s1, s2 = pattern.search(text, 3), pattern.compiled.search(text, 3)
    assert (s1 and s1.span()) == (s2 and s2.span())
    a, b = pattern.match(text), pattern.compiled.match(text)
    assert (a and a.span()) == (b and b.span())


def test_the_words_a_match_must_contain():
    assert required_words(re.compile(r"\bno\s+longer\b|\bnot\s+only\b", re.I)) == {"longer", "only"}
    assert required_words(re.compile(r"\b(?:will|would)\s+(?:then\s+)?have\s+(\d+)", re.I)) == {"have"}
    assert required_words(re.compile(r"(?:are|is) (?:being )?reviewed", re.I)) == {"are reviewed", "is reviewed",
                                                                                    "are being reviewed", "is being reviewed"}
    assert required_words(re.compile(r"places?|provision", re.I)) == {"place", "provision"}
    assert required_words(re.compile(r"[A-Z]\w+ School")) == {" school"}  # compared with the text in lower case
    # an alternative with no word of its own, or an optional one: nothing is required
    assert required_words(re.compile(r"\bplaces\b|\d+", re.I)) is None
    assert required_words(re.compile(r"(?:places)?\s*\d", re.I)) is None


def test_a_pattern_that_starts_with_what_the_engine_scans_for_is_left_as_it_is():
    assert type(prefilter(re.compile(r"[;:]\s"))) is re.Pattern
    assert type(prefilter(re.compile(r"\b\w+\s+\d"))) is re.Pattern  # nothing to test or skip by: as it is
    assert isinstance(prefilter(re.compile(r"\bno\s+longer\b", re.I)), Prefiltered)


def test_a_pattern_that_starts_with_its_first_letters_gets_its_word_test_only():
    """A pattern built like language.rx's (the set of its first letters, then the alternatives) is scanned for by the
    engine already: it gets no quicker form, but a text without its words is not searched at all."""
    pattern = prefilter(re.compile(r"[PpRr](?<![\w-].)(?i:(?<=p)laces?|(?<=r)oll)(?![\w-])"))
    assert isinstance(pattern, Prefiltered) and pattern.words == ("roll", "place") and pattern.fast is pattern.compiled
    assert pattern.search("ten PLACES at Oak School").group(0) == "PLACES" and pattern.search("on the ROLL").group(0) == "ROLL"
    assert pattern.search("the placement") is None and pattern.search("the new unit") is None
    assert isinstance(L.TRANSPORT, Prefiltered) and "bus" in L.TRANSPORT.words


def test_case_and_the_letters_that_match_an_ascii_letter_ignoring_case():
    pattern = prefilter(re.compile(r"\bstaff\s+will\b", re.I))
    for text in ("STAFF WILL", "ſtaff wİll", "Staff wıll"):
        assert pattern.search(text), text
    names = prefilter(re.compile(r"\b[A-Z][a-z]+ School\b"))  # case as written: "oak school" is not a name
    assert names.search("at Oak School") and not names.search("at oak school") and not names.search("at oak School")
    assert names.search("at Oak SCHOOL") is None


def test_folding_maps_every_character_an_ascii_letter_or_digit_matches_to_it():
    letters = re.compile(r"[a-z0-9]", re.I)
    for code in range(0x110000):
        c = chr(code)
        if letters.fullmatch(c):
            assert len(folded(c)) == 1 and re.fullmatch(re.escape(folded(c)), c, re.I), hex(code)


def test_a_search_from_a_place_does_not_test_the_whole_text_again(monkeypatch):
    """Searches from place after place along one long text (the reader's
    struck-text scan) each go only as far as their match: the word test, a
    pass over the whole text, is made only for a search from its start (made
    each time, 100,000 characters of "<s>a " took 13 s)."""
    import senrules_proposals.prefilter as P

    pattern = prefilter(re.compile(r"~~x|<(s|del)\b>", re.I))
    assert isinstance(pattern, Prefiltered) and pattern.words
    text = "<s>a " * 2_000
    folds = []
    monkeypatch.setattr(P, "folded", lambda t: folds.append(t) or t.lower())
    pos, found = 0, 0
    while (m := pattern.search(text, pos)) is not None:
        pos, found = m.end(), found + 1
    assert found == 2_000 and len(folds) == 1


def test_the_whole_words_every_match_has():
    """Each alternative's rarest whole word (one its matches always hold with
    no word character either side), or, where it has none, the words one of
    which its matches contain; a text with none of either has no match."""
    whole, parts = word_tests(re.compile(
        r"(?<![\w-])(?:will be supported by|nurses?|staff\w*|(?:speech and )?language therap(?:y|ists?))(?![\w-])", re.I))
    assert whole == {"supported", "nurse", "nurses", "language"} and parts == {"staff"}
    assert word_tests(re.compile(r"\bno\s+longer\b|\bnot\s+only\b", re.I)) == ({"longer", "only"}, None)
    assert word_tests(re.compile(r"\b\d+ pupils\b")) == ({"pupils"}, None)
    assert word_tests(re.compile(r"\b(?:\d+|one|two)\s+(?:[\w-]+\s+){0,2}teachers\b")) == ({"teachers"}, None)
    assert word_tests(re.compile(r"\b\w+n't\b")) == ({"t"}, None)  # "don't" holds the words "don" and "t"
    assert word_tests(re.compile(r"pupils\b")) == (None, {"pupils"})  # may end a longer word ("nonpupils")
    assert word_tests(re.compile(r"(?<![\w-])(?:staff\w*|\w+y)")) is None  # "\w+y": no word to look for
    assert tokens("Oak's İnclusion-base, ſtaff") == {"oak", "s", "inclusion", "base", "staff"}


SUBJECTS = ("access(?:ible)?|library|curriculum|lessons|courses|therapy|speech|music|drama|sport|swimming|science|cooking"
            "|computing|art|reading|maths|phonics|outdoor|forest|garden|riding|sensory|hydrotherapy|trampoline|yoga|dance|pottery")


def test_a_text_is_searched_only_when_it_has_one_of_the_whole_words():
    pattern = prefilter(re.compile(r"(?<![\w-])(?:" + SUBJECTS + r")(?![\w-])", re.I))
    assert isinstance(pattern, Prefiltered) and pattern.words is None  # too many words to look for one by one
    assert {"access", "accessible", "library", "art"} <= pattern.whole and pattern.parts is None
    assert pattern.search("Pupils will have ACCESS to the library.").group(0) == "ACCESS"
    assert pattern.search("(accessible) rooms").group(0) == "accessible"
    # the letters are there, but not as a whole word: not searched, and no match, as the pattern says
    assert pattern.search("the inaccessible and unlibrary rooms, artwork") is None
    assert pattern.sub("#", "an inaccessible room") == "an inaccessible room"


def test_an_alternative_with_no_whole_word_is_looked_for_by_its_words():
    pattern = prefilter(re.compile(r"(?<![\w-])(?:" + SUBJECTS.replace("art|", r"art\w*|") + r")(?![\w-])", re.I))
    assert isinstance(pattern, Prefiltered) and pattern.words is None and pattern.parts == ("art",)
    assert pattern.search("Pupils will have ACCESS to the library.").group(0) == "ACCESS"
    assert pattern.search("(artwork) rooms").group(0) == "artwork"
    assert pattern.search("the inaccessible and unlibrary rooms") is None
    assert pattern.search("a smart room") is None  # (searched: "art" is in it; no match, as the pattern says)
    assert pattern.sub("#", "an inaccessible room") == "an inaccessible room"


def test_folding_keeps_the_words_of_a_text():
    """What the whole-word test relies on: lower case keeps every character
    a word character or not (only "İ" becomes two characters, and folding
    maps it to "i" first), so a text's words, folded, are its own; and
    folding without the mapping, when none of "İ", "ı", "ſ" is there, is
    the same."""
    every = "".join(chr(c) for c in range(0x110000) if c != 0x130)
    low = every.lower()
    assert len(low) == len(every)
    assert [m.start() for m in re.finditer(r"\w", every)] == [m.start() for m in re.finditer(r"\w", low)]
    for c in every[128:]:
        assert folded("Oak " + c) == ("Oak " + c).translate(_FOLD).lower(), hex(ord(c))



def test_a_mark_few_sentences_have_is_looked_for_on_its_own():
    """An alternative with no word but a mark ("£", "²", ":") is looked
    for by that mark: a text without it is not searched, and matches as
    the pattern says; a mark most sentences have (".", ",", "-") is no test."""
    pattern = prefilter(re.compile(r"(?<![\w-])(?:funding|budgets?|£\s?\d[\d,]*|\d+\s?m²)(?![\w-])", re.I))
    assert isinstance(pattern, Prefiltered) and pattern.whole == {"funding", "budget", "budgets"}
    assert set(pattern.parts) == {"£", "m²"}
    assert pattern.search("The works will cost £1,200,000 in all.").group(0) == "£1,200,000"
    assert pattern.search("A classroom of 60 m² and a hall.").group(0) == "60 m²"
    assert pattern.search("The Funding is agreed.").group(0) == "Funding"
    assert pattern.search("The works will cost 1,200,000 pounds and need 60 m2.") is None
    assert word_tests(re.compile(r"(?<![\w-])(?:funding|\d+\.\d+)(?![\w-])", re.I)) is None  # ".": in nearly every text
    assert word_tests(re.compile(r"\d+\s?:\s?\d+|\bratios?\b")) == ({"ratio", "ratios"}, {":"})


def test_a_remembered_search_is_the_searchs_own():
    """``language.found`` remembers a search by the pattern and the text:
    two patterns on one text, or a pattern made after another was dropped,
    each get their own answer."""
    text = "The new building will be funded by the Council."
    assert L.found(L.FUNDING, text).group(0) == L.FUNDING.search(text).group(0) == "funded"
    assert L.found(L.STAFFING_PLAN, text) is None and L.found(L.FUNDING, "No money.") is None
    for word in ("Council", "building", "funded"):
        pattern = re.compile(word)  # (each made after the last is dropped, perhaps where it was)
        assert L.found(pattern, text).group(0) == word
        del pattern


def test_a_text_must_hold_a_word_of_each_part_of_the_pattern():
    """Besides the best set of words, the pattern's other parts each need
    one of their words ("move" or "transfer", and ":"): a text lacking one
    is not searched, and has no match, as the pattern says."""
    pattern = prefilter(re.compile(r"\b(?:will|would)\s+(?:all\s+)?(?:move|transfer)\s*:\s", re.I))
    assert isinstance(pattern, Prefiltered) and set(pattern.words) == {"will", "would"}
    assert {frozenset(more) for more in pattern.also} == {frozenset({"move", "transfer"}), frozenset({":"})}
    assert pattern.search("The pupils will all move: six to Oak School, four to Elm.").group(0) == "will all move: "
    assert pattern.search("The pupils WOULD transfer : Oak School") is not None
    assert pattern.search("The pupils will move to Oak School.") is None  # (no ":")
    assert pattern.search("The pupils will stay: Oak School keeps them.") is None  # (neither "move" nor "transfer")
    assert pattern.sub("#", "They will move to Oak.") == "They will move to Oak."


def test_a_whole_word_that_an_alternative_needs_more_than():
    """A pattern of many words whose alternative is a phrase ("plans to")
    is searched where its whole word ("plans") stands in the phrase, not
    where the word stands alone; a word that is an alternative by itself
    ("plan") is enough."""
    pattern = prefilter(re.compile(r"(?<![\w-])(?:" + SUBJECTS + r"|plans to|at a later (?:date|stage)|plan)(?![\w-])", re.I))
    assert isinstance(pattern, Prefiltered) and pattern.words is None
    assert pattern.need["plans"] == ("plans to",) and "plan" not in pattern.need
    assert set(pattern.need["later"]) == {"at a later date", "at a later stage"}
    assert pattern.search("The Council PLANS TO open a base.").group(0) == "PLANS TO"
    assert pattern.search("The plans are ready; a plan is agreed.").group(0) == "plan"
    assert pattern.search("The plans are ready.") is None  # (searched for nothing: "plans" stands alone)
    assert pattern.search("It will be decided later, at a later stage.").group(0) == "at a later stage"
    assert pattern.search("It will be decided later.") is None
    assert pattern.findall("the plans, later") == [] and pattern.split("the plans, later") == ["the plans, later"]
