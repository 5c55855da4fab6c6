"""How the assistant words things, shared by the conversation
(:mod:`senrules_tui.session`), the proposal check and the exports: a level
in words, a verdict as the conversation says it, the reason for a verdict,
bold Markdown."""

from __future__ import annotations


def level_words(level: str | None) -> str:
    """``partly_met`` as "partly met"; no level as "not graded"."""
    return (level or "not graded").replace("_", " ")


def verdict_words(level: str | None) -> str:
    """A verdict as the conversation says it: an undecided one "still open"
    (as in "Still open: all 3 standards"), any other as :func:`level_words`."""
    return "still open" if level == "unknown" else level_words(level)


def reason(judgement) -> str:
    """Why a judgement is what it is, in a few words: the clause that decided
    it, or for an undecided one (said "still open" beside it), the levels it
    could still take."""
    if judgement.verdict == "unknown":
        return "could be " + " or ".join(level_words(p) for p in judgement.possible if p != "no outcome")
    return (judgement.decided_by or "").replace("_", " ")


def bold(text: str) -> str:
    return f"**{text}**"


def lines_needed(text: str, width: int) -> int:
    """How many lines ``text`` (plain, no Markdown marks) takes wrapped at
    word boundaries into lines of ``width`` characters, as a bubble wraps it."""
    import textwrap

    return len(textwrap.wrap(text, width, break_on_hyphens=False)) or 1


def first_that_fits(texts, width: int | None, lines: int, plain=lambda t: t) -> str:
    """The first of ``texts`` (most words first, fewest last) whose ``plain``
    form takes at most ``lines`` lines of ``width`` characters; the last when
    none does; the first when there is no ``width`` (no limit)."""
    text = None
    for text in texts:
        if width is None or lines_needed(plain(text), width) <= lines:
            return text
    return text
