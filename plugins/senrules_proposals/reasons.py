"""Why a key factor has its verdict, in plain English.

A proposer or an LA officer reads "Met, because the document claims better
access to education and associated services (line 19), describes the better
access to education specifically (line 19) and refers to the LA's
Accessibility Strategy (line 19)", never a rule's text or a fact's id.

The sentence is built from the ruleset alone: the clauses of the factor
(which held, which did not) and the ``label`` of each fact and parameter in
``improvement-test.rules``.  Nothing here restates a factor's rule; the
words that join the parts ("because", "but", "and") and the way a label is
negated are the only English written in Python.

The ruleset's convention, which a test checks for every yes/no fact: a
yes/no fact's label is a statement whose subject is "the document" or "the
proposal", followed by a verb in the present tense ("the document refers to
the LA's Accessibility Strategy"), so that it can be said as it is (yes),
negated ("the document does not refer to ..."), or left open ("it is not
known whether the document refers to ..."); a number's label is a noun
phrase ("the longest PRU stay the document states"), said with its value
("... is 26 weeks").  A parameter is named by its label and value ("'a
long-term stay in a PRU' is taken as more than 13 weeks"), never by its id.

Which parts of a condition are said follows :mod:`senrules.wording`: for a
clause that held, every part of an ``and`` and the parts of an ``or`` that
hold; for one that did not, the parts of an ``and`` that fail and every part
of an ``or``.  The reason is

* the clause that decided the verdict, as it held ("because ..."), and
  each threshold that kept a worse outcome tried before it away (a figure
  compared with a parameter, the reading of a vague word: "the longest PRU
  stay the document states is 6 weeks, not more than 13 weeks ('a long-term
  stay in a PRU' is taken as more than 13 weeks)"), then, for a verdict
  between the best and the worst, what the better outcomes tried before it
  lacked ("..., but does not ...");
* for a verdict given ``otherwise``, what each better outcome lacked;
* for an undecided factor ("insufficient evidence"), what is not known and
  what the verdict could still be.
"""

from __future__ import annotations

import attrs

from senrules import model as m
from senrules.wording import Wording, flatten, format_value, humanise, level_words

SUBJECTS = ("the document", "the proposal")  # the subjects a yes/no fact's label may start with
_IRREGULAR = {"has": "have", "does": "do", "is": "be", "goes": "go"}
_CMP_HOLDS = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most", "==": "exactly", "!=": "not"}
_CMP_FAILS = {">": "not more than", ">=": "less than", "<": "not less than", "<=": "more than", "==": "not", "!=": "exactly"}
_THRESHOLD = {">": "more than {}", ">=": "{} or more", "<": "less than {}", "<=": "{} or less", "==": "exactly {}",
              "!=": "anything but {}"}


