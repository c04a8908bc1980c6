"""Every text-bearing part of a request body, found by walking the whole JSON.

Rather than listing the fields that carry text (and missing the next one an API adds), the walk
visits every string, keys included, except the string values of `model`, `role` and `type`
(the deployment and enumerations). JSON carried inside a string (tool-call `arguments`, a tool
result, a pasted record) is parsed, its keys and values walked, and written back as valid JSON; each value of
such a record keeps the name of its field as its label (``"hihoken_no": "1234-56"``), and its integers of four
digits or more are read too (``"kojin_no": 123456789018``);
`\\uXXXX` escapes of non-ASCII text, and of the ASCII letters, digits and ``@ . + - _`` that numbers and
addresses are made of, are decoded first, so escaped Japanese or an escaped ``\\u0030\\u0039\\u0030…`` cannot
slip past detection (other ASCII escapes, such as ``\\u0022`` in a pasted code sample, stay as written).
Parts the gateway cannot inspect (images, audio, files, token arrays) are refused, wherever they appear,
unless the application's policy lets them through unscanned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from gateway.errors import GatewayError, bad_request

STRUCTURAL_KEYS = frozenset({"model", "role", "type"})  # their string values only
DATA_KEYS = frozenset({"metadata"})  # user-defined maps: nothing in them is structural
TEXT_PART_TYPES = frozenset({"text", "input_text", "output_text", "refusal"})
MEDIA_TYPES = frozenset({
    "image_url", "input_image", "input_audio", "audio", "file", "input_file", "computer_screenshot",
})
MAX_DEPTH = 64
_IDENTIFIER = re.compile(r"[A-Za-z0-9._:/-]{1,64}\Z")  # what a model name, role or type looks like
_IDENTIFIER_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@.+-_")
# an escape, not an escaped backslash followed by "u" (``C:\\\\u0041pps`` in JSON source is a path, not "A")
_UNICODE_ESCAPE = re.compile(
    r"(?<!\\)(?P<pre>(?:\\\\)*)(?:\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4}))", re.IGNORECASE
)


@dataclass
class Slot:
    """One string of the body (a value, or a key when `is_key`), with the place to write its masked form.

    ``label`` is the name of the record field that holds the value (``"hihoken_no"`` in a tool's JSON), which
    detection reads as the value's label; an integer of a record (``"kojin_no": 123456789018``) is a slot too,
    read as its digits and written back as a string only when something in it was masked.
    """

    container: Any
    key: Any
    is_key: bool = False
    label: str | None = None

    @property
    def text(self) -> str:
        """The string as detection should read it (non-ASCII `\\uXXXX` escapes decoded)."""
        if self.is_key:
            return unescape(self.key)
        value = self.container[self.key]
        return unescape(value) if isinstance(value, str) else str(int(value))

    def set(self, value: str) -> None:
        if isinstance(self.container[self.key], str) or value != str(int(self.container[self.key])):
            self.container[self.key] = value


@dataclass
class TextFields:
    """The strings of a body in document order, and the write-backs of JSON carried in strings."""

    slots: list[Slot] = field(default_factory=list)
    # (container, key, write-back) of JSON carried in strings, innermost first
    commits: list[tuple[Any, Any, Callable[[Any, Any], None]]] = field(default_factory=list)

    def write(self, masked: dict[str, str]) -> None:
        """Write the masked texts: values, then JSON carried in strings, then keys (each dict rebuilt once)."""
        renames: dict[int, tuple[dict[str, Any], dict[str, str]]] = {}
        for slot in self.slots:
            if not slot.is_key:
                slot.set(masked[slot.text])
            elif masked[slot.text] != slot.key:
                renames.setdefault(id(slot.container), (slot.container, {}))[1][slot.key] = masked[slot.text]
        for container, names in renames.values():
            items = list(container.items())
            container.clear()
            container.update((names.get(k, k), v) for k, v in items)
        for container, key, commit in self.commits:  # inner JSON before the JSON that holds it
            renamed = renames.get(id(container))
            commit(container, renamed[1].get(key, key) if renamed and isinstance(key, str) else key)


def text_fields(body: dict[str, Any], *, allow_media: bool) -> TextFields:
    """Walk `body`; raises 400 for a part that cannot be inspected (unless `allow_media`)."""
    fields = TextFields()
    _walk(body, fields, allow_media, 0, data=False)
    return fields


def unescape(text: str) -> str:
    """`text` with `\\uXXXX` escapes of non-ASCII characters (and surrogate pairs) and of the ASCII characters
    identifiers are made of decoded."""
    if "\\u" not in text and "\\U" not in text:
        return text

    def decode(match: re.Match[str]) -> str:
        pre = match.group("pre")
        if match.group(4) is None:
            return pre + chr(0x10000 + ((int(match.group(2), 16) - 0xD800) << 10) + int(match.group(3), 16) - 0xDC00)
        code = int(match.group(4), 16)
        if 0xD800 <= code <= 0xDFFF or (code < 0x80 and chr(code) not in _IDENTIFIER_CHARS):
            return match.group(0)
        return pre + chr(code)

    return _UNICODE_ESCAPE.sub(decode, text)


def _walk(node: Any, fields: TextFields, allow_media: bool, depth: int, *, data: bool,
          label: str | None = None) -> None:
    if depth > MAX_DEPTH:
        raise bad_request("too_deeply_nested", f"リクエストの入れ子が深すぎます (上限 {MAX_DEPTH} 段)。")
    if isinstance(node, dict):
        if not _inspectable(node, allow_media, data=data):
            return
        for key, value in list(node.items()):
            if isinstance(key, str) and key:
                fields.slots.append(Slot(node, key, is_key=True))
            if key == "input" and not data and _token_array(value) and not allow_media:
                raise _refused("トークン ID の配列は個人情報を検査できないため送信できません。文字列で送ってください。")
            # the field's name, after its parents' (techo: {no: …} reads techo_no)
            named = (f"{label}_{key}" if label else key) if data and isinstance(key, str) else None
            if isinstance(value, str):
                if not data and key in STRUCTURAL_KEYS and _IDENTIFIER.match(value):
                    continue
                _string(node, key, value, fields, allow_media, depth, named)
            elif data and _record_number(value):
                fields.slots.append(Slot(node, key, label=named))
            else:
                _walk(value, fields, allow_media, depth + 1, data=data or key in DATA_KEYS, label=named)
                if key == "content" and isinstance(value, list) and not data:
                    _check_parts(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):  # the items of a list keep the list's field name
            if isinstance(value, str):
                _string(node, index, value, fields, allow_media, depth, label)
            elif data and _record_number(value):
                fields.slots.append(Slot(node, index, label=label))
            else:
                _walk(value, fields, allow_media, depth + 1, data=data, label=label)


def _record_number(value: Any) -> bool:
    """A whole number of four digits or more in a record, an integer or a float a data frame wrote
    (``1.23456789018e11``): it may be an identifier (a count of 42 cannot be one)."""
    if isinstance(value, float):
        return value.is_integer() and 1000 <= abs(value) < 1e17
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000


def _string(container: Any, key: Any, value: str, fields: TextFields, allow_media: bool, depth: int,
            label: str | None = None) -> None:
    """A string value: walked as JSON when it holds a JSON object or array, else one slot."""
    if value.lstrip().startswith(("{", "[")):
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            parsed = None
        if isinstance(parsed, (dict, list)) and _encodable(parsed):
            _walk(parsed, fields, allow_media, depth + 1, data=True)

            def commit(holder: Any, final_key: Any) -> None:
                if parsed != json.loads(value):  # written back only when something in it was masked
                    holder[final_key] = json.dumps(parsed, ensure_ascii=False)

            fields.commits.append((container, key, commit))
            return
    if value:
        fields.slots.append(Slot(container, key, label=label))


def _encodable(parsed: Any) -> bool:
    """False when decoding produced a lone surrogate, which could not be sent as UTF-8."""
    try:
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        return False
    return True


def _inspectable(node: dict[str, Any], allow_media: bool, *, data: bool) -> bool:
    """False for media the application may send unscanned; raises 400 for media it may not."""
    kind = node.get("type")
    if data or not isinstance(kind, str) or kind not in MEDIA_TYPES:
        return True
    if allow_media:
        return False
    raise _refused("画像・音声・ファイルは個人情報を検査できないため、このアプリケーションでは送信できません。")


def _check_parts(parts: list[Any]) -> None:
    for part in parts:
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind is not None and not isinstance(kind, str):
            raise bad_request("invalid_type", "content part の type は文字列である必要があります。", param="content")
        if kind is not None and kind not in TEXT_PART_TYPES and kind not in MEDIA_TYPES:
            raise _refused("種類が不明な content part が含まれています。text の part を使ってください。")


def _token_array(value: Any) -> bool:
    """Embeddings input given as token ids (a list of ints, or of lists of ints)."""
    if not isinstance(value, list) or not value:
        return False
    rows = value if all(isinstance(v, list) for v in value) else [value]
    return all(isinstance(t, int) and not isinstance(t, bool) for row in rows for t in row)


def _refused(message: str) -> GatewayError:
    return bad_request("unsupported_content", message, param="content")
