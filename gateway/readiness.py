"""Readiness: the dependencies the gateway cannot serve without, each with its own check.

`/readyz` reports every dependency; the pipeline refuses requests (503, fail closed) while any is
down. A monitor re-checks them in the background, so service resumes by itself when one returns;
a failure seen by a request marks its dependency down at once.

A dependency is any object with a `name` (its refusals carry the code `<name>_unavailable`) and an
`async check() -> str | None` returning None when ready, else a short reason with no secrets in it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

import anyio
import anyio.to_thread

from gateway import errors
from gateway.storage import migrate
from gateway.storage.database import UNAVAILABLE, Database

log = logging.getLogger("gateway.readiness")
CHECK_TIMEOUT = 5.0  # seconds a check may take before its dependency counts as down


class Dependency(Protocol):
    """Something the gateway needs in order to serve."""

    name: str

    async def check(self) -> str | None:
        """None when ready; otherwise why not."""
        ...  # pragma: no cover


class StorageCheck:
    """The database answers and its schema is the one this release expects."""

    name = "storage"

    def __init__(self, db: Database) -> None:
        self.db = db

    async def check(self) -> str | None:
        try:
            at = await anyio.to_thread.run_sync(migrate.current, self.db)
        except UNAVAILABLE:
            return "unreachable"
        if at != migrate.head():
            return f"schema at {at or 'nothing'}, needs {migrate.head()}: run `{migrate.UPGRADE_COMMAND}`"
        return None


class Readiness:
    """The state of every dependency, kept current by `monitor` and by failures requests report."""

    def __init__(self, dependencies: Sequence[Dependency], interval: float = 2.0) -> None:
        self.dependencies = list(dependencies)
        self.interval = interval
        self.down: dict[str, str] = {}  # name -> reason, for the dependencies that are down

    async def refresh(self) -> dict[str, str | None]:
        """Check every dependency now; returns name -> None (ready) or the reason it is not."""
        results: dict[str, str | None] = {}

        async def one(dep: Dependency) -> None:
            reason: str | None = "check timed out"
            with anyio.move_on_after(CHECK_TIMEOUT):
                try:
                    reason = await dep.check()
                except Exception as exc:  # a check that fails says "not ready", whatever the cause
                    reason = f"check failed ({type(exc).__name__})"
            results[dep.name] = reason

        async with anyio.create_task_group() as tg:
            for dep in self.dependencies:
                tg.start_soon(one, dep)
        for name, reason in results.items():
            self._set(name, reason)
        return {dep.name: results[dep.name] for dep in self.dependencies}

    def mark_down(self, name: str, reason: str = "unreachable") -> None:
        """A request saw the dependency fail: refuse requests until a check finds it back."""
        self._set(name, reason)

    def require(self) -> None:
        """Raise the 503 of the first dependency that is down."""
        for name in self.down:
            raise errors.dependency_unavailable(name)

    async def monitor(self) -> None:
        """Re-check every dependency forever (run as a background task)."""
        while True:
            await anyio.sleep(self.interval)
            await self.refresh()

    def _set(self, name: str, reason: str | None) -> None:
        if reason is None and name in self.down:
            log.warning("dependency %s is back: serving again", name)
            del self.down[name]
        elif reason is not None and name not in self.down:
            log.error("dependency %s is down (%s): refusing requests with 503 until it returns", name, reason)
            self.down[name] = reason
        elif reason is not None:
            self.down[name] = reason
