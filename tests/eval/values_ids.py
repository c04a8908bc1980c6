"""Identifiers, numbers and secrets as people write them: valid check digits, odd dashes, full-width forms."""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.jp import in_ as my_number

DASHES = ("‐", "−", "ー", "－")  # look-alikes NFKC does not (all) fold to "-"
_FW = str.maketrans(
    string.digits + string.ascii_uppercase + string.ascii_lowercase + "-./@:",
    "".join(chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_uppercase + string.ascii_lowercase)
    + "－．／＠：",
)
_KANJI_DIGITS = "〇一二三四五六七八九"


def fullwidth(text: str) -> str:
    """ASCII digits, letters and a few signs as their full-width forms."""
    return text.translate(_FW)


def kanji_number(n: int) -> str:
    """1..99 as kanji numerals (四, 十二, 六十)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _KANJI_DIGITS[tens] + "十")
    return head + (_KANJI_DIGITS[ones] if ones else "")


def digits(rng: random.Random, n: int) -> str:
    """n random digits, the first one non-zero."""
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def grouped(rng: random.Random, groups: list[str], seps: tuple[str, ...] = ("-", " ", "")) -> str:
    """Join digit groups with one separator (sometimes a dash look-alike); sometimes full-width."""
    sep = rng.choice(seps) if rng.random() < 0.85 else rng.choice(DASHES)
    text = sep.join(groups)
    return fullwidth(text) if rng.random() < 0.15 else text


def _split(text: str, sizes: tuple[int, ...]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos : pos + size])
        pos += size
    return out


def my_number_value(rng: random.Random) -> str:
    """マイナンバー with a valid check digit: 12 digits, often 4-4-4."""
    body = digits(rng, 11)
    return grouped(rng, _split(body + my_number.calc_check_digit(body), (4, 4, 4)), (" ", "-", "", " "))


def credit_card(rng: random.Random) -> str:
    """Luhn-valid Visa, Mastercard, JCB, Amex or Diners number."""
    prefix, length, sizes = rng.choice(
        [
            ("4", 16, (4, 4, 4, 4)),
            ("5" + str(rng.randint(1, 5)), 16, (4, 4, 4, 4)),
            ("35" + str(rng.randint(28, 89)), 16, (4, 4, 4, 4)),
            ("3" + rng.choice("47"), 15, (4, 6, 5)),
            ("36", 14, (4, 6, 4)),
        ]
    )
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    return grouped(rng, _split(body + luhn.calc_check_digit(body), sizes))


def insurer_number(rng: random.Random) -> str:
    """保険者番号: 8 digits (law code, prefecture, serial, Luhn digit)."""
    body = rng.choice(["01", "06", "31", "32", "33", "34", "39", "63"]) + f"{rng.randint(1, 47):02d}"
    body += "".join(rng.choice(string.digits) for _ in range(3))
    return body + luhn.calc_check_digit(body)


def kokuho_insurer_number(rng: random.Random) -> str:
    """国民健康保険の保険者番号: 6 digits ending in a Luhn digit."""
    body = f"{rng.randint(1, 47):02d}" + "".join(rng.choice(string.digits) for _ in range(3))
    return body + luhn.calc_check_digit(body)


def pension_number(rng: random.Random) -> str:
    """基礎年金番号 4-6."""
    return grouped(rng, [digits(rng, 4), "".join(rng.choice(string.digits) for _ in range(6))], ("-", "-", ""))


def driver_license(rng: random.Random) -> str:
    """運転免許証番号: 12 digits (committee, year, serial, check, reissue)."""
    committee = rng.choice(["10", "20", "30", "40", "44", "45", "46", "50", "54", "60", "62", "70", "80", "90"])
    body = committee + f"{rng.randint(0, 99):02d}" + "".join(rng.choice(string.digits) for _ in range(7))
    text = body + str(rng.choice([0, 0, 0, 1, 2]))
    return fullwidth(text) if rng.random() < 0.15 else text


def passport(rng: random.Random) -> str:
    """旅券番号: two letters and seven digits."""
    text = rng.choice(["TK", "TR", "TZ", "TS", "TT", "MU", "MZ", "RZ", "AZ"]) + digits(rng, 7)
    return fullwidth(text) if rng.random() < 0.1 else text


def residence_card(rng: random.Random) -> str:
    """在留カード番号: two letters, eight digits, two letters."""
    letters = string.ascii_uppercase
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def resident_code(rng: random.Random) -> str:
    """住民票コード: 11 digits."""
    return grouped(rng, [digits(rng, 11)], ("",))


def plain_digits(rng: random.Random, low: int, high: int) -> str:
    """Free-form number (記号・番号, account numbers) of low..high digits."""
    return digits(rng, rng.randint(low, high))


def yucho_kigo(rng: random.Random) -> str:
    """ゆうちょ銀行の記号: 5 digits starting with 1, ending with 0."""
    return "1" + "".join(rng.choice(string.digits) for _ in range(3)) + "0"


def yucho_bango(rng: random.Random) -> str:
    """ゆうちょ銀行の番号: 8 digits ending with 1."""
    return digits(rng, 7) + "1"


def postal_code(rng: random.Random) -> str:
    """郵便番号 123-4567 (or 7 digits, or full-width)."""
    head = rng.choice(["305", "300", "302", "310", "100", "160", "154", "222", "530", "460", "277"])
    return grouped(rng, [head, "".join(rng.choice(string.digits) for _ in range(4))], ("-", "-", "-", ""))


_FIXED = (
    ("03", 4),
    ("06", 4),
    ("029", 3),
    ("045", 3),
    ("052", 3),
    ("092", 3),
    ("022", 3),
    ("0297", 2),
    ("0299", 2),
    ("0296", 2),
    ("048", 3),
    ("04992", 1),
    ("047", 3),
    ("043", 3),
)


def _phone_groups(rng: random.Random, kind: str) -> list[str]:
    last = digits(rng, 4)
    if kind == "mobile":
        return [rng.choice(["090", "080", "070"]), digits(rng, 4), last]
    if kind == "free":
        head = rng.choice(["0120", "0120", "0800", "0570"])
        return [head, digits(rng, 3), digits(rng, 4 if head == "0800" else 3)]
    if kind == "ip":
        return ["050", digits(rng, 4), last]
    area, size = rng.choice(_FIXED)
    exchange = "8" + digits(rng, 2) if area == "029" else digits(rng, size)
    if (area, exchange, last) == ("029", "883", "1111"):  # the city's own number is a negative
        last = "2222"
    return [area, exchange, last]


def phone(rng: random.Random, kind: str) -> str:
    """Phone number; kind is fixed, mobile, free (0120/0800/0570), ip (050) or intl (+81)."""
    if kind == "intl":
        groups, sep = _phone_groups(rng, rng.choice(["mobile", "fixed"])), rng.choice(["-", " "])
        return "+81" + sep + sep.join([groups[0][1:], *groups[1:]])
    groups = _phone_groups(rng, kind)
    if kind == "fixed" and rng.random() < 0.2:
        return f"{groups[0]}({groups[1]}){groups[2]}"
    return grouped(rng, groups, ("-", "-", "-", "", " "))


def birth_day(rng: random.Random, first: int, last: int) -> date:
    """A random date between 1 January of first and 31 December of last."""
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(last, 12, 31) - start).days))


_ERAS = (
    ("令和", "R", "㋿", date(2019, 5, 1)),
    ("平成", "H", "㍻", date(1989, 1, 8)),
    ("昭和", "S", "㍼", date(1926, 12, 25)),
    ("大正", "T", "㍽", date(1912, 7, 30)),
)


def date_text(rng: random.Random, d: date) -> str:
    """A date in one of the Western or 和暦 styles (昭和60年4月1日, S60.4.1, H2/1/15, 令和元年…)."""
    name, abbr, sign, start = next(e for e in _ERAS if d >= e[3])
    ey = d.year - start.year + 1
    eys = "元" if ey == 1 else str(ey)
    styles = [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}/{d.month}/{d.day}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{name}{eys}年{d.month}月{d.day}日",
        f"{name}{eys}年{d.month}月{d.day}日",
        f"{abbr}{ey}.{d.month}.{d.day}",
        f"{abbr}{ey}/{d.month}/{d.day}",
        f"{name}{kanji_number(ey) if ey > 1 else '元'}年{kanji_number(d.month)}月{kanji_number(d.day)}日",
        f"{sign}{ey}年{d.month}月{d.day}日",
    ]
    text = rng.choice(styles)
    return fullwidth(text) if rng.random() < 0.12 and "年" in text else text


def email(rng: random.Random, romanized: str) -> str:
    """Personal mail address built from a romanized name."""
    local = romanized.lower().replace(" ", rng.choice([".", "_", ""])) + rng.choice(["", "", str(rng.randint(1, 99))])
    domain = rng.choice(
        [
            "gmail.com",
            "yahoo.co.jp",
            "docomo.ne.jp",
            "ezweb.ne.jp",
            "icloud.com",
            "outlook.jp",
            "i.softbank.jp",
            "nifty.com",
            "biglobe.ne.jp",
            "au.com",
        ]
    )
    text = f"{local}@{domain}"
    return fullwidth(text) if rng.random() < 0.06 else text


def iban(rng: random.Random) -> str:
    """Valid German or British IBAN, compact or in groups of four."""
    if rng.random() < 0.5:
        country, bban = "DE", digits(rng, 8) + "".join(rng.choice(string.digits) for _ in range(10))
    else:
        bank = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"])
        country, bban = "GB", bank + digits(rng, 6) + digits(rng, 8)
    number = country + std_iban.calc_check_digits(country + "00" + bban) + bban
    return std_iban.format(number) if rng.random() < 0.6 else number


def us_ssn(rng: random.Random) -> str:
    """US social security number avoiding never-issued areas, groups and serials."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    parts = [f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"]
    return rng.choice(["-", "-", " "]).join(parts)


