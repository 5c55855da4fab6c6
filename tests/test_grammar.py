"""The rule language: what parses, what it parses to, and what a mistake says.

Three kinds of test live here.

* **Good files** (``tests/grammar/good/*.rules``): small valid files, one per
  family of constructs.  Each parses, and the tests check what it parses to
  (precedence, signs, types, which block a clause belongs to...), not merely
  that no exception was raised.

* **Golden error files** (``tests/grammar/bad/<case>.rules``, Catala style):
  each is a short file with one mistake a rule author really makes, beside
  ``<case>.expected``, which holds exactly ``render(diagnostic, source)``
  plus a final newline.  The comparison is verbatim (files are read as bytes,
  so the CRLF cases stay CRLF).  Two cases are generated here instead of being
  committed (a 3 MB file and an expression nested too deeply): only their
  ``.expected`` is in the folder.

  After an intended change to a message, rewrite the ``.expected`` files with::

      SENRULES_UPDATE_GOLDEN=1 /work/.venv/bin/pytest tests/test_grammar.py

  and then read every changed file by eye (``git diff tests/grammar/bad``): the
  message must say in plain words what is wrong, the caret must sit under the
  offending text with its width, and the hint must help.  Cases listed in
  ``KNOWN_RENDER_BUGS`` hold the *correct* output, written by hand; they are
  expected to fail until the bug is fixed and are never rewritten (remove the
  entry once the bug is fixed).

* **Robustness** (hypothesis): random text and random edits of real rule files
  never make ``parse()`` raise anything but ``RuleSyntaxError``, whose span lies
  inside the text; deep nesting is refused cleanly, never with a RecursionError.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from senrules import model as m
from senrules.errors import RuleSyntaxError, render
from senrules.parser import (
    KNOWN_MISTAKES,
    MAX_FILE_BYTES,
    MAX_NESTING,
    _describe_expected,
    get_parser,
    parse,
    parse_file,
)

HERE = Path(__file__).parent
GOOD = HERE / "grammar" / "good"
BAD = HERE / "grammar" / "bad"
EXAMPLES = HERE.parent / "senrules" / "rules" / "example"
UPDATE = os.environ.get("SENRULES_UPDATE_GOLDEN") == "1"


def read(path: Path) -> str:
    """The exact text of a file (no newline translation: CRLF stays CRLF)."""
    return path.read_bytes().decode("utf-8")


def load(name: str) -> m.RuleFile:
    return parse(read(GOOD / f"{name}.rules"), f"tests/grammar/good/{name}.rules")


def grading(rule_file: m.RuleFile, name: str) -> dict[str, m.Expr | None]:
    """outcome -> condition of a named grading."""
    (found,) = [g for g in rule_file.of_type(m.Grading) if g.name == name]
    return {c.outcome: c.condition for c in found.clauses}


def ref(name: str) -> m.Ref:
    return m.Ref(name)


def num(value, kind: str = "number") -> m.Literal:
    return m.Literal(value, kind)


# =====================================================================
# Good files
# =====================================================================

GOOD_FILES = sorted(p.stem for p in GOOD.glob("*.rules"))


def test_there_is_a_good_file_for_each_family_of_constructs():
    assert 8 <= len(GOOD_FILES) <= 12


@pytest.mark.parametrize("name", GOOD_FILES)
def test_good_file_parses_with_spans_that_point_into_it(name):
    text = read(GOOD / f"{name}.rules")
    rule_file = load(name)
    assert rule_file.items
    lines = text.split("\n")
    for item in rule_file.items:
        span = item.span
        assert span.file == f"tests/grammar/good/{name}.rules"
        assert 1 <= span.line <= span.end_line <= len(lines)
        assert lines[span.line - 1][span.column - 1:].split()[0] in (
            "ruleset", "parameter", "fact", "section", "grading", "overall", "test",
        )


@pytest.mark.parametrize("name", GOOD_FILES)
def test_good_file_round_trips_through_the_formatter(name):
    from senrules.formatter import format_rulefile

    rule_file = load(name)
    formatted = format_rulefile(rule_file)
    assert parse(formatted, "formatted.rules").items == rule_file.items
    assert format_rulefile(parse(formatted, "formatted.rules")) == formatted


def test_header_gives_identity_dates_and_scales():
    (header,) = load("header").of_type(m.Header)
    assert header.id == "dcsf-2008"
    assert header.title.startswith("DCSF (2008) Quality standards")
    assert header.version == "2.1.0"
    assert header.source == "DCSF (2008), ref. 00582-2008BKT-EN"
    assert (header.effective_from, header.effective_to) == (dt.date(2008, 4, 1), dt.date(2031, 3, 31))
    assert header.outcomes == ("met", "partly_met", "not_met")
    assert header.grades == ("outstanding", "good", "satisfactory", "inadequate")


def test_header_without_end_date_is_open_ended():
    (header,) = load("parameters").of_type(m.Header)
    assert header.id == "sen-improvement-test"
    assert header.effective_from == dt.date(2007, 1, 1)
    assert header.effective_to is None
    assert header.outcomes is None and header.grades is None


def test_parameters_of_every_type_keep_type_default_and_fields():
    params = {p.name: p for p in load("parameters").of_type(m.Parameter)}
    kinds = {name: p.type.kind for name, p in params.items()}
    assert set(kinds.values()) == {"boolean", "integer", "number", "percentage", "date", "text", "duration", "choice"}
    assert params["check_transport"].default == m.Literal(True, "boolean")
    assert params["trend_years"].default == num(3)
    assert params["trend_years"].unit == "years"
    assert params["trend_years"].range == m.Range(2, 10)
    assert params["tolerance"].default == num(0.5)
    assert params["tolerance"].range == m.Range(-2.5, 2.5)
    assert params["strategy_published"].default == m.Literal(dt.date(2006, 9, 1), "date")
    assert params["plan_owner"].default == m.Literal("Head of service", "string")
    assert params["review_interval"].default == m.Literal(m.Duration(12, "months"), "duration")
    # a singular unit is stored in the plural
    assert params["notice_period"].default == m.Literal(m.Duration(1, "years"), "duration")
    assert params["minimum_rating"].type.choices == ("good", "satisfactory")
    cites = params["majority_of_cyp"].citations
    assert [(c.document, c.place) for c in cites] == [("DCSF 2008", None), ("DCSF 2008", "para 11")]
    assert params["majority_of_cyp"].doc == "The share of CYP that counts as 'the majority of CYP'."


def test_facts_of_every_type_with_per_year_lists_choices_and_negative_ranges():
    facts = {f.name: f for f in load("facts").of_type(m.Fact)}
    assert {f.type.kind for f in facts.values()} == {
        "boolean", "integer", "number", "percentage", "date", "text", "duration", "choice", "list",
    }
    assert {n for n, f in facts.items() if f.per_year} == {"attainment_gap", "cyp_progress_rate"}
    assert facts["average_points_change"].range == m.Range(-10, 10)
    assert facts["attainment_gap"].range == m.Range(-5.5, -0.5)
    assert facts["monitoring_interval"].range == m.Range(1, 104)
    assert facts["monitoring_interval"].unit == "weeks"
    assert facts["views_acted_on"].type.choices == ("always", "often", "rarely", "never")
    assert facts["views_acted_on"].category == "perception"
    fields = facts["interventions"].type.fields
    assert [(name, t.kind) for name, t in fields] == [
        ("name", "text"), ("pupils", "integer"), ("met_target", "boolean"), ("exit_date", "date"),
    ]
    first = facts["programmes_monitored"]
    assert first.question == "Are programmes and interventions regularly monitored?"
    assert first.help.startswith("For example")
    assert first.citations == (m.Citation("DCSF 2008", "Standard 1"),)


def test_criteria_carry_evidence_ob_ratings_tags_and_clauses():
    (section,) = load("criteria").of_type(m.Section)
    assert (section.id, section.title, section.tags) == ("outcomes", "Outcomes", ("outcomes_section",))
    s1, s2 = section.standards
    assert s1.tags == ("monitoring", "data")
    assert s1.citations == (m.Citation("DCSF 2008", "Standard 1"),)
    crit = {c.id: c for c in s1.criteria}
    assert [(c.ob.rating, c.ob.comment) for c in s1.criteria] == [
        ("D*", "The annual OB exercise is highly relevant."),
        ("D", None),
        ("I", "OB PIs can inform target setting."),
        ("N/A", None),
        ("N/A", "Groups are too small to benchmark."),
    ]
    assert crit["S1.1"].evidence == ("performance", "perception", "anecdotal")
    assert crit["S1.4"].tags == ("transition", "follow_up")
    assert [(c.outcome, c.condition) for c in crit["S1.1"].clauses] == [
        ("met", ref("programmes_monitored")),
        ("partly_met", m.Compare("<=", ref("monitoring_interval"), num(26))),
        ("not_met", None),
    ]
    assert crit["S1.2"].clauses[0].condition == m.Compare("==", ref("views_acted_on"), m.Literal("always", "string"))
    assert crit["S1.4"].clauses == ()
    (empty,) = s2.criteria
    assert (empty.id, empty.text, empty.clauses, empty.ob) == ("S2.1", "A criterion with nothing but its text.", (), None)


def test_inline_grade_blocks_and_grade_by():
    smd, outcomes = load("grade_blocks").of_type(m.Section)
    s11, s12 = smd.standards
    assert isinstance(s11.grade, m.GradeBlock)
    assert [c.outcome for c in s11.grade.clauses] == ["outstanding", "good", "satisfactory", "inadequate"]
    assert s11.grade.clauses[-1].condition is None
    # the grade block belongs to the standard, not to its last criterion
    assert [c.outcome for c in s11.criteria[0].clauses] == ["met", "not_met"]
    assert s12.grade == m.GradeBy("standard_grade")
    assert isinstance(smd.grade, m.GradeBlock)
    assert [c.outcome for c in smd.grade.clauses] == ["good", "inadequate"]
    assert outcomes.grade == m.GradeBy("section_grade")


def test_named_gradings_and_overall_by():
    rule_file = load("gradings")
    gradings = {g.name: g for g in rule_file.of_type(m.Grading)}
    assert list(gradings) == ["standard_grade", "section_grade", "empty_grading"]
    std = gradings["standard_grade"]
    assert std.doc == "A standard's grade from its criteria."
    assert std.citations == (m.Citation("DCSF 2008", "para 11"),)
    assert [c.outcome for c in std.clauses] == ["outstanding", "good", "satisfactory", "inadequate"]
    assert std.clauses[0].condition == m.Compare(
        "==", m.Select("count", "criteria", test=m.LevelTest("is", "met")), m.Select("count", "criteria"),
    )
    assert gradings["section_grade"].citations == (m.Citation("DCSF 2008"),)
    assert gradings["empty_grading"].clauses == ()
    (overall,) = rule_file.of_type(m.Overall)
    assert overall.grade == m.GradeBy("section_grade")


def test_overall_block_with_citation():
    (overall,) = load("overall").of_type(m.Overall)
    assert overall.citations == (m.Citation("DCSF 2008", "para 11"),)
    clauses = {c.outcome: c.condition for c in overall.grade.clauses}
    assert list(clauses) == ["outstanding", "good", "satisfactory", "inadequate"]
    assert clauses["outstanding"] == m.And(
        m.IsLevel(ref("outcomes"), m.LevelTest("at_least", "good")),
        m.IsLevel(ref("smd"), m.LevelTest("is", "outstanding")),
    )
    assert clauses["satisfactory"].right == num(100, "percent")
    assert clauses["inadequate"] is None


def test_logic_precedence_comparisons_and_membership():
    c = grading(load("logic"), "logic")
    p, q, r = ref("p"), ref("q"), ref("r")
    assert c["a"] == m.Or(p, m.And(q, r))  # and binds tighter than or
    assert c["b"] == m.And(m.Not(p), q)  # not binds tighter than and
    assert c["c"] == m.Not(m.Or(p, q))
    assert c["d"] == m.And(m.Or(p, q), r)
    assert c["e"] == m.And(m.And(p, q), r)  # left-associative
    assert c["f"] == m.Or(m.Or(p, q), r)
    ops = []
    node = c["g"]
    while isinstance(node, m.Or):
        ops.append(node.right.op)
        node = node.left
    ops.append(node.op)
    assert sorted(ops) == sorted(["==", "!=", "<", "<=", ">", ">="])
    assert c["h"] == m.IsLevel(ref("S1"), m.LevelTest("is", "met"))
    assert c["i"] == m.IsLevel(ref("S1"), m.LevelTest("is_not", "met"))
    assert c["j"] == m.IsLevel(ref("S1.1"), m.LevelTest("at_least", "partly_met"))
    assert c["k"] == m.IsLevel(ref("smd"), m.LevelTest("at_most", "satisfactory"))
    assert c["l"] == m.And(m.IsKnown(ref("x"), True), m.IsKnown(ref("y"), False))
    strings = (m.Literal("always", "string"), m.Literal("often", "string"))
    assert c["m"] == m.Member(ref("views_acted_on"), strings, negate=False)
    assert c["n"].negate is True
    assert [o.value for o in c["n"].options] == ["rarely", "never"]
    assert c["o"] == m.Not(m.Not(p))
    assert c["p"] == m.Member(ref("monitoring_interval"), (num(4), num(13), num(26)))
    assert c["q"] is None


def test_arithmetic_precedence_signs_units_and_calls():
    c = grading(load("arithmetic"), "arithmetic")
    x, y, z = ref("x"), ref("y"), ref("z")
    assert c["a"].left == m.Arith("+", x, m.Arith("*", y, z))
    assert c["b"].left == m.Arith("*", m.Arith("+", x, y), z)
    assert c["c"].left == m.Arith("-", m.Arith("-", x, y), z)
    assert c["d"].left == m.Arith("/", m.Arith("/", x, y), z)
    assert c["e"].left == m.Arith("*", m.Neg(x), num(2))  # unary minus binds tightest
    assert c["f"].left == num(-5)  # a minus before a number folds into it
    assert c["g"].left == m.Neg(m.Arith("+", x, y))
    assert c["h"] == m.And(
        m.Compare(">=", ref("cyp_progress_rate"), num(90, "percent")),
        m.Compare(">", ref("rate"), num(12.5, "percent")),
    )
    months = lambda n: m.Literal(m.Duration(n, "months"), "duration")  # noqa: E731
    assert c["i"] == m.Within(ref("plan_reviewed_on"), months(12), ref("evaluation_date"), "of")
    assert c["j"] == m.Within(
        ref("plan_reviewed_on"), m.Arith("+", ref("review_interval"), months(6)), ref("evaluation_date"), "before",
    )
    within, gap, age = c["k"].left.left, c["k"].left.right, c["k"].right
    assert within.duration == m.Literal(m.Duration(1, "weeks"), "duration")
    assert gap.right == m.Literal(m.Duration(3, "days"), "duration")
    assert age.right == m.Literal(m.Duration(2, "years"), "duration")
    assert c["l"].right == m.Literal(dt.date(2024, 1, 1), "date")
    assert c["m"] == m.Call("improving", (ref("cyp_progress_rate"), ref("trend_years")))
    assert c["n"] == m.Compare(
        ">",
        m.Call("min", (m.Call("previous", (x,)), num(3))),
        m.Call("months_between", (ref("start_date"), ref("end_date"))),
    )
    assert c["o"].left == m.Call("evaluation_year", ())
    assert c["p"].left.left.right == m.Literal("Braille reading", "string")
    assert c["p"].left.right.right == m.Literal(True, "boolean")
    assert c["p"].right.right == m.Literal(False, "boolean")


def test_aggregates_over_verdicts_and_list_records():
    c = grading(load("aggregates"), "aggregates")
    assert c["a"].left == m.Select("count", "criteria", "S1", m.LevelTest("is", "met"))
    assert c["b"].left == m.Select("share", "standards", None, m.LevelTest("at_least", "good"))
    assert c["c"].left == m.Select("count", "criteria", known=False)
    assert c["d"].left == m.Select("count", "criteria", known=True)
    assert c["e"].left == m.Select("count", "criteria")
    assert c["f"].left == m.Select("share", "sections", "outcomes", m.LevelTest("is_not", "inadequate"))
    assert c["g"].left == m.Select("count", "standards", "smd", m.LevelTest("at_most", "satisfactory"))
    assert c["h"].left == m.Select("count", "criteria", "S1.1")
    assert c["i"].left == m.Where("count", "interventions", ref("met_target"))
    assert c["j"].left == m.Where(
        "sum", "interventions.pupils", m.And(ref("met_target"), m.Compare(">", ref("pupils"), num(2))),
    )
    assert c["k"].left.func == "share" and isinstance(c["k"].left.condition, m.Within)
    assert c["l"].left == m.Call("sum", (ref("interventions.pupils"),))


def test_rule_tests_with_dates_year_maps_records_and_expectations():
    tests = {t.name: t for t in load("tests").of_type(m.RuleTest)}
    first = tests["A service that reviews programmes termly meets S1.1"]
    assert first.on == dt.date(2024, 9, 1)
    assert [(a.name, a.value) for a in first.given] == [
        ("programmes_monitored", m.Literal(True, "boolean")), ("monitoring_interval", num(13)),
    ]
    assert first.expectations == (m.Expectation("S1.1", "met"),)

    years = tests["Progress improving over three years meets S1.3"]
    (rate,) = years.given
    assert rate.value.kind == "record"
    assert rate.value.value == ((2022, num(40)), (2023, num(45.5)), (2024, num(52, "percent")))
    assert [(a.name, a.value) for a in years.parameters] == [
        ("majority_of_cyp", num(70)),
        ("review_interval", m.Literal(m.Duration(18, "months"), "duration")),
    ]

    records = tests["Provision map records decide S1.4"]
    interventions = records.given[0].value
    assert interventions.kind == "list" and len(interventions.value) == 2
    braille = dict(interventions.value[0].value)
    assert braille == {
        "name": m.Literal("Braille reading", "string"),
        "pupils": num(4),
        "met_target": m.Literal(True, "boolean"),
        "exit_date": m.Literal(dt.date(2024, 7, 1), "date"),
    }
    given = {a.name: a.value for a in records.given}
    assert given["attainment_gap"] == num(-1.5)
    assert given["plan_owner"] == m.Literal('Head "of" service', "string")
    assert given["empty_list"] == m.Literal((), "list")
    assert given["empty_record"] == m.Literal((), "record")
    assert given["interval"] == m.Literal(m.Duration(1, "weeks"), "duration")

    unknown = tests["With no evidence, S1.1 is unknown, not 'not met'"]
    assert unknown.expectations == (
        m.Expectation("S1.1", None), m.Expectation("S1", None), m.Expectation("overall", None),
    )
    good = tests["A good service is good overall"]
    assert good.expectations == (m.Expectation("outcomes", "good"), m.Expectation("overall", "good"))
    assert tests["An empty test"] == m.RuleTest("An empty test")


# =====================================================================
# Golden error files
# =====================================================================


def too_large_source() -> str:
    """A 3 MB rule file (over MAX_FILE_BYTES), made of ordinary facts."""
    block = "".join(
        f'fact answer_{i:06d}: boolean {{\n  question "Is statement {i} true?"\n}}\n\n' for i in range(100)
    )
    text = "# A generated rule file of 3 MB.\n\n" + block * (3_000_000 // len(block) + 1)
    return text[:3_000_000]


def too_deep_source() -> str:
    """A condition nested MAX_NESTING + 10 levels deep, one level per line."""
    depth = MAX_NESTING + 10
    return (
        "grading deep {\n  good when\n"
        + "".join("    not (\n" for _ in range(depth))
        + "    x\n    " + ")" * depth + "\n}\n"
    )


def number_too_long_source() -> str:
    """A number literal of 4,301 digits (past Python's int conversion limit)."""
    return 'parameter huge: number = ' + "1" * 4301 + ' {\n  doc "A figure no standard has."\n}\n'


def long_name_trailing_and_source() -> str:
    """A condition ending in `and` whose next line starts with a
    40,000-character name (explaining it once took quadratic time)."""
    return (
        'section outcomes "Outcomes" {\n  standard S1 "Progress is recorded." {\n'
        '    criterion S1.1 "Programmes are monitored." {\n'
        "      met when programmes_monitored and\n"
        f"      {'p' * 40_000} when programmes_monitored\n"
        "      not_met otherwise\n    }\n  }\n}\n"
    )


GENERATED = {
    "too_large": too_large_source, "too_deep": too_deep_source, "number_too_long": number_too_long_source,
    "long_name_trailing_and": long_name_trailing_and_source,
}
KNOWN_RENDER_BUGS: dict[str, str] = {}
BAD_CASES = sorted({p.stem for p in BAD.glob("*.rules")} | set(GENERATED))


def bad_source(case: str) -> str:
    return GENERATED[case]() if case in GENERATED else read(BAD / f"{case}.rules")


def diagnose(source: str, filename: str):
    with pytest.raises(RuleSyntaxError) as info:
        parse(source, filename)
    (diagnostic,) = info.value.diagnostics
    return diagnostic


def test_there_are_enough_golden_cases_and_each_has_its_expected_file():
    assert len(BAD_CASES) >= 20
    expected = {p.stem for p in BAD.glob("*.expected")}
    assert expected == set(BAD_CASES)
    assert not set(GENERATED) & {p.stem for p in BAD.glob("*.rules")}


def test_crlf_cases_really_are_crlf():
    for path in BAD.glob("crlf_*.rules"):
        data = path.read_bytes()
        assert data.count(b"\r\n") == data.count(b"\n") > 0, path


def test_generated_cases_are_what_they_claim():
    assert len(too_large_source().encode("utf-8")) == 3_000_000 > MAX_FILE_BYTES
    assert too_deep_source().count("not (") > MAX_NESTING


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_file_gives_the_golden_message(case, request):
    if case in KNOWN_RENDER_BUGS:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_RENDER_BUGS[case], strict=True))
    source = bad_source(case)
    diagnostic = diagnose(source, f"tests/grammar/bad/{case}.rules")
    rendered = render(diagnostic, source) + "\n"
    expected_path = BAD / f"{case}.expected"
    if UPDATE and case not in KNOWN_RENDER_BUGS:
        expected_path.write_bytes(rendered.encode("utf-8"))
    assert read(expected_path) == rendered


