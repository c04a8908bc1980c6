"""Client keys in the database: issued once, stored only as a SHA-256 hash.

A key is named in lists and commands by its prefix (the first characters, never enough to use it).
Rotation issues a new key for the same identity and lets the old one work until its grace period
ends; revocation ends a key at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from sqlalchemy import insert, or_, select, update

from gateway.exchange import Identity
from gateway.storage.database import Database
from gateway.storage.schema import api_keys

Role = Literal["client", "auditor", "admin"]
ROLES: tuple[Role, ...] = ("client", "auditor", "admin")
KEY_PREFIX = "gw-"
PREFIX_LENGTH = 12  # "gw-" and 9 random characters: 54 bits, enough to tell keys apart in a list
LAST_USED_EVERY = timedelta(minutes=1)


def hash_key(key: str) -> str:
    """The stored form of a key. Keys are 256-bit random, so a plain SHA-256 cannot be reversed."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class KeyNotFound(LookupError):
    """No key, or more than one, has the given prefix."""


@dataclass(frozen=True)
class KeyInfo:
    """One key as `keys list` shows it: never the key or its hash."""

    id: str
    prefix: str
    app: str
    department: str
    role: str
    user: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
    expires_at: datetime | None

    def state(self, now: datetime) -> str:
        """"active", "revoked", "expired" (grace over) or "grace until …"."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None:
            ends = _aware(self.expires_at)
            return "expired" if ends <= now else f"grace until {ends:%Y-%m-%d %H:%M:%S}Z"
        return "active"


@dataclass(frozen=True)
class Found:
    """A valid key's identity and when it stops working (a rotated key's grace end)."""

    identity: Identity
    expires_at: datetime | None


class KeyStore:
    """Creates, lists, rotates and revokes keys, and resolves a presented key to an identity."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, app: str, department: str, role: Role = "client", user: str | None = None) -> str:
        """Issue a new key; the plain key is returned once and never stored."""
        key, _ = self._insert(app, department, role, user)
        return key

    def _insert(self, app: str, department: str, role: str, user: str | None) -> tuple[str, str]:
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        key_id = uuid.uuid4().hex
        with self.db.engine.begin() as conn:
            conn.execute(insert(api_keys).values(
                id=key_id, key_hash=hash_key(key), prefix=key[:PREFIX_LENGTH], app=app, department=department,
                role=role, user=user, created_at=datetime.now(UTC)))
        return key, key_id

    def lookup(self, key: str) -> Identity | None:
        """The identity behind a key, or None if unknown, revoked or past its grace period."""
        found = self.find(key)
        return found.identity if found else None

    def find(self, key: str) -> Found | None:
        """The identity and grace end of a valid key; the stored hash is compared in constant time."""
        digest = hash_key(key)
        with self.db.engine.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.key_hash == digest)).first()
        if row is None or not hmac.compare_digest(row.key_hash, digest) or row.revoked_at is not None:
            return None
        expires = _aware(row.expires_at) if row.expires_at is not None else None
        if expires is not None and expires <= datetime.now(UTC):
            return None
        identity = Identity(key_id=row.id, app=row.app, department=row.department, role=row.role, user=row.user)
        return Found(identity, expires)

    def touch(self, key_id: str) -> None:
        """Note that a key was used now (callers limit this to once a minute per key)."""
        with self.db.engine.begin() as conn:
            conn.execute(update(api_keys).where(api_keys.c.id == key_id).values(last_used_at=datetime.now(UTC)))

    def list(self, include_revoked: bool = True) -> list[KeyInfo]:
        """Every key, oldest first."""
        query = select(api_keys).order_by(api_keys.c.created_at)
        if not include_revoked:
            query = query.where(api_keys.c.revoked_at.is_(None))
        with self.db.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [KeyInfo(r.id, r.prefix, r.app, r.department, r.role, r.user, r.created_at, r.last_used_at,
                        r.revoked_at, r.expires_at) for r in rows]

    def resolve(self, prefix_or_key: str) -> KeyInfo:
        """The one key with this prefix (or this whole key); raises KeyNotFound."""
        text = prefix_or_key.strip()
        condition = or_(api_keys.c.key_hash == hash_key(text), api_keys.c.prefix == text[:PREFIX_LENGTH]) \
            if len(text) > PREFIX_LENGTH else api_keys.c.prefix == text
        with self.db.engine.connect() as conn:
            rows = conn.execute(select(api_keys).where(condition)).all()
        if len(text) > PREFIX_LENGTH:
            rows = [r for r in rows if r.key_hash == hash_key(text)]
        if len(rows) != 1 or len(text) < len(KEY_PREFIX) + 4:
            raise KeyNotFound(text[:PREFIX_LENGTH])
        r = rows[0]
        return KeyInfo(r.id, r.prefix, r.app, r.department, r.role, r.user, r.created_at, r.last_used_at,
                       r.revoked_at, r.expires_at)

    def revoke(self, prefix_or_key: str) -> KeyInfo:
        """Revoke a key at once; raises KeyNotFound."""
        info = self.resolve(prefix_or_key)
        with self.db.engine.begin() as conn:
            conn.execute(update(api_keys).where(api_keys.c.id == info.id, api_keys.c.revoked_at.is_(None))
                         .values(revoked_at=datetime.now(UTC)))
        return info

    def rotate(self, prefix_or_key: str, grace: timedelta) -> tuple[str, KeyInfo]:
        """A new key for the same identity; the old one works for `grace` more. Returns (new key, old key)."""
        info = self.resolve(prefix_or_key)
        if info.revoked_at is not None or info.state(datetime.now(UTC)) == "expired":
            raise KeyNotFound(info.prefix)
        key, new_id = self._insert(info.app, info.department, info.role, info.user)
        ends = datetime.now(UTC) + grace
        with self.db.engine.begin() as conn:
            old_end = api_keys.c.expires_at
            conn.execute(update(api_keys).where(api_keys.c.id == info.id)
                         .where(or_(old_end.is_(None), old_end > ends))
                         .values(expires_at=ends, replaced_by=new_id))
        return key, info


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored moment is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
