"""What a reviewer would query in a ruleset that checks without errors:
``senrules check`` reports these as warnings after the checker's own.

* ``no-citation``: a criterion, standard or section with no ``cite`` of its
  own.  Every rule is to say where in its source it comes from (a
  criterion "DCSF 2008" "Standard 11, supporting evidence 5"), so that a
  reader can hold it against the source.  A ruleset that cites nothing at
  all gets one warning, at its header, rather than one per rule.
* ``never-given``: a level of the ruleset's outcomes (for criteria) or
  grades (for standards, sections and the overall judgement) that no rule
  can ever give, so a report's scale offers something no service can reach.
  Either no clause names it, or every clause that does can never apply: a
  clause never applies when, in every combination of its node's inputs,
  an earlier clause applies first or its own condition is false, the
  verdicts it reads taking only the levels their own rules can give (the
  analysis of :mod:`senrules.analysis`, run node by node in evaluation
  order).  The analysis treats every fact comparison as free to be true or
  false, so a "never" found this way holds whatever the facts are; it uses
  the parameters' values written in the rules (each dated value in turn),
  and the message says which parameters it read, since an override may
  change it.  A node whose combinations are too many to enumerate, or whose
  clauses ask whether a verdict is known, is taken to give every level its
  clauses name, so nothing is claimed about it.

Clauses that never apply *within one node* (a less demanding clause put
first) are the analysis's own ``unreachable`` warning; this module adds
what only the whole ruleset shows.
"""

from __future__ import annotations

from senrules import model as m
from senrules.errors import Diagnostic
from senrules.program import Program
from senrules.wording import and_list

__all__ = ["review", "uncited", "never_given"]


def review(program: Program, *, analysis: bool = True) -> list[Diagnostic]:
    """Every finding of this module for ``program``, in source order.
    ``analysis=False`` (``senrules check --no-analysis``) leaves out
    ``never-given`` where it needs the analysis: a level no clause names
    is still reported."""
    found = uncited(program) + never_given(program, analysis=analysis)
    found.sort(key=lambda d: (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0))
    return found


# ------------------------------------------------------------------ citations


def uncited(program: Program) -> list[Diagnostic]:
    """``no-citation`` warnings: criteria, standards and sections without a
    ``cite`` of their own."""
    nodes = [n for n in program.nodes if n.kind in ("criterion", "standard", "section")]
    missing = [n for n in nodes if not n.decl.citations]
    if not missing:
        return []
    if len(missing) == len(nodes) and len(nodes) > 1:
        return [Diagnostic(
            "warning", "no-citation",
            f"ruleset {program.header.id} cites no source: none of its {len(nodes)} criteria, standards and sections "
            "has a `cite`", _span(program.header.span),
            'add `cite "DOCUMENT" "PARAGRAPH"` to each, naming where in the source it comes from',
        )]
    return [Diagnostic(
        "warning", "no-citation", f"{n.kind} {n.id} has no citation", _span(n.decl.span),
        f'add `cite "DOCUMENT" "PARAGRAPH"` to {n.id}, naming where in the source it comes from'
        + (" (a citation of its standard does not say which part of it this is)" if n.kind == "criterion" else ""),
    ) for n in missing]


# ------------------------------------------------------------------ levels never given


def never_given(program: Program, *, analysis: bool = True) -> list[Diagnostic]:
    """``never-given`` warnings: levels of the outcomes or grades that no
    rule can give (see the module's documentation)."""
    reach = _reachable(program) if analysis else None
    out = []
    for criteria, scale in _scales(program):
        nodes = [n for n in program.nodes if (n.kind == "criterion") == criteria and n.scale == scale]
        if not nodes:
            continue
        word, kinds = ("outcome", "criterion") if criteria else ("grade", "grading")
        unnamed = [lv for lv in scale if not any(c.outcome == lv for n in nodes for c in n.clauses)]
        if unnamed:
            many = len(unnamed) > 1
            out.append(Diagnostic(
                "warning", "never-given",
                f"the {word}{'s' if many else ''} {and_list(unnamed)} can never be given: no {kinds} gives "
                f"{'them' if many else 'it'}",
                _scale_span(program, criteria), _scale_hint(program, criteria, scale, unnamed, nodes),
            ))
        for level in scale:
            clauses = [(n, c) for n in nodes for c in n.clauses if c.outcome == level]
            if not clauses:
                continue
            if reach is None or any(level in reach[n.index][0] for n, _ in clauses):
                continue
            first = min((c for _, c in clauses), key=lambda c: (c.span.file, c.span.line, c.span.column))
            params = sorted({p for n, _ in clauses for p in reach[n.index][1]})
            tested: dict[int, set] = {}  # input node -> the levels these clauses test it for
            for n, c in clauses:
                for i, levels in _tested(program, n, c).items():
                    tested.setdefault(i, set()).update(levels)
            never = []
            for i in sorted(tested):
                missing = [lv for lv in program.nodes[i].scale if lv in tested[i] and lv not in reach[i][0]]
                if missing:
                    never.append(f"{program.nodes[i].id} is never {' or '.join(missing)}")
            why = f": {and_list(never[:6])}{' and more' if len(never) > 6 else ''}" if never else ""
            if params:
                why += f" (with the rules' own value{'s' if len(params) > 1 else ''} of {and_list(params)})"
            shown = list(dict.fromkeys(f"grading `{n.grading}`" if n.grading else f"{n.kind} {n.id}" for n, _ in clauses))
            out.append(Diagnostic(
                "warning", "never-given",
                f"the {word} {level} can never be given: no clause that gives it (in {and_list(shown[:4])}"
                f"{' and others' if len(shown) > 4 else ''}) can ever apply{why}",
                _span(first.span),
                (f"the verdicts these clauses need are never given: add the clauses that give them, or leave {level} "
                 f"out of the {word}s") if never else
                (f"an earlier clause always applies first, given the verdicts the rules can give: put the more "
                 f"demanding clause first, or leave {level} out of the {word}s"),
            ))
    return out