@pytest.mark.parametrize("case", BAD_CASES)
def test_golden_diagnostic_is_well_formed(case):
    """Independently of the golden text: a one-line span inside the file, a
    message and a hint in words, no internal terminal names."""
    source = bad_source(case)
    diagnostic = diagnose(source, f"{case}.rules")
    span = diagnostic.span
    lines = source.split("\n")
    assert span.file == f"{case}.rules"
    assert 1 <= span.line == span.end_line <= len(lines)
    line = lines[span.line - 1].rstrip("\r")
    assert 1 <= span.column <= span.end_column <= len(line) + 2
    assert diagnostic.message and diagnostic.hint
    for text in (diagnostic.message, diagnostic.hint):
        assert not re.search(r"__ANON|\$END|\b[A-Z]+_[A-Z_]+\b|\b(LBRACE|RBRACE|MINUS|NAME|STRING)\b", text), text


def test_known_mistake_examples_are_recognised():
    """Each example in parser.KNOWN_MISTAKES still fails, with its own label
    (a new check that takes precedence would otherwise make it dead)."""
    for label, (_message, _hint, examples) in KNOWN_MISTAKES.items():
        for text in examples:
            assert diagnose(text, "<example>").code == f"syntax-{label}", (label, text)


def test_expected_token_lists_never_show_internal_names():
    ignored = set(get_parser().lexer_conf.ignore)
    for terminal in get_parser().terminals:
        if terminal.name in ignored:
            continue
        words = _describe_expected({terminal.name})
        assert words.startswith("expected "), terminal.name
        assert "__" not in words and "$" not in words
        value = getattr(terminal.pattern, "value", "")
        if terminal.name.lower() != value:
            assert terminal.name not in words and f"`{terminal.name.lower()}`" not in words, (terminal.name, words)
    by_text = {getattr(t.pattern, "value", None): t.name for t in get_parser().terminals}
    assert by_text[".."].startswith("__ANON")  # lark's internal name for the `..` of a range
    assert _describe_expected({by_text[".."]}) == "expected `..`"
    assert _describe_expected({by_text[">"], by_text["-"]}) == "expected `-` or `>`"
    assert _describe_expected({"MINUS", "NUMBER"}) == "expected a number"


