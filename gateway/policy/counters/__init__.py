"""Shared counters behind one small interface: in memory (one process) or in Redis (every replica).

`open_counters(env)` picks Redis when `GATEWAY_REDIS_URL` is set, else memory.
"""

from __future__ import annotations

from collections.abc import Mapping

from gateway.policy.counters.base import CounterLost, Counters, CountersUnavailable, Line
from gateway.policy.counters.memory import MemoryCounters

__all__ = ["CounterLost", "Counters", "CountersCheck", "CountersUnavailable", "Line", "MemoryCounters", "open_counters"]


class CountersCheck:
    """The readiness of shared counters (`gateway.readiness`): Redis answers."""

    name = "counters"

    def __init__(self, counters: Counters) -> None:
        self.counters = counters

    async def check(self) -> str | None:
        try:
            await self.counters.generation()
        except CountersUnavailable:
            return "unreachable"
        return None


def open_counters(env: Mapping[str, str]) -> Counters:
    """Redis counters when `GATEWAY_REDIS_URL` is set, else in-memory ones."""
    if url := env.get("GATEWAY_REDIS_URL"):
        from gateway.policy.counters.redis_store import RedisCounters

        return RedisCounters(url)
    return MemoryCounters()
