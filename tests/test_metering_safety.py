"""Metering cannot lose a record or pass off a guess as a measurement: bad prices, huge or odd inputs."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from gateway.metering.estimate import IMAGE_TOKENS, count
from gateway.metering.pricing import Price, Pricing
from gateway.settings import load_settings
from gateway.storage.database import Database
from tests.conftest import API_VERSION, TEST_PRICING, LogRecorder, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer, write_rules
from tests.records import ledger, record


def _no_usage(content: str = "了解") -> Behaviour:
    """A whole chat answer whose `usage` is missing, as from a proxy that strips it."""
    return Behaviour(body={
        "id": "chatcmpl-nousage", "object": "chat.completion", "created": 0, "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
    })


@pytest.fixture
def absurd_url(session_log: LogRecorder, priced_rules: Path, database_url: str) -> Iterator[str]:
    """A gateway whose gpt-4o price slipped past validation (1E+309 yen): pricing itself fails."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_OPENAI_", "OPENAI_"))}
    settings = load_settings(priced_rules, {**env, "GATEWAY_DATABASE_URL": database_url})
    huge = Decimal("1E+309")
    price = Price("gpt-4o@2000-01-01", "gpt-4o", dt.date(2000, 1, 1), huge, huge, huge)
    settings = dataclasses.replace(settings, pricing=Pricing(prices={"gpt-4o": (price,)}))
    with GatewayServer(settings) as gw:
        yield gw.url


def test_a_price_that_cannot_be_applied_still_leaves_the_record_unpriced(
    absurd_url: str, meter_keys: dict[str, str], upstream: FakeUpstream, database: Database,
    session_log: LogRecorder,
) -> None:
    client = openai.OpenAI(base_url=f"{absurd_url}/v1", api_key=meter_keys["staff"], max_retries=0, timeout=20)
    text = "価格が壊れていても記録は残る"
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert raw.parse().choices[0].message.content == "ECHO: " + text  # the client is served, not given a 500
    request_id = raw.headers["x-request-id"]
    assert record(database, request_id)["status"] == 200
    row = ledger(database, request_id)
    assert (row["price_id"], row["model"], row["cost_jpy"]) == (None, "gpt-4o", 0)  # unpriced, as the report shows
    assert row["prompt_tokens"] > 0
    lines = [line for line in session_log.lines if request_id in line and "could not price" in line]
    assert len(lines) == 1
    assert text not in lines[0]
    assert 'gateway_unpriced_requests_total{deployment="gpt-4o"}' in httpx.get(f"{absurd_url}/metrics").text


