"""Family names written alone right before a title, with no honorific: 石川係長, 関副市長, 市民病院の今医師.

Sudachi often tags such a name as a place (石川, 関), a common noun (星, 平, 砂金) or an adverb (今) in this
position, so the name is recognised by its dictionary entries instead: the word has a family-name entry
(``名詞-固有名詞-人名-姓``, JAPANESE_PII.md 氏名) among the readings Sudachi's lexicon holds for it. The title
may be cut into several tokens (係|長, 相談|支援|専門員, 福祉|部長).

Not a name: a prefix (前課長, 新部長, 元市長, 同課長), a place before a head of its office (つくば市長: 市長,
町長, 村長, 区長 and 知事 take only a word Sudachi tags as a person), a word glued to the noun before it
(福祉課長, 市民病院長).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc
from sudachipy import Dictionary

from gateway.privacy.recognizers.person_words import KANJI, ORG_WORDS, TITLES, words

SCORE = 0.75
_TITLE_WORDS = TITLES | words(
    "副市長 副町長 副村長 署長 副署長 支店長 店長 館長 副館長 監督 コーチ 教諭 教頭 副校長 主任 主幹 "
    "保健師 看護師 医師 歯科医師 薬剤師 相談員 支援員 専門員 指導員 調査員 補佐 課長補佐 審議官 "
    "会長 副会長 委員長 副委員長 議長 副議長 代表理事 事務局長 センター長 主治医 先生"
)
# titles that end a compound: 福祉部長, 相談支援専門員, 教育長
_TITLE_ENDS = ("部長", "課長", "係長", "室長", "所長", "局長", "専門員", "支援員", "相談員", "師")
_PLACE_TITLES = words("市長 町長 村長 区長 知事")
_PREFIXES = words("前 元 新 現 同 本 旧 次 副 総 各 両 故 全 当 初代 歴代 次期 代表 担当 筆頭 専任 主任 歴 上")
_BOUNDARY_TAGS = ("補助記号", "助詞", "助動詞", "空白", "接続詞", "名詞-普通名詞-副詞可能")
_MAX_TITLE_TOKENS = 3


@cache
def _lexicon() -> Dictionary:
    return Dictionary(dict="core")


@cache
def has_family_name_entry(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a family name (石川, 関, 今, 星), whatever the tokenizer chose here."""
    return any(m.part_of_speech()[2:4] == ("人名", "姓") for m in _lexicon().lookup(word))


def load() -> None:
    """Open the lexicon now (before workers fork, so its pages are shared)."""
    _lexicon()


def _title_after(doc: Doc, i: int) -> str | None:
    """The title written from token ``i`` on (up to three tokens, no space inside), or None."""
    text = ""
    for j in range(i, min(len(doc), i + _MAX_TITLE_TOKENS)):
        if j > i and doc[j - 1].whitespace_:
            return None
        if not doc[j].tag_.startswith(("名詞", "接尾辞")):
            return None
        text += doc[j].text
        if text in _TITLE_WORDS or (j > i and text.endswith(_TITLE_ENDS)):
            return text
    return None


def _free_before(doc: Doc, i: int) -> bool:
    """Nothing glued before token ``i``: the document's start, a space or line break, punctuation, a particle."""
    if i == 0 or doc[i - 1].whitespace_:
        return True
    return doc[i - 1].tag_.startswith(_BOUNDARY_TAGS)


def titled_surnames(doc: Doc) -> Iterator[tuple[int, int, float]]:
    """Token spans of family names written alone before a title (see the module docstring)."""
    for i, tok in enumerate(doc[:-1]):
        text = tok.text
        if (
            not tok.tag_.startswith("名詞")
            or tok.whitespace_ not in ("", " ", "\u3000")
            or KANJI.fullmatch(text) is None
            or len(text) > 4
            or text in _PREFIXES
            or text in _TITLE_WORDS
            or text in ORG_WORDS
            or not _free_before(doc, i)
        ):
            continue
        title = _title_after(doc, i + 1)
        if title is None:
            continue
        person = "人名" in tok.tag_
        if title in _PLACE_TITLES and not person:
            continue
        if person or has_family_name_entry(text):
            yield i, i + 1, SCORE
