"""Records that applications send as JSON (tool results, pasted exports): each value is read with its field name as
its label, integers included, and comes back to the caller."""

from __future__ import annotations

import json

import openai
import pytest

from tests.fake_upstream import FakeUpstream

RECORD = {
    "shimei": "佐藤 花子",
    "techo_no": "80-4799",  # a 障害者手帳 number: too short for any rule without its label
    "kouza": 3021447,  # an account number stored as an integer
    "tel": "0312345678",
    "count": 1200,
    "user_id": 42,
}


def _sent(upstream: FakeUpstream) -> str:
    return upstream.requests[-1].body.decode()


def test_a_records_values_are_masked_by_their_field_names_and_restored(azure: openai.AzureOpenAI,
                                                                        upstream: FakeUpstream) -> None:
    prompt = json.dumps(RECORD, ensure_ascii=False)
    answer = azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    content = answer.choices[0].message.content or ""
    restored = json.loads(content.removeprefix("ECHO: "))
    # every value comes back; an integer that was masked comes back as its digits in a string
    assert {k: str(v) for k, v in restored.items()} == {k: str(v) for k, v in RECORD.items()}
    sent = json.loads(upstream.requests[-1].json["messages"][0]["content"])
    for key in ("shimei", "techo_no", "kouza", "tel"):
        assert str(RECORD[key]) not in json.dumps(sent, ensure_ascii=False), key
        assert str(sent[key]).startswith("<"), key
    assert sent["count"] == 1200, "counts and ids stay numbers, as sent"
    assert sent["user_id"] == 42


def test_a_tool_result_with_a_my_number_integer_is_refused(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    requests_before = len(upstream.requests)
    messages = [
        {"role": "user", "content": "住民記録を確認して"},
        {"role": "assistant", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": json.dumps({"kojin_no": 123456789018})},
    ]
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    assert caught.value.code == "pii_blocked"
    assert len(upstream.requests) == requests_before, "nothing went upstream"
    assert "123456789018" not in str(caught.value)


def test_a_field_name_in_a_log_line_labels_its_value(azure: openai.AzureOpenAI, upstream: FakeUpstream) -> None:
    log = "2026-03-02 10:11:12 ERROR update failed for kaigo_no=0123456789 techo=80-4799 order_id=12345678"
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": f"原因は？\n{log}"}])
    sent = _sent(upstream)
    assert "0123456789" not in sent
    assert "80-4799" not in sent
    assert "order_id=12345678" in sent, "an order number is no personal data"


@pytest.mark.parametrize(
    "record",
    [
        {"count": "80-4799", "techo_no": "80-4799"},  # the same value under a field that names it and one that does not
        {"techo": {"no": "80-4799"}},  # a nested field: its parent's name too
        {"techo_no": ["80-4799"]},  # the items of a list: the list's name
    ],
)
def test_a_value_is_read_with_every_field_name_that_holds_it(azure: openai.AzureOpenAI, upstream: FakeUpstream,
                                                              record: dict[str, object]) -> None:
    azure.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": json.dumps(record)}])
    assert "80-4799" not in _sent(upstream)


def test_a_float_a_data_frame_wrote_is_read_and_a_timestamp_stays(azure: openai.AzureOpenAI,
                                                                   upstream: FakeUpstream) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        azure.chat.completions.create(model="gpt-4o", messages=[
            {"role": "user", "content": json.dumps({"kojin_no": 123456789018.0})}])
    assert caught.value.code == "pii_blocked"
    azure.chat.completions.create(model="gpt-4o", messages=[
        {"role": "user", "content": json.dumps({"timestamp": 1733011200, "population": 12345678})}])
    sent = json.loads(upstream.requests[-1].json["messages"][0]["content"])
    assert sent == {"timestamp": 1733011200, "population": 12345678}
