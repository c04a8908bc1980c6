"""Character-level rewrites: full width, kanji digits, kana scripts, readings of digits."""

from __future__ import annotations

import random
import unicodedata

KANJI_DIGITS = "〇一二三四五六七八九"
_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_FULL[" "] = "\u3000"
_FULL["-"] = "－"

_KATA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー・"
)
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ･"
_TO_HALF = dict(zip(_KATA, _HALF, strict=True))

READINGS: dict[str, tuple[str, ...]] = {
    "0": ("ゼロ", "レイ", "マル"),
    "1": ("イチ",),
    "2": ("ニ", "ニー"),
    "3": ("サン",),
    "4": ("ヨン", "シ"),
    "5": ("ゴ", "ゴー"),
    "6": ("ロク",),
    "7": ("ナナ", "シチ"),
    "8": ("ハチ",),
    "9": ("キュウ", "ク"),
}
WEEKDAYS = "月火水木金土日"


def fullwidth(text: str) -> str:
    return "".join(_FULL.get(ch, ch) for ch in text)


def kanji_digits(text: str) -> str:
    return "".join(KANJI_DIGITS[int(ch)] if ch.isascii() and ch.isdigit() else ch for ch in text)


def kanji_number(n: int) -> str:
    """1..9999 as kanji with units (十, 百, 千)."""
    if n <= 0:
        raise ValueError(n)
    out = ""
    for unit, value in (("千", 1000), ("百", 100), ("十", 10)):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else KANJI_DIGITS[q]) + unit
    if n:
        out += KANJI_DIGITS[n]
    return out


def hira_to_kata(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


def kata_to_hira(text: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in text)


def halfwidth_kana(katakana: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", katakana):
        if ch == "\u3099":
            out.append("ﾞ")
        elif ch == "\u309a":
            out.append("ﾟ")
        elif ch == "\u3000":
            out.append(" ")
        else:
            out.append(_TO_HALF.get(ch, ch))
    return "".join(out)


def mixed_width(rng: random.Random, text: str) -> str:
    """Some ASCII characters full width, some not (at least one of each where possible)."""
    idx = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()]
    if len(idx) < 2:
        return fullwidth(text)
    chosen = set(rng.sample(idx, rng.randint(1, len(idx) - 1)))
    return "".join(fullwidth(ch) if i in chosen else ch for i, ch in enumerate(text))


def zero_width(rng: random.Random, text: str) -> str:
    """U+200B inserted at one or two interior positions."""
    positions = sorted(rng.sample(range(1, len(text)), min(2, len(text) - 1)), reverse=True)
    for p in positions:
        text = text[:p] + "\u200b" + text[p:]
    return text


def dictate(rng: random.Random, groups: list[str], hiragana: bool) -> str:
    sep = rng.choice(("の", "ー"))
    if hiragana and sep == "ー":
        sep = "の"
    words = ["".join(rng.choice(READINGS[d]) for d in g) for g in groups]
    text = sep.join(words)
    return kata_to_hira(text) if hiragana else text
