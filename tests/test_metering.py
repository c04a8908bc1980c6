"""Every request leaves a ledger row: the upstream's tokens, priced in exact yen by the row in force that day."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any

import httpx
import openai
import pytest

from gateway.exchange import Exchange, Operation, Usage
from gateway.metering.estimate import count
from gateway.metering.ledger import Charge, Meter
from gateway.metering.pricing import TOKYO, load_pricing
from gateway.rule_doc import RuleDoc
from gateway.settings import GatewayRules
from gateway.storage.database import Database
from tests.conftest import API_VERSION, TEST_PRICING
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.fake_upstream.payloads import tokens
from tests.records import ledger, record

pytestmark = pytest.mark.storage  # on SQLite and on PostgreSQL (conftest: --backends)

TODAYS_GPT4O = "gpt-4o@2020-01-01"  # in force now: input 1000, cached 500, output 4000 yen per million tokens


def tokyo_today() -> dt.date:
    return dt.datetime.now(TOKYO).date()


def yen(prompt: int, completion: int, cached: int = 0) -> Decimal:
    """What gpt-4o costs today under TEST_PRICING."""
    return Decimal((prompt - cached) * 1000 + cached * 500 + completion * 4000) / Decimal(1_000_000)


@pytest.fixture
def azure_priced(priced_url: str, meter_keys: dict[str, str]) -> openai.AzureOpenAI:
    return openai.AzureOpenAI(azure_endpoint=priced_url, api_key=meter_keys["staff"], api_version=API_VERSION,
                              max_retries=0, timeout=20)


@pytest.fixture
def oai_priced(priced_url: str, meter_keys: dict[str, str]) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{priced_url}/v1", api_key=meter_keys["staff"], max_retries=0, timeout=20)


@pytest.mark.parametrize("stream", [False, True])
def test_chat_is_metered_exactly_streamed_or_not(
    stream: bool, azure_priced: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    text = "来月の議会日程の案内文を作ってください"
    days = {tokyo_today()}
    raw = azure_priced.chat.completions.with_raw_response.create(
        model="gpt-4o", stream=stream, messages=[{"role": "user", "content": text}])
    answer: Any = raw.parse()
    if stream:
        assert all(chunk.usage is None for chunk in answer)  # metered without showing the client usage
    row = ledger(database, raw.headers["x-request-id"])
    days.add(tokyo_today())
    prompt, completion = tokens(text), tokens("ECHO: " + text)
    assert (row["prompt_tokens"], row["completion_tokens"], row["estimated"]) == (prompt, completion, False)
    assert (row["price_id"], row["model"]) == (TODAYS_GPT4O, "gpt-4o")
    assert row["day"] in days  # the calendar day in Tokyo
    assert row["cost_jpy"] == yen(prompt, completion)
    assert isinstance(row["cost_jpy"], Decimal)


def test_cached_and_reasoning_tokens_are_priced_as_reported(
    azure_priced: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    usage = {"prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500,
             "prompt_tokens_details": {"cached_tokens": 400}, "completion_tokens_details": {"reasoning_tokens": 300}}
    upstream.enqueue(Behaviour(body={
        "id": "chatcmpl-cached", "object": "chat.completion", "created": 0, "model": "o4-mini", "usage": usage,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "了解"}}],
    }))
    raw = azure_priced.chat.completions.with_raw_response.create(
        model="chat-prod", messages=[{"role": "user", "content": "長い資料の続き"}])
    assert raw.parse().choices[0].message.content == "了解"
    row = ledger(database, raw.headers["x-request-id"])
    assert (row["cached_tokens"], row["reasoning_tokens"]) == (400, 300)
    assert row["model"] == "gpt-4o"  # the deployment chat-prod is priced as gpt-4o (pricing.yaml alias)
    assert row["cost_jpy"] == Decimal("2.8") == yen(1000, 500, cached=400)


@pytest.mark.parametrize("stream", [False, True])
def test_responses_api_is_metered_exactly(stream: bool, oai_priced: openai.OpenAI, database: Database) -> None:
    text = "議事録を三行で要約して"
    raw = oai_priced.responses.with_raw_response.create(model="gpt-4o", input=text, stream=stream)
    answer: Any = raw.parse()
    if stream:
        assert [e.type for e in answer][-1] == "response.completed"
    row = ledger(database, raw.headers["x-request-id"])
    prompt, completion = tokens(text), tokens("ECHO: " + text)
    assert (row["prompt_tokens"], row["completion_tokens"], row["estimated"]) == (prompt, completion, False)
    assert row["cost_jpy"] == yen(prompt, completion)


def test_embeddings_are_metered_in_usd_converted_to_yen(oai_priced: openai.OpenAI, database: Database) -> None:
    inputs = ["市民課の窓口案内", "ごみの分別方法について詳しく"]
    raw = oai_priced.embeddings.with_raw_response.create(model="text-embedding-3-small", input=inputs)
    assert len(raw.parse().data) == 2
    row = ledger(database, raw.headers["x-request-id"])
    assert row["prompt_tokens"] == sum(tokens(t) for t in inputs)
    assert row["price_id"] == "text-embedding-3-small@2000-01-01"
    assert row["cost_jpy"] == row["prompt_tokens"] * Decimal("0.02") * 150 / 1_000_000


def test_a_client_that_leaves_mid_stream_leaves_an_estimated_row(
    priced_url: str, meter_keys: dict[str, str], upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(slow_stream=0.3, chunk_size=1))
    text = "とても長い答えを途中まで読む"
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": text}]}
    with httpx.stream("POST", f"{priced_url}/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {meter_keys['staff']}"}, timeout=20) as response:
        request_id = response.headers["x-request-id"]
        lines = response.iter_lines()
        for _ in range(6):
            next(lines)
    assert upstream.wait_until(lambda up: up.disconnects >= 1, timeout=5)
    assert record(database, request_id)["error_code"] == "client_disconnected"
    row = ledger(database, request_id)
    assert row["estimated"] is True
    assert row["prompt_tokens"] >= count("gpt-4o", text)  # counted with o200k_base, plus the chat format
    assert row["completion_tokens"] >= 1  # what was streamed before the client left
    assert row["cost_jpy"] == yen(row["prompt_tokens"], row["completion_tokens"])


def test_a_broken_stream_is_metered_from_its_text(
    azure_priced: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(stream_break_after=6))
    raw = azure_priced.chat.completions.with_raw_response.create(
        model="gpt-4o", stream=True, messages=[{"role": "user", "content": "途中で切れる答え"}])
    with pytest.raises(openai.APIError):
        list(raw.parse())
    row = ledger(database, raw.headers["x-request-id"])
    assert row["estimated"] is True
    assert row["prompt_tokens"] > 0
    assert row["completion_tokens"] > 0


def test_a_deployment_without_price_is_served_and_metered_in_tokens(
    azure_priced: openai.AzureOpenAI, priced_url: str, database: Database
) -> None:
    raw = azure_priced.chat.completions.with_raw_response.create(
        model="unpriced-dep", messages=[{"role": "user", "content": "価格のないデプロイ"}])
    assert raw.parse().choices[0].message.content == "ECHO: 価格のないデプロイ"
    row = ledger(database, raw.headers["x-request-id"])
    assert row["prompt_tokens"] > 0
    assert (row["price_id"], row["model"], row["cost_jpy"]) == (None, "unpriced-dep", 0)
    metrics = httpx.get(f"{priced_url}/metrics").text
    assert 'gateway_unpriced_requests_total{deployment="unpriced-dep"}' in metrics


def test_refused_requests_leave_a_ledger_row_at_no_cost(
    priced_url: str, azure_priced: openai.AzureOpenAI, database: Database
) -> None:
    unauthenticated = httpx.post(f"{priced_url}/v1/chat/completions", json={"model": "gpt-4o"})
    assert unauthenticated.status_code == 401
    with pytest.raises(openai.BadRequestError) as blocked:
        azure_priced.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "個人番号 1234 5678 9018 の方"}])
    for request_id in (unauthenticated.headers["x-request-id"], blocked.value.response.headers["x-request-id"]):
        row = ledger(database, request_id)
        assert (row["prompt_tokens"], row["completion_tokens"], row["cost_jpy"]) == (0, 0, 0)


def test_a_price_change_mid_month_applies_from_its_day_in_tokyo() -> None:
    pricing = load_pricing(RuleDoc("pricing.yaml", {"prices": {"gpt-4o": [
        {"from": "2026-11-01", "input": 300, "output": 1200},
        {"from": "2026-11-15", "input": 400, "output": 1600},
    ]}}))
    meter = Meter(pricing, GatewayRules())

    def charge(moment: dt.datetime) -> Charge:
        exchange = Exchange(Operation.CHAT, "azure", started_at=moment, deployment="gpt-4o",
                            usage=Usage(prompt_tokens=1000, completion_tokens=1000, reported=True))
        return asyncio.run(meter.settle(exchange, None))

    last_minute_of_14th = charge(dt.datetime(2026, 11, 14, 14, 59, tzinfo=dt.UTC))  # 23:59 in Tokyo
    first_minute_of_15th = charge(dt.datetime(2026, 11, 14, 15, 0, tzinfo=dt.UTC))  # 00:00 in Tokyo
    assert (last_minute_of_14th.price_id, last_minute_of_14th.cost_jpy) == ("gpt-4o@2026-11-01", Decimal("1.5"))
    assert (first_minute_of_15th.price_id, first_minute_of_15th.cost_jpy) == ("gpt-4o@2026-11-15", Decimal("2"))
    assert charge(dt.datetime(2026, 10, 31, 12, 0, tzinfo=dt.UTC)).price_id is None  # before any price


def test_deployments_are_priced_by_name_alias_or_configured_model() -> None:
    pricing = load_pricing(RuleDoc("pricing.yaml", TEST_PRICING))
    assert pricing.model_of("gpt-4o") == "gpt-4o"
    assert pricing.model_of("chat-prod") == "gpt-4o"  # pricing.yaml alias
    assert pricing.model_of("my-deployment", "gpt-4o") == "gpt-4o"  # gateway.yaml names its model
    assert pricing.model_of("unpriced-dep") is None


def test_an_old_api_version_stream_is_counted_with_the_models_encoding(
    priced_url: str, meter_keys: dict[str, str], database: Database
) -> None:

    old = openai.AzureOpenAI(azure_endpoint=priced_url, api_key=meter_keys["staff"], api_version="2024-06-01",
                             max_retries=0, timeout=20)
    text = "Please summarise the minutes of the 定例会 in three lines."
    raw = old.chat.completions.with_raw_response.create(
        model="gpt-4o", stream=True, messages=[{"role": "user", "content": text}])
    assert "".join(c.choices[0].delta.content or "" for c in raw.parse() if c.choices) == "ECHO: " + text
    row = ledger(database, raw.headers["x-request-id"])  # this api-version cannot ask a stream for usage
    assert row["estimated"] is True
    assert row["completion_tokens"] == count("gpt-4o", "ECHO: " + text)  # o200k_base, as Azure counts
    assert row["prompt_tokens"] == count("gpt-4o", text) + 6  # plus the chat format's tokens around one message
    assert row["cost_jpy"] == yen(row["prompt_tokens"], row["completion_tokens"])
