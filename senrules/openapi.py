"""The OpenAPI 3.1 document of ``senrules serve``, built from the published
JSON Schemas (:mod:`senrules.schema`) and the rulesets served.

Each served ruleset gets its own concrete paths (``/rulesets/dcsf-2008/evaluate``),
so its request body is described by that ruleset's own facts schema, and a
client generator or a fuzzer (schemathesis) sees every fact's type and range.
The shipped schemas are embedded under ``components/schemas`` with their
references rewritten to point there, so the document stands alone (nothing
is fetched from the ``$id`` addresses).  No Starlette is needed to build it:
``senrules schema openapi`` prints it.
"""

from __future__ import annotations

import copy
from typing import Any

from senrules import __version__
from senrules.schema import BASE, FIXED, SchemaNotFound, facts_schema, facts_schema_id, fixed_schema, schema_id

#: component name -> short schema name (see senrules.schema.FIXED)
COMPONENTS = {
    "Result": "result", "ProposalCheck": "proposal", "BatchRecord": "batch-record", "Error": "error",
    "TestReport": "test", "Rulesets": "rulesets",
}

PROPOSAL_TYPES = (
    "text/markdown", "text/plain", "application/octet-stream",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)


def _component_name(rs_id: str) -> str:
    return "Facts." + "".join(c if c.isalnum() or c in "._-" else "_" for c in rs_id)


