"""The proposal reader as a senrules evidence plugin (pluggy hooks).

Registered through the ``senrules`` entry-point group as ``proposals``.  It
adds the ``senrules proposal`` command (hook ``senrules_register_commands``,
see :mod:`senrules_proposals.command`).  A data folder's ``senrules-data.toml`` names the document::

    [proposal_document]
    file = "proposal.docx"

and, for the ``sen-improvement-test-2007`` ruleset, every fact the reader can
decide is supplied with the document's line or paragraph number as
provenance.  A document that cannot be read becomes a Problem naming the
file; its facts stay unknown.
"""

from __future__ import annotations

from senrules.hookspecs import hookimpl

SECTION = "proposal_document"


@hookimpl
def senrules_register_commands(subparsers):
    """``senrules proposal check FILE`` and ``senrules proposal FILE``."""
    from senrules_proposals.command import register

    register(subparsers)


@hookimpl
def senrules_evidence_sources():
    from senrules.gather import EvidenceSource
    from senrules_proposals.extract import FACTOR_FACTS

    return [EvidenceSource(
        "proposal_document", "Proposal or consultation documents (Markdown, plain text, Word .docx)",
        reads=(f"[{SECTION}] file = ... in senrules-data.toml",),
        facts=tuple(f for fs in FACTOR_FACTS.values() for f in fs),
        doc="The SEN Improvement Test facts read from the proposer's own document, with the sentence's line or paragraph number.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries:  # the reader (its patterns take a tenth of a second to import) only for a proposal
        return None
    from senrules.gather import Problem
    from senrules_proposals.extract import extract
    from senrules_proposals.reader import DocumentError, read_document
    from senrules_proposals.report import RULESET

    if ruleset.id != RULESET:
        return None
    out = []
    for entry in entries:
        name = entry.get("file") if hasattr(entry, "get") else None
        if not isinstance(name, str):
            out.append(Problem(f"each [{SECTION}] needs `file = \"NAME\"`", file="senrules-data.toml"))
            continue
        path = context.path(name)
        try:
            extraction = extract(read_document(path))
        except DocumentError as err:
            out.append(Problem(err.message, file=context.display(path)))
            continue
        shown = context.display(path)
        for ev in extraction.evidence():
            if ev.fact in ruleset.facts:
                out.append(ev.__class__(ev.fact, ev.value, ev.provenance.__class__(
                    ev.provenance.source, file=shown, record=ev.provenance.record,
                )))
    return out
