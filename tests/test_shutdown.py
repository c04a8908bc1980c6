"""Graceful shutdown of a real `gateway serve` process: on SIGTERM it stops accepting, lets streams in
flight finish until the deadline, cuts the ones still running then, and writes every record before exiting."""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from gateway.auth import KeyStore
from gateway.storage import migrate
from tests.conftest import azure_backend
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import write_rules
from tests.records import record
from tests.replicas import GatewayProcess

CHAT = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"


def _stream(url: str, key: str, started: threading.Event) -> list[str]:
    lines: list[str] = []
    body = {"messages": [{"role": "user", "content": "説明してください"}], "stream": True}
    try:
        with httpx.stream("POST", f"{url}{CHAT}", headers={"api-key": key}, json=body, timeout=60) as response:
            lines.append(response.headers["x-request-id"])
            for line in response.iter_lines():
                lines.append(line)
                started.set()
    except httpx.HTTPError:
        lines.append("<cut>")
    return lines


def test_sigterm_finishes_streams_in_flight_and_writes_every_record(
    tmp_path: Path, session_upstream: FakeUpstream, upstream: FakeUpstream
) -> None:
    db_url = f"sqlite:///{tmp_path / 'gateway.db'}"
    db = migrate.open_database(db_url)
    key = KeyStore(db).create("shutdown-app", "情報政策課")
    rules = write_rules(tmp_path / "rules", {"upstream": {"read_timeout": 60},
                                             "backends": {"primary": azure_backend(session_upstream)},
                                             "deployments": {"*": {"backends": ["primary"]}}})
    with GatewayProcess(rules, db_url, shutdown_timeout=4) as gateway:
        process, url = gateway.process, gateway.url
        # The first stream takes about 2 s: it finishes. The second takes 30 s: the deadline (4 s) cuts it.
        upstream.enqueue(Behaviour(slow_stream=0.2, chunk_size=2, reply="ゆっくり答えます。" * 2),
                         Behaviour(slow_stream=1.0, chunk_size=1, reply="とても長い答え" * 5))
        short_started, long_started = threading.Event(), threading.Event()
        with ThreadPoolExecutor(2) as pool:
            short = pool.submit(_stream, url, key, short_started)
            assert short_started.wait(30)
            long = pool.submit(_stream, url, key, long_started)
            assert long_started.wait(30)
            signalled = time.monotonic()
            gateway.terminate()
            time.sleep(0.5)
            with pytest.raises(httpx.ConnectError):
                httpx.get(f"{url}/healthz", timeout=2)  # no longer accepting
            short_lines, long_lines = short.result(timeout=60), long.result(timeout=60)
        assert process.wait(timeout=30) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once shut down
        assert time.monotonic() - signalled < 4 + 5 + 3, "exited within the deadline and the record flush"
        assert short_lines[-1] != "<cut>"
        assert "data: [DONE]" in short_lines, "the stream in flight finished"
        assert "data: [DONE]" not in long_lines, "the stream past the deadline was cut"
        finished, cut = record(db, short_lines[0]), record(db, long_lines[0])
        assert (finished["status"], finished["stream"], finished["error_code"]) == (200, True, None)
        assert cut["stream"] is True
        assert cut["error_code"] is not None
    db.close()