def _scales(program: Program):
    return [(True, program.outcomes), (False, program.grades)]


def _scale_span(program: Program, criteria: bool):
    name = program.header.outcomes_scale if criteria else program.header.grades_scale
    scale = program.scales.get(name) if name else None
    return _span(scale.span if scale is not None else program.header.span)


def _scale_hint(program: Program, criteria: bool, scale, unnamed, nodes) -> str:
    given = [lv for lv in scale if lv not in unnamed]
    word = "outcomes" if criteria else "grades"
    them = "it" if len(unnamed) == 1 else "them"
    declared = program.header.outcomes_scale if criteria else program.header.grades_scale
    if declared:
        return f"give {them} in a clause, or leave {them} out of the scale `{declared}`"
    if not given:
        return f"give {them} in a clause"
    how = "declare" if (program.header.outcomes if criteria else program.header.grades) is None else "write"
    return f"give {them} in a clause, or {how} the {word} the rules give in the header: `{word} {' > '.join(given)}`"


def _reachable(program: Program) -> dict[int, tuple[set, set, set]]:
    """Node index -> (the levels it can give, the parameters that decided
    it, the nodes whose verdicts it reads), nodes in evaluation order, each
    node's verdict inputs limited to what their own rules can give."""
    from senrules.analysis import MAX_COMBINATIONS, SAMPLE_SIZE, NodeAnalysis

    reach: dict[int, tuple[set, set]] = {}
    order = program.order if program.order else range(len(program.nodes))
    for idx in order:
        node = program.nodes[idx]
        named = {c.outcome for c in node.clauses}
        if not node.clauses or _asks_known(program, node):
            reach[idx] = (set(node.scale), set(), set())
            continue
        given, params, inputs = set(), set(), set()
        runs = [NodeAnalysis(program, node, MAX_COMBINATIONS, SAMPLE_SIZE)]
        try:
            runs[0].run()
            starts = sorted({dv.start for n in runs[0].dated_params() for dv in program.parameters[n].dated})
            for start in starts:
                dated = NodeAnalysis(program, node, MAX_COMBINATIONS, SAMPLE_SIZE, on=start)
                dated.run()
                runs.append(dated)
        except Exception:  # noqa: BLE001 - what cannot be analysed is taken to give everything it names
            reach[idx] = (named, set(), set())
            continue
        for a in runs:
            params.update(a.params)
            inputs.update(i for cls in a.classes for i in cls.members)
            if a.sampled:
                given = named
                break
            possible = _Possible(a, reach)
            for key, r in a.results.items():
                if r >= 0 and node.clauses[r].outcome not in given and possible(key):
                    given.add(node.clauses[r].outcome)
        if not given:  # never a verdict: always unknown, so whatever reads it may still decide
            given = set(node.scale)
        reach[idx] = (given, params, inputs)
    return reach


def _tested(program: Program, node, clause) -> dict[int, set]:
    """The verdicts ``clause`` (of ``node``) reads, each with the levels
    its tests pass: ``S1 is at least good`` reads S1 for outstanding and good."""
    from senrules.analysis import walk_expression
    from senrules.compiler import level_bits

    out: dict[int, set] = {}
    if clause.condition is None:
        return out

    def add(idx, test):
        scale = program.nodes[idx].scale
        if test.level in scale:
            bits = level_bits(scale, test)
            out.setdefault(idx, set()).update(lv for j, lv in enumerate(scale) if bits >> j & 1)

    for e in walk_expression(clause.condition):
        if isinstance(e, m.IsLevel) and isinstance(e.operand, m.Ref) and e.operand.name in program.by_id:
            add(program.by_id[e.operand.name], e.test)
        elif isinstance(e, m.Select) and e.test is not None:
            for idx in program.selects.get((node.index, id(e)), ()):
                add(idx, e.test)
    return out


class _Possible:
    """Whether some verdict of each input, among those its rules can give,
    makes a combination (counts of inputs at each level, class by class):
    Hall's condition for matching the counted levels to members.  A class
    whose members can all give every level is never checked."""

    def __init__(self, a, reach):
        self.checked = []
        for cls in a.classes:
            can = [reach[i][0] if i in reach else set(cls.scale) for i in cls.members]
            if any(not set(cls.scale) <= c for c in can):
                self.checked.append((cls.offset, cls.scale, can, {}))

    def __call__(self, key) -> bool:
        for offset, scale, can, memo in self.checked:
            counts = key[offset: offset + len(scale)]
            ok = memo.get(counts)
            if ok is None:
                ok = memo[counts] = _hall(counts, scale, can)
            if not ok:
                return False
        return True


def _hall(counts, scale, can) -> bool:
    wanted = [j for j, c in enumerate(counts) if c]
    for mask in range(1, 1 << len(wanted)):
        levels = {scale[wanted[b]] for b in range(len(wanted)) if mask >> b & 1}
        need = sum(counts[wanted[b]] for b in range(len(wanted)) if mask >> b & 1)
        if need > sum(1 for c in can if c & levels):
            return False
    return True


def _asks_known(program: Program, node) -> bool:
    """Whether a clause of ``node`` asks whether verdicts are known (which
    the analysis, reading every verdict as known, cannot answer)."""
    from senrules.analysis import asks_known

    return any(clause.condition is not None and asks_known(program, clause.condition) for clause in node.clauses)


def _span(span):
    return None if span is None or not span.line else span
