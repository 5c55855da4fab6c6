"""The proposal check as a conversation: ``senrules proposal [FILE]``.

The document is read and checked by the proposal checker (the
``senrules_proposals`` plugin package): each key factor of the SEN
Improvement Test gets a verdict, the sentences quoted from the document,
and what to add or change.  The conversation then talks through the
factors that fall short, one at a time, and asks about what the document
leaves unsettled (only what could change a verdict, as in the
self-evaluation).  It never asks what the document already answers with a
sentence (a fact it quotes); it asks what the document leaves open (how long
displaced pupils stay in a PRU, when the document only says "for a short
period") and, as what-ifs, what the document is silent on.  An answer that
contradicts the Test's own limits is refused with the reason: a "yes" given
as a hope or intention (para 22 (ii): a hope is not acceptable), a PRU stay
given as permanent or long-term, or a "short, time-limited" stay longer than
the long-term limit the rules use (parameter ``long_term_pru_weeks``).
Answers are what-ifs: they show what the Test would find if the document
said so, and the advice says what to write.  Every answer
is saved in a session file, like the self-evaluation's, and ``senrules
proposal --resume`` continues it, reading the document again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import attrs

from senrules.wording import and_list
from senrules_tui import understand as u
from senrules_tui.session import CRITERIA_NAMED, Options, Reply, Session
from senrules_tui.wording import bold, verdict_words

RULESET = "sen-improvement-test-2007"
#: the session-meta key of the school year file the document was read with (``--school-year``)
SCHOOL_YEAR_KEY = "school_year"
VERDICT = {"met": "met", "unclear": "unclear", "not_met": "not met", "not_applicable": "not applicable"}


#: the self-evaluation's commands that have nothing to work on in a proposal check:
#: no action plan, raters, case export, yearly figures or benchmarks
NOT_IN_A_PROPOSAL = ("plan", "compare", "cases", "case", "trends", "benchmarks")


class ProposalSession(Session):
    """A :class:`Session` on the SEN Improvement Test, with the document's
    own check (quotes and advice) beside the rules' verdicts."""

    kind = "proposal"
    command = "senrules proposal"
    # the factors and the overall finding, as the opening's table lists them; not the rules' groups of
    # factors ("Key factors", "LAs should also"), which the person is never shown and which only repeat the overall
    changed_kinds = ("criterion", "overall")
    check = None  # the ProposalReport of the document as written
    document_changed = False  # resumed, and the document is not what it was when the session began
    why_serves = ("the key factor", "the key factors")
    done_hint = "Use /back to change an answer, /report for the factors, /explain ii for a factor's reasons, or /quit."

    @classmethod
    def open_document(cls, path=None, *, ruleset=None, params=None, parameter_set=None, db=None,
                      resume: bool = False, school_year=None) -> ProposalSession:
        """Check the document at ``path`` and start a session on it, or with
        ``resume`` continue one: the ``db`` file, else the latest proposal
        check (of ``path``, when given).  The document is read again on
        resuming; ``path`` names it when it has moved.  ``school_year``: the
        LA's school year file school weeks are counted with (kept with the
        session; given again on resuming, it replaces the saved one)."""
        from senrules.errors import InputError
        from senrules import session_parameters
        from senrules.gather import parameters_for
        from senrules.ruleset import load_ruleset
        from senrules_proposals.reader import DocumentError
        from senrules_proposals.report import check_document

        store = None
        if resume:
            store = _session_to_resume(db, path)
            saved = store.meta["options"]
            path = path or saved["document"]
            ruleset, params, parameter_set = saved.get("ruleset") or RULESET, saved.get("params"), saved.get("parameter_set")
            school_year = school_year or store.meta.get(SCHOOL_YEAR_KEY)
            if not Path(path).is_file():
                raise InputError(f"{path}: the document this session checked is not there any more; "
                                 f"name it again: senrules proposal FILE --resume --db {store.path}")
        elif not path:
            raise InputError("name the proposal document: senrules proposal FILE (Markdown, plain text or Word .docx)")
        rs = load_ruleset(ruleset or RULESET)
        def parameters_now():
            return parameters_for(rs, parameter_set=parameter_set, params_file=params) if (params or parameter_set) else None

        if store is not None and session_parameters.KEY in store.meta:  # the values it started with (Session.start says what changed)
            parameters, _ = session_parameters.resumed(rs, store.meta[session_parameters.KEY], parameters_now)
        else:
            parameters = parameters_now()
        try:
            report = check_document(path, ruleset=rs, parameters=parameters, school_year=school_year)
        except DocumentError as err:
            raise InputError(err.message) from None
        digest = _digest(path)
        options = Options(ruleset=ruleset or RULESET, document=str(Path(path).resolve()), params=params,
                          parameter_set=parameter_set, service=Path(path).name)
        session = cls.start(options, db=db if resume else (db or _proposal_db(path)), resume=resume, store=store,
                            meta={"document_sha256": digest, SCHOOL_YEAR_KEY: school_year}, ruleset=rs,
                            extraction=report.extraction)
        if resume:
            session.document_changed = store.meta.get("document_sha256") not in (None, digest)
            if str(Path(path).resolve()) != store.meta["options"].get("document") or session.document_changed:
                store.meta["options"] = {**store.meta["options"], "document": options.document}
                if not store.pending:
                    store.set_meta("options", store.meta["options"])
                    store.set_meta("document_sha256", digest)
            if school_year != store.meta.get(SCHOOL_YEAR_KEY):  # named again, another file: kept from now on
                store.meta[SCHOOL_YEAR_KEY] = school_year
                if not store.pending:
                    store.set_meta(SCHOOL_YEAR_KEY, school_year)
        session.check = report
        session._evaluate()  # now with the what-if questions of the factors that fall short
        return session

    def _evaluate(self) -> None:
        """The open questions (facts the document leaves unknown that could
        change a verdict, such as how long a PRU stay lasts), then what-ifs:
        for each factor that falls short (as written, and still with the
        answers given), the yes-or-no facts the document is silent on (set
        from "nothing found", never from a quoted sentence), in the rules'
        order, until the factor is met."""
        from senrules_tui.insights import facts_of
        from senrules_tui.session import Ask

        super()._evaluate()
        if self.check is None:
            return
        latest = self.latest()
        planned = {a.key for a in self._asks}
        values = facts_of(self.rs, self.evidence())
        program = self.rs.program
        extra = []
        for f in self.check.factors:
            current = self.result.verdict(f.id)
            if f.ok or current in ("met", "not_applicable"):
                continue
            node = program.node(f.id)
            parent = program.nodes[node.parent].id if node.parent is not None else None
            answered_by_document = {name for name, sentence in self.check.extraction.deciding.items() if sentence is not None}
            fresh = [name for name in node.facts
                     if (name, None) not in latest and (name, None) not in planned and (name, None) not in self._skipped
                     and self.rs.facts[name].type.kind != "list"]
            # first what the document leaves unknown (the factor's verdict waits on it: "for how long?"),
            # then, as what-ifs, the yes-or-no facts it is silent on
            candidates = [name for name in fresh if values.get(name) is None and _read_by(node, name)]
            candidates += [name for name in fresh if self.rs.facts[name].type.kind == "boolean"
                           and values.get(name) is not None and name not in answered_by_document]
            for name in candidates:
                extra.append(Ask(name, None, parent, (f.id,)))
                planned.add((name, None))
        self._asks = self._asks + extra

    # ------------------------------------------------------------ commands
    def commands(self) -> dict[str, str]:
        """The commands that do something in a proposal check, said for it."""
        out = {name: doc for name, doc in super().commands().items() if name not in NOT_IN_A_PROPOSAL}
        out.update(why="why this question: the key factor it serves and the Test's words",
                   explain="`/explain ii`: a key factor's verdict and its reasons",
                   goto="`/goto ii`: jump to a key factor's questions",
                   evidence="what was read from the document, with the line each fact is on",
                   report="the key factors as written (and with your answers, once you have given some)",
                   findings="what the document was found to say, factor by factor, with the lines quoted",
                   export="`/export DIR`: write the check of the document (Markdown, with the key factors as written "
                          "and with your answers), the check as JSON, and the Test's JSON result with your answers")
        return out

    def _command(self, c: u.Command) -> list[Reply]:
        if c.name in NOT_IN_A_PROPOSAL:
            return [Reply("say", f"/{c.name} is for a self-evaluation; a proposal check has nothing for it. /report shows "
                                 "the key factors, /explain ii a factor's reasons; /help lists what works here.")] + self._again()
        return super()._command(c)

    def export(self, folder: Path) -> Reply:
        """Write the proposal check into ``folder`` (created if needed):
        ``proposal-check.md`` (the check of the document as written, then the
        key factors as written and with the answers), ``proposal-check.json``
        (the check as ``senrules proposal check --format json`` gives it) and
        ``result.json`` (the rules' result with the answers).  No action plan:
        a proposal check has none."""
        from senrules.errors import SenrulesError
        from senrules_tui.export import write_private

        folder = Path(folder)
        files = (("proposal-check.md", self.check.render_markdown().rstrip("\n") + "\n\n" + self.report_reply().md + "\n"),
                 ("proposal-check.json", self.check.to_json() + "\n"),
                 ("result.json", self.result.to_json() + "\n"))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in files:
                write_private(folder / name, text)
        except OSError as err:
            raise SenrulesError(f"{folder}: cannot write the export ({err.strerror or err})") from None
        listed = "\n".join(f"- `{folder / name}`" for name, _ in files)
        return Reply("say", f"Written:\n{listed}")

    def evidence_summary(self, *, full: bool = False) -> str:
        """What was read from the document (not from a data folder: there is none)."""
        n = len({e.fact for e in self.gathered.evidence})
        return (f"From {bold(Path(self.check.path).name)} I read {n} fact{'s' if n != 1 else ''}, each with the line "
                "it is on (or the whole document, where nothing was found); what it leaves open comes from your answers.")

    # ------------------------------------------------------------ answers the Test does not accept
    def _handle(self, text: str) -> list[Reply]:
        ask = self.current
        line = text.strip()
        if ask is not None and self.pending is None and line and u.parse_command(line) is None:
            refusal = self._contradiction(ask, line)
            if refusal:
                return [Reply("error", refusal), self._ask_reply(ask, short=True)]
        return super()._handle(text)

    def _known(self, name: str):
        for (fact, _year), row in self.latest().items():
            if fact == name and row.value is not None:
                return row.value
        return self.check.extraction.facts.get(name) if self.check is not None else None

    def _contradiction(self, ask, text: str) -> str | None:
        """Why the answer ``text`` to ``ask`` contradicts the Test's own
        limits, or None when it does not."""
        from senrules_proposals import language as L

        fact = self.rs.facts[ask.fact]
        limit = self.parameters_used().get("long_term_pru_weeks")
        if fact.type.kind == "boolean":
            reading = u.read_answer(text, fact, today=self.date)
            hedge = L.hedge(text)
            if reading.kind == "value" and reading.value is True and hedge and not ask.fact.endswith("_hoped"):
                return (f"“{hedge}” is a hope or an intention, not an arrangement: the Test does not accept it "
                        f"({self._test_words('ii', 'hope')}). Answer yes only for what is arranged, "
                        "or no, or “don't know”.")
            if ask.fact == "besd_pru_time_limited" and reading.kind == "value" and reading.value is True:
                weeks = self._known("besd_pru_weeks")
                if isinstance(weeks, int) and limit is not None and weeks > limit:
                    return (f"A stay of {weeks} weeks in the PRU is long-term under the limit these rules use "
                            f"({limit} weeks, parameter long_term_pru_weeks), so it is not a short, time-limited placement. "
                            "Answer no, or change the number of weeks first (/back).")
            return None
        if ask.fact == "besd_pru_weeks":
            long_term = L.LONG_TERM.search(text) or L.rx(r"indefinite\w*", r"for good", r"until they leave", r"open[- ]ended").search(text)
            if long_term:
                return (f"“{long_term.group(0)}” is what para 23 rules out: {self._test_words('para23', 'PRU')} "
                        f"Give the longest stay in weeks (the rules treat more than {limit} weeks as long-term), or “don't know”.")
        return None

    def _test_words(self, ident: str, word: str) -> str:
        """The sentence of a key factor's text (from the ruleset) that holds ``word``."""
        import re

        text = self.result.judgement(ident).title
        for sentence in re.split(r"(?<=\.)\s+", text):
            if word.lower() in sentence.lower():
                return f"“{sentence.strip()}” ({ident})"
        return f"“{text}”"

    def parameters_used(self) -> dict:
        return {p.name: p.value for p in self.result.parameters}

    # ------------------------------------------------------------ words
    def explain_reply(self, arg: str | None) -> Reply:
        """/explain FACTOR: the reason as the proposal check says it (a
        sentence from the rules' clauses and the facts' labels, each fact
        with the line that gave it, or "your answer"), with the answers given."""
        reply = super().explain_reply(arg)
        ident = self._find_id(arg) if arg else None
        if self.check is not None and ident is None and arg and arg.strip().lower() != "overall":
            listed = and_list(f.id for f in self.check.factors)
            return Reply("error", f"There is no key factor {arg} in the Test; try /explain ii. The key factors are {listed}.")
        if self.check is None or ident is None or ident == "overall" or self._factor(ident) is None:
            return reply
        # the factor by its title, its letter after it, as the questions name it; the Test's whole words after
        j = self.result.judgement(ident)
        head = [f"{bold(self._named(ident, len(self._factor(ident).title)))}: {bold(verdict_words(j.verdict))}",
                f"The Test: “{j.title.strip()}”" + ("" if j.title.strip().endswith(".") else ".")]
        reply = Reply(reply.kind, "\n".join(head + reply.text.split("\n")[1:]))
        from senrules_proposals.reasons import Reasons

        answered = {fact for fact, _year in self.latest()}
        deciding = self.check.extraction.deciding

        def where(name: str) -> str:
            if name in answered:
                return "your answer"
            return getattr(deciding.get(name), "where", "") or ""

        why = Reasons(self.rs, self.result, where).why(self.result.judgement(ident))
        lines = reply.text.split("\n")
        keep = [line for line in lines if not line.startswith(("Why: ", "Not decided yet: "))]
        at = next((i + 1 for i, line in enumerate(keep) if line.startswith("Source: ")), 1)
        return Reply(reply.kind, "\n".join(keep[:at] + [f"Why: {why}"] + keep[at:]))

    # ------------------------------------------------------------ going to a factor
    def _find_id(self, arg: str) -> str | None:
        """A key factor as the Test prints it and a person types it:
        "ii", "(ii)", "II", "para 23", "paragraph 23", "23" (a number alone
        is the paragraph of that number); else as any ruleset's ids."""
        import re

        found = super()._find_id(arg)
        if found is not None or self.check is None:
            return found
        squashed = re.sub(r"[\s().§]+", "", arg.lower())
        bare = re.sub(r"^(?:keyfactor|factor|paragraph|para)", "", squashed)
        for f in self.check.factors:
            own = f.id.lower()
            if squashed == own or bare == own or (bare.isdigit() and re.sub(r"^para(?:graph)?", "", own) == bare):
                return f.id
        return None

    def goto(self, arg: str | None) -> list[Reply]:
        """/goto FACTOR: that factor's questions next (not those of the
        paragraph of the Test it is in)."""
        if self.check is None:
            return super().goto(arg)
        ids = [f.id for f in self.check.factors]
        listed = and_list(ids)
        if not arg:
            return [Reply("error", f"Say which key factor: /goto ii. The key factors are {listed}.")]
        ident = self._find_id(arg)
        if ident is None:
            return [Reply("error", f"There is no key factor {arg} in the Test. The key factors are {listed}.")]
        if self._factor(ident) is None:  # a paragraph's group of factors, by its id
            return super().goto(arg)
        return self._jump(ident)

    def node_title(self, j) -> str:
        """A key factor by its title (“Specify the transport arrangements”),
        as the questions name it, not the Test's whole lower-case words."""
        f = self._factor(j.id) if self.check is not None else None
        return f.title if f is not None else j.title

    def goto_targets(self) -> list[tuple[str, str]]:
        """The key factors, each by its short title and its letter or
        numeral (“Specify the transport arrangements (iii)”), as ``/goto``
        takes them; never the rules' paragraphs that group them."""
        if self.check is None:
            return super().goto_targets()
        return [(f.id, self._named(f.id)) for f in self.check.factors]

    def explain_targets(self) -> list[tuple[str, str]]:
        return self.goto_targets() + [("overall", "Overall")]

    def _asks_under(self, ident: str) -> list:
        if self._factor(ident) is None:
            return super()._asks_under(ident)
        return [a for card in self._asks for a in (card.members or (card,)) if ident in (a.criteria or card.criteria)]

    def _jumped_to(self, fact: str, ident: str) -> bool:
        if self._factor(ident) is None:
            return super()._jumped_to(fact, ident)
        return fact in self.rs.program.node(ident).facts or any(a.fact == fact for a in self._asks_under(ident))

    def _next(self):
        """After /goto FACTOR, that factor's questions first, then the
        rest in the usual order from the paragraph it is in."""
        if not self._asks or self.cursor is None or self._factor(self.cursor) is None:
            return super()._next()
        factor = self.cursor
        mine = {id(a) for a in self._asks if any(factor in (m.criteria or a.criteria) for m in (a.members or (a,)))}
        node = self.rs.program.node(factor)
        order = [j.id for j in self.result.judgements if j.kind == "standard"]
        parent = self.rs.program.nodes[node.parent].id if node.parent is not None else None
        start = order.index(parent) if parent in order else 0
        rank = {sid: (i - start) % len(order) for i, sid in enumerate(order)}
        return min(self._asks, key=lambda a: (id(a) not in mine, rank.get(a.standard, len(order)), self._asks.index(a)))

    def _factor(self, ident: str):
        try:
            return self.check.factor(ident)
        except (KeyError, AttributeError):
            return None

    def _named(self, ident: str, width: int = 60) -> str:
        """A key factor by its short title (cut to about ``width``
        characters), its letter or numeral after it: "Specify the transport
        arrangements (iii)"."""
        from senrules.wording import short_title

        f = self._factor(ident)
        return f"{short_title(f.title, width)} ({f.id})" if f is not None else super()._named(ident, width)

    def _filed_under(self, ask, width: int) -> str:
        # a question is filed under the key factor it serves (the rules'
        # "standards" here are paragraphs of the guidance, such as "LAs should also")
        for ident in ask.criteria:
            if self._factor(ident) is not None:
                return self._named(ident, width)
        return super()._filed_under(ask, width)

    def _criteria_words(self, ask, width: int = 60, named: int = CRITERIA_NAMED) -> str:
        # the factor it is filed under is not said twice
        filed = next((c for c in ask.criteria if self._factor(c) is not None), None)
        others = attrs.evolve(ask, criteria=tuple(c for c in ask.criteria if c != filed))
        return super()._criteria_words(others, width, named)

    def opening(self) -> list[Reply]:
        r = self.check
        lines = [f"I read {bold(Path(r.path).name)} ({r.format}) and checked it against the SEN Improvement Test "
                 f"(DfES 2007, paras 21-25)."]
        lines.append("")
        lines.append("| key factor | as written |")
        lines.append("| --- | --- |")
        for f in r.factors:
            lines.append(f"| {_factor_words(f)} | {VERDICT.get(f.verdict, f.verdict)} |")
        lines.append("")
        lines.append(f"Overall: {bold(verdict_words(r.overall))}. {r.finding}")
        failing = [f for f in r.factors if not f.ok]
        plain = [lines[0]] + [f"{_factor_words(f)}: {VERDICT.get(f.verdict, f.verdict)}" for f in r.factors] + [lines[-1]]
        out = []
        if self.resumed:
            n = len(self.latest())
            back = (f"Welcome back. This proposal check is saved in `{self.store.path}`; it holds {n} "
                    f"answer{'s' if n != 1 else ''}, and nothing you typed was lost.")
            if self.document_changed:
                back += " The document has changed since the session began, so it was read and checked again; your answers still stand."
            if getattr(self, "parameter_notice", None):  # the parameter values it started with now differ where they came from
                back += "\n\n" + self.parameter_notice
            out.append(Reply("say", back))
        out.append(Reply("say", "\n".join(lines), plain="\n".join(plain).replace("**", "")))
        if failing:
            many = len(failing) != 1
            out.append(Reply("say", f"{len(failing)} factor{'s' if many else ''} fall{'' if many else 's'} short: "
                                    + "; ".join(self._named(f.id, 48) for f in failing) + ". Let us go through them one by one."))
            for f in failing:
                out.append(self.factor_reply(f.id))
        if not self.resumed and self._asks:  # with nothing to ask, nothing will be saved
            out.append(Reply("say", f"Your answers are saved in `{self.store.path}`; `{self.resume_command()}` continues. "
                                    "Answers are what-ifs: they show what the Test would find if the document said so; "
                                    "the advice says what to write."))
        out.extend(self.advance())
        return out

    def start_again_hint(self) -> str:
        """The command that checks the document again, with the options it was checked with."""
        from senrules_tui.session import shell_quoted

        options = self.store.meta["options"]
        words = [self.command, shell_quoted(options["document"])]
        for flag, value in (("--params", options.get("params")), ("--parameter-set", options.get("parameter_set")),
                            ("--school-year", self.store.meta.get(SCHOOL_YEAR_KEY))):
            if value:
                words += [flag, shell_quoted(value)]
        return "Check the document again with: " + " ".join(words)

    def factor_reply(self, ident: str) -> Reply:
        f = self.check.factor(ident)
        lines = [f"{bold(f.title)} ({f.id}): {bold(VERDICT.get(f.verdict, f.verdict))} as written",
                 f"> {f.text}", "", f.why]
        if f.evidence:
            lines.append("")
            lines.append("From your document:")
            for q in f.evidence:
                lines.append(f"- {q.where}: \u201c{q.text}\u201d ({q.note})")
        if f.advice:
            lines.append("")
            lines.append("What to add or change:")
            lines.extend(f"- {a}" for a in f.advice)
        return Reply("say", "\n".join(lines))

    def report_reply(self) -> Reply:
        """The Test factor by factor as written and, once a question has been
        answered, with the answers (the what-ifs) beside it; before then the
        second column would only repeat the first, so it is left out."""
        r = self.check
        answered = any(a.value is not None for a in self.latest().values())  # "don't know" changes nothing
        if not answered:
            md = ["## The Test, factor by factor", "", "| key factor | as written |", "| --- | --- |"]
            plain = ["The Test, factor by factor (as written):"]
            for f in r.factors:
                md.append(f"| {_factor_words(f)} | {VERDICT.get(f.verdict, f.verdict)} |")
                plain.append(f"{_factor_words(f)}: {VERDICT.get(f.verdict, f.verdict)}")
            overall = f"Overall as written: {bold(verdict_words(r.overall))}."
            if self._asks or self.current is not None:  # questions are open: say why there is one column
                overall += " No question has been answered yet, so this is the document as written."
            md += ["", overall]
            plain.append(overall.replace("**", ""))
            return Reply("report", "\n".join(md), plain="\n".join(plain))
        md = ["## The Test, factor by factor", "", "| key factor | as written | with your answers |", "| --- | --- | --- |"]
        plain = ["The Test, factor by factor (as written / with your answers):"]
        for f in r.factors:
            now = self.result.verdict(f.id)
            md.append(f"| {_factor_words(f)} | {VERDICT.get(f.verdict, f.verdict)} | {verdict_words(now)} |")
            plain.append(f"{_factor_words(f)}: {VERDICT.get(f.verdict, f.verdict)} / {verdict_words(now)}")
        md.append("")
        md.append(f"Overall as written: {bold(verdict_words(r.overall))}; with your answers: {bold(verdict_words(self.result.overall))}.")
        plain.append(f"Overall as written: {verdict_words(r.overall)}; with your answers: {verdict_words(self.result.overall)}.")
        return Reply("report", "\n".join(md), plain="\n".join(plain))

    def _finish(self) -> list[Reply]:
        from senrules_tui.session import shell_quoted

        told = bool(self.latest() or self._skipped)  # a question was put (none is, when the document leaves nothing open)
        out = [Reply("say", "That is every question the document leaves open that could change a verdict." if told else
                            "The document leaves nothing open that an answer could change, so there is nothing to ask.")]
        out.append(self.report_reply())
        if not self.finished_once:
            check = f"senrules proposal check {shell_quoted(self.store.meta['options']['document'])}"
            if told:
                first = f"Add what you told me to the document itself, then run the check again ({check})."
            elif any(not f.ok for f in self.check.factors):
                first = f"Change the document where a factor falls short, then run the check again ({check})."
            else:
                first = f"Run the check again whenever the document changes ({check})."
            out.append(Reply("say", f"{first} /explain ii shows a factor's reasons; /quit stops."))
        self.finished_once = True
        return out


