"""Key lifecycle from the administrator's side: the CLI and the admin routes against a running gateway."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from gateway.auth import KeyStore
from tests.conftest import azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import GatewayServer

ROOT = Path(__file__).resolve().parent.parent
CHAT = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}


def gateway_cli(database_url: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`gateway …` as the administrator runs it, on the session's database."""
    environment = {**os.environ, "GATEWAY_DATABASE_URL": database_url, **(env or {})}
    return subprocess.run([sys.executable, "-m", "gateway", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120, check=False)


def chat(url: str, key: str) -> httpx.Response:
    return httpx.post(f"{url}/v1/chat/completions", json=CHAT, headers={"Authorization": f"Bearer {key}"}, timeout=30)


def test_cli_create_list_revoke_on_a_running_gateway(gateway_url: str, database_url: str,
                                                     upstream: FakeUpstream) -> None:
    created = gateway_cli(database_url, "keys", "create", "--app", "cli-app", "--department", "市民課",
                          "--user", "staff-0100")
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("gw-")
    assert chat(gateway_url, key).status_code == 200

    listing = gateway_cli(database_url, "keys", "list")
    assert listing.returncode == 0
    line = next(row for row in listing.stdout.splitlines() if row.startswith(key[:12]))
    for shown in ("cli-app", "市民課", "staff-0100", "active"):
        assert shown in line
    assert key not in listing.stdout  # never the key, never its hash

    revoked = gateway_cli(database_url, "keys", "revoke", key[:12])
    assert revoked.returncode == 0, revoked.stderr
    refused = chat(gateway_url, key)  # the very next request
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "invalid_api_key"
    assert "revoked" in next(r for r in gateway_cli(database_url, "keys", "list").stdout.splitlines()
                             if r.startswith(key[:12]))
    unknown = gateway_cli(database_url, "keys", "revoke", "gw-nosuchkey")
    assert unknown.returncode == 1
    assert "gateway keys list" in unknown.stderr


@pytest.mark.storage  # on SQLite and PostgreSQL: the key store, its validity times
def test_rotation_grace_ends_on_time(gateway_url: str, database_url: str, keys: KeyStore,
                                     upstream: FakeUpstream) -> None:
    old = keys.create("rotate-app", "市民課", "client", "staff-0200")
    assert chat(gateway_url, old).status_code == 200
    rotated = gateway_cli(database_url, "keys", "rotate", old[:12], "--grace", "3s")
    assert rotated.returncode == 0, rotated.stderr
    started = time.monotonic()
    new = rotated.stdout.strip().splitlines()[-1]
    assert new != old
    assert chat(gateway_url, old).status_code == 200  # in the grace period
    assert chat(gateway_url, new).status_code == 200
    time.sleep(max(0.0, 3.2 - (time.monotonic() - started)))
    assert chat(gateway_url, old).status_code == 401  # grace over
    assert chat(gateway_url, new).status_code == 200
    identity = keys.lookup(new)
    assert identity is not None
    assert (identity.app, identity.department, identity.user) == ("rotate-app", "市民課", "staff-0200")


@pytest.mark.storage
def test_admin_routes_manage_keys(gateway_url: str, keys: KeyStore, upstream: FakeUpstream) -> None:
    admin = {"api-key": keys.create("key-desk", "情報政策課", "admin")}
    with httpx.Client(base_url=gateway_url, timeout=30) as http:
        made = http.post("/admin/keys", json={"app": "route-app", "department": "税務課", "user": "staff-0300"},
                         headers=admin)
        assert made.status_code == 201, made.text
        key, prefix = made.json()["key"], made.json()["prefix"]
        assert key.startswith(prefix)
        assert chat(gateway_url, key).status_code == 200
        listed = http.get("/admin/keys", headers=admin).json()["data"]
        row = next(r for r in listed if r["prefix"] == prefix)
        assert (row["app"], row["role"]) == ("route-app", "client")
        assert row["last_used"] is not None
        assert all("key" not in r and "key_hash" not in r for r in listed)
        assert key not in http.get("/admin/keys", headers=admin).text

        rotated = http.post(f"/admin/keys/{prefix}/rotate", json={"grace_seconds": 0}, headers=admin)
        assert rotated.status_code == 200, rotated.text
        assert rotated.json()["replaces"] == prefix
        assert chat(gateway_url, key).status_code == 401  # no grace: the old key ends now
        new = rotated.json()["key"]
        assert chat(gateway_url, new).status_code == 200

        revoked = http.post(f"/admin/keys/{new[:12]}/revoke", headers=admin)
        assert revoked.status_code == 200
        assert revoked.json()["state"] == "revoked"
        assert chat(gateway_url, new).status_code == 401
        missing = http.post("/admin/keys/gw-nothing/revoke", headers=admin)
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "key_not_found"
        bad = http.post("/admin/keys", json={"app": 42, "department": "x"}, headers=admin)
        assert bad.status_code == 400
        assert bad.json()["error"]["param"] == "app"
        whole = keys.create("path-app", "市民課")
        in_path = http.post(f"/admin/keys/{whole}/revoke", headers=admin)  # a whole key never goes in a URL
        assert in_path.status_code == 400
        assert in_path.json()["error"]["code"] == "invalid_prefix"
        assert chat(gateway_url, whole).status_code == 200
        record = http.get("/admin/audit", params={"format": "jsonl"}, headers=admin).text
        assert whole not in record
        assert "/admin/keys/{prefix}/revoke" in record  # the route as declared, not the raw path


def test_wrong_keys_in_a_burst_are_slowed(start_gateway: Callable[..., GatewayServer],
                                          session_upstream: FakeUpstream) -> None:
    server = start_gateway({"backends": {"primary": azure_backend(session_upstream)}})
    timings: list[float] = []
    for i in range(12):
        started = time.monotonic()
        answer = chat(server.url, f"gw-wrong-key-{i:04d}-{'x' * 30}")
        timings.append(time.monotonic() - started)
        assert answer.status_code == 401
    assert sum(timings[-3:]) / 3 > sum(timings[:3]) / 3 + 0.8  # later guesses answered ever more slowly
    assert timings[-1] >= max(timings[:5])


