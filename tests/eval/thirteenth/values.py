"""Balance-driven context: picks forms, invents people and renders names, addresses and dates."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tests.eval.blind.model import Piece, Val
from tests.eval.thirteenth import pools as P

PERSON_FORMS = (
    "kanji",
    "fullwidth_space",
    "hiragana",
    "katakana",
    "halfwidth_kana",
    "reading_parens",
    "surname_only",
    "title",
    "foreign_katakana",
    "romanized",
    "prose",
    "speaker",
    "signature",
    "name_with_age",
    "dono",
    "mention",
    "attendance",
    "relation",
    "given_only",
    "comma_order",
    "english_sentence",
)
ADDRESS_FORMS = (
    "plain",
    "fullwidth",
    "hyphen",
    "kanji_numerals",
    "building_room",
    "line_broken",
    "rural",
    "partial",
    "kyoto",
    "hokkaido",
    "banchi_no",
    "seirei_ward",
    "katakana_building",
    "label_next_line",
    "ocr_spaced",
)
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
    "label_next_line",
)

JP_FIELD = ("kanji", "fullwidth_space", "hiragana", "katakana", "halfwidth_kana", "reading_parens")
JP_PROSE = ("prose", "surname_only", "title", "name_with_age")
FOREIGN_ANY = ("foreign_katakana", "romanized", "comma_order")
ADDR_INLINE = tuple(f for f in ADDRESS_FORMS if f not in ("label_next_line", "line_broken"))
ADDR_FIELD = ADDRESS_FORMS
ADDR_CELL = (
    "plain",
    "fullwidth",
    "hyphen",
    "kanji_numerals",
    "building_room",
    "rural",
    "partial",
    "kyoto",
    "hokkaido",
    "banchi_no",
    "seirei_ward",
    "katakana_building",
    "ocr_spaced",
)
BIRTH_INLINE = tuple(f for f in BIRTH_FORMS if f != "label_next_line")

T = TypeVar("T")
TITLES = ("課長", "係長", "主任", "先生", "委員", "部長", "主査", "校長")
WEEKDAYS = "月火水木金土日"


def _hw_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in range(0xFF66, 0xFF9E):
        ch = chr(code)
        full = unicodedata.normalize("NFKC", ch)
        table.setdefault(full, ch)
        for mark in ("\uff9e", "\uff9f"):
            composed = unicodedata.normalize("NFKC", ch + mark)
            if len(composed) == 1:
                table.setdefault(composed, ch + mark)
    table["ー"] = "ｰ"
    table["・"] = "･"
    table["ヴ"] = "ｳﾞ"
    return table


HW = _hw_table()


def kata(s: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def halfwidth(s: str) -> str:
    return "".join(HW.get(c, c) for c in kata(s))


def fullwidth(s: str) -> str:
    out = []
    for c in s:
        if "!" <= c <= "~":
            out.append("－" if c == "-" else chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def kanji_num(n: int) -> str:
    """Positional kanji number (十 style) for 1..9999."""
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    out = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out += ("" if q == 1 else digits[q]) + name
    return out + (digits[n] if n else "")


def kanji_digits(s: str) -> str:
    return "".join(P.KANJI_DIGITS[int(c)] if c.isdigit() else c for c in s)


@dataclass(frozen=True)
class Person:
    sei: str
    mei: str
    sk: str
    mk: str
    sr: str
    mr: str
    foreign: bool
    kana_full: str
    age: int
    birth: dt.date


class Ctx:
    """Random source plus the (entity, form) counts that drive form choice."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.doc_date = dt.date(2026, 4, 1)

    # ---- balance -------------------------------------------------------------------------------------
    def pick(self, entity: str, forms: Sequence[str]) -> str:
        low = min(self.counts[(entity, f)] for f in forms)
        return self.rng.choice([f for f in forms if self.counts[(entity, f)] == low])

    def v(self, entity: str, text: str, form: str) -> Val:
        self.counts[(entity, form)] += 1
        return Val(entity, text, form)

    def total(self, entity: str) -> int:
        return sum(n for (e, _f), n in self.counts.items() if e == entity)

    # ---- helpers -------------------------------------------------------------------------------------
    def choice(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def date_near(self, days_back: int = 120) -> dt.date:
        return self.doc_date - dt.timedelta(days=self.rng.randrange(days_back))

    def person(self, foreign: bool = False, age: tuple[int, int] = (20, 88)) -> Person:
        a = self.rng.randint(*age)
        birth = dt.date(2026 - a, 1, 1) + dt.timedelta(days=self.rng.randrange(365) - 90)
        if foreign:
            fam, giv, kana = self.rng.choice(P.FOREIGN)
            return Person(fam, giv, "", "", fam, giv, True, kana, a, birth)
        s = self.rng.choice(P.SURNAMES)
        g = self.rng.choice(P.GIVEN)
        return Person(s[0], g[0], s[1], g[1], s[2], g[2], False, kata(s[1] + g[1]), a, birth)

    def child(self, p: Person) -> Person:
        g = self.rng.choice(P.GIVEN)
        a = self.rng.randint(6, 15)
        birth = dt.date(2026 - a, 1, 1) + dt.timedelta(days=self.rng.randrange(365) - 90)
        return Person(p.sei, g[0], p.sk, g[1], p.sr, g[2], False, kata(p.sk + g[1]), a, birth)

    # ---- person ----------------------------------------------------------------------------------------
    def name(self, p: Person, forms: Sequence[str] = JP_FIELD, hon: str = "") -> Piece:
        """A person in one of `forms` (filtered by nationality), followed by `hon` where the form allows."""
        if p.foreign:
            ok = [f for f in forms if f in FOREIGN_ANY or f in ("prose", "name_with_age", "title", "dono")]
            form = self.pick("PERSON", ok or list(FOREIGN_ANY))
        else:
            ok = [f for f in forms if f not in FOREIGN_ANY or f == "romanized"]
            form = self.pick("PERSON", ok or list(JP_FIELD))
        return self.name_as(p, form, hon)

    def name_as(self, p: Person, form: str, hon: str = "") -> Piece:
        r = self.rng
        sp = r.choice((" ", ""))
        full = f"{p.mr} {p.sr}" if p.foreign else f"{p.sei}{sp}{p.mei}"
        if p.foreign and form in ("prose", "name_with_age", "title", "dono"):
            full = p.kana_full

        def v(t: str) -> Val:
            return self.v("PERSON", t, form)

        if form == "kanji":
            return (v(f"{p.sei}{sp}{p.mei}"), hon)
        if form == "fullwidth_space":
            return (v(f"{p.sei}\u3000{p.mei}"), hon)
        if form == "hiragana":
            return (v(f"{p.sk}{r.choice((' ', '　', ''))}{p.mk}"), hon)
        if form == "katakana":
            return (v(f"{kata(p.sk)}{r.choice((' ', '　'))}{kata(p.mk)}"), hon)
        if form == "halfwidth_kana":
            return (v(halfwidth(p.sk) + " " + halfwidth(p.mk)), hon)
        if form == "reading_parens":
            reading = kata(p.sk) + r.choice((" ", "　", "")) + kata(p.mk)
            if r.random() < 0.5:
                reading = p.sk + " " + p.mk
            return (v(f"{p.sei}{sp}{p.mei}"), "（", v(reading), "）", hon)
        if form == "surname_only":
            return (v(p.sei), hon or "さん")
        if form == "title":
            t = r.choice(TITLES)
            return (v(p.sei if r.random() < 0.6 else full), t)
        if form == "foreign_katakana":
            return (v(p.kana_full), hon)
        if form == "romanized":
            if p.foreign:
                return (v(r.choice((f"{p.mr} {p.sr}", f"{p.sr} {p.mr}"))), hon)
            return (v(r.choice((f"{p.mr} {p.sr.upper()}", f"{p.sr.upper()} {p.mr}", f"{p.mr} {p.sr}"))), hon)
        if form == "comma_order":
            if p.foreign:
                return v(f"{p.sr}, {p.mr}")
            return v(r.choice((f"{p.sei}, {p.mei}", f"{p.sr.upper()}, {p.mr}")))
        if form == "prose":
            return (v(f"{p.sei}{p.mei}" if not p.foreign else full), hon or "さん")
        if form == "name_with_age":
            return (v(full), hon, r.choice((f"（{p.age}）", f"（{p.age}歳）", f" {p.age}歳")))
        if form == "dono":
            return (v(full), r.choice((" 殿", "　殿", "殿")))
        if form == "signature":
            return v(full)
        if form == "english_sentence":
            return v(f"{p.mr} {p.sr}")
        if form in ("speaker", "mention", "attendance"):
            return v(p.sei if r.random() < 0.5 or p.foreign else full)
        if form in ("relation", "given_only"):
            return (v(p.mei), hon)
        raise ValueError(form)

    def speaker(self, p: Person) -> Val:
        text = p.sei if not p.foreign else p.sr.title()
        return self.v("PERSON", text, "speaker")

    def mention(self, p: Person) -> Piece:
        t = self.rng.choice((p.sei, f"{p.sei} {p.mei}", p.sk)) if not p.foreign else p.sr.title()
        return ("@", self.v("PERSON", t, "mention"))

    def forced(self, p: Person, form: str, hon: str = "") -> Piece:
        return self.name_as(p, form, hon)

    # ---- address ---------------------------------------------------------------------------------------
    def town(self) -> str:
        return self.choice(P.TOWN_A) + self.choice(P.TOWN_B)

    def address(self, forms: Sequence[str] = ADDR_INLINE, city: tuple[str, str] | None = None) -> tuple[str, Val]:
        """Returns (form, Val); label_next_line / line_broken are rendered by the caller's layout."""
        form = self.pick("ADDRESS", forms)
        return form, self.v("ADDRESS", self.address_text(form, city), form)

    def address_text(self, form: str, city: tuple[str, str] | None = None) -> str:
        r = self.rng
        pref, c = city or r.choice(P.CITIES)
        head = (pref if r.random() < 0.6 else "") + c
        town = self.town()
        ch, ban, go = r.randint(1, 6), r.randint(1, 40), r.randint(1, 28)
        base = f"{head}{town}{ch}丁目{ban}番{go}号"
        hy = f"{head}{town}{ch}-{ban}-{go}"
        if form == "plain":
            return base
        if form == "hyphen":
            return hy
        if form == "fullwidth":
            return fullwidth(hy) if r.random() < 0.5 else f"{head}{town}{fullwidth(str(ch))}丁目{fullwidth(str(ban))}番"
        if form == "kanji_numerals":
            return f"{head}{town}{kanji_num(ch)}丁目{kanji_num(ban)}番{kanji_num(go)}号"
        if form == "building_room":
            bld = r.choice(P.TOWN_A) + r.choice(P.BUILDING_KANJI)
            return f"{hy} {bld}{r.randint(1, 5)}0{r.randint(1, 8)}号室"
        if form == "katakana_building":
            return f"{hy}{r.choice((' ', '　', ''))}{r.choice(P.BUILDING_KATA)}{r.randint(1, 9)}0{r.randint(1, 9)}"
        if form in ("line_broken", "label_next_line"):
            if form == "line_broken":
                return f"{pref}{c}\n{town}{ch}-{ban}-{go}"
            return base if r.random() < 0.5 else hy
        if form == "rural":
            rp, gun, vil = r.choice(P.RURAL)
            return f"{rp if r.random() < 0.7 else ''}{gun}{vil}{r.choice(P.OAZA)}{r.randint(100, 3999)}番地"
        if form == "partial":
            return f"{c}{town}{ch}丁目"
        if form == "kyoto":
            return (
                f"京都市{r.choice(P.KYOTO_WARDS)}{r.choice(P.KYOTO_STREETS)}{r.choice(P.KYOTO_CROSS)}"
                f"{r.choice(P.KYOTO_DIR)}{town}{r.randint(100, 700)}番地"
            )
        if form == "hokkaido":
            cc = r.choice(P.HOKKAIDO)
            if r.random() < 0.5:
                return f"北海道{cc}北{r.randint(1, 30)}条西{r.randint(1, 20)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
            return f"{cc}{r.randint(1, 9)}条通{r.randint(1, 20)}丁目{r.randint(1, 400)}番地"
        if form == "banchi_no":
            return f"{head}{town}{r.randint(100, 2999)}番地{'の' if r.random() < 0.7 else ''}{r.randint(1, 30)}"
        if form == "seirei_ward":
            sp, sc, sw = r.choice(P.SEIREI)
            return f"{sp if r.random() < 0.4 else ''}{sc}{sw}{town}{ch}-{ban}-{go}"
        if form == "ocr_spaced":
            return f"{c} {town} {ch} - {ban} - {go}"
        raise ValueError(form)

    def addr_field(self, label: str, forms: Sequence[str] = ADDR_FIELD, sep: str = "：") -> Piece:
        form, val = self.address(forms)
        if form == "label_next_line":
            return (label, "\n", val)
        return (label, sep, val)

    # ---- birth date --------------------------------------------------------------------------------------
    def birth(self, p: Person, forms: Sequence[str] = BIRTH_INLINE) -> tuple[str, Piece]:
        form = self.pick("BIRTH_DATE", forms)
        d = p.birth
        if form == "gannen":
            d = self.rng.choice(
                (
                    dt.date(1989, self.rng.randint(2, 12), self.rng.randint(1, 28)),
                    dt.date(2019, self.rng.randint(5, 12), self.rng.randint(1, 28)),
                )
            )
        text, after = birth_text(d, form, self.rng)
        return form, (self.v("BIRTH_DATE", text, form), after)

    def birth_field(self, label: str, p: Person, forms: Sequence[str] = BIRTH_FORMS) -> Piece:
        form, piece = self.birth(p, forms)
        return (label, "\n" if form == "label_next_line" else "：", piece)


def era(d: dt.date) -> tuple[str, str, int]:
    if d >= dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    return "大正", "T", d.year - 1911


def birth_text(d: dt.date, form: str, r: random.Random) -> tuple[str, str]:
    name, letter, y = era(d)
    wk = WEEKDAYS[d.weekday()]
    age = 2026 - d.year - (1 if (d.month, d.day) > (4, 1) else 0)
    if form in ("seireki", "label_next_line"):
        return f"{d.year}年{d.month}月{d.day}日", ""
    if form == "wareki":
        return f"{name}{y}年{d.month}月{d.day}日", ""
    if form == "gannen":
        return f"{name}元年{d.month}月{d.day}日", ""
    if form == "era_letter":
        sep = r.choice((".", "/"))
        return f"{letter}{y}{sep}{d.month}{sep}{d.day}", ""
    if form == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}", ""
    if form == "iso":
        return d.isoformat(), ""
    if form == "kanji_numerals":
        if r.random() < 0.5:
            return f"{name}{kanji_num(y)}年{kanji_num(d.month)}月{kanji_num(d.day)}日", ""
        return f"{kanji_digits(str(d.year))}年{kanji_num(d.month)}月{kanji_num(d.day)}日", ""
    if form == "age_with_date":
        return f"{d.year}年{d.month}月{d.day}日", f"生（{age}歳）"
    if form == "short_year":
        return f"{d.year % 100:02d}/{d.month}/{d.day}", ""
    if form == "weekday":
        return f"{d.year}年{d.month}月{d.day}日", f"（{wk}）"
    raise ValueError(form)
