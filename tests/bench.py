"""`make bench`: speed and memory of the gateway, printed as a table.

Measures, in one run on this machine:
- detection throughput on the evaluation corpus, beside the full ja_ginza pipeline on the same texts;
- the gateway's added latency (p50/p95) and throughput for chat requests, with and without personal
  data, against calling the fake upstream directly;
- time to first streamed byte through the gateway against direct;
- resident memory after loading the model and after repeated analysis (growth must stay bounded).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from gateway.auth import KeyStore
from gateway.privacy.analyzer import Analyzer
from gateway.privacy.nlp import load_nlp
from gateway.privacy.pii_rules import load_pii_rules
from gateway.storage.database import Database
from tests.eval.corpus import build_corpus
from tests.fake_upstream import Behaviour, FakeUpstream
from tests.harness import GatewayServer, write_rules

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
    analyzer.analyze_batch(texts[:50])  # warm-up
    start = time.perf_counter()
    analyzer.analyze_batch(texts)
    ours = chars / (time.perf_counter() - start)
    subset, total = [], 0
    for text in texts:
        if total >= BASELINE_CHARS:
            break
        subset.append(text)
        total += len(text)
    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(subset):
        pass
    full = total / (time.perf_counter() - start)
    before = rss_mb()
    for _ in range(3):
        analyzer.analyze_batch(texts)
    return [
        ("detection: gateway analyzer", f"{ours:,.0f} chars/s ({len(texts)} texts, {chars:,} chars)"),
        ("detection: full ja_ginza pipeline", f"{full:,.0f} chars/s (same texts, first {total:,} chars)"),
        ("detection: speed-up", f"{ours / full:.1f}x"),
        ("memory: after model load + 1 pass", f"{before:,.0f} MB"),
        ("memory: after 3 more passes", f"{rss_mb():,.0f} MB ({3 * chars:,} more chars analysed)"),
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


async def _first_byte(url: str, headers: dict[str, str]) -> float:
    body = {"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": PERSONAL}]}
    async with httpx.AsyncClient(timeout=30) as client:
        start = time.perf_counter()
        async with client.stream("POST", url, json=body, headers=headers) as response:
            async for line in response.aiter_lines():
                if '"content"' in line:
                    return time.perf_counter() - start
    return float("nan")


def _row(label: str, latencies: list[float], rate: float) -> tuple[str, str]:
    cut = statistics.quantiles(latencies, n=20)
    return label, f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {cut[18] * 1000:.1f} ms, {rate:,.0f} req/s"


def gateway_rows() -> list[tuple[str, str]]:
    rows = []
    with FakeUpstream() as up, tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{tmp}/bench.db"
        rules = write_rules(Path(tmp) / "rules", {"backends": {"b": {"kind": "azure", "endpoint": up.url}}})
        db = Database(db_url)
        key = KeyStore(db).create("bench", "bench")
        with GatewayServer.from_rules(rules, db_url) as gw:
            direct = f"{up.url}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
            via = f"{gw.url}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
            auth = {"api-key": key}
            rows.append(_row("chat direct to upstream", *asyncio.run(_latencies(direct, {}, PLAIN))))
            rows.append(_row("chat via gateway, no PII", *asyncio.run(_latencies(via, auth, PLAIN))))
            rows.append(_row("chat via gateway, 4 PII values", *asyncio.run(_latencies(via, auth, PERSONAL))))
            up.set_default(Behaviour(slow_stream=0.2))
            first_direct = asyncio.run(_first_byte(direct, {}))
            first_via = asyncio.run(_first_byte(via, auth))
            rows.append(("stream: first content byte", f"direct {first_direct * 1000:.0f} ms, "
                         f"via gateway {first_via * 1000:.0f} ms (upstream sends an event every 200 ms)"))
        db.close()
    return rows


def main() -> None:
    rules = ROOT / "rules" / "pii.yaml"
    start = rss_mb()
    analyzer = Analyzer(load_pii_rules(rules), nlp=load_nlp())
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
