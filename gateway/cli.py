"""The `gateway` command: serve, check-config, keys, pii, report."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from gateway.auth import ROLES, KeyStore
from gateway.config_error import ConfigError
from gateway.settings import Settings, load_settings
from gateway.storage.database import Database


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("GATEWAY_LOG_LEVEL", "INFO"),
                        format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per upstream call; the exchange line says it
    try:
        settings = load_settings(Path(args.rules))
    except ConfigError as err:
        print(f"設定エラー / configuration error: {err.file}: {err.key}: {err.message}", file=sys.stderr)
        return 2
    code: int = args.func(args, settings)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway", description="Privacy-filtering Azure OpenAI gateway.")
    parser.set_defaults(func=_help(parser))
    sub = parser.add_subparsers(title="commands")

    serve = sub.add_parser("serve", help="serve the gateway over HTTP")
    _rules_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    serve.set_defaults(func=_serve)

    check = sub.add_parser("check-config", help="validate rules/*.yaml and explain every error")
    _rules_option(check)
    check.set_defaults(func=_check_config)

    keys = sub.add_parser("keys", help="manage client keys")
    keys.set_defaults(func=_help(keys))
    keys_sub = keys.add_subparsers(title="key commands")
    create = keys_sub.add_parser("create", help="issue a new key; prints it as the last line")
    _rules_option(create)
    create.add_argument("--app", required=True, help="application name (policy is per application)")
    create.add_argument("--department", required=True, help="department that pays for the usage")
    create.add_argument("--role", choices=ROLES, default="client", help="client (default), auditor or admin")
    create.add_argument("--user", default=None, help="the person the key belongs to, if it is personal")
    create.set_defaults(func=_keys_create)

    pii = sub.add_parser("pii", help="personal-information detection tools")
    pii.set_defaults(func=_help(pii))
    pii_sub = pii.add_subparsers(title="pii commands")
    analyze = pii_sub.add_parser(
        "analyze", help='read JSON lines {"text": ...} on stdin, write {"entities": [...], "masked": ...} lines')
    _rules_option(analyze)
    analyze.set_defaults(func=_pii_analyze)

    report = sub.add_parser("report", help="usage and cost in yen for one month, grouped as asked")
    _rules_option(report)
    report.add_argument("--month", default=None, help="YYYY-MM (default: this month, Asia/Tokyo)")
    report.add_argument("--by", default="department", help="department (default), app, user or model")
    report.add_argument("--format", default="table", help="table (default), csv (UTF-8 with BOM, for Excel) or json")
    report.set_defaults(func=_report)
    return parser


def _help(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace, Settings], int]:
    def show(_args: argparse.Namespace, _settings: Settings) -> int:
        parser.print_help()
        return 1

    return show


def _rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", default="rules", help="directory holding the rules YAML (default ./rules)")


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from gateway.app import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port, access_log=False, log_config=None,
                timeout_graceful_shutdown=10)
    return 0


def _check_config(_args: argparse.Namespace, settings: Settings) -> int:
    rules = settings.gateway
    print(f"rules: {settings.rules_dir} OK")
    for name, backend in rules.backends.items():
        where = "built-in simulator" if backend.kind == "simulator" else f"{backend.kind} {backend.endpoint}"
        print(f"  backend {name}: {where}")
    for name, deployment in rules.deployments.items():
        print(f"  deployment {name}: {' -> '.join(deployment.backends)}")
    for app, policy in settings.policy.applications.items():
        overrides = "".join(f", {entity}: {action}" for entity, action in policy.pii.items())
        print(f"  application {app}: deployments {', '.join(policy.deployments)}{overrides}")
    by_action: dict[str, list[str]] = {}
    for entity, rule in settings.pii.entities.items():
        by_action.setdefault(rule.action, []).append(entity)
    for action, entities in sorted(by_action.items()):
        print(f"  pii {action}: {', '.join(sorted(entities))}")
    pii = settings.pii
    print(f"  pii allow-list: {len(pii.allow_list)} values; deny-list: {sum(map(len, pii.deny_list.values()))} values;"
          f" city rules: {', '.join(r.name for r in pii.custom) or 'none'}")
    _check_pricing(settings)
    return 0


def _check_pricing(settings: Settings) -> None:
    pricing = settings.pricing
    for model, rows in pricing.prices.items():
        latest = rows[-1]
        print(f"  price {model}: from {latest.since} JPY/1M input {latest.input} cached {latest.cached_input}"
              f" output {latest.output} ({len(rows)} rows)")
    for name, deployment in settings.gateway.deployments.items():
        if name != "*" and pricing.model_of(name, deployment.model) is None:
            print(f"  warning: deployment {name} has no price in pricing.yaml: metered in tokens, reported as 0 yen")
    for name, rule in settings.policy.departments.items():
        print(f"  department {name}: budget {rule.monthly_budget_jpy} JPY/month, warn at {rule.warn_at:.0%}")


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
    db = Database(settings.database_url)
    try:
        report = build_report(db, settings, month, by)
    finally:
        db.close()
    sys.stdout.buffer.write(render(report, fmt))
    sys.stdout.flush()
    return 0


def _pii_analyze(_args: argparse.Namespace, settings: Settings) -> int:
    from gateway.privacy.analyzer import Analyzer
    from gateway.privacy.masking import actions, describe

    analyzer = Analyzer(settings.pii)
    action_of = actions(settings.pii)
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            print(json.dumps({"error": f"line {number}: expected a JSON object with a string \"text\""}), flush=True)
            status = 1
            continue
        print(json.dumps(describe(text, analyzer.analyze(text), action_of), ensure_ascii=False), flush=True)
    return status


def _keys_create(args: argparse.Namespace, settings: Settings) -> int:
    db = Database(settings.database_url)
    try:
        key = KeyStore(db).create(args.app, args.department, args.role, args.user)
    finally:
        db.close()
    print(f"created a {args.role} key for app={args.app} department={args.department}")
    print("the key is shown only once; store it in the application's secret store:")
    print(key)
    return 0
