"""Batches from the command line, as NDJSON: one case a line in, one record a
line out, in the same order (``senrules batch``, and with ``--documents``
proposal documents).

A line that cannot be used (not JSON, a fact the ruleset does not have, a
value of the wrong type) is reported on standard error with its line number
(``senrules batch: cases.ndjson, line 12: ...``) and as an error record in the output
(``{"line": 12, "error": {"message": ...}}``); the other lines are evaluated
all the same.  Blank lines are skipped (and counted, so line numbers are
those of the input).  Every record has the shape of the schema
``senrules schema batch-record``.

Verdicts go through the fast path, :meth:`~senrules.ruleset.Ruleset.verdicts_many`,
in chunks, from the one function :func:`verdicts_for`; ``--explain`` gives
the full result of each case instead (slower: every verdict explained).

Exit codes: 0 every line evaluated; 1 some lines were bad (each has an error
record); 2 nothing was evaluated (the ruleset, the input or an option could
not be used).  A progress bar is drawn on standard error when it is a
terminal, and never otherwise.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
import time
from collections.abc import Iterator
from typing import IO, Any

from senrules.errors import InputError, SenrulesError

EXIT_OK, EXIT_BAD_LINES, EXIT_ERROR = 0, 1, 2
#: What date arithmetic raises for a date near year 1 or 9999 (the engine
#: does not bound evaluation dates itself): reported as a bad case.
ENGINE_LIMITS = (ValueError, OverflowError)


def out_of_range(err: Exception) -> str:
    return f"a date is out of the range the rules can work with ({err}); give an evaluation date and dates nearer today"
CHUNK = 256
MAX_LINE_BYTES = 25_000_000  # a base64 proposal document of the plugin's 20 MB limit fits


# ------------------------------------------------------------------ progress


class Progress:
    """A one-line progress bar on a terminal (standard error); silent on
    anything else, so logs and pipes never get control characters."""

    def __init__(self, stream: IO[str], total: int | None, label: str, enabled: bool | None = None):
        self.stream, self.total, self.label = stream, total, label
        self.enabled = _is_terminal(stream) if enabled is None else enabled
        self.done = self.bad = 0
        self.start = self._last = time.monotonic()

    def update(self, done: int, bad: int, force: bool = False) -> None:
        self.done, self.bad = done, bad
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.1):
            return
        self._last = now
        rate = done / max(now - self.start, 1e-9)
        if self.total:
            share = min(done / self.total, 1.0)
            filled = int(share * 30)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total} lines ({share:.0%})"
        else:
            bar = f"{done} lines"
        extra = f", {bad} bad" if bad else ""
        self.stream.write(f"\r{self.label}: {bar}{extra}, {rate:,.0f} lines/s\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.update(self.done, self.bad, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# ------------------------------------------------------------------ input


def _open_input(name: str) -> tuple[IO[str], int | None]:
    """The input stream, and its number of lines when it is a file that can
    be counted first (for the progress bar)."""
    if name == "-":
        return sys.stdin, None
    from pathlib import Path

    path = Path(name)
    try:
        with path.open("rb") as fh:
            total = sum(1 for _ in fh)
        return path.open(encoding="utf-8", newline=None), total
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not an NDJSON file") from None
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror})") from None


def numbered_lines(stream: IO[str]) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, text, error)`` for each non-blank line."""
    n = 0
    while True:
        try:
            line = stream.readline(MAX_LINE_BYTES + 1)
        except UnicodeDecodeError as err:
            n += 1
            yield n, None, f"not UTF-8 text (bad byte at position {err.start}); the rest of the input cannot be read"
            return
        if not line:
            return
        n += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith("\n"):
            # skip the rest of an over-long line
            while line and not line.endswith("\n"):
                line = stream.readline(1 << 20)
            yield n, None, f"longer than {MAX_LINE_BYTES:,} characters"
            continue
        if line.strip():
            yield n, line, None


# ------------------------------------------------------------------ records


