"""Several raters in the assistant: where the raters' views differ, and the
action plan that uses the differences.

nasen's audit tools (2014) end: "Remember to carry out this audit with
parents too. How do your views differ from those of parents?" (and with
children and young people).  A conversation is in *rater mode* when

* its session names a rater (``senrules assess --rater parents``), or
* its data folder keeps several raters' answers apart (``rater = "..."`` in
  ``senrules-data.toml``, e.g. a survey export per rater group), or
* another saved conversation on the same ruleset and data names a rater
  (``senrules assess --rater "school staff"`` earlier, in the sessions
  folder or a ``--db`` file the assistant remembers).

Then ``/compare`` lines the raters up area by area, ``DIFFER`` where two
raters' known verdicts differ, and ``/plan`` is nasen's audit action plan
proposed from those differences (:func:`senrules.raters.propose_plan`):
editable, saved in the session at once (meta key :data:`RATER_PLAN`), kept
as written when the views change (:func:`senrules.raters.merge_plan`), and
exported as the same CSV that ``senrules compare --plan`` writes and reads,
so either can carry on the other's plan.

This module only gathers the raters and shows what
:mod:`senrules.raters` computes: every verdict is the rules' own, each
rater's on their own evidence.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from senrules.wording import titled

YOU = "you (this conversation)"
"""The rater name of a conversation started without ``--rater``."""

RATER_PLAN = "rater_plan_v1"
"""The session-meta key of the raters' action plan as the person edited it:
the rows (nasen's columns, :data:`senrules.raters.PLAN_FIELDS`), and
``{"id": ..., "deleted": true}`` for a proposed row they deleted."""

SHARED_ONLY = ""
"""The rater a conversation without ``--rater`` gathers evidence as, when
its data folder keeps raters apart: it matches no rater's entries, so only
the shared ones are read (no rater's views are taken for this person's)."""

STATUS_WORDS = {"open": "open", "closed": "closed: no rater needs it now", "added": "added by you"}


def options_of(session) -> dict:
    saved = session.store.meta.get("options")
    return saved if isinstance(saved, dict) else {}


def this_rater(session) -> str:
    """Whose views this conversation gives."""
    return options_of(session).get("rater") or YOU


def folder_raters(session) -> tuple[str, ...]:
    """The raters the data folder's manifest names for this ruleset."""
    from senrules.raters import raters_in

    return raters_in(session.context.manifest, session.rs.id)


def other_sessions(session) -> list[tuple[str, Path]]:
    """Other saved conversations on this ruleset and data that name a rater,
    the most recent for each rater: ``(rater, path)``, in the order they
    were started.  Those that could not be read are in :func:`unread_sessions`."""
    return [(f.rater, f.path) for f in _others(session)[0]]


def unread_sessions(session) -> list[Unread]:
    """The saved conversations that could not be read, each with why: one
    on this ruleset and data that names a rater (its views are missing from
    the comparison), or one so damaged that whose it is cannot be told."""
    return _others(session)[1]


@attrs.frozen
class Found:
    """Another rater's saved conversation, read: its intact answers."""

    rater: str
    path: Path
    rows: tuple = ()  # senrules_tui.store.StoredAnswer, oldest first
    damaged: tuple = ()  # senrules_answers.DamagedRow: the answers that could not be read


@attrs.frozen
class Unread:
    """Something of the other raters' that could not be read: a saved
    conversation (``row`` None) or one answer in it; ``rater`` None when the
    file is too damaged to tell whose it is; ``facts``: what stays unknown."""

    path: str
    reason: str
    rater: str | None = None
    facts: tuple = ()
    place: str = ""  # within the file: a sheet, row or column
    session: bool = False  # a saved conversation that could not be opened at all

    def describe(self) -> str:
        if self.rater:
            whose = f"the views of {self.rater} in "
        else:
            whose = "a saved conversation, whose views cannot be told, in " if self.session else ""
        return f"{whose}`{self.path}`{', ' + self.place if self.place else ''}: {self.reason}"


def _others(session) -> tuple[list[Found], list[Unread]]:
    """Every saved self-evaluation in the sessions folder and those kept
    elsewhere (``--db``), read once per reply: the other raters' (most
    recent per rater, in the order they were started) and those that could
    not be read.  A file whose answers cannot all be read is named with
    :meth:`SessionStore.answer_rows`' reasons, never skipped without a word."""
    from senrules_tui import locations
    from senrules_tui.store import SessionStore, SessionStoreError, session_kind

    here = _resolved(session.store.path)
    candidates: dict[Path, Path] = {}
    folder = locations.sessions_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.sqlite")):
            candidates.setdefault(_resolved(path), path)
    for path in locations.elsewhere_sessions():
        if Path(path).is_file():  # a remembered session moved or deleted since is no one's loss
            candidates.setdefault(_resolved(path), Path(path))
    candidates.pop(here, None)
    key = tuple((str(p), _mtime(p)) for p in candidates.values())
    cached = getattr(session, "_rater_others", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    mine = options_of(session)
    found: list[tuple[str, str, Found]] = []  # (updated, created, found)
    unread: list[Unread] = []
    for path in candidates.values():
        try:
            store = SessionStore.open(path)
        except SessionStoreError as err:
            unread.append(Unread(str(path), _reason(err.message, path), session=True))
            continue
        meta = store.meta
        options = meta.get("options") if isinstance(meta.get("options"), dict) else {}
        rater = options.get("rater")
        if (not rater or session_kind(meta) != "self-evaluation" or meta.get("ruleset") != session.rs.id
                or options.get("data") != mine.get("data") or rater == this_rater(session)):
            continue
        try:
            info = store.info()
            rows = tuple(store.answer_rows())
        except SessionStoreError as err:
            unread.append(Unread(str(path), _reason(err.message, path), rater, session=True))
            continue
        found.append((str(info.updated or ""), str(meta.get("created_at") or ""),
                      Found(rater, Path(path), rows, tuple(store.damaged))))
    latest: dict[str, tuple[str, Found]] = {}
    for _, created, f in sorted(found, key=lambda item: item[0], reverse=True):
        latest.setdefault(f.rater, (created, f))
    result = ([f for _, f in sorted(latest.values(), key=lambda item: item[0])], unread)
    session._rater_others = (key, result)
    return result


def _reason(message: str, path: Path) -> str:
    """A store's message without the path it starts with (it is shown apart)."""
    for lead in (f"{path}: ", f"{path} "):
        if message.startswith(lead):
            return message[len(lead):]
    return message


def unread_evidence(session) -> list[Unread]:
    """What of the other raters' could not be read: their saved
    conversations that could not be read at all, then each answer or file
    of theirs that the comparison could not read (a damaged row of a
    conversation, named by the answers plugin with its row and why; a rater's
    file in the data folder), each once, leaving out what this
    conversation's own evidence already reported."""
    out = list(unread_sessions(session))
    c = comparison(session)
    me = this_rater(session)
    own = {str(p) for p in getattr(getattr(session, "gathered", None), "problems", ())}
    seen: dict[str, int] = {}
    for view in c.views:
        if view.rater == me:
            continue
        for problem in view.problems:
            line = str(problem)
            if line in own:
                continue
            if line in seen:  # a shared file's problem, met again for another rater
                i = seen[line]
                out[i] = attrs.evolve(out[i], rater=None)
                continue
            seen[line] = len(out)
            place = ", ".join(part for part in problem.location.split(", ")[1 if problem.file else 0:])
            out.append(Unread(problem.file or problem.plugin or "the evidence", problem.message, view.rater,
                              tuple(problem.facts), place))
    return out


def unread_markdown(items: list[Unread], *, area_facts: set | None = None) -> str:
    """The unread items as a paragraph for the chat (``""`` when none); with
    ``area_facts`` only those that concern an area with those facts (a
    whole conversation unread concerns every area)."""
    if area_facts is not None:
        items = [u for u in items if not u.facts or set(u.facts) & area_facts]
    if not items:
        return ""
    n = len(items)
    head = (f"**Not everything could be read** ({n} item{'s' if n != 1 else ''}); "
            "what could be read is shown, and what could not stays not judged:")
    return "\n".join([head, *(f"- {u.describe()}" for u in items)])


def _resolved(path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path)


def in_rater_mode(session) -> bool:
    """Whether several raters' views are about: this conversation names a
    rater, or its data folder does, or (for a ruleset judged on a declared
    scale, as the audits are) another saved conversation does.  The saved
    conversations are looked through only in that last case, so a
    self-evaluation against dcsf-2008 opens none of them."""
    from senrules.raters import outcome_scale

    if getattr(session, "cases", None) is not None:
        return False  # a case export: its cases, not raters' views
    if options_of(session).get("rater") or folder_raters(session):
        return True
    # a rater's conversation that could not be read counts too: the person is told what is missing
    return outcome_scale(session.rs) is not None and (bool(other_sessions(session))
                                                      or any(u.rater for u in unread_sessions(session)))


def comparison(session):
    """Every rater's verdicts, area by area (:func:`senrules.raters.compare`):
    the data folder's raters, this conversation (its answers, from its
    session file), and the other conversations found."""
    from senrules.raters import compare

    me = this_rater(session)
    others = other_sessions(session)
    # the data folder's raters, then the conversations in the order they were started
    started = {r: str(_created(p)) for r, p in others}
    started[me] = str(session.store.meta.get("created_at") or "")
    names = list(dict.fromkeys([*folder_raters(session), *sorted(started, key=lambda r: started[r])]))
    sessions = list(others)
    if session.store.path.is_file() and not session.store.pending:
        sessions.append((me, session.store.path))
    options = options_of(session)
    key = (tuple(names), tuple((r, str(p), _mtime(p)) for r, p in sessions))
    cached = getattr(session, "_rater_comparison", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    if getattr(session, "_rater_plugins", None) is None:
        from senrules.plugins import Plugins

        session._rater_plugins = Plugins()
    data = session.context.data_dir
    result = compare(session.rs, data, raters=names, sessions=sessions, evaluation_date=session.date,
                     service=session.context.service, params_file=options.get("params"),
                     parameter_set=options.get("parameter_set"), plugins=session._rater_plugins)
    session._rater_comparison = (key, result)
    return result


def _created(path: Path) -> str:
    from senrules_tui.store import SessionStore, SessionStoreError

    try:
        return str(SessionStore.open(path).meta.get("created_at") or "")
    except SessionStoreError:
        return ""


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


# ------------------------------------------------------------------ showing the comparison


def level_words(c, verdict: str) -> str:
    from senrules.raters import UNDECIDED

    return "not judged" if verdict in UNDECIDED else verdict.replace("_", " ")


def compare_reply(session):
    """``/compare``: each area with every rater's best fit, DIFFER marked."""
    from senrules_tui.session import Reply

    c = comparison(session)
    rs = c.ruleset
    diffs = c.differences()
    head = (f"How the views differ: {rs.header.title or rs.id}, {len(c.raters)} rater"
            f"{'s' if len(c.raters) != 1 else ''} ({', '.join(c.raters)})")
    md = [f"### {head}", ""]
    plain = [head + ":"]
    for a in c.areas:
        mark = "DIFFER" if a.differ else ("same" if len(a.known) > 1 else "")
        views = "; ".join(f"{r}: {level_words(c, v)}" for r, v in a.verdicts)
        md.append(f"- **{titled(a.id, a.title)}{' · DIFFER' if a.differ else ''}**: {views}")
        plain.append(f"{titled(a.id, a.title)}{' ' + mark if mark else ''}: {views}")
    from senrules.raters import areas_words, unjudged_words

    summary = f"Views differ on {len(diffs)} of {len(c.areas)} areas" + (": " + areas_words(diffs) if diffs else "") + "."
    unjudged = [a for a in c.areas if a.unjudged]
    if unjudged:
        summary += " Not yet judged: " + unjudged_words(unjudged) + "."
    tip = "/plan is the action plan from these views; /compare AREA shows one area with what each rater's box means."
    md += ["", summary]
    plain += [summary]
    unread = unread_markdown(unread_evidence(session))
    if unread:
        from senrules_tui.session import plain_text

        md += ["", unread]
        plain += [plain_text(unread)]
    md += ["", tip]
    plain += [tip]
    return Reply("report", "\n".join(md), plain="\n".join(plain))


def notes_by_area(session) -> dict[str, list[tuple[str, str]]]:
    """The notes the raters made on their answers ("strong - the parent
    forum says so"), area by area: nasen's "make notes within it"
    (``{area id: [(rater, note), ...]}``).  A survey export has none."""
    areas: dict[str, list[str]] = {}
    for node in session.rs.program.nodes:
        if node.kind == "criterion":
            for fact in node.facts:
                areas.setdefault(fact, []).append(node.id)
    out: dict[str, list[tuple[str, str]]] = {}
    for found in _others(session)[0]:  # their intact answers (those that could not be read: unread_evidence)
        _notes(out, found.rater, found.rows, areas, found.damaged)
    mine = session.store.answer_rows() if not session.store.pending else []
    _notes(out, this_rater(session), mine, areas, session.store.damaged)
    return out


def _notes(out: dict, rater: str, rows, areas: dict, damaged=()) -> None:
    latest = {}
    for r in rows:
        latest[(r.fact, r.year)] = r
    for bad in damaged:  # a damaged latest answer: its fact is unknown, and so is the note given with it
        if bad.key in latest and (bad.id is None or bad.id > latest[bad.key].id):
            del latest[bad.key]
    for (fact, _), r in latest.items():
        if r.note:
            for area in areas.get(fact, ()):
                out.setdefault(area, []).append((rater, r.note))


def area_reply(session, ident: str):
    """``/compare PE4``: one area, each rater's box in the source's words."""
    from senrules_tui.session import Reply

    c = comparison(session)
    area = next((a for a in c.areas if a.id.lower() == ident.strip().lower()), None)
    if area is None:
        return Reply("error", f"There is no area {ident}; the areas are {_ids([a.id for a in c.areas])}.")
    lines = [f"**{titled(area.id, area.title, whole=True)}**" + (" — **the views differ**" if area.differ else "")]
    for r, v in area.verdicts:
        meaning = c.level_meaning(v) if v in area.scale else None
        lines.append(f"- {r}: {level_words(c, v)}" + (f" (“{meaning}”)" if meaning else ""))
    for rater, note in notes_by_area(session).get(area.id, []):
        lines.append(f"- note by {rater}: \u201c{note}\u201d")
    if area.differ:
        lines.append(f"The raters are {area.spread} box{'es' if area.spread != 1 else ''} apart. nasen: ask what the "
                     "possible barriers may be, so you have an idea of where to go next.")
    node = next((n for n in session.rs.program.nodes if n.id == area.id), None)
    unread = unread_markdown(unread_evidence(session), area_facts=set(node.facts) if node is not None else set())
    if unread:
        lines += ["", unread]
    return Reply("say", "\n".join(lines))


def _plan_area(row) -> str:
    """A plan row's area in its words, its number after them; an added row by its words."""
    ident = str(row.get("id") or "")
    return str(row.get("area") or "") if ident.startswith("added:") or not ident else f"{row.get('area')} ({ident})"


def short_heading(text: str, width: int = 60) -> str:
    head = text.split(":", 1)[0] if ":" in text[:60] else text
    return head if len(head) <= width else head[: width - 1] + "\u2026"


def _ids(ids) -> str:
    ids = list(ids)
    return ", ".join(ids[:12]) + (f" and {len(ids) - 12} more" if len(ids) > 12 else "")


# ------------------------------------------------------------------ the action plan


def plan_fields() -> tuple[str, ...]:
    from senrules.raters import PLAN_FIELDS

    return PLAN_FIELDS


def plan_headings() -> dict[str, str]:
    from senrules.raters import PLAN_HEADINGS

    return PLAN_HEADINGS


def plan_rows(session) -> list[dict]:
    """nasen's audit action plan from the current views, with the person's
    edits kept (:func:`senrules.raters.merge_plan`); each row's ``status``:
    open (an area some rater did not put in the best box, or where views
    differ), closed (it no longer is), added (a row the person added)."""
    from senrules.raters import merge_plan, propose_plan

    proposed = propose_plan(comparison(session))
    saved = session.store.meta.get(RATER_PLAN) if not session.store.pending else None
    saved = saved if isinstance(saved, list) else []
    deleted = {r.get("id") for r in saved if isinstance(r, dict) and r.get("deleted")}
    kept = [r for r in saved if isinstance(r, dict) and not r.get("deleted")]
    rows = merge_plan(kept, [p for p in proposed if p["id"] not in deleted])
    open_ids = {p["id"] for p in proposed}
    for row in rows:
        ident = row.get("id") or ""
        row["status"] = "added" if ident.startswith("added:") else ("open" if ident in open_ids else "closed")
    return rows


def save_plan(session, rows: list[dict]) -> None:
    """Save the plan as shown and edited; a proposed row left out is
    remembered as deleted, so it is not proposed again."""
    from senrules.raters import PLAN_FIELDS, propose_plan

    proposed = {p["id"] for p in propose_plan(comparison(session))}
    present = {r.get("id") for r in rows}
    saved = [{f: (r.get(f) or "") for f in PLAN_FIELDS} for r in rows]
    saved += [{"id": i, "deleted": True} for i in sorted(proposed - present)]
    session.store.set_meta(RATER_PLAN, saved)


def reset_plan(session) -> None:
    session.store.set_meta(RATER_PLAN, [])


def field_for(word: str) -> str | None:
    """A column named in ``/plan edit 2 key area = ...``."""
    from senrules.raters import PLAN_FIELDS, PLAN_HEADINGS

    w = word.strip().lower().replace("?", "").replace(" ", "_")
    aliases = {"key": "key_area", "key_area": "key_area", "by": "by_when", "when": "by_when", "know": "success",
               "evaluate": "evaluation", "views": "views", "how_we_will_know": "success"}
    if w in PLAN_FIELDS:
        return w
    if w in aliases:
        return aliases[w]
    for f in PLAN_FIELDS:
        if PLAN_HEADINGS[f].lower().replace("?", "").replace(" ", "_") == w:
            return f
    from senrules_tui import plan as p

    other = p.field_for(word)
    return other if other in PLAN_FIELDS else None


def rows_markdown(rows: list[dict]) -> str:
    from senrules.raters import PLAN_HEADINGS

    fields = ("area", "views", "action", "who", "by_when", "key_area", "success", "evaluation")
    out = ["| # | " + " | ".join(PLAN_HEADINGS[f] for f in fields) + " | Status |",
           "| --- |" + " --- |" * (len(fields) + 1)]
    for i, r in enumerate(rows, 1):
        area = f"{r.get('id')} {r.get('area')}" if not str(r.get("id", "")).startswith("added:") else r.get("area")
        cells = [area, *(r.get(f) or "" for f in fields[1:])]
        out.append(f"| {i} | " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells)
                   + f" | {STATUS_WORDS.get(r.get('status'), r.get('status') or '')} |")
    return "\n".join(out)


def rows_text(rows: list[dict]) -> str:
    from senrules.raters import PLAN_HEADINGS

    out = []
    for i, r in enumerate(rows, 1):
        ident = str(r.get("id", ""))
        area = r.get("area") if ident.startswith("added:") else f"{r.get('area')} ({ident})"
        out.append(f"{i}. {area} [{STATUS_WORDS.get(r.get('status'), r.get('status') or '')}]")
        for f in ("views", "action", "who", "by_when", "key_area", "success", "evaluation"):
            out.append(f"   {PLAN_HEADINGS[f]} {r.get(f) or '-'}")
    return "\n".join(out) if out else "(no row: every rater put every area in the best box, and no views differ)"


def plan_command(session, arg: str | None):
    """``/plan`` in rater mode: show, ``edit N column = text``, ``add AREA``,
    ``delete N``, ``reset``."""
    import re

    from senrules.raters import PLAN_FIELDS, PLAN_HEADINGS

    from senrules_tui.session import Reply

    rows = plan_rows(session)
    text = (arg or "").strip()
    if text:
        m = re.match(r"(?i)^edit\s+(\d+)\s+([\w ?]+?)\s*=\s*(.*)$", text)
        if m:
            i, field, value = int(m[1]), field_for(m[2]), m[3].strip()
            if not 1 <= i <= len(rows):
                return Reply("error", f"There is no row {i}; the plan has {len(rows)}.")
            if field is None or field == "id":
                return Reply("error", f"`{m[2]}` is not a column; use one of: "
                             + ", ".join(f for f in PLAN_FIELDS if f != "id") + ".")
            rows[i - 1][field] = value
            save_plan(session, rows)
            return Reply("say", f"Row {i}, {PLAN_HEADINGS[field]} now reads: \u201c{value}\u201d. Saved.")
        m = re.match(r"(?i)^(delete|remove)\s+(\d+)$", text)
        if m:
            i = int(m[2])
            if not 1 <= i <= len(rows):
                return Reply("error", f"There is no row {i}; the plan has {len(rows)}.")
            del rows[i - 1]
            save_plan(session, rows)
            return Reply("say", f"Row {i} removed. Saved.")
        m = re.match(r"(?i)^add\s+(.+)$", text)
        if m:
            taken = {r.get("id") for r in rows}
            ident = next(f"added:{n}" for n in range(1, len(rows) + 2) if f"added:{n}" not in taken)
            rows.append({"id": ident, "area": m[1].strip(), "who": ", ".join(comparison(session).raters)})
            save_plan(session, rows)
            return Reply("say", f"Row {len(rows)} added. Fill it in with /plan edit {len(rows)} action = ...")
        if text.lower() in ("reset", "propose"):
            reset_plan(session)
            rows = plan_rows(session)
            return Reply("say", "The plan was proposed again from the raters' views; your edits are gone. Saved.\n\n"
                         + rows_markdown(rows), plain=rows_text(rows))
        return Reply("error", "Say /plan, /plan edit 2 who = SENCO and parent forum, /plan add AREA, /plan delete 2, "
                              "or /plan reset.")
    c = comparison(session)
    head = (f"Action plan following the audit (nasen's format), from the views of {', '.join(c.raters)}"
            + (", with your edits" if session.store.meta.get(RATER_PLAN) else ""))
    tip = ("Change a cell with /plan edit 2 by when = end of spring term (columns: action, who, by when, key area, "
           "success, evaluation). Where views differ the first action is to talk them through; /compare shows every area.")
    unread = unread_markdown(unread_evidence(session))
    if unread:
        from senrules_tui.session import plain_text

        return Reply("report", f"### {head}\n\n{rows_markdown(rows)}\n\n{unread}\n\n{tip}",
                     plain=f"{head}:\n{rows_text(rows)}\n{plain_text(unread)}\n{tip}")
    return Reply("report", f"### {head}\n\n{rows_markdown(rows)}\n\n{tip}", plain=f"{head}:\n{rows_text(rows)}\n{tip}")


# ------------------------------------------------------------------ exports


def report_blocks(session) -> list:
    """The views by rater and the raters' plan, as report blocks (for the
    Markdown, HTML and Word report)."""
    from senrules.document import Block
    from senrules.raters import PLAN_HEADINGS

    c = comparison(session)
    blocks = [Block("h2", "How the views differ, area by area")]
    blocks.append(Block("p", f"Raters: {', '.join(c.raters)}. Each rater's best fit is judged by the rules on that "
                             "rater's own evidence; DIFFER marks an area where two raters' known verdicts differ."))
    header = ("area", *c.raters, "views")
    items = tuple((titled(a.id, a.title), *(level_words(c, v) for _, v in a.verdicts),
                   "DIFFER" if a.differ else "") for a in c.areas)
    blocks.append(Block("table", header=header, items=items))
    unread = unread_evidence(session)
    if unread:
        blocks.append(Block("p", "Not everything could be read; what could be read is shown, and what could not "
                                 "stays not judged:"))
        blocks.append(Block("list", items=tuple(u.describe().replace("`", "") for u in unread)))
    notes = notes_by_area(session)
    if notes:
        blocks.append(Block("h3", "The raters' notes"))
        blocks.append(Block("list", items=tuple(f"{titled(a.id, a.title)}, {rater}: \u201c{note}\u201d" for a in c.areas
                                                for rater, note in notes.get(a.id, []))))
    rows = plan_rows(session)
    blocks.append(Block("h2", "Action plan following the audit"))
    if rows:
        fields = ("area", "views", "action", "who", "by_when", "key_area", "success", "evaluation")
        blocks.append(Block("table", style="plan", header=("#", *(PLAN_HEADINGS[f] for f in fields), "Status"),
                            items=tuple((str(i), _plan_area(r), *(str(r.get(f) or "") for f in fields[1:]),
                                         STATUS_WORDS.get(r.get("status"), "")) for i, r in enumerate(rows, 1))))
    else:
        blocks.append(Block("p", "No row: every rater put every area in the best box, and no views differ."))
    return blocks


def plan_csv(session) -> str:
    """The plan as ``senrules compare --plan`` writes it (and reads back),
    with a byte order mark so that a spreadsheet reads it as UTF-8."""
    import csv
    import io

    from senrules.raters import PLAN_FIELDS, PLAN_HEADINGS

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([PLAN_HEADINGS[f] for f in PLAN_FIELDS])
    for row in plan_rows(session):
        writer.writerow([row.get(f, "") for f in PLAN_FIELDS])
    return "\ufeff" + buffer.getvalue()
