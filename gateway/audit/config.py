"""The `audit:` section of rules/gateway.yaml: where the signing key is, how often to checkpoint, retention."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.rule_doc import RuleDoc

DEFAULT_KEY_ENV = "GATEWAY_AUDIT_SIGNING_KEY"


@dataclass(frozen=True)
class AuditSettings:
    """Names where the Ed25519 signing key is (a file or an environment variable), never the key itself."""

    signing_key_file: str | None = None
    signing_key_env: str | None = None  # DEFAULT_KEY_ENV when neither is given
    public_key_file: str | None = None  # what `gateway audit verify` reads by default
    checkpoint_every: int = 1000  # records
    checkpoint_seconds: float = 60.0  # or this long after the last checkpoint, whichever comes first
    retention_days: int = 0  # 0: keep for ever; `gateway audit purge` removes older records
    batch_max: int = 256  # records committed together at most (group commit)

    @property
    def key_source(self) -> str:
        """Where the key is read from, for messages (the path or the variable's name, never the key)."""
        if self.signing_key_file:
            return f"ファイル {self.signing_key_file}"
        return f"環境変数 {self.signing_key_env or DEFAULT_KEY_ENV}"


def load_audit_settings(doc: RuleDoc) -> AuditSettings:
    """Read the `audit:` section; raises ConfigError naming the key."""
    doc.reject_unknown({"signing_key_file", "signing_key_env", "public_key_file", "checkpoint_every",
                        "checkpoint_seconds", "retention_days", "batch_max"})
    key_file, key_env = doc.text("signing_key_file"), doc.text("signing_key_env")
    if key_file and key_env:
        raise doc.error("signing_key_env", "signing_key_file と signing_key_env はどちらか一方だけを書いてください")
    return AuditSettings(
        signing_key_file=key_file,
        signing_key_env=key_env if key_env or key_file else DEFAULT_KEY_ENV,
        public_key_file=doc.text("public_key_file"),
        checkpoint_every=doc.integer("checkpoint_every", AuditSettings.checkpoint_every, minimum=1),
        checkpoint_seconds=doc.number("checkpoint_seconds", AuditSettings.checkpoint_seconds, minimum=1),
        retention_days=doc.integer("retention_days", AuditSettings.retention_days),
        batch_max=doc.integer("batch_max", AuditSettings.batch_max, minimum=1),
    )
