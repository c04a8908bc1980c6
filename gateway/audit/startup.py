"""At start-up: the signing key must be there, be Ed25519, and be the key that signed the chain so far."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.audit import chain
from gateway.audit.signing import AuditKeyError, Signer, load_public_key, load_signer
from gateway.settings import Settings
from gateway.storage.database import Database


def open_signer(settings: Settings, db: Database) -> Signer:
    """The configured signer; raises AuditKeyError (a message for the operator) when it cannot sign this chain."""
    signer = load_signer(settings.gateway.audit)
    with db.engine.connect() as conn:
        last = chain.last_checkpoint(conn)
    if last is not None and last.key_id != signer.key_id:
        raise AuditKeyError(
            f"監査ログの署名鍵が、これまでのチェックポイントの鍵 (key_id {last.key_id}) と違います "
            f"(設定された鍵: key_id {signer.key_id}, {settings.gateway.audit.key_source})。"
            "正しい鍵を設定してください。")
    return signer


def audit_public_key(settings: Settings, signer: Signer) -> Ed25519PublicKey:
    """The key the auditor page verifies with: `audit.public_key_file` when set, else the signer's own half."""
    path = settings.gateway.audit.public_key_file
    return load_public_key(Path(path).read_bytes()) if path and Path(path).is_file() else signer.public
