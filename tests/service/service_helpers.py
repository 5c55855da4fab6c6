"""Helpers for the service tests: a validator over every shipped schema, a
way to run the real ``senrules`` command, and a real server on a free
loopback port."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def registry(extra: list[dict] = ()):
    """A `referencing` registry of every shipped schema (and ``extra``)."""
    from referencing import Registry, Resource

    from senrules.schema import shipped_schemas

    resources = [json.loads(p.read_text(encoding="utf-8")) for p in shipped_schemas().values()] + list(extra)
    return Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in resources)


def validate(instance, schema: dict | str, extra: list[dict] = ()) -> None:
    """Validate ``instance`` against a schema (a dict, a short name such as
    ``"result"``, or an ``$id``), resolving references among the shipped
    schemas; raises jsonschema.ValidationError."""
    import jsonschema

    from senrules.schema import fixed_schema

    if isinstance(schema, str):
        schema = fixed_schema(schema)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, registry=registry([*extra, schema] if "$id" in schema else extra),
                                                format_checker=jsonschema.FormatChecker())
    validator.validate(instance)


def run(*args: str, input: str | None = None, cwd=None, env=None) -> subprocess.CompletedProcess:
    """The real command, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "senrules", *args], input=input, capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, **(env or {})}, timeout=300)


class Server:
    def __init__(self, proc: subprocess.Popen, url: str):
        self.proc, self.url = proc, url

    def request(self, method: str, path: str, body=None, *, content_type: str | None = "application/json",
                headers: dict | None = None):
        """(status, headers, parsed JSON or bytes) of a real HTTP request."""
        import urllib.error
        import urllib.request

        data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        if content_type and data is not None:
            req.add_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through a proxy
            with opener.open(req, timeout=120) as resp:
                status, hdrs, raw = resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            status, hdrs, raw = err.code, dict(err.headers), err.read()
        try:
            return status, hdrs, json.loads(raw)
        except ValueError:
            return status, hdrs, raw


def start_server(*options: str) -> Server:
    """``senrules serve --port 0 ...`` as a user starts it; its address is
    read from the line it prints."""
    proc = subprocess.Popen([sys.executable, "-m", "senrules", "serve", "--port", "0", *options],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        m = re.search(r"listening on (http://\S+)", line)
        if m:
            return Server(proc, m.group(1))
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"senrules serve did not start: {line!r}")


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()
    server.proc.stderr.close()


