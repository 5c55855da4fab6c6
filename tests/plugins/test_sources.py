"""The built-in evidence plugins on good files: what each supplies, with
which provenance."""

from __future__ import annotations

import datetime as dt

import pytest

from senrules.tables import CellError, percentage, read_table, year

DATE = "evaluation_date = 2024-09-30\n"


def by_fact(gathered):
    out = {}
    for e in gathered.evidence:
        out.setdefault(e.fact, {})[e.year] = e
    return out


# ------------------------------------------------------------------ tables


def test_csv_and_xlsx_give_the_same_table(tmp_path, xlsx):
    (tmp_path / "t.csv").write_text("Year,Value (%)\n2023/24,63%\n\n2022/23,59\n", encoding="utf-8")
    xlsx(tmp_path / "t.xlsx", {"Data": [["Year", "Value (%)"], ["2023/24", 0.63], [None, None], ["2022/23", 0.59]]},
         percent_columns=("B",))
    csv_t, xl_t = read_table(tmp_path / "t.csv"), read_table(tmp_path / "t.xlsx")
    assert csv_t.header == xl_t.header == ("Year", "Value (%)")
    assert [r.number for r in csv_t.rows] == [r.number for r in xl_t.rows] == [2, 4]  # blank rows keep numbering
    assert [percentage(r[1]) for r in csv_t.rows] == [percentage(r[1]) for r in xl_t.rows] == [63, 59]
    assert xl_t.sheet == "Data"


@pytest.mark.parametrize(("cell", "expected"), [
    ("2024", 2024), (2024, 2024), (2024.0, 2024), ("2023/24", 2024), ("2023-24", 2024), ("2023/2024", 2024),
    ("AY 2023/24", 2024), ("1999/00", 2000),
])
def test_years_and_academic_years(cell, expected):
    assert year(cell) == expected


@pytest.mark.parametrize("cell", ["2023/25", "24", "last year", True])
def test_what_is_not_a_year(cell):
    with pytest.raises(CellError):
        year(cell)


def test_a_windows_csv_export_is_read(tmp_path):
    (tmp_path / "t.csv").write_bytes("Service;Cost (£)\r\nNorthshire;1,204\r\n".encode("cp1252"))
    t = read_table(tmp_path / "t.csv")
    assert t.header == ("Service", "Cost (£)") and t.rows[0].cells == ("Northshire", "1,204")


# ------------------------------------------------------------------ tabular


def test_tabular_per_year_and_this_year(folder, gather):
    root = folder({
        "senrules-data.toml": DATE + """
[[tabular]]
file = "figures.csv"
year_column = "Year"
[tabular.columns]
"CYP" = "cyp_supported"
"Progress" = "cyp_progress_rate"
"Not a fact here" = "something_else"
""",
        "figures.csv": "Year,CYP,Progress,Not a fact here\n2021/22,171,54,x\n2022/23,179,,x\n2023/24,184,63,x\n",
    })
    gathered = gather(root)
    assert gathered.problems == ()
    facts = by_fact(gathered)
    assert {y: e.value for y, e in facts["cyp_progress_rate"].items()} == {2022: 54, 2024: 63}
    (supported,) = facts["cyp_supported"].values()  # not per year: the evaluation year's row
    assert supported.value == 184
    p = supported.provenance
    assert (p.source, p.file, p.row, p.column, p.as_of) == ("tabular", "svc/figures.csv", 4, "CYP", dt.date(2024, 8, 31))


def test_tabular_list_of_records_from_a_sheet(folder, gather, xlsx):
    root = folder({"senrules-data.toml": DATE + """
[[tabular]]
file = "log.xlsx"
sheet = "Changes"
list = "practice_changes"
[tabular.columns]
"What changed" = "change"
"Who" = "suggested_by"
"When" = "recorded_on"
"""})
    xlsx(root / "log.xlsx", {"Changes": [["What changed", "Who", "When"], ["Home visits", "parents", dt.datetime(2023, 11, 20)],
                                         ["Large print", "CYP", "05/02/2024"]]})
    (ev,) = gather(root).evidence
    assert ev.value == [
        {"change": "Home visits", "suggested_by": "parents", "recorded_on": dt.date(2023, 11, 20)},
        {"change": "Large print", "suggested_by": "CYP", "recorded_on": dt.date(2024, 2, 5)},
    ]
    assert (ev.provenance.sheet, ev.provenance.record) == ("Changes", "rows 2-3")


