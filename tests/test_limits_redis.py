"""Two gateway processes sharing one real redis-server: limits and budgets hold across replicas,
revocation reaches both on the next request (their key caches included), SIGHUP reloads the rules,
and a Redis that is gone refuses requests (fail closed)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
import redis

from gateway.auth import KeyStore
from gateway.storage.database import Database
from tests.conftest import LogRecorder
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.limits_helpers import BURST, burst, check_refusals, ledger, outcomes, race_rules
from tests.redis_server import redis_server
from tests.replicas import GatewayProcess, start_replicas
from tests.test_keys import chat, gateway_cli

BUDGET_JPY = 1
TOKENS_PER_MINUTE = 150


class Replicas:
    """Two `gateway serve` processes on one database and one Redis."""

    def __init__(self, processes: list[GatewayProcess], rules: Path, app: str, department: str,
                 redis_url: str) -> None:
        self.processes, self.rules, self.app, self.department = processes, rules, app, department
        self.urls = [process.url for process in processes]
        self.redis_url = redis_url


@pytest.fixture(scope="module")
def replicas(session_upstream: FakeUpstream, database_url: str, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[Replicas]:
    directory = tmp_path_factory.mktemp("replicas")
    rules, app, department = race_rules(directory / "rules", session_upstream, budget_jpy=BUDGET_JPY,
                                        tokens_per_minute=TOKENS_PER_MINUTE)
    with redis_server(directory / "redis") as redis_url:
        env = {"GATEWAY_REDIS_URL": redis_url, "GATEWAY_PSEUDONYM_KEY": "test-pseudonym-key"}
        processes = start_replicas(2, rules, database_url, env=env)
        try:
            yield Replicas(processes, rules, app, department, redis_url)
        finally:
            for process in processes:
                process.__exit__(None, None, None)


def test_limits_hold_across_two_replicas(replicas: Replicas, upstream: FakeUpstream, keys: KeyStore,
                                         database: Database) -> None:
    key = keys.create(replicas.app, replicas.department)  # type: ignore[arg-type]
    if time.time() % 60 > 45:
        time.sleep(61 - time.time() % 60)
    upstream.set_default(Behaviour(delay=0.3))
    try:
        responses = burst(replicas.urls, key)
    finally:
        upstream.set_default(None)
    counts = outcomes(responses)
    assert sum(counts.values()) == BURST
    assert counts["ok"] >= 1
    assert counts["rate_limit_exceeded"] + counts["budget_exceeded"] >= 1
    check_refusals(responses, {"rate_limit_exceeded", "budget_exceeded"})
    tokens, yen = ledger(database, "app", replicas.app)
    assert tokens <= TOKENS_PER_MINUTE
    assert yen <= Decimal(BUDGET_JPY)
    shared = redis.Redis.from_url(replicas.redis_url)
    budget = [k for k in shared.keys("{gw}:budget:department:*") if replicas.department.encode() in k]
    assert len(budget) == 1
    assert int(shared.get(budget[0]) or 0) == int(yen * 1_000_000)  # settled: the counter is the ledger, exactly
    windows = [k for k in shared.keys("{gw}:tpm:app:*") if replicas.app.encode() in k]
    assert sum(int(shared.get(k) or 0) for k in windows) == tokens


def test_revocation_reaches_every_replica_on_the_next_request(replicas: Replicas, upstream: FakeUpstream,
                                                              keys: KeyStore, database_url: str) -> None:
    key = keys.create("revoke-app", "市民課")
    for url in replicas.urls:  # both replicas now hold the lookup in their caches
        assert chat(url, key).status_code == 200
        assert chat(url, key).status_code == 200
    revoked = gateway_cli(database_url, "keys", "revoke", key[:12], env={"GATEWAY_REDIS_URL": replicas.redis_url})
    assert revoked.returncode == 0, revoked.stderr
    for url in replicas.urls:
        assert chat(url, key).status_code == 401


def test_revocation_holds_for_every_request_that_starts_after_it_under_load(
        replicas: Replicas, upstream: FakeUpstream, keys: KeyStore, database_url: str) -> None:
    # each process reads the revocation generation once for the requests of one event-loop turn: requests of
    # another key keep such reads in flight while the revoked key's burst begins
    key, other = keys.create("revoke-load-app", "市民課"), keys.create("revoke-load-app", "市民課")
    assert outcomes(burst(replicas.urls, key, 16)) == {"ok": 16}  # cached on both replicas
    stop = threading.Event()

    def keep_busy() -> None:
        while not stop.is_set():
            burst(replicas.urls, other, 20)

    busy = threading.Thread(target=keep_busy)
    busy.start()
    try:
        time.sleep(0.5)
        revoked = gateway_cli(database_url, "keys", "revoke", key[:12], env={"GATEWAY_REDIS_URL": replicas.redis_url})
        assert revoked.returncode == 0, revoked.stderr
        for _ in range(2):  # (few: wrong keys are answered ever more slowly)
            assert outcomes(burst(replicas.urls, key, 16)) == {"invalid_api_key": 16}
    finally:
        stop.set()
        busy.join()
    assert outcomes(burst(replicas.urls, other, 10)) == {"ok": 10}


def test_sighup_reloads_the_rules(replicas: Replicas, upstream: FakeUpstream, keys: KeyStore,
                                  session_log: LogRecorder) -> None:
    key = keys.create("sighup-app", "市民課")
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "極秘の件"}]}
    policy = replicas.rules / "policy.yaml"
    text = policy.read_text(encoding="utf-8")
    changed = text.replace("'*': {}", "'*': {deny: [{pattern: 極秘, message: 極秘は送れません。}]}")
    padded = text + "#" * (len(changed.encode()) - len(text.encode())) + "\n"
    policy.write_text(padded, encoding="utf-8")  # same size as the change: a file watcher cannot tell them apart
    time.sleep(2.5)  # the padding itself is picked up as a file change
    before = policy.stat()
    assert httpx.post(f"{replicas.urls[0]}/v1/chat/completions", json=body, headers={"api-key": key},
                      timeout=30).status_code == 200
    policy.write_text(changed + "\n", encoding="utf-8")
    assert policy.stat().st_size == before.st_size
    os.utime(policy, ns=(before.st_atime_ns, before.st_mtime_ns))  # only the signal can tell
    try:
        replicas.processes[0].process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 10
        while "rules reloaded (SIGHUP)" not in replicas.processes[0].log_text():
            assert time.monotonic() < deadline, replicas.processes[0].log_text()[-2000:]
            time.sleep(0.1)
        refused = httpx.post(f"{replicas.urls[0]}/v1/chat/completions", json=body, headers={"api-key": key},
                             timeout=30)
        assert refused.status_code == 403
        assert refused.json()["error"]["message"] == "極秘は送れません。"
    finally:
        policy.write_text(text, encoding="utf-8")
        replicas.processes[0].process.send_signal(signal.SIGHUP)


def test_a_budget_redis_lost_is_seeded_again_from_the_ledger(replicas: Replicas, upstream: FakeUpstream,
                                                              keys: KeyStore, database: Database) -> None:
    """A Redis restarted without persistence (or evicting keys) forgets the month's spending; the gateways
    notice the missing budget counter, seed it again from the ledger, and the budget still holds."""
    key = keys.create(replicas.app, replicas.department)  # type: ignore[arg-type]
    redis.Redis.from_url(replicas.redis_url).flushall()
    upstream.set_default(Behaviour(delay=0.3))
    try:
        burst(replicas.urls, key)
    finally:
        upstream.set_default(None)
    _, yen = ledger(database, "app", replicas.app)
    assert yen <= Decimal(BUDGET_JPY)


def test_counters_gone_refuse_requests(replicas: Replicas, upstream: FakeUpstream, keys: KeyStore) -> None:
    key = keys.create(replicas.app, replicas.department)  # type: ignore[arg-type]
    redis.Redis.from_url(replicas.redis_url).shutdown(nosave=True)
    refused = chat(replicas.urls[1], key)
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "counters_unavailable"
    assert not upstream.requests  # never forwarded unmetered
