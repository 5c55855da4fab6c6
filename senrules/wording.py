"""Conditions and grades in plain words, with the actual values.

A clause such as ``met when smart_targets >= all_share`` reaches a person as
"the share of plans with SMART targets is 64%, below 90%: 'all' is taken as
90% or more (parameter all_share)", never as rule text.  The words come from
the rule files: each fact and parameter may carry a ``label`` (a few words),
and the grading idioms of the language (shares and counts of criteria or
standards at a level) are said in words here.

:func:`clause_words` explains one clause of one node as it was read: it
re-reads the condition's parts on the same facts, parameters and verdicts
the compiled rules used, so the values shown are the values that decided.
It says only the parts that explain the result: for a condition that holds,
the parts of an ``and`` (all of them) or the part of an ``or`` that holds;
for one that does not, the parts of an ``and`` that fail, or every part of an
``or``; for an unknown one, the parts still unknown.

Parameter names are shown once, in brackets, because a parameter is the
named, documented reading of a vague word that a reader may want to change;
fact names, node ids inside rule text and operators never are.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from senrules import logic
from senrules import model as m

_KINDS = {"criteria": "criterion", "standards": "standard", "sections": "section"}
_NOUN = {"criteria": ("criterion", "criteria"), "standards": ("standard", "standards"), "sections": ("section", "sections")}


def humanise(name: str) -> str:
    """A name as words when no label is written: ``smart_targets`` -> ``smart targets``."""
    return name.replace("_", " ")


def level_words(level: str) -> str:
    """``partly_met`` -> ``partly met``."""
    return level.replace("_", " ")


def fact_label(fact: m.Fact) -> str:
    return fact.label or humanise(fact.name)


def parameter_label(p: m.Parameter) -> str:
    return p.label or humanise(p.name)


def node_name(node) -> str:
    """A criterion or standard by its number in the framework (``S2.1``,
    ``S8``); a section or the overall by its title."""
    if node.kind in ("criterion", "standard"):
        return node.id
    if node.kind == "overall":
        return "the overall judgement"
    return node.title


#: words a shortened title does not end on ("Finance and resources are managed effectively to…")
_DANGLING = frozenset("a an and are as at be but by for from in into is its of on or that the their to which who with whose where".split())


def short_title(text: str, width: int = 60) -> str:
    """A criterion's or standard's text cut to about ``width`` characters at a
    word boundary, with "…" where it was cut (never on "and", "to", "the"):
    ``Leaders have a clear vision, develop the aims…``."""
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= width:
        return text
    words = text[: width + 1].split(" ")[:-1] or [text[:width]]
    while len(words) > 1 and (words[-1].lower().strip(",;:") in _DANGLING or not words[-1].strip(",;:")):
        words.pop()
    return " ".join(words).rstrip(",;:( ") + "…"


def and_list(items, most: int | None = None, sep: str = ", ") -> str:
    """Items joined as English lists them: "a", "a and b", "a, b and c";
    none, "" .  With ``most``, a longer list names its first ``most`` and
    counts the rest: "a, b, c and 8 more".  ``sep`` between items whose
    words have commas of their own: "a; b and c"."""
    items = list(items)
    if most is not None and len(items) > most:
        return sep.join(items[:most]) + f" and {len(items) - most} more"
    return sep.join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def _quoted_title(ident: str, title: str, width: int) -> str:
    """“Title cut to about width” (ID); a title that is only its number, once."""
    short = short_title(title, width)
    return ident if short == ident else f"“{short}” ({ident})"


def node_words(node, width: int = 60) -> str:
    """A criterion or standard in words (cut to about ``width`` characters),
    its number after them: ``“Leaders have a clear vision, develop the
    aims…” (S7)``; a section or the overall by its title (:func:`node_name`).
    For what an undecided verdict still needs, where a number alone would
    send the reader to the framework to look it up."""
    if node.kind in ("criterion", "standard"):
        return _quoted_title(node.id, node.title, width)
    return node_name(node)


#: the longest text before a colon that is read as a heading ("Learning at home: We enable parents ...")
HEADING_WIDTH = 60


def split_heading(text: str) -> tuple[str, str] | None:
    """(heading, description) of a text that is a heading and its
    description, as nasen's areas are ("Learning at home: We enable parents
    ..."): the words before its first colon, when there are at most
    :data:`HEADING_WIDTH` of them, and the rest; ``None`` for any other text."""
    head, colon, rest = text.partition(":")
    return (head.strip(), rest.strip()) if colon and len(head) <= HEADING_WIDTH else None


def titled(ident: str, title: str, *, whole: bool = False, width: int = 60) -> str:
    """A criterion or an area of practice named words first, its number after
    them in brackets.  A text that is a heading and its description (nasen's
    "Learning at home: We enable parents ...") by its heading, "Learning at
    home (PE5)", and with ``whole`` its description after it ("Learning at
    home (PE5): We enable parents ..."); any other text in quotes, cut to
    about ``width`` characters unless ``whole``: “Programmes and
    interventions are regularly monitored” (S1.1)."""
    split = split_heading(title)
    if split is not None:
        head, rest = split
        named = f"{head} ({ident})"
        return f"{named}: {rest}" if whole and rest else named
    return _quoted_title(ident, title, len(title) + 1 if whole else width)


# ------------------------------------------------------------------ values


def _number(x) -> str:
    if isinstance(x, float):
        x = round(x, 1)
        if x.is_integer():
            x = int(x)
    return str(x)


def format_value(value, unit: str | None = None, kind: str | None = None) -> str:
    """A value as a person reads it: ``64%``, ``13 weeks``, ``3 March 2024``,
    ``yes``, ``between 40% and 60%``, ``not known``."""
    if value is None:
        return "not known"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if type(value) is tuple:
        return f"between {format_value(value[0], unit, kind)} and {format_value(value[1], unit, kind)}"
    if isinstance(value, _dt.date):
        return f"{value.day} {value.strftime('%B')} {value.year}"
    if isinstance(value, m.Duration):
        return str(value)
    if isinstance(value, list):
        return f"{len(value)} records"
    if isinstance(value, (int, float)):
        if kind == "percentage" or (unit or "").startswith("%"):
            return f"{_number(value)}%"
        if unit:
            if value == 1 and unit.endswith("s") and not unit.startswith("%"):
                unit = unit[:-1]
            return f"{_number(value)} {unit}"
        return _number(value)
    return f"“{value}”"


# ------------------------------------------------------------------ reading parts of a condition again


class _Reader:
    """Evaluates the parts of a node's conditions on one evaluation's facts,
    parameters and verdicts, with the same three-valued helpers as the
    compiled rules (:mod:`senrules.logic`)."""

    def __init__(self, program, node, F, P, masks, Y, D, at):
        self.program, self.node = program, node
        self.F, self.P, self.masks, self.Y, self.D, self.at = F, P, masks, Y, D, at

    # which nodes a selection counts
    def members(self, e: m.Select) -> list[int]:
        program = self.program
        base = self.node.index if e.of_id is None else program.by_id.get(e.of_id)
        if base is None:
            return []
        want = _KINDS[e.kind]
        out: list[int] = []

        def walk(i):
            n = program.nodes[i]
            if n.kind == want:
                out.append(i)
            else:
                for c in n.children:
                    walk(c)

        for c in program.nodes[base].children:
            walk(c)
        return out

    def value(self, e, Y=None, R=None, D=None, rec=None):
        Y = self.Y if Y is None else Y
        R = self.masks if R is None else R
        D = self.D if D is None else D
        return getattr(self, "_v_" + type(e).__name__, self._v_other)(e, Y, R, D, rec)

    def _v_other(self, e, Y, R, D, rec):
        return None

    def _v_Literal(self, e, Y, R, D, rec):
        return e.value

    def _v_Ref(self, e, Y, R, D, rec):
        name = e.name
        if rec is not None and name in rec:
            return rec.get(name)
        fact = self.program.facts.get(name)
        if fact is not None:
            if fact.per_year:
                return logic.yearly(self.F, name, Y)
            return self.F.get(name)
        if name in self.P:
            return self.P[name]
        if name == "evaluation_date":
            return D
        if name == "evaluation_year":
            return Y
        idx = self.program.by_id.get(name)
        if idx is not None:
            return R[idx]
        if "." in name:
            base, _, field = name.partition(".")
            return self.F.get(base)
        return None

    def _v_Not(self, e, Y, R, D, rec):
        return logic.k_not(self.value(e.operand, Y, R, D, rec))

    def _v_And(self, e, Y, R, D, rec):
        return logic.k_and(self.value(e.left, Y, R, D, rec), self.value(e.right, Y, R, D, rec))

    def _v_Or(self, e, Y, R, D, rec):
        return logic.k_or(self.value(e.left, Y, R, D, rec), self.value(e.right, Y, R, D, rec))

    def _v_Compare(self, e, Y, R, D, rec):
        a, b = self.value(e.left, Y, R, D, rec), self.value(e.right, Y, R, D, rec)
        op = logic.OPS.index(e.op)
        if isinstance(a, m.Duration) or isinstance(b, m.Duration):
            return logic.compare_durations(a, b, op)
        if a is None or b is None:
            return None
        if type(a) is tuple or type(b) is tuple:
            return logic.compare(a, b, op)
        try:
            return {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[e.op]
        except TypeError:
            return None

    def _v_Arith(self, e, Y, R, D, rec):
        a, b = self.value(e.left, Y, R, D, rec), self.value(e.right, Y, R, D, rec)
        if isinstance(a, _dt.date) or isinstance(b, _dt.date):
            if isinstance(a, m.Duration):
                a, b = b, a
            return logic.shift(a, b, 1 if e.op == "+" else -1) if a is not None and b is not None else None
        if isinstance(a, m.Duration) or isinstance(b, m.Duration):
            if e.op == "*":
                return logic.scale_duration(a, b)
            return logic.add_durations(a, b, 1 if e.op == "+" else -1)
        return logic.arith(a, b, e.op)

    def _v_Neg(self, e, Y, R, D, rec):
        return logic.negate(self.value(e.operand, Y, R, D, rec))

    def _v_IsLevel(self, e, Y, R, D, rec):
        idx = self.program.by_id.get(getattr(e.operand, "name", None))
        if idx is None:
            return None
        from senrules.compiler import level_bits

        return logic.level(R[idx], level_bits(self.program.nodes[idx].scale, e.test))

    def _v_IsKnown(self, e, Y, R, D, rec):
        if isinstance(e.operand, m.Ref) and e.operand.name in self.program.by_id:
            known = logic.mask_known(R[self.program.by_id[e.operand.name]])
        else:
            v = self.value(e.operand, Y, R, D, rec)
            known = v is not None and type(v) is not tuple
        return known if e.known else not known

    def _v_Member(self, e, Y, R, D, rec):
        v = self.value(e.operand, Y, R, D, rec)
        if v is None:
            return None
        inside = v in {o.value for o in e.options}
        return not inside if e.negate else inside

    def _v_Within(self, e, Y, R, D, rec):
        fn = logic.within_before if e.mode == "before" else logic.within_of
        return fn(*(self.value(x, Y, R, D, rec) for x in (e.operand, e.duration, e.anchor)))

    def _v_Select(self, e, Y, R, D, rec):
        members = self.members(e)
        masks = tuple(R[i] for i in members)
        if e.known is not None:
            return (logic.count_known if e.func == "count" else logic.share_known)(masks, e.known)
        if e.test is None:
            return len(members) if e.func == "count" else (100.0 if members else None)
        from senrules.compiler import level_bits

        scale = self.program.nodes[members[0]].scale if members else self.program.outcomes
        bits = level_bits(scale, e.test)
        return (logic.count_masks if e.func == "count" else logic.share_masks)(masks, bits)

    def _v_Where(self, e, Y, R, D, rec):
        base, _, field = e.collection.partition(".")
        records = self.F.get(base)

        def pred(r):
            return self.value(e.condition, Y, R, D, r)

        if e.func == "count":
            return logic.where_count(records, pred)
        if e.func == "share":
            return logic.where_share(records, pred)
        return logic.list_aggregate(records, field, e.func, pred)

    def _v_Call(self, e, Y, R, D, rec):
        f = e.func
        first = e.args[0] if e.args else None
        if isinstance(first, m.Ref):
            base = first.name.partition(".")[0]
            fact = self.program.facts.get(base)
            if fact is not None and fact.type.kind == "list":
                records = self.F.get(base)
                if f == "count":
                    return logic.list_count(records)
                return logic.list_aggregate(records, first.name.partition(".")[2], f)
        if f in logic.YEAR_FUNCTIONS and not (f == "mean" and len(e.args) == 1):
            def fn(y, r, d):
                return self.value(first, y, r, d, rec)

            years = self.value(e.args[1], Y, R, D, rec) if len(e.args) > 1 else 1
            if f in ("improving", "declining"):
                return logic.monotone(fn, Y, D, years, self.at, 2 if f == "improving" else 4)
            if f == "previous":
                return logic.previous(fn, Y, D, years, self.at)
            if f == "change":
                return logic.change(fn, Y, D, years, self.at)
            if f == "mean":
                return logic.mean_over_years(fn, Y, D, years, self.at)
            return logic.extreme_over_years(fn, Y, D, years, self.at, f == "highest")
        args = [self.value(a, Y, R, D, rec) for a in e.args]
        if f in ("min", "max"):
            return logic.min_max(f, *args)
        if f == "abs":
            return logic.absolute(*args)
        if f == "round":
            return logic.rounded(*args)
        helper = getattr(logic, f, None) if f in ("days_between", "months_between", "years_between") else None
        return helper(*args) if helper else None


# ------------------------------------------------------------------ words


_HOLDS = {">=": "at least", ">": "above", "<=": "at most", "<": "below", "==": "equal to", "!=": "not"}
_FAILS = {">=": "below", ">": "not above", "<=": "above", "<": "not below", "==": "not", "!=": "equal to"}
_DATE_HOLDS = {">=": "on or after", ">": "after", "<=": "on or before", "<": "before", "==": "on", "!=": "not on"}
_DATE_FAILS = {">=": "before", ">": "on or before", "<=": "after", "<": "on or after", "==": "not on", "!=": "on"}
_FLIP = {">=": "<=", ">": "<", "<=": ">=", "<": ">", "==": "==", "!=": "!="}


def _threshold(op: str, shown: str) -> str:
    """How a parameter's value reads as a threshold: ``75% or more``."""
    return {">=": f"{shown} or more", ">": f"more than {shown}", "<=": f"{shown} or less", "<": f"less than {shown}",
            "==": f"exactly {shown}", "!=": f"anything but {shown}"}[op]


