"""Verdicts kept up to date as facts arrive, one answer at a time.

An assistant asks one question, gets one answer, and needs the verdicts
again.  Evaluating the whole ruleset for every answer repeats work: an answer
about a complaints procedure cannot change Standard 1.  :class:`Incremental`
holds one service's checked facts and every node's verdict mask, and when a
fact is given, changed or withdrawn it judges again only the nodes that read
that fact, and then the nodes that read those verdicts (their standard, its
section, the overall judgement), in evaluation order.  A node whose verdict
did not change stops the wave there.

The verdicts are always exactly those of :meth:`Ruleset.verdicts` on the
same facts (``tests/unit/test_incremental.py`` checks it after every step
of random sequences of answers).  A ruleset that reads another ruleset's
verdicts (linked facts) is judged in full at each step, with the same API.

Use::

    live = Incremental(rules, facts, evaluation_date="2024-09-01")
    changed = live.set("smart_targets", 95)   # {"S2.5": "met", "S2": ...}: what changed
    live.verdict("S2")                        # "good", or None when unknown
    live.last_judged                          # how many nodes that step judged
"""

from __future__ import annotations

from collections.abc import Mapping

from senrules.engine import OtherYears, parse_evaluation_date, resolve_parameters
from senrules.errors import InputError
from senrules.facts import unknown_fact, coerce_fact, prepare_facts
from senrules.headroom import with_headroom

__all__ = ["Incremental"]


