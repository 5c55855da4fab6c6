"""A private, verified on-disk cache for what loading rules computes.

Two things are cached: the compiled form of each ruleset (see
:mod:`senrules.ruleset`) and the tables of the rule-language parser (see
:mod:`senrules.parser`).  Both come back as Python objects, and the compiled
rules are code objects, so a cache file planted by someone else would run
their code as whoever next loads rules.  This module is the one place that
reads and writes cache files, and it trusts a file only when all of these hold:

* the folder is a real folder owned by the current user and private (no
  permission bits for group or others; it is created 0700);
* the file is a regular file (not a link, pipe or device) owned by the current
  user and private (created 0600), and no larger than :data:`MAX_BYTES`;
* its keyed hash (HMAC-SHA256 over its name and its exact bytes) verifies
  under the user's secret key, 32 random bytes kept in the file ``key`` in
  the same folder (itself checked the same way, and made anew when it fails).

A file that fails any check is never decoded: it is removed (so the next
write replaces it) and the caller rebuilds what it needed, with a note on the
``senrules.cache`` logger at debug level.  A folder that is not private and
that senrules did not name itself (``$SENRULES_CACHE_DIR``) is not used at
all; the default folder is made private again, and emptied when others could
write to it.  Files are opened relative to the folder's open descriptor, so
the folder checked is the folder read.  On Windows, which has neither POSIX
owners nor modes, the folder is the user's own local application data and
the keyed hash is the check.

Where: ``$SENRULES_CACHE_DIR`` if set, else the user cache folder that
platformdirs names (``~/.cache/senrules`` on Linux).  ``SENRULES_NO_CACHE=1``
turns the cache off; ``senrules cache`` shows it and ``senrules cache --clear``
empties it; deleting the folder is always safe.  See docs/cache.md.
"""

from __future__ import annotations

import hmac
import os
import stat
import sys
from pathlib import Path

ENV_DIR = "SENRULES_CACHE_DIR"
ENV_OFF = "SENRULES_NO_CACHE"
KEY_NAME = "key"
KEY_BYTES = 32
SUFFIX = ".cache"
MAGIC = b"senrules-cache 1\n"
TAG_BYTES = 32  # HMAC-SHA256
MAX_BYTES = 256 * 1024 * 1024
"""A cache file larger than this is not read (the compiled DCSF ruleset is under 2 MB)."""

_POSIX = (
    os.name == "posix" and hasattr(os, "O_NOFOLLOW") and hasattr(os, "fchmod")
    and {os.open, os.link, os.rename, os.unlink} <= os.supports_dir_fd and os.listdir in os.supports_fd
)
"""Files are opened, linked, renamed and removed relative to the folder's
descriptor, with owners and modes checked (Linux, macOS, the BSDs)."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a pipe planted under a cache name must not block the open
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def note(message: str, *args) -> None:
    """Log ``message`` (%-style, with ``args``) at debug level: a cache that
    cannot be used is said to a developer, never an error for the person."""
    import logging  # only when there is something to say

    logging.getLogger("senrules.cache").debug(message, *args)


_warned: set[str] = set()


def _warn_once(path: Path, why: str) -> None:
    """The folder SENRULES_CACHE_DIR names cannot be used: said once per
    process at warning level (shown even without logging set up), since the
    person chose that folder and every load is slow until it is fixed."""
    if str(path) in _warned:
        return
    _warned.add(str(path))
    import logging

    logging.getLogger("senrules.cache").warning(
        "senrules: the cache folder %s (SENRULES_CACHE_DIR) is not used: %s; make it private "
        "(chmod 700 %s) or name another folder", path, why, path,
    )


def disabled() -> bool:
    """Whether ``SENRULES_NO_CACHE`` turns the cache off (any value but empty or 0)."""
    return os.environ.get(ENV_OFF, "").strip() not in ("", "0")


def _default_location() -> Path:
    """platformdirs' user cache folder for senrules.  On Linux it is worked
    out here, as platformdirs does (the XDG rule), because importing
    platformdirs there costs about 10 ms, a third of a cached load; a test
    checks the two agree."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(base if base else os.path.expanduser("~/.cache")) / "senrules"
    import platformdirs

    return Path(platformdirs.user_cache_dir("senrules", appauthor=False))


def location() -> Path:
    """The cache folder: ``$SENRULES_CACHE_DIR``, else the user cache folder."""
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else _default_location()


def _uid() -> int:
    return os.geteuid()


def _private(st: os.stat_result) -> str | None:
    """Why a file or folder's owner or mode makes it untrustworthy, or None."""
    if st.st_uid != _uid():
        return f"it is owned by user {st.st_uid}, not by the current user ({_uid()})"
    if st.st_mode & 0o077:
        return f"others may use it (mode {stat.S_IMODE(st.st_mode):04o}; it must be 0700 for the folder, 0600 for a file)"
    return None


