"""Errors in OpenAI's format, with a Japanese message for the city's staff.

A `GatewayError` is what every phase raises to refuse a request. Its message is fixed text
chosen here: it never quotes the request, so it can never carry personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class GatewayError(Exception):
    """A refusal or failure that the client sees as `{"error": {"message", "type", "code"}}`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        type_: str = "invalid_request_error",
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.type = type_
        self.param = param
        self.headers = dict(headers or {})
        self._body = body
        self.from_upstream = False  # `code` is the upstream's own (sanitized): metrics count it as upstream_error

    def body(self) -> Mapping[str, Any]:
        """The JSON body sent to the client (an upstream's own error body when passed through)."""
        if self._body is not None:
            return self._body
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def bad_request(code: str, message: str, param: str | None = None) -> GatewayError:
    """400 for input the gateway cannot accept."""
    return GatewayError(400, code, message, param=param)


def invalid_api_key() -> GatewayError:
    return GatewayError(
        401,
        "invalid_api_key",
        "API キーがないか、無効です。発行されたキーを api-key ヘッダー、"
        "または Authorization: Bearer ヘッダーで指定してください。",
        type_="authentication_error",
    )


def forbidden(message: str) -> GatewayError:
    return GatewayError(403, "policy_violation", message, type_="permission_error")


def not_found() -> GatewayError:
    return GatewayError(404, "not_found", "この URL に API はありません。エンドポイントとパスを確認してください。")


def method_not_allowed() -> GatewayError:
    return GatewayError(405, "method_not_allowed", "この URL ではその HTTP メソッドは使えません。")


def deployment_not_found() -> GatewayError:
    return GatewayError(
        404,
        "DeploymentNotFound",
        "指定されたデプロイ (モデル) はこのゲートウェイに設定されていません。",
    )


def body_too_large(limit: int) -> GatewayError:
    return GatewayError(
        413,
        "request_too_large",
        f"リクエスト本文が上限 ({limit:,} バイト) を超えています。内容を分けて送ってください。",
    )


def upstream_timeout() -> GatewayError:
    return GatewayError(
        504, "upstream_timeout", "Azure OpenAI からの応答が時間内にありませんでした。時間をおいて再度お試しください。",
        type_="api_error",
    )


def upstream_unavailable() -> GatewayError:
    return GatewayError(
        502, "upstream_unavailable", "Azure OpenAI に接続できませんでした。時間をおいて再度お試しください。",
        type_="api_error",
    )


def upstream_rejected_gateway() -> GatewayError:
    return GatewayError(
        502, "upstream_auth_failed",
        "ゲートウェイの Azure OpenAI への認証が拒否されました。ゲートウェイ管理者に連絡してください。",
        type_="api_error",
    )


def stream_interrupted() -> GatewayError:
    return GatewayError(
        502, "stream_interrupted", "Azure OpenAI からのストリームが途中で切れました。もう一度お試しください。",
        type_="api_error",
    )


def internal_error() -> GatewayError:
    return GatewayError(
        500, "internal_error", "ゲートウェイ内部でエラーが発生しました。管理者に連絡してください。", type_="api_error"
    )


def audit_unavailable() -> GatewayError:
    """503: the audit record could not be committed, so the answer is withheld (fail closed)."""
    return GatewayError(
        503, "audit_unavailable",
        "監査ログに記録できなかったため、応答を返せません。しばらくしてからもう一度お試しください。"
        "続く場合はゲートウェイ管理者に連絡してください。",
        type_="api_error", headers={"retry-after": "5"},
    )
