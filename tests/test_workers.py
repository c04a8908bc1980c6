"""`gateway serve --workers 2`: several processes answer, metrics add up, detection stays correct and fail-closed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests import canaries as c
from tests.conftest import API_VERSION, azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import write_rules

ROOT = Path(__file__).resolve().parent.parent
PATH = f"/openai/deployments/gpt-4o/chat/completions?api-version={API_VERSION}"


@pytest.fixture(scope="module")
def served(session_upstream: FakeUpstream, database_url: str, redis_url: str,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`gateway serve --workers 2` as its own process tree, without PROMETHEUS_MULTIPROC_DIR set."""
    directory = tmp_path_factory.mktemp("served")
    rules = write_rules(directory / "rules", {"detection": {"timeout": 5},
                                              "backends": {"primary": azure_backend(session_upstream)}})
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_OPENAI_", "OPENAI_", "PROMETHEUS_"))}
    env["GATEWAY_DATABASE_URL"] = database_url
    env["GATEWAY_REDIS_URL"] = redis_url  # several workers share their counters there
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = directory / "serve.log"
    process = subprocess.Popen([sys.executable, "-m", "gateway", "serve", "--port", str(port), "--workers", "2",
                                "--rules", str(rules)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=log.open("w"))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while len(_worker_requests(url, quiet=True)) < 2:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the workers did not start"
            time.sleep(0.3)
        yield url, process
    finally:
        if process.poll() is None:  # the last test kills it
            process.terminate()
            process.wait(timeout=30)
            assert process.returncode == 0, log.read_text()


def _samples(url: str) -> list[tuple[str, dict[str, str], float]]:
    text = httpx.get(f"{url}/metrics", timeout=10).text
    return [(s.name, s.labels, s.value) for f in text_string_to_metric_families(text) for s in f.samples]


def _worker_requests(url: str, quiet: bool = False) -> dict[str, float]:
    """Requests finished per worker pid, from /metrics."""
    try:
        return {labels["pid"]: value for name, labels, value in _samples(url) if name == "gateway_worker_requests"}
    except httpx.HTTPError:
        if quiet:
            return {}
        raise


def _ask(url: str, key: str, text: str) -> httpx.Response:
    with httpx.Client(timeout=60) as client:  # a new connection each time, as separate applications would
        return client.post(url + PATH, headers={"api-key": key},
                           json={"messages": [{"role": "user", "content": text}]})


def test_requests_are_answered_by_several_worker_processes_and_metrics_add_up(
    served: tuple[str, subprocess.Popen[bytes]], upstream: FakeUpstream, client_key: str
) -> None:
    url, _ = served
    before = _worker_requests(url)
    sent = 0
    with ThreadPoolExecutor(8) as pool:
        while sent < 400:
            answers = list(pool.map(lambda _: _ask(url, client_key, "今日の予定を教えて"), range(16)))
            assert all(a.status_code == 200 for a in answers)
            sent += len(answers)
            served_by = {pid for pid, n in _worker_requests(url).items() if n > before.get(pid, 0)}
            if len(served_by) == 2:
                break
    assert len(served_by) == 2, "both workers answered"
    after = _worker_requests(url)
    assert sum(after.values()) - sum(before.values()) == sent  # every worker's requests, from either worker
    chat = sum(v for name, labels, v in _samples(url)
               if name == "gateway_requests_total" and labels.get("app") == "test-app")
    assert chat >= sent


def test_keep_alive_connections_opened_at_once_are_spread_over_the_workers(
    served: tuple[str, subprocess.Popen[bytes]], client_key: str
) -> None:
    """Sixteen applications connect in the same instant and keep their connections: both workers get some
    (each worker has its own socket on the port; one shared socket lets the first worker awake take them all)."""
    url, _ = served
    before = _worker_requests(url)
    start = threading.Barrier(16)

    def application(_: int) -> None:
        with httpx.Client(timeout=60) as client:
            start.wait()
            for _ in range(4):
                answer = client.post(url + PATH, headers={"api-key": client_key},
                                     json={"messages": [{"role": "user", "content": "今日の予定を教えて"}]})
                assert answer.status_code == 200

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(application, range(16)))
    after = _worker_requests(url)
    served_by = {pid: after[pid] - before.get(pid, 0) for pid in after}
    assert sum(served_by.values()) == 64
    assert all(n >= 4 for n in served_by.values()), served_by  # at least one connection each


