"""`make bench`: speed and memory of the gateway, printed as a table.

Measures, in one run on this machine:
- detection throughput on the evaluation corpus, beside the full ja_ginza pipeline on the same texts;
- resident memory after loading the model and after repeated analysis (growth must stay bounded);
- under load (`tests/bench_load.py`): direct to the fake upstream vs a minimal Litestar + httpx
  forwarder vs the gateway at 1/16/64 clients, streamed first-text latency with the response scan on,
  new 300-character texts with personal data, CPU per request and per streamed event, and memory per
  worker after 1,000 and 10,000 requests. `BENCH_ONLY=load make bench` runs only this part.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from pathlib import Path

import spacy

from gateway.privacy.analyzer import Analyzer
from gateway.privacy.nlp import load_nlp
from gateway.privacy.pii_rules import load_pii_rules
from tests.bench_load import (
    MEMORY_REQUESTS,
    PLAIN,
    SECONDS,
    WORKERS,
    Point,
    forwarder,
    gateway,
    measure,
    personal,
    upstream,
    worker_memory,
)
from tests.eval.corpus import build_corpus

ROOT = Path(__file__).resolve().parent.parent
BASELINE_CHARS = 20_000


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


def _chat(content: str, stream: bool = False) -> dict[str, object]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": content}], "stream": stream}


def load_rows() -> list[tuple[str, str]]:
    """Direct, forwarder and gateway under the same load, as ratios in one run (see tests/bench_load.py)."""
    new = itertools.count()

    def plain(_n: int) -> dict[str, object]:
        return _chat(PLAIN)

    def streamed(_n: int) -> dict[str, object]:
        return _chat(PLAIN, stream=True)

    def personal_new(_n: int) -> dict[str, object]:
        return _chat(personal(next(new)))

    rows: list[tuple[str, str]] = [("load: machine", f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} "
                                    f"before; gateway and forwarder with {WORKERS or 1} worker(s), {SECONDS:.0f} s "
                                    "per point, upstream answers after 50 ms")]
    with upstream() as up, forwarder(up) as fw, tempfile.TemporaryDirectory() as tmp, gateway(up, Path(tmp)) as gw:
        targets = {"direct": up, "forwarder": fw, "gateway": gw}
        for target in targets.values():
            measure(target, 16, plain, seconds=1)  # warm-up: connections, caches, code paths
        refused = measure(gw, 16, personal_new, count=1000).refused
        after_1k = worker_memory(gw.pid)
        refused += measure(gw, 16, personal_new, count=max(0, MEMORY_REQUESTS - 1000)).refused
        after_10k = worker_memory(gw.pid)
        growth = (after_10k[0] / after_1k[0] - 1) * 100
        points: dict[tuple[str, str, int], Point] = {}
        for kind, body, clients_list in (("plain", plain, (1, 16, 64)), ("streamed", streamed, (16, 64)),
                                         ("personal", personal_new, (16,))):
            for clients in clients_list:
                for name, target in targets.items():
                    behind = None if target is up else up.pid
                    points[kind, name, clients] = measure(target, clients, body, seconds=SECONDS, upstream_pid=behind)
        for kind, clients in (("plain", 1), ("plain", 16), ("plain", 64), ("streamed", 16), ("streamed", 64),
                              ("personal", 16)):
            d, f, g = (points[kind, name, clients] for name in targets)
            label = {"plain": "plain 200 chars", "streamed": "streamed", "personal": "new 300 chars with PII"}[kind]
            text = (f"direct {d.rate:,.0f} req/s | forwarder {f.rate:,.0f} ({f.rate / d.rate:.2f}x) | "
                    f"gateway {g.rate:,.0f} ({g.rate / d.rate:.2f}x); gateway over direct p50 "
                    f"+{g.ms(50) - d.ms(50):.1f} ms, p95 +{g.ms(95) - d.ms(95):.1f} ms, p99 {g.ms(99):.0f} ms")
            text += (f"; CPU ceiling (cores / CPU per request of target, upstream and load generator): direct "
                     f"{d.ceiling:,.0f}, forwarder {f.ceiling:,.0f}, gateway {g.ceiling:,.0f} req/s")
            if g.refused or f.refused or d.refused:
                text += f"; REFUSED gateway {dict(g.refused)}, forwarder {dict(f.refused)}, direct {dict(d.refused)}"
            if kind == "streamed":
                text += (f"; first text p50 direct {d.ms(50, d.first_text):.0f} ms, forwarder "
                         f"+{f.ms(50, f.first_text) - d.ms(50, d.first_text):.1f}, gateway "
                         f"+{g.ms(50, g.first_text) - d.ms(50, d.first_text):.1f} ms (response scan on)")
            rows.append((f"load: {label}, {clients} clients", text))
        for clients in (16, 64):
            g, f = points["plain", "gateway", clients], points["plain", "forwarder", clients]
            rows.append((f"cpu: per plain answer, {clients} clients",
                         f"gateway {g.cpu_per_request_ms:.2f} ms, forwarder {f.cpu_per_request_ms:.2f} ms, "
                         f"fake upstream {points['plain', 'direct', clients].cpu_per_request_ms:.2f} ms"))
        g, gp = points["streamed", "gateway", 16], points["plain", "gateway", 16]
        f, fp = points["streamed", "forwarder", 16], points["plain", "forwarder", 16]
        per_stream = g.events / max(1, len(g.latencies))
        rows.append(("cpu: per streamed event, 16 clients",
                     f"gateway {(g.cpu_per_request_ms - gp.cpu_per_request_ms) / per_stream * 1000:.0f} µs, "
                     f"forwarder {(f.cpu_per_request_ms - fp.cpu_per_request_ms) / per_stream * 1000:.0f} µs "
                     f"(stream minus plain answer, {per_stream:.0f} events per stream; whole stream "
                     f"{g.cpu_per_request_ms:.1f} ms)"))
        g = points["personal", "gateway", 16]
        rows.append(("cpu: per new PII request, 16 clients", f"gateway {g.cpu_per_request_ms:.2f} ms"))
        rows.append(("memory: per worker after 1,000 requests",
                     f"RSS {after_1k[0]:,.0f} MB, PSS {after_1k[1]:,.0f} MB"))
        rows.append((f"memory: per worker after {MEMORY_REQUESTS:,} requests",
                     f"RSS {after_10k[0]:,.0f} MB, PSS {after_10k[1]:,.0f} MB ({growth:+.1f} % RSS; new PII texts, "
                     f"16 clients; refused {dict(refused) or 'none'})"))
    rows.append(("load: machine after", f"load average {os.getloadavg()[0]:.2f}"))
    return rows


def main() -> None:
    if os.environ.get("BENCH_ONLY") == "load":
        _print(load_rows())
        return
    start = rss_mb()
    analyzer = Analyzer(load_pii_rules(ROOT / "rules" / "pii.yaml"), nlp=load_nlp())
    rows = [("memory: process before model load", f"{start:,.0f} MB"),
            ("memory: after model load", f"{rss_mb():,.0f} MB")]
    rows += detection_rows(analyzer)
    rows += load_rows()
    _print(rows)


def _print(rows: list[tuple[str, str]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}} | result")
    print(f"{'-' * width}-|-{'-' * 60}")
    for label, value in rows:
        print(f"{label:<{width}} | {value}")


if __name__ == "__main__":
    main()
