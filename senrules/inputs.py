"""Reading input files: one bounded, non-blocking reader for every kind.

Every file senrules reads on a person's behalf (rule files, facts and
parameter files, a data folder's manifest, CSV and Excel tables, the rulesets
linked facts name, proposal documents) comes through this module, so the same
guarantees hold for all of them:

* **Only regular files.**  A folder, a named pipe, a socket or a device
  (``/dev/zero``, ``/dev/stdin``) is refused, without blocking: the file is
  opened with ``O_NONBLOCK`` and checked with ``fstat`` before a byte is read.
* **Bounded size.**  At most :data:`LIMITS` ``[what]`` bytes are read; a larger
  file is refused with a message naming it and the limit.  A zip container
  (``.xlsx``, ``.docx``) is also checked member by member, the declared and the
  actual uncompressed sizes, before anything opens it (:func:`check_zip`).
* **Clear decoding.**  Text must be UTF-8; the first bad byte is reported with
  its line and column (:func:`decode`).
* **Bounded nesting.**  JSON and TOML nested deeper than :data:`MAX_DATA_NESTING`
  are refused, with the line and column where the limit was passed, before
  the (recursive) parser sees them (:func:`load_json`, :func:`load_toml`), and
  a number of more than :data:`MAX_NUMBER_DIGITS` digits is refused.
* **Nothing echoed from a refused file.**  Messages name the file, the place
  and the rule broken; they never quote the content of a file that was refused.

Each function raises :class:`InputRefused` (an :class:`~senrules.errors.InputError`),
whose message starts with the file as given.  The API, for a plugin as much as
for the library::

    from senrules.inputs import read_text, read_bytes, load_json, load_toml, check_zip

    text = read_text(path, what="proposal")            # str, or InputRefused
    data = load_toml(read_text(path, what="manifest"), path)

Data folders: :func:`confined` keeps a path a manifest names inside its data
folder (symbolic links resolved) unless the person allowed otherwise
(``--allow-outside-data``, or ``SENRULES_ALLOW_OUTSIDE_DATA=1``).

The limits, in one place (documented in ``docs/plugins.md``, "Limits on input"):
"""

from __future__ import annotations

import functools
import os
import re
import stat
from pathlib import Path

from senrules.errors import InputError

#: The most bytes read for each kind of input.  A larger file is refused.
LIMITS: dict[str, int] = {
    "rules": 2_000_000,        # one rule file (same as parser.MAX_FILE_BYTES)
    "facts": 20_000_000,       # a facts file (JSON or TOML)
    "parameters": 1_000_000,   # a parameter file (JSON or TOML)
    "manifest": 1_000_000,     # a data folder's senrules-data.toml
    "table": 50_000_000,       # a CSV file, or an .xlsx workbook as stored (compressed)
    "proposal": 10_000_000,    # a proposal document (Markdown, text, or .docx as stored)
    "answers": 200_000_000,    # an answers or session database
    "text": 10_000_000,        # anything else read as text
}

#: The most bytes a zip container (.xlsx, .docx) may hold once uncompressed,
#: all members together; and the most members it may have.
MAX_UNZIPPED_BYTES = 200_000_000
MAX_ZIP_MEMBERS = 10_000
#: A member that uncompresses to more than this many times its stored size
#: (and to more than 1 MB) is refused as a likely zip bomb.
MAX_ZIP_RATIO = 200

#: Deepest nesting of lists and tables a JSON or TOML data file may use.
MAX_DATA_NESTING = 64

#: The most digits a number in a data file may have (Python's own limit for
#: converting text to int is 4,300).
MAX_NUMBER_DIGITS = 4_000

#: Set to 1 to let a data folder's manifest name files outside the folder.
ALLOW_OUTSIDE_ENV = "SENRULES_ALLOW_OUTSIDE_DATA"


class InputRefused(InputError):
    """A file that is not read: not a regular file, too large, not UTF-8,
    nested too deeply, or outside its data folder."""


