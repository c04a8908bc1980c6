"""Token counts when the upstream reports none: a broken stream, a client that left, an old api-version.

The text is counted with the model's own encoding (`o200k_base` for the gpt-4o, 4.1, o and 5 families,
`cl100k_base` for older chat models and embeddings), from vocabularies shipped inside the bpe-openai
package: nothing is downloaded at run time. A `Tally` lives as long as its request, like the vault, and
holds the masked request and the answer text seen so far; only counts leave it.

Long text is counted in pieces cut at whitespace (the encoder refuses more than 200,000 tokens at once).
Media are not text: an image part counts a fixed 85 tokens (what one low-detail image costs), audio and
base64 `data:` URLs count nothing, and an embeddings input given as token ids counts one per id.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import bpe_openai

from gateway.exchange import Usage

_DEFAULT_ENCODING = "o200k_base"
_PER_MESSAGE = 3  # tokens the chat format adds around each message (OpenAI's published rule of thumb)
_REPLY_PRIMER = 3
_NOT_TEXT = frozenset({"model", "role", "type", "stream", "stream_options", "id", "tool_call_id", "encoding_format",
                       "input_audio", "file_data", "audio"})
_IMAGE_PARTS = frozenset({"image_url", "input_image"})
IMAGE_TOKENS = 85  # one image at low detail; a high-detail image costs more, so this is a lower bound
_PIECE = 20_000  # characters per encode: at most a few tokens each, far below the encoder's limit


@functools.cache
def encoding(model: str) -> bpe_openai.Encoding:
    """The model's encoding, loaded once per process (o200k_base for a model bpe-openai does not know)."""
    try:
        name = bpe_openai.encoding_name_for_model(model)
    except KeyError:
        name = _DEFAULT_ENCODING
    return bpe_openai.get_encoding(name)


def count(model: str, text: str) -> int:
    """Tokens of `text` for `model`; special-token look-alikes in the text count as plain text."""
    enc = encoding(model)
    return sum(len(enc.encode(piece, disallowed_special=())) for piece in pieces(text))


def pieces(text: str, size: int = _PIECE) -> Iterator[str]:
    """`text` in pieces of at most `size` characters, cut after whitespace where there is some."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind(" "), window.rfind("\n"), window.rfind("\u3000"))
        end = start + (cut + 1 if cut > size // 2 else size)
        yield text[start:end]
        start = end
    yield text[start:]


class Tally:
    """The text behind one exchange's usage: the request as sent upstream, and the answer as it arrives."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.answer: list[str] = []
        self.texted = False  # a stream event has carried text

    def add(self, payload: dict[str, Any]) -> None:
        """Take the answer text of one stream event (chat chunk or Responses delta)."""
        start = len(self.answer)
        self._add(payload)
        if not self.texted:
            self.texted = any(self.answer[start:])

    def _add(self, payload: dict[str, Any]) -> None:
        if isinstance(delta := payload.get("delta"), str) and str(payload.get("type", "")).endswith(".delta"):
            self.answer.append(delta)
            return
        for choice in payload.get("choices") or ():
            if isinstance(choice, dict) and isinstance(delta := choice.get("delta"), dict):
                if len(delta) == 1 and isinstance(content := delta.get("content"), str):  # most chunks: text only
                    if not content.startswith("data:"):
                        self.answer.append(content)
                else:
                    self.answer.extend(_strings(delta))

    def add_whole(self, payload: dict[str, Any]) -> None:
        """Take the answer text of a whole (non-streamed) answer."""
        for choice in payload.get("choices") or ():
            if isinstance(choice, dict):
                self.answer.extend(_strings(choice.get("message")))
        self.answer.extend(_strings(payload.get("output")))

    def estimate(self, model: str, *, embeddings: bool) -> Usage:
        """Usage counted from the text, marked `estimated`."""
        messages = self.body.get("messages")
        prompt = count(model, "\n".join(_strings(self.body))) + IMAGE_TOKENS * _images(self.body)
        if isinstance(messages, list):
            prompt += _PER_MESSAGE * len(messages) + _REPLY_PRIMER
        if embeddings:
            prompt += _token_ids(self.body.get("input"))
        completion = 0 if embeddings else count(model, "".join(self.answer))
        return Usage(prompt_tokens=prompt, completion_tokens=completion, estimated=True)


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value that the model reads as text (not names, roles, ids, media or data URLs)."""
    if isinstance(value, str):
        if not value.startswith("data:"):
            yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict) and value.get("type") not in _IMAGE_PARTS:
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _strings(item)


def _images(value: Any) -> int:
    """How many image parts a request holds."""
    if isinstance(value, list):
        return sum(_images(item) for item in value)
    if isinstance(value, dict):
        if value.get("type") in _IMAGE_PARTS:
            return 1
        return sum(_images(item) for item in value.values())
    return 0


def _token_ids(value: Any) -> int:
    """Token ids in an embeddings input given as a list of ids, or a list of such lists."""
    if isinstance(value, list):
        return sum(1 if isinstance(v, int) and not isinstance(v, bool) else _token_ids(v) for v in value)
    return 0
