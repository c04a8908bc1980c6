"""Tests of the fake Azure OpenAI / OpenAI upstream, over loopback with httpx and the openai SDK."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from tests.fake_upstream import Behaviour, FakeUpstream

API_VERSION = "2024-10-21"
CHAT = f"/openai/deployments/gpt-4o/chat/completions?api-version={API_VERSION}"
USER = "<PERSON_1>さんの住所は<ADDRESS_1>です"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeUpstream]:
    with FakeUpstream() as up:
        yield up


@pytest.fixture
def up(server: FakeUpstream) -> FakeUpstream:
    server.reset()
    return server


@pytest.fixture
def azure_sdk(up: FakeUpstream) -> Iterator[openai.AzureOpenAI]:
    with openai.AzureOpenAI(azure_endpoint=up.url, api_key="x", api_version=API_VERSION, max_retries=0) as c:
        yield c


@pytest.fixture
def openai_sdk(up: FakeUpstream) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=up.url + "/v1", api_key="x", max_retries=0) as c:
        yield c


def user(text: str = USER) -> list[Any]:
    return [{"role": "system", "content": "You are helpful."}, {"role": "user", "content": text}]


def sse_events(response: httpx.Response) -> list[str]:
    """Raw SSE events (the text between blank lines) of a streamed response."""
    return [e for e in response.read().decode().split("\n\n") if e]


# default answers


def test_chat_azure_shape_via_httpx(up: FakeUpstream) -> None:
    parts = [{"type": "text", "text": "前半"}, {"type": "image_url", "image_url": {"url": "x"}}]
    messages = [
        {"role": "user", "content": "old"},
        {"role": "user", "content": [*parts, {"type": "text", "text": "後半"}]},
    ]
    r = httpx.post(up.url + CHAT, json={"messages": messages, "n": 2})
    assert r.status_code == 200
    body = r.json()
    assert body["object"] == "chat.completion"
    assert body["id"].startswith("chatcmpl-")
    assert isinstance(body["created"], int)
    assert body["model"] == "gpt-4o"  # deployment name when the body has no model
    assert [c["index"] for c in body["choices"]] == [0, 1]
    for choice in body["choices"]:
        assert choice["message"] == {"role": "assistant", "content": "ECHO: 前半\n後半", "refusal": None}
        assert choice["finish_reason"] == "stop"
        assert choice["content_filter_results"]["violence"] == {"filtered": False, "severity": "safe"}
    assert body["prompt_filter_results"][0]["content_filter_results"]["jailbreak"]["detected"] is False
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_azure_sdk_chat_is_recorded(up: FakeUpstream, azure_sdk: openai.AzureOpenAI) -> None:
    result = azure_sdk.chat.completions.create(model="gpt-4o", messages=user())
    assert result.choices[0].message.content == "ECHO: " + USER
    [rec] = up.requests
    assert (rec.method, rec.path) == ("POST", "/openai/deployments/gpt-4o/chat/completions")
    assert rec.query == {"api-version": API_VERSION}
    assert rec.headers["api-key"] == "x"
    assert rec.headers["content-type"] == "application/json"
    assert rec.json == json.loads(rec.body)
    assert rec.json["messages"][1]["content"] == USER


def test_openai_sdk_stream_splits_deltas(up: FakeUpstream, openai_sdk: openai.OpenAI) -> None:
    stream = openai_sdk.chat.completions.create(
        model="gpt-4o", messages=user(), stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    deltas = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert "".join(deltas) == "ECHO: " + USER
    assert all(len(d) <= 3 for d in deltas)
    assert "<PERSON_1>" not in deltas  # placeholders are split across events
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    rec = up.requests[-1]
    assert rec.path == "/v1/chat/completions"
    assert rec.headers["authorization"] == "Bearer x"
    assert up.disconnects == 0


def test_raw_sse_is_azure_style(up: FakeUpstream) -> None:
    request = {"messages": user("hi"), "stream": True}
    with httpx.stream("POST", up.url + CHAT, json=request) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r)
    assert all(e.startswith("data: ") for e in events)
    assert events[-1] == "data: [DONE]"
    first, role, *rest = (json.loads(e.removeprefix("data: ")) for e in events[:-1])
    assert first["choices"] == []
    assert first["prompt_filter_results"]
    assert role["choices"][0]["delta"]["role"] == "assistant"
    assert rest[-1]["choices"][0]["finish_reason"] == "stop"
    assert "usage" not in rest[-1]  # no usage chunk without stream_options.include_usage


def test_n_choices_streamed(openai_sdk: openai.OpenAI) -> None:
    texts = {0: "", 1: ""}
    for chunk in openai_sdk.chat.completions.create(model="m", messages=user("abc"), n=2, stream=True):
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
    assert texts == {0: "ECHO: abc", 1: "ECHO: abc"}


TOOLS: Any = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
TOOL_TEXT = "CALL_TOOL for <PERSON_1>"


def test_tool_call_echoes_user_text(openai_sdk: openai.OpenAI) -> None:
    choice = openai_sdk.chat.completions.create(model="m", messages=user(TOOL_TEXT), tools=TOOLS).choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.type == "function"
    assert call.function.name == "lookup"
    assert json.loads(call.function.arguments) == {"text": TOOL_TEXT}


def test_tool_call_streamed_as_argument_fragments(openai_sdk: openai.OpenAI) -> None:
    names, fragments, finish = [], [], None
    for chunk in openai_sdk.chat.completions.create(model="m", messages=user(TOOL_TEXT), tools=TOOLS, stream=True):
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                names.append(call.function.name if call.function else None)
                fragments.append(call.function.arguments or "" if call.function else "")
            finish = choice.finish_reason or finish
    assert (names[0], finish) == ("lookup", "tool_calls")
    assert len(fragments) > 2
    assert json.loads("".join(fragments)) == {"text": TOOL_TEXT}


def test_embeddings(up: FakeUpstream, azure_sdk: openai.AzureOpenAI) -> None:
    result = azure_sdk.embeddings.create(model="emb", input=["東京", "大阪"])  # the SDK asks for base64
    assert [len(d.embedding) for d in result.data] == [8, 8]
    assert result.data[0].embedding != result.data[1].embedding
    assert result.usage.prompt_tokens > 0
    assert up.requests[-1].path == "/openai/deployments/emb/embeddings"
    floats = httpx.post(up.url + "/v1/embeddings", json={"model": "e", "input": "東京"}).json()
    assert floats["data"][0]["embedding"] == result.data[0].embedding  # deterministic, exact in float32


def test_responses(up: FakeUpstream, azure_sdk: openai.AzureOpenAI, openai_sdk: openai.OpenAI) -> None:
    result = azure_sdk.responses.create(model="gpt-4o", input=USER)
    assert (result.object, result.status, result.output_text) == ("response", "completed", "ECHO: " + USER)
    assert result.usage
    assert result.usage.total_tokens > 0
    assert (up.requests[-1].path, up.requests[-1].query) == ("/openai/responses", {"api-version": API_VERSION})
    items: Any = [{"role": "user", "content": [{"type": "input_text", "text": "やあ"}]}]
    assert openai_sdk.responses.create(model="gpt-4o", input=items).output_text == "ECHO: やあ"


def test_responses_stream(up: FakeUpstream, azure_sdk: openai.AzureOpenAI) -> None:
    events = list(azure_sdk.responses.create(model="gpt-4o", input=USER, stream=True))
    types = [e.type for e in events]
    assert types[0] == "response.created"
    assert types[-1] == "response.completed"
    assert "response.output_text.done" in types
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert len(deltas) > 1
    assert "".join(deltas) == "ECHO: " + USER
    assert [e.sequence_number for e in events] == list(range(len(events)))
    with httpx.stream("POST", up.url + "/v1/responses", json={"input": "x", "stream": True}) as r:
        first = sse_events(r)[0]
    assert first.startswith("event: response.created\ndata: {")


def test_models(up: FakeUpstream, openai_sdk: openai.OpenAI) -> None:
    assert "gpt-4o" in [m.id for m in openai_sdk.models.list()]
    assert httpx.get(up.url + "/openai/v1/models").json()["object"] == "list"


def test_bad_routes(up: FakeUpstream) -> None:
    assert httpx.post(up.url + "/nowhere", json={}).status_code == 404
    missing_version = httpx.post(up.url + "/openai/deployments/d/chat/completions", json={})
    assert missing_version.status_code == 404
    assert "api-version" in missing_version.json()["error"]["message"]
    assert httpx.get(up.url + "/v1/chat/completions").status_code == 405
    assert httpx.post(up.url + "/v1/chat/completions", content=b"not json").status_code == 400
    assert len(up.requests) == 4


def test_api_key_check() -> None:
    with FakeUpstream(api_key="secret") as up:
        body = {"messages": user("x")}
        assert httpx.post(up.url + CHAT, json=body, headers={"api-key": "wrong"}).status_code == 401
        assert httpx.post(up.url + CHAT, json=body, headers={"api-key": "secret"}).status_code == 200
        bearer = {"authorization": "Bearer secret"}
        assert httpx.post(up.url + "/v1/chat/completions", json=body, headers=bearer).status_code == 200


# scripted behaviours


def test_enqueued_errors_are_fifo(up: FakeUpstream) -> None:
    up.enqueue(Behaviour.rate_limited(), Behaviour.error(500), Behaviour(status=503))
    responses = [httpx.post(up.url + CHAT, json={"messages": user()}) for _ in range(4)]
    assert [r.status_code for r in responses] == [429, 500, 503, 200]
    assert responses[0].headers["retry-after"] == "1"
    assert responses[0].json()["error"]["code"] == "429"
    assert responses[2].json()["error"]["code"] == "ServiceUnavailable"
    assert len(up.requests) == 4


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        (Behaviour.rate_limited(), openai.RateLimitError),
        (Behaviour.error(500), openai.InternalServerError),
        (Behaviour.error(503), openai.InternalServerError),
        (Behaviour.content_filter(), openai.BadRequestError),
    ],
)
def test_sdk_sees_scripted_errors(
    up: FakeUpstream, azure_sdk: openai.AzureOpenAI, behaviour: Behaviour, error: type[openai.APIStatusError]
) -> None:
    up.enqueue(behaviour)
    with pytest.raises(error) as info:
        azure_sdk.chat.completions.create(model="gpt-4o", messages=user())
    assert info.value.status_code == behaviour.status
    if behaviour.status == 400:
        assert info.value.code == "content_filter"
        assert isinstance(info.value.body, dict)
        assert info.value.body["innererror"]["content_filter_result"]["violence"]["filtered"] is True


def test_sdk_retries_after_rate_limit(up: FakeUpstream) -> None:
    up.enqueue(Behaviour.rate_limited(retry_after=0.01))  # retry-after-ms: 10
    with openai.OpenAI(base_url=up.url + "/v1", api_key="x", max_retries=1) as client:
        assert client.chat.completions.create(model="m", messages=user("hi")).choices[0].message.content == "ECHO: hi"
    assert len(up.requests) == 2


def test_delay_times_out_and_counts_disconnect(up: FakeUpstream, azure_sdk: openai.AzureOpenAI) -> None:
    up.enqueue(Behaviour(delay=3))
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        azure_sdk.chat.completions.create(model="gpt-4o", messages=user(), timeout=0.2)
    assert time.monotonic() - started < 1
    assert up.wait_until(lambda u: u.disconnects == 1)


def test_reply_and_chunk_size(up: FakeUpstream, openai_sdk: openai.OpenAI) -> None:
    reply = "<PERSON_1>さん、こんにちは"
    up.enqueue(Behaviour(reply=reply), Behaviour(reply=reply, chunk_size=1))
    assert openai_sdk.chat.completions.create(model="m", messages=user()).choices[0].message.content == reply
    stream = openai_sdk.chat.completions.create(model="m", messages=user(), stream=True)
    deltas = [c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content]
    assert deltas == list(reply)


def test_set_default_and_reset(up: FakeUpstream) -> None:
    up.set_default(Behaviour.error(503))
    up.enqueue(Behaviour(reply="queued first"))
    statuses = [httpx.post(up.url + CHAT, json={"messages": user()}).status_code for _ in range(3)]
    assert statuses == [200, 503, 503]
    up.reset()
    assert up.requests == []
    assert httpx.post(up.url + CHAT, json={"messages": user()}).status_code == 200


def test_stream_break_is_an_sdk_error(up: FakeUpstream, openai_sdk: openai.OpenAI) -> None:
    up.enqueue(Behaviour(stream_break_after=3))
    received: list[Any] = []
    stream = openai_sdk.chat.completions.create(model="m", messages=user(), stream=True)
    with pytest.raises(openai.APIConnectionError):
        received.extend(stream)
    assert len(received) == 3
    up.enqueue(Behaviour(stream_break_after=0))
    with pytest.raises(openai.APIConnectionError):
        openai_sdk.chat.completions.create(model="m", messages=user())  # non-streamed: body cut in half


def test_client_disconnect_is_counted(up: FakeUpstream, openai_sdk: openai.OpenAI) -> None:
    up.enqueue(Behaviour(slow_stream=0.1))
    stream = openai_sdk.chat.completions.create(model="m", messages=user(), stream=True)
    next(stream), next(stream)
    stream.close()
    assert up.wait_until(lambda u: u.disconnects == 1)


def test_second_instance_for_failover(up: FakeUpstream) -> None:
    up.set_default(Behaviour.error(503))
    with FakeUpstream(azure=False) as other:
        assert other.url != up.url
        assert httpx.post(up.url + CHAT, json={"messages": user()}).status_code == 503
        answer = httpx.post(other.url + CHAT, json={"messages": user()})
        assert answer.status_code == 200
        assert "prompt_filter_results" not in answer.json()
        assert len(up.requests) == len(other.requests) == 1


def test_stop_is_quick_with_open_stream() -> None:
    up = FakeUpstream().start()
    up.enqueue(Behaviour(slow_stream=5))
    with httpx.stream("POST", up.url + CHAT, json={"messages": user(), "stream": True}) as r:
        lines = r.iter_lines()
        assert next(lines).startswith("data: ")
        started = time.monotonic()
        up.stop()
        assert time.monotonic() - started < 2
        assert not up.running
        with pytest.raises(httpx.RemoteProtocolError):
            list(lines)  # the open stream is cut, not completed
    assert up.disconnects == 0
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", up.port), timeout=1):
        pass
