"""Reading the gateway's stored exchange records, as an auditor would."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Table, select

from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage


def records(db: Database, request_id: str, table: Table = exchanges) -> list[dict[str, Any]]:
    """Every stored record of one request (the gateway writes exactly one), or its ledger rows."""
    column = table.c.id if table is exchanges else table.c.exchange_id
    with db.engine.connect() as conn:
        rows = conn.execute(select(table).where(column == request_id)).mappings().all()
    return [dict(r) for r in rows]


def record(db: Database, request_id: str, wait: float = 5.0, table: Table = exchanges) -> dict[str, Any]:
    """The one record of a request; fails if there is none or more than one.

    A streamed exchange is recorded just after its last byte, so the record is awaited briefly.
    """
    deadline = time.monotonic() + wait
    while not (found := records(db, request_id, table)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(found) == 1, f"expected exactly one record, found {len(found)}"
    return found[0]


def ledger(db: Database, request_id: str) -> dict[str, Any]:
    """The one usage (ledger) row of a request."""
    return record(db, request_id, table=usage)
