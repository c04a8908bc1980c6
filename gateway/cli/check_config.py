"""`gateway check-config`: validate rules/*.yaml and show what they configure."""

from __future__ import annotations

import argparse

from gateway.cli._common import rules_option
from gateway.policy.rules import AppPolicy, Limits
from gateway.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `check-config` command (loading the settings already validated them)."""
    check = sub.add_parser("check-config", help="validate rules/*.yaml and explain every error")
    rules_option(check)
    check.set_defaults(func=_check_config)


def _check_config(_args: argparse.Namespace, settings: Settings) -> int:
    rules = settings.gateway
    print(f"rules: {settings.rules_dir} OK")
    for name, backend in rules.backends.items():
        where = "built-in simulator" if backend.kind == "simulator" else f"{backend.kind} {backend.endpoint}"
        print(f"  backend {name}: {where}")
    for name, deployment in rules.deployments.items():
        print(f"  deployment {name}: {' -> '.join(deployment.backends)}")
    for app, policy in settings.policy.applications.items():
        print(f"  application {app}: {describe_app(policy)}")
    by_action: dict[str, list[str]] = {}
    for entity, rule in settings.pii.entities.items():
        by_action.setdefault(rule.action, []).append(entity)
    for action, entities in sorted(by_action.items()):
        print(f"  pii {action}: {', '.join(sorted(entities))}")
    pii = settings.pii
    print(f"  pii allow-list: {len(pii.allow_list)} values; deny-list: {sum(map(len, pii.deny_list.values()))} values;"
          f" city rules: {', '.join(r.name for r in pii.custom) or 'none'}")
    _check_pricing(settings)
    return 0


def _check_pricing(settings: Settings) -> None:
    pricing = settings.pricing
    for model, rows in pricing.prices.items():
        latest = rows[-1]
        print(f"  price {model}: from {latest.since} JPY/1M input {latest.input} cached {latest.cached_input}"
              f" output {latest.output} ({len(rows)} rows)")
    for name, deployment in settings.gateway.deployments.items():
        if name != "*" and pricing.model_of(name, deployment.model) is None:
            print(f"  warning: deployment {name} has no price in pricing.yaml: metered in tokens, reported as 0 yen")
    for name, rule in settings.policy.departments.items():
        print(f"  department {name}: budget {rule.monthly_budget_jpy} JPY/month, warn at {rule.warn_at:.0%}")


def describe_app(policy: AppPolicy) -> str:
    """One line: what an application may do, as rules/policy.yaml says."""
    parts = [f"deployments {', '.join(policy.deployments)}"]
    parts += [f"{entity}: {action}" for entity, action in policy.pii.items()]
    if policy.max_tokens_cap is not None:
        parts.append(f"max_tokens {policy.max_tokens_cap} ({policy.max_tokens_over})")
    parts += [f"{name} {text}" for name, limits in (("limits", policy.limits), ("per_user", policy.per_user))
              if (text := _limits(limits))]
    denied = [name for name, allowed in (("stream", policy.allow_stream), ("tools", policy.allow_tools)) if not allowed]
    if denied:
        parts.append(f"no {'/'.join(denied)}")
    if policy.allow_unscanned_parts:
        parts.append("unscanned parts allowed")
    if policy.deny:
        parts.append(f"{len(policy.deny)} deny rules")
    if policy.force:
        parts.append("force " + ", ".join(f"{k}={v}" for k, v in policy.force.items()))
    parts.append(f"user upstream: {policy.user_upstream}")
    if policy.budget is not None:
        parts.append(f"budget {policy.budget.monthly_budget_jpy} JPY/month, warn at {policy.budget.warn_at:.0%}")
    return "; ".join(parts)


def _limits(limits: Limits) -> str:
    named = (("rpm", limits.requests_per_minute), ("tpm", limits.tokens_per_minute),
             ("concurrent", limits.concurrent))
    return " ".join(f"{name}={value}" for name, value in named if value is not None)
