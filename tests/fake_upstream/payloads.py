"""Deterministic response bodies in the Azure OpenAI / OpenAI wire formats."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]
MODELS = ("gpt-4o", "gpt-4o-mini", "text-embedding-3-small")
EMBEDDING_DIMS = 8

_SAFE = {"filtered": False, "severity": "safe"}
_NOT_DETECTED = {"filtered": False, "detected": False}


def tokens(text: str) -> int:
    """A fake but deterministic token count."""
    return max(1, (len(text) + 3) // 4)


def pieces(text: str, size: int) -> list[str]:
    """Split ``text`` into deltas of ``size`` characters."""
    return [text[i : i + size] for i in range(0, len(text), max(1, size))]


def _text_of(content: Any, part_types: tuple[str, ...]) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict) and p.get("type") in part_types)
    return ""


def _messages(messages: Any) -> list[dict[str, Any]]:
    return [m for m in (messages if isinstance(messages, list) else []) if isinstance(m, dict)]


def last_user_text(messages: Any) -> str:
    """Text of the last ``user`` chat message (string content or its text parts)."""
    users = [m for m in _messages(messages) if m.get("role") == "user"]
    return _text_of(users[-1].get("content"), ("text",)) if users else ""


def messages_text(messages: Any) -> str:
    """All chat message text, for the prompt token count."""
    return "\n".join(_text_of(m.get("content"), ("text",)) for m in _messages(messages))


def responses_input_text(value: Any) -> str:
    """Text of a Responses API ``input``: the string, or the last user message's text parts."""
    if isinstance(value, str):
        return value
    for item in reversed(value if isinstance(value, list) else []):
        if isinstance(item, dict) and item.get("role") == "user":
            return _text_of(item.get("content"), ("input_text", "text"))
    return ""


def _filters(*extra: str) -> JSON:
    base: JSON = {name: dict(_SAFE) for name in ("hate", "self_harm", "sexual", "violence")}
    return base | {name: dict(_NOT_DETECTED) for name in extra}


def prompt_filter_results() -> list[JSON]:
    """Azure's ``prompt_filter_results`` for a harmless prompt."""
    return [{"prompt_index": 0, "content_filter_results": _filters("jailbreak")}]


@dataclass(frozen=True)
class ChatReply:
    """One chat.completions answer, rendered whole or as stream chunks."""

    id: str
    created: int
    model: str
    text: str
    prompt_text: str
    n: int = 1
    azure: bool = True
    tool: tuple[str, str, str] | None = None  # (call id, function name, arguments JSON)

    @property
    def finish_reason(self) -> str:
        return "tool_calls" if self.tool else "stop"

    def usage(self) -> JSON:
        completion = tokens(self.tool[2] if self.tool else self.text) * self.n
        prompt = tokens(self.prompt_text)
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0},
        }

    def _base(self, obj: str) -> JSON:
        return {
            "id": self.id,
            "object": obj,
            "created": self.created,
            "model": self.model,
            "system_fingerprint": "fp_fake",
        }

    def completion(self) -> JSON:
        """The non-streamed ``chat.completion`` object."""
        message: JSON = {"role": "assistant", "content": self.text, "refusal": None}
        if self.tool:
            call_id, name, arguments = self.tool
            function = {"name": name, "arguments": arguments}
            message |= {
                "content": None,
                "tool_calls": [{"id": call_id, "type": "function", "function": function}],
            }
        choices = []
        for index in range(self.n):
            choice: JSON = {
                "index": index,
                "message": message,
                "finish_reason": self.finish_reason,
                "logprobs": None,
            }
            if self.azure:
                choice["content_filter_results"] = _filters("protected_material_code", "protected_material_text")
            choices.append(choice)
        body = self._base("chat.completion") | {"choices": choices, "usage": self.usage()}
        if self.azure:
            body["prompt_filter_results"] = prompt_filter_results()
        return body

    def chunks(self, size: int, include_usage: bool = False) -> Iterator[JSON]:
        """``chat.completion.chunk`` objects: role, small deltas (choices interleaved), finish, usage."""
        if self.azure:
            yield {
                "choices": [],
                "created": 0,
                "id": "",
                "model": "",
                "object": "",
                "prompt_filter_results": prompt_filter_results(),
            }
        extra: JSON = {"usage": None} if include_usage else {}

        def chunk(index: int, delta: JSON, finish: str | None = None, filters: JSON | None = None) -> JSON:
            choice: JSON = {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}
            if self.azure:
                choice["content_filter_results"] = filters or {}
            return self._base("chat.completion.chunk") | {"choices": [choice]} | extra

        first: JSON = {"role": "assistant", "content": "", "refusal": None}
        deltas: list[JSON]
        if self.tool:
            call_id, name, arguments = self.tool
            call = {
                "index": 0,
                "id": call_id,
                "type": "function",
                "function": {"name": name, "arguments": ""},
            }
            first = {"role": "assistant", "content": None, "tool_calls": [call]}
            deltas = [{"tool_calls": [{"index": 0, "function": {"arguments": p}}]} for p in pieces(arguments, size)]
        else:
            deltas = [{"content": p} for p in pieces(self.text, size)]
        for index in range(self.n):
            yield chunk(index, first)
        for delta in deltas:
            for index in range(self.n):
                yield chunk(index, delta, filters=_filters())
        for index in range(self.n):
            yield chunk(index, {}, self.finish_reason)
        if include_usage:
            yield self._base("chat.completion.chunk") | {"choices": [], "usage": self.usage()}


