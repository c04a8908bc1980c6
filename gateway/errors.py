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


def permission_denied(role: str) -> GatewayError:
    """403: the key's role may not use this route."""
    return GatewayError(
        403, "permission_denied",
        f"このキーの役割 ({role}) では、この API は使えません。"
        "必要な役割のキーをゲートウェイ管理者に申請してください。",
        type_="permission_error",
    )


def rate_limit_exceeded(retry_after: int, what: str) -> GatewayError:
    """429 with Retry-After: a per-minute or concurrency limit of the rules is reached."""
    return GatewayError(
        429, "rate_limit_exceeded",
        f"{what}の上限に達しました。{retry_after} 秒後に再度お試しください。"
        "上限の変更はゲートウェイ管理者に相談してください。",
        type_="rate_limit_error", headers={"Retry-After": str(retry_after)},
    )


def budget_exceeded(retry_after: int, whose: str) -> GatewayError:
    """429 with Retry-After (until the month changes in Tokyo): a monthly budget is used up."""
    return GatewayError(
        429, "budget_exceeded",
        f"{whose}の今月の予算の残りでは、このリクエストを受け付けられません。"
        "max_tokens を小さくするか、来月 (日本時間) までお待ちください。"
        "予算の追加はゲートウェイ管理者 (情報政策担当課) に相談してください。",
        type_="rate_limit_error", headers={"Retry-After": str(retry_after)},
    )


def max_tokens_exceeded(cap: int) -> GatewayError:
    """400: the request asks for more output tokens than the application's cap, and the rule says refuse."""
    return GatewayError(
        400, "max_tokens_exceeded",
        f"max_tokens がこのアプリケーションの上限 ({cap:,}) を超えています。{cap:,} 以下を指定してください。",
        param="max_tokens",
    )


def counters_unavailable() -> GatewayError:
    """503: the shared counters cannot be reached, so limits cannot be enforced (fail closed)."""
    return dependency_unavailable("counters")


# What each dependency is called in a refusal; a dependency's name gives the code `<name>_unavailable`.
DEPENDENCY_LABELS = {"storage": "データベース", "counters": "利用上限の共有カウンター (Redis)"}


def dependency_unavailable(name: str, retry_after: int = 5) -> GatewayError:
    """503 while a dependency the gateway cannot serve without (database, shared counters) is unreachable."""
    label = DEPENDENCY_LABELS.get(name, name)
    return GatewayError(
        503, f"{name}_unavailable",
        f"ゲートウェイの{label}に接続できないため、リクエストを受け付けられません (記録と予算の確認ができないため)。"
        "しばらくしてから再度お試しください。続く場合はゲートウェイ管理者に連絡してください。",
        type_="api_error", headers={"Retry-After": str(retry_after)},
    )


def audit_unavailable() -> GatewayError:
    """503: the audit record could not be committed, so the answer is withheld (fail closed)."""
    return GatewayError(
        503, "audit_unavailable",
        "監査ログに記録できなかったため、応答を返せません。しばらくしてからもう一度お試しください。"
        "続く場合はゲートウェイ管理者に連絡してください。",
        type_="api_error", headers={"retry-after": "5"},
    )
