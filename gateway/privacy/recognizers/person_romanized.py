"""Romanized Japanese names standing on their own in Japanese text: ``8:15 YAMADA Haruto（…）``, ``投稿者：ueda
chihiro``, ``From: hayashi nagisa <…>``, ``甥のYamato Ishikawa（…）``.

A romanized name is written in the syllables of the language (JAPANESE_PII.md, 氏名: Hepburn romanization, family
name first in capitals on official documents, long vowels dropped: Ito for いとう). A run of two or three Latin words
between Japanese characters is such a name when every word is a run of those syllables and Sudachi's lexicon knows
every word, read back into kana, as a family or given name, or knows one of them and the run stands as a value on
its own (after a label, a time or a list marker and before a bracket, a gap or the line's end; before an
honorific). English words rarely pass (``open data``: おぺん is no name; ``make run`` has no name; ``Hikari Denwaの``
is no value on its own), nor do place words (``Tsukuba Shi``) that are listed here. After a person's label or
before an honorific (``同居家族：``, ``母：``, ``… 様``) the words need not be known, unless the lexicon knows every one
of them only as a word. Also a given name's initial and a family name, anywhere (``T. Nishimura``, ``Y. Tanaka``,
``K. Cruz``, ``A.GURUNG``: a Japanese name, or a word the lexicon knows as no common word), and a known name
speaking alone in a chat after a time or in capitals (``[10:02] Suzuki: …``, ``TANAKA: …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product

from gateway.privacy.recognizers.address import ADDRESS_HEAD
from gateway.privacy.recognizers.person_text import a_thing, latin_person
from gateway.privacy.recognizers.person_words import (
    OFFICE_WORDS,
    PERSON_LABEL_END,
    PLACE_WORDS,
    SYLLABLES,
    VOWEL,
    has_name_entry,
    proper_noun_only,
    word_not_name,
    words,
)

SCORE = 0.75
# a run of Latin words between characters that are not Latin, digits or the marks of code, paths and addresses
_RUN = re.compile(
    r"(?<![A-Za-z0-9'\-_.@/#$%&`\\])(?P<run>[A-Za-z]{2,14}(?:[ \u3000][A-Za-z]{2,14}){1,2})"
    r"(?![A-Za-z0-9'\-_@/`=\\]|\.[A-Za-z0-9])"
)
_SENDER = re.compile(r"[ \t]*<[^<>\s@]+@")  # the name before a mail address: hayashi nagisa <n-h@example.jp>
# one romanized word speaking in a chat, the line going on in Japanese, after a time or in capitals ([10:02] Suzuki:
# OKです, TANAKA: 確認しました; not Chiba: 千葉県, Kaede: 検証サーバー)
_SPEAKER = re.compile(
    r"^[ \t]*(?P<time>\[?[0-9]{1,2}:[0-9]{2}\]?[ \t]*)?(?P<name>[A-Za-z]{2,14})[ \t]*[:：][ \t]*"
    r"(?=[^\n]{0,12}[\u3041-\u3096\u30a1-\u30fa\u3005\u4e00-\u9fff])",
    re.MULTILINE,
)
# a name in Latin letters set into a Japanese sentence, glued to its words (当時の市長HOANG VAN DUCと, 来日した
# Antonio Ferreiraが, 留学生Zhang Lingが, ・Wang Wei（水戸市在住）, 俳人であるbamba rinとは), any language's
_IN_SENTENCE = re.compile(
    r"(?:(?<=[\u3041-\u3096\u30a1-\u30fa\u3005\u4e00-\u9fff、：])|(?<=[\u3005\u4e00-\u9fff][:)])"
    r"|^[ \t\u3000]*(?P<bullet>[・●◆■*\-])[ \t\u3000]*)"
    r"(?P<name>[A-Za-z][a-z'\-]+(?: (?:van|von|der|de|da|dos|del|la|le|di|bin|binti))*(?: [A-Za-z][a-z'\-]+){1,3}"
    r"|[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){1,3})"
    r"(?=(?:と|が|は|の|を|に|も|で|へ|や|から|より|まで|です|さん|様|氏|市長|大使|教授|博士)"
    r"[\u3041-\u3096\u30a1-\u30fa\u3005\u4e00-\u9fff。、]|[（(。、])",
    re.MULTILINE,
)
_HONORIFIC_AFTER = re.compile("[ \t]?(?:さん|様|氏|殿|君|くん|ちゃん|先生)")
_CALLED_AFTER = re.compile("[ \t]?(?:から|に|へ)(?:電話|連絡|折り返し|メール)")  # PERERA Ruwanから電話
_CUE_BEFORE = re.compile(
    r"(?:^|[:：\t|｜]|[0-9]{1,2}:[0-9]{2}|^[ \t]*(?:[0-9]{1,3}(?:[.)．]|位)|[・*-]))[ \t\u3000]*$", re.MULTILINE
)
# after it: the line's end, a bracket, a gap, a number or an address, or the next field of the line (…　勤務先：)
_CUE_AFTER = re.compile(
    rf"[ \t]*(?:$|[（(<\t|｜、,]|\u3000|  )|[ \t](?=[0-9]|{ADDRESS_HEAD}|[^\s:：]{{1,8}}[:：])", re.MULTILINE)
# a given name's initial and the family name (T. Hayashi, C. KATO, Y. Tanaka, K. Cruz, A.GURUNG)
# (T. Sato's office, Y. Tanaka-Smith: a possessive or a second family name after it); not a list's letter before a
# brand or a place (Plan A. Toyota, Appendix B. Microsoft, Grade A. Kobe)
_INITIAL = re.compile(
    r"(?<![A-Za-z0-9.'\-])[A-Z]\.[ \t]?(?P<family>(?:[A-Z][a-z]{1,14}|[A-Z]{2,15})(?:-[A-Z][a-z]{1,14}|-[A-Z]{2,15})?)"
    r"(?=[^A-Za-z0-9'\-@]|'s(?![A-Za-z])|$)")
_LIST_LETTER = re.compile(r"(?<![A-Za-z])(?:Plan|Option|Appendix|Figure|Fig|Grade|Type|Class|Step|Part|Note|Table|Item)"
                          r"[ \t]*$")
# where a value is a person's name whatever its words: after a person's label (同居家族：, 母：, 通報者：, 氏名 ) or
# before an honorific
_PERSON_LABEL = re.compile(  # 加害者（夫）：, 相手：, 世帯員 (the analyzer's text has NFKC's ':' and '(')
    rf"(?:{PERSON_LABEL_END}|相手|世帯員|お子さん|[長次三]?[男女]|フリガナ)(?:\([^()\n]{{1,6}}\))?"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*$")
_JAPANESE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3005\u4e00-\u9fff]")
_NEAR = 24
_MIN_LETTERS = 6
_MIN_LOWER_LETTERS = 8
# words of English, of places and of organisations (Yamada Denki) that are runs of the syllables: never a
# part of such a name here
_NOT_NAME = words(
    "make take use case home page name date data code mode note base rate image same more some one are none done "
    "time game site zone open token remote demo memo menu zero node run sure were here there are bone tone sake "
    "made side ride wide type hope rope pose nose rose dose tube cube anime manga sushi ramen kimono karate judo "
    "sumo tofu emoji ubuntu agenda banana piano radio video studio tempo auto euro yen pro to no go so do be me we "
    "he she his her him you your my our the and for not but yes tokyo japan nippon nihon osaka kyoto city shi ken "
    "cho machi mura gun ku eki jo dori bashi gawa yama jinja ji tera station hotel ryokan onsen matsuri "
    "hanami kanban kaizen sensei san sama kun chan dono senpai kohai denki shoji tsusho kogyo sangyo kensetsu "
    "shoten seisakusho seiyaku ginko shinkin hoken kaisha gakuen gakko daigaku byoin iin jimusho koen kaikan kyokai "
    "kumiai shimbun shinbun hoso tetsudo kotsu unyu butsuryu shokai honten shiten "
    # a form's labels in romaji, before a colon like a speaker
    "todo tanto tantou biko bikou naiyo naiyou kekka basho jikan nichiji kenmei shimei jusho juusho denwa bango"
)
# Hepburn and kunrei syllables read back into hiragana: a consonant's row, the palatal ones (kya → きゃ), specials
_ROWS = {
    "": "あいうえお", "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ", "t": "たちつてと",
    "d": "だぢづでど", "n": "なにぬねの", "h": "はひふへほ", "f": "はひふへほ", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
    "m": "まみむめも", "y": "やいゆえよ", "r": "らりるれろ", "w": "わいうえを",
}
_PALATAL = {"ky": "き", "gy": "ぎ", "ny": "に", "hy": "ひ", "by": "び", "py": "ぴ", "my": "み", "ry": "り", "sh": "し",
            "ch": "ち", "j": "じ", "ts": "つ"}
_SMALL = {"a": "ゃ", "u": "ゅ", "o": "ょ", "e": "ぇ", "i": ""}
_SPECIAL = {"fu": "ふ", "tsu": "つ"}
_PIECE = re.compile(r"(?P<syllable>(?:ky|gy|ny|hy|by|py|my|ry|sh|ch|ts|[kgsztdnhfbpmyrwj])?[aiueo])|(?P<n>[nm])"
                    r"|(?P<double>[kstpc])|(?P<long>h)")
_LONG_VOWELS = 3  # at most 2 ** 3 readings per word


def romanized_names(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of each run of two or three romanized words in Japanese text (or before a mail address)
    that is a person's name, and of each known name speaking alone in a chat line."""
    for m in _RUN.finditer(text):
        run = m.group("run")
        parts = run.split()
        beside = _near_japanese(text, m.start(), m.end()) or _SENDER.match(text, m.end()) is not None
        if not beside or not all(_name_cased(w) for w in parts):
            continue
        letters = sum(len(w) for w in parts)
        if letters < (_MIN_LOWER_LETTERS if run.islower() else _MIN_LETTERS) and not (
                _for_a_person(text, m.start(), m.end()) and all(known_name(w.lower()) for w in parts)):
            continue  # (世帯員 mori rie: a person's label and two names)
        if any(w.lower() in _NOT_NAME for w in parts):
            continue
        if not all(SYLLABLES.fullmatch(w) for w in parts):  # a foreign name where a person's is expected
            if (_for_a_person(text, m.start(), m.end()) and latin_person(run) and not a_thing(parts)
                    and not all(map(word_not_name, parts))):
                yield m.start(), m.end(), SCORE
            continue
        known = sum(known_name(w.lower()) for w in parts)
        if (known == len(parts) or (known and _set_apart(text, m.start(), m.end()))
                or (_for_a_person(text, m.start(), m.end()) and not all(map(word_not_name, parts)))):
            yield m.start(), m.end(), SCORE
    for m in _INITIAL.finditer(text):  # not S. Army, U. Tokyo, A. Yes, No. Seven
        family = m.group("family").split("-")[0]
        low = family.lower()
        placed = _for_a_person(text, m.start(), m.end()) or _set_apart(text, m.start(), m.end())  # 氏名 I. Nagano
        if _LIST_LETTER.search(text, max(0, m.start() - 12), m.start()):
            continue
        if (_name_cased(family) and low not in _NOT_NAME and low not in OFFICE_WORDS
                and (known_name(low) or (placed and SYLLABLES.fullmatch(family) is not None)
                     or (len(family) >= 3 and VOWEL.search(family) is not None and low not in PLACE_WORDS
                         and (not word_not_name(family) or proper_noun_only(family))))):
            yield m.start(), m.end(), SCORE
    for m in _IN_SENTENCE.finditer(text):
        parts = m.group("name").split()
        named = [w for w in parts if not w.islower()] or parts  # not van, der
        if (_name_cased_run(parts) and latin_person(m.group("name")) and not all(map(word_not_name, named))
                and _not_romanized_words(text, m)):
            yield m.start("name"), m.end("name"), SCORE
    for m in _SPEAKER.finditer(text):
        word = m.group("name")
        if ((m.group("time") or word.isupper()) and word.lower() not in _NOT_NAME and SYLLABLES.fullmatch(word)
                and known_name(word.lower())):
            yield m.start("name"), m.end("name"), SCORE


