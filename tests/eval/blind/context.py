"""Per-corpus generation context: random source, form rotation and value writers that return labelled Vals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from random import Random
from typing import TypeVar

from . import values as v
from .model import Val
from .numerals import NUM_FORMS, fullwidth, kanji_digits, kanji_number, render
from .people import FName, JName, random_fname, random_jname, romaji
from .places import CITIES, City

T = TypeVar("T")
PREF_NO = {"茨城県": 8, "三重県": 24, "長野県": 20, "群馬県": 10, "富山県": 16, "熊本県": 43, "北海道": 1, "静岡県": 22}
BUILDINGS = (
    "コーポ桜",
    "グランドメゾン",
    "サンハイツ",
    "ハイツ朝日",
    "パークサイド",
    "メゾン・ド・ソレイユ",
    "県営住宅",
    "市営住宅",
    "レオパレス",
    "フォレスト",
    "シャトー",
    "アーバンコート",
)
ADDRESS_FORMS: tuple[str, ...] = ("plain", "fullwidth", "kanji", "mixed")
POSTAL_FORMS: tuple[str, ...] = ("plain", "fullwidth", "kanji", "spaced", "mixed")


class Ctx:
    """Random choices, the current city, and balanced rotation of written forms per entity type."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self._queues: dict[str, list[str]] = {}
        self.city: City = CITIES[0]

    # ---- basic choices -------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def new_doc(self) -> None:
        self.city = self.pick(CITIES)

    def rotate(self, key: str, forms: Sequence[str], extra_plain: int = 1) -> str:
        """Next form from a shuffled round robin, so every form occurs about equally often."""
        queue = self._queues.setdefault(key, [])
        if not queue:
            queue.extend(forms)
            queue.extend(["plain"] * extra_plain if "plain" in forms else [])
            self.rng.shuffle(queue)
        return queue.pop()

    def nform(self, entity: str) -> str:
        return self.rotate(entity, NUM_FORMS)

    def numval(self, entity: str, raw: v.Raw, form: str | None = None) -> Val:
        form = form or self.nform(entity)
        return Val(entity, raw.prefix + render(raw.groups, form, self.rng, raw.sep), form)

    # ---- organisations and places ---------------------------------------------------------------
    def org(self, name: str) -> Val:
        return Val("ORGANIZATION", name, "plain")

    def loc(self, name: str) -> Val:
        return Val("LOCATION", name, "plain")

    def city_org(self, suffix: str) -> Val:
        return self.org(self.city.short + "市" + suffix)

    # ---- people ----------------------------------------------------------------------------------
    def jname(self, female: bool | None = None) -> JName:
        return random_jname(self.rng, female)

    def fname(self, country: str | None = None) -> FName:
        return random_fname(self.rng, country)

    def person(self, name: JName, form: str) -> Val:
        """Write a Japanese name; form is one of kanji, fullwidth_space, kana, romanized, prose, title."""
        if form in ("kanji", "prose", "title"):
            sep = self.pick(["", "", " "]) if form != "title" else ""
            return Val("PERSON", name.kanji(sep), form)
        if form == "fullwidth_space":
            return Val("PERSON", name.kanji("\u3000"), form)
        if form == "kana":
            return Val("PERSON", name.kana(self.rng), form)
        if form == "romanized":
            return Val("PERSON", name.roman(self.rng), form)
        raise ValueError(form)

    def surname(self, name: JName, form: str = "surname_only") -> Val:
        return Val("PERSON", name.sei, form)

    def fperson(self, name: FName, form: str = "foreign_katakana") -> Val:
        if form == "romanized":
            return Val("PERSON", name.roman(self.rng), form)
        return Val("PERSON", name.katakana(self.rng), form)

    def fsurname(self, name: FName) -> Val:
        return Val("PERSON", name.family_kata, "surname_only")

    # ---- contact data ------------------------------------------------------------------------------
    def phone(self, mobile: bool | None = None, form: str | None = None) -> Val:
        if mobile is None:
            mobile = self.chance(0.6)
        raw = v.phone_raw(self.rng, self.city.area, mobile)
        form = form or self.nform("PHONE_NUMBER")
        if form == "plain":
            r = self.rng.random()
            if r < 0.15:
                return Val("PHONE_NUMBER", "".join(raw.groups), form)
            if r < 0.25 and not mobile:
                return Val("PHONE_NUMBER", f"{raw.groups[0]}({raw.groups[1]}){raw.groups[2]}", form)
            if r < 0.3 and mobile:
                return Val("PHONE_NUMBER", f"+81-{raw.groups[0][1:]}-{raw.groups[1]}-{raw.groups[2]}", form)
        return self.numval("PHONE_NUMBER", raw, form)

    def email_local(self, name: JName | None = None) -> str:
        if name is None:
            return self.pick(["momo.chan", "kzm-1234", "happy_days77", "tsubasa0612", "yk.office", "mame-shiba"])
        sei, mei = romaji(name.sei_kana), romaji(name.mei_kana)
        return self.pick(
            [
                f"{mei}.{sei}",
                f"{sei}-{mei[0]}",
                f"{sei}_{mei}{self.num(1, 99)}",
                f"{mei[0]}{sei}",
                f"{sei}.{mei}{self.num(1960, 2005)}",
                f"{mei}{self.num(100, 999)}",
            ]
        )

    def email(self, name: JName | None = None, domain: str | None = None, form: str | None = None) -> Val:
        form = form or self.rotate("EMAIL_ADDRESS", v.EMAIL_FORMS)
        domain = domain or self.pick(v.MAIL_DOMAINS)
        return Val("EMAIL_ADDRESS", v.render_email(self.email_local(name), domain, form, self.rng), form)

    def staff_domain(self) -> str:
        roman = {
            "水戸": "mito",
            "津": "tsu",
            "松本": "matsumoto",
            "高崎": "takasaki",
            "富山": "toyama",
            "熊本": "kumamoto",
            "旭川": "asahikawa",
            "浜松": "hamamatsu",
        }
        return f"city.{roman.get(self.city.short, 'example')}.lg.jp"

    def postal(self, form: str | None = None) -> Val:
        form = form or self.rotate("POSTAL_CODE", POSTAL_FORMS)
        raw = v.postal(self.rng, self.pick(self.city.postal3))
        if form == "plain" and self.chance(0.2):
            return Val("POSTAL_CODE", "".join(raw.groups), form)
        return self.numval("POSTAL_CODE", raw, form)

    def birth(self, lo: int = 1930, hi: int = 2000, form: str | None = None) -> Val:
        form = form or self.rotate("BIRTH_DATE", v.DATE_FORMS)
        d = v.random_birth(self.rng, lo, hi)
        return Val("BIRTH_DATE", v.render_date(d, form, self.rng), form)

    def address(self, form: str | None = None, with_pref: bool | None = None, city: City | None = None) -> Val:
        form = form or self.rotate("ADDRESS", ADDRESS_FORMS)
        c = city or self.city
        if with_pref is None:
            with_pref = self.chance(0.55)
        head = (c.pref if with_pref else "") + c.name + self.pick(c.towns)
        chome, ban, go = self.num(1, 6), self.num(1, 40), self.num(1, 30)
        style = self.rng.randrange(3)
        room = self.num(1, 5) * 100 + self.num(1, 12)
        bldg = self.pick(BUILDINGS) if self.chance(0.4) else ""
        n = self.num(100, 2999)
        if form == "plain":
            body = (
                f"{chome}-{ban}-{go}",
                f"{n}番地{'' if self.chance(0.5) else f'の{self.num(1, 9)}'}",
                f"{chome}丁目{ban}-{go}",
            )[style]
            tail = f" {bldg}{room}" if bldg else ""
        elif form == "fullwidth":
            body = fullwidth((f"{chome}-{ban}-{go}", f"{n}-{self.num(1, 30)}", f"{chome}")[style])
            body += f"丁目{fullwidth(str(ban))}番{fullwidth(str(go))}号" if style == 2 else ""
            tail = f"　{bldg}{fullwidth(str(room))}号室" if bldg else ""
        elif form == "kanji":
            body = (
                f"{kanji_number(chome)}丁目{kanji_number(ban)}番{kanji_number(go)}号",
                f"{kanji_number(n)}番地",
                f"{kanji_number(chome)}丁目{kanji_number(ban)}番地の{kanji_number(go)}",
            )[style]
            tail = f"{bldg}{kanji_digits(str(room))}号室" if bldg else ""
        else:
            body = (
                f"{kanji_number(chome)}丁目{ban}番{go}号",
                f"{kanji_number(chome)}丁目{fullwidth(str(ban))}－{go}",
                f"{n}番地の{kanji_number(self.num(1, 9))}",
            )[style]
            tail = f"{bldg}{room}号室" if bldg else ""
        return Val("ADDRESS", head + body + tail, form)

    # ---- identifiers ---------------------------------------------------------------------------
    def my_number(self, form: str | None = None) -> Val:
        return self.numval("MY_NUMBER", v.my_number(self.rng), form)

    def resident_code(self, form: str | None = None) -> Val:
        return self.numval("RESIDENT_CODE", v.resident_code(self.rng), form)

    def insurer(self, form: str | None = None) -> Val:
        return self.numval("HEALTH_INSURANCE", v.insurer_number(self.rng, PREF_NO[self.city.pref]), form)

    def hi_symbol_number(self) -> tuple[Val, Val]:
        form = self.nform("HEALTH_INSURANCE")
        return (
            self.numval("HEALTH_INSURANCE", v.hi_symbol(self.rng), form),
            self.numval("HEALTH_INSURANCE", v.hi_number(self.rng), form),
        )

    def kouki(self, form: str | None = None) -> Val:
        return self.numval("HEALTH_INSURANCE", v.kouki_number(self.rng), form)

    def pension(self, form: str | None = None) -> Val:
        return self.numval("PENSION_NUMBER", v.pension_number(self.rng), form)

    def license(self, form: str | None = None) -> Val:
        return self.numval("DRIVER_LICENSE", v.driver_license(self.rng), form)

    def passport(self, form: str | None = None) -> Val:
        return self.numval("PASSPORT", v.passport(self.rng), form)

    def residence_card(self, form: str | None = None) -> Val:
        return self.numval("RESIDENCE_CARD", v.residence_card(self.rng), form)

    def card(self, form: str | None = None) -> Val:
        return self.numval("CREDIT_CARD", v.credit_card(self.rng), form)

    def care(self, form: str | None = None) -> Val:
        return self.numval("CARE_INSURANCE", v.care_number(self.rng), form)

    def disability(self, form: str | None = None) -> Val:
        return self.numval("DISABILITY_CERTIFICATE", v.disability(self.rng, self.city.pref_kanji), form)

    def account(self, with_branch: bool, form: str | None = None) -> Val:
        """A bank account written compactly: 店番-口座番号, or the account number alone."""
        acc = v.bank_account(self.rng)
        groups = (v.bank_branch(self.rng), acc) if with_branch else (acc,)
        return self.numval("BANK_ACCOUNT", v.Raw(groups, "-"), form)

    def account_pair(self, yucho: bool = False) -> tuple[Val, Val]:
        """店番 and 口座番号 (or ゆうちょ 記号 and 番号) as two spans written in one form."""
        form = self.nform("BANK_ACCOUNT")
        if yucho:
            a, b = v.yucho_symbol(self.rng)
        else:
            a, b = v.bank_branch(self.rng), v.bank_account(self.rng)
        return (
            Val("BANK_ACCOUNT", render_single(a, form, self), form),
            Val("BANK_ACCOUNT", render_single(b, form, self), form),
        )

    def date_text(self, year: int | None = None) -> str:
        """A non-personal date such as a visit or meeting date (not labelled)."""
        d = dt.date(year or self.pick([2024, 2025, 2025]), self.num(1, 12), self.num(1, 28))
        r = self.rng.randrange(3)
        if r == 0:
            return f"{d.month}月{d.day}日"
        if r == 1:
            return f"令和{d.year - 2018}年{d.month}月{d.day}日"
        return f"{d.month}/{d.day}"


def render_single(digits_: str, form: str, ctx: Ctx) -> str:
    """Render one digit group; forms that need two groups split it themselves."""
    return render((digits_,), form, ctx.rng, "")
