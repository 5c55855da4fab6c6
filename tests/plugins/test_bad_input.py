"""Golden tests for bad input: each folder of tests/plugins/bad/ is a data
folder with something wrong in it, and ``expected.txt`` beside its files is
exactly what is reported (one problem a line, Catala style).  Set
SENRULES_UPDATE_GOLDEN=1 to rewrite the expected files, and read the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from senrules.gather import render_problems

BAD = Path(__file__).parent / "bad"
CASES = sorted(p.name for p in BAD.iterdir() if p.is_dir())


def _prepare(name, root, write_xlsx):
    """Files that are binary are made here rather than stored."""
    if name == "wrong-sheet":
        write_xlsx(root / "ob.xlsx", {"OB PIs": [["Year", "PI", "Value", "Benchmark"], [2024, "PI 3", 38, 37]],
                                      "Notes": [["fictional"]]})
    if name == "wrong-kind":
        write_xlsx(root / "service-data.csv", {"Data": [["CYP supported"], [184]]})
    if name == "hostile-files":
        (root / "deep.json").write_text('{"facts": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
        (root / "latin1.json").write_bytes(b'{"facts": {\n  "anecdotes": "caf\xe9"}}')
        os.mkfifo(root / "pipe.json")
        (root / "huge-number.json").write_text('{"facts": {"cyp_supported": ' + "9" * 4301 + "}}", encoding="utf-8")
        (root.parent / "escape.json").write_text('{"facts": {}}', encoding="utf-8")
        rows = "".join(f"x{i},many\n" for i in range(250))
        (root / "many-bad-rows.csv").write_text("Academic year,CYP supported\n" + rows, encoding="utf-8")
    if name == "silent-mistakes":
        secret = root.parent / "secret.csv"
        secret.write_text("root:x:0:0:root:/root:/bin/bash\n1\n", encoding="utf-8")
        (root / "outside.csv").symlink_to(secret)
        write_xlsx(root / "formulas.xlsx", {"Data": [["Year", "CYP supported"], [2023, 180], [2024, "=B2+4"]]})


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_reported_where_it_is(name, case, xlsx, gather):
    root = case(name)
    _prepare(name, root, xlsx)
    gathered = gather(root)
    actual = render_problems(gathered.problems)
    expected_file = BAD / name / "expected.txt"
    if os.environ.get("SENRULES_UPDATE_GOLDEN"):
        expected_file.write_text(actual, encoding="utf-8")
    assert expected_file.exists(), f"no {expected_file.name}: run with SENRULES_UPDATE_GOLDEN=1 and check it"
    assert actual == expected_file.read_text(encoding="utf-8")
    assert gathered.problems, "a bad case reports something"
