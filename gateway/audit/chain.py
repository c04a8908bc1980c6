"""Appending to the hash chain: one writer at a time, checkpoints signed in the same transaction.

`append` runs inside one database transaction. It first takes the chain's writer lock
(PostgreSQL: `pg_advisory_xact_lock`; SQLite: `BEGIN IMMEDIATE`, the database's single writer), then
reads the chain's head, so every process and replica extends the same chain with one gapless
sequence; the commit releases the lock.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from gateway.audit import statements
from gateway.audit.config import AuditSettings
from gateway.audit.record import GENESIS, Entry, canonical, chain_hash
from gateway.audit.signing import Signer
from gateway.storage.database import Database
from gateway.storage.schema import audit_checkpoints, audit_records

log = logging.getLogger("gateway.audit")



def lock(conn: Connection) -> None:
    """Take the chain's writer lock until the transaction ends; must be the transaction's first statement."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": statements.LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the database's one writer, waiting up to busy_timeout
    else:
        raise NotImplementedError(f"audit chain on {conn.dialect.name}")


def head(conn: Connection) -> tuple[int, str]:
    """The last sequence number and hash (after a purge of everything: the anchor checkpoint's)."""
    last = conn.execute(select(audit_records.c.seq, audit_records.c.hash)
                        .order_by(audit_records.c.seq.desc()).limit(1)).first()
    if last is not None:
        return int(last.seq), str(last.hash)
    anchor = last_checkpoint(conn)
    return (int(anchor.seq), str(anchor.hash)) if anchor is not None else (0, GENESIS)


def last_checkpoint(conn: Connection) -> Any:
    return conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.seq.desc()).limit(1)).first()


@dataclass
class SeenCheckpoint:
    """The latest checkpoint one writer has seen, `(seq, at)`: the chain's own is never older, since checkpoints
    are only added (a purge keeps or replaces the last). While this one says no checkpoint is due, none is, and
    the chain's is not read again. The writer forgets it (`None`) when a transaction fails."""

    last: tuple[int, datetime | None] | None = None


def append(conn: Connection, entries: Sequence[Entry], signer: Signer | None = None,
           settings: AuditSettings | None = None, seen: SeenCheckpoint | None = None) -> int:
    """Append `entries` (and their exchange and ledger rows) in the caller's transaction; returns the last seq.

    With a signer, a checkpoint is signed when `settings.checkpoint_every` records or
    `checkpoint_seconds` have passed since the last one (the last one `seen` knows of, read again only when
    that one says a checkpoint is due).
    """
    compiled = statements.for_connection(conn)
    with statements.driver_errors(conn), contextlib.closing(conn.connection.cursor()) as cursor:
        if compiled.lock is None:
            cursor.execute("BEGIN IMMEDIATE")  # SQLite: the database's one writer, waiting up to busy_timeout
        else:
            cursor.execute(*compiled.lock)
        cursor.execute(compiled.head)
        last = cursor.fetchone()
        seq, prev = (int(last[0]), str(last[1])) if last is not None else head(conn)
        rows = []
        for entry in entries:
            seq += 1
            body = canonical(entry.body)
            digest = chain_hash(prev, seq, body)
            rows.append({"seq": seq, **entry.columns(), "body": body, "prev_hash": prev, "hash": digest})
            prev = digest
        # the exchange rows first: the ledger rows refer to them
        compiled.insert(cursor, compiled.exchanges, [e.exchange_row for e in entries if e.exchange_row is not None])
        compiled.insert(cursor, compiled.usage, [e.usage_row for e in entries if e.usage_row is not None])
        compiled.insert(cursor, compiled.records, rows)
    if signer is not None and settings is not None:
        _checkpoint_if_due(conn, signer, settings, seq, prev, seen or SeenCheckpoint())
    return seq


def checkpoint_statement(seq: int, digest: str, at: datetime, kind: str, key_id: str) -> bytes:
    """The bytes a checkpoint's signature covers."""
    return canonical({"seq": seq, "hash": digest, "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
                      "kind": kind, "key_id": key_id}).encode()


def sign_checkpoint(conn: Connection, signer: Signer, seq: int, digest: str, kind: str = "periodic") -> datetime:
    """Store a signed checkpoint for the chain up to `seq` (replacing one at the same seq); returns its time."""
    at = datetime.now(UTC)
    signature = signer.sign(checkpoint_statement(seq, digest, at, kind, signer.key_id))
    conn.execute(audit_checkpoints.delete().where(audit_checkpoints.c.seq == seq))
    conn.execute(insert(audit_checkpoints).values(seq=seq, hash=digest, at=at, kind=kind, key_id=signer.key_id,
                                                  signature=signature))
    # the same checkpoint outside the database, in the application log the city collects: with it,
    # `gateway audit verify --expect SEQ:HASH` proves that no tail was cut nor rewritten with its checkpoints
    fields = {"seq": seq, "hash": digest, "kind": kind, "key_id": signer.key_id, "signature": signature}
    log.info("audit checkpoint", extra={"fields": fields})
    return at


def _checkpoint_if_due(conn: Connection, signer: Signer, settings: AuditSettings, seq: int, digest: str,
                       seen: SeenCheckpoint) -> None:
    if seen.last is not None and seen.last[1] is not None and not _due(settings, seq, *seen.last):
        return  # (a chain with no record yet has no time to count from: read again)
    last = last_checkpoint(conn)
    seen.last = (int(last.seq), _utc(last.at)) if last is not None else (0, _first_at(conn))
    if _due(settings, seq, *seen.last):
        seen.last = (seq, sign_checkpoint(conn, signer, seq, digest))


def _due(settings: AuditSettings, seq: int, signed: int, since: datetime | None) -> bool:
    """A checkpoint is due at `seq` after the one at `signed` (signed at `since`)."""
    if seq <= signed:
        return False
    waited = (datetime.now(UTC) - since).total_seconds() if since is not None else 0.0
    return seq - signed >= settings.checkpoint_every or waited >= settings.checkpoint_seconds


def _first_at(conn: Connection) -> datetime | None:
    first = conn.execute(select(audit_records.c.at).order_by(audit_records.c.seq).limit(1)).scalar()
    return _utc(first) if first is not None else None


def checkpoint_now(db: Database, signer: Signer) -> int:
    """Sign a checkpoint at the chain's head now (on shutdown, after a purge); returns its seq."""
    with db.engine.begin() as conn:
        lock(conn)
        seq, digest = head(conn)
        last = last_checkpoint(conn)
        if seq and (last is None or last.seq < seq):
            sign_checkpoint(conn, signer, seq, digest)
        return seq


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(audit_records)).scalar_one())


def _utc(at: datetime) -> datetime:
    """SQLite gives back naive datetimes; they were stored in UTC."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
