"""Audit records written out: JSON lines, CSV for Excel (UTF-8 with BOM), or a table for a terminal.

Every writer takes an iterator and yields text a record at a time, so exports stream.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal

ExportFormat = Literal["table", "jsonl", "csv"]
COLUMNS = ("seq", "at", "kind", "request_id", "app", "department", "user", "client", "route", "deployment",
           "decision", "reason", "status", "findings", "prompt_tokens", "completion_tokens", "cost_jpy",
           "upstream_ms", "total_ms", "rules_version", "actor", "details", "hash")
_TABLE = ("seq", "at", "department", "app", "user", "decision", "reason", "status", "findings", "cost_jpy")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # a cell Excel would run as a formula


def findings_text(record: dict[str, Any]) -> str:
    """`PERSON×2(pseudonymize) MY_NUMBER×1(block)`: types, counts, actions; never values."""
    findings = record.get("findings") or {}
    return " ".join(f"{name}×{f['count']}({f['action']})" for name, f in findings.items())


def flat(record: dict[str, Any]) -> dict[str, str]:
    """One record as the export's columns."""
    tokens = record.get("tokens") or {}
    values: dict[str, Any] = {**record, "findings": findings_text(record),
                              "prompt_tokens": tokens.get("prompt"), "completion_tokens": tokens.get("completion"),
                              "details": json.dumps(record["details"], ensure_ascii=False, sort_keys=True)
                              if record.get("details") else None}
    return {name: "" if values.get(name) is None else str(values[name]) for name in COLUMNS}


def write(records: Iterable[dict[str, Any]], fmt: ExportFormat) -> Iterator[str]:
    """The export, piece by piece."""
    if fmt == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    elif fmt == "csv":
        yield "\ufeff" + _csv_line(COLUMNS)
        for record in records:
            row = flat(record)
            yield _csv_line(["'" + v if v.startswith(_FORMULA) else v for v in (row[c] for c in COLUMNS)])
    else:
        yield "  ".join(_TABLE) + "\n"
        for record in records:
            row = flat(record)
            yield "  ".join(row[c] or "-" for c in _TABLE) + "\n"


def _csv_line(values: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(values)
    return out.getvalue()
