"""Client keys: issued once, stored only as a SHA-256 hash, looked up on every request."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime
from typing import Literal

from litestar.datastructures import Headers
from sqlalchemy import insert, select

from gateway.errors import forbidden, invalid_api_key
from gateway.exchange import Identity
from gateway.storage.database import Database
from gateway.storage.schema import api_keys

Role = Literal["client", "auditor", "admin"]
ROLES: tuple[Role, ...] = ("client", "auditor", "admin")
KEY_PREFIX = "gw-"


def hash_key(key: str) -> str:
    """The stored form of a key. Keys are 256-bit random, so a plain SHA-256 cannot be reversed."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyStore:
    """Creates keys and resolves a presented key to an identity."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, app: str, department: str, role: Role = "client", user: str | None = None) -> str:
        """Issue a new key; the plain key is returned once and never stored."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(api_keys).values(
                    id=uuid.uuid4().hex,
                    key_hash=hash_key(key),
                    prefix=key[:10],
                    app=app,
                    department=department,
                    role=role,
                    user=user,
                    created_at=datetime.now(UTC),
                )
            )
        return key

    def lookup(self, key: str) -> Identity | None:
        """The identity behind a key, or None if unknown or revoked."""
        digest = hash_key(key)
        with self.db.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.key_hash == digest)).first()
        if row is None or row.revoked_at is not None:
            return None
        return Identity(key_id=row.id, app=row.app, department=row.department, role=row.role, user=row.user)

    async def authenticate(self, headers: Headers, roles: tuple[Role, ...] = ROLES) -> Identity:
        """Resolve `api-key` or `Authorization: Bearer`; raises 401 `invalid_api_key`."""
        key = presented_key(headers)
        identity = await self.db.run(self.lookup, key) if key else None
        if identity is None:
            raise invalid_api_key()
        if identity.role not in roles:
            raise forbidden(f"このキーの役割 ({identity.role}) では、この API は使えません。")
        return identity


def presented_key(headers: Headers) -> str | None:
    """The key from `api-key` (Azure style) or `Authorization: Bearer` (OpenAI style)."""
    if key := headers.get("api-key"):
        return key.strip()
    scheme, _, token = (headers.get("authorization") or "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None
