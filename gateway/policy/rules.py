"""rules/policy.yaml: what each application may do, and each department's monthly budget.

The key names are the interface the city edits (see the README): `deployments`, `max_tokens`
(`cap`, `over: clamp|refuse`), `limits` and `per_user` (`requests_per_minute`, `tokens_per_minute`,
`concurrent`), `allow` (`stream`, `tools`, `unscanned_parts`), `deny` (`pattern`, `message`), `force`,
`user` (`upstream: pseudonymize|drop`), `pii`, `monthly_budget_jpy`, `warn_at`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from gateway.metering.pricing import MAX_MONTHLY_JPY
from gateway.policy.patterns import DenyRule, UnsafePattern, compile_safe
from gateway.privacy.pii_rules import ACTIONS, Action, PiiRules
from gateway.rule_doc import RuleDoc

Over = Literal["clamp", "refuse"]
UserUpstream = Literal["pseudonymize", "drop"]
_NOT_FORCED = frozenset({"model", "messages", "input", "stream", "stream_options", "user", "max_tokens",
                         "max_completion_tokens", "max_output_tokens", "tools"})
MAX_LIMIT = 10**12


@dataclass(frozen=True)
class Limits:
    """Per-minute and concurrency limits; None is "no limit"."""

    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None
    concurrent: int | None = None


@dataclass(frozen=True)
class Budget:
    """A monthly budget in yen, and the share of it at which the owner is warned."""

    monthly_budget_jpy: Decimal
    warn_at: float = 0.8


@dataclass(frozen=True)
class AppPolicy:
    """What one application may do (rules/policy.yaml `applications.NAME`)."""

    deployments: tuple[str, ...] = ("*",)
    pii: Mapping[str, Action] = field(default_factory=dict)  # per-entity action overriding rules/pii.yaml
    max_tokens_cap: int | None = None
    max_tokens_over: Over = "clamp"
    limits: Limits = field(default_factory=Limits)
    per_user: Limits = field(default_factory=Limits)
    allow_stream: bool = True
    allow_tools: bool = True
    allow_unscanned_parts: bool = False  # images, audio, files: forwarded without inspection
    deny: tuple[DenyRule, ...] = ()
    force: Mapping[str, Any] = field(default_factory=dict)  # parameter -> forced value (None: stripped)
    user_upstream: UserUpstream = "pseudonymize"
    budget: Budget | None = None


@dataclass(frozen=True)
class PolicyRules:
    """rules/policy.yaml: per application ("*" for those not named), and per department."""

    applications: Mapping[str, AppPolicy] = field(default_factory=dict)
    departments: Mapping[str, Budget] = field(default_factory=dict)

    def for_app(self, app: str) -> AppPolicy | None:
        """The application's policy, or the "*" entry, or None (nothing allowed)."""
        return self.applications.get(app) or self.applications.get("*")


def load_policy_rules(doc: RuleDoc, pii: PiiRules) -> PolicyRules:
    """rules/policy.yaml, validated against the entity types of rules/pii.yaml; raises ConfigError."""
    doc.reject_unknown({"applications", "departments"})
    apps = {name: _application(spec, pii) for name, spec in doc.section("applications").items()}
    if not apps:
        apps["*"] = AppPolicy()
    return PolicyRules(applications=apps,
                       departments={name: _budget(spec) for name, spec in doc.section("departments").items()})


