"""The input shapes fuzzing found taking super-linear time in the proposal
check (tests/proposals/test_proposal_fuzz_regressions.py), each at doubling sizes
beside its baseline, ordinary proposal text of the same size, checked in the
same run.

    pytest benchmarks/bench_proposal_fuzz.py --benchmark-only --benchmark-group-by=group --benchmark-timer=time.process_time

Each group is one shape at 20,000, 40,000 and 80,000 characters, and the
ordinary text at the same sizes.  The last test checks the growth: linear
time takes about four times as long at 80,000 characters as at 20,000; the
reader before the fixes took about 16 times as long (quadratic) on most of
these shapes, and 500 times on the line of capitalised words (cubic).  It
fails when a shape's growth passes 8 (twice linear, to leave room for a
shared machine's noise), and records every ratio in ``extra_info``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "proposals" / "dev"
OPENING = "# Proposal\n\nThe Council proposes to close Oak School and move its pupils.\n\n"
SIZES = (20_000, 40_000, 80_000)


def _ordinary(chars: int) -> str:
    """Development-corpus Markdown proposals joined, cut at ``chars``."""
    parts, size = [], 0
    for path in sorted(DEV.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        size += len(text)
        if size > chars:
            break
    return "\n\n".join(parts)[:chars]


def _repeat(piece: str, chars: int, head: str = "# T\n\n", tail: str = "\n") -> str:
    return head + piece * (chars // len(piece)) + tail


#: Each shape: (file suffix, the text at a size).
SHAPES = {
    "ordinary proposal text (baseline)": (".md", _ordinary),
    "capitalised words, no kind word": (".md", lambda n: _repeat("Oak Ash ", n, "Pupils go to ")),
    "unclosed emphasis": (".md", lambda n: _repeat("*a ", n)),
    "unclosed links": (".md", lambda n: _repeat("[a ", n)),
    "unclosed images": (".md", lambda n: _repeat("![a ", n)),
    "unclosed struck text": (".md", lambda n: _repeat("<s>a ", n)),
    "unclosed insertions": (".md", lambda n: _repeat("**[Inserted: ", n)),
    "abbreviations in one sentence": (".md", lambda n: _repeat("Westgate Tuition Centre (WTC) has confirmed in writing that it "
                                                               "will admit the 273 pupils", n, "", ".\n")),
    "moves in one sentence": (".md", lambda n: _repeat("Transport will follow the LA's home to school transport policy; a minibus "
                                                       "with a passenger assistant will run.Pupils will transfer to Oak School "
                                                       "from Spring 2026.", n, "")),
    "appositions in one sentence": (".txt", lambda n: _repeat("Brook House School, the county's pupil referral unit, known as "
                                                              "the Harbour, will close.the Hub\n", n, "")),
    "a long run of spaces": (".txt", lambda n: "Pupils from 12 to 20 places" + " " * n + "from 12 to 20 places school.\n"),
    "one long paragraph": (".txt", lambda n: "".join(f"Line {i} has a point.\n" for i in range(n // 22))),
    "figures in one paragraph": (".md", lambda n: " ".join(f"The school will increase from {i} to {i + 5} places."
                                                           for i in range(n // 50)) + "\n"),
}

_medians: dict[tuple[str, int], float] = {}


@pytest.fixture(scope="module")
def ruleset():
    import senrules

    return senrules.load_ruleset("sen-improvement-test-2007")


def _cold():
    import sys

    sys.modules["senrules_proposals.extract"].clear_caches()


@pytest.mark.parametrize("chars", SIZES, ids=lambda n: f"chars={n}")
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_whole_check_of_a_shape(benchmark, tmp_path, ruleset, shape, chars):
    from senrules_proposals import check_document

    suffix, make = SHAPES[shape]
    path = tmp_path / f"p{suffix}"
    path.write_text(OPENING + make(chars), encoding="utf-8")
    benchmark.group = f"proposal check, fuzz shape: {shape}"
    report = benchmark.pedantic(lambda: check_document(path, ruleset=ruleset), setup=_cold, rounds=3, iterations=1)
    assert len(report.factors) == 9
    _medians[shape, chars] = benchmark.stats.stats.median
    base = _medians.get(("ordinary proposal text (baseline)", chars))
    if base:
        benchmark.extra_info["ratio_to_ordinary_text_of_this_size"] = round(benchmark.stats.stats.median / base, 2)


@pytest.mark.agreement  # (runs under --benchmark-only too, after the timed tests)
def test_every_shape_grows_linearly():
    """80,000 characters against 20,000: about 4 when linear, 16 when quadratic."""
    small, large = SIZES[0], SIZES[-1]
    growth = {shape: _medians[shape, large] / _medians[shape, small] for shape in SHAPES
              if (shape, small) in _medians and (shape, large) in _medians}
    if len(growth) < len(SHAPES):
        pytest.skip("run with the timed tests above (--benchmark-only keeps them; --benchmark-disable does not time)")
    print({shape: round(g, 1) for shape, g in growth.items()})
    assert {shape: round(g, 1) for shape, g in growth.items() if g > 8} == {}