BLOCK_PREFIXES = {
    None: "",
    "ruleset": "ruleset r {",
    "parameter": "parameter p: integer = 1 {",
    "fact": "fact f: integer {",
    "section": 'section s "t" {',
    "standard": 'section s "t" { standard S "t" {',
    "criterion": 'section s "t" { standard S "t" { criterion C "t" {',
    "grade": 'section s "t" { grade {',
    "grading": "grading g {",
    "overall": "overall {",
    "test": 'test "t" {',
}


@pytest.mark.parametrize("kind", list(BLOCK_PREFIXES), ids=str)
def test_the_table_of_what_each_block_may_contain_agrees_with_the_grammar(kind):
    """parser._BLOCK_CONTENT (used for "`x` cannot appear in ..." and "expected
    `}` to close ...") must list exactly the keywords the grammar accepts there."""
    from senrules.parser import _BLOCK_CONTENT, _fixed_strings, _keyword_terminals

    interactive = get_parser().parse_interactive(BLOCK_PREFIXES[kind])
    interactive.exhaust_lexer()
    accepted = {_fixed_strings()[n] for n in interactive.accepts() if n in _keyword_terminals()}
    assert accepted == set(_BLOCK_CONTENT[kind])


def test_render_shows_the_line_the_span_points_at():
    source = "# A comment with a line separator\u2028in it\nfact x { }\n"
    diagnostic = diagnose(source, "f.rules")
    assert diagnostic.span.line == 2
    assert "2 | fact x { }" in render(diagnostic, source)


