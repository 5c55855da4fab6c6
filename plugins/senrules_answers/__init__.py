"""Answers: what a person told senrules, kept in SQLite with timestamps.

The store is ``answers.sqlite`` in the data folder (or the file named by
``[answers] file = "..."`` in ``senrules-data.toml``).  Every answer is kept
(an answer is never overwritten: a new one is added), with the fact, the
year for a per-year fact, the value, a note, when it was given, the service
and the ruleset.  The latest answer to a fact (and year) is supplied as
evidence from the source ``answers``, which comes before any data (see the
precedence in ``docs/plugins.md``).

A file that is not an answers store (damaged, or another kind of file) is
reported and left untouched: nothing is written to it and nothing in it is
lost.  A store whose table is whole but with a damaged row (a byte of it
changed: a value that is not JSON, a time that is not a time, binary data)
is read with every intact row, and each damaged row is reported by its
place (``answer 7, row 3 of `answers_v1```): its fact stays unknown (an
older answer to it is not used in its place), and the file is left as it is.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
import stat
from pathlib import Path

import attrs

from senrules.evidence import Evidence, Provenance
from senrules.gather import Answer, EvidenceSource, PluginError, Problem
from senrules.hookspecs import hookimpl
from senrules.tables import unread_keys

NAME = "answers"
SECTION = "answers"
#: The keys an [answers] or [[answers]] entry may hold (besides ``ruleset`` and ``rater``, read by senrules.gather).
ENTRY_KEYS = ("file",)
DEFAULT_FILE = "answers.sqlite"
SCHEMA_VERSION = 1
TABLE = f"answers_v{SCHEMA_VERSION}"
__version__ = "0.1.0"


class AnswerStoreError(PluginError):
    """The answers file cannot be used; nothing in it was changed."""


#: The answers table's columns as senrules writes them: (name, declared
#: type, NOT NULL, part of the primary key), and the kinds of value each
#: holds.  A table or a row that is otherwise (a damaged file: a byte of the
#: table's definition or of a row changed) is refused, never half read.
COLUMNS = (
    ("id", "INTEGER", 0, 1), ("fact", "TEXT", 1, 0), ("year", "INTEGER", 0, 0), ("value", "TEXT", 1, 0),
    ("note", "TEXT", 0, 0), ("answered_at", "TEXT", 1, 0), ("service", "TEXT", 0, 0), ("ruleset", "TEXT", 0, 0),
)
_KINDS = (int, str, (int, type(None)), str, (str, type(None)), str, (str, type(None)), (str, type(None)))


def check_table(con: sqlite3.Connection, shown: str) -> None:
    """The answers table is as senrules writes it (see :data:`COLUMNS`)."""
    found = tuple((r[1], str(r[2]).upper(), r[3], r[5]) for r in con.execute(f"PRAGMA table_info({TABLE})"))
    if found != COLUMNS:
        raise AnswerStoreError(
            f"{shown}: the answers file is damaged (its table `{TABLE}` is not as senrules writes it); it was left as it is"
        )


def row_damage(row: tuple) -> str | None:
    """What is wrong with one row of the answers table (None: it is
    intact): a column holding another kind of value than senrules writes, a
    value that is not JSON, or a time that is not a date and time."""
    for (name, *_), kind, value in zip(COLUMNS, _KINDS, row):
        if not isinstance(value, kind) or isinstance(value, bool):
            held = {int: "a whole number", float: "a decimal number", str: "text", bytes: "binary data"}.get(type(value), "nothing")
            return f"holds {held} as its {name}"
    try:
        json.loads(row[3])
    except ValueError:
        return "holds a value that is not JSON"
    try:
        _dt.datetime.fromisoformat(row[5])
    except ValueError:
        return f"holds {row[5][:40]!r} as its answered_at, not a date and time"
    return None


@attrs.frozen
class DamagedRow:
    """A row of the answers table that cannot be read (see :func:`row_damage`)."""

    row: int  # its place in the table, from 1, in the order of ids
    id: int | None  # its id, fact and year where they are readable
    fact: str | None
    year: int | None
    reason: str

    @property
    def key(self) -> tuple[str, int | None] | None:
        return (self.fact, self.year) if self.fact is not None else None

    def describe(self) -> str:
        """``answer 7 (`monitoring_interval`, row 3 of `answers_v1`) holds ...``"""
        what = f"answer {self.id}" if self.id is not None else "an answer"
        fact = f"`{self.fact}`" + (f" for {self.year}" if self.year is not None else "") + ", " if self.fact else ""
        return f"{what} ({fact}row {self.row} of `{TABLE}`) {self.reason}"


@attrs.frozen
class Answers:
    """What an answers file holds: its intact rows, oldest first, and the
    rows that cannot be read."""

    rows: list = attrs.field(factory=list)
    damaged: list = attrs.field(factory=list)

    def latest(self) -> dict[tuple[str, int | None], tuple]:
        """The latest intact answer for each (fact, year), leaving out a fact
        whose latest answer is a damaged row: it is unknown, not the answer
        the person gave before (ids grow with each answer)."""
        out = {}
        for row in self.rows:
            out[(row[1], row[2])] = row
        for bad in self.damaged:
            if bad.key in out and (bad.id is None or bad.id > out[bad.key][0]):
                del out[bad.key]
        return out


def _jsonable(value):
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if attrs.has(type(value)):
        return str(value)
    return value


SQLITE_MAGIC = b"SQLite format 3\x00"


def _hot_journal(path: Path) -> bool:
    """True when a write to ``path`` was interrupted (a killed process, a
    power cut) and SQLite left its rollback journal beside it: the next
    connection that may write rolls the unfinished transaction back."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def check_header(path: Path, shown: str, *, empty_ok: bool = False) -> None:
    """Refuse what is not a regular file (a named pipe, a device), a file
    over the size limit of an answers file (``senrules.inputs.LIMITS``), a
    file that is not an SQLite database, or one cut short (its
    header says it has more pages than the file holds: a truncated copy
    would otherwise read as a store with fewer answers, silently).  An
    empty file is a new database where ``empty_ok`` (about to be written)."""
    from senrules.inputs import LIMITS, kind_of_file, size_words

    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a named pipe would block the open below for ever
            raise AnswerStoreError(f"{shown}: is {kind_of_file(st.st_mode)}, not an answers file; it was left as it is")
        size = st.st_size
        if size > LIMITS["answers"]:
            raise AnswerStoreError(
                f"{shown}: is {size:,} bytes; the limit for an answers or session file is {size_words(LIMITS['answers'])}; "
                "it was left as it is"
            )
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as err:
        raise AnswerStoreError(f"{shown}: cannot read ({err.strerror or err})") from None
    if not head:
        if empty_ok:
            return
        raise AnswerStoreError(f"{shown} is empty, not an answers file; it was left as it is")
    if head[:16] != SQLITE_MAGIC:
        raise AnswerStoreError(f"{shown}: not an answers file (not an SQLite database); it was left as it is")
    if len(head) < 100:
        raise AnswerStoreError(f"{shown}: the file is cut short ({size} bytes, less than an SQLite header); it was left as it is")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = head[24:28]
    pages = int.from_bytes(head[28:32], "big")
    valid_for = head[92:96]
    sane = page_size >= 512 and page_size & (page_size - 1) == 0  # else damaged: SQLite says so below
    if sane and pages and change_counter == valid_for and pages * page_size > size:
        raise AnswerStoreError(
            f"{shown}: the file is cut short: it holds {size:,} bytes of the {pages * page_size:,} its header "
            "says it has, so answers in it may be missing (was it copied or downloaded only in part?); "
            "it was left as it is"
        )


