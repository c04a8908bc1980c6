"""The application's rules about the request itself: stream, tools, deny patterns, forced parameters,
the output cap. They run before masking, on the text as the staff member wrote it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from gateway import errors
from gateway.exchange import Operation
from gateway.policy.patterns import REQUEST_SECONDS
from gateway.policy.rules import AppPolicy

DEFAULT_OUTPUT_RESERVE = 4096  # output tokens reserved for a request that names no cap, under no rule's cap
_OUTPUT_FIELDS = {Operation.CHAT: ("max_tokens", "max_completion_tokens"), Operation.RESPONSES: ("max_output_tokens",)}
_SET_FIELD = {Operation.CHAT: "max_completion_tokens", Operation.RESPONSES: "max_output_tokens"}
_NOT_TEXT = frozenset({"model", "role", "type"})


def apply_request_rules(operation: Operation, body: dict[str, Any], app: AppPolicy) -> int:
    """Refuse what the rules forbid, apply forced parameters and the cap; returns the output tokens to reserve.

    Raises 403 `policy_violation` or 400 `max_tokens_exceeded` / `invalid_type`.
    """
    if body.get("stream") is True and not app.allow_stream:
        raise errors.forbidden("このアプリケーションではストリーミング (stream) は許可されていません。"
                               "stream を false にしてください。")
    if not app.allow_tools and any(body.get(k) for k in ("tools", "functions", "tool_choice")):
        raise errors.forbidden("このアプリケーションではツール呼び出し (tools) は許可されていません。")
    _check_deny(body, app)
    for name, value in app.force.items():
        if value is None:
            body.pop(name, None)
        else:
            body[name] = value
    return _output_tokens(operation, body, app)


def _check_deny(body: dict[str, Any], app: AppPolicy) -> None:
    """Refuse a request that contains a deny pattern; the searches of one request share one deadline, so a
    slow pattern over many texts cannot hold the gateway (a timeout refuses: fail closed)."""
    if not app.deny:
        return
    deadline = time.monotonic() + REQUEST_SECONDS
    for text in _texts(body):
        for rule in app.deny:
            try:
                hit = rule.search(text, deadline - time.monotonic())
            except TimeoutError:
                raise errors.forbidden("送信内容の確認が時間内に終わらなかったため、送信を止めました。"
                                       "内容を分けて送るか、ゲートウェイ管理者に連絡してください。") from None
            if hit:
                raise errors.forbidden(rule.message)


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            if key not in _NOT_TEXT:
                yield from _texts(item)


def bound_output(operation: Operation, body: dict[str, Any], tokens: int) -> None:
    """Under a limit or a budget, a request that names no output bound gets the one reserved for it, so that
    the answer cannot outgrow its reservation (the upstream stops there)."""
    fields = _OUTPUT_FIELDS.get(operation)
    if fields is not None and not any(body.get(name) is not None for name in fields):
        body[_SET_FIELD[operation]] = tokens


def _output_tokens(operation: Operation, body: dict[str, Any], app: AppPolicy) -> int:
    fields = _OUTPUT_FIELDS.get(operation)
    if fields is None:
        return 0
    cap = app.max_tokens_cap
    asked: list[int] = []
    for name in fields:
        value = body.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise errors.bad_request("invalid_type", f"{name} は 1 以上の整数である必要があります。", param=name)
        if cap is not None and value > cap:
            if app.max_tokens_over == "refuse":
                raise errors.max_tokens_exceeded(cap)
            body[name] = value = cap
        asked.append(value)
    if not asked and cap is not None:
        body[_SET_FIELD[operation]] = cap
        asked.append(cap)
    n = body.get("n")
    choices = n if isinstance(n, int) else 1
    return (max(asked) if asked else DEFAULT_OUTPUT_RESERVE) * max(1, choices)
