"""Token counts when the upstream reports none: a broken stream, a client that left, an old api-version.

The text is counted with the model's own encoding (`o200k_base` for the gpt-4o, 4.1, o and 5 families,
`cl100k_base` for older chat models and embeddings), from vocabularies shipped inside the bpe-openai
package: nothing is downloaded at run time. A `Tally` lives as long as its request, like the vault, and
holds the masked request and the answer text seen so far; only counts leave it.
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
_NOT_TEXT = frozenset({"model", "role", "type", "stream", "stream_options", "id", "tool_call_id", "encoding_format"})


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
    return len(encoding(model).encode(text, disallowed_special=()))


class Tally:
    """The text behind one exchange's usage: the request as sent upstream, and the answer as it arrives."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.answer: list[str] = []

    def add(self, payload: dict[str, Any]) -> None:
        """Take the answer text of one stream event (chat chunk or Responses delta)."""
        if isinstance(delta := payload.get("delta"), str) and str(payload.get("type", "")).endswith(".delta"):
            self.answer.append(delta)
            return
        for choice in payload.get("choices") or ():
            if isinstance(choice, dict) and isinstance(choice.get("delta"), dict):
                self.answer.extend(_strings(choice["delta"]))

    def add_whole(self, payload: dict[str, Any]) -> None:
        """Take the answer text of a whole (non-streamed) answer."""
        for choice in payload.get("choices") or ():
            if isinstance(choice, dict):
                self.answer.extend(_strings(choice.get("message")))
        self.answer.extend(_strings(payload.get("output")))

    def estimate(self, model: str, *, embeddings: bool) -> Usage:
        """Usage counted from the text, marked `estimated`."""
        messages = self.body.get("messages")
        prompt = count(model, "\n".join(_strings(self.body)))
        if isinstance(messages, list):
            prompt += _PER_MESSAGE * len(messages) + _REPLY_PRIMER
        completion = 0 if embeddings else count(model, "".join(self.answer))
        return Usage(prompt_tokens=prompt, completion_tokens=completion, estimated=True)


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value that the model reads (not model names, roles, types or ids)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _strings(item)
