"""The request path, top to bottom: authenticate, admit, mask, forward, restore; then finish.

The vault of masked values is a local of `handle` (and of the stream it returns): it lives exactly
as long as the request, and is never put on the exchange, which is what gets recorded.

Finishing (metering and the exchange record) always runs, exactly once, whether the request
was answered, refused or failed, and for a stream only when the stream has ended.
"""

from __future__ import annotations

import functools
import logging
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from litestar import Request, Response

from gateway import errors, relay
from gateway.api.body import api_version, read_body
from gateway.audit.journal import Journal
from gateway.audit.route import audit_route
from gateway.auth import KeyStore, Role
from gateway.errors import GatewayError
from gateway.exchange import Exchange, Operation
from gateway.metering.estimate import Tally
from gateway.metering.ledger import Meter
from gateway.metering.metrics import Metrics
from gateway.metering.render import download
from gateway.metering.report import usage_report
from gateway.metering.usage import wants_stream_usage
from gateway.policy.admit import admit, allowed_deployments
from gateway.privacy.answer_scan import AnswerScanner
from gateway.privacy.masking import Masker, actions, describe
from gateway.privacy.pii_rules import Action
from gateway.settings import DEPLOYMENT_NAME, Settings
from gateway.upstream.client import Upstream

log = logging.getLogger("gateway")
CLIENT_ROLES: tuple[Role, ...] = ("client", "admin")
ROLES: dict[Operation, tuple[Role, ...]] = {
    Operation.PII_ANALYZE: ("admin",),
    Operation.USAGE_REPORT: ("auditor", "admin"),
    Operation.AUDIT_SEARCH: ("auditor", "admin"),
    Operation.AUDIT_PAGE: ("auditor",),
}


@dataclass
class _Run:
    """What `handle` needs to finish: the tally once the upstream answered; a stream finishes itself."""

    tally: Tally | None = None
    streaming: bool = False


