"""`senrules serve` answers a mistyped ruleset or node id as the command
line does: 404, with the closest id suggested (a different case included)."""

from __future__ import annotations

CASE = {"evaluation_date": "2024-09-01", "facts": {"programmes_monitored": True}}


def test_a_mistyped_ruleset_id_is_answered_with_the_closest(server):
    status, _, body = server.request("POST", "/rulesets/exmaple/evaluate", CASE)
    assert status == 404
    assert body["error"]["message"].startswith("no ruleset `exmaple` is served; did you mean `example`? (served: ")
    status, _, body = server.request("GET", "/rulesets/DCSF-2008")
    assert status == 404 and "; did you mean `dcsf-2008`? (served: " in body["error"]["message"]


def test_a_node_id_in_the_wrong_case_is_answered_with_the_right_one(server):
    status, _, body = server.request("POST", "/rulesets/example/explain/s1.1", CASE)
    assert status == 404
    assert body["error"]["message"] == "`s1.1` is not a criterion, standard or section of example; did you mean `S1.1`?"
