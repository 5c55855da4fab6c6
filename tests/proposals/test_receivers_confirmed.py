"""Key factor (ii) receiver by receiver (extract/receivers.py): where the plan sends displaced pupils to two or more
schools, (ii) is met only when a written confirmation covers each of them (by its name in the confirmation's own
clause, or, the clause naming none, as the receiver named just before it in its sentence; by saying it of all the
receivers, not of only some; or, its sentence naming none, in the paragraph of the move or the one after it); one school's letter beside another's
word at a meeting, in discussion or in principle is a destination stated without written confirmation (unclear), and
no hope either.  A pupil referral unit, the LA's
own provision, needs no letter; a confirmation in an option the document rejects is not the plan's.  The probes are
written in words of their own, not the corpus documents'."""

from __future__ import annotations

import pytest

from senrules_proposals import check_document
from senrules_proposals.extract import extract
from senrules_proposals.reader import read_document


_HEAD = (
    "# Proposal to close Thistlewood School\n\n"
    "1. Thistlewood School is a community special school for 30 pupils aged 7 to 16 with moderate learning "
    "difficulties. The Council proposes to close it on 31 August 2028.\n\n"
    "## 2. Where the pupils will go\n\n"
)


def _ii(write, body: str) -> str:
    return check_document(write(_HEAD + body)).verdicts()["ii"]


def _unconfirmed(write, body: str) -> list[str]:
    ex = extract(read_document(write(_HEAD + body)))
    return [str(f.cue) for f in ex.findings if f.fact == "alternative_provision_receiver_unconfirmed"]


# Two receivers, each covered by a written confirmation: met.
BOTH_CONFIRMED = [
    pytest.param(
        "2.1 The 18 younger pupils will move to Larchfield School on 1 September 2028, and the 12 older pupils to "
        "Copperbeech Academy.\n\n"
        "2.2 Larchfield's governors confirmed in writing on 4 March 2028 that they will take the younger pupils. "
        "The head of Copperbeech Academy confirmed by letter on 9 March 2028 that the academy will admit the older "
        "pupils.\n", id="each-named-in-its-own-sentence"),
    pytest.param(
        "2.1 Pupils in Years 3 to 6 (16 pupils) will transfer to Larchfield School. Larchfield's governing body "
        "has written to the Council confirming that it will receive them.\n\n"
        "2.2 Pupils in Years 7 to 10 (14 pupils) will transfer to Copperbeech Academy. The Ashlar Schools Trust, "
        "which runs the academy, has confirmed in writing that it will admit them.\n", id="each-in-its-own-paragraph"),
    pytest.param(
        "2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech Academy, "
        "both from 1 September 2028.\n\n"
        "2.2 All the receiving schools have written to confirm that they will admit these pupils.\n",
        id="all-receiving-schools-have-written"),
    pytest.param(
        "2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech Academy.\n\n"
        "2.2 Both governing bodies have confirmed in writing that they can take the pupils and will have the "
        "facilities they need.\n", id="both-governing-bodies"),
    pytest.param(
        "2.1 The 24 pupils in Years 3 to 10 will move to Larchfield School on 1 September 2028. Larchfield's "
        "governors confirmed in writing on 4 March 2028 that they will admit all of them.\n\n"
        "2.2 The 6 pupils in Year 11 will transfer to the Wenlow Centre, the Council's pupil referral unit, for "
        "their final year.\n", id="a-pru-needs-no-letter"),
    pytest.param(
        "2.1 All 30 pupils will transfer to Larchfield School. Its governing body confirmed in writing on 4 March 2028 "
        "that it will receive them.\n\n"
        "2.2 While Larchfield's new classrooms are finished, the 8 youngest pupils will be taught at Copperbeech "
        "Academy for no more than four weeks.\n", id="a-place-for-a-time-needs-no-letter"),
]


@pytest.mark.parametrize("body", BOTH_CONFIRMED)
def test_every_receiver_confirmed_in_writing_meets_ii(write, body):
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


