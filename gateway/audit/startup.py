"""At start-up: the signing key (loaded by `signing.load_signer`) must be the key that signed the chain so far."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.audit import chain
from gateway.audit.signing import AuditKeyError, Signer, load_public_key
from gateway.settings import Settings
from gateway.storage.database import Database


def check_signer(settings: Settings, signer: Signer, db: Database) -> None:
    """Raises AuditKeyError (a message for the operator) unless `signer` holds the key that signed this chain."""
    with db.engine.connect() as conn:
        last = chain.last_checkpoint(conn)
    if last is not None and last.key_id != signer.key_id:
        raise AuditKeyError(
            f"監査ログの署名鍵が、これまでのチェックポイントの鍵 (key_id {last.key_id}) と違います "
            f"(設定された鍵: key_id {signer.key_id}, {settings.gateway.audit.key_source})。"
            "正しい鍵を設定してください。")


def audit_public_key(settings: Settings, signer: Signer) -> Ed25519PublicKey:
    """The key the auditor page verifies with: `audit.public_key_file` when set, else the signer's own half."""
    path = settings.gateway.audit.public_key_file
    return load_public_key(Path(path).read_bytes()) if path and Path(path).is_file() else signer.public