def test_several_rows_without_a_year_column_are_refused(folder, gather):
    root = folder({"senrules-data.toml": DATE + '[[tabular]]\nfile = "f.csv"\n[tabular.columns]\n"CYP" = "cyp_supported"\n',
                   "f.csv": "CYP\n171\n184\n"})
    gathered = gather(root)
    assert gathered.evidence == ()
    assert "no year column" in gathered.problems[0].message


# ------------------------------------------------------------------ outcomes benchmarking


OB = "Year,PI,Value,Benchmark\n" + "".join(
    f"{y},PI {n},{v},{b}\n" for y, n, v, b in [
        (2022, 3, 31, 35), (2023, 3, 34, 36), (2024, 3, 38, 37),
        (2022, 13, 5.2, 4.8), (2023, 13, 4.6, 4.7), (2024, 13, 3.9, 4.5),
        (2024, 1, 21.0, 20.8),
    ]
)


def test_ob_indicators_benchmarks_trend_and_gap(folder, gather):
    root = folder({"senrules-data.toml": DATE + '[[outcomes_benchmarking]]\nfile = "ob.csv"\nbenchmark = "national"\n',
                   "ob.csv": OB})
    gathered = gather(root)
    assert gathered.problems == ()
    facts = by_fact(gathered)
    assert {y: e.value for y, e in facts["pi03_eyfs_78_points"].items()} == {2022: 31, 2023: 34, 2024: 38}
    assert facts["pi03_eyfs_78_points_benchmark"][2024].provenance.record == "national benchmark"
    assert facts["pi01_eyfs_cll_score"][2024].value == 21.0
    # Exclusions: lower is better, so falling from 5.2 to 3.9 is improving,
    # and 3.9 against a benchmark of 4.5 is 0.6 better.
    assert facts["pi13_fixed_term_exclusion_trend"][None].value == "improving"
    assert facts["pi13_fixed_term_exclusion_gap"][None].value == pytest.approx(0.6)
    assert "2022-2024" in facts["pi13_fixed_term_exclusion_trend"][None].provenance.record
    assert "pi05_ks2_maths_progress" not in facts  # only facts the ruleset declares


def test_ob_trend_needs_every_year_of_the_window(folder, gather):
    rows = "Year,PI,Value,Benchmark\n2022,PI 13,5.2,4.8\n2024,PI 13,3.9,4.5\n"
    root = folder({"senrules-data.toml": DATE + '[[outcomes_benchmarking]]\nfile = "ob.csv"\n', "ob.csv": rows})
    assert "pi13_fixed_term_exclusion_trend" not in by_fact(gather(root))


def test_ob_indicator_names_and_percent_cells_from_excel(folder, gather, xlsx):
    root = folder({"senrules-data.toml": DATE + '[[outcomes_benchmarking]]\nfile = "ob.xlsx"\n'})
    xlsx(root / "ob.xlsx", {"OB": [["Year", "PI", "Value", "Benchmark"], ["2023/24", "pi03_eyfs_78_points", 0.38, 0.37],
                                   ["2023/24", "PI03", None, None]]}, percent_columns=("C", "D"))
    gathered = gather(root)
    assert [p.message for p in gathered.problems] == [
        "rows 2 and 3 are both PI 3 for 2024; none of them is used", "rows 2 and 3 are both PI 3 for 2024; none of them is used"]


def test_ob_with_a_ruleset_without_indicators_supplies_nothing(folder, builtins):
    import senrules
    from senrules.gather import context_for

    root = folder({"senrules-data.toml": DATE + '[[outcomes_benchmarking]]\nfile = "ob.csv"\n', "ob.csv": OB})
    rs = senrules.load_ruleset("example", cache=False)
    gathered = builtins.gather_evidence(rs, context_for(root))
    assert gathered.evidence == () and gathered.problems == ()


def test_which_figures_are_better_lower():
    from senrules_ob import INDICATORS, lower_is_better

    assert [i.number for i in INDICATORS if lower_is_better(i.fact)] == [13, 14]  # the exclusions
    assert [i.number for i in INDICATORS if lower_is_better(f"{i.fact}_benchmark")] == [13, 14]
    assert not lower_is_better("pi13_fixed_term_exclusion_gap")  # signed so that higher is better
    assert lower_is_better("exclusion_rate")  # another ruleset's exclusion figure, read like PIs 13 and 14
    assert not lower_is_better("share_meeting_target")


