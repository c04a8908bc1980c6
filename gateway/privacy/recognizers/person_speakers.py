"""Speakers named at the start of their line, where the family name is all the cue: a chat's (``[一戸] 住所は…``,
``17:00 一戸：…``, ``【小野】では…``) and minutes' speakers named with a section head's title (``○森田環境保全課長``).

The other speaker rules read tokens (person_context.py), a chat's known names (person_text.py), minutes' titles
(person_cues.py) or romanized names (person_romanized.py).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import NOT_A_NAME, common_word, has_family_name_entry, place_name

Span = tuple[int, int, float]
_SCORE = 0.75
# a speaker of minutes named with a section and its head's title: ○森田環境保全課長, ○村上消防本部警防課長
_MINUTES_SECTION_HEAD = re.compile(
    r"^[○◯〇](?P<head>[\u3005\u4e00-\u9fff]{2,3}[\u4e00-\u9fff]{1,14}(?:課|部|局|室|所|署|センター|館))"
    r"(?:長|次長|課長補佐|参事|主幹)(?=[ \u3000（(])", re.MULTILINE)
DIRECTIONS = frozenset({"東部", "西部", "南部", "北部", "中部"})
# a chat's speaker by a family name the lexicon knows: in brackets (【小野】では…, [一戸] 住所は…), after a time
# (17:00 一戸：…), or before a colon in a chat (一戸: …) where Sudachi reads the name as a number (一|戸)
_CHAT_SPEAKER = re.compile(
    r"^[ \t]*(?P<time>[\[(【]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])】]?[ \t]*)?"
    r"(?:[【\[［](?P<bracketed>[\u3005\u4e00-\u9fff]{1,4})[】\]］]"
    r"|(?P<name>[\u3005\u4e00-\u9fff]{1,4})[ \t]*[:：][ \t\u3000]*(?=[^\s0-9０-９]))", re.MULTILINE)


def chat_speakers(text: str) -> list[Span]:
    """Speakers of a chat whose family name the lexicon knows; in square brackets or before a colon only after a time
    or in a chat (two speaker lines or more), not a field's label or a news line's place (千葉：120件, [石川] 大雨…)."""
    found = [m for m in _CHAT_SPEAKER.finditer(text)
             if has_family_name_entry(name := m.group("bracketed") or m.group("name"))
             and not NOT_A_NAME.search(name) and not common_word(name)]  # not [中央] 会場案内
    chat = len(found) >= 2
    return [(m.start(g), m.end(g), _SCORE) for m in found for g in ("bracketed", "name")
            if m.group(g) and (chat or m.group("time") or text[m.start(g) - 1] == "【"
                               or (g == "bracketed" and not place_name(m.group(g))))]  # not [石川] 大雨警報…


def section_heads(text: str) -> list[Span]:
    """The family name of a speaker of minutes named with a section and a head's title (○森田環境保全課長), where the
    lexicon knows its first two or three characters as a family name and no word: not ○健康福祉部長, ○西部支所長."""
    out = []
    for m in _MINUTES_SECTION_HEAD.finditer(text):
        head = m.group("head")
        for k in (3, 2):
            name = head[:k]
            if len(head) - k >= 3 and has_family_name_entry(name) and not common_word(name) and name not in DIRECTIONS:
                out.append((m.start("head"), m.start("head") + k, _SCORE))
                break
    return out
