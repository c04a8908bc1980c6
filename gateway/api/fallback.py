"""Errors raised outside a handler (unknown route, wrong method, anything unexpected).

They reach the client in OpenAI's error format, and they too leave one exchange record, committed
before the body is sent.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, MethodNotAllowedException, NotFoundException
from litestar.response import Stream

from gateway import errors
from gateway.api.body import note_origin
from gateway.exchange import Exchange, Operation
from gateway.pipeline import Gateway

log = logging.getLogger("gateway")


def handle_exception(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Map any exception that escaped the request path to an OpenAI-format error."""
    gateway: Gateway = request.app.state.gateway
    if isinstance(exc, errors.GatewayError):  # a guard refused the key or its role; a dependency went away
        err = exc
    elif isinstance(exc, NotFoundException):
        err = errors.not_found()
    elif isinstance(exc, MethodNotAllowedException):
        err = errors.method_not_allowed()
    elif isinstance(exc, HTTPException) and exc.status_code == 413:
        err = errors.body_too_large(gateway.settings.gateway.max_body_bytes)
    elif isinstance(exc, HTTPException) and exc.status_code < 500:
        err = errors.bad_request("invalid_request", "リクエストを処理できませんでした。")
    else:
        log.error("internal error %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
        err = errors.internal_error()
    exchange = Exchange(Operation.OTHER, "openai")
    note_origin(exchange, request)
    exchange.fail(err.status, err.code)

    async def body() -> AsyncIterator[bytes]:
        # an exception handler cannot await: the body waits for the record's commit instead
        recorded = await gateway.finish(exchange)
        yield msgspec.json.encode(err.body() if recorded else gateway.unrecorded_error().body())

    return Stream(body(), status_code=err.status, media_type="application/json",
                  headers={**err.headers, "x-request-id": exchange.id})
