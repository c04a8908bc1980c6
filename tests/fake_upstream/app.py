"""The plain-ASGI fake upstream: routing, recording, scripted behaviours and SSE streaming."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

from . import payloads
from .model import Behaviour, Recorded, error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_AZURE = re.compile(r"/openai/deployments/(?P<deployment>[^/]+)/(?P<op>chat/completions|embeddings)")
_COMPAT = re.compile(r"(?:/openai)?/v1/(?P<op>chat/completions|embeddings|responses|models)")
_POLL = 0.05


class Abort(Exception):
    """Raised to drop the connection abruptly (stream break, server stopping)."""


class _ClientGone(Exception):
    """The client disconnected before the answer was complete."""


class _Reject(Exception):
    """The request cannot be routed: answer with an error status."""

    def __init__(self, status: int, message: str | None = None) -> None:
        super().__init__(status, message)
        self.status, self.message = status, message


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


class _Exchange:
    """One request/response: sending plus disconnect detection while answering."""

    def __init__(self, receive: Receive, send: Send, closing: threading.Event) -> None:
        self._send, self._closing = send, closing
        self.gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            self.gone.set()

        self._watcher = asyncio.create_task(watch())

    async def close(self) -> None:
        self._watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._watcher

    def check(self) -> None:
        if self.gone.is_set():
            raise _ClientGone
        if self._closing.is_set():
            raise Abort("fake upstream is stopping")

    async def sleep(self, seconds: float) -> None:
        """Sleep, but stop early if the client leaves or the server stops."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            self.check()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.gone.wait(), min(remaining, _POLL))
        self.check()

    async def start(self, status: int, headers: dict[str, str]) -> None:
        raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        await self._send({"type": "http.response.start", "status": status, "headers": raw})

    async def body(self, data: bytes, more: bool = False) -> None:
        self.check()
        await self._send({"type": "http.response.body", "body": data, "more_body": more})
        await asyncio.sleep(0)  # let the disconnect watcher run between events


