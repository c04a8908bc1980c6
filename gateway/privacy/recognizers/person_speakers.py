"""Speakers named at the start of their line, where the family name is all the cue: a chat's (``[一戸] 住所は…``,
``17:00 一戸：…``, ``【小野】では…``), minutes' speakers named with a section head's title (``○森田環境保全課長``) or
alone (``○相川　…``), and those the chair calls on (``吉田市長。``).

The other speaker rules read tokens (person_context.py), a chat's known names (person_text.py), minutes' titles
(person_cues.py) or romanized names (person_romanized.py).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_words import common_word, has_family_name_entry, not_a_name, place_name

Span = tuple[int, int, float]
_SCORE = 0.75
# a speaker of minutes named with a section and its head's title: ○森田環境保全課長, ○村上消防本部警防課長
_MINUTES_SECTION_HEAD = re.compile(
    r"^[○◯〇](?P<head>[\u3005\u4e00-\u9fff]{2,3}[\u4e00-\u9fff]{1,14}(?:課|部|局|室|所|署|センター|館))"
    r"(?:長|次長|課長補佐|参事|主幹)(?=[ \u3000（(])", re.MULTILINE)
# a speaker of minutes by the family name alone, a space before what they said (○相川　介護保険の…)
_MINUTES_NAME = re.compile(r"^[○◯](?P<name>[\u3005\u4e00-\u9fff]{1,4})[ \u3000](?=\S)", re.MULTILINE)
_ROLE_END = tuple("長員局課係部室会官者司")  # ○議長, ○事務局, ○委員, ○司会
# the chair calling on the next speaker of minutes, by the name and the post (吉田市長。, 次に、13番、四月一日楓議員。)
_NOMINATED = re.compile(
    r"^[ \t\u3000]*(?:次に、?)?(?P<seat>[0-9]{1,3}番、?)?(?P<name>[\u3005\u4e00-\u9fff]{1,5}?)"
    r"(?:副?市長|町長|村長|教育長|議員|副?委員長|委員|部長|課長|局長)。[ \t\u3000]*$", re.MULTILINE)
_SECTION_END = tuple("部課局室所係")
DIRECTIONS = frozenset({"東部", "西部", "南部", "北部", "中部"})
# a chat's speaker by a family name the lexicon knows: in brackets (【小野】では…, [一戸] 住所は…), after a time
# (17:00 一戸：…), or before a colon in a chat (一戸: …) where Sudachi reads the name as a number (一|戸)
_CHAT_SPEAKER = re.compile(
    r"^[ \t]*(?P<time>[\[(【]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])】]?[ \t]*)?"
    r"(?:[【\[［]{1,2}(?P<bracketed>[\u3005\u4e00-\u9fff]{1,4})[】\]］]{1,2}"
    r"|(?P<name>[\u3005\u4e00-\u9fff]{1,4})[ \t]*[:：][ \t\u3000]*(?=[^\s0-9０-９]))", re.MULTILINE)
# a chat export's header line: the time and the speaker alone, the message on the lines below (9:22 吉田⏎…)
_TIMED_HEADER = re.compile(
    r"^[ \t]*(?:[0-9]{4}[/-][0-9]{1,2}[/-][0-9]{1,2}[ \t]+)?[\[(【]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])】]?[ \t]+"
    r"(?P<name>[\u3005\u4e00-\u9fff]{1,4})[ \t]*$\n(?=.)(?![ \t]*[\[(【]?[0-9]{1,2}:[0-9]{2})",
    re.MULTILINE)
_SPEECH = re.compile(r"です|ます|でした|ました|ください|[？?]|^[ \t]*[@＠>]")
_TIME_LINE_END = re.compile(r"[0-9]{1,2}:[0-9]{2}[^\n]{0,12}\n$")  # the line before is a timetable's too


def chat_speakers(text: str) -> list[Span]:
    """Speakers of a chat whose family name the lexicon knows; in square brackets (single or doubled) or before a colon
    only after a time or in a chat (two speaker lines or more), not a field's label or a news line's place
    (千葉：120件, [石川] 大雨…); alone after a time on a chat export's header line, the message below it (9:22 吉田⏎…;
    not a timetable's stops: 8:15 大宮⏎8:32 上野)."""
    found = [m for m in _CHAT_SPEAKER.finditer(text)
             if has_family_name_entry(name := m.group("bracketed") or m.group("name"))
             and not not_a_name(name) and not common_word(name)]  # not [中央] 会場案内
    chat = len(found) >= 2
    timed = [m for m in _TIMED_HEADER.finditer(text)
             if has_family_name_entry(m.group("name")) and not not_a_name(m.group("name"))
             and not common_word(m.group("name"))
             and not _TIME_LINE_END.search(text, max(0, m.start() - 24), m.start())]
    # a place alone after a time is where to meet (10:00 大宮⏎大宮駅東口に集合) unless the text is a chat or the line
    # below is someone speaking (9:22 吉田⏎はい、わかります)
    headers = [(m.start("name"), m.end("name"), _SCORE) for m in timed
               if len(timed) + len(found) >= 2 or not place_name(m.group("name"))
               or _SPEECH.search(_line_from(text, m.end()))]
    return headers + [(m.start(g), m.end(g), _SCORE) for m in found for g in ("bracketed", "name")
                      if m.group(g) and (chat or m.group("time") or text[m.start(g) - 1] == "【"
                                         or (g == "bracketed" and not place_name(m.group(g))))]  # not [石川] 大雨警報…


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


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


def minutes_speakers(text: str) -> list[Span]:
    """Speakers of minutes by the family name alone (○相川　…), two such lines or more, each kept where the lexicon
    knows a family name and it is no role (○議長　, ○事務局　) nor a word (○質疑　), and what follows is said, not an
    area's report (○上田　上田支所管内の状況, ○水戸　晴れ: a place's name again, or a place without a sentence)."""
    found = list(_MINUTES_NAME.finditer(text))
    if len(found) < 2:
        return []
    out = []
    for m in found:
        said = text[m.end() : len(text) if (end := text.find("\n", m.end())) < 0 else end]
        if (has_family_name_entry(name := m.group("name")) and not name.endswith(_ROLE_END)
                and not not_a_name(name) and not common_word(name) and name not in DIRECTIONS
                and name not in said and (not place_name(name) or "。" in said)):
            out.append((m.start("name"), m.end("name"), _SCORE))
    return out


def nominated_speakers(text: str) -> list[Span]:
    """Members and officials the chair of minutes calls on by name and post (吉田市長。, 13番、四月一日楓議員。), kept
    where the lexicon knows the family name or a seat number stands before it; not a section's head (福祉部長。)."""
    return [(m.start("name"), m.end("name"), _SCORE) for m in _NOMINATED.finditer(text)
            if not (name := m.group("name")).endswith(_SECTION_END) and not not_a_name(name)
            and not common_word(name) and name not in DIRECTIONS
            and (m.group("seat") or has_family_name_entry(name) or has_family_name_entry(name[:2]))]
