"""Every key factor's verdict on every example proposal, in every format, and
the overall finding.  The examples are realistic documents written as
proposers write them: different headings, orders and wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document as check_proposal
from senrules_proposals.report import label

FACTORS = ("a", "b", "c", "d", "i", "ii", "iii", "iv", "para23")
M, U, N, NA = "met", "unclear", "not_met", "not_applicable"

# file -> (a, b, c, d, i, ii, iii, iv, para23), credible
EXPECTED = {
    "01-fernside-meets-the-test.md": ((M, M, M, M, M, M, M, M, NA), True),
    "02-northmoor-vague-benefits.md": ((U, U, U, U, M, M, M, M, NA), False),
    "03-eastvale-hoped-for-places.md": ((M, M, M, M, M, N, M, M, NA), False),
    "04-riverside-semh-closure-into-pru.md": ((M, M, M, M, M, M, M, M, N), False),
    "05-kelby-no-transport.txt": ((M, M, M, M, M, M, N, M, NA), False),
    "06-southholm-missing-funding-and-staffing.md": ((M, M, M, M, M, NA, M, N, NA), False),
    "07-barrowdale-no-providers-statement.txt": ((M, M, M, M, U, M, M, M, NA), False),
    "08-fernside-variant-plain.txt": ((M, M, M, M, M, M, M, M, NA), True),
    "09-fernside-variant-word.docx": ((M, M, M, M, M, M, M, M, NA), True),
    "10-oakhurst-semh-closure-done-right.md": ((M, M, M, M, M, M, M, M, M), True),
}


@pytest.fixture(scope="module")
def reports(examples):
    return {name: check_proposal(examples[name]) for name in EXPECTED}


def test_every_example_is_checked(examples):
    assert set(EXPECTED) == set(examples), "an example proposal without expected verdicts, or the reverse"


@pytest.mark.parametrize("name", list(EXPECTED))
@pytest.mark.parametrize("factor", FACTORS)
def test_factor_verdict(reports, name, factor):
    expected = dict(zip(FACTORS, EXPECTED[name][0]))[factor]
    got = reports[name].factor(factor)
    assert got.verdict == expected, f"{name} ({factor}): {got.why}\n" + "\n".join(
        f"  {q.where}: {q.text} [{q.role} {q.fact} {q.cue}]" for q in got.evidence
    )


@pytest.mark.parametrize("name", list(EXPECTED))
def test_overall_finding(reports, name):
    report = reports[name]
    assert report.credible is EXPECTED[name][1]
    assert report.overall == ("credible" if EXPECTED[name][1] else "not_credible")
    if report.credible:
        assert "could be satisfied" in report.finding
    else:
        assert "could not be satisfied" in report.finding and "para 21" in report.finding and "para 24" in report.finding
        for f in report.factors:
            if not f.ok:
                assert f"{label(f.id)} {f.title[:1].lower()}{f.title[1:]}" in report.finding


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_decided_factor_quotes_the_document(reports, name):
    """A met factor quotes a sentence that shows it; a failing one says what to add or change."""
    for f in reports[name].factors:
        if f.verdict == "met":
            assert any(q.role in ("supports", "against") for q in f.evidence), f"{name} {f.id}: met without a quote"
            for q in f.evidence:
                assert q.number >= 1 and q.text
        if f.verdict in ("unclear", "not_met"):
            assert f.advice, f"{name} {f.id}: {f.verdict} without advice"
        if f.verdict == "not_applicable":
            assert f.id in ("ii", "para23")


def test_the_word_variant_cites_paragraphs_and_the_text_ones_lines(reports):
    word = reports["09-fernside-variant-word.docx"]
    text = reports["08-fernside-variant-plain.txt"]
    assert word.unit == "paragraph" and all(q.unit == "paragraph" for f in word.factors for q in f.evidence)
    assert text.unit == "line" and all(q.unit == "line" for f in text.factors for q in f.evidence)


def test_the_hoped_for_places_are_quoted_with_their_line(reports, examples):
    ii = reports["03-eastvale-hoped-for-places.md"].factor("ii")
    lines = examples["03-eastvale-hoped-for-places.md"].read_text(encoding="utf-8").splitlines()
    hoped = [q for q in ii.evidence if q.fact == "alternative_provision_hoped"]
    assert hoped and hoped[0].text.startswith("We hope to find places")
    assert hoped[0].text in lines[hoped[0].number - 1]
    assert ii.verdict == "not_met" and any("hope" in a for a in ii.advice)


def test_the_pru_placement_is_quoted_and_explained(reports):
    p23 = reports["04-riverside-semh-closure-into-pru.md"].factor("para23")
    assert any("Pupil Referral Unit" in q.text and q.role == "against" for q in p23.evidence)
    assert any("rest of their secondary education" in q.text for q in p23.evidence)
    assert "long-term" in p23.advice[0]


def test_a_short_bridging_pru_placement_is_read_in_weeks(reports):
    r = reports["10-oakhurst-semh-closure-done-right.md"]
    assert r.factor("para23").facts["besd_pru_weeks"] == 6
    assert r.factor("para23").facts["besd_pru_time_limited"] is True


def test_a_stricter_reading_of_long_term_changes_para23(examples):
    r = check_proposal(examples["10-oakhurst-semh-closure-done-right.md"], parameters={"long_term_pru_weeks": 4})
    assert r.factor("para23").verdict == "not_met"
    assert r.parameters["long_term_pru_weeks"] == 4
    assert "4 weeks" in " ".join(r.factor("para23").advice)
