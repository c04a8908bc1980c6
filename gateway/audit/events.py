"""Audit events that are not requests: keys issued, rotated or revoked, rules reloaded, budget thresholds, exports.

`record_event` is the one entry point every producer calls (the key commands and routes, the rules
reloader, the budget check, the auditor's export). Details carry identifiers and figures, never
personal data or keys. Each event is appended to the hash chain at once, in its own transaction
(the next checkpoint the gateway signs covers it).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

from gateway.audit import chain
from gateway.audit.record import Entry, event_body
from gateway.storage.database import Database

log = logging.getLogger("gateway.audit")

Detail = str | int | float | bool | None


@dataclass(frozen=True)
class AuditEvent:
    """One event: `kind` such as "key.created", "key.rotated", "key.revoked", "rules.reloaded",
    "rules.rejected", "budget.warning", "budget.exhausted", "audit.exported"; `actor` is who did it
    (a key id, or "cli" for the command line)."""

    kind: str
    actor: str
    details: Mapping[str, Detail] = field(default_factory=dict)


def record_event(db: Database, event: AuditEvent) -> None:
    """Store one audit event in the chain (blocking; call it from a worker thread in async code)."""
    with db.engine.begin() as conn:
        seq = chain.append(conn, [Entry(event_body(event.kind, event.actor, event.details))])
    log.info("audit event", extra={"fields": {"kind": event.kind, "actor": event.actor, "seq": seq,
                                              **dict(sorted(event.details.items()))}})
