"""The counters interface: one atomic check-and-reserve over every counter a request touches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class CountersUnavailable(Exception):
    """The counter store failed: the caller refuses the request (fail closed)."""


class CounterLost(Exception):
    """A counter that must exist (a month's budget seeded from the ledger) is gone: the store lost its data
    (a Redis restarted without persistence, an eviction). The caller seeds it again and retries."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Line:
    """One counter a request adds to: `amount` more must keep it at or under `limit`.

    `ttl` is how long the counter lives (a rate window, a month); a negative ttl is refreshed on
    every reservation (a concurrency gauge that must heal if a process dies mid-request). A `seeded`
    counter must exist already: if it does not, `reserve` raises CounterLost instead of starting it at 0.
    """

    key: str
    amount: int
    limit: int
    ttl: int
    seeded: bool = False


class Counters(Protocol):
    """Implemented by `MemoryCounters` and `RedisCounters`; every method raises CountersUnavailable on failure."""

    async def reserve(self, lines: Sequence[Line]) -> tuple[int, list[int]]:
        """Check every line and add them all, in one atomic step.

        Returns (index of the first line that would pass its limit, or -1 when all were added;
        the counters' values after the step). Raises CounterLost for a missing `seeded` counter (nothing added).
        """
        ...

    async def adjust(self, changes: Sequence[tuple[str, int]]) -> None:
        """Add each delta to its counter if the counter still exists (settlement, releases)."""
        ...

    async def seed(self, key: str, value: int, ttl: int) -> None:
        """Set a counter that does not exist yet (a month's budget from the ledger)."""
        ...

    async def once(self, key: str, ttl: int) -> bool:
        """True for the first caller only, across every process sharing the store."""
        ...

    async def generation(self) -> int | None:
        """The key-revocation generation, or None when the store is not shared (no cache may be trusted)."""
        ...

    async def bump_generation(self) -> None:
        """Mark every cached key lookup as stale (after a revocation or rotation)."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