def test_every_syntax_error_names_the_file():
    assert diagnose('fact x: text {\n  question "a\\q"\n}\n', "f.rules").span.file == "f.rules"


def test_a_file_over_the_size_limit_is_refused_by_parse_file(tmp_path):
    path = tmp_path / "huge.rules"
    path.write_bytes(too_large_source().encode("utf-8"))
    with pytest.raises(RuleSyntaxError) as info:
        parse_file(path)
    assert info.value.diagnostics[0].code == "too-large"


# =====================================================================
# Robustness
# =====================================================================

SEEDS = [read(p) for p in sorted(EXAMPLES.glob("*.rules"))] + [read(GOOD / f"{n}.rules") for n in GOOD_FILES]
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_][A-Za-z0-9_.]*|\d[\d.%-]*|\S')
NOISE = list('{}()[]"\'=<>!-+*/.,:%#;&|\\\t\n\r ') + [
    "and", "or", "not", "when", "otherwise", "is", "in", "..", "per year", "D*", "N/A", "unknown",
    "2024-02-30", "\r\n", "\x0c", "\u2028", "\u00a0", "\ufeff", "“", "é", "≥", "\x00",
]

# Any character a UTF-8 file can hold (a lone surrogate cannot: see
# test_a_lone_surrogate_is_refused_cleanly).
UNICODE = st.characters(codec="utf-8")


