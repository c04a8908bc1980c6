"""Birth dates in their written forms (和暦, 元年, S28.6.29, slash, ISO, kanji, English, spoken)."""

from __future__ import annotations

import datetime as dt

from tests.eval.blind.model import Piece, Val

from .addresses import kanji_number
from .textutil import zen
from .values import Ctx, Person

FORMS = (
    "plain",
    "wareki",
    "gannen",
    "era_short",
    "slash",
    "iso",
    "kanji_num",
    "short_year",
    "weekday_after",
    "age_after",
    "english",
    "fullwidth",
    "label_above",
    "cell",
    "spoken",
)
LINE = tuple(f for f in FORMS if f not in ("cell", "spoken"))
ERAS = (
    (dt.date(2019, 5, 1), "令和", "R"),
    (dt.date(1989, 1, 8), "平成", "H"),
    (dt.date(1926, 12, 25), "昭和", "S"),
    (dt.date(1912, 7, 30), "大正", "T"),
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
KANA_NUM = ("", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう")
DAY_KANA = {
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
MONTH_KANA = {4: "しがつ", 7: "しちがつ", 9: "くがつ"}


def era(d: dt.date) -> tuple[str, str, int]:
    for start, name, short in ERAS:
        if d >= start:
            return name, short, d.year - start.year + 1
    raise ValueError(d)


def kana_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    out = "" if tens == 0 else ("" if tens == 1 else KANA_NUM[tens]) + "じゅう"
    return out + KANA_NUM[ones]


def gannen_ok(d: dt.date) -> bool:
    return era(d)[2] == 1


def render(ctx: Ctx, form: str, d: dt.date) -> str:
    name, short, y = era(d)
    if form in ("plain", "label_above", "age_after", "weekday_after"):
        if ctx.p(0.5) or form == "weekday_after":
            return f"{d.year}年{d.month}月{d.day}日"
        return f"{name}{y}年{d.month}月{d.day}日"
    if form == "wareki":
        return f"{name}{y}年{d.month}月{d.day}日" if ctx.p(0.7) else f"{name}{y:02d}年{d.month:02d}月{d.day:02d}日"
    if form == "gannen":
        return f"{name}元年{d.month}月{d.day}日"
    if form == "era_short":
        return ctx.c(
            (
                f"{short}{y}.{d.month}.{d.day}",
                f"{short}{y}/{d.month}/{d.day}",
                f"{short}{y:02d}.{d.month:02d}.{d.day:02d}",
            )
        )
    if form in ("slash", "cell"):
        return ctx.c((f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}"))
    if form == "iso":
        return d.isoformat()
    if form == "kanji_num":
        if ctx.p(0.5):
            return f"{name}{kanji_number(y)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
        return (
            "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year))
            + f"年{kanji_number(d.month)}月{kanji_number(d.day)}日"
        )
    if form == "short_year":
        return ctx.c(
            (
                f"{d.year % 100:02d}/{d.month}/{d.day}",
                f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}",
                f"{y}.{d.month}.{d.day}",
            )
        )
    if form == "english":
        m = MONTHS[d.month - 1]
        return ctx.c((f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", f"{m[:3]} {d.day}, {d.year}"))
    if form == "fullwidth":
        return zen(
            ctx.c((f"{d.year}年{d.month}月{d.day}日", f"{short}{y}.{d.month}.{d.day}", f"{d.year}/{d.month}/{d.day}"))
        )
    if form == "spoken":
        month = MONTH_KANA.get(d.month, kana_number(d.month) + "がつ")
        day = DAY_KANA.get(d.day, kana_number(d.day) + "にち")
        year = {"令和": "れいわ", "平成": "へいせい", "昭和": "しょうわ", "大正": "たいしょう"}[name] + (
            "がんねん" if y == 1 else kana_number(y) + "ねん"
        )
        return ctx.c((f"{year}、{month}{day}", f"{year}の{month}{day}", f"{year} {month} {day}"))
    raise ValueError(form)


def birth(ctx: Ctx, p: Person, forms: tuple[str, ...] = LINE) -> Piece:
    """A person's birth date in the least-written allowed form, with 生（…歳） or a weekday outside the span."""
    allowed = [f for f in forms if f != "gannen" or gannen_ok(p.birth)]
    form = ctx.pick("BIRTH_DATE", allowed)
    v: Val = ctx.val("BIRTH_DATE", render(ctx, form, p.birth), form)
    if form == "weekday_after":
        w = WEEK[p.birth.weekday()]
        return (v, ctx.c((f"（{w}）", f"({w})", f" {w}曜日")))
    if form == "age_after":
        return (v, ctx.c((f"生（{p.age}歳）", f"生 {p.age}歳", f"（{p.age}歳）", f"生まれ（満{p.age}歳）")))
    return (v,)


def birth_field(ctx: Ctx, p: Person, label: str = "生年月日", sep: str = "：") -> Piece:
    b = birth(ctx, p)
    first = b[0] if isinstance(b, tuple) else b
    if isinstance(first, Val) and first.form == "label_above":
        return (label, "\n", b)
    return (label, sep, b)