def _application(spec: RuleDoc, pii: PiiRules) -> AppPolicy:
    spec.reject_unknown({"deployments", "pii", "max_tokens", "limits", "per_user", "allow", "deny", "force",
                         "user", "monthly_budget_jpy", "warn_at"})
    overrides = spec.section("pii")
    for entity, action in overrides.data.items():
        if pii.rule_for(str(entity)) is None:
            raise overrides.error(str(entity), "pii.yaml にない種類です")
        if action not in ACTIONS:
            raise overrides.error(str(entity), f"{' / '.join(ACTIONS)} のいずれかです")
    cap = spec.section("max_tokens")
    cap.reject_unknown({"cap", "over"})
    over = _choice(cap, "over", ("clamp", "refuse"), "clamp")
    allow = spec.section("allow")
    allow.reject_unknown({"stream", "tools", "unscanned_parts"})
    user = spec.section("user")
    user.reject_unknown({"upstream"})
    return AppPolicy(
        deployments=spec.strings("deployments", ("*",)),
        pii=dict(overrides.data),
        max_tokens_cap=_optional_int(cap, "cap", minimum=1),
        max_tokens_over=over,  # type: ignore[arg-type]
        limits=_limits(spec.section("limits"), concurrent=True),
        per_user=_limits(spec.section("per_user"), concurrent=True),
        allow_stream=allow.flag("stream", True),
        allow_tools=allow.flag("tools", True),
        allow_unscanned_parts=allow.flag("unscanned_parts", False),
        deny=tuple(_deny(entry) for entry in spec.entries("deny")),
        force=_force(spec.section("force")),
        user_upstream=_choice(user, "upstream", ("pseudonymize", "drop"), "pseudonymize"),  # type: ignore[arg-type]
        budget=_app_budget(spec),
    )


def _app_budget(spec: RuleDoc) -> Budget | None:
    if "monthly_budget_jpy" in spec.data:
        return _budget(spec)
    if "warn_at" in spec.data:
        raise spec.error("warn_at", "monthly_budget_jpy と一緒に指定してください")
    return None


def _budget(spec: RuleDoc) -> Budget:
    if spec.prefix.startswith("departments."):
        spec.reject_unknown({"monthly_budget_jpy", "warn_at"})
    warn_at = spec.number("warn_at", Budget.warn_at)
    if not 0 < warn_at <= 1:
        raise spec.error("warn_at", "0 より大きく 1 以下の割合 (0.8 なら予算の 80%) である必要があります")
    return Budget(spec.money("monthly_budget_jpy", maximum=MAX_MONTHLY_JPY), warn_at)


def _limits(spec: RuleDoc, *, concurrent: bool) -> Limits:
    spec.reject_unknown({"requests_per_minute", "tokens_per_minute", "concurrent"})
    return Limits(
        requests_per_minute=_optional_int(spec, "requests_per_minute", minimum=1),
        tokens_per_minute=_optional_int(spec, "tokens_per_minute", minimum=1),
        concurrent=_optional_int(spec, "concurrent", minimum=1) if concurrent else None,
    )


def _optional_int(spec: RuleDoc, name: str, *, minimum: int) -> int | None:
    if spec.data.get(name) is None:
        return None
    value = spec.integer(name, 0, minimum=minimum)
    if value > MAX_LIMIT:
        raise spec.error(name, f"{MAX_LIMIT:,} 以下である必要があります")
    return value


def _choice(spec: RuleDoc, name: str, choices: tuple[str, ...], default: str) -> str:
    value = spec.text(name, default)
    if value not in choices:
        raise spec.error(name, f"{' / '.join(choices)} のいずれかです")
    return value


def _deny(entry: RuleDoc) -> DenyRule:
    entry.reject_unknown({"pattern", "message"})
    pattern, message = entry.text("pattern"), entry.text("message")
    if not pattern:
        raise entry.error("pattern", "必須です (送信を止める文字列の正規表現)")
    if not message:
        raise entry.error("message", "必須です (職員に表示する説明)")
    try:
        compiled = compile_safe(pattern)
    except UnsafePattern as exc:
        raise entry.error("pattern", str(exc)) from None
    return DenyRule(pattern, message, compiled)


def _force(spec: RuleDoc) -> dict[str, Any]:
    for name, value in spec.data.items():
        if str(name) in _NOT_FORCED:
            raise spec.error(str(name), f"この項目は force で変えられません ({', '.join(sorted(_NOT_FORCED))})")
        if not isinstance(value, (str, int, float, bool, type(None))):
            raise spec.error(str(name), "文字列・数値・true/false・null (項目を削除) のいずれかです")
    return {str(k): v for k, v in spec.data.items()}
