"""Routes for the city's administrators and auditors."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post

from gateway.api.roles import ADMIN, AUDITOR
from gateway.exchange import Exchange, Operation
from gateway.pipeline import Gateway


@post("/admin/pii/analyze", status_code=200, guards=[ADMIN])
async def pii_analyze(request: Request[Any, Any, Any]) -> Response[Any]:
    """`{"text": ...}` → the entities found (type, start, end, score) and the text as it would be masked."""
    gateway: Gateway = request.app.state.gateway
    return await gateway.handle(request, Exchange(Operation.PII_ANALYZE, "openai"))


@get("/admin/usage", guards=[AUDITOR])
async def usage_report(request: Request[Any, Any, Any]) -> Response[Any]:
    """`?month=YYYY-MM&by=department|app|user|model&format=json|csv`: usage and yen (auditor or admin keys)."""
    gateway: Gateway = request.app.state.gateway
    return await gateway.handle(request, Exchange(Operation.USAGE_REPORT, "openai"))


@get("/admin/audit", guards=[AUDITOR])
async def audit_search(request: Request[Any, Any, Any]) -> Response[Any]:
    """`?from=&to=&app=&department=&user=&entity=&decision=&format=json|jsonl|csv&limit=&after=`: the audit log
    (auditor or admin keys); JSON is paginated by `after`, jsonl and csv stream the whole range."""
    gateway: Gateway = request.app.state.gateway
    return await gateway.handle(request, Exchange(Operation.AUDIT_SEARCH, "openai"))
