"""schemathesis against the service's own OpenAPI document: generated
requests (valid and invalid) to every operation of a running server, and no
reply may be a 5xx; every reply must use a documented status and content
type and match its documented schema.

Bounded to a few hundred requests: the server serves the `example` ruleset
(whose facts use every type of the language, a list of records and per-year
facts included) and the SEN Improvement Test (for the proposal upload).  The
larger shipped rulesets go through the same code with larger schemas, which
only makes generation slower; test_serve.py sends them real requests."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the test extra: pip install -e '.[test]'")
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance, response_schema_conformance, status_code_conformance,
)

EXAMPLES_PER_OPERATION = 20  # 24 operations: a few hundred requests


@pytest.fixture(scope="module")
def api_schema():
    from service_helpers import start_server, stop_server

    import os

    # SENRULES_SCHEMATHESIS_ALL=1 serves every ruleset (about ten minutes on a shared 2-core machine)
    everything = os.environ.get("SENRULES_SCHEMATHESIS_ALL") == "1"
    server = start_server(*([] if everything else ["--rulesets", "example", "sen-improvement-test-2007"]))
    try:
        yield schemathesis.openapi.from_url(server.url + "/openapi.json")
    finally:
        stop_server(server)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_service_survives_generated_requests(case):
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                   response_schema_conformance], timeout=120)
