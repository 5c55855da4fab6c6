"""Compile a checked :class:`~senrules.checker.Program` into Python functions.

The compiler walks the checked model and builds a Python ``ast`` module (never
source text), compiles it with :func:`compile`, and makes functions from the
resulting code objects with :class:`types.FunctionType`.  Nothing from a rule
file becomes a Python identifier: fact and parameter names are dictionary keys
in ``ast.Constant`` nodes, and other constants (dates, durations) are passed in
the functions' globals under generated names.

Three kinds of function come out:

* ``evaluate_all(F, P, Y, D, AT)``: the fast path.  It computes every verdict
  of the ruleset in dependency order, inlined in one function, and returns
  them as a list of masks (see :mod:`senrules.logic`).
* ``node_fns[k](F, P, R, Y, D, AT)``: one node's verdict, reading other
  verdicts from ``R``; used to evaluate earlier years lazily for trends.
* ``clause_fns[k][i](F, P, R, Y, D, AT)``: one clause's condition; used only
  to explain a verdict.

Arguments: ``F`` facts (name -> value; per-year facts name -> {year: value}),
``P`` parameter values, ``R`` verdict masks by node index, ``Y`` the year
evaluated, ``D`` the evaluation date, ``AT(year)`` the verdicts of another
year.  Unknown is ``None`` throughout; ``and``/``or``/``not`` and plain
comparisons are inlined as Kleene logic.
"""

from __future__ import annotations

import ast
import itertools
import types

from senrules import logic
from senrules import model as m
from senrules.program import Node, Program, Type

ARGS = ("F", "P", "R", "Y", "D", "AT")


class _A:
    """The ast node classes the compiler builds, each with a source location
    as a class attribute: :func:`compile` needs one on every statement and
    expression, and the generated code has no source, so one (line 1) serves
    for all.  This replaces :func:`ast.fix_missing_locations`, a walk over
    every node that took about a third of compiling the DCSF ruleset."""


for _cls in (
    "Name", "NamedExpr", "Call", "Attribute", "Compare", "Return", "BoolOp", "Assign", "arg", "UnaryOp", "If",
    "BinOp", "Tuple", "Subscript", "List", "Lambda", "IfExp", "FunctionDef", "Constant", "AugAssign",
):
    setattr(_A, _cls, type(_cls, (getattr(ast, _cls),), {"lineno": 1, "col_offset": 0, "end_lineno": 1, "end_col_offset": 0}))
del _cls
_OPS = {"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE, ">": ast.Gt, ">=": ast.GtE}
_ARITH = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult}


def level_bits(scale: tuple[str, ...], test: m.LevelTest) -> int:
    """The mask of levels on ``scale`` (best first) that pass ``test``."""
    i = scale.index(test.level)
    if test.mode == "is":
        idx = [i]
    elif test.mode == "is_not":
        idx = [j for j in range(len(scale)) if j != i]
    elif test.mode == "at_least":
        idx = range(0, i + 1)
    else:  # at_most
        idx = range(i, len(scale))
    return sum(1 << j for j in idx)


# ------------------------------------------------------------------ small ast builders


def _name(n: str) -> ast.Name:
    return _A.Name(n, ast.Load())


def _const(v) -> ast.Constant:
    return _A.Constant(v)


def _call(fn: str, *args: ast.expr) -> ast.Call:
    return _A.Call(_name(fn), list(args), [])


def _is(a: ast.expr, v) -> ast.Compare:
    return _A.Compare(a, [ast.Is()], [_const(v)])


def _ifexp(test, body, orelse) -> ast.IfExp:
    return _A.IfExp(test, body, orelse)


def _or(*values) -> ast.BoolOp:
    return _A.BoolOp(ast.Or(), list(values))


def _sub(value: ast.expr, key) -> ast.Subscript:
    return _A.Subscript(value, _const(key), ast.Load())


