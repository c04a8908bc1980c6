"""Reading and checking a client's request body before any phase looks inside it.

Only the fields the gateway relies on are checked; everything else is passed on as sent,
so that new API parameters work without a gateway release.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import ClientException

from gateway.errors import GatewayError, bad_request, body_too_large
from gateway.exchange import Exchange, Operation

API_VERSION = re.compile(r"^(\d{4}-\d{2}-\d{2}(-preview)?|preview|latest|v1)$")


def note_origin(exchange: Exchange, request: Request[Any, Any, Any]) -> None:
    """Record on the exchange the client's address and the route as declared (``/admin/keys/{prefix}/revoke``),
    never the raw path: a path may carry a key or personal data, and the route is recorded in the audit log."""
    template = request.scope.get("path_template")
    exchange.client = request.client.host if request.client else None
    exchange.route = template if isinstance(template, str) else "(no route)"


def api_version(value: str | None) -> str | None:
    """The client's `api-version`, checked so that only a version string goes upstream; raises 400."""
    if value is not None and not API_VERSION.match(value):
        raise bad_request("invalid_api_version", "api-version は 2024-10-21 のような版の指定である必要があります。",
                          param="api-version")
    return value


async def read_body(request: Request[Any, Any, Any], operation: Operation, limit: int) -> dict[str, Any]:
    """The request's JSON object; raises 400 or 413 with a Japanese message."""
    try:
        raw = await request.body()
    except ClientException as exc:
        if exc.status_code == 413:
            raise body_too_large(limit) from None
        raise bad_request("invalid_body", "リクエスト本文を読み取れませんでした。") from None
    if not raw.strip():
        raise bad_request("invalid_json", "リクエスト本文が空です。JSON オブジェクトを送ってください。")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("invalid_encoding", "リクエスト本文が UTF-8 として読めません。") from None
    try:
        body = msgspec.json.decode(raw)
    except RecursionError:
        raise bad_request("too_deeply_nested", "リクエストの入れ子が深すぎます。") from None
    except (msgspec.DecodeError, ValueError):
        raise bad_request("invalid_json", "リクエスト本文が正しい JSON ではありません。") from None
    if not isinstance(body, dict):
        raise bad_request("invalid_json", "リクエスト本文は JSON オブジェクト ({...}) である必要があります。")
    _check(operation, body)
    return body


def _wrong(param: str, expected: str) -> GatewayError:
    return bad_request("invalid_type", f"{param} は {expected} である必要があります。", param=param)


def _check(operation: Operation, body: dict[str, Any]) -> None:
    if "stream" in body and not isinstance(body["stream"], bool):
        raise _wrong("stream", "true または false")
    if "model" in body and not isinstance(body["model"], str):
        raise _wrong("model", "文字列")
    if operation is Operation.CHAT:
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _wrong("messages", "一つ以上のメッセージの配列")
        for i, message in enumerate(messages):
            if not isinstance(message, dict) or not isinstance(message.get("role"), str):
                raise _wrong(f"messages[{i}]", "role を持つオブジェクト")
            content = message.get("content")
            if content is not None and not isinstance(content, (str, list)):
                raise _wrong(f"messages[{i}].content", "文字列または content part の配列")
        if "n" in body and (not isinstance(body["n"], int) or isinstance(body["n"], bool) or body["n"] < 1):
            raise _wrong("n", "1 以上の整数")
    elif operation is Operation.EMBEDDINGS:
        if not _embedding_input(body.get("input")):
            raise _wrong("input", "文字列、文字列の配列、またはトークン配列")
    elif operation is Operation.RESPONSES:
        if not isinstance(body.get("input"), (str, list)):
            raise _wrong("input", "文字列または配列")
        for stateful in ("previous_response_id", "conversation"):
            if body.get(stateful) is not None:
                # Placeholders are issued per request: history kept upstream would mix people up.
                raise bad_request(
                    "unsupported_parameter",
                    f"{stateful} (上流に保存した会話の続き) には対応していません。"
                    "履歴を input に含めて送ってください。",
                    param=stateful)
    elif operation is Operation.PII_ANALYZE and not isinstance(body.get("text"), str):
        raise _wrong("text", "文字列")


def _embedding_input(value: Any) -> bool:
    if isinstance(value, str):
        return True
    if not isinstance(value, list) or not value:
        return False
    return all(isinstance(v, str) for v in value) or all(
        isinstance(v, int) or (isinstance(v, list) and all(isinstance(t, int) for t in v)) for v in value
    )
