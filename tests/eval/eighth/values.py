"""Value factory: invented identifiers with valid check digits, people, addresses, dates, mail addresses."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from tests.eval.blind.model import Val
from tests.eval.eighth import pools
from tests.eval.eighth.forms import FORMS, NUMERIC_ENTITIES, fullwidth, render, render_email

_KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})
ERAS = (
    ("令和", "R", date(2019, 5, 1)),
    ("平成", "H", date(1989, 1, 8)),
    ("昭和", "S", date(1926, 12, 25)),
    ("大正", "T", date(1912, 7, 30)),
)
_KANJI_NUM = "〇一二三四五六七八九"


def katakana(hira: str) -> str:
    return hira.translate(_KATA)


def kanji_number(n: int) -> str:
    """Positional kanji numerals for 1..99 (二十四), as addresses and wareki dates write them."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else _KANJI_NUM[tens] + "十")) + (_KANJI_NUM[ones] if ones else "")


def mod11_check(body: str) -> str:
    """Check digit of マイナンバー and 住民票コード: weights 2..7 cycling from the right, mod 11."""
    total = sum(int(d) * (i % 6 + 2) for i, d in enumerate(reversed(body)))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def luhn_check(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check(number[:-1]) == number[-1]


def wareki(d: date) -> tuple[str, str, int]:
    for name, abbrev, start in ERAS:
        if d >= start:
            return name, abbrev, d.year - start.year + 1
    raise ValueError(d)


@dataclass(frozen=True)
class Person:
    """A Japanese (or kanji-named foreign) person; `kata` and `roman` give the other scripts."""

    sur: str
    given: str
    sur_kana: str
    given_kana: str
    sur_roman: str
    given_roman: str
    female: bool
    foreign: bool = False


@dataclass(frozen=True)
class Foreigner:
    """A foreign resident written in katakana or in passport order."""

    kata: str
    kata_sur: str
    roman: str
    country: str


class Factory:
    """Draws every value of the corpus from one seeded generator and counts the written forms."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: Counter[tuple[str, str]] = Counter()
        self.city = pools.CITIES[0]

    # -- plumbing -----------------------------------------------------------------------------------------
    def begin(self) -> None:
        """Start a document: pick the city it is set in."""
        self.city = self.rng.choice(pools.CITIES)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def val(self, entity: str, text: str, form: str) -> Val:
        self.used[(entity, form)] += 1
        return Val(entity, text, form)

    def form(self, entity: str, allowed: tuple[str, ...] | None = None) -> str:
        """The least used form so far until each has a margin over its minimum, then mostly the first."""
        forms = allowed or FORMS[entity]
        low = min(self.used[(entity, f)] for f in forms)
        if low < 14:
            return self.rng.choice([f for f in forms if self.used[(entity, f)] == low])
        return forms[0] if self.chance(0.5) else self.rng.choice(forms)

    def least(self, entities: tuple[str, ...]) -> str:
        """The entity of `entities` written least so far (spreads identifier slots over the families)."""
        counts = {e: sum(n for (ent, _f), n in self.used.items() if ent == e) for e in entities}
        low = min(counts.values())
        return self.rng.choice([e for e in entities if counts[e] == low])

    # -- numbers ------------------------------------------------------------------------------------------
    def _groups(self, entity: str) -> tuple[list[str], str, tuple[str, ...]]:
        d = self.digits
        if entity == "MY_NUMBER":
            body = str(self.rng.randint(1, 9)) + d(10)
            n = body + mod11_check(body)
            return [n[:4], n[4:8], n[8:]], "-", ("-", "")
        if entity == "RESIDENT_CODE":
            body = d(10)
            n = body + mod11_check(body)
            return [n[:3], n[3:7], n[7:]], "", ("",)
        if entity == "HEALTH_INSURANCE":
            body = str(self.rng.randint(1, 9)) + d(6)
            n = body + luhn_check(body)
            return [n[:4], n[4:]], "", ("",)
        if entity == "PENSION_NUMBER":
            return [str(self.rng.randint(1000, 9999)), d(6)], "-", ("-", "")
        if entity == "DRIVER_LICENSE":
            n = (
                str(self.rng.randint(10, 97))
                + f"{self.rng.randint(0, 99):02d}"
                + d(6)
                + d(1)
                + str(self.rng.randint(0, 2))
            )
            return [n[:4], n[4:8], n[8:]], "", ("",)
        if entity == "PASSPORT":
            letters = self.pick(("TK", "TR", "TZ", "MZ", "TH", "RE", "MU", "EP", "PA", "C0"))[:1] + self.pick(
                "KRZHEUAPS"
            )
            return [letters, d(7)], "", ("",)
        if entity == "RESIDENCE_CARD":
            abc = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            return ["".join(self.rng.sample(abc, 2)), d(8), "".join(self.rng.sample(abc, 2))], "", ("",)
        if entity == "BANK_ACCOUNT":
            kind = self.pick(("普通", "普通", "普通", "当座", "貯蓄"))
            return [d(3), kind, str(self.rng.randint(1, 9)) + d(6)], " ", (" ",)
        if entity == "CREDIT_CARD":
            if self.chance(0.2):
                body = self.pick(("34", "37")) + d(12)
                n = body + luhn_check(body)
                return [n[:4], n[4:10], n[10:]], "-", ("-", "")
            body = self.pick(("4", "4", "5", "35")) + d(14)
            body = body[:15]
            n = body + luhn_check(body)
            return [n[:4], n[4:8], n[8:12], n[12:]], "-", ("-", "")
        if entity == "CARE_INSURANCE":
            n = "00" + d(8) if self.chance(0.6) else str(self.rng.randint(1, 9)) + d(9)
            return [n[:5], n[5:]], "", ("",)
        if entity == "DISABILITY_CERTIFICATE":
            shape = self.rng.randrange(4)
            if shape == 0:
                return [d(6)], "", ("",)
            if shape == 1:
                return [f"{self.rng.randint(1, 99):02d}", d(5)], "-", ("-", "")
            if shape == 2:
                return [self.pick("AB") + self.pick("12"), d(4)], "-", ("-",)
            return [d(3), d(4)], "", ("",)
        if entity == "PHONE_NUMBER":
            if self.chance(0.45):
                return [self.pick(("090", "080", "070")), d(4), d(4)], "-", ("-", "の", "ー")
            if self.chance(0.08):
                return ["050", d(4), d(4)], "-", ("-", "の")
            area = self.city.area
            return [area, str(self.rng.randint(2, 9)) + d(5 - len(area)), d(4)], "-", ("-", "の", "ー")
        if entity == "POSTAL_CODE":
            return [self.city.postal, d(4)], "-", ("-", "")
        raise ValueError(entity)

    def ident(self, entity: str, form: str | None = None, allowed: tuple[str, ...] | None = None) -> Val:
        """One numeric identifier (or phone number / postal code) in a written form."""
        assert entity in NUMERIC_ENTITIES, entity
        groups, sep, kseps = self._groups(entity)
        form = form or self.form(entity, allowed)
        return self.val(entity, render(groups, sep, form, self.rng, kseps), form)

    def any_ident(self, entities: tuple[str, ...], allowed: tuple[str, ...] | None = None) -> tuple[str, Val]:
        entity = self.least(entities)
        return entity, self.ident(entity, allowed=allowed)

    def health_symbol(self) -> tuple[Val, Val]:
        """記号 and 番号 of an employee's health insurance card (plain: they have no fixed shape)."""
        return (
            self.val("HEALTH_INSURANCE", f"{self.rng.randint(1, 9999):d}", "plain"),
            self.val("HEALTH_INSURANCE", f"{self.rng.randint(1, 999):d}", "plain"),
        )

    # -- people -------------------------------------------------------------------------------------------
    def person(self, female: bool | None = None, sur: tuple[str, ...] | None = None, young: bool = False) -> Person:
        """A Japanese person; `young` leaves out the given names of the prewar generations."""
        if female is None:
            female = self.chance(0.5)
        s = sur or self.pick(pools.SURNAMES)
        given = pools.GIVEN_F if female else pools.GIVEN_M
        g = self.pick([n for n in given if not (young and n[0] in pools.OLD_GIVEN)])
        return Person(s[0], g[0], s[1], g[1], s[2], g[2], female)

    def kanji_foreigner(self) -> Person:
        fam, given, kata, roman = self.pick(pools.KANJI_FOREIGN)
        k_sur, k_given = kata.split("・")
        r_sur, r_given = roman.split(" ", 1)
        return Person(fam, given, k_sur, k_given, r_sur.title(), r_given.title(), self.chance(0.5), True)

    def foreigner(self, mayor: bool = False) -> Foreigner:
        kata, sur, roman, country = self.pick(pools.MAYORS if mayor else pools.FOREIGN)
        return Foreigner(kata, sur, roman, country)

    def name(self, p: Person | Foreigner, form: str = "kanji") -> Val:
        """A PERSON value: the form names how the name is written in its context."""
        r = self.rng
        if isinstance(p, Foreigner):
            if form == "surname_only":
                return self.val("PERSON", p.kata_sur, form)
            if form == "romanized":
                text = p.roman if self.chance(0.7) else p.roman.title()
                return self.val("PERSON", text, form)
            sep = r.choice(("・", "・", "＝", " ", "\u3000"))
            return self.val("PERSON", p.kata.replace("・", sep), "foreign_katakana" if form != "title" else "title")
        if form == "surname_only":
            return self.val("PERSON", p.sur, form)
        if form == "kana":
            sk, gk = (p.sur_kana, p.given_kana) if r.random() < 0.4 else (katakana(p.sur_kana), katakana(p.given_kana))
            return self.val("PERSON", sk + r.choice((" ", "\u3000", "")) + gk, form)
        if form == "romanized":
            sr, gr = p.sur_roman, p.given_roman
            text = r.choice((f"{gr} {sr}", f"{sr.upper()} {gr.upper()}", f"{sr} {gr}", f"{gr.upper()} {sr.upper()}"))
            return self.val("PERSON", text, form)
        if form == "fullwidth_space":
            return self.val("PERSON", f"{p.sur}\u3000{p.given}", form)
        if form == "kanji":
            return self.val("PERSON", p.sur + (" " if r.random() < 0.3 else "") + p.given, form)
        return self.val("PERSON", p.sur + p.given, form)

    def label_name(self, p: Person) -> Val:
        """A full name after a label (氏名：): mostly kanji, sometimes with a full-width space, sometimes kana."""
        return self.name(p, self.rng.choice(("kanji", "kanji", "kanji", "fullwidth_space", "fullwidth_space", "kana")))

    def kana_name(self, p: Person) -> Val:
        """The furigana line of a form: kana."""
        return self.name(p, "kana")

    # -- addresses, dates, mail ---------------------------------------------------------------------------
    def address(self, form: str | None = None, pref: bool | None = None) -> Val:
        c, r = self.city, self.rng
        form = form or self.form("ADDRESS")
        head = (c.pref if (pref if pref is not None else r.random() < 0.6) else "") + c.name
        town = r.choice(c.towns)
        ch, ban, go = r.randint(1, 6), r.randint(1, 35), r.randint(1, 28)
        if form == "plain":
            text = head + town + (f"{ch}丁目{ban}番{go}号" if r.random() < 0.7 else f"{ban * 37 % 900 + 10}番地{go}")
        elif form == "kanji_numerals":
            text = head + town + f"{kanji_number(ch)}丁目{kanji_number(ban)}番{kanji_number(go)}号"
        elif form == "hyphen":
            text = head + town + f"{ch}-{ban}-{go}"
        elif form == "fullwidth":
            text = head + town + fullwidth(r.choice((f"{ch}-{ban}-{go}", f"{ch}丁目{ban}番{go}号")))
        elif form == "building_room":
            room = f"{r.randint(1, 5)}0{r.randint(1, 9)}"
            bld = r.choice(pools.BUILDINGS) + town[:2] + r.choice(("", "A棟", "第2", "II"))
            text = head + town + f"{ch}-{ban}-{go} " + r.choice((f"{bld}{room}号室", f"{bld} {room}"))
        elif form == "line_broken":
            rest = town + f"{ch}丁目{ban}-{go}"
            text = head + "\n" + rest if r.random() < 0.6 else head + rest[:-2] + "\n" + rest[-2:]
        else:
            raise ValueError(form)
        return self.val("ADDRESS", text, form)

    def birth_day(self, lo: int = 1930, hi: int = 2005) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.rng.randrange((date(hi, 12, 31) - start).days))

    def birth(self, lo: int = 1930, hi: int = 2005, form: str | None = None) -> Val:
        d = self.birth_day(lo, hi)
        return self.date_val(d, form or self.form("BIRTH_DATE"))

    def birth_age(self, lo: int, hi: int, form: str | None = None) -> tuple[Val, str]:
        """A birth date and the age it gives in mid-2025, so that a record's 歳 agrees with its 生年月日."""
        d = self.birth_day(lo, hi)
        age = 2025 - d.year - (1 if (d.month, d.day) > (6, 1) else 0)
        return self.date_val(d, form or self.form("BIRTH_DATE")), str(age)

    def date_val(self, d: date, form: str) -> Val:
        r = self.rng
        era, ab, y = wareki(d)
        ey = "元" if y == 1 else str(y)
        if form == "seireki":
            text = f"{d.year}年{d.month}月{d.day}日"
        elif form == "wareki":
            text = f"{era}{ey}年{d.month}月{d.day}日"
        elif form == "slash":
            text = r.choice((f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}"))
        elif form == "kanji_numerals":
            if r.random() < 0.6:
                text = f"{era}{'元' if y == 1 else kanji_number(y)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
            else:
                text = (
                    "".join(_KANJI_NUM[int(c)] for c in str(d.year))
                    + f"年{kanji_number(d.month)}月{kanji_number(d.day)}日"
                )
        elif form == "abbrev":
            sep = r.choice((".", "/", "."))
            text = f"{ab}{y}{sep}{d.month}{sep}{d.day}"
        elif form == "spaced":
            text = r.choice((f"{d.year} 年 {d.month} 月 {d.day} 日", f"{era} {ey} 年 {d.month} 月 {d.day} 日"))
        elif form == "compact":
            text = f"{d.year}{d.month:02d}{d.day:02d}" if r.random() < 0.6 else f"{y:02d}{d.month:02d}{d.day:02d}"
        elif form == "iso":
            text = d.isoformat()
        else:
            raise ValueError(form)
        return self.val("BIRTH_DATE", text, form)

    def email(self, p: Person | None = None, form: str | None = None, staff: bool = False) -> Val:
        r = self.rng
        p = p or self.person()
        g, s = p.given_roman.lower(), p.sur_roman.lower()
        if staff:
            local, domain = f"{s}-{g[0]}", f"city.{self.city.roman}.example.lg.jp"
        else:
            local = r.choice(
                (f"{g}.{s}", f"{s}{g[0]}{r.randint(1, 99)}", f"{g[:3]}_{s}", f"{s}.{g}{r.randint(60, 99)}")
            )
            domain = r.choice(("example.jp", "example.ne.jp", "mail.example.com", "example.co.jp", "example.net"))
        form = form or self.form("EMAIL_ADDRESS")
        return self.val("EMAIL_ADDRESS", render_email(local, domain, form, r), form)

    # -- names that are not personal --------------------------------------------------------------------------
    def org(self, text: str) -> Val:
        return Val("ORGANIZATION", text, "plain")

    def loc(self, text: str) -> Val:
        return Val("LOCATION", text, "plain")

    def city_loc(self) -> Val:
        return self.loc(self.city.name)

    def bank(self) -> tuple[Val, Val]:
        """A bank and branch name (organisations, not masked)."""
        return self.org(self.pick(pools.BANKS)), self.org(self.pick(pools.BRANCHES))

    def dept(self) -> Val:
        return self.org(self.pick(pools.DEPARTMENTS))

    def recent(self, year: int = 2025) -> str:
        """A date of business (受付日, 訪問日): not a birth date, not labelled."""
        d = date(year, 1, 1) + timedelta(days=self.rng.randrange(330))
        return f"{d.month}月{d.day}日" if self.chance(0.6) else f"{d.year}/{d.month}/{d.day}"