class Incremental:
    """One service's verdicts, updated fact by fact (see the module docstring)."""

    @with_headroom
    def __init__(self, rs, facts: Mapping | None = None, *, evaluation_date=None, parameters=None):
        from senrules.links import links

        self.rs = rs
        self.date = parse_evaluation_date(evaluation_date)
        self.year = self.date.year
        self.P = resolve_parameters(rs, parameters, self.date)
        self._linked = bool(links(rs))
        self._given: dict = dict(facts or {})  # as the caller gave them (for linked rulesets)
        self.F = {} if self._linked else prepare_facts(rs.facts, self._given, with_provenance=False)[0]
        program = rs.program
        self._readers: dict[str, list[int]] = {}  # fact -> nodes whose clauses read it
        self._dependents: dict[int, list[int]] = {n.index: [] for n in program.nodes}  # node -> nodes reading its verdict
        for node in program.nodes:
            for name in node.facts:
                self._readers.setdefault(name, []).append(node.index)
            for dep in node.deps:
                self._dependents[dep].append(node.index)
        # A node that reads verdicts of earlier years (a trend over its
        # criteria) changes when any fact behind them changes, even if no
        # verdict of this year does: it reads all of those facts.
        for node in program.nodes:
            if node.deps and _has_year_function(node):
                for name in _facts_behind(program, node.index, {}):
                    self._readers.setdefault(name, []).append(node.index)
        self._rank = {idx: i for i, idx in enumerate(program.order)}
        self.masks: list[int] = []
        self.last_judged = 0
        self._full()

    # -------------------------------------------------------------- reading
    def verdict(self, ident: str) -> str | None:
        """The level of ``ident``, or None while the evidence does not decide it."""
        idx = self.rs.program.by_id[ident]
        return self.rs.level_names[idx][1].get(self.masks[idx])

    def verdicts(self) -> dict[str, str | None]:
        return {ident: table.get(mask) for (ident, table), mask in zip(self.rs.level_names, self.masks)}

    # -------------------------------------------------------------- changing
    def set(self, name: str, value) -> dict[str, str | None]:
        """Give (or change) one fact; ``None`` withdraws it.  Returns the ids
        whose verdict changed, with their new verdicts.  A bad value raises
        :class:`InputError` and changes nothing."""
        fact = self.rs.facts.get(name)
        if fact is None and not self._linked:
            unknown_fact(name, self.rs.facts)
        if self._linked:
            given = dict(self._given)
            if value is None:
                given.pop(name, None)
            else:
                given[name] = value
            before = list(self.masks)
            self._given = given
            self._full()  # (raises InputError before anything is kept)
            return self._changed(before, range(len(self.masks)))
        checked = coerce_fact(fact, value, f"fact `{name}`")
        if checked is None:
            self.F.pop(name, None)
        else:
            self.F[name] = checked
        return self._wave(self._readers.get(name, ()))

    def update(self, facts: Mapping) -> dict[str, str | None]:
        """Give several facts at once (each checked before any is kept)."""
        if self._linked:
            before = list(self.masks)
            given = dict(self._given)
            for name, value in facts.items():
                if value is None:
                    given.pop(name, None)
                else:
                    given[name] = value
            self._given = given
            self._full()
            return self._changed(before, range(len(self.masks)))
        checked = {}
        for name, value in facts.items():
            fact = self.rs.facts.get(name)
            if fact is None:
                unknown_fact(name, self.rs.facts)
            checked[name] = coerce_fact(fact, value, f"fact `{name}`")
        start = []
        for name, value in checked.items():
            if value is None:
                self.F.pop(name, None)
            else:
                self.F[name] = value
            start.extend(self._readers.get(name, ()))
        return self._wave(start)

    # -------------------------------------------------------------- inside
    def _full(self) -> None:
        if self._linked:
            from senrules.links import resolve_links

            try:
                facts = resolve_links(self.rs, self._given, evaluation_date=self.date)
                F = prepare_facts(self.rs.facts, facts, with_provenance=False)[0]
            except InputError:
                raise
            self.F = F
        other = OtherYears(self.rs, self.F, self.P, self.date, self.year)
        self.masks = list(self.rs.compiled.evaluate_all(self.F, self.P, self.year, self.date, other.at))
        self.last_judged = len(self.masks)

    def _wave(self, start) -> dict[str, str | None]:
        """Judge ``start`` again, then whatever reads a verdict that changed,
        in evaluation order."""
        node_fns = self.rs.compiled.node_fns
        other = OtherYears(self.rs, self.F, self.P, self.date, self.year)  # earlier years, from the new facts
        pending = set(start)
        judged = 0
        changed = []
        while pending:
            idx = min(pending, key=self._rank.__getitem__)
            pending.discard(idx)
            mask = node_fns[idx](self.F, self.P, self.masks, self.year, self.date, other.at)
            judged += 1
            if mask != self.masks[idx]:
                self.masks[idx] = mask
                changed.append(idx)
                pending.update(self._dependents[idx])
        self.last_judged = judged
        names = self.rs.level_names
        return {names[i][0]: names[i][1].get(self.masks[i]) for i in sorted(changed, key=self._rank.__getitem__)}

    def _changed(self, before, indexes) -> dict[str, str | None]:
        names = self.rs.level_names
        return {names[i][0]: names[i][1].get(self.masks[i]) for i in indexes if before[i] != self.masks[i]}


def _has_year_function(node) -> bool:
    import attrs

    from senrules import logic
    from senrules import model as m

    def walk(e) -> bool:
        if isinstance(e, m.Call) and e.func in logic.YEAR_FUNCTIONS:
            return True
        if attrs.has(type(e)):
            for a in attrs.fields(type(e)):
                v = getattr(e, a.name)
                for x in v if isinstance(v, tuple) else (v,):
                    if attrs.has(type(x)) and not isinstance(x, m.Span) and walk(x):
                        return True
        return False

    return any(c.condition is not None and walk(c.condition) for c in node.clauses)


def _facts_behind(program, idx: int, memo: dict) -> frozenset:
    """Every fact a node's verdict can depend on, through the verdicts it reads."""
    found = memo.get(idx)
    if found is None:
        node = program.nodes[idx]
        out = set(node.facts)
        for dep in node.deps:
            out |= _facts_behind(program, dep, memo)
        found = memo[idx] = frozenset(out)
    return found
