"""Key factor (c): building works that pupils will not gain claim no
accommodation: an option considered and set aside in the same sentence
("the Council had considered rebuilding on the site but the cost could not
be met"), and works done before, said of a provision as it is ("which has
had room since its refurbishment in 2024").  The near misses stay claims:
works that will be done, and an option considered and taken.  Each case
written in other words than the development corpora, both ways."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document

CLOSE = ("# Proposal\n\nThe Council proposes to close Ashcombe House, a special school for pupils with social, emotional "
         "and mental health needs, on 31 August 2028. Its eleven pupils will move to Thornbury School, which has "
         "confirmed in writing that it will admit them.\n\n")

NOT_GAINED = [
    "Officers had considered refurbishing the Ashcombe building but the survey put the cost at £4.1m.\n",
    "A new teaching block at Ashcombe was considered, but the site is too small.\n",
    "The governors have also considered replacing the modular classrooms but no capital is available.\n",
    "Thornbury School, which has had space after its extension in 2024, will admit the pupils.\n",
    "The pupils will join Thornbury, which had two spare classrooms after the remodelling in 2023.\n",
]

GAINED = [
    # works that will be done, an option taken: still claims
    ("met", "Thornbury will build two classrooms of 55 m² for the pupils by July 2028.\n"),
    ("met", "The Council considered three sites and will build a 240 m² teaching block at Thornbury by July 2028.\n"),
    ("unclear", "Thornbury School will admit the pupils following its refurbishment, which will give them better "
                "accommodation.\n"),
]


@pytest.mark.parametrize("text", NOT_GAINED)
def test_works_pupils_will_not_gain_claim_no_accommodation(tmp_path, text):
    p = tmp_path / "proposal.md"
    p.write_text(CLOSE + text)
    assert check_document(p).verdicts()["c"] == "not_met"


@pytest.mark.parametrize(("verdict", "text"), GAINED)
def test_works_that_will_be_done_are_still_claims(tmp_path, verdict, text):
    p = tmp_path / "proposal.md"
    p.write_text(CLOSE + text)
    assert check_document(p).verdicts()["c"] == verdict
