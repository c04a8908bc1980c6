"""Per department: fixed costs allocated, budget and what remains, a forecast to month end, adoption."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from gateway.metering import adoption
from gateway.metering.month import Month
from gateway.metering.pricing import MICRO_YEN, FixedCost
from gateway.settings import Settings

Row = dict[str, Any]
_ZERO = Decimal(0)


def department_rows(conn: Connection, settings: Settings, month: Month, rows: list[Row], now: dt.datetime
                    ) -> list[Row]:
    """The ledger rows per department, plus budgeted departments without usage, with every department figure."""
    budgets = settings.policy.departments
    present = {r["department"] for r in rows}
    rows = [*rows, *({"department": name, **{c: 0 for c in rows[0] if c != "department"}, "cost_jpy": _ZERO}
                     for name in sorted(budgets) if name not in present)]
    metered = {r["department"]: r["cost_jpy"] for r in rows}
    fixed = allocate_fixed(settings.pricing.fixed, month, metered)
    active, before = adoption.active_users(conn, month), adoption.active_users(conn, month.previous)
    holders = adoption.key_holders(conn, month)
    for row in rows:
        name = row["department"]
        fixed_jpy = fixed.get(name, _ZERO)
        used = row["cost_jpy"] + fixed_jpy
        rule = budgets.get(name)
        limit = rule.monthly_budget_jpy if rule else None
        row.update(
            fixed_jpy=fixed_jpy,
            used_jpy=used,
            budget_jpy=limit,
            remaining_jpy=None if limit is None else limit - used,
            forecast_jpy=forecast(row["cost_jpy"], month, now) + fixed_jpy,
            budget_warning=rule is not None and used >= rule.monthly_budget_jpy * Decimal(str(rule.warn_at)),
            active_users=active.get(name, 0),
            active_users_prev_month=before.get(name, 0),
            key_holders=holders.get(name, 0),
            adoption_rate=rate(active.get(name, 0), holders.get(name, 0)),
        )
    return rows


def forecast(metered: Decimal, month: Month, now: dt.datetime) -> Decimal:
    """Metered spend at month end at the pace so far (whole yen); a past month's is what it spent."""
    elapsed = int((now - month.start()).total_seconds())
    whole = month.days * 86_400
    if elapsed <= 0 or elapsed >= whole:
        return metered
    return (metered * whole / elapsed).quantize(Decimal(1))


def rate(active: int | None, holders: int | None) -> float | None:
    """The share of key holders who used the AI, or None without key holders."""
    return round(active / holders, 3) if active is not None and holders else None


def allocate_fixed(costs: Iterable[FixedCost], month: Month, metered: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Each department's share of the fixed costs running in the month; the shares add up exactly."""
    shares: dict[str, Decimal] = {}
    for cost in costs:
        if not metered or not cost.applies_to(month.first, month.last):
            continue
        weights = dict(metered) if cost.allocate == "usage" and any(metered.values()) else dict.fromkeys(metered, 1)
        for name, part in split(cost.monthly_jpy, weights).items():
            shares[name] = shares.get(name, _ZERO) + part
    return shares


def split(total: Decimal, weights: Mapping[str, Decimal | int]) -> dict[str, Decimal]:
    """`total` split by weight to the micro-yen, remainders to the largest fractions: the parts sum to `total`."""
    units = int((total / MICRO_YEN).to_integral_value())
    whole = sum(Decimal(w) for w in weights.values())
    exact = {name: units * Decimal(w) / whole for name, w in weights.items()}
    parts = {name: int(value) for name, value in exact.items()}
    for name in sorted(exact, key=lambda n: (parts[n] - exact[n], n))[: units - sum(parts.values())]:
        parts[name] += 1
    return {name: Decimal(part) * MICRO_YEN for name, part in parts.items()}
