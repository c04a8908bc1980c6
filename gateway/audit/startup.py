"""At start-up: the signing key must be there, be Ed25519, and be the key that signed the chain so far."""

from __future__ import annotations

from gateway.audit import chain
from gateway.audit.signing import AuditKeyError, Signer, load_signer
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
