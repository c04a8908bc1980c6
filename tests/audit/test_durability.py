"""Nothing acknowledged is lost: a gateway killed with SIGKILL under load leaves a chain that verifies and
holds every answered request; a record that cannot be written withholds the answer (503); a missing or
wrong signing key stops the gateway at start-up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text

from gateway.audit.chain import checkpoint_now
from gateway.audit.config import AuditSettings
from gateway.audit.events import AuditEvent, record_event
from gateway.audit.signing import generate, load_signer
from gateway.audit.verify import verify
from gateway.auth import KeyStore
from gateway.storage.database import Database
from gateway.storage.migrate import open_database
from gateway.storage.schema import audit_records
from tests.conftest import API_VERSION, azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import GatewayServer, write_rules
from tests.replicas import GatewayProcess


@pytest.fixture
def killed_db(tmp_path: Path, session_upstream: FakeUpstream) -> Iterator[tuple[Database, list[str]]]:
    """A gateway process under concurrent load, SIGKILLed mid-way; its database and the ids clients got back."""
    url = f"sqlite:///{tmp_path / 'killed.db'}"
    db = open_database(url)
    key = KeyStore(db).create("load-app", "情報政策課")
    rules = write_rules(tmp_path / "rules", {
        "upstream": {"retries": 0},
        "backends": {"primary": azure_backend(session_upstream)},
        "deployments": {"*": {"backends": ["primary"]}},
        "audit": {"checkpoint_every": 25, "checkpoint_seconds": 1},
    })
    gateway = GatewayProcess(rules, url).wait_ready(timeout=180)
    base = gateway.url
    deadline = time.monotonic() + 180
    acknowledged: list[str] = []
    stop = threading.Event()

    def load() -> None:
        with httpx.Client(timeout=10) as client:
            while not stop.is_set():
                try:
                    response = client.post(
                        f"{base}/openai/deployments/gpt-4o/chat/completions?api-version={API_VERSION}",
                        headers={"api-key": key}, json={"messages": [{"role": "user", "content": "議事録の要約"}]})
                except httpx.HTTPError:
                    return
                if response.status_code == 200:
                    acknowledged.append(response.headers["x-request-id"])

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    while len(acknowledged) < 60 and time.monotonic() < deadline:
        time.sleep(0.05)
    gateway.kill()
    gateway.log.close()
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    yield db, acknowledged
    db.close()


def test_sigkill_under_load_loses_no_acknowledged_record(killed_db: tuple[Database, list[str]]) -> None:
    db, acknowledged = killed_db
    assert len(acknowledged) >= 60
    result = verify(db, load_signer(AuditSettings()).public)
    assert result.ok, result.problem
    assert result.checkpoints >= 1
    with db.engine.connect() as conn:
        stored = set(conn.execute(select(audit_records.c.request_id)).scalars())
    assert [rid for rid in acknowledged if rid not in stored] == []


@pytest.mark.storage
def test_an_answer_whose_record_cannot_be_written_is_withheld(tmp_path: Path, session_upstream: FakeUpstream,
                                                               upstream: FakeUpstream, empty_url: str,
                                                               fresh_db: Database) -> None:
    db = fresh_db
    key = KeyStore(db).create("broken-app", "情報政策課")
    rules = write_rules(tmp_path / "rules", {"backends": {"primary": azure_backend(session_upstream)},
                                            "deployments": {"*": {"backends": ["primary"]}}})
    with GatewayServer.from_rules(rules, empty_url) as gw:
        chat = f"{gw.url}/v1/chat/completions"
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "こんにちは"}]}
        assert httpx.post(chat, headers={"api-key": key}, json=body).status_code == 200
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE audit_records"))  # the log can no longer be written
        refused = httpx.post(chat, headers={"api-key": key}, json=body)
        assert refused.status_code == 503
        # SQLite reports a missing table as an operational error, so readiness also marks the database down
        assert refused.json()["error"]["code"] in ("audit_unavailable", "storage_unavailable")
        streamed = httpx.post(chat, headers={"api-key": key}, json={**body, "stream": True}).text
        assert "audit_unavailable" in streamed or "storage_unavailable" in streamed  # never an answer that ends
        assert "[DONE]" not in streamed


def test_a_missing_signing_key_stops_the_gateway_at_start(tmp_path: Path) -> None:
    rules = write_rules(tmp_path / "rules", {"audit": {"signing_key_file": str(tmp_path / "absent.key")}})
    status, log = GatewayProcess(rules, f"sqlite:///{tmp_path / 'g.db'}").exited()
    assert status == 2
    assert "監査ログの署名鍵がありません" in log
    assert "absent.key" in log


def test_a_signing_key_that_is_not_the_chains_stops_the_gateway(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    db = open_database(url)
    record_event(db, AuditEvent("key.created", "cli", {"key_id": "k1"}))
    checkpoint_now(db, load_signer(AuditSettings()))
    db.close()
    rules = write_rules(tmp_path / "rules", {})
    other = generate()[0].decode()
    status, log = GatewayProcess(rules, url, env={"GATEWAY_AUDIT_SIGNING_KEY": other}).exited()
    assert status == 2
    assert "署名鍵が、これまでのチェックポイントの鍵" in log
    status, log = GatewayProcess(rules, url, env={"GATEWAY_AUDIT_SIGNING_KEY": "not a key"}).exited()
    assert status == 2
    assert "Ed25519 の秘密鍵ではありません" in log
