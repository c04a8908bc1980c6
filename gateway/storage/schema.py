"""The database schema (SQLAlchemy Core). No table holds request or response text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

_MICRO = 1_000_000


class Yen(TypeDecorator[Decimal]):
    """An exact amount of yen, stored as an integer number of micro-yen (so SUM stays exact in SQL)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        micro = value * _MICRO
        if micro != micro.to_integral_value():
            raise ValueError("yen amounts are stored to the micro-yen")
        return int(micro)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-6)


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
    Column("expires_at", DateTime(timezone=True), nullable=True),  # end of a rotated key's grace period
    Column("replaced_by", String(32), nullable=True),  # the key id issued by its rotation
    Column("last_used_at", DateTime(timezone=True), nullable=True),  # written at most once a minute
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

# The ledger: one row per exchange, written in the same transaction as its `exchanges` row.
usage = Table(
    "usage",
    metadata,
    Column("exchange_id", String(32), ForeignKey("exchanges.id"), primary_key=True),
    Column("day", Date, nullable=False, index=True),  # calendar day in Asia/Tokyo: prices and months follow it
    Column("model", String(64), nullable=True),  # the model it was priced as (else the deployment name)
    Column("prompt_tokens", Integer, nullable=False),
    Column("cached_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("reasoning_tokens", Integer, nullable=False),
    Column("estimated", Boolean, nullable=False),  # counted from the text: the upstream reported no usage
    Column("price_id", String(96), nullable=True),  # the price row applied ("gpt-4o@2026-04-01"); None: unpriced
    Column("cost_jpy", Yen, nullable=False),
)

# The audit log: one hash-chained row per request and per audit event (see gateway/audit/chain.py).
# `body` is the record's canonical JSON (what is hashed); the other columns repeat some of its fields
# for searching, and `gateway audit verify` checks that they still agree with it.
audit_records = Table(
    "audit_records",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("kind", String(32), nullable=False),  # "request", or an event kind such as "key.created"
    Column("request_id", String(32), nullable=True, index=True),
    Column("app", String(128), nullable=True),
    Column("department", String(128), nullable=True),
    Column("user", String(128), nullable=True),
    Column("decision", String(16), nullable=True),
    Column("entities", String(1024), nullable=False),  # ",MY_NUMBER,PERSON," : the types found, for searching
    Column("body", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Signed statements "the chain up to `seq` ends in `hash`" (Ed25519; the key is never stored here).
audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),  # "periodic", or "anchor": the new start after a purge
    Column("key_id", String(16), nullable=False),
    Column("signature", String(128), nullable=False),
)
