"""`senrules serve`: real HTTP requests against a server started as a user
starts it, each reply validated against the published schemas."""

from __future__ import annotations

import json

import pytest
from service_helpers import ROOT, run, start_server, stop_server, validate

pytest.importorskip("starlette", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
CASE = {"service": "A", "evaluation_date": "2024-09-01", "facts": {"programmes_monitored": True, "monitoring_interval": 26}}


def test_it_binds_to_this_machine_only_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")
    status, _, body = server.request("GET", "/health")
    assert (status, body["status"]) == (200, "ok")
    status, _, doc = server.request("GET", "/openapi.json")
    assert status == 200 and doc["openapi"].startswith("3.1")
    assert "/rulesets/dcsf-2008/evaluate" in doc["paths"] and "/proposals/check" in doc["paths"]


def test_list_rulesets_with_their_facts_and_parameters(server):
    status, _, body = server.request("GET", "/rulesets")
    assert status == 200
    validate(body, "rulesets")
    ids = [r["id"] for r in body["rulesets"]]
    assert {"dcsf-2008", "example", "hmi-2005", "sen-improvement-test-2007"} <= set(ids)
    assert all("path" not in r for r in body["rulesets"])  # the service never names a folder
    status, _, outline = server.request("GET", "/rulesets/example")
    assert status == 200 and {f["id"] for f in outline["facts"]} >= {"programmes_monitored", "monitoring_interval"}
    assert "majority_of_cyp" in {p["id"] for p in outline["parameters"]}
    status, _, schema = server.request("GET", "/rulesets/example/schema")
    assert status == 200 and schema["$id"] == outline["facts_schema"]
    status, _, same = server.request("GET", "/" + schema["$id"].split("/", 3)[3])
    assert (status, same) == (200, schema)  # served at the path of its $id
    status, _, result_schema = server.request("GET", "/schema/result/1")
    assert status == 200 and result_schema["$id"] == "https://senrules.example/schema/result/1"
    status, _, body = server.request("GET", "/schema/result")  # the family, without its version
    assert status == 404 and body["error"]["message"] == "no schema at /schema/result; did you mean /schema/result/1?"
    status, _, body = server.request("GET", "/schema/nothing")
    assert status == 404 and body["error"]["message"].endswith("; every published schema is listed in /openapi.json")


def test_evaluate_gives_the_same_result_as_the_command_line(server):
    status, _, result = server.request("POST", "/rulesets/example/evaluate", CASE)
    assert status == 200
    validate(result, "result")
    cli = json.loads(run("evaluate", "example", "--facts", "-", "--format", "json", input=json.dumps(CASE)).stdout)
    assert result["verdicts"] == cli["verdicts"] and result["verdicts"]["S1.1"] == "partly_met"
    status, _, override = server.request("POST", "/rulesets/example/evaluate", {**CASE, "parameters": {"majority_of_cyp": 60}})
    assert status == 200 and override["parameters"]["majority_of_cyp"]["overridden"] is True


def test_explain_one_verdict(server):
    status, _, judgement = server.request("POST", "/rulesets/example/explain/S1.1", CASE)
    assert status == 200
    validate(judgement, {"$ref": "https://senrules.example/schema/result/1#/$defs/judgement"})
    assert (judgement["id"], judgement["verdict"]) == ("S1.1", "partly_met")
    assert judgement["decided_by"] == "partly_met when programmes_monitored"
    status, _, body = server.request("POST", "/rulesets/example/explain/S9", CASE)
    assert status == 404 and body["error"]["message"] == "`S9` is not a criterion, standard or section of example"


def test_a_batch_gives_a_record_per_case_and_an_error_record_for_a_bad_one(server):
    cases = [CASE, {"facts": {"programmes_monitord": True}}, {"evaluation_date": "2024-09-01", "facts": {}}]
    status, _, body = server.request("POST", "/rulesets/example/batch", {"cases": cases})
    assert status == 200
    for record in body["records"]:
        validate(record, "batch-record")
    ok, bad, empty = body["records"]
    assert ok["verdicts"]["S1.1"] == "partly_met" and ok["service"] == "A"
    assert bad == {"line": 2, "error": {
        "message": "case 2: `programmes_monitord` is not a fact of this ruleset; did you mean `programmes_monitored`?"}}
    assert empty["verdicts"]["S1.1"] == "unknown"
    status, _, body = server.request("POST", "/rulesets/example/batch", {"cases": [CASE], "explain": True})
    assert status == 200 and body["records"][0]["result"]["verdicts"]["S1.1"] == "partly_met"
    validate(body["records"][0], "batch-record")


def test_run_a_rulesets_tests(server):
    status, _, report = server.request("POST", "/rulesets/example/tests?coverage=true", None)
    assert status == 200
    validate(report, "test")
    cli = json.loads(run("test", "example", "--coverage", "--format", "json").stdout)
    assert report == cli


def test_check_a_proposal_document_by_uploading_its_bytes(server):
    doc = ROOT / "examples" / "proposals" / "03-eastvale-hoped-for-places.md"
    status, _, report = server.request("POST", "/proposals/check?filename=eastvale.md", doc.read_bytes(),
                                       content_type="text/markdown")
    assert status == 200
    cli = json.loads(run("proposal", "check", str(doc), "--format", "json").stdout)
    assert report["factors"] == cli["factors"] and report["overall"] == cli["overall"] == "not_credible"
    assert report["document"]["path"] == "eastvale.md"
    from senrules.schema import schema_id, shipped_schemas

    if schema_id("proposal") in shipped_schemas():
        validate(report, "proposal")
    docx = ROOT / "tests" / "data" / "proposals"
    for path in sorted(docx.rglob("*.docx"))[:1]:
        status, _, report = server.request("POST", f"/proposals/check?filename={path.name}", path.read_bytes(),
                                           content_type="application/octet-stream")
        assert status == 200 and report["document"]["format"] == "docx"
    status, _, body = server.request("POST", "/proposals/check?filename=plan.pdf", b"%PDF-1.4", content_type="application/pdf")
    assert status == 422
    assert body["error"]["message"] == "plan.pdf: pdf files cannot be read; save the document as Word (.docx), Markdown or plain text"


@pytest.mark.parametrize("path", ["/rulesets/..%2F..%2Fetc/evaluate", "/rulesets/%2Fetc%2Fpasswd/evaluate",
                                  "/rulesets/senrules%2Frules%2Fexample/evaluate", "/rulesets/tests%2Fdata/evaluate"])
def test_a_ruleset_is_named_by_id_only_never_by_a_path(server, path):
    status, _, body = server.request("POST", path, CASE)
    assert status == 404
    validate(body, "error")


def test_bad_requests_get_a_json_error_naming_the_problem(server):
    status, _, body = server.request("POST", "/rulesets/example/evaluate", b"{oops")
    assert (status, body["error"]["message"]) == (400, "the body, line 1, column 2: not valid JSON (Expecting property name enclosed in double quotes)")
    status, _, body = server.request("POST", "/rulesets/example/evaluate", {"facts": {"cyp_progress_rate": {"2024": 140}}})
    assert (status, body["error"]["message"]) == (
        422, "request body: fact `cyp_progress_rate` for 2024: 140 is outside 0-100, but it is a percentage")
    status, _, body = server.request("POST", "/rulesets/example/evaluate", b"facts=1", content_type="application/x-www-form-urlencoded")
    assert status == 415
    status, headers, body = server.request("DELETE", "/rulesets")
    assert status == 405 and "GET" in headers["allow"]
    status, _, body = server.request("GET", "/nowhere")
    assert status == 404 and body["error"]["message"] == "no page /nowhere (see /openapi.json)"
    validate(body, "error")


def test_request_size_batch_size_and_time_are_bounded():
    server = start_server("--max-body", "2000", "--max-batch", "3", "--timeout", "0.001", "--rulesets", "example",
                          "sen-improvement-test-2007")
    try:
        status, _, body = server.request("POST", "/rulesets/example/evaluate", {"facts": {}, "service": "x" * 5000})
        assert (status, body["error"]["message"]) == (413, "the body is 5,028 bytes; the limit is 2,000")
        status, _, body = server.request("POST", "/rulesets/example/batch", {"cases": [{"facts": {}}] * 4})
        assert (status, body["error"]["message"]) == (413, "4 cases; the limit is 3 a request (send several)")
        status, _, body = server.request("POST", "/rulesets/example/tests", None)
        assert (status, body["error"]["message"]) == (503, "the request took longer than the limit of 0.001 seconds")
        status, _, body = server.request("GET", "/rulesets")
        assert [r["id"] for r in body["rulesets"]] == ["example", "sen-improvement-test-2007"]
        status, _, _ = server.request("GET", "/rulesets/dcsf-2008")
        assert status == 404
    finally:
        stop_server(server)


def test_serve_refuses_a_ruleset_that_is_not_installed_and_a_bad_limit():
    out = run("serve", "--rulesets", "../example", "--port", "0")
    assert out.returncode == 2 and out.stderr.startswith("senrules: error: `../example` is not a shipped or installed ruleset")
    out = run("serve", "--max-batch", "-1", "--port", "0")
    assert (out.returncode, out.stderr) == (2, "senrules: error: --max-batch must be more than 0\n")
