"""Properties of the proposal reader on any input (hypothesis): a document
is read, or refused with a one-line DocumentError, never anything else; the
sentence splitter keeps the text, in order."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from senrules_proposals import DocumentError, check_document
from senrules_proposals.reader import _split

WORDS = st.sampled_from([
    "The", "school", "will", "close", "pupils", "transfer", "to", "Oak", "School", "PRU", "for", "six", "weeks", "places",
    "from", "120", "180", "hope", "confirmed", "in", "writing", "£2m", "transport", "policy", "SEMH", "(", ")", ".", ";",
    ":", ",", "|", "#", "-", "**", "1.", "e.g.", "para.", "\n", "\n\n", "permanent", "Beacon", "Centre",
])
TEXT = st.lists(WORDS, max_size=120).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([".md", ".txt"]))
def test_any_text_is_checked_or_refused_in_one_line(text, suffix):
    path = Path(tempfile.mkdtemp()) / f"p{suffix}"
    path.write_text(text, encoding="utf-8")
    try:
        report = check_document(path)
    except DocumentError as err:
        assert "\n" not in err.message and str(path) in err.message
        return
    assert set(report.verdicts()) == {"a", "b", "c", "d", "i", "ii", "iii", "iv", "para23"}
    assert report.overall in ("credible", "not_credible")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([".md", ".txt", ".docx"]))
def test_any_bytes_are_checked_or_refused_in_one_line(data, suffix):
    path = Path(tempfile.mkdtemp()) / f"p{suffix}"
    path.write_bytes(data)
    try:
        check_document(path)
    except DocumentError as err:
        assert "\n" not in err.message


@given(TEXT)
def test_the_splitter_keeps_the_text_in_order(text):
    pieces = _split(text)
    at = 0
    for offset, piece in pieces:
        assert offset >= at and text[offset:].lstrip().startswith(piece)
        at = offset + len(piece)
