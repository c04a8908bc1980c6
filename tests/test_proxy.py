"""Applications switch to the gateway by changing only endpoint and key: both SDK styles, all operations."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import openai
import pytest

from gateway.storage.database import Database
from tests.conftest import API_VERSION, UPSTREAM_KEY, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer
from tests.records import record


def test_azure_sdk_chat_reaches_the_deployment_with_the_upstream_key(
    azure: openai.AzureOpenAI, upstream: FakeUpstream, client_key: str
) -> None:
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "こんにちは"}])

    assert answer.choices[0].message.content == "ECHO: こんにちは"
    seen = upstream.requests[-1]
    assert seen.path == "/openai/deployments/gpt-4o/chat/completions"
    assert seen.query["api-version"] == API_VERSION
    assert seen.headers["api-key"] == UPSTREAM_KEY
    assert client_key not in str(seen.headers)
    assert client_key.encode() not in seen.body


def test_openai_sdk_chat_names_the_deployment_in_model(oai: openai.OpenAI, upstream: FakeUpstream) -> None:
    answer = oai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "質問です"}])

    assert answer.choices[0].message.content == "ECHO: 質問です"
    seen = upstream.requests[-1]
    assert seen.path == "/openai/deployments/gpt-4o-mini/chat/completions"
    assert seen.query["api-version"] == API_VERSION  # the configured default: the OpenAI SDK sends none
    assert "authorization" not in seen.headers


def test_client_api_version_is_passed_through(gateway_url: str, client_key: str, upstream: FakeUpstream) -> None:
    client = openai.AzureOpenAI(azure_endpoint=gateway_url, api_key=client_key, api_version="2025-01-01-preview",
                                max_retries=0)
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "版"}])
    assert upstream.requests[-1].query["api-version"] == "2025-01-01-preview"


def test_several_choices_and_usage(azure: openai.AzureOpenAI, database: Database) -> None:
    raw = azure.chat.completions.with_raw_response.create(
        model="gpt-4o", n=2, messages=[{"role": "user", "content": "二つ"}])
    answer = raw.parse()
    assert [c.index for c in answer.choices] == [0, 1]
    assert answer.usage is not None
    stored = record(database, raw.headers["x-request-id"])
    assert (stored["status"], stored["prompt_tokens"]) == (200, answer.usage.prompt_tokens)
    assert stored["completion_tokens"] == answer.usage.completion_tokens
    assert (stored["app"], stored["department"], stored["deployment"]) == ("test-app", "情報政策課", "gpt-4o")


@pytest.mark.parametrize("style", ["azure", "oai"])
def test_embeddings(style: str, request: pytest.FixtureRequest, upstream: FakeUpstream) -> None:
    client = request.getfixturevalue(style)
    result = client.embeddings.create(model="text-embedding-3-small", input=["一つ目", "二つ目"])
    assert [d.index for d in result.data] == [0, 1]
    assert len(result.data[0].embedding) == 8
    assert upstream.requests[-1].path == "/openai/deployments/text-embedding-3-small/embeddings"


def test_responses_api(oai: openai.OpenAI, upstream: FakeUpstream) -> None:
    response = oai.responses.create(model="gpt-4o", input="要約してください")
    assert response.output_text == "ECHO: 要約してください"
    assert upstream.requests[-1].path == "/openai/responses"
    assert upstream.requests[-1].json["model"] == "gpt-4o"


def test_content_filter_error_reaches_the_client_intact(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    upstream.enqueue(Behaviour.content_filter("violence", "high"))
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert caught.value.code == "content_filter"
    body = caught.value.body
    assert isinstance(body, dict)
    assert body["innererror"]["content_filter_result"]["violence"] == {"filtered": True, "severity": "high"}


def test_models_lists_configured_deployments(oai: openai.OpenAI) -> None:
    assert [m.id for m in oai.models.list()] == ["gpt-4o"]


def test_openai_v1_prefix_also_works(gateway_url: str, client_key: str) -> None:
    client = openai.OpenAI(base_url=f"{gateway_url}/openai/v1", api_key=client_key, max_retries=0)
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "v1"}])
    assert answer.choices[0].message.content == "ECHO: v1"


def test_openai_style_backend_gets_model_and_bearer_key(
    start_gateway: Callable[..., GatewayServer], client_key: str, upstream: FakeUpstream
) -> None:
    gw = start_gateway({
        "backends": {"compat": azure_backend(upstream, kind="openai", endpoint=f"{upstream.url}/v1")},
        "deployments": {"chat": {"backends": ["compat"], "model": "gpt-4o-2024-08-06"}},
    })
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    answer = client.chat.completions.create(model="chat", messages=[{"role": "user", "content": "互換"}])
    assert answer.choices[0].message.content == "ECHO: 互換"
    seen = upstream.requests[-1]
    assert (seen.path, seen.json["model"]) == ("/v1/chat/completions", "gpt-4o-2024-08-06")
    assert seen.headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert "api-version" not in seen.query


def test_simulator_answers_when_no_upstream_is_configured(
    start_gateway: Callable[..., GatewayServer], client_key: str
) -> None:
    gw = start_gateway({})
    ready = httpx.get(f"{gw.url}/readyz").json()
    assert "SIMULATOR" in str(ready["checks"]["upstream"])
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    answer = client.chat.completions.create(model="any-name", messages=[{"role": "user", "content": "試し"}])
    assert answer.choices[0].message.content == "[simulator] 試し"
    assert answer.model_extra is not None
    assert answer.model_extra["simulator_received"]["messages"] == [{"role": "user", "content": "試し"}]
    streamed = client.chat.completions.create(model="any-name", stream=True,
                                              messages=[{"role": "user", "content": "ストリーム"}])
    text = "".join(c.choices[0].delta.content or "" for c in streamed if c.choices)
    assert text == "[simulator] ストリーム"


def test_a_cookie_the_upstream_sets_is_not_sent_back(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    upstream.enqueue(Behaviour(headers={"set-cookie": "affinity=one-app; Path=/"}))
    messages = [{"role": "user", "content": "こんにちは"}]
    azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]

    assert "cookie" not in upstream.requests[-1].headers  # the next application's request carries none of it
