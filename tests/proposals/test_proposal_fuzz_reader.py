"""Fuzzing the proposal reader (hypothesis): whatever a document holds, it
is checked (a verdict for every key factor) or refused with one line naming
the file; nothing else reaches the person, and no document hangs.

The strategies build documents from the reader's own vocabulary: dates, week
counts, "from N to M places", tables in Markdown and plain text, nested lists,
brackets and quotes left open, long lines without a full stop, tracked-change
marks, Unicode dashes, quotes, non-breaking and zero-width spaces, very long
names; the development corpus's documents with lines deleted, repeated,
shuffled or cut short; and Word documents built with those texts and then
damaged (nested tables, content controls in tables, attributes outside the
schema, parts missing, a zip bomb).

In the suite each property runs a fixed number of examples drawn the same
way every run (``derandomize``, no example database), about 20 seconds in
all.  A longer run of the same strategies, with the time each input takes::

    python tests/proposals/test_proposal_fuzz_reader.py --seconds 300
    python tests/proposals/test_proposal_fuzz_reader.py --seconds 300 --scaling   # time growing faster than size

(see docs/fuzzing.md; what it found is kept in test_proposal_fuzz_regressions.py).
"""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "proposals" / "dev"
FACTORS = {"a", "b", "c", "d", "i", "ii", "iii", "iv", "para23"}

#: Examples per property in the suite (the environment variable asks for more, locally).
EXAMPLES = int(os.environ.get("SENRULES_FUZZ_EXAMPLES", "25"))
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])

# ------------------------------------------------------------------ the reader's vocabulary

OPENINGS = [
    "The Council proposes to close Oak School and move its pupils.",
    "We propose to enlarge Brook House School from 60 to 90 places from September 2027.",
    "It is proposed to discontinue the Beacon Centre, the county's pupil referral unit (PRU).",
]
NAMES = ["Oak School", "Brook House School", "the Beacon Centre", "Willowbrook Primary School", "Harbour PRU",
         "Westgate Tuition Centre (WTC)", "St Mary's Church of England Academy", "the Hub", "Coppice Lane Special School"]
DATES = ["1 September 2025", "September 2027", "20 July 2026", "autumn term 2025", "2025/26", "31/08/2026",
         "29 February 2028", "Spring 2026", "the end of the summer term", "1st Sept. 2025"]
WEEKS = ["six weeks", "6 weeks", "one term", "two terms", "no more than 12 school weeks", "38 weeks", "a half-term",
         "until a place becomes available", "up to 1 year", "thirteen weeks"]
PHRASES = [
    "Pupils will transfer to {name} from {date}.",
    "{name} will increase from {n} to {m} places.",
    "Places will rise from {n} to {m} in total.",
    "Pupils with BESD will attend {name} for {weeks} from {date}.",
    "{name} has confirmed in writing that it will admit the {n} pupils.",
    "We hope to find places at {name}.",
    "Transport will follow the LA's home to school transport policy; a minibus with a passenger assistant will run.",
    "Funding of £{n},000 and {m} FTE teaching assistants are set out in Annex B.",
    "The accessibility strategy will be improved by level access and a hydrotherapy pool.",
    "All providers were invited to set out their views in writing by {date}.",
    "Options considered: (A) close {name}; (B) federate with {name}. Option B was rejected.",
    "Key facts: places now: {n}; places from {date}: {m}.",
    "**[Inserted: {n} to {m}]** ~~{m}~~ <del>old text</del> <ins>new text</ins>",
    "{name}, the county's pupil referral unit, known as the Harbour, will close.",
    "No pupil will have to change school.",
]
NASTY = [
    "(", ")", "[", "]", "((((", "))))", "\"", "“", "”", "‘", "’", "'", "*", "**", "_", "__", "~~", "<s>", "</s>", "<del>",
    "`", "|", "\t", "   ", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u2013", "\u2014", "\u2011", "\u2212", "£", "%", "½",
    "İ", "K", "ſ", "ﬁ", "\u202e", "e.g.", "para.", "No.", "St.", "-", "writ-", "1.", "(a)", "•", "▪", ":", ";", "...",
]


