"""Audit surveys: one rater group's best-fit answers to an audit tool.

nasen's audit tools (2014) ask a setting to "Select the ‘best fit’ box" for
each area of practice, and to "carry out this audit with parents too" (and
with children and young people): "How do your views differ?".  A survey
export (CSV or Excel) from one rater group, one row per person, one column
per area of practice, is read by an ``[[audit_survey]]`` entry of
``senrules-data.toml``::

    [[audit_survey]]
    file = "parents-audit.csv"
    rater = "parents"               # whose views these are (see senrules.raters)
    ruleset = "nasen-2014-parent-engagement"
    [audit_survey.columns]          # optional: header -> fact, for headers of your own
    "Q1" = "pe_on_entry"

A column is matched to a fact by the fact's name, by the area of practice
the criterion reading it names (the words before the colon: "On entry (where
SEND is known)"), or by ``[audit_survey.columns]``.  A cell gives a box by
its first word (``poor``, ``developing``, ``strong``, or the box's own words,
"Poor engagement and weak participation – ..."), matched against the fact's
choices; a blank cell is no answer.  The group's answer for an area is the
box chosen most often, with the count of each box in the provenance; when
two boxes are chosen equally often the area stays unknown and a problem says
so (the group's views are split: discuss them, nasen's "How do your views
differ?").  A cell that names no box is reported at its row and column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from senrules.evidence import Evidence
from senrules.gather import EvidenceSource
from senrules.hookspecs import hookimpl
from senrules.tables import TableError, blank, each_entry, manifest_problem, normalise, open_entry, unread_keys

NAME = "audit"
SECTION = "audit_survey"
#: The keys an [[audit_survey]] entry may hold (besides ``ruleset`` and ``rater``, read by senrules.gather).
ENTRY_KEYS = ("file", "sheet", "columns")
__version__ = "0.1.0"


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Audit survey exports: one rater group's best-fit boxes (CSV, Excel)",
        reads=("[[audit_survey]] files named in senrules-data.toml",),
        doc="Each row one person of a rater group (school staff, parents, CYP), each column an area of practice; "
            "the box chosen most often is the group's best fit.",
    )]


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries:
        return None
    return each_entry(entries, context, lambda entry, index: _read(ruleset, context, entry, index))


def headings(ruleset) -> dict[str, str]:
    """normalised header -> fact: each choice fact by its name and by the
    area of practice of the criterion that reads it."""
    out = {}
    for name, fact in ruleset.facts.items():
        if fact.type.kind == "choice":
            out[normalise(name)] = name
    for node in ruleset.program.nodes:
        if node.kind == "criterion" and len(node.facts) == 1 and node.facts[0] in ruleset.facts:
            text = node.decl.text
            if ":" in text:
                out.setdefault(normalise(text.split(":", 1)[0]), node.facts[0])
    return out


def _misspelt_areas(ruleset, table, by_heading, columns):
    """A warning for each header that looks like an area of practice no
    column names (a misspelling): its answers would otherwise be left out
    without a word."""
    import difflib

    taken = set(columns.values())
    areas = {}
    for node in ruleset.program.nodes:
        if node.kind == "criterion" and ":" in node.decl.text:
            area = node.decl.text.split(":", 1)[0]
            if by_heading.get(normalise(area)) not in taken:
                areas[normalise(area)] = (area, by_heading.get(normalise(area)))
    out = []
    for i, header in enumerate(table.header):
        if not header or i in columns:
            continue
        close = difflib.get_close_matches(normalise(header), list(areas), n=1, cutoff=0.85)
        if close:
            area, fact = areas[close[0]]
            out.append(table.problem(
                f'is not an area of practice of this ruleset; did you mean "{area}"? Its answers are not counted',
                row=table.header_row, column=i, facts=[fact] if fact else [], severity="warning"))
    return out


def _read(ruleset, context, entry, index):
    misspelt = unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)  # a misspelt `colums` is named
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
    except TableError as err:
        return [*misspelt, err.problem]
    rater = entry.get("rater") if isinstance(entry, Mapping) else None
    by_heading = headings(ruleset)
    extra = entry.get("columns", {}) if isinstance(entry, Mapping) else {}
    if not isinstance(extra, Mapping):
        return [*misspelt, manifest_problem(SECTION, "columns must be a table of header = fact", NAME)]
    for header, fact in extra.items():
        if fact in ruleset.facts:
            by_heading[normalise(header)] = fact
    columns = {i: by_heading[normalise(h)] for i, h in enumerate(table.header) if h and normalise(h) in by_heading}
    out = misspelt
    if not columns:
        return [*misspelt, table.problem(
            "no column names an area of practice of this ruleset (a fact's name or an area such as "
            f"\"{next(iter(by_heading), 'On entry')}\")", row=table.header_row)]
    out.extend(_misspelt_areas(ruleset, table, by_heading, columns))
    counts: dict[str, Counter] = {fact: Counter() for fact in columns.values()}
    last_row: dict[str, int] = {}
    for row in table.rows:
        for col, fact in columns.items():
            cell = row[col]
            if blank(cell):
                continue
            choices = ruleset.facts[fact].type.choices
            word = str(cell).strip().split()[0].strip("–-,.;:").lower() if str(cell).strip() else ""
            match = next((c for c in choices if c.lower() == word), None)
            if match is None:
                out.append(table.problem(
                    f"\"{cell}\" is not one of the boxes ({', '.join(choices)}); this answer is not counted",
                    row=row.number, column=col, facts=[fact], severity="warning"))
                continue
            counts[fact][match] += 1
            last_row[fact] = row.number
    who = f" ({rater})" if rater else ""
    for fact, counter in counts.items():
        if not counter:
            continue
        ranked = counter.most_common()
        tally = ", ".join(f"{box} {n}" for box, n in ranked)
        total = sum(counter.values())
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            out.append(table.problem(
                f"the {total} answers{who} are split evenly ({tally}): no box is the group's best fit, so it stays unknown; "
                "discuss it with them", column=[h for i, h in enumerate(table.header) if columns.get(i) == fact][0],
                facts=[fact], severity="warning"))
            continue
        col = next(i for i, f in columns.items() if f == fact)
        prov = table.provenance(None, col, record=f"{total} answer{'s' if total != 1 else ''}{who}: {tally}")
        out.append(Evidence(fact, ranked[0][0], prov))
    return out
