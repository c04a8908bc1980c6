"""Sending one exchange upstream: the deployment's backends in priority order, with retries.

A 429 or 5xx (or a connection failure) is retried on the same backend, waiting as long as the
upstream's `Retry-After` asks (up to `max_retry_wait`), then fails over to the next backend.
When every backend has failed, the last upstream answer is passed through to the client.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import anyio
import httpx
import msgspec

from gateway import errors
from gateway.exchange import Exchange, Operation
from gateway.settings import Backend, GatewayRules
from gateway.upstream.simulator import SIMULATOR_URL, SimulatorTransport
from gateway.upstream.transport import transport

log = logging.getLogger("gateway.upstream")

RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})
# Response headers a client may see; everything else from the upstream stays in the gateway.
PASSED_HEADERS = ("retry-after", "retry-after-ms", "apim-request-id", "x-ms-region", "openai-processing-ms")
_AZURE_PATHS = {
    Operation.CHAT: "/openai/deployments/{}/chat/completions",
    Operation.EMBEDDINGS: "/openai/deployments/{}/embeddings",
    Operation.RESPONSES: "/openai/responses",
}
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")  # what an upstream error code may be to be recorded
_URLS_KEPT = 256
_OPENAI_PATHS = {Operation.CHAT: "/chat/completions", Operation.EMBEDDINGS: "/embeddings",
                 Operation.RESPONSES: "/responses"}


class Upstream:
    """One pooled `httpx.AsyncClient` per backend."""

    def __init__(self, rules: GatewayRules) -> None:
        self.rules = rules
        self.clients = {name: _client(b, rules) for name, b in rules.backends.items()}
        self._urls: dict[tuple[str, str, str | None], httpx.URL] = {}  # (backend, path, api-version) -> URL

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()

    async def send(self, exchange: Exchange, body: Mapping[str, Any]) -> httpx.Response:
        """The first successful upstream response, opened for streaming; raises GatewayError."""
        assert exchange.deployment is not None
        deployment = self.rules.deployment(exchange.deployment)
        if deployment is None:
            raise errors.deployment_not_found()
        settings = self.rules.upstream
        failure: errors.GatewayError = errors.upstream_unavailable()
        for name in deployment.backends:
            backend = self.rules.backends[name]
            client = self.clients[name]
            request = self._build(name, client, backend, exchange, body, deployment.model or exchange.deployment,
                                  settings.default_api_version)
            for attempt in range(settings.retries + 1):
                exchange.backend, exchange.attempts = name, exchange.attempts + 1
                wait = min(2.0**attempt * 0.5, settings.max_retry_wait)
                try:
                    response = await client.send(request, stream=True)
                except httpx.TimeoutException:
                    failure = errors.upstream_timeout()
                    log.warning("upstream timeout backend=%s attempt=%d", name, exchange.attempts)
                except httpx.TransportError as exc:
                    failure = errors.upstream_unavailable()
                    log.warning("upstream unreachable backend=%s error=%s", name, type(exc).__name__)
                else:
                    if response.status_code < 400:
                        return response
                    failure = await _passed_through(response)
                    log.warning("upstream status=%d backend=%s attempt=%d", response.status_code, name,
                                exchange.attempts)
                    if response.status_code not in RETRYABLE:
                        raise failure
                    asked = retry_after(response.headers)
                    if asked is not None:
                        if asked > settings.max_retry_wait:
                            break  # this backend asks for longer than we wait: fail over now
                        wait = asked
                if attempt < settings.retries:
                    await anyio.sleep(wait)
        raise failure


    def _build(self, name: str, client: httpx.AsyncClient, backend: Backend, exchange: Exchange,
               body: Mapping[str, Any], model: str, default_api_version: str) -> httpx.Request:
        headers = {"content-type": "application/json", "x-ms-client-request-id": exchange.id}
        if backend.kind == "openai":
            path, version = _OPENAI_PATHS[exchange.operation], None
            body = {**body, "model": model}
            if backend.api_key:
                headers["authorization"] = f"Bearer {backend.api_key}"
        else:
            path = _AZURE_PATHS[exchange.operation].format(exchange.deployment)
            version = exchange.api_version or backend.api_version or default_api_version
            if backend.api_key:
                headers["api-key"] = backend.api_key
        url = self._urls.get((name, path, version))
        if url is None:  # joined with the backend's endpoint once, not parsed again for every request
            if len(self._urls) >= _URLS_KEPT:
                self._urls.clear()
            params = {"api-version": version} if version is not None else {}
            url = self._urls[name, path, version] = client.build_request("POST", path, params=params).url
        return client.build_request("POST", url, headers=headers, content=msgspec.json.encode(body))


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from `retry-after-ms` (Azure) or `Retry-After` (seconds); None when absent or a date."""
    try:
        if ms := headers.get("retry-after-ms"):
            return max(0.0, float(ms) / 1000)
        if seconds := headers.get("retry-after"):
            return max(0.0, float(seconds))
    except ValueError:
        return None
    return None


def passed_headers(headers: httpx.Headers) -> dict[str, str]:
    """The upstream response headers that reach the client."""
    picked = {k: headers[k] for k in PASSED_HEADERS if k in headers}
    picked.update({k: v for k, v in headers.items() if k.startswith("x-ratelimit-")})
    return picked


async def _passed_through(response: httpx.Response) -> errors.GatewayError:
    """An upstream error as the client will see it: Azure's body intact when it is an OpenAI-style error."""
    try:
        raw = await response.aread()
    except httpx.HTTPError:
        raw = b""
    finally:
        await response.aclose()
    if response.status_code in (401, 403):
        log.error("upstream refused the gateway's own key status=%d", response.status_code)
        return errors.upstream_rejected_gateway()
    try:
        body = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        body = None
    if not (isinstance(body, dict) and isinstance(body.get("error"), dict)):
        body = None
    error = errors.GatewayError(
        response.status_code,
        "upstream_error",
        f"Azure OpenAI がエラーを返しました (HTTP {response.status_code})。",
        type_="api_error",
        headers=passed_headers(response.headers),
        body=body,
    )
    if body is not None:
        error.code = upstream_code(body["error"].get("code"))
        error.from_upstream = True
    return error


def upstream_code(code: object) -> str:
    """The upstream's error code as recorded: a short identifier, or `upstream_error` for anything else."""
    text = str(code) if isinstance(code, (str, int)) and not isinstance(code, bool) else ""
    return text if _CODE.fullmatch(text) else "upstream_error"


class _NoCookies(httpx.Cookies):
    """A jar that keeps nothing: an upstream's `Set-Cookie` is not sent back on later requests."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _Client(httpx.AsyncClient):
    """An `httpx.AsyncClient` without cookies. The upstream is an API called with the gateway's own key for
    every application, so a cookie one answer sets has no business in another application's request; and
    httpx reads every response's cookies into its jar through urllib's request and response adapters, 2.2 %
    of a plain answer's CPU (py-spy, 16 clients)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        return None


_NO_COOKIES = _NoCookies()


def _client(backend: Backend, rules: GatewayRules) -> httpx.AsyncClient:
    settings = rules.upstream
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    if backend.kind == "simulator":
        return _Client(base_url=SIMULATOR_URL, transport=SimulatorTransport(), timeout=timeout)
    return _Client(base_url=backend.endpoint, timeout=timeout, transport=transport(limits), follow_redirects=False)
