"""Admission: the application's rules, then the worst case reserved atomically against every counter.

`Admission.admit` runs in the admit phase: deployment allowed, the staff member identified, request
rules applied (`request_rules`), then one `Counters.reserve` over the application's and the staff
member's rate, token and concurrency counters and the department's and application's monthly budgets.
The worst case is the input-token estimate (`metering/estimate.py`) plus the capped output, priced as
the ledger will price it (`metering/pricing.py`). `Admission.settle`, called once from `finish`,
replaces the reservation with the real usage and releases the concurrency slots.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import anyio.to_thread

from gateway import errors
from gateway.exchange import Exchange, Operation, Usage
from gateway.metering.estimate import Tally
from gateway.metering.ledger import MAX_COST
from gateway.metering.month import Month
from gateway.metering.pricing import TOKYO
from gateway.policy.admit import admit
from gateway.policy.budgets import MONTH_TTL, REMAINING_HEADER, BudgetLine, Budgets, seconds_to_next_month, to_micro
from gateway.policy.counters import CounterLost, Counters, CountersUnavailable, Line
from gateway.policy.request_rules import DEFAULT_OUTPUT_RESERVE, apply_request_rules, bound_output
from gateway.policy.rules import AppPolicy, Limits
from gateway.policy.staff import staff_member
from gateway.settings import Settings

log = logging.getLogger("gateway.policy")
CONCURRENCY_TTL = 600  # a slot left by a process that died mid-request frees itself after this
_MAX_UNSETTLED = 10_000  # settlement changes kept for a retry while the store is unreachable


@dataclass
class Reservation:
    """What one admitted exchange holds until `settle`."""

    tokens: int
    micro_yen: int
    token_keys: list[str] = field(default_factory=list)
    budget_keys: list[str] = field(default_factory=list)
    slot_keys: list[str] = field(default_factory=list)


@dataclass
class Decision:
    """The admit phase's answer: the application's policy and headers for the response."""

    app: AppPolicy
    headers: dict[str, str] = field(default_factory=dict)


class Admission:
    """Admits requests against the rules and the shared counters; settles them when they finish."""

    def __init__(self, counters: Counters, budgets: Budgets, env: Mapping[str, str] | None = None) -> None:
        self.counters = counters
        self.budgets = budgets
        self._held: dict[str, Reservation] = {}
        self._unsettled: list[tuple[str, int]] = []  # settlements the store refused, retried with the next
        secret = (env if env is not None else os.environ).get("GATEWAY_PSEUDONYM_KEY", "")
        if not secret:
            log.warning("GATEWAY_PSEUDONYM_KEY is not set: staff pseudonyms sent upstream change at every restart")
        self.secret = secret.encode() if secret else secrets.token_bytes(32)

    async def admit(self, exchange: Exchange, body: dict[str, Any], headers: Mapping[str, str],
                    settings: Settings) -> Decision:
        """Apply the application's rules to `body` and reserve the worst case; raises GatewayError."""
        assert exchange.identity is not None
        assert exchange.deployment is not None
        app = admit(exchange, settings.policy)
        identity = exchange.identity
        staff = staff_member(body, headers, identity.app, self.secret, app.user_upstream)
        if staff is not None and identity.user is None:  # a personal key's owner is not overridden
            exchange.identity = identity = dataclasses.replace(identity, user=staff)
        if app.deny:  # regular expressions over the whole body: off the event loop
            output = await anyio.to_thread.run_sync(apply_request_rules, exchange.operation, body, app)
        else:
            output = apply_request_rules(exchange.operation, body, app)
        decision = Decision(app)
        now = dt.datetime.now(dt.UTC)
        budgets = self._budgets(settings, app, identity.app, identity.department, now)
        if not (budgets or _any(app.limits) or (identity.user and _any(app.per_user))):
            return decision
        bound_output(exchange.operation, body, DEFAULT_OUTPUT_RESERVE)
        tokens, micro = await self._worst_case(exchange, body, output, settings, now)
        lines, kinds, reservation = self._lines(app, identity.app, identity.user, tokens, micro, budgets)
        try:
            refused, values = await self._reserve(lines, budgets)
        except CountersUnavailable as exc:
            log.error("shared counters unavailable id=%s error=%s: request refused", exchange.id, exc)
            raise errors.counters_unavailable() from None
        if refused >= 0:
            await self._refuse(kinds[refused], values[refused], now)
        self._held[exchange.id] = reservation
        for budget, used in zip(budgets, values[len(lines) - len(budgets):], strict=True):
            if (remaining := await self.budgets.reached(budget, used)) is not None:
                decision.headers[REMAINING_HEADER] = min(remaining, decision.headers.get(REMAINING_HEADER, remaining),
                                                         key=int)
        return decision

    async def settle(self, exchange: Exchange, cost_jpy: Decimal) -> None:
        """Replace the exchange's reservation with its real usage; free its concurrency slots."""
        reservation = self._held.pop(exchange.id, None)
        if reservation is None:
            return
        used = exchange.usage.prompt_tokens + exchange.usage.completion_tokens
        changes = [(k, used - reservation.tokens) for k in reservation.token_keys]
        changes += [(k, to_micro(cost_jpy) - reservation.micro_yen) for k in reservation.budget_keys]
        changes += [(k, -1) for k in reservation.slot_keys]
        await self._adjust(changes, exchange.id)

    async def _adjust(self, changes: list[tuple[str, int]], exchange_id: str | None = None) -> None:
        """Apply settlements, with any that failed before: a store that stalled once must not keep slots held
        (or usage uncorrected) for ever; what still fails is kept for the next try (bounded)."""
        pending, self._unsettled = self._unsettled + changes, []
        if not pending:
            return
        try:
            await self.counters.adjust(pending)
        except CountersUnavailable as exc:
            log.error("could not settle the reservation id=%s error=%s: retried with the next request",
                      exchange_id or "-", exc)
            self._unsettled = pending[-_MAX_UNSETTLED:]

    async def _reserve(self, lines: list[Line], budgets: list[BudgetLine]) -> tuple[int, list[int]]:
        """Seed the month's budgets (once per process), then reserve; a budget counter the store lost is
        seeded again from the ledger and the reservation retried, so spending is never forgotten."""
        if self._unsettled:
            await self._adjust([])  # settlements that failed earlier free their slots first
        for budget in budgets:
            await self.budgets.seed(budget)
        try:
            return await self.counters.reserve(lines)
        except CounterLost as lost:
            log.warning("a budget counter was lost by the shared store; seeding it again from the ledger")
            for budget in budgets:
                if budget.key == lost.key:
                    await self.budgets.seed(budget, again=True)
        try:
            return await self.counters.reserve(lines)
        except CounterLost:
            raise CountersUnavailable("budget counter lost twice") from None

    def _budgets(self, settings: Settings, app: AppPolicy, app_name: str, department: str,
                 now: dt.datetime) -> list[BudgetLine]:
        month = Month.of(now.astimezone(TOKYO).date())
        lines = []
        if (dept := settings.policy.departments.get(department)) is not None:
            lines.append(BudgetLine("department", department, month, to_micro(dept.monthly_budget_jpy), dept.warn_at))
        if app.budget is not None:
            lines.append(BudgetLine("application", app_name, month, to_micro(app.budget.monthly_budget_jpy),
                                    app.budget.warn_at))
        return lines

    async def _worst_case(self, exchange: Exchange, body: dict[str, Any], output: int, settings: Settings,
                          now: dt.datetime) -> tuple[int, int]:
        """Tokens and micro-yen of the worst case: estimated input plus the capped output."""
        assert exchange.deployment is not None
        configured = settings.gateway.deployment(exchange.deployment)
        model = settings.pricing.model_of(exchange.deployment, configured.model if configured else None)
        embeddings = exchange.operation is Operation.EMBEDDINGS
        estimate = await anyio.to_thread.run_sync(
            lambda: Tally(body).estimate(model or exchange.deployment or "", embeddings=embeddings))
        price = settings.pricing.price(model, now.astimezone(TOKYO).date()) if model else None
        usage = Usage(prompt_tokens=estimate.prompt_tokens, completion_tokens=output)
        tokens = usage.prompt_tokens + output
        try:
            cost = price.cost(usage) if price else Decimal(0)
            if cost > MAX_COST:
                raise ValueError("cost out of range")
        except (ArithmeticError, ValueError) as exc:  # the meter will record it unpriced (0 yen): reserve that
            log.error("no usable price for the worst case id=%s error=%s: reserved as unpriced", exchange.id,
                      type(exc).__name__)
            return tokens, 0
        return tokens, to_micro(cost)

    def _lines(self, app: AppPolicy, app_name: str, user: str | None, tokens: int, micro: int,
               budgets: list[BudgetLine]) -> tuple[list[Line], list[BudgetLine | tuple[str, str]], Reservation]:
        minute = int(time.time() // 60)
        lines: list[Line] = []
        kinds: list[BudgetLine | tuple[str, str]] = []
        held = Reservation(tokens, micro)
        scopes = [(f"app:{app_name}", app.limits, "アプリケーション")]
        if user:
            scopes.append((f"user:{app_name}:{user}", app.per_user, "職員ごと"))
        for scope, limits, label in scopes:
            if limits.requests_per_minute:
                lines.append(Line(f"rpm:{scope}:{minute}", 1, limits.requests_per_minute, 61))
                kinds.append(("rate", f"{label}の 1 分あたりのリクエスト数"))
            if limits.tokens_per_minute:
                lines.append(Line(f"tpm:{scope}:{minute}", tokens, limits.tokens_per_minute, 61))
                kinds.append(("rate", f"{label}の 1 分あたりのトークン数"))
                held.token_keys.append(lines[-1].key)
            if limits.concurrent:
                lines.append(Line(f"concurrent:{scope}", 1, limits.concurrent, -CONCURRENCY_TTL))
                kinds.append(("concurrent", f"{label}の同時リクエスト数"))
                held.slot_keys.append(lines[-1].key)
        for budget in budgets:
            lines.append(Line(budget.key, max(1, micro), budget.limit_micro, MONTH_TTL, seeded=True))
            kinds.append(budget)
            held.budget_keys.append(budget.key)
        return lines, kinds, held

    async def _refuse(self, kind: BudgetLine | tuple[str, str], used: int, now: dt.datetime) -> None:
        if isinstance(kind, BudgetLine):
            await self.budgets.exhausted(kind, used)
            raise errors.budget_exceeded(seconds_to_next_month(now), kind.owner)
        what, label = kind
        retry = 1 if what == "concurrent" else max(1, 60 - int(now.timestamp()) % 60)
        raise errors.rate_limit_exceeded(retry, label)


def _any(limits: Limits) -> bool:
    return any((limits.requests_per_minute, limits.tokens_per_minute, limits.concurrent))