def _embed(schema: dict, name: str, ids: dict[str, str]) -> dict:
    """``schema`` as a component: ``$id``/``$schema`` dropped, every ``$ref``
    rewritten to a ``#/components/schemas/...`` pointer."""
    schema = copy.deepcopy(schema)
    own = schema.pop("$id", None)
    schema.pop("$schema", None)

    def fix(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                base, _, fragment = ref.partition("#")
                target = name if not base or base == own else ids.get(base)
                if target is None:  # a schema not embedded: accept any value rather than fetch it
                    node.pop("$ref")
                else:
                    node["$ref"] = f"#/components/schemas/{target}{fragment}"
            for value in node.values():
                fix(value)
        elif isinstance(node, list):
            for value in node:
                fix(value)

    fix(schema)
    return schema


def _error_responses(*codes: int) -> dict:
    words = {
        400: "The body is not JSON, or not the shape expected.",
        404: "No such ruleset, node or page.",
        413: "The body is larger than the service accepts (see --max-body, --max-document).",
        415: "The body's content type is not one accepted.",
        422: "The body is JSON of the right shape, but a value is wrong (a fact the ruleset does not have, a value of the wrong type...).",
        503: "The request took longer than the time limit (--timeout), or the service is busy.",
    }
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    return {str(c): {"description": words[c], "content": ref} for c in codes}


def _json_response(description: str, schema: dict) -> dict:
    return {"200": {"description": description, "content": {"application/json": {"schema": schema}}}}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def openapi_document(rulesets: dict | None = None, *, server_url: str | None = None, max_batch: int = 1000) -> dict:
    """The OpenAPI document for ``rulesets`` (id -> loaded Ruleset; default:
    every shipped ruleset)."""
    if rulesets is None:
        from senrules.ruleset import load_ruleset, shipped_rulesets

        rulesets = {ident: load_ruleset(ident) for ident in shipped_rulesets()}
    ids = {schema_id(short): comp for comp, short in COMPONENTS.items()}
    components: dict[str, Any] = {}
    for comp, short in COMPONENTS.items():
        try:
            components[comp] = _embed(fixed_schema(short), comp, ids)
        except SchemaNotFound:  # the proposal check's schema, until the plugin ships it
            components[comp] = {"type": "object", "description": "The proposal check (see docs/proposals.md)."}
    components["Judgement"] = {"$ref": "#/components/schemas/Result/$defs/judgement"}
    components["Outline"] = {
        "type": "object", "required": ["id", "sections", "facts", "parameters"],
        "description": "A ruleset's outline: sections, standards and criteria with their sources, facts and parameters "
                       "(as `senrules rules show --format json`).",
    }
    components["BatchReply"] = {
        "type": "object", "additionalProperties": False, "required": ["records"],
        "properties": {"records": {"type": "array", "items": _ref("BatchRecord"),
                                   "description": "One record per case, in order; `line` is the case's place (1-based)."}},
    }
    paths: dict[str, Any] = {
        "/health": {"get": {
            "operationId": "health", "summary": "Whether the service is up, and its version.",
            "responses": _json_response("Up.", {
                "type": "object", "required": ["status", "version"],
                "properties": {"status": {"const": "ok"}, "version": {"type": "string"}}}),
        }},
        "/rulesets": {"get": {
            "operationId": "listRulesets", "summary": "The rulesets served, with the $id of each one's facts schema.",
            "responses": _json_response("The rulesets.", _ref("Rulesets")),
        }},
        "/proposals/check": {"post": {
            "operationId": "checkProposal",
            "summary": "Check a proposal or consultation document against the SEN Improvement Test.",
            "description": "The body is the document itself (Markdown, plain text, or Word .docx), as bytes. "
                           "The file name (its suffix says how it is read: .md, .txt, .docx) goes in `filename`.",
            "parameters": [{"name": "filename", "in": "query", "required": False,
                            "description": "The document's file name, e.g. plan.md or plan.docx (default document.txt).",
                            "schema": {"type": "string", "maxLength": 200}}],
            "requestBody": {"required": True, "content": {t: {"schema": {"type": "string", "format": "binary"}} for t in PROPOSAL_TYPES}},
            "responses": {**_json_response("The check, factor by factor.", _ref("ProposalCheck")),
                          **_error_responses(400, 413, 415, 422, 503)},
        }},
    }
    for short in FIXED:
        ident = schema_id(short)
        paths["/" + ident[len(BASE) - len("schema/"):]] = {"get": {
            "operationId": "schema_" + short.replace("-", "_"), "summary": f"The JSON Schema `{short}` (its $id is {ident}).",
            "responses": {**_json_response("The schema.", {"type": "object"}), **_error_responses(404)},
        }}
    for rs_id, rs in rulesets.items():
        comp = _component_name(rs_id)
        components[comp] = _embed(facts_schema(rs), comp, ids)
        base = f"/rulesets/{rs_id}"
        safe = "".join(c if c.isalnum() else "_" for c in rs_id)
        facts_body = {"required": True, "content": {"application/json": {"schema": _ref(comp)}}}
        node_ids = [n.id for n in rs.program.nodes]
        paths["/" + facts_schema_id(rs)[len(BASE) - len("schema/"):]] = {"get": {
            "operationId": f"factsSchemaById_{safe}", "summary": f"The facts schema of {rs_id}, at its $id.",
            "responses": _json_response("The schema.", {"type": "object"}),
        }}
        paths[base] = {"get": {
            "operationId": f"outline_{safe}", "summary": f"{rs.header.title or rs_id}: its outline, facts and parameters.",
            "responses": _json_response("The outline.", _ref("Outline")),
        }}
        paths[base + "/schema"] = {"get": {
            "operationId": f"factsSchema_{safe}", "summary": f"The JSON Schema of a facts document for {rs_id}.",
            "responses": _json_response("The schema.", {"type": "object"}),
        }}
        paths[base + "/evaluate"] = {"post": {
            "operationId": f"evaluate_{safe}", "summary": f"Evaluate one case against {rs_id}: every verdict, explained.",
            "requestBody": facts_body,
            "responses": {**_json_response("The result.", _ref("Result")), **_error_responses(400, 413, 415, 422, 503)},
        }}
        paths[base + "/explain/{node}"] = {"post": {
            "operationId": f"explain_{safe}", "summary": f"Why one verdict of {rs_id}, and what would change it.",
            "parameters": [{"name": "node", "in": "path", "required": True,
                            "description": "A criterion, standard or section id, or overall.",
                            "schema": {"type": "string", "enum": node_ids}}],
            "requestBody": facts_body,
            "responses": {**_json_response("The judgement.", _ref("Judgement")), **_error_responses(400, 404, 413, 415, 422, 503)},
        }}
        paths[base + "/batch"] = {"post": {
            "operationId": f"batch_{safe}",
            "summary": f"Evaluate many cases against {rs_id}: a record per case, an error record for a bad one.",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "additionalProperties": False, "required": ["cases"],
                "properties": {
                    "cases": {"type": "array", "items": _ref(comp), "maxItems": max_batch,
                              "description": f"Facts documents for {rs_id}, each as its facts schema describes."},
                    "explain": {"type": "boolean", "default": False,
                                "description": "The full explained result of each case, not only its verdicts."},
                }}}}},
            "responses": {**_json_response("One record per case.", _ref("BatchReply")), **_error_responses(400, 413, 415, 422, 503)},
        }}
        paths[base + "/tests"] = {"post": {
            "operationId": f"tests_{safe}", "summary": f"Run the tests written in {rs_id}'s rule files.",
            "parameters": [{"name": "coverage", "in": "query", "required": False,
                            "description": "Also list what no test expects.", "schema": {"type": "boolean", "default": False}}],
            "responses": {**_json_response("The test report.", _ref("TestReport")), **_error_responses(400, 503)},
        }}
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "senrules",
            "version": __version__,
            "summary": "Executable, explainable rules for SEN support and outreach services and the SEN Improvement Test.",
            "description": "Evaluate and explain cases against the shipped and installed rulesets, check proposal documents, "
                           "run rule tests. Every reply is described by a published JSON Schema (`senrules schema NAME`). "
                           "See docs/serve.md.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "paths": paths,
        "components": {"schemas": components},
    }
    if server_url:
        doc["servers"] = [{"url": server_url}]
    return doc
