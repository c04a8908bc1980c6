"""Streamed answers: any split into events, interleaved choices and tool calls restore like whole answers."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway import relay
from gateway.exchange import Exchange, Operation
from gateway.metering.estimate import Tally
from gateway.privacy.answer import StreamedAnswer, finish_answer

VAULT = {"<PERSON_1>": "佐藤花子", "<PHONE_NUMBER_1>": "090-4821-7733", "<PERSON_2>": 'O"Brien \\ 李'}
PIECES = st.sampled_from(["<PERSON_1>", "<PERSON_2>", "＜PHONE_NUMBER_1＞", "PERSON_1", "<PERSON_", "PERSON_10",
                          "<", ">", "https://", "(//", " ", "さん", "。", "\n", "😀", "x", "_1", "<PHONE_NUMBER_2>"])
TEXTS = st.lists(PIECES, max_size=20).map("".join)


def _splits(text: str, cuts: list[int]) -> list[str]:
    points = sorted({c % (len(text) + 1) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


def _chunk(index: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"id": "c", "object": "chat.completion.chunk", "model": "m",
            "choices": [{"index": index, "delta": delta, "finish_reason": finish}]}


async def _run(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    answer = StreamedAnswer(VAULT, None)
    out = []
    for event in events:
        out.extend(await answer.event(event))
    return out + await answer.end()


def _whole(text: str, field: str = "content") -> str:
    payload = {"choices": [{"index": 0, "message": {field: text}}]}
    restored = asyncio.run(finish_answer(payload, VAULT, None))
    return str(restored["choices"][0]["message"][field])


@settings(max_examples=300)
@given(first=TEXTS, second=TEXTS, cuts=st.lists(st.integers(0, 400), max_size=12), order=st.randoms(),
       inline_finish=st.booleans())
def test_interleaved_choices_restore_like_whole_answers(first: str, second: str, cuts: list[int],
                                                        order: Any, inline_finish: bool) -> None:
    streams = {0: _splits(first, cuts), 1: _splits(second, cuts[::-1])}
    events: list[dict[str, Any]] = []
    while any(streams.values()):
        index = order.choice([i for i, parts in streams.items() if parts])
        last = inline_finish and len(streams[index]) == 1  # the last text and the finish in one chunk
        events.append(_chunk(index, {"content": streams[index].pop(0)}, "stop" if last else None))
    events += [_chunk(i, {}, "stop") for i, text in ((0, first), (1, second)) if not (inline_finish and text)]
    received: dict[int, str] = {0: "", 1: ""}
    for event in asyncio.run(_run(events)):
        for choice in event["choices"]:
            received[choice["index"]] += choice["delta"].get("content", "")
    assert received == {0: _whole(first), 1: _whole(second)}


@settings(max_examples=200)
@given(text=TEXTS, cuts=st.lists(st.integers(0, 400), max_size=12))
def test_tool_call_arguments_restore_whatever_the_split(text: str, cuts: list[int]) -> None:
    arguments = json.dumps({"text": text}, ensure_ascii=False)
    events = [_chunk(0, {"tool_calls": [{"index": 0, "id": "call_1", "function": {"name": "f", "arguments": ""}}]})]
    events += [_chunk(0, {"tool_calls": [{"index": 0, "function": {"arguments": part}}]})
               for part in _splits(arguments, cuts)]
    events.append(_chunk(0, {}, "tool_calls"))
    received = ""
    for event in asyncio.run(_run(events)):
        for call in event["choices"][0]["delta"].get("tool_calls", []):
            received += call.get("function", {}).get("arguments", "")
    assert received == _whole(arguments, "arguments"), "streamed like the whole answer"
    assert set(json.loads(received)) == {"text"}, "still valid JSON, whatever the values hold"


class _OneRead(httpx.AsyncByteStream):
    """An upstream whose whole stream arrives in one read."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


async def _writes(vault: dict[str, str]) -> list[bytes]:
    """The writes a client gets for a stream whose events all came in one read."""
    deltas = [{"role": "assistant", "content": ""}, {"content": "<PERSON_1>さん、"}, {"content": "こんにちは。"}]
    chunks = [_chunk(0, delta) for delta in deltas] + [_chunk(0, {}, "stop")]
    data = b"".join(b"data: %s\n\n" % json.dumps(c, ensure_ascii=False).encode() for c in chunks)
    upstream = httpx.Response(200, headers={"content-type": "text/event-stream"},
                              stream=_OneRead(data + b"data: [DONE]\n\n"))

    async def finish(_exchange: Exchange) -> bool:
        return True

    stream = relay.stream(Exchange(Operation.CHAT, "openai"), upstream, vault, None, finish, Tally({}),
                          hide_usage=False)
    return [bytes(piece) async for piece in stream.iterator]  # type: ignore[union-attr]


def test_the_first_text_does_not_wait_for_the_rest_of_its_read() -> None:
    for vault in (VAULT, {}):  # restored on the way, and passed through as it came
        writes = asyncio.run(_writes(vault))
        first = (vault.get("<PERSON_1>") or "<PERSON_1>") + "さん、"
        assert first in writes[0].decode()
        assert "こんにちは" not in writes[0].decode()
        assert "こんにちは。" in writes[1].decode()
        assert b"[DONE]" in writes[-1]
