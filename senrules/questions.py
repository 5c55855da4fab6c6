"""Which questions are still worth asking, in what order.

An assistant should never ask for a fact the evidence already gave, nor one
whose answer cannot change any verdict still open.  :func:`open_questions`
evaluates the facts so far and returns, in framework order (section,
standard, criterion), the unknown facts that an open (unknown) criterion
reads.  For yes/no and choice facts it goes further and tries every possible
answer: a fact is kept only if some answer would change some verdict.

Per-year facts are asked for the years that are missing among the last
:data:`YEARS_ASKED` years up to the year evaluated (the three-year period of
DCSF 2008 para 10).
"""

from __future__ import annotations

import attrs

from senrules import logic
from senrules.engine import parse_evaluation_date, _framework_order, _masks, resolve_parameters
from senrules.facts import prepare_facts

YEARS_ASKED = 3


@attrs.frozen
class Question:
    """A fact to ask for, and why."""

    fact: str
    question: str
    help: str | None
    type: str  # e.g. "boolean", "percentage", 'choice("a", "b")'
    category: str | None
    criteria: tuple[str, ...]  # the open criteria that read it
    standard: str | None  # the standard of the first of them
    years: tuple[int, ...] = ()  # for a per-year fact: the years still missing


def open_questions(rs, facts, *, evaluation_date=None, parameters=None, year=None) -> list[Question]:
    """The questions whose answers could still change an open verdict."""
    D = parse_evaluation_date(evaluation_date)
    Y = year or D.year
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, parameters)
    masks, _ = _masks(rs, F, P, D, Y)
    program = rs.program
    nodes = program.nodes

    wanted: dict[str, list[str]] = {}
    standard_of: dict[str, str | None] = {}
    for node in _framework_order(program):
        if node.kind != "criterion" or logic.mask_known(masks[node.index]):
            continue
        for name in node.facts:
            fact = program.facts[name]
            if fact.linked is not None or not _missing(fact, F.get(name), Y):
                continue
            wanted.setdefault(name, []).append(node.id)
            parent = nodes[node.parent].id if node.parent is not None else None
            standard_of.setdefault(name, parent)

    out = []
    for name, criteria in wanted.items():
        fact = program.facts[name]
        if fact.type.kind in ("boolean", "choice") and not fact.per_year:
            if not _could_change(rs, F, P, D, Y, masks, name, fact):
                continue
        years = tuple(y for y in range(Y - YEARS_ASKED + 1, Y + 1) if y not in (F.get(name) or {})) if fact.per_year else ()
        out.append(
            Question(
                fact=name, question=fact.question or f"What is {name.replace('_', ' ')}?", help=fact.help,
                type=str(fact.type), category=fact.category, criteria=tuple(criteria),
                standard=standard_of.get(name), years=years,
            )
        )
    return out


def _missing(fact, value, year: int) -> bool:
    if value is None:
        return True
    if fact.per_year:
        return any(y not in value for y in range(year - YEARS_ASKED + 1, year + 1))
    return False


def _could_change(rs, F, P, D, Y, masks, name, fact) -> bool:
    """Would any answer to a yes/no or choice fact change some verdict?"""
    answers = (True, False) if fact.type.kind == "boolean" else fact.type.choices
    for answer in answers:
        trial, _ = _masks(rs, {**F, name: answer}, P, D, Y)
        if trial != masks:
            return True
    return False
