"""What one audit record says, and its canonical encoding (the bytes that are hashed and signed).

A record holds identifiers, codes, counts and figures only: never request or response text, never a
value that was found, never a key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from gateway.exchange import Exchange
from gateway.privacy.pii_rules import actions
from gateway.settings import Settings

if TYPE_CHECKING:  # the ledger loads the tokenizer: the audit commands need only the type
    from gateway.metering.ledger import Charge

GENESIS = "0" * 64  # the previous hash of the first record ever written

# decision: what the gateway did with the request, for the auditor's filters.
SERVED, BLOCKED, REFUSED, FAILED, DISCONNECTED = "served", "blocked", "refused", "failed", "disconnected"
DECISIONS = (SERVED, BLOCKED, REFUSED, FAILED, DISCONNECTED)
_BLOCKING_CODES = {"pii_blocked", "unsupported_content", "pii_detection_failed", "pii_detection_timeout"}


def canonical(body: Mapping[str, Any]) -> str:
    """Sorted keys, fixed separators, UTF-8 kept as is: the one encoding that is hashed."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def chain_hash(prev_hash: str, seq: int, body: str) -> str:
    """The record's hash: SHA-256 over the previous hash, its sequence number and its canonical body."""
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class Entry:
    """A record waiting for its place in the chain; `body` is not yet canonical-encoded."""

    body: Mapping[str, Any]
    exchange_row: Mapping[str, Any] | None = None  # the `exchanges` row, written in the same transaction
    usage_row: Mapping[str, Any] | None = None  # and its ledger row

    def columns(self) -> dict[str, Any]:
        """The searchable columns, derived from the body (verify re-derives and compares them)."""
        return columns_of(self.body)


def columns_of(body: Mapping[str, Any]) -> dict[str, Any]:
    findings = body.get("findings") or {}
    return {
        "at": datetime.fromisoformat(body["at"]),
        "kind": body["kind"],
        "request_id": body.get("request_id"),
        "app": body.get("app"),
        "department": body.get("department"),
        "user": body.get("user"),
        "decision": body.get("decision"),
        "entities": "," + "".join(f"{name}," for name in sorted(findings)),
    }


def decision(exchange: Exchange) -> str:
    """served / blocked (personal data or uninspectable content) / refused / failed / disconnected."""
    if exchange.error_code is None and exchange.status < 400:
        return SERVED
    if exchange.error_code == "client_disconnected":
        return DISCONNECTED
    if exchange.error_code in _BLOCKING_CODES:
        return BLOCKED
    if exchange.error_label == "upstream_error" or exchange.status >= 500:
        return FAILED
    return REFUSED


def request_body(exchange: Exchange, charge: Charge, settings: Settings) -> dict[str, Any]:
    """The audit record of one request."""
    ident = exchange.identity
    policy = settings.policy.for_app(ident.app) if ident else None
    action_of = actions(settings.pii, policy.pii if policy else None)
    findings = {
        entity: {"count": count,
                 "action": "hidden_in_answer" if entity.startswith("answer.") else str(action_of(entity))}
        for entity, count in sorted(exchange.pii.items())
    }
    usage = exchange.usage
    return {
        "v": 1,
        "kind": "request",
        "at": exchange.started_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "request_id": exchange.id,
        **exchange.who(),
        "client": exchange.client,
        "route": exchange.route,
        "operation": exchange.operation.value,
        "deployment": exchange.deployment,
        "stream": exchange.stream,
        "decision": decision(exchange),
        "reason": exchange.error_code or "ok",
        "status": exchange.status,
        "findings": findings,
        "tokens": {"prompt": usage.prompt_tokens, "cached": usage.cached_tokens,
                   "completion": usage.completion_tokens, "reasoning": usage.reasoning_tokens,
                   "estimated": usage.estimated},
        "cost_jpy": str(charge.cost_jpy),
        "price_id": charge.price_id,
        "backend": exchange.backend,
        "attempts": exchange.attempts,
        "upstream_ms": int(exchange.timings.upstream * 1000),
        "total_ms": exchange.duration_ms,
        "rules_version": settings.rules_version,
    }


def event_body(kind: str, actor: str, details: Mapping[str, Any]) -> dict[str, Any]:
    """The audit record of an event that is not a request."""
    return {"v": 1, "kind": kind, "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "actor": actor, "details": dict(details)}