def base_form(verb: str) -> str:
    """A verb's base form after "does not": ``claims`` -> ``claim``,
    ``specifies`` -> ``specify``, ``reaches`` -> ``reach``."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def split_statement(label: str) -> tuple[str | None, str]:
    """``"the document refers to X"`` -> ``("the document", "refers to X")``;
    a label with another subject -> ``(None, label)``."""
    for subject in SUBJECTS:
        if label.startswith(subject + " "):
            return subject, label[len(subject) + 1:]
    return None, label


def negated(predicate: str) -> str:
    """``"refers to X"`` -> ``"does not refer to X"``; ``"is X"`` -> ``"is not X"``."""
    verb, _, rest = predicate.partition(" ")
    if verb in ("is", "are", "was", "were", "can", "will", "must"):
        return f"{verb} not {rest}".rstrip()
    return f"does not {base_form(verb)} {rest}".rstrip()


@attrs.frozen
class Statement:
    """One thing the reason says: a subject ("the document"; None when the
    words stand alone), what is said of it, and where the document says it."""

    subject: str | None
    words: str
    where: str = ""
    fact: str = ""  # the fact it says, for putting statements in the ruleset's order

    def text(self, with_subject: bool = True) -> str:
        head = f"{self.subject} {self.words}" if (self.subject and with_subject) else self.words
        return head + (f" ({self.where})" if self.where else "")


def join(statements: list[Statement], word: str = "and", subject: str | None = None) -> str:
    """Statements as one list: ``A, B and C``, the subject said once while
    it stays the same (``subject`` is the one said just before)."""
    parts = []
    for s in statements:
        parts.append(s.text(with_subject=s.subject is None or s.subject != subject))
        subject = s.subject
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {word} " + parts[-1]


def fact_statement(fact, value, where: str = "") -> Statement:
    """A fact at ``value`` (True, False, a number, None for not known), from its label."""
    return attrs.evolve(_statement(fact, value, where), fact=fact.name)


def _statement(fact, value, where: str) -> Statement:
    label = fact.label or humanise(fact.name)
    if fact.type.kind == "boolean":
        subject, predicate = split_statement(label)
        if value is None:
            return Statement(None, f"it is not known whether {label}", where)
        if subject is None:
            return Statement(None, label if value else f"it is not so that {label}", where)
        return Statement(subject, predicate if value else negated(predicate), where)
    if value is None:
        return Statement(None, f"{label} is not known", where)
    return Statement(None, f"{label} is {format_value(value, fact.unit, fact.type.kind)}", where)


def fact_note(fact, value) -> str:
    """A fact at ``value``, as one statement (for a quote's note)."""
    return fact_statement(fact, value).text()


class Reasons:
    """The reasons for one evaluation of the Improvement Test: ``rs`` the
    loaded ruleset, ``result`` the engine's result, ``where`` a function
    giving the place in the document that decided a fact ("line 19"), or ""."""

    def __init__(self, rs, result, where):
        self.rs, self.result, self.where = rs, result, where
        self.program = rs.program
        self.args = result.explainer.args if result.explainer is not None else None

    def why(self, j) -> str:
        """The reason for judgement ``j``, as one sentence."""
        node = self.program.node(j.id)
        w = Wording(self.program, node, *self.args) if self.args else None
        verdict = level_words(j.verdict)
        if not j.known:  # "insufficient evidence": what is not known, and what the verdict could still be
            missing = [self.program.facts[name] for name in j.missing if name in self.program.facts]
            items = [("whether " if f.type.kind == "boolean" else "") + (f.label or humanise(f.name)) for f in missing]
            could = _listed([level_words(p) for p in j.possible], "or")
            if not items:
                return f"Insufficient evidence: it could be {could}."
            return f"Insufficient evidence: it is not known {_listed(items, 'or')}, so it could be {could}."
        scale = tuple(self.rs.header.outcomes or ())
        rank = {level: i for i, level in enumerate(scale)}
        facts = self.program.facts
        held_index = next((i for i, c in enumerate(j.clauses) if c.holds), None)
        tried = node.clauses[: held_index if held_index is not None else len(node.clauses)]
        held = node.clauses[held_index] if held_index is not None else None
        said: set[str] = set()
        # the scope first: why the factor applies at all (the clauses giving the scale's first level, "not applicable")
        scope: list[Statement] = []
        if scale and j.verdict != scale[0]:
            for clause in tried:
                if clause.outcome == scale[0] and clause.condition is not None:
                    scope += self._parts(w, clause.condition, False, said)
        if held is not None and held.condition is not None:
            because = scope + self._parts(w, held.condition, True, said)
            # the thresholds that kept the worse outcomes tried before it away, said as the rules compared them
            for clause in tried:
                if (rank.get(clause.outcome, -1) > rank.get(j.verdict, len(rank)) and clause.condition is not None
                        and not _exception(clause.condition, facts)):
                    because += self._thresholds(w, clause.condition, True, said)
            # then, for a verdict between the best and the worst, what the better outcomes tried first lacked
            better = [c for c in tried if c.outcome in scale[1: rank.get(j.verdict, 0)] and c.condition is not None
                      and not _exception(c.condition, facts)]
            lacking = []
            if scale and j.verdict != scale[-1]:
                for clause in better:
                    lacking += self._parts(w, clause.condition, False, said)
            text = f"{verdict.capitalize()}, because {join(because)}"
            if lacking:
                text += ", but " + join(_in_order(lacking, facts), subject=because[-1].subject if because else None)
            return text + "."
        # `otherwise`: what the next better outcome lacked
        lacking = []
        for level in reversed(scale[1: rank.get(j.verdict, 0)]):
            for clause in tried:
                if clause.outcome == level and clause.condition is not None and not _exception(clause.condition, facts):
                    lacking += self._parts(w, clause.condition, False, said)
            if lacking:
                break
        parts = scope + _in_order(lacking, facts)
        return f"{verdict.capitalize()}, because {join(parts)}." if parts else f"{verdict.capitalize()}."

    # ------------------------------------------------------------ parts of a condition

    def _fact(self, name: str, value) -> Statement:
        fact = self.program.facts[name]
        return fact_statement(fact, value, self.where(name) if value is not None else "")

    def _value(self, w, e):
        return w.reader.value(e) if w is not None else None

    def _parts(self, w, e, holds, said: set[str]) -> list[Statement]:
        """The parts of ``e`` that explain why it ``holds`` (True or False),
        each fact said once (``said``: the facts already said, and what each
        parameter compared with was taken as)."""
        if isinstance(e, (m.And, m.Or)):
            parts = flatten(e, type(e))
            values = [self._value(w, x) for x in parts]
            if isinstance(e, m.And):
                keep = parts if holds else [x for x, v in zip(parts, values) if v is False]
            else:
                keep = [x for x, v in zip(parts, values) if v is True] if holds else parts
            keep = keep or parts
            facts = self.program.facts
            # a fact that is compared is said with its value there, not also as "known"
            compared = {_fact_of(x, facts) for x in keep if isinstance(x, m.Compare)}
            keep = [x for x in keep if not (isinstance(x, m.IsKnown) and _fact_of(x, facts) in compared)]
            out: list[Statement] = []
            done: set[int] = set()
            for i, x in enumerate(keep):
                if i in done:
                    continue
                if isinstance(x, m.Compare):  # the comparisons of one fact, together
                    group = [y for y in keep[i:] if isinstance(y, m.Compare) and y.left == x.left]
                    done |= {keep.index(y, i) for y in group}
                    out.append(self._compare(w, group, said))
                else:
                    out += self._parts(w, x, self._value(w, x), said)
            return out
        if isinstance(e, m.Not):
            return self._parts(w, e.operand, None if holds is None else not holds, said)
        if isinstance(e, m.Compare):
            return [self._compare(w, [e], said)]
        name = _fact_of(e, self.program.facts)
        if name is not None:
            if name in said:
                return []
            said.add(name)
            return [self._fact(name, self._value(w, m.Ref(name)))]
        return []

    def _thresholds(self, w, e, positive: bool, said: set[str]) -> list[Statement]:
        """The comparisons with a parameter in ``e``, a condition that did not
        hold, that made it fail (a false one, or a true one under a ``not``),
        each said as :meth:`_compare` says it; a fact already said is not
        said again, and a comparison not known is not said."""
        if isinstance(e, (m.And, m.Or)):
            return [s for x in flatten(e, type(e)) for s in self._thresholds(w, x, positive, said)]
        if isinstance(e, m.Not):
            return self._thresholds(w, e.operand, not positive, said)
        if (isinstance(e, m.Compare) and isinstance(e.right, m.Ref) and e.right.name in self.program.parameters
                and _fact_of(e, self.program.facts) not in said and self._value(w, e) is (not positive)):
            return [self._compare(w, [e], said)]
        return []

    def _noun(self, w, e) -> tuple[str, str]:
        """What ``e`` is and its value, in words: ``("the longest PRU stay
        the document states", "26 weeks")``."""
        p = self.program
        value = self._value(w, e)
        if isinstance(e, m.Ref) and e.name in p.facts:
            f = p.facts[e.name]
            return f.label or humanise(f.name), format_value(value, f.unit, f.type.kind)
        if isinstance(e, m.Ref) and e.name in p.parameters:
            q = p.parameters[e.name]
            return f"'{q.label or humanise(q.name)}'", format_value(value, q.unit, q.type.kind)
        if isinstance(e, m.Arith) and e.op in "+-":
            (ln, lv), (rn, rv) = self._noun(w, e.left), self._noun(w, e.right)
            unit = _unit(p, e.left) or _unit(p, e.right)
            return f"{ln} ({lv}) {'plus' if e.op == '+' else 'minus'} {rn} ({rv})", format_value(value, unit)
        if isinstance(e, m.Literal):
            return format_value(e.value), format_value(e.value)
        return "", format_value(value)

    def _compare(self, w, group: list[m.Compare], said: set[str]) -> Statement:
        """Comparisons of one thing, ``besd_pru_weeks > long_term_pru_weeks``,
        as "the longest PRU stay the document states is 26 weeks (line 14),
        more than 13 weeks ('a long-term stay in a PRU' is taken as more than
        13 weeks)"."""
        left = group[0].left
        lname, lvalue = self._noun(w, left)
        name = _fact_of(left, self.program.facts)
        if name is not None:
            said.add(name)
        if lvalue == "not known":
            return Statement(None, f"{lname} is not known", "", name or "")
        where = self.where(name) if name is not None else ""
        tails = []
        for e in group:
            rname, rvalue = self._noun(w, e.right)
            said.update(_facts_in(e.right, self.program.facts))  # "the stay the document states (0 weeks) plus ..."
            tail = f"{(_CMP_HOLDS if self._value(w, e) else _CMP_FAILS)[e.op]} {rvalue}"
            if isinstance(e.right, m.Ref) and e.right.name in self.program.parameters:
                if ("parameter", e.right.name, e.op) not in said:  # what the vague word is taken as, said once
                    tail += f" ({rname} is taken as {_THRESHOLD[e.op].format(rvalue)})"
                    said.add(("parameter", e.right.name, e.op))
            elif rname and rname != rvalue:
                tail += f", which is {rname}"
            tails.append(tail)
        glue = ", and " if any("," in x for x in tails) else " and "
        text = f"{lname} is {lvalue}" + (f" ({where})" if where else "") + ", " + glue.join(tails)
        return Statement(None, text, "", name or "")


def _in_order(statements: list[Statement], facts) -> list[Statement]:
    """Statements in the order the ruleset declares their facts."""
    order = {name: i for i, name in enumerate(facts)}
    return sorted(statements, key=lambda s: order.get(s.fact, len(order)))


def _exception(e, facts) -> bool:
    """Whether a condition is an exception that only a document's positive
    statement triggers: ``X is known and X`` (two figures that contradict
    each other; fewer places across the area).  When it does not hold, it
    has nothing to say about the verdict."""
    if not isinstance(e, m.And):
        return False
    parts = flatten(e, m.And)
    known = {_fact_of(x, facts) for x in parts if isinstance(x, m.IsKnown) and x.known}
    return bool(known) and all(_fact_of(x, facts) in known for x in parts)


def _listed(items: list[str], word: str) -> str:
    """``a, b or c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def _facts_in(e, facts) -> set[str]:
    """The facts an expression names: ``X``, ``X + Y``."""
    if isinstance(e, m.Ref):
        return {e.name} if e.name in facts else set()
    if isinstance(e, m.Arith):
        return _facts_in(e.left, facts) | _facts_in(e.right, facts)
    return set()


def _fact_of(e, facts) -> str | None:
    """The fact an atom reads: ``X``, ``X is known``, ``X > Y`` (its left side)."""
    if isinstance(e, m.Ref) and e.name in facts:
        return e.name
    if isinstance(e, (m.IsKnown, m.Not)):
        return _fact_of(e.operand, facts)
    if isinstance(e, m.Compare):
        return _fact_of(e.left, facts)
    return None


def _unit(program, e) -> str | None:
    if isinstance(e, m.Ref):
        d = program.facts.get(e.name) or program.parameters.get(e.name)
        return d.unit if d is not None else None
    return None
