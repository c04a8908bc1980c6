"""Value factory: draws identifiers, dates, addresses and e-mails, rotating through their written forms."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from tests.eval.blind.model import Val
from tests.eval.fresh import people, places
from tests.eval.fresh.digits import (
    NUMERIC_CYCLE,
    Num,
    kanji_number,
    make_luhn,
    make_my_number,
    num,
    rand_digits,
    render,
    resident_code_check,
    to_full,
    to_kanji_digits,
)

DATE_FORMS: tuple[str, ...] = ("plain", "fullwidth", "kanji", "mixed")
EMAIL_FORMS: tuple[str, ...] = ("plain", "fullwidth", "obfuscated")
_CYCLES: dict[str, tuple[str, ...]] = {
    "ADDRESS": ("plain", "fullwidth", "plain", "kanji", "mixed"),
    "BIRTH_DATE": ("plain", "fullwidth", "plain", "kanji", "mixed"),
    "EMAIL_ADDRESS": ("plain", "fullwidth", "obfuscated", "plain", "obfuscated"),
}
_ERAS: tuple[tuple[str, str, dt.date], ...] = (
    ("令和", "R", dt.date(2019, 5, 1)),
    ("平成", "H", dt.date(1989, 1, 8)),
    ("昭和", "S", dt.date(1926, 12, 25)),
)
_MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "icloud.com",
    "softbank.ne.jp",
    "outlook.jp",
)
_MOBILE: tuple[str, ...] = ("090", "080", "070")
_FIXED: tuple[tuple[str, int], ...] = (
    ("03", 4),
    ("06", 4),
    ("042", 3),
    ("045", 3),
    ("048", 3),
    ("047", 3),
    ("027", 3),
    ("053", 3),
    ("0263", 2),
    ("0166", 2),
    ("0942", 2),
    ("098", 3),
    ("052", 3),
    ("0466", 2),
    ("084", 3),
)


def _era(d: dt.date) -> tuple[str, str, int]:
    for name, letter, start in _ERAS:
        if d >= start:
            return name, letter, d.year - start.year + 1
    raise ValueError(d)


class Factory:
    """Deterministic value source; every labelled value is drawn through here."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._turn: Counter[str] = Counter()

    def form(self, entity: str) -> str:
        cycle = _CYCLES.get(entity, NUMERIC_CYCLE)
        chosen = cycle[self._turn[entity] % len(cycle)]
        self._turn[entity] += 1
        return chosen

    def _num(self, entity: str, value: Num, form: str | None) -> Val:
        f = form or self.form(entity)
        return Val(entity, render(value, f, self.rng), f)

    # --- people and places -------------------------------------------------------------
    def person(self) -> people.Person:
        return people.japanese(self.rng)

    def foreigner(self) -> people.Foreigner:
        return people.foreign(self.rng)

    def org(self, name: str | tuple[str, ...] | None = None) -> Val:
        return places.org(self.rng, name)

    def loc(self, name: str | tuple[str, ...] | None = None) -> Val:
        return places.loc(self.rng, name)

    def address(self, form: str | None = None) -> Val:
        return places.address(self.rng, form or self.form("ADDRESS"))

    def bank_name(self) -> Val:
        return Val("ORGANIZATION", self.rng.choice(places.BANKS), "plain")

    # --- numbers ---------------------------------------------------------------------
    def phone(self, mobile: bool | None = None, form: str | None = None) -> Val:
        r = self.rng
        if mobile if mobile is not None else r.random() < 0.6:
            value = num(r.choice(_MOBILE), rand_digits(r, 4), rand_digits(r, 4), sep="-")
        else:
            area, mid = r.choice(_FIXED)
            value = num(area, str(r.randint(2, 9)) + rand_digits(r, mid - 1), rand_digits(r, 4), sep="-")
            if r.random() < 0.15:
                value = Num(value.groups, ("(", ")"))
        return self._num("PHONE_NUMBER", value, form)

    def postal(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num(
            "POSTAL_CODE", num(f"{r.randint(1, 99) * 10 + r.randint(0, 9):03d}", rand_digits(r, 4), sep="-"), form
        )

    def my_number(self, form: str | None = None) -> Val:
        d = make_my_number(self.rng)
        sep = self.rng.choice((" ", "", "-"))
        return self._num("MY_NUMBER", num(d[:4], d[4:8], d[8:], sep=sep), form)

    def resident_code(self, form: str | None = None) -> Val:
        body = rand_digits(self.rng, 10)
        d = body + resident_code_check(body)
        sep = self.rng.choice(("", "", "-"))
        return self._num("RESIDENT_CODE", num(d[:4], d[4:8], d[8:], sep=sep), form)

    def insurer_no(self, form: str | None = None) -> Val:
        """健康保険 保険者番号: 8 digits, last one Luhn."""
        d = make_luhn(self.rng, self.rng.choice(("01", "06", "31", "32", "34", "39")), 8)
        return self._num("HEALTH_INSURANCE", num(d[:4], d[4:]), form)

    def hi_kigo(self, form: str | None = None) -> Val:
        r = self.rng
        value = r.choice(
            (num(rand_digits(r, 4), rand_digits(r, 3)), num(rand_digits(r, 2), rand_digits(r, 3), sep="-"))
        )
        return self._num("HEALTH_INSURANCE", value, form)

    def hi_bango(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num("HEALTH_INSURANCE", num(rand_digits(r, 2), rand_digits(r, r.randint(2, 4))), form)

    def kouki_no(self, form: str | None = None) -> Val:
        """後期高齢者医療 被保険者番号: 8 digits."""
        d = rand_digits(self.rng, 8)
        return self._num("HEALTH_INSURANCE", num(d[:4], d[4:]), form)

    def pension(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num(
            "PENSION_NUMBER", num(str(r.randint(1, 9)) + rand_digits(r, 3), rand_digits(r, 6), sep="-"), form
        )

    def driver(self, form: str | None = None) -> Val:
        r = self.rng
        d = r.choice(("30", "45", "46", "50", "54", "62", "11", "83")) + f"{r.randint(0, 99):02d}"
        d += rand_digits(r, 7) + r.choice("0001")
        return self._num("DRIVER_LICENSE", num(d[:4], d[4:8], d[8:], sep=r.choice(("", "", " ", "-"))), form)

    def passport(self, form: str | None = None) -> Val:
        r = self.rng
        letters = r.choice(("TK", "TR", "MZ", "TZ", "RE", "C0", "P1", "EK", "B7"))
        if letters[1].isdigit():  # foreign passports: one letter and eight digits
            return self._num("PASSPORT", num(letters[0], letters[1] + rand_digits(r, 3), rand_digits(r, 4)), form)
        return self._num("PASSPORT", num(letters, rand_digits(r, 3), rand_digits(r, 4)), form)

    def residence_card(self, form: str | None = None) -> Val:
        r = self.rng
        up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        value = num(r.choice(up) + r.choice(up), rand_digits(r, 4), rand_digits(r, 4), r.choice(up) + r.choice(up))
        return self._num("RESIDENCE_CARD", value, form)

    def credit_card(self, form: str | None = None) -> Val:
        r = self.rng
        if r.random() < 0.2:
            d = make_luhn(r, r.choice(("34", "37")), 15)
            return self._num("CREDIT_CARD", num(d[:4], d[4:10], d[10:], sep=r.choice((" ", "-"))), form)
        d = make_luhn(r, r.choice(("4", "5", "35", "2")), 16)
        return self._num("CREDIT_CARD", num(d[:4], d[4:8], d[8:12], d[12:], sep=r.choice((" ", "-", ""))), form)

    def care(self, form: str | None = None) -> Val:
        d = "0" + rand_digits(self.rng, 9) if self.rng.random() < 0.7 else "H" + rand_digits(self.rng, 9)
        return self._num("CARE_INSURANCE", num(d[:5], d[5:]), form)

    def disability(self, form: str | None = None) -> Val:
        r = self.rng
        shape = r.randrange(5)
        if shape == 0:
            value = num(rand_digits(r, 3), rand_digits(r, 3))
        elif shape == 1:
            value = num(f"{r.randint(1, 47):02d}", rand_digits(r, 6), sep="-")
        elif shape == 2:
            value = num(str(r.randint(1, 3)), f"{r.randint(0, 99):02d}", rand_digits(r, 5), sep="-")
        elif shape == 3:
            value = num(r.choice(("A", "B", "A1", "B2")), rand_digits(r, 5), sep=r.choice(("", "-", " ")))
            if len(value.groups[0]) == 2 and value.seps[0] == "":
                value = num(value.groups[0], value.groups[1], sep="-")
        else:
            value = num(rand_digits(r, 4), rand_digits(r, 3))
        return self._num("DISABILITY_CERTIFICATE", value, form)

    def bank(self, form: str | None = None) -> Val:
        """Branch and account written together: 030-4291463."""
        r = self.rng
        return self._num(
            "BANK_ACCOUNT", num(rand_digits(r, 3), str(r.randint(1, 9)) + rand_digits(r, 6), sep="-"), form
        )

    def branch(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num("BANK_ACCOUNT", num(str(r.randint(1, 9)), rand_digits(r, 2)), form)

    def account(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num("BANK_ACCOUNT", num(str(r.randint(1, 9)) + rand_digits(r, 2), rand_digits(r, 4)), form)

    def yucho_kigo(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num("BANK_ACCOUNT", num("1" + rand_digits(r, 2), str(r.randint(1, 9)) + "0"), form)

    def yucho_bango(self, form: str | None = None) -> Val:
        r = self.rng
        return self._num("BANK_ACCOUNT", num(rand_digits(r, 4), rand_digits(r, 3) + "1"), form)

    # --- dates and e-mail ----------------------------------------------------------------
    def birth(self, lo: int = 1930, hi: int = 2005, form: str | None = None) -> Val:
        r = self.rng
        d = dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        f = form or self.form("BIRTH_DATE")
        era, letter, y = _era(d)
        ey = "元" if y == 1 else str(y)
        if f == "plain":
            text = r.choice(
                (
                    f"{d.year}年{d.month}月{d.day}日",
                    f"{era}{ey}年{d.month}月{d.day}日",
                    f"{d.year}/{d.month:02d}/{d.day:02d}",
                    f"{letter}{y}.{d.month}.{d.day}",
                )
            )
        elif f == "fullwidth":
            text = to_full(r.choice((f"{d.year}年{d.month}月{d.day}日", f"{era}{ey}年{d.month}月{d.day}日")))
        elif f == "kanji":
            ky = "元" if y == 1 else kanji_number(y)
            text = r.choice(
                (
                    f"{era}{ky}年{kanji_number(d.month)}月{kanji_number(d.day)}日",
                    f"{to_kanji_digits(str(d.year))}年{kanji_number(d.month)}月{kanji_number(d.day)}日",
                )
            )
        else:
            text = r.choice(
                (
                    f"{era}{to_full(ey)}年{d.month}月{to_full(str(d.day))}日",
                    f"{to_full(letter + str(y))}.{d.month}.{to_full(str(d.day))}",
                    f"{to_full(str(d.year))}/{d.month}/{d.day}",
                )
            )
        return Val("BIRTH_DATE", text, f)

    def email(self, local: str | None = None, domain: str | None = None, form: str | None = None) -> Val:
        r = self.rng
        user = local or r.choice(("taro", "hana", "k.tanaka", "m-suzuki", "yumi0412", "nam.nguyen", "sakura_mama"))
        user += r.choice(("", "", str(r.randint(1, 99)), "_" + rand_digits(r, 3)))
        host = domain or r.choice(_MAIL_DOMAINS)
        f = form or self.form("EMAIL_ADDRESS")
        if f == "plain":
            text = f"{user}@{host}"
        elif f == "fullwidth":
            text = to_full(f"{user}@{host}")
        else:
            style = r.randrange(6)
            dotted = host.replace(".", " dot ")
            text = (
                f"{user}(at){host}",
                f"{user}［at］{host}",
                f"{user}＠マーク{host}",
                f"{user} アットマーク {host}",
                f"{user} at {dotted}",
                f"{user}(アット){host.replace('.', '(ドット)')}",
            )[style]
        return Val("EMAIL_ADDRESS", text, f)