def test_a_request_too_long_to_encode_at_once_is_still_estimated(
    priced_url: str, meter_keys: dict[str, str], upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(_no_usage())
    text = "古文書の翻刻です。" + "𠀋" * 70_000  # 3 tokens a character: more than the encoder takes at once
    client = openai.OpenAI(base_url=f"{priced_url}/v1", api_key=meter_keys["staff"], max_retries=0, timeout=60)
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert raw.parse().choices[0].message.content == "了解"
    row = ledger(database, raw.headers["x-request-id"])
    assert row["estimated"] is True
    assert row["prompt_tokens"] > 200_000
    assert abs(row["prompt_tokens"] - count("gpt-4o", text) - 6) <= 10  # the pieces add up to the whole
    assert row["cost_jpy"] > 0


@pytest.fixture(scope="module")
def media_url(session_log: LogRecorder, session_upstream: FakeUpstream, tmp_path_factory: pytest.TempPathFactory,
              database_url: str) -> Iterator[str]:
    """A priced gateway whose applications may send images and token ids (forwarded unscanned)."""
    route = {"backends": ["primary"]}
    rules = write_rules(tmp_path_factory.mktemp("media-rules"), {
        "upstream": {"retries": 0, "read_timeout": 5},
        "backends": {"primary": azure_backend(session_upstream)},
        "deployments": dict.fromkeys(("gpt-4o", "text-embedding-3-small"), route),
    }, policy={"applications": {"*": {"allow": {"unscanned_parts": True}}}}, pricing=TEST_PRICING)
    with GatewayServer.from_rules(rules, database_url) as gw:
        yield gw.url


def test_an_image_is_estimated_as_an_image_not_as_its_base64_text(
    media_url: str, meter_keys: dict[str, str], upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(_no_usage())
    image = "data:image/png;base64," + base64.b64encode(os.urandom(100_000)).decode()
    content: Any = [{"type": "text", "text": "この写真を説明して"}, {"type": "image_url", "image_url": {"url": image}}]
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": content}]}
    response = httpx.post(f"{media_url}/v1/chat/completions", json=body, timeout=60,
                          headers={"authorization": f"Bearer {meter_keys['staff']}"})
    assert response.status_code == 200
    row = ledger(database, response.headers["x-request-id"])
    assert row["estimated"] is True
    expected = count("gpt-4o", "この写真を説明して") + IMAGE_TOKENS + 6
    assert row["prompt_tokens"] == expected  # not the ~90,000 tokens of its base64 text


def test_embeddings_given_as_token_ids_are_estimated_by_their_length(
    media_url: str, meter_keys: dict[str, str], upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(body={"object": "list", "model": "text-embedding-3-small",
                                     "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}]}))
    client = openai.OpenAI(base_url=f"{media_url}/v1", api_key=meter_keys["staff"], max_retries=0, timeout=20)
    raw = client.embeddings.with_raw_response.create(model="text-embedding-3-small", input=[[101, 2023, 318, 257]])
    raw.parse()
    row = ledger(database, raw.headers["x-request-id"])
    assert (row["estimated"], row["prompt_tokens"]) == (True, 4)
    assert row["cost_jpy"] > 0


@pytest.mark.parametrize(("code", "recorded"), [
    ("weird code 1796 with spaces and 個人名", "upstream_error"),  # arbitrary text: never recorded as is
    ("x" * 65, "upstream_error"),
    ("content_filter", "content_filter"),  # a plain identifier is kept in the record
])
def test_upstream_error_codes_are_never_metric_labels(
    code: str, recorded: str, priced_url: str, azure_priced_client: openai.AzureOpenAI, upstream: FakeUpstream,
    database: Database,
) -> None:
    upstream.enqueue(Behaviour.error(400, code=code, message="upstream says no"))
    with pytest.raises(openai.BadRequestError) as refused:
        azure_priced_client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "今日は"}])
    assert refused.value.code == code  # the client still sees the upstream's own error body
    assert record(database, refused.value.response.headers["x-request-id"])["error_code"] == recorded
    metrics = httpx.get(f"{priced_url}/metrics").text
    codes = {line.split('code="')[1].split('"')[0] for line in metrics.splitlines()
             if line.startswith("gateway_refusals_total{")}
    assert code not in codes or code == "upstream_error"
    assert "upstream_error" in codes


@pytest.fixture
def azure_priced_client(priced_url: str, meter_keys: dict[str, str]) -> openai.AzureOpenAI:
    return openai.AzureOpenAI(azure_endpoint=priced_url, api_key=meter_keys["staff"], api_version=API_VERSION,
                              max_retries=0, timeout=20)


def test_malformed_upstream_usage_is_estimated_not_taken_as_zeros(
    azure_priced_client: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    answer = _no_usage("了解しました")
    answer.body["usage"] = {"prompt_tokens": "12", "completion_tokens": 3, "total_tokens": 15}
    upstream.enqueue(answer)
    text = "壊れた usage を返す上流"
    raw = azure_priced_client.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": text}])
    raw.parse()
    row = ledger(database, raw.headers["x-request-id"])
    assert row["estimated"] is True
    assert row["prompt_tokens"] == count("gpt-4o", text) + 6
    assert row["completion_tokens"] == count("gpt-4o", "了解しました")
    assert row["cost_jpy"] > 0
