"""People: names in every written form, e-mail addresses and birth dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tests.eval.blind.model import Piece

from . import textforms as tf
from .gen import TODAY, Gen
from .pools import FOREIGN, GIVEN_F, GIVEN_M, HISTORICAL, HISTORICAL_FOREIGN, SURNAMES

LABEL = (
    "kanji",
    "fullwidth_space",
    "hiragana",
    "katakana",
    "halfwidth_kana",
    "reading_parens",
    "romanized",
    "foreign_katakana",
    "name_with_age",
)
MENTION = (
    "kanji",
    "fullwidth_space",
    "hiragana",
    "katakana",
    "dono",
    "title",
    "name_with_age",
    "foreign_katakana",
    "romanized",
    "surname_only",
)
PROSE = ("prose", "foreign_katakana", "romanized", "reading_parens", "title")
PERSON_FORMS = tuple(dict.fromkeys((*LABEL, *MENTION, *PROSE, "speaker", "signature")))
TITLES = ("部長", "課長", "係長", "主査", "主任", "主事", "室長", "所長", "教授", "医師", "校長", "教頭", "看護師")
EMAIL_FORMS = ("plain", "fullwidth", "at_paren", "at_bracket", "at_word", "at_katakana", "spaced", "mailto", "angle")
DOMAINS = ("example.jp", "example.com", "example.ne.jp", "example.org")
BIRTH_FORMS = (
    "seireki",
    "wareki",
    "gannen",
    "era_letter",
    "slash",
    "iso",
    "kanji_numerals",
    "age_with_date",
    "short_year",
    "weekday",
)


@dataclass(frozen=True)
class Person:
    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sur_rom: str
    given_rom: str
    foreign: bool
    parts: tuple[str, ...] = ()
    rom_family_first: str = ""

    @property
    def full(self) -> str:
        return self.sur + self.given


def japanese(g: Gen) -> Person:
    s = g.rng.choice(SURNAMES)
    n = g.rng.choice(GIVEN_M if g.chance(0.5) else GIVEN_F)
    return Person(s[0], n[0], s[1], n[1], s[2], n[2], False)


def foreigner(g: Gen, kanji: bool = False) -> Person:
    pool = [f for f in FOREIGN if f[2]] if kanji else list(FOREIGN)
    rom, parts, kan, given_first = g.rng.choice(pool)
    family = parts[-1] if given_first else parts[0]
    given = "・".join(parts[:-1]) if given_first else "・".join(parts[1:])
    words = rom.split()
    sur, giv = (kan[0], kan[1:]) if kan else (family, given)
    return Person(
        sur, giv, tf.kata_to_hira(family), tf.kata_to_hira(given), words[0], " ".join(words[1:]), True, parts, rom
    )


def _sp(g: Gen, space: str = " ") -> str:
    return space if g.chance(0.5) else ""


def _honorific(g: Gen) -> str:
    return g.choice(("さん", "様", "さん", "様", "氏"))


def romanized(g: Gen, p: Person) -> str:
    if p.foreign:
        if g.chance(0.5):
            return p.rom_family_first
        return p.rom_family_first.title() if g.chance(0.5) else f"{p.given_rom.title()} {p.sur_rom.title()}"
    sur, given = p.sur_rom, p.given_rom
    return g.choice(
        (
            f"{given.title()} {sur.upper()}",
            f"{sur.upper()} {given.title()}",
            f"{sur} {given}",
            f"{given.title()} {sur.title()}",
        )
    )


def foreign_katakana(g: Gen, p: Person) -> str:
    return g.choice(("・", "＝", " ", "\u3000", "・")).join(p.parts)


def relative(g: Gen, p: Person) -> Person:
    """Someone of the same family name (a fresh foreign resident for a foreign one)."""
    if p.foreign:
        return foreigner(g)
    n = g.rng.choice(GIVEN_M if g.chance(0.5) else GIVEN_F)
    return Person(p.sur, n[0], p.sur_kana, n[1], p.sur_rom, n[2], False)


def person(
    g: Gen,
    slot: tuple[str, ...] = LABEL,
    age: int | None = None,
    who: Person | None = None,
    title: str | None = None,
    young: bool = False,
) -> tuple[Piece, Person]:
    """A person in the least-written form allowed by the slot, with honorifics and ages outside the span."""
    form = g.form("PERSON", slot)
    mention = slot is MENTION
    if who is not None:
        p = who
    elif form == "foreign_katakana" or (form == "romanized" and g.chance(0.5)):
        p = foreigner(g)
    elif form in ("kanji", "fullwidth_space", "name_with_age", "title") and g.chance(0.12):
        p = foreigner(g, kanji=True)
    else:
        p = japanese(g)
    if form == "foreign_katakana" and not p.foreign:
        form = "katakana"
    if form in ("hiragana", "katakana", "halfwidth_kana", "reading_parens") and p.foreign and not p.parts:
        form = "kanji"
    if form == "hiragana" and p.foreign:
        form = "katakana"
    suffix = _honorific(g) if mention else ""

    def v(text: str) -> Piece:
        return g.val("PERSON", text, form)

    if form == "kanji":
        return (v(p.sur + _sp(g) + p.given), suffix), p
    if form == "fullwidth_space":
        return (v(p.sur + "\u3000" + p.given), suffix), p
    if form in ("hiragana", "katakana", "halfwidth_kana"):
        text = p.sur_kana + g.choice((" ", "", "\u3000")) + p.given_kana
        if p.foreign:
            text = "・".join(p.parts)
        if form != "hiragana":
            text = tf.hira_to_kata(text)
        if form == "halfwidth_kana":
            text = tf.halfwidth_kana(text)
        elif form == "hiragana":
            text = tf.kata_to_hira(text)
        return (v(text), suffix), p
    if form == "reading_parens":
        reading = p.sur_kana + _sp(g) + p.given_kana
        if g.chance(0.5):
            reading = tf.hira_to_kata(reading)
        left, right = g.choice((("（", "）"), ("(", ")")))
        return (v(p.sur + _sp(g) + p.given), left, v(reading), right, suffix), p
    if form == "romanized":
        return (v(romanized(g, p)), suffix), p
    if form == "foreign_katakana":
        return (v(foreign_katakana(g, p)), suffix), p
    if form == "name_with_age":
        years = age if age is not None else g.rng.randint(3, 92)
        text = p.sur + _sp(g, g.choice((" ", "\u3000"))) + p.given
        return (v(text), g.choice((f"（{years}）", f"({years})", f"（{years}歳）")), suffix), p
    if form == "dono":
        kind = g.rng.randrange(1, 3) if young else g.rng.choice((0, 3))
        if kind == 0 or p.foreign:
            return (v(p.sur + _sp(g) + p.given), "殿"), p
        if kind == 1:
            return (v(p.given), "くん"), p
        if kind == 2:
            return (v(p.given), "ちゃん"), p
        return (v(p.sur), "氏"), p
    if form == "title":
        name = p.sur if g.chance(0.7) else p.full
        return (v(name), title or g.choice(TITLES)), p
    if form == "surname_only":
        return (v(p.sur), suffix or "さん"), p
    if form == "prose":
        if who is None and slot is PROSE and g.chance(0.45):
            name, _reading = g.rng.choice(HISTORICAL)
            return v(name), p
        return v(p.full), p
    if form in ("speaker", "signature"):
        return v(p.sur if form == "speaker" else p.sur + _sp(g, g.choice((" ", "\u3000"))) + p.given), p
    raise ValueError(form)


def again(g: Gen, p: Person, honorific: bool = True) -> Piece:
    """A later mention by surname alone."""
    value = g.val("PERSON", p.sur, "surname_only")
    return (value, _honorific(g)) if honorific else value


def speaker(g: Gen, p: Person, full: bool = False) -> Piece:
    return g.val("PERSON", p.full if full else p.sur, "speaker")


def signature(g: Gen, p: Person) -> Piece:
    if p.foreign and p.parts:
        text = romanized(g, p) if g.chance(0.5) else foreign_katakana(g, p)
    else:
        text = p.sur + g.choice((" ", "\u3000", "")) + p.given
    return g.val("PERSON", text, "signature")


def historical_foreign(g: Gen) -> Piece:
    kata, latin = g.rng.choice(HISTORICAL_FOREIGN)
    if g.form("PERSON", ("foreign_katakana", "romanized")) == "romanized":
        return g.val("PERSON", latin, "romanized")
    return g.val("PERSON", kata, "foreign_katakana")


def historical(g: Gen) -> tuple[Piece, str]:
    """(a figure in prose, optionally with reading), surname for a later mention."""
    name, reading = g.rng.choice(HISTORICAL)
    if g.form("PERSON", ("prose", "reading_parens")) == "reading_parens":
        return (g.val("PERSON", name, "reading_parens"), "（", g.val("PERSON", reading, "reading_parens"), "）"), name
    return g.val("PERSON", name, "prose"), name


# ---- e-mail ------------------------------------------------------------------------------------------------
def local_part(g: Gen, p: Person) -> str:
    sur = p.sur_rom.lower().replace(" ", "")
    given = p.given_rom.lower().split()[0] if p.given_rom else "info"
    return g.choice(
        (
            f"{given}.{sur}",
            f"{sur}{g.digits(2)}",
            f"{given[0]}-{sur}",
            f"{sur}_{given}",
            f"{given}{sur[:3]}{g.digits(1)}",
        )
    )


def email(g: Gen, p: Person, forms: tuple[str, ...] = EMAIL_FORMS) -> Piece:
    form = g.form("EMAIL_ADDRESS", forms)
    local = local_part(g, p)
    domain = g.choice(DOMAINS)
    addr = f"{local}@{domain}"
    if form in ("plain", "mailto", "angle"):
        text = addr
    elif form == "fullwidth":
        text = tf.fullwidth(addr)
    elif form == "at_paren":
        text = g.choice((f"{local}(at){domain}", f"{local}（at）{domain}", f"{local}(a){domain}"))
    elif form == "at_bracket":
        text = g.choice((f"{local}[at]{domain}", f"{local}［at］{domain}", f"{local}【at】{domain}"))
    elif form == "at_word":
        text = f"{local} at {domain.replace('.', ' dot ')}"
    elif form == "at_katakana":
        text = g.choice(
            (f"{local}アットマーク{domain}", f"{local} アットマーク {domain}", f"{local}（アットマーク）{domain}")
        )
    elif form == "spaced":
        text = g.choice((f"{local} @ {domain}", " @ ".join((local, domain.replace(".", " . ")))))
    else:
        raise ValueError(form)
    value = g.val("EMAIL_ADDRESS", text, form)
    if form == "mailto":
        return ("mailto:", value)
    if form == "angle":
        name = g.val("PERSON", romanized(g, p) if g.chance(0.4) else p.sur + " " + p.given, "signature")
        return (name, " <", value, ">")
    return value


# ---- birth dates -------------------------------------------------------------------------------------------
ERAS = (("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)))
GANNEN = (dt.date(1989, 1, 8), dt.date(1989, 12, 31)), (dt.date(2019, 5, 1), dt.date(2019, 12, 31))


def era_of(d: dt.date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    return "大正", "T", d.year - 1911


def age_on(d: dt.date, today: dt.date = TODAY) -> int:
    return today.year - d.year - ((today.month, today.day) < (d.month, d.day))


def birth(g: Gen, lo: int = 1935, hi: int = 2005) -> tuple[Piece, int]:
    """A birth date (between years lo and hi) in its least-written form, and the age it gives."""
    allowed: tuple[str, ...] = BIRTH_FORMS
    if not any(lo <= s.year <= hi for s, _e in GANNEN):
        allowed = tuple(f for f in BIRTH_FORMS if f != "gannen")
    form = g.form("BIRTH_DATE", allowed)
    if form == "gannen":
        start, end = g.rng.choice([r for r in GANNEN if lo <= r[0].year <= hi])
        d = g.date_between(start, end)
    else:
        d = g.date_between(dt.date(lo, 1, 1), dt.date(hi, 12, 31))
        while era_of(d)[2] == 1:
            d = g.date_between(dt.date(lo, 1, 1), dt.date(hi, 12, 31))
    era, letter, ey = era_of(d)
    y, m, day = d.year, d.month, d.day
    after: str = ""
    if form == "seireki":
        text = f"{y}年{m}月{day}日"
    elif form == "wareki":
        text = f"{era}{ey}年{m}月{day}日"
    elif form == "gannen":
        text = f"{era}元年{m}月{day}日"
    elif form == "era_letter":
        sep = g.choice((".", "/", "-", "."))
        text = f"{letter}{ey}{sep}{m}{sep}{day}" if g.chance(0.7) else f"{letter}{ey:02d}{sep}{m:02d}{sep}{day:02d}"
    elif form == "slash":
        text = f"{y}/{m}/{day}" if g.chance(0.5) else f"{y}/{m:02d}/{day:02d}"
    elif form == "iso":
        text = f"{y}-{m:02d}-{day:02d}"
    elif form == "kanji_numerals":
        if g.chance(0.5):
            text = f"{era}{tf.kanji_number(ey)}年{tf.kanji_number(m)}月{tf.kanji_number(day)}日"
        else:
            text = f"{tf.kanji_digits(str(y))}年{tf.kanji_number(m)}月{tf.kanji_number(day)}日"
    elif form == "age_with_date":
        text = f"{y}年{m}月{day}日" if g.chance(0.5) else f"{era}{ey}年{m}月{day}日"
        after = g.choice((f"生（{age_on(d)}歳）", f"（{age_on(d)}歳）", f"生 満{age_on(d)}歳"))
    elif form == "short_year":
        text = f"{y % 100:02d}年{m}月{day}日"
        value = g.val("BIRTH_DATE", text, form)
        return (g.choice(("'", "’")), value), age_on(d)
    elif form == "weekday":
        text = f"{y}年{m}月{day}日"
        wd = tf.WEEKDAYS[d.weekday()]
        after = g.choice((f"({wd})", f"（{wd}）", f"（{wd}曜日）"))
    else:
        raise ValueError(form)
    return (g.val("BIRTH_DATE", text, form), after), age_on(d)
