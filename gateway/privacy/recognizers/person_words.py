"""Word lists, character classes and token tests that decide which tokens can belong to a person name.

Sudachi tags known family and given names ``名詞-固有名詞-人名-姓/名``; honorifics follow the name; titles,
organisation words and form labels look like names but are not part of one.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Token
from sudachipy import Dictionary


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# prefectures and words of a romanized address (MITO, Ibaraki; TSUKUBA, Ibaraki Prefecture): no given names
PLACE_WORDS = words(
    "hokkaido aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama chiba tokyo kanagawa niigata "
    "toyama ishikawa fukui yamanashi nagano gifu shizuoka aichi mie shiga kyoto osaka hyogo nara wakayama tottori "
    "shimane okayama hiroshima yamaguchi tokushima kagawa ehime kochi fukuoka saga nagasaki kumamoto oita miyazaki "
    "kagoshima okinawa japan prefecture pref city shi ken machi cho"
)
# an office's romanized words (Hello Kashiwa Shiyakusho, Hi Fukushi Seisaku Ka team): no name after a cue holds one
OFFICE_WORDS = words(
    "shiyakusho yakusho yakuba kuyakusho shiyakuba center office team section")  # not Ka, Bu (Wong Ka Yan)
VOWEL = re.compile("[AEIOUYaeiouy]")  # a name's romanized word has a vowel; an abbreviation (NHK, UT) often none
KANJI = re.compile(r"[\u3005\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
NAME_CHARS = re.compile(r"[\u3005\u4e00-\u9fff\uf900-\ufaff\u30a1-\u30fa\u30fc\U00020000-\U0003ffff]+")
HONORIFICS = frozenset({"様", "さま", "さん", "氏", "殿", "君", "くん", "ちゃん", "先生"})
TITLES = words(
    "市長 副市長 町長 村長 区長 知事 副知事 議員 議長 委員 委員長 部長 次長 課長 "
    "課長補佐 係長 室長 所長 局長 主任 主査 主事 参事 理事 理事長 社長 会長 校長 "
    "園長 院長 教授 准教授 医師 弁護士 税理士 保健師 看護師 職員 担当 担当者 代表 担任 副担任 主治医"
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
# what ends an organisation, a place or a closing, or says where someone is (兄（県立高等学校在籍）)
NOT_A_NAME = re.compile(
    r"(?:課|部|局|室|係|市|町|村|区|県|会|社|所|院|園|校|センター|以上|御中|各位)$"
    r"|学校|高校|大学|在籍|在住|勤務|入院|入所|施設|市外|市内|県外|同居|別居|死亡|不明|なし|"
    r"主婦|会社員|学生|生徒|児童|無職|要介護|要支援|自営|年金|パート|アルバイト|電話|郵送|窓口|"
    r"メール|FAX|来所|来庁|訪問|^(?:本人|代理人|同上|未定|全員|家族|親族|保護者|担当者?|職員|本人確認)$")
_PLACE_OR_BODY_END = re.compile("[課部局室係市町村区県会社所院園校]$")  # also how 木村, 阿部, 田所, 花園 end
NOT_WORDS = ("助詞", "助動詞", "補助記号", "空白", "接尾辞")
# a relative, as a household's record labels a member (元夫, 長女, 祖母, 孫)
RELATIVE = "(?:元?夫|元?妻|長男|長女|次男|次女|二男|二女|三男|三女|四男|四女|母|父|息子|娘|祖母|祖父|兄|姉|弟|妹|孫)"
SECTION_END = ("課", "係", "室", "センター", "所", "署", "担当", "チーム")  # how a section's name ends
# a romanized word in the syllables of Japanese, one syllable after the other: an optional consonant (or ky, sh, ch,
# ts …) and a vowel; a syllabic n; the first half of a double consonant (kk, tt, ss, pp, tch); m before b, p or m
# (Homma); h lengthening o (Ohno)
SYLLABLES = re.compile(
    r"(?:(?:[kgsztdnhbpmrwfjy]|sh|ch|ts|[kgnhbpmr]y)?[aiueo]|n(?![aiueoy])|[kstp](?=[kstpc])|m(?=[bpm])"
    r"|(?<=o)h(?![aiueoy]))+",
    re.IGNORECASE,
)

# how a label naming a person ends (申請者, 同居家族, 母, 氏名, ふりがな, 保護者自署; not 法人): the value after it is
# a person's name whatever its words
PERSON_LABEL_END = "者|(?<!法)人|家族|[母父妻夫]|氏名|名前|ふりがな|本人|児童|生徒|自署|署名"


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


@cache
def _lexicon() -> Dictionary:
    return Dictionary(dict="core")


@lru_cache(maxsize=8192)  # bounded: a gateway runs for months on every word of every text
def has_family_name_entry(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a family name (石川, 関, 今, 星), whatever the tokenizer chose here."""
    return any(m.part_of_speech()[2:4] == ("人名", "姓") for m in _lexicon().lookup(word))