class _Folder:
    """The cache folder, opened and checked once for a read or a write.

    ``fd`` is the folder's descriptor (POSIX), and every file is opened
    relative to it; on other systems it is None and paths are used."""

    def __init__(self, path: Path, fd: int | None):
        self.path = path
        self.fd = fd

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -------------------------------------------------------------- files in the folder
    def _where(self, name: str):
        return (name, {"dir_fd": self.fd}) if self.fd is not None else (str(self.path / name), {})

    def read(self, name: str, limit: int = MAX_BYTES) -> bytes | str:
        """The bytes of file ``name``, or why it cannot be trusted (a str).
        A missing file gives ``""``."""
        where, kw = self._where(name)
        try:
            fd = os.open(where, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY, **kw)
        except FileNotFoundError:
            return ""
        except OSError as err:  # a symbolic link (ELOOP), no permission, ...
            return f"it cannot be opened safely ({err.strerror})"
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return "it is not a regular file"
            if _POSIX:
                why = _private(st)
                if why:
                    return why
            if st.st_size > limit:
                return f"it is {st.st_size:,} bytes, more than the {limit:,} a cache file may be"
            chunks, left = [], limit + 1
            while left > 0:
                chunk = os.read(fd, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            data = b"".join(chunks)
            if len(data) > limit:
                return "it grew while being read"
            return data
        except OSError as err:
            return f"it cannot be read ({err.strerror})"
        finally:
            os.close(fd)

    def write(self, name: str, data: bytes) -> bool:
        """Write ``name`` atomically (a private temporary file, then renamed)."""
        tmp = f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        where, kw = self._where(tmp)
        try:
            fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600, **kw)
        except OSError as err:
            note("cannot write the cache file %s in %s: %s", name, self.path, err.strerror)
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            if self.fd is not None:
                os.replace(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
            else:
                os.replace(self.path / tmp, self.path / name)
            return True
        except OSError as err:
            note("cannot write the cache file %s in %s: %s", name, self.path, err.strerror)
            self.remove(tmp)
            return False

    def link(self, data: bytes, name: str) -> bool:
        """Create ``name`` holding ``data`` unless it exists (no overwrite):
        False when another process made it first."""
        tmp = f".{name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        where, kw = self._where(tmp)
        fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600, **kw)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            try:
                if self.fd is not None:
                    os.link(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd, follow_symlinks=False)
                else:
                    os.link(self.path / tmp, self.path / name)
            except FileExistsError:
                return False
            return True
        finally:
            self.remove(tmp)

    def remove(self, name: str) -> bool:
        where, kw = self._where(name)
        try:
            os.unlink(where, **kw)
            return True
        except FileNotFoundError:
            return False
        except OSError as err:
            note("cannot remove %s from the cache folder %s: %s", name, self.path, err.strerror)
            return False

    def names(self) -> list[str]:
        try:
            return os.listdir(self.fd if self.fd is not None else self.path)
        except OSError:
            return []

    # -------------------------------------------------------------- the key
    def key(self) -> bytes | None:
        """The user's secret key, made when missing or untrustworthy."""
        for _ in range(3):
            data = self.read(KEY_NAME, limit=KEY_BYTES)
            if isinstance(data, bytes) and len(data) == KEY_BYTES:
                return data
            if isinstance(data, bytes) or data:
                why = data if isinstance(data, str) else f"it holds {len(data)} bytes, not {KEY_BYTES}"
                note("the cache key %s was not used and is made anew: %s", self.path / KEY_NAME, why)
                self.remove(KEY_NAME)  # every file signed with it will fail and be rebuilt
            try:
                if self.link(os.urandom(KEY_BYTES), KEY_NAME):
                    continue  # read it back through the same checks
            except OSError as err:
                note("cannot make a cache key in %s: %s", self.path, err.strerror)
                return None
        return None