# ------------------------------------------------------------------ surveys


SURVEY = """ID,Submitted,Respondent,The service helps my child,My views are acted on
1,06/05/2024,Parents,Strongly agree,Agree
2,07/05/2024,Parents,Agree,Disagree
3,07/05/2024,Parents,Disagree,Don't know
4,08/05/2024,Parents,Neither agree nor disagree,
5,09/05/2024,CYP,Yes,Always
6,2024-05-21,CYP,No,Sometimes
"""


def test_survey_measures(folder, gather):
    root = folder({"senrules-data.toml": DATE + """
[[survey]]
file = "s.csv"
group_column = "Respondent"
date_column = "Submitted"
id_column = "ID"
invited = { CYP = 4 }
[survey.facts]
parents_positive = { measure = "share_positive", group = "parents", question = "The service helps my child" }
cyp_response_rate = { measure = "response_rate", group = "CYP" }
cyp_survey_date = { measure = "last_date", group = "CYP" }
cyp_survey_responses = { measure = "responses", group = "CYP" }
schools_positive = { measure = "share_positive" }
""", "s.csv": SURVEY})
    gathered = gather(root)
    assert gathered.problems == ()
    facts = by_fact(gathered)
    assert facts["parents_positive"][None].value == 50  # 2 of 4 answers
    assert facts["cyp_response_rate"][None].value == 50  # 2 of 4 invited
    assert facts["cyp_survey_date"][None].value == dt.date(2024, 5, 21)
    assert facts["cyp_survey_responses"][None].value == 2
    # every question, every group: 5 positive of 10 counted answers ("don't know" and blank left out)
    assert facts["schools_positive"][2024].value == 50
    p = facts["parents_positive"][None].provenance
    assert (p.column, p.as_of) == ("The service helps my child", dt.date(2024, 5, 8))
    assert p.record == "round 2024, share positive of parents, 4 responses"


def test_a_fact_not_per_year_takes_the_latest_round(folder, gather):
    manifest = DATE + "".join(f"""
[[survey]]
file = "s{y}.csv"
round = {y}
group = "Parents"
[survey.facts]
parents_positive = "share_positive"
schools_positive = "share_positive"
""" for y in (2023, 2024))
    root = folder({"senrules-data.toml": manifest, "s2023.csv": "Q\nAgree\nAgree\n", "s2024.csv": "Q\nAgree\nDisagree\n"})
    facts = by_fact(gather(root))
    assert facts["parents_positive"][None].value == 50
    assert {y: e.value for y, e in facts["schools_positive"].items()} == {2023: 100, 2024: 50}


def test_response_rate_above_100_is_refused(folder, gather):
    root = folder({"senrules-data.toml": DATE + """
[[survey]]
file = "s.csv"
round = 2024
group = "CYP"
invited = 1
[survey.facts]
cyp_response_rate = "response_rate"
""", "s.csv": "Q\nAgree\nAgree\n"})
    gathered = gather(root)
    assert gathered.evidence == ()
    assert "2 responses, but only 1 were invited" in gathered.problems[0].message


# ------------------------------------------------------------------ provision maps


MAP = """Intervention,Group size,Frequency/duration,Staff,Pupils,Entry data,Target,Exit data,Outcome,Exit date
Comprehension group,1:6,3 x 15 mins x 6 weeks,HLTA,"Amy
Joe
Dan","2c
2b
2c",Plus one sub-level,"2b
2b
2a",,12/07/2024
Numeracy,1:6,4 x 20 mins x 6 weeks,HLTA,Carl,3b,+1,3a,,
,,,,Jane,3c,,3c,Partly met,
Social skills,1:6,3 x 15 mins,TA,Tim,,To take turns,,,
"""


