"""`GET /admin/audit`: a page of records as JSON, or the whole range streamed as JSON lines or CSV."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from litestar import Response
from litestar.response import Stream

from gateway.audit import export, search
from gateway.audit.events import AuditEvent, record_event
from gateway.exchange import Exchange
from gateway.storage.database import Database

_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}


async def audit_route(db: Database, exchange: Exchange, params: Mapping[str, str]) -> Response[Any]:
    """Search (`format=json`, paginated by `after`) or export (`format=jsonl|csv`, streamed) the audit log."""
    fmt = params.get("format") or "json"
    if fmt not in ("json", "jsonl", "csv"):
        raise search.invalid("format", "format は json、jsonl、csv のいずれかです。")
    query = search.parse_query(params)
    exchange.status = 200
    headers = {"x-request-id": exchange.id}
    if fmt == "json":
        records = await db.run(search.page, db, query)
        body = {"object": "list", "data": records, "has_more": len(records) == query.limit,
                "next_after": records[-1]["seq"] if records else None}
        return Response(body, status_code=200, headers=headers)
    assert exchange.identity is not None
    await db.run(record_event, db, exported(exchange.identity.key_id, query, fmt))
    name = f"audit-{query.start:%Y%m%d}-{query.end:%Y%m%d}.{fmt}"
    return Stream(_chunks(db, query, fmt), status_code=200, media_type=_MEDIA[fmt],
                  headers={**headers, "content-disposition": f'attachment; filename="{name}"'})


_FILTERS_AS_GIVEN = frozenset({"entity", "decision"})


def exported(actor: str, query: search.Query, fmt: str) -> AuditEvent:
    """The event that records who exported what: the range, the format, the entity and decision filters as
    given, and only which of the free-text filters were used (their values may name a person)."""
    kept = {k: v for k, v in query.filters.items() if k in _FILTERS_AS_GIVEN}
    used = ",".join(sorted(k for k in query.filters if k not in _FILTERS_AS_GIVEN)) or None
    return AuditEvent("audit.exported", actor, {"from": query.start.isoformat(), "to": query.end.isoformat(),
                                                "format": fmt, **kept, "filtered_by": used})


def _chunks(db: Database, query: search.Query, fmt: str) -> Iterator[bytes]:
    # a sync iterator: Litestar reads it in a worker thread, a page of records at a time
    for text in export.write(search.iterate(db, query), fmt):  # type: ignore[arg-type]
        yield text.encode("utf-8")