class Wording:
    """Words for the conditions of one node on one evaluation."""

    def __init__(self, program, node, F, P, masks, Y, D, at):
        self.program, self.node = program, node
        self.reader = _Reader(program, node, F, P, masks, Y, D, at)
        self.meanings: dict[str, str] = {}  # parameter -> what its vague word was taken to mean, said once
        self.name_parameters = True  # say "(parameter most_share)" after a meaning; off for action plans

    def mean(self, name: str, op: str | None = None) -> None:
        """Note what parameter ``name`` was taken to mean (the first reading wins)."""
        if name not in self.meanings:
            self.meanings[name] = self._meaning(name, op)

    def sentence(self, parts: list[str]) -> str:
        """Parts, then once each the meaning of the parameters they used."""
        return "; ".join(parts + list(self.meanings.values()))

    # ---------------------------------------------------------------- noun phrases
    def _unit_kind(self, e):
        """(unit, kind) for formatting the value of ``e``."""
        if isinstance(e, m.Ref):
            d = self.program.facts.get(e.name) or self.program.parameters.get(e.name)
            if d is not None:
                return d.unit, d.type.kind
        if isinstance(e, m.Select):
            return None, "percentage" if e.func == "share" else "integer"
        if isinstance(e, m.Where):
            return None, "percentage" if e.func == "share" else None
        if isinstance(e, m.Call) and e.args and e.func in logic.YEAR_FUNCTIONS + ("min", "max", "abs", "round"):
            return self._unit_kind(e.args[0])
        if isinstance(e, m.Arith) and e.op in "+-":
            u, k = self._unit_kind(e.left)
            if e.op == "-" and k == "percentage" and self._unit_kind(e.right)[1] == "percentage":
                return "percentage points", None  # 66% - 63% is 3 percentage points, not 3%
            if k is None or k == "integer":
                u2, k2 = self._unit_kind(e.right)
                if k2 == "percentage":
                    return u2, k2
            return u, k
        if isinstance(e, m.Arith) and self._is_half_and_half(e):
            return None, "percentage"
        return None, None

    def shown(self, e, value=None) -> str:
        value = self.reader.value(e) if value is None else value
        unit, kind = self._unit_kind(e)
        if kind == "percentage" and isinstance(e, m.Ref) and e.name in self.program.facts and unit and not unit.startswith("%"):
            unit = None
        text = format_value(value, unit, kind)
        if isinstance(e, m.Select) and e.func == "share" and e.test is not None and value is not None:
            count = self.reader.value(m.Select("count", e.kind, e.of_id, e.test, e.known))
            total = len(self.reader.members(e))
            text += f" ({format_value(count)} of {total})"
        return text

    def _select_noun(self, e: m.Select) -> str:
        one, many = _NOUN[e.kind]
        where = ""
        if e.of_id is not None and e.of_id in self.program.by_id:
            where = f" of {node_name(self.program.node(e.of_id))}"
        if e.known is not None:
            state = "decided" if e.known else "not yet decided"
        elif e.test is None:
            return f"the number of {many}{where}"
        else:
            state = _level_test_words(e.test)
        return f"the {'share' if e.func == 'share' else 'number'} of {many}{where} {state}"

    def _is_half_and_half(self, e) -> bool:
        """``(share(X is met) + share(X is at least partly_met)) / 2``: the
        share met (a partly met one counting as half)."""
        return (
            isinstance(e, m.Arith) and e.op == "/" and isinstance(e.right, m.Literal) and e.right.value == 2
            and isinstance(e.left, m.Arith) and e.left.op == "+"
            and all(isinstance(s, m.Select) and s.func == "share" and s.test is not None for s in (e.left.left, e.left.right))
            and e.left.left.kind == e.left.right.kind
        )

    def noun(self, e) -> str:
        """What ``e`` is, in words: ``the share of plans with SMART targets``."""
        p = self.program
        if isinstance(e, m.Ref):
            if e.name in p.facts:
                return fact_label(p.facts[e.name])
            if e.name in p.parameters:
                return f"'{parameter_label(p.parameters[e.name])}'"
            if e.name == "evaluation_date":
                return "the evaluation date"
            if e.name == "evaluation_year":
                return "the year evaluated"
            if e.name in p.by_id:
                return node_name(p.node(e.name))
            return humanise(e.name.rpartition(".")[2])
        if isinstance(e, m.Literal):
            return format_value(e.value)
        if isinstance(e, m.Select):
            return self._select_noun(e)
        if self._is_half_and_half(e):  # in brackets, so that the "is" after it reads as the verb
            _, many = _NOUN[e.left.left.kind]
            full, half = e.left.left.test, e.left.right.test
            return (f"the share of {many} {_level_test_words(full)} "
                    f"(a{'n' if level_words(half.level)[:1] in 'aeiou' else ''} {level_words(half.level)} one counting as half)")
        if isinstance(e, m.Arith):
            ops = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}
            if e.op == "-" and isinstance(e.left, m.Ref) and isinstance(e.right, m.Ref) and e.right.name.endswith("benchmark"):
                if e.right.name == e.left.name + "_benchmark":
                    return f"how far {self.noun(e.left)} is above its benchmark"
                return f"how far {self.noun(e.left)} is above {self.noun(e.right)}"
            if isinstance(self.reader.value(e), _dt.date) and e.op in "+-":
                base, shifts = e, []
                while isinstance(base, m.Arith) and base.op in "+-" and isinstance(self.reader.value(base.left), _dt.date):
                    shifts.insert(0, format_value(self.reader.value(base.right)))
                    for n in self.params_in(base.right):
                        self.mean(n)
                    base = base.left
                return f"{' and '.join(shifts)} {'before' if e.op == '-' else 'after'} {self.noun(base)}"
            return f"{self.noun(e.left)} {ops[e.op]} {self.noun(e.right)}"
        if isinstance(e, m.Neg):
            return f"minus {self.noun(e.operand)}"
        if isinstance(e, m.Call):
            return self._call_noun(e)
        if isinstance(e, m.Where):
            base = e.collection.partition(".")[0]
            fact = p.facts.get(base)
            what = _bare(fact_label(fact) if fact else humanise(base))
            verb = {"count": "the number of", "share": "the share of"}.get(e.func, f"the {e.func} over")
            if isinstance(e.condition, m.Ref) and "." not in e.condition.name:
                # a yes/no field of each record: ``interventions where met_target``
                return f"{verb} {what} marked “{humanise(e.condition.name)}”"
            return f"{verb} {what} that qualify"
        return "a value"

    def _years(self, e) -> str:
        n = self.reader.value(e)
        if isinstance(e, m.Ref) and e.name in self.program.parameters:
            self.mean(e.name)
        return f"the last {format_value(n)} years"

    def _call_noun(self, e: m.Call) -> str:
        f, args = e.func, e.args
        if f in ("count", "sum", "min", "max", "mean") and args and isinstance(args[0], m.Ref) and "." not in args[0].name \
                and args[0].name in self.program.facts and self.program.facts[args[0].name].type.kind == "list":
            return f"the number of {_bare(self.noun(args[0]))}" if f == "count" else f"the {f} of {_bare(self.noun(args[0]))}"
        if f in ("count", "sum", "min", "max", "mean") and args and isinstance(args[0], m.Ref) and "." in args[0].name:
            base, _, field = args[0].name.partition(".")
            fact = self.program.facts.get(base)
            if fact is not None and fact.type.kind == "list":
                word = {"count": "the number of", "sum": "the total", "min": "the smallest", "max": "the largest",
                        "mean": "the average"}[f]
                return f"{word} {humanise(field)} across {fact_label(fact)}"
        if f == "lowest":
            return f"the lowest yearly figure of {self.noun(args[0])} over {self._years(args[1])}"
        if f == "highest":
            return f"the highest yearly figure of {self.noun(args[0])} over {self._years(args[1])}"
        if f == "mean" and len(args) == 2:
            return f"the average of {self.noun(args[0])} over {self._years(args[1])}"
        if f == "previous":
            back = self.reader.value(args[1]) if len(args) > 1 else 1
            return f"{self.noun(args[0])} {'last year' if back == 1 else f'{format_value(back)} years earlier'}"
        if f == "change":
            return f"the change in {self.noun(args[0])} over {self._years(args[1])}"
        if f in ("improving", "declining"):
            return f"{self.noun(args[0])} {'rising' if f == 'improving' else 'falling'} every year over {self._years(args[1])}"
        if f in ("min", "max"):
            return f"the {'smaller' if f == 'min' else 'larger'} of " + " and ".join(self.noun(a) for a in args)
        if f == "abs":
            return f"the size of {self.noun(args[0])}"
        if f == "round":
            return self.noun(args[0])
        if f in ("days_between", "months_between", "years_between") and len(args) == 2:
            unit = f.partition("_")[0]
            return f"the {unit} from {self.noun(args[0])} to {self.noun(args[1])}"
        return "a calculated value"

    # ---------------------------------------------------------------- conditions
    def params_in(self, e) -> list[str]:
        """The parameters ``e`` reads, in order."""
        out: list[str] = []

        def walk(x):
            if isinstance(x, m.Ref) and x.name in self.program.parameters and x.name not in out:
                out.append(x.name)
            elif isinstance(x, (m.Arith, m.Compare)):
                walk(x.left)
                walk(x.right)
            elif isinstance(x, m.Neg):
                walk(x.operand)
            elif isinstance(x, m.Call):
                for a in x.args:
                    walk(a)

        walk(e)
        return out

    def _meaning(self, name: str, op: str | None) -> str:
        p = self.program.parameters[name]
        value = self.reader.value(m.Ref(name))
        shown = format_value(value, p.unit, p.type.kind)
        reading = _threshold(op, shown) if op else shown
        if p.dated:  # a value that changes on a date: say which one was read
            lit, start = p.value_on(self.reader.D)
            if start is not None and lit.value == value:
                reading += f" (its value from {start})"
        return f"'{parameter_label(p)}' is taken as {reading}" + (f" (parameter {name})" if self.name_parameters else "")

    def compare(self, e: m.Compare, holds) -> str:
        left, right, op = e.left, e.right, e.op
        lparams, rparams = self.params_in(left), self.params_in(right)
        if lparams and not rparams and not (isinstance(right, m.Literal)):
            left, right, op = right, left, _FLIP[op]  # the thing measured first, the threshold after
        lv, rv = self.reader.value(left), self.reader.value(right)
        # `count(criteria is met) == count(criteria)`: all of them
        if (isinstance(left, m.Select) and isinstance(right, m.Select) and op == "==" and right.test is None
                and left.func == right.func == "count"):
            return _all_of_them(left.kind, left.test, lv, rv, holds)
        noun = self.noun(left)
        is_date = isinstance(lv, _dt.date) or isinstance(rv, _dt.date)
        words = (_DATE_HOLDS if holds else _DATE_FAILS) if is_date else (_HOLDS if holds else _FAILS)
        if isinstance(right, m.Literal) and isinstance(rv, (int, float)) and not isinstance(rv, bool):
            unit, kind = self._unit_kind(left)
            if kind == "percentage" and unit and not unit.startswith("%"):
                unit = None
            target = format_value(rv, unit, kind)
        else:
            target = self.shown(right, rv)
        if not (isinstance(right, m.Literal) or (isinstance(right, m.Ref) and right.name in self.program.parameters)):
            target = f"{target} ({self.noun(right)})"
        if lv is None or (holds is None and type(lv) is not tuple):
            text = f"{noun} is not known (it needs to be {(_DATE_HOLDS if is_date else _HOLDS)[op]} {target})"
        elif holds is None:
            text = f"{noun} is {self.shown(left, lv)}: not yet known whether it is {(_DATE_HOLDS if is_date else _HOLDS)[op]} {target}"
        else:
            text = f"{noun} is {self.shown(left, lv)}, {words[op]} {target}"
        bare = isinstance(right, m.Ref) and right.name in self.program.parameters
        for n in self.params_in(right) + self.params_in(left):
            self.mean(n, op if bare and n == right.name else None)
        return text

    def atom(self, e, holds) -> str:
        p = self.program
        if isinstance(e, m.Compare):
            return self.compare(e, holds)
        if isinstance(e, m.Ref) and e.name in p.facts:
            return f"{fact_label(p.facts[e.name])}: {format_value(holds)}" + (" (needs yes)" if holds is False else "")
        if isinstance(e, m.Not):
            inner = e.operand
            if isinstance(inner, m.Ref) and inner.name in p.facts:
                return f"{fact_label(p.facts[inner.name])}: {format_value(logic.k_not(holds))}" + (" (needs no)" if holds is False else "")
            return f"not so: {self.atom(inner, logic.k_not(holds))}"
        if isinstance(e, m.IsLevel) and isinstance(e.operand, m.Ref) and e.operand.name in p.by_id:
            node = p.node(e.operand.name)
            mask = self.reader.masks[node.index]
            now = _mask_words(node, mask)
            need = _level_test_words(e.test)
            if holds is True and not logic.mask_known(mask):
                levels = [level_words(lvl) for i, lvl in enumerate(node.scale) if mask & (1 << i)]
                return f"{node_name(node)} is {need} ({' or '.join(levels)}: not yet decided which)"
            return f"{node_name(node)} is {now}" + ("" if holds else f" (needs to be {need})")
        if isinstance(e, m.IsKnown):
            what = self.noun(e.operand)
            known = holds if e.known else logic.k_not(holds)
            return f"the evidence {'gives' if known else 'does not give'} {what}"
        if isinstance(e, m.Member):
            v = self.reader.value(e.operand)
            options = " or ".join(format_value(o.value) for o in e.options)
            inside = v is not None and any(v == o.value for o in e.options)
            if v is None:
                return f"{self.noun(e.operand)} is not known (it needs to be {'other than ' if e.negate else ''}{options})"
            return f"{self.noun(e.operand)} is {format_value(v)}, {'one of' if inside else 'not'} {options}"
        if isinstance(e, m.Within):
            v = self.reader.value(e.operand)
            where = "before" if e.mode == "before" else "of"
            return (f"{self.noun(e.operand)} is {format_value(v)}, {'' if holds else 'not '}within "
                    f"{format_value(self.reader.value(e.duration))} {where} {self.noun(e.anchor)}")
        if isinstance(e, m.Call) and e.func in ("improving", "declining"):
            return f"{self._call_noun(e)}: {format_value(holds)}"
        return f"{self.noun(e)}: {format_value(holds)}"

    def condition(self, e, holds=None) -> list[str]:
        """The parts of ``e`` that explain its value (see the module doc)."""
        if holds is None:
            holds = self.reader.value(e)
        if isinstance(e, (m.And, m.Or)):
            parts = flatten(e, type(e))
            values = [self.reader.value(x) for x in parts]
            if isinstance(e, m.And):
                keep = [x for x, v in zip(parts, values) if v is False] if holds is False else (
                    [x for x, v in zip(parts, values) if v is None] if holds is None else parts)
            else:
                keep = [x for x, v in zip(parts, values) if v is True] if holds is True else (
                    [x for x, v in zip(parts, values) if v is None] if holds is None else parts)
            out: list[str] = []
            for x in keep or parts:
                sub = self.condition(x, self.reader.value(x))
                if isinstance(e, m.Or) and holds is False and isinstance(x, m.And) and len(sub) > 1:
                    sub = ["(" + "; ".join(sub) + ")"]
                out.extend(sub)
            if isinstance(e, m.Or) and holds is not True and len(out) > 1:
                return ["one of these is needed and none holds: " + ", or ".join(out)] if holds is False else out
            return out
        return [self.atom(e, holds)]


