"""Token usage as each API reports it, streamed or not."""

from __future__ import annotations

from typing import Any

from gateway.exchange import Usage


def usage_of(payload: Any) -> Usage | None:
    """The usage in a chat, embeddings or Responses body or stream event, if it carries one.

    Chat and embeddings name the counts `prompt_tokens` / `completion_tokens` with `*_tokens_details`;
    the Responses API names them `input_tokens` / `output_tokens` with `*_tokens_details`.
    """
    if not isinstance(payload, dict):
        return None
    usage = payload.get("usage")
    if not isinstance(usage, dict) and isinstance(payload.get("response"), dict):
        usage = payload["response"].get("usage")  # Responses API: response.completed event
    if not isinstance(usage, dict) or not _well_formed(usage):
        return None  # treated as missing: the gateway estimates it
    prompt = _count(usage, "prompt_tokens", "input_tokens")
    completion = _count(usage, "completion_tokens", "output_tokens")
    cached = _count(_details(usage, "prompt_tokens_details", "input_tokens_details"), "cached_tokens")
    reasoning = _count(_details(usage, "completion_tokens_details", "output_tokens_details"), "reasoning_tokens")
    return Usage(prompt_tokens=prompt, completion_tokens=completion, cached_tokens=min(cached, prompt),
                 reasoning_tokens=min(reasoning, completion), reported=True)


def wants_stream_usage(api_version: str | None) -> bool:
    """Whether an Azure api-version accepts `stream_options` (2024-09-01 and later, previews too)."""
    return api_version is None or api_version[:10] >= "2024-09-01"


def _well_formed(usage: dict[str, Any]) -> bool:
    """Whether every count present is a non-negative integer, with at least a prompt or input count."""
    names = ("prompt_tokens", "input_tokens", "completion_tokens", "output_tokens", "total_tokens")
    present = [usage[n] for n in names if usage.get(n) is not None]
    counts_ok = all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in present)
    return counts_ok and any(usage.get(n) is not None for n in ("prompt_tokens", "input_tokens"))


def _count(usage: dict[str, Any], *names: str) -> int:
    for name in names:
        value = usage.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return 0


def _details(usage: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        if isinstance(details := usage.get(name), dict):
            return details
    return {}
