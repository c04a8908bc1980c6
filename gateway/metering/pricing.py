"""rules/pricing.yaml: effective-dated prices per model, deployment aliases, fixed monthly costs.

Prices are per million tokens, in yen or in US dollars with the exchange rate written on the same
row, so that one row alone says what a token cost. A row applies from its date (Asia/Tokyo) until
the next row of the same model. Money is `Decimal` throughout.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from gateway.exchange import Usage
from gateway.rule_doc import RuleDoc

TOKYO = dt.timezone(dt.timedelta(hours=9), "Asia/Tokyo")  # Japan has no daylight saving time
MICRO_YEN = Decimal("0.000001")  # the precision of every ledger amount
_MILLION = Decimal(1_000_000)
# Upper bounds that catch a slipped digit long before an amount could overflow the ledger's micro-yen column.
MAX_PRICE = {"JPY": Decimal(1_000_000), "USD": Decimal(10_000)}  # per million tokens
MAX_USD_JPY = Decimal(1_000)
MAX_MONTHLY_JPY = Decimal(1_000_000_000)  # a fixed monthly cost, or a department's monthly budget
Allocation = Literal["usage", "even"]


def tokyo_day(moment: dt.datetime) -> dt.date:
    """The calendar day in Tokyo of a moment."""
    return moment.astimezone(TOKYO).date()


@dataclass(frozen=True)
class Price:
    """One price row, in yen per million tokens."""

    id: str  # "gpt-4o@2026-04-01": stored on every ledger row it priced
    model: str
    since: dt.date
    input: Decimal
    cached_input: Decimal
    output: Decimal

    def cost(self, usage: Usage) -> Decimal:
        """The yen for this usage, to the micro-yen (cached prompt tokens at the cached price)."""
        cached = min(usage.cached_tokens, usage.prompt_tokens)
        total = ((usage.prompt_tokens - cached) * self.input + cached * self.cached_input
                 + usage.completion_tokens * self.output)
        return (total / _MILLION).quantize(MICRO_YEN, ROUND_HALF_UP)


@dataclass(frozen=True)
class FixedCost:
    """A monthly cost not tied to tokens (reserved capacity, a support contract), shared by departments."""

    name: str
    monthly_jpy: Decimal
    allocate: Allocation
    since: dt.date | None = None
    until: dt.date | None = None

    def applies_to(self, first: dt.date, last: dt.date) -> bool:
        """Whether the cost runs during any day of the month from `first` to `last`."""
        return (self.since is None or self.since <= last) and (self.until is None or self.until >= first)


@dataclass(frozen=True)
class Pricing:
    """Every price row by model; which model a deployment is priced as."""

    prices: Mapping[str, tuple[Price, ...]] = field(default_factory=dict)  # oldest first
    aliases: Mapping[str, str] = field(default_factory=dict)  # deployment name -> model
    fixed: tuple[FixedCost, ...] = ()

    def model_of(self, deployment: str, configured_model: str | None = None) -> str | None:
        """The model a deployment is priced as: its own name, its alias, or its model in gateway.yaml."""
        for name in (deployment, self.aliases.get(deployment), configured_model):
            if name and name in self.prices:
                return name
        return None

    def price(self, model: str, day: dt.date) -> Price | None:
        """The row in force on `day`, or None when the model has no price yet."""
        rows = [p for p in self.prices.get(model, ()) if p.since <= day]
        return rows[-1] if rows else None


def load_pricing(doc: RuleDoc) -> Pricing:
    """Read and validate rules/pricing.yaml; raises ConfigError naming the file and key."""
    doc.reject_unknown({"prices", "deployments", "fixed_costs"})
    section = doc.section("prices")
    prices = {str(model): _rows(str(model), section) for model in section.data}
    aliases = doc.section("deployments")
    for deployment, model in aliases.data.items():
        if not isinstance(model, str) or model not in prices:
            raise aliases.error(str(deployment), f"prices にないモデルです: {model}")
    fixed = tuple(_fixed(spec) for spec in doc.entries("fixed_costs"))
    return Pricing(prices=prices, aliases={str(k): str(v) for k, v in aliases.data.items()}, fixed=fixed)


def _rows(model: str, prices: RuleDoc) -> tuple[Price, ...]:
    specs = prices.entries(model)
    if not specs:
        raise prices.error(model, "価格の行が一つ以上必要です")
    rows = sorted((_price(model, spec) for spec in specs), key=lambda p: p.since)
    for before, after in itertools.pairwise(rows):
        if before.since == after.since:
            raise prices.error(model, f"同じ適用開始日 ({after.since}) の行が二つあります")
    return tuple(rows)


def _price(model: str, spec: RuleDoc) -> Price:
    spec.reject_unknown({"from", "currency", "usd_jpy", "input", "cached_input", "output"})
    since = spec.date("from")
    currency = spec.text("currency", "JPY")
    if currency not in ("JPY", "USD"):
        raise spec.error("currency", "JPY または USD です")
    rate = Decimal(1)
    top = MAX_PRICE[currency]
    if currency == "USD":
        rate = spec.money("usd_jpy", maximum=MAX_USD_JPY)
        if rate == 0:
            raise spec.error("usd_jpy", "0 より大きい為替レート (1 ドルの円) が必要です")
    elif "usd_jpy" in spec.data:
        raise spec.error("usd_jpy", "currency: USD の行にだけ書きます")
    input_price = spec.money("input", maximum=top)
    cached = spec.money("cached_input", input_price, maximum=top)
    if "output" not in spec.data and not is_embedding(model):
        raise spec.error("output", "必須です: 出力トークンの価格 (埋め込みモデル以外)")
    output = spec.money("output", Decimal(0), maximum=top)
    return Price(id=f"{model}@{since.isoformat()}", model=model, since=since, input=input_price * rate,
                 cached_input=cached * rate, output=output * rate)


def is_embedding(model: str) -> bool:
    """Whether a model only embeds (has no completion tokens, so needs no `output` price)."""
    return "embedding" in model


def _fixed(spec: RuleDoc) -> FixedCost:
    spec.reject_unknown({"name", "monthly_jpy", "allocate", "from", "until"})
    name = spec.text("name")
    if not name:
        raise spec.error("name", "名前が必要です")
    allocate = spec.text("allocate", "usage")
    if allocate not in ("usage", "even"):
        raise spec.error("allocate", "usage (利用額の割合) または even (均等) です")
    since = spec.date("from") if "from" in spec.data else None
    until = spec.date("until") if "until" in spec.data else None
    if since and until and until < since:
        raise spec.error("until", "from より前の日付です")
    return FixedCost(name, spec.money("monthly_jpy", maximum=MAX_MONTHLY_JPY), allocate, since, until)  # type: ignore[arg-type]
