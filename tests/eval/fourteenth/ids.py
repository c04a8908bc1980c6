"""Phones, mail addresses, birth dates and the numbered identifiers, each in its least-written form."""

from __future__ import annotations

import datetime as dt

from tests.eval.blind.model import Piece, Val
from tests.eval.fourteenth import numbers as nb
from tests.eval.fourteenth import pools
from tests.eval.fourteenth.values import Ctx, Person

PHONE_FORMS = [*nb.NUMBER_FORMS, "paren_area", "plus81", "extension"]
LAYOUT = ["table_cell", "label_above"]


def phone(ctx: Ctx, forms: list[str] | None = None, mobile: bool | None = None) -> Piece:
    r = ctx.rng
    form = ctx.pick("PHONE_NUMBER", forms or PHONE_FORMS)
    if mobile is None:
        mobile = r.random() < 0.55
    groups = nb.phone_groups(r, mobile and form != "extension")
    tail = ""
    if form == "paren_area":
        text = r.choice([f"{groups[0]}({groups[1]}){groups[2]}", f"（{groups[0]}）{groups[1]}-{groups[2]}"])
        if text.startswith("（"):
            return "（", ctx.val("PHONE_NUMBER", text[1:], form)
    elif form == "plus81":
        sep = r.choice(["-", " "])
        text = "+81" + sep + sep.join([groups[0][1:], *groups[1:]])
    elif form == "extension":
        text = "-".join(groups)
        tail = r.choice([f" 内線{r.randint(200, 899)}", f"（内線{r.randint(2000, 4999)}）"])
    else:
        text = nb.write_groups(groups, form, r)
    return ctx.val("PHONE_NUMBER", text, form), tail


def email(ctx: Ctx, p: Person | None = None, forms: list[str] | None = None, staff: bool = False) -> Piece:
    r = ctx.rng
    form = ctx.pick("EMAIL_ADDRESS", forms or EMAIL_FORMS)
    if p is None:
        local = r.choice(["hoshi", "mikan", "sora", "kuma", "tanpopo"]) + str(r.randint(10, 999))
    else:
        f, g = p.fam_rom.lower(), p.giv_rom.lower().replace(" ", "")
        local = r.choice([f"{g}.{f}", f"{g[0]}-{f}", f"{f}{r.randint(10, 99)}", f"{g}_{f[:3]}", f"{f}.{g[0]}"])
    domain = pools.STAFF_DOMAIN if staff else r.choice(pools.MAIL_DOMAINS)
    addr = f"{local}@{domain}"
    if form in ("plain", "table_cell", "label_above", "header"):
        return ctx.val("EMAIL_ADDRESS", addr, form)
    if form == "fullwidth":
        return ctx.val("EMAIL_ADDRESS", nb.to_full(addr), form)
    if form == "at_paren":
        return ctx.val("EMAIL_ADDRESS", addr.replace("@", "(at)"), form)
    if form == "at_bracket":
        return ctx.val("EMAIL_ADDRESS", addr.replace("@", "[at]"), form)
    if form == "at_dot":
        return ctx.val("EMAIL_ADDRESS", f"{local} at {domain.replace('.', ' dot ')}", form)
    if form == "katakana_at":
        return ctx.val("EMAIL_ADDRESS", f"{local}{r.choice(['アット', 'あっと', 'アットマーク'])}{domain}", form)
    if form == "spaced":
        return ctx.val("EMAIL_ADDRESS", f"{local} @ {domain}", form)
    if form == "mailto":
        return "mailto:", ctx.val("EMAIL_ADDRESS", addr, form)
    if form == "angle":
        return "<", ctx.val("EMAIL_ADDRESS", addr, form), ">"
    if form == "zero_width":
        return ctx.val("EMAIL_ADDRESS", addr.replace("@", nb.ZW + "@"), form)
    if form == "line_broken":
        return ctx.val("EMAIL_ADDRESS", addr.replace("@", "@\n"), form)
    raise ValueError(form)


EMAIL_FORMS = [
    "plain",
    "fullwidth",
    "at_paren",
    "at_bracket",
    "at_dot",
    "katakana_at",
    "spaced",
    "mailto",
    "angle",
    "zero_width",
    "line_broken",
]

# ---- birth dates ---------------------------------------------------------------------------------------------
DATE_FORMS = [
    "seireki",
    "wareki",
    "gannen",
    "short_era",
    "slash",
    "iso",
    "kanji",
    "short_year",
    "weekday_after",
    "age_after",
    "fullwidth",
]
_ERAS = [
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
    ("大正", "T", dt.date(1912, 7, 30)),
    ("明治", "M", dt.date(1868, 1, 25)),
]
WEEK = "月火水木金土日"


def era(d: dt.date) -> tuple[str, str, int]:
    for name, letter, start in _ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    return "明治", "M", d.year - 1867


