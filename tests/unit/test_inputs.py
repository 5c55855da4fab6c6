"""The bounded reader (senrules/inputs.py) and the crashes it ended: every
hostile or unlucky input gets a message naming the file and the place, from
the library and from real runs of the ``senrules`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import senrules
from senrules.errors import InputError, SenrulesError
from senrules.facts import load_facts_file, load_parameters_file
from senrules.gather import context_for, load_manifest
from senrules.inputs import (
    LIMITS, MAX_DATA_NESTING, InputRefused, check_zip, confined, load_json, load_toml, read_text,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")


def run(*args, cwd=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "senrules.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


# ------------------------------------------------------------------ what is not a file


@needs_fifo
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "facts.json"
    os.mkfifo(pipe)
    with pytest.raises(InputRefused, match=r"facts.json: is a named pipe, not a file"):
        read_text(pipe, what="facts")


def test_a_device_is_refused_without_reading_it():
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(InputRefused, match="/dev/zero: is a device, not a file; give the rule file itself"):
        read_text("/dev/zero", what="rules")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(InputRefused, match="is a folder, not a file"):
        read_text(tmp_path, what="parameters")


def test_a_file_over_its_limit_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "params.json"
    path.write_text("{" + " " * LIMITS["parameters"] + "}", encoding="utf-8")
    with pytest.raises(InputRefused) as info:
        load_parameters_file(path)
    assert "params.json" in info.value.message and "the limit for a parameter file is 1 MB" in info.value.message


def test_non_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "facts.json"
    path.write_bytes(b'{"facts": {\n  "a": "caf\xe9"}}')
    with pytest.raises(InputRefused, match=r"facts.json, line 2, column 12: not UTF-8 text \(byte 0xe9\)"):
        load_facts_file(path, {})


# ------------------------------------------------------------------ nesting


def test_a_facts_file_nested_100000_deep_is_refused_not_a_recursion_error(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text('{"facts": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(InputRefused, match=rf"facts.json, line 1, column \d+: nested more than {MAX_DATA_NESTING} levels"):
        load_facts_file(path, {})


def test_a_manifest_nested_5000_deep_is_refused(tmp_path):
    (tmp_path / "senrules-data.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(InputRefused, match=r"senrules-data.toml, line 1, column \d+: nested more than"):
        load_manifest(tmp_path)


def test_dotted_keys_nest_too_and_are_bounded():
    with pytest.raises(InputRefused, match="nested more than"):
        load_toml("a" + ".a" * 200 + " = 1\n", "deep.toml")


def test_strings_holding_brackets_are_not_nesting():
    text = json.dumps({"facts": {"note": "[" * 500}})
    assert load_json(text, "f.json")["facts"]["note"] == "[" * 500


def test_a_4301_digit_number_in_json_is_refused_with_its_place():
    with pytest.raises(InputRefused, match=r"line 1, column 11: a number of 4,301 digits"):
        load_json('{"facts": ' + "1" * 4301 + "}", "f.json")


# ------------------------------------------------------------------ zip bombs


def test_an_xlsx_that_would_uncompress_to_too_much_is_refused_before_opening(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * 30_000_000)
    with pytest.raises(InputRefused, match=r"bomb.xlsx: part xl/worksheets/sheet1.xml is compressed [\d,]+ to 1"):
        check_zip(path)


def test_a_zip_whose_member_lies_about_its_size_is_refused(tmp_path):
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", b"x" * 5000)
    data = bytearray(path.read_bytes())
    # the central directory's uncompressed size (offset 24 in its record) says 10 bytes
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(InputRefused, match="liar.docx: part word/document.xml"):
        check_zip(path, what="proposal")


# ------------------------------------------------------------------ data folder confinement


def test_a_symlink_out_of_the_data_folder_is_refused_and_not_echoed(tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("root:x:0:0:root\n1\n", encoding="utf-8")
    data = tmp_path / "svc"
    data.mkdir()
    (data / "ob.csv").symlink_to(secret)
    with pytest.raises(InputRefused) as info:
        confined(data, "ob.csv")
    assert "outside the data folder" in info.value.message and "root" not in info.value.message
    assert confined(data, "ob.csv", allow=True) == data / "ob.csv"


@pytest.mark.parametrize("name", ["../secret.csv", "/etc/passwd", "sub/../../secret.csv"])
def test_paths_leading_out_of_the_data_folder_are_refused(tmp_path, name):
    (tmp_path / "svc").mkdir()
    context = context_for(tmp_path / "svc")
    with pytest.raises(InputRefused, match="is outside the data folder"):
        context.path(name)


def test_the_command_refuses_a_manifest_path_outside_and_never_prints_the_file(tmp_path):
    (tmp_path / "secret.csv").write_text("root:x:0:0:root:/root:/bin/bash\n1\n", encoding="utf-8")
    data = tmp_path / "svc"
    data.mkdir()
    (data / "ob.csv").symlink_to(tmp_path / "secret.csv")
    (data / "senrules-data.toml").write_text(
        'evaluation_date = 2024-09-01\n[[tabular]]\nfile = "ob.csv"\n[tabular.columns]\n"X" = "outcome_data_years"\n',
        encoding="utf-8",
    )
    result = run("evaluate", "dcsf-2008", "--data", str(data), "--brief")
    assert result.returncode == 0, result.stderr
    assert "ob.csv: is outside the data folder" in result.stderr
    assert "root" not in result.stderr + result.stdout
    allowed = run("evaluate", "dcsf-2008", "--data", str(data), "--brief", "--allow-outside-data")
    assert "outside the data folder" not in allowed.stderr


def test_a_linked_ruleset_path_outside_the_rules_folder_is_refused(tmp_path):
    rules = tmp_path / "link.rules"
    rules.write_text(
        'ruleset link { title "L" version "1.0.0" effective 2008-04-01 }\n'
        'fact g: choice("a", "b") {\n  from "/etc/passwd" "S2"\n}\n'
        'section s "S" {\n  standard S1 "t" {\n    criterion S1.1 "x" {\n      met when g == "a"\n'
        "      not_met otherwise\n    }\n    grade { good when count(criteria is met) > 0  inadequate otherwise }\n"
        "  }\n  grade { good when count(standards is at least good) > 0 inadequate otherwise }\n}\n",
        encoding="utf-8",
    )
    rs = senrules.load_ruleset(rules, cache=False)
    with pytest.raises(SenrulesError) as info:
        rs.evaluate({}, evaluation_date="2024-09-01")
    assert "/etc/passwd: is outside the folder of the ruleset that links to it" in info.value.message
    assert "root" not in info.value.message


# ------------------------------------------------------------------ the crash list, from the command line


def test_check_and_fmt_name_the_bad_byte_of_a_non_utf8_rule_file(tmp_path):
    path = tmp_path / "bad.rules"
    path.write_bytes(b'ruleset x {\n  title "\xff\xfe" version "1" effective 2008-01-01 }\n')
    for command in ("check", "fmt"):
        result = run(command, str(path))
        assert result.returncode == 2
        assert "internal error" not in result.stderr
        assert f"{path}, line 2, column 10: not UTF-8 text (byte 0xff); save the rule file as UTF-8" in result.stderr


@needs_fifo
def test_check_refuses_a_named_pipe_at_once(tmp_path):
    pipe = tmp_path / "pipe.rules"
    os.mkfifo(pipe)
    result = run("check", str(pipe), timeout=30)
    assert result.returncode == 2 and "is a named pipe, not a file" in result.stderr


@pytest.mark.parametrize("date", ["0001-01-01", "0002-06-01", "9999-01-01", "9999-12-31"])
def test_evaluation_dates_far_outside_the_calendar_are_refused(date):
    result = run("evaluate", "dcsf-2008", "--demo", "--date", date, "--brief")
    assert result.returncode == 2
    assert f"evaluation date: {date} is not a date between 1900-01-01 and 2199-12-31" in result.stderr


def test_fmt_names_the_place_of_a_reserved_word_used_as_an_outcome(tmp_path):
    path = tmp_path / "g.rules"
    path.write_text("grading g {\n  true when x > 1\n  b otherwise\n}\n", encoding="utf-8")
    result = run("fmt", str(path))
    assert result.returncode == 2 and "internal error" not in result.stderr + result.stdout
    assert f"{path}:2:3: cannot be formatted: `true` cannot be an outcome name" in result.stdout


# ------------------------------------------------------------------ silent wrong values


@pytest.mark.parametrize("value, message", [
    (float("inf"), "inf is not a usable number"),
    (10**400, "a number of 401 digits is not a usable number"),
])
def test_an_infinite_or_enormous_number_is_refused(value, message):
    rs = senrules.load_ruleset("example")
    with pytest.raises(InputError, match=message):
        rs.evaluate({"cyp_supported": value}, evaluation_date="2024-09-01")


@pytest.mark.parametrize("year", ["99999", "0", "-3"])
def test_a_per_year_value_for_an_impossible_year_is_refused(year):
    rs = senrules.load_ruleset("example")
    fact = next(n for n, f in rs.facts.items() if f.per_year)
    with pytest.raises(InputError, match=f"{year} is not a year between 1900 and 2199"):
        rs.evaluate({fact: {year: 50}}, evaluation_date="2024-09-01")


def test_the_rule_file_limit_is_the_parsers():
    from senrules.parser import MAX_FILE_BYTES

    assert LIMITS["rules"] == MAX_FILE_BYTES
