"""Admin routes for client keys: the same operations as `gateway keys …`, admin role only.

    GET  /admin/keys                     list (prefix, application, department, role, user, dates, state)
    POST /admin/keys                     {"app", "department", "role"?, "user"?} -> the new key, once
    POST /admin/keys/{prefix}/rotate     {"grace_seconds"?} -> the new key; the old one works until the grace ends
    POST /admin/keys/{prefix}/revoke     the key stops working on the next request, on every replica
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from litestar import Request, Response, get, post
from litestar.params import FromPath

from gateway import errors
from gateway.api.body import read_body
from gateway.api.roles import ADMIN
from gateway.audit.events import AuditEvent, record_event
from gateway.exchange import Exchange, Operation
from gateway.keys.store import PREFIX_LENGTH, ROLES, KeyInfo, KeyNotFound, KeyStore
from gateway.pipeline import Gateway

AnyRequest = Request[Any, Any, Any]
DEFAULT_GRACE = timedelta(hours=24)
MAX_GRACE = timedelta(days=90)


def key_json(info: KeyInfo) -> dict[str, Any]:
    """A key as lists show it: never the key or its hash."""
    def when(moment: datetime | None) -> str | None:
        return None if moment is None else (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()

    return {"prefix": info.prefix, "app": info.app, "department": info.department, "role": info.role,
            "user": info.user, "created": when(info.created_at), "last_used": when(info.last_used_at),
            "revoked": when(info.revoked_at), "expires": when(info.expires_at),
            "state": info.state(datetime.now(UTC))}


def _prefix(value: str) -> str:
    """The prefix from the path; a whole key is refused there (it would travel in URLs, proxies' logs)."""
    if len(value) > PREFIX_LENGTH:
        raise errors.bad_request("invalid_prefix", f"パスにはキーの接頭辞 ({PREFIX_LENGTH} 文字) だけを指定して"
                                 "ください。キー全体を URL に書かないでください。", param="prefix")
    return value


def _not_found() -> errors.GatewayError:
    return errors.GatewayError(404, "key_not_found", "その接頭辞のキーが一つに定まりません。"
                               "GET /admin/keys に表示される prefix を指定してください。", param="prefix")


def _text(body: dict[str, Any], name: str, *, required: bool) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not 1 <= len(value) <= 128:
        raise errors.bad_request("invalid_type", f"{name} は 1〜128 文字の文字列である必要があります。", param=name)
    return value


@get("/admin/keys", guards=[ADMIN])
async def list_keys(request: AnyRequest) -> Response[Any]:
    """Every key: prefix, application, department, role, user, created, last used, revoked."""
    gateway: Gateway = request.app.state.gateway
    store = gateway.authenticator.keys

    async def action(_exchange: Exchange) -> Response[Any]:
        infos = await store.db.run(store.list)
        return Response({"object": "list", "data": [key_json(i) for i in infos]})

    return await gateway.admin(request, Operation.ADMIN_KEYS, action)


@post("/admin/keys", guards=[ADMIN], status_code=201)
async def create_key(request: AnyRequest) -> Response[Any]:
    """Issue a key; the response is the only time it is shown."""
    gateway: Gateway = request.app.state.gateway
    store = gateway.authenticator.keys

    async def action(exchange: Exchange) -> Response[Any]:
        body = await read_body(request, Operation.ADMIN_KEYS, 64 * 1024)
        app, department = _text(body, "app", required=True), _text(body, "department", required=True)
        user, role = _text(body, "user", required=False), body.get("role", "client")
        if role not in ROLES:
            raise errors.bad_request("invalid_type", "role は client / auditor / admin のいずれかです。", param="role")
        key = await store.db.run(store.create, app, department, role, user)
        info = await store.db.run(store.resolve, key)
        await _event(store, "key.created", exchange, info)
        return Response({**key_json(info), "key": key}, status_code=201)

    return await gateway.admin(request, Operation.ADMIN_KEYS, action)


@post("/admin/keys/{prefix:str}/rotate", guards=[ADMIN], status_code=200)
async def rotate_key(request: AnyRequest, prefix: FromPath[str]) -> Response[Any]:
    """A new key for the same identity; the old one keeps working for `grace_seconds` (default 24 h)."""
    gateway: Gateway = request.app.state.gateway
    store = gateway.authenticator.keys

    async def action(exchange: Exchange) -> Response[Any]:
        raw = await request.body()
        body = await read_body(request, Operation.ADMIN_KEYS, 64 * 1024) if raw.strip() else {}
        grace = body.get("grace_seconds", DEFAULT_GRACE.total_seconds())
        limit = MAX_GRACE.total_seconds()
        if isinstance(grace, bool) or not isinstance(grace, (int, float)) or not 0 <= grace <= limit:
            raise errors.bad_request("invalid_type", "grace_seconds は 0 から 7776000 (90 日) までの秒数です。",
                                     param="grace_seconds")
        try:
            key, old = await store.db.run(store.rotate, _prefix(prefix), timedelta(seconds=grace))
        except KeyNotFound:
            raise _not_found() from None
        await gateway.authenticator.counters.bump_generation()
        info = await store.db.run(store.resolve, key)
        await _event(store, "key.rotated", exchange, old, grace_seconds=int(grace), new_prefix=info.prefix)
        return Response({**key_json(info), "key": key, "replaces": old.prefix})

    return await gateway.admin(request, Operation.ADMIN_KEYS, action)


@post("/admin/keys/{prefix:str}/revoke", guards=[ADMIN], status_code=200)
async def revoke_key(request: AnyRequest, prefix: FromPath[str]) -> Response[Any]:
    """Revoke a key: refused from the next request on, by every replica."""
    gateway: Gateway = request.app.state.gateway
    store = gateway.authenticator.keys

    async def action(exchange: Exchange) -> Response[Any]:
        try:
            info = await store.db.run(store.revoke, _prefix(prefix))
        except KeyNotFound:
            raise _not_found() from None
        await gateway.authenticator.counters.bump_generation()
        await _event(store, "key.revoked", exchange, info)
        return Response(key_json(await store.db.run(store.resolve, info.prefix)))

    return await gateway.admin(request, Operation.ADMIN_KEYS, action)


async def _event(store: KeyStore, kind: str, exchange: Exchange, info: KeyInfo, **extra: str | int) -> None:
    actor = exchange.identity.key_id if exchange.identity else "unknown"
    details = {"prefix": info.prefix, "app": info.app, "department": info.department, "role": info.role, **extra}
    await store.db.run(record_event, store.db, AuditEvent(kind, actor, details))


KEY_ROUTES = [list_keys, create_key, rotate_key, revoke_key]