def _open(create: bool) -> _Folder | None:
    """The cache folder, opened and checked; None when it is not to be used."""
    if disabled():
        return None
    path = location()
    default = not os.environ.get(ENV_DIR)
    if not _POSIX:
        if create:
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                note("cannot make the cache folder %s: %s", path, err.strerror)
                return None
        return _Folder(path, None) if path.is_dir() else None
    try:
        fd = os.open(path, os.O_RDONLY | _DIRECTORY)
    except FileNotFoundError:
        if not create:
            return None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.mkdir(path, 0o700)
        except FileExistsError:
            pass
        except OSError as err:
            note("cannot make the cache folder %s: %s", path, err.strerror)
            return None
        try:
            fd = os.open(path, os.O_RDONLY | _DIRECTORY)
        except OSError as err:
            note("cannot open the cache folder %s: %s", path, err.strerror)
            return None
    except OSError as err:
        note("the cache folder %s is not used: it cannot be opened (%s)", path, err.strerror)
        return None
    folder = _Folder(path, fd)
    st = os.fstat(fd)
    why = _private(st)
    if why is None:
        return folder
    if default and st.st_uid == _uid():
        # senrules' own folder, made by an older senrules or loosened by hand:
        # make it private again, and if others could write to it, trust
        # nothing it holds.
        try:
            os.fchmod(fd, 0o700)
        except OSError as err:
            note("the cache folder %s is not used: %s, and it cannot be made private (%s)", path, why, err.strerror)
            folder.close()
            return None
        if st.st_mode & 0o022:
            _clear(folder)
        note("the cache folder %s was made private: %s", path, why)
        return folder
    note("the cache folder %s is not used: %s", path, why)
    _warn_once(path, why)
    folder.close()
    return None


def _tag(key: bytes, name: str, payload) -> bytes:
    mac = hmac.new(key, name.encode("utf-8") + b"\0", "sha256")
    mac.update(payload)
    return mac.digest()


def _check_name(name: str) -> None:
    if not name or name != os.path.basename(name) or name.startswith(".") or not name.endswith(SUFFIX):
        raise ValueError(f"not a cache file name: {name!r}")


def read(name: str):
    """The verified payload stored under ``name`` (a bytes-like object), or
    None when there is none, caching is off, or it failed a check (it is then
    removed, and the caller rebuilds and writes it again)."""
    _check_name(name)
    folder = _open(create=False)
    if folder is None:
        return None
    with folder:
        data = folder.read(name)
        if data == "":
            return None
        why = data if isinstance(data, str) else None
        if why is None:
            key = folder.key()
            if key is None:
                return None
            head = len(MAGIC) + TAG_BYTES
            if len(data) < head or not data.startswith(MAGIC):
                why = "it is not a senrules cache file of this version"
            else:
                payload = memoryview(data)[head:]
                if hmac.compare_digest(data[len(MAGIC):head], _tag(key, name, payload)):
                    return payload
                why = "its keyed hash does not match (changed, damaged, or written with another key)"
        note("the cache file %s was not used and is removed: %s", folder.path / name, why)
        folder.remove(name)
        return None


def write(name: str, payload: bytes, *, replaces: str | None = None) -> None:
    """Store ``payload`` under ``name``, signed with the user's key.  Failure
    (a read-only home, a folder that is not private) is noted, never raised:
    the cache only saves time.

    ``replaces``: a glob pattern (``fnmatch``) of the files this one makes
    stale (the same rule files before they were edited), removed once it is
    written, so the folder does not grow with every edit."""
    _check_name(name)
    folder = _open(create=True)
    if folder is None:
        return
    with folder:
        key = folder.key()
        if key is not None and folder.write(name, MAGIC + _tag(key, name, payload) + payload) and replaces:
            import fnmatch

            for other in folder.names():
                if other != name and other.endswith(SUFFIX) and fnmatch.fnmatchcase(other, replaces):
                    folder.remove(other)


def _clear(folder: _Folder) -> int:
    removed = 0
    for name in folder.names():
        # cache files, the key, leftovers of interrupted writes, and the
        # unsigned files of senrules before 0.2 (*.bin)
        if name == KEY_NAME or name.endswith((SUFFIX, ".bin")) or (name.startswith(".") and name.endswith(".tmp")):
            removed += folder.remove(name)
    return removed


def clear() -> int:
    """Remove every cache file (and the key); the number of files removed."""
    folder = _open(create=False)
    if folder is None:
        return 0
    with folder:
        return _clear(folder)


def status() -> tuple[Path, str, int, int]:
    """Where the cache is, in words whether it is used, and how many files
    and bytes it holds: for ``senrules cache``."""
    path = location()
    if disabled():
        return path, f"turned off ({ENV_OFF} is set)", 0, 0
    if not path.exists():
        return path, "empty (made when a ruleset is first loaded)", 0, 0
    _warned.add(str(path))  # the state below says it; no warning as well
    folder = _open(create=False)
    if folder is None:
        st = path.stat()
        why = _private(st) if _POSIX else None
        return path, f"not used: {why or 'it cannot be opened'}", 0, 0
    with folder:
        count = size = 0
        for name in folder.names():
            if name == KEY_NAME or name.endswith(SUFFIX):
                where, kw = folder._where(name)
                try:
                    size += os.stat(where, follow_symlinks=False, **kw).st_size
                    count += 1
                except OSError:
                    pass
        return path, "in use, readable by you only" if _POSIX else "in use", count, size
