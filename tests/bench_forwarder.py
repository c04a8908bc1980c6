"""The reference for `make bench`: a minimal Litestar + httpx forwarder, no checks at all.

What any gateway on this stack pays for receiving a request and sending it on; served by uvicorn
(`python -m uvicorn tests.bench_forwarder:app --workers N`) with the upstream in `BENCH_UPSTREAM`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from litestar import Litestar, Request, Response, post
from litestar.response import Stream

_clients: list[httpx.AsyncClient] = []


@asynccontextmanager
async def _lifespan(_app: Litestar) -> AsyncIterator[None]:
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    _clients.append(httpx.AsyncClient(base_url=os.environ["BENCH_UPSTREAM"], limits=limits, timeout=120))
    yield
    await _clients.pop().aclose()


@post("/openai/deployments/{deployment:str}/chat/completions", status_code=200)
async def forward(request: Request[None, None, None], deployment: str) -> Response[bytes] | Stream:
    client = _clients[0]
    upstream = client.build_request("POST", request.url.path, params=dict(request.query_params),
                                    content=await request.body(), headers={"content-type": "application/json"})
    response = await client.send(upstream, stream=True)
    if response.headers.get("content-type", "").startswith("text/event-stream"):
        async def relay() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.aiter_raw():
                    yield chunk
            finally:
                await response.aclose()

        return Stream(relay(), media_type="text/event-stream")
    body = await response.aread()
    await response.aclose()
    return Response(body, status_code=response.status_code, media_type="application/json")


app = Litestar([forward], lifespan=[_lifespan], logging_config=None)
