"""Typed, validated settings: rules/*.yaml plus the environment.

Every mistake in a rules file raises `ConfigError` naming the file and the key, so that
`gateway check-config` can tell the city's staff exactly what to fix.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from gateway.audit.config import AuditSettings, load_audit_settings
from gateway.metering.pricing import Pricing, load_pricing
from gateway.policy.rules import PolicyRules, load_policy_rules
from gateway.privacy.pii_rules import PiiRules, load_pii_rules
from gateway.rule_doc import RuleDoc

BackendKind = Literal["azure", "openai", "simulator"]
DEPLOYMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
DEFAULT_BACKEND = "default"


@dataclass(frozen=True)
class Backend:
    """One upstream service. The key itself is never stored here, only read from the environment."""

    name: str
    kind: BackendKind
    endpoint: str = ""
    api_key_env: str = ""
    api_version: str | None = None

    @property
    def api_key(self) -> str:
        """The upstream key, read from the environment at call time."""
        return os.environ.get(self.api_key_env, "") if self.api_key_env else ""


@dataclass(frozen=True)
class Deployment:
    """Backends for one deployment name, in priority order, and the model name sent to OpenAI-style ones."""

    backends: tuple[str, ...]
    model: str | None = None


@dataclass(frozen=True)
class UpstreamSettings:
    """Timeouts and retries for every backend."""

    default_api_version: str = "2024-10-21"
    connect_timeout: float = 5.0
    read_timeout: float = 120.0
    retries: int = 2
    max_retry_wait: float = 30.0


@dataclass(frozen=True)
class DetectionSettings:
    """Bounds of the mask phase."""

    timeout: float = 10.0  # seconds; a request whose detection overruns is refused (503)
    cache_entries: int = 20_000  # texts whose findings are remembered (hashes and offsets only)
    response_scan: bool = True  # hide personal data the model produced that the client did not send


@dataclass(frozen=True)
class GatewayRules:
    """rules/gateway.yaml."""

    max_body_bytes: int = 2 * 1024 * 1024
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    detection: DetectionSettings = field(default_factory=DetectionSettings)
    backends: Mapping[str, Backend] = field(default_factory=dict)
    deployments: Mapping[str, Deployment] = field(default_factory=dict)
    audit: AuditSettings = field(default_factory=AuditSettings)

    def deployment(self, name: str) -> Deployment | None:
        """The configured deployment, falling back to the "*" entry."""
        return self.deployments.get(name) or self.deployments.get("*")

    @property
    def simulated(self) -> bool:
        """True when every backend is the built-in simulator."""
        return all(b.kind == "simulator" for b in self.backends.values())


@dataclass(frozen=True)
class Settings:
    """Everything the gateway reads at start-up."""

    rules_dir: Path
    database_url: str
    gateway: GatewayRules
    policy: PolicyRules
    pii: PiiRules
    pricing: Pricing
    rules_version: str = ""  # SHA-256 of the rules files in force, named in every audit record


def load_settings(rules_dir: Path, env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate rules/*.yaml and the environment; raises ConfigError."""
    env = os.environ if env is None else env
    pii_file = rules_dir / "pii.yaml"
    pii = load_pii_rules(pii_file) if pii_file.exists() else PiiRules()
    return Settings(
        rules_dir=rules_dir,
        database_url=env.get("GATEWAY_DATABASE_URL") or "sqlite:///var/gateway.db",
        gateway=_gateway_rules(RuleDoc.read(rules_dir / "gateway.yaml"), env),
        policy=load_policy_rules(RuleDoc.read(rules_dir / "policy.yaml"), pii),
        pii=pii,
        pricing=load_pricing(RuleDoc.read(rules_dir / "pricing.yaml")),
        rules_version=rules_version(rules_dir),
    )


