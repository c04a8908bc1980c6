"""Addresses written in English order, as foreign residents and mail from abroad write them (the parts of a Japanese
address in romanized words, smallest first): ``2-3-4 Sakuragaoka, Tsukuba-shi, Ibaraki``,
``Sunny Heights 203, 1-5-12 Aoba, Aoba-ku, Sendai-shi, Miyagi``, ``4-1 Chuo 2-chome, Mito City, Ibaraki Prefecture``.

The street number (two groups or more joined by dashes, or a number of 丁目 as ``2-chome``; never a date) comes
first, maybe after a building and its room; then the 町域 in the syllables of Japanese (no prefecture: ``3-2 Tokyo,
Osaka`` is a score) and comma-separated place words, of which one is a municipality or a ward (``-shi``, ``-ku``,
``-cho``, ``-machi``, ``-mura``, ``-gun``, ``City``, ``Ward``, ``Town``), or three with a prefecture last. The
postal code and ``Japan`` after it are not part of it (the postal code is its own finding). A 町域 may also stand
before the number (``Yanagihara 2-15-4, Mito-shi, Ibaraki``).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import PLACE_WORDS, SYLLABLES

Span = tuple[int, int, float]
_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?"
_BUILDING = (r"(?:(?:Room|Rm\.?|Apt\.?|Apartment|Unit|No\.?|#)[ ]?[0-9]{1,4}[A-Z]?,?[ ]+"
             rf"|{_WORD}(?: {_WORD}){{0,3}} [0-9]{{1,4}}[A-Z]?,[ ]+)?")
_STREET = r"[0-9]{1,4}(?:-[0-9]{1,4}){1,3}|[0-9]{1,2}-chome(?: [0-9]{1,4}(?:-[0-9]{1,4}){0,2})?"
_ENGLISH_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9\-])(?P<address>{_BUILDING}(?P<street>{_STREET}),?[ ]+(?P<town>{_WORD})(?: [0-9]{{1,2}}-chome)?"
    rf"(?:,[ ]?{_WORD}(?: {_WORD})?){{1,4}})"
)
_WORD_BEFORE = re.compile(r"[A-Za-z][ \t]*$")
_TOWN_BEFORE = re.compile(rf"(?<![A-Za-z0-9\-])(?P<town>{_WORD})[ ]$")  # Yanagihara 2-15-4, Mito-shi
_DATE = re.compile(r"[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]$")
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
        town = m.group("town").split("-")[0]
        if _DATE.match(m.group("street")) or town.lower() in PLACE_WORDS or not SYLLABLES.fullmatch(town.lower()):
            continue  # 2024-04-01 Tokyo, 3-2 Tokyo, Osaka; Grade 5-6 Students, …: no 町域 after the number
        # a building or a room before the number, three groups, or no word before it: not a score (Score 2-1 Kashima,
        # Urawa, Saitama)
        numbered = (m.start("street") > m.start("address") or m.group("street").count("-") >= 2
                    or not _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()))
        prefecture_last = len(parts) >= 3 and parts[-1].split()[0].lower() in PLACE_WORDS
        if _MUNICIPAL.search(address) or (numbered and prefecture_last):
            start = m.start("address")
            out.append((_town_first(text, start) if start == m.start("street") else start,
                        start + address.rfind(parts[-1]) + len(parts[-1]), _SCORE))
    return out


def _town_first(text: str, start: int) -> int:
    """Where the address begins when its 町域 is written before the street number, in the syllables of Japanese
    (``Yanagihara 2-15-4, Mito-shi``), else ``start``."""
    before = _TOWN_BEFORE.search(text, max(0, start - 24), start)
    if before is None or not SYLLABLES.fullmatch(before.group("town").split("-")[0].lower()):
        return start
    return before.start("town")
