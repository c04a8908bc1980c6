"""Value types of the fake upstream: scripted behaviours, recorded requests, Azure error bodies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

_SAFE = {"filtered": False, "severity": "safe"}

_ERROR_MESSAGES: dict[int, tuple[str, str]] = {
    400: ("BadRequest", "Invalid request."),
    401: (
        "401",
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid "
        "key for an active subscription and use a correct regional API endpoint for your resource.",
    ),
    404: ("404", "Resource not found"),
    429: (
        "429",
        "Rate limit is exceeded. Requests to the ChatCompletions_Create Operation under Azure OpenAI API "
        "have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second.",
    ),
    500: ("InternalServerError", "The server had an error while processing your request. Sorry about that!"),
    503: (
        "ServiceUnavailable",
        "The service is temporarily unable to process your request. Try again later.",
    ),
}


def error_body(status: int, code: str | None = None, message: str | None = None) -> dict[str, Any]:
    """Azure-style error body: ``{"error": {"code": ..., "message": ...}}``."""
    default_code, default_message = _ERROR_MESSAGES.get(status, (str(status), HTTPStatus(status).phrase))
    return {"error": {"code": code or default_code, "message": message or default_message}}


@dataclass(frozen=True)
class Recorded:
    """One request as the fake upstream received it (header names lowercased)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    json: Any | None


@dataclass(frozen=True)
class Behaviour:
    """How to answer one request; fields left at their defaults keep the normal behaviour.

    - ``status``/``body``/``headers``: answer with this status and JSON body (``str``/``bytes`` are sent
      raw); a status >= 400 without a body gets an Azure-style error body. Headers are added/overridden.
    - ``delay``: seconds to wait before answering (interrupted, and counted, if the client leaves).
    - ``stream_break_after``: drop the connection after N SSE events, without the terminating chunk
      (non-streamed answers: after half of the body).
    - ``slow_stream``: seconds to wait between SSE events.
    - ``reply``: answer text instead of ``"ECHO: " + last user text`` (also used as tool-call ``text``).
    - ``chunk_size``: characters per streamed delta, overriding the server's default.
    """

    status: int = 200
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream_break_after: int | None = None
    slow_stream: float = 0.0
    reply: str | None = None
    chunk_size: int | None = None

    @property
    def overrides_answer(self) -> bool:
        """True when the answer is ``status``/``body`` rather than a generated API response."""
        return self.status != 200 or self.body is not None

    @classmethod
    def error(cls, status: int, code: str | None = None, message: str | None = None, **headers: str) -> Behaviour:
        """An Azure-style error answer; keyword headers use ``_`` for ``-`` (``retry_after="1"``)."""
        return cls(
            status=status,
            body=error_body(status, code, message),
            headers={k.replace("_", "-"): v for k, v in headers.items()},
        )

    @classmethod
    def rate_limited(cls, retry_after: float = 1) -> Behaviour:
        """429 with ``Retry-After`` (whole seconds) and ``retry-after-ms``, as Azure sends them."""
        return cls.error(429, retry_after=str(max(1, round(retry_after))), retry_after_ms=str(int(retry_after * 1000)))

    @classmethod
    def content_filter(cls, category: str = "violence", severity: str = "medium") -> Behaviour:
        """400 ``content_filter`` error with Azure's ``innererror.content_filter_result``."""
        result: dict[str, Any] = {name: dict(_SAFE) for name in ("hate", "self_harm", "sexual", "violence")} | {
            "jailbreak": {"filtered": False, "detected": False}
        }
        result[category] = {"filtered": True, "severity": severity}
        message = (
            "The response was filtered due to the prompt triggering Azure OpenAI's content management "
            "policy. Please modify your prompt and retry."
        )
        body = {
            "error": {
                "message": message,
                "type": None,
                "param": "prompt",
                "code": "content_filter",
                "status": 400,
                "innererror": {"code": "ResponsibleAIPolicyViolation", "content_filter_result": result},
            }
        }
        return cls(status=400, body=body)
