"""/why says the rule in the person's words: each fact by its label, each
part of the rule with its own verdict, the citation kept, never a fact id
or rule syntax.

The plain conversation is a golden file (``data/golden/why-plain.txt``);
set SENRULES_UPDATE_GOLDEN=1 to rewrite it after a deliberate change, and
read the diff."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui_helpers import SVC, settle

GOLDEN = Path(__file__).parent / "data" / "golden" / "why-plain.txt"
RULE_SYNTAX = re.compile(r"`|==|>=|<=|!=| when [a-z_]+ (and|or) |\bis unknown\b")


def fact_ids(rs) -> list[str]:
    """The ruleset's fact ids that could not pass for words (an id with an
    underscore)."""
    return [name for name in rs.facts if "_" in name]


def test_why_in_plain_words_on_the_dcsf_2008_demo(session_factory):
    s = session_factory(ruleset="dcsf-2008", data="northshire")
    s.opening()
    text = s.handle("/why")[0].text
    assert text.startswith("Why I ask: whether the CYP's progress can be attributed to the service")
    # the criterion with its source and rating, and the grade that reads the answer itself
    # in words first, the number after them in brackets (as the card's heading), never a code leading
    assert ("- \u201cThe service contributes to the achievement of local authority targets and capacity building as part of "
            "the overall range of provision\u201d (S5.2) is still open") in text
    assert "S5.2:" not in text and "**S5.2**" not in text
    assert "Source: DCSF 2008, Standard 5, supporting evidence 2" in text
    assert "NatSIP OB rating: D*." in text
    assert "the grade of Outcomes (section) is still open" in text
    # each part of the rule with its verdict, this question's parts marked
    assert "  - met when all of these hold (so far: does not hold):" in text
    assert "    - not known yet (this question): the service intervened with these CYP" in text
    assert "    - holds: the service set (or helped set) their targets: yes" in text
    # a part in brackets keeps its "and"
    assert ("    - not known yet (this question): the service intervened with these CYP and the service implemented "
            "or advised on the strategy\n") in text
    assert "    - does not hold: " in text
    assert "    - where 'high rates of progress' is taken as 0 percentage points or more (parameter high_progress_margin)" in text
    leaked = [name for name in fact_ids(s.rs) if re.search(rf"\b{name}\b", text)]
    assert leaked == []
    assert RULE_SYNTAX.search(text) is None, RULE_SYNTAX.search(text)


def test_why_for_a_question_on_its_own_card(session_factory):
    s = session_factory(ruleset="example", data=SVC)
    s.opening()
    s.handle("yes")  # programmes_monitored
    text = s.handle("/why")[0].text
    assert text.splitlines()[:5] == [
        "Why I ask: how often interventions are reviewed.",
        "- \u201cProgrammes and interventions are regularly monitored\u201d (S1.1) is still open: it could be met or "
        "partly met. Source: DCSF 2008, Standard 1, supporting evidence 1. NatSIP OB rating: I.",
        "  - met when all of these hold (so far: not known yet):",
        "    - holds: programmes and interventions are monitored: yes",
        "    - not known yet (this question): how often interventions are reviewed is not known (it needs to be "
        "at most 13 weeks)",
    ]


def test_the_plain_conversation_with_why_is_the_golden_one(tmp_path):
    answers = ["/why", "yes", "/why", "20", "/why"]
    env = dict(os.environ, SENRULES_DATA_DIR=str(tmp_path / "user"), SENRULES_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "senrules.cli", "assess", "--plain", "--ruleset", "example", "--data", str(SVC),
         "--db", "session.sqlite"],
        input="".join(a + "\n" for a in answers), capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    got = done.stdout.replace(str(SVC), "tests/tui/data/svc")
    if os.environ.get("SENRULES_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.asyncio
async def test_why_in_the_full_screen_names_facts_by_their_labels(tmp_path):
    pytest.importorskip("textual")
    from senrules_tui.app import SenrulesApp
    from senrules_tui.session import Options
    from senrules_tui.widgets.message_text import message_content
    from senrules_tui.widgets.transcript import MessageBubble

    app = SenrulesApp(Options(ruleset="example", data=str(SVC), date="2024-09-30"), db=tmp_path / "s.sqlite")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        why = next(b for b in reversed(list(app.screen.query(MessageBubble))) if b.source.startswith("Why I ask"))
        shown = message_content(why.source).plain  # as drawn: bold marks gone, lists as bullets
        assert "Why I ask: programmes and interventions are monitored." in shown
        assert "  \u25e6 met when all of these hold (so far: not known yet):" in shown
        assert "**met** when all of these hold (so far: not known yet):" in why.source
        assert "not known yet (this question): programmes and interventions are monitored" in why.source
        assert "Source: DCSF 2008, Standard 1, supporting evidence 1." in why.source
        leaked = [name for name in fact_ids(app.screen.session.rs) if name in why.source]
        assert leaked == []
        assert RULE_SYNTAX.search(why.source) is None


def test_what_keeps_the_overall_grade_open_is_said_in_words(session_factory):
    s = session_factory(ruleset="example", data=SVC)
    s.opening()
    while s.current is not None:
        s.handle("don't know")
    headline = s.headline()
    assert headline.startswith("Overall: still open, waiting on ")
    assert "programmes and interventions are monitored (don't know)" in headline
    assert [name for name in fact_ids(s.rs) if re.search(rf"\b{name}\b", headline)] == []


def test_why_in_a_proposal_check_names_the_fact_in_words(tmp_path):
    """/why says the SEN Improvement Test's facts by their labels ("the
    document refers to the host schools' written confirmation"), never the id."""
    from tui_helpers import ROOT, run_cli

    doc = next((ROOT / "examples" / "proposals").glob("03-*.md"))
    r = run_cli("proposal", "--plain", str(doc), "--db", str(tmp_path / "p.sqlite"), input="/why\n")
    assert r.returncode == 0, r.stderr
    (why,) = [line for line in r.stdout.splitlines() if line.startswith("Why I ask: ")]
    assert "_" not in why and "`" not in why, why
    assert RULE_SYNTAX.search(r.stdout.split("Why I ask: ", 1)[1]) is None


def test_why_with_no_open_question_names_a_standard_of_this_ruleset(session_factory):
    s = session_factory(ruleset="example", data=SVC)
    s.opening()
    while s.current is not None:
        s.handle("don't know")
    assert s.handle("/why")[0].text == "There is no open question now. /explain S1 says why a verdict is what it is."