class BadLine(str):
    """The message of a line that cannot be used, with what is known of it
    (its ``service`` or ``filename``) for the error record."""

    extra: dict

    @classmethod
    def of(cls, message: str, text: str | None = None) -> BadLine:
        bad = cls(message)
        bad.extra = {}
        try:
            data = json.loads(text) if text else None
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict):
            bad.extra = {k: data[k] for k in ("service", "filename") if isinstance(data.get(k), str)}
        return bad


def error_record(line: int | None, message: str, **extra: Any) -> dict:
    record: dict[str, Any] = {"line": line} if line is not None else {}
    record.update({k: v for k, v in extra.items() if v is not None})
    record["error"] = {"message": message}
    return record


def verdicts_for(rs, cases: list[tuple[dict, Any]], parameters) -> list[dict[str, str | None]]:
    """The fast path, in one place: verdicts for ``(facts, evaluation_date)``
    pairs.  (Switch here to the columnar API of :mod:`senrules.batch`.)"""
    return rs.verdicts_many(cases, parameters=parameters)


def _verdict_record(line: int, service, date, verdicts: dict, overall_id: str | None) -> dict:
    named = {k: (v if v is not None else "unknown") for k, v in verdicts.items()}
    record = {"line": line}
    if service is not None:
        record["service"] = service
    record["evaluation_date"] = date.isoformat()
    record["overall"] = named.get(overall_id) if overall_id else None
    record["verdicts"] = named
    return record


class FactsBatch:
    """Evaluates facts documents, line by line, in chunks through the fast
    path (or explained, one by one)."""

    def __init__(self, rs, *, evaluation_date=None, parameters=None, explain: bool = False, problems=None):
        from senrules.engine import parse_evaluation_date, resolve_parameters
        from senrules.links import declared_facts

        self.rs, self.explain = rs, explain
        self.unit = "line"  # how a message names a case: "line 12" (the HTTP service: "case 12")
        self.declared = declared_facts(rs)
        self.date_override = parse_evaluation_date(evaluation_date) if evaluation_date else None
        self.today = parse_evaluation_date(None)
        self.parameters = parameters
        resolve_parameters(rs, parameters, self.today)  # a bad override stops the batch before any line
        self.overall_id = "overall" if any(n.id == "overall" for n in rs.program.nodes) else None

    def case(self, line: int, text: str):
        """``(case, date)`` of a line, or raise :class:`InputError`."""
        from senrules.cases import parse_json, read_case

        where = f"line {line}"
        case = read_case(parse_json(text, where, one_line=True), self.declared, where, source="batch line",
                         check_values=self.explain)
        date = self.date_override or case.evaluation_date or self.today
        return case, date

    def _params(self, case):
        if case.parameters is None:
            return self.parameters
        return {**(self.parameters or {}), **case.parameters}

    def run_chunk(self, items: list[tuple[int, Any]]) -> list[dict]:
        """Records for ``[(line, (case, date)) or (line, error message)]``, in order."""
        good = [(n, c) for n, c in items if not isinstance(c, str)]
        out: dict[int, dict] = {n: error_record(n, c, **getattr(c, "extra", {})) for n, c in items if isinstance(c, str)}
        if self.explain:
            for n, (case, date) in good:
                out[n] = self._explained(n, case, date)
        else:
            shared = [(n, c) for n, c in good if c[0].parameters is None]
            own = [(n, c) for n, c in good if c[0].parameters is not None]
            try:
                many = verdicts_for(self.rs, [(c.facts, d) for _, (c, d) in shared], self.parameters)
            except (SenrulesError, *ENGINE_LIMITS):
                many = None  # some case is refused: find which, one at a time
            if many is not None:
                for (n, (case, date)), v in zip(shared, many, strict=True):
                    out[n] = _verdict_record(n, case.service, date, v, self.overall_id)
            else:
                own = shared + own
            for n, (case, date) in own:
                try:
                    (v,) = verdicts_for(self.rs, [(case.facts, date)], self._params(case))
                    out[n] = _verdict_record(n, case.service, date, v, self.overall_id)
                except SenrulesError as err:  # (a batch of one: the batch's own "service 1: " says nothing)
                    message = err.message.removeprefix("service 1: ")
                    out[n] = error_record(n, f"{self.unit} {n}: {message}", service=case.service)
                except ENGINE_LIMITS as err:
                    out[n] = error_record(n, f"{self.unit} {n}: {out_of_range(err)}", service=case.service)
        return [out[n] for n, _ in items]

    def _explained(self, n: int, case, date) -> dict:
        try:
            result = self.rs.evaluate(list(case.evidence), evaluation_date=date, parameters=self._params(case))
        except SenrulesError as err:
            return error_record(n, f"{self.unit} {n}: {err.message}", service=case.service)
        except ENGINE_LIMITS as err:
            return error_record(n, f"{self.unit} {n}: {out_of_range(err)}", service=case.service)
        record: dict[str, Any] = {"line": n}
        if case.service is not None:
            record["service"] = case.service
        record["result"] = result.to_dict()
        return record


