"""Counters in Redis, shared by every replica: each check-and-reserve is one Lua script (EVALSHA).

All keys carry the `{gw}` hash tag, so one script's keys live in one slot of a Redis Cluster too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from gateway.policy.counters.base import CounterLost, CountersUnavailable, Line

_TAG = "{gw}:"
GENERATION_KEY = _TAG + "keys:generation"

# KEYS: the counters; ARGV: amount, limit, ttl, seeded (1: must exist) for each. All or nothing.
# Returns {0, values}, {i, values} for the first counter that would pass its limit, {-i, {}} for a seeded
# counter that is gone.
_RESERVE = """
local n = #KEYS
local values = {}
for i = 1, n do
  local stored = redis.call('GET', KEYS[i])
  if not stored and ARGV[4 * i] == '1' then
    return {-i, {}}
  end
  local current = tonumber(stored or '0')
  values[i] = current
  if current + tonumber(ARGV[4 * i - 3]) > tonumber(ARGV[4 * i - 2]) then
    return {i, values}
  end
end
for i = 1, n do
  values[i] = redis.call('INCRBY', KEYS[i], ARGV[4 * i - 3])
  local ttl = tonumber(ARGV[4 * i - 1])
  if ttl < 0 then
    redis.call('EXPIRE', KEYS[i], -ttl)
  elseif ttl > 0 and redis.call('TTL', KEYS[i]) < 0 then
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return {0, values}
"""

# KEYS: the counters; ARGV: a delta for each, applied only to counters that still exist.
_ADJUST = """
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('INCRBY', KEYS[i], ARGV[i])
  end
end
return 0
"""


class RedisCounters:
    """Counters in one Redis (`GATEWAY_REDIS_URL`); any Redis failure raises CountersUnavailable."""

    def __init__(self, url: str) -> None:
        self.client: aioredis.Redis = aioredis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._reserve: Any = self.client.register_script(_RESERVE)
        self._adjust: Any = self.client.register_script(_ADJUST)
        self._next_generation: asyncio.Task[int] | None = None  # the generation read not yet sent

    async def reserve(self, lines: Sequence[Line]) -> tuple[int, list[int]]:
        argv: list[int] = []
        for line in lines:
            argv += [line.amount, line.limit, line.ttl, int(line.seeded)]
        try:
            index, values = await self._reserve(keys=[_TAG + line.key for line in lines], args=argv)
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None
        if int(index) < 0:
            raise CounterLost(lines[-int(index) - 1].key)
        return int(index) - 1, [int(v) for v in values]

    async def adjust(self, changes: Sequence[tuple[str, int]]) -> None:
        if not changes:
            return
        try:
            await self._adjust(keys=[_TAG + key for key, _ in changes], args=[delta for _, delta in changes])
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None

    async def seed(self, key: str, value: int, ttl: int) -> None:
        try:
            await self.client.set(_TAG + key, value, ex=ttl, nx=True)
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None

    async def once(self, key: str, ttl: int) -> bool:
        try:
            return bool(await self.client.set(_TAG + key, 1, ex=ttl, nx=True))
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None

    async def generation(self) -> int | None:
        """One GET serves every request that asks before it is sent (those of one event-loop turn): each still
        reads a value Redis gave after it asked, so a revocation done before a request began is always seen."""
        if self._next_generation is None or self._next_generation.done():
            task = asyncio.get_running_loop().create_task(self._read_generation())
            task.add_done_callback(_retrieved)
            self._next_generation = task
        return await asyncio.shield(self._next_generation)

    async def _read_generation(self) -> int:
        self._next_generation = None  # the GET is about to be sent: whoever asks from now on waits for the next one
        try:
            value = await self.client.get(GENERATION_KEY)
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None
        return int(value or 0)

    async def bump_generation(self) -> None:
        try:
            await self.client.incr(GENERATION_KEY)
        except (RedisError, OSError) as exc:
            raise CountersUnavailable(type(exc).__name__) from None

    async def aclose(self) -> None:
        await self.client.aclose()


def _retrieved(task: asyncio.Task[int]) -> None:
    """Its waiters may all have gone (clients that left): the failure is theirs, not worth a warning."""
    if not task.cancelled():
        task.exception()
