"""`gateway audit verify`: walk the chain and the signed checkpoints; name the first record that is wrong.

Needs only the public key. Detects a record edited (its hash, or its search columns, no longer match),
removed (a gap in the sequence), inserted or reordered (a record that does not follow the one before),
a chain rewritten up to a checkpoint (the record differs from the signed hash), the start cut off
without a retention anchor, and the tail truncated past a checkpoint. Records after the last
checkpoint are covered by the chain only, and are counted in the result.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from gateway.audit.chain import checkpoint_statement
from gateway.audit.record import GENESIS, chain_hash, columns_of
from gateway.audit.signing import key_id, verify_signature
from gateway.storage.database import Database
from gateway.storage.schema import audit_checkpoints, audit_records

_PAGE = 1000


@dataclass
class Result:
    """What verify found: `problem` and `seq` name the first bad record (None when the chain verifies)."""

    records: int = 0
    checkpoints: int = 0
    first: int | None = None
    last: int | None = None
    unsigned_tail: int = 0  # records after the last checkpoint
    problem: str | None = None
    seq: int | None = None
    wrong_key: bool = False

    @property
    def ok(self) -> bool:
        return self.problem is None

    def fail(self, seq: int | None, problem: str) -> Result:
        self.seq, self.problem = seq, problem
        return self


def verify(db: Database, public: Ed25519PublicKey, start: dt.datetime | None = None) -> Result:
    """Check the whole chain (or from the last checkpoint before `start`); blocking."""
    result = Result()
    with db.engine.connect() as conn:
        ordered = select(audit_checkpoints).order_by(audit_checkpoints.c.seq)
        checkpoints = {int(cp.seq): cp for cp in conn.execute(ordered)}
        first = conn.execute(select(audit_records.c.seq).order_by(audit_records.c.seq).limit(1)).first()
    result.checkpoints = len(checkpoints)
    if (bad := _check_signatures(public, checkpoints, result)) is not None:
        return bad
    if first is None:
        if checkpoints:
            top = max(checkpoints)
            return result.fail(top, f"記録がありません。署名済みチェックポイントは {top} 番までの"
                                    "記録を保証しています (切り詰め)。")
        return result
    seq, prev = int(first.seq), GENESIS
    if start is not None:
        anchors = [s for s, cp in checkpoints.items() if s >= seq and _utc(cp.at) <= start]
        if anchors:
            seq, prev = max(anchors) + 1, checkpoints[max(anchors)].hash
    if prev == GENESIS and seq > 1:
        anchor = checkpoints.get(seq - 1)
        if anchor is None or anchor.kind != "anchor":
            return result.fail(seq - 1, f"{seq - 1} 番までの記録がありません。保存期間の削除を示す"
                                        "署名付きの起点もありません (先頭の記録が削除されています)。")
        prev = anchor.hash
    result.first = seq
    expected = seq
    for row in _records(db, seq):
        if row.seq != expected:
            return result.fail(expected, f"記録 {expected} がありません (削除されています)。")
        if row.prev_hash != prev:
            return result.fail(row.seq, f"記録 {row.seq} が記録 {row.seq - 1} の次になっていません "
                                        "(記録の挿入・削除・並べ替えがあります)。")
        if chain_hash(row.prev_hash, row.seq, row.body) != row.hash:
            return result.fail(row.seq, f"記録 {row.seq} の内容がハッシュと一致しません (書き換えられています)。")
        if not _columns_agree(row):
            return result.fail(row.seq, f"記録 {row.seq} の検索用の列が内容と一致しません (書き換えられています)。")
        checkpoint = checkpoints.get(row.seq)
        if checkpoint is not None and checkpoint.hash != row.hash:
            return result.fail(row.seq, f"記録 {row.seq} が署名済みチェックポイントと一致しません "
                                        f"({row.seq} 番までの記録が作り直されています)。")
        prev, expected = row.hash, expected + 1
        result.records += 1
    result.last = expected - 1
    beyond = [s for s in checkpoints if s > result.last]
    if beyond:
        return result.fail(result.last + 1, f"記録 {result.last + 1} から {max(beyond)} がありません。"
                                            "署名済みチェックポイントはそこまでの記録を保証しています (切り詰め)。")
    signed = [s for s in checkpoints if s <= result.last]
    result.unsigned_tail = result.last - max(signed) if signed else result.records
    return result


def check_pins(db: Database, pins: list[tuple[int, str]], result: Result) -> Result:
    """After a passing `verify`: each (seq, hash) kept outside the database (the checkpoint log lines) must
    still be in the chain, unchanged; a missing one past the chain's start means the tail was cut."""
    with db.engine.connect() as conn:
        for seq, digest in pins:
            stored = conn.execute(select(audit_records.c.hash).where(audit_records.c.seq == seq)).scalar()
            if stored is None and result.first is not None and seq < result.first:
                continue  # purged by retention, anchored by its own checkpoint
            if stored is None:
                return result.fail(seq, f"記録 {seq} がありません: 外部に控えたチェックポイントより後が切り詰め"
                                        "られています (チェックポイントごと削除)。")
            if stored != digest:
                return result.fail(seq, f"記録 {seq} のハッシュが外部に控えたチェックポイントと違います "
                                        "(チェックポイントごと書き換えられています)。")
    return result


def _check_signatures(public: Ed25519PublicKey, checkpoints: dict[int, Any], result: Result) -> Result | None:
    ours = key_id(public)
    for seq, cp in checkpoints.items():
        message = checkpoint_statement(seq, cp.hash, _utc(cp.at), cp.kind, cp.key_id)
        if verify_signature(public, message, cp.signature):
            continue
        if cp.key_id != ours:
            result.wrong_key = True
            return result.fail(seq, f"公開鍵が違います: チェックポイントは key_id {cp.key_id} の鍵で"
                                    "署名されていますが、"
                                    f"指定された公開鍵は key_id {ours} です。")
        return result.fail(seq, f"チェックポイント {seq} の署名が正しくありません (偽造または書き換え)。")
    return None


def _records(db: Database, start: int) -> Iterator[Any]:
    after = start - 1
    while True:
        with db.engine.connect() as conn:
            rows = conn.execute(select(audit_records).where(audit_records.c.seq > after)
                                .order_by(audit_records.c.seq).limit(_PAGE)).all()
        yield from rows
        if len(rows) < _PAGE:
            return
        after = rows[-1].seq


def _columns_agree(row: Any) -> bool:
    try:
        expected = columns_of(json.loads(row.body))
    except (ValueError, KeyError, TypeError):
        return False
    stored = {name: getattr(row, name) for name in expected}
    stored["at"] = _utc(stored["at"])
    expected["at"] = _utc(expected["at"])
    return stored == expected


def _utc(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