_NEEDS = {">=": "at least", ">": "more than", "<=": "at most", "<": "less than", "==": "exactly", "!=": "other than"}
_DATE_NEEDS = {">=": "on or after", ">": "after", "<=": "on or before", "<": "before", "==": "on", "!=": "not on"}


def _requirement(w: Wording, e) -> str:
    """What ``e`` asks for, without the values found: "the share of targets
    that are SMART at least 90%"."""
    p = w.program
    if isinstance(e, m.And):
        return "; ".join(_requirement(w, x) for x in flatten(e, m.And))
    if isinstance(e, m.Or):
        return "either " + ", or ".join(_requirement(w, x) for x in flatten(e, m.Or))
    if isinstance(e, m.Compare):
        left, right, op = e.left, e.right, e.op
        if w.params_in(left) and not w.params_in(right) and not isinstance(right, m.Literal):
            left, right, op = right, left, _FLIP[op]
        if (isinstance(left, m.Select) and isinstance(right, m.Select) and op == "==" and right.test is None
                and left.func == right.func == "count"):
            return (f"every one of its {_NOUN[left.kind][1]} is {_level_test_words(left.test)}" if left.test
                    else f"every one of its {_NOUN[left.kind][1]}")
        rv = w.reader.value(right)
        if isinstance(right, m.Literal) and isinstance(rv, (int, float)) and not isinstance(rv, bool):
            unit, kind = w._unit_kind(left)
            if kind == "percentage" and unit and not unit.startswith("%"):
                unit = None
            target = format_value(rv, unit, kind)
        else:
            target = w.shown(right, rv)
            if not (isinstance(right, m.Ref) and right.name in p.parameters):
                target += f" ({w.noun(right)})"
        for n in w.params_in(right) + w.params_in(left):
            w.mean(n, op if isinstance(right, m.Ref) and n == right.name else None)
        needs = _DATE_NEEDS if isinstance(rv, _dt.date) else _NEEDS
        return f"{w.noun(left)} is {needs[op]} {target}"
    if isinstance(e, m.Ref) and e.name in p.facts:
        return fact_label(p.facts[e.name])
    if isinstance(e, m.Not) and isinstance(e.operand, m.Ref) and e.operand.name in p.facts:
        return f"{fact_label(p.facts[e.operand.name])}: no"
    if isinstance(e, m.IsLevel) and isinstance(e.operand, m.Ref) and e.operand.name in p.by_id:
        return f"{node_name(p.node(e.operand.name))} is {_level_test_words(e.test)}"
    if isinstance(e, m.IsKnown):
        return f"{w.noun(e.operand)}: {'in' if e.known else 'not in'} the evidence"
    return w.atom(e, True)


