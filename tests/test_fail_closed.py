"""PostgreSQL going away, at start-up or mid-run: /readyz turns false, requests are refused with a clear
503 (never served unrecorded), and service resumes by itself when the database returns."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway.auth import KeyStore
from gateway.storage import migrate
from gateway.storage.database import Database
from tests.conftest import LogRecorder, azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import GatewayServer, write_rules
from tests.postgres import PostgresServer, postgres_bin
from tests.records import record

pytestmark = pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL is not installed")
CHAT = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[tuple[PostgresServer, str, str]]:
    """A PostgreSQL of this module's own (it is stopped and started), migrated, with one client key."""
    with PostgresServer() as server:
        url = server.url("failclosed")
        db = Database(url)
        migrate.upgrade(db)
        key = KeyStore(db).create("fail-app", "情報政策課")
        db.close()
        yield server, url, key


def _chat(url: str, key: str) -> httpx.Response:
    return httpx.post(f"{url}{CHAT}", headers={"api-key": key}, timeout=20,
                      json={"messages": [{"role": "user", "content": "こんにちは"}]})


def _wait_ready(url: str, timeout: float = 15) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = httpx.get(f"{url}/readyz", timeout=10)
        if ready.status_code == 200:
            return ready
        time.sleep(0.2)
    raise AssertionError(f"not ready again after {timeout}s: {ready.text}")


def _assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "storage_unavailable"
    assert error["type"] == "api_error"
    assert "データベース" in error["message"]
    assert "管理者" in error["message"]
    assert response.headers["retry-after"].isdigit()


def test_database_lost_mid_run_refuses_then_resumes(
    own_postgres: tuple[PostgresServer, str, str], session_upstream: FakeUpstream, session_log: LogRecorder,
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    server, url, key = own_postgres
    rules = write_rules(tmp_path / "rules", {"backends": {"primary": azure_backend(session_upstream)},
                                             "deployments": {"*": {"backends": ["primary"]}}})
    db = Database(url)
    with GatewayServer.from_rules(rules, url) as gw:
        assert _chat(gw.url, key).status_code == 200
        served = len(upstream.requests)
        server.stop()
        try:
            for _ in range(3):  # the first request finds out; the next ones are refused at once
                _assert_refused(_chat(gw.url, key))
            ready = httpx.get(f"{gw.url}/readyz", timeout=10)
            assert ready.status_code == 503
            assert ready.json()["checks"]["storage"] == "unreachable"
            assert len(upstream.requests) == served, "nothing was forwarded while the database was away"
        finally:
            server.start()
        assert _wait_ready(gw.url).json()["checks"]["storage"] == "ok"
        answer = _chat(gw.url, key)
        assert answer.status_code == 200
        assert record(db, answer.headers["x-request-id"])["status"] == 200
    db.close()


def test_database_unreachable_at_start_up_then_serving_when_it_comes(
    own_postgres: tuple[PostgresServer, str, str], session_upstream: FakeUpstream, session_log: LogRecorder,
    tmp_path: Path, upstream: FakeUpstream
) -> None:
    server, url, key = own_postgres
    rules = write_rules(tmp_path / "rules", {"backends": {"primary": azure_backend(session_upstream)},
                                             "deployments": {"*": {"backends": ["primary"]}}})
    server.stop()
    with GatewayServer.from_rules(rules, url) as gw:
        assert httpx.get(f"{gw.url}/healthz", timeout=10).status_code == 200, "alive, just not ready"
        assert httpx.get(f"{gw.url}/readyz", timeout=10).status_code == 503
        _assert_refused(_chat(gw.url, key))
        server.start()
        _wait_ready(gw.url)
        assert _chat(gw.url, key).status_code == 200
    assert not [line for line in session_log.lines if key in line]
