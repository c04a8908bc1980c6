"""Prometheus metrics. Labels hold only configured names and fixed codes, never client text."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from gateway.exchange import Exchange
from gateway.settings import GatewayRules


class Metrics:
    """The gateway's metrics, in a registry of its own."""

    def __init__(self, rules: GatewayRules) -> None:
        self.rules = rules
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "gateway_requests", "Requests by operation, deployment and status",
            ["operation", "deployment", "status"], registry=self.registry,
        )
        self.duration = Histogram(
            "gateway_request_duration_seconds", "Time from request to last byte",
            ["operation"], registry=self.registry,
        )
        self.tokens = Counter(
            "gateway_tokens", "Tokens by deployment and kind", ["deployment", "kind"], registry=self.registry,
        )
        self.pii = Counter("gateway_pii_findings", "Personal data found, by entity type", ["entity"],
                           registry=self.registry)

    def observe(self, exchange: Exchange) -> None:
        """Count a finished exchange."""
        deployment = self._label(exchange.deployment)
        self.requests.labels(exchange.operation.value, deployment, str(exchange.status)).inc()
        self.duration.labels(exchange.operation.value).observe(exchange.duration_ms / 1000)
        self.tokens.labels(deployment, "prompt").inc(exchange.usage.prompt_tokens)
        self.tokens.labels(deployment, "completion").inc(exchange.usage.completion_tokens)
        for entity, count in exchange.pii.items():
            self.pii.labels(entity).inc(count)

    def render(self) -> bytes:
        return generate_latest(self.registry)

    def _label(self, deployment: str | None) -> str:
        # Only deployments named in rules/gateway.yaml become labels; anything else a client sent is "other".
        return deployment if deployment and deployment in self.rules.deployments else "other"
