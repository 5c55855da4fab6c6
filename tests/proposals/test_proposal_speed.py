"""What keeps the check fast changes nothing else.  The quick tests that let
the reader skip a search (``extract.providers._may_match``) never skip a
sentence the search would find something in: on every line of the
development corpora and on any text (hypothesis), a sentence the naming
patterns match always passes the quick test, so the providers a document
names are the same with and without it.  The garbage collector paused for a
check (``extract.collector_paused``) is left as the host had it, whatever
happens."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from senrules_proposals.extract import providers as ex

DATA = Path(__file__).resolve().parents[1] / "data" / "proposals"
PATTERNS = {"_PAREN": ex._PAREN, "_APPOSITIVE": ex._APPOSITIVE, "_KNOWN_AS": ex._KNOWN_AS, "_DASHED": ex._DASHED}


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("*/*")):
        if path.parent.name.startswith("heldout") or path.suffix not in (".md", ".txt"):
            continue
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_quick_test_passes_every_corpus_line_the_pattern_matches(name):
    pattern = PATTERNS[name]
    matched = [line for line in _corpus_lines() if pattern.search(line)]
    assert matched, f"{name} matches nothing in the corpus: the test would prove nothing"
    assert [line for line in matched if not ex._may_match(pattern, line)] == []


WORDS = ["the", "The", "a", "an", "Beacon", "Centre", "Oak", "School", "unit", "known", "KNOWN", "as", "called",
         "Named", "pupil", "referral", "county's", "(", ")", "(WTC)", ",", ", the", ", a", "is", ".", "\u212anown",
         "calİed", "ſchool", "-", "\t", "\n", "—", "–", "URN", "140000"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join), st.sampled_from(sorted(PATTERNS)))
def test_the_quick_test_never_skips_a_match(text, name):
    pattern = PATTERNS[name]
    if pattern.search(text):
        assert ex._may_match(pattern, text)


def test_the_providers_named_are_the_same_without_the_quick_test(monkeypatch):
    from senrules_proposals.reader import read_document, sentences

    docs = sorted((DATA / "dev").glob("*.md"))[:40]
    with_quick = [ex.providers_named(sentences(read_document(p))) for p in docs]
    monkeypatch.setattr(ex, "_may_match", lambda pattern, text: True)
    without = [ex.providers_named(sentences(read_document(p))) for p in docs]
    assert with_quick == without
    assert any(with_quick)


# --- the cyclic garbage collector, paused for a check (extract.collector_paused) ---

EXAMPLE = DATA / "dev" / "01-harlow-statutory-notice.txt"


@pytest.fixture
def collector_during(monkeypatch):
    """Whether the collector ran while the facts were judged (report_for, called inside the check)."""
    import senrules_proposals.report as report

    seen: list[bool] = []
    judge = report.report_for

    def spying(*args, **kwargs):
        seen.append(gc.isenabled())
        return judge(*args, **kwargs)

    monkeypatch.setattr(report, "report_for", spying)
    return seen


def test_a_check_pauses_the_collector_and_starts_it_again(collector_during):
    from senrules_proposals import check_document

    assert gc.isenabled()
    report = check_document(EXAMPLE)
    assert report.factor("ii").verdict and collector_during == [False]
    assert gc.isenabled()


def test_a_check_leaves_a_collector_the_host_paused_paused(collector_during):
    from senrules_proposals import check_document

    gc.disable()
    try:
        check_document(EXAMPLE)
        assert collector_during == [False] and not gc.isenabled()
    finally:
        gc.enable()


def test_a_refused_document_still_starts_the_collector_again(tmp_path):
    from senrules_proposals import DocumentError, check_document

    empty = tmp_path / "empty.md"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(DocumentError):
        check_document(empty)
    assert gc.isenabled()
