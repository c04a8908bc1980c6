"""A calendar month in Asia/Tokyo, the period of the bill and of every report."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from gateway.errors import GatewayError, bad_request
from gateway.metering.pricing import TOKYO

_MONTH = re.compile(r"([0-9]{4})-(0[1-9]|1[0-2])")  # ASCII digits only, nothing after


def invalid_month() -> GatewayError:
    return bad_request("invalid_month", "month は 2026-11 のような年-月 (YYYY-MM) で指定してください。", param="month")


@dataclass(frozen=True)
class Month:
    """One month: its first day; `last` and `next` follow."""

    first: dt.date

    @classmethod
    def parse(cls, text: str | None) -> Month:
        """`YYYY-MM`, or the current month in Tokyo when None; raises 400 `invalid_month`."""
        if text is None:
            return cls.of(dt.datetime.now(TOKYO).date())
        match = _MONTH.fullmatch(text)
        if not match or not 2000 <= int(match[1]) <= 2999:
            raise invalid_month()
        return cls(dt.date(int(match[1]), int(match[2]), 1))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.replace(day=1))

    @property
    def next(self) -> Month:
        return Month((self.first + dt.timedelta(days=32)).replace(day=1))

    @property
    def previous(self) -> Month:
        return Month((self.first - dt.timedelta(days=1)).replace(day=1))

    @property
    def last(self) -> dt.date:
        return self.next.first - dt.timedelta(days=1)

    @property
    def days(self) -> int:
        return self.last.day

    def start(self) -> dt.datetime:
        """Midnight of the first day in Tokyo, as a UTC moment (how times are stored)."""
        return dt.datetime.combine(self.first, dt.time(), TOKYO).astimezone(dt.UTC)

    def __str__(self) -> str:
        return self.first.strftime("%Y-%m")
