"""Identifiers with valid check digits (stdnum), formatted the way people write them."""

from __future__ import annotations

import random
import string

from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum.jp import cn as corporate_number
from stdnum.jp import in_ as individual_number

from tests.eval.holdout.values import digits, fullwidth, group


def my_number(rng: random.Random, style: str = "") -> str:
    """A マイナンバー with a valid check digit, grouped 4-4-4 in one of several ways."""
    body = digits(rng, 11, "123456789")
    number = body + individual_number.calc_check_digit(body)
    style = style or rng.choice(["space", "plain", "dash", "fw", "wide", "space"])
    return {
        "space": group(number, (4, 4, 4), " "),
        "plain": number,
        "dash": group(number, (4, 4, 4), "-"),
        "fw": fullwidth(group(number, (4, 4, 4), rng.choice([" ", "\u3000", "－"]))),
        "wide": group(number, (4, 4, 4), "\u3000"),
        "break": group(number, (4, 4, 4), " ").replace(" ", "\n", 1),
    }[style]


def corp_number(rng: random.Random) -> str:
    """A 法人番号 (13 digits, leading check digit): public, never personal."""
    body = digits(rng, 12, "123456789")
    return corporate_number.calc_check_digit(body) + body


def jan(rng: random.Random) -> str:
    """A JAN (EAN-13) product code starting 45 or 49: not personal."""
    body = rng.choice(["45", "49"]) + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def card(rng: random.Random) -> str:
    """A Luhn-valid card number: Visa, Mastercard, JCB (16), Amex (15) or Diners (14), variously grouped."""
    prefix, length, sizes = rng.choice(
        [
            ("4", 16, (4, 4, 4, 4)),
            ("5" + rng.choice("12345"), 16, (4, 4, 4, 4)),
            ("35" + rng.choice(["28", "30", "62", "89"]), 16, (4, 4, 4, 4)),
            ("37", 15, (4, 6, 5)),
            ("36", 14, (4, 6, 4)),
        ]
    )
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", "-", "", " ", "－"])
    text = group(number, sizes, sep) if sep else number
    return fullwidth(text) if rng.random() < 0.15 else text


def insurer(rng: random.Random, kokuho: bool = False) -> str:
    """保険者番号: 8 digits (法別 + 都道府県 + serial + Luhn) or 国保 6 digits (Luhn)."""
    pref = f"{rng.randint(1, 47):02d}"
    body = pref + digits(rng, 3) if kokuho else rng.choice(["01", "06", "31", "32", "34", "39"]) + pref + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def pension(rng: random.Random) -> str:
    """基礎年金番号 1234-567890, sometimes without the dash or in full width."""
    number = digits(rng, 4, "123456789") + "-" + digits(rng, 6)
    roll = rng.random()
    return number.replace("-", "") if roll < 0.2 else fullwidth(number) if roll < 0.3 else number


def license_number(rng: random.Random) -> str:
    """運転免許証番号: 公安委員会 2 + 取得年 2 + serial 6 + check 1 + 再交付 1."""
    number = f"{rng.choice([10, 20, 30, 31, 40, 45, 50, 62, 70, 82, 90])}{rng.randint(0, 99):02d}{digits(rng, 6)}"
    number += str(rng.randint(0, 9)) + rng.choice("0001")
    return fullwidth(number) if rng.random() < 0.15 else number


def passport(rng: random.Random, country: str = "JP") -> str:
    """旅券番号 in the format of the issuing country."""
    match country:
        case "VN":
            return rng.choice("BCN") + digits(rng, 7)
        case "CN":
            return "E" + digits(rng, 8)
        case "US":
            return digits(rng, 9, "56")
        case "PH":
            return "P" + digits(rng, 7) + rng.choice("ABC")
    return rng.choice(["TK", "TR", "TZ", "MU", "MZ", "TS", "RE"]) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    """在留カード番号: 2 letters, 8 digits, 2 letters."""
    letters = string.ascii_uppercase
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def resident_code(rng: random.Random) -> str:
    """住民票コード (11 digits)."""
    return digits(rng, 11)


def account(rng: random.Random) -> str:
    """A 7-digit bank account number."""
    return digits(rng, 7)


def yucho(rng: random.Random) -> tuple[str, str]:
    """ゆうちょ 記号 (5 digits, 1xxx0) and 番号 (8 digits ending in 1)."""
    return "1" + digits(rng, 3) + "0", digits(rng, 7, "123456789") + "1"


def iban(rng: random.Random) -> str:
    """A valid IBAN (DE, GB, FR, NL, ES; national check digits too), compact or grouped by four."""
    while True:
        country, bban = rng.choice(
            [
                ("DE", digits(rng, 18)),
                ("FR", digits(rng, 23)),
                ("ES", digits(rng, 20)),
                ("GB", rng.choice(["NWBK", "BARC", "HBUK"]) + digits(rng, 14)),
                ("NL", rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)),
            ]
        )
        number = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(number):
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if rng.random() < 0.6 else number


def ssn(rng: random.Random) -> str:
    """US social security number AAA-GG-SSSS (area not 000, 666 or 9xx)."""
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ip(rng: random.Random) -> str:
    """An IPv4 (mostly) or IPv6 address."""
    if rng.random() < 0.25:
        return "2400:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 0xFFF):x}"
    first = rng.choice([49, 60, 106, 110, 114, 118, 126, 133, 153, 180, 192, 202, 210, 219])
    if first == 192:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def credential(rng: random.Random, kind: str) -> str:
    """A secret: password, aws, github, openai, slack or pem."""
    alnum = string.ascii_letters + string.digits

    def pick(n: int, chars: str = alnum) -> str:
        return "".join(rng.choice(chars) for _ in range(n))

    match kind:
        case "aws":
            return "AKIA" + pick(16, string.ascii_uppercase + "234567")
        case "github":
            return "ghp_" + pick(36)
        case "openai":
            return "sk-proj-" + pick(40) + pick(8, "-_" + alnum)
        case "slack":
            return f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{pick(24)}"
        case "pem":
            body = "\n".join(pick(64, alnum + "+/") for _ in range(3))
            return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    return pick(3, string.ascii_uppercase) + pick(4, string.digits) + rng.choice("#!$%&") + pick(4)
