"""The `gateway` command and the operator endpoints."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import openai
import pytest
from sqlalchemy import select

from gateway.auth import hash_key
from gateway.storage.database import Database
from gateway.storage.schema import api_keys
from tests.conftest import API_VERSION
from tests.fake_upstream import FakeUpstream

ROOT = Path(__file__).resolve().parent.parent


def _gateway(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=60, check=False)


@pytest.mark.parametrize("command", [[], ["serve"], ["check-config"], ["keys"], ["keys", "create"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = _gateway(*command, "--help")
    assert result.returncode == 0
    assert "usage: gateway" in result.stdout


def test_a_key_created_while_the_gateway_runs_works_at_once(
    gateway_url: str, database_url: str, database: Database, upstream: FakeUpstream
) -> None:
    result = _gateway("keys", "create", "--app", "logo-chat", "--department", "総務課",
                      env={"GATEWAY_DATABASE_URL": database_url})
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip().splitlines()[-1]
    assert key.startswith("gw-")
    client = openai.AzureOpenAI(azure_endpoint=gateway_url, api_key=key, api_version=API_VERSION, max_retries=0)
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "新しいキー"}])
    assert answer.choices[0].message.content == "ECHO: 新しいキー"
    with database.engine.connect() as conn:
        stored = [dict(row) for row in conn.execute(select(api_keys)).mappings()]
    assert key not in str(stored), "keys are stored hashed only"
    assert hash_key(key) in {row["key_hash"] for row in stored}


def test_check_config_names_the_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "gateway.yaml").write_text("upstream:\n  retries: many\n", encoding="utf-8")
    result = _gateway("check-config", "--rules", str(tmp_path))
    assert result.returncode == 2
    assert "gateway.yaml: upstream.retries:" in result.stderr
    (tmp_path / "gateway.yaml").write_text("deployments:\n  gpt-4o:\n    backends: [nowhere]\n", encoding="utf-8")
    result = _gateway("check-config", "--rules", str(tmp_path))
    assert "gateway.yaml: deployments.gpt-4o.backends:" in result.stderr


def test_check_config_explains_pii_and_policy_mistakes(tmp_path: Path) -> None:
    (tmp_path / "pii.yaml").write_text("entities:\n  PERSON: {threshold: 0.5, action: hide}\n", encoding="utf-8")
    result = _gateway("check-config", "--rules", str(tmp_path))
    assert result.returncode == 2
    assert "pii.yaml: entities.PERSON.action:" in result.stderr
    (tmp_path / "pii.yaml").unlink()
    (tmp_path / "policy.yaml").write_text("applications:\n  chat:\n    pii: {NOT_A_TYPE: allow}\n", encoding="utf-8")
    result = _gateway("check-config", "--rules", str(tmp_path))
    assert "policy.yaml: applications.chat.pii.NOT_A_TYPE:" in result.stderr


def test_check_config_accepts_the_shipped_rules() -> None:
    result = _gateway("check-config")
    assert result.returncode == 0, result.stderr
    assert "rules" in result.stdout


def test_health_readiness_metrics_and_openapi(gateway_url: str, oai: openai.OpenAI) -> None:
    assert httpx.get(f"{gateway_url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{gateway_url}/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["storage"] == "ok"
    oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "メトリクス"}])
    metrics = httpx.get(f"{gateway_url}/metrics").text
    assert ('gateway_requests_total{app="test-app",deployment="gpt-4o",operation="chat.completions",status="200"}'
            in metrics)
    schema = httpx.get(f"{gateway_url}/schema/openapi.json").json()
    assert "/v1/chat/completions" in schema["paths"]