class EditionsBatch:
    """Facts documents for a ruleset with several editions: each line is
    evaluated with the edition in force on its evaluation date (``--date``,
    else the line's, else today), through that edition's
    :class:`FactsBatch`; a date on which no edition is in force makes an
    error record.  Verdict records name the edition (``edition``).  A
    ruleset asked for by name (``ID@VERSION``) is one edition: use
    :class:`FactsBatch`."""

    def __init__(self, rs, **options):
        from senrules.engine import parse_evaluation_date

        self.rs, self.options = rs, options
        self.unit = "line"
        self.batches = {rs.edition: FactsBatch(rs, **options)}
        self.date_override = parse_evaluation_date(options["evaluation_date"]) if options.get("evaluation_date") else None
        self.today = parse_evaluation_date(None)

    def _batch(self, edition) -> FactsBatch:
        found = self.batches.get(edition.name)
        if found is None:
            found = self.batches[edition.name] = FactsBatch(self.rs.editions.load(edition), **self.options)
        found.unit = self.unit
        return found

    def case(self, line: int, text: str):
        from senrules.cases import parse_json
        from senrules.engine import parse_evaluation_date

        where = f"{self.unit} {line}"
        date = self.date_override
        if date is None:
            data = parse_json(text, where, one_line=True)
            given = data.get("evaluation_date") if isinstance(data, dict) else None
            try:
                date = parse_evaluation_date(given) if given is not None else self.today
            except InputError as err:
                raise InputError(f"{where}: {err.message}") from None
        try:
            edition = self.rs.editions.choose(date)
        except SenrulesError as err:
            raise InputError(f"{where}: {err.message}") from None
        try:
            return edition.name, self._batch(edition).case(line, text)
        except InputError as err:
            raise InputError(f"{err.message} (edition {edition.name}, the one in force on {date})") from None

    def run_chunk(self, items: list[tuple[int, Any]]) -> list[dict]:
        groups: dict[str, list] = {}
        for n, item in items:
            name = self.rs.edition if isinstance(item, str) else item[0]
            groups.setdefault(name, []).append((n, item if isinstance(item, str) else item[1]))
        out: dict[int, dict] = {}
        for name, part in groups.items():
            batch = self.batches[name]
            batch.unit = self.unit
            for (n, _), record in zip(part, batch.run_chunk(part)):
                if "verdicts" in record:  # name the edition, after the line and service
                    head = {k: record[k] for k in ("line", "service") if k in record}
                    record = {**head, "edition": name, **{k: v for k, v in record.items() if k not in head}}
                out[n] = record
        return [out[n] for n, _ in items]


