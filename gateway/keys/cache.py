"""Key lookups remembered between requests, yet revocation takes effect on the very next request.

A cached lookup is trusted only while the shared revocation generation (a counter in Redis, which
every revocation and rotation increments, from the CLI or an admin route of any replica) is the one
it was cached under: one GET per request instead of a database query, and no window in which a
revoked key still works. A store that is not shared across processes (the in-memory counters) has no
generation, and then every lookup goes to the database, which is immediate by construction. Entries
also expire after `TTL` seconds, a backstop should a generation bump ever be lost.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime

from gateway.keys.store import Found

TTL = 30.0
MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class _Entry:
    found: Found
    generation: int
    until: float


class KeyCache:
    """Digest of a key -> its lookup, valid for one revocation generation."""

    def __init__(self) -> None:
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def get(self, digest: str, generation: int | None) -> Found | None:
        """The cached lookup, if still valid under `generation` (None: never cached)."""
        entry = self._entries.get(digest)
        if generation is None or entry is None:
            return None
        if entry.generation != generation or entry.until <= time.monotonic():
            del self._entries[digest]
            return None
        if entry.found.expires_at is not None and entry.found.expires_at <= datetime.now(UTC):
            return None  # a rotated key whose grace period has just ended
        return entry.found

    def put(self, digest: str, found: Found, generation: int | None) -> None:
        """Remember a successful lookup made under `generation`."""
        if generation is None:
            return
        self._entries[digest] = _Entry(found, generation, time.monotonic() + TTL)
        self._entries.move_to_end(digest)
        while len(self._entries) > MAX_ENTRIES:
            self._entries.popitem(last=False)
