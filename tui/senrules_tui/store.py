"""A self-evaluation session in one SQLite file, behind a small facade.

The file is an answers store of the built-in ``answers`` plugin
(:class:`senrules_answers.AnswerStore`, table ``answers_v1``: every answer
is kept with its time and note, a new answer never overwrites an old one),
plus three tables of the assistant's own, versioned in their names as
harlequin versions its cache:

* ``assess_session_v1``: what the session is about (ruleset, data folder,
  evaluation date, service, parameters), as key and JSON value; the key
  ``parameter_values`` holds the parameter values the session started with
  and what set each (:mod:`senrules.session_parameters`; sessions saved
  before it lack it, and are given it when resumed);
* ``assess_events_v1``: questions skipped and standards jumped to, so that
  a resumed session asks in the same order;
* ``assess_plan_v1``: the action plan as the person edited it.

Every answer is written at once, in its own transaction (the answers
plugin's), so a closed terminal, Ctrl-C or a killed process loses nothing
already entered.  A file that is not a session (damaged, empty, another
program's database, or not SQLite at all) is reported with
:class:`SessionStoreError` and never written to.

A kill can come at any instant, so:

* the file is made whole or not at all: it is built beside its final name
  and linked into place, so a kill during the first answer never leaves
  an empty or half-made session;
* a kill in the middle of a write leaves SQLite's rollback journal; the
  next opening rolls the unfinished write back (the file is opened for
  writing whenever it may be written, even to read it) and every answer
  committed before the kill reads back;
* a session being continued is locked (an advisory lock on a hidden
  ``.NAME.lock`` file beside it, released by the system when the process
  ends, however it ends), so a second ``senrules`` cannot continue the same
  session at the same time and overwrite the first one's plan.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from senrules.errors import SenrulesError
from senrules.gather import Answer

SCHEMA_VERSION = 1
META = f"assess_session_v{SCHEMA_VERSION}"
EVENTS = f"assess_events_v{SCHEMA_VERSION}"
PLAN = f"assess_plan_v{SCHEMA_VERSION}"
SQLITE_MAGIC = b"SQLite format 3\x00"

PLAN_FIELDS = ("area", "action", "who", "by_when", "success", "evaluation")


class SessionStoreError(SenrulesError):
    """The session file cannot be used; nothing in it was changed."""


@attrs.frozen
class StoredAnswer:
    """One row of the answers table: the latest per (fact, year) counts."""

    id: int
    fact: str
    year: int | None
    value: object  # None: "don't know"
    note: str | None
    answered_at: _dt.datetime


@attrs.frozen
class Event:
    id: int
    kind: str  # "skip", "goto", "unskip"
    fact: str | None
    year: int | None
    detail: str | None
    at: _dt.datetime


@attrs.frozen
class SessionInfo:
    """A session as listed for ``--resume``."""

    path: Path
    meta: dict
    answers: int
    updated: _dt.datetime | None

    @property
    def kind(self) -> str:
        return session_kind(self.meta)

    @property
    def title(self) -> str:
        answers = f"{self.answers} answer{'s' if self.answers != 1 else ''}"
        if self.kind == "proposal":
            return f"proposal check of {Path(self.meta['options']['document']).name} ({answers})"
        service = self.meta.get("service") or "a service"
        return f"{service}, {self.meta.get('ruleset')} ({answers})"


def session_kind(meta: dict) -> str:
    """``proposal`` for a proposal check (``senrules proposal``), else
    ``self-evaluation`` (``senrules assess``)."""
    options = meta.get("options")
    return "proposal" if isinstance(options, dict) and options.get("document") else "self-evaluation"


def _now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


class SessionStore:
    """One session's file.  Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, meta: dict, *, pending: bool = False):
        from senrules_answers import AnswerStore

        self.path = Path(path)
        self.meta = meta
        self.pending = pending  # not written yet: the file is made at the first answer
        self._answers = AnswerStore(self.path, str(self.path))
        self._claim = False  # lock the file for this process once it exists (see claim())
        self.damaged: list = []  # answers that could not be read (see answer_rows)
        # events kept until the file is written for another reason (a /goto before any answer or
        # skip: moving about alone leaves no file behind)
        self._unwritten_events: list[tuple] = []

    # ------------------------------------------------------------ opening
    @classmethod
    def create(cls, path: str | os.PathLike, meta: dict) -> SessionStore:
        """A new session at ``path``.  The file is written at the first
        answer (so the first question needs no disk write); a file that
        already exists is refused and left alone (a session in it is
        continued with ``--resume``)."""
        path = Path(path)
        if path.is_file() and path.stat().st_size == 0:
            pass  # an empty file holds nothing to lose: the session is made in its place at the first answer
        elif path.exists():
            try:
                info = cls.open(path)
            except SessionStoreError as err:
                raise SessionStoreError(f"{err.message}; choose another file with --db") from None
            n = len(info.answer_rows())
            raise SessionStoreError(
                f"{path} already holds a session ({info.meta.get('ruleset')}, {n} answer{'s' if n != 1 else ''}, "
                f"started {info.meta.get('created_at', '?')}); continue it with --resume, or choose another file with --db"
            )
        if path.parent.exists() and not os.access(path.parent, os.W_OK):
            raise SessionStoreError(f"{path}: cannot create the session file (the folder is not writable)")
        meta = {**meta, "schema_version": SCHEMA_VERSION, "created_at": _now().isoformat()}
        return cls(path, meta, pending=True)

    def _ensure(self) -> None:
        """Write the session file if it is not there yet: built whole under
        a temporary name in the same folder, then linked into place, so a
        kill at any instant leaves either no session or a whole one."""
        if not self.pending:
            return
        path = self.path
        tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _clear_unfinished(path)
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as err:
            raise SessionStoreError(f"{path}: cannot create the session file ({err.strerror or err})") from None
        try:
            with contextlib.closing(sqlite3.connect(tmp)) as con, con:
                con.execute(f"CREATE TABLE {META} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                con.execute(
                    f"CREATE TABLE {EVENTS} (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, fact TEXT, year INTEGER, "
                    "detail TEXT, at TEXT NOT NULL)"
                )
                con.execute(
                    f"CREATE TABLE {PLAN} (position INTEGER PRIMARY KEY, area TEXT, action TEXT, who TEXT, "
                    "by_when TEXT, success TEXT, evaluation TEXT, source TEXT, edited_at TEXT)"
                )
                con.executemany(f"INSERT INTO {META} VALUES (?, ?)", [(k, json.dumps(v)) for k, v in self.meta.items()])
                con.executemany(f"INSERT INTO {EVENTS} (kind, fact, year, detail, at) VALUES (?, ?, ?, ?, ?)",
                                self._unwritten_events)
            # the answers plugin creates its own table (answers_v1), as it would in a data folder
            from senrules_answers import AnswerStore

            AnswerStore(tmp, str(path)).initialise()
            _fsync(tmp)
            _place(tmp, path)
        except SessionStoreError:
            raise
        except (sqlite3.Error, SenrulesError, OSError) as err:
            message = err.message if isinstance(err, SenrulesError) else getattr(err, "strerror", None) or str(err)
            raise SessionStoreError(f"{path}: cannot create the session file ({message}); nothing was written to it") from None
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.pending = False
        self._unwritten_events = []
        if self._claim:
            self.claim()

    @classmethod
    def open(cls, path: str | os.PathLike) -> SessionStore:
        """Open an existing session; :class:`SessionStoreError` if the file
        is missing, damaged or not a session.  Opening only reads."""
        path = Path(path)
        if not path.exists():
            raise SessionStoreError(f"{path}: no such session file")
        if path.is_dir():
            raise SessionStoreError(f"{path} is a folder, not a session file")
        from senrules.inputs import kind_of_file

        try:
            mode = path.stat().st_mode
        except OSError as err:
            raise SessionStoreError(f"{path}: cannot read ({err.strerror})") from None
        if not stat.S_ISREG(mode):  # a named pipe would block the open below for ever
            raise SessionStoreError(f"{path} is {kind_of_file(mode)}, not a senrules session; it was left as it is")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as err:
            raise SessionStoreError(f"{path}: cannot read ({err.strerror})") from None
        if not head:
            raise SessionStoreError(
                f"{path} is empty, not a senrules session (it holds no answers; a new session can be started "
                f"in it with --db {path}); it was left as it is"
            )
        if head != SQLITE_MAGIC:
            raise SessionStoreError(f"{path} is not a senrules session (not an SQLite database); it was left as it is")
        from senrules_answers import AnswerStoreError, open_database

        try:
            with contextlib.closing(open_database(path)) as con:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if META not in tables:
                    old = sorted(t for t in tables if t.startswith("assess_session_v"))
                    if old:
                        raise SessionStoreError(
                            f"{path} is a session of another senrules version ({old[0]}); it was left as it is"
                        )
                    listed = f" (its tables: {', '.join(sorted(tables))})" if tables else " (it has no tables)"
                    raise SessionStoreError(
                        f"{path} is an SQLite database but not a senrules session{listed}; it was left as it is"
                    )
                check = con.execute("PRAGMA quick_check").fetchone()
                if not check or check[0] != "ok":
                    raise SessionStoreError(f"{path}: the session file is damaged ({check[0] if check else 'no answer'}); it was left as it is")
                meta = {k: json.loads(v) for k, v in con.execute(f"SELECT key, value FROM {META}")}
        except AnswerStoreError as err:
            raise SessionStoreError(err.message.replace("answers file", "session file")) from None
        except sqlite3.DatabaseError as err:
            raise SessionStoreError(f"{path}: the session file is damaged ({err}); it was left as it is") from None
        except ValueError as err:
            raise SessionStoreError(f"{path}: the session file is damaged ({err}); it was left as it is") from None
        return cls(path, meta)

    # ------------------------------------------------------------ answers
    def record_answer(self, fact: str, value, *, year: int | None = None, note: str | None = None) -> int:
        """Store one answer (``value`` None: "don't know") in a transaction;
        returns its id."""
        from senrules_answers import AnswerStoreError

        self._ensure()
        answer = Answer(
            fact, value, year=year, note=note, answered_at=_now(), service=self.meta.get("service"),
            ruleset=self.meta.get("ruleset"),
        )
        try:
            return self._answers.record(answer)
        except AnswerStoreError as err:
            raise SessionStoreError(err.message) from None

    def answer_rows(self) -> list[StoredAnswer]:
        """Every intact answer, oldest first.  A row of the answers table
        that cannot be read (damaged) is left out and kept in
        :attr:`damaged` (``senrules_answers.DamagedRow``: its row, id and
        fact), for the session to tell the person which answer was lost;
        the file is not changed."""
        from senrules_answers import AnswerStoreError

        if self.pending:
            return []
        try:
            found = self._answers.read()
        except AnswerStoreError as err:
            raise SessionStoreError(err.message.replace("answers file", "session file")) from None
        self.damaged = list(found.damaged)
        return [StoredAnswer(ident, fact, year, json.loads(raw), note, _dt.datetime.fromisoformat(at))
                for ident, fact, year, raw, note, at, _service, _ruleset in found.rows]  # (read() checked each)

    def lost_answers(self) -> str | None:
        """What the person is told about the answers that could not be read
        (None when every answer was read); call after :meth:`answer_rows`."""
        if not self.damaged:
            return None
        n = len(self.damaged)
        listed = "; ".join(bad.describe() for bad in self.damaged[:10])
        more = f"; and {n - 10} more" if n > 10 else ""
        return (f"{n} answer{'s' if n != 1 else ''} in `{self.path}` could not be read (the file is damaged there) "
                f"and {'are' if n != 1 else 'is'} lost: {listed}{more}. "
                + ("Those facts are unknown again, so I ask for them again; the damaged rows are kept in the file as they are."
                   if n != 1 else "That fact is unknown again, so I ask for it again; the damaged row is kept in the file as it is."))

    # ------------------------------------------------------------ events
    def _write(self) -> sqlite3.Connection:
        from senrules_answers import AnswerStoreError, open_database

        try:
            return open_database(self.path, write=True)
        except AnswerStoreError as err:
            raise SessionStoreError(err.message) from None
        except sqlite3.Error as err:
            raise SessionStoreError(f"{self.path}: cannot write ({err})") from None

    def record_event(self, kind: str, fact: str | None = None, year: int | None = None, detail: str | None = None,
                     *, when_written: bool = False) -> None:
        """Store one event of the conversation (a skip, a /goto).  With
        ``when_written``, an event that alone is not worth a session file
        is kept until the file is written for another reason."""
        if self.pending and when_written:
            self._unwritten_events.append((kind, fact, year, detail, _now().isoformat()))
            return
        self._ensure()
        try:
            with contextlib.closing(self._write()) as con, con:
                con.execute(
                    f"INSERT INTO {EVENTS} (kind, fact, year, detail, at) VALUES (?, ?, ?, ?, ?)",
                    (kind, fact, year, detail, _now().isoformat()),
                )
        except sqlite3.Error as err:
            raise SessionStoreError(f"{self.path}: could not be written ({err}); nothing was changed") from None

    def events(self) -> list[Event]:
        if self.pending:
            return []
        with self._reading() as con:
            rows = con.execute(f"SELECT id, kind, fact, year, detail, at FROM {EVENTS} ORDER BY id").fetchall()
        out = []
        for r in rows:
            try:
                out.append(Event(r[0], str(r[1]), r[2], r[3], r[4], _dt.datetime.fromisoformat(r[5])))
            except (TypeError, ValueError):
                continue  # a damaged row: the order of questions is a convenience; answers are what is kept
        return out

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        from senrules_answers import AnswerStoreError, open_database

        try:
            con = open_database(self.path)
        except AnswerStoreError as err:
            raise SessionStoreError(err.message) from None
        except sqlite3.Error as err:
            raise SessionStoreError(f"{self.path}: cannot read ({err})") from None
        try:
            yield con
        except sqlite3.DatabaseError as err:
            raise SessionStoreError(f"{self.path}: the session file is damaged ({err})") from None
        finally:
            con.close()

    # ------------------------------------------------------------ action plan
    def plan(self) -> list[dict] | None:
        """The action plan as saved (None: never saved, so propose one)."""
        if self.pending:
            return None
        with self._reading() as con:
            rows = con.execute(
                f"SELECT position, {', '.join(PLAN_FIELDS)}, source FROM {PLAN} ORDER BY position"
            ).fetchall()
            saved = con.execute(f"SELECT value FROM {META} WHERE key = 'plan_saved'").fetchone()
        if not rows and not saved:
            return None
        return [dict(zip(("position", *PLAN_FIELDS, "source"), r)) for r in rows]

    def save_plan(self, rows: list[dict]) -> None:
        """Replace the saved action plan, in one transaction."""
        self._ensure()
        now = _now().isoformat()
        try:
            with contextlib.closing(self._write()) as con, con:
                con.execute(f"DELETE FROM {PLAN}")
                con.executemany(
                    f"INSERT INTO {PLAN} (position, {', '.join(PLAN_FIELDS)}, source, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, *(r.get(f) or "" for f in PLAN_FIELDS), r.get("source"), now) for i, r in enumerate(rows, 1)],
                )
                con.execute(f"INSERT OR REPLACE INTO {META} VALUES ('plan_saved', ?)", (json.dumps(now),))
        except sqlite3.Error as err:
            raise SessionStoreError(f"{self.path}: the plan could not be saved ({err}); nothing was changed") from None

    def set_meta(self, key: str, value) -> None:
        self._ensure()
        try:
            with contextlib.closing(self._write()) as con, con:
                con.execute(f"INSERT OR REPLACE INTO {META} VALUES (?, ?)", (key, json.dumps(value)))
        except sqlite3.Error as err:
            raise SessionStoreError(f"{self.path}: could not be written ({err}); nothing was changed") from None
        self.meta[key] = value

    # ------------------------------------------------------------ one process at a time
    def claim(self) -> SessionStore:
        """Lock this session for this process (until it ends, or
        :meth:`release`): a second process that continues the same session
        is refused with :class:`SessionStoreError` instead of writing over
        this one's plan.  A session not written yet is locked as soon as
        its file is made.  Locking again in the same process is allowed."""
        self._claim = True
        if self.pending:
            return self
        key = str(self.path.resolve())
        if key in _HELD:
            return self
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks here; documented in docs/assistant.md
            return self
        lock = self.path.with_name(f".{self.path.name}.lock")
        try:
            fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)
        except OSError:
            return self  # a read-only folder: nothing can be written there by anyone, so no clash
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise SessionStoreError(
                f"{self.path} is open in another senrules (a window or process still running); "
                "finish or close it there first, so that neither overwrites the other's answers or plan"
            ) from None
        _HELD[key] = fd
        return self

    def release(self) -> None:
        """Give the lock taken by :meth:`claim` back."""
        self._claim = False
        fd = _HELD.pop(str(self.path.resolve()), None)
        if fd is not None:
            os.close(fd)  # closing the descriptor releases the lock

    # ------------------------------------------------------------ listing
    def info(self) -> SessionInfo:
        rows = self.answer_rows()
        updated = max((r.answered_at for r in rows), default=None)
        with contextlib.suppress(SessionStoreError):
            for e in self.events():
                updated = max(updated, e.at) if updated else e.at
        if updated is None and self.meta.get("created_at"):
            updated = _dt.datetime.fromisoformat(self.meta["created_at"])
        return SessionInfo(self.path, dict(self.meta), len(rows), updated)