class ProposalBatch:
    """Checks proposal documents, one a line: ``{"filename": "plan.md",
    "text": "..."}`` or ``{"filename": "plan.docx", "base64": "..."}``."""

    def __init__(self, rs, *, parameters=None):
        self.rs, self.parameters = rs, parameters
        self.unit = "line"

    def case(self, line: int, text: str):
        from senrules.cases import parse_json

        where = f"line {line}"
        try:
            data = parse_json(text, where, one_line=True)
        except InputError as err:
            if "not valid JSON" in err.message or "nested too deeply" in err.message:
                raise
            raise InputError(f"{where}: expected a JSON object with `filename` and `text` or `base64`") from None
        extra = [k for k in data if k not in ("filename", "text", "base64")]
        if extra:
            raise InputError(f"{where}: unexpected key `{extra[0]}`; expected filename, text or base64")
        name = data.get("filename")
        if name is not None and not isinstance(name, str):
            raise InputError(f"{where}: `filename` must be text")
        if ("text" in data) == ("base64" in data):
            raise InputError(f"{where}: give the document as `text` or as `base64`, not both or neither")
        if "text" in data:
            if not isinstance(data["text"], str):
                raise InputError(f"{where}: `text` must be text")
            body = data["text"].encode("utf-8")
        else:
            try:
                body = base64.b64decode(data["base64"], validate=True) if isinstance(data["base64"], str) else None
            except (binascii.Error, ValueError):
                body = None
            if body is None:
                raise InputError(f"{where}: `base64` is not base64 text")
        return name, body

    def run_chunk(self, items: list[tuple[int, Any]]) -> list[dict]:
        from senrules.documents import check_proposal_bytes, clean_filename

        out = []
        for n, item in items:
            if isinstance(item, str):
                extra = dict(getattr(item, "extra", {}))
                if "filename" in extra:
                    extra["filename"] = clean_filename(extra["filename"])
                out.append(error_record(n, item, **extra))
                continue
            name, body = item
            try:
                report = check_proposal_bytes(body, name, ruleset=self.rs, parameters=self.parameters)
            except SenrulesError as err:
                out.append(error_record(n, f"{self.unit} {n}: {err.message}", filename=clean_filename(name)))
                continue
            out.append({"line": n, "filename": report.path, "report": report.to_dict()})
        return out


def run(batch, source: str, output: IO[str], *, label: str, progress: bool | None = None,
        chunk: int = CHUNK, errors: IO[str] | None = None) -> int:
    """Read ``source`` (a path, or ``-`` for standard input), write one record
    a line to ``output``; bad lines also go to ``errors`` (standard error).
    Returns the exit code."""
    errors = errors if errors is not None else sys.stderr
    stream, total = _open_input(source)
    bar = Progress(errors, total, label, enabled=progress if progress is not None else None)
    lines = bad = 0
    where = "" if source == "-" else f"{printable(source)}, "  # the file, as the person named it
    try:
        pending: list[tuple[int, Any]] = []

        def flush() -> None:
            nonlocal bad
            for record in batch.run_chunk(pending):
                if "error" in record:
                    bad += 1
                    if bar.enabled:
                        errors.write("\r\x1b[K")
                    errors.write(f"{label}: {where}{_with_line(record)}\n")
                output.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            output.flush()
            pending.clear()
            bar.update(lines, bad)

        for n, text, problem in numbered_lines(stream):
            lines = n
            if problem is not None:
                pending.append((n, f"line {n}: {problem}"))
            else:
                try:
                    pending.append((n, batch.case(n, text)))
                except InputError as err:
                    pending.append((n, BadLine.of(err.message, text)))
            if len(pending) >= chunk:
                flush()
        flush()
    finally:
        if stream is not sys.stdin:
            stream.close()
        bar.close()
    return EXIT_BAD_LINES if bad else EXIT_OK


def printable(text: str) -> str:
    """``text`` with control characters written as escapes (``\x1b``), so
    a value quoted from the input cannot move the cursor or recolour the
    terminal, nor split one message over two lines."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _with_line(record: dict) -> str:
    message = printable(record["error"]["message"])
    n = record.get("line")
    return message if n is None or message.startswith(f"line {n}") else f"line {n}: {message}"