# One receiver confirmed in writing and another not: the destination of the second is stated, not confirmed.
ONE_NOT_CONFIRMED = [
    pytest.param(
        "2.1 The 18 younger pupils will move to Larchfield School on 1 September 2028, and the 12 older pupils to "
        "Copperbeech Academy.\n\n"
        "2.2 Larchfield's governors confirmed in writing on 4 March 2028 that they will take the younger pupils. "
        "The head of Copperbeech Academy has indicated that the academy can take the older pupils.\n",
        "Copperbeech", id="one-letter-one-indicated"),
    pytest.param(
        "2.1 Pupils in Years 3 to 6 (16 pupils) will transfer to Larchfield School. Larchfield's governing body "
        "has written to the Council confirming that it will receive them.\n\n"
        "2.2 Pupils in Years 7 to 10 (14 pupils) will transfer to Copperbeech Academy, whose principal told "
        "officers at a meeting in February that there is room for them.\n",
        "Copperbeech", id="second-said-at-a-meeting"),
    pytest.param(
        "2.1 The 24 pupils in Years 3 to 10 will join Larchfield School, which confirmed by letter of 4 March 2028 "
        "that it will admit all of them.\n\n"
        "2.2 The 6 pupils in Year 11 will join Copperbeech Academy for their final year.\n",
        "Copperbeech", id="all-of-them-is-the-pupils"),
    pytest.param(
        "2.1 Ten pupils will go to Larchfield School, ten to Copperbeech Academy and ten to Hollowmere School.\n\n"
        "2.2 The governing bodies of Larchfield School and Hollowmere School confirmed in writing in March 2028 "
        "that they will admit them. Copperbeech Academy's trust has agreed in principle.\n",
        "Copperbeech", id="two-of-three-confirmed"),
]


@pytest.mark.parametrize(("body", "left"), ONE_NOT_CONFIRMED)
def test_one_receiver_without_written_confirmation_makes_ii_unclear(write, body, left):
    assert [c.split(":")[0] for c in _unconfirmed(write, body)] == [left]
    assert _ii(write, body) == "unclear"


def test_a_confirmation_naming_no_school_covers_the_move_in_the_paragraph_before(write):
    body = ("2.1 The 18 younger pupils will transfer to Larchfield School from 1 September 2028.\n\n"
            "2.2 Its governing body has confirmed in writing that it will admit them.\n\n"
            "2.3 The 12 older pupils will transfer to Copperbeech Academy from 1 September 2028.\n\n"
            "2.4 The academy's trust confirmed in writing on 2 March 2028 that it will receive them.\n")
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


_OPTIONS = (
    "## 3. Options considered\n\n"
    "Option A (rejected): move every pupil to Hollowmere School, whose governors had confirmed in writing that "
    "they could admit them; rejected because the journeys would be too long.\n\n"
    "Option B (recommended): the arrangements in section 2.\n"
)


def test_a_confirmation_only_in_a_rejected_option_confirms_nothing_of_the_plan(write):
    body = ("2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech "
            "Academy from 1 September 2028. Both heads have said they expect to be able to take them.\n\n" + _OPTIONS)
    assert _ii(write, body) != "met"


def test_a_school_only_in_a_rejected_option_needs_no_letter(write):
    body = ("2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech "
            "Academy from 1 September 2028.\n\n"
            "2.2 Larchfield's governors confirmed in writing on 4 March 2028 that they will take the younger "
            "pupils, and Copperbeech Academy confirmed by letter on 9 March 2028 that it will take the older ones.\n\n"
            "## 3. Options considered\n\n"
            "Option A (rejected): move every pupil to Hollowmere School; rejected because the journeys would be too long.\n")
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


def test_a_single_receiver_confirmed_is_met_as_before(write):
    body = ("2.1 All 30 pupils will transfer to Larchfield School on 1 September 2028, and their plans will be "
            "amended to name it. Larchfield's governors confirmed in writing on 4 March 2028 that they will admit "
            "them.\n")
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


def test_the_reason_names_what_is_missing(write):
    body = ONE_NOT_CONFIRMED[0].values[0]
    report = check_document(write(_HEAD + body)).render_text()
    assert "names a receiving school that has not confirmed in writing" in report


