"""Liveness, readiness and metrics, for the city's operators and monitoring."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get

from gateway.api.roles import PUBLIC
from gateway.pipeline import Gateway


@get("/healthz", sync_to_thread=False, guards=[PUBLIC])
def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@get("/readyz", guards=[PUBLIC])
async def readyz(request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
    """Rules valid, detection model loaded, every dependency ready; names the upstream (or the simulator).

    The application only starts serving once the rules validated and the model loaded, so those two
    are "ok" whenever this answers; each dependency (database, shared counters) is checked now.
    """
    gateway: Gateway = request.app.state.gateway
    dependencies = await gateway.readiness.refresh()
    checks: dict[str, Any] = {"rules": "ok", "detection": "ok (ja_ginza loaded)"}
    checks.update({name: reason or "ok" for name, reason in dependencies.items()})
    rules = gateway.settings.gateway
    checks["upstream"] = {
        name: ("SIMULATOR (no Azure OpenAI configured)" if b.kind == "simulator" else f"{b.kind} {b.endpoint}")
        for name, b in rules.backends.items()
    }
    ready = not any(dependencies.values())
    return Response({"status": "ready" if ready else "not ready", "checks": checks},
                    status_code=200 if ready else 503)


@get("/metrics", media_type="text/plain; version=0.0.4", guards=[PUBLIC])
async def metrics(request: Request[Any, Any, Any]) -> bytes:
    """Prometheus exposition."""
    gateway: Gateway = request.app.state.gateway
    return await gateway.journal.db.run(gateway.metrics.render)
