"""The database schema: migrations from zero and from the previous release, on SQLite and PostgreSQL,
the `gateway db` commands, and the refusal to serve on a schema that is behind."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from gateway.auth import KeyStore
from gateway.storage import migrate
from gateway.storage.database import Database, database_url
from gateway.storage.schema import exchanges, usage
from tests.harness import write_rules
from tests.postgres import PostgresServer

pytestmark = pytest.mark.storage  # on SQLite and on PostgreSQL (conftest: --backends)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_db(empty_url: str) -> Iterator[Database]:
    db = Database(empty_url)
    yield db
    db.close()


def _gateway(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "GATEWAY_DATABASE_URL": url}, timeout=120, check=False)


def _previous_release_rows(conn: sa.Connection) -> None:
    """A key, a request and its ledger row, written as the first schema holds them (raw SQL)."""
    now = dt.datetime(2026, 4, 1, 9, 0, tzinfo=dt.UTC)
    conn.execute(sa.text(
        "INSERT INTO api_keys (id, key_hash, prefix, app, department, role, \"user\", created_at) "
        "VALUES ('k1', :hash, 'gw-abc', 'app', '総務課', 'client', NULL, :now)"), {"hash": "0" * 64, "now": now})
    conn.execute(sa.text(
        "INSERT INTO exchanges (id, started_at, duration_ms, operation, api_style, deployment, stream, key_id, app, "
        "department, status, attempts, prompt_tokens, completion_tokens, pii) VALUES ('e1', :now, 12, "
        "'chat.completions', 'azure', 'gpt-4o', :no, 'k1', 'app', '総務課', 200, 1, 10, 5, '{\"PERSON\": 1}')"),
        {"now": now, "no": False})
    conn.execute(sa.text(
        "INSERT INTO usage (exchange_id, day, model, prompt_tokens, cached_tokens, completion_tokens, "
        "reasoning_tokens, estimated, price_id, cost_jpy) VALUES ('e1', :day, 'gpt-4o', 10, 0, 5, 0, :no, "
        "'gpt-4o@2026-04-01', 1234567)"), {"day": dt.date(2026, 4, 1), "no": False})


def _assert_rows_kept(db: Database) -> None:
    with db.engine.connect() as conn:
        record = conn.execute(sa.select(exchanges)).mappings().one()
        ledger = conn.execute(sa.select(usage)).mappings().one()
    assert (record["id"], record["department"], record["pii"]) == ("e1", "総務課", {"PERSON": 1})
    assert ledger["cost_jpy"] == Decimal("1.234567")


def test_migrations_build_exactly_the_schema_in_the_code(empty_db: Database) -> None:
    """A schema change without its migration fails here (see docs/deploy.md, "Adding a migration")."""
    migrate.upgrade(empty_db)
    assert migrate.current(empty_db) == migrate.head()
    assert migrate.differences(empty_db) == []


def test_the_first_revision_with_rows_is_upgraded_to_head(empty_db: Database) -> None:
    migrate.upgrade(empty_db, migrate.FIRST)
    with empty_db.engine.begin() as conn:
        _previous_release_rows(conn)
    migrate.upgrade(empty_db)
    assert migrate.current(empty_db) == migrate.head()
    _assert_rows_kept(empty_db)
    assert migrate.differences(empty_db) == []


def test_the_release_before_migrations_is_adopted_and_upgraded(empty_url: str, empty_db: Database) -> None:
    """That release made its tables with create_all and had no version table: `gateway db upgrade` adopts it."""
    migrate.upgrade(empty_db, migrate.FIRST)
    with empty_db.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE alembic_version"))
        _previous_release_rows(conn)
    result = _gateway("db", "upgrade", url=empty_url)
    assert result.returncode == 0, result.stderr
    assert f"-> {migrate.head()}" in result.stdout
    _assert_rows_kept(empty_db)
    check = _gateway("db", "check", url=empty_url)
    assert check.returncode == 0, check.stdout
    assert "matches the code's schema" in check.stdout


def test_db_commands_report_and_fix_a_schema_that_is_behind(empty_url: str, backend: str) -> None:
    current = _gateway("db", "current", url=empty_url)
    assert current.returncode == 0
    assert "behind: run `gateway db upgrade`" in current.stdout
    assert "password" not in current.stdout
    check = _gateway("db", "check", url=empty_url)
    assert check.returncode == 1
    assert "run `gateway db upgrade`" in check.stdout
    keys = _gateway("keys", "create", "--app", "a", "--department", "d", url=empty_url)
    if backend == "postgresql":  # only the embedded SQLite database upgrades itself
        assert keys.returncode == 2
        assert "gateway db upgrade" in keys.stderr
        assert "Traceback" not in keys.stderr
    else:
        assert keys.returncode == 0, keys.stderr
    assert _gateway("db", "upgrade", url=empty_url).returncode == 0
    assert "up to date" in _gateway("db", "current", url=empty_url).stdout


def test_the_gateway_refuses_to_serve_on_a_postgresql_schema_that_is_behind(postgres: PostgresServer,
                                                                           tmp_path: Path) -> None:
    """(The embedded SQLite database upgrades itself at start instead: see the test above.)"""
    rules = write_rules(tmp_path / "rules", {})  # the suite's signing key (a clean clone has no var/ key file)
    result = _gateway("serve", "--port", "0", "--rules", str(rules), url=postgres.url("behind"))
    assert result.returncode != 0
    assert "gateway db upgrade" in result.stderr


def test_db_help_lists_the_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "gateway", "db", "--help"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 0
    for command in ("upgrade", "current", "check"):
        assert command in result.stdout


@pytest.mark.parametrize(("given", "driver"), [
    ("postgresql://u:p@db/gateway", "postgresql+psycopg"),
    ("postgres://u:p@db/gateway", "postgresql+psycopg"),
    ("postgresql+psycopg://u:p@db/gateway", "postgresql+psycopg"),
    ("sqlite:///var/gateway.db", "sqlite"),
])
def test_postgresql_urls_use_psycopg_3(given: str, driver: str) -> None:
    assert database_url(given).drivername == driver


def test_a_fresh_sqlite_file_is_created_and_migrated_on_first_use(tmp_path: Path) -> None:
    db = migrate.open_database(f"sqlite:///{tmp_path / 'new' / 'gateway.db'}")
    try:
        key = KeyStore(db).create("app", "総務課")
        assert KeyStore(db).lookup(key) is not None
        assert migrate.current(db) == migrate.head()
    finally:
        db.close()
