"""Facts linked to another ruleset's verdicts (``from "dcsf-2008" "S5"``).

A ruleset can read the verdict of a node of another ruleset as one of its
facts, so a service evaluated against one framework gets a reading against a
second without answering anything twice (the HMI 2005 standards read the
DCSF 2008 standards this way).  Before evaluation, the caller's facts are
split between this ruleset and the rulesets it links to; each linked ruleset
is evaluated on its share of the facts, and the verdicts become facts here,
with provenance naming the ruleset and node.  A linked fact given directly
(a rule test's stub, or a person's own judgement) takes precedence.
"""

from __future__ import annotations

from collections.abc import Mapping

from senrules.errors import EvaluationError, InputError
from senrules.evidence import Evidence, Provenance


def links(rs) -> dict[str, list]:
    """Linked ruleset id -> the facts of ``rs`` that read its verdicts."""
    out: dict[str, list] = {}
    for fact in rs.facts.values():
        if fact.linked is not None:
            out.setdefault(fact.linked.ruleset, []).append(fact)
    return out


def declared_facts(rs) -> dict:
    """The facts a caller may give for ``rs``: its own (less the linked ones)
    and those of every ruleset it links to."""
    out = {name: f for name, f in rs.facts.items() if f.linked is None}
    for ident in links(rs):
        for name, f in linked_ruleset(rs, ident).facts.items():
            out.setdefault(name, f)
    return out


def linked_ruleset(rs, ident: str):
    """The ruleset `ident` that `rs` reads linked facts from, loaded once and kept on `rs`.

    Raises :class:`EvaluationError` when it cannot be loaded, or when the
    links from `rs` go round in a circle (see :func:`check_no_cycle`)."""
    check_no_cycle(rs)
    return _load_linked(rs, ident)


def _load_linked(rs, ident: str):
    from senrules.ruleset import load_ruleset

    cache = rs.linked_rulesets
    if ident not in cache:
        try:
            cache[ident] = load_ruleset(_link_target(rs, ident), search=rs.search)
        except Exception as err:  # noqa: BLE001 - reported with the link that needs it
            raise EvaluationError(f"ruleset {rs.id} reads verdicts of `{ident}`, which cannot be loaded: {err}") from None
    return cache[ident]


def check_no_cycle(rs) -> None:
    """Refuse linked facts that go round in a circle (``a`` reads ``b``'s
    verdicts, which read ``a``'s): each ruleset would need the other's
    verdicts first.  The error names every ruleset in the circle and the fact
    (file and line) that links it to the next.  Checked once per ruleset."""
    if not rs.links_checked:
        _walk(rs, [])
        rs.links_checked = True


def _same(a, b) -> bool:
    return a is b or list(a.sources) == list(b.sources)


def _walk(rs, chain: list) -> None:
    """Follow every link from ``rs``; ``chain`` holds the (ruleset, linking
    fact) pairs that led here."""
    for ident, facts in links(rs).items():
        here = [*chain, (rs, facts[0])]
        target = next((i for i, (seen, _) in enumerate(here) if seen.id == ident), None)
        if target is None:
            other = _load_linked(rs, ident)
            target = next((i for i, (seen, _) in enumerate(here) if _same(seen, other)), None)
        if target is not None:
            steps = [
                f"{r.id} reads `{f.name}` from {f.linked.ruleset} ({f.span.file}:{f.span.line})" for r, f in here[target:]
            ]
            raise EvaluationError(
                "linked facts go round in a circle, so no verdict can be worked out: " + "; ".join(steps)
                + ". Remove one of these links: a ruleset cannot depend on its own verdicts."
            )
        _walk(other, here)


def resolve_links(rs, facts, *, evaluation_date, parameters=None, year=None):
    """The caller's facts for ``rs``, with linked facts filled in from the
    verdicts of the linked rulesets (evaluated on the rest of the facts)."""
    wanted = links(rs)
    if not wanted:
        return facts
    sources = {ident: _in_force(linked_ruleset(rs, ident), evaluation_date) for ident in wanted}
    items = (
        [Evidence(k, v, Provenance("caller")) for k, v in facts.items()]
        if isinstance(facts, Mapping) else list(facts)
    )
    own: list[Evidence] = []
    given: set[str] = set()
    shares: dict[str, list[Evidence]] = {ident: [] for ident in sources}
    for ev in items:
        if ev.fact in rs.facts:
            # A linked fact given directly (a test's stub, or a person's own
            # judgement) takes precedence over the linked ruleset's verdict.
            own.append(ev)
            given.add(ev.fact)
            continue
        for ident, src in sources.items():
            if ev.fact in src.facts:
                shares[ident].append(ev)
                break
        else:
            names = list(rs.facts) + [n for src in sources.values() for n in src.facts]
            import difflib  # only for the hint of a message

            close = difflib.get_close_matches(ev.fact, names, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else ""
            raise InputError(f"`{ev.fact}` is not a fact of {rs.id} or of {', '.join(sources)}{hint}")
    for ident, src in sources.items():
        verdicts = src.verdicts(shares[ident], evaluation_date=evaluation_date, year=year)
        for fact in wanted[ident]:
            if fact.name in given:
                continue
            node = fact.linked.node
            if node not in verdicts:
                raise EvaluationError(f"fact `{fact.name}` reads `{node}`, which {ident} does not have")
            value = verdicts[node]
            if value is not None:
                own.append(Evidence(fact.name, value, Provenance(f"{ident} verdict", record=node)))
    return own


def _in_force(src, evaluation_date):
    """A linked ruleset with several editions is read in the edition in
    force on the evaluation date (one named ``ID@VERSION`` stays as named)."""
    if getattr(src, "editions", None) is None or src.edition_chosen != "date" or evaluation_date is None:
        return src
    chosen = src.editions.choose(evaluation_date)
    return src if chosen.name == src.edition else src.editions.load(chosen)


def _link_target(rs, ident: str):
    """What ``from "IDENT"`` loads: a ruleset id as it is; a path (it has a
    ``/`` or ends ``.rules``) relative to the linking ruleset's folder, and
    refused when it leads outside that folder (``..``, an absolute path, a
    symbolic link) unless ``SENRULES_ALLOW_OUTSIDE_DATA=1`` (see
    :func:`senrules.inputs.confined`), so a rule file cannot make senrules
    read, and quote in an error, an arbitrary file."""
    if "/" not in ident and "\\" not in ident and not ident.endswith(".rules"):
        return ident
    from pathlib import Path

    from senrules.inputs import confined

    base = Path(next(iter(rs.sources))).resolve().parent if rs.sources else Path.cwd()
    return confined(base, ident, shown=ident, where="the folder of the ruleset that links to it")