class _Gen:
    """Builds expressions for one program; holds the shared constant table."""

    def __init__(self, program: Program):
        self.p = program
        self.consts: dict[str, object] = {}
        self._const_ids: dict[tuple, str] = {}
        self._tmp = itertools.count()

    # -------------------------------------------------------------- helpers
    def tmp(self) -> str:
        return f"_t{next(self._tmp)}"

    def const(self, value) -> ast.expr:
        if value is None or isinstance(value, (bool, int, float, str)):
            return _const(value)
        key = (type(value).__name__, repr(value))
        name = self._const_ids.get(key)
        if name is None:
            name = f"_c{len(self._const_ids)}"
            self._const_ids[key] = name
            self.consts[name] = value
        return _name(name)

    def type(self, owner: Node, e) -> Type:
        return self.p.types[(owner.index, id(e))]

    # -------------------------------------------------------------- expressions
    def expr(self, e, owner: Node, env: dict) -> ast.expr:
        return getattr(self, "_e_" + type(e).__name__)(e, owner, env)

    def _e_Literal(self, e: m.Literal, owner, env):
        return self.const(e.value)

    def _node_ref(self, idx: int, env) -> ast.expr:
        if env["fused"]:
            return _name(f"r{idx}")
        return _sub(_name("R"), idx)

    def _e_Ref(self, e: m.Ref, owner, env):
        res = self.p.refs[(owner.index, id(e))]
        kind = res[0]
        if kind == "field":
            return _A.Call(_A.Attribute(_name("_rec"), "get", ast.Load()), [_const(res[1])], [])
        if kind == "param":
            return _sub(_name("P"), res[1])
        if kind == "fact":
            name = res[1]
            if self.p.facts[name].per_year:
                return _call("_yearly", _name("F"), _const(name), _name("Y"))
            return _A.Call(_A.Attribute(_name("F"), "get", ast.Load()), [_const(name)], [])
        if kind == "builtin":
            return _name("D") if res[1] == "evaluation_date" else _name("Y")
        if kind == "node":
            return self._node_ref(res[1], env)
        if kind == "listfield":
            return _A.Call(_A.Attribute(_name("F"), "get", ast.Load()), [_const(res[1])], [])
        raise AssertionError(res)  # pragma: no cover

    def _e_Not(self, e, owner, env):
        t = self.tmp()
        a = _A.NamedExpr(_A.Name(t, ast.Store()), self.expr(e.operand, owner, env))
        return _ifexp(_is(a, None), _const(None), _A.UnaryOp(ast.Not(), _name(t)))

    def _e_And(self, e, owner, env):
        # False if a is False else (False if b is False else (True if a is True and b is True else None))
        ta, tb = self.tmp(), self.tmp()
        a = _A.NamedExpr(_A.Name(ta, ast.Store()), self.expr(e.left, owner, env))
        b = _A.NamedExpr(_A.Name(tb, ast.Store()), self.expr(e.right, owner, env))
        both = _A.BoolOp(ast.And(), [_is(_name(ta), True), _is(_name(tb), True)])
        return _ifexp(_is(a, False), _const(False), _ifexp(_is(b, False), _const(False), _ifexp(both, _const(True), _const(None))))

    def _e_Or(self, e, owner, env):
        ta, tb = self.tmp(), self.tmp()
        a = _A.NamedExpr(_A.Name(ta, ast.Store()), self.expr(e.left, owner, env))
        b = _A.NamedExpr(_A.Name(tb, ast.Store()), self.expr(e.right, owner, env))
        both = _A.BoolOp(ast.And(), [_is(_name(ta), False), _is(_name(tb), False)])
        return _ifexp(_is(a, True), _const(True), _ifexp(_is(b, True), _const(True), _ifexp(both, _const(False), _const(None))))

    def _guarded(self, operands, build):
        """None if any operand is None, else build(names)."""
        names = [self.tmp() for _ in operands]
        tests = [_is(_A.NamedExpr(_A.Name(n, ast.Store()), o), None) for n, o in zip(names, operands)]
        return _ifexp(_or(*tests) if len(tests) > 1 else tests[0], _const(None), build([_name(n) for n in names]))

    def _e_Compare(self, e: m.Compare, owner, env):
        left, right = self.expr(e.left, owner, env), self.expr(e.right, owner, env)
        if self.type(owner, e).interval:
            return _call("_compare", left, right, _const(logic.OPS.index(e.op)))
        if self.type(owner, e.left).kind == "duration":
            return _call("_compare_durations", left, right, _const(logic.OPS.index(e.op)))
        return self._guarded([left, right], lambda n: _A.Compare(n[0], [_OPS[e.op]()], [n[1]]))

    def _e_Arith(self, e: m.Arith, owner, env):
        t = self.type(owner, e)
        lt = self.type(owner, e.left)
        left, right = self.expr(e.left, owner, env), self.expr(e.right, owner, env)
        if t.kind == "date":
            if lt.kind == "duration":
                left, right = right, left
            return _call("_shift", left, right, _const(1 if e.op == "+" else -1))
        if t.kind == "duration":
            if e.op == "*":
                return _call("_scale_duration", left, right)
            return _call("_add_durations", left, right, _const(1 if e.op == "+" else -1))
        if t.interval or e.op == "/":
            return _call("_arith", left, right, _const(e.op))
        return self._guarded([left, right], lambda n: _A.BinOp(n[0], _ARITH[e.op](), n[1]))

    def _e_Neg(self, e, owner, env):
        return _call("_negate", self.expr(e.operand, owner, env))

    def _e_IsLevel(self, e: m.IsLevel, owner, env):
        idx = self.p.refs[(owner.index, id(e.operand))][1]
        bits = level_bits(self.p.nodes[idx].scale, e.test)
        return _call("_level", self._node_ref(idx, env), _const(bits))

    def _e_IsKnown(self, e: m.IsKnown, owner, env):
        operand = self.expr(e.operand, owner, env)
        t = self.type(owner, e.operand)
        if t.kind == "node":
            test = _call("_mask_known", operand)
        elif t.interval:
            test = _call("_known", operand)
        else:
            test = _A.Compare(operand, [ast.IsNot()], [_const(None)])
        return test if e.known else _A.UnaryOp(ast.Not(), test)

    def _e_Member(self, e: m.Member, owner, env):
        options = self.const(frozenset(o.value for o in e.options))
        op = ast.NotIn() if e.negate else ast.In()
        return self._guarded([self.expr(e.operand, owner, env)], lambda n: _A.Compare(n[0], [op], [options]))

    def _e_Within(self, e: m.Within, owner, env):
        fn = "_within_before" if e.mode == "before" else "_within_of"
        return _call(fn, *(self.expr(x, owner, env) for x in (e.operand, e.duration, e.anchor)))

    def _e_Select(self, e: m.Select, owner, env):
        members = self.p.selects[(owner.index, id(e))]
        masks = _A.Tuple([self._node_ref(i, env) for i in members], ast.Load())
        if e.known is not None:
            return _call("_count_known" if e.func == "count" else "_share_known", masks, _const(e.known))
        if e.test is None:
            if e.func == "count":
                return _const(len(members))
            return _const(100.0 if members else None)
        scale = self.p.nodes[members[0]].scale if members else self.p.outcomes
        bits = level_bits(scale, e.test)
        return _call("_count_masks" if e.func == "count" else "_share_masks", masks, _const(bits))

    def _lambda(self, args: list[str], body: ast.expr) -> ast.Lambda:
        return _A.Lambda(
            ast.arguments(posonlyargs=[], args=[_A.arg(a) for a in args], kwonlyargs=[], kw_defaults=[], defaults=[]),
            body,
        )

    def _e_Where(self, e: m.Where, owner, env):
        base, _, field = e.collection.partition(".")
        records = _A.Call(_A.Attribute(_name("F"), "get", ast.Load()), [_const(base)], [])
        pred = self._lambda(["_rec"], self.expr(e.condition, owner, env))
        if e.func == "count":
            return _call("_where_count", records, pred)
        if e.func == "share":
            return _call("_where_share", records, pred)
        return _call("_list_aggregate", records, _const(field), _const(e.func), pred)

    def _year_fn(self, e, owner, env) -> ast.Lambda:
        inner = dict(env, fused=False)
        return self._lambda(["Y", "R", "D"], self.expr(e, owner, inner))

    def _e_Call(self, e: m.Call, owner, env):
        f = e.func
        arg_types = [self.type(owner, a) for a in e.args]
        if arg_types and arg_types[0].kind == "list":
            res = self.p.refs[(owner.index, id(e.args[0]))]
            records = _A.Call(_A.Attribute(_name("F"), "get", ast.Load()), [_const(res[1])], [])
            if f == "count":
                return _call("_list_count", records)
            return _call("_list_aggregate", records, _const(res[2]), _const(f))
        args = [self.expr(a, owner, env) for a in e.args]
        trend = {"improving": 2, "declining": 4}
        if f in trend:
            return _call("_monotone", self._year_fn(e.args[0], owner, env), _name("Y"), _name("D"), args[1], _name("AT"), _const(trend[f]))
        if f == "previous":
            years = args[1] if len(args) > 1 else _const(1)
            return _call("_previous", self._year_fn(e.args[0], owner, env), _name("Y"), _name("D"), years, _name("AT"))
        if f == "change":
            return _call("_change", self._year_fn(e.args[0], owner, env), _name("Y"), _name("D"), args[1], _name("AT"))
        if f == "mean":
            return _call("_mean_over_years", self._year_fn(e.args[0], owner, env), _name("Y"), _name("D"), args[1], _name("AT"))
        if f in ("lowest", "highest"):
            return _call("_extreme_over_years", self._year_fn(e.args[0], owner, env), _name("Y"), _name("D"), args[1], _name("AT"), _const(f == "highest"))
        if f in ("min", "max"):
            return _call("_min_max", _const(f), *args)
        if f == "abs":
            return _call("_abs", *args)
        if f == "round":
            return _call("_round", *args)
        return _call("_" + f, *args)  # days_between, months_between, years_between

    # -------------------------------------------------------------- node bodies
    def node_statements(self, node: Node, env: dict, target: str) -> list[ast.stmt]:
        """Statements that set ``target`` to the node's verdict mask.

        Clauses are read in order: a true condition decides; an unknown one
        adds its outcome to the possible outcomes and reading goes on; a false
        one is skipped; ``otherwise`` always applies."""
        bit = {lvl: 1 << i for i, lvl in enumerate(node.scale)}
        possible = f"_p{node.index}"

        def assign(value: ast.expr) -> ast.stmt:
            return _A.Assign([_A.Name(target, ast.Store())], value)

        def with_possible(b: int) -> ast.expr:
            return _A.BinOp(_name(possible), ast.BitOr(), _const(b))

        def build(i: int) -> list[ast.stmt]:
            if i == len(node.clauses):
                # every condition was false or unknown and there is no
                # `otherwise`: "no outcome" is (one of) the possibilities
                return [assign(with_possible(logic.NONE))]
            clause = node.clauses[i]
            b = bit.get(clause.outcome, 0)
            if clause.condition is None:
                return [assign(with_possible(b))]
            cond = f"_k{node.index}"
            return [
                _A.Assign([_A.Name(cond, ast.Store())], self.expr(clause.condition, node, env)),
                _A.If(
                    _is(_name(cond), True),
                    [assign(with_possible(b))],
                    [
                        _A.If(_is(_name(cond), None), [_A.AugAssign(_A.Name(possible, ast.Store()), ast.BitOr(), _const(b))], []),
                        *build(i + 1),
                    ],
                ),
            ]

        return [_A.Assign([_A.Name(possible, ast.Store())], _const(0)), *build(0)]


