"""The restore phase: the request's values go back into the answer, whole or streamed.

Only the answer's own parts are touched (chat `choices`, Responses `output` and its events),
including tool-call arguments, refusals and Azure "On Your Data" citations. In a stream, text
that may be the start of a placeholder is held back until it is complete or proven not to be
one; everything else is released at once. Held-back text is released before the event that
ends its part (finish_reason, `.done`) or, at the latest, before the end of the stream.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from gateway.privacy.restore import StreamRestorer, restore_text

# Streamed fields whose deltas concatenate into one text.
_INCREMENTAL = frozenset({"content", "refusal", "arguments", "reasoning_content"})
_ANSWER_KEYS = ("choices", "output", "response", "item", "part")
_RESPONSES_DELTA = {
    "response.output_text.delta": "response.output_text.done",
    "response.refusal.delta": "response.refusal.done",
    "response.function_call_arguments.delta": "response.function_call_arguments.done",
}
_RESPONSES_DONE = {done: delta for delta, done in _RESPONSES_DELTA.items()}


def restore_tree(node: Any, vault: Mapping[str, str]) -> Any:
    """Every string in `node` with placeholders restored (a new tree; `node` is not changed)."""
    if isinstance(node, str):
        return restore_text(node, vault)
    if isinstance(node, list):
        return [restore_tree(v, vault) for v in node]
    if isinstance(node, dict):
        return {k: restore_tree(v, vault) for k, v in node.items()}
    return node


def restore_answer(payload: Any, vault: Mapping[str, str]) -> Any:
    """A whole (non-streamed) answer with the request's values back in place."""
    if not vault or not isinstance(payload, dict):
        return payload
    return {k: restore_tree(v, vault) if k in _ANSWER_KEYS else v for k, v in payload.items()}


class StreamedAnswer:
    """Restores one streamed answer, event by event (chat chunks or Responses events)."""

    def __init__(self, vault: Mapping[str, str]) -> None:
        self.vault = vault
        self._held: dict[tuple[Any, ...], StreamRestorer] = {}
        self._envelope: dict[str, Any] = {}

    def event(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        """The payloads to send for one upstream payload (a held-back tail may come first)."""
        kind = payload.get("type")
        if isinstance(kind, str) and kind.startswith("response."):
            return self._responses_event(kind, payload)
        return self._chat_chunk(payload)

    def end(self) -> list[dict[str, Any]]:
        """Whatever is still held back when the stream ends, as payloads to send before `[DONE]`."""
        out = []
        for key in list(self._held):
            out.extend(self._flush(key))
        return out

    # -- chat completions ---------------------------------------------------------------------
    def _chat_chunk(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        self._envelope = {k: payload[k] for k in ("id", "object", "created", "model") if k in payload}
        choices = payload.get("choices")
        if not isinstance(choices, list):
            return [payload]
        before: list[dict[str, Any]] = []
        restored = []
        for choice in choices:
            if not isinstance(choice, dict):
                restored.append(choice)
                continue
            index = choice.get("index", 0)
            choice = {**choice, "delta": self._delta((index,), choice.get("delta"))}
            if choice.get("finish_reason") is not None:
                for key in [k for k in self._held if k[0] == index]:
                    before.extend(self._flush(key))
            restored.append({k: v if k == "delta" else restore_tree(v, self.vault) for k, v in choice.items()})
        return [*before, {**payload, "choices": restored}]

    def _delta(self, key: tuple[Any, ...], node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for name, value in node.items():
                if isinstance(value, str) and name in _INCREMENTAL:
                    out[name] = self._feed((*key, name), value)
                else:
                    out[name] = self._delta((*key, name), value)
            return out
        if isinstance(node, list):
            # tool_calls are keyed by their own "index", not their position in this chunk
            return [self._delta((*key, item.get("index", i) if isinstance(item, dict) else i), item)
                    for i, item in enumerate(node)]
        return restore_text(node, self.vault) if isinstance(node, str) else node

    # -- Responses API ------------------------------------------------------------------------
    def _responses_event(self, kind: str, payload: dict[str, Any]) -> list[dict[str, Any]]:
        part = (payload.get("item_id"), payload.get("output_index"), payload.get("content_index"))
        if kind in _RESPONSES_DELTA and isinstance(payload.get("delta"), str):
            self._envelope = payload
            return [{**payload, "delta": self._feed((kind, *part), payload["delta"])}]
        before = self._flush((_RESPONSES_DONE[kind], *part)) if kind in _RESPONSES_DONE else []
        return [*before, restore_tree(payload, self.vault)]

    # -- held-back text -----------------------------------------------------------------------
    def _feed(self, key: tuple[Any, ...], text: str) -> str:
        restorer = self._held.get(key)
        if restorer is None:
            restorer = self._held[key] = StreamRestorer(self.vault)
        return restorer.feed(text)

    def _flush(self, key: tuple[Any, ...]) -> list[dict[str, Any]]:
        restorer = self._held.pop(key, None)
        tail = restorer.flush() if restorer else ""
        if not tail:
            return []
        if isinstance(key[0], str):  # a Responses delta event, re-sent with the tail
            kind, item_id, output_index, content_index = key
            event = {**copy.deepcopy(self._envelope), "type": kind, "delta": tail, "item_id": item_id,
                     "output_index": output_index, "content_index": content_index}
            return [{k: v for k, v in event.items() if v is not None}]
        return [{**self._envelope, "choices": [{"index": key[0], "delta": _nest(key[1:], tail),
                                                "finish_reason": None}]}]


def _nest(path: tuple[Any, ...], text: str) -> Any:
    """A delta holding `text` at `path` (("content",) or ("tool_calls", 0, "function", "arguments"))."""
    if not path:
        return text
    head, rest = path[0], path[1:]
    if head == "tool_calls" and rest:
        return {"tool_calls": [{"index": rest[0], **_nest(rest[1:], text)}]}
    return {head: _nest(rest, text)}
