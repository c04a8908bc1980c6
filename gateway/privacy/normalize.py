"""A normalized copy of the text for detection, with an exact map back to the original offsets.

Rules (see /work/shared/JAPANESE_PII.md, "Text traps"):

* NFKC per grapheme cluster (a base character plus its combining marks): full-width digits and
  letters fold to ASCII, and the length may change (``㍻``→``平成``, ``㈱``→``(株)``, ``℡``→``TEL``).
  An enclosed number standing alone stays as written: it marks a list item (``連絡先①: 0 7 0 …②: …``), and
  must not be read as a digit of the number next to it; a run of them is a number (``①②③④ ⑤⑥⑦⑧``).
* Zero-width characters, soft hyphens and variation selectors are removed; U+3000 becomes ``' '``
  (NFKC already does this).
* Unpaired surrogates become U+FFFD so that SudachiPy (Rust) never sees them.
* Escapes of JSON and source code pasted as text are read as what they stand for: ``\u4f50\u85e4`` as 佐藤 (six
  characters for one, a surrogate pair twelve), ``\n`` as a line break.
* Latin letters with diacritics become their base letter (``Nguyễn Văn Hùng`` → ``Nguyen Van Hung``, ``José``,
  ``Müller``): one character for one.
* A few old kanji forms that Sudachi's dictionary lacks in names become their common form
  (``髙``→``高``, ``﨑``→``崎``, ``澤``→``沢``, ``邊``→``辺``): one character for one, offsets unaffected.
* Kanji numerals written digit by digit (``〇九〇-一二三四-五六七八``, ``二〇二四``) become ASCII
  digits, but only inside a number: a run joined to other digits by a dash, a run that contains
  ``〇``, or a run next to an ASCII digit. Counting numerals (``一丁目``, ``昭和六十年``, names
  such as ``一郎``) stay as written; the address and birth-date recognizers read them.
  A run of four or more kanji digits (``一二三四五六七八九〇一八``) is a number too, and so are digit
  groups joined by ``の`` as numbers are read aloud (``〇九〇の一二三四の五六七八``, ``4063の七六一二の2430``:
  ``の`` becomes ``-``; the last group may be one digit, ``〇一の四四の四八一の九``) when a group is in kanji or
  there are three groups, six digits or more in all, or two groups of three digits or more (``305の0032``,
  ``1234の567890``);
  a kanji group one space from such a number is part of it (``一二三 四五六七``).
* Digits written to dodge a pattern, one per space (``1 2 3 4 5 6 7 8 9 0 1 8``, ``０　９　０ー１ ２ ３ ４``,
  ``一 二 三 四 五``, ``T K 7 0 9 7 9 0 3``): in a run of single digits separated by spaces (with or without
  a dash), with one or two capital letters as a leading or trailing group (passports, residence cards), the
  spaces are removed when the run has five digits or more. Other groupings (``1234 5678 9012``,
  ``9 18 29 13``) stay as written; the recognizers read those shapes themselves. Whether the digits are
  personal information is still for the recognizers to decide (label, context word, check digit); a
  マイナンバー assembled this way needs its label (analyzer.py), since a row of single-digit counts passes
  the check digit one time in eleven.
* Words set letter by letter, three single kanji or kana or more each one space from the next, digits and dashes
  among them (``住 民 票 コ ー ド``, as OCR and spaced headings write labels; ``石 巻 市 西 野 坂 1 - 2 0 - 9``), lose
  the spaces.
* Text set vertically and pasted one character a line, three lines or more, two of them kanji or kana
  (``山⏎田⏎太⏎郎⏎様``; not a column of one-digit figures), loses the line breaks.
* An address set apart by OCR or by hand (``千葉県 柏市 向陽原2丁目 29番 27号``, ``土浦市 錦台 3 - 31 - 15``): the
  spaces after a prefecture, municipality or ward before the next place name that ends the same way or leads to a
  street number, after 丁目, 番地 or ``29番`` before digits, around a dash between digits, and between a 町域 and its
  number after a municipality, are removed; a name after a city (``つくば市 山田太郎 様``) keeps its space.
* A line break between the letters and the digits of a passport or residence card (``EB⏎3060105``, ``AT45301956⏎PT``)
  is removed, not the one after a residence card's last letters (``AT45301956⏎PT⏎9186911649``: the next line's
  number); the recognizers read line breaks between digits themselves.
* A phone number's groups separated by ``、`` (``〇九〇、一二三四、五六七八``) are joined by ``-``, and so are kanji
  digit groups of five digits or more in all (``六〇四九、六二五四一五三``, ``TZ、七五一一二七〇``,
  ``三一、七五、四八九、八``).
* Digits read aloud in kana, as a number is taken down over the phone (``ゼロキュウゼロのイチニサンヨンの…``,
  ``ぜろきゅうぜろ、…``, ``ゼロハチゼローサンサン…``): a run of digit readings (ゼロ/レイ/マル, イチ, ニ(ー), サン,
  ヨン/シ, ゴ(ー), ロク, ナナ/シチ, ハチ, キュウ/キュー/ク), all in one script, in groups joined by ``の``, ``、``,
  ``・``, a comma or ``ー`` (a space on either side or not) or by a space, becomes the digits with ``-`` between the
  groups (each reading one digit: the length changes), when every group holds two digits or more and the run seven or
  more, or when ten groups or more hold one digit each (``ゼロ、キュウ、ゼロ、…``: the digits joined); in a run whose
  groups are joined by ``ー``, ``ニー`` and ``ゴー`` before another reading are a digit and a separator unless that
  leaves a group of one digit. A number read half aloud (``029-ハチゴマル-8301``, ``0661ヨンロクヨンニー836``) counts
  the digits written in figures right beside the run, a dash, a space or a spoken separator (の, 、) between or not,
  and six digits in all are enough then (``615－サンゼロイチ``, ``1743 ロクヨンロクロク 2660``,
  ``090のイチニサンヨンの…``), so are two or three readings at a word's start before a spoken separator and
  figures (``キューゴキューの2722``, ``マルキュー、30373``), whose separator, and a 、 or ・ before the number's
  next groups of three digits or more, become ``-`` (never before a date, a time or a count:
  ``…2153、31日まで``); beside figures, four readings or more of one digit each are a group too (``1234 5678 イチ
  ニ サン ヨン``). The letters of a passport or residence card read aloud beside its digits become capitals
  (``ティーエイチ 8747995`` → ``TH8747995``, ``エービー…シーディー``). spoken_digits.py reads them.
* Dates read aloud in kana (``しょうわ よんじゅうさんねん ごがつ じゅうににち``) are written in figures
  (``昭和43年5月12日``, spoken_dates.py), and so are dates written in English words (``May 21, 1976``).
* Dash look-alikes (``‐ ‑ ‒ – — ― − ー ｰ ─``) between two digits, or a capital letter and a digit
  (``B－1930022``, ``72002940–XN``), become ``-``.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from gateway.privacy.spoken_dates import english_dates, spoken_dates
from gateway.privacy.spoken_digits import DASHES, spoken_digits, spoken_letters

_REMOVED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
_OLD_FORMS = str.maketrans(
    dict(zip("髙﨑𠮷德栁濵澤邊邉齋齊櫻廣濱嶋國眞惠榮壽", "高崎吉徳柳浜沢辺辺斎斉桜広浜島国真恵栄寿", strict=True))
)
# Latin letters with diacritics read as their base letter (Nguyễn → Nguyen, José → Jose, Müller → Muller): names of
# foreign residents are written both ways; one character for one
_LATIN_BASE = str.maketrans(
    {chr(c): base for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
     if (base := unicodedata.normalize("NFD", chr(c))[0]).isascii() and base.isalpha()}
    | {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
)
# an escape in JSON or source code pasted as text: \u4f50\u85e4 (a surrogate pair \ud842\udfb7 is one character), \n
_ESCAPE = re.compile(r"\\u(?:(?P<high>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2})"
                     r"|(?P<code>[0-9a-fA-F]{4}))|\\(?P<control>[nrt])")
_KANJI_DIGITS = "〇一二三四五六七八九零"
_TO_ASCII = str.maketrans(_KANJI_DIGITS, "01234567890")
_DIGIT_DASH = re.compile(f"(?<=[0-9A-Z])[{DASHES[:-1]}](?=[0-9])|(?<=[0-9])[{DASHES[:-1]}](?=[A-Z])")
_K = f"[{_KANJI_DIGITS}]"
_D = f"[0-9{_KANJI_DIGITS}]"
# Every pattern below starts only where a run starts (a look-behind for the run's own characters), so a long
# run is tried once, not from each of its characters: linear on any input.
_RUN_START = f"(?<!{_D})(?<!{_D}[{DASHES}])"
_KANJI_NUMBER = re.compile(
    # a run joined to another digit run by a dash, a run containing 〇, a run touching an ASCII digit,
    # or a run of four or more
    f"{_RUN_START}{_K}+(?:[{DASHES}](?:{_K}+|[0-9]+))+|{_RUN_START}(?:[0-9]+[{DASHES}])+{_K}+"
    f"|(?<!{_K}){_K}*[〇零]{_K}*(?<={_K}{_K})|(?<!{_K}){_K}+(?=[0-9])|(?<=[0-9]){_K}+|(?<!{_K}){_K}{{4,}}"
)
# a kanji group one space or 、 from a number's digits: 一二三 4567 (after the first pass made 四五六七 digits), or in
# brackets between digits (〇九八(二五七)六六八四); a group that is part of a word is not one (514-9674 三重県),
# except after 第 (第一二三 4567号)
_HAN = "[\u3005\u4e00-\u9fff]"
_KANJI_GROUP_NEAR_DIGITS = re.compile(
    f"(?:(?<!{_HAN})|(?<=第)){_K}+(?=[ 、][0-9])|(?<=[0-9][ 、]){_K}+(?!{_HAN})|(?<=[0-9]\\(){_K}+(?=\\)[0-9])"
    f"|(?<!{_HAN}){_K}{{3}}(?=[ 、\\-]?(?:普通|当座|貯蓄))"  # a bank branch before the deposit type: 一二三 普通 …
)
# digit groups read aloud with の between them: 〇九〇の一二三四の五六七八, 4063の七六一二の2430, and the
# letters of a residence card or passport joined the same way (UPの七九五四九三三八のAW)
_NOT_AFTER = f"(?<![0-9A-Za-z{_KANJI_DIGITS}])"
_READ_ALOUD = re.compile(
    f"{_NOT_AFTER}(?:[A-Z]{{1,2}}の)?{_D}{{2,}}(?:の{_D}{{2,}})+(?:の{_D}(?![0-9{_KANJI_DIGITS}]))?"
    f"(?:の[A-Z]{{2}}(?![A-Za-z]))?"
    f"|{_NOT_AFTER}[A-Z]{{1,2}}の{_D}{{6,}}(?:の[A-Z]{{2}}(?![A-Za-z]))?"
)
# digit groups separated by spaces, a dash, or a dash with spaces (not tabs: they separate columns); one or
# two capital letters may lead or end the run
_LETTERS = "(?:[A-Z]{1,2} {1,3}){1,2}"
_SEP = f"(?: {{1,3}}(?:[{DASHES}] {{0,3}})?|[{DASHES}] {{0,3}})"
# a group that ends in a kanji numeral is no group when a word goes on after it: the 八 of 八代市 after a spaced
# postal code (〒3 9 7 3 1 7 8 八代市…), where 番, 号, 円 and 様 may follow a number
_GROUP_END = f"(?!(?<={_K}){_HAN}(?<![番号円様宛]))"
_SPACED_RUN = re.compile(
    f"{_NOT_AFTER}(?:{_LETTERS})?{_D}+(?:{_SEP}{_D}+{_GROUP_END})+(?:(?: {{1,3}}[A-Z]{{1,2}}){{1,2}}(?![A-Za-z]))?"
)
_GROUP = re.compile(f"{_D}+|[A-Z]+")
# an enclosed number (①, ⑴, ⒈, ❶) with no other enclosed number or digit next to it: a list marker
_ENCLOSED = "\u2460-\u24ff\u2776-\u2793"
_LIST_MARKER = re.compile(f"(?<![{_ENCLOSED}0-9０-９])[{_ENCLOSED}](?![{_ENCLOSED}0-9０-９])")
# a phone number's groups separated by 、 as when it is read out (〇九〇、一二三四、五六七八): the 、 become '-'; its
# first group read aloud may have been joined by '-' already (ゼロキュウゼロ、4821、7733)
_PHONE_COMMAS = re.compile(
    "(?<![0-9])0[0-9]{1,4}(?:[、,][0-9]{1,4}[、,]|-[0-9]{1,4}、)[0-9]{4}(?![0-9])")
# kanji digit groups separated by 、 (六〇四九、六二五四一五三, TZ、七五一一二七〇, 三一、七五、四八九、八): written
# digit by digit, they are one number in groups, and the 、 become '-' when five digits or more are in the groups
_KANJI_COMMAS = re.compile(
    f"(?<![0-9A-Z{_KANJI_DIGITS}、])(?:[A-Z]{{2}}|{_K}{{2,}})(?:、{_K}{{2,}})+(?:、{_K})?(?![0-9{_KANJI_DIGITS}])"
)
# a word set letter by letter, as OCR and spaced headings write it (住 民 票 コ ー ド, 基 礎 年 金 番 号, an
# address 石 巻 市 西 野 坂 1 - 2 0 - 9 after 住所 ): single kanji, kana, digits or dashes each one space from the
# next, three kanji or kana among them or more, and digits where a word stands before it
_CJK = "[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fc]"
_SPACED_LETTER = f"(?:{_CJK}|[0-9{DASHES}])"
# vertical typesetting pasted line by line: one character a line, three lines or more (山⏎田⏎太⏎郎⏎様)
_VERTICAL = re.compile(f"^{_SPACED_LETTER}(?:\r?\n{_SPACED_LETTER}){{2,}}$", re.MULTILINE)
_LINE_BREAK = re.compile("\r?\n")
_AFTER_WORD = re.compile(f"{_CJK} $")  # after a word and a space, a run needs digits: an address, not a list of names
_DIGIT = re.compile("[0-9]")
_LETTER_SPACED = re.compile(
    f"(?<!{_CJK})(?<!\\s{_CJK} )(?<!^{_CJK} )(?<![0-9] )(?<![0-9])"
    f"{_SPACED_LETTER}(?: {_SPACED_LETTER}){{2,}}(?!{_CJK}|[0-9])",
    re.MULTILINE,
)
_PLACE = "[\u3005\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa\u30fcヶ]"
# a street number after a 町域 (2丁目, 29番, 3-38, a lot number ending the line; never from 0, a phone number's
# start; not 1959-11-21), and the rest after 丁目, 番地 or 29番 (27号, 3-4; not a phone number or a date: 045-890-1570,
# 2000 年)
_STREET_NUMBER = (
    f"(?:[1-9][0-9]{{0,3}} *(?:丁目|番)|[1-9][0-9]{{0,2}} *[{DASHES}] *[0-9]|[1-9][0-9]{{0,3}}(?= *(?:\n|$)))"
)
_STREET_TAIL = f"[0-9]{{1,4}} *(?:番|号|[{DASHES}] *[0-9]{{1,4}}(?![0-9{DASHES}]))"
_ADDRESS_GAP = re.compile(
    f"(?<=[都道府県市区町村郡]) +(?={_PLACE}{{1,8}}?(?:[市区町村郡](?!{_PLACE})| *{_STREET_NUMBER}))"
    f"|(?<=丁目|番地) +(?={_STREET_TAIL})|(?<=[0-9]番) +(?={_STREET_TAIL})"
    f"|(?<=[0-9]) +(?=[{DASHES}] *[0-9])|(?<=[0-9][{DASHES}]) +(?=[0-9])|(?<=[0-9] [{DASHES}]) +(?=[0-9])"
    f"|(?<={_PLACE})(?<![地目号])(?P<town> +)(?={_STREET_NUMBER})"
)
_MUNICIPALITY_BEFORE = re.compile("[市区町村郡]")
_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SPACE = re.compile(" ")
# a line break between the letters of a passport or residence card and its digits: EB⏎3060105, ZP01555727⏎MN (not
# after any number: 47316096⏎KP: … is a number and the next line's abbreviated label; nor after a card's last letters:
# …9320KJ⏎02,… ends a CSV row, and the next row starts with its first cell)
# (a line break between digits is left to the recognizers: a line that ends in a digit, such as an address
# ``…24番地26``, must not swallow the number on the next line)
_WRAPPED = re.compile(
    "(?:(?<=^[A-Z])|(?<=^[A-Z]{2})|(?<=[^A-Za-z0-9][A-Z])|(?<=[^A-Za-z0-9][A-Z]{2}))(?<![0-9]\n[A-Z]{2})\r?\n(?=[0-9])"
    "|(?<=[A-Z]{2}[0-9]{8})\r?\n(?=[A-Z]{2}(?![A-Za-z]))"
)


def _joins_previous(ch: str) -> bool:
    """True for characters that NFKC may combine with the character before them."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or 0xFF9E <= code <= 0xFF9F  # half-width (han)dakuten
        or 0x1160 <= code <= 0x11FF  # Hangul medial and final jamo
        or 0xE0100 <= code <= 0xE01EF  # ideographic variation selectors
    )