class Gateway:
    """Holds the long-lived parts (keys, upstream clients, journal) and runs each exchange."""

    def __init__(self, settings: Settings, keys: KeyStore, masker: Masker, upstream: Upstream, journal: Journal,
                 meter: Meter, metrics: Metrics) -> None:
        self.settings = settings
        self.keys = keys
        self.masker = masker
        self.upstream = upstream
        self.journal = journal
        self.meter = meter
        self.metrics = metrics

    async def handle(self, request: Request[Any, Any, Any], exchange: Exchange,
                     deployment: str | None = None) -> Response[Any]:
        """Run one client request through every phase; finish (and the record) before the answer is released."""
        run = _Run()
        exchange.client, exchange.route = request.client.host if request.client else None, request.url.path
        try:
            answer = await self._phases(request, exchange, deployment, run)
        except GatewayError as err:
            answer = self.refuse(exchange, err)
        except Exception as exc:  # a bug: the client still gets a clean error, the log no data
            log.error("internal error %s\n%s", type(exc).__name__, "".join(traceback.format_tb(exc.__traceback__)))
            answer = self.refuse(exchange, errors.internal_error())
        finally:
            if not run.streaming and not await self.finish(exchange, run.tally):
                answer = self.unrecorded(exchange)
        return answer

    async def _phases(self, request: Request[Any, Any, Any], exchange: Exchange, deployment: str | None,
                      run: _Run) -> Response[Any]:
        roles = ROLES.get(exchange.operation, CLIENT_ROLES)
        exchange.identity = await self.keys.authenticate(request.headers, roles=roles)
        if exchange.operation is Operation.MODELS:
            return self.models(exchange)
        if exchange.operation is Operation.USAGE_REPORT:
            return await self.usage(exchange, request)
        if exchange.operation is Operation.AUDIT_SEARCH:
            return await audit_route(self.journal.db, exchange, request.query_params)
        body = await read_body(request, exchange.operation, self.settings.gateway.max_body_bytes)
        if exchange.operation is Operation.PII_ANALYZE:
            return await self.analyze(exchange, body["text"])
        exchange.deployment = _deployment(deployment or body.get("model"))
        exchange.api_version = api_version(request.query_params.get("api-version"))
        exchange.stream = body.get("stream") is True
        app = admit(exchange, self.settings.policy)
        action_of = actions(self.settings.pii, app.pii)
        detecting = time.monotonic()
        vault = await self.masker.mask(body, exchange.pii, action_of=action_of, allow_media=app.allow_unscanned_parts)
        exchange.timings.detection = time.monotonic() - detecting
        hide_usage = self._ask_for_stream_usage(exchange, body)
        exchange.timings.overhead = time.monotonic() - exchange.started
        response = await self.upstream.send(exchange, body)
        exchange.timings.upstream = time.monotonic() - exchange.started - exchange.timings.overhead
        run.tally = Tally(body)
        scanner = self._answer_scanner(exchange, action_of, vault.values)
        if exchange.stream and response.headers.get("content-type", "").startswith("text/event-stream"):
            run.streaming = True
            finish = functools.partial(self.finish, tally=run.tally)
            return relay.stream(exchange, response, vault.values, scanner, finish, run.tally, hide_usage=hide_usage)
        return await relay.complete(exchange, response, vault.values, scanner, run.tally)

    def models(self, exchange: Exchange) -> Response[Any]:
        """`GET /v1/models`: the configured deployments this application may use."""
        assert exchange.identity is not None
        exchange.status = 200
        names = allowed_deployments(self.settings, exchange.identity.app)
        data = [{"id": n, "object": "model", "created": 0, "owned_by": "organization"} for n in names]
        return relay.json_response({"object": "list", "data": data}, 200, {"x-request-id": exchange.id})

    async def analyze(self, exchange: Exchange, text: str) -> Response[Any]:
        """`POST /admin/pii/analyze`: what detection finds in a text and how it would be masked."""
        findings = (await self.masker.detector.detect([text]))[0]
        exchange.status = 200
        report = describe(text, findings, actions(self.settings.pii))
        return relay.json_response(report, 200, {"x-request-id": exchange.id})

    async def usage(self, exchange: Exchange, request: Request[Any, Any, Any]) -> Response[Any]:
        """`GET /admin/usage?month=YYYY-MM&by=…`: the month's usage and cost report."""
        report, fmt = await usage_report(self.journal.db, self.settings, request.query_params)
        body, media_type, headers = download(report, fmt)
        exchange.status = 200
        return Response(body, status_code=200, media_type=media_type, headers={**headers, "x-request-id": exchange.id})

    def refuse(self, exchange: Exchange, err: GatewayError) -> Response[Any]:
        """The client's error response; the exchange records why."""
        exchange.fail(err.status, err.code, from_upstream=err.from_upstream)
        return relay.json_response(err.body(), err.status, {**err.headers, "x-request-id": exchange.id})

    def unrecorded(self, exchange: Exchange) -> Response[Any]:
        """503 in place of an answer whose record could not be committed (never served unrecorded)."""
        err = errors.audit_unavailable()
        return relay.json_response(err.body(), err.status, {**err.headers, "x-request-id": exchange.id})

    async def finish(self, exchange: Exchange, tally: Tally | None = None) -> bool:
        """Meter and record the exchange, once; False if the record could not be committed.

        `tally` estimates usage the upstream did not report.
        """
        if exchange.finished:
            return exchange.recorded
        exchange.finished = True
        charge = await self.meter.charge(exchange, tally)
        try:
            self.metrics.observe(exchange, charge)
        except Exception as exc:  # counting must not cost the record
            log.error("could not count the exchange in metrics id=%s error=%s", exchange.id, type(exc).__name__)
        try:
            await self.journal.record(exchange, charge)
        except Exception as exc:
            log.error("could not store the exchange record id=%s error=%s", exchange.id, type(exc).__name__)
            return False
        exchange.recorded = True
        return True

    def _answer_scanner(self, exchange: Exchange, action_of: Callable[[str], Action],
                        placeholders: Iterable[str]) -> AnswerScanner | None:
        """The response-side scan for this exchange, when the rules turn it on (embeddings have no text)."""
        if not self.settings.gateway.detection.response_scan or exchange.operation is Operation.EMBEDDINGS:
            return None
        return AnswerScanner(self.masker.detector, action_of, exchange.pii, placeholders)

    def _ask_for_stream_usage(self, exchange: Exchange, body: dict[str, Any]) -> bool:
        """Ask a chat stream to report usage, so streamed tokens are metered; True if the client did not."""
        if not (exchange.stream and exchange.operation is Operation.CHAT):
            return False
        options = body.get("stream_options")
        if isinstance(options, dict) and options.get("include_usage") is True:
            return False
        if not wants_stream_usage(exchange.api_version or self.settings.gateway.upstream.default_api_version):
            return False
        body["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
        return True


def _deployment(name: object) -> str:
    if not isinstance(name, str) or not name:
        raise errors.bad_request("missing_model", "model (デプロイ名) を指定してください。", param="model")
    if not DEPLOYMENT_NAME.match(name):
        raise errors.bad_request(
            "invalid_model", "デプロイ名は英数字と . _ - で 64 文字以内です。", param="model")
    return name
