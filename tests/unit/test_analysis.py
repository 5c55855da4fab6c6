"""Tests of senrules.analysis: gaps, unreachable clauses, grades that fall when
an input improves, inputs that never matter; symmetry, sampling, and what the
example ruleset triggers."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest

import senrules
from senrules import logic
from senrules.analysis import analyse, explore
from senrules.ruleset import compile_texts, load_ruleset

EXAMPLES = Path(senrules.__file__).parent / "rules" / "example"

HEAD = """
ruleset t { title "t" version "1" }
parameter most_areas: percentage = 75 { doc "d" }
fact a: boolean { question "q" }
fact b: boolean { question "q" }
fact x: percentage { question "q" }
fact y: percentage { question "q" }
fact n: integer { question "q" range 1 .. 10 }
fact views: choice("always", "often", "never") { question "q" }
"""


def program(text: str):
    prog, _ = compile_texts([("t.rules", HEAD + text)])
    return prog


def findings(text: str, **kw):
    return analyse(program(text), **kw)


def codes(diags) -> list[str]:
    return [d.code for d in diags]


def line_of(text: str, needle: str) -> int:
    """The line of ``needle`` in HEAD + text (1-based)."""
    for i, line in enumerate((HEAD + text).splitlines(), 1):
        if needle in line:
            return i
    raise AssertionError(needle)


def standard(grade: str, criteria: int = 3, sid: str = "S1") -> str:
    crits = "\n".join(
        f'    criterion {sid}.{i} "c" {{ met when a  partly_met when b  not_met otherwise }}'
        for i in range(1, criteria + 1)
    )
    return f'  standard {sid} "s" {{\n{crits}\n    {grade}\n  }}\n'


READ_CRITERIA = "grade { good when count(criteria is met) >= 1  inadequate otherwise }"
READ_STANDARDS = "grade { good when count(standards is at least good) >= 1  inadequate otherwise }"


def section(*standards: str, grade: str = READ_STANDARDS) -> str:
    return 'section A "A" {\n' + "".join(standards) + f"  {grade}\n}}\n"


# ------------------------------------------------------------------ gap


def test_a_grading_without_otherwise_has_a_gap_with_a_concrete_example():
    text = section(standard("grade by g", 2)) + """
