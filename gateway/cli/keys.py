"""`gateway keys create | list | rotate | revoke`: client keys.

`rotate` and `revoke` take the prefix `list` shows (or the whole key). With `GATEWAY_REDIS_URL` set,
they also bump the shared revocation generation, so every running replica drops its cached lookups
before its next request; without Redis the gateway does not cache lookups at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime, timedelta

from gateway.audit.events import AuditEvent, record_event
from gateway.cli._common import rules_option, show_help
from gateway.keys.store import ROLES, KeyInfo, KeyNotFound, KeyStore
from gateway.settings import Settings
from gateway.storage.database import Database
from gateway.storage.migrate import open_database

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


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
    create.set_defaults(func=_create)
    listing = keys_sub.add_parser("list", help="every key: prefix, app, department, role, user, dates, state")
    rules_option(listing)
    listing.set_defaults(func=_list)
    rotate = keys_sub.add_parser("rotate", help="issue a new key for the same identity; the old one works for --grace")
    rules_option(rotate)
    rotate.add_argument("prefix", help="the prefix shown by `keys list` (or the whole key)")
    rotate.add_argument("--grace", default="24h", help="how long the old key keeps working: 90s, 30m, 24h, 7d")
    rotate.set_defaults(func=_rotate)
    revoke = keys_sub.add_parser("revoke", help="stop a key at once (every running replica, next request)")
    rules_option(revoke)
    revoke.add_argument("prefix", help="the prefix shown by `keys list` (or the whole key)")
    revoke.set_defaults(func=_revoke)


def _create(args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings.database_url)
    try:
        store = KeyStore(db)
        key = store.create(args.app, args.department, args.role, args.user)
        _event(db, "key.created", store.resolve(key))
    finally:
        db.close()
    print(f"created a {args.role} key for app={args.app} department={args.department}")
    print("the key is shown only once; store it in the application's secret store:")
    print(key)
    return 0


def _list(_args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings.database_url)
    try:
        infos = KeyStore(db).list()
    finally:
        db.close()
    now = datetime.now(UTC)
    rows = [("PREFIX", "APP", "DEPARTMENT", "ROLE", "USER", "CREATED", "LAST USED", "REVOKED", "STATE")]
    rows += [(i.prefix, i.app, i.department, i.role, i.user or "-", _when(i.created_at), _when(i.last_used_at),
              _when(i.revoked_at), i.state(now)) for i in infos]
    widths = [max(_width(r[c]) for r in rows) for c in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _rotate(args: argparse.Namespace, settings: Settings) -> int:
    grace = _duration(args.grace)
    if grace is None:
        print("--grace は 90s, 30m, 24h, 7d のような期間で指定してください (最大 90d)", file=sys.stderr)
        return 2
    db = open_database(settings.database_url)
    try:
        store = KeyStore(db)
        try:
            key, old = store.rotate(args.prefix, grace)
        except KeyNotFound:
            return _not_found(args.prefix)
        new = store.resolve(key)
        _event(db, "key.rotated", old, grace_seconds=int(grace.total_seconds()), new_prefix=new.prefix)
    finally:
        db.close()
    code = _bump_generation()
    print(f"rotated {old.prefix}: it works until {datetime.now(UTC) + grace:%Y-%m-%d %H:%M:%S}Z;"
          f" the new key ({new.prefix}) for app={old.app} department={old.department} is shown only once:")
    print(key)
    return code


def _revoke(args: argparse.Namespace, settings: Settings) -> int:
    db = open_database(settings.database_url)
    try:
        try:
            info = KeyStore(db).revoke(args.prefix)
        except KeyNotFound:
            return _not_found(args.prefix)
        _event(db, "key.revoked", info)
    finally:
        db.close()
    code = _bump_generation()
    print(f"revoked {info.prefix} (app={info.app} department={info.department} role={info.role})")
    return code


def _bump_generation() -> int:
    """Tell every replica to drop cached key lookups (only Redis-backed gateways cache them)."""
    url = os.environ.get("GATEWAY_REDIS_URL")
    if not url:
        print("note: GATEWAY_REDIS_URL is not set here. Gateways without Redis look keys up in the database on "
              "every request (refused at once); gateways with Redis cache them: run this command with the same "
              "GATEWAY_REDIS_URL, or they drop the cached key within 30 seconds. / GATEWAY_REDIS_URL 未設定: "
              "Redis を使うゲートウェイでは最大 30 秒キャッシュが残ります。同じ GATEWAY_REDIS_URL で実行してください。",
              file=sys.stderr)
        return 0
    import redis

    from gateway.policy.counters.redis_store import GENERATION_KEY

    try:
        redis.Redis.from_url(url, socket_timeout=5).incr(GENERATION_KEY)
    except (redis.RedisError, OSError) as exc:
        print(f"warning: Redis unreachable ({type(exc).__name__}); running gateways drop the cached key"
              " within 30 seconds", file=sys.stderr)
        return 1
    return 0


def _event(db: Database, kind: str, info: KeyInfo, **extra: str | int) -> None:
    details = {"prefix": info.prefix, "app": info.app, "department": info.department, "role": info.role, **extra}
    record_event(db, AuditEvent(kind, "cli", details))


def _not_found(prefix: str) -> int:
    print(f"no single key has the prefix {prefix[:12]!r}: use a prefix from `gateway keys list`", file=sys.stderr)
    return 1


def _duration(text: str) -> timedelta | None:
    unit = _UNITS.get(text[-1:])
    number = text[:-1] if unit else text
    if not number.isdigit():
        return None
    seconds = int(number) * (unit or 1)
    return timedelta(seconds=seconds) if seconds <= 90 * 86400 else None


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "-"
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).strftime("%Y-%m-%d %H:%M")


def _width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)