@dataclass(frozen=True)
class ResponsesReply:
    """One Responses API answer, rendered whole or as ``response.*`` stream events."""

    id: str
    created: int
    model: str
    text: str
    prompt_text: str
    request: JSON

    def _message(self, status: str, text: str | None) -> JSON:
        content = [] if text is None else [{"type": "output_text", "text": text, "annotations": []}]
        return {
            "id": "msg_" + self.id.removeprefix("resp_"),
            "type": "message",
            "status": status,
            "role": "assistant",
            "content": content,
        }

    def response(self, status: str = "completed") -> JSON:
        """The ``response`` object (``in_progress`` ones have no output and no usage)."""
        done = status == "completed"
        usage = {"input_tokens": tokens(self.prompt_text), "output_tokens": tokens(self.text)}
        return {
            "id": self.id,
            "object": "response",
            "created_at": self.created,
            "status": status,
            "error": None,
            "incomplete_details": None,
            "instructions": self.request.get("instructions"),
            "max_output_tokens": self.request.get("max_output_tokens"),
            "model": self.model,
            "output": [self._message("completed", self.text)] if done else [],
            "parallel_tool_calls": True,
            "previous_response_id": None,
            "temperature": 1.0,
            "top_p": 1.0,
            "tool_choice": "auto",
            "tools": [],
            "text": {"format": {"type": "text"}},
            "truncation": "disabled",
            "metadata": {},
            "store": True,
            "usage": usage
            | {
                "total_tokens": usage["input_tokens"] + usage["output_tokens"],
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens_details": {"reasoning_tokens": 0},
            }
            if done
            else None,
        }

    def events(self, size: int) -> Iterator[JSON]:
        """The streamed events, each with ``type`` and ``sequence_number``."""
        item_id = self._message("completed", None)["id"]
        where = {"item_id": item_id, "output_index": 0, "content_index": 0}
        part = {"type": "output_text", "text": self.text, "annotations": []}
        events: list[JSON] = [
            {"type": "response.created", "response": self.response("in_progress")},
            {"type": "response.in_progress", "response": self.response("in_progress")},
            {
                "type": "response.output_item.added",
                "output_index": 0,
                "item": self._message("in_progress", None),
            },
            {"type": "response.content_part.added", **where, "part": part | {"text": ""}},
            *(
                {"type": "response.output_text.delta", **where, "delta": p, "logprobs": []}
                for p in pieces(self.text, size)
            ),
            {"type": "response.output_text.done", **where, "text": self.text, "logprobs": []},
            {"type": "response.content_part.done", **where, "part": part},
            {
                "type": "response.output_item.done",
                "output_index": 0,
                "item": self._message("completed", self.text),
            },
            {"type": "response.completed", "response": self.response()},
        ]
        for number, event in enumerate(events):
            yield event | {"sequence_number": number}


def embeddings(request: JSON, model: str) -> JSON:
    """Deterministic ``EMBEDDING_DIMS``-dimensional vectors per input (floats or base64 float32)."""
    value = request.get("input", "")
    inputs: list[Any] = (
        [value]
        if isinstance(value, str) or (isinstance(value, list) and value and isinstance(value[0], int))
        else list(value)
    )
    data, used = [], 0
    for index, item in enumerate(inputs):
        digest = hashlib.sha256(json.dumps(item, ensure_ascii=False).encode()).digest()
        vector = [(b - 128) / 128 for b in digest[:EMBEDDING_DIMS]]
        encoded: Any = vector
        if request.get("encoding_format") == "base64":
            encoded = base64.b64encode(struct.pack(f"<{EMBEDDING_DIMS}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": encoded})
        used += tokens(item) if isinstance(item, str) else len(item)
    return {
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": used, "total_tokens": used},
    }


def models(created: int) -> JSON:
    """A ``GET /models`` list."""
    return {
        "object": "list",
        "data": [{"id": m, "object": "model", "created": created, "owned_by": "system"} for m in MODELS],
    }
