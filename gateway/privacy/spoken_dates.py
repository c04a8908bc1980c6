"""Dates read aloud in kana, as a transcript of a call writes them (``しょうわ よんじゅうさんねん ごがつ じゅうににち``,
``ヘイセイ ガンネン シチガツ ツイタチ``, ``せんきゅうひゃくななじゅうにねん …``): the normalizer writes them in figures
(``昭和43年5月12日``) for the recognizers, the original text keeps its kana.

An era (or none) then a year with ねん (元年: がんねん), a month with がつ and a day with にち or its own word
(ついたち, ふつか … とおか, はつか, じゅうよっか), with spaces, 、 or の between the parts or not; numbers are composed
from いち … きゅう, じゅう, ひゃく and せん as they are spoken (はっぴゃく, さんびゃく, ろっぴゃく), a space between the
words or not, or a year read digit by digit (いち きゅう ろく ご ねん).

Dates written in English words (``May 21, 1976``, ``21st of May 1976``, ``Sept. 3, 1950``) are written in figures the
same way (``1976年5月21日``): birth context (``born``, ``DOB``, ``date of birth``) then reads them as the others.
"""

from __future__ import annotations

import re

_TO_HIRAGANA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})
_ERAS = {"めいじ": "明治", "たいしょう": "大正", "しょうわ": "昭和", "へいせい": "平成", "れいわ": "令和"}
_DIGITS = {"いち": 1, "に": 2, "さん": 3, "よん": 4, "し": 4, "ご": 5, "ろく": 6, "なな": 7, "しち": 7, "はち": 8,
           "きゅう": 9, "く": 9}
_UNITS = {"じゅう": 10, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100, "せん": 1000, "ぜん": 1000}
_JOINED = {"はっ": 8, "ろっ": 6, "いっ": 1}  # はっぴゃく, ろっぴゃく, いっせん
_DAYS = {"ついたち": 1, "ふつか": 2, "みっか": 3, "よっか": 4, "いつか": 5, "むいか": 6, "なのか": 7, "ようか": 8,
         "ここのか": 9, "とおか": 10, "はつか": 20}
_WORDS = sorted([*_DIGITS, *_UNITS, *_JOINED], key=len, reverse=True)
_NUMBER = f"(?:(?:{'|'.join(_WORDS)}) ?){{1,8}}"  # bounded: a run of number kana costs linear time
_GAP = "(?: ?[、の] ?| )?"  # しょうわにじゅうねんのいちがつ…, しょうわじゅうきゅうねん、 しちがつ
_SPOKEN_DATE = re.compile(
    f"(?:(?P<era>{'|'.join(_ERAS)}){_GAP})?(?P<year>がん|{_NUMBER})ねん{_GAP}(?P<month>{_NUMBER})がつ{_GAP}"
    f"(?P<day>(?:(?:に)?じゅう)?(?:{'|'.join(_DAYS)})|{_NUMBER}にち)"
)
_TOKEN = re.compile("|".join(_WORDS))
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
           "nov": 11, "dec": 12}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_ORDINAL = r"(?:st|nd|rd|th)?"
# not a group of a longer number (4111 1111 12 Mar 2024, 9 Jun 1234 5678)
_ENGLISH_DATE = re.compile(
    rf"(?<![A-Za-z0-9])(?<![0-9][ \-])(?:(?P<month>{_MONTH})\.? (?P<day>[0-9]{{1,2}}){_ORDINAL},? (?P<year>[0-9]{{4}})"
    rf"|(?P<day2>[0-9]{{1,2}}){_ORDINAL} (?:of )?(?P<month2>{_MONTH})\.?,? (?P<year2>[0-9]{{4}}))"
    r"(?![A-Za-z0-9])(?![ \-][0-9]{4})",
    re.IGNORECASE,
)
_YEARS = range(1868, 2101)


def _number(words: str) -> int | None:
    """The value of a number spoken in kana (よんじゅうさん: 43), or read digit by digit (いち きゅう ろく ご: 1965),
    None where the words compose neither."""
    words = words.replace(" ", "")
    tokens = list(_TOKEN.finditer(words))
    ends = [0] + [m.end() for m in tokens]
    if not tokens or [m.start() for m in tokens] != ends[:-1] or ends[-1] != len(words):
        return None  # words that are no number words between
    if all(m.group() in _DIGITS for m in tokens) and len(tokens) in (2, 4):  # a year read digit by digit
        return int("".join(str(_DIGITS[m.group()]) for m in tokens))
    total, current = 0, 0
    for m in tokens:
        word = m.group()
        if word in _UNITS:
            total += (current or 1) * _UNITS[word]
            current = 0
        elif current:
            return None  # two digits without a unit between (ごご) compose no number
        else:
            current = _DIGITS.get(word) or _JOINED[word]
    return total + current


def _day(words: str) -> int | None:
    """The day of the month spoken as a number and にち, or by its own word (ついたち, じゅうよっか: 14)."""
    if words.endswith("にち"):
        return _number(words[:-2])
    for word, value in _DAYS.items():
        if words.endswith(word):
            tens = {"": 0, "じゅう": 10, "にじゅう": 20}.get(words[: -len(word)])
            return None if tens is None else tens + value
    return None


def spoken_dates(text: str) -> list[tuple[int, int, str]]:
    """Edits writing each date read aloud in kana in figures (see the module docstring)."""
    edits: list[tuple[int, int, str]] = []
    hiragana = text.translate(_TO_HIRAGANA)
    if "ねん" not in hiragana:
        return edits
    for m in _SPOKEN_DATE.finditer(hiragana):
        year = 1 if m["year"] == "がん" else _number(m["year"])
        month, day = _number(m["month"]), _day(m["day"])
        if not year or not month or not day or month > 12 or day > 31:
            continue
        era = _ERAS[m["era"]] if m["era"] else ""
        edits.append((m.start(), m.end(), f"{era}{'元' if year == 1 and era else year}年{month}月{day}日"))
    return edits


def english_dates(text: str) -> list[tuple[int, int, str]]:
    """Edits writing each date written in English words in figures (``May 21, 1976``: ``1976年5月21日``)."""
    edits: list[tuple[int, int, str]] = []
    for m in _ENGLISH_DATE.finditer(text):
        month = _MONTHS[(m["month"] or m["month2"])[:3].lower()]
        day, year = int(m["day"] or m["day2"]), int(m["year"] or m["year2"])
        if 1 <= day <= 31 and year in _YEARS:
            edits.append((m.start(), m.end(), f"{year}年{month}月{day}日"))
    return edits
