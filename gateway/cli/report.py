"""`gateway report`: a month's usage and cost in yen."""

from __future__ import annotations

import argparse
import sys

from gateway.cli._common import rules_option
from gateway.settings import Settings
from gateway.storage.migrate import open_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `report` command."""
    report = sub.add_parser("report", help="usage and cost in yen for one month, grouped as asked")
    rules_option(report)
    report.add_argument("--month", default=None, help="YYYY-MM (default: this month, Asia/Tokyo)")
    report.add_argument("--by", default="department", help="department (default), app, user or model")
    report.add_argument("--format", default="table", help="table (default), csv (UTF-8 with BOM, for Excel) or json")
    report.set_defaults(func=_report)


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.errors import GatewayError
    from gateway.metering.month import Month
    from gateway.metering.render import render
    from gateway.metering.report import build_report, parse_by, parse_format

    try:
        month, by, fmt = Month.parse(args.month), parse_by(args.by), parse_format(args.format)
    except GatewayError as err:
        print(f"エラー / error: --{err.param}: {err.message}", file=sys.stderr)
        return 2
    db = open_database(settings.database_url)
    try:
        report = build_report(db, settings, month, by)
    finally:
        db.close()
    sys.stdout.buffer.write(render(report, fmt))
    sys.stdout.flush()
    return 0