def check_outcome(text: str) -> None:
    """parse() either succeeds or raises RuleSyntaxError pointing into the text."""
    try:
        parse(text, "fuzz.rules")
    except RuleSyntaxError as err:
        (diagnostic,) = err.diagnostics
        assert diagnostic.message.strip()
        span = diagnostic.span
        assert span is not None
        lines = text.split("\n")
        assert 1 <= span.line <= len(lines)
        assert 1 <= span.column <= len(lines[span.line - 1]) + 1
        assert span.end_line >= span.line
        assert span.end_line > span.line or span.end_column >= span.column
        assert diagnostic.message in render(diagnostic, text)


@st.composite
def mutated_rule_files(draw):
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "delete token", "duplicate token", "swap tokens"]))
        if op in ("delete", "insert", "duplicate"):
            at = draw(st.integers(0, len(text)))
            if op == "delete":
                text = text[:at] + text[at + 1:]
            elif op == "insert":
                text = text[:at] + draw(st.sampled_from(NOISE) | UNICODE) + text[at:]
            else:
                text = text[:at] + text[at:at + 1] + text[at:]
        else:
            tokens = list(TOKEN.finditer(text))
            if not tokens:
                continue
            one = tokens[draw(st.integers(0, len(tokens) - 1))]
            if op == "delete token":
                text = text[:one.start()] + text[one.end():]
            elif op == "duplicate token":
                text = text[:one.end()] + " " + one.group() + text[one.end():]
            else:
                other = tokens[draw(st.integers(0, len(tokens) - 1))]
                first, second = sorted([one, other], key=lambda t: t.start())
                if first.end() <= second.start():
                    text = (text[:first.start()] + second.group() + text[first.end():second.start()]
                            + first.group() + text[second.end():])
    return text


