"""Editions of a ruleset (issue 15): several editions of one ruleset id, each
a sub-folder with its own `version` and `effective` dates, from a folder or
from a plugin; the one in force on the evaluation date is chosen; a date
outside every edition is refused with the editions named; an expired edition
is used only when asked for by name (`ID@VERSION`).

Real runs of the `senrules` command (exit codes, messages, files written),
JSON validated against the published schemas, and real HTTP requests to a
running `senrules serve`.  The fixture is tests/data/editions/plan-review:
edition 2008 (from 2008-04-01) and edition 2014 (2014-09-01 to 2030-08-31),
which asks one more fact and whose parameter changes on 2020-09-01.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from senrules.errors import RuleLoadError
from senrules.ruleset import find_editions, load_ruleset

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "data" / "editions" / "plan-review"
LISTING = ("plan-review@2008 (from 2008-04-01 to 2014-08-31); "
           "plan-review@2014 (from 2014-09-01 to 2030-08-31)")
CASE_2010 = {"evaluation_date": "2010-09-01", "facts": {"plan_reviewed_on": "2009-11-01"}}
CASE_2021 = {"evaluation_date": "2021-09-01", "service": "B", "facts": {"plan_reviewed_on": "2021-05-01", "families_consulted": True}}


def run(*args, cwd=None, env=None, input=None):
    """The real `senrules` command, in a new process."""
    return subprocess.run([sys.executable, "-m", "senrules", *args], capture_output=True, text=True, input=input,
                          cwd=cwd or ROOT, env={**os.environ, **(env or {})}, timeout=120)


def validate(instance, name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    from senrules.schema import fixed_schema

    names = ("result", "batch-record", "rulesets", "error")
    registry = Registry().with_resources(
        (fixed_schema(n)["$id"], Resource.from_contents(fixed_schema(n))) for n in names
    )
    jsonschema.Draft202012Validator(fixed_schema(name), registry=registry).validate(instance)


# ------------------------------------------------------------------ the library


def test_the_editions_of_a_folder_with_the_days_each_is_in_force():
    editions = find_editions(FOLDER)
    assert [(e.name, e.effective_from, e.until) for e in editions.editions] == [
        ("plan-review@2008", dt.date(2008, 4, 1), dt.date(2014, 8, 31)),  # superseded the day before 2014 starts
        ("plan-review@2014", dt.date(2014, 9, 1), dt.date(2030, 8, 31)),
    ]
    assert editions.in_force(dt.date(2014, 8, 31)).version == "2008"
    assert editions.in_force(dt.date(2014, 9, 1)).version == "2014"
    assert editions.in_force(dt.date(2008, 3, 31)) is None and editions.in_force(dt.date(2030, 9, 1)) is None


@pytest.mark.parametrize(("on", "version"), [("2010-09-01", "2008"), ("2014-08-31", "2008"), ("2014-09-01", "2014"),
                                             ("2030-08-31", "2014")])
def test_load_ruleset_gives_the_edition_in_force_on_the_date(on, version):
    rs = load_ruleset(FOLDER, on=on)
    assert (rs.header.version, rs.edition) == (version, f"plan-review@{version}")
    result = rs.evaluate({}, evaluation_date=on)
    assert result.ruleset.edition == f"plan-review@{version}" and result.notes == ()


@pytest.mark.parametrize("on", ["2008-03-31", "2030-09-01"])
def test_a_date_outside_every_edition_is_refused_naming_them(on):
    with pytest.raises(RuleLoadError) as err:
        load_ruleset(FOLDER, on=on)
    assert err.value.message == f"no edition of `plan-review` is in force on {on}; its editions are {LISTING}"
    assert err.value.hint == "give an evaluation date inside one of them, or name an edition: `plan-review@2014`"


def test_an_expired_edition_is_used_only_by_name_and_the_result_says_so():
    rs = load_ruleset(f"{FOLDER}@2008", on="2021-09-01")
    result = rs.evaluate({"plan_reviewed_on": "2021-05-01"}, evaluation_date="2021-09-01")
    assert result.ruleset.edition == "plan-review@2008" and result.verdict("P1.1") == "met"
    assert result.notes == ("edition plan-review@2008 was asked for by name; the edition in force on 2021-09-01 is "
                            "plan-review@2014 (from 2014-09-01 to 2030-08-31)",)
    with pytest.raises(RuleLoadError) as err:
        load_ruleset(f"{FOLDER}@2009")
    assert err.value.message == f"`{FOLDER}` has no edition `2009`; its editions are {LISTING}".replace(f"`{FOLDER}`", "`plan-review`")
    with pytest.raises(RuleLoadError, match=r"has one edition, version 1.0.0, not 2\.0: name it without `@2\.0`"):
        load_ruleset("example@2.0")
    assert load_ruleset("example@1.0.0").id == "example"


def test_editions_that_cannot_be_told_apart_are_refused(tmp_path):
    text = (FOLDER / "2014" / "review.rules").read_text(encoding="utf-8")

    def edition(name, version, effective="2014-09-01 to 2030-08-31"):
        (tmp_path / "set" / name).mkdir(parents=True, exist_ok=True)
        body = text.replace('  version "2014"\n', f'  version "{version}"\n' if version else "")
        body = body.replace("effective 2014-09-01 to 2030-08-31", f"effective {effective}")
        if effective != "2014-09-01 to 2030-08-31":
            body = body.replace("from 2020-09-01", "from 2032-09-01")
        (tmp_path / "set" / name / "r.rules").write_text(body, encoding="utf-8")

    edition("a", "a")
    edition("b", "b")
    with pytest.raises(RuleLoadError, match=r"a and b both take effect on 2014-09-01; an edition starts on a day of its own"):
        find_editions(tmp_path / "set")
    edition("b", "b", "2031-09-01")
    assert [e.version for e in find_editions(tmp_path / "set").editions] == ["a", "b"]
    edition("b", "a", "2031-09-01")
    with pytest.raises(RuleLoadError, match=r"a and b are both version a"):
        find_editions(tmp_path / "set")
    edition("b", None, "2031-09-01")
    with pytest.raises(RuleLoadError, match=r"b has no `version` \(an edition is named by it\)"):
        find_editions(tmp_path / "set")


def test_a_shipped_folder_of_editions_is_one_id(tmp_path, monkeypatch):
    import shutil

    import senrules.ruleset as ruleset

    shutil.copytree(ruleset.shipped_rules_dir() / "example", tmp_path / "example")
    shutil.copytree(FOLDER, tmp_path / "plan-review")
    monkeypatch.setattr(ruleset, "shipped_rules_dir", lambda: tmp_path)
    assert list(ruleset.shipped_rulesets()) == ["example", "plan-review"]
    assert load_ruleset("plan-review", on="2012-01-01").edition == "plan-review@2008"
    assert load_ruleset("plan-review@2014", on="2012-01-01").edition == "plan-review@2014"
    assert ruleset.edition_targets(["plan-review", "example"]) == ["plan-review@2008", "plan-review@2014", "example"]
    with pytest.raises(RuleLoadError, match=r"is a folder of editions \(plan-review@2008, plan-review@2014\): name one"):
        ruleset.rule_files("plan-review")


def test_columns_across_a_change_of_a_dated_value_are_refused_clearly():
    pytest.importorskip("numpy")
    rs = load_ruleset(FOLDER / "2014")
    columns = {"plan_reviewed_on": [dt.date(2021, 5, 1), dt.date(2021, 1, 1)], "families_consulted": [True, True]}
    with pytest.raises(Exception) as err:
        rs.evaluate_batch(columns=columns, evaluation_date=["2019-09-01", "2021-09-01"])
    assert str(err.value) == ("a parameter of ruleset plan-review changes on a date between these evaluation dates: "
                              "give a batch of facts mappings, or one call per period")
    rows = rs.evaluate_batch(columns=columns, evaluation_date=["2021-09-01", "2021-10-01"]).rows()
    assert [r["P1.1"] for r in rows] == ["met", "not_met"]  # within 6 months (the value from 2020-09-01), and not


def test_a_ruleset_that_reads_another_with_editions_reads_the_edition_in_force(tmp_path):
    import shutil

    shutil.copytree(FOLDER, tmp_path / "plan-review")
    (tmp_path / "summary.rules").write_text(textwrap.dedent('''\
        ruleset plan-summary { title "Reads plan-review's verdicts (test)" }

        fact plan_grade: choice("good", "inadequate") {
          question "What grade did the plan review give?"
          from "./plan-review" "P1"
        }

        section s "Summary" {
          standard S "The plan." {
            criterion S.1 "The plan review is good." {
              met when plan_grade == "good"
              not_met otherwise
            }
            grade {
              good when S.1 is met
              inadequate otherwise
            }
          }
          grade {
            good when S is at least good
            inadequate otherwise
          }
        }
        '''), encoding="utf-8")
    rs = load_ruleset(tmp_path / "summary.rules")
    assert rs.verdicts({"plan_reviewed_on": "2011-09-01"}, evaluation_date="2012-01-01")["S.1"] == "met"  # 2008 edition
    assert rs.verdicts({"plan_reviewed_on": "2021-05-01"}, evaluation_date="2021-09-01")["S.1"] is None  # 2014: needs families
    assert rs.verdicts({"plan_reviewed_on": "2021-05-01", "families_consulted": True},
                       evaluation_date="2021-09-01")["S.1"] == "met"


# ------------------------------------------------------------------ the command


def test_evaluate_picks_the_edition_from_the_facts_files_date(tmp_path):
    (tmp_path / "old.json").write_text(json.dumps(CASE_2010))
    (tmp_path / "new.json").write_text(json.dumps(CASE_2021))
    old = run("evaluate", str(FOLDER), "--facts", str(tmp_path / "old.json"), "--format", "json")
    new = run("evaluate", str(FOLDER), "--facts", str(tmp_path / "new.json"), "--format", "json")
    assert old.returncode == new.returncode == 0, old.stderr + new.stderr
    old, new = json.loads(old.stdout), json.loads(new.stdout)
    validate(old, "result")
    validate(new, "result")
    assert (old["ruleset"]["edition"], list(old["verdicts"])) == ("plan-review@2008", ["plan", "P1", "P1.1"])
    assert (new["ruleset"]["edition"], new["verdicts"]["P1.2"]) == ("plan-review@2014", "met")
    assert new["parameters"]["review_interval"]["from"] == "2020-09-01" and new["verdicts"]["P1.1"] == "met"
    # --date wins over the file's date, and chooses the edition
    r = run("evaluate", str(FOLDER), "--facts", str(tmp_path / "new.json"), "--date", "2019-09-01", "--brief")
    assert r.returncode == 0 and r.stdout.startswith("Plan review (fixture) (plan-review 2014)\nevaluated on 2019-09-01")


def test_evaluate_outside_every_edition_exits_2_naming_the_editions(tmp_path):
    (tmp_path / "late.json").write_text(json.dumps({**CASE_2021, "evaluation_date": "2031-01-01"}))
    r = run("evaluate", str(FOLDER), "--facts", str(tmp_path / "late.json"))
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"senrules: error: no edition of `plan-review` is in force on 2031-01-01; its editions are {LISTING} "
                        "(give an evaluation date inside one of them, or name an edition: `plan-review@2014`)\n")


def test_evaluate_an_expired_edition_by_name_writes_a_report_that_says_so(tmp_path):
    (tmp_path / "new.json").write_text(json.dumps({"evaluation_date": "2021-09-01", "facts": {"plan_reviewed_on": "2021-05-01"}}))
    r = run("evaluate", f"{FOLDER}@2008", "--facts", str(tmp_path / "new.json"), "--format", "markdown",
            "--output", str(tmp_path / "report.md"))
    assert (r.returncode, r.stderr) == (0, f"senrules: wrote {tmp_path / 'report.md'}\n")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert ("edition plan-review@2008 was asked for by name; the edition in force on 2021-09-01 is plan-review@2014 "
            "(from 2014-09-01 to 2030-08-31)") in report


def test_facts_of_another_edition_are_refused_naming_the_edition_used(tmp_path):
    (tmp_path / "mixed.json").write_text(json.dumps({**CASE_2021, "evaluation_date": "2012-01-01"}))
    r = run("explain", str(FOLDER), "P1.1", "--facts", str(tmp_path / "mixed.json"))
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (f"senrules: error: {tmp_path / 'mixed.json'}, line 1: `families_consulted` is not a fact of this ruleset "
                        "(read with edition plan-review@2008, the edition in force on the evaluation date)\n")


def test_check_and_test_take_each_edition_in_turn():
    r = run("test", str(FOLDER))
    assert (r.returncode, r.stdout) == (0, "plan-review@2008: 1 passed, 0 failed\nplan-review@2014: 2 passed, 0 failed\n")
    r = run("check", str(FOLDER))
    assert (r.returncode, r.stderr) == (0, "senrules check: no findings in 2 rulesets\n")


def test_batch_evaluates_each_line_with_the_edition_of_its_date(tmp_path):
    lines = [CASE_2010, CASE_2021, {**CASE_2010, "evaluation_date": "2031-01-01"}, {**CASE_2021, "evaluation_date": "2012-01-01"}]
    r = run("batch", str(FOLDER), "--no-progress", input="".join(json.dumps(x) + "\n" for x in lines))
    assert r.returncode == 1, r.stderr
    records = [json.loads(x) for x in r.stdout.splitlines()]
    for record in records:
        validate(record, "batch-record")
    assert [rec.get("edition") for rec in records] == ["plan-review@2008", "plan-review@2014", None, None]
    assert records[0]["verdicts"] == {"plan": "good", "P1": "good", "P1.1": "met"}
    assert records[1]["verdicts"]["P1.2"] == "met" and records[1]["service"] == "B"
    assert records[2]["error"]["message"] == f"line 3: no edition of `plan-review` is in force on 2031-01-01; its editions are {LISTING}"
    assert records[3]["error"]["message"] == ("line 4: `families_consulted` is not a fact of this ruleset "
                                              "(edition plan-review@2008, the one in force on 2012-01-01)")
    assert r.stderr.splitlines()[0] == f"senrules batch: {records[2]['error']['message']}"


# ------------------------------------------------------------------ from a plugin: rules list, evaluate by id, serve


PLUGIN = '''
from pathlib import Path

import senrules

@senrules.hookimpl
def senrules_ruleset_paths():
    return {"plan-review": Path(__file__).parent / "plan-review"}
'''


@pytest.fixture(scope="module")
def site(make_plugin_site):
    """A plugin package, with its dist-info, contributing the editions
    folder: the environment that installs it in a new process."""
    site = make_plugin_site()
    site.install("senrules_editions_contrib", PLUGIN, entry="editions", files={"plan-review": FOLDER})
    return {"PYTHONPATH": site.env()["PYTHONPATH"]}


def test_rules_list_shows_each_edition_and_which_is_in_force(site):
    r = run("rules", "list", env=site)
    assert r.returncode == 0, r.stderr
    rows = [line for line in r.stdout.splitlines() if line.startswith("plan-review")]
    today = dt.date.today()
    now = " (in force today)" if dt.date(2014, 9, 1) <= today <= dt.date(2030, 8, 31) else ""
    assert rows[0].startswith("plan-review@2008             2008     Plan review (fixture)  "
                              "[edition in force from 2008-04-01 to 2014-08-31]  from plugin editions")
    assert rows[1].startswith("plan-review@2014             2014     Plan review (fixture)  "
                              f"[edition in force from 2014-09-01 to 2030-08-31{now}]  from plugin editions")
    r = run("rules", "list", "--format", "json", env=site)
    data = json.loads(r.stdout)
    validate(data, "rulesets")
    entries = [e for e in data["rulesets"] if e["id"] == "plan-review"]
    assert [(e["edition"], e["version"], e["in_force_until"]) for e in entries] == [
        ("plan-review@2008", "2008", "2014-08-31"), ("plan-review@2014", "2014", "2030-08-31")]
    assert [e["in_force_today"] for e in entries] == [False, bool(now)]


def test_a_plugins_editions_are_chosen_by_date_and_by_name(site, tmp_path):
    (tmp_path / "old.json").write_text(json.dumps(CASE_2010))
    r = run("evaluate", "plan-review", "--facts", str(tmp_path / "old.json"), "--format", "json", env=site)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["ruleset"]["edition"] == "plan-review@2008"
    r = run("evaluate", "plan-review@2014", "--facts", str(tmp_path / "old.json"), "--format", "json", env=site)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ruleset"]["edition"] == "plan-review@2014" and data["verdicts"]["P1.2"] == "unknown"
    assert data["notes"][-1] == ("edition plan-review@2014 was asked for by name; the edition in force on 2010-09-01 "
                                 "is plan-review@2008 (from 2008-04-01 to 2014-08-31)")


def test_the_service_chooses_the_edition_for_each_request(site):
    pytest.importorskip("starlette", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
    pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
    sys.path.insert(0, str(ROOT / "tests" / "service"))
    try:
        from service_helpers import Server
    finally:
        sys.path.pop(0)
    proc = subprocess.Popen([sys.executable, "-m", "senrules", "serve", "--port", "0", "--rulesets", "plan-review"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env={**os.environ, **site})
    try:
        deadline, line, url = time.monotonic() + 120, "", None
        while time.monotonic() < deadline and url is None:
            line = proc.stderr.readline()
            found = re.search(r"listening on (http://\S+)", line)
            url = found.group(1) if found else None
            if not line and proc.poll() is not None:
                break
        assert url, f"senrules serve did not start: {line!r}"
        server = Server(proc, url)
        status, _, old = server.request("POST", "/rulesets/plan-review/evaluate", CASE_2010)
        assert status == 200
        validate(old, "result")
        assert (old["ruleset"]["edition"], old["verdicts"]["P1.1"]) == ("plan-review@2008", "met")
        status, _, new = server.request("POST", "/rulesets/plan-review/evaluate", CASE_2021)
        assert (status, new["ruleset"]["edition"], new["verdicts"]["P1.2"]) == (200, "plan-review@2014", "met")
        status, _, judgement = server.request("POST", "/rulesets/plan-review/explain/P1.2", CASE_2021)
        assert (status, judgement["verdict"]) == (200, "met")
        status, _, late = server.request("POST", "/rulesets/plan-review/evaluate", {**CASE_2021, "evaluation_date": "2031-01-01"})
        assert status == 422 and late["error"]["message"].startswith("no edition of `plan-review` is in force on 2031-01-01")
        status, _, body = server.request("POST", "/rulesets/plan-review/batch", {"cases": [CASE_2010, CASE_2021]})
        assert status == 200
        for record in body["records"]:
            validate(record, "batch-record")
        assert [r["edition"] for r in body["records"]] == ["plan-review@2008", "plan-review@2014"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
