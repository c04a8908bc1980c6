"""Alembic environment: runs on the engine the gateway hands over (see gateway/storage/migrate.py)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from gateway.storage.schema import metadata

engine: Engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    )
    context.run_migrations()
