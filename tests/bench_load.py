"""The load part of `make bench`: direct vs a minimal forwarder vs the gateway, as ratios in one run.

Every target is its own process (tree): the fake upstream (answers after 50 ms, streams echo the
prompt 3 characters per event), the minimal Litestar + httpx forwarder (`tests/bench_forwarder.py`)
and the gateway, both with the same number of workers. The load comes from this process (`clients`
keep-alive connections of `tests/bench_client.py`, for `BENCH_SECONDS` per point). CPU is read from /proc for the
target's whole process tree, memory per worker (RSS and PSS: PSS counts pages shared with the other
workers once). Environment: `BENCH_SECONDS` (default 5), `BENCH_WORKERS` (default: the cores; 0 runs
a `gateway serve` without the option), `BENCH_GATEWAY_SRC` (another checkout's gateway, for before/after),
`BENCH_MEMORY_REQUESTS` (default 10000), `BENCH_DB_DIR` (where the gateway's SQLite file goes;
default a temporary directory on disk, `/dev/shm` takes the disk's commit latency out).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from gateway.audit.signing import generate
from tests.bench_client import Connection
from tests.harness import write_rules
from tests.redis_server import free_port, redis_server

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 1)))
MEMORY_REQUESTS = int(os.environ.get("BENCH_MEMORY_REQUESTS", "10000"))
PATH = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
UPSTREAM_DELAY = 0.05
_TICK = os.sysconf("SC_CLK_TCK")
_CONTENT = re.compile(rb'"content":"[^"]')
# 200 characters of plain Japanese without personal data
PLAIN = ("来週の窓口当番表を作るための手順を三つ教えてください。繁忙期の土曜開庁にも対応し、"
         "担当課ごとの人数の偏りが出ないようにしたいです。") * 3
PLAIN = PLAIN[:200]
_FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田"]
_GIVEN = ["花子", "太郎", "健一", "美咲", "翔太", "陽菜", "大輔", "優子", "直樹", "恵美", "誠", "結衣"]


def personal(n: int) -> str:
    """A new 300-character text with a name, a phone number, an e-mail address and an address."""
    name = _FAMILY[n % 12] + _GIVEN[(n // 12) % 12]
    text = (f"相談記録{n}: 相談者の{name}さん（090-{4000 + n % 5000:04d}-{n % 10000:04d}、"
            f"user{n}@example.jp）は茨城県つくば市竹園{1 + n % 3}丁目{1 + n % 20}番地{1 + n % 9}に住んでいます。"
            "介護保険の申請について窓口で相談があり、必要な書類と今後の手続きの流れを説明しました。"
            "次回の面談日程は担当者から改めて電話で連絡する予定です。この記録を要約してください。")
    return (text + "追記なし。" * 60)[:300]


@dataclass
class Point:
    """One measured point: latencies of finished requests, first streamed text, CPU of the target."""

    latencies: list[float] = field(default_factory=list)
    first_text: list[float] = field(default_factory=list)
    first_event: list[float] = field(default_factory=list)  # the first event of any kind (the role chunk)
    events: int = 0
    refused: collections.Counter[str] = field(default_factory=collections.Counter)  # status and error code
    seconds: float = 0.0
    cpu: float = 0.0
    others_cpu: float = 0.0  # the load generator and, through a proxy, the upstream: same machine, same cores

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def ms(self, q: int, values: list[float] | None = None) -> float:
        data = sorted(values if values is not None else self.latencies)
        return data[min(len(data) - 1, int(len(data) * q / 100))] * 1000 if data else float("nan")

    @property
    def cpu_per_request_ms(self) -> float:
        return self.cpu / max(1, len(self.latencies)) * 1000

    @property
    def ceiling(self) -> float:
        """Requests per second this machine's cores could serve at this point's CPU cost per request (the
        target's, the upstream's and the load generator's together): the physical limit of the point."""
        per_request = (self.cpu + self.others_cpu) / max(1, len(self.latencies))
        return (os.cpu_count() or 1) / per_request if per_request else float("inf")


async def _drive(url: str, clients: int, body: Callable[[int], dict[str, object]], *, seconds: float | None = None,
                 count: int | None = None) -> Point:
    point, numbers = Point(), itertools.count()
    stop = time.perf_counter() + (seconds or 3600)

    async def worker() -> None:
        connection = Connection(url, _HEADERS)
        try:
            while time.perf_counter() < stop:
                n = next(numbers)
                if count is not None and n >= count:
                    return
                payload = body(n)
                start = time.perf_counter()
                first: list[float] = []
                any_event: list[float] = []

                def on_piece(piece: bytes, first: list[float] = first, any_event: list[float] = any_event,
                             start: float = start) -> None:
                    if not any_event:
                        any_event.append(time.perf_counter() - start)
                    if not first and _CONTENT.search(piece):
                        first.append(time.perf_counter() - start)

                answer = await connection.send(PATH, payload, on_piece if payload.get("stream") else None)
                if answer.status != 200:
                    point.refused[_refusal(answer.status, answer.body)] += 1
                    continue
                if payload.get("stream"):
                    point.events += answer.body.count(b"data:")
                    point.first_text.append(first[0] if first else float("nan"))
                    point.first_event.append(any_event[0] if any_event else float("nan"))
                point.latencies.append(time.perf_counter() - start)
        finally:
            connection.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    point.seconds = time.perf_counter() - start
    return point


_HEADERS: dict[str, str] = {}


def _refusal(status: int, body: bytes) -> str:
    try:
        return f"{status} {json.loads(body)['error']['code']}"
    except (ValueError, KeyError, TypeError):
        return str(status)


def measure(target: Target, clients: int, body: Callable[[int], dict[str, object]], *,
            upstream_pid: int | None = None, **how: float) -> Point:
    """Drive `target` and charge it the CPU its process tree used meanwhile; the CPU of the load generator
    (this process) and of the upstream behind a proxy (`upstream_pid`) is kept apart."""
    _HEADERS.clear()
    _HEADERS.update(target.headers)
    before, others = tree_cpu(target.pid), _own_cpu() + (tree_cpu(upstream_pid) if upstream_pid else 0.0)
    point = asyncio.run(_drive(target.url, clients, body, **how))  # type: ignore[arg-type]
    point.cpu = tree_cpu(target.pid) - before
    point.others_cpu = _own_cpu() + (tree_cpu(upstream_pid) if upstream_pid else 0.0) - others
    return point


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


# processes


@dataclass
class Target:
    url: str
    pid: int
    headers: dict[str, str] = field(default_factory=dict)


@contextmanager
def _process(argv: list[str], ready: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Iterator[int]:
    process = subprocess.Popen(argv, cwd=cwd, env=env or dict(os.environ), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{argv[:4]} did not start")
            with suppress(httpx.HTTPError):
                if httpx.get(ready, timeout=1).status_code < 500:
                    break
            time.sleep(0.3)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def upstream() -> Iterator[Target]:
    port = free_port()
    with _process([sys.executable, "-m", "tests.bench_load", "upstream", str(port)],
                  f"http://127.0.0.1:{port}/openai/deployments/x/chat/completions") as pid:
        yield Target(f"http://127.0.0.1:{port}", pid)


@contextmanager
def forwarder(up: Target) -> Iterator[Target]:
    port = free_port()
    argv = [sys.executable, "-m", "uvicorn", "tests.bench_forwarder:app", "--port", str(port), "--no-access-log",
            "--log-level", "warning", "--workers", str(max(1, WORKERS))]
    with _process(argv, f"http://127.0.0.1:{port}/", {**os.environ, "BENCH_UPSTREAM": up.url}) as pid:
        yield Target(f"http://127.0.0.1:{port}", pid)


@contextmanager
def gateway(up: Target, directory: Path) -> Iterator[Target]:
    source = Path(os.environ.get("BENCH_GATEWAY_SRC", ROOT))
    rules = write_rules(directory, {"backends": {"b": {"kind": "azure", "endpoint": up.url}}})
    database = Path(os.environ.get("BENCH_DB_DIR", directory)) / f"bench-{os.getpid()}.db"
    env = {**os.environ, "GATEWAY_DATABASE_URL": f"sqlite:///{database}", "PYTHONPATH": str(source),
           "GATEWAY_AUDIT_SIGNING_KEY": generate()[0].decode()}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    shared = redis_server(directory / "redis") if WORKERS > 1 else nullcontext(None)  # workers share counters
    with shared as redis_url:
        if redis_url:
            env["GATEWAY_REDIS_URL"] = redis_url
        with _gateway_process(env, rules, source) as target:
            yield target


@contextmanager
def _gateway_process(env: dict[str, str], rules: Path, source: Path) -> Iterator[Target]:
    created = subprocess.run([sys.executable, "-m", "gateway", "keys", "create", "--app", "bench", "--department",
                              "bench", "--rules", str(rules)], env=env, cwd=source, capture_output=True, text=True,
                             check=True)
    port = free_port()
    argv = [sys.executable, "-m", "gateway", "serve", "--port", str(port), "--rules", str(rules)]
    argv += ["--workers", str(WORKERS)] if WORKERS else []
    with _process(argv, f"http://127.0.0.1:{port}/readyz", env, cwd=source) as pid:
        yield Target(f"http://127.0.0.1:{port}", pid, {"api-key": created.stdout.strip().splitlines()[-1]})


def _tree(pid: int) -> list[int]:
    pids = [pid]
    with suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                pids += _tree(int(child))
    return pids


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by `pid` and its live descendants."""
    total = 0
    for p in _tree(pid):
        with suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / _TICK


def worker_memory(pid: int) -> tuple[float, float]:
    """The largest RSS and PSS (MB) among the serving processes (the workers, or the one process)."""
    pids = _tree(pid)
    serving = pids[1:] if len(pids) > 1 else pids
    rss = pss = 0.0
    for p in serving:
        with suppress(OSError):
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss = max(rss, int(line.split()[1]) / 1024)
                elif line.startswith("Pss:"):
                    pss = max(pss, int(line.split()[1]) / 1024)
    return rss, pss


def serve_upstream(port: int) -> None:
    """The fake Azure upstream as its own process: every answer after 50 ms."""
    import uvicorn

    from tests.fake_upstream.app import FakeApp
    from tests.fake_upstream.model import Behaviour

    app = FakeApp(chunk_size=3, azure=True, api_key=None, require_api_version=True)
    app.default = Behaviour(delay=UPSTREAM_DELAY)
    app.requests = _Forgetful()
    uvicorn.run(app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="off")


class _Forgetful(list):  # type: ignore[type-arg]
    """The fake upstream's request log, kept empty: the bench sends tens of thousands."""

    def append(self, _item: object) -> None:
        pass


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


if __name__ == "__main__" and sys.argv[1:2] == ["upstream"]:
    serve_upstream(int(sys.argv[2]))
