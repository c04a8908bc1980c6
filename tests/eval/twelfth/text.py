"""Written forms: kana, full width, kanji digits and numerals, 和暦, digit-group renderings."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

KANJI_DIGITS = "〇一二三四五六七八九"
KATA_READ = ("ゼロ", "イチ", "ニー", "サン", "ヨン", "ゴー", "ロク", "ナナ", "ハチ", "キュー")
KATA_READ_ALT = ("マル", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ")
ZW = "\u200b"
DASHES = ("ー", "―", "−")
WEEKDAYS = "月火水木金土日"

_HALF: dict[str, str] = {}
for _cp in range(0xFF65, 0xFF9E):
    _h = chr(_cp)
    _HALF.setdefault(unicodedata.normalize("NFKC", _h), _h)
    for _mark in ("\uff9e", "\uff9f"):
        _f = unicodedata.normalize("NFKC", _h + _mark)
        if len(_f) == 1:
            _HALF.setdefault(_f, _h + _mark)


def kata(s: str) -> str:
    """Hiragana to katakana."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def half_kana(s: str) -> str:
    """Full-width katakana (or hiragana) to half-width katakana."""
    return "".join(_HALF.get(c, " " if c == "　" else c) for c in kata(s))


def fw(s: str) -> str:
    """ASCII to full width; `-` becomes `－`, space becomes U+3000."""
    out = []
    for c in s:
        if c == " ":
            out.append("　")
        elif "!" <= c <= "~":
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def kanji_digits(s: str) -> str:
    return "".join(KANJI_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def kanji_num(n: int) -> str:
    """Positional kanji numeral for 0 < n < 10000 (六十, 二十三, 千九百八十五)."""
    if n == 0:
        return "〇"
    out = ""
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        d, n = divmod(n, value)
        if d:
            out += ("" if d == 1 else KANJI_DIGITS[d]) + unit
    if n:
        out += KANJI_DIGITS[n]
    return out


def reading(s: str, rng: random.Random, hira: bool = False) -> str:
    table = rng.choice((KATA_READ, KATA_READ_ALT))
    out = "".join(table[int(c)] for c in s)
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in out) if hira else out


def mixed(s: str, rng: random.Random) -> str:
    """Mix full- and half-width digits (and letters); at least one of each."""
    idx = [i for i, c in enumerate(s) if c.isascii() and c.isalnum()]
    chosen = set(rng.sample(idx, max(1, len(idx) // 2)))
    if len(chosen) == len(idx):
        chosen.discard(idx[-1])
    return "".join(fw(c) if i in chosen else c for i, c in enumerate(s))


ERAS = (
    (dt.date(2019, 5, 1), "令和", "R"),
    (dt.date(1989, 1, 8), "平成", "H"),
    (dt.date(1926, 12, 25), "昭和", "S"),
    (dt.date(1912, 7, 30), "大正", "T"),
)


def wareki(d: dt.date) -> tuple[str, str, int]:
    for start, name, letter in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


def render_groups(groups: list[str], form: str, sep: str, rng: random.Random) -> str:
    """Render digit (or letter+digit) groups in one of the shared number forms."""
    joined = sep.join(groups)
    if form in ("plain", "label_next_line"):
        return joined
    if form == "tab_cell":
        return rng.choice((joined, "".join(groups)))
    if form == "nohyphen":
        return "".join(groups)
    if form == "fullwidth":
        return fw(rng.choice((joined, "-".join(groups), "".join(groups))))
    if form == "spaced":
        return " ".join("".join(groups))
    if form == "kanji":
        return rng.choice(("", "－", "の")).join(kanji_digits(g) for g in groups)
    if form == "mixed":
        return mixed(rng.choice((joined, "-".join(groups), "".join(groups))), rng)
    if form == "zero_width":
        if rng.random() < 0.5:
            return ZW.join(groups)
        g = "".join(groups)
        cut = rng.randrange(2, len(g) - 1)
        return g[:cut] + ZW + g[cut:]
    if form == "line_broken":
        cut = rng.randrange(1, len(groups))
        s = sep if sep.strip() else ""
        return s.join(groups[:cut]) + (s if rng.random() < 0.4 and s else "") + "\n" + s.join(groups[cut:])
    if form == "long_vowel_dash":
        return rng.choice(DASHES).join(groups)
    if form == "dotted":
        return ".".join(groups)
    if form == "half_read":
        k = rng.randrange(len(groups))
        parts = list(groups)
        if rng.random() < 0.5:
            parts[k] = kanji_digits(parts[k])
        else:
            parts[k] = reading(parts[k], rng)
        return rng.choice(("-", "－", "")).join(parts)
    raise ValueError(form)


def date_text(d: dt.date, style: str, rng: random.Random) -> str:
    """A (non-birth or birth) date in one written style."""
    era, letter, y = wareki(d)
    if style == "seireki":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "wareki":
        return f"{era}{y}年{d.month}月{d.day}日"
    if style == "slash":
        return rng.choice((f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}"))
    if style == "iso":
        return d.isoformat()
    if style == "era_letter":
        sep = rng.choice((".", "/", "."))
        return f"{letter}{y}{sep}{d.month}{sep}{d.day}"
    if style == "short_year":
        return rng.choice((f"{d.year % 100:02d}/{d.month:02d}/{d.day:02d}", f"{d.year % 100:02d}.{d.month}.{d.day}"))
    if style == "kanji_numerals":
        if rng.random() < 0.5:
            return f"{era}{kanji_num(y)}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
        return f"{kanji_digits(str(d.year))}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
    raise ValueError(style)


def weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]
