"""Key factor (a): better outcomes named as what a decision aims at ("to
secure better outcomes for pupils", "so as to achieve improved educational
outcomes") are every reorganisation's aim, not a claim of better access to
education; better outcomes claimed for the pupils ("pupils will benefit from
improved outcomes") stay a claim in general words, and an aim that names
access besides ("to secure better outcomes and a broader curriculum") is a
claim.  Written in other words than the development corpora, both ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

HEAD = ("# Decision\n\nThe Cabinet decided to close Millbrook School, a special school for pupils with moderate learning "
        "difficulties, on 31 August 2028, and to enlarge Harcourt School by 20 places.\n\n")

CASES = [
    ("not_met", "**Reason:** to achieve improved outcomes for children with learning difficulties and value for money.\n"),
    ("not_met", "The reorganisation is proposed so as to deliver better educational outcomes across the borough.\n"),
    ("not_met", "Officers recommended the change in order to ensure higher attainment for the pupils concerned.\n"),
    ("unclear", "Pupils will benefit from improved outcomes at Harcourt School.\n"),
    ("unclear", "**Reason:** to secure better outcomes and a broader curriculum for the pupils.\n"),
]


@pytest.mark.parametrize(("verdict", "text"), CASES)
def test_outcomes_as_an_aim_are_no_access_claim(tmp_path, verdict, text):
    p = tmp_path / "decision.md"
    p.write_text(HEAD + text)
    assert check_document(p).verdicts()["a"] == verdict