_HELD: dict[str, int] = {}  # session files this process has locked: their lock files' descriptors


def _clear_unfinished(path: Path) -> None:
    """Remove files a killed process left while making a session at
    ``path`` (``.NAME.PID.new``, whose process is gone): they never held
    an answer, since the first answer is written after the file is placed."""
    for left in path.parent.glob(f".{path.name}.*.new"):
        pid = left.name[len(path.name) + 2: -len(".new")]
        if not pid.isdigit():
            continue
        if int(pid) != os.getpid():
            try:
                os.kill(int(pid), 0)
                continue  # still running: it may be making its own session
            except ProcessLookupError:
                pass
            except (PermissionError, OverflowError):
                continue
        with contextlib.suppress(OSError):
            left.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, path: Path) -> None:
    """Move the finished file ``tmp`` to ``path`` without ever overwriting
    a session: a hard link fails if the name is taken; an empty file (which
    holds nothing) is replaced."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        if path.is_file() and path.stat().st_size == 0:
            os.replace(tmp, path)
        else:
            raise SessionStoreError(f"{path} was created by someone else meanwhile; nothing was written to it") from None
    except OSError:  # a file system without hard links
        if path.exists() and path.stat().st_size:
            raise SessionStoreError(f"{path} was created by someone else meanwhile; nothing was written to it") from None
        os.replace(tmp, path)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def list_sessions(folder: Path, kind: str | None = None) -> list[SessionInfo]:
    """The sessions in ``folder`` (only those of ``kind``, ``proposal`` or
    ``self-evaluation``, when given), most recently used first; files that
    are not sessions are left out (and left alone)."""
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.sqlite"):
        try:
            info = SessionStore.open(path).info()
        except SessionStoreError:
            continue
        if kind is None or info.kind == kind:
            out.append(info)
    out.sort(key=lambda s: (s.updated or _dt.datetime.min, str(s.path)), reverse=True)
    return out