def not_a_name(name: str) -> bool:
    """NOT_A_NAME matches ``name``, unless only by a last character that ends family names too, on a last word the
    lexicon holds as a family name and never as a common noun (木村, 阿部, 中村 太郎; not 支部, 西部, 本村)."""
    if NOT_A_NAME.search(name) is None:
        return False
    last = name.split()[-1] if name.strip() else name
    return not (_PLACE_OR_BODY_END.search(last) and len(last) >= 2 and NOT_A_NAME.search(name[:-1]) is None
                and family_never_word(last))


@lru_cache(maxsize=8192)
def family_never_word(word: str) -> bool:
    """The lexicon holds ``word`` as a family name and never as a common noun (木村, 松尾, 千葉; not 西部, 本村)."""
    entries = [m.part_of_speech() for m in _lexicon().lookup(word)]
    return any(pos[2:4] == ("人名", "姓") for pos in entries) and not any(pos[1] == "普通名詞" for pos in entries)


@lru_cache(maxsize=8192)
def has_given_name_entry(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a given name (一郎, 彩, 春江), whatever else it holds."""
    return any(m.part_of_speech()[2:4] == ("人名", "名") for m in _lexicon().lookup(word))


@lru_cache(maxsize=8192)
def has_name_entry(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a family or a given name (いがらし, チヒロ), not only as a word."""
    return any(m.part_of_speech()[2:4] in (("人名", "姓"), ("人名", "名")) for m in _lexicon().lookup(word))


@lru_cache(maxsize=8192)
def place_name(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a place (長岡市, 小山市), whatever else it holds."""
    return any(m.part_of_speech()[2] == "地名" for m in _lexicon().lookup(word))


@lru_cache(maxsize=8192)
def word_not_name(word: str) -> bool:
    """Sudachi's lexicon knows the lower-cased Latin ``word`` only as a word, a product or a place (open, data, york,
    chrome), never as a name (maria, lee): unknown words are no such words."""
    entries = _lexicon().lookup(word.lower())
    return bool(entries) and not any(m.part_of_speech()[2] == "人名" for m in entries)


@lru_cache(maxsize=8192)
def proper_noun_only(word: str) -> bool:
    """Sudachi's lexicon knows the lower-cased Latin ``word`` only as a proper noun, a town's or a name (santos,
    flores): a family name after an initial; never a common word (army, table), another part of speech (yes, please),
    a country (korea) nor only a brand's or a product's name (toyota, google, password)."""
    entries = [m.part_of_speech() for m in _lexicon().lookup(word.lower())]
    return (bool(entries) and all(pos[1] == "固有名詞" and pos[3] != "国" for pos in entries)
            and any(pos[2] != "一般" for pos in entries))


@lru_cache(maxsize=8192)
def common_word(word: str) -> bool:
    """Sudachi's lexicon knows the lower-cased Latin ``word`` only as a common noun (switch, engineer, form, power):
    a thing's or a job's word, never a name part."""
    entries = _lexicon().lookup(word.lower())
    return bool(entries) and all(m.part_of_speech()[1] == "普通名詞" for m in entries)


_LONGEST_NAME = 24  # characters: ルイスフェルナンドタナカ has 12
_NOT_NOUNS = frozenset({"動詞", "形容詞", "副詞", "助動詞", "助詞", "接続詞", "感動詞", "連体詞", "形状詞"})


@lru_cache(maxsize=8192)
def known_word(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` as a common noun or a place, whatever else it holds (駅, 公民館, 馬場): a
    word that ends a facility's or a place's name, not a given name after a family name."""
    return any(m.part_of_speech()[1] == "普通名詞" or m.part_of_speech()[2] == "地名" for m in _lexicon().lookup(word))


@lru_cache(maxsize=8192)
def function_word(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` only as a verb, an adjective, an adverb or another word that is no noun
    (とても, もえる, ゆっくり): never a name."""
    entries = _lexicon().lookup(word)
    return bool(entries) and all(m.part_of_speech()[0] in _NOT_NOUNS for m in entries)


def in_lexicon(word: str) -> bool:
    """Sudachi's lexicon holds ``word`` at all."""
    return bool(_lexicon().lookup(word))


def name_word(word: str) -> bool:
    """The lexicon does not know ``word``, or knows it as a name: a family or a given name, or a foreign name that is
    no common noun too (ソウザ, ビリャヌエバ; not サービス, which it also lists as a name): a part of a name written
    in kana."""
    if unknown_word(word) or has_name_entry(word):
        return True
    entries = _lexicon().lookup(word)
    return any(m.part_of_speech()[2] == "人名" for m in entries) and not any(
        m.part_of_speech()[1] == "普通名詞" for m in entries)


def joined_kana_name(run: str) -> bool:
    """A katakana run that splits into a family name and a given name the lexicon holds as one (モリ|サトル,
    ニシムラ|アキオ: a family name it does not know, or knows only as a proper noun, before it; not セブン|イレブン nor
    ヤマダ|デンキ, whose second part is no given name; never a word of the lexicon, アルバ|イト)."""
    if known_word(run):
        return False
    for k in range(2, len(run) - 1):
        family, given = run[:k], run[k:]
        if has_given_name_entry(given) and (
                has_family_name_entry(family) or not in_lexicon(family) or kana_proper_noun(family)):
            return True
    return False


@lru_cache(maxsize=8192)
def kana_proper_noun(word: str) -> bool:
    """Sudachi's lexicon holds the kana ``word`` as a proper noun that is no place and no organisation, and not as a
    common noun (サクマ, シライシ; not サービス): in a person's field, a name."""
    entries = _lexicon().lookup(word)
    return any(m.part_of_speech()[1] == "固有名詞" and m.part_of_speech()[2] not in ("地名", "組織")
               for m in entries) and not any(m.part_of_speech()[1] == "普通名詞" for m in entries)


def kanji_name_known(name: str) -> bool:
    """A kanji name the lexicon vouches for: the family name, or the given name after the space, in two words; the
    family name in its first two or three characters and a rest that is a given name or no word of the lexicon, in
    one (高橋心愛, not 高田公民館, 上田駅); never a place that is no family name too (高田馬場; 青木 is both) nor a word
    NOT_A_NAME matches."""
    if not_a_name(name) or (place_name(name) and not has_family_name_entry(name)):
        return False
    parts = name.split()
    if len(parts) == 2:
        return (has_family_name_entry(parts[0]) or has_name_entry(parts[1])) and _given_after(parts[1])
    return has_family_name_entry(name) or any(
        has_family_name_entry(name[:k]) and _given_after(name[k:]) for k in (2, 3) if len(name) > k)


def _given_after(rest: str) -> bool:
    """What follows a family name is a given name: no word of the lexicon, or a name of two characters or more (太郎,
    美咲; 城 of 熊本城 is a word first)."""
    return not known_word(rest) or (len(rest) >= 2 and has_name_entry(rest))


@lru_cache(maxsize=8192)
def unknown_word(word: str) -> bool:
    """Sudachi's lexicon has no entry for ``word`` and no common noun of four characters or more inside it: a
    katakana run the tokenizer kept whole that is most often a foreign or kana-written name (チャンヴァンフン,
    ゴトウユイ), not a loanword compound (デイサービス, グループホーム) or a word it knows (パート, ヘルパー)."""
    if len(word) > _LONGEST_NAME or _lexicon().lookup(word):
        return False  # a run longer than any name is no name (and its substrings would take quadratic time)
    return not any(
        any(m.part_of_speech()[1] == "普通名詞" for m in _lexicon().lookup(word[i:j]))
        for i in range(len(word) - 3)
        for j in range(i + 4, len(word) + 1)
    )


def load_lexicon() -> None:
    """Open the lexicon now (before workers fork, so its pages are shared)."""
    _lexicon()


def proper_noun_in(doc: Doc, start: int, end: int) -> bool:
    """Sudachi tags a word of text[start:end] as a proper noun, knows no word of a katakana run there (ゴトウユイ), or
    has a family-name entry for the one kanji word there (原, 星); not システム テスト, 交通安全 or 電話."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    unknown = (len(t.text) >= 3 and KATAKANA.fullmatch(t.text) is not None and unknown_word(t.text) for t in span)
    return (
        any("固有名詞" in t.tag_ for t in span)
        or any(unknown)
        or (len(span) == 1 and KANJI.fullmatch(span.text) is not None and has_family_name_entry(span.text))
    )


def family_or_given_in(doc: Doc, start: int, end: int) -> bool:
    """A word of text[start:end] is tagged a family or given name, or its first word has a family-name entry
    (関颯: Sudachi tags 関 a common noun here); not 東京電力."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (any("人名" in t.tag_ for t in span) or has_family_name_entry(span[0].text))
