"""`gateway serve`: the gateway over HTTP."""

from __future__ import annotations

import argparse

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
    serve.set_defaults(func=_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from gateway.app import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port, access_log=False, log_config=None,
                timeout_graceful_shutdown=args.shutdown_timeout)
    return 0