# An agreement in principle by a named receiver, nothing in writing, is a destination stated without written
# confirmation (ruling of 2026-12-05): unclear, not a hope; a hope beside it is still a hope.
IN_PRINCIPLE = [
    pytest.param("2.1 Larchfield School has agreed in principle to take all 30 pupils from September 2028.\n",
                 "unclear", id="agreed-in-principle-to-take"),
    pytest.param("2.1 All 30 pupils will move to Larchfield School, whose governors have agreed in principle.\n",
                 "unclear", id="governors-have-agreed-in-principle"),
    pytest.param("2.1 Larchfield School has agreed in principle to take the pupils, and we hope to find places for the "
                 "rest at other schools.\n", "not_met", id="a-hope-beside-it-is-still-a-hope"),
    pytest.param("2.1 We hope that Larchfield School will agree in principle to take the pupils.\n",
                 "not_met", id="an-agreement-only-hoped-for"),
]


@pytest.mark.parametrize(("body", "expected"), IN_PRINCIPLE)
def test_an_agreement_in_principle_states_the_destination_without_confirming_it(write, body, expected):
    assert _ii(write, body) == expected


def test_two_that_wrote_each_confirming_cover_both(write):
    body = ("2.1 The 18 younger pupils will move to Larchfield School and the 12 older pupils to Copperbeech Academy "
            "from 1 September 2028.\n\n"
            "2.2 Larchfield's chair of governors wrote to the Director on 4 March 2028 and the head of Copperbeech "
            "Academy wrote on 9 March 2028, both confirming that their schools will admit the pupils.\n")
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


def test_places_offered_where_they_can_be_found_are_only_hoped_for(write):
    for tail in ("where these can be found", "when one can be identified", "where suitable ones could be found"):
        body = ("2.1 Pupils in Years 7 to 10 will transfer to Larchfield School, which confirmed in writing on 4 March 2028 "
                "that it will admit them.\n\n"
                f"2.2 The 6 pupils in Year 11 will be offered places at colleges in the county {tail}.\n")
        assert _ii(write, body) == "not_met", tail


BRACKETED = [
    pytest.param(
        "2.2 The ten older pupils will return to their local schools (Copperbeech Academy, six pupils; Hollowmere "
        "High School, four pupils) with outreach support from Larchfield.\n",
        ["Copperbeech", "Hollowmere"], id="schools-listed-with-their-counts"),
    # the places a group is shared between, counted in a bracket after a sentence that names none itself
    pytest.param(
        "2.2 The ten older pupils will move to the two new resource bases (6 to Copperbeech, 4 to Hollowmere). The "
        "hosts, Copperbeech Academy and Hollowmere High School, will each have a base of 8 places.\n",
        ["Copperbeech", "Hollowmere"], id="counts-listed-with-their-places"),
]


@pytest.mark.parametrize(("moves", "left"), BRACKETED)
def test_places_listed_in_a_bracket_are_each_a_receiver(write, moves, left):
    body = ("2.1 The 20 pupils in Years 3 to 9 will transfer to Larchfield School, whose governors confirmed in writing "
            "on 4 March 2028 that they will admit all of them.\n\n" + moves)
    assert sorted(c.split(":")[0] for c in _unconfirmed(write, body)) == left
    assert _ii(write, body) == "unclear"
    confirmed = body + "\n2.3 Both schools have confirmed in writing that they will admit the older pupils.\n"
    assert _unconfirmed(write, confirmed) == [] and _ii(write, confirmed) == "met"


# A group whose place is a pupil referral unit, in a list of groups or a paragraph of its own, needs no letter from
# it: one school's written confirmation and the PRU's silence leave every receiver that must confirm confirmed.  The
# same shapes with a special school in the PRU's place are still one receiver without a letter.
_PRU_GROUPS = {
    "list": (
        "2.1 The pupils will go to two places:\n\n"
        "- 20 pupils to Larchfield School from 1 September 2028\n"
        "- 10 pupils to {other}\n\n"
        "2.2 Larchfield's governing body confirmed in writing on 4 March 2028 that it will receive these pupils.\n"),
    "paragraphs": (
        "2.1 The pupils in Years 3 to 8 (20 pupils) will transfer to Larchfield School on 1 September 2028. "
        "Larchfield's governing body confirmed in writing on 4 March 2028 that it will receive them.\n\n"
        "2.2 The 10 pupils in Years 9 and 10 will complete their secondary education at {other}.\n"),
}
_PRU = "the Orwell Centre (the Council's short stay school, registered as a pupil referral unit)"
_SPECIAL = "Fenwick Park School, a special school for pupils with moderate learning difficulties"


