"""Case-level rulesets in the assistant: a case export talked through.

A case-level ruleset (``ehc-timescales-2014``) judges each case of a
case-management export on its own (see docs/timescales.md).  When the data
folder of a conversation names such an export (a ``[[cases]]`` entry for
the ruleset), there is nothing to ask one person: the assistant opens with
every case judged as a batch (the one batch path,
:func:`senrules.case_batch.judge_cases`), the share on time per step and
per year and the late cases, and then talks through what the person asks:
``/cases`` the summary again, ``/case REF`` one case step by step, with the
reason for each verdict and the dates behind it (row of the export).

Without a case export the conversation is about one case, asked question
by question, as for any ruleset.  The verdicts are the rules'; this module
only reads the export, counts and words them.
"""

from __future__ import annotations

import attrs

from senrules.wording import short_title

PROGRESS_FROM = 5000
"""Cases from which the judging reports its progress (on standard error in
``--plain``; in the full screen the opening says how many were judged)."""


@attrs.frozen
class CaseBook:
    """The cases of a conversation's export(s), judged."""

    files: tuple[str, ...]
    cases: tuple  # senrules_cases.Case
    problems: tuple
    summary: object  # senrules.case_batch.CaseSummary

    def find(self, ref: str):
        ref = ref.strip().lower()
        return next((c for c in self.cases if str(c.id).lower() == ref), None)


def load(session, *, progress=None) -> CaseBook | None:
    """The judged cases when the conversation's data folder names a case
    export for its ruleset, else None."""
    ctx = session.context
    if ctx.data_dir is None or not ctx.section("cases"):
        return None
    try:
        from senrules_cases import read_all
    except ImportError:  # pragma: no cover - installed with senrules
        return None
    from senrules.case_batch import judge_cases

    exports = read_all(session.rs, ctx)
    if not exports:
        return None
    cases = tuple(c for e in exports for c in e.cases)
    summary = judge_cases(session.rs, cases, evaluation_date=session.date, parameters=session.parameters,
                          year_fact="request_date" if "request_date" in session.rs.facts else None, progress=progress)
    return CaseBook(tuple(e.file for e in exports), cases, tuple(p for e in exports for p in e.problems), summary)


def _words(level: str) -> str:
    return (level or "unknown").replace("_", " ")


def summary_reply(session, *, opening: bool = False):
    """The share on time per step (and per year), and the late cases."""
    from senrules_tui.session import Reply

    book = session.cases
    s = book.summary
    rs = session.rs
    files = ", ".join(f"`{f}`" for f in book.files)
    md = [f"The data folder names a case export ({files}): **{s.total} case{'s' if s.total != 1 else ''}**, each "
          f"judged on its own against {rs.header.title or rs.id}, as at {session.date:%-d %B %Y}. Nothing needs "
          "asking: every date comes from the export." if opening else f"### {s.total} cases, as at {session.date:%-d %B %Y}"]
    md.append("")
    md.append("Cases: " + ", ".join(f"{n} {_words(lvl)}" for lvl, n in s.overall) + ".")
    md.append("")
    md.append("| step | on time | late | not yet due | n/a | unknown | share on time |")
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for st in s.steps:
        share = "-" if st.share_on_time is None else f"{st.share_on_time:.1f}%"
        md.append(f"| {short_title(st.title, 48)} ({st.id}) | {st.count('on_time')} | {st.count('late')} | {st.count('not_yet_due')} | "
                  f"{st.count('not_applicable')} | {st.count('unknown')} | {share} |")
    years = [(y, steps) for y, steps in s.by_year if y is not None]
    if years:
        md.append("")
        md.append("Share on time by the year of the request: " + "; ".join(
            f"{y}: " + ", ".join(f"{short_title(st.title, 32)} ({st.id}) {st.share_on_time:.0f}%" for st in steps
                                 if st.share_on_time is not None)
            for y, steps in years) + ".")
    if s.late:
        shown = s.late[:10]
        md.append("")
        from senrules.case_batch import late_words

        md.append(f"{len(s.late)} case{'s have' if len(s.late) != 1 else ' has'} a late step"
                  + (f"; the first {len(shown)}:" if len(s.late) > len(shown) else ":"))
        md.append("")
        md += [f"- {c}: {late_words(s, ids)}" for c, ids in shown]
    if book.problems:
        md.append("")
        md.append(f"{len(book.problems)} problem{'s' if len(book.problems) != 1 else ''} reading the export (those facts stay "
                  "unknown for those cases alone): " + "; ".join(p.render() for p in book.problems[:3])
                  + (" ..." if len(book.problems) > 3 else "") + " (/evidence lists them all).")
    tip = ("Ask about a case with /case REF (for example `/case " + (s.late[0][0] if s.late else str(book.cases[0].id))
           + "`); /cases shows this again; /export DIR writes it.")
    md += ["", tip]
    from senrules.case_batch import render_text

    from senrules_tui.session import plain_text

    plain = (plain_text(md[0]) + "\n" if opening else "") + render_text(rs, s, late_shown=10) + plain_text(tip)
    return Reply("report" if not opening else "say", "\n".join(md), plain=plain)


def case_reply(session, ref: str | None):
    """One case, step by step: the verdict, why, and the dates behind it."""
    from senrules.evidence import Evidence, Provenance

    from senrules_tui.session import Reply

    book = session.cases
    if not ref or not ref.strip():
        return Reply("error", "Say which case: /case REF, the case's reference in the export.")
    case = book.find(ref)
    if case is None:
        return Reply("error", f"There is no case {ref.strip()} in the export ({book.summary.total} cases).")
    evidence = [Evidence(name, value, Provenance("cases", file=", ".join(book.files), record=f"row {case.row}"))
                for name, value in case.facts.items() if value is not None]
    result = session.rs.evaluate(evidence, evaluation_date=session.date, parameters=session.parameters)
    overall = result.overall
    lines = [f"**Case {case.id}** (row {case.row} of the export): **{_words(overall)}**"]
    for j in result.judgements:
        if j.kind != "criterion":
            continue
        why = result.words(j).reason
        lines.append(f"- **{short_title(j.title, 70)}** ({j.id}): **{_words(j.verdict)}**" + (f" ({why})" if why else ""))
    from senrules.report import format_value

    dates = [f"{session.rs.facts[n].label or n.replace('_', ' ')}: {format_value(v)}" for n, v in case.facts.items()
             if v is not None and n in session.rs.facts]
    if dates:
        lines.append("From the export: " + "; ".join(dates) + ".")
    return Reply("say", "\n".join(lines))


def export(session, folder) -> list:
    """``cases-summary.md`` and ``cases.json``: the summary and every late case."""
    import json

    from senrules.case_batch import render_text

    from senrules_tui.export import write_private

    s = session.cases.summary
    text = summary_reply(session).md
    write_private(folder / "cases-summary.md", text + "\n\n```text\n" + render_text(session.rs, s, late_shown=len(s.late)) + "```\n")
    write_private(folder / "cases.json", json.dumps({"ruleset": session.rs.id, "evaluation_date": session.date.isoformat(),
                                                     **s.to_dict()}, indent=2, ensure_ascii=False) + "\n")
    return [folder / "cases-summary.md", folder / "cases.json"]
