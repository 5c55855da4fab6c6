"""Published documents: does a school's SEN policy or SEN Information Report
contain what the sources say it must?

A ``[[document]]`` entry of ``senrules-data.toml`` names the document
(Markdown, plain text or Word, read by the proposal plugin's reader)::

    [[document]]
    file = "sen-policy.docx"
    ruleset = "sen-policy-2014"

For every yes/no fact ``X`` of the ruleset that has a parameter ``find_X``
(its value: words or phrases separated by semicolons), the reader looks for
those phrases, whole words and any case, in the document's headings and
sentences.  Found: ``X`` is true, with the sentence quoted and its line or
paragraph.  Not found in a document that was read: ``X`` is false, "not found
in FILE".  The phrases are the rule file's, so what counts as each element is
declared there, and the rules decide.  Accuracy on a labelled corpus with a
held-out part is in docs/documents.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from senrules.evidence import Evidence, Provenance
from senrules.gather import EvidenceSource, Problem
from senrules.hookspecs import hookimpl
from senrules.tables import unread_keys

NAME = "documents"
SECTION = "document"
__version__ = "0.1.0"


def phrases_for(ruleset, context) -> dict[str, list[str]]:
    """fact -> the phrases that show it, from the ``find_<fact>`` parameters
    as the evaluation uses them (a data folder's ``[parameters]``, a
    parameter set or ``--params`` may override them: ``context.parameters``)."""
    values = context.parameter_values(ruleset)
    out = {}
    for name, fact in ruleset.facts.items():
        param = ruleset.program.parameters.get(f"find_{name}")
        if fact.type.kind != "boolean" or param is None:
            continue
        value = values.get(param.name, param.default.value)
        out[name] = [p.strip() for p in str(value).split(";") if p.strip()]
    return out


def find(sentences, phrases: list[str]):
    """The first sentence that uses one of the phrases, and the phrase."""
    patterns = [(p, re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)", re.I)) for p in phrases]
    for s in sentences:
        for phrase, pattern in patterns:
            if pattern.search(s.text):
                return s, phrase
    return None, None


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Published documents: an SEN policy or SEN Information Report (Markdown, text, Word)",
        reads=("[[document]] files named in senrules-data.toml",),
        doc="Each element the ruleset's find_<fact> phrases describe: found (quoted, with its line) or not found.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    wanted = phrases_for(ruleset, context)
    if not entries or not wanted:
        return None
    from senrules_proposals.reader import DocumentError, read_document, sentences

    out = []
    for index, entry in enumerate(entries):
        out.extend(unread_keys(entry, ("file",), SECTION, NAME, index))  # a misspelt `fiel` is named with the key meant
        name = entry.get("file") if isinstance(entry, Mapping) else None
        if not isinstance(name, str):
            out.append(Problem('[[document]] needs file = "NAME"', plugin=NAME, file="senrules-data.toml"))
            continue
        path = context.path(name)
        shown = context.display(path)
        try:
            document = read_document(path)
        except DocumentError as err:
            out.append(Problem(err.message, plugin=NAME, file=shown, facts=list(wanted)))
            continue
        said = sentences(document)
        for fact, phrases in wanted.items():
            sentence, phrase = find(said, phrases)
            if sentence is None:
                out.append(Evidence(fact, False, Provenance(NAME, file=shown, record=f"not found (looked for: {'; '.join(phrases)})")))
            else:
                quote = sentence.text if len(sentence.text) <= 160 else sentence.text[:157] + "..."
                out.append(Evidence(fact, True, Provenance(NAME, file=shown, record=f"{sentence.where}: \u201c{quote}\u201d")))
    return out
