"""The conversation of a self-evaluation, shared by the full-screen app and
``--plain`` mode.

A :class:`Session` holds a loaded ruleset, the evidence the plugins gathered,
and a :class:`~senrules_tui.store.SessionStore` with every answer given.  It
takes one line of input at a time (:meth:`Session.handle`) and returns the
assistant's :class:`Reply` messages, each in Markdown for the app and in
plain text for ``--plain``.  It never raises for bad input: a problem
becomes an assistant message.

Questioning is goal-directed (:func:`senrules.questions.open_questions`):
after every answer the rules are evaluated again, and only the facts still
unknown whose answer could change an open verdict are asked, grouped by
standard in framework order, from the standard the person last jumped to.
A per-year fact is asked year by year, the evaluation year first.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import attrs

from senrules.errors import SenrulesError
from senrules.evidence import Evidence, Provenance
from senrules.facts import ANSWER_SOURCE
from senrules.wording import and_list, node_words

from senrules_tui import understand as u
from senrules_tui.options import Options
from senrules_tui.store import SessionStore, SessionStoreError, StoredAnswer
from senrules_tui.wording import bold, first_that_fits, level_words, reason, verdict_words

PLAN_EDITS = "plan_edits_v1"
"""The session-meta key of the action plan's edits: derived row -> the cells
the person edited, and whether they deleted it (see Session.save_plan)."""

QUICK_BOOLEAN = ("Yes", "No", "Don't know", "Skip", "Why?")
QUICK_OTHER = ("Don't know", "Skip", "Why?")
#: how long (in characters) a card's heading lets a standard's and a criterion's words run before "…"
HEADING_WIDTH = {"standard": 60, "criterion": 45}
#: how many criteria a card's heading names; the rest are counted (/why lists them all)
CRITERIA_NAMED = 3
#: the lines a card's heading may take on the full screen (see Session.card_width)
HEADING_LINES = 2


def _heading_fits():
    """A card's heading shorter and shorter, until it fits: (criteria named,
    characters of the standard's words, of a criterion's).  Then no standard
    (None) rather than its first word or two: the criterion's number says
    which standard it is."""
    yield CRITERIA_NAMED, HEADING_WIDTH["standard"], HEADING_WIDTH["criterion"]
    yield 2, 45, 40
    for width in range(45, 29, -1):
        yield 1, width, width
    for width in range(45, 9, -1):
        yield 1, None, width
QUICK_CONFIRM = ("Yes", "No")

_HOLDS_WORDS = {True: "holds", False: "does not hold", None: "not known yet"}
"""A condition's verdict as /why says it."""


@attrs.frozen
class Reply:
    """One assistant message.  ``kind``: say, question, confirm, error,
    report, done.  ``plain`` is the text for ``--plain`` (derived from the
    Markdown when not given).  ``fitted``: a question card whose heading was
    fitted to :attr:`Session.card_width`, which the full screen fits again
    (:meth:`Session.current_card`) when that room changes while it is shown."""

    kind: str
    md: str
    plain: str | None = None
    quick: tuple[str, ...] = ()
    fitted: bool = False

    @property
    def text(self) -> str:
        return self.plain if self.plain is not None else plain_text(self.md)


def plain_text(md: str) -> str:
    """Markdown as plain text: emphasis, code marks and heading marks go."""
    t = re.sub(r"\*\*(.+?)\*\*", r"\1", md)
    t = re.sub(r"(?<![\w*])_(.+?)_(?![\w*])", r"\1", t)
    t = re.sub(r"`([^`]*)`", r"\1", t)
    t = re.sub(r"^#{1,6}\s*", "", t, flags=re.M)
    t = re.sub(r"^>\s?", "", t, flags=re.M)
    return t


@attrs.frozen
class Ask:
    """A question to put: a fact, for one year or none, or for several
    years at once (``years``, newest first: one card, a grid of figures)."""

    fact: str
    year: int | None
    standard: str | None
    criteria: tuple[str, ...]
    revisit: bool = False
    years: tuple[int, ...] = ()
    decides: tuple[str, ...] = ()
    headline: bool = False
    members: tuple[Ask, ...] = ()  # a group's card: the questions asked together (its first is this one's fact)
    group: str | None = None

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.fact, self.years[0] if self.years else self.year)

    @property
    def keys(self) -> list[tuple[str, int | None]]:
        if self.members:
            return [k for a in self.members for k in a.keys]
        return [(self.fact, y) for y in self.years] if self.years else [(self.fact, self.year)]

    @property
    def facts(self) -> tuple[str, ...]:
        return tuple(a.fact for a in self.members) if self.members else (self.fact,)


#: Seconds a lead who knows their figures takes, for the estimate of the
#: time left: a card on its own (to read it), then each question on it by
#: kind, and each further year of a grid.  On a group's card a question is
#: one numbered line of a form the lead fills in one go, so it costs less
#: than a card of its own.  Assumptions, stated in docs/assistant.md; not a
#: measurement of real users.
SECONDS_PER_CARD = {"card": 10, "boolean": 10, "choice": 15, "figure": 20, "year": 8, "in_group": 0.6}


