"""Digit strings: generation of identifiers and their written forms, and folding them back for the checks."""

from __future__ import annotations

import random
import unicodedata

import phonenumbers
from stdnum import luhn
from stdnum.jp import in_ as mynumber

KANJI_DIGITS = "〇一二三四五六七八九"
KATA = ["ゼロ", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ"]
HIRA = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_READ = {
    "ぜろ": "0",
    "まる": "0",
    "れい": "0",
    "いち": "1",
    "に": "2",
    "さん": "3",
    "よん": "4",
    "し": "4",
    "ご": "5",
    "ろく": "6",
    "なな": "7",
    "しち": "7",
    "はち": "8",
    "きゅう": "9",
    "く": "9",
}
ZW = "\u200b"


def kata_to_hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def hira_to_kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def _half_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF61, 0xFFA0):
        half = chr(code)
        full = unicodedata.normalize("NFKC", half)
        if len(full) == 1:
            table.setdefault(full, half)
    for code in range(ord("ァ"), ord("ヺ") + 1):
        full = chr(code)
        base, *marks = unicodedata.normalize("NFD", full)
        if marks and base in table:
            table[full] = table[base] + ("ﾞ" if marks[0] == "\u3099" else "ﾟ")
    table["　"] = " "
    return table


_HALF = _half_table()


def to_halfwidth_kana(s: str) -> str:
    return "".join(_HALF.get(c, c) for c in hira_to_kata(s))


def to_full(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def kanji_num(n: int) -> str:
    """Positional kanji numeral for dates and 丁目 (二十九, 四十八, 百二十三)."""
    if n == 0:
        return "〇"
    out = ""
    for value, mark in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, value)
        if q:
            out += ("" if q == 1 else KANJI_DIGITS[q]) + mark
    return out + (KANJI_DIGITS[n] if n else "")


_ONES = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]


def kana_num(n: int) -> str:
    """Spoken reading of 1–99 in hiragana (にじゅうく, よんじゅうさん)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("じゅう" if tens == 1 else _ONES[tens] + "じゅう")
    return head + ("く" if ones == 9 and tens else _ONES[ones])


_DAYS = {
    1: "ついたち",
    2: "ふつか",
    3: "みっか",
    4: "よっか",
    5: "いつか",
    6: "むいか",
    7: "なのか",
    8: "ようか",
    9: "ここのか",
    10: "とおか",
    14: "じゅうよっか",
    20: "はつか",
    24: "にじゅうよっか",
}
_MONTHS = {4: "しがつ", 7: "しちがつ", 9: "くがつ"}


def kana_month(m: int) -> str:
    return _MONTHS.get(m, kana_num(m) + "がつ")


def kana_day(d: int) -> str:
    return _DAYS.get(d, kana_num(d) + "にち")


def fold(text: str) -> str:
    """Digits only: NFKC, kanji and kana digits to figures, everything else dropped."""
    s = unicodedata.normalize("NFKC", text).replace(ZW, "")
    s = "".join(str(KANJI_DIGITS.index(c)) if c in KANJI_DIGITS else c for c in s)
    s = kata_to_hira(s)
    out = []
    i = 0
    keys = sorted(_READ, key=len, reverse=True)
    while i < len(s):
        if s[i].isdigit():
            out.append(s[i])
            i += 1
            continue
        for k in keys:
            if s.startswith(k, i):
                out.append(_READ[k])
                i += len(k)
                break
        else:
            i += 1
    return "".join(out)


# ---- generation -------------------------------------------------------------------------------------------

_AREAS = ["029", "03", "06", "045", "052", "011", "092", "0166", "075", "022", "048", "0263", "0545", "086", "0985"]


def phone_groups(rng: random.Random, mobile: bool) -> list[str]:
    while True:
        if mobile:
            groups = [rng.choice(["090", "080", "070"]), f"{rng.randint(1000, 9999)}", f"{rng.randint(0, 9999):04d}"]
        else:
            area = rng.choice(_AREAS)
            mid = 6 - len(area)
            groups = [area, str(rng.randint(2, 9)) + digits(rng, mid - 1), digits(rng, 4)]
        num = phonenumbers.parse("".join(groups), "JP")
        if phonenumbers.is_valid_number(num):
            return groups


def mynumber_digits(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return body + mynumber.calc_check_digit(body)


def card_digits(rng: random.Random) -> str:
    body = rng.choice(["4", "5", "35"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    body = body[:15]
    return body + luhn.calc_check_digit(body)


def digits(rng: random.Random, n: int, lead: str = "") -> str:
    return lead + "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))


def luhn_digits(rng: random.Random, n: int) -> str:
    body = digits(rng, n - 1, "0" + str(rng.randint(1, 4)))
    return body + luhn.calc_check_digit(body)


# ---- written forms of digit groups ---------------------------------------------------------------------------


def kana_group(g: str) -> str:
    return "".join(KATA[int(c)] for c in g)


def write_groups(groups: list[str], form: str, rng: random.Random, sep: str = "-") -> str:
    """Render digit groups in a number form; the result never starts or ends with a separator."""
    joined = sep.join(groups)
    if form in ("plain", "table_cell", "label_above"):
        return joined
    if form == "nohyphen":
        return "".join(groups)
    if form == "fullwidth":
        return to_full(joined).replace("\u3000", "　")
    if form == "spaced":
        if len(groups) > 1 and sep != " ":
            return " ".join(groups)
        return " ".join("".join(groups))
    if form == "kanji":
        return (sep if sep != "-" else "－").join("".join(KANJI_DIGITS[int(c)] for c in g) for g in groups)
    if form == "mixed_width":
        chars = [to_full(c) if rng.random() < 0.5 else c for c in joined]
        if all(c == o for c, o in zip(chars, joined, strict=True)):
            chars[0] = to_full(chars[0])
        return "".join(chars)
    if form == "zero_width":
        flat = "".join(groups)
        cut = max(1, len(flat) // 2)
        return flat[:cut] + ZW + flat[cut:]
    if form == "line_broken":
        if len(groups) > 1:
            return sep.join(groups[:-1]) + (sep if sep == "-" else "") + "\n" + groups[-1]
        flat = groups[0]
        return flat[: len(flat) // 2] + "\n" + flat[len(flat) // 2 :]
    if form == "chouon":
        return "ー".join(groups) if len(groups) > 1 else groups[0][:3] + "ー" + groups[0][3:]
    if form == "dotted":
        return ".".join(groups) if len(groups) > 1 else groups[0][:4] + "." + groups[0][4:]
    if form == "kana_half":
        idx = 1 if len(groups) > 2 else 0
        if len(groups) == 1:
            g = groups[0]
            return kana_group(g[:3]) + g[3:]
        return sep.join(kana_group(g) if i == idx else g for i, g in enumerate(groups))
    if form == "spoken":
        return "の ".join(
            " ".join(HIRA[int(c)] for c in g) if len(g) <= 2 else "".join(HIRA[int(c)] for c in g) for g in groups
        )
    raise ValueError(form)


NUMBER_FORMS = [
    "plain",
    "nohyphen",
    "fullwidth",
    "spaced",
    "kanji",
    "mixed_width",
    "zero_width",
    "line_broken",
    "chouon",
    "dotted",
    "kana_half",
]
