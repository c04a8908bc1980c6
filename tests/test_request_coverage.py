"""Every part of a request is inspected, however it is written; what cannot be inspected is refused.

Each case here is a way personal data once slipped past masking (found in review) or a way odd
input once gave a 500.
"""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests import canaries as c
from tests.fake_upstream import Behaviour, FakeUpstream

PEOPLE = (c.NAME, c.PHONE, c.EMAIL, c.ADDRESS)


def _sent(upstream: FakeUpstream) -> str:
    return upstream.requests[-1].body.decode()


def _assert_masked(sent: str) -> None:
    for value in PEOPLE:
        assert value not in sent
        assert json.dumps(value)[1:-1] not in sent, "nor \\u-escaped"


def test_unicode_escaped_json_inside_prose_is_masked(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    record = json.dumps({"氏名": c.NAME, "住所": c.ADDRESS, "電話": c.PHONE})  # ensure_ascii: \\uXXXX
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"要約して: {record}"}])
    _assert_masked(_sent(upstream))


def test_a_value_found_once_is_masked_in_every_spelling(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    messages = [{"role": "system", "content": "基礎年金番号 1234-567890 の方の照会です。"},
                {"role": "user", "content": "控え １２３４５６７８９０、1234 567890、一二三四ー五六七八九〇 で確認。"}]
    azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    sent = upstream.requests[-1].json["messages"][1]["content"]
    assert sent.count("<PENSION_NUMBER_1>") == 3, sent


def test_ascii_escaped_digits_are_masked(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    escaped = "".join(f"\\u{ord(ch):04x}" for ch in c.PHONE)
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"電話 {escaped} に連絡"}])
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert escaped not in sent
    assert c.PHONE not in sent
    assert "<PHONE_NUMBER_1>" in sent


