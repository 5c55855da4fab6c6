"""``senrules serve``: the rulesets as an HTTP JSON service (Starlette on
uvicorn; the optional extra ``senrules[serve]``; why these in docs/serve.md).

Routes (the OpenAPI 3.1 document at ``/openapi.json`` describes each, with
the published JSON Schemas)::

    GET  /health                          {"status": "ok", "version": ...}
    GET  /openapi.json                    the OpenAPI document
    GET  /schema/...                      each published schema, at the path of its $id
    GET  /rulesets                        the rulesets served
    GET  /rulesets/{id}                   a ruleset's outline, facts and parameters
    GET  /rulesets/{id}/schema            the JSON Schema of its facts documents
    POST /rulesets/{id}/evaluate          one case -> the explained result
    POST /rulesets/{id}/explain/{node}    one case -> the judgement on one node
    POST /rulesets/{id}/batch             {"cases": [...]} -> {"records": [...]}
    POST /rulesets/{id}/tests             the rule tests' report
    POST /proposals/check?filename=F      the document's bytes -> the proposal check

Safety: it binds to 127.0.0.1 unless told otherwise; a ruleset is named by
its shipped or installed id only, never by a path, and nothing in a reply
names a file on this machine; a request body is bounded (``--max-body``, a
proposal document by ``--max-document``), so is a batch (``--max-batch``),
the time one request may take (``--timeout``, answered 503) and the
evaluations running at once (``--concurrency``; more wait their turn within
the timeout, and past four times as many open connections uvicorn answers 503).
Every error is a JSON object ``{"error": {"message", "status"}}``.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import attrs
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from senrules import __version__
from senrules.batch_cli import ENGINE_LIMITS, BadLine, out_of_range
from senrules.errors import SenrulesError

log = logging.getLogger("senrules.serve")
PROPOSAL_RULESET = "sen-improvement-test-2007"  # the ruleset `senrules proposal check` uses by default


@attrs.frozen
class Limits:
    """The bounds on one request (documented in docs/serve.md)."""

    max_body: int = 2_000_000  # bytes of a JSON request body
    max_document: int = 20_000_000  # bytes of a proposal document (the plugin's own limit)
    max_batch: int = 1000  # cases in one batch request
    timeout: float = 30.0  # seconds for one request
    concurrency: int = 16  # requests handled at once


def _did_you_mean(name: str, known) -> str:
    """``"; did you mean `x`?"`` for the known id closest to a mistyped one (any case), else ``""``."""
    import difflib

    ids = [str(k) for k in known]
    close = [i for i in ids if i.lower() == name.lower()] or difflib.get_close_matches(name, ids, n=1)
    return f"; did you mean `{close[0]}`?" if close else ""


class _Reply(Exception):
    """An error reply: status and message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"message": message, "status": status}}, status_code=status, headers=headers)


class _JSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_served(ids: list[str] | None = None) -> dict:
    """id -> Ruleset for every shipped ruleset and every one the installed
    plugins contribute (or only ``ids``).  Loaded once, at start."""
    from senrules.plugins import Plugins
    from senrules.ruleset import load_ruleset, shipped_rulesets

    plugins = Plugins()
    contributed = {ident: path for ident, (_, path) in plugins.ruleset_sources().items()}
    known = {**contributed, **shipped_rulesets()}
    search = plugins.ruleset_search()  # the plugins' rulesets and the editions they add
    wanted = ids or list(known)
    out = {}
    for ident in wanted:
        if ident not in known:
            raise SenrulesError(f"`{ident}` is not a shipped or installed ruleset (known: {', '.join(sorted(known))})")
        try:
            out[ident] = load_ruleset(ident, search=search)
        except SenrulesError as err:
            if ids:  # asked for by name: say so
                raise
            log.warning("ruleset %s cannot be loaded and is not served: %s", ident, err.message)
    return out


