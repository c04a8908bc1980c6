"""The finishing phase's storage side: one audit record per exchange, with its `exchanges` and ledger rows.

All three are written in one transaction by the group-commit writer, before the response completes.
"""

from __future__ import annotations

import logging

from gateway.audit.record import Entry, request_body
from gateway.audit.writer import AuditWriter
from gateway.exchange import Exchange
from gateway.metering.ledger import Charge
from gateway.settings import Settings
from gateway.storage.database import Database

log = logging.getLogger("gateway.exchange")


class Journal:
    """Records exchanges through the audit writer."""

    def __init__(self, db: Database, settings: Settings, writer: AuditWriter) -> None:
        self.db = db
        self.settings = settings
        self.writer = writer

    async def record(self, exchange: Exchange, charge: Charge) -> None:
        """Commit the exchange's audit record, exchange row and ledger row; raises AuditUnavailable."""
        row = {
            "id": exchange.id,
            "started_at": exchange.started_at,
            "duration_ms": exchange.duration_ms,
            "operation": exchange.operation.value,
            "api_style": exchange.api_style,
            "deployment": exchange.deployment,
            "stream": exchange.stream,
            **exchange.who(),
            "status": exchange.status,
            "error_code": exchange.error_code,
            "backend": exchange.backend,
            "attempts": exchange.attempts,
            "prompt_tokens": exchange.usage.prompt_tokens,
            "completion_tokens": exchange.usage.completion_tokens,
            "pii": dict(exchange.pii),
        }
        body = request_body(exchange, charge, self.settings)
        await self.writer.append(Entry(body, row, charge.row(exchange)))
        log.info("exchange", extra={"fields": {
            "request_id": exchange.id, "op": row["operation"], "app": row["app"], "deployment": exchange.deployment,
            "status": exchange.status, "code": exchange.error_code, "decision": body["decision"],
            "stream": exchange.stream, "backend": exchange.backend, "attempts": exchange.attempts,
            "prompt_tokens": exchange.usage.prompt_tokens, "completion_tokens": exchange.usage.completion_tokens,
            "estimated": exchange.usage.estimated, "cost_jpy": str(charge.cost_jpy), "price": charge.price_id,
            "pii": dict(sorted(exchange.pii.items())), "ms": row["duration_ms"]}})
