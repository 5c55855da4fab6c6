"""What the long fuzzing campaigns found, kept fixed: each input (or the
edit that made it) with the message a person now gets.

* December 2026 campaign, kind ``session``: one byte of the answers table's
  definition changed (``PRIMARY`` to ``PRKMARY``) left the table without its
  primary key, so every answer read back with no id and resuming the session
  was an internal error (``int() argument must be ... not 'NoneType'``).  The
  answers store now checks its table's columns, and the kinds of value in
  each row, before reading (``senrules_answers.check_table``/``row_damage``).
* Issue 14's "a truncated answers database silently drops the person's
  answers": a row whose value or time could not be read was skipped without
  a word.  A damaged row is now named (answer, fact, row) to the person and
  in the evaluation's problems, and every intact row is kept.
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


def _damaged_copy(tmp_path, *updates: str) -> bytes:
    made = tmp_path / "made.sqlite"
    made.write_bytes(targets.valid_session())
    with sqlite3.connect(made) as con:
        for sql in updates:
            con.execute(sql)
    con.close()
    return made.read_bytes()


def _answers(path) -> list[tuple]:
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT id, fact, value, answered_at FROM answers_v1 ORDER BY id").fetchall()
    con.close()
    return rows


def test_a_session_with_an_answer_of_the_wrong_kind_keeps_the_rest_and_names_the_lost_one(tmp_path):
    """Was (December 2026 campaign) the whole session refused; then (issue 14,
    "a truncated answers database silently drops the person's answers") a
    row whose value or time could not be read was skipped without a word.
    Now the intact answers are kept, the person is told which answer was
    lost (its id, fact and row), and that fact is asked again."""
    data = _damaged_copy(tmp_path, "UPDATE answers_v1 SET answered_at = X'35' WHERE id = 2")  # a blob: no affinity makes it text
    path = tmp_path / "s.sqlite"
    path.write_bytes(data)
    code, out, err = targets._with_stdin("don't know\n", "assess", "--plain", "--resume", "--db", str(path))
    assert code == 0, err
    said = out.replace(str(path), "SESSION")
    assert "it holds 2 answers that could be read." in said
    assert ("\n1 answer in SESSION could not be read (the file is damaged there) and is lost: answer 2 "
            "(monitoring_interval, row 2 of answers_v1) holds binary data as its answered_at. That fact is "
            "unknown again, so I ask for it again; the damaged row is kept in the file as it is.\n") in said
    assert "nothing you typed was lost" not in said
    assert "How often, in weeks, is each programme or intervention reviewed?" in said  # the lost answer's question
    rows = _answers(path)
    assert rows[:3] == _answers(tmp_path / "made.sqlite")  # kept as they were, the damaged row too
    assert rows[3][1] == "monitoring_interval" and rows[3][2] == "null"  # "don't know", for the question asked again


def test_a_damaged_row_is_reported_and_every_intact_answer_is_used(tmp_path):
    data = _damaged_copy(tmp_path, "UPDATE answers_v1 SET value = '{\"trunc' WHERE id = 3")
    folder = tmp_path / "svc"
    folder.mkdir()
    (folder / "answers.sqlite").write_bytes(data)
    code, out, err = targets.run("evaluate", "example", "--data", str(folder), "--format", "json",
                                 "--date", "2024-09-30", json_out=True)
    assert code in (0, 1)
    import json

    assert ("answers: svc/answers.sqlite: answer 3 (`views_acted_on`, row 3 of `answers_v1`) holds a value that is "
            "not JSON, so it cannot be read; `views_acted_on` stays unknown; the file was left as it is") in err
    verdicts = json.loads(out)["verdicts"]
    assert verdicts["S1.1"] == "met"  # answers 1 and 2, intact, are used
    assert verdicts["S1.2"] == "unknown"  # answer 3 ("rarely") is lost: not a silent "not met", nor a guess
    assert (folder / "answers.sqlite").read_bytes() == data


def test_a_damaged_latest_answer_does_not_bring_back_the_one_before(tmp_path):
    from senrules_answers import AnswerStore, AnswerStoreError

    data = _damaged_copy(
        tmp_path,
        "INSERT INTO answers_v1 (fact, year, value, note, answered_at) VALUES ('views_acted_on', NULL, '\"never', NULL, '2026-12-03T09:00:00')",
    )
    path = tmp_path / "a.sqlite"
    path.write_bytes(data)
    found = AnswerStore(path, "ANSWERS").read()
    assert [r[0] for r in found.rows] == [1, 2, 3]
    assert [(b.row, b.id, b.fact) for b in found.damaged] == [(4, 4, "views_acted_on")]
    assert ("views_acted_on", None) not in found.latest()  # not answer 3's "rarely": the person changed it
    assert ("monitoring_interval", None) in found.latest()
    try:
        AnswerStore(path, "ANSWERS").rows()
    except AnswerStoreError as err:
        assert err.message == ("ANSWERS: the answers file is damaged (answer 4 (`views_acted_on`, row 4 of `answers_v1`) "
                               "holds a value that is not JSON); it was left as it is")
    else:
        raise AssertionError("rows() read a damaged row without a word")


def test_a_damaged_answers_file_in_a_data_folder_is_reported_and_the_rest_evaluated(tmp_path):
    folder = tmp_path / "svc"
    folder.mkdir()
    valid = targets.valid_session()
    (folder / "answers.sqlite").write_bytes(valid.replace(SCHEMA, SCHEMA.replace(b"PRIMARY", b"PRKMARY")))
    code, out, err = targets.run("evaluate", "example", "--data", str(folder), "--format", "json",
                                 "--date", "2024-09-30", json_out=True)
    assert code in (0, 1)
    assert "answers.sqlite" in out + err and "is not as senrules writes it" in out + err


def test_an_answer_that_no_longer_fits_its_fact_is_set_aside_and_asked_again(tmp_path):
    """Deep session fuzzing (December 2026, issue 14): one stored answer out
    of its fact's range (the rules changed since it was given, or the file
    was edited) made `--resume` refuse the whole session, naming neither the
    answer nor a way on.  Now that answer is named and set aside, every
    other answer is kept, and its question is asked again."""
    data = _damaged_copy(tmp_path, "UPDATE answers_v1 SET value = '105' WHERE id = 2")
    path = tmp_path / "s.sqlite"
    path.write_bytes(data)
    code, out, err = targets._with_stdin("don't know\n", "assess", "--plain", "--resume", "--db", str(path))
    assert code == 0, err
    said = out.replace(str(path), "SESSION")
    assert ("\n1 answer in SESSION no longer fits the rules (example) and is set aside: answer 2 (monitoring_interval): "
            "105 is outside the allowed range 1 to 104. That fact is asked again; the answer is kept in the file.\n") in said
    assert "How often, in weeks, is each programme or intervention reviewed?" in said
    assert _answers(path)[:3] == _answers(tmp_path / "made.sqlite")


def test_a_session_whose_data_folder_is_gone_is_refused_naming_the_session(tmp_path):
    """Deep campaign (3 December 2026, kind ``session``, 2 inputs): the data
    folder saved in a session was not there any more (one byte of its path
    changed; a folder moved or renamed does the same), and `--resume` said
    only "no data folder ...", naming neither the session nor why."""
    import json

    made = tmp_path / "made.sqlite"
    made.write_bytes(targets.valid_session())
    with sqlite3.connect(made) as con:
        options = json.loads(con.execute("SELECT value FROM assess_session_v1 WHERE key = 'options'").fetchone()[0])
        options["data"] = str(tmp_path / "moved-away")
        con.execute("UPDATE assess_session_v1 SET value = ? WHERE key = 'options'", (json.dumps(options),))
    con.close()
    (tmp_path / "run").mkdir()
    code, out, err = _resume(tmp_path / "run", made.read_bytes())
    assert code == 2
    assert err.replace(str(tmp_path), "TMP") == (
        "senrules: error: SESSION: the session cannot be continued: no data folder `TMP/moved-away` "
        "(bundled demos: northshire, oakfield-audit, plan-amir, school-documents, westmoor-ehc)\n"
    )