def requirement_words(rs, node, index: int, F, P, masks, Y, D, at, *, name_parameters: bool = False) -> str:
    """What clause ``index`` of ``node`` asks for, in words, without the
    values found (for a success measure: "the share of targets that are
    SMART at least 90%; 'all' is taken as 90% or more")."""
    clause = node.clauses[index]
    if clause.condition is None:
        return ""
    w = Wording(rs.program, node, F, P, masks, Y, D, at)
    w.name_parameters = name_parameters
    return w.sentence([_requirement(w, clause.condition)])


def _bare(noun: str) -> str:
    """``the complaints received`` -> ``complaints received`` (after "the number of")."""
    return noun[4:] if noun.startswith("the ") else noun


def flatten(e, kind) -> list:
    """The operands of a chain of one binary operator (``kind``: ``m.And``
    or ``m.Or``), left to right: ``a and b and c`` gives ``[a, b, c]``."""
    if isinstance(e, kind):
        return flatten(e.left, kind) + flatten(e.right, kind)
    return [e]


def _all_of_them(kind: str, test: m.LevelTest | None, got, total, holds) -> str:
    """``count(criteria is met) == count(criteria)`` as read, in English, its
    state in the rule's own words (:func:`_level_test_words`): "all 4 of its
    criteria are met"; "only 3 of its 4 criteria are met, and every one must
    be"; "3 of its 4 criteria are met so far, and every one must be"."""
    one, many = _NOUN[kind]
    state = _level_test_words(test) if test else ""
    if not state:  # no level named: only how many there are
        return f"{format_value(got)} of its {format_value(total)} {one if total == 1 else many}"
    if holds:
        return f"its one {one} is {state}" if total == 1 else f"all {format_value(total)} of its {many} are {state}"
    if total == 1 and holds is None:
        return f"its one {one} is not yet known to be {state}"
    if got is None:
        return f"how many of its {format_value(total)} {many} are {state} is not known yet, and every one must be"
    counted = "none" if got == 0 else format_value(got)
    verb = "is" if got == 1 else "are"
    text = f"its one {one} is not {state}" if total == 1 and got == 0 else \
        f"{counted} of its {format_value(total)} {one if total == 1 else many} {verb} {state}"
    if holds is None:
        return f"{text} so far, and every one must be"
    if total == 1 and got == 0:
        return f"{text}, and it must be"
    return f"{'only ' if got else ''}{text}, and every one must be"


