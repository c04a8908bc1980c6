"""Ed25519 keys for checkpoints: the private key from a file or an environment variable, never the database.

Keys are PEM (PKCS#8 / SubjectPublicKeyInfo) or the raw 32 bytes in base64. A key's id is the first
16 hex digits of the SHA-256 of its raw public key; checkpoints carry it so a wrong key is named.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from gateway.audit.config import DEFAULT_KEY_ENV, AuditSettings


class AuditKeyError(Exception):
    """A signing or public key is missing or unusable; the message says which and what to do (Japanese)."""


def key_id(public: Ed25519PublicKey) -> str:
    """A short fingerprint of a public key."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


class Signer:
    """Signs checkpoint statements with the operator's private key."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self.public = private.public_key()
        self.key_id = key_id(self.public)

    def derive(self, label: str) -> bytes:
        """A 32-byte secret for another purpose (the auditor page's session cookie), derived one way from the key."""
        raw = self._private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                          serialization.NoEncryption())
        return hashlib.sha256(label.encode() + b"\0" + raw).digest()

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self._private.sign(message)).decode("ascii")

    def __repr__(self) -> str:  # never show the key
        return f"Signer(key_id={self.key_id})"


def verify_signature(public: Ed25519PublicKey, message: bytes, signature: str) -> bool:
    """True when `signature` (base64) is `public`'s signature of `message`."""
    try:
        public.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def load_signer(settings: AuditSettings, env: Mapping[str, str] | None = None) -> Signer:
    """The configured signing key; raises AuditKeyError with a clear message when it is missing or not Ed25519."""
    env = os.environ if env is None else env
    if settings.signing_key_file:
        path = Path(settings.signing_key_file)
        if not path.is_file():
            raise AuditKeyError(f"監査ログの署名鍵がありません: {settings.key_source}。`gateway audit keygen` で"
                                "作成するか、rules/gateway.yaml の audit.signing_key_file を直してください。")
        data = path.read_bytes()
    else:
        name = settings.signing_key_env or DEFAULT_KEY_ENV
        if not env.get(name):
            raise AuditKeyError(f"監査ログの署名鍵がありません: {settings.key_source} が設定されていません。"
                            "`gateway audit keygen` で作成した鍵を設定してください。")
        data = env[name].encode("utf-8")
    private = _private_key(data)
    if private is None:
        raise AuditKeyError(f"監査ログの署名鍵が Ed25519 の秘密鍵ではありません: {settings.key_source}。"
                        "`gateway audit keygen` が作る PEM を使ってください。")
    return Signer(private)


def load_public_key(data: bytes) -> Ed25519PublicKey:
    """A public key from PEM or base64 raw bytes (a private key gives its public half)."""
    try:
        loaded = serialization.load_pem_public_key(data)
    except ValueError:
        private = _private_key(data)
        if private is not None:
            return private.public_key()
        try:
            return Ed25519PublicKey.from_public_bytes(base64.b64decode(data.strip(), validate=True))
        except (ValueError, binascii.Error) as exc:
            raise AuditKeyError("公開鍵を読めません (Ed25519 の PEM か base64 の 32 バイト)。") from exc
    if not isinstance(loaded, Ed25519PublicKey):
        raise AuditKeyError("公開鍵が Ed25519 ではありません。")
    return loaded


def generate() -> tuple[bytes, bytes]:
    """A new key pair as (private PEM, public PEM)."""
    private = Ed25519PrivateKey.generate()
    return (
        private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
        private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo),
    )


def _private_key(data: bytes) -> Ed25519PrivateKey | None:
    try:
        loaded = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        try:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(data.strip(), validate=True))
        except (ValueError, binascii.Error):
            return None
    return loaded if isinstance(loaded, Ed25519PrivateKey) else None
