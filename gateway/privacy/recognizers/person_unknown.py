"""Short names the dictionary does not know as names, vouched for by what follows them.

* an honorific: ちゃん/くん after a short word (``幹ちゃん``), 様/さん after one kanji or hiragana (``南様``,
  ``ゆいさん``), and a one-kanji name that Sudachi fused with its 様 into one token;
* an age, a school year or a birth date in brackets after hiragana (``ともや（3年）``, ``妹ゆい（5歳）``);
* です alone on a line after a greeting or a time stamp (``こんにちは、七夏です。``).

Lone names vouched for by where they stand are in person_context.py, which also holds the shared line helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from gateway.privacy.recognizers.person_context import (
    AGE_BRACKET,
    NOT_LONE,
    RELATIONS,
    TIMESTAMP,
    Span3,
    is_lone_name,
    line_prefix,
    text_of,
)
from gateway.privacy.recognizers.person_words import KANJI, KATAKANA, words

# a short word before ちゃん/くん/さん that is no name: お兄ちゃん, 赤ちゃん, お客さん, 皆さん
_NOT_BEFORE_HONORIFIC = words(
    "皆 客 奥 兄 姉 弟 妹 母 父 娘 孫 嫁 婿 赤 坊 爺 婆 ばあ じい にい ねえ 医者 大家 隣 親御 旦那 "
    "息子 担当 業者 店員 運転手 駅員 職員 先生 師匠 板前 大工 八百屋 魚屋 花屋 床屋 本屋 薬屋 お隣 主人 "
    "奥様 番 坊っ 王子 姫 神 仏 殿 皆様 各位 関係者"
)
_GREETING = re.compile(
    "(?:こんにちは|こんばんは|おはようございます|はじめまして|初めまして|お疲れ様です|お世話になっております|失礼します)"
    "[、。!！ 　]*$"
)
_KANA_NAME = re.compile(r"[\u3041-\u3096]{2,5}|[\u30a1-\u30fa\u30fc]{2,8}|[\u3005\u4e00-\u9fff]{1,4}")
_KANA_RUN = re.compile(r"[\u3041-\u3096]{2,5}|[\u30a1-\u30fa\u30fc]{2,8}")
_COMMON = ("数詞", "サ変可能", "形状詞可能", "助数詞可能", "副詞可能", "サ変形状詞可能")
_HIRAGANA_NAME = re.compile(r"[\u3041-\u3096]{2,5}")
_NOT_STEM = frozenset("仕模態有左今多一異同各皆奥殿王神仏姫客貴母父兄姉様若嬢坊婆爺")
_MERGED = re.compile("(?<![\u3005\u4e00-\u9fff])([\u4e00-\u9fff])様")


def hiragana_child_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """Character spans of hiragana names before an age or a school year: ともや（3年）, 妹ゆい（5歳）."""
    text = text_of(doc)
    for m in AGE_BRACKET.finditer(text):
        start = m.start()
        run = _KANA_RUN.search(text, max(0, start - 8), start)
        while run is not None and run.end() != start:
            run = _KANA_RUN.search(text, run.start() + 1, start)
        if run is None:
            continue
        s = run.start()
        before = text[s - 1] if s > 0 else "\n"
        if text[s:start].endswith(("さん", "くん", "ちゃん", "さま")) or text[max(0, s - 4) : start].endswith(
            tuple(RELATIONS)
        ):
            continue
        if not re.match(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]", before) and (
            not KANJI.fullmatch(before) or text[max(0, s - 3) : s].endswith(tuple(RELATIONS))
        ):
            yield s, start


def chat_greeting(doc: Doc) -> Iterator[Span3]:
    """A short name alone before です at the start of a line (七夏です。): not one dictionary word."""
    text = text_of(doc)
    pos = text.find("です")
    while pos >= 0:
        span = doc.char_span(pos, pos + 2)
        pos = text.find("です", pos + 2)
        if span is None or span.start == 0:
            continue
        i = span.start
        end = i
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].tag_.startswith(("名詞", "接頭辞")):
            start -= 1
        name = doc[start:end]
        if start == end:
            continue
        greeted = _GREETING.search(line_prefix(doc, start)) is not None
        if not greeted and TIMESTAMP.fullmatch(line_prefix(doc, start)) is None:
            continue
        sentence_end = i + 1 >= len(doc) or doc[i + 1].text in ("。", "!", "！", "\n") or doc[i].whitespace_
        plain = any(t.tag_.endswith(_COMMON) and "人名" not in t.tag_ for t in name)
        if greeted and sentence_end and _KANA_NAME.fullmatch(name.text) and name.text not in NOT_LONE and not plain:
            yield start, end, 0.6
            continue
        known = any("人名" in t.tag_ for t in name)
        odd = len(name) >= 2 and not any(t.tag_.endswith(_COMMON) for t in name)
        if sentence_end and 2 <= len(name.text) <= 4 and KANJI.fullmatch(name.text) and (known or odd):
            yield start, end, 0.6


def honorific_base(doc: Doc, start: int, hon: Token) -> float | None:
    """Base score of a short word before ちゃん/くん (幹ちゃん) or a one-kanji word before 様/さん (南様)."""
    word = doc[start : hon.i].text
    if word in _NOT_BEFORE_HONORIFIC or (start > 0 and doc[start - 1].text in ("お", "ご", "御")):
        return None
    if hon.text in ("ちゃん", "くん") and (
        KANJI.fullmatch(word) or _HIRAGANA_NAME.fullmatch(word) or KATAKANA.fullmatch(word)
    ):
        return 0.55 if len(word) <= 4 else None
    if len(word) == 1 and hon.i - start == 1 and is_lone_name(doc[start]):
        return 0.55
    if hon.text in ("さん", "様") and _HIRAGANA_NAME.fullmatch(word) and not word.startswith(("お", "みな", "みん")):
        return 0.55
    return None


def merged_honorific(doc: Doc) -> Iterator[int]:
    """Start of each one-kanji name in a token that swallowed its honorific (南様)."""
    for m in _MERGED.finditer(text_of(doc)):
        tok = doc.char_span(m.start(), m.end())
        if (
            tok is not None
            and len(tok) == 1
            and tok[0].tag_ == "名詞-普通名詞-一般"
            and m.group(1) not in NOT_LONE | _NOT_STEM
        ):
            yield m.start()
