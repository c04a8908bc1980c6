"""Digit helpers, check digits and the renderer of numbers in their written forms."""

from __future__ import annotations

import random
from dataclasses import dataclass

KANJI_DIGITS = "〇一二三四五六七八九"


def fw(s: str) -> str:
    """Full-width form of ASCII letters, digits and symbols."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def kd(s: str) -> str:
    """One kanji per digit; other characters unchanged."""
    return "".join(KANJI_DIGITS[int(c)] if c.isdigit() else c for c in s)


def kansuji(n: int) -> str:
    """Traditional kanji numeral for 0 < n < 1000 (六十, 二十三)."""
    if n == 0:
        return "〇"
    out = ""
    for unit, ch in ((100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else KANJI_DIGITS[q]) + ch
    return out + (KANJI_DIGITS[n] if n else "")


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == digits[-1]


def mod11_digit(body: str) -> str:
    """Check digit of 個人番号 (11 digits) and 住民票コード (10 digits): weights 2..7 cycling from the right."""
    total = sum(int(c) * ((i % 6) + 2) for i, c in enumerate(reversed(body)))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def corporate_digit(body12: str) -> str:
    """Leading check digit of a 法人番号."""
    s = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(reversed(body12)))
    return str(9 - s % 9)


@dataclass(frozen=True)
class Num:
    groups: tuple[str, ...]
    sep: str  # separator of the usual grouping ("" when usually written unseparated)


def render_num(num: Num, form: str, rng: random.Random, json: bool = False) -> str:
    g, sep = list(num.groups), num.sep
    if len(g) == 1:
        s = g[0]
        g = [s[: len(s) // 2], s[len(s) // 2:]]
    plain = sep.join(g)
    if form == "plain":
        return plain
    if form == "nohyphen":
        return "".join(g)
    if form == "fullwidth":
        return fw(plain) if rng.random() < 0.8 else fw("".join(g))
    if form == "spaced":
        return " ".join("".join(g))
    if form == "ideographic_space":
        return "\u3000".join(g) if rng.random() < 0.7 else "\u3000".join("".join(g))
    if form == "kanji":
        ksep = rng.choice(["－", "ー", "", "の"]) if sep == "-" else ("　" if sep == " " else "")
        return ksep.join(kd(x) for x in g)
    if form == "kanji_mixed":
        if rng.random() < 0.5:
            return "、".join(kd(x) for x in g)
        out = (sep or "-").join(kd(x) if i % 2 == 0 else x for i, x in enumerate(g))
        if not any(c in KANJI_DIGITS for c in out):
            out = (sep or "-").join(kd(x) if i % 2 == 1 else x for i, x in enumerate(g))
        return out
    if form == "zero_width":
        s = plain
        for _ in range(rng.choice([1, 1, 2])):
            pos = rng.randrange(1, len(s))
            s = s[:pos] + "\u200b" + s[pos:]
        return s
    if form == "line_broken":
        k = rng.randrange(1, len(g))
        nl = "\\n" if json else "\n"
        left = sep.join(g[:k]) + (sep if sep.strip() and rng.random() < 0.5 else "")
        return left + nl + sep.join(g[k:])
    if form == "mixed":
        choice = rng.randrange(6)
        if choice == 0:
            return ".".join(g)
        if choice == 1 and len(g) >= 3:
            return "(" + g[0] + ")" + g[1] + "-" + "-".join(g[2:])
        if choice == 2:
            return fw(g[0]) + "-" + "-".join(g[1:])
        if choice == 3:
            return rng.choice(["‐", "−", "ｰ", "―"]).join(g)
        if choice == 4:
            return "/".join(g)
        return " ".join(g) if sep != " " else "-".join(g)
    raise ValueError(form)


def era(y: int, m: int, d: int) -> tuple[str, str, int]:
    key = (y, m, d)
    if key >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if key >= (1989, 1, 8):
        return "平成", "H", y - 1988
    if key >= (1926, 12, 25):
        return "昭和", "S", y - 1925
    return "大正", "T", y - 1911
