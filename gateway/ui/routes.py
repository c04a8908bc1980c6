"""The auditor's page: sign in, search and filter, open a record, charts, verify, export.

Searching is a GET form (it changes nothing); signing in and out, verify and export are POST forms
with a CSRF token. Every action that matters to an inquiry (sign-in, export, verify) is itself an
audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

from litestar import Request, Response, Router, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import NotFoundException
from litestar.params import Body, Parameter
from litestar.response import Redirect, Stream, Template
from litestar.static_files import create_static_files_router

from gateway.api.roles import PUBLIC
from gateway.audit import export, search
from gateway.audit.events import AuditEvent, record_event
from gateway.audit.route import exported
from gateway.audit.verify import verify
from gateway.errors import GatewayError
from gateway.metering.month import Month
from gateway.metering.pricing import TOKYO
from gateway.pipeline import Gateway
from gateway.ui import charts, security

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]
_DECISIONS = {"served": "応答", "blocked": "遮断", "refused": "拒否", "failed": "失敗", "disconnected": "切断"}


def ui_router() -> Router:
    """The /ui router, with security headers on every answer (its middleware: `security.middleware`)."""
    return Router(path="/ui", route_handlers=[login_page, login, logout, index, record, run_verify, download,
                                              create_static_files_router(path="/static", directories=[STATIC])],
                  after_request=security.add_headers, include_in_schema=False,
                  guards=[PUBLIC])  # the page signs in with a key of its own and keeps a session (security.py)


def _gateway(request: Request[Any, Any, Any]) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


@get("/login")
async def login_page() -> Template:
    return Template("login.html", context={"error": None})


@post("/login", status_code=303)
async def login(request: Request[Any, Any, Any], data: Form) -> Response[Any]:
    gateway = _gateway(request)
    address = request.client.host if request.client else "unknown"
    try:
        who = await security.sign_in(gateway.authenticator, (data.get("key") or "").strip(), address)
    except GatewayError as err:
        failed = AuditEvent("ui.sign_in_failed", "anonymous", {"address": address, "code": err.code})
        await gateway.journal.db.run(record_event, gateway.journal.db, failed)
        message = "監査担当のキーではありません。" if err.status == 403 else "キーが正しくないか、無効です。"
        return Template("login.html", context={"error": message}, status_code=err.status)
    request.set_session({"who": {"key_id": who.key_id, "app": who.app, "department": who.department,
                                 "user": who.user}})
    await gateway.journal.db.run(record_event, gateway.journal.db, AuditEvent("ui.signed_in", who.key_id))
    return Redirect("/ui/", status_code=303)


@post("/logout", status_code=303)
async def logout(request: Request[Any, Any, Any]) -> Redirect:
    request.clear_session()
    return Redirect("/ui/login", status_code=303)


@get("/")
async def index(request: Request[Any, Any, Any]) -> Response[Any]:
    gateway = _gateway(request)
    who = await security.current(request, gateway.authenticator.keys)
    if who is None:
        return Redirect("/ui/login")
    params = _params(request.query_params)
    try:
        query = search.parse_query(params)
    except GatewayError as err:
        return Template("index.html", context=_context(who, params, error=err.message), status_code=400)
    db = gateway.journal.db
    records = await db.run(search.page, db, query)
    month = Month.of((query.end - dt.timedelta(seconds=1)).astimezone(TOKYO).date())
    chart = {"timeline": await db.run(charts.timeline, db, query),
             "departments": await db.run(charts.departments, db, gateway.settings, month)}
    return Template("index.html", context=_context(who, params, records=records, query=query, chart=chart,
                                                   month=str(month)))


@get("/record/{seq:int}")
async def record(request: Request[Any, Any, Any], seq: Annotated[int, Parameter(ge=1, le=2**62)]) -> Response[Any]:
    gateway = _gateway(request)
    who = await security.current(request, gateway.authenticator.keys)
    if who is None:
        return Redirect("/ui/login")
    db = gateway.journal.db
    found = await db.run(search.by_seq, db, seq)
    if found is None:
        raise NotFoundException()
    return Template("record.html", context={"who": who, "record": found, "decisions": _DECISIONS,
                                            "findings": export.findings_text(found)})


@post("/verify", status_code=200)
async def run_verify(request: Request[Any, Any, Any]) -> Response[Any]:
    gateway = _gateway(request)
    who = await security.current(request, gateway.authenticator.keys)
    if who is None:
        return Redirect("/ui/login", status_code=303)
    db = gateway.journal.db
    result = await db.run(verify, db, request.app.state.audit_public_key)
    await db.run(record_event, db, AuditEvent("audit.verified", who["key_id"],
                                              {"ok": result.ok, "records": result.records, "seq": result.seq}))
    return Template("verify.html", context={"who": who, "result": result})


@post("/export", status_code=200)
async def download(request: Request[Any, Any, Any], data: Form) -> Response[Any]:
    gateway = _gateway(request)
    who = await security.current(request, gateway.authenticator.keys)
    if who is None:
        return Redirect("/ui/login", status_code=303)
    fmt = "jsonl" if data.get("format") == "jsonl" else "csv"
    params = _params(data)
    try:
        query = search.parse_query(params)
    except GatewayError as err:
        return Template("index.html", context=_context(who, params, error=err.message), status_code=400)
    db = gateway.journal.db
    await db.run(record_event, db, exported(who["key_id"], query, fmt))
    name = f"audit-{query.start:%Y%m%d}-{query.end:%Y%m%d}.{fmt}"
    return Stream(_chunks(db, query, fmt), media_type="text/csv; charset=utf-8" if fmt == "csv" else
                  "application/x-ndjson", headers={"content-disposition": f'attachment; filename="{name}"'})


def _chunks(db: Any, query: search.Query, fmt: str) -> Iterator[bytes]:
    for text in export.write(search.iterate(db, query), fmt):  # type: ignore[arg-type]
        yield text.encode("utf-8")


def _params(source: Mapping[str, str]) -> dict[str, str]:
    """The search fields of a form (empty ones dropped; anything else ignored, unlike the API)."""
    return {name: str(source[name]) for name in ("from", "to", *search.FILTERS, "after")
            if source.get(name)}


def _context(who: dict[str, Any], params: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {"who": who, "params": params, "decisions": _DECISIONS, "records": [], "chart": None, "error": None,
            "findings": export.findings_text, **extra}