def _unescaped(escape: re.Match[str]) -> str:
    """The character a JSON or source-code escape stands for, folded; a lone surrogate is U+FFFD."""
    if escape.group("control"):
        return {"n": "\n", "r": "\n", "t": "\t"}[escape.group("control")]
    if escape.group("high") is not None:
        high, low = int(escape.group("high"), 16), int(escape.group("low"), 16)
        return _fold(chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)))
    return _fold(chr(int(escape.group("code"), 16)))  # a lone surrogate folds to U+FFFD


@lru_cache(maxsize=8192)
def _fold(cluster: str) -> str:
    """NFKC one cluster, drop invisible characters, replace surrogates."""
    if any(0xD800 <= ord(c) <= 0xDFFF for c in cluster):
        return "\ufffd"
    folded = unicodedata.normalize("NFKC", cluster).translate(_OLD_FORMS).translate(_LATIN_BASE)
    return "".join(c for c in folded if c not in _REMOVED and not 0xE0100 <= ord(c) <= 0xE01EF)


def _wrapped_lines(text: str) -> list[tuple[int, int, str]]:
    """Edits removing the line break inside a passport or residence card number (see ``_WRAPPED``)."""
    return [(m.start(), m.end(), "") for m in _WRAPPED.finditer(text)]


def _dodging_spaces(text: str) -> list[tuple[int, int, str]]:
    """Edits removing the spaces inside digit runs written one digit per space (see the module doc)."""
    found: list[tuple[int, int, str]] = []
    for run in _SPACED_RUN.finditer(text):
        groups = _GROUP.findall(run.group())
        digits = sum(len(g) for g in groups if g[0] not in _LETTER)
        if digits < 5 or any(len(g) > 2 if g[0] in _LETTER else len(g) > 1 for g in groups):
            continue
        found.extend((run.start() + m.start(), run.start() + m.end(), "") for m in _SPACE.finditer(run.group()))
    return found


