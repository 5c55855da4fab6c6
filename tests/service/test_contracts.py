"""The published JSON Schemas: each is a valid draft 2020-12 schema at its
versioned $id, `senrules schema` prints it, and the real outputs of the
commands validate against it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from senrules.schema import BASE, FIXED, schema_id, shipped_schemas

from service_helpers import ROOT, run, validate

RULESETS = ["dcsf-2008", "example", "hmi-2005", "sen-improvement-test-2007"]


@pytest.mark.parametrize("name", [n for n in FIXED if n != "proposal"])
def test_senrules_schema_prints_each_fixed_schema_at_its_versioned_id(name):
    out = run("schema", name)
    assert out.returncode == 0, out.stderr
    schema = json.loads(out.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == FIXED[name] and schema["$id"].startswith(BASE) and schema["$id"][-1].isdigit()


def test_the_proposal_schema_is_printed_when_it_is_installed():
    out = run("schema", "proposal")
    if schema_id("proposal") in shipped_schemas():
        assert out.returncode == 0 and json.loads(out.stdout)["$id"] == schema_id("proposal")
    else:
        assert out.returncode == 2
        assert out.stderr == f"senrules: error: the schema {schema_id('proposal')} is not installed with this senrules\n"


def test_schema_usage_errors_say_what_to_do():
    out = run("schema", "facts")
    assert (out.returncode, out.stderr) == (2, "senrules: error: say which ruleset: `senrules schema facts RULESET`\n")
    out = run("schema", "result", "example")
    assert out.returncode == 2 and "takes no ruleset" in out.stderr
    out = run("schema", "results")
    assert out.returncode == 2 and "invalid choice: 'results'" in out.stderr


@pytest.mark.parametrize("ident", RULESETS)
def test_the_facts_schema_of_each_ruleset_accepts_its_demo_facts_and_refuses_bad_ones(ident):
    out = run("schema", "facts", ident)
    assert out.returncode == 0, out.stderr
    schema = json.loads(out.stdout)
    assert schema["$id"] == f"{BASE}facts/1/{ident}/1.0.0"
    demo = ROOT / "senrules" / "rules" / ident / "demo.json"
    if demo.is_file():
        validate(json.loads(demo.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        validate({"facts": {"no_such_fact_anywhere": 1}}, schema)
    with pytest.raises(jsonschema.ValidationError):
        validate({"evaluation_date": "2024-09-01"}, schema)  # no facts


def test_the_facts_schema_carries_types_units_ranges_and_per_year_shapes():
    schema = json.loads(run("schema", "facts", "dcsf-2008").stdout)
    facts = schema["properties"]["facts"]["properties"]
    per_year = facts["cyp_targets_met"]
    assert per_year["x-senrules"] == {"type": "percentage", "per_year": True, "unit": "% of CYP", "range": None,
                                      "category": "performance"}
    validate({"facts": {"cyp_targets_met": {"2023": 61, "2024": "64%"}}}, schema)
    for bad in ({"cyp_targets_met": 61}, {"cyp_targets_met": {"2024": 140}}, {"cyp_targets_met": {"last year": 50}}):
        with pytest.raises(jsonschema.ValidationError):
            validate({"facts": bad}, schema)
    # the engine refuses what the schema refuses
    out = run("evaluate", "dcsf-2008", "--facts", "-", input=json.dumps({"facts": {"cyp_targets_met": 61}}))
    assert out.returncode == 2 and "given per year" in out.stderr


def test_evaluate_json_validates_against_the_result_schema():
    out = run("evaluate", "dcsf-2008", "--demo", "--format", "json")
    assert out.returncode == 0, out.stderr
    validate(json.loads(out.stdout), "result")


def test_evidence_problems_are_in_the_json_result_as_well_as_on_stderr(tmp_path):
    data = tmp_path / "data"
    import shutil

    shutil.copytree(ROOT / "senrules" / "demo" / "northshire", data)
    csv = next(p for p in data.rglob("*.csv"))
    lines = csv.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    lines.append(",".join(["not a value"] * len(header)))
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("evaluate", "dcsf-2008", "--data", str(data), "--format", "json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    validate(result, "result")
    assert result["evidence_problems"], "the bad row should be reported in the JSON result"
    for problem in result["evidence_problems"]:
        assert problem["message"] in out.stderr


def test_check_test_and_rules_list_json_validate_against_their_schemas(tmp_path):
    out = run("check", "example", "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    validate(report, "check")
    assert report["findings"] == 0 and report["rulesets"][0]["target"] == "example"

    bad = tmp_path / "bad.rules"
    bad.write_text('ruleset bad { title "Bad" }\nfact x: boolean\nfact x: boolean\n', encoding="utf-8")
    out = run("check", str(bad), "--format", "json")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    validate(report, "check")
    (finding,) = report["rulesets"][0]["findings"]
    text = run("check", str(bad))  # the same finding as the text report gives
    assert finding["severity"] == "error" and text.stdout.startswith(f"error: {finding['message']}\n")
    assert f"--> {finding['file']}:{finding['line']}:{finding['column']}" in text.stdout and finding["file"] == str(bad)

    out = run("test", "example", "--coverage", "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    validate(report, "test")
    assert report["failed"] == 0 and report["passed"] == len(report["rulesets"][0]["passed"]) > 0
    assert report["rulesets"][0]["coverage"]["verdicts"] > 0

    out = run("rules", "list", "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    validate(report, "rulesets")
    ids = [r["id"] for r in report["rulesets"]]
    assert ids == sorted(ids) and set(RULESETS) <= set(ids)
    assert all(r["facts_schema"].startswith(BASE + "facts/1/") for r in report["rulesets"])


def test_a_failing_rule_test_is_in_the_test_report(tmp_path):
    import shutil

    folder = tmp_path / "failing"
    shutil.copytree(ROOT / "senrules" / "rules" / "example", folder)
    with (folder / "tests.rules").open("a", encoding="utf-8") as fh:
        fh.write('\ntest "Termly review fails to meet S1.1 (a wrong test)" {\n  on 2024-09-01\n'
                 '  given programmes_monitored = true, monitoring_interval = 13\n  expect S1.1 is not_met\n}\n')
    out = run("test", str(folder), "--format", "json")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    validate(report, "test")
    (failure,) = report["rulesets"][0]["failures"]
    assert failure["test"] == "Termly review fails to meet S1.1 (a wrong test)"
    assert "expected S1.1 to be not_met, got met" in failure["message"]
    assert failure["location"].startswith(str(folder / "tests.rules") + ":")
