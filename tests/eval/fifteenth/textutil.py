"""Written-form helpers: width, kana, romaji, kanji digits and digits read aloud."""

from __future__ import annotations

import random
import re
import unicodedata

ZW = "\u200b"
KANJI_DIGITS = "〇一二三四五六七八九"
# how people read digits aloud (several readings per digit)
KANA_DIGITS: dict[str, tuple[str, ...]] = {
    "0": ("ゼロ", "ゼロ", "マル", "レイ"),
    "1": ("イチ",),
    "2": ("ニー", "ニ"),
    "3": ("サン",),
    "4": ("ヨン", "ヨン"),
    "5": ("ゴー", "ゴ"),
    "6": ("ロク",),
    "7": ("ナナ",),
    "8": ("ハチ",),
    "9": ("キュウ", "キュー"),
}
KANA_LETTERS: dict[str, str] = {
    "A": "エー",
    "B": "ビー",
    "C": "シー",
    "D": "ディー",
    "E": "イー",
    "F": "エフ",
    "G": "ジー",
    "H": "エイチ",
    "J": "ジェー",
    "K": "ケー",
    "L": "エル",
    "M": "エム",
    "N": "エヌ",
    "P": "ピー",
    "R": "アール",
    "S": "エス",
    "T": "ティー",
    "U": "ユー",
    "W": "ダブリュー",
    "X": "エックス",
    "Y": "ワイ",
    "Z": "ゼット",
}


def zen(text: str) -> str:
    """ASCII letters, digits, hyphens and dots to full width."""
    out = []
    for ch in text:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def mixed(rng: random.Random, text: str) -> str:
    """Some ASCII digits to full width, at least one of each where possible."""
    chars = list(text)
    idx = [i for i, c in enumerate(chars) if c.isascii() and c.isalnum()]
    rng.shuffle(idx)
    for i in idx[: max(1, len(idx) // 2)]:
        chars[i] = zen(chars[i])
    return "".join(chars)


def kanji_digits(text: str) -> str:
    return "".join(KANJI_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in text)


def read_digits(rng: random.Random, digits: str) -> str:
    return "".join(rng.choice(KANA_DIGITS[d]) for d in digits)


def read_letters(text: str) -> str:
    return "".join(KANA_LETTERS.get(c, c) for c in text)


def kata(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def _half_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF61, 0xFFA0):
        half = chr(code)
        table.setdefault(unicodedata.normalize("NFKC", half), half)
        for mark in ("ﾞ", "ﾟ"):
            full = unicodedata.normalize("NFKC", half + mark)
            if len(full) == 1:
                table.setdefault(full, half + mark)
    table["\u3000"] = " "
    return table


HALF = _half_table()


def hankaku(katakana: str) -> str:
    return "".join(HALF.get(c, c) for c in katakana)


_ROMA = {
    "あ": "a",
    "い": "i",
    "う": "u",
    "え": "e",
    "お": "o",
    "か": "ka",
    "き": "ki",
    "く": "ku",
    "け": "ke",
    "こ": "ko",
    "さ": "sa",
    "し": "shi",
    "す": "su",
    "せ": "se",
    "そ": "so",
    "た": "ta",
    "ち": "chi",
    "つ": "tsu",
    "て": "te",
    "と": "to",
    "な": "na",
    "に": "ni",
    "ぬ": "nu",
    "ね": "ne",
    "の": "no",
    "は": "ha",
    "ひ": "hi",
    "ふ": "fu",
    "へ": "he",
    "ほ": "ho",
    "ま": "ma",
    "み": "mi",
    "む": "mu",
    "め": "me",
    "も": "mo",
    "や": "ya",
    "ゆ": "yu",
    "よ": "yo",
    "ら": "ra",
    "り": "ri",
    "る": "ru",
    "れ": "re",
    "ろ": "ro",
    "わ": "wa",
    "を": "o",
    "ん": "n",
    "が": "ga",
    "ぎ": "gi",
    "ぐ": "gu",
    "げ": "ge",
    "ご": "go",
    "ざ": "za",
    "じ": "ji",
    "ず": "zu",
    "ぜ": "ze",
    "ぞ": "zo",
    "だ": "da",
    "ぢ": "ji",
    "づ": "zu",
    "で": "de",
    "ど": "do",
    "ば": "ba",
    "び": "bi",
    "ぶ": "bu",
    "べ": "be",
    "ぼ": "bo",
    "ぱ": "pa",
    "ぴ": "pi",
    "ぷ": "pu",
    "ぺ": "pe",
    "ぽ": "po",
}
_SMALL = {"ゃ": "ya", "ゅ": "yu", "ょ": "yo"}


def romaji(hira: str) -> str:
    """Passport-style Hepburn: long vowels dropped (さとう -> sato)."""
    out: list[str] = []
    i = 0
    while i < len(hira):
        c = hira[i]
        nxt = hira[i + 1] if i + 1 < len(hira) else ""
        if c == "っ":
            follow = _ROMA.get(nxt, "t")
            out.append("t" if follow.startswith("ch") else follow[0])
        elif nxt in _SMALL:
            base = _ROMA[c]
            if base in ("shi", "chi", "ji"):
                out.append(base[:-1] + _SMALL[nxt][1:])
            else:
                out.append(base[:-1] + _SMALL[nxt])
            i += 1
        else:
            out.append(_ROMA.get(c, ""))
        i += 1
    text = "".join(out)
    return re.sub(r"(o)[ou](?![aeiou])|(u)u(?![aeiou])", lambda m: m.group(1) or m.group(2), text)


def fold_digits(text: str) -> str:
    """Full width and kanji digits to ASCII (for checks)."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(KANJI_DIGITS.index(c)) if c in KANJI_DIGITS else c for c in text)
