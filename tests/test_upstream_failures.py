"""Retries honour Retry-After, failover moves to the next backend, and every failure is a clean error."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import openai
import pytest

from gateway.storage.database import Database
from tests.conftest import API_VERSION, UPSTREAM_KEY, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer
from tests.records import record

MESSAGES = [{"role": "user", "content": "こんにちは"}]


def _client(gw: GatewayServer, key: str) -> openai.AzureOpenAI:
    return openai.AzureOpenAI(azure_endpoint=gw.url, api_key=key, api_version=API_VERSION, max_retries=0, timeout=20)


def test_retry_after_is_honoured(azure: openai.AzureOpenAI, upstream: FakeUpstream, database: Database) -> None:
    upstream.enqueue(Behaviour.rate_limited(retry_after=1))
    started = time.monotonic()
    raw = azure.chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
    assert raw.parse().choices[0].message.content == "ECHO: こんにちは"
    assert time.monotonic() - started >= 0.9
    assert len(upstream.requests) == 2
    assert record(database, raw.headers["x-request-id"])["attempts"] == 2


def test_failover_to_the_next_backend(start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
                                      client_key: str, database: Database) -> None:
    with FakeUpstream() as secondary:
        upstream.set_default(Behaviour.error(503))
        gw = start_gateway({
            "upstream": {"retries": 1, "max_retry_wait": 1},
            "backends": {"east": azure_backend(upstream), "west": azure_backend(secondary)},
            "deployments": {"gpt-4o": {"backends": ["east", "west"]}},
        })
        raw = _client(gw, client_key).chat.completions.with_raw_response.create(model="gpt-4o", messages=MESSAGES)
        assert raw.parse().choices[0].message.content == "ECHO: こんにちは"
        assert len(upstream.requests) == 2
        assert len(secondary.requests) == 1
        stored = record(database, raw.headers["x-request-id"])
        assert (stored["backend"], stored["attempts"]) == ("west", 3)


def test_long_retry_after_fails_over_at_once(start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
                                             client_key: str) -> None:
    with FakeUpstream() as secondary:
        upstream.enqueue(Behaviour.rate_limited(retry_after=60))
        gw = start_gateway({
            "upstream": {"retries": 2, "max_retry_wait": 5},
            "backends": {"east": azure_backend(upstream), "west": azure_backend(secondary)},
            "deployments": {"*": {"backends": ["east", "west"]}},
        })
        started = time.monotonic()
        _client(gw, client_key).chat.completions.create(model="gpt-4o", messages=MESSAGES)
        assert time.monotonic() - started < 5
        assert len(upstream.requests) == 1
        assert len(secondary.requests) == 1


def test_rate_limit_passes_through_when_every_backend_is_exhausted(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    upstream.set_default(Behaviour.rate_limited(retry_after=1))
    with pytest.raises(openai.RateLimitError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert caught.value.response.headers["retry-after"] == "1"
    assert "Rate limit is exceeded" in caught.value.message


def test_upstream_timeout_gives_504(start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
                                    client_key: str) -> None:
    upstream.set_default(Behaviour(delay=3))
    gw = start_gateway({"upstream": {"retries": 0, "read_timeout": 0.5},
                        "backends": {"slow": azure_backend(upstream)}})
    with pytest.raises(openai.InternalServerError) as caught:
        _client(gw, client_key).chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert caught.value.status_code == 504
    assert caught.value.code == "upstream_timeout"
    assert "時間内にありませんでした" in caught.value.message


def test_refused_connection_gives_502(start_gateway: Callable[..., GatewayServer], client_key: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    gw = start_gateway({"upstream": {"retries": 1, "max_retry_wait": 0.1},
                        "backends": {"gone": {"kind": "azure", "endpoint": f"http://127.0.0.1:{port}"}}})
    with pytest.raises(openai.InternalServerError) as caught:
        _client(gw, client_key).chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_unavailable")


def test_upstream_refusing_the_gateway_key_never_shows_that_key(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    upstream.enqueue(Behaviour.error(401))
    with pytest.raises(openai.InternalServerError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=MESSAGES)
    assert (caught.value.status_code, caught.value.code) == (502, "upstream_auth_failed")
    assert UPSTREAM_KEY not in caught.value.response.text
