"""Security staff test rules with `gateway pii analyze` and POST /admin/pii/analyze; detection fails closed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import openai
import pytest

from gateway.auth import KeyStore
from tests import canaries as c
from tests.conftest import API_VERSION, azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import GatewayServer

ROOT = Path(__file__).resolve().parent.parent
TEXT = f"{c.NAME}さんの電話は{c.PHONE}です。個人番号は{c.MY_NUMBER}。"


def test_pii_analyze_reads_and_writes_json_lines() -> None:
    lines = "\n".join([json.dumps({"text": TEXT}, ensure_ascii=False), "not json", json.dumps({"text": ""})])
    result = subprocess.run([sys.executable, "-m", "gateway", "pii", "analyze"], input=lines, capture_output=True,
                            text=True, cwd=ROOT, env=os.environ, timeout=120, check=False)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1  # one bad line
    entities = out[0]["entities"]
    assert {e["type"] for e in entities} >= {"PERSON", "PHONE_NUMBER", "MY_NUMBER"}
    for entity in entities:
        assert TEXT[entity["start"] : entity["end"]] in (c.NAME, c.PHONE, c.MY_NUMBER)
    assert out[0]["masked"] == "<PERSON_1>さんの電話は<PHONE_NUMBER_1>です。個人番号は<BLOCKED_MY_NUMBER>。"
    assert "line 2" in out[1]["error"]
    assert out[2] == {"entities": [], "masked": ""}


def test_admin_analyze_needs_an_admin_key(gateway_url: str, client_key: str, keys: KeyStore) -> None:
    url = f"{gateway_url}/admin/pii/analyze"
    refused = httpx.post(url, json={"text": TEXT}, headers={"api-key": client_key})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    admin = keys.create("security", "情報政策課", role="admin")
    report = httpx.post(url, json={"text": TEXT}, headers={"api-key": admin}).json()
    assert report["masked"].startswith("<PERSON_1>さんの電話は<PHONE_NUMBER_1>")
    bad = httpx.post(url, json={"text": 42}, headers={"api-key": admin})
    assert bad.status_code == 400
    assert bad.json()["error"]["param"] == "text"


def test_detection_that_overruns_refuses_the_request(
    start_gateway: Callable[..., GatewayServer], upstream: FakeUpstream, client_key: str
) -> None:
    gw = start_gateway({"detection": {"timeout": 0.1}, "backends": {"b": azure_backend(upstream)}})
    client = openai.AzureOpenAI(azure_endpoint=gw.url, api_key=client_key, api_version=API_VERSION, max_retries=0)
    long_text = "".join(f"{i}件目: 相談者{c.NAME}さん、連絡先{c.PHONE}。\n" for i in range(6000))
    with pytest.raises(openai.InternalServerError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": long_text}])
    assert (caught.value.status_code, caught.value.code) == (503, "pii_detection_timeout")
    assert "安全のため送信を止めました" in caught.value.message
    assert upstream.requests == [], "never forwarded unmasked"
