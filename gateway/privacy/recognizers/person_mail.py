"""Names a mail states by its form, in any script: the display name before an address in a header or a quoted
reply's attribution (``From: "ｶﾀｷﾞﾘ ﾅｵ" <…@…>``, ``> 2025/11/28 9:12、シライシマサト <…@…>:``, ``To: BIKASH SHRESTHA
<…>``; not a brand's before a service's mailbox: ``"メルカリ" <no-reply@…>``), a header's list of names, each
maybe after its section (``CC: 秋葉勝、戸田達郎、志賀　真理``, ``CC: 福祉政策課 高橋、介護保険課 佐藤``), and a line
that holds only a name and an honorific, as a letter or a reply opens (``> カタギリナオ 様``).

The name must be shaped like a person's: kana one of whose words is a name or no word, kanji the lexicon reads as a
name and not only as a common noun (石川 is a place and a family name), a kanji family name and a kana given name, or
Latin words that may be a name; never a section, an office, a company, a facility, a mailing list or an office's
holder (``"市民課" <…>``, ``Tsukuba City Support <…>``, ``ケアハウス さくら 様``, ``ご担当者様``,
``松本市議会議長　様``).
"""

from __future__ import annotations

import re

from gateway.privacy.recognizers.person_text import latin_person
from gateway.privacy.recognizers.person_words import (
    HONORIFICS,
    TITLES,
    function_word,
    has_family_name_entry,
    kanji_name_known,
    known_word,
    name_word,
    not_a_name,
    word_not_name,
)

Span = tuple[int, int, float]
_SCORE = 0.75
_ADDRESS = r"<[^<>\s@]{1,64}@[^<>\s]{1,255}>"
# after a header's label, a date's 、 or a list's comma, maybe in quotes, right before the address
_NAME_END_CHAR = r"[^\s\"<>@:：、,;]"
_DISPLAY_NAME = re.compile(
    rf"(?:^|(?<=[:：、,;]))[ \t\u3000]*\"?(?P<name>{_NAME_END_CHAR}[^\"<>@\n:：、,;]{{0,38}}?{_NAME_END_CHAR})\"?"
    rf"[ \t\u3000]*(?P<address>{_ADDRESS})",
    re.MULTILINE,
)
# a mailbox of an office, a shop or a service (no-reply@, info@, support@), and a display name of one word in
# katakana or Latin letters before it: a brand's, not a person's (メルカリ, Amazon)
_ROLE_MAILBOX = re.compile(
    r"<(?i:info|no-?reply|do-?not-?reply|support|admin|news|notice|notification|contact|service|mail|magazine|order|"
    r"shop|system|webmaster|postmaster|help|desk|office|customer|member|account|security|event|press|sales)"
    r"[0-9]*@")
