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
lost.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
from pathlib import Path

import attrs

from senrules.evidence import Evidence, Provenance
from senrules.gather import Answer, EvidenceSource, PluginError, Problem
from senrules.hookspecs import hookimpl

NAME = "answers"
SECTION = "answers"
DEFAULT_FILE = "answers.sqlite"
SCHEMA_VERSION = 1
TABLE = f"answers_v{SCHEMA_VERSION}"
__version__ = "0.1.0"


class AnswerStoreError(PluginError):
    """The answers file cannot be used; nothing in it was changed."""


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
        if self.path.exists():
            with open(self.path, "rb") as fh:
                head = fh.read(16)
            if head and head != b"SQLite format 3\x00":
                raise AnswerStoreError(f"{self.name}: not an answers file (not an SQLite database); it was left as it is")
        elif not create:
            raise FileNotFoundError(self.path)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if create:
            con = sqlite3.connect(self.path)
        else:  # reading never writes, so a store shipped read-only (the demo's) works
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
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

    def rows(self, service: str | None = None) -> list[tuple]:
        """Every answer, oldest first: ``(id, fact, year, value, note,
        answered_at, service, ruleset)``."""
        try:
            con = self._connect(create=False)
        except FileNotFoundError:
            return []
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if TABLE not in tables:
                if tables:
                    raise AnswerStoreError(f"{self.name}: holds no answers table `{TABLE}` (tables: {', '.join(sorted(tables))})")
                return []
            sql = f"SELECT id, fact, year, value, note, answered_at, service, ruleset FROM {TABLE}"
            args: tuple = ()
            if service is not None:
                sql += " WHERE service IS NULL OR service = ?"
                args = (service,)
            return list(con.execute(sql + " ORDER BY answered_at, id", args))
        except sqlite3.DatabaseError as err:
            raise AnswerStoreError(f"{self.name}: the answers file is damaged ({err}); it was left as it is") from None
        finally:
            con.close()

    def latest(self, service: str | None = None) -> dict[tuple[str, int | None], tuple]:
        """The latest answer for each (fact, year)."""
        out = {}
        for row in self.rows(service):
            out[(row[1], row[2])] = row
        return out


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
    stores = stores_for(context)
    if not stores:
        return None
    out, latest = [], {}
    for store in stores:
        try:
            rows = store.latest(context.service)
        except AnswerStoreError as err:
            out.append(Problem(err.message.split(": ", 1)[1], file=store.name))
            continue
        for key, row in rows.items():
            # of two files answering the same fact (and year), the later answer counts
            if key not in latest or row[5] > latest[key][1][5]:
                latest[key] = (store, row)
    for (fact, year), (store, (ident, _, _, raw, note, at, _, _)) in latest.items():
        if fact not in ruleset.facts:
            continue  # an answer for another ruleset
        try:
            value = json.loads(raw)
            when = _dt.datetime.fromisoformat(at)
        except ValueError:
            out.append(Problem(f"answer {ident} cannot be read; `{fact}` stays unknown", file=store.name, facts=[fact]))
            continue
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