# every fixed string of the grammar (keywords and punctuation), and a few values
WORDS = sorted({t.pattern.value for t in get_parser().terminals if hasattr(t.pattern, "value")}) + [
    "x", "S1.1", '"t"', "3", "90%", "2024-01-01", "12 months",
]
ROBUST = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])


@ROBUST
@given(st.lists(st.sampled_from(NOISE) | UNICODE, max_size=200).map("".join))
def test_random_text_never_crashes_the_parser(text):
    check_outcome(text)


@ROBUST
@given(st.lists(st.sampled_from(NOISE + WORDS), max_size=40).map(" ".join))
def test_random_token_soup_never_crashes_the_parser(text):
    check_outcome(text)


@ROBUST
@given(mutated_rule_files())
def test_edited_rule_files_never_crash_the_parser(text):
    check_outcome(text)


def test_a_lone_surrogate_is_refused_cleanly():
    # A str from open(..., errors="surrogateescape") or from another library can hold one.
    check_outcome('fact x: text {\n  question "caf\udce9"\n}\n')


def criterion(condition: str) -> str:
    return 'section a "A" {\n  standard S1 "t" {\n    criterion S1.1 "t" {\n      met when ' + condition + "\n    }\n  }\n}\n"


def refused_as_too_deep(text: str) -> None:
    with pytest.raises(RuleSyntaxError) as info:
        parse(text)
    assert info.value.diagnostics[0].code == "too-deep"


