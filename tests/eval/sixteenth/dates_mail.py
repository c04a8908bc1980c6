"""Birth dates and mail addresses in their written forms."""

from __future__ import annotations

import datetime as dt
import random

from ..blind.model import Piece, Val
from .numbers import READ, full, mixed
from .people import Person
from .places import kanji_num
from .pools import MAIL_DOMAINS

B = "BIRTH_DATE"
E = "EMAIL_ADDRESS"
ERAS = (
    ("令和", "R", "れいわ", dt.date(2019, 5, 1)),
    ("平成", "H", "へいせい", dt.date(1989, 1, 8)),
    ("昭和", "S", "しょうわ", dt.date(1926, 12, 25)),
    ("大正", "T", "たいしょう", dt.date(1912, 7, 30)),
)
WEEK = "月火水木金土日"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_UNITS = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
_DAYS = [
    "ついたち",
    "ふつか",
    "みっか",
    "よっか",
    "いつか",
    "むいか",
    "なのか",
    "ようか",
    "ここのか",
    "とおか",
    "じゅういちにち",
    "じゅうににち",
    "じゅうさんにち",
    "じゅうよっか",
    "じゅうごにち",
    "じゅうろくにち",
    "じゅうしちにち",
    "じゅうはちにち",
    "じゅうくにち",
    "はつか",
    "にじゅういちにち",
    "にじゅうににち",
    "にじゅうさんにち",
    "にじゅうよっか",
    "にじゅうごにち",
    "にじゅうろくにち",
    "にじゅうしちにち",
    "にじゅうはちにち",
    "にじゅうくにち",
    "さんじゅうにち",
    "さんじゅういちにち",
]
_MONTH_READ = [
    "いちがつ",
    "にがつ",
    "さんがつ",
    "しがつ",
    "ごがつ",
    "ろくがつ",
    "しちがつ",
    "はちがつ",
    "くがつ",
    "じゅうがつ",
    "じゅういちがつ",
    "じゅうにがつ",
]


def birth(rng: random.Random, old: bool | None = None) -> dt.date:
    lo, hi = (1926, 1960) if old else (1935, 2024)
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def era(d: dt.date) -> tuple[str, str, str, int]:
    for name, short, kana, start in ERAS:
        if d >= start:
            return name, short, kana, d.year - start.year + 1
    return "明治", "M", "めいじ", d.year - 1867


def _read_num(n: int) -> str:
    tens, ones = divmod(n, 10)
    out = ("" if tens == 0 else ("じゅう" if tens == 1 else _UNITS[tens] + "じゅう")) + _UNITS[ones]
    return out


def date_text(d: dt.date, form: str, rng: random.Random) -> str:
    name, short, kana, year = era(d)
    if form == "gannen":
        return f"{name}元年{d.month}月{d.day}日"
    if form == "wareki":
        return f"{name}{year}年{d.month}月{d.day}日"
    if form == "era_short":
        sep = rng.choice(".//")
        return f"{short}{year}{sep}{d.month}{sep}{d.day}"
    if form == "kanji_num":
        return f"{name}{kanji_num(year)}年{kanji_num(d.month)}月{kanji_num(d.day)}日"
    if form == "fullwidth":
        return full(f"{d.year}年{d.month}月{d.day}日")
    if form == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if form == "iso":
        return d.isoformat()
    if form == "short_year":
        return f"{d.year % 100:02d}/{d.month}/{d.day}"
    if form == "english":
        return rng.choice((f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"))
    if form == "spoken":
        return f"{kana}{_read_num(year)}ねん{_MONTH_READ[d.month - 1]}{_DAYS[d.day - 1]}"
    if form == "pdf_spaced":
        return " ".join(f"{d.year}年{d.month}月{d.day}日")
    if form == "vcard":
        return d.strftime("%Y%m%d")
    if rng.random() < 0.5:
        return f"{name}{year}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def gannen_date(rng: random.Random) -> dt.date:
    return rng.choice(
        (dt.date(1989, rng.randint(2, 12), rng.randint(1, 28)), dt.date(2019, rng.randint(5, 12), rng.randint(1, 28)))
    )


def date_piece(d: dt.date, form: str, rng: random.Random, label: str = "生年月日") -> Piece:
    if form == "gannen":
        d = gannen_date(rng)
    text = date_text(d, form, rng)
    if form == "age_after":
        age = 2026 - d.year
        return (Val(B, text, form), rng.choice((f"生（{age}歳）", f"生まれ（{age}）", f"（{age}歳）")))
    if form == "weekday_after":
        return (Val(B, text, form), f"（{WEEK[d.weekday()]}）生まれ")
    if form == "label_above":
        return (f"{label}\n", Val(B, text, form))
    return (Val(B, text, form),)


_LETTERS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        [
            "エー",
            "ビー",
            "シー",
            "ディー",
            "イー",
            "エフ",
            "ジー",
            "エイチ",
            "アイ",
            "ジェー",
            "ケー",
            "エル",
            "エム",
            "エヌ",
            "オー",
            "ピー",
            "キュー",
            "アール",
            "エス",
            "ティー",
            "ユー",
            "ブイ",
            "ダブリュー",
            "エックス",
            "ワイ",
            "ゼット",
        ],
        strict=True,
    )
)


def local_part(p: Person, rng: random.Random) -> str:
    f, g = p.family.roma.lower(), p.given.roma.lower()
    return rng.choice(
        (f"{g}.{f}", f"{f}{g[0]}", f"{g[0]}-{f}{rng.randint(1, 99)}", f"{f}_{g}", f"{g}{rng.randint(60, 99)}")
    )


def email_text(p: Person, form: str, rng: random.Random) -> str:
    local, dom = local_part(p, rng), rng.choice(MAIL_DOMAINS)
    if form == "spoken":
        local = local.replace("_", "").replace("-", "")[:8]

        def say(s: str) -> str:
            return "・".join(_LETTERS.get(c, READ[int(c)] if c.isdigit() else "ドット") for c in s)

        return f"{say(local)} アットマーク {'・ドット・'.join(say(x) for x in dom.split('.'))}"
    if form == "bracket_at":
        return f"{local}[at]{dom}"
    if form == "paren_at":
        return f"{local}(at){dom}"
    if form == "katakana_at":
        return f"{local}アットマーク{dom}"
    if form == "at_dot":
        return f"{local} at {dom.replace('.', ' dot ')}"
    if form == "fullwidth":
        return full(f"{local}@{dom}")
    if form == "mixed_width":
        return mixed(rng, f"{local}@{dom}").replace("@", "＠")
    if form == "spaced":
        return f"{local} @ {dom}"
    if form == "zwsp":
        return f"{local}@\u200b{dom}"
    if form == "line_broken":
        return f"{local}@\n{dom}"
    return f"{local}@{dom}"


def email_piece(p: Person, form: str, rng: random.Random, label: str = "メール") -> Piece:
    text = email_text(p, form, rng)
    if form == "angle":
        return ("<", Val(E, text, form), ">")
    if form == "mailto":
        return ("mailto:", Val(E, text, form))
    if form == "label_above":
        return (f"{label}\n", Val(E, text, form))
    if form == "label_after":
        return (Val(E, text, form), f"（{label}）")
    return (Val(E, text, form),)
