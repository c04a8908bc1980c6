"""Monthly budgets in yen per Tokyo month: the counter keys, their seed from the ledger, the warnings.

A month's counter starts from what the ledger (`usage`) already holds for that month, so a restarted
gateway (or a Redis that lost its data) never forgets what was spent. It is seeded once per process
and month (only if absent: in Redis the first replica's seed wins, and later reservations add to it).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from prometheus_client import CollectorRegistry, Counter
from sqlalchemy import func, select

from gateway.audit.events import AuditEvent, record_event
from gateway.metering.month import Month
from gateway.metering.pricing import TOKYO
from gateway.policy.counters import Counters, CountersUnavailable
from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage

log = logging.getLogger("gateway.policy")
MICRO = 1_000_000
MONTH_TTL = 40 * 24 * 3600
REMAINING_HEADER = "x-gateway-budget-remaining-jpy"


@dataclass(frozen=True)
class BudgetLine:
    """One budget a request draws on: a department's or an application's."""

    scope: str  # "department" or "application"
    name: str
    month: Month
    limit_micro: int
    warn_at: float

    @property
    def key(self) -> str:
        return f"budget:{self.scope}:{self.name}:{self.month}"

    @property
    def owner(self) -> str:
        return f"部署「{self.name}」" if self.scope == "department" else f"アプリケーション「{self.name}」"


def to_micro(yen: Decimal) -> int:
    """Yen as integer micro-yen (the counters hold integers only)."""
    return int(yen * MICRO)


def seconds_to_next_month(now: dt.datetime) -> int:
    """Seconds until the month changes in Tokyo (the Retry-After of `budget_exceeded`)."""
    start = Month.of(now.astimezone(TOKYO).date()).next.start()
    return max(1, int((start - now).total_seconds()) + 1)


class Budgets:
    """Seeds month counters from the ledger and raises the warnings at `warn_at` and at 100 %."""

    def __init__(self, db: Database, counters: Counters, registry: CollectorRegistry) -> None:
        self.db = db
        self.counters = counters
        self._seeded: set[str] = set()
        self.warnings = Counter("gateway_budget_warnings", "Budget thresholds reached (warn_at, exhausted)",
                                ["scope", "name", "threshold"], registry=registry)

    async def seed(self, line: BudgetLine, again: bool = False) -> None:
        """Start this month's counter from the ledger, once per process (`again`: the store lost it)."""
        if line.key in self._seeded and not again:
            return
        spent = await self.db.run(self._spent, line)
        await self.counters.seed(line.key, to_micro(spent), MONTH_TTL)
        self._seeded.add(line.key)

    def _spent(self, line: BudgetLine) -> Decimal:
        column = exchanges.c.department if line.scope == "department" else exchanges.c.app
        query = (select(func.coalesce(func.sum(usage.c.cost_jpy), 0))
                 .select_from(usage.join(exchanges, exchanges.c.id == usage.c.exchange_id))
                 .where(column == line.name, usage.c.day >= line.month.first, usage.c.day <= line.month.last))
        with self.db.engine.connect() as conn:
            value = conn.execute(query).scalar_one()
        return Decimal(value)  # the Yen column type turns the sum back into yen

    async def reached(self, line: BudgetLine, used_micro: int) -> str | None:
        """After a reservation: the remaining yen for the header when `warn_at` is reached (else None)."""
        if used_micro < line.warn_at * line.limit_micro:
            return None
        await self._once(line, "warn_at", "budget.warning", used_micro)
        return str(max(0, (line.limit_micro - used_micro) // MICRO))

    async def exhausted(self, line: BudgetLine, used_micro: int) -> None:
        """A request was refused for this budget."""
        await self._once(line, "exhausted", "budget.exhausted", used_micro)

    async def _once(self, line: BudgetLine, threshold: str, kind: str, used_micro: int) -> None:
        try:
            first = await self.counters.once(f"warned:{line.key}:{threshold}", MONTH_TTL)
        except CountersUnavailable as exc:  # the request is already decided; the next one warns again
            log.error("could not mark the budget threshold kind=%s error=%s", kind, exc)
            return
        if not first:
            return
        self.warnings.labels(line.scope, line.name, threshold).inc()
        event = AuditEvent(kind, "gateway", {
            "scope": line.scope, "name": line.name, "month": str(line.month), "warn_at": line.warn_at,
            "budget_jpy": line.limit_micro // MICRO, "used_jpy": used_micro // MICRO})
        try:
            await self.db.run(record_event, self.db, event)
        except Exception as exc:  # the request itself is already admitted or refused
            log.error("could not record the budget event kind=%s error=%s", kind, type(exc).__name__)