def ip_address(rng: random.Random, v6: bool = False) -> str:
    """IPv4 (private or documentation ranges) or IPv6 address."""
    if v6:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    head = rng.choice(
        ["192.168", "10." + str(rng.randint(0, 255)), "172." + str(rng.randint(16, 31)), "203.0", "198.51"]
    )
    return f"{head}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def credential(rng: random.Random, kind: str) -> str:
    """A secret pasted by mistake: aws, aws_secret, openai, github, slack, azure, password or privkey."""
    if kind == "aws":
        return "AKIA" + _token(rng, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return _token(rng, 40, string.ascii_letters + string.digits + "+/")
    if kind == "openai":
        return rng.choice(["sk-", "sk-proj-"]) + _token(rng, 48, string.ascii_letters + string.digits + "_-")
    if kind == "github":
        return "ghp_" + _token(rng, 36)
    if kind == "slack":
        return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{_token(rng, 24)}"
    if kind == "azure":
        return _token(rng, 32, "0123456789abcdef")
    if kind == "password":
        word = rng.choice(["Tsukuba", "tsukuba", "Shiyakusho", "Kenkyu", "Sakura", "Welcome", "P@ss"])
        return word + rng.choice(["2024", "2025", "#01", "!", "_r6", "123"]) + _token(rng, rng.randint(0, 4))
    lines = [_token(rng, 64, string.ascii_letters + string.digits + "+/") for _ in range(3)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"
