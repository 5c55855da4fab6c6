"""Gap to the next grade: what to improve to lift a standard one grade.

For a standard (or section) whose grade is known and below the best, the
search finds the smallest sets of its criteria (or standards) that, raised to
the best level ("met"), would lift its grade at least one level, everything
else staying as it is.  The grade space is small (a standard has at most a
handful of criteria), so the search is exhaustive: sets of size 1, then 2,
and so on, stopping at the first size that has any answer.

It reuses the compiled rules: the node's own function is evaluated on the
verdicts with the chosen children replaced, so the answer is exactly what the
rules would say, facts, parameters and trends included.
"""

from __future__ import annotations

import itertools

import attrs

from senrules import logic

MAX_SETS = 12
"""At most this many alternative sets are reported for one node."""


@attrs.frozen
class Improvement:
    """Raise each of ``children`` to at least ``level``; the node then
    reaches the grade ``reaches``."""

    children: tuple[str, ...]
    level: str
    reaches: str


@attrs.frozen
class GapToNextGrade:
    """The smallest ways to lift ``node`` from ``grade`` to ``target`` or
    better, each raising as few children as possible as little as needed."""

    node: str
    grade: str
    target: str
    options: tuple[Improvement, ...]

    def describe(self) -> str:
        """In words: "to reach good: meet S11.3 and S11.5, or ..."."""
        if not self.options:
            return f"no improvement of its parts alone would lift it to {self.target}"
        words = []
        for o in self.options:
            if o.level == "met":
                text = "meet " + " and ".join(o.children)
            else:
                text = f"raise {' and '.join(o.children)} to {o.level.replace('_', ' ')}"
            if o.reaches != self.target:
                text += f" (which gives {o.reaches.replace('_', ' ')})"
            words.append(text)
        return f"to reach {self.target}: " + ", or ".join(words)


def gaps_to_next_grade(rs, facts, *, evaluation_date=None, parameters=None, year=None) -> dict[str, GapToNextGrade]:
    """For every standard and section whose grade is known and below the
    best: the smallest sets of children whose improvement lifts it a grade."""
    from senrules.engine import parse_evaluation_date, _masks, resolve_parameters
    from senrules.facts import prepare_facts

    D = parse_evaluation_date(evaluation_date)
    Y = year or D.year
    F = prepare_facts(rs.facts, facts, with_provenance=False)[0]
    P = resolve_parameters(rs, parameters)
    masks, other = _masks(rs, F, P, D, Y)
    return gaps_from_masks(rs, masks, F, P, D, Y, other.at)


def gaps_from_masks(rs, masks, F, P, D, Y, at) -> dict[str, GapToNextGrade]:
    program = rs.program
    out: dict[str, GapToNextGrade] = {}
    for node in program.nodes:
        if node.kind not in ("standard", "section"):
            continue
        mask = masks[node.index]
        if not logic.mask_known(mask):
            continue
        level = mask.bit_length() - 1
        # the next better grade this node's rules can give at all
        given = {c.outcome for c in node.clauses}
        better = [i for i in range(level - 1, -1, -1) if node.scale[i] in given]
        if not better:
            continue  # already the best grade its rules give
        target = node.scale[better[0]]
        children = [c for c in node.children if masks[c] != 1]  # not already at the best level
        if not children:
            continue
        scale = program.nodes[children[0]].scale
        fn = rs.compiled.node_fns[node.index]
        found: list[Improvement] = []
        for size in range(1, len(children) + 1):
            for combo in itertools.combinations(children, size):
                # the least raise that works: try each level from the worst up
                for raised in range(len(scale) - 1, -1, -1):
                    bit = 1 << raised
                    trial = list(masks)
                    for c in combo:
                        if not (logic.mask_known(masks[c]) and masks[c] <= bit):
                            trial[c] = bit
                    if trial == list(masks):
                        continue
                    new = fn(F, P, trial, Y, D, at)
                    if logic.mask_known(new) and new.bit_length() - 1 < level:
                        found.append(Improvement(
                            tuple(program.nodes[c].id for c in combo), scale[raised], node.scale[new.bit_length() - 1],
                        ))
                        break
                if len(found) >= MAX_SETS:
                    break
            if found:
                break
        out[node.id] = GapToNextGrade(node.id, node.scale[level], target, tuple(found))
    return out