@pytest.mark.parametrize("shape", sorted(_PRU_GROUPS))
def test_a_group_placed_in_the_pru_needs_no_letter_beside_a_confirmed_school(write, shape):
    assert _ii(write, _PRU_GROUPS[shape].format(other=_PRU)) == "met"
    assert _ii(write, _PRU_GROUPS[shape].format(other=_SPECIAL)) == "unclear"


# A written confirmation covers the receivers named in its own clause (between semicolons or colons), or, naming
# none, the receiver named just before it in its sentence; a trust in that clause, or named after a receiver, is that
# receiver's; a sentence saying only some of the receivers confirmed covers none and is no other body's letter.
CLAUSE_BY_CLAUSE = [
    pytest.param(
        "2.1 From 1 September 2028 the pupils will be placed as follows: the 17 older pupils to Wrayfield Academy, "
        "which has confirmed in writing that it will take them; the 13 younger pupils to Pemberton School.\n",
        ["Pemberton"], id="the-letter-is-one-clause's"),
    pytest.param(
        "2.1 From 1 September 2028 the pupils will be placed as follows: the 17 older pupils to Wrayfield Academy, "
        "which has confirmed in writing that it will take them; the 13 younger pupils to Pemberton School, whose "
        "governors have also confirmed in writing.\n",
        [], id="each-clause-its-own-letter"),
    pytest.param(
        "2.1 The older pupils are to transfer to Wrayfield Academy, and the younger pupils will join Pemberton "
        "School; the governors of the latter confirmed in writing on 3 May 2028 that they will admit them.\n",
        ["Wrayfield"], id="naming-none-the-one-just-before"),
    pytest.param(
        "2.1 The older pupils are to transfer to Wrayfield Academy; its governing body confirmed in writing on "
        "3 May 2028 that it will admit them. The younger pupils are to transfer to Pemberton School; its "
        "governors confirmed in writing on 6 May 2028 as well.\n",
        [], id="each-just-after-its-school"),
    pytest.param(
        "2.1 The 13 younger pupils will move to Pemberton School and the 17 older pupils to Wrayfield Academy.\n\n"
        "2.2 The Wrayfield Academy Trust confirmed in writing on 3 May 2028 that the academy will admit the older "
        "pupils. Pemberton's head has said informally that the school can take the younger ones.\n",
        ["Pemberton"], id="a-trust-named-after-its-school"),
    pytest.param(
        "2.1 The pupils will move on 1 September 2028: the 17 older pupils to Wrayfield Academy, whose sponsor, the "
        "Greenway Learning Trust, has confirmed in writing that it will admit them; the 13 younger pupils to "
        "Pemberton School, whose head says there is room.\n",
        ["Pemberton"], id="a-trust-in-its-school's-clause"),
    pytest.param(
        "2.1 The 13 younger pupils will move to Pemberton School and the 17 older pupils to Wrayfield Academy.\n\n"
        "2.2 Pemberton's governors confirmed in writing on 6 May 2028 that they will admit the younger pupils.\n\n"
        "2.3 At the time of writing only one of the two receiving schools has confirmed in writing.\n",
        ["Wrayfield"], id="only-one-of-the-two"),
    pytest.param(
        "2.1 Ten pupils will go to Pemberton School, ten to Wrayfield Academy and ten to Osgood School.\n\n"
        "2.2 Osgood's governors confirmed in writing on 6 May 2028 that they will admit their ten pupils.\n\n"
        "2.3 Two of the three schools have so far confirmed in writing.\n",
        None, id="two-of-the-three"),
    pytest.param(
        "2.1 The 13 younger pupils will move to Pemberton School and the 17 older pupils to Wrayfield Academy.\n\n"
        "2.2 Pemberton's governors confirmed in writing on 6 May 2028 that they will admit the younger pupils.\n\n"
        "2.3 Both of the two receiving schools have now confirmed in writing.\n",
        [], id="both-of-the-two-still-all"),
]


@pytest.mark.parametrize(("body", "left"), CLAUSE_BY_CLAUSE)
def test_a_written_confirmation_covers_the_receivers_of_its_own_clause(write, body, left):
    got = sorted(c.split(":")[0] for c in _unconfirmed(write, body))
    if left is None:  # some receiver is left uncovered: which, the document does not say
        assert got
    else:
        assert got == left
    assert _ii(write, body) == ("met" if left == [] else "unclear")


