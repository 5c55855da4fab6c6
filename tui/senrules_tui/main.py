"""Entry points called by ``senrules assess`` and ``senrules proposal``.

``senrules.cli`` imports this module only when one of those commands runs,
and this module imports Textual only for the full-screen app, so ``--plain``
works (and starts fast) without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

INSTALL_HINT = "pip install 'senrules[tui]'"


def _terminal() -> bool:
    """Whether standard input and output are a terminal (the full-screen
    assistant needs one; scripts and pipes use --plain)."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _have_textual() -> bool:
    from importlib.util import find_spec

    return find_spec("textual") is not None


def _needs_terminal() -> int:
    sys.stderr.write("senrules: the full-screen assistant needs a terminal; use --plain for line-by-line input and output\n")
    return 2


def options_from(args):
    from senrules_tui.options import Options

    data, facts = args.data, getattr(args, "facts", None)
    ruleset = args.ruleset or "dcsf-2008"
    if getattr(args, "demo", False) and not data and not facts:
        data, facts = demo_for(ruleset)
    return Options(ruleset=ruleset, data=data, date=args.date, service=args.service, params=args.params,
                   parameter_set=getattr(args, "parameter_set", None), rater=getattr(args, "rater", None), facts=facts)


def demo_name() -> str:
    from senrules.gather import bundled_demos

    names = bundled_demos()
    return "northshire" if "northshire" in names or not names else names[0]


def demo_for(ruleset: str) -> tuple[str | None, str | None]:
    """``--demo``: (data folder, facts file) of the bundled example for
    ``ruleset``: the bundled demo folder whose ``senrules-data.toml`` has an
    entry for it (``oakfield-audit`` for the nasen audits, ``plan-amir``,
    ``school-documents``, ``westmoor-ehc``), else the ruleset's own
    ``demo.json`` facts when it has no folder (the readiness and
    graduated-approach reviews), else the demo service (``northshire``)."""
    from senrules.errors import SenrulesError
    from senrules.gather import demo_folder_for

    folder = demo_folder_for(ruleset)
    if folder is not None:
        return folder, None
    if ruleset not in ("dcsf-2008", "hmi-2005", "example"):
        try:
            from senrules.ruleset import load_ruleset

            rs = load_ruleset(ruleset)
        except SenrulesError:
            return demo_name(), None
        own = Path(next(iter(rs.sources))).parent / "demo.json"
        if own.is_file():
            return None, str(own)
    return demo_name(), None


def assess(args) -> int:
    """``senrules assess``; returns the exit code."""
    if args.sessions:
        return list_sessions(args.db)
    options = options_from(args)
    problem = _data_problem(options.data)
    if problem:  # said in one line, before any full screen opens
        sys.stderr.write(f"senrules: error: {problem}\n")
        return 2
    if args.plain:
        from senrules_tui.plain import choose_session, run
        from senrules_tui.session import Session

        db = args.db
        if args.resume and not db:  # several to continue: a numbered list to choose from, as the full screen has
            from senrules_tui import locations
            from senrules_tui.store import list_sessions as found

            sessions = found(locations.sessions_dir(), "self-evaluation")
            if len(sessions) > 1:
                db = choose_session(sessions)
                if db is None:
                    return 0
        session = Session.start(options, db=db, resume=args.resume, progress=_case_progress)
        return run(session, export=args.export)
    if not _have_textual():
        sys.stderr.write(f"senrules: the full-screen assistant needs Textual: {INSTALL_HINT} (or use --plain)\n")
        return 2
    if not _terminal():
        return _needs_terminal()
    from senrules_tui.app import SenrulesApp

    return _run_full_screen(SenrulesApp(options, db=args.db, resume=args.resume, export=args.export))


def _run_full_screen(app) -> int:
    """Run the full-screen ``app``; once it has closed, say how to continue (its farewell)."""
    app.run()
    if app.farewell:
        sys.stdout.write(app.farewell + "\n")
    return app.return_code or 0


def _case_progress(done: int, total: int) -> None:
    """Progress of a long case export's judging, on standard error (``--plain``)."""
    from senrules_tui.case_views import PROGRESS_FROM

    if total > PROGRESS_FROM:
        sys.stderr.write(f"\rsenrules: {done} of {total} cases judged" + ("\n" if done == total else ""))
        sys.stderr.flush()


def _data_problem(data) -> str | None:
    """Why ``--data`` cannot be used, in one line (None when it can)."""
    if not data:
        return None
    from senrules.errors import SenrulesError
    from senrules.gather import data_folder

    try:
        data_folder(data)
    except SenrulesError as err:
        return err.message
    return None


def list_sessions(db=None) -> int:
    from senrules_tui import locations
    from senrules_tui.store import SessionStore, SessionStoreError
    from senrules_tui.store import list_sessions as found

    sessions = found(locations.sessions_dir())
    listed = {s.path.resolve() for s in sessions}
    for path in ([db] if db else []) + locations.elsewhere_sessions():
        path = Path(path)
        if path.resolve() in listed or not path.is_file():
            continue
        try:
            sessions.append(SessionStore.open(path).info())
        except SessionStoreError:
            continue
        listed.add(path.resolve())
    sessions.sort(key=lambda s: (s.updated is not None, s.updated or 0, str(s.path)), reverse=True)
    if not sessions:
        sys.stdout.write(f"No sessions in {locations.sessions_dir()}.\n")
        return 0
    import shlex

    for s in sessions:
        when = s.updated.strftime("%Y-%m-%d %H:%M") if s.updated else "?"
        command = "senrules proposal" if s.kind == "proposal" else "senrules assess"
        sys.stdout.write(f"{when}  {s.title}\n    {command} --resume --db {shlex.quote(str(s.path))}\n")
    return 0


def proposal(args) -> int:
    """``senrules proposal [FILE]``: the interactive proposal check."""
    school_year = getattr(args, "school_year", None)
    if school_year:
        from senrules_proposals import school_year as years

        years.load(school_year)  # a bad file is said in one line before anything opens (InputError)
        school_year = str(Path(school_year).resolve())  # kept with the session: --resume works from anywhere
    if args.plain:
        from senrules_tui.proposal_chat import run_plain

        return run_plain(args.file, ruleset=args.ruleset, params=args.params, parameter_set=args.parameter_set,
                         db=args.db, resume=args.resume, school_year=school_year)
    if not _have_textual():
        sys.stderr.write(f"senrules: the full-screen assistant needs Textual: {INSTALL_HINT} (or use --plain)\n")
        return 2
    if not _terminal():
        return _needs_terminal()
    from senrules_tui.app import ProposalApp

    return _run_full_screen(ProposalApp(args.file, ruleset=args.ruleset, params=args.params,
                                        parameter_set=args.parameter_set, db=args.db, resume=args.resume,
                                        school_year=school_year))
