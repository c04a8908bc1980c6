"""The built-in simulator: an in-process upstream that answers in Azure OpenAI's wire format.

Used when no upstream is configured, so that a new installation shows the whole path working
without an Azure account. It echoes the last user text it received (after masking), and a
non-streamed answer carries `simulator_received`: exactly the body Azure would have been sent.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx

SIMULATOR_URL = "http://simulator.invalid"
_CHUNK = 4


class SimulatorTransport(httpx.AsyncBaseTransport):
    """An httpx transport that never touches the network."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(await request.aread() or b"{}")
        path = request.url.path
        if path.endswith("/chat/completions"):
            return _chat(body, _model(path, body))
        if path.endswith("/embeddings"):
            return _json(_embeddings(body, _model(path, body)))
        if path.endswith("/responses"):
            return _responses(body, _model(path, body))
        return _json({"error": {"code": "404", "message": "Resource not found"}}, status=404)


def _model(path: str, body: dict[str, Any]) -> str:
    parts = path.split("/")
    if "deployments" in parts:
        return parts[parts.index("deployments") + 1]
    return str(body.get("model") or "simulator")


def _last_user_text(items: Any) -> str:
    if isinstance(items, str):
        return items
    for item in reversed(items if isinstance(items, list) else []):
        if not isinstance(item, dict) or item.get("role", "user") != "user":
            continue
        content = item.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def _json(payload: dict[str, Any], status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=payload, headers={"apim-request-id": uuid.uuid4().hex})


def _sse(events: AsyncIterator[bytes]) -> httpx.Response:
    return httpx.Response(200, content=events, headers={"content-type": "text/event-stream"})


def _tokens(text: str) -> int:
    return max(1, len(text) // 2)


def _chat(body: dict[str, Any], model: str) -> httpx.Response:
    text = "[simulator] " + _last_user_text(body.get("messages"))
    base = {"id": f"chatcmpl-sim{uuid.uuid4().hex[:12]}", "created": int(time.time()), "model": model}
    prompt = _tokens(json.dumps(body.get("messages"), ensure_ascii=False))
    n = body["n"] if isinstance(body.get("n"), int) else 1
    usage = {"prompt_tokens": prompt, "completion_tokens": _tokens(text), "total_tokens": prompt + _tokens(text)}
    if not body.get("stream"):
        choices = [
            {"index": i, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
            for i in range(n)
        ]
        return _json({**base, "object": "chat.completion", "choices": choices, "usage": usage,
                      "simulator_received": body})

    async def events() -> AsyncIterator[bytes]:
        def chunk(choices: list[dict[str, Any]], **extra: Any) -> bytes:
            payload = {**base, "object": "chat.completion.chunk", "choices": choices, **extra}
            return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()

        for i in range(n):
            yield chunk([{"index": i, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
            for start in range(0, len(text), _CHUNK):
                piece = text[start : start + _CHUNK]
                yield chunk([{"index": i, "delta": {"content": piece}, "finish_reason": None}])
            yield chunk([{"index": i, "delta": {}, "finish_reason": "stop"}])
        if (body.get("stream_options") or {}).get("include_usage"):
            yield chunk([], usage=usage)
        yield b"data: [DONE]\n\n"

    return _sse(events())


def _embeddings(body: dict[str, Any], model: str) -> dict[str, Any]:
    raw = body.get("input")
    inputs = raw if isinstance(raw, list) and raw and not isinstance(raw[0], int) else [raw]
    data = []
    for i, item in enumerate(inputs):
        digest = hashlib.sha256(json.dumps(item, ensure_ascii=False).encode()).digest()
        data.append({"object": "embedding", "index": i, "embedding": [b / 255 for b in digest[:8]]})
    tokens = sum(_tokens(json.dumps(i, ensure_ascii=False)) for i in inputs)
    return {"object": "list", "data": data, "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _responses(body: dict[str, Any], model: str) -> httpx.Response:
    text = "[simulator] " + _last_user_text(body.get("input"))
    usage = {"input_tokens": _tokens(json.dumps(body.get("input"), ensure_ascii=False)),
             "output_tokens": _tokens(text)}
    usage["total_tokens"] = usage["input_tokens"] + usage["output_tokens"]
    rid, mid = f"resp_sim{uuid.uuid4().hex[:12]}", f"msg_sim{uuid.uuid4().hex[:12]}"
    part = {"type": "output_text", "text": text, "annotations": []}
    message = {"type": "message", "id": mid, "status": "completed", "role": "assistant", "content": [part]}
    done = {"id": rid, "object": "response", "created_at": int(time.time()), "status": "completed",
            "model": model, "output": [message], "usage": usage}
    if not body.get("stream"):
        return _json({**done, "simulator_received": body})

    async def events() -> AsyncIterator[bytes]:
        seq = iter(range(1_000_000))

        def event(kind: str, **payload: Any) -> bytes:
            data = {"type": kind, "sequence_number": next(seq), **payload}
            return f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()

        yield event("response.created", response={**done, "status": "in_progress", "output": [], "usage": None})
        yield event("response.output_item.added", output_index=0,
                    item={**message, "status": "in_progress", "content": []})
        yield event("response.content_part.added", output_index=0, item_id=mid, content_index=0,
                    part={**part, "text": ""})
        for start in range(0, len(text), _CHUNK):
            yield event("response.output_text.delta", output_index=0, item_id=mid, content_index=0,
                        delta=text[start : start + _CHUNK])
        yield event("response.output_text.done", output_index=0, item_id=mid, content_index=0, text=text)
        yield event("response.content_part.done", output_index=0, item_id=mid, content_index=0, part=part)
        yield event("response.output_item.done", output_index=0, item=message)
        yield event("response.completed", response=done)

    return _sse(events())
