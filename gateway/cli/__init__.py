"""The `gateway` command; each command group is a module here with a `register(subparsers)`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from gateway import logs
from gateway.audit.signing import AuditKeyError
from gateway.cli import audit, check_config, db, keys, pii, report, serve
from gateway.cli._common import show_help
from gateway.config_error import ConfigError
from gateway.settings import load_settings
from gateway.storage.migrate import SchemaBehind

COMMANDS = (serve, check_config, keys, pii, report, db, audit)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logs.configure(os.environ.get("GATEWAY_LOG_LEVEL", "INFO"))
    try:
        settings = load_settings(Path(args.rules))
    except ConfigError as err:
        print(f"設定エラー / configuration error: {err.file}: {err.key}: {err.message}", file=sys.stderr)
        return 2
    try:
        code: int = args.func(args, settings)
    except SchemaBehind as err:
        print(err, file=sys.stderr)
        return 2
    except AuditKeyError as err:
        print(f"監査ログの鍵のエラー / audit key error: {err}", file=sys.stderr)
        return 2
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway", description="Privacy-filtering Azure OpenAI gateway.")
    parser.set_defaults(func=show_help(parser), rules="rules")
    sub = parser.add_subparsers(title="commands")
    for command in COMMANDS:
        command.register(sub)
    return parser
