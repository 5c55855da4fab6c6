"""The action plan, in nasen's format: :mod:`senrules.actionplan` derives it
from the current verdicts and re-applies the person's edits; the assistant
shows, edits and exports it through these names."""

from __future__ import annotations

from senrules.actionplan import (  # noqa: F401 - the assistant's names for them
    DEFAULT_WHO, FIELD_WORDS, FIELDS, HEADINGS, STATUS_HEADING, current, edited_fields, field_for, propose, rows_markdown,
    rows_text, status_words,
)