class Session:
    """One self-evaluation conversation."""

    kind = "self-evaluation"  # what --resume looks for (see store.session_kind)
    command = "senrules assess"
    #: the kinds of verdict "Changed: …" names after an answer: those the person is shown
    changed_kinds = ("criterion", "standard", "section", "overall")
    #: the characters a line of a card holds on the full screen (the chat screen sets it from its width);
    #: None (--plain): a card's heading is not cut to fit
    card_width: int | None = None
    #: what /why tells of a question, as its card says it (one question, a group's card)
    why_serves = ("the criterion", "the criteria")
    done_hint = "Use /back or /goto S3 to change an answer, /report, /plan, /export DIR, or /quit."

    def resume_hint(self) -> str:
        return f"Continue later with: {self.command} --resume --db {shell_quoted(self.store.path)}"

    def start_again_hint(self) -> str | None:
        """How to begin this conversation again when nothing was saved
        (None: not said; the self-evaluation's options are many)."""
        return None

    def farewell(self) -> str:
        """What is said on leaving (/quit, the end of input, closing the
        full screen): what the session file holds and the command that
        continues.  The file is written at the first answer, skip or edit of
        the action plan; when none was made, that nothing was written, and
        how to begin again.  Only what was given is said to be saved: after
        skips or plan edits alone, those, never answers."""
        if self.store.pending:
            again = self.start_again_hint()
            return "Nothing was answered, so no session file was written." + (f" {again}" if again else "")
        answered = len(self.latest())
        plan = self.plan_edited()
        if answered:
            edits = " and your edits to the action plan" if plan else ""
            return f"Saved ({answered} answer{'s' if answered != 1 else ''}{edits}). {self.resume_hint()}"
        kept = [words for words, given in (("the questions you skipped", bool(self._skipped)),
                                           ("your edits to the action plan", plan)) if given]
        if kept:  # kept so that the questions skipped stay skipped, and the plan as the person wrote it
            return f"Nothing was answered; {' and '.join(kept)} are saved. {self.resume_hint()}"
        return f"Nothing was answered yet. {self.resume_hint()}"

    def plan_edited(self) -> bool:
        """Whether the session file holds an action plan the person changed
        (a cell edited, a row added or removed), not only the one the grades propose."""
        if self.store.pending:
            return False
        if self.rater_mode:
            from senrules_tui import rater_views

            return bool(self.store.meta.get(rater_views.RATER_PLAN))
        return bool(self._plan)

    def resume_command(self) -> str:
        """The command that continues this session: ``--resume`` alone finds
        the latest session in the sessions folder; a session kept elsewhere
        (``--db PATH``) needs its path."""
        from senrules_tui import locations

        try:
            default = self.store.path.resolve().parent == locations.sessions_dir().resolve()
        except OSError:
            default = False
        return f"{self.command} --resume" if default else f"{self.command} --resume --db {shell_quoted(self.store.path)}"

    def __init__(self, rs, store: SessionStore, *, context, gathered, parameters=None, resumed: bool = False,
                 progress=None):
        self.rs = rs
        self.store = store
        self.context = context
        self.gathered = gathered
        self.parameters = parameters
        self.resumed = resumed
        self.date: _dt.date = context.evaluation_date
        self.year: int = self.date.year
        self.current: Ask | None = None
        self.pending: tuple[Ask, u.Reading] | None = None
        self.cursor: str | None = None
        self.finished_once = False
        self.quit = False
        self._history_pos: int | None = None
        self._rows: list[StoredAnswer] = []
        self.misfits: list[tuple[StoredAnswer, str]] = []  # stored answers that do not fit their fact (see _read_answers)
        self._skipped: set[tuple[str, int | None]] = set()
        self._plan: list[dict] | None = None
        self.result = None
        self._asks: list[Ask] = []
        from senrules_tui import case_views

        # a case export (ehc-timescales-2014): every case judged, nothing asked (see case_views)
        self.cases = case_views.load(self, progress=progress)
        self._load_state()

    # ------------------------------------------------------------ building
    @classmethod
    def start(cls, options: Options, *, db: str | Path | None = None, resume: bool = False, plugins=None,
              meta: dict | None = None, store: SessionStore | None = None, ruleset=None, extraction=None,
              progress=None) -> Session:
        """Load the ruleset, gather the evidence and open (``resume``) or
        create the session file.  Raises :class:`senrules.SenrulesError`
        with a one-line message when something cannot be used.

        ``meta`` is saved with a new session; ``store``, an already opened
        session to resume (its saved options are used, except a proposal
        document given again in ``options``, which replaces a moved one);
        ``ruleset`` and ``extraction`` are passed to :func:`gather`;
        ``progress(done, total)`` is called while a case export is judged."""
        from senrules_tui import locations

        if resume:
            if store is None:
                path = Path(db) if db else latest_session(locations.sessions_dir(), cls.kind)
                store = open_session(path, cls)
            saved = _saved_options(store)
            options = attrs.evolve(Options(**{k: saved.get(k) for k in attrs.fields_dict(Options)}),
                                   document=options.document or saved.get("document"))
        else:
            store = None
            if options.data and Path(options.data).is_dir():  # a folder: kept absolute, so --resume works anywhere
                options = attrs.evolve(options, data=str(Path(options.data).resolve()))
            if options.params:
                options = attrs.evolve(options, params=str(Path(options.params).resolve()))
            if options.facts:
                options = attrs.evolve(options, facts=str(Path(options.facts).resolve()))
        from senrules import session_parameters

        saved_values = store.meta.get(session_parameters.KEY) if resume else None
        notice = None
        try:
            if saved_values is None:
                rs, context, gathered, params = gather(options, plugins=plugins, ruleset=ruleset, extraction=extraction)
            else:  # the values it started with; what their sources give now only to compare (see senrules.session_parameters)
                # the plugins gather with the saved values, as they did when the session started
                saved_params = session_parameters.restore(saved_values) or {}
                rs, context, gathered, _ = gather(attrs.evolve(options, parameter_set=None, params=None), plugins=plugins,
                                                  ruleset=ruleset, extraction=extraction, parameters=saved_params)
                params, notice = session_parameters.resumed(rs, saved_values, lambda: _parameters_now(rs, context, options, plugins))
        except SessionStoreError:
            raise
        except SenrulesError as err:
            if not resume:
                raise
            # what the session was started with (a data folder, a ruleset) is not there any more: say which session
            raise SessionStoreError(f"{store.path}: the session cannot be continued: {err.message}") from None
        if resume and saved_values is None:  # saved before values were kept: keep today's from now on
            store.set_meta(session_parameters.KEY, session_parameters.kept(params))
        if not resume:
            path = Path(db) if db else new_session_path(locations.sessions_dir(), rs.id)
            # the evaluation date is fixed when the session starts, so resuming another day judges the same date
            options = attrs.evolve(options, date=context.evaluation_date.isoformat())
            meta = {"options": attrs.asdict(options), "ruleset": rs.id, "service": context.service,
                    "evaluation_date": context.evaluation_date.isoformat(),
                    session_parameters.KEY: session_parameters.kept(params), **(meta or {})}
            store = SessionStore.create(path, meta).claim()
            if db:
                locations.remember_session(path)
        if progress is not None:
            session = cls(rs, store, context=context, gathered=gathered, parameters=params, resumed=resume, progress=progress)
        else:
            session = cls(rs, store, context=context, gathered=gathered, parameters=params, resumed=resume)
        session.parameter_notice = notice
        return session

    def _load_state(self) -> None:
        self._rows = self._read_answers()
        self._skipped = set()
        for e in self.store.events():
            key = (e.fact, e.year)
            if e.kind == "skip":
                self._skipped.add(key)
            elif e.kind == "unskip":
                self._skipped.discard(key)
            elif e.kind == "goto":
                self._skipped = {k for k in self._skipped if not self._jumped_to(k[0], e.detail)}
                self.cursor = e.detail
        for r in self._rows:
            self._skipped.discard((r.fact, r.year))
        self._plan = self._saved_plan()
        self._evaluate()

    # ------------------------------------------------------------ evidence
    def _read_answers(self) -> list[StoredAnswer]:
        """The stored answers, each checked against its fact's declaration.
        One that does not fit it (the rules changed since it was given, or
        the file was edited: a whole number out of its range, a choice
        that is no longer one) is set aside in :attr:`misfits` with the
        reason, and its fact is asked again, as for a damaged row; the
        file keeps it."""
        from senrules.errors import InputError
        from senrules.facts import check_year, coerce_fact, coerce_value

        rows, self.misfits = [], []
        for r in self.store.answer_rows():
            fact = self.rs.facts.get(r.fact)
            where = f"answer {r.id} (`{r.fact}`" + (f" for {r.year}" if r.year is not None else "") + ")"
            try:
                if fact is not None and r.value is not None:
                    if fact.per_year and r.year is not None:
                        check_year(r.year, where)
                        coerce_value(fact.type, r.value, where, fact.range)
                    else:
                        coerce_fact(fact, r.value, where)
            except InputError as err:
                self.misfits.append((r, err.message))
                continue
            rows.append(r)
        return rows

    def latest(self) -> dict[tuple[str, int | None], StoredAnswer]:
        """The latest answer to each (fact, year); a fact whose latest
        answer is a damaged row, or does not fit the fact, is left out
        (unknown, asked again), not given the answer before it."""
        out = {}
        for r in self._rows:
            if r.fact in self.rs.facts:
                out[(r.fact, r.year)] = r
        for bad in self.store.damaged:
            if bad.key in out and (bad.id is None or bad.id > out[bad.key].id):
                del out[bad.key]
        for r, _why in self.misfits:
            key = (r.fact, r.year)
            if key in out and r.id > out[key].id:
                del out[key]
        return out

    def set_aside(self) -> str | None:
        """What the person is told about stored answers that cannot be used:
        damaged rows (:meth:`SessionStore.lost_answers`) and answers that do
        not fit their fact (:attr:`misfits`); None when there are none."""
        said = [self.store.lost_answers()] if self.store.damaged else []
        if self.misfits:
            n = len(self.misfits)
            listed = "; ".join(why for _r, why in self.misfits[:10]) + (f"; and {n - 10} more" if n > 10 else "")
            said.append(
                f"{n} answer{'s' if n != 1 else ''} in `{self.store.path}` no longer fit{'' if n != 1 else 's'} "
                f"the rules ({self.rs.id}) and {'are' if n != 1 else 'is'} set aside: {listed}. "
                + ("Those facts are asked again; the answers are kept in the file." if n != 1
                   else "That fact is asked again; the answer is kept in the file."))
        return "\n\n".join(said) or None

    def evidence(self) -> list[Evidence]:
        """The plugins' evidence, then every latest answer (a person's
        answer comes first, see :func:`senrules.facts.preferred`)."""
        out = list(self.gathered.evidence)
        shown = str(self.store.path)
        rater = (self.store.meta.get("options") or {}).get("rater")
        for (fact, year), r in self.latest().items():
            if r.value is None:
                continue
            record = (f"answer {r.id} given {r.answered_at:%Y-%m-%d %H:%M}" + (f", rater: {rater}" if rater else "")
                      + (f', note: "{r.note}"' if r.note else ""))
            prov = Provenance(ANSWER_SOURCE, file=shown, record=record, as_of=r.answered_at.date())
            out.append(Evidence(fact, r.value, prov, year))
        return out

    def _evaluate(self) -> None:
        from senrules.questions import open_questions

        evidence = self.evidence()
        self.result = self.rs.evaluate(evidence, evaluation_date=self.date, parameters=self.parameters)
        if self.cases is not None:
            self._asks = []  # the cases come from the export; nothing is asked of the person
            return
        latest = self.latest()
        unavailable = {k for k, r in latest.items() if r.value is None} | set(self._skipped)
        questions = open_questions(self.rs, evidence, evaluation_date=self.date, parameters=self.parameters,
                                   unavailable=unavailable)
        asks = []
        for q in questions:
            fact = self.rs.facts[q.fact]
            if fact.type.kind == "list":
                continue  # records come from data, not from a conversation
            years = tuple(y for y in sorted(q.years, reverse=True) if (q.fact, y) not in latest)
            if fact.per_year and not years:
                continue
            if fact.per_year and len(years) == 1:
                asks.append(Ask(q.fact, years[0], q.standard, q.criteria, decides=q.decides, headline=q.headline))
            elif fact.per_year:
                asks.append(Ask(q.fact, None, q.standard, q.criteria, years=years, decides=q.decides, headline=q.headline))
            elif (q.fact, None) not in latest:
                asks.append(Ask(q.fact, None, q.standard, q.criteria, decides=q.decides, headline=q.headline))
        self._asks = self._grouped(asks)

    def _grouped(self, asks: list[Ask]) -> list[Ask]:
        """The questions of one group (a fact's ``group`` in the rules) on one
        card, where the first of them would have been asked."""
        by_group: dict[str, list[Ask]] = {}
        for a in asks:
            group = self.rs.facts[a.fact].group
            if group is not None:
                by_group.setdefault(group.name, []).append(a)
        out, placed = [], set()
        for a in asks:
            group = self.rs.facts[a.fact].group
            members = by_group.get(group.name, []) if group is not None else []
            if len(members) < 2:
                out.append(a)
            elif group.name not in placed:
                placed.add(group.name)
                criteria = tuple(dict.fromkeys(c for m in members for c in m.criteria))
                decides = tuple(dict.fromkeys(d for m in members for d in m.decides))
                out.append(attrs.evolve(members[0], criteria=criteria, decides=decides, members=tuple(members),
                                        group=group.name, headline=any(m.headline for m in members)))
        return out

    def group_title(self, name: str) -> str:
        for f in self.rs.facts.values():
            if f.group is not None and f.group.name == name and f.group.title:
                return f.group.title
        return name.replace("_", " ")

    def group_screen(self, name: str) -> str | None:
        for f in self.rs.facts.values():
            if f.group is not None and f.group.name == name and f.screen:
                return f.screen
        return None

    # ------------------------------------------------------------ state for the UI
    def verdicts(self) -> dict[str, str]:
        return {j.id: j.verdict for j in self.result.judgements}

    def progress(self) -> tuple[int, int]:
        """(questions answered, answered + still needed): a question is a
        fact, so a fact asked for several years at once counts once, and a
        group's card counts each of its questions."""
        answered = len({fact for fact, _ in self.latest()})
        return answered, answered + sum(len(a.members) or 1 for a in self._asks)

    def minutes_left(self) -> int:
        """About how many minutes the questions still needed take a lead
        who knows their figures (:data:`SECONDS_PER_CARD`)."""
        seconds = 0.0
        for card in self._asks:
            seconds += SECONDS_PER_CARD["card"]
            share = SECONDS_PER_CARD["in_group"] if card.members else 1.0
            for a in card.members or (card,):
                kind = self.rs.facts[a.fact].type.kind
                one = SECONDS_PER_CARD.get(kind, SECONDS_PER_CARD["figure"])
                seconds += share * (one + SECONDS_PER_CARD["year"] * max(0, len(a.years) - 1))
        return int(-(-seconds // 60))

    def standard_progress(self) -> list[tuple[str, str, int]]:
        """(standard id, its verdict so far, questions still needed for it),
        standard by standard in framework order."""
        left: dict[str | None, int] = {}
        for card in self._asks:  # each question on a card counts (as in "Questions 3-8 of 145"), for its own standard
            for a in card.members or (card,):
                standard = a.standard or card.standard
                left[standard] = left.get(standard, 0) + 1
        return [(j.id, j.verdict, left.get(j.id, 0)) for j in self.result.judgements if j.kind == "standard"]

    def kept_open_by(self) -> list[str]:
        """The "don't know" answers and skipped questions that open verdicts
        still need, each fact by its label: "the share of staff who feel
        recognised (2023, don't know)"."""
        from senrules.wording import fact_label

        latest = self.latest()
        unknown_keys = {k for k, r in latest.items() if r.value is None} | set(self._skipped)
        out = []
        for j in self.result.judgements:
            if j.verdict != "unknown" or j.kind != "criterion":
                continue
            for fact in j.missing:
                for key in sorted(k for k in unknown_keys if k[0] == fact):
                    how = "skipped" if key in self._skipped else "don't know"
                    name = fact_label(self.rs.facts[fact]) if fact in self.rs.facts else fact
                    text = f"{name} ({str(key[1]) + ', ' if key[1] else ''}{how})"
                    if text not in out:
                        out.append(text)
        return out

    def headline(self) -> str:
        """The overall grade so far, and, when no question is left and it is
        still open, which answers keep it open."""
        if self.cases is not None:
            counts = dict(self.cases.summary.overall)
            return (f"{self.cases.summary.total} cases: " + ", ".join(f"{n} {lvl.replace('_', ' ')}" for lvl, n in counts.items())
                    + " (/cases)")
        overall = self.result.overall
        if overall not in (None, "unknown") or not self.done:
            return f"Overall so far: {verdict_words(overall)}"
        why = self.kept_open_by()
        if why:
            return f"Overall: still open, waiting on {'; '.join(why[:4])}{' and more' if len(why) > 4 else ''}"
        return "Overall: still open: the evidence it needs is missing (/explain overall)"

    def standards(self) -> list[tuple[str, str, str]]:
        """(id, kind, title) for sections and standards in framework order."""
        return [(j.id, j.kind, j.title) for j in self.result.judgements if j.kind in ("section", "standard", "overall")]

    def quick_replies(self) -> tuple[str, ...]:
        if self.pending is not None:
            return QUICK_CONFIRM
        if self.current is None:
            return ()
        return self.quick_replies_for(self.current)

    @property
    def done(self) -> bool:
        return self.current is None and not self._asks

    def _jumped_to(self, fact: str, ident: str) -> bool:
        """Whether ``fact`` is asked under ``ident``, the place a /goto
        jumped to (its skipped questions are put again)."""
        return self._standard_of(fact) == ident

    def _standard_of(self, fact: str) -> str | None:
        for a in self._asks:
            if a.fact == fact:
                return a.standard
        program = self.rs.program
        for node in program.nodes:
            if node.kind == "criterion" and fact in node.facts and node.parent is not None:
                return program.nodes[node.parent].id
        return None

    # ------------------------------------------------------------ opening
    def opening(self) -> list[Reply]:
        """What the assistant says first: what the evidence gave, the
        verdicts so far, and the first question."""
        rs, ctx = self.rs, self.context
        h = rs.header
        who = ctx.service or "the service"
        what = "Cases of" if self.cases is not None else "Self-evaluation of"
        lines = [f"{what} {bold(who)} against {bold(h.title or rs.id)} ({rs.id} {h.version or ''}".rstrip() + f"), as at {self.date:%-d %B %Y}."]
        n = len(self.latest())
        lost = self.set_aside()
        edits = " and your edits to the action plan" if self.resumed and self.plan_edited() else ""
        if self.resumed and lost:
            lines.append(f"Welcome back. This session is saved in `{self.store.path}`; it holds {n} answer{'s' if n != 1 else ''} "
                         f"that could be read{edits}.")
            lines.append(lost)
        elif self.resumed:
            lines.append(f"Welcome back. This session is saved in `{self.store.path}`; it holds {n} answer{'s' if n != 1 else ''}{edits}, "
                         "and nothing you typed was lost.")
        if self.resumed and getattr(self, "parameter_notice", None):
            lines.append(self.parameter_notice)
        else:
            lines.append(f"Every answer is saved at once in `{self.store.path}`. Stop when you like; `{self.resume_command()}` continues.")
        if self.cases is not None:
            from senrules_tui import case_views

            return [Reply("say", "\n\n".join(lines)), case_views.summary_reply(self, opening=True)]
        if self.rater_mode:
            lines.append(self.raters_summary())
        out = [Reply("say", "\n\n".join(lines))]
        out.append(Reply("say", self.evidence_summary()))
        out.append(Reply("say", self.verdict_summary()))
        if self.talks_through_findings():
            out.append(self.findings_reply())
        out.extend(self.advance())
        return out

    def talks_through_findings(self) -> bool:
        """Whether the opening talks through the findings: when the evidence
        (a document read, a facts file) decided every criterion and nothing
        is left to ask, as for the SEN policy, the Information Report and
        the EHC plan's provision."""
        criteria = [j for j in self.result.judgements if j.kind == "criterion"]
        return (not self._asks and not self.latest() and bool(self.gathered.evidence) and bool(criteria)
                and all(j.known for j in criteria) and len(criteria) <= 40)

    def raters_summary(self) -> str:
        """Whose views this conversation gives, and whose else there are."""
        from senrules_tui import rater_views

        me = rater_views.this_rater(self)
        others = [r for r in dict.fromkeys([*rater_views.folder_raters(self), *(r for r, _ in rater_views.other_sessions(self))])
                  if r != me]
        if me != rater_views.YOU:
            text = f"These are the views of {bold(me)}."
        elif rater_views.folder_raters(self):
            text = ("The data folder keeps each rater's views apart, so only what is shared by all of them is read for "
                    "yours (start with `--rater NAME` to give a rater's views).")
        else:
            text = f"This conversation names no rater: it is {bold(me)} beside the others (start with `--rater NAME` to name whose views these are)."
        if others:
            text += f" The views of {', '.join(bold(r) for r in others)} are kept apart"
            text += "; /compare shows, area by area, where they differ from these, and /plan is the action plan from them."
        else:
            text += (" Hold the same conversation with the other raters (parents, children and young people: "
                     f"`{self.command} --ruleset {self.rs.id} --rater parents`); /compare then shows where the views differ.")
        unread = rater_views.unread_markdown(rater_views.unread_sessions(self))
        return f"{text}\n\n{unread}" if unread else text

    def evidence_summary(self, *, full: bool = False) -> str:
        g = self.gathered
        facts_file = (self.store.meta.get("options") or {}).get("facts")
        where = (f"`{self.context.display(self.context.data_dir)}`" if self.context.data_dir is not None
                 else f"`{Path(facts_file).name}`" if facts_file else "")
        if self.context.data_dir is None and not (facts_file and g.evidence):
            text = "No data folder was given (`--data DIR`), so every fact comes from your answers."
        elif not g.evidence:
            text = (f"I found no evidence in `{self.context.display(self.context.data_dir)}`: none of its files gave a "
                    "value for this ruleset's facts (see docs/plugins.md for the files each plugin reads and the "
                    "`senrules-data.toml` that names them). So every fact comes from your answers.")
        else:
            by_plugin: dict[str, int] = {}
            for e in g.evidence:
                src = e.provenance.source if e.provenance else "?"
                by_plugin[src] = by_plugin.get(src, 0) + 1
            facts = len({e.fact for e in g.evidence})
            parts = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in sorted(by_plugin.items()))
            text = (f"From the evidence in {where} I found {len(g.evidence)} "
                    f"value{'s' if len(g.evidence) != 1 else ''} for {facts} fact{'s' if facts != 1 else ''} ({parts})")
            years: dict[str, list[int]] = {}
            for e in g.evidence:
                years.setdefault(e.fact, [])
                if e.year is not None:
                    years[e.fact].append(e.year)
            named = [self._fact_words(f) + (f" ({_span(ys)})" if ys else "") for f, ys in years.items()]
            limit = len(named) if full else 12
            text += ": " + ", ".join(named[:limit]) + (f" and {len(named) - limit} more (/evidence)" if len(named) > limit else "") + "."
        if g.problems:
            shown = g.problems if full else g.problems[:5]
            text += f"\n\n{len(g.problems)} problem{'s' if len(g.problems) != 1 else ''} with the evidence (those facts stay unknown):\n"
            text += "\n".join(f"- {p.render()}" for p in shown)
            if len(shown) < len(g.problems):
                text += f"\n- ... and {len(g.problems) - len(shown)} more: /evidence lists them all"
        return text

    def _fact_words(self, name: str) -> str:
        """A fact in plain words: its label in the rules, else its id."""
        fact = self.rs.facts.get(name)
        return fact.label if fact is not None and fact.label else f"`{name}`"

    def _standards_words(self, decided, open_) -> list[str]:
        """Which standards the evidence decided and which are open, in words:
        a few by their words with their numbers after them, many by count
        (the framework panel lists them all)."""
        from senrules.document import short_name

        def named(js, with_level):
            return "; ".join(short_name(self.result, j.id, 48) + (f": {verdict_words(j.verdict)}" if with_level else "") for j in js)

        out = []
        if decided:
            if len(decided) <= 4:
                out.append(f"Already decided by the evidence: {named(decided, True)}.")
            else:
                levels = [v for v in self.rs.program.grades if any(j.verdict == v for j in decided)]
                counts = ", ".join(f"{sum(j.verdict == v for j in decided)} {level_words(v)}" for v in levels)
                out.append(f"Already decided by the evidence: {len(decided)} standards ({counts}).")
        if open_:
            if not decided:
                out.append(f"Still open: all {len(open_)} standards." if len(open_) > 1 else f"Still open: {named(open_, False)}.")
            elif len(open_) <= 4:
                out.append(f"Still open: {named(open_, False)}.")
            else:
                out.append(f"Still open: the other {len(open_)} standards.")
        return out

    def verdict_summary(self) -> str:
        decided, open_ = [], []
        for j in self.result.judgements:
            if j.kind != "standard":
                continue
            (decided if j.known else open_).append(j)
        n_q = sum(len(a.members) or 1 for a in self._asks)
        n_cards = len(self._asks)
        parts = []
        parts.extend(self._standards_words(decided, open_))
        if n_q:
            first = [a for a in self._asks if self.asked_first(a)]
            order = "standard by standard"
            if first:
                n_first = sum(len(a.members) or 1 for a in first)
                grades = sorted({g for a in first for g in self.grades_reading(a)})
                what = "; ".join(self.group_title(a.group) if a.members else self._fact_words(a.fact) for a in first)
                order = (f"first the {n_first} question{'s' if n_first != 1 else ''} that "
                         f"{' and '.join(grades) or 'a grade'} read{'s' if len(grades) <= 1 else ''} itself, "
                         f"on {what}; then standard by standard")
            parts.append(
                f"{n_q} question{'s' if n_q != 1 else ''}"
                + (f" (on {n_cards} cards)" if n_cards != n_q else "")
                + f" could still change a verdict; I will ask only those, {order}. "
                "Answer in your own words; /help lists the commands."
            )
        return " ".join(parts) if parts else "Nothing to judge yet."

    # ------------------------------------------------------------ the loop
    def handle(self, text: str) -> list[Reply]:
        """Take one line from the person; return the assistant's replies."""
        try:
            return self._handle(text)
        except SessionStoreError as err:
            return [Reply("error", f"Your answer could not be saved: {err.message}. Nothing else was changed.")]
        except Exception as err:  # noqa: BLE001 - no traceback reaches the person
            from senrules.errors import SenrulesError

            if isinstance(err, SenrulesError):
                return [Reply("error", f"That did not work: {err.message}")]
            return [Reply("error", f"Something went wrong inside senrules ({type(err).__name__}: {err}). "
                                   "Your answers so far are saved; please report this.")]

    def _handle(self, text: str) -> list[Reply]:
        text = text.strip()
        if not text:
            return [self._ask_reply(self.current)] if self.current else []
        command = u.parse_command(text)
        if self.pending is not None and command is None:
            ok = u.read_confirmation(text)
            ask, reading = self.pending
            if ok is True:
                self.pending = None
                return self._store(ask, reading)
            if ok is False:
                self.pending = None
                return [Reply("say", "Then please say it another way, or give the figure exactly."), self._ask_reply(ask, short=True)]
            self.pending = None  # a new answer to the same question
        if command is not None:
            return self._command(command)
        if self.current is None:
            if self.done:
                return [Reply("say", "Every question that could change a verdict has an answer. " + self.done_hint)]
            return self.advance()
        ask = self.current
        if ask.revisit and u.squash(text) in ("keep", "same", "keep it", "no change", "unchanged"):
            self.current = None
            return [Reply("say", "Kept as it was.")] + self.advance()
        fact = self.rs.facts[ask.fact]
        if ask.members:
            reading = self._read_group(text, ask)
        elif ask.years:
            reading = u.read_series(text, fact, ask.years, today=self.date)
        else:
            reading = u.read_answer(text, fact, today=self.date)
        if reading.kind == "skip":
            return self._skip()
        if reading.kind == "partly":
            return [Reply("error", self.partly_meaning(ask)), self._ask_reply(ask, short=True)]
        if reading.kind == "unclear":
            return [Reply("error", reading.problem or "I could not read that."), self._ask_reply(ask, short=True)]
        if reading.confirm:
            self.pending = (ask, reading)
            note = f" (with the note \u201c{reading.note}\u201d)" if reading.note and reading.note != text.strip() else ""
            return [Reply("confirm", f"I read \u201c{text}\u201d as {bold(reading.said or '')}{note}. Is that right? "
                                     "Say yes or no, or give the answer again.", quick=QUICK_CONFIRM)]
        return self._store(ask, reading)

    def _record(self, ask: Ask, reading: u.Reading) -> None:
        """Save one question's answer (each year's, for several years)."""
        if reading.kind == "dont_know":
            # for several years at once, "don't know" is the newest year's: the
            # earlier years are asked again only if they can still matter
            answers = {ask.years[0]: None} if ask.years else {ask.year: None}
        elif ask.years:
            answers = dict(reading.value)
        else:
            answers = {ask.year: reading.value}
        for year, value in answers.items():
            if isinstance(value, _dt.date):
                value = value.isoformat()
            self.store.record_answer(ask.fact, value, year=year, note=reading.note)
        for key in ask.keys:
            self._skipped.discard(key)

    def _store(self, ask: Ask, reading: u.Reading) -> list[Reply]:
        before = self.verdicts()
        fact = self.rs.facts[ask.fact]
        if reading.kind == "group":
            for member, r in reading.value:
                self._record(member, r)
        else:
            self._record(ask, reading)
        self._rows = self._read_answers()
        self._evaluate()
        if reading.kind == "group":
            said, tail = reading.said, ""
        elif reading.kind == "dont_know":
            said = "don't know" + (f" for {ask.years[0]}" if ask.years else "")
            tail = " It stays unknown; the verdicts that need it stay open."
            rest = [y for y in ask.years[1:] if any(a.fact == ask.fact and y in (a.years or (a.year,)) for a in self._asks)]
            if ask.years[1:] and not rest:
                tail += " Without it the earlier years can no longer change a verdict, so I will not ask for them."
        else:
            said = reading.said or u.shown_value(reading.value, fact)
            tail = ""
        note = f" Note kept: \u201c{reading.note}\u201d." if reading.note and reading.kind != "group" else ""
        changes = self._changes(before, self.verdicts())
        msg = f"Noted: {said}{' for ' + str(ask.year) if ask.year and not ask.members else ''}.{note}{tail}"
        if changes:
            msg += "\n\n" + changes
        self.current = None
        if ask.revisit:
            self._history_pos = None
        return [Reply("say", msg)] + self.advance()

    def _read_group(self, text: str, ask: Ask) -> u.Reading:
        """Read the answers to a group's card: "yes to all", "yes except 2",
        "80%; yes; 66, 58, 49" (in order), "no" to its screening question."""
        raw = text.strip()
        whole = u.squash(raw)
        members = ask.members
        facts = [self.rs.facts[a.fact] for a in members]
        screen = self.group_screen(ask.group)
        title = self.group_title(ask.group)
        if whole in ("skip", "pass", "later", "skip it", "next"):
            return u.Reading("skip")
        if whole in u.DONT_KNOW or whole.startswith(("don't know", "dont know", "not sure", "no idea")):
            return u.Reading("group", [(a, u.Reading("dont_know")) for a in members], said="don't know, to all of them")
        if screen and whole in ("no", "none", "nope", "not at all", "we don't", "no we don't", "no, we don't", "never"):
            note = f"not kept: the answer to \u201c{screen}\u201d was no"
            return u.Reading("group", [(a, u.Reading("dont_know", note=note)) for a in members],
                             said=f"no, so none of these is known ({title})")
        booleans = all(f.type.kind == "boolean" for f in facts)
        if booleans:
            m = re.fullmatch(r"(?:(?:all|to all)\s+)?(yes|no|all)(?:\s+(?:to\s+)?(?:all|every one|them all|of them))?"
                             r"(?:\s*[,-]?\s*(?:except|but not|apart from|but|other than)\s+(?:for\s+)?(.+))?", whole)
            if m:
                base = m[1] != "no"
                flipped = {int(n) for n in re.findall(r"\d+", m[2] or "")}
                if any(not 1 <= n <= len(members) for n in flipped):
                    return u.Reading("unclear", problem=f"The questions are numbered 1 to {len(members)}.")
                pairs = [(a, u.Reading("value", base != (i in flipped), said="yes" if base != (i in flipped) else "no"))
                         for i, a in enumerate(members, 1)]
                return u.Reading("group", pairs, said="; ".join(f"{i}: {r.said}" for i, (_, r) in enumerate(pairs, 1)))
        parts = [p.strip() for p in re.split(r"\s*;\s*|\n", raw) if p.strip()]
        if booleans and len(parts) == 1 and "," in raw:
            parts = [p.strip() for p in raw.split(",") if p.strip()]
        if len(parts) > len(members):
            return u.Reading("unclear", problem=f"There are {len(members)} questions on this card: give at most "
                                                f"{len(members)} answers, in order, separated by semicolons.")
        pairs, said, confirm = [], [], False
        for i, (a, part) in enumerate(zip(members, parts), 1):
            part = re.sub(r"^\d+\s*[.):]\s*", "", part)
            fact = self.rs.facts[a.fact]
            if u.squash(part) in u.NOT_KNOWN_PART:
                r = u.Reading("dont_know", said="don't know")
            elif a.years:
                r = u.read_series(part, fact, a.years, today=self.date)
            else:
                r = u.read_answer(part, fact, today=self.date)
            if r.kind == "skip":
                continue
            if r.kind == "partly":
                return u.Reading("unclear", problem=f"For {i}: {self.partly_meaning(a)}")
            if r.kind == "unclear":
                return u.Reading("unclear", problem=f"For {i}, \u201c{part}\u201d: {r.problem}")
            pairs.append((a, r))
            confirm = confirm or r.confirm
            said.append(f"{i}: {r.said or u.shown_value(r.value, fact)}")
        if not pairs:
            return u.Reading("unclear", problem="Give the answers in order, separated by semicolons.")
        if len(pairs) < len(members):
            said.append("the others later")
        return u.Reading("group", pairs, said="; ".join(said), confirm=confirm)

    def partly_meaning(self, ask: Ask) -> str:
        """What "partly" means in the rules, for a yes-or-no question it
        cannot be an answer to."""
        lines = ["This is a yes-or-no question, so \u201cpartly\u201d cannot be scored as an answer to it."]
        for cid in ask.criteria:
            try:
                j = self.result.judgement(cid)
            except KeyError:
                continue
            partly = [cl for cl in j.clauses if cl.outcome == "partly_met" and cl.condition]
            for cl in partly:
                lines.append(f"In the rules, {self._named(cid)} is partly met when `{cl.condition}`.")
        lines.append("Answer yes if it is in place, no if not; add what is partial after a dash "
                     "(\u201cno - only in two of the teams\u201d), and it is kept as a note.")
        return " ".join(lines)

    def _changes(self, before: dict, after: dict) -> str:
        """The verdicts an answer changed, each in words with its number
        after them: "Changed: “Programmes and interventions are regularly
        monitored” (S1.1) from still open to **met**."."""
        changed = []
        for j in self.result.judgements:
            if before.get(j.id) != after.get(j.id) and j.kind in self.changed_kinds:
                changed.append(f"{self._named(j.id)} from {verdict_words(before.get(j.id))} to {bold(verdict_words(after.get(j.id)))}")
        return "Changed: " + "; ".join(changed) + "." if changed else ""

    # ------------------------------------------------------------ asking
    def advance(self) -> list[Reply]:
        """Ask the next question, or close when none is left."""
        ask = self._next()
        self.current = ask
        if ask is None:
            return self._finish()
        return [self._ask_reply(ask)]

    def _next(self) -> Ask | None:
        """The questions read by a grade itself first (they decide the
        most), then standard by standard (from the one jumped to), within a
        standard the question that can change the most verdicts first (the
        order of :func:`~senrules.questions.open_questions`)."""
        if not self._asks:
            return None
        order = [j.id for j in self.result.judgements if j.kind == "standard"]
        start = order.index(self.cursor) if self.cursor in order else 0
        rank = {sid: (i - start) % len(order) for i, sid in enumerate(order)}
        headline_first = self.cursor is None
        return min(self._asks, key=lambda a: (not (headline_first and a.headline), rank.get(a.standard, len(order)),
                                              self._asks.index(a)))

    def how_to_answer(self, fact) -> str:
        """The answers a question expects, in words."""
        kind = fact.type.kind
        return {
            "boolean": "yes / no / don't know / skip",
            "percentage": "a percentage, e.g. about 65% / don't know / skip",
            "integer": f"a whole number{' of ' + fact.unit if fact.unit else ''} / don't know / skip",
            "number": f"a number{' of ' + fact.unit if fact.unit else ''} / don't know / skip",
            "date": "a date, e.g. 2024-03-01 or last March / don't know / skip",
            "choice": " / ".join(fact.type.choices) + " / don't know / skip",
            "duration": "a length of time, e.g. 12 months / don't know / skip",
            "text": "your words / don't know / skip",
        }.get(kind, "don't know / skip")

    def _ask_reply(self, ask: Ask, *, short: bool = False) -> Reply:
        """The question card: where it is, the question, the answers it
        expects.  Short on purpose: the criterion and the rule are behind
        /why."""
        if ask.members:
            return self._group_reply(ask, short=short)
        fact = self.rs.facts[ask.fact]
        answered, total = self.progress()
        number = answered + 1 if not ask.revisit else None
        question = fact.question or f"What is {ask.fact.replace('_', ' ')}?"
        how = self.how_to_answer(fact)
        if ask.years:
            listed = ", ".join(str(y) for y in ask.years)
            year = f" ({listed})"
            example = {"percentage": "66%, 58%, 49%"}.get(fact.type.kind, "12, 10, 9")
            how = (f"the figures for {listed}, newest first, e.g. \u201c{example}\u201d; \u201c?\u201d for a year you "
                   f"do not have / don't know / skip")
        else:
            year = f" (for {ask.year})" if ask.year else ""
        where = self._heading(ask).strip()
        if criteria := self._criteria_words(ask):
            where = f"{where} \u00b7 for {criteria}" if where else f"for {criteria}"
        left = self.minutes_left()
        counter = f"Question {number} of {total}" if number else "Back to an earlier question"
        if number and left:
            counter += f" \u00b7 about {left} min left"
        previous = ""
        if ask.revisit:
            r = self.latest().get(ask.key)
            if r is not None:
                previous = f" You said: {u.shown_value(r.value, fact)}" + (f" (note: \u201c{r.note}\u201d)" if r.note else "") + ". Give a new answer, or say keep."
        plain = f"{counter} \u00b7 {where}: {question}{year} [{how}]{previous}"
        if short:
            plain = f"{question}{year} [{how}]"
            md = f"{bold(question + year)}\n\n_Answer: {how}._"
        else:
            md = (f"{self._card_heading(ask, number, total)}\n\n{bold(question + year)}\n\n"
                  f"_Answer: {how}. /why: {self.why_serves[0]}._{previous}")
        return Reply("question", md, plain=plain, quick=self.quick_replies_for(ask), fitted=not short)

    def current_card(self) -> Reply | None:
        """The full card of the question now open, its heading fitted to
        :attr:`card_width` as it is now (None when nothing is open): the
        full screen draws the card on screen again with it when the window
        is resized or the side panel hidden or shown (F8)."""
        return self._ask_reply(self.current) if self.current is not None else None

    def _card_heading(self, ask: Ask, number: int | None, total: int, last: int | None = None) -> str:
        """A card's first lines on screen: the count, the standard in words
        (bold) and the criteria it serves in words, each cut short with its
        number after it (the time left is beside it, in the progress panel;
        the whole texts are behind /why).  On the full screen it takes at
        most :data:`HEADING_LINES` lines of :attr:`card_width`: the words are
        cut shorter, and fewer criteria named, until it does."""
        counter = f"Question {number} of {total}" if number else "Back to an earlier question"
        if number and last and last > number:
            counter = f"Questions {number}-{last} of {total}"
        headings = (self._heading_in(ask, counter, named, standard, criterion)
                    for named, standard, criterion in _heading_fits())
        return first_that_fits(headings, self.card_width, HEADING_LINES, plain=plain_text)

    def _heading_in(self, ask: Ask, counter: str, named: int, standard: int | None, criterion: int) -> str:
        """A card's heading naming ``named`` criteria, a standard's words cut
        to about ``standard`` characters (None: the standard not named when
        a criterion is) and a criterion's to ``criterion``."""
        criteria = self._criteria_words(ask, criterion, named)
        if self.asked_first(ask) and (grades := self.grades_reading(ask, short=True, width=standard or criterion)):
            # asked before the standards: filed under the grade that reads it, not the first criterion's standard
            where, serves = "for " + " and ".join(grades), (f" and {criteria}" if criteria else "")
        else:
            where = self._filed_under(ask, standard or criterion) if standard or not criteria else ""
            serves = f" \u00b7 for {criteria}" if criteria else ""
        return (f"{counter} \u00b7 {bold(where)}" if where else counter) + serves

    def _named(self, ident: str, width: int = 60) -> str:
        """A standard or criterion in its words, cut to about ``width``
        characters, its number after them; an id the result does not know, as
        it is."""
        from senrules.document import short_name

        try:
            return short_name(self.result, ident, width)
        except (KeyError, StopIteration):
            return ident

    def _criteria_words(self, ask: Ask, width: int = 60, named: int = CRITERIA_NAMED) -> str:
        """The criteria a question serves, in words with their numbers: the
        first ``named``, then how many more (/why lists them)."""
        words = [self._named(c, width) for c in ask.criteria[:named]]
        more = len(ask.criteria) - named
        return ", ".join(words) + (f" and {more} more" if more > 0 else "")

    def _counter(self, ask: Ask) -> str:
        answered, total = self.progress()
        if ask.revisit:
            return "Back to an earlier question"
        left = self.minutes_left()
        first, last = answered + 1, answered + (len(ask.members) or 1)
        counter = f"Questions {first}-{last} of {total}" if last > first else f"Question {first} of {total}"
        return counter + (f" \u00b7 about {left} min left" if left else "")

    def _group_reply(self, ask: Ask, *, short: bool = False) -> Reply:
        """One card for the questions of a group: its screening question
        first (when the rules give one), then the questions, numbered."""
        title = self.group_title(ask.group)
        screen = self.group_screen(ask.group)
        lines = []
        for i, a in enumerate(ask.members, 1):
            f = self.rs.facts[a.fact]
            q = f.question or a.fact.replace("_", " ")
            years = f" ({', '.join(str(y) for y in a.years)}, newest first)" if a.years else (f" ({a.year})" if a.year else "")
            kind = "yes/no" if f.type.kind == "boolean" else ("figures" if a.years else self.how_to_answer(f).split(" / ")[0])
            lines.append(f"{i}. {q}{years} [{kind}]")
        booleans = all(self.rs.facts[a.fact].type.kind == "boolean" for a in ask.members)
        example = "\u201cyes to all\u201d, \u201cyes except 2\u201d or \u201cyes; no; yes\u201d" if booleans else \
            "\u201c80%; yes; 66, 58, 49\u201d"
        how = (f"each answer in order, separated by semicolons, e.g. {example}; ? for one you do not have"
               + ("; no if not at all" if screen else "") + " / don't know / skip")
        where = self._heading(ask).strip()
        if criteria := self._criteria_words(ask):
            where = f"{where} \u00b7 for {criteria}" if where else f"for {criteria}"
        head = f"{title[:1].upper() + title[1:]}." + (f" {screen} If so:" if screen else "")
        counter = self._counter(ask)
        plain = f"{counter} \u00b7 {where}: {head} " + " ".join(lines) + f" [{how}]"
        if short:
            return Reply("question", f"{head}\n\n" + "\n".join(lines), plain=f"{head} " + " ".join(lines) + f" [{how}]",
                         quick=self.quick_replies_for(ask))
        answered, total = self.progress()
        md = (f"{self._card_heading(ask, None if ask.revisit else answered + 1, total, last=answered + len(ask.members))}\n\n{bold(head)}\n\n"
              + "\n".join(lines) + f"\n\n_Answer: {how}. /why: {self.why_serves[1]}._")
        return Reply("question", md, plain=plain, quick=self.quick_replies_for(ask), fitted=True)

    def asked_first(self, ask: Ask) -> bool:
        """Whether ``ask`` is one of the questions a grade reads itself,
        asked before the standards (see :meth:`_next`)."""
        return ask.headline and self.cursor is None and not ask.revisit

    def grades_reading(self, ask: Ask, *, short: bool = False, width: int = HEADING_WIDTH["standard"]) -> list[str]:
        """The grades (of a section, a standard or the whole) that read a
        fact of ``ask`` themselves, in words: "the grade of the Outcomes
        section" (``short``: "the Outcomes grade", for a card's heading); a
        standard's words cut to about ``width`` characters."""
        asked = set(ask.facts)
        out = []
        for n in self.rs.program.nodes:
            if n.kind == "criterion" or n.id not in ask.decides or not asked & set(n.facts):
                continue
            if n.kind == "overall":
                out.append("the overall grade")
            elif n.kind == "section":
                out.append(f"the {n.title} grade" if short else f"the grade of the {n.title} section")
            else:
                out.append(f"the grade of {self._named(n.id, width)}")
        return out

    def _heading(self, ask: Ask) -> str:
        """What a question is filed under: its standard, id and title; for a
        question asked before the standards, the grade that reads it."""
        if self.asked_first(ask) and (grades := self.grades_reading(ask)):
            return f"Before the standards \u00b7 read by {' and '.join(grades)}"
        return self._filed_under(ask, width=200)

    def _filed_under(self, ask: Ask, width: int) -> str:
        """The standard a question is filed under, in words with its number."""
        return self._named(ask.standard, width) if ask.standard else ""

    def quick_replies_for(self, ask: Ask) -> tuple[str, ...]:
        if ask.members:
            booleans = all(self.rs.facts[a.fact].type.kind == "boolean" for a in ask.members)
            screen = ("No",) if self.group_screen(ask.group) else ()
            return (("Yes to all",) if booleans else ()) + screen + QUICK_OTHER
        fact = self.rs.facts[ask.fact]
        if fact.type.kind == "boolean":
            return QUICK_BOOLEAN
        if fact.type.kind == "choice":
            return tuple(c[:1].upper() + c[1:] for c in fact.type.choices) + QUICK_OTHER
        return QUICK_OTHER

    def _skip(self) -> list[Reply]:
        ask = self.current
        if ask is None:
            return [Reply("say", "There is no question to skip.")]
        self.pending = None
        if ask.revisit:
            self.current = None
            return [Reply("say", "Kept as it was.")] + self.advance()
        for fact, year in ask.keys:
            self.store.record_event("skip", fact, year)
            self._skipped.add((fact, year))
        self.current = None
        self._evaluate()
        return [Reply("say", "Skipped for now; /goto that standard later to come back to it.")] + self.advance()

    def _finish(self) -> list[Reply]:
        skipped = [k for k in self._skipped]
        out = []
        msg = "That is every question that could still change a verdict."
        if skipped:
            stds = sorted({self._standard_of(f) or "?" for f, _ in skipped})
            msg += f" You skipped {len(skipped)} (in {', '.join(stds)}): /goto a standard to answer them."
        if self.result.overall in (None, "unknown"):
            why = self.kept_open_by()
            if why:
                msg += (" The overall grade stays open because verdicts it needs wait on: " + "; ".join(why)
                        + ". Find those figures and answer with /goto, or /explain overall.")
        out.append(Reply("say", msg))
        out.append(self.report_reply())
        if not self.finished_once and self.rater_mode:
            out.append(Reply("say", "Next: /compare shows each area's best fit by rater (DIFFER where views differ), "
                                    "/plan the action plan from the differences (and edits it), /export DIR writes the "
                                    "report and the plan; /back or /goto changes an answer."))
        elif not self.finished_once:
            out.append(Reply("say", self.next_hint()))
        self.finished_once = True
        return out

    def next_hint(self) -> str:
        """What to do next, naming only what this ruleset has: trends when
        it has yearly figures, benchmarks when it has benchmark facts, the
        findings when the evidence decided everything."""
        facts = self.rs.facts.values()
        parts = ["/plan shows the proposed action plan (and edits it)"]
        if self.talks_through_findings():
            parts.insert(0, "/findings talks through what was found again")
        if any(f.per_year for f in facts):
            parts.append("/trends the three-year trends")
        if any(f.name.endswith("_benchmark") for f in facts):
            parts.append("/benchmarks the comparison")
        parts.append("/export DIR writes the report")
        ids = [j.id for j in self.result.judgements if j.kind == "standard"]
        goto = "S3" if "S3" in ids or not ids else ids[0]
        return f"Next: {', '.join(parts)}; /back or /goto {goto} changes an answer."

    # ------------------------------------------------------------ commands
    def _command(self, c: u.Command) -> list[Reply]:
        name, arg = c.name, c.arg
        if name == "unknown":
            return [Reply("error", f"I don't know the command {arg}. /help lists them.")] + (
                self._again() if self.pending is not None else [])
        if name in ("help", "why", "explain", "evidence", "report", "plan", "trends", "benchmarks", "compare", "cases",
                    "case", "findings"):
            # an aside: the question still open is shown again after it
            return self._aside(name, arg) + self._again()
        waiting = self.pending
        replies = self._act(name, arg)
        if waiting is not None and self.pending is None:
            # /skip, /back, /goto or /quit while an answer waited for its yes: it was not stored, and is said so
            said = waiting[1].said or "your answer"
            replies = [Reply("say", f"Your answer, read as {bold(said)}, was not saved: it was waiting for your yes. "
                                    "Give it again when its question comes back.")] + replies
        elif waiting is not None and not self.quit:
            replies += self._again()
        return replies

    def _again(self) -> list[Reply]:
        """The open question again, short, after an aside (/why, /help ...);
        or, when an answer waits for its yes, that question again."""
        if self.pending is not None:
            said = self.pending[1].said or "your answer"
            return [Reply("confirm", f"Still waiting for your yes: I read your answer as {bold(said)}. Is that right? "
                                     "Say yes or no, or give the answer again.", quick=QUICK_CONFIRM)]
        return [self._ask_reply(self.current, short=True)] if self.current is not None else []

    def _aside(self, name: str, arg: str | None) -> list[Reply]:
        if name == "help":
            return [self.help_reply()]
        if name == "why":
            return [self.why_reply(self.current)]
        if name == "explain":
            return [self.explain_reply(arg)]
        if name == "evidence":
            return [self.evidence_reply()]
        if name == "report":
            return [self.report_reply()]
        if name == "plan":
            return [self.plan_command(arg)]
        if name == "compare":
            return [self.compare_command(arg)]
        if name in ("cases", "case"):
            from senrules_tui import case_views

            if self.cases is None:
                return [Reply("say", "There is no case export here: /cases and /case REF are for a data folder whose "
                                     "senrules-data.toml names one ([[cases]], see docs/timescales.md).")]
            return [case_views.summary_reply(self) if name == "cases" else case_views.case_reply(self, arg)]
        if name == "findings":
            return [self.findings_reply()]
        if name == "trends":
            return [self.trends_reply()]
        return [self.benchmarks_reply()]

    def _act(self, name: str, arg: str | None) -> list[Reply]:
        if name == "skip":
            return self._skip()
        if name == "back":
            return self.back()
        if name == "goto":
            return self.goto(arg)
        if name == "export":
            if not arg:
                return [Reply("error", "Say where: /export DIR (a folder; it is created if needed).")]
            return [self.export(Path(arg).expanduser())]
        if name == "quit":
            self.quit = True
            return [Reply("done", self.farewell())]
        return [Reply("error", f"/{name} is not available here.")]

    def help_reply(self) -> Reply:
        lines = ["Answer each question in your own words (yes / no / partly, a number such as \u201cabout 65%\u201d, "
                 "a date such as \u201clast March\u201d, \u201cdon't know\u201d, or \u201cskip\u201d). Add a note after a dash: "
                 "\u201cyes - see the termly monitoring spreadsheet\u201d.", "", "Commands:"]
        lines += [f"- /{name}: {doc}" for name, doc in self.commands().items()]
        return Reply("say", "\n".join(lines))

    def commands(self) -> dict[str, str]:
        """The commands /help lists, each with what it does (:data:`senrules_tui.understand.COMMANDS`);
        an example number this ruleset does not have is its first standard's ("/goto S1", never a
        "/goto S5" that would fail here)."""
        out = dict(u.COMMANDS)
        for name, said in (("explain", "S3"), ("goto", "S5")):
            if said not in self.rs.program.by_id:
                out[name] = out[name].replace(f"/{name} {said}", f"/{name} {self._example_id()}")
        return out

    def why_reply(self, ask: Ask | None) -> Reply:
        """Why this question: each verdict it serves (the criteria, and the
        grade of a section or standard that reads it itself), what that
        could still be, its source, and each rule that reads it in the
        person's words, part by part with the verdict of each part
        (:meth:`senrules.result.Result.clause_parts`); the rule text itself
        stays behind ``senrules explain --rules``."""
        if ask is None:
            return Reply("say", f"There is no open question now. /explain {self._example_id()} says why a verdict is what it is.")
        fact = self.rs.facts[ask.fact]
        asked = set(ask.facts)
        if ask.members:
            subject = self.group_title(ask.group)
        else:
            subject = self._fact_name(ask.fact) + (f" ({', '.join(str(y) for y in ask.years)})" if ask.years
                                                    else f" for {ask.year}" if ask.year else "")
        parts = [f"Why I ask: {subject}."]
        program = self.rs.program
        readers = list(ask.criteria) + [
            n.id for n in program.nodes
            if n.kind != "criterion" and n.id in ask.decides and asked & set(n.facts)]
        for ident in readers:
            try:
                j = self.result.judgement(ident)
            except KeyError:
                continue
            if j.verdict == "unknown":
                possible = " or ".join(level_words(p) for p in j.possible if p != "no outcome")
                state = f"is still open: it could be {possible}."
            else:  # a what-if (the proposal check) or an answer being revised
                state = f"is {level_words(j.verdict)} on what I know so far; your answer may change that."
            # in words first, the number after them in brackets, as the card's heading says it (node_words, uncut)
            name = bold(node_words(j, len(j.title))) if j.kind in ("criterion", "standard") else \
                f"the grade of {bold(j.title)}" + (f" ({j.kind})" if j.kind != "overall" else "")
            parts.append(f"- {name} {state}"
                         + (f" Source: {'; '.join(j.citations)}." if j.citations else "")
                         + "".join(f" {title}: {level}." for _, title, level, _ in j.ratings))
            parts.extend(self._rule_lines(j, asked))
        if fact.help:
            parts.append(f"\n{fact.help}")
        if fact.category:
            cats = self.rs.program.categories
            where = f" ({cats.citations[0].document} {cats.citations[0].place or ''})".replace(" )", ")") if cats and cats.citations else ""
            parts.append(f"\nThis is {fact.category} evidence{where}.")
        if fact.citations:
            parts.append("Fact source: " + "; ".join(str(c) for c in fact.citations) + ".")
        return Reply("say", "\n".join(parts))

    def _rule_lines(self, j, asked: set[str]) -> list[str]:
        """The clauses of ``j`` that read a fact in ``asked``, in words: the
        outcome, whether the clause holds so far, then each part with its
        own verdict (the parts this question answers marked), and what each
        vague word was taken as."""
        node = self.rs.program.node(j.id)
        lines = []
        for i, clause in enumerate(node.clauses):
            if clause.condition is None or i >= len(j.clauses):
                continue
            if j.kind != "criterion" and clause.outcome not in j.possible:
                continue  # a grade's level already ruled out: the criteria above say why
            join, clause_parts, meanings = self.result.clause_parts(j, i)
            if not any(asked & part.facts for part in clause_parts):
                continue
            when = {"all": "all of these hold", "any": "any of these holds", "one": "this holds"}[join]
            lines.append(f"  - {bold(level_words(clause.outcome))} when {when} (so far: {_HOLDS_WORDS[j.clauses[i].holds]}):")
            for part in clause_parts:
                mine = " (this question)" if asked & part.facts else ""
                words = re.sub(r": not known(?=;|$| and | or )", "", part.words) if part.holds is None else part.words
                lines.append(f"    - {_HOLDS_WORDS[part.holds]}{mine}: {words}")
            lines.extend(f"    - where {meaning}" for meaning in meanings)
        return lines

    def back(self) -> list[Reply]:
        self.pending = None
        keys: list[tuple[str, int | None]] = []
        for r in self._rows:
            key = (r.fact, r.year)
            if key in keys:
                keys.remove(key)
            if r.fact in self.rs.facts:
                keys.append(key)
        if not keys:
            return [Reply("say", "There is no earlier answer to go back to.")] + ([self._ask_reply(self.current)] if self.current else [])
        pos = (self._history_pos if self._history_pos is not None else len(keys)) - 1
        if pos < 0:
            return [Reply("say", "That was the first answer; there is nothing before it.")] + ([self._ask_reply(self.current)] if self.current else [])
        self._history_pos = pos
        fact, year = keys[pos]
        std = self._standard_of(fact)
        crit = tuple(n.id for n in self.rs.program.nodes if n.kind == "criterion" and fact in n.facts)
        self.current = Ask(fact, year, std, crit, revisit=True)
        return [self._ask_reply(self.current)]

    def node_title(self, j) -> str:
        """A standard's or criterion's words, as the framework panel names it."""
        return j.title

    def goto_targets(self) -> list[tuple[str, str]]:
        """What ``/goto`` takes, as the command palette offers it: each
        standard's number and its words, the number after them
        (“Progress towards outcomes is…” (S1))."""
        return [(j.id, self._named(j.id)) for j in self.result.judgements if j.kind == "standard"]

    def explain_targets(self) -> list[tuple[str, str]]:
        """What ``/explain`` takes, as the palette offers it: each section,
        standard and criterion, in words, the number after them."""
        return [(j.id, self._named(j.id)) for j in self.result.judgements if j.kind in ("section", "standard", "criterion")]

    def _standard_ids(self) -> list[str]:
        """The standards' numbers, in the framework's order."""
        return [j.id for j in self.result.judgements if j.kind == "standard"]

    def _example_id(self) -> str:
        """A number this ruleset has, for a hint ("try /explain S1"): its first
        standard's (a hint must name one that works here)."""
        return next(iter(self._standard_ids()), "overall")

    def goto(self, arg: str | None) -> list[Reply]:
        standards = self._standard_ids()
        if not arg:
            return [Reply("error", f"Say which standard: /goto {self._example_id()}. The standards are {and_list(standards)}.")]
        ident = self._find_id(arg)
        if ident is None:
            return [Reply("error", f"There is no standard {arg} in {self.rs.id}. The standards are {and_list(standards)}.")]
        node = self.rs.program.node(ident)
        if node.kind == "criterion" and node.parent is not None:
            ident = self.rs.program.nodes[node.parent].id
        elif node.kind == "section":
            kids = [self.rs.program.nodes[c].id for c in node.children if self.rs.program.nodes[c].kind == "standard"]
            ident = kids[0] if kids else ident
        return self._jump(ident)

    def _asks_under(self, ident: str) -> list[Ask]:
        """The questions (a card's each) a /goto to ``ident`` puts first."""
        return [a for card in self._asks for a in (card.members or (card,)) if (a.standard or card.standard) == ident]

    def _jump(self, ident: str) -> list[Reply]:
        """Go to ``ident`` (kept, so a resumed session carries on from
        there): its skipped questions are put again, the first of its
        questions is asked."""
        self.pending = None
        self.cursor = ident
        self._history_pos = None
        self.store.record_event("goto", detail=ident, when_written=True)  # where you are alone is no session
        self._skipped = {k for k in self._skipped if not self._jumped_to(k[0], ident)}
        self._evaluate()
        self.current = None
        j = self.result.judgement(ident)
        mine = self._asks_under(ident)
        named = self._named(ident, HEADING_WIDTH["standard"])
        if not mine:
            head = Reply("say", f"{named} has no open question: it is {bold(verdict_words(j.verdict))}. "
                                f"/explain {ident} says why. Carrying on from there.")
        else:
            head = Reply("say", f"Now {named}: {len(mine)} question{'s' if len(mine) != 1 else ''}.")
        return [head] + self.advance()

    def _find_id(self, arg: str) -> str | None:
        by_id = self.rs.program.by_id
        t = arg.strip()
        if t in by_id:
            return t
        for ident in by_id:
            if ident.lower() == t.lower():
                return ident
        if t.isdigit() and f"S{t}" in by_id:
            return f"S{t}"
        return None

    def explain_reply(self, arg: str | None) -> Reply:
        from senrules.document import value_text
        from senrules.report import format_value

        ident = self._find_id(arg) if arg else (self.current.standard if self.current else "overall")
        if ident is None and arg and arg.lower() == "overall":
            ident = "overall"
        if ident is None:
            return Reply("error", f"There is no criterion, standard or section {arg} in {self.rs.id}; "
                                  f"try /explain {self._example_id()} (the standards are "
                                  f"{and_list(self._standard_ids())}).")
        j = self.result.judgement(ident) if ident != "overall" else next(x for x in self.result.judgements if x.kind == "overall")
        # a criterion or standard in its words, its number after them (as /why); a section by its title; the overall as "Overall"
        name = (bold(node_words(j, len(j.title))) if j.kind in ("criterion", "standard")
                else bold(j.title) if j.kind == "section" else bold("Overall"))
        lines = [f"{name}: {bold(verdict_words(j.verdict))}"]
        if j.citations:
            lines.append(f"Source: {'; '.join(j.citations)}.")
        words = self.result.words(j)
        if words.reason:
            lines.append(f"Why: {words.reason}.")
        elif j.verdict == "unknown":
            lines.append(f"Not decided yet: it could be {' or '.join(level_words(p) for p in j.possible)}.")
        if j.children:  # each part in its words, its number after them, so nobody has to look a number up
            from senrules.document import short_name

            lines.append("From:")
            lines.extend(f"- {short_name(self.result, c)}: {verdict_words(self.result.verdict(c))}" for c in j.children)
        for f in j.facts:
            prov = f" [{'; '.join(f.provenance)}]" if f.provenance else ""
            fact = self.rs.facts.get(f.fact)
            name = (fact.label if fact is not None and fact.label else f.fact.replace("_", " "))
            shown = value_text(f.value, fact.unit, fact.type.kind) if fact is not None else format_value(f.value)
            lines.append(f"- {name}: {shown}{prov}")
        if j.verdict == "unknown" and j.missing:
            # the parts not yet decided are listed just above: say so rather than list them twice
            parts = [w for name, w in zip(j.missing, words.missing) if name in j.children]
            other = [w for name, w in zip(j.missing, words.missing) if name not in j.children]
            if parts:
                other.insert(0, f"a verdict on the {'part' if len(parts) == 1 else f'{len(parts)} parts'} above not yet decided")
            lines.append("Needs: " + "; ".join(other) + ".")
        if j.known:
            for c, text in zip(j.clauses, words.clauses):
                if c.holds is False and text and c.outcome != j.verdict:
                    lines.append(f"- it would be {level_words(c.outcome)}, but {text}")
        from senrules.document import gap_text

        for g in self.result.gaps:
            if g.node == j.id:
                lines.append(f"Gap to the next grade: {gap_text(self.result, g)}.")
        return Reply("say", "\n".join(lines))

    def findings_reply(self) -> Reply:
        """What the evidence was found to say, criterion by criterion: those
        below the best outcome first, each with its verdict, why, and the
        places the evidence quotes (a document's lines, a file's rows)."""
        # the best outcome (outcomes are declared best first; "not applicable" is never short of anything)
        best = next((o for o in self.rs.program.outcomes if o != "not_applicable"), None)
        short, fine = [], []
        for j in self.result.judgements:
            if j.kind != "criterion":
                continue
            words = self.result.words(j)
            where = [p for f in j.facts for p in (f.provenance or ())]
            item = (f"- {bold(self._named(j.id, 90))}: {bold(verdict_words(j.verdict))}"
                    + (f". {words.reason[:1].upper() + words.reason[1:]}" if words.reason and j.verdict != best else "")
                    + "".join(f"\n  - {_clip(p, 400)}" for p in where[:3]))
            (fine if j.verdict in (best, "not_applicable") else short).append(item)
        md = []
        if short:
            md += [f"What falls short ({len(short)} of {len(short) + len(fine)}):", *short]
        if fine:
            md += ["", f"What was found ({len(fine)}):", *fine]
        if not md:
            return Reply("say", "There is nothing to talk through yet.")
        # only the commands that work here (a proposal check has no action plan)
        hint = ["/explain ID says more about one", "/plan is the action plan", "/export DIR writes the report"]
        md += ["", "; ".join(h for h in hint if h.split()[0][1:] in self.commands()) + "."]
        return Reply("report", "\n".join(md))

    def _fact_name(self, name: str) -> str:
        """A fact as a person reads it: its label in the rules (else its
        name in words), never its id."""
        from senrules.wording import fact_label, humanise

        fact = self.rs.facts.get(name)
        return fact_label(fact) if fact is not None else humanise(name)

    def _value_words(self, name: str, value) -> str:
        """A value as the reports write it: ``66%``, ``13 weeks``, ``yes``."""
        from senrules.report import format_value
        from senrules.wording import format_value as in_words

        fact = self.rs.facts.get(name)
        if fact is None or isinstance(value, (list, tuple, dict)):
            return format_value(value)
        unit = fact.unit if not (fact.type.kind == "percentage" and fact.unit and not fact.unit.startswith("%")) else None
        return in_words(value, unit, fact.type.kind)

    def evidence_reply(self) -> Reply:
        text = [self.evidence_summary(full=True), ""]
        by_fact: dict[str, list[Evidence]] = {}
        for e in self.gathered.evidence:
            by_fact.setdefault(e.fact, []).append(e)
        if by_fact:
            text.append("What each value is and where it came from:")
            for fact, evs in by_fact.items():
                for e in evs:
                    year = f" ({e.year})" if e.year else ""
                    text.append(f"- {self._fact_name(fact)}{year}: {self._value_words(fact, e.value)} [{e.provenance}]")
        answers = self.latest()
        if answers:
            text.append("")
            text.append(f"Your answers ({len(answers)}), in `{self.store.path}`:")
            for (fact, year), r in answers.items():
                f = self.rs.facts[fact]
                note = f" \u2014 note: \u201c{r.note}\u201d" if r.note else ""
                rater = (self.store.meta.get("options") or {}).get("rater")
                text.append(f"- {self._fact_name(fact)}{' (' + str(year) + ')' if year else ''}: {u.shown_value(r.value, f)}, "
                            f"answer {r.id} given {r.answered_at:%Y-%m-%d %H:%M}" + (f" by {rater}" if rater else "") + note)
        return Reply("say", "\n".join(text))

    # ------------------------------------------------------------ the end
    def report_reply(self) -> Reply:
        if self.cases is not None:
            from senrules_tui import case_views

            return case_views.summary_reply(self)
        r = self.result
        md = [f"## Grades: overall {bold(verdict_words(r.overall))}", ""]
        plain = ["Grades:"]
        for ident, title, grade, why in self.grade_rows():
            number = f" ({ident})" if ident else ""  # words first, the number after them, as the questions say it
            # a list, not a table: in a bubble a table squeezes the title or the reason into a column a word wide
            md.append(f"- {bold(title)}{number} \u2014 {bold(grade)}: {why.removeprefix(grade + ': ')}")
            plain.append(f"{title}{number}: {grade} ({why})")
        gaps = [g for g in r.gaps]
        if gaps:
            md += ["", "Gaps to the next grade:"]
            plain.append("Gaps to the next grade:")
            from senrules.document import gap_text, short_name

            for g in gaps:
                md.append(f"- {bold(short_name(r, g.node))}, now {level_words(g.grade)}: {gap_text(r, g)}")
                plain.append(f"- {short_name(r, g.node)}, now {level_words(g.grade)}: {gap_text(r, g)}")
        return Reply("report", "\n".join(md), plain="\n".join(plain))

    def grade_rows(self) -> list[tuple[str, str, str, str]]:
        """The grades in framework order, each ``(id, title, grade, reason
        in words)``: a section by its title alone ("Outcomes", not
        "outcomes Outcomes", as the exported report names it) and the
        overall as "Overall", with no id."""
        r = self.result
        out = []
        for j in r.judgements:
            if j.kind not in ("standard", "section", "overall"):
                continue
            why = r.words(j).reason or reason(j)
            if j.kind == "overall":
                out.append(("", "Overall", verdict_words(j.verdict), why))
            elif j.kind == "section" and j.title:
                out.append(("", j.title.rstrip("."), verdict_words(j.verdict), why))
            else:
                out.append((j.id, j.title.rstrip("."), verdict_words(j.verdict), why))
        return out

    def plan_rows(self) -> list[dict]:
        """The action plan derived from the current grades, with the
        person's edits re-applied (senrules.actionplan.current); with
        several raters, nasen's audit plan from where their views differ
        (:mod:`senrules_tui.rater_views`)."""
        if self.cases is not None:
            return []  # a case export: the late cases are its findings (/cases), not a plan's rows
        if self.rater_mode:
            from senrules_tui import rater_views

            return rater_views.plan_rows(self)
        from senrules_tui.plan import current

        return current(self.rs, self.result, self._plan)

    @property
    def rater_mode(self) -> bool:
        """Whether this conversation is one rater's among several (see
        :mod:`senrules_tui.rater_views`): decided once, when first asked."""
        if getattr(self, "_rater_mode", None) is None:
            from senrules_tui import rater_views

            self._rater_mode = rater_views.in_rater_mode(self)
        return self._rater_mode

    def plan_fields(self) -> tuple[str, ...]:
        """The plan's columns, for the report screen's table."""
        if self.rater_mode:
            from senrules_tui import rater_views

            return tuple(f for f in rater_views.plan_fields() if f != "id")
        from senrules_tui.plan import FIELDS

        return FIELDS

    def plan_heading(self, field: str) -> str:
        if self.rater_mode:
            from senrules_tui import rater_views

            return rater_views.plan_headings()[field]
        from senrules_tui.plan import HEADINGS

        return HEADINGS[field]

    def compare_command(self, arg: str | None) -> Reply:
        """``/compare`` (every area, every rater) or ``/compare PE4``."""
        from senrules_tui import rater_views

        if not self.rater_mode:
            return Reply("say", "There is only one rater here. To compare views, hold a conversation for each rater "
                                f"(`senrules assess --ruleset {self.rs.id} --rater parents`, then `--rater \"school staff\"`), "
                                "or name each rater's files in the data folder's senrules-data.toml with "
                                "`rater = \"...\"`; then /compare shows where the views differ.")
        if arg and arg.strip():
            return rater_views.area_reply(self, arg)
        return rater_views.compare_reply(self)

    def save_plan(self, rows: list[dict]) -> None:
        """Save the plan as shown and edited: for each row derived from a
        gap, only the cells that differ from what the grades propose now
        (so the rest keeps following the answers); rows the person added or
        that have closed as they are; a derived row left out as deleted."""
        if self.rater_mode:
            from senrules_tui import rater_views

            rater_views.save_plan(self, rows)
            return
        from senrules_tui.plan import FIELDS, propose

        fresh = {r["source"]: r for r in propose(self.rs, self.result)}
        saved: list[dict] = []
        present = set()
        for row in rows:
            source = row.get("source")
            present.add(source)
            base = fresh.get(source)
            if base is None:
                saved.append(dict(row))
                continue
            edited = set(row.get("edited") or ()) | {f for f in FIELDS if (row.get(f) or "") != (base.get(f) or "")}
            keep = {f: row.get(f) for f in FIELDS if f in edited}
            saved.append({"source": source, "edited": [f for f in FIELDS if f in edited], **keep})
        saved += [{"source": source, "deleted": True} for source in fresh if source not in present]
        # the plan table keeps the cells; which cells are the person's, and
        # which derived rows they deleted, go beside it in the session's meta
        self.store.save_plan([r for r in saved if not r.get("deleted")])
        self.store.set_meta(PLAN_EDITS, {
            r["source"]: {"edited": r.get("edited"), "deleted": bool(r.get("deleted"))}
            for r in saved if r.get("source") and ("edited" in r or r.get("deleted"))
        })
        self._plan = saved

    def _saved_plan(self) -> list[dict] | None:
        """The plan as saved, each derived row with the cells the person
        edited (a plan saved before edits were recorded cell by cell keeps
        every cell as the person's)."""
        rows = self.store.plan()
        if rows is None:
            return None
        edits = self.store.meta.get(PLAN_EDITS)
        if not isinstance(edits, dict):
            return rows
        out = []
        for row in rows:
            mine = edits.get(row.get("source") or "")
            if isinstance(mine, dict) and isinstance(mine.get("edited"), list):
                row = {**row, "edited": mine["edited"]}
            out.append(row)
        out += [{"source": s, "deleted": True} for s, mine in edits.items() if isinstance(mine, dict) and mine.get("deleted")]
        return out

    def plan_command(self, arg: str | None) -> Reply:
        from senrules_tui import plan as p

        if self.rater_mode:
            from senrules_tui import rater_views

            return rater_views.plan_command(self, arg)
        if self.cases is not None:
            return Reply("say", "A case export has no action plan of its own: /cases shows the share on time per step "
                                "and the late cases, /case REF one case.")
        rows = self.plan_rows()
        if arg:
            m = re.match(r"(?i)^edit\s+(\d+)\s+([\w ?]+?)\s*=\s*(.*)$", arg.strip())
            if m:
                i, field, value = int(m[1]), p.field_for(m[2]), m[3].strip()
                if not 1 <= i <= len(rows):
                    return Reply("error", f"There is no row {i}; the plan has {len(rows)}.")
                if field is None:
                    return Reply("error", f"`{m[2]}` is not a column; use one of: " + ", ".join(p.FIELDS) + ".")
                rows[i - 1][field] = value
                self.save_plan(rows)
                return Reply("say", f"Row {i}, {p.HEADINGS[field]} now reads: \u201c{value}\u201d. Saved.")
            m = re.match(r"(?i)^(delete|remove)\s+(\d+)$", arg.strip())
            if m:
                i = int(m[2])
                if not 1 <= i <= len(rows):
                    return Reply("error", f"There is no row {i}; the plan has {len(rows)}.")
                del rows[i - 1]
                self.save_plan(rows)
                return Reply("say", f"Row {i} removed. Saved.")
            m = re.match(r"(?i)^add\s+(.+)$", arg.strip())
            if m:
                taken = {r.get("source") for r in rows}
                source = next(f"added:{n}" for n in range(1, len(rows) + 2) if f"added:{n}" not in taken)
                rows.append({"area": m[1].strip(), "action": "", "who": p.DEFAULT_WHO, "by_when": "", "success": "",
                             "evaluation": "", "source": source, "status": "added"})
                self.save_plan(rows)
                return Reply("say", f"Row {len(rows)} added. Fill it in with /plan edit {len(rows)} action = ...")
            if arg.strip().lower() in ("reset", "propose"):
                self.store.save_plan([])
                self.store.set_meta(PLAN_EDITS, {})
                self._plan = None
                rows = self.plan_rows()
                return Reply("say", "The plan was proposed again from the current grades; your edits are gone. Saved.\n\n"
                             + p.rows_markdown(rows), plain=p.rows_text(rows))
            return Reply("error", "Say /plan, /plan edit 2 who = Team leader, /plan add AREA, /plan delete 2, or /plan reset.")
        edited = any(r.get("edited") or r.get("status") in ("added", "closed") for r in rows)
        head = "Action plan (nasen's format), from the current grades" + (", with your edits" if edited else "")
        tip = "Change a cell with /plan edit 2 who = Team leader. Rows follow the grades: a row whose gap has closed is marked closed."
        return Reply("report", f"### {head}\n\n{p.rows_markdown(rows)}\n\n{tip}", plain=f"{head}:\n{p.rows_text(rows)}\n{tip}")

    def insight_values(self) -> dict:
        from senrules_tui.insights import facts_of

        return facts_of(self.rs, self.evidence())

    def trends_reply(self) -> Reply:
        from senrules_tui.insights import series, trends_text

        text = trends_text(series(self.rs, self.insight_values(), self.year))
        return Reply("report", f"### Three-year trends\n\n```text\n{text}\n```", plain=f"Three-year trends:\n{text}")

    def benchmarks_reply(self) -> Reply:
        from senrules_tui.insights import benchmark_table, benchmarks

        text = benchmark_table(benchmarks(self.rs, self.insight_values(), self.year))
        return Reply("report", f"### Benchmarks\n\n```text\n{text}\n```", plain=f"Benchmarks:\n{text}")

    def export(self, folder: Path) -> Reply:
        from senrules_tui.export import export_all

        if self.cases is not None:
            from senrules.errors import SenrulesError
            from senrules_tui import case_views

            try:
                folder.mkdir(parents=True, exist_ok=True)
                written = case_views.export(self, folder)
            except OSError as err:
                raise SenrulesError(f"{folder}: cannot write the export ({err.strerror or err})") from None
        else:
            written = export_all(self, folder)
        listed = "\n".join(f"- `{p}`" for p in written)
        return Reply("say", f"Written:\n{listed}")


def _clip(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def shell_quoted(path) -> str:
    import shlex

    return shlex.quote(str(path))


def _span(years: list[int]) -> str:
    ys = sorted(set(years))
    if len(ys) > 2 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"{ys[0]}-{ys[-1]}"
    return ", ".join(str(y) for y in ys)


def latest_session(folder: Path, kind: str = "self-evaluation") -> Path:
    from senrules_tui.store import list_sessions

    sessions = list_sessions(folder, kind)
    if not sessions:
        start = "senrules proposal FILE" if kind == "proposal" else "senrules assess"
        what = "proposal check" if kind == "proposal" else "self-evaluation"
        raise SessionStoreError(f"there is no {what} to resume in {folder}; start one with `{start}`")
    return sessions[0].path


def _saved_options(store: SessionStore) -> dict:
    """The options a session was started with, as saved in it; a damaged
    record (not a table of names, no ruleset named) is refused naming the
    file, since the session cannot be continued without them."""
    saved = store.meta.get("options")
    problem = None
    if not isinstance(saved, dict):
        problem = "the options it was started with are missing"
    elif not isinstance(saved.get("ruleset"), str) or not saved["ruleset"].strip():
        problem = "it does not say which rules it was started with"
    else:
        wrong = sorted(k for k in attrs.fields_dict(Options) if saved.get(k) is not None and not isinstance(saved[k], str))
        if wrong:
            problem = f"its saved {', '.join(wrong)} {'is' if len(wrong) == 1 else 'are'} not text"
    if problem:
        raise SessionStoreError(f"{store.path}: the session cannot be continued: {problem} (the file is damaged); "
                                "start a new session")
    return saved


def open_session(path: Path, cls=None) -> SessionStore:
    """The session file at ``path``, checked to be a session of ``cls``'s
    kind (a self-evaluation is not continued as a proposal check, nor the
    other way round)."""
    from senrules_tui.store import session_kind

    store = SessionStore.open(path)
    if not isinstance(store.meta.get("options"), dict):
        raise SessionStoreError(f"{path}: the session does not say what it was about; it was left as it is")
    kind = session_kind(store.meta)
    if cls is not None and kind != cls.kind:
        command = "senrules proposal" if kind == "proposal" else "senrules assess"
        what = "proposal check" if kind == "proposal" else "self-evaluation"
        raise SessionStoreError(f"{path} holds a {what}; continue it with `{command} --resume --db {path}`")
    return store.claim()


def new_session_path(folder: Path, ruleset: str) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stamp}-{ruleset}.sqlite"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stamp}-{ruleset}-{n}.sqlite"
    return path


def gather(options: Options, *, plugins=None, ruleset=None, extraction=None, parameters=None):
    """Load the ruleset and gather the evidence (from the data folder, or
    a proposal document): ``(ruleset, context, gathered, parameters)``.
    ``parameters``: the values to gather and evaluate with instead of those
    the options name (see :func:`senrules.gather.gather_for`).

    ``plugins`` (else the installed ones, loaded only when needed) gather
    the evidence, contribute a ruleset whose id is neither a path nor
    shipped, and offer ``options.parameter_set``.  ``ruleset`` is
    ``options.ruleset`` already loaded, and ``extraction`` the proposal
    document already read (the proposal check has both), so neither is done
    twice."""
    from senrules.engine import parse_evaluation_date
    from senrules.entrypoints import InstalledRulesets
    from senrules.gather import gather_for
    from senrules.ruleset import load_ruleset

    loaded = [plugins]

    def installed():
        if loaded[0] is None:
            from senrules.plugins import Plugins

            loaded[0] = Plugins()
        return loaded[0]

    rs = ruleset or load_ruleset(options.ruleset, search=InstalledRulesets(installed, lambda: loaded[0] is not None))
    date = parse_evaluation_date(options.date) if options.date else None
    data = None if options.document else options.data
    facts_evidence, service = [], options.service
    if getattr(options, "facts", None) and not options.document:
        facts_evidence, facts_date, named = _read_facts(rs, options.facts)
        date = date or facts_date
        service = service or (named if data is None else None)
    rater = getattr(options, "rater", None)
    if rater is None and data is not None and _keeps_raters_apart(data, rs.id):
        from senrules_tui.rater_views import SHARED_ONLY

        rater = SHARED_ONLY  # no rater's views are taken for this person's
    context, gathered, params = gather_for(rs, data, evaluation_date=date, service=service,
                                           params_file=options.params, parameter_set=options.parameter_set,
                                           rater=rater, parameters=parameters,
                                           plugins=installed() if data is not None or options.parameter_set else None)
    if facts_evidence:
        from senrules.gather import Gathered

        gathered = Gathered([*gathered.evidence, *facts_evidence], gathered.problems, gathered.plugins)
    if options.document:
        from senrules.gather import Gathered

        extraction = extraction or _read_document(options.document)
        gathered = Gathered([e for e in extraction.evidence() if e.fact in rs.facts])
    return rs, context, gathered, params


def _parameters_now(rs, context, options: Options, plugins=None):
    """The parameter values a session's sources give now (the data folder's
    manifest, the parameter set, the parameter file), as :func:`gather`
    reads them; raises :class:`senrules.SenrulesError` when one cannot be
    read."""
    from senrules.gather import parameters_for

    return parameters_for(rs, manifest=context.manifest, folder=context.data_dir, parameter_set=options.parameter_set,
                          params_file=options.params, plugins=plugins)


def _read_facts(rs, path):
    """A facts file's evidence (``--facts``, or a ruleset's bundled demo
    facts), its evaluation date and the service it names."""
    import json

    from senrules.cases import load_facts
    from senrules.links import declared_facts

    evidence, date = load_facts(path, declared_facts(rs))
    service = None
    if str(path).endswith(".json"):
        try:
            named = json.loads(Path(path).read_text(encoding="utf-8")).get("service")
            service = named if isinstance(named, str) else None
        except (OSError, ValueError, AttributeError):
            service = None
    return evidence, date, service


def _keeps_raters_apart(data, ruleset_id: str) -> bool:
    """Whether the data folder names raters for this ruleset."""
    from senrules.errors import SenrulesError
    from senrules.gather import data_folder, load_manifest
    from senrules.raters import raters_in

    try:
        return bool(raters_in(load_manifest(data_folder(data)), ruleset_id))
    except SenrulesError:
        return False  # said where the folder is read


def _read_document(path):
    """What the proposal reader finds in a document (an ``Extraction``)."""
    from senrules.errors import InputError

    try:
        from senrules_proposals.extract import extract
        from senrules_proposals.reader import DocumentError, read_document
    except ImportError as err:  # pragma: no cover - installed with senrules
        raise InputError(f"the proposal checker is not installed ({err})") from None
    try:
        return extract(read_document(path))
    except DocumentError as err:
        raise InputError(err.message) from None

