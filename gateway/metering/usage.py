"""Token usage as each API reports it, streamed or not."""

from __future__ import annotations

from typing import Any

from gateway.exchange import Usage


def usage_of(payload: Any) -> Usage | None:
    """The usage in a chat, embeddings or Responses body or stream event, if it carries one."""
    if not isinstance(payload, dict):
        return None
    usage = payload.get("usage")
    if not isinstance(usage, dict) and isinstance(payload.get("response"), dict):
        usage = payload["response"].get("usage")  # Responses API: response.completed event
    if not isinstance(usage, dict):
        return None
    prompt = usage.get("prompt_tokens", usage.get("input_tokens", 0))
    completion = usage.get("completion_tokens", usage.get("output_tokens", 0))
    return Usage(
        prompt_tokens=prompt if isinstance(prompt, int) else 0,
        completion_tokens=completion if isinstance(completion, int) else 0,
    )


def wants_stream_usage(api_version: str | None) -> bool:
    """Whether an Azure api-version accepts `stream_options` (2024-09-01 and later, previews too)."""
    return api_version is None or api_version[:10] >= "2024-09-01"
