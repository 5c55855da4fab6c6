"""Several raters: one ruleset judged on each rater's evidence, compared area by area.

nasen's audit tools (2014) ask a school to judge each area of practice and
then: "Remember to carry out this audit with parents too. How do your views
differ from those of parents?" (and the same with children and young
people).  So each rater's answers are kept apart, with who gave them:

* in a data folder, a manifest entry with ``rater = "parents"`` (an
  ``[[answers]]`` file, an ``[[audit_survey]]`` export, any plugin's entry)
  is read only when that rater is evaluated; entries without a rater are
  read for every rater (see :class:`~senrules.gather.EvaluationContext`);
* an assistant session (``senrules assess --rater parents``) is an answers
  file of its own, given here as ``(rater, path)``.

:func:`compare` evaluates the ruleset once per rater and lines the verdicts
up criterion by criterion (:class:`Comparison`).  Where two raters' known
verdicts differ the area is marked; a rater who has not judged an area is
named, never counted as disagreeing.  The verdicts are the rules' own:
nothing here decides one.

:func:`propose_plan` turns a comparison into nasen's action plan (the
columns of the tool's "Action plan following ... audit"), one row per area
that some rater did not put at the best level, or on which raters differ;
:func:`merge_plan` keeps what a person already wrote in a plan file when it
is proposed again, so the plan can be edited (CSV, :func:`write_plan_csv`
and :func:`read_plan_csv`) and refreshed as more raters answer.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

from senrules.errors import InputError
from senrules.files import write_private
from senrules.wording import and_list
from senrules.wording import titled

UNDECIDED = ("unknown", "no outcome")

PLAN_FIELDS = ("id", "area", "views", "action", "who", "by_when", "key_area", "success", "evaluation")
PLAN_HEADINGS = {
    "id": "Id",
    "area": "Area of practice that needs improving",
    "views": "Best fit, by rater (How do your views differ?)",
    "action": "Action needed to make improvement",
    "who": "Who needs to be involved?",
    "by_when": "By when?",
    "key_area": "Key area for improvement",
    "success": "How will we know we have achieved this?",
    "evaluation": "How and when will we evaluate this?",
}
"""The columns of nasen's action plan (2014, "Action plan following
parental engagement and participation audit ..." and "... following the
children and young people's voice and self-advocacy audit"), in its words,
with the criterion id and each rater's best fit added."""


def raters_in(manifest: Mapping, ruleset: str | None = None) -> tuple[str, ...]:
    """Every ``rater`` a data folder's manifest names (in entries for
    ``ruleset``, when given), in order of first appearance."""
    out: list[str] = []
    for value in manifest.values():
        entries = value if isinstance(value, list) else [value]
        for entry in entries:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("rater"), str):
                continue
            only = entry.get("ruleset")
            if ruleset is not None and only is not None and ruleset not in ([only] if isinstance(only, str) else list(only)):
                continue
            if entry["rater"] not in out:
                out.append(entry["rater"])
    return tuple(out)


@attrs.frozen
class RaterView:
    """One rater's evaluation: the result, and the problems with their evidence."""

    rater: str
    result: object  # senrules.result.Result
    problems: tuple = ()


@attrs.frozen
class AreaComparison:
    """One criterion (area of practice) across raters."""

    id: str
    title: str
    verdicts: tuple[tuple[str, str], ...]  # (rater, verdict)
    scale: tuple[str, ...]  # the outcomes, best first

    @property
    def known(self) -> tuple[tuple[str, str], ...]:
        return tuple((r, v) for r, v in self.verdicts if v not in UNDECIDED)

    @property
    def differ(self) -> bool:
        """Two raters' known verdicts differ."""
        return len({v for _, v in self.known}) > 1

    @property
    def unjudged(self) -> tuple[str, ...]:
        return tuple(r for r, v in self.verdicts if v in UNDECIDED)

    @property
    def spread(self) -> int:
        """How many levels apart the raters furthest apart are."""
        places = [self.scale.index(v) for _, v in self.known if v in self.scale]
        return max(places) - min(places) if places else 0

    @property
    def weakest(self) -> int:
        """The lowest place any rater gives (0 is the best level), -1 if none is known."""
        places = [self.scale.index(v) for _, v in self.known if v in self.scale]
        return max(places) if places else -1

    def views(self, words=None) -> str:
        words = words or (lambda v: v.replace("_", " "))
        text = "; ".join(f"{r}: {words(v) if v not in UNDECIDED else 'not judged'}" for r, v in self.verdicts)
        return text + (" (views differ)" if self.differ else "")


