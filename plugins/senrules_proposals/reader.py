"""Read a proposal or consultation document: Markdown, plain text or Word.

The result is a :class:`Document`: a list of :class:`Block` (headings,
paragraphs, list items and table rows, in reading order), each with where it
is in the file (a line number for text, a paragraph number for Word) and the
headings it sits under.  :func:`sentences` splits the blocks into
:class:`Sentence` values, each with the line or paragraph it starts on.

Markdown is parsed with markdown-it-py (CommonMark and tables, block
structure with line numbers); Word with python-docx, content controls and
table header rows included; plain text by the shape of its lines.  No
template is assumed: headings are recognised from Markdown marks, Word
heading styles and the shape of plain-text headings (a short line of its
own, without a full stop), but nothing depends on what they say.  A
question-and-answer table ("Issue raised | Response") gives its answers as
paragraphs under their question (:func:`answers_as_prose`).

:func:`read_bounded` is the one place a document is read from disk: only a
regular file, at most ``MAX_BYTES``.  A file that cannot be read (missing, a
folder, a device or pipe, too large, binary, a damaged or oversized
``.docx``, a format other than the three) raises :class:`DocumentError` with
a one-line message.
"""

from __future__ import annotations

import bisect
import functools
import re
import zipfile
from pathlib import Path

import attrs

from senrules.errors import InputError
from senrules_proposals.prefilter import prefiltered

MAX_BYTES = 20_000_000


class DocumentError(InputError):
    """The document cannot be read, or is not a proposal; the message is one
    line for the user.  An :class:`senrules.errors.InputError`, so the
    command line and the API report it like any other bad input."""

    def __init__(self, message: str):
        super().__init__(message)


@attrs.frozen
class Block:
    kind: str  # "heading", "paragraph", "item", "row"
    text: str
    number: int  # line (text formats) or paragraph (docx) where the block starts
    lines: tuple[int, ...] = ()  # for text: the line each character offset range starts on, see offsets
    offsets: tuple[int, ...] = ()  # character offsets in ``text`` where each source line starts
    headings: tuple[str, ...] = ()  # the headings above the block, outermost first
    level: int = 0  # heading level (1 = top)
    index: int = 0  # position of the block in the document
    # a table row: its cells, and the cells of its table's first (header) row; also an answer cell of a
    # question-and-answer table, read as a paragraph (see answers_as_prose)
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    # a Word table whose header cells span several columns ("From September 2027" over "KS1 | KS2 | Total"): the
    # second header row's cells, one for each column (the header's spanned cells repeat over their columns)
    subheader: tuple[str, ...] = ()


@attrs.frozen
class Document:
    path: str
    format: str  # "markdown", "text", "docx"
    unit: str  # "line" or "paragraph"
    blocks: tuple[Block, ...]

    @property
    def name(self) -> str:
        return Path(self.path).name


@attrs.frozen
class Sentence:
    text: str
    number: int  # line or paragraph number
    unit: str  # "line" or "paragraph"
    block: int  # index of the block
    kind: str  # the block's kind
    headings: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.unit} {self.number}"


# ------------------------------------------------------------------ reading


