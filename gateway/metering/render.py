"""A report written out: JSON for programs, CSV for Excel (UTF-8 with BOM), a table for a terminal.

Yen are exact: JSON carries them as decimal strings ("1234.567800"), CSV as plain decimals; the table
rounds them to whole yen for reading only.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import msgspec

from gateway.metering.report import Format, Report

_BOM = "\ufeff"
TOTAL = "合計 total"  # the label of the totals row (a row whose key is empty shows an empty cell)


def render(report: Report, fmt: Format) -> bytes:
    """The report in `fmt`, as UTF-8 bytes."""
    if fmt == "json":
        return _json(report)
    if fmt == "csv":
        return (_BOM + _csv(report)).encode("utf-8")
    return _table(report).encode("utf-8")


def download(report: Report, fmt: Format) -> tuple[bytes, str, dict[str, str]]:
    """Body, media type and headers of the report over HTTP (CSV as a file Excel opens)."""
    if fmt != "csv":
        return render(report, fmt), "application/json", {}
    name = f"usage-{report.month}-by-{report.by}.csv"
    return render(report, fmt), "text/csv", {"content-disposition": f'attachment; filename="{name}"'}


def as_json(report: Report) -> dict[str, Any]:
    """The report as a JSON object."""
    return {
        "month": str(report.month),
        "by": report.by,
        "currency": "JPY",
        "rows": [{k: _plain(v) for k, v in row.items()} for row in report.rows],
        "totals": {k: _plain(v) for k, v in report.totals().items()},
    }


def _json(report: Report) -> bytes:
    return msgspec.json.encode(as_json(report))


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(report.columns)
    for row in [*report.rows, {**report.totals(), report.by: TOTAL}]:
        writer.writerow(["" if v is None else _cell(v) for v in row.values()])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _table(report: Report) -> str:
    if not report.rows:
        return f"{report.month}: この月の利用はありません / no usage in this month\n"
    total = {**report.totals(), report.by: TOTAL}
    lines = [[_shown(v, column) for column, v in row.items()] for row in [*report.rows, total]]
    header = report.columns
    widths = [max(_width(x) for x in [name, *(line[i] for line in lines)]) for i, name in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(_pad(c, w, i == 0) for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(header), rule, *(line(cells) for cells in lines[:-1]), rule, line(lines[-1])]
    return f"{report.month}  by {report.by}  (円 / JPY)\n" + "\n".join(body) + "\n"


def _shown(value: Any, column: str) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "!" if value else ""
    if isinstance(value, Decimal):
        return f"{value.quantize(Decimal(1), ROUND_HALF_UP):,}"
    if isinstance(value, float):
        return f"{value:.1%}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, left: bool) -> str:
    gap = " " * (width - _width(text))
    return text + gap if left else gap + text