def size_words(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


#: How each kind is named in messages.
NOUNS: dict[str, str] = {
    "rules": "rule file", "facts": "facts file", "parameters": "parameter file", "manifest": "manifest",
    "table": "table", "proposal": "proposal document", "answers": "answers file", "text": "file",
}


def noun(what: str) -> str:
    return NOUNS.get(what, f"{what} file")


def limit_for(what: str) -> int:
    return LIMITS.get(what, LIMITS["text"])


def kind_of_file(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path: str | os.PathLike, *, what: str = "text", limit: int | None = None,
               shown: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` (default:
    :data:`LIMITS` ``[what]``).  ``shown`` is the name used in messages
    (default: the path as given).  Raises :class:`InputRefused`."""
    limit = limit_for(what) if limit is None else limit
    name = shown or os.fspath(path)
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise InputRefused(f"{name}: no such file") from None
    except OSError as err:
        raise InputRefused(f"{name}: cannot read ({err.strerror})") from None
    if not stat.S_ISREG(before.st_mode):
        raise InputRefused(f"{name}: is {kind_of_file(before.st_mode)}, not a file; give the {noun(what)} itself")
    if before.st_size > limit:
        raise InputRefused(f"{name}: is {size_words(before.st_size)}; the limit for a {noun(what)} is {size_words(limit)}")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise InputRefused(f"{name}: cannot read ({err.strerror})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # replaced between the stat and the open
            raise InputRefused(f"{name}: is {kind_of_file(st.st_mode)}, not a file; give the {noun(what)} itself")
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise InputRefused(f"{name}: is larger than {size_words(limit)}, the limit for a {noun(what)}")
    except OSError as err:
        raise InputRefused(f"{name}: cannot read ({err.strerror})") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def decode(data: bytes, name: str, *, what: str = "text") -> str:
    """``data`` as UTF-8 text, or :class:`InputRefused` naming the line and
    column of the first byte that is not UTF-8 (a byte-order mark is kept)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, column = place_of_byte(data, err.start)
        raise InputRefused(
            f"{name}, line {line}, column {column}: not UTF-8 text (byte 0x{data[err.start]:02x}); "
            f"save the {noun(what)} as UTF-8",
        ) from None


def place_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of byte ``offset``."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def read_text(path: str | os.PathLike, *, what: str = "text", limit: int | None = None,
              shown: str | None = None) -> str:
    """The UTF-8 text of the regular file ``path`` (see :func:`read_bytes`
    and :func:`decode`).  Raises :class:`InputRefused`."""
    name = shown or os.fspath(path)
    return decode(read_bytes(path, what=what, limit=limit, shown=name), name, what=what)


# ------------------------------------------------------------------ nesting

@functools.cache
def _tokens(toml: bool) -> re.Pattern:
    """Strings, comments, brackets and long numbers (compiled on first use:
    a pattern with a long repeat count is slow to compile)."""
    long_number = r"[\d_]{%d,}" % (MAX_NUMBER_DIGITS + 1)
    if toml:
        return re.compile(
            r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]|' + long_number,
        )
    return re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|' + long_number, re.S)


@functools.cache
def _long_digits() -> re.Pattern:
    return re.compile(r"\d{%d}" % (MAX_NUMBER_DIGITS + 1))


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def check_nesting(text: str, name: str, *, toml: bool = False, limit: int = MAX_DATA_NESTING) -> None:
    """Refuse JSON (or TOML) text nested deeper than ``limit``, or with a
    number of more than :data:`MAX_NUMBER_DIGITS` digits, naming the line and
    column; in one pass, before a recursive parser sees it."""
    opens = text.count("[") + text.count("{")
    long_number = _long_digits().search(text)
    if opens <= limit and long_number is None:
        return
    depth = 0
    for match in _tokens(toml).finditer(text):
        token = match.group()
        first = token[0]
        if first in "[{":
            depth += 1
            if depth > limit:
                line, column = _line_col(text, match.start())
                raise InputRefused(f"{name}, line {line}, column {column}: nested more than {limit} levels deep")
        elif first in "]}":
            depth = max(0, depth - 1)
        elif first.isdigit() or first == "_":
            line, column = _line_col(text, match.start())
            raise InputRefused(
                f"{name}, line {line}, column {column}: a number of {len(token):,} digits; "
                f"the limit is {MAX_NUMBER_DIGITS:,}",
            )


def check_depth(data, name: str, *, limit: int = MAX_DATA_NESTING) -> None:
    """Refuse parsed data nested deeper than ``limit`` (dotted TOML keys can
    nest without brackets); iterative, so it cannot overflow the stack."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            raise InputRefused(f"{name}: nested more than {limit} levels deep")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def load_json(text: str, name: str):
    """Parse JSON text, bounded (see :func:`check_nesting`); raises
    :class:`InputRefused` with the line and column of a syntax error."""
    import json  # here, not at the top: reading rule files (every load) needs neither parser

    check_nesting(text, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputRefused(f"{name}, line {err.lineno}, column {err.colno}: not valid JSON ({err.msg})"
                           f"{_json_hint(err)}") from None
    except (ValueError, RecursionError) as err:
        raise InputRefused(f"{name}: not valid JSON ({_first_clause(err)})") from None


def load_toml(text: str, name: str) -> dict:
    """Parse TOML text, bounded (see :func:`check_nesting` and
    :func:`check_depth`); raises :class:`InputRefused` saying where."""
    import tomllib

    check_nesting(text, name, toml=True)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        hint = ""
        if str(err).startswith(("Cannot overwrite a value", "Cannot declare")):  # a section header misspelt, most often
            hint = ("; a section is given twice: check the spelling of the `[[...]]` headers above, and that each "
                    "`[name.columns]` follows a `[[name]]` of the same name")
        raise InputRefused(f"{name}: not valid TOML ({err}){hint}") from None
    except (ValueError, RecursionError) as err:
        raise InputRefused(f"{name}: not valid TOML ({_first_clause(err)})") from None
    check_depth(data, name)
    return data


def _json_hint(err) -> str:
    """The likely fix of a JSON syntax error people make by hand: a comma
    after the last item of an object or a list."""
    after = err.doc[err.pos:err.pos + 1] if isinstance(err.doc, str) else ""
    if after in ("}", "]") and err.msg in ("Expecting property name enclosed in double quotes", "Expecting value"):
        return f"; is there a comma before this `{after}`? JSON allows none after the last item"
    return ""


def _first_clause(err: BaseException) -> str:
    text = str(err) or type(err).__name__
    return text.split(";")[0].split(": value has")[0]


# ------------------------------------------------------------------ zip containers


def check_zip(path: str | os.PathLike, *, what: str = "table", shown: str | None = None,
              max_total: int = MAX_UNZIPPED_BYTES) -> None:
    """Refuse a zip container (.xlsx, .docx) whose members would uncompress
    to too much: more than :data:`MAX_ZIP_MEMBERS` members, more than
    ``max_total`` bytes declared in all, a member far more compressed than
    documents are (:data:`MAX_ZIP_RATIO`), or a member that uncompresses to
    more than it declares.  Each member is streamed, never held whole.  Not a
    zip file at all is left to the caller to report."""
    import zipfile

    name = shown or os.fspath(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise InputRefused(f"{name}: holds {len(members):,} parts; the limit for a {noun(what)} is {MAX_ZIP_MEMBERS:,}")
        declared = sum(m.file_size for m in members)
        if declared > max_total:
            raise InputRefused(
                f"{name}: would uncompress to {size_words(declared)}; the limit for a {noun(what)} is {size_words(max_total)}",
            )
        actual = 0
        for member in members:
            if member.file_size > 1_000_000 and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
                raise InputRefused(
                    f"{name}: part {member.filename} is compressed {member.file_size // max(member.compress_size, 1):,} "
                    f"to 1, far more than a real {noun(what)} (a zip bomb?)",
                )
            try:
                with archive.open(member) as fh:
                    size = 0
                    while chunk := fh.read(1 << 20):
                        size += len(chunk)
                        if size > member.file_size or actual + size > max_total:
                            raise InputRefused(
                                f"{name}: part {member.filename} uncompresses to more than it declares, "
                                f"or past the limit of {size_words(max_total)}",
                            )
            except InputRefused:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as err:
                raise InputRefused(f"{name}: part {member.filename} is damaged ({type(err).__name__})") from None
            actual += size


# ------------------------------------------------------------------ data folders


def allow_outside(flag: bool | None = None) -> bool:
    """Whether paths outside a data folder are allowed: ``flag`` if given,
    else ``SENRULES_ALLOW_OUTSIDE_DATA``."""
    if flag is not None:
        return flag
    return os.environ.get(ALLOW_OUTSIDE_ENV, "").strip().lower() in ("1", "yes", "true")


def confined(folder: str | os.PathLike, name: str | os.PathLike, *, allow: bool | None = None,
             shown: str | None = None, where: str = "the data folder") -> Path:
    """The path a data folder's manifest names, ``name`` relative to
    ``folder``; refused (:class:`InputRefused`) when it leads outside the
    folder, by ``..``, an absolute path or a symbolic link, unless allowed
    (see :func:`allow_outside`)."""
    path = Path(folder) / name
    if allow_outside(allow):
        return path
    root = Path(folder).resolve()
    target = path.resolve()
    if target != root and root not in target.parents:
        label = shown or os.fspath(name)
        raise InputRefused(
            f"{label}: is outside {where} (through `..`, an absolute path or a symbolic link), so it is "
            f"not read; move it into the folder, or allow it with --allow-outside-data "
            f"(or {ALLOW_OUTSIDE_ENV}=1)",
        )
    return path
