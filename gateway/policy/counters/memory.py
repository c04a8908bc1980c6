"""Counters in this process's memory: the embedded default, exact for one process."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from gateway.policy.counters.base import CounterLost, Line


class MemoryCounters:
    """A dict of integer counters with expiry; one lock makes check-and-reserve one step."""

    def __init__(self) -> None:
        self._values: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()
        self._sweep_at = time.monotonic() + 60

    def _get(self, key: str, now: float) -> int | None:
        entry = self._values.get(key)
        if entry is None or entry[1] <= now:
            return None
        return entry[0]

    def _sweep(self, now: float) -> None:
        if now >= self._sweep_at:
            self._values = {k: v for k, v in self._values.items() if v[1] > now}
            self._sweep_at = now + 60

    async def reserve(self, lines: Sequence[Line]) -> tuple[int, list[int]]:
        now = time.monotonic()
        with self._lock:
            self._sweep(now)
            current = [self._get(line.key, now) for line in lines]
            for line, value in zip(lines, current, strict=True):
                if line.seeded and value is None:
                    raise CounterLost(line.key)
            for i, line in enumerate(lines):
                if (current[i] or 0) + line.amount > line.limit:
                    return i, [c or 0 for c in current]
            values = []
            for line, value in zip(lines, current, strict=True):
                expires = self._values[line.key][1] if value is not None and line.ttl > 0 else now + abs(line.ttl)
                self._values[line.key] = ((value or 0) + line.amount, expires)
                values.append((value or 0) + line.amount)
            return -1, values

    async def adjust(self, changes: Sequence[tuple[str, int]]) -> None:
        now = time.monotonic()
        with self._lock:
            for key, delta in changes:
                if (value := self._get(key, now)) is not None:
                    self._values[key] = (value + delta, self._values[key][1])

    async def seed(self, key: str, value: int, ttl: int) -> None:
        now = time.monotonic()
        with self._lock:
            if self._get(key, now) is None:
                self._values[key] = (value, now + ttl)

    async def once(self, key: str, ttl: int) -> bool:
        now = time.monotonic()
        with self._lock:
            if self._get(key, now) is not None:
                return False
            self._values[key] = (1, now + ttl)
            return True

    async def generation(self) -> int | None:
        return None  # another process (the CLI) cannot bump it: key lookups are not cached

    async def bump_generation(self) -> None:
        return None

    async def aclose(self) -> None:
        return None