def _level_test_words(t: m.LevelTest) -> str:
    lvl = level_words(t.level)
    return {"is": lvl, "is_not": f"not {lvl}", "at_least": f"at least {lvl}", "at_most": f"at most {lvl}"}[t.mode]


def _mask_words(node, mask: int) -> str:
    levels = [level_words(lvl) for i, lvl in enumerate(node.scale) if mask & (1 << i)]
    if len(levels) == 1 and not mask & logic.NONE:
        return levels[0]
    return "not yet decided" + (f" (could be {' or '.join(levels)})" if levels else "")


def clause_words(rs, node, index: int, holds, F, P, masks, Y, D, at, *, name_parameters: bool = True) -> str:
    """Clause ``index`` of ``node`` in words, as it was read (``holds``)."""
    clause = node.clauses[index]
    if clause.condition is None:
        return ""
    w = Wording(rs.program, node, F, P, masks, Y, D, at)
    w.name_parameters = name_parameters
    return w.sentence(w.condition(clause.condition, holds))


@attrs.frozen
class ClausePart:
    """One part of a clause's condition as read: its words with the values
    found, whether it holds (True, False, None for not known yet), and the
    facts it reads (by name, for a reader asking "which part is this
    question for?")."""

    words: str
    holds: bool | None
    facts: frozenset[str]


