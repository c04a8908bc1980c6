"""Retention: records older than the period are removed; a signed anchor checkpoint marks the new start.

The anchor is signed over the last removed record's hash, which the first kept record names as its
previous hash, so what remains still verifies, and a removal that is not a purge still shows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from gateway.audit import chain
from gateway.audit.signing import Signer
from gateway.storage.database import Database
from gateway.storage.schema import audit_checkpoints, audit_records


def purge(db: Database, signer: Signer, before: dt.datetime) -> int:
    """Remove the records written before `before` (and checkpoints older than the anchor); returns how many."""
    with db.engine.begin() as conn:
        chain.lock(conn)
        last = conn.execute(select(audit_records.c.seq, audit_records.c.hash).where(audit_records.c.at < before)
                            .order_by(audit_records.c.seq.desc()).limit(1)).first()
        if last is None:
            return 0
        chain.sign_checkpoint(conn, signer, int(last.seq), str(last.hash), kind="anchor")
        removed = conn.execute(delete(audit_records).where(audit_records.c.seq <= last.seq)).rowcount
        conn.execute(delete(audit_checkpoints).where(audit_checkpoints.c.seq < last.seq))
    return int(removed)