class FakeApp:
    """ASGI app holding the fake upstream's state; all public methods are thread-safe."""

    def __init__(self, *, chunk_size: int, azure: bool, api_key: str | None, require_api_version: bool) -> None:
        self.chunk_size, self.azure, self.api_key = chunk_size, azure, api_key
        self.require_api_version = require_api_version
        self.closing = threading.Event()
        self.cond = threading.Condition()
        self.requests: list[Recorded] = []
        self.queue: deque[Behaviour] = deque()
        self.default = Behaviour()
        self.disconnects = 0
        self._ids = itertools.count(1)
        self._request_ids = itertools.count(1)

    def _take(self, recorded: Recorded) -> Behaviour:
        with self.cond:
            self.requests.append(recorded)
            self.cond.notify_all()
            return self.queue.popleft() if self.queue else self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        recorded = Recorded(
            method=scope["method"],
            path=scope["path"],
            query=dict(parse_qsl(scope["query_string"].decode(), keep_blank_values=True)),
            headers={k.decode().lower(): v.decode() for k, v in scope["headers"]},
            body=body,
            json=parsed,
        )
        behaviour = self._take(recorded)
        exchange = _Exchange(receive, send, self.closing)
        try:
            await self._answer(exchange, recorded, behaviour)
        except _ClientGone:
            with self.cond:
                self.disconnects += 1
                self.cond.notify_all()
        finally:
            await exchange.close()

    def _headers(self, behaviour: Behaviour, content_type: str = "application/json") -> dict[str, str]:
        request_id = f"fake-{next(self._request_ids):08d}"
        headers = {"content-type": content_type, "x-request-id": request_id, "apim-request-id": request_id}
        return headers | {k.lower(): v for k, v in behaviour.headers.items()}

    async def _json(self, ex: _Exchange, status: int, body: Any, behaviour: Behaviour | None = None) -> None:
        behaviour = behaviour or Behaviour()
        data = body if isinstance(body, bytes) else body.encode() if isinstance(body, str) else _dumps(body)
        await ex.start(status, self._headers(behaviour) | {"content-length": str(len(data))})
        if behaviour.stream_break_after is not None:
            await ex.body(data[: len(data) // 2], more=True)
            raise Abort("scripted break")
        await ex.body(data)

    async def _stream(self, ex: _Exchange, events: Iterable[bytes], behaviour: Behaviour) -> None:
        await ex.start(
            200, self._headers(behaviour, "text/event-stream; charset=utf-8") | {"cache-control": "no-cache"}
        )
        for number, event in enumerate(events):
            if behaviour.stream_break_after is not None and number >= behaviour.stream_break_after:
                raise Abort("scripted stream break")
            if number and behaviour.slow_stream:
                await ex.sleep(behaviour.slow_stream)
            await ex.body(event, more=True)
        await ex.body(b"")

    def _route(self, rec: Recorded) -> tuple[str, str | None]:
        """``(operation, deployment)``; raises ``_Reject`` for a bad route, method, auth or body."""
        if m := _AZURE.fullmatch(rec.path):
            op, deployment, azure_style = m["op"], m["deployment"], True
        elif rec.path == "/openai/responses":
            op, deployment, azure_style = "responses", None, True
        elif m := _COMPAT.fullmatch(rec.path):
            op, deployment, azure_style = m["op"], None, False
        else:
            raise _Reject(404, f"Resource not found (fake upstream: no route {rec.path})")
        if rec.method != ("GET" if op == "models" else "POST"):
            raise _Reject(405, f"Method {rec.method} not allowed on {rec.path}")
        if azure_style and self.require_api_version and "api-version" not in rec.query:
            raise _Reject(404, "Resource not found (fake upstream: missing api-version query parameter)")
        given = {rec.headers.get("api-key"), rec.headers.get("authorization", "").removeprefix("Bearer ")}
        if self.api_key is not None and self.api_key not in given:
            raise _Reject(401)
        if op != "models" and not isinstance(rec.json, dict):
            raise _Reject(400, "fake upstream: request body is not a JSON object")
        return op, deployment

    async def _answer(self, ex: _Exchange, rec: Recorded, behaviour: Behaviour) -> None:
        try:
            op, deployment = self._route(rec)
        except _Reject as reject:
            return await self._json(ex, reject.status, error_body(reject.status, message=reject.message))
        if behaviour.delay:
            await ex.sleep(behaviour.delay)
        if behaviour.overrides_answer:
            body = error_body(behaviour.status) if behaviour.body is None else behaviour.body
            return await self._json(ex, behaviour.status, body, behaviour)
        request: dict[str, Any] = rec.json if isinstance(rec.json, dict) else {}
        model = str(request.get("model") or deployment or payloads.MODELS[0])
        if op == "models":
            await self._json(ex, 200, payloads.models(int(time.time())), behaviour)
        elif op == "embeddings":
            await self._json(ex, 200, payloads.embeddings(request, model), behaviour)
        elif op == "responses":
            await self._responses(ex, request, model, behaviour)
        else:
            await self._chat(ex, request, model, behaviour)

    async def _responses(self, ex: _Exchange, request: dict[str, Any], model: str, behaviour: Behaviour) -> None:
        prompt = payloads.responses_input_text(request.get("input"))
        text = "ECHO: " + prompt if behaviour.reply is None else behaviour.reply
        reply = payloads.ResponsesReply(
            f"resp_fake{next(self._ids):06d}", int(time.time()), model, text, prompt, request
        )
        if not request.get("stream"):
            return await self._json(ex, 200, reply.response(), behaviour)
        size = behaviour.chunk_size or self.chunk_size
        events = (b"event: %s\ndata: %s\n\n" % (e["type"].encode(), _dumps(e)) for e in reply.events(size))
        await self._stream(ex, events, behaviour)

    async def _chat(self, ex: _Exchange, request: dict[str, Any], model: str, behaviour: Behaviour) -> None:
        number = next(self._ids)
        prompt = payloads.last_user_text(request.get("messages"))
        text = "ECHO: " + prompt if behaviour.reply is None else behaviour.reply
        tools = request.get("tools") or []
        tool = None
        if tools and "CALL_TOOL" in prompt:
            name = str(tools[0].get("function", tools[0]).get("name", "tool"))
            arguments = json.dumps({"text": prompt if behaviour.reply is None else text}, ensure_ascii=False)
            tool = (f"call_fake{number:06d}", name, arguments)
        chat = payloads.ChatReply(
            id=f"chatcmpl-fake{number:06d}",
            created=int(time.time()),
            model=model,
            text=text,
            prompt_text=payloads.messages_text(request.get("messages")),
            n=int(request.get("n") or 1),
            azure=self.azure,
            tool=tool,
        )
        if not request.get("stream"):
            return await self._json(ex, 200, chat.completion(), behaviour)
        include_usage = bool((request.get("stream_options") or {}).get("include_usage"))
        chunks = (
            b"data: %s\n\n" % _dumps(c) for c in chat.chunks(behaviour.chunk_size or self.chunk_size, include_usage)
        )
        await self._stream(ex, itertools.chain(chunks, [b"data: [DONE]\n\n"]), behaviour)
