"""`gateway audit`: keygen, verify, search, purge, checkpoint."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from gateway.audit.search import FILTERS
from gateway.cli._common import rules_option, show_help
from gateway.settings import Settings
from gateway.storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `audit` command group."""
    audit = sub.add_parser("audit", help="the tamper-evident audit log: verify, search, keys, retention")
    audit.set_defaults(func=show_help(audit))
    group = audit.add_subparsers(title="audit commands")
    keygen = group.add_parser("keygen", help="make an Ed25519 key pair for signing checkpoints")
    rules_option(keygen)
    keygen.add_argument("--out", required=True, help="private key file to write (mode 600); NAME.pub: public key")
    keygen.set_defaults(func=_keygen)
    verify = group.add_parser("verify", help="check the hash chain and the signed checkpoints")
    rules_option(verify)
    verify.add_argument("--from", dest="start", help="start at the last checkpoint before this date (YYYY-MM-DD)")
    verify.add_argument("--public-key", help="public key (PEM); default: audit.public_key_file, else the signing key's")
    verify.add_argument("--expect", action="append", default=[], metavar="SEQ:HASH",
                        help="a checkpoint kept outside the database (the `audit checkpoint` log lines): "
                             "the chain must still hold it; repeatable")
    verify.set_defaults(func=_verify)
    search = group.add_parser("search", help="find records; jsonl and csv export the whole range")
    rules_option(search)
    for name in ("from", "to", *FILTERS):
        search.add_argument(f"--{name.replace('_', '-')}", dest=f"q_{name}", default=None)
    search.add_argument("--format", default="table", choices=("table", "jsonl", "csv"))
    search.set_defaults(func=_search)
    purge = group.add_parser("purge", help="remove records older than audit.retention_days, anchored by a signature")
    rules_option(purge)
    purge.add_argument("--days", type=int, default=None, help="override audit.retention_days")
    purge.set_defaults(func=_purge)
    checkpoint = group.add_parser("checkpoint", help="sign a checkpoint at the chain's head now")
    rules_option(checkpoint)
    checkpoint.set_defaults(func=_checkpoint)


def _keygen(args: argparse.Namespace, _settings: Settings) -> int:
    from gateway.audit.signing import generate

    out = Path(args.out)
    if out.exists():
        print(f"エラー: {out} は既にあります。上書きしません。", file=sys.stderr)
        return 2
    private, public = generate()
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(private)
    out.with_name(out.name + ".pub").write_bytes(public)
    print(f"秘密鍵 / private key: {out}\n公開鍵 / public key: {out}.pub")
    return 0


def _verify(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.audit.search import moment
    from gateway.audit.signing import AuditKeyError, load_public_key, load_signer
    from gateway.audit.verify import check_pins, verify
    from gateway.errors import GatewayError

    try:
        start = moment(args.start, "from", end=False) if args.start else None
    except GatewayError as err:
        print(f"エラー / error: --from: {err.message}", file=sys.stderr)
        return 2
    path = args.public_key or settings.gateway.audit.public_key_file
    try:
        public = load_public_key(Path(path).read_bytes()) if path else load_signer(settings.gateway.audit).public
    except (OSError, AuditKeyError) as err:
        print(f"エラー / error: 公開鍵を読めません: {err}", file=sys.stderr)
        return 2
    try:
        pins = [(int(seq), digest.strip().lower()) for seq, _, digest in (p.partition(":") for p in args.expect)]
    except ValueError:
        print("エラー / error: --expect は SEQ:HASH の形です (例 1000:3fa9…)", file=sys.stderr)
        return 2
    db = Database(settings.database_url)
    try:
        result = verify(db, public, start)
        if result.ok and pins:
            result = check_pins(db, pins, result)
    finally:
        db.close()
    if not result.ok:
        print(f"改ざんを検出 / TAMPERING DETECTED: 記録 {result.seq}: {result.problem}", file=sys.stderr)
        return 2 if result.wrong_key else 1
    print(f"OK: 記録 {result.records} 件 ({result.first or '-'}〜{result.last or '-'}), 署名済みチェックポイント "
          f"{result.checkpoints} 件; 最後のチェックポイント以降の未署名の記録 {result.unsigned_tail} 件")
    return 0


def _search(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.audit import export, search
    from gateway.audit.events import record_event
    from gateway.audit.route import exported
    from gateway.errors import GatewayError

    params = {name: getattr(args, f"q_{name}") for name in ("from", "to", *search.FILTERS)}
    try:
        query = search.parse_query({k: v for k, v in params.items() if v is not None})
    except GatewayError as err:
        print(f"エラー / error: --{err.param}: {err.message}", file=sys.stderr)
        return 2
    db = Database(settings.database_url)
    try:
        if args.format != "table":
            record_event(db, exported("cli", query, args.format))
        out = sys.stdout
        for text in export.write(search.iterate(db, query), args.format):
            out.write(text)
        out.flush()
    finally:
        db.close()
    return 0


def _purge(args: argparse.Namespace, settings: Settings) -> int:
    from gateway.audit.events import AuditEvent, record_event
    from gateway.audit.retention import purge
    from gateway.audit.signing import load_signer

    days = settings.gateway.audit.retention_days if args.days is None else args.days
    if days <= 0:
        print("保存期間が設定されていません (audit.retention_days)。何も削除しません。", file=sys.stderr)
        return 0
    signer = load_signer(settings.gateway.audit)
    before = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    db = Database(settings.database_url)
    try:
        removed = purge(db, signer, before)
        record_event(db, AuditEvent("audit.purged", "cli", {"before": before.isoformat(), "records": removed}))
    finally:
        db.close()
    print(f"{removed} 件の記録を削除しました ({before:%Y-%m-%d} より前)。")
    return 0


def _checkpoint(_args: argparse.Namespace, settings: Settings) -> int:
    from gateway.audit.chain import checkpoint_now
    from gateway.audit.signing import load_signer

    signer = load_signer(settings.gateway.audit)
    db = Database(settings.database_url)
    try:
        seq = checkpoint_now(db, signer)
    finally:
        db.close()
    print(f"チェックポイント: 記録 {seq} まで署名しました (key_id {signer.key_id})。")
    return 0