@attrs.frozen
class Comparison:
    """A ruleset evaluated for several raters, lined up criterion by criterion."""

    ruleset: object  # senrules.ruleset.Ruleset
    views: tuple[RaterView, ...]
    areas: tuple[AreaComparison, ...]

    @property
    def raters(self) -> tuple[str, ...]:
        return tuple(v.rater for v in self.views)

    def differences(self) -> tuple[AreaComparison, ...]:
        return tuple(a for a in self.areas if a.differ)

    def level_meaning(self, level: str) -> str | None:
        """The words of the declared outcomes scale for a level, if declared."""
        scale = outcome_scale(self.ruleset)
        return scale.meaning(level) if scale is not None else None

    def to_dict(self) -> dict:
        return {
            "ruleset": self.ruleset.id,
            "raters": list(self.raters),
            "overall": {v.rater: v.result.overall for v in self.views},
            "areas": [
                {"id": a.id, "title": a.title, "verdicts": dict(a.verdicts), "differ": a.differ,
                 "not_judged_by": list(a.unjudged), "spread": a.spread}
                for a in self.areas
            ],
        }


def outcome_scale(rs):
    """The declared scale that is the ruleset's outcomes, if any."""
    for scale in rs.program.scales.values():
        if scale.level_names == tuple(rs.program.outcomes):
            return scale
    return None


def compare(rs, data: str | os.PathLike | None = None, *, raters: Sequence[str] | None = None,
            sessions: Iterable[tuple[str, str | os.PathLike]] = (), evaluation_date=None,
            service: str | None = None, params_file=None, parameter_set=None, plugins=None,
            allow_outside: bool | None = None) -> Comparison:
    """Evaluate ``rs`` for each rater and compare.

    ``data`` is a data folder (or bundled demo); its manifest's raters are
    evaluated unless ``raters`` names which.  ``sessions`` adds raters whose
    answers are in an assistant session file (an answers store).  Raises
    :class:`InputError` when there is no rater at all."""
    from senrules.gather import context_for, data_folder, parameters_for

    folder = data_folder(data) if data is not None else None
    base = context_for(folder, evaluation_date=evaluation_date, service=service, ruleset=rs.id,
                       allow_outside=allow_outside)
    sessions = [(str(r), Path(p)) for r, p in sessions]
    for _, path in sessions:
        if not path.is_file():
            raise InputError(f"{path}: no such session file")
    names = list(raters) if raters else list(raters_in(base.manifest, rs.id))
    names += [r for r, _ in sessions if r not in names]
    if not names:
        raise InputError(
            "no raters: name each rater's files in the data folder's senrules-data.toml with rater = \"...\" "
            "(for example [[answers]] file = \"parents.sqlite\" rater = \"parents\"), or give assistant sessions"
        )
    if plugins is None:
        from senrules.plugins import Plugins

        plugins = Plugins()
    params = parameters_for(rs, manifest=base.manifest, folder=folder, parameter_set=parameter_set,
                            params_file=params_file, plugins=plugins)
    views = []
    for rater in names:
        manifest = dict(base.manifest)
        own = [{"file": str(p.resolve()), "rater": rater} for r, p in sessions if r == rater]
        if own:
            existing = manifest.get("answers", [])
            existing = existing if isinstance(existing, list) else [existing]
            manifest["answers"] = [*own, *existing]
        # a session file named on the command line is read wherever it is
        context = attrs.evolve(base, manifest=manifest, rater=rater, allow_outside=True if own else base.allow_outside)
        gathered = plugins.gather_evidence(rs, context, params) if (folder is not None or own) else None
        evidence = list(gathered.evidence) if gathered is not None else []
        result = rs.evaluate(evidence, evaluation_date=base.evaluation_date, parameters=params)
        views.append(RaterView(rater, result, tuple(gathered.problems) if gathered is not None else ()))
    areas = []
    for node in rs.program.nodes:
        if node.kind != "criterion":
            continue
        verdicts = tuple((v.rater, v.result.verdict(node.id)) for v in views)
        areas.append(AreaComparison(node.id, node.decl.text, verdicts, tuple(rs.program.outcomes)))
    return Comparison(rs, tuple(views), tuple(areas))