def _address_spacing(text: str) -> list[tuple[int, int, str]]:
    """Edits removing the spaces inside an address set apart (see the module doc); a 町域's gap before its number
    only where a municipality comes shortly before."""
    return [
        (m.start(), m.end(), "")
        for m in _ADDRESS_GAP.finditer(text)
        if m.lastgroup != "town" or _MUNICIPALITY_BEFORE.search(text, max(0, m.start() - 12), m.start() - 1) is not None
    ]


def _letter_spacing(text: str) -> list[tuple[int, int, str]]:
    """Edits removing the spaces inside words set letter by letter (see ``_LETTER_SPACED``)."""
    return [(run.start() + k, run.start() + k + 1, "")
            for run in _LETTER_SPACED.finditer(text) if len(re.findall(_CJK, run.group())) >= 3
            and (_DIGIT.search(run.group()) or not _AFTER_WORD.search(text, 0, run.start()))  # 出席委員 堀 関 東 stays
            for k in range(1, len(run.group()), 2)]


def _vertical_lines(text: str) -> list[tuple[int, int, str]]:
    """Edits removing the line breaks inside text set one character a line (see ``_VERTICAL``)."""
    return [(run.start() + m.start(), run.start() + m.end(), "")
            for run in _VERTICAL.finditer(text) if len(re.findall(_CJK, run.group())) >= 2  # not a column of figures
            for m in _LINE_BREAK.finditer(run.group())]


