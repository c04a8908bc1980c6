"""Names in the lines of counter and case records, and under a letter's closing.

* A visitor by the name and an honorific or a title, then the visit (``齋藤 太郎殿来庁``, ``高橋氏来庁``,
  ``鬼頭課長来庁``), where Sudachi reads the honorific and the visit as one word.
* The member of staff who signs a record, after the sign-off label and their section
  (``記録者：福祉相談課 四十物　紗希``, ``対応：税務課 一戸 悠真``, ``担当 春日井光``).
* A member of staff in brackets with their section (``障害福祉課（遠藤）``, ``対応者：一戸光（保険年金課）``), a name
  with the age in brackets (``▽瑞宝双光章　高橋心愛（83）元保護司``).
* The writer of a letter or a mail, alone on the line under its closing (``よろしく おねがいします。``, ``Thank you.``,
  ``Regards,``) or under a signature's ``--``: romanized (``NGUYEN VAN NAM``), katakana in parts
  (``ラム　バハドゥル　グルン``) or kanji in two words (``一戸 美咲``).

A kanji name is kept where the lexicon knows its family name or its given name after the space; a romanized one where
it is no abbreviation or product and not all English words.
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_text import a_thing, latin_person
from gateway.privacy.recognizers.person_words import (
    TITLES,
    has_family_name_entry,
    kanji_name_known,
    known_word,
    word_not_name,
)

Span = tuple[int, int, float]
_KANJI = r"[\u3005\u4e00-\u9fff]"
_KANJI_NAME = rf"{_KANJI}{{1,4}}[ \u3000]{_KANJI}{{1,3}}|{_KANJI}{{2,6}}"
_TITLE = "|".join(sorted(TITLES, key=len, reverse=True))
_VISITED = re.compile(
    rf"(?:^|(?<=[\s、。]))(?P<name>{_KANJI_NAME})(?:殿|氏|様|さん|{_TITLE})(?=来庁|来所|来訪|来館|より|から)",
    re.MULTILINE,
)
_SIGNED_OFF = re.compile(
    r"(?:記録者|対応者?|担当者?|作成者?|記入者|受付者?|文責|聴取者)[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?:\S{{1,16}}(?:課|係|室|センター|所|部|局)[ \t\u3000]+)?(?P<name>{_KANJI_NAME})[ \t\u3000]*$",
    re.MULTILINE,
)
# a member of staff in brackets after the section, or the section in brackets after them (障害福祉課（遠藤）,
# 担当：今（納税課）); a name with the age in brackets, as a list of the honoured writes it (高橋心愛（83）元保護司)
_BRACKETED = re.compile(
    rf"(?:課|係|センター)[（(](?P<staff>{_KANJI}{{1,4}})[)）]"
    rf"|(?:担当|対応|記録|受付)者?[ \t\u3000]*[:：]?[ \t\u3000]*"
    rf"(?P<assigned>{_KANJI}{{1,4}}(?:[ \u3000]{_KANJI}{{1,3}})?)"
    r"[（(][^()（）\n]{1,12}(?:課|係|室)[)）]"
    rf"|(?<![\u3005\u4e00-\u9fff])(?P<aged>{_KANJI}{{3,6}})[（(][0-9]{{1,3}}(?:歳)?[)）]"
)
_CLOSING = re.compile(
    r"(?:お?願い(?:いた|致)?します|おねがい\s?(?:いた)?します|(?i:thank you|thanks|regards|sincerely|best wishes))"
    r"[。.!！,、]?[ \t\u3000]*\n(?:[ \t\u3000]*\n)*(?:[ \t\u3000]*--[ \t]*\n)?[ \t\u3000]*"
    r"(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3}"
    r"|[\u30a1-\u30fa\u30fc]{2,10}(?:[ \u3000・][\u30a1-\u30fa\u30fc]{1,10}){1,3}"
    rf"|{_KANJI}{{1,4}}[ \u3000]{_KANJI}{{1,3}})[ \t\u3000]*(?=\n|$)"
)
_DIRECTIONS = frozenset("東西南北中")
_SCORE = 0.75


def record_names(text: str) -> list[Span]:
    """(start, end, score) of each visitor, signing member of staff and letter's writer (see the module docstring)."""
    out = [(m.start("name"), m.end("name"), _SCORE) for pattern in (_VISITED, _SIGNED_OFF)
           for m in pattern.finditer(text) if kanji_name_known(m.group("name"))]
    for m in _BRACKETED.finditer(text):
        group = m.lastgroup or "aged"
        name = m.group(group)
        if (has_family_name_entry(name) and name not in _DIRECTIONS) if group == "staff" else kanji_name_known(name):
            out.append((m.start(group), m.end(group), _SCORE))
    for m in _CLOSING.finditer(text):
        if _signs(m.group("name")):
            out.append((m.start("name"), m.end("name"), _SCORE))
    return out


def _signs(name: str) -> bool:
    """A writer's name under a closing: romanized, no abbreviation or product and not all English words; kanji the
    lexicon knows (``kanji_name_known``); katakana with no more than half its words common nouns (not
    システム・サポート・チーム; ラム　バハドゥル　グルン is a name)."""
    if name.isascii():
        parts = name.split()
        return not a_thing(parts) and latin_person(name) and not all(map(word_not_name, parts))
    if re.match(_KANJI, name):
        return kanji_name_known(name)
    parts = re.split("[ \u3000・]", name)
    return 2 * sum(map(known_word, parts)) <= len(parts)
