"""The gap search (senrules/gaps.py): on the shipped dcsf-2008 ruleset beside
the bare verdicts of the same facts, and on synthetic standards of 8, 16, 24
and 48 criteria to show how it grows with the size of a standard.

Groups:

- "dcsf-2008 explained, 50 varied services": the same 50 fact sets (drawn
  from the ruleset's declarations by varied_facts.py, about 10% missing)
  through ``verdicts`` (the baseline: no explanation, no gaps),
  ``gaps_to_next_grade`` (verdicts and the gap search) and ``evaluate`` (the
  full explained result, gaps included).  Divide by 50 for one service.
- "gap search, one standard of n criteria": one standard graded like the
  DCSF standards ((share met + share at least partly met) / 2 against
  'most' and 'some'), its criteria a third met, a third partly met and a
  third not met, so the grade is satisfactory and the gap to good needs
  several criteria at once.  Before the grouped search this case took about
  29 s at 24 criteria (issue 14); the search is now polynomial (see the
  module doc of senrules/gaps.py), and the figures grow gently with n.

Run: ``pytest benchmarks/bench_gaps.py --benchmark-only``.
"""

from __future__ import annotations

import datetime as _dt

import pytest

import senrules
from senrules.gaps import gaps_to_next_grade
from varied_facts import varied_facts

DATE = _dt.date(2024, 9, 1)


@pytest.fixture(scope="module")
def dcsf():
    return senrules.load_ruleset("dcsf-2008")


@pytest.fixture(scope="module")
def services(dcsf):
    return [varied_facts(dcsf, f"bench-gaps-{i}") for i in range(50)]


@pytest.mark.benchmark(group="dcsf-2008 explained, 50 varied services")
@pytest.mark.parametrize("what", ["verdicts (baseline)", "gaps_to_next_grade", "evaluate (explained)"], ids=lambda w: f"path={w.split()[0]}")
def test_dcsf_explained(benchmark, dcsf, services, what):
    if what.startswith("verdicts"):
        run = lambda: [dcsf.verdicts(f, evaluation_date=DATE) for f in services]  # noqa: E731
    elif what == "gaps_to_next_grade":
        run = lambda: [gaps_to_next_grade(dcsf, f, evaluation_date=DATE) for f in services]  # noqa: E731
    else:
        run = lambda: [dcsf.evaluate(f, evaluation_date=DATE) for f in services]  # noqa: E731
    out = benchmark(run)
    assert len(out) == len(services)


def synthetic_standard(n: int) -> str:
    """Rule text: one section, one standard of ``n`` criteria graded as the
    DCSF standards are."""
    facts = "\n".join(f'fact f{i}: choice("yes", "partly", "no") {{ question "f{i}?" }}' for i in range(n))
    criteria = "\n".join(
        f'    criterion S1.{i} "Criterion {i}" {{ met when f{i} == "yes"  partly_met when f{i} == "partly"  not_met otherwise }}'
        for i in range(n)
    )
    return f"""ruleset synthetic-{n} {{ title "A standard of {n} criteria" version "1" }}
parameter most: percentage = 75 {{ doc "most areas" }}
parameter some: percentage = 25 {{ doc "some areas" }}
{facts}
section s "Section" {{
  standard S1 "Standard" {{
{criteria}
    grade {{
      outstanding when count(criteria is met) == count(criteria)
      good when (share(criteria is met) + share(criteria is at least partly_met)) / 2 >= most
      satisfactory when (share(criteria is met) + share(criteria is at least partly_met)) / 2 >= some
      inadequate otherwise
    }}
  }}
  grade {{ good when S1 is at least good  satisfactory when S1 is satisfactory  inadequate otherwise }}
}}
"""


@pytest.mark.benchmark(group="gap search, one standard of n criteria")
@pytest.mark.parametrize("n", [8, 16, 24, 48], ids=lambda n: f"criteria={n}")
def test_synthetic_standard(benchmark, tmp_path, n):
    path = tmp_path / f"synthetic-{n}.rules"
    path.write_text(synthetic_standard(n), encoding="utf-8")
    rs = senrules.load_ruleset(path, cache=False)
    facts = {f"f{i}": ("yes", "partly", "no")[i % 3] for i in range(n)}
    gaps = benchmark(gaps_to_next_grade, rs, facts, evaluation_date=DATE)
    g = gaps["S1"]
    assert (g.grade, g.target) == ("satisfactory", "good") and g.options and g.complete