def _function(name: str, args, body: list[ast.stmt]) -> ast.FunctionDef:
    return _A.FunctionDef(
        name=name,
        args=ast.arguments(posonlyargs=[], args=[_A.arg(a) for a in args], kwonlyargs=[], kw_defaults=[], defaults=[]),
        body=body, decorator_list=[], returns=None, type_params=[],
    )


def build_module(program: Program) -> tuple[ast.Module, dict[str, object]]:
    """The AST of the module holding every compiled function, and the
    constants its globals need."""
    gen = _Gen(program)
    body: list[ast.stmt] = []

    # Fused evaluate_all: every node in order, verdicts in locals r<k>.
    stmts: list[ast.stmt] = []
    fused = {"fused": True}
    for idx in program.order:
        stmts.extend(gen.node_statements(program.nodes[idx], fused, f"r{idx}"))
    stmts.append(_A.Return(_A.List([_name(f"r{i}") for i in range(len(program.nodes))], ast.Load())))
    body.append(_function("evaluate_all", ("F", "P", "Y", "D", "AT"), stmts))

    lazy = {"fused": False}
    for node in program.nodes:
        node_body = gen.node_statements(node, lazy, "_r")
        node_body.append(_A.Return(_name("_r")))
        body.append(_function(f"node_{node.index}", ARGS, node_body))
        for i, clause in enumerate(node.clauses):
            if clause.condition is not None:
                body.append(_function(f"clause_{node.index}_{i}", ARGS, [_A.Return(gen.expr(clause.condition, node, lazy))]))
    module = ast.Module(body=body, type_ignores=[])
    return module, gen.consts


def compile_program(program: Program) -> tuple[types.CodeType, dict[str, object]]:
    """Compile a program to a module code object and its constants."""
    module, consts = build_module(program)
    code = compile(module, f"<senrules {program.header.id}>", "exec", dont_inherit=True, optimize=2)
    return code, consts


