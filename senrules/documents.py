"""Proposal documents that arrive as bytes (an HTTP upload, a line of
``senrules batch --documents``), checked with the proposals plugin's public
function ``senrules_proposals.check_document``, imported only when a
document is checked.

The bytes are written to a private temporary folder under a cleaned-up
version of the name the sender gave (only its last part, and only letters,
digits, ``.``, ``-``, ``_`` and spaces), checked, and removed; the report and
any error name the sender's file name, never the temporary path.  Nothing the
sender sends chooses a path on this machine.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path, PurePath

import attrs

from senrules.errors import InputError

MAX_NAME = 100


def clean_filename(name: str | None) -> str:
    """The sender's file name reduced to a safe last part; ``document.txt``
    when nothing is left.  The suffix (``.md``, ``.docx``) is kept: it says
    how the document is read."""
    base = PurePath(str(name or "").replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._ -]", "_", base).strip(" .")
    if len(base) > MAX_NAME:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[: MAX_NAME - len(suffix) - 1] + "." + suffix) if dot and len(suffix) < 10 else base[:MAX_NAME]
    return base or "document.txt"


def check_proposal_bytes(data: bytes, filename: str | None, *, ruleset=None, parameters=None):
    """Check a proposal document given as bytes: a
    :class:`senrules_proposals.report.ProposalReport` whose ``path`` is the
    cleaned file name.  An unreadable document raises :class:`InputError`
    naming the file name given."""
    try:
        from senrules_proposals import DocumentError, check_document
    except ImportError as err:
        raise InputError(f"the proposal checker (the senrules_proposals plugin) is not installed ({err})") from None

    name = clean_filename(filename)
    with tempfile.TemporaryDirectory(prefix="senrules-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            report = check_document(path, ruleset=ruleset, parameters=parameters)
        except (DocumentError, InputError) as err:
            message = getattr(err, "message", str(err))
            raise InputError(message.replace(str(path), name).replace(folder, ".")) from None
    return attrs.evolve(report, path=name)
