"""/goto in a proposal check goes to the key factor a person names, typed
as the Test prints it ("iii", "(iii)", "para 23", "23"), not to the
paragraph of the Test the factor is in; the jump is kept for a resumed
session, and a factor that is not in the Test is said so with the list."""

from __future__ import annotations

import pytest

from tui_helpers import ROOT, say, settle

pytest.importorskip("textual")
pytestmark = pytest.mark.asyncio

from senrules_tui.widgets.transcript import MessageBubble  # noqa: E402

SIZE = (120, 40)


def reply(app) -> str:
    out = []
    for b in reversed(list(app.screen.query(MessageBubble))):
        if b.role == "user":
            break
        out.append(b.source)
    return "\n".join(reversed(out))


@pytest.fixture
def two_factors_open(tmp_path):
    """A proposal that says nothing of the providers' views (i) nor of
    transport (iii): two factors of the same paragraph with questions, the
    providers' first in the order of the Test."""
    text = (ROOT / "examples" / "proposals" / "05-kelby-no-transport.txt").read_text(encoding="utf-8")
    start, end = text.index("3. Views of providers"), text.index("4. Pupils currently")
    doc = tmp_path / "no-views-no-transport.txt"
    doc.write_text(text[:start] + text[end:], encoding="utf-8")
    return doc


async def test_goto_a_factor_asks_that_factors_questions(tmp_path, two_factors_open):
    from senrules_tui.app import ProposalApp

    app = ProposalApp(str(two_factors_open), db=tmp_path / "p.sqlite")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = reply(app)
        assert "**Obtain a written statement (i)**\n\n**Was a written statement" in first  # the first question
        assert first.endswith("/why: the key factor._")  # what /why says in a proposal check (not "the criterion")
        for typed in ("iii", "(iii)", "III"):
            await say(pilot, f"/goto {typed}")
            said = reply(app)
            assert said.startswith("Now Specify the transport arrangements (iii): 2 questions."), (typed, said)
            assert "**Specify the transport arrangements (iii)**\n\n**Does the proposal specify the transport" in said, typed
            assert "LAs should also" not in said
        await say(pilot, "/goto (i)")
        # both of (i)'s questions: with the providers' section cut, nothing says they were asked ("send comments to
        # the School Organisation Team" is the council's own team, not a provider asked)
        assert reply(app).startswith("Now Obtain a written statement (i): 2 questions.")
        for typed in ("para23", "para 23", "23", "(para 23)"):
            await say(pilot, f"/goto {typed}")
            assert "(para23) has no open question: it is **not applicable**. /explain para23 says why." in reply(app), typed
        await say(pilot, "/goto v")
        assert reply(app).startswith("There is no key factor v in the Test. "
                                     "The key factors are a, b, c, d, i, ii, iii, iv and para23.")
        await say(pilot, "/explain (iii)")
        assert reply(app).startswith("Specify the transport arrangements (iii): not met\nThe Test: “specify the transport")
        await say(pilot, "/goto iii")
        await say(pilot, "don't know")  # the session is written: the jump is kept with it
    again = ProposalApp(None, db=tmp_path / "p.sqlite", resume=True)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "**Specify the transport arrangements (iii)**\n\n**Does" in [b.source for b in again.screen.query(MessageBubble)][-1]
