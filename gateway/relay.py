"""The way back: upstream answers to the client, whole or as a live event stream.

Every event is released as soon as the upstream completes it (time to first token is the
upstream's), the next one is read only when the client has taken the last (backpressure), and
a client that goes away closes the upstream request. Usage is taken from the answer on the way.
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

import anyio
import httpx
import msgspec
from litestar import Response
from litestar.background_tasks import BackgroundTask
from litestar.response import Stream

from gateway import errors
from gateway.exchange import Exchange
from gateway.metering.estimate import Tally
from gateway.metering.usage import usage_of
from gateway.privacy.answer import StreamedAnswer, finish_answer
from gateway.privacy.answer_scan import AnswerScanner
from gateway.upstream.client import passed_headers
from gateway.upstream.sse import SSEEvent, SSEParser

log = logging.getLogger("gateway.relay")
_RESPONSES_END = frozenset({"response.completed", "response.failed", "response.incomplete", "error"})

Finish = Callable[[Exchange], Awaitable[bool]]  # False: the record could not be committed


def json_response(payload: Any, status: int, headers: dict[str, str]) -> Response[bytes]:
    return Response(msgspec.json.encode(payload), status_code=status, headers=headers,
                    media_type="application/json")


async def complete(exchange: Exchange, response: httpx.Response, vault: Mapping[str, str],
                   scanner: AnswerScanner | None, tally: Tally) -> Response[bytes]:
    """A whole (non-streamed) answer: scanned, with the request's values put back."""
    reading = time.monotonic()
    try:
        raw = await response.aread()
    except httpx.TimeoutException:
        raise errors.upstream_timeout() from None
    except httpx.HTTPError:
        raise errors.stream_interrupted() from None
    finally:
        await response.aclose()
        exchange.timings.upstream += time.monotonic() - reading
    answering = time.monotonic()
    try:
        payload = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        log.error("upstream answered with a body that is not JSON backend=%s", exchange.backend)
        raise errors.upstream_unavailable() from None
    if isinstance(payload.get("error"), dict) or payload.get("type") in ("error", "response.failed"):
        exchange.fail(502, "upstream_stream_error")  # the client sees the upstream's own error event
    if usage := usage_of(payload):
        exchange.usage = usage
    else:
        tally.add_whole(payload)
    exchange.status = response.status_code
    answer = await finish_answer(payload, vault, scanner) if response.status_code < 400 else payload
    exchange.timings.overhead += time.monotonic() - answering
    return json_response(answer, response.status_code, _headers(exchange, response))


def stream(exchange: Exchange, response: httpx.Response, vault: Mapping[str, str], scanner: AnswerScanner | None,
           finish: Finish, tally: Tally, *, hide_usage: bool) -> Stream:
    """A live SSE stream, scanned, with the request's values put back; `finish` runs once when it ends.

    `hide_usage` drops the usage-only chunk that the gateway asked for on the client's behalf.
    """
    exchange.status = response.status_code
    answer = StreamedAnswer(vault, scanner) if vault or scanner else None
    done = False

    async def events() -> AsyncIterator[bytes]:
        nonlocal done
        ended = False  # the upstream's own end: [DONE], or a Responses terminal event
        spoken = False  # the client has had text
        final: list[bytes] = []  # the end, released only once the exchange's record is committed

        async def relay_all(batch: list[SSEEvent]) -> tuple[bytes, Exception | None, list[SSEEvent]]:
            """The batch's events as the client gets them, up to a failure (what came before it still goes),
            and the events left for a second write: those after the one that lets the stream's first text
            through, so that the first text does not wait until the rest of the read is scanned."""
            nonlocal ended, spoken
            out: list[bytes] = []
            try:
                for i, event in enumerate(batch):
                    ended = await _relay(exchange, event, answer, tally, hide_usage, ended, out, final)
                    if not spoken and (answer.released if answer is not None else tally.texted):
                        spoken = True
                        return b"".join(out), None, batch[i + 1 :]
            except Exception as exc:
                return b"".join(out), exc, []
            return b"".join(out), None, []

        try:
            try:
                async with contextlib.aclosing(_batches(response)) as batches:
                    async for batch in batches:  # one write per read (two for the read with the first text)
                        while batch:
                            sent, failed, batch = await relay_all(batch)
                            if sent:
                                yield sent
                            if failed is not None:
                                raise failed
                if not ended:
                    raise httpx.RemoteProtocolError("the upstream stream ended without its end marker")
                if answer is not None:  # anything still held back (a part whose end event never came)
                    held = await answer.end()
                    if held:
                        yield b"".join(_encode(payload) for payload in held)
                done = True
            except Exception as exc:
                done = True
                failure = _stream_failure(exc)
                exchange.fail(failure.status, failure.code, from_upstream=failure.from_upstream)
                if answer is not None and isinstance(exc, httpx.HTTPError):
                    with contextlib.suppress(errors.GatewayError):  # release what was held back, then the error
                        for payload in await answer.end():
                            yield _encode(payload)
                final = [_encode(failure.body())]
            with anyio.CancelScope(shield=True):  # a disconnect now must not cut the record (or the settlement)
                recorded = await finish(exchange)
            if not recorded:
                final = [_encode(errors.audit_unavailable().body())]
            if final:
                yield b"".join(final)
        finally:
            with anyio.CancelScope(shield=True):
                await close()

    async def close() -> None:
        await response.aclose()
        if not done and exchange.error_code is None:
            exchange.fail(499, "client_disconnected")
        await finish(exchange)

    return Stream(events(), status_code=response.status_code, media_type="text/event-stream",
                  headers={**_headers(exchange, response), "cache-control": "no-cache"},
                  background=BackgroundTask(close))