@st.composite
def phrases(draw) -> str:
    template = draw(st.sampled_from(PHRASES))
    return template.format(name=draw(st.sampled_from(NAMES)), date=draw(st.sampled_from(DATES)),
                           weeks=draw(st.sampled_from(WEEKS)), n=draw(st.integers(0, 400)), m=draw(st.integers(0, 400)))


@st.composite
def long_lines(draw) -> str:
    """A line a person would not write but a converted file may hold: one
    piece (a word, a mark, a name) repeated hundreds of times, no full stop."""
    piece = draw(st.one_of(st.sampled_from(NASTY), st.sampled_from(NAMES), st.sampled_from(["Oak Ash ", "from 1 to ", "places "]),
                           phrases().map(lambda p: p.rstrip(".") + " ")))
    return piece * draw(st.integers(50, 2_000) if len(piece) < 20 else st.integers(10, 200))


@st.composite
def markdown_tables(draw) -> str:
    cols = draw(st.integers(1, 6))
    cell = st.one_of(st.sampled_from(NAMES), st.integers(0, 400).map(str), st.sampled_from(DATES + WEEKS + NASTY + ["", "Total"]))
    header = draw(st.sampled_from(["| School | Places now | Places from September 2027 |",
                                   "| Pupils | Destination | How long | Confirmed in writing |"]))
    rows = [header, "|" + "---|" * cols]
    for _ in range(draw(st.integers(0, 12))):
        rows.append("| " + " | ".join(draw(cell) for _ in range(draw(st.integers(0, cols + 2)))) + " |")
    return "\n".join(rows)


@st.composite
def text_tables(draw) -> str:
    gap = draw(st.sampled_from(["\t", "   ", "      ", " \t "]))
    cell = st.one_of(st.sampled_from(NAMES), st.integers(0, 400).map(str), st.sampled_from(DATES + WEEKS + ["Total", "-"]))
    cols = draw(st.integers(2, 5))
    return "\n".join(gap.join(draw(cell) for _ in range(cols)) for _ in range(draw(st.integers(2, 10))))


@st.composite
def lists(draw) -> str:
    marks = st.sampled_from(["-", "*", "+", "1.", "2)", "(a)", "(iv)", "•", "a)"])
    return "\n".join("  " * draw(st.integers(0, 12)) + draw(marks) + " " + draw(phrases()) for _ in range(draw(st.integers(1, 12))))


HEADINGS = ["# Proposal", "## Key factor (a): access", "### 4.2 Transport", "Views of providers", "APPENDIX 3: RESPONSES",
            "Options considered", "**Transport.**", "Summary\n=======", "Places\n------", "<!-- comment", "-->", "```", "> quote"]


@st.composite
def proposal_texts(draw) -> str:
    """A proposal-like document: an opening that makes it a proposal, then
    paragraphs, headings, lists, tables, long lines and stray marks."""
    part = st.one_of(phrases(), phrases(), st.sampled_from(HEADINGS), st.sampled_from(NASTY), markdown_tables(), text_tables(),
                     lists(), long_lines(), st.text(max_size=40))
    parts = [draw(st.sampled_from(OPENINGS))] + draw(st.lists(part, max_size=30))
    seps = st.sampled_from(["\n\n", "\n", " ", "\r\n", "\n\n\n", "-\n"])
    return "".join(p + draw(seps) for p in parts)


# ------------------------------------------------------------------ the corpus, damaged

CORPUS = sorted(DEV.glob("*.md")) + sorted(DEV.glob("*.txt"))


