"""Identifier generators (valid check digits, valid phones) and the written forms of digit strings."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_

KANJI_DIGITS = "〇一二三四五六七八九"
READ = ("ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ")
READ_LONG = ("ゼロ", "イチ", "ニー", "サン", "ヨン", "ゴー", "ロク", "ナナ", "ハチ", "キュウ")
_READINGS = sorted(
    {**{r: str(i) for i, r in enumerate(READ)}, **{r: str(i) for i, r in enumerate(READ_LONG)}, "マル": "0"}.items(),
    key=lambda kv: -len(kv[0]),
)
ZWSP = "\u200b"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random) -> list[str]:
    body = str(rng.randint(1, 9)) + _digits(rng, 10)
    full = body + in_.calc_check_digit(body)
    return [full[:4], full[4:8], full[8:]]


def card(rng: random.Random) -> list[str]:
    body = rng.choice(("4", "4", "5", "35")) + ""
    body += _digits(rng, 15 - len(body))
    full = body + luhn.calc_check_digit(body)
    return [full[i : i + 4] for i in range(0, 16, 4)]


def health(rng: random.Random) -> list[str]:
    body = rng.choice(("06", "01", "31", "39", "67")) + f"{rng.randint(1, 47):02d}" + _digits(rng, 3)
    return [body + luhn.calc_check_digit(body)]


def resident(rng: random.Random) -> list[str]:
    return [str(rng.randint(1, 9)) + _digits(rng, 10)]


def pension(rng: random.Random) -> list[str]:
    return [str(rng.randint(1, 9)) + _digits(rng, 3), _digits(rng, 6)]


def license_no(rng: random.Random) -> list[str]:
    return [f"{rng.choice((10, 20, 30, 44, 45, 46, 50, 62, 73, 91))}{rng.randint(0, 99):02d}" + _digits(rng, 7) + "0"]


def passport(rng: random.Random) -> list[str]:
    return [rng.choice(("TK", "TZ", "MZ", "TR", "TS", "MU")) + _digits(rng, 7)]


def residence(rng: random.Random) -> list[str]:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return ["".join(rng.choice(up) for _ in range(2)) + _digits(rng, 8) + "".join(rng.choice(up) for _ in range(2))]


def bank(rng: random.Random) -> list[str]:
    return [_digits(rng, 3), str(rng.randint(1, 9)) + _digits(rng, 6)]


def care(rng: random.Random) -> list[str]:
    return ["0" + _digits(rng, 9)]


def disability(rng: random.Random) -> list[str]:
    return [_digits(rng, 6)]


def postal(rng: random.Random) -> list[str]:
    return [f"{rng.randint(10, 999):03d}", _digits(rng, 4)]


_AREAS = ("03", "06", "045", "048", "052", "011", "092", "022", "0466", "0166", "0258", "0120", "050", "04", "0476")


def phone(rng: random.Random, mobile: bool | None = None) -> list[str]:
    """A number `phonenumbers` calls valid for JP, split into its written groups."""
    if mobile is None:
        mobile = rng.random() < 0.5
    while True:
        if mobile:
            groups = [rng.choice(("090", "080", "070")), _digits(rng, 4), _digits(rng, 4)]
        else:
            area = rng.choice(_AREAS)
            if area == "0120":
                area = "03"
            if area == "050":
                groups = [area, _digits(rng, 4), _digits(rng, 4)]
            else:
                mid = 6 - len(area) if len(area) >= 3 else 4
                mid = max(mid, 1) if len(area) < 5 else 1
                groups = [area, str(rng.randint(2, 9)) + _digits(rng, mid - 1), _digits(rng, 4)]
        if phonenumbers.is_valid_number(phonenumbers.parse("".join(groups), "JP")):
            return groups


def fold(text: str) -> str:
    """Digits (and letters) of a written value: width, kanji digits and katakana readings folded."""
    s = unicodedata.normalize("NFKC", text)
    s = "".join(str(KANJI_DIGITS.index(ch)) if ch in KANJI_DIGITS else ch for ch in s)
    out = []
    i = 0
    while i < len(s):
        for reading, digit in _READINGS:
            if s.startswith(reading, i):
                out.append(digit)
                i += len(reading)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(ch for ch in "".join(out) if ch.isascii() and (ch.isalnum() or ch == "+"))


def full(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def mixed(rng: random.Random, s: str) -> str:
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c.isalnum()]
    picks = rng.sample(idx, max(1, len(idx) // 2))
    for i in picks:
        chars[i] = full(chars[i])
    if all(c == full(c) for c in chars if c.isalnum()) or all(c.isascii() for c in chars):
        chars[idx[0]] = full(chars[idx[0]]) if chars[idx[0]].isascii() else chars[idx[0]]
    return "".join(chars)


def spoken(rng: random.Random, groups: list[str], long: bool = False) -> str:
    table = READ_LONG if long else READ
    sep = rng.choice(("の、", "、", "の"))
    parts = ["".join(table[int(d)] if d.isdigit() else d for d in g) for g in groups]
    return sep.join(parts)


def pdf_spaced(rng: random.Random, groups: list[str]) -> str:
    parts = [(" " * rng.choice((1, 1, 2))).join(g) for g in groups]
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice((" - ", "  -  ", " -", "- ")) + p if len(groups) > 1 else p
    return out


def render(rng: random.Random, groups: list[str], form: str, hyphen: bool = True) -> str:
    """The written value for a number form; context forms (cell, sql, label_*) use plain or hyphen text."""
    joined = "-".join(groups) if hyphen else "".join(groups)
    if form in ("plain", "nohyphen"):
        return "".join(groups)
    if form == "hyphen":
        return "-".join(groups)
    if form == "grouped":
        return " ".join(groups)
    if form == "fullwidth":
        return full(joined)
    if form == "mixed_width":
        return mixed(rng, joined)
    if form == "spaced":
        return " ".join("".join(groups))
    if form == "kanji":
        return "‐".join("".join(KANJI_DIGITS[int(d)] if d.isdigit() else d for d in g) for g in groups)
    if form == "choon":
        return "ー".join(groups) if len(groups) > 1 else groups[0][:4] + "ー" + groups[0][4:]
    if form == "dotted":
        return ".".join(groups)
    if form == "zwsp":
        if len(groups) > 1:
            return ZWSP.join(groups)
        g = groups[0]
        return g[: len(g) // 2] + ZWSP + g[len(g) // 2 :]
    if form == "line_broken":
        if len(groups) > 1:
            return "-".join(groups[:-1]) + "-\n" + groups[-1]
        g = groups[0]
        return g[: len(g) // 2] + "\n" + g[len(g) // 2 :]
    if form == "spoken":
        return spoken(rng, groups, long=rng.random() < 0.4)
    if form == "half_kana":
        return (
            spoken(rng, groups[:1]) + "の" + "-".join(groups[1:])
            if len(groups) > 1
            else spoken(rng, [groups[0][:4]]) + "の" + groups[0][4:]
        )
    if form == "pdf_spaced":
        return pdf_spaced(rng, groups)
    if form == "dictated":
        return "の".join(groups)
    if form == "paren":
        return f"{groups[0]}({groups[1]}){groups[2]}" if len(groups) == 3 else joined
    if form == "lowercase":
        return joined.lower()
    return joined
