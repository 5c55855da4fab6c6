"""The searches written for speed answer as the plain ones do: each kind of
word test a prefiltered pattern has (one word; several; several with other
sets beside them; whole words with the parts they need), the test before the
search for words saying nobody moves, and the remembered search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from senrules_proposals import language as L
from senrules_proposals.prefilter import Prefiltered, prefilter

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
LINES = [line.strip() for path in sorted(DATA.glob("dev-former-heldout1*/*.md"))[:40]
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

ONE_WORD = prefilter(re.compile(r"\bconsult\w*", re.I))
SEVERAL = prefilter(re.compile(r"\b(?:transport|travel|taxi|minibus)\b", re.I))
WITH_OTHERS = prefilter(re.compile(r"\b(?:will|would)\s+(?:all\s+)?(?:move|transfer)\s*:\s", re.I))
NEEDING = [v for v in vars(L).values() if isinstance(v, Prefiltered) and v.need]


def test_each_kind_of_test_is_there():
    assert len(ONE_WORD.words) == 1 and not ONE_WORD.also
    assert len(SEVERAL.words) > 1 and not SEVERAL.also
    assert WITH_OTHERS.also
    assert NEEDING


@pytest.mark.parametrize("pattern", [ONE_WORD, SEVERAL, WITH_OTHERS, *NEEDING[:6]],
                         ids=lambda p: p.pattern[:30])
def test_a_prefiltered_search_finds_what_the_pattern_finds(pattern):
    probes = ["Parents were CONSULTED in May.", "Transport: a taxi each day.", "They will all transfer: six to Oak.",
              "Nothing here.", "", "The pupils will move to Elm School.", "ſtaff and ıtinerant teachers will travel"]
    for text in probes + LINES:
        expected = pattern.compiled.search(text)
        got = pattern.search(text)
        assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0))), text
        if len(text) > 4:  # (from a place, and up to one: searched as they are)
            for pos, endpos in ((2, len(text)), (0, len(text) - 2)):
                e, g = pattern.compiled.search(text, pos, endpos), pattern.search(text, pos, endpos)
                assert (g and g.span()) == (e and e.span()), text


def _nobody_words_in_single_spaced(text: str) -> bool:
    low = " ".join(text.casefold().split())
    return any(w in low for w in L._NOBODY_WORDS)


@pytest.mark.parametrize("text", [
    "No one will move.", "no\u00a0 one moves", "Young\n\tPerson", "alternative  provision is not needed",
    "ALTERNATIVE\u2003PROVISION", "noone", "alternativeprovision", "no  -one", "Each CHILD stays", "nothing changes",
    "young persons", "the Displaced", "a learner", "",
])
def test_the_test_for_words_saying_nobody_moves_reads_spaces_as_before(text):
    assert L.may_say_nobody_moves(text) == _nobody_words_in_single_spaced(text)


def test_the_test_for_words_saying_nobody_moves_on_the_corpus():
    assert [t for t in LINES if L.may_say_nobody_moves(t) != _nobody_words_in_single_spaced(t)] == []


def test_a_remembered_search_forgets_a_full_memory_and_stays_right(monkeypatch):
    monkeypatch.setattr(L, "_FOUND_MAX", 3)
    pattern = re.compile(r"\bpupils?\b")
    texts = [f"{n} pupils" if n % 2 else f"{n} staff" for n in range(10)]
    for _ in range(2):
        for text in texts:
            m, expected = L.found(pattern, text), pattern.search(text)
            assert (m and m.span()) == (expected and expected.span())
    entry = L._FOUND[id(pattern)]
    assert entry[0] is pattern and len(entry[1]) <= 3


def test_the_remembered_searches_of_many_patterns_stay_bounded(monkeypatch):
    monkeypatch.setattr(L, "_FOUND_PATTERNS_MAX", 4)
    patterns = [re.compile(rf"\b{word}\b") for word in ("oak", "elm", "ash", "yew", "fir", "box")]
    for pattern in patterns:
        assert (L.found(pattern, "an oak and an elm") is None) == (pattern.search("an oak and an elm") is None)
        assert len(L._FOUND) <= 4
