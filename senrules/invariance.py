"""Which verdicts can change from one year to another.

A trend (``improving(share(criteria is met), trend_years)``) judges the
criteria again as of earlier years.  Many of them cannot come out
differently: their clauses read no per-year fact, no evaluation date or
year, no year function, and no verdict that can change.  Both evaluation
paths judge such a node once and reuse its verdict for every year
(:mod:`senrules.engine` for one service, :mod:`senrules.batch` for many).
"""

from __future__ import annotations

import attrs

from senrules import logic
from senrules import model as m

_INVARIANT: dict[str, frozenset] = {}


def select_members(program, e: m.Select, owner) -> tuple[int, ...]:
    """The nodes ``count(criteria ...)`` (or standards, sections) counts:
    those of the node named with ``of``, else of the node being graded."""
    nodes = program.nodes
    base = nodes[program.by_id[e.of_id]] if e.of_id else owner
    target = {"criteria": "criterion", "standards": "standard", "sections": "section"}[e.kind]

    def descend(idx):
        if nodes[idx].kind == target:
            return [idx]
        return [i for c in nodes[idx].children for i in descend(c)]

    return tuple(i for c in base.children for i in descend(c))


def year_invariant(rs) -> frozenset:
    """The nodes whose verdict is the same in every year: their clauses read
    no per-year fact, no evaluation date or year, no year function, and no
    verdict that varies.  A trend over earlier years reuses this year's
    verdicts for them instead of judging them again (found once per ruleset)."""
    found = _INVARIANT.get(rs.hash)
    if found is not None:
        return found
    program = rs.program
    memo: dict[int, bool] = {}

    def expr_ok(e, owner, fields) -> bool:
        if isinstance(e, m.Ref):
            name = e.name
            if name in fields or name in program.parameters:
                return True
            if name in program.facts:
                return not program.facts[name].per_year
            if name in ("evaluation_date", "evaluation_year"):
                return False
            if name in program.by_id:
                return node_ok(program.by_id[name])
            return True
        if isinstance(e, m.Call) and e.func in logic.YEAR_FUNCTIONS:
            return False
        if isinstance(e, m.Select):
            return all(node_ok(i) for i in select_members(program, e, owner))
        if isinstance(e, m.Where):
            decl = program.facts.get(e.collection.partition(".")[0])
            inner = frozenset(dict(decl.type.fields)) if decl is not None and decl.type.kind == "list" else frozenset()
            return expr_ok(e.condition, owner, fields | inner)
        if attrs.has(type(e)):
            for a in attrs.fields(type(e)):
                v = getattr(e, a.name)
                for x in v if isinstance(v, tuple) else (v,):
                    if attrs.has(type(x)) and not isinstance(x, (m.Span, m.LevelTest)) and not expr_ok(x, owner, fields):
                        return False
        return True

    def node_ok(idx: int) -> bool:
        if idx not in memo:
            memo[idx] = False  # (a checked program has no cycles; this only guards)
            node = program.nodes[idx]
            memo[idx] = all(expr_ok(c.condition, node, frozenset()) for c in node.clauses if c.condition is not None)
        return memo[idx]

    found = _INVARIANT[rs.hash] = frozenset(i for i in range(len(program.nodes)) if node_ok(i))
    return found