@st.composite
def corpus_mutations(draw) -> tuple[str, str]:
    """(suffix, text): a development-corpus document with lines deleted,
    repeated, swapped, joined or cut short, or cut off part way."""
    path = draw(st.sampled_from(CORPUS))
    lines = path.read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        k = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["delete", "repeat", "swap", "join", "cut", "nasty"]))
        if edit == "delete":
            del lines[k]
        elif edit == "repeat":
            lines[k:k] = [lines[k]] * draw(st.integers(1, 200))
        elif edit == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif edit == "join":
            lines[k:k + 2] = [" ".join(lines[k:k + 2])]
        elif edit == "cut":
            lines[k] = lines[k][: draw(st.integers(0, len(lines[k])))]
        else:
            at = draw(st.integers(0, len(lines[k])))
            lines[k] = lines[k][:at] + draw(st.sampled_from(NASTY)) + lines[k][at:]
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return path.suffix, text


# ------------------------------------------------------------------ Word documents, built and damaged

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _xml_escape(text: str) -> str:
    text = "".join(c for c in text if c in "\t\n\r" or (" " <= c and c not in "\ufffe\uffff" and not "\ud800" <= c <= "\udfff"))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p(text: str, run_props: str = "", style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r>{run_props}<w:t xml:space="preserve">{_xml_escape(text)}</w:t></w:r></w:p>'


@st.composite
def word_bodies(draw, depth: int = 0) -> str:
    """The body of a Word document: paragraphs (headings, bold lead-ins,
    runs with odd attributes), tables nested in tables, content controls
    around paragraphs, rows and cells."""
    out = []
    for _ in range(draw(st.integers(1, 8 if depth == 0 else 3))):
        kind = draw(st.sampled_from(["p", "p", "heading", "bold", "odd", "table", "sdt", "custom"]))
        text = draw(st.one_of(phrases(), st.sampled_from(NASTY + NAMES), long_lines()))
        if kind == "p":
            out.append(_p(text))
        elif kind == "heading":
            out.append(_p(text, style=draw(st.sampled_from(["Heading1", "Heading9", "Title", "heading 0", "ListParagraph", "Nope"]))))
        elif kind == "bold":
            out.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{_xml_escape(text[:40])}.</w:t></w:r>'
                       f'<w:r><w:t xml:space="preserve"> {_xml_escape(draw(phrases()))}</w:t></w:r></w:p>')
        elif kind == "odd":
            attr = draw(st.sampled_from(['<w:b w:val="maybe"/>', '<w:b w:val=""/>', '<w:b w:val="off"/>', '<w:i w:val="2"/>',
                                         '<w:sz w:val="big"/>', '<w:u w:val="wavyish"/>']))
            extra = draw(st.sampled_from(['<w:br w:type="bogus"/>', '<w:tab w:val="x"/>', '<w:ptab w:alignment="x"/>',
                                          '<w:noBreakHyphen/>', '<w:cr/>', '<w:sym w:char="zz"/>', '']))
            out.append(f'<w:p><w:r><w:rPr>{attr}</w:rPr><w:t>{_xml_escape(text)}</w:t>{extra}</w:r></w:p>')
        elif kind == "table" and depth < 20:
            rows = []
            for _ in range(draw(st.integers(1, 4))):
                cells = []
                for _ in range(draw(st.integers(1, 4))):
                    inner = draw(word_bodies(depth + 1)) if draw(st.integers(0, 3)) == 0 else _p(draw(st.sampled_from(NAMES + ["12", "Total"])))
                    cell = f"<w:tc>{inner}</w:tc>"
                    if draw(st.integers(0, 4)) == 0:
                        cell = f"<w:sdt><w:sdtContent>{cell}</w:sdtContent></w:sdt>"
                    cells.append(cell)
                row = "<w:tr>" + "".join(cells) + "</w:tr>"
                if draw(st.integers(0, 5)) == 0:
                    row = f"<w:sdt><w:sdtContent>{row}</w:sdtContent></w:sdt>"
                rows.append(row)
            out.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        elif kind == "sdt":
            n = draw(st.integers(1, 40))
            out.append("<w:sdt><w:sdtContent>" * n + _p(text) + "</w:sdtContent></w:sdt>" * n)
        else:
            out.append("<w:customXml>" + _p(text) + "</w:customXml>")
    return "".join(out)