def rules_version(rules_dir: Path) -> str:
    """A hash of every rules file (name and bytes), so a record says which rules were in force."""
    digest = hashlib.sha256()
    for path in sorted(rules_dir.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _gateway_rules(doc: RuleDoc, env: Mapping[str, str]) -> GatewayRules:
    doc.reject_unknown({"max_body_bytes", "upstream", "detection", "backends", "deployments", "audit"})
    up = doc.section("upstream")
    up.reject_unknown({"default_api_version", "connect_timeout", "read_timeout", "retries", "max_retry_wait"})
    upstream = UpstreamSettings(
        default_api_version=up.text("default_api_version", UpstreamSettings.default_api_version) or "",
        connect_timeout=up.number("connect_timeout", UpstreamSettings.connect_timeout, minimum=0.1),
        read_timeout=up.number("read_timeout", UpstreamSettings.read_timeout, minimum=0.1),
        retries=up.integer("retries", UpstreamSettings.retries),
        max_retry_wait=up.number("max_retry_wait", UpstreamSettings.max_retry_wait),
    )
    det = doc.section("detection")
    det.reject_unknown({"timeout", "cache_entries", "response_scan"})
    detection = DetectionSettings(
        timeout=det.number("timeout", DetectionSettings.timeout, minimum=0.1),
        cache_entries=det.integer("cache_entries", DetectionSettings.cache_entries),
        response_scan=det.flag("response_scan", DetectionSettings.response_scan),
    )
    backends = {name: _backend(name, spec, env) for name, spec in doc.section("backends").items()}
    if not backends:
        backends = {DEFAULT_BACKEND: _backend_from_env(env)}
    deployments = {name: _deployment(name, spec, backends) for name, spec in doc.section("deployments").items()}
    if not deployments:
        deployments = {"*": Deployment(backends=(next(iter(backends)),))}
    return GatewayRules(
        max_body_bytes=doc.integer("max_body_bytes", GatewayRules.max_body_bytes, minimum=1024),
        upstream=upstream,
        detection=detection,
        backends=backends,
        deployments=deployments,
        audit=load_audit_settings(doc.section("audit")),
    )


def _backend(name: str, spec: RuleDoc, env: Mapping[str, str]) -> Backend:
    spec.reject_unknown({"kind", "endpoint", "endpoint_env", "api_key_env", "api_version"})
    kind = spec.text("kind", "azure")
    if kind not in ("azure", "openai", "simulator"):
        raise spec.error("kind", "azure / openai / simulator のいずれかです")
    endpoint = spec.text("endpoint") or ""
    if endpoint_env := spec.text("endpoint_env"):
        endpoint = env.get(endpoint_env, "")
        if not endpoint:
            raise spec.error("endpoint_env", f"環境変数 {endpoint_env} が設定されていません")
    if kind != "simulator" and not re.match(r"^https?://[^\s/]+", endpoint):
        raise spec.error("endpoint", "http:// または https:// で始まる URL が必要です")
    key_env = spec.text("api_key_env") or ""
    if kind != "simulator" and key_env and not env.get(key_env):
        raise spec.error("api_key_env", f"環境変数 {key_env} が設定されていません")
    return Backend(name, kind, endpoint.rstrip("/"), key_env, spec.text("api_version"))  # type: ignore[arg-type]


def _backend_from_env(env: Mapping[str, str]) -> Backend:
    if env.get("AZURE_OPENAI_ENDPOINT"):
        return Backend(DEFAULT_BACKEND, "azure", env["AZURE_OPENAI_ENDPOINT"].rstrip("/"), "AZURE_OPENAI_API_KEY")
    if env.get("OPENAI_BASE_URL"):
        return Backend(DEFAULT_BACKEND, "openai", env["OPENAI_BASE_URL"].rstrip("/"), "OPENAI_API_KEY")
    return Backend(DEFAULT_BACKEND, "simulator")


def _deployment(name: str, spec: RuleDoc, backends: Mapping[str, Backend]) -> Deployment:
    if name != "*" and not DEPLOYMENT_NAME.match(name):
        raise spec.error("", "デプロイ名は英数字と . _ - で 64 文字以内です")
    spec.reject_unknown({"backends", "model"})
    names = spec.strings("backends", (next(iter(backends)),))
    for backend in names:
        if backend not in backends:
            raise spec.error("backends", f"backends に定義されていない名前です: {backend}")
    if not names:
        raise spec.error("backends", "少なくとも一つのバックエンドが必要です")
    return Deployment(backends=names, model=spec.text("model"))