def _read_aloud(match: re.Match[str]) -> str:
    groups = match.group().split("の")
    kanji = any(c in _KANJI_DIGITS for c in match.group())
    digits = sum(len(g) for g in groups if g[0] not in _LETTER)
    long_pair = all(len(g) >= 3 for g in groups)  # 305の0032, 123の456
    if (kanji or len(groups) >= 3 or long_pair) and digits >= 6:
        return match.group().translate(_TO_ASCII).replace("の", "-")
    return match.group()


def _kanji_commas(match: re.Match[str]) -> str:
    number = match.group()
    return number.replace("、", "-") if sum(c in _KANJI_DIGITS for c in number) >= 5 else number


def _same_length_fixes(text: str) -> str:
    """Kanji digits inside numbers and dashes between digits: one character for one."""
    text = _READ_ALOUD.sub(_read_aloud, text)
    text = _KANJI_COMMAS.sub(_kanji_commas, text)
    text = _KANJI_NUMBER.sub(lambda m: m.group().translate(_TO_ASCII), text)
    text = _KANJI_GROUP_NEAR_DIGITS.sub(lambda m: m.group().translate(_TO_ASCII), text)
    text = _PHONE_COMMAS.sub(lambda m: m.group().replace("、", "-").replace(",", "-"), text)
    return _DIGIT_DASH.sub("-", text)