def _template() -> dict[str, bytes]:
    import docx

    d = docx.Document()
    d.add_paragraph("x")
    made = io.BytesIO()
    d.save(made)
    with zipfile.ZipFile(made) as z:
        return {name: z.read(name) for name in z.namelist()}


_TEMPLATE: dict[str, bytes] = {}


@st.composite
def word_documents(draw) -> bytes:
    """A .docx: a proposal's opening and a drawn body, then perhaps damaged:
    a part left out or replaced with junk, the document part cut short, a
    member that unpacks to far more than it is (a zip bomb)."""
    if not _TEMPLATE:
        _TEMPLATE.update(_template())
    parts = dict(_TEMPLATE)
    body = _p(draw(st.sampled_from(OPENINGS))) + draw(word_bodies())
    parts["word/document.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_W_NS}><w:body>'
                                  f'{body}</w:body></w:document>').encode("utf-8")
    damage = draw(st.sampled_from(["none", "none", "none", "drop", "junk", "cut", "bomb", "many"]))
    name = draw(st.sampled_from(sorted(parts)))
    if damage == "drop":
        del parts[name]
    elif damage == "junk":
        parts[name] = draw(st.sampled_from([b"", b"<x", b"junk", b"\x00" * 10, b'<?xml version="1.0"?><x/>']))
    elif damage == "cut":
        parts["word/document.xml"] = parts["word/document.xml"][: draw(st.integers(0, len(parts["word/document.xml"])))]
    elif damage == "bomb":
        parts["word/media/image1.png"] = b"\0" * 5_000_000
    elif damage == "many":
        for k in range(draw(st.integers(10, 2_100))):
            parts[f"customXml/item{k}.xml"] = b"<x/>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in parts.items():
            z.writestr(member, data)
    return out.getvalue()


# ------------------------------------------------------------------ the property