# An agreement a receiving school gave at a meeting, in discussion, in principle or by word of mouth is not a written
# confirmation for the receiver it names (nor, naming none, for the receivers of its paragraph), and not a hope: the
# destination is stated, only not confirmed in writing, even where another receiver's letter would otherwise be read
# as covering the whole paragraph.  A written confirmation naming the receiver, or the agreement later put in
# writing, still confirms it; an agreement by someone other than a receiver (the Cabinet, the Schools Forum) says
# nothing of the receivers.
UNWRITTEN = [
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School and twelve of secondary age to Oakden "
        "Academy from 1 September 2029. The governing body has confirmed in writing that it will admit them. The "
        "Oakden Academy Trust gave its agreement at a meeting with officers in January 2029.\n",
        ["Oakden"], id="trust-agreed-at-a-meeting-beside-a-letter-in-the-same-paragraph"),
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School; its governors confirmed by letter of "
        "2 February 2029 that they will take them.\n\n"
        "2.2 Twelve pupils of secondary age will move to Oakden Academy, whose principal agreed in discussions "
        "with the SEND service to admit the group.\n",
        ["Oakden"], id="agreed-in-discussions-is-not-a-hope"),
    pytest.param(
        "2.1 Ten pupils will transfer to Marlow Brook School, whose governing body has written to confirm it will "
        "receive them.\n\n"
        "2.2 Ten pupils will transfer to Oakden Academy and eight to Peverell Academy. The two academies and their "
        "trust have agreed to this; the agreement was reached at a meeting of the trust board on 4 March 2029.\n",
        ["Oakden", "Peverell"], id="academies-of-the-paragraph-agreed-at-a-meeting"),
    pytest.param(
        "2.1 Sixteen pupils will go to Marlow Brook School and twelve to Oakden Academy. Marlow Brook confirmed in "
        "writing on 8 March 2029 that it will admit its group, and Oakden's headteacher has agreed verbally to take "
        "the rest.\n",
        ["Oakden"], id="head-agreed-verbally"),
]


@pytest.mark.parametrize(("body", "left"), UNWRITTEN)
def test_an_agreement_not_in_writing_leaves_its_receiver_unconfirmed(write, body, left):
    assert sorted(c.split(":")[0] for c in _unconfirmed(write, body)) == left
    assert _ii(write, body) == "unclear"


STILL_CONFIRMED = [
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School and twelve of secondary age to Oakden "
        "Academy. Marlow Brook's governors confirmed in writing on 2 February 2029 that they will take the younger "
        "pupils. Oakden Academy agreed at a meeting on 9 January 2029 and confirmed in writing on 20 January 2029 "
        "that it will admit the older pupils.\n", id="agreed-at-a-meeting-then-in-writing"),
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School and twelve of secondary age to Oakden "
        "Academy. Both governing bodies have confirmed in writing that they will admit the pupils.\n\n"
        "2.2 The Cabinet agreed in principle at its meeting on 14 December 2028 to consult on the closure.\n",
        id="the-cabinet-agreeing-is-not-a-receiver"),
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School and twelve of secondary age to Oakden "
        "Academy. The governing body of Marlow Brook confirmed in writing on 2 February 2029 that it will admit the "
        "younger pupils, and the Oakden Academy Trust confirmed by letter on 5 February 2029 that it will admit the "
        "older ones.\n\n"
        "2.2 The Schools Forum agreed in principle to fund the additional places.\n", id="the-schools-forum-agreeing"),
    pytest.param(
        "2.1 Sixteen pupils of primary age will move to Marlow Brook School and twelve of secondary age to Oakden "
        "Academy. Oakden's headteacher first agreed at a meeting in January; the academy's governors then confirmed "
        "in writing on 20 January 2029 that they will admit the older pupils. Marlow Brook's governors confirmed in "
        "writing on 2 February 2029 that they will take the younger pupils.\n", id="meeting-then-letter-naming-it"),
]


@pytest.mark.parametrize("body", STILL_CONFIRMED)
def test_a_written_confirmation_still_covers_what_it_names(write, body):
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


