"""Routes for the city's administrators (admin keys only)."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, post

from gateway.exchange import Exchange, Operation
from gateway.pipeline import Gateway


@post("/admin/pii/analyze", status_code=200)
async def pii_analyze(request: Request[Any, Any, Any]) -> Response[Any]:
    """`{"text": ...}` → the entities found (type, start, end, score) and the text as it would be masked."""
    gateway: Gateway = request.app.state.gateway
    return await gateway.handle(request, Exchange(Operation.PII_ANALYZE, "openai"))
