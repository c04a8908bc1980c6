"""Two gateway processes on one PostgreSQL and one Redis, under concurrent load: any replica serves any request,
every request leaves exactly one record on the shared database, usage totals equal what was served, request
limits and budgets hold exactly across both replicas, the audit chain they share verifies (`gateway audit
verify`), and killing a replica mid-stream loses no acknowledged record while the other keeps serving.

The tests of this module run in order on the same two replicas; the last one kills the first replica.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from sqlalchemy import func, select

from gateway.auth import KeyStore
from gateway.storage import migrate
from gateway.storage.database import Database
from gateway.storage.schema import audit_records, exchanges, usage
from tests.conftest import TEST_PRICING, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import write_rules
from tests.limits_helpers import burst, check_refusals, ledger, outcomes
from tests.postgres import PostgresServer, postgres_bin
from tests.records import record, records
from tests.replicas import ROOT, GatewayProcess, start_replicas

pytestmark = pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL is not installed")
CHAT = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
REQUESTS = 40
RPM = 30  # the request limit of RPM_APP, shared by both replicas
BUDGET_JPY = Decimal(2)  # BUDGET_DEPARTMENT's month: a few dozen requests at TEST_PRICING
RPM_APP, BUDGET_APP, BUDGET_DEPARTMENT = "rpm-app", "budget-app", "予算課"


@dataclass
class Shared:
    """The two replicas, their database, Redis and rules, and a client key without limits."""

    db: Database
    url: str
    redis_url: str
    rules: Path
    key: str
    replicas: list[GatewayProcess]


@pytest.fixture(scope="module")
def shared(postgres: PostgresServer, redis_url: str, session_upstream: FakeUpstream,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    """Two replicas on one freshly migrated PostgreSQL database and one Redis."""
    url = postgres.url("replicas")
    db = Database(url)
    migrate.upgrade(db)
    key = KeyStore(db).create("replica-app", "情報政策課")
    rules = write_rules(tmp_path_factory.mktemp("replicas") / "rules", {
        "upstream": {"retries": 0, "read_timeout": 60},
        "backends": {"primary": azure_backend(session_upstream)},
        "deployments": {"*": {"backends": ["primary"]}},
        "audit": {"checkpoint_every": 25, "checkpoint_seconds": 1},
    }, policy={
        "applications": {"*": {}, RPM_APP: {"limits": {"requests_per_minute": RPM}},
                         BUDGET_APP: {"max_tokens": {"cap": 50, "over": "clamp"}}},
        "departments": {BUDGET_DEPARTMENT: {"monthly_budget_jpy": float(BUDGET_JPY)}},
    }, pricing=TEST_PRICING)
    replicas = start_replicas(2, rules, url, env={"GATEWAY_REDIS_URL": redis_url})
    yield Shared(db, url, redis_url, rules, key, replicas)
    for replica in replicas:
        replica.__exit__(None, None, None)
    db.close()


def _call(url: str, key: str, stream: bool, started: threading.Event | None = None) -> dict[str, Any]:
    """One chat request; its id, status, the usage the client was told, and whether it completed."""
    body: dict[str, Any] = {"messages": [{"role": "user", "content": "窓口の受付時間を教えてください"}]}
    if stream:
        body |= {"stream": True, "stream_options": {"include_usage": True}}
    seen: dict[str, Any] = {"complete": False, "usage": None, "status": None}
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


def _told_tokens(answers: list[dict[str, Any]]) -> int:
    return sum(a["usage"]["total_tokens"] for a in answers)


def _ledger_tokens(db: Database, ids: list[str]) -> int:
    with db.engine.connect() as conn:
        total = conn.execute(select(func.sum(usage.c.prompt_tokens + usage.c.completion_tokens))
                             .where(usage.c.exchange_id.in_(ids))).scalar_one()
    return int(total or 0)


def _audited(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.execute(select(audit_records.c.request_id)).scalars())


def _verify(shared: Shared) -> subprocess.CompletedProcess[str]:
    """`gateway audit verify` on the shared PostgreSQL chain, as the security officer runs it."""
    return subprocess.run([sys.executable, "-m", "gateway", "audit", "verify", "--rules", str(shared.rules)],
                          cwd=ROOT, env={**os.environ, "GATEWAY_DATABASE_URL": shared.url},
                          capture_output=True, text=True, timeout=120, check=False)


def _fresh_minute() -> None:
    """Start a burst early in a minute, so its request window is one window."""
    if time.time() % 60 > 45:
        time.sleep(61 - time.time() % 60)


def test_any_replica_serves_and_records_every_request(shared: Shared, upstream: FakeUpstream) -> None:
    first, second = shared.replicas
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda i: _call((first, second)[i % 2].url, shared.key, stream=i % 3 == 0),
                                range(REQUESTS)))
    assert [a["status"] for a in answers] == [200] * REQUESTS
    assert all(a["complete"] for a in answers)
    for answer in answers:
        assert record(shared.db, answer["id"])["status"] == 200  # exactly one record, whichever replica served it
    with shared.db.engine.connect() as conn:
        served = conn.execute(select(func.count()).select_from(exchanges)
                              .where(exchanges.c.app == "replica-app")).scalar_one()
    assert served == REQUESTS
    assert _ledger_tokens(shared.db, [a["id"] for a in answers]) == _told_tokens(answers), \
        "usage totals equal what was served"
    assert {a["id"] for a in answers} <= _audited(shared.db)


def test_a_request_limit_holds_exactly_across_both_replicas(shared: Shared, upstream: FakeUpstream) -> None:
    key = KeyStore(shared.db).create(RPM_APP, "市民課")
    _fresh_minute()
    upstream.set_default(Behaviour(delay=0.2))  # answers overlap: both replicas admit concurrently
    try:
        responses = burst([r.url for r in shared.replicas], key, count=3 * RPM)
    finally:
        upstream.set_default(None)
    counts = outcomes(responses)
    assert counts == {"ok": RPM, "rate_limit_exceeded": 2 * RPM}, counts
    check_refusals(responses, {"rate_limit_exceeded"})
    with shared.db.engine.connect() as conn:
        served = conn.execute(select(func.count()).select_from(exchanges)
                              .where(exchanges.c.app == RPM_APP, exchanges.c.status == 200)).scalar_one()
    assert served == RPM


def test_a_budget_holds_across_both_replicas(shared: Shared, upstream: FakeUpstream) -> None:
    key = KeyStore(shared.db).create(BUDGET_APP, BUDGET_DEPARTMENT)
    upstream.set_default(Behaviour(delay=0.2))
    try:
        responses = burst([r.url for r in shared.replicas], key, count=120)
    finally:
        upstream.set_default(None)
    counts = outcomes(responses)
    assert counts["ok"] >= 1
    assert counts["budget_exceeded"] >= 1
    assert set(counts) == {"ok", "budget_exceeded"}, counts
    check_refusals(responses, {"budget_exceeded"})
    tokens, yen = ledger(shared.db, "department", BUDGET_DEPARTMENT)
    assert yen <= BUDGET_JPY
    answered = [r.headers["x-request-id"] for r in responses if r.status_code == 200]
    assert _ledger_tokens(shared.db, answered) == tokens
    assert tokens == sum(r.json()["usage"]["total_tokens"] for r in responses if r.status_code == 200)
    counters = redis.Redis.from_url(shared.redis_url)
    budget = [k for k in counters.keys("{gw}:budget:department:*") if BUDGET_DEPARTMENT.encode() in k]
    assert len(budget) == 1
    assert int(counters.get(budget[0]) or 0) == int(yen * 1_000_000)  # settled: the counter is the ledger


def test_sigkill_mid_stream_loses_no_acknowledged_record_and_the_chain_verifies(
        shared: Shared, upstream: FakeUpstream) -> None:
    first, second = shared.replicas
    upstream.enqueue(Behaviour(slow_stream=0.5, chunk_size=1, reply="とても長い答えです。" * 5))
    started, stop = threading.Event(), threading.Event()
    answered: list[dict[str, Any]] = []

    def load(i: int) -> None:  # both replicas under load while the first one dies
        while not stop.is_set():
            answered.append(_call((first, second)[i % 2].url, shared.key, stream=i % 3 == 0))

    with ThreadPoolExecutor(7) as pool:
        in_flight = pool.submit(_call, first.url, shared.key, True, started)  # takes the slow stream
        assert started.wait(30)
        loads = [pool.submit(load, i) for i in range(6)]
        time.sleep(1)
        first.kill()
        time.sleep(1)
        stop.set()
        cut = in_flight.result(timeout=30)
        for done in loads:
            done.result(timeout=60)
    assert not cut["complete"]
    acknowledged = [a for a in answered if a["complete"] and a["status"] == 200]
    assert any(a for a in acknowledged), "no request was answered under load"
    after = _call(second.url, shared.key, stream=False)
    assert after["status"] == 200
    assert records(shared.db, after["id"]), "a non-streamed answer is recorded before the client receives it"
    audited = _audited(shared.db)
    for answer in [*acknowledged, after]:
        assert len(records(shared.db, answer["id"])) == 1
        assert answer["id"] in audited
    assert len(records(shared.db, cut["id"])) <= 1
    ids = [a["id"] for a in [*acknowledged, after]]
    assert _ledger_tokens(shared.db, ids) == _told_tokens([*acknowledged, after])
    verified = _verify(shared)
    assert verified.returncode == 0, verified.stderr
    assert "OK" in verified.stdout
