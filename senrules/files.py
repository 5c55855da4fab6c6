"""The one way senrules writes a file a person asked for: whole or not at
all, readable by its owner only (the files hold answers, notes and plans).

Used by the command line (``compare --plan``, ``evaluate --output``) and by
the assistant's exports (:mod:`senrules_tui.export` re-exports
:func:`write_private`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_private"]


def write_private(path: str | os.PathLike, content: str | bytes | Callable[[Path], object]) -> None:
    """Write the file ``path`` whole and readable only by its owner.
    ``content`` is the text (written as UTF-8, its line endings as given),
    the bytes, or a function that saves the file to the path it is given
    (``wb.save``, a ``document.to_docx`` call).

    The file is written beside ``path`` under a temporary name of its own
    (created new, never an existing file, so two writers at once cannot
    clash) and renamed into place, so nobody reads half a file; when writing
    fails, the temporary file is removed, ``path`` is as it was, and the
    error is raised."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # 0o600, O_EXCL
    tmp = Path(name)
    try:
        if isinstance(content, str):
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        elif isinstance(content, bytes):
            with os.fdopen(fd, "wb") as f:
                f.write(content)
        else:
            os.close(fd)
            content(tmp)
            os.chmod(tmp, 0o600)  # in case the saver made the file anew
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
