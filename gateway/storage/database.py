"""The database: one SQLAlchemy engine over SQLite (embedded default) or PostgreSQL (psycopg 3).

A connection failure while serving becomes a 503 `storage_unavailable` (fail closed) and is
reported to whoever listens (readiness), so that following requests are refused at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio.to_thread
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url

from gateway import errors

T = TypeVar("T")
CONNECT_TIMEOUT = 3  # seconds; an unreachable PostgreSQL is reported quickly, not after the OS default
# Errors that mean "the database cannot be reached or used now", as opposed to a bug in a query.
UNAVAILABLE = (exc.OperationalError, exc.InterfaceError, exc.TimeoutError)


def database_url(url: str) -> URL:
    """The SQLAlchemy URL for `GATEWAY_DATABASE_URL`; `postgresql://` and `postgres://` mean psycopg 3."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


class Database:
    """A thin wrapper over one engine; blocking calls run in a worker thread from async code."""

    def __init__(self, url: str) -> None:
        self.url = database_url(url)
        self.embedded = self.url.get_backend_name() == "sqlite"
        connect_args: dict[str, Any] = {}
        if self.embedded and self.url.database not in (None, "", ":memory:"):
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        if self.url.get_backend_name() == "postgresql":
            connect_args["connect_timeout"] = CONNECT_TIMEOUT
        self.engine: Engine = create_engine(self.url, pool_pre_ping=True, connect_args=connect_args)
        if self.embedded:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.on_unavailable: list[Callable[[], None]] = []

    @property
    def label(self) -> str:
        """The URL without its password, for logs and `gateway db current`."""
        return self.url.render_as_string(hide_password=True)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run a blocking storage function off the event loop; an unreachable database raises a 503."""
        try:
            return await anyio.to_thread.run_sync(fn, *args)
        except UNAVAILABLE as err:
            for listener in self.on_unavailable:
                listener()
            raise errors.dependency_unavailable("storage") from err

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the CLI create keys while the gateway reads; busy_timeout waits instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