def _not_romanized_words(text: str, m: re.Match[str]) -> bool:
    """A run in the syllables of romanized Japanese set into a sentence is words (Hikari Denwaの, Mirai Kaigiを)
    unless every word is a name the lexicon knows, one is in lower case (bamba rinとは), or the run stands apart
    after a bullet or before a bracket (・SANTOSO BUDI（…）, 甥のSASAKI REN（…）)."""
    parts = m.group("name").split()
    if not all(SYLLABLES.fullmatch(w) for w in parts) or m.group("bullet"):
        return True
    if text.startswith(("（", "("), m.end("name")):
        return True
    return (all if m.group("name")[0].isupper() else any)(known_name(w.lower()) for w in parts)


def _name_cased_run(parts: list[str]) -> bool:
    """Every word capitalized or in capitals (Hendrik van der Berg), or every word in the syllables of a romanized
    Japanese name in lower case (bamba rin), none an English or place word listed here."""
    if all(w.islower() for w in parts):
        return all(SYLLABLES.fullmatch(w) and w not in _NOT_NAME for w in parts)
    return all(_name_cased(w) and w.lower() not in _NOT_NAME for w in parts if not w.islower())


def _set_apart(text: str, start: int, end: int) -> bool:
    """The run stands as a value on its own: a label, a time, a list marker or a line start before it and a bracket,
    a gap, a mail address or the line's end after it, or an honorific after it (not Hikari Denwaの契約)."""
    if _HONORIFIC_AFTER.match(text, end):
        return True
    return _CUE_BEFORE.search(text, max(0, start - 12), start) is not None and _CUE_AFTER.match(text, end) is not None


