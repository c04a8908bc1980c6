"""The monthly usage report: the ledger grouped by department, application, user or model.

Every figure comes from the `usage` ledger joined with its `exchanges` rows, for AI operations (chat,
embeddings, responses) made with a key during the month (Asia/Tokyo): reading the report, or listing
models, is not usage. `requests` counts those answered (a client that left mid-answer included);
`refused_requests` those refused by the gateway or failed upstream (a stream that broke off may still
have cost tokens: its cost stays in the row). Yen amounts are exact decimals and the totals are the sums
of the rows. Grouped by department, each row also carries the fixed costs allocated to it, the budget and
what remains of it, a forecast to month end, and adoption (see `budget.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from gateway.errors import bad_request
from gateway.exchange import Operation
from gateway.metering import budget
from gateway.metering.month import Month
from gateway.metering.pricing import TOKYO
from gateway.settings import Settings
from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage

By = Literal["department", "app", "user", "model"]
Format = Literal["table", "csv", "json"]
BY: tuple[By, ...] = ("department", "app", "user", "model")
FORMATS: tuple[Format, ...] = ("table", "csv", "json")
_KEYS: dict[By, ColumnElement[Any]] = {
    "department": exchanges.c.department, "app": exchanges.c.app, "user": exchanges.c.user, "model": usage.c.model,
}
LEDGER_COLUMNS = ("requests", "refused_requests", "prompt_tokens", "cached_tokens", "completion_tokens",
                  "reasoning_tokens", "estimated_requests", "unpriced_requests", "cost_jpy")

# Only AI operations are billed requests: reading a report or listing models is not usage.
AI_OPERATIONS = (Operation.CHAT.value, Operation.EMBEDDINGS.value, Operation.RESPONSES.value)
_ZEROS: dict[str, int | Decimal] = {**dict.fromkeys(LEDGER_COLUMNS, 0), "cost_jpy": Decimal(0)}
Row = dict[str, Any]  # the grouping key under its own name, then the columns (int, Decimal, float or None)


@dataclass(frozen=True)
class Report:
    """One month's rows and their totals."""

    month: Month
    by: By
    rows: list[Row]

    @property
    def columns(self) -> list[str]:
        return list(self.rows[0]) if self.rows else [self.by, *LEDGER_COLUMNS]

    def totals(self) -> Row:
        """Each additive column summed over the rows (adoption recomputed from the summed counts)."""
        total: Row = {self.by: None}
        for column in self.columns[1:]:
            values = [r[column] for r in self.rows if isinstance(r[column], (int, Decimal))
                      and not isinstance(r[column], bool)]
            total[column] = sum(values[1:], start=values[0]) if values else _ZEROS.get(column)
        if "adoption_rate" in total:
            total["adoption_rate"] = budget.rate(total["active_users"], total["key_holders"])
        if "budget_warning" in total:
            total["budget_warning"] = any(r["budget_warning"] for r in self.rows)
        return total


def parse_by(value: str | None) -> By:
    """The grouping (department by default); raises 400 `invalid_parameter`."""
    if value is None:
        return "department"
    if value in BY:
        return value
    raise bad_request("invalid_parameter", "by は department、app、user、model のいずれかです。", param="by")


def parse_format(value: str | None, allowed: tuple[Format, ...] = FORMATS) -> Format:
    """The output format (json by default); raises 400 `invalid_parameter`."""
    if value is None:
        return "json"
    if value in allowed:
        return value
    raise bad_request("invalid_parameter", f"format は {'、'.join(allowed)} のいずれかです。", param="format")


def build_report(db: Database, settings: Settings, month: Month, by: By, now: dt.datetime | None = None) -> Report:
    """The report (blocking: reads the database)."""
    with db.engine.connect() as conn:
        rows = ledger_rows(conn, month, by)
        if rows and by == "department":
            rows = budget.department_rows(conn, settings, month, rows, now or dt.datetime.now(TOKYO))
    return Report(month, by, rows)


def department_spend(db: Database, settings: Settings, month: Month) -> dict[str, Decimal]:
    """Per department, the month's metered yen plus its share of fixed costs, as the report has them."""
    with db.engine.connect() as conn:
        rows = ledger_rows(conn, month, "department")
    if not rows:
        return {}
    metered = dict.fromkeys(settings.policy.departments, Decimal(0))
    metered |= {r["department"]: r["cost_jpy"] for r in rows}
    fixed = budget.allocate_fixed(settings.pricing.fixed, month, metered)
    return {name: cost + fixed.get(name, Decimal(0)) for name, cost in metered.items()}


def ledger_rows(conn: Connection, month: Month, by: By) -> list[Row]:
    """The month's ledger summed per key, keys in order (rows without one last)."""
    key = _KEYS[by]
    unpriced = and_(usage.c.price_id.is_(None), usage.c.model.is_not(None))
    refused = and_(exchanges.c.status >= 400, exchanges.c.status != 499)  # 499: the client left, maybe after tokens
    query = (
        select(
            key.label("key"),
            func.sum(case((refused, 0), else_=1)).label("requests"),
            func.sum(case((refused, 1), else_=0)).label("refused_requests"),
            *(func.coalesce(func.sum(usage.c[name]), 0).label(name)
              for name in ("prompt_tokens", "cached_tokens", "completion_tokens", "reasoning_tokens")),
            func.sum(case((usage.c.estimated, 1), else_=0)).label("estimated_requests"),
            func.sum(case((unpriced, 1), else_=0)).label("unpriced_requests"),
            func.sum(usage.c.cost_jpy).label("cost_jpy"),
        )
        .select_from(usage.join(exchanges, usage.c.exchange_id == exchanges.c.id))
        .where(usage.c.day >= month.first, usage.c.day <= month.last, exchanges.c.key_id.is_not(None),
               exchanges.c.operation.in_(AI_OPERATIONS))
        .group_by(key)
    )
    found = [dict(r) for r in conn.execute(query).mappings()]
    found.sort(key=lambda r: (r["key"] is None, r["key"] or ""))
    return [{by: r["key"], **{c: r[c] if c != "cost_jpy" else r[c] or Decimal(0) for c in LEDGER_COLUMNS}}
            for r in found]


async def usage_report(db: Database, settings: Settings, params: Mapping[str, str]) -> tuple[Report, Format]:
    """`GET /admin/usage?month=YYYY-MM&by=…&format=json|csv`: the report and the format asked for."""
    month = Month.parse(params.get("month"))
    by = parse_by(params.get("by"))
    fmt = parse_format(params.get("format"), ("json", "csv"))
    return await db.run(build_report, db, settings, month, by), fmt
