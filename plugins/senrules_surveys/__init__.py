"""Perception surveys: questionnaire exports, one row per response.

Each ``[[survey]]`` entry of ``senrules-data.toml`` is one survey round::

    [[survey]]
    file = "surveys/parents-2024.csv"
    round = 2024                  # the year it counts for (default: the year of its last response)
    group = "parents"             # who answered, if the file holds one group...
    group_column = "Respondent"   # ...or the column naming each response's group
    date_column = "Date"          # when each response was given (optional)
    invited = 150                 # how many were asked (or a table: { CYP = 184, parents = 150 })
    [survey.facts]
    parents_positive = { measure = "share_positive", question = "The service helps my child progress", group = "parents" }
    cyp_survey_date = { measure = "last_date", group = "CYP" }
    cyp_survey_responses = "responses"

Measures: ``responses``, ``response_rate`` (responses / invited x 100),
``share_positive`` (of the answers to ``question``, or to every question,
the share that are positive: agree, good, yes, always...; "don't know" and
blanks are not counted), ``first_date`` and ``last_date``.  ``group`` limits
a measure to one respondent group.

A per-year fact takes a value for the round's year; a fact that is not per
year takes the latest round's.  Values are as of the round's last response.
An answer that is not recognised, a date that is not a date or is after the
evaluation date, and a response that repeats another exactly are reported;
the measures they would change stay unknown.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from senrules.evidence import Evidence
from senrules.gather import EvidenceSource
from senrules.hookspecs import hookimpl
from senrules.tables import (
    each_entry,
    CellError, TableError, blank, date, for_fact, manifest_problem, normalise, open_entry, text, year,
    unread_fact_keys, unread_keys,
)

NAME = "surveys"
SECTION = "survey"
__version__ = "0.1.0"

MEASURES = ("responses", "response_rate", "share_positive", "first_date", "last_date")
#: The keys a [[survey]] entry may hold (besides ``ruleset`` and ``rater``,
#: read by senrules.gather), and those of one fact's ``{ measure = ... }``.
ENTRY_KEYS = ("file", "sheet", "round", "group", "group_column", "date_column", "id_column", "invited", "facts")
FACT_KEYS = ("measure", "question", "group")

POSITIVE = {
    "strongly agree", "agree", "excellent", "very good", "good", "outstanding", "yes", "always", "often",
    "very satisfied", "satisfied", "very helpful", "helpful", "mostly", "very well", "well",
}
NEUTRAL = {
    "neither agree nor disagree", "neither", "neutral", "satisfactory", "sometimes", "ok", "okay", "average",
    "fair", "partly", "a little", "somewhat",
}
NEGATIVE = {
    "disagree", "strongly disagree", "poor", "very poor", "inadequate", "no", "never", "rarely",
    "dissatisfied", "very dissatisfied", "unsatisfied", "not helpful", "unhelpful", "not at all", "badly",
}
NOT_COUNTED = {"don t know", "dont know", "do not know", "not sure", "n a", "na", "not applicable", "prefer not to say"}


def classify(answer) -> int | None:
    """+1 positive, 0 neutral, -1 negative, None not counted; CellError if
    the answer is not recognised."""
    word = normalise(answer)
    if word in POSITIVE:
        return 1
    if word in NEUTRAL:
        return 0
    if word in NEGATIVE:
        return -1
    if word in NOT_COUNTED or not word:
        return None
    if isinstance(answer, str) and word.isdigit():
        answer = int(word)
    if isinstance(answer, (int, float)) and not isinstance(answer, bool) and answer in (1, 2, 3, 4, 5):
        return 1 if answer >= 4 else 0 if answer == 3 else -1  # a rating from 1 (worst) to 5 (best)
    raise CellError(f'"{text(answer)}" is not an answer senrules recognises (agree/disagree, good/poor, yes/no, always/never...)')


@hookimpl
def senrules_evidence_sources():
    return [EvidenceSource(
        NAME, "Perception surveys (one row per response)", reads=("[[survey]] in senrules-data.toml",),
        doc="Responses, response rates, share positive per question and group, collection dates.",
    )]


@attrs.define
class _Round:
    year: int
    table: object
    # group -> list of (row, date, {question: class})
    responses: dict = attrs.Factory(dict)
    bad_questions: set = attrs.Factory(set)  # (group, question) with a rejected answer
    bad_groups: set = attrs.Factory(set)  # groups with a rejected response
    invited: object = None
    questions: tuple = ()
    specs: dict = attrs.Factory(dict)


@hookimpl
def senrules_gather_evidence(ruleset, context):
    entries = context.section(SECTION)
    if not entries:
        return None
    rounds = []
    out = each_entry(entries, context, lambda entry, index: _read_round(ruleset, context, entry, index, rounds))
    out.extend(_measures(ruleset, context, rounds))
    return out


def _specs(entry, ruleset):
    """fact -> (measure, question, group) for the facts this ruleset declares."""
    facts = entry.get("facts", {}) if isinstance(entry, Mapping) else {}
    if not isinstance(facts, Mapping) or not facts:
        return None, "needs a [survey.facts] table of fact = measure"
    out = {}
    for name, spec in facts.items():
        if isinstance(spec, str):
            spec = {"measure": spec}
        if not isinstance(spec, Mapping) or spec.get("measure") not in MEASURES:
            got = spec.get("measure") if isinstance(spec, Mapping) else spec
            return None, f"facts.{name}: `{got}` is not a measure ({', '.join(MEASURES)})"
        if name in ruleset.facts:
            out[name] = (spec["measure"], spec.get("question"), spec.get("group"))
    return out, None


def _misspelt_keys(ruleset, entry, index):
    """Warnings for the keys of the entry, and of its facts' tables, that
    are not read (a misspelt ``qestion`` would otherwise count every
    question without a word), and for a fact the ruleset nearly declares
    (``parents_positve``, otherwise skipped as another ruleset's)."""
    yield from unread_keys(entry, ENTRY_KEYS, SECTION, NAME, index)
    yield from unread_fact_keys(ruleset, entry, FACT_KEYS, SECTION, NAME, index)


def _read_round(ruleset, context, entry, index, rounds):
    yield from _misspelt_keys(ruleset, entry, index)
    specs, message = _specs(entry, ruleset)
    if specs is None:
        yield manifest_problem(SECTION, f"entry {index + 1} {message}", NAME)
        return
    if not specs:
        return
    try:
        table = open_entry(entry, SECTION, context, NAME, index=index)
        wanted = {}
        if entry.get("group_column"):
            wanted["group"] = entry["group_column"]
        if entry.get("date_column"):
            wanted["date"] = entry["date_column"]
        for _, question, _ in specs.values():
            if question:
                wanted[f"q:{question}"] = question
        cols = table.columns(wanted)
    except TableError as err:
        yield attrs.evolve(err.problem, facts=sorted(specs))
        return
    skip = {cols.get("group"), cols.get("date")}
    id_column = entry.get("id_column")
    if id_column:
        skip.add(next((i for i, h in enumerate(table.header) if normalise(h) == normalise(id_column)), None))
    questions = tuple(i for i, h in enumerate(table.header) if i not in skip and h)
    rnd = _Round(0, table, invited=entry.get("invited"), questions=questions, specs=specs)
    fixed_group = entry.get("group")
    id_col = next((i for i, h in enumerate(table.header) if id_column and normalise(h) == normalise(id_column)), None)
    if id_column and id_col is None:
        yield attrs.evolve(table.problem(table.missing_column_message(id_column), table.header_row), facts=sorted(specs))
        return
    seen: dict[object, tuple[int, tuple]] = {}

    def affected(group):
        """The facts a response of ``group`` counts in."""
        if group is None:
            return sorted(specs)
        return sorted(f for f, (_, _, g) in specs.items() if g is None or normalise(g) == normalise(group))

    dates = []
    for row in table.rows:
        group = fixed_group
        if cols.get("group") is not None:
            cell = row[cols["group"]]
            if blank(cell):
                yield table.problem("the respondent group is missing; the response is not counted", row.number, cols["group"], sorted(specs))
                rnd.bad_groups.add(None)
                continue
            group = text(cell)
        when = None
        if cols.get("date") is not None and not blank(row[cols["date"]]):
            try:
                when = date(row[cols["date"]])
            except CellError as err:
                yield table.problem(err.message + "; the response is not counted", row.number, cols["date"], affected(group))
                rnd.bad_groups.add(group)
                continue
            if when > context.evaluation_date:
                yield table.problem(
                    f"{when} is after the evaluation date {context.evaluation_date}; the response is not counted",
                    row.number, cols["date"], affected(group),
                )
                rnd.bad_groups.add(group)
                continue
        if id_col is not None and not blank(row[id_col]):
            ident = text(row[id_col])
            if ident in seen:
                first, cells = seen[ident]
                if cells == row.cells:
                    yield table.problem(f"repeats response {ident} of row {first} exactly; it is counted once",
                                        row.number, id_col, severity="warning")
                else:
                    yield table.problem(f"response {ident} is also on row {first}, with other answers; "
                                        "this one is not counted", row.number, id_col, affected(group))
                    rnd.bad_groups.add(group)
                continue
            seen[ident] = (row.number, row.cells)
        answers = {}
        for i in questions:
            if blank(row[i]):
                continue
            try:
                answers[i] = classify(row[i])
            except CellError as err:
                shares = [f for f, (m, q, g) in specs.items() if m == "share_positive" and (q is None or normalise(q) == normalise(table.header[i]))]
                yield table.problem(err.message, row.number, i, shares)
                rnd.bad_questions.add((group, i))
        rnd.responses.setdefault(group, []).append((row, when, answers))
        if when:
            dates.append(when)
    if entry.get("round") is not None:
        try:
            rnd.year = year(entry["round"])
        except CellError as err:
            yield manifest_problem(SECTION, f"entry {index + 1}: round {err.message}", NAME)
            return
    elif dates:
        rnd.year = max(dates).year
    else:
        yield manifest_problem(SECTION, f"entry {index + 1} ({table.file}) needs round = YEAR, or a date_column", NAME)
        return
    if rnd.year > context.year:
        yield table.problem(f"the round {rnd.year} is after the evaluation year {context.year}", None, None, sorted(specs))
        return
    rounds.append(rnd)


def _measures(ruleset, context, rounds):
    latest: dict[str, _Round] = {}
    for rnd in rounds:
        for name in rnd.specs:
            fact = ruleset.facts[name]
            if fact.per_year:
                if context.wants(rnd.year):
                    yield from _measure(fact, rnd, context)
            elif name not in latest or rnd.year > latest[name].year:
                latest[name] = rnd
    for name, rnd in latest.items():
        yield from _measure(ruleset.facts[name], rnd, context)


def _measure(fact, rnd: _Round, context):
    measure, question, group = rnd.specs[fact.name]
    table = rnd.table
    if group is not None:
        matches = [g for g in rnd.responses if g is not None and normalise(g) == normalise(group)]
        responses = [r for g in matches for r in rnd.responses[g]]
        groups = set(matches) | ({None} if None in rnd.bad_groups else set())
    else:
        responses = [r for rs in rnd.responses.values() for r in rs]
        groups = set(rnd.responses) | rnd.bad_groups
    dates = [d for _, d, _ in responses if d]
    as_of = max(dates) if dates else None
    label = measure.replace("_", " ") + (f" of {group}" if group else "")
    record = f"round {rnd.year}, {label}, {len(responses)} responses"
    year_ = rnd.year if fact.per_year else None

    def unknown(why):
        return table.problem(f"`{fact.name}` ({label}) is left unknown: {why}", None, None, [fact.name])

    if groups & rnd.bad_groups and measure in ("responses", "response_rate", "first_date", "last_date"):
        yield unknown("some responses were rejected")
        return
    if measure == "responses":
        value = len(responses)
    elif measure == "response_rate":
        invited = rnd.invited
        if isinstance(invited, Mapping):
            invited = next((v for k, v in invited.items() if group and normalise(k) == normalise(group)), None)
        if invited is None:
            yield unknown("the manifest does not say how many were invited (invited = N)")
            return
        if not isinstance(invited, (int, float)) or isinstance(invited, bool) or invited <= 0 \
                or (isinstance(invited, float) and not invited.is_integer()):
            yield unknown(f"invited = {invited} in the manifest is not a number of people (a whole number above 0)")
            return
        if len(responses) > invited:
            yield unknown(f"{len(responses)} responses, but only {invited} were invited")
            return
        value = round(100 * len(responses) / invited, 1)
    elif measure in ("first_date", "last_date"):
        if not dates:
            yield unknown("no response has a date")
            return
        value = min(dates) if measure == "first_date" else max(dates)
    else:
        cols = rnd.questions
        if question:
            cols = tuple(i for i in rnd.questions if normalise(table.header[i]) == normalise(question))
        if any((g, i) in rnd.bad_questions for g in groups for i in cols):
            yield unknown("some answers were not recognised")
            return
        counted = [a[i] for _, _, a in responses for i in cols if i in a and a[i] is not None]
        if not counted:
            yield unknown("no answers to count")
            return
        value = round(100 * sum(1 for c in counted if c > 0) / len(counted), 1)
    try:
        value = for_fact(fact, value)
    except CellError as err:
        yield unknown(err.message)
        return
    column = question if question else None
    prov = table.provenance(None, column, as_of=as_of, record=record)
    yield Evidence(fact.name, value, prov, year_)
