"""Adoption: how many of a department's staff used the AI in a month, out of those holding a personal key.

A member of staff is a key's `user` (keys issued to an application without `--user` are not counted).
Using the AI means at least one answered chat, embeddings or Responses request in the month.
"""

from __future__ import annotations

from sqlalchemy import Connection, distinct, func, or_, select

from gateway.exchange import Operation
from gateway.metering.month import Month
from gateway.storage.schema import api_keys, exchanges, usage

_AI = (Operation.CHAT.value, Operation.EMBEDDINGS.value, Operation.RESPONSES.value)


def active_users(conn: Connection, month: Month) -> dict[str, int]:
    """Per department, the staff with at least one answered AI request in the month."""
    query = (
        select(exchanges.c.department, func.count(distinct(exchanges.c.user)))
        .select_from(usage.join(exchanges, usage.c.exchange_id == exchanges.c.id))
        .where(usage.c.day >= month.first, usage.c.day <= month.last, exchanges.c.user.is_not(None),
               exchanges.c.status < 400, exchanges.c.operation.in_(_AI))
        .group_by(exchanges.c.department)
    )
    return {str(department): int(n) for department, n in conn.execute(query)}


def key_holders(conn: Connection, month: Month) -> dict[str, int]:
    """Per department, the staff holding a personal client key at some time during the month."""
    query = (
        select(api_keys.c.department, func.count(distinct(api_keys.c.user)))
        .where(api_keys.c.user.is_not(None), api_keys.c.role != "auditor",
               api_keys.c.created_at < month.next.start(),
               or_(api_keys.c.revoked_at.is_(None), api_keys.c.revoked_at >= month.start()))
        .group_by(api_keys.c.department)
    )
    return {str(department): int(n) for department, n in conn.execute(query)}
