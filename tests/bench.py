"""`make bench`: speed and memory of the gateway, printed as a table.

Measures, in one run on this machine:
- detection throughput on the evaluation corpus, beside the full ja_ginza pipeline on the same texts;
- the gateway's added latency (p50/p95) and throughput for chat requests, with and without personal
  data, against calling the fake upstream directly (the gateway runs as its own process);
- time to the first streamed answer text through the gateway against direct, response scan on and off;
- resident memory after loading the model and after repeated analysis (growth must stay bounded).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import spacy

from gateway.privacy.analyzer import Analyzer
from gateway.privacy.nlp import load_nlp
from gateway.privacy.pii_rules import load_pii_rules
from tests.eval.corpus import build_corpus
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import write_rules

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 400
CONCURRENCY = 8
BASELINE_CHARS = 20_000
PLAIN = "来週の窓口当番表を作るための手順を三つ教えてください。"
PERSONAL = "相談者の佐藤花子さん（090-4821-7733、hanako.sato@example.jp）の住所は茨城県つくば市竹園二丁目7番地3です。"


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def detection_rows(analyzer: Analyzer) -> list[tuple[str, str]]:
    texts = [s.text for s in build_corpus()]
    chars = sum(map(len, texts))
    start = time.perf_counter()
    analyzer.analyze_batch(texts)
    ours = chars / (time.perf_counter() - start)
    after_one = rss_mb()
    for _ in range(3):
        analyzer.analyze_batch(texts)
    after_four = rss_mb()
    subset, total = [], 0
    for text in texts:
        if total >= BASELINE_CHARS:
            break
        subset.append(text)
        total += len(text)
    full_pipeline = spacy.load("ja_ginza")
    start = time.perf_counter()
    for _ in full_pipeline.pipe(subset):
        pass
    full = total / (time.perf_counter() - start)
    return [
        ("detection: gateway analyzer", f"{ours:,.0f} chars/s ({len(texts)} texts, {chars:,} chars)"),
        ("detection: full ja_ginza pipeline", f"{full:,.0f} chars/s (spacy.load('ja_ginza'), first {total:,} chars)"),
        ("detection: speed-up", f"{ours / full:.1f}x"),
        ("memory: after 1 pass over the corpus", f"{after_one:,.0f} MB"),
        ("memory: after 3 more passes", f"{after_four:,.0f} MB ({3 * chars:,} more chars analysed)"),
    ]


async def _latencies(url: str, headers: dict[str, str], content: str) -> tuple[list[float], float]:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": content}]}
    latencies: list[float] = []
    queue = list(range(REQUESTS))
    async with httpx.AsyncClient(timeout=30) as client:
        async def worker() -> None:
            while queue:
                queue.pop()
                start = time.perf_counter()
                response = await client.post(url, json=body, headers=headers)
                response.raise_for_status()
                latencies.append(time.perf_counter() - start)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return latencies, REQUESTS / (time.perf_counter() - start)


async def _first_text(url: str, headers: dict[str, str]) -> float:
    """Seconds until the first non-empty piece of answer text arrives."""
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": PERSONAL}]}
    async with httpx.AsyncClient(timeout=60) as client:
        start = time.perf_counter()
        async with client.stream("POST", url, json=body, headers=headers) as response:
            async for line in response.aiter_lines():
                if line.startswith("data: {"):
                    choices = json.loads(line[6:]).get("choices") or [{}]
                    if choices[0].get("delta", {}).get("content"):
                        return time.perf_counter() - start
    return float("nan")


def _row(label: str, latencies: list[float], rate: float) -> tuple[str, str]:
    cut = statistics.quantiles(latencies, n=20)
    return label, f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {cut[18] * 1000:.1f} ms, {rate:,.0f} req/s"


@contextmanager
def _gateway_process(upstream: FakeUpstream, directory: Path, response_scan: bool) -> Iterator[tuple[str, str]]:
    """The gateway as its own process, as in production; yields its URL and a client key."""
    rules = write_rules(directory, {"detection": {"response_scan": response_scan},
                                    "backends": {"b": {"kind": "azure", "endpoint": upstream.url}}})
    env = {**os.environ, "GATEWAY_DATABASE_URL": f"sqlite:///{directory}/bench.db"}
    created = subprocess.run([sys.executable, "-m", "gateway", "keys", "create", "--app", "bench", "--department",
                              "bench", "--rules", str(rules)], env=env, capture_output=True, text=True, check=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "gateway", "serve", "--port", str(port), "--rules", str(rules)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with suppress(httpx.HTTPError):
                if httpx.get(f"{url}/readyz").status_code == 200:
                    break
            time.sleep(0.2)
        yield url, created.stdout.strip().splitlines()[-1]
    finally:
        server.terminate()
        server.wait(timeout=15)


def gateway_rows() -> list[tuple[str, str]]:
    rows = []
    path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
    with FakeUpstream() as up, tempfile.TemporaryDirectory() as tmp:
        rows.append(_row("chat direct to upstream", *asyncio.run(_latencies(up.url + path, {}, PLAIN))))
        for scan in (True, False):
            with _gateway_process(up, Path(tmp) / f"scan-{scan}", scan) as (url, key):
                auth = {"api-key": key}
                label = f"(response scan {'on' if scan else 'off'})"
                up.set_default(None)
                asyncio.run(_latencies(url + path, auth, PLAIN))  # warm-up
                plain = asyncio.run(_latencies(url + path, auth, PLAIN))
                rows.append(_row(f"chat via gateway, no PII {label}", *plain))
                rows.append(_row(f"chat via gateway, 4 PII values {label}",
                                 *asyncio.run(_latencies(url + path, auth, PERSONAL))))
                up.set_default(Behaviour(slow_stream=0.1))
                direct, via = asyncio.run(_first_text(up.url + path, {})), asyncio.run(_first_text(url + path, auth))
                rows.append((f"stream: first answer text {label}",
                             f"direct {direct * 1000:.0f} ms, via gateway {via * 1000:.0f} ms "
                             "(upstream: one 3-character event every 100 ms)"))
    return rows


def main() -> None:
    start = rss_mb()
    analyzer = Analyzer(load_pii_rules(ROOT / "rules" / "pii.yaml"), nlp=load_nlp())
    rows = [("memory: process before model load", f"{start:,.0f} MB"),
            ("memory: after model load", f"{rss_mb():,.0f} MB")]
    rows += detection_rows(analyzer)
    rows += gateway_rows()
    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}} | result")
    print(f"{'-' * width}-|-{'-' * 60}")
    for label, value in rows:
        print(f"{label:<{width}} | {value}")


if __name__ == "__main__":
    main()
