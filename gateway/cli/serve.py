"""`gateway serve`: the gateway over HTTP, in one process or several workers."""

from __future__ import annotations

import argparse
import os
import sys

from gateway.cli._common import rules_option
from gateway.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `serve` command."""
    serve = sub.add_parser("serve", help="serve the gateway over HTTP")
    rules_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    serve.add_argument("--shutdown-timeout", type=float, default=30.0,
                       help="on SIGTERM, seconds to let requests and streams in flight finish (default 30)")
    serve.add_argument("--workers", type=int, default=None,
                       help="worker processes sharing the port (default: the cores this process may use with "
                            "GATEWAY_REDIS_URL set, else 1; in a container with a CPU limit, give it explicitly)")
    serve.set_defaults(func=_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.workers import serve

    workers = args.workers or (len(os.sched_getaffinity(0)) if os.environ.get("GATEWAY_REDIS_URL") else 1)
    if workers > 1 and not os.environ.get("GATEWAY_REDIS_URL"):
        print("エラー / error: --workers を 2 以上にするには GATEWAY_REDIS_URL (Redis) が必要です。利用上限と予算の"
              "カウンターを全ワーカーで共有するためです。 / several workers need GATEWAY_REDIS_URL, so that limits and "
              "budgets are counted once for all of them.", file=sys.stderr)
        return 2
    return serve(settings, host=args.host, port=args.port, workers=workers, shutdown_timeout=args.shutdown_timeout)
