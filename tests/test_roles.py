"""Role separation on every route: the test walks the app's whole route table with a key of each role.

A route handler that declares no roles (`gateway/api/roles.py`) fails here, so a route added later
by anyone is covered the day it is added.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import httpx
import pytest

from gateway.api.roles import declared_roles
from gateway.app import create_app
from gateway.audit.config import AuditSettings
from gateway.auth import KeyStore
from gateway.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
ROLES = ("client", "auditor", "admin")


def _routes() -> list[tuple[str, str, tuple[str, ...] | None]]:
    """(method, path with parameters filled in, declared roles) for every handler the gateway serves."""
    shipped = load_settings(ROOT / "rules", {"GATEWAY_DATABASE_URL": "sqlite:///:memory:"})
    # the suite's signing key (GATEWAY_AUDIT_SIGNING_KEY): a clean clone has no var/audit-signing.key
    settings = dataclasses.replace(shipped, gateway=dataclasses.replace(shipped.gateway, audit=AuditSettings()))
    app = create_app(settings)
    table = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if handler.fn.__module__.startswith("litestar.") and handler.http_methods == {"OPTIONS"}:
                continue  # Litestar's own CORS preflight answer: no data, no key
            path = re.sub(r"\{[^}]+\}", "gpt-4o", route.path)
            for method in sorted(handler.http_methods - {"OPTIONS", "HEAD"}):
                table.append((method, path, declared_roles(handler)))
    return table


ROUTES = _routes()


def test_every_route_declares_its_roles() -> None:
    undeclared = [f"{method} {path}" for method, path, roles in ROUTES if roles is None]
    assert not undeclared, f"routes without roles (add guards=[roles(...)] from gateway/api/roles.py): {undeclared}"
    assert any(path == "/admin/keys" for _, path, _ in ROUTES)


@pytest.fixture(scope="module")
def role_keys(keys: KeyStore) -> dict[str, str]:
    return {role: keys.create("role-walk", "情報政策課", role) for role in ROLES}  # type: ignore[arg-type]


@pytest.mark.parametrize(("method", "path", "roles"), ROUTES, ids=[f"{m} {p}" for m, p, _ in ROUTES])
def test_route_answers_only_its_roles(gateway_url: str, role_keys: dict[str, str], method: str, path: str,
                                      roles: tuple[str, ...]) -> None:
    with httpx.Client(base_url=gateway_url, timeout=30) as http:
        anonymous = http.request(method, path, content=b"{}")
        if not roles:  # public
            assert anonymous.status_code not in (401, 403)
            return
        assert anonymous.status_code == 401
        assert anonymous.json()["error"]["code"] == "invalid_api_key"
        for role, key in role_keys.items():
            answer = http.request(method, path, content=b"{}", headers={"api-key": key})
            if role in roles:
                assert answer.status_code not in (401, 403), (role, answer.text)
            else:
                assert answer.status_code == 403, (role, answer.text)
                error = answer.json()["error"]
                assert error["code"] == "permission_denied"
                assert role in error["message"]
