"""Writes exactly one record per exchange and its ledger row, and one log line, with no request or response text."""

from __future__ import annotations

import logging

from sqlalchemy import insert

from gateway.exchange import Exchange
from gateway.metering.ledger import Charge
from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage

log = logging.getLogger("gateway.exchange")


class Journal:
    """The finishing phase's storage side."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(self, exchange: Exchange, charge: Charge) -> None:
        """Store the exchange's record and its ledger row (one transaction) and log it; once per exchange."""
        ident = exchange.identity
        row = {
            "id": exchange.id,
            "started_at": exchange.started_at,
            "duration_ms": exchange.duration_ms,
            "operation": exchange.operation.value,
            "api_style": exchange.api_style,
            "deployment": exchange.deployment,
            "stream": exchange.stream,
            "key_id": ident.key_id if ident else None,
            "app": ident.app if ident else None,
            "department": ident.department if ident else None,
            "user": ident.user if ident else None,
            "status": exchange.status,
            "error_code": exchange.error_code,
            "backend": exchange.backend,
            "attempts": exchange.attempts,
            "prompt_tokens": exchange.usage.prompt_tokens,
            "completion_tokens": exchange.usage.completion_tokens,
            "pii": dict(exchange.pii),
        }
        await self.db.run(self._insert, row, charge.row(exchange))
        log.info(
            "exchange id=%s op=%s app=%s deployment=%s status=%d code=%s stream=%s backend=%s attempts=%d "
            "tokens=%d+%d%s cost_jpy=%s price=%s pii=%s ms=%d",
            exchange.id, row["operation"], row["app"], exchange.deployment, exchange.status,
            exchange.error_code, exchange.stream, exchange.backend, exchange.attempts,
            exchange.usage.prompt_tokens, exchange.usage.completion_tokens,
            " (estimated)" if exchange.usage.estimated else "", charge.cost_jpy, charge.price_id or "-",
            ",".join(f"{k}:{v}" for k, v in sorted(exchange.pii.items())) or "-", row["duration_ms"],
        )

    def _insert(self, row: dict[str, object], ledger_row: dict[str, object]) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(insert(exchanges).values(**row))
            conn.execute(insert(usage).values(**ledger_row))