def clause_parts(rs, node, index: int, F, P, masks, Y, D, at) -> tuple[str, tuple[ClausePart, ...], tuple[str, ...]]:
    """Clause ``index`` of ``node`` part by part, every part with its own
    verdict, for a reader checking a rule against their service (the
    assistant's /why): ``(join, parts, meanings)``.  ``join`` is "all" (the
    parts of an ``and``), "any" (of an ``or``) or "one" (a single
    condition); each part is said as :func:`clause_words` says it; the
    meanings are what each vague word was taken as, once each."""
    clause = node.clauses[index]
    if clause.condition is None:
        return "one", (), ()
    w = Wording(rs.program, node, F, P, masks, Y, D, at)
    e = clause.condition
    kind = type(e) if isinstance(e, (m.And, m.Or)) else None
    out = []
    for part in (flatten(e, kind) if kind else [e]):
        holds = w.reader.value(part)
        # a part that is itself an `and` or an `or` (in brackets in the rule) keeps its word: "a and b", "a or b"
        glue = " and " if isinstance(part, m.And) else " or " if isinstance(part, m.Or) else "; "
        out.append(ClausePart(glue.join(w.condition(part, holds)), holds, _facts_read(part, rs.program.facts)))
    join = "all" if kind is m.And else "any" if kind is m.Or else "one"
    return join, tuple(out), tuple(w.meanings.values())


