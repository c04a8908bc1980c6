"""One audit record per request, whatever its outcome; GET /admin/audit for auditors and admins only."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import httpx
import openai
import pytest

from gateway.auth import KeyStore
from tests import canaries
from tests.conftest import API_VERSION

FIELDS = {"at", "request_id", "app", "department", "user", "client", "route", "deployment", "decision", "reason",
          "findings", "tokens", "cost_jpy", "status", "upstream_ms", "total_ms", "rules_version"}


@pytest.fixture(scope="module")
def auditor(keys: KeyStore) -> str:
    return keys.create("audit-desk", "監査委員事務局", "auditor", "auditor-0002")


@pytest.fixture(scope="module")
def admin(keys: KeyStore) -> str:
    return keys.create("admin-desk", "情報政策課", "admin", "admin-0001")


def _find(gateway_url: str, key: str, **params: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{gateway_url}/admin/audit", params=params, headers={"api-key": key}, timeout=20)
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


@pytest.mark.storage  # on SQLite and PostgreSQL: search and export are SQL on the chain
def test_every_outcome_leaves_one_record_under_the_id_the_client_got(
        gateway_url: str, client_key: str, auditor: str, upstream: Any) -> None:
    azure = openai.AzureOpenAI(azure_endpoint=gateway_url, api_key=client_key, api_version=API_VERSION,
                               max_retries=0)
    served = azure.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": f"{canaries.NAME}さんへの返信を作って"}])
    blocked = httpx.post(f"{gateway_url}/openai/deployments/gpt-4o/chat/completions?api-version={API_VERSION}",
                         headers={"api-key": client_key},
                         json={"messages": [{"role": "user", "content": f"個人番号は{canaries.MY_NUMBER}です"}]})
    unknown_key = httpx.post(f"{gateway_url}/v1/chat/completions", headers={"authorization": "Bearer gw-nope"},
                             json={"model": "gpt-4o", "messages": []})
    assert (blocked.status_code, unknown_key.status_code) == (400, 401)
    ids = {"served": served.headers["x-request-id"], "blocked": blocked.headers["x-request-id"],
           "refused": unknown_key.headers["x-request-id"]}
    records = {name: _find(gateway_url, auditor, request_id=rid) for name, rid in ids.items()}
    assert all(len(found) == 1 for found in records.values()), records
    served_record = records["served"][0]
    assert served_record.keys() >= FIELDS
    assert served_record["decision"] == "served"
    assert served_record["status"] == 200
    assert served_record["department"] == "情報政策課"
    assert served_record["app"] == "test-app"
    assert served_record["route"] == "/openai/deployments/{deployment}/chat/completions"  # as declared, never raw
    assert served_record["client"] == "127.0.0.1"
    assert served_record["findings"]["PERSON"]["action"] == "pseudonymize"
    assert served_record["findings"]["PERSON"]["count"] >= 1
    assert len(served_record["rules_version"]) == 64
    assert len(served_record["hash"]) == 64
    blocked_record = records["blocked"][0]
    assert (blocked_record["decision"], blocked_record["reason"]) == ("blocked", "pii_blocked")
    assert blocked_record["findings"]["MY_NUMBER"]["action"] == "block"
    assert records["refused"][0]["decision"] == "refused"
    assert records["refused"][0]["app"] is None
    assert _find(gateway_url, auditor, entity="MY_NUMBER", department="情報政策課", decision="blocked")
    text = json.dumps(records, ensure_ascii=False)
    assert not [value for value in canaries.ALL if value in text]


@pytest.mark.storage
def test_a_stream_is_recorded_before_its_last_event(gateway_url: str, client_key: str, auditor: str,
                                                    upstream: Any) -> None:
    oai = openai.OpenAI(base_url=f"{gateway_url}/v1", api_key=client_key, max_retries=0)
    with oai.chat.completions.with_streaming_response.create(
            model="gpt-4o", stream=True, messages=[{"role": "user", "content": "こんにちは"}]) as response:
        rid = response.headers["x-request-id"]
        lines = list(response.iter_lines())
        assert lines[-1].strip() in ("data: [DONE]", "")
    found = _find(gateway_url, auditor, request_id=rid)  # asked right after the last byte
    assert len(found) == 1
    assert found[0]["stream"] is True
    assert found[0]["decision"] == "served"


@pytest.mark.parametrize("role", ["client", "none", "bad"])
def test_audit_is_closed_to_client_keys_and_strangers(gateway_url: str, client_key: str, role: str) -> None:
    headers = {"client": {"api-key": client_key}, "none": {}, "bad": {"api-key": "gw-unknown"}}[role]
    response = httpx.get(f"{gateway_url}/admin/audit", headers=headers)
    assert response.status_code == (403 if role == "client" else 401)
    assert response.json()["error"]["code"] == ("permission_denied" if role == "client" else "invalid_api_key")


def test_admins_and_auditors_may_search(gateway_url: str, auditor: str, admin: str) -> None:
    for key in (auditor, admin):
        assert httpx.get(f"{gateway_url}/admin/audit", headers={"api-key": key}).status_code == 200


@pytest.mark.parametrize(("params", "param"), [
    ({"from": "2026-13-01"}, "from"),
    ({"from": "2026-11-01'; DROP TABLE audit_records; --"}, "from"),
    ({"from": "2026-11-10", "to": "2026-11-01"}, "to"),
    ({"from": "2000-01-01", "to": "2999-12-31"}, "to"),
    ({"entity": "' OR 1=1 --"}, "entity"),
    ({"entity": "PERSON%"}, "entity"),
    ({"decision": "everything"}, "decision"),
    ({"limit": "99999999999999999999999"}, "limit"),
    ({"after": "-1"}, "after"),
    ({"format": "xml"}, "format"),
    ({"department": "x" * 500}, "department"),
    ({"sort": "seq"}, "sort"),
])
def test_hostile_parameters_get_a_clear_400(gateway_url: str, auditor: str, params: dict[str, str],
                                            param: str) -> None:
    response = httpx.get(f"{gateway_url}/admin/audit", params=params, headers={"api-key": auditor})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_parameter", param)
    assert any("\u3040" <= ch <= "\u30ff" for ch in error["message"])  # Japanese for staff


@pytest.mark.storage
def test_exports_stream_csv_and_json_lines_and_are_themselves_recorded(
        gateway_url: str, client_key: str, auditor: str, upstream: Any) -> None:
    httpx.post(f"{gateway_url}/v1/chat/completions", headers={"api-key": client_key},
               json={"model": "gpt-4o", "messages": [{"role": "user", "content": f"{canaries.PHONE}に電話して"}]})
    with httpx.stream("GET", f"{gateway_url}/admin/audit", params={"format": "csv", "app": "test-app"},
                      headers={"api-key": auditor}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        body = response.read().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows
    assert all(row["app"] == "test-app" for row in rows)
    assert any("PHONE_NUMBER×" in row["findings"] for row in rows)
    lines = httpx.get(f"{gateway_url}/admin/audit", params={"format": "jsonl"}, headers={"api-key": auditor}).text
    records = [json.loads(line) for line in lines.splitlines()]
    assert [r["seq"] for r in records] == sorted(r["seq"] for r in records)
    exports = [r for r in records if r["kind"] == "audit.exported"]  # the whole day, however many records
    # which free-text filters were used, never their values (a user or department filter may name a person)
    assert any(e["details"].get("format") == "csv" and e["details"].get("filtered_by") == "app" for e in exports)
    assert not any("test-app" in json.dumps(e["details"]) for e in exports)
    assert not [value for value in canaries.ALL if value in body + lines]


@pytest.mark.storage
def test_pages_follow_one_another(gateway_url: str, auditor: str) -> None:
    first = httpx.get(f"{gateway_url}/admin/audit", params={"limit": "2"}, headers={"api-key": auditor}).json()
    assert len(first["data"]) == 2
    assert first["has_more"]
    second = httpx.get(f"{gateway_url}/admin/audit", params={"limit": "2", "after": str(first["next_after"])},
                       headers={"api-key": auditor}).json()
    assert second["data"][0]["seq"] > first["data"][1]["seq"]
