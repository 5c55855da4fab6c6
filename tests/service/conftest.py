"""Fixtures for the published contracts, the batch commands and the HTTP
service (helpers in service_helpers.py)."""

from __future__ import annotations

import pytest
from service_helpers import start_server, stop_server


@pytest.fixture(scope="session")
def server():
    pytest.importorskip("starlette", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
    pytest.importorskip("uvicorn", reason="the HTTP service needs the serve extra: pip install -e '.[serve]'")
    s = start_server()
    yield s
    stop_server(s)


@pytest.fixture(scope="session")
def rules_example():
    import senrules

    return senrules.load_ruleset("example", cache=False)