def _facts_read(e, facts) -> frozenset[str]:
    """The facts expression ``e`` reads (a record's field by its list)."""
    found: set[str] = set()

    def walk(x):
        if isinstance(x, m.Ref) and x.name.partition(".")[0] in facts:
            found.add(x.name.partition(".")[0])
        if isinstance(x, tuple):
            for item in x:
                walk(item)
        elif attrs.has(type(x)) and not isinstance(x, m.Span):
            for f in attrs.fields(type(x)):
                walk(getattr(x, f.name))

    walk(e)
    return frozenset(found)


def reason_words(rs, node, verdict: str, readings, F, P, masks, Y, D, at) -> str:
    """Why ``node`` has ``verdict``, in words: "good: the share of criteria
    met ... is 80%, at least 75%; 'most areas' is taken as 75% or more
    (parameter most_areas)".  ``readings`` are the clauses as read, each
    ``(index, holds)``, up to the one that decided."""
    w = Wording(rs.program, node, F, P, masks, Y, D, at)
    verdict_text = level_words(verdict)
    last_index, last_holds = readings[-1]
    clause = node.clauses[last_index]
    if clause.condition is not None and last_holds is True:
        return f"{verdict_text}: {w.sentence(w.condition(clause.condition, True))}"
    # decided by `otherwise` (or by the last clause): say why the one above it did not hold
    failed = [(i, h) for i, h in readings[:-1] if h is False]
    if not failed:
        return verdict_text
    i, _ = failed[-1]
    return f"{verdict_text}: {w.sentence(w.condition(node.clauses[i].condition, False))}"
