"""After the whole suite: no canary value reached the upstream, a log line or a stored record."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from gateway.storage.database import Database
from gateway.storage.schema import metadata
from tests import canaries
from tests.conftest import UPSTREAM_KEY, LogRecorder
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
