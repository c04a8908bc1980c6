"""The authenticate phase: the presented key -> the caller's identity, or a refusal.

Keys are looked up by their SHA-256 digest (compared in constant time), through `KeyCache`, whose
entries die with every revocation. Failed attempts are slowed per client address (`FailedAttempts`).
The key store itself (issue, list, rotate, revoke) is `gateway.keys.store`.
"""

from __future__ import annotations

import time
from typing import Any

import anyio
from litestar.connection import ASGIConnection
from litestar.datastructures import Headers

from gateway.errors import invalid_api_key, permission_denied
from gateway.exchange import Identity
from gateway.keys.cache import KeyCache
from gateway.keys.store import LAST_USED_EVERY, ROLES, KeyStore, Role, hash_key
from gateway.keys.throttle import FailedAttempts
from gateway.policy.counters import Counters

__all__ = ["ROLES", "Authenticator", "KeyStore", "Role", "hash_key", "presented_key"]
_MAX_KEY = 256


class Authenticator:
    """Resolves the key of each request; the one place that says who is calling."""

    def __init__(self, keys: KeyStore, counters: Counters) -> None:
        self.keys = keys
        self.counters = counters
        self.cache = KeyCache()
        self.failures = FailedAttempts()
        self._touched: dict[str, float] = {}

    async def authenticate(self, connection: ASGIConnection[Any, Any, Any, Any],
                           roles: tuple[str, ...]) -> Identity:
        """The caller's identity if its key is valid and its role is one of `roles`.

        Raises 401 `invalid_api_key` (after the address's throttle delay) or 403 `permission_denied`;
        CountersUnavailable when the revocation generation cannot be read.
        """
        address = connection.client.host if connection.client else "unknown"
        return await self.check(presented_key(connection.headers), address, roles)

    async def check(self, key: str | None, address: str, roles: tuple[str, ...]) -> Identity:
        """`authenticate` for a key presented otherwise (the auditor page's sign-in form)."""
        identity = await self._identity(key) if key else None
        if identity is None:
            if key and (delay := self.failures.fail(address)):  # a missing key is not a guess
                await anyio.sleep(delay)
            raise invalid_api_key()
        if identity.role not in roles:
            raise permission_denied(identity.role)
        return identity

    async def _identity(self, key: str) -> Identity | None:
        if len(key) > _MAX_KEY or not key.isascii():
            return None
        digest = hash_key(key)
        generation = await self.counters.generation()
        found = self.cache.get(digest, generation)
        if found is None:
            found = await self.keys.db.run(self.keys.find, key)
            if found is None:
                return None
            self.cache.put(digest, found, generation)
        await self._touch(found.identity.key_id)
        return found.identity

    async def _touch(self, key_id: str) -> None:
        """Write `last_used_at` at most once a minute per key and process."""
        now = time.monotonic()
        if now - self._touched.get(key_id, -1e9) < LAST_USED_EVERY.total_seconds():
            return
        self._touched[key_id] = now
        await self.keys.db.run(self.keys.touch, key_id)


def presented_key(headers: Headers) -> str | None:
    """The key from `api-key` (Azure style) or `Authorization: Bearer` (OpenAI style)."""
    if key := headers.get("api-key"):
        return key.strip()
    scheme, _, token = (headers.get("authorization") or "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None
