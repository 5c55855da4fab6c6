"""What the long fuzzing campaigns found, kept fixed: each input (or the
edit that made it) with the message a person now gets.

* December 2026 campaign, kind ``session``: one byte of the answers table's
  definition changed (``PRIMARY`` to ``PRKMARY``) left the table without its
  primary key, so every answer read back with no id and resuming the session
  was an internal error (``int() argument must be ... not 'NoneType'``).  The
  answers store now checks its table's columns, and the kinds of value in
  each row, before reading (``senrules_answers.check_table``/``check_row``).
"""

from __future__ import annotations

import sqlite3

import fuzz_targets as targets

SCHEMA = b"id INTEGER PRIMARY KEY, fact"


def _resume(tmp_path, data: bytes) -> tuple[int, str, str]:
    path = tmp_path / "s.sqlite"
    path.write_bytes(data)
    code, out, err = targets._with_stdin("don't know\n", "assess", "--plain", "--resume", "--db", str(path))
    assert path.read_bytes() == data, "a refused session file was changed"
    return code, out, err.replace(str(path), "SESSION")


def test_a_session_whose_answers_table_lost_its_key_is_refused_by_name(tmp_path):
    valid = targets.valid_session()
    assert valid.count(SCHEMA) == 1
    code, out, err = _resume(tmp_path, valid.replace(SCHEMA, SCHEMA.replace(b"PRIMARY", b"PRKMARY")))
    assert code == 2
    assert err == (
        "senrules: error: SESSION: the session file is damaged (its table `answers_v1` is not as senrules "
        "writes it); it was left as it is\n"
    )
    targets.session(valid.replace(SCHEMA, SCHEMA.replace(b"PRIMARY", b"PRKMARY")))  # no finding either


def test_a_session_with_an_answer_of_the_wrong_kind_is_refused_by_name(tmp_path):
    made = tmp_path / "made.sqlite"
    made.write_bytes(targets.valid_session())
    with sqlite3.connect(made) as con:
        con.execute("UPDATE answers_v1 SET answered_at = X'35' WHERE id = 2")  # a blob: no affinity makes it text
    con.close()
    (tmp_path / "run").mkdir()
    code, out, err = _resume(tmp_path / "run", made.read_bytes())
    assert code == 2
    assert err == (
        "senrules: error: SESSION: the session file is damaged (row 2 of `answers_v1` holds binary data as its "
        "answered_at); it was left as it is\n"
    )


def test_a_damaged_answers_file_in_a_data_folder_is_reported_and_the_rest_evaluated(tmp_path):
    folder = tmp_path / "svc"
    folder.mkdir()
    valid = targets.valid_session()
    (folder / "answers.sqlite").write_bytes(valid.replace(SCHEMA, SCHEMA.replace(b"PRIMARY", b"PRKMARY")))
    code, out, err = targets.run("evaluate", "example", "--data", str(folder), "--format", "json",
                                 "--date", "2024-09-30", json_out=True)
    assert code in (0, 1)
    assert "answers.sqlite" in out + err and "is not as senrules writes it" in out + err