# ------------------------------------------------------------------ reports


def render_text(c: Comparison) -> str:
    rs = c.ruleset
    lines = [f"{rs.header.title or rs.id} ({rs.id}): the views of {len(c.raters)} rater{'s' if len(c.raters) != 1 else ''}", ""]
    lines.append("Overall: " + _overall(c))
    lines.append("")
    for a in c.areas:
        mark = "DIFFER" if a.differ else ("SAME" if len(a.known) > 1 else "")
        lines.append(f"{mark:<6} {titled(a.id, a.title, whole=True)}")
        for rater, verdict in a.verdicts:
            lines.append(f"       {rater}: {_w(verdict) if verdict not in UNDECIDED else 'not judged (insufficient evidence)'}")
    diffs = c.differences()
    lines.append("")
    lines.append(f"Views differ on {len(diffs)} of {len(c.areas)} areas" + (": " + areas_words(diffs) if diffs else "") + ".")
    unjudged = [a for a in c.areas if a.unjudged]
    if unjudged:
        lines.append("Not yet judged: " + unjudged_words(unjudged) + ".")
    return "\n".join(lines) + "\n"


def render_markdown(c: Comparison) -> str:
    rs = c.ruleset
    out = [f"# {rs.header.title or rs.id}: how the views differ", ""]
    diffs = c.differences()
    out.append(f"- **Overall:** {_overall(c)}")
    out.append(f"- **Views differ** on {len(diffs)} of {len(c.areas)} areas" + (": " + areas_words(diffs) if diffs else ""))
    unjudged = [a for a in c.areas if a.unjudged]
    if unjudged:
        out.append("- **Not yet judged:** " + _md(unjudged_words(unjudged)))
    out.append("")
    out.append("| area | " + " | ".join(c.raters) + " | views |")
    out.append("| --- | " + " | ".join("---" for _ in c.raters) + " | --- |")
    for a in c.areas:
        cells = [_w(v) if v not in UNDECIDED else "not judged" for _, v in a.verdicts]
        views = "**differ**" if a.differ else ("same" if len(a.known) > 1 else "not compared: not judged by all")
        out.append(f"| {_md(titled(a.id, a.title, whole=True))} | " + " | ".join(cells) + f" | {views} |")
    out.append("")
    return "\n".join(out) + "\n"


#: how many areas a summary line names before it counts the rest ("... and 8 more")
NAMED_AREAS = 3


def areas_words(areas: Sequence[AreaComparison]) -> str:
    """Areas named in their words, the number after each, the first few
    then a count: "On entry (where SEND is known) (PE1), Initial
    identification (PE2), Learning at home (PE5) and 8 more"."""
    return and_list((titled(a.id, a.title) for a in areas), NAMED_AREAS, "; ")


def unjudged_words(areas: Sequence[AreaComparison]) -> str:
    """The areas some rater has not judged, each in words with who has not:
    "Planning provision (statement/EHC plan) (PE4) by school staff"."""
    return and_list((f"{titled(a.id, a.title)} by {and_list(a.unjudged)}" for a in areas), NAMED_AREAS, "; ")