grading g {
  outstanding when S1.1 is met and S1.2 is met and a
  good when S1.1 is met
}
"""
    diags = [d for d in findings(text) if d.code == "gap"]
    assert len(diags) == 1
    d = diags[0]
    assert d.severity == "warning"
    assert d.span.line == line_of(text, "grading g {")
    # the first combination with no grade, in words
    assert "gives no grade when S1.1 is partly_met, S1.2 is met and `a` is true" in d.message
    assert "grading `g` (for S1)" in d.message
    assert "inadequate otherwise" in d.hint


def test_a_criterion_gap_names_the_value_of_the_fact():
    text = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b  not_met otherwise", "met when x >= 90%  partly_met when x >= 50"
    )
    diags = findings(text)
    assert codes(diags) == ["gap"]
    assert diags[0].message.startswith("criterion S1.1: gives no outcome when `x` is 49%")
    assert "1 of the 3 combinations" in diags[0].message
    assert "`not_met otherwise`" in diags[0].hint


@pytest.mark.parametrize(
    "clauses",
    [
        'met when x >= 50  not_met when x < 50',  # one number line, not two atoms
        'met when 50 <= x  not_met when x < 50',  # either side
        'met when views in ["always", "often"]  not_met when views == "never"',  # every choice
        'met when x > y  partly_met when y == x  not_met when y > x',  # the order of two values
        'met when a == true  not_met when not a',  # the same yes/no fact
        'met when x is known  not_met when x is unknown',
        'met when n <= 1  partly_met when n > 1 and n < 10  not_met when n >= 10',  # the fact's range
    ],
)
def test_complementary_conditions_leave_no_gap(clauses):
    text = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b  not_met otherwise", clauses
    )
    assert [d for d in findings(text) if d.code in ("gap", "unreachable")] == []


# ------------------------------------------------------------------ unreachable


def test_a_less_demanding_clause_first_shadows_the_next():
    grade = """grade {
      good when share(criteria is met) >= 50
      outstanding when share(criteria is met) >= 75
      inadequate otherwise
    }"""
    text = section(standard(grade, 4))
    diags = findings(text)
    assert codes(diags) == ["unreachable"]
    d = diags[0]
    assert d.span.line == line_of(text, "outstanding when share")
    assert d.message.startswith("the grading of standard S1: `outstanding when share(criteria is met) >= 75` never applies")
    assert "an earlier clause has already applied (`good when share(criteria is met) >= 50`)" in d.message


def test_a_contradictory_condition_is_never_true():
    text = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b", "met when n > 3 and n < 2  partly_met when x > 100"
    )
    diags = findings(text)
    assert codes(diags) == ["unreachable", "unreachable"]
    assert all("its condition is never true" in d.message for d in diags)


def test_a_clause_that_asks_whether_a_verdict_is_known_is_not_said_never_to_apply():
    """The enumeration reads every verdict as known: `unclear when S1.1 is
    unknown` was reported as never true, and the clauses after `good when
    S1.1 is known` as covered, though both depend on the evidence."""
    knownness = section(standard("""grade {
      satisfactory when S1.1 is unknown
      good when count(criteria is met) == count(criteria)
      inadequate otherwise
    }""", 2), standard("""grade {
      good when count(criteria is known) == count(criteria)
      inadequate otherwise
    }""", 2, sid="S2"))
    criterion = section(standard(READ_CRITERIA, 2)).replace(
        'criterion S1.2 "c" { met when a', 'criterion S1.2 "c" { partly_met when S1.1 is unknown  met when a')
    for text in (knownness, criterion):
        assert "unreachable" not in codes(findings(text)), [d.message for d in findings(text)]
    # a fact's known-ness is an input like any other: a contradiction there is still found
    contradiction = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b", "met when x is known and x is unknown  partly_met when b")
    assert codes(findings(contradiction)) == ["unreachable"]


def test_the_same_condition_text_is_the_same_atom():
    # `partly_met when a` is reachable (a true, b false): not shadowed by `a and b`
    text = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b", "met when a and b  partly_met when a"
    )
    assert findings(text) == []
    assert explore(program(text), "S1.1").outcomes == ("met", "partly_met", "not_met")
    # and `met when a` / `partly_met when a` is shadowed
    text = text.replace("met when a and b", "met when a")
    assert codes(findings(text)) == ["unreachable"]


def test_otherwise_after_clauses_that_cover_everything():
    text = section(standard(READ_CRITERIA, 1)).replace(
        "met when a  partly_met when b  not_met otherwise", "met when a  not_met when not a  partly_met otherwise"
    )
    diags = findings(text)
    assert codes(diags) == ["unreachable"]
    assert "the clauses before it already cover every combination" in diags[0].message


def test_the_message_states_the_default_parameters():
    grade = """grade {
      outstanding when share(criteria is met) >= most_areas and count(criteria is not_met) == 0
      good when share(criteria is met) >= most_areas
      inadequate otherwise
    }"""
    diags = findings(section(standard(grade, 3)))
    assert codes(diags) == ["unreachable"]
    assert "with the default parameters (most_areas = 75%)" in diags[0].message
    # with four criteria, 75% no longer means all of them
    assert findings(section(standard(grade, 4))) == []


def test_a_parameter_with_dated_values_is_analysed_with_each_value():
    """A threshold that changes on a date can make a clause unreachable only
    from then on; the analysis reads each value in force, and says which."""
    grade = """grade {
      outstanding when share(criteria is met) >= most_areas and count(criteria is not_met) == 0
      good when share(criteria is met) >= most_areas
      inadequate otherwise
    }"""
    text = section(standard(grade, 4))
    assert findings(text) == []  # 75% of four criteria is not all of them
    dated = HEAD.replace('= 75 { doc "d" }', '= 75 { doc "d"  from 2020-09-01 = 100 }')
    prog, _ = compile_texts([("t.rules", dated + text)])
    diags = analyse(prog)
    assert codes(diags) == ["unreachable"]
    assert "with the parameters in force from 2020-09-01 (most_areas = 100%)" in diags[0].message


# ------------------------------------------------------------------ not monotone


def test_counting_not_met_exactly_is_not_monotone():
    grade = """grade {
      outstanding when count(criteria is met) == count(criteria)
      good when count(criteria is not_met) == 1
      satisfactory when count(criteria is at least partly_met) >= 1
      inadequate otherwise
    }"""
    text = section(standard(grade, 3))
    diags = findings(text)
    assert codes(diags) == ["not-monotone"]
    d = diags[0]
    assert d.span.line == line_of(text, "good when count(criteria is not_met) == 1")
    assert (
        "when S1.1 and S1.2 are met and S1.3 is not_met, the grade is good" in d.message
        and "raising S1.3 from not_met to partly_met lowers it to satisfactory" in d.message
    )


def test_a_monotone_grading_is_not_reported():
    grade = """grade {
      outstanding when count(criteria is met) == count(criteria)
      good when count(criteria is not_met) == 0
      satisfactory when count(criteria is not_met) <= 1
      inadequate otherwise
    }"""
    assert findings(section(standard(grade, 3))) == []


# ------------------------------------------------------------------ dead input


def test_a_criterion_no_grading_can_see_is_dead():
    grade = """grade {
      outstanding when S1.1 is met
      good when S1.2 is at least partly_met
      inadequate otherwise
    }"""
    text = section(standard(grade, 3))
    diags = findings(text)
    assert codes(diags) == ["dead-input"]
    d = diags[0]
    assert d.span.line == line_of(text, 'criterion S1.3 "c"')
    assert d.message == "criterion S1.3 is never read by the grading of S1, so its verdict cannot change the grade of S1"


def test_an_input_whose_changes_never_matter_is_dead():
    grade = """grade {
      outstanding when S1.1 is met
      good when S1.2 is met or S1.2 is not met
      inadequate otherwise
    }"""
    text = section(standard(grade, 2))
    diags = findings(text)
    assert sorted(codes(diags)) == ["dead-input", "unreachable"]
    dead = next(d for d in diags if d.code == "dead-input")
    assert "the verdict of S1.2 never changes the grade" in dead.message
    assert dead.span.line == line_of(text, "good when S1.2 is met or")


def test_counting_only_met_does_not_make_partly_met_dead():
    # partly_met vs not_met makes no difference here, but met vs not met does
    grade = """grade {
      good when count(criteria is met) >= 2
      inadequate otherwise
    }"""
    assert findings(section(standard(grade, 3))) == []


def test_a_standard_its_section_never_reads_is_dead():
    text = section(
        standard(READ_CRITERIA, 1, "S1"),
        standard(READ_CRITERIA, 1, "S2"),
        grade="grade { good when S1 is good  inadequate otherwise }",
    )
    diags = [d for d in findings(text) if d.code == "dead-input"]
    assert [d.message for d in diags] == [
        "standard S2 is never read by the grading of A, so its verdict cannot change the grade of A"
    ]


def test_counting_criteria_of_a_section_sees_its_standards():
    text = section(
        standard(READ_CRITERIA, 1, "S1"),
        standard(READ_CRITERIA, 1, "S2"),
        grade="grade { good when share(criteria is met) >= 50  inadequate otherwise }",
    )
    assert [d for d in findings(text) if d.code == "dead-input"] == []


# ------------------------------------------------------------------ shared gradings


def test_a_finding_in_a_shared_grading_is_reported_once_naming_the_nodes():
    text = section(standard("grade by g", 3, "S1"), standard("grade by g", 3, "S2"), standard("grade by g", 4, "S3")) + """
