"""Settling an exchange: its tokens (reported, or estimated from the text) priced in yen.

`Meter.settle` is the metering step of the finishing phase. The `Charge` it returns is the exchange's
ledger row, which the journal writes in the same transaction as the exchange record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import anyio.to_thread

from gateway.exchange import Exchange, Operation
from gateway.metering.estimate import Tally
from gateway.metering.pricing import Pricing, tokyo_day
from gateway.settings import GatewayRules

log = logging.getLogger("gateway.metering")
MAX_COST = Decimal(10) ** 9  # yen for one exchange: far above any real one, far below the column's limit


@dataclass(frozen=True)
class Charge:
    """What one exchange cost."""

    day: dt.date  # Asia/Tokyo
    model: str | None
    price_id: str | None  # None with tokens: a deployment with no price (metered in tokens, 0 yen)
    cost_jpy: Decimal

    @property
    def unpriced(self) -> bool:
        return self.price_id is None and self.model is not None

    def row(self, exchange: Exchange) -> dict[str, Any]:
        """The `usage` table row."""
        usage = exchange.usage
        return {
            "exchange_id": exchange.id,
            "day": self.day,
            "model": self.model,
            "prompt_tokens": usage.prompt_tokens,
            "cached_tokens": usage.cached_tokens,
            "completion_tokens": usage.completion_tokens,
            "reasoning_tokens": usage.reasoning_tokens,
            "estimated": usage.estimated,
            "price_id": self.price_id,
            "cost_jpy": self.cost_jpy,
        }


class Meter:
    """Prices exchanges with rules/pricing.yaml."""

    def __init__(self, pricing: Pricing, rules: GatewayRules) -> None:
        self.pricing = pricing
        self.rules = rules

    async def charge(self, exchange: Exchange, tally: Tally | None) -> Charge:
        """`settle`, but never failing: on any error the exchange is charged 0 yen, flagged as unpriced."""
        try:
            return await self.settle(exchange, tally)
        except Exception as exc:  # the record and its ledger row must still be written
            log.error("could not price the exchange id=%s error=%s: recorded as unpriced (0 yen)",
                      exchange.id, type(exc).__name__)
            return Charge(tokyo_day(exchange.started_at), exchange.deployment, None, Decimal(0))

    async def settle(self, exchange: Exchange, tally: Tally | None) -> Charge:
        """Estimate usage the upstream did not report (when it answered), then price it."""
        day = tokyo_day(exchange.started_at)
        if exchange.deployment is None:
            return Charge(day, None, None, Decimal(0))
        configured = self.rules.deployment(exchange.deployment)
        named = configured.model if configured else None
        model = self.pricing.model_of(exchange.deployment, named)
        if tally is not None and not exchange.usage.reported:
            await _estimate(exchange, tally, model or named or exchange.deployment)
        price = self.pricing.price(model, day) if model else None
        if price is None:
            if not (exchange.usage.prompt_tokens or exchange.usage.completion_tokens):
                return Charge(day, None, None, Decimal(0))  # refused before it cost anything
            return Charge(day, named or exchange.deployment, None, Decimal(0))
        cost = price.cost(exchange.usage)
        if cost > MAX_COST:
            raise ValueError("cost out of range")
        return Charge(day, model, price.id, cost)


async def _estimate(exchange: Exchange, tally: Tally, model: str) -> None:
    """Replace the exchange's usage with one counted from its text; on failure keep what there is."""
    embeddings = exchange.operation is Operation.EMBEDDINGS
    try:
        exchange.usage = await anyio.to_thread.run_sync(lambda: tally.estimate(model, embeddings=embeddings))
    except Exception as exc:  # the record must still be written, marked as not measured
        log.error("could not estimate usage id=%s error=%s", exchange.id, type(exc).__name__)
        exchange.usage = dataclasses.replace(exchange.usage, estimated=True)