def read_bounded(path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Anything else is refused with a :class:`DocumentError` before it is
    opened or read in full: a folder, a device such as ``/dev/zero``, a named
    pipe (which would block forever), a socket, a file that is too large (or
    grows past the limit while it is read).  This is the one place the plugin
    reads a document from disk, so that it can give way to the project's
    shared bounded reader (``senrules.inputs``) when that lands.
    """
    import os
    import stat

    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except OSError as err:
        raise DocumentError(f"{path}: cannot be read ({err.strerror or err})") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{path}: is a folder, not a document")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(f"{path}: is not a regular file (a device, pipe or socket); give the path of a saved document")
    if st.st_size > limit:
        raise DocumentError(f"{path}: too large to be a proposal document ({st.st_size:,} bytes; the limit is {limit:,})")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        raise DocumentError(f"{path}: cannot be read ({err.strerror or err})") from None
    if len(data) > limit:
        raise DocumentError(f"{path}: too large to be a proposal document (more than {limit:,} bytes)")
    return data


def read_document(path) -> Document:
    """Read a Markdown, plain-text or ``.docx`` file into blocks."""
    p = Path(path)
    data = read_bounded(p)
    suffix = p.suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return _read_docx(p, data)
    if suffix in (".doc", ".pdf", ".odt", ".rtf", ".pages", ".xls", ".xlsx"):
        raise DocumentError(
            f"{path}: {suffix[1:]} files cannot be read; save the document as Word (.docx), Markdown or plain text"
        )
    text = tick_boxes(_decode(p, data))
    if suffix in (".md", ".markdown", ".mdown"):
        return Document(str(path), "markdown", "line", tuple(answers_as_prose(list(_markdown_blocks(text)))))
    return Document(str(path), "text", "line", tuple(answers_as_prose(list(_text_blocks(text)))))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_MARKS = re.compile(r"[*_`<\[!~]")


def _decode(p: Path, data: bytes) -> str:
    if data.startswith(b"%PDF"):
        raise DocumentError(f"{p}: is a PDF; save the document as Word (.docx), Markdown or plain text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError(f"{p}: not a readable text file (damaged UTF-16)") from None
    if b"\x00" in data[:65536]:
        raise DocumentError(f"{p}: is a binary file, not a Markdown, text or Word document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = len(_CONTROL.findall(text, 0, 65536))
    if controls > max(8, len(text[:65536]) // 50) or text.count("\ufffd") > max(8, len(text) // 50):
        raise DocumentError(f"{p}: is a binary file, not a Markdown, text or Word document")
    return text


# ------------------------------------------------------------------ forms: tick boxes and table rows

# A form's tick box: ticked ("☒", "☑", "[x]") or not ("☐", "□", "[ ]"); not a Markdown link's text ("[x](...)").
_BOX = re.compile(r"[☒☑☐□]|\[[ xX✓✔]\](?!\()")
# The answer a box stands before when it is a word ("☒ Yes ☐ No   Details: ..."), not a phrase ("[ ] No change").
_ANSWER_WORD = re.compile(r"\s*(?:yes|no|n/a|not\s+applicable|don['’]t\s+know|unsure)\b(?!\s+[a-z])", re.I)
# ... or before its box: "Yes ☐  No ☒"
_ANSWER_BEFORE_BOX = re.compile(r"\b(?P<answer>yes|no|n/a)[ \t]*(?P<box>[☒☑☐□]|\[[ xX✓✔]\](?!\())", re.I)
# Where an option's words end, when no box follows them: a run of spaces, a tab, a cell's edge, the end of a clause.
_OPTION_END = re.compile(r"\s{2,}|\t|\||[.;](?=\s|$)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])?\s*$")


def _ticked(line: str) -> str:
    """A line of a form read as its ticks say: each run of tick boxes gives
    the options ticked ("Will any pupil be displaced?   ☐ Yes ☒ No   New
    provision" reads "Will any pupil be displaced? No. New provision";
    "Type:  [x] New provision  [ ] Enlargement" reads "Type: New
    provision"); an option not ticked says nothing, so a run with none ticked
    (a blank form's "[ ] Yes [ ] No") gives no words, and a line of only
    unticked options none at all.  Answers written before their boxes
    ("Yes ☐  No ☒") are read the same way."""
    boxes = list(_BOX.finditer(line))
    if not boxes:
        return line
    if _ANSWER_BEFORE_BOX.search(line, 0, boxes[0].end()) and not _ANSWER_WORD.match(line, boxes[-1].end()):
        line = _ANSWER_BEFORE_BOX.sub(lambda m: f"{m.group('box')} {m.group('answer')}", line)
        boxes = list(_BOX.finditer(line))
    pieces, at = [], 0
    ticked: list[str] | None = None  # the options ticked in the run of boxes being read
    for k, box in enumerate(boxes):
        end = boxes[k + 1].start() if k + 1 < len(boxes) else len(line)
        word = _ANSWER_WORD.match(line, box.end(), end)
        m = None if word else _OPTION_END.search(line, box.end(), end)
        cut = word.end() if word else (m.start() if m else end)
        if ticked is None:  # a run starts: the words before it as they are
            pieces.append(line[at:box.start()])
            ticked = []
        if box.group(0) in "☒☑" or box.group(0)[1:2] in ("x", "X", "✓", "✔"):
            ticked.append(line[box.end():cut].strip())
        rest = line[cut:end].strip()
        if rest or k + 1 == len(boxes):  # the run ends: what was ticked, then the rest of the line
            said = "; ".join(t for t in ticked if t)
            if said and rest[:1] not in (".", ";", ":", ",", ")", "|") and not said.endswith((".", "?", "!")):
                said += "."  # (an answer ends its sentence: "No. New provision ...", not "No New provision ...")
            pieces += [said, rest]
            ticked = None
        at = end
    text = _joined(pieces)
    return "" if _LIST_MARK.match(text) else text


def _joined(pieces: list[str]) -> str:
    """The pieces of a line with one space between them (none before a stop
    or comma, nor after the line's indent, which the first keeps)."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        piece = piece.rstrip() if k == 0 else piece.strip()
        if not piece:
            continue
        if out and out[-1].strip() and piece[0] not in ".;:,)":
            out.append(" ")
        out.append(piece)
    return "".join(out)


def tick_boxes(text: str) -> str:
    """``text`` with every line that holds tick boxes read as its ticks say
    (:func:`_ticked`); other lines as they are."""
    if not _BOX.search(text):
        return text
    return "\n".join(_ticked(line) if _BOX.search(line) else line for line in text.split("\n"))


# The header of a table of actions ("Action | Lead | By when | RAG | Notes"): its first column names the action, and
# columns that say who leads it, by when and how it stands, which the row's reading leaves out.
_ACTION_COLUMN = re.compile(r"^\W*(?:\d+\.?\s+)?(?:actions?|tasks?|activit(?:y|ies)|milestones?|deliverables?|steps?)\b", re.I)
_ADMIN_COLUMN = re.compile(
    r"^\W*(?:lead|leads|owner|owners|responsib\w*|who\b|by\s+when|when\b|deadline|due|target\s+date|timescales?|date|dates"
    r"|rag|status|progress|priority)\b", re.I)
LABEL_CHARS = 60  # the longest label cell of a label | value row (a question's: three times as long)
# A tick in a table's cell: "✓", "✔", "x", "☒".
_TICK_MARK = re.compile(r"^\s*[✓✔☒☑xX]\s*$")


def row_text(cells: tuple[str, ...], header: tuple[str, ...] = ()) -> str:
    """The text a table row is read as: its cells joined by "; ".  A row of
    a table of actions gives the action and what the row says of it ("4.3
    Specialist staff: OT one day a week ..."), without who leads it, by when
    or its status, each kept in its cells; a label | value row (two cells,
    the first a short label) reads "label: value" ("Staffing: 1.0 FTE
    teacher"), or, after a question, "question answer" ("Will any pupil have
    to move? No."), a row of a table whose columns are the answers ("Question
    | Yes | No", ticked "✓" or "x" in one) as the question and the answer
    ticked."""
    if len(header) == len(cells) > 2 and cells != header:
        answers = [k for k, h in enumerate(header) if _ANSWER_WORD.fullmatch(h)]
        if answers and all(not cells[k] or _TICK_MARK.match(cells[k]) for k in answers):
            said = "; ".join(header[k].strip() for k in answers if cells[k])
            cells = tuple(said if k == answers[0] else c for k, c in enumerate(cells) if k == answers[0] or k not in answers)
    if len(header) == len(cells) > 2 and cells != header and _ACTION_COLUMN.match(header[0]) \
            and any(_ADMIN_COLUMN.match(h) for h in header[1:]):
        said = [c.rstrip(".") for c, h in zip(cells[1:], header[1:]) if c and not _ADMIN_COLUMN.match(h)]
        if cells[0] and said:
            return f"{cells[0].rstrip('.:')}: " + "; ".join(said) + "."
    if len(cells) == 2 and all(cells) and len(cells[0]) <= (3 * LABEL_CHARS if cells[0].endswith("?") else LABEL_CHARS) \
            and re.search(r"[A-Za-z]", cells[0]) and not cells[0].endswith((".", ";")):
        label = cells[0].rstrip(":")
        return label + (" " if label.endswith("?") else ": ") + cells[1].rstrip(".") + "."
    if cells and cells[0].endswith("?") and cells != header:  # a question, then its answer and what the row says of it
        rest = ". ".join(c.rstrip(".") for c in cells[1:] if c)
        return cells[0] + (" " + rest + "." if rest else "")  # (a question left unanswered stays a question)
    return "; ".join(c.rstrip(".") for c in cells if c) + "."


# ------------------------------------------------------------------ question-and-answer tables

# The header of a table's first column when it asks, or names what the second answers: "Question", "Q", "Issue raised",
# "Concern raised", "Key factor", "Theme", "Query", "Comment received", "Objection", "You said", "What parents asked".
_ASKING_COLUMN = re.compile(
    r"^\W*(?:q\.?|(?:the\s+)?(?:key\s+)?(?:questions?|issues?|concerns?|themes?|factors?|topics?|quer(?:y|ies)|points?|subjects?"
    r"|comments?|objections?|representations?|feedback)"
    r"(?:\s+(?:raised|asked|identified|considered|heard|received|made))?"
    r"|(?:you|they|people|parents|families|respondents|consultees)\s+(?:said|asked|told\s+us)"
    r"|what\s+(?:you|they|people|parents|families|respondents|consultees)\s+(?:said|asked|told\s+us)"
    r"|(?:frequently\s+)?asked\s+questions?)\W*$", re.I)
# ... of a table of the Test's key factors, whose cells are the proposer's own labels ("Key factor", "Factor", "Criterion").
_FACTOR_COLUMN = re.compile(r"^\W*(?:the\s+)?(?:key\s+)?(?:factors?|criteri(?:on|a)|tests?)\W*$", re.I)
# ... and of its second when it is the proposer's answer: "Response", "A", "Council's response", "Our answer", "How the
# proposal meets it", "What we will do", "We did", "Action taken", "Evidence", "LA assessment"; not a respondent's
# ("Your answer", "Comments", "What they said").
_ANSWER_COLUMN = re.compile(
    r"^\W*(?:a\.?|(?:the\s+)?(?:(?:council|county|borough|city|authority|trust|la|school)['’]?s?\s+|our\s+|officers?['’]?\s+)?"
    r"(?:responses?|answers?|repl(?:y|ies)|actions?\s+taken)(?:\s+(?:given|\(summarised\)))?"
    r"|how\s+(?:the\s+proposals?|we|this|it)\s+(?:will\s+)?(?:meets?|address\w*|answers?|respond\w*|deals?)\b.*"
    r"|(?:what\s+)?we\s+(?:did|will\s+do|have\s+done|propose|are\s+doing)|what\s+(?:changes|will\s+change|the\s+proposal\s+(?:does|offers))"
    r"|(?:the\s+)?(?:(?:council|la|trust|school|proposer)['’]?s?\s+)?(?:evidence|assessment))\W*$", re.I)
ASKED_CHARS = 180  # the longest question or issue cell of a question-and-answer table
ASIDE_CHARS = 12  # the longest cell of another column beside them (a number, a count of responses, a reference)


def answers_as_prose(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the rows of each question-and-answer table read as
    prose: a table whose header names a question, issue, concern, theme or
    key factor and the proposer's answer to it ("Issue raised | Response",
    "Key factor | How the proposal meets it", "You said | We did", "Theme |
    Number | Council's response": other columns only short, a count or a
    reference), or a two-column one whose every row asks a short question and
    answers it in sentences, without a header saying whose answer it is.
    Each answer cell becomes a paragraph of its own sentences, under its
    row's question or issue as its last heading (as text under a question
    heading is read), and keeps its row's cells and header (a paragraph with
    cells is an answer cell); the question or issue cell is not read as text
    (a concern raised is what a respondent said).  Other tables are left as
    they are.  Linear: each table's rows are looked at twice."""
    out = list(blocks)
    labels: dict[int, Block] = {}  # answer's position -> its key factor's label, read as a heading above it
    k = 0
    while k < len(out):
        b = out[k]
        if b.kind != "row" or not 2 <= len(b.header) <= 3:
            k += 1
            continue
        end = k
        while end < len(out) and out[end].kind == "row" and out[end].header == b.header and out[end].headings == b.headings:
            end += 1
        # (a table with no header row, its first row a question and its answer: that row is read as the others)
        headless = len(b.header) == 2 and _asks(b.header[0])
        body = [j for j in range(k, end) if (headless or out[j].cells != b.header) and len(out[j].cells) == len(b.header)]
        columns = _question_and_answer(b.header, [out[j] for j in body], headless) if body else None
        if columns is not None:
            asked, answer = columns
            for j in body:
                r = out[j]
                if r.cells[asked] and r.cells[answer] and len(r.cells[asked]) <= ASKED_CHARS:
                    label = r.cells[asked].strip("\"“”' ")
                    out[j] = attrs.evolve(r, kind="paragraph", text=r.cells[answer], headings=(*r.headings, label))
                    if _FACTOR_COLUMN.match(b.header[asked]) and not _asks(label):
                        # (a key factor's label is the proposer's own words, read as a heading is: "Closure of Ash
                        # School, a BESD school"; an issue or a concern raised is what a respondent said, not read)
                        labels[j] = attrs.evolve(r, kind="heading", text=label, level=len(r.headings) + 1, cells=(), header=())
        k = end
    if not labels:
        return out
    with_labels = [block for j, answer in enumerate(out) for block in ((labels[j], answer) if j in labels else (answer,))]
    return [attrs.evolve(block, index=i) for i, block in enumerate(with_labels)]


def _question_and_answer(header: tuple[str, ...], body: list[Block], headless: bool) -> tuple[int, int] | None:
    """The columns of a question-and-answer table that ask and answer (:func:`answers_as_prose`), or None."""
    asked = next((c for c, h in enumerate(header) if _ASKING_COLUMN.match(h)), None)
    answer = next((c for c in range(len(header) - 1, 0, -1) if _ANSWER_COLUMN.match(header[c])), None)
    if asked is not None and answer is not None and asked < answer:
        # (other columns only short: "Theme | Number | Council's response"; answered in sentences, not a form's
        # "Question | Response" with "Yes / No / Don't know" to choose from)
        aside = [c for c in range(len(header)) if c not in (asked, answer)]
        if all(len(r.cells[c]) <= ASIDE_CHARS for r in body for c in aside) \
                and 2 * sum(_in_sentences(r.cells[answer]) for r in body) >= len(body):
            return asked, answer
        return None
    if len(header) != 2 or (not headless and header[1].strip() and answer is None):
        return None  # (a header naming another column: "Question | Your answer", "Topic | Comments")
    if all(_asks(r.cells[0]) and len(r.cells[0]) <= ASKED_CHARS and _in_sentences(r.cells[1]) for r in body):
        return 0, 1
    return None


def _asks(cell: str) -> bool:
    """A cell that asks a question ("How will my child get there?", in quotes or not)."""
    return cell.rstrip("\"”'’ ").endswith("?")


_WORD = re.compile(r"[A-Za-z£\d][\w'’.,£%-]*")


def _in_sentences(cell: str) -> bool:
    """A cell that says something in words: six or more ("Transport will be arranged for every pupil"), not a
    choice of answers ("Yes / No / Don't know") or a figure."""
    return len(_WORD.findall(cell)) >= 6


# ------------------------------------------------------------------ text and Markdown

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ITEM = re.compile(r"^(\s*)(?:[-*+•▪◦·]|\d{1,3}[.)]|\(?[a-zA-Z]{1,4}\)|\(\d{1,3}\))\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD_LEAD = re.compile(r"^(\*\*|__)([^*_]+?)\1\s*(.*)$")


def _run_in_heading(lead: re.Match | None) -> bool:
    """A bold phrase opening a paragraph (``_BOLD_LEAD``) is its run-in heading ("**Transport.** Pupils will ...",
    "**Key decision:** yes", "**Accommodation** The new building ...") unless the words after it go on with its
    sentence ("**The Spinney Academy** at Hob Lane, Wrexley, is a special academy ...", "**Pupils in Years 10 and 11**
    (12 pupils) will ..."): a phrase that ends with no full stop or colon, followed by a small letter or a bracket, is
    the sentence's first words in bold."""
    if lead is None or len(lead.group(2)) > 90:
        return False
    return lead.group(2).rstrip().endswith((".", ":")) or not re.match(r"[a-z(]", lead.group(3))
_NUMBERED_HEADING = re.compile(r"^\s*(?:(?:section|part|chapter|appendix|annex)\s+[\w.]+[:.]?\s+|\d+(?:\.\d+)*\.?\s+|[A-Z][.)]\s+)?(.+)$", re.I)


# Tracked changes written out as text: struck-through text (``~~...~~``, ``<del>``, ``<s>``) is deleted, and
# the marks around inserted text ("**[Inserted: 136 to 148]**", "**[100]**", "<ins>...</ins>") are dropped.
_STRUCK = re.compile(r"~~(?!\s)[^~\n]*?~~|<(del|s|strike)\b[^>\n]{0,80}>.*?</\1\s*>", re.I)
# (the text inside a mark holds no other bracket: with any, a line of unclosed marks, "**[Inserted: **[Inserted: ...",
# took quadratic time, 11 s for 80,000 characters)
_INSERTED = re.compile(r"(\*\*|__)\[(?:(?:inserted|insert|added|new\s+text)\s*:\s*)?([^\[\]\n]+)\]\1"
                       r"|\[(?:inserted|insert|added)\s*:\s*([^\[\]\n]+)\]", re.I)
# Where a struck-through passage may start: a whole ``~~...~~``, or the opening tag of ``<del>``, ``<s>``, ``<strike>``
# (whose closing tag :func:`_delete_struck` looks for once per tag, not once per opening tag).
_STRUCK_START = re.compile(r"~~(?!\s)[^~\n]*?~~|<(del|s|strike)\b[^>\n]{0,80}>", re.I)
_STRUCK_CLOSE = {tag: re.compile(r"</" + tag + r"\s*>", re.I) for tag in ("del", "s", "strike")}


def _delete_struck(text: str) -> tuple[str, int]:
    """``_STRUCK.subn("", text)`` in linear time: the pattern's lazy ``.*?``
    looked for a closing tag to the end of the line from every opening tag,
    so a line of unclosed ones ("<s>a <s>a ...") took quadratic time (4 s for
    80,000 characters).  Here the first closing tag after a point is looked
    for once per tag and kept for the opening tags before it."""
    out: list[str] = []
    at = pos = n = 0
    closes: dict[str, tuple[int, tuple[int, int] | None]] = {}  # tag -> (searched from, first closing tag after it)
    line_end = -1  # where the line of the last opening tag ends
    while (m := _STRUCK_START.search(text, pos)) is not None:
        end = m.end()
        if m.group(1) is not None:  # an opening tag: struck up to its closing tag, on the same line
            tag = m.group(1).lower()
            start, close = closes.get(tag, (len(text) + 1, None))
            if start > m.end() or (close is not None and close[0] < m.end()):
                c = _STRUCK_CLOSE[tag].search(text, m.end())
                start, close = m.end(), (c.span() if c else None)
                closes[tag] = (start, close)
            if line_end < m.end():
                line_end = text.find("\n", m.end())
                line_end = len(text) if line_end < 0 else line_end
            if close is None or close[0] > line_end:
                pos = m.start() + 1
                continue
            end = close[1]
        out.append(text[at:m.start()])
        at = pos = end
        n += 1
    out.append(text[at:])
    return "".join(out), n


def _tracked_changes(text: str) -> str:
    """``text`` as amended: struck-through text deleted, inserted text kept
    without its marks."""
    if "~~" in text or "<" in text:
        text, n = _delete_struck(text)
        if n:
            text = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
    if "[" in text:
        text = _INSERTED.sub(lambda m: m.group(2) or m.group(3), text)
    return text


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\([^()]*\)")
_MD_TAG = re.compile(r"<[^>\n]{1,200}>")
_MD_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_MD_EM_STAR = re.compile(r"(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?!\w)")
_MD_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?!\s)([^_]+?)(?<!\s)_(?!\w)")


def _inline(text: str) -> str:
    """Markdown inline marks removed: emphasis, code, links, images, HTML
    tags; struck-through text deleted (tracked changes)."""
    if not _MARKS.search(text):
        return text.strip()
    text = _tracked_changes(text)
    # (a link's text and address, and emphasised text, hold no other bracket or mark of their kind: with any, a
    # long line of unclosed ones ("[a [a ...", "*a *a ...") took quadratic time, 15 s for 80,000 characters)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_TAG.sub("", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EM_STAR.sub(r"\1", text)
    text = _MD_EM_UNDERSCORE.sub(r"\1", text)
    text = text.replace("`", "")
    return text.strip()


_COLUMNS = re.compile(r"\t+|\s{3,}")


# The longest cell of a plain-text table's header row, and of a row under it ("B   Close Coppice Lane and
# place its pupils at ... on a long-term basis   Rejected: contrary to para 23 ...").
HEADER_CELL_CHARS = 60
ROW_CELL_CHARS = 400


def _text_cells(line: str, longest: int = HEADER_CELL_CHARS, width: int = 0) -> tuple[str, ...] | None:
    """The cells of a plain-text table row (columns set apart by tabs or
    three or more spaces, none longer than ``longest``), or None for an
    ordinary line.  ``width``: the header's number of columns, which a row
    pasted from a spreadsheet keeps with empty cells, each tab ending a
    column ("Borough total<tab><tab><tab>140<tab>128")."""
    s = line.strip()
    if not s or s.startswith("|"):
        return None
    if width and "\t\t" in s:
        cells = tuple(c.strip() for c in s.split("\t"))
        if len(cells) == width and cells[0] and all(len(c) <= longest for c in cells):
            return cells
    cells = tuple(c.strip() for c in _COLUMNS.split(s))
    if len(cells) < 2 or any(len(c) > longest for c in cells) or not all(cells):
        return None
    return cells


_SECTION_NUMBER = re.compile(r"\d{1,3}\.(?:\d{1,3}\.?)*")


def _numbered_paragraphs(run: list[tuple[str, ...]]) -> bool:
    """Lines that only look like a table's: numbered sections with a hanging
    indent, as a PDF pastes them ("5.    SPECIALIST STAFF" above "5.1   The
    sponsor's model includes ..."), each first cell a section number and one
    of them a subsection's."""
    firsts = [cells[0] for cells in run]
    return all(_SECTION_NUMBER.fullmatch(c) for c in firsts) and any("." in c.rstrip(".") for c in firsts)


def _looks_like_heading(line: str, prev_blank: bool, next_blank: bool, next_line: str = "") -> bool:
    """A plain-text heading: a short line on its own, without a full stop;
    or a shorter one (eight words at most) right above a paragraph or list
    that starts with a capital letter."""
    s = line.strip()
    if not s or not prev_blank or len(s) > 90:
        return False
    if not next_blank:
        nxt = next_line.strip()
        if len(s) > 60 or len(s.split()) > 8 or not nxt:
            return False
        if not (nxt[0].isupper() or nxt[0].isdigit() or _ITEM.match(next_line)):
            return False
    m = _NUMBERED_HEADING.match(s)
    body = m.group(1).strip()
    if not body or body.endswith((".", "!", ",", ";")):
        return False
    if len(body.split()) > 12:
        return False
    labelled = re.match(r"\s*(?:section|part|chapter|appendix|annex)\s", s, re.I)  # "Appendix 3: summary of responses"
    return body[0].isupper() or body[0].isdigit() or bool(labelled)


# A word broken at a line's end by a hyphen, as text taken from a PDF has it ("confirmed in writ-" / "ing that").
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-$")
_WORD_START = re.compile(r"[a-z]+")


def _rejoins(before: str, line: str, known: set[str]) -> bool:
    """Whether ``before`` ends with the first part of a word that ``line``
    finishes, hyphenated only to break the line: when the whole word is one
    the document uses elsewhere ("writing"), not when it is a compound
    ("well-" / "known")."""
    if not known or not before.endswith("-"):
        return False
    # (only the paragraph's last 100 characters are searched: the whole paragraph so far, searched again for each
    # of its lines, took quadratic time on a long paragraph, 1.6 s for 40,000 characters)
    m = _BROKEN_WORD.search(before, max(0, len(before) - 100))
    if not m:
        return False
    rest = _WORD_START.match(line)
    return bool(rest) and (m.group(1) + rest.group(0)).lower() in known


# The longest run of spaces or tabs kept inside a plain-text paragraph's line (a typed table's columns, "Total      50
# 72", are set apart by a few, up to 43 in the corpora): a run of thousands, as a converted file may hold, made
# patterns that allow spaces on both sides of a word ("20 places <40,000 spaces> up from 12") take quadratic time,
# 4.5 s for 40,000 spaces.
SPACE_RUN = 100
_SPACE_RUN = re.compile(r"\s{%d,}" % (SPACE_RUN + 1))


def _text_blocks(text: str):
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    known = set(re.findall(r"[a-z]+", text.lower())) if "-\n" in text.replace("\r\n", "\n") or "- \n" in text else set()
    headings: list[tuple[int, str]] = []  # (level, text)
    blocks: list[Block] = []
    para: list[tuple[int, str]] = []
    para_kind = "paragraph"
    in_fence = False
    in_comment = False
    table_header: tuple[str, ...] = ()
    after_table = -1  # the line just after a plain-text table

    def head_path():
        return tuple(h for _, h in headings)

    def flush():
        nonlocal para, para_kind
        if para:
            offsets, lines = [], []
            joined = ""
            for n, t in para:
                t = t.strip()
                if not t:
                    continue
                if len(t) > SPACE_RUN:
                    t = _SPACE_RUN.sub(lambda m: m.group(0)[:SPACE_RUN], t)
                if joined:
                    joined = joined[:-1] if _rejoins(joined, t, known) else joined + " "
                offsets.append(len(joined))
                lines.append(n)
                joined += t
            if joined.strip():
                blocks.append(Block(para_kind, joined, para[0][0], tuple(lines), tuple(offsets), head_path(), 0, len(blocks)))
        para = []
        para_kind = "paragraph"

    def heading(level: int, title: str, n: int):
        flush()
        title = _inline(title)
        if not title:
            return
        while headings and headings[-1][0] >= level:
            headings.pop()
        blocks.append(Block("heading", title, n, (n,), (0,), head_path(), level, len(blocks)))
        headings.append((level, title))

    i = 0
    while i < len(raw):
        n = i + 1
        line = raw[i]
        stripped = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            i += 1
            continue
        if stripped.startswith("<!--"):
            flush()
            if "-->" not in stripped:
                in_comment = True
            i += 1
            continue
        if stripped.startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            i += 1
            continue
        if in_fence:
            i += 1
            continue
        if not stripped:
            flush()
            table_header = ()
            i += 1
            continue
        m = _ATX.match(line)
        if m:
            heading(len(m.group(1)), m.group(2), n)
            i += 1
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if not para and _SETEXT.match(nxt) and not _ITEM.match(line) and not stripped.startswith("|") and not _RULE.match(line):
            heading(1 if nxt.strip().startswith("=") else 2, stripped, n)
            i += 2
            continue
        if _RULE.match(line) or (not para and _EQUALS_LINE.match(line)):
            # (a line of "=" above a heading rules it off, as a typed banner has it: "=====" / "SECTION 4  BENEFITS" /
            # "=====": the heading is the line between, underlined)
            flush()
            i += 1
            continue
        if stripped.startswith("|"):
            flush()
            if not _TABLE_SEP.match(stripped):
                cells = tuple(_inline(c) for c in stripped.strip("|").split("|"))
                if not table_header:
                    table_header = cells
                if any(cells):
                    row = row_text(cells, table_header)
                    blocks.append(Block("row", row, n, (n,), (0,), head_path(), 0, len(blocks), cells, table_header))
            i += 1
            continue
        table_header = ()
        cells = _text_cells(line)
        if cells and not para:
            # a plain-text table: two or more lines whose columns are set apart by tabs or runs of spaces,
            # the first (its header) with short cells, the rows under it with as many cells
            run = [cells]
            j = i + 1
            while j < len(raw) and (row := _text_cells(raw[j], ROW_CELL_CHARS, len(cells))) and len(row) == len(cells):
                run.append(row)
                j += 1
            if len(run) >= 2 and not _numbered_paragraphs(run):
                flush()
                for k, row_cells in enumerate(run):
                    if all(set(c) <= set("-=_–—: ") for c in row_cells):
                        continue  # a ruling line under the header ("-------   ------")
                    row = row_text(tuple(row_cells), tuple(run[0]))
                    blocks.append(Block("row", row, n + k, (n + k,), (0,), head_path(), 0, len(blocks), tuple(row_cells), tuple(run[0])))
                i = j
                after_table = j  # a heading may follow a table without a blank line
                continue
        if stripped.startswith(">"):
            line = stripped.lstrip(">").strip()
            stripped = line
            if not stripped:
                flush()
                i += 1
                continue
        m = _ITEM.match(line)
        if m:
            prev_blank = i == 0 or not raw[i - 1].strip()
            next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
            # ("5. VIEWS OF PROVIDERS" straight above its first paragraph is a heading too)
            if re.match(r"^\s*\d{1,3}(\.\d+)*[.)]?\s", line) and _looks_like_heading(stripped, prev_blank, next_blank, nxt):
                depth = len(re.match(r"^\s*(\d+(?:\.\d+)*)", line).group(1).split("."))
                heading(min(depth + 1, 6), stripped, n)
                i += 1
                continue
            flush()
            para_kind = "item"
            para = [(n, _inline(m.group(2)))]
            i += 1
            continue
        if not para:
            lead = _BOLD_LEAD.match(stripped)
            if _run_in_heading(lead):
                heading(6, lead.group(2).strip().rstrip(".:").strip(), n)
                rest = lead.group(3).strip()
                if rest:
                    para = [(n, _inline(rest))]
                i += 1
                continue
        prev_blank = (i == 0 or not raw[i - 1].strip() or after_table == i or raw[i - 1].strip().startswith("|")
                      or bool(_RULE_LINE.match(raw[i - 1])))  # (a line of dashes above "ANNEX 1: BENEFITS")
        next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
        if not para and _looks_like_heading(stripped, prev_blank, next_blank, nxt):
            level = 2
            if re.match(r"^\d+\.\d+", stripped):
                level = 3
            heading(level, stripped, n)
            i += 1
            continue
        if para and ((_DECIMAL_PARAGRAPH.match(stripped) and not _QUANTITY_LEAD.match(stripped)
                      and not para[-1][1].rstrip().endswith(",")) or _FORM_ITEM.match(stripped)):
            flush()  # "3.2 The four pupils ..." or a form's "B2 (b) Access to ..." on the next line starts a paragraph of its own
        para.append((n, _inline(stripped)))
        i += 1
    flush()
    return blocks


# A line of "=" alone, ruling off a typed banner heading.
_EQUALS_LINE = re.compile(r"^\s*={3,}\s*$")
# A line that only rules off a section: "-------", "=====", "_____".
_RULE_LINE = re.compile(r"^\s*[-=_*–—]{3,}\s*$")
# A numbered paragraph of a report: "3.1 Twenty-four pupils will ...", "10.2 The Council ...".
_DECIMAL_PARAGRAPH = re.compile(r"^\d{1,3}\.\d{1,3}(?:\.\d{1,3})*\.?\s+\S")
# ... but a quantity with its unit, wrapped to the start of a line, continues the sentence before: "Hazelbank will
# employ a headteacher, a deputy headteacher," / "8.0 FTE teachers, 16.0 FTE teaching assistants" (as does any line
# after one ending with a comma).
_QUANTITY_LEAD = re.compile(
    r"^\d{1,3}\.\d{1,3}\s+(?:fte|wte|full[- ]time|part[- ]time|hours?|days?|miles?|km|metres?|m2|million|m\b|per\s*cent|%)", re.I)
# A numbered or lettered item of a form: "A1 Title: ...", "B2 (b) Access to specialist staff ...", "C1 (i) Written
# statement ...", "Q3. What will ...", its words starting with a capital (not a road's "M25 junction").
_FORM_ITEM = re.compile(r"^(?:[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})*|Q\d{1,3})[.):]?\s+(?:\((?:[a-z]{1,4}|\d{1,2})\)\s+)?[A-Z(\"“‘']")


# ------------------------------------------------------------------ Markdown (markdown-it-py)


def _md_inline_text(token) -> str:
    """The plain text of an inline token: emphasis, code and links dropped,
    line breaks kept as ``\\n`` so lines can be numbered."""
    if not token.children:  # the inline pass is off (see _markdown_parser)
        return "\n".join(_inline(line) for line in token.content.split("\n"))
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
        elif child.type == "html_inline" and child.content.lower().startswith("<br"):
            out.append(" ")
    return "".join(out)


@functools.cache
def _markdown_parser():
    """CommonMark with tables, block structure only: inline marks are
    stripped by :func:`_inline` from each block's source, which keeps the
    line structure and is several times faster than markdown-it's inline
    pass."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.core.ruler.disable("inline")
    return md


def _markdown_blocks(text: str):
    """Blocks of a Markdown document, parsed with markdown-it-py (CommonMark
    and tables); each block keeps the line it starts on, and a paragraph the
    line of each of its lines."""
    from markdown_it import MarkdownIt

    md = _markdown_parser()
    tokens = md.parse(text.replace("\r\n", "\n").replace("\r", "\n"))
    headings: list[tuple[int, str]] = []
    blocks: list[Block] = []
    items = 0  # depth of list items
    row: list[str] = []
    row_line = 0
    header: tuple[str, ...] = ()
    in_head = False

    def head_path():
        return tuple(h for _, h in headings)

    def heading(level: int, title: str, n: int):
        title = " ".join(title.split())
        if not title:
            return
        while headings and headings[-1][0] >= level:
            headings.pop()
        blocks.append(Block("heading", title, n, (n,), (0,), head_path(), level, len(blocks)))
        headings.append((level, title))

    def paragraph(raw: str, source: str, first: int, kind: str):
        lead = _BOLD_LEAD.match(source.split("\n", 1)[0].strip())
        if not _run_in_heading(lead):
            lead = None
        if lead and kind == "paragraph":
            heading(6, _inline(lead.group(2)).rstrip(".:").strip(), first)
        parts, offsets, lines = [], [], []
        pos = 0
        for k, line in enumerate(raw.split("\n")):
            line = " ".join(line.split())
            if not line:
                continue
            if parts:
                pos += 1
            offsets.append(pos)
            lines.append(first + k)
            parts.append(line)
            pos += len(line)
        joined = " ".join(parts)
        if joined:
            if lead and kind == "paragraph":
                title = _inline(lead.group(2))
                rest = joined[len(title):].lstrip(" .:") if joined.startswith(title) else joined
                if not rest:
                    return
                cut = len(joined) - len(rest)
                offsets = [max(0, o - cut) for o in offsets]
                joined = rest
            blocks.append(Block(kind, joined, first, tuple(lines), tuple(offsets), head_path(), 0, len(blocks)))

    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "heading_open":
            heading(int(t.tag[1]), _md_inline_text(tokens[i + 1]).replace("\n", " "), t.map[0] + 1)
            i += 3
            continue
        if t.type == "list_item_open":
            items += 1
        elif t.type == "list_item_close":
            items -= 1
        elif t.type == "paragraph_open":
            inline = tokens[i + 1]
            paragraph(_md_inline_text(inline), inline.content, t.map[0] + 1, "item" if items else "paragraph")
            i += 3
            continue
        elif t.type == "thead_open":
            in_head = True
        elif t.type == "thead_close":
            in_head = False
        elif t.type == "table_open":
            header = ()
        elif t.type == "tr_open":
            row, row_line = [], (t.map[0] + 1 if t.map else 0)
        elif t.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            row.append(" ".join(_md_inline_text(t).split()))
        elif t.type == "tr_close":
            cells = tuple(row)
            if in_head:
                header = cells
            if any(cells):
                text_ = row_text(cells, header)
                blocks.append(Block("row", text_, row_line, (row_line,), (0,), head_path(), 0, len(blocks), cells, header))
        i += 1
    return blocks


# ------------------------------------------------------------------ Word


MAX_DOCX_UNCOMPRESSED = 100_000_000  # bytes of all members together, checked before anything is unpacked
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_RATIO = 200  # uncompressed / compressed, per member (a zip bomb is far above)


def _read_docx(p: Path, data: bytes) -> Document:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a dependency of senrules
        raise DocumentError("reading .docx files needs python-docx (pip install python-docx)") from None
    import io

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise DocumentError(f"{p}: not a Word document (no word/document.xml inside)")
        if len(infos) > MAX_DOCX_MEMBERS:
            raise DocumentError(f"{p}: not a plausible Word document ({len(infos):,} parts inside; the limit is {MAX_DOCX_MEMBERS:,})")
        total = sum(i.file_size for i in infos)
        if total > MAX_DOCX_UNCOMPRESSED:
            raise DocumentError(f"{p}: too large once unpacked ({total:,} bytes; the limit is {MAX_DOCX_UNCOMPRESSED:,})")
        for i in infos:
            if i.file_size > 1_000_000 and i.file_size > MAX_DOCX_RATIO * max(1, i.compress_size):
                raise DocumentError(f"{p}: the Word document is damaged or hostile ({i.filename} unpacks {i.file_size // max(1, i.compress_size):,} times larger)")
        bad = zf.testzip()
        if bad is not None:
            raise DocumentError(f"{p}: the Word document is damaged (bad entry {bad})")
        d = docx.Document(io.BytesIO(data))
        if getattr(d.element, "body", None) is None:  # (a w:document without a w:body, or another root element)
            raise DocumentError(f"{p}: the Word document is damaged (its word/document.xml has no document body)")
    except DocumentError:
        raise
    except zipfile.BadZipFile:
        if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an OLE file: Word 97-2003
            raise DocumentError(f"{p}: is an old Word 97-2003 document, not .docx: open it and save it as .docx") from None
        sample = data[:4096]
        if not data.startswith(b"PK") and sample.strip() and b"\0" not in sample and sample.decode("utf-8", "replace").count("\ufffd") <= 1:
            raise DocumentError(f"{p}: is text, not a Word document (a Markdown or text file renamed?): "
                                "rename it .md or .txt") from None
        raise DocumentError(f"{p}: the Word document is damaged (not a valid .docx zip file)") from None
    except Exception as err:  # noqa: BLE001 - lxml, KeyError, ValueError from a damaged package
        raise DocumentError(f"{p}: the Word document is damaged or not a .docx ({type(err).__name__})") from None
    try:
        blocks = tuple(answers_as_prose(list(_docx_blocks(d))))
    except (docx.exceptions.InvalidXmlError, ValueError) as err:  # a value python-docx checks against the schema
        raise DocumentError(f"{p}: the Word document is damaged (a value in it is not one Word allows: {err})") from None
    return Document(str(p), "docx", "paragraph", blocks)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _row_cells(tr):
    """A table row's own cells, those inside content controls and custom XML
    included, not the cells of a table nested in one of them (its rows are
    rows of their own): with them, each level of tables nested in tables
    read the text of every level below again, 14.6 s for 40 levels of 1,000
    characters."""
    for child in tr.iterchildren():
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _row_cells(content)
        elif child.tag == f"{_W}customXml":
            yield from _row_cells(child)


def _grid_span(tc) -> int:
    """How many grid columns a Word table cell spans (``w:gridSpan``)."""
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    value = span.get(f"{_W}val") if span is not None else None
    return int(value) if value and value.isdigit() and 0 < int(value) <= 64 else 1


def _text_parts(element, skip: str):
    """The text elements under ``element``, not under a ``skip`` element."""
    for child in element.iterchildren():
        if child.tag == skip:
            continue
        if child.tag in _TEXT_TAGS:
            yield child
        yield from _text_parts(child, skip)


_TEXT_TAGS = frozenset(f"{_W}{t}" for t in ("t", "tab", "br", "cr", "p", "sym"))
# What a tab and a paragraph (in a cell) stand for in the text read: a tab ends a form's option, a paragraph a line.
_BREAKS = {f"{_W}tab": "\t", f"{_W}p": "\n"}
# Tick boxes inserted as symbols (``w:sym``, Insert > Symbol in Wingdings fonts): ticked or not, as the glyphs the
# reader reads (:func:`tick_boxes`).
_SYMBOL_BOXES = {"F0FE": "☑", "F0FD": "☒", "F078": "☒", "F0A8": "☐", "F06F": "☐", "F071": "☐",  # Wingdings
                 "F052": "☑", "F053": "☒", "F054": "☒", "F0A3": "☐", "F02A": "☐"}  # Wingdings 2


def _xml_text(element, skip: str | None = None) -> str:
    """The text of a paragraph or cell element: :func:`_xml_lines` joined."""
    return " ".join(_xml_lines(element, skip))


def _xml_lines(element, skip: str | None = None) -> list[str]:
    """The lines of a paragraph or cell element (split at its line breaks
    and, in a cell, its paragraphs), each with its spaces run together: content controls, inserted
    text and hyperlinks included (python-docx's ``.text`` drops text typed
    into content controls); deleted text is left out; with ``skip``, the
    text under those elements too (a cell's nested tables).  Tick boxes
    are read as ticked (:func:`tick_boxes`) line by line, a line break, a
    tab or a paragraph in a cell ending an option, before the spaces are
    run together."""
    out = []
    parts = _text_parts(element, skip) if skip else element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}p", f"{_W}sym")
    for el in parts:
        tag = el.tag
        if tag == f"{_W}t":
            out.append(el.text or "")
        elif tag == f"{_W}sym":
            font = (el.get(f"{_W}font") or "").lower()
            char = (el.get(f"{_W}char") or "").upper()
            box = _SYMBOL_BOXES.get("F0" + char[2:] if char.startswith("00") else char) if font.startswith("wingdings") else None
            out.append(f" {box} " if box else " ")
        else:
            out.append(_BREAKS.get(tag, "\n"))  # (a break, a carriage return: a new line)
    return [" ".join(line.split()) for line in tick_boxes("".join(out)).split("\n") if line.strip()]


def _form_items(lines: list[str]) -> list[str]:
    """A Word paragraph's lines as its form items, each line that starts one
    ("A2 Type of change: ...", "B2 (b) Access to ...") beginning the next."""
    items: list[list[str]] = []
    for line in lines:
        if not items or _FORM_ITEM.match(line):
            items.append([])
        items[-1].append(line)
    return [" ".join(item) for item in items]


def _docx_body(element):
    """Paragraphs and tables in reading order, looking inside block-level
    content controls (``w:sdt``) and custom XML."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _docx_body(content)
        elif tag == f"{_W}customXml":
            yield from _docx_body(child)


def _style_names(d) -> dict[str, str]:
    """Paragraph style id -> name, read once (python-docx's ``paragraph.style``
    looks the style up again for every paragraph, which is most of the time
    a long document takes)."""
    out = {}
    try:
        root = d.styles.element
    except Exception:  # noqa: BLE001 - no or damaged styles part
        return out
    for st in root.iter(f"{_W}style"):
        ident = st.get(f"{_W}styleId")
        name = st.find(f"{_W}name")
        if ident and name is not None:
            out[ident] = name.get(f"{_W}val") or ident
    return out


def _style_name(p, names: dict[str, str]) -> str:
    ps = p.find(f"{_W}pPr/{_W}pStyle")
    if ps is None:
        return "Normal"
    ident = ps.get(f"{_W}val") or ""
    return names.get(ident, ident)


def _docx_blocks(d):
    headings: list[tuple[int, str]] = []
    blocks: list[Block] = []
    counter = 0
    style_names = _style_names(d)

    def head_path():
        return tuple(h for _, h in headings)

    for child in _docx_body(d.element.body):
        if child.tag == f"{_W}p":
            lines = _xml_lines(child)
            text = " ".join(lines)
            if not text:
                continue
            counter += 1
            style = _style_name(child, style_names)
            runs = _docx_runs(child)
            level = _docx_heading_level(runs, style, text)
            if level:
                while headings and headings[-1][0] >= level:
                    headings.pop()
                blocks.append(Block("heading", text, counter, (), (), head_path(), level, len(blocks)))
                headings.append((level, text))
                continue
            lead = _docx_bold_lead(runs)
            if lead is not None:
                title, text = lead
                while headings and headings[-1][0] >= 6:
                    headings.pop()
                blocks.append(Block("heading", title, counter, (), (), head_path(), 6, len(blocks)))
                headings.append((6, title))
            kind = "item" if (style.lower().startswith("list") or child.find(f".//{_W}numPr") is not None) else "paragraph"
            # (a form's items typed in one paragraph, a line break before each, are a block each, as in plain text)
            for part in (_form_items(lines) if lead is None and len(lines) > 1 else (text,)):
                blocks.append(Block(kind, part, counter, (), (), head_path(), 0, len(blocks)))
        else:  # a table: one block per row, each knowing the header row's cells
            header: tuple[str, ...] = ()
            subheader: tuple[str, ...] = ()
            nested: dict = {}  # a table nested in a cell: its header, by its element
            for r, tr in enumerate(child.iter(f"{_W}tr")):
                spanned = [(_xml_text(tc, skip=f"{_W}tbl"), _grid_span(tc)) for tc in _row_cells(tr)]
                cells = tuple(c for c, _ in spanned)
                text = row_text(cells, header if r else cells)
                inner = tr.getparent()
                holder = inner.getparent() if inner is not child else None
                outer = holder.getparent() if holder is not None and holder.tag == f"{_W}tc" else None
                first = next(_row_cells(outer), None) if outer is not None and outer.tag == f"{_W}tr" else None
                if r and header and first is not None and first is not holder:
                    # a table nested in a cell after the first ("Greenacre School | [Now | September 2028 / 90 | 156]"):
                    # each of its rows is a row of the outer table, under the outer row's first cell and the outer
                    # header's first
                    label = _xml_text(first, skip=f"{_W}tbl")
                    cells = (label, *cells)
                    text = row_text(cells)
                    if inner not in nested:
                        nested[inner] = (header[0], *cells[1:])
                    counter += 1
                    blocks.append(Block("row", text, counter, (), (), head_path(), 0, len(blocks), cells, nested[inner]))
                    continue
                if r == 0:
                    if any(n > 1 for _, n in spanned) and len(spanned) > 1:
                        # a header cell merged over several columns names each of them; the next row names the parts
                        cells = tuple(c for c, n in spanned for _ in range(n))
                        subheader = ("",) * len(cells)
                    header = cells
                elif subheader:
                    # (each column in its place under the header: a merged cell below it fills its first column only)
                    cells = tuple(part for c, n in spanned for part in (c, *("",) * (n - 1)))
                    if r == 1:
                        subheader = cells
                if not any(cells):
                    continue
                counter += 1
                blocks.append(Block("row", text, counter, (), (), head_path(), 0, len(blocks), cells, header,
                                    subheader if r > 0 else ()))
    return blocks


# The parts of a run that python-docx's ``Run.text`` reads, in the order they stand.
_RUN_TEXT = tuple(f"{_W}{t}" for t in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))


def _docx_runs(p) -> list[tuple[str, bool | None]]:
    """A paragraph's runs with text, as (text, bold), read once from the
    paragraph element ``p``: the same runs, text and bold as python-docx's
    ``Paragraph.runs``, ``Run.text`` and ``Run.bold`` (its ``w:r`` children;
    each part's own text; ``w:rPr/w:b``'s value, None without one), without
    a ``Run`` and a ``Font`` object and an XPath query for each run."""
    out = []
    for r in p.findall(f"{_W}r"):
        text = "".join(str(e) for e in r.iterchildren(*_RUN_TEXT))
        if text:
            rpr = r.find(f"{_W}rPr")
            b = rpr.find(f"{_W}b") if rpr is not None else None
            out.append((text, _on_off(b) if b is not None else None))
    return out


def _on_off(b) -> bool | None:
    """``w:b``'s value as python-docx's ``CT_OnOff.val`` reads it (no
    ``w:val``: on), except that a value Word does not allow ("maybe") is
    None, as if the run said nothing, where python-docx raised an error
    that stopped the whole document being read."""
    value = b.get(f"{_W}val")
    if value is None:
        return True
    return {"1": True, "true": True, "on": True, "0": False, "false": False, "off": False}.get(value)


def _docx_bold_lead(runs: list[tuple[str, bool | None]]):
    """A paragraph that opens with a bold phrase ending in a full stop or
    colon ("Transport. Pupils will...") : (the phrase, the rest), else None."""
    lead = ""
    for k, (text, bold) in enumerate(runs):
        if not bold:
            rest = "".join(x for x, _ in runs[k:]).strip()
            title = lead.strip()
            if title and rest and len(title) <= 90 and title.endswith((".", ":")):
                return title.rstrip(".:").strip(), " ".join(rest.split())
            return None
        lead += text
    return None


def _docx_heading_level(runs: list[tuple[str, bool | None]], style: str, text: str) -> int:
    s = style.lower()
    if s == "title":
        return 1
    m = re.match(r"heading\s*(\d)", s)
    if m:
        return int(m.group(1))
    # A short paragraph entirely in bold, without a full stop, is used as a heading.
    runs = [bold for t, bold in runs if t.strip()]
    if runs and all(runs) and len(text) <= 90 and not text.endswith((".", ",", ";", ":")):
        return 3
    return 0


# ------------------------------------------------------------------ sentences

_ABBREV = (
    "e.g", "i.e", "etc", "para", "paras", "no", "nos", "approx", "mr", "mrs", "ms", "dr", "st", "cllr", "vs",
    "cf", "incl", "ref", "fig", "a.m", "p.m", "dept", "govt", "min", "max", "est", "sq", "m", "c", "ca",
)
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£•])")


