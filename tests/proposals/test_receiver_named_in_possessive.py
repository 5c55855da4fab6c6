"""Key factor (ii): a receiver named in the possessive, a place of its after it ("to Ashcombe Academy's autism
resource base", "to Harford's new special school"), is that provider, and needs its own written confirmation like
any other receiver (extract/receivers.py ``_owner``); a pupil referral unit so named ("the Borough's pupil referral
unit") is still no receiver.  The probes are in words of their own, not the corpus documents'."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract import extract
from senrules_proposals.reader import read_document

_HEAD = (
    "# Proposal to close Thornbury Lodge School\n\n"
    "1. Thornbury Lodge School is a community special school for 24 pupils aged 5 to 16 with autism. The Council "
    "proposes to close it on 31 August 2028.\n\n"
    "## 2. Where the pupils will go\n\n"
)


def _check(write, body: str):
    path = write(_HEAD + body)
    unconfirmed = [str(f.cue) for f in extract(read_document(path)).findings
                   if f.fact == "alternative_provision_receiver_unconfirmed"]
    return check_document(path).verdicts()["ii"], unconfirmed


UNCONFIRMED_OWNER = [
    pytest.param("2.1 The 14 secondary-age pupils will transfer to Ashcombe Academy's autism resource base, and the "
                 "10 primary-age pupils to Pellow Primary School. Pellow Primary School's governors have confirmed in "
                 "writing that they will admit them.\n", "Ashcombe", id="academy-possessive-then-words"),
    pytest.param("2.1 Pupils of primary age will move to Pellow Primary School; its governing body confirmed in "
                 "writing on 3 March 2028 that it will admit them.\n\n"
                 "2.2 Pupils of secondary age will go to Harford's new special school, which opens in September "
                 "2028.\n", "Harford", id="bare-name-possessive-kind-after"),
]


@pytest.mark.parametrize("body,owner", UNCONFIRMED_OWNER)
def test_a_receiver_in_the_possessive_needs_its_own_letter(write, body, owner):
    verdict, unconfirmed = _check(write, body)
    assert verdict == "unclear"
    assert any(u.startswith(owner) for u in unconfirmed)


COVERED = [
    pytest.param("2.1 The 14 secondary-age pupils will transfer to Ashcombe Academy's autism resource base, and the "
                 "10 primary-age pupils to Pellow Primary School. Both governing bodies have confirmed in writing that "
                 "they will admit them.\n", id="both-confirmed"),
    pytest.param("2.1 The 14 secondary-age pupils will transfer to Ashcombe Academy's autism resource base; the "
                 "academy's trust has confirmed in writing that it will admit them. The 10 primary-age pupils will "
                 "move to Pellow Primary School, whose governors have confirmed in writing that they will admit "
                 "them.\n", id="each-confirmed"),
    pytest.param("2.1 The 10 primary-age pupils will move to Pellow Primary School, whose governors have confirmed in "
                 "writing that they will admit them; the 4 pupils in Year 11 will complete the year at the Borough's "
                 "pupil referral unit.\n", id="pru-in-the-possessive-is-no-receiver"),
    # the owner known only as the one whose governing body wrote: "Brackley's Northgate site" is Brackley's
    pytest.param("2.1 Every pupil who will still be on roll in July 2028 will have a place at Brackley's Northgate "
                 "site from 1 September 2028. The governing body of Brackley confirmed in writing on 2 May 2028 that "
                 "it will receive all of them. Pupils of primary age will meanwhile stay with Pellow Primary School, "
                 "whose governors have confirmed in writing that they will admit them.\n", id="site-of-the-school-that-wrote"),
]


@pytest.mark.parametrize("body", COVERED)
def test_covered_or_no_receiver(write, body):
    verdict, unconfirmed = _check(write, body)
    assert unconfirmed == []
    assert verdict == "met"
