"""Fuzz targets: one function per kind of input, each feeding bytes to the
public ``senrules`` command (in this process) and failing only on what a
user must never see.

A target raises :class:`Finding` when the command

* reports an internal error (``senrules: internal error``) or lets any
  exception out (a traceback),
* exits with a code other than 0 (done), 1 (findings) or 2 (bad input), or
* says it succeeded with ``--format json`` but printed something that is not
  JSON.

A clear error message for a bad input is the expected outcome, not a
finding.  Hangs are caught by the caller's time limit (the hypothesis
``deadline`` in tests/fuzz, atheris's ``-timeout``) and memory by its
``-rss_limit_mb``.

Kinds (:data:`KINDS`): ``rules``, ``facts``, ``parameters``, ``manifest``,
``csv``, ``xlsx``, ``proposal`` (Markdown, text or Word).  Used by
``tests/fuzz/`` (hypothesis, a short run in CI) and ``fuzz/fuzz_inputs.py``
(atheris, or a plain random campaign, for longer runs); see
``docs/fuzzing.md``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
import traceback
from pathlib import Path

KINDS = ("rules", "facts", "parameters", "manifest", "csv", "xlsx", "proposal")


class Finding(AssertionError):
    """What a user must never see: an internal error, a traceback, an odd
    exit code, or JSON output that is not JSON."""


def _cli(*args: str) -> tuple[int, str, str]:
    from senrules import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - a traceback is what we look for
            raise Finding(f"senrules {' '.join(args)} raised:\n{traceback.format_exc()}") from None
    return code, out.getvalue(), err.getvalue()


def _check(args, code: int, out: str, err: str, *, json_out: bool = False) -> None:
    said = out + err
    if "internal error" in said or "Traceback (most recent call last)" in said:
        raise Finding(f"senrules {' '.join(args)}: {said[-2000:]}")
    if code not in (0, 1, 2):
        raise Finding(f"senrules {' '.join(args)} exited {code}: {said[-2000:]}")
    if json_out and code == 0:
        try:
            json.loads(out)
        except ValueError:
            raise Finding(f"senrules {' '.join(args)} printed invalid JSON: {out[:500]!r}") from None


def run(*args: str, json_out: bool = False) -> tuple[int, str, str]:
    """Run the command and check what it did (:class:`Finding` if wrong)."""
    code, out, err = _cli(*args)
    _check(args, code, out, err, json_out=json_out)
    return code, out, err


@contextlib.contextmanager
def workdir():
    folder = Path(tempfile.mkdtemp(prefix="senrules-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------ targets


def rules(data: bytes) -> None:
    """A rule file: ``check`` and ``fmt``."""
    with workdir() as d:
        path = d / "fuzz.rules"
        path.write_bytes(data)
        run("check", str(path))
        run("fmt", str(path))


def facts(data: bytes, *, toml: bool = False) -> None:
    """A facts file, JSON or TOML, evaluated against ``example``."""
    with workdir() as d:
        path = d / ("facts.toml" if toml else "facts.json")
        path.write_bytes(data)
        run("evaluate", "example", "--facts", str(path), "--format", "json", "--date", "2024-09-01", json_out=True)


def parameters(data: bytes, *, toml: bool = False) -> None:
    """A parameter file over the demo facts of ``example``."""
    with workdir() as d:
        path = d / ("params.toml" if toml else "params.json")
        path.write_bytes(data)
        run("evaluate", "example", "--demo", "--params", str(path), "--format", "json", json_out=True)


def _northshire() -> Path:
    from senrules.gather import data_folder

    return data_folder("northshire")


def manifest(data: bytes) -> None:
    """A data folder's ``senrules-data.toml`` over the demo service's files."""
    with workdir() as d:
        folder = d / "svc"
        shutil.copytree(_northshire(), folder)
        (folder / "senrules-data.toml").write_bytes(data)
        run("evaluate", "dcsf-2008", "--data", str(folder), "--format", "json", "--date", "2024-09-30", json_out=True)


#: Every plugin section of the demo's manifest, pointed at one table file.
_TABLE_MANIFEST = """\
evaluation_date = 2024-09-30
[[tabular]]
file = "{name}"
year_column = "Academic year"
[tabular.columns]
"CYP supported" = "cyp_supported"
"Made expected progress (%)" = "cyp_progress_rate"
"Review cycle (weeks)" = "monitoring_interval"
[[tabular]]
file = "{name}"
list = "practice_changes"
[tabular.columns]
"Change to practice" = "change"
"Suggested by" = "suggested_by"
"Recorded on" = "recorded_on"
[[outcomes_benchmarking]]
file = "{name}"
benchmark = "national"
[outcomes_benchmarking.columns]
year = "Academic year"
value = "Northshire"
benchmark = "National benchmark"
[[survey]]
file = "{name}"
round = 2024
group_column = "Respondent"
date_column = "Submitted"
invited = {{ CYP = 184, Parents = 166 }}
[survey.facts]
parents_positive = {{ measure = "share_positive", group = "Parents", question = "The service helps" }}
cyp_survey_response_rate = {{ measure = "response_rate", group = "CYP" }}
[[provision_map]]
file = "{name}"
year = 2024
[provision_map.facts]
interventions = "records"
"""


def _table(data: bytes, name: str) -> None:
    with workdir() as d:
        folder = d / "svc"
        folder.mkdir()
        (folder / name).write_bytes(data)
        (folder / "senrules-data.toml").write_text(_TABLE_MANIFEST.format(name=name), encoding="utf-8")
        run("evaluate", "dcsf-2008", "--data", str(folder), "--format", "json", json_out=True)


def csv(data: bytes) -> None:
    """A CSV file read by every table plugin (tabular, OB, surveys, provision maps)."""
    _table(data, "data.csv")


def xlsx(data: bytes) -> None:
    """An ``.xlsx`` workbook (as bytes) read by every table plugin."""
    _table(data, "data.xlsx")


def proposal(data: bytes, *, suffix: str = ".md") -> None:
    """A proposal document through ``senrules proposal check``."""
    with workdir() as d:
        path = d / f"proposal{suffix}"
        path.write_bytes(data)
        run("proposal", "check", str(path), "--format", "json", json_out=True)


# ------------------------------------------------------------------ building binary inputs


def workbook(rows: list[list], *, sheet: str = "Data") -> bytes:
    """An ``.xlsx`` file holding ``rows`` (a cell starting ``=`` is a formula)."""
    import warnings

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:31] or "Data"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for row in rows:
            ws.append(row)
        out = io.BytesIO()
        wb.save(out)
    return out.getvalue()


def word(paragraphs: list[str]) -> bytes:
    """A ``.docx`` file holding ``paragraphs``."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(_xml_safe(text))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(text: str) -> str:
    return "".join(ch for ch in text if ch in "\t\n\r" or (" " <= ch <= "\ud7ff") or ("\ue000" <= ch <= "\ufffd"))