def _factor_words(f) -> str:
    """A key factor as the lists and tables name it: its words, its letter
    after them in brackets (``Specify the transport arrangements (iii)``), as
    the questions and the reasons say it."""
    return f"{f.title} ({f.id})"


def _read_by(node, name: str) -> bool:
    """Whether a fact is one the factor's conditions read (so its answer
    can change the verdict)."""
    return name in node.facts


def _session_to_resume(db, document):
    """The session file to continue: ``db``, else the latest proposal check
    of ``document`` (any document when not given)."""
    from senrules.errors import InputError
    from senrules_tui import locations
    from senrules_tui.session import latest_session, open_session
    from senrules_tui.store import list_sessions

    if db:
        return open_session(Path(db), ProposalSession)
    if document:
        wanted = str(Path(document).resolve())
        for info in list_sessions(locations.sessions_dir(), "proposal"):
            if info.meta["options"].get("document") == wanted:
                return open_session(info.path, ProposalSession)
        raise InputError(f"there is no proposal check of {document} to resume in {locations.sessions_dir()}; "
                         f"start one with: senrules proposal {document}")
    return open_session(latest_session(locations.sessions_dir(), "proposal"), ProposalSession)


def _digest(path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _proposal_db(path) -> Path:
    from senrules_tui import locations
    from senrules_tui.session import new_session_path

    return new_session_path(locations.sessions_dir(), f"proposal-{Path(path).stem}")


def starter(file, *, ruleset=None, params=None, parameter_set=None, db=None, resume: bool = False, school_year=None):
    return lambda: ProposalSession.open_document(file, ruleset=ruleset, params=params, parameter_set=parameter_set,
                                                 db=db, resume=resume, school_year=school_year)


def run_plain(file=None, *, ruleset=None, params=None, parameter_set=None, db=None, resume: bool = False,
              stdin=None, stdout=None, school_year=None) -> int:
    from senrules_tui.plain import run

    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    if resume:
        session = ProposalSession.open_document(file, ruleset=ruleset, params=params, parameter_set=parameter_set,
                                                db=db, resume=True, school_year=school_year)
        return run(session, stdin=stdin, stdout=out)
    if not file:
        out.write("Which proposal or consultation document? Give its path (Markdown, plain text or Word .docx):\n")
        out.flush()
        line = stdin.readline()
        if not line.strip():
            out.write("No document given; nothing to check.\n")
            return 2
        file = line.strip()
    session = ProposalSession.open_document(file, ruleset=ruleset, params=params, parameter_set=parameter_set, db=db,
                                            school_year=school_year)
    return run(session, stdin=stdin, stdout=out)
