"""The page's protections: an encrypted, signed session cookie (HttpOnly, SameSite=Strict), CSRF tokens on
every form that changes anything, a strict Content-Security-Policy, and a fresh check of the key on every page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar import Request, Response
from litestar.config.csrf import CSRFConfig
from litestar.middleware import DefineMiddleware
from litestar.middleware.csrf import CSRFMiddleware
from litestar.middleware.session.client_side import CookieBackendConfig
from sqlalchemy import select

from gateway.api.roles import AUDITOR_ROLES
from gateway.auth import Authenticator
from gateway.exchange import Identity
from gateway.keys.store import KeyStore
from gateway.storage.schema import api_keys

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"content-security-policy": CSP, "x-frame-options": "DENY", "x-content-type-options": "nosniff",
           "referrer-policy": "no-referrer", "cache-control": "no-store"}


NOT_UI = r"^/(?!ui(/|$))."  # every path outside /ui: the API is not cookie-authenticated


def middleware(secret: bytes, secure: bool = False) -> list[DefineMiddleware]:
    """Session then CSRF, app-wide but excluding every path outside /ui."""
    session = CookieBackendConfig(secret=secret, key="gw_ui", path="/ui", httponly=True, samesite="strict",
                                  secure=secure, max_age=8 * 3600, exclude=NOT_UI)
    csrf = CSRFConfig(secret=secret.hex(), cookie_name="gw_ui_csrf", cookie_path="/ui", cookie_httponly=True,
                      cookie_samesite="strict", cookie_secure=secure, exclude=NOT_UI)
    return [session.middleware, DefineMiddleware(CSRFMiddleware, config=csrf)]


def add_headers(response: Response[Any]) -> Response[Any]:
    """After every page: CSP and the other headers that keep it from being framed, sniffed or cached."""
    response.headers.update(HEADERS)
    return response


async def sign_in(authenticator: Authenticator, key: str, address: str) -> Identity:
    """The identity behind an auditor's (or admin's) key; raises GatewayError (401, throttled per address, or 403)."""
    return await authenticator.check(key, address, AUDITOR_ROLES)


async def current(request: Request[Any, Any, Any], keys: KeyStore) -> dict[str, Any] | None:
    """The signed-in auditor, if the session names a key that is still valid and still an auditor's."""
    who = request.session.get("who") if request.session else None
    if not isinstance(who, dict) or not isinstance(who.get("key_id"), str):
        return None
    if not await keys.db.run(_still_auditor, keys, who["key_id"]):
        request.clear_session()
        return None
    return who


def _still_auditor(keys: KeyStore, key_id: str) -> bool:
    with keys.db.engine.connect() as conn:
        row = conn.execute(select(api_keys.c.role, api_keys.c.revoked_at, api_keys.c.expires_at)
                           .where(api_keys.c.id == key_id)).first()
    if row is None or row.revoked_at is not None or row.role not in AUDITOR_ROLES:
        return False
    expires = row.expires_at if row.expires_at is None or row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    return expires is None or expires > datetime.now(UTC)  # a rotated key's grace has not ended