async def _batches(response: httpx.Response) -> AsyncGenerator[list[SSEEvent], None]:
    """The upstream's events, grouped by the read that completed them."""
    parser = SSEParser()
    async for chunk in response.aiter_bytes():
        if batch := parser.feed(chunk):
            yield batch
    yield parser.close()


def _stream_failure(exc: Exception) -> errors.GatewayError:
    """What the client is told when a stream cannot go on; the log gets the exception's type only."""
    log.warning("stream ended early error=%s", type(exc).__name__)
    if isinstance(exc, errors.GatewayError):
        return exc  # e.g. the answer could not be scanned: stop rather than show it unscanned
    if isinstance(exc, httpx.TimeoutException):
        return errors.upstream_timeout()
    if isinstance(exc, httpx.HTTPError):
        return errors.stream_interrupted()
    log.error("internal error in a stream %s\n%s", type(exc).__name__,
              "".join(traceback.format_tb(exc.__traceback__)))
    return errors.internal_error()


async def _relay(exchange: Exchange, event: SSEEvent, answer: StreamedAnswer | None, tally: Tally,
                 hide_usage: bool, ended: bool, out: list[bytes], final: list[bytes]) -> bool:
    """Relay one event into `out`, or into `final` from the upstream's end on; True once it has ended."""
    relayed, end = await _relay_event(exchange, event, answer, tally, hide_usage)
    if ended or end:
        final.extend(relayed)
        return True
    out.extend(relayed)
    return False


async def _relay_event(exchange: Exchange, event: SSEEvent, answer: StreamedAnswer | None, tally: Tally,
                       hide_usage: bool) -> tuple[list[bytes], bool]:
    """What goes out for one event, and whether it is the upstream's end: [DONE], a Responses terminal event
    (named, or by its type), or the upstream's own error event."""
    if event.data.strip() == "[DONE]":
        held = await answer.end() if answer is not None else []
        return [*(_encode(p) for p in held), event.encode()], True
    end = (event.event or "") in _RESPONSES_END
    try:
        payload = msgspec.json.decode(event.data)
    except msgspec.DecodeError:
        return [event.encode()], end
    if not isinstance(payload, dict):
        return [event.encode()], end
    if event.event is None and ("error" in payload or payload.get("type") in _RESPONSES_END):
        end = True
    tally.add(payload)
    if usage := usage_of(payload):
        exchange.usage = usage
        if hide_usage and payload.get("choices") == []:
            return [], end
    if answer is None:
        return [event.encode()], end
    # each payload named by its own type: a held-back tail is a delta, sent before the upstream's done event
    sent = await answer.event(payload)
    if len(sent) == 1 and sent[0] == payload and _name(payload, event.event) == event.event:
        return [event.encode()], end  # nothing changed: the upstream's own text, not encoded again
    return [_encode(p, event.event) for p in sent], end


def _name(payload: Mapping[str, Any], upstream: str | None) -> str | None:
    """The event name a payload goes out with: its Responses type, else the upstream event's name."""
    kind = payload.get("type")
    if isinstance(kind, str):
        return kind if kind.startswith("response.") else None
    return upstream


def _encode(payload: Mapping[str, Any], upstream: str | None = None) -> bytes:
    data = msgspec.json.encode(payload)  # JSON text holds no line end: one data line
    name = _name(payload, upstream)
    return b"event: " + name.encode() + b"\ndata: " + data + b"\n\n" if name else b"data: " + data + b"\n\n"


def _headers(exchange: Exchange, response: httpx.Response) -> dict[str, str]:
    return {**passed_headers(response.headers), "x-request-id": exchange.id}
