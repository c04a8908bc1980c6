"""Bad input gets a clear OpenAI-format error with a Japanese message, never a 500, and one record each."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from gateway.storage.database import Database
from tests.conftest import azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import GatewayServer
from tests.records import record

pytestmark = pytest.mark.storage  # on SQLite and on PostgreSQL (conftest: --backends)

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CHAT = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"


def _post(url: str, path: str, key: str | None, content: bytes, headers: dict[str, str] | None = None
          ) -> httpx.Response:
    sent = {"content-type": "application/json", **(headers or {})}
    if key:
        sent["api-key"] = key
    return httpx.post(url + path, content=content, headers=sent, timeout=20)


def _assert_error(response: httpx.Response, status: int, code: str, database: Database) -> dict[str, Any]:
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert JAPANESE.search(error["message"]), "the message is for staff, in Japanese"
    assert set(error) >= {"message", "type", "code"}
    stored = record(database, response.headers["x-request-id"])
    assert (stored["status"], stored["error_code"]) == (status, code)
    return error


@pytest.mark.parametrize(("body", "code", "param"), [
    (b"{not json", "invalid_json", None),
    (b"", "invalid_json", None),
    (b"[1, 2]", "invalid_json", None),
    (b'{"messages": "hello"}', "invalid_type", "messages"),
    (b'{"messages": []}', "invalid_type", "messages"),
    (b'{"messages": [{"content": "no role"}]}', "invalid_type", "messages[0]"),
    (b'{"messages": [{"role": "user", "content": 42}]}', "invalid_type", "messages[0].content"),
    (b'{"messages": [{"role": "user", "content": "x"}], "stream": "yes"}', "invalid_type", "stream"),
    (b'{"messages": [{"role": "user", "content": "x"}], "n": 0}', "invalid_type", "n"),
])
def test_malformed_bodies(gateway_url: str, client_key: str, database: Database, body: bytes, code: str,
                          param: str | None) -> None:
    error = _assert_error(_post(gateway_url, CHAT, client_key, body), 400, code, database)
    assert error["param"] == param


def test_invalid_utf8(gateway_url: str, client_key: str, database: Database) -> None:
    body = b'{"messages": [{"role": "user", "content": "\xff\xfe"}]}'
    _assert_error(_post(gateway_url, CHAT, client_key, body), 400, "invalid_encoding", database)


def test_body_over_the_limit(gateway_url: str, client_key: str, database: Database) -> None:
    body = b'{"messages": [{"role": "user", "content": "' + b"a" * (2 * 1024 * 1024) + b'"}]}'
    _assert_error(_post(gateway_url, CHAT, client_key, body), 413, "request_too_large", database)


def test_embeddings_input_of_the_wrong_type(gateway_url: str, client_key: str, database: Database) -> None:
    response = _post(gateway_url, "/v1/embeddings", client_key, b'{"model": "e", "input": {"a": 1}}')
    _assert_error(response, 400, "invalid_type", database)


@pytest.mark.parametrize("key", [None, "gw-not-a-real-key", "Bearer"])
def test_missing_or_wrong_key(gateway_url: str, database: Database, key: str | None) -> None:
    response = _post(gateway_url, CHAT, key, b'{"messages": [{"role": "user", "content": "x"}]}')
    _assert_error(response, 401, "invalid_api_key", database)


def test_unknown_route_and_wrong_method(gateway_url: str, database: Database) -> None:
    _assert_error(_post(gateway_url, "/openai/unknown", None, b"{}"), 404, "not_found", database)
    response = httpx.get(gateway_url + "/v1/chat/completions")
    _assert_error(response, 405, "method_not_allowed", database)


@pytest.mark.parametrize("model", ["山田太郎", "a" * 65, "../etc", ""])
def test_invalid_deployment_names_are_refused_without_echoing_them(
    gateway_url: str, client_key: str, database: Database, model: str
) -> None:
    body = (f'{{"model": "{model}", "messages": [{{"role": "user", "content": "x"}}]}}').encode()
    response = _post(gateway_url, "/v1/chat/completions", client_key, body)
    error = _assert_error(response, 400, "invalid_model" if model else "missing_model", database)
    assert model == "" or model not in response.text
    assert error["param"] == "model"


def test_unknown_deployment_when_deployments_are_listed(
    start_gateway: Callable[..., GatewayServer], client_key: str, database: Database, session_upstream: FakeUpstream
) -> None:
    gw = start_gateway({"backends": {"b": azure_backend(session_upstream)},
                        "deployments": {"gpt-4o": {"backends": ["b"]}}})
    response = _post(gw.url, "/openai/deployments/gpt-35/chat/completions", client_key,
                     b'{"messages": [{"role": "user", "content": "x"}]}')
    _assert_error(response, 404, "DeploymentNotFound", database)


def test_policy_refuses_a_deployment_the_application_may_not_use(
    start_gateway: Callable[..., GatewayServer], client_key: str, database: Database, session_upstream: FakeUpstream
) -> None:

    gw = start_gateway({"backends": {"b": azure_backend(session_upstream)}},
                       {"applications": {"test-app": {"deployments": ["gpt-4o-mini"]}}})
    response = _post(gw.url, "/openai/deployments/gpt-4o/chat/completions", client_key,
                     b'{"messages": [{"role": "user", "content": "x"}]}')
    _assert_error(response, 403, "policy_violation", database)
