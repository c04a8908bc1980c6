"""The request path, top to bottom: authenticate, admit, mask, forward, restore; then finish.

The vault of masked values is a local of `handle` (and of the stream it returns): it lives exactly
as long as the request, and is never put on the exchange, which is what gets recorded.

Finishing (metering and the exchange record) always runs, exactly once, whether the request
was answered, refused or failed, and for a stream only when the stream has ended.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import time
import traceback
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import anyio
from litestar import Request, Response

from gateway import errors, relay
from gateway.api.body import api_version, note_origin, read_body
from gateway.audit.journal import Journal
from gateway.audit.route import audit_route
from gateway.auth import Authenticator
from gateway.errors import GatewayError
from gateway.exchange import Exchange, Operation
from gateway.metering.estimate import Tally
from gateway.metering.ledger import Meter
from gateway.metering.metrics import Metrics
from gateway.metering.render import download
from gateway.metering.report import usage_report
from gateway.metering.usage import wants_stream_usage
from gateway.policy.admission import Admission
from gateway.policy.admit import allowed_deployments
from gateway.policy.counters import CountersUnavailable
from gateway.privacy.answer_scan import AnswerScanner
from gateway.privacy.masking import Masker, describe
from gateway.privacy.pii_rules import Action, actions
from gateway.readiness import Readiness
from gateway.settings import DEPLOYMENT_NAME, Settings
from gateway.upstream.client import Upstream

log = logging.getLogger("gateway")


@dataclass
class _Run:
    """What `handle` needs to finish: the tally once the upstream answered; a stream finishes itself."""

    tally: Tally | None = None
    streaming: bool = False


class Gateway:
    """Holds the long-lived parts (keys, upstream clients, journal) and runs each exchange.

    `settings` is read once per request and replaced whole by `swap` (a rules reload), so a request
    runs under one rule set from start to end.
    """

    def __init__(self, settings: Settings, authenticator: Authenticator, admission: Admission, masker: Masker,
                 upstream: Upstream, journal: Journal, meter: Meter, metrics: Metrics,
                 *, readiness: Readiness | None = None) -> None:
        self.settings = settings
        self.authenticator = authenticator
        self.admission = admission
        self.masker = masker
        self.upstream = upstream
        self.journal = journal
        self.meter = meter
        self.metrics = metrics
        self.readiness = readiness or Readiness([])
        self.finishing = 0  # exchanges whose record is being written now

    async def handle(self, request: Request[Any, Any, Any], exchange: Exchange,
                     deployment: str | None = None) -> Response[Any]:
        """Run one client request through every phase (the route's guard has authenticated it); finish, and
        with it the record, before the answer is released."""
        run = _Run()
        note_origin(exchange, request)
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
        settings = self.settings  # one rule set for the whole request, whatever a reload does meanwhile
        self.readiness.require()  # fail closed while the database (or another dependency) is down
        exchange.identity = request.state.identity
        if exchange.operation is Operation.MODELS:
            return self.models(exchange)
        if exchange.operation is Operation.USAGE_REPORT:
            return await self.usage(exchange, request)
        if exchange.operation is Operation.AUDIT_SEARCH:
            return await audit_route(self.journal.db, exchange, request.query_params)
        body = await read_body(request, exchange.operation, settings.gateway.max_body_bytes)
        if exchange.operation is Operation.PII_ANALYZE:
            return await self.analyze(exchange, body["text"])
        exchange.deployment = _deployment(deployment or body.get("model"))
        exchange.api_version = api_version(request.query_params.get("api-version"))
        exchange.stream = body.get("stream") is True
        decision = await self.admission.admit(exchange, body, request.headers, settings)
        action_of = actions(settings.pii, decision.app.pii)
        detecting = time.monotonic()
        vault = await self.masker.mask(body, exchange.pii, action_of=action_of,
                                       allow_media=decision.app.allow_unscanned_parts)
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
            answer: Response[Any] = relay.stream(exchange, response, vault.values, scanner, finish, run.tally,
                                                 hide_usage=hide_usage)
        else:
            answer = await relay.complete(exchange, response, vault.values, scanner, run.tally)
        answer.headers.update(decision.headers)
        return answer

    async def admin(self, request: Request[Any, Any, Any], operation: Operation,
                    action: Callable[[Exchange], Awaitable[Response[Any]]]) -> Response[Any]:
        """Run an admin route's `action` as one recorded exchange."""
        exchange = Exchange(operation, "openai")
        exchange.identity = request.state.identity
        note_origin(exchange, request)
        try:
            response = await action(exchange)
            exchange.status = response.status_code or 200
            response.headers["x-request-id"] = exchange.id
        except GatewayError as err:
            response = self.refuse(exchange, err)
        except CountersUnavailable:
            response = self.refuse(exchange, errors.counters_unavailable())
        finally:
            if not await self.finish(exchange):
                response = self.unrecorded(exchange)
        return response

    def swap(self, settings: Settings) -> None:
        """Put new rules in force for the requests that start from now on.

        The upstream's backends are built at start-up: a reload that changes them keeps the old
        gateway.yaml (and says so), everything else takes effect at once.
        """
        settings = dataclasses.replace(settings, database_url=self.settings.database_url)
        if settings.gateway.backends != self.settings.gateway.backends:
            log.warning("rules reload: backends in gateway.yaml changed; they take effect after a restart")
            settings = dataclasses.replace(settings, gateway=self.settings.gateway)
        self.upstream.rules = self.meter.rules = settings.gateway
        self.meter.pricing = settings.pricing
        self.metrics.settings = self.metrics.budgets.settings = self.journal.settings = settings
        self.settings = settings

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
        err = self.unrecorded_error()
        return relay.json_response(err.body(), err.status, {**err.headers, "x-request-id": exchange.id})

    def unrecorded_error(self) -> GatewayError:
        """Why a record could not be written: the database's own code while it is unreachable, else
        `audit_unavailable`."""
        down = "storage" in self.readiness.down
        return errors.dependency_unavailable("storage") if down else errors.audit_unavailable()

    async def finish(self, exchange: Exchange, tally: Tally | None = None) -> bool:
        """Meter, settle and record the exchange, once; False if the record could not be committed.

        `tally` estimates usage the upstream did not report.
        """
        if exchange.finished:
            return exchange.recorded
        exchange.finished = True
        self.finishing += 1
        try:
            charge = await self.meter.charge(exchange, tally)
            await self.admission.settle(exchange, charge.cost_jpy)
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
        finally:
            self.finishing -= 1

    async def drain(self) -> None:
        """At shutdown, wait until no exchange is still being recorded (the caller bounds the wait).

        Streams cut at the shutdown deadline finish as they unwind, just after the server stops them."""
        await anyio.sleep(0.1)
        while self.finishing:  # noqa: ASYNC110 - a counter every request changes; polled at shutdown only
            await anyio.sleep(0.02)

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
