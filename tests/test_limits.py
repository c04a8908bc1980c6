"""Limits and budgets hold exactly under 200 concurrent requests (one process, in-memory counters),
and the application's request rules: caps, deny patterns, forced parameters, the staff member."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from gateway.auth import KeyStore
from gateway.storage.database import Database
from gateway.storage.schema import audit_records, exchanges
from tests.conftest import LogRecorder, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer
from tests.limits_helpers import BURST, burst, check_refusals, ledger, outcomes, race_rules


def fresh_minute() -> None:
    """Start a burst early in a minute, so its token window is one window."""
    if time.time() % 60 > 45:
        time.sleep(61 - time.time() % 60)


@pytest.fixture
def slow_upstream(upstream: FakeUpstream) -> Iterator[FakeUpstream]:
    upstream.set_default(Behaviour(delay=0.3))  # answers overlap, so reservations are held concurrently
    yield upstream
    upstream.set_default(None)


@pytest.mark.storage  # on SQLite and PostgreSQL: counters seeded from, settled into the ledger
def test_budget_and_token_limit_hold_under_200_concurrent_requests(
        session_log: LogRecorder, tmp_path: Path, slow_upstream: FakeUpstream, database_url: str,
        database: Database, keys: KeyStore) -> None:
    rules, app, department = race_rules(tmp_path / "rules", slow_upstream, budget_jpy=1, tokens_per_minute=150)
    key = keys.create(app, department)  # type: ignore[arg-type]
    fresh_minute()
    with GatewayServer.from_rules(rules, database_url) as gw:
        responses = burst([gw.url], key)
    counts = outcomes(responses)
    assert sum(counts.values()) == BURST
    assert counts["ok"] >= 1
    assert counts["rate_limit_exceeded"] + counts["budget_exceeded"] >= 1
    check_refusals(responses, {"rate_limit_exceeded", "budget_exceeded"})
    tokens, yen = ledger(database, "app", app)
    assert tokens <= 150
    assert yen <= Decimal(1)
    assert ledger(database, "department", department)[1] == yen
    answered = [r for r in responses if r.status_code == 200]
    assert all("x-gateway-budget-remaining-jpy" in r.headers for r in answered if yen >= Decimal("0.5"))


@pytest.mark.storage
def test_budget_exhausted_refuses_until_the_month_changes(
        session_log: LogRecorder, tmp_path: Path, upstream: FakeUpstream, database_url: str,
        database: Database, keys: KeyStore) -> None:
    rules, app, department = race_rules(tmp_path / "rules", upstream, budget_jpy=0.5, tokens_per_minute=10**9)
    key = keys.create(app, department)  # type: ignore[arg-type]
    with GatewayServer.from_rules(rules, database_url) as gw:
        answers = [httpx.post(f"{gw.url}/v1/chat/completions", headers={"api-key": key}, timeout=30,
                              json={"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]})
                   for _ in range(80)]
        metrics = httpx.get(f"{gw.url}/metrics", timeout=30).text
    assert f'gateway_budget_warnings_total{{name="{department}",scope="department",threshold="warn_at"}} 1.0' in metrics
    refused = [a for a in answers if a.status_code == 429]
    assert refused, "the budget never ran out"
    assert all(a.status_code == 429 for a in answers[answers.index(refused[0]):])  # refused from then on
    first = refused[0]
    assert first.json()["error"]["code"] == "budget_exceeded"
    assert department in first.json()["error"]["message"]
    assert 1 <= int(first.headers["retry-after"]) <= 31 * 86400
    warned = [a for a in answers if "x-gateway-budget-remaining-jpy" in a.headers]
    assert warned, "no warning header at warn_at"
    assert int(warned[-1].headers["x-gateway-budget-remaining-jpy"]) == 0
    assert ledger(database, "department", department)[1] <= Decimal("0.5")
    events = _budget_events(database, department)
    assert events.count("budget.warning") == 1  # once per threshold and month, in the audit chain
    assert events.count("budget.exhausted") == 1


def _budget_events(database: Database, name: str) -> list[str]:
    """The kinds of the budget events the audit chain holds for one department or application."""
    with database.engine.connect() as conn:
        rows = conn.execute(select(audit_records.c.kind, audit_records.c.body)
                            .where(audit_records.c.kind.like("budget.%"))).all()
    return [row.kind for row in rows if json.loads(row.body)["details"]["name"] == name]


@pytest.mark.storage
def test_spending_survives_a_restart(session_log: LogRecorder, tmp_path: Path, upstream: FakeUpstream,
                                     database_url: str, keys: KeyStore) -> None:
    rules, app, department = race_rules(tmp_path / "rules", upstream, budget_jpy=0.3, tokens_per_minute=10**9)
    key = keys.create(app, department)  # type: ignore[arg-type]
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}
    with GatewayServer.from_rules(rules, database_url) as gw:
        while httpx.post(f"{gw.url}/v1/chat/completions", json=body, headers={"api-key": key},
                         timeout=30).status_code == 200:
            pass
    with GatewayServer.from_rules(rules, database_url) as gw:  # a fresh process memory: seeded from the ledger
        again = httpx.post(f"{gw.url}/v1/chat/completions", json=body, headers={"api-key": key}, timeout=30)
    assert again.status_code == 429
    assert again.json()["error"]["code"] == "budget_exceeded"


@pytest.fixture
def ruled(start_gateway: Callable[..., GatewayServer], session_upstream: FakeUpstream) -> GatewayServer:
    return start_gateway({"backends": {"primary": azure_backend(session_upstream)}}, {
        "applications": {"*": {
            "max_tokens": {"cap": 100, "over": "clamp"},
            "deny": [{"pattern": "取扱注意|部外秘", "message": "取扱注意の文書は送信できません。"}],
            "force": {"store": False, "logit_bias": None},
            "allow": {"tools": False},
        }, "strict-app": {"max_tokens": {"cap": 100, "over": "refuse"}, "allow": {"stream": False},
                          "user": {"upstream": "drop"}}},
    })


def test_request_rules(ruled: GatewayServer, upstream: FakeUpstream, keys: KeyStore, database: Database) -> None:
    key = {"api-key": keys.create("rules-app", "市民課")}
    strict = {"api-key": keys.create("strict-app", "市民課")}
    url = f"{ruled.url}/v1/chat/completions"
    message = [{"role": "user", "content": "Hello"}]

    denied = httpx.post(url, headers=key, json={"model": "gpt-4o", "messages": [
        {"role": "user", "content": "この資料は部外秘です"}]})
    assert denied.status_code == 403
    assert denied.json()["error"] == {**denied.json()["error"], "code": "policy_violation",
                                      "message": "取扱注意の文書は送信できません。"}
    tools = httpx.post(url, headers=key, json={"model": "gpt-4o", "messages": message,
                                               "tools": [{"type": "function", "function": {"name": "f"}}]})
    assert tools.status_code == 403
    assert tools.json()["error"]["code"] == "policy_violation"
    assert not upstream.requests

    clamped = httpx.post(url, headers=key, json={"model": "gpt-4o", "messages": message, "max_tokens": 5000,
                                                 "logit_bias": {"1": 1}, "user": "staff-0042"})
    assert clamped.status_code == 200
    sent = upstream.requests[-1].json
    assert sent["max_tokens"] == 100
    assert sent["store"] is False
    assert "logit_bias" not in sent
    assert sent["user"].startswith("u-")
    assert "staff-0042" not in upstream.requests[-1].body.decode()
    recorded = _recorded_user(database, clamped.headers["x-request-id"])
    assert recorded == "staff-0042"

    unset = httpx.post(url, headers={**key, "X-User-Id": "taro.yamada@city.example.jp"},
                       json={"model": "gpt-4o", "messages": message})
    assert upstream.requests[-1].json["max_completion_tokens"] == 100
    assert "x-user-id" not in upstream.requests[-1].headers
    assert "yamada" not in upstream.requests[-1].body.decode()
    pseudonymous = _recorded_user(database, unset.headers["x-request-id"])
    assert pseudonymous is not None
    assert pseudonymous.startswith("u-")  # an address is personal data: only its pseudonym is recorded

    over = httpx.post(url, headers=strict, json={"model": "gpt-4o", "messages": message, "max_tokens": 101})
    assert over.status_code == 400
    assert over.json()["error"]["code"] == "max_tokens_exceeded"
    stream = httpx.post(url, headers=strict, json={"model": "gpt-4o", "messages": message, "stream": True})
    assert stream.status_code == 403
    dropped = httpx.post(url, headers=strict, json={"model": "gpt-4o", "messages": message, "user": "staff-0043"})
    assert dropped.status_code == 200
    assert "user" not in upstream.requests[-1].json
    assert _recorded_user(database, dropped.headers["x-request-id"]) == "staff-0043"


def _recorded_user(database: Database, exchange_id: str) -> str | None:
    with database.engine.connect() as conn:
        user: str | None = conn.execute(select(exchanges.c.user).where(exchanges.c.id == exchange_id)).scalar_one()
    return user


def test_a_stream_frees_its_slot_at_its_end_and_at_a_disconnect(
        start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream, keys: KeyStore) -> None:
    server = start_gateway({"backends": {"primary": azure_backend(upstream)}},
                           {"applications": {"*": {"limits": {"concurrent": 1}, "max_tokens": {"cap": 200}}}})
    key = {"api-key": keys.create("slot-app", "市民課")}
    url = f"{server.url}/v1/chat/completions"
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": "Hello there, a long answer"}]}
    upstream.set_default(Behaviour(slow_stream=0.05, chunk_size=4))
    try:
        with httpx.stream("POST", url, json=body, headers=key, timeout=30) as streamed:
            assert streamed.status_code == 200
            second = httpx.post(url, json={**body, "stream": False}, headers=key, timeout=30)
            assert second.status_code == 429  # the stream holds the only slot
            assert second.json()["error"]["code"] == "rate_limit_exceeded"
            assert second.headers["retry-after"] == "1"
            streamed.read()
        assert _eventually_admitted(url, body, key)  # freed at the stream's end

        with httpx.stream("POST", url, json=body, headers=key, timeout=30) as leaving:
            next(leaving.iter_raw())  # the first event, then the client leaves
        assert _eventually_admitted(url, body, key)  # freed at the disconnect
    finally:
        upstream.set_default(None)


def _eventually_admitted(url: str, body: dict[str, object], key: dict[str, str]) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if httpx.post(url, json={**body, "stream": False}, headers=key, timeout=30).status_code == 200:
            return True
        time.sleep(0.1)
    return False


def test_the_staff_member_is_the_keys_owner_and_numbers_are_never_recorded_in_clear(
        ruled: GatewayServer, upstream: FakeUpstream, keys: KeyStore, database: Database) -> None:
    url = f"{ruled.url}/v1/chat/completions"
    message = [{"role": "user", "content": "Hello"}]
    personal = {"api-key": keys.create("rules-app", "市民課", user="staff-0100")}
    spoofed = httpx.post(url, headers=personal, json={"model": "gpt-4o", "messages": message, "user": "someone-else"})
    assert spoofed.status_code == 200
    assert _recorded_user(database, spoofed.headers["x-request-id"]) == "staff-0100"  # the key's owner wins

    shared = {"api-key": keys.create("rules-app", "市民課")}
    for number in ("090-4821-7733", "123456789018"):  # a phone number, a マイナンバー-shaped id
        sent = httpx.post(url, headers={**shared, "X-User-Id": number}, json={"model": "gpt-4o", "messages": message})
        recorded = _recorded_user(database, sent.headers["x-request-id"])
        assert recorded is not None
        assert recorded.startswith("u-")


def test_a_slow_deny_pattern_over_many_texts_is_cut_off_and_refused(
        start_gateway: Callable[..., GatewayServer], session_upstream: FakeUpstream, keys: KeyStore) -> None:
    """Adjacent repetitions pass the nesting check but are polynomial: one deadline per request bounds them."""
    server = start_gateway({"backends": {"primary": azure_backend(session_upstream)}}, {
        "applications": {"*": {"deny": [{"pattern": r"\d*\d*\d*\d*\d*[^\w]", "message": "送信できません。"}]}},
    })
    key = {"api-key": keys.create("deny-app", "市民課")}
    texts = [{"role": "user", "content": "1" * 60} for _ in range(3000)]
    refused = httpx.post(f"{server.url}/v1/chat/completions", headers=key, timeout=60,
                         json={"model": "gpt-4o", "messages": texts})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "policy_violation"
    assert httpx.get(f"{server.url}/healthz", timeout=10).status_code == 200


def test_under_a_limit_an_unbounded_request_is_bounded_by_its_reservation(
        start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream, keys: KeyStore) -> None:
    server = start_gateway({"backends": {"primary": azure_backend(upstream)}},
                           {"applications": {"*": {"limits": {"tokens_per_minute": 100000}}}})
    key = {"api-key": keys.create("bounded-app", "市民課")}
    sent = httpx.post(f"{server.url}/v1/chat/completions", headers=key,
                      json={"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]})
    assert sent.status_code == 200
    assert upstream.requests[-1].json["max_completion_tokens"] == 4096  # the answer cannot outgrow what was reserved
    asked = httpx.post(f"{server.url}/v1/chat/completions", headers=key,
                       json={"model": "gpt-4o", "max_tokens": 50, "messages": [{"role": "user", "content": "Hello"}]})
    assert asked.status_code == 200
    assert upstream.requests[-1].json["max_tokens"] == 50
    assert "max_completion_tokens" not in upstream.requests[-1].json