def _rewrite(
    text: str, starts: array[int], ends: array[int], edits: list[tuple[int, int, str]]
) -> tuple[str, array[int], array[int]]:
    """``text`` and its offset map with each (start, end, new) edit applied; edits are sorted and apart."""
    parts: list[str] = []
    new_starts: array[int] = array("q")
    new_ends: array[int] = array("q")
    done = 0
    for start, end, new in edits:
        parts.append(text[done:start])
        new_starts.extend(starts[done:start])
        new_ends.extend(ends[done:start])
        parts.append(new)
        new_starts.extend([starts[start]] * len(new))
        new_ends.extend([ends[end - 1]] * len(new))
        done = end
    parts.append(text[done:])
    new_starts.extend(starts[done:])
    new_ends.extend(ends[done:])
    return "".join(parts), new_starts, new_ends


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalized text; character i comes from original[starts[i]:ends[i]]."""

    original: str
    text: str
    starts: array[int]
    ends: array[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the original span it came from."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError("span outside the normalized text")
        if start == end:
            point = self.starts[start] if start < len(self.text) else len(self.original)
            return point, point
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> NormalizedText:
    """Return the normalized copy of ``text`` with its offset map."""
    markers = {m.start() for m in _LIST_MARKER.finditer(text)}
    parts: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\\" and (escape := _ESCAPE.match(text, i)) is not None:
            folded, j = _unescaped(escape), escape.end()
            parts.append(folded)
            starts.extend([i] * len(folded))
            ends.extend([j] * len(folded))
            i = j
            continue
        j = i + 1
        while j < n and _joins_previous(text[j]):
            j += 1
        folded = text[i:j] if i in markers else _fold(text[i:j])
        if folded:
            parts.append(folded)
            starts.extend([i] * len(folded))
            ends.extend([j] * len(folded))
        i = j
    folded = "".join(parts)
    for find in (spoken_dates, english_dates, spoken_letters, spoken_digits, _wrapped_lines, _dodging_spaces,
                 _letter_spacing, _vertical_lines, _address_spacing):
        edits = find(folded)
        if edits:
            folded, starts, ends = _rewrite(folded, starts, ends, edits)
    return NormalizedText(text, _same_length_fixes(folded), starts, ends)


def normalize_value(value: str) -> str:
    """Normalized form of a configured value (allow- and deny-list entries), spaces removed."""
    return "".join(normalize(value).text.split())