grading g {
  outstanding when share(criteria is met) >= most_areas and count(criteria is not_met) == 0
  good when share(criteria is met) >= most_areas
  inadequate otherwise
}
"""
    diags = findings(text)
    assert codes(diags) == ["unreachable"]
    assert diags[0].message.startswith("grading `g` (for S1 and S2, 2 of the 3 that use it): `good when")
    assert diags[0].span.line == line_of(text, "  good when share(criteria is met) >= most_areas")


# ------------------------------------------------------------------ symmetry and sampling


def _ten_standards() -> str:
    stds = "".join(standard("grade { outstanding when a  good when b  satisfactory when S%d.1 is met  inadequate otherwise }" % i, 1, f"S{i}") for i in range(10))
    return section(stds, grade="""grade {
    outstanding when share(standards is outstanding) >= most_areas
    good when share(standards is at least good) >= most_areas and count(standards is inadequate) == 0
    satisfactory when share(standards is at least satisfactory) >= 50
    inadequate otherwise
  }""")


def test_interchangeable_children_are_enumerated_as_multisets():
    prog = program(_ten_standards())
    start = time.perf_counter()
    report = explore(prog, "A")
    diags = analyse(prog)
    elapsed = time.perf_counter() - start
    # 10 standards on 4 grades: C(13, 3) multisets, not 4 ** 10 tuples
    assert report.combinations == math.comb(13, 3) == 286
    assert not report.sampled and report.gaps == 0
    assert report.outcomes == ("outstanding", "good", "satisfactory", "inadequate")
    assert [d for d in diags if d.code != "unreachable"] == []
    assert elapsed < 0.5


def test_a_named_child_is_its_own_class():
    text = section(standard("grade { good when S1.1 is met and count(criteria is met) >= 2  inadequate otherwise }", 4))
    # S1.1 alone (3 levels) and the other three (C(5, 2) = 10 multisets)
    assert explore(program(text), "S1").combinations == 3 * 10


def test_past_the_cap_the_analysis_samples_and_says_so():
    text = section(standard("""grade {
      outstanding when count(criteria is met) == count(criteria)
      good when count(criteria is not_met) == 1
      satisfactory when count(criteria is partly_met) >= 1
    }""", 40, "B1"))
    prog = program(text)
    first = analyse(prog, max_combinations=500, sample_size=300)
    again = analyse(prog, max_combinations=500, sample_size=300)
    assert first == again  # deterministic
    sampled = [d for d in first if d.code == "analysis-sampled"]
    assert len(sampled) == 1
    assert "861 combinations, more than the 500" in sampled[0].message
    assert {"gap", "not-monotone"} <= set(codes(first))
    report = explore(prog, "B1", max_combinations=500, sample_size=300)
    assert report.sampled and report.checked <= 300 and report.combinations == math.comb(42, 2)
    # with room enough, all of them are checked
    assert not explore(prog, "B1").sampled


# ------------------------------------------------------------------ the example ruleset


def _example():
    files = sorted(EXAMPLES.glob("*.rules"))
    prog, _ = compile_texts([(str(p), p.read_text(encoding="utf-8")) for p in files])
    return prog


def test_the_example_has_no_gap_fall_or_dead_input():
    prog = _example()
    diags = analyse(prog)
    assert {d.code for d in diags} <= {"unreachable"}
    for node in prog.nodes:
        report = explore(prog, node.id)
        assert report.gaps == 0 and not report.sampled, node.id


def test_every_unreachable_clause_of_the_example_is_justified():
    # The example's only findings: a standard with three criteria cannot be
    # `good` when good means "share met >= most_areas (75%)" and outstanding
    # already takes "every criterion met": 75% of three criteria is all three.
    prog = _example()
    most_areas = prog.parameters["most_areas"].default.value
    for d in analyse(prog):
        assert d.code == "unreachable"
        assert "`good when share(criteria is met) >= most_areas` never applies" in d.message
    for node in prog.nodes:
        if node.kind != "standard" or "good" in explore(prog, node.id).outcomes:
            continue
        n = len(node.children)
        assert math.ceil(n * most_areas / 100) == n, node.id


def test_the_overall_of_the_example():
    prog = _example()
    report = explore(prog, "overall")
    assert report.outcomes == ("outstanding", "good", "satisfactory", "inadequate")
    assert report.gaps == 0 and not report.sampled
    assert [d for d in analyse(prog) if "overall" in d.message] == []


def test_a_loaded_ruleset_gives_the_same_findings(tmp_path, monkeypatch):
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(tmp_path))
    loaded = load_ruleset("example")  # its id-keyed tables are cleared after compiling
    cached = load_ruleset("example")  # and this one comes from the cache
    expected = [(d.code, d.message) for d in analyse(_example())]
    assert [(d.code, d.message) for d in analyse(loaded.program)] == expected
    assert [(d.code, d.message) for d in analyse(cached.program)] == expected


def test_analysing_the_example_is_fast():
    prog = _example()
    start = time.perf_counter()
    analyse(prog)
    assert time.perf_counter() - start < 0.5


# ------------------------------------------------------------------ agreement with the engine

_GRADE_PARTS = [
    "share(criteria is met) >= most_areas", "count(criteria is not_met) == 0", "count(criteria is met) == count(criteria)",
    "share(criteria is at least partly_met) >= 25", "count(criteria is known) > 1", "S1.1 is met", "S1.2 is at most partly_met",
    "count(criteria is partly_met) * 2 > count(criteria is met)", "share(criteria is not met) / 2 < 20", "S1.3 is not not_met",
    "count(criteria of S2 is met) in [1, 2]", "-count(criteria is met) < -1", "count(criteria is met) - count(criteria is not_met) >= 1",
]


def test_every_combination_agrees_with_the_compiled_engine():
    """The analysis reads clauses with its own small interpreter; for gradings
    that read only verdicts, its outcome for every combination must be the
    compiled engine's verdict for the same verdicts."""
    import datetime
    import random

    from senrules.analysis import NodeAnalysis
    from senrules.compiler import compile_program
    from senrules.program import load_functions

    rng = random.Random(3)

    def cond(depth=0):
        r = rng.random()
        if depth < 2 and r < 0.25:
            return f"({cond(depth + 1)} and {cond(depth + 1)})"
        if depth < 2 and r < 0.45:
            return f"({cond(depth + 1)} or {cond(depth + 1)})"
        if depth < 2 and r < 0.55:
            return f"not ({cond(depth + 1)})"
        return rng.choice(_GRADE_PARTS)

    grades = ["outstanding", "good", "satisfactory", "inadequate"]
    compared = 0
    for _ in range(40):
        clauses = [f"{rng.choice(grades)} when {cond()}" for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            clauses.append("inadequate otherwise")
        grade = "grade {\n      " + "\n      ".join(clauses) + "\n    }"
        prog = program(section(standard(grade, 4, "S1"), standard(READ_CRITERIA, 2, "S2")))
        fns = load_functions(prog, *compile_program(prog))
        node = prog.node("S1")
        a = NodeAnalysis(prog, node, 200_000, 1_000)
        a.run()
        params = {name: p.default.value for name, p in prog.parameters.items()}
        for key, winner in a.results.items():
            verdicts = [1] * len(prog.nodes)
            for idx, level in a.assignment(key).items():
                verdicts[idx] = 1 << level
            mask = fns.node_fns[node.index]({}, params, verdicts, 2024, datetime.date(2024, 9, 1), None)
            engine = mask.bit_length() - 1 if mask != logic.NONE else None
            assert mask & (mask - 1) == 0 and a.outcome(winner) == engine, (clauses, a.describe(key))
            compared += 1
    assert compared > 1000