def checked_or_refused(data: bytes | str, suffix: str) -> None:
    """The library entry point on ``data``: a report with a verdict for
    every key factor, or a DocumentError of one line naming the file."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="senrules-fuzz-") as folder:
        _checked_or_refused(Path(folder) / f"proposal{suffix}", data)


def _checked_or_refused(path: Path, data: bytes | str) -> None:
    from senrules_proposals import DocumentError, check_document

    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    try:
        report = check_document(path)
    except DocumentError as err:
        assert "\n" not in err.message and err.message.startswith(f"{path}: "), err.message
        return
    assert set(report.verdicts()) == FACTORS
    assert report.overall in ("credible", "not_credible")
    report.render_text()
    report.render_markdown()
    report.to_json()


@BOUNDED
@given(proposal_texts(), st.sampled_from([".md", ".txt"]))
def test_a_proposal_like_text_is_checked_or_refused_in_one_line(text, suffix):
    checked_or_refused(text, suffix)


@BOUNDED
@given(corpus_mutations())
def test_a_damaged_corpus_document_is_checked_or_refused_in_one_line(mutation):
    suffix, text = mutation
    checked_or_refused(text, suffix)


@BOUNDED
@given(word_documents())
def test_a_built_or_damaged_word_document_is_checked_or_refused_in_one_line(data):
    checked_or_refused(data, ".docx")


# ------------------------------------------------------------------ a longer run, timed


def campaign(seconds: float, seed: int) -> int:
    """Draw inputs from the three strategies for ``seconds``, check each,
    and report any that fails the property or takes more than a second per
    10,000 characters (the reader's usual pace is about 100 times that)."""
    import time
    import traceback

    from hypothesis import Phase, Verbosity

    strategies = {"text": st.tuples(proposal_texts(), st.sampled_from([".md", ".txt"])),
                  "corpus": corpus_mutations().map(lambda m: (m[1], m[0])),
                  "word": word_documents().map(lambda d: (d, ".docx"))}
    rng = random.Random(seed)
    start, counts, findings = time.monotonic(), dict.fromkeys(strategies, 0), 0
    while time.monotonic() - start < seconds:
        kind = rng.choice(sorted(strategies))
        batch: list = []

        @given(strategies[kind])
        @settings(max_examples=50, deadline=None, database=None, verbosity=Verbosity.quiet, phases=(Phase.generate,),
                  suppress_health_check=list(HealthCheck))
        def draw(value):
            batch.append(value)

        draw()
        for data, suffix in batch:
            t = time.process_time()
            try:
                checked_or_refused(data, suffix)
                problem = None
            except Exception:  # noqa: BLE001 - every failure is a finding, written out below
                problem = traceback.format_exc(limit=4)
            took = time.process_time() - t
            counts[kind] += 1
            size = len(data)
            if problem or took > 1.0 + size / 10_000:
                findings += 1
                found = ROOT / "fuzz" / "findings" / f"proposal-{kind}-{findings}{suffix}"
                found.parent.mkdir(parents=True, exist_ok=True)
                (found.write_bytes(data) if isinstance(data, bytes) else found.write_text(data, encoding="utf-8"))
                print(f"FINDING {found.name}: {size:,} characters, {took:.1f} s{':' if problem else ''}\n{problem or ''}", flush=True)
            if time.monotonic() - start >= seconds:
                break
    print(f"{sum(counts.values())} inputs in {time.monotonic() - start:.0f} s ({counts}); {findings} findings")
    return 1 if findings else 0


@st.composite
def repeated_pieces(draw) -> tuple[str, str, str]:
    """(piece, separator, suffix) for :func:`scaling`: one to three pieces of
    the vocabulary, to be repeated."""
    one = st.one_of(st.sampled_from(NASTY + NAMES + DATES + WEEKS + HEADINGS), phrases(), st.text(max_size=6))
    piece = "".join(draw(st.lists(one, min_size=1, max_size=3)))
    return piece, draw(st.sampled_from([" ", "", "\n", "\n\n", ". ", ", "])), draw(st.sampled_from([".md", ".txt"]))


def scaling(seconds: float, small: int = 20_000) -> int:
    """Super-linear time: a document of one drawn piece repeated to
    ``small`` characters and to four times that; a finding when the larger
    takes more than eight times as long (and over half a second)."""
    import time

    from hypothesis import Phase, Verbosity

    start, probes, findings = time.monotonic(), 0, 0
    while time.monotonic() - start < seconds:
        batch: list = []

        @given(repeated_pieces())
        @settings(max_examples=50, deadline=None, database=None, verbosity=Verbosity.quiet, phases=(Phase.generate,),
                  suppress_health_check=list(HealthCheck))
        def draw(value):
            batch.append(value)

        draw()
        for piece, sep, suffix in batch:
            unit = piece + sep
            if not unit.strip():
                continue
            times = []
            for size in (small, 4 * small):
                text = OPENINGS[0] + "\n\n" + unit * (size // len(unit))
                t = time.process_time()
                try:
                    checked_or_refused(text, suffix)
                except Exception as err:  # noqa: BLE001 - a failure is a finding too
                    print(f"FINDING {unit!r} x{size // len(unit)} {suffix}: {type(err).__name__}: {err}", flush=True)
                    findings += 1
                times.append(time.process_time() - t)
            probes += 1
            if times[1] > 0.5 and times[1] > 8 * max(times[0], 0.01):
                findings += 1
                print(f"FINDING super-linear {unit!r} {suffix}: {times[0]:.2f} s at {small:,}, {times[1]:.2f} s at {4 * small:,}", flush=True)
            if time.monotonic() - start >= seconds:
                break
    print(f"{probes} shapes in {time.monotonic() - start:.0f} s; {findings} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scaling", action="store_true", help="look for input shapes whose time grows faster than their size")
    options = parser.parse_args()
    sys.exit(scaling(options.seconds) if options.scaling else campaign(options.seconds, options.seed))