def _for_a_person(text: str, start: int, end: int) -> bool:
    """A person's label before the run, or an honorific or a call from or to them after it."""
    return (_HONORIFIC_AFTER.match(text, end) is not None or _CALLED_AFTER.match(text, end) is not None
            or _PERSON_LABEL.search(text, max(0, start - 12), start) is not None)


def _near_japanese(text: str, start: int, end: int) -> bool:
    return bool(_JAPANESE.search(text, max(0, start - _NEAR), start) or _JAPANESE.search(text, end, end + _NEAR))


def _name_cased(word: str) -> bool:
    """Written as a name part is: all lower case, all capitals or capitalized (not ``iPhone``, ``McDonald``)."""
    return word.islower() or word.isupper() or word.istitle()


@lru_cache(maxsize=8192)  # bounded: every romanized word of every text passes here
def known_name(word: str) -> bool:
    """Sudachi's lexicon holds the lower-case romanized ``word``, read back into hiragana or katakana with or
    without the long vowels Hepburn drops (ito: いと, いとう), as a family or given name."""
    return any(has_name_entry(kana) or has_name_entry(_katakana(kana)) for kana in readings(word))


def readings(word: str) -> list[str]:
    """Hiragana readings of a lower-case romanized word: as written, and with う after up to three syllables in o
    or u (Hepburn drops long vowels: sato is さとう). Empty when the word is no run of syllables."""
    kana: list[str] = []
    may_lengthen: list[int] = []
    i = 0
    while i < len(word):
        m = _PIECE.match(word, i)
        if m is None:
            return []
        i = m.end()
        if m.group("syllable"):
            kana.append(_syllable(m.group()))
            if m.group()[-1] in "ou" and len(may_lengthen) < _LONG_VOWELS:
                may_lengthen.append(len(kana) - 1)
        else:
            kana.append({"n": "ん", "double": "っ", "long": "お"}[m.lastgroup or "n"])
    out = []
    for lengthen in product((False, True), repeat=len(may_lengthen)):
        longer = {k for k, on in zip(may_lengthen, lengthen, strict=True) if on}
        out.append("".join(ch + ("う" if k in longer else "") for k, ch in enumerate(kana)))
    return out


def _syllable(piece: str) -> str:
    if piece in _SPECIAL:
        return _SPECIAL[piece]
    head, vowel = piece[:-1], piece[-1]
    if head in _PALATAL:
        return _PALATAL[head] + _SMALL[vowel]
    return _ROWS[head]["aiueo".index(vowel)]


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in hiragana)
