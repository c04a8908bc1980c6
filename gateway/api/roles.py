"""Who may call which route: every route handler declares its roles here, with a Litestar guard.

    @get("/admin/audit", guards=[roles("auditor", "admin")])

`roles(...)` authenticates the request's key, refuses a key of another role (403 `permission_denied`)
and leaves the caller's `Identity` in `request.state.identity`. `PUBLIC` declares a route that needs no
key (health, metrics, the API description). A route with neither fails `tests/test_roles.py`, which
walks the whole route table with a key of every role.
"""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.types import Guard

from gateway.keys.store import Role
from gateway.policy.counters import CountersUnavailable

ROLES_ATTRIBUTE = "gateway_roles"


def roles(*allowed: Role) -> Guard:
    """A guard that lets in keys of the `allowed` roles only."""

    async def guard(connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
        from gateway import errors  # the pipeline imports this module; errors has no imports of ours

        gateway = connection.app.state.gateway
        try:
            connection.state.identity = await gateway.authenticator.authenticate(connection, allowed)
        except CountersUnavailable:
            raise errors.counters_unavailable() from None

    setattr(guard, ROLES_ATTRIBUTE, allowed)
    return guard


async def _public(_connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
    return None


setattr(_public, ROLES_ATTRIBUTE, ())
PUBLIC: Guard = _public
AUDITOR_ROLES: tuple[Role, ...] = ("auditor", "admin")  # also the auditor page's sign-in (gateway.ui.security)
CLIENT = roles("client", "admin")  # the AI routes
AUDITOR = roles(*AUDITOR_ROLES)  # audit records, usage reports, the auditor page
ADMIN = roles("admin")  # keys, detection tools


def declared_roles(handler: BaseRouteHandler) -> tuple[Role, ...] | None:
    """The roles a route handler declares (() for public), or None when it declares none."""
    declared = [getattr(g, ROLES_ATTRIBUTE) for g in handler.resolve_guards() if hasattr(g, ROLES_ATTRIBUTE)]
    return declared[-1] if len(declared) == 1 else None
