"""The plugin inside the library: facts files named in a data folder.

A data folder's ``senrules-data.toml`` may list facts files (the JSON or
TOML files ``senrules evaluate --facts`` reads)::

    [[facts_file]]
    file = "facts.json"

Their facts are supplied like any plugin's, with the file and the fact's
line as provenance.
"""

from __future__ import annotations

import attrs

from senrules.errors import InputError
from senrules.gather import EvidenceSource, Problem, reading
from senrules.hookspecs import hookimpl


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        "facts_file", "Facts files (JSON or TOML)", reads=("[[facts_file]] in senrules-data.toml",),
        doc="The facts files `senrules evaluate --facts` reads, listed in a data folder's manifest.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    from senrules.facts import load_facts_file

    entries = context.section("facts_file")
    if not entries:
        return None
    from senrules.tables import unread_keys

    out = []
    for index, entry in enumerate(entries):
        out.extend(unread_keys(entry, ("file",), "facts_file", "facts_file", index))  # a misspelt `fiel`: the key meant
        name = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            out.append(Problem("each [[facts_file]] needs `file = \"NAME\"`", file="senrules-data.toml"))
            continue
        try:
            path = context.path(name)
        except InputError as err:
            out.append(Problem(err.message, file="senrules-data.toml"))
            continue
        with reading(path):
            try:
                evidence, _ = load_facts_file(path, ruleset.facts)
            except InputError as err:
                out.append(Problem(err.message.replace(str(path), context.display(path), 1)))
                continue
        shown = context.display(path)
        out.extend(attrs.evolve(e, provenance=attrs.evolve(e.provenance, file=shown)) for e in evidence)
    return out
