"""Helpers the per-factor readers share: the clauses of a sentence that hold a pattern, what a clause
says is unchanged or negated, the first match or a quantity near a noun, the best of several findings,
names in a text, and a search over two patterns at once."""

from __future__ import annotations

import functools
import re

from senrules_proposals import language as L
from senrules_proposals.extract.model import Finding
from senrules_proposals.prefilter import prefiltered


def _clauses_with(pattern: re.Pattern, text: str) -> list[tuple[str, re.Match]]:
    """The clauses of ``text`` in which ``pattern`` is found, with the match."""
    if not L.found(pattern, text):  # most sentences have none of a factor's words: one search decides (remembered)
        return []
    out = []
    for a, b in L.clause_spans(text):
        clause = text[a:b]
        m = pattern.search(clause)
        if m:
            out.append((clause, m))
    return out


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _status_quo(clause: str) -> bool:
    """A clause about how things are now ("pupils currently travel..."), not
    about the proposal."""
    return bool(L.STATUS_QUO.search(clause)) and not re.search(r"\b(?:will|would|shall)\b", clause, re.I)


def _neg_word(clause: str) -> str:
    m = L.NEGATION.search(L._NOT_NEGATION.sub(" ", clause))
    return m.group(0) if m else ""


def _first(pattern: re.Pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0) if m else None


def _quantity_near(noun: re.Pattern, text: str) -> str | None:
    """A counted noun: "24 places", "three teaching assistants", "1.5 FTE"."""
    for number, tail in _numbers(text):
        n = noun.search(tail)
        if n and len(tail[: n.start()].split()) <= 4:
            return f"{number}{tail[: n.end()]}".strip()
    return None


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[tuple[str, str], ...]:
    """The numbers of ``text`` that are not references (paragraphs, years,
    dates), each with the 60 characters after it (cached: each factor's
    specificity test asks for a counted noun of the same sentence)."""
    clean = L._REFERENCE_NUMBER.sub(" ", text)
    return tuple((m.group(0), clean[m.end(): m.end() + 60]) for m in L.NUMBER.finditer(clean))


def _best(candidates: list[Finding]) -> list[Finding]:
    """One finding per sentence and fact: a clause that supports the fact
    wins over one that is negated, hedged or vague."""
    if not candidates:
        return []
    for role in ("supports", "vague", "hedged", "negated"):
        for f in candidates:
            if f.role == role:
                return [f]
    return [candidates[0]]


_FORMED_SCHOOL = re.compile(r"\bthe\s+(?:amalgamated|merged|combined)\s+(?:special\s+)?(?:school|academy)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.I)


class _Either:
    """Two patterns searched as one, ``first|second``: the match that starts
    first, ``first``'s where both start at one place (as the alternation
    finds it), each pattern keeping its own fast search."""

    def __init__(self, first: re.Pattern, second: re.Pattern):
        self.first, self.second = first, second

    def search(self, text: str):
        a = self.first.search(text)
        b = self.second.search(text)
        if b is not None and (a is None or b.start() < a.start()):
            return b
        return a


def _names(text: str) -> set[str]:
    return {m.group(0).strip() for m in L.PROPER_NAME.finditer(" " + text)}


# Last: every compiled pattern above is tried only where it can match (see prefilter.py); the matches are the same.
prefiltered(globals())
