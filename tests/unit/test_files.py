"""Files a person asked for are written by one writer
(:func:`senrules.files.write_private`): whole or not at all, readable by
their owner only, under a temporary name of their own, so no temporary file
is left behind and two writers at once cannot clash.  ``compare --plan``
writes its action plan with it."""

from __future__ import annotations

import csv
import io
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from senrules.files import write_private

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args):
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_compare_plan_is_private_and_leaves_no_temporary_file(tmp_path):
    plan = tmp_path / "plan.csv"
    # a file where the plan's temporary file used to be written (a fixed name anyone could plant)
    planted = tmp_path / "plan.csv.tmp"
    planted.write_text("someone else's file\n", encoding="utf-8")
    r = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit", "--plan", str(plan))
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(plan.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(plan.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Id" and len(rows) > 1
    assert plan.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet still opens it as UTF-8
    assert planted.read_text(encoding="utf-8") == "someone else's file\n"  # not taken, not replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.csv", "plan.csv.tmp"]


def test_compare_plan_into_a_missing_folder_says_so(tmp_path):
    plan = tmp_path / "no-such-folder" / "plan.csv"
    r = run("compare", "nasen-2014-parent-engagement", "--data", "oakfield-audit", "--plan", str(plan))
    assert r.returncode != 0
    assert f"senrules: error: {plan}: cannot write the action plan (No such file or directory)" in r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr and ".tmp" not in r.stderr


def test_two_writers_at_once_do_not_clash(tmp_path):
    path = tmp_path / "plan.csv"
    texts = [f"writer {n}\n" * 2000 for n in range(4)]
    errors = []

    def write(text):
        try:
            for _ in range(25):
                write_private(path, text)
        except Exception as err:  # pragma: no cover - the failure this test is for
            errors.append(err)

    threads = [threading.Thread(target=write, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert path.read_text(encoding="utf-8") in texts  # one writer's file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["plan.csv"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_file_as_it_was_and_no_temporary_file(tmp_path):
    path = tmp_path / "report.docx"
    path.write_text("the old report", encoding="utf-8")

    def fails(tmp):
        Path(tmp).write_text("half a rep", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_private(path, fails)
    assert path.read_text(encoding="utf-8") == "the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_the_assistant_writes_its_exports_with_the_same_writer():
    from senrules_tui import export

    assert export.write_private is write_private
