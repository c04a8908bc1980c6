"""Word lists, character classes and token tests that decide which tokens can belong to a person name.

Sudachi tags known family and given names ``名詞-固有名詞-人名-姓/名``; honorifics follow the name; titles,
organisation words and form labels look like names but are not part of one.
"""

from __future__ import annotations

import re

from spacy.tokens import Token


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


KANJI = re.compile(r"[\u3005\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
NAME_CHARS = re.compile(r"[\u3005\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fc\U00020000-\U0003ffff]+")
HONORIFICS = frozenset({"様", "さま", "さん", "氏", "殿", "君", "くん", "ちゃん", "先生"})
TITLES = words(
    "市長 副市長 町長 村長 区長 知事 副知事 議員 議長 委員 委員長 部長 次長 課長 "
    "課長補佐 係長 室長 所長 局長 主任 主査 主事 参事 理事 理事長 社長 会長 校長 "
    "園長 院長 教授 准教授 医師 弁護士 税理士 保健師 看護師 職員 担当 担当者 代表"
)
# a word right after the name that makes it an organisation, facility or place (佐藤病院, 山田市)
ORG_WORDS = words(
    "市 区 町 村 県 郡 都 府 道 駅 病院 医院 クリニック 大学 学校 小学校 "
    "中学校 高校 高等学校 幼稚園 保育園 保育所 銀行 信用金庫 会社 株式会社 商店 "
    "工務店 事務所 法律事務所 ビル 公園 通り 川 橋 山 地区 団地 神社 寺 店 財団 "
    "法人 組合 協会 センター 研究所 ホール 会館 記念館 賞 式"
)
# context words that vouch for an unknown name written right after them, as in a form (氏名：…)
FORM_WORDS = words(
    "氏名 名前 お名前 申請者 相談者 保護者 世帯主 届出人 被保険者 代表者 契約者 申込者 "
    "フリガナ ふりがな カナ 口座名義 名義 名義人"
)
NOT_WORDS = ("助詞", "助動詞", "補助記号", "空白", "接尾辞")


def is_name(tok: Token) -> bool:
    """A family or given name Sudachi knows (not a romanized one)."""
    return bool(tok.tag_.startswith("名詞-固有名詞-人名")) and not tok.text.isascii()


def is_katakana(tok: Token) -> bool:
    return KATAKANA.fullmatch(tok.text) is not None


def is_honorific(tok: Token) -> bool:
    return tok.text in HONORIFICS and (tok.tag_.startswith("接尾辞") or tok.text == "先生")


def name_like(tok: Token) -> bool:
    """A noun written in kanji or katakana that could be part of an unknown name."""
    return (
        tok.tag_.startswith("名詞")
        and tok.text not in TITLES
        and tok.text not in ORG_WORDS
        and tok.text not in FORM_WORDS
        and NAME_CHARS.fullmatch(tok.text) is not None
    )