def test_provision_map_measures_and_records(folder, gather):
    root = folder({"senrules-data.toml": DATE + """
[[provision_map]]
file = "map.csv"
[provision_map.facts]
interventions = "records"
share_meeting_target = "share_meeting_target"
mean_progress = "mean_progress"
interventions_without_exit_data = "interventions_without_exit_data"
""", "map.csv": MAP})
    gathered = gather(root)
    assert gathered.problems == ()
    facts = {e.fact: e.value for e in gathered.evidence}
    # Amy 2c->2b met, Joe 2b->2b not, Dan 2c->2a met, Carl 3b->3a met (+1), Jane: partly met (no)
    assert facts["share_meeting_target"] == 60
    assert facts["mean_progress"] == pytest.approx((1 + 0 + 2 + 1 + 0) / 5)
    assert facts["interventions_without_exit_data"] == 1
    assert facts["interventions"] == [
        {"name": "Comprehension group", "pupils": 3, "met_target": True, "exit_date": dt.date(2024, 7, 12)},
        {"name": "Numeracy", "pupils": 2, "met_target": True, "exit_date": None},
        {"name": "Social skills", "pupils": 1, "met_target": None, "exit_date": None},
    ]


# ------------------------------------------------------------------ answers


def test_answers_keep_history_and_the_latest_is_used(folder, builtins, ruleset):
    from senrules.gather import Answer, context_for
    from senrules_answers import AnswerStore

    root = folder({"senrules-data.toml": DATE})
    context = context_for(root)
    early = dt.datetime(2024, 9, 1, 9, 0)
    builtins.record_answer(Answer("views_acted_on", "rarely", answered_at=early), context)
    builtins.record_answer(Answer("views_acted_on", "often", note="after the review", answered_at=early.replace(hour=10)), context)
    (ev,) = builtins.gather_evidence(ruleset, context).evidence
    assert ev.value == "often" and ev.provenance.as_of == dt.date(2024, 9, 1)
    assert len(AnswerStore(root / "answers.sqlite").rows()) == 2  # nothing is overwritten


def test_initialise_makes_an_empty_store_that_the_plugin_then_reads(folder, builtins, ruleset):
    import sqlite3

    from senrules.gather import Answer, context_for
    from senrules_answers import TABLE, AnswerStore

    root = folder({"senrules-data.toml": DATE + '[answers]\nfile = "answers/answers.sqlite"\n'})
    store = AnswerStore(root / "answers" / "answers.sqlite")  # the folder is made too
    store.initialise()
    with sqlite3.connect(store.path) as con:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == [TABLE]
    con.close()
    assert store.rows() == []
    assert builtins.gather_evidence(ruleset, context_for(root)).evidence == ()
    store.record(Answer("views_acted_on", "often", answered_at=dt.datetime(2024, 9, 1, 9, 0)))
    store.initialise()  # again: the answer is kept
    (ev,) = builtins.gather_evidence(ruleset, context_for(root)).evidence
    assert ev.fact == "views_acted_on" and ev.value == "often"


def test_initialise_adds_the_table_beside_another_databases_own(tmp_path):
    import sqlite3

    from senrules_answers import TABLE, AnswerStore

    path = tmp_path / "session.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (text TEXT)")
        con.execute("INSERT INTO notes VALUES ('kept')")
    con.close()
    AnswerStore(path).initialise()
    with sqlite3.connect(path) as con:
        assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")} == {"notes", TABLE}
        assert con.execute("SELECT text FROM notes").fetchall() == [("kept",)]
    con.close()
    assert AnswerStore(path).rows() == []


@pytest.mark.parametrize(("content", "message"), [
    (b"not sqlite at all", "x.sqlite: not an answers file (not an SQLite database); it was left as it is"),
    (b"SQLite format 3\x00" + b"\xff" * 200, "x.sqlite: the answers file is damaged (file is not a database); it was left as it is"),
])
def test_initialise_refuses_a_foreign_or_damaged_file_and_leaves_it(tmp_path, content, message):
    from senrules_answers import AnswerStore, AnswerStoreError

    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(AnswerStoreError) as caught:
        AnswerStore(path, "x.sqlite").initialise()
    assert caught.value.message == message
    assert path.read_bytes() == content


def test_a_damaged_answers_file_is_left_as_it_is(folder, builtins, ruleset):
    from senrules.gather import Answer, PluginError, context_for

    root = folder({"senrules-data.toml": DATE, "answers.sqlite": b"not sqlite at all"})
    with pytest.raises(PluginError, match="not an answers file"):
        builtins.record_answer(Answer("views_acted_on", "often"), context_for(root))
    assert (root / "answers.sqlite").read_bytes() == b"not sqlite at all"
