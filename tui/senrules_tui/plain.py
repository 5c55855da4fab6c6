"""``senrules assess --plain``: the conversation line by line.

No full-screen interface: each assistant message is printed as plain text,
each question on its own line, and one answer is read per line from
standard input.  It suits screen readers (nothing moves, nothing redraws)
and scripts (pipe the answers in).  At the end of input the session is
already saved (every answer is written when it is given); with ``--export
DIR`` the report files are written then.
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
    if not session.quit and session.store.pending:
        out.write("Nothing was answered, so no session file was written.\n")
    elif not session.quit:
        answered, total = session.progress()
        out.write(f"Saved ({answered} answer{'s' if answered != 1 else ''}). {session.resume_hint()}\n")
    out.flush()
    return status
