"""`gateway keys …`: client keys."""

from __future__ import annotations

import argparse

from gateway.auth import ROLES, KeyStore
from gateway.cli._common import rules_option, show_help
from gateway.settings import Settings
from gateway.storage.migrate import open_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `keys` command group."""
    keys = sub.add_parser("keys", help="manage client keys")
    keys.set_defaults(func=show_help(keys))
    keys_sub = keys.add_subparsers(title="key commands")
    create = keys_sub.add_parser("create", help="issue a new key; prints it as the last line")
    rules_option(create)
    create.add_argument("--app", required=True, help="application name (policy is per application)")
    create.add_argument("--department", required=True, help="department that pays for the usage")
    create.add_argument("--role", choices=ROLES, default="client", help="client (default), auditor or admin")
    create.add_argument("--user", default=None, help="the person the key belongs to, if it is personal")
    create.set_defaults(func=_keys_create)


def _keys_create(args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings.database_url)
    try:
        key = KeyStore(db).create(args.app, args.department, args.role, args.user)
    finally:
        db.close()
    print(f"created a {args.role} key for app={args.app} department={args.department}")
    print("the key is shown only once; store it in the application's secret store:")
    print(key)
    return 0
