"""Invented identifiers, check digits and the written forms of numeric values, e-mail addresses and birth dates."""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta

KANJI_DIGITS = "〇一二三四五六七八九"
ZW = "\u200b"
IDSP = "\u3000"

NUMERIC = (
    "PHONE_NUMBER",
    "POSTAL_CODE",
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
)
NUMERIC_FORMS = (
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "ideographic_space",
    "kanji",
    "kanji_mixed",
    "mixed",
    "zero_width",
    "line_broken",
)
EMAIL_FORMS = ("plain", "fullwidth", "spaced", "at_paren", "at_bracket", "at_katakana", "dot_spelled")
BIRTH_FORMS = ("seireki", "wareki", "abbrev", "slash", "iso", "compact", "spaced", "kanji_numerals")


# ---------------------------------------------------------------- check digits


def my_number_check(first11: str) -> int:
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(d) * w for d, w in zip(first11, weights, strict=True)) % 11
    return 0 if r <= 1 else 11 - r


def my_number_valid(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and my_number_check(digits[:11]) == int(digits[11])


def luhn_check(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def luhn_valid(digits: str) -> bool:
    return digits.isdigit() and len(digits) > 1 and luhn_check(digits[:-1]) == int(digits[-1])


def corporate_check(body12: str) -> int:
    """Leading check digit of a 13-digit 法人番号 over the 12 digits that follow it."""
    total = 0
    for n, ch in enumerate(reversed(body12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return 9 - total % 9


def corporate_valid(digits: str) -> bool:
    return len(digits) == 13 and digits.isdigit() and corporate_check(digits[1:]) == int(digits[0])


def isbn13(rng: random.Random) -> str:
    body = "9784" + "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def digits_of(text: str) -> str:
    """Digits of a written value: full-width folded, kanji numerals read, everything else dropped."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isascii() and ch.isdigit():
            out.append(ch)
        elif ch in KANJI_DIGITS:
            out.append(str(KANJI_DIGITS.index(ch)))
    return "".join(out)


# ---------------------------------------------------------------- raw invented values (as groups)


def _d(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


AREA = (
    "03",
    "06",
    "011",
    "022",
    "045",
    "052",
    "075",
    "092",
    "0263",
    "076",
    "086",
    "048",
    "042",
    "0166",
    "0237",
    "0954",
    "0855",
    "0299",
    "0476",
    "0869",
)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def raw_groups(entity: str, rng: random.Random) -> tuple[str, ...]:
    """An invented value of an entity, as the groups it is usually written in."""
    if entity == "PHONE_NUMBER":
        k = rng.random()
        if k < 0.45:
            return (rng.choice(("090", "080", "070")), _d(rng, 4, "123456789"), _d(rng, 4))
        if k < 0.55:
            return ("050", _d(rng, 4, "123456789"), _d(rng, 4))
        area = rng.choice(AREA)
        return (area, _d(rng, 6 - len(area), "23456789"), _d(rng, 4))
    if entity == "POSTAL_CODE":
        return (_d(rng, 3, "0123456789"), _d(rng, 4))
    if entity == "MY_NUMBER":
        body = _d(rng, 11, "123456789")
        s = body + str(my_number_check(body))
        return (s[:4], s[4:8], s[8:])
    if entity == "RESIDENT_CODE":
        s = _d(rng, 11)
        return (s[:4], s[4:8], s[8:])
    if entity == "HEALTH_INSURANCE":
        if rng.random() < 0.7:
            body = rng.choice(("01", "06", "31", "32", "34", "39", "67")) + _d(rng, 5)
            s = body + str(luhn_check(body))
            return (s[:4], s[4:])
        body = _d(rng, 5, "123456789")
        s = body + str(luhn_check(body))
        return (s[:3], s[3:])
    if entity == "PENSION_NUMBER":
        return (_d(rng, 4, "123456789"), _d(rng, 6))
    if entity == "DRIVER_LICENSE":
        s = rng.choice(("30", "44", "46", "48", "50", "54", "62", "64", "71")) + _d(rng, 2) + _d(rng, 6) + _d(rng, 1)
        s += rng.choice("0011")
        return (s[:4], s[4:8], s[8:])
    if entity == "PASSPORT":
        return ("".join(rng.choice(LETTERS) for _ in range(2)), _d(rng, 7))
    if entity == "RESIDENCE_CARD":
        two = "".join(rng.choice(LETTERS) for _ in range(2))
        return (two, _d(rng, 8), "".join(rng.choice(LETTERS) for _ in range(2)))
    if entity == "BANK_ACCOUNT":
        if rng.random() < 0.2:
            return ("1" + _d(rng, 4), _d(rng, 8, "123456789"))
        return (_d(rng, 3), _d(rng, 7, "0123456"))
    if entity == "CREDIT_CARD":
        if rng.random() < 0.15:
            body = "36" + _d(rng, 11)
            s = body + str(luhn_check(body))
            return (s[:4], s[4:10], s[10:])
        body = rng.choice(("4", "5", "35")) + ""
        body += _d(rng, 15 - len(body))
        s = body + str(luhn_check(body))
        return (s[:4], s[4:8], s[8:12], s[12:])
    if entity == "CARE_INSURANCE":
        s = "0" + _d(rng, 9)
        return (s[:4], s[4:7], s[7:])
    if entity == "DISABILITY_CERTIFICATE":
        return (rng.choice(("13", "20", "17", "33", "23")), _d(rng, 6, "123456789"))
    raise ValueError(entity)


# ---------------------------------------------------------------- forms of numeric values


def fullwidth(s: str) -> str:
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def kanji(s: str) -> str:
    return "".join(KANJI_DIGITS[int(c)] if c.isascii() and c.isdigit() else c for c in s)


def _insert(s: str, rng: random.Random, what: str, count: int) -> str:
    chars = list(s)
    positions = sorted(rng.sample(range(1, len(chars)), min(count, len(chars) - 1)), reverse=True)
    for p in positions:
        chars.insert(p, what)
    return "".join(chars)


def render_numeric(groups: tuple[str, ...], form: str, rng: random.Random) -> str:
    """Write the groups of an identifier in one of NUMERIC_FORMS."""
    alpha = groups[0].isalpha()
    sep = "" if alpha else rng.choice(("-", "-", "-", "‐", "－")) if form == "plain" else "-"
    plain = sep.join(groups)
    if form == "plain":
        if len(groups) == 3 and groups[0].startswith("0") and len(groups[0]) <= 4 and rng.random() < 0.2:
            return f"{groups[0]}({groups[1]}){groups[2]}"
        return plain
    if form == "nohyphen":
        s = "".join(groups)
        return s.lower() if alpha else s
    if form == "fullwidth":
        return fullwidth(plain if rng.random() < 0.7 else "".join(groups))
    if form == "spaced":
        return " ".join("".join(groups))
    if form == "ideographic_space":
        if rng.random() < 0.6:
            return IDSP.join(groups)
        return IDSP.join("".join(groups))
    if form == "kanji":
        dash = "" if groups[0].isalpha() else rng.choice(("ー", "－", "の", ""))
        return kanji(dash.join(groups))
    if form == "kanji_mixed":
        digit_groups = [i for i, g in enumerate(groups) if any(c.isdigit() for c in g)]
        if len(digit_groups) >= 2:
            k = rng.choice(digit_groups)
            parts = [kanji(g) if i == k else g for i, g in enumerate(groups)]
            if not any(ch.isdigit() and ch.isascii() for ch in "".join(parts)):
                parts = [kanji(g) if i != k else g for i, g in enumerate(groups)]
            return sep.join(parts)
        g = digit_groups[0]
        parts = list(groups)
        half = len(parts[g]) // 2
        parts[g] = kanji(parts[g][:half]) + parts[g][half:]
        return "".join(parts)
    if form == "mixed":
        while True:
            out = "".join(fullwidth(c) if rng.random() < 0.5 else c for c in plain)
            if out != plain and out != fullwidth(plain):
                return out
    if form == "zero_width":
        return _insert(plain if rng.random() < 0.6 else "".join(groups), rng, ZW, rng.choice((1, 1, 2)))
    if form == "line_broken":
        k = rng.randrange(1, len(groups))
        if rng.random() < 0.5 and not groups[0].isalpha():
            return "-".join(groups[:k]) + "-\n" + "-".join(groups[k:])
        return "".join(groups[:k]) + "\n" + "".join(groups[k:])
    raise ValueError(form)


# ---------------------------------------------------------------- e-mail


DOMAINS = (
    "example.jp",
    "example.com",
    "example.co.jp",
    "example.ne.jp",
    "example.org",
    "mail.example.jp",
    "example.net",
    "city.example.lg.jp",
    "example.or.jp",
)


def render_email(local: str, domain: str, form: str, rng: random.Random) -> str:
    if form == "plain":
        return f"{local}@{domain}"
    if form == "fullwidth":
        return fullwidth(f"{local}@{domain}")
    if form == "spaced":
        return f"{local} @ {domain}" if rng.random() < 0.6 else f"{local} @ {domain.replace('.', ' . ')}"
    if form == "at_paren":
        return f"{local}{rng.choice(('(at)', '（at）', '(アット)'))}{domain}"
    if form == "at_bracket":
        return f"{local}{rng.choice(('［at］', '[at]', '【at】'))}{domain}"
    if form == "at_katakana":
        return f"{local}{rng.choice(('アットマーク', 'アット'))}{domain}"
    if form == "dot_spelled":
        dot = rng.choice(("ドット", "（ドット）", "．"))
        if dot == "．":
            dot = "ドット"
        return f"{local.replace('.', dot)}@{domain.replace('.', dot)}"
    raise ValueError(form)


# ---------------------------------------------------------------- birth dates

ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)))


def era_of(d: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


def kanji_number(n: int) -> str:
    """10 → 十, 24 → 二十四, 60 → 六十."""
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


def random_birth(rng: random.Random, young: bool = False) -> date:
    if young:
        start, span = date(2018, 4, 2), 6 * 365
    else:
        start, span = date(1931, 1, 1), 85 * 365
    return start + timedelta(days=rng.randrange(span))


def render_birth(d: date, form: str, rng: random.Random) -> str:
    era, letter, ey = era_of(d)
    eys = "元" if ey == 1 and rng.random() < 0.7 else str(ey)
    if form == "seireki":
        return f"{d.year}年{d.month}月{d.day}日" if rng.random() < 0.7 else f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if form == "wareki":
        return f"{era}{eys}年{d.month}月{d.day}日"
    if form == "abbrev":
        sep = rng.choice((".", "/", ".", "-"))
        return f"{letter if rng.random() < 0.8 else letter.lower()}{ey}{sep}{d.month}{sep}{d.day}"
    if form == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}" if rng.random() < 0.6 else f"{d.year}/{d.month}/{d.day}"
    if form == "iso":
        return d.isoformat()
    if form == "compact":
        return d.strftime("%Y%m%d")
    if form == "spaced":
        if rng.random() < 0.5:
            return f"{d.year} 年 {d.month} 月 {d.day} 日"
        return f"{era} {ey} 年 {d.month} 月 {d.day} 日"
    if form == "kanji_numerals":
        if rng.random() < 0.5:
            return f"{era}{'元' if ey == 1 else kanji_number(ey)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
        return f"{kanji(str(d.year))}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
    raise ValueError(form)


def other_date(rng: random.Random) -> str:
    """A date that is not a birth date (受付日, 期限, 点検日), written in a random style."""
    d = date(2025, 4, 1) + timedelta(days=rng.randrange(600))
    _era, _letter, ey = era_of(d)
    return rng.choice(
        (
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.month}月{d.day}日",
            f"{d.year}/{d.month}/{d.day}",
            f"R{ey}.{d.month}.{d.day}",
            f"令和{ey}年{d.month}月{d.day}日",
            d.isoformat(),
            f"{d.month}/{d.day}",
        )
    )