def test_a_value_found_once_is_masked_everywhere(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    messages = [{"role": "system", "content": "基礎年金番号 1234-567890 の方の照会です。"},
                {"role": "user", "content": "控えの番号 1234-567890 で確認してください。"}]
    azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    assert "1234-567890" not in _sent(upstream)


@pytest.mark.parametrize("extra", [
    {"metadata": {f"{c.NAME}さんの件": "x", "id": c.EMAIL}},
    {"messages": [{"role": "user", "content": [c.NAME, {"type": "text", "text": c.PHONE, "detail": c.EMAIL}]}]},
    {"tools": [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object", "properties": {"status": {"type": "string", "description": f"{c.NAME}の状態"}}}}}]},
    {"user": c.EMAIL, "safety_identifier": c.EMAIL},
])
def test_keys_and_nested_fields_are_inspected(gateway_url: str, client_key: str, upstream: FakeUpstream,
                                              extra: dict[str, object]) -> None:
    body = {"messages": [{"role": "user", "content": "こんにちは"}], **extra}
    response = httpx.post(f"{gateway_url}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
                          json=body, headers={"api-key": client_key}, timeout=20)
    assert response.status_code == 200
    _assert_masked(_sent(upstream))


def test_distinct_values_keep_distinct_placeholders(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    text = "連絡先は taro-y@example.jp と taroy@example.jp です"
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert answer.choices[0].message.content == f"ECHO: {text}"
    assert "<EMAIL_ADDRESS_2>" in _sent(upstream)


def test_escaped_placeholder_lookalikes_are_reserved(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    text = f"PHONE\\_NUMBER\\_1 の欄に {c.PHONE} を書く"
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert answer.choices[0].message.content == f"ECHO: {text}"
    assert "<PHONE_NUMBER_2>" in _sent(upstream)


def test_a_finish_in_the_same_chunk_as_the_last_text_keeps_the_order(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    upstream.enqueue(Behaviour(reply="了解です。PERSON_1", chunk_size=6))
    chunks = azure.chat.completions.create(model="gpt-4o", stream=True,
                                           messages=[{"role": "user", "content": f"{c.NAME}さん"}])
    assert "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices) == f"了解です。{c.NAME}"


@pytest.mark.parametrize(("path", "body", "code"), [
    ("/v1/embeddings", {"model": "e", "input": [[7410, 235, 39254]]}, "unsupported_content"),
    ("/v1/embeddings", {"model": "e", "input": [15, 16, 17]}, "unsupported_content"),
    ("/v1/responses", {"model": "m", "input": [{"type": "function_call_output", "call_id": "c",
                                                "output": [{"type": "input_image", "image_url": "data:,x"}]}]},
     "unsupported_content"),
    ("/v1/responses", {"model": "m", "input": "続き", "previous_response_id": "resp_1"}, "unsupported_parameter"),
    ("/v1/chat/completions", {"model": "m", "messages": [{"role": "user", "content": [{"type": ["text"]}]}]},
     "invalid_type"),
    ("/v1/chat/completions?api-version=2024-10-21%20" + c.NAME, {"model": "m", "messages": [
        {"role": "user", "content": "x"}]}, "invalid_api_version"),
])
def test_what_cannot_be_inspected_is_refused(gateway_url: str, client_key: str, upstream: FakeUpstream,
                                              path: str, body: dict[str, object], code: str) -> None:
    response = httpx.post(gateway_url + path, json=body, headers={"authorization": f"Bearer {client_key}"},
                          timeout=20)
    assert (response.status_code, response.json()["error"]["code"]) == (400, code)
    assert upstream.requests == []


def test_deeply_nested_arrays_are_a_clean_error(gateway_url: str, client_key: str) -> None:
    body = b'{"model": "m", "messages": [{"role": "user", "content": "x"}], "x": ' + b"[" * 10000 + b"]" * 10000 + b"}"
    response = httpx.post(f"{gateway_url}/v1/chat/completions", content=body, timeout=20,
                          headers={"authorization": f"Bearer {client_key}", "content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] in ("too_deeply_nested", "invalid_json")


def test_json_under_a_personal_key_is_masked_and_keys_renamed(gateway_url: str, client_key: str,
                                                              upstream: FakeUpstream) -> None:
    body = {"messages": [{"role": "user", "content": "x"}],
            "metadata": {c.NAME: json.dumps({"a": f"電話 {c.PHONE}", c.EMAIL: 1}, ensure_ascii=False)}}
    response = httpx.post(f"{gateway_url}/v1/chat/completions", json={"model": "gpt-4o", **body},
                          headers={"authorization": f"Bearer {client_key}"}, timeout=20)
    assert response.status_code == 200
    _assert_masked(_sent(upstream))


@pytest.mark.parametrize("field", ["role", "type"])
def test_free_text_in_enumeration_fields_is_still_inspected(gateway_url: str, client_key: str,
                                                            upstream: FakeUpstream, field: str) -> None:
    message = {"role": "user", "content": "x", field: f"{c.NAME} {c.PHONE}"}
    httpx.post(f"{gateway_url}/v1/chat/completions", json={"model": "gpt-4o", "messages": [message]},
               headers={"authorization": f"Bearer {client_key}"}, timeout=20)
    for request in upstream.requests:
        _assert_masked(request.body.decode())


def test_json_without_personal_data_is_forwarded_as_written(azure: openai.AzureOpenAI,
                                                            upstream: FakeUpstream) -> None:
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "[1,2,3]"}])
    assert upstream.requests[-1].json["messages"][0]["content"] == "[1,2,3]"


def test_a_lone_surrogate_in_embedded_json_is_not_a_500(gateway_url: str, client_key: str) -> None:
    body = '{"model": "gpt-4o", "messages": [{"role": "user", "content": "[\\"\\\\ud800\\"]"}]}'
    response = httpx.post(f"{gateway_url}/v1/chat/completions", content=body.encode(), timeout=20,
                          headers={"authorization": f"Bearer {client_key}", "content-type": "application/json"})
    assert response.status_code in (200, 400)


def test_long_runs_of_letters_do_not_stall_the_gateway(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "b" * 40001 + "-1"}])
    assert upstream.requests