_BRAND = re.compile(r"[\u30a1-\u30fa\u30fc]+|[A-Za-z][A-Za-z0-9'\-]*")
# a line of a name and an honorific only, maybe in a quoted reply
_SALUTATION = re.compile(
    r"^(?:>[ \t]*)*[ \t\u3000]*(?P<name>[^\s<>@:：、。,;\"]{2,12}(?:[ \u3000][^\s<>@:：、。,;\"]{1,12})?)"
    r"[ \t\u3000]*(?:様|さま|さん|殿)[ \t\u3000]*$",
    re.MULTILINE,
)
# a header's list of recipients without addresses (CC: 秋葉勝、戸田達郎、志賀　真理)
_HEADER_LIST = re.compile(
    r"^(?:>[ \t]*)*(?:From|To|Cc|CC|Bcc|BCC|差出人|送信者|宛先|宛名)[ \t]*[:：][ \t]*(?P<list>[^\n<>@]{2,200})$",
    re.MULTILINE,
)
_ITEM = re.compile(r"[^、,;；]+")
# the section before a name in the list (福祉政策課 高橋)
_SECTION_FIRST = re.compile(r"[ \t\u3000]*[\u3005\u4e00-\u9fff]{1,10}(?:課|係|室|部|局|所|センター)[ \t\u3000]+")
_HONORIFIC_END = re.compile(r"[ \t\u3000]*(?:様|さま|さん|殿|氏)$")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+(?:[ \u3000][\u3041-\u3096\u30a1-\u30fa\u30fc]+)?")
_KANJI = re.compile(r"[\u3005\u4e00-\u9fff]{1,4}(?:[ \u3000]?[\u3005\u4e00-\u9fff]{1,4})?")
_KANJI_KANA = re.compile(r"(?P<family>[\u3005\u4e00-\u9fff]{1,4})[ \u3000][\u3041-\u3096\u30a1-\u30fa\u30fc]{2,6}")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){1,2}")
# what a mailbox that is no person calls itself
_NOT_A_PERSON = re.compile(
    r"(?i:support|info|team|office|city|center|centre|service|admin|desk|news|noreply|no-reply|notice|system)"
    r"|市役所|役場|役所|事務局|窓口|お知らせ|通知|担当|係|株式会社|有限会社|法人|協会|組合|センター|サービス|サポート"
    # a facility's or a shop's katakana word (ケアハウス さくら 様, ヘルパーステーション 様), never a foreign
    # name's part (ウッドハウス, クラブトリー, グループマン)
    r"|ケアハウス|グループホーム|ケアプラン|デイケア|ヘルパー|ステーション|クリニック|ショップ|ストア|スクール|サロン|ハイツ"
    r"|マンション|ホテル")


_TITLES = (*TITLES, *HONORIFICS)


def mail_names(text: str) -> list[Span]:
    """(start, end, score) of each display name before an address or in a header's list, and each name alone before
    an honorific."""
    out = []
    for pattern in (_DISPLAY_NAME, _SALUTATION):
        for m in pattern.finditer(text):
            name = m.group("name").strip(" \t\u3000")
            if pattern is _DISPLAY_NAME and _ROLE_MAILBOX.match(m.group("address")) and _BRAND.fullmatch(name):
                continue  # "メルカリ" <no-reply@…>; "四月一日 君尋" <mail@…> is still a person
            if name and person_shaped(name):
                start = m.start("name") + m.group("name").index(name)
                out.append((start, start + len(name), _SCORE))
    for m in _HEADER_LIST.finditer(text):
        for item in _ITEM.finditer(m.group("list")):
            section = _SECTION_FIRST.match(item.group())
            name = _HONORIFIC_END.sub("", item.group()[section.end() if section else 0 :]).strip(" \t\u3000")
            if name and person_shaped(name):
                start = m.start("list") + item.start() + item.group().index(name)
                out.append((start, start + len(name), _SCORE))
    return out


def person_shaped(name: str) -> bool:
    """The text may be a person's name on its own (see the module docstring)."""
    if _NOT_A_PERSON.search(name) or not_a_name(name) or name.endswith(_TITLES):
        return False  # 市民課, 松本市議会議長 様
    if _KANA.fullmatch(name):  # ﾆﾜ ﾏｻﾄ, アンジェリカ ビリャヌエバ: one part a name or no word is enough
        parts = name.split()
        return len(name.replace(" ", "").replace("\u3000", "")) >= 3 and not any(map(function_word, parts)) and any(
            name_word(part) or not known_word(part) for part in parts)
    if _KANJI.fullmatch(name):  # not 柏市 防災, 院長 先生; 石川, 松本 are places and family names
        joined = name.replace(" ", "").replace("\u3000", "")
        return kanji_name_known(name) and (has_family_name_entry(joined) or not known_word(joined))
    if (m := _KANJI_KANA.fullmatch(name)) is not None:
        return kanji_name_known(m.group("family"))
    if _LATIN.fullmatch(name):
        return latin_person(name) and not all(map(word_not_name, name.split()))
    return False