def check_intact(con: sqlite3.Connection, path: Path, shown: str) -> None:
    """SQLite's own quick check of the whole file: a damaged page is
    reported instead of read as fewer answers."""
    try:
        row = con.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as err:
        raise AnswerStoreError(f"{shown}: the answers file is damaged ({err}); it was left as it is") from None
    if not row or row[0] != "ok":
        raise AnswerStoreError(f"{shown}: the answers file is damaged ({row[0] if row else 'no answer'}); it was left as it is")


def open_database(path: Path, shown: str | None = None, *, write: bool = False) -> sqlite3.Connection:
    """Connect to an existing SQLite file that holds a person's answers.

    The file is opened for writing whenever the person may write it (not
    only when ``write``): if a write was interrupted by a kill, the
    leftover journal is then rolled back by SQLite, as it is designed to
    do, and every answer committed before the kill reads back intact.
    Reading alone never changes anything else.  A file that cannot be
    written is opened read-only (so a store shipped read-only, like the
    demo's, still reads), unless an interrupted write must first be
    undone: that is said plainly instead of "damaged"."""
    shown = shown or str(path)
    check_header(path, shown, empty_ok=write)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    if not writable:
        if write:
            raise AnswerStoreError(f"{shown}: cannot be written (the file or its folder is read-only); nothing was changed")
        if _hot_journal(path):
            raise AnswerStoreError(
                f"{shown}: a write to it was interrupted, and SQLite must finish undoing it before it can be read, "
                "but the file or its folder is read-only; make them writable and try again (nothing was changed)"
            )
    uri = f"{path.resolve().as_uri()}?mode={'rw' if writable else 'ro'}"
    con = None
    try:
        con = sqlite3.connect(uri, uri=True, timeout=10)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back a hot journal, if any
    except sqlite3.DatabaseError as err:
        if con is not None:
            con.close()
        raise AnswerStoreError(f"{shown}: the answers file is damaged ({err}); it was left as it is") from None
    return con


