"""EHC plan documents: the provision section, item by item.

A ``[[plan_document]]`` entry of ``senrules-data.toml`` names a plan
(Markdown, plain text or Word, read by the proposal plugin's reader)::

    [[plan_document]]
    file = "plan-section-f.md"

The reader takes the blocks under a heading that names the provision
("Special educational provision", "Section F", "Provision") or, when there is
no such heading, every block; each list item, paragraph or table row is one
item of provision.  For each it finds (see :func:`read_item`) whether it
names who provides it (a role: teacher, teaching assistant, SENCO,
therapist...), how often (weekly, 3 times a week, 30 minutes a day, termly...),
and who reviews it ("reviewed ... by", "monitored by"), and which of the
ruleset's woolly words or phrases (its parameter ``woolly_words``) it uses.
It supplies the list fact ``provision``; the rule file decides.  Each record's
provenance quotes the item and gives its line or paragraph.

The extraction is measured on a corpus with a held-out part
(``tests/data/plans/``, see docs/plans.md).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from senrules.evidence import Evidence, Provenance
from senrules.gather import EvidenceSource, Problem
from senrules.hookspecs import hookimpl
from senrules.tables import unread_keys

NAME = "plans"
SECTION = "plan_document"
FACT = "provision"
__version__ = "0.1.0"

WHO = re.compile(
    r"\b(class |subject |specialist |advisory |qualified )?(teachers?|teaching assistants?|TAs?|HLTAs?|SENCO|SENDCo|"
    r"therapists?|SALT|SaLT|psychologists?|EP|physiotherapists?|nurses?|mentors?|key ?workers?|support workers?|"
    r"learning support assistants?|LSAs?|practitioners?|tutors?|counsellors?|support staff|staff member|adults?|"
    r"head ?teacher|pastoral lead|outreach service|advisory service)\b", re.I)
HOW_OFTEN = re.compile(
    r"\b(daily|weekly|fortnightly|termly|half-termly|monthly|annually|yearly|once|twice|"
    r"(each|every|per|a) (day|week|term|half[- ]term|month|lesson|session|morning|afternoon)|"
    r"\d+\s*(x|times)\b|\d+\s*(minutes?|mins?|hours?|hrs?|sessions?|lessons?)\b)", re.I)
REVIEWED_BY = re.compile(r"\b(reviewed|monitored|evaluated|checked|overseen)\b[^.;]*?\bby\b", re.I)
PROVISION_HEADING = re.compile(r"\b(provision|section f)\b", re.I)


def woolly_list(ruleset, context) -> list[str]:
    """The ruleset's woolly words: its parameter as the evaluation uses it
    (a data folder's, a parameter set's or ``--params`` override included:
    ``context.parameters``)."""
    value = context.parameter_values(ruleset).get("woolly_words")
    return [w.strip() for w in str(value or "").split(";") if w.strip()]


def read_item(text: str, woolly: list[str]) -> dict:
    """What one item of provision says: the fields of a ``provision`` record."""
    found = [w for w in woolly if re.search(r"\b" + re.escape(w) + r"\b", text, re.I)]
    return {
        "text": text,
        "who": bool(WHO.search(text)),
        "how_often": bool(HOW_OFTEN.search(text)),
        "reviewed_by": bool(REVIEWED_BY.search(text)),
        "woolly": ", ".join(found),
    }


def provision_blocks(document):
    """The blocks of the provision section (or every block, without one); a
    table's first row is its header, not an item."""
    kinds = [b.kind for b in document.blocks]
    blocks = [b for i, b in enumerate(document.blocks)
              if b.kind in ("item", "paragraph", "row") and b.text.strip()
              and not (b.kind == "row" and (i == 0 or kinds[i - 1] != "row"))]
    under = [b for b in blocks if any(PROVISION_HEADING.search(h) for h in b.headings)]
    return under or blocks


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "EHC plan documents: the provision section, item by item (Markdown, text, Word)",
        reads=("[[plan_document]] files named in senrules-data.toml",),
        doc="Who provides each item, how often, who reviews it, and the woolly words it uses.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries or FACT not in ruleset.facts:
        return None
    from senrules_proposals.reader import DocumentError, read_document

    woolly = woolly_list(ruleset, context)
    out, records, where = [], [], []
    for index, entry in enumerate(entries):
        out.extend(unread_keys(entry, ("file",), SECTION, NAME, index))  # a misspelt `fiel` is named with the key meant
        name = entry.get("file") if isinstance(entry, Mapping) else None
        if not isinstance(name, str):
            out.append(Problem('[[plan_document]] needs file = "NAME"', plugin=NAME, file="senrules-data.toml"))
            continue
        path = context.path(name)
        try:
            document = read_document(path)
        except DocumentError as err:
            out.append(Problem(err.message, plugin=NAME, file=context.display(path), facts=[FACT]))
            continue
        for block in provision_blocks(document):
            records.append(read_item(block.text, woolly))
            where.append(f"{document.unit} {block.number}")
        shown = context.display(path)
    if records:
        quotes = "; ".join(f"{w}: \u201c{r['text'][:80]}\u201d" + (f" (woolly: {r['woolly']})" if r["woolly"] else "")
                           for w, r in zip(where, records) if r["woolly"] or not (r["who"] and r["how_often"] and r["reviewed_by"]))
        record = f"{len(records)} items of provision" + (f"; not specific: {quotes}" if quotes else "")
        out.append(Evidence(FACT, records, Provenance(NAME, file=shown, record=record)))
    return out
