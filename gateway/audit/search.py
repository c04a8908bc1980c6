"""Searching the audit log: parameters checked strictly, records read in pages by sequence number.

Pages are keyset-paginated (`seq > after`), so an export of any size is read a page at a time and
never held in memory, and no query holds a connection for long.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from gateway.audit.record import DECISIONS
from gateway.errors import GatewayError, bad_request
from gateway.metering.pricing import TOKYO
from gateway.storage.database import Database
from gateway.storage.schema import audit_records

FILTERS = ("app", "department", "user", "entity", "decision", "request_id")
PARAMS = frozenset({"from", "to", *FILTERS, "format", "limit", "after"})
MAX_DAYS = 400  # one request's range: a year and some
MAX_LIMIT = 1000
PAGE = 500  # rows per query when exporting
_ENTITY = re.compile(r"(answer\.)?[A-Z][A-Z0-9_]{0,63}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?")


@dataclass(frozen=True)
class Query:
    """A checked search: a time range [start, end), exact filters, a page."""

    start: dt.datetime
    end: dt.datetime
    filters: Mapping[str, str]
    limit: int = 100
    after: int = 0  # sequence number: the records after it


def invalid(param: str, message: str) -> GatewayError:
    return bad_request("invalid_parameter", message, param=param)


def parse_query(params: Mapping[str, str], *, today: dt.date | None = None) -> Query:
    """Check search parameters; raises 400 `invalid_parameter` naming the parameter, in Japanese."""
    for name in params:
        if name not in PARAMS:
            raise invalid(name[:40], f"使えない検索条件です。使える条件: {'、'.join(sorted(PARAMS))}")
    today = today or dt.datetime.now(TOKYO).date()
    start = moment(params.get("from"), "from", end=False) if params.get("from") else _day_start(today)
    end = moment(params.get("to"), "to", end=True) if params.get("to") else _day_start(today + dt.timedelta(days=1))
    if end <= start:
        raise invalid("to", "to は from より後の日時にしてください。")
    if end - start > dt.timedelta(days=MAX_DAYS):
        raise invalid("to", f"一度に検索できる期間は {MAX_DAYS} 日までです。期間を分けてください。")
    filters: dict[str, str] = {}
    for name in FILTERS:
        value = params.get(name)
        if value is None or value == "":
            continue
        if len(value) > 128 or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
            raise invalid(name, f"{name} は 128 文字以内で、制御文字を含めないでください。")
        if name == "entity" and not _ENTITY.fullmatch(value):
            raise invalid(name, "entity は MY_NUMBER や PERSON のような種類名 (英大文字・数字・_) です。")
        if name == "decision" and value not in DECISIONS:
            raise invalid(name, f"decision は {'、'.join(DECISIONS)} のいずれかです。")
        filters[name] = value
    return Query(start, end, filters, _integer(params, "limit", 100, 1, MAX_LIMIT),
                 _integer(params, "after", 0, 0, 2**62))


def page(db: Database, query: Query) -> list[dict[str, Any]]:
    """One page of records (`query.limit` of them, after `query.after`), oldest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(_select(query).limit(query.limit)).all()
    return [as_dict(row) for row in rows]


def iterate(db: Database, query: Query) -> Iterator[dict[str, Any]]:
    """Every matching record, oldest first, read a page at a time (blocking: run it in a worker thread)."""
    after = query.after
    while True:
        with db.engine.connect() as conn:
            rows = conn.execute(_select(query, after).limit(PAGE)).all()
        for row in rows:
            yield as_dict(row)
        if len(rows) < PAGE:
            return
        after = rows[-1].seq


def as_dict(row: Any) -> dict[str, Any]:
    """A stored record as the auditor sees it: its body, plus its place in the chain."""
    return {"seq": row.seq, **json.loads(row.body), "hash": row.hash}


def _select(query: Query, after: int | None = None) -> Any:
    c = audit_records.c
    stmt = select(c.seq, c.body, c.hash).where(c.at >= query.start, c.at < query.end,
                                               c.seq > (query.after if after is None else after))
    for name, value in query.filters.items():
        if name == "entity":
            stmt = stmt.where(c.entities.contains(f",{value},", autoescape=True))
        else:
            stmt = stmt.where(getattr(c, name) == value)
    return stmt.order_by(c.seq)


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), TOKYO).astimezone(dt.UTC)


def moment(text: str | None, param: str, *, end: bool) -> dt.datetime:
    """`YYYY-MM-DD` (a Tokyo day; as `to`, the whole day is included) or an ISO date-time (Tokyo if no zone)."""
    value = text or ""
    try:
        if _DAY.fullmatch(value):
            day = dt.date.fromisoformat(value)
            if not 2000 <= day.year <= 2999:
                raise ValueError(value)
            return _day_start(day + dt.timedelta(days=1) if end else day)
        if _MOMENT.fullmatch(value):
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if not 2000 <= moment.year <= 2999:
                raise ValueError(value)
            return (moment if moment.tzinfo else moment.replace(tzinfo=TOKYO)).astimezone(dt.UTC)
    except ValueError:
        pass
    raise invalid(param, f"{param} は 2026-11-01 のような日付か 2026-11-01T09:00 のような日時で指定してください。")


def _integer(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = params.get(name)
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or len(value) > 19 or not low <= int(value) <= high:
        raise invalid(name, f"{name} は {low} から {high} までの整数です。")
    return int(value)


def by_seq(db: Database, seq: int) -> dict[str, Any] | None:
    """One record by its sequence number."""
    with db.engine.connect() as conn:
        row = conn.execute(select(audit_records.c.seq, audit_records.c.body, audit_records.c.hash)
                           .where(audit_records.c.seq == seq)).first()
    return as_dict(row) if row is not None else None
