"""Generation context: one random source, balanced written forms, values returned as labelled Val."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tests.eval.blind.model import Val
from tests.eval.seventh import forms as F
from tests.eval.seventh import values as V

NUMERIC = (
    "MY_NUMBER",
    "RESIDENT_CODE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "DRIVER_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "BANK_ACCOUNT",
    "CREDIT_CARD",
    "CARE_INSURANCE",
    "DISABILITY_CERTIFICATE",
    "PHONE_NUMBER",
    "POSTAL_CODE",
)
PERSON_FORMS = (*F.PERSON_FORMS, "given_only")
WEIGHTS: dict[str, tuple[tuple[str, ...], dict[str, float]]] = {
    **{e: (F.NUM_FORMS, F.NUM_WEIGHTS) for e in NUMERIC},
    "EMAIL_ADDRESS": (F.EMAIL_FORMS, F.EMAIL_WEIGHTS),
    "PERSON": (PERSON_FORMS, {"kanji": 3.0, "surname_only": 3.0, "prose": 1.2, "given_only": 0.4}),
    "ADDRESS": (F.ADDRESS_FORMS, F.ADDRESS_WEIGHTS),
    "BIRTH_DATE": (F.DATE_FORMS, F.DATE_WEIGHTS),
}
HOKENSHA_PREFIX = ["01", "06", "06", "31", "32", "34", "63", "67"]
KOUKI_PREFIX = "39"
TITLES = ["課長", "係長", "主任", "部長", "主査", "補佐", "所長", "室長", "保健師", "相談員", "委員", "議員", "主事"]


@dataclass
class Num:
    """An identifier kept as groups; `sub` says which kind of number of its family it is."""

    groups: list[str]
    sep: str
    sub: str = ""


class Ctx:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.family: Counter[str] = Counter()

    # ---- forms ----
    def pick(self, entity: str, allowed: Sequence[str] | None = None) -> str:
        """The allowed form furthest below its share so far (forms stay balanced whatever the mix)."""
        names, weights = WEIGHTS[entity]
        cands = [f for f in names if allowed is None or f in allowed]
        if not cands:
            raise ValueError(f"no form of {entity} in {allowed}")
        self.rng.shuffle(cands)
        return min(cands, key=lambda f: (self.counts[entity, f] + 1) / weights.get(f, 1.0))

    def val(self, entity: str, text: str, form: str) -> Val:
        self.counts[entity, form] += 1
        self.family[entity] += 1
        return Val(entity, text, form)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, seq: Sequence[str]) -> str:
        return self.rng.choice(seq)

    # ---- identifiers ----
    def new_num(self, entity: str, sub: str = "") -> Num:
        r, d = self.rng, V.digits
        if entity == "MY_NUMBER":
            body = d(r, 11, "123456789")
            return Num(_g(body + V.my_number_digit(body), 4, 4, 4), r.choice([" ", "-", " "]))
        if entity == "RESIDENT_CODE":
            return Num([d(r, 11)], "")
        if entity == "HEALTH_INSURANCE":
            sub = sub or r.choice(["hokensha", "hokensha", "kokuho", "kigo_bango", "kouki"])
            if sub in ("hokensha", "kouki"):
                body = (KOUKI_PREFIX if sub == "kouki" else r.choice(HOKENSHA_PREFIX)) + d(r, 5)
                return Num([body + V.luhn_digit(body)], "", sub)
            if sub == "kokuho":
                body = d(r, 5, "0123456789")
                return Num([body + V.luhn_digit(body)], "", sub)
            if sub in ("kigo", "bango"):
                return Num([d(r, r.choice([2, 3, 4, 5]), "123456789")], "", sub)
            while True:
                kigo, bango = d(r, r.choice([2, 3, 4, 5]), "123456789"), d(r, r.choice([1, 2, 3, 4, 5]))
                if len(kigo + bango) not in (6, 8):
                    return Num([kigo, bango], r.choice(["・", "-", " "]), sub)
        if entity == "PENSION_NUMBER":
            return Num([d(r, 4, "1234567"), d(r, 6)], "-")
        if entity == "DRIVER_LICENSE":
            return Num(
                [
                    r.choice(["30", "45", "50", "62", "12", "66", "92"])
                    + d(r, 2, "0123456789")
                    + d(r, 6)
                    + d(r, 1)
                    + r.choice("0001")
                ],
                "",
            )
        if entity == "PASSPORT":
            return Num([r.choice(["TK", "TR", "TZ", "MZ", "TS", "MU", "RE"]), d(r, 7)], "")
        if entity == "RESIDENCE_CARD":
            up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            return Num([r.choice(up) + r.choice(up), d(r, 8), r.choice(up) + r.choice(up)], "")
        if entity == "BANK_ACCOUNT":
            sub = sub or r.choice(["account", "account", "branch", "yucho"])
            if sub == "branch":
                return Num([d(r, 3), d(r, 7)], r.choice(["-", " "]), sub)
            if sub == "yucho":
                return Num([r.choice("1") + d(r, 4), d(r, 7) + "1"], "-", sub)
            return Num([d(r, 7, "0123456789")], "", "account")
        if entity == "CREDIT_CARD":
            if r.random() < 0.15:
                body = "37" + d(r, 12)
                return Num(_g(body + V.luhn_digit(body), 4, 6, 5), r.choice([" ", "-"]))
            body = r.choice(["4", "4", "53", "54", "3528", "3569"])
            body += d(r, 15 - len(body))
            return Num(_g(body + V.luhn_digit(body), 4, 4, 4, 4), r.choice(["-", " ", "-"]))
        if entity == "CARE_INSURANCE":
            prefix = r.choice(["000", "00", "0", ""])
            return Num([prefix + d(r, 10 - len(prefix))], "")
        if entity == "DISABILITY_CERTIFICATE":
            return Num([d(r, r.choice([5, 6, 6, 7]), "0123456789")], "")
        if entity == "PHONE_NUMBER":
            return self.new_phone(sub)
        if entity == "POSTAL_CODE":
            return Num([d(r, 3, "0123456789"), d(r, 4)], "-")
        raise ValueError(entity)

    def new_phone(self, sub: str = "") -> Num:
        r, d = self.rng, V.digits
        sub = sub or r.choice(["mobile", "mobile", "fixed", "fixed", "ip"])
        if sub == "mobile":
            return Num([r.choice(["090", "080", "070"]), d(r, 4, "123456789"), d(r, 4)], "-", sub)
        if sub == "ip":
            return Num(["050", d(r, 4, "123456789"), d(r, 4)], "-", sub)
        if sub == "free":
            return Num(["0120", d(r, 3, "123456789"), d(r, 3)], "-", sub)
        area = r.choice(V.AREA_CODES)
        mid = 6 - len(area)
        return Num([area, d(r, mid, "2345678"), d(r, 4)], "-", "fixed")

    def num(
        self,
        entity: str,
        allowed: Sequence[str] | None = None,
        sub: str = "",
        n: Num | None = None,
        form: str | None = None,
    ) -> Val:
        n = n or self.new_num(entity, sub)
        form = form or self.pick(entity, allowed)
        return self.val(entity, F.render_number(self.rng, n.groups, n.sep, form, entity), form)

    def phone(self, allowed: Sequence[str] | None = None, sub: str = "") -> Val:
        return self.num("PHONE_NUMBER", allowed, sub)

    def postal(self, allowed: Sequence[str] | None = None) -> Val:
        return self.num("POSTAL_CODE", allowed)

    def least(self, families: Sequence[str]) -> str:
        fams = list(families)
        self.rng.shuffle(fams)
        return min(fams, key=lambda f: self.family[f])

    def least_written(self, families: Sequence[str]) -> str:
        """The family whose forms that only people write (kanji, broken lines) are furthest behind."""
        fams = list(families)
        self.rng.shuffle(fams)
        human = ("kanji", "kanji_mixed", "line_broken")
        return min(fams, key=lambda f: (min(self.counts[f, h] for h in human), self.family[f]))

    def fit(self, p: V.Person, families: Sequence[str]) -> list[str]:
        """The families a person can hold: only foreign residents have a residence card."""
        return [f for f in families if p.foreign or f != "RESIDENCE_CARD"]

    def idv(self, families: Sequence[str], allowed: Sequence[str] | None = None) -> tuple[str, Val]:
        """A value of the least used family among `families`, with the family's name."""
        fam = self.least(families)
        return fam, self.num(fam, allowed)

    # ---- people, mail, dates, addresses ----
    def jp(self) -> V.Person:
        return V.japanese(self.rng)

    def fo(self) -> V.Person:
        return V.foreigner(self.rng)

    def name(self, p: V.Person, allowed: Sequence[str] | str | None = None) -> Val:
        if isinstance(allowed, str):
            allowed = (allowed,)
        ok = set(allowed or PERSON_FORMS)
        ok.discard("foreign_katakana" if not p.foreign else "kana")
        if p.foreign and not p.kanji:
            ok -= {"kanji", "fullwidth_space"}
        if not ok:
            ok = {"surname_only"}
        form = self.pick("PERSON", tuple(ok))
        return self.val("PERSON", self.person_text(p, form), form)

    def person_text(self, p: V.Person, form: str) -> str:
        r = self.rng
        if form in ("kanji", "prose") and not p.foreign:
            return p.sei + (" " if form == "kanji" and r.random() < 0.3 else "") + p.mei
        if form == "kanji":
            return p.kanji if r.random() < 0.5 else p.kanji.replace(" ", "")
        if form == "fullwidth_space":
            return (p.kanji.replace(" ", "\u3000")) if p.foreign else f"{p.sei}\u3000{p.mei}"
        if form == "kana":
            sei, mei = p.sei_kana, p.mei_kana
            if r.random() < 0.65:
                sei, mei = V.kata(sei), V.kata(mei)
            return sei + r.choice(["\u3000", " ", ""]) + mei
        if form in ("foreign_katakana", "prose"):
            sep = r.choice(["・", "・", "\u3000", " "]) if form == "foreign_katakana" else "・"
            return p.sei_kana + sep + p.mei_kana
        if form == "romanized":
            if p.foreign:
                full = f"{p.sei_rom} {p.mei_rom}"
                return full if r.random() < 0.6 else full.title()
            return r.choice(
                [
                    f"{p.sei_rom.upper()} {p.mei_rom}",
                    f"{p.mei_rom} {p.sei_rom}",
                    f"{p.sei_rom.upper()} {p.mei_rom.upper()}",
                ]
            )
        if form in ("title", "surname_only"):
            return p.sei
        if form == "given_only":
            return p.mei
        raise ValueError(form)

    def title(self) -> str:
        return self.choice(TITLES)

    def email(self, p: V.Person | None = None, allowed: Sequence[str] | None = None, domain: str = "") -> Val:
        r = self.rng
        p = p or self.jp()
        sei, mei = p.sei_rom.lower().replace(" ", ""), p.mei_rom.lower().split()[0]
        local = r.choice(
            [
                f"{mei}.{sei}",
                f"{sei}-{mei[0]}",
                f"{sei}_{mei}{r.randint(1, 99)}",
                f"{mei}{sei[:3]}",
                f"{sei}.{mei}",
                f"{mei[0]}{sei}{r.randint(60, 99)}",
            ]
        )
        dom = domain or r.choice(V.FREE_MAIL)
        form = self.pick("EMAIL_ADDRESS", allowed)
        return self.val("EMAIL_ADDRESS", F.render_email(r, local, dom, form), form)

    def birth_ymd(self, lo: int = 1930, hi: int = 2021) -> tuple[int, int, int]:
        r = self.rng
        return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)

    def birth(self, allowed: Sequence[str] | None = None, ymd: tuple[int, int, int] | None = None) -> Val:
        y, m, d = ymd or self.birth_ymd()
        form = self.pick("BIRTH_DATE", allowed)
        return self.val("BIRTH_DATE", F.render_date(self.rng, y, m, d, form), form)

    def city(self) -> tuple[str, str]:
        return self.rng.choice(V.CITIES)

    def address(
        self, allowed: Sequence[str] | None = None, city: tuple[str, str] | None = None, pref: bool | None = None
    ) -> Val:
        r = self.rng
        pr, ci = city or self.city()
        town = r.choice(V.TOWNS)
        head = (pr if (pref if pref is not None else r.random() < 0.6) else "") + ci
        c, b, g = r.randint(1, 6), r.randint(1, 30), r.randint(1, 25)
        form = self.pick("ADDRESS", allowed)
        if town.startswith(("大字", "字")):
            ban = r.randint(100, 2999)
            tail = {
                "kanji_numerals": f"{F.kanji_address_number(ban % 1000)}番地",
                "fullwidth": F.fullwidth(f"{ban}") + "番地",
                "hyphen": f"{ban}-{g}",
            }.get(form, f"{ban}番地")
        else:
            tail = {
                "kanji_numerals": f"{F.kanji_number(c)}丁目{F.kanji_number(b)}番{F.kanji_number(g)}号",
                "fullwidth": F.fullwidth(f"{c}-{b}-{g}")
                if r.random() < 0.5
                else F.fullwidth(f"{c}") + "丁目" + F.fullwidth(f"{b}") + "番" + F.fullwidth(f"{g}") + "号",
                "hyphen": f"{c}-{b}-{g}",
            }.get(form, f"{c}丁目{b}番{g}号" if r.random() < 0.7 else f"{c}丁目{b}-{g}")
        text = head + town + tail
        if form == "building_room":
            room = f"{r.randint(1, 9)}0{r.randint(1, 9)}"
            text = (
                head
                + town
                + f"{c}-{b}-{g}"
                + r.choice([" ", "\u3000", ""])
                + r.choice(V.BUILDINGS)
                + (f"{room}号室" if r.random() < 0.6 else f" {room}")
            )
        elif form == "line_broken":
            body = town + (f"{c}-{b}-{g}" if r.random() < 0.5 else f"{c}丁目{b}番{g}号")
            if r.random() < 0.4:
                body += " " + r.choice(V.BUILDINGS) + f"{r.randint(1, 5)}0{r.randint(1, 8)}"
            text = (pr + ci + "\n" + body) if r.random() < 0.6 else (head + town + "\n" + body[len(town) :])
        return self.val("ADDRESS", text, form)

    def recast(self, v: Val, text: str, form: str) -> Val:
        """The same value written another way (escaped in JSON, cut short by a program)."""
        self.counts[v.entity, v.form] -= 1
        self.counts[v.entity, form] += 1
        return Val(v.entity, text, form)

    # ---- not personal ----
    def org(self, text: str) -> Val:
        self.counts["ORGANIZATION", "name"] += 1
        return Val("ORGANIZATION", text, "name")

    def loc(self, text: str) -> Val:
        self.counts["LOCATION", "name"] += 1
        return Val("LOCATION", text, "name")


def _g(s: str, *sizes: int) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return out
