"""The restore phase: the request's values go back into the answer, whole or streamed.

Only the answer's own parts are touched (chat `choices`, Responses `output` and its events),
including tool-call arguments, refusals and Azure "On Your Data" citations. In a stream, text
that may be the start of a placeholder is held back until it is complete or proven not to be
one; everything else is released at once. Held-back text is released before the event that
ends its part (finish_reason, `.done`) or, at the latest, before the end of the stream.

With the response-side scan on (`answer_scan.py`), personal data the model produced itself is
hidden first, on the text as the upstream wrote it; streamed text is then scanned a clause at a
time.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

from gateway.privacy.answer_scan import AnswerScanner, Segments
from gateway.privacy.links import LinkAwareRestorer, restore_outside_links

# Streamed fields whose deltas concatenate into one text.
_JSON_DELTAS = frozenset({"response.function_call_arguments.delta", "response.mcp_call_arguments.delta"})
_INCREMENTAL = frozenset({"content", "refusal", "arguments", "reasoning_content", "transcript"})
_ANSWER_KEYS = ("choices", "output", "response", "item", "part")
_UNCHANGED_KEPT = 64


def restore_tree(node: Any, vault: Mapping[str, str], escaped: Mapping[str, str] | None = None) -> Any:
    """Every string in `node` with placeholders restored (a new tree; `node` is not changed).

    Tool-call `arguments` are JSON source: values go in JSON-escaped (`escaped`, computed when not
    given), so the arguments stay valid.
    """
    if not vault:
        return node
    in_json = json_escaped(vault) if escaped is None else escaped
    return _map_strings(node, lambda text, key: restore_outside_links(text, in_json if key == "arguments" else vault))


def json_escaped(vault: Mapping[str, str]) -> dict[str, str]:
    """The vault with each value escaped for use inside a JSON string."""
    return {k: json.dumps(v, ensure_ascii=False)[1:-1] for k, v in vault.items()}


async def scan_tree(node: Any, scanner: AnswerScanner | None) -> Any:
    """Every string in `node` with personal data the model produced hidden (a new tree)."""
    if scanner is None:
        return node
    texts: list[str] = []
    _map_strings(node, lambda text, _key: texts.append(text))
    scanned = iter(await scanner.scan(texts))
    return _map_strings(node, lambda _text, _key: next(scanned))


async def finish_answer(payload: Any, vault: Mapping[str, str], scanner: AnswerScanner | None) -> Any:
    """A whole (non-streamed) answer: scanned, then the request's values put back."""
    if not isinstance(payload, dict) or not (vault or scanner):
        return payload
    answer = {k: v for k, v in payload.items() if k in _ANSWER_KEYS}
    return {**payload, **restore_tree(await scan_tree(answer, scanner), vault)}


def _map_strings(node: Any, fn: Callable[[str, Any], Any], key: Any = None) -> Any:
    """A new tree with `fn(string, key it sits under)` in place of every string."""
    if isinstance(node, str):
        return fn(node, key)
    if isinstance(node, list):
        return [_map_strings(v, fn) for v in node]
    if isinstance(node, dict):
        return {k: _map_strings(v, fn, k) for k, v in node.items()}
    return node


