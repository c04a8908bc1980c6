"""The database schema (SQLAlchemy Core). No table holds request or response text."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
)

metadata = MetaData()

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("key_hash", String(64), nullable=False, unique=True),  # sha256 of the whole key
    Column("prefix", String(16), nullable=False),  # first characters, to recognise a key in lists
    Column("app", String(128), nullable=False),
    Column("department", String(128), nullable=False),
    Column("role", String(16), nullable=False),
    Column("user", String(128), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

# One row per request that reached the gateway, refused or not: the basis of metering and audit.
exchanges = Table(
    "exchanges",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False, index=True),
    Column("duration_ms", Integer, nullable=False),
    Column("operation", String(32), nullable=False),
    Column("api_style", String(16), nullable=False),
    Column("deployment", String(64), nullable=True),
    Column("stream", Boolean, nullable=False),
    Column("key_id", String(32), nullable=True, index=True),
    Column("app", String(128), nullable=True),
    Column("department", String(128), nullable=True),
    Column("user", String(128), nullable=True),
    Column("status", Integer, nullable=False),
    Column("error_code", String(64), nullable=True),
    Column("backend", String(64), nullable=True),
    Column("attempts", Integer, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("pii", JSON, nullable=False),  # entity type -> count; never values
)
