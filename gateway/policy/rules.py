"""rules/policy.yaml: what each application may do, and each department's monthly budget."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from gateway.metering.pricing import MAX_MONTHLY_JPY
from gateway.privacy.pii_rules import ACTIONS, Action, PiiRules
from gateway.rule_doc import RuleDoc


@dataclass(frozen=True)
class AppPolicy:
    """What one application may do (rules/policy.yaml)."""

    deployments: tuple[str, ...] = ("*",)
    pii: Mapping[str, Action] = field(default_factory=dict)  # per-entity action overriding rules/pii.yaml
    allow_unscanned_parts: bool = False  # images, audio, files: forwarded without inspection


@dataclass(frozen=True)
class DepartmentPolicy:
    """A department's monthly budget in yen (rules/policy.yaml `departments`)."""

    monthly_budget_jpy: Decimal
    warn_at: float = 0.8  # share of the budget at which the department is warned


@dataclass(frozen=True)
class PolicyRules:
    """rules/policy.yaml: per application ("*" for those not named), and per department."""

    applications: Mapping[str, AppPolicy] = field(default_factory=dict)
    departments: Mapping[str, DepartmentPolicy] = field(default_factory=dict)

    def for_app(self, app: str) -> AppPolicy | None:
        """The application's policy, or the "*" entry, or None (nothing allowed)."""
        return self.applications.get(app) or self.applications.get("*")



def load_policy_rules(doc: RuleDoc, pii: PiiRules) -> PolicyRules:
    """rules/policy.yaml, validated against the entity types of rules/pii.yaml; raises ConfigError."""
    doc.reject_unknown({"applications", "departments"})
    apps: dict[str, AppPolicy] = {}
    for name, spec in doc.section("applications").items():
        spec.reject_unknown({"deployments", "pii", "allow_unscanned_parts"})
        overrides = spec.section("pii")
        for entity, action in overrides.data.items():
            if pii.rule_for(str(entity)) is None:
                raise overrides.error(str(entity), "pii.yaml にない種類です")
            if action not in ACTIONS:
                raise overrides.error(str(entity), f"{' / '.join(ACTIONS)} のいずれかです")
        allow_media = spec.flag("allow_unscanned_parts", False)
        apps[name] = AppPolicy(deployments=spec.strings("deployments", ("*",)), pii=dict(overrides.data),
                               allow_unscanned_parts=allow_media)
    if not apps:
        apps["*"] = AppPolicy()
    return PolicyRules(applications=apps, departments=_departments(doc.section("departments")))


def _departments(doc: RuleDoc) -> dict[str, DepartmentPolicy]:
    departments: dict[str, DepartmentPolicy] = {}
    for name, spec in doc.items():
        spec.reject_unknown({"monthly_budget_jpy", "warn_at"})
        warn_at = spec.number("warn_at", DepartmentPolicy.warn_at)
        if warn_at > 1:
            raise spec.error("warn_at", "0 から 1 の割合 (0.8 なら予算の 80%) である必要があります")
        departments[name] = DepartmentPolicy(spec.money("monthly_budget_jpy", maximum=MAX_MONTHLY_JPY), warn_at)
    return departments
