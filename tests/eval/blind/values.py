"""Makers for identifier values (digits with the right shape and check digits), dates and e-mail parts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random

from .numerals import fullwidth, kanji_number


@dataclass(frozen=True, slots=True)
class Raw:
    """An identifier before rendering: its groups, the separator used in plain writing, and a fixed prefix."""

    groups: tuple[str, ...]
    sep: str = "-"
    prefix: str = ""


def digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def my_number_digit(body: str) -> str:
    """マイナンバー check digit over the first 11 digits."""
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: Random) -> Raw:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    n = body + my_number_digit(body)
    return Raw((n[:4], n[4:8], n[8:]), rng.choice([" ", "", "-", " ", ""]))


def resident_code(rng: Random) -> Raw:
    n = digits(rng, 11)
    return Raw((n[:4], n[4:8], n[8:]), rng.choice(["", "", "", " ", "-"]))


def insurer_number(rng: Random, pref_no: int) -> Raw:
    """健康保険 保険者番号: 法別番号 2 + 都道府県 2 + 保険者別 3 + Luhn (国保: 6 digits)."""
    if rng.random() < 0.25:
        body = f"{pref_no:02d}{rng.randint(1, 999):03d}"
        return Raw((body + luhn_digit(body),), "")
    law = rng.choice(["01", "06", "06", "31", "32", "34", "39", "63"])
    body = f"{law}{pref_no:02d}{rng.randint(1, 999):03d}"
    n = body + luhn_digit(body)
    return Raw((n[:4], n[4:]), "")


def hi_symbol(rng: Random) -> Raw:
    """被保険者証の記号 (free form)."""
    kind = rng.randrange(3)
    if kind == 0:
        return Raw((digits(rng, rng.choice([4, 5, 7])),), "")
    if kind == 1:
        return Raw((digits(rng, 2), digits(rng, 3)), "-")
    return Raw((str(rng.randint(1, 99)), digits(rng, 4)), "-")


def hi_number(rng: Random) -> Raw:
    """被保険者証の番号 (free form, short)."""
    return Raw((str(rng.randint(10, 99999)),), "")


def kouki_number(rng: Random) -> Raw:
    """後期高齢者医療 被保険者番号: 8 digits."""
    n = digits(rng, 8)
    return Raw((n[:4], n[4:]), "")


def pension_number(rng: Random) -> Raw:
    return Raw((digits(rng, 4), digits(rng, 6)), "-")


def driver_license(rng: Random) -> Raw:
    n = f"{rng.choice(['30', '40', '46', '54', '60', '71', '83', '91'])}{rng.randint(60, 99) % 100:02d}" + digits(
        rng, 7
    )
    n += str(rng.choice([0, 0, 0, 1, 2]))
    return Raw((n[:4], n[4:8], n[8:]), rng.choice(["", "", "", " ", "-"]))


def passport(rng: Random) -> Raw:
    letters = rng.choice(["TK", "TR", "TZ", "MU", "RE", "TS", "XA", "EB", "TH", "MZ", "C", "B"])
    return Raw((letters, digits(rng, 7)), "")


def residence_card(rng: Random) -> Raw:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return Raw((rng.choice(up) + rng.choice(up), digits(rng, 8), rng.choice(up) + rng.choice(up)), "")


def credit_card(rng: Random) -> Raw:
    kind = rng.randrange(5)
    if kind == 4:  # American Express 4-6-5
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        n = body + luhn_digit(body)
        return Raw((n[:4], n[4:10], n[10:]), rng.choice(["-", " "]))
    prefix = ("4", "5" + str(rng.randint(1, 5)), "35" + str(rng.randint(28, 89)), "4")[kind]
    body = prefix + digits(rng, 15 - len(prefix))
    n = body + luhn_digit(body)
    return Raw((n[:4], n[4:8], n[8:12], n[12:]), rng.choice(["-", " ", "-", ""]))


def care_number(rng: Random) -> Raw:
    n = rng.choice(["00", "01", "10", "20"]) + digits(rng, 8)
    return Raw((n[:5], n[5:]), "")


def disability(rng: Random, pref_kanji: str) -> Raw:
    """障害者手帳 numbers: invented but realistic shapes."""
    kind = rng.randrange(5)
    if kind == 0:
        return Raw((digits(rng, rng.choice([5, 6])),), "", pref_kanji + "第")
    if kind == 1:
        return Raw((rng.choice("AB"), digits(rng, 6)), "-")
    if kind == 2:
        return Raw((digits(rng, 2), digits(rng, 5)), "-")
    if kind == 3:
        return Raw((digits(rng, rng.choice([6, 7, 8])),), "")
    return Raw((digits(rng, 6),), "", pref_kanji)


def bank_branch(rng: Random) -> str:
    return f"{rng.randint(1, 899):03d}"


def bank_account(rng: Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


def yucho_symbol(rng: Random) -> tuple[str, str]:
    """ゆうちょ 記号 (5 digits, 1....0) and 番号 (8 digits ending in 1)."""
    return "1" + digits(rng, 3) + "0", digits(rng, 7) + "1"


def postal(rng: Random, first3: str) -> Raw:
    return Raw((first3, digits(rng, 4)), "-")


def phone_raw(rng: Random, area: str, mobile: bool) -> Raw:
    if mobile:
        return Raw((rng.choice(["090", "080", "070", "090"]), digits(rng, 4), digits(rng, 4)), "-")
    if len(area) == 4:
        return Raw((area, str(rng.randint(2, 9)) + digits(rng, 1), digits(rng, 4)), "-")
    return Raw((area, str(rng.randint(2, 9)) + digits(rng, 2), digits(rng, 4)), "-")


# ---- dates -------------------------------------------------------------------------------------

ERAS: tuple[tuple[str, str, dt.date], ...] = (
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
    ("大正", "T", dt.date(1912, 7, 30)),
)
DATE_FORMS: tuple[str, ...] = ("plain", "slash", "wareki", "era_abbrev", "kanji", "fullwidth")


def random_birth(rng: Random, lo: int, hi: int) -> dt.date:
    start = dt.date(lo, 1, 1).toordinal()
    end = dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def wareki(d: dt.date) -> tuple[str, str, int]:
    for name, abbr, start in ERAS:
        if d >= start:
            return name, abbr, d.year - start.year + 1
    raise ValueError(d)


def render_date(d: dt.date, form: str, rng: Random) -> str:
    era, abbr, y = wareki(d)
    if form == "plain":
        return f"{d.year}年{d.month}月{d.day}日" if rng.random() < 0.8 else f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if form == "slash":
        sep = rng.choice(["/", "/", ".", "-"])
        return (
            f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"
            if rng.random() < 0.6
            else f"{d.year}{sep}{d.month}{sep}{d.day}"
        )
    if form == "wareki":
        ys = "元" if y == 1 else str(y)
        sp = " " if rng.random() < 0.15 else ""
        return f"{era}{ys}年{sp}{d.month}月{sp}{d.day}日"
    if form == "era_abbrev":
        sep = rng.choice([".", ".", "/", "-"])
        return (
            f"{abbr}{y}{sep}{d.month}{sep}{d.day}"
            if rng.random() < 0.6
            else f"{abbr}{y:02d}{sep}{d.month:02d}{sep}{d.day:02d}"
        )
    if form == "kanji":
        ys = "元" if y == 1 else kanji_number(y)
        return f"{era}{ys}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
    if form == "fullwidth":
        if rng.random() < 0.5:
            return fullwidth(f"{d.year}") + f"年{fullwidth(str(d.month))}月{fullwidth(str(d.day))}日"
        return f"{era}{fullwidth(str(y))}年{fullwidth(str(d.month))}月{fullwidth(str(d.day))}日"
    raise ValueError(form)


# ---- e-mail ------------------------------------------------------------------------------------

MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "softbank.ne.jp",
    "icloud.com",
    "outlook.jp",
    "example.jp",
    "example.com",
    "example.co.jp",
    "nifty.com",
    "biglobe.ne.jp",
    "au.com",
    "i.softbank.jp",
)
EMAIL_FORMS: tuple[str, ...] = ("plain", "fullwidth", "obfuscated")


def render_email(local: str, domain: str, form: str, rng: Random) -> str:
    if form == "plain":
        return f"{local}@{domain}"
    if form == "fullwidth":
        return fullwidth(f"{local}@{domain}")
    style = rng.randrange(9)
    if style == 0:
        return f"{local} (at) {domain}"
    if style == 1:
        return f"{local}［at］{domain}"
    if style == 2:
        return f"{local}＠マーク {domain}" if rng.random() < 0.5 else f"{local}＠マーク{domain}"
    if style == 3:
        return f"{local} アットマーク {domain}"
    if style == 4:
        return f"{local} at {domain.replace('.', ' dot ')}"
    if style == 5:
        return f"{local}(アット){domain}"
    if style == 6:
        return f"{local}★{domain}"
    if style == 7:
        return f"{local}[at]{domain.replace('.', '[dot]')}"
    return f"{local}＠{domain}"
