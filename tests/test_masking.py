"""Personal data is masked on the way out and put back on the way in: every field, both SDK styles."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import openai
import pytest

from gateway.storage.database import Database
from tests import canaries as c
from tests.conftest import API_VERSION, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer
from tests.records import record

PLACEHOLDER = re.compile(r"<([A-Z_]+)_(\d+)>")
PROMPT = f"{c.NAME}さん（電話 {c.PHONE}、メール {c.EMAIL}）の住所は{c.ADDRESS}です。"


def _sent(upstream: FakeUpstream) -> str:
    return upstream.requests[-1].body.decode()


def _assert_masked(text: str) -> None:
    for value in (c.NAME, c.PHONE, "09048217733", c.EMAIL, c.ADDRESS):
        assert value not in text


@pytest.mark.parametrize("style", ["azure", "oai"])
def test_chat_is_masked_upstream_and_restored_for_the_client(
    style: str, request: pytest.FixtureRequest, upstream: FakeUpstream, database: Database
) -> None:
    client = request.getfixturevalue(style)
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
    assert raw.parse().choices[0].message.content == f"ECHO: {PROMPT}"
    sent = upstream.requests[-1].json["messages"][0]["content"]
    _assert_masked(sent)
    assert {m.group(1) for m in PLACEHOLDER.finditer(sent)} >= {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"}
    stored = record(database, raw.headers["x-request-id"])
    assert stored["pii"]["PERSON"] == 1
    assert stored["pii"]["PHONE_NUMBER"] == 1
    assert c.NAME not in json.dumps(stored, default=str, ensure_ascii=False)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5, 7])
def test_streamed_answers_are_restored_whatever_the_split(
    azure: openai.AzureOpenAI, upstream: FakeUpstream, chunk_size: int
) -> None:
    upstream.enqueue(Behaviour(chunk_size=chunk_size))
    stream = azure.chat.completions.create(model="gpt-4o", stream=True,
                                           messages=[{"role": "user", "content": PROMPT}])
    deltas = [ch.choices[0].delta.content or "" for ch in stream if ch.choices]
    assert "".join(deltas) == f"ECHO: {PROMPT}"
    assert not any(PLACEHOLDER.search(d) or d.endswith("<") for d in deltas), "never half a placeholder"
    _assert_masked(_sent(upstream))


def test_model_variants_of_placeholders_are_restored(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    upstream.enqueue(Behaviour(reply="＜PERSON_1＞様、<person_1>さん、PERSON_1 さん、< PERSON_1 >"))
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"{c.NAME}さん"}])
    assert answer.choices[0].message.content == f"{c.NAME}様、{c.NAME}さん、{c.NAME} さん、{c.NAME}"


def test_the_same_value_written_differently_gets_one_placeholder(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    text = f"{c.PHONE} と {c.PHONE_FULLWIDTH} と 09048217733 は同じ番号です"
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert PLACEHOLDER.findall(sent) == [("PHONE_NUMBER", "1")] * 3


def test_a_users_own_placeholder_lookalike_is_never_confused_with_ours(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    text = f"テンプレートの <PERSON_1> を {c.NAME} に置き換えてください"
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert answer.choices[0].message.content == f"ECHO: {text}"
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert "<PERSON_1>" in sent
    assert "<PERSON_2>" in sent
    assert c.NAME not in sent


def test_my_number_is_blocked_and_never_sent(azure: openai.AzureOpenAI, upstream: FakeUpstream,
                                             database: Database) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.with_raw_response.create(
            model="gpt-4o", messages=[{"role": "user", "content": f"個人番号は {c.MY_NUMBER} です"}])
    assert caught.value.code == "pii_blocked"
    assert "マイナンバー" in caught.value.message
    assert c.MY_NUMBER not in caught.value.response.text
    assert upstream.requests == []
    stored = record(database, caught.value.response.headers["x-request-id"])
    assert stored["pii"] == {"MY_NUMBER": 1}
    assert stored["status"] == 400


def test_credentials_never_go_upstream_and_come_back_to_their_owner(azure: openai.AzureOpenAI,
                                                                     upstream: FakeUpstream) -> None:
    text = f"このキーで接続できません: {c.AWS_KEY}"
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert c.AWS_KEY not in _sent(upstream)
    assert "<CREDENTIAL_1>" in _sent(upstream)
    assert answer.choices[0].message.content == f"ECHO: {text}"


def test_redact_rule_masks_one_way(start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
                                   client_key: str) -> None:
    gw = start_gateway({"backends": {"primary": azure_backend(upstream)},
                        "deployments": {"*": {"backends": ["primary"]}}},
                       entities={"CREDENTIAL": {"threshold": 0.5, "action": "redact"}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    text = f"このキーで接続できません: {c.AWS_KEY}"
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    assert c.AWS_KEY not in _sent(upstream)
    assert answer.choices[0].message.content == "ECHO: このキーで接続できません: <REDACTED_CREDENTIAL>"


TOOLS = [{"type": "function", "function": {
    "name": "send_sms", "description": "住民に SMS を送る",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}}]


@pytest.mark.parametrize("stream", [False, True])
def test_tool_calls_round_trip(azure: openai.AzureOpenAI, upstream: FakeUpstream, stream: bool) -> None:
    prompt = f"CALL_TOOL {c.NAME}さんの {c.PHONE} に連絡して"
    messages: list[dict[str, object]] = [{"role": "user", "content": prompt}]
    if stream:
        arguments = ""
        for chunk in azure.chat.completions.create(model="gpt-4o", messages=messages, tools=TOOLS, stream=True):
            for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
                arguments += call.function.arguments or "" if call.function else ""
        call_id = "call_1"
    else:
        answer = azure.chat.completions.create(model="gpt-4o", messages=messages, tools=TOOLS)
        call = answer.choices[0].message.tool_calls[0]  # type: ignore[index]
        arguments, call_id = call.function.arguments, call.id  # type: ignore[union-attr]
    assert c.NAME in json.loads(arguments)["text"], "the tool receives the real values"
    _assert_masked(_sent(upstream))

    messages += [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function", "function": {"name": "send_sms", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": call_id, "content": f"{c.PHONE} に送信しました ({c.NAME})"},
        {"role": "user", "content": "ありがとう"},
    ]
    azure.chat.completions.create(model="gpt-4o", messages=messages, tools=TOOLS)
    seen = upstream.requests[-1].json
    _assert_masked(json.dumps(seen, ensure_ascii=False))
    sent_arguments = json.loads(seen["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert PLACEHOLDER.search(sent_arguments["text"]), "arguments stay valid JSON with placeholders inside"


def test_twenty_turn_conversation_keeps_placeholders_consistent(
    azure: openai.AzureOpenAI, upstream: FakeUpstream
) -> None:
    messages: list[dict[str, str]] = [{"role": "system", "content": "あなたは市役所の窓口支援AIです。"}]
    for turn in range(20):
        who = c.NAME if turn % 2 == 0 else c.NAME_2
        messages.append({"role": "user", "content": f"{turn}回目: {who}さん（{c.PHONE}）の件です"})
        answer = azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
        reply = answer.choices[0].message.content or ""
        assert c.NAME in reply or c.NAME_2 in reply
        messages.append({"role": "assistant", "content": reply})
        sent = json.dumps(upstream.requests[-1].json["messages"], ensure_ascii=False)
        _assert_masked(sent)
        assert c.NAME_2 not in sent
    # Every turn of the last request: the same person, the same placeholder
    last = upstream.requests[-1].json["messages"]
    first_user = PLACEHOLDER.findall(last[1]["content"])
    assert first_user == [("PERSON", "1"), ("PHONE_NUMBER", "1")]
    assert PLACEHOLDER.findall(last[3]["content"]) == [("PERSON", "2"), ("PHONE_NUMBER", "1")]


@pytest.mark.parametrize("style", ["azure", "oai"])
def test_embeddings_input_is_masked(style: str, request: pytest.FixtureRequest, upstream: FakeUpstream) -> None:
    client = request.getfixturevalue(style)
    client.embeddings.create(model="text-embedding-3-small", input=[PROMPT, f"{c.NAME}の相談記録"])
    _assert_masked(_sent(upstream))


@pytest.mark.parametrize("stream", [False, True])
def test_responses_api_is_masked_and_restored(oai: openai.OpenAI, upstream: FakeUpstream, stream: bool) -> None:
    if stream:
        events = list(oai.responses.create(model="gpt-4o", input=PROMPT, stream=True))
        text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        done = [e.text for e in events if e.type == "response.output_text.done"]
        assert done == [f"ECHO: {PROMPT}"]
    else:
        text = oai.responses.create(model="gpt-4o", input=[{"role": "user", "content": PROMPT}]).output_text
    assert text == f"ECHO: {PROMPT}"
    _assert_masked(_sent(upstream))


IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}


def test_parts_that_cannot_be_inspected_are_refused_unless_the_application_may(
    azure: openai.AzureOpenAI, upstream: FakeUpstream, start_gateway: Callable[..., GatewayServer],
    client_key: str,
) -> None:
    content = [{"type": "text", "text": f"{c.NAME}さんの写真です"}, IMAGE]
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": content}])  # type: ignore[misc]
    assert caught.value.code == "unsupported_content"
    assert upstream.requests == []

    gw = start_gateway({"backends": {"b": azure_backend(upstream)}},
                       {"applications": {"*": {"deployments": ["*"], "allow": {"unscanned_parts": True}}}})
    allowed = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    allowed.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": content}])  # type: ignore[misc]
    seen = upstream.requests[-1].json["messages"][0]["content"]
    assert seen[1] == IMAGE
    assert c.NAME not in seen[0]["text"]


@pytest.mark.parametrize("arguments", ["not json " + c.PHONE, json.dumps({"a": [[[{"b": c.PHONE}]]]})])
def test_odd_tool_arguments_are_still_masked(azure: openai.AzureOpenAI, upstream: FakeUpstream,
                                             arguments: str) -> None:
    messages = [
        {"role": "user", "content": "送って"},
        {"role": "assistant", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "f", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"},
    ]
    azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    assert c.PHONE not in _sent(upstream)


def test_nesting_beyond_the_limit_is_refused(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    deep: object = c.PHONE
    for _ in range(100):
        deep = {"x": deep}
    messages = [{"role": "user", "content": "x", "metadata_like": deep}]
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    assert caught.value.code == "too_deeply_nested"
    assert upstream.requests == []


def test_an_application_may_override_an_action(start_gateway: Callable[..., GatewayServer],
                                               upstream: FakeUpstream, client_key: str) -> None:
    overrides = {"PERSON": "allow", "EMAIL_ADDRESS": "block"}
    gw = start_gateway({"backends": {"b": azure_backend(upstream)}},
                       {"applications": {"*": {"deployments": ["*"], "pii": overrides}}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    allowed_name = "田中次郎"  # not a canary: this application sends names on purpose
    content = f"{allowed_name}さん {c.PHONE}"
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": content}])
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert sent.startswith(f"{allowed_name}さん <PHONE_NUMBER_1>")
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": c.EMAIL}])
    assert caught.value.code == "pii_blocked"


def test_unknown_content_part_types_are_refused(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    content = [{"type": "hologram", "hologram": f"{c.NAME}"}]
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": content}])  # type: ignore[misc]
    assert caught.value.code == "unsupported_content"
    assert upstream.requests == []


def test_a_message_near_the_size_limit_is_masked_whole(start_gateway: Callable[..., GatewayServer],
                                                       upstream: FakeUpstream, client_key: str) -> None:
    # About 700,000 characters: longer than the default 10 s detection budget covers (see README).
    gw = start_gateway({"detection": {"timeout": 300, "response_scan": False},
                        "backends": {"b": azure_backend(upstream)}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0,
                                timeout=360)
    line = f"相談記録: {c.NAME}さん（{c.PHONE}）から住所変更の相談があった。次回は来週。\n"
    text = line * (2_000_000 // len(line.encode()))
    assert 1_900_000 < len(text.encode()) < 2_000_000
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": text}])
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert c.NAME not in sent
    assert c.PHONE not in sent
    assert sent.count("<PERSON_1>") == text.count(c.NAME)


def test_an_application_may_be_stricter_than_the_rules(start_gateway: Callable[..., GatewayServer],
                                                       upstream: FakeUpstream, client_key: str) -> None:
    gw = start_gateway({"backends": {"b": azure_backend(upstream)}},
                       {"applications": {"*": {"deployments": ["*"], "pii": {"IP_ADDRESS": "block"}}}},
                       {"IP_ADDRESS": {"threshold": 0.5, "action": "allow"}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "接続元 192.168.10.23"}])
    assert caught.value.code == "pii_blocked"


def test_a_long_number_no_rule_names_is_masked_and_restored(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    prompt = "さっきの人の番号、メモだと 4817 2295 036 でした。予算は 12,345,678円。"
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    assert answer.choices[0].message.content == f"ECHO: {prompt}"
    sent = upstream.requests[-1].json["messages"][0]["content"]
    assert "4817 2295 036" not in sent
    assert "ID_NUMBER" in {m.group(1) for m in PLACEHOLDER.finditer(sent)}
    assert "12,345,678円" in sent  # an amount stays as written
