"""The other half of a name written with a space: the given name that is also a word, the family name before it.

Sudachi knows 武藤 as a family name but reads the 葵, 愛 or 凛 after it as words, and knows すみえ or たくや
but not the hiragana family name before them, so only half of ``氏名：武藤　葵`` or ``ふくだ　たくやさん`` was
found, and a half-masked name has leaked. A found half is completed by the word on its other side when:

* the two are separated by one space (or, for hiragana, written together), and
* the name then ends where names end: the end of the line, punctuation or a bracket, a colon (a chat
  speaker ``小野寺 愛:``), an honorific, or a time (``関　愛 9:10``), and
* the word is not a title, a role, a form label or a particle (``武藤 部長``, ``南 課長``).

Also here: hiragana names of two words before an honorific (``やまもと　ゆきおさん``), which Sudachi cuts
across the honorific.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from gateway.privacy.recognizers.person_words import (
    FORM_WORDS,
    HONORIFICS,
    TITLES,
    has_family_name_entry,
    has_name_entry,
    known_word,
    words,
)

Span = tuple[int, int, float]

_KANJI = r"[\u3005\u4e00-\u9fff]"
_HIRAGANA = r"[\u3041-\u3096]"
_KATAKANA = r"[\u30a1-\u30fa\u30fc]"
_FAMILY = re.compile(rf"{_KANJI}{{1,3}}")
_GIVEN = re.compile(rf"{_KANJI}{{1,3}}|{_HIRAGANA}{{2,4}}|{_KATAKANA}{{2,5}}")
_WORD_BEFORE = re.compile(rf"(?:{_KANJI}{{1,4}}|{_HIRAGANA}{{2,5}}|{_KATAKANA}{{2,6}})$")
_SPACE = " \u3000"
# where a name ends: line end, punctuation, bracket, colon, honorific, a chat time
_NAME_END = re.compile(
    r"[ \t\u3000]*(?:$|[、。,，．.（(「」)）:：/／|｜]|さん|様|さま|氏|殿|くん|君|ちゃん|先生|\d{1,2}:\d{2})",
    re.MULTILINE,
)
# what may stand right before a family name: the start of a line or of a field, the particle の
_FAMILY_START = frozenset("\n\t 　、。,（(「」)）:：/／|｜・の")
_NOT_HALF = TITLES | FORM_WORDS | HONORIFICS | words(
    "性別 男 女 続柄 年齢 住所 電話 番号 生年月日 本人 世帯主 長女 長男 次女 次男 妻 夫 母 父 "
    "様方 方 宛 宛て 御中 各位 一同 ほか 他 等 など 以上 まで から より "
    # what a staff memo writes after a name: 岡 架電、不在
    "架電 電話 不在 対応 確認 連絡 済 済み 受付 返信 折返し 折り返し 訪問 来庁 来所 相談 記録 記入 入力 報告"
)
_POST_END = ("長", "監", "者", "官", "員", "役", "課", "部", "局", "係", "室", "市", "町", "村", "区", "県")
_PARTICLES = "のはがをにともでへ"
_PARTICLE_END = re.compile(rf"[がはにとも](?!{_HIRAGANA})")  # 勝が翌朝: a particle, not the start of a word (はな)
_TITLED_RUN = re.compile(rf"{_KANJI}{{2,12}}")
_TITLE_ENDS = tuple(t for t in TITLES if len(t) >= 2)
# a kanji name whose given name was found in its first character only, and what may not follow it as its rest
_CUT_GIVEN = re.compile(rf"{_KANJI}{{1,3}}[ \u3000]{_KANJI}")
_NOT_GIVEN_REST = (*HONORIFICS, *TITLES, "宛", "方", "様方", "等", "他", "宅", "家", "氏")
_KANJI_REST = re.compile(rf"{_KANJI}{{1,2}}")
_KANA_GIVEN = re.compile(rf"{_KATAKANA}{{2,3}}(?!{_KATAKANA})")
_HIRAGANA_RUN_BEFORE = re.compile(rf"(?<!{_HIRAGANA}){_HIRAGANA}{{2,6}}$")
_HIRAGANA_ONLY = re.compile(rf"{_HIRAGANA}+")
_SPACED_HIRAGANA_NAME = re.compile(
    rf"(?<!{_HIRAGANA})(?P<name>{_HIRAGANA}{{2,6}}[ \u3000]{_HIRAGANA}{{2,5}})(?=さん|様|さま|氏|くん|ちゃん)"
)


def _a_half(word: str) -> bool:
    return word not in _NOT_HALF and not word.endswith(_POST_END)


def completed(text: str, spans: Iterable[Span], tag_of: Callable[[int, int], str]) -> Iterator[Span]:
    """The whole name for each found half that the word on its other side completes. ``tag_of(start, end)`` is
    Sudachi's tag of a one-token word ("" otherwise): a family name before a found given name must not be a
    common noun (``記録 関`` is a record by 関); a given name may be one (葵, みどり, 大和), but not a word that
    a memo writes after a name (``岡 架電``)."""
    for start, end, score in spans:
        value = text[start:end]
        if _FAMILY.fullmatch(value) and end + 1 < len(text) and text[end] in _SPACE:
            given = _given_after(text, end + 1)
            if given is not None and _a_half(text[end + 1 : given]):
                yield start, given, score
        elif _CUT_GIVEN.fullmatch(value) and (rest := _KANJI_REST.match(text, end)) is not None and (
                _ends_name(text, rest.end()) and not text.startswith(_NOT_GIVEN_REST, end)):
            yield start, rest.end(), score  # 張 子|涵, 鈴木 心|春: found to the middle of the given name
        if _FAMILY.fullmatch(value) and (kana := _KANA_GIVEN.match(text, end)) is not None and has_name_entry(
                kana.group()) and has_family_name_entry(value):
            yield start, kana.end(), score  # 芦田トメ, 葛西キク: a family name and a given name in katakana
        if not (_NAME_END.match(text, end) or text.startswith(_TITLE_ENDS, end)) or not _GIVEN.fullmatch(value):
            continue  # (秋葉 昌平主事: a title after the given name)
        if start >= 2 and text[start - 1] in _SPACE:
            family = _WORD_BEFORE.search(text, max(0, start - 8), start - 1)
            if (
                family is not None
                and (family.start() == 0 or text[family.start() - 1] in _FAMILY_START)
                and _a_half(family.group())
                and (_FAMILY.fullmatch(family.group()) or _same_script(family.group(), value))
                and not tag_of(family.start(), family.end()).startswith("名詞-普通名詞")
            ):
                yield family.start(), end, score
        elif _HIRAGANA_ONLY.fullmatch(value) and (run := _HIRAGANA_RUN_BEFORE.search(text, 0, start)) is not None:
            first = run.start() + (1 if run.group()[0] in _PARTICLES and len(run.group()) > 3 else 0)
            yield first, end, score


def _given_after(text: str, at: int) -> int | None:
    """The end of the given name that starts at ``at`` after a family name and a space: a word that ends where names
    end, a name the lexicon knows before a particle (``髙橋　勝が翌朝``), or before a title written on
    (``宮内 昌平都市整備部長``, ``柏木 一樹人事課長``)."""
    given = _GIVEN.match(text, at)
    if given is None:
        return None
    if _NAME_END.match(text, given.end()):
        return given.end()
    if has_name_entry(given.group()) and _PARTICLE_END.match(text, given.end()):
        return given.end()
    run = _TITLED_RUN.match(text, at)
    if run is not None:  # not 渡辺 広|報課長, 中村 学|校教育課長: the given name cuts no word
        word = run.group()
        for k in (3, 2, 1):
            if (len(word) > k and has_name_entry(word[:k]) and word[k:].endswith(_TITLE_ENDS)
                    and not known_word(word[k - 1 : k + 1])):
                return at + k
    return None


def _ends_name(text: str, at: int) -> bool:
    return at == len(text) or text[at] == "\t" or _NAME_END.match(text, at) is not None


def spaced_hiragana_names(text: str) -> Iterator[Span]:
    """Two hiragana words before an honorific: ``やまもと　ゆきおさん``, ``てるぬま なな様``."""
    for m in _SPACED_HIRAGANA_NAME.finditer(text):
        start, first = m.start("name"), m.group("name").split()[0]
        if first[0] in _PARTICLES and len(first) > 4:
            start += 1  # 近所のやまもと　ゆきおさん: the particle before the name
        yield start, m.end("name"), 0.75


def _same_script(a: str, b: str) -> bool:
    return bool(_HIRAGANA_ONLY.fullmatch(a)) == bool(_HIRAGANA_ONLY.fullmatch(b))