def _overall(c: Comparison) -> str:
    """Each rater's overall result in words; an undecided one says why, as the areas do."""
    return "; ".join(f"{v.rater}: {_w(v.result.overall) if v.result.overall and v.result.overall not in UNDECIDED else 'not yet decided (insufficient evidence)'}"
                     for v in c.views)


def _w(level: str) -> str:
    return level.replace("_", " ")


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ------------------------------------------------------------------ the action plan


def propose_plan(c: Comparison) -> list[dict]:
    """One row per area that some rater did not judge at the best level, or
    on which raters differ: the areas most in need first, then those where
    views are furthest apart.  "Who needs to be involved?" names the raters;
    the action proposed for an area where views differ is to talk them
    through (nasen: "How do your views differ?"), and the other cells are
    left for the person to write."""
    top = c.areas[0].scale[0] if c.areas else None
    goal = c.level_meaning(top) if top else None
    rows = []
    candidates = [a for a in c.areas if a.known and (a.weakest > 0 or a.differ)]
    candidates.sort(key=lambda a: (-a.weakest, -a.spread, [x.id for x in c.areas].index(a.id)))
    for a in candidates:
        others = [r for r, _ in a.known]
        if a.differ:
            action = (f"Talk with {and_list(others)} about why your views differ, and about the barriers, "
                      f"and agree what would move this area to “{goal or _w(top)}”.")
        else:
            action = f"Agree with {and_list(others)} what would move this area to “{goal or _w(top)}”."
        rows.append({
            "id": a.id, "area": a.title, "views": a.views(), "action": action, "who": and_list(c.raters),
            "by_when": "", "key_area": "", "success": "", "evaluation": "",
        })
    return rows


def merge_plan(existing: Sequence[Mapping], proposed: Sequence[Mapping]) -> list[dict]:
    """The plan to save: every row a person already has, as they wrote it
    (only its "views" brought up to date), then the areas newly proposed."""
    fresh = {r["id"]: r for r in proposed}
    out = []
    for row in existing:
        row = {f: (row.get(f) or "") for f in PLAN_FIELDS}
        if row["id"] in fresh:
            row["views"] = fresh[row["id"]]["views"]
        out.append(row)
    have = {r["id"] for r in out}
    out.extend(dict(r) for r in proposed if r["id"] not in have)
    return out


def write_plan_csv(path: str | os.PathLike, rows: Sequence[Mapping]) -> None:
    """Write the plan as CSV with nasen's headings (UTF-8 with a BOM, so a
    spreadsheet opens it as UTF-8), replacing the file in one step, readable
    by its owner only (:func:`senrules.files.write_private`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([PLAN_HEADINGS[f] for f in PLAN_FIELDS])
    for row in rows:
        writer.writerow([row.get(f, "") for f in PLAN_FIELDS])
    write_private(path, "\ufeff" + buffer.getvalue())


def read_plan_csv(path: str | os.PathLike) -> list[dict]:
    """Read a plan file written by :func:`write_plan_csv` and edited by a
    person.  Raises :class:`InputError` naming the file and row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot be read as a UTF-8 CSV plan ({err})") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    by_heading = {v: k for k, v in PLAN_HEADINGS.items()}
    header = [by_heading.get(h.strip()) for h in rows[0]]
    if "id" not in header or "area" not in header:
        raise InputError(f"{path}, row 1: not an action plan written by senrules (expected the columns "
                         f"\"{PLAN_HEADINGS['id']}\" and \"{PLAN_HEADINGS['area']}\")")
    out = []
    for cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        out.append({f: cells[i] if i < len(cells) else "" for i, f in enumerate(header) if f})
    return out


def plan_markdown(rows: Sequence[Mapping]) -> str:
    fields = PLAN_FIELDS[1:]
    out = ["| " + " | ".join(PLAN_HEADINGS[f] for f in fields) + " |", "|" + " --- |" * len(fields)]
    for r in rows:
        out.append("| " + " | ".join(_md(str(r.get(f, ""))) for f in fields) + " |")
    return "\n".join(out) + "\n"
