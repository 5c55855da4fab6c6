"""Gap to the next grade: the smallest changes that lift a standard, a
section or the overall judgement one grade.

For a node (standard, section, overall) whose grade is known and below the
best its rules give, the search finds the fewest children to raise, and the
least level to raise them to, that lift its grade to the next better one (or
beyond), everything else staying as it is.  The answer is stated compactly:
"meet any three of S2.1, S2.2, S2.3, S2.4, S2.5", not the ten combinations.

How it avoids enumerating combinations
--------------------------------------
A grade condition reads its children in two ways only: through counts and
shares over a selection (``share(criteria is met) >= most_areas``), which
cannot tell apart two children with the same verdict in the same
selections, and by name (``outcomes is at least good``).  So the children
are put in *groups*: same current verdict (its mask), same selections, and
a child read by name is a group of its own.  Children of one group are
interchangeable, so a change is a number per group ("raise 3 of the 5 not met
criteria"), and the search runs over those numbers, not over subsets: for
``n`` children in ``G`` groups at most ``prod(n_g + 1) <= (n/G + 1) ** G``
evaluations of the node's compiled function, polynomial in ``n`` (``G`` is
bounded by the verdict masks a child can have times the selections written,
not by ``n``).  For a standard of 24 criteria in three groups that is at most
729 evaluations, against 16 million subsets.

The common case is cheaper still: when the groups differ only in their
verdicts (a standard's criteria all counted in the same selections) and
those verdicts are ordered, raising a child of a worse group helps at least
as much as raising one of a better group.  Then whether ``k`` children can
lift the grade is decided by one trial (the worst first), the fewest is
found by a binary search over ``k``, and "any ``k`` of them" is confirmed by
one more trial (the best first): ``O(log n)`` evaluations.

Monotonicity cuts it further (grade conditions are monotone in the
children's verdicts; ``senrules check`` warns about one that is not): the
fewest children are found at the best level, and lower levels are tried
with that many children only, each after one check that raising every
candidate to it is enough at all.  The search is also
bounded by :data:`MAX_EVALUATIONS` per node, in case a hand-written grading
names many children one by one (each its own group); a node that reaches the
bound is reported with the answers found so far and ``complete`` False.

The node's own compiled function is evaluated on the verdicts with the
chosen children replaced, so the answer is exactly what the rules would say,
facts, parameters and trends included.
"""

from __future__ import annotations

import weakref

import attrs

from senrules import logic
from senrules import model as m

MAX_SETS = 12
"""At most this many alternative ways are reported for one node."""

