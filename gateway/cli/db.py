"""`gateway db …`: the database schema (Alembic migrations shipped inside the package)."""

from __future__ import annotations

import argparse

from gateway.cli._common import rules_option, show_help
from gateway.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `db` command group."""
    db = sub.add_parser("db", help="database schema: upgrade, current, check",
                        description="The database named by GATEWAY_DATABASE_URL (default sqlite:///var/gateway.db).")
    db.set_defaults(func=show_help(db))
    db_sub = db.add_subparsers(title="database commands")
    upgrade = db_sub.add_parser("upgrade", help="apply every migration this release has (safe to repeat)")
    upgrade.add_argument("--revision", default="head", help="migrate up to this revision (default: head)")
    upgrade.set_defaults(func=_upgrade)
    current = db_sub.add_parser("current", help="print the database's schema revision and the one this release needs")
    current.set_defaults(func=_current)
    check = db_sub.add_parser("check", help="exit 1 unless the schema is at head and matches the code exactly")
    check.set_defaults(func=_check)
    revision = db_sub.add_parser("revision", help="(developers) write a new migration from the code's schema")
    revision.add_argument("-m", "--message", required=True, help="what the migration changes")
    revision.set_defaults(func=_revision)
    for parser in (upgrade, current, check, revision):
        rules_option(parser)


def _upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.storage import migrate
    from gateway.storage.database import Database

    db = Database(settings.database_url)
    try:
        before = migrate.current(db)
        migrate.upgrade(db, args.revision)
        print(f"{db.label}: {before or 'empty'} -> {migrate.current(db)}")
    finally:
        db.close()
    return 0


def _current(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.storage import migrate
    from gateway.storage.database import Database

    db = Database(settings.database_url)
    try:
        at, head = migrate.current(db), migrate.head()
    finally:
        db.close()
    state = "up to date" if at == head else f"behind: run `{migrate.UPGRADE_COMMAND}`"
    print(f"{db.label}: current {at or 'empty'}, head {head} ({state})")
    return 0


def _check(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.storage import migrate
    from gateway.storage.database import Database

    db = Database(settings.database_url)
    try:
        at, head = migrate.current(db), migrate.head()
        if at != head:
            print(f"{db.label}: schema at {at or 'empty'}, this release needs {head}: run `{migrate.UPGRADE_COMMAND}`")
            return 1
        diff = migrate.differences(db)
    finally:
        db.close()
    if diff:
        print(f"{db.label}: at {head} but differs from the code's schema (a change without a migration?):")
        for item in diff:
            print(f"  {item}")
        return 1
    print(f"{db.label}: at {head}, matches the code's schema")
    return 0


def _revision(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.storage import migrate
    from gateway.storage.database import Database

    db = Database(settings.database_url)
    try:
        migrate.upgrade(db)
        migrate.revision(db, args.message)
    finally:
        db.close()
    return 0