# (compiled once at import, not looked up in re's cache at each call; and prefiltered like the others)
_LAST_WORD = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(\w\.)+\w?")


def _split(text: str) -> list[tuple[int, str]]:
    """Sentences of a block as ``(offset, text)``."""
    out = []
    start = 0
    for m in _SPLIT.finditer(text):
        # Only the few characters before the break are looked at, so that a
        # very long line with many candidate breaks stays linear.
        before = text[max(start, m.start() - 40):m.start()].rstrip("\"'”’)]")
        word = _LAST_WORD.search(before)
        if word:
            w = word.group(1).rstrip(".!?").lower()
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):
                continue
        piece = text[start:m.start()].strip()
        if piece:
            out.append((start, piece))
        start = m.end()
    piece = text[start:].strip()
    if piece:
        out.append((start, piece))
    return out


def sentences(doc: Document) -> list[Sentence]:
    out = []
    for b in doc.blocks:
        if b.kind == "heading":
            out.append(Sentence(b.text, b.number, doc.unit, b.index, b.kind, b.headings))
            continue
        for offset, text in _split(b.text):
            number = b.number
            # the line the sentence starts on: the last whose offset is at or before it (the offsets rise; a
            # bisection, not a pass over every line for every sentence, quadratic on a long paragraph)
            k = bisect.bisect_right(b.offsets, offset)
            if k:
                number = b.lines[k - 1]
            out.append(Sentence(text, number, doc.unit, b.index, b.kind, b.headings))
    return out


# Last, so that every pattern above is covered: each compiled pattern is tried only on a text holding one of the
# words every match of it contains (read from the pattern itself; see prefilter.py), which rules most sentences out
# at the cost of a substring search.  The matches are the same.
prefiltered(globals())
