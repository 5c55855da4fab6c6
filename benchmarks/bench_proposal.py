"""The proposal check on a 20-page document, beside the bare read of the
same file (issue 13: < 200 ms of processing), and the sentence splitter on a
long line (issue 14: linear, 10,000 against 40,000 characters).

A "page" is 3,000 characters (about 500 words); the 20-page document is the
Markdown documents of the development corpus (tests/data/proposals/dev/)
joined under one title until it reaches 60,000 characters, so it has the
headings, numbered paragraphs, lists and tables councils write.  The Word
document is the same text as Word paragraphs and tables.

    pytest benchmarks/bench_proposal.py --benchmark-only --benchmark-group-by=group --benchmark-timer=time.process_time

(CPU time, as the issue's figures are: the machine is shared.)  The whole
check is timed cold each round (no sentence cached from the round before),
with the ruleset loaded once, as ``senrules proposal check`` on a loaded
cache does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "proposals" / "dev"
PAGE = 3_000
PAGES = 20


def _twenty_pages() -> str:
    parts = ["# Specialist provision review: consolidated proposals\n"]
    size = 0
    k = 0
    sources = sorted(DEV.glob("*.md"))
    while size < PAGES * PAGE:
        text = sources[k % len(sources)].read_text(encoding="utf-8")
        text = "\n".join(("#" + line) if line.startswith("#") else line for line in text.splitlines())  # one level down
        parts.append(text)
        size += len(text)
        k += 1
    return "\n\n".join(parts) + "\n"


def _cold():
    """Each round checks the document cold: no sentence cached from the last."""
    import sys

    sys.modules["senrules_proposals.extract"].clear_caches()


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("proposal") / "twenty-pages.md"
    path.write_text(_twenty_pages(), encoding="utf-8")
    assert path.stat().st_size >= PAGES * PAGE
    return path


@pytest.fixture(scope="module")
def word_document(tmp_path_factory, document) -> Path:
    import docx

    d = docx.Document()
    for block in document.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("|"):
            rows = [[c.strip() for c in line.strip("|").split("|")] for line in lines if not set(line) <= set("|-: ")]
            table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif lines[0].startswith("#"):
            d.add_heading(lines[0].lstrip("# "), level=min(3, len(lines[0]) - len(lines[0].lstrip("#"))))
            for line in lines[1:]:
                d.add_paragraph(line)
        else:
            d.add_paragraph(" ".join(lines))
    path = tmp_path_factory.mktemp("proposal") / "twenty-pages.docx"
    d.save(path)
    return path


@pytest.fixture(scope="module")
def ruleset():
    import senrules

    return senrules.load_ruleset("sen-improvement-test-2007")


@pytest.mark.benchmark(group="proposal check, 20 pages (Markdown)")
def test_bare_read_of_the_file(benchmark, document):
    """Baseline: reading the file's bytes and decoding them, nothing else."""
    text = benchmark(lambda: document.read_bytes().decode("utf-8"))
    assert len(text) >= PAGES * PAGE


@pytest.mark.benchmark(group="proposal check, 20 pages (Markdown)")
def test_read_into_blocks(benchmark, document):
    from senrules_proposals import read_document

    doc = benchmark(read_document, document)
    assert len(doc.blocks) > 200


@pytest.mark.benchmark(group="proposal check, 20 pages (Markdown)")
def test_whole_check(benchmark, document, ruleset):
    """Read, extract, evaluate with the ruleset (loaded once) and render the report."""
    from senrules_proposals import check_document

    def run():
        report = check_document(document, ruleset=ruleset)
        return report, report.render_text()

    report, text = benchmark.pedantic(run, setup=_cold, rounds=7, iterations=1)
    assert len(report.factors) == 9 and text


@pytest.mark.benchmark(group="proposal check, 20 pages (Word)")
def test_bare_read_of_the_word_file(benchmark, word_document):
    data = benchmark(word_document.read_bytes)
    assert data.startswith(b"PK")


@pytest.mark.benchmark(group="proposal check, 20 pages (Word)")
def test_whole_check_of_the_word_file(benchmark, word_document, ruleset):
    from senrules_proposals import check_document

    report = benchmark.pedantic(lambda: check_document(word_document, ruleset=ruleset), setup=_cold, rounds=7, iterations=1)
    assert len(report.factors) == 9


@pytest.mark.benchmark(group="sentence splitter, one long line")
@pytest.mark.parametrize("chars", [10_000, 40_000], ids=lambda n: f"chars={n}")
def test_sentence_splitter_on_one_line(benchmark, chars):
    """Linear: 40,000 characters take about four times as long as 10,000."""
    from senrules_proposals.reader import _split

    line = ("See para. 4 of the plan. " * (chars // 25 + 1))[:chars]
    parts = benchmark(_split, line)
    assert len(parts) >= chars // 25 - 1


@pytest.mark.benchmark(group="sentence splitter, one long line")
@pytest.mark.parametrize("chars", [10_000, 40_000], ids=lambda n: f"chars={n}")
def test_whole_check_of_one_long_line(benchmark, tmp_path, ruleset, chars):
    from senrules_proposals import check_document

    path = tmp_path / "line.txt"
    path.write_text(("The school will close. See para. 4 of the plan and the places at Oak School. " * (chars // 77 + 1))[:chars])
    report = benchmark.pedantic(lambda: check_document(path, ruleset=ruleset), setup=_cold, rounds=7, iterations=1)
    assert len(report.factors) == 9
