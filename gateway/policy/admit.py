"""The admit phase: decide whether this application may make this request."""

from __future__ import annotations

from fnmatch import fnmatchcase

from gateway.errors import forbidden
from gateway.exchange import Exchange
from gateway.policy.rules import AppPolicy, PolicyRules
from gateway.settings import Settings


def admit(exchange: Exchange, policy: PolicyRules) -> AppPolicy:
    """The application's policy; raises 403 `policy_violation` unless it may use the deployment."""
    assert exchange.identity is not None
    assert exchange.deployment is not None
    app = policy.for_app(exchange.identity.app)
    if app is None or not any(fnmatchcase(exchange.deployment, p) for p in app.deployments):
        raise forbidden("このアプリケーションには、指定されたデプロイ (モデル) の利用が許可されていません。")
    return app


def allowed_deployments(settings: Settings, app: str) -> list[str]:
    """The deployments named in rules/gateway.yaml that `app` may use."""
    policy = settings.policy.for_app(app)
    names = [n for n in settings.gateway.deployments if n != "*"]
    return [n for n in names if policy and any(fnmatchcase(n, p) for p in policy.deployments)]
