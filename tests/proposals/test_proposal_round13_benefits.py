"""Round 13: kinds of heading and sentence about the benefits claimed ((a),
(b), (c)) and the providers' views (i) that the thirteenth held-out corpus
read wrongly, each beside a near one whose verdict must differ.  Each is a
cause (a heading over a heading, a statement that nothing changes, where a
facility is, a letter to providers), not one document's wording."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document


def _cases(cases):
    return pytest.mark.parametrize("factor, expected, body", cases, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(cases)])


_OPTIONS = (
    "# Report to Cabinet: the future of Larkspur School\n\n"
    "## 1. Options considered\n\n"
    "1.1 Option A: keep Larkspur School on its present site. Rejected.\n\n"
    "1.2 Option B: rebuild Larkspur School on the Mill Road site. Recommended.\n\n"
)
_BENEFITS = (
    "### {n}.1 Curriculum and activities\n\n"
    "Pupils at Larkspur will take GCSE science and art, and the Duke of Edinburgh's Award, with weekly swimming.\n\n"
    "### {n}.2 Accommodation\n\n"
    "A new building of eight classrooms (60 m² each), a sensory room and a hydrotherapy pool.\n\n"
)

# The parts of the section on the option put forward ("2. The recommended option (Option B)" over "2.1 Curriculum")
# are the plan: what they describe is claimed; the same parts under a rejected option's heading are not.
UNDER_THE_CHOSEN_OPTION = [
    ("a", "unclear", _OPTIONS + "## 2. The recommended option (Option B)\n\n" + _BENEFITS.format(n=2)),
    ("c", "met", _OPTIONS + "## 2. The recommended option (Option B)\n\n" + _BENEFITS.format(n=2)),
    ("a", "not_met", _OPTIONS + "## 2. Option A (rejected)\n\n" + _BENEFITS.format(n=2)),
    ("c", "not_met", _OPTIONS + "## 2. Option A (rejected)\n\n" + _BENEFITS.format(n=2)),
]


@_cases(UNDER_THE_CHOSEN_OPTION)
def test_parts_of_the_chosen_options_section_are_the_plan(write, factor, expected, body):
    assert check_document(write(body)).verdicts()[factor] == expected
