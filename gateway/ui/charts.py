"""The figures behind the page's charts: refusals and findings per day, and usage, cost and adoption per department."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from gateway.audit import search
from gateway.metering.month import Month
from gateway.metering.pricing import TOKYO
from gateway.metering.report import build_report
from gateway.settings import Settings
from gateway.storage.database import Database


def timeline(db: Database, query: search.Query) -> dict[str, list[Any]]:
    """Per Tokyo day of the search: blocked, refused and failed requests, and personal-data findings."""
    days: dict[str, Counter[str]] = {}
    for record in search.iterate(db, query):
        if record.get("kind") != "request":
            continue
        day = dt.datetime.fromisoformat(record["at"]).astimezone(TOKYO).date().isoformat()
        counts = days.setdefault(day, Counter())
        counts[record["decision"]] += 1
        counts["findings"] += sum(f["count"] for f in (record.get("findings") or {}).values())
    ordered = sorted(days)
    return {"days": ordered, **{name: [days[d][name] for d in ordered]
                                for name in ("blocked", "refused", "failed", "findings")}}


def departments(db: Database, settings: Settings, month: Month) -> dict[str, list[Any]]:
    """The month's report by department (the same figures as `gateway report`)."""
    rows = build_report(db, settings, month, "department").rows
    return {
        "month": [str(month)],
        "names": [str(r["department"] or "-") for r in rows],
        "requests": [int(r["requests"]) for r in rows],
        "cost": [float(r["cost_jpy"]) for r in rows],  # for drawing only; the report keeps exact yen
        "adoption": [round(100 * float(r.get("adoption_rate") or 0), 1) for r in rows],
    }
