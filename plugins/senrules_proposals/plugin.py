"""The proposal reader as a senrules evidence plugin (pluggy hooks).

Registered through the ``senrules`` entry-point group as ``proposals``.  It
adds the ``senrules proposal`` command (hook ``senrules_register_commands``,
see :mod:`senrules_proposals.command`).  A data folder's ``senrules-data.toml`` names the document::

    [proposal_document]
    file = "proposal.docx"
    school_year = "our-terms.toml"   # optional: the LA's own term dates (the form of school-year.toml)

and, for the ``sen-improvement-test-2007`` ruleset, every fact the reader can
decide is supplied with the document's line or paragraph number as
provenance.  A document that cannot be read becomes a Problem naming the
file; its facts stay unknown.  A key the entry does not read (a misspelt
``fiel``) is a warning naming the key meant (:func:`senrules.tables.unread_keys`).
"""

from __future__ import annotations

from senrules.hookspecs import hookimpl

SECTION = "proposal_document"
NAME = "proposals"
ENTRY_KEYS = ("file", "school_year")  # what an entry of [proposal_document] reads


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
    from senrules.errors import InputError
    from senrules.gather import Problem
    from senrules.tables import unread_keys
    from senrules_proposals import school_year as years
    from senrules_proposals.extract import extract
    from senrules_proposals.reader import DocumentError, read_document
    from senrules_proposals.report import RULESET

    if ruleset.id != RULESET:
        return None
    out = []
    for index, entry in enumerate(entries):
        out.extend(unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index))  # a misspelt `fiel` is named with the key meant
        name = entry.get("file") if hasattr(entry, "get") else None
        if not isinstance(name, str):
            out.append(Problem(f"each [{SECTION}] needs `file = \"NAME\"`", file="senrules-data.toml"))
            continue
        year, dated = None, True
        terms = entry.get("school_year")
        if terms is not None:
            try:
                if not isinstance(terms, str):
                    raise InputError(f"[{SECTION}] entry {index + 1}: school_year must be the name of a file (as "
                                     f'school_year = "our-terms.toml"), not {terms!r}')
                year = years.load(context.path(terms), shown=context.display(context.path(terms)))
            except InputError as err:  # no weeks are counted by dates with a school year that is not the LA's
                out.append(Problem(str(err), plugin=NAME, file="senrules-data.toml", facts=["besd_pru_dated_weeks"]))
                dated = False
        path = context.path(name)
        try:
            with years.using(year):
                extraction = extract(read_document(path))
        except DocumentError as err:
            out.append(Problem(err.message, file=context.display(path)))
            continue
        shown = context.display(path)
        for ev in extraction.evidence():
            if ev.fact in ruleset.facts and (dated or ev.fact != "besd_pru_dated_weeks"):
                out.append(ev.__class__(ev.fact, ev.value, ev.provenance.__class__(
                    ev.provenance.source, file=shown, record=ev.provenance.record,
                )))
    return out
