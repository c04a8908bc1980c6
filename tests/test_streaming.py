"""Streaming is a true pass-through: live events, usage metered, disconnects and breaks handled."""

from __future__ import annotations

import time

import httpx
import openai
import pytest

from gateway.storage.database import Database
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.records import record


@pytest.mark.parametrize("style", ["azure", "oai"])
def test_streamed_chat_arrives_whole(style: str, request: pytest.FixtureRequest) -> None:
    client = request.getfixturevalue(style)
    stream = client.chat.completions.create(
        model="gpt-4o", stream=True, messages=[{"role": "user", "content": "ストリーミングのテストです"}])
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "ECHO: ストリーミングのテストです"
    assert all(c.usage is None for c in chunks)  # the client did not ask for usage


def test_streamed_tokens_are_metered_and_usage_given_when_asked(
    gateway_url: str, client_key: str, azure: openai.AzureOpenAI, database: Database
) -> None:
    raw = azure.chat.completions.with_raw_response.create(
        model="gpt-4o", stream=True, messages=[{"role": "user", "content": "数えて"}])
    list(raw.parse())
    stored = record(database, raw.headers["x-request-id"])
    assert stored["stream"] is True
    assert stored["prompt_tokens"] > 0
    assert stored["completion_tokens"] > 0

    asked = list(azure.chat.completions.create(
        model="gpt-4o", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "数えて"}]))
    assert asked[-1].usage is not None
    assert asked[-1].usage.total_tokens > 0


def test_events_are_released_as_the_upstream_sends_them(
    gateway_url: str, client_key: str, upstream: FakeUpstream
) -> None:
    upstream.enqueue(Behaviour(slow_stream=0.15, chunk_size=2))
    arrivals: list[float] = []
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": "一二三四五六七八"}]}
    with httpx.stream("POST", f"{gateway_url}/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {client_key}"}, timeout=20) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("data:"):
                arrivals.append(time.monotonic())
    # Ten or more events, each 0.15 s apart upstream: a buffering gateway would deliver them at once.
    assert len(arrivals) >= 10
    assert arrivals[-1] - arrivals[0] > 1.0


def test_client_disconnect_cancels_the_upstream_request(
    gateway_url: str, client_key: str, upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(slow_stream=0.5, chunk_size=1))
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": "とても長い答えを待つ"}]}
    with httpx.stream("POST", f"{gateway_url}/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {client_key}"}, timeout=20) as response:
        request_id = response.headers["x-request-id"]
        next(response.iter_lines())
    assert upstream.wait_until(lambda up: up.disconnects >= 1, timeout=5)
    stored = record(database, request_id)
    assert (stored["status"], stored["error_code"]) == (499, "client_disconnected")


def test_broken_upstream_stream_ends_with_an_error_event(
    gateway_url: str, client_key: str, azure: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(stream_break_after=3))
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": "途中で切れる"}]}
    with httpx.stream("POST", f"{gateway_url}/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {client_key}"}, timeout=20) as response:
        lines = [line for line in response.iter_lines() if line.startswith("data:")]
        request_id = response.headers["x-request-id"]
    assert '"stream_interrupted"' in lines[-1]
    assert "ストリームが途中で切れました" in lines[-1]
    assert record(database, request_id)["error_code"] == "stream_interrupted"

    upstream.enqueue(Behaviour(stream_break_after=3))
    with pytest.raises(openai.APIError):
        list(azure.chat.completions.create(model="gpt-4o", stream=True,
                                           messages=[{"role": "user", "content": "途中で切れる"}]))


def test_responses_api_streams_its_own_events(oai: openai.OpenAI) -> None:
    events = list(oai.responses.create(model="gpt-4o", input="ストリームで答えて", stream=True))
    kinds = [e.type for e in events]
    assert kinds[0] == "response.created"
    assert kinds[-1] == "response.completed"
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert text == "ECHO: ストリームで答えて"
