"""Every text-bearing part of a request body, found by walking the whole JSON.

Rather than listing the fields that carry text (and missing the next one an API adds), the walk
visits every string value except those under keys known to be structural (`model`, `role`,
`type`, ids). JSON carried inside a string (tool-call `arguments`, tool `output`) is parsed, its
values walked, and written back as valid JSON. Content parts the gateway cannot inspect (images,
audio, files) are refused unless the application's policy lets them through unscanned.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gateway.errors import GatewayError, bad_request

# Keys whose string values are identifiers or enumerations, never free text.
STRUCTURAL_KEYS = frozenset({
    "model", "role", "type", "id", "tool_call_id", "call_id", "item_id", "object", "encoding_format",
    "format", "detail", "service_tier", "reasoning_effort", "previous_response_id", "status", "truncation",
    "modalities", "voice", "file_id", "prompt_cache_key", "safety_identifier",
})
JSON_STRING_KEYS = frozenset({"arguments", "output"})
TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text", "refusal"})
MEDIA_PART_TYPES = frozenset({"image_url", "input_image", "input_audio", "audio", "file", "input_file"})
MAX_DEPTH = 64


@dataclass
class Slot:
    """One string in the body, with the place to write its masked form."""

    container: dict[str, Any] | list[Any]
    key: str | int

    @property
    def text(self) -> str:
        value: str = self.container[self.key]  # type: ignore[index]
        return value

    def set(self, value: str) -> None:
        self.container[self.key] = value  # type: ignore[index]


@dataclass
class TextFields:
    """The strings of a body in document order, and the write-backs of JSON carried in strings."""

    slots: list[Slot]
    commits: list[Callable[[], None]]

    def commit(self) -> None:
        """Re-serialize JSON-in-string fields after their values were masked (innermost first)."""
        for commit in reversed(self.commits):
            commit()


def text_fields(body: dict[str, Any], *, allow_media: bool) -> TextFields:
    """Walk `body`; raises 400 for a part that cannot be inspected (unless `allow_media`)."""
    fields = TextFields([], [])
    _walk(body, fields, allow_media, 0)
    return fields


def _walk(node: Any, fields: TextFields, allow_media: bool, depth: int, *, data: bool = False) -> None:
    """Visit every string; `data` is set inside JSON carried in a string, where no key is structural."""
    if depth > MAX_DEPTH:
        raise bad_request("too_deeply_nested", f"リクエストの入れ子が深すぎます (上限 {MAX_DEPTH} 段)。")
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = [(k, v) for k, v in node.items() if data or k not in STRUCTURAL_KEYS]
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return
    for key, value in items:
        if isinstance(value, str):
            if not data and key in JSON_STRING_KEYS and _embedded_json(node, key, value, fields, depth):
                continue
            if value:
                fields.slots.append(Slot(node, key))
        elif not data and key == "content" and isinstance(value, list):
            for part in value:
                if _inspectable(part, allow_media):
                    _walk(part, fields, allow_media, depth + 2)
        else:
            _walk(value, fields, allow_media, depth + 1, data=data)


def _inspectable(part: Any, allow_media: bool) -> bool:
    kind = part.get("type") if isinstance(part, dict) else None
    if kind is None or kind in TEXT_PART_TYPES:
        return True
    if kind in MEDIA_PART_TYPES:
        if allow_media:
            return False
        raise _refused("画像・音声・ファイルは個人情報を検査できないため、このアプリケーションでは送信できません。")
    raise _refused("種類が不明な content part が含まれています。text の part を使ってください。")


def _refused(message: str) -> GatewayError:
    return bad_request("unsupported_content", message, param="content")


def _embedded_json(container: Any, key: Any, value: str, fields: TextFields, depth: int) -> bool:
    """Walk JSON carried in a string; False when the string is not a JSON object or array."""
    if not value.lstrip().startswith(("{", "[")):
        return False
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        return False
    if not isinstance(parsed, (dict, list)):
        return False
    _walk(parsed, fields, False, depth + 1, data=True)

    def commit() -> None:
        container[key] = json.dumps(parsed, ensure_ascii=False)

    fields.commits.append(commit)
    return True
