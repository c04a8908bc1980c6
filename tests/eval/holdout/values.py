"""Value helpers for the hold-out corpus: digit styles, telephone numbers, e-mail, postal codes and dates."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

import phonenumbers

FULLWIDTH = str.maketrans(
    string.digits + string.ascii_letters,
    "０１２３４５６７８９" + "".join(chr(ord(c) + 0xFEE0) for c in string.ascii_letters),
)
KANJI_DIGITS = str.maketrans(string.digits, "〇一二三四五六七八九")
ODD_DASHES = ("－", "‐", "―", "−", "ー", "ｰ", "–")


def digits(rng: random.Random, n: int, first: str = string.digits) -> str:
    """n random digits, the first drawn from `first`."""
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def fullwidth(text: str) -> str:
    """ASCII digits and letters to full width."""
    return text.translate(FULLWIDTH)


def kanji_number(n: int) -> str:
    """1..99 in kanji positional style (十五, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else "一二三四五六七八九"[tens - 1] + "十")
    return head + ("" if ones == 0 else "一二三四五六七八九"[ones - 1]) if n else "〇"


def group(text: str, sizes: tuple[int, ...], sep: str) -> str:
    """Split text into groups of the given sizes joined by sep."""
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    return sep.join(out)


# --- telephone ---------------------------------------------------------------------------------------------------

_FIXED = (
    ("03", 4),
    ("06", 4),
    ("011", 3),
    ("022", 3),
    ("029", 3),
    ("045", 3),
    ("052", 3),
    ("075", 3),
    ("082", 3),
    ("092", 3),
    ("098", 3),
    ("0297", 2),
    ("0263", 2),
    ("0166", 2),
    ("0267", 2),
    ("0299", 2),
    ("025", 3),
)


def phone_parts(rng: random.Random, kind: str) -> tuple[str, str, str]:
    """(area, exchange, line) of a number valid for phonenumbers; kind is fixed, mobile or ip."""
    while True:
        if kind == "mobile":
            parts = (rng.choice(["090", "080", "070", "090"]), digits(rng, 4, "123456789"), digits(rng, 4))
        elif kind == "ip":
            parts = ("050", digits(rng, 4, "123456789"), digits(rng, 4))
        else:
            area, size = rng.choice(_FIXED)
            parts = (area, digits(rng, size, "2345678"), digits(rng, 4))
        if phonenumbers.is_valid_number(phonenumbers.parse("".join(parts), "JP")):
            return parts


def phone(rng: random.Random, kind: str = "", style: str = "") -> str:
    """A phone number as somebody typed or scribbled it; style: plain, memo, kanji, fw, break, intl, paren, odd."""
    kind = kind or rng.choices(["mobile", "fixed", "ip"], [55, 40, 5])[0]
    a, b, c = phone_parts(rng, kind)
    style = (
        style
        or rng.choices(["plain", "plain", "memo", "fw", "odd", "paren", "intl", "nosep"], [5, 5, 2, 2, 2, 1, 1, 1])[0]
    )
    if style == "paren" and kind != "fixed":
        style = "plain"
    match style:
        case "memo":
            return rng.choice([f"{a} {b} {c}", f"{a}\u3000{b}\u3000{c}", f"{a}.{b}.{c}"])
        case "kanji":
            sep = rng.choice(["の", "-", "ー", ""])
            return sep.join(p.translate(KANJI_DIGITS) for p in (a, b, c))
        case "fw":
            return fullwidth(f"{a}{rng.choice(['－', '-', 'ー'])}{b}{rng.choice(['－', '-', 'ー'])}{c}")
        case "odd":
            dash = rng.choice(ODD_DASHES)
            return f"{a}{dash}{b}{dash}{c}"
        case "paren":
            return rng.choice([f"{a}({b}){c}", f"({a}){b}-{c}", f"{a}（{b}）{c}"])
        case "intl":
            return rng.choice([f"+81-{a[1:]}-{b}-{c}", f"+81 {a[1:]} {b} {c}", f"+81{a[1:]}{b}{c}"])
        case "break":
            return rng.choice([f"{a}-{b}-\n{c}", f"{a}-\n{b}-{c}", f"{a}{b}\n{c}"])
        case "nosep":
            return a + b + c
    return f"{a}-{b}-{c}"


def email(rng: random.Random, roman: str) -> str:
    """An address built from a roman name; sometimes with a full-width ＠ or typed entirely in full width."""
    words = [w.lower() for w in roman.replace("-", " ").split()] or ["user"]
    local = rng.choice(
        [
            ".".join(words[:2]),
            "_".join(reversed(words[:2])),
            words[0][0] + words[-1],
            words[-1] + digits(rng, 4, "12"),
            words[0] + "-" + digits(rng, 2),
        ]
    )
    domain = rng.choice(
        [
            "gmail.com",
            "yahoo.co.jp",
            "docomo.ne.jp",
            "ezweb.ne.jp",
            "i.softbank.jp",
            "icloud.com",
            "outlook.jp",
            "nifty.com",
            "au.com",
            "biglobe.ne.jp",
            "ybb.ne.jp",
        ]
    )
    roll = rng.random()
    if roll < 0.12:
        return f"{local}＠{domain}"
    if roll < 0.2:
        return fullwidth(local) + "＠" + fullwidth(domain).replace(".", "．")
    return f"{local}@{domain}"


def postal(rng: random.Random) -> str:
    """郵便番号 123-4567 (sometimes full width or odd dash, rarely 7 digits run together)."""
    a, b = digits(rng, 3, "0123456789"), digits(rng, 4)
    roll = rng.random()
    if roll < 0.15:
        return fullwidth(f"{a}-{b}").replace("-", "－")
    if roll < 0.25:
        return f"{a}{rng.choice(ODD_DASHES)}{b}"
    return a + b if roll < 0.33 else f"{a}-{b}"


# --- dates -----------------------------------------------------------------------------------------------------------

ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)))


def birth_day(rng: random.Random, first: int, last: int) -> date:
    """A random day between 1 January of `first` and 31 December of `last`."""
    start, end = date(first, 1, 1), date(last, 12, 31)
    return start + timedelta(days=rng.randint(0, (end - start).days))


def date_text(rng: random.Random, day: date, style: str = "") -> str:
    """A date in one of many written forms (西暦, 和暦, abbreviations, full width, kanji numerals)."""
    name, letter, start = next(e for e in ERAS if day >= e[2])
    year = day.year - start.year + 1
    y, m, d = day.year, day.month, day.day
    style = style or rng.choice(["seireki", "slash", "wareki", "wareki", "abbr", "abbr", "fw", "kanji", "dot", "gan"])
    match style:
        case "slash":
            return rng.choice([f"{y}/{m:02d}/{d:02d}", f"{y}/{m}/{d}", f"{y}-{m:02d}-{d:02d}"])
        case "wareki":
            return f"{name}{'元' if year == 1 else year}年{m}月{d}日"
        case "abbr":
            return rng.choice([f"{letter}{year}.{m}.{d}", f"{letter}{year}/{m}/{d}", f"{name[0]}{year}.{m}.{d}"])
        case "fw":
            return fullwidth(f"{name}{year}年{m}月{d}日")
        case "kanji":
            return f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(m)}月{kanji_number(d)}日"
        case "dot":
            return f"{y}.{m}.{d}"
        case "gan" if year == 1:
            return f"{name}元年{m}月{d}日"
    return f"{y}年{m}月{d}日"


def age_on(born: date, today: date = date(2025, 4, 1)) -> int:
    """Age in whole years on `today`."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
