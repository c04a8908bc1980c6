"""The audit writer's statements, compiled once per database dialect and run on the driver's cursor.

A batch of records is one transaction of a few statements whatever its size: the chain's writer lock,
its head, and one `executemany` per table (records, exchange rows, ledger rows). Each column's value goes
through the column type's own bind processor (dates, JSON, yen), as SQLAlchemy would convert it; only
SQLAlchemy's per-execution work (building, caching and compiling the statement, the result object) is
left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect, Table, bindparam, exc, insert, select
from sqlalchemy.sql import func

from gateway.storage.schema import audit_records, exchanges, usage

LOCK_KEY = 0x6761_7564_6974  # "gaudit": the PostgreSQL advisory lock that serializes chain writers


@dataclass(frozen=True)
class _Insert:
    sql: str
    names: tuple[str, ...]  # the columns, in the statement's order
    positional: bool  # the driver takes a tuple per row (else a mapping)
    processors: tuple[Callable[[Any], Any] | None, ...]

    def params(self, rows: Sequence[Mapping[str, Any]]) -> list[Any]:
        out: list[Any] = []
        for row in rows:
            values = [row.get(name) for name in self.names]
            for i, process in enumerate(self.processors):
                if process is not None and values[i] is not None:
                    values[i] = process(values[i])
            out.append(tuple(values) if self.positional else dict(zip(self.names, values, strict=True)))
        return out


@dataclass(frozen=True)
class Statements:
    """What one dialect's writer runs: the lock (None: SQLite's `BEGIN IMMEDIATE`), the head, the inserts."""

    lock: tuple[str, Any] | None
    head: str
    records: _Insert
    exchanges: _Insert
    usage: _Insert

    def insert(self, cursor: Any, statement: _Insert, rows: Sequence[Mapping[str, Any]]) -> None:
        """All `rows` in one `executemany` on the driver's `cursor` (nothing when there are none)."""
        if rows:
            cursor.executemany(statement.sql, statement.params(rows))


_compiled: dict[str, Statements] = {}


@contextmanager
def driver_errors(conn: Connection) -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy's (an unreachable database is `OperationalError`, as elsewhere)."""
    dbapi = conn.dialect.loaded_dbapi
    try:
        yield
    except dbapi.Error as err:
        disconnect = conn.dialect.is_disconnect(err, conn.connection.dbapi_connection, None)
        raise exc.DBAPIError.instance("audit batch", None, err, dbapi.Error, connection_invalidated=disconnect,
                                      dialect=conn.dialect) from err


def for_connection(conn: Connection) -> Statements:
    """The statements for the connection's dialect (compiled on first use)."""
    dialect = conn.dialect
    if (found := _compiled.get(dialect.name)) is None:
        found = _compiled[dialect.name] = _compile(dialect)
    return found


def _compile(dialect: Dialect) -> Statements:
    lock = None
    if dialect.name == "postgresql":
        compiled = select(func.pg_advisory_xact_lock(bindparam("key"))).compile(dialect=dialect)
        key = (LOCK_KEY,) if compiled.positiontup else {"key": LOCK_KEY}
        lock = (compiled.string, key)
    head = select(audit_records.c.seq, audit_records.c.hash).order_by(audit_records.c.seq.desc()).limit(1)
    return Statements(lock, head.compile(dialect=dialect, compile_kwargs={"literal_binds": True}).string,
                      _insert(audit_records, dialect), _insert(exchanges, dialect), _insert(usage, dialect))


def _insert(table: Table, dialect: Dialect) -> _Insert:
    columns = list(table.columns)
    compiled = insert(table).values({c.name: bindparam(c.key) for c in columns}).compile(dialect=dialect)
    order = compiled.positiontup  # the bind names in the statement's order, for a positional driver
    positional = order is not None
    names = tuple(order) if order is not None else tuple(c.key for c in columns)
    by_key = {c.key: c for c in columns}
    processors = tuple(by_key[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    return _Insert(compiled.string, names, positional, processors)
