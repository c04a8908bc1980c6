"""A/B runs of the load bench: two gateway checkouts (and the forwarder) in alternating rounds.

`python -m tests.bench_ab A_SRC B_SRC [--rounds N] [--seconds S] [--points plain16,stream16,...] [--scan off]`
starts one fake upstream, the forwarder and a gateway from each checkout (each with its own Redis, both
with `BENCH_WORKERS` workers), then measures every point on every target round after round, the order of
the targets reversed every other round, so that both see the same machine in the same minutes. It prints
each run and, per target and point, the median and range of requests/s, CPU per request (ms), latency p50
and first streamed text p50 over direct (ms). Points: `plainN` and `streamN` (N clients).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from gateway.audit.signing import generate
from tests.bench_load import PLAIN, Point, Target, _gateway_process, forwarder, measure, upstream
from tests.harness import write_rules
from tests.redis_server import redis_server


@contextmanager
def _gateway(up: Target, directory: Path, source: Path, scan: bool) -> Iterator[Target]:
    gateway_yaml: dict[str, object] = {"backends": {"b": {"kind": "azure", "endpoint": up.url}}}
    if not scan:
        gateway_yaml["detection"] = {"response_scan": False}
    rules = write_rules(directory / "rules", gateway_yaml)
    db_dir = Path(os.environ.get("BENCH_DB_DIR", directory))
    env = {**os.environ, "GATEWAY_DATABASE_URL": f"sqlite:///{db_dir}/ab-{directory.name}.db",
           "PYTHONPATH": str(source), "GATEWAY_AUDIT_SIGNING_KEY": generate()[0].decode()}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    with redis_server(directory / "redis") as redis_url:
        env["GATEWAY_REDIS_URL"] = redis_url
        with _gateway_process(env, rules, source) as target:
            yield target


def _body(point: str) -> tuple[int, dict[str, object]]:
    stream = point.startswith("stream")
    clients = int(point.removeprefix("stream" if stream else "plain"))
    return clients, {"model": "gpt-4o", "messages": [{"role": "user", "content": PLAIN}], "stream": stream}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--points", default="plain16,stream16")
    parser.add_argument("--scan", default="on", choices=("on", "off", "both"))
    parser.add_argument("--no-forwarder", action="store_true")
    args = parser.parse_args()
    points = args.points.split(",")
    results: dict[tuple[str, str], list[Point]] = defaultdict(list)
    overheads: dict[tuple[str, str], list[float]] = defaultdict(list)
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        up = stack.enter_context(upstream())
        targets: dict[str, Target] = {"direct": up}
        if not args.no_forwarder:
            targets["forwarder"] = stack.enter_context(forwarder(up))
        scans = {"on": [True], "off": [False], "both": [True, False]}[args.scan]
        for i, source in enumerate(args.sources):
            for scan in scans:
                name = f"{chr(ord('A') + i)}:{source.name}" + ("" if scan else ":noscan")
                directory = Path(tmp) / name.replace(":", "_")
                targets[name] = stack.enter_context(_gateway(up, directory, source.resolve(), scan))
        for target in targets.values():  # warm-up
            measure(target, 16, lambda _n: _body("plain16")[1], seconds=1)
            measure(target, 16, lambda _n: _body("stream16")[1], seconds=1)
        for round_ in range(args.rounds):
            order = list(targets.items())
            if round_ % 2:
                order = [order[0], *reversed(order[1:])]
            for point in points:
                clients, body = _body(point)
                for name, target in order:
                    behind = None if target is up else up.pid
                    gateway = name not in ("direct", "forwarder")
                    before = _overhead(target) if gateway else (0.0, 0.0, 0.0)
                    measured = measure(target, clients, lambda _n, b=body: b, seconds=args.seconds,
                                       upstream_pid=behind)
                    results[name, point].append(measured)
                    own = ""
                    if gateway:
                        after = _overhead(target)
                        count = max(1.0, after[2] - before[2])
                        mean, waited = ((after[i] - before[i]) / count * 1000 for i in (0, 1))
                        own = f" own time before the upstream call {mean:.2f} ms, upstream wait {waited:.1f} ms"
                        overheads[name, point].append(mean)
                    print(f"round {round_} {point:9} {name:22} {_line(measured, results['direct', point][-1])}{own} "
                          f"load {os.getloadavg()[0]:.2f}", flush=True)
        print("\nmedian [range] over rounds")
        for point in points:
            for name in targets:
                runs, direct = results[name, point], results["direct", point]
                cells = [_stat([r.rate for r in runs], "{:.0f} req/s"),
                         _stat([r.cpu_per_request_ms for r in runs], "cpu {:.2f} ms"),
                         _stat([r.ms(50) - d.ms(50) for r, d in zip(runs, direct, strict=True)], "p50 +{:.1f}")]
                if point.startswith("stream"):
                    cells.append(_stat([r.ms(50, r.first_text) - d.ms(50, d.first_text)
                                        for r, d in zip(runs, direct, strict=True)], "first +{:.1f} ms"))
                    cells.append(_stat([r.ms(50, r.first_text) - r.ms(50, r.first_event) for r in runs],
                                       "held {:.1f} ms"))
                if overheads[name, point]:
                    cells.append(_stat(overheads[name, point], "before upstream {:.2f} ms"))
                print(f"{point:9} {name:22} " + " | ".join(cells))


_OVERHEAD = re.compile(r'^gateway_(overhead|upstream)_seconds_(sum|count)\{(?:operation="chat.completions"|'
                       r'deployment="[^"]+")\} (\S+)$', re.MULTILINE)


def _overhead(target: Target) -> tuple[float, float, float]:
    """From the gateway's /metrics, summed over its chat requests so far: its own time before the upstream call
    (a stream's; a whole answer's adds its reading), the time until the upstream's answer began, their number."""
    found = {(m, k): float(v) for m, k, v in _OVERHEAD.findall(httpx.get(f"{target.url}/metrics", timeout=10).text)}
    return found.get(("overhead", "sum"), 0), found.get(("upstream", "sum"), 0), found.get(("overhead", "count"), 0)


def _line(point: Point, direct: Point) -> str:
    text = f"{point.rate:7.1f} req/s cpu {point.cpu_per_request_ms:6.2f} ms p50 {point.ms(50):6.1f} ms"
    if point.first_text:
        text += (f" first {point.ms(50, point.first_text):6.1f} ms "
                 f"(+{point.ms(50, point.first_text) - direct.ms(50, direct.first_text):.1f}) "
                 f"after the first event {point.ms(50, point.first_text) - point.ms(50, point.first_event):.1f}")
    if point.refused:
        text += f" REFUSED {dict(point.refused)}"
    return text


def _stat(values: list[float], fmt: str) -> str:
    return fmt.format(statistics.median(values)) + f" [{min(values):.2f}–{max(values):.2f}]"


if __name__ == "__main__":
    main()
