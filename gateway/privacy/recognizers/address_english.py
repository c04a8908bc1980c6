"""Addresses written in English order, as foreign residents and mail from abroad write them (the parts of a Japanese
address in romanized words, smallest first): ``2-3-4 Sakuragaoka, Tsukuba-shi, Ibaraki``,
``Sunny Heights 203, 1-5-12 Aoba, Aoba-ku, Sendai-shi, Miyagi``, ``4-1 Chuo 2-chome, Mito City, Ibaraki Prefecture``.

The street number (two groups or more joined by dashes, or a number of 丁目 as ``2-chome``) comes first, maybe after
a building and its room; then two comma-separated place words or more, of which one is a municipality or a ward
(``-shi``, ``-ku``, ``-cho``, ``-machi``, ``-mura``, ``-gun``, ``City``, ``Ward``, ``Town``) or a prefecture. The
postal code and ``Japan`` after it are not part of it (the postal code is its own finding).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_english import PLACE_WORDS

Span = tuple[int, int, float]
_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?"
_BUILDING = (r"(?:(?:Room|Rm\.?|Apt\.?|Apartment|Unit|No\.?|#)[ ]?[0-9]{1,4}[A-Z]?,?[ ]+"
             rf"|{_WORD}(?: {_WORD}){{0,3}} [0-9]{{1,4}}[A-Z]?,[ ]+)?")
_STREET = r"[0-9]{1,4}(?:-[0-9]{1,4}){1,3}|[0-9]{1,2}-chome(?: [0-9]{1,4}(?:-[0-9]{1,4}){0,2})?"
_ENGLISH_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9\-])(?P<address>{_BUILDING}(?:{_STREET}),?[ ]+{_WORD}(?: [0-9]{{1,2}}-chome)?"
    rf"(?:,[ ]?{_WORD}(?: {_WORD})?){{1,4}})"
)
_MUNICIPAL = re.compile(r"-(?:shi|ku|cho|machi|mura|gun|ken)\b|\b(?:City|Ward|Town|Village|Prefecture)\b")
_SCORE = 0.8


def english_addresses(text: str) -> list[Span]:
    """(start, end, score) of each address written in English order (see the module docstring)."""
    out = []
    for m in _ENGLISH_ADDRESS.finditer(text):
        address = m.group("address")
        parts = [part.strip() for part in address.split(",")]
        while parts and parts[-1].lower() in ("japan", "jp"):
            parts.pop()
        places = [word.lower() for part in parts for word in re.split("[ -]", part)]
        if _MUNICIPAL.search(address) or any(word in PLACE_WORDS for word in places):
            out.append((m.start("address"), m.start("address") + address.rfind(parts[-1]) + len(parts[-1]), _SCORE))
    return out