def test_a_second_gateway_on_the_same_port_stops_with_a_clear_message(
    served: tuple[str, subprocess.Popen[bytes]], redis_url: str
) -> None:
    """The workers' shared port is never silently shared with another gateway started by mistake."""
    url, _ = served
    port = url.rsplit(":", 1)[1]
    second = subprocess.run([sys.executable, "-m", "gateway", "serve", "--port", port, "--workers", "2"], cwd=ROOT,
                            env={**os.environ, "GATEWAY_REDIS_URL": redis_url}, capture_output=True, text=True,
                            timeout=60)
    assert second.returncode == 1
    assert "待ち受けできません" in second.stderr
    assert "Traceback" not in second.stderr


def test_concurrent_distinct_personal_texts_are_each_masked_and_restored(
    served: tuple[str, subprocess.Popen[bytes]], upstream: FakeUpstream, client_key: str
) -> None:
    url, _ = served
    phones = [f"090-{4000 + i:04d}-{7000 + i:04d}" for i in range(24)]
    texts = [f"相談者{c.NAME}さんの電話番号は{phone}です。折り返しの連絡をお願いします。" for phone in phones]
    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda t: _ask(url, client_key, t), texts))
    for answer, text in zip(answers, texts, strict=True):
        assert answer.status_code == 200
        assert answer.json()["choices"][0]["message"]["content"] == "ECHO: " + text  # its own values back
    sent = [r.body.decode() for r in upstream.requests]
    assert len(sent) == len(texts)
    for body in sent:
        assert c.NAME not in body
        assert not any(phone in body for phone in phones)


def test_a_worker_that_dies_is_replaced(served: tuple[str, subprocess.Popen[bytes]], client_key: str) -> None:
    url, _ = served
    pids = set(_worker_requests(url))
    victim = min(pids)
    os.kill(int(victim), signal.SIGKILL)
    deadline = time.monotonic() + 60
    while True:
        now = set(_worker_requests(url))
        if len(now) == 2 and victim not in now:
            break
        assert time.monotonic() < deadline, f"worker not replaced: {now}"
        time.sleep(0.3)
    answer = _ask(url, client_key, "今日の予定")
    assert answer.status_code == 200, answer.text


def test_detection_overrun_in_a_worker_refuses_and_forwards_nothing_unmasked(
    served: tuple[str, subprocess.Popen[bytes]], upstream: FakeUpstream, client_key: str
) -> None:
    url, _ = served
    long_text = "".join(f"{i}件目: 相談者{c.NAME}さん、連絡先{c.PHONE}。\n" for i in range(9000))
    short = [f"{c.NAME_2}さんの電話は080-1111-{2000 + i:04d}です。" for i in range(6)]
    with ThreadPoolExecutor(7) as pool:
        answers = list(pool.map(lambda t: _ask(url, client_key, t), [long_text, *short]))
    assert answers[0].status_code == 503
    assert answers[0].json()["error"]["code"] == "pii_detection_timeout"
    assert all(a.status_code in (200, 503) for a in answers[1:])  # queued behind it: answered or refused
    for record in upstream.requests:
        body = record.body.decode()
        assert not any(value in body for value in (c.NAME, c.NAME_2, c.PHONE, "080-1111-"))


def test_several_workers_without_shared_counters_are_refused(tmp_path: Path) -> None:
    """Limits and budgets counted in each worker's memory would add up to N times the limit: refused at start."""
    env = {k: v for k, v in os.environ.items() if k != "GATEWAY_REDIS_URL"}
    env["GATEWAY_DATABASE_URL"] = f"sqlite:///{tmp_path / 'gateway.db'}"
    done = subprocess.run([sys.executable, "-m", "gateway", "serve", "--workers", "2"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "GATEWAY_REDIS_URL" in done.stderr


def test_workers_stop_when_their_supervisor_is_killed(served: tuple[str, subprocess.Popen[bytes]]) -> None:
    """No worker goes on serving unsupervised (unreplaced, deaf to SIGHUP and SIGTERM) once the supervisor is gone."""
    url, process = served
    assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
    process.kill()  # the supervisor alone, as the OOM killer might
    process.wait(timeout=10)
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/healthz", timeout=2)
        except httpx.TransportError:
            break  # nobody listens any more
        assert time.monotonic() < deadline, "the workers outlived their supervisor"
        time.sleep(0.2)
