"""Rules reload while requests run: nothing is dropped; an invalid rule set is refused and the old one stays;
`gateway check-config` and start-up name file and key of every mistake in a hostile policy.yaml."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from gateway.auth import KeyStore
from gateway.config_error import ConfigError
from gateway.settings import load_settings
from tests.conftest import LogRecorder, azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer, write_rules
from tests.test_keys import gateway_cli

DENY = {"pattern": "部外秘", "message": "部外秘の文書は送信できません。"}


def _policy(deny: list[dict[str, str]], rpm: int = 100_000) -> dict[str, Any]:
    return {"applications": {"*": {"deny": deny, "limits": {"requests_per_minute": rpm}}}}


async def _load(url: str, key: str, seconds: float) -> list[int]:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "こんにちは"}]}
    statuses: list[int] = []
    async with httpx.AsyncClient(timeout=30) as http:
        async def worker() -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                answer = await http.post(f"{url}/v1/chat/completions", json=body, headers={"api-key": key})
                statuses.append(answer.status_code)
        await asyncio.gather(*(worker() for _ in range(8)))
    return statuses


def test_reload_under_load_drops_nothing_and_an_invalid_reload_keeps_the_old_rules(
        session_log: LogRecorder, start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream,
        keys: KeyStore) -> None:
    upstream.set_default(Behaviour(delay=0.05))
    server = start_gateway({"backends": {"primary": azure_backend(upstream)}}, _policy([DENY]))
    rules = server.settings.rules_dir
    key = keys.create("reload-app", "市民課")

    async def run() -> list[int]:
        load = asyncio.create_task(_load(server.url, key, 6))
        for i in range(8):  # valid rule sets, one after another, while requests run
            await asyncio.sleep(0.6)
            (rules / "policy.yaml").write_text(yaml.safe_dump(_policy([DENY], rpm=100_000 + i), allow_unicode=True),
                                               encoding="utf-8")
        return await load

    try:
        statuses = asyncio.run(run())
    finally:
        upstream.set_default(None)
    assert len(statuses) > 50
    assert set(statuses) == {200}  # not one request dropped or failed
    assert sum("rules reloaded (file change)" in line for line in session_log.lines) >= 3

    hostile = _policy([{"pattern": "(a+)+$", "message": "x"}])
    (rules / "policy.yaml").write_text(yaml.safe_dump(hostile, allow_unicode=True), encoding="utf-8")
    deadline = time.monotonic() + 10
    while not any("rules reload refused" in line for line in session_log.lines):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    line = next(line for line in session_log.lines if "rules reload refused" in line)
    assert "policy.yaml: applications.*.deny[0].pattern" in line
    assert "previous rules stay in force" in line
    denied = httpx.post(f"{server.url}/v1/chat/completions", headers={"api-key": key}, timeout=30,
                        json={"model": "gpt-4o", "messages": [{"role": "user", "content": "部外秘の資料"}]})
    assert denied.status_code == 403  # the old deny rule is still in force
    assert denied.json()["error"]["message"] == DENY["message"]


HOSTILE: list[tuple[dict[str, Any], str]] = [
    ({"applications": {"a": {"deny": [{"pattern": "(a+)+$", "message": "m"}]}}}, "applications.a.deny[0].pattern"),
    ({"applications": {"a": {"deny": [{"pattern": "(x|xx)*y", "message": "m"}]}}}, "applications.a.deny[0].pattern"),
    ({"applications": {"a": {"deny": [{"pattern": "(\\w+\\s?)*$", "message": "m"}]}}},
     "applications.a.deny[0].pattern"),
    ({"applications": {"a": {"deny": [{"pattern": "([a-z]", "message": "m"}]}}}, "applications.a.deny[0].pattern"),
    ({"applications": {"a": {"deny": [{"pattern": "秘"}]}}}, "applications.a.deny[0].message"),
    ({"departments": {"市民課": {"monthly_budget_jpy": -1}}}, "departments.市民課.monthly_budget_jpy"),
    ({"departments": {"市民課": {"monthly_budget_jpy": "many"}}}, "departments.市民課.monthly_budget_jpy"),
    ({"departments": {"市民課": {"monthly_budget_jpy": 100, "warn_at": 1.5}}}, "departments.市民課.warn_at"),
    ({"applications": {"a": {"monthly_budget_jpy": -5}}}, "applications.a.monthly_budget_jpy"),
    ({"applications": {"a": {"max_tokens": {"cap": 100, "over": "truncate"}}}}, "applications.a.max_tokens.over"),
    ({"applications": {"a": {"max_tokens": {"cap": -1}}}}, "applications.a.max_tokens.cap"),
    ({"applications": {"a": {"limits": {"requests_per_minute": "600"}}}}, "applications.a.limits.requests_per_minute"),
    ({"applications": {"a": {"per_user": {"tokens_per_minute": 1.5}}}}, "applications.a.per_user.tokens_per_minute"),
    ({"applications": {"a": {"limits": {"burst": 3}}}}, "applications.a.limits.burst"),
    ({"applications": {"a": {"allow": {"stream": "yes"}}}}, "applications.a.allow.stream"),
    ({"applications": {"a": {"force": {"messages": []}}}}, "applications.a.force.messages"),
    ({"applications": {"a": {"deny": "部外秘"}}}, "applications.a.deny"),
    ({"applications": {"a": {"user": {"upstream": "clear"}}}}, "applications.a.user.upstream"),
    ({"applications": ["a"]}, "applications"),
]


@pytest.mark.parametrize(("policy", "key"), HOSTILE, ids=[k for _, k in HOSTILE])
def test_hostile_policy_is_refused_with_file_and_key(tmp_path: Path, policy: dict[str, Any], key: str) -> None:
    rules = write_rules(tmp_path / "rules", {}, policy)
    started = time.monotonic()
    with pytest.raises(ConfigError) as refused:
        load_settings(rules, {"GATEWAY_DATABASE_URL": "sqlite:///:memory:"})
    assert time.monotonic() - started < 5  # refused, never hung
    assert (refused.value.file, refused.value.key) == ("policy.yaml", key)


def test_check_config_names_the_mistake(tmp_path: Path, database_url: str) -> None:
    rules = write_rules(tmp_path / "rules", {}, HOSTILE[0][0])
    checked = gateway_cli(database_url, "check-config", "--rules", str(rules))
    assert checked.returncode == 2
    assert "policy.yaml: applications.a.deny[0].pattern:" in checked.stderr
    good = write_rules(tmp_path / "good", {}, {"applications": {"logo-chat": {
        "deployments": ["gpt-4o"], "max_tokens": {"cap": 4000, "over": "clamp"},
        "limits": {"requests_per_minute": 600, "tokens_per_minute": 200000, "concurrent": 32},
        "per_user": {"requests_per_minute": 20, "tokens_per_minute": 40000},
        "allow": {"stream": True, "tools": True, "unscanned_parts": False},
        "deny": [{"pattern": "取扱注意|部外秘", "message": "取扱注意の文書は送信できません。"}],
        "force": {"store": False}, "monthly_budget_jpy": 5000}},
        "departments": {"情報政策課": {"monthly_budget_jpy": 30000, "warn_at": 0.8}}})
    ok = gateway_cli(database_url, "check-config", "--rules", str(good))
    assert ok.returncode == 0, ok.stderr
    assert "application logo-chat: deployments gpt-4o; max_tokens 4000 (clamp)" in ok.stdout
    assert "1 deny rules" in ok.stdout
