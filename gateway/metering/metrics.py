"""Prometheus metrics. Labels hold only configured names and fixed codes: never text, values or user ids.

With several worker processes, set `PROMETHEUS_MULTIPROC_DIR` to an empty directory shared by them
(before start-up): each process then writes its counters there and `/metrics` adds them up
(prometheus-client's multiprocess mode). Department budget use is read from the ledger at each scrape,
so it is the same whichever worker answers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from gateway.exchange import Exchange
from gateway.metering.ledger import Charge
from gateway.metering.month import Month
from gateway.metering.report import department_spend
from gateway.privacy.pii_rules import actions
from gateway.settings import Settings
from gateway.storage.database import Database

_UPSTREAM_BUCKETS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120)
_GATEWAY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10)
_NONE = "none"
_MAX_CHILDREN = 10_000  # labelled series remembered (a bound, should names ever grow without end)
log = logging.getLogger("gateway.metering")


class Metrics:
    """The gateway's metrics, in a registry of its own."""

    def __init__(self, settings: Settings, db: Database) -> None:
        if directory := os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            os.makedirs(directory, exist_ok=True)
        self.settings = settings
        self.registry = CollectorRegistry()
        self.budgets = BudgetCollector(settings, db)
        self.registry.register(self.budgets)
        r = self.registry
        self.requests = Counter("gateway_requests", "Requests by operation, application, deployment and status",
                                ["operation", "app", "deployment", "status"], registry=r)
        self.refusals = Counter("gateway_refusals", "Refused or failed requests, by error code", ["code"], registry=r)
        self.duration = Histogram("gateway_request_duration_seconds", "Time from request to last byte",
                                  ["operation"], buckets=_UPSTREAM_BUCKETS, registry=r)
        self.upstream = Histogram("gateway_upstream_seconds", "Waiting for the upstream (a stream: until it began)",
                                  ["deployment"], buckets=_UPSTREAM_BUCKETS, registry=r)
        self.overhead = Histogram("gateway_overhead_seconds", "The gateway's own time around the upstream call",
                                  ["operation"], buckets=_GATEWAY_BUCKETS, registry=r)
        self.detection = Histogram("gateway_detection_seconds", "Finding personal data in a request",
                                   buckets=_GATEWAY_BUCKETS, registry=r)
        self.tokens = Counter("gateway_tokens", "Tokens by application, deployment and kind",
                              ["app", "deployment", "kind"], registry=r)
        self.cost = Counter("gateway_cost_jpy", "Metered cost in yen (the ledger is exact; this is for graphs)",
                            ["app", "deployment"], registry=r)
        self.estimated = Counter("gateway_usage_estimated", "Requests whose tokens were counted by the gateway",
                                 ["deployment"], registry=r)
        self.unpriced = Counter("gateway_unpriced_requests", "Requests with tokens but no price in pricing.yaml",
                                ["deployment"], registry=r)
        self.pii = Counter("gateway_pii_findings", "Personal data found, by entity type and action",
                           ["entity", "action"], registry=r)
        self.worker = Gauge("gateway_worker_requests", "Requests finished by each live worker (label pid with "
                            "several workers)", multiprocess_mode="liveall", registry=r)
        self.worker.set(0)
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}

    def observe(self, exchange: Exchange, charge: Charge) -> None:
        """Count a finished exchange."""
        operation = exchange.operation.value
        deployment = self._label(exchange.deployment)
        app = exchange.identity.app if exchange.identity else _NONE
        child = self._child
        child(self.requests, operation, app, deployment, str(exchange.status)).inc()
        self.worker.inc()
        if exchange.error_label:  # never an upstream's own code: those are arbitrary text
            child(self.refusals, exchange.error_label).inc()
        child(self.duration, operation).observe(exchange.duration_ms / 1000)
        timings = exchange.timings
        if timings.upstream:
            child(self.upstream, deployment).observe(timings.upstream)
            child(self.overhead, operation).observe(timings.overhead)
        if timings.detection:
            self.detection.observe(timings.detection)
        usage = exchange.usage
        kinds = (("prompt", usage.prompt_tokens), ("cached_prompt", usage.cached_tokens),
                 ("completion", usage.completion_tokens), ("reasoning", usage.reasoning_tokens))
        for kind, tokens in kinds:
            counter = child(self.tokens, app, deployment, kind)  # the series exists from the first request on
            if tokens:
                counter.inc(tokens)
        cost = child(self.cost, app, deployment)
        if charge.cost_jpy:
            cost.inc(float(charge.cost_jpy))
        if usage.estimated:
            child(self.estimated, deployment).inc()
        if charge.unpriced:
            child(self.unpriced, deployment).inc()
        if exchange.pii:
            self._count_findings(exchange)

    def _child(self, metric: Any, *labels: str) -> Any:
        """`metric.labels(*labels)`, looked up once per process: label values are configured names and codes."""
        key = (id(metric), labels)
        if (found := self._children.get(key)) is None:
            if len(self._children) >= _MAX_CHILDREN:
                self._children.clear()
            found = self._children[key] = metric.labels(*labels)
        return found

    def render(self) -> bytes:
        """This process's metrics, or every worker's in multiprocess mode; blocking (reads the ledger)."""
        directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if not directory:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
        registry.register(self.budgets)
        return generate_latest(registry)

    def _count_findings(self, exchange: Exchange) -> None:
        policy = self.settings.policy.for_app(exchange.identity.app) if exchange.identity else None
        action_of = actions(self.settings.pii, policy.pii if policy else None)
        for entity, count in exchange.pii.items():
            if entity.startswith("answer."):  # made up by the model and hidden from the client
                self._child(self.pii, entity.removeprefix("answer."), "hidden_in_answer").inc(count)
            else:
                self._child(self.pii, entity, action_of(entity)).inc(count)

    def _label(self, deployment: str | None) -> str:
        # Only deployments named in the rules become labels; anything else a client sent is "other".
        if not deployment:
            return _NONE
        known = deployment in self.settings.gateway.deployments or deployment in self.settings.pricing.aliases
        return deployment if known or deployment in self.settings.pricing.prices else "other"


class BudgetCollector(Collector):
    """Each department's spend this month against its budget, read from the ledger at scrape time."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db

    def collect(self) -> Iterator[Metric]:
        try:
            spend = department_spend(self.db, self.settings, Month.parse(None))
        except SQLAlchemyError as exc:  # the other metrics still matter when the ledger cannot be read
            log.error("could not read the ledger for the budget gauges error=%s", type(exc).__name__)
            return
        budgets = self.settings.policy.departments
        used = GaugeMetricFamily("gateway_department_spend_jpy", "Spend this month (metered and fixed), yen",
                                 labels=["department"])
        budget = GaugeMetricFamily("gateway_department_budget_jpy", "Monthly budget, yen", labels=["department"])
        ratio = GaugeMetricFamily("gateway_department_budget_used_ratio", "Share of the monthly budget spent",
                                  labels=["department"])
        for name in sorted(set(spend) | set(budgets)):
            amount = spend.get(name, 0)
            used.add_metric([name], float(amount))
            if name in budgets and budgets[name].monthly_budget_jpy > 0:
                budget.add_metric([name], float(budgets[name].monthly_budget_jpy))
                ratio.add_metric([name], float(amount / budgets[name].monthly_budget_jpy))
        yield from (used, budget, ratio)