DEEP = settings(deadline=None, max_examples=40)
DEPTHS = st.integers(MAX_NESTING + 1, 10_000)


@DEEP
@given(DEPTHS)
@example(10_000)
def test_deep_parentheses_are_refused(depth):
    refused_as_too_deep(criterion("(" * depth + "x" + ")" * depth))


@DEEP
@given(st.integers(1, 10_000))
@example(10_000)
def test_deep_parentheses_never_overflow_the_stack(depth):
    text = criterion("(" * depth + "x" + ")" * depth)
    try:
        parse(text)
    except RuleSyntaxError as err:
        assert err.diagnostics[0].code == "too-deep"


@DEEP
@given(DEPTHS, st.sampled_from(["not (", "-(", "min(", "f(1, "]))
@example(10_000, "not (")
@example(10_000, "min(")
def test_deep_nesting_is_refused_cleanly(depth, opener):
    refused_as_too_deep(criterion(opener * depth + "x" + ")" * depth + " > 0"))


@DEEP
@given(st.integers(1, 10_000), st.sampled_from(["(", "not (", "[", "{"]))
@example(10_000, "(")
def test_deep_unclosed_nesting_is_a_syntax_error_not_a_crash(depth, opener):
    check_outcome(criterion(opener * depth + "x"))


@DEEP
@given(st.integers(1, 10_000), st.sampled_from(["{a: ", "[", "{2022: "]), st.booleans())
@example(10_000, "{a: ", True)
@example(10_000, "[", False)
def test_deeply_nested_values_in_a_test_are_handled_cleanly(depth, opener, closed):
    closer = ("}" if opener.startswith("{") else "]") * depth if closed else ""
    text = 'test "t" {\n  given x = ' + opener * depth + "1" + closer + "\n}\n"
    try:
        parse(text)
    except RuleSyntaxError as err:
        if closed:
            assert err.diagnostics[0].code == "too-deep"
        check_outcome(text)
    else:
        assert closed and depth < MAX_NESTING


@pytest.mark.parametrize("terms", [MAX_NESTING // 2, 1_000, 5_000])
@pytest.mark.parametrize("operator", ["and", "or", "+"])
def test_long_left_associative_chains_are_accepted_or_refused_cleanly(terms, operator):
    text = criterion(f" {operator} ".join(f"c{i}" for i in range(terms)) + (" > 0" if operator == "+" else ""))
    try:
        parse(text)
    except RuleSyntaxError as err:
        assert err.diagnostics[0].code == "too-deep"
    else:
        assert terms < MAX_NESTING
