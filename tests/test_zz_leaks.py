"""After the whole suite: no canary value reached the upstream, a log line or a stored record."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from gateway.storage.database import Database
from gateway.storage.schema import metadata
from tests import canaries
from tests.conftest import AUDIT_PRIVATE_KEY, UPSTREAM_KEY, LogRecorder
from tests.fake_upstream import Recorded

pytestmark = [pytest.mark.last, pytest.mark.storage]  # the stored records are checked on every backend


def _stored_text(database: Database) -> str:
    with database.engine.connect() as conn:
        return "\n".join(str(list(conn.execute(select(table)))) for table in metadata.sorted_tables)


def _received_text(received: list[Recorded]) -> str:
    return "\n".join(f"{r.path} {r.query} {r.headers} {r.body.decode('utf-8', 'replace')}" for r in received)


def test_no_personal_data_went_upstream(upstream_received: list[Recorded]) -> None:
    assert upstream_received, "the suite sent requests upstream"
    received = _received_text(upstream_received)
    leaked = [value for value in canaries.ALL if value in received]
    assert leaked == []


def test_no_personal_data_or_keys_in_logs(session_log: LogRecorder, client_key: str) -> None:
    assert session_log.lines, "the gateway logged"
    secrets = (*canaries.ALL, UPSTREAM_KEY, client_key)
    leaking = [line[:200] for line in session_log.lines if any(value in line for value in secrets)]
    assert leaking == []


def test_no_personal_data_or_keys_in_stored_records(database: Database, client_key: str) -> None:
    stored = _stored_text(database)
    assert "chat.completions" in stored
    leaked = [value for value in (*canaries.ALL, client_key) if value in stored]
    assert leaked == []


def test_no_personal_data_in_metrics(gateway_url: str) -> None:
    metrics = httpx.get(f"{gateway_url}/metrics").text
    assert "gateway_pii_findings_total" in metrics
    assert [value for value in canaries.ALL if value in metrics] == []


def test_client_keys_never_went_upstream(upstream_received: list[Recorded], client_key: str) -> None:
    assert client_key not in _received_text(upstream_received)


def test_no_personal_data_in_audit_exports_or_the_auditor_page(gateway_url: str, meter_keys: dict[str, str]) -> None:
    auditor = {"api-key": meter_keys["auditor"]}
    exports = "".join(httpx.get(f"{gateway_url}/admin/audit", params={"format": fmt}, headers=auditor, timeout=60).text
                      for fmt in ("jsonl", "csv"))
    assert "chat.completions" in exports
    client = httpx.Client(base_url=gateway_url)
    token = client.get("/ui/login").text.split('name="_csrf_token" value="', 1)[1].split('"', 1)[0]
    client.post("/ui/login", data={"key": meter_keys["auditor"], "_csrf_token": token})
    page = client.get("/ui/", params={"limit": "1000"}).text
    assert "records" in page
    leaked = [value for value in canaries.ALL if value in exports + page]
    assert leaked == []


def test_the_audit_signing_key_is_never_logged_or_stored(session_log: LogRecorder, database: Database) -> None:
    key_lines = [line.strip() for line in AUDIT_PRIVATE_KEY.decode().splitlines() if "-----" not in line]
    stored = _stored_text(database) + "\n".join(session_log.lines)
    assert [line for line in key_lines if line in stored] == []
