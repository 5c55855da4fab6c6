"""The Grades table of the report screen: each section, standard and the
overall grade with its reason in words, readable from 80 to 200 columns.

A Markdown table sizes its columns by their content, so the long reasons
took the width and squeezed the standard's title into a column a word wide.
The standard's words lead the row, its number in a narrow column after
them; the id and the grade are never wrapped (an id stays whole), and the
title and the reason share what is left, two parts to three, each with a
width below which it is not squeezed."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

#: The narrowest the title and the reason columns become (at 80 columns the
#: table is drawn at these widths or a little more).
TITLE_MIN, REASON_MIN = 18, 28


def grades_table(rows) -> Table:
    """``rows``: ``(id, title, grade, reason)`` (see
    :meth:`senrules_tui.session.Session.grade_rows`); a section and the
    overall have no id."""
    table = Table(expand=True, show_lines=True, box=box.SQUARE, pad_edge=True)
    table.add_column("standard", ratio=2, min_width=TITLE_MIN)
    table.add_column("", no_wrap=True, style="dim")  # its number, after its words
    table.add_column("grade", no_wrap=True)
    table.add_column("reason", ratio=3, min_width=REASON_MIN)
    for ident, title, grade, why in rows:
        # the reason starts "good: ..." where the grade column already says good
        table.add_row(title, ident, Text(grade, style="bold"), why.removeprefix(f"{grade}: "))
    return table
