"""Shared by the concurrency tests: rules with limits, a burst of concurrent requests, ledger totals."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from gateway.storage.database import Database
from gateway.storage.schema import exchanges, usage
from tests.conftest import TEST_PRICING, azure_backend
from tests.fake_upstream import FakeUpstream
from tests.harness import write_rules

CAP = 50  # output tokens: the worst case of one request is its input estimate plus this
BURST = 200


def race_rules(directory: Path, upstream: FakeUpstream, *, budget_jpy: float, tokens_per_minute: int
               ) -> tuple[Path, str, str]:
    """Rules with one fresh application (a token limit) in one fresh department (a budget): (dir, app, dept)."""
    tag = uuid.uuid4().hex[:8]
    app, department = f"race-{tag}", f"競合課-{tag}"
    policy = {
        "applications": {
            "*": {},
            app: {"deployments": ["gpt-4o"], "max_tokens": {"cap": CAP, "over": "clamp"},
                  "limits": {"tokens_per_minute": tokens_per_minute}},
        },
        "departments": {department: {"monthly_budget_jpy": budget_jpy, "warn_at": 0.5}},
    }
    rules = write_rules(directory, {
        "upstream": {"retries": 0, "read_timeout": 20},
        "backends": {"primary": azure_backend(upstream)},
        "deployments": {"gpt-4o": {"backends": ["primary"]}},
    }, policy=policy, pricing=TEST_PRICING)
    return rules, app, department


async def _burst(urls: list[str], key: str, count: int) -> list[httpx.Response]:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hello"}]}
    limits = httpx.Limits(max_connections=count, max_keepalive_connections=count)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        return await asyncio.gather(*(
            http.post(f"{urls[i % len(urls)]}/v1/chat/completions", json=body, headers={"api-key": key})
            for i in range(count)))


def burst(urls: list[str], key: str, count: int = BURST) -> list[httpx.Response]:
    """`count` requests at once, spread over the gateways at `urls`."""
    return asyncio.run(_burst(urls, key, count))


def outcomes(responses: list[httpx.Response]) -> Counter[str]:
    """How many were answered, and how many refused with each code."""
    return Counter("ok" if r.status_code == 200 else r.json()["error"]["code"] for r in responses)


def ledger(db: Database, column: str, name: str) -> tuple[int, Decimal]:
    """Tokens and yen the ledger holds for one application or department."""
    where = exchanges.c.app if column == "app" else exchanges.c.department
    query = (select(func.coalesce(func.sum(usage.c.prompt_tokens + usage.c.completion_tokens), 0),
                    func.coalesce(func.sum(usage.c.cost_jpy), 0))
             .select_from(usage.join(exchanges, exchanges.c.id == usage.c.exchange_id)).where(where == name))
    with db.engine.connect() as conn:
        tokens, yen = conn.execute(query).one()
    return int(tokens), Decimal(yen)


def check_refusals(responses: list[httpx.Response], codes: set[str]) -> None:
    """Every refusal is one of `codes`, in OpenAI's format, with a Retry-After."""
    for response in responses:
        if response.status_code == 200:
            continue
        error: dict[str, Any] = response.json()["error"]
        assert response.status_code == 429, response.text
        assert error["code"] in codes
        assert int(response.headers["retry-after"]) >= 1
