"""``senrules assess --plain``: the conversation line by line.

No full-screen interface: each assistant message is printed as plain text,
each question on its own line, and one answer is read per line from
standard input.  It suits screen readers (nothing moves, nothing redraws)
and scripts (pipe the answers in).  At the end of input the session is
already saved (every answer is written when it is given); with ``--export
DIR`` the report files are written then.

``--resume`` without ``--db`` when there are several self-evaluations
lists them, numbered, most recent first, and reads the number of the one
to continue (:func:`choose_session`), as the full screen does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from senrules_tui.session import Reply, Session


def emit(replies: list[Reply], out) -> None:
    for r in replies:
        lines = [line for line in r.text.splitlines() if line.strip()]  # no blank lines: one thing per line
        if r.kind == "question":
            out.write("\n")  # a blank line before each question marks the turn
        out.write("\n".join(lines) + "\n")
    out.flush()


def run(session: Session, *, stdin=None, stdout=None, export: str | None = None, echo: bool | None = None) -> int:
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    interactive = stdin.isatty() if hasattr(stdin, "isatty") else False
    echo = (not interactive) if echo is None else echo
    emit(session.opening(), out)
    status = 0
    try:
        while not session.quit:
            if interactive:
                try:
                    line = input("> ")
                except EOFError:
                    break
            else:
                line = stdin.readline()
                if not line:
                    break
                line = line.rstrip("\r\n")
                if echo:
                    out.write(f"> {line}\n")
            emit(session.handle(line), out)
    except KeyboardInterrupt:
        out.write("\n")
        status = 130
    if export:
        emit([session.export(Path(export).expanduser())], out)
    if not session.quit:  # /quit has said it
        out.write(session.farewell() + "\n")
    out.flush()
    return status


def choose_session(sessions, *, stdin=None, stdout=None, echo: bool | None = None) -> Path | None:
    """Which of ``sessions`` (:class:`~senrules_tui.store.SessionInfo`,
    most recent first) to continue: a numbered list, then one number a
    line; an empty line is the first (the latest).  A line that is not one
    of the numbers is said to be so and the question asked again.  None at
    the end of input, or for ``q``: nothing is opened."""
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    interactive = stdin.isatty() if hasattr(stdin, "isatty") else False
    echo = (not interactive) if echo is None else echo
    n = len(sessions)
    out.write(f"There are {n} saved self-evaluations. Which do you want to continue?\n")
    for i, s in enumerate(sessions, 1):
        when = f"{s.updated:%Y-%m-%d %H:%M}  " if s.updated else ""
        out.write(f"{i}. {when}{s.title}  {s.path}\n")
    ask = f"Type its number (1-{n}; Enter for 1, the latest; q to stop)."
    out.write(ask + "\n")
    out.flush()
    while True:
        if interactive:
            try:
                line = input("> ")
            except EOFError:
                line = None
        else:
            line = stdin.readline()
            line = line.rstrip("\r\n") if line else None
            if line is not None and echo:
                out.write(f"> {line}\n")
        if line is None or line.strip().lower() in ("q", "quit", "/quit"):
            out.write("No session was opened; nothing was changed.\n")
            out.flush()
            return None
        choice = line.strip().rstrip(".")
        if not choice:
            return sessions[0].path
        if choice.isdigit() and 1 <= int(choice) <= n:
            return sessions[int(choice) - 1].path
        out.write(f"\u201c{line.strip()}\u201d is not one of the sessions listed. {ask}\n")
        out.flush()
