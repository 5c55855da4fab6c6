"""The reader's word patterns are built for speed (``language.rx``: the
alternatives grouped by their first characters, the first character scanned
for as a set) and must match exactly what the plain alternation of their
words matches: the same places in every sentence of the corpora, and in any
text (hypothesis), capitals, hyphens, digits and the letters that match an
ASCII letter ignoring case ("ſ", "K", "İ", "ı") included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import senrules_proposals.extract  # noqa: F401  (builds the extractor's patterns too)
from senrules_proposals import language as L

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
BUILT = sorted(L.ALTERNATIVES.items())


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("*/*")):
        if path.parent.name.startswith("heldout") or path.suffix not in (".md", ".txt"):
            continue
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def _words(parts) -> list[str]:
    """Words from the alternatives' heads ("gcse" of "gcses?"), as written and in capitals."""
    out = []
    for part in parts:
        head, _ = L._head(part)
        word = "".join("4" if a == L._DIGIT else a for a in head)
        if word:
            out += [word, word.upper(), word.title(), word + "s", word + "ed"]
    return out


def test_every_reader_pattern_is_built_by_rx():
    assert len(BUILT) >= 40
    assert sum(1 for parts, _ in BUILT if not L.rx(*parts).flags & re.I) >= 30  # most take the fast form


@pytest.mark.parametrize("parts, plain", BUILT, ids=[p[0][:30] for p, _ in BUILT])
def test_same_matches_as_the_plain_alternation_on_the_corpus(parts, plain):
    built = L.rx(*parts)
    for line in _corpus_lines():
        assert _spans(built, line) == _spans(plain, line), line


FILLER = ["the", "pupils", "will", "-", " ", ", ", ". ", "(", ")", "’", "'", "7", "12", "£", "ſ", "K", "İ", "ı", "\n", "x"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_same_matches_as_the_plain_alternation_on_any_text(data):
    parts, plain = data.draw(st.sampled_from(BUILT))
    words = _words(parts) + FILLER
    text = "".join(data.draw(st.lists(st.sampled_from(words), max_size=40)))
    built = L.rx(*parts)
    assert _spans(built, text) == _spans(plain, text), text


def test_the_fast_form_keeps_the_order_of_the_alternatives():
    # "hope" before "hopes": on "hopes" the first fails at the word's end and the second matches
    assert L.rx("hope", "hopes").search("she hopes so").group(0) == "hopes"
    # the first alternative that matches wins, as in the plain alternation
    assert L.rx("access to", "access to education").search("access to education").group(0) == "access to"
    assert L.rx("(?:better|improved) education").search("an Improved education").group(0) == "Improved education"
    assert L.rx("(?:specialist )?nurses?").search("two specialist nurses").group(0) == "specialist nurses"
    assert L.rx(r"\d+ places", "one place").search("from 12 places").group(0) == "12 places"
    assert L.rx("staff").search("ſtaff") is not None  # "ſ" is an "s" ignoring case


NAMES = [("Oakwood", "WTC", "the Links", "Beacon Centre"), ("Harbour", "Harbour View", "Haven"), ("Oak", "O2")]


@pytest.mark.parametrize("names", NAMES)
def test_names_match_as_the_plain_alternation(names):
    plain = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    built = L.names(names)
    for line in _corpus_lines() + ["Oakwoods and Oakwood", "the harbour, Harbour View, HarbourView", "xOak Oak-tree O2O O2"]:
        assert _spans(built, line) == _spans(plain, line), line


def test_a_prus_other_names_are_found_as_the_alternation_finds_them():
    from senrules_proposals.extract.clauses import _Either

    plain = re.compile(L.PRU.pattern + "|" + r"(?-i:\bBeacon\b)|(?-i:\bWTC\b)", re.I)
    either = _Either(L.PRU, L.names(("Beacon", "WTC")))
    for line in _corpus_lines() + ["the beacon, the Beacon PRU", "WTC (the pupil referral unit)", "a PRU; WTC"]:
        a, b = plain.search(line), either.search(line)
        assert (a and a.span()) == (b and b.span()), line


def test_the_quick_tests_before_a_search_pass_every_sentence_the_search_finds():
    """``may_say_nobody_moves`` and ``_may_name_programme`` skip a search
    where it cannot succeed: every corpus line the search matches passes
    them, and so do made-up sentences for each way of saying it."""
    from senrules_proposals.extract import claims as E

    made_up = ["No alternative provision is needed.", "No one  will have to move.", "No-one will be displaced.",
               "There will be no displacement of children.", "It does not displace any pupils.",
               "The Nuffield Early Language Intervention", "the Proloquo2Go app", "the Duke of Edinburgh's Award"]
    for line in _corpus_lines() + made_up:
        if L.NO_DISPLACEMENT.search(line):
            assert L.may_say_nobody_moves(line), line
        if E._NAMED_PROGRAMME_ALONE.search(line):
            assert E._may_name_programme(line), line


CLAUSE_WORDS = ["but", "But", "because", "however", "although", "whereas", "though", "while", "unless", "so that", "since 2",
                "since", "where they", "when pupils", "if they", "if", ", and the", ", and we", ", which", ", none of which",
                ", or Oak", ";", ": x", " - ", " – ", "abut", "xbut", "-but", "the", "pupils", "x", "\n", "  ", "butter", "ifs"]


def _breaks(text: str) -> list[tuple[int, int]]:
    """The breaks found with only the alternatives the text may match, as the reader finds them."""
    pattern = L._breaks_for(text)
    return _spans(pattern, text) if pattern is not None else []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_WORDS + ["\u3000\u2014\u2028", "\t-\xa0", "\u2009–\n", "—", "–"]), max_size=14).map(" ".join))
def test_the_clause_breaks_are_the_plain_patterns(text):
    assert _spans(L._CLAUSE_BREAK, text) == _spans(L._CLAUSE_BREAK_PLAIN, text) == _breaks(text)


def test_the_clause_breaks_are_the_plain_patterns_on_the_corpus():
    for line in _corpus_lines():
        assert _spans(L._CLAUSE_BREAK, line) == _spans(L._CLAUSE_BREAK_PLAIN, line) == _breaks(line), line


def test_a_dash_breaks_a_clause_after_any_space():
    """The breaks spell out the characters "\\s" matches, one by one: every one of them."""
    spaces = [chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c))]
    assert "".join(spaces) == L._SPACES
    for c in spaces:
        text = f"The unit will close{c}– the pupils will move."
        assert _breaks(text) == _spans(L._CLAUSE_BREAK_PLAIN, text) == [(19, 22)]
    assert _breaks("A part-time place - or a full-time one - each week.") == [(17, 20), (38, 41)]
    assert _breaks("A part-time place and a full-time one.") == []
