"""The vault of one request: which placeholder stands for which value.

Placeholders are ``<TYPE_N>``, numbered per type in order of first appearance, so a conversation
resent with its history gets the same numbers every turn. The same value written differently
(full-width or half-width, with or without hyphens or spaces) gets the same placeholder. Numbers
that the request's own text already uses in a placeholder-like form are skipped, so a user's
``<PERSON_1>`` can never be mistaken for one of ours. The vault lives in memory for one request
only: it is never stored, logged or shared.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

from gateway.privacy.normalize import normalize_value

# After NFKC, anything a restorer could read as TAG_N: "<PERSON_1>", "person 1", "PERSON＿１", "PHONE\_NUMBER\_1".
# Linear on any input: a word, then up to three separators and the digits (a lazy pattern here was
# quadratic on long runs of letters).
_LOOKALIKE = re.compile(r"[A-Za-z][A-Za-z0-9_\\]*(?:[\s_\\]{1,3}[0-9]+)?")
_TRAILING_NUMBER = re.compile(r"[0-9]+\Z")
_NUMBER_LIKE = re.compile(r"[0-9()+\-\s]+")


class Vault:
    """Placeholder allocation for one request."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._taken: set[tuple[str, int]] = set()
        for text in texts:
            self.reserve(text)
        self._by_value: dict[tuple[str, str], str] = {}
        self._values: dict[str, str] = {}
        self._next: defaultdict[str, int] = defaultdict(lambda: 1)

    def reserve(self, text: str) -> None:
        """Mark the placeholder-like numbers in a client's text as not ours to issue."""
        folded = unicodedata.normalize("NFKC", text)
        if "_" not in folded and not any(map(str.isdigit, folded)):
            return
        for match in _LOOKALIKE.finditer(folded):
            word = match.group()
            if (number := _TRAILING_NUMBER.search(word)) is not None:
                tag = word[: number.start()].rstrip("_ \t\n\\").replace("\\", "").upper()
                self._taken.add((tag, int(number.group())))

    def placeholder(self, entity: str, value: str) -> str:
        """The placeholder for `value`, issuing a new one the first time it is seen."""
        key = (entity, _canonical(value))
        if (known := self._by_value.get(key)) is not None:
            return known
        number = self._next[entity]
        while (entity, number) in self._taken:
            number += 1
        self._next[entity] = number + 1
        placeholder = f"<{entity}_{number}>"
        self._by_value[key] = placeholder
        self._values[placeholder] = value
        return placeholder

    @property
    def values(self) -> Mapping[str, str]:
        """Placeholder -> the value as the client first wrote it."""
        return self._values

    def __bool__(self) -> bool:
        return bool(self._values)


def _canonical(value: str) -> str:
    """One spelling per value: width and spaces never matter; hyphens only in numbers (090-1234-5678)."""
    folded = normalize_value(value).casefold()
    return folded.replace("-", "") if _NUMBER_LIKE.fullmatch(folded) else folded