MAX_EVALUATIONS = 20_000
"""At most this many trial evaluations of one node's grade (see the module doc)."""

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int) -> str:
    """``3`` -> ``three``; numbers above ten stay figures."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def join_words(items, last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


@attrs.frozen
class Pick:
    """``count`` of the children ``among`` (all of them when equal)."""

    count: int
    among: tuple[str, ...]

    @property
    def everyone(self) -> bool:
        return self.count >= len(self.among)

    def describe(self, name=str) -> str:
        """``S2.1``, ``S2.1 and S2.2``, ``any three of S2.1, S2.2, S2.3, S2.4, S2.5``."""
        names = [name(i) for i in self.among]
        if self.everyone:
            return join_words(names)
        return f"any {number_word(self.count)} of {', '.join(names)}"


@attrs.frozen
class Improvement:
    """Raise the children picked to at least ``level``; the node then
    reaches ``reaches`` (at least)."""

    picks: tuple[Pick, ...]
    level: str
    reaches: str

    @property
    def children(self) -> tuple[str, ...]:
        """Every child that may be raised, in framework order."""
        return tuple(i for p in self.picks for i in p.among)

    @property
    def size(self) -> int:
        """How many children are raised."""
        return sum(p.count for p in self.picks)

    def describe(self, name=str) -> str:
        """``meet any three of S2.1, ...`` or ``raise S8 and S13 to good``."""
        what = join_words([p.describe(name) for p in self.picks])
        if self.level == "met":
            return "meet " + what
        return f"raise {what} to {self.level.replace('_', ' ')}"


@attrs.frozen
class GapToNextGrade:
    """The smallest ways to lift ``node`` from ``grade`` to ``target`` or
    better, each raising as few children as possible as little as needed."""

    node: str
    grade: str
    target: str
    options: tuple[Improvement, ...]
    complete: bool = True  # False when the search bound was reached

    def describe(self, name=str) -> str:
        """In words: "to reach good: meet any two of S11.3, S11.4, S11.5, or ..."."""
        target = self.target.replace("_", " ")
        stopped = f"the search stopped at its limit of {MAX_EVALUATIONS:,} trials"
        if not self.options:
            if not self.complete:
                return f"{stopped} before finding a way to lift it to {target}"
            return f"no improvement of its parts alone would lift it to {target}"
        words = []
        for o in self.options:
            text = o.describe(name)
            if o.reaches != self.target:
                text += f" (which gives {o.reaches.replace('_', ' ')})"
            words.append(text)
        said = f"to reach {target}: " + ", or ".join(words)
        return said + (f" ({stopped}, so fewer may be enough)" if not self.complete else "")


def gaps_to_next_grade(rs, facts, *, evaluation_date=None, parameters=None, year=None) -> dict[str, GapToNextGrade]:
    """For every standard, section and the overall judgement whose grade is
    known and below the best: the smallest changes of its children that lift
    it a grade."""
    from senrules.engine import node_masks, parse_evaluation_date, resolve_parameters
    from senrules.facts import prepare_facts
    from senrules.links import resolve_links

    D = parse_evaluation_date(evaluation_date)
    Y = year or D.year
    facts = resolve_links(rs, facts, evaluation_date=D, year=year)
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, parameters, D)
    masks, other = node_masks(rs, F, P, D, Y)
    return gaps_from_masks(rs, masks, F, P, D, Y, other.at)


# ------------------------------------------------------------------ how a node reads its children

_ROLES: dict[int, tuple] = {}  # id(program) -> (weak reference to it, {node index: roles})


def _roles(program, node) -> tuple[frozenset, ...]:
    """For each child of ``node`` (in order): the ways its clauses read that
    child's verdict, as a set of tags.  Two children with the same tags and
    the same verdict are interchangeable for the node's grade.  Found from
    the clauses as written (a ruleset loaded from the cache has no resolution
    tables); a child read in no way found here gets a tag of its own."""
    held = _ROLES.get(id(program))
    if held is None or held[0]() is not program:
        for key in [k for k, (ref, _) in _ROLES.items() if ref() is None]:
            del _ROLES[key]
        held = _ROLES[id(program)] = (weakref.ref(program), {})
    cache = held[1]
    found = cache.get(node.index)
    if found is not None:
        return found
    position = {c: i for i, c in enumerate(node.children)}
    tags: list[set] = [set() for _ in node.children]
    kinds = {"criteria": "criterion", "standards": "standard", "sections": "section"}

    def members(base: int, want: str):
        n = program.nodes[base]
        if n.kind == want:
            yield base
            return
        for c in n.children:
            yield from members(c, want)

    selections = 0

    def walk(e):
        nonlocal selections
        if isinstance(e, m.Select):
            selections += 1
            base = node.index if e.of_id is None else program.by_id.get(e.of_id)
            if base is None:
                return
            for c in program.nodes[base].children:
                for idx in members(c, kinds[e.kind]):
                    if idx in position:
                        tags[position[idx]].add(("select", selections))
            return
        if isinstance(e, m.Ref):
            idx = program.by_id.get(e.name)
            if idx in position:
                tags[position[idx]].add(("name", e.name))
            return
        if attrs.has(type(e)):
            for a in attrs.fields(type(e)):
                v = getattr(e, a.name)
                for x in v if isinstance(v, tuple) else (v,):
                    if attrs.has(type(x)) and not isinstance(x, m.Span):
                        walk(x)

    for clause in node.clauses:
        if clause.condition is not None:
            walk(clause.condition)
    found = tuple(frozenset(t) if t else frozenset({("unread", i)}) for i, t in enumerate(tags))
    cache[node.index] = found
    return found


# ------------------------------------------------------------------ the search


def _compositions(total: int, caps: list[int]):
    """Every way to choose ``total`` as a sum of numbers, the i-th at most
    ``caps[i]``, the first group filled first."""
    if not caps:
        if total == 0:
            yield ()
        return
    rest = sum(caps[1:])
    for k in range(min(total, caps[0]), max(0, total - rest) - 1, -1):
        for tail in _compositions(total - k, caps[1:]):
            yield (k,) + tail


def _lifts(new: int, target_index: int) -> int | None:
    """The worst level a trial verdict guarantees, if every level it can
    still be is the target or better; else None."""
    if new & logic.NONE or new == 0:
        return None
    worst = new.bit_length() - 1
    return worst if worst <= target_index else None


def gap_of_node(rs, node, masks, F, P, D, Y, at) -> GapToNextGrade | None:
    """The gap of one node, or None when its grade is unknown, already the
    best its rules give, or it has no children to raise."""
    program = rs.program
    mask = masks[node.index]
    if not logic.mask_known(mask):
        return None
    level = mask.bit_length() - 1
    given = {c.outcome for c in node.clauses}
    better = [i for i in range(level - 1, -1, -1) if node.scale[i] in given]
    if not better:
        return None
    target_index = better[0]
    target = node.scale[target_index]
    roles = _roles(program, node)
    children = [(c, r) for c, r in zip(node.children, roles) if masks[c] != 1]
    if not children:
        return None
    scale = program.nodes[children[0][0]].scale
    fn = rs.compiled.node_fns[node.index]
    evaluations = 0
    complete = True

    tried: dict[tuple, int | None] = {}  # the same change is worked out once

    def trial(chosen: list[tuple[list[int], int]], bit: int):
        nonlocal evaluations
        raised = [c for members, k in chosen for c in members[:k] if masks[c] != bit]
        key = (bit, frozenset(raised))
        if key in tried:
            return tried[key]
        evaluations += 1
        t = list(masks)
        for c in raised:
            t[c] = bit
        found = tried[key] = _lifts(fn(F, P, t, Y, D, at), target_index)
        return found

    # Grade conditions are monotone in the children's verdicts, so: a level
    # that raising every candidate to it does not reach rules out every lower
    # level; and no lower level can do with fewer children than the best
    # level needs.  So the fewest children are found at the best level, and
    # then lower levels are tried with that many only, best first.
    best: tuple[int, int, list, list] | None = None  # (children raised, level index, groups, working ways)
    for raised in range(len(scale)):
        bit = 1 << raised
        groups: dict[tuple, list[int]] = {}
        for c, r in children:
            if not (logic.mask_known(masks[c]) and masks[c] <= bit):  # below this level, or unknown
                groups.setdefault((masks[c], r), []).append(c)
        if not groups:
            break
        order = _chain(list(groups), len(scale))
        if order is not None:  # worst verdicts first
            keys = list(groups)
            groups = {keys[i]: groups[keys[i]] for i in order}
        members = list(groups.values())
        caps = [len(g) for g in members]
        everyone = None
        if not (order is not None and best is not None):
            everyone = trial([(g, len(g)) for g in members], bit)
            if everyone is None:
                break  # raising every candidate to this level is not enough, nor to any lower one
        if order is not None:
            found = _chain_search(trial, members, caps, bit, best[0] if best is not None else None, raised)
            if found is None:
                break
            best = found
            continue
        sizes = range(1, sum(caps) + 1) if best is None else (best[0],)
        found = None
        for size in sizes:
            working = []
            for comp in _compositions(size, caps):
                if evaluations >= MAX_EVALUATIONS:
                    complete = False
                    break
                reaches = trial(list(zip(members, comp)), bit)
                if reaches is not None:
                    working.append((comp, reaches))
            if working:
                found = (size, raised, members, working)
                break
            if not complete:
                break
        if found is None and not complete and best is None and everyone is not None:
            # the bound was reached before the fewest were found: raising
            # every candidate is known to work, so say that (not "nothing would")
            found = (sum(caps), raised, members, [(tuple(caps), everyone)])
            best = found
        if found is None or not complete:
            break
        best = found
    if best is None:
        return GapToNextGrade(node.id, node.scale[level], target, (), complete)
    size, raised, members, working = best
    options = _state(program, members, working, size, scale[raised], node.scale)
    return GapToNextGrade(node.id, node.scale[level], target, tuple(options[:MAX_SETS]), complete)


def _span(mask: int, levels: int) -> tuple[int, int]:
    """(best, worst) level index a verdict can still be; "no outcome" counts
    as below the worst level."""
    worst = levels if mask & logic.NONE else (mask.bit_length() - 1)
    plain = mask & ~logic.NONE
    best = (plain & -plain).bit_length() - 1 if plain else levels
    return best, worst


def _chain(keys: list[tuple], levels: int) -> list[int] | None:
    """When the groups differ only in their verdicts (the same selections)
    and those verdicts are ordered (each no better, at its best and at its
    worst, than the next): the groups' order, worst first.  Then raising a
    child of a worse group lifts every count at least as much as raising one
    of a better group, so for a number of children the worst-first choice is
    the strongest and the best-first one the weakest (:func:`_chain_search`).
    None when the groups are not so ordered."""
    if len({roles for _, roles in keys}) != 1:
        return None
    spans = [_span(mask, levels) for mask, _ in keys]
    order = sorted(range(len(keys)), key=lambda i: (-spans[i][1], -spans[i][0]))
    for a, b in zip(order, order[1:]):
        if not (spans[a][0] >= spans[b][0] and spans[a][1] >= spans[b][1]):
            return None
    return order


def _fill(size: int, caps: list[int], reverse: bool = False) -> tuple[int, ...]:
    """``size`` children taken from the groups in order (or in reverse)."""
    out = [0] * len(caps)
    idx = range(len(caps) - 1, -1, -1) if reverse else range(len(caps))
    for i in idx:
        out[i] = min(caps[i], size)
        size -= out[i]
    return tuple(out)


def _chain_search(trial, members, caps, bit, size, raised):
    """The fewest children (or, with ``size`` given, whether that many do)
    for groups ordered worst first: the worst-first choice decides whether a
    number of children can work (a binary search over the number, the grade
    being monotone in it); when the best-first choice works too, every choice
    does ("any k of"); otherwise each way of choosing is tried."""
    def works(k):
        return trial(list(zip(members, _fill(k, caps))), bit)

    if size is None:
        lo, hi = 1, sum(caps)  # raising all of them works (checked before)
        while lo < hi:
            mid = (lo + hi) // 2
            if works(mid) is not None:
                hi = mid
            else:
                lo = mid + 1
        size = lo
    elif size > sum(caps) or works(size) is None:
        return None
    weakest = trial(list(zip(members, _fill(size, caps, reverse=True))), bit)
    if weakest is not None:
        return (size, raised, members, [(comp, weakest) for comp in _compositions(size, caps)])
    working = []
    for comp in _compositions(size, caps):
        reaches = trial(list(zip(members, comp)), bit)
        if reaches is not None:
            working.append((comp, reaches))
    return (size, raised, members, working) if working else None


def _state(program, members, working, size, level, node_scale) -> list[Improvement]:
    """The working compositions as compact options: when every way of
    choosing ``size`` children among the groups used works, one option
    "any <size> of <all of them>"; otherwise one option per way."""
    used = [i for i in range(len(members)) if any(comp[i] for comp, _ in working)]
    caps = [len(members[i]) if i in used else 0 for i in range(len(members))]
    every = set(_compositions(size, caps))
    found = {comp for comp, _ in working}
    reaches = node_scale[max(r for _, r in working)]
    if every <= found:
        among = tuple(_in_order(program, [c for i in used for c in members[i]]))
        return [Improvement((Pick(size, among),), level, reaches)]
    out = []
    for comp, r in working:
        picks = tuple(Pick(k, tuple(_in_order(program, members[i]))) for i, k in enumerate(comp) if k)
        out.append(Improvement(picks, level, node_scale[r]))
    return out


def _in_order(program, indexes) -> list[str]:
    return [program.nodes[c].id for c in sorted(indexes)]


def gaps_from_masks(rs, masks, F, P, D, Y, at) -> dict[str, GapToNextGrade]:
    """:func:`gap_of_node` for every standard, section and the overall."""
    out: dict[str, GapToNextGrade] = {}
    for node in rs.program.nodes:
        if node.kind in ("standard", "section", "overall"):
            gap = gap_of_node(rs, node, masks, F, P, D, Y, at)
            if gap is not None:
                out[node.id] = gap
    return out
