"""Reading the gateway's stored exchange records, as an auditor would."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select

from gateway.storage.database import Database
from gateway.storage.schema import exchanges


def records(db: Database, request_id: str) -> list[dict[str, Any]]:
    """Every stored record of one request (the gateway writes exactly one)."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(exchanges).where(exchanges.c.id == request_id)).mappings().all()
    return [dict(r) for r in rows]


def record(db: Database, request_id: str, wait: float = 5.0) -> dict[str, Any]:
    """The one record of a request; fails if there is none or more than one.

    A streamed exchange is recorded just after its last byte, so the record is awaited briefly.
    """
    deadline = time.monotonic() + wait
    while not (found := records(db, request_id)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(found) == 1, f"expected exactly one record, found {len(found)}"
    return found[0]
