"""Two gateway processes on one PostgreSQL: any replica serves any request, every request leaves exactly one
record on the shared database, usage totals equal what was served, and killing a replica mid-stream loses
no acknowledged record while the other keeps serving.

The policy (shared counters in Redis) and audit (one hash chain) checks of issue 10 extend this test:
start Redis beside PostgreSQL, pass its URL in `env=` to `start_replicas`, then assert budgets and limits
across both replicas and `gateway audit verify` at the end.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from gateway.auth import KeyStore
from gateway.storage import migrate
from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage
from tests.conftest import azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import write_rules
from tests.postgres import PostgresServer, postgres_bin
from tests.records import record, records
from tests.replicas import GatewayProcess, start_replicas

pytestmark = pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL is not installed")
CHAT = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
REQUESTS = 40


@pytest.fixture
def shared(postgres: PostgresServer, session_upstream: FakeUpstream, tmp_path: Path
           ) -> Iterator[tuple[Database, str, list[GatewayProcess]]]:
    """Two replicas on one freshly migrated PostgreSQL database, and a client key."""
    url = postgres.url("replicas")
    db = Database(url)
    migrate.upgrade(db)
    key = KeyStore(db).create("replica-app", "情報政策課")
    rules = write_rules(tmp_path / "rules", {"upstream": {"read_timeout": 60},
                                             "backends": {"primary": azure_backend(session_upstream)},
                                             "deployments": {"*": {"backends": ["primary"]}}})
    replicas = start_replicas(2, rules, url)
    yield db, key, replicas
    for replica in replicas:
        replica.__exit__(None, None, None)
    db.close()


def _call(url: str, key: str, stream: bool, started: threading.Event | None = None) -> dict[str, Any]:
    """One chat request; its id, status, the usage the client was told, and whether it completed."""
    body: dict[str, Any] = {"messages": [{"role": "user", "content": "窓口の受付時間を教えてください"}]}
    if stream:
        body |= {"stream": True, "stream_options": {"include_usage": True}}
    seen: dict[str, Any] = {"complete": False, "usage": None}
    try:
        with httpx.stream("POST", f"{url}{CHAT}", headers={"api-key": key}, json=body, timeout=60) as response:
            seen |= {"id": response.headers["x-request-id"], "status": response.status_code}
            if not stream:
                seen |= {"usage": json.loads(response.read())["usage"], "complete": True}
                return seen
            for line in response.iter_lines():
                if started is not None:
                    started.set()
                if line == "data: [DONE]":
                    seen["complete"] = True
                elif line.startswith("data: {"):
                    seen["usage"] = json.loads(line[6:]).get("usage") or seen["usage"]
    except httpx.HTTPError:
        pass  # cut by the replica's death
    return seen


def test_two_replicas_share_one_database_and_lose_no_acknowledged_record(
    shared: tuple[Database, str, list[GatewayProcess]], upstream: FakeUpstream
) -> None:
    db, key, (first, second) = shared
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda i: _call((first, second)[i % 2].url, key, stream=i % 3 == 0),
                                range(REQUESTS)))
    assert [a["status"] for a in answers] == [200] * REQUESTS
    assert all(a["complete"] for a in answers)
    for answer in answers:
        assert record(db, answer["id"])["status"] == 200  # exactly one record each, whichever replica served it
    with db.engine.connect() as conn:
        served = conn.execute(select(func.count()).select_from(exchanges)
                              .where(exchanges.c.app == "replica-app")).scalar_one()
        tokens = conn.execute(select(func.sum(usage.c.prompt_tokens + usage.c.completion_tokens))
                              .where(usage.c.exchange_id.in_([a["id"] for a in answers]))).scalar_one()
    assert served == REQUESTS
    assert tokens == sum(a["usage"]["total_tokens"] for a in answers), "usage totals equal what was served"

    # A replica dies (SIGKILL) with a stream in flight: the other keeps serving, nothing acknowledged is lost.
    upstream.enqueue(Behaviour(slow_stream=0.5, chunk_size=1, reply="とても長い答えです。" * 5))
    started = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        in_flight = pool.submit(_call, first.url, key, True, started)
        assert started.wait(30)
        first.kill()
        cut = in_flight.result(timeout=30)
    assert not cut["complete"]
    after = _call(second.url, key, stream=False)
    assert after["status"] == 200
    assert records(db, after["id"]), "a non-streamed answer is recorded before the client receives it"
    for answer in answers:
        assert len(records(db, answer["id"])) == 1
    assert len(records(db, cut["id"])) <= 1
