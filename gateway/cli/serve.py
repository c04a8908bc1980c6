"""`gateway serve`: the gateway over HTTP, in one process or several workers."""

from __future__ import annotations

import argparse
import os

from gateway.cli._common import rules_option
from gateway.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `serve` command."""
    serve = sub.add_parser("serve", help="serve the gateway over HTTP")
    rules_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    serve.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)),
                       help="worker processes sharing the port (default: the cores this process may use; "
                            "in a container with a CPU limit, give it explicitly)")
    serve.set_defaults(func=_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.workers import serve

    return serve(settings, host=args.host, port=args.port, workers=max(1, args.workers))