@attrs.define
class AnswerStore:
    """A person's answers in one SQLite file, opened only when used."""

    path: Path = attrs.field(converter=Path)
    shown: str | None = None

    @property
    def name(self) -> str:
        return self.shown or str(self.path)

    def _connect(self, create: bool) -> sqlite3.Connection:
        """Open the store (creating it if ``create``); FileNotFoundError if
        it does not exist and ``create`` is false."""
        if not self.path.exists():
            if not create:
                raise FileNotFoundError(self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):  # answers and notes are the person's own: 0600
                os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        con = open_database(self.path, self.name, write=create)
        try:
            if create:
                with con:
                    con.execute(
                        f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, fact TEXT NOT NULL, "
                        "year INTEGER, value TEXT NOT NULL, note TEXT, answered_at TEXT NOT NULL, "
                        "service TEXT, ruleset TEXT)"
                    )
        except sqlite3.DatabaseError as err:
            con.close()
            raise AnswerStoreError(f"{self.name}: the answers file is damaged ({err}); it was left as it is") from None
        return con

    def initialise(self) -> None:
        """Make the file an answers store: create it (and its folder) if it
        is not there, and add the answers table (``answers_v1``) if the file
        has none, as the first :meth:`record` would.  Answers already in it
        are kept, so calling it again changes nothing.

        Another SQLite database gets the table beside its own (this is how
        an assistant session file holds its answers).  A file that is not an
        SQLite database, or a damaged one, raises :class:`AnswerStoreError`
        and is left as it is.
        """
        self._connect(create=True).close()

    def record(self, answer: Answer) -> int:
        """Add an answer; returns its id."""
        when = answer.answered_at or _dt.datetime.now().replace(microsecond=0)
        con = self._connect(create=True)
        try:
            with con:
                cur = con.execute(
                    f"INSERT INTO {TABLE} (fact, year, value, note, answered_at, service, ruleset) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (answer.fact, answer.year, json.dumps(_jsonable(answer.value)), answer.note,
                     when.isoformat(), answer.service, answer.ruleset),
                )
            return int(cur.lastrowid)
        except sqlite3.DatabaseError as err:
            raise AnswerStoreError(f"{self.name}: the answer could not be stored ({err}); nothing was changed") from None
        finally:
            con.close()

    def read(self, service: str | None = None) -> Answers:
        """Every intact answer, oldest first (``(id, fact, year, value,
        note, answered_at, service, ruleset)``), and the damaged rows.
        :class:`AnswerStoreError` when the file as a whole cannot be read
        (not SQLite, damaged pages, a table not as senrules writes it)."""
        try:
            con = self._connect(create=False)
        except FileNotFoundError:
            return Answers()
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            check_intact(con, self.path, self.name)
            if TABLE not in tables:
                if tables:
                    raise AnswerStoreError(f"{self.name}: holds no answers table `{TABLE}` (tables: {', '.join(sorted(tables))})")
                return Answers()
            check_table(con, self.name)
            sql = f"SELECT id, fact, year, value, note, answered_at, service, ruleset FROM {TABLE}"
            rows, damaged = [], []
            for number, row in enumerate(con.execute(sql + " ORDER BY id"), 1):
                reason = row_damage(row)
                if reason is None:
                    rows.append(row)
                    continue
                fact = row[1] if isinstance(row[1], str) else None
                year = row[2] if isinstance(row[2], int) and fact is not None else None
                bad_service = row[6] if isinstance(row[6], str) else None
                if service is None or bad_service is None or bad_service == service:
                    damaged.append(DamagedRow(number, row[0] if isinstance(row[0], int) else None, fact, year, reason))
            if service is not None:
                rows = [row for row in rows if row[6] is None or row[6] == service]
            return Answers(sorted(rows, key=lambda row: (row[5], row[0])), damaged)
        except sqlite3.DatabaseError as err:
            raise AnswerStoreError(f"{self.name}: the answers file is damaged ({err}); it was left as it is") from None
        finally:
            con.close()

    def rows(self, service: str | None = None) -> list[tuple]:
        """Every answer, oldest first: ``(id, fact, year, value, note,
        answered_at, service, ruleset)``.  A damaged row raises
        :class:`AnswerStoreError` naming it (:meth:`read` gives the intact
        rows and the damaged ones apart)."""
        found = self.read(service)
        if found.damaged:
            bad = found.damaged[0]
            raise AnswerStoreError(f"{self.name}: the answers file is damaged ({bad.describe()}); it was left as it is")
        return found.rows

    def latest(self, service: str | None = None) -> dict[tuple[str, int | None], tuple]:
        """The latest intact answer for each (fact, year) (see :meth:`Answers.latest`)."""
        return self.read(service).latest()


