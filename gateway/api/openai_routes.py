"""The API applications call: Azure OpenAI style and OpenAI style, one handler per operation.

Azure style names the deployment in the path and the key in `api-key`; OpenAI style names it
in `model` and the key in `Authorization: Bearer`. Both keys are accepted on every route.
"""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, Router, get, post
from litestar.params import FromPath

from gateway.api.roles import CLIENT
from gateway.exchange import ApiStyle, Exchange, Operation
from gateway.pipeline import Gateway

AnyRequest = Request[Any, Any, Any]


def _gateway(request: AnyRequest) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


async def _run(request: AnyRequest, operation: Operation, style: ApiStyle, deployment: str | None = None
               ) -> Response[Any]:
    return await _gateway(request).handle(request, Exchange(operation, style), deployment)


@post("/openai/deployments/{deployment:str}/chat/completions", status_code=200)
async def azure_chat(request: AnyRequest, deployment: FromPath[str]) -> Response[Any]:
    """Chat completions, Azure style."""
    return await _run(request, Operation.CHAT, "azure", deployment)


@post("/openai/deployments/{deployment:str}/embeddings", status_code=200)
async def azure_embeddings(request: AnyRequest, deployment: FromPath[str]) -> Response[Any]:
    """Embeddings, Azure style."""
    return await _run(request, Operation.EMBEDDINGS, "azure", deployment)


@post("/chat/completions", status_code=200)
async def chat(request: AnyRequest) -> Response[Any]:
    """Chat completions, OpenAI style (`model` names the deployment)."""
    return await _run(request, Operation.CHAT, "openai")


@post("/embeddings", status_code=200)
async def embeddings(request: AnyRequest) -> Response[Any]:
    """Embeddings, OpenAI style."""
    return await _run(request, Operation.EMBEDDINGS, "openai")


@post("/responses", status_code=200)
async def responses(request: AnyRequest) -> Response[Any]:
    """The Responses API, streamed or not."""
    return await _run(request, Operation.RESPONSES, "openai")


@get("/models")
async def models(request: AnyRequest) -> Response[Any]:
    """The deployments this application may use."""
    return await _run(request, Operation.MODELS, "openai")


def openai_routers() -> list[Router]:
    """The OpenAI-style routes under /v1 and /openai/v1, plus the Azure deployment routes."""
    openai_style = [chat, embeddings, responses, models]
    return [
        Router("/v1", route_handlers=openai_style, guards=[CLIENT]),
        Router("/openai/v1", route_handlers=openai_style, guards=[CLIENT]),
        Router("/", route_handlers=[azure_chat, azure_embeddings], guards=[CLIENT]),
    ]