@pytest.mark.parametrize("body", [
    "2.1 We hope the pupils will move to Oakden Academy, which is in discussions with the Council about places.\n",
    "2.1 The Council hopes the pupils will transfer to Oakden Academy once its board has agreed at a meeting in the "
    "spring.\n",
])
def test_discussions_still_going_on_are_a_hope(write, body):
    assert _ii(write, body) == "not_met"


# A receiver's agreement reached at a meeting, however the meeting is named, is not writing; a receiver known by the
# name the document gives it ("Copperbeech's head"), its kind of place left out, is still that receiver.
_TWO_BASES = ("2.1 The pupils will transfer to the existing autism resource bases at Larchfield Primary School (six "
              "pupils) and Copperbeech Primary School (four pupils).\n\n"
              "2.2 Larchfield's governing body confirmed in a letter of 4 March 2028 that it will admit the six pupils. ")
AT_A_MEETING = [
    pytest.param(_TWO_BASES + "Copperbeech's head agreed at the termly conference of special school heads on 2 February "
                 "2028 to take the other four.\n", id="termly-conference-of-heads"),
    pytest.param(_TWO_BASES + "Copperbeech's headteacher agreed at a heads' briefing in February to take the other four.\n",
                 id="heads-briefing"),
    pytest.param(_TWO_BASES + "The governors of Copperbeech agreed at the spring meeting of the federation's heads and "
                 "chairs to receive the other four.\n", id="spring-meeting-of-heads-and-chairs"),
]


@pytest.mark.parametrize("body", AT_A_MEETING)
def test_an_agreement_at_a_meeting_named_however_is_not_writing(write, body):
    assert [c.split(":")[0] for c in _unconfirmed(write, body)] == ["Copperbeech"]
    assert _ii(write, body) == "unclear"


WRITTEN_AFTER_ALL = [
    pytest.param(_TWO_BASES + "Copperbeech's head confirmed by letter on 9 March 2028 that she will take the other "
                 "four.\n", id="the-second-by-letter"),
    pytest.param(_TWO_BASES + "Copperbeech's head, who agreed at a heads' briefing in February to take the other four, "
                 "has since confirmed this in writing.\n", id="a-meeting-then-in-writing"),
]


@pytest.mark.parametrize("body", WRITTEN_AFTER_ALL)
def test_a_receiver_named_short_that_confirmed_in_writing_is_covered(write, body):
    assert _unconfirmed(write, body) == []
    assert _ii(write, body) == "met"


# A resolution or minute of a receiver's governing body, signed or put in the papers, is a written confirmation;
# a resolution only said to have been passed is not, nor a signed minute of someone else's meeting.
SIGNED_RESOLUTION = [
    pytest.param("2.1 All 30 pupils will transfer to Larchfield School. Its governing body resolved on 3 March 2028 "
                 "to admit them; the resolution, signed by the chair of governors, is at Appendix 4.\n",
                 "met", id="resolution-signed-by-the-chair"),
    pytest.param("2.1 All 30 pupils will transfer to Larchfield School, whose governors voted on 3 March 2028 to "
                 "receive them. A signed minute of that decision is enclosed.\n", "met", id="signed-minute-enclosed"),
    pytest.param("2.1 All 30 pupils will transfer to Larchfield School. The governing body's resolution of 3 March "
                 "2028 to admit them is at Annex B.\n", "met", id="governing-body-resolution-at-annex"),
    pytest.param("2.1 All 30 pupils will transfer to Larchfield School. Its governing body is expected to pass a "
                 "resolution to admit them at its next meeting.\n", "unclear", id="a-resolution-expected-is-none"),
]


@pytest.mark.parametrize(("body", "expected"), SIGNED_RESOLUTION)
def test_a_receivers_signed_resolution_is_a_written_confirmation(write, body, expected):
    assert _ii(write, body) == expected


def test_a_place_whose_clubs_pupils_could_join_is_no_hope_of_a_place(write):
    # "could" said of what the pupils may do there, not of whether they have a place
    body = ("2.1 All 30 pupils will transfer to Larchfield Academy, which confirmed in writing on 4 March 2028 that it "
            "will admit them.\n\n"
            "## 3. Benefits\n\n"
            "3.1 At Larchfield pupils would use the academy's art studios, could sit GCSE courses beside their "
            "mainstream peers, and would join the academy's choirs and sports teams.\n")
    assert _ii(write, body) == "met"