def _has_text(node: Any) -> bool:
    """Whether `node` holds a string anywhere."""
    if isinstance(node, str):
        return True
    if isinstance(node, dict):
        return any(_has_text(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_text(v) for v in node)
    return False


class _Channel:
    """One streamed text (a choice's content, a tool call's arguments, a Responses part)."""

    def __init__(self, vault: Mapping[str, str], scanner: AnswerScanner | None) -> None:
        self.restorer = LinkAwareRestorer(vault) if vault else None  # no placeholders: nothing to put back
        self.scanner = scanner
        self.segments = Segments() if scanner else None

    async def feed(self, text: str) -> str:
        if self.segments is not None and self.scanner is not None:
            text = self.segments.feed(text)
            if not text:
                return ""
            text = (await self.scanner.scan([text]))[0]
        return self.restorer.feed(text) if self.restorer is not None else text

    async def flush(self) -> str:
        tail = ""
        if self.segments is not None and self.scanner is not None and (rest := self.segments.flush()):
            tail = (await self.scanner.scan([rest]))[0]
        if self.restorer is None:
            return tail
        return self.restorer.feed(tail) + self.restorer.flush()


class StreamedAnswer:
    """Scans and restores one streamed answer, event by event (chat chunks or Responses events)."""

    def __init__(self, vault: Mapping[str, str], scanner: AnswerScanner | None) -> None:
        self.vault = vault
        self.scanner = scanner
        self._channels: dict[tuple[Any, ...], _Channel] = {}
        self._last: dict[str, Any] = {}  # the last chunk (or Responses delta event): what a held-back tail is sent in
        self._escaped = json_escaped(vault)  # values as they go into JSON source (tool arguments)
        self._unchanged: set[bytes] = set()  # parts (as JSON) that scanning and restoring left as they were
        self.released = False  # some streamed text has been let through

    async def event(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        """The payloads to send for one upstream payload (a held-back tail may come first)."""
        kind = payload.get("type")
        if isinstance(kind, str) and kind.startswith("response."):
            return await self._responses_event(kind, payload)
        return await self._chat_chunk(payload)

    async def end(self) -> list[dict[str, Any]]:
        """Whatever is still held back when the stream ends, as payloads to send before `[DONE]`."""
        out = []
        for key in list(self._channels):
            out.extend(await self._flush(key))
        return out

    async def _complete(self, node: Any) -> Any:
        """`node` scanned and restored whole. Most chunks repeat the same parts around their delta (an index,
        Azure's content filter results): a part already seen to come out unchanged is not scanned again (nor
        walked: its JSON, encoded in C, is looked up first)."""
        if not isinstance(node, str | dict | list):
            return node
        seen = msgspec.json.encode(node)
        if seen in self._unchanged:
            return node
        done = restore_tree(await scan_tree(node, self.scanner), self.vault, self._escaped) if _has_text(node) else node
        if done == node and len(self._unchanged) < _UNCHANGED_KEPT:
            self._unchanged.add(seen)
        return done

    # -- chat completions ---------------------------------------------------------------------
    async def _chat_chunk(self, payload: dict[str, Any]) -> list[dict[str, Any]]:
        choices = payload.get("choices")
        if not isinstance(choices, list):
            return [payload]
        self._last = payload
        after: list[dict[str, Any]] = []
        restored = []
        for choice in choices:
            if not isinstance(choice, dict):
                restored.append(choice)
                continue
            index = choice.get("index", 0)
            delta = await self._delta((index,), choice.get("delta"))
            rest = dict(choice)
            rest.pop("delta", None)
            rest = await self._complete(rest)
            if rest.get("finish_reason") is not None:
                tails = [p for key in [k for k in self._channels if k[0] == index] for p in await self._flush(key)]
                if tails:  # this chunk's text, then what was held back, then the finish
                    restored.append({**rest, "delta": delta, "finish_reason": None})
                    after.extend([*tails, {**self._chat_envelope(), "choices": [{**rest, "delta": {}}]}])
                    continue
            restored.append({**rest, "delta": delta} if "delta" in choice else rest)
        return [{**payload, "choices": restored}, *after]

    async def _delta(self, key: tuple[Any, ...], node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for name, value in node.items():
                if isinstance(value, str) and name in _INCREMENTAL:
                    out[name] = await self._feed((*key, name), value)
                else:
                    out[name] = await self._delta((*key, name), value)
            return out
        if isinstance(node, list):
            # tool_calls are keyed by their own "index", not their position in this chunk
            return [await self._delta((*key, item.get("index", i) if isinstance(item, dict) else i), item)
                    for i, item in enumerate(node)]
        return await self._complete(node) if isinstance(node, str) else node

    def _chat_envelope(self) -> dict[str, Any]:
        return {k: self._last[k] for k in ("id", "object", "created", "model") if k in self._last}

    # -- Responses API ------------------------------------------------------------------------
    async def _responses_event(self, kind: str, payload: dict[str, Any]) -> list[dict[str, Any]]:
        # Every "*.delta" event streams a text that its "*.done" event completes
        # (output text, refusals, function arguments, reasoning summaries, audio transcripts …).
        part = (payload.get("item_id"), payload.get("output_index"), payload.get("content_index"))
        if kind.endswith(".delta") and isinstance(payload.get("delta"), str):
            self._last = payload
            return [{**payload, "delta": await self._feed((kind, *part), payload["delta"])}]
        before = await self._flush((kind.removesuffix(".done") + ".delta", *part)) if kind.endswith(".done") else []
        return [*before, await self._complete(payload)]

    # -- held-back text -----------------------------------------------------------------------
    async def _feed(self, key: tuple[Any, ...], text: str) -> str:
        channel = self._channels.get(key)
        if channel is None:
            json_source = key[-1] == "arguments" or key[0] in _JSON_DELTAS
            vault = self._escaped if json_source else self.vault
            channel = self._channels[key] = _Channel(vault, self.scanner)
        out = await channel.feed(text)
        self.released = self.released or bool(out)
        return out

    async def _flush(self, key: tuple[Any, ...]) -> list[dict[str, Any]]:
        channel = self._channels.pop(key, None)
        tail = await channel.flush() if channel else ""
        if not tail:
            return []
        self.released = True
        if isinstance(key[0], str):  # a Responses delta event, re-sent with the tail
            kind, item_id, output_index, content_index = key
            event = {**copy.deepcopy(self._last), "type": kind, "delta": tail, "item_id": item_id,
                     "output_index": output_index, "content_index": content_index}
            return [{k: v for k, v in event.items() if v is not None}]
        return [{**self._chat_envelope(), "choices": [{"index": key[0], "delta": _nest(key[1:], tail),
                                                "finish_reason": None}]}]


def _nest(path: tuple[Any, ...], text: str) -> Any:
    """A delta holding `text` at `path` (("content",) or ("tool_calls", 0, "function", "arguments"))."""
    if not path:
        return text
    head, rest = path[0], path[1:]
    if head == "tool_calls" and rest:
        return {"tool_calls": [{"index": rest[0], **_nest(rest[1:], text)}]}
    return {head: _nest(rest, text)}
