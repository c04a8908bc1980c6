"""Schema migrations (Alembic, run from code: the scripts live in `gateway/storage/migrations/`).

The embedded SQLite database upgrades itself when the gateway starts; any other database
(PostgreSQL) must be upgraded by the operator with `gateway db upgrade`, and the gateway refuses
to serve on a schema that is behind.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from gateway.storage.database import Database
from gateway.storage.schema import metadata

log = logging.getLogger("gateway.storage")
SCRIPTS = Path(__file__).resolve().parent / "migrations"
FIRST = "0001"  # the schema of the release before migrations existed (tables made by create_all)
UPGRADE_COMMAND = "gateway db upgrade"


class SchemaBehind(Exception):
    """The database's schema is older than this release's (or unknown to it)."""

    def __init__(self, current: str | None, head: str) -> None:
        self.current = current
        self.head = head
        super().__init__(
            f"データベースのスキーマが古いため起動できません (現在 {current or 'なし'}、必要 {head})。"
            f"`{UPGRADE_COMMAND}` を実行してください / the database schema is at {current or 'nothing'}, "
            f"this release needs {head}: run `{UPGRADE_COMMAND}` first")


def config(db: Database) -> Config:
    """An Alembic configuration bound to this database (no alembic.ini)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["engine"] = db.engine
    return cfg


@functools.cache
def head() -> str:
    """The revision this release's code expects (the scripts are read once per process)."""
    rev = ScriptDirectory(str(SCRIPTS)).get_current_head()
    assert rev is not None
    return rev


def current(db: Database) -> str | None:
    """The database's revision; None for an empty database."""
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to `revision`; a database made before migrations existed is adopted first."""
    _adopt_unversioned(db)
    before = current(db)
    command.upgrade(config(db), revision)
    if (after := current(db)) != before:
        log.info("database %s upgraded from %s to %s", db.label, before or "empty", after)


def differences(db: Database) -> list[Any]:
    """What differs between the database and the code's schema (empty when they agree)."""
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(ctx, metadata))


def revision(db: Database, message: str) -> None:
    """Write the next migration script (`000N_<message>.py`) from the difference between the database (at head)
    and the code's schema."""
    command.revision(config(db), message=message, autogenerate=True, rev_id=f"{int(head()) + 1:04d}")


def prepare(db: Database) -> None:
    """At start-up: upgrade the embedded database; refuse any other whose schema is not at head."""
    if db.embedded:
        upgrade(db)
        return
    at, expected = current(db), head()
    if at != expected:
        raise SchemaBehind(at, expected)


def _adopt_unversioned(db: Database) -> None:
    """Stamp the first revision on a database whose tables were created before migrations existed."""
    tables = set(inspect(db.engine).get_table_names())
    if "alembic_version" not in tables and "api_keys" in tables:
        log.info("database %s was created before migrations: adopted as revision %s", db.label, FIRST)
        command.stamp(config(db), FIRST)


def open_database(url: str) -> Database:
    """The database for a command: the embedded one is created or upgraded, any other must be at head."""
    db = Database(url)
    try:
        prepare(db)
    except Exception:
        db.close()
        raise
    return db