def _era_text(d: dt.date, kanji: bool = False) -> str:
    name, _l, y = era(d)
    if kanji:
        return f"{name}{'元' if y == 1 else nb.kanji_num(y)}年{nb.kanji_num(d.month)}月{nb.kanji_num(d.day)}日"
    return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def birth(ctx: Ctx, p: Person, forms: list[str] | None = None) -> Piece:
    r = ctx.rng
    form = ctx.pick("BIRTH_DATE", forms or DATE_FORMS)
    if form == "gannen":
        year = 2019 if p.age < 12 else 1989
        month = r.randint(5 if year == 2019 else 2, 12)
        p.birth = dt.date(year, month, p.birth.day)
    d = p.birth
    tail = ""
    if form in ("seireki", "table_cell", "label_above"):
        text = r.choice([f"{d.year}年{d.month}月{d.day}日", _era_text(d)])
    elif form in ("wareki", "gannen"):
        text = _era_text(d)
    elif form == "short_era":
        _n, letter, y = era(d)
        text = r.choice([f"{letter}{y}.{d.month}.{d.day}", f"{letter}{y}/{d.month:02d}/{d.day:02d}"])
    elif form == "slash":
        text = f"{d.year}/{d.month:02d}/{d.day:02d}" if r.random() < 0.6 else f"{d.year}/{d.month}/{d.day}"
    elif form == "iso":
        text = d.isoformat()
    elif form == "kanji":
        if r.random() < 0.7:
            text = _era_text(d, kanji=True)
        else:
            year = "".join(nb.KANJI_DIGITS[int(c)] for c in str(d.year))
            text = f"{year}年{nb.kanji_num(d.month)}月{nb.kanji_num(d.day)}日"
    elif form == "short_year":
        text = f"{d.year % 100:02d}/{d.month}/{d.day}"
    elif form == "weekday_after":
        text = f"{d.year}年{d.month}月{d.day}日"
        tail = f"（{WEEK[d.weekday()]}）"
    elif form == "age_after":
        text = r.choice([f"{d.year}年{d.month}月{d.day}日", _era_text(d)])
        tail = f"生（{p.age}歳）"
    elif form == "fullwidth":
        text = nb.to_full(f"{d.year}年{d.month}月{d.day}日")
    elif form == "spoken":
        name, _l, y = era(d)
        reading = {"令和": "れいわ", "平成": "へいせい", "昭和": "しょうわ", "大正": "たいしょう", "明治": "めいじ"}[
            name
        ]
        text = f"{reading} {'がん' if y == 1 else nb.kana_num(y)}ねん {nb.kana_month(d.month)} {nb.kana_day(d.day)}"
    else:
        raise ValueError(form)
    return ctx.val("BIRTH_DATE", text, form), tail


# ---- numbered identifiers ---------------------------------------------------------------------------------------
SINGLE = ["plain", "fullwidth", "spaced", "kanji", "mixed_width", "zero_width", "line_broken", "kana_half"]
GROUPED = nb.NUMBER_FORMS
LETTERED = ["plain", "fullwidth", "spaced", "mixed_width", "zero_width", "lowercase"]


def _letters(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _groups(ctx: Ctx, entity: str) -> tuple[list[str], str]:
    r = ctx.rng
    if entity == "MY_NUMBER":
        d = nb.mynumber_digits(r)
        return [d[:4], d[4:8], d[8:]], r.choice([" ", "-"])
    if entity == "RESIDENT_CODE":
        return [nb.digits(r, 11, str(r.randint(1, 9)))], ""
    if entity == "HEALTH_INSURANCE":
        return [nb.digits(r, r.randint(4, 6)), nb.digits(r, r.randint(2, 5), str(r.randint(1, 9)))], "-"
    if entity == "PENSION_NUMBER":
        return [nb.digits(r, 4, str(r.randint(1, 9))), nb.digits(r, 6)], "-"
    if entity == "DRIVER_LICENSE":
        return [str(r.choice([30, 31, 45, 50, 62, 11])) + nb.digits(r, 2) + nb.digits(r, 6) + nb.digits(r, 1) + "0"], ""
    if entity == "BANK_ACCOUNT":
        if r.random() < 0.3:
            return ["1" + nb.digits(r, 3) + "0", nb.digits(r, 8, "1")], "-"
        return [nb.digits(r, 3, str(r.randint(1, 8))), nb.digits(r, 7)], "-"
    if entity == "CREDIT_CARD":
        d = nb.card_digits(r)
        return [d[:4], d[4:8], d[8:12], d[12:]], r.choice(["-", " "])
    if entity == "CARE_INSURANCE":
        return [nb.digits(r, 10, "0")], ""
    if entity == "DISABILITY_CERTIFICATE":
        return [nb.digits(r, r.choice([6, 7]), str(r.randint(1, 9)))], ""
    raise ValueError(entity)


ID_FORMS: dict[str, list[str]] = {
    "MY_NUMBER": GROUPED,
    "RESIDENT_CODE": SINGLE,
    "HEALTH_INSURANCE": GROUPED,
    "PENSION_NUMBER": GROUPED,
    "DRIVER_LICENSE": SINGLE,
    "BANK_ACCOUNT": GROUPED,
    "CREDIT_CARD": GROUPED,
    "CARE_INSURANCE": SINGLE,
    "DISABILITY_CERTIFICATE": SINGLE,
    "PASSPORT": LETTERED,
    "RESIDENCE_CARD": [*LETTERED, "hyphenated"],
}


def ident(ctx: Ctx, entity: str, forms: list[str] | None = None) -> Val:
    r = ctx.rng
    form = ctx.pick(entity, forms or ID_FORMS[entity])
    if entity in ("PASSPORT", "RESIDENCE_CARD"):
        if entity == "PASSPORT":
            parts = [_letters(ctx, 2), nb.digits(r, 7, str(r.randint(1, 9)))]
        else:
            parts = [_letters(ctx, 2), nb.digits(r, 8), _letters(ctx, 2)]
        flat = "".join(parts)
        text = {
            "plain": flat,
            "table_cell": flat,
            "label_above": flat,
            "fullwidth": nb.to_full(flat),
            "spaced": " ".join(parts),
            "lowercase": flat.lower(),
            "hyphenated": "-".join(parts),
            "mixed_width": "".join(nb.to_full(c) if i % 2 else c for i, c in enumerate(flat)),
            "zero_width": flat[:2] + nb.ZW + flat[2:],
            "spoken": flat,
        }[form]
        return ctx.val(entity, text, form)
    groups, sep = _groups(ctx, entity)
    return ctx.val(entity, nb.write_groups(groups, form, r, sep), form)