class Service:
    """The application's state: the rulesets served, the limits, the
    OpenAPI document (built once)."""

    def __init__(self, rulesets: dict, limits: Limits = Limits()):
        from senrules.openapi import openapi_document

        self.rulesets, self.limits = rulesets, limits
        self.openapi = openapi_document(rulesets, max_batch=limits.max_batch)
        self.limiter = anyio.CapacityLimiter(limits.concurrency)
        from senrules.ruleset import shipped_rulesets

        shipped = shipped_rulesets()
        self.origins = {ident: "shipped" if ident in shipped else "installed plugin" for ident in rulesets}
        self.test_reports: dict[tuple[str, bool], dict] = {}

    # ------------------------------------------------------------ helpers
    def ruleset(self, request: Request):
        ident = request.path_params["ruleset"]
        rs = self.rulesets.get(ident)
        if rs is None:
            raise _Reply(404, f"no ruleset `{ident}` is served{_did_you_mean(ident, self.rulesets)} "
                              f"(served: {', '.join(self.rulesets)})")
        return rs

    async def body(self, request: Request, limit: int) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    raise _Reply(413, f"the body is {int(declared):,} bytes; the limit is {limit:,}")
            except ValueError:
                raise _Reply(400, "the Content-Length header is not a number") from None
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _Reply(413, f"the body is larger than the limit of {limit:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def json_body(self, request: Request) -> Any:
        kind = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if kind not in ("application/json", "") and not kind.endswith("+json"):
            raise _Reply(415, f"send the body as application/json, not {kind}")
        data = await self.body(request, self.limits.max_body)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise _Reply(400, f"the body is not UTF-8 text (bad byte at position {err.start})") from None
        try:
            return json.loads(text)
        except json.JSONDecodeError as err:
            raise _Reply(400, f"the body, line {err.lineno}, column {err.colno}: not valid JSON ({err.msg})") from None
        except RecursionError:
            raise _Reply(400, "the body's JSON is nested too deeply") from None

    async def work(self, fn, *args):
        """Run ``fn(*args)`` in a worker thread within the time limit; a
        :class:`SenrulesError` becomes a 422 reply."""
        try:
            with anyio.fail_after(self.limits.timeout):
                return await anyio.to_thread.run_sync(fn, *args, abandon_on_cancel=True, limiter=self.limiter)
        except TimeoutError:
            raise _Reply(503, f"the request took longer than the limit of {self.limits.timeout:g} seconds") from None
        except SenrulesError as err:
            raise _Reply(422, err.message + (f" ({err.hint})" if err.hint else "")) from None
        except ENGINE_LIMITS as err:
            log.warning("a request's dates are out of range: %s", err)
            raise _Reply(422, out_of_range(err)) from None

    def case(self, rs, data, where: str = "request body", check_values: bool = True):
        from senrules.cases import read_case
        from senrules.links import declared_facts

        return read_case(data, declared_facts(rs), where, source="request", check_values=check_values)


def edition_for(rs, data):
    """For a ruleset with several editions, the edition in force on the
    request's `evaluation_date` (else today); ``rs`` itself otherwise."""
    if getattr(rs, "editions", None) is None or rs.edition_chosen != "date":
        return rs
    from senrules.engine import parse_evaluation_date

    given = data.get("evaluation_date") if isinstance(data, dict) else None
    chosen = rs.editions.choose(parse_evaluation_date(given if isinstance(given, str) else None))
    return rs if chosen.name == rs.edition else rs.editions.load(chosen)


def _evaluate(service: Service, rs, data) -> dict:
    rs = edition_for(rs, data)
    case = service.case(rs, data)
    result = rs.evaluate(list(case.evidence), evaluation_date=case.evaluation_date, parameters=case.parameters)
    return result.to_dict()


def _explain(service: Service, rs, node: str, data) -> dict:
    from senrules.engine import explain

    rs = edition_for(rs, data)
    case = service.case(rs, data)
    _, result = explain(rs, node, list(case.evidence), evaluation_date=case.evaluation_date, parameters=case.parameters)
    return next(j for j in result.to_dict()["judgements"] if j["id"] == node)


def _batch_request(data, limit: int) -> tuple[list, bool]:
    """The cases and the explain flag of a batch request, checked."""
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise _Reply(400, 'expected {"cases": [facts documents...], "explain": false}')
    extra = [k for k in data if k not in ("cases", "explain")]
    if extra:
        raise _Reply(400, f"unexpected key `{extra[0]}`; expected cases, explain")
    explain = data.get("explain", False)
    if not isinstance(explain, bool):
        raise _Reply(400, "`explain` must be true or false")
    cases = data["cases"]
    if len(cases) > limit:
        raise _Reply(413, f"{len(cases):,} cases; the limit is {limit:,} a request (send several)")
    return cases, explain


def _batch(service: Service, rs, cases: list, explain: bool) -> dict:
    from senrules.batch_cli import EditionsBatch, FactsBatch

    dated = getattr(rs, "editions", None) is not None and rs.edition_chosen == "date"
    batch = EditionsBatch(rs, explain=explain) if dated else FactsBatch(rs, explain=explain)
    batch.unit = "case"
    items: list[tuple[int, Any]] = []
    for n, item in enumerate(cases, 1):
        try:
            if dated:  # each case with the edition in force on its date
                edition = edition_for(rs, item)
                case = service.case(edition, item, f"case {n}", check_values=explain)
                items.append((n, (edition.edition, (case, case.evaluation_date or batch.today))))
                batch._batch(edition.editions.named(edition.header.version))
                continue
            case = service.case(rs, item, f"case {n}", check_values=explain)
            items.append((n, (case, case.evaluation_date or batch.today)))
        except SenrulesError as err:
            bad = BadLine(err.message)
            bad.extra = {"service": item["service"]} if isinstance(item, dict) and isinstance(item.get("service"), str) else {}
            items.append((n, bad))
    return {"records": batch.run_chunk(items)}


def _tests(rs, coverage: bool) -> dict:
    from senrules.contracts import test_entry, test_report
    from senrules.ruletests import run_tests

    entry = test_entry(rs, run_tests(rs), coverage)
    for failure in entry["failures"]:  # name the rule file by ruleset and file name, never its path here
        file, _, line = failure["location"].rpartition(":")
        failure["location"] = f"{rs.id}/{Path(file).name}:{line}" if file else failure["location"]
    return test_report([entry])


def _proposal(data: bytes, filename: str | None, rs) -> dict:
    from senrules.documents import check_proposal_bytes

    return check_proposal_bytes(data, filename, ruleset=rs).to_dict()


def build_app(rulesets: dict, limits: Limits = Limits()) -> Starlette:
    """The ASGI application serving ``rulesets`` (id -> Ruleset)."""
    from senrules import schema as schemas
    from senrules.contracts import ruleset_entry, rulesets_report

    service = Service(rulesets, limits)
    by_path = {}
    for ident, path in schemas.shipped_schemas().items():
        if ident.startswith(schemas.BASE):
            by_path[ident[len(schemas.BASE):]] = path
    facts_by_path = {schemas.facts_schema_id(rs)[len(schemas.BASE):]: rs for rs in rulesets.values()}

    def endpoint(fn):
        async def handler(request: Request) -> Response:
            start = time.monotonic()
            try:
                reply = await fn(request)
            except _Reply as err:
                reply = _error(err.status, err.message)
            log.debug("%s %s -> %s in %.1f ms", request.method, request.url.path, reply.status_code, (time.monotonic() - start) * 1000)
            return reply

        handler.__name__ = fn.__name__
        return handler

    async def health(request):
        return _JSON({"status": "ok", "version": __version__})

    async def openapi(request):
        return _JSON(service.openapi)

    async def index(request):
        return _JSON({"service": "senrules", "version": __version__, "openapi": "/openapi.json", "rulesets": "/rulesets"})

    async def schema(request):
        path = request.path_params["path"]
        if path in facts_by_path:
            return _JSON(schemas.facts_schema(facts_by_path[path]))
        file = by_path.get(path)
        if file is None:
            # /schema/result names a family whose versions are below it: point to them
            near = sorted(p for p in (*by_path, *facts_by_path) if p.startswith(path.rstrip("/") + "/") or p.startswith(path + "."))
            hint = (f"; did you mean {' or '.join(f'/schema/{p}' for p in near[:5])}?" if near
                    else "; every published schema is listed in /openapi.json")
            raise _Reply(404, f"no schema at /schema/{path}{hint}")
        return _JSON(json.loads(file.read_text(encoding="utf-8")))

    async def rulesets_list(request):
        return _JSON(rulesets_report([ruleset_entry(i, rs, service.origins[i]) for i, rs in rulesets.items()]))

    async def outline(request):
        from senrules.report import ruleset_outline

        rs = service.ruleset(request)
        return _JSON({**ruleset_outline(rs), "facts_schema": schemas.facts_schema_id(rs)})

    async def facts_schema(request):
        return _JSON(schemas.facts_schema(service.ruleset(request)))

    async def evaluate(request):
        rs = service.ruleset(request)
        data = await service.json_body(request)
        return _JSON(await service.work(_evaluate, service, rs, data))

    async def explain(request):
        rs = service.ruleset(request)
        node = request.path_params["node"]
        if node not in rs.program.by_id and getattr(rs, "editions", None) is None:  # (an edition's nodes: checked by its date)
            raise _Reply(404, f"`{node}` is not a criterion, standard or section of {rs.id}"
                              f"{_did_you_mean(node, rs.program.by_id)}")
        data = await service.json_body(request)
        return _JSON(await service.work(_explain, service, rs, node, data))

    async def batch(request):
        rs = service.ruleset(request)
        cases, explain = _batch_request(await service.json_body(request), limits.max_batch)
        return _JSON(await service.work(_batch, service, rs, cases, explain))

    async def tests(request):
        rs = service.ruleset(request)
        flag = request.query_params.get("coverage", "false").lower()
        if flag not in ("true", "false", "1", "0"):
            raise _Reply(400, "`coverage` must be true or false")
        key = (rs.id, flag in ("true", "1"))
        if key not in service.test_reports:  # the rules cannot change while served: run them once
            service.test_reports[key] = await service.work(_tests, rs, key[1])
        return _JSON(service.test_reports[key])

    async def proposal_check(request):
        rs = rulesets.get(PROPOSAL_RULESET)
        if rs is None:
            raise _Reply(404, f"the proposal check needs ruleset {PROPOSAL_RULESET}, which is not served")
        kind = request.headers.get("content-type", "application/octet-stream").split(";")[0].strip().lower()
        if kind.startswith("multipart/"):
            raise _Reply(415, "send the document itself as the body (e.g. application/octet-stream), not a multipart form")
        data = await service.body(request, limits.max_document)
        if not data:
            raise _Reply(400, "the body is empty: send the document's bytes")
        filename = request.query_params.get("filename")
        if filename is not None and len(filename) > 200:
            raise _Reply(400, "`filename` is longer than 200 characters")
        try:
            return _JSON(await service.work(_proposal, data, filename, rs))
        except _Reply as err:
            raise _Reply(422 if err.status == 422 else err.status, err.message) from None

    async def http_error(request, exc: HTTPException):
        headers = dict(exc.headers or {})
        message = {404: f"no page {request.url.path} (see /openapi.json)",
                   405: f"{request.method} is not allowed here (allowed: {headers.get('Allow', '?')})"}.get(exc.status_code, exc.detail)
        return _error(exc.status_code, message, headers)

    async def internal_error(request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(500, f"internal error: {type(exc).__name__} (please report this)")

    routes = [
        Route("/", endpoint(index)),
        Route("/health", endpoint(health)),
        Route("/openapi.json", endpoint(openapi)),
        Route("/schema/{path:path}", endpoint(schema)),
        Route("/rulesets", endpoint(rulesets_list)),
        Route("/rulesets/{ruleset}", endpoint(outline)),
        Route("/rulesets/{ruleset}/schema", endpoint(facts_schema)),
        Route("/rulesets/{ruleset}/evaluate", endpoint(evaluate), methods=["POST"]),
        Route("/rulesets/{ruleset}/explain/{node}", endpoint(explain), methods=["POST"]),
        Route("/rulesets/{ruleset}/batch", endpoint(batch), methods=["POST"]),
        Route("/rulesets/{ruleset}/tests", endpoint(tests), methods=["POST"]),
        Route("/proposals/check", endpoint(proposal_check), methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error, Exception: internal_error})


def serve(args) -> int:
    """``senrules serve``: load the rulesets, bind, print the address, serve
    until interrupted."""
    import uvicorn

    defaults = Limits()
    limits = Limits(
        max_body=args.max_body or defaults.max_body, max_document=args.max_document or defaults.max_document,
        max_batch=args.max_batch or defaults.max_batch, timeout=args.timeout or defaults.timeout,
        concurrency=args.concurrency or defaults.concurrency,
    )
    for name in ("max_body", "max_document", "max_batch", "timeout", "concurrency"):
        if getattr(limits, name) <= 0:
            raise SenrulesError(f"--{name.replace('_', '-')} must be more than 0")
    app = build_app(load_served(args.rulesets), limits)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as err:
        sock.close()
        raise SenrulesError(f"cannot listen on {args.host}:{args.port} ({err.strerror})") from None
    sock.listen(2048)  # before saying so: a client may connect as soon as the address is printed
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(f"senrules serve: listening on http://{shown}:{port} (OpenAPI document at /openapi.json; Ctrl+C stops)\n")
    sys.stderr.flush()
    config = uvicorn.Config(
        app, log_level="debug" if logging.getLogger("senrules").isEnabledFor(logging.DEBUG) else "warning",
        limit_concurrency=limits.concurrency * 4, timeout_keep_alive=5, server_header=False,
        access_log=False,
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0