def store_for(context) -> AnswerStore | None:
    """The store new answers go to: the first ``[[answers]]`` entry (for the
    context's rater, if it has one)."""
    stores = stores_for(context)
    return stores[0] if stores else None


def stores_for(context) -> list[AnswerStore]:
    """Every answers file the manifest names (``[answers]`` or several
    ``[[answers]]``, each perhaps with a ``rater``), or ``answers.sqlite``."""
    entries = [e for e in context.section(SECTION) if isinstance(e, dict)] or [{}]
    out = []
    for entry in entries:
        name = entry.get("file", DEFAULT_FILE)
        if context.data_dir is None and not os.path.isabs(name):
            continue
        path = context.path(name)
        out.append(AnswerStore(path, context.display(path)))
    return out


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "A person's answers and notes (SQLite)", reads=(f"{DEFAULT_FILE} in the data folder",),
        doc="The answers given in the assistant, with timestamps; the latest answer to a fact comes first.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    # a misspelt `fiel` would otherwise read (and write) answers.sqlite without a word
    misspelt = [p for i, e in enumerate(context.section(SECTION)) for p in unread_keys(e, ENTRY_KEYS, SECTION, NAME, i)]
    stores = stores_for(context)
    if not stores:
        return misspelt or None
    out, latest = misspelt, {}
    for store in stores:
        try:
            found = store.read(context.service)
        except AnswerStoreError as err:
            out.append(Problem(err.message.split(": ", 1)[1], file=store.name))
            continue
        for bad in found.damaged:
            known = bad.fact in ruleset.facts
            out.append(Problem(
                f"{bad.describe()}, so it cannot be read" + (f"; `{bad.fact}` stays unknown" if known else "")
                + "; the file was left as it is", file=store.name, facts=[bad.fact] if known else []))
        for key, row in found.latest().items():
            # of two files answering the same fact (and year), the later answer counts
            if key not in latest or row[5] > latest[key][1][5]:
                latest[key] = (store, row)
    for (fact, year), (store, (ident, _, _, raw, note, at, _, _)) in latest.items():
        if fact not in ruleset.facts:
            continue  # an answer for another ruleset
        value = json.loads(raw)  # (read() checked it is JSON, and the time)
        when = _dt.datetime.fromisoformat(at)
        record = f"answer {ident} given {when:%Y-%m-%d %H:%M}" + (f", rater: {context.rater}" if context.rater else "") + (f', note: "{note}"' if note else "")
        prov = Provenance(NAME, file=store.name, record=record, as_of=when.date())
        out.append(Evidence(fact, value, prov, year))
    return out


@hookimpl
def senrules_record_answer(answer, context):
    store = store_for(context)
    if store is None:
        return None
    ident = store.record(answer)
    return f"{store.name}, answer {ident}"
